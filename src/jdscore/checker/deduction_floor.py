"""扣分可能超过本项分值,原文没有说明扣完为止: 本项可能得负分。
Deductions that can exceed the item's points, and the document does not say 扣完为止.

An item of 6 points with `尿检缺1人次扣0.5分` can lose more than 6 points. Whether it then
stops at 0 or takes points from the other items is the document's decision, and a unit
that disputes its grade will ask: the rubric must say it (`6分 扣完为止`, or `…扣完为止`
at the end of a sentence). Checked for every item with points, also where awards and
deductions mix.

Bad::

    项目 "落实帮教措施" 6分 {
      应建档未建档人数: 应建档未建档1人的扣1分
      尿检缺人次: 尿检缺1人次扣0.5分
    }

Good::

    项目 "落实帮教措施" 6分 扣完为止 {
      应建档未建档人数: 应建档未建档1人的扣1分
      尿检缺人次: 尿检缺1人次扣0.5分
    }
"""

from __future__ import annotations

from .. import ast as A
from ..bounds import group_range, rule_range
from ..numerals import plain
from .base import Context, finding

CODE = "W309"
NAME = "deduction-without-floor"


def check(ctx: Context):
    for group in ctx.groups():
        if group.role is not A.Role.BASE or group.points is None:
            continue
        low = group_range(group).low
        if low is not None and low >= 0:
            continue
        # Reported where the deductions are written, not again on every group above.
        deducts_here = any(isinstance(c, A.RuleLine) and c.rule is not None and (
            rule_range(c.rule).low is None or rule_range(c.rule).low < 0) for c in group.children)
        if not deducts_here:
            continue
        lowest = "没有下限" if low is None else f"最低{plain(low)}分"
        yield finding(
            CODE, f"“{group.title}”({plain(group.points)}分)的扣分可能超过本项分值,原文没有说明扣完为止"
            f"(本项{lowest})", group.span,
            english=f"deductions in {group.title!r} can exceed its {plain(group.points)} points and the "
            "document does not say 扣完为止", hint="在分值后写“扣完为止”,或在规则句末写明;否则本项可能得负分")
