#!/usr/bin/env bash
# A large upload against `kaltura serve`: `kaltura upload` (chunked, parallel) against curl posting
# the same bytes in the same chunks to the same emulator, sequentially and 4 at a time.
# Reports, per tool, the median of RUNS runs: wall time, throughput, peak RSS (/usr/bin/time -v).
#
#   bash Benchmarks/build-release.sh      # or: swift build -c release --scratch-path .build-release --product kaltura
#   bash Benchmarks/upload-benchmark.sh   # SIZE=1000000000 RUNS=3 CHUNK=5000000 PARALLEL=4 KALTURA=.build-release/release/kaltura
set -euo pipefail
cd "$(dirname "$0")/.."
kaltura=${KALTURA:-.build-release/release/kaltura}
size=${SIZE:-1000000000}
runs=${RUNS:-3}
chunk=${CHUNK:-5000000}
parallel=${PARALLEL:-4}
[[ -x $kaltura ]] || { echo "no $kaltura: build it with Benchmarks/build-release.sh" >&2; exit 1; }
command -v curl >/dev/null && [[ -x /usr/bin/time ]] || { echo "needs curl and /usr/bin/time" >&2; exit 1; }

work=$(mktemp -d)
server_pid=
cleanup() {
  [[ -n $server_pid ]] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

file=$work/upload.bin
head -c "$size" /dev/urandom > "$file"
mkdir "$work/chunks"
(cd "$work/chunks" && split -b "$chunk" -d -a 5 "$file" part.)
export XDG_CACHE_HOME=$work/cache

"$kaltura" serve --partner 4242:bench-secret --port 0 --data "$work/data" > "$work/serve.log" 2>&1 &
server_pid=$!
for _ in $(seq 100); do grep -q '^listening on ' "$work/serve.log" && break; sleep 0.1; done
url=$(sed -n 's/^listening on //p' "$work/serve.log")
[[ -n $url ]] || { cat "$work/serve.log" >&2; exit 1; }
ks=$("$kaltura" ks generate --secret bench-secret --partner 4242 --type admin)
endpoint=$url/api_v3/service/uploadtoken/action/upload

# Fields of /usr/bin/time -v: wall seconds and peak RSS in KiB.
measure() {
  local report=$1
  local wall rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$report")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$report")
  echo "$wall $rss"
}

new_token() {
  curl -sf "$url/api_v3/service/uploadtoken/action/add?format=1" --data-urlencode "ks=$ks" \
    --data-urlencode "uploadToken:objectType=KalturaUploadToken" --data-urlencode "uploadToken:fileSize=$size" |
    sed -n 's/.*"id":"\([^"]*\)".*/\1/p'
}

# A curl config posting every chunk after the first (resume=true, resumeAt=offset), then the final empty one.
curl_config() {
  local token=$1 offset=0 first=1
  : > "$work/empty"
  for part in "$work"/chunks/part.*; do
    if [[ $first == 1 ]]; then first=0; offset=$(stat -c %s "$part"); continue; fi
    [[ $offset == $(stat -c %s "$work/chunks/part.00000") ]] || echo next
    printf 'url = "%s"\nsilent\nfail\nheader = "Expect:"\nform = "ks=%s"\nform = "format=1"\nform = "uploadTokenId=%s"\nform = "resume=true"\nform = "finalChunk=false"\nform = "resumeAt=%s"\nform = "fileData=@%s"\noutput = "/dev/null"\n' \
      "$endpoint" "$ks" "$token" "$offset" "$part"
    offset=$((offset + $(stat -c %s "$part")))
  done
}

curl_upload() {  # $1: 1 for one chunk at a time, N for N at once
  local token
  token=$(new_token)
  curl_config "$token" > "$work/curl.cfg"
  local first=("$work"/chunks/part.*)
  /usr/bin/time -v bash -c '
    curl -sf -H "Expect:" -o /dev/null -F "ks=$2" -F format=1 -F "uploadTokenId=$3" -F resume=false -F finalChunk=false -F "fileData=@$4" "$1" &&
    if [[ $5 == 1 ]]; then curl -sf -K "$6"; else curl -sf --parallel --parallel-max "$5" -K "$6"; fi &&
    curl -sf -H "Expect:" -F "ks=$2" -F format=1 -F "uploadTokenId=$3" -F resume=true -F finalChunk=true -F "resumeAt=$7" -F "fileData=@$8" "$1" |
      grep -q "\"status\":2"' _ "$endpoint" "$ks" "$token" "${first[0]}" "$1" "$work/curl.cfg" "$size" "$work/empty" \
    2> "$work/time.txt" || { cat "$work/time.txt" >&2; exit 1; }
  rm -f "$work"/data/uploads/4242/*  # the emulator's copy, so that runs do not fill the disk
  measure "$work/time.txt"
}

client_upload() {  # $1: chunks at once, $2: chunk size
  /usr/bin/time -v "$kaltura" upload "$file" --url "$url" --ks "$ks" --chunk-size "${2:-$chunk}" --parallel "$1" \
    > "$work/token.json" 2> "$work/time.txt" || { cat "$work/time.txt" >&2; exit 1; }
  grep -q '"status":2' "$work/token.json" || { echo "upload did not finish: $(cat "$work/token.json")" >&2; exit 1; }
  rm -f "$work"/data/uploads/4242/*
  measure "$work/time.txt"
}

median() { sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }

report() {  # name, then "wall rss" lines on stdin
  local name=$1 lines walls rsss
  lines=$(cat)
  walls=$(awk '{print $1}' <<< "$lines" | median)
  rsss=$(awk '{print $2}' <<< "$lines" | median)
  awk -v n="$name" -v w="$walls" -v r="$rsss" -v s="$size" -v all="$(awk '{printf "%s ", $1}' <<< "$lines")" \
    'BEGIN {printf "%-34s median %6.2f s  %7.1f MB/s  peak RSS %6.1f MiB   (runs: %ss)\n", n, w, s/w/1e6, r/1024, all}'
}

echo "$(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores; $size bytes, chunks of $chunk, median of $runs"
for _ in $(seq "$runs"); do client_upload "$parallel"; done | report "kaltura upload --parallel $parallel"
for _ in $(seq "$runs"); do client_upload 1; done | report "kaltura upload --parallel 1"
for _ in $(seq "$runs"); do client_upload "$parallel" 2000000; done | report "kaltura upload --parallel $parallel, 2 MB"
for _ in $(seq "$runs"); do curl_upload "$parallel"; done | report "curl, $parallel chunks at once"
for _ in $(seq "$runs"); do curl_upload 1; done | report "curl, one chunk at a time"
