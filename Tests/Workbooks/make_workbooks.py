#!/usr/bin/env python3
"""Writes the workbooks the tests read, with maintained writers (XlsxWriter, odfpy, xlwt, openpyxl,
msoffcrypto-tool), into the folder given as the only argument.

Every layout the tests cover is written here, each in the formats that can hold it, together with
the clean CSV that holds the same figures. Hostile files (zip bombs, XML entities, truncated
archives, encrypted workbooks, huge sheets) are made here too. `scripts/install-deps.sh` installs the
pinned writers; the Swift tests run this script in a fresh folder.
"""
import datetime, io, os, shutil, sys, zipfile

import xlsxwriter
import xlwt
import openpyxl
from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import Style, TableProperties
from odf.table import Table, TableRow, TableCell, CoveredTableCell
from odf.text import P

if len(sys.argv) == 4 and sys.argv[1] == "--from-csv":
    # A CSV file as one .xlsx sheet: whole numbers as number cells, everything else as text cells.
    import csv
    book = xlsxwriter.Workbook(sys.argv[3])
    sheet = book.add_worksheet("Số liệu")
    with open(sys.argv[2], encoding="utf-8-sig") as handle:
        for r, row in enumerate(csv.reader(handle)):
            sheet.write_row(r, 0, [int(cell) if cell.isdigit() and r > 0 else cell for cell in row])
    book.close()
    sys.exit(0)

OUT = sys.argv[1]
os.makedirs(OUT, exist_ok=True)

def path(name):
    return os.path.join(OUT, name)

# --- The figures: five provinces of the Red River Delta cluster, 2021-2023 (illustrative). ----------
PROVINCES = ["Hà Nội", "Hải Phòng", "Quảng Ninh", "Thái Bình", "Nam Định"]
YEARS = [2021, 2022, 2023]
HTX = {"Hà Nội": 2210, "Hải Phòng": 540, "Quảng Ninh": 463, "Thái Bình": 892, "Nam Định": 735}
MEMBERS = {"Hà Nội": 1210500, "Hải Phòng": 268900, "Quảng Ninh": 95420, "Thái Bình": 402310, "Nam Định": 350200}
REVENUE = {"Hà Nội": 4250.5, "Hải Phòng": 3120.0, "Quảng Ninh": 2890.4, "Thái Bình": 1875.2, "Nam Định": 2010.8}
NEW_HTX = {("Hà Nội", 2021): 120, ("Hà Nội", 2022): 135, ("Hà Nội", 2023): 142,
           ("Hải Phòng", 2021): 31, ("Hải Phòng", 2022): 28, ("Hải Phòng", 2023): 40,
           ("Quảng Ninh", 2021): 86, ("Quảng Ninh", 2022): 25, ("Quảng Ninh", 2023): 30,
           ("Thái Bình", 2021): 12, ("Thái Bình", 2022): 0, ("Thái Bình", 2023): 19,
           ("Nam Định", 2021): 9, ("Nam Định", 2022): 14, ("Nam Định", 2023): 11}

def clean_rows():
    rows = []
    for p in PROVINCES:
        rows.append((p, 2023, "htx", HTX[p]))
        rows.append((p, 2023, "members", MEMBERS[p]))
        rows.append((p, 2023, "revenue_avg", REVENUE[p]))
        for y in YEARS:
            rows.append((p, y, "new_htx", NEW_HTX[(p, y)]))
    return rows

def write_clean_csv():
    with open(path("clean.csv"), "w", encoding="utf-8") as f:
        f.write("province,year,indicator,value\n")
        for p, y, i, v in clean_rows():
            f.write(f"{p},{y},{i},{v}\n")

def write_long_xlsx():
    wb = xlsxwriter.Workbook(path("long.xlsx"))
    ws = wb.add_worksheet("Số liệu")
    ws.write_row(0, 0, ["province", "year", "indicator", "value"])
    for r, row in enumerate(clean_rows(), start=1):
        ws.write_row(r, 0, row)
    wb.close()

def write_long_xls():
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("So lieu")
    for c, h in enumerate(["province", "year", "indicator", "value"]):
        ws.write(0, c, h)
    for r, row in enumerate(clean_rows(), start=1):
        for c, v in enumerate(row):
            ws.write(r, c, v)
    wb.save(path("long.xls"))

