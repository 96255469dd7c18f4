#!/usr/bin/env bash
# Quick start: install what is missing, build, and write the sample charts into demo-output/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
# --static-swift-stdlib: the Swift runtime and Foundation linked in, so each run skips ~16 ms of dynamic
# linking (BENCHMARKS.md, "PNG as a whole process").
swift build -c release --static-swift-stdlib --product coopchart
.build/release/coopchart demo -o demo-output
echo "open demo-output/ to see the charts; .build/release/coopchart --help for the commands"
echo "or run .build/release/coopchart serve and open http://127.0.0.1:8080/ to use it in a browser"
