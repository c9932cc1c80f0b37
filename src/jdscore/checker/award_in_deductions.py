"""扣分项里的规则会加分: 扣分项只减分,这句的加分不会计入。
A rule in 扣分项 that gives points: the group only takes points away, so they count for nothing.

`扣分项` subtracts what its lines take off; a line there that awards (`得20分`, `每条计1分`)
would add nothing at all, silently. Write the deduction as one, or move the line into an
item or into `加分项`.

Bad::

    项目 "工作纪律" 100分 {
      迟到次数: 每迟到一次扣1分
    }
    扣分项 {
      打盹: 当班时打盹睡觉者,得20分
    }

Good::

    项目 "工作纪律" 100分 {
      迟到次数: 每迟到一次扣1分
    }
    扣分项 {
      打盹: 当班时打盹睡觉者,扣20分
    }
"""

from __future__ import annotations

from .. import ast as A
from ..bounds import rule_range
from .base import Context, finding

CODE = "E325"
NAME = "award-in-deductions"


def check(ctx: Context):
    for line in ctx.lines():
        if line.rule is None or not any(g.role is A.Role.DEDUCTIONS for g in ctx.ancestors(line)):
            continue
        high = rule_range(line.rule).high
        if high is None or high > 0:
            yield finding(CODE, f"“{'、'.join(f.label for f in line.facts)}”在扣分项里,却是加分", line.span,
                          english="a rule in 扣分项 gives points, which count for nothing there",
                          hint="写成扣分(如 扣20分),或把这一行移到项目或加分项里")
