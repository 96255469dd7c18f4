#!/usr/bin/env bash
# Quick start: install what is missing, build, and write the sample charts into demo-output/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
swift build -c release --product coopchart
.build/release/coopchart demo -o demo-output
echo "open demo-output/ to see the charts; .build/release/coopchart --help for the commands"
echo "or run .build/release/coopchart serve and open http://127.0.0.1:8080/ to use it in a browser"
