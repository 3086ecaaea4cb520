#!/usr/bin/env python3
"""Drives a fixed list of calls with the official Kaltura Python client (PyPI KalturaApiClient).

Run against `kaltura serve --record FILE`; the same calls made by our Swift client against another
recording server are then compared by compare_records.py. Usage:
  official_client_calls.py --url URL --partner-id ID --admin-secret SECRET --upload-file PATH
"""
import argparse

from KalturaClient import KalturaClient, KalturaConfiguration
from KalturaClient.Plugins.Core import (
    KalturaCategory, KalturaFilterPager, KalturaMediaEntry, KalturaMediaEntryFilter, KalturaMediaEntryOrderBy,
    KalturaMediaType, KalturaSessionType, KalturaUploadToken)
from KalturaClient.Plugins.Metadata import KalturaMetadataObjectType, KalturaMetadataProfile

ap = argparse.ArgumentParser()
ap.add_argument("--url", required=True)
ap.add_argument("--partner-id", type=int, required=True)
ap.add_argument("--admin-secret", required=True)
ap.add_argument("--upload-file", required=True)
args = ap.parse_args()

client = KalturaClient(KalturaConfiguration(args.url))
ks = client.session.start(args.admin_secret, "wire@example.com", KalturaSessionType.ADMIN, args.partner_id, 3600, "")
client.setKs(ks)

entry = KalturaMediaEntry()
entry.name = "wire clip"
entry.mediaType = KalturaMediaType.VIDEO
entry.tags = "alpha,beta"
entry.description = "first"
added = client.media.add(entry)

client.media.get(added.id)

update = KalturaMediaEntry()
update.description = None  # an explicit clear: description__null
update.name = "wire clip 2"
client.media.update(added.id, update)

entry_filter = KalturaMediaEntryFilter()
entry_filter.nameLike = "wire"
entry_filter.statusIn = "2,7"
entry_filter.orderBy = KalturaMediaEntryOrderBy.NAME_ASC
client.media.list(entry_filter, KalturaFilterPager(pageSize=5, pageIndex=1))

category = KalturaCategory()
category.name = "Wire category"
client.category.add(category)

profile = KalturaMetadataProfile()
profile.name = "Wire profile"
profile.metadataObjectType = KalturaMetadataObjectType.ENTRY
client.metadata.metadataProfile.add(profile, "<xsd:schema xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\"/>")

client.media.delete(added.id)

# An upload: the multipart body's json part and its file part.
token = client.uploadToken.add(KalturaUploadToken())
with open(args.upload_file, "rb") as handle:
    client.uploadToken.upload(token.id, handle)
print("official client: 10 calls made")
