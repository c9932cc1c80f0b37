"""下级各项最多能得的分之和小于本项分值: 本项永远拿不到满分。
Children whose maxima add up to less than the item's declared points.

An item scores at most the sum of what its parts can give; when that is below the points
the document declares, no unit can ever earn the item's full points. Usually a line was
lost while copying last year's rubric, or a number was changed in one place only.
Items that only deduct (they count down from their points) are not checked here.

Bad::

    项目 "禁毒宣传" 5分 {
      宣传活动: 开展禁毒宣传活动的,计2分
      宣传资料: 发放禁毒宣传资料的,计2分
    }

Good::

    项目 "禁毒宣传" 5分 {
      宣传活动: 开展禁毒宣传活动的,计3分
      宣传资料: 发放禁毒宣传资料的,计2分
    }
"""

from __future__ import annotations

from .. import ast as A
from ..bounds import is_deduction_item
from ..numerals import plain
from .base import Context, children_high, finding

CODE = "W301"
NAME = "points-below"


def check(ctx: Context):
    for group in ctx.groups():
        if group.role not in (A.Role.BASE, A.Role.BONUS) or group.points is None:
            continue
        if is_deduction_item(group) or not any(isinstance(c, (A.Group, A.RuleLine)) for c in group.children):
            continue
        high = children_high(group)
        if high is not None and high < group.points:
            yield finding(
                CODE, f"“{group.title}”写的是{plain(group.points)}分,但下面各项最多只能得{plain(high)}分",
                group.span, english=f"{group.title!r} declares {plain(group.points)} points but its parts "
                f"give at most {plain(high)}", hint="核对下级各项的分值,或改正本项分值")
