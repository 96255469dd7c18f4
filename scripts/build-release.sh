#!/usr/bin/env bash
# The release build of the two programs users run, stripped, with their debug information kept beside them:
#
#   .build/release/coopchart              the command line (charts, tables, rankings, reports, workbooks)
#   .build/release/coopchart-serve        `coopchart serve`, the browser app, started by `coopchart serve`
#   .build/release/coopchart.debug        their DWARF and symbol tables, for crash reports: gdb finds them
#   .build/release/coopchart-serve.debug  by the binaries' build id or debug link (scripts/package-deb.sh
#                                         installs them under /usr/lib/debug in coopchart-dbgsym)
#
# --static-swift-stdlib: the Swift runtime and Foundation linked in, so a run skips dynamic linking of ~50
# shared objects (BENCHMARKS.md, "PNG as a whole process"). --force-resolved-versions: the versions of the
# committed Package.resolved, or the build fails.
set -euo pipefail
cd "$(dirname "$0")/.."
products=(coopchart coopchart-serve)
for product in "${products[@]}"; do
  swift build -c release --static-swift-stdlib --force-resolved-versions --product "$product"
done
folder=.build/release
for product in "${products[@]}"; do
  binary="$folder/$product"
  # A binary stripped by an earlier run (SwiftPM relinks one it finds changed, so this is rarely the case)
  # has no debug information left to keep: its .debug file from that run stays as it is.
  sections="$(readelf -S "$binary")"
  if [[ "$sections" == *.debug_info* ]]; then
    objcopy --only-keep-debug --compress-debug-sections=zlib "$binary" "$binary.debug"
    chmod a-x "$binary.debug"
    objcopy --strip-all --add-gnu-debuglink="$binary.debug" "$binary"
  fi
  printf '%-20s %6s MB   debug information %6s MB (%s.debug)\n' "$product" \
    "$(du -m "$binary" | cut -f1)" "$(du -m "$binary.debug" | cut -f1)" "$binary"
done
