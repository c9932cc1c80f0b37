"""封顶分高于所在项目的分值: 这个封顶永远不起作用。
A cap in a sentence above the points of the item that holds it.

`最高计5分` inside a 3-point item never binds: the item stops at 3 first. Either the cap
or the item's points was copied wrong.

Bad::

    项目 "禁毒宣传" 3分 {
      宣传消息数: 每条计0.5分,最高计5分
    }

Good::

    项目 "禁毒宣传" 3分 {
      宣传消息数: 每条计0.5分,最高计3分
    }
"""

from __future__ import annotations

from .. import ast as A
from ..numerals import plain
from .base import Context, finding

CODE = "W303"
NAME = "cap-above-item"


def check(ctx: Context):
    for line in ctx.lines():
        item = ctx.parent(line)
        if item is None or line.rule is None:
            continue
        limit = item.points if item.points is not None else (
            item.cap if item.role is A.Role.BONUS else None)
        if limit is None:
            continue
        rule = line.rule
        while isinstance(rule, (A.Floor, A.Cap)):
            if isinstance(rule, A.Cap) and not rule.on_deductions and rule.limit > limit:
                yield finding(
                    CODE, f"封顶{plain(rule.limit)}分,高于所在项目“{item.title}”的{plain(limit)}分",
                    rule.span, english=f"cap {plain(rule.limit)} above the {plain(limit)} points of "
                    f"{item.title!r}", hint="封顶分不应超过本项分值")
            rule = rule.rule
