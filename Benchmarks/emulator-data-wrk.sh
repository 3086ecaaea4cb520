#!/usr/bin/env bash
# media.add throughput of `kaltura serve` with and without --data (the SQLite state store), same run,
# on loopback: for each mode a fresh server (and a fresh data folder), then 3 wrk runs of a POST
# media.add with a JSON body; the median is printed. Modes run interleaved (run 1 of each, run 2 of
# each, …) so a change in machine load hits all of them alike.
#   memory      no --data
#   data        --data DIR (synchronous=NORMAL: survives the process being killed; the default)
#   data-full   --data DIR --data-sync full (fsync per commit: also survives a power loss)
# Usage: Benchmarks/emulator-data-wrk.sh [KALTURA_BINARY]   (default: .build/release/kaltura). Needs wrk,
#        curl. Env: DURATION (10s), CONNECTIONS (32), THREADS (2), DATA_ROOT (a temporary folder).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-.build/release/kaltura}
schema=../shared/fixtures/schema/kaltura-schema-22.15.0.xml
duration=${DURATION:-10s}
connections=${CONNECTIONS:-32}
threads=${THREADS:-2}
secret=bench-admin-secret
work=$(mktemp -d "${DATA_ROOT:-${TMPDIR:-/tmp}}/emulator-data-wrk.XXXXXX")
source Benchmarks/emulator-server.sh

# One wrk run of media.add against a fresh server in MODE; prints requests/second.
run_once() {
  local mode=$1 folder=$work/data-$1-$2
  case $mode in
    memory) start_server ;;
    data) start_server --data "$folder" ;;
    data-full) start_server --data "$folder" --data-sync full ;;
  esac
  local ks
  ks=$(curl -s -X POST -H 'Content-Type: application/json' \
    --data-binary "{\"format\":1,\"secret\":\"$secret\",\"partnerId\":101,\"type\":2}" "$url/api_v3/service/session/action/start" | tr -d '"')
  local body="{\"format\":1,\"ks\":\"$ks\",\"entry\":{\"objectType\":\"KalturaMediaEntry\",\"name\":\"bench entry\",\"mediaType\":1,\"description\":\"an entry for the emulator benchmark\",\"tags\":\"bench, emulator\"}}"
  printf 'wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\nwrk.body = [[%s]]\n' "$body" >"$work/post.lua"
  local output rate answered
  output=$(wrk -t"$threads" -c"$connections" -d"$duration" -s "$work/post.lua" "$url/api_v3/service/media/action/add")
  rate=$(awk '/Requests\/sec/ {print $2}' <<<"$output")
  answered=$(awk '/requests in/ {print $1}' <<<"$output")
  # Every answered add must be stored: count them through the API.
  local count
  count=$(curl -s -X POST -H 'Content-Type: application/json' \
    --data-binary "{\"format\":1,\"ks\":\"$ks\",\"filter\":{\"objectType\":\"KalturaMediaEntryFilter\",\"statusIn\":\"7\"}}" \
    "$url/api_v3/service/media/action/count")
  stop_server
  echo "$rate $answered $count"
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load $(cut -d' ' -f1-3 /proc/loadavg), wrk -t$threads -c$connections -d$duration"
echo "data folder on: $(df -P "$work" | awk 'NR==2 {print $1, $6}')"
declare -A rates
modes=(memory data data-full)
for run in 1 2 3; do
  for mode in "${modes[@]}"; do
    read -r rate answered count < <(run_once "$mode" "$run")
    rates[$mode]+="$rate "
    echo "run $run $mode: $rate requests/s, $answered answered, $count entries stored"
  done
done
for mode in "${modes[@]}"; do
  # shellcheck disable=SC2086
  median=$(printf '%s\n' ${rates[$mode]} | sort -n | sed -n 2p)
  echo "media.add $mode: median $median requests/s (runs: ${rates[$mode]% })"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
