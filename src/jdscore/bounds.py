"""The lowest and highest score each rule, item and rubric can give.

`None` means unbounded on that side (an award per count with no cap). The checker
compares these with the declared points; the compiler asks whether a rule only ever
deducts, which decides whether an item counts down from its points.
"""

from __future__ import annotations

from decimal import Decimal

from .records import dataclass
from . import ast as A

ZERO = Decimal(0)


@dataclass(frozen=True)
class Range:
    low: Decimal | None
    high: Decimal | None

    def __add__(self, other: Range) -> Range:
        low = None if self.low is None or other.low is None else self.low + other.low
        high = None if self.high is None or other.high is None else self.high + other.high
        return Range(low, high)

    def cap_high(self, limit: Decimal) -> Range:
        high = limit if self.high is None else min(self.high, limit)
        low = self.low if self.low is None else min(self.low, limit)
        return Range(low, high)

    def cap_low(self, limit: Decimal) -> Range:
        low = limit if self.low is None else max(self.low, limit)
        high = self.high if self.high is None else max(self.high, limit)
        return Range(low, high)


def _between(values) -> Range:
    values = list(values) + [ZERO]
    return Range(min(values), max(values))


def rule_range(rule) -> Range:
    if rule is None:
        return Range(ZERO, ZERO)
    return _RANGE_MEMO.get(rule, _RANGE.visit)  # the checks ask it of every line many times


_RANGE_MEMO = A.IdMemo()


