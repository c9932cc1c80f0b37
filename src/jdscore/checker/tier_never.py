"""永远用不上的一档: 它的条件不可能成立,或成立时总由另一档计分。
A tier that never decides the score: it cannot hold, or another tier always decides.

Where conditions nest (`低于80%的扣1分;低于60%的扣2分`), the innermost that holds decides:
below 60% the unit loses 2 points. Where they only touch or overlap, the tier better for the
unit decides. A tier whose every value is taken by another, the same
condition written twice (`达到80%以上的,计1分;不低于80%的,计2分`) or one covered by narrower
tiers (`60%以上…;60%至80%…;80%以上…`), never applies; so does one no value can meet
(`超过1次不足2次`, a count below 0, a rate above 100% that the header does not declare with
`事实 名称: 比率, 可超过100%`).

Bad::

    项目 "尿检" 2分 {
      尿检率: 尿检率达到80%以上的,计1分;尿检率不低于80%的,计2分
    }

Good::

    项目 "尿检" 2分 {
      尿检率: 尿检率达到90%以上的,计2分;尿检率达到80%以上的,计1分
    }
"""

from __future__ import annotations

from .. import ast as A
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
                              hint=_impossible_hint(ctx, tr, tier))
                continue
            others = "、".join(f"“{w.node.text}”" for w in winners)
            points = option.goodness
            lost = f"不扣{plain(-points)}分" if points < 0 else f"不计{plain(points)}分"
            yield finding(
                CODE, f"“{tier.text}”永远用不上: 符合它的值都按{others}计分"
                f"(条件更具体,或对被考核单位更有利),这一档{lost}", tier.span,
                english="this tier never applies: every value meeting it is scored by another tier",
                hint="删掉这一档,或把条件写成与其他档不同的区间")


def _impossible_hint(ctx: Context, tr, tier) -> str:
    """A rate's tier above its range: the way to widen the range, or the declaration to check."""
    low = tier.interval.low
    if tr.unit is A.Unit.PERCENT and low is not None and low.value >= 1:
        declared = next((d for d in ctx.rubric.declarations if d.fact.label == tr.label), None)
        if declared is not None:
            return f"核对这一档的数值,或第 {declared.span.line} 行声明的上限"
        return (f"比率默认在0到100%之间;若“{tr.label}”确实可以超过100%,在细则开头声明: "
                f"事实 {tr.label}: 比率, 可超过100%")
    return "核对这一档的数值和单位(数量是非负整数,比率在0到100%之间)"
