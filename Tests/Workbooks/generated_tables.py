#!/usr/bin/env python3
"""Generated office tables: the property that coopchart reads every table exactly, or refuses it at a
cell of the table; exit 0 with any other figure fails.

For each seed a table is generated as provincial offices and the statistics office lay them out,
combining layout features at random: title rows (with or without the period), STT, a code column beside
the name or instead of it, names with or without diacritics, in capitals, with "Tỉnh"/"TP." prefixes,
super- and sub-headers (merged in workbooks), a column-number row, a units row, totals at the top
("TỔNG SỐ", merged across STT and name) or at the bottom ("Tổng cộng"), regions as headings with "Cộng"
subtotals, provinces that did not report, hidden and filtered rows (read with a warning, or left out
with --visible-only), comparison, part ("Trong đó") and estimate ("Ước") columns, percent cells, years as
date cells, formulas with and without saved results, a second table under the first, a sheet per
period, signature blocks and notes, and a misspelt province. The period comes from a year column, a
header, the sheet's name, the title, --year-of or --year.

Each table is written as .xlsx (XlsxWriter, openpyxl, or re-saved by LibreOffice), .ods and .xls
(LibreOffice headless, one soffice call per format with its own profile), or CSV (Vietnamese or English
number style). The generator knows what a person sees: the figures coopchart must read (and their
qualifiers), or, for a table it made unreadable (a misspelt province, a formula whose result cannot be
trusted), the cells where coopchart must stop.

    generated_tables.py --coopchart .build/debug/coopchart --seeds 1-300          # check, report failures
    generated_tables.py --coopchart … --seeds 1-5000 --keep-failures Tests/Workbooks/Generated
    generated_tables.py --coopchart … --fixtures Tests/Workbooks/Generated         # the kept failures

Exit status 0 when every table is read exactly or refused at a cell of the table, 1 otherwise.
"""
import argparse, csv, datetime, json, os, random, re, shutil, subprocess, sys, tempfile, time
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
REGISTRY_CSV = os.path.join(HERE, "..", "SharedData", "provinces.csv")


