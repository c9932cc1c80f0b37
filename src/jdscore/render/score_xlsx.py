"""Score results as a workbook (`jdscore score --format xlsx`): a ranking sheet and a sheet
with every item of every unit, both built from `UnitResult.to_dict()` like the JSON."""

from __future__ import annotations

from decimal import Decimal

from ..runtime import Status, UnitResult
from .results import STATUS_TEXT, fact_text


def _num(text):
    """A plain decimal string from to_dict() as an exact cell number."""
    from .xlsx import number

    return None if text is None else number(Decimal(text))


def to_xlsx(results: list[UnitResult], title: str, group_titles: list[str]) -> bytes:
    from openpyxl.styles import Font

    from .xlsx import BORDER, HEADER_FILL, HEADER_FONT, WRAP_TOP, new_workbook, text, workbook_bytes

    ordered = [r.to_dict() for r in sorted(results, key=lambda r: (r.rank, r.name))]
    wb = new_workbook(title)
    ws = wb.active
    ws.title = "得分"
    ws.cell(1, 1, title).font = Font(bold=True, size=14)
    header = ["名次", "单位", "总分", "等级", "基础分", "加分", "扣分", "一票否决", "缺报"] + group_titles
    for c, name in enumerate(header, start=1):
        cell = ws.cell(2, c, name)
        cell.font, cell.fill, cell.border = HEADER_FONT, HEADER_FILL, BORDER
    for r, unit in enumerate(ordered, start=3):
        top = {}
        for item in unit.get("items", []):
            if item["kind"] == "group" and len(item["path"]) == 1:
                top.setdefault(item["title"], item["score"])
        row = [unit["rank"], unit["name"], _num(unit["total"]), unit["grade"] or "", _num(unit["base"]),
               _num(unit["bonus"]), _num(unit["deductions"]), (unit["veto"] or {}).get("path", [""])[-1],
               "、".join(unit["missing"])] + [_num(top.get(t)) for t in group_titles]
        for c, value in enumerate(row, start=1):
            ws.cell(r, c, text(value)).border = BORDER
    ws.freeze_panes = "C3"
    ws.column_dimensions["B"].width = 18
    detail = wb.create_sheet("明细")
    columns = ["单位", "项目", "规则原文", "事实", "得分", "满分", "失分", "情况", "责任单位"]
    for c, name in enumerate(columns, start=1):
        cell = detail.cell(1, c, name)
        cell.font, cell.fill, cell.border = HEADER_FONT, HEADER_FILL, BORDER
    r = 2
    for unit in ordered:
        for item in unit.get("items", []):
            facts = ";".join(f"{k} = {fact_text(v)}" for k, v in item["facts"].items())
            row = [unit["name"], " / ".join(item["path"]), item["sentence"], facts, _num(item["score"]),
                   _num(item["points"]), _num(item["lost"]), STATUS_TEXT[Status(item["status"])] or "正常",
                   item["responsible"]]
            for c, value in enumerate(row, start=1):
                cell = detail.cell(r, c, text(value))
                cell.alignment = WRAP_TOP
            r += 1
    for letter, width in zip("ABCDEFGHI", (14, 36, 48, 24, 8, 8, 8, 10, 14)):
        detail.column_dimensions[letter].width = width
    detail.freeze_panes = "B2"
    return workbook_bytes(wb)
