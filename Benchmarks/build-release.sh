#!/usr/bin/env bash
# Builds the release binaries the benchmarks measure, in both link modes, and prints their folders:
#   dynamic: swift build -c release (the Swift runtime and Foundation as shared libraries)
#   static:  the same with --static-swift-stdlib (one binary; how a CLI is best shipped on Linux)
# The static link of FoundationNetworking needs a `libcurl.so` to link against; Debian ships it only
# in a -dev package, so when it is missing a symlink to the runtime libcurl.so.4 is made in the
# scratch folder (nothing is installed).
set -euo pipefail
cd "$(dirname "$0")/.."
products=(kaltura kaltura-schema-benchmark kaltura-benchmarks)

for product in "${products[@]}"; do
  swift build -c release --scratch-path .build-release --product "$product" >&2
done

link_dir=$PWD/.build-release-static/link
mkdir -p "$link_dir"
if ! ldconfig -p | grep -q 'libcurl\.so '; then
  runtime=$(ldconfig -p | awk '/libcurl\.so\.4 / {print $NF; exit}')
  [[ -n $runtime ]] || { echo "no libcurl.so.4 on this machine" >&2; exit 1; }
  ln -sf "$runtime" "$link_dir/libcurl.so"
fi
for product in "${products[@]}"; do
  swift build -c release --static-swift-stdlib --scratch-path .build-release-static -Xlinker -L"$link_dir" \
    --product "$product" >&2
done
echo "dynamic: $PWD/.build-release/release"
echo "static:  $PWD/.build-release-static/release"
