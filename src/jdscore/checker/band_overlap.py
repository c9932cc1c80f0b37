"""两个等级的条件有重叠: 同一个总分符合两个等级。
Two grade bands that share totals.

`优秀: 90分以上` and `良好: 80分至90分` both hold at 90 (以上 and 至 include the
number). jdscore gives the better grade, the one written first, but the document
should say which was meant. A band wholly inside an earlier, better one (`90分以上`
before `80分以上`) is the usual way to write grades and is not reported.

Bad::

    等级 {
      优秀: 90分以上
      良好: 80分至90分
      不合格: 其余
    }
    大项 "禁毒工作" 100分 {
      工作成效: 由考评组评定(0—100分)
    }

Good::

    等级 {
      优秀: 90分以上
      良好: 80分≤总分<90分
      不合格: 其余
    }
    大项 "禁毒工作" 100分 {
      工作成效: 由考评组评定(0—100分)
    }
"""

from __future__ import annotations

from .. import ast as A
from .base import Context, finding
from .intervals import describe, describe_en
from .tiering import band_set

CODE = "W315"
NAME = "band-overlap"


def check(ctx: Context):
    bs = band_set(ctx)
    if bs is None:
        return
    never = {id(o) for o in bs.analysis.options if bs.analysis.beaten(o) is not None}
    for a, b, runs in bs.analysis.overlaps():
        if id(a) in never or id(b) in never:
            continue
        values = "、".join(describe(r.low, r.high, bs.unit) for r in runs)
        yield finding(
            CODE, f"总分为{values}时同时符合“{a.node.grade}”和“{b.node.grade}”,按先写的“{a.node.grade}”评定",
            b.node.span, english=f"a total {', '.join(describe_en(r.low, r.high) for r in runs)} meets "
            f"two bands; the first written is taken",
            hint="写明分界点属于哪个等级: 把“以上”改为“超过”,或用符号写区间(如 80分≤总分<90分)")
