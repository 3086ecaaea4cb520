# Sourced by the benchmarks that drive `kaltura serve` with `kaltura call` and the official Python
# client: starts the release emulator on the demo schema with partner 101 and a random secret, and
# exports the KALTURA_* variables so `kaltura call` needs no flags. Sets bin, python, url, secret, work.
bin=${KALTURA_BIN:-$PWD/.build-release/release/kaltura}
python=${KALTURA_PY_VENV:-$PWD/.build-pyclient}/bin/python
schema=$PWD/Sources/KalturaSchema/Resources/demo-schema.xml
secret=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
work=$(mktemp -d)
source Benchmarks/emulator-server.sh
start_server
export KALTURA_SERVICE_URL=$url KALTURA_PARTNER_ID=101 KALTURA_ADMIN_SECRET=$secret XDG_CACHE_HOME=$work/cache
