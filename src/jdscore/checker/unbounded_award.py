"""计分没有上限: 没有封顶,所在分组也没有分值,总分可以无限增加。
An award with no upper limit: no cap in the sentence, no points on any group around it.

`每条计0.05分` scores without end unless something stops it: a cap (`最高计1分`), the
points of its item (`项目 "…" 1分`), or the cap of 加分项. One unit with a thousand
reports would then outscore every other unit on this line alone.

Bad::

    大项 "禁毒宣传" {
      宣传消息数: 每条计0.05分
    }

Good::

    大项 "禁毒宣传" {
      宣传消息数: 每条计0.05分,最高计1分
    }
"""

from __future__ import annotations

from .. import ast as A
from ..bounds import rule_range
from .base import Context, finding

CODE = "W310"
NAME = "unbounded-award"


def _limited(group: A.Group) -> bool:
    return group.points is not None or (group.role is A.Role.BONUS and group.cap is not None) \
        or group.role in (A.Role.DEDUCTIONS, A.Role.VETO)


def check(ctx: Context):
    for line in ctx.lines():
        if line.rule is None or rule_range(line.rule).high is not None:
            continue
        if any(_limited(g) for g in ctx.ancestors(line)):
            continue
        yield finding(CODE, f"“{'、'.join(f.label for f in line.facts)}”这句计分没有上限", line.span,
                      english="this award has no upper limit",
                      hint="在句中写封顶(如 最高计1分),或给所在项目写上分值")
