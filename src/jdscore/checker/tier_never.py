"""永远用不上的一档: 它的条件不可能成立,或成立时总有更有利的一档也成立。
A tier that never decides the score: it cannot hold, or a better tier always holds too.

`低于80%的扣1分;低于60%的扣2分`: below 60% both hold, and the unit gets the milder
deduction (LANGUAGE.md §3), so `扣2分` never applies; the writer meant `60%至80%扣1分`.
A tier that no value can meet (`0.5至0.8次`, a count below 0) is reported too.

Bad::

    项目 "尿检" 2分 扣完为止 {
      尿检率: 尿检率低于80%的扣1分;尿检率低于60%的扣2分
    }

Good::

    项目 "尿检" 2分 扣完为止 {
      尿检率: 60%≤尿检率<80%的扣1分;尿检率低于60%的扣2分
    }
"""

from __future__ import annotations

from ..numerals import plain
from .base import Context, finding
from .tiering import tier_rules

CODE = "W313"
NAME = "tier-never"


def check(ctx: Context):
    for tr in tier_rules(ctx):
        for option in tr.analysis.options:
            winners = tr.analysis.beaten(option)
            if winners is None:
                continue
            tier = option.node
            if not winners:
                yield finding(CODE, f"“{tier.text}”: “{tr.label}”不可能符合这一档的条件", tier.span,
                              english=f"no possible value of {tr.label} meets this tier",
                              hint="核对这一档的数值和单位(数量是非负整数,比率在0到100%之间)")
                continue
            others = "、".join(f"“{w.node.text}”" for w in winners)
            points = option.goodness
            lost = f"不扣{plain(-points)}分" if points < 0 else f"不计{plain(points)}分"
            yield finding(
                CODE, f"“{tier.text}”永远用不上: 符合它的值也都符合{others},"
                f"按有利于被考核单位的一档计分({lost})", tier.span,
                english="this tier never applies: every value meeting it also meets a better tier",
                hint="把条件写成互不重叠的区间,例如 60%≤尿检率<80%的扣1分;尿检率低于60%的扣2分")
