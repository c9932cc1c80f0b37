"""The typed AST of a rubric: frozen dataclasses, a span on every node.

Two layers live here. *Phrases* are what the grammar recognises inside a rule sentence
(a comparison, an award, a cap ...). *Rules* are what a whole sentence means, one class
per rule kind (README: Rule kinds); `sentences.py` turns phrases into a rule.
"""

from __future__ import annotations

from dataclasses import field, fields, is_dataclass
from decimal import Decimal
from enum import Enum
from typing import Union, get_args

from .records import dataclass
from .source import Span


class Node:
    """Base of every AST node (each subclass is a frozen dataclass with a `span`)."""

    span: Span

    def child_nodes(self) -> list[Node]:
        out: list[Node] = []
        for f in fields(self):  # type: ignore[arg-type]
            value = getattr(self, f.name)
            if isinstance(value, Node):
                out.append(value)
            elif isinstance(value, tuple):
                out.extend(v for v in value if isinstance(v, Node))
        return out

    def walk(self):
        yield self
        for child in self.child_nodes():
            yield from child.walk()


class IdMemo:
    """Results remembered per AST object (nodes never change once made): several stages ask
    the same question of every rule of a rubric. Keyed by identity; each entry keeps its
    object alive, so an id is never reused while it is cached. Cleared when it grows large."""

    def __init__(self, size: int = 50_000):
        self._entries: dict = {}
        self._size = size

    def get(self, obj, compute, *args):
        key = (id(obj), args)
        hit = self._entries.get(key)
        if hit is not None and hit[0] is obj:
            return hit[1]
        value = compute(obj, *args)
        if len(self._entries) >= self._size:
            self._entries.clear()
        self._entries[key] = (obj, value)
        return value


def strip_spans(value):
    """A span-free structural copy, to compare two parses (e.g. before and after `fmt`)."""
    if isinstance(value, Span):
        return None
    if isinstance(value, tuple):
        return tuple(strip_spans(v) for v in value)
    if is_dataclass(value) and not isinstance(value, type):
        return (type(value).__name__,) + tuple(
            (f.name, strip_spans(getattr(value, f.name))) for f in fields(value) if f.name != "span" and f.compare
        )
    return value


# ------------------------------------------------------------------------- quantities

class Unit(str, Enum):
    POINTS = "分"
    PERCENT = "%"
    COUNT = "count"
    MEASURE = "measure"
    NONE = ""


@dataclass(frozen=True)
class Quantity(Node):
    value: Decimal
    unit: Unit
    word: str  # the unit word as written (人次, 个, 万 ...), for display only
    multiplier: int
    span: Span
    bound: bool | None = None  # (含) -> True, (不含) -> False, beside this number
    duration: bool = False     # 3天, 2个月: how long, never the unit of counting unless 每 says so


@dataclass(frozen=True)
class Bound:
    value: Decimal
    inclusive: bool
    said: bool = field(default=False, compare=False)  # 1万元(含): written beside the number


@dataclass(frozen=True)
class Interval:
    """A set of values: low/high None means unbounded on that side."""

    low: Bound | None
    high: Bound | None
    unit: Unit

    def contains(self, x: Decimal) -> bool:
        if self.low is not None:
            if x < self.low.value or (x == self.low.value and not self.low.inclusive):
                return False
        if self.high is not None:
            if x > self.high.value or (x == self.high.value and not self.high.inclusive):
                return False
        return True

    def within(self, other: Interval) -> bool:
        """Is every value of this interval also in `other`?"""
        def low_ok(a, b):  # a starts no earlier than b
            if b is None:
                return True
            if a is None:
                return False
            return a.value > b.value or (a.value == b.value and (b.inclusive or not a.inclusive))

        def high_ok(a, b):  # a ends no later than b
            if b is None:
                return True
            if a is None:
                return False
            return a.value < b.value or (a.value == b.value and (b.inclusive or not a.inclusive))

        return low_ok(self.low, other.low) and high_ok(self.high, other.high)


def nesting(intervals) -> list[int]:
    """For each interval (None: 其余), how many of the others strictly contain it.

    Where conditions nest (超过6%…;超过7%…;超过8%…), the innermost that holds decides, as
    a reader takes it; where they merely touch or overlap (85%以上 / 70%至85%), the one
    better for the unit does."""
    depth = []
    for i, a in enumerate(intervals):
        n = 0
        for j, b in enumerate(intervals):
            if i != j and a is not None and b is not None and a.within(b) and not b.within(a):
                n += 1
        depth.append(n)
    return depth


