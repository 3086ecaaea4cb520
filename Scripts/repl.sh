#!/usr/bin/env bash
# Opens the Swift REPL (lldb) with Kaltura, KalturaSchema and KalturaEmulator importable.
#
#   bash Scripts/repl.sh                 # interactive
#   bash Scripts/repl.sh < session.swift # a transcript: reads stdin, exits at its end
#   bash Scripts/repl.sh --build-only    # only build what the REPL needs
#
# What it works around (README, "Exploring in the REPL"):
# - `swift run --repl` builds lib<package>__REPL.so but passes -I <bin>, while the modules are in
#   <bin>/Modules: this script runs it once to build and to learn its flags, then starts lldb
#   itself with -I <bin>/Modules and the module maps of the C system libraries (Sources/C*);
# - lldb needs libpython3.10.so.1.0, which Debian 12 lacks: a Python 3.10 on the machine provides
#   it (KALTURA_REPL_PYTHON_LIB=<folder> names it; otherwise it is looked for) and its folder goes
#   on LD_LIBRARY_PATH;
# - lldb shows results field by field: Scripts/repl_formatters.py makes this package's types
#   show their own descriptions (a client's summary, a proxy's actions, a value's outline).
# Async calls cannot be used: this REPL crashes on any top-level `await` (swiftlang/swift#89236);
# use KalturaClient.blocking(_:).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

fail() { echo "repl.sh: $*" >&2; exit 1; }

swift_bin=$(command -v swift) || fail "swift is not on PATH"
lldb_bin=$(dirname "$(readlink -f "$swift_bin")")/lldb
[[ -x $lldb_bin ]] || lldb_bin=$(command -v lldb) || fail "lldb not found beside $swift_bin or on PATH; the REPL is lldb"

# The Python library lldb links, if the dynamic linker cannot find it.
missing_python=$(ldd "$lldb_bin" 2>/dev/null | sed -n 's/^[[:space:]]*\(libpython[^ ]*\) => not found.*/\1/p' | head -n 1)
if [[ -n $missing_python ]]; then
  python_dir=${KALTURA_REPL_PYTHON_LIB:-}
  if [[ -z $python_dir ]]; then
    for candidate in "$HOME"/.pyenv/versions/*/lib /usr/local/lib /usr/lib /opt/*/lib /root/.pyenv/versions/*/lib; do
      if [[ -e $candidate/$missing_python ]]; then python_dir=$candidate; break; fi
    done
  fi
  if [[ -z $python_dir ]]; then
    found=$(find / -xdev -name "$missing_python" -print -quit 2>/dev/null || true)
    [[ -n $found ]] && python_dir=$(dirname "$found")
  fi
  [[ -n $python_dir && -e $python_dir/$missing_python ]] ||
    fail "lldb needs $missing_python and none was found; install that Python version (e.g. pyenv install 3.10) and set KALTURA_REPL_PYTHON_LIB to the folder holding it"
  export LD_LIBRARY_PATH=$python_dir${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}
fi

# Build (debug) and learn swift run --repl's flags; its own lldb start reads nothing (stdin is empty).
# swift run --repl recompiles some dependencies on every run, so this is skipped while the flags
# it printed are newer than every source file and the library they name exists.
bin=$(swift build --show-bin-path)
flags_file=$bin/repl-flags.txt
flags=
if [[ -s $flags_file && -z $(find Sources Package.swift -newer "$flags_file" -print -quit) ]]; then
  flags=$(cat "$flags_file")
  library=$(sed -n 's/.*-l\([^ ]*__REPL\).*/\1/p' <<<"$flags")
  [[ -n $library && -e $bin/lib$library.so ]] || flags=
fi
if [[ -z $flags ]]; then
  build_log=$(mktemp)
  trap 'rm -f "$build_log"' EXIT
  echo "repl.sh: building the REPL library (swift run --repl)..." >&2
  if ! swift run --repl </dev/null >"$build_log" 2>&1; then :; fi
  flags=$(sed -n 's/^Launching Swift .*REPL with arguments: repl //p' "$build_log" | tail -n 1)
  if [[ -z $flags ]]; then
    grep -vE '^\[[0-9]+/[0-9]+\] ' "$build_log" >&2 || true
    fail "swift run --repl did not build the REPL library (output above)"
  fi
  printf '%s\n' "$flags" >"$flags_file"
fi
if [[ ${1:-} == --build-only ]]; then exit 0; fi
read -r -a arguments <<<"$flags"
repl_flags=()
for argument in "${arguments[@]}"; do
  # The one flag swift run gets wrong: modules live in <bin>/Modules.
  if [[ $argument == "-I$bin" ]]; then argument="-I$bin/Modules"; fi
  repl_flags+=("$argument")
done
# Every C system library's module map (libxml2, SQLite, zlib, libedit): a module the REPL's
# libraries import must be found by name, and a new system-library target needs no edit here.
for module_map in "$root"/Sources/C*/module.modulemap; do
  repl_flags+=(-Xcc "-fmodule-map-file=$module_map")
done

formatters="command script import $root/Scripts/repl_formatters.py"
if [[ -t 0 ]]; then
  echo "Kaltura REPL: import Kaltura (and KalturaEmulator); no await here, use KalturaClient.blocking(_:). :quit leaves." >&2
  exec "$lldb_bin" -O "$formatters" --repl="${repl_flags[*]}"
else
  # A transcript: stdin, then :quit, so the REPL exits even if the transcript does not say so.
  { cat; printf '\n:quit\n'; } | "$lldb_bin" -O "$formatters" --repl="${repl_flags[*]}"
fi
