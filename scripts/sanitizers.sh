#!/usr/bin/env bash
# The test suite under AddressSanitizer (with LeakSanitizer), then under ThreadSanitizer; fails on
# any report or failing test. Each sanitizer builds into its own scratch path, so neither disturbs
# the ordinary .build.
#
#   scripts/sanitizers.sh            # both
#   scripts/sanitizers.sh address    # one of them: address or thread
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh

sanitizers=("$@")
[ ${#sanitizers[@]} -gt 0 ] || sanitizers=(address thread)
mkdir -p Fuzz/work/logs

# The tests are Swift Testing tests; --disable-xctest skips the empty XCTest pass, whose harness
# leaks its own suite objects at exit.
#
# ASan: fast_unwind_on_malloc=0 records whole stacks for allocations made inside system libraries
# built without frame pointers (fontconfig, cairo), so the suppressions in Fuzz/Suppressions/lsan.txt
# can match them; without it those leaks arrive with no frames and could only be silenced wholesale.
# TSan: halt_on_error=0 lists every race before failing; the exit status is non-zero on any report.
# A Swift trap (overflow, index out of range) is SIGILL: handle_sigill makes ASan print its stack.
# Swift's own crash backtracer is turned off because ASan reports its reading of the crashed
# process's memory as a heap-buffer-overflow, which would hide the real trap.
export SWIFT_BACKTRACE=enable=no
export ASAN_OPTIONS="detect_leaks=1:fast_unwind_on_malloc=0:strict_string_checks=1:detect_stack_use_after_return=1:handle_sigill=1"
export LSAN_OPTIONS="suppressions=$PWD/Fuzz/Suppressions/lsan.txt:print_suppressions=0"
export TSAN_OPTIONS="halt_on_error=0:second_deadlock_stack=1"

failed=0
for sanitizer in "${sanitizers[@]}"; do
  case "$sanitizer" in
    address|thread) ;;
    *) echo "sanitizers.sh: unknown sanitizer \"$sanitizer\"; write address or thread" >&2; exit 2 ;;
  esac
  scratch=".build-$([ "$sanitizer" = address ] && echo asan || echo tsan)"
  log="Fuzz/work/logs/tests-$sanitizer.log"
  start=$SECONDS
  echo "sanitizers: building the tests with --sanitize=$sanitizer into $scratch"
  # The system linker warns once per ASan helper symbol; the build's output is kept for a failure only.
  if ! swift build --build-tests --force-resolved-versions --scratch-path "$scratch" --sanitize="$sanitizer" >"Fuzz/work/logs/build-$sanitizer.log" 2>&1; then
    grep -E "error:" "Fuzz/work/logs/build-$sanitizer.log" | head -n 40 || tail -n 40 "Fuzz/work/logs/build-$sanitizer.log"
    echo "sanitizers: the $sanitizer build failed; the whole output is in Fuzz/work/logs/build-$sanitizer.log"
    exit 1
  fi
  echo "sanitizers: running the tests under --sanitize=$sanitizer (log: $log)"
  status=0
  # Both sanitizers run the in-process suites. The command-line suites (CoopchartCLITests: the bad-input corpus,
  # whole reports, workbooks, Word files and decks, every command's every message) start the sanitized binary
  # once or more per test; under AddressSanitizer they alone took 40 of CI's 90 minutes. What they drive runs
  # sanitized here in the in-process suites (the readers and their threads, the figures and their completeness,
  # the report and its pages, the workbooks, the Word files, the decks, the scoring, ParallelWork) and in the
  # fuzz targets (scripts/fuzz.sh); they run in full, unsanitized, in scripts/test.sh, as do the server's tests
  # (its code is built here too, one manifest).
  skips=(--skip CoopServerTests --skip 'CoopchartCLITests\.')
  # Under AddressSanitizer the completeness property over every chart kind at 63 units is the last test running
  # by minutes (pure layout arithmetic, run in scripts/test.sh and under ThreadSanitizer).
  if [ "$sanitizer" = address ]; then skips+=(--skip everyUnitIsDrawn); fi
  swift test --skip-build --disable-xctest --scratch-path "$scratch" --sanitize="$sanitizer" \
    "${skips[@]}" >"$log" 2>&1 || status=$?
  # A report that did not end the process (or a test runner that swallowed its status) still fails the run.
  reports=$(grep -cE "^(==[0-9]+==)?(ERROR|WARNING): (AddressSanitizer|LeakSanitizer|ThreadSanitizer)" "$log" || true)
  summary=$(grep -E "Test run with [0-9]+ tests" "$log" | tail -1 || true)
  echo "sanitizers: $sanitizer: ${summary:-no test summary}; $reports sanitizer report(s); exit $status; $((SECONDS - start))s"
  if [ "$status" -ne 0 ] || [ "$reports" -ne 0 ]; then
    failed=1
    grep -nE "SUMMARY: |(ERROR|WARNING): (Address|Leak|Thread)Sanitizer|✘" "$log" | head -n 40 || true
    echo "sanitizers: $sanitizer FAILED; the whole report is in $log"
  fi
done
exit "$failed"
