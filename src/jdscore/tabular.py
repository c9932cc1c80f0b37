"""Facts from a spreadsheet: a filled-in workbook (.xlsx) or CSV, read into the same tree
`facts.py` builds from YAML, so that the same validator checks it and names the cell.

The layout is the one `jdscore template --format xlsx|csv` writes:

    row 1      细则 | ../../rubrics/x.jd | 年度 | 2018      (label, value pairs; optional)
    row 2      单位 | 事实1 | 事实2 | …                      (the header row)
    row 3      #填写要求 | …                                 (rows whose first cell starts with # are skipped)
    row 4 …    张庄村 | 5 | 87% | 是 | …                     (one row per unit)

The header row is the first row whose first cell is 单位; rows above it hold label/value
pairs. A cell that holds a list (records, or several judged amounts) is written
`62000;150000`, `阅读量=62000,关注数=3;…`, or as YAML (`[0.5, 1]`); `[]` is an empty list.

Numbers: an .xlsx cell stores a double; it is read as the shortest decimal that denotes
that double (`repr`), which is the number typed, since Excel keeps 15 significant digits.
A cell formatted as a percentage is read as `87%`. No float reaches scoring.
"""

from __future__ import annotations

import csv
import datetime
import difflib
import functools
import io
import operator
import re
import unicodedata
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import field
from decimal import Decimal
from pathlib import Path
from typing import Any

from .records import dataclass
from .diagnostics import Stop, error
from .facts import (MAX_NAME, Budget, CellSpan, FactsEnvelope, Located, Validator, long_name, plain_tree,
                    read_yaml,
                    validate_units)
from .numerals import plain
from .schema import Kind, Schema, UnitFacts
from .source import Source, open_regular, read_bytes

DATA_SHEET = "填报"
GUIDE_SHEET = "填写说明"
UNIT_LABEL = "单位"
RUBRIC_LABEL = "细则"
PERIOD_LABEL = "年度"
HINT_LABEL = "#填写要求"
COMMENT_MARK = ("#", "＃")
_LABELS = {RUBRIC_LABEL: "rubric", "rubric": "rubric", PERIOD_LABEL: "period", "period": "period"}
_UNIT_LABELS = {UNIT_LABEL, "unit", "units"}
LIST_SEPARATORS = (";", "；")

# A workbook is read whole (its rows, not its cells' objects): up to Excel's own row count,
# and a file of up to 64 MB, whose parts unzip to no more than 256 MB. A sheet of 100,000
# units of 22 facts is a 6 MB file whose sheet unzips to 105 MB.
MAX_ROWS = 1_048_576
MAX_COLUMNS = 2_000
MAX_WORKBOOK_BYTES = 64 * 1024 * 1024
MAX_UNZIPPED = 256 * 1024 * 1024

SUFFIXES = {".xlsx", ".xlsm", ".csv", ".parquet"}


def is_tabular(path: str | Path) -> bool:
    return Path(path).suffix.lower() in SUFFIXES


# Spreadsheets of other formats: refused with the way out (save as .xlsx), never read as a
# YAML text that "is not UTF-8". Known by their name or by their first bytes.
OTHER_SUFFIXES = {".xls": "旧版 Excel(.xls)", ".xlt": "旧版 Excel 模板(.xlt)", ".xlsb": "Excel 二进制(.xlsb)",
                  ".et": "WPS 表格(.et)", ".ett": "WPS 表格模板(.ett)", ".ods": "OpenDocument 表格(.ods)",
                  ".ots": "OpenDocument 表格模板(.ots)", ".numbers": "Numbers 表格(.numbers)"}
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, .et, and an .xlsx with a password
_ZIP = b"PK\x03\x04"


def other_spreadsheet(path: str | Path, head: bytes) -> Stop | None:
    """The refusal of a facts file that is a spreadsheet jdscore does not read (`head`: its
    first bytes), or None."""
    name = str(path)
    kind = OTHER_SUFFIXES.get(Path(path).suffix.lower())
    if kind is None and head.startswith(_OLE2):
        kind = "旧版 Excel(.xls)或 WPS(.et)表格"
    elif kind is None and head.startswith(_ZIP):
        if b"opendocument.spreadsheet" in head[:200]:
            kind = "OpenDocument 表格(.ods)"
        else:
            return _fail("E602", f"{name} 是压缩文件(可能是改了扩展名的 .xlsx),不是 YAML 事实文件", name,
                         hint="如果它是 Excel 表格,请把扩展名改为 .xlsx")
    if kind is None:
        return None
    return _fail("E602", f"{name} 是{kind},jdscore 只读 .xlsx、.csv 和 YAML", name,
                 hint="请在 Excel 或 WPS 中打开它,另存为 .xlsx(Excel 工作簿)后再用")


@functools.lru_cache(maxsize=4096)  # asked for every cell read; a sheet has few columns
def column_letter(index: int) -> str:
    """1 -> A, 27 -> AA."""
    letters = ""
    while index > 0:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _sheet_prefix(sheet: str | None) -> str:
    if not sheet:
        return ""
    simple = all(ch.isalnum() or ch == "_" for ch in sheet)
    return (sheet if simple else "'" + sheet.replace("'", "''") + "'") + "!"


