#!/usr/bin/env bash
# CI check of the REPL story: pipes a transcript into Scripts/repl.sh (a blocking client against an
# in-process emulator, a session, calls without `await`) and checks what the REPL shows for the
# client, a service, an action and results; fails if the KS or the admin secret appears anywhere,
# and loudly if lldb does not start or the transcript does not run to its end.
set -euo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
secret=$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
ks_file=$work/ks

cat >"$work/transcript.swift" <<SWIFT
import Foundation
import Kaltura
import KalturaSchema
import KalturaEmulator
let emulator = try KalturaEmulator(configuration: .init(partners: [EmulatorPartner(id: 101, adminSecret: "$secret")]))
let client = try KalturaClient.blocking(.init(partnerId: 101, serviceURL: URL(string: "http://emulator.invalid")!, schemaSource: .server(cache: nil), http: .init(transport: emulator.transport)))
client.ks = try client.generateSession(adminSecret: "$secret", userId: "repl", type: .admin)
try client.ks!.write(toFile: "$ks_file", atomically: true, encoding: .utf8)
client
client.media
client.media.list
let entry = try client.media.add(entry: ["objectType": "KalturaMediaEntry", "name": "From the REPL", "mediaType": 1])
let fetched = try client.media.get(entryId: entry.id!)
print("name read back: \(fetched.name!.stringValue!)")
let page = try client.media.list(filter: ["objectType": "KalturaMediaEntryFilter", "idEqual": entry.id!, "statusIn": "7"])
client.apiSchema
print("transcript-end")
SWIFT

build_started=$(date +%s.%N)
bash Scripts/repl.sh --build-only
build_elapsed=$(awk -v now="$(date +%s.%N)" -v then="$build_started" 'BEGIN { print now - then }')
started=$(date +%s.%N)
set +e
bash Scripts/repl.sh <"$work/transcript.swift" >"$work/output" 2>&1
status=$?
set -e
elapsed=$(awk -v now="$(date +%s.%N)" -v then="$started" 'BEGIN { print now - then }')

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
expect() {  # expect TEXT WHAT: the output holds TEXT (a fixed string)
  grep -qF -- "$1" "$work/output" || fail "$2: no line with: $1"
}

if [[ $status -ne 0 ]] || ! grep -qF "transcript-end" "$work/output"; then
  echo "FATAL: the REPL did not run the transcript to its end (repl.sh exit status $status); its output:" >&2
  cat "$work/output" >&2
  exit 1
fi
expect "emulator: KalturaEmulator.KalturaEmulator = KalturaEmulator (in process" "the emulator"
expect "client: Kaltura.KalturaBlockingClient = KalturaBlockingClient for http://emulator.invalid, partner 101" "the client"
expect "session: [redacted]" "the client's session, redacted"
expect ": 8 services, 39 actions, 38 classes, 14 enums, 1 plugins" "the client's schema counts"
expect "Kaltura.KalturaBlockingServiceProxy = service media  (wire id media)" "client.media"
expect "  list(filter: KalturaMediaEntryFilter = null, pager: KalturaFilterPager = null) -> KalturaMediaListResponse" "client.media's actions"
expect "Kaltura.KalturaBlockingServiceProxy = media.list(filter: KalturaMediaEntryFilter = null, pager: KalturaFilterPager = null) -> KalturaMediaListResponse" "client.media.list"
expect "(session: always; allowed in multirequest)" "client.media.list's session requirement"
expect "entry: KalturaCore.KalturaValue = KalturaMediaEntry" "the result of media.add"
expect 'name: "From the REPL"' "the result's fields"
expect "name read back: From the REPL" "a field of media.get's result"
expect "page: KalturaCore.KalturaValue = KalturaMediaListResponse" "the result of media.list"
expect "totalCount: 1" "media.list's count"
expect "KalturaSchema.Schema = Schema 22.15.0" "the schema"
[[ -s $ks_file ]] || fail "the transcript did not record its KS"
if [[ -s $ks_file ]] && grep -qF -- "$(cat "$ks_file")" "$work/output"; then fail "the KS appears in the REPL's output"; fi
if grep -qF -- "$secret" "$work/output"; then fail "the admin secret appears in the REPL's output"; fi
# Nothing shown field by field: lldb's own formatters would print the registry or dictionary insides.
if grep -qE '_keys = |__storage|kalturaFields = ' "$work/output"; then fail "a value was shown field by field by lldb"; fi

if ((failures)); then
  echo "REPL output:" >&2
  cat "$work/output" >&2
  exit 1
fi
printf 'REPL transcript: all checks passed; the REPL session took %.1f s (the build before it %.1f s)\n' "$elapsed" "$build_elapsed"
