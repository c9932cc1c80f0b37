"""等级划分有空档: 有的总分不属于任何等级。
Totals that fall in no grade band.

Every total a unit can reach, from the lowest to the highest (or to 满分 when that is
higher), must get a grade. Computed exactly: `80分<总分<90分` leaves out 80 itself, and
the seed's `总分=90分…优秀;80分<总分<90分…良好;60分<总分<80分…达标;总分<60分…不达标`
leaves out exactly 60, exactly 80 and everything above 90. With `精度` only totals that
can occur after rounding count.

Bad::

    满分 100
    等级: 总分=90分的,为优秀;80分<总分<90分的,为良好;60分<总分<80分的,为达标;总分<60分的,为不达标
    大项 "禁毒工作" 100分 {
      工作成效: 由考评组评定(0—100分)
    }

Good::

    满分 100
    等级: 总分≥90分的,为优秀;80分≤总分<90分的,为良好;60分≤总分<80分的,为达标;总分<60分的,为不达标
    大项 "禁毒工作" 100分 {
      工作成效: 由考评组评定(0—100分)
    }
"""

from __future__ import annotations

from .. import ast as A
from .base import Context, finding
from .intervals import describe, describe_en
from .tiering import band_set

CODE = "W314"
NAME = "band-gap"


def check(ctx: Context):
    bs = band_set(ctx)
    if bs is None or not bs.domain_known:
        return
    for run in bs.analysis.gaps(inside_only=False):
        values = describe(run.low, run.high, bs.unit)
        near = bs.analysis.neighbour(run)
        yield finding(
            CODE, f"总分为{values}时不属于任何等级", near.node.span if near else bs.bands.span,
            english=f"a total {describe_en(run.low, run.high)} gets no grade",
            hint="让相邻等级的分界点首尾相接(如 80分≤总分<90分),或加一个“其余”等级")
