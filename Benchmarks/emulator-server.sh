# Sourced by the emulator benchmarks: starts and stops one `kaltura serve` on a free port.
# The caller sets bin (the kaltura binary), schema, secret (partner 101's admin secret) and work (a
# scratch folder, removed at exit); start_server sets url and pid.
pid=
cleanup() {
  [[ -n $pid ]] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

# Starts a server with the extra arguments given; sets url and pid.
start_server() {
  "$bin" serve --schema "$schema" --partner "101:$secret" --port 0 "$@" >"$work/serve.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 300); do
    url=$(sed -n 's/^listening on \(http:[^ ]*\)$/\1/p' "$work/serve.log")
    [[ -n $url ]] && return 0
    sleep 0.1
  done
  echo "server did not start" >&2
  cat "$work/serve.log" >&2
  exit 1
}

stop_server() {
  kill "$pid" && wait "$pid" 2>/dev/null || true
  pid=
}
