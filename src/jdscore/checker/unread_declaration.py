"""声明了范围的事实,没有任何规则读取它。
A fact whose range is declared in the header, but which no rule reads.

`事实 床位利用率: 比率, 可超过100%` widens what the facts file may hold for that name.
When no rule line reads the name (it was renamed, or the line removed), the declaration
does nothing, and the fact it was meant for keeps refusing values above 100%.

Bad::

    事实 床位使用率: 比率, 可超过100%
    项目 "场所" 1分 {
      床位利用率: 床位利用率达到95%以上的,计1分
    }

Good::

    事实 床位利用率: 比率, 可超过100%
    项目 "场所" 1分 {
      床位利用率: 床位利用率达到95%以上的,计1分
    }
"""

from __future__ import annotations

import difflib

from ..schema import declared_spec
from .base import Context, finding

CODE = "W323"
NAME = "unread-declaration"


def check(ctx: Context):
    for decl in ctx.rubric.declarations:
        if declared_spec(ctx.schema.facts, decl.fact) is not None:
            continue
        label = decl.fact.label
        english = f"fact {label!r} is declared but no rule reads it"
        if decl.fact.name in ctx.metric_names:
            yield finding(CODE, f"“{label}”是指标(由公式算出),不是填报的事实,声明它的范围不起作用", decl.span,
                          english=english, hint="删掉这一行: 指标的值由公式算出,不按填报的范围检查")
            continue
        guess = difflib.get_close_matches(decl.fact.name, list(ctx.schema.facts), n=1)
        yield finding(CODE, f"声明了事实“{label}”的范围,但没有任何规则读取它", decl.span, english=english,
                      hint=f"是不是“{guess[0]}”?" if guess else "删掉这一行,或改成规则行冒号前的名称")