@dataclass
class Table:
    """The cells of one sheet: rows of values, each with its row number (1-based)."""

    name: str                      # file name, for messages
    sheet: str | None              # None for CSV
    rows: Iterable[tuple[int, list[Any]]]  # a list, or a stream read once (stream())
    source: Source                 # for the validator (its name; no excerpt is shown)
    header_row: int = 0
    columns: list[tuple[int, str]] = field(default_factory=list)  # (column, fact name)
    problems: list = field(default_factory=list)  # layout problems, reported with the rubric's
    # YAML in list cells: one budget for the whole sheet, so that a thousand cells of
    # aliases cannot each expand as far as a whole facts file may
    budget: Budget = field(default_factory=lambda: Budget(floor=0))
    # Whether a cell may hold True or False (a workbook's or a Parquet file's; a CSV's are
    # text and numbers): they are equal to 1 and 0, and values are remembered by value.
    bools: bool = True

    def ref(self, row: int, column: int) -> str:
        return f"{_sheet_prefix(self.sheet)}{column_letter(column)}{row}"

    def span(self, row: int, column: int) -> CellSpan:
        return CellSpan(self.name, row, column, row, column + 1, cell=self.ref(row, column))

    def located(self, value, row: int, column: int, keys=None) -> Located:
        return Located(value, row, column, keys or {}, row, column + 1, cell=self.ref(row, column))


# --------------------------------------------------------------------------- reading

def _fail(code: str, message: str, name: str, span=None, hint: str = "") -> Exception:
    return Stop([error(code, message, span, file=name, hint=hint)])


def read_table(path: str | Path) -> Table:
    p = Path(path)
    if p.suffix.lower() in _STREAMED:
        return Table(str(p), None, list(_STREAMED[p.suffix.lower()](p, max_rows=MAX_ROWS)), Source(str(p), ""),
                     bools=p.suffix.lower() != ".csv")
    data = read_bytes(p, what="事实文件", limit=MAX_WORKBOOK_BYTES)
    return _read_xlsx(str(p), data)


# A CSV is read as a stream, a record at a time: it has no size cap (a province's villages
# are 600,000 rows), only caps per cell (the csv module's own, 128 K characters), per row
# and on the count of rows, so that no input can fill the memory or run for ever.
MAX_STREAM_ROWS = 10_000_000
MAX_ROW_BYTES = 4 * 1024 * 1024
_SNIFF = 64 * 1024


class _RowTooLong(Exception):
    pass


def csv_rows(path: str | Path, *, max_rows: int = MAX_STREAM_ROWS) -> Iterator[tuple[int, list[Any]]]:
    """(record number, typed cells) of every record of a CSV file, read as a stream. UTF-8
    (with or without a BOM), else GBK when the file's first 64 KB read as GBK (Excel on a
    Chinese system saves CSV as GBK unless told otherwise). Line breaks become LF, inside
    quoted cells too."""
    name = str(path)
    fd = open_regular(path, what="事实文件")
    with io.BufferedReader(io.FileIO(fd, closefd=True), 1 << 20) as handle:
        encoding = _csv_encoding(name, handle.peek(_SNIFF)[:_SNIFF])
        budget = [0]
        reader = csv.reader(_lines(handle, encoding, budget))
        typed_cell = _CellCache().__getitem__
        n = 0
        try:
            for record in reader:
                n += 1
                if n > max_rows:
                    raise _fail("E602", f"{name} 超过 {max_rows} 行", name,
                                hint="一个单位一行,请确认选对了文件;更多的单位请按省、市分成几份")
                budget[0] = 0
                yield n, list(map(typed_cell, record))
        except csv.Error as exc:
            raise _fail("E602", f"{name} 不是合法的 CSV(第 {n + 1} 行): {exc}", name) from None
        except UnicodeDecodeError:
            raise _fail("E602", f"{name} 第 {n + 1} 行不是 {_ENCODING_NAMES[encoding]} 编码", name,
                        hint="用 Excel“另存为 → CSV UTF-8(逗号分隔)”保存") from None
        except _RowTooLong:
            raise _fail("E602", f"{name} 第 {n + 1} 行超过 {MAX_ROW_BYTES // 1024 // 1024} MB,"
                        "不像是一份事实表", name, hint="一个单位一行;请确认选对了文件") from None
        except OSError as exc:
            raise _fail("E001", f"无法读取事实文件 {name}: {exc.strerror}", name) from None


def parquet_rows(path: str | Path, *, max_rows: int = MAX_STREAM_ROWS) -> Iterator[tuple[int, list[Any]]]:
    """The rows of a Parquet file as a form's: its column names are the header row (the
    column 单位 first), the rubric it names in its metadata (细则 or rubric) a row above
    them; read a batch of rows at a time. Needs pyarrow (`pip install 'jdscore[parquet]'`)."""
    name = str(path)
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise _fail("E602", f"读取 Parquet 文件 {name} 需要 pyarrow", name,
                    hint="pip install 'jdscore[parquet]';或另存为 CSV") from None
    fd = open_regular(path, what="事实文件")
    with open(fd, "rb") as handle:
        try:
            data = pq.ParquetFile(handle)
            names = list(data.schema_arrow.names)
            meta = {k.decode("utf-8", "replace"): v.decode("utf-8", "replace")
                    for k, v in (data.schema_arrow.metadata or {}).items()}
        except Exception as exc:  # noqa: BLE001 - pyarrow raises many kinds for a damaged file
            raise _fail("E602", f"{name} 不是有效的 Parquet 文件({type(exc).__name__})", name) from None
        order = sorted(range(len(names)), key=lambda i: _label(names[i]) not in _UNIT_LABELS)
        n = 0
        rubric = next((meta[k] for k in (RUBRIC_LABEL, "rubric") if k in meta), None)
        if rubric is not None:
            n += 1
            yield n, [RUBRIC_LABEL, rubric]
        n += 1
        yield n, [names[i] for i in order]
        typed_cell = _CellCache().__getitem__
        try:
            for batch in data.iter_batches(batch_size=8192):
                columns = [batch.column(i).to_pylist() for i in order]
                for values in zip(*columns):
                    n += 1
                    if n > max_rows:
                        raise _fail("E602", f"{name} 超过 {max_rows} 行", name,
                                    hint="一个单位一行,请确认选对了文件;更多的单位请按省、市分成几份")
                    yield n, [typed_cell(v) if v.__class__ is str else _parquet_value(v) for v in values]
        except Stop:
            raise
        except Exception as exc:  # noqa: BLE001 - damage found as the batches are read
            raise _fail("E602", f"{name} 第 {n + 1} 行无法读取({type(exc).__name__})", name) from None


