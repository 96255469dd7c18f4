#!/usr/bin/env python3
"""Reads coopchart's Word documents back with independent software.

  check_docx.py layout FILE.docx PROVINCE[;PROVINCE…] LEVELS
      python-docx: A4 sections with the Nghị định 30/2020 margins, Normal in Times New Roman 13–14 pt
      (justified, first-line indent, 6 pt after), the heading levels LEVELS ("1,2") used, the first page without a
      page number, every province in the tables, every picture 300 dpi (its pHYs chunk); and every
      XML part well-formed (lxml) and every relationship's target present in the package.
  check_docx.py official FILE.docx
      the heading block: Quốc hiệu, Tiêu ngữ, "Số:", "ngày … tháng … năm …"
  check_docx.py pdf OUTDIR FILE.docx [FILE.docx …]
      LibreOffice headless converts every file to PDF in one run (OUTDIR/<name>.pdf)

Prints one line per problem and exits 1 if there is any; prints "ok" otherwise.
"""
import os, posixpath, subprocess, zipfile

import office_check

MM = 36000  # EMU per millimetre


def layout(path, provinces, levels, problems):
    import docx
    from lxml import etree
    document = docx.Document(path)
    for index, section in enumerate(document.sections):
        width, height = sorted([section.page_width / MM, section.page_height / MM])
        if abs(width - 210) > 1 or abs(height - 297) > 1:
            problems.append(f"section {index}: page {width:.0f} × {height:.0f} mm, not A4")
        margins = {"top": section.top_margin / MM, "bottom": section.bottom_margin / MM,
                   "left": section.left_margin / MM, "right": section.right_margin / MM}
        for name, (low, high) in {"top": (20, 25), "bottom": (20, 25), "left": (30, 35), "right": (15, 20)}.items():
            if not low - 0.2 <= margins[name] <= high + 0.2:
                problems.append(f"section {index}: {name} margin {margins[name]:.1f} mm, not {low}–{high} mm")
        if not section.different_first_page_header_footer:
            problems.append(f"section {index}: the first page is not set apart (no page number on the first page)")
        if "PAGE" not in section.header._element.xml:
            problems.append(f"section {index}: the header has no page number field")
        if "PAGE" in section.first_page_header._element.xml:
            problems.append(f"section {index}: the first page's header has a page number")
    normal = document.styles["Normal"]
    if normal.font.name != "Times New Roman":
        problems.append(f"Normal font is {normal.font.name!r}, not Times New Roman")
    if normal.font.size is None or not 13 <= normal.font.size.pt <= 14:
        problems.append(f"Normal size is {normal.font.size and normal.font.size.pt} pt, not 13–14")
    pf = normal.paragraph_format
    if pf.alignment is None or pf.alignment != docx.enum.text.WD_ALIGN_PARAGRAPH.JUSTIFY:
        problems.append(f"Normal is not justified ({pf.alignment})")
    if not pf.first_line_indent or pf.first_line_indent <= 0:
        problems.append("Normal has no first-line indent")
    if pf.space_after is None or abs(pf.space_after.pt - 6) > 0.1:
        problems.append(f"Normal has {pf.space_after and pf.space_after.pt} pt after, not 6")
    styles = [p.style.name for p in document.paragraphs]
    for heading in [f"Heading {level}" for level in levels]:
        if heading not in styles:
            problems.append(f"no paragraph in style {heading}")
    for heading in ["Heading 1", "Heading 2"]:
        level = document.styles[heading].element.xpath("./w:pPr/w:outlineLvl/@w:val")
        if not level:
            problems.append(f"{heading} has no outline level (navigation pane, table of contents)")
    tables = "\n".join(cell.text for table in document.tables for row in table.rows for cell in row.cells)
    for province in provinces:
        if province and province not in tables:
            problems.append(f"{province} is in no table")
    pictures = [shape for shape in document.inline_shapes]
    text_width = document.sections[0].page_width - document.sections[0].left_margin - document.sections[0].right_margin
    for shape in pictures:
        if abs(shape.width - text_width) > MM:
            problems.append(f"a picture is {shape.width / MM:.0f} mm wide, the text {text_width / MM:.0f} mm")
    for part in document.part.package.iter_parts():
        if part.content_type == "image/png":
            image = part.image
            if image.horz_dpi != 300 or image.vert_dpi != 300:
                problems.append(f"{part.partname} is {image.horz_dpi}×{image.vert_dpi} dpi, not 300")
    with zipfile.ZipFile(path) as package:
        names = set(package.namelist())
        for name in names:
            if name.endswith(".xml") or name.endswith(".rels"):
                try:
                    etree.fromstring(package.read(name))
                except etree.XMLSyntaxError as error:
                    problems.append(f"{name} is not well-formed XML: {error}")
            if name.endswith(".rels"):
                base = posixpath.dirname(posixpath.dirname(name))
                for relation in etree.fromstring(package.read(name)):
                    if relation.get("TargetMode") == "External":
                        continue
                    target = posixpath.normpath(posixpath.join(base, relation.get("Target")))
                    if target not in names:
                        problems.append(f"{name}: {relation.get('Id')} points at {target}, which is not in the package")
    return len(pictures)


def official(path, problems):
    import docx
    document = docx.Document(path)
    first = document.tables[0] if document.tables else None
    text = "\n".join(cell.text for row in first.rows for cell in row.cells) if first else ""
    for words in ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: ", "ngày ", " tháng ", " năm "]:
        if words not in text:
            problems.append(f"the heading block lacks {words!r}: {text!r}")


def pdf(outdir, files, problems):
    profile = os.path.join(outdir, "lo-profile")
    os.makedirs(profile, exist_ok=True)
    command = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--norestore", "--convert-to", "pdf",
               "--outdir", outdir] + files
    run = subprocess.run(command, capture_output=True, text=True, timeout=300)
    for path in files:
        name = os.path.splitext(os.path.basename(path))[0] + ".pdf"
        if not os.path.exists(os.path.join(outdir, name)):
            problems.append(f"LibreOffice did not convert {path}: {run.stdout} {run.stderr}")


if __name__ == "__main__":
    office_check.main({
        "layout": lambda args, problems: layout(args[0], args[1].split(";"), args[2].split(","), problems),
        "official": lambda args, problems: official(args[0], problems),
        "pdf": lambda args, problems: pdf(args[0], args[1:], problems),
    }, counted=False)
