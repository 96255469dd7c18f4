#!/usr/bin/env bash
# The whole test suite: unit, layout, golden-image and real-consumer tests (pdftotext, pdffonts, qpdf,
# LibreOffice, openpyxl, python-docx), then the browser app in a real browser (headless Chromium driven by
# Selenium). Installs the test-time consumers first when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh test
swift build --build-tests --force-resolved-versions
# The server's tests in a process of their own, after the rest: their slow clients, timeouts and SIGTERM
# depend on the server being served by the process's threads, which the command-line tests (each waiting
# for a child process) and LibreOffice would otherwise hold on a small machine.
swift test --skip-build --skip CoopServerTests
swift test --skip-build --filter CoopServerTests
scripts/browser-test.sh
