"""一行规则能给的分高于所在项目的分值: 多出的分悄悄作废。
A rule line that can give more than the points of the item that holds it.

`组织开展活动的得5分` inside a 3-point item: a unit that does it gets 3, not the 5 the line
promises, and nothing says so. Either the line's points or the item's points was copied
wrong. (A cap above the item is W303; points counted per occurrence with no cap are
limited by the item, as documents mean them.)

Bad::

    项目 "禁毒宣传" 3分 {
      宣传活动: 组织开展宣传活动的,得5分
    }

Good::

    项目 "禁毒宣传" 5分 {
      宣传活动: 组织开展宣传活动的,得5分
    }
"""

from __future__ import annotations

from .. import ast as A
from ..bounds import rule_range
from ..numerals import plain
from .base import Context, finding

CODE = "W326"
NAME = "award-above-item"


def check(ctx: Context):
    for line in ctx.lines():
        item = ctx.parent(line)
        if item is None or line.rule is None or item.points is None or item.role is not A.Role.BASE:
            continue
        if any(isinstance(node, A.Cap) for node in A.rule_nodes(line.rule)):
            continue  # (a cap above the item is W303's)
        high = rule_range(line.rule).high
        if high is not None and high > item.points:
            yield finding(
                CODE, f"“{'、'.join(f.label for f in line.facts)}”最多可得{plain(high)}分,"
                      f"高于所在项目“{item.title}”的{plain(item.points)}分", line.span,
                english=f"the line can give {plain(high)}, above the {plain(item.points)} points of {item.title!r}",
                hint="核对这一行的分值和本项分值,改成一致")
