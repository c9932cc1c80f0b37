"""满分与各大项分值之和不符。
Full marks differ from the sum of the top-level items' points.

`满分 100` promises that the items add up to 100. When the 大项 add up to something else,
one of them was changed without the others (or without the header).

Bad::

    满分 100
    大项 "组织领导" 40分 {
      领导小组: 成立禁毒工作领导小组的,计40分
    }
    大项 "禁毒宣传" 50分 {
      宣传活动: 开展禁毒宣传活动的,计50分
    }

Good::

    满分 100
    大项 "组织领导" 50分 {
      领导小组: 成立禁毒工作领导小组的,计50分
    }
    大项 "禁毒宣传" 50分 {
      宣传活动: 开展禁毒宣传活动的,计50分
    }
"""

from __future__ import annotations

from decimal import Decimal

from .. import ast as A
from ..numerals import plain
from .base import Context, finding

CODE = "W304"
NAME = "full-marks-sum"


def declared_sum(rubric: A.Rubric) -> Decimal | None:
    """The sum of the top-level items' points, when every one of them declares points."""
    base = [n for n in rubric.body if isinstance(n, A.Group) and n.role is A.Role.BASE]
    if not base or any(g.points is None for g in base):
        return None
    return sum((g.points for g in base), Decimal(0))


def check(ctx: Context):
    rubric = ctx.rubric
    total = declared_sum(rubric)
    if rubric.full_marks is None or total is None or total == rubric.full_marks:
        return
    first = next(n for n in rubric.body if isinstance(n, A.Group) and n.role is A.Role.BASE)
    yield finding(CODE, f"满分{plain(rubric.full_marks)}分,但各大项分值合计{plain(total)}分", first.span,
                  english=f"full marks {plain(rubric.full_marks)}, but the items add up to {plain(total)}",
                  hint="核对各大项的分值或满分")