def not_in_any(intervals: list[Interval]) -> list[Interval] | None:
    """The values none of `intervals` holds (达到90%以上的得2分;否则扣1分: below 90%); none below 0,
    which no count or rate takes. None where they measure in different units (not known)."""
    units = {c.unit for c in intervals}
    if len(units) != 1:
        return None
    unit = units.pop()

    def start(c: Interval):  # from the lowest start; a closed start before an open one
        return (c.low is not None, c.low.value if c.low else 0, not c.low.inclusive if c.low else False)

    left: list[Interval] = []
    covered: Bound | None = None  # the highest bound the tiers so far reach
    for n, c in enumerate(sorted(intervals, key=start)):
        if c.low is not None and (n == 0 or covered.value < c.low.value or (
                covered.value == c.low.value and not covered.inclusive and not c.low.inclusive)):
            below = None if n == 0 else Bound(covered.value, not covered.inclusive)
            left.append(Interval(below, Bound(c.low.value, not c.low.inclusive), unit))
        if c.high is None:
            covered = None
            break
        if covered is None or c.high.value > covered.value or (c.high.value == covered.value and c.high.inclusive):
            covered = c.high
    else:
        left.append(Interval(Bound(covered.value, not covered.inclusive), None, unit))

    def holds_any(c: Interval) -> bool:  # (2<次数<3 holds no count)
        if unit is not Unit.COUNT:
            return c.high is None or c.high.value > 0 or (c.high.value == 0 and c.high.inclusive)
        whole = Decimal(0) if c.low is None else max(Decimal(0), c.low.value.to_integral_value(rounding="ROUND_FLOOR"))
        return c.contains(whole) or c.contains(whole + 1)

    return [c for c in left if holds_any(c)]

# --------------------------------------------------------------------------- phrases

class Cmp(str, Enum):
    GE = "≥"
    GT = ">"
    LE = "≤"
    LT = "<"
    EQ = "="


class CmpWord(str, Enum):
    """Which family of comparison word was written; the convention may redefine each."""

    GE_PRE = "GE_PRE"
    GT_PRE = "GT_PRE"
    LE_PRE = "LE_PRE"
    LT_PRE = "LT_PRE"
    EQ_PRE = "EQ_PRE"
    GE_POST = "GE_POST"
    LE_POST = "LE_POST"
    GT_POST = "GT_POST"  # 以外


