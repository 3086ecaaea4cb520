"""Sequential media.get calls with the official Python client (KalturaApiClient), for
Benchmarks/sequential-calls.sh: prints the median seconds per call over RUNS rounds of CALLS calls,
after one warm-up round. Usage: python-client-sequential.py URL KS ENTRY_ID [CALLS] [RUNS]"""
import statistics
import sys
import time

from KalturaClient import KalturaClient, KalturaConfiguration

url, ks, entry_id = sys.argv[1:4]
calls = int(sys.argv[4]) if len(sys.argv) > 4 else 2000
runs = int(sys.argv[5]) if len(sys.argv) > 5 else 5
client = KalturaClient(KalturaConfiguration(url))
client.setKs(ks)
assert client.media.get(entry_id).id == entry_id
samples = []
for round_ in range(runs + 1):
    start = time.perf_counter()
    for _ in range(calls):
        client.media.get(entry_id)
    if round_ > 0:
        samples.append((time.perf_counter() - start) / calls)
print(f"{statistics.median(samples) * 1000:.3f}")