def ods_cell(value, **attributes):
    if value is None:
        return TableCell(**attributes)
    if isinstance(value, (int, float)):
        cell = TableCell(valuetype="float", value=value, **attributes)
        cell.addElement(P(text=str(value)))
        return cell
    cell = TableCell(valuetype="string", **attributes)
    cell.addElement(P(text=value))
    return cell

def ods_row(values):
    """A table row of one cell per value (None: an empty cell)."""
    tr = TableRow()
    for v in values:
        tr.addElement(ods_cell(v))
    return tr

def write_long_ods():
    doc = OpenDocumentSpreadsheet()
    table = Table(name="Số liệu")
    for row in [("province", "year", "indicator", "value")] + clean_rows():
        table.addElement(ods_row(row))
    doc.spreadsheet.addElement(table)
    doc.save(path("long.ods"))

# --- The GSO layout: title, STT, a two-row merged header, column numbers, TỔNG SỐ first, markers,
# --- a signature block. One year (2023, from --year); the same figures as clean.csv for 2023.
GSO_TITLE = ["Biểu 01", "SỐ LƯỢNG HỢP TÁC XÃ, THÀNH VIÊN VÀ DOANH THU NĂM 2023", "(Kèm theo Báo cáo số 15/BC-LMHTX ngày 10/01/2024)"]

def gso_rows():
    total_htx = sum(HTX.values())
    rows = [("", "TỔNG SỐ", total_htx, sum(MEMBERS.values()), "..")]
    for n, p in enumerate(PROVINCES, start=1):
        rows.append((n, p, HTX[p], MEMBERS[p], REVENUE[p]))
    return rows

def write_gso_xlsx():
    wb = xlsxwriter.Workbook(path("gso.xlsx"))
    ws = wb.add_worksheet("Biểu 01")
    bold = wb.add_format({"bold": True})
    merged = wb.add_format({"bold": True, "align": "center"})
    for r, t in enumerate(GSO_TITLE):
        ws.merge_range(r, 0, r, 4, t, merged)
    ws.merge_range(4, 0, 5, 0, "STT", merged)
    ws.merge_range(4, 1, 5, 1, "Tỉnh, thành phố", merged)
    ws.merge_range(4, 2, 4, 3, "Quy mô", merged)
    ws.write(5, 2, "Tổng số HTX", bold)
    ws.write(5, 3, "Số thành viên (người)", bold)
    ws.merge_range(4, 4, 5, 4, "Doanh thu bình quân (triệu đồng/HTX)", merged)
    ws.write_row(6, 0, ["A", "B", "1", "2", "3"])
    for r, row in enumerate(gso_rows(), start=7):
        ws.write_row(r, 0, row)
    base = 7 + len(gso_rows())
    ws.write(base + 1, 1, "Ghi chú: \"..\" không có số liệu")
    ws.write(base + 3, 3, "Ngày 10 tháng 01 năm 2024")
    ws.write(base + 4, 1, "Người lập biểu")
    ws.write(base + 4, 3, "CHỦ TỊCH")
    wb.close()

def write_gso_xls():
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Bieu 01")
    for r, t in enumerate(GSO_TITLE):
        ws.write_merge(r, r, 0, 4, t)
    ws.write_merge(4, 5, 0, 0, "STT")
    ws.write_merge(4, 5, 1, 1, "Tỉnh, thành phố")
    ws.write_merge(4, 4, 2, 3, "Quy mô")
    ws.write(5, 2, "Tổng số HTX")
    ws.write(5, 3, "Số thành viên (người)")
    ws.write_merge(4, 5, 4, 4, "Doanh thu bình quân (triệu đồng/HTX)")
    for c, v in enumerate(["A", "B", "1", "2", "3"]):
        ws.write(6, c, v)
    for r, row in enumerate(gso_rows(), start=7):
        for c, v in enumerate(row):
            ws.write(r, c, v)
    base = 7 + len(gso_rows())
    ws.write(base + 2, 1, "Người lập biểu")
    wb.save(path("gso.xls"))

