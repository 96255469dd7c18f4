#!/usr/bin/env python3
"""Writes the workbook of coopchart's workbook benchmark: the rows of a long CSV as an .xlsx sheet
(numbers as number cells, texts as shared strings), with XlsxWriter, as Excel would save it.

Usage: python3 Benchmarks/peers/workbook_write.py IN.csv OUT.xlsx
Prints one JSON line: {"rows": N, "bytes": size of OUT.xlsx, "xlsxwriter": version}.
"""
import csv
import json
import os
import sys

import xlsxwriter


def main() -> None:
    source, target = sys.argv[1], sys.argv[2]
    workbook = xlsxwriter.Workbook(target, {"constant_memory": False})
    sheet = workbook.add_worksheet("Số liệu")
    rows = 0
    with open(source, encoding="utf-8") as handle:
        for index, row in enumerate(csv.reader(handle)):
            cells = []
            for cell in row:
                try:
                    cells.append(int(cell) if cell.isdigit() else float(cell) if index > 0 and cell.replace(".", "", 1).isdigit() else cell)
                except ValueError:
                    cells.append(cell)
            sheet.write_row(index, 0, cells)
            rows = index
    workbook.close()
    print(json.dumps({"rows": rows, "bytes": os.path.getsize(target), "xlsxwriter": xlsxwriter.__version__}))


if __name__ == "__main__":
    main()
