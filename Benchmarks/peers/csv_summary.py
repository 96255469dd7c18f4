#!/usr/bin/env python3
"""The peer of coopchart's ingest benchmark: pandas read_csv plus a groupby sum by province and indicator.

Usage: python3 Benchmarks/peers/csv_summary.py FILE.csv [REPEATS]
Prints one JSON line: {"rows": N, "groups": G, "seconds": median, "best": best, "cpu_seconds": median CPU
time of all threads, "rows_per_second": R, "pandas": version}, R from the median. Only the read and the groupby are timed (not the interpreter start
or the pandas import), as on the Swift side only the reading and summarising are.
"""
import json
import statistics
import sys
import time

import pandas as pd


def run(path: str) -> tuple[int, int, float, float]:
    start, cpu = time.perf_counter(), time.process_time()
    frame = pd.read_csv(path)
    sums = frame.groupby(["province", "indicator"])["value"].sum()
    elapsed = time.perf_counter() - start
    return len(frame), len(sums), elapsed, time.process_time() - cpu


def main() -> None:
    path = sys.argv[1]
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    times, cpus = [], []
    for _ in range(repeats):
        rows, groups, seconds, cpu = run(path)
        times.append(seconds)
        cpus.append(cpu)
    median = statistics.median(times)
    print(json.dumps({"rows": rows, "groups": groups, "seconds": round(median, 4), "best": round(min(times), 4),
                      "cpu_seconds": round(statistics.median(cpus), 4), "rows_per_second": round(rows / median),
                      "pandas": pd.__version__}))


if __name__ == "__main__":
    main()