def _parquet_value(value):
    """A Parquet value as a cell's: whole numbers stay, a double is the decimal it prints
    as (as a workbook's), a date or time is no fact."""
    if value is None or isinstance(value, (bool, int, Decimal)):
        return value
    if isinstance(value, float):
        return Decimal(repr(value)) if value == value and abs(value) != float("inf") else str(value)
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time, datetime.timedelta)):
        return _Date(value)
    return _csv_value(str(value))


_STREAMED = {".csv": csv_rows, ".parquet": parquet_rows}
_ENCODING_NAMES = {"utf-8": "UTF-8", "gb18030": "GBK"}


def _csv_encoding(name: str, head: bytes) -> str:
    for encoding in _ENCODING_NAMES:
        try:
            head.decode(encoding)
            return encoding
        except UnicodeDecodeError as exc:
            if exc.end >= len(head) - 3 and len(head) == _SNIFF:  # a character cut by the sample's end
                return encoding
    raise _fail("E602", f"{name} 既不是 UTF-8 也不是 GBK 编码的 CSV", name,
                hint="用 Excel“另存为 → CSV UTF-8(逗号分隔)”保存")


def _lines(handle, encoding: str, budget: list[int]):
    """The text lines of `handle`, each decoded on its own (a bad byte is named by its row),
    CR LF and a lone CR made LF; a record (budget: its bytes so far) longer than
    MAX_ROW_BYTES is refused before it is held in memory whole."""
    first = True
    while True:
        line = handle.readline(MAX_ROW_BYTES + 1)
        if not line:
            return
        budget[0] += len(line)
        if budget[0] > MAX_ROW_BYTES:
            raise _RowTooLong()
        text = line.decode(encoding)
        if first:
            text, first = text.removeprefix("\ufeff"), False
        if "\r" not in text:
            yield text
            continue
        parts = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")  # lone CRs: several lines
        for part in parts[:-1]:
            yield part + "\n"
        if parts[-1]:
            yield parts[-1]


class _CellCache(dict):
    """`_csv_value` of a cell's text, remembered (`cache[text]`): a form of 600,000 rows
    holds a few hundred different texts (0, 1, 是, 否 …); bounded, so a form of all
    different texts costs no more memory than one of a few."""

    LIMIT = 65_536

    def __missing__(self, text: str):
        if len(self) >= self.LIMIT:
            self.clear()
        value = self[text] = _csv_value(text)
        return value


_INTEGER = re.compile(r"[-+]?[0-9]+")
_DECIMAL = re.compile(r"[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+)")


def typed(text: str):
    """A number written as text becomes the number YAML would read (5 -> 5, 0.5 -> Decimal);
    anything else stays text for the validator (87%, 是, 缺报, 三条)."""
    text = text.strip()
    if not text:
        return None
    if _INTEGER.fullmatch(text):  # (Decimal when long: int() refuses 4,300 digits; E416 says why)
        return int(text) if len(text) < 100 else Decimal(text)
    if _DECIMAL.fullmatch(text):
        return Decimal(text)
    return text


def _csv_value(text: str):
    return _ErrorValue(text.strip()) if text.strip() in EXCEL_ERRORS else typed(text)


def _read_xlsx(name: str, data: bytes) -> Table:
    from openpyxl import load_workbook

    hint = "请用 Excel 另存为 .xlsx(不设密码);旧的 .xls 格式需先转换"
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            _check_parts(name, archive, hint)
    except (zipfile.BadZipFile, zlib.error, NotImplementedError, ValueError, EOFError):  # damaged: "zip file version 12.4"
        raise _fail("E602", f"{name} 不是有效的 .xlsx 文件", name, hint=hint) from None
    try:
        wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds for a damaged file
        raise _fail("E602", f"{name} 无法作为工作簿打开({type(exc).__name__})", name, hint=hint) from None
    try:
        ws = wb[DATA_SHEET] if DATA_SHEET in wb.sheetnames else wb.worksheets[0]
        rows = list(_sheet_rows(name, ws))
        sheet = ws.title
    except Stop:
        raise
    except Exception as exc:  # noqa: BLE001 - read-only sheets are parsed as they are read:
        # damage (a DOCTYPE, an entity, a bad cell) surfaces here, not in load_workbook
        raise _fail("E602", f"{name} 无法作为工作簿读取({type(exc).__name__})", name, hint=hint) from None
    finally:
        wb.close()
    return Table(name, sheet, rows, Source(name, ""))