class Marker(str, Enum):
    FLOOR = "FLOOR"
    ZERO = "ZERO"
    JUDGED = "JUDGED"
    PROPORTIONAL = "PROPORTIONAL"
    SHARE_WITH = "SHARE_WITH"  # 按实际增速与(7%的比例计分): a share of the number after it
    RATIO_OF = "RATIO_OF"  # (与7%)的比例计分: the end of it
    VETO = "VETO"
    NEG = "NEG"
    SCOPE = "SCOPE"
    SUM_SCOPE = "SUM_SCOPE"
    BIG_SCOPE = "BIG_SCOPE"  # 此大项: the group above the rule's item
    DEDUCT_FAR = "DEDUCT_FAR"  # 扣…每人…2分: a deduction verb far from its points
    WHETHER = "WHETHER"  # 是否…(10分): which answer scores, unsaid
    UNKNOWN_UNIT = "UNKNOWN_UNIT"  # 2500字至…: a unit jdscore does not know, in a comparison
    REQUIRED = "REQUIRED"
    DE = "DE"  # 的: joins a count to its deduction (应建档未建档1人的扣1分)
    ELSE = "ELSE"  # 否则
    FULL_PTS = "FULL_PTS"  # 得满分
    JUDGED_DEDUCT = "JUDGED_DEDUCT"  # 酌情扣分
    JUDGED_AWARD = "JUDGED_AWARD"  # 酌情加分, 视情量分
    EACH_OF = "EACH_OF"  # 各一篇: a count for each of several things
    LOOSE_CMP = "LOOSE_CMP"  # 超过…的10%: a comparison word no number follows
    LOOSE_SCORE = "LOOSE_SCORE"  # 扣除当期基础分, 加倍扣分: a scoring word with no points
    CONVERTED = "CONVERTED"  # 按5分的比例折算: a conversion no formula says
    OTHER_TAKEN = "OTHER_TAKEN"  # 并扣班长2分: another person's deduction
    RATIO_SAID = "RATIO_SAID"  # 不大于2:3: a ratio compared
    LETTER_DIGIT = "LETTER_DIGIT"  # 得l分: a letter copied for a digit
    HALF_BOUND = "HALF_BOUND"  # 半天以内: a bound with no number to compare
    UNIT_CUT = "UNIT_CUT"  # 扣3分/ with the unit cut off: per what?
    SCORE_LINE_SAID = "SCORE_LINE_SAID"  # 达标分数为85分: a grade's line, no points given
    ROUND_SAID = "ROUND_SAID"  # 每低1个百分点扣0.5分(四舍五入): rounded how, of what?
    RANK_METHOD = "RANK_METHOD"  # 按排名计分: the places listed after it say how
    NOTHING_PAST = "NOTHING_PAST"  # 超过的不再加分: what a limit (or the item's points) already does
    LOOSE_VERB = "LOOSE_VERB"  # 按实际情况评分: a judging verb ending its clause, no points before it
    LOOSE_AWARD = "LOOSE_AWARD"  # 按实际情况赋分, 给予加分: an awarding verb with no points
    LOOSE_DEDUCT = "LOOSE_DEDUCT"  # 进行扣分: a deducting verb with no points
    RANK_ORDER = "RANK_ORDER"  # 按从高到低: listed points go to the places in order
    OF_WHICH = "OF_WHICH"  # 其中: the parts of the points just named
    UNIT_ITSELF = "UNIT_ITSELF"  # 1000人以下的单位每起…: a condition of the unit, not of each occurrence
    ONLY_SO_MANY = "ONLY_SO_MANY"  # 只开展1次的: exactly so many, not each one
    INSTEAD_TAKEN = "INSTEAD_TAKEN"  # 每起改扣4分: instead of the points before, not on top
    SLASH_DIVIDES = "SLASH_DIVIDES"  # 40分/当地行政村数量: points divided by a number of the unit's
    EACH_NAMED = "EACH_NAMED"  # 10万元以上的村每个…: a condition of each thing counted
    NOT_IN_TOTAL = "NOT_IN_TOTAL"  # 不计入总分: points kept apart from the total
    AVERAGE_TAKEN = "AVERAGE_TAKEN"  # 取各次平均: several results averaged, which one value is not
    ACCUMULATES = "ACCUMULATES"  # 可累计, 可重复加分: each occurrence scores again
    NOT_TWICE = "NOT_TWICE"  # 按最高级别加分,不重复加分: the clauses are alternatives, not a sum
    ALSO = "ALSO"  # 且: a second requirement beside the first
    NO_FLOOR_SAID = "NO_FLOOR_SAID"  # 实行倒扣法: the item may go below 0
    NO_CAP_SAID = "NO_CAP_SAID"  # 加分不封顶: the item may score above its points
    ADDED_WITHIN_BASE = "ADDED_WITHIN_BASE"  # 加分不超过基本分: additions at most the base points
    TAKEN_WITHIN_BASE = "TAKEN_WITHIN_BASE"  # 扣分不超过基本分: deductions at most the base points
    BOTH_WITHIN_BASE = "BOTH_WITHIN_BASE"  # 加扣分均不突破基本分: both, each at most the base points
    WITHIN_ITEM = "WITHIN_ITEM"  # 累计不超过本项分值: what the item's points do, if it has them
    SET_TO = "SET_TO"  # 直接60分: the item's score set to a number
    PER_CAPITA = "PER_CAPITA"  # 每万人: a rate per so many people, not a 每 of counting
    FLOOR_AT_SAID = "FLOOR_AT_SAID"  # 本项最低得5分: a floor above 0
    LEAST_TAKEN = "LEAST_TAKEN"  # 最低扣10分: at least 10 taken, or at most?
    POINTS_EITHER = "POINTS_EITHER"  # 8（2）分: the points of one row or of another
    STEPWISE = "STEPWISE"  # 以此类推, 依次递增: steps counted whole
    RANK_STEP = "RANK_STEP"  # 第一名得20分,按名次依次递减2分: each place further down loses the same
    SAMPLE_COUNT = "SAMPLE_COUNT"  # 抽查3位农户: how many are looked at
    PART_AS_STEP = "PART_AS_STEP"  # 不足1公里的按1公里计算: a part of a step takes a whole one
    PART_AS_SHARE = "PART_AS_SHARE"  # 不足1个百分点按照比例计算: a part of a step takes its share
    PART_ROUNDED = "PART_ROUNDED"  # 不足1%时四舍五入: a part of half a step or more takes a whole one
    HALF_OF_ITEM = "HALF_OF_ITEM"  # 最多扣至本项分值的一半: what is taken stops at half the item's points
    ITEM_SHARE_CAP = "ITEM_SHARE_CAP"  # 扣分不超过本项分值的30%: what is taken stops at that share
    ITEM_SHARE_LIMIT = "ITEM_SHARE_LIMIT"  # 加分不超过本项分值的30%: a share on what is added, refused
    SHARE_TAKEN = "SHARE_TAKEN"  # 本项得分扣减50%: a share of the item's points taken, refused
    PART_LEFT_OUT = "PART_LEFT_OUT"  # 不足100家的部分不计分: whole steps of an award per count
    BEST_BASE = "BEST_BASE"  # 以全区最高值为满分: in proportion to the best unit (not computed)
    BOTH_CAP_SAID = "BOTH_CAP_SAID"  # 加减分合计不超过3分: one limit for awards and deductions together
    DOUBLED = "DOUBLED"  # 加倍扣分: twice the points per count before
    HALVED = "HALVED"  # 减半扣分: half the points per count before
    TOTAL_ZERO = "TOTAL_ZERO"  # 年度考核总分按零分计: the rubric's total zeroed, refused
    FROM_TOTAL = "FROM_TOTAL"  # 在总分中扣10分: off the rubric's total, not the item's
    PARTS_BELOW = "PARTS_BELOW"  # 以下三项各1分:(1)…: parts listed after, refused
    HALF_SAID = "HALF_SAID"  # 达到一半以上的: half in words, refused (write 50%)
    FLOOR_SHARE = "FLOOR_SHARE"  # 最低得该项分值的30%: a floor, refused
    CAP_LOOSE = "CAP_LOOSE"  # 最多各扣2分, 最多倒扣2分: whose limit, or how far below 0? refused
    EACH_JUDGED = "EACH_JUDGED"  # …、…的,各酌情扣1-2分: an amount judged for each failing, refused
    GIVE_BACK = "GIVE_BACK"  # 每起返还1分: points given back to the unit
    QUOTED_FORMULA = "QUOTED_FORMULA"  # 按“满意率×10”计算: a formula in quotes, never passed over


@dataclass(frozen=True)
class Text(Node):
    text: str
    span: Span


@dataclass(frozen=True)
class Amount(Node):
    quantity: Quantity
    span: Span


