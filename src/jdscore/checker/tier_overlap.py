"""两档的条件有重叠: 同一个值符合两档,得分不同。
Two tiers that share values but give different points.

`85%以上的,计0.5分;70%至85%的,计0.4分`: a range includes both its ends, so 85% holds in
both tiers. jdscore then gives the unit the better one, but the writer
should say which was meant. A tier wholly inside another that scores better
(`超过98%得5分` inside `超过95%得3分`) is the usual way to write thresholds and is not
reported; one that scores worse never applies (W313).

Bad::

    项目 "维持治疗" 0.5分 {
      年保持率: 年保持率在85%以上的,计0.5分;年保持率70%至85%的,计0.4分
    }

Good::

    项目 "维持治疗" 0.5分 {
      年保持率: 年保持率超过85%的,计0.5分;年保持率70%至85%的,计0.4分
    }
"""

from __future__ import annotations

from ..numerals import plain
from .base import Context, finding
from .intervals import describe, describe_en
from .tiering import tier_rules

CODE = "W312"
NAME = "tier-overlap"


def check(ctx: Context):
    for tr in tier_rules(ctx):
        never = {id(o) for o in tr.analysis.options if tr.analysis.beaten(o) is not None}
        for a, b, runs in tr.analysis.overlaps():
            if id(a) in never or id(b) in never:
                continue
            values = "、".join(describe(r.low, r.high, tr.unit) for r in runs)
            best = max(a.goodness, b.goodness)
            yield finding(
                CODE, f"“{tr.label}”为{values}时同时符合“{a.node.text}”和“{b.node.text}”,"
                f"按有利于被考核单位的一档计{plain(best)}分", b.node.span,
                english=f"{tr.label} {', '.join(describe_en(r.low, r.high, tr.unit) for r in runs)} matches two tiers; "
                f"the better one ({plain(best)}) is taken",
                hint="写明分界点归哪一档: 把“以上”改为“超过”,或用符号写区间(如 70%≤年保持率<85%)")
