"""The official Kaltura Python client's multirequest loop: media.update for each id in IDS_FILE
(one per line), 50 per multirequest, one multirequest at a time. Prints `calls seconds failures`.
Usage: python-batch-update.py URL PARTNER_ID ADMIN_SECRET IDS_FILE"""
import sys
import time

from KalturaClient import KalturaClient, KalturaConfiguration
from KalturaClient.Plugins.Core import KalturaMediaEntry, KalturaSessionType

url, partner, secret, ids_file = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
config = KalturaConfiguration(partner)
config.serviceUrl = url
client = KalturaClient(config)
client.setKs(client.generateSessionV2(secret, "bench", KalturaSessionType.ADMIN, partner, 86400, ""))
ids = [line.strip() for line in open(ids_file) if line.strip()]

started = time.perf_counter()
failures = 0
for start in range(0, len(ids), 50):
    client.startMultiRequest()
    for entry_id in ids[start:start + 50]:
        entry = KalturaMediaEntry()
        entry.name = "python " + entry_id
        client.media.update(entry_id, entry)
    results = client.doMultiRequest()
    failures += sum(1 for result in results if isinstance(result, Exception))
print(len(ids), time.perf_counter() - started, failures)