@dataclass(frozen=True)
class Compare(Node):
    words: tuple[CmpWord, ...]  # prefix and/or suffix word, in order
    quantity: Quantity
    span: Span
    counted_from: bool = False  # 从第2件起: what is above the quantity is counted, one by one
    demand: bool = False  # 不少于2人, 至少3次: written as a requirement, not as a case to score


@dataclass(frozen=True)
class Range(Node):
    low: Quantity
    high: Quantity
    suffix: CmpWord | None
    span: Span


@dataclass(frozen=True)
class OpSymbol(Node):
    op: Cmp
    span: Span


@dataclass(frozen=True)
class Award(Node):
    points: Quantity
    high: Quantity | None
    span: Span
    bonus: bool = False  # 加2分: added to the score, not the score itself (得2分)
    share: bool = False  # 占3分: what a part is worth, not points for doing something
    of_item: bool = False  # 得该项分值的60%: `points` is a share of the item's points
    scaled: bool = False  # 按50%计分: the share worked out, the item's whole score in that case
    taken_back: bool = False  # 每起减扣1分: less taken off what was deducted


@dataclass(frozen=True)
class Deduct(Node):
    points: Quantity
    high: Quantity | None
    span: Span
    below_zero: bool = False  # 倒扣2分: the item may go below 0
    from_award: bool = False  # 少加0.5分: taken from the award before it, never below 0
    nothing_added: bool = False  # 不予加分: nothing taken, and nothing added either
    of_item: bool = False  # 扣该项分值的一半: `points` is a share of the item's points


class CapStyle(str, Enum):
    LIMIT = "limit"    # 最高计1分, 上限1分
    TOPPED = "topped"  # 8分封顶
    TOTAL = "total"    # 此项总分0.5分
    BASE = "base"      # 基础分值5分: where awards and deductions start
    AS = "as"          # 按100分计算: counts as so many (a limit; after 每, the points of each)


@dataclass(frozen=True)
class CapPhrase(Node):
    limit: Quantity
    style: CapStyle
    on_deductions: bool  # 最多扣5分
    span: Span
    added: bool = False  # 最高加1分: a limit on what is added, not on the whole score
    together: bool = False  # 累计不超过6分: on all the sentence's clauses, wherever it stands
    names_added: bool = False  # 加分最高不超过3分: 加分 named, the points added (not 最多加3分, a clause's)
    names_deducted: bool = False  # 扣分不超过3分: 扣分 named, all that is taken (not 最多扣3分, a clause's)


@dataclass(frozen=True)
class Per(Node):
    quantity: Quantity | None  # 每5人 -> 5; 每条 / 每 -> None (one)
    word: str
    span: Span
    full: bool = False  # 每满50小时: each full 50, never a share of one


@dataclass(frozen=True)
class Period(Node):
    times: int  # 每月 -> 12 a year
    span: Span


class StepKind(str, Enum):
    DEFICIT = "deficit"  # 每少1次: short of a required count (or, with none stated, missing)
    SHORT = "short"      # 每低1%, 每下降2个百分点: below a threshold
    EXCESS = "excess"    # 每增加2人, 每多1年: above a threshold
    LATE = "late"        # 每逾期1天, 迟报1天: late by so much


@dataclass(frozen=True)
class Step(Node):
    """每少1次 / 每低1% / 每增加2人 / 每逾期1天: the size of one step of the value."""

    kind: StepKind
    step: Quantity
    span: Span
    each: bool = True  # 每 was written: 缺1人扣1分 may be one tier of several, 每缺1人 never


@dataclass(frozen=True)
class ConditionList(Node):
    """超过80%、70%和60%: conditions listed, each paired by the builder with the points listed
    after 分别 (a bare number takes the comparison words of the one before it)."""

    items: tuple[Node, ...]  # Compare or Range
    span: Span


@dataclass(frozen=True)
class EitherStep(Node):
    """每增减1%: a step either way; the builder reads it as a step up and a step down."""

    step: Quantity
    span: Span


@dataclass(frozen=True)
class EitherPoints(Node):
    """加减1分: gained with each step up, lost with each step down."""

    points: Quantity
    span: Span


@dataclass(frozen=True)
class Listed(Node):
    """分别扣10分、5分 (deduct None: no verb, as in 分别得基本分60、45 the verb is 得)."""

    deduct: bool | None
    values: tuple[Quantity, ...]
    span: Span
    spread: bool = False  # 分别加5至1分: the values spread from a range, one apart


@dataclass(frozen=True)
class Each(Node):
    """各扣1分: the same points for each failing listed before it."""

    deduct: bool
    points: Quantity
    span: Span
    alternatives_one: bool = False  # 均扣1分: failings joined by 或 are alternatives of one (无制度或形同虚设)
    bare: bool = False  # 各1分: no verb says whether the points are given or taken
    high: Quantity | None = None  # 各扣1—3分: the points are judged within a range, for each failing


@dataclass(frozen=True)
class AmountList(Node):
    """1分、2分、3分: the points of the levels named before them."""

    values: tuple[Quantity, ...]
    span: Span


@dataclass(frozen=True)
class FloorCap(Node):
    """扣满8分为止: deductions stop after this many points."""

    limit: Quantity
    span: Span


