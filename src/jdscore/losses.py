"""Where each unit's points went: the gap between full marks and its total, split exactly
over its rule lines and a few named adjustments.

A unit's points lost are `full marks − total`. Summing the lost points of every line *and*
every item holding them counts the same points twice (an item of 8 points losing 7 on its
lines shows 7 on the item and 7 on the lines); summing the lines alone misses what the
items add or take away (a cap, 扣完为止, an item promising more than its lines can give).
`unit_losses` gives one row per rule line and one row per such adjustment, each counted
once, so that the rows of a unit add up to exactly `full marks − total`:

- a rule line: the points it lost, owed by its 责任单位, or by 缺报 when its fact was not
  reported;
- an item whose points its lines cannot reach: the difference, "细则达不到" (the rubric's,
  not a department's);
- an item that caps, floors or zeroes what its lines give: the difference, owed by the
  item's 责任单位;
- a 加分项: its points, negative (they make up for points lost elsewhere); a line of it
  counts nothing itself;
- full marks above the 大项 together (细则达不到) or below them, the total's formula and
  rounding: one row each, for the whole unit.

Exact Decimals throughout; `by_owner` adds the rows of all units up per 责任单位.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from .records import dataclass
from . import ast as A
from .runtime import ItemResult, Status, UnitResult

RULE = "细则"
ITEM = "项目调整"
UNIT = "总分调整"

UNREACHABLE = "细则达不到(不可得分)"
NOT_REPORTED = "缺报"
BONUS = "加分(抵减失分)"
FULL_BELOW = "满分低于各大项分值之和"
TOTAL = "总分公式与取整"
# The named rows, in the order a report lists them after the departments.
CATEGORIES = (UNREACHABLE, NOT_REPORTED, BONUS, FULL_BELOW, TOTAL)
# What each named row means, for every report that lists them.
EXPLAINED = {UNREACHABLE: "细则写的分值高于其下各条最多能得的分,任何单位都拿不到",
             NOT_REPORTED: "事实缺报,按0分计",
             BONUS: "加分项得分,抵减其他各项的失分",
             FULL_BELOW: "满分低于各大项分值之和",
             TOTAL: "总分公式或取整带来的差"}

_MISSING = (Status.MISSING, Status.PARTLY_MISSING)
ZERO = Decimal(0)


@dataclass(frozen=True)
class Loss:
    """One row of a unit's points lost. `lost` None: shown, not counted (a line of a 加分项
    or of a 一票否决 item)."""

    item: ItemResult | None   # the rule line, or the item an adjustment belongs to; None: the unit
    level: str                # RULE, ITEM or UNIT
    lost: Decimal | None
    owner: str                # a 责任单位 or one of CATEGORIES
    note: str = ""


def full_marks(result: UnitResult, declared: Decimal | None) -> Decimal:
    """The full marks a unit's loss is measured from: the rubric's 满分, or else what its
    scored parts promise together."""
    if declared is not None:
        return declared
    return sum((top.ceiling for top in _tops(result) if top.counted), ZERO)


def unit_losses(result: UnitResult, declared: Decimal | None) -> list[Loss]:
    """The rows of one unit (needs its items: scored with explanations)."""
    rows: list[Loss] = []
    tops = _tops(result, rows)
    parts = sum((t.ceiling for t in tops if t.counted), ZERO)
    full = declared if declared is not None else parts
    if full > parts:
        rows.append(Loss(None, UNIT, full - parts, UNREACHABLE, "满分高于各大项分值之和"))
    elif full < parts:
        rows.append(Loss(None, UNIT, full - parts, FULL_BELOW, "满分低于各大项分值之和"))
    rest = full - result.total - sum((r.lost for r in rows if r.lost is not None), ZERO)
    if rest:
        rows.append(Loss(None, UNIT, rest, TOTAL, "总分公式、取整"))
    return rows


def by_owner(results: list[UnitResult], declared: Decimal | None) -> dict[str, Decimal]:
    """Points lost per 责任单位 over all units, most first, then the named rows (only those
    that are not zero); the values add up to Σ(full marks − total)."""
    def each():
        for result in results:
            yield unit_losses(result, declared)
            result.forget_items()  # thousands of units explained at once would be gigabytes

    return add_up(each())


def add_up(units: Iterable[list[Loss]]) -> dict[str, Decimal]:
    """The rows of each unit (`unit_losses`) added up per 责任单位, as `by_owner` orders them."""
    totals: dict[str, Decimal] = {}
    for rows in units:
        for row in rows:
            if row.lost is not None:
                totals[row.owner] = totals.get(row.owner, ZERO) + row.lost
    departments = sorted(((k, v) for k, v in totals.items() if k not in CATEGORIES), key=lambda kv: (-kv[1], kv[0]))
    named = [(k, totals[k]) for k in CATEGORIES if totals.get(k)]
    return dict(departments + named)


# ------------------------------------------------------------------------------ the tree

@dataclass
class _Node:
    ceiling: Decimal      # what it is meant to give at most
    score: Decimal        # what it gave (a 扣分项: minus the amount deducted)
    gap: Decimal          # points below its ceiling that its lines can never give
    counted: bool = True  # part of the base (not a 加分项, 扣分项 or 一票否决)


def _tops(result: UnitResult, rows: list[Loss] | None = None) -> list[_Node]:
    items = result.items or []
    children: list[list[int]] = [[] for _ in items]
    tops: list[int] = []
    stack: list[int] = []
    for i, item in enumerate(items):  # recorded top down: an item comes before its lines
        while stack and items[stack[-1]].depth >= item.depth:
            stack.pop()
        (children[stack[-1]] if stack else tops).append(i)
        if item.kind == "group":
            stack.append(i)
    out = rows if rows is not None else []
    nodes = []
    for i in tops:
        role = items[i].role if items[i].kind == "group" else A.Role.BASE
        node = _walk(items, children, i, out, aside=role in (A.Role.BONUS, A.Role.VETO))
        if role is A.Role.BONUS and items[i].score:
            out.append(Loss(items[i], ITEM, -items[i].score, BONUS, "加分"))
        node.counted = role is A.Role.BASE
        nodes.append(node)
    return nodes


def _walk(items: list[ItemResult], children: list[list[int]], i: int, rows: list[Loss], aside: bool) -> _Node:
    item = items[i]
    if item.kind == "rule":
        lost = item.lost if item.lost is not None else ZERO
        if aside:
            rows.append(Loss(item, RULE, None, item.responsible))
            return _Node(item.score, item.score, ZERO)
        rows.append(Loss(item, RULE, lost, NOT_REPORTED if item.status in _MISSING else item.responsible))
        return _Node(item.score + lost, item.score, ZERO)
    kids = [_walk(items, children, c, rows, aside) for c in children[i]]
    if aside:
        return _Node(ZERO, ZERO, ZERO)
    lines_lost = sum((k.ceiling - k.score for k in kids), ZERO)
    lines_gap = sum((k.gap for k in kids), ZERO)
    if item.role is A.Role.DEDUCTIONS:   # its score is the amount deducted
        node = _Node(ZERO, -item.score, lines_gap)
    elif item.points is not None:
        gap = max(ZERO, item.points - item.max_points) if item.max_points is not None else ZERO
        node = _Node(item.points, item.score, gap)
    else:                                # no points of its own: what its lines promise
        node = _Node(item.raw + lines_lost, item.score, lines_gap)
    own_gap = node.gap - lines_gap
    if own_gap:
        rows.append(Loss(item, ITEM, own_gap, UNREACHABLE, "本项分值高于各条最多能得的分"))
    rest = node.ceiling - node.score - lines_lost - own_gap
    if rest:
        rows.append(Loss(item, ITEM, rest, item.responsible, _adjustment(item)))
    return node


def _adjustment(item: ItemResult) -> str:
    if item.status is Status.CAPPED:
        return "封顶" if item.role is not A.Role.DEDUCTIONS else "扣分封顶"
    if item.status is Status.FLOORED:
        return "扣完为止"
    if item.score == 0 and item.raw > 0:
        return "本项不得分"
    return "各条失分合计与本项失分之差"
