#!/usr/bin/env bash
# Fuzzes every parser with libFuzzer and AddressSanitizer for SECONDS each (default 60), and fails
# on any crash, trap, sanitizer report, leak or hang, printing the input that caused it.
#
#   scripts/fuzz.sh                      # every target, 60 s each
#   scripts/fuzz.sh 3600 formula         # one target for an hour
#   FUZZ_JOBS=1 scripts/fuzz.sh 30       # one target at a time (default: one per CPU)
#
# Targets are Fuzz/Targets/<name>.swift; seeds are Fuzz/corpus/<name>/ (committed). Inputs the
# fuzzer finds interesting accumulate in Fuzz/work/corpus/<name>/, so longer runs resume where the
# last one stopped; crashing inputs are written to Fuzz/crashes/. Both folders are gitignored.
#
# Why not `swift build` for the targets themselves: SwiftPM links executables with their own `main`,
# which clashes with libFuzzer's. So SwiftPM builds the library modules with fuzzer and address
# instrumentation into .build-fuzz, and each target is compiled and linked against those objects here.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-60}"
shift || true
case "$seconds" in
  ''|*[!0-9]*) echo "fuzz.sh: SECONDS must be a whole number of seconds, such as 60 (got \"$seconds\")" >&2; exit 2 ;;
esac
jobs="${FUZZ_JOBS:-$(nproc)}"
# Release: -O keeps Swift's overflow and bounds checks (only assert() goes, and the parsers use
# none) and runs 1.5 to 3 times the executions of a debug build, for about 40 s more building.
configuration="${FUZZ_CONFIGURATION:-release}"
scratch=.build-fuzz

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  for file in Fuzz/Targets/*.swift; do targets+=("$(basename "$file" .swift)"); done
fi
for target in "${targets[@]}"; do
  [ -f "Fuzz/Targets/$target.swift" ] || { echo "fuzz.sh: no target Fuzz/Targets/$target.swift" >&2; exit 2; }
done

# --- build ---------------------------------------------------------------------------------------
scripts/install-deps.sh build
build_start=$SECONDS
echo "fuzz: building CoopAnalytics ($configuration) with -sanitize=fuzzer,address into $scratch"
# The C module CYaml (libyaml) is instrumented too, so the scheme target's coverage includes the YAML parser.
# Only CoopAnalytics and what it depends on are built (nothing of the server, and no target that uses a
# build-tool plugin: the plugin's tool, built with these flags, would not link).
swift build --scratch-path "$scratch" -c "$configuration" --target CoopAnalytics --force-resolved-versions \
  -Xswiftc -sanitize=fuzzer,address -Xcc -fsanitize=fuzzer-no-link,address
products="$scratch/$configuration"
# CoopAnalytics and what it depends on; a new dependency of CoopAnalytics must be added here.
objects=()
for module in CoopAnalytics CoopFormatting CoopWorkbook ZIPFoundation Yams CYaml; do
  while IFS= read -r object; do objects+=("$object"); done < <(find "$products/$module.build" -name '*.o' | sort)
done

mkdir -p Fuzz/work/bin Fuzz/work/logs Fuzz/crashes
optimization=$([ "$configuration" = release ] && echo -O || echo -Onone)
for target in "${targets[@]}"; do
  swiftc "$optimization" -g -sanitize=fuzzer,address -parse-as-library -use-ld=lld \
    -module-name "$(echo "$target" | tr -d -- '-')Fuzz" \
    -I "$products/Modules" -I Sources/CCSV -I Sources/CFreeXL -I "$scratch/checkouts/Yams/Sources/CYaml/include" \
    -I "$scratch/checkouts/ZIPFoundation/Sources/CZLib" -I Sources/CInflate \
    "Fuzz/Targets/$target.swift" "${objects[@]}" -lcsv -lfreexl -lz -lFoundationXML \
    -o "Fuzz/work/bin/$target"
done
build_seconds=$((SECONDS - build_start))
echo "fuzz: built ${#targets[@]} targets in ${build_seconds}s"

# --- run -----------------------------------------------------------------------------------------
# Swift's own crash backtracer reads the crashed process's memory in a way AddressSanitizer reports
# as a heap-buffer-overflow, hiding the real trap; without it libFuzzer prints the trap
# ("Swift runtime failure: Index out of range") with the file and line.
export SWIFT_BACKTRACE=enable=no
# Leaks kept by system and third-party libraries (each explained in the file); coopchart's own are reported.
export LSAN_OPTIONS="suppressions=$PWD/Fuzz/Suppressions/lsan.txt:print_suppressions=0"
run_target() {
  local target="$1"
  local corpus="Fuzz/work/corpus/$target"
  local options=(-max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1
                 -artifact_prefix="Fuzz/crashes/$target-")
  [ -f "Fuzz/Dictionaries/$target.dict" ] && options+=(-dict="Fuzz/Dictionaries/$target.dict")
  mkdir -p "$corpus"
  # New inputs go to the first folder (work, gitignored); the committed seeds are only read.
  "Fuzz/work/bin/$target" "${options[@]}" "$corpus" "Fuzz/corpus/$target" >"Fuzz/work/logs/$target.log" 2>&1
}

echo "fuzz: running ${#targets[@]} targets for ${seconds}s each, $jobs at a time"
# Each run records its exit status in a file: the jobs finish in any order.
for target in "${targets[@]}"; do
  while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do wait -n || true; done
  rm -f "Fuzz/work/logs/$target.status"
  ( set +e; run_target "$target"; echo $? >"Fuzz/work/logs/$target.status" ) &
done
wait

# --- report --------------------------------------------------------------------------------------
failed=0
printf '\n%-18s %12s %10s  %s\n' target executions "exec/s" result
for target in "${targets[@]}"; do
  log="Fuzz/work/logs/$target.log"
  executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  code=$(cat "Fuzz/work/logs/$target.status" 2>/dev/null || echo "no status")
  if [ "$code" = 0 ]; then
    result=ok
  else
    result="FAILED (exit $code)"
    failed=1
  fi
  printf '%-18s %12s %10s  %s\n' "$target" "${executions:-?}" "${rate:-?}" "$result"
done
for target in "${targets[@]}"; do
  [ "$(cat "Fuzz/work/logs/$target.status" 2>/dev/null)" != 0 ] || continue
  log="Fuzz/work/logs/$target.log"
  echo
  echo "=== $target: the report in $log ==="
  # From libFuzzer's or the sanitizer's first ERROR line: the kind of failure and the stack, our frames included.
  if grep -q "ERROR: " "$log"; then
    awk '/ERROR: / { found = 1 } found && shown < 45 { print; shown++ }' "$log"
  else
    tail -n 40 "$log"
  fi
  sed -n 's/.*Test unit written to \(.*\)$/crashing input: \1  (reproduce: Fuzz\/work\/bin\/'"$target"' \1)/p' "$log"
done
exit "$failed"