class ScoreRange(A.RuleVisitor):
    """The lowest and highest score of each kind of rule (None: unbounded that way)."""

    def visit_PerCountAward(self, rule):
        return Range(ZERO, None)

    def visit_PerCountDeduction(self, rule):
        return Range(None, ZERO)

    def visit_BooleanAward(self, rule):
        return Range(ZERO, rule.points)

    def visit_BooleanDeduction(self, rule):
        return Range(None if rule.points is None else -rule.points, ZERO)

    def visit_DeficitDeduction(self, rule):
        return Range(-(rule.required // rule.per) * rule.points, ZERO)

    def visit_Shortfall(self, rule):
        # down to a value of 0 (an award per step below counts in proportion, a deduction whole steps)
        whole = rule.step_points > 0 or rule.whole_steps
        steps = rule.threshold.value // rule.step if whole else rule.threshold.value / rule.step
        furthest = rule.points - steps * rule.step_points  # (an award per step below: more)
        return Range(min(furthest, rule.points), max(furthest, rule.points))

    def visit_Excess(self, rule):
        if rule.step_points > 0:
            return Range(min(rule.points, ZERO), None)
        return Range(None, max(rule.points, ZERO))

    def visit_Lateness(self, rule):
        return Range(None, ZERO)

    def visit_Levels(self, rule):
        return _between(points for _, points in rule.levels)

    def visit_JudgedLevels(self, rule):
        return _between(end for _, low, high in rule.levels for end in (low, high))

    def visit_Peer(self, rule):
        inner = self.visit(rule.rule)
        if isinstance(rule.rule, A.Shortfall):  # below the average: no lower end
            return Range(None, inner.high)
        return inner

    def visit_ListedValues(self, rule):
        total = Range(ZERO, ZERO)
        for p in rule.points:
            total = total + (Range(ZERO, None) if p > 0 else Range(None, ZERO))
        return total

    def visit_Tiers(self, rule):
        return _between(t.points for t in rule.tiers)

    def visit_Joint(self, rule):
        if rule.points is None:  # the item scores nothing: as far down as deductions go
            return Range(None, ZERO)
        return _between((rule.points,))

    def visit_PerRecordTiers(self, rule):
        r = _between(t.points for t in rule.tiers)
        return Range(None if r.low < 0 else ZERO, None if r.high > 0 else ZERO)

    visit_TieredPerCount = visit_PerRecordTiers

    def visit_Proportional(self, rule):
        return Range(ZERO, rule.points)

    def visit_Formula(self, rule):
        return Range(None, None)  # what a formula gives depends on values with no stated end

    def visit_Rank(self, rule):  # (a step down the places ends at its floor, 0 or above)
        return _between(t.points for t in rule.tiers if t.kind is not A.RankFrom.AFTER)

    def visit_Judged(self, rule):
        if rule.per_occurrence:
            return Range(None, ZERO) if rule.deduct else Range(ZERO, None)
        low = ZERO if rule.may_be_zero else rule.low
        return Range(-rule.high, -low) if rule.deduct else Range(low, rule.high)

    def visit_Veto(self, rule):
        return Range(ZERO, ZERO)

    visit_Requirement = visit_Veto

    def visit_Cap(self, rule):
        inner = self.visit(rule.rule)
        return inner.cap_low(-rule.limit) if rule.on_deductions else inner.cap_high(rule.limit)

    def visit_GroupCap(self, rule):
        total = Range(ZERO, ZERO)
        for sub in rule.rules:
            total = total + self.visit(sub)
        return total if rule.limit is None else total.cap_high(rule.limit)

    def visit_PartSteps(self, rule):
        inner = self.visit(rule.rule)  # a part counted whole takes one step more, at most
        return inner if rule.share or inner.low is None else Range(None, inner.high)

    def visit_Highest(self, rule):
        ranges = [self.visit(sub) for sub in rule.rules]
        low = None if any(r.low is None for r in ranges) else max(r.low for r in ranges)
        high = None if any(r.high is None for r in ranges) else max(r.high for r in ranges)
        return Range(low, high)

    def visit_OwnPoints(self, rule):
        inner = self.visit(rule.rule)
        return Range(None if inner.low is None else rule.points + inner.low,
                     None if inner.high is None else rule.points + inner.high)

    def visit_Floor(self, rule):
        inner = self.visit(rule.rule)
        return inner.cap_low(ZERO) if has_own_points(rule.rule) else inner

    def visit_BelowZero(self, rule):
        return self.visit(rule.rule)


_RANGE = ScoreRange()


def has_own_points(rule) -> bool:
    """Does the sentence state its own points (so 扣完为止 stops the sentence, not its item)?"""
    if isinstance(rule, A.OwnPoints):
        return True
    if isinstance(rule, A.Shortfall):
        return rule.points > 0  # 不低于95%的,得2分;每低1%… (not 未达到95%的,每下降…)
    if isinstance(rule, (A.Cap, A.Floor, A.BelowZero, A.Peer, A.PartSteps)):
        return has_own_points(rule.rule)
    if isinstance(rule, A.GroupCap):  # 达85%以上记2分,…,每发生1起扣1分: the first part's points hold the rest
        return bool(rule.rules) and has_own_points(rule.rules[0])
    return False


def only_deducts(rule) -> bool:
    """True when the rule can never give more than zero."""
    r = rule_range(rule)
    return r.high is not None and r.high <= 0


def floors_item(rule) -> bool:
    """扣完为止 in a sentence without its own points stops the *item* at zero."""
    if isinstance(rule, A.Floor):
        return not has_own_points(rule.rule)
    if isinstance(rule, A.Cap):
        return floors_item(rule.rule)
    return False


def lifts_floor(rule) -> bool:
    """倒扣 in a sentence: its item may score below 0, whatever the rubric's default."""
    return isinstance(rule, A.BelowZero) or (isinstance(rule, A.Cap) and lifts_floor(rule.rule))


def item_floored(group: A.Group, item_floor: bool) -> bool:
    """Does the item stop at 0? Its own 扣完为止 or a line's, else the rubric's default for an item
    with points, unless a line of it says 倒扣."""
    lines = [c.rule for c in group.children if isinstance(c, A.RuleLine) and c.rule is not None]
    return group.floor or any(floors_item(r) for r in lines) or (
        item_floor and group.points is not None and not any(lifts_floor(r) for r in lines))


def is_deduction_item(group: A.Group) -> bool:
    """An item whose lines only deduct counts down from its points (6分, 扣1分 each …)."""
    lines = [c for c in group.children if isinstance(c, A.RuleLine)]
    return (group.points is not None and bool(lines)
            and len(lines) == len(group.children)
            and all(line.rule is not None and only_deducts(line.rule) for line in lines))


def group_range(group: A.Group, item_floor: bool = True) -> Range:
    """`item_floor`: an item with points never scores below 0 (the rubric's default)."""
    return _GROUP_MEMO.get(group, _group_range, item_floor)


_GROUP_MEMO = A.IdMemo()


def _group_range(group: A.Group, item_floor: bool) -> Range:
    if group.role is A.Role.VETO:
        return Range(ZERO, ZERO)
    total = Range(ZERO, ZERO)
    for child in group.children:
        total = total + (group_range(child, item_floor) if isinstance(child, A.Group) else rule_range(child.rule))
    if group.role is A.Role.DEDUCTIONS:
        return total if group.cap is None else total.cap_low(-group.cap)
    if is_deduction_item(group):
        total = Range(None if total.low is None else group.points + total.low, group.points)
    if item_floored(group, item_floor):
        total = total.cap_low(ZERO)
    limit = group.points if group.points is not None else (group.cap if group.role is A.Role.BONUS else None)
    if limit is not None:
        total = total.cap_high(limit)
    if group.role is A.Role.BONUS:
        total = total.cap_low(ZERO)
    return total
