#!/usr/bin/env bash
# Every object of a list: `kaltura call media.list --all` against the official Python client's usual
# pageIndex loop (Benchmarks/python-list-all.py), both against one `kaltura serve` holding ENTRIES
# entries (seeded with `kaltura call --batch`). Prints each run and the medians per object.
# Then times single list pages against that store: the default list, and a createdAt cursor page.
#
#     bash Benchmarks/list-all.sh [ENTRIES (10600)] [RUNS (5)]
#
# RUNS 0 times only the single calls. Entries are seeded 5,000 at a time, a second apart, so no
# createdAt second holds more than the 10,000 a query can reach.
#
# Needs the release build (bash Benchmarks/build-release.sh) and the official client's venv
# (.build-pyclient, made by .ci/run; override with KALTURA_PY_VENV).
set -euo pipefail
cd "$(dirname "$0")/.."
entries=${1:-10600}
runs=${2:-5}
source Benchmarks/emulator-client.sh

seed_started=$(date +%s.%N)
awk -v n="$entries" 'BEGIN { for (i = 1; i <= n; i++)
  printf "{\"action\":\"media.add\",\"params\":{\"entry\":{\"objectType\":\"KalturaMediaEntry\",\"name\":\"bench %d\",\"mediaType\":1}}}\n", i }' \
  >"$work/seed.jsonl"
# In batches of 5,000 a second apart: createdAt counts seconds, and seeded faster than that more
# than 10,000 entries could share one second, which no createdAt walk can get past.
split -l 5000 -d -a 4 "$work/seed.jsonl" "$work/seed-part."
: >"$work/seed.out"
for part in "$work"/seed-part.*; do
  [[ $part == "$work/seed-part.0000" ]] || sleep 1.1
  "$bin" call --batch "$part" --multirequest-size 100 --parallel 2 >>"$work/seed.out"
done
failed=$(grep -c '"error"' "$work/seed.out" || true)
awk -v s="$seed_started" -v now="$(date +%s.%N)" -v n="$entries" -v f="$failed" \
  'BEGIN { printf "seeded %d entries with kaltura call --batch in %.1f s, pauses included (%d failed)\n", n, now - s, f }'

median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
if ((runs > 0)); then
ours=()
for _ in $(seq 1 "$runs"); do
  started=$(date +%s.%N)
  count=$("$bin" call media.list filter:statusIn=2,7 --all | wc -l)
  seconds=$(awk -v s="$started" -v now="$(date +%s.%N)" 'BEGIN { print now - s }')
  echo "kaltura call --all: $count objects in $seconds s"
  ours+=("$(awk -v c="$count" -v t="$seconds" 'BEGIN { printf "%.3f", t / c * 1e6 }')")
done
theirs=()
for _ in $(seq 1 "$runs"); do
  read -r count seconds < <("$python" Benchmarks/python-list-all.py "$url" 101 "$secret")
  echo "official Python client, pageIndex loop: $count objects in $seconds s"
  theirs+=("$(awk -v c="$count" -v t="$seconds" 'BEGIN { printf "%.3f", t / c * 1e6 }')")
done
ours_median=$(median "${ours[@]}")
theirs_median=$(median "${theirs[@]}")
echo "median per object: kaltura call --all ${ours_median} µs, official client ${theirs_median} µs" \
  "($(awk -v a="$theirs_median" -v b="$ours_median" 'BEGIN { printf "%.1f", a / b }')x)"
fi

# Single calls against the same store: the median of 20 `kaltura call` processes each, in µs (a
# process start included; system.ping shows that floor).
timed() {
  local samples=()
  for _ in $(seq 1 20); do
    started=$(date +%s%N)
    "$bin" call "$@" >/dev/null
    samples+=($(( ($(date +%s%N) - started) / 1000 )))
  done
  median "${samples[@]}"
}
echo "one kaltura call, median of 20, µs (process start included):"
echo "  system.ping (the floor):                  $(timed system.ping)"
echo "  media.list, default filter (30 objects):  $(timed media.list)"
echo "  media.list statusIn=2,7, 500 objects:     $(timed media.list filter:statusIn=2,7 pager:pageSize=500)"
echo "  media.list +createdAt cursor, 500:        $(timed media.list filter:statusIn=2,7 filter:orderBy=+createdAt filter:createdAtGreaterThanOrEqual=0 pager:pageSize=500)"

# The server alone: the same lists posted with curl (no client process), median of 20, µs.
ks=$("$bin" ks generate --secret "$secret" --partner 101 --type admin)
served() {
  local samples=()
  for _ in $(seq 1 20); do
    samples+=("$(curl -s -o /dev/null -w '%{time_total}' -H 'Content-Type: application/json' \
      -d "{\"format\":1,\"ks\":\"$ks\",$1}" "$url/api_v3/service/media/action/list" | awk '{ printf "%d", $1 * 1e6 }')")
  done
  median "${samples[@]}"
}
echo "media.list as the server answers it (curl), median of 20, µs:"
echo "  default filter (30 objects):             $(served '"filter":{"objectType":"KalturaMediaEntryFilter"}')"
echo "  statusIn=2,7, 500 objects:                $(served '"filter":{"objectType":"KalturaMediaEntryFilter","statusIn":"2,7"},"pager":{"pageSize":500}')"
echo "  +createdAt cursor, 500 objects:           $(served '"filter":{"objectType":"KalturaMediaEntryFilter","statusIn":"2,7","orderBy":"+createdAt","createdAtGreaterThanOrEqual":0},"pager":{"pageSize":500}')"
