#!/usr/bin/env python3
"""Reads coopchart's scorecard workbooks back with independent software and compares them with
coopchart's own CSV (rank,code,province,total,<criterion ids…>,adjustments,award,flags).

  check_scorecard.py cached WORKBOOK CSV      openpyxl: point, total and rank cells hold formulas;
                                              their cached values equal the CSV (to 0.01)
  check_scorecard.py formulas WORKBOOK CSV    the `formulas` package recalculates every formula;
                                              totals, points and ranks equal the CSV (to 0.01)
  check_scorecard.py libreoffice OUTDIR WORKBOOK CSV [WORKBOOK CSV …]
                                              cached values stripped (openpyxl), then LibreOffice
                                              headless recalculates and exports the first sheet
                                              as CSV, in one soffice run for all workbooks
  check_scorecard.py edit WORKBOOK INDICATOR PERIOD CODE VALUE EDITED
                                              on the data sheet, finds the one column that holds
                                              INDICATOR's figures for PERIOD (an error if there is
                                              none or more than one: each raw figure is held once)
                                              and the row of province CODE, writes VALUE there and
                                              saves EDITED (openpyxl drops every cached value, so a
                                              recalculation of EDITED computes everything anew)

Prints one line per mismatch and exits 1 if there is any; prints "ok N" otherwise.
"""
import csv, os, subprocess, warnings

import office_check

warnings.filterwarnings("ignore")
HEADER_ROW = 4          # 1-based row of the scorecard's header
FIRST_ROW = 5


