#!/usr/bin/env bash
# Quick start: install what building and running need (nothing the tests alone need), build, and write the
# sample charts into demo-output/. Then the browser app, `coopchart serve`, is built too.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh build
# The command line first, so the charts are there before the browser app is built.
swift build -c release --static-swift-stdlib --force-resolved-versions --product coopchart
.build/release/coopchart demo -o demo-output
echo "quickstart: the sample charts are in demo-output/; .build/release/coopchart --help lists the commands"
echo "quickstart: building the browser app (coopchart serve)…"
scripts/build-release.sh
echo "quickstart: run .build/release/coopchart serve and open http://127.0.0.1:8080/ to use it in a browser"