# Each XML part of a workbook is parsed by the system's expat, whose time grows with the
# square of a single token's length (a 190 KB workbook holding one huge text node unzipped
# to 200 MB and took over half an hour). A part may unzip to MAX_PART, no token in it may
# be longer than MAX_TOKEN (an honest cell holds at most 32,767 characters), and a sheet
# may hold MAX_CELLS cells, counting each row as wide as its last value.
MAX_PART = 192 * 1024 * 1024
MAX_TOKEN = 1024 * 1024
MAX_CELLS = 30_000_000
_XML_PARTS = (".xml", ".rels", ".vml")
_OPENING_RUN = re.compile(rb"[^<]{%d}" % MAX_TOKEN)
_TAG_RUN = re.compile(rb"<[^<]{%d}" % MAX_TOKEN)  # a tag and the text after it: '<' ends both
_SPECIAL = re.compile(rb"<!--|<!\[CDATA\[|<\?")  # these may hold '<': measured to their end
_SPECIAL_END = {b"<!--": b"-->", b"<![CDATA[": b"]]>", b"<?": b"?>"}


def _check_parts(name: str, archive: zipfile.ZipFile, hint: str) -> None:
    """Refuse a workbook whose parts unzip too large or hold a token too long to parse.
    (The sizes a zip states bound what it yields: zipfile reads no byte past them.)"""
    infos = archive.infolist()
    if sum(info.file_size for info in infos) > MAX_UNZIPPED:
        raise _fail("E602", f"{name} 解压后过大,不像是一份事实表", name, hint=hint)
    for info in infos:
        if not info.filename.lower().endswith(_XML_PARTS):
            continue
        if info.file_size > MAX_PART:
            raise _fail("E602", f"{name} 中的 {info.filename} 解压后有 {info.file_size // 1024 // 1024} MB,"
                        f"超过上限 {MAX_PART // 1024 // 1024} MB", name,
                        hint="一份事实表用不了这么大;请确认选对了文件,或删去多余的行、列和格式后另存")
        if _long_token(archive.read(info)):
            raise _fail("E602", f"{name} 中的 {info.filename} 有一段超过 {MAX_TOKEN // 1024 // 1024} MB 的"
                        "文字、注释或标记,不像是一份事实表", name, hint=hint)


def _long_token(xml: bytes) -> bool:
    """Whether one text node, tag, comment, CDATA section or processing instruction of `xml`
    is longer than MAX_TOKEN. Linear: every search starts where the last one ended."""
    if _OPENING_RUN.match(xml) or _TAG_RUN.search(xml):
        return True
    position = 0
    while (start := _SPECIAL.search(xml, position)) is not None:
        end = xml.find(_SPECIAL_END[start.group()], start.end(), start.end() + MAX_TOKEN)
        if end < 0:
            return True
        position = end
    return False


def _sheet_rows(name: str, ws):
    """(row number, values) of every row holding a value, each row as wide as its last value
    (empty cells formatted out to column 2,000 cost nothing), columns past MAX_COLUMNS left out.

    openpyxl's own rows are as wide as the sheet says it is, or as the column asked for, so
    that a cell in row 1,000,000 or in column XFD made millions of empty cells: the sheet's
    cells are read from its parser instead (openpyxl 3.1's read-only worksheet)."""
    from openpyxl.cell.read_only import ReadOnlyCell
    from openpyxl.worksheet._reader import WorkSheetParser

    class ValuedCells(WorkSheetParser):
        def parse_row(self, row):
            # an empty cell (formatting only: <c r="BXX9" s="1"/>) costs openpyxl more than
            # all the rest; it is dropped unread unless a cell without its position follows,
            # whose place openpyxl counts from the cell before it
            cells = list(row)
            if all(cell.get("r") for cell in cells):
                row[:] = [cell for cell in cells if len(cell)]
            return super().parse_row(row)

    wb = ws.parent
    cells_left = MAX_CELLS
    with ws._get_source() as source:
        parser = ValuedCells(source, ws._shared_strings, data_only=True, epoch=wb.epoch,
                                 date_formats=wb._date_formats, timedelta_formats=wb._timedelta_formats)
        for r, cells in parser.parse():
            if r > MAX_ROWS:
                raise _fail("E602", f"{name} 超过 {MAX_ROWS} 行(第 {r} 行有内容)", name,
                            hint="一个单位一行;请确认选对了文件,或删去表格下方多余的内容")
            values = {}
            for cell in cells:
                if cell["value"] is not None and 0 < cell["column"] <= MAX_COLUMNS:
                    value = _xlsx_value(ReadOnlyCell(ws, **cell))
                    if value is not None:
                        values[cell["column"]] = value
            if not values:
                continue
            width = max(values)
            cells_left -= width
            if cells_left < 0:
                raise _fail("E602", f"{name} 的单元格超过 {MAX_CELLS} 个", name,
                            hint="一个单位一行、一个事实一列;请确认选对了文件")
            yield r, [values.get(c) for c in range(1, width + 1)]


# What a formula that failed shows in its cell (and a CSV saved from it holds as text): a
# unit-name cell holding one starts with #, but it is no comment row.
EXCEL_ERRORS = frozenset({"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA",
                          "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!"})


class _ErrorValue:
    """A cell holding a formula's error value: never a name or a fact, reported with its cell."""

    def __init__(self, text: str):
        self.text = text

    def __str__(self) -> str:
        return self.text


class _Date:
    """A date or time typed into a cell: never a valid fact, reported with its cell."""

    def __init__(self, value):
        self.value = value

    def __str__(self) -> str:
        return str(self.value)


