#!/usr/bin/env python3
"""Time the official Kaltura Python client (PyPI KalturaApiClient) turning a media.list XML response
into its objects: exactly what client.media.list() does after the HTTP response arrives,
KalturaClient.parsePostResult (lxml parse, <result> lookup, error check) followed by
KalturaObjectFactory.create(resultNode, 'KalturaMediaListResponse').

Usage: python-client-decode.py RESPONSE.xml [RUNS]   (run it with the venv's python: .build-pyclient/bin/python)
"""
import statistics
import sys
import time

from KalturaClient import KalturaClient, KalturaConfiguration
from KalturaClient.Base import KalturaObjectFactory

path = sys.argv[1]
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 20
data = open(path, 'rb').read()
client = KalturaClient(KalturaConfiguration())


def decode():
    node = client.parsePostResult(data)
    return KalturaObjectFactory.create(node, 'KalturaMediaListResponse')


result = decode()  # warm-up, and a sanity check
assert len(result.objects) == 500, len(result.objects)
assert result.objects[0].partnerId == 1234567, result.objects[0].partnerId

samples = []
for _ in range(runs):
    start = time.perf_counter()
    decode()
    samples.append(time.perf_counter() - start)
parse_only = []
for _ in range(runs):
    start = time.perf_counter()
    client.parsePostResult(data)
    parse_only.append(time.perf_counter() - start)
print(f"python {sys.version.split()[0]}, KalturaApiClient objects from {len(data)} bytes of XML; {runs} runs")
print(f"  parsePostResult + KalturaObjectFactory.create   median {statistics.median(samples) * 1000:8.3f} ms"
      f"  min {min(samples) * 1000:8.3f} ms")
print(f"  parsePostResult only (lxml)                     median {statistics.median(parse_only) * 1000:8.3f} ms"
      f"  min {min(parse_only) * 1000:8.3f} ms")
