"""下级各分组的分值之和大于本项分值: 分值对不上。
Sub-items whose declared points add up to more than the item's points.

When an item is divided into sub-items, their points should add up to the item's. More
than that means the item's cap silently cuts what the sub-items promise. Rule lines are
not summed here: several ways to earn points under one cap (`最高计1分`) are normal.

Bad::

    大项 "禁毒宣传教育" 10分 {
      项目 "学校宣传" 6分 {
        宣传课次数: 每开展1次计1分
      }
      项目 "社区宣传" 6分 {
        宣传活动次数: 每开展1次计1分
      }
    }

Good::

    大项 "禁毒宣传教育" 10分 {
      项目 "学校宣传" 5分 {
        宣传课次数: 每开展1次计1分
      }
      项目 "社区宣传" 5分 {
        宣传活动次数: 每开展1次计1分
      }
    }
"""

from __future__ import annotations

from .. import ast as A
from ..bounds import is_deduction_item
from ..numerals import plain
from .base import Context, children_high, finding

CODE = "E302"
NAME = "points-above"


def check(ctx: Context):
    for group in ctx.groups():
        if group.role not in (A.Role.BASE, A.Role.BONUS) or group.points is None or is_deduction_item(group):
            continue
        children = [c for c in group.children if isinstance(c, (A.Group, A.RuleLine))]
        if not children or not all(isinstance(c, A.Group) for c in children):
            continue
        high = children_high(group)
        if high is not None and high > group.points:
            yield finding(
                CODE, f"“{group.title}”写的是{plain(group.points)}分,但下级各项分值合计{plain(high)}分",
                group.span, english=f"{group.title!r} declares {plain(group.points)} points but its "
                f"sub-items add up to {plain(high)}", hint="下级分值之和应等于本项分值")