@dataclass(frozen=True)
class PeerPhrase(Node):
    """高于全县平均: compared with the average of every unit."""

    words: tuple[CmpWord, ...]
    span: Span


class RankFrom(str, Enum):
    NTH = "第"
    TOP = "前"
    BOTTOM = "倒数"
    AFTER = "之后"  # each place after `position` loses `points` (negative) from that place's, down to the floor
    ONWARD = "及以后"  # 第7名及以后: that place and every one after it


@dataclass(frozen=True)
class RankPhrase(Node):
    kind: RankFrom
    position: Quantity
    within: bool  # 倒数三名以内 / 前3名: the first N positions, not only the Nth
    span: Span
    start: Quantity | None = None  # 第4名至第6名: the places from 4 (position is the 6)
    outside: bool = False  # 倒数三名以外: the places other than those (from the top: 及以后)


@dataclass(frozen=True)
class MarkerPhrase(Node):
    marker: Marker
    span: Span
    word: str = ""  # as written (不 or 未 for NEG: which words a denial belongs to)


Phrase = Union[Text, Amount, Compare, Range, OpSymbol, Award, Deduct, CapPhrase, Per,
               Period, Step, Listed, Each, AmountList, FloorCap, PeerPhrase, RankPhrase, MarkerPhrase]


@dataclass(frozen=True)
class Clause(Node):
    phrases: tuple[Node, ...]
    text: str
    span: Span
    separator: str = ""  # the , ; or 。 written after it
    # opened by a list number (1. ① (2) 三是): a part of a numbered list (how it was written, not
    # what it means: 甲:1、… and 甲: 1、… are one rule)
    labelled: bool = field(default=False, compare=False)


# ----------------------------------------------------------------------------- rules

@dataclass(frozen=True)
class FactRef(Node):
    name: str
    attribute: str | None
    span: Span

    @property
    def label(self) -> str:
        return f"{self.name}[{self.attribute}]" if self.attribute else self.name


@dataclass(frozen=True)
class Tier(Node):
    """One condition of a tiered rule and the (signed) points it gives."""

    interval: Interval
    points: Decimal
    text: str
    span: Span
    zero: bool = False  # 10%以上不得分: the item scores nothing


@dataclass(frozen=True)
class PerCountAward(Node):
    fact: FactRef
    per: Decimal
    points: Decimal
    span: Span
    unit: Unit = Unit.COUNT  # MEASURE when the count is an amount (每1千克)
    whole: bool = False  # 每满50小时计2分: whole multiples only (49 hours earn nothing)


@dataclass(frozen=True)
class PerCountDeduction(Node):
    fact: FactRef
    per: Decimal
    points: Decimal
    span: Span
    unit: Unit = Unit.COUNT  # MEASURE when the count is an amount (每1千克)


@dataclass(frozen=True)
class BooleanAward(Node):
    fact: FactRef
    points: Decimal
    span: Span


@dataclass(frozen=True)
class BooleanDeduction(Node):
    """`未…扣2分` (points) or `无…不得分` (points None: the whole item scores 0).

    `on_no`: the fact is the sentence's first clause and the deduction applies when it does
    not hold (控制在指标内得10分,超指标全扣: 是 = 控制在指标内)."""

    fact: FactRef
    points: Decimal | None
    span: Span
    on_no: bool = False


@dataclass(frozen=True)
class DeficitDeduction(Node):
    fact: FactRef
    required: Decimal
    per: Decimal
    points: Decimal
    span: Span
    unit: Unit = Unit.COUNT  # MEASURE: 不低于200平方米,每少10平方米 (decimals, 185.5)


@dataclass(frozen=True)
class Shortfall(Node):
    """不低于95%的,得2分;每低1%,扣0.2分 (points 2), or 未达到95%的,每下降2个百分点扣0.5分
    (points 0: the deductions come off the item)."""

    fact: FactRef
    threshold: Bound
    unit: Unit
    points: Decimal
    step: Decimal
    step_points: Decimal
    span: Span
    whole_steps: bool = False  # 以此类推: an award counts whole steps too


@dataclass(frozen=True)
class Excess(Node):
    """达到10人以上的,每增加2人加0.5分; 超过2天,每增加1天扣1分: the threshold scores
    `points` (its own clause), each whole step above it `step_points` (signed)."""

    fact: FactRef
    threshold: Bound
    unit: Unit
    points: Decimal
    step: Decimal
    step_points: Decimal
    span: Span
    whole_steps: bool = False  # 以此类推: an award counts whole steps too

    @property
    def keeps_points_below(self) -> bool:
        """持平的得3分,每上升1个百分点扣0.5分: where each step above takes points, below the threshold
        is the better side, and the clause's own points stand."""
        return self.step_points < 0 and self.points > 0


@dataclass(frozen=True)
class Lateness(Node):
    """每逾期1天扣0.5分,逾期超过3天不得分: the fact is the days (or months) late; 0 is on
    time. Beyond `zero_beyond` the item scores nothing, or, where `beyond_points` is set
    (逾期超过5天的,按未报送处理,扣0.5分), loses those points instead of the days'."""

    fact: FactRef
    per: Decimal
    points: Decimal
    zero_beyond: Interval | None
    span: Span
    unit: str = ""  # 天, 小时, 工作日: what the lateness is counted in
    beyond_points: Decimal | None = None


