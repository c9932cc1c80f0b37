"""同一个指标定义了两次。
A metric defined twice.

Two `指标` lines with one name leave it open which formula counts (a draft that kept
last year's definition beside this year's).

Bad::

    指标 尿检率 = 实际尿检人次 / 应尿检人次
    指标 尿检率 = 实际尿检人数 / 应尿检人数
    项目 "尿检" 2分 {
      尿检率: 尿检率达到90%以上的,计2分
    }

Good::

    指标 尿检率 = 实际尿检人次 / 应尿检人次
    项目 "尿检" 2分 {
      尿检率: 尿检率达到90%以上的,计2分
    }
"""

from __future__ import annotations

from .base import Context, finding

CODE = "E320"
NAME = "duplicate-metric"


def check(ctx: Context):
    first: dict[str, int] = {}
    for metric in ctx.rubric.metrics:
        if metric.name in first:
            yield finding(CODE, f"指标“{metric.name}”定义了两次", metric.span,
                          english=f"metric {metric.name!r} is defined twice",
                          hint=f"第一处在第 {first[metric.name]} 行;删掉其中一处,或给其中一个换个名称")
        first.setdefault(metric.name, metric.span.line)
