"""同一个名称被当作两种数据: 这里是数量,那里是比率或是/否。
One name read as two kinds of data (a count here, a rate or yes/no there).

The facts file holds one value per name. When one sentence reads `吸毒人员数` as a
count and another compares it with a percentage, one of them means a different fact
that needs its own name. The attributes of records (`消息[阅读量]`) are checked alike, and
so is a header declaration (`事实 管控人数: 比率`) against the rules that read the name.

Bad::

    项目 "管控" 4分 {
      管控人数: 每1人计1分
      管控人数: 管控人数达到90%以上的,计2分
    }

Good::

    项目 "管控" 4分 {
      管控人数: 每1人计1分
      管控率: 管控率达到90%以上的,计2分
    }
"""

from __future__ import annotations

from ..schema import Kind, declared_spec, reads
from .base import Context, finding

CODE = "E307"
NAME = "two-kinds"

_NUMERIC = {Kind.COUNT, Kind.QUANTITY, Kind.NUMBER}


def _compatible(a: Kind, b: Kind) -> bool:
    return a is b or (a in _NUMERIC and b in _NUMERIC)


def check(ctx: Context):
    for spec in ctx.schema.facts.values():
        for kind, ref in spec.conflicts:
            yield finding(
                CODE, f"“{spec.name}”在别处被当作{spec.kind.label},这里却被当作{kind.label}", ref.span,
                english=f"{spec.name!r} is read as {spec.kind.value} elsewhere and as {kind.value} here",
                hint="同一个名称只能表示一种数据;给其中一处换个名称")
    for decl in ctx.rubric.declarations:
        spec = declared_spec(ctx.schema.facts, decl.fact)
        if spec is not None and spec.kind is not Kind.RATE:
            yield finding(
                CODE, f"“{decl.fact.label}”声明为{Kind.RATE.label},规则却把它当作{spec.kind.label}", decl.span,
                english=f"{decl.fact.label!r} is declared a rate but read as {spec.kind.value}",
                hint="只有比率需要声明范围;删掉这一行,或核对规则读取的名称")
    seen: dict[tuple[str, str], Kind] = {}
    for line in ctx.lines():
        for ref, _, extra in reads(line.rule):
            if "attribute" not in extra or ref.name in ctx.metric_names:
                continue
            name, kind = extra["attribute"]
            first = seen.setdefault((ref.name, name), kind)
            if not _compatible(first, kind):
                yield finding(
                    CODE, f"“{ref.name}[{name}]”在别处被当作{first.label},这里却被当作{kind.label}", ref.span,
                    english=f"{ref.name}[{name}] is read as {first.value} elsewhere and as {kind.value} here",
                    hint="同一个属性只能表示一种数据;给其中一处换个名称")