def expected(csv_path):
    with open(csv_path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    header, body = rows[0], rows[1:]
    criteria = header[4:header.index("adjustments")]
    return criteria, [dict(zip(header, row)) for row in body]


def layout(sheet_rows, criteria):
    """Column index (0-based) of rank, code, each criterion's points, total, award, from the header."""
    header = [str(v) if v is not None else "" for v in sheet_rows[HEADER_ROW - 1]]
    columns = {"rank": 0, "code": 1, "province": 2}
    for i, cid in enumerate(criteria):
        columns[cid] = 3 + i
    columns["adjustments"] = 3 + len(criteria)
    columns["total"] = columns["adjustments"] + 1
    columns["award"] = columns["total"] + 1
    return columns


def compare(label, got_rows, criteria, want, problems):
    columns = layout(got_rows, criteria)
    by_code = {}
    for row in got_rows[FIRST_ROW - 1:FIRST_ROW - 1 + len(want)]:
        by_code[str(row[columns["code"]])] = row
    for w in want:
        row = by_code.get(w["code"])
        if row is None:
            problems.append(f"{label}: no row for {w['code']} {w['province']}")
            continue
        for key in ["rank", "total"] + criteria + ["adjustments"]:
            value = row[columns[key]]
            try:
                number = float(value)
            except (TypeError, ValueError):
                problems.append(f"{label}: {w['province']} {key} is {value!r}, not a number")
                continue
            if abs(number - float(w[key])) > 0.005 + 1e-9:
                problems.append(f"{label}: {w['province']} {key} = {number} but coopchart says {w[key]}")
        award = row[columns["award"]] or ""
        if str(award) != w["award"]:
            problems.append(f"{label}: {w['province']} award {award!r} but coopchart says {w['award']!r}")


def cached(workbook, csv_path, problems):
    import openpyxl
    criteria, want = expected(csv_path)
    formulas_book = openpyxl.load_workbook(workbook)
    values_book = openpyxl.load_workbook(workbook, data_only=True)
    sheet = formulas_book.worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    columns = layout(rows, criteria)
    for r in range(FIRST_ROW - 1, FIRST_ROW - 1 + len(want)):
        for key in ["rank", "total"] + criteria:
            value = rows[r][columns[key]]
            if not (isinstance(value, str) and value.startswith("=")):
                problems.append(f"{workbook}: row {r + 1} {key} holds {value!r}, not a formula")
    compare(workbook, list(values_book.worksheets[0].iter_rows(values_only=True)), criteria, want, problems)
    return len(want)


def recalculated(workbook, csv_path, problems):
    import formulas, openpyxl
    criteria, want = expected(csv_path)
    book = openpyxl.load_workbook(workbook)
    sheet = book.worksheets[0]
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    model = formulas.ExcelModel().loads(workbook).finish()
    solution = model.calculate()
    name = os.path.basename(workbook).upper()
    prefix = f"'[{name}]{sheet.title.upper()}'!"
    for key, value in solution.items():
        if not key.upper().startswith(prefix) or ":" in key:
            continue
        cell = key[len(prefix):]
        column = 0
        letters = "".join(ch for ch in cell if ch.isalpha())
        for ch in letters:
            column = column * 26 + ord(ch) - 64
        row = int(cell[len(letters):])
        result = value.value[0][0] if hasattr(value, "value") else value
        if hasattr(result, "item"):
            result = result.item()
        if row - 1 < len(rows) and column - 1 < len(rows[row - 1]):
            rows[row - 1][column - 1] = result
    compare(f"{workbook} (formulas)", rows, criteria, want, problems)
    return len(want)


def libreoffice(outdir, pairs, problems):
    import openpyxl
    profile = os.path.join(outdir, "lo-profile")
    os.makedirs(os.path.join(profile, "user"), exist_ok=True)
    with open(os.path.join(profile, "user", "registrymodifications.xcu"), "w") as handle:
        handle.write('<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" '
                     'xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
                     '<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse">'
                     '<value>0</value></prop></item>\n</oor:items>\n')
    stripped = []
    for index, (workbook, _) in enumerate(pairs):
        # openpyxl keeps the formulas and drops every cached value: what LibreOffice shows, it computed.
        path = os.path.join(outdir, f"stripped{index}.xlsx")
        openpyxl.load_workbook(workbook).save(path)
        stripped.append(path)
    command = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
               "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,1",
               "--outdir", outdir] + stripped
    run = subprocess.run(command, capture_output=True, text=True, timeout=240)
    count = 0
    for index, (workbook, csv_path) in enumerate(pairs):
        # LibreOffice names the file after the workbook, with or without "-<sheet name>".
        found = sorted(f for f in os.listdir(outdir) if f.startswith(f"stripped{index}") and f.endswith(".csv"))
        exported = os.path.join(outdir, found[0]) if found else ""
        if not exported:
            problems.append(f"{workbook}: LibreOffice wrote no CSV ({run.stdout} {run.stderr})")
            continue
        with open(exported, encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
        criteria, want = expected(csv_path)
        compare(f"{workbook} (LibreOffice)", rows, criteria, want, problems)
        count += len(want)
    return count


def edit(workbook, indicator, period, code, value, edited, problems):
    import openpyxl
    book = openpyxl.load_workbook(workbook)
    data = book.worksheets[1]
    header = [str(cell.value or "") for cell in data[HEADER_ROW]]
    # A figure's header reads "new_htx\n2017\n(criteria: a, e, h)": its indicator, then its period.
    columns = [i for i, text in enumerate(header) if text.split("\n")[:2] == [indicator, period]]
    if len(columns) != 1:
        problems.append(f"{workbook}: {len(columns)} columns hold {indicator} {period} on the data sheet {data.title!r} "
                        f"(headers {header}); each raw figure must be held exactly once")
        return 0
    rows = [r for r in range(FIRST_ROW, data.max_row + 1) if str(data.cell(row=r, column=1).value) == code]
    if len(rows) != 1:
        problems.append(f"{workbook}: {len(rows)} rows for province {code} on the data sheet")
        return 0
    data.cell(row=rows[0], column=columns[0] + 1).value = float(value)
    book.save(edited)
    return 1


if __name__ == "__main__":
    office_check.main({
        "cached": lambda args, problems: cached(args[0], args[1], problems),
        "formulas": lambda args, problems: recalculated(args[0], args[1], problems),
        "libreoffice": lambda args, problems: libreoffice(args[0], list(zip(args[1::2], args[2::2])), problems),
        "edit": lambda args, problems: edit(*args, problems),
    })
