"""Score results as a Rich table, a Chinese explanation, JSON or CSV.

Every format is built from `UnitResult.to_dict()` or the same fields, so they agree.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from rich.text import Text

from .. import ast as A
from . import jsontext
from ..numerals import plain
from ..source import printable
from ..runtime import Status, UnitResult, json_value

# Every status in Chinese, for every output that shows one.
STATUS_TEXT = {Status.OK: "", Status.MET: "达标", Status.UNMET: "未达标", Status.MISSING: "缺报,按0分计",
               Status.PARTLY_MISSING: "部分缺报,缺报部分按0分计", Status.UNDEFINED: "无法计算(分母为0),按0分计",
               Status.UNMATCHED: "不符合任何一档", Status.CAPPED: "封顶", Status.FLOORED: "扣完为止"}


def table(results: list[UnitResult], title: str, show_parts: bool):
    from rich.table import Table  # only the terminal's output: a CSV or JSON run does without it

    t = Table(title=Text(printable(title)), title_justify="left", show_lines=False)
    t.add_column("名次", justify="right")
    t.add_column("单位")
    t.add_column("总分", justify="right")
    graded = any(r.grade for r in results)
    if graded:
        t.add_column("等级")
    if show_parts:
        t.add_column("基础分", justify="right")
        t.add_column("加分", justify="right")
        t.add_column("扣分", justify="right")
    t.add_column("备注")
    for r in sorted(results, key=lambda r: (r.rank, r.name)):
        notes = []
        if r.veto is not None:
            notes.append(f"一票否决: {r.veto.title}")
        if r.missing:
            notes.append("缺报: " + "、".join(r.missing))
        if r.consequence:
            notes.append(r.consequence)
        row = [str(r.rank), r.name, plain(r.total)] + ([r.grade or ""] if graded else [])
        if show_parts:
            row += [plain(r.base), plain(r.bonus), plain(r.deductions)]
        row.append(";".join(notes))
        t.add_row(*(Text(printable(cell)) for cell in row))  # data, never markup
    return t


def explanation(result: UnitResult) -> list[tuple[str, str]]:
    """(text, style) lines explaining one unit's score item by item."""
    lines: list[tuple[str, str]] = []
    head = f"{result.name}  总分 {plain(result.total)}"
    if result.grade:
        head += f"  等级 {result.grade}"
    head += f"  第{result.rank}名"
    lines.append((head, "bold"))
    if result.rounded_from is not None:
        lines.append((f"  (未取整前 {plain(result.rounded_from)})", "dim"))
    if result.consequence:
        lines.append((f"  奖惩: {result.consequence}", "bold"))
    if result.veto is not None:
        lines.append((f"  一票否决: {result.veto.title} = {fact_text(next(iter(result.veto.facts.values()), ''))}"
                      f"  ({result.veto.sentence})", "bold red"))
    for item in result.items or []:
        indent = "  " * (item.depth + 1)
        if item.kind == "group":
            if item.role is A.Role.DEDUCTIONS:
                text = f"{indent}{item.title}  扣{plain(item.score)}分"
                if item.raw > item.score:
                    text += f"  (合计{plain(item.raw)}分,封顶)"
                lines.append((text, "bold"))
                continue
            points = f" / {plain(item.points)}分" if item.points is not None else ""
            note = STATUS_TEXT[item.status]
            lines.append((f"{indent}{item.title}  {plain(item.score)}{points}"
                          + (f"  ({note})" if note else ""), "bold"))
            continue
        values = ",".join(f"{k} = {fact_text(v)}" for k, v in item.facts.items())
        lines.append((f"{indent}· {values}", ""))
        lines.append((f"{indent}  规则: {item.sentence}", "dim"))
        if item.matched:
            lines.append((f"{indent}  符合: {item.matched}", "dim"))
        if item.status is Status.MISSING and item.max_points == 0 and not item.lost:
            lines.append((f"{indent}  缺报,无法判断(不计分)", "red"))
            continue
        if item.status in (Status.MET, Status.UNMET):  # a requirement: no points either way
            lines.append((f"{indent}  {STATUS_TEXT[item.status]}(不计分)",
                          "green" if item.status is Status.MET else "red"))
            continue
        score = f"{indent}  得分 {plain(item.score)}"
        if item.raw != item.score:
            score += f"(计算得 {plain(item.raw)},{STATUS_TEXT[item.status]})"
        elif item.status in (Status.MISSING, Status.PARTLY_MISSING, Status.UNDEFINED, Status.UNMATCHED):
            score += f"({STATUS_TEXT[item.status]})"
        if item.lost:
            score += f",失分 {plain(item.lost)}"
        if item.responsible != "未注明":
            score += f"  责任单位: {item.responsible}"
        lines.append((score, "green" if item.score > 0 else ("red" if item.score < 0 else "")))
    lost = result.lost_by_responsible()
    if lost:
        lines.append(("  失分(按责任单位): " + ";".join(f"{k} {plain(v)}分" for k, v in lost.items()), "bold"))
    return lines


