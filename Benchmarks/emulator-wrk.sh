#!/usr/bin/env bash
# Emulator throughput and memory, on loopback:
#   - requests/second for media.get and media.list (30 entries per page), JSON (format=1) and XML (format=2),
#     each the median of 3 wrk runs;
#   - peak RSS (VmHWM) of a fresh server after storing 10,000 entries.
# Usage: Benchmarks/emulator-wrk.sh [KALTURA_BINARY]   (default: .build/release/kaltura; build it with
#        `swift build -c release --product kaltura`). Needs wrk, curl and python3. Env: DURATION (10s),
#        CONNECTIONS (32), THREADS (2).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-.build/release/kaltura}
schema=../shared/fixtures/schema/kaltura-schema-22.15.0.xml
duration=${DURATION:-10s}
connections=${CONNECTIONS:-32}
threads=${THREADS:-2}
secret=bench-admin-secret
work=$(mktemp -d)
source Benchmarks/emulator-server.sh

# POST a JSON body (format=1) to service/action; prints the response.
call() {
  curl -s -X POST -H 'Content-Type: application/json' --data-binary "$3" "$url/api_v3/service/$1/action/$2"
}

# Adds COUNT media entries with one multirequest per 100.
seed() {
  local count=$1 done=0
  while ((done < count)); do
    local batch=$((count - done < 100 ? count - done : 100))
    python3 - "$ks" "$batch" "$done" >"$work/batch.json" <<'PY'
import json, sys
ks, batch, offset = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
body = {"format": 1, "ks": ks}
for i in range(batch):
    body[str(i + 1)] = {"service": "media", "action": "add", "entry": {
        "objectType": "KalturaMediaEntry", "name": f"bench entry {offset + i}", "mediaType": 1,
        "description": "an entry for the emulator benchmark", "tags": "bench, emulator"}}
print(json.dumps(body))
PY
    curl -s -o /dev/null -X POST -H 'Content-Type: application/json' --data-binary "@$work/batch.json" "$url/api_v3/service/multirequest"
    done=$((done + batch))
  done
}

# wrk with a POST body; prints the median requests/second of 3 runs.
measure() {
  local path=$1 body=$2
  printf 'wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\nwrk.body = [[%s]]\n' "$body" >"$work/post.lua"
  local rates=()
  for _ in 1 2 3; do
    rates+=("$(wrk -t"$threads" -c"$connections" -d"$duration" -s "$work/post.lua" "$url$path" | awk '/Requests\/sec/ {print $2}')")
  done
  printf '%s\n' "${rates[@]}" | sort -n | sed -n 2p | tr '\n' ' '
  echo "(runs: ${rates[*]})"
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), wrk -t$threads -c$connections -d$duration"
start_server
ks=$(call session start "{\"format\":1,\"secret\":\"$secret\",\"partnerId\":101,\"type\":2}" | tr -d '"')
seed 30
entry=$(call media list "{\"format\":1,\"ks\":\"$ks\",\"filter\":{\"objectType\":\"KalturaMediaEntryFilter\",\"statusIn\":\"2,7\"},\"pager\":{\"objectType\":\"KalturaFilterPager\",\"pageSize\":1}}" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["objects"][0]["id"])')
list_filter="\"filter\":{\"objectType\":\"KalturaMediaEntryFilter\",\"statusIn\":\"2,7\"},\"pager\":{\"objectType\":\"KalturaFilterPager\",\"pageSize\":30}"
count=$(call media list "{\"format\":1,\"ks\":\"$ks\",$list_filter}" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["objects"]))')
[[ $count == 30 ]] || { echo "media.list returned $count objects, expected 30" >&2; exit 1; }
for format in 1 2; do
  echo "media.get  format=$format: $(measure /api_v3/service/media/action/get "{\"format\":$format,\"ks\":\"$ks\",\"entryId\":\"$entry\"}")"
  echo "media.list format=$format: $(measure /api_v3/service/media/action/list "{\"format\":$format,\"ks\":\"$ks\",$list_filter}")"
done
stop_server

start_server
ks=$(call session start "{\"format\":1,\"secret\":\"$secret\",\"partnerId\":101,\"type\":2}" | tr -d '"')
idle=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
seed 10000
total=$(call media count "{\"format\":1,\"ks\":\"$ks\",\"filter\":{\"objectType\":\"KalturaMediaEntryFilter\",\"statusIn\":\"2,7\"}}")
echo "stored entries: $total; RSS at start ${idle} kB; after: $(grep -E 'VmHWM|VmRSS' "/proc/$pid/status" | tr -s ' \t' ' ' | tr '\n' ';')"
