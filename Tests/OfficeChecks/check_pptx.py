"""Reads what `coopchart slides` and the scorecard workbook's "Biểu đồ" sheet hold, with independent software,
and prints it as JSON for the Swift tests to compare with coopchart's own figures.

  check_pptx.py dump DECK.pptx            python-pptx: every slide's title, notes, charts (type, categories,
                                          series names and values, the workbook embedded with each) and tables
  check_pptx.py pdf OUTDIR DECK.pptx      LibreOffice converts the deck to PDF; pdftotext gives each page's text
  check_pptx.py workbook SCORECARD.xlsx   openpyxl: the charts of the sheet "Biểu đồ" (or "Charts") and the cell
                                          ranges their series read
  check_pptx.py png OUTDIR DECK.pptx PAGE LibreOffice → PDF → pdftoppm: one slide as OUTDIR/slide.png (96 dpi)
  check_pptx.py golden OUTDIR DECK.pptx PAGE GOLDEN.png
                                          that slide beside a golden rendering: same size, and at most 2 % of the
                                          pixels differ by more than 64 in a channel

Each prints one JSON document on stdout, or a problem and exit status 1.
"""
import io
import json
import os
import subprocess
import sys
import zipfile


def dump(path):
    from pptx import Presentation
    from pptx.util import Emu
    deck = Presentation(path)
    slides = []
    for slide in deck.slides:
        entry = {"title": slide.shapes.title.text_frame.text if slide.shapes.title is not None else None,
                 "notes": slide.notes_slide.notes_text_frame.text if slide.has_notes_slide else "",
                 "texts": [], "charts": [], "tables": [], "pictures": []}
        for shape in slide.shapes:
            if shape.has_chart:
                chart = shape.chart
                plot = chart.plots[0]
                workbook = chart.part.chart_workbook.xlsx_part
                entry["charts"].append({
                    "type": str(chart.chart_type).split(" ")[0],
                    "categories": [str(c) for c in plot.categories],
                    "series": [{"name": s.name, "values": list(s.values)} for s in plot.series],
                    "workbook": workbook.partname if workbook is not None else None,
                    "workbook_cells": embedded_cells(workbook.blob) if workbook is not None else None,
                    "width": Emu(shape.width).pt, "height": Emu(shape.height).pt,
                })
            elif shape.has_table:
                entry["tables"].append([[cell.text for cell in row.cells] for row in shape.table.rows])
            elif shape.shape_type == 13:  # a picture
                image = shape.image
                from PIL import Image
                pixels = Image.open(io.BytesIO(image.blob)).size
                entry["pictures"].append({"alt": shape._element.nvPicPr.cNvPr.get("descr"), "pixels": list(pixels),
                                          "width": Emu(shape.width).pt, "height": Emu(shape.height).pt})
            elif shape.has_text_frame and shape != slide.shapes.title:
                entry["texts"].append(shape.text_frame.text)
        slides.append(entry)
    width, height = Emu(deck.slide_width).pt, Emu(deck.slide_height).pt
    print(json.dumps({"width": width, "height": height, "slides": slides}, ensure_ascii=False))


def embedded_cells(blob):
    """Column A and every column's first row of the embedded workbook's first sheet, read by openpyxl."""
    import openpyxl
    book = openpyxl.load_workbook(io.BytesIO(blob))
    sheet = book.worksheets[0]
    return {"sheet": sheet.title, "rows": [[cell.value for cell in row] for row in sheet.iter_rows()]}


def pdf(outdir, path):
    outdir = os.path.abspath(outdir)
    profile = os.path.join(outdir, "lo-profile")
    os.makedirs(profile, exist_ok=True)
    command = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--norestore", "--convert-to", "pdf",
               "--outdir", outdir, path]
    run = subprocess.run(command, capture_output=True, text=True, timeout=600)
    converted = os.path.join(outdir, os.path.splitext(os.path.basename(path))[0] + ".pdf")
    if not os.path.exists(converted):
        sys.exit(f"LibreOffice did not convert {path}: {run.stdout} {run.stderr}")
    pages = []
    count = int(next(line.split()[-1] for line in subprocess.run(["pdfinfo", converted], capture_output=True, text=True).stdout.splitlines()
                     if line.startswith("Pages:")))
    for page in range(1, count + 1):
        text = subprocess.run(["pdftotext", "-layout", "-f", str(page), "-l", str(page), converted, "-"], capture_output=True, text=True).stdout
        pages.append(text)
    return converted, pages


def png(outdir, path, page):
    converted, _ = pdf(outdir, path)
    subprocess.run(["pdftoppm", "-png", "-r", "96", "-f", page, "-l", page, "-singlefile", converted, os.path.join(outdir, "slide")], check=True)
    print(json.dumps({"png": os.path.join(outdir, "slide.png")}))


def golden(outdir, path, page, expected):
    from PIL import Image, ImageChops
    converted, _ = pdf(outdir, path)
    subprocess.run(["pdftoppm", "-png", "-r", "96", "-f", page, "-l", page, "-singlefile", converted, os.path.join(outdir, "slide")], check=True)
    made = Image.open(os.path.join(outdir, "slide.png")).convert("RGB")
    want = Image.open(expected).convert("RGB")
    if made.size != want.size:
        sys.exit(f"the slide is {made.size}, the golden rendering {want.size}")
    difference = ImageChops.difference(made, want).convert("L").point(lambda value: 255 if value > 64 else 0)
    changed = difference.histogram()[255] / (made.size[0] * made.size[1])
    print(json.dumps({"changed": changed, "png": os.path.join(outdir, "slide.png")}))
    if changed > 0.02:
        sys.exit(f"{changed:.1%} of the pixels differ from {expected}")


def workbook(path):
    import openpyxl
    book = openpyxl.load_workbook(path)
    names = [name for name in book.sheetnames if name in ("Biểu đồ", "Charts")]
    if not names:
        sys.exit(f"{path} has no sheet Biểu đồ or Charts: {book.sheetnames}")
    sheet = book[names[0]]
    charts = []
    for chart in sheet._charts:
        series = []
        for s in chart.series:
            series.append({"values": s.val.numRef.f if s.val is not None and s.val.numRef is not None else None,
                           "categories": (s.cat.strRef.f if s.cat is not None and s.cat.strRef is not None else
                                          (s.cat.numRef.f if s.cat is not None and s.cat.numRef is not None else None)),
                           "name": s.tx.strRef.f if s.tx is not None and s.tx.strRef is not None else None})
        charts.append({"type": chart.tagname, "series": series})
    print(json.dumps({"sheet": names[0], "sheets": book.sheetnames, "charts": charts}, ensure_ascii=False))


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "dump":
        dump(sys.argv[2])
    elif mode == "pdf":
        _, pages = pdf(sys.argv[2], sys.argv[3])
        print(json.dumps({"pages": pages}, ensure_ascii=False))
    elif mode == "workbook":
        workbook(sys.argv[2])
    elif mode == "golden":
        golden(sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5])
    elif mode == "png":
        png(sys.argv[2], sys.argv[3], sys.argv[4])
    else:
        sys.exit(f"unknown mode {mode}")
