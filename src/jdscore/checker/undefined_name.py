"""引用了未定义的名称: 总分公式里的标题不是最外层分组,或指标公式引用了另一个指标。
A name used but not defined: a title in the total formula, a metric inside a metric.

`总分 = "社区戒毒" + 附加分` must name a top-level group exactly as its title is written
(a renamed 大项 breaks the formula). A metric's formula reads facts only: a metric
built from another metric must spell the other's formula out.

Bad::

    总分 = "社区戒毒工作" + 加分
    大项 "社区戒毒" 10分 {
      戒毒人数: 每1人计1分
    }

Good::

    总分 = "社区戒毒" + 加分
    大项 "社区戒毒" 10分 {
      戒毒人数: 每1人计1分
    }
"""

from __future__ import annotations

from .. import ast as A
from ..schema import metric_inputs
from .base import Context, finding

CODE = "E305"
NAME = "undefined-name"


def _refs(expr):
    if isinstance(expr, A.Ref):
        yield expr
    elif isinstance(expr, A.BinOp):
        yield from _refs(expr.left)
        yield from _refs(expr.right)


def check(ctx: Context):
    rubric = ctx.rubric
    if rubric.total is not None:
        titles = {n.title for n in rubric.body if isinstance(n, A.Group)}
        for ref in _refs(rubric.total):
            if ref.name not in titles:
                yield finding(CODE, f"总分公式引用的“{ref.name}”不是最外层分组的标题", ref.span,
                              english=f"the total formula names {ref.name!r}, which is not a top-level title",
                              hint="可以引用 基础分、加分、扣分、附加分,或用引号写最外层大项的标题")
    for metric in rubric.metrics:
        for ref in metric_inputs(metric.expr):
            if ref.name in ctx.metric_names:
                yield finding(CODE, f"指标“{metric.name}”引用了另一个指标“{ref.name}”", ref.span,
                              english=f"metric {metric.name!r} uses another metric {ref.name!r}",
                              hint="指标公式只能引用事实名称;把另一个指标的公式展开写")
