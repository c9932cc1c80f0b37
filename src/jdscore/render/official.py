"""The rubric as the official table (`jdscore render`): 大项 / 小项 / 具体项目 / 具体内容 /
分值 / 责任单位 / 协助单位 / 考评方法, cells merged as the published documents merge them.

One model (`OfficialTable`: rows of cells, each cell with the node that owns it) feeds
the Markdown, HTML and workbook renderers. Consecutive cells with the same owner merge:
a 大项 cell spans all its rows, a 分值 cell the rows of its item, a 责任单位 cell the rows
of the group that names it. Group columns follow depth, not the level word written:
the outermost group is the 大项 column, the next the 小项, anything deeper 具体项目.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import field
from decimal import Decimal

from ..records import dataclass
from .. import ast as A
from ..bounds import rule_range
from ..diagnostics import Diagnostic
from ..numerals import plain
from ..wording import expression_text

COLUMNS = ("大项", "小项", "具体项目", "具体内容", "分值", "责任单位", "协助单位", "考评方法")
GROUP_COLUMNS = 3
CONTENT, POINTS = 3, 4
# The metadata keys each column shows, as the rubric writes them after a group's title
# (the grammar's META_KEY words; 方法 is the short form of 考评方法).
META_COLUMNS = ((5, (A.MetaKey.RESPONSIBLE,)), (6, (A.MetaKey.ASSISTING,)), (7, (A.MetaKey.METHOD,)))
# The checker's findings about points that the table's 分值核对 repeats.
POINT_CODES = {"W301", "E302", "W303", "W304"}


@dataclass
class Cell:
    text: str
    owner: object = None  # cells in consecutive rows with the same (non-None) owner merge
    number: Decimal | None = None  # 分值 as a number (base points), for the workbook


@dataclass
class OfficialTable:
    title: str
    facts_line: str            # 年度 · 对象 · 满分
    rows: list[list[Cell]]
    total: Decimal             # the sum of the base items' points
    full_marks: Decimal | None
    checks: list[str]          # 分值核对, first line the total against full marks
    balanced: bool             # the total equals full marks (or none declared) and nothing else failed
    notes: list[tuple[str, str]] = field(default_factory=list)  # (label, text): 总分, 等级, 指标
    # what each row shows: the groups it sits in and its rule line (None: an empty group)
    nodes: list[tuple[list[A.Group], A.RuleLine | None]] = field(default_factory=list)

    def spans(self) -> list[list[int]]:
        """Rowspan of each cell: n >= 1 where a merged run starts, 0 where it is covered."""
        spans = [[1] * len(COLUMNS) for _ in self.rows]
        for c in range(len(COLUMNS)):
            r = 0
            while r < len(self.rows):
                owner = self.rows[r][c].owner
                end = r + 1
                while owner is not None and end < len(self.rows) and self.rows[end][c].owner == owner:
                    end += 1
                spans[r][c] = end - r
                for k in range(r + 1, end):
                    spans[k][c] = 0
                r = end
        return spans


# ---------------------------------------------------------------------------- model

def _label(group: A.Group) -> str:
    title = group.title
    if group.role is A.Role.BONUS and group.points is None:  # 加分项 itself; its items carry points
        return title + (f"(最高加{plain(group.cap)}分)" if group.cap is not None else "")
    if group.role is A.Role.DEDUCTIONS and group.points is None:
        return title + (f"(最多扣{plain(group.cap)}分)" if group.cap is not None else "")
    if group.role is A.Role.VETO:
        return title + (f"(定为{group.veto_grade})" if group.veto_grade else "")
    added = "加" if group.added else ""
    return title + (f"({added}{plain(group.points)}分)" if group.points is not None else "")


def _points_cell(group: A.Group) -> Cell:
    owner = ("points", id(group))
    if group.role is A.Role.BONUS:
        return Cell(f"最高加{plain(group.cap)}" if group.cap is not None else "加分", owner)
    if group.role is A.Role.DEDUCTIONS:
        return Cell(f"最多扣{plain(group.cap)}" if group.cap is not None else "扣分", owner)
    if group.role is A.Role.VETO:
        return Cell("一票否决", owner)
    if group.points is None:
        return Cell("", owner)
    return Cell(plain(group.points), owner, group.points)


def _line_points(line: A.RuleLine) -> Cell:
    high = rule_range(line.rule).high if line.rule is not None else None
    if high is None or high <= 0:
        return Cell("", ("line", id(line)))
    return Cell(plain(high), ("line", id(line)), high)


def _meta(groups: list[A.Group], keys: tuple[A.MetaKey, ...]) -> tuple[str, object]:
    for group in reversed(groups):
        values = [m.value for m in group.meta if m.key in keys and m.value]
        if values:
            return "\n".join(values), ("meta", keys, id(group))
    return "", ("meta", keys, id(groups[-1]) if groups else None)


def _row(groups: list[A.Group], line: A.RuleLine | None) -> list[Cell]:
    cells: list[Cell] = []
    deepest = groups[-1] if groups else None
    for c in range(GROUP_COLUMNS):
        if c < GROUP_COLUMNS - 1:
            part = groups[c:c + 1]
        else:
            part = groups[c:]
        if part:
            cells.append(Cell(" / ".join(_label(g) for g in part), ("group", c, id(part[-1]))))
        elif deepest is not None:
            cells.append(Cell("", ("empty", c, id(deepest))))
        else:
            cells.append(Cell("", None))
    cells.append(Cell(line.text if line is not None else "", None))
    if line is not None and (deepest is None or any(isinstance(c, A.Group) for c in deepest.children)):
        cells.append(_line_points(line))  # a line beside sub-items: its own points
    elif deepest is not None:
        cells.append(_points_cell(deepest))
    else:
        cells.append(Cell("", None))
    for _, keys in META_COLUMNS:
        own = "\n".join(m.value for m in (line.meta if line is not None else ()) if m.key in keys and m.value)
        if own:  # a row of the table with its own 责任单位: never merged with its neighbours
            cells.append(Cell(own, ("line-meta", keys, id(line))))
            continue
        text, owner = _meta(groups, keys)
        cells.append(Cell(text, owner if groups else None))
    return cells


def build_table(rubric: A.Rubric, diagnostics: list[Diagnostic]) -> OfficialTable:
    rows: list[list[Cell]] = []
    nodes: list[tuple[list[A.Group], A.RuleLine | None]] = []

    def walk(node, groups: list[A.Group]):
        if isinstance(node, A.RuleLine):
            rows.append(_row(groups, node))
            nodes.append((groups, node))
            return
        path = groups + [node]
        if not node.children:
            rows.append(_row(path, None))
            nodes.append((path, None))
        for child in node.children:
            walk(child, path)

    for node in rubric.body:
        walk(node, [])
    total = Decimal(0)
    for node in rubric.body:
        if isinstance(node, A.Group) and node.role is A.Role.BASE and node.points is not None:
            total += node.points
        elif isinstance(node, A.RuleLine) and node.rule is not None:
            high = rule_range(node.rule).high
            total += high if high is not None and high > 0 else 0
    checks = []
    balanced = True
    if rubric.full_marks is not None:
        if total == rubric.full_marks:
            checks.append(f"✓ 各项分值合计 {plain(total)} 分,与满分 {plain(rubric.full_marks)} 分一致")
        else:
            balanced = False
            checks.append(f"✗ 各项分值合计 {plain(total)} 分,与满分 {plain(rubric.full_marks)} 分不符")
    else:
        checks.append(f"各项分值合计 {plain(total)} 分(细则未写满分)")
    for d in diagnostics:
        if d.code in POINT_CODES and d.code != "W304":
            balanced = False
            checks.append(f"✗ {d.message}({d.code})")
    if len(checks) == 1 and balanced:
        checks.append("✓ 各项下级分值之和与本项分值相符")
    facts = []
    if rubric.year:
        facts.append(f"{rubric.year}年度")
    if rubric.subject:
        facts.append(f"考评对象: {rubric.subject}")
    if rubric.full_marks is not None:
        facts.append(f"满分 {plain(rubric.full_marks)} 分")
    notes = []
    if rubric.total is not None:
        notes.append(("总分", expression_text(rubric.total)))
    if rubric.precision is not None:
        notes.append(("精度", rubric.precision.text))
    if rubric.bands is not None:
        if rubric.bands.sentence:
            notes.append(("等级", rubric.bands.text))
        else:
            notes.append(("等级", ";".join(f"{b.grade}: {b.text}" for b in rubric.bands.bands)))
    for metric in rubric.metrics:
        text = f"{metric.name} = {expression_text(metric.expr)}"
        notes.append(("指标", text + (f"({metric.description})" if metric.description else "")))
    return OfficialTable(rubric.title, " · ".join(facts), rows, total, rubric.full_marks,
                         checks, balanced, notes, nodes)


# ------------------------------------------------------------------------- Markdown

_MD_ESCAPES = {"\\": "\\\\", "|": "\\|", "*": "\\*", "_": "\\_", "`": "\\`", "[": "\\[", "]": "\\]",
               "<": "&lt;", ">": "&gt;", "&": "&amp;"}


def md_escape(text: str) -> str:
    out = "".join(_MD_ESCAPES.get(ch, ch) for ch in text)
    return out.replace("\r", "").replace("\n", "<br>").strip()


def to_markdown(table: OfficialTable) -> str:
    out = [f"# {md_escape(table.title or '考评细则')}", ""]
    if table.facts_line:
        out += [md_escape(table.facts_line), ""]
    out.append("| " + " | ".join(COLUMNS) + " |")
    out.append("|" + "|".join(["---"] * len(COLUMNS)) + "|")
    spans = table.spans()
    for row, span in zip(table.rows, spans):
        cells = [md_escape(cell.text) if n else "" for cell, n in zip(row, span)]
        out.append("| " + " | ".join(cells) + " |")
    total = ["**合计**", "", "", "", f"**{plain(table.total)}**", "", "", ""]
    out.append("| " + " | ".join(total) + " |")
    out.append("")
    if table.notes:
        for label, text in table.notes:
            out.append(f"- {label}: {md_escape(text)}")
        out.append("")
    out.append("分值核对:")
    out.append("")
    out += [f"- {md_escape(check)}" for check in table.checks]
    return "\n".join(out) + "\n"


# ----------------------------------------------------------------------------- HTML

_CSS = """
@page { size: A4 landscape; margin: 12mm 10mm; }
* { box-sizing: border-box; }
body { font-family: "SimSun", "Songti SC", "Noto Serif CJK SC", "Source Han Serif SC", serif;
       font-size: 10.5pt; line-height: 1.45; color: #000; background: #fff;
       max-width: 277mm; margin: 8mm auto; }
