"""加分上限达不到: 加分项各项最多能加的分合计低于它的上限。
A bonus cap that the bonus items together can never reach.

`加分项 最高10分` whose items add at most 6: the cap promises more than the section
holds; usually items were dropped from last year's list.

Bad::

    加分项 最高10分 {
      项目 "禁毒创新" 加3分 {
        创新做法: 有创新做法的,计3分
      }
      项目 "表彰" 加3分 {
        受到表彰: 受到省级表彰的,计3分
      }
    }

Good::

    加分项 最高6分 {
      项目 "禁毒创新" 加3分 {
        创新做法: 有创新做法的,计3分
      }
      项目 "表彰" 加3分 {
        受到表彰: 受到省级表彰的,计3分
      }
    }
"""

from __future__ import annotations

from .. import ast as A
from ..numerals import plain
from .base import Context, children_high, finding

CODE = "W319"
NAME = "bonus-cap-unreachable"


def check(ctx: Context):
    for section in ctx.rubric.body:
        if not (isinstance(section, A.Group) and section.role is A.Role.BONUS and section.cap is not None):
            continue
        high = children_high(section)
        if high is not None and high < section.cap:
            yield finding(CODE, f"加分项最高{plain(section.cap)}分,但各项合计最多只能加{plain(high)}分",
                          section.span, english=f"the bonus items add at most {plain(high)}, below the cap "
                          f"{plain(section.cap)}", hint="补全加分条目,或改正加分项的上限")
