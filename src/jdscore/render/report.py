"""The office's report (`jdscore report`): one self-contained HTML page that opens offline
and prints on A4.

1. 排名: rank, unit (a link to its section), total, grade, a bar, points lost;
2. 总分分布: every total on an axis over the grade bands, and how many units each band holds;
3. 各大项得分: units × 大项, each cell the points kept, shaded by the share of the 大项's points;
4. 失分(按责任单位): the points lost over all units per 责任单位, then the named rows
   (细则达不到, 缺报, …) of losses.py, adding up exactly to Σ(满分 − 总分); where the rubric
   itself makes points unreachable, which item and how much;
5. one section per unit: every line's values, the clause matched, points, points lost and
   责任单位.

Numbers are the exact decimals of `score --format json`; every input string is escaped
(charts.esc). No script, no external resource.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import field
from decimal import Decimal

from ..records import dataclass
from .. import ast as A
from .. import losses
from ..numerals import plain
from ..runtime import ItemResult, Status, UnitResult
from .charts import SHADES, Band, bar, distribution, esc, shade
from .results import STATUS_TEXT, fact_text

ZERO = Decimal(0)

CSS = """
@page { size: A4; margin: 12mm 11mm 13mm; }
* { box-sizing: border-box; }
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif;
       font-size: 9.5pt; line-height: 1.4; color: #111; background: #fff; max-width: 190mm; margin: 8mm auto; }