h1 { font-size: 16pt; text-align: center; margin: 0 0 2mm; }
p.facts { text-align: center; margin: 0 0 4mm; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
th, td { border: 0.6pt solid #000; padding: 1.2mm 1.5mm; vertical-align: middle;
         overflow-wrap: anywhere; word-break: break-word; }
th { background: #f0f0f0; font-weight: bold; text-align: center; }
thead { display: table-header-group; }
tfoot { display: table-row-group; }  /* the total once, at the end, not on every page */
/* A cell spanning many rows may break across pages (when it may not, Chromium moves the
   whole run of rows it spans to the next page, leaving pages part-empty); a plain cell not. */
td:not([rowspan]), th { break-inside: avoid; page-break-inside: avoid; }
td.group, td.points, td.meta { text-align: center; }
td.content, td.method { text-align: left; }
tfoot td { font-weight: bold; }
col.group { width: 9%; } col.item { width: 10%; } col.content { width: 35%; }
col.points { width: 5%; } col.unit { width: 9%; } col.assist { width: 10%; } col.method { width: 13%; }
section.notes { margin-top: 4mm; }
section.notes p, section.notes li { margin: 0.8mm 0; break-inside: avoid; page-break-inside: avoid; }
section.notes p { break-after: avoid; page-break-after: avoid; }
.bad { color: #b00000; }
@media print { body { margin: 0; max-width: none; } th { background: #f0f0f0;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
""".strip()

_CLASSES = ("group", "group", "group", "content", "points", "meta", "meta", "method")
_COLS = ("group", "group", "item", "content", "points", "unit", "assist", "method")


def _h(text: str) -> str:
    return html.escape(text, quote=True).replace("\n", "<br>")


def page_start(table: OfficialTable, title: str, css: str, *intro: str) -> list[str]:
    """An HTML page up to its table: the head, the title, what the page says first."""
    out = ["<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", '<meta charset="utf-8">',
           '<meta name="generator" content="jdscore">',
           f"<title>{_h(title)}</title>", f"<style>\n{css}\n</style>", "</head>", "<body>",
           f"<h1>{_h(title)}</h1>"]
    out.extend(f'<p class="facts">{_h(line)}</p>' for line in (*intro, table.facts_line) if line)
    return out


def table_html(table: OfficialTable, cell_html: Callable[[int, int], str]) -> list[str]:
    """The official table as HTML, merged cells spanning their rows; `cell_html(row, column)`
    gives each cell's content."""
    out = ["<table>", "<colgroup>" + "".join(f'<col class="{c}">' for c in _COLS) + "</colgroup>",
           "<thead><tr>" + "".join(f"<th>{_h(c)}</th>" for c in COLUMNS) + "</tr></thead>", "<tbody>"]
    for r, span in enumerate(table.spans()):
        cells = []
        for c, n in enumerate(span):
            if n == 0:
                continue
            rowspan = f' rowspan="{n}"' if n > 1 else ""
            cells.append(f'<td class="{_CLASSES[c]}"{rowspan}>{cell_html(r, c)}</td>')
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</tbody>")
    status = ' class="bad"' if table.checks[0].startswith("✗") else ""
    out.append(f'<tfoot><tr><td colspan="{POINTS}">合计</td>'
               f'<td class="points"{status}>{_h(plain(table.total))}</td>'
               f'<td colspan="{len(COLUMNS) - POINTS - 1}"{status}>{_h(table.checks[0])}</td></tr></tfoot>')
    out.append("</table>")
    return out


def to_html(table: OfficialTable) -> str:
    title = table.title or "考评细则"
    out = page_start(table, title, _CSS)
    out += table_html(table, lambda r, c: _h(table.rows[r][c].text))
    out.append('<section class="notes">')
    for label, text in table.notes:
        out.append(f"<p><b>{_h(label)}:</b> {_h(text)}</p>")
    out.append("<p><b>分值核对:</b></p><ul>")
    for check in table.checks:
        mark = ' class="bad"' if check.startswith("✗") else ""
        out.append(f"<li{mark}>{_h(check)}</li>")
    out.append("</ul></section>")
    out += ["</body>", "</html>"]
    return "\n".join(out) + "\n"


# -------------------------------------------------------------------------- workbook

def to_xlsx(table: OfficialTable) -> bytes:
    from openpyxl.styles import Alignment, Font

    from .xlsx import BORDER, HEADER_FILL, HEADER_FONT, WRAP_CENTER, new_workbook, number, workbook_bytes

    wb = new_workbook(table.title)
    ws = wb.active
    ws.title = "考评细则"
    width = len(COLUMNS)
    ws.cell(1, 1, table.title or "考评细则").font = Font(bold=True, size=16)
    ws.cell(1, 1).alignment = Alignment(horizontal="center", vertical="center")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    ws.cell(2, 1, table.facts_line).alignment = Alignment(horizontal="center")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=width)
    header = 3
    for c, title in enumerate(COLUMNS, start=1):
        cell = ws.cell(header, c, title)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.border = BORDER
        cell.alignment = WRAP_CENTER
    left = Alignment(wrap_text=True, vertical="center", horizontal="left")
    first = header + 1
    for i, (row, span) in enumerate(zip(table.rows, table.spans())):
        r = first + i
        for c, (cell, n) in enumerate(zip(row, span), start=1):
            target = ws.cell(r, c)
            target.border = BORDER
            target.alignment = left if c - 1 in (CONTENT, 7) else WRAP_CENTER
            if n == 0:
                continue
            target.value = number(cell.number) if cell.number is not None else (cell.text or None)
            if n > 1:
                ws.merge_cells(start_row=r, start_column=c, end_row=r + n - 1, end_column=c)
    last = first + len(table.rows) - 1
    foot = last + 1
    ws.cell(foot, 1, "合计").font = HEADER_FONT
    ws.merge_cells(start_row=foot, start_column=1, end_row=foot, end_column=POINTS)
    ws.cell(foot, POINTS + 1, number(table.total)).font = HEADER_FONT
    ws.cell(foot, POINTS + 2, table.checks[0])
    ws.merge_cells(start_row=foot, start_column=POINTS + 2, end_row=foot, end_column=width)
    for c in range(1, width + 1):
        ws.cell(foot, c).border = BORDER
        ws.cell(foot, c).alignment = WRAP_CENTER if c <= POINTS + 1 else left
    r = foot + 2
    for label, text in table.notes + [("分值核对", check) for check in table.checks[1:]]:
        ws.cell(r, 1, label).font = HEADER_FONT
        ws.cell(r, 2, text).alignment = Alignment(wrap_text=True, vertical="top")
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=width)
        r += 1
    for c, w in enumerate((12, 12, 14, 48, 7, 12, 14, 22), start=1):
        ws.column_dimensions[chr(ord("A") + c - 1)].width = w
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{header}:{header}"
    ws.print_options.horizontalCentered = True
    ws.freeze_panes = ws.cell(first, 1)
    return workbook_bytes(wb)