def _xlsx_value(cell):
    value = getattr(cell, "value", None)
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        number = Decimal(value) if isinstance(value, int) else Decimal(repr(value))
        if not number.is_finite():  # <v>1e999</v>, <v>NaN</v>: text, which the validator refuses (E405)
            return str(value)
        if "%" in (getattr(cell, "number_format", "") or ""):
            return f"{plain(number * 100)}%"
        return int(number) if isinstance(value, int) else number
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time, datetime.timedelta)):
        return _Date(value)
    text = str(value).strip()
    if getattr(cell, "data_type", None) == "e" or text in EXCEL_ERRORS:
        return _ErrorValue(text)
    return text if text else None


_NOT_VALUES = frozenset({_Date, _ErrorValue})


# ---------------------------------------------------------------------- the layout

def _label(value) -> str:
    """A layout label (单位, 细则 …), compared loosely: full-width and case do not matter."""
    return unicodedata.normalize("NFKC", str(value)).strip().lower() if value is not None else ""


def _name(value) -> str:
    """A fact or unit name, kept as written (only surrounding spaces go)."""
    if isinstance(value, Decimal):
        return plain(value)
    return str(value).strip() if value is not None else ""


def _is_comment(value) -> bool:
    return isinstance(value, str) and value.startswith(COMMENT_MARK)


@dataclass
class Layout:
    """What the rows above the units say: label/value pairs and the header row."""

    header_row: int
    header_cells: list[Any]
    columns: list[tuple[int, str]]          # (column, fact name)
    meta: dict[str, Located]                # rubric, period
    problems: list = field(default_factory=list)

    def envelope(self, units: dict) -> FactsEnvelope:
        """The envelope of the form (`units`: its units' names, none yet for a stream)."""
        rubric, period = self.meta.get("rubric"), self.meta.get("period")
        return FactsEnvelope(None if rubric is None else str(rubric.value),
                             None if period is None else _period(period.value), units)


def read_layout(table: Table, rows: Iterator[tuple[int, list[Any]]]) -> Layout:
    """The rows above the units and the header row, read from `rows` (which goes on with the
    first row below the header); E603 when no row is a header."""
    meta: dict[str, Located] = {}
    for r, cells in rows:
        first = _label(cells[0]) if cells else ""
        if first in _UNIT_LABELS:
            layout = Layout(r, cells, [], meta)
            break
        for c in range(0, len(cells) - 1, 2):
            key = _LABELS.get(_label(cells[c]))
            if key and cells[c + 1] is not None and key not in meta:
                meta[key] = table.located(_scalar(cells[c + 1]), r, c + 2)
    else:
        raise _fail("E603", f"{table.name} 中找不到表头行(第一格是“{UNIT_LABEL}”的一行)", table.name,
                    hint=f"表头行第一格写“{UNIT_LABEL}”,其后每列一个事实名称;"
                         "可用 jdscore template 细则.jd --format xlsx 生成空表")
    table.header_row = layout.header_row
    seen: dict[str, int] = {}
    for c, value in enumerate(layout.header_cells[1:], start=2):
        name = _name(value)
        if not name or _is_comment(name):
            continue
        if name in seen:
            layout.problems.append(error("E413", f"表头“{name}”出现了两次(另一次在 {table.ref(layout.header_row, seen[name])})",
                                         table.span(layout.header_row, c), hint="删掉或合并其中一列"))
            continue
        seen[name] = c
        layout.columns.append((c, name))
    table.columns = layout.columns
    return layout


class UnitRows:
    """The rows below the header, one at a time: which are units, and what is wrong with
    the layout of each (problems, in row order). A unit's name is remembered (a name may
    not come twice); nothing else of a row is."""

    def __init__(self, table: Table, layout: Layout):
        self.table, self.layout = table, layout
        self.problems = layout.problems
        self.named = {c for c, _ in layout.columns}
        self.rows: dict[str, int] = {}  # unit -> its row
        # a row no wider than this has no cell in a column without a header
        self.covered = next((c - 1 for c in range(2, len(layout.header_cells) + 2) if c not in self.named
                             and not _is_comment(layout.header_cells[c - 1] if c - 1 < len(layout.header_cells)
                                                 else None)), 0)

    def unit(self, r: int, cells: list[Any]) -> str | None:
        """The unit a row holds, its bad cells (dates, error values) reported and set to
        None in `cells`; None for a comment row, an empty one or one that is no unit."""
        table, problems = self.table, self.problems
        first = cells[0] if cells else None
        if _is_comment(first):
            return None
        if first is None:
            if any(v is not None for v in cells[1:]):
                problems.append(error("E603", f"第 {r} 行填了数据,但没有写单位名称",
                                      table.span(r, 1), hint="在 A 列写单位名称,或删掉这一行"))
            return None
        if isinstance(first, _ErrorValue):
            problems.append(error("E604", f"第 {r} 行的单位名称是公式的错误值 {first},这个单位无法计分",
                                  table.span(r, 1), hint="在 A 列改正公式或直接填写单位名称"))
            return None
        if len(cells) > self.covered:
            header_cells = self.layout.header_cells
            for c, v in enumerate(cells[1:], start=2):
                if v is not None and c not in self.named and not _is_comment(
                        header_cells[c - 1] if c - 1 < len(header_cells) else None):
                    problems.append(error("E603", "这一格有数据,但这一列没有表头(事实名称)",
                                          table.span(r, c), hint="在表头行写上事实名称,或清空这一列"))
        unit = _name(first)
        if len(unit) > MAX_NAME:
            problems.append(long_name(unit, table.span(r, 1)))
            return None
        if unit in self.rows:
            problems.append(error("E413", f"单位“{unit}”写了两行(另一行是第 {self.rows[unit]} 行)",
                                  table.span(r, 1), hint="删掉或合并其中一行"))
            return None
        if _NOT_VALUES.isdisjoint(map(type, cells)):
            self.rows[unit] = r
            return unit
        for c, name in self.layout.columns:
            value = cells[c - 1] if c - 1 < len(cells) else None
            if isinstance(value, _Date):
                problems.append(error("E604", f"单位“{unit}”: “{name}”填的是日期或时间({value}),不是数值",
                                      table.span(r, c), hint="把这一格设为“常规”格式后重新填写"))
                cells[c - 1] = None
            elif isinstance(value, _ErrorValue):
                problems.append(error("E604", f"单位“{unit}”: “{name}”是公式的错误值 {value},不是数值",
                                      table.span(r, c), hint="改正这一格的公式,或直接填写数值"))
                cells[c - 1] = None
        self.rows[unit] = r
        return unit

    def no_units(self) -> Stop:
        """The problems found, or that there is no unit at all below the header."""
        problems = self.problems
        if not problems:
            problems = [error("E603", f"{self.table.name} 的表头行下面没有任何单位",
                              self.table.span(self.layout.header_row, 1), hint="每个单位填一行,A 列写单位名称")]
        return Stop(problems)


