"""How a rule was understood, in Chinese (for `jdscore try` and explanations)."""

from __future__ import annotations

from decimal import Decimal

from . import ast as A
from .numerals import plain


def amount(value: Decimal, unit: A.Unit) -> str:
    if unit is A.Unit.PERCENT:
        return f"{plain(value * 100)}%"
    if unit is A.Unit.POINTS:
        return f"{plain(value)}分"
    return plain(value)


def interval(iv: A.Interval, subject: str = "值") -> str:
    low, high = iv.low, iv.high
    if low is not None and high is not None:
        if low.value == high.value:
            return f"{subject}={amount(low.value, iv.unit)}"
        return (f"{amount(low.value, iv.unit)}{'≤' if low.inclusive else '<'}{subject}"
                f"{'≤' if high.inclusive else '<'}{amount(high.value, iv.unit)}")
    if low is not None:
        return f"{subject}{'≥' if low.inclusive else '>'}{amount(low.value, iv.unit)}"
    if high is not None:
        return f"{subject}{'≤' if high.inclusive else '<'}{amount(high.value, iv.unit)}"
    return "任意值"


def _points(p: Decimal) -> str:
    return f"得{plain(p)}分" if p >= 0 else f"扣{plain(-p)}分"


def _tier_points(t: A.Tier) -> str:
    return "本项不得分" if t.zero else _points(t.points)


def _per(per: Decimal, unit: A.Unit = A.Unit.COUNT) -> str:
    points = "个百分点" if unit is A.Unit.PERCENT else ""
    return ("每1" if per == 1 else f"每{plain(per)}") + points


def describe(rule, subject: str = "值") -> str:
    """How a rule was understood, in Chinese; `subject` names the value it reads."""
    return Wording(subject).visit(rule)


