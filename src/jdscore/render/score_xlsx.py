"""Score results as a workbook (`jdscore score --format xlsx`), a report an office can pivot,
print and hand on:

- 汇总: the ranking (名次, 单位, 总分, 等级, 失分 and the parts) with a bar chart of the totals;
- 明细: one row per rule line of every unit with its 大项/项目 path, and one row per
  adjustment (cap, 扣完为止, points the rubric cannot give, 加分); the 失分 column is counted
  once, so a pivot of it adds up to exactly Σ(满分 − 总分) (losses.py says how);
- 责任单位: those points lost per 责任单位 over all units, with 细则达不到 and 缺报 rows.

Every sheet prints on A4, fitted to the page width, its header rows repeated on each page.
"""

from __future__ import annotations

from decimal import Decimal

from .. import losses
from ..runtime import Status, UnitResult
from .results import STATUS_TEXT, fact_text

SUMMARY, DETAIL, OWNERS = "汇总", "明细", "责任单位"
DETAIL_COLUMNS = ["单位", "层级", "大项", "项目", "细则", "规则原文", "事实", "得分", "满分", "失分", "失分归属",
                  "情况", "责任单位"]
_DETAIL_WIDTHS = (14, 9, 16, 20, 16, 44, 22, 7, 7, 7, 14, 12, 14)
NOT_COUNTED = "不计(加分项、一票否决)"


def _num(value):
    from .xlsx import number

    return None if value is None else number(Decimal(value))


def _status(status: Status) -> str:
    return STATUS_TEXT[status] or "正常"


def to_xlsx(results: list[UnitResult], title: str, group_titles: list[str],
            full_marks: Decimal | None = None, *, explain: bool = True) -> bytes:
    """The workbook; without `explain` (results scored without explanations) 汇总 alone,
    whose 失分 column is filled when the rubric states its 满分."""
    from .xlsx import new_workbook, workbook_bytes

    ordered = sorted(results, key=lambda r: (r.rank, r.name))
    wb = new_workbook(title)
    summary = wb.active
    summary.title = SUMMARY
    _summary(summary, ordered, title, group_titles, full_marks)
    if explain:
        _detail(wb.create_sheet(DETAIL), ordered, full_marks)
        _owners(wb.create_sheet(OWNERS), ordered, full_marks)
    return workbook_bytes(wb)


def _header(ws, row: int, names: list[str]) -> None:
    from .xlsx import BORDER, HEADER_FILL, HEADER_FONT

    for c, name in enumerate(names, start=1):
        cell = ws.cell(row, c, name)
        cell.font, cell.fill, cell.border = HEADER_FONT, HEADER_FILL, BORDER


