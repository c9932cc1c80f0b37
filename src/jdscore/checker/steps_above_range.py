"""按超过某个比率的部分计分,但这个比率达不到那里: 默认比率不超过100%。
Steps counted above a rate the rate cannot pass: a rate stops at 100% unless declared.

`完成率达到100%的,得25分,每超过1%加1分` gives its steps only to a 完成率 above 100%. A
rate's range is its kind's (0 to 100%), or what the header declares, never the sentence's
threshold (a draft that lowered it would then refuse last year's facts); undeclared, no unit
can get the steps, and the facts file refuses the values that would.

Bad::

    项目 "任务完成" 30分 {
      完成率: 完成率达到100%的,得25分,每超过1%加1分,最高加至30分
    }

Good::

    事实 完成率: 比率, 可超过100%
    项目 "任务完成" 30分 {
      完成率: 完成率达到100%的,得25分,每超过1%加1分,最高加至30分
    }
"""

from __future__ import annotations

from .. import ast as A
from ..numerals import plain
from ..schema import Kind, declared_spec
from .base import Context, finding

CODE = "W324"
NAME = "steps-above-range"


def check(ctx: Context):
    for line in ctx.lines():
        for rule in A.scoring_rules(line.rule):
            if not isinstance(rule, A.Excess) or rule.unit is not A.Unit.PERCENT:
                continue
            spec = declared_spec(ctx.schema.facts, rule.fact)
            if spec is None or spec.kind is not Kind.RATE or spec.most is None or rule.threshold.value < spec.most:
                continue
            most = plain(spec.most * 100)
            hint = (f"在细则开头声明: 事实 {rule.fact.label}: 比率, 可超过100%" if spec.declared is None
                    else f"核对这一句,或第 {spec.declared.span.line} 行声明的上限")
            yield finding(CODE, f"“{rule.fact.label}”超过{plain(rule.threshold.value * 100)}%的部分才计分,"
                                f"但它最高只能填 {most}%", rule.span,
                          english=f"steps count above {plain(rule.threshold.value * 100)}% of {rule.fact.label}, "
                                  f"which cannot pass {most}%", hint=hint)
