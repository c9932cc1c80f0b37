"""加分项中的一项就超过了加分上限。
An item of 加分项 that alone can give more than the bonus cap.

`加分项 最高5分` with an item worth 8 points: the item can never give what it promises.
Either the item's points or the section's cap was copied wrong.

Bad::

    加分项 最高5分 {
      项目 "禁毒创新" 加8分 {
        创新做法: 有创新做法被省级推广的,计8分
      }
    }

Good::

    加分项 最高5分 {
      项目 "禁毒创新" 加5分 {
        创新做法: 有创新做法被省级推广的,计5分
      }
    }
"""

from __future__ import annotations

from .. import ast as A
from ..numerals import plain
from .base import Context, child_range, finding

CODE = "W318"
NAME = "bonus-item-above-cap"


def check(ctx: Context):
    for section in ctx.rubric.body:
        if not (isinstance(section, A.Group) and section.role is A.Role.BONUS and section.cap is not None):
            continue
        for child in section.children:
            if not isinstance(child, (A.Group, A.RuleLine)):
                continue
            high = child_range(child).high
            if high is not None and high > section.cap:
                title = child.title if isinstance(child, A.Group) else "、".join(f.label for f in child.facts)
                yield finding(
                    CODE, f"加分项最高{plain(section.cap)}分,但其中“{title}”一项最多可加{plain(high)}分",
                    child.span, english=f"{title!r} alone can add {plain(high)}, above the bonus cap "
                    f"{plain(section.cap)}", hint="核对这一项的分值或加分项的上限")
