"""What every office check shares: one mode per run, named by the first argument, that appends a line to
`problems` for each problem it finds and returns how many things it checked.

The check prints those lines and exits 1 if there is any; otherwise it prints "ok N" ("ok" alone for a
check that does not report its count).
"""
import sys


def main(modes, counted=True):
    """Runs the mode named by sys.argv[1]: `modes` maps its name to a function of the remaining arguments
    and the problems list."""
    mode, problems = sys.argv[1], []
    if mode not in modes:
        sys.exit(f"unknown mode {mode}")
    count = modes[mode](sys.argv[2:], problems)
    for problem in problems:
        print(problem)
    if problems:
        sys.exit(1)
    print(f"ok {count}" if counted else "ok")
