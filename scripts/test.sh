#!/usr/bin/env bash
# The whole test suite: unit, layout, golden-image and real-consumer tests (pdftotext, pdffonts, qpdf,
# LibreOffice, openpyxl, python-docx), then the browser app in a real browser (headless Chromium driven by
# Selenium). Installs the test-time consumers first when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh test
swift build --build-tests --force-resolved-versions
swift test --skip-build
scripts/browser-test.sh
