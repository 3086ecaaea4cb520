"""The official Kaltura Python client's usual walk over a list: media.list page after page by
pageIndex (500 a page) until a page comes back short or the server refuses the offset. Prints
`objects seconds` on one line. Usage: python-list-all.py URL PARTNER_ID ADMIN_SECRET"""
import sys
import time

from KalturaClient import KalturaClient, KalturaConfiguration
from KalturaClient.exceptions import KalturaException
from KalturaClient.Plugins.Core import KalturaFilterPager, KalturaMediaEntryFilter, KalturaSessionType

url, partner, secret = sys.argv[1], int(sys.argv[2]), sys.argv[3]
config = KalturaConfiguration(partner)
config.serviceUrl = url
client = KalturaClient(config)
client.setKs(client.generateSessionV2(secret, "bench", KalturaSessionType.ADMIN, partner, 86400, ""))

started = time.perf_counter()
entry_filter = KalturaMediaEntryFilter()
entry_filter.statusIn = "2,7"
pager = KalturaFilterPager()
pager.pageSize = 500
seen = 0
index = 1
while True:
    pager.pageIndex = index
    try:
        page = client.media.list(entry_filter, pager)
    except KalturaException as error:
        if error.code == "QUERY_EXCEEDED_MAX_MATCHES_ALLOWED":
            break
        raise
    seen += len(page.objects)
    if len(page.objects) < pager.pageSize:
        break
    index += 1
print(seen, time.perf_counter() - started)
