#!/usr/bin/env bash
# Installs what coopchart needs that is missing, and only that. Safe to run again.
#
#   scripts/install-deps.sh build   # what building and running need: the Debian libraries, pkg-config, the fonts,
#                                   # and the Swift packages of Package.resolved (scripts/quickstart.sh)
#   scripts/install-deps.sh test    # that, and what the tests alone need: the real consumers of the files coopchart
#                                   # writes (poppler, qpdf, pdflatex, LibreOffice, Chromium) and the pinned Python
#                                   # checkers (scripts/test.sh, .ci/run)
#   scripts/install-deps.sh         # the same as test
set -euo pipefail
cd "$(dirname "$0")/.."
scope="${1:-test}"
case "$scope" in
  build|test) ;;
  *) echo "install-deps.sh: unknown scope \"$scope\"; write build or test" >&2; exit 2 ;;
esac

# Building and running: the C libraries coopchart links (with pkg-config, through which SwiftPM finds cairo and
# libxlsxwriter), the fonts it draws with (DejaVu Sans by default; Liberation for Times New Roman and Arial).
build_packages=(pkg-config libcairo2-dev libpng-dev zlib1g-dev libcsv-dev libfreexl-dev libxlsxwriter-dev fonts-dejavu-core fonts-liberation2)
# The tests alone: fonts without Vietnamese letters (URW's Nimbus) for the font-fallback tests, poppler-utils,
# qpdf and pdflatex reading the PDFs, chromium and chromium-driver for the browser test of `coopchart serve`,
# curl for the Debian package's check, wrk for the server's load benchmark.
packages=(fonts-urw-base35 poppler-utils qpdf texlive-latex-base chromium chromium-driver curl wrk)

# Installs those of the named Debian packages that are missing; extra apt-get options come first.
install_missing() {
  local options=() missing=()
  while [ $# -gt 0 ] && [ "${1#-}" != "$1" ]; do options+=("$1"); shift; done
  for package in "$@"; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
  done
  [ ${#missing[@]} -gt 0 ] || return 0
  echo "installing: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${options[@]}" "${missing[@]}" >/dev/null
}
install_missing --no-install-recommends "${build_packages[@]}"

# The Swift packages, at the versions of the committed Package.resolved (the build fails rather than resolve others).
swift package resolve --force-resolved-versions >/dev/null

[ "$scope" = test ] || exit 0

install_missing "${packages[@]}"

# LibreOffice without a display (Writer and Calc), for the tests that convert the Word report to PDF and
# recalculate the scorecard workbook (and Impress, for the conference deck); without recommends, it is the smallest install that does both.
install_missing --no-install-recommends libreoffice-writer-nogui libreoffice-calc-nogui libreoffice-impress-nogui

# Python packages, pinned: the writers that make the workbooks the tests read (Tests/Workbooks/make_workbooks.py),
# the benchmark's peers (openpyxl read-only, pandas.read_excel with python-calamine), and the independent
# readers of what coopchart writes (Tests/OfficeChecks: openpyxl, python-docx, python-pptx, the formulas engine).
python_packages=(XlsxWriter==3.3.1 odfpy==1.4.1 xlwt==1.3.0 openpyxl==3.1.5 msoffcrypto-tool==6.1.0 pandas==3.1.1 python-calamine==0.9.1
                 python-docx==1.2.0 python-pptx==1.0.2 formulas==1.3.4
                 selenium==4.51.0 pillow==13.0.0 pytest==9.0.3)
python_missing=()
for requirement in "${python_packages[@]}"; do
  name="${requirement%%==*}"
  version="${requirement##*==}"
  installed="$( (python3 -m pip show "$name" 2>/dev/null || true) | sed -n 's/^Version: //p')"
  [ "$installed" = "$version" ] || python_missing+=("$requirement")
done
if [ ${#python_missing[@]} -gt 0 ]; then
  echo "installing: ${python_missing[*]}"
  python3 -m pip install --quiet --disable-pip-version-check "${python_missing[@]}"
fi
