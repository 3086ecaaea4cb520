#!/usr/bin/env bash
# Benchmark for BENCHMARKS.md ("Client"): a whole `kaltura call system.ping` process, from cold start to
# the first call's printed result, with the server's schema already in the on-disk cache, against a
# local server. Compared with the same call reading the schema from a file, with curl making the bare
# HTTP call, and with `kaltura --help` (process start only).
# Needs: a release build of kaltura (KALTURA_BIN names it; see BENCHMARKS.md for the static build) and hyperfine.
# The server is `kaltura serve` on the given schema unless SERVER_URL names another one.
set -euo pipefail
cd "$(dirname "$0")/.."
kaltura=${KALTURA_BIN:-$(swift build -c release --product kaltura --show-bin-path 2>/dev/null)/kaltura}
schema=${SCHEMA:-../shared/fixtures/schema/kaltura-schema-22.15.0.xml}
work=$(mktemp -d)
server_pid=
trap '[[ -n $server_pid ]] && kill "$server_pid" 2>/dev/null; rm -rf "$work"' EXIT

if [[ -n ${SERVER_URL:-} ]]; then
  url=$SERVER_URL
else
  "$kaltura" serve --schema "$schema" --partner 101:benchmark-secret >"$work/serve.out" 2>&1 &
  server_pid=$!
  url=
  for _ in $(seq 200); do
    url=$(sed -n 's/^listening on //p' "$work/serve.out")
    [[ -n $url ]] && break
    sleep 0.05
  done
  [[ -n $url ]] || { cat "$work/serve.out"; exit 1; }
fi

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(uname -r)"
echo "kaltura: $kaltura; server: $url; schema: $schema ($(stat -c %s "$schema") bytes)"
export XDG_CACHE_HOME=$work/cache
"$kaltura" call system.ping --url "$url"   # fetches the schema once and caches it
ls "$XDG_CACHE_HOME"/kaltura-swift/schemas/*/

hyperfine -N --warmup 5 --runs 60 --export-json "$work/cold.json" \
  "$kaltura call system.ping --url $url" \
  "$kaltura call system.ping --url $url --schema $schema" \
  "curl -s -X POST -H Content-Type:application/json -d {\"format\":1} $url/api_v3/service/system/action/ping" \
  "$kaltura --help" >/dev/null
python3 Benchmarks/hyperfine-summary.py "$work/cold.json"
