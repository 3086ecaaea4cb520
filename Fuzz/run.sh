#!/usr/bin/env bash
# Builds the fuzz targets (libFuzzer + AddressSanitizer) and runs each for a bounded time.
#
#   bash Fuzz/run.sh [SECONDS_PER_TARGET] [--only TARGET]... [--jobs N] [--configuration release|debug]
#   bash Fuzz/run.sh --self-test
#
# Each target runs on a copy of its seed corpus (Fuzz/Corpus/TARGET; new inputs never land in the
# repository) with crash, timeout and out-of-memory inputs written to a temporary folder. One line
# per target is printed; the exit status is non-zero when the build fails or any target crashes,
# times out on one input, or runs out of memory, and the line names the saved input. Reproduce
# with: Fuzz/.build/CONFIGURATION/fuzz-TARGET PATH_OF_THE_INPUT
#
# --configuration debug builds with about half the CPU time of release (measured here: 8 vs 15 CPU
# minutes from clean) and runs about half as many inputs per second; both are sanitized.
#
# --self-test plants a crash (KALTURA_FUZZ_PLANTED_CRASH=1 and a seed holding the marker) in one
# target and checks that this script then fails and names the crashing input.
set -euo pipefail
cd "$(dirname "$0")"
fuzz_root=$PWD
script=$fuzz_root/$(basename "$0")

all_targets=(json form request schema-xml schema-snapshot session-token http-response)
seconds=45
jobs=$(nproc 2>/dev/null || echo 1)
((jobs > 2)) && jobs=2
targets=()
self_test=0
configuration=release
while (($#)); do
  case $1 in
    --only) targets+=("$2"); shift 2 ;;
    --jobs) jobs=$2; shift 2 ;;
    --configuration) configuration=$2; shift 2 ;;
    --self-test) self_test=1; shift ;;
    -h|--help) sed -n '2,17p' "$script"; exit 0 ;;
    *[!0-9]*|'') echo "run.sh: unknown argument '$1'" >&2; exit 2 ;;
    *) seconds=$1; shift ;;
  esac
done
((${#targets[@]})) || targets=("${all_targets[@]}")
for target in "${targets[@]}"; do
  [[ -d Corpus/$target ]] || { echo "run.sh: no target '$target' (no Fuzz/Corpus/$target)" >&2; exit 2; }
done

if ((self_test)); then
  echo "== fuzz self-test: a planted crash must fail the run and name its input"
  set +e
  output=$(KALTURA_FUZZ_PLANTED_CRASH=1 bash "$script" 20 --only json --configuration "$configuration" 2>&1)
  status=$?
  set -e
  printf '%s\n' "$output" | sed 's/^/  | /'
  artifact=$(printf '%s\n' "$output" | sed -n 's/^fuzz-json: CRASH .* input: \([^ ]*\).*$/\1/p' | head -n 1)
  if ((status == 0)); then
    echo "self-test FAILED: run.sh exited 0 despite the planted crash" >&2; exit 1
  fi
  if [[ -z $artifact || ! -f $artifact ]] || ! grep -q 'KALTURA-FUZZ-PLANTED-CRASH' "$artifact"; then
    echo "self-test FAILED: run.sh did not name the crashing input" >&2; exit 1
  fi
  rm -rf "$(dirname "$(dirname "$artifact")")"
  echo "self-test passed: status $status, crashing input reported ($artifact)"
  exit 0
fi

# Build. Sanitizer flags apply to every Swift module, the main package's included; -enable-testing
# lets the request target reach the emulator's internal decoder.
build_flags=(-c "$configuration" -Xswiftc -sanitize=fuzzer,address -Xswiftc -enable-testing)
build_log=$(mktemp "${TMPDIR:-/tmp}/kaltura-fuzz-build.XXXXXX")
echo "== fuzz build (swift build ${build_flags[*]})"
build_start=$SECONDS
if ! swift build "${build_flags[@]}" >"$build_log" 2>&1; then
  grep -E 'error:|warning: .*Fuzz/' "$build_log" | head -n 40 >&2 || tail -n 40 "$build_log" >&2
  echo "fuzz build: FAILED (log: $build_log)"
  exit 1
fi
echo "fuzz build: ok in $((SECONDS - build_start)) s"
rm -f "$build_log"
bin=$(swift build "${build_flags[@]}" --show-bin-path)

work=$(mktemp -d "${TMPDIR:-/tmp}/kaltura-fuzz.XXXXXX")
echo "== fuzzing ${#targets[@]} target(s), $seconds s each, $jobs at a time (work folder: $work)"

# Runs one target; writes its summary line to $work/TARGET.summary; returns non-zero on a finding.
run_target() {
  local target=$1 corpus=$work/$1/corpus artifacts=$work/$1/artifacts log=$work/$1/fuzz.log
  mkdir -p "$corpus" "$artifacts"
  cp -R "$fuzz_root/Corpus/$target/." "$corpus/"
  local seeds
  seeds=$(find "$corpus" -type f | wc -l)
  if [[ ${KALTURA_FUZZ_PLANTED_CRASH:-} == 1 ]]; then
    printf 'KALTURA-FUZZ-PLANTED-CRASH' >"$corpus/planted-crash"
  fi
  local status=0
  # Swift's own backtracer would catch the trap before libFuzzer could save the input.
  SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:handle_abort=1} \
    "$bin/fuzz-$target" "$corpus" \
      -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -malloc_limit_mb=2048 -detect_leaks=0 \
      -artifact_prefix="$artifacts/" -print_final_stats=1 >"$log" 2>&1 || status=$?
  local runs rate found
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
  found=$(find "$artifacts" -type f | head -n 1)
  if ((status == 0)) && [[ -z $found ]]; then
    echo "fuzz-$target: ok, ${runs:-?} runs in $seconds s (${rate:-?} exec/s), corpus $seeds -> $(find "$corpus" -type f | wc -l) inputs" \
      >"$work/$target.summary"
    return 0
  fi
  local kind=CRASH reason
  case ${found##*/} in
    timeout-*) kind=TIMEOUT ;;
    oom-*) kind=OUT-OF-MEMORY ;;
    slow-unit-*) kind=SLOW ;;
  esac
  reason=$(grep -m 1 -E 'Fatal error|invariant broken|ERROR: AddressSanitizer|ERROR: libFuzzer|deadly signal' "$log" || true)
  echo "fuzz-$target: $kind (status $status) input: ${found:-none saved} log: $log -- ${reason:-see the log}" \
    >"$work/$target.summary"
  return 1
}

failed=0
pids=()
names=()
flush() {  # waits for the running targets and prints their lines in order
  local index
  for index in "${!pids[@]}"; do
    wait "${pids[$index]}" || failed=1
    cat "$work/${names[$index]}.summary"
  done
  pids=()
  names=()
}
for target in "${targets[@]}"; do
  run_target "$target" &
  pids+=($!)
  names+=("$target")
  ((${#pids[@]} >= jobs)) && flush
done
flush

if ((failed)); then
  echo "fuzzing found a problem; inputs and logs are kept in $work" >&2
  echo "reproduce: $bin/fuzz-TARGET INPUT" >&2
  exit 1
fi
rm -rf "$work"
echo "fuzzing: all ${#targets[@]} target(s) ok"
