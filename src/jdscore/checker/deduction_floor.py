"""扣分 不设下限(或句中写了倒扣)时,扣分可能超过本项分值: 本项可能得负分。
Under 扣分 不设下限 (or a sentence's 倒扣), deductions can exceed the item's points: the item may score below 0.

An item with points never scores below 0, whether or not it says 扣完为止: that is the
reading most favourable to the unit, and the one offices apply. A rubric that means its
deductions to run past an item's points says so once in its header (`扣分 不设下限`), or a
sentence says so of its own item (`倒扣2分`, `直至负分`); this check then shows every item where
that matters, so that the writer sees what it does.

Bad::

    扣分 不设下限
    项目 "落实帮教措施" 6分 {
      应建档未建档人数: 应建档未建档1人的扣1分
      尿检缺人次: 尿检缺1人次扣0.5分
    }

Good::

    扣分 不设下限
    项目 "落实帮教措施" 6分 扣完为止 {
      应建档未建档人数: 应建档未建档1人的扣1分
      尿检缺人次: 尿检缺1人次扣0.5分
    }
"""

from __future__ import annotations

from .. import ast as A
from ..bounds import group_range, item_floored, lifts_floor, rule_range
from ..numerals import plain
from .base import Context, finding

CODE = "W309"
NAME = "deduction-below-zero"


def check(ctx: Context):
    for group in ctx.groups():
        if group.role is not A.Role.BASE or group.points is None:
            continue
        if item_floored(group, ctx.rubric.floor):
            continue  # stops at 0: the rubric's default, or 扣完为止
        low = group_range(group, item_floor=False).low
        if low is not None and low >= 0:
            continue
        # Reported where the deductions are written, not again on every group above.
        deducts_here = any(isinstance(c, A.RuleLine) and c.rule is not None and (
            rule_range(c.rule).low is None or rule_range(c.rule).low < 0) for c in group.children)
        if not deducts_here:
            continue
        lowest = "没有下限" if low is None else f"最低{plain(low)}分"
        if ctx.rubric.floor:  # a line of it says 倒扣: reported on that line
            where = next(c for c in group.children if isinstance(c, A.RuleLine) and c.rule is not None
                         and lifts_floor(c.rule)).span
            said, said_en = "句中写了倒扣(可扣成负分)", "a line says 倒扣"
            hint = "若本项应扣到0为止,把“倒扣”改成“扣”,或删去“可扣成负分”一类的说法"
        else:
            where, said, said_en = group.span, "细则写了“扣分 不设下限”", "the rubric says 扣分 不设下限"
            hint = "若本项应扣到0为止,在分值后写“扣完为止”;若全部项目都应如此,删掉表头的“扣分 不设下限”"
        yield finding(
            CODE, f"“{group.title}”({plain(group.points)}分)的扣分可能超过本项分值,{said},本项可能得负分(本项{lowest})",
            where, english=f"deductions in {group.title!r} can exceed its {plain(group.points)} points and "
            f"{said_en}: the item may score below 0", hint=hint)