def write_gso_ods():
    doc = OpenDocumentSpreadsheet()
    table = Table(name="Biểu 01")
    for t in GSO_TITLE:
        tr = TableRow()
        tr.addElement(ods_cell(t, numbercolumnsspanned=5))
        for _ in range(4):
            tr.addElement(CoveredTableCell())
        table.addElement(tr)
    tr = TableRow()
    tr.addElement(ods_cell(None))
    table.addElement(tr)
    top = TableRow()
    top.addElement(ods_cell("STT", numberrowsspanned=2))
    top.addElement(ods_cell("Tỉnh, thành phố", numberrowsspanned=2))
    top.addElement(ods_cell("Quy mô", numbercolumnsspanned=2))
    top.addElement(CoveredTableCell())
    top.addElement(ods_cell("Doanh thu bình quân (triệu đồng/HTX)", numberrowsspanned=2))
    table.addElement(top)
    second = TableRow()
    second.addElement(CoveredTableCell())
    second.addElement(CoveredTableCell())
    second.addElement(ods_cell("Tổng số HTX"))
    second.addElement(ods_cell("Số thành viên (người)"))
    second.addElement(CoveredTableCell())
    table.addElement(second)
    table.addElement(ods_row(["A", "B", "1", "2", "3"]))
    for row in gso_rows():
        table.addElement(ods_row(v if v != "" else None for v in row))
    tr = TableRow()
    tr.addElement(ods_cell(None))
    tr.addElement(ods_cell("Người lập biểu"))
    table.addElement(tr)
    doc.spreadsheet.addElement(table)
    doc.save(path("gso.ods"))

def write_gso_csv():
    with open(path("gso.csv"), "w", encoding="utf-8") as f:
        for t in GSO_TITLE:
            f.write(f"\"{t}\",,,,\n")
        f.write(",,,,\n")
        f.write("STT,\"Tỉnh, thành phố\",Quy mô,,Doanh thu bình quân (triệu đồng/HTX)\n")
        f.write(",,Tổng số HTX,Số thành viên (người),\n")
        f.write("A,B,1,2,3\n")
        for row in gso_rows():
            f.write(",".join(str(v) if not isinstance(v, str) or "," not in v else f"\"{v}\"" for v in row) + "\n")
        f.write(",,,,\n,Người lập biểu,,CHỦ TỊCH,\n")

# --- Years as columns: "Số HTX thành lập mới" merged over 2021 | 2022 | 2023; "Tổng cộng" last. ------
def years_rows():
    rows = []
    for n, p in enumerate(PROVINCES, start=1):
        rows.append([n, p] + [NEW_HTX[(p, y)] if NEW_HTX[(p, y)] != 0 else "-" for y in YEARS])
    rows.append(["", "Tổng cộng"] + [sum(NEW_HTX[(p, y)] for p in PROVINCES) for y in YEARS])
    return rows

def write_years_xlsx():
    wb = xlsxwriter.Workbook(path("years.xlsx"))
    ws = wb.add_worksheet("HTX mới")
    ws.merge_range(0, 0, 0, 4, "SỐ HTX THÀNH LẬP MỚI GIAI ĐOẠN 2021-2023")
    ws.merge_range(2, 0, 3, 0, "STT")
    ws.merge_range(2, 1, 3, 1, "Địa phương")
    ws.merge_range(2, 2, 2, 4, "Số HTX thành lập mới")
    ws.write_row(3, 2, YEARS)
    for r, row in enumerate(years_rows(), start=4):
        ws.write_row(r, 0, row)
    wb.close()

def write_years_ods():
    doc = OpenDocumentSpreadsheet()
    table = Table(name="HTX mới")
    tr = TableRow(); tr.addElement(ods_cell("SỐ HTX THÀNH LẬP MỚI GIAI ĐOẠN 2021-2023")); table.addElement(tr)
    top = TableRow()
    top.addElement(ods_cell("STT", numberrowsspanned=2))
    top.addElement(ods_cell("Địa phương", numberrowsspanned=2))
    top.addElement(ods_cell("Số HTX thành lập mới", numbercolumnsspanned=3))
    top.addElement(CoveredTableCell()); top.addElement(CoveredTableCell())
    table.addElement(top)
    sub = TableRow()
    sub.addElement(CoveredTableCell()); sub.addElement(CoveredTableCell())
    for y in YEARS:
        sub.addElement(ods_cell(y))
    table.addElement(sub)
    for row in years_rows():
        table.addElement(ods_row(v if v != "" else None for v in row))
    doc.spreadsheet.addElement(table)
    doc.save(path("years.ods"))

