"""等级按得分率划分,但细则没有写满分: 总分换算不成得分率。
Grade bands of a share of full marks in a rubric that states no full marks.

`得分率90%以上为优秀` grades the share of full marks a total is (90 of 100, 108 of 120). A total
in points compared with 90% directly would pass it at any total of 1 or more, so every unit
would be 优秀; the header's `满分` is what the total is divided by.

Bad::

    等级: 得分率90%以上为优秀,80%至90%为良好,其余为一般
    大项 "禁毒工作" 100分 {
      工作成效: 由考评组评定(0—100分)
    }

Good::

    满分 100
    等级: 得分率90%以上为优秀,80%至90%为良好,其余为一般
    大项 "禁毒工作" 100分 {
      工作成效: 由考评组评定(0—100分)
    }
"""

from __future__ import annotations

from .base import Context, finding

CODE = "E327"
NAME = "band-share"


def check(ctx: Context):
    bands = ctx.rubric.bands
    if bands is None or bands.judged is not None or not bands.of_share or ctx.rubric.full_marks:
        return
    yield finding(
        CODE, "等级按得分率(百分比)划分,细则没有写满分,总分换算不成得分率", bands.span,
        english="grade bands of a share of full marks, and no full marks to divide the total by",
        hint="在细则开头写明满分(如 满分 100);或把等级写成分数(如 90分以上为优秀)")
