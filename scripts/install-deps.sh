#!/usr/bin/env bash
# Installs the Debian packages coopchart needs, only those missing. Safe to run again.
set -euo pipefail
packages=(libcairo2-dev libcsv-dev fonts-dejavu-core poppler-utils qpdf texlive-latex-base)
missing=()
for package in "${packages[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "installing: ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
