#!/usr/bin/env bash
# Benchmark for BENCHMARKS.md: loading a real schema with `kaltura schema inspect --json` against
# `xmllint --noout --stream` on the same file, as whole processes, plus peak memory and scaling.
# Also runs kaltura-schema-benchmark, the same load in a lean process (KalturaSchema and
# FoundationEssentials only), and the same registry read from its cached snapshot.
# Needs: release builds of kaltura and kaltura-schema-benchmark (BIN_DIR names their folder; see
# BENCHMARKS.md for the static build), hyperfine, xmllint (libxml2-utils).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${BIN_DIR:-$(swift build -c release --show-bin-path 2>/dev/null)}
kaltura=$bin/kaltura
lean=$bin/kaltura-schema-benchmark
schema=${SCHEMA:-../shared/fixtures/schema/kaltura-schema-22.15.0.xml}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(uname -r)"
echo "binaries: $bin"
"$lean" "$schema" --write-snapshot "$work/schema.snapshot"
hyperfine -N --warmup 5 --runs 60 --export-json "$work/load.json" \
  "xmllint --noout --stream $schema" \
  "$lean $schema" \
  "$kaltura schema inspect $schema --json" \
  "$lean $work/schema.snapshot" >/dev/null
python3 Benchmarks/hyperfine-summary.py "$work/load.json"
"$lean" "$schema" --repeat 40
"$lean" "$work/schema.snapshot" --repeat 40

echo
echo "peak RSS (KiB), median of 5:"
for command in "xmllint --noout --stream $schema" "$lean $schema" "$kaltura schema inspect $schema --json"; do
  for _ in 1 2 3 4 5; do /usr/bin/time -f %M $command 2>&1 >/dev/null | tail -1; done | sort -n | sed -n 3p | sed "s|^|  |; s|\$|  $command|"
done

echo
echo "scaling (the same schema repeated N times):"
for factor in 1 2 4 8; do
  python3 Benchmarks/scale-schema.py "$schema" "$factor" "$work/x$factor.xml"
done
hyperfine -N --warmup 3 --runs 15 --export-json "$work/scale.json" \
  -L n 1,2,4,8 "$lean $work/x{n}.xml" >/dev/null
python3 Benchmarks/hyperfine-summary.py "$work/scale.json"
for factor in 1 2 4 8; do
  printf '  x%s: %s bytes, %s\n' "$factor" "$(stat -c %s "$work/x$factor.xml")" "$("$lean" "$work/x$factor.xml")"
done
