#!/usr/bin/env bash
# The calls of official_client_calls.py, made with our client through `kaltura call`, for compare_records.py.
# Usage: swift_client_calls.sh KALTURA_BIN --url URL --partner-id ID --admin-secret SECRET --upload-file PATH
set -euo pipefail
kaltura=$1
shift
while (($#)); do
  case $1 in
    --url) url=$2; shift 2 ;;
    --partner-id) partner=$2; shift 2 ;;
    --admin-secret) secret=$2; shift 2 ;;
    --upload-file) upload=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
call() { "$kaltura" call "$@" --url "$url"; }
field() { python3 -c "import json,sys; print(json.load(sys.stdin)['$1'])"; }

ks=$(call session.start "secret=$secret" userId=wire@example.com type=ADMIN "partnerId=$partner" expiry=3600 privileges= \
  | python3 -c "import json,sys; print(json.load(sys.stdin))")
id=$(call media.add "entry:name=wire clip" entry:mediaType=VIDEO entry:tags=alpha,beta entry:description=first --ks "$ks" | field id)
call media.get "entryId=$id" --ks "$ks" >/dev/null
call media.update "entryId=$id" mediaEntry:description__null= "mediaEntry:name=wire clip 2" --ks "$ks" >/dev/null
call media.list filter:nameLike=wire filter:statusIn=2,7 filter:orderBy=+name pager:pageSize=5 pager:pageIndex=1 --ks "$ks" >/dev/null
call category.add "category:name=Wire category" --ks "$ks" >/dev/null
# The value, not the name ENTRY: the 22.15.0 schema references KalturaMetadataProfile without defining it,
# so no enum is known for the property there.
call metadata.metadataProfile.add "metadataProfile:name=Wire profile" metadataProfile:metadataObjectType=1 \
  'xsdData=<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema"/>' --ks "$ks" >/dev/null
call media.delete "entryId=$id" --ks "$ks" >/dev/null
# An upload. The official client always sends upload's optional parameters with their defaults, so
# they are given here too.
token=$(call uploadToken.add uploadToken:objectType=KalturaUploadToken --ks "$ks" | field id)
call uploadToken.upload "uploadTokenId=$token" "fileData=@$upload" resume=false finalChunk=true resumeAt=-1 \
  --ks "$ks" >/dev/null
echo "our client: 10 calls made"