def load_registry():
    with open(REGISTRY_CSV, encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    old = [r for r in rows if not r["valid_from"]]
    new = [r for r in rows if not r["valid_to"]]
    return old, new


OLD_UNITS, NEW_UNITS = load_registry()

# id, header variants, kind ("count", "avg", "share"), value range
INDICATORS = {
    "htx": (["Số HTX", "Tổng số HTX", "Số hợp tác xã"], "count", (40, 3200)),
    "new_htx": (["Số HTX thành lập mới", "HTX thành lập mới"], "count", (0, 240)),
    "members": (["Số thành viên", "Thành viên"], "count", (800, 1500000)),
    "tht": (["Số THT", "Tổ hợp tác"], "count", (0, 4000)),
    "credit_funds": (["Số QTDND", "Quỹ TDND"], "count", (0, 80)),
    "revenue_avg": (["Doanh thu bình quân (triệu đồng/HTX)", "Doanh thu BQ (triệu đồng/HTX)"], "avg", (300, 9000)),
    "effective_share": (["Tỷ lệ HTX hoạt động hiệu quả (%)", "Tỷ lệ HTX hiệu quả"], "share", (15, 95)),
}
FORMATS = ["xlsx-xlsxwriter", "xlsx-openpyxl", "xlsx-libreoffice", "ods", "xls", "csv"]
SIGNATURE = [["Người lập biểu", None, None, "CHỦ TỊCH"], [None, None, None, "(Ký tên, đóng dấu)"], ["Nguyễn Văn A", None, None, "Trần Thị B"]]


class Cell:
    """One cell: its kind ("text", "int", "float", "percent", "date", "formula"), value and, for a
    formula, its result."""

    def __init__(self, kind, value, result=None, formula_expected=None):
        self.kind, self.value, self.result = kind, value, result


class Sheet:
    def __init__(self, name):
        self.name = name
        self.cells = {}  # (row, col) -> Cell
        self.merges = []  # (r1, c1, r2, c2)
        self.hidden_rows = set()
        self.autofilter = None  # (r1, c1, r2, c2)

    def put(self, row, col, cell):
        if cell is not None:
            self.cells[(row, col)] = cell


def text(value):
    return Cell("text", value)


class Table:
    """What the generator expects from one table: figures (code, period, indicator) -> (value, qualifier),
    cells where a refusal may stop, and the bounds of the table (for "a cell of the table")."""

    def __init__(self):
        self.figures = {}
        self.defects = []  # (row, col) where coopchart must stop
        self.bounds = None  # (first_row, last_row, first_col, last_col)


def value_for(rng, indicator):
    kind, (low, high) = INDICATORS[indicator][1], INDICATORS[indicator][2]
    if kind == "count":
        return rng.randint(low, high)
    return round(rng.uniform(low, high), 1)


def name_of(rng, unit, style):
    name = unit["name"]
    if style == "ascii":
        return unit["ascii_name"]
    if style == "upper":
        return name.upper()
    if style == "prefixed":
        return ("TP. " if unit["code"] in ("01", "31", "48", "79", "92", "46") else "Tỉnh ") + name
    return name


def misspelt(rng, name):
    # A name no registry entry is close enough to be taken for: a letter doubled and one added.
    return name + rng.choice(["x", "q", "zz"]) + " mới lập"


def period_text(period):
    return f"NĂM {period}"


def build_spec(seed):
    rng = random.Random(seed)
    spec = {"seed": seed}
    spec["format"] = rng.choice(FORMATS)
    csv_like = spec["format"] == "csv"
    era = rng.choice(["old", "old", "old", "new"])
    spec["era"] = era
    years = list(range(2018, 2025)) if era == "old" else [2026, 2027]
    pool = OLD_UNITS if era == "old" else NEW_UNITS
    count = rng.choice([3, 5, 9, 9, 12, len(pool), len(pool), rng.randint(2, len(pool))])
    spec["units"] = sorted(rng.sample(range(len(pool)), count))
    spec["layout"] = rng.choice(["wide", "wide", "years"])
    if spec["layout"] == "wide":
        spec["indicators"] = rng.sample(list(INDICATORS), rng.randint(1, 4))
        first = rng.choice(years)
        spec["periods"] = [first]
        spec["period_source"] = rng.choice(["year_col", "header", "sheet", "title", "year_of", "year", "header_text"])
        if csv_like and spec["period_source"] == "sheet":
            spec["period_source"] = "title"  # a CSV file has no sheet to name
    else:
        spec["indicators"] = [rng.choice(["htx", "new_htx", "members", "tht", "credit_funds"])]
        start = rng.choice(years[:-1]) if len(years) > 1 else years[0]
        spec["periods"] = [y for y in range(start, start + rng.randint(2, 4)) if y in years] or [start]
        spec["period_source"] = "columns"
        spec["year_cells"] = rng.choice(["number", "text", "date"] if not csv_like else ["number", "text"])
        spec["estimate_last"] = rng.random() < 0.2
    spec["title_rows"] = rng.randint(0, 3)
    spec["stt"] = rng.random() < 0.7
    spec["code"] = rng.choice(["none", "none", "beside", "only"])
    spec["name_styles"] = rng.random() < 0.4
    spec["colnum_row"] = rng.random() < 0.4
    spec["units_row"] = spec["layout"] == "wide" and rng.random() < 0.25
    spec["total"] = rng.choice(["none", "top", "bottom", "bottom_cong"])
    spec["total_merged"] = spec["stt"] and not csv_like and rng.random() < 0.5
    spec["groups"] = era == "old" and rng.random() < 0.3
    spec["group_subtotals"] = spec["groups"] and rng.random() < 0.6
    spec["unreported"] = rng.choice([0, 0, 1, 2])
    spec["unreported_text"] = rng.random() < 0.5
    spec["hidden"] = 0 if csv_like else rng.choice([0, 0, 0, 1, 3])
    spec["filtered"] = spec["hidden"] > 0 and rng.random() < 0.4
    spec["visible_only"] = spec["hidden"] > 0 and rng.random() < 0.5
    spec["comparison"] = rng.random() < 0.2
    spec["part_column"] = (spec["layout"] == "wide" and "htx" in spec["indicators"] and spec["period_source"] != "header"
                           and rng.random() < 0.3)
    spec["super_group"] = spec["layout"] == "wide" and rng.random() < 0.3  # "Hợp tác xã" over its indicators
    spec["percent_cells"] = not csv_like and rng.random() < 0.6
    spec["formulas"] = not csv_like and rng.random() < 0.2
    spec["signature"] = rng.random() < 0.6
    spec["notes"] = rng.random() < 0.3
    spec["second_table"] = rng.random() < 0.15 and spec["layout"] == "wide" and spec["period_source"] not in ("sheet",)
    spec["sheets"] = rng.choice([1, 2, 3]) if spec["period_source"] == "sheet" else 1
    spec["misspelt"] = rng.random() < 0.1
    spec["csv_style"] = rng.choice(["vi", "en"])
    spec["blank_rows"] = rng.random() < 0.3
    return spec


def build(spec):
    """The sheets, the tables' expectations, and the command-line options the reading needs."""
    rng = random.Random(spec["seed"] * 7919 + 1)
    pool = OLD_UNITS if spec["era"] == "old" else NEW_UNITS
    units = [pool[i] for i in spec["units"]]
    sheets, tables, options = [], [], []
    csv_like = spec["format"] == "csv"
    sheet_periods = spec["periods"]
    if spec["period_source"] == "sheet":
        first = spec["periods"][0]
        sheet_periods = [first + offset for offset in range(spec["sheets"])
                         if (first + offset) in (list(range(2018, 2025)) if spec["era"] == "old" else [2026, 2027])]
    given_period = None
    for sheet_number, sheet_period in enumerate(sheet_periods if spec["period_source"] == "sheet" else [None]):
        if spec["period_source"] == "sheet":
            estimate_sheet = sheet_number > 0 and rng.random() < 0.3
            name = (f"Ước {sheet_period}" if estimate_sheet else rng.choice([f"Năm {sheet_period}", f"{sheet_period}"]))
        else:
            estimate_sheet = False
            name = rng.choice(["Biểu 01", "Bieu01", "Số liệu", "Sheet1"])
        sheet = Sheet(name)
        row = 0
        periods = [sheet_period] if sheet_period else spec["periods"]
        table, row, period_used = write_table(spec, rng, sheet, row, units, periods, spec["indicators"], estimate_sheet, first_table=True)
        tables.append(table)
        if spec["second_table"] and sheet_number == 0:
            row += rng.randint(1, 3)
            second_indicators = [i for i in INDICATORS if i not in spec["indicators"] and INDICATORS[i][1] == "count"][:1] or ["tht"]
            table2, row, _ = write_table(spec, rng, sheet, row, units, periods, second_indicators, False, first_table=False)
            tables.append(table2)
        given_period = period_used
        sheets.append(sheet)
    return sheets, tables, given_period


def write_table(spec, rng, sheet, top, units, periods, indicators, estimate_sheet, first_table):
    """Writes one table from row `top`; returns its expectations, the next free row, and the period
    the command line must give (for --year-of / --year), if any."""
    table = Table()
    csv_like = spec["format"] == "csv"
    layout = spec["layout"]
    source = spec["period_source"]
    row = top
    col0 = 0
    given = None
    # Titles.
    title_period = periods[0] if layout == "wide" else None
    if spec["title_rows"] > 0 or source == "title":
        sheet.put(row, 0, text("Biểu 01" if first_table else "Biểu 02"))
        row += 1
        title = "SỐ LIỆU KINH TẾ TẬP THỂ"
        if source == "title":
            title += " " + period_text(title_period)
        elif source in ("year_of", "year") and rng.random() < 0.5:
            title += f" GIAI ĐOẠN {title_period - 1}-{title_period}"
        sheet.put(row, 0, text(title))
        row += 1
        if spec["title_rows"] >= 3:
            sheet.put(row, 0, text("(Kèm theo Báo cáo số 45/BC-LMHTX ngày 20/01/2025 của Liên minh HTX)"))
            row += 1
        if spec["blank_rows"]:
            row += 1
    # Columns: STT, code, name, then figures.
    columns = []  # (kind, data)
    if spec["stt"]:
        columns.append(("stt", None))
    if spec["code"] in ("beside", "only"):
        columns.append(("code", None))
    if spec["code"] != "only":
        columns.append(("name", None))
    if source == "year_col":
        columns.append(("year", None))
    figure_columns = []  # (indicator, period, estimate)
    if layout == "wide":
        for indicator in indicators:
            figure_columns.append((indicator, periods[0], estimate_sheet))
            if indicator == "htx" and spec["part_column"] and first_table:
                columns.append(("figure", len(figure_columns) - 1))
                columns.append(("part", indicator))
                continue
            columns.append(("figure", len(figure_columns) - 1))
    else:
        indicator = indicators[0]
        for index, period in enumerate(periods):
            estimate = spec.get("estimate_last") and index == len(periods) - 1 and len(periods) > 1
            figure_columns.append((indicator, period, estimate))
            columns.append(("figure", len(figure_columns) - 1))
    if spec["comparison"] and first_table:
        columns.append(("comparison", None))
    first_col = col0
    last_col = col0 + len(columns) - 1
    # Header rows: a super row when the layout needs one.
    needs_super = layout == "years" or source == "header" or spec["super_group"] or (spec["part_column"] and first_table)
    header_top = row
    super_row, leaf_row = (row, row + 1) if needs_super else (None, row)
    for position, (kind, data) in enumerate(columns):
        c = col0 + position
        if kind == "stt":
            label = "STT"
        elif kind == "code":
            label = rng.choice(["Mã tỉnh", "Mã"])
        elif kind == "name":
            label = rng.choice(["Tỉnh, thành phố", "Tỉnh/TP", "Địa phương", "Tên tỉnh"])
        elif kind == "year":
            label = "Năm"
        elif kind == "comparison":
            label = rng.choice(["So sánh với năm trước (%)", "Tăng/giảm (%)", f"So sánh {periods[-1]}/{periods[-1] - 1} (%)"])
        elif kind == "part":
            label = "Trong đó: nông nghiệp"
        else:
            indicator, period, estimate = figure_columns[data]
            if layout == "years":
                if estimate:
                    label = f"Ước {period}"
                elif spec["year_cells"] == "number":
                    label = period
                elif spec["year_cells"] == "date":
                    label = datetime.date(period, 1, 1)
                else:
                    label = f"Năm {period}"
            else:
                label = rng.choice(INDICATORS[indicator][0])
                if source == "header_text":
                    label = f"{label} năm {period}" if "(" not in label else label.replace(" (", f" năm {period} (", 1)
                if spec["part_column"] and indicator == "htx" and first_table:
                    label = "Tổng số"
        if needs_super and kind in ("stt", "code", "name", "year"):
            # The label columns are merged down over the super row.
            put_header(sheet, super_row, c, label)
            if not csv_like:
                sheet.merges.append((super_row, c, leaf_row, c))
        elif needs_super:
            put_header(sheet, leaf_row, c, label)
        else:
            put_header(sheet, leaf_row, c, label)
    if needs_super:
        # The super-headers over the figure columns.
        spans = []  # (first, last, label)
        years_label = rng.choice(INDICATORS[indicators[0]][0])
        for position, (kind, data) in enumerate(columns):
            c = col0 + position
            if kind == "figure":
                indicator, period, _ = figure_columns[data]
                if layout == "years":
                    label = years_label
                elif spec["part_column"] and indicator == "htx" and first_table:
                    label = "Số HTX" + (f" năm {period}" if source == "header_text" else "")
                elif source == "header":
                    label = f"Năm {period}"
                else:
                    label = "Hợp tác xã" if indicator in ("htx", "new_htx", "members", "revenue_avg", "effective_share") else "Khác"
                if label == "Khác":
                    # A column with no group of its own: its leaf moves up, merged down.
                    leaf = sheet.cells.pop((leaf_row, c))
                    sheet.put(super_row, c, leaf)
                    if not csv_like:
                        sheet.merges.append((super_row, c, leaf_row, c))
                    continue
            elif kind == "part":
                label = "Số HTX" + (f" năm {periods[0]}" if source == "header_text" else "")
            elif kind == "comparison":
                leaf = sheet.cells.pop((leaf_row, c))
                sheet.put(super_row, c, leaf)
                if not csv_like:
                    sheet.merges.append((super_row, c, leaf_row, c))
                continue
            else:
                continue
            if spans and spans[-1][2] == label and spans[-1][1] == c - 1:
                spans[-1] = (spans[-1][0], c, label)
            else:
                spans.append((c, c, label))
        for first, last, label in spans:
            sheet.put(super_row, first, text(label))
            if last > first and not csv_like:
                sheet.merges.append((super_row, first, super_row, last))
    row = leaf_row + 1
    if spec["colnum_row"]:
        letters = iter("ABCDEFGH")
        number = 1
        for position, (kind, _) in enumerate(columns):
            if kind in ("stt", "code", "name", "year"):
                sheet.put(row, col0 + position, text(next(letters)))
            else:
                sheet.put(row, col0 + position, text(str(number)))
                number += 1
        row += 1
    if spec["units_row"]:
        for position, (kind, data) in enumerate(columns):
            if kind == "figure":
                indicator = figure_columns[data][0]
                unit = {"htx": "HTX", "new_htx": "HTX", "members": "người", "tht": "THT", "credit_funds": "quỹ",
                        "revenue_avg": "triệu đồng/HTX", "effective_share": "%"}[indicator]
                sheet.put(row, col0 + position, text(unit))
        row += 1
    # The figures.
    values = {}
    ordered = list(units)
    groups = []
    if spec["groups"]:
        regions = []
        for unit in ordered:
            if unit["region"] not in regions:
                regions.append(unit["region"])
        for region in regions:
            groups.append((region, [u for u in ordered if u["region"] == region]))
    else:
        groups.append((None, ordered))
    unreported = set(rng.sample([u["code"] for u in ordered], min(spec["unreported"], max(0, len(ordered) - 1))))
    for unit in ordered:
        for index, (indicator, period, _) in enumerate(figure_columns):
            values[(unit["code"], index)] = value_for(rng, indicator)
    hidden_codes = set(rng.sample([u["code"] for u in ordered], min(spec["hidden"], max(0, len(ordered) - 1)))) if spec["hidden"] else set()
    misspelt_code = rng.choice([u["code"] for u in ordered if u["code"] not in unreported]) if spec["misspelt"] and first_table else None
    formula_cells = set()
    if spec["formulas"]:
        candidates = [(u["code"], i) for u in ordered for i, (ind, _, _) in enumerate(figure_columns)
                      if u["code"] not in unreported and INDICATORS[ind][1] in ("count", "avg")]
        formula_cells = set(rng.sample(candidates, min(2, len(candidates))))

    def sums(members, index):
        indicator = figure_columns[index][0]
        if INDICATORS[indicator][1] != "count":
            return None
        present = [values[(u["code"], index)] for u in members if u["code"] not in unreported]
        return sum(present) if present else None

    def write_figures(r, numbers, label_kind):
        for position, (kind, data) in enumerate(columns):
            c = col0 + position
            if kind == "figure":
                number = numbers(data)
                if number is None:
                    continue
                indicator = figure_columns[data][0]
                if indicator == "effective_share" and spec["percent_cells"]:
                    sheet.put(r, c, Cell("percent", number))
                elif isinstance(number, int):
                    sheet.put(r, c, Cell("int", number))
                else:
                    sheet.put(r, c, Cell("float", number))
            elif kind == "comparison":
                sheet.put(r, c, Cell("float", round(rng.uniform(80, 130), 1)))
            elif kind == "part" and label_kind == "province":
                pass

    def put_label(r, label, stt_value=None, merged_total=False):
        for position, (kind, _) in enumerate(columns):
            c = col0 + position
            if kind == "stt" and stt_value is not None:
                sheet.put(r, c, stt_value)
        name_position = next((p for p, (k, _) in enumerate(columns) if k == "name"), None)
        code_position = next((p for p, (k, _) in enumerate(columns) if k == "code"), None)
        target = name_position if name_position is not None else code_position
        if merged_total and spec["stt"]:
            sheet.put(r, col0, text(label))
            if target is not None and target > 0:
                sheet.merges.append((r, col0, r, col0 + target))
        else:
            sheet.put(r, col0 + target, text(label))

    def total_row(r, label):
        put_label(r, label, merged_total=spec["total_merged"])
        write_figures(r, lambda index: sums(ordered, index), "total")

    if spec["total"] == "top":
        total_row(row, "TỔNG SỐ")
        row += 1
    number = 1
    roman = ["I", "II", "III", "IV", "V", "VI", "VII"]
    for group_index, (region, members) in enumerate(groups):
        if region is not None:
            label = f"{roman[group_index]}. Vùng {region}" if not region.lower().startswith("vùng") else f"{roman[group_index]}. {region}"
            put_label(row, label)
            row += 1
        for unit in members:
            code = unit["code"]
            style = rng.choice(["plain", "ascii", "upper", "prefixed"]) if spec["name_styles"] else "plain"
            for position, (kind, _) in enumerate(columns):
                c = col0 + position
                if kind == "stt":
                    sheet.put(row, c, Cell("int", number))
                elif kind == "code":
                    sheet.put(row, c, text(code) if rng.random() < 0.5 or csv_like else Cell("int", int(code)))
                elif kind == "name":
                    name = name_of(rng, unit, style)
                    if code == misspelt_code:
                        name = misspelt(rng, unit["name"])
                        if not (spec["visible_only"] and code in hidden_codes):  # a row left out stops nothing
                            table.defects.append((row, c))
                    sheet.put(row, c, text(name))
                elif kind == "year":
                    # Years never get a thousands separator: a CSV writes them as text.
                    sheet.put(row, c, text(str(periods[0])) if csv_like else Cell("int", periods[0]))
            if spec["code"] == "only" and code == misspelt_code:
                code_position = next(p for p, (k, _) in enumerate(columns) if k == "code")
                sheet.put(row, col0 + code_position, text("9" + code[-1] + "x"))
                if not (spec["visible_only"] and code in hidden_codes):
                    table.defects.append((row, col0 + code_position))
            if code in unreported:
                if spec["unreported_text"]:
                    first_figure = next(p for p, (k, _) in enumerate(columns) if k == "figure")
                    sheet.put(row, col0 + first_figure, text("Chưa gửi báo cáo"))
            else:
                write_figures(row, lambda index: values[(code, index)], "province")
                for position, (kind, data) in enumerate(columns):
                    if kind == "part":
                        whole = values[(code, data if isinstance(data, int) else 0)] if False else None
                        htx_index = next(i for i, f in enumerate(figure_columns) if f[0] == "htx")
                        sheet.put(row, col0 + position, Cell("int", values[(code, htx_index)] // 2))
                for (formula_code, index) in formula_cells:
                    if formula_code != code:
                        continue
                    position = next(p for p, (k, d) in enumerate(columns) if k == "figure" and d == index)
                    value = values[(code, index)]
                    if isinstance(value, int):
                        base = (value // 11) * 10
                        value = base * 11 // 10
                        values[(code, index)] = value
                        sheet.put(row, col0 + position, Cell("formula", f"={base}*1.1", result=value))
                    else:
                        sheet.put(row, col0 + position, Cell("formula", f"={value}*3/3", result=value))
            if code in hidden_codes:
                sheet.hidden_rows.add(row)
            row += 1
            number += 1
        if region is not None and spec["group_subtotals"]:
            put_label(row, rng.choice(["Cộng", "Cộng vùng"]))
            write_figures(row, lambda index: sums(members, index), "subtotal")
            row += 1
    if spec["total"] in ("bottom", "bottom_cong"):
        label = "Tổng cộng" if spec["total"] == "bottom" or spec["groups"] else "Cộng"
        total_row(row, label)
        row += 1
    last_row = row - 1
    if spec["filtered"] and not csv_like:
        sheet.autofilter = (leaf_row, col0, last_row, last_col)
    table.bounds = (top, last_row + (4 if spec["signature"] or spec["notes"] else 0), first_col, last_col)
    if spec["notes"]:
        row += 1
        sheet.put(row, col0, text("Ghi chú: số liệu sơ bộ, các tỉnh chưa gửi báo cáo được để trống."))
        row += 1
    if spec["signature"]:
        row += 1
        for line in SIGNATURE:
            for offset, value in enumerate(line):
                if value is not None:
                    sheet.put(row, col0 + min(offset, max(last_col - col0, 0)), text(value))
            row += 1
    # Which figures a person sees, and must be read.
    visible_only = spec["visible_only"]
    for unit in ordered:
        code = unit["code"]
        if code in unreported or (visible_only and code in hidden_codes):
            continue
        for index, (indicator, period, estimate) in enumerate(figure_columns):
            qualifier = "approx" if estimate else "exact"
            table.figures[(code, str(period), indicator)] = (values[(code, index)], qualifier)
    # The period the command line gives, when the file names none.
    given = periods[0] if source in ("year_of", "year") else None
    return table, row, given


def put_header(sheet, row, col, label):
    if isinstance(label, int):
        sheet.put(row, col, Cell("year", label))
    elif isinstance(label, datetime.date):
        sheet.put(row, col, Cell("date", label))
    else:
        sheet.put(row, col, text(label))


# ---------------------------------------------------------------------------------------------------
# Writers

def write_xlsxwriter(path, sheets):
    import xlsxwriter
    book = xlsxwriter.Workbook(path)
    percent = book.add_format({"num_format": "0.0%"})
    year = book.add_format({"num_format": "yyyy"})
    for model in sheets:
        sheet = book.add_worksheet(model.name)
        merged_cells = set()
        for (r1, c1, r2, c2) in model.merges:
            anchor = model.cells.get((r1, c1))
            value = "" if anchor is None else anchor.value
            if anchor is not None and anchor.kind == "date":
                sheet.merge_range(r1, c1, r2, c2, "", year)
                sheet.write_datetime(r1, c1, datetime.datetime.combine(anchor.value, datetime.time()), year)
            elif anchor is not None and anchor.kind in ("int", "year"):
                sheet.merge_range(r1, c1, r2, c2, "")
                sheet.write_number(r1, c1, anchor.value)
            else:
                sheet.merge_range(r1, c1, r2, c2, value)
            for r in range(r1, r2 + 1):
                for c in range(c1, c2 + 1):
                    merged_cells.add((r, c))
        for (r, c), cell in model.cells.items():
            if (r, c) in merged_cells:
                continue
            if cell.kind == "text":
                sheet.write_string(r, c, cell.value)
            elif cell.kind in ("int", "float", "year"):
                sheet.write_number(r, c, cell.value)
            elif cell.kind == "percent":
                sheet.write_number(r, c, cell.value / 100, percent)
            elif cell.kind == "date":
                sheet.write_datetime(r, c, datetime.datetime.combine(cell.value, datetime.time()), year)
            elif cell.kind == "formula":
                sheet.write_formula(r, c, cell.value, None, cell.result)
        for r in model.hidden_rows:
            sheet.set_row(r, None, None, {"hidden": True})
        if model.autofilter:
            sheet.autofilter(*model.autofilter)
    book.close()


def write_openpyxl(path, sheets):
    import openpyxl
    book = openpyxl.Workbook()
    book.remove(book.active)
    for model in sheets:
        sheet = book.create_sheet(model.name)
        for (r, c), cell in model.cells.items():
            target = sheet.cell(row=r + 1, column=c + 1)
            if cell.kind == "percent":
                target.value = cell.value / 100
                target.number_format = "0.0%"
            elif cell.kind == "date":
                target.value = datetime.datetime.combine(cell.value, datetime.time())
                target.number_format = "yyyy"
            else:
                target.value = cell.value
        for (r1, c1, r2, c2) in model.merges:
            sheet.merge_cells(start_row=r1 + 1, start_column=c1 + 1, end_row=r2 + 1, end_column=c2 + 1)
        for r in model.hidden_rows:
            sheet.row_dimensions[r + 1].hidden = True
        if model.autofilter:
            r1, c1, r2, c2 = model.autofilter
            sheet.auto_filter.ref = f"{openpyxl.utils.get_column_letter(c1 + 1)}{r1 + 1}:{openpyxl.utils.get_column_letter(c2 + 1)}{r2 + 1}"
    book.save(path)


def write_csv(path, sheets, style, rng):
    model = sheets[0]
    rows = max(r for r, _ in model.cells) + 1
    cols = max(c for _, c in model.cells) + 1
    delimiter = ";" if style == "vi" else rng.choice([",", ";"]) if style == "en" else ","
    if style == "en":
        delimiter = ","
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        for r in range(rows):
            line = []
            for c in range(cols):
                cell = model.cells.get((r, c))
                if cell is None:
                    line.append("")
                elif cell.kind == "text":
                    line.append(cell.value)
                elif cell.kind == "int":
                    line.append(str(cell.value) if style == "en" or cell.value < 1000 else f"{cell.value:,}".replace(",", "."))
                elif cell.kind == "year":
                    line.append(str(cell.value))  # years never get a thousands separator
                elif cell.kind in ("float", "percent"):
                    shown = f"{cell.value:.1f}"
                    line.append(shown.replace(".", ",") if style == "vi" else shown)
                else:
                    line.append(str(cell.value))
            writer.writerow(line)


RECALCULATE_ON_LOAD = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""


def libreoffice_profile(folder):
    """A LibreOffice profile of its own that recalculates every formula on loading, as Excel does with a
    workbook that asks for it: the converted files hold the results a person sees."""
    os.makedirs(os.path.join(folder, "user"), exist_ok=True)
    with open(os.path.join(folder, "user", "registrymodifications.xcu"), "w", encoding="utf-8") as handle:
        handle.write(RECALCULATE_ON_LOAD)
    return folder


def convert(files, target, folder, profile):
    """Converts xlsx files with LibreOffice headless, in one soffice call, into `folder`."""
    if not files:
        return
    filters = {"ods": "ods", "xls": "xls:MS Excel 97", "xlsx": "xlsx:Calc MS Excel 2007 XML"}
    os.makedirs(folder, exist_ok=True)
    libreoffice_profile(profile)
    command = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--norestore", "--convert-to", filters[target],
               "--outdir", folder] + files
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=900, check=False)


# ---------------------------------------------------------------------------------------------------
# The check

CELL = re.compile(r"!([A-Z]{1,3})([0-9]+)")


def column_index(letters):
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - 64
    return number - 1


def expected_outcome(spec, tables, format_name):
    """("read", figures) or ("refuse", cells where coopchart may stop)."""
    defects = [cell for table in tables for cell in table.defects]
    untrusted = format_name in ("xlsx-xlsxwriter", "xlsx-openpyxl")
    return defects, untrusted


def check(coopchart, item, workdir):
    """Runs coopchart on one generated file and returns None when the property holds, else why not."""
    spec, tables, path, given, sheets = item["spec"], item["tables"], item["path"], item["given"], item["sheets"]
    if not os.path.exists(path):
        return "the file was not written (conversion failed)"
    arguments = [coopchart, "summary", path, "--format", "csv"]
    if given is not None:
        if spec["period_source"] == "year":
            arguments += ["--year", str(given)]
        else:
            arguments += ["--year-of", f"{path}={given}"]
    if spec["visible_only"]:
        arguments.append("--visible-only")
    run = subprocess.run(arguments, capture_output=True, text=True, timeout=120)
    defects = [cell for table in tables for cell in table.defects]
    # A formula in a row --visible-only leaves out is not seen, so it stops nothing (each sheet's own rows).
    formula_cells = [(r, c) for sheet in sheets for (r, c), cell in sheet.cells.items()
                     if cell.kind == "formula" and not (spec["visible_only"] and r in sheet.hidden_rows)]
    untrusted = spec["format"] in ("xlsx-xlsxwriter", "xlsx-openpyxl")
    must_refuse_at = set(defects)
    if untrusted:
        must_refuse_at |= set(formula_cells)
    expected = {}
    for table in tables:
        expected.update(table.figures)
    if run.returncode != 0:
        first = run.stderr.strip().splitlines()[0] if run.stderr.strip() else ""
        if not must_refuse_at and not expected:
            return None  # every province hidden or unreported: nothing to read, and saying so is right
        if not must_refuse_at:
            return f"refused a table that reads: {first}"
        # The error must name a cell (or a CSV line) of the table.
        if spec["format"] == "csv":
            match = re.match(re.escape(path) + r":([0-9]+):", first)
            if not match:
                return f"refused without naming a line: {first}"
            line = int(match.group(1))
            if not any(r + 1 == line for r, _ in must_refuse_at):
                return f"refused at line {line}, expected one of {sorted(r + 1 for r, _ in must_refuse_at)}: {first}"
            return None
        match = CELL.search(first)
        if not match:
            return f"refused without naming a cell: {first}"
        cell = (int(match.group(2)) - 1, column_index(match.group(1)))
        if cell not in must_refuse_at:
            shown = sorted(f"{chr(65 + c)}{r + 1}" for r, c in must_refuse_at)
            return f"refused at {match.group(1)}{match.group(2)}, expected one of {shown}: {first}"
        return None
    if must_refuse_at:
        return f"exit 0, but the table cannot be read as it is (cells {sorted(must_refuse_at)})"
    got = {}
    reader = csv.DictReader(run.stdout.splitlines())
    for row in reader:
        if row["code"] in ("TOTAL", "") or row["province"] == "TOTAL":
            continue
        got[(row["code"], row["period"], row["indicator"])] = (float(row["value"]), row["qualifier"])
    problems = []
    for key, (value, qualifier) in expected.items():
        if key not in got:
            problems.append(f"missing {key}={value}")
        elif got[key][0] != float(value) or got[key][1] != qualifier:
            problems.append(f"{key}: read {got[key][0]} {got[key][1]}, the file shows {value} {qualifier}")
    for key in got:
        if key not in expected:
            problems.append(f"extra {key}={got[key]}")
    if problems:
        return "exit 0 with other figures: " + "; ".join(problems[:6]) + (f" (and {len(problems) - 6} more)" if len(problems) > 6 else "")
    return None


def generate(seeds, folder):
    """Writes every seed's file into `folder`; returns the items to check."""
    items = []
    by_target = {"ods": [], "xls": [], "xlsx": []}
    staging = os.path.join(folder, "staging")
    os.makedirs(staging, exist_ok=True)
    for seed in seeds:
        spec = build_spec(seed)
        sheets, tables, given = build(spec)
        name = f"seed-{seed}"
        rng = random.Random(seed)
        fmt = spec["format"]
        if fmt == "csv":
            path = os.path.join(folder, name + ".csv")
            write_csv(path, sheets, spec["csv_style"], rng)
        elif fmt == "xlsx-openpyxl":
            path = os.path.join(folder, name + ".xlsx")
            write_openpyxl(path, sheets)
        elif fmt == "xlsx-xlsxwriter":
            path = os.path.join(folder, name + ".xlsx")
            write_xlsxwriter(path, sheets)
        else:
            source = os.path.join(staging, name + ".xlsx")
            write_xlsxwriter(source, sheets)
            target = {"ods": "ods", "xls": "xls", "xlsx-libreoffice": "xlsx"}[fmt]
            by_target[target].append(source)
            path = os.path.join(folder, name + "." + target)
        items.append({"seed": seed, "spec": spec, "tables": tables, "given": given, "path": path, "sheets": sheets})
    profile_root = tempfile.mkdtemp(prefix="lo-reading-")
    try:
        for target, files in by_target.items():
            for start in range(0, len(files), 200):
                convert(files[start:start + 200], target, folder, os.path.join(profile_root, f"{target}-{start}"))
    finally:
        shutil.rmtree(profile_root, ignore_errors=True)
    return items


def describe(spec):
    keys = [k for k in ("format", "layout", "period_source", "units", "title_rows", "stt", "code", "total", "groups", "group_subtotals", "unreported",
                        "hidden", "filtered", "visible_only", "comparison", "part_column", "super_group", "percent_cells", "formulas",
                        "second_table", "sheets", "misspelt", "csv_style", "colnum_row", "units_row", "signature", "notes")]
    shown = {k: spec[k] for k in keys if k in spec}
    shown["units"] = len(spec["units"])
    return json.dumps(shown, ensure_ascii=False)


def seed_range(text):
    if "-" in text:
        first, last = text.split("-")
        return list(range(int(first), int(last) + 1))
    return [int(text)]


def check_fixtures(coopchart, folder):
    """The kept failures: each file with its expectation JSON, checked the same way."""
    failures = 0
    total = 0
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".json"):
            continue
        with open(os.path.join(folder, name), encoding="utf-8") as handle:
            kept = json.load(handle)
        seed = kept["seed"]
        spec = build_spec(seed)
        sheets, tables, given = build(spec)
        path = os.path.join(folder, kept["file"])
        item = {"seed": seed, "spec": spec, "tables": tables, "given": given, "path": path, "sheets": sheets}
        # The expectation as kept (the generator may have changed since).
        item["tables"] = [Table()]
        item["tables"][0].figures = {tuple(k.split("|")): tuple(v) for k, v in kept["figures"].items()}
        item["tables"][0].defects = [tuple(c) for c in kept["defects"]]
        spec["format"] = kept["format"]
        spec["visible_only"] = kept["visible_only"]
        spec["period_source"] = kept["period_source"]
        item["given"] = kept["given"]
        item["sheets"] = [] if not kept["formula_cells"] else [Sheet("kept")]
        if kept["formula_cells"]:
            for r, c in kept["formula_cells"]:
                item["sheets"][0].cells[(r, c)] = Cell("formula", "")
        total += 1
        problem = check(coopchart, item, folder)
        if problem:
            failures += 1
            print(f"FAIL kept {kept['file']}: {problem}")
    print(f"{total - failures} passed, {failures} failed")
    return failures == 0


def keep(item, folder):
    os.makedirs(folder, exist_ok=True)
    name = os.path.basename(item["path"])
    shutil.copy(item["path"], os.path.join(folder, name))
    figures = {}
    defects = []
    for table in item["tables"]:
        figures.update({"|".join(k): list(v) for k, v in table.figures.items()})
        defects += [list(c) for c in table.defects]
    formula_cells = [[r, c] for sheet in item["sheets"] for (r, c), cell in sheet.cells.items() if cell.kind == "formula"]
    kept = {"seed": item["seed"], "file": name, "format": item["spec"]["format"], "visible_only": item["spec"]["visible_only"],
            "period_source": item["spec"]["period_source"], "given": item["given"], "figures": figures, "defects": defects,
            "formula_cells": formula_cells, "spec": json.loads(describe(item["spec"]))}
    with open(os.path.join(folder, f"seed-{item['seed']}.json"), "w", encoding="utf-8") as handle:
        json.dump(kept, handle, ensure_ascii=False, indent=1)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--coopchart", required=True)
    parser.add_argument("--seeds", default="1-300")
    parser.add_argument("--fixtures")
    parser.add_argument("--keep-failures")
    parser.add_argument("--keep-seeds", help="generate these seeds (a list such as 2,13,56) and keep them as fixtures in --keep-failures")
    parser.add_argument("--folder")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    if args.fixtures:
        sys.exit(0 if check_fixtures(args.coopchart, args.fixtures) else 1)
    folder = args.folder or tempfile.mkdtemp(prefix="coopchart-generated-")
    if args.keep_seeds:
        for item in generate([int(seed) for seed in args.keep_seeds.split(",")], folder):
            keep(item, args.keep_failures)
        sys.exit(0)
    started = time.time()
    items = generate(seed_range(args.seeds), folder)
    generated = time.time() - started
    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        problems = list(pool.map(lambda item: check(args.coopchart, item, folder), items))
    failures = 0
    outcomes = {"read": 0, "refused": 0}
    for item, problem in zip(items, problems):
        if problem:
            failures += 1
            print(f"FAIL seed {item['seed']} ({os.path.basename(item['path'])}): {problem}\n     {describe(item['spec'])}")
            if args.keep_failures:
                keep(item, args.keep_failures)
    print(f"generated {len(items)} tables in {generated:.0f} s, checked in {time.time() - started - generated:.0f} s")
    print(f"{len(items) - failures} passed, {failures} failed")
    if not args.folder:
        shutil.rmtree(folder, ignore_errors=True)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