def to_document(table: Table) -> tuple[Located, FactsEnvelope]:
    """The facts tree (as `read_yaml` builds it) and the envelope of a table."""
    rows = iter(table.rows)
    layout = read_layout(table, rows)
    header = layout.header_row
    checked = UnitRows(table, layout)
    units: dict[str, Located] = {}
    unit_keys: dict[str, tuple] = {}
    for r, cells in rows:
        unit = checked.unit(r, cells)
        if unit is None:
            continue
        body: dict[str, Located] = {}
        keys: dict[str, tuple] = {}
        for c, name in layout.columns:
            value = cells[c - 1] if c - 1 < len(cells) else None
            ref = table.ref(r, c)  # one text for both (a form holds a million cells)
            body[name] = Located(value, r, c, {}, r, c + 1, cell=ref)
            keys[name] = (r, c, ref)
        unit_keys[unit] = (r, 1, table.ref(r, 1))
        units[unit] = Located(body, r, 1, keys, r, 2, cell=table.ref(r, 1))
    if not units:
        raise checked.no_units()
    # Reported together with what the rubric finds wrong with the columns (validate).
    table.problems = checked.problems
    root_keys = {"units": (header, 1, table.ref(header, 1))}
    doc_value: dict[str, Located] = {}
    for key, located in layout.meta.items():
        doc_value[key] = located
        root_keys[key] = (located.line, located.column, located.cell)
    doc_value["units"] = Located(units, header, 1, unit_keys, header, 2, cell=table.ref(header, 1))
    doc = Located(doc_value, 1, 1, root_keys)
    return doc, layout.envelope({name: None for name in units})


def _scalar(value):
    if isinstance(value, Decimal):
        return plain(value)
    return value


def _period(value):
    if isinstance(value, int):
        return value
    text = str(value)
    return int(text) if text.isascii() and text.isdigit() and len(text) < 100 else text


def load(path: str | Path, *, need_rubric: bool = False) -> tuple[Table, Located, FactsEnvelope]:
    """Read a workbook or CSV; `need_rubric`: no --rubric was given, so the sheet must name it."""
    table = read_table(path)
    doc, envelope = to_document(table)
    _named_rubric(table, envelope, need_rubric)
    return table, doc, envelope


def _named_rubric(table: Table, envelope: FactsEnvelope, need_rubric: bool) -> None:
    if need_rubric and envelope.rubric is None:
        raise _fail("E603", f"{table.name} 没有写细则文件,也没有用 --rubric 指定", table.name,
                    span=table.span(1, 1),
                    hint=f"在表头行上面一行写“{RUBRIC_LABEL}”,右边一格写细则文件的路径"
                         "(相对于本表格所在目录)")


# ---------------------------------------------------------------------- validation

def validate(table: Table, doc: Located, schema: Schema, places: int) -> list[UnitFacts]:
    """Columns against the rubric's facts (each problem once, at its header cell), list cells
    into lists, then the same validation as a YAML file."""
    problems = list(table.problems) + column_problems(table, schema)
    if problems:
        raise Stop(problems)
    convert_lists(table, doc, schema)
    return validate_units(table.source, doc, schema, places)


def column_problems(table: Table, schema: Schema) -> list:
    """The header row against the rubric's facts: columns it does not know (E403), facts
    without a column (E404)."""
    problems = []
    names = [name for _, name in table.columns]
    known = schema.facts
    for c, name in table.columns:
        if name not in known:
            guess = difflib.get_close_matches(name, list(known), n=1, cutoff=0.4)
            problems.append(error("E403", f"表头“{name}”不是细则里的事实" + (f",是不是“{guess[0]}”?" if guess else ""),
                                  table.span(table.header_row, c),
                                  hint="事实名称要与细则规则行冒号前的名称一字不差"))
    lacking = [f"“{fact}”({spec.kind.label})" for fact, spec in known.items() if fact not in names]
    if lacking:
        problems.append(error("E404", f"表头缺少 {len(lacking)} 个事实的列: " + "、".join(lacking),
                              table.span(table.header_row, 1),
                              hint="每个事实一列;用 jdscore template 细则.jd --format xlsx 重新生成表头"))
    return problems


