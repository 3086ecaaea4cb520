#!/usr/bin/env bash
# Bulk updates: CALLS media.update calls (each renaming its own entry) against one `kaltura serve`,
#   - `kaltura call --batch` (JSON Lines, 50 per multirequest, 4 in flight),
#   - one `kaltura call` process per update (timed on SAMPLE calls, scaled to CALLS),
#   - the official Python client's multirequest loop (50 per multirequest, one at a time).
#
#     bash Benchmarks/batch.sh [CALLS (10000)] [RUNS (3)] [SAMPLE (200)]
#
# Needs the release build (bash Benchmarks/build-release.sh) and the official client's venv.
set -euo pipefail
cd "$(dirname "$0")/.."
calls=${1:-10000}
runs=${2:-3}
sample=${3:-200}
source Benchmarks/emulator-client.sh

awk -v n="$calls" 'BEGIN { for (i = 1; i <= n; i++)
  printf "{\"action\":\"media.add\",\"params\":{\"entry\":{\"objectType\":\"KalturaMediaEntry\",\"name\":\"bulk %d\",\"mediaType\":1}}}\n", i }' \
  >"$work/seed.jsonl"
"$bin" call --batch "$work/seed.jsonl" --multirequest-size 100 | sed -n 's/.*"id":"\([^"]*\)".*/\1/p' >"$work/ids"
echo "seeded $(wc -l <"$work/ids") entries"
awk '{ printf "{\"action\":\"media.update\",\"params\":{\"entryId\":\"%s\",\"mediaEntry\":{\"objectType\":\"KalturaMediaEntry\",\"name\":\"batch %s\"}}}\n", $1, $1 }' \
  "$work/ids" >"$work/updates.jsonl"

median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
ours=()
for _ in $(seq 1 "$runs"); do
  started=$(date +%s.%N)
  "$bin" call --batch "$work/updates.jsonl" >"$work/batch.out"
  seconds=$(awk -v s="$started" -v now="$(date +%s.%N)" 'BEGIN { print now - s }')
  echo "kaltura call --batch: $(wc -l <"$work/batch.out") results ($(grep -c '"error"' "$work/batch.out" || true) errors) in $seconds s"
  ours+=("$seconds")
done
per_process=()
for _ in $(seq 1 "$runs"); do
  started=$(date +%s.%N)
  head -n "$sample" "$work/ids" | while read -r id; do
    "$bin" call media.update "entryId=$id" mediaEntry:name=single >/dev/null
  done
  seconds=$(awk -v s="$started" -v now="$(date +%s.%N)" -v n="$sample" -v c="$calls" 'BEGIN { print (now - s) / n * c }')
  echo "one process per call: $sample calls, scaled to $calls: $seconds s"
  per_process+=("$seconds")
done
theirs=()
for _ in $(seq 1 "$runs"); do
  read -r count seconds failures < <("$python" Benchmarks/python-batch-update.py "$url" 101 "$secret" "$work/ids")
  echo "official Python client, multirequest loop: $count calls in $seconds s ($failures failed)"
  theirs+=("$seconds")
done
a=$(median "${ours[@]}"); b=$(median "${per_process[@]}"); c=$(median "${theirs[@]}")
echo "medians for $calls updates: --batch $a s; one process per call $b s ($(awk -v x="$b" -v y="$a" 'BEGIN { printf "%.0f", x / y }')x slower);" \
  "official multirequest loop $c s ($(awk -v x="$c" -v y="$a" 'BEGIN { printf "%.1f", x / y }')x slower)"