@dataclass(frozen=True)
class Levels(Node):
    """按好、较好、一般、差四档,分别计4分、3分、2分、1分: the fact is the level the
    assessors gave; each level its points."""

    fact: FactRef
    levels: tuple[tuple[str, Decimal], ...]
    span: Span
    # 工作机制不健全,运行一般,得6分: each option's whole words, of which the level's name (一般) is a part
    options: tuple[str, ...] = ()


@dataclass(frozen=True)
class JudgedLevels(Node):
    """制度完善,执行好的给8-10分,一般的给4-7分,较差的给1-3分: the level the assessors gave, and
    the points they chose inside that level's range (the score)."""

    level: FactRef
    amount: FactRef
    levels: tuple[tuple[str, Decimal, Decimal], ...]  # (level, lowest, highest)
    span: Span
    options: tuple[str, ...] = ()  # each option's whole words, as in Levels


@dataclass(frozen=True)
class ListedValues(Node):
    facts: tuple[FactRef, ...]
    per: Decimal
    points: tuple[Decimal, ...]  # signed
    span: Span


@dataclass(frozen=True)
class Tiers(Node):
    fact: FactRef
    tiers: tuple[Tier, ...]
    span: Span
    in_points: bool = False  # 提高0.5个百分点以上: a change in percentage points (a bare 0.3 is not 30%)


@dataclass(frozen=True)
class Joint(Node):
    """包案处理1件以上,且问题解决60%以上的记8分 / 超过0.1%或连片2亩以上的不计分: conditions on
    several values in one clause, all of them (且) or any (或); when they hold, the points
    (signed), or None: the item scores nothing."""

    facts: tuple[FactRef, ...]
    intervals: tuple[Interval | None, ...]  # None: a yes/no, met when 是 (…且功能齐全)
    any_of: bool
    points: Decimal | None
    span: Span


@dataclass(frozen=True)
class PerRecordTiers(Node):
    fact: FactRef  # fact.attribute names the field of each record
    tiers: tuple[Tier, ...]
    span: Span


@dataclass(frozen=True)
class TieredPerCount(Node):
    """1000人以下的单位每起减0.2分;2000人以下的单位每起减0.1分: tiers on the unit's own
    measure choose the points each occurrence counted brings."""
    fact: FactRef  # the unit's measure the tiers test
    count: FactRef  # the occurrences counted
    tiers: tuple[Tier, ...]  # signed points per occurrence
    span: Span


class FormulaValue(str, Enum):
    QUANTITY = "quantity"
    SHARE = "share"      # named as a share (…率, 比重): given as 95%
    YES_NO = "yes_no"    # 达到要求的,按…计分: 1 when it holds, else 0


@dataclass(frozen=True)
class Formula(Node):
    """得分=70×实际达标率-63: the score worked out from the values, as the document writes it
    (an expression of Const, BinOp and the facts themselves)."""
    facts: tuple[FactRef, ...]
    kinds: tuple[FormulaValue, ...]  # what each fact is: 实际达标率 is given as 95%
    expr: Node
    span: Span


@dataclass(frozen=True)
class Proportional(Node):
    fact: FactRef
    target: Decimal | FactRef | None  # None: the fact is itself a completion rate
    points: Decimal
    span: Span
    of_rate: bool = False  # 达到90%的得5分,不达90%的按比例: the fact is a rate, the target a share


@dataclass(frozen=True)
class RankTier(Node):
    kind: RankFrom
    position: int
    within: bool
    points: Decimal  # signed
    text: str
    span: Span
    start: int | None = None  # 第4名至第6名: places 4 to `position`


@dataclass(frozen=True)
class Rank(Node):
    fact: FactRef
    tiers: tuple[RankTier, ...]
    span: Span
    floor: Decimal = Decimal(0)  # where a step down the places stops (最低得5分)
    pool: int | None = None  # 在全市12个县(市、区)中排名: how many are ranked, where the sentence says


@dataclass(frozen=True)
class Judged(Node):
    """酌情扣0.5-2分, 由考评组评定(0—2分): the facts give the amount, within [low, high].
    `may_be_zero`: a deduction for a failing (…的,酌情扣2-6分), or an award for an act, is 0 when it
    did not happen."""

    fact: FactRef
    low: Decimal
    high: Decimal
    deduct: bool
    per_occurrence: bool
    span: Span
    may_be_zero: bool = False


@dataclass(frozen=True)
class Peer(Node):
    """A rule that compares a unit's value with the average of every unit in the facts
    file (高于全县平均发案率的,每高1个百分点扣0.5分): its thresholds are differences from it."""

    rule: Node
    span: Span


@dataclass(frozen=True)
class Veto(Node):
    fact: FactRef
    grade: str | None
    span: Span


@dataclass(frozen=True)
class Requirement(Node):
    """达标: a condition the document sets without points; met or not, it scores nothing."""

    fact: FactRef
    interval: Interval | None  # None: a yes/no requirement (零种植, 负增长)
    span: Span


@dataclass(frozen=True)
class Cap(Node):
    rule: Node
    limit: Decimal
    on_deductions: bool
    span: Span


@dataclass(frozen=True)
class GroupCap(Node):
    """Several facts scored in one sentence, their sum capped (两项合计最高计1分)."""

    rules: tuple[Node, ...]
    limit: Decimal | None
    span: Span