# ---------------------------------------------------------------------- streaming

@dataclass
class Stream:
    """A form read a row at a time (`units`): only its layout (the rows down to the header)
    is read when it is opened; no unit is held once it has been validated."""

    table: Table
    layout: Layout
    rows: Iterator[tuple[int, list[Any]]]
    doc: Located                  # the label/value pairs above the header (rubric, period)
    envelope: FactsEnvelope

    def units(self, schema: Schema, places: int, *, keep_raw: bool = False) -> Iterator[UnitFacts]:
        """Every unit validated, as the rows are read; at the end, Stop listing every problem
        (as `validate` reports them: the layout's first, then list cells', then values')."""
        table = self.table
        checked = UnitRows(table, self.layout)
        columns = column_problems(table, schema)
        read = None if columns else _RowReader(table, {name: c for c, name in self.layout.columns}, schema, places,
                                               keep_raw)
        any_unit = False
        for r, cells in self.rows:
            unit = checked.unit(r, cells)
            if unit is None:
                continue
            any_unit = True
            if columns or checked.problems:
                continue  # the layout is wrong: its problems are all that is reported
            facts = read.unit(unit, r, cells)
            if facts is not None:
                yield facts
        if not any_unit:
            raise checked.no_units()
        problems = checked.problems + columns or read.list_problems or read.validator.diagnostics
        if problems:
            raise Stop(problems)


def stream(path: str | Path, *, need_rubric: bool = False) -> Stream:
    """Open a form for reading a row at a time: a CSV or Parquet file as a stream of any
    length, a workbook as read whole (within its caps)."""
    p = Path(path)
    if p.suffix.lower() in _STREAMED:
        table = Table(str(p), None, (), Source(str(p), ""), bools=p.suffix.lower() != ".csv")
        rows = _STREAMED[p.suffix.lower()](p)
    else:
        table = read_table(p)
        rows = iter(table.rows)
    layout = read_layout(table, rows)
    envelope = layout.envelope({})
    _named_rubric(table, envelope, need_rubric)
    root_keys = {key: (located.line, located.column, located.cell) for key, located in layout.meta.items()}
    return Stream(table, layout, rows, Located(dict(layout.meta), 1, 1, root_keys), envelope)


class _RowReader:
    """One row's cells into the values the scoring functions read, by the validator's own
    rules. What depends only on a cell's value and its column is worked out once: a value
    read without a problem is remembered per column (a province's form repeats a few
    hundred values), so a row whose every value was seen before costs one look-up per
    cell, made in one pass."""

    MEMO_LIMIT = 4096

    def __init__(self, table: Table, columns: dict[str, int], schema: Schema, places: int, keep_raw: bool):
        self.table, self.keep_raw = table, keep_raw
        self.validator = Validator(table.source, schema, places)
        self.list_problems: list = []
        self.facts = [(fact, spec, columns[fact] - 1, spec.kind in (Kind.RECORDS, Kind.AMOUNTS))
                      for fact, spec in schema.facts.items()]
        self.names = [fact for fact, *_ in self.facts]
        self.columns = {fact: i for fact, _, i, _ in self.facts}
        # per fact: value as read -> what it converts to; never a list fact's, nor 缺报
        self.memos: list[dict] = [{} for _ in self.facts]
        indices = [i for _, _, i, _ in self.facts]
        self.pick = (lambda cells: (cells[indices[0]],)) if len(indices) == 1 else operator.itemgetter(*indices)
        self.typed_cells = table.bools  # True and False need their type beside their value

    def unit(self, unit: str, r: int, cells: list[Any]) -> UnitFacts | None:
        if not self.typed_cells and len(self.facts):
            try:
                picked = self.pick(cells)
            except IndexError:  # a short row: its empty cells are reported below
                picked = None
            if picked is not None:
                values = list(map(dict.get, self.memos, picked))
                if None not in values:  # every value seen before
                    if not self._within_levels(unit, r, cells, values):
                        return None
                    raw = dict(zip(self.names, picked)) if self.keep_raw else {}
                    return UnitFacts(unit, self.table.span(r, 1), values, raw, [])
        return self._each(unit, r, cells)

    def _each(self, unit: str, r: int, cells: list[Any]) -> UnitFacts | None:
        """A row cell by cell: those read before from memory, the others by the validator."""
        table, validator = self.table, self.validator
        values: list = []
        missing: list[str] = []
        raw: dict[str, Any] = {}
        width = len(cells)
        fine = True
        for (fact, spec, i, is_list), memo in zip(self.facts, self.memos):
            value = cells[i] if i < width else None
            # Numbers equal in value convert alike (1, 1.0 and 1.000; the text they were
            # written as is kept apart, in `raw`); True and False are not numbers.
            key = (bool, value) if value.__class__ is bool else value
            known = memo.get(key)
            if known is not None:
                values.append(known)
                if self.keep_raw:
                    raw[fact] = value
                continue
            located = Located(value, r, i + 1, {}, r, i + 2, cell=table.ref(r, i + 1))
            if is_list:
                try:
                    located = _list_cell(table, located, spec, unit, fact) or located
                except _CellError as exc:
                    self.list_problems.append(exc.diagnostic)
                    fine = False
                    continue
            before = len(validator.diagnostics)
            converted, absent = validator.value(spec, located, unit, fact)
            values.append(converted)
            if absent:
                missing.append(fact)
            if self.keep_raw:
                raw[fact] = plain_tree(located)
            if len(validator.diagnostics) > before:
                fine = False
            elif not is_list and not absent and converted is not None:
                if len(memo) >= self.MEMO_LIMIT:
                    memo.clear()
                memo[key] = converted
        if not fine or not self._within_levels(unit, r, cells, values):
            return None
        return UnitFacts(unit, table.span(r, 1), values, raw, missing)

    def _within_levels(self, unit: str, r: int, cells: list[Any], values: list) -> bool:
        """The points judged within the range of the level given, as the YAML reader checks them
        (each cell converts alone, and is remembered alone, so the pair is checked per row)."""
        if not self.validator.judged_levels:
            return True

        def written(fact: str) -> Located:
            i = self.columns[fact]
            return Located(cells[i], r, i + 1, {}, r, i + 2, cell=self.table.ref(r, i + 1))

        return self.validator.judged_within_level(values, written, unit)


