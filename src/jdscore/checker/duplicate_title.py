"""同一分组里有两个标题相同的项目。
Two items with the same title in one group.

Results, `jdscore diff` and the test cases name items by their titles; two 项目 with the
same title in one group cannot be told apart (usually one was pasted twice).

Bad::

    大项 "禁毒宣传" 4分 {
      项目 "宣传活动" 2分 {
        校园活动: 开展校园禁毒活动的,计2分
      }
      项目 "宣传活动" 2分 {
        社区活动: 开展社区禁毒活动的,计2分
      }
    }

Good::

    大项 "禁毒宣传" 4分 {
      项目 "校园宣传活动" 2分 {
        校园活动: 开展校园禁毒活动的,计2分
      }
      项目 "社区宣传活动" 2分 {
        社区活动: 开展社区禁毒活动的,计2分
      }
    }
"""

from __future__ import annotations

from .. import ast as A
from .base import Context, finding

CODE = "W308"
NAME = "duplicate-title"


def _duplicates(children):
    seen: dict[str, A.Group] = {}
    for child in children:
        if isinstance(child, A.Group) and child.role is A.Role.BASE:
            if child.title in seen:
                yield finding(CODE, f"同一分组里有两个“{child.title}”", child.span,
                              english=f"two items titled {child.title!r} in one group",
                              hint=f"第一个在第 {seen[child.title].span.line} 行;改个标题以免混淆")
            seen.setdefault(child.title, child)


def check(ctx: Context):
    yield from _duplicates(ctx.rubric.body)
    for group in ctx.groups():
        yield from _duplicates(group.children)
