"""忽略注释里写了不存在的代码,或不能忽略的代码。
A suppression comment names a code that does not exist, or one that cannot be suppressed.

`# jdscore: 忽略 W301` after a line keeps that warning off the line, as ruff's `# noqa`.
A code that does not exist (a typo: `W3O1`) would silence nothing while the writer thinks
the warning is handled; an error code is never silenced (a rubric with errors cannot be
scored), nor is this warning itself.

Bad::

    项目 "宣传" 2分 {  # jdscore: 忽略 W3O1
      宣传次数: 每开展1次宣传活动计0.5分,最高计1分
    }

Good::

    项目 "宣传" 2分 {  # jdscore: 忽略 W301
      宣传次数: 每开展1次宣传活动计0.5分,最高计1分
    }
"""

from __future__ import annotations

from ..diagnostics import CATALOGUE
from .base import Context, finding

CODE = "W322"
NAME = "suppression-code"


def suppressible(code: str) -> bool:
    """Only the warnings of the checks: errors stop scoring, and must be fixed."""
    return code.startswith("W") and code in CATALOGUE and code != CODE


def check(ctx: Context):
    for suppression in ctx.rubric.suppressions:
        for code, span in suppression.codes:
            if suppressible(code):
                continue
            if code not in CATALOGUE:
                message, hint = f"没有代码“{code}”,这条忽略什么也没有忽略", "代码形如 W301;jdscore rules 列出全部检查"
            elif code == CODE:
                message, hint = f"{code} 本身不能忽略", "改正忽略注释里的代码"
            else:
                message, hint = f"{code} 是错误,不能忽略", "错误要改正细则本身;只有警告(W…)可以忽略"
            yield finding(CODE, message, span, english=f"{code} cannot be suppressed", hint=hint)