def _page(ws, header_rows: str, landscape: bool = False) -> None:
    """A4, as wide as the page, the header rows on every page."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages down as it takes
    ws.print_title_rows = header_rows
    ws.print_options.horizontalCentered = True


def _summary(ws, ordered: list[UnitResult], title: str, group_titles: list[str], full_marks) -> None:
    from openpyxl.chart import BarChart, Reference
    from openpyxl.styles import Font

    from .xlsx import BORDER, text

    ws.cell(1, 1, title).font = Font(bold=True, size=14)
    header = ["名次", "单位", "总分", "等级", "失分(满分−总分)", "基础分", "加分", "扣分", "一票否决",
              "缺报"] + group_titles
    _header(ws, 2, header)
    for r, unit in enumerate(ordered, start=3):
        top = unit.part_scores()
        lost = (losses.full_marks(unit, full_marks) - unit.total
                if unit.items is not None or full_marks is not None else None)
        row = [unit.rank, unit.name, _num(unit.total), unit.grade or "", _num(lost), _num(unit.base),
               _num(unit.bonus), _num(unit.deductions), unit.veto.path[-1] if unit.veto else "",
               "、".join(unit.missing)] + [_num(top.get(t)) for t in group_titles]
        for c, value in enumerate(row, start=1):
            ws.cell(r, c, text(value)).border = BORDER
    ws.freeze_panes = "C3"
    ws.column_dimensions["B"].width = 18
    ws.column_dimensions["E"].width = 15
    last = len(ordered) + 2
    if ordered:
        chart = BarChart()
        chart.type = "bar"  # horizontal: unit names stay readable
        chart.title = "总分排名"
        chart.y_axis.title = "总分"
        chart.legend = None
        chart.add_data(Reference(ws, min_col=3, min_row=2, max_row=last), titles_from_data=True)
        chart.set_categories(Reference(ws, min_col=2, min_row=3, max_row=last))
        chart.x_axis.scaling.orientation = "maxMin"  # the first in the ranking on top
        chart.height = max(7.5, 0.6 * len(ordered) + 2)
        chart.width = 16
        ws.add_chart(chart, f"A{last + 2}")
    _page(ws, "1:2", landscape=len(header) > 10)


def _detail(ws, ordered: list[UnitResult], full_marks) -> None:
    from .xlsx import WRAP_TOP, text

    _header(ws, 1, DETAIL_COLUMNS)
    r = 2
    for unit in ordered:
        for row in losses.unit_losses(unit, full_marks) if unit.items is not None else ():
            for c, value in enumerate(_detail_row(unit, row), start=1):
                ws.cell(r, c, text(value)).alignment = WRAP_TOP
            r += 1
    for i, width in enumerate(_DETAIL_WIDTHS):
        ws.column_dimensions[chr(ord("A") + i)].width = width
    ws.freeze_panes = "B2"
    ws.auto_filter.ref = f"A1:{chr(ord('A') + len(DETAIL_COLUMNS) - 1)}{max(r - 1, 1)}"
    _page(ws, "1:1", landscape=True)


def _detail_row(unit: UnitResult, row: losses.Loss) -> list:
    item = row.item
    owner = NOT_COUNTED if row.lost is None else row.owner
    if item is None:  # the unit as a whole
        return [unit.name, row.level, "", "", "", row.note, "", _num(unit.total), None, _num(row.lost), owner,
                "", ""]
    if row.level == losses.RULE:
        path = item.path
        facts = ";".join(f"{k} = {fact_text(v)}" for k, v in item.facts.items())
        return [unit.name, row.level, path[0] if len(path) > 1 else "", " / ".join(path[1:-1]), path[-1],
                item.sentence, facts, _num(item.score), _num(item.max_points), _num(row.lost), owner,
                _status(item.status), item.responsible]
    path = item.path  # an item's adjustment: its path is its own
    return [unit.name, row.level, path[0], " / ".join(path[1:]), "", row.note, "", _num(item.score),
            _num(item.points), _num(row.lost), owner, _status(item.status), item.responsible]


def _owners(ws, ordered: list[UnitResult], full_marks) -> None:
    from openpyxl.styles import Font

    from .xlsx import BORDER, NOTE_FONT, text

    _header(ws, 1, ["责任单位", "失分", "说明"])
    scored = [u for u in ordered if u.items is not None]
    r = 2
    for owner, lost in losses.by_owner(scored, full_marks).items():
        for c, value in enumerate([owner, _num(lost), losses.EXPLAINED.get(owner, "")], start=1):
            ws.cell(r, c, text(value)).border = BORDER
        r += 1
    total = sum((losses.full_marks(u, full_marks) - u.total for u in scored), Decimal(0))
    for c, value in enumerate(["合计", _num(total), f"= 各单位(满分 − 总分)之和,{len(scored)}个单位"], start=1):
        cell = ws.cell(r, c, value)
        cell.border, cell.font = BORDER, Font(bold=True)
    ws.cell(r + 2, 1, "每一分失分只计一次:各条细则的失分计给其责任单位(缺报的计入“缺报”),"
                      "项目封顶、扣完为止等调整计给项目的责任单位;逐条见“明细”表。").font = NOTE_FONT
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 10
    ws.column_dimensions["C"].width = 52
    ws.freeze_panes = "A2"
    _page(ws, "1:1")
