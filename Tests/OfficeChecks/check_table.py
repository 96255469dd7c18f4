#!/usr/bin/env python3
"""Reads coopchart's table workbooks and Excel-style CSV back with independent software.

  check_table.py workbook FILE.xlsx HEADER NUMERIC[;NUMERIC…]
      openpyxl: the row whose first cell is HEADER is the header; the header is frozen and filtered;
      every non-empty cell of the NUMERIC columns is a number (never text); a value whose qualifier
      is not exact shows ≈ > < through its number format.
  check_table.py csv-vi EXCEL.csv RFC4180.csv
      the Excel-Vietnamese file (BOM, ";" between fields, decimal comma) holds exactly the numbers
      and texts of the RFC 4180 file.

Prints one line per problem and exits 1 if there is any; prints "ok N" otherwise.
"""
import csv, warnings

import office_check

warnings.filterwarnings("ignore")


def workbook(path, header, numeric, problems):
    import openpyxl
    sheet = openpyxl.load_workbook(path).worksheets[0]
    rows = list(sheet.iter_rows())
    start = next((i for i, row in enumerate(rows) if row[0].value == header), None)
    if start is None:
        problems.append(f"no header row starting with {header!r}")
        return 0
    names = [c.value for c in rows[start]]
    if sheet.freeze_panes != f"A{start + 2}":
        problems.append(f"frozen at {sheet.freeze_panes}, not below the header (A{start + 2})")
    if not sheet.auto_filter.ref or not sheet.auto_filter.ref.startswith(f"A{start + 1}:"):
        problems.append(f"no autofilter on the header (ref {sheet.auto_filter.ref})")
    count = 0
    qualifier = next((i for i, n in enumerate(names) if n in ("Mức độ", "Qualifier")), None)
    for row in rows[start + 1:]:
        if all(c.value is None for c in row):
            break
        for name in numeric:
            cell = row[names.index(name)]
            if cell.value is None:
                continue
            count += 1
            if not isinstance(cell.value, (int, float)):
                problems.append(f"{cell.coordinate} ({name}) holds {cell.value!r}, not a number")
        if qualifier is not None and row[qualifier].value:
            mark = row[qualifier].value[0]
            value = row[names.index(numeric[0])]
            if mark in "≈><" and mark not in (value.number_format or ""):
                problems.append(f"{value.coordinate} is {row[qualifier].value!r} but shows as {value.number_format!r}")
    return count


def csv_vi(excel, plain, problems):
    raw = open(excel, "rb").read()
    if not raw.startswith(b"\xef\xbb\xbf"):
        problems.append("no UTF-8 byte-order mark")
    with open(excel, encoding="utf-8-sig", newline="") as handle:
        vi_rows = list(csv.reader(handle, delimiter=";"))
    with open(plain, encoding="utf-8-sig", newline="") as handle:
        rfc_rows = list(csv.reader(handle))
    if len(vi_rows) != len(rfc_rows):
        problems.append(f"{len(vi_rows)} rows against {len(rfc_rows)}")
    count = 0
    for line, (a, b) in enumerate(zip(vi_rows, rfc_rows), start=1):
        if len(a) != len(b):
            problems.append(f"line {line}: {len(a)} fields against {len(b)}")
            continue
        for x, y in zip(a, b):
            try:
                number = float(y)
            except ValueError:
                if x != y:
                    problems.append(f"line {line}: {x!r} against {y!r}")
                continue
            count += 1
            if "." in x or float(x.replace(",", ".")) != number:
                problems.append(f"line {line}: {x!r} is not {y!r} with a decimal comma")
    return count


if __name__ == "__main__":
    office_check.main({
        "workbook": lambda args, problems: workbook(args[0], args[1], args[2].split(";"), problems),
        "csv-vi": lambda args, problems: csv_vi(args[0], args[1], problems),
    })