@dataclass(frozen=True)
class OwnPoints(Node):
    """A sentence that states its own points, from which its deductions count."""

    rule: Node
    points: Decimal
    span: Span


@dataclass(frozen=True)
class PartSteps(Node):
    """不足1公里的按1公里计算 (what is left over takes a whole step), 不足1个百分点按照比例计算 (its
    share of one): how the deductions of the rule inside count a part of a step."""

    rule: Node
    share: bool
    span: Span
    rounded: bool = False  # 不足1%时四舍五入: half a step or more takes a whole one, less takes none


@dataclass(frozen=True)
class Highest(Node):
    """获评全国文明单位的加3分,省级的加2分(按最高荣誉计分,不累加): several awards side by side,
    of which only the highest counts."""

    rules: tuple[Node, ...]
    span: Span


@dataclass(frozen=True)
class Floor(Node):
    """扣完为止: deductions stop at zero (of the sentence's own points, else the item's)."""

    rule: Node
    span: Span


@dataclass(frozen=True)
class BelowZero(Node):
    """倒扣2分, 直至负分, 实行倒扣法: the sentence's deductions run past its item's points (and its
    own), the rest coming off the total; an item with such a line has no floor at 0."""

    rule: Node
    span: Span


Rule = Union[PerCountAward, PerCountDeduction, BooleanAward, BooleanDeduction,
             DeficitDeduction, Shortfall, Excess, Lateness, Levels, JudgedLevels, ListedValues, Tiers, Joint, PerRecordTiers,
             TieredPerCount, Formula, Proportional, Rank, Judged, Veto, Requirement, Cap, GroupCap, Highest, OwnPoints, Floor, BelowZero, Peer, PartSteps]
RULE_KINDS: tuple[type, ...] = get_args(Rule)


class RuleVisitor:
    """A rule kind's meaning for one stage: `visit(rule)` calls `visit_<Kind>(rule)`.

    Every stage that needs to know what a kind means (its facts, its range, its wording,
    its code …) subclasses this with one method per kind of `Rule`; tests/test_visitors.py
    fails when a visitor misses a kind, naming the method to write."""

    _methods: dict[type, object] = {}

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        # looked up once per class, not once per call: visitors run on every rule of a rubric
        cls._methods = {kind: getattr(cls, f"visit_{kind.__name__}") for kind in RULE_KINDS
                        if hasattr(cls, f"visit_{kind.__name__}")}

    def visit(self, rule, *args):
        try:
            method = self._methods[type(rule)]
        except KeyError:
            raise NotImplementedError(f"{type(self).__name__} has no visit_{type(rule).__name__}") from None
        return method(self, rule, *args)


# ---------------------------------------------------------------------- expressions

@dataclass(frozen=True)
class Const(Node):
    value: Decimal
    span: Span


@dataclass(frozen=True)
class Ref(Node):
    name: str
    quoted: bool
    span: Span


class Part(str, Enum):
    BASE = "基础分"
    BONUS = "加分"
    DEDUCTIONS = "扣分"
    EXTRA = "附加分"  # bonus minus deductions


@dataclass(frozen=True)
class PartRef(Node):
    part: Part
    text: str
    span: Span


@dataclass(frozen=True)
class BinOp(Node):
    op: str  # + - * /
    left: Node
    right: Node
    span: Span


# --------------------------------------------------------------------- declarations

class Role(str, Enum):
    BASE = "base"
    BONUS = "bonus"
    DEDUCTIONS = "deductions"
    VETO = "veto"


class MetaKey(str, Enum):
    """Metadata of a group or a rule line; the value is the canonical label, for output."""

    RESPONSIBLE = "责任单位"
    ASSISTING = "协助单位"
    METHOD = "考评方法"
    DEADLINE = "上报时间"
    BASIS = "依据"
    NOTE = "说明"
    REMARK = "备注"

    def __str__(self) -> str:
        return self.value

    __format__ = str.__format__


@dataclass(frozen=True)
class Meta(Node):
    key: MetaKey
    value: str
    span: Span


@dataclass(frozen=True)
class RuleLine(Node):
    facts: tuple[FactRef, ...]
    text: str          # the sentence, verbatim
    clauses: tuple[Clause, ...]
    rule: Node | None  # None when the sentence could not be understood
    judged_mode: bool  # `评定 事实: …`
    span: Span
    meta: tuple[Meta, ...] = ()  # a table row's own 责任单位 etc.
    target_mode: bool = False    # `达标 事实: …`

    def meta_value(self, key: MetaKey) -> str:
        return "；".join(m.value for m in self.meta if m.key is key)


@dataclass(frozen=True)
class Group(Node):
    level: str                 # 大项 小项 项目 … as written (or 加分项 / 扣分项 / 一票否决)
    title: str
    points: Decimal | None
    floor: bool
    role: Role
    cap: Decimal | None        # 加分项 最高20分 / 扣分项 最多扣10分
    veto_grade: str | None
    meta: tuple[Meta, ...]
    children: tuple[Node, ...]  # Group | RuleLine
    span: Span
    added: bool = False        # points written 加2分 (an item of 加分项)

    def meta_value(self, key: MetaKey) -> str:
        return "；".join(m.value for m in self.meta if m.key is key)


