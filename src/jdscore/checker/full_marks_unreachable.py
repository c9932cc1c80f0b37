"""满分达不到: 各项最多能得的分合计低于满分。
Full marks that no unit can reach: the most every item can give falls short.

The declared 大项 may add up to 满分 while a sub-item promises points its lines cannot
give (W301), or a 大项 declares no points and its lines give less than the rest needs;
either way even a perfect unit cannot reach full marks, and the grade bands near the top
are out of reach. Reported once for the whole rubric, with the highest reachable total.

Bad::

    满分 10
    大项 "组织领导" {
      领导小组: 成立禁毒工作领导小组的,计6分
      工作方案: 制定年度工作方案的,计2分
    }

Good::

    满分 10
    大项 "组织领导" {
      领导小组: 成立禁毒工作领导小组的,计6分
      工作方案: 制定年度工作方案的,计4分
    }
"""

from __future__ import annotations

from .. import ast as A
from ..numerals import plain
from .base import Context, finding
from .full_marks_sum import declared_sum

CODE = "W317"
NAME = "full-marks-unreachable"


def check(ctx: Context):
    rubric = ctx.rubric
    high = ctx.parts["base"].high
    if rubric.full_marks is None or high is None or high >= rubric.full_marks:
        return
    declared = declared_sum(rubric)
    if declared is not None and declared != rubric.full_marks and declared == high:
        return  # W304 already says the items add up to less
    where = next((n.span for n in rubric.body if isinstance(n, A.Group)), rubric.span)
    yield finding(CODE, f"满分{plain(rubric.full_marks)}分,但各项最多只能得{plain(high)}分,"
                  f"满分达不到", where,
                  english=f"full marks {plain(rubric.full_marks)} cannot be reached: the items give at most "
                  f"{plain(high)}", hint="核对报告 W301 的项目和没有写分值的大项,补全条目或改正分值")
