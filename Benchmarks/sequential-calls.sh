#!/usr/bin/env bash
# Sequential small calls over one keep-alive connection, in the same run against the same emulator:
#   - raw: wrk -t1 -c1 (one connection, one request at a time): 1 / requests per second;
#   - swift: one KalturaClient doing CALLS media.get calls in a row (kaltura-benchmarks sequential),
#     over the default transport (KalturaSocketTransport for http://) and over URLSession;
#   - python: the official Python client (KalturaApiClient) doing the same.
# Each figure is the median of RUNS rounds (wrk: of RUNS 5-second runs), in ms per call.
# Usage: Benchmarks/sequential-calls.sh [RELEASE_FOLDER] (default .build-release/release, from
#        Benchmarks/build-release.sh). Env: CALLS (2000), RUNS (5), PYTHON (a python with
#        KalturaApiClient installed; default ../main/.build-pyclient/bin/python, made by
#        ../shared/conformance/run-official-client.sh), KALTURA (the emulator binary; default RELEASE_FOLDER/kaltura).
set -euo pipefail
cd "$(dirname "$0")/.."
release=${1:-.build-release/release}
bin=${KALTURA:-$release/kaltura}
schema=../shared/fixtures/schema/kaltura-schema-22.15.0.xml
calls=${CALLS:-2000}
runs=${RUNS:-5}
python=${PYTHON:-../main/.build-pyclient/bin/python}
secret=bench-admin-secret
work=$(mktemp -d)
source Benchmarks/emulator-server.sh

call() {
  curl -s -X POST -H 'Content-Type: application/json' --data-binary "$3" "$url/api_v3/service/$1/action/$2"
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); load $(cut -d' ' -f1-3 /proc/loadavg)"
start_server
ks=$(call session start "{\"format\":1,\"secret\":\"$secret\",\"partnerId\":101,\"type\":2}" | tr -d '"')
entry=$(call media add "{\"format\":1,\"ks\":\"$ks\",\"entry\":{\"objectType\":\"KalturaMediaEntry\",\"name\":\"bench\",\"mediaType\":1}}" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')

printf 'wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\nwrk.body = [[%s]]\n' \
  "{\"format\":1,\"ks\":\"$ks\",\"entryId\":\"$entry\",\"clientTag\":\"wrk\"}" >"$work/post.lua"
raw=()
for _ in $(seq "$runs"); do
  rate=$(wrk -t1 -c1 -d5s -s "$work/post.lua" "$url/api_v3/service/media/action/get" | awk '/Requests\/sec/ {print $2}')
  raw+=("$(python3 -c "print(f'{1000 / $rate:.3f}')")")
done
median() { printf '%s\n' "$@" | sort -n | sed -n "$((($# + 1) / 2))p"; }
echo "raw keep-alive (wrk -t1 -c1): $(median "${raw[@]}") ms per request (runs: ${raw[*]})"
CALLS=$calls "$release/kaltura-benchmarks" sequential "$url" "$ks" "$entry" --schema "$schema" --runs "$runs"
CALLS=$calls TRANSPORT=urlsession "$release/kaltura-benchmarks" sequential "$url" "$ks" "$entry" --schema "$schema" --runs "$runs"
if [[ -x $python ]]; then
  echo "official Python client: $("$python" Benchmarks/python-client-sequential.py "$url" "$ks" "$entry" "$calls" "$runs") ms per call"
else
  echo "official Python client: skipped ($python not found)"
fi