def convert_lists(table: Table, doc: Located, schema: Schema) -> None:
    """Cells of list facts (records, judged amounts) become lists, in place; raise Stop
    listing every cell that cannot be read."""
    problems = list(table.problems)
    units: Located = doc.value["units"]
    for unit, body in units.value.items():
        for fact, located in body.value.items():
            spec = schema.facts.get(fact)
            if spec is not None and spec.kind in (Kind.RECORDS, Kind.AMOUNTS):
                try:
                    converted = _list_cell(table, located, spec, unit, fact)
                except _CellError as exc:
                    problems.append(exc.diagnostic)
                    continue
                if converted is not None:
                    body.value[fact] = converted
    if problems:
        raise Stop(problems)


class _CellError(Exception):
    def __init__(self, diagnostic):
        self.diagnostic = diagnostic


def _list_cell(table: Table, located: Located, spec, unit: str, fact: str) -> Located | None:
    """A cell holding a list, as a list of located items (values stay as written)."""
    value = located.value
    r, c = located.line, located.column
    if value is None or isinstance(value, bool):
        return None  # the validator reports it (empty, or not a list)
    if isinstance(value, (int, Decimal)):
        items = [value]
    else:
        text = str(value).strip()
        if text.startswith("["):
            return _yaml_cell(table, located, unit, fact)
        parts = text
        for sep in LIST_SEPARATORS[1:]:
            parts = parts.replace(sep, LIST_SEPARATORS[0])
        items = [p.strip() for p in parts.split(LIST_SEPARATORS[0]) if p.strip()]
    out = []
    attributes = list(spec.attributes)
    for item in items:
        if isinstance(item, str):
            item = typed(item)
        if spec.kind is Kind.AMOUNTS:
            out.append(table.located(item, r, c))
            continue
        record: dict[str, Located] = {}
        keys: dict[str, tuple] = {}
        if isinstance(item, str) and "=" in unicodedata.normalize("NFKC", item):
            for pair in unicodedata.normalize("NFKC", item).split(","):
                key, sep, raw = pair.partition("=")
                if not sep or not key.strip():
                    raise _CellError(error("E604", f"单位“{unit}”: “{fact}”里的“{pair}”看不懂,应写成 属性=值",
                                           table.span(r, c), hint=_list_hint(spec)))
                record[key.strip()] = table.located(typed(raw), r, c)
                keys[key.strip()] = (r, c, table.ref(r, c))
        elif len(attributes) == 1:
            record[attributes[0]] = table.located(item, r, c)
            keys[attributes[0]] = (r, c, table.ref(r, c))
        else:
            raise _CellError(error("E604", f"单位“{unit}”: “{fact}”的每条记录有 {len(attributes)} 个属性,"
                                   "要写成 属性=值", table.span(r, c), hint=_list_hint(spec)))
        out.append(table.located(record, r, c, keys))
    return table.located(out, r, c)


def _yaml_cell(table: Table, located: Located, unit: str, fact: str) -> Located:
    r, c = located.line, located.column
    source = Source.from_text(table.ref(r, c), str(located.value))
    try:
        tree = read_yaml(source, table.budget)
    except Stop:
        raise _CellError(error("E604", f"单位“{unit}”: “{fact}”这一格的列表写法有误",
                               table.span(r, c), hint="例如 [0.5, 1] 或 [{阅读量: 62000}];或用分号分隔")) from None
    return _relocate(table, tree, r, c)


def _relocate(table: Table, node: Located, r: int, c: int) -> Located:
    """Every position inside a cell's YAML becomes the cell itself."""
    value = node.value
    if isinstance(value, dict):
        value = {k: _relocate(table, v, r, c) for k, v in value.items()}
        keys = {k: (r, c, table.ref(r, c)) for k in value}
        return table.located(value, r, c, keys)
    if isinstance(value, list):
        value = [_relocate(table, v, r, c) for v in value]
    return table.located(value, r, c)


def _list_hint(spec) -> str:
    attributes = list(spec.attributes)
    if spec.kind is Kind.AMOUNTS:
        return "多次评定用分号分隔,如 0.5;1;一次也没有写 []"
    if len(attributes) == 1:
        return f"多条用分号分隔,如 62000;150000(每条的{attributes[0]});一条也没有写 []"
    example = ",".join(f"{a}=1" for a in attributes)
    return f"每条写 {example},多条用分号分隔;一条也没有写 []"
