"""分档之间有空档: 两档之间的取值不符合任何一档,只能得0分。
Values between two tiers that fall in no tier (and so score nothing).

Computed exactly under the boundary convention: `85%以上` includes 85%, `超过85%` does
not, `(含)`/`(不含)` beside a number and the 边界/区间 header lines decide the rest.
Only values between the lowest and the highest tier count: below every tier scoring 0
is how tiers are read. Counts are whole numbers, so `1至2次` and `3次以上` leave no gap. A gap
between two tiers that both give points (`85%以上的,计0.5分;40%至70%的,计0.3分`: 80% would score
less than 50%) is no warning but an error when the sentence is read (E202).

Bad::

    项目 "维持治疗" 0.5分 {
      年保持率: 年保持率低于40%的,扣0.5分;年保持率50%至70%的,扣0.3分
    }

Good::

    项目 "维持治疗" 0.5分 {
      年保持率: 年保持率低于40%的,扣0.5分;年保持率40%至70%的,扣0.3分
    }
"""

from __future__ import annotations

from .base import Context, finding
from .intervals import describe, describe_en
from .tiering import tier_rules

CODE = "W311"
NAME = "tier-gap"


def check(ctx: Context):
    for tr in tier_rules(ctx):
        an = tr.analysis
        for run in an.gaps(inside_only=True):
            values = describe(run.low, run.high, tr.unit)
            near = an.neighbour(run)
            yield finding(
                CODE, f"“{tr.label}”为{values}时不符合任何一档,得0分", near.node.span if near else tr.rule.span,
                english=f"{tr.label} {describe_en(run.low, run.high, tr.unit)} matches no tier and scores 0",
                hint="让相邻两档的分界点首尾相接(如 70%≤年保持率<85%、年保持率≥85%),写明分界点归哪一档")
