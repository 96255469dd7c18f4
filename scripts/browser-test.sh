#!/usr/bin/env bash
# The browser test: `coopchart serve` on a free loopback port, driven by Selenium in Debian's headless
# Chromium through the four steps (upload, chart, ranking, report); the server is stopped with SIGTERM
# and must exit cleanly. Screenshots of each step go to docs/browser/ (COOPCHART_SCREENSHOTS elsewhere).
#
#   scripts/browser-test.sh                 # with the debug build (.build/debug/coopchart)
#   COOPCHART_BINARY=.build/release/coopchart scripts/browser-test.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export COOPCHART_BINARY="${COOPCHART_BINARY:-$PWD/.build/debug/coopchart}"
# `coopchart serve` starts coopchart-serve from the same folder: both are built.
if [ ! -x "$COOPCHART_BINARY" ] || [ ! -x "$(dirname "$COOPCHART_BINARY")/coopchart-serve" ]; then
  swift build --force-resolved-versions --product coopchart
  swift build --force-resolved-versions --product coopchart-serve
fi
# No browser, no test: CI must fail here, not skip (scripts/install-deps.sh installs both).
for tool in /usr/bin/chromium /usr/bin/chromedriver; do
  [ -x "$tool" ] || { echo "browser-test: $tool is missing; run scripts/install-deps.sh (Debian packages chromium, chromium-driver)" >&2; exit 1; }
done
python3 -c 'import selenium, PIL, pytest' 2>/dev/null || { echo "browser-test: Selenium, Pillow or pytest is missing; run scripts/install-deps.sh" >&2; exit 1; }
# Selenium is told where chromedriver is: it must not look for (or download) a driver of its own.
export SE_OFFLINE=true
python3 -m pytest -q -p no:cacheprovider Tests/Browser/test_browser.py
