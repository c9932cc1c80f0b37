"""永远评不上的等级: 它的条件超出可能的总分,或别的等级已经占满了它。
A grade band no unit can get: outside the reachable totals, or taken by other bands.

A total gets the innermost band that holds (`优秀: 90分以上` inside `良好: 80分以上`), else
the one written first (best first). `优秀: 110分以上` in a rubric whose totals stop at 100
is never reached; `良好: 80分至100分` written before `优秀: 80分至100分` takes all of it.

Bad::

    满分 100
    等级 {
      优秀: 110分以上
      良好: 80分以上
      不合格: 其余
    }
    大项 "禁毒工作" 100分 {
      工作成效: 由考评组评定(0—100分)
    }

Good::

    满分 100
    等级 {
      优秀: 90分以上
      良好: 80分以上
      不合格: 其余
    }
    大项 "禁毒工作" 100分 {
      工作成效: 由考评组评定(0—100分)
    }
"""

from __future__ import annotations

from .. import ast as A
from .base import Context, finding
from .intervals import describe
from .tiering import band_set

CODE = "W316"
NAME = "band-never"


def check(ctx: Context):
    bs = band_set(ctx)
    if bs is None:
        return
    domain = bs.analysis.domain
    for option in bs.analysis.options:
        band = option.node
        if band.interval is None:  # 其余
            continue
        winners = bs.analysis.beaten(option)
        if winners is None:
            continue
        if not winners:
            if not bs.domain_known:
                continue
            reach = describe(domain.low, domain.high, bs.unit)
            yield finding(CODE, f"等级“{band.grade}”永远评不上: 可能的总分是{reach},不会符合它的条件",
                          band.span, english=f"no reachable total meets band {band.grade!r}",
                          hint="核对这个等级的分数条件,或各项分值与满分")
            continue
        others = "、".join(f"“{w.node.grade}”" for w in winners)
        yield finding(CODE, f"等级“{band.grade}”永远评不上: 符合它的总分都已属于{others}",
                      band.span, english=f"band {band.grade!r} is never given: other bands take all its totals",
                      hint="条件相同或更宽的等级按书写顺序判定,好的等级写在前面;或把条件写成不同的区间")
