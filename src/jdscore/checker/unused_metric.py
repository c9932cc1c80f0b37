"""指标已定义,但没有任何规则使用它。
A metric defined but never read by a rule.

A metric nobody reads still asks the data collectors for its inputs (the template lists
them). Usually a rule line was renamed and the metric left behind.

Bad::

    指标 尿检率 = 实际尿检人次 / 应尿检人次
    项目 "尿检" 2分 {
      检测率: 检测率达到90%以上的,计2分
    }

Good::

    指标 尿检率 = 实际尿检人次 / 应尿检人次
    项目 "尿检" 2分 {
      尿检率: 尿检率达到90%以上的,计2分
    }
"""

from __future__ import annotations

from ..schema import reads
from .base import Context, finding

CODE = "W306"
NAME = "unused-metric"


def check(ctx: Context):
    used = {ref.name for line in ctx.lines() for ref, _, _ in reads(line.rule)}
    for metric in ctx.rubric.metrics:
        if metric.name not in used:
            yield finding(CODE, f"指标“{metric.name}”已定义,但没有任何规则使用它", metric.span,
                          english=f"metric {metric.name!r} is never used",
                          hint="删掉这个指标,或在规则行冒号前使用它的名称")