h1 { font-size: 15pt; margin: 0 0 1.5mm; text-align: center; }
h2 { font-size: 12pt; margin: 5mm 0 2mm; border-bottom: 0.8pt solid #333; padding-bottom: 0.8mm; }
h3 { font-size: 10.5pt; margin: 4mm 0 1mm; }
h2, h3 { break-after: avoid; page-break-after: avoid; }
p { margin: 1mm 0; }
p.facts { text-align: center; color: #333; margin-bottom: 3mm; }
p.note { color: #444; font-size: 8.5pt; }
table { width: 100%; border-collapse: collapse; margin: 1mm 0 2mm; }
th, td { border: 0.5pt solid #999; padding: 0.6mm 1.2mm; vertical-align: top; overflow-wrap: anywhere; }
th { background: #eee; font-weight: bold; text-align: center; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.c { text-align: center; }
tfoot td, tr.sum td { font-weight: bold; }
a { color: #0645ad; text-decoration: none; }
svg { display: block; }
svg .track { fill: #f0f0f0; } svg .fill { fill: #4a7ab5; } svg .fill.negative { fill: #6aa84f; }
svg .axis, svg .tick { stroke: #333; stroke-width: 1; } svg text { font-size: 10px; fill: #222; text-anchor: middle; }
svg .band.b0 { fill: #e3eef9; } svg .band.b1 { fill: #f3f3f3; }
svg .band.b2 { fill: #fdf1dc; } svg .band.b3 { fill: #f9e3e3; }
svg .unit { fill: #c0392b; fill-opacity: 0.8; stroke: #fff; stroke-width: 1; }
table.heat td.cell { text-align: center; white-space: nowrap; }
.k100 { background: #b7dfb0; } .k90 { background: #dcefd4; } .k75 { background: #fff3c4; }
.k60 { background: #fbd6b4; } .k0 { background: #f4a9a0; }
span.key { display: inline-block; padding: 0 2mm; margin-right: 1mm; border: 0.5pt solid #999; }
table.unit, table.heat { table-layout: fixed; }
table.unit col.rule { width: 36%; } table.unit col.values { width: 22%; } table.unit col.matched { width: 14%; }
table.unit col.n { width: 6%; } table.unit col.owner { width: 10%; }
table.heat col.name { width: 16%; } table.heat col.total { width: 8%; }
table.unit tr.group td { background: #f4f4f4; font-weight: bold; }
table.unit td.rule { font-size: 8.5pt; color: #333; }
.lost { color: #b00000; }
.bad { color: #b00000; font-weight: bold; }
@media print {
  body { margin: 0; max-width: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; }
}
""".strip()


def to_html(results: list[UnitResult], rubric: A.Rubric, facts: str, period) -> str:
    """The whole report; `results` scored with explanations."""
    return "".join(html_chunks(results, rubric, facts, period))


def html_chunks(results: list[UnitResult], rubric: A.Rubric, facts: str, period) -> Iterator[str]:
    """The report in pieces, to be written as they come. A unit's explanation is built twice
    (once for the parts over all units, once for its own section) and let go of after each
    use: thousands of units explained at once would be gigabytes."""
    for piece in _page(sorted(results, key=lambda r: (r.rank, r.name)), rubric, facts, period):
        yield piece + "\n"


@dataclass
class _Overview:
    """What the parts over all units need of each unit's explanation, read in one pass."""

    full: dict[int, Decimal] = field(default_factory=dict)       # id(unit) -> its full marks
    columns: list[tuple[str, Decimal]] = field(default_factory=list)  # the 大项: title, points
    heat: list[list[tuple[Decimal, Decimal]]] = field(default_factory=list)  # per unit: (kept, points)
    owed: dict[str, Decimal] = field(default_factory=dict)        # losses.add_up over all units
    unreachable: dict[tuple[str, str], list[Decimal]] = field(default_factory=dict)


def _overview(ordered: list[UnitResult], declared: Decimal | None) -> _Overview:
    seen = _Overview()
    if ordered:
        seen.columns = [(top.title, _ceiling(top)) for top in _tops(ordered[0])]

    def each():
        for unit in ordered:
            seen.full[id(unit)] = losses.full_marks(unit, declared)
            seen.heat.append([(top.score, _ceiling(top)) for top in _tops(unit)])
            rows = losses.unit_losses(unit, declared)
            for row in rows:
                if row.owner == losses.UNREACHABLE and row.lost:
                    where = " / ".join(row.item.path) if row.item is not None else "全卷"
                    seen.unreachable.setdefault((where, row.note), []).append(row.lost)
            yield rows
            unit.forget_items()

    seen.owed = losses.add_up(each())
    return seen


def _page(ordered: list[UnitResult], rubric: A.Rubric, facts: str, period) -> Iterator[str]:
    title = (rubric.title or "考评") + (f"({rubric.year}年度)" if rubric.year else "")
    declared = rubric.full_marks
    seen = _overview(ordered, declared)
    yield from ("<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", '<meta charset="utf-8">',
                '<meta name="generator" content="jdscore">', f"<title>{esc(title)} 考评报告</title>",
                f"<style>\n{CSS}\n</style>", "</head>", "<body>", f"<h1>{esc(title)} 考评报告</h1>")
    said = [f"事实文件 {facts}"] + ([f"期间 {period}"] if period not in (None, "") else [])
    said.append(f"{len(ordered)}个单位")
    marks = sorted(set(seen.full.values()))
    if marks:
        said.append("满分 " + "、".join(plain(m) for m in marks) + " 分")
    yield f'<p class="facts">{esc(" · ".join(said))}</p>'
    yield from _ranking(ordered, seen.full)
    yield from _distribution(ordered, rubric, seen.full)
    yield from _heat_map(ordered, seen)
    yield from _owners(ordered, seen)
    yield '<section id="units"><h2>五、各单位得分明细</h2>'
    for i, unit in enumerate(ordered):
        yield from _unit(i, unit, declared, seen.full[id(unit)])
    yield from ("</section>", "</body>", "</html>")


def _anchor(i: int) -> str:
    return f"unit-{i + 1}"


# ---------------------------------------------------------------------------- ranking

def _ranking(ordered: list[UnitResult], full: dict) -> Iterator[str]:
    graded = any(u.grade for u in ordered)
    scale = max([*full.values(), *(u.total for u in ordered), ZERO])
    yield '<section id="ranking"><h2>一、排名</h2><table class="ranking"><thead><tr>'
    yield "".join(f"<th>{h}</th>" for h in ["名次", "单位", "总分"] + (["等级"] if graded else [])
                  + ["总分/满分", "失分", "备注"]) + "</tr></thead><tbody>"
    for i, unit in enumerate(ordered):
        notes = ([f"一票否决: {unit.veto.title}"] if unit.veto is not None else []) + (
            ["缺报: " + "、".join(unit.missing)] if unit.missing else [])
        cells = [f'<td class="num rank">{unit.rank}</td>',
                 f'<td class="name"><a href="#{_anchor(i)}">{esc(unit.name)}</a></td>',
                 f'<td class="num total">{plain(unit.total)}</td>']
        if graded:
            cells.append(f'<td class="c grade">{esc(unit.grade or "")}</td>')
        cells += [f"<td>{bar(unit.total, scale, f'{unit.name} 总分 {plain(unit.total)}')}</td>",
                  f'<td class="num lost">{plain(full[id(unit)] - unit.total)}</td>',
                  f'<td class="notes">{esc(";".join(notes))}</td>']
        yield '<tr class="unit">' + "".join(cells) + "</tr>"
    yield "</tbody></table>"
    yield ('<p class="note">失分 = 满分 − 总分;点单位名称看它的逐条明细(第五部分)。</p></section>')


# ----------------------------------------------------------------------- distribution

def _bands(bands: A.GradeBands | None) -> list[Band]:
    if bands is None:
        return []
    return [Band(b.grade, b.interval.low.value if b.interval.low else None,
                 b.interval.high.value if b.interval.high else None)
            for b in bands.bands if b.interval is not None]


def _distribution(ordered: list[UnitResult], rubric: A.Rubric, full: dict) -> Iterator[str]:
    bands = _bands(rubric.bands)
    totals = [u.total for u in ordered]
    low = min([ZERO, *totals])
    high = max([*full.values(), *totals, *(b.high for b in bands if b.high is not None), Decimal(1)])
    yield '<section id="distribution"><h2>二、总分分布</h2>'
    yield distribution([(u.name, u.total) for u in ordered], bands, low, high)
    if rubric.bands is None:
        yield '<p class="note">细则未设等级。每个点是一个单位的总分。</p></section>'
        return
    yield ('<table class="bands"><thead><tr><th>等级</th><th>细则原文</th><th>单位数</th><th>单位</th></tr></thead>'
           "<tbody>")
    for band in rubric.bands.bands:
        members = [u.name for u in ordered if u.grade == band.grade]
        yield (f'<tr><td class="c">{esc(band.grade)}</td><td>{esc(band.text)}</td>'
               f'<td class="num">{len(members)}</td><td>{esc("、".join(members))}</td></tr>')
    yield "</tbody></table>"
    vetoed = [u.name for u in ordered if u.veto is not None]
    if vetoed:
        yield f'<p class="note">一票否决的单位按否决定级,不按总分: {esc("、".join(vetoed))}。</p>'
    yield "</section>"


# --------------------------------------------------------------------------- heat map

def _tops(unit: UnitResult) -> list[ItemResult]:
    """The 大项 of a unit: its outermost groups that count towards the base score."""
    return [i for i in unit.items or [] if i.kind == "group" and i.depth == 0 and i.role is A.Role.BASE]


def _heat_map(ordered: list[UnitResult], seen: _Overview) -> Iterator[str]:
    yield '<section id="heatmap"><h2>三、各大项得分</h2>'
    if not seen.columns:
        yield '<p class="note">细则没有分值的大项。</p></section>'
        return
    head = "".join(f"<th>{esc(title)}<br>({plain(points)}分)</th>" for title, points in seen.columns)
    yield (f'<table class="heat"><colgroup><col class="name">{"<col>" * len(seen.columns)}'
           f'<col class="total"></colgroup><thead><tr><th>单位</th>{head}<th>总分</th></tr></thead><tbody>')
    for i, (unit, row) in enumerate(zip(ordered, seen.heat)):
        cells = []
        for kept, points in row:
            if points > 0:
                said = f"{plain(kept)} / {plain(points)} 分"
                cells.append(f'<td class="cell {shade(kept, points)}" title="{esc(said)}">{plain(kept)}</td>')
            else:
                cells.append(f'<td class="cell">{plain(kept)}</td>')
        yield (f'<tr><td><a href="#{_anchor(i)}">{esc(unit.name)}</a></td>{"".join(cells)}'
               f'<td class="num">{plain(unit.total)}</td></tr>')
    yield "</tbody></table>"
    yield ('<p class="note">格中是得分,颜色是得分占该大项分值的比例: '
           + "".join(f'<span class="key {css}">{label}</span>' for _, css, label in SHADES) + "</p></section>")


def _ceiling(top: ItemResult) -> Decimal:
    """What a 大项 gives at most: its points, else what its lines can give."""
    if top.points is not None:
        return top.points
    return top.max_points if top.max_points is not None else ZERO


# ----------------------------------------------------------------------------- owners

def _owners(ordered: list[UnitResult], seen: _Overview) -> Iterator[str]:
    owed = seen.owed
    total = sum((seen.full[id(u)] - u.total for u in ordered), ZERO)
    scale = max([abs(v) for v in owed.values()] + [ZERO])
    signed = any(v < 0 for v in owed.values())
    yield '<section id="owners"><h2>四、失分(按责任单位)</h2>'
    yield ('<table class="owners"><thead><tr><th>责任单位</th><th>失分</th><th></th><th>说明</th></tr></thead>'
           "<tbody>")
    for owner, lost in owed.items():
        named = owner in losses.CATEGORIES
        yield (f'<tr class="{"named" if named else "owner"}"><td class="who">{esc(owner)}</td>'
               f'<td class="num lost">{plain(lost)}</td>'
               f"<td>{bar(lost, scale, f'{owner} 失分 {plain(lost)}', signed=signed)}</td>"
               f"<td>{esc(losses.EXPLAINED.get(owner, ''))}</td></tr>")
    departments = sum((v for k, v in owed.items() if k not in losses.CATEGORIES), ZERO)
    yield (f'</tbody><tfoot><tr class="sum"><td>合计</td><td class="num" id="owners-total">{plain(total)}</td>'
           f'<td></td><td>= 各单位(满分 − 总分)之和,{len(ordered)}个单位</td></tr></tfoot></table>')
    parts = [f"各责任单位 {plain(departments)}"] + [f"{k} {plain(v)}" for k, v in owed.items()
                                                if k in losses.CATEGORIES]
    yield f'<p class="equation">{esc(" + ".join(parts))} = {plain(total)} 分</p>'
    yield ('<p class="note">每一分失分只计一次: 各条细则的失分计给其责任单位(事实缺报的计入“缺报”),'
           "项目封顶、扣完为止等调整计给项目的责任单位。</p>")
    if seen.unreachable:
        yield from _unreachable(seen.unreachable)
    yield "</section>"


def _unreachable(where: dict[tuple[str, str], list[Decimal]]) -> Iterator[str]:
    """Where the rubric itself keeps points from every unit: which item, how much."""
    yield '<h3>细则达不到的分</h3><table class="unreachable"><thead><tr><th>项目</th><th>原因</th>' \
          "<th>每个单位</th><th>单位数</th><th>合计</th></tr></thead><tbody>"
    for (path, note), amounts in where.items():
        each = "、".join(plain(a) for a in dict.fromkeys(amounts))
        yield (f"<tr><td>{esc(path)}</td><td>{esc(note)}</td><td class=\"num\">{each}</td>"
               f'<td class="num">{len(amounts)}</td><td class="num">{plain(sum(amounts, ZERO))}</td></tr>')
    yield "</tbody></table>"


# ------------------------------------------------------------------------------ units

def _unit(i: int, unit: UnitResult, declared: Decimal | None, full: Decimal) -> Iterator[str]:
    head = f"第{unit.rank}名 {unit.name}"
    yield f'<section class="unit" id="{_anchor(i)}"><h3>{esc(head)}</h3>'
    said = [f"总分 {plain(unit.total)} / 满分 {plain(full)}"]
    if unit.grade:
        said.append(f"等级 {unit.grade}")
    if unit.rounded_from is not None:
        said.append(f"未取整前 {plain(unit.rounded_from)}")
    if unit.consequence:
        said.append(f"奖惩: {unit.consequence}")
    items = unit.items or []
    owed = losses.add_up([losses.unit_losses(unit, declared)])
    if owed:
        said.append("失分: " + "、".join(f"{k} {plain(v)}" for k, v in owed.items()))
    yield f'<p class="summary">{esc(";".join(said))} <a href="#ranking">↑ 排名</a></p>'
    if unit.veto is not None:
        yield f'<p class="bad">一票否决: {esc(unit.veto.title)}({esc(unit.veto.sentence)})</p>'
    yield ('<table class="unit"><colgroup><col class="rule"><col class="values"><col class="matched">'
           '<col class="n"><col class="n"><col class="n"><col class="owner"></colgroup><thead><tr>'
           "<th>项目 / 规则</th><th>值</th><th>符合</th><th>得分</th><th>最高</th><th>失分</th><th>责任单位</th>"
           "</tr></thead><tbody>")
    for item in items:
        yield _item_row(item)
    unit.forget_items()
    yield "</tbody></table></section>"


def _item_row(item: ItemResult) -> str:
    indent = f' style="padding-left: {1 + 3 * item.depth}mm"'
    lost = "" if not item.lost else plain(item.lost)
    status = STATUS_TEXT[item.status]
    if item.kind == "group":
        points = item.points if item.points is not None else item.max_points
        if item.role is A.Role.DEDUCTIONS:
            score = f"−{plain(item.score)}" if item.score else "0"
        else:
            score = plain(item.score)
        note = f"({status})" if status else ""
        return (f'<tr class="group"><td colspan="3"{indent}>{esc(item.title)}{esc(note)}</td>'
                f'<td class="num score">{score}</td><td class="num">{"" if points is None else plain(points)}</td>'
                f'<td class="num lost">{lost}</td><td>{esc(item.responsible)}</td></tr>')
    values = ";".join(f"{k} = {fact_text(v)}" for k, v in item.facts.items())
    matched = item.matched
    if status and item.status is not Status.OK:
        matched = f"{matched}({status})" if matched else status
    high = "" if item.max_points is None else plain(item.max_points)
    return (f'<tr class="line"><td class="rule"{indent}>{esc(item.sentence)}</td><td>{esc(values)}</td>'
            f'<td>{esc(matched)}</td><td class="num score">{plain(item.score)}</td><td class="num">{high}</td>'
            f'<td class="num lost">{lost}</td><td>{esc(item.responsible)}</td></tr>')
