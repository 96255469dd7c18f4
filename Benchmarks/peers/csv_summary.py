#!/usr/bin/env python3
"""The peer of coopchart's ingest benchmark: pandas read_csv plus a groupby sum by province and indicator.

Usage: python3 Benchmarks/peers/csv_summary.py FILE.csv [REPEATS]
Prints one JSON line: {"rows": N, "groups": G, "seconds": best, "rows_per_second": R}.
Only the read and the groupby are timed (not the interpreter start or the pandas import), as on the
Swift side only the reading and summarising are.
"""
import json
import sys
import time

import pandas as pd


def run(path: str) -> tuple[int, int, float]:
    start = time.perf_counter()
    frame = pd.read_csv(path)
    sums = frame.groupby(["province", "indicator"])["value"].sum()
    elapsed = time.perf_counter() - start
    return len(frame), len(sums), elapsed


def main() -> None:
    path = sys.argv[1]
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    best = None
    for _ in range(repeats):
        rows, groups, seconds = run(path)
        best = seconds if best is None else min(best, seconds)
    print(json.dumps({"rows": rows, "groups": groups, "seconds": round(best, 4), "rows_per_second": round(rows / best)}))


if __name__ == "__main__":
    main()
