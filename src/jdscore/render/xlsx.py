"""Shared pieces for the workbooks jdscore writes (openpyxl): byte-identical saving, styles.

openpyxl stamps the save time into docProps/core.xml and every zip entry; a workbook built
from the same rubric must be the same bytes every time (it is committed, diffed, mailed
around), so saving goes through `workbook_bytes`, which fixes both.
"""

from __future__ import annotations

import datetime
import io
import zipfile
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.writer.excel import ExcelWriter

from ..numerals import plain
from ..source import printable

FIXED_TIME = datetime.datetime(2000, 1, 1, 0, 0, 0)
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)

THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
NOTE_FONT = Font(italic=True, color="595959")
WRAP_TOP = Alignment(wrap_text=True, vertical="top")
WRAP_CENTER = Alignment(wrap_text=True, vertical="center", horizontal="center")


class _FixedZip(zipfile.ZipFile):
    """A ZipFile whose entries all carry one fixed timestamp."""

    def writestr(self, zinfo_or_arcname, data, compress_type=None, compresslevel=None):
        if not isinstance(zinfo_or_arcname, zipfile.ZipInfo):
            info = zipfile.ZipInfo(str(zinfo_or_arcname), date_time=_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zinfo_or_arcname = info
        super().writestr(zinfo_or_arcname, data, compress_type, compresslevel)

    def write(self, filename, arcname=None, compress_type=None, compresslevel=None):
        # openpyxl writes worksheets through temporary files, which carry their mtime.
        with open(filename, "rb") as handle:
            self.writestr(arcname or str(filename), handle.read())


def new_workbook(title: str = "") -> Workbook:
    wb = Workbook()
    props = wb.properties
    props.creator = "jdscore"
    props.lastModifiedBy = "jdscore"
    props.title = title or None
    props.created = FIXED_TIME
    props.modified = FIXED_TIME
    return wb


def workbook_bytes(wb: Workbook) -> bytes:
    """The workbook as .xlsx bytes, identical for identical content."""
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                # openpyxl takes any text starting with "=" for a formula: a unit named
                # =HYPERLINK(...) in a facts file would become a live formula. jdscore
                # writes no formulas; every such cell is text as written.
                if cell.data_type == "f":
                    cell.data_type = "s"
    buffer = io.BytesIO()
    archive = _FixedZip(buffer, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
    ExcelWriter(wb, archive).save()
    return buffer.getvalue()


def text(value):
    """A value for a cell: in text, the control characters a workbook cannot hold (openpyxl
    refuses them, and every xlsx output crashed on a unit name holding one) written out
    visibly, \\x1b, as the terminal shows them."""
    if isinstance(value, str) and ILLEGAL_CHARACTERS_RE.search(value):
        return ILLEGAL_CHARACTERS_RE.sub(lambda found: printable(found.group()), value)
    return value


def number(value: Decimal):
    """A Decimal for a cell, exact: openpyxl writes str(Decimal), so normalise it first."""
    text = plain(value)
    return int(text) if "." not in text else Decimal(text)
