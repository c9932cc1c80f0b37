"""The official table as a Word document (`render --format docx`), and its redline.

A4 landscape, the header row repeated on every page (w:tblHeader), cells merged as the
published tables merge them (the same runs as the HTML's rowspans), 分值 a column of its
own. A redline marks text as Word's tracked changes (w:ins / w:del): Word, WPS and
LibreOffice show insertions underlined and deletions struck through, and can accept them.

The same rubric gives the same bytes: the package's dates and zip entry times are fixed.
"""

from __future__ import annotations

import io
import zipfile

from ..numerals import plain
from .official import COLUMNS, CONTENT, POINTS, OfficialTable

# (text, mark): mark None, "ins" or "del"
Segments = list[tuple[str, str | None]]

FIXED_DATE = "2000-01-01T00:00:00Z"
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
AUTHOR = "jdscore"
# column widths in mm, 277 mm of A4 landscape inside 10 mm margins
WIDTHS_MM = (24, 26, 30, 95, 14, 26, 28, 34)


def to_docx(table: OfficialTable, segments: list[list[Segments]] | None = None,
            extra_notes: list[tuple[str, str]] | None = None) -> bytes:
    import datetime

    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    doc = Document()
    props = doc.core_properties
    fixed = datetime.datetime(2000, 1, 1)
    props.author = props.last_modified_by = AUTHOR
    props.created = props.modified = fixed
    props.revision = 1
    props.title = table.title or ""
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Mm(10))
    section.top_margin = section.bottom_margin = Mm(12)
    style = doc.styles["Normal"]
    style.font.size = Pt(10.5)
    style.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "宋体")

    heading = doc.add_paragraph()
    heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = heading.add_run(table.title or "考评细则")
    run.bold = True
    run.font.size = Pt(16)
    if table.facts_line:
        facts = doc.add_paragraph(table.facts_line)
        facts.alignment = WD_ALIGN_PARAGRAPH.CENTER

    spans = table.spans()
    grid = doc.add_table(rows=1 + len(table.rows) + 1, cols=len(COLUMNS))
    grid.style = "Table Grid"
    grid.autofit = False
    for c, width in enumerate(WIDTHS_MM):
        for cell in grid.columns[c].cells:
            cell.width = Mm(width)
    header = grid.rows[0]
    tr_pr = header._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    tr_pr.append(repeat)
    for c, title in enumerate(COLUMNS):
        cell = header.cells[c]
        cell.text = ""
        p = cell.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(title).bold = True
    for r, span_row in enumerate(spans):
        row = grid.rows[1 + r]
        cant_split = OxmlElement("w:cantSplit")
        row._tr.get_or_add_trPr().append(cant_split)
        for c, n in enumerate(span_row):
            if n > 1:
                grid.cell(1 + r, c).merge(grid.cell(1 + r + n - 1, c))
    marks = _Marks()
    for r, (row, span_row) in enumerate(zip(table.rows, spans)):
        for c, (cell, n) in enumerate(zip(row, span_row)):
            if n == 0:
                continue
            target = grid.cell(1 + r, c)
            target.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            parts = segments[r][c] if segments is not None else [(cell.text, None)]
            _fill(target, parts, marks, WD_ALIGN_PARAGRAPH.LEFT if c in (CONTENT, 7)
                  else WD_ALIGN_PARAGRAPH.CENTER)
    foot = grid.rows[-1]
    first = foot.cells[0].merge(foot.cells[POINTS - 1])
    first.text = "合计"
    foot.cells[POINTS].text = plain(table.total)
    last = foot.cells[POINTS + 1].merge(foot.cells[len(COLUMNS) - 1])
    last.text = table.checks[0]
    for label, text in table.notes + (extra_notes or []):
        p = doc.add_paragraph()
        p.add_run(f"{label}:").bold = True
        p.add_run(" " + text)
    p = doc.add_paragraph()
    p.add_run("分值核对:").bold = True
    for check in table.checks:
        doc.add_paragraph(check)
    buffer = io.BytesIO()
    doc.save(buffer)
    return _fixed_zip(buffer.getvalue())


class _Marks:
    """Ids of the tracked changes: unique in the document, in order."""

    def __init__(self):
        self.next = 1

    def take(self) -> str:
        self.next += 1
        return str(self.next - 1)


def _fill(cell, parts: Segments, marks: _Marks, alignment) -> None:
    """The cell's text, line by line (a paragraph a line), with its tracked changes."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    cell.text = ""
    lines: list[Segments] = [[]]
    for text, mark in parts:
        pieces = text.split("\n")
        for k, piece in enumerate(pieces):
            if k:
                lines.append([])
            if piece:
                lines[-1].append((piece, mark))
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.alignment = alignment
        for text, mark in line:
            if mark is None:
                p.add_run(text)
                continue
            wrapper = OxmlElement("w:ins" if mark == "ins" else "w:del")
            wrapper.set(qn("w:id"), marks.take())
            wrapper.set(qn("w:author"), AUTHOR)
            wrapper.set(qn("w:date"), FIXED_DATE)
            run = OxmlElement("w:r")
            t = OxmlElement("w:t" if mark == "ins" else "w:delText")
            t.set(qn("xml:space"), "preserve")
            t.text = text
            run.append(t)
            wrapper.append(run)
            p._p.append(wrapper)


def _fixed_zip(data: bytes) -> bytes:
    """The package again with every entry at one fixed time: the same document, the same bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=_ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()