def write_years_xls():
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("HTX moi")
    ws.write_merge(2, 3, 0, 0, "STT")
    ws.write_merge(2, 3, 1, 1, "Địa phương")
    ws.write_merge(2, 2, 2, 4, "Số HTX thành lập mới")
    for c, y in enumerate(YEARS, start=2):
        ws.write(3, c, y)
    for r, row in enumerate(years_rows(), start=4):
        for c, v in enumerate(row):
            ws.write(r, c, v)
    wb.save(path("years.xls"))

def write_years_csv():
    with open(path("years.csv"), "w", encoding="utf-8") as f:
        f.write("SỐ HTX THÀNH LẬP MỚI GIAI ĐOẠN 2021-2023,,,,\n")
        f.write("STT,Địa phương,Số HTX thành lập mới,,\n")
        f.write(",,2021,2022,2023\n")
        for row in years_rows():
            f.write(",".join(str(v) for v in row) + "\n")

# --- Markers, written values, names and periods people write. -------------------------------------
def write_markers_xlsx():
    wb = xlsxwriter.Workbook(path("markers.xlsx"))
    ws = wb.add_worksheet("Biểu 02")
    ws.write_row(0, 0, ["Tỉnh/TP", "Năm", "Số HTX", "HTX thành lập mới", "Thành viên", "Doanh thu bình quân", "Tỷ lệ HTX hoạt động hiệu quả"])
    rows = [
        ["Daklak", "Năm 2023", "8 HTX", "-", "1,2 triệu", "3 tỷ đồng", "42,3%"],
        ["Kontum", "6 tháng đầu năm 2023", 268, "..", "268 900", "x", "…"],
        ["BR-VT", "6 tháng cuối năm 2023", "2,5 nghìn", "—", "n/a", "KXĐ", 55],
        ["T. Thái Bình", 2023, 892, 19, 402310, 1875.2, 60.5],
        ["Tp HCM", 2023, 1560, 45, "12\u00a0500", 5120.5, 70],
        ["Bắc Ninh (mới)", 2026, 910, 30, 150000, 2200, 65],
        ["Bắc Ninh (cũ)", 2023, 510, 22, 98000, 2100, 61],
    ]
    for r, row in enumerate(rows, start=1):
        ws.write_row(r, 0, row)
    wb.close()

# --- Formulas, dates, booleans, percent cells, the 1904 system, several and hidden sheets. --------
def write_cells_xlsx():
    wb = xlsxwriter.Workbook(path("cells-1904.xlsx"), {"date_1904": True})
    date_format = wb.add_format({"num_format": "dd/mm/yyyy"})
    percent = wb.add_format({"num_format": "0.0%"})
    ws = wb.add_worksheet("Tổng hợp")
    ws.write_row(0, 0, ["Tỉnh", "Năm", "Số HTX", "HTX thành lập mới", "Tỷ lệ HTX hoạt động hiệu quả"])
    ws.write(1, 0, "Hà Nội")
    ws.write_datetime(1, 1, datetime.datetime(2023, 12, 31), date_format)
    ws.write(1, 2, 2210)
    ws.write_formula(1, 3, "=C2-2068", None, 142)
    ws.write(1, 4, 0.423, percent)
    ws.write(2, 0, "Hải Phòng")
    ws.write_datetime(2, 1, datetime.datetime(2023, 6, 30), date_format)
    ws.write(2, 2, 540)
    ws.write_formula(2, 3, "=40", None, 40)
    ws.write(2, 4, 0.5, percent)
    second = wb.add_worksheet("Quảng Ninh")
    second.write_row(0, 0, ["Tỉnh", "Năm", "Số HTX"])
    second.write_row(1, 0, ["Quảng Ninh", 2023, 463])
    hidden = wb.add_worksheet("Nháp")
    hidden.write_row(0, 0, ["Tỉnh", "Năm", "Số HTX"])
    hidden.write_row(1, 0, ["Hà Nam", 2023, 999])
    hidden.hide()
    notes = wb.add_worksheet("Ghi chú")
    notes.write(0, 0, "Số liệu do Liên minh HTX các tỉnh báo cáo.")
    wb.close()
    # XlsxWriter asks the spreadsheet to recalculate on opening (fullCalcOnLoad), so its saved results are
    # placeholders coopchart refuses; a workbook saved by Excel keeps them without that flag. Keep this one
    # as such a workbook, and the XlsxWriter original as the placeholder case.
    shutil.copy(path("cells-1904.xlsx"), path("formulas-recalculate-on-load.xlsx"))
    without_flag(path("cells-1904.xlsx"))

