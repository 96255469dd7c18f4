#!/usr/bin/env bash
# The generated-tables property over many seeds: every office table the generator writes (.xlsx by
# XlsxWriter, openpyxl and LibreOffice, .ods, .xls, CSV) is read exactly by coopchart, or refused at a
# cell the generator made unreadable; exit 0 with any other figure fails. The test suite runs 200 seeds;
# this runs as many as asked, on the release build.
#
#   scripts/generated-tables.sh 5000            # seeds 1–5000
#   scripts/generated-tables.sh 2000 10001      # seeds 10001–12000
#   KEEP=Tests/Workbooks/Generated scripts/generated-tables.sh 5000   # keep each failure as a fixture
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-2000}"
first="${2:-1}"
case "$count$first" in ''|*[!0-9]*) echo "generated-tables.sh: COUNT and FIRST are whole numbers" >&2; exit 2 ;; esac
scripts/install-deps.sh
swift build -c release --product coopchart >/dev/null
binary="$(swift build -c release --show-bin-path)/coopchart"
last=$((first + count - 1))
keep=()
[ -n "${KEEP:-}" ] && keep=(--keep-failures "$KEEP")
# Generate and convert in batches, so a long run shows progress and LibreOffice's batches stay small.
batch=500
failed=0
start=$SECONDS
for ((from = first; from <= last; from += batch)); do
  to=$((from + batch - 1)); [ $to -gt $last ] && to=$last
  python3 Tests/Workbooks/generated_tables.py --coopchart "$binary" --seeds "$from-$to" "${keep[@]}" | tee /tmp/generated-tables-$$.log | grep -v '^     ' || true
  grep -q ' 0 failed' /tmp/generated-tables-$$.log || failed=1
done
rm -f /tmp/generated-tables-$$.log
echo "seeds $first–$last in $((SECONDS - start)) s: $([ $failed = 0 ] && echo 'all passed' || echo 'FAILURES above')"
exit $failed
