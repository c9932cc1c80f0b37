"""Documents as blocks: paragraphs of text and tables of merged cells, whatever the format.

    .docx       paragraphs and tables in document order (python-docx; merged cells from
                w:gridSpan and w:vMerge, read from the XML so that a merged run is one cell)
    .xlsx       the first sheet as one table (merged ranges from the workbook)
    .txt / .md  paragraphs, one a line; a Markdown table (| a | b |) is a table, its blank
                cells in the leading columns standing for the cell above (as `render --format md` writes)

A table cell knows its merged region (`key`): the importer reads structure from merges,
never from equal texts, so two sibling items with one title stay two items.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import field
from pathlib import Path

from ..records import dataclass
from ..diagnostics import Stop, error
from ..source import read_bytes

# A .docx or .xlsx that unpacks to more than this is no rubric (a zip bomb, or a wrong file).
MAX_UNZIPPED = 64 * 1024 * 1024


@dataclass
class Cell:
    text: str
    key: tuple  # the merged region: equal keys are one cell of the document


@dataclass
class Table:
    rows: list[list[Cell]]


@dataclass
class Paragraph:
    text: str


@dataclass
class Document:
    name: str
    blocks: list[Paragraph | Table] = field(default_factory=list)


def _fail(code: str, message: str, name: str, hint: str = "") -> Stop:
    return Stop([error(code, message, None, file=name, hint=hint)])


def read_document(path: Path) -> Document:
    """The document at `path` as blocks; Stop (E001/E003 the file, E801 damaged, E802 format)."""
    suffix = path.suffix.lower()
    if suffix not in READERS:
        raise _fail("E802", f"不支持的文档格式“{path.suffix or '(无扩展名)'}”: {path}", str(path),
                    hint="支持 .docx、.xlsx、.txt、.md;旧的 .doc/.xls 请先另存为 .docx/.xlsx")
    data = read_bytes(path, what="文档")
    return READERS[suffix](str(path), data)


# ------------------------------------------------------------------------------ text

_MD_ROW = re.compile(r"^\s*\|(.*)\|\s*$")
_MD_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def _decode(name: str, data: bytes) -> str:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise _fail("E801", f"{name} 既不是 UTF-8 也不是 GBK 编码的文本", name, hint="请另存为 UTF-8 文本")


def _md_cells(line: str) -> list[str]:
    inner = _MD_ROW.match(line).group(1)
    cells = re.split(r"(?<!\\)\|", inner)
    return [_md_unescape(c.strip()) for c in cells]


def _md_unescape(text: str) -> str:
    text = re.sub(r"<br\s*/?>", "\n", text)
    text = re.sub(r"\\(.)", r"\1", text)
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").replace("**", "")


def read_text(name: str, data: bytes) -> Document:
    doc = Document(name)
    lines = _decode(name, data).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    i = 0
    while i < len(lines):
        if _MD_ROW.match(lines[i]) and i + 1 < len(lines) and _MD_RULE.match(lines[i + 1]):
            rows = [_md_cells(lines[i])]
            i += 2
            while i < len(lines) and _MD_ROW.match(lines[i]):
                rows.append(_md_cells(lines[i]))
                i += 1
            doc.blocks.append(_md_table(rows, len(doc.blocks)))
            continue
        text = lines[i].strip()
        if text:
            doc.blocks.append(Paragraph(text))
        i += 1
    return doc


def _md_table(rows: list[list[str]], index: int) -> Table:
    """A Markdown table has no merges: a blank cell continues the cell above in the columns
    before the first filled one (the group columns), as `render --format md` writes them."""
    out: list[list[Cell]] = []
    above: list[tuple] = []
    for r, texts in enumerate(rows):
        filled = next((c for c, t in enumerate(texts) if t), len(texts))
        row = []
        for c, text in enumerate(texts):
            if not text and r > 0 and c < filled and c < len(above):
                row.append(Cell(out[-1][c].text, above[c]))
            else:
                row.append(Cell(text, (index, r, c)))
        above = [cell.key for cell in row]
        out.append(row)
    return Table(out)


# ------------------------------------------------------------------------------ docx

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _check_zip(name: str, data: bytes, what: str) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if sum(info.file_size for info in archive.infolist()) > MAX_UNZIPPED:
                raise _fail("E801", f"{name} 解压后过大,不像是一份{what}", name)
    except (zipfile.BadZipFile, NotImplementedError, ValueError, EOFError):
        raise _fail("E801", f"{name} 不是有效的{what}文件", name,
                    hint="请用 Word/WPS 另存为 .docx;旧的 .doc 格式需先转换") from None


def read_docx(name: str, data: bytes) -> Document:
    _check_zip(name, data, " Word ")
    try:
        import docx
    except ImportError:  # pragma: no cover - a dependency of the package
        raise _fail("E801", "读取 .docx 需要 python-docx: pip install python-docx", name) from None
    try:
        document = docx.Document(io.BytesIO(data))
        body = document.element.body
        doc = Document(name)
        for child in body.iterchildren():
            if child.tag == _W + "p":
                text = _paragraph_text(child)
                if text.strip():
                    doc.blocks.append(Paragraph(text.strip()))
            elif child.tag == _W + "tbl":
                doc.blocks.append(_docx_table(child, len(doc.blocks)))
        return doc
    except Stop:
        raise
    except Exception as exc:  # noqa: BLE001 - python-docx and lxml raise many kinds for a damaged file
        raise _fail("E801", f"{name} 无法作为 Word 文档读取({type(exc).__name__})", name,
                    hint="请用 Word/WPS 打开后另存为 .docx") from None


def _paragraph_text(p) -> str:
    """The text of a paragraph as it reads: runs, tabs and line breaks, not deleted text,
    with the automatic numbering Word draws (w:numPr) left out: it is not in the text."""
    parts = []
    for node in p.iter(_W + "t", _W + "tab", _W + "br", _W + "cr"):
        if any(a.tag == _W + "del" for a in node.iterancestors()):
            continue
        if node.tag == _W + "t":
            parts.append(node.text or "")
        elif node.tag == _W + "tab":
            parts.append("\t")
        else:
            parts.append("\n")
    return "".join(parts)


def _docx_table(tbl, index: int) -> Table:
    rows: list[list[Cell]] = []
    open_above: dict[int, tuple] = {}  # grid column -> key of the cell a vMerge continues
    for r, tr in enumerate(tbl.iterchildren(_W + "tr")):
        row: list[Cell] = []
        col = 0
        for tc in tr.iterchildren(_W + "tc"):
            pr = tc.find(_W + "tcPr")
            span, merge = 1, None
            if pr is not None:
                grid = pr.find(_W + "gridSpan")
                if grid is not None:
                    span = int(grid.get(_W + "val", "1"))
                vmerge = pr.find(_W + "vMerge")
                if vmerge is not None:
                    merge = vmerge.get(_W + "val", "continue")
            text = "\n".join(_paragraph_text(p) for p in tc.iterchildren(_W + "p")).strip()
            if merge == "continue" and col in open_above:
                key = open_above[col]
                text = rows[-1][col].text if rows and col < len(rows[-1]) else text
            else:
                key = (index, r, col)
            for k in range(span):
                row.append(Cell(text, key))
                open_above[col + k] = key
            col += span
        rows.append(row)
    width = max((len(r) for r in rows), default=0)
    for r, row in enumerate(rows):
        row.extend(Cell("", (index, r, c)) for c in range(len(row), width))
    return Table(rows)


# ------------------------------------------------------------------------------ xlsx

def read_xlsx(name: str, data: bytes) -> Document:
    _check_zip(name, data, " Excel ")
    from openpyxl import load_workbook

    try:
        wb = load_workbook(io.BytesIO(data), data_only=True)
        ws = wb.worksheets[0]
        owner: dict[tuple[int, int], tuple[int, int]] = {}
        for merged in ws.merged_cells.ranges:
            for r in range(merged.min_row, merged.max_row + 1):
                for c in range(merged.min_col, merged.max_col + 1):
                    owner[(r, c)] = (merged.min_row, merged.min_col)
        rows: list[list[Cell]] = []
        paragraphs: list[Paragraph] = []
        for r in range(1, ws.max_row + 1):
            row = []
            for c in range(1, ws.max_column + 1):
                top = owner.get((r, c), (r, c))
                value = ws.cell(*top).value
                row.append(Cell(_xlsx_text(value), (0, *top)))
            rows.append(row)
        wb.close()
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds for a damaged file
        raise _fail("E801", f"{name} 无法作为工作簿读取({type(exc).__name__})", name,
                    hint="请用 Excel 另存为 .xlsx(不设密码)") from None
    # rows above the table that are one merged run (the title, the facts line) are paragraphs
    while rows and len({cell.key for cell in rows[0] if cell.text}) == 1:
        paragraphs.append(Paragraph(next(cell.text for cell in rows[0] if cell.text)))
        rows.pop(0)
    return Document(name, [*paragraphs, Table(rows)])


def _xlsx_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        from decimal import Decimal

        from ..numerals import plain

        return plain(Decimal(repr(value)))
    return str(value).strip()


READERS = {".docx": read_docx, ".xlsx": read_xlsx, ".txt": read_text, ".md": read_text}