class Wording(A.RuleVisitor):
    def __init__(self, subject: str = "值"):
        self.subject = subject

    def visit_PerCountAward(self, rule):
        whole = "(按整倍数)" if rule.whole else ""
        return f"按数量计分: {self.subject}{_per(rule.per, rule.unit)}计{plain(rule.points)}分{whole}"

    def visit_PerCountDeduction(self, rule):
        return f"按数量扣分: {self.subject}{_per(rule.per, rule.unit)}扣{plain(rule.points)}分(按整倍数)"

    def visit_BooleanAward(self, rule):
        return f"是/否计分: 符合得{plain(rule.points)}分,否则0分"

    def visit_BooleanDeduction(self, rule):
        when = "不符合" if rule.on_no else "符合"
        if rule.points is None:
            return f"是/否扣分: {when}则本项不得分"
        return f"是/否扣分: {when}扣{plain(rule.points)}分"

    def visit_DeficitDeduction(self, rule):
        return (f"差额扣分: 应完成{plain(rule.required)},{self.subject}每少{plain(rule.per)}"
                f"扣{plain(rule.points)}分")

    def visit_Shortfall(self, rule):
        op = "≥" if rule.threshold.inclusive else ">"
        award = rule.step_points < 0  # 每下降1个百分点加1分: lower is better
        base = f"得{plain(rule.points)}分" if rule.points else ("不加分" if award else "不扣分")
        return (f"达标线计分: {self.subject}{op}{amount(rule.threshold.value, rule.unit)}{base};"
                f"每低{amount(rule.step, rule.unit)}{_points(-rule.step_points)}{'(按比例)' if award and not rule.whole_steps else '(按整倍数)'}")

    def visit_Excess(self, rule):
        op = "≥" if rule.threshold.inclusive else ">"
        base = f"得{plain(rule.points)}分," if rule.points else ""
        how = '(按比例)' if rule.step_points > 0 and not rule.whole_steps else '(按整倍数)'
        if not rule.threshold.value and rule.threshold.inclusive and not rule.points:  # 每完成1%得0.1分
            return f"按比率计分: {self.subject}每{amount(rule.step, rule.unit)}{_points(rule.step_points)}{how}"
        below = (f";低于{amount(rule.threshold.value, rule.unit)}也得{plain(rule.points)}分"
                 if rule.keeps_points_below else "")
        return (f"超出计分: {self.subject}{op}{amount(rule.threshold.value, rule.unit)}时{base}"
                f"每多{amount(rule.step, rule.unit)}{_points(rule.step_points)}{how}{below}")

    def visit_Lateness(self, rule):
        beyond = "" if rule.zero_beyond is None else (
            f";{interval(rule.zero_beyond, self.subject)}时本项不得分" if rule.beyond_points is None
            else f";{interval(rule.zero_beyond, self.subject)}时改为扣{plain(rule.beyond_points)}分")
        late = f"时长(以{rule.unit}计,按时为0)" if rule.unit else "天数(或月数,按时为0)"
        return (f"逾期扣分: {self.subject}为逾期的{late},每{plain(rule.per)}"
                f"扣{plain(rule.points)}分(按整倍数){beyond}")

    def visit_Levels(self, rule):
        return "按档次计分: " + ";".join(f"{word} {_points(points)}" for word, points in rule.levels)

    def visit_JudgedLevels(self, rule):
        levels = ";".join(f"{word} {plain(low)}—{plain(high)}分" if low != high else f"{word} {_points(low)}"
                          for word, low, high in rule.levels)
        return f"按档次评定(由考评组在所评档次的分值范围内评分): {levels}"

    def visit_Peer(self, rule):
        return f"与全部被考评单位的平均值比较({self.subject}为高出平均值的部分): {self.visit(rule.rule)}"

    def visit_ListedValues(self, rule):
        parts = [f"{f.label}{_per(rule.per)}{_points(p)}" for f, p in zip(rule.facts, rule.points)]
        return "分别计分: " + ";".join(parts)

    def visit_Tiers(self, rule):
        tiers = ";".join(f"{interval(t.interval, self.subject)} {_tier_points(t)}" for t in rule.tiers)
        # (a tier that only takes leaves the rest untouched: 得0分 would read as the item's 0)
        outside = "不扣分" if all(t.zero or t.points < 0 for t in rule.tiers) else "得0分"
        rest = "" if A.not_in_any([t.interval for t in rule.tiers]) == [] else f";都不符合{outside}"
        return f"分档计分(多档同时符合时取对被考评单位最有利的一档): {tiers}{rest}"

    def visit_Joint(self, rule):
        joined = ("、" if not rule.any_of else "或").join(f"{f.label}为是" if iv is None else interval(iv, f.label)
                                                          for f, iv in zip(rule.facts, rule.intervals))
        if rule.points is None:
            outcome = "则本项不得分"
        else:
            outcome = _points(rule.points) + (",否则0分" if rule.points > 0 else ",否则不扣分")
        said = "符合" if len(rule.facts) == 1 else "符合其一" if rule.any_of else "同时符合"
        return f"{said}({joined}) {outcome}"

    def visit_TieredPerCount(self, rule):
        tiers = ";".join(f"{interval(t.interval, rule.fact.label)} 每次{_points(t.points)}" for t in rule.tiers)
        return f"按单位情况分档、逐次计分: {tiers};{rule.count.label}为次数"

    def visit_PerRecordTiers(self, rule):
        tiers = ";".join(f"{interval(t.interval, rule.fact.attribute or self.subject)} 每条{_points(t.points)}"
                         for t in rule.tiers)
        return f"逐条分档计分: {tiers}"

    def visit_Formula(self, rule):
        return f"按公式计分: {expression_text(rule.expr)}(四舍五入到计分精度)"

    def visit_Proportional(self, rule):
        if rule.target is None:
            return f"按比例计分: {plain(rule.points)}分 × 完成率(最多100%)"
        target = rule.target.label if isinstance(rule.target, A.FactRef) else plain(rule.target)
        if rule.of_rate:
            target = f"{plain(rule.target * 100)}%"
        return f"按比例计分: {plain(rule.points)}分 × min({self.subject}/{target}, 1)"

    def visit_Rank(self, rule):
        parts = []
        for t in rule.tiers:
            if t.kind is A.RankFrom.AFTER:
                parts.append(f"第{t.position}名之后每下降1名减{plain(-t.points)}分(减到{plain(rule.floor)}分为止)")
                continue
            where = {A.RankFrom.NTH: f"第{t.position}名" if t.start is None else f"第{t.start}至{t.position}名",
                     A.RankFrom.TOP: f"前{t.position}名", A.RankFrom.ONWARD: f"第{t.position}名及以后",
                     A.RankFrom.BOTTOM: f"倒数{'' if t.within else '第'}{t.position}名" if t.start is None
                     else f"倒数第{t.start}至{t.position}名"}[t.kind]
            if t.within and (t.kind is A.RankFrom.BOTTOM or (t.kind is A.RankFrom.NTH and t.start is None)):
                where += "以内"  # (第3名以内: the first three, as 前3名)
            parts.append(f"{where}{_points(t.points)}")
        pool = f"(共{rule.pool}个单位排名)" if rule.pool else ""
        return f"按名次计分(并列取较好名次){pool}: " + ";".join(parts)

    def visit_Judged(self, rule):
        verb = "扣" if rule.deduct else "得"
        each = "每次" if rule.per_occurrence else ""
        zero = "(未发生为0)" if rule.may_be_zero else ""
        return f"评定: {each}由考评组评定,{verb}{plain(rule.low)}—{plain(rule.high)}分{zero}"

    def visit_Requirement(self, rule):
        what = "符合所述情形" if rule.interval is None else interval(rule.interval, self.subject)
        return f"达标要求(不计分): {what}"

    def visit_Veto(self, rule):
        return f"一票否决: 符合则等级定为{rule.grade or '最低等级'}"

    def visit_Cap(self, rule):
        what = "最多扣" if rule.on_deductions else "最高"
        together = "合计" if isinstance(rule.rule, A.GroupCap) else ""  # (on several clauses, not the last)
        return f"{self.visit(rule.rule)};{together}{what}{plain(rule.limit)}分"

    def visit_GroupCap(self, rule):
        inner = ";".join(self.visit(r) for r in rule.rules)
        return inner + (f";合计最高{plain(rule.limit)}分" if rule.limit is not None else "")

    def visit_PartSteps(self, rule):
        inner = self.visit(rule.rule).replace("(按整倍数)", "")
        return inner + ("(不足一步的按比例计)" if rule.share else "(不足一步的四舍五入)" if rule.rounded
                        else "(不足一步的按一步计)")

    def visit_Highest(self, rule):
        # (in brackets: what comes after it in a sentence is on top of the best, not one of them)
        return "只取最高一项(" + ";".join(self.visit(r) for r in rule.rules) + ")"

    def visit_OwnPoints(self, rule):
        return f"本句{plain(rule.points)}分起算,{self.visit(rule.rule)}"

    def visit_Floor(self, rule):
        return f"{self.visit(rule.rule)};扣完为止"

    def visit_BelowZero(self, rule):
        return f"{self.visit(rule.rule)};可扣成负分(本项不以0分为限)"


def describe_bands(bands: A.GradeBands) -> str:
    parts = []
    of = "得分率" if bands.of_share else "总分"  # (得分率90%以上: the share of full marks)
    for band in bands.bands:
        parts.append(f"{band.grade}: " + ("其余" if band.interval is None else interval(band.interval, of)))
    return "等级划分(多档同时符合时取较好的等级): " + ";".join(parts)


def expression_text(node) -> str:
    """A total formula or metric as text (基础分 + 加分 - 扣分)."""
    if isinstance(node, A.Const):
        return plain(node.value)
    if isinstance(node, A.Ref):
        return f"“{node.name}”" if node.quoted else node.name
    if isinstance(node, A.FactRef):
        return node.label
    if isinstance(node, A.PartRef):
        return node.text
    if isinstance(node, A.BinOp):
        op = {"+": "+", "-": "-", "*": "×", "/": "÷"}[node.op]
        left, right = expression_text(node.left), expression_text(node.right)
        if isinstance(node.right, A.BinOp) and node.op in "-*/":
            right = f"({right})"
        if isinstance(node.left, A.BinOp) and node.op in "*/" and node.left.op in "+-":
            left = f"({left})"
        return f"{left} {op} {right}"
    return ""