def without_flag(name):
    """Rewrites a workbook without fullCalcOnLoad in xl/workbook.xml, as Excel saves it with its results."""
    with zipfile.ZipFile(name) as source:
        parts = [(info, source.read(info.filename)) for info in source.infolist()]
    with zipfile.ZipFile(name, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in parts:
            if info.filename == "xl/workbook.xml":
                data = data.replace(b' fullCalcOnLoad="1"', b"")
            target.writestr(info.filename, data)

def write_formula_without_value():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Biểu 01"
    ws.append(["Tỉnh", "Năm", "Số HTX"])
    ws.append(["Hà Nội", 2023, 2210])
    ws.append(["Hải Phòng", 2023, "=SUM(C2:C2)-1670"])
    wb.save(path("formula-without-value.xlsx"))

def write_bad_cell():
    wb = xlsxwriter.Workbook(path("bao-cao.xlsx"))
    ws = wb.add_worksheet("Biểu 01")
    ws.write(0, 0, "BÁO CÁO SỐ LIỆU HỢP TÁC XÃ NĂM 2023")
    ws.write_row(2, 0, ["STT", "Tỉnh/TP", "Số HTX", "Số thành viên"])
    ws.write_row(3, 0, [1, "Hà Nội", 2210, 1210500])
    ws.write_row(4, 0, [2, "Hải Phòng", 540, 268900])
    ws.write_row(5, 0, [3, "Quảng Ninh", 463, 95420])
    ws.write_row(6, 0, [4, "Thái Bình", 892, 402310])
    ws.write_row(7, 0, [5, "Nam Định", 735, "12a"])
    wb.close()

# --- Hostile files. --------------------------------------------------------------------------------
def minimal_xlsx(sheet_xml, name):
    with zipfile.ZipFile(path(name), "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        z.writestr("xl/workbook.xml", '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                   'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
                   '<sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
                   '</Relationships>')
        if isinstance(sheet_xml, bytes) and len(sheet_xml) > 1_000_000:
            z.writestr(zipfile.ZipInfo("xl/worksheets/sheet1.xml"), sheet_xml, compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)
        else:
            z.writestr("xl/worksheets/sheet1.xml", sheet_xml)

SHEET_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'
SHEET_OPEN = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
SHEET_CLOSE = '</sheetData></worksheet>'

def write_hostile():
    # A zip bomb: a 400 MB sheet of spaces inside a file of a few hundred KB.
    minimal_xlsx((SHEET_HEAD + SHEET_OPEN).encode() + b" " * 400_000_000 + SHEET_CLOSE.encode(), "zip-bomb.xlsx")
    # A smaller one above the ratio limit only (20 MB of spaces, about 20 KB compressed).
    minimal_xlsx((SHEET_HEAD + SHEET_OPEN).encode() + b" " * 20_000_000 + SHEET_CLOSE.encode(), "ratio-bomb.xlsx")
    # XML external entity.
    minimal_xlsx(SHEET_HEAD + '<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>' + SHEET_OPEN +
                 '<row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row>' + SHEET_CLOSE, "xxe.xlsx")
    # Entity expansion (billion laughs).
    laughs = '<!DOCTYPE worksheet [<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10)) + ']>'
    minimal_xlsx(SHEET_HEAD + laughs + SHEET_OPEN + '<row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row>' + SHEET_CLOSE,
                 "billion-laughs.xlsx")
    # A truncated archive: the first half of a real workbook.
    with open(path("gso.xlsx"), "rb") as f:
        whole = f.read()
    with open(path("truncated.xlsx"), "wb") as f:
        f.write(whole[: len(whole) // 2])
    # CSV named .xlsx.
    with open(path("csv-named.xlsx"), "w", encoding="utf-8") as f:
        f.write("province,year,indicator,value\nHà Nội,2023,htx,2210\n")
    # A huge sheet: one row repeated a million times, each with 16 384 cells (OpenDocument repeats).
    doc = OpenDocumentSpreadsheet()
    table = Table(name="Huge")
    table.addElement(ods_row(["Tỉnh", "Năm", "Số HTX"]))
    row = TableRow(numberrowsrepeated=1_000_000)
    row.addElement(ods_cell("Hà Nội"))
    row.addElement(ods_cell(2023, numbercolumnsrepeated=16_000))
    table.addElement(row)
    doc.spreadsheet.addElement(table)
    doc.save(path("huge.ods"))
    # Encrypted: gso.xlsx with a password, as Excel saves it.
    import msoffcrypto
    from msoffcrypto.format.ooxml import OOXMLFile
    with open(path("gso.xlsx"), "rb") as plain, open(path("encrypted.xlsx"), "wb") as out:
        OOXMLFile(plain).encrypt("mat-khau", out)
    # An element name that is not UTF-8 (found by the fuzzer: XMLParser traps on it if it gets it).
    with zipfile.ZipFile(path("years.ods")) as source, zipfile.ZipFile(path("invalid-utf8.ods"), "w", zipfile.ZIP_DEFLATED) as z:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "content.xml":
                data = data.replace(b"<table:table-row>", b"<table:t\xf6ble-row>", 1)
            z.writestr(item, data)
    # A Word document is not a workbook.
    with zipfile.ZipFile(path("document.xlsx"), "w") as z:
        z.writestr("word/document.xml", "<w:document/>")

# --- Reproductions of issue 22: what a person sees is what is read, or the cell that stops it. -------
def write_reproductions():
    # Rows hidden to print the cluster, and a row filtered out by an AutoFilter.
    wb = xlsxwriter.Workbook(path("hidden-rows.xlsx"))
    ws = wb.add_worksheet("Biểu 01")
    ws.write(0, 0, "SỐ HỢP TÁC XÃ NĂM 2023")
    ws.write_row(2, 0, ["STT", "Tỉnh", "Số HTX"])
    for r, (name, htx) in enumerate([("Hà Nam", 289), ("Bắc Giang", 640), ("Nam Định", 735), ("Hòa Bình", 410), ("Thái Bình", 892)], start=3):
        ws.write_row(r, 0, [r - 2, name, htx])
    ws.set_row(4, None, None, {"hidden": True})
    ws.set_row(6, None, None, {"hidden": True})
    ws.autofilter(2, 0, 7, 2)
    wb.close()
    # A formula whose saved result is 55.000000000000007 (=50*1.1), saved by a spreadsheet (no fullCalcOnLoad).
    wb = xlsxwriter.Workbook(path("formula-rounded.xlsx"))
    ws = wb.add_worksheet("Biểu 01")
    ws.write_row(0, 0, ["Tỉnh", "Năm", "Số HTX thành lập mới"])
    ws.write_row(1, 0, ["Hà Nam", 2023])
    ws.write_formula(1, 2, "=50*1.1", None, 50 * 1.1)
    wb.close()
    without_flag(path("formula-rounded.xlsx"))
    # Percent cells, a #N/A and a #DIV/0! in .xlsx, converted by LibreOffice into .xls and .ods.
    for name, rows in [("percent-cells", [("Hà Nam", 0.66), ("Nam Định", 0.582)]), ("error-cells", [("Hà Nam", 0.66), ("Nam Định", "=NA()")])]:
        wb = xlsxwriter.Workbook(path(name + ".xlsx"))
        percent = wb.add_format({"num_format": "0.0%"})
        ws = wb.add_worksheet("Biểu 01")
        ws.write_row(0, 0, ["Tỉnh", "Năm", "Tỷ lệ HTX hoạt động hiệu quả", "Số HTX"])
        for r, (province, share) in enumerate(rows, start=1):
            ws.write_row(r, 0, [province, 2023])
            if isinstance(share, str):
                ws.write_formula(r, 2, share, percent)
            else:
                ws.write_number(r, 2, share, percent)
            ws.write_number(r, 3, 100 * r)
        wb.close()
    # A sheet per period: "Năm 2022", "Năm 2023", "Ước 2024", without a year column.
    wb = xlsxwriter.Workbook(path("sheets-per-year.xlsx"))
    for name, htx in [("Năm 2022", 280), ("Năm 2023", 289), ("Ước 2024", 300)]:
        ws = wb.add_worksheet(name)
        ws.write_row(0, 0, ["STT", "Tỉnh", "Số HTX"])
        ws.write_row(1, 0, [1, "Hà Nam", htx])
        ws.write_row(2, 0, [2, "Nam Định", htx + 400])
    wb.close()
    # The statistics office's Biểu 01: merged headers, TỔNG SỐ merged across STT and name, regions with
    # headings and "Cộng vùng", a province that did not report, a comparison column, year headers as dates.
    wb = xlsxwriter.Workbook(path("bieu-01.xlsx"))
    year = wb.add_format({"num_format": "yyyy"})
    ws = wb.add_worksheet("Biểu 01")
    ws.write(0, 0, "Biểu 01")
    ws.write(1, 0, "SỐ LƯỢNG HỢP TÁC XÃ NĂM 2023")
    ws.merge_range(3, 0, 4, 0, "STT")
    ws.merge_range(3, 1, 4, 1, "Tỉnh, thành phố")
    ws.merge_range(3, 2, 3, 3, "Hợp tác xã")
    ws.write_row(4, 2, ["Tổng số HTX", "Số HTX thành lập mới"])
    ws.merge_range(3, 4, 4, 4, "So sánh 2023/2022 (%)")
    ws.write_row(5, 0, ["A", "B", "1", "2", "3"])
    ws.merge_range(6, 0, 6, 1, "TỔNG SỐ")
    ws.write_row(6, 2, [1936, 61, 104.2])
    ws.write_row(7, 0, ["I", "Vùng Đồng bằng sông Hồng"])
    ws.write_row(8, 0, [1, "Hà Nam", 289, 12, 101.5])
    ws.write_row(9, 0, [2, "Nam Định", 735, 30, 103.0])
    ws.write_row(10, 0, [None, "Cộng vùng", 1024, 42])
    ws.write_row(11, 0, ["II", "Vùng Trung du và miền núi phía Bắc"])
    ws.write_row(12, 0, [3, "Bắc Cạn"])
    ws.write_row(13, 0, [4, "Hòa Bình", 410, 8, 99.0])
    ws.write_row(14, 0, [5, "Lạng Sơn", 502, 11, 110.0])
    ws.write_row(15, 0, [None, "Cộng vùng", 912, 19])
    ws.write_row(17, 0, [None, "Người lập biểu", None, "CHỦ TỊCH"])
    wb.close()
    # Years as date cells under an indicator, the last an estimate.
    wb = xlsxwriter.Workbook(path("date-years.xlsx"))
    year = wb.add_format({"num_format": "yyyy"})
    ws = wb.add_worksheet("Biểu 02")
    ws.merge_range(0, 0, 1, 0, "Tỉnh")
    ws.merge_range(0, 1, 0, 3, "Số HTX thành lập mới")
    ws.write_datetime(1, 1, datetime.datetime(2022, 1, 1), year)
    ws.write_datetime(1, 2, datetime.datetime(2023, 1, 1), year)
    ws.write(1, 3, "Ước 2024")
    ws.write_row(2, 0, ["Hà Nam", 10, 12, 15])
    wb.close()
    # An .xls written by a program without a calculation engine (xlwt): its formula has no result.
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("Biểu 01")
    for c, h in enumerate(["Tỉnh", "Năm", "Số HTX"]):
        sheet.write(0, c, h)
    sheet.write(1, 0, "Hà Nam"); sheet.write(1, 1, 2023); sheet.write(1, 2, xlwt.Formula("280+9"))
    book.save(path("formula-xlwt.xls"))
    convert_with_libreoffice(["percent-cells.xlsx", "error-cells.xlsx", "hidden-rows.xlsx", "bieu-01.xlsx"], "xls")
    convert_with_libreoffice(["percent-cells.xlsx", "error-cells.xlsx", "hidden-rows.xlsx"], "ods")

def convert_with_libreoffice(names, target):
    """Converts workbooks in one soffice call with a profile of its own (recalculating their formulas)."""
    import subprocess, tempfile
    profile = tempfile.mkdtemp(prefix="lo-reading-fixtures-")
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from generated_tables import libreoffice_profile
    libreoffice_profile(profile)
    try:
        filters = {"xls": "xls:MS Excel 97", "ods": "ods"}
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--norestore", "--convert-to", filters[target],
                        "--outdir", OUT] + [path(n) for n in names], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600, check=True)
    finally:
        shutil.rmtree(profile, ignore_errors=True)

write_clean_csv()
write_long_xlsx(); write_long_xls(); write_long_ods()
write_gso_xlsx(); write_gso_xls(); write_gso_ods(); write_gso_csv()
write_years_xlsx(); write_years_ods(); write_years_xls(); write_years_csv()
write_markers_xlsx()
write_cells_xlsx()
write_formula_without_value()
write_bad_cell()
write_reproductions()
if "--no-hostile" not in sys.argv:
    write_hostile()