@dataclass(frozen=True)
class Band(Node):
    grade: str
    interval: Interval | None  # None: 其余 (every total no other band takes)
    text: str
    span: Span
    consequence: str = ""      # what the grade brings (按规定扣除全部奖金), as written
    letter: int | None = None  # A级 0, B级 1…: a grade named by one letter, A the best


@dataclass(frozen=True)
class GradeBands(Node):
    bands: tuple[Band, ...]   # best first
    sentence: bool            # written as one sentence (not a block)
    text: str
    span: Span
    judged: FactRef | None = None  # 等级 评定 <fact>: the assessors give the grade

    @property
    def of_share(self) -> bool:
        """得分率90%以上为优秀: bands of the share of full marks a total is, not of its points."""
        said = [b.interval for b in self.bands if b.interval is not None]
        return bool(said) and all(i.unit is Unit.PERCENT for i in said)


@dataclass(frozen=True)
class Metric(Node):
    name: str
    description: str
    expr: Node
    span: Span


@dataclass(frozen=True)
class FactDecl(Node):
    """`事实 床位利用率: 比率, 可超过100%`: the values a fact may take, declared in the header
    because a rule's threshold must never decide them (a draft that lowers 100% to 95% would
    refuse last year's 103%)."""

    fact: FactRef
    most: Decimal | None  # the largest rate allowed, as a fraction (1.5 for 150%); None: no limit
    span: Span


@dataclass(frozen=True)
class Convention(Node):
    """Inclusive or not, per comparison-word family, as a rubric's 边界 line declares."""

    inclusive: tuple[tuple[CmpWord, bool], ...]
    text: str
    span: Span

    def lookup(self, word: CmpWord) -> bool | None:
        for w, inc in self.inclusive:
            if w is word:
                return inc
        return None


class RangeStyle(str, Enum):
    CLOSED = "左闭右闭"
    LEFT_CLOSED = "左闭右开"
    RIGHT_CLOSED = "左开右闭"
    OPEN = "左开右开"


class RoundMode(str, Enum):
    HALF_UP = "四舍五入"
    DOWN = "去尾"
    UP = "进一"


@dataclass(frozen=True)
class Precision(Node):
    places: int
    mode: RoundMode
    text: str
    span: Span


@dataclass(frozen=True)
class Suppression:
    """`# jdscore: 忽略 W301, W312`: the checks named are not reported on `line` (not a Node:
    no stage but the checker's last step reads it)."""

    line: int
    codes: tuple[tuple[str, Span], ...]  # each code as written (upper-cased) and where


@dataclass(frozen=True)
class Rubric(Node):
    title: str
    year: int | None
    subject: str
    full_marks: Decimal | None
    convention: Convention | None
    range_style: RangeStyle
    precision: Precision | None
    total: Node | None
    bands: GradeBands | None
    metrics: tuple[Metric, ...]
    body: tuple[Node, ...]  # Group | RuleLine, in written order
    span: Span
    comments: tuple[tuple[int, str], ...] = field(default=(), compare=False)
    floor: bool = True  # an item with points never scores below 0 (unless 扣分 不设下限)
    declarations: tuple[FactDecl, ...] = ()  # 事实 …: 比率, 可超过100%
    suppressions: tuple[Suppression, ...] = field(default=(), compare=False)

    def rule_lines(self):
        for node in self.walk():
            if isinstance(node, RuleLine):
                yield node

    def metric(self, name: str) -> Metric | None:
        for m in self.metrics:
            if m.name == name:
                return m
        return None


# A scoring rule inside a cap, a floor or a sentence's own points: the wrapped rule scores,
# the wrapper limits it. GroupCap holds several rules side by side (added up), Highest too
# (the best of them).
WRAPPERS = (Cap, Floor, BelowZero, OwnPoints, Peer, PartSteps)
SIDE_BY_SIDE = (GroupCap, Highest)


def unwrap(rule):
    """The rule inside its caps, floors and own points (a group cap is not unwrapped)."""
    while isinstance(rule, WRAPPERS):
        rule = rule.rule
    return rule


def rule_nodes(rule):
    """Every node of a sentence's rule tree, each before the rules it holds."""
    if rule is None:
        return
    yield rule
    if isinstance(rule, WRAPPERS):
        yield from rule_nodes(rule.rule)
    elif isinstance(rule, SIDE_BY_SIDE):
        for sub in rule.rules:
            yield from rule_nodes(sub)


def scoring_rules(rule):
    """The scoring rules inside a sentence's caps, floors, own points and group caps."""
    return (node for node in rule_nodes(rule) if not isinstance(node, (*WRAPPERS, *SIDE_BY_SIDE)))


def to_data(value):
    """A JSON-ready view of an AST node (kind + fields; spans left out)."""
    if isinstance(value, Decimal):
        from .numerals import plain
        return plain(value)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, tuple):
        return [to_data(v) for v in value]
    if is_dataclass(value) and not isinstance(value, type):
        out = {"kind": type(value).__name__}
        for f in fields(value):
            if f.name != "span" and f.compare:  # (Bound.said: how it was written, not what it means)
                out[f.name] = to_data(getattr(value, f.name))
        return out
    return value
