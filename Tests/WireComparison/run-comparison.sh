#!/usr/bin/env bash
# Makes the same calls with the official Python client and with ours (kaltura call), each against its own
# recording `kaltura serve`, and compares the recorded calls with compare_records.py.
# Needs: a kaltura binary (KALTURA_BIN, default: the debug build) and the official client's venv
# (KALTURA_PY_VENV, default .build-pyclient; created by ../shared/conformance/run-official-client.sh).
set -euo pipefail
cd "$(dirname "$0")/../.."
kaltura=${KALTURA_BIN:-$(swift build --show-bin-path)/kaltura}
kaltura=$(cd "$(dirname "$kaltura")" && pwd)/$(basename "$kaltura")  # the clients run in another folder
venv=${KALTURA_PY_VENV:-$PWD/.build-pyclient}
schema=${SCHEMA:-../shared/fixtures/schema/kaltura-schema-22.15.0.xml}
work=$(mktemp -d)
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"' EXIT
secret=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')

serve() {  # NAME: starts a recording server (not in a subshell, so its pid reaches the trap)
  "$kaltura" serve --schema "$schema" --partner "4242:$secret" --port 0 --record "$work/$1.jsonl" >"$work/$1.log" 2>&1 &
  pids+=($!)
}
url_of() {  # NAME → the URL the server printed
  for _ in $(seq 1 600); do
    url=$(sed -n 's/^listening on \(http:[^ ]*\)$/\1/p' "$work/$1.log")
    [[ -n $url ]] && { echo "$url"; return; }
    sleep 0.1
  done
  cat "$work/$1.log" >&2
  return 1
}
serve theirs
serve ours
theirs_url=$(url_of theirs)
ours_url=$(url_of ours)
# The upload's file is named relative to the folder both clients run in: the official client sends
# the path as it was opened as the part's filename, ours the file's last path component.
printf 'bytes for the wire comparison\n' >"$work/wire-upload.txt"
root=$PWD
(cd "$work" && "$venv/bin/python" "$root/Tests/WireComparison/official_client_calls.py" --url "$theirs_url" \
  --partner-id 4242 --admin-secret "$secret" --upload-file wire-upload.txt)
(cd "$work" && XDG_CACHE_HOME=$work/cache bash "$root/Tests/WireComparison/swift_client_calls.sh" "$kaltura" \
  --url "$ours_url" --partner-id 4242 --admin-secret "$secret" --upload-file wire-upload.txt)
python3 Tests/WireComparison/compare_records.py "$work/ours.jsonl" "$work/theirs.jsonl"
