"""Points that don't add up: children against declared points, caps, full marks, floors."""

from __future__ import annotations

from decimal import Decimal

from .. import ast as A
from ..bounds import floors_item, group_range, is_deduction_item, rule_range
from ..diagnostics import Diagnostic, warning, error
from ..numerals import plain


def check(rubric: A.Rubric, schema) -> list[Diagnostic]:
    found: list[Diagnostic] = []
    for node in rubric.walk():
        if isinstance(node, A.Group) and node.role is A.Role.BASE and node.points is not None:
            found.extend(_group_points(node))
        if isinstance(node, A.RuleLine) and node.rule is not None:
            found.extend(_caps(node, rubric))
    found.extend(_full_marks(rubric))
    return found


def _children_max(group: A.Group) -> Decimal | None:
    total = Decimal(0)
    for child in group.children:
        high = group_range(child).high if isinstance(child, A.Group) else rule_range(child.rule).high
        if high is None:
            return None
        total += high
    return total


def _group_points(group: A.Group) -> list[Diagnostic]:
    out: list[Diagnostic] = []
    if is_deduction_item(group):
        low = rule_sum_low(group)
        floored = group.floor or any(isinstance(c, A.RuleLine) and floors_item(c.rule)
                                     for c in group.children)
        if not floored and (low is None or group.points + low < 0):
            out.append(warning(
                "W309", f"“{group.title}”({plain(group.points)}分)的扣分可能超过本项分值,"
                "原文没有说明扣完为止", group.span,
                hint="在分值后写“扣完为止”,或在规则句末写明;否则本项可能得负分"))
        return out
    children = [c for c in group.children if isinstance(c, (A.Group, A.RuleLine))]
    if not children:
        return out
    high = _children_max(group)
    if high is None:
        return out
    if high < group.points:
        out.append(warning(
            "W301", f"“{group.title}”写的是{plain(group.points)}分,但下面各项最多只能得{plain(high)}分",
            group.span, hint="核对下级各项的分值,或改正本项分值"))
    elif high > group.points and all(isinstance(c, A.Group) for c in children):
        out.append(error(
            "E302", f"“{group.title}”写的是{plain(group.points)}分,但下级各项分值合计{plain(high)}分",
            group.span, hint="下级分值之和应等于本项分值"))
    return out


def rule_sum_low(group: A.Group) -> Decimal | None:
    total = Decimal(0)
    for child in group.children:
        low = rule_range(child.rule).low
        if low is None:
            return None
        total += low
    return total


def _caps(line: A.RuleLine, rubric: A.Rubric) -> list[Diagnostic]:
    item = _item_of(line, rubric)
    if item is None or item.points is None:
        return []
    out = []
    rule = line.rule
    while isinstance(rule, (A.Floor, A.Cap)):
        if isinstance(rule, A.Cap) and not rule.on_deductions and rule.limit > item.points:
            out.append(warning(
                "W303", f"封顶{plain(rule.limit)}分,高于所在项目“{item.title}”的{plain(item.points)}分",
                rule.span, hint="封顶分不应超过本项分值"))
        rule = rule.rule
    return out


def _item_of(line: A.RuleLine, rubric: A.Rubric) -> A.Group | None:
    for node in rubric.walk():
        if isinstance(node, A.Group) and any(c is line for c in node.children):
            return node
    return None


def _full_marks(rubric: A.Rubric) -> list[Diagnostic]:
    if rubric.full_marks is None:
        return []
    base = [n for n in rubric.body if isinstance(n, A.Group) and n.role is A.Role.BASE]
    if not base or any(g.points is None for g in base):
        return []
    total = sum((g.points for g in base), Decimal(0))
    if total != rubric.full_marks:
        return [warning("W304", f"满分{plain(rubric.full_marks)}分,但各大项分值合计{plain(total)}分",
                        base[0].span, hint="核对各大项的分值或满分")]
    return []
