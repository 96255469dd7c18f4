#!/usr/bin/env bash
# The layout of the Swift source, by the formatter that ships with the toolchain (`swift format`) and the
# repository's .swift-format (4 spaces, lines up to 160 characters, line breaks kept where they are, no rule
# that rewrites code):
#
#   scripts/format.sh           # formats every Swift file of the repository in place
#   scripts/format.sh --check   # changes nothing; prints what formatting would change and fails if anything
#                               # would (CI runs this)
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-format}"
case "$mode" in
  format|--check) ;;
  *) echo "format.sh: unknown option \"$mode\"; give --check or nothing" >&2; exit 2 ;;
esac
# The repository's Swift files, committed or not (git's ignore rules leave .build and the like out).
mapfile -t files < <(git ls-files --cached --others --exclude-standard -- '*.swift' | while read -r f; do [ -f "$f" ] && echo "$f"; done)
if [ "$mode" = format ]; then
  swift format format --in-place --parallel "${files[@]}"
  echo "format: ${#files[@]} files formatted"
  exit 0
fi
# --check: format a copy, then compare, so the diff shows exactly what `scripts/format.sh` would change.
copy="$(mktemp -d)"
trap 'rm -rf "$copy"' EXIT
printf '%s\0' .swift-format "${files[@]}" | xargs -0 cp --parents -t "$copy"
(cd "$copy" && swift format format --in-place --parallel "${files[@]}")
changed=0
for file in "${files[@]}"; do
  if ! cmp -s "$file" "$copy/$file"; then
    changed=$((changed + 1))
    [ "$changed" -gt 20 ] || diff -u --label "$file" --label "$file (formatted)" "$file" "$copy/$file" | head -n 40 || true
  fi
done
if [ "$changed" -gt 0 ]; then
  echo "format: $changed of ${#files[@]} Swift files are not formatted (the first differences are above); run scripts/format.sh" >&2
  exit 1
fi
echo "format: all ${#files[@]} Swift files are formatted"