def fact_text(v) -> str:
    """A fact's value as the explanation shows it: 是/否, [列表], {记录}, exact decimals."""
    if v is None:
        return ""
    if isinstance(v, bool):
        return "是" if v else "否"
    if isinstance(v, list):
        return "[" + ", ".join(fact_text(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{" + ", ".join(f"{k}: {fact_text(x)}" for k, x in v.items()) + "}"
    return plain(v) if hasattr(v, "as_tuple") else str(v)


def print_explanations(results: list[UnitResult], console) -> None:
    for r in results:
        for text, style in explanation(r):
            console.print(Text(printable(text), style=style), soft_wrap=True)
        console.print()


def to_json(results: list[UnitResult], meta: dict) -> str:
    return "".join(json_chunks(results, meta))


def json_chunks(results: list[UnitResult], meta: dict) -> Iterator[str]:
    """The score JSON in pieces, one unit at a time: the text of
    `json.dumps({**meta, "units": [...]}, ensure_ascii=False, indent=2)`, but no more than one
    unit's explanation is alive at once (60,000 units explained are gigabytes as objects and
    about a gigabyte as one string)."""
    head = jsontext.dumps({**meta, "units": []})
    if not results:
        yield head + "\n"
        return
    opening, closing = head.rsplit('"units": []', 1)
    yield opening + '"units": ['
    lead = "\n" + _UNIT_INDENT
    statics: dict[int, tuple[str, str]] = {}
    for r in sorted(results, key=lambda r: (r.rank, r.name)):
        yield lead + _unit_json(r, statics)
        lead = ",\n" + _UNIT_INDENT
        r.forget_items()
    yield "\n" + jsontext.INDENT + "]" + closing + "\n"


# Where a unit and its items sit in the score JSON: {"units": [{"items": [{…}]}]}
_UNIT_INDENT = jsontext.INDENT * 2
_UNIT_FIELD = ",\n" + jsontext.INDENT * 3
_ITEM_INDENT = jsontext.INDENT * 4
_ITEM_FIELD = ",\n" + jsontext.INDENT * 5
_STATIC_BEFORE, _STATIC_AFTER = ("kind", "path", "title", "points"), ("responsible", "sentence")


def _unit_json(result: UnitResult, statics: dict) -> str:
    """One unit as `jsontext.dumps(result.to_dict(), 2)` writes it. Its items are written
    from pieces: what an item's line says that is the same for every unit (its kind, path,
    title, points, 责任单位 and sentence) is encoded once per line of the rubric."""
    text = jsontext.dumps(result.to_dict(with_items=False), 2)
    items = result.items
    if items is None:
        return text
    assert text.endswith("\n" + _UNIT_INDENT + "}")
    lost = {k: plain(v) for k, v in result.lost_by_responsible().items()}
    listed = "[]" if not items else (
        "[\n" + ",\n".join(_ITEM_INDENT + _item_json(i, statics) for i in items) + "\n" + jsontext.INDENT * 3 + "]")
    return (text[:-len(_UNIT_INDENT) - 2] + _UNIT_FIELD + '"items": ' + listed
            + _UNIT_FIELD + '"lost_by_responsible": ' + jsontext.dumps(lost, 3) + "\n" + _UNIT_INDENT + "}")


def _item_json(item, statics: dict) -> str:
    """`jsontext.dumps(item.to_dict(), 4)`, the same text, its unchanging fields from `statics`."""
    parts = statics.get(item.slot)
    if parts is None:
        whole = item.to_dict()
        before, after = ("".join(_ITEM_FIELD + jsontext.encode_basestring(k) + ": " + jsontext.dumps(whole[k], 5)
                                 for k in keys) for keys in (_STATIC_BEFORE, _STATIC_AFTER))
        parts = statics[item.slot] = ("{\n" + jsontext.INDENT * 5 + before[len(_ITEM_FIELD):], after)
    before, after = parts
    enc = jsontext.encode_basestring
    lost = "null" if item.lost is None else enc(plain(item.lost))
    facts = jsontext.dumps({k: json_value(v) for k, v in item.facts.items()}, 5) if item.facts else "{}"
    return (before + _ITEM_FIELD + '"score": ' + enc(plain(item.score)) + _ITEM_FIELD + '"raw": ' + enc(plain(item.raw))
            + _ITEM_FIELD + '"lost": ' + lost + _ITEM_FIELD + '"status": ' + enc(item.status.value)
            + after + _ITEM_FIELD + '"facts": ' + facts + _ITEM_FIELD + '"matched": ' + enc(item.matched)
            + "\n" + _ITEM_INDENT + "}")


def to_csv(results: list[UnitResult], group_titles: list[str]) -> str:
    return "".join(csv_lines(sorted(results, key=lambda r: (r.rank, r.name)), group_titles))


def csv_lines(results: Iterable[UnitResult], group_titles: list[str]) -> Iterator[str]:
    """The score CSV a line at a time, of results already in their order (best first)."""
    yield csv_row(["名次", "单位", "总分", "等级", "基础分", "加分", "扣分", "一票否决", "缺报"]
                  + [_inert(t) for t in group_titles])
    # What units share (their scores and grade: a few hundred combinations in a province)
    # is made text once; a unit's own name, veto and 缺报 each time.
    shared: dict[tuple, tuple[str, str]] = {}
    columns, titles = [], None
    for r in results:
        if r.part_titles is not titles:  # the rubric's groups: where each column's score is
            titles = r.part_titles
            columns = [titles.index(t) if t in titles else None for t in group_titles]
            shared.clear()
        key = (r.total, r.grade, r.base, r.bonus, r.deductions, r.parts)
        scores = shared.get(key)
        if scores is None:
            if len(shared) >= 65_536:
                shared.clear()
            parts = [plain(r.parts[i]) if i is not None and i < len(r.parts) else "" for i in columns]
            scores = shared[key] = (
                ",".join(_field(f) for f in (plain(r.total), _inert(r.grade or ""), plain(r.base), plain(r.bonus),
                                              plain(r.deductions))),
                "".join("," + _field(f) for f in parts) + "\n")
        own = ",," if r.veto is None and not r.missing else \
            _field(_inert(r.veto.title if r.veto else "")) + "," + _field(_inert("、".join(r.missing))) + ","
        yield f"{r.rank},{_field(_inert(r.name))},{scores[0]},{own[:-1]}{scores[1]}"


EXPLAIN_COLUMNS = ["单位", "名次", "层级", "项目", "事实", "得分", "计算得分", "失分", "状态", "符合", "责任单位", "规则"]


def explain_csv_lines(results: Iterable[UnitResult]) -> Iterator[str]:
    """`--explain --format csv`: the long table, a row per rule line and group of each unit
    (a unit's explanation is built, written and let go before the next one's). What a
    line says that no unit changes (its path, title, 责任单位, sentence) is made text once."""
    yield csv_row(EXPLAIN_COLUMNS)
    statics: dict[int, tuple[str, str]] = {}
    for r in results:
        head = _field(_inert(r.name)) + f",{r.rank},"
        for item in r.items or []:
            fixed = statics.get(item.slot)
            if fixed is None:
                fixed = statics[item.slot] = (
                    _field(_inert(" / ".join(item.path))) + "," + _field(_inert(item.title)),
                    _field(_inert(item.responsible if item.kind == "rule" or item.responsible != "未注明" else ""))
                    + "," + _field(_inert(item.sentence)) + "\n")
            facts = ";".join(f"{k} = {fact_text(v)}" for k, v in item.facts.items())
            yield (head + fixed[0] + "," + ",".join(_field(_inert(f)) for f in (
                facts, plain(item.score), plain(item.raw), "" if item.lost is None else plain(item.lost),
                STATUS_TEXT[item.status], item.matched)) + "," + fixed[1])
        r.forget_items()


def csv_row(row: list) -> str:
    """One CSV row ending in LF, as the csv module writes a row of two fields or more, with
    every field that holds a CR or an LF quoted. (The csv module quotes only the characters
    of its own line terminator: with LF, a name holding a bare CR went out unquoted, and a
    reader that starts a new row at the CR saw what follows it as the first cell of a row
    of its own.)"""
    return ",".join(_field(str(f)) for f in row) + "\n"


_QUOTED = re.compile(r'[,"\r\n]')


def _field(text: str) -> str:
    """A field as the csv module's minimal quoting writes it."""
    return '"' + text.replace('"', '""') + '"' if _QUOTED.search(text) else text


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_LINES = re.compile(r"(\r\n|\r|\n)")


def _inert(text: str) -> str:
    """Text that a spreadsheet shows rather than runs. Excel evaluates a CSV cell starting
    with = + - @ as a formula: a unit named =HYPERLINK(…) in another office's facts file
    would become a live link. The leading ' is Excel's own mark for "this is text"; each
    line of the text gets it, for a reader that splits a cell at its line breaks.
    Only names and titles pass here; numbers (a total of -1.5) are written as they are."""
    if not text.startswith(_FORMULA_START) and "\n" not in text and "\r" not in text:
        return text
    parts = _LINES.split(text)
    return "".join("'" + part if i % 2 == 0 and part.startswith(_FORMULA_START) else part
                   for i, part in enumerate(parts))
