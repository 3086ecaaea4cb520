#!/usr/bin/env bash
# Benchmark for BENCHMARKS.md ("kaltura shell"): start to the first prompt with the embedded emulator
# (demo schema, in process), two ways:
#   1. on a terminal: a tmux pane starts `kaltura shell`; the time until `kaltura>` shows in
#      capture-pane (polled; each poll is a tmux process of ~2 ms, so this slightly overstates);
#   2. hyperfine of `echo exit | kaltura shell` (the same start
#      without a terminal or libedit: an upper bound for everything but the prompt's drawing).
# Needs: a release build of kaltura (KALTURA_BIN names it), tmux and hyperfine.
set -euo pipefail
cd "$(dirname "$0")/.."
kaltura=${KALTURA_BIN:-$(swift build -c release --product kaltura --show-bin-path 2>/dev/null)/kaltura}
runs=${RUNS:-30}
socket=kaltura-shell-bench-$$
work=$(mktemp -d)
trap 'tmux -L "$socket" kill-server 2>/dev/null || true; rm -rf "$work"' EXIT

echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), $(uname -r)"
echo "kaltura: $kaltura"
tmux -L "$socket" new-session -d -s idle -x 200 -y 50  # keeps the server up between runs

samples=()
for ((run = 0; run < runs; run++)); do
  start=$(date +%s%N)
  tmux -L "$socket" new-session -d -s "run$run" -x 200 -y 50 \
    env HOME="$work" KALTURA_HISTORY="$work/history" TERM=xterm "$kaltura" shell
  for _ in $(seq 1 2000); do
    tmux -L "$socket" capture-pane -p -t "run$run" | grep -q '^kaltura>' && break
  done
  end=$(date +%s%N)
  tmux -L "$socket" kill-session -t "run$run"
  samples+=($(( (end - start) / 1000 )))
done
printf '%s\n' "${samples[@]}" | sort -n | awk '{ a[NR] = $1 } END {
  m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2
  printf "first prompt on a terminal (tmux), %d runs: median %.1f ms, min %.1f ms, max %.1f ms\n", NR, m / 1000, a[1] / 1000, a[NR] / 1000 }'

# hyperfine 1.15 has no --input: a shell pipes the line in (hyperfine subtracts the shell's own start).
hyperfine --warmup 3 --runs "$runs" "echo exit | $kaltura shell" | sed -n '1,4p'
