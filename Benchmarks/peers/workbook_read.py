#!/usr/bin/env python3
"""The peers of coopchart's workbook benchmark: openpyxl in read-only mode (every row's values) and
pandas.read_excel with the calamine engine, on the same .xlsx.

Usage: python3 Benchmarks/peers/workbook_read.py FILE.xlsx [REPEATS]
Prints one JSON line: {"rows": N, "openpyxl_seconds": median, "calamine_seconds": median,
"openpyxl": version, "pandas": version, "python_calamine": version}. Only the reading is timed (not the
interpreter start or the imports), as on the Swift side only DatasetReader.read is.
"""
import json
import statistics
import sys
import time
from importlib.metadata import version

import openpyxl
import pandas as pd


def with_openpyxl(path: str) -> tuple[int, float]:
    start = time.perf_counter()
    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    rows = 0
    for sheet in workbook.worksheets:
        for _ in sheet.iter_rows(values_only=True):
            rows += 1
    workbook.close()
    return rows - 1, time.perf_counter() - start


def with_calamine(path: str) -> tuple[int, float]:
    start = time.perf_counter()
    frames = pd.read_excel(path, engine="calamine", sheet_name=None)
    rows = sum(len(frame) for frame in frames.values())
    return rows, time.perf_counter() - start


def main() -> None:
    path = sys.argv[1]
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    openpyxl_times, calamine_times = [], []
    rows = 0
    for _ in range(repeats):
        rows, seconds = with_openpyxl(path)
        openpyxl_times.append(seconds)
        rows, seconds = with_calamine(path)
        calamine_times.append(seconds)
    print(json.dumps({"rows": rows, "openpyxl_seconds": round(statistics.median(openpyxl_times), 4),
                      "calamine_seconds": round(statistics.median(calamine_times), 4),
                      "openpyxl": openpyxl.__version__, "pandas": pd.__version__, "python_calamine": version("python-calamine")}))


if __name__ == "__main__":
    main()
