"""指标是比率,只能用于分档、按比例、达标线和排名规则。
A metric (a ratio) read by a rule that counts, or asks yes/no.

`尿检率: 每1人计1分` counts people, but 尿检率 is a ratio between two facts. A metric can
only be compared (tiers, a 达标线), scaled (按比例) or ranked.

Bad::

    指标 尿检率 = 实际尿检人次 / 应尿检人次
    项目 "尿检" 2分 {
      尿检率: 每1人计1分
    }

Good::

    指标 尿检率 = 实际尿检人次 / 应尿检人次
    项目 "尿检" 2分 {
      尿检率: 尿检率达到90%以上的,计2分
    }
"""

from __future__ import annotations

from .. import ast as A
from ..schema import reads
from .base import Context, finding

CODE = "E213"
NAME = "metric-misuse"

# Rule kinds that compare or scale a value, and so can read a metric (a ratio).
_RATIO_RULES = (A.Tiers, A.Shortfall, A.Proportional, A.Rank)


def check(ctx: Context):
    for line in ctx.lines():
        for rule in A.scoring_rules(line.rule):
            if isinstance(rule, _RATIO_RULES) or (isinstance(rule, A.Requirement) and rule.interval is not None):
                continue
            for ref, _, _ in reads(rule):
                if ref.name in ctx.metric_names:
                    yield finding(CODE, f"指标“{ref.name}”是比率,不能用于这种规则", ref.span,
                                  english=f"metric {ref.name!r} is a ratio and cannot be read this way",
                                  hint="指标只能用于分档、按比例、达标线和排名规则")
