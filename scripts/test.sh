#!/usr/bin/env bash
# The whole test suite: unit, layout, golden-image and real-consumer tests (pdftotext, pdffonts, qpdf),
# then the browser app in a real browser (headless Chromium driven by Selenium).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
swift build --build-tests
swift test --skip-build
scripts/browser-test.sh
