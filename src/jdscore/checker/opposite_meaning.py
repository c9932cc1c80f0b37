"""同一个是/否事实被读成相反的意思: 一处“是”得分,另一处“是”扣分。
One yes/no fact read with opposite meanings: 是 scores in one line and loses points in another.

The facts file holds one answer per fact. When `印制宣传册: 印制宣传册的,计1分` gives points
for 是 and `印制宣传册: 未印制宣传册的,扣1分` takes them for 是, the clerk's one answer
is right for one line and wrong for the other: whichever they give, the unit gets both the
point and the deduction, or neither. The deduction means the opposite fact and needs its own
name (or the two lines are one sentence: `印制…计1分,未印制…扣1分` reads one fact both ways).
A 一票否决 (是 vetoes) against an award (是 scores) of one fact is the same slip.

Bad::

    项目 "宣传" 2分 {
      印制宣传册: 印制禁毒宣传册的,计1分
      印制宣传册: 未印制禁毒宣传册的,扣1分
    }

Good::

    项目 "宣传" 2分 {
      印制宣传册: 印制禁毒宣传册的,计1分
      未印制宣传册: 未印制禁毒宣传册的,扣1分
    }
"""

from __future__ import annotations

from .. import ast as A
from .base import Context, finding

CODE = "W321"
NAME = "opposite-meaning"


def _answers(rule):
    """(fact, 是 is good for the unit?, what 是 does) for every yes/no this rule reads: an
    award, a deduction that applies when the fact does not hold (on_no) and a yes/no 达标
    are good; any other deduction and a veto are not."""
    for node in rule.walk():
        if isinstance(node, A.BooleanAward):
            yield node.fact, True, "“是”得分"
        elif isinstance(node, A.BooleanDeduction):
            yield node.fact, node.on_no, "“是”得分" if node.on_no else "“是”扣分"
        elif isinstance(node, A.Veto):
            yield node.fact, False, "“是”一票否决"
        elif isinstance(node, A.Requirement) and node.interval is None:
            yield node.fact, True, "“是”为达标"


def check(ctx: Context):
    first: dict[str, tuple[A.FactRef, bool, str]] = {}
    for line in ctx.lines():
        if line.rule is None:  # a sentence that did not read (its error is reported)
            continue
        seen_here: set[str] = set()
        for fact, good, words in _answers(line.rule):
            if fact.attribute is not None or fact.name in seen_here:
                continue
            seen_here.add(fact.name)
            earlier = first.setdefault(fact.name, (fact, good, words))
            if earlier[0] is fact or earlier[1] == good:
                continue
            yield finding(
                CODE, f"“{fact.name}”在第 {earlier[0].span.line} 行{earlier[2]},这里却{words}: "
                      "同一个回答不能两处都对", fact.span,
                english=f"{fact.name!r} means one thing on line {earlier[0].span.line} and the opposite here",
                hint=f"一行说的是相反的情况,给它另起一个名称(如“未{fact.name}”);"
                     "或把两行写成一句: 印制…的,计1分;未印制的,扣1分")
