"""What a rule sentence means: phrases -> one typed rule.

The grammar has split a sentence into clauses (at , ; 。) and each clause into phrases
(an award, a comparison, 每…, a cap …, and filler text). Reading goes in four steps:

1. *statements*: a clause that gives points (计1分, 扣2分, 不得分, 酌情扣分 …) becomes a
   statement, together with the clauses before it that only state its condition; two
   scoring clauses joined by 、 are two statements; a clause that only caps or floors
   (最高计1分, 扣完为止, 共4分) modifies the sentence.
2. *readers*: statements that read the same value join into one reader, one fact each:
   tiers on one measure (85%以上…;70%至85%…), a threshold and its steps (不低于95%…;每低1%…),
   a requirement and its shortfall (不少于2次…;少一次扣1分), a level scale. Every other
   statement reads a fact of its own. The sentence alone decides how many facts it reads.
3. *rules*: each reader becomes a rule node; a sentence that states its own points
   (得9分,…扣完为止) counts its deductions down from them; caps and floors wrap the result.
4. *nothing left unread*: every amount of points, every number with a counter or %,
   and every scoring word must have been used by a statement, or the sentence is refused
   with an error (E218) that points at the words.

Before step 2, a few passes settle what statements mean together: counting per occurrence
carries on in the same breath (请假一次扣3分,迟到扣1分); counts of one thing with their own
points are tiers (发生1起扣5分,发生2起扣12分); a requirement followed by its failing (…以上,
未达到的扣2分) scores the failing; statements differing only in a level word are a scale.

Nothing here looks at the words themselves: the grammar has said which phrase each word is
(level words and separators are read with the grammar's own patterns or as punctuation).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import field, fields, is_dataclass, replace
from decimal import ROUND_FLOOR, Decimal
from functools import lru_cache

from .records import dataclass
from . import ast as A
from .bounds import has_own_points, rule_range
from .diagnostics import Diagnostic, error
from .parser import remembered_regex, terminal_regex
from .source import Span, to_simplified
from .numerals import parse_number, plain


@dataclass(frozen=True)
class Context:
    convention: A.Convention | None = None
    range_style: A.RangeStyle | None = None  # None: the rubric does not say (closed, unless an end says)
    role: A.Role = A.Role.BASE
    item_points: Decimal | None = None
    veto_grade: str | None = None
    metric_names: frozenset[str] | set[str] = frozenset()
    target: bool = False  # a `达标` line: a requirement without points
    named: bool = False  # the line will name its facts (a draft): a name says what 是 answers
    no_floor: bool = False  # the rubric says 扣分 不设下限: an item may score below 0
    failings_counted: frozenset[str] = frozenset()  # 未完成1项扣1分,…: denied deeds counted before


class _Reject(Exception):
    """This sentence cannot become a rule; the diagnostic says why."""

    def __init__(self, diagnostic: Diagnostic):
        self.diagnostic = diagnostic


# ------------------------------------------------------------------ comparisons

_UP, _DOWN, _EQUAL = "up", "down", "equal"
_WORD_MEANING = {
    A.CmpWord.GE_PRE: (_UP, True), A.CmpWord.GT_PRE: (_UP, False),
    A.CmpWord.LE_PRE: (_DOWN, True), A.CmpWord.LT_PRE: (_DOWN, False),
    A.CmpWord.EQ_PRE: (_EQUAL, True),
    A.CmpWord.GE_POST: (_UP, True), A.CmpWord.LE_POST: (_DOWN, True),
    A.CmpWord.GT_POST: (_UP, False),
}
_OP_MEANING = {A.Cmp.GE: (_UP, True), A.Cmp.GT: (_UP, False), A.Cmp.LE: (_DOWN, True),
               A.Cmp.LT: (_DOWN, False), A.Cmp.EQ: (_EQUAL, True)}
_FLIP = {_UP: _DOWN, _DOWN: _UP, _EQUAL: _EQUAL}


def _han(text: str) -> str:
    """The Chinese characters of `text` alone: no marks, digits, letters or blanks."""
    return re.sub(r"[^\u4e00-\u9fff]", "", text)


def _one_sided(direction: str, value: Decimal, inclusive: bool, unit: A.Unit, said: bool = False) -> A.Interval:
    bound = A.Bound(value, inclusive, said)
    if direction == _UP:
        return A.Interval(bound, None, unit)
    if direction == _DOWN:
        return A.Interval(None, bound, unit)
    return A.Interval(A.Bound(value, True), A.Bound(value, True), unit)


def compare_interval(cmp: A.Compare, ctx: Context) -> A.Interval:
    directions = {_WORD_MEANING[w][0] for w in cmp.words}
    if len(directions) > 1:
        raise _Reject(error("E209", "同一个数值前后的比较词方向相反", cmp.span,
                            hint="只保留一个比较词,例如 达到80%以上 或 低于80%"))
    if not cmp.words:
        raise _Reject(error("E209", "数值旁只有(含)/(不含),没有比较词", cmp.span,
                            hint="写成 20张(含)以上 这样的形式"))
    direction, inclusive = _WORD_MEANING[cmp.words[0]]
    if cmp.quantity.bound is not None:
        inclusive = cmp.quantity.bound
    elif ctx.convention is not None:
        for word in reversed(cmp.words):
            declared = ctx.convention.lookup(word)
            if declared is not None:
                inclusive = declared
                break
    return _one_sided(direction, cmp.quantity.value, inclusive, cmp.quantity.unit, cmp.quantity.bound is not None)


def _unify_range(low: A.Quantity, high: A.Quantity) -> tuple[Decimal, Decimal, A.Unit]:
    """`5—10万` means 5万 to 10万; `70至85%` means 70% to 85%."""
    low_value = low.value
    if low.multiplier == 1 and high.multiplier > 1 and low_value * high.multiplier <= high.value:
        # (5000至1万: 5000 is its own, 5000万 would be above the 1万)
        low_value = low_value * high.multiplier
    unit = high.unit if low.unit is A.Unit.NONE else low.unit
    if low.unit is A.Unit.NONE and high.unit is A.Unit.PERCENT:
        low_value = low_value / 100
    # (基本符合:3—1分, 89分至60分: the same stretch, written from the top)
    return min(low_value, high.value), max(low_value, high.value), unit


def range_interval(rng: A.Range, ctx: Context) -> A.Interval:
    low, high, unit = _unify_range(rng.low, rng.high)
    style = ctx.range_style or A.RangeStyle.CLOSED
    low_inc = style in (A.RangeStyle.CLOSED, A.RangeStyle.LEFT_CLOSED)
    high_inc = style in (A.RangeStyle.CLOSED, A.RangeStyle.RIGHT_CLOSED)
    if rng.low.bound is not None:   # 60%(含)至80%
        low_inc = rng.low.bound
    if rng.high.bound is not None:  # 70%至85%(不含)
        high_inc = rng.high.bound
    low_said, high_said = rng.low.bound is not None, rng.high.bound is not None
    if rng.suffix is not None:
        direction, inclusive = _WORD_MEANING[rng.suffix]
        if direction == _DOWN:  # 80%至90%以内, 3至5天以内: both ends still, the 以内 says the upper is in
            return A.Interval(A.Bound(low, low_inc, low_said),
                              A.Bound(high, high_inc if high_said else inclusive, high_said), unit)
        if direction == _UP:
            return A.Interval(A.Bound(low, low_inc if low_said else inclusive, low_said), None, unit)
    return A.Interval(A.Bound(low, low_inc, low_said), A.Bound(high, high_inc, high_said), unit)


def _empty(i: A.Interval) -> bool:
    return (i.low is not None and i.high is not None
            and (i.low.value > i.high.value
                 or (i.low.value == i.high.value and not (i.low.inclusive and i.high.inclusive))))


def _intersect(a: A.Interval, b: A.Interval) -> A.Interval:
    def tighter_low(x, y):
        if x is None:
            return y
        if y is None:
            return x
        if x.value != y.value:
            return x if x.value > y.value else y
        return A.Bound(x.value, x.inclusive and y.inclusive)

    def tighter_high(x, y):
        if x is None:
            return y
        if y is None:
            return x
        if x.value != y.value:
            return x if x.value < y.value else y
        return A.Bound(x.value, x.inclusive and y.inclusive)

    a, b = _as_share(a, b.unit), _as_share(b, a.unit)
    unit = a.unit if a.unit is not A.Unit.NONE else b.unit
    return A.Interval(tighter_low(a.low, b.low), tighter_high(a.high, b.high), unit)


def _as_share(interval: A.Interval, other: A.Unit) -> A.Interval:
    """90%>值≥85: a bare end beside a share is that many percent (85 is 85%, not 8500%)."""
    if interval.unit is not A.Unit.NONE or other is not A.Unit.PERCENT:
        return interval

    def share(bound):
        return None if bound is None else A.Bound(bound.value / 100, bound.inclusive)
    return A.Interval(share(interval.low), share(interval.high), A.Unit.PERCENT)


def _below_by(interval: A.Interval) -> A.Interval:
    """5个百分点以上 below something: a distance of 5 or more, so a difference of −5 or less."""
    def mirrored(b: A.Bound | None) -> A.Bound | None:
        return None if b is None else A.Bound(-b.value, b.inclusive)
    return A.Interval(mirrored(interval.high), mirrored(interval.low), interval.unit)


def _negate(interval: A.Interval, span: Span) -> A.Interval:
    if interval.low is not None and interval.high is None:
        return A.Interval(None, A.Bound(interval.low.value, not interval.low.inclusive), interval.unit)
    if interval.high is not None and interval.low is None:
        return A.Interval(A.Bound(interval.high.value, not interval.high.inclusive), None, interval.unit)
    raise _Reject(error("E210", "“未…”后面是一个区间,取反后是两段,无法作为一个条件", span,
                        hint="把条件改写成 低于X 或 超过Y 的形式"))


# 未 (不, 无) negates the comparison right after it (未落实两次以上, 不达100%), not one a whole
# description away (采集未到县数占总数的比例,5%以内).
_NEG_REACH = 2
_DEMAND_REACH = 8


def _negated(phrases, i: int, ctx: Context) -> bool:
    """Is the comparison at phrases[i] negated by a 未/没有 just before it?"""
    words = ""
    # (未按要求组织至少1次演练: a minimum asked is denied from further off, within its clause)
    provided = _provision_asked(phrases[i])
    reach = _DEMAND_REACH if isinstance(phrases[i], A.Compare) and phrases[i].demand or provided else _NEG_REACH
    for k in range(i - 1, -1, -1):
        p = phrases[k]
        if isinstance(p, A.MarkerPhrase) and p.marker is A.Marker.NEG:
            # (未控制在5以下的: keeping within it, not done)
            # (未能召开一次以上: 能 says whether, the verb is still next)
            deed = terminal_regex("NEG_MANNER").sub("", to_simplified(words), count=1)
            if terminal_regex("KEEP_WITHIN").fullmatch(to_simplified(words)):
                return True
            # (未按要求组织演练1次以上的, 未配备专职人员2名以上的: so much provided, not done;
            # 发现未登记人员2名以上的 counts the failings)
            if (provided and _provision_asked(phrases[i], deed)
                    and (deed != to_simplified(words) or terminal_regex("PROVIDE_VERB").match(deed[:2]))):
                return len(deed) <= reach
            reach = _NEG_REACH
            able = len(deed) < len(words.strip())  # (不能召开: a deed denied, as with 未)
            # (未落实两次以上…会议: the deed's thing after the count, how many of it were done)
            thing = i + 1 < len(phrases) and isinstance(phrases[i + 1], A.Text) and bool(_han(phrases[i + 1].text))
            return len(deed) <= reach and _denial_is_the_comparisons(p, deed, phrases[i], ctx, able, thing)
        if isinstance(p, A.Text):
            words = p.text + words
            # (未按规定每年开展: the manner is no part of the gap)
            gap = len(terminal_regex("NEG_MANNER").sub("", to_simplified(words), count=1))
            if gap > reach + 2 or (reach > _NEG_REACH and re.search(r"[,，;；。]", p.text)):
                return False
        elif not (isinstance(p, A.Period) or _marker(p, A.Marker.REQUIRED)):
            # (未落实每学期不少于4课时的: the period is the comparison's; 不应超过3个: 应 asks it)
            if isinstance(p, A.Amount):
                _no_negation_past_a_number(phrases, k, phrases[i])
            return False
    return False


def _no_distance_from_a_bound_before(stmt: Statement) -> None:
    """控制在5人次以内,超出3人次以上的不得分 / 至少召开4次,少2次以上的: so many past (short of) the bound
    before, or the value itself? (read as one range of both, 3 to 5, or as two values). Refused."""
    compares = [p for p in stmt.phrases if isinstance(p, A.Compare)]
    for first, then in zip(compares, compares[1:]):
        between = stmt.text[first.span.end - stmt.span.start:then.span.start - stmt.span.start]
        if first.quantity.unit is not then.quantity.unit or not re.search(r"[,，]", between):
            continue
        said = to_simplified(re.split(r"[,，]", stmt.text[:then.span.end - stmt.span.start])[-1])
        if terminal_regex("DISTANCE_SAID").search(said):
            raise _Reject(error(
                "E202", f"“{said.strip()}”是和前面的“{_shown(stmt, first)}”相差这么多,还是数值本身,读不出来",
                then.span, hint="写出数值本身,例如 超过8人次的,本项不得分;少于2次的,本项不得分"))


def _provision_asked(compared, deed: str | None = None) -> bool:
    """配备专职人员2名以上, 投入经费10万元以上, 保存档案3年以上, 组织演练1次以上: how much of something
    is provided (people, an amount, a time, an event held at least once); after 未按要求 the requirement
    not met (read as failings counted: a unit with 3 people lost the point), where 整改问题3处以上 and
    参加会议1次以上 count them. `deed`: the words after the denial, once known."""
    if not isinstance(compared, A.Compare) or A.CmpWord.GE_POST not in compared.words:
        return False
    q = compared.quantity
    people = terminal_regex("PERSON_COUNTER").fullmatch(to_simplified(q.word or "-")) is not None
    if q.unit is A.Unit.MEASURE or q.duration or people:
        return True
    return q.value == 1 and (deed is None or terminal_regex("HOLD_VERB").match(deed) is not None)


def _denial_is_the_comparisons(neg: A.MarkerPhrase, deed: str, compared, ctx: Context, able: bool,
                               thing: bool) -> bool:
    """未达到3次 denies the comparison; with a word between, the denial may be the word's.
    不合格超过3处, 不合格3批次以上: a count of failings (read as 合格 at most 3: the best lost
    points). 未完成2项以上: two or more undone, or fewer than two done? Refused; 没有撰写1篇以上
    (none at all), 不得低于 (a word of may between), 未落实两次以上…会议 (`thing`: the deed's thing
    after the count) and 不能召开 (`able`: a word of can, a deed denied as with 未) stay denied."""
    if (not deed or terminal_regex("NEG_MODAL").fullmatch(deed) or not isinstance(compared, A.Compare)
            or compared.demand):  # (未落实每学期不少于4课时: the requirement denied)
        return True
    if compared.words[0] not in (A.CmpWord.GE_POST, A.CmpWord.LE_POST, A.CmpWord.GT_POST):
        return False  # 不合格超过3处: the comparison has its own verb; the 不 is the word's
    word = to_simplified(neg.word)  # (沒有 as 没有)
    if not (able or terminal_regex("DEED_NEG").fullmatch(word)) or word + deed in ctx.failings_counted:
        return False  # (未完成1项扣1分,未完成2项以上的扣3分: the sentence counts what was undone)
    if thing or (compared.words[-1] is A.CmpWord.GE_POST and compared.quantity.value == 1):
        return True
    n = f"{compared.quantity.value}{compared.quantity.word}"
    raise _Reject(error(
        "E202", f"“{word}{deed}”之后的数量条件有两种读法:没做到的有这么多,还是做到的不到这么多",
        _spanning(neg.span, compared.span),
        hint=f"没做到的有这么多,写成 有{n}以上{word}{deed}的;做到的不到这么多,写成 {deed}不足{n}的"))


def _no_negation_past_a_number(phrases, k: int, compared) -> None:
    """未在30日内实现至少1人就业的: a 未 with a number between it and the comparison denies the
    two together (read apart, the comparison held undenied: families with 1 in work lost points)."""
    gap = 0
    for p in reversed(phrases[:k]):
        if _marker(p, A.Marker.NEG):
            if gap <= _NEG_REACH:
                raise _Reject(error(
                    "E202", "否定词(未、没有)之后有两个带数的条件,否定的是两者合起来,jdscore 只能读否定一个条件",
                    _spanning(p.span, compared.span),
                    hint="把没做到的情况写成只带一个数的话(如 30日内无人就业的,扣…分),或分成两句分别计分"))
            return
        if not isinstance(p, A.Text):
            return
        gap += len(p.text)


def _is_points_range(p) -> bool:
    return isinstance(p, A.Range) and _range_unit(p) is A.Unit.POINTS


def _right_before_points(phrases, i: int) -> bool:
    """80-90分的加1分: a range of a score right before the points given for it is a condition
    on the score (a judged range stands after its verb: 加1-3分); so is one before the grade it
    names (80-89分为良好,得4分)."""
    nxt = next((p for p in phrases[i + 1:] if not _marker(p, A.Marker.DE)
                and not (isinstance(p, A.Text) and (not p.text.strip() or _names_a_grade(p)))), None)
    return isinstance(nxt, (A.Award, A.Deduct)) or _marker(nxt, A.Marker.ZERO)


def _names_a_grade(p: A.Text) -> bool:
    """为良好, 为不合格: the grade a score's range is called, a label between it and its points."""
    said = terminal_regex("NAMES_GRADE").match(to_simplified(p.text))
    return said is not None and not p.text[said.end():].strip(" ,，\t\u3000")


def _grade_named_before_its_points(clauses) -> list:
    """80-89分为良好,得4分: a score's range, the grade it is called, then a comma before the
    points: one clause (apart, the range was a judged amount of 80 to 89 points and the 4 a
    yes/no of its own)."""
    out = []
    for c in clauses:
        prev = out[-1] if out else None
        first = _first_phrase(c)
        said = [p for p in prev.phrases if not _marker(p, A.Marker.DE)] if prev is not None else []
        if (prev is not None and prev.separator.strip() in (",", "，") and len(said) >= 2
                and isinstance(said[-1], A.Text) and _names_a_grade(said[-1]) and _is_points_range(said[-2])
                and (isinstance(first, (A.Award, A.Deduct)) or _marker(first, A.Marker.ZERO))):
            phrases, text, span = _join([prev, c])
            out[-1] = A.Clause(tuple(phrases), text, span, c.separator)
            continue
        out.append(c)
    return out


def _counted_apart(at: list) -> bool:
    """1起以上且不足10万元: two counts of different things (cases and money), never one interval
    (read as one, 1 to 100000 of something)."""
    kinds = set()
    for p in at:
        q = getattr(p, "quantity", None)
        if q is None or q.unit not in (A.Unit.COUNT, A.Unit.MEASURE) or not q.word:
            return False
        kinds.add("money" if terminal_regex("MONEY").search(q.word) else "time" if q.duration else q.word)
    return len(kinds) > 1


def condition_of(phrases, ctx: Context, span: Span, used: set | None = None, *,
                 on_points: bool = False, skip: frozenset | set = frozenset(),
                 joint: list | None = None) -> A.Interval | None:
    """The one condition a statement states on its value, or None. `on_points`: the value
    is a total (grade bands), so 80分至90分 is a condition, not a judged range of points.
    `joint`: where given, conditions on several values (…1件以上,且…60%以上的) fill it, as
    (interval, phrase) pairs, and the statement has no one condition."""
    found: list[A.Interval] = []
    at: list = []
    for i, p in enumerate(phrases):
        if id(p) in skip:
            continue
        if isinstance(p, A.Compare):
            if p.quantity.unit is A.Unit.NONE and i > 0 and _marker(phrases[i - 1], A.Marker.SUM_SCOPE):
                # 每次扣0.05分(合计不超过0.1): a limit with its 分 left out (read as a condition, 0.1
                # of a count, so no occurrence was ever taken)
                raise _Reject(error("E202", "合计、累计之后的数没有单位,读不出是分数的上限还是数量的条件", p.span,
                                    hint="分数上限写成 合计最多扣0.1分;数量条件写明单位,例如 累计不超过3次"))
            interval = compare_interval(p, ctx)
        elif isinstance(p, A.Range) and (on_points or not _is_points_range(p) or _right_before_points(phrases, i)):
            interval = range_interval(p, ctx)
        else:
            continue
        found.append(_negate(interval, p.span) if _negated(phrases, i, ctx) else interval)
        at.append(p)
        if used is not None:
            used.add(id(p))
    symbols = _symbol_condition(phrases, used)
    found.extend(interval for interval, _ in symbols)
    if len(symbols) > 1:  # (麻醉总数量≥10000例 麻醉恢复室≥2500例: each a value of its own)
        at.extend(symbol for _, symbol in symbols)
    alternatives = _alternatives_in_words(phrases, at, span)
    peer = next((p for p in phrases if isinstance(p, A.PeerPhrase) and p.words), None)
    if peer is not None and ((found and _own_value_beside_the_average(phrases, peer, at))
                             or any(_marker(p, A.Marker.ALSO) for p in phrases)):
        # 增幅达到5%以上且高于全县平均水平: the value's own 5% and the average are two conditions
        # (read as one, 5 points above the average was asked)
        raise _Reject(error("E202", "句中既有这个值自己的标准,又有与平均值的比较,jdscore 不能把两者同时作为条件",
                            span, hint="把与平均值比较的部分单独写成一行规则"))
    if peer is not None:
        # 超过平均值5个点以内: above the average (the value is its difference from it), and
        # within 5 points of it; 低于平均值5个百分点以上: as far below it (the value at most −5)
        direction, inclusive = _WORD_MEANING[peer.words[0]]
        relative = _one_sided(direction, Decimal(0), inclusive, A.Unit.NONE)
        at_peer = next(i for i, p in enumerate(phrases) if p is peer)
        if _negated(phrases, at_peer, ctx):  # 未达到平均数的: below it (read as 达到, the tier took the average)
            relative = _negate(relative, peer.span)
        if direction == _DOWN:
            found = [_below_by(f) for f in found]
        found = [_intersect(relative, f) for f in found] or [relative]
    elif not found and _flat_with_the_average(phrases):
        # 与全市平均水平持平的得2分: the difference from the average is 0
        found = [A.Interval(A.Bound(Decimal(0), True), A.Bound(Decimal(0), True), A.Unit.NONE)]
    elif found and any(isinstance(p, A.PeerPhrase) for p in phrases):
        # 比全县平均值低5个百分点以上: above the average, or below it? (read as above, it was)
        raise _Reject(error("E202", "与平均值相差的数值没有写明是高于还是低于平均值", span,
                            hint="写成 低于全县平均值5个百分点以上的,扣2分"))
    if alternatives and not (joint is not None and len(found) == 1 and len(at) == 1 and peer is None):
        raise _alternative_refused(alternatives[0])
    if alternatives:
        # 配备专职保安2名以上或安装一键式紧急报警装置的得1分: the number, or a yes/no of the words (in
        # the order written: 应急预案未修订或演练少于2次的)
        pair = [(found[0], at[0]), (None, alternatives[0])]
        joint.extend(pair if alternatives[0].span.start > at[0].span.start else pair[::-1])
        return None
    if not found:
        return None
    if len(found) == 2 and len(at) == 2 and (_describes_who_is_counted(phrases, found, at)
                                             or _bound_names_the_things_counted(phrases, found, at)):
        # 新进人员中35岁及以下的不低于80%: the age says whom the share counts (intersected with
        # it, the share was 80% to 3500%)
        found, at = found[1:], at[1:]
    lows = [f for f in found if f.low is not None and f.high is None]
    highs = [f for f in found if f.high is not None and f.low is None]
    if len(found) == 2 and len(lows) == 1 and len(highs) == 1:
        units = {lows[0].unit, highs[0].unit} - {A.Unit.NONE}
        if (len(units) > 1 and units != {A.Unit.COUNT, A.Unit.MEASURE}) or _counted_apart(at):
            # 面积100平方米以上、合格率80%以下: two quantities, never one interval of either
            raise _Reject(error("E202", "一个分句里的两个条件说的是不同的量,不清楚按哪一个计分", span,
                                hint="每个分句只写一个条件;描述对象的数字请写进引号"))
        if len(at) == 2 and joint is not None and _named_apart(phrases, at) and _but_between(phrases, at):
            # 覆盖率达到70%以上但履约率不足90%的: the one met but the other not, both (as 且 says)
            joint.extend(zip(found, at))
            return None
        if len(at) == 2 and _named_apart(phrases, at):
            # 断档率高于5%、成活保存率低于85%该项不得分: two rates, each named (intersected, a gap
            # rate of 10% was inside 5%–85% and a survival rate of 60% lost nothing)
            raise _Reject(error("E202", "一个分句里的两个条件各说一个量,不清楚两者怎样一起计分", span,
                                hint="分成两句,各写分值,例如 断档率高于5%的,该项不得分;成活保存率低于85%的,该项不得分"))
        both = _intersect(lows[0], highs[0])  # 80分以上90分以下: one interval
        if not _empty(both):
            return both
        low, high = lows[0].low, highs[0].high
        if low.value == high.value and low.inclusive != high.inclusive and len(at) == 2:
            # 人员不少于3人,不足3人的扣2分: what is asked, then its failing; the failing scores
            return found[1]
        first, last = sorted((phrases.index(a) for a in at[:2]))
        if any(isinstance(p, A.Text) and terminal_regex("FAILINGS_OR").search(p.text) for p in phrases[first:last]):
            # 低于85%或高于93%的不得分: either one, which jdscore does not read in one clause
            raise _Reject(error("E202", "“或”连接了两个条件,jdscore 在一个分句里只读一个条件", span,
                                hint="分成两句,例如 低于85%的不得分;高于93%的不得分"))
        raise _Reject(error("E209", "这句的两个条件互相矛盾,没有值能同时满足", span,
                            hint="每个分句只写一个条件,例如 不足3人的扣2分"))
    if joint is not None and len(found) > 1 and len(at) == len(found):
        joint.extend(zip(found, at))
        return None
    if len(found) > 1:
        raise _Reject(error(
            "E202", "一个分句里有多个比较条件,无法判断按哪一个计分", span,
            hint="每个分句只写一个条件;若这句是对情形的描述,请在行首加“评定”"))
    return found[0]


def _but_between(phrases, at: list) -> bool:
    """A 但 (而, 却) in the words between two comparisons."""
    words = "".join(p.text for p in phrases if isinstance(p, A.Text) and at[0].span.end <= p.span.start
                    and p.span.end <= at[1].span.start)
    return terminal_regex("BUT_SAID").search(to_simplified(words)) is not None


def _bracketed_points(phrases) -> bool:
    """The phrases begin with points in brackets: (1分)…"""
    return (len(phrases) >= 3 and isinstance(phrases[0], A.Text) and phrases[0].text.strip() in ("(", "（")
            and _is_bare_points(phrases[1]) and isinstance(phrases[2], A.Text) and phrases[2].text.lstrip()[:1] in (")", "）"))


def _no_score_line_in_brackets(clauses) -> None:
    """考核为优秀(90分)以上,加5分: points in brackets and 以上 after them are a line of the score, not
    points given (read so, a yes/no of 90 beside the 5)."""
    above, below = terminal_regex("GE_POST"), terminal_regex("LE_POST")
    for c in clauses:
        for i, p in enumerate(c.phrases):
            after = _after_brackets(c.phrases, i) if _is_bare_points(p) else None
            rest = to_simplified(after) if after is not None else ""
            if rest and (above.match(rest) or below.match(rest)):
                raise _Reject(error("E202", f"括号里的“{_shown(c, p)}”后面是“{rest[:3]}”,像是总分的分数线,不是得分",
                                    p.span, hint=f"写成 考核得分{plain(p.quantity.value)}分以上的,加…分"))


def _requirement_after_a_limit(clauses) -> list:
    """…(否则,扣2分/处,扣完为止)消防通道畅通,否则该项为0分: words after a limit, before a clause
    that starts with 否则, are the next requirement (read as the limit's words, 否则 answered the
    count before and the requirement was dropped): a clause of their own."""
    out = []
    for c, nxt in zip(clauses, [*clauses[1:], None]):
        last = c.phrases[-1] if c.phrases else None
        words = last.text.lstrip(")）] \t\u3000") if isinstance(last, A.Text) else ""
        if (nxt is not None and nxt.phrases and _marker(nxt.phrases[0], A.Marker.ELSE) and len(c.phrases) >= 2
                and _is_modifier(c.phrases[-2]) and len(re.findall(r"[\u4e00-\u9fff]", words)) >= 2
                and last.span.line == last.span.end_line):
            cut = last.span.start + len(last.text) - len(words)
            head = [*c.phrases[:-1]] + ([A.Text(last.text[:cut - last.span.start], _sub_span(last.span, last.span.start, cut))]
                                        if cut > last.span.start else [])
            out += [_piece_of(c, head, "，"), _piece_of(c, [A.Text(words, _sub_span(last.span, cut, last.span.end))],
                                                      c.separator)]
            continue
        out.append(c)
    return out


def _range_cells_joined(clauses) -> list:
    """60—65分 扣4分 66—70分 扣3分: a table's range of the total, a blank, then what the range takes
    or gives: one clause (apart, the range was an amount to judge and the 扣4分 a yes/no). And
    每核实1处,视情节轻重,扣0.5至2分: the words that say the amount is judged, then the range judged
    in (apart, 视情节轻重 was a second amount to judge, of up to the item's points)."""
    out = []
    for c in clauses:
        prev = out[-1] if out else None
        judged_words = (prev is not None and prev.separator.strip() in (",", "，")
                        and any(_marker(p, A.Marker.JUDGED) for p in prev.phrases)
                        and not any((_is_outcome(p) and not _marker(p, A.Marker.JUDGED))
                                    or isinstance(p, (A.Compare, A.Range, A.Amount)) for p in prev.phrases)
                        and c.phrases and isinstance(c.phrases[0], (A.Deduct, A.Award))
                        and c.phrases[0].high is not None)
        if judged_words or (prev is not None and not prev.separator.strip() and len(prev.phrases) == 1
                            and isinstance(prev.phrases[0], A.Range) and _is_points_range(prev.phrases[0])
                            and c.phrases and _is_outcome(c.phrases[0])):
            phrases, text, span = _join([prev, c])
            out[-1] = A.Clause(tuple(phrases), text, span, c.separator)
            continue
        out.append(c)
    return out


def _points_printed_after_their_clause(clauses) -> list:
    """建立工作机制,(1分)年初有计划、年底有总结。(1分): points in brackets alone at the end, and at the
    start of clauses before it, are each printed after the clause they score (read as the next
    clause's, the last was a limit of 1 on both and the first clause was passed over): the points
    at the start of a clause become a clause of their own, after the one they follow."""
    if len(clauses) < 3 or _bracketed_points(clauses[0].phrases):
        return clauses
    last = clauses[-1].phrases
    if not (_bracketed_points(last) and len(last) == 3 and last[2].text.strip() in (")", "）")):
        return clauses
    out = [clauses[0]]
    for c in clauses[1:]:
        words = c.phrases[2].text.lstrip()[1:].lstrip() if _bracketed_points(c.phrases) else ""
        if not words and not (_bracketed_points(c.phrases) and len(c.phrases) > 3):
            out.append(c)
            continue
        closing = c.phrases[2]
        cut = closing.span.start + closing.text.index(closing.text.lstrip()[0]) + 1
        points = [*c.phrases[:2], A.Text(closing.text[:cut - closing.span.start],
                                         _sub_span(closing.span, closing.span.start, cut))]
        rest = ([A.Text(closing.text[cut - closing.span.start:], _sub_span(closing.span, cut, closing.span.end))]
                if words else []) + list(c.phrases[3:])
        out += [_piece_of(c, points, "，"), _piece_of(c, rest, c.separator)]
    return out


def _named_apart(phrases, at: list) -> bool:
    """Two comparisons with words of their own between them (断档率高于5%、成活保存率低于85%): two
    quantities named, not the two ends of one (80分以上90分以下, 不低于60%且低于80%)."""
    i, k = (next(j for j, q in enumerate(phrases) if q is p) for p in at)
    words = "".join(to_simplified(q.text) for q in phrases[i + 1:k] if isinstance(q, A.Text))
    words = terminal_regex("KIND_JOIN").sub("", terminal_regex("ACTS_JOINED").sub("", words))
    return len(re.findall(r"[\u4e00-\u9fff]", words)) >= 2 and terminal_regex("RATE_WORD").search(words) is not None


def _alternatives_in_words(phrases, at: list, span: Span) -> list[A.Text]:
    """未达到80%或存在“插花”现象的减5分: 或 then words with no number of their own is a second
    condition, a yes/no beside the comparison (passed over, a unit at 85% with the failing lost
    nothing): those words are returned, for the caller to read or refuse. Words and 或 before
    the comparison are refused here. (高于80%或低于20%: two numbers of one value, read together.)"""
    either = terminal_regex("ANY_OF")
    alternatives = []
    for p in at:
        k = next(k for k, q in enumerate(phrases) if q is p)
        nxt = phrases[k + 1] if k + 1 < len(phrases) else None
        after = phrases[k + 2] if k + 2 < len(phrases) else None
        prev = phrases[k - 1] if k > 0 else None
        before = to_simplified(prev.text).rstrip(" \t\u3000") if isinstance(prev, A.Text) else ""
        said = list(either.finditer(before))

        def refuse(hint: str) -> None:
            raise _Reject(error("E202", f"“{prev.text.strip()}”是另一个条件(或),数值条件读不出它是否成立",
                                prev.span, hint=hint))

        if (said and k > 1 and _marker(phrases[k - 2], A.Marker.NEG) and said[0].start() >= 2
                and len(before) - said[0].end() >= 2):
            # 无职工培训计划或职工年培训率未达到30%扣5分: a failing in words, 或, then the number's subject:
            # a yes/no of the failing (是: no plan), before the number (refused before)
            # (one number only, and the failing's words end right at the 或, no space: the cut is exact)
            if len(at) > 1 or prev.text[:said[0].start()].rstrip() != prev.text[:said[0].start()]:
                refuse("把数值条件和另一个条件分开写,各写分值,例如 无职工培训计划的扣5分;职工年培训率未达到30%的扣5分")
            cut = prev.span.start + said[0].start()
            alternatives.append(A.Text(prev.text[:said[0].start()], _sub_span(prev.span, prev.span.start, cut)))
            continue
        words_before = phrases[k - 2] if k > 1 else None
        if (said and said[0].start() == 0 and len(before) - said[0].end() >= 2 and isinstance(words_before, A.Text)
                and len(at) == 1 and words_before.text.strip()
                and _only_a_break(words_before, prev)):
            # 发生挤占挪用专项资金行为,或违规支出金额超过10万元的: words of their own before the comma, then
            # 或 and the number's subject: a yes/no before the number (passed over: the words were
            # taken for the number's, and a unit with misused funds kept its points)
            alternatives.append(words_before)
            continue
        back = next((q for q in reversed(phrases[:k - 1]) if not (isinstance(q, A.Text) or _marker(q, A.Marker.DE))), None)
        if (said and not isinstance(back, (A.Compare, A.Range, A.OpSymbol)) and said[-1].end() == len(before)
                and said[-1].start() >= 2):
            # 未达到预期指标或超过30%以上的: words, then 或, before the comparison
            refuse("把数值条件和另一个条件分开写,各写分值,例如 未达到80%的减5分;存在上述现象的减5分")
        if not isinstance(nxt, A.Text):
            continue
        words = to_simplified(nxt.text).strip(" \t\u3000")
        said = either.match(words)
        failing = phrases[k + 3] if k + 3 < len(phrases) else None
        if (said is not None and said.end() == len(words) and _marker(after, A.Marker.NEG)
                and isinstance(failing, A.Text) and failing.text.strip()):
            # 逾期3天以上或未完成的,本项不得分: 或, then a failing (passed over, not done at all lost
            # nothing; then refused)
            alternatives.append(failing)  # (read as its own yes/no, 是 when not done)
            continue
        # (或者应急预案未及时修订的, 或者拒不整改的: the words run on through the 未 or 不, to the failing's end)
        negated = _marker(after, A.Marker.NEG) and isinstance(failing, A.Text) and failing.text.strip()
        if (said is not None and (len(words) - said.end() >= 2 or negated)
                and not isinstance(after, (A.Compare, A.Range, A.OpSymbol))):
            alternatives.append(failing if negated else nxt)
    return alternatives


def _counts(stmt: Statement) -> bool:
    """每次扣0.5分, 每少1次扣0.5分: a statement that counts occurrences, with no steps of a measure."""
    return not _steps_of_a_measure(stmt) and any(isinstance(p, (A.Per, A.Step)) for p in stmt.phrases)


def _steps_of_a_measure(stmt: Statement) -> bool:
    """每低1个百分点, 每超过1天: steps of a rate or a time (每少1次 counts what is missing)."""
    return any(isinstance(p, A.Step) and _step_kind(p) is not A.StepKind.DEFICIT for p in stmt.phrases)


def _only_a_break(left: A.Text, right: A.Text) -> bool:
    """Nothing but a comma (or a space) between the two phrases."""
    return 0 <= right.span.start - left.span.end <= 2


def _alternative_refused(words: A.Text) -> _Reject:
    return _Reject(error(
        "E202", f"“{words.text.strip()}”是另一个条件(或),数值条件读不出它是否成立", words.span,
        hint="把数值条件和另一个条件分开写,各写分值,例如 未达到80%的减5分;存在上述现象的减5分"))


def _failings_off_the_award(tiers: list[A.Tier], readings: list[Reading]) -> list[A.Tier]:
    """面积达到60平方米以上的得2分,不足60平方米的扣1分: one tier given points, and deductions for
    every value it leaves, count down from those points, as 否则扣1分 does (read from 0, the
    deduction scored below nothing: −1, or 0 under the item's floor, the same as 不得分)."""
    awards = [t for t in tiers if t.points > 0]
    deductions = [t for t in tiers if t.points < 0]
    if (len(awards) != 1 or not deductions or A.not_in_any([t.interval for t in tiers]) != []
            or any(r.added or r.full for r in readings)
            # (85分以上的得2分,低于85分的不得分;低于70分的,另扣1分: below the nothing, taken on top of it;
            # read off the 2, 69 scored 1)
            or any(_said_on_top(r) for r in readings)):
        return tiers
    top = awards[0].points
    return [replace(t, points=max(Decimal(0), top + t.points)) if t.points < 0 else t for t in tiers]


def _own_value_beside_the_average(phrases, peer, at: list) -> bool:
    """A number compared before the average is named (达到5%以上且高于平均水平), or after it past
    且 (高于平均水平且达到6%以上): the value's own standard, not a distance from the average."""
    i = next(k for k, p in enumerate(phrases) if p is peer)
    also = terminal_regex("ALSO")
    for p in at:
        k = next(k for k, q in enumerate(phrases) if q is p)
        between = phrases[min(i, k) + 1:max(i, k)]
        if k < i or any(isinstance(q, A.Text) and also.search(to_simplified(q.text)) for q in between) or any(
                _marker(q, A.Marker.ALSO) for q in between):
            return True
    return False


def _flat_with_the_average(phrases) -> bool:
    """与全市平均水平持平: the average named with no word of more or less, and 持平 after it."""
    peer = next((i for i, p in enumerate(phrases) if isinstance(p, A.PeerPhrase) and not p.words), None)
    flat = terminal_regex("FLAT_WORD")
    return peer is not None and any(isinstance(p, A.Text) and flat.search(to_simplified(p.text))
                                    for p in phrases[peer + 1:])


def _describes_who_is_counted(phrases, found: list[A.Interval], at: list) -> bool:
    """35岁及以下的不低于80%: a condition on a count or measure (an age, or words ending in 的),
    then one on a share: the first says which ones the share is of."""
    first, share = found
    if first.unit in (A.Unit.PERCENT, A.Unit.NONE) or share.unit is not A.Unit.PERCENT:
        return False
    between = _phrases_between(phrases, at[0], at[1])
    if between is None:
        return False
    # (35岁及以下不低于80%: an age, with or without 的, is whom the share counts)
    said = getattr(at[0], "quantity", None) or getattr(at[0], "high", None)
    word = to_simplified(getattr(said, "word", "") or "")
    aged = terminal_regex("AGE_UNIT").fullmatch(word) is not None
    # (25人以上企业建会率达到90%以上: so many, then the things the share is of, no 的 between)
    # (5人以上群体性纠纷的调处率: the things, then 的)
    named = (bool(between) and isinstance(between[0], A.Text) and all(
        (isinstance(p, A.Text) and _han(p.text) and not re.search(r"[,，;；、]", p.text)) or _marker(p, A.Marker.DE)
        for p in between))
    return aged or named or _marker(between[0] if between else None, A.Marker.DE)


def _phrases_between(phrases, first, then) -> list | None:
    """The phrases after `first` and before `then`; None where `then` does not come after it."""
    k = next(i for i, p in enumerate(phrases) if p is first)
    j = next((i for i, p in enumerate(phrases[k + 1:], k + 1) if p is then), None)
    return None if j is None else phrases[k + 1:j]


def _bound_names_the_things_counted(phrases, found: list[A.Interval], at: list) -> bool:
    """逾期30天以上的信访事项超过3件的: a bound, 的, the things, then a count of them: the first says
    which are counted (read as two values, both to hold: no number of days to give)."""
    # (逾期30天以上未办结的信访件超过3件的: a failing of them between, still naming which)
    between = _phrases_between(phrases, at[0], at[1]) or []
    if not (len(between) >= 2 and any(_marker(p, A.Marker.DE) for p in between)
            and isinstance(between[-1], A.Text) and _han(between[-1].text)
            and all(isinstance(p, A.Text) or _marker(p, A.Marker.DE, A.Marker.NEG) for p in between)):
        return False
    if not all(isinstance(p, A.Compare) for p in at) or found[1].unit is not A.Unit.COUNT:
        return False
    return to_simplified(at[0].quantity.word or "") != to_simplified(at[1].quantity.word or "")


def _symbol_condition(phrases, used: set | None = None) -> list[tuple[A.Interval, A.OpSymbol]]:
    """`80分<总分<90分`, `总分=90分`, `≥95%`: symbols between a number and the subject; one
    condition for each subject (麻醉总数量≥10000例 麻醉恢复室≥2500例: two, each with its number
    after it; intersected, the 2500 was passed over), with the first symbol of each."""
    found: list[tuple[A.Interval, A.OpSymbol]] = []
    right_before = False  # did the symbol before take the number after it?
    for i, p in enumerate(phrases):
        if not isinstance(p, A.OpSymbol):
            continue
        direction, inclusive = _OP_MEANING[p.op]
        right = phrases[i + 1] if i + 1 < len(phrases) else None
        left = phrases[i - 1] if i > 0 else None
        if _share_of_words(phrases, i + 1):
            right = phrases[i + 3]  # ≥规定数的80%: a share of what the words name
        if isinstance(right, A.Amount):
            q, number = right.quantity, right
            part = _one_sided(direction, q.value, inclusive, q.unit)
        elif isinstance(left, A.Amount):
            q, number = left.quantity, left
            part = _one_sided(_FLIP[direction], q.value, inclusive, q.unit)
        else:
            continue
        if used is not None:
            used.update((id(p), id(number)))
            if found and right_before and number is right and _marker(left, A.Marker.ALSO):
                used.add(id(left))  # ≥85%且<95%: the other end of the same value, joined
        if found and not (right_before and number is right):
            found[-1] = (_intersect(found[-1][0], part), found[-1][1])  # 80分<总分<90分: one subject
        else:
            found.append((part, p))
        right_before = number is right
    return found


def _share_of_words(phrases, k: int) -> bool:
    """规定数的80% after a symbol: a few words, 的, and a share (the value is the share)."""
    return (k + 2 < len(phrases) and isinstance(phrases[k], A.Text) and 0 < len(phrases[k].text.strip()) <= 10
            and not re.search(r"[,，;；。、:：()（）\s]", phrases[k].text.strip())
            and _marker(phrases[k + 1], A.Marker.DE) and isinstance(phrases[k + 2], A.Amount)
            and phrases[k + 2].quantity.unit is A.Unit.PERCENT)


def _range_unit(rng: A.Range) -> A.Unit:
    return rng.high.unit if rng.low.unit is A.Unit.NONE else rng.low.unit


# ------------------------------------------------------------------ statements

_JUDGED_MARKERS = {A.Marker.JUDGED, A.Marker.JUDGED_DEDUCT, A.Marker.JUDGED_AWARD}
_SCOPE_MARKERS = {A.Marker.SCOPE, A.Marker.SUM_SCOPE}
_LOOSE_VERBS = (A.Marker.LOOSE_VERB, A.Marker.LOOSE_AWARD, A.Marker.LOOSE_DEDUCT)
_TIMES = {A.Marker.DOUBLED: Decimal(2), A.Marker.HALVED: Decimal("0.5")}  # 加倍 / 减半
_OUTCOME_MARKERS = {A.Marker.ZERO, A.Marker.PROPORTIONAL, A.Marker.SHARE_WITH, A.Marker.VETO, A.Marker.FULL_PTS} | _JUDGED_MARKERS


def _marker(p, *markers) -> bool:
    return isinstance(p, A.MarkerPhrase) and p.marker in markers


def _is_bare_points(p) -> bool:
    return isinstance(p, A.Amount) and p.quantity.unit is A.Unit.POINTS


def _is_outcome(p) -> bool:
    if isinstance(p, (A.Award, A.Deduct, A.Listed, A.Each, A.AmountList)):
        return True
    if isinstance(p, A.MarkerPhrase) and p.marker in _OUTCOME_MARKERS:
        return True
    return _is_bare_points(p) or _is_points_range(p)


def _is_modifier(p) -> bool:
    return isinstance(p, (A.CapPhrase, A.FloorCap)) or _marker(p, A.Marker.FLOOR)


@dataclass
class Statement:
    phrases: list
    text: str
    span: Span
    caps: list = field(default_factory=list)  # CapPhrase, FloorCap given in its own clause
    separator: str = ""  # what ends it: a comma keeps the next statement in the same breath
    whole: Statement | None = None  # the statement it was cut from (its text holds every phrase)
    limit_ends: str = ""  # what ends the clause of its own limit (最高加2分;): the breath it closes


def _limit_said_of(clause: A.Clause, mod, terminal: str, own_words: bool = False) -> bool:
    """Do the words before a limit in its clause say whose it is? 单项加分不超过3分 (EACH_KIND_CAP:
    each kind's), 单笔逾期扣分不超过0.5分 (EACH_ONE_CAP: each one's); with `own_words`, the limit's
    own words too (以上扣分合计以1分为限: LIMIT_OF_ALL, the sum's)."""
    if not isinstance(mod, A.CapPhrase):
        return False
    end = mod.span.end if own_words else mod.span.start
    return terminal_regex(terminal).search(to_simplified(_words_up_to(clause, end))) is not None


def _words_before_the_count(r: Reading) -> str:
    """The words of a statement before its first count (缺报 of 缺报3次以上, inside the comparison too;
    全年迟报、漏报累计超过 of …超过6次的), or ""."""
    number = next((q for p in r.stmt.phrases
                   for q in ((p.step if isinstance(p, A.Step) else getattr(p, "quantity", None)),)
                   if isinstance(p, (A.Compare, A.Amount, A.Step)) and q is not None and q.unit is A.Unit.COUNT), None)
    return r.stmt.text[:number.span.start - r.stmt.span.start] if number is not None else ""


def _missing_as_done(limit: Reading, required: Decimal) -> Reading:
    """每月按时上报的得1分,缺报1次扣0.1分,缺报3次以上的本项不得分: beside steps short of 12, the
    limit counts those missing (3 or more missing: 9 done or fewer; 缺报2次 of 2: none done); read
    as the count done, a unit with all 12 lost the item."""
    cond = limit.condition
    lead = _words_before_the_count(limit)
    if cond.unit is not A.Unit.COUNT or not terminal_regex("SHORT_BEFORE").search(to_simplified(lead).strip()):
        return limit
    low = None if cond.high is None else A.Bound(required - cond.high.value, cond.high.inclusive)
    high = None if cond.low is None else A.Bound(required - cond.low.value, cond.low.inclusive)
    return replace(limit, condition=A.Interval(low, high, A.Unit.COUNT))


def _floor_above_zero(clauses, ctx: Context):
    """本项10分,每发现1处问题扣1分,最低得2分: a floor above 0 under points that deductions alone take
    from is a limit on what they take, 8 (refused before: points with no sign)."""
    at = next((i for i, c in enumerate(clauses) if len(c.phrases) == 2 and _marker(c.phrases[0], A.Marker.FLOOR_AT_SAID)
               and isinstance(c.phrases[1], A.Amount) and c.phrases[1].quantity.unit is A.Unit.POINTS), None)
    if at is None:
        return clauses
    marker, amount = clauses[at].phrases
    if amount.quantity.value == 0:  # 最低不低于0分: 扣完为止 in other words
        floor = A.MarkerPhrase(A.Marker.FLOOR, _spanning(marker.span, amount.span))
        return [*clauses[:at], replace(clauses[at], phrases=(floor,)), *clauses[at + 1:]]
    others = [p for k, c in enumerate(clauses) if k != at for p in c.phrases]
    totals = [p for p in others if isinstance(p, A.CapPhrase) and p.style is A.CapStyle.TOTAL]
    awards = [p for p in others if isinstance(p, A.Award)]
    deducts = [p for p in others if isinstance(p, A.Deduct)]
    if (len(awards) == 1 and not awards[0].bonus and awards[0].high is None
            and all(awards[0].span.end <= p.span.start for p in deducts)):
        # 达到7%的得4分;每低1个百分点扣1分,最低得1分: the deductions count down from the 4
        points = awards[0].points.value
        awards = []
    else:
        points = ctx.item_points if ctx.item_points is not None else (
            totals[0].limit.value if len(totals) == 1 else None)
    floor = clauses[at].phrases[1].quantity
    if (points is None or floor.value >= points or not deducts
            or awards or any(_is_bare_points(p) or _marker(p, A.Marker.ZERO, A.Marker.VETO)
                             for p in others)):
        return clauses
    limit = A.CapPhrase(replace(floor, value=points - floor.value), A.CapStyle.LIMIT, True,
                        _spanning(marker.span, amount.span), together=True, names_deducted=True)
    return [*clauses[:at], replace(clauses[at], phrases=(limit,)), *clauses[at + 1:]]


def _heads_the_sentence(clause: A.Clause, mod: A.CapPhrase) -> bool:
    """最多扣5分:…: a limit first in its clause, right before a colon."""
    start, end = mod.span.start - clause.span.start, mod.span.end - clause.span.start
    return not clause.text[:start].strip() and clause.text[end:].lstrip()[:1] in (":", "：")


def _no_limit_of_each_one(clause: A.Clause, mod, counted=()) -> None:
    """每逾期1个工作日扣0.1分,单笔逾期扣分不超过0.5分: a limit on each payment, which a count of
    days in all cannot say (read as the whole's, 2 payments lost 0.5 at most). 单项 after a count of
    每项 (in `counted` or the clause) is each one's too (read as the kind's, 3 items lost 1)."""
    kind = (terminal_regex("EACH_KIND_CAP").search(to_simplified(_words_up_to(clause, mod.span.start)))
            if isinstance(mod, A.CapPhrase) else None)
    each = kind is not None and any(isinstance(p, A.Per) and p.word and p.word in kind.group(0)[:2]
                                    for p in (*counted, *clause.phrases))
    if each or _limit_said_of(clause, mod, "EACH_ONE_CAP"):
        raise _Reject(error(
            "E202", f"“{_words_up_to(clause, mod.span.end)}”是每一笔(每一个、每一次)的上限,按合计的数量读不出来",
            mod.span, hint="jdscore 只读合计的上限;请按合计写,例如 本项扣分不超过2分"))


def _no_limit_of_each_kind_counted_together(statements: list, clause: A.Clause, mod) -> None:
    """迟报、漏报每次各扣1分,各项最多扣2分: a limit on each kind, where the kinds listed with 、 are
    counted together (read as one limit on them all: 3 late and 3 missing lost 2, not 4)."""
    for stmt in statements:
        first = next((p for p in stmt.phrases if isinstance(p, (A.Per, A.Deduct, A.Award, A.Step))), None)
        if first is not None and "、" in to_simplified(stmt.text[:first.span.start - stmt.span.start]):
            raise _Reject(error(
                "E202", f"“{_words_up_to(clause, mod.span.end)}”是每一类各自的上限,前面几类写在一起(、),"
                        "jdscore 读不出每一类各自的上限", mod.span,
                hint="把每一类写成一句,各带上限,例如 迟报每次扣1分,最多扣2分;漏报每次扣1分,最多扣2分"))


def _words_up_to(clause: A.Clause, end: int) -> str:
    """The words of a clause from its last comma (semicolon, stop, bracket) up to `end`."""
    return re.split("[,，;；。(（]", clause.text[:end - clause.span.start])[-1].strip()


def _share_worth(kept: list, total: A.CapPhrase, consumed: set) -> bool:
    """即时答复率满分20分,按百分比扣分 / 按完成比例计分,满分10分: a share with no points of its own
    is worth the total said beside it (before or right after it); False, and nothing changed,
    for any other phrases."""
    if not any(_marker(p, A.Marker.PROPORTIONAL) for p in kept) or any(
            isinstance(p, (A.Award, A.Deduct)) or _is_bare_points(p) for p in kept):
        return False
    consumed.add(id(total))
    kept.insert(0, A.Award(total.limit, None, total.span))
    return True


def _points_of_the_share(statements: list[Statement], mods: list, consumed: set) -> bool:
    """按完成比例计分,满分10分: the total said right after a share with no points is what all of
    it is worth, as 满分10分,按完成比例计分 (taken for the item's, a 20-point item scored half a
    task 10, its limit)."""
    return (bool(statements) and len(mods) == 1 and isinstance(mods[0], A.CapPhrase)
            and mods[0].style is A.CapStyle.TOTAL and statements[-1].separator.strip() in (",", "，")
            and _share_worth(statements[-1].phrases, mods[0], consumed))


def _no_limit_of_a_case(clause: A.Clause, phrases: list) -> None:
    """每条计1分,超额完成的最高加2分: a limit said of a case (words, then 的) gives that case points
    no clause states; read as the whole's limit, the case was dropped and 5 pieces scored 2."""
    limit = next((i for i, m in enumerate(phrases) if isinstance(m, A.CapPhrase)), None)
    if limit is None or limit < 2 or not (_marker(phrases[limit - 1], A.Marker.DE)
                                          and isinstance(phrases[limit - 2], A.Text)):
        return
    limit = phrases[limit]
    said = clause.text[:limit.span.start - clause.span.start].strip(" ,，")
    raise _Reject(error(
        "E202", f"“{said}”只写了上限,没有写这种情况怎样计分", limit.span,
        hint="写明这种情况加(扣)几分,例如 超额完成的每超1%加0.5分,最高加2分"))


def _counts_each(stmt: Statement) -> bool:
    """Awards for each one counted (每件计0.1分), nothing compared."""
    return _counted_sign(stmt) is A.Award


def _counted_sign(stmt: Statement) -> type | None:
    """A.Award for 每篇加1分, A.Deduct for 每次扣0.5分: points for each one counted, nothing
    compared or stepped; None for any other statement."""
    if not any(isinstance(p, A.Per) for p in stmt.phrases) or any(
            isinstance(p, (A.Step, A.Compare, A.Range)) for p in stmt.phrases):
        return None
    signs = {type(p) for p in stmt.phrases if isinstance(p, (A.Award, A.Deduct))}
    return signs.pop() if len(signs) == 1 else None


def _no_limit_on_some_of_a_breath(statements: list[Statement]) -> None:
    """中央级每篇加1分,省级每篇加0.5分,最高加2分;被简报采用的,每篇加0.2分: the limit ends a run
    of counts of one kind, then a ; and more: on the run, or on its last count only? (Read as the
    last one's, 2 central articles and 1 provincial scored 2.5.)"""
    for i, stmt in enumerate(statements[:-1]):
        if (_only_added_limits(stmt) and any(isinstance(p, A.Award) for s in statements[i + 1:] for p in s.phrases)
                and not any(c is d for c in stmt.caps for s in statements[i + 1:] for d in s.caps)):  # (单项: each's)
            # 中央级每篇加1分,省级每篇加0.5分,加分最高2分;被简报采用的,每篇加0.2分: does the
            # limit on what is added reach the award after it too?
            n = plain(stmt.caps[0].limit.value)
            raise _Reject(error(
                "E202", f"加分{n}分的上限之后还有加分的分句,它们是否也在这个上限之内,句子没有说清",
                stmt.caps[0].span, hint=f"都在上限之内的,把上限写在最后一处加分之后(以上加分合计最高{n}分);"
                                        "不在的,把后面的加分另写一行规则"))
    for before, stmt in zip(statements, statements[1:-1]):
        limits = [c for c in stmt.caps if isinstance(c, A.CapPhrase) and not c.together and not c.names_added
                  and c.style is not A.CapStyle.TOTAL]
        sign = _counted_sign(stmt)
        if sign is None and before.separator.strip() == "、" and not any(
                isinstance(p, (A.Step, A.Compare, A.Range, A.Deduct)) for p in stmt.phrases):
            # 每发展1名成人会员计0.02分、青少年会员计0.01分,最高计1分;…: the kind after 、 counts by
            # the 每 before it (read apart, the limit went on the young members alone)
            sign = _counted_sign(before)
        if (limits and sign is not None and _counted_sign(before) is sign and not before.caps
                and before.separator.strip() in (",", "，", "、")
                and (stmt.limit_ends or stmt.separator).strip() in (";", "；", "。")):
            n = plain(limits[0].limit.value)
            raise _Reject(error(
                "E202", f"{n}分的上限前面有几处按数量计分,它只限最后一处,还是限这几处合计,句子没有说清",
                limits[0].span, hint=f"限几处合计的,把上限写在这几处所在句子的末尾(另起一句 以上合计最多{n}分);"
                                     "只限最后一处的,把这一处单独写成一句"))


def _heading_alone(stmt: Statement) -> bool:
    """爱国卫生(5分): a name and its points before a colon, and nothing else."""
    return (stmt.separator.strip() in (":", "：") and not stmt.caps
            and any(_is_bare_points(p) for p in stmt.phrases)
            and all(isinstance(p, A.Text) or _is_bare_points(p) for p in stmt.phrases))


def _once_points(stmt: Statement) -> Decimal:
    """The points a statement gives or takes once (加3分, 扣1分: nothing counted, stepped or
    compared); 0 for any other."""
    if any(isinstance(p, (A.Per, A.Step, A.Compare, A.Range)) for p in stmt.phrases):
        return Decimal(0)
    return max((p.points.value for p in stmt.phrases if isinstance(p, (A.Award, A.Deduct)) and p.points is not None),
               default=Decimal(0))


def _piece_points(stmt: Statement) -> Decimal:
    """The points a statement gives for each one counted (每条计1分: 1); 0 for any other."""
    if not any(isinstance(p, A.Per) for p in stmt.phrases) or any(
            isinstance(p, (A.Step, A.Compare, A.Range)) for p in stmt.phrases):
        return Decimal(0)
    return max((p.points.value for p in stmt.phrases if isinstance(p, A.Award) and p.points is not None),
               default=Decimal(0))


def _given_once(stmt: Statement) -> bool:
    """Points scored for doing something, once (成立专班的得0.5分): no count, no comparison, no
    deduction; not added (获评先进的加2分,…每个加0.1分,加分最多不超过3分: all of it is added, and
    the limit is on all of it)."""
    return (any((isinstance(p, A.Award) and not p.bonus) or _is_bare_points(p) for p in stmt.phrases)
            and not any(isinstance(p, (A.Per, A.Deduct, A.Step, A.Compare, A.Range)) for p in stmt.phrases))


def _adds_only(stmt: Statement) -> bool:
    """Points added (加2分, 每篇加0.2分), and nothing given, taken or compared."""
    return (any(isinstance(p, A.Award) for p in stmt.phrases)
            and all(p.bonus for p in stmt.phrases if isinstance(p, A.Award))
            and not any(isinstance(p, (A.Deduct, A.Step, A.Compare, A.Range)) or _is_bare_points(p)
                        for p in stmt.phrases))


def _scores_nothing(stmt: Statement) -> bool:
    """查证不实的不计分: a case that scores nothing, nothing counted or compared."""
    return (any(_marker(p, A.Marker.ZERO) for p in stmt.phrases)
            and not any(isinstance(p, (A.Award, A.Deduct, A.Per, A.Step, A.Compare, A.Range)) for p in stmt.phrases))


def _only_added_limits(stmt: Statement) -> bool:
    """加分最多不超过1.5分, 加分合计最高2分: the statement's limits are all on what is added, by name."""
    return bool(stmt.caps) and all(isinstance(c, A.CapPhrase) and (c.names_added or (c.added and c.together))
                                   for c in stmt.caps)


def _awards_per_piece(statements: list[Statement]) -> bool:
    """省级媒体报道的,每篇加0.5分;被中央媒体报道的,每篇加1分,加分最高2分: awards for each piece of
    several kinds, whose limit after the last is on them all (as the item's would be). Not a
    limit of what is added after points earned (每报送1篇得1分;被采用的每篇加0.5分,最多加1分: read as
    on both, 3 pieces scored 1)."""
    if any(isinstance(c, A.CapPhrase) and c.added for c in statements[-1].caps) and not all(
            _adds_only(s) for s in statements):
        return False
    return all(_counts_each(s) for s in statements) and all(
        isinstance(c, A.CapPhrase) and not c.on_deductions for c in statements[-1].caps)


def _floor_as_zero(clauses: list[A.Clause], consumed: set, separator: str = "") -> Statement:
    """The clauses as one statement whose 扣完为止 is its outcome: the item's points all go."""
    joined, text, span = _join(clauses)
    floors = {id(p) for p in joined if _marker(p, A.Marker.FLOOR)}
    consumed.update(floors)
    phrases = [A.MarkerPhrase(A.Marker.ZERO, p.span) if id(p) in floors else p for p in joined]
    return Statement(phrases, text, span, [], separator)


def _join(clauses: list[A.Clause]) -> tuple[list, str, Span]:
    phrases = [p for c in clauses for p in c.phrases]
    # the blanks between clauses are kept, so that an offset in the span is one in the text
    text = "".join(c.text + c.separator.ljust(n.span.start - c.span.end) for c, n in zip(clauses, clauses[1:]))
    text += clauses[-1].text
    return phrases, text, _spanning(clauses[0].span, clauses[-1].span)


def _spanning(first: Span, last: Span) -> Span:
    """From the start of `first` to the end of `last`."""
    return Span(first.file, first.line, first.column, last.end_line, last.end_column, first.start, last.end)


def _sub_span(span: Span, start: int, end: int) -> Span:
    """Part of a one-line span, by offsets into the source."""
    return Span(span.file, span.line, span.column + (start - span.start), span.line,
                span.column + (end - span.start), start, end)


def _cut(p: A.Text) -> int | None:
    """Where a text between two scoring parts separates them: at its 、 or its opening (; right
    after the ) that closes the points before, at the word joining the parts (机构(2分)和网络(1分))."""
    closed = len(p.text) - len(p.text.lstrip(")）] \t\u3000"))
    if 0 < closed < len(p.text) and terminal_regex("KIND_JOIN").match(to_simplified(p.text[closed])):
        return closed
    if re.fullmatch(r"[)）][ \t\u3000]*[\u4e00-\u9fff]{1,4}[ \t\u3000]*[(（]", p.text.strip()):
        return 0  # 优(4分)良(3分): the ) closes the points before; the words after it are the next part's
    for mark in ("、", "(", "（", ":", "："):
        if mark in p.text:
            return p.text.index(mark)
    return None


def _suffix_of_points(clause: A.Clause, phrases, i: int) -> bool:
    """扣2分/项, 扣5分件: the unit of counting written right after the points is theirs, never
    the start of the next part."""
    p, before = phrases[i], phrases[i - 1] if i else None
    if not isinstance(p, A.Per) or not (isinstance(before, (A.Deduct, A.Award)) or _is_bare_points(before)):
        return False
    between = clause.text[before.span.end - clause.span.start:p.span.start - clause.span.start]
    written = clause.text[p.span.start - clause.span.start:p.span.end - clause.span.start]
    if between.strip() or any(terminal_regex(t).match(written) for t in ("PER", "PER_FULL", "PER_BY", "PER_DONE")):
        return False  # (计10分每小项…: a 每 starts the next part)
    return written[:1] in "/／" or p.span.start == before.span.end


def _starts_a_cell(text: str) -> bool:
    """极限限位器…: words right after the points that begin something of their own (not 的…,
    以上, 为止, /处 or a note in brackets)."""
    return bool(re.match(r"[\u4e00-\u9fff]", text)) and not terminal_regex("CELL_GLUE").match(to_simplified(text))


def _gives_points(p) -> bool:
    return isinstance(p, (A.Award, A.Deduct, A.Listed, A.Each)) or _is_bare_points(p) or \
        _marker(p, A.Marker.ZERO, A.Marker.FULL_PTS)


def _limits_of_the_other_side(statements: list[Statement], modifiers: list) -> None:
    """…每次加1分;…每次扣2分,加分最高3分: 加分 named after a statement that only takes (扣分最多 after one
    that only gives) limits the other side, the sentence's (read as that statement's own, the
    awards before it had none)."""
    for stmt in statements:
        gives = any(isinstance(p, A.Award) for p in stmt.phrases)
        takes = any(isinstance(p, A.Deduct) for p in stmt.phrases)
        other = [c for c in stmt.caps if isinstance(c, A.CapPhrase)
                 and ((c.names_added and takes and not gives) or (c.names_deducted and gives and not takes))]
        if other and len(statements) > 1:
            stmt.caps = [c for c in stmt.caps if not any(c is o for o in other)]
            modifiers.extend(other)


def _heading_apart(clause: A.Clause, counted: bool, awarded_next: bool, scored_next: bool) -> list[A.Clause]:
    """河湖长巡河(3分):县级河长每季度巡河不少于1次: a heading's points and its colon, then the
    words of a requirement with no points of their own: the points are the heading's, never what
    the requirement earns (read so, one patrol earned all 3 and the missing ones were not taken).
    Where nothing in the sentence is `counted`, only a condition ending in 的 is cut off; where
    something is, a condition ending in 的 only when points of its own follow (`awarded_next`:
    …建立台账的,得1分; 发生…事故的,每起扣3分 stays the heading's, what its points count down by)."""
    phrases = list(clause.phrases)
    at = next((i for i, p in enumerate(phrases) if not isinstance(p, A.Text)), None)
    if at is None or not _is_bare_points(phrases[at]) or at + 1 >= len(phrases):
        return [clause]
    after = phrases[at + 1]
    colon = re.match(r"[ \t\u3000]*[)）]?[ \t\u3000]*[:：]", after.text) if isinstance(after, A.Text) else None
    rest = phrases[at + 2:]
    # (物业管理机构建设(3分):街道明确分管领导的,得1分: a condition whose points follow the comma,
    # counted or not)
    conditional = bool(rest) and _marker(rest[-1], A.Marker.DE)
    opening = at == 1 and isinstance(phrases[0], A.Text) and phrases[0].text.strip() in ("(", "（")
    closed = re.match(r"[ \t\u3000]*[)）]", after.text) if opening and isinstance(after, A.Text) else None
    if (colon is None and closed is not None and conditional and scored_next
            and not any(_gives_points(p) for p in rest)):
        # (5分)未完成年度目标任务的,得该项分值的60%: points in brackets leading the cell, then the
        # case the next clause scores: the heading's, or what is met otherwise? (read as what the
        # case earns, 未完成 took the 5 and the 3 besides); as after a heading's colon, refused
        points = plain(phrases[at].quantity.value)
        raise _Reject(error(
            "E202", f"开头括号里的{points}分是本项的分值,还是另一项得分,句子没有说清", phrases[at].span,
            hint=f"把{points}分写在分组上(项目 \"…\" {points}分 {{ … }}),后面的情形写成规则,"
                 "并写明做到时得多少分"))
    if (colon is None or not rest or any(_gives_points(p) for p in rest)
            or not ((conditional and (not counted or awarded_next))
                    or (counted and not all(_is_filler(p) for p in rest)))):
        return [clause]
    cut = after.span.start + colon.end()
    closing = after.text[:colon.end() - 1]  # the ) of (3分), kept with the heading
    head = phrases[:at + 1] + ([A.Text(closing, _sub_span(after.span, after.span.start, cut - 1))] if closing else [])
    tail = ([A.Text(after.text[colon.end():], _sub_span(after.span, cut, after.span.end))]
            if after.text[colon.end():] else []) + rest

    return [_piece_of(clause, head, after.text[colon.end() - 1]), _piece_of(clause, tail, clause.separator)]


def _scores_first(clauses: list[A.Clause]) -> bool:
    """得3分, 扣2分, 不得分, 得该项分值的60%: a clause that begins with what it scores."""
    first = _first_phrase(clauses[0]) if clauses else None
    return first is not None and _is_outcome(first)


def _awards_plainly(clauses: list[A.Clause]) -> bool:
    """得1分: a clause that gives points and counts nothing."""
    return bool(clauses) and any(isinstance(p, A.Award) for p in clauses[0].phrases) and not any(
        isinstance(p, (A.Per, A.Step)) for p in clauses[0].phrases)


def _piece_of(clause: A.Clause, piece: list, separator: str) -> A.Clause:
    """The phrases of a piece cut from a clause, as a clause of their own ending in `separator`."""
    first, last = piece[0].span, piece[-1].span
    return A.Clause(tuple(piece), clause.text[first.start - clause.span.start:last.end - clause.span.start],
                    _spanning(first, last), separator)


def _split_at_enumeration(clause: A.Clause) -> list[A.Clause]:
    """中央媒体每篇计3分、省级媒体每篇计1分: a 、 between two scoring parts of one clause
    separates two clauses; so does the ( of a note that scores on its own: 得分2分(未建立不得分)."""
    phrases = list(clause.phrases)
    _no_deduction_past_nothing(phrases)
    outcomes = [i for i, p in enumerate(phrases) if _gives_points(p) and not _full_marks_in_brackets(phrases, i)]
    if len(outcomes) < 2:
        return [clause]
    pieces: list[list] = [[]]
    marks: list[str] = []  # what ends each piece: its 、 or the ( of a note
    seen_outcome = after_bare = False
    for i, p in enumerate(phrases):
        later = next((phrases[o] for o in outcomes if o > i), None) if after_bare else None
        if isinstance(p, (A.Text, A.Amount)) and (
                isinstance(later, (A.Deduct, A.Award)) or _marker(later, A.Marker.ZERO)):
            # 按时就寝(6分)通宵上网一人次扣1分, 按要求报送(3分)未报送不得分: printed points, then
            # the words of the next part
            closing = len(p.text) - len(p.text.lstrip(")）] 　")) if isinstance(p, A.Text) else 0
            if closing:  # the ) of (6分) stays with the points
                pieces[-1].append(A.Text(p.text[:closing], _sub_span(p.span, p.span.start, p.span.start + closing)))
                p = A.Text(p.text[closing:], _sub_span(p.span, p.span.start + closing, p.span.end))
            marks.append("、")
            pieces.append([])
            seen_outcome = after_bare = False
        cut_at = _cut(p) if seen_outcome and isinstance(p, A.Text) and any(o > i for o in outcomes) else None
        if cut_at is not None and p.span.line == p.span.end_line:
            cut = cut_at
            before, after = p.text[:cut], p.text[cut + 1:]
            if before:
                pieces[-1].append(A.Text(before, _sub_span(p.span, p.span.start, p.span.start + cut)))
            marks.append(p.text[cut])
            pieces.append([])
            if after:
                start = p.span.start + cut + 1
                pieces[-1].append(A.Text(after, _sub_span(p.span, start, p.span.end)))
            seen_outcome = False
            continue
        if (seen_outcome and i and (isinstance(phrases[i - 1], (A.Deduct, A.Award)) or _marker(phrases[i - 1], A.Marker.ZERO))
                and any(o > i for o in outcomes)
                and (_marker(p, A.Marker.NEG) or (isinstance(p, A.Text) and _starts_a_cell(p.text)))):
            # 不灵敏扣10分未安装上限位开关…扣10分: table cells pasted with nothing between them;
            # the words after the points are the next cell's (a blank, as between cells, not a
            # comma: the next cell is no more of the same count)
            marks.append(" ")
            pieces.append([])
            seen_outcome = False
        if seen_outcome and _marker(p, A.Marker.ELSE) and any(o > i for o in outcomes):
            marks.append("，")  # 得1分否则不得分: 否则 starts the other answer
            pieces.append([])
            seen_outcome = False
        if (seen_outcome and isinstance(p, (A.Step, A.Per, A.Deduct, A.Award)) and any(o >= i for o in outcomes)
                and not _suffix_of_points(clause, phrases, i)):
            marks.append("、")
            pieces.append([])  # (5分)缺一项扣2分: the points, then a new part
            seen_outcome = False
        pieces[-1].append(p)
        if _gives_points(p):
            seen_outcome = True
            after_bare = _is_bare_points(p) and any(o > i for o in outcomes)
    if len(pieces) == 1:
        return [clause]
    marks.append(clause.separator)
    kept = [(piece, mark) for piece, mark in zip(pieces, marks) if piece]
    return [_piece_of(clause, piece, mark if n < len(kept) - 1 else clause.separator)
            for n, (piece, mark) in enumerate(kept)]


def _no_deduction_past_nothing(phrases) -> None:
    """不满意的不得分并扣1分: nothing, and points taken besides, in one breath: below the item's 0
    (read apart, the 扣1分 was a yes/no with no words of its own)."""
    for i, p in enumerate(phrases[:-1]):
        if not _marker(p, A.Marker.ZERO):
            continue
        k = i + 1
        while k < len(phrases) and (_marker(phrases[k], A.Marker.ALSO) or (
                isinstance(phrases[k], A.Text) and len(phrases[k].text.strip()) <= 2)):
            k += 1
        taken = phrases[k] if k < len(phrases) else None
        # (答错不得分也不扣分: nothing either way)
        if k > i + 1 and isinstance(taken, A.Deduct) and taken.points is not None and taken.points.value > 0:
            raise _Reject(error(
                "E202", "不得分之后又扣分,是要扣到本项的0分以下,一个分句里读不出", _spanning(p.span, taken.span),
                hint="把另扣的分写成单独的一行扣分规则(减分项),本项只写不得分"))


def _full_marks_in_brackets(phrases, i: int) -> bool:
    """达98%得满分(8分): the points in brackets are what the full marks are, as in 得满分8分 (apart,
    a second part, the 8 broke the shortfall after it in two)."""
    return (i >= 2 and _marker(phrases[i - 2], A.Marker.FULL_PTS) and _bracketed_points(phrases[i - 1:i + 2]))


@dataclass
class _Split:
    statements: list[Statement]
    modifiers: list            # CapPhrase / FloorCap / FLOOR markers for the whole sentence
    scoped: bool               # 此项 / 两项合计: a cap on the whole sentence
    trailing: list[A.Clause]   # clauses after the last statement that state no points
    consumed: set = field(default_factory=set)  # ids of phrases read here: (10分), 扣完此项分数


def _late_within(phrases: list, consumed: set) -> list:
    """逾期1个月内完成的扣1分: late by a month at most, a condition (a step would count every month)."""
    out = list(phrases)
    for i, p in enumerate(out[:-1]):
        nxt = out[i + 1]
        if (isinstance(p, A.Step) and p.kind is A.StepKind.LATE and not p.each and isinstance(nxt, A.Text)
                and terminal_regex("WITHIN_TIME").match(to_simplified(nxt.text))):
            consumed.add(id(p))
            out[i] = A.Compare((A.CmpWord.LE_POST,), p.step, p.span)
    return out


def _after_brackets(phrases, i: int) -> str | None:
    """(200吨)以内, (90分)以上: the words after the ) when the amount at phrases[i] stands alone in
    brackets; None otherwise."""
    p = phrases[i]
    nxt = phrases[i + 1] if i + 1 < len(phrases) else None
    if not (isinstance(p, A.Amount) and isinstance(nxt, A.Text) and nxt.text.lstrip()[:1] in (")", "）")
            and i > 0 and isinstance(phrases[i - 1], A.Text) and phrases[i - 1].text.rstrip()[-1:] in ("(", "（")):
        return None
    return nxt.text.lstrip()[1:].lstrip()


def _bound_in_brackets(phrases: list, consumed: set) -> list:
    """控制在核定量(200吨)以内: the number in brackets, then the word that makes it a bound (read
    alone, the 200 described the yes/no and the limit was lost)."""
    out = list(phrases)
    for i, p in enumerate(out[:-1]):
        after = _after_brackets(out, i)
        if after is None or _is_bare_points(p):
            continue
        word = next((w for w in (A.CmpWord.LE_POST, A.CmpWord.GE_POST, A.CmpWord.GT_POST)
                     if terminal_regex(w.value).match(after)), None)
        if word is not None:
            consumed.add(id(p))
            out[i] = A.Compare((word,), p.quantity, p.span)
    return out


def _places_in_a_range(phrases: list, consumed: set, ranked: bool = False) -> list:
    """第1至3名得3分, 排名1-5名的 (第 left out): places 1 to 3 (read alone, a count of 1 to 3 名;
    with points listed for them, counted per each). `ranked`: a clause before named places
    (排名前三位的得5分,4-6位得3分,7位以后得1分), so places need no words before them."""
    out = list(phrases)
    lead = terminal_regex("RANK_LEAD")
    place = terminal_regex("PLACE_UNIT")
    for i, p in enumerate(out):
        nxt = out[i + 1] if i + 1 < len(out) else None
        if (ranked and isinstance(p, A.Amount) and p.quantity.unit is A.Unit.COUNT
                and place.fullmatch(to_simplified(p.quantity.word)) and isinstance(nxt, A.Text)
                and terminal_regex("RANK_ONWARD").match(to_simplified(nxt.text))):
            out[i] = A.RankPhrase(A.RankFrom.ONWARD, p.quantity, False, p.span)
            consumed.add(id(p))
            continue
        before = to_simplified(out[i - 1].text) if i > 0 and isinstance(out[i - 1], A.Text) else None
        if (isinstance(p, A.Range) and p.high.unit is A.Unit.COUNT and (before is not None or (ranked and i == 0))
                and ((before is not None and terminal_regex("RANK_ORD").search(before[-1:] + "1" + p.high.word))
                     or ((ranked or lead.search(before or "")) and place.fullmatch(to_simplified(p.high.word))))):
            # (倒数第2至3名: from the last)
            bottom = terminal_regex("RANK_BOTTOM_NTH").search((before or "")[-3:] + "1" + p.high.word)
            out[i] = A.RankPhrase(A.RankFrom.BOTTOM if bottom else A.RankFrom.NTH, p.high, False, p.span, start=p.low)
            consumed.add(id(p))
    return out


def _step_after_its_start(phrases: list, consumed: set) -> list:
    """覆盖率每低于100%一个百分点扣0.2分: the number after 每低于 is where the steps start, and
    the one after it each step's size (read as written, the steps were 100% each, from 1%)
    (每低于100%的1个百分点, 每低于92%的目标值1个百分点: a few words between them too)"""
    out = list(phrases)
    for i, p in enumerate(out[:-1]):
        if not (isinstance(p, A.Step) and p.kind in (A.StepKind.SHORT, A.StepKind.EXCESS)
                and p.step.unit is A.Unit.PERCENT):
            continue
        j = i + 1
        while j < len(out) - 1 and (_marker(out[j], A.Marker.DE) or isinstance(out[j], A.Text)):
            j += 1
        nxt, between = out[j], "".join(q.text if isinstance(q, A.Text) else "的" for q in out[i + 1:j])
        # (每超过0.3%一个百分点: the step said in 百分点 after a mark in %, whichever is larger)
        in_points = isinstance(nxt, A.Amount) and terminal_regex("PCT_POINT").fullmatch(to_simplified(nxt.quantity.word or "")) \
            and not terminal_regex("PCT_POINT").fullmatch(to_simplified(p.step.word or ""))
        if (isinstance(nxt, A.Amount) and nxt.quantity.unit is A.Unit.PERCENT
                and (nxt.quantity.value < p.step.value or in_points)
                and len(between) <= 6 and not re.search(r"[,，;；。、\s]", between)):
            consumed.update((id(p), id(nxt)))
            out[i:j + 1] = [A.Amount(p.step, p.step.span), *out[i + 1:j], A.Step(p.kind, nxt.quantity, nxt.span)]
    return out


def _steps_from_points_given(clauses, consumed: set) -> list:
    """达到50个得5分,在5分基础上每增加1个加0.1分: the points the clause before gave, named again
    as where the steps start; read alone, they were points of their own (5 more at 50)."""
    given, out = None, []
    for clause in clauses:
        phrases = list(clause.phrases)
        for i, p in enumerate(phrases):
            nxt = phrases[i + 1] if i + 1 < len(phrases) else None
            if (_is_bare_points(p) and isinstance(nxt, A.Text)
                    and terminal_regex("ON_POINTS_GIVEN").match(to_simplified(nxt.text))):
                if given is None or given != p.quantity.value:
                    raise _Reject(error(
                        "E202", f"“在{plain(p.quantity.value)}分基础上”的{plain(p.quantity.value)}分不是前一句给出的分数,"
                                "读不出逐步计分从哪里起算", p.span,
                        hint=f"写成 …得{plain(p.quantity.value)}分,每增加1个加0.1分"))
                phrases[i] = A.Text("", p.span)  # (said before: nothing more to read)
                consumed.add(id(p))
            elif isinstance(p, (A.Award, A.Deduct)) and p.points is not None:
                given = p.points.value if isinstance(p, A.Award) else None
        out.append(replace(clause, phrases=tuple(phrases)))
    return out


def _limits_above_the_base(statements: list[Statement], modifiers: list) -> None:
    """基础分100分,…每个问题扣2分;…每次加3分,加分后总分不超过110分: a limit above the points the
    sentence starts from, not said of what is added (最高加10分), is on the whole sentence (on the
    award alone, the 110 could never be reached)."""
    base = next((m.limit.value for m in modifiers
                 if isinstance(m, A.CapPhrase) and m.style is A.CapStyle.BASE), None)
    if base is None:
        return
    for stmt in statements:
        above = [c for c in stmt.caps if isinstance(c, A.CapPhrase)
                 and c.style in (A.CapStyle.LIMIT, A.CapStyle.TOPPED) and c.limit.value > base
                 and not (c.added or c.names_added or c.on_deductions or c.names_deducted)]
        modifiers.extend(above)
        stmt.caps = [c for c in stmt.caps if not any(c is a for a in above)]


def _base_after_counted_awards(statements: list[Statement], modifiers: list) -> None:
    """每完成1个项目得10分,基本分50分: after awards counted, and with nothing taken, is the 50 where
    the awards start, or what five projects make? (read as the start, none done scored 50)"""
    base = next((m for m in [*modifiers, *(c for s in statements for c in s.caps)]
                 if isinstance(m, A.CapPhrase) and m.style is A.CapStyle.BASE), None)
    if base is None:
        return
    phrases = [p for s in statements for p in s.phrases]
    counted = any(isinstance(p, A.Per) for p in phrases if p.span.end <= base.span.start) and any(
        isinstance(p, A.Award) for p in phrases if p.span.end <= base.span.start)
    if counted and not any(isinstance(p, A.Deduct) for p in phrases):
        raise _Reject(error("E202", f"“基本分{plain(base.limit.value)}分”写在按数量计分之后,是计分的起点,"
                                    "还是完成一定数量时的分值,句子没有说清", base.span,
                            hint=f"起点的写在句首: 基本分{plain(base.limit.value)}分,每完成1个项目加10分;"
                                 "否则把基本分写成本项分值"))


def split_statements(clauses) -> _Split:
    statements: list[Statement] = []
    pending: list[A.Clause] = []
    modifiers: list = []
    scoped = False
    consumed: set = set()
    clauses = _steps_from_points_given(clauses, consumed)
    total_before = None  # 即时答复率满分20分, (a clause of the points alone, then a comma)
    closing: list = []  # sentence-wide limits that close a run of statements before a ;
    opened = False  # the clause before ended at the ( of a note: 扣0.5分(4分)
    # (合同代管10分:签定率达100%…,达不到标准不计分: with nothing counted after, the heading's
    # points are what the requirement earns)
    counted = any(isinstance(p, (A.Step, A.Per)) for c in clauses for p in c.phrases)
    numbered = sum(c.labelled for c in clauses) >= 2  # (1.…;2.…;3.…: a numbered list of parts)
    listed = [c for whole in clauses for c in _split_at_enumeration(whole)]
    _no_next_years_points(listed)
    for clause in (h for i, c in enumerate(listed)
                   for h in _heading_apart(c, counted, _awards_plainly(listed[i + 1:i + 2]), _scores_first(listed[i + 1:i + 2]))):
        phrases = list(clause.phrases)
        points_of_part, total_before = total_before, None
        # one pass over the phrases: this runs for every clause of a rubric
        mods, outcomes, symbols = [], [], False
        for p in phrases:
            if isinstance(p, A.MarkerPhrase) and p.marker in _SCOPE_MARKERS:
                scoped = True
            if _is_modifier(p):
                mods.append(p)
            elif _is_outcome(p):
                outcomes.append(p)
            symbols = symbols or isinstance(p, A.OpSymbol)
        # 最多扣5分:未制定计划的扣2分;…每名扣0.5分: a limit heading the sentence, before a colon, is on
        # all of it (read as the first clause's own, 12 absent lost 6 beside the 2)
        heading = [m for m in mods if isinstance(m, A.CapPhrase) and not pending and not statements
                   and _heads_the_sentence(clause, m)]
        if heading:
            modifiers.extend(heading)
            mods = [m for m in mods if not any(m is h for h in heading)]
            phrases = [p for p in phrases if not any(p is h for h in heading)]
            clause = replace(clause, phrases=tuple(phrases))
        compared = _symbol_compared(phrases) if symbols else set()
        printed = _points_printed_after_a_limit(phrases, mods, outcomes) if statements and not pending else None
        if printed is not None:
            # 每少1次扣0.5分,扣满2分为止(2分): the limit, then the item's points in brackets
            _as_item_total(printed, printed.span, modifiers, consumed)
            phrases, outcomes = [p for p in phrases if p is not printed], []
            clause = replace(clause, phrases=tuple(phrases))
        # (only after points: 办法(2分)并有记录(1分) gives points part by part; 建立台账的得2分(2分)
        # prints the item's points after its award, read apart a yes/no with no words of its own)
        opened, was_opened = clause.separator in ("(", "（") and any(
            isinstance(o, (A.Deduct, A.Award)) or _marker(o, A.Marker.ZERO) for o in outcomes), opened
        # (…每缺1人扣0.5分,以本项分值为限。(2分): a limit that is the item's points, before them)
        if (_printed_points(clause, outcomes, was_opened) and statements
                and (not pending or _the_items_limit_alone(pending)
                     or _words_after_the_parts(pending, statements, outcomes[0]))):
            # 少1人档扣1分。(10分): the item's points printed after its rule
            _as_item_total(outcomes[0], clause.span, modifiers, consumed)
            pending = []
        elif any(id(p) not in compared for p in outcomes):
            if (clause.separator and not clause.separator.strip() and len(outcomes) == 1
                    and _is_bare_points(outcomes[0]) and all(_is_filler(p) or p is outcomes[0] for p in phrases)):
                # 。 2 分 缺席 1 次扣 0.5 分: a table's points cell, then its rule's cell, in one breath
                clause = replace(clause, separator="，")
            joined, text, span = _join(pending + [clause])
            kept = _step_after_its_start(_late_within([p for p in joined if not _is_modifier(p)], consumed), consumed)
            ranked = any(isinstance(q, A.RankPhrase) for before in statements for q in before.phrases)
            kept = _bound_in_brackets(_places_in_a_range(kept, consumed, ranked), consumed)
            if points_of_part is not None and not pending and _share_worth(kept, points_of_part, consumed):
                # 即时答复率满分20分,按百分比扣分;限时办结率满分20分,…: each part's own points
                modifiers.remove(points_of_part)
            for mod in mods:  # (…扣2分(单户最多扣2分): in the clause's own brackets too)
                _no_limit_of_each_one(clause, mod)
            statements.append(Statement(kept, text, span, mods, clause.separator))
            pending = []
        elif (statements and not outcomes and len(mods) == 1 and _marker(mods[0], A.Marker.FLOOR)
              and phrases[-1] is mods[0] and any(_marker(p, A.Marker.NEG) or (
                  isinstance(p, A.Amount) and p.quantity.unit is A.Unit.COUNT) for p in phrases)):
            # 没有巡逻一次扣3分,3次不巡逻扣完此项分数: a case of its own, after the deductions, that
            # loses every point (read as their floor, its 3次 were left unread)
            statements.append(_floor_as_zero(pending + [clause], consumed, clause.separator))
            pending = []
        elif (mods and pending and all(_marker(m, A.Marker.FLOOR) for m in mods)
              and all(_is_filler(p) or _is_modifier(p) for p in phrases)
              and any(_marker(p, A.Marker.NEG) for c in pending for p in c.phrases)
              # (被约谈的,取消评先评优资格。本项3分,扣完为止: the failing has its consequence, no points;
              # read as the failing's, a unit with one talk lost the item)
              and not any(terminal_regex("CONSEQUENCE_SAID").search(to_simplified(c.text)) for c in pending)):
            # 单项基准2分,不符合要求,该单项基准分扣完为止: the failing loses every point
            statements.append(_floor_as_zero(pending + [clause], consumed, clause.separator))
            pending = []
        elif mods and all(_is_filler(p) or _is_modifier(p) for p in phrases):
            _no_limit_of_a_case(clause, phrases)
            counted_as = next((m for m in mods if isinstance(m, A.CapPhrase) and m.style is A.CapStyle.AS), None)
            if (pending and pending[-1].phrases and _marker(pending[-1].phrases[-1], A.Marker.DE)
                    and counted_as is not None):
                # 优秀的,按10分计;称职的,按8分计: a case's points said as what it counts as (read as
                # limits beside one yes/no: 优秀 and 称职 both scored 0)
                said = pending[-1].text.strip(" ,，")
                raise _Reject(error(
                    "E202", f"“{said}”后面的“{clause.text.strip(' ,，;；。')}”是这种情况得的分,还是上限,句子没有说清",
                    clause.span, hint=f"得分的写成 {said},计{plain(counted_as.limit.value)}分"))
            if _points_of_the_share(statements, mods, consumed):
                continue
            for mod in mods:
                if statements:
                    _no_limit_of_each_one(clause, mod, [p for stmt in statements for p in stmt.phrases])
                if statements and _limit_said_of(clause, mod, "EACH_KIND_CAP"):
                    if _limit_said_of(clause, mod, "LIMIT_OF_ALL") and not _limit_said_of(clause, mod, "SUMMED", own_words=True):
                        # 以上各项最多扣3分: the items above in all, or each of them? (read as each's;
                        # 以上各项扣分累计不超过3分 sums them)
                        raise _Reject(error(
                            "E202", f"“{clause.text.strip('，,;；。 ')}”是以上几项一共的上限,还是每一项各自的上限,"
                                    "句子没有说清", clause.span,
                            hint="一共的写成 以上各项扣分累计不超过3分;各自的写成 每项最多扣3分"))
                    _no_limit_of_each_kind_counted_together(statements, clause, mod)
                    for stmt in statements:
                        stmt.caps.append(mod)
                    continue
                whole = (scoped or not statements or _marker(mod, A.Marker.FLOOR)
                         # …每个扣5分;20分扣完为止: after a ; the pool of them all (扣0.5分,扣满4分为止: its own)
                         or (isinstance(mod, (A.FloorCap, A.CapPhrase)) and not _same_breath(statements[-1]))
                         or (isinstance(mod, A.CapPhrase) and mod.style is A.CapStyle.TOTAL)
                         or (_names_all_taken(mod) and _deducts_across_breaths(statements, mod.limit.value))
                         or (isinstance(mod, A.CapPhrase) and mod.names_added and _awards_in_one_breath(statements)))
                if (whole and isinstance(mod, A.CapPhrase) and not mod.together and len(statements) > 1
                        and _limit_named_of_the_last(clause, mod, statements)):
                    # …;…每逾期1天扣0.1分,逾期扣分最多不超过1分: the lateness named, the last clause's (read as
                    # the sentence's, 2 items missing and 20 days late lost 1 in all)
                    whole = False
                if (whole and numbered and statements and not clause.labelled and not _marker(mod, A.Marker.FLOOR)
                        and statements[-1].separator.strip() in (",", "，")  # (…每起扣2分。最高扣5分: all of them)
                        and (isinstance(mod, A.FloorCap) or (isinstance(mod, A.CapPhrase) and not mod.together
                                                              and mod.style in (A.CapStyle.LIMIT, A.CapStyle.TOPPED)))
                        and not terminal_regex("WHOLE_LIST_SAID").search(to_simplified(clause.text))):
                    # 1.…扣2分;2.…扣1分;3.…每逾期1天扣0.1分,最多扣1分 (三是…,此项最多扣1.5分): the part's own
                    # limit (read as the list's, both failings and 3 days late lost 1 in all)
                    whole = False
                if (whole and scoped and isinstance(mod, A.CapPhrase) and mod.on_deductions and statements
                        and mod.style is A.CapStyle.LIMIT and not mod.together
                        and any(isinstance(p, A.Per) for p in statements[-1].phrases)
                        and _taken_past_the_limit(statements[:-1], [mod])):
                    # 未…开展大检查的扣2分;…每有1处未整改扣0.3分,此项最多扣1.5分: the 2 could never be
                    # taken under the 1.5, so the limit is the counted clause's (read as the whole's,
                    # 10 dangers and no check lost 1.5)
                    whole = False
                if (not whole and not numbered and isinstance(mod, A.CapPhrase) and mod.on_deductions and not mod.together
                        and mod.style in (A.CapStyle.LIMIT, A.CapStyle.TOPPED)
                        and not (len(statements) > 1 and _limit_named_of_the_last(clause, mod, statements))
                        and _deducts_across_breaths(statements, mod.limit.value)
                        # (未公示的扣1分;…每件扣0.5分,最高扣2分: a flat deduction before is no part of it,
                        # nor steps short of a rate: 不低于98%的得3分,每降低1个百分点扣0.5分;…最多扣1分)
                        # (…每少拆除一处扣0.2分;…每处扣1分,最多扣4分: a count short, as counted as 每处;
                        # 合格率低于90%的,每低1个百分点扣0.2分,最多扣1分 after a count: the rate's own)
                        and not _steps_of_a_measure(statements[-1])
                        and any(_counts(s) for s in statements[:-1] if not _same_breath(s, own_limit=False))):
                    # …每次扣0.5分;…每处扣0.3分,最多扣3分: the last clause's, or both? Readers take it
                    # either way (read as the last clause's, 4 and 5 lost 3.5)
                    n = plain(mod.limit.value)
                    raise _Reject(error(
                        "E202", f"最多扣{n}分写在分号(句号)之后的分句末尾,它只限这一处,还是限前面几处扣分合计,句子没有说清",
                        mod.span, hint=f"限合计的,写成 扣分累计不超过{n}分;只限这一处的,把这一处单独写成一行规则"))
                (modifiers if whole else statements[-1].caps).append(mod)
                if (whole and statements and isinstance(mod, A.CapPhrase)
                        and mod.style in (A.CapStyle.LIMIT, A.CapStyle.TOTAL)
                        and not (mod.on_deductions or mod.together or mod.added)
                        and clause.separator.strip() in (";", "；")):
                    closing.append((mod, len(statements)))
                if statements and (not whole or _same_breath(statements[-1], own_limit=False)):
                    # (每发现1户扣1分,扣完为止;未建立名册的扣5分: the ; after the limit closes the breath,
                    # whichever points the limit holds)
                    statements[-1].limit_ends = clause.separator
            if (len(mods) == 1 and isinstance(mods[0], A.CapPhrase) and mods[0].style is A.CapStyle.TOTAL
                    and mods[0] in modifiers and clause.separator.strip() in (",", "，")):
                total_before = mods[0]
        elif (pending and not outcomes and all(_is_filler(p) for p in phrases)
              and clause.separator.strip() in ("", ";", "；", "。")  # (…的,定为不称职,本项不得分: the case goes on)
              and _only_a_consequence(clause)
              # (…后三位的,本项得分减半,并约谈…: the case scores after all)
              and not any(isinstance(p, A.MarkerPhrase) and _significant(p) for c in pending for p in c.phrases)):
            # 满意率低于80%的,对分管领导进行约谈: a case whose consequence is no points, no rule of the item
            # (its 80% was left unread, and the sentence refused)
            consumed.update(id(p) for c in pending for p in c.phrases)
            pending = []
        elif (statements and not pending and not outcomes and all(_is_filler(p) for p in phrases)
              and clause.separator.strip() in ("", "。") and _only_a_consequence(clause)):
            # …本项不得分,并取消年度评先评优资格。(5分): a consequence of the case before, no points (read
            # with the points after it, they were its own, neither given nor taken)
            consumed.update(id(p) for p in phrases)
        else:
            pending.append(clause)
    _no_total_of_each_part(statements, modifiers, numbered)
    cut = []
    for stmt in statements:
        parts, points = _each_requirement_or_nothing(stmt)
        if len(parts) == 1:
            parts = _one_shortfall_each(stmt, consumed)
        if len(parts) > 1:  # 每少一次扣2分,最多扣10分: the limit is on them all together
            modifiers.extend(stmt.caps)
        cut.extend(parts)
        if points is not None:  # (20分): the item's points, printed among them
            _as_item_total(points, points.span, modifiers, consumed)
    statements = _printed_total_of_counted_awards(cut, modifiers, consumed)
    statements = _points_printed_first(statements, modifiers, consumed)
    if len(statements) > 1 and statements[0].caps and all(
            isinstance(c, A.CapPhrase) and c.style is A.CapStyle.BASE for c in statements[0].caps) and not any(
            isinstance(p, (A.Award, A.Deduct, A.Per, A.Step, A.Compare, A.Range)) for p in statements[0].phrases):
        # 公共文化服务(10分):基础分6分;…加2分…;…扣5分: the base after a heading's points starts the
        # whole sentence, as it does said alone (kept the heading's, a limit after it was taken for
        # that statement's)
        modifiers.extend(statements[0].caps)
        statements[0].caps = []
    last = statements[-1] if statements else None
    base = any(isinstance(m, A.CapPhrase) and m.style is A.CapStyle.BASE for m in modifiers)
    _base_after_counted_awards(statements, modifiers)
    together = [c for c in last.caps if isinstance(c, A.CapPhrase) and c.together] if last is not None else []
    _no_limit_of_a_run_within(statements, clauses)
    if len(statements) > 1 and together:
        _limit_names_all(statements, clauses, together[0])
    if len(statements) > 1 and together and not _taken_past_the_limit(statements[:-1], together):
        # …每人次扣1分;…每人次扣3分,扣分累计不超过6分: on them all, after a ; too
        bare = next((c for c in last.caps if isinstance(c, A.CapPhrase) and c.together and not c.on_deductions
                     and not c.added), None)  # (not 扣分累计, 加分累计: what is limited is said)
        # (未建立学法制度的,扣0.3分;每少一次扣0.3分,累计扣分不超过1.2分: a one-off before the ; adds nothing
        # up, so the count's limit, as 0.3 + 1.2 = the item's 1.5 says? read on all, 1.2 in all)
        if (bare is None and not any(isinstance(p, (A.Per, A.Step)) for s in statements[:-1] for p in s.phrases)
                and all(any(isinstance(p, A.Deduct) for p in s.phrases) for s in statements[:-1])):
            bare = next((c for c in together if c.on_deductions and not terminal_regex("ITEMS_ABOVE").search(
                to_simplified(getattr(_clause_at(clauses, c), "text", "")))), None)
        if bare is not None and any(s.separator.strip() in (";", "；", "。") for s in statements[:-1]):
            # (…每起扣2分;…每笔扣0.5分,累计不超过2分: the last clause's count, or all of it?)
            raise _Reject(error(
                "E202", f"“{_shown_limit(clauses, bare)}”"
                        "在分号后最后一句里,是这一句的上限,还是整句的上限,句子没有说清",
                bare.span, hint="整句的另起一句写成 以上合计最多扣2分;只管这一句的写成 最多扣2分"))
        modifiers.extend(c for c in last.caps if isinstance(c, A.CapPhrase) and c.together)
        last.caps = [c for c in last.caps if not (isinstance(c, A.CapPhrase) and c.together)]
    for mod, ends in closing:
        before, after = statements[:ends], statements[ends:]
        if (mod in modifiers and after and not any(s.caps for s in statements)
                and all(_counted_sign(s) is A.Award or _given_once(s) or _scores_nothing(s) for s in before)
                and all(_counted_sign(s) is A.Deduct for s in after)):
            # 每移送1条…计0.2分,本项最高计1分;应移送未移送的,每条扣0.5分: the limit closes the awards
            # before the ;, and what follows is taken from what they reached
            modifiers.remove(mod)
            before[-1].caps.append(replace(mod, names_added=True, added=True))
            consumed.add(id(mod))
        elif (mod in modifiers and mod.style is A.CapStyle.TOTAL and after and not any(s.caps for s in before)
              and all(_counted_sign(s) is A.Award for s in before)):
            # 每次得0.5分,满分2分;…每篇另加0.5分: the most the counted awards before the ; reach,
            # not the item's (read as the item's, it limited the awards after it too)
            modifiers.remove(mod)
            before[-1].caps.append(replace(mod, style=A.CapStyle.LIMIT))
            consumed.add(id(mod))
    _limits_between(statements, modifiers, clauses)
    _limits_of_the_other_side(statements, modifiers)
    # 爱国卫生(5分):基础分4分。…每个加0.5分,…每个加0.2分,加分不超过1分;…: a heading's points alone
    # stand apart from what the limits after them reach (taken in, 加分 limited the last award alone)
    heading = statements[:1] if len(statements) > 2 and _heading_alone(statements[0]) else []
    statements = statements[len(heading):]
    capped_at = next((i for i, s in enumerate(statements) if s.caps), None)
    if (capped_at is not None and 0 <= capped_at < len(statements) - 1 and _only_added_limits(statements[capped_at])
            and not any(isinstance(p, A.Award) for s in statements[capped_at + 1:] for p in s.phrases)):
        # 获省级表彰的加1分,每篇信息被采用加0.2分,加分最多不超过1.5分;被通报批评的每次扣1分(,最多扣3分):
        # the limit on what is added, before deductions (and theirs), is on the statements it ends
        statements, rest = statements[:capped_at + 1], statements[capped_at + 1:]
        last = statements[-1]
    else:
        rest = []
    if (last is not None and last.caps and len(statements) > 1 and not any(s.caps for s in statements[:-1])
            and not numbered
            and (all(s.separator in ",，、" for s in statements[:-1]) or _awards_per_piece(statements)
                 # …每件扣1分(两项合计扣分不超过3分): a limit said of the sum, in the last clause's brackets
                 or all(isinstance(c, A.CapPhrase) and c.together for c in last.caps)
                 or any(_marker(p, A.Marker.SUM_SCOPE) for p in last.phrases)
                 # 获评省级示范项目的加1分;…每次加0.1分,加分最高不超过1.5分: 加分 is all of them
                 or (_only_added_limits(last) and all(_adds_only(s) for s in statements)))
            # 申请发明专利的得0.5分,每获得授权1件计0.1分,最高计1分: after points given once, the
            # limit is on what the last one counts
            and not (_counts_each(last) and any(_given_once(s) for s in statements[:-1]))
            # 获评国家…的加3分,…市级的每个加0.2分(最高不超过1分) / 未制定计划的扣1分,每发现一家…扣0.1分
            # (最多扣0.5分): a limit below the points of one clause before is no limit on them all
            and not any(_once_points(s) > c.limit.value for s in statements[:-1] for c in last.caps
                        if isinstance(c, A.CapPhrase) and c.style is not A.CapStyle.TOTAL)
            # 国家级每条计1分,…;在区级平台刊发的每条计0.05分,最高计0.5分;本项合计最高计3分: a limit
            # below what one piece before it scores, or beside a limit on them all, is the last clause's
            and not any(_piece_points(s) > c.limit.value for s in statements[:-1] for c in last.caps
                        if isinstance(c, A.CapPhrase) and c.style is not A.CapStyle.TOTAL
                        and (last.limit_ends or last.separator).strip() in (";", "；", "。")
                        and statements[-2].separator.strip() in (";", "；"))
            and not (any(isinstance(m, A.CapPhrase) and m.style is not A.CapStyle.BASE for m in modifiers)
                     and (last.limit_ends or last.separator).strip() in (";", "；")
                     and any(s.separator.strip() in (";", "；") for s in statements[:-1]))
            # 基础分10分,每项未完成扣2分,完成较好的每项加1分,最高加3分: a limit on what is added
            # stays with the awards it follows
            and not (base and all(isinstance(c, A.CapPhrase) and c.added for c in last.caps)
                     and not _only_added_limits(last))):
        # 每按时上交1份+1,迟交+0.5,最高分4分: a limit after statements in one breath is theirs together
        modifiers.extend(last.caps)
        last.caps = []
    statements = heading + statements + rest
    _no_limit_of_some_parts_on_all(statements, modifiers, clauses)
    _limits_above_the_base(statements, modifiers)
    _no_limit_on_some_of_a_breath(statements)
    if not statements and pending and any(_marker(p, A.Marker.FLOOR) for c in pending for p in c.phrases):
        # 不合要求扣完此项分数: with nothing else to stop, all of the item's points go
        statements, pending = [_floor_as_zero(pending, consumed)], []
    pending, capped = _limits_said_twice(pending, modifiers, statements)
    consumed.update(capped)
    if not statements and pending:
        # 各村要成立劝导站(分值5分): a requirement with its points and nothing else is a yes/no
        # for them, as 有…(1分) is
        joined, text, span = _join(pending)
        mods = modifiers + [p for p in joined if _is_modifier(p)]
        if len(mods) == 1 and isinstance(mods[0], A.CapPhrase) and mods[0].style is A.CapStyle.TOTAL:
            total = mods[0]
            if any(isinstance(p, A.Per) for p in joined):
                # 每次满分10分: the most each time can score, not 10 for every time; what each
                # one scores, the sentence leaves to the assessors
                n = plain(total.limit.value)
                raise _Reject(error(
                    "E202", f"“每…{n}分”是每一个(每一次)最多得{n}分,还是每一个都得{n}分,句子没有说清", total.span,
                    hint=f"每一个都得的,写成 每次计{n}分;由考评组逐次评分的,写成 每次由考评组评定(0—{n}分)"))
            statements, pending, modifiers = [Statement(
                [p for p in joined if p is not total] + [A.Amount(total.limit, total.span)], text, span)], [], []
            consumed.add(id(total))
    return _Split(statements, modifiers, scoped, pending, consumed)


def _no_subunits_counted(r: Reading) -> None:
    """有1个乡镇普及率低于85%的再扣1分: the townships whose share is low are counted, not the unit's
    own share (read as the unit's, the 1个 was passed over)."""
    before = terminal_regex("SUBUNITS_BEFORE")
    phrases = r.stmt.phrases
    for k, p in enumerate(phrases[1:], 1):
        if (isinstance(p, A.Amount) and p.quantity.unit is A.Unit.COUNT and isinstance(phrases[k - 1], A.Text)
                and before.search(to_simplified(phrases[k - 1].text))):
            said = _shown(r.stmt, p)
            raise _Reject(error(
                "E202", f"“有{said}…”数的是比率不达标的下属单位,不是本单位自己的比率", p.span,
                hint=f"按每个下属单位的比率计的,写成 每有{said}…低于…的扣…分(逐个给出它们的比率)"))


def _no_count_within_one_place(r: Reading) -> None:
    """同一村发现3户以上的,另扣0.5分: the households of each village counted apart, and the points
    for each village past 3 (read as one count, two such villages could not be given)."""
    place = terminal_regex("SAME_PLACE").search(to_simplified(r.lead))
    if place is not None:
        said = r.lead[place.start():place.end()]
        one = said[2:].lstrip("个起次")  # (同一起火灾: each 火灾)
        raise _Reject(error(
            "E202", f"“{said}…”要按每个{one}分开数,一个值装不下几个{one}的数量", r.stmt.span,
            hint=f"写成 每有1个{one}…以上的,另扣…分(逐个给出各{one}的数量)"))


def _no_steps_of_several_places(reader: _Reader) -> None:
    """…第七至第九名得3分,以此类推,每后退三名少得1分: a step of places beside the places, which only a
    step of one place (每下降1名减0.5分) continues (read as a count of its own, the 10th place scored 0)."""
    places = terminal_regex("PLACES_WORD")
    for r in reader.readings:
        words = [r.step.step.word] if r.step is not None else [
            p.word if isinstance(p, A.Per) else p.quantity.word for p in r.stmt.phrases
            if isinstance(p, A.Per) or (isinstance(p, A.Amount) and r.per is not None)]
        if any(places.search(to_simplified(word or "")) for word in words):
            raise _Reject(error(
                "E202", f"“{r.stmt.text.strip('，,;；。 ')}”每一步跨几个名次,jdscore 只读每一名一步的", r.stmt.span,
                hint="把各名次的分值都写出来,例如 第10至12名得2分,第13至15名得1分"))


def _no_count_of_part_of_the_year(r: Reading, readings: list[Reading]) -> None:
    """每次扣0.5分;上半年迟报超过2次的,本项不得分: the times in half the year, beside a count of the
    year's (read as the year's, three late reports all in the second half zeroed the item)."""
    lead = to_simplified(r.lead)
    part = next((m for name in ("YEAR_HALF", "YEAR_PART", "MONTH_SPAN", "MONTH_ONWARD")
                 if (m := terminal_regex(name).search(lead)) is not None), None)
    if part is None or not any(x is not r and (x.per is not None or x.step is not None) for x in readings):
        return
    said = r.lead[part.start():part.end()]
    raise _Reject(error(
        "E202", f"“{said}…”只数这段时间里的次数,句中别的分句数的是全年的,一个值装不下两种次数", r.stmt.span,
        hint=f"把“{said}”的条件写成单独一行规则,各读各的值"))


def _limit_named_of_the_last(clause: A.Clause, mod: A.CapPhrase, statements: list[Statement]) -> bool:
    """逾期扣分最多不超过1分 after …每逾期1天扣0.1分: the words before the limit name what the last
    statement takes, and none before it."""
    words = _limit_name(clause, mod)[1].strip("()（）")
    return (len(words) >= 2 and words in to_simplified(statements[-1].text)
            and not any(words in to_simplified(s.text) for s in statements[:-1]))


def _no_limit_of_some_parts_on_all(statements: list[Statement], modifiers: list, clauses) -> None:
    """①…扣1分;②…扣0.5分;①②两项合计扣分不超过4分;③…扣3分: the limit names the parts before it,
    and a part after it scores (read as a limit on all three, a unit with all failings kept 4)."""
    named = terminal_regex("PARTS_NAMED")
    for mod in modifiers:
        if not isinstance(mod, A.CapPhrase):
            continue
        clause = _clause_at(clauses, mod)
        if clause is not None:
            # (1)…;(2)…;(3)…。(2)(3)项合计最多扣4分: fewer parts named by their numbers than score
            said = to_simplified(clause.text[:mod.span.start - clause.span.start])
            numbers = len(terminal_regex("PART_NUMBER").findall(said)) + clause.labelled
            after = clause.labelled and terminal_regex("PARTS_AFTER_NUMBERS").match(said) is not None
            scoring = sum(1 for s in statements if s.span.end <= mod.span.start and any(
                isinstance(p, (A.Deduct, A.Per, A.Step, A.Award)) for p in s.phrases))
            if (after or (numbers >= 2 and named.search(said))) and max(numbers, 2) < scoring:
                raise _Reject(error(
                    "E202", f"“{clause.text.strip('，,;；。 ')}”只限其中几项,一行规则读不出各项的分数怎样和这个限额一起计",
                    clause.span, hint="把限额所限的几项和限额另写一行规则,其他各项各写一行"))
        # (…;上述两项扣分最高不超过5分;…的,本项不得分: a part that loses the item takes no points to limit)
        if clause is None or not any(s.span.start > mod.span.end and any(
                isinstance(p, (A.Deduct, A.Per, A.Step)) or (isinstance(p, A.Award) and p.points.value)
                for p in s.phrases) for s in statements):
            continue
        words = clause.text[:mod.span.start - clause.span.start]
        if named.search(to_simplified(words)):
            raise _Reject(error(
                "E202", f"“{clause.text.strip('，,;；。 ')}”限的是它前面的几项,后面还有计分的分句,句子没有说清后面的是否在内",
                clause.span, hint="把后面的分句另写一行规则,这一行只留限额所限的几项和限额"))


def _no_next_years_points(clauses) -> None:
    """连续两年未完成的,下一年度本项基础分值核减2分: points of the next year's assessment (read as
    this year's, a unit behind on its task lost 2 more now)."""
    said = terminal_regex("NEXT_YEAR_SAID")
    for clause in clauses:
        if said.search(to_simplified(clause.text)):
            raise _Reject(error(
                "E202", f"“{clause.text.strip()}”说的是下一年度考核的事,不是本年度的得分", clause.span,
                hint="本年度的规则里删去这一分句;下一年度的扣分写进下一年度的细则"))


def _only_a_consequence(clause: A.Clause) -> bool:
    """取消年度评先评优资格, 并对主要负责人进行约谈: what follows for the unit besides points (the , or 并
    before it is where it starts)."""
    said = "，" + to_simplified(clause.text).strip(" \t\u3000,，;；。")
    joined = terminal_regex("ACTS_JOINED").match(said, 1)
    return terminal_regex("CONSEQUENCE_SAID").fullmatch(said, joined.end() if joined else 1) is not None


def _as_item_total(points, span: Span, modifiers: list, consumed: set) -> None:
    """Printed points (5分, or an award's 得5分) read as the item's total (a limit on the whole
    sentence), not a part."""
    quantity = points.points if isinstance(points, A.Award) else points.quantity
    modifiers.append(A.CapPhrase(quantity, A.CapStyle.TOTAL, False, span))
    consumed.add(id(points))


def _points_given_once(p) -> Decimal | None:
    """5分 or 得5分 (nothing judged, added on top or taken as a share): the points, else None."""
    if _is_bare_points(p):
        return p.quantity.value
    if isinstance(p, A.Award) and p.high is None and not (p.bonus or p.share or p.of_item or p.scaled):
        return p.points.value
    return None


def _printed_total_of_counted_awards(statements: list[Statement], modifiers: list, consumed: set) -> list[Statement]:
    """信息报送(10分)被采用一篇得2分, 信息工作(20分),每被采用一条得1分: points printed in
    brackets after a heading, then awards that count: the points are all the counting can earn
    (they were read as a yes/no of 10 beside the count); without the brackets (信息工作20分,…)
    they may be points of their own, and the sentence is refused. Deductions after them count
    down from them instead."""
    if len(statements) < 2 or any(isinstance(p, A.Deduct) or _marker(p, A.Marker.ZERO)
                                  for s in statements for p in s.phrases):
        return statements
    head, counting = statements[0], statements[1]
    outcomes = [p for p in head.phrases if _is_outcome(p)]
    # (线索(1分):主动排查发现并移交线索的,每条加0.2分: what is counted, said before a comma, heads too)
    heading_only = all(isinstance(p, A.Text) or _marker(p, A.Marker.DE) or any(p is o for o in outcomes)
                       for p in head.phrases)
    per = any(isinstance(p, A.Per) for p in counting.phrases)
    counts = per or any(isinstance(p, A.Amount) and p.quantity.unit is A.Unit.COUNT for p in counting.phrases)
    # 宣传报道,4分(每篇计0.5分): the cell's points, then how they are earned, in brackets
    # (not 个人穿着大方(1分)办公桌整齐(1分): points in brackets of their own)
    after = (_without_remarks(head.text[outcomes[0].span.end - head.span.start:]).strip()
             if len(outcomes) == 1 else ")")
    # (the points in brackets themselves, 信息报送(10分):…: the heading's, as 信息报送(10分)被采用…)
    headed = after[:1] in (")", "）") and after[1:].lstrip()[:1] in (":", "：")
    bracketed = after.startswith(("(", "（")) or headed or (not after and (
        head.separator in ("(", "（") or counting.text.lstrip().startswith(("(", "（"))))
    given = _points_given_once(outcomes[0]) if len(outcomes) == 1 else None
    if given is None or not heading_only:
        return statements
    if not _is_bare_points(outcomes[0]):
        # 按时报送得2分(每次0.5分), 台账规范得5分(各2.5分): an award's points, how they are
        # earned in the brackets right after them (read as 2 beside the count, 4 times scored 4)
        each = any(isinstance(p, A.Each) and not p.deduct for p in counting.phrases)
        if not (after.startswith(("(", "（")) or head.separator in ("(", "（")) or not (counts or each):
            return statements
        _as_item_total(outcomes[0], outcomes[0].span, modifiers, consumed)
        return statements[1:]
    if bracketed and _graded_up_to(statements[1:], given):
        # 团结协作 20分(好20分,较好15分,一般10分,差0分): the grades' best is the points printed
        _as_item_total(outcomes[0], outcomes[0].span, modifiers, consumed)
        return statements[1:]
    if not ((bracketed or head.separator.strip() in ("、", ",", "，", ":", "："))
            # (建立制度、台账5分,每项2.5分: bare points counted after bare points leave it as open)
            and counts and any(isinstance(p, A.Award) or (_is_bare_points(p) and (bracketed or per))
                               for p in counting.phrases)):
        return statements
    if not bracketed and not head.text.rstrip().endswith((")", "）")):
        # 信息工作20分,每被采用一条得1分: the item's points, or points for 信息工作 itself?
        shown = head.text.strip()
        raise _Reject(error(
            "E202", f"“{shown}”是后面按数量计分的上限,还是另外得的分,句子没有说清", head.span,
            hint=f"是上限的写成 …每条得1分,最高{plain(outcomes[0].quantity.value)}分;"
                 f"是另外得的写成 …的得{plain(outcomes[0].quantity.value)}分"))
    _as_item_total(outcomes[0], outcomes[0].span, modifiers, consumed)
    return statements[1:]


def _points_printed_first(statements: list[Statement], modifiers: list, consumed: set) -> list[Statement]:
    """（4分）①建立台账的得1分;②…得3分: the item's points in brackets before any words, as when
    printed after the rule (read apart, they were a yes/no of 4 with no words to ask)."""
    if len(statements) < 2:
        return statements
    head = statements[0]
    points = [p for p in head.phrases if _is_bare_points(p)]
    words = "".join(p.text for p in head.phrases if isinstance(p, A.Text))
    if (len(points) != 1 or len(head.phrases) != len(points) + sum(isinstance(p, A.Text) for p in head.phrases)
            or words.strip(" \t\u3000()（）:：") or not head.text.lstrip().startswith(("(", "（"))):
        return statements
    _as_item_total(points[0], points[0].span, modifiers, consumed)
    return statements[1:]


def _printed_zero(r: Reading) -> bool:
    """The statement's points are a printed 0分 (差0分), not a word for none (不得分)."""
    return any(_is_bare_points(p) and p.quantity.value == 0 for p in r.stmt.phrases)


def _graded_up_to(statements: list[Statement], points) -> bool:
    """Two or more statements each giving points once, not per count (好20分,较好15分,… /
    3个得6分,2个得4分,…), the best of them `points`."""
    given = [[p for p in s.phrases if _is_outcome(p)] for s in statements]
    if len(given) < 2 or any(isinstance(p, A.Per) for s in statements for p in s.phrases):
        return False
    if not all(len(g) == 1 and (_is_bare_points(g[0]) or isinstance(g[0], A.Award)) for g in given):
        return False
    return max((g[0].quantity if _is_bare_points(g[0]) else g[0].points).value for g in given) == points


def _one_shortfall_each(stmt: Statement, consumed: set) -> list[Statement]:
    """校长每年至少2次,副职至少4次,…,每少一次扣2分 / 前者半年1次,后者一年1次,少一次扣1分:
    several required counts, then one step short of them: each count is a value of its own,
    short of its own requirement (the step and its points are shared)."""
    phrases = stmt.phrases
    steps = [i for i, p in enumerate(phrases) if isinstance(p, A.Step) and p.kind is A.StepKind.DEFICIT]
    if len(steps) != 1:
        return [stmt]
    at = steps[0]
    ends = []
    word = phrases[at].step.word  # 少一次: each requirement must count 次 too
    # (分别扣1分、0.5分 after them: each requirement said more loosely, 每季度召开1次, 应召开…4次、…12次)
    loose = any(isinstance(p, A.Listed) and p.deduct for p in phrases[at:])
    required = False
    for i, p in enumerate(phrases[:at]):
        counted = (isinstance(p, (A.Compare, A.Amount)) and p.quantity.unit is A.Unit.COUNT
                   and not p.quantity.duration and p.quantity.word == word)
        since = phrases[(ends[-1] + 1 if ends else 0):i]
        required = required or _marker(p, A.Marker.REQUIRED)
        if counted and isinstance(p, A.Compare) and p.words[0] is A.CmpWord.GE_PRE:
            ends.append(i)  # 至少4次
        elif counted and isinstance(p, A.Amount) and (
                (i and isinstance(phrases[i - 1], A.Period))  # 半年1次
                or (loose and (any(isinstance(q, A.Period) for q in since) or required))):
            ends.append(i)
    if len(ends) < 2 or any(isinstance(p, (A.Compare, A.Range)) for i, p in enumerate(phrases[:at]) if i not in ends):
        return [stmt]
    totals, periods, start = set(), set(), 0
    for end in ends:
        times = next((p.times for p in phrases[start:end] if isinstance(p, A.Period)), 1)
        totals.add(phrases[end].quantity.value * times)
        periods.add(times)
        start = end + 1
    if len(totals) == 1 and len(periods) > 1:
        # 每季度报送不少于3条,全年不少于12条,每少1条: one requirement said per quarter and for the
        # year; two values of it would take each one short twice
        raise _Reject(error("E202", "句中的几个要求是同一个数量(按期和全年各说了一次),不清楚“每少…”从哪一个算起",
                            stmt.span, hint=f"只写一处要求,例如 全年不少于{plain(totals.pop())}{word},每少1{word}扣…分"))
    tail = phrases[at:]
    tail_text = stmt.text[tail[0].span.start - stmt.span.start:]
    # 党员大会每季度召开1次、支委会每月召开1次,每少开1次分别扣1分、0.5分: each its own points
    listed = next((p for p in tail if isinstance(p, A.Listed) and p.deduct and len(p.values) == len(ends)), None)
    if listed is not None:
        consumed.add(id(listed))
    parts, start = [], 0
    for n, end in enumerate(ends):
        own = phrases[start:end + 1]
        first, last = own[0].span, own[-1].span
        text = stmt.text[first.start - stmt.span.start:last.end - stmt.span.start] + "," + tail_text
        span = _sub_span(stmt.span, first.start, stmt.span.end)
        its = [A.Deduct(listed.values[n], None, listed.span) if p is listed else p for p in tail]
        parts.append(Statement(own + its, text, span, [], stmt.separator))
        start = end + 1
    return parts


def _each_requirement_or_nothing(stmt: Statement) -> tuple[list[Statement], A.Amount | None]:
    """小学辍学率控制在1%以内;初中辍学率控制在2%以内。(20分) 达不到要求不给分: several
    requirements, each in its own clause, and one failing that loses the item: each
    requirement is a value of its own, and failing any one of them loses it."""
    phrases = stmt.phrases
    zero = next((i for i, p in enumerate(phrases) if _marker(p, A.Marker.ZERO)), None)
    conditions = [i for i, p in enumerate(phrases) if isinstance(p, (A.Compare, A.Range))]
    if zero is None or len(conditions) < 2 or conditions[-1] > zero:
        return [stmt], None
    failing = next((i for i in range(conditions[-1] + 1, zero) if _marker(phrases[i], A.Marker.NEG)), None)
    outcomes = [p for p in phrases if _is_outcome(p) and not _marker(p, A.Marker.ZERO)]
    printed = [p for p in outcomes if _is_bare_points(p)]
    if (failing is None or len(outcomes) != len(printed) or len(printed) > 1
            or any(isinstance(p, (A.Per, A.Step, A.Period)) for p in phrases)
            or not all(_apart(stmt, phrases[a], phrases[b]) for a, b in zip(conditions, conditions[1:] + [failing]))):
        return [stmt], None
    tail = [p for p in phrases[failing:] if not _is_bare_points(p)]
    tail_text = stmt.text[phrases[conditions[-1]].span.end - stmt.span.start:].lstrip(",，;；。 ")
    parts, start = [], 0
    for at in conditions:
        own = phrases[start:at + 1]
        first, last = own[0].span, own[-1].span
        text = stmt.text[first.start - stmt.span.start:last.end - stmt.span.start] + "," + tail_text
        parts.append(Statement(own + tail, text, stmt.span, [], stmt.separator, whole=stmt))
        start = at + 1
    return parts, (printed[0] if printed else None)


def _without_remarks(text: str) -> str:
    """The words as written, without a remark on how the facts are checked ((以检查记录为准) is no
    bracket of points, nor part of an option's name)."""
    for found in reversed(list(terminal_regex("CHECK_NOTE").finditer(to_simplified(text)))):
        text = text[:found.start()] + text[found.end():]
    return text


def _printed_points(clause: A.Clause, outcomes: list, opened: bool = False) -> bool:
    """A clause that is only points in brackets: (10分), or 4分) after the ( that ended the clause before."""
    if len(outcomes) != 1 or not _is_bare_points(outcomes[0]):
        return False
    if opened:  # (含借阅时获得的1分) is a note about points, not the item's
        return all(p is outcomes[0] or (isinstance(p, A.Text) and not p.text.strip(" \t\u3000)）"))
                   for p in clause.phrases)
    return (clause.text.strip().startswith(("(", "（"))
            and all(p is outcomes[0] or _is_filler(p) for p in clause.phrases))


def _words_after_the_parts(clauses, statements: list, printed: A.Amount) -> bool:
    """谈心谈话(1分)、工作约谈(1分),…告诫谈话(1分),责令纠错。(3分): words with no points after parts
    each with its points, then the sum of them printed alone: the item's points, not an award for
    the words (read so, a unit with two of the three parts scored 3)."""
    if len(statements) < 2 or not all(isinstance(p, A.Text) or _is_filler(p) for c in clauses for p in c.phrases):
        return False
    parts = [[p for p in s.phrases if _is_outcome(p)] for s in statements]
    return (all(len(o) == 1 and _is_bare_points(o[0]) for o in parts)
            and sum(o[0].quantity.value for o in parts) == printed.quantity.value)


def _the_items_limit_alone(clauses) -> bool:
    """以本项分值为限 (超额完成的不加分) and nothing else (before the item's points printed after it)."""
    phrases = [p for c in clauses for p in c.phrases]
    return (any(_marker(p, A.Marker.WITHIN_ITEM, A.Marker.NOTHING_PAST) for p in phrases)
            and all(_marker(p, A.Marker.WITHIN_ITEM, A.Marker.NOTHING_PAST) or _is_filler(p) for p in phrases))


def _points_printed_after_a_limit(phrases: list, mods: list, outcomes: list) -> A.Amount | None:
    """扣完为止(2分), 最多扣1分(2分), 本项扣完为止(本项10分): a limit, then points in brackets
    that end the clause: the item's points, printed after its rule (not points of their own)."""
    if not mods or len(outcomes) != 1 or not _is_bare_points(outcomes[0]):
        return None
    points = outcomes[0]
    at = next(i for i, p in enumerate(phrases) if p is points)
    start = at
    while start and _marker(phrases[start - 1], *_SCOPE_MARKERS):  # (本项10分)
        start -= 1
    before = phrases[start - 1] if start else None
    opened = isinstance(before, A.Text) and before.text.rstrip(" \t\u3000")[-1:] in ("(", "（")
    closed = all(isinstance(p, A.Text) and not p.text.strip(" \t\u3000)）。") for p in phrases[at + 1:])
    limits_before = all(_is_modifier(p) or _is_filler(p) or _marker(p, *_SCOPE_MARKERS) for p in phrases[:at])
    return points if opened and closed and limits_before else None


def _symbol_compared(phrases) -> set:
    """The amounts a comparison symbol stands beside (得分≧90分): conditions, not points."""
    used: set = set()
    _symbol_condition(phrases, used)
    return used


def _no_total_of_each_part(statements: list, modifiers: list, numbered: bool) -> None:
    """1、…每次扣5分,满分10分,扣完为止。2、…每次扣5分,满分10分,扣完为止: each part's own total,
    its deductions stopping at its own 0, which one line of rule cannot say (read as one pool from
    10, the second total was passed over and a unit scored 10 with nothing taken): refused. So are
    limits on what each numbered part takes (1、…扣1分。扣分上限为4分。2、…每次扣0.5分。扣分上限为4分。:
    read as limits of the whole, the parts' 4.5 were taken as 4)."""
    totals = [m for m in modifiers if isinstance(m, A.CapPhrase) and m.style is A.CapStyle.TOTAL]
    # (…最高扣4分;…每少1条扣1分;最高扣4分 in one breath is each its own: read so, as before)
    limits = [m for m in modifiers if isinstance(m, A.CapPhrase) and m.style is A.CapStyle.LIMIT
              and m.on_deductions and not m.together] if numbered else []
    for caps, said, held, hint in (
            (totals, "两处写了分值", "各部分的扣分各自扣完为止", "把各部分分成几行规则,每行写上自己的分值"),
            (limits, "几处写了扣分上限", "各部分的扣分各自不超过上限", "把各部分分成几行规则,每行写上自己的扣分上限")):
        caps = sorted(caps, key=lambda m: m.span.start)
        for first, second in zip(caps, caps[1:]):
            before = [s for s in statements if s.span.end <= first.span.start]
            between = [s for s in statements if first.span.end <= s.span.start and s.span.end <= second.span.start]
            if before and between:
                raise _Reject(error(
                    "E202", f"句中{said}({plain(first.limit.value)}分、{plain(second.limit.value)}分),各是前面一部分的,"
                            f"{held},一行规则说不出这一点", second.span, hint=hint))


def _limits_said_twice(pending: list, modifiers: list, statements: list) -> tuple[list, set]:
    """考核分数超过100分,按100分计算 / 加分超过15分的按15分计算: a comparison with the very points
    a limit names says where the limit applies, nothing more. Clauses of such comparisons and
    limits alone leave the pending ones, their limits going to the whole sentence."""
    limits = {m.limit.value for m in modifiers if isinstance(m, A.CapPhrase)}
    limits |= {m.limit.value for s in statements for m in s.caps if isinstance(m, A.CapPhrase)}
    limits |= {p.limit.value for c in pending for p in c.phrases if isinstance(p, A.CapPhrase)}
    kept, consumed = [], set()
    for clause in pending:
        said = [p for p in clause.phrases if isinstance(p, A.Compare) and p.quantity.unit is A.Unit.POINTS
                and p.quantity.value in limits]
        if said and all(_is_filler(p) or _is_modifier(p) or p in said for p in clause.phrases):
            consumed.update(id(p) for p in said)
            modifiers.extend(p for p in clause.phrases if _is_modifier(p))
            continue
        kept.append(clause)
    return kept, consumed


def _is_filler(p) -> bool:
    return isinstance(p, A.Text) or _marker(p, A.Marker.SCOPE, A.Marker.SUM_SCOPE, A.Marker.DE)


# ------------------------------------------------------------------ one statement

@dataclass
class Reading:
    """What one statement says."""

    stmt: Statement
    used: set                       # ids of the phrases this reading accounts for
    condition: A.Interval | None = None
    per: Decimal | None = None
    per_unit: A.Unit = A.Unit.COUNT
    award: A.Quantity | None = None
    deduct: A.Quantity | None = None
    high: A.Quantity | None = None  # a judged range's upper end
    zero: bool = False
    full: bool = False              # 得满分
    answered: bool = False          # 得2分,未落实的不得分: its other answer was said (and read as its own)
    judged: str | None = None       # "deduct" / "award" / "either": a judged amount
    proportional: bool = False
    veto: bool = False
    listed: A.Listed | None = None
    each: A.Each | None = None
    amounts: A.AmountList | None = None
    step: A.Step | None = None
    rank: A.RankPhrase | None = None
    peer: A.PeerPhrase | None = None
    period: int | None = None
    required: Decimal | None = None  # 应开展4次, or a bare count (用稿2篇,得基本分8分)
    points_range: A.Range | None = None  # 由考评组评定(0—2分)
    target: Decimal | None = None
    target_phrase: A.Amount | None = None  # the number the target was read from
    share_of: A.Quantity | None = None  # 按实际增速与7%的比例计分: the number the share is of
    rate: Decimal | None = None     # a bare rate, as a threshold (按时办结率100%的,得9分)
    rate_phrase: object = None
    per_count: A.Amount | None = None  # the per is a bare count before the verb (no 每)
    bare: bool = False              # points with no verb (每月次10分): their sign is the sentence's
    share: bool = False             # 占3分: what the part is worth, no requirement
    per_full: bool = False          # 每满50小时: whole multiples of the unit of counting
    periodic: bool = False          # 每月开展1次以上: met in every period, a yes/no
    added: bool = False             # 加2分: added to the score, not points deductions come off
    reached: bool = False           # its condition is a count to reach (用稿12篇,6分)
    beyond_task: bool = False       # the task done, with shares beyond it (超额完成10%…) read as its rate
    lead: str = ""                  # the words before the outcome (工作开展好的 in …好的得3分)
    level: str | None = None        # one level of a scale the statements around it share
    negative: bool = False          # the statement describes a failing (未…, 没有…, 否则)
    otherwise: bool = False         # 否则…
    rest: bool = False              # 其余…, 其他…: the cases the statement before leaves
    joint: list = field(default_factory=list)  # (interval, phrase): conditions on several values
    subjects: list = field(default_factory=list)  # 知晓率、参与率…: the values one condition is each of
    failing_turned: bool = False  # 达到90%以上,达不到的扣2分: the condition is the requirement's failing
    late_above_none: bool = False  # 逾期1天以内的得1分: late, never on time (unless no case says on time)
    period_counted: bool = False    # the period has its count (每季度一次), not only 每年
    from_award: bool = False        # 少加0.5分: the deduction comes off the award before it

    @property
    def signed_points(self) -> Decimal | None:
        if self.award is not None:
            return self.award.value
        if self.deduct is not None:
            return -self.deduct.value
        return None

    @property
    def gives(self) -> bool:
        """Does it state points of its own (not a step, a judged or a listed amount)?"""
        return self.signed_points is not None or self.zero or self.full

    @property
    def is_deduction(self) -> bool:
        return self.deduct is not None or self.zero or self.judged == "deduct" or (
            self.listed is not None and self.listed.deduct is True) or (self.each is not None and self.each.deduct)


def _no_units_mixed(stmt: Statement, phrases) -> None:
    """迟报30分钟至1小时的, 整改超期7天至1个月的, 超过10亩的,每超过1公顷: two units of one measure,
    which jdscore reads as numbers of one (30 to 1: 45 minutes late took nothing; 1亩 a step)."""
    pairs = [(p.low, p.high, p) for p in phrases if isinstance(p, A.Range)]
    above = next((p for p in phrases if isinstance(p, A.Compare)), None)
    step = next((p for p in phrases if isinstance(p, A.Step)), None)
    if above is not None and step is not None:
        pairs.append((above.quantity, step.step, step))
    for a, b, at in pairs:
        if not all((q.duration or q.unit is A.Unit.MEASURE) and q.word for q in (a, b)):
            continue
        wa, wb = a.word, b.word
        ages = all(terminal_regex("AGE_UNIT").fullmatch(to_simplified(w)) for w in (wa, wb))  # (周岁 and 岁)
        if not ages and _unit_word(wa) != _unit_word(wb) and a.duration == b.duration:
            raise _Reject(error(
                "E202", f"“{_shown(stmt, at)}”里的数用了不同的单位({wa}、{wb}),jdscore 读不出换算", at.span,
                hint=f"写成同一个单位,例如 都以{wa}计"))


def _no_size_of_the_places_named(stmt: Statement, phrases) -> None:
    """20户以上自然村全部通自来水的得1分: the size says which villages are meant; the value scored is
    whether all of them have it, no number of 户 (read as one: 6 rivers of that size, all with
    plans, scored 0). 检查5家以上企业的 counts the enterprises themselves, and reads."""
    for p in phrases:
        if (not isinstance(p, A.Compare) or p.demand
                or terminal_regex("PLACE_COUNTER").fullmatch(p.quantity.word or "-")):
            continue
        after = to_simplified(stmt.text[p.span.end - stmt.span.start:])
        place = terminal_regex("SIZED_PLACE").match(after)
        if place is not None:
            named = place.group(0).strip(" \t\u3000的")
            raise _Reject(error(
                "E202", f"“{_shown(stmt, p)}{named}”说的是哪些{named},不是计分的条件;要计分的值是什么(是否全部做到、"
                        f"做到的有几个),句子没有说清", p.span,
                hint=f"说明哪些{named}的词写进引号,例如 “{_shown(stmt, p)}{named}”全部做到的得…分(是/否);"
                     f"按个数计分的写成 每个做到的{named}得…分"))


def read_statement(stmt: Statement, ctx: Context) -> Reading:
    phrases = stmt.phrases
    r = Reading(stmt, set())
    r.condition = condition_of(phrases, ctx, stmt.span, r.used, joint=r.joint)
    outcome_index = None
    ordered = None
    _no_standard_per_head(stmt, phrases)
    _no_multiple_of_the_average(stmt, phrases)
    _no_size_of_the_places_named(stmt, phrases)
    _no_units_mixed(stmt, phrases)
    for i, p in enumerate(phrases):
        if isinstance(p, A.Award) and r.award is None and r.deduct is None:
            r.award, r.high, outcome_index, r.added, r.share = p.points, p.high, i, p.bonus, p.share
        elif isinstance(p, A.Deduct) and r.award is None and r.deduct is None:
            r.deduct, r.high, outcome_index, r.from_award = p.points, p.high, i, p.from_award
        elif _is_bare_points(p) and r.award is None and r.deduct is None and id(p) not in r.used:
            r.award, outcome_index, r.bare = p.quantity, i, True
        elif _is_points_range(p) and r.points_range is None:
            r.points_range = p
        elif isinstance(p, A.Listed):
            r.listed, outcome_index = p, i
        elif isinstance(p, A.Each) and r.rank is not None and r.award is None and r.deduct is None:
            # 排名后两名的,各扣1分: each of the places, of which a unit has one (read per each, a
            # count of 2 took 2)
            if p.deduct:
                r.deduct, outcome_index = p.points, i
            else:
                r.award, outcome_index = p.points, i
        elif (isinstance(p, A.Each) and p.bare and i and isinstance(phrases[i - 1], A.Amount)
              and phrases[i - 1].quantity.unit is A.Unit.COUNT and r.award is None and r.deduct is None
              and not stmt.text[phrases[i - 1].span.end - stmt.span.start:p.span.start - stmt.span.start].strip()):
            # 两项各1分,缺一项扣1分: the items' points together (2), where steps short count down from
            r.award = replace(p.points, value=p.points.value * phrases[i - 1].quantity.value)
            outcome_index, r.bare = i, True
        elif isinstance(p, A.Each):
            r.each, outcome_index = p, i
        elif isinstance(p, A.AmountList):
            r.amounts, outcome_index = p, i
        elif isinstance(p, A.MarkerPhrase):
            if p.marker is A.Marker.ZERO:
                r.zero = True
                if r.bare and outcome_index == i - 1:  # 5分全扣: the points named are the ones lost
                    r.award, r.bare, outcome_index = None, False, None
                outcome_index = i if outcome_index is None else outcome_index
            elif p.marker is A.Marker.FULL_PTS:
                r.full = True
                outcome_index = i if outcome_index is None else outcome_index
            elif p.marker is A.Marker.JUDGED:
                r.judged = r.judged or "either"
            elif p.marker is A.Marker.JUDGED_DEDUCT:
                r.judged = "deduct"
            elif p.marker is A.Marker.JUDGED_AWARD:
                r.judged = "award"
            elif p.marker is A.Marker.PROPORTIONAL:
                r.proportional = True
            elif p.marker is A.Marker.SHARE_WITH:
                # 按实际增速与7%的比例计分: a share of the number between the two words
                said = phrases[i + 1] if i + 1 < len(phrases) else None
                end = phrases[i + 2] if i + 2 < len(phrases) else None
                if isinstance(said, A.Amount) and _marker(end, A.Marker.RATIO_OF):
                    r.proportional, r.share_of = True, said.quantity
                    r.used.update((id(said), id(end)))
            elif p.marker is A.Marker.VETO:
                r.veto = True
            elif p.marker is A.Marker.ELSE:
                r.otherwise = r.negative = True
            elif p.marker is A.Marker.NEG:
                r.negative = True
            elif p.marker is A.Marker.RANK_ORDER:
                ordered = p
            elif p.marker is A.Marker.REQUIRED:
                nxt = next((q for q in phrases[i + 1:] if isinstance(q, A.Amount)), None)
                # (应急领导机构(2分): no count; 应100%签订: a rate, no number of people)
                if nxt is not None and nxt.quantity.unit not in (A.Unit.POINTS, A.Unit.PERCENT):
                    r.required = nxt.quantity.value
                    r.used.add(id(nxt))
            else:
                continue
        elif isinstance(p, A.Step):
            if r.step is not None and (r.step.kind, r.step.step.value, r.step.step.unit) != (
                    p.kind, p.step.value, p.step.unit):
                # 每低1%扣1份,每超1%加5分: the first step's points are not points (每少一种机构或少一项
                # 制度的扣0.5分: two of the same step count together)
                raise _Reject(error("E218", f"这里的“{_shown(stmt, r.step)}”没有读懂", r.step.span,
                                    hint="这一步后面没有写加几分或扣几分,例如 每低1%扣1分"))
            r.step = p
        elif isinstance(p, A.RankPhrase):
            placed = _places_through(stmt, phrases, i, r)
            if r.rank is not None and placed.start is None and not re.search(
                    "[,，;；]", stmt.text[r.rank.span.end - stmt.span.start:p.span.start - stmt.span.start]):
                # 前五名(第一名除外)的加1分: two places, not one range (read as the last, 前五名 was lost);
                # 按进入前45名的次数排名,第一名得100分: the first describes what is ranked
                raise _Reject(error("E218", f"这里的“{_shown(stmt, p)}”没有读懂", p.span,
                                    hint="一个分句只写一个名次范围,例如 第2至5名的加1分"))
            r.rank = placed
        elif (isinstance(p, A.Amount) and r.rank is not None and i >= 2 and phrases[i - 2] is r.rank
              and isinstance(phrases[i - 1], A.Text) and _places_between(phrases[i - 1].text) is not None
              and p.quantity.unit in (A.Unit.COUNT, A.Unit.NONE) and terminal_regex("PLACES_WORD").fullmatch(
                  p.quantity.word or "名")):
            # 第二、三名的 / 倒数第一、二名 / 第一、二、三名: the next places listed without their 第, from the first
            listed = [r.rank.position.value, *_places_between(phrases[i - 1].text), p.quantity.value]
            if r.rank.kind not in (A.RankFrom.NTH, A.RankFrom.BOTTOM) or r.rank.within or any(
                    b != a + 1 for a, b in zip(listed, listed[1:])):
                raise _Reject(error("E218", f"这里的“{_shown(stmt, p)}”没有读懂", p.span,
                                    hint="名次用“、”列出时只读相连的名次(第二、三名);其他的请写成 第2至4名,或分开写"))
            r.rank = replace(r.rank, start=r.rank.start or r.rank.position, position=p.quantity)
            r.used.add(id(p))
        elif isinstance(p, A.PeerPhrase):
            _no_outside_or_share_of_the_average(stmt, phrases, i)
            r.peer = p
        elif isinstance(p, A.Period):
            r.period = _months_said(stmt, p) or p.times
            nxt = phrases[i + 1] if i + 1 < len(phrases) else None
            if isinstance(nxt, A.Amount) and nxt.quantity.unit is A.Unit.COUNT and not nxt.quantity.duration:
                # (每月5日前: the day of the month it is due)
                r.used.add(id(nxt))  # 每季度一次, 半年一次: how often, not the unit of counting
                r.period, r.period_counted = r.period * int(nxt.quantity.value), True
        else:
            continue
        r.used.add(id(p))
    if ordered is not None and r.listed is not None and r.rank is None:
        # 按从低到高分别得10、8、6、4分: the places 1 to 4, in that order
        count = A.Quantity(Decimal(len(r.listed.values)), A.Unit.COUNT, "名", 1, ordered.span)
        r.rank = A.RankPhrase(A.RankFrom.TOP, count, True, ordered.span)
    if outcome_index is not None:
        r.lead = stmt.text[:max(0, phrases[outcome_index].span.start - stmt.span.start)]
        # (其他工作按要求完成的得1分 says a thing of its own: the rest is only a few words long)
        rest = terminal_regex("OTHERWISE").match(to_simplified(r.lead).lstrip())
        r.rest = (rest is not None and len(r.lead.strip()) - rest.end() <= 4
                  and not any(_marker(p, A.Marker.DE) for p in phrases))
        nothing = r.zero or r.award is not None and r.award.value == 0
        if r.rest and nothing and r.condition is None and r.per is None and r.step is None:
            r.otherwise = True  # 入库率达60%的,得1分;其余情况不得分 (其余得0分): the other answer
            r.award, r.zero = None, True
    if (r.award is not None and r.award.value == 0 and r.condition is None and r.per is None and r.step is None
            and not r.otherwise):  # (否则得0分: the other answer, which scores nothing anyway)
        # 瞒报、漏报执收项目的计0分, 本项计0分: the item scores nothing (a tier's 0 stays a tier's)
        r.award, r.zero = None, True
    if r.judged == "deduct" and r.award is not None and r.bare:
        r.deduct, r.award, r.bare = r.award, None, False  # 酌情扣减0.5分: the points taken (read as given)
    if r.judged and r.deduct is not None:
        r.judged = "deduct"
    elif r.judged and r.award is not None:
        r.judged = "award"
    r.per, r.per_unit, per_phrases = _per_of(phrases, outcome_index, stmt)
    r.used.update(per_phrases)
    if r.per is None and _each_period_failing(r, phrases):
        r.per = Decimal(1)  # 每月未达到序时进度的扣0.5分: each month that fails, counted
    late = r.step if r.step is not None and r.step.kind is A.StepKind.LATE and not r.step.each else None
    counted = next((p for p in phrases if id(p) in per_phrases and isinstance(p, A.Per)), None)
    if late is not None and counted is not None and counted.span.start > late.span.end and late.step.value != 1:
        # 超过规定时限30天的,每件扣0.2分: each case that late, or each 30 days late? (read as the days,
        # the 每件 was passed over; 拖延一天,每次扣2分 counts the days, as its readers do)
        raise _Reject(error(
            "E202", f"“{_shown(stmt, late)}”之后又按“{_shown(stmt, counted)}”计分: 是每件(次)超过这个时限的各扣,"
            "还是按超过的天数逐步扣,句子没有说清", _spanning(late.span, counted.span),
            hint=f"按件(次)的写成 {_shown(stmt, late)}以上的,{_shown(stmt, counted)}扣…分;按天数的写成 每逾期…扣…分"))
    r.per_full = any(isinstance(p, A.Per) and p.full and id(p) in per_phrases for p in phrases)
    _no_total_of_what_is_counted(r, phrases, per_phrases, ctx)
    counted_from = next((p for p in phrases if isinstance(p, A.Compare) and p.counted_from), None)
    if counted_from is not None and r.per is not None and r.step is None:
        # 从第2件起,每件奖励5分: each one from the 2nd, as 每增加一件 above the 1
        r.step = A.Step(A.StepKind.EXCESS, replace(counted_from.quantity, value=r.per), counted_from.span)
        r.per = None
    above = next((p for p in phrases if isinstance(p, A.Compare) and id(p) in r.used), None)
    after = to_simplified(stmt.text[above.span.end - stmt.span.start:]) if above is not None else ""
    step = _step_above(phrases, per_phrases, above.quantity, r.per) if above is not None and r.per is not None else None
    if (step is not None and r.step is None and r.condition is not None and (
            (r.condition.low is not None and r.condition.high is None and terminal_regex("BEYOND_PART").match(after))
            or (r.condition.high is not None and r.condition.low is None
                and terminal_regex("BEYOND_AFTER").match(after)))):
        # (不超过60分钟,超过的每10分钟扣1分: the limit, then what is above it)
        # 超过30分钟的部分,每5分钟扣0.5分: steps above the 30, not every 5 minutes of all of it
        r.step = A.Step(A.StepKind.EXCESS, step, above.span)
        r.per = None
    if r.rank is not None and r.per is not None:
        r.rank = None  # 月度排名末两位的,每个每次扣0.5分: counted times, not the unit's own place
    if r.per is not None and len(per_phrases) == 1 and isinstance(_by_id(phrases, per_phrases[0]), A.Amount):
        r.per_count = _by_id(phrases, per_phrases[0])  # 发生1起扣5分: a bare count, no 每
    elif r.per is None and outcome_index is not None:
        r.per_count = _count_before(phrases, outcome_index)  # 发生2起扣12分: not a unit, maybe a tier
    if r.per is not None:  # 每条阅读量…的,每次计0.1分: the unit of counting, said twice
        r.used.update(id(p) for p in phrases if isinstance(p, A.Per))
    if (r.zero and r.per is None and r.condition is None and r.step is not None
            and r.step.kind is A.StepKind.DEFICIT and r.signed_points is None and r.required is None
            and not any(isinstance(p, A.Amount) and id(p) not in r.used for p in phrases)):
        # 少1人扣全分, 缺一项不得分: that many short, or more, lose the item
        r.condition = _one_sided(_UP, r.step.step.value, True, A.Unit.COUNT)
        r.step = None
    if r.zero and r.per is None and r.condition is None and r.step is None:
        counts = [p for p in phrases if isinstance(p, A.Amount) and id(p) not in r.used
                  and p.quantity.unit is A.Unit.COUNT and not p.quantity.duration]
        failing = next((p for p in phrases if counts and p.span.start > counts[0].span.end
                        and _marker(p, A.Marker.NEG, A.Marker.ELSE) and _apart(stmt, counts[0], p)), None)
        if len(counts) == 1 and failing is not None:
            # 配备3名专职人员;未配备人员的,本项不得分: none at all, or fewer than 3?
            need = f"{plain(counts[0].quantity.value)}{counts[0].quantity.word}"
            raise _Reject(error(
                "E202", f"“{_shown(stmt, counts[0])}”是要求的数量,其后的“{_shown(stmt, failing)}…”是一个也没有,"
                f"还是不足{need},句子没有说清", failing.span,
                hint=f"写成 一个也没有的,本项不得分;或 不足{need}的,本项不得分"))
        if len(counts) == 1:  # 发现有1例未完成,不得分: that many, or more, lose the item
            r.condition = _one_sided(_UP, counts[0].quantity.value, True, A.Unit.COUNT)
            r.used.add(id(counts[0]))
    if (r.step is not None and r.step.step.duration and r.required is not None
            and r.step.kind in (A.StepKind.EXCESS, A.StepKind.LATE)):
        # 应在5个工作日内办结,每逾期1个工作日扣0.1分: the time allowed, where the steps start
        if r.step.kind is A.StepKind.EXCESS:
            # (…,每超过1个工作日扣0.1分: the working days taken, or those past the 5? Answers differ)
            _no_deadline_beside([r], r.step)
        r.required = None
        r.used -= {id(p) for p in phrases if isinstance(p, A.Amount) and p.quantity.duration}
    if (r.step is not None and r.step.kind is A.StepKind.LATE and r.step.step.duration and r.condition is not None
            and r.condition.low is not None and r.condition.high is None):
        # 超过15分钟的,每延迟1分钟扣0.5分: the steps above the 15, of what the 15 is compared with
        r.step = replace(r.step, kind=A.StepKind.EXCESS)
    for k, p in enumerate(phrases):
        if (isinstance(p, A.Amount) and id(p) not in r.used and _within(phrases, k)
                and ((p.quantity.duration and r.condition is not None and r.condition.unit is A.Unit.COUNT)
                     or ((p.quantity.duration or p.quantity.unit is A.Unit.MEASURE) and r.award is None
                         and (r.deduct is not None or r.zero) and not r.proportional))):
            # 一年内被通报两次以上的: the time in which the times are counted; 校园周边200米范围内存在
            # 食品摊贩的,扣0.5分: where the failing is looked for; no number of its own
            r.used.add(id(p))
        elif isinstance(p, A.Amount) and id(p) not in r.used \
                and p.quantity.unit in (A.Unit.COUNT, A.Unit.MEASURE, A.Unit.NONE) and not _numbering(stmt, p):
            r.target, r.target_phrase = p.quantity.value, p
            if _kinds_announced(stmt, p, r.step):
                # 火灾四项指数(…)较上年每下降一项加0.5分: how many kinds there are, not where the steps start
                r.target = None
                r.used.add(id(p))
        elif isinstance(p, A.Amount) and id(p) not in r.used and p.quantity.unit is A.Unit.PERCENT:
            r.rate, r.rate_phrase = p.quantity.value, p
    counted = r.per is not None or (r.step is not None and r.step.kind is A.StepKind.DEFICIT and r.required is None
                                    and r.step.step.unit is A.Unit.COUNT) or (  # (每少一个百分点: short of the 100%)
        r.step is not None and r.step.kind is A.StepKind.LATE and not r.step.step.duration)  # (每迟报1例)
    if (r.rate == 1 and counted and r.deduct is not None and r.condition is None
            and r.rate_phrase.span.end <= phrases[outcome_index].span.start):
        # 数据准确率为100%,每发现一项错误扣5分: the standard that every failing counted falls short of
        r.used.add(id(r.rate_phrase))
        r.rate = None
    if outcome_index is not None:
        _failing_the_requirement(r, phrases, outcome_index)
    _none_is_no_failing(r)
    if r.bare and r.award is not None:
        # 按1分/人扣分, 按1分/条加分: the verb after the points says which way they go
        verb = next((p for p in phrases if _marker(p, A.Marker.LOOSE_DEDUCT, A.Marker.LOOSE_AWARD)
                     and p.span.start >= r.award.span.end), None)
        if verb is not None:
            if verb.marker is A.Marker.LOOSE_DEDUCT:
                r.deduct, r.award = r.award, None
            r.bare = False
            r.used.add(id(verb))
    if (r.condition is not None and r.condition.unit is A.Unit.COUNT and r.target is not None and r.per is None
            and r.step is None and r.required is None and not r.joint and r.condition.low is not None
            and r.condition.high is None and r.target < r.condition.low.value):
        # ②栏目更新数量超过50条…以上三项全都具备都5分: two counts, which is the one scored?
        raise _Reject(error(
            "E202", f"这一句有两个数量({plain(r.condition.low.value)}和{plain(r.target)}),不清楚分值按哪一个计",
            stmt.span, hint="把描述要求的数量写进引号,或把两个要求分成两句"))
    if (r.joint and r.per is not None and r.step is None and r.gives and not r.zero
            and all(iv is not None and iv.unit is not A.Unit.PERCENT for iv, _ in r.joint)
            and not any(getattr(getattr(q, "quantity", None), "word", None) == _counter_of(r) for _, q in r.joint)
            and not _sizes_the_unit(stmt)):
        # 发现一处面积在10㎡以上黑臭水体或长度在10米以上黑臭沟渠的每处扣1分: measures of each thing
        # counted, which say which ones are
        r.joint, r.condition = [], None
    _more_than_none(r)
    if (r.condition is None and r.rate is not None and not r.joint and _joint_outcome(r)
            and _subjects_listed(r, r.rate_phrase) is not None):
        # 知晓率和参与率均为100%的得2分: the rate each of them must reach (read as one value: which?)
        r.condition = _one_sided(_UP, r.rate, True, A.Unit.PERCENT)
        r.used.add(id(r.rate_phrase))
        _shared_condition(r, r.rate_phrase)
        r.rate = None
    if r.condition is not None and not r.joint and _joint_outcome(r):
        _shared_condition(r)
    elif (r.condition is not None and not r.joint and r.step is not None and _subjects_listed(r) is not None
          and r.signed_points is not None and r.signed_points > 0):
        # 及时受理率、按期办结率均应达到100%,每低1个百分点扣0.2分: steps of each rate, read as one value
        # (with no points of the clause's own, each rate's steps are read apart: _rates_sharing_steps)
        names, _ = _subjects_listed(r)
        raise _Reject(error(
            "E202", f"“{'、'.join(names)}”是{len(names)}个值,这句的逐步扣分只读得出一个值", r.stmt.span,
            hint=f"每个值各写一行规则,例如 {names[0]}应达到…,每低1个百分点扣…分"))
    listed = next((found[0] for _, at in r.joint if isinstance(at, A.Node)
                   for found in [_subjects_listed(r, at)] if found is not None and len(found[0]) > 1), None)
    if listed is not None and len(r.joint) > 1 and not r.subjects:
        # 及时受理率和按期办结率均达到100%且满意率在95%以上: the first condition is each of two rates
        # (read as one value among the joined conditions: which of the two?)
        raise _Reject(error(
            "E202", f"“{'、'.join(listed)}”是{len(listed)}个值,和另一个条件连在一起时读不出",
            r.stmt.span, hint=f"把每个值的条件分开写,例如 {listed[0]}达到…、{listed[1]}达到…且…的,得…分"))
    if r.rank is not None and ((r.condition is not None and r.condition.unit is A.Unit.COUNT)
                               or r.target is not None) and _rank_described(r):
        # 排名第一的授予“红旗窗口”,累计获得3次以上的加2分: how the title is won; the times are scored
        r.used.add(id(r.rank))
        r.rank = None
    if r.condition is not None and r.per is not None and r.step is None and _requirement_described(r):
        r.condition = None  # 每日清扫不少于1次,抽查发现不洁的,每处扣0.5分: what is counted is the failing
    _no_distance_from_a_bound_before(stmt)
    if r.joint and not _joint_outcome(r) and any(iv is None for iv, _ in r.joint):
        raise _alternative_refused(next(p for iv, p in r.joint if iv is None))
    if r.joint and not _joint_outcome(r):
        raise _Reject(error(
            "E202", "一个分句里有多个比较条件,无法判断按哪一个计分", stmt.span,
            hint="每个分句只写一个条件;若这句是对情形的描述,请在行首加“评定”"))
    if r.zero and r.full:  # 全扣全得: which case is which?
        raise _Reject(error("E202", "同一分句里既写了不得分又写了得满分,不清楚各在什么情况下", stmt.span,
                            hint="分成两句写条件,例如 达到要求的得满分,否则不得分"))
    _no_steps_against_the_case(stmt, phrases, r)
    _no_rates_listed_as_one(r)
    _no_bound_naming_whose_act(r)
    return r


def _no_rates_listed_as_one(r: Reading) -> None:
    """满意率、办结率二者均低于90%的 / …其中一项低于90%的: two rates before one condition, in words
    the shared condition does not take (read as one value named by both: which?), and 满意率、办结率每低于
    90%一个百分点 (each rate's steps, or one? read as one value). Refused."""
    if (r.condition is None and r.step is None) or r.joint or r.subjects:
        return
    at = next((p for p in r.stmt.phrases if id(p) in r.used and isinstance(p, (A.Compare, A.Range, A.Step))), None)
    if at is None:
        return
    lead = to_simplified(r.stmt.text[:at.span.start - r.stmt.span.start])
    listed = terminal_regex("RATES_LISTED").search(lead)
    if listed is not None:
        if r.step is not None:
            rest = lead[listed.end():]
            if re.search(r"[,，;；]", rest) or terminal_regex("SUBJECTS_ALL").search(rest):
                return  # (…均应达到100%,每低1个百分点; 培训率、持证率100%,每少1%: each rate's own steps)
            raise _Reject(error(
                "E202", f"“{listed.group(0)}”是几个值,读不出是每个分别计分,还是合成一个值", r.stmt.span,
                hint=f"每个分别计分的写成 {listed.group(0)}均应达到90%,每低1个百分点扣0.5分"))
        raise _Reject(error(
            "E202", f"“{listed.group(0)}”是几个值,这里的说法读不出是都要达到,还是有一个就算", r.stmt.span,
            hint=f"都要的写成 {listed.group(0)}均…;有一个就算的写成 "
                 f"{terminal_regex('SUBJECT_JOIN').sub('或', listed.group(0))}…"))


def _no_bound_naming_whose_act(r: Reading) -> None:
    """床位100张以上的养老机构配备医务室的得1分: the bound says which homes, the act after it is what earns
    the point (read as the beds alone: a large home without a clinic scored 1). Refused."""
    if r.condition is None or r.per is not None or r.step is not None or r.joint:
        return
    phrases = r.stmt.phrases
    k = next((i for i, p in enumerate(phrases) if isinstance(p, (A.Compare, A.Range)) and id(p) in r.used), None)
    end = next((i for i, p in enumerate(phrases) if _is_outcome(p)), len(phrases))
    if k is None or not (k + 3 < end and _marker(phrases[k + 1], A.Marker.DE)) or getattr(phrases[k], "demand", False):
        return  # (组建不少于30人的…队伍,达到的: a minimum asked of the thing, then its case)
    rest = phrases[k + 2:end]
    if (_marker(rest[-1], A.Marker.DE) and all(isinstance(p, A.Text) and not re.search(r"[,，;；。:：]", p.text)
                                               for p in rest[:-1])
            and len(_han("".join(p.text for p in rest[:-1]))) >= 4):
        said = r.stmt.text[phrases[k].span.start - r.stmt.span.start:phrases[k + 1].span.end - r.stmt.span.start]
        raise _Reject(error(
            "E202", f"“{said.strip()}”说的是哪些对象,后面写的才是要做到的事;这个数不是计分的条件",
            r.stmt.span, hint="把描述对象的话写进引号,例如 “床位100张以上的养老机构”配备医务室的得1分(值填是否做到)"))


def _case_compared(phrases, r: Reading, keep) -> A.Compare | None:
    """The comparison of the reading's condition that its 的 closes (缺席超过2次的, 比例低于95%的): a
    case, not a requirement; the first that `keep` accepts."""
    return next((p for k, p in enumerate(phrases) if isinstance(p, A.Compare) and id(p) in r.used and keep(p)
                 and k + 1 < len(phrases) and _marker(phrases[k + 1], A.Marker.DE)), None)


def _no_steps_against_the_case(stmt: Statement, phrases, r: Reading) -> None:
    """Steps that count against the case before them: 缺席超过2次的,每缺席1次扣0.5分 (absences past a
    number, each one missing; read as short of 2: none missed lost 1) and 比例低于95%的,每多1%扣1分
    (below, then each point more; read as steps above the 95)."""
    if r.step is None or r.condition is None:
        return
    past = _case_compared(phrases, r, lambda p: not p.demand)
    if (past is not None and r.step.kind is A.StepKind.DEFICIT and r.condition.low is not None
            and r.condition.high is None and r.condition.unit is A.Unit.COUNT):
        raise _Reject(error(
            "E202", f"“{_shown(stmt, past)}”之后“{_shown(stmt, r.step)}”扣分: 是超过后每次都扣,还是只扣超出的部分,"
                    "句子没有说清", _spanning(past.span, r.step.span),
            hint=f"只扣超出部分的写成 {_shown(stmt, past)}的,每多1次扣…分;每次都扣的写成 {_shown(stmt, r.step)}扣…分"))
    # (漏报率低于2%,每超过1个百分点扣0.5分: a limit, no 的, above which the steps count, and reads)
    below = _case_compared(phrases, r, lambda p: A.CmpWord.LT_PRE in p.words)
    if below is not None and r.step.kind is A.StepKind.EXCESS and r.condition.low is None and r.deduct is not None:
        raise _Reject(error(
            "E209", f"“{_shown(stmt, below)}”和“{_shown(stmt, r.step)}”一个往下、一个往上,读不出从哪里起算、往哪边计分",
            _spanning(below.span, r.step.span), hint="写成 低于95%的,每低1个百分点扣1分;或 超过95%的,每多1个百分点扣1分"))


def _more_than_none(r: Reading) -> None:
    """有增长但不足10%的得1分: some growth, below 10% (read as below 10% alone, no growth or a fall
    scored the 1 too)."""
    c = r.condition
    if c is None or c.low is not None or c.high is None or c.unit not in (A.Unit.PERCENT, A.Unit.COUNT, A.Unit.MEASURE):
        return
    at = next((p for p in r.stmt.phrases if isinstance(p, A.Compare) and id(p) in r.used), None)
    if at is None:
        return
    before = to_simplified(r.stmt.text[:at.span.start - r.stmt.span.start])
    if terminal_regex("SOME_CHANGE").search(before):
        r.condition = replace(c, low=A.Bound(Decimal(0), False))


def _joint_outcome(r: Reading) -> bool:
    """Conditions on several values score only as a yes/no of them all (or any): points,
    a deduction or nothing, with nothing counted, stepped or judged."""
    return (r.gives and not (r.zero and r.signed_points) and r.per is None and r.step is None
            and not r.judged and r.high is None and not r.listed and not r.amounts and r.each is None
            and r.rank is None and r.peer is None and not r.proportional and r.required is None
            and r.period in (None, 1) and not r.otherwise)  # (每年至少1件: the year is the assessment's)


def _places_between(text: str) -> list[Decimal] | None:
    """The places a list names between its first and its last (第一、二、三名: 二); None where the
    words between are not such a list."""
    parts = text.strip(" \t\u3000").split("、")
    if len(parts) < 2 or parts[0] or parts[-1]:
        return None
    try:
        return [Decimal(parse_number(part.strip(" \t\u3000"))[0]) for part in parts[1:-1]]
    except ValueError:
        return None


def _months_said(stmt: Statement, period: A.Period) -> int | None:
    """每年3月至5月…,每月不少于1次 / 上半年每季度召开1次: a requirement of each month (quarter,
    half-month) in the months named before it (3 a year, not 12; 2 quarters); None where no months
    are named, or the periods do not fill them (7月至9月每周: how many weeks?)."""
    months = _months_named_before(stmt, period)
    if months is None:
        return None
    per_month = {12: 1, 24: 2}.get(period.times)
    if per_month is not None:
        return months * per_month
    return months // 3 if period.times == 4 and months % 3 == 0 else None


def _months_named_before(stmt: Statement, period: A.Period) -> int | None:
    """The months of a span (3月至5月: 3) or a half of the year (上半年: 6) written before a period."""
    before = to_simplified(stmt.text[:period.span.start - stmt.span.start])
    span = terminal_regex("MONTH_SPAN").search(before)
    if span is not None:
        first, last = (int(parse_number(g)[0]) for g in span.groups())
        return last - first + 1 if 1 <= first <= last <= 12 else None
    onward = terminal_regex("MONTH_ONWARD").search(before)
    if onward is not None:  # 自7月起: to the year's end
        first = int(parse_number(onward.group(1))[0])
        return 12 - first + 1 if 1 <= first <= 12 else None
    return 6 if terminal_regex("YEAR_HALF").search(before) else None


def _periods(r: Reading) -> int:
    """The periods a requirement repeats in (每月: 12), where a count is asked for the year; refused
    where a season bounds them (防火期内每周不少于2次: read as 52 weeks, a half-year season asked 104)."""
    periods = [p for p in r.stmt.phrases if isinstance(p, A.Period)]
    if (r.period or 1) > 1 and len({p.times for p in periods if p.times > 1}) > 1:  # (每年3月至5月…,每月…: one)
        # 上半年每月开展1次,下半年每季度开展1次: requirements of two periods (read as the last one's, 2)
        raise _Reject(error(
            "E202", "这个要求写了两种周期,一共应完成多少次,句子没有说", periods[-1].span,
            hint="写明全年应完成的次数,例如 全年不少于8次(上半年每月1次,下半年每季度1次),每少1次扣0.5分"))
    period = periods[0] if periods else None
    before = to_simplified(r.stmt.text[:period.span.start - r.stmt.span.start]) if period is not None else ""
    season = terminal_regex("SEASON_SAID").search(before)
    if season is None and period is not None and _months_said(r.stmt, period) is None:
        # 7月至9月每周开展1次, 上半年每两周1次: months named, the periods in them not worked out (read as
        # the year's 52 weeks, a unit that did all 13 lost every point)
        season = next(filter(None, (terminal_regex(name).search(before)
                                    for name in ("MONTH_SPAN", "MONTH_ONWARD", "YEAR_HALF"))), None)
    season = season or terminal_regex("YEAR_PART").search(before)
    if (r.period or 1) > 1 and season is not None:
        said = r.stmt.text[period.span.start - r.stmt.span.start:period.span.end - r.stmt.span.start]
        raise _Reject(error(
            "E202", f"“{season.group(0)}”是一年中的一段时间,{said}的要求在这段时间里共要完成几次,句子没有说",
            period.span, hint=f"写明这段时间共应完成的次数,如 {season.group(0)}共不少于20次,每少1次扣…分"))
    return r.period or 1


def _yearly_number(r: Reading) -> bool:
    """每季度更新一次内容,全年更新不足4次的 / 按季度报送,全年报送4次的 / 全年应上报4次: the number,
    after 全年, is the year's (not each quarter's)."""
    phrases = r.stmt.phrases
    # (每半月上报1次…,全年应报24次: the number required, where one is, not the period's own 1)
    at = next((p for p in phrases if r.required is not None and isinstance(p, A.Amount)
               and p.quantity.unit is A.Unit.COUNT and p.quantity.value == r.required), None)
    # (每月1次,全年应开展12次: the 1 is how often, the period's own; the 12 the year's)
    at = at or next((p for i, p in enumerate(phrases) if (id(p) in r.used and isinstance(p, (A.Compare, A.Range))) or (
        isinstance(p, A.Amount) and p.quantity.unit is A.Unit.COUNT and not p.quantity.duration
        and (id(p) in r.used or p.quantity.value == r.target) and not (i and isinstance(phrases[i - 1], A.Period)))),
        None)
    period = _last_period_before(phrases, at)
    if period is None or at is None:
        return False
    between = r.stmt.text[period.span.end - r.stmt.span.start:at.span.start - r.stmt.span.start]
    return terminal_regex("YEAR_TOTAL").search(to_simplified(between)) is not None


def _vetoes_among_clauses(readings: list[Reading], span: Span, item_points: Decimal | None = None) -> list[Reading]:
    """发生一般事故的,每起扣2分;发生较大事故的,本项不得分并实行一票否决: the veto is one case's, which
    also leaves the item nothing (a 并实行一票否决 after a zero is that zero's); with points of its own
    besides (全年无火灾得10分,…并实行一票否决) the points would be passed over, and it is refused."""
    kept: list[Reading] = []
    for r in readings:
        # (…的,本项不得分;发现后未及时铲除…的,实行一票否决: a case of its own, 的, is another failing)
        if (r.veto and not r.gives and kept and kept[-1].zero and not kept[-1].veto
                and not any(_marker(p, A.Marker.DE) for p in r.stmt.phrases)):
            kept[-1].veto = True  # ,并实行一票否决 after 该项得零分
            kept[-1].used.update(id(p) for p in r.stmt.phrases)
            continue
        if (r.zero and not r.veto and kept and kept[-1].veto and not kept[-1].gives and r.condition is None
                and not r.negative and r.per is None and r.step is None):
            kept[-1].used.update(id(p) for p in r.stmt.phrases)  # 实行一票否决,年度考核得分为0
            continue
        kept.append(r)
    if all(r.veto for r in kept):
        return kept
    vetoes = list(itertools.takewhile(lambda r: r.veto, reversed(kept)))
    points = kept[:len(kept) - len(vetoes)]
    if (item_points is not None and vetoes and points
            and all(not r.signed_points and r.condition is None and not r.joint for r in vetoes)
            and (points[-1].stmt.limit_ends or points[-1].stmt.separator).strip() in (";", "；", "。")
            and not any(r.veto for r in points)):
        # …达到标准的得3分,未达到标准的得1分;因…造成人员伤亡的,一票否决: a case of its own after the
        # points, in an item with points: the grade, and the item's nothing (refused as points a veto
        # would override)
        for r in vetoes:
            r.zero = True
        return kept
    if len(kept) == 2 and any(
            case.veto and not case.signed_points and case.condition is None and not case.negative
            and denial.negative and not denial.veto and _event_denied(denial, case)
            for case, denial in (kept, kept[::-1])):
        # 发生…的,实行一票否决,本项不得分;未发生的得5分 (未发生…的得满分(2分),发生的实行一票否决): the
        # veto's case and its other answer with the points, one yes/no (the points are not passed over)
        for r in kept:
            r.zero = r.zero or r.veto
        return kept
    if any(r.gives and not r.zero and r.signed_points != 0 and not r.per and r.step is None
           and (r.veto or r.award is not None) and not _heads_with_a_colon(r, kept[i + 1:])
           for i, r in enumerate(kept)) or any(r.veto and r.signed_points for r in kept):
        raise _Reject(error("E202", "一句里既有分值又有一票否决,一票否决会盖过分值", span,
                            hint="把一票否决另写一行: 否决 …: 发生森林火灾的,实行一票否决"))
    for r in kept:
        if r.veto and r.condition is not None:
            # 发生1起扣3分,2起以上的实行一票否决: a veto on a tier of a value (read as the tier's 0, the
            # grade was passed over)
            raise _Reject(error("E202", "一票否决写在某一档(数量、比率达到多少)上,jdscore 只读整句是/否的一票否决", r.stmt.span,
                                hint="把一票否决另写一行: 否决 …: 发生2起以上的,实行一票否决"))
        if r.veto:
            r.zero = True  # the vetoed case leaves the item nothing
    return kept


def _heads_with_a_colon(r: Reading, after: list[Reading]) -> bool:
    """安全生产(5分):…实行一票否决,本项计0分;…每起扣2分: points right before a colon (in brackets
    or not) are a heading's, the item's own, with the statements after them: what deductions and a
    veto come off, the top of a range judged, never an award of their own."""
    if not (r.bare and after and r.award is not None and r.per is None and r.step is None and not r.added):
        return False
    points = next((p for p in r.stmt.phrases if _is_bare_points(p) and p.quantity is r.award), None)
    if points is None:
        return False
    whole = r.stmt.whole or r.stmt
    behind = whole.text[points.span.end - whole.span.start:]
    behind = behind[re.match(r"[ \t\u3000]*[)）]?[ \t\u3000]*", behind).end():]
    # (…(8分)。每项2分: points for each, with no verb, are no item of a list of bare points)
    if (behind[:1] == "。" or not behind.strip() and r.stmt.separator.strip() == "。") and (
            not after[0].bare or (after[0].per is not None and after[0].condition is None)) and not any(
            _marker(p, A.Marker.DE) and not whole.text[p.span.end - whole.span.start:points.span.start
                                                        - whole.span.start].strip(" \t\u3000(（")
            for p in r.stmt.phrases):
        # 机关干部职工捐款率(10分)。当年…: a sentence of a name and its points, before the rest (a 的
        # inside the name, 市级下达的…指标(3分), is no condition: 建立台账的(2分) is)
        return True
    return behind[:1] in (":", "：") or (not behind.strip() and (
        r.stmt.separator.strip() in (":", "：") or after[0].stmt.text.lstrip()[:1] in (":", "：")))


def _rank_described(r: Reading) -> bool:
    """A place before a comma, and a count of times after it that carries the points."""
    at = next((p for p in r.stmt.phrases if isinstance(p, (A.Compare, A.Range, A.Amount))
               and p.span.start >= r.rank.span.end), None)
    return at is not None and _apart(r.stmt, r.rank, at)


def _requirement_described(r: Reading) -> bool:
    """每周至少召开1次主题班会,检查中每发现1次无班会记录的扣0.5分: a requirement, then (after a
    comma) a failing of its own counted per time; the requirement's number is no tier of it."""
    stmt = r.stmt
    at = [p for p in stmt.phrases if isinstance(p, (A.Compare, A.Range)) and id(p) in r.used]
    outcome = next((p for p in stmt.phrases if isinstance(p, (A.Award, A.Deduct))), None)
    before = stmt.phrases[:stmt.phrases.index(at[0])] if len(at) == 1 else []
    if outcome is None or not any(isinstance(p, (A.Period, A.Per)) for p in before):
        return False
    after = stmt.text[at[0].span.end - stmt.span.start:outcome.span.start - stmt.span.start]
    cut = max(after.find(","), after.find("，"))
    # (每个村至少配备1名,未配备的每村扣0.5分: each village's own count, a tier of each record)
    counted = next((p for p in stmt.phrases if isinstance(p, A.Per) and p.span.start > at[0].span.end), None)
    word = counted.word or (counted.quantity.word if counted.quantity is not None else "") if counted else ""
    if not word and counted is not None:  # 每发现1次: the counter is the count's
        word = next((p.quantity.word for p in stmt.phrases if isinstance(p, A.Amount)
                     and p.span.start > counted.span.start), "")
    if cut < 0 or not word or any(
            isinstance(p, A.Per) and word in stmt.text[p.span.start - stmt.span.start:at[0].span.start
                                                       - stmt.span.start] for p in before):
        return False
    failing = to_simplified(after[cut:])
    return any(terminal_regex(name).search(failing) for name in ("NEG", "INCIDENT_VERB", "FAILING_WORD"))


def _kinds_announced(stmt: Statement, count: A.Amount, step: A.Step | None) -> bool:
    """Is `count` the number of kinds a change year on year is counted in (四项指数…较上年每下降一项)?"""
    if step is None or step.kind is A.StepKind.DEFICIT or count.span.end > step.span.start:
        return False
    between = to_simplified(stmt.text[count.span.end - stmt.span.start:step.span.start - stmt.span.start])
    return (count.quantity.word == step.step.word and count.quantity.value > 1
            and terminal_regex("YEAR_ON_YEAR").search(between) is not None)


def _shared_condition(r: Reading, at: A.Node | None = None) -> None:
    """职工知晓率、参与率>90%(0.5分): one condition after rates listed with 、 holds for each of
    them, as conditions on several values (the points need them all; a failing is any one's)."""
    found = _subjects_listed(r, at)
    if found is None:
        return
    names, at = found
    r.subjects = names
    r.joint, r.condition = [(r.condition, at)] * len(names), None


def _rates_sharing_steps(readings: list[Reading]) -> list[str] | None:
    """培训率、持证率100%,每少1%扣0.5分: rates listed with 、 before the one standard their steps fall
    short of: each rate's own steps."""
    for r in readings:
        if r.step is None and not (r.rate is not None or r.condition is not None):
            continue
        at = r.rate_phrase if r.condition is None and r.rate is not None else None
        found = _subjects_listed(r, at)
        if found is not None and len(found[0]) > 1:
            return found[0]
        return None
    return None


def _subjects_listed(r: Reading, at: A.Node | None = None) -> tuple[list[str], A.Node] | None:
    """The rates listed with 、 before the statement's first comparison (知晓率、参与率), with it;
    or before `at`, a bare rate (均为100%)."""
    at = at or min((p for p in r.stmt.phrases if id(p) in r.used and isinstance(p, (A.Compare, A.Range, A.OpSymbol))),
                   key=lambda p: p.span.start, default=None)
    if at is None:
        return None
    lead = r.stmt.text[:at.span.start - r.stmt.span.start]
    # (after a remark in brackets, too: (查阅台账资料)知晓率、参与率>90%)
    lead = lead[max(lead.rfind(c) for c in ",，;；。:：)）】") + 1:].strip()
    plain_lead = to_simplified(lead)
    if not terminal_regex("SHARED_SUBJECTS").fullmatch(plain_lead):
        return None
    end = terminal_regex("SUBJECTS_END").search(plain_lead)
    lead = lead[:len(lead) - len(end.group(0))] if end else lead
    bounds = [0] + [b for m in terminal_regex("SUBJECT_JOIN").finditer(plain_lead[:len(lead)]) for b in m.span()]
    names = [lead[bounds[k]:bounds[k + 1]] for k in range(0, len(bounds) - 1, 2)] + [lead[bounds[-1]:]]
    return [n.strip() for n in names], at


def _count_before(phrases, outcome_index: int) -> A.Amount | None:
    """A count of more than one right before the points (发生2起扣12分, 用稿12篇,6分)."""
    for j in range(outcome_index - 1, -1, -1):
        p = phrases[j]
        if isinstance(p, A.Amount) and j > 0 and isinstance(phrases[j - 1], A.Period):
            return None
        if isinstance(p, A.Amount) and p.quantity.unit is A.Unit.COUNT and not p.quantity.duration:
            return p if p.quantity.value > 1 else None
        if isinstance(p, A.Amount) and p.quantity.duration and j == 0 and outcome_index == 1:
            # …1天扣1分,2天扣2分: a time alone before its points (three months within which
            # something must be done, 三个月内未补选的, is no count)
            return p if p.quantity.value > 1 else None
        if isinstance(p, (A.Compare, A.Range, A.Step, A.OpSymbol, A.Per, A.Amount)):
            return None
    return None


def _failing_the_requirement(r: Reading, phrases, outcome_index: int) -> None:
    """知晓率达到90%以上,未达到的扣2分; 每个村至少配备1名专干,未配备的每村扣0.5分; …以上,否则
    扣2分; 踏查率100%,达不到的扣1分: a requirement, then a failing (未…, 否则) in a later clause
    before the points: the points are for not meeting it, so the condition is its opposite.
    (两项以上未完成的: in the same clause, 未 says what is counted, not a failing of it.)"""
    if r.condition is not None:
        at = max((i for i, p in enumerate(phrases) if id(p) in r.used
                  and isinstance(p, (A.Compare, A.Range, A.OpSymbol, A.PeerPhrase))), default=None)
        requirement = r.condition
    elif r.rate is not None and r.step is None and r.per is None:  # a bare rate is the requirement
        at = next(i for i, p in enumerate(phrases) if p is r.rate_phrase)
        requirement = _one_sided(_UP, r.rate, True, A.Unit.PERCENT)
    else:
        return
    if at is None:
        return
    if (r.bare and r.award is not None and r.award.value > 0 and outcome_index < len(phrases)
            and phrases[outcome_index].span.start > phrases[at].span.start):
        # …200人以上的企事业单位成立有调委会,做到小事不出单位。(2分): points printed after the words are
        # what meeting them earns; a 不 among the words is no failing (read so, fewer than 200 earned 2)
        return
    # (低于95%,但不低于最低保有量的: 不 before a comparison word of its own is no failing of the 95%)
    failing = next((p for p, nxt in zip(phrases[at + 1:outcome_index], phrases[at + 2:outcome_index + 1])
                    if _marker(p, A.Marker.NEG, A.Marker.ELSE) and not _marker(nxt, A.Marker.LOOSE_CMP)), None)
    if failing is None and r.step is None:
        failing = _other_side_named(r, phrases[at], phrases[outcome_index], requirement)
    if failing is None and r.is_deduction:
        # 班会课时间不少于30分钟,30分钟内解散的,扣1分: the number said again with 内 after it is the
        # failing, short of the requirement (read as the requirement, 30 minutes or more lost the point)
        bound = requirement.low or requirement.high
        within = terminal_regex("WITHIN_TIME")
        failing = next((q for q, nxt in zip(phrases[at + 1:outcome_index], phrases[at + 2:outcome_index + 1])
                        if isinstance(q, A.Amount) and bound is not None and q.quantity.value == bound.value
                        and isinstance(nxt, A.Text) and within.match(to_simplified(nxt.text))), None)
    if failing is None or not _apart(r.stmt, phrases[at], failing):
        return
    if _marker(failing, A.Marker.NEG) and _another_requirement(r, phrases, at, failing, outcome_index):
        return
    if _case_closed(r.stmt, phrases, at):
        # 缺席两次以上的,评定为不合格等次,本项计零分: the case is said in full (…的,), and the 不
        # after it names what follows from it (read as its failing: two absences kept the item)
        return
    if outcome_index < len(phrases) and phrases[outcome_index].span.start < phrases[at].span.start:
        # 总分500分,达到450分以上为合格,低于此分为不合格: the points are the total said before,
        # not what the failing scores (read so, below 450 scored all 500 and 450 itself 0)
        raise _Reject(error("E202", "前面写的总分不是达不到要求时的得分;这句像是等级划分,不是计分规则", r.stmt.span,
                            hint="等级写成 等级: 450分以上为合格,450分以下为不合格;计分的写成 达到450分以上的得…分"))
    r.condition = _negate(requirement, r.stmt.span)
    r.failing_turned = True
    r.otherwise = False  # 否则 here is this statement's own failing, not another tier's
    if r.rate is not None:
        r.used.add(id(r.rate_phrase))
        r.rate = None


def _another_requirement(r: Reading, phrases, at: int, failing, outcome_index: int) -> bool:
    """…2000万元以上,且无累计亏损的得10分 / 覆盖率达到90%以上,无安全事故的得3分: the 无 after a
    joining word, or before other words for points given, asks another thing (read as failing
    the 90%, below it earned the 3). 未达到的, 达不到要求的, 未配备的 (a verb of the requirement)
    still fail it."""
    k = next(i for i, p in enumerate(phrases) if p is failing)
    stmt = r.stmt.whole or r.stmt
    between = to_simplified(stmt.text[phrases[at].span.end - stmt.span.start:failing.span.start - stmt.span.start])
    if any(_marker(p, A.Marker.ALSO) for p in phrases[at + 1:k]) or \
            terminal_regex("ACTS_JOINED").match(between.lstrip(" \t\u3000,，、")):
        return True
    return k == at + 1 and _asks_another_thing(r, phrases, at)


def _asks_another_thing(r: Reading, phrases, at: int) -> bool:
    """覆盖率达到90%以上,无安全事故的得3分 / 培训覆盖率达到100%,档案齐全的得2分: right after the
    comparison at `at`, past a clause break, words of another thing (or 无/未 and them), for
    points given. (未达到的, 达不到要求的, 未配备的 say a verb of the requirement again: its failing.)"""
    nxt = phrases[at + 1] if at + 1 < len(phrases) else None
    # (达到90%以上无安全事故的: after a rate, 无 needs no break; 5人以下未到的 says whom a count counts)
    rate = getattr(getattr(phrases[at], "quantity", None), "unit", None) is A.Unit.PERCENT
    if r.award is None or r.award.value <= 0 or r.zero or not (_marker(nxt, A.Marker.NEG) or isinstance(nxt, A.Text)) \
            or not (_apart(r.stmt, phrases[at], nxt) or (rate and _marker(nxt, A.Marker.NEG))):
        return False
    start = at + 2 if _marker(nxt, A.Marker.NEG) else at + 1
    end = _words_end(phrases, start)
    if any(not isinstance(p, A.Text) for p in phrases[start:end]):
        return False  # (numbers, notes, other markers among the words: not a plain requirement)
    words = to_simplified("".join(p.text for p in phrases[start:end]))
    words = words.strip(" \t\u3000,，的者")
    stmt = r.stmt.whole or r.stmt
    lead = to_simplified(stmt.text[:phrases[at].span.end - stmt.span.start])
    # (即为20分, ;(2分): a word or two joining the points, no requirement; 无事故 is one)
    enough = len(re.findall(r"[\u4e00-\u9fff]", words)) >= (2 if start == at + 2 else 3)
    return (enough and not terminal_regex("MET_AGAIN").match(words) and words[:2] not in lead
            and not terminal_regex("CHECKED_BY").match(words))  # (以系统数据为准: how it is checked)


def _words_end(phrases, start: int) -> int:
    """Where the words from `start` end: at their 的, or at the points (the end of the phrases)."""
    return next((i for i in range(start, len(phrases)) if _is_outcome(phrases[i]) or _marker(phrases[i], A.Marker.DE)),
                len(phrases))


def _other_side_named(r: Reading, requirement_phrase, outcome, requirement: A.Interval):
    """不低于90%,低于的扣2分 / 不超过1%,超过规定标准的扣2分: the requirement's other side named by
    a comparison word with no number of its own; the outcome (its points stand after it) when it
    is, None when not. The word must point away from what the requirement asks."""
    stmt = r.stmt.whole or r.stmt
    after = to_simplified(stmt.text[requirement_phrase.span.end - stmt.span.start:outcome.span.start - stmt.span.start])
    below, above = terminal_regex("BELOW_IT").match(after), terminal_regex("ABOVE_IT").match(after)
    if not (below or above):
        return None
    asks_at_least = requirement.low is not None and requirement.high is None
    asks_at_most = requirement.high is not None and requirement.low is None
    if (below and asks_at_least) or (above and asks_at_most):
        return outcome
    word = (below or above).group(0).strip(" \t\u3000,，;；。")
    raise _Reject(error(
        "E202", f"“{word}”没有写数值,和前面的要求又不是相反的一面,不清楚指的是哪些", r.stmt.span,
        hint="把数值写出来,如 低于90%的扣2分"))


def _step_above(phrases, per_phrases: list, limit: A.Quantity, per: Decimal) -> A.Quantity | None:
    """The step of a 每 in the limit's own unit (每10分钟 above 60分钟, 每1个百分点 above 5%), or
    None when the 每 counts something else (不超过10个工作日,超过的每件: the late ones)."""
    said = next((p for p in phrases if id(p) in per_phrases and isinstance(p, A.Per)), None)
    if said is not None and said.quantity is not None and said.quantity.unit is A.Unit.PERCENT:
        return said.quantity if limit.unit is A.Unit.PERCENT else None
    word = (said.quantity.word if said.quantity is not None else said.word) if said is not None else ""
    if limit.unit is A.Unit.PERCENT or _unit_word(limit.word) != _unit_word(word):
        return None
    return replace(limit, value=per)


def _unit_word(word: str) -> str:
    """A counter as the same thing counted (个工作日, 天 and 日 are all days)."""
    return terminal_regex("DAY_WORD").sub("D", word.lstrip("每个"))


def _places_through(stmt: Statement, phrases, i: int, r: Reading) -> A.RankPhrase:
    """第4名至第6名 / 第1至第3名: the places from the first number to the second; 第7名及以后:
    that place and all after it (read alone, each was the one place written last)."""
    p = phrases[i]
    if p.outside or (p.within and p.kind in (A.RankFrom.TOP, A.RankFrom.BOTTOM) and _places_outside(phrases, i, r)):
        if p.kind is A.RankFrom.BOTTOM:  # 未进入倒数三名: which places are above the last three?
            raise _Reject(error("E202", f"“{_shown(stmt, p)}”{'' if p.outside else '之外'}是哪些名次,要知道参加排名的单位数才算得出", p.span,
                                hint="写成从前往后的名次,例如 第1至9名的加1分"))
        # 未进入全市前十名的扣1分, 前三名以外的: the places after them (read as the first ten, the
        # deduction fell on exactly the units it spared)
        return replace(p, kind=A.RankFrom.ONWARD, within=False,
                       position=replace(p.position, value=p.position.value + 1))
    if p.kind not in (A.RankFrom.NTH, A.RankFrom.BOTTOM) or p.within:
        return p
    whole = stmt.whole or stmt
    nxt = phrases[i + 1] if i + 1 < len(phrases) else None
    if (p.kind is A.RankFrom.NTH and isinstance(nxt, A.Text)
            and terminal_regex("RANK_ONWARD").match(to_simplified(nxt.text))):
        return replace(p, kind=A.RankFrom.ONWARD)
    before_it = phrases[i - 1] if i >= 1 else None
    if (isinstance(before_it, A.RankPhrase) and before_it.kind in (A.RankFrom.NTH, A.RankFrom.BOTTOM)
            and p.kind is A.RankFrom.NTH and not before_it.within and before_it.span.end <= p.span.start):
        # 第1至3名, 倒数第2至3名: the range's last place right after its first (the 至 is the
        # second's), counted from where the first is
        return replace(p, kind=before_it.kind, start=before_it.position)
    if (i >= 2 and isinstance(phrases[i - 1], A.Text) and phrases[i - 1].text.strip(" \t\u3000") == "、"
            and isinstance(phrases[i - 2], A.RankPhrase)):
        # 倒数第一、第二名 / 第一、第二名: the places listed, from where the first counts
        first = _places_through(stmt, phrases, i - 2, r)
        if first.kind not in (A.RankFrom.NTH, A.RankFrom.BOTTOM) or first.within or p.position.value != (
                first.position.value + 1):
            raise _Reject(error("E218", f"这里的“{_shown(stmt, p)}”没有读懂", p.span,
                                hint="名次用“、”列出时只读相连的名次(第一、第二名);其他的请写成 第1至3名,或分开写"))
        r.used.add(id(phrases[i - 2]))
        return replace(p, kind=first.kind, start=first.start or first.position)
    if p.kind is A.RankFrom.NTH and whole.text[:p.span.start - whole.span.start].rstrip(" \t\u3000").endswith("、"):
        # (倒数第二、第三的 with the first place unread: 第三 alone is no place of its own)
        raise _Reject(error("E218", f"这里的“{_shown(stmt, p)}”没有读懂", p.span,
                            hint="名次用“、”列出时写全每一个名次(第二名、第三名),或写成 第2至3名"))
    if i >= 2 and isinstance(phrases[i - 1], A.Text) and terminal_regex("RANK_THROUGH").match(phrases[i - 1].text):
        first = phrases[i - 2]
        before = whole.text[:first.span.start - whole.span.start]
        if isinstance(first, A.RankPhrase) and first.kind in (A.RankFrom.NTH, A.RankFrom.BOTTOM) and not first.within:
            # (倒数第2名至第3名: both from the last, as the first says)
            return replace(p, kind=first.kind, start=first.position)
        if (isinstance(first, A.Amount) and first.quantity.unit in (A.Unit.COUNT, A.Unit.NONE)
                and terminal_regex("RANK_ORD").search(before[-1:] + "1名")):
            r.used.add(id(first))
            return replace(p, start=first.quantity)
    return p


def _places_outside(phrases, i: int, r: Reading) -> bool:
    """未进入前十名 / 不在前三名 (a 未 and only a verb of placing between), 前三名以外 / 之后: the places
    outside the first N. The words that say so are read."""
    nxt = phrases[i + 1] if i + 1 < len(phrases) else None
    if isinstance(nxt, A.Text) and terminal_regex("RANK_OUTSIDE").match(to_simplified(nxt.text)):
        r.used.add(id(nxt))
        return True
    k = i - 1
    words = ""
    while k >= 0 and isinstance(phrases[k], A.Text):
        words = phrases[k].text + words
        k -= 1
    words = to_simplified(words).strip(" \t\u3000")
    if k >= 0 and _marker(phrases[k], A.Marker.NEG) and (
            not words or terminal_regex("RANK_NOT_INTO").fullmatch(words)):
        r.used.add(id(phrases[k]))
        # (the 未 is the places', no failing of the statement: 未进入前三名的不得分 gives them 0)
        r.negative = any(_marker(q, A.Marker.NEG) for q in phrases[:k])
        return True
    return False


def _numbering(stmt: Statement, p: A.Amount) -> bool:
    """A bare number right before 、 (评分标准:2、现场规程齐全…), or right after a closing bracket
    and before words (…扣3分)2查文件:), numbers a part; it is no requirement."""
    after = stmt.text[p.span.end - stmt.span.start:]
    before = stmt.text[:p.span.start - stmt.span.start]
    return p.quantity.unit is A.Unit.NONE and (
        terminal_regex("LIST_MARK_AFTER").match(after) is not None
        or (terminal_regex("LIST_MARK_BEFORE").search(before) is not None and re.match(r"[\u4e00-\u9fff]", after)))


def _number_apart_from_period(r: Reading) -> bool:
    """每季度开展,少于4次的每少1次: the number in a clause of its own after the period's is the
    year's (每季度不少于1次 in one clause: the period's)."""
    first = next((p for p in r.stmt.phrases if isinstance(p, A.Period)), None)
    number = next((p for p in r.stmt.phrases if isinstance(p, (A.Compare, A.Range)) and first is not None
                   and p.span.start > first.span.end), None)
    # (按季度更新…,每季度不少于1次: the period nearest the number is its own)
    return number is not None and _apart(r.stmt, _last_period_before(r.stmt.phrases, number), number)


def _last_period_before(phrases, at) -> A.Period | None:
    """The period said last before the phrase `at` (每季度 in 按季度更新…,每季度不少于1次)."""
    if at is None:
        return None
    return next((p for p in reversed(phrases) if isinstance(p, A.Period) and p.span.end <= at.span.start), None)


def _no_multiple_of_the_average(stmt: Statement, phrases) -> None:
    """达到全县平均水平1.5倍以上的 / 平均水平90%以上: a multiple or share of the average, which
    the steps from it (值为高出平均值的部分) cannot say: refused (高于平均水平5个百分点 is a distance)."""
    for before, p in zip(phrases, phrases[1:]):
        if (isinstance(before, A.PeerPhrase) and isinstance(p, A.Compare)
                and terminal_regex("TIMES_WORD").fullmatch(p.quantity.word)):
            raise _Reject(error(
                "E205", f"“{_shown(stmt, before)}{_shown(stmt, p)}”是平均值的倍数(百分比),jdscore 只算与平均值的差",
                p.span, hint="把与平均值之比作为要读的值: 与全县平均水平之比达到1.5以上的,得2分"))


def _no_standard_per_head(stmt: Statement, phrases) -> None:
    """人均不低于500万元/人: a standard per head (the total divided by people, which the sentence
    does not give), never a count per person: refused (it was 1 point per yuan)."""
    for before, p in zip(phrases, phrases[1:]):
        if _marker(before, A.Marker.LOOSE_CMP) and isinstance(p, A.Per) and p.span.start == before.span.end:
            # 补贴标准低于每件100元的,扣1分: a standard for each one, compared (read as 1 point per 100 元)
            raise _Reject(error(
                "E205", f"“{_shown(stmt, before)}{_shown(stmt, p)}…”是按每件(每人)写的标准,不是逐步计分", p.span,
                hint="把每件的数值作为要读的值,例如 个案补贴标准低于100元/件的,扣1分 写成 补贴标准低于100元的,扣1分"))
        if isinstance(before, A.Compare) and isinstance(p, A.Per) and p.span.start == before.span.end and stmt.text[
                p.span.start - stmt.span.start:p.span.start - stmt.span.start + 1] in "/／":
            raise _Reject(error(
                "E205", f"“{_shown(stmt, before)}{_shown(stmt, p)}”是按人均(每…)写的标准,句子没有给出总数和人数",
                before.span, hint="把人均值作为要读的值: 人均到位资金不低于500万元的得1分"))


def _none_of_the_cases_first(readings: list[Reading], item_points: Decimal | None = None) -> list[Reading]:
    """一般事故每起扣1分,较大事故每起扣2分;全年无安全事故的得5分 / 每起扣2分;未发生的,得满分 /
    …每起扣1分;全年无上述情况的得4分: none of the cases counted, said after them, is where the
    counting starts, as when it comes first (read as a yes/no of its own, one case scored 0)."""
    if len(readings) < 2:
        return readings
    last, counted = readings[-1], readings[:-1]
    if not (last.negative and last.condition is None and last.per is None and last.step is None
            and (last.full or (last.award is not None and not last.added)) and _nothing_else(last)):
        return readings
    if not all(_counts_each_one(r) and r.deduct is not None and r.condition is None for r in counted):
        return readings
    if any(_counts_another_thing(last, r) for r in counted):
        if last.full or item_points is None or last.award.value != item_points:
            return readings  # (病险水库每座扣0.5分;全年未发生…垮坝事故的得2分: a requirement of its own)
        # 每发现1处油污扣1分,无污渍得10分 in an item of 10: after the counting, the item's points for
        # none of something named in other words; read as a yes/no of its own, the deductions only
        # ever took from a unit with none (one stain lost the 10 and the 1)
        raise _Reject(error(
            "E202", f"“{last.stmt.text.strip()}”是没有上述扣分情形时的分值(从这里扣起),还是另一项要求,句子没有说清",
            last.stmt.span, hint=f"是起点的,写成 本项{plain(last.award.value)}分,每发现1处…扣1分;是另一项要求的,分成两句"))
    return [last] + counted


def _counts_each_one(r: Reading) -> bool:
    """每起扣2分, and 每漏报1次扣1分 (a step short, one at a time): each one counted."""
    return r.per is not None or (r.step is not None and r.step.each and r.step.kind is A.StepKind.DEFICIT
                                 and r.step.step.unit is A.Unit.COUNT and r.step.step.value == 1
                                 and r.required is None)


def _names_nothing_new(none_of: Reading, counted: Reading) -> bool:
    """未发生的 / 全年无安全事故的 after 发生较大安全事故的每起扣2分: the none-case's own words (without
    its 未/无, the year and the verb of happening) are none, or all of them are in the counted words
    in their order: the same cases, said after them."""
    lead = to_simplified(none_of.lead)
    for terminal in ("NEG", "YEAR_TOTAL", "INCIDENT_VERB", "DE", "CASES_ABOVE"):
        lead = terminal_regex(terminal).sub("", lead)
    own = re.sub(r"[\s,，;；、:：()（）]", "", lead)
    return _in_order(own, _what_happened(counted.stmt.text))



def _heading_is_full_points(readings: list[Reading], ctx: Context) -> tuple[list[Reading], Context, set]:
    """执行率(5分):达到90%以上的得满分,每低1个百分点扣0.5分: 得满分 under a heading's points is
    those points, the item's (read apart, the heading was a yes/no of 5 beside the steps). Under an
    item of other points, which one 满分 names is not said: refused."""
    if not (readings and _heads_with_a_colon(readings[0], readings[1:]) and any(r.full for r in readings[1:])
            # (医保电子凭证激活(3分):按任务完成比例计分,…的得满分: the share is the heading's statement's own)
            and not readings[0].proportional and _nothing_else(readings[0])):
        return readings, ctx, set()
    heading = readings[0]
    if ctx.item_points is not None and ctx.item_points != heading.award.value:
        raise _Reject(error(
            "E202", f"标题写{plain(heading.award.value)}分,本项是{plain(ctx.item_points)}分,“得满分”指哪一个,句子没有说清",
            heading.stmt.span, hint="让标题的分值和本项分值一致,或把“得满分”写成具体分值"))
    return readings[1:], replace(ctx, item_points=heading.award.value), {id(p) for p in heading.stmt.phrases}


def _failings_restating_requirements(readings: list[Reading]) -> tuple[list[Reading], set]:
    """机制健全(0.5分),建立台账(0.5分)。机制不健全的扣0.5分;未建立台账的扣0.5分: each failing after
    the requirements, in their order and for their points, says how those points are lost; read
    apart, a unit without the 台账 lost its 0.5 twice. The requirements are read, and the phrases
    of the failings returned as read."""
    for each, r in zip(readings, readings[1:]):
        # 耕地保有量、永久基本农田保护面积各3分,未完成任务的各扣3分: each part's 3, lost by the part not done
        # (read as a count of its own beside them, one unfinished task cost 6)
        if (each.each is not None and each.each.bare and not each.each.deduct and not each.negative
                and r.each is not None and r.each.deduct and r.negative and r.condition is None
                and r.each.points.value == each.each.points.value and r.each.high is None):
            return [x for x in readings if x is not r], {id(p) for p in r.stmt.phrases}
        if (each.each is not None and not each.each.deduct and not each.negative and r.each is not None
                and r.each.deduct and r.negative and r.condition is None
                and (r.each.points.value != each.each.points.value or r.each.high is not None)):
            # 完成…任务的各3分,未完成任务的各扣2分: a part not done keeps 1 of its 3, or loses 2 more?
            # (read as a count beside them, one unfinished task cost 2 and its 3)
            raise _Reject(error(
                "E202", f"“{r.stmt.text.strip('，,;；。 ')}”扣的分和前面每项的分值不同,是从那一项的分值里扣,"
                        "还是另外再扣,句子没有说清", r.stmt.span,
                hint=f"写明未完成的那一项得几分,例如 完成的各得{plain(each.each.points.value)}分,未完成的各得1分;"
                     "另外再扣的,把扣分写成另一行规则"))
    given = list(itertools.takewhile(
        lambda r: r.bare and r.award is not None and not r.negative and r.condition is None and _nothing_else(r),
        readings))
    failings = readings[len(given):]
    # (…系统(4分,少一项扣1分): the failing is the last one's own; 制定计划(1分),召开会议(1分),缺一项扣1分
    # takes all of the last one's points, so it is each one's, as after a 。)
    each = len(given) > 1 and len(failings) == 1 and _each_one_missing(failings[0], given) and all(
        g.award.value == failings[0].deduct.value for g in given)
    if given and _same_breath(given[-1].stmt) and not each:
        return readings, set()
    if len(given) > 1 and len(failings) == 1 and _each_one_missing(failings[0], given):
        # 组织健全(1分),制度完善(1分)。缺一项扣1分: each one missing loses its 1
        if any(g.award.value != failings[0].deduct.value for g in given):
            raise _Reject(error(
                "E202", "前面每一项要求各有分值,后面又写了每缺一项扣分,分值对不上,不清楚缺一项时怎样计分",
                failings[0].stmt.span, hint="只保留一种写法: 各项后的(N分),或 每缺一项扣N分"))
        return given, {id(p) for p in failings[0].stmt.phrases}
    if not given or len(failings) != len(given) or not all(
            r.negative and r.deduct is not None and r.condition is None and _nothing_else(r)
            and r.deduct.value == g.award.value for g, r in zip(given, failings)):
        return readings, set()
    return given, {id(p) for r in failings for p in r.stmt.phrases}


def _each_one_missing(r: Reading, given: list[Reading]) -> bool:
    """缺一项扣1分 (每缺一项, 少一项) after requirements of 1 each: one of them missing, each."""
    counted = r.per if r.per is not None else (
        r.step.step.value if r.step is not None and r.step.kind is A.StepKind.DEFICIT else None)
    # (一名党支部书记违法…,扣2分: a count of its own, no requirement missing)
    return (counted == 1 and r.per_count is None and r.deduct is not None and r.condition is None and r.required is None
            and r.target is None and not r.judged and r.high is None)


def _another_award_after(r: Reading, nxt: Reading) -> bool:
    """组织开展争创活动0.5分,评比表扬得0.5分: bare points, a comma, then the same points for other
    words with no condition (…的) or colon of their own: two awards, not a heading and its detail
    (城市污水处理厂建设3分,…已建成投运的得3分). Read as a heading, the first was dropped."""
    lead = to_simplified(nxt.lead)
    own = to_simplified(r.lead).strip(" \t\u3000,，:：")
    return (r.bare and bool(own) and r.stmt.separator.strip() in (",", "，") and not terminal_regex("DE").search(lead)
            and not re.search(r"[:：]", lead) and not any(own[i:i + 2] in lead for i in range(len(own) - 1)))


def _no_parts_of_points_beside_deductions(readings: list[Reading]) -> None:
    """本项5分,其中制度建设2分、工作落实3分。未建立…制度的扣2分;…每发现一项问题扣0.5分: the points
    of the parts (其中, no verb) are no awards; each part's deductions stop at its own points,
    which one line cannot say (read as yes/no awards, one part's deductions ate the other's)."""
    parts = [r for r in readings if r.bare and r.award is not None and r.condition is None and _nothing_else(r)]
    part = next((r for r in parts if any(_marker(p, A.Marker.OF_WHICH) for p in r.stmt.phrases)), None)
    # (其中结报账8分,…每缺一次扣2分: one part and its own deductions)
    # (宣传工作5分,其中:在省级以上媒体发稿3分,每篇1分;…: each part's points the limit of its own
    # count, read as yes/no awards beside counts with no limit)
    if part is not None and len(parts) > 1 and any(r.is_deduction or (r.per is not None and r.award is not None)
                                                   for r in readings):
        raise _Reject(error(
            "E202", "“其中…N分”把分值分给几个部分,各部分的扣分(加分)各以本部分的分值为限,一行规则说不出这一点",
            part.stmt.span, hint="把每个部分写成分组里的一行规则,例如 项目 \"制度建设\" 2分 { … }"))


def _level_in_the_range(r: Reading) -> None:
    """与全市平均分持平或低于5分以内的得1分: 持平 (no difference, no change) is in the range too;
    read as 低于…以内 alone, a unit exactly at the average met no tier."""
    if r.condition is None or not terminal_regex("FLAT_OR").search(to_simplified(r.stmt.text)):
        return
    iv, zero = r.condition, Decimal(0)
    if iv.contains(zero):
        return
    low, high = iv.low, iv.high
    if low is not None and low.value == zero:
        low = A.Bound(zero, True)
    if high is not None and high.value == zero:
        high = A.Bound(zero, True)
    widened = A.Interval(low, high, iv.unit)
    if not widened.contains(zero):
        raise _Reject(error("E202", "“持平”和后面的范围连不上(范围不含0),不清楚持平怎样计分", r.stmt.span,
                            hint="把持平单独写成一档,例如 与上年持平的得1分"))
    r.condition = widened


def _limits_from_the_standard(limits: list[Reading], start: A.Bound, kind: A.StepKind,
                               word: str = "") -> list[Reading]:
    """控制在45%以内,每超出1个百分点扣0.5分,超出10个百分点以上的本项不得分 / 不低于90%,每低1个百分点
    扣0.5分,较标准低5个百分点以上的本项不得分: a limit past the steps that would also take units
    inside the standard is a distance from it (55% and above; 85% and below), never the value
    itself (read so, every unit scored 0). 一倍以上 (a multiple of the standard) is refused."""
    out = []
    for r in limits:
        iv = r.condition
        low, high, t = iv.low, iv.high, start.value
        if kind is A.StepKind.EXCESS:
            inside = iv.contains(t) or (low is not None and low.value < t)
        else:  # (低于95%达5个百分点以上: 5%≤值<95%, all of it below the standard)
            inside = (iv.contains(t) or (high is not None and high.value > t) or (low is not None and high is None)
                      or (low is not None and high is not None and high.value == t))
        counter = _counter_at(r, iv)
        if counter and word and _unit_word(counter) != _unit_word(word):
            # 30分钟内到达,每超过10分钟扣0.2分;超过2小时未到达的,本项不得分: 2 hours, in minutes?
            # (read as 2 beyond the 30, 32 minutes lost the item)
            raise _Reject(error(
                "E202", f"“{r.stmt.text.strip('，,;；。 ')}”的单位({counter})和逐步计分的单位({word})不同", r.stmt.span,
                hint=f"换成同一个单位,例如 超过120{word}未到达的,本项不得分"))
        # (不超过0.5%…,每超出0.1个百分点扣0.5分,超出1个百分点以上的: 个百分点 says a distance, past
        # the standard or not; read as the value, 1.2% lost the item)
        apart = any(isinstance(p, A.Compare) and terminal_regex("PCT_POINT").fullmatch(p.quantity.word or "")
                    for p in r.stmt.phrases)
        if not inside and not apart and iv.unit is A.Unit.COUNT and kind is A.StepKind.EXCESS and low is not None:
            # 控制在3批次以内,每超出1批次扣0.5分,超出3批次以上的不得分: the value itself would leave the
            # steps nothing to take (read so, 4 batches lost the item); a distance, as 超出2批次 is.
            # 超出5批次以上 past it: 8, or 5? refused
            beyond = terminal_regex("BEYOND_BY").search(to_simplified(r.lead))
            apart = low.value <= t
            if beyond is not None and not apart:
                raise _Reject(error(
                    "E202", f"“{r.stmt.text.strip('，,;；。 ')}”的数是超出标准的数,还是数值本身,读不出来",
                    r.stmt.span, hint=f"写出数值本身,例如 超过{plain(t + low.value)}{counter or ''}的,本项不得分"))
        if not inside and not apart:
            out.append(r)  # (超过60%的本项不得分: the value itself, past the steps)
            continue
        times = terminal_regex("TIMES_WORD").fullmatch(counter or "-")
        # (超出10个百分点以上: a distance of 10 or more, 以上 deciding over 超出)
        reached = any(isinstance(p, A.Compare) and A.CmpWord.GE_POST in p.words for p in r.stmt.phrases)
        if kind is A.StepKind.EXCESS and low is not None and high is None and not times:
            moved = A.Interval(A.Bound(t + low.value, low.inclusive or reached), None, iv.unit)
        elif kind is not A.StepKind.EXCESS and low is not None and not times and (
                high is None or (high.value == t and not high.inclusive)):
            moved = A.Interval(None, A.Bound(t - low.value, True), iv.unit)
        else:
            raise _Reject(error(
                "E202", f"“{r.stmt.text.strip('，,;；。 ')}”的数是与标准的差(或倍数),还是数值本身,读不出来",
                r.stmt.span, hint="写出数值本身,例如 超过55%的,本项不得分;低于85%的,本项不得分"))
        out.append(replace(r, condition=moved))
    return out


def _case_closed(stmt: Statement, phrases, at: int) -> bool:
    """…两次以上的, : a comparison closed by 的 and a comma, a case said in full."""
    nxt = phrases[at + 1] if at + 1 < len(phrases) else None
    if not _marker(nxt, A.Marker.DE):
        return False
    return stmt.text[nxt.span.end - stmt.span.start:].lstrip(" \t\u3000")[:1] in (",", "，")


def _standard_in_brackets(r: Reading) -> None:
    """未开展禁毒宣传活动(全年不少于6次)的,扣1分: the standard in brackets after the failing; the
    deduction is for falling short of it (read as written, 6 or more lost the point)."""
    if not (r.negative and r.condition is not None and (r.deduct is not None or r.zero) and r.step is None):
        return
    phrases = r.stmt.phrases
    neg = next((i for i, p in enumerate(phrases) if _marker(p, A.Marker.NEG)), None)
    at = [i for i, p in enumerate(phrases) if isinstance(p, (A.Compare, A.Range))]
    outcome = next((i for i, p in enumerate(phrases) if _is_outcome(p)), len(phrases))
    if neg is None or len(at) != 1 or not neg < at[0] < outcome:
        return
    start = r.stmt.span.start
    between = r.stmt.text[phrases[neg].span.end - start:phrases[at[0]].span.start - start]
    after = r.stmt.text[phrases[at[0]].span.end - start:]
    if not (re.search(r"[(（]", between) and re.match(r"[^()（）]*[)）]", after)):
        return
    if isinstance(phrases[at[0]], A.Compare) and not phrases[at[0]].demand and r.condition.low is None:
        return  # (未完成的(完成率低于80%)扣1分: the brackets say the failing itself, below the 80%)
    if r.per is not None:  # (每人每月不低于3000元: each person's, read as records of what?)
        raise _Reject(error("E202", "括号里的标准是每人(每次)的,不清楚按什么计分", r.stmt.span,
                            hint="写成 禁毒社工月薪酬低于3000元的,扣1分 (值为最低的月薪酬)"))
    r.condition = _negate(r.condition, r.stmt.span)


def _no_free_allowance_passed_over(clauses, rule: A.Node) -> None:
    """全年允许迟报1次,超过1次的,每次扣0.2分 / 首次…不扣分;第二次及以后每次扣0.1分 / 允许1处,其余每处扣:
    some are free, but the counting read takes every one (the allowed one was charged). Refused
    unless the count starts above them (超出计分, 超过1次的,每超过1次扣)."""
    counted = [n for n in A.scoring_rules(rule) if isinstance(n, (A.PerCountDeduction, A.Lateness))]
    if not counted or any(isinstance(n, (A.Excess, A.Tiers, A.DeficitDeduction)) for n in rule.walk()):
        return
    text = to_simplified(_text_of(clauses))
    free = terminal_regex("FREE_ALLOWANCE").search(text)
    if free is not None:
        raise _Reject(error("E202", f"“{free.group(0)}”说前几次(几处)不扣分,但读出的计分从第一次起扣",
                            counted[0].span, hint="写成 超过1次的,每超过1次扣0.2分"))


def _share_from_its_lower_end(below: Reading, target: A.Interval,
                              limits: list[Reading]) -> tuple[Reading, list[Reading]]:
    """达到100%的得满分,50%以上的按比例得分(,低于50%的不得分): the share from its lower end up to
    the target, nothing below that end, whether the sentence says so or not. Any other limit
    leaves the share as it was (a gap between the limit and the lower end is refused)."""
    band = below.condition
    if (band is None or band.unit is not A.Unit.PERCENT or band.low is None or band.low.value >= target.low.value
            or (band.high is not None and band.high.value != target.low.value)):
        return below, limits
    nothing = A.Interval(None, A.Bound(band.low.value, not band.low.inclusive), A.Unit.PERCENT)
    if band.low.said and band.low.inclusive:
        # 80%(含)至100%的按完成比例得分,80%以下的不得分: the 80 said to be the share's; the 以下
        # takes it in only by custom (read so, 80% scored nothing)
        customary = A.Interval(None, A.Bound(band.low.value, True), A.Unit.PERCENT)
        limits = [replace(r, condition=nothing) if r.condition == customary and not r.condition.high.said else r
                  for r in limits]
    if any(r.condition != nothing for r in limits):
        return below, limits
    share = replace(below, condition=A.Interval(None, A.Bound(target.low.value, not target.low.inclusive),
                                                A.Unit.PERCENT))
    return share, limits or [replace(below, proportional=False, condition=nothing, zero=True)]


def _share_and_its_limit(readings: list[Reading]) -> list[Reading]:
    """未完成的按完成比例计分(完成率低于50%的不得分): the share, and in its brackets a limit on
    the same rate, read as the two statements they would be after a comma."""
    out = []
    for r in readings:
        if (r.proportional and r.zero and r.condition is not None and r.condition.unit is A.Unit.PERCENT
                and r.award is None and r.deduct is None and r.per is None and r.step is None):
            out += [replace(r, zero=False, condition=None), replace(r, proportional=False, negative=False)]
        else:
            out.append(r)
    return out


def _share_keeps_its_lower_end(readings: list[Reading]) -> list[Reading]:
    """90%以上的按完成比例计分;90%以下的不得分: both take in the 90 by custom; the share keeps it, as
    the better of two tiers would (read so, 90% done scored nothing)."""
    ends = {r.condition.low.value for r in readings
            if r.proportional and r.condition is not None and r.condition.unit is A.Unit.PERCENT
            and r.condition.high is None and r.condition.low.inclusive and not r.condition.low.said}
    out = []
    for r in readings:
        cond = r.condition
        if (r.zero and not r.proportional and cond is not None and cond.unit is A.Unit.PERCENT and cond.low is None
                and cond.high.inclusive and not cond.high.said and cond.high.value in ends):
            r = replace(r, condition=replace(cond, high=replace(cond.high, inclusive=False)))
        out.append(r)
    return out


def _rate_named(r: Reading) -> str | None:
    """The rate a statement names before its numbers (机关建成率, 合格率: up to four characters
    and the rate's word), to tell the rates of two statements apart."""
    # (12345热线…按时办结率达到98%: a number in the name is no number of the rate)
    first = next((p for p in r.stmt.phrases if isinstance(p, (A.Compare, A.Range, A.Step, A.PeerPhrase))
                  or (isinstance(p, A.Amount) and p.quantity.unit is A.Unit.PERCENT) or _is_outcome(p)), None)
    stmt = r.stmt.whole or r.stmt
    end = (first.span.start if first is not None else r.stmt.span.end) - stmt.span.start
    words = to_simplified(stmt.text[max(0, r.stmt.span.start - stmt.span.start):end])
    found = list(terminal_regex("RATE_WORD").finditer(words))
    if not found:
        return None
    at = found[-1]
    return words[max(0, at.start() - 4):at.end()]


def _no_limit_dropped(before: list[Reading], kept: list[Reading]) -> None:
    """A statement read as saying nothing of its own (a restatement, an exception, the other answer)
    takes no limit with it: one written after it that no kept statement holds was never applied."""
    held = {id(c) for r in kept for c in r.stmt.caps}
    for r in before:
        lost = next((c for c in r.stmt.caps if id(c) not in held), None) if all(r is not k for k in kept) else None
        if lost is not None:
            raise _Reject(error("E202", f"“{r.stmt.text.strip('，,;；。 ')}”之后的上限管哪一句,句子没有说清",
                                lost.span, hint="把上限写在它所限的分句后面"))


def _failing_counted_apart(r: Reading) -> bool:
    """每处监测员不少于1名,每发现1处未落实监测员的扣0.5分: the standard for each, then (after a comma)
    the failings of it counted; the count is of places failing, not a tier of each place's number."""
    cond = next((p for p in r.stmt.phrases if isinstance(p, (A.Compare, A.Range))), None)
    per = next((p for p in reversed(r.stmt.phrases) if isinstance(p, A.Per)), None)  # (每发现1处, not 每处)
    neg = next((p for p in r.stmt.phrases if _marker(p, A.Marker.NEG)), None)
    return (cond is not None and per is not None and neg is not None
            and cond.span.end <= per.span.start <= neg.span.start and _apart(r.stmt, cond, per))


def _apart(stmt: Statement, a, b) -> bool:
    """Does a clause end between phrases a and b of a statement?"""
    stmt = stmt.whole or stmt
    between = stmt.text[a.span.end - stmt.span.start:b.span.start - stmt.span.start]
    return any(mark in between for mark in ",，;；。")


def _by_id(phrases, key: int):
    return next((p for p in phrases if id(p) == key), None)


# 每低于全市水平0.5个百分点, 每比目标值低0.5个百分点: a step whose start is said in other words
_STEP_IN_WORDS_HINT = "写成 每低于目标值0.5个百分点扣0.1分 或 每低0.5个百分点扣0.1分,起点写在前面(应达到100%)"


def _in_a_note_before(stmt: Statement, p, outcome) -> bool:
    """Is phrase `p` inside brackets that close before the outcome?"""
    if outcome is None:
        return False
    before = stmt.text[:p.span.start - stmt.span.start]
    between = stmt.text[p.span.end - stmt.span.start:outcome.span.start - stmt.span.start]
    opened = before.rfind("(") > before.rfind(")") or before.rfind("（") > before.rfind("）")
    return opened and re.search(r"[)）]", between) is not None


def _per_of(phrases, outcome_index, stmt: Statement) -> tuple[Decimal | None, A.Unit, list]:
    """每5人 -> 5; 每办理1个…计 -> 1; 扣15分/批次 -> 1; and, before a deduction, any count
    that stands before it (发现1人脱管扣0.5分, 缺1个成员单位扣1分: the unit of counting)."""
    counted = (A.Unit.COUNT, A.Unit.MEASURE)
    end = outcome_index if outcome_index is not None else len(phrases)
    pers = [i for i, p in enumerate(phrases) if isinstance(p, A.Per)]
    # 每班最多缺席3人,…扣0.5分/人: a 每 that names its counter (/人) before one that does not
    # 每名员工…超出三次扣5分/次: and the unit written after the points before any other
    # 按每3000亩配备1名…,每人次扣0.5分: and, of the others, the 每 nearest the points (每100吨/日:
    # not the unit's slash)
    whole, said_per = stmt.whole or stmt, terminal_regex("PER")
    pers.sort(key=lambda i: (phrases[i].quantity is None and not phrases[i].word,
                             outcome_index is None or i < outcome_index,
                             -i if said_per.match(whole.text[phrases[i].span.start - whole.span.start:]) else i))
    for i in pers:
        p = phrases[i]
        nxt = phrases[i + 1] if i + 1 < len(phrases) else None
        if (p.quantity is None and terminal_regex("DAY_WORD").fullmatch(p.word or "") and isinstance(nxt, A.Text)
                and outcome_index is not None and isinstance(phrases[outcome_index], A.Award)
                and _marker(phrases[outcome_index - 1], A.Marker.DE) and i + 2 <= outcome_index - 1):
            # 坚持每日巡查的得2分, 每天上报值班信息的得1分: a duty of every day, met (read as 2 for each day:
            # 30 days scored 60)
            return None, A.Unit.COUNT, [id(p)]
        if (terminal_regex("DURATION").fullmatch(p.word or "") and isinstance(nxt, A.Amount)
                and _in_a_note_before(stmt, p, phrases[outcome_index] if outcome_index is not None else None)):
            # 全年定时(每天24个时次)不发生缺测现象,得1分: how often in brackets, closed before the
            # points, describes what is asked (read as 每24计1分)
            continue
        if p.quantity is None and not p.word and isinstance(nxt, A.PeerPhrase) and nxt.words:
            # 平均分每低于全市平均分1分扣0.5分: a step from the average, its size in the score's own 分
            raise _Reject(error(
                "E202", "“每高于(低于)平均…”是从平均值起逐步计分,这种写法读不出每一步的大小", nxt.span,
                hint="写成 比全市平均每低1个百分点扣0.5分"))
        if (p.quantity is None and not p.word and isinstance(nxt, A.Compare) and nxt.words
                and nxt.words[0] in (A.CmpWord.GT_PRE, A.CmpWord.LT_PRE)):
            # 每超过计划5%扣1分: a step above (or below) something unnamed, never a tier of each record
            raise _Reject(error(
                "E202", f"“每{_shown(stmt, nxt)}”是逐步计分(每超过或低于一定数量计一次),但起点不是数字,读不出来",
                nxt.span, hint="写出起点,例如 超过计划的,每超过5个百分点扣1分;或写成 每超过5%扣1分(值为超过的百分点)"))
        if p.quantity is None and not p.word and _marker(nxt, A.Marker.LOOSE_CMP):
            # 每低于全市水平0.5个百分点, 每比目标值低: a step from something named in words (read
            # as a count of its own, the 0.5 and the requirement before were passed over)
            raise _Reject(error(
                "E202", f"“每{_shown(stmt, nxt)}…”是逐步计分,但从哪里起算、每一步多大读不出来", nxt.span,
                hint=_STEP_IN_WORDS_HINT))
        if p.quantity is not None and p.quantity.unit is A.Unit.PERCENT:
            if i and _marker(phrases[i - 1], A.Marker.DE) and any(
                    _marker(q, A.Marker.NEG) or _marker(q, A.Marker.LOOSE_CMP) for q in phrases[:i - 1]):
                # 未达到的每1个百分点扣0.2分, 超出区间的每1个百分点: a step from the line before, which way
                # unsaid (read as a rate of its own: 35% against 40% lost 5.2, not 1)
                raise _Reject(error(
                    "E202", f"“{_shown(stmt, p)}”是从要求起每低(或超出)这么多扣一次吗,句子没有写明方向", p.span,
                    hint="写成 未达到的,每低1个百分点扣0.2分"))
            # 完成率每1%得0.1分: each point of a rate (the builder reads the rate itself, 85%)
            return p.quantity.value * 100, A.Unit.PERCENT, [id(p)]
        if p.quantity is not None:
            _no_other_unit_of_counting(stmt, phrases, i, end)
            unit = A.Unit.MEASURE if p.quantity.unit is A.Unit.MEASURE else A.Unit.COUNT
            return p.quantity.value, unit, [id(p)]
        for k, q in enumerate(phrases[i + 1:end], i + 1):
            if isinstance(q, A.Amount) and q.quantity.unit in counted:
                if q.quantity.duration and _within(phrases, k):
                    continue  # 每发现变动,15日内未调整的: a time allowed, not the unit of counting
                if terminal_regex("BAND_COUNT").match(to_simplified(stmt.text[q.span.start - stmt.span.start:])):
                    continue  # 每项工作按好、较好…四个档次分别计: how many levels, not the unit of counting
                if q.quantity.duration and p.quantity is None and terminal_regex("DURATION").fullmatch(p.word):
                    # 每日观看视频时长10分钟,积2分: the days that reach the 10 minutes are counted
                    return Decimal(1), A.Unit.COUNT, [id(p), id(q)]
                own = next((c for c in phrases[k + 1:end] if isinstance(c, A.Step)
                            or (isinstance(c, A.Amount) and c.quantity.unit in counted)), None)
                if own is not None and re.search(r"[,，;；]", stmt.text[q.span.end - stmt.span.start:
                                                                         own.span.start - stmt.span.start]):
                    # 每班3人,多一人扣2分: 3 a class allowed, or every 3 one deduction?
                    raise _Reject(error(
                        "E202", f"“{_shown(stmt, q)}”是每个单位允许的数量,还是每这么多计一次,句子没有说清", q.span,
                        hint=f"超过才扣的,写成 超过{plain(q.quantity.value)}{q.quantity.word}的,每多1{q.quantity.word}扣2分"))
                _no_other_unit_of_counting(stmt, phrases, k, end)
                return q.quantity.value, q.quantity.unit, [id(p), id(q)]
        size = _unit_size_said(phrases, i)
        if size is not None:  # 以10亩为单位,每单位扣1分: each 10亩 (read as each one, 25亩 lost 25)
            return size.quantity.value, size.quantity.unit, [id(p), id(size)]
        share = next((q for q in phrases[i + 1:end] if isinstance(q, A.Amount) and q.quantity.unit is A.Unit.PERCENT), None)
        if p.quantity is None and not p.word and share is not None:
            # 每比目标值低0.5个百分点扣0.1分: a step in words (read as a count of its own)
            raise _Reject(error(
                "E202", f"“{_shown(stmt, share)}”像是逐步计分的一步,但从哪里起算读不出来", share.span,
                hint=_STEP_IN_WORDS_HINT))
        return Decimal(1), A.Unit.COUNT, [id(p)]
    if outcome_index is None:
        return None, A.Unit.COUNT, []
    outcome = phrases[outcome_index]
    if not isinstance(outcome, (A.Deduct, A.Award, A.Listed, A.Each)) and not _is_bare_points(outcome):
        return None, A.Unit.COUNT, []
    # with a verb (扣, 计, 加 …) a count before it is the unit of counting, whatever words
    # stand between (发现1人脱管扣0.5分, 化解1件积案加2分); before bare points (…1名…(1分))
    # or when it is a duration (三个月内未补选的扣2分), only right before it
    verb = not _is_bare_points(outcome)
    before = phrases[outcome_index - 1] if outcome_index > 0 else None
    if isinstance(before, A.Period) and verb and not _period_after_times(phrases, outcome_index - 1):
        return Decimal(1), A.Unit.COUNT, [id(before)]  # 每个月扣10分: per month (每月2分: the month's points)
    for j in range(outcome_index - 1, -1, -1):
        p = phrases[j]
        if isinstance(p, A.Amount) and _period_before(phrases, j, stmt) and (
                isinstance(phrases[j - 1], A.Period) or terminal_regex("TIMES_COUNTER").fullmatch(p.quantity.word)):
            break  # 半年一次, 每月开展一次排查: how often, not the unit of counting
        if isinstance(p, A.Amount) and p.quantity.unit in counted:
            adjacent = all(_marker(q, A.Marker.DE) for q in phrases[j + 1:outcome_index])
            # 发生一起…的,扣30分: one of something, in the clause before, is the unit too;
            # 随机访谈10户居民,未达标扣1分: ten, in a clause of its own, is how many were asked
            if p.quantity.value != 1:
                break  # 同样问题连续通报二次的扣2分: two describes the case, it is no unit
            said = to_simplified(phrases[j - 1].text) if j and isinstance(phrases[j - 1], A.Text) else ""
            if terminal_regex("ONE_ENOUGH").search(said):
                # 只要有一项未完成的即扣1分: one is enough, once (read as each, three missing lost 3)
                return None, A.Unit.COUNT, [id(p)]
            if (j >= 2 and _marker(phrases[j - 2], A.Marker.NEG) and isinstance(phrases[j - 1], A.Text)
                    and terminal_regex("PROVIDE_VERB").search(to_simplified(phrases[j - 1].text).strip())):
                break  # 未配备1名专职人员的扣2分: the one asked for, not provided (a yes/no)
            if (isinstance(outcome, A.Award) and outcome.points.value > 0
                    and any(_marker(q, A.Marker.NEG) for q in phrases[j + 1:outcome_index])):
                break  # 其中一项未完成的得1分: the case of one failing, never points for each failing
            if (p.quantity.duration and verb and isinstance(outcome, A.Deduct) and _follows_there_is(phrases, j)
                    and any(_marker(q, A.Marker.NEG) for q in phrases[j + 1:outcome_index])):
                # 有一个月达不到该比率的扣1分, 有一个季度…未达到…的: the periods that fell short, counted
                # (read as a yes/no, the second month short cost nothing)
                return Decimal(1), A.Unit.COUNT, [id(p)]
            # (1个部门0.5分: the count opens the statement, a noun after it: a unit of counting too)
            named = j == 0 and not p.quantity.duration and all(
                isinstance(q, A.Text) and re.fullmatch(r"[\u4e00-\u9fff]{1,4}", q.text.strip())
                for q in phrases[j + 1:outcome_index])
            if adjacent or named or (verb and not p.quantity.duration and not _there_is_one(phrases, j, outcome)):
                return p.quantity.value, p.quantity.unit, [id(p)]
            break
        if isinstance(p, (A.Compare, A.Range, A.Step, A.OpSymbol)):
            break
    return None, A.Unit.COUNT, []


def _unit_size_said(phrases, at: int) -> A.Amount | None:
    """The 10亩 of 以10亩为单位 before 每单位 (phrases[at]): the size of the unit counted."""
    if not (isinstance(phrases[at], A.Per) and phrases[at].quantity is None
            and terminal_regex("UNIT_SAID").fullmatch(to_simplified(phrases[at].word))):
        return None
    for k in range(at - 1, 0, -1):
        q, before, after = phrases[k], phrases[k - 1], phrases[k + 1]
        if (isinstance(q, A.Amount) and q.quantity.unit in (A.Unit.COUNT, A.Unit.MEASURE)
                and isinstance(before, A.Text) and to_simplified(before.text).rstrip().endswith("以")
                and isinstance(after, A.Text) and terminal_regex("UNIT_SAID").search(to_simplified(after.text))):
            return q
    return None


def _no_other_unit_of_counting(stmt: Statement, phrases, at: int, end: int) -> None:
    """每连片抛荒5亩或零星抛荒30亩的,扣2分: 或 then another amount counted, each a unit of counting of
    its own (read as the first, the 30 was taken for a requirement no rule used): refused."""
    counted = (A.Unit.COUNT, A.Unit.MEASURE)
    other = next((k for k in range(at + 1, end) if isinstance(phrases[k], A.Amount)
                  and phrases[k].quantity.unit in counted and not phrases[k].quantity.duration), None)
    if other is None:
        return
    between = stmt.text[phrases[at].span.end - stmt.span.start:phrases[other].span.start - stmt.span.start]
    if terminal_regex("ANY_OF").search(to_simplified(between)) and not re.search(r"[,，;；。]", between):
        raise _Reject(error(
            "E202", f"“{_shown(stmt, phrases[at])}”和“{_shown(stmt, phrases[other])}”是两种计一次的数量(或),"
                    "一个值读不出两种", phrases[other].span,
            hint="分成两句,各写各的,例如 每连片抛荒5亩扣2分;每零星抛荒30亩扣2分"))


def _period_after_times(phrases, j: int) -> bool:
    """少于1次/年: the period at j written after the times it asks for (每年少于1次), no unit of counting."""
    before = phrases[j - 1] if j > 0 else None
    return (isinstance(before, (A.Compare, A.Amount)) and before.quantity is not None
            and before.quantity.unit is A.Unit.COUNT and before.span.end == phrases[j].span.start
            and terminal_regex("TIMES_COUNTER").fullmatch(before.quantity.word or "") is not None)


def _period_before(phrases, j: int, stmt: Statement) -> bool:
    """每月开展一次: a period before the amount at j, with only words of one clause between."""
    for q in reversed(phrases[:j]):
        if isinstance(q, A.Period):
            between = stmt.text[q.span.end - stmt.span.start:phrases[j].span.start - stmt.span.start]
            return not re.search(r"[,，;；。]", between)
        if not isinstance(q, A.Text):
            return False
    return False


def _no_total_of_what_is_counted(r: Reading, phrases, per_phrases: list, ctx: Context) -> None:
    """全年接待100人次,每人次计0.1分: an amount of the very thing counted, said before a
    counted award: the most it counts to, or a requirement? It was passed over. As a quota of
    the item's points (采用6篇,每篇1分 in an item of 6) it says nothing more. (Before a
    deduction, 随机访问职工20名,每发现1名…扣1分, it is how many were asked.)"""
    counted = [p for p in phrases if id(p) in per_phrases]
    if r.award is None or r.per is None or not counted:
        return
    words = {to_simplified(p.quantity.word if getattr(p, "quantity", None) is not None else p.word)
             for p in counted if isinstance(p, (A.Amount, A.Per))} - {""}
    first = min(counted, key=lambda p: p.span.start)
    total = next((p for p in phrases if isinstance(p, A.Amount) and id(p) not in r.used
                  and p.span.end <= first.span.start and p.quantity.value > r.per
                  and to_simplified(p.quantity.word) in words and _apart(r.stmt, p, first)), None)
    if total is not None and total.quantity.value * r.award.value != ctx.item_points:
        shown = _shown(r.stmt, total)
        raise _Reject(error(
            "E202", f"“{shown}”和按数量计分数的是同一种东西,它是计分的上限、起点还是要求,句子没有说清", total.span,
            hint=f"是上限的写成 …最高计{plain(total.quantity.value * r.award.value)}分;"
                 f"是起点的写成 超过{shown}的,每…;只是说明的,把它写进引号"))


def _within(phrases, k: int) -> bool:
    """15日内, 3个工作日内: a duration and 内, the time something must be done in (200米范围内:
    a length and 内, the place)."""
    nxt = phrases[k + 1] if k + 1 < len(phrases) else None
    return isinstance(nxt, A.Text) and terminal_regex("WITHIN_TIME").match(to_simplified(nxt.text).lstrip()) is not None


def _no_deadline_beside(readings: list[Reading], step: A.Step | None = None) -> None:
    """应在5个工作日内办结,每超过1个工作日扣0.1分 / 3个工作日内处置的得3分,每超1个工作日扣0.5分: a
    deadline, then steps past it: is the value the time taken, or the time past the deadline?
    Readers answer both ways. (每逾期1个工作日 is the time late; 超过5个工作日的,每超过1个工作日,
    with no deadline, the time taken.)"""
    step = step or next((r.step for r in readings if r.step is not None and r.step.kind is A.StepKind.EXCESS
                         and r.step.step.duration), None)
    for r in readings if step is not None else ():
        deadline = next((p for k, p in enumerate(r.stmt.phrases) if isinstance(p, A.Amount)
                         and p.quantity.duration and _within(r.stmt.phrases, k)), None)
        if deadline is not None:
            raise _Reject(error(
                "E202", f"“{_shown(r.stmt, deadline)}内”是时限,其后逐步扣分的值是用去的时间,还是超出时限的时间,句子没有说清",
                step.span, hint=f"值为超出时限的时间的,写成 每逾期{plain(step.step.value)}{step.step.word}扣…分;"
                                f"值为用去的时间的,写成 超过{_shown(r.stmt, deadline)}的,每超过…"))


def _no_number_in_a_waiver(r: Reading, readings: list[Reading]) -> None:
    """在10个工作日内办结的不扣分,每超过1个工作日扣0.5分: a number in words that take nothing is a
    condition no clause reads (passed over with them, every day taken cost 0.5, the 10 dropped)."""
    number = next((p for p in r.stmt.phrases if isinstance(p, A.Amount) and p.quantity.unit is not A.Unit.POINTS), None)
    if number is None:
        return
    # (每延一个月扣1分: the step past the deadline, in the words that say it)
    step = next((p for x in readings if x is not r and x.per is not None for p in x.stmt.phrases
                 if isinstance(p, A.Amount) and p.quantity.duration), None)
    if number.quantity.duration and step is not None:
        _no_deadline_beside([r], A.Step(A.StepKind.EXCESS, step.quantity, step.span))
    raise _Reject(error("E202", f"“{_shown(r.stmt, number)}”是不扣分的条件,句中没有读它的值", number.span,
                        hint="把条件写进扣分的句子里,如 超过10个工作日的,每超过1个工作日扣0.5分"))


def _no_measure_of_each_case(readers: list) -> None:
    """每起扣2分;涉及金额在10万元以上的,另行扣除2分: the amount of each case counted, or the unit's
    whole amount? (read as the unit's, one case of 10万 was compared as 1 元)"""
    for before, reader in zip(readers, readers[1:]):
        counted, r = before.first, reader.first
        said = to_simplified(r.stmt.text)
        if (counted.per is not None and counted.per_unit is A.Unit.COUNT  # (cases, not 每争取10万元)
                and counted.step is None and r.per is None and r.step is None and not r.zero  # (本项不得分: the unit's)
                and r.condition is not None and r.condition.unit is A.Unit.MEASURE and not _failing_after_condition(r)
                and terminal_regex("SUMMED").search(said) is None and terminal_regex("YEAR_TOTAL").search(said) is None):
            raise _Reject(error(
                "E202", f"“{r.stmt.text.strip('，,;；。 ')}”说的是前面每一起(每一次)的数额,还是全部合计,句子没有说清",
                r.stmt.span, hint="是每一起的,写成 涉及金额在10万元以上的,每起另扣2分(值为这样的起数);"
                                  "是合计的,写成 全年累计…超过10万元的,扣2分"))


def _no_steps_for_each_kind(readings: list[Reading]) -> None:
    """注册率达到95%以上的得1分,完成率达到90%以上的得1分;每项每低1个百分点扣0.1分: steps for each of
    the values before, each from its own threshold (read as the last one's steps alone)."""
    for r in readings:
        phrases = r.stmt.phrases
        for before, p in zip(phrases, phrases[1:]):
            each = ((isinstance(before, A.Per) and before.quantity is None and not isinstance(p, A.Per))
                    or _marker(before, A.Marker.EACH_OF)
                    or (isinstance(before, A.Text) and terminal_regex("EACH_OF").search(to_simplified(before.text))))
            if each and isinstance(p, A.Step) and r.step is not None:
                raise _Reject(error(
                    "E202", f"“{_shown(r.stmt, before)}{_shown(r.stmt, p)}”是对前面每一项分别逐步计分,"
                            "jdscore 读不出每一项各从哪里起算", p.span,
                    hint="把逐步扣分写进每一项,例如 注册率达到95%以上的得1分,每低1个百分点扣0.1分;完成率…"))


def _there_is_one(phrases, j: int, outcome) -> bool:
    """并有一名领导分管…的记6分, 仅有一项完成的,得2分: "there is one" before an award describes
    what earns it; it is no unit of counting (有一项未落实扣2分 still counts each one)."""
    return isinstance(outcome, A.Award) and _follows_there_is(phrases, j)


def _most_it_gives(r: Reading) -> Decimal | None:
    """计0.5分 -> 0.5; 每条次计0.02分,最高计0.5分 -> 0.5; a count with no limit -> None."""
    if r.award is None or r.step is not None or r.judged or r.high is not None:
        return None
    if r.per is None and r.condition is None:
        return r.award.value
    limits = [c.limit.value for c in r.stmt.caps if isinstance(c, A.CapPhrase) and not c.on_deductions]
    return min(limits) if limits and r.per is not None else None


def _follows_there_is(phrases, at: int | None) -> bool:
    """Does the phrase at `at` (a count) follow 有 (有一名, 仅有一项)?"""
    return bool(at) and isinstance(phrases[at - 1], A.Text) and phrases[at - 1].text.rstrip().endswith("有")


# ------------------------------------------------------------------ readers

class _Reader:
    """The statements that read one fact."""

    def __init__(self, first: Reading):
        self.readings = [first]

    @property
    def first(self) -> Reading:
        return self.readings[0]

    @property
    def unit(self) -> A.Unit | None:
        for r in self.readings:
            if r.condition is not None:
                return r.condition.unit
        return None

    def has_step(self) -> bool:
        return any(r.step is not None for r in self.readings)

    def tiered(self) -> bool:
        return all(r.condition is not None or r.otherwise for r in self.readings) and not self.has_step()


def _same_measure(a: A.Unit | None, b: A.Unit | None) -> bool:
    if a is None or b is None:
        return True
    return a is b or A.Unit.NONE in (a, b)


def _nothing_else(r: Reading) -> bool:
    """Points alone: nothing counted, stepped, judged, ranged, listed or ranked beside them."""
    return (r.per is None and r.step is None and not r.judged and r.high is None and not r.listed
            and not r.amounts and r.rank is None)


def _gives_full(r: Reading) -> bool:
    """得满分 (not the 不得分 a full-points word may stand beside)."""
    return r.full and not r.zero


def _full_without_more(r: Reading) -> bool:
    """得满分, and nothing counted, compared or judged beside it."""
    return _gives_full(r) and r.condition is None and _nothing_else(r)


def _rate_reached(r: Reading) -> bool:
    """达到90%得10分, 完成率100%得10分, 达到100%的得满分: points for a rate reaching a target
    (exactly 100%: none can do more than all of it), and nothing else."""
    cond = r.condition
    return ((r.award is not None or _gives_full(r)) and _nothing_else(r) and cond is not None
            and cond.unit is A.Unit.PERCENT and cond.low is not None
            and (cond.high is None or cond.low.value == cond.high.value == 1))  # rates are kept as fractions


def _count_reached(r: Reading) -> bool:
    """培训人数达到300人次以上的得2分: points for a count (or amount) reaching a number, and nothing else."""
    cond = r.condition
    return ((r.award is not None or _gives_full(r)) and _nothing_else(r) and cond is not None
            and cond.low is not None and cond.high is None and cond.unit in (A.Unit.COUNT, A.Unit.MEASURE))


def _failing_of_no_number(r: Reading) -> bool:
    """未引进的不得分: a failing that reads no number (the count before it not reached)."""
    return (r.negative and r.zero and r.condition is None and r.per is None and r.step is None and r.per_count is None
            and not any(isinstance(p, (A.Amount, A.Compare, A.Range)) for p in r.stmt.phrases))


def _bare_failing(r: Reading) -> bool:
    """未达到的不得分, 未完成的: not attaining, with no act named (the clause before it not done)."""
    if not (r.negative and r.zero and r.condition is None and r.per is None and r.step is None):
        return False
    words = "".join(p.text for p in r.stmt.phrases if isinstance(p, A.Text))
    return terminal_regex("MET_AGAIN").fullmatch(to_simplified(words).strip(" \t\u3000,，;；。")) is not None


def _answer_to_an_earlier(readers: list[_Reader], r: Reading) -> _Reader | None:
    """未制定的不得分 after 制定…的得2分 and a failing of something else between them: the reader
    of the clause whose act it denies (its verb written again after 未), where that clause gives
    points once and nothing more, and nothing but failings stand between."""
    # (…列入本级财政预算的得1分,未列入的本项不得分;…: right after it too, when the whole item is lost)
    whole = r.zero and terminal_regex("ITEM_SAID").search(to_simplified(r.stmt.text)) is not None
    if (len(readers) < (1 if whole else 2) or not r.negative or r.condition is not None
            or r.per is not None or r.step is not None or r.award is not None):
        return None
    words = _denied(r)
    first, between = readers[0], readers[1:]
    head = first.first
    # (the first clause's own points, 得2分, not a heading's (10分); a denial of an act, 未制定, not
    # the absence of a thing, 无资料)
    neg = next((p for p in r.stmt.phrases if _marker(p, A.Marker.NEG)), None)
    if (neg is None or not any(isinstance(p, A.Award) for p in head.stmt.phrases)
            or terminal_regex("ABSENCE").match(to_simplified(_shown(r.stmt, neg)))):
        return None
    # (…全部落实的,得6分;…25%以上的得4分…;整合计划未全部落实的,本项不得分: losing the whole item, it
    # answers the first clause whatever stands between; read with the tiers, it was their lowest)
    if (len(words) < 2 or len(first.readings) != 1 or not _Builder._plain_award(head) or head.condition is not None
            or (not whole and any(x.award is not None or x.deduct is None for b in between for x in b.readings))):
        return None
    if not (r.zero or (r.deduct is not None and r.deduct.value >= head.award.value)):
        return None  # (填写不规范扣1分 after …填写规范,得3分: a part of it failed, not all of it)
    act = to_simplified(head.stmt.text)
    # (接到报告后2小时内到达现场的得2分,未按时到达的扣1分,未到达现场的不得分: 未按时到达 is the same
    # act done late, a degree of the first clause's answer, not another thing)
    # (the act itself named again: 制定 after 未, not only the things it was about)
    # (按时开展排查化解,台账完整规范的得2分;台账不全的扣0.5分;全年未开展排查的,本项不得分: a failing
    # between naming a part of the clause, 台账, makes it two things, of which 未开展 denies one; read as
    # its other answer, a unit short of a full ledger lost all 2)
    if words[:2] not in act or _shared(words, act) < max(2, len(words) // 2) or any(
            _shared(_denied(x), act) >= 2 or _names_another_part(_failing_words(x), words, act)
            for b in between for x in b.readings):
        return None
    if whole and any(words[:2] in to_simplified(b.first.stmt.text) for b in between):
        # (申报学年论文计0.5分;申报毕业论文计0.5分;…未申报者,本项计0分: which one's other answer? read as
        # the first's, a unit that declared the second lost it too)
        return None
    return first


def _names_another_part(failing: str, denied: str, act: str) -> bool:
    """台账不全 beside 未开展排查 after 按时开展排查化解,台账完整规范的得2分: the clause asks two things
    (parts between commas), and the failing names one the denial does not."""
    unquoted = re.sub(r"“[^”]*”|\"[^\"]*\"", "", act)  # (“双随机、一公开”: one name)
    parts = [part for part in re.split(r"[,，;；]", unquoted) if part.strip()]
    return len(parts) > 1 and any(_shared(failing, part) >= 2 and _shared(denied, part) < 2 for part in parts)


def _denied(r: Reading) -> str:
    """The words a failing denies: 制定 in 未制定的, 到位 in 签约履约不到位的."""
    neg = next((i for i, p in enumerate(r.stmt.phrases) if _marker(p, A.Marker.NEG)), None)
    if neg is None:
        return ""
    return to_simplified("".join(p.text for p in r.stmt.phrases[neg + 1:] if isinstance(p, A.Text))).strip(" \t\u3000,，")


def _in_order(words: str, text: str) -> bool:
    """Does `text` hold the characters of `words` in their order, maybe with others between
    (不完成任务 in 完成秋冬菜种植任务; 安全事故 in 安全责任事故)?"""
    rest = iter(text)
    return all(ch in rest for ch in words)


def _shared(a: str, b: str) -> int:
    """The length of the longest run of characters both texts hold."""
    return max((n for i in range(len(a)) for n in range(1, len(a) - i + 1) if a[i:i + n] in b), default=0)


def _beyond_the_task(reader: _Reader, r: Reading) -> bool:
    """超额完成10%至20%的加1分 after 完成任务的得4分 (and its tiers of more): a share beyond the
    task, one value with the task done."""
    task = reader.first
    beyond = terminal_regex("TASK_BEYOND")
    whole = A.Interval(A.Bound(Decimal(1), True), None, A.Unit.PERCENT)
    met = ((_Builder._plain_award(task) and _task_met(task))
           or (task.full and task.condition is None and _task_met(task))  # (完成任务的得满分)
           or (task.award is not None and task.condition == whole and _nothing_else(task)))

    def below_or_beyond(x: Reading) -> bool:
        # (完成任务的90%(含)至100%(不含)的得1.5分;低于90%的不得分: shares of the task below it)
        c = x.condition
        return c is not None and (beyond.search(to_simplified(x.stmt.text)) is not None or (
            c.unit is A.Unit.PERCENT and all(b is None or b.value <= 1 for b in (c.low, c.high))))
    return ((task.beyond_task or met) and _share_beyond_said(r)
            and all(x is task or x.proportional or below_or_beyond(x) for x in reader.readings))


def _share_beyond_said(r: Reading) -> bool:
    """超额完成10%至20%的加1分: points for a share beyond the task, said as the share beyond (under 100%)."""
    c = r.condition
    return (r.award is not None and c is not None and c.unit is A.Unit.PERCENT and r.per is None and r.step is None
            and all(b is None or b.value < 1 for b in (c.low, c.high))
            and terminal_regex("TASK_BEYOND").search(to_simplified(r.stmt.text)) is not None)


def _award_past_a_requirement(reader: _Reader, r: Reading) -> bool:
    """每季度至少开展1次,每少1次扣1分;全年开展6次以上的加1分: an award for a count reached, beside
    steps short of a requirement of the same count (read apart, the times held were asked twice)."""
    short = [x for x in reader.readings if x.step is not None and _step_kind(x.step) is A.StepKind.DEFICIT]
    head = reader.first
    return (len(short) == 1 and (head.required is not None or head.period is not None)
            and r.award is not None and r.per is None and r.step is None and not r.judged
            and r.condition.unit is A.Unit.COUNT and r.condition.low is not None and r.condition.high is None
            and not _other_things(_counter_at(r, r.condition), short[0].step.step.word))


def _subjects_apart(a: str, b: str) -> bool:
    """Two subjects, each of two words or more, sharing no two words in a row."""
    return len(a) >= 2 and len(b) >= 2 and _shared(a, b) < 2


def _flat_beyond_lateness(reader: _Reader, r: Reading) -> bool:
    """每逾期1天扣0.1分,逾期超过5天的,按未报送处理,扣0.5分 / 每延迟1天扣0.1分,延迟超过10天的扣2分:
    past the limit, those points replace the days' (read apart, it was a count of its own and the
    sentence asked two values)."""
    late = [x for x in reader.readings if x.step is not None and _step_kind(x.step) is A.StepKind.LATE
            and x.step.step.duration]
    return (len(late) == 1 and r.deduct is not None and r.per is None and r.step is None and not r.judged
            and r.condition.low is not None and r.condition.high is None
            and not any(x.condition is not None for x in reader.readings))


def _takes(reader: _Reader, r: Reading) -> bool:
    """Does statement `r` read the same value as the reader before it?"""
    if _beyond_the_task(reader, r):
        # 完成年度减排任务的得4分;超额完成10%至20%的,另加1分: the rate of the task, all of it and
        # 10% to 20% more (read apart, the task done was a yes/no and 超额 a rate from 0)
        reader.first.condition = _one_sided(_UP, Decimal(1), True, A.Unit.PERCENT)
        reader.first.beyond_task = True
        low, high = r.condition.low, r.condition.high
        r.condition = A.Interval(None if low is None else A.Bound(low.value + 1, low.inclusive),
                                 None if high is None else A.Bound(high.value + 1, high.inclusive), A.Unit.PERCENT)
        return True
    last = reader.readings[-1]
    counted = next((_counted_word(x) for x in reader.readings if x.per is not None), "")
    if (counted and r.zero and r.per is None and r.condition is not None
            and r.condition.unit is A.Unit.COUNT and _counter_at(r, r.condition)
            and _other_things(counted, _counter_at(r, r.condition))):
        # 每起扣2分,造成2人以上死亡的,本项不得分: the people killed, not the cases counted
        return False
    # (…换届率达到100%的得2分,每低1个百分点扣0.1分;信息完整率低于95%的…: the rate the reader last named)
    named = _rate_named(r)
    before = next((n for n in map(_rate_named, reversed(reader.readings)) if n), None)
    if named and before and not (named.endswith(before) or before.endswith(named)):  # (抽检合格率, 合格率: one)
        # 及时率100%的得2分;优良率达到80%以上的得1分: two rates, never tiers of one
        if r.step is not None and r.condition is None and r.rate is None and r.target is None:
            # 合格率达到95%…,优良率达到50%…另加1分;合格率每降低1个百分点扣0.5分: from which?
            raise _Reject(error(
                "E202", f"“{_shown(r.stmt, r.step)}”说的是{named},前一句说的是{before},不清楚从哪一个要求算起",
                r.stmt.span, hint=f"把{named}的要求和它的扣分写在一起,如 {named}达到95%的得3分,每降低1个百分点扣0.5分;"
                                  "另一个比率另写一句"))
        return False
    if (r.step is not None and r.condition is None and last.condition is not None and last.step is None
            and last.deduct is not None and not _same_breath(last.stmt)
            and _subjects_apart(_counted_act(last, verbs_kept=True), _counted_act(r, verbs_kept=True))):
        # 不合格批次5批次以上的另扣2分;抽检任务每少完成1批次扣0.2分: steps of another thing, after a
        # 分号 (read as steps below the 5, the task's batches counted from the failed ones)
        return False
    if r.level is not None or last.level is not None:
        return r.level is not None and last.level is not None  # one level scale
    if r.otherwise:
        # 否则…: the other case of the same thing (物品摆放有序,否则每件扣1分: after words of its own,
        # its own requirement's)
        other = next((p for p in r.stmt.phrases if _marker(p, A.Marker.ELSE)), None)
        before = r.stmt.text[:other.span.start - r.stmt.span.start] if other is not None else ""
        return not re.split("[;；。]", before)[-1].strip(" ,，:：")
    if (len(reader.readings) == 1 and _task_met(last) and r.gives
            and (_Builder._plain_award(last) or (last.full and last.award is None and last.condition is None
                                                 and _nothing_else(last)))
            and r.condition is not None and r.condition.unit is A.Unit.PERCENT and r.condition.low is not None
            and r.condition.low.value < 1 and (r.condition.high is None or r.condition.high.value <= 1)
            and r.per is None and r.step is None
            and not terminal_regex("BEYOND_WORD").search(to_simplified(r.stmt.text))):
        # 完成年度任务的得10分;达到任务75%的得8分: the task done is all of it, the top tier of the
        # rate the others read (read apart, a unit that did all of it got 10 and 8)
        last.condition = _one_sided(_UP, Decimal(1), True, A.Unit.PERCENT)
        return True
    if (_the_rest(r) and r.gives and r.rank is None and r.condition is None and last.rank is not None
            and all(x.rank is not None for x in reader.readings)):
        return True  # 第1至3名的得3分,第4至10名的得2分,其余得1分: the places after them
    if r.rest and _Builder._plain_award(r) and _Builder._plain_award(last) and len(reader.readings) == 1:
        return True  # 省级得3分,其余得1分: the rest of the same thing
    share = next((x for x in reader.readings if x.proportional), None)
    if share is reader.first and share.target is None and _share_topped(r):
        # 按完成比例计分,完成或超额完成计满分: all the points once the task is done, what the share
        # gives at 100% and past it (read apart, a yes/no of its own: a unit that did it all scored twice)
        return True
    if (share is not None and r.zero and r.condition is not None and r.condition.unit is A.Unit.PERCENT
            and r.award is None and r.deduct is None and all(x.condition is None for x in reader.readings)
            and share.target is None and share.per_count is None):  # the value is itself the rate
        # 按完成比例计分,完成率低于60%的不得分 (after 完成任务的得2分, too): a limit on the same rate
        return True
    # (完成率达到100%的得4分;未完成的,按完成率乘以4分计分: the same points again, said with the share;
    # read apart, a unit that did it all scored 4 twice)
    again = r.award is not None and not r.added and last.award is not None and r.award.value == last.award.value
    if r.proportional and r.gives and not again and r.negative and r.condition is None and reader.first.gives:
        # 完成率达到100%的得4分;未完成的,按完成比例计3分: a share of other points for what the clause
        # before does not reach (read apart, 100% scored 4 and 3)
        raise _Reject(error("E202", f"“{r.stmt.text.strip('，,;；。 ')}”是没有达到前一句时按比例计分,"
                                    "但分值和前一句不同,不清楚怎样计分", r.stmt.span,
                            hint="写成 完成任务的得4分,未完成的按完成比例计分"))
    if r.proportional and (not r.gives or again) and r.negative and r.condition is None:
        # 按期足额缴纳的,得5分;未足额缴纳的,按比例扣分: the share paid, short of all of it;
        # 完成全年任务得满分,未完成的按比例得分 and 完成率100%得10分,未完成的… alike
        beyond = terminal_regex("TASK_BEYOND")
        if (len(reader.readings) == 1 and beyond.search(to_simplified(last.stmt.text))
                and not beyond.search(to_simplified(r.stmt.text))
                # (完成或超额完成目标值得基本分: the task done, however far)
                and not terminal_regex("TASK_OR_BEYOND").search(to_simplified(last.stmt.text))):
            # 完成任务的得3分,超额完成的得4分,未完成的按比例得分: the share is of the task done, not of
            # the points beyond it (read so, 100% scored 4 and 80% 3.2)
            raise _Reject(error("E202", f"“{r.stmt.text.strip('，,;；。 ')}”是没有完成任务时按比例计分,"
                                        "前一句却是超额完成的分值,不清楚按哪个分值的比例", r.stmt.span,
                                hint="把未完成的按比例计分紧接着写在完成任务的分值后面: "
                                     "完成任务的得3分,未完成的按比例得分;超额完成20%以上的得4分"))
        # (完成任务的得3分,超额完成20%以上的得4分,未完成的按比例得分: the rungs beyond the task between)
        rungs = all(x.condition is not None and x.condition.low is not None and x.condition.low.value > 1
                    for x in reader.readings[1:])
        joined = ((len(reader.readings) == 1 or (reader.first.beyond_task and rungs)) and not last.negative
                  and (_Builder._plain_award(reader.first) or _full_without_more(reader.first)
                       or _rate_reached(reader.first) or _count_reached(reader.first)))
        if not joined and reader.first.gives and any(x.step is not None for x in reader.readings):
            # 完成任务的得5分,每超额完成10%加1分;未完成任务的按完成比例得分: a share of the 5 below the
            # task (read apart, a share of the item's points on a value of its own)
            raise _Reject(error("E202", f"“{r.stmt.text.strip('，,;；。 ')}”是没有完成时按比例计分,"
                                        "前一句又有超额逐步加分,不清楚按比例的分值和数值", r.stmt.span,
                                hint="把超额加分写成另一行规则: 完成任务的得5分,未完成的按完成比例得分"))
        return joined
    if (_marker(_first_phrase(r.stmt), A.Marker.OF_WHICH) and r.condition is not None
            and r.condition.unit is A.Unit.PERCENT and r.step is None and r.per is None):
        # …教师比例达到80%以上的得2分;其中参加省级以上培训的教师比例达到10%以上的,加0.5分: a share
        # of a part (其中) is a rate of its own, however its words end
        return False
    head = reader.first
    if (r.step is None and r.per is None and r.condition is not None and r.deduct is not None and not r.joint
            and reader.has_step() and head.condition is not None and head.step is None
            and all(_step_kind(x.step) is A.StepKind.EXCESS for x in reader.readings if x.step is not None)
            and head.condition.unit is r.condition.unit and _disjoint(head.condition, r.condition)
            and not _other_things(_counter_at(head, head.condition), _counter_at(r, r.condition))):
        # 达到10人的得2分,每增加1人加0.5分;不足10人的扣1分: below the threshold of the same value
        return True
    if r.step is not None and reader.first.step is None:
        # a threshold, a requirement or an own award, then its steps (每低1%, 少一次 …)
        head = reader.first
        thing = _named_before_step(r)
        if len(thing) >= 2 and r.condition is None and any(
                _named_before_step(x) != thing for x in reader.readings if x.step is not None):
            # 主办件按时办复率100%的得10分,每逾期1件扣2分;会办件每逾期1件扣1分: steps of a thing named
            # apart (read as more steps of the same count, each overdue item cost 3)
            return False
        if head.deduct is not None and head.condition is None and not _same_breath(reader.readings[-1].stmt):
            # 周边200米范围内存在无证商家的,扣0.5分;作业次数不足,每少一次扣1分: steps after a stop
            # are no steps of a deduction (read so, they counted short of the 200 and started at −0.5)
            return False
        if r.judged or r.high is not None:
            return False  # 计20分;窗口开放少一个一次扣2-4分: a judged amount each time, not steps of the 20 (lost)
        if head.judged or head.high is not None or head.per is not None:
            # 版面杂乱扣1~5分;每少一项扣5分: an amount judged has no steps (read with it, they were
            # lost); nor has a count per occurrence (完好率达100%,一处不合格扣0.1分;每少1张扣0.5分 started at −0.1)
            return False
        late = {_step_kind(x.step) is A.StepKind.LATE for x in reader.readings if x.step is not None}
        if late and late != {_step_kind(r.step) is A.StepKind.LATE}:
            # 每季度报送1次,少报1次扣0.5分,迟报1次扣0.2分: the reports made and the reports late
            # are two values (read as one, 3 reports made were 3 late too)
            return False
        if reader.has_step() and not _numbered_point(head, r):
            # 完成征订任务计30分,每少完成2份扣1分,每超额2份加1分 / 与上年持平得3分,每增加1人…,
            # 每减少1人…: no number both ways count from, so how many short and how many over
            # are two values (a count is never below 0)
            return False
        if (r.period is not None or r.required is not None) and head.gives:
            # 预案每年修订一次,未修订的扣1分;演练每半年一次,少一次扣1分: steps short of their
            # own requirement are not those of the clause before
            return False
        year = terminal_regex("LAST_YEAR")
        if year.search(to_simplified(r.stmt.text)) and not any(
                year.search(to_simplified(x.stmt.text)) for x in reader.readings):
            # 低于20人的得3分,…;比上年每上升1人扣0.5分: the change on last year is a value of its own,
            # not more of the number the tiers read
            return False
        if head.zero and head.award is None and head.condition is None and head.required is None and head.period is None:
            # 存在虚报数据问题的,本项不得分;差错率每超1个百分点扣0.5分: a case that loses the item
            # is no start of steps (read with it, the case was lost)
            return False
        return (head.condition is not None or head.required is not None or head.period is not None
                or (head.gives and head.per is None and not head.negative)
                or (head.target is not None and head.per is None))
    if r.step is not None and r.condition is None and reader.has_step() and _is_anchor(reader.first, either_way=True):
        # 新增重复信访率12%的,得基准分8分,每下降1个百分点加1分,每上升1个百分点扣1分:
        # steps either way from one point
        kinds = {_step_kind(x.step) for x in reader.readings if x.step is not None}
        return (_step_kind(r.step) not in kinds and len(kinds) == 1
                and all(x.condition is None for x in reader.readings if x.step is not None))
    if r.step is not None and r.condition is not None and reader.has_step():
        first_step = next(x.step for x in reader.readings if x.step is not None)
        if _step_kind(r.step) is not _step_kind(first_step):
            # 低于5%的,每降低1个百分点加1分;高于10%的,每超过1个百分点扣1分: two slopes
            # of one value, on either side
            heads = [x.condition for x in reader.readings if x.condition is not None]
            return (bool(heads) and all(_disjoint(h, r.condition) for h in heads)
                    and _same_measure(reader.unit, r.condition.unit))
    if r.per is not None and r.condition is not None and r.step is None:
        # 每条阅读量5—10万的,每次计0.1分;超过10万的,每次计0.2分: tiers of each record
        return (last.per is not None and last.condition is not None and last.step is None
                and _same_measure(reader.unit, r.condition.unit))
    if r.step is not None or r.per is not None or r.listed or r.each or r.amounts:
        return False
    if r.condition is not None and not reader.has_step():
        if (last.per is not None and _first_per(last) is not None and last.condition is not None
                and last.step is None and r.per is None and r.gives and _same_breath(last.stmt)
                and _same_measure(reader.unit, r.condition.unit) and r.condition.unit is not A.Unit.PERCENT):
            # 每笔逾期1—5个工作日的扣0.5分,逾期5个工作日以上的扣1分: a tier of each one, then one with
            # no 每: of each one too, or of the unit? (read apart, the second was the unit's)
            raise _Reject(error(
                "E202", f"前一档是每一笔(每一次)的,“{r.stmt.text.strip('，,;；。 ')}”是每一笔的,还是整体的,句子没有说清",
                r.stmt.span, hint=f"每一笔的,每一档都写在“{_shown(last.stmt, _first_per(last))}”之后,"
                                  "例如 每笔逾期1—5天的扣0.5分,每笔逾期5天以上的扣1分;整体的,另写一行规则"))
        if r.zero and last.per is not None and last.condition is None and len(reader.readings) == 1:
            # 每一处错误扣1分;有五处及以上错误,不得分 / 每1万元扣0.2分;金额超过5万元的不得分:
            # a limit on the same count (or amount)
            return (_same_measure(last.per_unit, r.condition.unit) and not _short_then_how_many(reader, r)
                    and not _graver_case(last, r) and not _another_thing_past_the_count(last, r))
        if _on_top_of_a_count(last, r) and len(reader.readings) == 1:
            # 每发现1户扣0.1分;累计发现10户以上的,另扣1分: points on top of the steps, once the
            # same count passes a number (read apart, the 10 households were asked for twice)
            return not _short_then_how_many(reader, r)
        counters = [c for x in reader.readings if x.condition is not None
                    and (c := _counter_at(x, x.condition, last=True))]
        now = _counter_at(r, r.condition, last=True)
        if (counters and _other_things(counters[0], now) and not _has_words(r.stmt) and reader.tiered()
                and r.condition.unit is A.Unit.COUNT and _same_breath(last.stmt)):
            # 发现一次扣1分,两处以上扣3分: a count with no words of its own, in another counter than
            # the tier before: more of the same thing, or another thing counted?
            raise _Reject(error(
                "E202", f"“{r.stmt.text.strip('，,;；。 ')}”数的是“{now}”,前一档数的是“{counters[0]}”,"
                        "没有写数的是什么,不清楚是不是同一个数量", r.stmt.span,
                hint=f"同一个数量用同一个量词,如 2{counters[0]}以上扣3分;不是同一个数量,写出数的是什么"))
        return (reader.tiered() and last.per is None and last.listed is None
                and _same_measure(reader.unit, r.condition.unit) and r.rank is None
                and _same_subject(last, r)
                # (宣讲12场以上的得3分,…;宣讲受众超过5000人次的另加1分: people, not talks)
                and not (counters and _other_things(counters[0], _counter_at(r, r.condition, last=True)))
                # 用稿12篇,6分;网站用稿12篇,4分 / 有1座以上中转站,得10分;有1座以上压缩式中转站,得10分:
                # the same condition again is another thing counted
                # (尿检率达到80%以上的…;尿检率不低于80%的…: one value named the same, its tier twice)
                and not any(x.condition == r.condition and (
                    r.reached or _counted_thing(x) != _counted_thing(r) or not _subject(x) or _subject(x) != _subject(r))
                            for x in reader.readings))
    if r.condition is not None and reader.has_step():
        # 每逾期1天扣0.5分,逾期超过3天不得分: a limit on the same count (每少一人扣0.5分,少于3人
        # 不得分: how many are short, then how many there are; two values, with no number to
        # count the shortfall from)
        if _short_then_how_many(reader, r) or _another_act_counted(reader, r):
            return False
        if _award_past_a_requirement(reader, r):
            return True
        # (办结率100%的得3分,每低1个百分点扣0.2分,低于90%的不得分: a rate written, no condition, its steps in %)
        rated = next((A.Unit.PERCENT for x in reader.readings if x.rate is not None), None)
        # (高于全市平均水平的,每高1个百分点加0.2分;低于全市平均水平的不加分: nothing, the other side of
        # the same average)
        nothing = (r.signed_points == 0 and r.peer is not None and reader.first.peer is not None
                   and reader.first.condition is not None and _disjoint(reader.first.condition, r.condition))
        return ((r.zero or nothing or _flat_beyond_lateness(reader, r))
                and _same_measure(reader.unit or rated or A.Unit.COUNT, r.condition.unit))
    taken = r.deduct is not None and r.per is None and r.step is None and not r.joint
    if (r.zero or taken) and r.negative and r.condition is None and not r.judged:
        same = any(_failing_of(r, x) for x in reader.readings)
        # (逾期1-5天的扣0.5分,逾期5天以上的扣1分;未报送的本项不得分: what tiers that only deduct leave
        # is the unit with none of it, never a failing)
        if (reader.tiered() and all(x.gives for x in reader.readings)
                and not all(x.is_deduction for x in reader.readings)
                and (same or _rest_of_the_tiers(r, reader.readings))
                and (r.zero or ((same or terminal_regex("MET_AGAIN").fullmatch(to_simplified(_failing_words(r))))
                                and all(x.award is not None for x in reader.readings)))):
            # 化解率达100%的,得5分。未化解不得分 / 85%以下的得1分;未开展培训的不得分: what no tier holds
            # (发生…事件未及时上报的,本项不得分, an event, is a failing of its own); 合格率90%以上得0.5分,
            # 未达标的扣0.5分: the rest takes its points (未开展培训的扣1分, 不挂钩扣3分 may be failings of their own)
            r.otherwise = True
            return True
        if taken:
            return False
        # 成立领导小组的,得1分,没有不得分 / 制定方案的得1分,未制定的不得分: the same yes/no, its
        # other answer (…的记2分,查工作记录,没有记录不计分 names a failing of its own)
        return (len(reader.readings) == 1 and (last.award is not None or last.full) and last.condition is None
                and last.per is None and last.step is None and not last.judged
                and _failing_of(r, last))
    if r.rank is not None:
        return all(x.rank is not None for x in reader.readings)
    return False


def _shares_words(a: str, b: str, run: int = 3) -> bool:
    """Do two leads share three characters in a row (公开栏建设(2分);设立公开栏的得2分)? Bare points
    a ; before an award of the same points restate it only then (档案人员相对稳定(1分);成员单位
    参加会议得1分 are two awards, and 基础工作台账(2分);有工作领导小组…得2分 share only 工作)."""
    a, b = to_simplified(a), to_simplified(b)
    return any(a[i:i + run] in b for i in range(len(a) - run + 1)
               if len(a[i:i + run].strip(" ,，;；:：()（）")) == run)


def _breaths(readings: list[Reading]) -> list[list[Reading]]:
    """The readings in runs that commas join (a ; or 。 ends one)."""
    runs: list[list[Reading]] = [[]]
    for r in readings:
        runs[-1].append(r)
        if not _same_breath(r.stmt):
            runs.append([])
    return [run for run in runs if run]


def _measure_named(stmt: Statement, at=None) -> str:
    """普及率 in 自来水普及率达95%以上: the words right before the statement's first comparison (or the
    phrase `at`), in its clause ("" where none name it)."""
    at = at or next((p for p in stmt.phrases if isinstance(p, (A.Compare, A.Range, A.OpSymbol))), None)
    if at is None:
        return ""
    return re.split("[,，;；。:：、]", to_simplified(stmt.text[:at.span.start - stmt.span.start]))[-1].strip(" \t\u3000")


def _breaths_kept(before: list[Reading], kept: list[Reading]) -> None:
    """每完成一项得2分,反之,不得分;领导小组…得2分: a statement passed over (an other answer, a
    restated failing) that a ; or 。 ended still ends the breath of the one kept before it (else
    the award after the ; was counted per item too)."""
    last = None
    for r in before:
        if any(r is k for k in kept):
            last = r
            continue
        ends = (r.stmt.limit_ends or r.stmt.separator).strip()
        if last is not None and ends in (";", "；", "。") and _same_breath(last.stmt):
            last.stmt.limit_ends = ends


def _a_year_of(r: Reading, cap) -> bool:
    """每月按时完成…的得0.25分,全年满分3分: points for each period met, and a limit that is a year
    of them."""
    return (bool(r.period) and r.award is not None and isinstance(cap, A.CapPhrase) and not cap.on_deductions
            and cap.limit.value == r.award.value * r.period)


def _per_period(r: Reading) -> bool:
    """An award per period whose own limit is a year of it."""
    return any(_a_year_of(r, c) for c in r.stmt.caps)


def _names_a_duration(r: Reading) -> bool:
    """Does the statement name a length of time (20分钟内, 每迟到5分钟)?"""
    return any(isinstance(getattr(p, "quantity", None), A.Quantity) and p.quantity.duration
               for p in r.stmt.phrases)


def _heading_over_deductions(reader: _Reader, rest: list[Reading]) -> bool:
    """A heading's points in brackets (民政统计工作(3分)) alone in its reader, with nothing but
    deductions counted after it (迟报一次扣0.2分,漏报一次扣0.5分)."""
    head = reader.first
    return (len(reader.readings) == 1 and head.bare and head.stmt.text.rstrip().endswith((")", "）"))
            and head.condition is None and head.required is None and head.period is None
            and head.target is None and head.per is None and len(rest) > 1
            and all(x.is_deduction and x.condition is None and x.required is None and x.period is None
                    and x.target is None and (x.per_count is not None or (x.step is not None and not x.step.each)
                                              or x.per is not None) for x in rest))


def _misses_of_the_rate(rated: Reading, counted: Reading) -> bool:
    """投诉回复率100%得3分,每有一件未回复的扣0.5分: are the ones counted those the rate misses? Not
    when said to come on top (另发现乱埋乱葬的每处扣0.5分 after 火化率), nor when what they fail to
    do shares nothing with the rate's act (覆盖率 then 发现问题未督促整改的, 每家)."""
    if terminal_regex("ALSO_LEAD").match(to_simplified(counted.stmt.text).lstrip(",，:： ")):
        return False
    name = _rate_named(rated)
    denied = _denied(counted).strip(",，;；。 的者")
    if not name or (denied and terminal_regex("MET_AGAIN").match(denied)):
        return True
    act = terminal_regex("RATE_WORD").sub("", name)  # (持证上岗 in 持证上岗率: 未持证 shares 持证)
    if not denied:
        # (签订率达到100%的得2分;发生安全事故的每起扣1分: an event of its own, no miss of the rate;
        # read as one, the rate was never asked and 80% signed kept the 2)
        said = _counted_act(counted, verbs_kept=True)
        return not terminal_regex("EVENT_SAID").match(said) or any(ch in said for ch in act)
    # (…覆盖的行政村比例达到100%的得5分,每有1个行政村未覆盖扣0.5分: the things the rate is of, counted)
    phrases = counted.stmt.phrases
    neg = next((i for i, p in enumerate(phrases) if _marker(p, A.Marker.NEG)), None)
    count = (next((i for i in range(neg - 1, -1, -1) if isinstance(phrases[i], (A.Amount, A.Per))), None)
             if neg is not None else None)
    lead = "".join(p.text for p in phrases[count + 1:neg] if isinstance(p, A.Text)) if count is not None else ""
    own = act.replace("的", "")
    return any(ch in denied for ch in act) or any(own[i:i + 2] in lead for i in range(len(own) - 1))


def _another_act_counted(reader: _Reader, r: Reading) -> bool:
    """每缺1人次扣0.5分;…流失两名以上的,本项不得分: a count past a number, after steps that count
    what is missing (with nothing required), that names no such lack before its number counts a
    thing of its own (read as a limit of the steps, 2 people missing lost the item)."""
    if r.condition is None or r.condition.unit is not A.Unit.COUNT or r.per is not None or r.step is not None:
        return False
    if any(x.required is not None or x.condition is not None or x.period is not None or x.target is not None
           or (x.step is not None and _step_kind(x.step) is not A.StepKind.DEFICIT) for x in reader.readings):
        return False  # (达到50条的得1分,每超过10条加0.1分;不足50条的: the count itself, below its mark)
    acts = []
    for x in reader.readings:
        if x.step is None:
            continue
        said = x.stmt.text[x.step.span.start - x.stmt.span.start:x.step.step.span.start - x.stmt.span.start]
        acts.append(terminal_regex("PER").sub("", to_simplified(said), count=1).strip())
    number = next((p for p in r.stmt.phrases if isinstance(p, (A.Compare, A.Range))), None)
    if not acts or not all(acts) or number is None:
        return False
    at = (number.quantity if isinstance(number, A.Compare) else number.low).span.start  # (缺3人以上: 缺 too)
    words = to_simplified(r.stmt.text[:at - r.stmt.span.start])
    # (缺1人扣1分,3人以上不得分: no words before the number name nothing else)
    return bool(words.strip(" ,，;；")) and not any(_in_order(act, words) for act in acts)


def _on_top_of_a_count(counted: Reading, r: Reading) -> bool:
    """Does `r` (累计发现10户以上的,另扣1分) put points on top (另/再) once the count `counted`
    counts each of (每发现1户) passes a number, in the same counter and with no words of its own
    (同一工程发现3处以上的,另扣2分 counts per project: another value)?"""
    if (counted.per is None or counted.condition is not None or counted.step is not None
            or r.per is not None or r.step is not None or r.zero or r.signed_points is None
            or r.condition is None or r.condition.low is None or r.condition.high is not None
            or counted.signed_points is None or (counted.signed_points > 0) != (r.signed_points > 0)):
        return False
    if not _said_on_top(r):
        return False
    word, at = _counted_word(counted), _counter_at(r, r.condition)
    if not word or not at or _other_things(word, at):
        return False
    compare = next(p for p in r.stmt.phrases if isinstance(p, (A.Compare, A.Range, A.Amount)))
    before = terminal_regex("SUMMED").sub("", _what_happened(r.stmt.text[:compare.span.start - r.stmt.span.start]))
    if before and before not in _what_happened(counted.stmt.text):
        return False
    return _same_measure(counted.per_unit, r.condition.unit) and not _graver_case(counted, r)


def _rest_of_the_tiers(failing: Reading, tiers: list[Reading]) -> bool:
    """May a failing that is not simply the tiers' words denied be what no tier holds? Not an
    event (发生…, 引发…的: a failing of its own), nor the rest of tiers that only deduct, nor a
    thing the tiers never name (台账不规范的),
    nor anything but none at all or the change the other way after tiers that leave no value
    over (read as their rest, it was dropped)."""
    words = to_simplified(failing.stmt.text)
    if any(terminal_regex(t).search(words) for t in ("INCIDENT_VERB", "CAUSED")):
        return False
    if all(x.is_deduction for x in tiers):
        return False  # (缺额一名的扣1分,…: what they leave is none missing, never a failing)
    if _covers_every_value(tiers) and not _none_or_the_other_way(failing):
        return False
    return _words_of_the_tiers(failing, tiers)


def _words_of_the_tiers(failing: Reading, tiers: list[Reading]) -> bool:
    """未化解的 after 化解率达100%的, 未达标的, 未开展培训的 after 培训率…: a failing in a word or two,
    the requirement said again, or a thing the tiers name (台账不规范的 names another)."""
    words = to_simplified(_failing_words(failing, ",，;；。 的()（）"))
    if (len(words) <= 3 or terminal_regex("MET_AGAIN").fullmatch(words)
            or terminal_regex("FLAT_WORD").search(words)):  # (持平或不降反增的: the change, not reached)
        return True
    named = to_simplified("".join(x.stmt.text for x in tiers))
    # (结案率…;未建立案件台账的: 案件 is named, the 台账 it ends with is not, a thing of its own;
    # read as the rate's none, a unit at 92% without one scored 1)
    return _shared(words, named) >= 2 and (words[-2:] in named or terminal_regex("MET_AGAIN").match(words) is not None)


def _none_or_the_other_way(r: Reading) -> bool:
    """未组建的, 无经营性收入的, 不降反升的: the act not done at all, the thing not there, or the
    change the other way: below the tiers' lowest, however they cover."""
    words = to_simplified(r.lead)
    neg = next((p for p in r.stmt.phrases if _marker(p, A.Marker.NEG)), None)
    not_done = neg is not None and terminal_regex("NOT_DONE").fullmatch(to_simplified(_shown(r.stmt, neg)))
    return ((not_done and _act_not_done(r)) or bool(terminal_regex("ABSENCE").match(words.lstrip()))
            or bool(terminal_regex("OTHER_WAY").search(words))
            or (bool(terminal_regex("FALL_WORD").search(words)) and bool(terminal_regex("RISE_WORD").search(words))))


def _covers_every_value(readings: list[Reading]) -> bool:
    """Do the tiers' conditions, of one kind, leave no value from 0 up over (a rate up to 100%;
    a count in whole numbers)?"""
    conds = [r.condition for r in readings if r.condition is not None]
    if not conds or len({c.unit for c in conds}) != 1:
        return False
    whole = conds[0].unit is A.Unit.COUNT
    at, open_at = Decimal(0), False  # the first value not yet covered: `at`, or just above it when open_at
    while True:
        if conds[0].unit is A.Unit.PERCENT and (at > 1 or (at == 1 and open_at)):
            return True
        if whole and open_at:  # (1至2件 then 3件以上: after 2, the next count is 3)
            at, open_at = at + 1, False
        reach = None
        for c in conds:
            low = c.low
            if not (low is None or low.value < at or (low.value == at and (low.inclusive or open_at))):
                continue
            if c.high is None:
                return True
            end = (c.high.value, c.high.inclusive)
            if end[0] > at or (end[0] == at and end[1] and not open_at):
                reach = end if reach is None or end > reach else reach
        if reach is None:
            return False
        at, open_at = reach[0], reach[1]


def _short_then_how_many(reader: _Reader, r: Reading) -> bool:
    """每少1次扣1分,少于2次的不得分: the first counts how many are short, the second how many
    there are, with no number to tell one from the other: two values."""
    if r.condition is None or r.condition.low is not None or r.condition.high is None:
        return False
    if any(x.required is not None or x.target is not None or x.condition is not None for x in reader.readings):
        return False
    return any((x.step is not None and _step_kind(x.step) is A.StepKind.DEFICIT)
               or any(terminal_regex(t).search(to_simplified(x.stmt.text)) for t in ("DEFICIT_PER", "DEFICIT_BARE"))
               for x in reader.readings)


def _beyond_a_count(reader: _Reader) -> Reading | None:
    """事假超过3次,每次扣2分: a condition above a count in the very counter it counts per is a
    threshold on that count; each one beyond it brings the points (the reading kinder to the
    unit than counting all of them once past it)."""
    if len(reader.readings) != 1:
        return None
    r = reader.first
    above = next((p for p in r.stmt.phrases if isinstance(p, A.Compare) and id(p) in r.used), None)
    # 每班最多缺席3人,超过3人的,扣0.5分/人: the 每 that counts in the compared counter, not 每班
    phrases = r.stmt.phrases
    named = phrases[phrases.index(above) + 1] if above is not None and above is not phrases[-1] else None
    # (超过3个村的,每村扣1分: the thing named after the count, counted per)
    noun = named.text.strip()[:1] if isinstance(named, A.Text) else ""

    def counter(p: A.Per) -> str:  # (…3次以上的,每通报一次: the counter of the count after a 每 after it)
        if noun and p.word == noun:
            return above.quantity.word
        if p.word or above is None or p.span.start < above.span.end:
            return p.word
        after = phrases[phrases.index(p) + 1] if p is not phrases[-1] else None
        # (超过5亩的,每亩扣1分: 亩, a unit of measure, written after the 每)
        if isinstance(after, A.Text) and after.text.strip() and (
                (above.quantity.word and after.text.startswith(above.quantity.word))
                or (noun and after.text.strip()[:1] == noun)):
            return above.quantity.word
        return next((q.quantity.word for q in phrases if isinstance(q, A.Amount)
                     and q.span.start > p.span.start), "")

    per = next((replace(p, word=counter(p)) for p in phrases if isinstance(p, A.Per)
                and (above is None or counter(p) == above.quantity.word)), None)
    if per is None and r.per_count is not None:  # 不少于3次,一次5分: the count before the points
        per = A.Per(None, r.per_count.quantity.word, r.per_count.span)
    c = r.condition
    if (per is not None and above is not None and r.per == 1 and c is not None and c.low is None
            and c.high is not None and c.unit in (A.Unit.COUNT, A.Unit.MEASURE) and above.quantity.word == per.word
            and r.signed_points is not None):
        # 迟报4次以内的每次扣0.5分: and past the 4? (the 以内 was passed over: every one counted)
        verb = "计" if r.signed_points > 0 else "扣"
        raise _Reject(error(
            "E202", f"“{_shown_condition(r)}”之后每{per.word}计分,超过的怎样计分,句子没有说清", r.stmt.span,
            hint=f"写成 每{per.word}{verb}{plain(abs(r.signed_points))}分,"
                 f"最多{verb}{plain(abs(r.signed_points) * c.high.value)}分"))
    if (per is None or above is None or r.per != 1 or r.condition is None or r.condition.low is None
            or r.condition.high is not None or r.condition.unit not in (A.Unit.COUNT, A.Unit.MEASURE)
            or above.quantity.word != per.word or r.signed_points is None):
        return None
    if r.signed_points > 0 and not any(_marker(p, A.Marker.DE) for p in r.stmt.phrases):
        # 被采用不少于12篇,每篇计1分 / 不少于3次,一次5分: a requirement (no 的 makes it a
        # condition), then points for each one: every one counts, the reading kinder to the unit
        return replace(r, condition=None)
    after = to_simplified(r.stmt.text[above.span.end - r.stmt.span.start:])
    if r.signed_points > 0 or r.condition.low.inclusive or terminal_regex("ALL_COUNTED").search(after):
        # 被采用不少于12篇,每篇计1分: only once 12 are reached, every one, or each one beyond?
        # (被退回两次以上的,每次扣1分: two is in, so each beyond it would leave two costing nothing;
        # 超过3次的,按实际迟到次数每次扣1分: every one, once past; read as those beyond, 5 lost 2)
        verb = "计" if r.signed_points > 0 else "扣"
        raise _Reject(error("E202", f"“{_shown_condition(r)}”之后每{per.word}计分: 是达到后才计分、每{per.word}都计分,"
                                    f"还是只计超出的部分,句子没有说清", r.stmt.span,
                            hint=f"每{per.word}都计分的写成 每{per.word}{verb}{plain(abs(r.signed_points))}分;只计超出部分的写成 "
                                 f"超过{plain(r.condition.low.value)}{per.word}的,每多1{per.word}{verb}"
                                 f"{plain(abs(r.signed_points))}分"))
    one = A.Quantity(Decimal(1), r.condition.unit, per.word, 1, per.span)  # (亩, 吨: a measure's unit)
    return replace(r, step=A.Step(A.StepKind.EXCESS, one, per.span), per=None, per_count=None)


def _shown_condition(r: Reading) -> str:
    """The words of a reading's comparison, as written."""
    compare = next((p for p in r.stmt.phrases if isinstance(p, (A.Compare, A.Range))), None)
    return r.stmt.text if compare is None else _shown(r.stmt, compare)


def _same_act(failing: str, award: str) -> bool:
    """未在项目所在地进行备案的 / 已完成备案的: the act the award names last (备案, 报送) is the
    failing's; 未建立台账的 / 建立制度的 name two things (台账, 制度), and 未制定方案的 / 制定方案并实施的
    asks more than the failing denies."""
    de = terminal_regex("DE")
    words = [ch for ch in to_simplified(award) if "\u4e00" <= ch <= "\u9fff" and not de.fullmatch(ch)]
    return len(words) >= 2 and "".join(words[-2:]) in to_simplified(failing)


def _qualifies(r: Reading, counted: Reading) -> bool:
    """抄袭的不计分, 未新增不得分, 答错不得分 after points for each one: which ones score nothing
    (the counted act's own failing, or a word or two); 发生重大舆情的不得分, an act of its own, zeroes
    the item instead."""
    words = _failing_words(r, ",，;；。 的()（）")
    return (terminal_regex("NOT_COUNTED").search(to_simplified(r.stmt.text)) is not None or len(words) <= 2
            or words in counted.stmt.text or _failing_of(r, counted))


def _failing_words(failing: Reading, marks: str = ",，;；。 的") -> str:
    """The words of a failing besides its 未/没有 and its points: 制定 in 未制定不得分 (达标 in 未达标者)."""
    words = "".join(p.text for p in failing.stmt.phrases if isinstance(p, A.Text)).strip(marks)
    end = terminal_regex("CASE_END").fullmatch(words[-1:])
    return words[:-1].strip(marks) if end is not None and len(words) > 1 else words


def _failing_of_another_thing(failing: Reading, award: Reading) -> bool:
    """建立工作制度的得2分,未按时报送材料的不得分: a failing that names an act of its own, nothing of the
    award's words, is another thing, never the award's other answer (read so, a unit with the rules
    and late reports kept 2). Words of failing in general (未完成, 未实行, 不符要求, 此项工作) deny the award;
    so does any failing after points for meeting a standard (符合标准的,得8分)."""
    words = _han(to_simplified(_failing_words(failing)))
    lead = to_simplified(award.lead)
    return (failing.negative and not failing.otherwise and not _failing_of(failing, award)
            and len(words) >= 4 and _shared(words, lead) < 2 and not award.share
            and not any(terminal_regex(name).search(words) for name in ("MET_AGAIN", "DOING_WORD", "ITEM_SAID"))
            and not terminal_regex("STANDARD_MET").search(lead))


def _event_of_its_own(event: Reading, award: Reading) -> bool:
    """开展培训得2分,发生事故的不得分: something that happened, named in no word of the award, is no
    answer to it (read so, a unit that trained and had an accident kept its 2). Lateness after full
    attendance (全勤者得10分,迟到扣2分) may be its other answer: asked, elsewhere."""
    words = _han(to_simplified(_failing_words(event)))
    but = terminal_regex("BUT_SAID").match(words)  # (但有弄虚作假的)
    words = words[but.end():] if but is not None else words
    said = terminal_regex("EVENT_OF_ITS_OWN").search(words)
    return (not event.negative and not event.otherwise and said is not None
            and _shared(words, to_simplified(award.lead)) < 2)


def _failing_of(failing: Reading, award: Reading, marks: str = ",，;；。 的") -> bool:
    """Does `failing` (没有, 未制定的) say no more than that `award`'s words do not hold?"""
    words = _failing_words(failing, marks)
    # 不完成任务 after 完成秋冬菜种植任务: the words in their order, with others between
    return not words or words in award.lead or _in_order(words, award.lead)


def _event_denied(denial: Reading, case: Reading) -> bool:
    """未发生的 after 发生安全事故的,本项不得分 (or 出现…的): the case before it, denied; an event verb alone
    denies the event the case names with one."""
    words = re.sub(r"[()（）\s]", "", _failing_words(denial))
    said = re.sub(r"[()（）\s]", "", _failing_words(case))
    text = to_simplified(case.stmt.text)
    verb = terminal_regex("INCIDENT_VERB")
    # (未发生电信诈骗案件的…;发生的…: the case said by its verb alone, the denial names it in full)
    return bool(words) and (_in_order(words, text) or (verb.fullmatch(words) is not None and verb.search(text) is not None)
                            or (verb.fullmatch(said) is not None and said in words))


def _sizes_the_unit(stmt: Statement) -> bool:
    """人口超过1万人的…: words of the unit's own size, which no thing counted has."""
    return terminal_regex("UNIT_SIZE_WORD").search(to_simplified(stmt.text)) is not None


def _per_point_of_score(r: Reading) -> bool:
    """得分在950分以上的,每分奖励8分: the points of a score counted, past a score; the unit's own, never
    a measure of what is counted (read so, the 950 was dropped and 900 earned 7200)."""
    per = _first_per(r)
    if per is None or r.condition is None or r.condition.unit is not A.Unit.POINTS:
        return False
    after = r.stmt.text[per.span.end - r.stmt.span.start:]
    return terminal_regex("FEN").match(per.word or after.lstrip()) is not None


def _describes_what_is_counted(r: Reading) -> bool:
    """A lone condition beside counting: a measure of each thing counted (在1米以下的, 超过8小时,
    3名以上), or, before deductions, the full standard every failing falls short of (完好率达100%).
    A share short of 100% (发案率超过5%的,每起扣1分) may be the unit's own: not read so."""
    cond = r.condition
    if cond is None or r.rank is not None or r.peer is not None or _per_point_of_score(r):
        return False
    if _sizes_the_unit(r.stmt):
        return False
    compared = next((p for p in r.stmt.phrases if isinstance(p, A.Compare) and id(p) in r.used), None)
    per = _first_per(r)
    counted = (per.word or (per.quantity.word if per.quantity is not None else "")) if per is not None else ""
    if (compared is not None and counted and cond.high is None
            and _unit_word(compared.quantity.word) == _unit_word(counted)):
        return False  # 缴获毒品超过1000克的,每100克: the very quantity counted, not a measure of each
    if per is None and terminal_regex("OCCASION_WORD").fullmatch(_counter_at(r, cond) or "-"):
        return False  # 暗访中3次以上发现…的,另扣1分: how many times it was found, no measure of each
    if cond.unit is not A.Unit.PERCENT:
        return True
    full = (cond.low is not None and cond.low.value == 1 and cond.low.inclusive and cond.high is None)
    short = (cond.high is not None and cond.high.value == 1 and not cond.high.inclusive and cond.low is None)
    return r.deduct is not None and (full or short)  # (short: …不合格, the standard's failing)


def _graver_case(counted: Reading, r: Reading) -> bool:
    """发现一次扣10分,情节严重的发现一次本项为0分: words of its own before the count (情节严重的)
    make a category of its own, not a limit on the count before it (1 case was 0, not 20)."""
    at = next((p for p in r.stmt.phrases if isinstance(p, (A.Compare, A.Amount, A.Range))), None)
    if at is None:
        return False
    words = _what_happened(r.stmt.text[:at.span.start - r.stmt.span.start])
    return bool(terminal_regex("CASE_END").search(words)) and words not in to_simplified(counted.stmt.text)


def _what_happened(words: str) -> str:
    """情节严重的发现, 发生一般事故: the words naming a case, without blanks, punctuation and the verb
    of its happening (发生, 发现 …), to compare with another statement's words."""
    words = terminal_regex("EXIST_VERB").sub("", re.sub(r"[\s,，;；、]", "", to_simplified(words)))
    return terminal_regex("INCIDENT_VERB").sub("", words)


def _counting_what_none_had(first: Reading, rest: list[Reading]) -> bool:
    """全年未发生安全责任事故的得15分;发生一般事故的,每起扣5分;造成人员死亡的,每起扣10分;…本项不得分:
    counts of the case the first had none of, graver cases of them after (造成人员死亡的), and cases
    that lose the item."""
    counting = False
    for r in rest:
        if r.per is not None and (not _counts_another_thing(first, r) or counting):
            counting = True
        elif (r.deduct is not None and r.per is None and r.step is None and r.condition is None
              and not _counts_another_thing(first, r)):
            continue  # (未被约谈和通报的得3分;受到上级约谈的扣2分,…: one of the things it had none of)
        elif not (r.zero and r.per is None and r.step is None):
            return False
    return counting


def _counts_another_thing(none_of: Reading, counted: Reading) -> bool:
    """未发生重大事故得满分;发生一般事故每起扣2分: the count after names a thing of its own (一般事故),
    so full points for none of the first thing (重大事故) is no restatement of the count."""
    if _names_nothing_new(none_of, counted):
        return False
    words = "".join(p.text for p in itertools.takewhile(
        lambda p: not (_is_outcome(p) or isinstance(p, (A.Per, A.Amount, A.Compare, A.Range))), counted.stmt.phrases)
        if isinstance(p, A.Text))
    said_words = re.sub(r"[\s,，;；、]", "", terminal_regex("DE").sub("", to_simplified(words)))
    words = _what_happened(said_words)
    said = to_simplified(none_of.stmt.text)
    if not words or words in said or terminal_regex("CASES_ABOVE").search(said):
        return False
    if len(words) >= 4 and _in_order(words, said):
        return False  # (被通报批评 after 未出现因工作失职被上级通报批评情形的: the same case, said short)
    denied = _what_happened(_denied(none_of))
    if len(denied) >= 3 and _in_order(denied, words):
        return False  # (被市级以上通报批评 after 未被通报的: the same case, said in full)
    # (发生流失案件的 after 零流失的, 发现违规行为的 after 零违规的: cases of it)
    case = re.sub(f"^(?:{terminal_regex('INCIDENT_VERB').pattern})", "", said_words)
    none_said = to_simplified(_denied(none_of))
    if none_said and case.startswith(none_said) and terminal_regex("CASE_NOUN").fullmatch(case[len(none_said):]):
        return False
    # (有积案未化解的 after 无信访积案的: the thing had, then how it failed)
    before_failing = list(itertools.takewhile(
        lambda p: not (_marker(p, A.Marker.NEG) or _is_outcome(p) or isinstance(p, (A.Per, A.Amount, A.Compare, A.Range))),
        counted.stmt.phrases))
    if len(before_failing) < len(counted.stmt.phrases) and _marker(counted.stmt.phrases[len(before_failing)], A.Marker.NEG):
        had = "".join(p.text for p in before_failing if isinstance(p, A.Text))
        had = terminal_regex("EXIST_VERB").sub("", to_simplified(had).strip(" \t\u3000,，"), count=1)
        if len(had) >= 2 and _in_order(had, denied):
            return False
    # (受到通报 after 未被通报的, 受到上级约谈 after 未被约谈和通报的: what befell the unit, said another
    # way, one of the things the first names)
    passive = terminal_regex("PASSIVE_SAID")
    befell = passive.sub("", words)
    if passive.match(denied) and passive.match(words) and any(
            len(piece) >= 2 and piece in befell
            for piece in (passive.sub("", w) for w in terminal_regex("KIND_JOIN").split(denied))):
        return False
    # 未发生安全责任事故的得5分;发生一般安全责任事故的每起扣2分: a grade of the same kind of case
    # (not when the first names a grade of its own: 重大事故, then 一般事故)
    grade = terminal_regex("CASE_GRADE")
    kind = grade.sub("", words)
    # (安全事故 in 安全责任事故: its words in their order)
    return not (kind != words and kind and _in_order(kind, said) and not grade.search(said))


def _failing_after_condition(r: Reading) -> bool:
    """高度低于2.4m未使用安全电压供电的: a failing (未…, 不…, with words of its own) written after
    the statement's one condition and before its points."""
    phrases = r.stmt.phrases
    at = [i for i, p in enumerate(phrases) if isinstance(p, (A.Compare, A.Range, A.OpSymbol))]
    if len(at) != 1:
        return False
    rest = phrases[at[0] + 1:]
    between = list(itertools.takewhile(lambda p: not _is_outcome(p), rest))
    neg = next((i for i, p in enumerate(between) if _marker(p, A.Marker.NEG)), None)
    if neg is None:
        return False
    words = "".join(p.text for p in between[neg + 1:] if isinstance(p, A.Text)).strip(" \t\u3000,，、")
    if not words:
        return False
    # 达不到要求的, 未完成的: the condition not met, said again (its other side, not a new act);
    # 至少配备一名…。未配备的: the requirement's own verb again
    before = r.stmt.text[:between[neg].span.start - r.stmt.span.start]
    duty = re.split(r"[,，]", r.stmt.text[phrases[at[0]].span.end - r.stmt.span.start:len(before)], maxsplit=1)
    if len(duty) == 2 and terminal_regex("DUTY_WORD").match(to_simplified(duty[1]).lstrip()):
        return True  # 10人以上的乡镇,应建立工作站,未建立的扣1分: the number names the units, not the failing
    plain = to_simplified(before[-1:] + words)
    if terminal_regex("MET_AGAIN").fullmatch(plain) or terminal_regex("MET_AGAIN").fullmatch(to_simplified(words)):
        return False
    return words[:2] not in before


def _a_change_one_way(r: Reading, condition: A.Interval) -> A.Interval:
    """下降5%以内的得2分: a fall of at most 5%, never none (read as any value up to 5%, a rise,
    given as a fall of 0%, scored 2 and the 上升的扣1分 beside it as well). A change named right
    before its bound, with nothing below, starts just above none."""
    if condition.low is not None or condition.high is None:
        return condition
    if r.negative:
        # (近视率每年降低0.5个百分点以上,未完成的扣2分: short of the fall required, no fall at all
        # included; read as some fall, a unit with none kept its 2)
        return condition
    compared = next((p for p in r.stmt.phrases if isinstance(p, (A.Compare, A.Range))), None)
    if compared is None:
        return condition
    number = compared.quantity if isinstance(compared, A.Compare) else compared.low
    before = to_simplified(r.stmt.text[:number.span.start - r.stmt.span.start]).rstrip(" \t\u3000了")
    change = remembered_regex(f"(?:{terminal_regex('FALL_WORD').pattern}|{terminal_regex('RISE_WORD').pattern})$")
    if change.search(before) is None:
        return condition
    return replace(condition, low=A.Bound(Decimal(0), False))


def _shares_of_the_item(clauses, ctx: Context):
    """得该项分值的60%, 扣本项满分的一半: points that are a share of the item's, worked out here, so
    that every later stage sees plain points (60% of an item of 5 is 3)."""
    def worked_out(p):
        if not (isinstance(p, (A.Award, A.Deduct)) and p.of_item):
            return p
        if ctx.item_points is None:
            said = _shown(next(c for c in clauses if any(q is p for q in c.phrases)), p)
            raise _Reject(error("E201", f"“{said}”要知道本项的分值,所在分组没有写分值", p.span,
                                hint="给分组写上分值,例如 项目 \"…\" 5分 { … }"))
        points = A.Quantity(ctx.item_points * p.points.value, A.Unit.POINTS, "分", 1, p.points.span)
        if isinstance(p, A.Award):
            return replace(p, points=points, of_item=False, scaled=not p.bonus)
        return replace(p, points=points, of_item=False)
    # (every rule line comes here: a clause with no share is kept as it is, not copied)
    return [replace(c, phrases=tuple(worked_out(p) for p in c.phrases))
            if any(isinstance(p, (A.Award, A.Deduct)) and p.of_item for p in c.phrases) else c for c in clauses]


def _no_tier_of_each_member(readings: list[Reading]) -> None:
    """每个村配备1名以上专干的得1分: read as a tier of each village (10 villages with one each scored
    10, and one village without lost nothing in an item of 1); said of each of the unit's own
    members, the points may as well be for all of them meeting it. Refused."""
    each = terminal_regex("EACH_MEMBER")
    for r in readings:
        pers = [p for p in r.stmt.phrases if isinstance(p, A.Per)]
        compared = next((p for p in r.stmt.phrases if isinstance(p, (A.Compare, A.Range))), None)
        if len(pers) != 1 or r.condition is None or compared is None or pers[0].span.start > compared.span.start:
            continue  # (…超出三次…(扣5分/次), 未达标每人次扣10分: what is counted is said apart)
        per = pers[0]
        said = to_simplified(r.stmt.text[per.span.start - r.stmt.span.start:])
        member = each.match(said)
        if member is not None:
            _ask_of_each_member(r, member, "达到")


def _no_award_for_each_member(readings: list[Reading]) -> None:
    """每个行政村在醒目位置张贴了红白理事会章程。(3分): a requirement said of each of the unit's
    own members, with points for it: 3 for each village, or 3 when all of them do it? (read per
    village, a yes/no answer was refused, a count of 10 villages scored 30). Refused, as the tier
    of each member is."""
    each = terminal_regex("EACH_MEMBER")
    for r in readings:
        pers = [p for p in r.stmt.phrases if isinstance(p, A.Per)]
        # (每个乡镇配备2名专职人员的得1分: the 2 is each place's, no step of 2; read as 1 for every 2)
        of_each = len(pers) == 1 and pers[0].quantity is None and r.per is not None and each.match(
            to_simplified(r.stmt.text[pers[0].span.start - r.stmt.span.start:])) is not None
        if not (len(pers) == 1 and (r.per == 1 or of_each) and r.award is not None and not r.is_deduction
                and r.step is None and not r.negative and (r.condition is None or of_each)):
            continue  # (每个村…的,每村得1分: the second 每 says it)
        at = pers[0].span.start - r.stmt.span.start
        before = to_simplified(r.stmt.text[:at]).rstrip(" \t\u3000")
        if before and (before[-1] not in ",，;；" or terminal_regex("CASE_END").fullmatch(before[:-1].rstrip()[-1:])):
            continue  # (…的每个村: a 每 inside words; 参赛的,每人加2分: each one of those the words name)
        member = each.match(to_simplified(r.stmt.text[at:]))
        named = member is not None
        if member is None and r.bare:
            # 每个“没有”档案资料制盒或制册(5分): points printed after a requirement of each, whatever
            # is named (read as 5 for each, ten of them scored 50)
            member = terminal_regex("EACH_ANY_MEMBER").match(to_simplified(r.stmt.text[at:]))
        done = r.stmt.text[at:r.award.span.start - r.stmt.span.start]
        if member is not None and len(_han(done)) - len(member.group().strip()) < 2:
            continue  # (活动参赛者,每人加2分: points for each, with no requirement of each)
        if member is not None:
            _ask_of_each_member(r, member if named else None, "做到")


def _ask_of_each_member(r: Reading, member: re.Match | None, done: str) -> None:
    """Points for each member that does it, or for all of them doing it? (the words of 每个村 …; none
    where the member is not a word jdscore knows)"""
    who = re.sub("^[ \t\u3000]*每一?[个名所位家]?[ \t\u3000]*", "", member.group()) if member else "…"
    raise _Reject(error(
        "E202", f"“{r.stmt.text.strip('，,;；。 ')}”是每一个{done}的{who}各计分,还是全部{who}都{done}才计分,"
                "句子没有说清", r.stmt.span,
        hint=f"全部{done}才计分的,写成 所有{who}都…的得…分;各计分的,写成 每有一个{who}{done}…,计…分"))


def _each_leads(r: Reading) -> bool:
    """每条阅读量5—10万的: a 每 before the condition makes it a condition of each record; so does
    naming what is counted between the condition and its 每个 (10万元以上的村每个)."""
    if any(_marker(p, A.Marker.EACH_NAMED) for p in r.stmt.phrases):
        return True
    for p in r.stmt.phrases:
        if isinstance(p, A.Per):
            return True
        if isinstance(p, (A.Compare, A.Range)) or (isinstance(p, A.Amount) and p.quantity.unit is not A.Unit.POINTS):
            return False
    return False


def _is_anchor(r: Reading, either_way: bool = False) -> bool:
    """A value at one point with its points (12%的,得基准分8分), that steps count from; with
    steps either way, also a threshold met (完成率100%以上的得25分,每超1%加1分,每低1%扣1分)
    or a task completed (完成任务的得25分,每增减1%…)."""
    if r.step is not None or not r.gives or r.per is not None:
        return False
    if r.condition is None:
        return r.rate is not None or r.target is not None or (either_way and (_task_met(r) or _held_level(r)))
    return either_way and (r.condition.low is None) != (r.condition.high is None)


def _numbered_point(head: Reading, r: Reading) -> bool:
    """Is there a number that steps either way count from: the head's own (12%的, 用稿2篇,
    达到90%以上), or 100% for a task completed, with steps in percent?"""
    return (head.condition is not None or head.rate is not None or head.target is not None
            or head.required is not None
            or ((_task_met(head) or _held_level(head)) and r.step.step.unit is A.Unit.PERCENT))


def _more_than_its_failing_denies(head: Reading, failing: Reading) -> bool:
    """提前完成的加1分,未完成的扣1分: the points are for more than the task (early, past it), the failing
    for less; done on time is neither (read as one yes/no, on time lost 1)."""
    more = terminal_regex("AHEAD_OF_TASK")
    return more.search(to_simplified(head.lead)) is not None and more.search(_failing_words(failing)) is None


def _fails_what_is_asked(failing: str, asked: str) -> bool:
    """未按要求召开的 after 每月至少召开1次…: the failing's words deny the act asked (未完成的, 未落实的:
    the requirement not met, in other words). A failing of timeliness (未按时报送的) is another
    thing: the late ones, counted."""
    if terminal_regex("TIMELY_WORD").search(failing):
        return False
    act = terminal_regex("AS_REQUIRED").sub("", failing).strip(" \t\u3000,，、的")
    return bool(terminal_regex("MET_AGAIN").fullmatch(act) or terminal_regex("DOING_WORD").fullmatch(act)
                or (len(act) >= 2 and act[:2] in asked))


def _share_topped(r: Reading) -> bool:
    """完成或超额完成计满分 after a share of the task: the share's own top, no value of its own."""
    return r.full and _task_met(r) and r.per is None and r.step is None and not r.otherwise


def _task_met(r: Reading) -> bool:
    """完成县下达任务的,得25分: the task completed, with no number of its own."""
    return _a_point_in_words(r, "TASK_WORD")


def _held_level(r: Reading) -> bool:
    """与上年持平得3分: no change, the value being the change."""
    return _a_point_in_words(r, "FLAT_WORD")


def _a_point_in_words(r: Reading, terminal: str) -> bool:
    """A statement with no number of its own whose words (the terminal's) name the point."""
    return (r.condition is None and r.rate is None and r.target is None and not r.negative
            and terminal_regex(terminal).search(to_simplified(r.stmt.text)) is not None)


def _as_share_of_task(readings: list[Reading]) -> list[Reading]:
    """完成任务的得25分;每少1%扣1分: steps in percent count from the task, 100% of it;
    持平得5分,每增减1%…: from no change, 0%."""
    head = readings[0]
    steps = [r.step for r in readings if r.step is not None]
    if (not head.gives or head.step is not None or not steps
            or any(s.step.unit is not A.Unit.PERCENT for s in steps)):
        return readings
    if _task_met(head):
        start = Decimal(1)
    elif _held_level(head):
        start = Decimal(0)
    else:
        return readings
    return [replace(head, condition=A.Interval(A.Bound(start, True), None, A.Unit.PERCENT)), *readings[1:]]


def _first_phrase(stmt: Statement | A.Clause, blank: str | None = None):
    """The statement's first phrase that is not blank text (`blank`: the characters that count
    as blank besides none, as `str.strip` takes them)."""
    return next((p for p in stmt.phrases if not (isinstance(p, A.Text) and not p.text.strip(blank))), None)


def _counted_word(r: Reading) -> str:
    """What a statement counts per: 人 in 缺席1人扣0.5分 and in 每缺席1人…; 项 in 每项."""
    amount = next((p for p in r.stmt.phrases if isinstance(p, A.Amount) and p.quantity.unit is A.Unit.COUNT
                   and p.quantity.value == r.per and p.quantity.word), None)
    per = _first_per(r)
    return amount.quantity.word if amount is not None else (per.word if per is not None else "")


def _one_count_read_once(readers) -> None:
    """两操缺席1人扣0.5分,3人以上扣2分: the people absent, counted by the first clause and
    tiered by the second, were two values of one count (3 people lost 3.5 points): 2 for 3
    or more in all, or on top of 0.5 each?"""
    # 每缺席1人扣0.5分 counts those short; 3人以上 is more of them, but 少于3人 the people
    # there are, a value of its own (每少一人扣0.5分,少于3人不得分): (reader, counter, short)
    counting = [(reader, _counted_word(reader.first), False) for reader in readers
                if reader.first.per is not None and reader.first.step is None and reader.first.condition is None]
    counting += [(reader, reader.first.step.step.word, True) for reader in readers
                 if reader.first.step is not None and reader.first.step.kind is A.StepKind.DEFICIT
                 and reader.first.condition is None and len(reader.readings) == 1]
    for reader, word, short in counting:
        for other in readers:
            r = other.first
            if (other is reader or not word or r.condition is None or r.condition.unit is not A.Unit.COUNT
                    or r.zero):  # (3人以上不得分: none left either way)
                continue
            if short and r.condition.low is None:
                continue
            first = _first_phrase(r.stmt, " ,，;；")
            if _marker(first, A.Marker.SUM_SCOPE):  # (累计3次以上扣2分: all the times, the same count)
                first = next((p for p in r.stmt.phrases if p.span.start >= first.span.end), None)
            first = _number_after_the_verb_again(reader.first, r) or first
            tiered = _counter_at(r, r.condition)
            if isinstance(first, (A.Compare, A.Range, A.Amount)) and tiered and (
                    not _other_things(tiered, word) or not _has_words(r.stmt)):
                # (the count alone begins the clause: 3人以上扣2分, not 专题分析…二次得2分; with
                # no words of its own, 缺一种…,两处以上扣1分 counts the same things in another word)
                raise _Reject(error(
                    "E202", f"“{r.stmt.text.strip('，,;；。 ')}”和前面按{word}计分的分句数的是同一个数量,"
                            "不清楚两处怎样一起计分", r.stmt.span,
                    hint=f"写成分档(1{word}扣…分,2{word}扣…分,3{word}以上扣…分),或写明 3{word}以上的再扣…分"))


def _number_after_the_verb_again(counted: Reading, r: Reading):
    """发现一处扣0.5分,发现三处以上扣2分: the count's verb said again before the number, so the
    number begins the clause all the same (an act of its own, 专题分析…二次, has more words)."""
    number = next((p for p in r.stmt.phrases if isinstance(p, (A.Compare, A.Range, A.Amount))), None)
    if number is None or r.per is not None or r.step is not None:  # (…三次以上的案件,每件扣0.5分)
        return None
    verb = _han(to_simplified(r.stmt.text[:number.span.start - r.stmt.span.start]))
    said = to_simplified(counted.stmt.text)
    again = verb and len(verb) <= 4 and (verb in said or terminal_regex("INCIDENT_VERB").fullmatch(verb))
    return number if again else None


def _has_words(stmt: Statement) -> bool:
    """Does a statement say anything besides its numbers and verbs (两处以上扣1分 does not)?"""
    return any(isinstance(p, A.Text) and p.text.strip(" ,，;；。") for p in stmt.phrases)


def _counter_at(base: Reading, cond: A.Interval, last: bool = False) -> str:
    """The counter word of the number a count condition is written with (4000人以上: 人); `last`
    takes the one nearest the points (任何一项,一次扣5分: 次)."""
    bounds = {b.value for b in (cond.low, cond.high) if b is not None}
    words = [q.word for p in base.stmt.phrases
             for q in ((p.low, p.high) if isinstance(p, A.Range) else (getattr(p, "quantity", None),))
             if isinstance(q, A.Quantity) and q.unit is A.Unit.COUNT and q.value in bounds and q.word]
    return (words[-1] if last else words[0]) if words else ""


def _other_things(a: str, b: str) -> bool:
    """Do two counter words count different things? (人 and 名 both count people.)"""
    a, b = to_simplified(a), to_simplified(b)
    if not b or a == b:
        return False
    people = terminal_regex("PERSON_COUNTER")
    return not (people.fullmatch(a) and people.fullmatch(b))


def _amount_stepped_from(r: Reading) -> bool:
    """经费20万落实,每下降1万扣1分: an amount before the steps, in the steps' own unit."""
    step = r.step.step
    if any(_marker(p, A.Marker.LOOSE_CMP) for p in r.stmt.phrases):
        return False  # 超出事故率(1.2件/年)每超出一件: the amount is what 超出 compares with, loosely
    return r.target is not None and any(
        isinstance(p, A.Amount) and id(p) not in r.used and p.quantity.value == r.target
        and p.span.end <= r.step.span.start and p.quantity.unit is step.unit
        # (目标任务为5亿元,每超出1000万元: 亿 and 万 of the same 元; read apart, the 5亿元 was passed over and
        # 4.8亿元 earned the most)
        and (p.quantity.multiplier == step.multiplier or p.quantity.unit is A.Unit.MEASURE)
        and to_simplified(p.quantity.word) == to_simplified(step.word)
        for p in r.stmt.phrases)


def _step_kind(step: A.Step) -> A.StepKind:
    """每少5个百分点 is a rate below its threshold, like 每低5%; so is 每滞后1个百分点 (not a time)."""
    if step.kind in (A.StepKind.DEFICIT, A.StepKind.LATE) and step.step.unit is A.Unit.PERCENT:
        return A.StepKind.SHORT
    return step.kind


def _subject(r: Reading) -> str:
    """The words just before a statement's condition: 初信初访化解率 in 初信初访化解率达到90%."""
    return _beside_condition(r, -1).strip("、,，;；。 在为达是的")


def _another_thing_past_the_count(counted: Reading, r: Reading) -> bool:
    """每有1台未检验的扣0.5分,发现1台以上使用未登记设备的不得分: the words after each number name
    two things (read as a limit of the count, one machine not inspected lost the item)."""
    def after_number(x: Reading) -> str:
        phrases = x.stmt.phrases
        at = next((i for i, p in enumerate(phrases) if isinstance(p, (A.Compare, A.Range))
                   or (isinstance(p, A.Amount) and p.quantity.unit is not A.Unit.POINTS)), None)
        if at is None:
            return ""
        words = itertools.takewhile(lambda p: not _is_outcome(p), phrases[at + 1:])
        return _what_happened("".join(p.text for p in words if isinstance(p, A.Text)))
    mine, theirs = after_number(r), after_number(counted)
    return len(mine) >= 2 and len(theirs) >= 2 and _shared(mine, theirs) < 2


def _named_before_step(r: Reading) -> str:
    """会办件 in 会办件每逾期1件扣1分: the words naming what a step counts, before it (none in
    超额完成的每超1%, a case said with 的)."""
    if r.step is None:
        return ""
    before = list(itertools.takewhile(lambda p: p is not r.step, r.stmt.phrases))
    if not all(isinstance(p, A.Text) for p in before):
        return ""
    return "".join(p.text for p in before).strip("、,，;；。:： ")


def _counted_thing(r: Reading) -> str:
    """The words right after a statement's condition: 垃圾中转站 in 有1座以上垃圾中转站."""
    return _beside_condition(r, 1).strip("、,，;；。 的")


def _beside_condition(r: Reading, step: int) -> str:
    """The text phrase just before (-1) or after (1) a statement's first condition, or ""."""
    phrases = r.stmt.phrases
    for i, p in enumerate(phrases):
        # (必备科室缺1个科室,不得分: a shortfall read as the condition, 缺1个 or more)
        if isinstance(p, (A.Compare, A.Range)) or (isinstance(p, A.Step) and r.step is None and r.condition is not None):
            j = i + step
            return phrases[j].text if 0 <= j < len(phrases) and isinstance(phrases[j], A.Text) else ""
    return ""


def _same_subject(a: Reading, b: Reading) -> bool:
    """Two tiers read one value unless each names its own (初信初访化解率…、重信重访化解率…)."""
    x, y = _subject(a), _subject(b)
    # 发案数下降5%以上 / 发案数下降不足5%: 下降 is in the first comparison, and in the second's words
    change = terminal_regex("CHANGE_WORD")
    x, y = change.sub("", to_simplified(x), count=1), change.sub("", to_simplified(y), count=1)
    # (提高0.5个百分点以上的 / 持平或提高不足0.5个百分点的: no change is a point of the same change)
    flat_or = terminal_regex("FLAT_OR")
    x, y = flat_or.sub("", x).strip(), flat_or.sub("", y).strip()
    # 完成率达到100%的 / 完成90%至100%的: the rate, then the act it is the rate of
    rate_end = remembered_regex(f"(?:{terminal_regex('RATE_WORD').pattern})$")
    x, y = rate_end.sub("", x) or x, rate_end.sub("", y) or y
    # (完成任务90%以上的 / 完成80%以上的, 新增就业1万人以上的 / 新增5000人以上的: the act again, without
    # its object)
    shorter, longer = sorted((x, y), key=len)
    return (not x or not y or x.endswith(y) or y.endswith(x)
            or (terminal_regex("DONE_WORD").fullmatch(shorter) is not None and longer.startswith(shorter))
            or (len(shorter) >= 2 and longer.startswith(shorter) and _same_counter(a, b)))


def _no_rise_and_fall_tiers(readings: list[Reading]) -> None:
    """增长5%以上的得3分,增长0—5%的得2分,下降5%以内的得1分,下降超过5%的不得分: tiers of a rise and of a
    fall, each by its size (read as tiers of one size, a rise of 6% fell in 下降超过5% and scored 0).
    Refused; tiers all of a fall (下降5%以上的得3分,下降不足5%的得1分) read the fall."""
    fall, rise = terminal_regex("FALL_WORD"), terminal_regex("RISE_WORD")
    kinds = set()
    for r in readings:
        compared = next((p for p in r.stmt.phrases if isinstance(p, (A.Compare, A.Range)) and id(p) in r.used), None)
        if compared is None or r.condition is None or r.condition.unit is not A.Unit.PERCENT or r.step is not None:
            continue
        number = compared.quantity if isinstance(compared, A.Compare) else compared.low
        before = to_simplified(r.stmt.text[:number.span.start - r.stmt.span.start])
        said = [m for m in (fall.search(before), rise.search(before)) if m is not None]
        if said:
            last = max(said, key=lambda m: m.end())
            kinds.add("fall" if fall.fullmatch(last.group(0)) else "rise")
        else:
            kinds.add("rise")  # (增幅在5%以上的…,0—5%的…: the size of the rise named first)
    if {"fall", "rise"} <= kinds:
        raise _Reject(error(
            "E202", "这几档有的数上升的幅度,有的数下降的幅度,一个值读不出两者", readings[0].stmt.span,
            hint="上升和下降分成两行规则,各读各的值;或把下降写成同一个值的负数区间"))


def _no_time_in_two_units(readings: list[Reading]) -> None:
    """提前1个月以上…加2分,提前15天以上的加1分: tiers of one time in two units are refused (read as two
    values, 40 days early earned both; the same tiers as deductions were refused as two things counted)."""
    timed = [(r, word) for r in readings if (word := _duration_said(r)) is not None and r.per is None and r.step is None]
    for (a, first), (b, second) in itertools.combinations(timed, 2):
        if _unit_word(first) != _unit_word(second) and _same_subject(a, b):
            raise _Reject(error(
                "E202", f"“{b.stmt.text.strip('，,;；。 ')}”的时间以“{second}”计,“{a.stmt.text.strip('，,;；。 ')}”"
                        f"以“{first}”计,同一个时间只能用一个单位", b.stmt.span,
                hint="各档用同一个单位,例如 提前30天以上的加2分,提前15天以上的加1分"))


def _duration_said(r: Reading) -> str | None:
    """The counter of a time a tier compares (1个月以上: 个月), None where it compares no time."""
    if r.condition is None:
        return None
    said = next((p.quantity for p in r.stmt.phrases if isinstance(p, (A.Compare, A.Amount)) and id(p) in r.used
                 and p.quantity.duration), None)
    return said.word if said is not None else None


def _same_counter(a: Reading, b: Reading) -> bool:
    """Do two tiers' numbers count in the same word (人 and 人, 亩 and 亩)?"""
    words = {_counter_at(r, r.condition, last=True) if r.condition is not None else None for r in (a, b)}
    return len(words) == 1 and None not in words


def _disjoint(a: A.Interval, b: A.Interval, touching: bool = False) -> bool:
    """No value meets both (低于5% and 高于10%); with `touching`, one shared end is allowed
    too (95%以下 and 95%—98%)."""
    def below(x: A.Interval, y: A.Interval) -> bool:  # every x is below every y
        if x.high is None or y.low is None:
            return False
        return x.high.value < y.low.value or (
            x.high.value == y.low.value and (touching or not (x.high.inclusive and y.low.inclusive)))
    return below(a, b) or below(b, a)


def _width(interval: A.Interval) -> Decimal:
    """How far an interval reaches (an open end: infinitely far)."""
    if interval.low is None or interval.high is None:
        return Decimal("Infinity")
    return interval.high.value - interval.low.value


def _touch(a: A.Interval, b: A.Interval) -> bool:
    """Do two intervals meet at an end (95%以下 and 95%—98%; 超过1% and 1%以内)?"""
    def ends(x: A.Interval) -> set:
        return {bound.value for bound in (x.low, x.high) if bound is not None}
    return bool(ends(a) & ends(b)) and _disjoint(a, b, touching=True)


def _none_is_no_failing(r: Reading) -> None:
    """全年发生3起以下扣5分, 缺席3次以下扣1分: below a number of failings, the points are taken
    for one at least; none happening takes nothing (参训3人以下扣5分 counts what was done: 0 too)."""
    c = r.condition
    if (c is None or c.unit is not A.Unit.COUNT or c.low is not None or c.high is None
            or r.per is not None or r.step is not None or r.otherwise):
        return
    words = to_simplified(r.stmt.text)
    if terminal_regex("LATE_WORD").search(words):
        # 超过规定时间1天以内的得1分: late by more than nothing (on time is another case)
        r.condition = _intersect(c, _one_sided(_UP, Decimal(0), False, A.Unit.COUNT))
        r.late_above_none = r.award is not None or r.full
    elif (r.deduct is not None or r.zero) and terminal_regex("INCIDENT_VERB").search(words):
        r.condition = _intersect(c, _one_sided(_UP, Decimal(1), True, A.Unit.COUNT))


def _no_failing_of_a_bound_in_other_words(readings: list[Reading]) -> None:
    """覆盖率达到100%的得3分,未全覆盖的扣1分 / 完成率达到90%的得6分,未完成目标任务的扣3分: a failing
    said in words of the bound's own thing, beside it: short of that bound, or another target? (read
    as a yes/no of its own, added: 95% covered scored −1). Refused; 未达到的 is the bound's failing."""
    for a, b in zip(readings, readings[1:]):
        c = a.condition
        # (至少召开1次联席会议,未形成会议纪要的: a count's things may fail in ways of their own)
        if not (a.award is not None and c is not None and c.low is not None and c.high is None
                and c.unit in (A.Unit.PERCENT, A.Unit.MEASURE)
                and b.deduct is not None and b.condition is None and b.per is None
                and b.step is None and not b.joint
                and (b.negative or terminal_regex("FAILING_NEG").search(to_simplified(b.lead)))):
            continue
        bound = next((p for p in a.stmt.phrases if isinstance(p, (A.Compare, A.Range)) and id(p) in a.used), None)
        if bound is None:
            continue
        # (培训覆盖率85%以上的得1分;未开展业务培训的扣1分: a failing of what the rate is of, not of the
        # rate's own act, stays a yes/no of its own)
        before = to_simplified(a.stmt.text[:bound.span.start - a.stmt.span.start])
        rate = terminal_regex("RATE_WORD").search(before)
        # (the rate's own act, 覆盖 in 覆盖率; a count's or a measure's thing after its number, 单产指标)
        named = (_han(before[:rate.start()])[-2:] if rate is not None
                 else _han(to_simplified(a.lead[bound.span.end - a.stmt.span.start:])))
        failing = _han(to_simplified(b.lead))
        # (未达到的, 达不到要求的, 未完成任务的: the bound's failing in plain words, read so)
        said = terminal_regex("FAILING_NEG").sub("", failing, count=1).removesuffix("的")
        if not said or terminal_regex("MET_AGAIN").fullmatch(said):
            continue
        if any(failing[i:i + 2] in named for i in range(len(failing) - 1)):
            required = a.stmt.text[:bound.span.end - a.stmt.span.start].strip("，,;；。 ")
            raise _Reject(error(
                "E202", f"“{b.stmt.text.strip('，,;；。 ')}”是指“{required}”没做到,还是另一个要求,句子没有说清",
                b.stmt.span, hint=f"指没做到的写成 {required}的得{plain(a.award.value)}分,未达到的扣…分;"
                                  "另一个要求的写成另一行规则"))


def _on_time_within_the_late(readings: list[Reading]) -> None:
    """逾期不超过2天的得3分 / 迟报不超过2次的得3分,超过2次的不得分: with no case of its own for on time,
    never late is within the bound (read as late by more than nothing: on time scored 0)."""
    for r in readings:
        if r.late_above_none and all(o.condition is not None and o.condition.low is not None
                                     and o.condition.low.value > 0 for o in readings if o is not r):
            r.condition = replace(r.condition, low=None)


def _counts_after_a_periodic_condition(readings: list[Reading]) -> None:
    """每学期开展2次以上演练得2分,1次得1分: the 1次 is a lower tier of the count per term, but
    the term is not the year a rule line counts; refused rather than read as a count of its own."""
    for a, b in zip(readings, readings[1:]):
        if (a.period not in (None, 1) and a.condition is not None and a.condition.unit is A.Unit.COUNT
                and b.per_count is not None and b.condition is None and b.step is None):
            raise _Reject(error(
                "E202", f"“{_shown(b.stmt, b.per_count)}”是前面按期(每月、每学期…)计的次数的另一档,还是全年的次数,句子没有说清",
                b.per_count.span, hint="每期的次数分档的,每期写成一个项目;全年的,写成 全年开展4次以上得2分,2次得1分"))


def _no_share_beyond_before_the_task(readings: list[Reading]) -> None:
    """超额完成20%以上的得4分,完成目标任务的得3分,未完成的按比例得分: the 20% beyond the task said
    before the task itself, read as a rate of its own from 0 (a unit at 130% answered both and
    scored 4 + 3). Refused: written after the task, they are one rate."""
    for at, r in enumerate(readings):
        if (_share_beyond_said(r)
                and not any(_task_met(x) for x in readings[:at])  # (the task before it: its rungs)
                and any(_task_met(x) or x.proportional for x in readings[at + 1:])):
            raise _Reject(error(
                "E202", f"“{r.stmt.text.strip('，,;；。 ')}”是超出任务的部分,写在完成任务的分值之前,"
                        "读成了另一个比率,不清楚和完成任务怎样一起计分", r.stmt.span,
                hint="先写完成任务,再写超额: 完成目标任务的得3分,未完成的按比例得分;超额完成20%以上的得4分"))


def _no_allowance_of_each_period(readings: list[Reading]) -> None:
    """学生每月请假不得超过2次,超过的每次扣1分: what is over the 2 is counted month by month, which the
    year's count a rule line reads cannot tell (read as over 2 in the year, 2 leaves in each of 3 months
    lost 4). Refused."""
    for r in readings:
        beyond = (r.step is not None and _step_kind(r.step) is A.StepKind.EXCESS) or (
            r.per is not None and r.step is None and r.condition is not None and r.condition.high is None)
        period = next((p for p in r.stmt.phrases if isinstance(p, A.Period)), None)
        bound = next((p for p in r.stmt.phrases if isinstance(p, (A.Compare, A.Range))), None)
        # (满4年后每月加0.05分: each month after the threshold, no allowance of a month)
        if (period is not None and period.times > 1 and bound is not None
                and period.span.start < bound.span.start and beyond
                and r.condition is not None and r.condition.unit is A.Unit.COUNT):  # (每学期…超过3次的,每次扣1分)
            raise _Reject(error(
                "E202", f"“{r.stmt.text.strip('，,;；。 ')}”的次数是按期(每月、每周…)算的,超出多少要逐期计算,"
                        "一行规则读的是全年的次数,读不出", r.stmt.span,
                hint="每一期写成一个项目、一行规则(值填这一期的次数);或写成全年的次数,例如 全年超过24次的,每次扣1分"))


def _count_tiers(readings: list[Reading]) -> None:
    """发生1起扣5分,发生2起扣12分,发生3起以上扣21分; 迟报1天扣3分,迟报2天扣10分; 举办培训班
    2期以上的得1分,1期的得0.5分,未举办的不得分: counts of one thing, each with its own points
    (not so much per each), are tiers of that count: `1起` means exactly one, and the failing
    after them (未举办的) is none at all."""
    run: list[Reading] = []

    def close() -> bool:
        counted = [r for r in run if _counted(r) is not None]
        stated = [r for r in run if _counted(r) is None]
        placed = any(r.rank is not None for r in run)  # (第二、三名各加2分,第四、五名各加1分: places listed)
        run.clear()
        if placed:
            return False
        if not counted or len(counted) + len(stated) < 2:
            return False
        values = [_counted(r).value for r in counted]
        # 缺席1次扣3分,2次扣5分: a count with no words of its own counts what the one before it did
        alike = all(_same_count_said_shorter(counted[0], r) for r in counted[1:])
        # the last tier is open (3起以上): else a count past the last would silently score nothing
        open_top = any(r.condition.high is None for r in stated)
        inside = any(r.condition.contains(v) for r in stated for v in values)
        steps = any(r.step is not None for r in counted)  # 少一次扣1分 after 不少于2次: a step
        # 迟到一次扣0.5分,四次以上不得分: 2 and 3 would fall between the tiers; it is per time
        lows = [r.condition.low.value + (0 if r.condition.low.inclusive else 1)
                for r in stated if r.condition.low is not None]
        gap = bool(lows) and min(lows) > max(values) + 1
        if (not stated and len(counted) >= 2 and alike and values == sorted(set(values)) and max(values) > 1
                and all(r.per is not None or r.step is not None or r.per_count is not None for r in counted)):
            # 逾期1天扣1分,逾期2天扣2分 / 有一项不合格扣1分,两项不合格扣3分: each count with its own
            # points and no last tier: per each, or tiers? and past the last count?
            last = counted[-1]
            if all(terminal_regex("NTH_TIME").search(to_simplified(r.stmt.text)) for r in counted):
                # 第一次扣1分,第二次扣2分,第三次及以上每次扣3分: each time its own points, added up
                raise _Reject(error(
                    "E202", "“第一次…第二次…”每一次扣分不同,之后每次扣多少、各次怎样累加,jdscore 读不出",
                    last.stmt.span, hint="写成各次合计的分档,例如 1次扣1分,2次扣3分,3次及以上的本项不得分"))
            raise _Reject(error(
                "E202", "几个数量各有分值,没有写“…及以上”的最后一档,不清楚是逐个计分还是分档、超过后怎样计分",
                last.stmt.span, hint="逐个计分的写成 每逾期1天扣1分;分档的写清最后一档,例如 逾期2天及以上扣2分"))
        words = {_counted(r).word for r in counted}
        if any(_other_things(_counter_at(r, r.condition), w) for r in stated for w in words):
            # 发生1起扣3分,造成2人以上死亡的,本项不得分: the people are no tier of the cases (read so,
            # 1起 became exactly one, and two cases took nothing)
            return False
        if (not stated and len(counted) >= 2 and alike and values == sorted(set(values), reverse=True)
                and all(r.award is not None and not r.is_deduction and r.step is None for r in counted)):
            # 完成3项的得6分,完成2项的得4分,完成1项的得2分: points for what was done, from the most
            # down: tiers of one count, the most written at least that many (the 1 was read as 2
            # for each, a value of its own beside the tiers)
            for r in counted:
                q = _counted(r)
                r.condition = _one_sided(_UP if r is counted[0] else _EQUAL, q.value, True, A.Unit.COUNT)
                r.per = None
                if r.per_count is not None:
                    r.used.add(id(r.per_count))
            return True
        if (len(set(values)) != len(values) or not alike or not open_top or inside or gap
                or (max(values) <= 1 and not stated) or (stated and steps and len(counted) < 2)):
            skipped = next(((a, b) for a, b in zip(counted, counted[1:])
                            if _counted(b).value - _counted(a).value > 1), None)
            if alike and open_top and values == sorted(set(values)) and skipped is not None:
                # 逾期1天的扣0.5分,逾期3天的扣1分,逾期7天以上的不得分: no 1 a day (3 days take 1, not
                # 1.5), nor exactly 1 and exactly 3 (read per day and per 3 days: 5 days lost 3.5)
                a, b = (_shown(r.stmt, _counted(r)) for r in skipped)
                raise _Reject(error(
                    "E202", f"“{a}”和“{b}”各有分值,两者之间的数量怎样计分,句子没有说(是“…以上”的分档吗)",
                    skipped[1].stmt.span, hint=f"分档的写成 {a}以上的扣0.5分,{b}以上的扣1分,…"))
            return False
        for r in counted:
            q = _counted(r)
            r.condition = _one_sided(_EQUAL, q.value, True, A.Unit.COUNT)
            r.per, r.step = None, None
            if r.per_count is not None:
                r.used.add(id(r.per_count))
        return True

    for r in readings:
        bare = _counted(r) is not None or (r.condition is not None and r.condition.unit is A.Unit.COUNT
                                          and r.gives and r.per is None and r.step is None)
        if bare and r.gives and not r.listed:
            if _counted(r) is not None and any(_counted(x) is not None and _counted(x).value == _counted(r).value
                                               for x in run):
                # …受表扬1次的计2分;受批评1次的,扣2分: a count said again starts tiers of another thing
                close()
            run.append(r)
            continue
        tier = run[0] if run else None
        # (…缺额两名以上的扣3分;班子不团结…的,本项不得分: a failing of another thing, no count of 0)
        if (close() and r.zero and r.negative and r.condition is None and r.per is None and r.step is None
                and _act_not_done(r) and _names_the_counted_act(r, tier)):
            r.condition = _one_sided(_EQUAL, Decimal(0), True, A.Unit.COUNT)
    close()
    _none_before_count_tiers(readings)


def _change_the_other_way(readings: list[Reading]) -> None:
    """同比增长10%以上的得3分,增长0至10%的得1分,负增长的不得分 / …与上年持平或下降的不得分: the change
    the other way, after tiers of growth, is the same value below 0 (持平 too: at or below 0), a
    tier of its own that the tiers beside it leave to it (增长不足5%的得0.5分 is above 0 then). Read
    apart, it was a yes/no of its own beside the rate."""
    sign, fall, rise, flat = (terminal_regex(name) for name in ("SIGN_CASE", "FALL_WORD", "RISE_WORD", "FLAT_WORD"))
    no_rise = re.compile(f"(?:{terminal_regex('NEG').pattern})(?:{rise.pattern})")  # 未增长

    def direction(text: str) -> str | None:
        return "fall" if fall.search(text) else "rise" if rise.search(text) else None

    tiers = [r for r in readings if r.condition is not None and r.condition.unit is A.Unit.PERCENT
             and r.gives and r.per is None and r.step is None]
    ways = {direction(to_simplified(r.lead)) for r in tiers} - {None}  # (6%(含)至8%的: the first's way)
    # (下降5%以上的得3分,…同比上升的不得分: a value of −6% would be a fall of 6% to some, a rise to
    # others; tiers of a fall keep the rise a yes/no of its own)
    if not tiers or ways != {"rise"}:
        return
    for r in readings:
        lead = to_simplified(r.lead)
        if (r.condition is not None or r.per is not None or r.step is not None or not r.gives
                or r.stmt.span.start < tiers[0].stmt.span.start or not sign.search(lead)):
            continue
        if direction(lead[flat.search(lead).end():] if flat.search(lead) else lead) != "fall":
            continue  # (the same way as the tiers, or no way said)
        # (持平, and 未增长 in 未增长或下降: at 0 too)
        unchanged = flat.search(lead) is not None or no_rise.search(lead) is not None
        at_zero = A.Bound(Decimal(0), unchanged)
        r.condition = A.Interval(None, at_zero, A.Unit.PERCENT)
        if r.added:
            continue  # (控制在10%以内得3分,实现负增长的加1分: added on top of the tier it lies in)
        for t in tiers:  # (增长不足5%的得0.5分: above the change the other way, which is its own)
            low = t.condition.low
            if low is None or low.value < 0 or (low.value == 0 and low.inclusive and at_zero.inclusive):
                t.condition = replace(t.condition, low=A.Bound(Decimal(0), not at_zero.inclusive))


def _within_before_tiers(readings: list[Reading]) -> None:
    """30分钟内到达火场的得5分,30-60分钟到达的得3分,超过60分钟的不得分: the time allowed, before tiers of
    the same time, is their first tier, at most the 30 (read as a yes/no of its own, beside the
    minutes)."""
    tiers = [r for r in readings if r.condition is not None and r.condition.unit is A.Unit.COUNT]
    for r in readings:
        if r.condition is not None or r.per is not None or r.step is not None or not r.gives or not tiers:
            continue
        within = next((p for k, p in enumerate(r.stmt.phrases) if isinstance(p, A.Amount) and p.quantity.duration
                       and _within(r.stmt.phrases, k)), None)
        if within is None or r.stmt.span.start > tiers[0].stmt.span.start or not all(
                _counter_at(t, t.condition) == within.quantity.word for t in tiers):
            continue
        lowest = min((t.condition.low.value for t in tiers if t.condition.low is not None), default=None)
        if lowest != within.quantity.value or any(t.deduct is not None for t in tiers):
            continue  # (24小时内…得满分,超过48小时的扣2分: a gap between, and points taken from what?)
        r.condition = _one_sided(_DOWN, within.quantity.value, True, A.Unit.COUNT)
        r.used.add(id(within))


def _none_before_count_tiers(readings: list[Reading]) -> None:
    """新增信访积案0件的得5分;1至2件的得3分;3件以上的不得分 / 未新增的得5分;1至2件的得3分…: points for
    none at all (a count of 0, or the thing not happening), right before tiers of the count from 1,
    are the tier of 0 (read as a yes/no of their own, 0 件 scored 5 beside the tiers)."""
    for none, first in zip(readings, readings[1:]):
        low = first.condition.low if first.condition is not None else None
        if (none.condition is not None or none.per is not None or none.step is not None or none.award is None
                or none.listed or low is None or first.condition.unit is not A.Unit.COUNT
                or (low.value, low.inclusive) != (1, True) or first.per is not None or first.step is not None
                # (未发生的得3分;发生1起的扣1分: what is taken comes off the 3, no tier of its own)
                or first.award is None or first.deduct is not None):
            continue
        zero = next((p for p in none.stmt.phrases if isinstance(p, A.Amount) and p.quantity.value == 0), None)
        if zero is not None or none.negative:
            none.condition = _one_sided(_EQUAL, Decimal(0), True, A.Unit.COUNT)
            if zero is not None:
                none.used.add(id(zero))


def _nth_times_add_up(tiers: list[A.Tier], readings: list[Reading]) -> list[A.Tier]:
    """第一次扣1分,第二次扣2分,第三次及以上的本项不得分: the second time takes 2 more, so two
    times take 3 (a limit after them stays the item's)."""
    nth = terminal_regex("NTH_TIME")
    said = [r for r in readings if r.condition is not None]
    # (三次及以上的本项不得分 after them: a limit, with or without 第)
    timed = [r for r in said if not r.zero]
    if (len(tiers) < 2 or len(said) != len(tiers) or len(timed) < 2
            or not all(nth.search(to_simplified(r.stmt.text)) for r in timed)):
        return tiers
    points = [t for t in tiers if not t.zero]
    onward = next((t for t in points if t.points < 0 and t.interval.high is None), None)
    if onward is not None:
        # 第一次扣1分,第二次扣2分,第三次及以上扣5分: 5 more each time from the third (read as tiers of
        # the count, four times lost 5)
        raise _Reject(error(
            "E202", "“第一次…第二次…”每一次扣分不同,之后每次扣多少、各次怎样累加,jdscore 读不出", onward.span,
            hint="写成各次合计的分档,例如 1次扣1分,2次扣3分,3次扣8分,4次及以上的本项不得分"))
    if not all(t.interval.unit is A.Unit.COUNT and t.interval.low is not None and t.interval.high is not None
               and t.interval.low.value == t.interval.high.value and t.points <= 0 for t in points):
        return tiers
    total, out = Decimal(0), []
    for t in sorted(points, key=lambda t: t.interval.low.value):
        total += t.points
        out.append(replace(t, points=total))
    return out + [t for t in tiers if t.zero]


def _no_checkpoints_in_one_value(readings: list[Reading]) -> None:
    """一季度完成20%以上的得2分,上半年完成50%以上的得3分: each part of the year its own progress, never one
    value's tiers (read so, a unit on track at both scored 3, not 5)."""
    said = {}
    for r in readings:
        for m in terminal_regex("CHECKPOINT").finditer(to_simplified(r.lead)):
            said.setdefault(m.group(), r)
    if len(said) > 1:
        (a, first), (b, second) = list(said.items())[:2]
        raise _Reject(error(
            "E202", f"“{a}”和“{b}”各是一个时点的进度,一个值读不出两个时点", second.stmt.span,
            hint=f"每个时点写成一行规则,各读各的值,例如 {a}完成率20%以上的得2分;{b}完成率50%以上的得3分"))


def _no_valley_between_tiers(tiers: list[A.Tier]) -> None:
    """95%以上得5分,低于90%得2分: values between two tiers that give points, which no tier holds,
    scoring nothing while those further short score more (read so: 92% scored 0, 80% scored 2)."""
    left = A.not_in_any([t.interval for t in tiers]) or []
    for gap in left:
        if gap.low is None or gap.high is None:
            continue
        below = next((t for t in tiers if t.interval.high is not None and t.interval.high.value == gap.low.value), None)
        above = next((t for t in tiers if t.interval.low is not None and t.interval.low.value == gap.high.value), None)
        if below is None or above is None or below.zero or above.zero or min(below.points, above.points) <= 0:
            continue
        worse, better = sorted((below, above), key=lambda t: t.points)
        raise _Reject(error(
            "E202", f"“{better.text.strip('，,;；。 ')}”和“{worse.text.strip('，,;；。 ')}”之间的值得几分,句子没有说"
            f"(读成0分,反倒比“{worse.text.strip('，,;；。 ')}”少)", worse.span,
            hint="写出中间这一档,例如 90%至95%的得3分;或把一档的界限改到另一档的界限上"))


def _whole_number_gaps_closed(parts: list) -> list:
    """80-89分为良好,90分以上为优秀 / 90%-99%得3分,100%得4分: ranges written in whole numbers (whole
    percents) that stop one short of where the next starts leave out what lies between (89.5
    had no grade); the written end means up to the next start."""
    def whole_step(unit: A.Unit) -> Decimal | None:
        return {A.Unit.POINTS: Decimal(1), A.Unit.NONE: Decimal(1), A.Unit.PERCENT: Decimal("0.01")}.get(unit)

    # (超过期限1-3天的扣1分,4-7天的扣2分: 3.5 days late lost nothing; a gap between counts holds no whole
    # number, but one between lengths of time does)
    timed = terminal_regex("DURATION")

    starts = {(o.interval.unit, o.interval.low.value) for o in parts
              if o.interval is not None and o.interval.low is not None and o.interval.low.inclusive}
    out = []
    for o in parts:
        c = o.interval
        step = whole_step(c.unit) if c is not None else None
        if c is not None and c.unit is A.Unit.COUNT and timed.search(to_simplified(getattr(o, "text", ""))):
            step = Decimal(1)
        if (step is not None and c.high is not None and c.high.inclusive and c.high.value % step == 0
                and (c.unit, c.high.value + step) in starts
                and not any(x.interval is not None and x.interval.contains(c.high.value + step / 2) for x in parts)):
            o = replace(o, interval=replace(c, high=A.Bound(c.high.value + step, False)))
        out.append(o)
    return out


def _nested_tiers_cut(tiers: list[A.Tier]) -> list[A.Tier]:
    """不足2元的扣2分,不足1元的扣4分: the narrower condition is the case the wider one leaves
    out (0.5元 loses 4, not the 2 better for the unit); the wider keeps what is between them.
    Only where every tier is open the same way: a tier between them (3-5年) is read as written."""
    if not (all(t.interval.low is None and t.interval.high is not None for t in tiers)
            or all(t.interval.high is None and t.interval.low is not None for t in tiers)):
        return tiers

    def cut(t: A.Tier) -> A.Tier:
        c = t.interval
        if c.low is None and c.high is not None:
            inner = [o.interval.high for o in tiers if o.interval.low is None and o.interval.high is not None
                     and o.interval.unit == c.unit and o.interval.high.value < c.high.value]
            if inner:
                edge = max(inner, key=lambda b: b.value)
                return replace(t, interval=replace(c, low=A.Bound(edge.value, not edge.inclusive)))
        if c.high is None and c.low is not None:
            inner = [o.interval.low for o in tiers if o.interval.high is None and o.interval.low is not None
                     and o.interval.unit == c.unit and o.interval.low.value > c.low.value]
            if inner:
                edge = min(inner, key=lambda b: b.value)
                return replace(t, interval=replace(c, high=A.Bound(edge.value, not edge.inclusive)))
        return t
    return [cut(t) for t in tiers]


def _none_done_is_no_tier(tiers: list[A.Tier]) -> list[A.Tier]:
    """85%以下的得1分;未开展培训的不得分: where the lowest tier runs down to nothing, the failing
    after the tiers is the nothing (0), which scores nothing; the tier keeps what is above it."""
    out = []
    for t in tiers:
        c = t.interval
        better_above = any(o.points > t.points and o.interval.low is not None for o in tiers)
        if c.low is None and c.high is not None and c.high.value > 0 and 0 < t.points and better_above and c.unit in (
                A.Unit.PERCENT, A.Unit.COUNT, A.Unit.MEASURE):  # (5万元以下的得1分;无经营性收入的不得分)
            t = replace(t, interval=replace(c, low=A.Bound(Decimal(0), False)))
        out.append(t)
    return out


def _one_unit_across_tiers(tiers: list[A.Tier]) -> None:
    """达到8O%的得2分,达到90%的得3分 (an O for a 0, from a scan): a bare number among tiers of a rate
    (read as 8, 80% fell below every tier)."""
    rated = [t for t in tiers if t.interval.unit is A.Unit.PERCENT]
    bare = next((t for t in tiers if t.interval.unit is A.Unit.NONE), None)
    if rated and bare is not None:
        raise _Reject(error("E202", f"“{bare.text.strip('，,;；。 ')}”的数没有写%,其他各档是百分数", bare.span,
                            hint="给这一档的数写上%(如 80%);若是扫描出的错字(如 8O%),请改正"))


def _said_ends_kept(tiers: list[A.Tier], one_end_says: bool = True) -> list[A.Tier]:
    """1万元以下的扣1分,1万元(含)至5万元的扣2分: an end marked (含) belongs to its own tier; the
    tier that takes it in only by the custom that 以下 includes the number gives it up. So does a
    range whose other end alone is marked (5%(含)-10%的得1分;达到10%以上的不得分: the 10% is the
    tier above's; read as the range's too, it took the 1), unless the rubric says how ranges end."""
    said = {(t.interval.unit, b.value) for t in tiers for b in (t.interval.low, t.interval.high)
            if b is not None and b.said and b.inclusive}

    def given_up(b: A.Bound | None, unit: A.Unit) -> A.Bound | None:
        if b is None or b.said or not b.inclusive or (unit, b.value) not in said:
            return b
        return A.Bound(b.value, False)

    def yielded(t: A.Tier) -> A.Tier:
        c = t.interval
        if c is None or c.low is None or c.high is None or c.low.said == c.high.said:
            return t
        low_marked = c.low.said and c.low.inclusive and c.high.inclusive
        high_marked = c.high.said and c.high.inclusive and c.low.inclusive
        other = c.high if low_marked else c.low if high_marked else None
        if other is None or not any(x is not t and x.interval is not None and x.interval.unit == c.unit
                                    and x.interval.contains(other.value) for x in out):
            return t  # (10%-20%(含)的, after 低于10%的: the 10% is no other tier's, and stays)
        bound = A.Bound(other.value, False)
        return replace(t, interval=A.Interval(c.low, bound, c.unit) if low_marked else A.Interval(bound, c.high, c.unit))

    out = []
    for t in tiers:
        c = t.interval
        if c is not None:  # (1万元(含)至5万元: the 5万 is the custom's, though the 1万 is said)
            c = A.Interval(given_up(c.low, c.unit), given_up(c.high, c.unit), c.unit)
            t = replace(t, interval=c) if not _empty(c) else t
        out.append(t)
    return [yielded(t) for t in out] if one_end_says else out


def _occurrences_start_at_one(tiers: list[A.Tier]) -> list[A.Tier]:
    """群众投诉3次以内的扣1分,3次以上的扣3分 / 比下达任务低5%以内的扣2分,低5%-10%的扣4分:
    deductions that grow with a count (or a gap) are for something that happened, so none at
    all deducts nothing (以内 alone would take in 0)."""
    deducting = all(t.zero or t.points < 0 for t in tiers)
    counts = all(t.interval.unit is not A.Unit.POINTS for t in tiers)
    open_top = any(t.interval.high is None for t in tiers)
    if not (deducting and counts and open_top and len(tiers) > 1):
        return tiers
    return [replace(t, interval=A.Interval(A.Bound(Decimal(0), False), t.interval.high, t.interval.unit))
            if t.interval.low is None and t.interval.high is not None else t for t in tiers]


def _counted(r: Reading) -> A.Quantity | None:
    """The count a statement names without 每: 发生2起 (before its verb), 迟报2天, 缺2人."""
    if r.condition is not None:
        return None
    if r.per_count is not None and r.step is None:
        return r.per_count.quantity
    if (r.step is not None and not r.step.each and r.required is None
            and r.step.kind in (A.StepKind.DEFICIT, A.StepKind.LATE)):
        return r.step.step
    return None


def _per_head(interval: A.Interval, text: str) -> A.Interval:
    """每万人刑事案件立案数低于20起, 万人信访量3件以内: a count per so many people is a measure (18.5
    of them), not a whole count."""
    if interval.unit is A.Unit.COUNT and terminal_regex("PER_HEAD_COUNT").search(to_simplified(text)):
        return replace(interval, unit=A.Unit.MEASURE)
    return interval


def _no_waiver_of_other_deductions(readers: list[_Reader]) -> None:
    """每件扣0.1分;群众满意率达到90%以上的,不扣分: no deduction when another value holds, a
    waiver of the deductions, not a tier of 0 (read so, nothing was ever waived)."""
    for reader in readers:
        waived = all(r.deduct is not None and r.deduct.value == 0 and not r.zero and r.condition is not None
                     for r in reader.readings)
        if waived and any(x.deduct is not None and x.deduct.value > 0 or x.zero
                          for other in readers if other is not reader for x in other.readings):
            r = reader.first
            raise _Reject(error("E202", f"“{r.stmt.text.strip('，,;；。 ')}”是免去其他扣分的条件,jdscore 读不出这种免扣",
                                r.stmt.span, hint="符合免扣条件的单位,填值时把扣分的数量填为0;或把免扣条件写进扣分的条件里"))


def _stacked_points(readings: list[Reading]) -> dict[int, Decimal]:
    """超过5%的扣1分;超过10%的再扣1分 / 达到98%以上的加1分,达到100%的再加0.5分: a graver (better)
    tier said with 再/另/加扣 comes on top of the ones it lies inside, so its points are theirs
    summed (read as tiers of their own, 12% took 1 and 100% gained 0.5). Only where every tier
    after the first says so, all lie one inside another, and all take (or all give)."""
    said = [r for r in readings if r.condition is not None and r.signed_points is not None and not r.zero]
    if len(said) < 2 or len(said) != len(readings) or len({r.signed_points > 0 for r in said}) != 1:
        return {}
    up = all(r.condition.low is not None and r.condition.high is None for r in said)
    down = all(r.condition.high is not None and r.condition.low is None for r in said)
    if not (up or down) or len({r.condition.unit for r in said}) != 1:
        return {}
    order = sorted(said, key=lambda r: r.condition.low.value if up else -r.condition.high.value)
    on_top = terminal_regex("ON_TOP")
    marked = [bool(on_top.search(to_simplified(_words_at_outcome(r)))) for r in order]
    if marked[0] or not all(marked[1:]) or len({_bound_key(r, up) for r in order}) != len(order):
        return {}
    total, out = Decimal(0), {}
    for r in order:
        total += r.signed_points
        out[id(r)] = total
    return out


def _bound_key(r: Reading, up: bool) -> Decimal:
    return r.condition.low.value if up else r.condition.high.value


def _words_at_outcome(r: Reading) -> str:
    """The two characters before a statement's points and the first two of them (再扣1分, 另扣,
    加扣, 再加): where a statement says its points come on top."""
    at = next((p for p in r.stmt.phrases if isinstance(p, (A.Award, A.Deduct))), None)
    if at is None:
        return ""
    start = at.span.start - r.stmt.span.start
    return r.stmt.text[max(0, start - 2):start + 2]


def _said_on_top(r: Reading) -> bool:
    """另扣1分, 再扣, 加扣: the statement's points come on top of others, said at its points."""
    return terminal_regex("ON_TOP").search(to_simplified(_words_at_outcome(r))) is not None


def _the_rest(r: Reading) -> bool:
    """其余得1分, 其余的得4分, 其余名次得1分: the rest (with its 的, or what they are, nothing
    more), after places."""
    lead = to_simplified(r.lead).strip()
    rest = terminal_regex("OTHERWISE").match(lead)
    if rest is None:
        return r.rest
    return (r.rest or len(lead) - rest.end() <= 1
            or terminal_regex("REST_WHO").fullmatch(lead[rest.end():]) is not None)


def _same_count_said_shorter(first: Reading, r: Reading) -> bool:
    """缺席1次扣3分,2次扣5分 / 全年发生校园欺凌事件1起扣1分,发生2起扣3分 / 发生1起一般森林火灾的扣5分,
    发生2起的扣10分: a later count with the same words, fewer of them (what is counted left out), or
    none, counts what the first did."""
    before, after = _count_context(r)
    first_before, first_after = _count_context(first)
    if (before, after) in ((first_before, first_after), ("", "")):
        return True
    return after in ("", first_after) and before != "" and before in first.stmt.text


def _count_context(r: Reading) -> tuple[str, str]:
    """What a bare count counts: the words after it, and the last words before it
    (发生1起重大事故 and 发生2起重大事故 count the same thing; 发现1人脱管, 发现2人吸毒 do not)."""
    if r.per_count is None:  # 迟报1天, 迟报2天: the step word says what is counted
        return r.step.kind.value, r.step.step.word
    phrases = r.stmt.phrases
    i = next((k for k, p in enumerate(phrases) if p is r.per_count), None)
    if i is None:
        return "", ""
    before = phrases[i - 1].text.strip()[-2:] if i > 0 and isinstance(phrases[i - 1], A.Text) else ""
    after = phrases[i + 1].text.strip() if i + 1 < len(phrases) and isinstance(phrases[i + 1], A.Text) else ""
    return before, after


def _counts_before_steps(readings: list[Reading]) -> None:
    """用稿2篇,得基本分8分,每增加1篇加3分: a bare count with its points, then steps above it,
    is the threshold the steps count from (2篇 or more: 8分), not 8分 for every 2篇; a failing of no
    number may stand between them (项目1个的得4分,未引进的不得分;每多引进1个加1分: read as 4 for
    each one, 2 and 1 more scored 9)."""
    for n, a in enumerate(readings):
        later = readings[n + 1:]
        while len(later) > 1 and _failing_of_no_number(later[0]):
            later = later[1:]
        b = later[0] if later else None
        if (b is not None and a.per_count is not None and a.condition is None and a.gives and a.step is None
                and b.step is not None and b.step.kind is A.StepKind.EXCESS and b.condition is None
                and b.step.step.unit is a.per_count.quantity.unit
                # (睡觉者一次扣10分;每增0.01次/车,扣5分: a deduction each time, then something else)
                and a.award is not None
                # (…1个的得4分,未引进的不得分;每多…: the ; closes the failing, which answers the count)
                and (_same_breath(a.stmt) or (_same_breath(a.stmt, own_limit=False) and not a.stmt.caps)
                     # (建成1座生态公厕,得10分;每增加1座加5分: nothing between, the same thing counted)
                     or (b is readings[n + 1] and b.step.step.word == a.per_count.quantity.word))):
            a.condition = _one_sided(_UP, a.per_count.quantity.value, True, A.Unit.COUNT)
            a.per = None
            a.used.add(id(a.per_count))


@lru_cache(maxsize=1)
def _level_patterns() -> tuple[re.Pattern, re.Pattern]:
    """A level word ending the words before an outcome (工作开展好的), and a negation."""
    level = terminal_regex("LEVEL_WORD").pattern
    beyond = terminal_regex("LEVEL_BEYOND").pattern
    suffix = terminal_regex("LEVEL_SUFFIX").pattern  # (优秀等次的: the level is 优秀)
    de = terminal_regex("DE").pattern
    # (评定为“优秀”的: the level in quotes)
    return (remembered_regex(f"((?:{level})(?:{beyond})?)[”\"’」]?(?:{suffix})?(?:{de})?[\\s,，:：]*$"),
            terminal_regex("NEG"))


def _points_alone(r: Reading) -> bool:
    """A statement that says its points and nothing they depend on: no condition, count, step, list,
    place, requirement or target of its own, and no other answer (what an option of a scale says)."""
    return (r.condition is None and r.per is None and r.step is None and r.listed is None and r.each is None
            and r.amounts is None and r.rank is None and r.required is None and r.target is None
            and not r.otherwise)


def _level_runs(readings: list[Reading]) -> None:
    """好的得3分,较好的得2分,一般的得1分,差的不得分: statements that differ only in the level
    word before their points are one scale, and the value is the level the assessors gave.
    Two statements that are a word and its negation (落实好的…,落实不好的…) stay a yes/no."""
    at_end, negation = _level_patterns()

    def level_of(r: Reading) -> str | None:
        plain = r.gives and _points_alone(r) and r.period is None
        lead = _without_item_named(to_simplified(r.lead))
        match = at_end.search(lead) if plain else None
        if match is not None and negation.search(re.split("[,，;；。:：]", lead[:match.start()])[-1]):
            return None  # 未按标准发放到位的: the level word denied is no level (read as 到位, it took the 8)
        return match.group(1) if match else None

    def said_of(r: Reading) -> str:
        """The words the level is said of, in the statement's last clause (内容 in 内容不完善)."""
        lead = _without_item_named(to_simplified(r.lead))
        clause = re.split("[,，;；。:：]", lead[:at_end.search(lead).start()])[-1]
        return terminal_regex("SAID_OF_FILLER").sub("", clause)

    def close(run) -> bool:
        words = [level_of(r) for r in run]
        subjects = {said_of(r) for r in run} - {""}
        # (贯彻落实一般的…,落实不好的…: the same thing said shorter)
        if any(a not in b and b not in a for a, b in itertools.combinations(subjects, 2)):
            # 内容不完善扣1分;贯彻落实不到位扣1分: failings of two things, each its own yes/no
            # (read as one scale, a unit with both lost 1)
            return False
        if len(run) == 2:
            short, long = sorted(words, key=len)
            if long.endswith(short) and negation.fullmatch(long[:-len(short)]):
                return False
        if len(run) >= 2 and len(set(words)) == len(words):
            for r, word in zip(run, words):
                r.level = word
            return True
        return False

    run: list[Reading] = []
    for r in readings:
        if level_of(r) is not None:
            run.append(r)
            continue
        closed = close(run)
        lowest = closed and _below_the_ranges(run, r)
        if closed and (r.zero and r.negative or lowest) and r.condition is None and r.per is None and r.step is None:
            # 成效明显的得3分,成效一般的得1分,无成效的不得分: the failing is the last level
            # (无成效的,不得分: the comma before the points is no end of the level's words); 执行度高,
            # 得16-25分;…执行度一般,得6-15分;结论以偏概全,得0-5分: so is a range below the levels'
            # (read alone, a second amount judged was added to the level's)
            lead = to_simplified(r.lead).rstrip(" \t\u3000,，;；。")
            word = re.split("[,，;；。]", lead)[-1].strip().rstrip("的")
            if lowest and not 0 < len(word) <= 6:
                word = _option_name(r)  # (a range's option is named by all its words, however long)
            if word and (lowest or len(word) <= 6) and word not in {x.level for x in run}:
                r.level = word
        run = []
    close(run)


def _failing_named(r: Reading) -> bool:
    """否则缺席扣2分: words of its own between 否则 and the points."""
    phrases = r.stmt.phrases
    at = next((i for i, p in enumerate(phrases) if _marker(p, A.Marker.ELSE)), None)
    if at is None:
        return False
    words = list(itertools.takewhile(lambda p: not _is_outcome(p), phrases[at + 1:]))
    first = next((p for p in words if not isinstance(p, A.Text) or p.text.strip(" \t\u3000,，;；、的")), None)
    if isinstance(first, A.Text) and terminal_regex("DEEMED").match(to_simplified(first.text).strip(" \t\u3000,，")):
        return False  # 否则视为没打扫: the failing said again
    return first is not None


def _no_points_beside_shares(readings: list[Reading]) -> None:
    """误差控制在5%以内记6分,超过0.1个百分点扣1分: 0.1个百分点 is a distance from the 5%, not a
    rate of its own; for each 0.1 beyond it, or once beyond it?"""
    points = terminal_regex("PCT_POINT")
    kinds = {}
    for r in readings:
        for p in r.stmt.phrases:
            if isinstance(p, A.Compare) and p.quantity.unit is A.Unit.PERCENT:
                kinds.setdefault(bool(points.fullmatch(to_simplified(p.quantity.word))), (r, p))
    if len(kinds) == 2:
        r, p = kinds[True]
        raise _Reject(error(
            "E202", f"“{_shown(r.stmt, p)}”是与前面比率的差,是每差这么多计一次,还是差了就计一次,句子没有说清",
            p.span, hint="每差一次都计的,写成 每超过0.1个百分点扣1分"))


def _grade_given_nothing(r: Reading, before: list[Reading], readings: list[Reading]) -> bool:
    """A级的加2分,B级的加1分,C级的不加分,D级的扣1分: after a grade given points, a grade named as
    shortly given nothing is a grade of the same scale (dropped, C级 was no answer); two grades
    at least, or one more after it (A级的加2分,C级的不扣分 is no scale). So is a level word given
    nothing beside another given points (考核等级优秀的不扣分,考核等级良好的扣0.2分: 优秀 was no answer)."""
    at_end, _ = _level_patterns()

    def level(x: Reading) -> bool:
        return x.condition is None and x.per is None and x.step is None and at_end.search(to_simplified(x.lead)) is not None

    at = readings.index(r)
    if level(r) and any(level(x) and x.gives and x.signed_points for x in readings[max(0, at - 1):at] + readings[at + 1:at + 2]):
        return True
    names = _without_lead_in([_option_name(x) for x in readings])
    code = terminal_regex("GRADE_CODE")
    if at == 0 and len(readings) > 2 and all(code.fullmatch(to_simplified(name.strip("“”\"「」‘’"))) for name in names):
        return True  # (评价为A的不扣分,评价为B的扣5分,评价为C的扣10分: the best grade of the scale, first)
    if not before or before[-1].award is None or before[-1].condition is not None or (
            len(before) < 2 and r is readings[-1]):
        return False
    name = _option_name(r).strip("“”\"「」‘’")
    return len(name) <= 6 and (terminal_regex("GRADE_CODE").fullmatch(to_simplified(name)) is not None
                               or terminal_regex("GRADE_END").search(to_simplified(name)) is not None)


def _option_runs(readings: list[Reading]) -> None:
    """有独立办公用房15分,与其他单位共用办公用房9分,无办公用房0分: a sentence of three or more plain points,
    each fewer than the one before and the last nothing, describes the options of one
    judgement (the points of two of them would never be added), and the value is the option
    the assessors found: a level named by its words. Grades of one thing (国家级加10分,自治区级
    加8分,市级加5分; 一等奖5分,二等奖3分,三等奖1分) are such options without a last nothing."""
    if len(readings) < 2 or any(r.level is not None for r in readings):
        return  # (two: a yes/no and its other answer, 得2分,未…不得分; unless grades, below)
    last = readings[-1]
    event = terminal_regex("INCIDENT_VERB").search(to_simplified(last.lead))
    if (last.zero and terminal_regex("ITEM_SAID").search(to_simplified(last.stmt.text)) and event
            # (未发生命案的得3分;发生命案但全部破获的得2分;发生命案未破获的,本项不得分: the same event
            # in the options before, the last option of them; read apart, no murder scored 0)
            and not any(to_simplified(last.lead)[event.start():event.end() + 2] in to_simplified(r.lead)
                        for r in readings[:-1])):
        # A级的得3分,…,C级的得1分;发生食物中毒事件的,该项不得分: an event that loses the item is no
        # option of the scale (read as one, a unit graded A with a poisoning had no way to say so)
        _option_runs(readings[:-1])
        return
    if len({_same_breath(r.stmt) for r in readings[:-1]}) > 1:
        # 班子成员勤政廉政计6分;规划及时修编的得5分,未修编的不得分: options are all a comma apart or
        # all a stop apart; mixed, they are rules of their own (read as one scale, 5 ruled out 6)
        return
    points = []
    for r in readings:
        plain = (_points_alone(r) and not r.judged and r.high is None and r.rate is None
                 # (建立台账并每月更新的得2分: a period that only describes the option, no count of it)
                 and (r.period is None or not any(isinstance(p, A.Amount) and p.quantity.unit is not A.Unit.POINTS
                                                  for p in r.stmt.phrases))
                 and not r.joint and not r.full
                 and (not r.added or all(x.added or x.deduct is not None for x in readings)))  # (国家级加10分,省级加8分…)
        # (A级的加2分,…,D级的扣1分: the lowest grades may take points off, below those given)
        if not plain or not (r.award is not None or r.zero or (r.deduct is not None and (points or r.deduct.value == 0))):
            return
        points.append(Decimal(0) if r.zero else r.signed_points)
    # 高职高专毕业为10分;…;博士研究生为60分: each option said to be its points (为, 得分:) is one
    # answer of the judgement, the points rising or falling
    # (县市级1分;省级3分;国家级5分: grades of one thing, checked below, may rise too)
    said = all(_said_to_be(r) for r in readings)
    rising = all(a < b for a, b in zip(points, points[1:]))
    if (any(a <= b for a, b in zip(points, points[1:])) and not rising) or (len(readings) == 2 and points[-1] == 0):
        return
    names = whole = _without_lead_in([_option_name(r) for r in readings])
    cut = re.compile("[,，:：;；、]")
    if said:
        pass  # (中级职称、技师为20分: the option is all its words)
    elif points[-1] != 0 or not any(cut.search(name) for name in names[1:]):
        # 国家级加10分,自治区级加8分,市级加5分: grades of one thing (the words after the last comma or
        # colon); 教育教学质量:按…分档计分,A档得10分: the heading before the first level is no part of it
        # (有结余,但不超过上年结转,2分 among them: a level's own words)
        names = [cut.split(name)[-1].strip(" \t\u3000") for name in names]
    coded = all(terminal_regex("GRADE_CODE").fullmatch(to_simplified(name)) for name in names)
    if points[-1] != 0 and not coded and not said and not _degrees_of_one(names):  # (A, B, C: grades by their codes)
        suffix = terminal_regex("GRADE_END")
        named = [_grade_named(name, r, suffix) for name, r in zip(names, readings)]
        ends = {m.group(0) if (m := suffix.search(to_simplified(name))) else None for name in named}
        if len(ends) != 1 or None in ends or any(len(name) > 6 for name in named):
            # (获得国家级表彰的加3分,获得省级表彰的加2分: added, honours of several things may add up)
            named = None if any(r.added for r in readings) else _grades_amid_words(whole, suffix)
            if named is None:
                return
        names = named
    names = [_unquoted(name) for name in names]
    if all(names) and len(set(names)) == len(names):
        for r, name in zip(readings, names):
            r.level = name


def _judged_options(readings: list[Reading]) -> None:
    """态度认真…,得13-20分;态度一般…,得7-12分;态度恶劣…,得0-6分: options each judged within a range
    of points, the ranges apart and falling (or rising) down to 0, three or more, are the levels of
    one judgement, each named by its words (added up, a unit scored up to 38 of 20). Ranges that meet
    or overlap (制度健全得0-3分,台账完整得0-2分) are parts judged each on its own."""
    if len(readings) < 3 or any(r.level is not None for r in readings) or all(
            _judged_range(r) is None for r in readings):
        return
    spans = []
    for r in readings:
        if not ((r.gives or r.points_range is not None) and _points_alone(r) and r.deduct is None and not r.full
                and r.rate is None and not r.joint):
            return
        judged = _judged_range(r)
        if judged is not None:
            spans.append(judged)
        elif r.award is not None or r.zero:
            # 符合:4分 基本符合:3—1分 不符合:0分: a level of one amount among them (有制度得5分,执行得好的
            # 得1-3分, two, are a yes/no and a part judged)
            points = r.award.value if r.award is not None else Decimal(0)
            spans.append((points, points))
        else:
            return
    falling = all(high < low_before for (low_before, _), (_, high) in zip(spans, spans[1:]))
    rising = all(low > high_before for (_, high_before), (low, _) in zip(spans, spans[1:]))
    if not (falling and spans[-1][0] == 0 or rising and spans[0][0] == 0):
        # (制度建设得6-10分,台账管理得1-5分: parts, each judged on its own, as readily as levels; a scale
        # has three or more options, down to nothing)
        return
    names = [_unquoted(name) for name in _without_lead_in([_option_name(r) for r in readings])]
    # (符合(有系统并正常运作):4分: the bracket says what the level means, and is no part of its name)
    bare = [re.sub(r"[(（][^()（）]*[)）]", "", name).strip() for name in names]
    names = bare if all(bare) and len(set(bare)) == len(bare) else names
    if all(names) and len(set(names)) == len(names):
        for r, name in zip(readings, names):
            r.level = name


def _judged_range(r: Reading) -> tuple[Decimal, Decimal] | None:
    """The points an option is judged within: 得13-20分, 得0-6分, or bare (基本符合:3—1分); None for points
    of one amount."""
    if r.high is not None and r.deduct is None:
        return (r.award.value if r.award is not None else Decimal(0)), r.high.value
    if r.points_range is not None and r.award is None and r.deduct is None and not r.zero:
        return _unify_range(r.points_range.low, r.points_range.high)[:2]
    return None


def _below_the_ranges(run: list[Reading], r: Reading) -> bool:
    """得0-5分 after levels judged within falling ranges (得16-25分, 得6-15分): a range wholly below them."""
    ranges = [_judged_range(x) for x in run]
    own = _judged_range(r)
    return len(run) >= 2 and None not in ranges and own is not None and own[1] < min(low for low, _ in ranges)


def _degrees_of_one(names: list[str]) -> bool:
    """依据充分, 基本充分 / 目标明确, 目标基本明确: one thing judged, each option a degree of it (the
    words left once the degree words are gone are the same, or end the same)."""
    degree = terminal_regex("DEGREE_WORD")
    plain = [to_simplified(name) for name in names]
    stems = [degree.sub("", name) for name in plain]
    shortest = min(stems, key=len)
    return (len(set(plain)) == len(plain) and any(degree.search(name) for name in plain)
            and len(shortest) >= 2 and all(stem.endswith(shortest) for stem in stems))


def _unquoted(name: str) -> str:
    """为“红旗”等次的: the level named in quotes is 红旗, without them or the 等次 after; …目标。(35分):
    the stop and the bracket of the points after it are no part of the name."""
    name = name.rstrip(" \t\u3000(（,，;；。、") or name
    bare = re.sub(r"[“”\"‘’「」『』]", "", name)
    if bare == name:
        return name
    return re.sub(f"(?:{terminal_regex('LEVEL_SUFFIX').pattern})$", "", bare) or bare


@lru_cache(maxsize=1)
def _naming_at_end() -> re.Pattern:
    """好为 / A 为 / 洁净: before a range of points: words naming what the range is for."""
    return remembered_regex(f"(?:{terminal_regex('GRADE_IS').pattern}|{terminal_regex('BAND_COLON').pattern})[\\s]*$")


def _ranges_of_levels(readings: list[Reading]) -> None:
    """好为8~10分,中为5~7分,差为0~4分 / A 为 90~100 分,B 为 70~80 分: names each given a range
    of points, falling one below the other, are the levels of one judgement (or the grades of
    a total), never amounts to add up; which of the two, the sentence does not say."""
    ranged = [r for r in readings if r.points_range is not None and not r.gives and r.condition is None
              and r.per is None and r.step is None]
    bounded = terminal_regex("SCORE_IN_RANGE")
    if any(bounded.search(to_simplified(r.stmt.text[:r.points_range.span.start - r.stmt.span.start])) for r in ranged):
        raise _Reject(error(
            "E202", "这里的分数范围是对得分的条件(像是总分的等级),不是由考评组评定的分值", ranged[0].stmt.span,
            hint="是总分等级的,写进 等级 { A类: 91分以上 … };是得分条件的,写明得几分,如 得分在91-100分的,得5分"))
    if len(ranged) < 2 or any(r.gives for r in readings):
        return
    naming = _naming_at_end()
    if not all(naming.search(to_simplified(r.stmt.text[:r.points_range.span.start - r.stmt.span.start]))
               for r in ranged):
        return
    spans = [_unify_range(r.points_range.low, r.points_range.high)[:2] for r in ranged]
    if all(high <= low_before for (low_before, _), (_, high) in zip(spans, spans[1:])):
        raise _Reject(error(
            "E202", "几个名称各有一个分值范围,是同一项评定的几档(由考评组在档内评分),还是总分的等级,句子没有说清",
            ranged[0].stmt.span,
            hint="由考评组在档内评分的,行首写“评定”,每档一行;是总分等级的,写进 等级 { 优秀: 90分以上 … }"))


def _without_lead_in(names: list[str]) -> list[str]:
    """暗访检查结果为“好”的得3分,“较好”的得2分 / 量化等级为A级的…,B级的…: the words before the
    first option's 为 say what is judged; the options are what follows it, as short as the
    others, quotes left off (the assessors write 好, not “好”)."""
    quotes = "“”\"「」‘’"
    names = [name.strip(quotes) for name in names]
    code = terminal_regex("GRADE_CODE")
    said = [list(terminal_regex("GRADE_IS").finditer(to_simplified(name))) for name in names]
    if len(names) > 1 and all(said):
        # 评为A级的得5分,评为B级的得3分: each option said with the same lead (评为), which is no part of it
        # (企业信用评价为A的…,评价为B的…: the first's lead names what is judged, too)
        leads = [name[:found[-1].end()] for name, found in zip(names, said)]
        rest = [name[found[-1].end():].strip(" \t\u3000" + quotes) for name, found in zip(names, said)]
        if (len(set(leads[1:])) == 1 and leads[0].endswith(leads[1])
                and all(code.fullmatch(to_simplified(r)) for r in rest)):
            return rest
    if names[1:] and all(code.fullmatch(to_simplified(name)) for name in names[1:]):
        # 考核中获评A级的得3分,B级的得2分 / 达到A级标准的…: the others are grade codes, and so is
        # the first's (the assessors write A级)
        first = list(code.finditer(to_simplified(names[0])))
        if first:
            names[0] = names[0][first[-1].start():first[-1].end()]
            return names
    longest = max((len(name) for name in names[1:]), default=0)
    found = list(terminal_regex("GRADE_IS").finditer(to_simplified(names[0])))
    if found and longest and len(names[0]) > longest + 2:
        rest = names[0][found[-1].end():].strip(" \t\u3000" + quotes)
        if rest and len(rest) <= longest + 2:
            names[0] = rest
    return names


def _grades_amid_words(names: list[str], suffix: re.Pattern) -> list[str] | None:
    """通过国家级验收的得5分,通过省级验收的得3分: the same words around a grade of each (国家级,
    省级) are the rungs of one ladder, named by their grades (read as yes/nos added, a unit that
    had passed every rung scored 9 of 5). None where the words around differ."""
    simple = [to_simplified(name) for name in names]
    head = len(_common_start(simple))
    shortest = min(len(name) for name in simple)
    tail = min(len(_common_start([name[::-1] for name in simple])), shortest - head - 1)
    if tail < 0 or head + tail == 0:
        return None
    for k in range(tail + 1):  # (the 级 of 国家级 and 省级 is in the words shared after them)
        grades = [name[head:len(name) - tail + k] for name in simple]
        ends = {m.group(0) if (m := suffix.search(grade)) else None for grade in grades}
        if len(ends) == 1 and None not in ends:
            if (len(set(grades)) == len(grades) and all(len(grade) <= 6 for grade in grades)
                    and not any(re.search("[,，:：;；、]", grade) for grade in grades)):
                return [name[head:len(name) - tail + k] for name in names]
            return None
    return None


def _common_start(words: list[str]) -> str:
    first = words[0]
    n = next((i for i in range(len(first)) if any(i >= len(w) or w[i] != first[i] for w in words)), len(first))
    return first[:n]


def _grade_named(name: str, r: Reading, suffix: re.Pattern) -> str:
    """二等奖3分: the 奖 read as the verb of the points still ends the grade's name."""
    longer = name + r.stmt.text[_points_at(r.stmt):][:1]
    grown, now = suffix.search(to_simplified(longer)), suffix.search(to_simplified(name))
    return longer if grown and (now is None or len(grown.group(0)) > len(now.group(0))) else name


def _without_item_named(lead: str) -> str:
    """考核结果为“差”,该指标为0分: the option (差) without the item named after a comma."""
    parts = re.split("[,，]", lead)
    if len(parts) > 1 and terminal_regex("ITEM_SAID").fullmatch(to_simplified(parts[-1]).strip()):
        return lead[:len(lead) - len(parts[-1]) - 1]
    return lead


def _points_at(stmt: Statement) -> int:
    """Where the statement's first points (or outcome) start, as an offset in its text; its length
    where it has none."""
    end = next((p.span.start for p in stmt.phrases if _is_outcome(p) or isinstance(p, A.Award)), stmt.span.end)
    return end - stmt.span.start


def _said_to_be(r: Reading) -> bool:
    """优秀为10分, 桌面严重脏乱,得分:0分: the option's words end in what makes them its points."""
    return terminal_regex("OPTION_TAIL").search(r.stmt.text[:_points_at(r.stmt)]) is not None


def _option_name(r: Reading) -> str:
    """The words of an option, without the document's numbering or a closing 的 or 者."""
    words = _without_remarks(r.stmt.text[:_points_at(r.stmt)]).strip(" \t\u3000,，;；:：。、")
    heading = terminal_regex("HEADING_BEFORE_COLON").match(words)  # (评分标准:无结余,3分)
    if heading is not None and heading.end() < len(words):
        words = words[heading.end():].strip(" \t\u3000")
    label = terminal_regex("LIST_LABEL").match(to_simplified(words))
    if label is not None:
        words = words[label.end():]
    words = _without_item_named(words)
    words = terminal_regex("OPTION_BULLET").sub("", terminal_regex("OPTION_TAIL").sub("", words))
    # (该指标主要考核…的充分性。依据充分3分: the sentence before the stop says what is judged)
    last = re.split("[。.](?![0-9０-９])", words)[-1]
    words = last if last.strip(" \t\u3000(（,，;；:：") else words  # (…目标。(35分): the option's own stop
    return words.strip(" \t\u3000,，;；:：").removesuffix("的").removesuffix("者").strip(" \t\u3000,，;；")


def _option_words(r: Reading) -> str:
    """An option's whole words, of which its level's name is a part (工作机制不健全,运行一般 for 一般); the
    name itself where the words before the points hold it not whole (国家级一等奖5000分: the 奖 is said)."""
    words = _option_name(r)
    return words if r.level in words else r.level


def _periodic_requirements(readings: list[Reading]) -> None:
    """每季度至少督查1次…(4分), 每季度…少于1次的,扣5分: a requirement for every period
    with one outcome asks whether it was met each time (yes/no). A count for the year
    would say nothing of the quarter missed; with steps (少一次扣1分) the count is read."""
    for i, r in enumerate(readings):
        nxt = readings[i + 1] if i + 1 < len(readings) else None
        if (r.period is not None and r.period > 1 and r.condition is not None
                and r.condition.unit is A.Unit.COUNT and r.step is None and r.per is None and r.gives
                and not _steps_count_it(r, nxt)):
            if _count_of_the_year(r):
                if r.condition.high is not None:  # (the period's own 至少1次 is no lower bound of the year's)
                    r.condition = replace(r.condition, low=None)
                r.condition = _the_periods_asked_of_the_year(r)
                continue
            asked = r.deduct is not None and any(_marker(p, A.Marker.ELSE) for p in r.stmt.phrases)
            r.condition = None
            period = next(i for i, p in enumerate(r.stmt.phrases) if isinstance(p, A.Period))
            if (r.deduct is not None and r.award is None and not asked and not r.zero
                    and not r.negative  # (每月不少于一次,未达到扣除1分: the requirement not met, once)
                    # (未能每月召开一次以上会议的扣1分: not done monthly, once)
                    and not any(_marker(p, A.Marker.NEG) for p in r.stmt.phrases[:period])):
                # 每月报送信息少于2条的,扣0.5分: each period that falls short loses the points, as
                # 每月未…的 does (read as one yes/no: short in five months lost 0.5)
                _no_count_of_one_period_beside(r, readings[i + 1:])
                r.per = Decimal(1)
                continue
            r.periodic = True  # (a yes/no of each period met: no points for deductions to come off)
            # (每学期…不少于1次,否则扣1分: 是 is the requirement met, and the 1 is for 否)
            r.otherwise = r.otherwise or asked


def _no_count_of_one_period_beside(r: Reading, after: list[Reading]) -> None:
    """每季度有效投诉3次以上的扣2分,达到6次以上的本项不得分: a bound on the same count after the periods
    that fail are counted (the 6 compared with the quarters: it could never be reached). Refused."""
    def counted(reading):
        bound = next((p for p in reading.stmt.phrases if isinstance(p, (A.Compare, A.Range))), None)
        q = bound.quantity if isinstance(bound, A.Compare) else bound.high if bound is not None else None
        return (bound, to_simplified(q.word or "")) if q is not None and q.unit is A.Unit.COUNT else (None, None)
    word = counted(r)[1]
    for o in after:
        bound, said = counted(o)
        if bound is not None and said == word and not any(isinstance(p, A.Period) for p in o.stmt.phrases):
            raise _Reject(error(
                "E202", f"“{_shown(o.stmt, bound)}”是一期里的数,还是全年的数?前一句数的是没做到的期数,"
                        "这个数比不了", bound.span,
                hint="一期里的写成 每季度…达到6次以上的本项不得分(值填达到的季度数);全年的写成 全年…达到6次以上的"))


def _the_periods_asked_of_the_year(r: Reading) -> A.Interval:
    """每月至少报送2条信息,全年未达到要求的扣1分: only the period's own number is said, and the year's
    failing turns it; the year asks it of every period (24, read as 2: 20 sent lost nothing)."""
    _, counts = _counts_after_the_period(r)
    year = terminal_regex("YEAR_TOTAL").search(to_simplified(r.stmt.text))
    if year is None or not counts or any(p.span.start - r.stmt.span.start > year.start() for p in counts):
        return r.condition
    times = Decimal(_periods(r))

    def scaled(b):
        return None if b is None else replace(b, value=b.value * times)
    return replace(r.condition, low=scaled(r.condition.low), high=scaled(r.condition.high))


def _count_of_the_year(r: Reading) -> bool:
    """每月至少召开1次,(全年)少于12次的扣1分: a bound of the year's count after a period's requirement
    (read as the months short: 12 meetings lost 12), where 全年 says so or no period holds that many."""
    bound = r.condition.high or r.condition.low
    period, compares = _counts_after_the_period(r)
    after = to_simplified(r.stmt.text[period.span.end - r.stmt.span.start:])
    counts = [p.quantity.value for p in compares]
    return terminal_regex("YEAR_TOTAL").search(after) is not None or (
        len(counts) >= 2 and counts[-1] == bound.value and bound.value >= counts[0] * r.period)


def _counts_after_the_period(r: Reading) -> tuple[A.Period, list[A.Compare]]:
    """The statement's first period and the counts compared after it (每月至少报送2条…,全年少于20条: 2, 20)."""
    period = next(p for p in r.stmt.phrases if isinstance(p, A.Period))
    return period, [p for p in r.stmt.phrases if isinstance(p, A.Compare) and p.span.start > period.span.start
                    and p.quantity.unit is A.Unit.COUNT]


def _steps_count_it(r: Reading, nxt: Reading | None) -> bool:
    """Do the steps right after a periodic requirement count what it asks? In one breath, yes (…少于1次
    的,扣5分;每少续报1次扣1分 after a stop counts something else); after a stop, where they count the
    same thing (每学期听课不少于30节的得3分;每少2节扣0.5分)."""
    if nxt is None or nxt.step is None:
        return False
    if _same_breath(r.stmt):
        return True
    asked = _counter_at(r, r.condition)
    return bool(asked) and not _other_things(nxt.step.step.word, asked)


def _per_occurrence_carries(readings: list[Reading]) -> None:
    """巡查发现问题每宗扣0.3分,未及时整改的扣1分,同样问题连续通报二次的扣2分; 请假一次扣3分,
    迟到扣1分; 国家级媒体报道的每次加2分,省级加1分: once a sentence counts per occurrence,
    the points of the same sign after it count the same way (each problem not put right,
    each time late, each report), until a ; or 。 or something else said."""
    counting = None  # what is being counted: deductions (True) or awards (False)
    word = ""  # and its counter (宗 in 每宗)
    counted = None  # the statement that counts
    for r in readings:
        sign = None if r.deduct is None and r.award is None else r.deduct is not None
        if r.per is not None and r.per == 1 and sign is not None and r.condition is None:
            # 机构有一项未成立扣5分,制度不健全扣10分: "there is one" counts only its own kind
            counting = sign if _same_breath(r.stmt) and not _after_there_is(r) else None
            word, counted = _counter_of(r), r
            continue
        described = _describing_count(r, word)
        plain = (sign is not None and sign == counting and r.per is None and r.condition is None and r.step is None
                 and not r.listed and r.each is None and r.amounts is None and r.required is None
                 and (r.target is None or described is not None) and r.period is None and not r.judged
                 and r.high is None
                 # (…扣1分,本项扣分不保底;查台帐,未建立名册的扣5分: a stop inside its words ended the breath)
                 and not re.search("[;；。]", r.stmt.text.strip(" ,，;；。")))
        if plain:
            _no_other_event_carried(counted, r)
            r.per = Decimal(1)
            if described is not None:  # 同样问题连续通报二次的: which problems, not how many
                r.used.add(id(described))
                r.target = None
            counting = counting if _same_breath(r.stmt) else None
        else:
            counting = None


def _graver(named: str, words: str) -> set[str]:
    """The words of how grave a thing was (较大, 死亡) that `named` says and `words` do not."""
    def said(text: str) -> set[str]:
        return {m.group(0) for m in terminal_regex("SEVERITY").finditer(text)}
    return said(named) - said(words)


def _no_other_event_carried(counted: Reading, r: Reading) -> None:
    """轻伤事故每发生一起扣5分,发生死亡事故扣30分: a graver event, its verb said again and no 每: each one,
    or once? (read as each, carried over from the count before). Refused; 迟到扣1分 after 请假一次扣3分
    still counts each."""
    verb = terminal_regex("ANY_EVENT").match(_han(to_simplified(r.lead)))
    if verb is None:
        return
    event = _han(to_simplified(r.lead))[verb.end():]
    words = _han(to_simplified(counted.stmt.text))
    # (发现漏报扣2分 after 不及时上报每次扣1分: each one still; 发生较大事故 after 一般事故: how grave, said anew)
    if _graver(event, words):
        said, each = r.stmt.text.strip("，,;；。 "), _counted_word(counted) or _counter_of(counted) or "次"
        raise _Reject(error(
            "E202", f"“{said}”是每{each}都扣,还是只扣一次,句子没有说清(前面按{each}计的是另一件事)",
            r.stmt.span, hint=f"每{each}都扣的写成 {verb.group(0)}…的,每{each}扣…分;只扣一次的写成另一行规则(是/否)"))


def _counter_of(r: Reading) -> str:
    """The counter of what a statement counts per: 宗 in 每宗, 人次 in 一人次."""
    per = next((p for p in r.stmt.phrases if isinstance(p, A.Per)), None)
    if per is not None:
        return per.word
    return r.per_count.quantity.word if r.per_count is not None else ""


def _describing_count(r: Reading, counted: str) -> A.Amount | None:
    """每宗扣0.3分,…连续通报二次的扣2分: a count of another counter than the one counted,
    right before 的, describes the cases (迟到3次的, in the same counter, would be a threshold)."""
    phrases = r.stmt.phrases
    for i, p in enumerate(phrases[:-1]):
        if (isinstance(p, A.Amount) and p.quantity.value == r.target and p.quantity.unit is A.Unit.COUNT
                and _marker(phrases[i + 1], A.Marker.DE) and counted and p.quantity.word != counted):
            return p
    return None


def _after_there_is(r: Reading) -> bool:
    phrases = r.stmt.phrases
    return _follows_there_is(phrases, next((i for i, p in enumerate(phrases) if p is r.per_count), None))


def _names_all_taken(mod) -> bool:
    """扣满3分为止, 本项扣分不超过3分: the points taken, used up or named as such (not 最多扣3分)."""
    return isinstance(mod, A.FloorCap) or (isinstance(mod, A.CapPhrase) and mod.names_deducted)


def _no_limit_of_a_run_within(statements: list[Statement], clauses) -> None:
    """…扣0.2分,…每条扣0.5分,以上扣分合计最多1.5分;…的,本项不得分: a limit on the deductions
    before it, said before the end (read as the last clause's own, 5 and 3 lost 2.5 where 1.5 is
    the most). A limit on a part of a sentence is not read."""
    def of_all(c) -> bool:
        clause = _clause_at(clauses, c)
        return c.together or (clause is not None and _limit_said_of(clause, c, "LIMIT_OF_ALL", own_words=True))

    for i, stmt in enumerate(statements[:-1]):
        cap = next((c for c in stmt.caps if isinstance(c, A.CapPhrase) and of_all(c)
                    and not (c.names_added or c.added)), None)  # (加分合计不超过2分;…扣1分: the awards')
        if cap is None or i == 0 or not _same_breath(statements[i - 1]):
            continue
        raise _Reject(error(
            "E202", f"“{_shown_limit(clauses, cap)}”限的是它前面几处扣分的合计,后面还有分句,一行规则读不出只限一部分的上限",
            cap.span, hint="把有合计上限的几处扣分另写一行规则,后面的分句另写一行"))


def _limit_name(clause: A.Clause, cap: A.CapPhrase) -> tuple[str, str]:
    """隐患整改扣分累计不超过5分: the words before a limit in its clause, and what they name once the
    words every limit uses (扣分, 累计, 最多 …) are taken out (隐患整改)."""
    lead = re.split("[,，;；。:：]", clause.text[:cap.span.start - clause.span.start])[-1]
    return lead, terminal_regex("LIMIT_PLAIN_WORDS").sub("", to_simplified(lead))


def _limit_names_all(statements: list[Statement], clauses, cap: A.CapPhrase) -> None:
    """未签订…扣3分;…每发现1处重大隐患未及时整改扣2分,…,隐患整改扣分累计不超过5分: a limit that names
    what it limits, which some statements before it do not speak of (read as all of them, the 3 for
    the unsigned pledge came under the 5)."""
    clause = _clause_at(clauses, cap)
    if clause is None:
        return
    lead, name = _limit_name(clause, cap)
    if len(name) < 2 or not all("\u4e00" <= ch <= "\u9fff" for ch in name):
        return
    taking = [s for s in statements if any(isinstance(p, A.Deduct) for p in s.phrases)]
    apart = [s for s in taking if not _shares_words(name, s.text, run=2)]
    if apart and len(apart) < len(taking):
        said = lead + _shown(clause, cap)
        raise _Reject(error(
            "E202", f"“{said.strip()}”限的是{name}的扣分,“{apart[0].text.strip('，,;；。:： ')}”在不在这个上限之内,"
                    "句子没有说清", cap.span,
            hint=f"只限{name}的,把它们另写一行规则并写上限;限全部的,写成 以上扣分累计不超过{plain(cap.limit.value)}分"))


def _taken_past_the_limit(statements: list[Statement], limits: list) -> bool:
    """未建立…的扣2分;…每例扣0.2分,累计扣分不超过1分: a flat deduction before that the limit would cut
    at once is no part of what it limits (on them all, the 2 could never be taken)."""
    return any(isinstance(p, A.Deduct) and p.points is not None and p.points.value >= c.limit.value
               for c in limits for s in statements if not any(isinstance(q, A.Per) for q in s.phrases)
               for p in s.phrases)


def _awards_in_one_breath(statements: list[Statement]) -> bool:
    """…;省级采用的每篇加0.5分,市级采用的每篇加0.2分,加分最多不超过2分: awards joined by commas
    before a limit that names 加分 (read as the last clause's own, 3 and 5 scored 2.5)."""
    run = [statements[-1]]
    for stmt in reversed(statements[:-1]):
        if not _same_breath(stmt):  # (…每次得0.5分,满分2分;: its own limit closed it)
            break
        run.append(stmt)
    if sum(any(isinstance(p, A.Award) for p in stmt.phrases) for stmt in run) > 1:
        return True
    # …1000人次以上的加0.5分;…每次加0.2分,加分最多不超过1分: points added (加), across a ; too, none
    # with a limit of its own (得1分 before them is no 加分)
    added = 0
    for stmt in reversed(statements):
        if not any(isinstance(p, A.Award) and p.bonus for p in stmt.phrases) or (
                stmt is not statements[-1] and stmt.caps):
            break
        added += 1
    return added > 1


def _deducts_across_breaths(statements: list[Statement], limit: Decimal) -> bool:
    """…每件扣0.5分;…每件扣1分,: deductions on both sides of a ; or 。, each less than the limit
    that ends them (a limit of what is taken, on them all). 每起扣2分;…每人扣0.1分,扣完1分为止:
    a deduction the limit would cut at once is not what it limits (the last clause's own)."""
    def deducts(stmt):
        return any(isinstance(p, A.Deduct) for p in stmt.phrases)
    if not statements or not deducts(statements[-1]) or any(
            isinstance(p, A.Deduct) and p.points is not None and p.points.value >= limit
            for s in statements for p in s.phrases):
        return False
    # (…每少1个扣1分,扣完2分为止;…每个扣1分,扣完2分为止: a clause with a limit of its own is no part of the pool)
    return any(deducts(s) and not _same_breath(s, own_limit=False) for s in statements[:-1])


def _same_breath(stmt: Statement, own_limit: bool = True) -> bool:
    """A statement that ends in a comma or 、 goes on with the next (a ; or 。 closes it, after the
    statement's own limit too: 每人次得0.5分,最高2分;…; `own_limit=False` looks at the statement
    alone, before its limit)."""
    ends = (stmt.limit_ends or stmt.separator) if own_limit else stmt.separator
    return ends.strip() in (",", "，", "、", "(", "（")


def _counts_as_thresholds(readings: list[Reading]) -> None:
    """用稿12篇,6分: points for a count of more than one, with no 每, are for reaching it; and
    so is one, last in a run of them (3个得6分,2个得4分,1个得2分: not 2 for each one)."""
    before = None
    for r in readings:
        q = r.per_count
        last_of_run = (before is not None and q is not None and q.quantity.value == 1 and r.per == 1
                       and q.quantity.word == before.per_count.quantity.word and not _tells_a_per(r)
                       and not r.stmt.text[:q.span.start - r.stmt.span.start].strip(" ,，;；、"))  # (no words of its own)
        if (q is not None and (r.per is None or last_of_run) and r.condition is None and r.step is None
                and r.award is not None and not r.listed and r.each is None
                and (q.quantity.value > 1 or last_of_run)):
            r.condition = _one_sided(_UP, q.quantity.value, True, A.Unit.COUNT)
            r.used.add(id(q))
            r.reached, r.per = True, None
        before = r if r.reached else None
    for r, nxt in zip(readings, readings[1:]):
        q = r.per_count
        # 死亡1人的扣0.5分,每增加1人加扣0.5分 / 发生1起扣2分,每增加1起加扣1分: the one is where the steps
        # start (read as a count of its own, three deaths were counted in both: 2.5 off, not 1.5)
        if (q is not None and q.quantity.value == 1 and r.per == 1 and not _tells_a_per(r) and r.condition is None
                and r.step is None and r.signed_points is not None and nxt.step is not None
                and nxt.step.kind is A.StepKind.EXCESS and nxt.condition is None and nxt.step.step.value == 1
                and _same_breath(r.stmt) and nxt.step.step.word == q.quantity.word
                and (nxt.signed_points or 0) * r.signed_points > 0):
            r.condition = _one_sided(_UP, Decimal(1), True, A.Unit.COUNT)
            r.used.add(id(q))
            r.reached, r.per = True, None


def _no_count_of_kinds_as_threshold(readings: list[Reading]) -> None:
    """八类严重暴力犯罪案件发案数同比下降的得2分 / 三类事故均未发生的得2分 / 35岁以下青少年占比同比下降的: the
    number names the kinds (or the group), and what is said of them (均, 同比, 下降) follows it (read as
    a count to reach: 值≥8, a unit whose cases rose scored 2, and one where nothing happened 0)."""
    run = _failings_counted(readings)
    said_of = [terminal_regex(t) for t in ("YEAR_ON_YEAR", "CHANGE_WORD")]
    all_of, neg = terminal_regex("ALL_OF"), terminal_regex("NEG")
    for r in readings:
        cond = r.condition
        if (run is not None and any(r is x for x in run[:3])) or cond is None or cond.unit in (A.Unit.PERCENT,
                                                                                               A.Unit.POINTS):
            continue  # (三项制度均落实到位的得3分,有一项…: how many parts, read as such)
        bounds = {b.value for b in (cond.low, cond.high) if b is not None}
        q = next((p for p in r.stmt.phrases if isinstance(p, (A.Amount, A.Compare)) and p.quantity is not None
                  and p.quantity.unit is cond.unit and p.quantity.value in bounds), None)
        outcome = next((p for p in r.stmt.phrases if isinstance(p, (A.Award, A.Deduct))), None)
        if q is None or outcome is None or outcome.span.start < q.span.end:
            continue
        words = to_simplified(r.stmt.text[q.span.end - r.stmt.span.start:outcome.span.start - r.stmt.span.start])
        words = words.strip(" \t\u3000的,，")
        # (以上四项全都具备得10分: how many are met, a count to reach; 均未发生 counts none of them)
        if words and (any(t.search(words) for t in said_of) or (all_of.search(words) and neg.search(words))):
            raise _Reject(error(
                "E202", f"“{_shown(r.stmt, q)}”像是说有几类(几项、哪一组),不是要比较的数量;"
                        "jdscore 读不出这种写法", q.span,
                hint="每一类写成一句,例如 入室盗窃案件发案数同比下降的得1分;或去掉名称里的数,例如 严重暴力犯罪案件发案数同比下降的得2分"))


def _no_class_of_water_as_a_count(readings: list[Reading]) -> None:
    """水质达到二类的得3分,达到三类的得2分: a class of water, where the first is the best (read as a
    count of kinds to reach: class 3 scored as more than class 2). 水质达到三类以上 alone is a name, a
    yes/no; a class compared beside one is refused."""
    if not any(terminal_regex("CLASS_GRADED").search(to_simplified(r.stmt.text)) for r in readings):
        return
    for r in readings:
        q = next((p.quantity for p in r.stmt.phrases if isinstance(p, A.Compare) and p.quantity is not None
                  and to_simplified(p.quantity.word or "").endswith("类")), None)
        if q is not None:
            raise _Reject(error(
                "E202", f"“{_shown(r.stmt, q)}”是水质的类别(一类最好),不是数量,jdscore 不按大小比较类别", q.span,
                hint="各类别读成档次,值填类别的名称,例如 水质为Ⅱ类的得3分,Ⅲ类的得2分,Ⅳ类的得1分"))


def _tells_a_per(r: Reading) -> bool:
    """每1个, 一次5分 …: a 每 (or its like) written before the count, which makes it a unit."""
    return any(isinstance(p, A.Per) for p in r.stmt.phrases)


def _counts_what_falls_short(r: Reading) -> bool:
    """每少签1家扣0.5分, 每超期1件扣0.2分, 每发现一处扣0.5分: deductions counted in things, not in
    points of a rate."""
    if r.deduct is None or r.condition is not None:
        return False
    if r.step is not None:
        return (r.step.kind in (A.StepKind.DEFICIT, A.StepKind.LATE) and r.step.step.unit is A.Unit.COUNT
                and not r.step.step.duration)
    return r.per is not None


def _rates_as_tiers(readings: list[Reading]) -> None:
    """及时率100%得2分,95%(含)-100%得1.5分…; 配备率100%得1分,否则不得分: 100% is a tier of its
    own (no rate goes past it; 在85%计5分 beside 95%以上加2分 may be a base, and is not read so)."""
    for before, r in zip(readings, readings[1:]):
        if (before.rate == 1 and before.condition is None and before.award is not None and before.per is None
                and before.step is None and _counts_what_falls_short(r)):
            # 签订率100%的得2分,每少签1家扣0.5分: the standard the count falls short of, as 达到100%
            before.condition = _one_sided(_UP, before.rate, True, A.Unit.PERCENT)
            before.used.add(id(before.rate_phrase))
            before.rate = None
    if any(r.step is not None and r.condition is None and r.step.step.unit is A.Unit.PERCENT for r in readings):
        return  # 办结率100%的,得9分,下降1个百分点…: the steps' threshold (see _threshold)
    # (销号率100%的得8分;90%以上的得6分;…;低于80%的,每低1个百分点扣0.5分: steps of their own range)
    for r in readings:
        loose = any(_marker(p, A.Marker.LOOSE_CMP) for p in r.stmt.phrases)  # 超过人口6%: of what?
        if (r.rate == 1 and not loose and r.condition is None and r.gives and r.per is None
                and r.step is None):
            # 完成年度任务(100%)的得6分, 任务完成率100%的: all of a task, or more (read as 100% alone, 105%
            # scored nothing)
            words = to_simplified(r.stmt.text)
            past = any(terminal_regex(t).search(words) for t in ("TASK_WORD", "PAST_WHOLE_RATE"))
            r.condition = _one_sided(_UP if past else _EQUAL, r.rate, True, A.Unit.PERCENT)
            r.used.add(id(r.rate_phrase))
            r.rate = None
    _rates_down_a_ladder(readings)
    _comparisons_left_bare(readings)


def _comparisons_left_bare(readings: list[Reading]) -> None:
    """控制在4%以内的得2分,超过的不得分 / 达到90%的得2分,低于的扣1分: a word of more (less) with no
    number, right after a limit on the other side, is beyond that limit (read alone, it was a
    yes/no of its own)."""
    above, below = terminal_regex("BARE_ABOVE"), terminal_regex("BARE_BELOW")
    for before, r in zip(readings, readings[1:]):
        cond = before.condition
        words = to_simplified(r.lead).strip(" \t\u3000,，;；")
        if (cond is None or r.condition is not None or r.per is not None or r.step is not None or not r.gives
                or r.rank is not None or not _same_breath(before.stmt) or before.period not in (None, 1)):
            continue  # (每周开放不少于42小时的得2分,未达到的…: met every week, a yes/no)
        if above.fullmatch(words) and cond.high is not None and cond.low is None:
            r.condition = A.Interval(A.Bound(cond.high.value, not cond.high.inclusive), None, cond.unit)
        elif below.fullmatch(words) and cond.low is not None and cond.high is None:
            r.condition = A.Interval(None, A.Bound(cond.low.value, not cond.low.inclusive), cond.unit)
        else:
            continue
        # 高于全县平均水平的得6分,低于的得3分: below the same average
        r.peer = before.peer


def _rates_down_a_ladder(readings: list[Reading]) -> None:
    """建家率达70%得3分,60%得2分,50%得1分: a bare rate after a tier reached from below, lower
    than it and for fewer points, is the next rung (达 60%); deductions down a ladder are not
    read so (below its last rung, what then?)."""
    for before, r in zip(readings, readings[1:]):
        if (_task_met(before) and _Builder._plain_award(before) and r.rate is not None and r.rate < 1
                and not terminal_regex("BEYOND_WORD").search(to_simplified(r.stmt.text))):
            # 完成年度计划目标得40分,完成目标的90%得36分: the task done is all of it, the top rung
            before.condition = _one_sided(_UP, Decimal(1), True, A.Unit.PERCENT)
        cond = before.condition
        rung = (cond is not None and cond.unit is A.Unit.PERCENT and cond.low is not None
                and (cond.high is None or cond.low.value == cond.high.value == 1)  # (=100% is reached)
                and before.award is not None and before.per is None and before.step is None)
        if (rung and r.rate is not None and r.condition is None and r.award is not None and not r.zero
                and r.per is None and r.step is None and not r.listed and r.each is None
                and r.rate < cond.low.value and 0 < r.award.value < before.award.value):
            r.condition = A.Interval(A.Bound(r.rate, cond.low.inclusive), None, A.Unit.PERCENT)
            r.used.add(id(r.rate_phrase))
            r.rate = None
    _rates_up_a_ladder(readings)


def _rates_up_a_ladder(readings: list[Reading]) -> None:
    """占总量20%的,计1分;占40%的计3分;占60%以上的计5分: bare rates climbing, each for more
    points, up to a tier reached from below: each is a rung reached (达 20%)."""
    def plain_award(r: Reading) -> bool:
        return (r.award is not None and r.award.value > 0 and not r.zero and r.per is None and r.step is None
                and not r.listed and r.each is None and not r.negative)

    def low(r: Reading) -> Decimal | None:
        if r.rate is not None and r.condition is None:
            return r.rate
        cond = r.condition
        if cond is not None and cond.unit is A.Unit.PERCENT and cond.low is not None and cond.high is None:
            return cond.low.value
        return None

    n = 0
    while n < len(readings):
        run = [readings[n]]
        while (n + len(run) < len(readings) and plain_award(run[-1]) and low(run[-1]) is not None
               and plain_award(nxt := readings[n + len(run)]) and low(nxt) is not None
               and low(nxt) > low(run[-1]) and nxt.award.value > run[-1].award.value):
            run.append(nxt)
        top = run[-1]
        if len(run) >= 2 and top.condition is not None and top.rate is None:
            for r in run[:-1]:
                if r.rate is not None and r.condition is None:
                    r.condition = _one_sided(_UP, r.rate, True, A.Unit.PERCENT)
                    r.used.add(id(r.rate_phrase))
                    r.rate = None
        n += len(run)


def _once_denied(r: Reading) -> bool:
    """一次未开展的: after a count short of what was required, not once (read as one or more of the
    count done: units that held meetings lost the item)."""
    phrases = r.stmt.phrases
    k = next((i for i, p in enumerate(phrases) if not isinstance(p, (A.Text, A.MarkerPhrase))), None)
    return (k is not None and k + 1 < len(phrases) and isinstance(phrases[k], A.Amount)  # (但一次未开展的 too)
            and phrases[k].quantity.unit is A.Unit.COUNT and phrases[k].quantity.value == 1
            and _marker(phrases[k + 1], A.Marker.NEG))


def _none_at_all(readings: list[Reading]) -> None:
    """每年召开全体会议不少于2次,每少1次扣1分,未召开的不得分: after steps short of a count,
    the failing with no number of its own is none at all (a limit of the same count). With no
    count required (每缺少一个方面扣0.1分) the value is the number missing, and none made is no
    number of it."""
    for n, (before, r) in enumerate(zip(readings, readings[1:])):
        required = any(x.required is not None or x.condition is not None or x.period is not None
                       for x in readings[:n + 1])
        # (开展4次,每少1次扣0.5分,一次未开展的: the 4 a bare count, the target all the same)
        denied_once = _once_denied(r)
        once = denied_once and any(x.target is not None or x.required is not None for x in readings[:n + 1])
        if (before.step is not None and _step_kind(before.step) is A.StepKind.DEFICIT and (required or once)
                and r.zero and r.negative and (r.condition is None or denied_once) and r.per is None
                and r.step is None and _denies_what_was_required(r, readings[:n + 1])):
            r.condition = _one_sided(_EQUAL, Decimal(0), True, A.Unit.COUNT)
    for before, r in zip(readings, readings[1:]):
        # 经办人员参加培训的,每人次得0.5分,最高2分;经办人员未参加培训的,不得分: the act counted, not
        # done at all, is a count of 0 (read apart, it asked a second value)
        if (before.per is not None and before.award is not None and before.condition is None
                and before.step is None and r.negative and r.condition is None and r.per is None
                and r.step is None and r.zero and _act_not_done(r)
                and _denies_what_was_required(r, [before])):
            r.condition = _one_sided(_EQUAL, Decimal(0), True, A.Unit.COUNT)
    for n, r in enumerate(readings):
        # 全年破获毒品案件5起以上的得2分;未破获毒品案件的扣1分: the act the tiers count, not done at
        # all, is a count of 0 (read apart, it asked a yes/no beside the count)
        # (right after the tier, or after the steps right after it)
        tier = readings[n - 1] if n >= 1 and readings[n - 1].step is None else (readings[n - 2] if n >= 2 else None)
        # (增加1起的得1分,未增加的得4分: one case at its points, among tiers of the count)
        one_case = (tier is not None and tier.per_count is not None and tier.per == 1 and tier.award is not None
                    and tier.per_count.quantity.value == 1 and r.award is not None)
        if (tier is not None and tier.step is None and (_counted_from_one(tier) or one_case)
                and r.negative and r.condition is None and r.per is None and r.step is None
                # (…增加1起的得1分,未增加的得4分: points for none, read as points for each one)
                and (r.zero or r.deduct is not None or r.award is not None) and not r.otherwise
                and _act_not_done(r) and _names_the_counted_act(r, tier)):
            r.condition = _one_sided(_EQUAL, Decimal(0), True, A.Unit.COUNT)
    if not any(x.step is not None and _step_kind(x.step) is A.StepKind.DEFICIT for x in readings):
        return
    for r in list(readings):
        # 每年不少于2次,全年未开展的不得分,开展次数不足的每少1次扣0.5分: beside steps short of the
        # requirement, a failing of the act itself (未开展, not 未达到) is none at all, not < 2
        c = r.condition
        if not (r.negative and r.per is None and r.step is None and c is not None and c.unit is A.Unit.COUNT
                and c.low is None and c.high is not None and not c.high.inclusive and _act_not_done(r)):
            continue
        if r.zero:
            for x in readings:  # (the steps keep the requirement the failing was read against)
                if x.step is not None and _step_kind(x.step) is A.StepKind.DEFICIT and x.required is None:
                    x.required = c.high.value
            r.condition = _one_sided(_EQUAL, Decimal(0), True, A.Unit.COUNT)
            last_step = max(i for i, x in enumerate(readings)
                            if x.step is not None and _step_kind(x.step) is A.StepKind.DEFICIT)
            if readings.index(r) < last_step:  # (read with the steps, as when it follows them)
                readings.remove(r)
                readings.insert(last_step, r)
        elif r.deduct is not None:
            raise _Reject(error(
                "E202", f"“{r.stmt.text.strip('，,;；。 ')}”和后面按少的次数扣分,一次也没有时是两处都扣,"
                        "还是只扣这一处,句子没有说清", r.stmt.span,
                hint="只扣这一处的,写成两行规则并注明;两处都扣的,去掉这一处,把扣分写进每少1次扣…"))


def _counted_from_one(r: Reading) -> bool:
    """破获毒品案件5起以上的得2分: points for a count from some number up, given once."""
    c = r.condition
    if c is None and r.target is not None and r.target >= 1 and r.award is not None and r.per is None:
        return r.step is None  # 各街道配备5名专职人员(3分): the number required, its points
    return (c is not None and c.unit is A.Unit.COUNT and r.award is not None and r.per is None
            and c.low is not None and c.low.value >= 1 and c.high is None)


def _names_the_counted_act(r: Reading, tier: Reading) -> bool:
    """未破获毒品案件的 after 破获毒品案件5起以上的: the words 未 denies are the act the tier counts,
    written before its number, which names no other act beside it (建立…制度并召开1次会议: 未建立 is
    no count of meetings)."""
    number = next((p for p in tier.stmt.phrases if isinstance(p, (A.Compare, A.Range, A.Amount))), None)
    if number is None:
        return False
    act = _denied(r).strip(",，;；。 的者")
    named = to_simplified(tier.stmt.text[:number.span.start - tier.stmt.span.start])
    if len(act) < 2 or terminal_regex("ACTS_JOINED").search(named) or terminal_regex("MET_AGAIN").fullmatch(act):
        return False
    # (配备5名专职人员: the thing counted may follow its number; 未配备人员 names the act and it)
    counted = to_simplified(re.split(r"[(（,，;；]", tier.stmt.text[number.span.start - tier.stmt.span.start:])[0])
    return _in_order(act, named) or (_in_order(act, named + counted) and _in_order(act[:2], named))


def _denies_what_was_required(r: Reading, before: list[Reading]) -> bool:
    """未召开的 after 每年召开全体会议不少于2次: the act required, not done at all, or the requirement in
    a word or two (未达标的); 未制定整顿方案的, 因处置不当引发群体性事件的 after 按季度报送… name a
    failing of its own, never a count of 0."""
    neg = next((p for p in r.stmt.phrases if _marker(p, A.Marker.NEG)), None)
    if neg is None:
        return False
    act = "".join(p.text for p in r.stmt.phrases if isinstance(p, A.Text) and p.span.start >= neg.span.end)
    act = act.strip(",，;；。 的")
    if len(act) <= 3 or terminal_regex("MET_AGAIN").fullmatch(to_simplified(act)):
        return True  # (未达标的, 不投稿, 达不到要求的: the requirement, in other words)
    return _in_order(act, "".join(x.stmt.text for x in before))


def _act_not_done(r: Reading) -> bool:
    """未开展的, 未召开的: the requirement's act not done at all (not 未达到的, 达不到要求的)."""
    neg = [p for p in r.stmt.phrases if _marker(p, A.Marker.NEG)]
    if not neg:
        return False
    outcome = next((p for p in r.stmt.phrases if _is_outcome(p) and p.span.start >= neg[-1].span.end), None)
    if outcome is None:
        return False
    stmt = r.stmt.whole or r.stmt
    words = stmt.text[neg[-1].span.end - stmt.span.start:outcome.span.start - stmt.span.start]
    words = terminal_regex("DE").sub("", to_simplified(words)).strip(" \t\u3000,，")  # (未召开的,扣1分)
    return bool(words) and not re.search(r"[,，;；。]", words) and not terminal_regex("MET_AGAIN").fullmatch(words)


def _beyond_the_bound_before(readings: list[Reading]) -> None:
    """控制在200吨以内的得3分,超出部分每10吨扣0.5分: what is above the bound the statement before
    names, counted in steps of it (read alone, every 10 of the whole 200 were taken off)."""
    for before, r in zip(readings, readings[1:]):
        c = before.condition
        if not (c is not None and c.low is None and c.high is not None and before.gives and before.per is None
                and r.per is not None and r.step is None and r.condition is None and r.deduct is not None):
            continue
        stmt = r.stmt.whole or r.stmt
        per = next((p for p in r.stmt.phrases if isinstance(p, A.Per)), None)
        bound = next((p for p in before.stmt.phrases if isinstance(p, A.Compare) and id(p) in before.used), None)
        if per is None or bound is None or not terminal_regex("BEYOND_AFTER").match(
                to_simplified(stmt.text[r.stmt.span.start - stmt.span.start:per.span.start - stmt.span.start])):
            continue
        step = _step_above(r.stmt.phrases, [id(per)], bound.quantity, r.per)
        if step is not None:
            r.step, r.per = A.Step(A.StepKind.EXCESS, step, per.span), None
            r.used.add(id(per))


def _steps_once_past(readings: list[Reading]) -> None:
    """10起以上的计2分,达到10起后每增加1起加0.2分 / 达到20起的得2分,超过20起的,每增加5起: the
    threshold said again before the steps is where they start, as in 达到10起的计2分,每增加1起加0.2分
    (read as a range of its own, it overlapped the tier's)."""
    for before, r in zip(readings, readings[1:]):
        c, own = before.condition, r.condition
        if not (c is not None and own is not None and c.low is not None and c.high is None and own.high is None
                and own.low is not None and own.low.value == c.low.value and own.unit is c.unit
                and r.step is not None and _step_kind(r.step) is A.StepKind.EXCESS and before.step is None
                and before.gives):
            continue
        said = next((p for p in r.stmt.phrases if isinstance(p, A.Compare) and p.span.end <= r.step.span.start
                     and p.quantity.value == own.low.value), None)
        stmt = r.stmt.whole or r.stmt
        between = to_simplified(stmt.text[said.span.end - stmt.span.start:r.step.span.start - stmt.span.start]
                                ) if said is not None else ""
        # (达到10起后, or 超过20起的, a clause of its own before the steps)
        if said is None or not (terminal_regex("ONCE_PAST").match(between) or _apart(r.stmt, said, r.step)):
            continue
        r.condition = None
        r.used.add(id(said))


def _steps_below_the_mark(readings: list[Reading]) -> None:
    """达到70%的得5分,低于70%的每低1个百分点扣1分: the mark said again before the steps down is where
    they start, as in 达到70%的得5分,每低1个百分点扣1分 (read as a tier of its own, the steps went
    below 0: 60% scored -5)."""
    for before, r in zip(readings, readings[1:]):
        c, own = before.condition, r.condition
        if not (c is not None and own is not None and c.low is not None and c.high is None and own.low is None
                and own.high is not None and own.high.value == c.low.value and own.high.inclusive != c.low.inclusive
                and own.unit is c.unit and r.step is not None and _step_kind(r.step) is A.StepKind.SHORT
                and before.step is None and before.award is not None and r.deduct is not None):
            continue
        # (<95%的每降低1%: a sign compares as a word does)
        said = next((p for p in r.stmt.phrases if isinstance(getattr(p, "quantity", None), A.Quantity)
                     and p.span.end <= r.step.span.start and p.quantity.value == own.high.value), None)
        if said is None:
            continue
        r.condition = None
        r.used.add(id(said))


def _free_below_the_first_step(readings: list[Reading]) -> None:
    """5名以内(含)的不扣分,超过5名的,超出部分每名扣0.2分 / 每低5个百分点扣0.5分,不足5个百分点的不扣分:
    nothing taken below where the deductions start says nothing more (read apart, it was a waiver
    of a value of its own)."""
    for r in list(readings):
        c = r.condition
        if not (r.deduct is not None and r.deduct.value == 0 and not r.zero and c is not None
                and c.low is None and c.high is not None and r.step is None and r.per is None):
            continue
        at = readings.index(r)
        for s in readings[max(at - 1, 0):at + 2]:
            if s is r or s.deduct is None or s.deduct.value <= 0:
                continue
            own = s.condition
            # (the steps beyond the same bound, or whole steps of what is below one step)
            beyond = (own is not None and own.unit is c.unit and own.low is not None and own.high is None
                      and own.low.value == c.high.value and own.low.inclusive != c.high.inclusive and s.per is not None)
            short = (s.step is not None and _step_kind(s.step) is A.StepKind.SHORT and not c.high.inclusive
                     and s.step.step.unit is c.unit and s.step.step.value == c.high.value)
            if beyond or short:
                s.used.update(id(p) for p in r.stmt.phrases)
                readings.remove(r)
                break


def _steps_next_to_their_requirement(readings: list[Reading]) -> None:
    """每年调研指导不少于4次(1分)。未建立联系点制度扣1分,调研指导每少1次扣0.5分: the steps short of
    the requirement, with yes/nos of other things between, are read beside it (read apart, the 1 was
    lost at one short and the visits held were asked twice: held, and missing)."""
    for r in list(readings):
        if (r.step is None or _step_kind(r.step) is not A.StepKind.DEFICIT or r.condition is not None
                or r.required is not None or r.per is not None):
            continue
        at = next(i for i, x in enumerate(readings) if x is r)
        for back in range(at - 1, -1, -1):
            h = readings[back]
            if h.step is None and h.per is None and h.condition is None and (h.deduct is not None or h.zero):
                continue  # (未建立联系点制度扣1分: a yes/no of another thing, between)
            cond = h.condition
            if (back < at - 1 and cond is not None and cond.unit is A.Unit.COUNT and cond.low is not None
                    and cond.high is None and h.award is not None and h.step is None and h.per is None
                    and _counter_at(h, cond) == r.step.step.word):
                readings.insert(back + 1, readings.pop(at))
            break


def _the_rest_of_the_tiers(readings: list[Reading]) -> None:
    """达到90%以上的得2分,其余得1分 / 在85%至93%之间的得2分,其他情况得1分: the rest of the tiers
    of points before is their other answer, as 否则 is (read apart, a yes/no of its own: 95% answered
    yes scored both). The rest of deductions (3个以上的扣2分,其余扣1分) may or may not hold 0."""
    for last, r in zip(readings, readings[1:]):
        given_alone = r.condition is None and r.per is None and r.step is None and r.rank is None
        tiered = last.condition is not None and last.rank is None and last.per is None and last.step is None
        if (r.rest and r.award is not None and r.deduct is None and last.award is not None and given_alone
                and tiered and _same_breath(last.stmt)):
            r.otherwise = r.negative = True


def _no_full_steps_as_records(readings: list[Reading]) -> None:
    """每迟到满5分钟扣0.1分: each full 5 minutes, or each late arrival of 5 minutes or more? (read as
    the second: 17 minutes late lost 0.1, not 0.3.) Refused; 每次迟到满5分钟的 stays each record."""
    for r in readings:
        phrases = r.stmt.phrases
        for k, p in enumerate(phrases):
            if not (isinstance(p, A.Per) and p.quantity is None and not p.word):
                continue
            bound = next((q for q in phrases[k + 1:] if isinstance(q, A.Compare)), None)
            if (bound is not None and bound.quantity.duration and not _marker(phrases[-2], A.Marker.DE)
                    and to_simplified(_shown(r.stmt, bound)).startswith("满")):
                said = _shown(r.stmt, bound)
                raise _Reject(error(
                    "E202", f"“每…{said}”是每{said[1:]}扣一次,还是每次达到{said[1:]}扣一次,句子没有说清",
                    bound.span, hint=f"逐步计的写成 每{said[1:]}扣…分(值为合计的时长);"
                                     f"按次计的写成 每次…{said}的扣…分"))


def _no_steps_past_a_deduction_tier(readings: list[Reading]) -> None:
    """逾期3天以内的扣1分,超过3天的每天扣0.5分: past the tier, each day beyond it or every day, and the 1
    taken too? (read as two values, 4 days late lost 0.5, less than 3 days' 1). Refused."""
    for tier, steps in zip(readings, readings[1:]):
        c, own = tier.condition, steps.condition
        if (tier.deduct is not None and tier.deduct.value > 0 and tier.step is None and tier.per is None
                and c is not None and c.high is not None and (c.low is None or c.low.value == 0)
                and steps.deduct is not None and (steps.step is not None or steps.per is not None)
                and own is not None and own.low is not None and own.high is None
                and own.unit is c.unit and own.low.value == c.high.value):
            raise _Reject(error(
                "E202", f"“{steps.stmt.text.strip('，,;；。 ')}”是只扣超出的部分,还是全部都扣;"
                        f"“{tier.stmt.text.strip('，,;；。 ')}”的分还扣不扣,句子没有说清",
                steps.stmt.span, hint="写成分档,例如 逾期1天的扣1分,逾期2天的扣1.5分,逾期3天以上的扣2分"))


def _named_before(r: Reading, end: int, *strip: str, number: A.Quantity | None = None) -> str:
    """What a statement names before `end` (an offset in its file): its Han words, with the words of
    the terminals `strip` taken out, in that order, and then the `number` the text ends with."""
    said = to_simplified(r.stmt.text[:end - r.stmt.span.start])
    for name in strip:
        said = terminal_regex(name).sub("", said)
    if number is not None:
        digits = to_simplified(r.stmt.text[number.span.start - r.stmt.span.start:number.span.end - r.stmt.span.start])
        said = said[:len(said) - len(digits)] if said.endswith(digits) else said
    return _han(said)


def _no_other_kind_as_a_limit(first: Reading, others: list[Reading]) -> None:
    """迟到每次扣0.2分,旷工1次的不得分: a bound on another kind of thing, counted in the same word, read as
    a limit of the count (one late arrival lost the item). Refused."""
    words = _han(to_simplified(first.stmt.text))
    for r in others:
        bound = next((p for p in r.stmt.phrases if isinstance(p, (A.Compare, A.Amount))
                      and p.quantity.unit is A.Unit.COUNT), None)
        if bound is None:
            continue
        # (全年迟到超过5次的, 累计缺席3次以上, 发生3起以上的: the same thing, in all)
        # (漏报2次以上的: the words inside the comparison too, before its number; 达到5处的, 超过3人以上的:
        # the comparing words name nothing)
        # (the comparing words' lookaheads need the number after them)
        named = _named_before(r, bound.quantity.span.end, "GE_PRE", "GT_PRE", "LE_PRE", "LT_PRE", "EQ_PRE",
                              "RANGE_REACHED", "SUM_SCOPE", "YEAR_TOTAL", "ANY_EVENT", number=bound.quantity)
        past = re.split("[的,，]", to_simplified(r.stmt.text[bound.span.end - r.stmt.span.start:]))[0]
        # (被市级以上通报批评1次扣1分,受到通报2次以上的: the same thing in other words; 较大事故 beside
        # 一般事故: another kind, how grave it was said)
        graver = _graver(named, words)
        if (len(named) >= 2 and not _han(terminal_regex("AND_ABOVE").sub("", past))
                and (graver or (named[0] not in words  # (缺员3人以上 after 每缺1人: the same want)
                                and not any(named[i:i + 2] in words for i in range(len(named) - 1))))):
            raise _Reject(error(
                "E202", f"“{r.stmt.text.strip('，,;；。 ')}”数的“{named}”和“{first.stmt.text.strip('，,;；。 ')}”"
                        "数的不是同一件事,一个值读不出两样", r.stmt.span,
                hint=f"把两件事分开写,例如 把“{r.stmt.text.strip('，,;；。 ')}”写成单独一行规则"))


def _no_limit_of_one_listed(readings: list[Reading]) -> None:
    """迟到、早退每次扣0.5分,迟到超过3次的不得分: one count of both kinds, and a limit of one of them
    (the value holds both: 2 and 2 read as 4, past the 3). Refused."""
    listed: list[Reading] = []  # the counts of several kinds so far
    for r in readings:
        bound = next((p for p in r.stmt.phrases if isinstance(p, A.Compare)), None)
        if r.per is not None and "、" in r.lead:
            listed.append(r)
        if r.condition is None or r.condition.unit is not A.Unit.COUNT or r.per is not None or bound is None:
            continue
        # (其中迟到累计超过3次的: the kind named, the sum's words aside)
        named = _named_before(r, bound.span.start, "SUM_SCOPE", "OF_WHICH_SAID")
        for prev in listed:
            kinds = [_han(k) for k in to_simplified(prev.lead).split("、")]
            if named and any(k.startswith(named) for k in kinds):
                raise _Reject(error(
                    "E202", f"“{r.stmt.text.strip('，,;；。 ')}”只数“{named}”,前面“{prev.lead.strip()}”数的是几种的合计,"
                            "一个值读不出其中一种", r.stmt.span,
                    hint="把几种分开写,例如 迟到每次扣0.5分,早退每次扣0.5分,迟到超过3次的不得分"))


def _no_step_past_an_allowance(readings: list[Reading]) -> None:
    """迟到不得超过3次,超过1次扣0.5分: each one past the 3 allowed, said as a step of one? (read as one
    range, 1 to 3: 5 late arrivals lost nothing, 2 lost 0.5). Refused."""
    for r in readings:
        phrases = r.stmt.phrases
        bounds = [i for i, p in enumerate(phrases) if isinstance(p, A.Compare)]
        if len(bounds) < 2:
            continue
        allowed, step = phrases[bounds[0]], phrases[bounds[1]]
        if (any(_marker(p, A.Marker.NEG) for p in phrases[:bounds[0]]) and allowed.words == step.words
                and step.quantity.unit is allowed.quantity.unit and step.quantity.value < allowed.quantity.value):
            raise _Reject(error(
                "E202", f"“{_shown(r.stmt, step)}”是超出“{_shown(r.stmt, allowed)}”以后每{_shown(r.stmt, step)[2:]},"
                        "还是一共这么多,句子没有说清", step.span,
                hint=f"写成 {_shown(r.stmt, allowed)}的,每{_shown(r.stmt, step)}扣…分"))


def _no_second_rate_of_the_same_time(readings: list[Reading]) -> None:
    """迟报1天扣0.5分,此后每迟报1天加扣0.2分 / 逾期1天扣0.5分,每多1天加扣0.5分: the first day at one
    rate, the days after at another (read as two counts of all the days: 3 days lost 2.1, not 0.9).
    Refused."""
    after = terminal_regex("THEREAFTER")
    for a, b in zip(readings, readings[1:]):
        # (迟报1次扣0.5分,第3次起每次扣1分: from the third on, the first two at the first rate)
        opening = to_simplified(b.stmt.text).strip(" ,，")
        nth = terminal_regex("NTH_TIME").match(opening) is not None
        if (a.step is None and a.per is None) or a.condition is not None or (b.condition is not None and not nth):
            continue
        # (迟报1次扣0.5分,此后每次加扣0.2分 / 迟报1天扣0.5分,此后每天扣0.2分 / 迟到1次扣0.5分,以后每次扣1分:
        # the rest said to come after)
        later = ((a.step is None or a.step.kind is A.StepKind.LATE) and (b.per is not None or b.step is not None)
                 and (after.match(opening) is not None or nth))
        # (迟报1天扣3分,迟报2天扣10分: tiers, no 每)
        again = (a.step is not None and b.step is not None and b.step.each and a.step.step.duration
                 and b.step.step.duration and a.step.kind in (A.StepKind.LATE, A.StepKind.EXCESS)
                 and b.step.kind in (A.StepKind.LATE, A.StepKind.EXCESS)
                 and _unit_word(a.step.step.word) == _unit_word(b.step.step.word))
        if later or again:
            word = a.step.step.word if a.step is not None else _counted_word(a) or "次"
            raise _Reject(error(
                "E202", f"“{b.stmt.text.strip('，,;；。 ')}”和“{a.stmt.text.strip('，,;；。 ')}”数的是同一个数量,"
                        f"第1{word}和之后各{word}怎样计分,句子没有说清", b.stmt.span,
                hint=f"写成分档,例如 1{word}的扣…分,2{word}的扣…分,3{word}以上的扣…分"))


def _no_size_of_each_read_once(readings: list[Reading]) -> None:
    """每开展1次活动加0.2分,参加人数超过100人的加0.5分: each activity that large, or once for a number of
    all? (read as one number past 100, once: 4 events of 1200 took 0.5, not 2). Refused; 每次 says each."""
    for prev, r in zip(readings, readings[1:]):
        if not (prev.per is not None and prev.step is None and prev.condition is None and r.condition is not None
                and _same_breath(prev.stmt)
                and r.condition.unit is A.Unit.COUNT and r.per is None and r.step is None and not r.zero
                and (r.award is not None or r.deduct is not None) and not r.listed):
            continue
        size, counted = _counter_at(r, r.condition), _counted_word(prev)
        if size and counted and _other_things(size, counted):
            raise _Reject(error(
                "E202", f"“{r.stmt.text.strip('，,;；。 ')}”是前面数的每一{counted}各计,还是只计一次,句子没有说清",
                r.stmt.span, hint=f"每一{counted}各计的写成 …的每{counted}{'扣' if r.deduct is not None else '加'}"
                                  f"{plain(abs(r.signed_points))}分;只计一次的写成另一行规则"))


def _no_rungs_added(readings: list[Reading]) -> None:
    """达到行业优秀值的得5分,达到行业良好值的得4分 / 完成奋斗目标的得5分,完成基本目标的得3分: rungs of one
    ladder said as yes/nos, the higher holding the lower (read as two awards: the best scored 9). Refused."""
    rung, on_top, above = (terminal_regex(name) for name in ("RUNG_NAME", "ON_TOP", "AND_ABOVE"))
    # (按时完成的得2分,提前完成的另加1分: on top, said so)
    # (内控评价达到优秀等次的加2分,达到良好以上等次的加1分: levels of one value, read so)
    levels = terminal_regex("LEVEL_SUFFIX")
    awards = [r for r in readings if r.award is not None and r.condition is None and r.per is None
              and r.step is None and not r.negative and not on_top.search(to_simplified(r.stmt.text))
              and not levels.search(to_simplified(r.lead))]
    for a, b in zip(awards, awards[1:]):
        # (主体信用评级达到AAA级的 / 达到AA级以上的: the words before the rungs may differ at their start)
        x, y = (re.sub(r"[\s,，;；。、的]", "", above.sub("", to_simplified(r.lead))) for r in (a, b))
        one, two = (next(reversed(list(rung.finditer(s))), None) for s in (x, y))
        if one is None or two is None or one.group(0) == two.group(0) or x[one.end():] != y[two.end():]:
            continue
        # (考核结果为“较好”,得20分;…为“一般”,得15分: grades named, not rungs reached)
        # (达到行业优秀值的 / 达到良好值的: a qualifier said once is still the same ladder)
        reach = terminal_regex("REACH_VERB")
        reached = all(reach.search(s) for s in (x[:one.start()], y[:two.start()]))
        one, two = one.group(0), two.group(0)
        if reached:
            raise _Reject(error(
                "E202", f"“{a.stmt.text.strip('，,;；。 ')}”和“{b.stmt.text.strip('，,;；。 ')}”像是一个值的几档"
                        "(达到高的一档也就达到了低的),是只取最高的一档,还是各自加分,句子没有说清", b.stmt.span,
                hint=f"只取最高一档的写成档次,例如 评价结果为{one}的得{plain(a.award.value)}分,{two}的得{plain(b.award.value)}分;"
                     "各自加分的写成 …另加…分"))


def _no_sum_of_several_counts(readings: list[Reading]) -> None:
    """事假1天扣0.5分,病假1天扣0.2分,累计超过30天的不得分: a limit on the sum of several counts, which
    one value cannot hold (read as the last count's: 10 and 25 days kept 10 points). Refused."""
    counts: list[Reading] = []  # the counts so far
    for r in readings:
        if r.condition is None and (r.per is not None or r.per_count is not None
                                    or (r.step is not None and r.step.kind is not A.StepKind.SHORT)):
            counts.append(r)
        if (r.condition is None or r.condition.unit is not A.Unit.COUNT
                or not any(_marker(p, A.Marker.SUM_SCOPE) for p in r.stmt.phrases)):
            continue
        scope = next(p for p in r.stmt.phrases if _marker(p, A.Marker.SUM_SCOPE))
        named = _named_before(r, scope.span.start)
        if named and any(named in _han(to_simplified(x.stmt.text)) for x in counts):
            continue  # (…,无故缺勤累计达到3天的: the sum of one of them, named)
        if len({x.lead for x in counts}) > 1:
            raise _Reject(error(
                "E202", f"“{r.stmt.text.strip('，,;；。 ')}”是前面几个数量的合计,一句规则的几个值读不出合计",
                r.stmt.span, hint="把合计写成一个值单独一行,例如 请假累计超过30天的不得分(值为事假、病假天数之和);"
                                  "或写明每一种的上限"))


def _readers(readings: list[Reading], together: tuple = ()) -> list[_Reader]:
    """The statements grouped by the value each group reads; `together`: statements known to read
    one (both met, one or neither; how many parts were not done)."""
    _no_sum_of_several_counts(readings)
    _on_time_within_the_late(readings)
    _no_failing_of_a_bound_in_other_words(readings)
    _no_rungs_added(readings)
    _no_size_of_each_read_once(readings)
    _no_second_rate_of_the_same_time(readings)
    _no_step_past_an_allowance(readings)
    _no_limit_of_one_listed(readings)
    _no_steps_past_a_deduction_tier(readings)
    _nothing_past_the_steps(readings)
    _steps_next_to_their_requirement(readings)
    _the_rest_of_the_tiers(readings)
    _free_below_the_first_step(readings)
    _beyond_the_bound_before(readings)
    _steps_once_past(readings)
    _steps_below_the_mark(readings)
    _none_at_all(readings)
    _rates_as_tiers(readings)
    _per_occurrence_carries(readings)
    _periodic_requirements(readings)
    _level_runs(readings)
    _option_runs(readings)
    _judged_options(readings)
    if not any(r.level is not None for r in readings):
        for breath in _breaths(readings):  # (每次参加得2分;国家级加5分,省级加4分,校级加3分)
            if 1 < len(breath) < len(readings):
                _option_runs(breath)
    _ranges_of_levels(readings)
    _counts_before_steps(readings)
    _count_tiers(readings)
    _change_the_other_way(readings)
    _within_before_tiers(readings)
    _counts_as_thresholds(readings)
    _parts_named_before_each_failing(readings)
    _no_count_of_kinds_as_threshold(readings)
    _no_class_of_water_as_a_count(readings)
    _no_only_so_many_as_each_one(readings)
    readers: list[_Reader] = []
    # (how many parts were not done, found after the passes above have read each statement)
    counted = _failings_counted(readings)
    if counted is not None and not together:
        together = tuple(x for x in counted[:3] if x is not None)
    for n, r in enumerate(readings):
        if any(r is x for x in together):
            # (均完成的得4分,其中一项未完成的得2分,两项均未完成的不得分: one value)
            if r is together[0]:
                readers.append(_Reader(r))
            else:
                readers[-1].readings.append(r)
            continue
        last_statement = n == len(readings) - 1
        # 得1分,没有不得分,…: a bare failing right after an award is its other answer
        # (未研究不计分 names a failing of its own)
        other_answer = (readers and len(readers[-1].readings) == 1 and _same_breath(readers[-1].first.stmt)
                        and ((all(_marker(p, A.Marker.NEG, A.Marker.ZERO, A.Marker.DE) for p in r.stmt.phrases)
                              and _takes(readers[-1], r))
                             # (…不低于…平均工资的得3分,未达到的不得分: not attaining what it asked)
                             or (_bare_failing(r) and _Builder._plain_award(readers[-1].first))))
        if r.rest and r.gives and (len(readers) > 1 or (readers and readers[-1].first.level is not None)):
            # 国家级加5分,省级加3分,其他加1分 / 优秀得5分,良好得3分,其他得1分: the rest of
            # several cases, never a yes/no of its own
            raise _Reject(error(
                "E202", f"“{r.lead.strip()}”是前面几种情形以外的情形,它和前面的分值怎样一起计分,句子没有说清",
                r.stmt.span, hint="同一个值的几档写成 档次,例如 按级别计分: 国家级5分,省级3分,其他1分;"
                                  "或把每种情形分开写成几行规则"))
        # (完成…收入任务的得2分,完成…预算收入任务的得13分,没有完成任务按比例得分: which task? the same)
        if (r.proportional and r.negative and r.condition is None and len(readers) >= 2 and all(
                len(x.readings) == 1 and x.first.award is not None and x.first.per is None and x.first.step is None
                and (x.first.condition is not None or _Builder._plain_award(x.first))
                and _same_breath(x.first.stmt) for x in readers[-2:])):
            # 开工率达到90%得2分,竣工率达到80%得2分,达不到的按实际比例计分: a share below which of
            # them? (read with the last only, 72% of the 90% scored nothing)
            raise _Reject(error("E202", f"“{r.stmt.text.strip('，,;；。 ')}”是对前面哪一项按比例计分,句子没有说清",
                                r.stmt.span, hint="每一项各写一行规则: 开工率达到90%得2分,达不到的按实际比例计分"))
        named = _answer_to_an_earlier(readers, r) if not other_answer else None
        counted = _count_named_earlier(readers, r) if not other_answer and named is None else None
        if named is not None:
            # 制定预案的得2分,预案内容不完善的扣1分,未制定的不得分: the other answer of the first
            # clause, after a failing of another thing (read alone, the 2 was where all started and
            # the first value the failing's)
            named.readings.append(r)
        elif counted is not None:
            counted.readings.append(r)
        elif (r.zero and r.negative and r.condition is None and not last_statement and not other_answer
              and not (r.otherwise and readers)):  # (…的得2分,否则不得分,发生漏报的不得分: the tiers' other answer)
            readers.append(_Reader(r))  # 未研究不计分,只研究不落实扣2.5分: a failing of its own
        elif readers and _heading_over_deductions(readers[-1], readings[n:]):
            # 民政统计工作(3分):迟报一次扣0.2分,漏报一次扣0.5分: a heading's points are where every
            # clause after them starts (taken by the first alone, a limit on both lost them)
            readers.append(_Reader(r))
        elif (readers and len(readers[-1].readings) == 1 and readers[-1].first.answered
              and _Builder._plain_award(readers[-1].first) and not r.otherwise):
            # 建立…的得2分,未建立的不得分;另…每少报1期扣0.2分: the award's other answer was said, so
            # what comes next is a thing of its own (read with it, the 2 was where the count started)
            readers.append(_Reader(r))
        elif readers and (other_answer or _takes(readers[-1], r)):
            readers[-1].readings.append(r)
        else:
            readers.append(_Reader(r))
    _limit_of_one_count(readers)
    _no_tiers_of_one_rate_apart(readers)
    return readers


def _no_tiers_of_one_rate_apart(readers: list[_Reader]) -> None:
    """粮食播种面积完成任务100%以上的得满分,完成95%(含)-100%的扣1分,95%以下的不得分: tiers that take points
    ending where a tier that gives them starts are of the same rate (read as two values, the 扣1分 came
    off 0, and a unit at 100% met both and lost 1)."""
    for a, b in itertools.combinations(readers, 2):
        gives = {r.condition.low.value for r in a.readings
                 if r.condition is not None and (r.award is not None or r.full)
                 and r.condition.unit is A.Unit.PERCENT and r.condition.low is not None}
        takes = next((r for r in b.readings if r.condition is not None and r.deduct is not None
                      and r.condition.unit is A.Unit.PERCENT and r.condition.high is not None
                      and r.condition.high.value in gives), None)
        if takes is not None:
            raise _Reject(error(
                "E202", f"“{takes.stmt.text.strip('，,;；。 ')}”和前面给分的一档像是同一个比率,"
                        "jdscore 把它们读成了两个值", takes.stmt.span,
                hint="同一个比率的几档都写成得几分,例如 完成100%以上的得4分,95%(含)至100%的得3分,95%以下的不得分"))


def _nothing_past_the_steps(readings: list[Reading]) -> None:
    """达到85%以上得5分,每降1个百分点扣0.2分,低于70%得0分: 得0分 after steps is where they stop, as 不得分
    is (read as a tier of 0 of its own, the rate was asked twice and 69% kept 1.8)."""
    for n, r in enumerate(readings):
        if (r.award is not None and r.award.value == 0 and r.condition is not None and not r.negative
                and r.per is None and r.step is None and any(x.step is not None for x in readings[:n])):
            r.zero, r.award = True, None


def _counts_in(r: Reading) -> str:
    """每起, 迟报1次, 每漏报1次: the counter of what a reading counts ("" when it counts nothing)."""
    if r.per is None and r.step is None and r.per_count is None:
        return ""
    return _unit_word(_counted_word(r) or (r.step.step.word if r.step is not None else "")
                      or (r.per_count.quantity.word if r.per_count is not None else ""))


def _counted_act(r: Reading, verbs_kept: bool = False) -> str:
    """迟报 in 迟报1次扣0.1分: the words before what is counted (without 发生, 发现 …, unless kept:
    值班迟到 and 值班脱岗 are two acts)."""
    first = next((p for p in r.stmt.phrases if not isinstance(p, A.Text)
                  and not _marker(p, A.Marker.DE, A.Marker.NEG)), None)
    words = terminal_regex("DE").sub("", to_simplified(r.stmt.text[:first.span.start - r.stmt.span.start]
                                                       if first is not None else ""))
    return re.sub(r"[\s,，;；、]", "", words) if verbs_kept else _what_happened(words)


def _count_named_earlier(readers: list[_Reader], r: Reading) -> _Reader | None:
    """无故缺勤每天扣2分,迟到或早退每次扣0.5分,无故缺勤累计达到3天的,本项不得分: a limit of a count
    named before the count between (read as a third value, the days asked twice): that count's
    reader, where it alone, of those before, counts in the limit's counter and is named in it."""
    if (len(readers) < 2 or not r.zero or r.per is not None or r.step is not None or r.condition is None
            or r.condition.unit is not A.Unit.COUNT):
        return None
    word = _unit_word(_counter_at(r, r.condition))
    said = to_simplified(r.stmt.text)
    alike = [o for o in readers if word and _counts_in(o.first) == word]
    named = [o for o in alike if _act_named(_counted_act(o.first, verbs_kept=True), said)]
    # (值班脱岗每次扣1分,值班迟到每次扣0.3分,值班脱岗累计2次以上的: one of two in its counter, named)
    return named[0] if len(named) == 1 and named[0] is not readers[-1] else None


def _act_named(act: str, said: str) -> bool:
    """Does a limit's text name the act counted (迟报 for 信息迟报: its last two words)?"""
    return bool(act) and (act in said or act[-2:] in said)


def _limit_of_one_count(readers: list[_Reader]) -> None:
    """每起扣0.5分;…曝光的,每起另扣1分;三起以上的本项不得分 / 迟报1次扣0.1分,漏报1次扣0.3分;…累计达到
    五次以上的,本项不得分: a count past which the item is lost, after two counts in its counter, is
    of which (or of their sum)? Read as the last one's, 3 cases with none exposed kept 1.5."""
    for i, reader in enumerate(readers):
        limit = next((x for x in reader.readings[1:] if x.zero and x.per is None and x.step is None
                      and x.condition is not None and x.condition.unit is A.Unit.COUNT), None)
        if limit is None or not _counts_in(reader.first):
            continue
        before = reader.readings[reader.readings.index(limit) - 1]
        word = _unit_word(_counter_at(limit, limit.condition)) or _counts_in(reader.first)
        alike = [o for o in readers[:i + 1] if _counts_in(o.first) == word]
        said = to_simplified(limit.stmt.text)
        named = [o for o in alike if _act_named(_counted_act(o.first), said)]
        # (全年迟报、漏报累计超过6次: the words joined before the count each name a count before it)
        pieces = [w for w in terminal_regex("KIND_JOIN").split(to_simplified(_words_before_the_count(limit)))
                  if w.strip()]
        summed = {id(o) for w in pieces for o in alike if _shares_words(w, o.first.stmt.text, run=2)}
        if len(pieces) > 1 and len(summed) > 1:
            named = [o for o in alike if id(o) in summed]
        # (每发现一次扣2分,发现三次以上的: in the same breath; 无故缺席一次扣2分;全年无故缺席三次以上的: named;
        # 迟报1次扣0.2分,漏报1次扣0.5分,全年迟报、漏报累计超过6次的: two named, in any breath)
        if len(alike) > 1 and (len(named) > 1 or (not _same_breath(before.stmt) and named != [reader])):
            raise _Reject(error(
                "E202", f"“{limit.stmt.text.strip('，,;；。 ')}”数的是前面哪一项的数量(或几项的合计),句子没有说清",
                limit.stmt.span, hint="写明数的是哪一项,例如 发生案件三起以上的,本项不得分;是合计的,另写一行规则"))


# ------------------------------------------------------------------ whole sentences

@dataclass
class _Slot:
    """A fact the sentence reads, before the rule line names it."""

    index: int
    records: bool  # the fact is a list of records (逐条分档)
    text: str      # the words that read it, for messages


def _placeholder(i: int, records: bool, span: Span) -> A.FactRef:
    return A.FactRef(f"#{i}", "#" if records else None, span)


def assemble_rule(facts, clauses, text: str, judged_mode: bool, span: Span, ctx: Context,
                  diagnostics: list[Diagnostic]) -> A.Node | None:
    """The rule a rule line states, or None (with a diagnostic) when it cannot be read.

    `facts` are the rule line's facts; None lets the sentence name them (值, or 值1, 值2 …
    for several; `jdscore try`)."""
    try:
        rule, slots = read_sentence(tuple(clauses), judged_mode, span, ctx, facts)
        return _bind(rule, slots, facts, span)
    except _Reject as reject:
        diagnostics.append(reject.diagnostic)
        return None


def _points_given_in_a_word(clauses) -> tuple:
    """应建已建得分,应建未建不得分 / 经费2000元以上得分,否则不得分: 得分 with no number, before its
    other answer's 不得分, gives the item's points (得满分)."""
    zero_at = next((i for i, c in enumerate(clauses) if any(_marker(p, A.Marker.ZERO) for p in c.phrases)), None)
    if zero_at is None:  # (各市综合得分: the score itself, no award)
        return clauses
    given, by = terminal_regex("POINTS_GIVEN"), terminal_regex("GIVEN_BY")
    out = list(clauses)
    for i, c in enumerate(clauses[:zero_at]):
        last = c.phrases[-1] if c.phrases else None
        if (_marker(last, A.Marker.LOOSE_AWARD) and given.match(_shown(c, last))
                and not any(isinstance(p, A.Text) and by.search(to_simplified(p.text)) for p in c.phrases)):
            out[i] = replace(c, phrases=c.phrases[:-1] + (A.MarkerPhrase(A.Marker.FULL_PTS, last.span),))
    return tuple(out)


def _each_side_limited(clauses) -> tuple:
    """加减分均以3分为限, 加分、减分均不超过3分: 3 on what is added and 3 on what is taken, each apart
    (合计, 相抵: the net, or each side? still refused)."""
    out = list(clauses)
    # 每增减1个百分点加减0.2分,加减分不超过5分: one value stepping either way is above or below, never
    # both, so the net and each side are one limit
    # (每超1个项目加0.1分,每少一个项目扣0.1分,本项加分或扣分不超过3分: above a target or below it, in
    # one counter)
    steps = [(c, p) for c in clauses for p in c.phrases if isinstance(p, A.Step)]

    def counted(c, p) -> str:  # the step's counter and the words after it, to the points (1个项目: 个项目)
        end = next((q.span.start for q in c.phrases if q.span.start >= p.step.span.end and _is_outcome(q)),
                   c.span.start + len(c.text))
        return p.step.word + c.text[p.step.span.end - c.span.start:end - c.span.start].strip()

    either = (len(steps) == 2 and (steps[0][1].step.span == steps[1][1].step.span or (
                  steps[0][1].step.unit is steps[1][1].step.unit and counted(*steps[0]) == counted(*steps[1])))
              and {p.kind for _, p in steps} in ({A.StepKind.EXCESS, A.StepKind.SHORT},
                                                 {A.StepKind.EXCESS, A.StepKind.DEFICIT}))
    for i, c in enumerate(clauses):
        phrases = list(c.phrases)
        for j, p in enumerate(phrases[:-1]):
            limit = phrases[j + 1]
            amount = limit.limit if isinstance(limit, A.CapPhrase) else (
                limit.quantity if isinstance(limit, A.Amount) and limit.quantity.unit is A.Unit.POINTS else None)
            if not (_marker(p, A.Marker.BOTH_CAP_SAID) and amount is not None
                    and (either or terminal_regex("EACH_SIDE").search(to_simplified(_shown(c, p))))):
                continue
            span = _spanning(p.span, limit.span)
            both = (A.CapPhrase(amount, A.CapStyle.LIMIT, False, span, added=True, names_added=True),
                    A.CapPhrase(amount, A.CapStyle.LIMIT, True, span, names_deducted=True))
            out[i] = replace(c, phrases=tuple(phrases[:j]) + both + tuple(phrases[j + 2:]))
            break
    return tuple(out)


def _heading_limits(clauses) -> tuple:
    """依法行政示范单位(加分项,最高加2分):每创建1个省级…加1分,每创建1个市级…加0.5分: a limit in the
    heading's brackets, before its colon, is on all the heading covers; read as the first clause's
    (2.5 at 2 and 1), it is refused where more than one clause scores after it."""
    for c in clauses:
        for p in c.phrases:
            if not (isinstance(p, A.CapPhrase) and re.match(r"[ \t\u3000]*[)）][ \t\u3000]*[:：]",
                                                          c.text[p.span.end - c.span.start:])):
                continue
            after = [q for d in clauses for q in d.phrases if q.span.start > p.span.end and _gives_points(q)]
            if len(after) > 1:
                raise _Reject(error("E202", f"标题里的“{_shown(c, p)}”管冒号后的各句合计,还是只管第一句,jdscore 读不出",
                                    p.span, hint=f"把上限写在句末: …,本项{_shown(c, p)}"))
    return clauses


def _signs_as_points(clauses) -> tuple:
    """健全领导小组的+5分;未发文成立的-2分: points written with their signs, a plus beside a minus, are
    the points given and those taken off them (as 得5分 and 扣2分), not a bonus beside a deduction."""
    def signed(c, p, signs) -> bool:
        return c.text[p.span.start - c.span.start:p.span.start - c.span.start + 1] in signs

    def words(c) -> str:  # the clause's words, not its points (+2分 is no word both share)
        text = c.text
        for p in sorted((p for p in c.phrases if isinstance(p, (A.Award, A.Deduct))), key=lambda p: -p.span.start):
            text = text[:p.span.start - c.span.start] + text[p.span.end - c.span.start:]
        return to_simplified(text)

    plus = [(c, p) for c in clauses for p in c.phrases if isinstance(p, A.Award) and p.bonus]
    minus = [c for c in clauses for p in c.phrases if isinstance(p, A.Deduct) and signed(c, p, "-－")]
    # (获得省级表彰+2分;受到通报批评-2分: a bonus and a penalty of other things, as 加 and 扣 are; the
    # minuses of failings, 未…, 无…, come off the plus)
    if (not plus or not all(signed(c, p, "+＋") for c, p in plus) or not minus
            or not all(any(_marker(p, A.Marker.NEG) or (isinstance(p, A.Step) and p.kind in (
                A.StepKind.DEFICIT, A.StepKind.SHORT, A.StepKind.LATE)) for p in c.phrases) for c in minus)
            # (…of what the plus names: 获评文明单位+2分;未完成任务-2分 are two things, as with 加 and 扣)
            or not all(any(_shared(words(c), words(d)) >= 2 for d, _ in plus) for c in minus)):
        return clauses  # (每少报送1份-1分: a shortfall is a failing too)
    return tuple(replace(c, phrases=tuple(replace(p, bonus=False) if isinstance(p, A.Award) and p.bonus else p
                                          for p in c.phrases)) for c in clauses)


def _places_listed_in_order(clauses) -> tuple:
    """挂课比率按排名依次得8、7.5、7…, 按名次依次计10、8、6分: points listed right after the ranking
    named, one for each place from the first (read as a count of each, twelve values)."""
    out = list(clauses)
    lead = terminal_regex("RANK_LEAD")
    for i, c in enumerate(clauses):
        phrases = c.phrases
        if any(isinstance(p, A.RankPhrase) for p in phrases):
            continue
        for k, p in enumerate(phrases[1:], 1):
            if (isinstance(p, A.Listed) and not p.deduct and not p.spread and isinstance(phrases[k - 1], A.Text)
                    and lead.search(to_simplified(phrases[k - 1].text))):
                last = A.Quantity(Decimal(len(p.values)), A.Unit.COUNT, "名", 1, p.span)
                out[i] = replace(c, phrases=phrases[:k] + (A.RankPhrase(A.RankFrom.TOP, last, True, p.span),)
                                 + phrases[k:])
                break
    return tuple(out)


def _places_moved(clauses) -> tuple:
    """位次较上年后退的,每后退1位扣0.5分: with no place of this assessment in the sentence and a
    comparison with the last one, a step of places counts the places moved (a count), not the
    places below the first (第1名加3分,每后退1位少加0.3分)."""
    if any(isinstance(p, A.RankPhrase) for c in clauses for p in c.phrases) or not any(
            terminal_regex("PLACE_CHANGE").search(to_simplified(c.text)) for c in clauses):
        return clauses
    out = list(clauses)
    for i, c in enumerate(clauses):
        steps = [p for p in c.phrases if _marker(p, A.Marker.RANK_STEP)]
        if len(steps) != 1 or not any(isinstance(p, A.Deduct) for p in c.phrases):
            continue
        word = terminal_regex("PLACES_WORD").search(to_simplified(_shown(c, steps[0])))
        if word is None:
            continue  # (依次递减: no step of places written)
        per = A.Per(None, word.group(0), steps[0].span)
        out[i] = replace(c, phrases=tuple(per if p is steps[0] else p for p in c.phrases))
    return tuple(out)


def _half_of_the_points_before(c: A.Clause, times: list, given, words_before: bool) -> A.Clause | None:
    """按时完成的得4分;逾期完成的,减半计分 / 未建立台账的扣2分,台账不完整的减半扣分: half the points of the
    yes/no just before, for a case of its own named before 减半, in its clause or the one before (read
    with no points, 减半 was refused)."""
    if given is None or len(times) != 1 or not _marker(times[0], A.Marker.HALVED):
        return None
    at = c.phrases.index(times[0])
    case, rest = c.phrases[:at], c.phrases[at + 1:]
    named = (len(case) >= 2 and _marker(case[-1], A.Marker.DE)
             and all(isinstance(p, A.Text) or _marker(p, A.Marker.NEG) for p in case[:-1]))
    # (计分 after 减半: read here as the item's points, later as a loose word; 扣分 after points taken)
    said = (A.Marker.LOOSE_DEDUCT,) if isinstance(given, A.Deduct) else (A.Marker.LOOSE_AWARD, A.Marker.FULL_PTS)
    if not ((named or (not case and words_before)) and all(_marker(p, *said) for p in rest)):
        return None
    points = replace(given.points, value=given.points.value / 2, span=times[0].span)
    half = (A.Deduct(points, None, times[0].span) if isinstance(given, A.Deduct)
            else A.Award(points, None, times[0].span))
    return replace(c, phrases=case + (half,))


def _times_in_brackets_apart(c: A.Clause) -> tuple:
    """每次计1分(其他领导带队的减半计分): the case in brackets right after points per count is a clause of
    its own, counted as the clause before counts (read in one clause, its 减半 was refused)."""
    at = next((k for k, p in enumerate(c.phrases) if isinstance(p, (A.Award, A.Deduct))), None)
    if at is None or at + 2 >= len(c.phrases) or c.span.line != c.span.end_line:
        return (c,)
    opening, closing = c.phrases[at + 1], c.phrases[-1]
    inside = c.phrases[at + 2:-1]
    if not (isinstance(opening, A.Text) and opening.text.lstrip()[:1] in "(（" and isinstance(closing, A.Text)
            and closing.text.strip() in (")", "）") and any(_marker(p, *_TIMES) for p in inside)):
        return (c,)
    words = opening.text.lstrip()[1:]
    start = opening.span.end - len(words)
    first = A.Text(words, _sub_span(c.span, start, opening.span.end)) if words.strip() else None
    head_end = opening.span.start
    head = replace(c, phrases=c.phrases[:at + 1], text=c.text[:head_end - c.span.start],
                   span=_sub_span(c.span, c.span.start, head_end), separator=",")
    case = replace(c, phrases=((first,) if first is not None else ()) + inside,
                   text=c.text[start - c.span.start:closing.span.start - c.span.start],
                   span=_sub_span(c.span, start, closing.span.start))
    return head, case


def _times_the_count_before(clauses) -> tuple:
    """每处扣0.5分;同一问题被重复发现的,加倍扣分 / 整改到位的,每处减半扣分: a case of its own,
    counted as the clause before counts, at twice (half) its points per count. Only after points
    per count and with words that describe the case alone (逾期超过30日的 compares each case: which
    count would that be?); otherwise 加倍 stays unread."""
    clauses = tuple(c for clause in clauses for c in _times_in_brackets_apart(clause))
    out = list(clauses)
    filler = terminal_regex("TIMES_FILLER")
    counted = None  # the Per and points of the last clause that counts per occurrence
    since = False  # a clause since then that is more than words
    # (每项扣0.5分;…每次扣1分;同一问题重复出现的,加倍扣分: twice which? the 0.5 of the 问题, not
    # the 1 just before; with counts at different points before it, 加倍 stays unread)
    amounts = set()
    given = None  # the points of the clause just before, given on a yes/no (按时完成的得4分)
    words_before = False  # the clause just before is a case's words alone (逾期完成的,)
    for i, c in enumerate(clauses):
        outcome = next((p for p in c.phrases if isinstance(p, (A.Award, A.Deduct))), None)
        per = next((p for p in c.phrases if isinstance(p, A.Per)), None)
        if per is None and outcome is not None:  # (一人次扣1分: one of a count, the points each)
            per = next((p for p in c.phrases if isinstance(p, A.Amount) and p.quantity.unit is A.Unit.COUNT
                        and p.quantity.value == 1 and p.quantity.bound is None), None)
        times = [p for p in c.phrases if _marker(p, *_TIMES)]
        if outcome is not None:
            counted, since = ((per, outcome) if per is not None and not any(
                isinstance(p, (A.Step, A.Compare, A.Range)) for p in c.phrases) else None), False
            if counted is not None:
                amounts.add(outcome.points.value)
            # (国家级每篇加2分,省级加1分,合著的减半计分: a level of a count before, not a yes/no's points;
            # read as the 1's half, a national paper co-written scored 0.5)
            given = outcome if (per is None and outcome.high is None and not amounts and all(
                isinstance(p, A.Text) or _marker(p, A.Marker.DE, A.Marker.NEG) or p is outcome for p in c.phrases)) else None
            continue
        halved = _half_of_the_points_before(c, times, given, words_before)
        words_before = bool(c.phrases) and _marker(c.phrases[-1], A.Marker.DE) and all(
            isinstance(p, A.Text) or _marker(p, A.Marker.DE) for p in c.phrases)
        given = given if words_before else None  # (逾期完成的,减半计分: the case in a clause of its own)
        if halved is not None:
            out[i] = halved  # 按时完成的得4分;逾期完成的,减半计分: an option at 2
            continue
        if len(times) != 1 or counted is None or since or len(amounts) > 1:
            since = since or not all(isinstance(p, A.Text) or _marker(p, A.Marker.DE, A.Marker.NEG) for p in c.phrases)
            continue
        at = c.phrases.index(times[0])
        case = c.phrases[:at]
        if (len(case) >= 2 and _marker(case[-1], A.Marker.DE)
                and all(isinstance(p, A.Text) or _marker(p, A.Marker.NEG) for p in case[:-1])):
            case = ()  # (同一问题重复出现的加倍扣分: the case's words, in the same clause)
        rest = [p for p in case + c.phrases[at + 1:] if not isinstance(p, A.Per)
                and not _marker(p, A.Marker.LOOSE_DEDUCT, A.Marker.LOOSE_AWARD)]
        if any(not isinstance(p, A.Text) or (p.text.strip() and not filler.match(to_simplified(p.text))) for p in rest):
            continue
        (per, before), mark = counted, times[0]
        if terminal_regex("SCORE_HALVED").search(to_simplified(c.text[:mark.span.start - c.span.start])):
            continue  # (…;未按时完成的,得分减半: the score halved, not each count's points; unread, refused)
        said = next((p for p in c.phrases if _marker(p, A.Marker.LOOSE_DEDUCT, A.Marker.LOOSE_AWARD)), None)
        if said is not None and _marker(said, A.Marker.LOOSE_DEDUCT) != isinstance(before, A.Deduct):
            continue  # (…每项加1分;…的,减半扣分: taken, or given? as unread as before)
        points = replace(before.points, value=before.points.value * _TIMES[mark.marker], span=mark.span)
        outcome = (A.Deduct(points, None, mark.span) if isinstance(before, A.Deduct)
                   else A.Award(points, None, mark.span, bonus=before.bonus))
        own = next((p for p in c.phrases if isinstance(p, A.Per)), None)
        out[i] = replace(c, phrases=(own or replace(per, span=mark.span), outcome))
    return tuple(out)


def _each_counted_as(clauses) -> tuple:
    """每项按照120分计算: after a 每 and with no points of its own, 按…分计算 is what each one
    counts as (超过100分,按100分计算, with no 每, stays a limit)."""
    out = list(clauses)
    for i, c in enumerate(clauses):
        for k, p in enumerate(c.phrases):
            if (isinstance(p, A.CapPhrase) and p.style is A.CapStyle.AS
                    and any(isinstance(q, A.Per) for q in c.phrases[:k])
                    and not any(_is_outcome(q) for q in c.phrases)
                    and not terminal_regex("SCALE_WORD").search(to_simplified(c.text))):
                award = A.Award(p.limit, None, p.span)
                out[i] = replace(c, phrases=c.phrases[:k] + (award,) + c.phrases[k + 1:])
    return tuple(out)


def _no_exemption_from_the_failing(r: Reading, before: list[Reading]) -> None:
    """出现违法用地情况的不得分,能及时制止、查处的,可不扣分: nothing taken, after a failing, for the
    cases of it said in a condition of their own (…的): an exemption the value of the failing
    cannot say (passed over, a unit that stopped it in time lost the 20). (事假扣1分,病假不扣分:
    another kind, no condition, says only that it takes nothing.)"""
    prev = before[-1] if before else None
    # (每件扣0.2分(经核实…不合理的不扣分): in brackets, a note on what is counted, shown with the count)
    noted = prev is not None and prev.per is not None and re.search(r"[)）][ \t\u3000]*$", r.stmt.text) is not None
    # (整改到位后不予扣分: a condition said by 后, as by 的; 但…的不扣分: an exception, whatever its words)
    conditional = (any(_marker(p, A.Marker.DE) for p in r.stmt.phrases)
                   or terminal_regex("WAIVER_WHEN").search(to_simplified(r.lead)) is not None)
    but = terminal_regex("BUT_SAID").match(to_simplified(r.stmt.text).lstrip(" \t\u3000,，")) is not None
    # (每缺1人扣1分: a count of those missing, with no requirement: some of them waived)
    missing = (prev is not None and prev.step is not None and _step_kind(prev.step) is A.StepKind.DEFICIT
               and prev.target is None and prev.required is None and prev.condition is None)
    if (prev is not None and (prev.is_deduction or prev.zero) and (prev.step is None or missing) and not noted
            and conditional and not r.otherwise and not r.rest
            # (每迟到1次扣0.5分,因公迟到的不扣分: some of what is counted; 未发现的不扣分 is none of it)
            and (but or ((prev.per is not None or missing) and not r.negative)
                 or not _shares_words(_failing_words(prev), r.stmt.text, run=2))):
        raise _Reject(error(
            "E202", f"“{r.stmt.text.strip('，,;；。 ')}”是前面扣分的例外,读前面的值时读不出这种例外",
            r.stmt.span, hint="把例外写进扣分的条件,例如 出现违法用地且未能及时制止、查处的,不得分"))


def _no_exemption_beside_deductions(readings: list[Reading]) -> None:
    """…每件扣2分。未有承办人大建议工作任务的得27分: points for a unit with nothing to do, beside
    deductions, are the points the deductions come off, not an award of their own (read as one, a
    unit with tasks and no failing scored 0)."""
    if not any(r.is_deduction for r in readings):
        return
    for r in readings:
        if r.award is not None and r.per is None and r.step is None and terminal_regex("NO_TASK").search(
                to_simplified(r.lead)):
            raise _Reject(error(
                "E202", f"“{r.stmt.text.strip('，,;；。 ')}”是没有这项工作时的得分,jdscore 读不出这种免考",
                r.stmt.span, hint="没有这项工作的单位不会被扣分;删去这一句,给分组写上分值,扣分从分值中扣除"))


def _no_award_taken_back_beside_a_deduction(readings: list[Reading]) -> None:
    """被评为优秀的加1分,但…发生较大以上安全事故的,不予加分并扣3分: the award is taken back and 3 more
    taken (read as the 3 alone, the unit kept the 1)."""
    for i, r in enumerate(readings[:-1]):
        nxt = readings[i + 1]
        if (i and any(isinstance(p, A.Deduct) and p.nothing_added for p in r.stmt.phrases)
                and nxt.deduct is not None and nxt.deduct.value > 0 and len(nxt.lead.strip(" ，,、")) <= 2
                and any(x.award is not None for x in readings[:i])):
            raise _Reject(error(
                "E202", f"“{r.stmt.text.strip('，,;；。 ')}{nxt.stmt.text.strip('，,;；。 ')}”取消前面的加分又另扣分,"
                        "jdscore 读不出这种取消",
                r.stmt.span, hint="发生这种情况的单位,填值时把加分的一项填为“否”(或0);扣分写成单独一句"))


def _nothing_taken_for_a_requirement_met(readings: list[Reading]) -> None:
    """编制不少于2人,内部调剂的扣1分: at least 2 is the requirement; points taken when it is met read
    as a tier (2 staff lost the point, 1 kept it). A count to reach before a deduction is written
    达到3次的, 3次以上的; 不少于, 至少 and 不低于 ask for it."""
    for r in readings:
        if (not r.is_deduction or r.veto or r.condition is None or r.condition.low is None
                or r.condition.high is not None or r.per is not None or r.step is not None or r.negative
                or r.deduct is not None and r.deduct.value == 0 and any(x.step is not None for x in readings)):
            continue  # (不低于95%的不扣分,每低1个百分点…: nothing taken where the steps below start)
        if any(isinstance(p, A.Compare) and p.demand and id(p) in r.used for p in r.stmt.phrases):
            raise _Reject(error(
                "E202", f"“{r.stmt.text.strip('，,;；。 ')}”中的“不少于/至少/不低于”是要求,达到要求却扣分,读不通",
                r.stmt.span, hint="扣分的是没达到的情况,写成 不足2人的扣1分;要求之外另有扣分的,分成两句写"))


def _met_said_again(r: Reading, nxt: Reading | None) -> bool:
    """全年开展检查4次(2分),完成的得2分: a requirement with its points in brackets, then 完成的 (达到的,
    符合要求的) with the same points: the requirement's award, said again."""
    return (nxt is not None and r.award is not None and nxt.award is not None and r.award.value == nxt.award.value
            and (r.condition is not None or r.target is not None) and r.per is None and r.step is None
            and r.stmt.text.rstrip(" \t\u3000,，;；。").endswith((")", "）"))
            and nxt.condition is None and nxt.per is None and nxt.step is None and not nxt.added
            and terminal_regex("MET_AGAIN").fullmatch(to_simplified(nxt.lead).strip(" \t\u3000,，:：")) is not None)


def _grader_named_before_levels(readings: list[Reading]) -> tuple[list[Reading], set]:
    """办理质量由考核组综合评定,分为优、良、中、差四档,分别得10、8、6、3分: who grades, then the
    levels and their points: one level, no amount judged beside it (read as both, two values)."""
    first, rest = (readings[0], readings[1:]) if readings else (None, [])
    if (first is None or not rest or first.judged != "either" or first.signed_points is not None
            or first.high is not None or first.condition is not None or first.per is not None or first.step is not None):
        return readings, set()
    # (考核结果为优秀的, A等: a level at the end of the words, or a letter's)
    level = re.compile(f"(?:{terminal_regex('LEVEL_WORD').pattern}|{terminal_regex('GRADE_LETTER').pattern})$")

    def levelled(r: Reading) -> bool:
        words = to_simplified(r.lead).strip(" \t\u3000,，;；:：、")
        if terminal_regex("CASE_END").fullmatch(words[-1:]):
            words = words[:-1]  # (优秀的得10分)
        # (不合格得0分, 差的不得分: a level scoring nothing)
        return r.listed is not None or ((r.award is not None or r.zero) and level.search(words) is not None)

    if all(levelled(r) and not r.judged for r in rest):
        return rest, {id(p) for p in first.stmt.phrases}
    if all(r.judged for r in rest):
        # 由考评组根据抽查情况评定,酌情扣1-2分 / 由考评组评定,酌情给分: who judges, then the amount judged
        # (read as two, added)
        return rest, {id(p) for p in first.stmt.phrases}
    return readings, set()


def _each_award_said_again(readings: list[Reading]) -> set:
    """有计划、有总结各得1分,缺一项扣1分: the awards for each one listed, then one step short of them
    with the same points: what each missing one does not earn, said again (read as both, a unit
    missing one scored 1 − 1). The steps to drop, by id."""
    said = set()
    for each, short in zip(readings, readings[1:]):
        if (each.each is not None and not each.each.deduct and each.per is None and each.step is None
                and short.step is not None and short.step.kind is A.StepKind.DEFICIT and short.step.step.value == 1
                and short.deduct is not None and short.deduct.value == each.each.points.value
                and short.condition is None and short.required is None and short.per is None):
            said.add(id(short))
    return said


def _zero_tiers_alone(readings: list[Reading]) -> None:
    """合格率低于60%的得0分, 每处扣1分;有五处以上的,得0分: where nothing in the sentence earns
    points, a condition's 0 points are the item's 0 (as 不得分), not a tier's award of nothing
    (read as a tier, the item kept its full points below 60%)."""
    first = readings[0] if readings else None
    if (first is not None and first.otherwise and first.award is not None and first.award.value == 0
            and first.per is None and first.step is None):
        # 教案节数必须达到规定课时要求,否则记0分: the other answer of a requirement with no points
        # of its own is the item's nothing (read as 0 given, the requirement cost nothing)
        first.award, first.zero = None, True
    item = terminal_regex("ITEM_SAID")
    for r in readings:
        given = next((p for p in r.stmt.phrases if isinstance(p, A.Award)), None)
        if (given is not None and r.award is not None and r.award.value == 0 and r.condition is not None
                and r.per is None and r.step is None and not r.otherwise and re.search(
                    f"(?:{item.pattern})[ \t\u3000]*$", to_simplified(r.stmt.text[:given.span.start - r.stmt.span.start]))):
            # 达到要求的计10分,签订率未达100%的该项计0分: the item named, its 0 is the item's (read as a
            # tier's 0 beside the 10, a unit at 99% kept the 10)
            r.award, r.zero = None, True
    if any(r.judged or (r.award is not None and r.award.value > 0) or r.full for r in readings):
        return
    for r in readings:
        if (r.award is not None and r.award.value == 0 and r.condition is not None and r.per is None
                and r.step is None and not r.otherwise):
            r.award, r.zero = None, True


def _full_before_steps(readings: list[Reading], ctx: Context) -> None:
    """安排经费20万元的得满分,每少1万元减0.5分: 得满分 at a number of its own, before steps, is the
    item's points written out, where the steps start. Steps that add past them (达到100%得满分,
    每超1个百分点加1分) could never add anything: refused, never capped in silence; and so could a
    bonus said with 加 (…完成任务的得5分;…增长的另加1分 in an item of 5: it never counted at full
    marks)."""
    if ctx.item_points is None:
        return
    steps = any(r.step is not None for r in readings)
    stepping = next((x for x in readings if x.step is not None and x.award is not None and not x.bare), None)
    adding = stepping or next((x for x in readings if x.added and x.award is not None and x.award.value > 0
                               and not x.bare), None)
    if not steps and adding is None:
        return
    for r in readings:
        if (adding is not None and adding is not r and r.per is not None and r.award is not None and any(
                isinstance(c, A.CapPhrase) and not c.on_deductions and c.limit.value >= ctx.item_points
                for c in r.stmt.caps)):
            # 每开展1次得0.5分,最高得2分;获得省级以上表彰的每项加1分 in an item of 2: the counted part
            # reaches the item's points alone
            raise _past_full_marks(adding, ctx)
        # (引进项目1个的得4分,…每多引进1个加1分: the count the steps count from, read as such later)
        count_before = (stepping is not None and stepping.step.kind is A.StepKind.EXCESS and r.per_count is not None
                        and r.award is not None and r.condition is None
                        and stepping.step.step.unit is r.per_count.quantity.unit)
        # (落实到位的得1分;…受到表彰的每人次加0.5分 in an item of 1: a yes/no at the item's points, then a
        # bonus the item's points capped in silence)
        numbered = (r.target is not None or r.condition is not None or r.rate is not None or _task_met(r)
                    or count_before or (_asks_a_yes_no(r) and adding is not None and adding.added
                                        and any(_marker(p, A.Marker.DE) for p in r.stmt.phrases)))
        if (r is adding or not numbered or r.deduct is not None or r.step is not None
                or (r.per is not None and not count_before)):
            continue
        if r.full and r.award is None and steps:
            phrase = next(p for p in r.stmt.phrases if _marker(p, A.Marker.FULL_PTS))
            r.award = A.Quantity(ctx.item_points, A.Unit.POINTS, "分", 1, phrase.span)
            r.full = False
        if adding is not None and r.award is not None and r.award.value >= ctx.item_points:
            raise _past_full_marks(adding, ctx)


def _past_full_marks(adding: Reading, ctx: Context) -> _Reject:
    return _Reject(error(
        "E202", f"“{adding.stmt.text.strip('，,;；。 ')}”在得满分之后加分,但本项最多{plain(ctx.item_points)}分,"
                "加分不会起作用", adding.stmt.span,
        hint="超出本项分值的加分请写成加分项(加分项 { … },最高分写在那里),或给本项写上更高的分值"))


def _bounds_said(clauses, ctx: Context) -> Context:
    """5%以下的得2分,10%以下的得1分(以下不含本数): the sentence's own note on its 以上/以下 comes
    before the rubric's 边界 line (it was passed over as a note: 5% scored 2)."""
    text = to_simplified(_text_of(clauses))
    note = terminal_regex("BOUNDS_SAID").search(text)
    if note is None:
        return ctx
    said = []
    for piece in terminal_regex("BOUND_SAID").finditer(note.group(0)):
        inclusive = terminal_regex("EXCLUDE").search(piece.group(0)) is None
        if terminal_regex("GE_POST").match(piece.group(0)):
            said.append((A.CmpWord.GE_POST, inclusive))
        elif terminal_regex("LE_POST").match(piece.group(0)):
            said.append((A.CmpWord.LE_POST, inclusive))
        else:  # (…,不含本数: every 以上 and 以下 of the sentence)
            said.extend([(A.CmpWord.GE_POST, inclusive), (A.CmpWord.LE_POST, inclusive)])
    before = ctx.convention.inclusive if ctx.convention is not None else ()
    kept = tuple(pair for pair in before if pair[0] not in {w for w, _ in said})
    span = ctx.convention.span if ctx.convention is not None else clauses[0].span
    return replace(ctx, convention=A.Convention(tuple(said) + kept, note.group(0), span))


def _read_in_order(statements, ctx: Context) -> list[Reading]:
    """Each statement in turn; a denied deed counted (未完成1项扣1分) tells the statements after it
    that the same words with a comparison count what was undone too."""
    readings = []
    for stmt in statements:
        readings.append(read_statement(stmt, ctx))
        counted = {to_simplified(neg.word + words.text.strip())
                   for neg, words, count in zip(stmt.phrases, stmt.phrases[1:], stmt.phrases[2:])
                   if _marker(neg, A.Marker.NEG) and isinstance(words, A.Text) and isinstance(count, (A.Amount, A.Per))}
        if counted - ctx.failings_counted:
            ctx = replace(ctx, failings_counted=ctx.failings_counted | counted)
    return readings


def read_sentence(clauses, judged_mode, span, ctx, facts=None) -> tuple[A.Node, list[_Slot]]:
    _no_score_line_in_brackets(clauses)
    _no_escalating_deductions(clauses)
    clauses = _shares_of_the_item(_points_printed_after_their_clause(_range_cells_joined(
        _grade_named_before_its_points(_requirement_after_a_limit(clauses)))), ctx)
    clauses = _heading_limits(_places_moved(_places_listed_in_order(_signs_as_points(_times_the_count_before(_each_counted_as(_points_given_in_a_word(clauses)))))))
    clauses = _floor_above_zero(_each_side_limited(clauses), ctx)
    ctx = _bounds_said(clauses, ctx)
    _nothing_of_one_period(clauses)
    split = split_statements(clauses)
    readings = _none_of_the_cases_first(_share_keeps_its_lower_end(
        _share_and_its_limit(_read_in_order(split.statements, ctx))),
                                        ctx.item_points)
    readings, passed_over = _grader_named_before_levels(readings)
    readings, left_out = _first_ones_left_out(readings)
    passed_over |= left_out
    again = _each_award_said_again(readings)
    passed_over |= {id(p) for r in readings if id(r) in again for p in r.stmt.phrases}
    readings = [r for r in readings if id(r) not in again]
    _zero_tiers_alone(readings)
    _no_exemption_beside_deductions(readings)
    _no_award_taken_back_beside_a_deduction(readings)
    _nothing_taken_for_a_requirement_met(readings)
    for r in readings:
        _level_in_the_range(r)
        _standard_in_brackets(r)
    _no_parts_of_points_beside_deductions(readings)
    readings, restated = _failings_restating_requirements(readings)
    restated |= passed_over
    points_said = ctx.item_points
    readings, ctx, heading = _heading_is_full_points(readings, ctx)
    restated |= heading
    _full_before_steps(readings, ctx)
    _counts_after_a_periodic_condition(readings)
    _no_allowance_of_each_period(readings)
    _no_share_beyond_before_the_task(readings)
    _bare_points_per_count(readings, split, ctx)
    _no_counted_part_priced_again(readings)
    _no_count_of_failings_joined_by_or(readings)
    _no_graver_case_added(readings)
    _no_points_without_a_case(readings)
    _no_given_limit_on_deductions(clauses, readings)
    _no_lateness_of_the_counted_read_once(readings)
    _no_run_beside_a_count(readings)
    _no_whole_beside_rate_tiers(readings)
    _no_award_depending_on_another(readings)
    _no_award_for_each_member(readings)
    _no_occurrence_deemed(readings)
    _the_first_time_once(readings)
    _counted_in_a_unit(clauses, readings)
    _none_done_inside_a_tier(readings)
    _bare_points_for_a_failing(readings, ctx)
    _only_points_of_a_case(readings, ctx)
    _points_for_a_failing_alone(readings, ctx)
    _requirement_beside_a_threshold(readings)
    _joint_standards_of_steps(readings)
    slots: list[_Slot] = []

    def slot(text: str, records: bool = False) -> A.FactRef:
        slots.append(_Slot(len(slots), records, text))
        if facts is not None and len(slots) <= len(facts):
            return facts[len(slots) - 1]  # the rule line names it: no placeholder to replace
        return _placeholder(len(slots) - 1, records, span)

    if ctx.target:
        fact = slot(_text_of(clauses))
        return _requirement(fact, clauses, span, ctx), slots
    other = next((r for r in readings if r.veto and r.otherwise), None)
    if other is not None:
        # 确保不发生较大以上事故,否则实行一票否决: the veto falls on the other answer (read as the
        # requirement's own: the unit that met it was vetoed); 未发生…的得满分,否则实行一票否决 lost it
        raise _Reject(error(
            "E202", "一票否决写在“否则”(“反之”)之后,落在没有做到的情形上,jdscore 读不出这种反说", other.stmt.span,
            hint="把否决的情形正面写出来,例如 发生较大以上事故的,实行一票否决"))
    _off_the_total(clauses, readings, ctx)
    _no_halves_beside_wholes(clauses)
    _no_rate_points_off_a_task(readings)
    _no_fall_steps_beside_levels_of_change(readings)
    _no_period_of_years(readings)
    _no_points_each_said_twice(readings)
    _no_judged_below_tiers(readings)
    _no_some_below_tiers(readings)
    _no_deduction_tier_over_the_whole(readings)
    _no_bound_after_the_thing_counted(readings)
    _no_failings_counted_beside_the_whole_rate(readings)
    _no_excess_counted_again(readings)
    _no_frequencies_as_awards(readings)
    _no_requirement_after_a_deduction(readings)
    _no_change_required_read_as_steps(readings)
    _no_deduction_tier_below_steps(readings)
    _no_standard_of_points_without_each(readings)
    _no_share_below_beside_steps_above(readings)
    _no_time_limits_as_awards(readings)
    _no_several_requirements_one_step(clauses, readings)
    _no_size_of_the_unit_before_a_duty(readings)
    _no_money_in_an_item_of_points(clauses, ctx)
    barred = terminal_regex("GRADE_BARRED").search(to_simplified(_text_of(clauses)))
    if barred is not None and any(r.veto for r in readings):
        # 发生较大以上事故的,实行一票否决,年度考核不得评为优秀等次: the veto bars one grade (read as the
        # lowest grade and the item's points lost)
        raise _Reject(error(
            "E202", f"一票否决之后写的是“{barred.group()}…”:否决的只是某个等次,不是定为最低等次;jdscore 读不出这种否决",
            span, hint="定为最低等次的只写 实行一票否决;只限制评优的,由考评组在定等次时把握,本行写明扣几分"))
    if ctx.role is not A.Role.VETO and any(r.veto for r in readings):
        readings = _vetoes_among_clauses(readings, span, ctx.item_points)
    vetoed = bool(readings) and all(r.veto for r in readings)
    if ctx.role is not A.Role.VETO and vetoed and (ctx.item_points is not None or any(
            r.zero or (r.signed_points == 0 and not r.per) for r in readings)):
        # 存在弄虚作假行为的,一票否决,本项不得分: the grade, and the item's points too (in an item
        # with points, 实行一票否决 leaves it none)
        fact = slot(_text_of(clauses))
        return A.GroupCap((A.Veto(fact, ctx.veto_grade, span), A.BooleanDeduction(fact, None, span, on_no=False)),
                          None, span), slots
    if ctx.role is A.Role.VETO or vetoed:
        return A.Veto(slot(_text_of(clauses)), ctx.veto_grade, span), slots
    if judged_mode:
        return _judged(slot(_text_of(clauses)), readings, span, ctx, per_occurrence=False, whole=True), slots
    formula = _limited_formula(clauses, span, slot, ctx.item_points)
    if formula is not None:  # 得分=70×实际达标率-63
        best = next(((c, p) for c in clauses for p in c.phrases if _marker(p, A.Marker.BEST_BASE)), None)
        if best is not None:  # (与全县最高人均积分的比值乘以3: the best of all units, never computed)
            raise _unread(*best)
        equals = terminal_regex("SYM_EQ")
        # (…的比重,乘以10分进行加分,S加=…: the formula's own points, said before it in the same breath)
        given = next((r for r in readings if (r.award is not None or r.deduct is not None) and not r.bare
                      and not equals.search(r.stmt.text) and not _same_breath(r.stmt)
                      and r.stmt.span.end <= clauses[-1].span.start), None)
        if given is not None:
            # 纳入员工业绩考核范围,得1分;得分=30分×(1—批退率): a rule of its own before the formula
            # (read as the formula alone, its 1 was lost)
            raise _Reject(error(
                "E202", f"“{given.stmt.text.strip('，,;；。 ')}”和计分公式写在一起,公式算出的是整句的得分,还是另一项",
                given.stmt.span, hint="把公式单独写成一行规则"))
        return formula, slots
    weighted = _weighted_parts(clauses, span, slot) if not readings else None
    if weighted is not None:  # 平时情况打分占60%,实地检查打分占40%
        return weighted, slots
    pairs = _labelled_numbers(clauses) if not readings else None
    if pairs:  # 是4;否0 / 优40良30中20差0: a table cell of levels and their points
        return A.Levels(slot(_text_of(clauses)), pairs, span), slots
    if not readings:
        if terminal_regex("SCORE_NAMED_AS").search(to_simplified(_text_of(clauses))):
            # 完成率低于80%的,得分为完成率乘以分值: the score in words, no points nor formula
            raise _Reject(error(
                "E202", f"“{_text_of(clauses).strip('，,;；。 ')}”用文字说了得分怎样算,jdscore 读不出这种说法", span,
                hint="写成公式,例如 得分=完成率×5分(每个词是一个要填的值);只对一部分单位这样算的,每种情形写成一行规则"))
        money = _money_given(clauses)
        raise _Reject(error(
            "E201", "这句规则没有写分值(如 计1分、扣2分、不得分)", span,
            hint=(f"“{_shown(_clause_of(clauses, money), money)}”是钱数,不是分值;jdscore 只计分,"
                  "奖惩的钱数请另行统计" if money is not None else
                  "原文有分值但没有计分办法: 行首写“评定”(考评组在0到本项分值之间评分);"
                  "原文只提要求、不计分: 行首写“达标”")))
    stepwise = [p for c in clauses for p in c.phrases if _marker(p, A.Marker.STEPWISE)]
    builder = _Builder(ctx, span, slot, facts, stepwise=bool(stepwise))  # 依次递增: whole steps, awards too
    builder.used.update(id(p) for p in stepwise)
    builder.used.update(restated)
    rule = builder.heading_restated(builder.sentence(readings, split))
    if heading and points_said is None and rule_range(rule).high is not None and rule_range(rule).high <= 0:
        # (5分):未发生事故的得满分,每起扣2分 tried alone: the heading's 5 are what the deductions come off
        floored = isinstance(rule, A.Floor)
        rule = A.OwnPoints(rule.rule if floored else rule, ctx.item_points, span)
        rule = A.Floor(rule, span) if floored else rule
    if stepwise:
        rule = _ladder_continued(rule, stepwise[0], _shown(_clause_of(clauses, stepwise[0]), stepwise[0]),
                                 ctx.item_points)
    bound = next((p for c in clauses for p in c.phrases if _marker(p, *_WITHIN_BASE)), None)
    if bound is not None:
        rule = builder.within_base(rule, bound)
    part = next((p for c in clauses for p in c.phrases
                 if _marker(p, A.Marker.PART_AS_STEP, A.Marker.PART_AS_SHARE, A.Marker.PART_ROUNDED)), None)
    if (part is not None and any(isinstance(r, _WHOLE_STEPS) for r in A.scoring_rules(rule))
            and _part_after_steps(clauses, part)):
        # 每少完成1公里扣0.5分,不足1公里的按1公里计算: the deductions count the part left over
        # (only the clause's it follows, beside others: 每10万元扣0.5分,不足10万元的按10万元计)
        share, rounded = _marker(part, A.Marker.PART_AS_SHARE), _marker(part, A.Marker.PART_ROUNDED)
        inner = A.unwrap(rule)
        if isinstance(inner, A.GroupCap) and len(inner.rules) > 1:
            before = [r for r in inner.rules if A.unwrap(r).span.start < part.span.start]
            if before:
                last = max(before, key=lambda r: A.unwrap(r).span.start)
                parts = tuple(_with_inner(r, A.PartSteps(A.unwrap(r), share, part.span, rounded)) if r is last else r
                              for r in inner.rules)
                rule = _with_inner(rule, replace(inner, rules=parts))
        else:
            rule = _with_inner(rule, A.PartSteps(inner, share, part.span, rounded))
        builder.used.add(id(part))
    left_out = next((p for c in clauses for p in c.phrases if _marker(p, A.Marker.PART_LEFT_OUT)), None)
    inner = A.unwrap(rule)
    if left_out is not None and isinstance(inner, A.PerCountAward) and inner.per > 1:
        # 每100家计0.1分,不足100家的部分不计分: 250 earns 0.2 (beside other rules: refused, whose part?)
        rule = _with_inner(rule, replace(inner, whole=True))
        builder.used.add(id(left_out))
    elif left_out is not None and isinstance(inner, A.Excess) and inner.step_points > 0:
        # 超过8%的,每超过1个百分点加0.1分,不足1个百分点的部分不计分: whole points above the 8%
        rule = _with_inner(rule, replace(inner, whole_steps=True))
        builder.used.add(id(left_out))
    share = next((p for c in clauses for p in c.phrases if _marker(p, A.Marker.HALF_OF_ITEM, A.Marker.ITEM_SHARE_CAP)), None)
    if share is not None and ctx.item_points is not None and all(
            not isinstance(r, (A.PerCountAward, A.BooleanAward)) for r in A.scoring_rules(rule)):
        # 每缺一项扣0.5分,最多扣至本项分值的一半: half the item's points at most (an item with none is refused)
        limit = ctx.item_points * _share_of_the_item(_shown(_clause_of(clauses, share), share), share)
        rule = _deductions_capped(rule, limit, share.span)
        builder.used.add(id(share))
    rule, accumulated = _accumulated(rule, clauses)
    builder.used.update(accumulated)
    rule = _floor_counts_the_failing(rule, ctx, clauses)
    rule, not_twice = _not_twice(rule, clauses, slots, builder.given)
    builder.used.update(not_twice)
    builder.used.update(_verbs_said_again(clauses, readings))
    builder.used.update(_whether_answered(readings, named=facts is not None or ctx.named))
    builder.used.update(_also_asked(clauses, readings))
    builder.used.update(_sample_read(clauses, readings))
    if ctx.item_points is not None or any(isinstance(m, A.CapPhrase) and m.style is A.CapStyle.TOTAL
                                          for m in split.modifiers):
        # 累计不超过本项分值: what the item's points (or those printed after it, (2分)) already do
        builder.used.update(id(p) for c in clauses for p in c.phrases if _marker(p, A.Marker.WITHIN_ITEM))
    if ctx.item_points is not None or any((isinstance(n, A.Cap) and not n.on_deductions)
                                          or (isinstance(n, A.GroupCap) and n.limit is not None) for n in rule.walk()):
        # 本项满分3分,超过的不再加分 / 最多加5分,超过的不再加分: what the limit already does
        builder.used.update(id(p) for c in clauses for p in c.phrases if _marker(p, A.Marker.NOTHING_PAST))
    if any(isinstance(n, A.Rank) for n in rule.walk()):
        # 按…排名计分,第1名得10分…: the places read say how
        builder.used.update(id(p) for c in clauses for p in c.phrases if _marker(p, A.Marker.RANK_METHOD))
    if ctx.item_points is None:  # 加分不封顶 where no points cap the item: what it already does
        builder.used.update(id(p) for c in clauses for p in c.phrases if _marker(p, A.Marker.NO_CAP_SAID))
    else:
        _no_limitless_award_in_an_item(clauses, readings)
    rule = _below_zero_said(clauses, rule, ctx, builder.used)
    _no_free_allowance_passed_over(clauses, rule)
    _nothing_unread(clauses, readings, split, builder.used)
    return rule, slots


def _below_zero_said(clauses, rule, ctx: Context, used: set) -> A.Node:
    """倒扣2分, 直至负分, 实行倒扣法: the sentence's deductions run past its item's points (and its
    own), the rest coming off the total. Where the rubric's header already says so, or nothing keeps
    the sentence above 0 (no points of the item, nor of its own), the words say what is done anyway.
    (A级的得2分,…,D级的倒扣1分: tiers of their own, where nothing keeps the item above 0, read as 扣)"""
    said = [p for c in clauses for p in c.phrases
            if (isinstance(p, A.Deduct) and p.below_zero) or _marker(p, A.Marker.NO_FLOOR_SAID)]
    own = ctx.item_points is not None or any(isinstance(n, (A.OwnPoints, A.Floor)) for n in rule.walk())
    used.update(id(p) for p in said)
    if not said or ctx.no_floor or not own:
        return rule
    answer = next((p for p in said if isinstance(p, A.Deduct)), None)
    own_points = next((n for n in rule.walk() if isinstance(n, A.OwnPoints)), None)
    if answer is not None and own_points is not None:
        # 做到得2分,否则倒扣2分: −2 where it is not done (as the writers answer), or 2 less 2? So
        # 按时完成的得5分,每逾期1天倒扣1分 (实行倒扣法 after 4分,发现一次扣3分 counts down from the 4)
        raise _Reject(error(
            "E202", f"“{_shown(_clause_of(clauses, answer), answer)}”是从0分往下扣(得负分),还是从本句的"
            f"{plain(own_points.points)}分中扣去,句子没有说清", answer.span,
            hint="从0分往下扣的,分成两行规则: …的得2分;未…的倒扣2分"))
    if own_points is not None and isinstance(A.unwrap(own_points.rule), A.BooleanDeduction):
        # 落实优惠政策记2分,未落实的扣2分,该项可负分: the yes/no's other answer from the 2 can never
        # go below 0, which the words allow (read so, not done scored 0, not −2)
        raise _Reject(error(
            "E202", f"句子写了可扣成负分,但不符合时是从本句的{plain(own_points.points)}分中扣去,扣不到负分;"
            "是从0分往下扣吗,句子没有说清", said[0].span,
            hint="从0分往下扣的,分成两行规则: …的得2分;未…的扣2分(减分项)"))
    if any(isinstance(n, A.Floor) for n in rule.walk()):
        if answer is not None:  # 每次倒扣2分,扣完为止
            raise _Reject(error(
                "E202", f"“{_shown(_clause_of(clauses, answer), answer)}”可以扣成负分,同一句又写了扣完为止,"
                "两者矛盾", answer.span, hint="删去其中一处:扣到0分为止的,删去倒扣;可扣成负分的,删去扣完为止"))
        # 本项扣完为止,超出部分在总分中倒扣: the item stops at 0 and the rest comes off the total,
        # which adds up to the item below 0
        rule = _without_floor(rule)
    return A.BelowZero(rule, said[0].span)


def _without_floor(rule):
    if isinstance(rule, A.Floor):
        return rule.rule
    if isinstance(rule, (A.Cap, A.OwnPoints, A.PartSteps, A.Peer)):
        return replace(rule, rule=_without_floor(rule.rule))
    return rule


# rules whose deductions count whole steps (a part of one: 不足…按…计算)
def _part_after_steps(clauses, part) -> bool:
    """不足1公里的按1公里计算 right after the steps it speaks of, in their clause or the next (…达到300人次
    以上的得2分,不足300人次的按比例计分 after steps of another clause is a share of its own, not theirs)."""
    at = next(i for i, c in enumerate(clauses) if any(p is part for p in c.phrases))
    near = [p for p in clauses[at].phrases if p.span.start < part.span.start]
    def scores(phrases) -> bool:
        return any(isinstance(p, (A.Award, A.Deduct)) for p in phrases)

    while at and not scores(near) and not any(isinstance(p, (A.Step, A.Per)) for p in near):
        # (每降低1%(不足1%时四舍五入)扣2分: between the step and its points, the step's own)
        at -= 1  # (…扣1分,扣完为止;不足0.2个百分点按照比例计算: past the limit, to the steps)
        near = list(clauses[at].phrases)
    if at and not scores(clauses[at - 1].phrases):
        near += clauses[at - 1].phrases  # (每低于目标值0.2个百分点,扣1分: the step a comma before)
    # (500万元以上的得2分,每增加100万元加0.2分;不足500万元的按比例计分: short of the threshold, not
    # of a step)
    thresholds = {_written_number(_shown(c, p)) for c in clauses for p in c.phrases
                  if isinstance(p, A.Compare) and p.span.start < part.span.start}
    return (any(isinstance(p, (A.Step, A.Per)) for p in near)
            and _written_number(_shown_limit(clauses, part)) not in thresholds)


def _written_number(words: str) -> Decimal:
    """The first number written in the words, with its 万 (每增加100万元: 1000000); one when none is."""
    number = terminal_regex("NUMBER").search(to_simplified(words))
    return Decimal(1) if number is None else Decimal(parse_number(number.group())[0])


# (每修建1公里加1分,不足1公里的按1公里计: the awards per count take the part left over too)
_WHOLE_STEPS = (A.PerCountDeduction, A.DeficitDeduction, A.Shortfall, A.Excess, A.Lateness, A.PerCountAward)

_COUNTING = (A.Step, A.EitherStep, A.Shortfall, A.Excess, A.DeficitDeduction, A.PerCountAward,
             A.PerCountDeduction, A.TieredPerCount)


def _ladder_continued(rule: A.Node, said, words: str, item_points: Decimal | None) -> A.Node:
    """完成目标得10分,完成90%得9分,完成80%得8分,依次类推: with no steps to count, 依次类推
    continues the tiers the way they were written, down the same rungs (70%: 7, …) until the
    points run out, or up them (超额10%至20%加1分,20%至30%加2分,依次类推,最多加5分) until the
    limit. Rungs that are not evenly spaced say no next one, nor does a climb with no limit:
    refused, never cut off after the last one written."""
    tiers = [n for n in rule.walk() if isinstance(n, A.Tiers)]
    if any(isinstance(n, _COUNTING) for n in rule.walk()):
        return rule  # the steps (每3人次扣1分) count whole, which is what it says of them
    if not tiers and any(isinstance(n, A.Rank) and any(t.kind is A.RankFrom.AFTER for t in n.tiers)
                         for n in rule.walk()):
        return rule  # 第1名得10分,第2名得9.5分,以此类推,每下降一个名次减0.5分: the step says how
    if not tiers:  # (第1名得5分,第2名得4.5分,以此类推: places are not rungs it can continue)
        raise _Reject(error("E202", f"“{words}”说按前面的档次继续类推,但这里读不出下一档是什么", said.span,
                            hint="把要类推的各档逐一写出,例如 第4名得3.5分,第5名得3分"))
    def rungs_of(n):
        return [t for t in n.tiers if t.points > 0 and not t.zero and t.interval.low is not None]
    ladders = [n for n in tiers if len(rungs_of(n)) > 1]
    if len(tiers) > 1 and len(ladders) == 1 and all(len(n.tiers) == 1 for n in tiers if n is not ladders[0]):
        # 完成…得30分,超额完成10%加1分,超额完成20%以上加2分,依次类推: the rungs added on top of
        # the task done, not the task's own
        tiers = ladders
    written = [t for n in tiers for t in rungs_of(n)]
    climbing = len(written) > 1 and written[0].interval.low.value < written[1].interval.low.value
    rungs = sorted(written, key=lambda t: t.interval.low.value, reverse=not climbing)
    gaps = {(abs(a.interval.low.value - b.interval.low.value), a.points - b.points) for a, b in zip(rungs, rungs[1:])}
    uneven = error("E202", f"“{words}”说按前面的档次继续类推,但前面各档的间隔或分差不一致,读不出下一档", said.span,
                   hint="把要类推的各档逐一写出,例如 完成70%得7分,完成60%得6分")
    if len(tiers) != 1 or len(rungs) < 2 or len(gaps) != 1:
        raise _Reject(uneven)
    (rate_gap, points_gap), = gaps
    node = tiers[0]
    if climbing:
        return _rewritten(rule, lambda v: _climbed(v, rule, rungs, (rate_gap, -points_gap), said, words, item_points)
                          if v is node else None)
    if min(rate_gap, points_gap) <= 0:
        raise _Reject(uneven)
    added, last = [], rungs[-1]
    low, points = last.interval.low.value - rate_gap, last.points - points_gap
    while points > 0 and low >= 0:
        interval = A.Interval(A.Bound(low, True), A.Bound(low + rate_gap, False), last.interval.unit)
        if any(_overlaps(interval, t.interval) for t in node.tiers):
            break  # (完成50%以下不得分: the document's own end of the ladder)
        added.append(A.Tier(interval, points, words, said.span))
        low, points = low - rate_gap, points - points_gap
    longer = replace(node, tiers=node.tiers + tuple(added))
    return _rewritten(rule, lambda v: longer if v is node else None)


def _climbed(node: A.Tiers, rule: A.Node, rungs: list[A.Tier], gap: tuple, said, words: str,
             item_points: Decimal | None) -> A.Tiers:
    """The rungs of a ladder written upwards, continued up to the limit over them (最多加5分, or
    the item's points), the last one open above."""
    rate_gap, points_gap = gap
    if min(rate_gap, points_gap) <= 0:
        raise _Reject(error("E202", f"“{words}”说按前面的档次继续类推,但前面各档越往上得分越少,读不出下一档",
                            said.span, hint="把要类推的各档逐一写出"))
    limits = [n.limit for n in rule.walk() if isinstance(n, A.Cap) and not n.on_deductions
              and any(m is node for m in n.rule.walk())]
    limits += [n.limit for n in rule.walk() if isinstance(n, A.GroupCap) and n.limit is not None
               and any(m is node for m in n.walk())]
    limit = min(limits) if limits else item_points
    if limit is None:
        raise _Reject(error("E202", f"“{words}”说档次继续往上类推,但没有写最多加(得)几分,读不出到哪一档为止",
                            said.span, hint="写上限,例如 依次类推,最多加5分"))
    top = rungs[-1]
    shape = top.interval
    high_inclusive = shape.high.inclusive if shape.high is not None else False
    kept = [t for t in node.tiers if t is not top]
    low, points = shape.low.value, top.points
    added = []
    while True:
        open_above = points >= limit
        interval = A.Interval(A.Bound(low, shape.low.inclusive),
                              None if open_above else A.Bound(low + rate_gap, high_inclusive), shape.unit)
        tier_words, tier_span = (top.text, top.span) if not added else (words, said.span)
        if added and any(_overlaps(interval, t.interval) for t in kept):
            break  # (50%以上加5分: the document's own top of the ladder)
        added.append(A.Tier(interval, points, tier_words, tier_span))
        if open_above:
            break
        low, points = low + rate_gap, points + points_gap
    return replace(node, tiers=tuple(kept) + tuple(added))


def _overlaps(a: A.Interval, b: A.Interval) -> bool:
    probe = [x.value for x in (a.low, a.high, b.low, b.high) if x is not None]
    # (35以内 and 低于30, both open below, meet only below the 30)
    ends = {min(probe) - 1, max(probe) + 1} if probe else {Decimal(0)}
    points = set(probe) | {(x + y) / 2 for x in probe for y in probe} | ends
    return any(a.contains(x) and b.contains(x) for x in points)


@lru_cache(maxsize=1)
def _formula_tokens() -> re.Pattern:
    """Numbers, operators, brackets, and runs of other words (the values) of a formula."""
    parts = {"num": "ARABIC", "plus": "PLUS", "minus": "FORMULA_MINUS", "times": "TIMES", "div": "DIVIDE",
             "open": "FORMULA_OPEN", "close": "FORMULA_CLOSE"}
    alternatives = [f"(?P<{k}>{terminal_regex(t).pattern})" for k, t in parts.items()]
    # ×10分: points, a number still; /85%: a share
    alternatives[0] += rf"(?:\s*(?:{terminal_regex('FEN').pattern}|{terminal_regex('PERCENT').pattern}))?"
    operators = "|".join(terminal_regex(t).pattern for t in parts.values())
    return re.compile("|".join(alternatives) + rf"|(?P<word>(?:(?!{operators})[^\s])+)|(?P<space>\s+)")


@lru_cache(maxsize=1)
def _number_defined() -> re.Pattern:
    """基础分为10分: a name (group 1) given its number (group 2)."""
    return re.compile(rf"[ \t\u3000]*([\u4e00-\u9fff]{{2,8}}?)[ \t\u3000]*(?:{terminal_regex('DEFINED_AS').pattern})"
                      rf"[ \t\u3000]*({terminal_regex('ARABIC').pattern})[ \t\u3000]*(?:{terminal_regex('FEN').pattern})?[ \t\u3000]*")


def _limited_formula(clauses: list[A.Clause], span: Span, slot, points: Decimal | None) -> A.Node | None:
    """A formula, maybe with a limit or a floor after it in a clause of its own (…×50,最高得50分;
    3分-未整改隐患数×0.1分,最低为0分), and the numbers of its names said apart (按基础分×完成率计分,
    基础分为10分: read as a limit of 10, and 基础分 asked for as a value)."""
    limits, numbers = [], {}
    said = {id(c): _number_defined().fullmatch(c.text) for c in clauses}
    for clause in clauses:
        found = said[id(clause)]
        if found is not None and found.group(1) in _text_of([c for c in clauses if c is not clause]):
            numbers[found.group(1)] = found.group(2)
    clauses = [c for c in clauses if not (said[id(c)] is not None and said[id(c)].group(1) in numbers)]
    while len(clauses) > 1 and not clauses[-1].phrases:  # 。(以质检报告为准): a remark, nothing to read
        clauses = clauses[:-1]
    def a_limit(clause: A.Clause) -> bool:
        return len(clause.phrases) == 1 and (
            (isinstance(clause.phrases[0], A.CapPhrase) and not clause.phrases[0].on_deductions)
            or _marker(clause.phrases[0], A.Marker.FLOOR))

    while len(clauses) > 1 and a_limit(clauses[-1]):
        limits.append(clauses[-1].phrases[0])
        clauses = clauses[:-1]
    while len(clauses) > 1 and a_limit(clauses[0]):  # (满分10分,得分=完成率×10分: the limit said first)
        limits.append(clauses[0].phrases[0])
        clauses = clauses[1:]
    text = _text_of(clauses)
    for name, number in numbers.items():
        text = text.replace(name, number)
    formula = _formula(text, span, slot, points)
    for limit in reversed(limits) if formula is not None else ():
        formula = (A.Cap(formula, limit.limit.value, False, span) if isinstance(limit, A.CapPhrase)
                   else A.Floor(formula, span))
    return formula


def _formula(text: str, span: Span, slot, points: Decimal | None = None) -> A.Node | None:
    """得分=70×实际达标率-63, 标化分=实得的分数除以应得的最高总分×100: a score named, =, and
    an expression of numbers and values; or 按…比例×50计分, maybe for a yes/no and its other
    answer (达到要求的,按…×50计分;未达到要求的,按…×50×0.8计分). Anything else in the sentence and
    it is no formula."""
    # (完成率=实际完成数÷目标任务数×100%: how the rate is worked out, a remark, no formula of the score)
    text = terminal_regex("RATE_DEFINED").sub("", text).strip().rstrip(",，;；。 ")
    lead = terminal_regex("FORMULA_LEAD").match(to_simplified(text))
    if lead is not None and terminal_regex("SYM_EQ").search(text) is None:
        # 计分办法为10×…/…, 计分公式: 完成率×10: the score named before its formula, as 得分=…
        text = "得分=" + text[lead.end():]
    equals = terminal_regex("SYM_EQ")
    named_after = terminal_regex("SCORE_AFTER").search(to_simplified(text))
    if named_after is not None and equals.search(text) is None and named_after.start() > 0:
        # 完成率×5分,即为本项得分: the score named after its formula (as 得分=完成率×5分)
        said, defined = set(), {}
        sides = [text[named_after.start():].strip(" ,，"), text[:named_after.start()]]
    elif equals.search(text) is not None:
        said, text, defined = _formula_after_words(text)
        sides = equals.split(text)
    else:
        return _formula_by(text, span, slot, points) or _share_times_points(text, span, slot, points)
    named = sides[0].strip()
    if len(sides) != 2 or not named or len(named) > (20 if _names_a_score(named) else 8):
        return None  # a long name before = is no score's name, unless it ends as one (…投资额分值)
    if terminal_regex("WHOLE_SCORE").search(to_simplified(sides[0])):
        raise _Reject(error("E201", "这是整份细则总分的公式,不是一项的计分办法", span,
                            hint="写在表头: 总分 = 基础分 + 附加分"))
    if terminal_regex("FORMULA_OF_DEDUCTION").search(to_simplified(named)):
        # 每个火点扣分值=40分÷当地行政村数量: what each fire takes (read as the item's score, a unit
        # with no fires scored 2 of 40)
        raise _Reject(error("E202", f"公式算的是“{named}”,不是本项得分;jdscore 只按算出本项得分的公式计分", span,
                            hint="写成本项得分的公式,例如 得分=分值-火点数×40÷行政村数量"))
    reader = _Expression(span, slot, points, defined)
    node = reader.read(sides[1])
    if node is None or not said <= _constants(node):
        return None  # words before the formula with numbers of their own: not a restatement
    return reader.formula(node)


def _weighted_parts(clauses, span: Span, slot) -> A.Node | None:
    """平时情况打分占60%,实地检查打分占40%: a total made of scores, each times the share the words
    before it name; two parts at least, the shares adding up to 100%, and nothing else in the
    sentence that scores or compares (党员占比30%以上的得2分 is a rate compared)."""
    said, lead = terminal_regex("WEIGHT_SAID"), terminal_regex("WEIGHTED_LEAD")
    parts, before = [], ""
    for clause in clauses:
        before = ""
        for p in clause.phrases:
            if isinstance(p, A.Text):
                before = p.text
                continue
            if (isinstance(p, A.Amount) and p.quantity.unit is A.Unit.PERCENT
                    and (found := said.search(to_simplified(before))) is not None):
                name = terminal_regex("WEIGHT_PARTS_JOIN").split(before[:found.start()])[-1]
                name = lead.sub("", name).strip(" \t\u3000")
                if not name:
                    return None
                parts.append((name, p.quantity.value))
            elif _significant(p):
                return None
            before = ""
    if len(parts) < 2 or sum(w for _, w in parts) != 1 or len({n for n, _ in parts}) != len(parts):
        return None
    reader = _Expression(span, slot)
    node = None
    for name, weight in parts:
        term = A.BinOp("*", reader.value(name, A.FormulaValue.QUANTITY), A.Const(weight, span), span)
        node = term if node is None else A.BinOp("+", node, term, span)
    return reader.formula(node)


def _share_times_points(text: str, span: Span, slot, points: Decimal | None) -> A.Node | None:
    """教师培训完成率×3分计分, 任务完成率×4分: shares named and multiplied, the whole sentence
    (nothing compared or counted beside it; a bare 20分/次 is no formula)."""
    score = terminal_regex("FORMULA_SCORE").pattern
    expr = re.sub(rf"(?:{score})$", "", text).strip()
    # 得分(20分*执行率): the score named before its formula, which may stand in brackets
    # (得分率×10分: the word is a value's name, no score named before the formula)
    named = re.match(rf"(?:{score})(?=[ \t\u3000(（\[［【0-9０-９])[ \t\u3000]*(?:{terminal_regex('FORMULA_OPEN').pattern})?", expr)
    if named is not None and named.end() < len(expr):
        opened = terminal_regex("FORMULA_OPEN").search(named.group()) is not None
        expr = expr[named.end():].strip()
        if opened:
            closing = terminal_regex("FORMULA_CLOSE").search(expr[-1:])
            if closing is None:
                return None
            expr = expr[:-1].strip()
    if re.search(r"[,，;；。:：]", expr):
        return None
    tokens = [(m.lastgroup, m.group()) for m in _formula_tokens().finditer(expr) if m.lastgroup != "space"]
    kinds = {k for k, _ in tokens}
    share = terminal_regex("RATE_WORD")
    if ("times" not in kinds or not kinds <= {"word", "num", "times", "div", "open", "close"}
            or not all(share.search(to_simplified(w[-2:])) for k, w in tokens if k == "word")):
        return None
    reader = _Expression(span, slot, points)
    node = reader.read(expr)
    return reader.formula(node) if node is not None else None


def _names_a_score(name: str) -> bool:
    plain = to_simplified(name)
    return any(m.end() == len(plain) for words in ("FORMULA_SCORE", "POINTS_WORD")
               for m in terminal_regex(words).finditer(plain))


def _formula_after_words(text: str) -> tuple[set, str, dict]:
    """…的比重,乘以10分进行加分,S加=D升/D总×10: the formula in the last clause, the numbers
    the words before it say (they must be the formula's own, said again), and the values it
    names that a clause before defines (产业契合度=新引进产业项目个数/新引进项目数;得分=产业契合度×分值)."""
    clauses = re.split("[,，;；]", text)
    equals = terminal_regex("SYM_EQ")
    if len(clauses) < 2 or equals.search(clauses[-1]) is None:
        return set(), text, {}
    defined, words = {}, []
    for clause in clauses[:-1]:
        sides = equals.split(clause)
        if len(sides) == 2 and 0 < len(sides[0].strip()) <= 12 and sides[1].strip():
            defined[sides[0].strip()] = sides[1].strip()
        else:
            words.append(clause)
    before = terminal_regex("DATE").sub("", "".join(words))  # 2020年 is no number of it
    said = {parse_number(m.group())[0] for m in terminal_regex("ARABIC").finditer(before)}
    return said, clauses[-1], defined


def _constants(node) -> set:
    if isinstance(node, A.Const):
        return {node.value}
    if isinstance(node, A.BinOp):
        return _constants(node.left) | _constants(node.right)
    return set()


def _formula_by(text: str, span: Span, slot, points: Decimal | None = None) -> A.Node | None:
    """按…×50计分, alone or for a yes/no and its other answer (in traditional characters too: the
    words are matched simplified, character for character)."""
    text = to_simplified(text)
    if terminal_regex("FORMULA_BY").search(text) is None:
        return None
    by = terminal_regex("FORMULA_BY").pattern
    calc = terminal_regex("FORMULA_CALC").pattern
    score = f'(?P<score>(?:{calc})?(?:{terminal_regex("FORMULA_SCORE").pattern}))|{calc}'
    de, neg = terminal_regex("DE").pattern, terminal_regex("NEG").pattern
    worked_out = re.compile("|".join(terminal_regex(t).pattern for t in ("DIVIDE", "FORMULA_OPEN")))
    parts = []
    for part in re.split("[;；。]", text):
        m = re.fullmatch(rf"\s*(?:(?P<cond>[^,，]+?){de}[,，]?)?(?:{by})(?P<expr>.+?)(?:{score})\s*", part)
        if m is None or (m.group("score") is None and not worked_out.search(m.group("expr"))):
            return None  # (按完成率×10分计算: a share of the points, read as such; with ÷ or brackets, a formula)
        if re.search(r"分[ \t\u3000]*[/／][ \t\u3000]*[\u4e00-\u9fff]", m.group("expr")):
            return None  # (按0.2分/条计分: points for each one, no division: read as 0.2 ÷ the count)
        parts.append(m)
    if len(parts) > 2 or (len(parts) == 2 and not (
            parts[0].group("cond") and parts[1].group("cond")
            # 未达到要求: the first one's words with a 未 (or 没有, 不 …) put in, its other answer
            and re.sub(neg, "", parts[1].group("cond"), count=1) in parts[0].group("cond")
            and re.search(neg, parts[1].group("cond")) and not re.search(neg, parts[0].group("cond")))):
        return None
    reader = _Expression(span, slot, points)
    holds = None
    if parts[0].group("cond"):  # 达到要求的: a yes/no, read first
        cond = parts[0].group("cond")
        if len(parts) == 1 and any(terminal_regex(name).search(to_simplified(cond))
                                   for name in ("NEG", "BARE_BELOW", "LE_POST")):
            # 完成率未达到85%的 (低于100%的),按实际完成率乘以本项分值计分: and those who reach it? (read as 0; a
            # share of the item, 按50%计分, is read elsewhere with the rest to the other answer)
            return None
        holds = reader.value(cond, A.FormulaValue.YES_NO)
    first = reader.read(parts[0].group("expr"))
    if first is None:
        return None
    if holds is not None:
        other = reader.read(parts[1].group("expr")) if len(parts) == 2 else A.Const(Decimal(0), span)
        if other is None:
            return None
        # yes × first + (1 − yes) × other
        first = A.BinOp("+", A.BinOp("*", holds, first, span),
                        A.BinOp("*", A.BinOp("-", A.Const(Decimal(1), span), holds, span), other, span), span)
    return reader.formula(first)


class _Expression:
    """Reads formulas of numbers, + − × ÷, brackets and the words that name values."""

    def __init__(self, span: Span, slot, points: Decimal | None = None, defined: dict | None = None):
        self.span, self.slot = span, slot
        self.points = points  # the item's points, what 分值 in a formula names
        self.defined = dict(defined or {})  # values the sentence defines by formulas of their own
        self.names: list[str] = []
        self.refs: list[A.FactRef] = []  # the values, in the order the sentence names them
        self.kinds: list[A.FormulaValue] = []

    def value(self, name: str, kind: A.FormulaValue | None = None) -> A.FactRef:
        if name not in self.names:
            self.names.append(name)
            self.refs.append(self.slot(name))
            self.kinds.append(kind or _value_kind(name))
        return self.refs[self.names.index(name)]

    def formula(self, node) -> A.Formula:
        if self.defined:  # a value defined before the formula that the formula never names
            name = next(iter(self.defined))
            raise _Reject(error("E218", f"这里的“{name}={self.defined[name]}”没有读懂", self.span,
                                hint="计分公式里没有用到这个定义;请检查公式里的名称是否与定义一致"))
        return A.Formula(tuple(self.refs), tuple(self.kinds), node, self.span)

    def read(self, text: str):
        """The expression in `text`; None when it names no value or has no operator. Quotation
        marks around it (按“完成率×分值”计分) are no part of its names (“分值” was asked for as a value)."""
        text = re.sub("[\"'“”‘’「」『』]", "", text)
        self.tokens = [(m.lastgroup, m.group()) for m in _formula_tokens().finditer(text) if m.lastgroup != "space"]
        if [k for k, _ in self.tokens[-3:]] == ["open", "word", "close"] and len(self.tokens) > 3 and (
                self.tokens[-4][0] in ("word", "close")
                or self.tokens[-4][0] == "num" and _value_kind(self.tokens[-2][1]) is not A.FormulaValue.SHARE):
            # …×(1—批退率)(以质检报告为准): a closing remark, no value (1.5(达标率) multiplies a share)
            self.tokens = self.tokens[:-3]
        kinds = {k for k, _ in self.tokens}
        if "word" not in kinds or not kinds & {"plus", "minus", "times", "div"}:
            return None
        node, end = self.expr(0)
        if end != len(self.tokens):
            self.misplaced(self.tokens[end][1])
        return node

    def misplaced(self, word: str):
        raise _Reject(error("E201", f"公式里的“{word}”放错了位置", self.span, hint="例如 得分=70×实际达标率-63"))

    def expr(self, i: int):
        return self._chain(i, {"plus": "+", "minus": "-"}, self.term)

    def term(self, i: int):
        return self._chain(i, {"times": "*", "div": "/"}, self.juxtaposed)

    def juxtaposed(self, i: int):
        """A number, times a bracket right after it: 40-1.5(75%-达标率)×100. (A bracket after a
        bracket is a remark, (1—批退率)(以质检报告为准), never a product.)"""
        node, i = self.factor(i)
        while i < len(self.tokens) and self.tokens[i][0] == "open" and self.tokens[i - 1][0] == "num":
            right, i = self.factor(i)
            node = A.BinOp("*", node, right, self.span)
        return node, i

    def _chain(self, i: int, ops: dict, operand):
        """operand (op operand)*, left to right: one level of precedence."""
        node, i = operand(i)
        while i < len(self.tokens) and self.tokens[i][0] in ops:
            right, j = operand(i + 1)
            node, i = A.BinOp(ops[self.tokens[i][0]], node, right, self.span), j
        return node, i

    def factor(self, i: int):
        if i >= len(self.tokens):
            raise _Reject(error("E201", "公式在运算符后面缺了数字或数值", self.span, hint="例如 得分=70×实际达标率-63"))
        kind, word = self.tokens[i]
        if kind == "num":
            number = parse_number(terminal_regex("ARABIC").match(word).group())[0]
            if terminal_regex("PERCENT").search(word):
                number /= 100  # /85%: a share
            return A.Const(number, self.span), i + 1
        if kind == "minus":
            node, j = self.factor(i + 1)
            return A.BinOp("-", A.Const(Decimal(0), self.span), node, self.span), j
        if kind == "open":
            node, j = self.expr(i + 1)
            if j >= len(self.tokens) or self.tokens[j][0] != "close":
                raise _Reject(error("E201", "公式里的括号没有配对", self.span))
            return node, j + 1
        if kind == "word" and word in self.defined:  # 产业契合度=…;得分=产业契合度×分值
            tokens = self.tokens  # (read() reads the definition's own tokens)
            inner = self.read(self.defined.pop(word))
            self.tokens = tokens
            if inner is None:
                self.misplaced(word)
            return inner, i + 1
        if kind == "word" and terminal_regex("POINTS_WORD").fullmatch(to_simplified(word)):
            if self.points is None:  # 得分=完成率×分值: the item's points, which are not known
                raise _Reject(error("E201", f"公式里的“{word}”是本项的分值,所在分组没有写分值", self.span,
                                    hint="给分组写上分值,例如 项目 \"…\" 20分 { … }"))
            return A.Const(self.points, self.span), i + 1
        stop = re.search("[,，;；。]", word) if kind == "word" else None
        if stop is not None:
            # …+附加分,以上情况均扣分: the words after a comma are no part of the value's name (read so,
            # the clause after it was passed over)
            self.misplaced(word[stop.start():])
        if kind == "word":
            return self.value(word), i + 1
        self.misplaced(word)


def _value_kind(name: str) -> A.FormulaValue:
    # (满意度调查得分 is a score, 满意度 a share)
    share = re.search(f"(?:{terminal_regex('RATE_WORD').pattern})$", to_simplified(name).strip())
    return A.FormulaValue.SHARE if share else A.FormulaValue.QUANTITY


def _labelled_numbers(clauses) -> tuple[tuple[str, Decimal], ...] | None:
    """记录全3;记录不全1;无0 / 年级教学建议落实度分别得分:优40良30中20差0: nothing but short
    labels each followed by a bare number (after a heading ending in a colon): the levels of a
    table cell and their points. Anything else in the sentence and it is not one."""
    pairs: list[tuple[str, Decimal]] = []
    for clause in clauses:
        found = _cell_pairs(clause, first=not pairs)
        if found is None:
            return None
        pairs += found
    words = [w for w, _ in pairs]
    if len(pairs) < 2 or len(set(words)) != len(words):
        return None
    return tuple(pairs)


def _cell_pairs(clause, first: bool = True) -> list[tuple[str, Decimal]] | None:
    """The (label, number) pairs of one clause of a table cell's levels (优40良30); None when the
    clause says anything else. `first`: the clause that may start with a heading and a colon."""
    pairs: list[tuple[str, Decimal]] = []
    label_start = 0
    for p in clause.phrases:
        if isinstance(p, A.Amount):
            if p.quantity.unit is not A.Unit.NONE or p.quantity.bound is not None:
                return None
            label = clause.text[label_start:p.span.start - clause.span.start]
            label = re.split(r"[:：\s]", label)[-1] if first and not pairs else label.strip()
            if not label or len(label) > 6 or (pairs and re.search(r"[:：]", label)):
                return None
            pairs.append((label, p.quantity.value))
            label_start = p.span.end - clause.span.start
        elif not (isinstance(p, A.Text) or _marker(p, A.Marker.NEG, A.Marker.DE)):
            return None
    if clause.text[label_start:].strip():
        return None  # words after the last number
    return pairs


def _no_award_depending_on_another(readings: list[Reading]) -> None:
    """达到80%的得2分,同时开展培训不少于2次的再加1分 / 在此基础上,…的再加1分: points only when
    the clause before holds too, which two values read apart cannot say: refused (steps from what
    the clause before gives, 在此基础上每增加1%加1分, are read as steps)."""
    for r in readings[1:]:
        # (…;同时PM2.5未达标的再扣1分: a failing of its own, taken besides, as writers mean it)
        if (r.award is not None and r.step is None and r.per is None
                and terminal_regex("DEPENDS_ON").match(to_simplified(r.stmt.text))):
            raise _Reject(error(
                "E202", f"“{r.stmt.text.strip('，,;；。 ')}”要在前一句成立时才给分,分开读的两个值说不出这一点",
                r.stmt.span, hint="把两个条件写进一句: 持证上岗率达到80%且开展培训不少于2次的得3分,"
                                  "只达到80%的得2分"))


def _counted_in_a_unit(clauses, readings: list[Reading]) -> None:
    """迟到、早退扣0.5分,缺席扣1分。以人为单位: the points are for each person (read as yes/no, a unit
    with three late lost 0.5); the clause that says so is read, never passed over."""
    said = [c for c in clauses if terminal_regex("COUNTED_IN").match(to_simplified(c.text))]
    if not said:
        return
    for r in readings:
        if (r.per is None and r.step is None and r.condition is None and r.signed_points
                and r.listed is None and r.each is None and r.rank is None and r.level is None):
            r.per = Decimal(1)
    for c in said:
        for r in readings:
            r.used.update(id(p) for p in c.phrases)


def _none_done_inside_a_tier(readings: list[Reading]) -> None:
    """开展活动少于4次的扣1分,未开展的扣2分: none done is fewer than 4 too; read as both, a unit
    that held none lost 3. Refused: the sentence does not say whether the lesser loss goes."""
    for i, r in enumerate(readings):
        if not (r.per is None and r.step is None and r.condition is None and r.deduct is not None
                and not r.zero and _none_or_the_other_way(r)):
            continue
        tier = next((t for t in readings[:i] if t.condition is not None and t.condition.unit is A.Unit.COUNT
                     and t.condition.contains(Decimal(0)) and t.deduct is not None), None)
        # (未开展的扣2分,开展不足2次的扣1分 / 未签订责任书的扣1分,签订率低于90%的扣0.5分: the tier
        # after, of the same act, takes in none too)
        nxt = readings[i + 1] if i + 1 < len(readings) else None
        if tier is None and nxt is not None and nxt.condition is not None and nxt.deduct is not None and (
                nxt.condition.unit in (A.Unit.COUNT, A.Unit.PERCENT) and nxt.condition.contains(Decimal(0))):
            neg = next((p for p in r.stmt.phrases if _marker(p, A.Marker.NEG)), None)
            act = _han(to_simplified(r.stmt.text[neg.span.end - r.stmt.span.start:]))[:2] \
                if neg is not None else ""
            tier = nxt if len(act) == 2 and act in to_simplified(nxt.lead) else None
        if tier is not None:
            raise _Reject(error(
                "E202", f"“{r.stmt.text.strip('，,;；。 ')}”也在“{tier.stmt.text.strip('，,;；。 ')}”之内:"
                        "两处都扣,还是只扣这一处,句子没有说清", r.stmt.span,
                hint="只扣这一处的,把那一档写成不含0的范围(如 开展1至3次的扣1分);"
                     f"两处都扣的,写成 …另扣{plain(r.deduct.value)}分"))


def _the_first_time_once(readings: list[Reading]) -> None:
    """新会员第一次参加骑行活动记3分: the first time happens once; its 一次 is no unit of counting
    (read so, two rides earned 6). 第一次扣1分,第二次扣2分 are tiers of the times, as before."""
    nth = terminal_regex("NTH_TIME")
    said = [r for r in readings if nth.search(to_simplified(r.stmt.text))]
    if len(said) != 1:
        return
    r = said[0]
    count = r.per_count
    if (r.per is None or count is None or r.step is not None or r.condition is not None
            or not nth.match(to_simplified(r.stmt.text[max(0, count.span.start - r.stmt.span.start - 1):
                                                       count.span.end - r.stmt.span.start]))):
        return
    r.per, r.per_count = None, None


def _no_occurrence_deemed(readings: list[Reading]) -> None:
    """迟到或早退超过30分钟视为旷工半天,旷工半天扣3分: the number says how one occurrence is counted
    (as half a day absent), not a tier of the unit's (read as 超过30 扣3分 once, the half-days absent
    for any other cause were dropped). Refused; 完成率达到95%以上视为完成任务,得5分 deems no count
    and stays a tier."""
    counted = terminal_regex("DEEMED_COUNT")
    for r in readings:
        start = r.stmt.span.start
        for p in r.stmt.phrases:
            if isinstance(p, (A.Compare, A.Range)) and counted.match(to_simplified(r.stmt.text[p.span.end - start:])):
                raise _Reject(error(
                    "E202", f"“{_shown(r.stmt, p)}”说的是每一次怎样折算,不是被考评单位的一档,一行规则读不出这种折算",
                    p.span, hint="按折算后的数量计分,例如 旷工半天扣3分(迟到超过30分钟的按旷工半天计入),"
                                 "并在说明里写明折算办法"))


def _no_graver_case_added(readings: list[Reading]) -> None:
    """未按时完成的扣1分,未按时完成且被上级通报的扣2分: the second case holds the first, so a unit in it
    loses 2 in all, or 3? (read as two yes/no, it lost 3; 有应急预案得1分,有预案且开展演练得2分 gave 3).
    Refused, with the cases written apart (并 joins them as 且 does: 建立制度并有效运行的)."""
    also = terminal_regex("ACTS_JOINED")
    yes_nos = [r for r in readings if (r.deduct is not None or r.zero or r.award is not None) and r.per is None
               and r.step is None and r.condition is None and not r.joint]
    # (未开展培训且未建立台账的,扣2分;未开展培训或未建立台账的,扣1分: the graver case first, the same)
    pairs = [pair for x, r in itertools.combinations(yes_nos, 2) for pair in ((x, r), (r, x))]
    for x, r in pairs:
        if (x.award is None) != (r.award is None):
            continue  # (有预案得1分,有预案且开展演练得2分 likewise: both given, or both taken)
        said = to_simplified(x.lead).strip(" \t\u3000,，;；。").removesuffix("的")
        rest = to_simplified(r.lead).strip(" \t\u3000,，;；。")
        joined = also.search(rest)
        before = rest[:joined.start()] if joined is not None else ""
        # (未按时完成且被通报的 after 未按时完成年度普法任务的: its words again, shorter, then 且)
        added = _han(rest[joined.end():])[:3] if joined is not None else ""
        neg, at = terminal_regex("FAILING_NEG"), said.find(added) if len(added) == 3 else -1
        # (…未被院里扣分的…;…并被院里扣分的: the added case denied in the first, so too)
        denied = at > 0 and not neg.match(added) and neg.search(said[max(0, at - 2):at]) is not None
        if (len(before) >= 3 and (before in said or _in_order(before, said))
                and not terminal_regex("BUT_SAID").search(said)  # (…但未被通报的: the other case left out)
                and not denied):
            verb = "计" if r.award is not None else "扣"
            raise _Reject(error(
                "E202", f"“{r.stmt.text.strip('，,;；。 ')}”包含了前面“{x.stmt.text.strip('，,;；。 ')}”的情形,"
                        f"两处都{verb}分,还是只{verb}这一处,句子没有说清", r.stmt.span,
                hint=f"只{verb}这一处的,把前一处写成 {before}但未…的(不含这一情形);两处都{verb}的,写成 …的,另"
                     f"{'加' if r.award is not None else '扣'}…分"))


def _failings_counted(readings: list[Reading], item_points: Decimal | None = None) -> tuple | None:
    """均实现负增长的得2分,其中一项未实现的得1分(扣1分),两项均未实现的不得分: all the parts done,
    then one of them not done (or, of two, one done), then maybe none: (head, one, none or None,
    the head's points) of the first such run of statements, or None. `item_points` stand for 得满分
    (unknown: None, the run is still found)."""
    for at in range(len(readings) - 1):
        found = _failings_from(readings[at:at + 3], item_points)
        if found is not None:
            return found
    return None


def _parts_named_before_each_failing(readings: list[Reading]) -> None:
    """三项制度均落实到位的得3分,有一项落实不到位的扣1分: the three say how many parts there are, all
    done; the deduction counts the parts not done, from the 3 (read as a count of its own, ≥3 for
    the 3, a unit with two done and one not scored 0)."""
    for at, (head, r) in enumerate(zip(readings, readings[1:])):
        cond = head.condition
        if (cond is not None and cond.unit is A.Unit.COUNT and cond.low is not None and cond.high is None
                and cond.low.value >= 2 and head.award is not None and not head.added and head.per is None
                and head.step is None and terminal_regex("ALL_OF").search(to_simplified(head.lead))
                and r.deduct is not None and r.per == 1 and r.condition is None and r.step is None
                and terminal_regex("ONE_OF_TWO").search(to_simplified(r.stmt.text))
                and _failings_from(readings[at:at + 3], None) is None):  # (none of them after: tiers)
            head.condition = None
            head.used.update(id(p) for p in head.stmt.phrases if isinstance(p, A.Amount)
                             and p.quantity.unit is A.Unit.COUNT and p.quantity.value == cond.low.value)


def _failings_from(run: list[Reading], item_points: Decimal | None) -> tuple | None:
    head, one, *rest = run
    none = rest[0] if rest else None

    def bare(r: Reading, compared: bool = False) -> bool:  # nothing counted, compared, ranked or judged
        return (not r.joint and r.step is None and r.rank is None and not r.judged and r.high is None
                and not r.proportional and r.peer is None
                and (compared or r.condition is None or r.condition.unit is A.Unit.COUNT))

    full = (head.award.value if head.award is not None else item_points if head.full and _nothing_else(head)
            else None)
    cond = head.condition
    # (三项制度均落实到位的得3分: how many parts there are, all of them done)
    # (“多测合一”“联合验收”实施率均达到100%的: each part's rate up to the standard, said once)
    all_of = terminal_regex("ALL_OF").search(to_simplified(head.lead)) is not None
    all_named = cond is None or (all_of and cond.low is not None and cond.high is None and (
        cond.unit is A.Unit.PERCENT or (cond.unit is A.Unit.COUNT and cond.low.value >= 2)))
    if not (not head.added and not head.negative and all_named and head.per is None and bare(head, compared=True)
            and (head.award is not None or head.full) and (full is None or full > 0)):
        return None
    top = full if full is not None else Decimal("Infinity")
    said = to_simplified(one.stmt.text)
    if not (bare(one) and terminal_regex("ONE_OF_TWO").search(said) and not one.added
            and (one.per is None or one.per == 1)
            and ((one.award is not None and 0 < one.award.value < top)
                 or (one.deduct is not None and 0 < one.deduct.value < top))):
        return None
    # (完成其中一项的得1.5分: one of two done, which is one not done only where the parts are two)
    met = not one.negative
    tail = to_simplified(none.lead).strip(" \t\u3000,，;；。") if none is not None else ""
    ends = none is not None and bare(none) and none.per is None and not none.added and (
        terminal_regex("ALL_N_FAILED").search(tail) or terminal_regex("NONE_MET").match(tail)
        # (有2项及以上未落实的: two or more, said as a count)
        or (none.negative and none.condition is not None and none.condition.low is not None
            and none.condition.low.value == 2 and none.condition.high is None))
    if not ends:
        # (其中一项未完成扣2分, with no word on both: each one not done takes 2)
        return (head, one, None, full) if one.award is not None and not met and one.per is None else None
    if met and not terminal_regex("TWO_NAMED").match(tail):
        return None
    if full is None:
        return head, one, none, None
    left = (Decimal(0) if none.zero else none.award.value if none.award is not None
            else full - none.deduct.value if none.deduct is not None else None)
    one_left = one.award.value if one.award is not None else full - one.deduct.value
    return (head, one, none, full) if left is not None and 0 <= left < one_left else None


def _joint_not_alone(r: Reading) -> _Reject:
    """A clause of several values compared (且、或) beside clauses it is not read with."""
    return _Reject(error("E202", "几个值同时比较(且、或)的分句要单独成句,不清楚它和其他分句怎样一起计分", r.stmt.span,
                         hint="把这一分句单独写成一行规则,例如 签订率达100%、兑现率达100%的,得10分"))


def _no_count_of_failings_joined_by_or(readings: list[Reading]) -> None:
    """未建立应急预案或未开展应急演练的扣2分;两项均未落实的扣4分: 4 in all for both, or 4 more? (read
    as two yes/no, both failings lost 6). Refused, with how to write the count of them."""
    both, either, one = (terminal_regex(name) for name in ("ALL_N_FAILED", "ANY_OF", "ONE_OF_TWO"))
    if any(r.joint for r in readings) or _failings_counted(readings) is not None:
        return  # (均达到90%以上的得2分,其中一项未达到的得1分,两项均未达到的不得分: read as one)
    if any(r.condition is not None and r.condition.unit is A.Unit.COUNT and r.condition.high is None
           and r.condition.low is not None and r.condition.low.value >= 2 for r in readings):
        return  # (1项未完成的扣1分,2项未完成的扣2分,3项及以上未完成的不得分: tiers of the count, its top open)
    for at, r in enumerate(readings):
        # (有一项未落实的扣2分,两项均未落实的扣4分 likewise: the one counted each, the two a yes/no,
        # both failings lost 8)
        if at and r.per is None and both.search(to_simplified(r.lead)) and any(
                (either.search(to_simplified(x.lead)) and x.condition is None and x.per is None)
                or (x.per is not None and one.search(to_simplified(x.stmt.text))) for x in readings[:at]):
            raise _Reject(error(
                "E202", f"“{r.stmt.text.strip('，,;；。 ')}”数的是前面的几项有几项没做到,和前面的扣分怎样一起计,句子没有说清",
                r.stmt.span, hint="写成没做到的项数的分档,例如 有1项未落实的扣2分,有2项及以上未落实的扣4分"))


def _no_counted_part_priced_again(readings: list[Reading]) -> None:
    """每家计0.3分,其中超过1000万美元的每家计1分: does the part count 1 instead of the 0.3, or 1
    more? Refused (发生事故每起扣2分,其中造成死亡的每起扣5分 likewise)."""
    on_top = terminal_regex("ON_TOP")
    for before, r in zip(readings, readings[1:]):
        if (before.per is not None and r.per is not None and (before.deduct is None) == (r.deduct is None)
                and _marker(_first_phrase(r.stmt), A.Marker.OF_WHICH)  # (缺交其中任一项: "of them")
                # (其中…的每家另加0.7分: on top of them, as the hint below says)
                and not on_top.search(to_simplified(r.stmt.text))):
            hint = ("在前面分值之外再计的,写成 其中…的每家另加0.7分;只按这个分值计的,把两类分开写,"
                    "如 一般企业每家计0.3分,超过1000万美元的企业每家计1分") if r.deduct is None else (
                "在前面扣分之外再扣的,写成 其中…的每起另扣2分;只按这个分值扣的,把两类分开写,"
                "如 首次发生的每起扣2分,重复发生的每起扣4分")
            raise _Reject(error(
                "E202", f"“{r.stmt.text.strip('，,;；。 ')}”是前面所数的一部分: 按这个分值计(不再计前面的),"
                        "还是在前面的分值之外再计,句子没有说清", r.stmt.span, hint=hint))
        # (每月未按时上报…(扣12分,其中每少报1个月报表扣1分): the months counted, the 12 in parts too)
        lump = before.per is None or (before.period or 1) > 1
        # (利用省级媒体开展禁毒宣传,计1分。其中,…每条次计0.05分;…两项合计最高计1分: a heading's points
        # after a stop, its parts limited together: read so)
        if (lump and _same_breath(before.stmt) and before.step is None and (r.per is not None or r.step is not None) and before.signed_points
                and r.signed_points and (before.signed_points > 0) == (r.signed_points > 0)
                and _marker(_first_phrase(r.stmt), A.Marker.OF_WHICH) and not on_top.search(to_simplified(r.stmt.text))):
            # 未按时报送的扣5分,其中每迟报1次扣1分: the 5 in parts, each one's 1 (read as 5 and each 1 on top)
            n, each = plain(abs(before.signed_points)), plain(abs(r.signed_points))
            verb = "扣" if r.deduct is not None else "加"
            raise _Reject(error(
                "E202", f"“{r.stmt.text.strip('，,;；。 ()（）')}”是前面{verb}{n}分的细分(按次{verb},最多{n}分),"
                        f"还是在{n}分之外另{verb},句子没有说清", r.stmt.span,
                hint=f"细分的写成 每…{verb}{each}分,最多{verb}{n}分;另{verb}的写成 其中每…另{verb}{each}分"))


def _sign_unsaid(r: Reading, hint: str) -> _Reject:
    """Points with no verb whose sign the sentence leaves open (E202), with how to write it; after a
    tab (…扣完为止<tab>3分, a table's column of points pasted in), they may be the item's own."""
    if "\t" in r.stmt.text.rstrip():
        hint = f"若这是表格里本项的分值,写成 （{_points_at_end(r.stmt.text)}）;否则 {hint}"
    return _Reject(error("E202", f"“{r.stmt.text.strip('，,;；。 ')}”的分值没有写加还是扣", r.stmt.span, hint=hint))


def _points_at_end(text: str) -> str:
    """The words after the last tab (3分 in 扣完为止<tab>3分)."""
    return text.rstrip().rsplit("\t", 1)[-1].strip()

def _bare_points_per_count(readings: list[Reading], split: _Split, ctx: Context) -> None:
    """…每月次分别扣5分;水质反弹为劣Ⅴ类的,每月次10分,扣分扣完为止: points with no verb,
    counted per occurrence, among deductions (or before 扣完为止) are deducted too; among
    awards, or in a 加分项, they are awarded. Alone beside a failing (桌椅摆放不整齐1分/处)
    they say neither. So do steps with no verb (每上升1%1分): only 扣完为止 or the deductions
    around them give their sign; the points a step counts from (2.0%以下(2分)) do not."""
    bare = [r for r in readings if r.bare and (r.per is not None or r.step is not None)]
    # (…每月次分别扣5分: a deduction listed for each kind gives no points of its own, but it deducts)
    others = [r for r in readings if r not in bare and (r.gives or r.is_deduction)]
    floor = any(_marker(m, A.Marker.FLOOR) for m in split.modifiers)
    counted_from = bool(others) and all(r.bare and r.per is None and r.step is None for r in others)
    if bare and ((others and all(r.is_deduction for r in others)) or (floor and (not others or counted_from))
                 or ctx.role is A.Role.DEDUCTIONS):
        first_taken = min((readings.index(r) for r in others), default=len(readings))
        ahead = next((r for r in bare if readings.index(r) < first_taken and not _tells_a_failing(r)), None)
        if ahead is not None and ctx.role is not A.Role.DEDUCTIONS and not floor:
            # 参加培训每次2分。无故缺席每次扣5分: points for an act the words do not call a failing,
            # before the deductions, are no deduction of theirs (read so, each training cost 2)
            raise _sign_unsaid(ahead, f"写成 每{_per_word(ahead)}计{plain(ahead.award.value)}分 或 "
                                      f"每{_per_word(ahead)}扣{plain(ahead.award.value)}分")
        merit = terminal_regex("MERIT_WORD")
        for r in bare:
            if (ctx.role is not A.Role.DEDUCTIONS and not floor and not _says_its_failing(r)
                    and merit.search(_outside_brackets(r)) is not None):
                continue  # (…扣0.5分。党员获地厅级以上表彰的,一次5分: a merit, given whatever is taken)
            r.deduct, r.award = r.award, None
    elif bare and others and ctx.role is A.Role.BASE:
        # 实行市级统筹,加2分。小区内停放不规范的 0.5分/项: beside awards, points for each failing the
        # words name are still taken (read as the awards' sign, each failing earned 0.5)
        for r in bare:
            if r.per is not None and r.step is None and r.condition is None and _says_its_failing(r):
                r.deduct, r.award = r.award, None
    elif bare and not others and any(isinstance(m, A.CapPhrase) and (m.added or m.names_added)
                                     for m in [*split.modifiers, *(c for r in bare for c in r.stmt.caps)]):
        pass  # (…被采用的,县级0.5分/篇,…,年度加分不超过5分: a limit on what is added says they are added)
    elif (bare and not others and ctx.role is A.Role.BASE
          and all(r.per is not None and r.step is None and r.condition is None and _says_its_failing(r)
                  for r in bare)):
        # 被子未叠2分/处, 迟到早退一人一次1分: each time a unit fails, never points it earns
        for r in bare:
            per = next((p for p in r.stmt.phrases if isinstance(p, A.Per)), None)
            if per is not None and per.quantity is None and terminal_regex("DURATION").fullmatch(per.word or ""):
                # 每天按时就寝,熄灯后无玩手机等现象(6分): a requirement for each day, its points
                # earned or taken? (read as 6 taken for every day)
                raise _sign_unsaid(r, f"写成 每天做到的计…分 或 每有一天做不到扣{plain(r.award.value)}分")
            r.deduct, r.award = r.award, None
    elif bare and not others and ctx.role is A.Role.BASE and any(_tells_a_failing(r) and not _merit_said(r) for r in bare):
        # (每篇3分 is an award; 地面有垃圾2分/处 may be a failing's, which the points do not say;
        # 被市级媒体采用2分/篇 names a merit)
        r = next(r for r in bare if _tells_a_failing(r) and not _merit_said(r))
        raise _sign_unsaid(r, f"写成 每{_per_word(r)}扣{plain(r.award.value)}分 或 每{_per_word(r)}计{plain(r.award.value)}分")
    elif bare and not others and ctx.role is A.Role.BASE and any(r.step is not None for r in bare):
        # 每上升1个百分点1分: a step up or down, good or bad for the unit?
        r = next(r for r in bare if r.step is not None)
        raise _sign_unsaid(r, f"写成 …扣{plain(r.award.value)}分 或 …加{plain(r.award.value)}分")


def _bare_points_for_a_failing(readings: list[Reading], ctx: Context) -> None:
    """当班时打盹睡觉者。20分, 大扫除无故缺席。20分: points with no verb for a failing the words
    name (not negated: 未发生事故(10分) is for having none) say neither whether they are taken
    or given; a checklist's heading says it, which a sentence alone does not have."""
    # (未发生的得满分3分: 得满分 says they are given)
    bare = [r for r in readings if r.bare and r.award is not None and r.per is None
            and r.condition is None and r.step is None and not r.full]
    ranged = [r for r in readings if r.points_range is not None and r.award is None and r.deduct is None
              and r.judged is None and not r.gives]
    if bare and ctx.role is A.Role.DEDUCTIONS:  # in 扣分项 every point is taken
        for r in bare:
            r.deduct, r.award = r.award, None
        return
    if not (bare or ranged) or ctx.role is not A.Role.BASE:
        return
    for r in [*bare, *ranged]:
        # 地面不洁扣4分;窗不净扣2分;开关有灰尘2分: after deductions, bare points read as
        # one more deduction as readily as an award; …扣3分,无故不完成计划的1—3分 are taken for
        # a failing the words say (read as 得1—3分, a unit with no failing scored 2 of 6)
        if not _after_deductions(r, readings):
            continue
        if _says_its_failing(r):
            if r in bare:
                r.deduct, r.award = r.award, None
            else:
                r.judged = "deduct"
            continue
        shown = plain(r.award.value) if r in bare else _shown(r.stmt, r.points_range).rstrip("分")
        raise _sign_unsaid(r, f"前面的分句都是扣分:写成 …扣{shown}分 或 …得{shown}分")
    if any(r.gives for r in readings if r not in bare):
        return
    for r in bare:
        if _names_a_failing(_outside_brackets(r)):
            raise _sign_unsaid(r, f"写成 …的,扣{plain(r.award.value)}分 或 …的,得{plain(r.award.value)}分;"
                                  "整张扣分表可放进“扣分项 { … }”,那里没有写加还是扣的分值都是扣分")


def _as_measures(rule: A.Node) -> A.Node:
    """The rule with its counts compared as measures (a value of 4.2 people on average), for
    words that say so; numbers written in parts (4.5个) say it in the schema."""
    def measured(unit: A.Unit) -> A.Unit:
        return A.Unit.MEASURE if unit is A.Unit.COUNT else unit
    if isinstance(rule, A.Tiers):
        return replace(rule, tiers=tuple(replace(t, interval=replace(t.interval, unit=measured(t.interval.unit)))
                                         for t in rule.tiers))
    if isinstance(rule, (A.Excess, A.Shortfall, A.DeficitDeduction)):
        return replace(rule, unit=measured(rule.unit))
    if isinstance(rule, A.GroupCap):
        return replace(rule, rules=tuple(_as_measures(r) for r in rule.rules))
    if isinstance(rule, A.WRAPPERS):
        return replace(rule, rule=_as_measures(rule.rule))
    return rule


def _awards_built_up_first(readings: list[Reading]) -> bool:
    """每人计0.02分,最高计1.5分;…认定不规范被查出的,每人扣0.1分: counted awards, limited where they end,
    then deductions: the item is built up from 0 and the deductions come off what was built (the
    hand answers of such items all read it so); with the deductions first (每少1条扣0.2分;被采用的
    每条加0.1分) the start stays unsaid."""
    scoring = [r for r in readings if r.gives or r.per is not None or r.step is not None]
    awards = [i for i, r in enumerate(scoring) if r.award is not None]
    deductions = [i for i, r in enumerate(scoring) if r.is_deduction]
    if not awards or not deductions or max(awards) > min(deductions):
        return False
    built = [scoring[i] for i in awards]
    return (all(r.per is not None and r.condition is None and not r.added for r in built)
            and all(scoring[i].per is not None for i in deductions)
            and any(isinstance(c, A.CapPhrase) for c in built[-1].stmt.caps))


def _after_deductions(r: Reading, readings: list[Reading]) -> bool:
    """地面不洁扣4分;…开关有灰尘2分: does `r` come after rules that score, all of them deductions?"""
    before = [b for b in readings[:readings.index(r)] if b.gives] if r in readings else []
    return bool(before) and all(b.is_deduction for b in before)


def _only_points_of_a_case(readings: list[Reading], ctx: Context) -> None:
    """未按时报送的,只得1分 / 迟报的按50%计分 / 工作台账不完整的,按50%计分: the item's whole score in that
    case, so the rest of its points go (read as 1 or 2 for the case: a unit on time scored 0)."""
    for r in readings:
        at = next((i for i, p in enumerate(r.stmt.phrases) if isinstance(p, A.Award)), None)
        if (at is None or r.award is None or r.per is not None or r.step is not None or r.condition is not None
                or r.otherwise or r.listed or r.each is not None):
            continue
        before = r.stmt.phrases[at - 1] if at else None
        only = isinstance(before, A.Text) and terminal_regex("ONLY_GIVEN").fullmatch(to_simplified(before.text).strip())
        if not (only or r.stmt.phrases[at].scaled):
            continue
        start = (before if only else r.stmt.phrases[at]).span.start - r.stmt.span.start
        said = r.stmt.text[start:r.stmt.phrases[at].span.end - r.stmt.span.start]
        if len(readings) > 1:
            if all(x is r or ((x.award is not None or x.full or x.zero) and x.per is None and x.step is None
                                  and x.deduct is None) for x in readings):
                # (按时报送的得3分,未按时报送的只得1分 / 优秀得满分,良好得满分的80%: each case's points, read so)
                continue
            # 每发现1处问题扣0.5分;未按时完成的,只得1分: the score in that case beside the other clauses
            # (read as the 1 where the deductions start, a unit on time scored 1 of 3)
            raise _Reject(error(
                "E202", f"“{said}”是出现这种情形时本项的得分,它和其他分句的加分、扣分怎样一起算,句子没有说清",
                r.stmt.span, hint="把它写成单独一行规则,例如 未按时完成的扣2分;其他分句另写一行"))
        if ctx.item_points is None or r.award.value > ctx.item_points:
            raise _Reject(error(
                "E202", f"“{said}”是出现这种情形时本项的得分,但本项满分几分没有写", r.stmt.span,
                hint="给所在项目写上分值,例如 项目 \"信息报送\" 3分 { … };或写成扣分,例如 未按时报送的扣2分"))
        r.deduct = A.Quantity(ctx.item_points - r.award.value, A.Unit.POINTS, "分", 1, r.award.span)
        r.award = None
        if only:
            r.used.add(id(before))


def _points_for_a_failing_alone(readings: list[Reading], ctx: Context) -> None:
    """不交报告者得45分 in an item of 80: the score when the report is missing (45 of 80), or 45
    for missing it? Points for a failing, alone and fewer than the item's, say neither; for a
    bad event that did not happen (未发生事故得5分) they are an award as any other."""
    if len(readings) != 1 or ctx.item_points is None:
        return
    r = readings[0]
    c = r.condition
    if (c is not None and c.low is None and c.high is not None and r.award is not None
            and 0 < r.award.value < ctx.item_points and r.per is None and r.step is None and not r.otherwise):
        # 未达到90%的,得2分: points below a line alone (read as 0 at 95%, more for doing worse)
        raise _Reject(error(
            "E202", f"“{r.stmt.text.strip('，,;；。 ')}”只写了没达到时给{plain(r.award.value)}分,"
                    f"达到的单位得几分(本项{plain(ctx.item_points)}分),句子没有说清", r.stmt.span,
            hint="把两种情形都写出,例如 达到90%的得5分,未达到90%的得2分"))
    if not (r.negative and not r.otherwise and r.award is not None and r.award.value < ctx.item_points
            and r.per is None and r.condition is None and r.step is None and not r.listed and r.each is None):
        return
    # the failing is the statement's own words (未承办…,但已建立… is no failing; 工作台账不完整的: after
    # what fails, read as a yes/no, a unit with a full ledger scored 0 of 4)
    first = next((p for p in r.stmt.phrases if _marker(p, A.Marker.NEG)), None)
    if first is None or re.search("[,，;；]", r.lead.rstrip(" \t\u3000,，;；")) or first.span.start >= r.award.span.start:
        return
    if first is not _first_phrase(r.stmt) and not terminal_regex("FAILING_NEG").fullmatch(to_simplified(_shown(r.stmt, first))):
        return  # (开展…非遗申报等工作的得1分: a name's 非)
    if terminal_regex("ABSENCE").match(to_simplified(r.stmt.text[first.span.start - r.stmt.span.start:])):
        return
    raise _Reject(error(
        "E202", f"“{r.stmt.text.strip('，,;；。 ')}”: 没做到时给{plain(r.award.value)}分,是本项只得这些分"
                f"(做到得{plain(ctx.item_points)}分),还是另加这些分,句子没有说清", r.stmt.span,
        hint="把两种情形都写出,例如 交报告的得80分,不交报告的得45分"))


def _outside_brackets(r: Reading) -> str:
    """The statement's own words, without its notes in brackets (发表2篇(与加分项所列报刊不重复))."""
    return re.sub(r"[(（][^()（）]*[)）]", "", to_simplified(r.stmt.text))


def _tells_a_failing(r: Reading) -> bool:
    """被子未叠, 摆放不整齐: a failing its own words say (_says_its_failing); or counting incidents
    (2分/处, 5分/起)."""
    return (_says_its_failing(r)
            or terminal_regex("INCIDENT_COUNTER").fullmatch(to_simplified(_per_word(r))) is not None
            or _slash_per(r))


def _merit_said(r: Reading) -> bool:
    """被市级媒体采用2分/篇, 获市级表彰5分/次: a merit its words name, no failing beside it."""
    return terminal_regex("MERIT_WORD").search(_outside_brackets(r)) is not None and not _says_its_failing(r)


def _says_its_failing(r: Reading) -> bool:
    """被子未叠, 迟到早退: the statement's own words negate what is asked or name a failing (a
    counter alone, 2分/处, does not say it; nor does a note in brackets: 发表2篇(与加分项所列报刊不重复))."""
    outside = _outside_brackets(r)
    return (r.negative and terminal_regex("NEG").search(outside) is not None) or _names_a_failing(outside)


def _names_a_failing(words: str) -> bool:
    """迟到早退一人一次, 地面有污渍: a failing named by its word (迟到, 旷课, 污渍), not negated (未迟到,
    无污渍)."""
    for name in ("FAILING_WORD", "DISORDER_WORD"):
        failing = terminal_regex(name)
        if failing.search(words) is not None and terminal_regex("NEG").search(failing.sub("", words)) is None:
            return True
    return False


def _slash_per(r: Reading) -> bool:
    """2分/项 with no verb anywhere: the form of a checklist's 扣分标准 column as often as of
    an award's; only 每项2分 says an award."""
    per = _first_per(r)
    return per is not None and _shown(r.stmt, per)[:1] in ("/", "／")


def _per_word(r: Reading) -> str:
    """The counter the statement counts in (处 in 2分/处), for a message."""
    per = _first_per(r)
    if per is not None and not per.word and _per_point_of_score(r):
        return "分"
    return per.word if per is not None and per.word else "次"


def _first_per(r: Reading) -> A.Per | None:
    return next((p for p in r.stmt.phrases if isinstance(p, A.Per)), None)


def _text_of(clauses) -> str:
    return "".join(c.text + c.separator for c in clauses)


@dataclass
class _NoteBase:
    """得9分(…扣1分): points waiting for the deductions of the note after them."""
    points: Decimal


def _short_of(cond: A.Interval, stepped: list[A.Interval]) -> A.Interval:
    """A tier's range without the end it shares with the range of steps beside it."""
    for s in stepped:
        if (cond.high is not None and cond.high.inclusive and s.low is not None and s.low.inclusive
                and cond.high.value == s.low.value):
            cond = replace(cond, high=replace(cond.high, inclusive=False))
        if (cond.low is not None and cond.low.inclusive and s.high is not None and s.high.inclusive
                and cond.low.value == s.high.value):
            cond = replace(cond, low=replace(cond.low, inclusive=False))
    return cond


def _group_parts(rule: A.Node):
    """The rules summed in a group, through groups inside it with no limit of their own."""
    for r in rule.rules:
        if isinstance(r, A.GroupCap) and r.limit is None:
            yield from _group_parts(r)
        else:
            yield r


def _swapped(rule: A.Node, old: A.Node, new: A.Node) -> A.Node:
    """`rule` with `old` (a part of it) replaced by `new`, wherever it stands under caps, floors
    and groups."""
    if rule is old:
        return new
    if isinstance(rule, A.WRAPPERS):
        return replace(rule, rule=_swapped(rule.rule, old, new))
    if isinstance(rule, A.SIDE_BY_SIDE):
        return replace(rule, rules=tuple(_swapped(r, old, new) for r in rule.rules))
    return rule


def _with_inner(rule: A.Node, inner: A.Node) -> A.Node:
    """The same caps, floors and own points around another rule."""
    if isinstance(rule, A.WRAPPERS):
        return replace(rule, rule=_with_inner(rule.rule, inner))
    return inner


class _Builder:
    """Readers -> rules, for one sentence."""

    def __init__(self, ctx: Context, span: Span, slot, facts, stepwise: bool = False):
        self.ctx, self.span, self.slot, self.facts = ctx, span, slot, facts
        self.used: set = set()  # phrases used beyond the statements' own readings
        self.own_on_yes = False  # the sentence's own points are given on a yes/no of their own
        self.stepwise = stepwise  # 以此类推: awards per step count whole steps, as deductions do
        self.all_readings: list[Reading] = []  # the sentence's statements, for what one says of another
        self.deducts = self.mixed = False  # (set for the sentence's readers; a change both ways neither)
        self.points_said: Decimal | None = None  # the item's, or those printed with the sentence ((本项5分))
        self.given: set[int] = set()  # rules for points given (得30分), not added: 最多加 leaves them out
        self.unsure_heading: tuple[Reading, Diagnostic] | None = None  # a heading's points, left out
        self.heading_over_base: Decimal | None = None  # (30分):基础分20分,…: the item's 30
        self.apart: set[int] = set()  # rules of clauses read apart, each with its own limits already
        self.statements: list = []  # the sentence's statements and the clauses after them, as written

    def heading_restated(self, rule: A.Node) -> A.Node:
        """发明专利授权量(10分):完成任务的得10分,90%以上的得6分,低于90%的不得分: a heading's points are
        the item's, what the rest gives at most. Awards that pass them (不少于30人的得4分,每多1人加
        0.2分 under 6分) stop at them. Refused where the rest gives less (the heading's points hold
        more than is said), or where a deduction answers an award's failing (…的得40分;未达到的,每
        个扣5分 may count down from the 40) or might pass what the awards gave."""
        if self.heading_over_base is not None:
            # 网格履职绩效(30分):基础分20分,每…加0.5分,加满10分为止;…每起扣2分: the 30 are the item's,
            # from the base 20 up (read as a yes/no of 30 of its own, 是 added all 30)
            reach = rule_range(rule)
            if self.ctx.item_points not in (None, self.heading_over_base):
                raise _Reject(error("E202", f"标题写{plain(self.heading_over_base)}分,本项是{plain(self.ctx.item_points)}分,"
                                            "不清楚按哪一个计分", self.span, hint="让标题的分值和本项分值一致"))
            if reach.high is None or reach.high > self.heading_over_base:
                return A.Cap(rule, self.heading_over_base, False, self.span)
            return rule
        if self.unsure_heading is None:
            return rule
        heading, unsure = self.unsure_heading
        points, reach = heading.award.value, rule_range(rule)
        start = rule.rule if isinstance(rule, A.Floor) else rule
        if isinstance(start, A.OwnPoints) and start.points == points and reach.high == points:
            # (…有保障(5分)。完成目标的得5分,否则酌情扣分: the rest counts down from the heading's own 5)
            return rule
        answered = any(d.is_deduction and d.negative and not d.zero and any(a.award is not None and not a.negative and _failing_of(d, a)
                                               for a in self.all_readings[:i])
                       for i, d in enumerate(self.all_readings))
        if (self.ctx.item_points not in (None, points) or answered
                or (reach.high is not None and reach.high < points)
                or (reach.low is None or reach.low < 0) and reach.high != points):
            raise _Reject(unsure)
        return rule if reach.high == points else A.Cap(rule, points, False, heading.stmt.span)

    def sentence(self, readings: list[Reading], split: _Split) -> A.Node:
        self.statements = split.statements + split.trailing
        before = list(readings)
        readings = self._without_zero_case(readings)
        readings = self._without_no_loss(readings)
        readings = self._without_part_left_out(readings)
        readings = self._without_headings(readings, split)
        readings = self._without_method_said(readings)
        readings = self._without_restated_failings(readings)
        readings = self._without_qualifiers(readings)
        readings = self._without_other_answers(readings)
        _breaths_kept(before, readings)
        self.all_readings = readings
        _no_limit_dropped(before, readings)
        _no_deadline_beside(readings)
        _no_steps_for_each_kind(readings)
        _no_time_in_two_units(readings)
        _no_rise_and_fall_tiers(readings)
        _no_tiers_of_points_beside_a_share(readings)
        # 得1分,…,未按计划召开的酌情扣分: a judged deduction with no range comes off these
        self.named = next((r.award.value for r in readings if self._plain_award(r)), None)
        self.points_said = self.ctx.item_points if self.ctx.item_points is not None else next(
            (m.limit.value for m in split.modifiers if isinstance(m, A.CapPhrase) and m.style is A.CapStyle.TOTAL), None)
        together = self._both_or_one_run(readings)
        if any(r.joint for r in readings) and not together:
            rule = self._joint(readings, split)
            # (…酌情给分,最高1分;…或…得0.5分: read apart, each part has its own limits, never the whole)
            return self._finish(rule if id(rule) in self.apart else self._with_caps(rule, readings), readings, split)
        less = next((r for r in readings if r.from_award), None)
        if less is not None and not any(r.award is not None or r.full for r in readings[:readings.index(less)]):
            # 每人少加0.5分 with no award before it: less of which points?
            raise _Reject(error("E202", "“少加”是从哪一项加分里减,这句里没有写", less.stmt.span,
                                hint="写出那一项的加分,例如 队列整齐的加2分,每人迟到少加0.5分"))
        readings = self._none_said_last(readings)
        failing, award = (readings + [None, None])[:2]
        if (len(readings) == 2 and failing.zero and failing.negative and not failing.otherwise
                and failing.condition is None and failing.per is None and failing.step is None
                and self._plain_award(award) and not award.negative and not award.added
                and _same_act(failing.lead, award.lead)):
            # 未按规定报送年度报告的,不得分;按时报送的,得3分: the failing, then its other answer
            text = failing.stmt.text.strip("，,;；。 ") + "；" + award.stmt.text
            rule = A.BooleanDeduction(self.slot(text), None, failing.stmt.span, on_no=False)
            return self._finish(self._with_caps(A.OwnPoints(rule, award.award.value, self.span), readings), readings, split)
        if (len(readings) == 2 and failing.zero and not failing.negative and not failing.otherwise
                and failing.condition is None and failing.per is None and failing.step is None
                and failing.signed_points is None and award.negative and not award.added
                and (self._plain_award(award) or (award.full and award.award is None and _nothing_else(award)
                                                  and self.ctx.item_points is not None))
                and _event_denied(award, failing)
                and (not failing.veto or self.ctx.item_points in (
                    None, award.award.value if award.award is not None else self.ctx.item_points))):
            # 发生安全事故的,本项不得分;未发生的得5分 (…,实行一票否决,本项不得分;未发生的得满分3分): the
            # event, then its other answer with the points (refused: 不得分 before an award)
            fact = self.slot(failing.stmt.text.strip("，,;；。 ") + "；" + award.stmt.text)
            rule = A.BooleanDeduction(fact, None, failing.stmt.span, on_no=False)
            if failing.veto:
                self.used.update(id(p) for p in failing.stmt.phrases if _marker(p, A.Marker.VETO))
                rule = A.GroupCap((A.Veto(fact, self.ctx.veto_grade, failing.stmt.span), rule), None, failing.stmt.span)
            points = self._item_points(award) if award.full else award.award.value
            return self._finish(self._with_caps(A.OwnPoints(rule, points, self.span), readings), readings, split)
        change = self._change_both_ways(readings)
        if change is not None:
            return self._finish(change, readings, split)
        readers = _readers(readings, together)
        _no_measure_of_each_case(readers)
        _no_waiver_of_other_deductions(readers)
        _one_count_read_once(readers)
        readers = _rank_readers_joined(readers)
        ranked = [reader for reader in readers if reader.first.rank is not None]
        if len(ranked) > 1:  # a unit has one place: two rank rules in one sentence read two
            raise _Reject(error("E202", "一句里有两处按名次计分,但一个单位只有一个名次", ranked[1].first.stmt.span,
                                hint="把两处名次写在同一组分档里,例如 第1名加2分,倒数第1名扣2分"))
        stray = next((r for reader in readers if reader.first.rank is None for r in reader.readings
                      if any(isinstance(p, A.RankPhrase) for p in r.stmt.phrases)), None)
        if ranked and stray is not None:
            # 每次月考…前十名加3分;第十一名至十五名加2分: a place read as something else (每次: a count),
            # beside the places ranked (read so, 10 of a count earned 30)
            raise _Reject(error("E202", f"“{stray.stmt.text.strip('，,;；。 ')}”里的名次没有和其他名次一起读成分档,"
                                        "不清楚它怎样计分", stray.stmt.span,
                                hint="把名次的几档写在一起,例如 前十名加3分,第十一名至十五名加2分;按次计分的另写一行"))
        for i, reader in enumerate(readers):
            if any(r.zero and not (r.condition is not None and self._own_tier_nothing(r, reader))
                   # (…的得6分;…的得4分;…未落实的,本项不得分: the whole item lost, the later points too)
                   and not (r is not reader.first and r.negative
                            and terminal_regex("ITEM_SAID").search(to_simplified(r.stmt.text)))
                   for r in reader.readings) and any(
                    r.award is not None or r.full for later in readers[i + 1:] for r in later.readings):
                raise _Reject(error(
                    "E202", "“不得分”之后又有加分的分句,不清楚两者同时成立时怎样计分", reader.first.stmt.span,
                    hint="把加分和不得分写成两行规则,或写明“不得分”时是否还能加分"))
        self._no_nested_steps(readers)
        for r in readings:
            if r.bare:
                _no_points_per_period(r)
        for r in readings:
            _each_period_failing_said(r)
            _each_period_award_said(r)
        _no_one_of_both_read_as_each(readings)
        _no_case_of_a_failing_read_on_top(readings)
        self.deducts = all(r.is_deduction or (r.step is not None and r.deduct is not None) or r.otherwise
                           for r in readings)
        # (得1分,否则不得分: the other answer, scoring nothing, is no deduction)
        # (nor is a grade scoring 0分 among grades: 好20分,…,差0分)
        self.mixed = not self.deducts and any(r.is_deduction and not (r.zero and (r.otherwise or _printed_zero(r)))
                                              for r in readings)
        own = self._own_points(readers, floored=_floored(readings, split))
        self._start_said(own, readings, split)
        head = readers[0].first
        if (own is None and len(readers) == 2 and len(readers[0].readings) == 1 and head.added
                and self._plain_award(head) and self._yes_no(readers[1]) and readers[1].first.negative
                and not head.negative and not readers[1].first.zero
                # (获评省级文明单位加2分;未完成任务扣2分: a failing of another thing, no other answer)
                and _shared(_failing_words(readers[1].first), to_simplified(head.lead)) >= 2
                and not _more_than_its_failing_denies(head, readers[1].first)):
            # 验收合格…加2分,验收不合格扣2分: one yes/no, added to or taken from the score
            r = readers[1].first
            fact = self.slot(head.stmt.text.strip("，,;；。 ") + "；" + r.stmt.text)
            rule = A.GroupCap((A.BooleanAward(fact, head.award.value, head.stmt.span),
                               A.BooleanDeduction(fact, r.deduct.value, r.stmt.span, on_no=True)), None, self.span)
            return self._finish(rule, readings, split)
        if own is not None and len(readers) == 2 and self._yes_no(readers[1]) and not _failing_of_another_thing(
                readers[1].first, head) and not _event_of_its_own(readers[1].first, head):
            if _more_than_its_failing_denies(head, readers[1].first):
                raise _Reject(error(
                    "E202", f"“{head.stmt.text.strip('，,;；。 ')}”和“{readers[1].first.stmt.text.strip('，,;；。 ')}”"
                            "之间还有一种情形(按时、刚好完成),句子没有说它怎样计分", readers[1].first.stmt.span,
                    hint="分成两行规则,各读各的是/否,例如 提前完成的加1分 和 未完成的扣1分"))
            # 控制在指标内得10分,超指标全扣 / 开展宣传的得3分,未开展扣2分: one yes/no, the first
            # clause's; its other answer takes the deduction
            return self._finish(self._with_caps(A.OwnPoints(self._other_answer(readers, own), own, self.span), readings),
                                readings, split)
        parts: list[A.Node] = []
        if self.own_on_yes:  # its other answer takes them back
            head = readers[0].first
            parts.append(A.BooleanDeduction(self.slot(head.stmt.text.strip("，,;；。 ")), own, head.stmt.span,
                                            on_no=True))
        elif (own is not None and len(readers) > 2 and self._yes_no(readers[1]) and readers[1].first.zero
              and self._plain_award(head) and not head.bare and _failing_of(readers[1].first, head)):
            # 达到…的得10分,达不到的不得分;…每有100亩扣2分: the first clause and its other answer are
            # one yes/no, as when alone; the deductions after come off its points
            parts.append(self._other_answer(readers, own))
            readers = [readers[0], *readers[2:]]
        for reader in readers[1:] if own is not None else readers:
            if parts and isinstance(parts[-1], _NoteBase):
                # 组织健全,得9分(有一个组织未健全扣1分): the note's deductions come off those points
                parts[-1] = A.OwnPoints(self.reader(reader), parts[-1].points, self.span)
                continue
            if own is None and self._before_its_deductions(reader, readers):
                first = reader.first
                parts.append(_NoteBase(first.award.value if first.award is not None else self._item_points(first)))
                self.used.update(id(p) for p in reader.first.stmt.phrases)
                continue
            rule = self.reader(reader)
            for r in reader.readings:
                for cap in r.stmt.caps:
                    if not _marker(cap, A.Marker.FLOOR):
                        rule = self._modify(rule, cap, whole=False)
            first = reader.first
            if len(reader.readings) == 1 and not first.added and (self._plain_award(first) or (
                    first.full and first.condition is None and _nothing_else(first))):
                # (按时完成的得满分,提前完成的每天加0.5分,最多加1分: the limit is the added points',
                # not the full marks too: on time scored 1 of 5)
                self.given.add(id(rule))
            parts.append(rule)
        if (own is None and len(parts) == len(readers) > 1 and isinstance(parts[0], A.OwnPoints)
                and all(r.is_deduction for reader in readers[1:] for r in reader.readings)):
            # 计2分,每缺席一次扣0.5分,每错报一例扣0.5分: the later deductions come off the same 2 as
            # the first, never below 0 (read beside them, two of each scored −1)
            parts = [A.OwnPoints(A.GroupCap((parts[0].rule, *parts[1:]), None, self.span), parts[0].points, self.span)]
        elif (own is None and len(parts) == len(readers) > 1 and isinstance(parts[0], A.Floor)
              and has_own_points(parts[0].rule) and all(r.is_deduction for reader in readers[1:] for r in reader.readings)):
            # 达85%以上记2分,每少1个百分点扣0.5分,每发生1起扣1分: so after a line's points and its steps
            # down (read beside them, three events at 90% scored −1)
            parts = [A.Floor(A.GroupCap((parts[0].rule, *parts[1:]), None, self.span), parts[0].span)]
        rule = parts[0] if len(parts) == 1 else A.GroupCap(tuple(parts), None, self.span)
        if own is not None:
            rule = A.OwnPoints(rule, own, self.span)
        return self._finish(rule, readings, split)

    def _no_condition_beside_places(self) -> None:
        """除排名第一的单位外,其余进入前五名的单位加1分 / 排名第一的加2分,被通报批评的除外 / 连续两年排名第一的:
        a condition beside the places, which the one value of a place cannot carry (passed over, the
        first place scored, and the unit criticised, and the unit first for the first time)."""
        beside = terminal_regex("PLACE_BESIDE")
        for stmt in self.statements:
            said = beside.search(to_simplified(stmt.text))
            if said is not None:
                whole = stmt.text.strip("，,;；。 ")
                # (被上级通报批评的除外: the case, with the words that leave it out)
                words = whole if said.end() >= len(whole) else stmt.text[said.start():said.end()]
                raise _Reject(error(
                    "E202", f"名次之外还有“{words}”这个条件,一个名次值读不出它", stmt.span,
                    hint="把这个条件写成单独一行规则(例如 被通报批评的,扣2分),"
                         "或把名次写成范围(例如 第2至5名的加1分)"))

    def _joints_apart(self, readings: list[Reading], split: _Split) -> A.Node | None:
        """自来水普及率达95%以上,得0.5分;污水处理率达70%或较上年增长10%得0.5分;实施雨污分流改造得0.5分: a
        clause of several values compared, closed by a ; or 。 on both sides (with its own other answer),
        among clauses of other things, is a rule of its own beside theirs, all added. None where it
        shares its breath with others (达到85%加1分,…,未达到80%或存在…减5分: tiers of one rate)."""
        breaths = []
        for b in _breaths(readings):
            answer = b[0]
            if (breaths and len(breaths[-1]) == 1 and breaths[-1][0].joint and len(b) == 1
                    and (answer.otherwise or (answer.zero and answer.negative)) and not answer.joint
                    and answer.condition is None and answer.per is None and answer.step is None):
                breaths[-1].append(answer)  # (…符合标准,得满分 不达标准,不得分: the joint's own other answer)
            else:
                breaths.append(list(b))
        joined = [b for b in breaths if any(r.joint for r in b)]
        rest = [r for b in breaths if b not in joined for r in b]
        if not rest or any(not b[0].joint or any(r.joint for r in b[1:]) or len(b) > 2 for b in joined):
            return None
        first = breaths[0] in joined
        if breaths[:len(joined)] != joined and breaths[-len(joined):] != joined:
            return None  # (between other clauses: their values would be asked out of the sentence's order)
        named = [_measure_named(b[0].stmt, q) for b in joined for _, q in b[0].joint
                 if isinstance(q, (A.Compare, A.Range))]

        def same_measure(r: Reading) -> bool:
            own = _measure_named(r.stmt)
            return not own or any(not name or name[-3:] == own[-3:] for name in named)

        if any(r.step is not None or r.rate is not None or r.target is not None
               or (r.condition is not None and same_measure(r)) for r in rest):
            # (合格率达到90%以上得2分;合格率达到80%以上且无事故的得1分: tiers of one rate, never added;
            # …且无事故的得5分;每低1个百分点扣0.5分: steps from which of the numbers?)
            return None
        # (built in the order written, so that the values are asked in it; the rest's own limits apply to it)
        joints = [self._with_caps(self._joint(b, split), b) for b in joined] if first else []
        others = self.sentence(rest, replace(split, modifiers=[], scoped=False))
        joints = joints if first else [self._with_caps(self._joint(b, split), b) for b in joined]
        rule = A.GroupCap(tuple([*joints, others] if first else [others, *joints]), None, self.span)
        self.apart.add(id(rule))
        return rule

    def _joint(self, readings: list[Reading], split: _Split) -> A.Node:
        """合同签定率达100%、代管率达100%,达不到标准不计分 / …超过0.1%或连片抛荒2亩以上的不计分:
        one yes/no of several values, alone in its sentence but for its own other answer (or standing
        apart from clauses of other things: _joints_apart)."""
        head, rest = readings[0], readings[1:]
        other = rest[0] if len(rest) == 1 else None
        # its own other answer: 达不到的不得分 after an award, which adds nothing to it
        other_answer = other is None or ((head.award is not None or head.full) and other.zero and other.negative
                                         and not other.joint and other.condition is None and other.per is None
                                         and other.step is None and other.signed_points is None)
        partly = self._one_of_two(head, rest)
        if partly is None:
            partly = self._one_met_but(head, rest)
        if partly is not None:
            return partly
        if (head.joint and head.zero and other is not None and other.otherwise and other.full and not other.joint
                and self.ctx.item_points is not None and all(iv is not None for iv, _ in head.joint)):
            # …2起以上或较大安全事故1起以上的,本项不得分,否则得满分: the item's points when none (any) of
            # them holds, and nothing when it does
            facts, intervals, any_of = self._joint_conditions(head)
            return A.Joint(facts, tuple(_negate(iv, head.stmt.span) for iv in intervals), not any_of,
                           self.ctx.item_points, head.stmt.span)
        each = self._each_short_of_a_shared_standard(head, rest)
        if each is not None:
            return each
        met = self._met_unless_any_fails(head, rest)
        if met is not None:
            return met
        if not head.joint or len(rest) > 1 or not other_answer:
            apart = self._joints_apart(readings, split)  # (beside clauses of other things, closed by stops)
            if apart is None:
                raise _joint_not_alone(next(r for r in readings if r.joint))
            return apart
        facts, intervals, any_of = self._joint_conditions(head)
        points = (None if head.zero else self._item_points(head) if head.full else head.signed_points)
        return A.Joint(facts, intervals, any_of, points, head.stmt.span)

    def _both_or_one_run(self, readings: list[Reading]) -> tuple:
        """参评率和满意率均达到90%以上的得2分,其中一项未达到的得1分,两项均未达到的不得分;发生…的,本项
        不得分: both met, one or neither, first in a sentence that goes on; the statements read
        together (the rest read as ever), or ()."""
        head = readings[0] if readings else None
        if head is None or not head.joint or any(r.joint for r in readings[1:]):
            return ()
        if len(readings) > 3 and self._one_of_two(head, readings[1:3], dry=True) is not None:
            return tuple(readings[:3])
        tail = to_simplified(readings[2].lead).strip(" \t\u3000,，;；。") if len(readings) > 2 else ""
        if (len(readings) > 2 and not terminal_regex("ALL_N_FAILED").search(tail)
                and not terminal_regex("NONE_MET").match(tail)
                and self._one_of_two(head, readings[1:2], dry=True) is not None):
            return tuple(readings[:2])  # (…,其中一项未达到的得1分;发生…的扣2分: no word on neither)
        return ()

    def _failings_as_tiers(self, head: Reading, one: Reading, none: Reading | None, full: Decimal) -> A.Tiers:
        """均完成的得4分,其中一项未完成的得2分,两项均未完成的不得分: tiers of one value, how many
        of the parts were not done (0, 1, 2 or more); after 完成其中一项的 (one of two done), how
        many were done, as its words ask."""

        def points(r: Reading) -> Decimal:
            return r.award.value if r.award is not None else full - r.deduct.value if r.deduct is not None else Decimal(0)

        def tier(low: int, high: int | None, r: Reading, value: Decimal) -> A.Tier:
            cond = A.Interval(A.Bound(Decimal(low), True), None if high is None else A.Bound(Decimal(high), True),
                              A.Unit.COUNT)
            return A.Tier(cond, value, r.stmt.text, r.stmt.span, zero=r.zero)

        shown = [one] + ([none] if none is not None else [])
        for r in (head, *shown):
            self.used.update(id(p) for p in r.stmt.phrases)
        if not one.negative:  # (only after 两项均未完成的: see _failings_from)
            fact = self.slot("；".join(r.stmt.text.strip("，,;；。 ") for r in (head, *shown)))
            tiers = [tier(2, None, head, full), tier(1, 1, one, points(one)), tier(0, 0, none, points(none))]
            return A.Tiers(fact, tuple(tiers), self.span)
        fact = self.slot("；".join(r.stmt.text.strip("，,;；。 ") for r in shown))
        tiers = [tier(0, 0, head, full), tier(1, 1, one, points(one))]
        if none is not None:
            tiers.append(tier(2, None, none, points(none)))
        return A.Tiers(fact, tuple(tiers), self.span)

    def _met_unless_any_fails(self, head: Reading, rest: list[Reading]) -> A.Node | None:
        """稻田抛荒面积控制在0.1%以下计10分,稻田抛荒面积超过0.1%或连片抛荒在2亩以上的不计分: the points where
        the first condition holds, taken back by its other side or by another failing (either one):
        the points when none of the failings holds (refused as a joint clause beside another)."""
        failing = rest[0] if len(rest) == 1 else None
        if (head.joint or failing is None or not failing.joint or not failing.zero or head.condition is None
                or not (head.award is not None or head.full) or head.added or head.negative
                or head.per is not None or head.step is not None or failing.per is not None or failing.step is not None or failing.signed_points is not None):
            return None
        facts, intervals, any_of = self._joint_conditions(failing, slot=lambda name: name)
        first = intervals[0]
        if not any_of or len(intervals) < 2 or any(iv is None for iv in intervals) or first.unit is not head.condition.unit:
            return None
        try:
            other_side = _negate(head.condition, head.stmt.span)
        except _Reject:
            return None
        said = to_simplified(failing.stmt.text[:failing.joint[0][1].span.start - failing.stmt.span.start])
        if (other_side != first or terminal_regex("ANY_OF").search(said)
                or not _shared(said, to_simplified(head.lead)) >= 2):
            return None  # (the other side of another value, or of another number)
        facts, intervals, _ = self._joint_conditions(failing)
        points = head.award.value if head.award is not None else self._item_points(head)
        self.used.update(id(p) for r in (head, failing) for p in r.stmt.phrases if id(p) in r.used)
        return A.Joint(facts, tuple(_negate(iv, failing.stmt.span) for iv in intervals), False, points, self.span)

    def _each_short_of_a_shared_standard(self, head: Reading, rest: list[Reading]) -> A.Node | None:
        """养老、医疗…参保率均达90%以上(15分);…参保率每降低1%扣0.2分: the points when every one of the
        rates reaches the standard, and each one's steps below it taken off them (refused as a joint
        clause beside another)."""
        if not (head.subjects and len(rest) == 1 and (head.award is not None or head.full) and not head.added
                and head.per is None and head.step is None and not head.negative):
            return None
        stepping = rest[0]
        intervals = [interval for interval, _ in head.joint]
        if (stepping.step is None or _step_kind(stepping.step) is not A.StepKind.SHORT or stepping.deduct is None
                or stepping.condition is not None or stepping.per is not None or stepping.award is not None
                or any(iv is None or iv.low is None or iv.high is not None or iv.unit is not A.Unit.PERCENT
                       for iv in intervals) or len({(iv.low.value, iv.low.inclusive) for iv in intervals}) != 1
                or stepping.step.step.unit is not A.Unit.PERCENT):
            return None
        names = _subjects_listed(stepping)
        if names is not None and names[0] != head.subjects:
            return None  # (the steps of other rates than those compared)
        def subjects(words: str) -> str:  # the words naming the rates, without numbering or 均
            words = to_simplified(words)
            label = terminal_regex("LIST_LABEL").match(words)
            words = (words[label.end():] if label else words).strip(" \t\u3000,，;；。")
            end = terminal_regex("SUBJECTS_END").search(words)
            return words[:end.start()] if end else words

        said = subjects(stepping.stmt.text[:stepping.step.span.start - stepping.stmt.span.start])
        if (names is None and terminal_regex("RATE_WORD").search(said)
                and said != subjects(head.stmt.text[:head.joint[0][1].span.start - head.stmt.span.start])):
            return None  # (…均达到90%的得2分,满意率每低1个百分点: the steps of one of them)
        points = head.award.value if head.award is not None else self._item_points(head)
        facts = [self.slot(name) for name in head.subjects]
        low = intervals[0].low
        parts = tuple(A.Shortfall(fact, A.Bound(low.value, True), A.Unit.PERCENT, Decimal(0),
                                  stepping.step.step.value, stepping.deduct.value, stepping.stmt.span)
                      for fact in facts)
        self.used.update(id(p) for r in (head, stepping) for p in r.stmt.phrases if id(p) in r.used)
        return A.OwnPoints(A.GroupCap(parts, None, self.span), points, self.span)

    def _joint_conditions(self, head: Reading, slot=None) -> tuple[tuple, tuple, bool]:
        """The values a joint statement reads, their conditions, and whether any one (or all) holds
        (`slot` names each value: none are made where it names none)."""
        slot = slot or self.slot
        stmt = head.stmt
        facts, intervals, start, any_of = [], [], stmt.span.start, False
        last = head.joint[-1][1]
        failing_after = any(_marker(p, A.Marker.NEG) and p.span.start >= last.span.end for p in stmt.phrases)
        if head.subjects:  # 知晓率、参与率达90%以上的得1分 (both), 低于90%的不得分 (either)
            facts = [slot(name) for name in head.subjects]
            intervals = [interval for interval, _ in head.joint]
            # (满意率、办结率均低于90%的扣2分: both, said so; 满意率或办结率…, 任一项…: either, said so)
            said = to_simplified(stmt.text[:head.joint[0][1].span.start - stmt.span.start])
            stated_any = (True if terminal_regex("SUBJECTS_ANY").search(said)
                          else False if terminal_regex("SUBJECTS_ALL").search(said)
                          else head.is_deduction and not (failing_after or head.failing_turned))
            # (知晓率、参与率达到90%以上,达不到的扣2分: the requirement was turned to its failing, which is
            # any one short; with a failing after, not yet turned, it is turned below)
            any_of = stated_any != head.failing_turned
        either = terminal_regex("ANY_OF")
        for interval, phrase in head.joint if not head.subjects else ():
            between = stmt.text[start - stmt.span.start:phrase.span.start - stmt.span.start]
            if facts and either.search(to_simplified(between)):
                any_of = True
            # (满意率低于90%的、办结率低于95%的,扣1分: failings of rates listed, each one a case)
            listed = re.match(r"[ \t\u3000]*的?[ \t\u3000]*、", between) is not None
            if (facts and listed and head.is_deduction and not (failing_after or head.failing_turned)
                    and interval is not None and interval.unit is A.Unit.PERCENT
                    and intervals[-1] is not None and intervals[-1].unit is A.Unit.PERCENT):
                any_of = True
            words = stmt.text[start - stmt.span.start:phrase.span.end - stmt.span.start].strip("，,;；。、 ")
            # (且功能齐全, 同时运行良好, 或安装报警装置: a yes/no named without its joining word)
            alternative = either.match(to_simplified(words))
            joined = terminal_regex("ACTS_JOINED").match(to_simplified(words)) or alternative
            if interval is None and alternative:
                any_of = True
            facts.append(slot(words[joined.end():] if joined else words))
            intervals.append(interval)
            start = phrase.span.end
        if failing_after and None in intervals:
            # (面积200平方米以上且功能齐全,达不到的不得分: a yes/no is not negated here; read as the
            # threshold alone, 且 was unread before, and is refused as then)
            also = next((p for p in stmt.phrases if _marker(p, A.Marker.ALSO)), None)
            raise _unread(stmt, also) if also is not None else _alternative_refused(
                next(p for iv, p in head.joint if iv is None))
        if failing_after and not head.failing_turned:
            # 签定率达100%、兑现率达100%,达不到标准不计分: the outcome is for failing them, so for
            # failing any one (all of them) of the conditions
            intervals = [_negate(iv, stmt.span) for iv in intervals]
            any_of = not any_of
        return tuple(facts), tuple(intervals), any_of

    def _one_of_two(self, head: Reading, rest: list[Reading], dry: bool = False) -> A.Node | None:
        """参评率和满意率均达到90%以上的得2分,其中一项未达到的得1分,两项均未达到的不得分: both
        met, or one of them, each for its points (the best that holds). `dry`: only whether it
        reads so (nothing named, nothing used)."""
        if len(head.joint) != 2 or head.award is None or not rest or len(rest) > 2:
            return None
        partial, tail = rest[0], (rest[1] if len(rest) == 2 else None)
        # (其中一项未达到的扣1分: one short takes 1 from the points of both)
        one = (partial.award.value if partial.award is not None else
               head.award.value - partial.deduct.value if partial.deduct is not None else None)
        # (其中一项, 两项均未: how many of the two, not counts of their own)
        if not (one is not None and 0 < one < head.award.value and not partial.joint
                and self._names_how_many(partial, head) and partial.step is None
                and terminal_regex("ONE_OF_TWO").search(to_simplified(partial.stmt.text))):
            return None
        # (两项均未达到的得1分 / 扣4分: what is left when neither is met)
        none = (None if tail is None or tail.zero else tail.award.value if tail.award is not None
                else head.award.value - tail.deduct.value if tail.deduct is not None else None)
        if tail is not None and not (tail.negative and not tail.joint and self._names_how_many(tail, head)
                                     and tail.step is None
                                     and (tail.zero or (none is not None and 0 < none < one))):
            return None
        if tail is None and partial.deduct is not None and 2 * partial.deduct.value < head.award.value:
            return None  # (有1项未达到的扣1分 of 3: both short, 2 or 1 taken? nothing says)
        facts, intervals, any_of = self._joint_conditions(head, (lambda text: None) if dry else None)
        if any_of or (none is not None and None in intervals):
            return None  # (neither met, of a yes/no part: nothing here asks its other answer)
        if dry:
            return head.stmt
        for r in rest:
            self.used.update(id(p) for p in r.stmt.phrases)
        cases = [A.Joint(facts, intervals, False, head.award.value, head.stmt.span),
                 A.Joint(facts, intervals, True, one, partial.stmt.span)]
        if none is not None:
            cases.append(A.Joint(facts, tuple(_negate(iv, tail.stmt.span) for iv in intervals), False, none,
                                 tail.stmt.span))
        return A.Highest(tuple(cases), self.span)

    def _one_met_but(self, head: Reading, rest: list[Reading]) -> A.Node | None:
        """整改率达到95%以上且无逾期未整改隐患的得5分;整改率达到95%以上但有逾期未整改隐患的得3分;整改率
        低于95%的不得分: both met, or one of them met but (但) not the other, for fewer points; the
        failing of that one after it scores nothing, as when neither holds."""
        if len(head.joint) != 2 or head.award is None or head.per is not None or not 1 <= len(rest) <= 2:
            return None
        but, tail = rest[0], (rest[1] if len(rest) == 2 else None)
        intervals = [iv for iv, _ in head.joint]
        said = [iv for iv, _ in but.joint] if but.joint else [but.condition]
        if not (but.award is not None and 0 < but.award.value < head.award.value and len(said) <= 2
                and but.per is None and but.step is None and None not in said
                and (len(said) == 2 or terminal_regex("BUT_SAID").search(to_simplified(but.lead)))):
            return None
        # (…达到95%以上但有逾期的: the part met said again; 每季度均召开但到会率低于80%的: the other
        # part short; 覆盖率达到70%以上但履约率不足90%的 (、 likewise): both said)
        met = {k for k, iv in enumerate(intervals) if iv in said}
        short = {k for k, iv in enumerate(intervals) if iv is not None and _negate(iv, but.stmt.span) in said}
        if len(said) == 2 and len(met) == 1 and short == {1 - next(iter(met))}:
            met = next(iter(met))
        elif len(said) == 1 and len(met) + len(short) == 1:
            met = next(iter(met)) if met else 1 - next(iter(short))
        else:
            met = None
        if met is None or (tail is not None and not (
                tail.zero and not tail.joint and tail.per is None and tail.step is None and (
                    (intervals[met] is None and tail.negative and tail.condition is None)
                    or (intervals[met] is not None and tail.condition == _negate(intervals[met], tail.stmt.span))))):
            return None
        facts, _, any_of = self._joint_conditions(head)
        if any_of:
            return None
        for r in rest:
            self.used.update(id(p) for p in r.stmt.phrases)
        return A.Highest((A.Joint(facts, tuple(intervals), False, head.award.value, head.stmt.span),
                          A.Joint((facts[met],), (intervals[met],), False, but.award.value, but.stmt.span)),
                         self.span)

    @staticmethod
    def _names_how_many(r: Reading, head: Reading) -> bool:
        """其中一项未达到的, 仅达到其中一项的, 两项均未达到100%的: a condition, if any, that is the how
        many of the two (一项, 两项) or the head's own threshold said again."""
        cond = r.condition
        if cond is None or cond.unit is A.Unit.COUNT:
            return True
        bounds = {b.value for iv, _ in head.joint if iv is not None for b in (iv.low, iv.high) if b is not None}
        return all(b.value in bounds for b in (cond.low, cond.high) if b is not None)

    def _with_caps(self, rule: A.Node, readings: list[Reading]) -> A.Node:
        """The limits written after the statements of a rule read as one (…;未实行的,不得分,单项最高2分:
        passed over, the 6 were given)."""
        seen: set[int] = set()
        for r in readings:
            for cap in r.stmt.caps:
                if id(cap) not in seen and not _marker(cap, A.Marker.FLOOR):
                    seen.add(id(cap))
                    rule = self._modify(rule, cap, whole=False)
        return rule

    def _finish(self, rule: A.Node, readings: list[Reading], split: _Split) -> A.Node:
        """The sentence's own caps and floors around its rule."""
        if any(r.condition is not None for r in readings):  # (only tiers have a gap to close)
            rule = _one_point_between_equal_tiers_closed(rule)
        _no_change_beside_its_rate(rule, readings)
        _no_steps_counted_twice(rule)
        _no_give_back_past_a_floor(rule, readings)
        _points_said_once_given_once(rule, self.ctx.item_points)
        if isinstance(rule, A.OwnPoints):
            self.deducts = False
        _no_bare_limit_on_both_ways(rule, readings, split.modifiers)
        for mod in split.modifiers:
            if not _marker(mod, A.Marker.FLOOR):
                rule = self._modify(rule, mod, whole=True)
        if _floored(readings, split) and not isinstance(rule, A.Floor):
            rule = A.Floor(rule, self.span)
        return rule

    # -- own points and caps ---------------------------------------------------------

    def _without_zero_case(self, readings: list[Reading]) -> list[Reading]:
        """未发生重大事故得满分;发生1起…扣5分: full points when nothing happened is what
        deductions for each count leave anyway; the statement says so and scores nothing."""
        kept = []
        for i, r in enumerate(readings):
            nxt = readings[i + 1] if i + 1 < len(readings) else None
            if (r.full and r.negative and r.condition is None and r.per is None and r.step is None
                    and nxt is not None and nxt.deduct is not None
                    and (nxt.per is not None or (nxt.condition is not None and nxt.condition.unit is A.Unit.COUNT))
                    and not _counts_another_thing(r, nxt)):
                self.used.update(id(p) for p in r.stmt.phrases)
                continue
            kept.append(r)
        return kept

    def _without_other_answers(self, readings: list[Reading]) -> list[Reading]:
        """建立制度得0.5分,否则不得分;开展检查得0.5分,否则不得分: between awards, an award's own
        other answer says only that its points are not given (not that the item scores nothing)."""
        kept = []
        for i, r in enumerate(readings):
            prev = kept[-1] if kept else None
            if (prev is not None and r.zero and prev.award is not None and not prev.negative and not prev.bare
                    and r.signed_points is None and r.per is None and r.step is None and not r.joint
                    and (r.otherwise or (r.negative and r.condition is None and _failing_of(r, prev)))
                    # (未列入的本项不得分: the item scores nothing, whatever the clauses after give)
                    and terminal_regex("SCOPE").search(to_simplified(r.stmt.text)) is None
                    # (落实到位的得2分,未落实的不得分;…每起扣1分: a deduction after it too)
                    and any((later.award is not None and not later.negative) or later.deduct is not None
                            for later in readings[i + 1:])):
                self.used.update(id(p) for p in r.stmt.phrases)
                prev.answered = True
                continue
            kept.append(r)
        return kept

    def _without_no_loss(self, readings: list[Reading]) -> list[Reading]:
        """事假扣1分,病假不扣分: nothing taken, on no condition of a value, scores nothing; it
        says so and reads no value (95%以上不扣分 stays: where the steps below start)."""
        kept = []
        for r in readings:
            # (扣0 .5分: a 0 with no 分, then the rest of a number split by a blank, is no 不扣分)
            if (r.deduct is not None and r.deduct.value == 0 and r.deduct.unit is not A.Unit.NONE
                    and r.condition is None and r.step is None
                    and r.per is None and not r.joint and len(readings) > 1
                    and r.high is None and not r.judged  # (酌情扣0-6分: a range to judge, from 0)
                    and not _grade_given_nothing(r, kept, readings)):
                if terminal_regex("YEAR_ON_YEAR").search(to_simplified(r.stmt.text)):
                    # 每新增一名扣0.2分,新增人数比上年减少的不扣分: a condition that takes
                    # every deduction back, on a value no clause reads
                    raise _Reject(error("E202", f"“{r.stmt.text.strip('，,;；。 ')}”是一个条件,句中没有读它的值",
                                        r.stmt.span, hint="把它写成单独一行规则(比上年减少的,得…分),"
                                                          "或由考评时判断后只填扣分的数量"))
                at = readings.index(r)
                if (any(isinstance(p, A.Deduct) and p.nothing_added for p in r.stmt.phrases)
                        and at > 0 and not r.otherwise
                        and (((readings[at - 1].stmt.limit_ends or readings[at - 1].stmt.separator).strip() in (";", "；", "。")
                              and any(x.award is not None and x.added for x in readings[:at]))
                             # (…加2分,但被通报批评的不加分: a waiver after a comma, said by its 但)
                             or (terminal_regex("BUT_SAID").match(to_simplified(r.stmt.text).lstrip(" \t\u3000,，"))
                                 and any(x.award is not None for x in readings[:at])))):
                    # 每篇加0.1分;当年发生进京非正常上访的,不予加分: the awards taken back when it
                    # happened (passed over, they still counted)
                    raise _Reject(error("E202", f"“{r.stmt.text.strip('，,;；。 ')}”是取消前面加分的条件,jdscore 读不出这种取消",
                                        r.stmt.span, hint="发生这种情况的单位,填值时把加分的数量填为0;"
                                                          "或把取消加分写成单独一行规则"))
                _no_number_in_a_waiver(r, readings)
                _no_exemption_from_the_failing(r, kept)
                self.used.update(id(p) for p in r.stmt.phrases)
                if kept:
                    # 每件扣0.2分(…不合理的不扣分),扣满2分为止: the limit after the exception is on the
                    # deductions before it (dropped with it, none was limited)
                    kept[-1].stmt.caps.extend(r.stmt.caps)
                continue
            kept.append(r)
        return kept

    def _without_part_left_out(self, readings: list[Reading]) -> list[Reading]:
        """每10家计1分,不足10家的不计分: nothing for less than one step, said right after points per
        step, is what is left over earning nothing: whole steps (read as a tier of its own below the
        10, 25 earned 2.5)."""
        kept: list[Reading] = []
        for r in readings:
            prev = kept[-1] if kept else None
            c = r.condition
            # (每新增10户: the count after the words, not after the 每)
            counted = _counted_word(prev) if prev is not None and _first_per(prev) is not None else ""
            # (每增加5家加0.5分,不足5家的不加分: a step up from none, as a count)
            stepped = (prev is not None and prev.step is not None and prev.step.kind is A.StepKind.EXCESS
                       and prev.per is None and prev.step.step.unit in (A.Unit.COUNT, A.Unit.MEASURE))
            if stepped and not counted:
                counted = prev.step.step.word
            if prev is not None and prev.per is not None and not counted:
                # (每引进100万元加1分,不足100万元的不计分: a step of money, as a count's)
                counted = next((p.quantity.word for p in prev.stmt.phrases if isinstance(p, A.Amount)
                                and p.quantity.unit is A.Unit.MEASURE and p.quantity.value == prev.per), "")
            # (每多1个百分点加0.1分,不足1个百分点的不加分: whole points of the rate, even of one)
            points_of_rate = (prev is not None and prev.step is not None and prev.step.kind is A.StepKind.EXCESS
                              and prev.per is None and prev.step.step.unit is A.Unit.PERCENT
                              and c is not None and c.unit is A.Unit.PERCENT)
            stepped = stepped or points_of_rate
            size = prev.per if prev is not None and prev.step is None else (prev.step.step.value if stepped else None)
            if ((counted or points_of_rate) and prev.award is not None and not prev.is_deduction
                    and size is not None and (size > 1 or points_of_rate) and (prev.condition is None or points_of_rate)
                    and (r.zero or (r.award is not None and r.award.value == 0)
                         or (r.deduct is not None and r.deduct.value == 0)) and not r.negative  # (不加分)
                    and r.per is None and r.step is None and c is not None and c.low is None
                    and c.high is not None and not c.high.inclusive and c.high.value == size
                    and not _other_things(counted, _counter_at(r, c))):
                prev.per_full = True
                self.stepwise = self.stepwise or stepped
                prev.used.update(id(p) for p in r.stmt.phrases)
                self.used.update(id(p) for p in r.stmt.phrases)
                continue
            said = next((p for p in r.stmt.phrases if isinstance(p, A.Compare)), None)
            if (counted and said is not None and prev.award is not None and not prev.is_deduction
                    and prev.per is not None and prev.step is None and prev.condition is None and not prev.stmt.caps
                    and (r.zero or (r.award is not None and r.award.value == 0)) and not r.negative
                    and r.per is None and r.step is None and c is not None and c.low is not None
                    and not c.low.inclusive and c.high is None and c.unit is A.Unit.COUNT
                    and not terminal_regex("SCOPE").search(to_simplified(r.stmt.text))
                    and not _other_things(counted, _counter_at(r, c))):
                # 每篇计0.5分,超过4篇的部分不计分 / 超过4篇的不再计分: what is past the 4 earns nothing, a
                # limit of 4 (read as a tier that zeroed the item: 6 articles scored 0)
                prev.stmt.caps.append(A.CapPhrase(replace(said.quantity, value=c.low.value), A.CapStyle.LIMIT,
                                                  False, r.stmt.span))
                prev.used.update(id(p) for p in r.stmt.phrases)
                self.used.update(id(p) for p in r.stmt.phrases)
                continue
            if (prev is not None and (prev.per is not None or stepped) and prev.award is not None
                    and not prev.is_deduction and prev.condition is None
                    and (r.zero or (r.award is not None and r.award.value == 0)) and not r.negative
                    and r.per is None and r.step is None and c is not None and c.low is None and c.high is not None
                    and ((counted and _other_things(counted, _counter_at(r, c)))
                         or terminal_regex("EACH_THING_SAID").search(to_simplified(r.lead)))):
                # 每场计0.1分,参加人数不足30人的场次不计分 / 每亩计0.01分,单个地块不足5亩的不计分: a
                # condition on each thing counted (read as the item's, on a number of its own)
                raise _Reject(error(
                    "E202", f"“{r.stmt.text.strip(' ,，;；。')}”说的是计数的每一个,不是合计;"
                            "jdscore 读不出每一个是否符合", r.stmt.span,
                    hint="只数符合条件的:把条件写进计数的句子(例如 参加人数30人以上的每场计0.1分),"
                         "并在事实里只填符合的数量"))
            kept.append(r)
        return kept

    def _without_method_said(self, readings: list[Reading]) -> list[Reading]:
        """按完成率计分,完成率100%得满分,每低1个百分点扣0.2分 / 根据知晓率计分,90%以上得3分,80%至90%得2分:
        the rate named first is how the clauses after it score, not a share of the points of its own
        (read as one, 5×95% was added to the tiers' and nearly every unit scored full). Only where
        the clauses after it step or tier that rate more than once, or spell the share out again;
        按完成率计分,90%以上的得满分 is a share below the 90%."""
        if len(readings) < 2:
            return readings
        head, rest = readings[0], readings[1:]
        if not (head.proportional and head.award is None and head.deduct is None and head.condition is None
                and head.per is None and head.step is None and head.target is None and not head.full):
            return readings
        stepped = any(r.step is not None and r.step.step.unit is A.Unit.PERCENT for r in rest)
        tiers = [r for r in rest if r.condition is not None and r.condition.unit is A.Unit.PERCENT
                 and (r.award is not None or r.full or r.deduct is not None)]
        # (按比例计分,完成率达到100%的得满分,未达到的按完成比例计分: the share said twice, added twice)
        if not (stepped or len(tiers) >= 2 or any(r.proportional for r in rest)):
            return readings
        self.used.update(id(p) for p in head.stmt.phrases)
        return rest

    def _without_headings(self, readings: list[Reading], split: _Split) -> list[Reading]:
        """城市污水处理厂建设3分,…已建成投运的得3分: points with no verb and no condition, or
        the same words restated, right before a statement giving the same points head it:
        they are those points, named once more, not a second award."""
        base = next((m.limit.value for m in split.modifiers
                     if isinstance(m, A.CapPhrase) and m.style is A.CapStyle.BASE), None)
        kept = []
        said_again = set()
        for i, r in enumerate(readings):
            nxt = readings[i + 1] if i + 1 < len(readings) else None
            if id(r) in said_again:
                continue
            if _met_said_again(r, nxt):
                # 全年开展检查4次(2分),完成的得2分: the requirement's points, then that it is met, with
                # the same points: one award (read as two, a unit that met it scored 4)
                self.used.update(id(p) for p in nxt.stmt.phrases)
                said_again.add(id(nxt))
            if (base is not None and self._plain_award(r) and r.award.value == base and not r.added
                    and any(x.is_deduction for x in readings if x is not r)
                    # (加减分不超过5分: a limit, unread, not the base said again)
                    and not any(_marker(p, A.Marker.BOTH_CAP_SAID, A.Marker.NO_CAP_SAID, *_WITHIN_BASE)
                                for p in r.stmt.phrases)):
                # 以30分为基数,当月未出现质量问题为30分,…扣3分/次: the base, said again as what a unit
                # with nothing wrong scores (read as an award beside it, such a unit scored 60)
                self.used.update(id(p) for p in r.stmt.phrases)
                continue
            if i == 0 and base is not None and _heads_with_a_colon(r, readings[1:]) and r.award.value == base:
                # 公益性岗位管理(5分):基础分5分,…每人次扣1分: the heading's 5 are the base, said twice
                # (read as two starts, 5+5 less what was taken left the item whole)
                self.used.update(id(p) for p in r.stmt.phrases)
                continue
            if (i == 0 and base is not None and _heads_with_a_colon(r, readings[1:]) and r.award.value > base
                    and r.condition is None and _nothing_else(r)):
                self.heading_over_base = r.award.value  # the item's points, the base where it starts
                self.used.update(id(p) for p in r.stmt.phrases)
                continue
            if self._split_in_parts(r, readings[i + 1:]):
                continue
            if (i == 0 and len(readings) == 2 and _heads_with_a_colon(r, readings[1:]) and nxt.judged
                    and nxt.judged != "deduct" and nxt.high is not None and r.award is not None
                    and nxt.high.value == r.award.value):
                # 文明创建工作(6分):…酌情计0-6分: the heading's 6 are the range's top, not points to
                # start from (read so, any amount judged scored all 6)
                self.used.update(id(p) for p in r.stmt.phrases)
                continue
            if (nxt is not None and r.award is not None and nxt.award is not None
                    and r.award.value == nxt.award.value and not nxt.bare and not r.added and not r.negative
                    # (基础2分,…的加2分: added on top, no restatement; a heading's (3分):…加3分 is)
                    and not (r.bare and nxt.added and not _heads_with_a_colon(r, readings[i + 1:]))
                    and r.condition is None and r.per is None and r.step is None and not r.judged
                    and r.high is None and r.target is None and r.rate is None
                    and ((r.bare and (_same_breath(r.stmt) or _shares_words(r.lead, nxt.lead)
                                      # (…文件(3分);完成得3分: met, with no words of its own, after
                                      # points in brackets; 工作开展1分;完成的得1分 are two awards)
                                      or (r.stmt.text.rstrip().endswith((")", "）")) and terminal_regex("MET_AGAIN").fullmatch(
                                          to_simplified(nxt.lead).strip(" \t\u3000,，:：")) is not None)))
                         or (i == 0 and r.lead.strip() and r.lead.strip() in nxt.lead
                             # (有领导小组得5分;有领导小组办公室得5分: two awards, a ; apart)
                             and r.stmt.separator.strip() not in (";", "；", "。")))
                    and not _another_award_after(r, nxt)):
                self.used.update(id(p) for p in r.stmt.phrases)
                continue
            if i == 0 and self._heads_with_a_comma(r, readings[1:]):
                continue
            if (i == 0 and _heads_with_a_colon(r, readings[1:]) and not _scores_nothing(r.stmt)
                    and any(x.award is not None and not x.zero and not x.added for x in readings[1:])):
                # 残疾人就业(6分):不少于30人的得4分,每多1人加0.2分…: the heading's 6 are no yes/no of
                # their own beside the awards after the colon (read so, 是 added all 6); decided once
                # the rest is read (see heading_restated); a heading with words of its own to read
                # (…(6分):组建不少于30人的队伍,达到的得2分) is refused at once
                unsure = error(
                    "E202", f"标题的{plain(r.award.value)}分是冒号后各项的合计,还是另一项得分,句子没有说清",
                    r.stmt.span, hint="把标题的分值写在分组上(项目 \"…\" 6分 { … }),冒号后的各项写成规则")
                # (残疾人两项补贴(4分): a count inside the heading's name is a word of it, no target;
                # 全年用稿12篇(6分) ends with its count)
                named = (r.target is not None and r.per_count is not None and re.search(
                    "[\u4e00-\u9fff]", r.stmt.text[r.per_count.span.end - r.stmt.span.start:
                                                      r.award.span.start - r.stmt.span.start]) is not None)
                if (r.condition is not None or (r.target is not None and not named) or r.rate is not None
                        or not _nothing_else(r)):
                    raise _Reject(unsure)
                self.unsure_heading = (r, unsure)
                self.used.update(id(p) for p in r.stmt.phrases)
                continue
            kept.append(r)
        return kept

    def _heads_with_a_comma(self, r: Reading, after: list[Reading]) -> bool:
        """重点项目指标20分,列入…的得10分,完成…的得10分: a name and its points, a comma, then awards
        of their own: the points are theirs together (read as a yes/no of 20 beside them, one 是
        scored all 20). Awards adding up to more or less are refused."""
        if not (r.bare and r.award is not None and r.condition is None and r.per is None and r.step is None
                and not r.added and r.lead.strip(" ,，:：()（)") and r.stmt.separator.strip() in (",", "，")
                # (有计划1分,有总结1分: a list of bare points, each its own; …的得标准分10分 is one given)
                and not any(a.bare and not any(_marker(p, A.Marker.DE) for p in a.stmt.phrases) for a in after)
                and not any(_marker(p, A.Marker.DE) for p in r.stmt.phrases)  # (…的3分: points for something)
                and sum(1 for a in after if (a.award is not None or a.proportional) and not a.added and not a.zero) >= 2):
            return False
        if all(self._plain_award(a) for a in after) and sum(
                a.award.value for a in after) == r.award.value:
            self.used.update(id(p) for p in r.stmt.phrases)
            return True
        raise _Reject(error(
            "E202", f"“{r.stmt.text.strip(' ,，')}”的{plain(r.award.value)}分是后面各项的合计,还是另一项得分,句子没有说清",
            r.stmt.span, hint="把这个分值写在分组上(项目 \"…\" 20分 { … }),后面的各项写成规则"))

    def _split_in_parts(self, r: Reading, after: list[Reading]) -> bool:
        """建立工作组记2分,其中,明确专干的记1分,报酬落实的记1分: the 2 is the two 1s, not a
        third award; the parts after 其中 must add up to it."""
        # 数字准确,无涂改。5分(字迹工整2分,数据准确3分): points, then their parts in brackets
        # (…每1人次加0.2分,至12分止) after 12分。: one part that gives all of them
        opens = r.stmt.separator.strip()[-1:] in ("(", "（") or (
            bool(after) and after[0].stmt.text.lstrip()[:1] in ("(", "（") and r.stmt.separator.strip() in ("。", "."))
        # (得5分(制度3分、台账2分): an award's points split in the brackets right after them, as well)
        bracketed = ((r.bare or self._plain_award(r)) and opens and (len(after) >= 2 or (len(after) == 1 and after[0].per is not None))
                     and r.stmt.text.rstrip()[-1:] not in (")", "）")  # (not points in brackets themselves)
                     # (a part that gives nothing, 发生事故的扣30分, is none of them: no −1 to cancel a 1)
                     and all(_most_it_gives(a) for a in after)
                     and sum(_most_it_gives(a) for a in after) == (r.award.value if r.award else None))
        # 综治中心建设(4分):有固定场所的得1分,有专职人员的得1分…: a heading's points and a colon, then
        # awards adding up to them (read as an award of its own, a unit with none of them scored 4)
        colon = r.stmt.separator.strip() in (":", "：") or (bool(after) and after[0].stmt.text.lstrip()[:1] in (":", "："))
        # (…的得1分,每少1个扣0.2分: a part's deductions come off its own points, adding nothing)
        parts = [Decimal(0) if a.award is None and a.is_deduction else
                 a.award.value if a.award is not None and a.condition is not None and _nothing_else(a) else
                 _most_it_gives(a) for a in after]
        headed = (r.bare and colon and len(after) >= 2 and r.award is not None and r.condition is None
                  and r.per is None and all(p is not None for p in parts) and not any(a.added for a in after))
        if headed and sum(parts) != r.award.value:
            # (…得1分;培训每少1次扣0.2分 under (2分): the rest of the 2 for the deductions, unsaid)
            if all(self._plain_award(a) for a in after) or (
                    0 < sum(parts) < r.award.value and any(a.award is None and a.is_deduction for a in after)):
                raise _Reject(error(
                    "E202", f"标题的{plain(r.award.value)}分和冒号后各项的分值加起来({plain(sum(parts))}分)"
                            "对不上,不清楚标题的分值怎样计分", r.stmt.span, hint="核对各项分值,或把标题的分值写在分组上"))
            if (sum(parts) > r.award.value and any(a.condition is not None for a in after)
                    and any(self._plain_award(a) and a.rate is None for a in after)):
                # 禁毒宣传教育(6分):…的得2分;…达到100%的得2分,…;…5%以上的得2分,达到3%的得1分: tiers of one
                # value, added here as if each held; read apart, the 6 was a yes/no of its own. What
                # the tiers give at most is known once they are read (see heading_restated)
                self.unsure_heading = (r, error(
                    "E202", f"标题的{plain(r.award.value)}分是冒号后各项的合计,还是另一项得分,句子没有说清",
                    r.stmt.span, hint="把标题的分值写在分组上(项目 \"…\" 6分 { … }),各项分开写成规则"))
                self.used.update(id(p) for p in r.stmt.phrases)
                return True
            headed = False
        if headed:
            self.used.update(id(p) for p in r.stmt.phrases)
            return True
        if (r.award is None or not after or (after[0].award is None and after[0].each is None)
                or r.condition is not None or r.per is not None
                or not (bracketed or any(_marker(p, A.Marker.OF_WHICH) for p in after[0].stmt.phrases))
                # (…均完成的得2分,其中一项未完成的得1分: one of the parts not done, not a part's points)
                or terminal_regex("ONE_OF_TWO").search(to_simplified(after[0].stmt.text))):
            return False
        total = Decimal(0)
        for part in after:
            most = _most_it_gives(part)
            if (most is None and part.each is not None and not part.each.deduct and part.per is None
                    and part.step is None):  # 其中A、B和C各占15分: each of the kinds named
                most = part.each.points.value * _failings(part.stmt.phrases, or_joins=not part.each.alternatives_one)
            if most is None:
                return False  # a part with no most it can give: the parts cannot be added up
            total += most
            if total >= r.award.value:
                break
        if total != r.award.value and bracketed:
            return False  # parts that do not add up to them: not their parts
        if total != r.award.value:
            raise _Reject(error("E202", f"“其中”后面各项的分值加起来是{plain(total)}分,和前面的{plain(r.award.value)}分对不上",
                                after[0].stmt.span, hint="核对“其中”前后的分值"))
        self.used.update(id(p) for p in r.stmt.phrases)
        self.used.update(id(p) for p in after[0].stmt.phrases if _marker(p, A.Marker.OF_WHICH))
        return True

    @staticmethod
    def _no_nested_steps(readers: list[_Reader]) -> None:
        """低于96%的,每降低1个百分点扣0.25分;低于90%的,每降低1个百分点扣0.5分: below 90 both
        hold. Do both count (5.25 at 85%), or 0.25 down to 90 and 0.5 below it (4)? Refused."""
        for a, b in zip(readers, readers[1:]):
            x, y = a.first, b.first
            if (x.step is not None and y.step is not None and _step_kind(x.step) is _step_kind(y.step)
                    and x.condition is not None and y.condition is not None and not _subject(y)
                    and not _disjoint(x.condition, y.condition)):
                raise _Reject(error(
                    "E202", "两段逐步计分的范围重叠:在重叠的范围里,是两段都算,还是后一段代替前一段,句子没有说清",
                    y.stmt.span, hint="写清每一段的范围,例如 90%至96%的,每降低1个百分点扣0.25分;低于90%的,…"))

    def _before_its_deductions(self, reader: _Reader, readers: list[_Reader]) -> bool:
        """A plain award whose note in brackets, right after it, only deducts."""
        first = reader.first
        at = next(i for i, x in enumerate(readers) if x is reader)
        nxt = readers[at + 1] if at + 1 < len(readers) else None
        if nxt is None or len(reader.readings) != 1 or first.added:
            return False
        # (不合格食品核查处置率达到100%的: a 不 in the rate's name, no failing)
        if first.negative and not (first.condition is not None and first.condition.unit is A.Unit.PERCENT):
            # 全年未发生迟报、漏报的得2分,发生的每起扣0.5分 among other clauses: none of what is
            # counted is where its count starts, as in a sentence of its own
            return self._plain_award(first) and all(
                r.per is not None and r.deduct is not None and r.condition is None and r.step is None
                and not _counts_another_thing(first, r) for r in nxt.readings)
        if self._plain_award(first) and first.stmt.separator in ("(", "（"):
            return all(r.is_deduction for r in nxt.readings)
        # 投诉回复率100%得3分,每有一件未回复的扣0.5分: the rate in full is none missed, the points
        # what each one missed comes off (a rate below it would take them all, and the count nothing)
        full = first.condition
        # (…100%得满分: the item's points said so, before the one count after it alone)
        return ((first.award is not None or (first.full and self.ctx.item_points is not None
                                             and at + 2 == len(readers)))
                and first.per is None and first.step is None and full is not None
                and full.unit is A.Unit.PERCENT and full.low is not None and full.low.value == 1
                and full.low.inclusive and (full.high is None or full.high.value == 1)
                and all(r.per is not None and r.deduct is not None and r.condition is None and r.step is None
                        and _misses_of_the_rate(first, r) for r in nxt.readings))

    def _without_qualifiers(self, readings: list[Reading]) -> list[Reading]:
        """听一次加2分,无记录、评议不加分: after points for each one, 不加分 says which ones do
        not count (as 负面报道不计分 does in a note); it is no zero for the whole item."""
        kept = []
        for i, r in enumerate(readings):
            prev = readings[i - 1] if i else None
            if (prev is not None and prev.per is not None and prev.award is not None and _same_breath(prev.stmt)
                    and r.zero and not r.full and r.condition is None and r.per is None and r.step is None
                    and not r.otherwise and r.award is None and r.deduct is None
                    and _qualifies(r, prev)):
                self.used.update(id(p) for p in r.stmt.phrases)
                continue
            kept.append(r)
        return kept

    def _without_restated_failings(self, readings: list[Reading]) -> list[Reading]:
        """有工作计划,得2分(未制定不得分);…得4分: a yes/no award's own failing, said again,
        before more awards: it is that award's other answer, not a zero for the whole item."""
        kept = []
        for i, r in enumerate(readings):
            prev = readings[i - 1] if i else None
            later = any(x.award is not None or x.judged in ("award", "either") for x in readings[i + 1:])
            if (prev is not None and later and r.zero and r.negative and not r.otherwise
                    and r.condition is None and r.per is None and r.step is None
                    and self._plain_award(prev) and not prev.negative and not prev.added
                    # (未列入的本项不得分: the whole item, as it says)
                    and terminal_regex("SCOPE").search(to_simplified(r.stmt.text)) is None
                    # (有工作计划得2分,未开展培训不得分: a failing of its own zeroes the item)
                    and (_failing_of(r, prev) or len(_failing_words(r, ",，;；。 的()（）")) <= 2)):
                self.used.update(id(p) for p in r.stmt.phrases)
                continue
            kept.append(r)
        return kept

    def _own_points(self, readers: list[_Reader], floored: bool) -> Decimal | None:
        """得9分,…每少1项扣0.5分: a first statement that gives points with no condition of
        its own, then only deductions: the deductions count down from those points."""
        if len(readers) < 2:
            return None
        head = readers[0]
        first = head.first
        rest = [r for reader in readers[1:] for r in reader.readings]
        less = bool(rest) and all(r.from_award for r in rest)  # 加3分,…少加0.5分: less of the 3
        # (档案齐全的得满分;不全的扣1分: the item's points, as 得3分 would be)
        points = first.award.value if first.award is not None else self.ctx.item_points if first.full else None
        if (len(head.readings) != 1 or points is None or (first.added and not less) or first.condition is not None
                or first.per is not None or first.step is not None or first.periodic or _per_period(first)
                or first.judged or first.listed or first.proportional  # (按期办结率×6分计分: a share of the 6)
                or first.amounts or first.rank or first.high is not None):
            return None
        numbered = any(isinstance(p, (A.Amount, A.Compare, A.Range)) for p in first.stmt.phrases)
        if (not all(r.is_deduction or (r.step is not None and (r.award is None or less or numbered)) for r in rest)
                or any(r.proportional for r in rest)):
            # (…得2分,未完成的按比例计分(…不得分): a share of the 2, nothing off them; 列入预算的得2分;
            # …比上年每增加10万元加0.5分: awards on top of a yes/no with no number for them to go on from)
            return None
        lead = first.lead.strip(" ,，")
        # 全年无亡人火灾的得4分;每起扣2分: none of what is then counted is where the count starts
        # (…;发生较大及以上事故的,本项不得分 after them: the item lost, beside the counting)
        none_counted = first.negative and any(r.per is not None for r in rest) and _counting_what_none_had(first, rest)
        # 年度内未发生重大群体性事件的,得3分;发生1起的扣1.5分,发生2起以上的不得分: tiers of the count
        # of the same case, from the 3 (a yes/no of its own took all 3 for one case)
        none_counted = none_counted or (first.negative and bool(rest) and all(
            r.condition is not None and r.condition.unit is A.Unit.COUNT and r.per is None and r.step is None
            and (r.deduct is not None or r.zero) and not _counts_another_thing(first, r) for r in rest))
        # (全年未发生水库垮坝事故的得2分;病险水库…每座扣0.5分: none of another thing, a yes/no of its own)
        none_of_another = first.negative and not floored and not _same_breath(first.stmt) and all(
            r.per is not None and _counts_another_thing(first, r) for r in rest)
        # 接警后20分钟内到达现场的得3分;每迟到5分钟扣0.5分: the minutes counted are how far past the
        # first's time, its failing (a yes/no of its own took all 3 for 25 minutes)
        none_counted = none_counted or (_names_a_duration(first) and any(
            r.per is not None and _names_a_duration(r) for r in rest))
        # (建立工作制度的得2分,未按时报送材料的不得分: the failings all of other things than the award's words)
        others_failed = (lead and not first.negative and bool(rest) and not floored and not none_counted
                         and self._plain_award(first) and not first.bare  # (服装:10分为满分: a heading's points)
                         and not lead.rstrip().endswith((":", "："))
                         and all(r.step is None and (_failing_of_another_thing(r, first) or (
                                     r.per is None and r.condition is None and _event_of_its_own(r, first)))
                                 for r in rest))
        # 建立台账的得3分,台账不完善的每处扣1分: the 3 for making it, a yes/no; the faults of what was made
        # come off them (read from the 3 alone, a unit with no ledger kept 3)
        # (有安排、有部署并按标准申报得满分,…: several acts, their failings the other answers)
        several = (terminal_regex("ACTS_JOINED").search(lead) or terminal_regex("FAILINGS_JOIN").search(to_simplified(lead))
                   or re.search("[,，]", lead))
        made = None if several else (
            terminal_regex("MADE_ACT").match(to_simplified(lead)))
        thing = _han(to_simplified(lead)[made.end():]).removesuffix("的")[-2:] if made else ""
        faults_of_it = (len(thing) == 2 and not first.negative and bool(rest)
                        and all(r.is_deduction and thing in to_simplified(_failing_words(r)) for r in rest))
        if none_of_another or first.answered or others_failed or faults_of_it or (
                lead and not terminal_regex("STANDARD_MET").fullmatch(to_simplified(lead))
                and not _same_breath(first.stmt) and not floored and not none_counted
                and not any(r.negative or r.step is not None for r in rest)):
            # 排查对象准确计1分。发现一例优亲厚友扣0.5分: the 1 is for what its own words say, a
            # yes/no; the deductions, about something else, still count down from it
            self.own_on_yes = True
        return points

    def _none_said_last(self, readings: list[Reading]) -> list[Reading]:
        """发生较大及以上事故的不得分,发生一般事故的每起扣1分,未发生安全事故的得5分: the points for none
        of the cases, said after them, are where they count down from, as when said first (refused:
        不得分 before an award)."""
        if len(readings) < 2:
            return readings
        last, before = readings[-1], readings[:-1]
        if len(before) == 1 and before[0].per is None and before[0].step is None:
            return readings  # (发生安全事故的,本项不得分;未发生的得5分: the event and its other answer)
        # (超职数配备干部的,每超1名扣1分;未超职数配备的得满分: the item's points, the same)
        full = last.full and last.award is None and last.condition is None and _nothing_else(last)
        if not (last.negative and (self._plain_award(last) or full) and not last.added and not last.answered
                and all(r.is_deduction and not r.negative and r.award is None for r in before)
                and any(not _counts_another_thing(last, r) for r in before)):
            return readings
        return [last, *before]

    @staticmethod
    def _plain_award(r: Reading) -> bool:
        """A yes/no award: points, and nothing counted, compared or judged."""
        return r.award is not None and r.condition is None and _nothing_else(r)

    @staticmethod
    def _yes_no(reader: _Reader) -> bool:
        r = reader.first
        return (len(reader.readings) == 1 and (r.zero or r.deduct is not None) and r.per is None
                and r.step is None and r.condition is None and not r.judged and r.high is None)

    def _start_said(self, own, readings: list[Reading], split: _Split) -> None:
        """每少填报1次扣2分,被采纳的每条加4分 in an item of 20分: do the deductions come off the
        20 (and the awards make up for them), or do both count from 0? Counted awards beside
        deductions, with no points of the sentence's own, do not say."""
        points = self.ctx.item_points
        if (own is not None or not self.mixed or points is None or self.ctx.role is not A.Role.BASE
                or any(isinstance(m, A.CapPhrase) and m.style in (A.CapStyle.TOTAL, A.CapStyle.BASE)
                       for m in split.modifiers)):
            return
        # (开展警示教育的加0.5分 beside 每少1次扣1分: an added yes/no asks the same)
        # (低于90%的扣1分,达到98%以上的加0.5分: an added tier too)
        once = [r for r in readings if r.award is not None and r.per is None and r.step is None]
        if any(not r.added for r in once):
            return  # 12%的,得基准分8分,每下降…加1分,每上升…扣1分: steps from points of their own
        added = next(iter(once), None)
        if not any(r.deduct is not None for r in readings):
            return  # 每完成一项得2分,反之不得分: nothing is taken off
        counted = added or next((r for r in readings if r.award is not None and (r.per is not None or r.step is not None)), None)
        if counted is not None and _awards_built_up_first(readings):
            return
        if counted is not None:
            raise _Reject(error(
                "E202", f"这句既有加分又有扣分,没有说从哪里算起: 是从本项{plain(points)}分扣起(加分补回),"
                        "还是从0分加起", counted.stmt.span,
                hint=f"从本项分值扣起的,句首写 基础分{plain(points)}分,;从0分加起的,把加分和扣分分成两行规则"))

    def within_base(self, rule: A.Node, bound: A.MarkerPhrase) -> A.Node:
        """完成得基本分10分,多完成1%加1分,少完成1%扣1分,加扣分均不突破基本分: what the steps add
        is at most the 10 (so 20 at most), what they take at most the 10 (so 0 at least). Only a
        sentence with base points of its own can say so; otherwise the words stay unread."""
        floored = isinstance(rule, A.Floor)
        own = rule.rule if floored else rule
        if not isinstance(own, A.OwnPoints):
            return rule
        self.used.add(id(bound))
        inner = own.rule
        if not _marker(bound, A.Marker.TAKEN_WITHIN_BASE):
            parts = inner.rules if isinstance(inner, A.GroupCap) else (inner,)
            added = [r for r in parts if (high := rule_range(r).high) is None or high > 0]
            if isinstance(inner, A.GroupCap) and inner.limit is None and added:
                inner = A.GroupCap(tuple(A.Cap(r, own.points, False, bound.span) if r in added else r
                                         for r in parts), None, inner.span)
            elif not isinstance(inner, A.GroupCap) and added:
                inner = A.Cap(inner, own.points, False, bound.span)
        rule = A.OwnPoints(inner, own.points, own.span)
        if floored or not _marker(bound, A.Marker.ADDED_WITHIN_BASE):
            rule = A.Floor(rule, bound.span)
        return rule

    def _change_both_ways(self, readings: list[Reading]) -> A.Node | None:
        """每增长1%计1分,每下降1%扣1分 / 比上年每增加1个百分点加0.5分,每下降1个百分点扣0.5分: steps
        up and down in percent, one gaining and one losing, with no point of their own, count
        from no change: the value is the change, below 0 when it fell (as after 持平得5分)."""
        anchor = None
        if (len(readings) == 3 and readings[0].peer is not None and self._plain_award(readings[0])
                and not readings[0].added and not readings[0].stmt.caps):
            # 增速以全市平均增速为基准得3分,每高1个百分点加0.5分,每低1个百分点扣0.5分: the 3 at the average,
            # the steps either way from it (read apart, the 3 only above it and the fall a count of its own)
            anchor, readings = readings[0], readings[1:]
        if len(readings) != 2 or any(r.step is None for r in readings):
            return None
        up, down = sorted(readings, key=lambda r: _step_kind(r.step) is not A.StepKind.EXCESS)
        if _step_kind(up.step) is not A.StepKind.EXCESS or _step_kind(down.step) is not A.StepKind.SHORT:
            return None
        if any(r.step.step.unit is not A.Unit.PERCENT or r.signed_points is None or r.stmt.caps
               or r.condition is not None or r.per is not None or r.rate is not None or r.target is not None
               or r.required is not None or r.period is not None for r in readings):
            return None
        if (up.signed_points > 0) == (down.signed_points > 0):
            return None  # both gain or both lose: two values, as before
        fact = self.slot("；".join(r.stmt.text.strip("，,;；。 ") for r in ([anchor] if anchor else []) + readings))
        # 与全市平均水平比较,每高1个百分点加0.1分,每低…: from the average, not from no change
        peer = anchor is not None or any(r.peer is not None for r in readings)
        said = to_simplified("".join(r.stmt.text for r in readings))
        met = (not peer and terminal_regex("TARGET_MET_SAID").search(said) is not None
               and not any(terminal_regex(t).search(said) for t in ("YEAR_ON_YEAR", "GROWTH_NAMED")))
        # (完成…指标,每高于或低于0.5%分别加(扣)5分: from the target met, 100%; read from 0, a unit at
        # 100% of its target gained 1000)
        still = A.Bound(Decimal(1) if met else Decimal(0), True)
        change = A.GroupCap((
            A.Excess(fact, still, A.Unit.PERCENT, Decimal(0), up.step.step.value, up.signed_points,
                     up.stmt.span, self.stepwise),
            A.Shortfall(fact, still, A.Unit.PERCENT, Decimal(0), down.step.step.value, -down.signed_points,
                        down.stmt.span, self.stepwise)), None, self.span)
        if anchor is not None:
            change = A.OwnPoints(change, anchor.award.value, self.span)
        return A.Peer(change, self.span) if peer else change

    def _modify(self, rule: A.Node, mod, whole: bool) -> A.Node:
        if _with_a_limit(rule):  # …,最高加10分;…,低于80%的本项不得分: the limit stays as it is
            return A.GroupCap((self._modify(rule.rules[0], mod, whole), rule.rules[1]), None, rule.span)
        if isinstance(mod, A.FloorCap):
            return A.Floor(A.Cap(rule, mod.limit.value, True, mod.span), mod.span)
        cap: A.CapPhrase = mod
        if cap.limit.unit is not A.Unit.POINTS:
            return self._count_limited(rule, cap)
        if cap.limit.value == 0:
            # 最多扣0分, 计满0分为止: a limit of nothing leaves the sentence scoring nothing (直至0分为止
            # was read so: its deductions never bit)
            raise _Reject(error("E202", "上限是0分,这一句就不会计分;不清楚0分说的是什么", cap.span,
                                hint="扣到0分为止的,写成 扣完为止"))
        once = A.unwrap(rule)
        if isinstance(once, A.BooleanAward) and any(r.stmt.span == once.span and _a_year_of(r, cap)
                                                    for r in self.all_readings):
            # 每季度按时报送的得0.5分,全年满分2分: the points each period met earns, a year of them the
            # limit: the value is the periods met (a yes/no, it could never reach the 2)
            counted = A.PerCountAward(once.fact, Decimal(1), once.points, once.span)
            return A.Cap(counted, cap.limit.value, False, cap.span)
        first = A.unwrap(rule.rules[0]) if isinstance(rule, A.GroupCap) and rule.rules else None
        if (isinstance(first, A.Shortfall) and cap.on_deductions and cap.style is A.CapStyle.LIMIT
                and (cap.together or cap.names_deducted)  # (…每逾期1天扣0.1分,最多扣1分: that clause's)
                and rule.limit is None and first.points > 0 and first.step_points > 0
                and all(rule_range(r).high is not None and rule_range(r).high <= 0 for r in rule.rules[1:])):
            # 完成率100%的得5分,每低1个百分点扣0.2分;建成率…每低1个百分点扣0.1分;上述两项扣分最高不超过5分:
            # the 5 is where both count down from, and what the first steps take is taken too (read as
            # the first's own points, its 4 lost were no deduction: 80% and 70% scored −2, not 0)
            return self._modify(A.OwnPoints(replace(rule, rules=(replace(first, points=Decimal(0)), *rule.rules[1:])),
                                            first.points, first.span), mod, whole)
        inside = _steps_capped_inside(rule, cap) if cap.on_deductions and cap.style is A.CapStyle.LIMIT else None
        if inside is not None:
            return inside
        steps = [t for t in once.tiers if t.kind is A.RankFrom.AFTER] if isinstance(once, A.Rank) else []
        if cap.on_deductions and len(steps) == 1:
            # 前三位的得满分,其余每后移一位扣0.2分,最多扣3分: the steps down the places stop 3 below
            # where they start (the limit was on no deduction: the last places scored 0, not 1)
            start = max(t.points for t in once.tiers if t.kind is not A.RankFrom.AFTER)
            return _with_inner(rule, replace(once, floor=max(once.floor, start - cap.limit.value)))
        if (cap.on_deductions and isinstance(rule, A.GroupCap) and rule.limit is None
                and isinstance(rule.rules[0], A.OwnPoints)):
            # （3分）…每少1次扣0.5分;…每次扣0.2分,本项最多扣2分: the 3 the first part counts from is
            # the sentence's, not taken (capped with what is taken, 3−3−1 scored 0, not 1)
            first = rule.rules[0]
            rule = replace(first, rule=replace(rule, rules=(first.rule, *rule.rules[1:])))
        if (isinstance(rule, A.OwnPoints) and (cap.on_deductions or cap.added)
                and cap.style is A.CapStyle.LIMIT):
            # 基础分4分;…加1分;…扣0.5分,…扣1分,合计扣分以4分为限: what is taken (added) is limited,
            # not the 4 the sentence starts from (read so, 4+1−5 capped at −4 scored 0, not 1)
            inner = rule.rule
            answer = tuple(r for r in inner.rules if isinstance(r, A.BooleanDeduction) and r.on_no
                           and r.points in (None, rule.points)) if isinstance(inner, A.GroupCap) else ()
            if cap.on_deductions and answer and inner.limit is None and len(answer) < len(inner.rules):
                # 完成任务的得2分,未完成的不得分;…每处扣0.2分,…上述问题累计扣分不超过1分: the first
                # clause's other answer takes its points, whatever the limit on the problems after
                rest = tuple(r for r in inner.rules if r not in answer)
                capped = self._modify(rest[0] if len(rest) == 1 else A.GroupCap(rest, None, inner.span), mod, whole)
                return replace(rule, rule=A.GroupCap(answer + (capped,), None, inner.span))
            return replace(rule, rule=self._modify(inner, mod, whole))
        if cap.together and self.deducts and not cap.on_deductions:
            cap = replace(cap, on_deductions=True)  # …每件扣1分,合计不超过3分: what is taken
        taken_only = rule_range(rule).high is not None and rule_range(rule).high <= 0
        if (taken_only and not cap.on_deductions and not cap.added
                and cap.style in (A.CapStyle.LIMIT, A.CapStyle.TOPPED)
                and (not whole or cap.style is A.CapStyle.TOPPED or self.ctx.item_points is None)):
            # (4分):…每人扣0.2分,累计不超过1分;… / 每家扣0.5分,最多不超过1.5分: a clause that only
            # takes can score no more than 0; its own limit is on what it takes (so a sentence's:
            # 未报减3分,报错扣2分,迟报每天减1分,以5分为限, where a limit on the sum given was never reached)
            cap = replace(cap, on_deductions=True)
        if (cap.style is A.CapStyle.TOTAL and isinstance(rule, A.OwnPoints)
                and rule.points == cap.limit.value):
            # 满分8分。符合标准的,得8分;…扣2分: the total restates the points deductions come off
            return rule
        if cap.style is A.CapStyle.BASE and isinstance(rule, A.OwnPoints) and rule.points == cap.limit.value:
            return rule  # 基本分5分。…达到平均水平的,得基本分5分: the base, said again (read as two, 10)
        if cap.style is A.CapStyle.BASE:
            # 基础分值5分,完成任务的加5分,完不成任务的扣5分: both count from the 5
            reach = rule_range(rule)
            if (self.ctx.item_points is not None and cap.limit.value >= self.ctx.item_points
                    and (reach.high is None or reach.high > 0)):
                # 基础分80分,…每项加2分 in an item of 80: the bonuses were capped away in silence (beside
                # deductions they only won points back, where readers add them above the base)
                raise _Reject(error(
                    "E202", f"基础分{plain(cap.limit.value)}分已是本项的全部分值,其上的加分不会起作用", cap.span,
                    hint="超出本项分值的加分请写成加分项(加分项 { … },最高分写在那里),或给本项写上更高的分值"))
            return A.OwnPoints(rule, cap.limit.value, cap.span)
        if cap.style is A.CapStyle.TOTAL and self.deducts:
            # 每缺一项扣0.5分,共4分: the points the deductions come off
            return A.OwnPoints(rule, cap.limit.value, cap.span)
        if cap.style is A.CapStyle.TOTAL and self.mixed and rule_range(rule).high == cap.limit.value:
            # …95%以上的得3分,每低1个百分点扣0.5分;…每10起扣0.1分。(3分): what the sentence gives at
            # most is the total: the item's points, said again
            return A.Cap(rule, cap.limit.value, False, cap.span)
        if (cap.style is A.CapStyle.TOTAL and self.mixed and rule_range(rule).high in (0, None)
                and any(r.full for r in self.all_readings) and not any(r.added for r in self.all_readings)):
            # 本项3分。…下降或持平的得满分;…每上升1个百分点扣0.5分: the 满分 is the total said, where
            # the deductions start (no award of its own is left in the rule)
            return A.OwnPoints(rule, cap.limit.value, cap.span)
        if cap.style is A.CapStyle.TOTAL and self.mixed:
            # (…低于96%的不得分;…未完成任务量的,按完成比例折算得分。(2分): a cap on the sum, or a share of
            # what the tiers gave? Only cases of nothing taken leave the question as open)
            taken = any(r.deduct is not None for r in self.all_readings)
            raise _Reject(error(
                "E202", "句中写了本项分值,又既有加分又有扣分,不清楚分值是起点还是上限" if taken else
                "句中写了本项分值,又有得分和不得分的分句,不清楚分值是各分句的合计上限,还是另有算法", cap.span,
                hint="把加分和扣分写成两行规则,或去掉“分值…分”改在分组上写分值" if taken else
                "各分句的分值相加不超过本项分值的,去掉句中的“…分”,改在分组上写分值"))
        limit = cap.limit.value
        if (self.deducts and not cap.on_deductions and cap.style in (A.CapStyle.LIMIT, A.CapStyle.AS)
                and self.ctx.item_points is not None and limit < self.ctx.item_points):
            # 备课打印稿,最高9分,…再降1分 in a 10-point item: the most it may score, or lose?
            n = plain(limit)
            raise _Reject(error(
                "E202", f"只有扣分的句子里写了“最高{n}分”,又比本项分值少,不清楚是最多扣{n}分,还是本项最高得{n}分",
                cap.span, hint=f"扣分上限写成 最多扣{n}分;得分上限另写一行规则"))
        reach = rule_range(rule).high
        if (cap.style in (A.CapStyle.LIMIT, A.CapStyle.TOPPED, A.CapStyle.AS) and not cap.on_deductions and not self.deducts
                and reach is not None and 0 < reach < limit and not self.stepwise):
            # (…依次类推,最多加5分: the tiers go on up to the 5)
            # 有一次会议记录的得1分,最多得2分: a limit the sentence as read can never reach says
            # it was meant per time; read as it stands, the 2 would be dropped
            raise _Reject(error(
                "E202", f"写了最高{plain(limit)}分,但按读出的规则本句最多只能得{plain(reach)}分,不清楚是不是每有一次(一项)计一次",
                cap.span, hint="按次数计分的写成 每有一次计1分,最多计2分"))
        least = rule_range(rule).low
        if (cap.on_deductions and self.deducts and least is not None and 0 < -least < limit and not self.stepwise
                and not cap.together and len(self.all_readings) == 1 and isinstance(A.unwrap(rule), A.BooleanDeduction)):
            # 通报批评的扣1分,最多扣5分: a limit the sentence as read never reaches says it was meant per
            # time (read as a yes/no, three notices lost 1)
            raise _Reject(error(
                "E202", f"写了最多扣{plain(limit)}分,但按读出的规则本句最多只扣{plain(-least)}分,"
                        "不清楚是不是每有一次(一项)扣一次", cap.span,
                hint="按次数扣分的写成 每有一次扣1分,最多扣5分"))
        base = A.unwrap(rule)
        flat = list(_group_parts(base)) if isinstance(base, A.GroupCap) else []
        awarded = [r for r in flat if isinstance(r, A.Excess) and r.step_points > 0]
        if cap.added and len(awarded) == 1 and base.limit is None and all(
                isinstance(r, (A.Excess, A.Shortfall, A.DeficitDeduction, A.PerCountDeduction, A.Tiers))
                for r in flat):
            # 达到100%的得10分,每超过1个百分点加0.5分,最多加3分;每低1个百分点扣0.5分: the 3 limits
            # what the steps above add, not the sentence (which would score 3 at most); so after a
            # band (在99%(含)—99.5%之间的得3分,99.5%以上的每高0.1个百分点加0.2分,最多加1分)
            steps = awarded[0]
            return _with_inner(rule, _swapped(base, steps, A.Cap(steps, cap.limit.value + steps.points, False, cap.span)))
        if cap.added and isinstance(base, A.Excess) and base.points > 0 and not any(
                r.added and r.step is None and r.award is not None and r.award.value == base.points
                for r in self.all_readings):
            # 达到30%以上的得3分,每增加1个百分点加0.1分,最高加1分: 1 on top of the 3 (…的加1分,每提高5个
            # 百分点再加0.5分,最多加3分: all that is added, the 1 too)
            limit += base.points
        if (cap.on_deductions and isinstance(rule, A.GroupCap) and rule.limit is None
                and not any(isinstance(r, A.OwnPoints) for r in rule.rules)):
            # 达标的加0.5分;…每次扣0.1分,本项最多扣1分: what is taken stops at 1, the 0.5 still counts
            taking = tuple(r for r in rule.rules if rule_range(r).high is not None and rule_range(r).high <= 0)
            giving = tuple(r for r in rule.rules if r not in taking)
            if taking and giving:
                inner = taking[0] if len(taking) == 1 else A.GroupCap(taking, None, cap.span)
                return A.GroupCap(giving + (A.Cap(inner, limit, True, cap.span),), None, rule.span)
        if cap.added and isinstance(rule, A.GroupCap) and rule.limit is None:
            # 完成年度目标得30分,超额完成10%至20%加1分,…,最多加5分: the 5 limits what is added,
            # not the 30 given (nor what is taken)
            # (…得6分,每降低1个百分点加1分,最高加3分;高于10%的不得分: the parts inside its groups too,
            # and tiers of points given, 得6分, beside steps that add)
            every = list(_group_parts(rule))
            added_said = {r.stmt.span for r in self.all_readings if r.added}
            given = [r for r in every if id(r) in self.given or (
                isinstance(A.unwrap(r), A.Tiers) and all(t.points >= 0 and t.span not in added_said
                                                         for t in A.unwrap(r).tiers))]
            added = [r for r in every if all(r is not g for g in given)
                     and not (rule_range(r).high is not None and rule_range(r).high <= 0)]
            if given and added:
                inner = added[0] if len(added) == 1 else A.GroupCap(tuple(added), None, cap.span)
                reach = rule_range(inner).high
                if reach is not None and 0 < reach < limit and not self.stepwise:
                    raise _Reject(error(
                        "E202", f"写了最多加{plain(limit)}分,但按读出的规则加分最多只有{plain(reach)}分,"
                                "不清楚是不是每有一次(一项)计一次", cap.span,
                        hint="按次数计分的写成 每有一次加1分,最多加2分;档次继续往上的写出各档"))
                parts = tuple(A.Cap(inner, limit, False, cap.span) if r is added[0] else r
                              for r in every if r is added[0] or r not in added)
                return A.GroupCap(parts, None, rule.span)
        if cap.added and isinstance(rule, A.GroupCap) and not any(isinstance(r, A.OwnPoints) for r in rule.rules):
            # 涉黑每个加2分,恶势力每个加1分,本项最高加4分;未按期办结的每件扣1分: the 4 is what is
            # added; the deductions still come off after it
            taking = tuple(r for r in rule.rules if rule_range(r).high is not None and rule_range(r).high <= 0)
            giving = tuple(r for r in rule.rules if r not in taking)
            if taking and giving:
                inner = giving[0] if len(giving) == 1 else A.GroupCap(giving, None, cap.span)
                return A.GroupCap((A.Cap(inner, limit, False, cap.span),) + taking, rule.limit, rule.span)
        if isinstance(rule, A.GroupCap) and not cap.on_deductions:
            own = [r for r in rule.rules if isinstance(r, A.OwnPoints)]
            # (…得1分,每少报1篇扣0.1分;…采用的每篇加0.2分,…加分最高1分: 加分 named, what is added, even
            # at the points started from; read as the sentence's, no piece adopted ever counted)
            if own and (all(o.points > limit for o in own) or cap.names_added):
                # 得4分;每少1人扣0.5分;每增加1人加0.3分;此项加分最高1分: a limit below the points
                # the sentence starts from can only be on what is added
                added = tuple(r for r in rule.rules if not isinstance(r, A.OwnPoints))
                if not added or not all(isinstance(r, (A.PerCountAward, A.BooleanAward)) for r in added):
                    raise _Reject(error("E202", f"最高{plain(limit)}分比本句起算的{plain(own[0].points)}分还少,"
                                                "不清楚它限制的是什么", cap.span, hint=f"加分的上限写成 最多加{plain(limit)}分"))
                inner = added[0] if len(added) == 1 else A.GroupCap(added, None, cap.span)
                return A.GroupCap(tuple(own) + (A.Cap(inner, limit, False, cap.span),), rule.limit, rule.span)
            limit = limit if rule.limit is None else min(rule.limit, limit)
            return A.GroupCap(rule.rules, limit, rule.span)
        if cap.on_deductions or self.deducts:
            return _deductions_capped(rule, limit, cap.span)
        own = _starting_points(rule)
        if own is not None and limit < own:
            # 达到40次的得4分,每多5次加0.5分,最高1分: 1 in all would take the 4 too
            raise _Reject(error("E202", f"最高{plain(limit)}分比本句起算的{plain(own)}分还少,不清楚它限制的是什么",
                                cap.span, hint=f"加分的上限写成 最多加{plain(limit)}分"))
        return A.Cap(rule, limit, False, cap.span)

    # -- one reader ------------------------------------------------------------------

    def reader(self, reader: _Reader) -> A.Node:
        averaged = terminal_regex("AVERAGED")
        for r in reader.readings:
            per = next((k for k, p in enumerate(r.stmt.phrases) if isinstance(p, A.Per)), None)
            if (r.per is not None and per and isinstance(r.stmt.phrases[per - 1], A.Text) and re.search(
                    f"(?:{averaged.pattern})[ \t\u3000]*$", to_simplified(r.stmt.phrases[per - 1].text))):
                # 办公电脑平均每人一台记2分: a standard per head, not 2 points for each one (read so, a
                # school with 40 teachers scored 80)
                raise _Reject(error(
                    "E205", f"“{r.stmt.text.strip('，,;；。 ')}”是按人均写的标准,不是每有一个计一次", r.stmt.span,
                    hint="把人均值作为要读的值: 人均电脑台数达到1台的记2分,达到0.5台的记1.5分"))
        rule = self._reader_rule(reader)
        if any(averaged.search(to_simplified(r.stmt.text)) for r in reader.readings):
            # 人均参加培训32学时以上的, 每千名老年人拥有床位35张以上的: an average, which comes in parts
            # (29.5 was refused as no whole count)
            return _as_measures(rule)
        return rule

    def _reader_rule(self, reader: _Reader) -> A.Node:
        first = reader.first
        text = "；".join(dict.fromkeys(r.stmt.text.strip("，,;；。 ") for r in reader.readings))
        if any(r.rank is not None for r in reader.readings):
            self._no_condition_beside_places()
        elif any(r.rank is not None for r in self.all_readings):
            _no_steps_of_several_places(reader)
        if first.rank is not None and first.listed is not None and len(first.listed.values) > 1:
            # (…分别加3分、2分、1分;排名后两名的,各扣1分: the places after it are tiers of the same place)
            return _rank(self.slot(text), reader.readings[1:], self.span, self.ctx.item_points,
                         listed=self._ranks_listed(first))
        if first.joint:  # (the run of both, one or neither, before other clauses: see _both_or_one_run)
            both = self._one_of_two(first, reader.readings[1:])
            if both is None:
                raise _joint_not_alone(first)
            return both
        counted = _failings_counted(reader.readings, self.points_said)
        if counted is not None and counted[0] is first and len(reader.readings) == 3 - (counted[2] is None):
            if counted[3] is None:
                raise _Reject(error("E201", "“得满分”要有本项分值才能计算", first.stmt.span,
                                    hint="给分组写上分值(例如 项目 \"…\" 5分 {…}),或把“得满分”写成具体分值"))
            return self._failings_as_tiers(*counted)
        if first.listed is not None or first.each is not None or first.amounts is not None:
            _alone(reader)  # 各扣0.5分,…四次以上不得分: the rest would be passed over
        if first.listed is not None or first.each is not None:
            return self._each_kind(first)
        if first.amounts is not None:
            return self._levels(first)
        if first.level is not None:
            return self._level_scale(reader)
        if (len(reader.readings) == 2 and self._plain_award(first) and not first.negative
                and reader.readings[1].judged == "deduct" and reader.readings[1].points_range is None
                and reader.readings[1].high is None):
            # …的记5分,否则酌情扣分: the 5 are where the assessors' deduction for the other answer starts
            judged = _judged(self.slot(text), reader.readings[1:], first.stmt.span, self.ctx,
                             per_occurrence=False, named=first.award.value)
            return A.OwnPoints(judged, first.award.value, self.span)
        if any(r.judged or r.high is not None or (r.points_range is not None and not r.gives)
               for r in reader.readings):
            alone = next((r for r in reader.readings if not (r.judged or r.high is not None or r.points_range is not None)
                          and (r.zero or r.award is not None or r.deduct is not None)), None)
            if alone is not None:
                # 三次检查并未发现问题酌情加1-2分;少1人扣全分: points of their own beside an amount judged
                # (read into the judged amount, they were lost)
                raise _Reject(error(
                    "E202", f"“{alone.stmt.text.strip('，,;；。 ')}”和考评组评定的分值写在一起,不清楚两者怎样一起计分",
                    alone.stmt.span, hint="把评定的分值和这一句分成两行规则(评定行写成 评定 事实: …)"))
            compared = next((r for r in reader.readings if r.condition is not None and r.per is None
                             and r.condition.unit is A.Unit.POINTS), None)
            if compared is not None:
                # 90分以上为优秀,积70-90分为称职: a score's threshold beside an amount judged is a grade
                # (read as the judged amount alone, the 90 was passed over); a threshold of a rate or a
                # count (完成率达不到100%扣0.1—1分) is the assessors' to judge, as the failing is
                raise _Reject(error(
                    "E202", f"“{_shown_condition(compared)}”和考评组评定的分值写在一起,像是总分的等级,不清楚怎样计分",
                    compared.stmt.span, hint="总分的等级写成 90分以上为优秀,70—90分为称职;由考评组评定的,"
                                             "写成 评定 事实: 由考评组评定,0—3分"))
            fact = self.slot(text)
            # (每少1人次酌情扣0.1-0.3分, 全年应开展12次,每少1次酌情扣…: each one short judged, as each
            # one found; 每少2次酌情扣1分 would judge pairs, which no list of records holds)
            short = [r.step for r in reader.readings if r.step is not None]
            if any(p.step.unit is not A.Unit.COUNT or p.step.value != 1 for p in short):
                # (完成率每低1个百分点酌情扣0.1-0.2分 was one amount judged for all the points below)
                raise _Reject(error(
                    "E202", "按每一步(每少2次、每低1个百分点、每逾期1天…)酌情扣分,jdscore 读不出考评组每一步评多少",
                    short[0].span, hint="写成每少1个(每发现1次)酌情扣分,例如 每少1次酌情扣0.5-1分;"
                                        "或写成一个评定范围,例如 由考评组评定,扣0—2分"))
            per_occurrence = bool(short) or any(r.per is not None for r in reader.readings)
            return _judged(fact, reader.readings, first.stmt.span, self.ctx, per_occurrence=per_occurrence,
                           named=self.named)
        if first.proportional:
            _share_of_a_failing(first)
            fact = self.slot(text)
            limits = [r for r in reader.readings[1:] if r.zero and r.condition is not None]
            band = first.condition
            if band is not None and band.low is not None and band.low.said and band.low.inclusive:
                # 完成任务80%(含)以上的,按完成比例计分;80%以下的不得分: the 80 said to be the share's; the
                # 以下 takes it in only by custom (read so, 80% scored nothing)
                customary = A.Interval(None, A.Bound(band.low.value, True), band.unit)
                nothing = A.Interval(None, A.Bound(band.low.value, False), band.unit)
                limits = [replace(r, condition=nothing) if r.condition == customary and not r.condition.high.said
                          else r for r in limits]
            tops = [r for r in reader.readings[1:] if _share_topped(r)]
            if len(limits) + len(tops) != len(reader.readings) - 1:
                _alone(reader)
            self.used.update(id(p) for r in tops for p in r.stmt.phrases)
            return self._with_limits(_proportional(fact, reader.readings, self.span, self.ctx), fact, limits)
        if any(r.proportional for r in reader.readings[1:]):
            return self._proportional_below(reader, text)
        if first.rank is not None:
            return _rank(self.slot(text), reader.readings, self.span, self.ctx.item_points)
        if reader.has_step():
            return self._stepped(reader, text)
        others = reader.readings[1:]
        others = [r for r in others if not (r.otherwise and r.zero and r.condition is None)]  # 反之不得分
        if first.per is not None and first.condition is None and others:
            # 每一处错误扣1分;有五处及以上错误,不得分: the count, and a limit on it; 累计10户以上的,
            # 另扣1分: points on top once the count passes a number
            _no_other_kind_as_a_limit(first, others)
            on_top = [r for r in others if _on_top_of_a_count(first, r)]
            limits = [r for r in others if r not in on_top]
            if not all(r.zero and r.condition is not None for r in limits):
                raise _Reject(error("E202", "按数量计分之后的这一句没有说清对哪些数量计分", limits[0].stmt.span,
                                    hint="写成 有五处及以上错误的,不得分 这样的条件"))
            fact = self.slot(text)
            rule = self._simple(fact, first)
            if on_top:
                tiers = tuple(A.Tier(r.condition, r.signed_points, r.stmt.text, r.stmt.span) for r in on_top)
                rule = A.GroupCap((rule, A.Tiers(fact, tiers, self.span)), None, self.span)
            return self._with_limits(rule, fact, limits)
        if any(r.condition is not None for r in reader.readings):
            return self._tiers(reader, text)
        fact = self.slot(text)
        rule = self._simple(fact, first)  # (with its other answer: 没有不得分, which adds nothing)
        other = next((r for r in others if r.gives and not r.zero and (r.signed_points or 0) != 0), None)
        whole = next((r for r in reader.readings[1:] if r.zero and r.condition is None and (r.otherwise or r.negative)
                      and terminal_regex("ITEM_SAID").search(to_simplified(r.stmt.text))), None)
        if (other is None and whole is not None and self._plain_award(first) and not first.negative
                and len(self.all_readings) > len(reader.readings)):
            # …的得2分;…签订…的得2分,未签订的,本项不得分: its other answer loses the whole item, the
            # other clauses' points too (read as the clause's own other answer, they were kept)
            return A.GroupCap((rule, A.BooleanDeduction(fact, None, whole.stmt.span, on_no=True)), None, self.span)
        if other is None:
            return rule
        if (self._plain_award(first) and other.rest and self._plain_award(other) and not others[1:]
                and other.award.value < first.award.value):
            # 省级得3分,其余得1分: 3 for the one, 1 for the rest (the 2 between them lost)
            return A.OwnPoints(A.BooleanDeduction(fact, first.award.value - other.award.value, other.stmt.span,
                                                  on_no=True), first.award.value, self.span)
        if self._plain_award(first) and first.added and other.deduct is not None and other.per is None and not others[1:]:
            # 按期开工的加1分,否则扣0.5分: 1 added, or 0.5 taken (read from the 1 as 得, late scored 0.5)
            return A.GroupCap((rule, A.BooleanDeduction(fact, other.deduct.value, other.stmt.span, on_no=True)),
                              None, self.span)
        if self._plain_award(first) and other.deduct is not None and other.per is None and not others[1:]:
            # 按时完成的得2分,否则扣1分: the other answer's deduction counts down from the 2, as
            # 开展宣传的得3分,未开展扣2分 does from the 3
            return A.OwnPoints(A.BooleanDeduction(fact, other.deduct.value, other.stmt.span, on_no=True),
                               first.award.value, self.span)
        # (按时完成得满分(得标准分),否则每次扣0.5分: the item's points, the same)
        full = (first.full and first.condition is None and _nothing_else(first)
                and self.ctx.item_points is not None)
        if ((self._plain_award(first) or full) and other.deduct is not None and other.per is not None
                and other.otherwise and other.condition is None and not others[1:] and not first.negative):
            # 符合规定得4分,否则每有一项不相符的扣2分: the 4, less 2 for each failing found (none
            # found: all 4); the count alone says whether it was met
            return A.OwnPoints(self._simple(fact, other),
                               first.award.value if first.award is not None else self.ctx.item_points, self.span)
        said = other.lead.strip() if other.rest else "否则"
        raise _Reject(error("E202", f"“{said}”这一句给了分,但不清楚它和前面的分值怎样一起计算", other.stmt.span,
                            hint="把两种情形各写成一句,例如 按时完成的得2分,未按时完成的扣1分"))

    def _simple(self, fact: A.FactRef, r: Reading) -> A.Node:
        if r.zero and r.signed_points:  # 得1分…不得分 in one breath: which answer is which?
            raise _Reject(error("E202", "同一分句里既写了分值又写了不得分,不清楚各在什么情况下", r.stmt.span,
                                hint="用逗号分开两种情形,例如 纳入计划的得1分,未纳入的不得分"))
        # 保持安静的环境,否则扣班级2分: what the sentence asks for, and the deduction when it is not
        # done (否则缺席扣2分 names its failing: the value answers that; 否则批改记录记0分 names what
        # scores nothing, no failing: the value still answers what is asked)
        on_no = r.otherwise and (r.zero or not _failing_named(r))
        if r.zero and r.veto:  # …本项不得分并实行一票否决: the grade, and the item's points
            self.used.update(id(p) for p in r.stmt.phrases if _marker(p, A.Marker.VETO))
            return A.GroupCap((A.Veto(fact, self.ctx.veto_grade, r.stmt.span),
                               A.BooleanDeduction(fact, None, r.stmt.span, on_no=on_no)), None, r.stmt.span)
        if r.zero:
            return A.BooleanDeduction(fact, None, r.stmt.span, on_no=on_no)
        if r.full:
            points = self._item_points(r)
            return A.BooleanAward(fact, points, r.stmt.span)
        if r.per is not None:
            if r.per <= 0:
                raise _Reject(error("E204", "“每…”后面的数量必须大于0", r.stmt.span))
            if r.condition is not None:
                # 缴获毒品超过1000克的,每100克加0.1分: counting once past the 1000 (all of it, or
                # only what is beyond?); the 1000 was passed over
                raise _Reject(error(
                    "E202", f"“{_shown_condition(r)}”之后按每{_per_word(r)}计分: 是达到后每{_per_word(r)}都计分,"
                            "还是只计超出的部分,句子没有说清", r.stmt.span,
                    hint=f"只计超出部分的写成 {_shown_condition(r)}的,超出部分每{_per_word(r)}…;"
                         f"都计分的写成 每{_per_word(r)}…(不写条件)"))
            if r.per_unit is A.Unit.PERCENT:
                # 完成率每1%得0.1分, 每完成任务一个百分点得0.4分: the value is the rate itself
                # (85%), each point of it scoring from 0
                points = r.award.value if r.award is not None else -r.deduct.value
                # (每达到10%计0.3分, 每满10%: whole steps of it)
                return A.Excess(fact, A.Bound(Decimal(0), True), A.Unit.PERCENT, Decimal(0), r.per / 100,
                                points, r.stmt.span, whole_steps=r.per_full)
            if r.award is not None:
                return A.PerCountAward(fact, r.per, r.award.value, r.stmt.span, r.per_unit,
                                       whole=r.per_full or self.stepwise)
            required = self._requirement_not_met(r)
            if required is not None:  # 全年应召开4次…,未召开的每次扣0.5分: the value is how many were held
                return A.DeficitDeduction(fact, required, r.per, r.deduct.value, self.span, A.Unit.COUNT)
            _no_condition_left_behind(r)
            return A.PerCountDeduction(fact, r.per, r.deduct.value, r.stmt.span, r.per_unit)
        if r.award is not None:
            return A.BooleanAward(fact, r.award.value, r.stmt.span)
        if r.deduct is None:
            raise _Reject(error("E201", "这一句没有写分值", r.stmt.span))
        return A.BooleanDeduction(fact, r.deduct.value, r.stmt.span, on_no=on_no)

    def _requirement_not_met(self, r: Reading) -> Decimal | None:
        """每月至少召开1次支部委员会,未按要求召开的,每次扣0.2分: a failing that names the act a
        stated number of times requires, counted per time: the count short of the requirement
        (12 a year), not the times missed. Timeliness (未按时报送的,每次) counts the late ones."""
        if not r.negative or r.per != 1 or r.per_unit is not A.Unit.COUNT:
            return None
        before = self.all_readings[:self.all_readings.index(r)] if r in self.all_readings else []
        said = r if (r.required is not None or r.condition is not None or r.target is not None or r.period) else (
            before[-1] if before and not before[-1].gives and before[-1].step is None else None)
        if said is None:
            return None
        neg = next((p for p in r.stmt.phrases if _marker(p, A.Marker.NEG)), None)
        per = next((p for p in r.stmt.phrases if isinstance(p, A.Per) and neg is not None
                    and p.span.start > neg.span.start), None)  # (每次不少于1小时 before it is no count)
        if neg is None:
            return None
        kept = self._period_not_kept(r, neg, per)
        if kept is None and per is None:
            kept = self._each_period_missed(r, neg, before)
        if per is None or kept is not None:
            return kept
        # what each step counts: 每次, or the count after 每 (每发现1处: 处)
        counter = per.word or next((p.quantity.word for p in r.stmt.phrases if isinstance(p, A.Amount)
                                    and p.span.start >= per.span.end), "")
        failing = to_simplified(r.stmt.text[neg.span.end - r.stmt.span.start:per.span.start - r.stmt.span.start])
        asked = to_simplified(said.stmt.text[:neg.span.start - said.stmt.span.start] if said is r else said.stmt.text)
        if not _fails_what_is_asked(failing, asked):
            return None
        # the number asked: 召开1次, 至少召开2次, 应报送12期 (of what each step counts)
        # (每周开展1次,每次不少于1小时: the times asked, not the hours of each)
        asked_counts = [p.quantity for p in said.stmt.phrases if (said is not r or p.span.start < neg.span.start)
                        and (isinstance(p, A.Amount) or (isinstance(p, A.Compare)
                                                         and compare_interval(p, self.ctx).high is None))
                        and p.quantity is not None and p.quantity.unit is A.Unit.COUNT
                        and p.quantity.word == counter]
        if (not asked_counts and said.period and said.period > 1 and not said.period_counted and said.required is None
                and terminal_regex("TIMES_COUNTER").fullmatch(counter)):
            # 每月报送工作台账,未报送的每次扣0.2分: once a period, the periods of the year
            return Decimal(_periods(said))
        if len(asked_counts) != 1:
            return None
        times = said.required if said.required is not None else asked_counts[0].value
        return times * _periods(said)

    def _each_period_missed(self, r: Reading, neg, before: list[Reading]) -> Decimal | None:
        """按月开展…教育培训,未开展的,每月扣2分: the failing counted per period of a requirement said
        just before it, in the same period: the periods of the year (12), and the value is the
        ones held (read as the months missed, a unit giving its 12 lost 24)."""
        counting = next((p for p in reversed(r.stmt.phrases) if isinstance(p, A.Period)
                         and p.span.start > neg.span.end), None)
        if counting is None or counting.times <= 1:
            return None
        asked = [p for p in r.stmt.phrases if neg.span.end <= p.span.start < counting.span.start]
        said = r.stmt.text[neg.span.end - r.stmt.span.start:counting.span.start - r.stmt.span.start]
        if not any(isinstance(p, A.Period) for p in asked):  # (未按月召开例会的,每月扣: the failing's own)
            asked = [p for p in r.stmt.phrases if p.span.end <= neg.span.start]
            said = r.stmt.text[:neg.span.start - r.stmt.span.start]
        if not any(isinstance(p, A.Period) for p in asked) and before and not before[-1].gives:
            asked, said = list(before[-1].stmt.phrases), before[-1].stmt.text
        period = next((p for p in asked if isinstance(p, A.Period)), None)
        once = [p for p in asked if isinstance(p, A.Amount) and p.quantity.value == 1
                and terminal_regex("TIMES_COUNTER").fullmatch(p.quantity.word or "-")]  # (每季度开展一次)
        if (period is None or period.times != counting.times
                or any(isinstance(p, (A.Amount, A.Compare, A.Award, A.Deduct, A.Step, A.Per)) and p not in once
                       for p in asked)):
            return None  # (每月开展2次: what is one month short of it?)
        failing = to_simplified(r.stmt.text[neg.span.end - r.stmt.span.start:counting.span.start - r.stmt.span.start])
        if not _fails_what_is_asked(failing, to_simplified(said)):
            return None  # (按月报送,未按时报送的每月扣: the late ones, counted)
        return Decimal(period.times)

    def _period_not_kept(self, r: Reading, neg, per) -> Decimal | None:
        """未每月开展检查的,一次扣0.5分 / 未定期(每月一次)进行隐患排查,每次扣0.5分: the period the
        failing denies asks once each (12 a year), and the value is the times held, as with
        每月开展检查,未开展的每次扣0.5分 (read as the times missed, a unit giving its 12 lost 6)."""
        period = next((p for p in r.stmt.phrases if isinstance(p, A.Period) and p.span.start > neg.span.start), None)
        once = per if per is not None and period is not None and per.span.start > period.span.end else next(
            (p for p in r.stmt.phrases if isinstance(p, A.Amount) and period is not None and per is None
             and p.span.start > period.span.end and p.quantity.unit is A.Unit.COUNT and p.quantity.value == 1), None)
        word = once.word if isinstance(once, A.Per) else once.quantity.word if once is not None else None
        if (once is None or not r.period or r.period <= 1 or r.required is not None or r.condition is not None
                or not terminal_regex("TIMES_COUNTER").fullmatch(word or "-")):
            return None
        failing = to_simplified(r.stmt.text[neg.span.end - r.stmt.span.start:once.span.start - r.stmt.span.start])
        if terminal_regex("TIMELY_WORD").search(failing):
            return None  # (未按时每月报送的,每次扣: the late ones, counted)
        # (每月一次 in brackets after the period: once a period, what 一次 counts)
        asked = [p for p in r.stmt.phrases if isinstance(p, A.Amount) and p is not once
                 and period.span.end <= p.span.start < once.span.start and p.quantity.unit is A.Unit.COUNT]
        if any(p.quantity.value != 1 for p in asked):
            return None  # (未每月开展2次的: twice a period, what is one time short?)
        return Decimal(_periods(r))

    def _proportional_below(self, reader: _Reader, text: str) -> A.Node:
        """使用率达到90%的,得5分;不达90%的,按比例扣分 / 足额缴纳的,得5分;未足额缴纳的,按比例扣分:
        the points in full at the target, in proportion to it below."""
        head, rest = reader.first, reader.readings[1:]
        beyond = [r for r in rest if head.beyond_task and r.condition is not None and r.condition.low is not None
                  and r.condition.low.value >= 1 and r.award is not None]
        if beyond:
            # 完成任务的得3分,未完成的按完成比例计分;超额完成10%至30%的加1分: the share below the
            # task, and what is added beyond it, of one rate
            share = _Reader(head)
            share.readings = [r for r in reader.readings if r not in beyond]
            # (超额完成20%以上的得4分 after 完成任务的得3分: 4 in all, the 1 beyond the share's 3)
            done = self._item_points(head) if head.full else head.award.value
            beyond = [r if r.added else replace(r, award=replace(r.award, value=r.award.value - done))
                      for r in beyond]
            if any(r.award.value <= 0 for r in beyond):
                raise _Reject(error("E202", "超额完成的分值不比完成任务的分值高,不清楚怎样计分", self.span,
                                    hint="写成 完成任务的得3分,超额完成20%以上的加1分"))
            added = _Reader(beyond[0])
            added.readings = beyond
            rule = self._proportional_below(share, text)
            return A.GroupCap((rule, self._tiers(added, text, next(n.fact for n in rule.walk() if isinstance(n, A.Proportional)))), None, self.span)
        # (…,按完成比例计分,完成率低于50%的不得分: a limit on the same rate, after it)
        limits = [r for r in rest[1:] if r.zero and r.condition is not None and r.condition.unit is A.Unit.PERCENT]
        rest = rest[:len(rest) - len(limits)] if len(limits) == len(rest) - 1 else rest
        cond = head.condition
        below = rest[0] if len(rest) == 1 else None
        at_target = cond is not None and cond.unit is A.Unit.PERCENT and cond.high is None and cond.low is not None
        at_target = at_target or _rate_reached(head) or _count_reached(head)
        if below is not None and cond is not None and at_target:
            below, limits = _share_from_its_lower_end(below, cond, limits)
        full = self._item_points(head) if _gives_full(head) and _nothing_else(head) else None
        again = (below is not None and below.award is not None and head.award is not None
                 and below.award.value == head.award.value)  # (…得4分;未完成的,按完成率乘以4分计分)
        if (below is None or (below.gives and not again) or (head.award is None and full is None) or head.per is not None
                or head.step is not None
                or (cond is not None and not at_target)
                or (below.condition is not None and (cond is None or below.condition.high is None
                                                     or below.condition.high.value != cond.low.value))):
            raise _Reject(error("E202", "“按比例”这一句和前面的分值、目标对不上,不清楚按什么比例计分", reader.first.stmt.span,
                                hint="写成 达到90%的,得5分;不达90%的,按比例扣分"))
        own_limit = next((c for c in below.stmt.caps if isinstance(c, A.CapPhrase)), None)
        if own_limit is not None and head.award is not None and own_limit.limit.value < head.award.value:
            # 全面完成的得6分;未完成的,按完成比例计分,但最高不超过4分: the share's own limit (read as
            # the whole's, a task done in full scored 4)
            raise _Reject(error(
                "E202", f"“{below.stmt.text.strip('，,;；。 ')}”的上限{plain(own_limit.limit.value)}分只限按比例计分的部分,"
                        "一行规则读不出", own_limit.span,
                hint="把按比例计分写成公式,或把上限和满分的关系改写清楚"))
        target = cond.low.value if cond is not None else None
        if below.share_of is not None and (target is None or below.share_of.value != target
                                           or not _same_measure(cond.unit, below.share_of.unit)):
            # 达到7%的得4分,未达到的按实际增速与8%的比例计分: a share of another number than the target
            raise _Reject(error("E202", f"“按…与{_shown(below.stmt, below.share_of)}的比例”和前面的目标对不上,不清楚按什么比例计分",
                                below.stmt.span, hint="写成 达到7%的得4分,未达到的按实际增速与7%的比例计分"))
        times = terminal_regex("RATE_TIMES")
        if cond is not None and cond.unit is A.Unit.PERCENT and any(
                _marker(p, A.Marker.PROPORTIONAL) and times.search(to_simplified(_shown(below.stmt, p)))
                for p in below.stmt.phrases):
            # 达到90%以上的得3分,低于90%的按执行率×3分计分 / …按实际上报率折算得分: the rate itself times
            # the points below the 90% (read as a share of the 90%, 80% scored 2.67, not 2.4), all of
            # them from it up
            target = None
        points = full if full is not None else head.award.value
        if target is None and cond is not None and cond.unit is A.Unit.PERCENT:
            fact = self.slot(text)
            reached = A.Tiers(fact, (A.Tier(cond, points, head.stmt.text, head.stmt.span),), self.span)
            return self._with_limits(A.Highest((reached, A.Proportional(fact, None, points, self.span)), self.span),
                                     fact, limits if len(rest) == 1 else [])
        fact = self.slot(text)
        of_rate = target is not None and cond.unit is A.Unit.PERCENT  # (达到300人次的: a share of the 300)
        return self._with_limits(A.Proportional(fact, target, points, self.span, of_rate=of_rate),
                                 fact, limits if len(rest) == 1 else [])

    def _other_answer(self, readers: list, own: Decimal) -> A.Node:
        """控制在指标内得10分,超指标全扣 / 开展宣传的得3分,未开展扣2分: the first clause's points and
        the second, its other answer: one yes/no, the first clause's (是 where it holds)."""
        head = readers[0].first
        r = readers[1].first
        if r.veto:
            # 未受到处分的得满分;受到处分的,一票否决,本项计0分: the failing sets the grade too (read as
            # the first clause's other answer, the veto was lost); the first clause's points are the
            # item's, and the value asked is the failing (是: it happened)
            if r.signed_points or not r.zero or self.ctx.item_points not in (None, own):
                raise _Reject(error("E202", "一句里既有分值又有一票否决,一票否决会盖过分值", r.stmt.span,
                                    hint="把一票否决另写一行: 否决 …: 发生森林火灾的,实行一票否决"))
            fact = self.slot(r.stmt.text.strip(":：，,;；。 "))
            self.used.update(id(p) for p in r.stmt.phrases if _marker(p, A.Marker.VETO))
            return A.GroupCap((A.Veto(fact, self.ctx.veto_grade, r.stmt.span),
                               A.BooleanDeduction(fact, None, r.stmt.span, on_no=False)), None, r.stmt.span)
        denied = _denied(r).removesuffix("的")
        if head.answered and not r.otherwise and not _failing_of(r, head) and (
                not r.negative or (not r.zero and denied and denied not in to_simplified(head.stmt.text))):
            # 专题研究…的计2分,未研究不计分,研究后未落实的扣1分: the first clause's other answer is
            # written, so the failing after it is one of its own, off the same points (where the first
            # clause asks for what it denies too, 研究…,落实人员和经费的计4分;…只研究不落实的扣2分, is
            # 否 the failing's case or not? refused below); 否则不得分;内容与上年度雷同的,再扣1分: an
            # event after the written other answer is a yes/no of its own too
            done = self.slot(head.stmt.text.strip("，,;；。 "))
            return A.GroupCap((A.BooleanDeduction(done, own, head.stmt.span, on_no=True),
                               A.BooleanDeduction(self.slot(r.stmt.text.strip("，,;；。 ")),
                                                  None if r.zero else r.deduct.value, r.stmt.span)), None, self.span)
        # (控制在指标内得10分,超指标扣5分: the failing names what the award asks, its other answer)
        named = (not r.negative and terminal_regex("TIMELY_WORD").search(to_simplified(head.stmt.text)) is None
                 and not _shares_words(_failing_words(r), head.stmt.text, run=2))
        # 完成任务(7分):未完成全年工作任务的扣3分: the words before the points and colon are a heading,
        # no requirement; the failing after it is asked (its 3 off the heading's 7)
        headed = r.negative and not r.zero and _heads_with_a_colon(head, [r])
        if (r.negative or named) and not r.zero and not r.otherwise and not _failing_of(r, head) and not headed:
            # 建立工作台账的得1分,台账不规范的扣0.5分: 台账不规范 is not 未建立; another
            # failing of its own, or the first one's other answer in other words? (全勤者得10分,迟到扣2分:
            # a late unit is no full attendance; 按时完成的得10分,迟到扣2分 is the other answer)
            raise _Reject(error(
                "E202", f"“{r.stmt.text.strip('，,;；。 ')}”是没做到前一句所说的(前一句的反面),"
                        "还是另一件事,句子没有说清", r.stmt.span,
                hint=f"是前一句的反面的,写成 …得{plain(own)}分,否则扣{plain(r.deduct.value)}分;"
                     "是另一件事的,把两句分成两行规则"))
        on_no = True
        lead = head.lead.strip("，,;；。:：()（） ")
        worth = terminal_regex("BASE_WORD").search(to_simplified(lead)) is not None
        if (r.zero and not r.otherwise and not _failing_of(r, head, ",，;；。 的()（）")
                and ((head.bare and lead and (r.negative or head.stmt.separator.strip() in (":", "："))) or (
                    r.negative and head.share) or worth)) or headed:
            # 信息工作(在考核中占)3分,若基本任务没有完成者此项不得分 / 基础分计50分,存在…的,不得分 /
            # 师德师风(20分):体罚…的,本项不得分 (a heading, its colon): the points are what the part is
            # worth, no requirement; the yes/no asks about the failing (read as the heading's, 否 lost the 20)
            on_no = False
        points = next((p for p in head.stmt.phrases if isinstance(p, (A.Award, A.Amount))
                       and getattr(p, "points", getattr(p, "quantity", None)).unit is A.Unit.POINTS), None)
        after = (to_simplified(head.stmt.text[points.span.end - head.stmt.span.start:]).strip(")） \t\u3000")
                 if points is not None else "")
        if head.bare and r.zero and after and terminal_regex("DE").search(after[-1:]):
            # 禁种铲毒(5分)辖区内发现非法种植毒品原植物的,本项不得分: the heading's points, then the case
            # that loses them (read as the heading's requirement, the unit where it was found kept 5)
            on_no = False
        text = (r.stmt.text.strip(":：，,;；。 ") if headed
                else readers[0].first.stmt.text.strip("，,;；。 ") + "；" + readers[1].first.stmt.text)
        return A.BooleanDeduction(self.slot(text), None if r.zero else r.deduct.value, r.stmt.span, on_no=on_no)

    def _count_limited(self, rule: A.Node, cap: A.CapPhrase) -> A.Node:
        period = next(((r.stmt, p) for r in self.all_readings for p in r.stmt.phrases if isinstance(p, A.Period)), None)
        if period is not None:
            # 每次加2分(按季度计,全年最多加4次): at most 4 in the year, or one a quarter? (the 按季度
            # would be passed over)
            raise _unread(*period)
        limited = _count_limit_as_points(rule, cap)
        if limited is None:
            said = plain(cap.limit.value) + cap.limit.word
            raise _Reject(error(
                "E202", f"“{said}”是数量的上限,不是分数的;句中按数量计分的分句没有或不止一处,"
                        "不清楚限的是哪一处", cap.span, hint="把上限写成分数,如 最多扣3分、最高加5分"))
        one, capped = limited
        return _swapped(rule, one, capped)

    def _own_tier_nothing(self, r: Reading, reader: _Reader) -> bool:
        """…;帮教率达到95%以上的得2分,低于95%的不得分: beside other clauses, 不得分 (no 本项) under a
        tier that gives points is that clause's nothing, not the item's (read so, 94% lost the other 2)."""
        others = [x for x in self.all_readings if x not in reader.readings]
        return (bool(others) and terminal_regex("SCOPE").search(to_simplified(r.stmt.text)) is None
                and any(x.award is not None and not x.zero for x in reader.readings)
                and not any(x.is_deduction and not x.zero or x.step is not None for x in reader.readings))

    def _item_points(self, r: Reading) -> Decimal:
        if self.ctx.item_points is None and r.full and r.bare and r.award is not None:
            return r.award.value  # 得满分8分, 得满分(8分): the full marks said with them
        if r.full and r.bare and r.award is not None and r.award.value != self.ctx.item_points:
            # 得满分3分 in an item of 5: which is the item's? (the 3 was passed over)
            raise _Reject(error(
                "E201", f"“{r.stmt.text.strip('，,;；。 ')}”说满分是{plain(r.award.value)}分,但本项分值是"
                        f"{plain(self.ctx.item_points)}分", r.stmt.span,
                hint="把两处分值改成一致,或去掉“满分”二字(只得这几分)"))
        if self.ctx.item_points is None:
            said = next((_shown(r.stmt, p) for p in r.stmt.phrases if _marker(p, A.Marker.FULL_PTS)), "得满分")
            raise _Reject(error("E201", f"“{said}”要知道本项的分值,所在分组没有写分值", r.stmt.span,
                                hint="给分组写上分值,例如 项目 \"…\" 5分 { … }"))
        return self.ctx.item_points

    def _tiers(self, reader: _Reader, text: str, fact: A.FactRef | None = None) -> A.Node:
        _no_points_beside_shares(reader.readings)
        records = any(r.per is not None for r in reader.readings)
        _no_checkpoints_in_one_value(reader.readings)  # (…得3分,上半年…加1分: the added tier too)
        on_top = self._added_on_top(reader)
        if on_top is not None and not records:
            # 增速达到10%的得3分;超过10%不足15%的加1分 / 达到40%的得2分,45%以上的再加1分: what is
            # added comes on top of the tier given (read as one table, 12% scored 1, not 4)
            fact = fact if fact is not None else self.slot(text)
            given, added = on_top
            given_rule = self._tiers(given, text, fact)
            self.given.add(id(given_rule))  # (最多加2分 limits what is added on top, not the 3)
            return A.GroupCap((given_rule, self._tiers(added, text, fact)), None, self.span)
        if records and all(any(_marker(p, A.Marker.UNIT_ITSELF) for p in r.stmt.phrases) for r in reader.readings):
            return self._tiered_per_count(reader, text)
        if records:
            _no_full_steps_as_records(reader.readings)
            _no_tier_of_each_member(reader.readings)
            _no_yearly_count_as_each_ones(reader.readings)
        beyond = _beyond_a_count(reader)
        if beyond is not None and beyond.step is None:  # 不少于3次,一次5分: every one counts
            return self._simple(self.slot(text), beyond)
        if beyond is not None:  # 事假超过3次,每次扣2分: each time beyond the 3
            stepped = _Reader(beyond)
            return self._stepped(stepped, text)
        only = reader.first if len(reader.readings) == 1 else None
        if (records and (not _each_leads(reader.first) or (only is not None and _failing_counted_apart(only)))
                and only is not None and only.per is not None
                and only.step is None and only.gives and not only.zero and _describes_what_is_counted(only)):
            # 墙体在1米以下的,每起扣2分 / 照明灯具完好率达100%,一处不合格扣0.1分: one condition and no
            # other tier says which ones are counted (or the standard each failing falls short of);
            # 单起受害面积30亩以上的 (每 before it) stays a condition of each record
            compared = next((p for p in only.stmt.phrases if isinstance(p, (A.Compare, A.Range))), None)
            if (compared is not None and not only.stmt.text[:compared.span.start - only.stmt.span.start].strip(
                    " \t\u3000,，;；、")
                    and any(x is not only and x.condition is not None and x.per is None and x.step is None
                            and x.condition.unit is only.condition.unit for x in self.all_readings)):
                # 金额达到100万元以上的得3分;…;不足50万元的,每发放1笔计0.2分: beside tiers of the unit's own
                # amount, a bare 不足50万元 is the unit's too (read as each loan's, its 0.2s went on every
                # tier); 企业年交易额超过500万元的,每家… names what each one is
                raise _Reject(error(
                    "E202", "分档的条件是每一次(每一条)的,还是被考评单位本身的,句子没有说清", only.stmt.span,
                    hint="条件属于单位本身的,把按数量计分写成另一行规则,并在两行写明各自的条件"))
            return self._simple(self.slot(text), replace(only, condition=None))
        if (only is not None and not records and only.step is None and (only.deduct is not None or only.zero)
                and _failing_after_condition(only)):
            # 安装高度低于2.4m未使用安全电压供电的,扣10分: the height says where the failing is
            # looked for; what scores is whether it happened (the height alone would take 10 from
            # a site that used safe voltage)
            return self._simple(self.slot(text), replace(only, condition=None))
        if only is not None and _per_point_of_score(only):
            return self._simple(self.slot(text), only)  # (refused: all the points past 950, or those beyond?)
        if records and not _each_leads(reader.first):
            # 1000人以下的单位每起减0.2分: is 1000人 a measure of each case, or of the unit?
            # Only 每条阅读量5—10万的,每次计… says the condition is one of each record.
            raise _Reject(error(
                "E202", "分档的条件是每一次(每一条)的,还是被考评单位本身的,句子没有说清", reader.first.stmt.span,
                hint="条件属于每一次的,写成 每起…的,每起扣…;属于单位本身的,写成 1000人以下的单位每起减0.2分"))
        fact = fact if fact is not None else self.slot(text, records=records)
        tiers, rest = [], []
        stacked = _stacked_points(reader.readings)
        peer = any(r.peer is not None for r in reader.readings)
        fixed = next((r for r in reader.readings if peer and r.peer is None and r.condition is not None
                      and not terminal_regex("POINTS_APART").search(to_simplified(_shown_condition(r)))), None)
        if fixed is not None:
            # 达到95%以上的得2分;未达到95%但达到全区平均水平的得1分: 95% is the value's own, the average
            # is the units'; one table of tiers cannot hold both
            raise _Reject(error("E202", "同一组分档里既有固定的数值,又有与全部单位平均值的比较,jdscore 无法一起计分",
                                fixed.stmt.span, hint="把与平均值比较的一档单独写成一行规则"))
        # (不低于全县平均水平的得3分,否则不得分: what no tier holds scores nothing, as said)
        none = next((r for r in reader.readings if peer and r.peer is None and r.condition is None
                     and not (r.zero and any(_marker(p, A.Marker.ELSE) for p in r.stmt.phrases))), None)
        if none is not None:
            # …低于平均数的得1分,无新增入库的不得分: none at all, beside tiers against the average, which
            # hold for every value (read as what no tier holds, it was passed over)
            raise _Reject(error("E202", f"“{none.stmt.text.strip('，,;；。 ')}”和与平均值比较的分档怎样一起计分,"
                                        "句子没有说清", none.stmt.span,
                                hint="把这一句单独写成一行规则,例如 无新增入库的不得分"))
        for r in reader.readings:
            if r.otherwise and r.condition is None:
                if r.gives and (r.signed_points or 0) != 0 and not r.zero:
                    rest.append(r)  # 否则扣1分: what no tier holds, once the tiers are known
                continue  # 否则不得分 / 否则得0分: what no tier holds scores nothing anyway
            if r.condition is None:
                raise _Reject(error("E202", "分档规则中这个分句没有写条件", r.stmt.span,
                                    hint="每一档都写出条件,例如 70%至85%的,计0.4分"))
            if not r.gives:
                raise _Reject(error("E201", "这一档没有写分值", r.stmt.span))
            points = Decimal(0) if r.zero else (self._item_points(r) if r.full else r.signed_points)
            points = stacked.get(id(r), points)
            if r.deduct is not None and any(x.full for x in reader.readings):
                # 95%以上的得满分,90%—95%的扣1分: deducted from the full points
                points = self._item_points(r) - r.deduct.value
            tiers.append(A.Tier(_a_change_one_way(r, _per_head(r.condition, text)), points, r.stmt.text,
                                r.stmt.span, zero=r.zero and not self._own_tier_nothing(r, reader)))
        if not tiers:
            raise _Reject(error("E202", "分档规则没有一档写了条件", self.span))
        for r in reader.readings:
            if (r.deduct is not None or r.zero) and not r.negative and any(
                    isinstance(p, A.Compare) and p.words == (A.CmpWord.LE_PRE,) for p in r.stmt.phrases) and not any(
                    _marker(p, A.Marker.DE) for p in r.stmt.phrases):  # (不超过3天的扣1分: a condition)
                # 出入不超过5%,扣10分: a deduction for keeping within the limit reads as the standard,
                # then the deduction for missing it; which one the document means, it does not say
                raise _Reject(error(
                    "E202", "“不超过…”之后直接写扣分: 是符合这个要求时扣分,还是达不到要求时扣分,句子没有说清",
                    r.stmt.span, hint="达不到要求扣分的,写成 超过5%的,扣10分"))
        if any(r.otherwise and r.zero and r.negative and r.condition is None
               # (持平或不降反增的不得分: no fall, said with the change the other way)
               and (_marker(_first_phrase(r.stmt), A.Marker.NEG)
                    or terminal_regex("OTHER_WAY").search(to_simplified(r.lead)))
               for r in reader.readings):
            tiers = _none_done_is_no_tier(tiers)
            if not A.not_in_any([t.interval for t in tiers]):
                # 延期1周内完成的得2分;延期1周以上完成的得1分;未完成的不得分: no value of the tiers is
                # left for the failing (dropped, a unit that never finished kept 1 or 2)
                failing = next(r for r in reader.readings if r.otherwise and r.zero)
                raise _Reject(error(
                    "E202", f"“{failing.stmt.text.strip('，,;；。 ')}”不是前面各档的值,前面各档已包括所有的值,读不出它",
                    failing.stmt.span, hint="把它写成单独一行是/否规则,例如 未完成的,本项不得分"))
        empty = next((t for t in tiers if _empty(t.interval)), None)
        if empty is not None:  # (a condition read both ways: never scored)
            raise _Reject(error("E209", "这一档的条件没有值能满足,jdscore 读不出它的范围", empty.span,
                                hint="把这一档的条件写成一个范围,例如 低于全县平均值5个百分点以上的;或把这一档单独写成一行规则"))
        if not peer:  # (低于平均增速的: a difference from the average, no number of its own)
            _one_unit_across_tiers(tiers)
        tiers = _nth_times_add_up(tiers, reader.readings)
        tiers = _whole_number_gaps_closed(_nested_tiers_cut(_said_ends_kept(tiers, self.ctx.range_style is None)))
        tiers = _occurrences_start_at_one(tiers)
        if not rest and not peer and not records:
            tiers = _failings_off_the_award(tiers, reader.readings)
        for r in rest:
            left = A.not_in_any([t.interval for t in tiers])
            if not left or len(rest) > 1 or r.full:
                raise _Reject(error("E202", "“否则”这一档给了分,但前面的条件没有说清它的范围",
                                    r.stmt.span, hint="把“否则”改写成明确的条件,例如 低于85%的"))
            awards = [t for t in tiers if t.points > 0]
            if r.deduct is not None and awards:
                if len(tiers) > 1:
                    # 90%以上得2分,80%—90%得1分,否则扣1分: taken from which tier's points?
                    raise _Reject(error(
                        "E202", f"“{r.stmt.text.strip('，,;；。 ')}”扣分,但前面有几档分值,不清楚从哪一档扣起",
                        r.stmt.span, hint="写出这一档得几分,例如 低于80%的得0分"))
                # 合格率90%以上得0.5分,未达标的扣0.5分: counted down from the tier's points, as
                # 按时完成的得2分,否则扣1分 is from its 2 (and never below 0, as that is)
                points = max(Decimal(0), awards[0].points - r.deduct.value)
            else:
                points = r.signed_points
            tiers += [A.Tier(c, points, r.stmt.text, r.stmt.span) for c in left]
        if not peer:  # (超过平均数的得3分,未达到平均数的得1分: the average itself is no gap between)
            _no_valley_between_tiers(tiers)
        if records and peer:  # 每万元税收征收成本低于全省平均水平的: one value of the unit's, or each record's?
            raise _Reject(error(
                "E202", "和全部单位平均值比较的,应是每个单位自己的一个值;句首的“每…”让它成了逐条记录的条件",
                self.span, hint="把“每…”写进所比较的值的名称,如 万元税收征收成本低于全省平均水平的得1分"))
        in_points = all(t.interval.unit is A.Unit.PERCENT for t in tiers) and any(
            terminal_regex("POINTS_APART").search(to_simplified(_shown_condition(r))) for r in reader.readings
            if r.condition is not None)
        zero = next((t for t in tiers if t.zero), None)
        if records and zero is not None:
            # 每起事故扣2分;单起事故死亡2人以上的,本项不得分: one record zeroes the item (read record by
            # record, that record scored 0 and the item kept its points)
            raise _Reject(error(
                "E202", f"“{zero.text.strip('，,;；。 ')}”:只要有一条符合,整项就不得分;逐条记录计分读不出这种情形",
                zero.span, hint="把它单独写成一行是/否规则,例如 发生单起死亡2人以上事故的,本项不得分"))
        rule = (A.PerRecordTiers(fact, tuple(tiers), self.span) if records
                else A.Tiers(fact, tuple(tiers), self.span, in_points=in_points))
        return A.Peer(rule, self.span) if peer else rule

    @staticmethod
    def _added_on_top(reader: _Reader) -> tuple[_Reader, _Reader] | None:
        """The tiers given (得3分) and the tiers added (加1分, 再加1分) of one value, where an added
        one holds where a given one does: two tables, summed."""
        given = [r for r in reader.readings if r.award is not None and not r.added and r.condition is not None]
        added = [r for r in reader.readings if r.award is not None and r.added]
        if not given or not added or any(r.condition is None or r.per is not None or r.step is not None
                                         for r in given + added):
            return None
        if not any(_overlaps(a.condition, g.condition) for a in added for g in given):
            return None
        parts = []
        for readings in ([r for r in reader.readings if r not in added], added):
            part = _Reader(readings[0])
            part.readings = readings
            parts.append(part)
        return parts[0], parts[1]

    def _tiered_per_count(self, reader: _Reader, text: str) -> A.Node:
        """1000人以下的单位每起减0.2分;2000人以下的单位每起减0.1分: the unit's own measure
        chooses the tier, and each occurrence counted brings that tier's points."""
        tiers = []
        for r in reader.readings:
            if r.condition is None or r.per != 1 or r.signed_points is None:
                raise _Reject(error("E202", "按单位情况分档逐次计分时,每一档都要写条件和“每起(每次)…分”",
                                    r.stmt.span, hint="例如 1000人以下的单位每起减0.2分"))
            self.used.update(id(p) for p in r.stmt.phrases if _marker(p, A.Marker.UNIT_ITSELF))
            tiers.append(A.Tier(r.condition, r.signed_points, r.stmt.text, r.stmt.span))
        measure = self.slot(text)
        count = self.slot(text + "(次数)")
        return A.TieredPerCount(measure, count, tuple(tiers), self.span)

    def _stepped(self, reader: _Reader, text: str, each: bool = False) -> A.Node:
        """A value and its steps: below a threshold (每低), above it (每增加), short of a
        required count (每少), late (每逾期). Two slopes of one value (低于5%的,每降低…;
        高于10%的,每超过…) are two rules on the same fact."""
        names = None if each else _rates_sharing_steps(reader.readings)
        if names is not None:
            # 三级教育率、转岗教育率…100%,未达标每少1%扣0.5分: each rate falls short on its own (read as one)
            rules = tuple(self._stepped(reader, name, each=True) for name in names)
            if not all(isinstance(rule, A.Shortfall) and rule.points == 0 for rule in rules):
                raise _Reject(error(
                    "E202", f"{'、'.join(names)}共用一个标准和分值,每个比率各自从这个分值扣起会把分值算几次",
                    reader.first.stmt.span, hint="分成几行规则,每个比率一行,各写各的分值"))
            return A.GroupCap(rules, None, self.span)
        readings = _as_share_of_task(reader.readings)
        steppings = [r for r in readings if r.step is not None]
        for r in steppings:
            if r.bare and r.step.kind in (A.StepKind.DEFICIT, A.StepKind.SHORT, A.StepKind.LATE):
                # 每少1个百分点 1分 (its 扣 lost in a scan): points for falling short are no award
                raise _Reject(error("E201", "“每少(每低、每逾期)…”后面的分值没有写扣还是加", r.stmt.span,
                                    hint="写成 每少1个百分点扣1分"))
        peer = any(r.peer is not None for r in readings)
        task = self._task_then_steps_beyond(readings, steppings, peer)
        if task is not None:
            return task
        fact = self.slot(text)
        limits = [r for r in readings if r.step is None and r.condition is not None
                  and (r.zero or (r.deduct is not None and any(_step_kind(x.step) is A.StepKind.LATE for x in steppings)))]
        if len(steppings) == 1 and not steppings[0].step.step.duration:
            _no_other_kind_as_a_limit(steppings[0], limits)  # (迟报每次扣0.2分,漏报2次以上的不得分)
        if len(steppings) > 1 and _is_anchor(readings[0], either_way=True):
            anchor = readings[0]  # both ways from one point, which has its own points
            # (达到85%以上的得5分,每低1个百分点扣0.5分;达到90%以上的,每高1个百分点加0.2分: steps with a
            # threshold of their own start there, not at the anchor's 85%)
            own = [r for r in steppings if r.condition is not None and r is not anchor]
            for r in own:
                before = [x for x in steppings if x not in own and _step_kind(x.step) is _step_kind(r.step)]
                if before and not _said_on_top(r):
                    # 达到100%的得10分,每低1个百分点扣0.5分;低于90%的,每低1个百分点扣1分: below 90%, the 1
                    # instead of the 0.5, or on top? (read on top, 88% lost 7)
                    raise _Reject(error(
                        "E202", f"“{r.stmt.text.strip('，,;；。 ')}”的逐步扣分是在前面的逐步扣分之外另扣,还是改按这个标准扣,"
                                "句子没有说清", r.stmt.span,
                        hint="改按的,给前一段写明范围(如 90%—100%之间的,每低1个百分点扣0.5分);另扣的,写成 …每低1个百分点另扣1分"))
            rules = self._bands(fact, anchor, steppings, peer) or tuple(
                self._one_step(fact, r, r if r in own else anchor, [], peer, own_points=False) for r in steppings)
            own_points = anchor.signed_points if anchor.signed_points is not None else self._item_points(anchor)
            rule = A.OwnPoints(A.GroupCap(rules, None, self.span), own_points, self.span)
            # …每少1个百分点扣1分,完成率低于80%的本项不得分: the limit counts too
            return self._with_limits(rule, fact, limits)
        if len(steppings) > 1:
            rules = tuple(self._one_step(fact, r, r, [], peer) for r in steppings)
            return self._with_tiers(fact, rules, readings, steppings, [])
        stepping = steppings[0]
        at = readings.index(stepping)
        points_before = None
        if stepping.condition is not None and _step_kind(stepping.step) is not A.StepKind.DEFICIT:
            base = stepping  # 超过30%以上,每超过20%加1分: the step's own threshold
            before = readings[at - 1] if at else None
            if (before is not None and before.bare and before.award is not None and before.condition is None
                    and before.step is None and before.per is None and not before.zero
                    and stepping.deduct is not None):
                # 参加理论考试2分,参考率不得少于98%,每少1个百分点扣0.5分: the part's points, then the
                # steps below their own threshold count down from them (they were dropped)
                points_before = before
        else:
            # (…;10%(含)以上的得6分,每增加1个百分点扣1分: the tier just before the steps is theirs)
            just_before = readings[at - 1] if at else None
            base = (just_before if just_before is not None and just_before.condition is not None
                    and not just_before.zero and just_before.step is None else None)
            # (每季度至少开展1次,每少1次扣1分;全年开展6次以上的加1分: the steps' own requirement, not
            # the award past it, is where they start)
            own = (_step_kind(stepping.step) is A.StepKind.DEFICIT
                   and (stepping.required is not None or stepping.period is not None))
            later = readings[at + 1:] if own else []
            base = base or next((r for r in readings if r is not stepping and r.condition is not None and not r.zero
                                 and r not in limits and r not in later), None)
            first = readings[0] if readings[0] is not stepping else None
            if (first is not None and first.added and self._plain_award(first) and stepping.award is not None
                    and stepping.deduct is None):
                # 引进外资企业加2分;实到外资每增加100万美元加1分: points added for a case of their own, not
                # where the added steps start (read so, a unit with none of it scored the 2)
                raise _Reject(error(
                    "E202", f"“{first.stmt.text.strip('，,;；。 ')}”的加分,是逐步加分的起点,还是另一种情形的加分,句子没有说清",
                    first.stmt.span, hint="另一种情形的加分单独写成一行规则;是起点的,写成 达到…的得2分,每超过…加1分"))
            base = base or first
            if (base is not None and base is not stepping and base.condition is not None and base.step is None
                    and _step_kind(stepping.step) is A.StepKind.DEFICIT
                    and not _same_measure(base.condition.unit, stepping.step.step.unit)
                    # (签订率达100%,少1个扣1分: all of them asked, those missing counted)
                    and not (base.condition.low is not None and base.condition.low.value == 1)):
                # 实施面低于50%的,扣1分;每缺失一类垃圾桶的扣2分: a share, then items missing; read as the
                # steps' start, the 50% was dropped and every unit lost the 1
                raise _Reject(error(
                    "E202", f"“{_shown_condition(base)}”和“每…”数的不是同一个数量,不清楚两者怎样一起计分",
                    stepping.step.span, hint="把两句分成两行规则,各读各的值"))
        if (base is None and (stepping.rate is not None or _amount_stepped_from(stepping))
                and stepping.condition is None
                and _step_kind(stepping.step) in (A.StepKind.SHORT, A.StepKind.EXCESS)):
            # 接通率90%,每降低1个百分点扣0.5分, 经费20万落实,每下降1万扣1分: the rate or amount
            # written before the steps
            base = stepping
        if base is stepping:
            readings = [self._within_allowance(r, stepping) for r in readings]
        rule = self._one_step(fact, stepping, base, limits, peer, points_before=points_before)
        return self._with_tiers(fact, (rule,), readings, steppings, [base, points_before, *limits])

    def _task_then_steps_beyond(self, readings: list[Reading], steppings: list[Reading], peer: bool) -> A.Node | None:
        """完成任务得5分,每超1项加1分 / 参加培训得2分,每多参加1次加0.5分: the points are for what the
        first clause names, a yes/no; the added steps count what is beyond it, a value of their own.
        Read as where the steps start, a unit that fell short of the task still scored the 5. None
        where a number says where the steps start (完成率达到100%得5分,每超1个百分点加1分), or where
        the steps take points off (控制在指标内得5分,每超1起扣1分: none over is the 5)."""
        if len(readings) != 2 or len(steppings) != 1 or readings[1] is not steppings[0]:
            return None
        first, stepping = readings
        if any(r is not first and r is not stepping and (r.step is not None or (r.negative and _failing_of(r, first)))
               for r in self.all_readings):
            # (完成目标得30分,每增加1例加0.5分,每降低1例减1分: both ways from the task; …,未完成的不得分:
            # the task's failing said, where the steps start holds)
            return None
        lead = first.lead.strip(" ,，")
        if (not lead or lead.endswith((":", "：")) or first.bare or first.added or not self._plain_award(first)
                or stepping.award is None or stepping.deduct is not None or stepping.condition is not None
                or _step_kind(stepping.step) is not A.StepKind.EXCESS
                or self._has_threshold(first, peer) or self._has_threshold(stepping, peer)
                or _amount_stepped_from(stepping)):
            return None
        done = self.slot(first.stmt.text.strip("，,;；。 "))
        beyond = self.slot(stepping.stmt.text.strip("，,;；。 "))
        self.given.add(id(award := A.BooleanAward(done, first.award.value, first.stmt.span)))
        return A.GroupCap((award, self._per_step(beyond, stepping)), None, self.span)

    @staticmethod
    def _within_allowance(r: Reading, stepping: Reading) -> Reading:
        """10日内办结的得2分,超过10日的,每延迟1日扣0.5分: the points for keeping within the number
        the steps start from are a tier (≤10), beside the steps (they were dropped)."""
        start = stepping.condition.low if stepping.condition is not None else None
        if (r is stepping or r.condition is not None or r.target is None or not r.gives or r.zero
                or r.step is not None or r.per is not None or start is None or start.value != r.target
                or _step_kind(stepping.step) is not A.StepKind.EXCESS or stepping.deduct is None):
            return r
        return replace(r, condition=_one_sided(_DOWN, r.target, True, stepping.condition.unit))

    def _bands(self, fact, anchor: Reading, steppings: list[Reading], peer: bool) -> tuple | None:
        """达到95%以上的得满分;在90%至95%之间的,每降低1个百分点扣1分;低于90%的,每降低1个百分点扣2分:
        steps the same way, each in a band of its own, count in their band only, from where it
        starts (88%: 5 steps of 1 down to 90%, then 2 of 2). None when the steps go both ways."""
        kinds = {_step_kind(r.step) for r in steppings}
        if len(kinds) != 1 or not kinds <= {A.StepKind.SHORT, A.StepKind.EXCESS}:
            return None
        kind = kinds.pop()
        down = kind is A.StepKind.SHORT
        if any(r.condition is None for r in steppings):
            return None
        overlap = next((b for a, b in itertools.combinations(steppings, 2)
                        if not _disjoint(a.condition, b.condition, touching=True)), None)
        if overlap is not None:
            raise _Reject(error(
                "E202", "两段逐步计分的范围重叠:在重叠的范围里,是两段都算,还是后一段代替前一段,句子没有说清",
                overlap.stmt.span, hint="写清每一段的范围,例如 90%至96%的,每降低1个百分点扣0.25分;低于90%的,…"))
        # each band starts where the one before it ends (the first where the anchor's points end)
        bands = sorted(steppings, key=lambda r: -(r.condition.high.value if r.condition.high else Decimal("Infinity"))
                       if down else (r.condition.low.value if r.condition.low else Decimal("-Infinity")))
        start, _ = self._threshold(anchor, bands[0], kind, peer)
        starts = [start.value]
        for before in bands[:-1]:
            end = before.condition.low if down else before.condition.high
            if end is None:
                return None
            starts.append(end.value)
        whole = A.Unit.COUNT in {r.condition.unit for r in bands}
        for r, at in zip(bands, starts):  # a band written where it starts (95%以下; 11—15起 after 10起以内)
            edge = r.condition.high if down else r.condition.low
            if edge is None or abs(edge.value - at) > (1 if whole else 0):
                return None
        parts = []
        for i, (r, at) in enumerate(zip(bands, starts)):
            step, points = r.step.step.value, r.signed_points
            if step <= 0 or points is None:
                return None
            if down:
                part = A.Shortfall(fact, A.Bound(at, True), r.condition.unit, Decimal(0), step, -points,
                                   self.span, self.stepwise)
            else:
                part = A.Excess(fact, A.Bound(at, False), r.condition.unit, Decimal(0), step, points,
                                self.span, self.stepwise)
            if i + 1 < len(bands):  # no more than the band holds
                steps = abs(starts[i + 1] - at) / step
                if points < 0 or self.stepwise:
                    steps = steps.to_integral_value(rounding="ROUND_FLOOR")
                part = A.Cap(part, steps * abs(points), points < 0, self.span)
            parts.append(part)
        return tuple(parts)

    def _with_tiers(self, fact, rules: tuple, readings: list[Reading], steppings: list[Reading],
                    bases: list) -> A.Node:
        """98%以上得4分,95%—98%得3分,95%以下每降1个百分点扣0.5分: the tiers beside the steps
        score too (they were dropped). Steps and tiers must not overlap."""
        tiers = [r for r in readings if r.step is None and r.condition is not None and r.gives
                 and not r.zero and all(r is not b for b in bases)]
        lost = next((r for r in readings if r.step is None and r.condition is None and r.gives and not r.zero
                     and not r.bare and r.per is None and all(r is not b for b in bases)), None)
        if lost is not None:
            # (…内办结的得2分,每超过…: points with no condition beside steps with their own; were dropped)
            raise _Reject(error("E202", f"“{lost.stmt.text.strip('，,;；。 ')}”的分值和后面逐步计分的分句怎样一起计分,"
                                        "句子没有说清", lost.stmt.span,
                                hint="写出这一档的条件,例如 10日以内办结的得2分,超过10日的,每超过1日扣0.5分"))
        if not tiers:
            return rules[0] if len(rules) == 1 else A.GroupCap(rules, None, self.span)
        # (达到10人的得2分,每增加1人…: steps with no range of their own go on from the threshold's)
        # (below it, 每降低2个百分点, the steps' range is no condition written: unknown, as before)
        start = next((b.condition for b in bases if b is not None and b.step is None), None)
        # (每少1次 short of a requirement: the counts below it)
        required = next((n.required for rule in rules for n in rule.walk() if isinstance(n, A.DeficitDeduction)), None)
        short = None if required is None else A.Interval(None, A.Bound(required, False), A.Unit.COUNT)
        stepped = [short if short is not None and _step_kind(r.step) is A.StepKind.DEFICIT else
                   r.condition if r.condition is not None else
                   start if _step_kind(r.step) is A.StepKind.EXCESS else None for r in steppings]
        if any(s is None or not _disjoint(s, t.condition, touching=True) for s in stepped for t in tiers):
            raise _Reject(error("E202", "分档和逐步扣分(每低…)的范围重叠或没有写清,不清楚怎样同时计分",
                                tiers[0].stmt.span, hint="写清每一档和逐步扣分各自的范围,例如 95%以下每降1个百分点扣0.5分"))
        # (5万元至10万元的得1分,达到10万元的得2分,达到10万元后每增加…: at 10万 both hold; the steps,
        # which go on from it, score it, not both summed)
        tiers = [replace(t, condition=_short_of(t.condition, stepped)) for t in tiers]
        units = {x.step.step.unit for x in steppings}
        if len(units) == 1:
            # 低于全县平均值的得3分;高于的,每高出0.5个点扣1分: tiers against the average in the steps' unit,
            # one kind of value (a bare 3.0 beside steps in % was read as 300 points above)
            unit = units.pop()
            tiers = [replace(t, condition=replace(t.condition, unit=unit))
                     if t.peer is not None and t.condition.unit is A.Unit.NONE else t for t in tiers]
        reader = _Reader(tiers[0])
        reader.readings = tiers
        table = self._tiers(reader, "", fact)
        peer = isinstance(table, A.Peer)  # (高于全县平均值的得5分;低于…每低0.1分扣0.5分: both from the average)
        tiered = table.rule if peer else table
        if not isinstance(tiered, A.Tiers):
            # 12年以内(含)的,每服役1年计3分;满12年后,每多服役1年计4分: counted in bands, each its own rate
            raise _Reject(error("E202", "分段按数量计分(每段每…计分不同),还读不出各段怎样相加", tiers[0].stmt.span,
                                hint="写成两行规则: 一行读前一段的数量,一行读超出部分的数量"))
        # 控制在1%以内得5分,超过1%的每超过0.1个百分点扣1分: the steps count down from the
        # points of the tier they continue (5 at 1%), so their own range starts with those
        extra = []
        for at, step in enumerate(steppings):
            if step.condition is None:
                continue  # (its points are the threshold's own, counted by the steps)
            added = {r.stmt.span for r in tiers if r.added}
            touching = [t for t in tiered.tiers if not t.zero and _touch(step.condition, t.interval)
                        # (高于平均的加1分,低于平均的每低1个百分点扣0.2分: points added on top are no
                        # points the steps count down from, as 得3分 are)
                        and t.span not in added]
            # (高于平均的得3分,持平的得2分,低于的每低1个百分点扣0.5分: the steps go on from 持平,
            # the narrowest tier at their end, not from the one beyond it)
            next_to = min(touching, key=lambda t: _width(t.interval), default=None)
            if next_to is not None and next_to.points != 0 and not (next_to.points < 0 < (step.signed_points or 0)):
                # (低于平均水平的扣1分;高于的,每高1个百分点加0.2分: awards away from a deduction start at 0)
                extra.append(A.Tier(step.condition, next_to.points, step.stmt.text, step.stmt.span))
                if next_to.points > 0 > (step.signed_points or 0) and len(rules) == len(steppings):
                    # 达到95%以上的得2分,90%至95%的得1分,低于90%的每低1个百分点扣0.5分: the steps take
                    # no more than the 1 they count down from (85% scored -1.5)
                    rules = (*rules[:at], A.Cap(rules[at], next_to.points, True, self.span), *rules[at + 1:])
        if extra:
            tiered = replace(tiered, tiers=tiered.tiers + tuple(extra))
        return A.GroupCap(rules + (A.Peer(tiered, self.span) if peer else tiered,), None, self.span)

    def _one_step(self, fact, stepping: Reading, base: Reading | None, limits: list[Reading], peer: bool,
                  own_points: bool = True, points_before: Reading | None = None) -> A.Node:
        step = stepping.step
        if step.step.value <= 0:
            raise _Reject(error("E204", "“每…”后面的数量必须大于0", stepping.stmt.span))
        if stepping.signed_points is None:
            raise _Reject(error("E201", "这一步没有写加几分或扣几分", stepping.stmt.span,
                                hint="例如 每低1%扣0.2分"))
        kind = _step_kind(step)
        own = (base.signed_points if own_points and base is not None and base is not stepping and base.gives
               else None)
        if own is not None and base.bare:  # 少1条扣0.05分 after bare points: they are the base, never a deduction
            own = abs(own)
        if own is None and points_before is not None:
            own = abs(points_before.signed_points)
        if (own is not None and own < 0 and base.condition is not None
                and _step_kind(step) is A.StepKind.DEFICIT):
            # 少于3次的扣5分;每少1次扣1分: read as where the steps start, the 5 were taken at every
            # count and the steps never (a unit with none scored as one with three)
            raise _Reject(error(
                "E202", f"“{base.stmt.text.strip('，,;；。 ')}”和后面每少…扣分的分句怎样一起计分,句子没有说清",
                base.stmt.span, hint="写成一种: 每少1次扣1分(最多扣5分),或 少于3次的扣5分"))
        if (own is not None and own < 0 and base.condition is not None and kind is A.StepKind.EXCESS
                and stepping.award is not None):
            # 以80%为基准,未达到80%的扣2分;高于基准的,每提高5个百分点加0.5分: the 2 are taken below the
            # steps, no points they go up from (read so, 95% scored 0, not 1)
            raise _Reject(error(
                "E202", f"“{base.stmt.text.strip('，,;；。 ')}”扣的分和后面逐步加分的起点怎样一起计分,句子没有说清",
                stepping.stmt.span, hint="在加分的分句里写出起点,例如 高于80%的,每提高5个百分点加0.5分"))
        if own == 0 and base.deduct is not None:
            own = None  # 3次以内的不扣分,每超过1次扣1分: nothing taken is no points to count down from
        if own is not None and own < 0 and base.condition is None:
            # 每年修订一次,未修订的扣1分,少一次扣0.5分: a deduction is no points to count down from
            raise _Reject(error("E202", "扣分的分句之后又有逐步扣分,不清楚两者怎样一起计分", stepping.stmt.span,
                                hint="把两处扣分分成两行规则,或写成 未达到要求的扣1分,每少1次再扣0.5分"))
        if kind is A.StepKind.LATE:
            rule = self._late(fact, stepping, limits)
        elif kind is A.StepKind.DEFICIT:
            # 每缺少一张扣6分缺少10张以上此项不得分: a limit said in the step's own clause
            own_limit = [stepping] if stepping.zero and stepping.condition is not None else []
            deficit = self._deficit(fact, stepping, base)
            limits = limits + own_limit
            if isinstance(deficit, A.DeficitDeduction):
                limits = [_missing_as_done(r, deficit.required) for r in limits]
            rule = self._with_limits(deficit, fact, limits)
        elif not self._has_threshold(base, peer):
            # 每低0.1个百分点扣2分, 每增加1件扣1分: no threshold written, so the value is
            # how far it is below or above (in percentage points for a rate)
            loose = next((p for r in (base, stepping) if r is not None for p in r.stmt.phrases
                          if _marker(p, A.Marker.LOOSE_CMP)), None)
            passed = loose is not None and any(
                isinstance(p, A.Amount) and id(p) not in r.used and p.span.end <= loose.span.start
                for r in (base, stepping) if r is not None for p in r.stmt.phrases)
            if passed:
                # 用电定额50度,超过定额的,每超10度扣0.5分: the start named in words (定额), its number
                # elsewhere; read from 0, the 50 was passed over
                raise _Reject(error(
                    "E202", f"“{_shown(stepping.stmt, loose)}…”逐步计分的起点是用文字写的,读不出是多少", loose.span,
                    hint="把起点写成数字,例如 超过50度的,每超10度扣0.5分"))
            rule = self._with_limits(self._per_step(fact, stepping), fact, limits)
        else:
            threshold, met_unit = self._threshold(base, stepping, kind, peer)
            if stepping.deduct is not None and not peer:
                limits = _limits_from_the_standard(limits, threshold, kind, step.step.word)
            points = own if own is not None else Decimal(0)
            cond = base.condition if base is not None and base is not stepping else None
            # whose side the base's points are on: 不超过30人的得2分,每超过5人扣0.5分 (below the
            # steps, which count down from them), 低于5%的得2分,每降低1个百分点加1分 (where the
            # steps are: nothing above)
            capped = own is not None and cond is not None and cond.high is not None and cond.low is None
            # 控制率3%(12分)上升1个百分点扣1分: a bare value whose steps above lose points is a ceiling
            capped = capped or (own is not None and cond is None and base is not stepping and base is not None
                                and kind is A.StepKind.EXCESS and stepping.deduct is not None
                                and (base.rate is not None or base.target is not None))
            # (…(4分),…超过10%的,每超一个百分点扣0.4分: the part's points are kept below the ceiling)
            capped = capped or (points_before is not None and kind is A.StepKind.EXCESS)
            if kind is A.StepKind.SHORT:  # a deduction per step below, or (每降低…加1分) an award
                rule = A.Shortfall(fact, threshold, met_unit, Decimal(0) if capped else points, step.step.value,
                                   -stepping.signed_points, self.span, self.stepwise)
                if not capped and points > 0 and stepping.deduct is not None:
                    # 达85%以上记2分,每少1个百分点扣0.2分: its own 2 points are all its steps can take
                    rule = A.Floor(rule, self.span)
                if capped:
                    rule = A.GroupCap((rule, A.Tiers(fact, (A.Tier(cond, own, base.stmt.text, base.stmt.span),),
                                                     self.span)), None, self.span)
            else:
                rule = A.Excess(fact, threshold, met_unit, Decimal(0) if capped else points, step.step.value,
                                stepping.signed_points, self.span, self.stepwise)
                if capped:
                    rule = A.OwnPoints(rule, own, self.span)
            rule = self._with_limits(rule, fact, limits)
            own = None  # the base points are the rule's own
        if own is not None:
            rule = A.OwnPoints(rule, own, self.span)
        return A.Peer(rule, self.span) if peer else rule

    def _deficit(self, fact, stepping: Reading, base: Reading | None) -> A.Node:
        """每月开展…,每少1次 / 不少于4次,少一次: short of the requirement before, or of the
        step's own; with no requirement written, the value is the count missing."""
        required = self._required(base) if base is not None and base is not stepping else None
        said = base
        if required is None and not stepping.zero:  # (缺少10张以上不得分 in its clause: a limit)
            required, said = self._required(stepping, own=True), stepping
        if (required is not None and said.period and said.target is None and said.required is None
                and said.condition is None and not any(terminal_regex(name).fullmatch(stepping.step.step.word or "-")
                                                       for name in ("TIMES_COUNTER", "DURATION"))):
            # 每月…录入平台的得10分,每缺一项扣0.1分: the month says how often, not how many items; the
            # items missing are counted (read as 12 asked, 0 missing lost 1.2)
            required = None
        if required is not None:
            # (人均每月不少于8小时,…每少1人: 96 hours a year asked, people counted)
            # (经费5000元以上的记2分…缺一项扣2分: 5000 yuan asked, items counted)
            counted = next((p.quantity.word for p in said.stmt.phrases if isinstance(p, (A.Amount, A.Compare))
                            and p.quantity.unit in (A.Unit.COUNT, A.Unit.MEASURE)
                            and required in (p.quantity.value, p.quantity.value * (said.period or 1))
                            and p.span != stepping.step.step.span), "")
            if counted and _other_things(counted, stepping.step.step.word):
                # 每个小组张贴2张,少1个小组图片扣0.4分: 2 sheets are required, groups are counted
                raise _Reject(error(
                    "E202", f"要求数的是“{counted}”,每一步数的是“{stepping.step.step.word}”,不是同一个数量",
                    stepping.step.span, hint=f"按缺少的个数扣分的写成 每少1{stepping.step.step.word}扣…分(值为少的个数),"
                                             "并把描述要求的数字写进引号"))
        # (各社区均配备专职社工2名,每缺1名: 2 in each place, as 每村 is; read as the unit's 2 in all)
        per_what = next((r for r in (base, stepping) if r is not None
                         and (any(isinstance(p, A.Per) for p in r.stmt.phrases)
                              or terminal_regex("RATIO_STANDARD").search(to_simplified(r.stmt.text))
                              or terminal_regex("EACH_PLACE_ALL").search(to_simplified(r.stmt.text)))), None)
        # 每万常住人口全科医生数达到3人,每少0.5人: the value is itself the number per 10000, short of 3
        per_head = said is not None and required is not None and _per_head_measure(said, required)
        if per_head and per_what is None and stepping.deduct is not None:
            return A.DeficitDeduction(fact, required, stepping.step.step.value, stepping.deduct.value, self.span,
                                      A.Unit.MEASURE)
        per_what = per_what or next((r for r in (base, stepping) if r is not None
                                     and any(_marker(p, A.Marker.PER_CAPITA) for p in r.stmt.phrases)), None)
        if required is not None and per_what is not None:
            raise _Reject(error(  # 每车至少有2条,少一条扣4分: 2 for each 车, how many in all?
                "E205", "要求是按每一处(“每…”“各…均”)写的,没有说明一共应完成多少", per_what.stmt.span,
                hint="写明总数,例如 应开展4次;或改写成 每少1次扣…(按缺少的次数计)"))
        if stepping.deduct is None:
            raise _Reject(error("E201", "“每少…”后面没有写扣几分", stepping.stmt.span))
        step = stepping.step.step
        unit = A.Unit.MEASURE if step.unit is A.Unit.MEASURE else A.Unit.COUNT  # 平方米, 元: decimals
        # (签订率达100%,每少1个扣1分: all of them asked, so those missing are counted as ever)
        # (出勤率低于90%的,每缺勤1天扣0.5分: the rate that lets the days count, dropped as read)
        said_rate = next((r.condition for r in (stepping, base) if r is not None and r.condition is not None
                          and r.condition.unit is A.Unit.PERCENT and (
                              (r.condition.low is not None and r.condition.low.value < 1)
                              or (r is stepping and r.condition.high is not None))), None)
        if required is None and said_rate is not None and step.unit is not A.Unit.PERCENT:
            # 参训率达到90%,每少1人扣1分: people short of what 90% asks, which the sentence does not say
            # (read as people missing, the 90% was dropped)
            raise _Reject(error("E202", "起点和每一步的单位不同(起点是百分比,每一步是数量)", stepping.step.span,
                                hint="写成 参训率每低1个百分点扣…分;或写明应参训的人数,例如 应参训50人,每少1人扣1分"))
        if required is None:
            # 不少于6次,12天,缺一次扣2分,缺一天扣2分: 12天 is what 缺一天 is short of, not a
            # time limit of the failing
            counting = {r.step.step.span for r in self.all_readings if r.step is not None} | {
                r.per_count.span for r in self.all_readings if r.per_count is not None}
            stated = next((_shown(r.stmt, p) for r in self.all_readings if r.per is None for p in r.stmt.phrases
                           if isinstance(p, A.Amount) and p.quantity.unit is not A.Unit.POINTS
                           and p.quantity.word == step.word and p.span not in counting
                           and p.quantity.span not in counting), None)
            if stated is not None:
                raise _Reject(error("E202", f"句中写了“{stated}”,不清楚“缺…”是从它算起,还是按缺少的数量计",
                                    stepping.stmt.span,
                                    hint=f"写成 应完成{stated},每少…扣…分;或把这个数量写进引号,只按缺少的数量计"))
            return A.PerCountDeduction(fact, step.value, stepping.deduct.value, stepping.stmt.span, unit)
        return A.DeficitDeduction(fact, required, step.value, stepping.deduct.value, self.span, unit)

    def _per_step(self, fact, stepping: Reading) -> A.Node:
        step = stepping.step.step
        if terminal_regex("PERMILLE_POINT").fullmatch(to_simplified(step.word or "")):
            # 每上升1个千分点扣1分 alone: the value would be asked in percentage points, and 1 (千分点)
            # taken for ten steps
            raise _Reject(error("E202", f"“{stepping.stmt.text.strip('，,;；。 ')}”的值按千分点计,jdscore 只按百分点问这种值",
                                stepping.stmt.span, hint="写出比较的千分率,例如 控制在8‰以内,每超过1个千分点扣1分"))
        if step.unit is A.Unit.PERCENT:  # 每差1个百分点: the value is in percentage points
            per, unit = step.value * 100, A.Unit.PERCENT
        else:
            # 每增0.01次/车: a step finer than one is a measure (a count per vehicle), not a count
            whole = step.unit is not A.Unit.MEASURE and step.value == step.value.to_integral_value()
            per, unit = step.value, (A.Unit.COUNT if whole else A.Unit.MEASURE)
        if stepping.deduct is not None:
            return A.PerCountDeduction(fact, per, stepping.deduct.value, stepping.stmt.span, unit)
        # (每增加5家加0.5分,不足5家的不加分: whole steps)
        return A.PerCountAward(fact, per, stepping.award.value, stepping.stmt.span, unit,
                               whole=stepping.per_full or self.stepwise)  # (…,依次递增: whole steps too)

    @staticmethod
    def _has_threshold(base: Reading | None, peer: bool) -> bool:
        if base is not None and base.condition is None and any(
                _marker(p, A.Marker.LOOSE_CMP) for p in base.stmt.phrases):
            raise _Reject(error(  # 超过规定数量的10%的加1分: more than what?
                "E202", "比较词和数字之间隔着别的词,不清楚数字是不是门槛", base.stmt.span,
                hint="把比较词紧挨着数字写,例如 超过10%的;或把参照的数量写成一个事实"))
        return peer or (base is not None and (base.condition is not None or base.target is not None
                                              or base.rate is not None))

    def _with_limits(self, rule: A.Node, fact: A.FactRef, limits: list[Reading]) -> A.Node:
        """…,逾期超过3天不得分: beyond a limit of the same value, the item scores nothing."""
        if not limits:
            return rule
        tiers = tuple(A.Tier(r.condition, Decimal(0), r.stmt.text, r.stmt.span, zero=True) for r in limits)
        return A.GroupCap((rule, A.Tiers(fact, tiers, self.span)), None, self.span)

    def _late(self, fact, stepping: Reading, limits: list[Reading]) -> A.Node:
        if stepping.deduct is None:
            raise _Reject(error("E201", "“每逾期…”后面没有写扣几分", stepping.stmt.span))
        days = stepping.step.step.word
        again = next((r for r in self.all_readings if r is not stepping and all(r is not x for x in limits)
                      and r.deduct is not None and r.stmt.span.start > stepping.stmt.span.start
                      and r.condition is not None and r.condition.unit is A.Unit.COUNT and any(
                          isinstance(p, A.Compare) and p.quantity.duration and p.quantity.word == days
                          for p in r.stmt.phrases)), None) if stepping.step.step.duration else None
        # (迟报超过5天的,另扣1分: on top of the days', not instead; read instead, 6 days lost 1)
        on_top = [r for r in limits if not r.zero and _said_on_top(r)]
        instead = [r for r in limits if r not in on_top]
        if again is None and len(instead) > 1 and stepping.step.step.duration:
            # 超过1天的扣0.5分,超过3天的扣1分,超过7天的不得分: tiers past the days, of which only the
            # last was kept (5 days lost 2.5, the 扣1分 passed over)
            again = instead[0]
        if again is not None:
            # 迟报1天扣0.1分,迟报3天以上扣0.5分,迟报5天以上扣1分: the days late, asked once more for the
            # last tier (six days lost 1.5)
            late = terminal_regex("LATE_WORD").search(to_simplified(stepping.stmt.text))
            word = late.group(0) if late is not None else "逾期"
            raise _Reject(error(
                "E202", f"“{again.stmt.text.strip('，,;；。 ')}”和前面逐{days}计分的是同一个时长,"
                        "几档之间怎样计分(逐天扣,还是按档扣),句子没有说清", again.stmt.span,
                hint=f"按档的写成 {word}3天以内的扣0.1分,3天以上的扣0.5分,5天以上的扣1分;"
                     f"逐天的写成 每{word}1天扣0.1分,超过5天的不得分"))
        if not stepping.step.step.duration:
            # 迟报一次扣0.5分: the late reports are counted, not the days late
            _no_other_kind_as_a_limit(stepping, limits)
            rule = A.PerCountDeduction(fact, stepping.step.step.value, stepping.deduct.value, stepping.stmt.span)
            return self._with_limits(rule, fact, limits)
        beyond, flat = None, None
        word = stepping.step.step.word
        for r in limits:
            counter = _counter_at(r, r.condition)
            if counter and _unit_word(counter) != _unit_word(word):
                # 每逾期1天扣0.05分,逾期超过1个月的扣2分: a month, in days? (read as 1 day, 10 days
                # late lost the 2)
                raise _Reject(error(
                    "E202", f"“{r.stmt.text.strip('，,;；。 ')}”的单位({counter})和逐步计分的单位({word})不同",
                    r.stmt.span, hint=f"换成同一个单位,例如 逾期超过30{word}的…"))
            if r not in on_top:
                beyond, flat = r.condition, (None if r.zero else r.deduct.value)
        rule = A.Lateness(fact, stepping.step.step.value, stepping.deduct.value, beyond, self.span,
                          stepping.step.step.word, flat)
        if not on_top:
            return rule
        added = tuple(A.Tier(r.condition, r.signed_points, r.stmt.text, r.stmt.span) for r in on_top)
        return A.GroupCap((rule, A.Tiers(fact, added, self.span)), None, self.span)

    def _required(self, base: Reading | None, own: bool = False) -> Decimal | None:
        """The count a deficit is counted from: 应开展4次, 不少于4次, 每季度 (4), 的6项职责."""
        if base is None:
            return None
        if base.required is not None:  # 应开展4次; 每月应开展2次: 24 a year (按季度…全年应上报4次: 4)
            return base.required * (1 if _yearly_number(base) else _periods(base))
        if base.condition is not None and base.condition.unit is A.Unit.PERCENT:
            return None  # 报到率达到100%的得2分,每少报到1人扣0.5分: a rate is no number of people
        if base.condition is not None:
            low, high = base.condition.low, base.condition.high
            if (low is not None and high is not None and base.period is not None and not high.inclusive
                    and low.value * base.period == high.value):
                # 每月至少1次,全年少于12次的,每少1次: the year's failing restates the month's requirement
                return high.value
            if low is not None and high is not None and low.value != high.value:
                # 永久性标语1—2幅记2分,缺1幅扣1分: short of 1, or of 2?
                raise _Reject(error("E202", "要求是一个范围,“缺…”从范围的哪一端算起,句子没有说清", base.stmt.span,
                                    hint="写明应有的数量,例如 应有2幅,缺1幅扣1分;或 缺1幅扣1分(按缺少的数量计)"))
            bound = low or high
            if base.period is not None and not _yearly_number(base) and not _number_apart_from_period(base):
                unit = _counter_at(base, base.condition)
                if base.period > 1 and terminal_regex("DURATION").fullmatch(unit or "-"):
                    # 每周开放时间不少于56小时,每少2小时扣0.1分: hours each week, or the year's sum? (read as
                    # 2912 hours a year, a unit open 56 hours a week lost 142.8 points)
                    raise _Reject(error(
                        "E202", "要求是每一期的时长,逐步扣分按每期的平均时长算,还是按全年合计算,句子没有说清",
                        base.stmt.span, hint=f"按全年合计的,写成 全年不少于{plain(bound.value * base.period)}{unit};"
                                             f"按每期平均的,不写“每周(每月)”,写成 …平均不少于{plain(bound.value)}{unit}"))
                return bound.value * _periods(base)  # 每季度不少于1次: 4 a year
            return bound.value
        if base.period == 1 and not base.period_counted and base.target is None:
            return None  # 每年与…签订责任书,缺一项: every year, which is the assessment's; no count
        if base.period is not None and base.period_counted:
            other = next((p for p in base.stmt.phrases if isinstance(p, A.Amount) and id(p) not in base.used
                          and p.quantity.unit is A.Unit.COUNT and not p.quantity.duration), None)
            if other is not None:  # 每月三次小作文,一次大作文,每少一次: 36 a year, or 48?
                raise _Reject(error("E202", f"要求里还有“{_shown(base.stmt, other)}”,不清楚一共应完成多少",
                                    other.span, hint="写明总数,例如 每月应完成4次(三次小作文、一次大作文)"))
        if (base.period is not None and base.negative and not base.period_counted and base.target is None
                and terminal_regex("STANDARD_MET").search(to_simplified(base.stmt.text))):
            return None  # 每季度报送数量不达标的,每少1篇: a standard per quarter, its number not given
        if base.period is not None:  # 每季度一次: 4 a year; 每年召开会议2次: 2 (按季度…全年共报告4次: 4)
            target = base.target if base.target is not None and (not own or base.target != base.step.step.value) else 1
            return Decimal(target * (1 if base.target is not None and _yearly_number(base) else _periods(base)))
        if base.target is not None and (not own or base.target != base.step.step.value):
            return base.target
        return None

    def _threshold(self, base: Reading | None, stepping: Reading, kind: A.StepKind,
                   peer: bool) -> tuple[A.Bound, A.Unit]:
        """Where the steps start, as the bound of the values that meet the threshold."""
        cond = base.condition if base is not None else None
        if (base is stepping and cond is not None and kind is A.StepKind.EXCESS and cond.low is None
                and cond.high is not None and stepping.award is not None):
            # 企业数不足10家的县,每增加1家加1分: the units below 10, and what they add; the steps count
            # another value than the one compared (read as steps above 10, none of those units had any)
            raise _Reject(error(
                "E202", f"“{stepping.stmt.text.strip('，,;；。 ')}”的条件是低于某个数,每一步却是增加,"
                        "数的应是另一个值(如新增的数量),句子没有说清", stepping.stmt.span,
                hint="把条件和逐步加分分开: 条件另写一行(不足10家的…),逐步加分写成 每新增1家加1分"))
        # a value at one point with its points: the least to reach (办结率100%的,得9分), or, when
        # each step above it loses points, the most to keep them (控制率3%(12分)上升1个百分点扣1分)
        way = _DOWN if kind is A.StepKind.EXCESS and stepping.deduct is not None else _UP
        if cond is None and base is not None and base.target is not None:
            # 用稿2篇,得基本分8分 (目标任务为5亿元: an amount of its own unit)
            unit = base.target_phrase.quantity.unit if base.target_phrase is not None else A.Unit.COUNT
            cond = _one_sided(way, base.target, True, unit)
        if cond is None and base is not None and base.rate is not None:
            cond = _one_sided(way, base.rate, True, A.Unit.PERCENT)
            self.used.add(id(base.rate_phrase))
        if cond is not None and base is not None and base.condition is None and base.target is not None:
            self.used.update(id(p) for p in base.stmt.phrases if isinstance(p, A.Amount)
                             and p.quantity.value == base.target and p.quantity.unit is not A.Unit.POINTS)
        if cond is None:
            if peer:  # 高于全县平均的,每高1个百分点: steps from the average itself
                return A.Bound(Decimal(0), kind is A.StepKind.SHORT), stepping.step.step.unit
            code = "E206" if kind is A.StepKind.SHORT else "E205"
            raise _Reject(error(code, "“每…”之前没有写从哪个数值算起", stepping.stmt.span,
                                hint="写出达标线,例如 不低于95%的,得2分;每低1%,扣0.2分"))
        step_unit = stepping.step.step.unit
        if peer and cond.unit is A.Unit.NONE and all(b is None or b.value == 0 for b in (cond.low, cond.high)):
            # 低于全市平均水平的,每低1个百分点: the average itself, in the steps' unit (the difference
            # from it is 0, a number with no unit of its own)
            cond = replace(cond, unit=step_unit)
        if not _same_measure(cond.unit, step_unit) or (cond.unit is A.Unit.NONE and step_unit is A.Unit.PERCENT):
            kinds = {A.Unit.PERCENT: "百分比", A.Unit.COUNT: "数量", A.Unit.MEASURE: "带单位的数值",
                     A.Unit.NONE: "不带单位的数"}
            raise _Reject(error(
                "E202", f"起点和每一步的单位不同(起点是{kinds.get(cond.unit, '数')},每一步是{kinds.get(step_unit, '数')})",
                stepping.step.span, hint="把两处写成同一种单位,例如 低于95%的,每下降1个百分点扣0.5分;"
                                         "描述范围的数字(交易额在300万元以上的)请写进引号"))
        counted = _counter_at(base, cond) if base is not None else ""
        if counted and _other_things(counted, stepping.step.step.word):
            # 在册4000人以上的村…,每减少1个扣1分: 4000 people say which villages; the steps count villages
            raise _Reject(error(
                "E202", f"起点数的是“{counted}”,每一步数的是“{stepping.step.step.word}”,不是同一个数量",
                stepping.step.span, hint=f"按个数扣分的写成 每少1{stepping.step.step.word}扣1分(值为少的个数),"
                                         "并把描述范围的数字写进引号"))
        if (kind is A.StepKind.SHORT and base is not None and base.zero and cond.high is not None
                and cond.low is None):
            # 任务记15分,低于85%不记分,每少完成1%扣1分: below 85% nothing is left to take, so the
            # steps start somewhere above it, and the sentence does not say where
            raise _Reject(error("E202", "“每…”之前没有写从哪个数值算起(低于这个数值时本来就不得分)",
                                stepping.stmt.span, hint="写出达标线,例如 完成率达到100%记15分,每少1%扣1分;低于85%的不记分"))
        if kind is A.StepKind.SHORT:
            # the values that meet it: ≥T (不低于T / 低于T的,每降低 …)
            if cond.low is not None and cond.high is None:
                return cond.low, cond.unit
            if cond.high is not None and cond.low is None:
                return A.Bound(cond.high.value, not cond.high.inclusive), cond.unit
        else:
            if cond.low is not None and cond.high is None:
                return cond.low, cond.unit
            if cond.high is not None and cond.low is None:  # 不超过T的得2分,每超过1…
                return A.Bound(cond.high.value, not cond.high.inclusive), cond.unit
        raise _Reject(error("E202", "这个条件是一个区间,无法作为逐步加减分的起点", base.stmt.span,
                            hint="写成 不低于X 或 超过X 的形式"))

    def _each_kind(self, r: Reading) -> A.Node:
        """分别扣10分、5分 / 各扣1分: one fact for each kind or failing listed."""
        if r.step is not None and _step_kind(r.step) in (A.StepKind.SHORT, A.StepKind.EXCESS):
            # 电费、热费回收率每降低1%分别扣1分: steps of each rate listed (read as one value, the
            # two rates' points summed, in steps of 0.01)
            raise _Reject(error("E202", f"“{r.stmt.text.strip('，,;；。 ')}”是几个值各自逐步计分,一行规则读不出",
                                r.stmt.span, hint="每个值写成一句,例如 电费回收率每降低1%扣1分;热费回收率每降低1%扣1分"))
        if r.listed is not None and len(r.listed.values) > 1:
            deduct = r.listed.deduct if r.listed.deduct is not None else self.ctx.role is A.Role.DEDUCTIONS
            levels = _level_words(r.stmt, r.listed, len(r.listed.values))
            if levels is not None:
                self.used.update(id(p) for p in levels[1])
                return self._levels_rule(r, levels[0], [(-1 if deduct else 1) * v.value for v in r.listed.values])
            if r.listed.spread:
                # 警告、严重警告、记过、留校察看分别扣10-30分 / 分别扣1－2分: a range to judge in, not
                # points one apart for kinds (read so, 21 kinds at 10 to 30)
                low, high = r.listed.values[0].value, r.listed.values[-1].value
                raise _Reject(error(
                    "E202", f"“分别”后的{plain(min(low, high))}—{plain(max(low, high))}分是一个分值范围,不是几种情况各自的分值",
                    r.listed.span, hint=f"由考评组在范围内评定的,去掉“分别”,写成 {'扣' if deduct else '加'}"
                                        f"{plain(min(low, high))}-{plain(max(low, high))}分;各有分值的,逐一写出,例如 分别扣10分、20分、30分"))
            numbers = next((p for p in r.stmt.phrases if isinstance(p, A.AmountList)
                            and p.span.end <= r.listed.span.start), None)
            if numbers is not None:
                # 按照工作量的10%、20%、30%分别扣1分、2分、3分: numbers, not kinds (read as three
                # counts, each number a kind's name)
                raise _Reject(error("E202", f"“分别”之前列出的是几个数值({_shown(r.stmt, numbers)}),"
                                            "不是几种情况,不清楚怎样对应分值", numbers.span,
                                    hint="是分档的写成 达到10%的扣1分,达到20%的扣2分…"))
            before = self.all_readings[:self.all_readings.index(r)] if r in self.all_readings else []
            named = "".join(b.stmt.text for b in before) + r.stmt.text[:r.listed.span.start - r.stmt.span.start]
            if (self.facts is None and any(v.unit is A.Unit.POINTS for v in r.listed.values)
                    and not terminal_regex("KIND_JOIN").search(to_simplified(named))):
                # 市级以上领导批示的,分别加2分、1分: two points for one kind named (a rule line
                # that names a fact for each says what they are)
                raise _Reject(error("E202", f"“分别”列出了{len(r.listed.values)}个分值,前面只写了一种情况",
                                    r.listed.span, hint="写出各自对应的情况,例如 省级、市级领导批示的,分别加2分、1分"))
            per = r.per if r.per is not None else Decimal(1)
            facts = tuple(self.slot(r.stmt.text) for _ in r.listed.values)
            points = tuple((-1 if deduct else 1) * v.value for v in r.listed.values)
            return A.ListedValues(facts, per, points, r.stmt.span)
        deduct = r.each.deduct if r.each is not None else r.listed.deduct is not False
        if r.each is not None and r.each.bare:
            deduct = self._bare_each_taken(r)
        points = (r.each.points if r.each is not None else r.listed.values[0]).value
        if r.each is not None and r.per is not None and r.per != 1:
            # 每网四项内容各得2.5分: the four are the items each worth 2.5 (for each net), no step of
            # four (read so, 3 items earned 0)
            raise _Reject(error("E202", f"“{r.stmt.text.strip('，,;；。 ')}”里“每…”后的数量和“各…分”"
                                        "读不出是每几个计一次,还是每一个的分值", r.each.span,
                                hint=f"写成 每项{'扣' if deduct else '得'}{plain(points)}分"))
        high = r.each.high.value if r.each is not None and r.each.high is not None else None
        if high is not None and (r.per is not None or r.step is not None):
            raise _Reject(error("E202", f"“{r.stmt.text.strip('，,;；。 ')}”里“每…”和“各…”后的分值范围,"
                                        "读不出是每几个评定一次", r.each.span,
                                hint=f"写成 每项{'扣' if deduct else '得'}{plain(points)}-{plain(high)}分"))
        _no_condition_left_behind(r)
        if r.per is not None or r.step is not None:
            per = r.per or r.step.step.value
            fact = self.slot(r.stmt.text)
            return (A.PerCountDeduction(fact, per, points, r.stmt.span) if deduct
                    else A.PerCountAward(fact, per, points, r.stmt.span))
        one_failing = r.each is not None and r.each.alternatives_one  # 无制度或有但形同虚设均扣1分
        failings = _failings(r.stmt.phrases, or_joins=not one_failing)
        if failings < 2 and not one_failing:  # 没有落实的,各扣2分: a count of the failings
            fact = self.slot(r.stmt.text)
            if high is not None:  # (未达到考评标准的各扣1—2分: each one judged within the range)
                return A.Judged(fact, points, high, deduct, True, r.stmt.span, may_be_zero=True)
            return (A.PerCountDeduction(fact, Decimal(1), points, r.stmt.span) if deduct
                    else A.PerCountAward(fact, Decimal(1), points, r.stmt.span))
        rules = []
        for _ in range(failings):
            fact = self.slot(r.stmt.text)
            if high is not None:  # (无阶段性总结和部署各扣1—3分: each failing judged within the range, or 0)
                rules.append(A.Judged(fact, points, high, deduct, False, r.stmt.span, may_be_zero=True))
            else:
                rules.append(A.BooleanDeduction(fact, points, r.stmt.span) if deduct
                             else A.BooleanAward(fact, points, r.stmt.span))
        return rules[0] if len(rules) == 1 else A.GroupCap(tuple(rules), None, r.stmt.span)

    def _bare_each_taken(self, r: Reading) -> bool:
        """有计划、有总结各1分 gives; in 扣分项, or after deductions, 迟到、早退各0.5分 takes; a
        failing alone (未建立制度、未开展活动各1分) says neither."""
        if self.ctx.role is A.Role.DEDUCTIONS:
            return True
        short = r.step is not None and r.step.kind is A.StepKind.DEFICIT  # 缺一项各2分
        found = r.per_count is not None and terminal_regex("INCIDENT_COUNTER").fullmatch(
            to_simplified(r.per_count.quantity.word)) is not None  # 发现一处果皮、纸屑各2分
        if not (_tells_a_failing(r) or short or found):
            return False
        if _after_deductions(r, self.all_readings):
            return True
        raise _Reject(error("E202", f"“{r.stmt.text.strip('，,;；。 ')}”的“各{plain(r.each.points.value)}分”"
                                    "没有写是加分还是扣分", r.each.span,
                            hint=f"写成 各扣{plain(r.each.points.value)}分 或 各得{plain(r.each.points.value)}分"))

    def _levels(self, r: Reading) -> A.Node:
        levels = _level_words(r.stmt, r.amounts, len(r.amounts.values))
        if levels is None:
            raise _Reject(error("E202", "列出了几个分值,但前面没有对应的几档(如 好、较好、一般、差)",
                                r.amounts.span, hint="例如 按好、较好、一般、差四档,分别计4分、3分、2分、1分"))
        self.used.update(id(p) for p in levels[1])
        sign = -1 if self.ctx.role is A.Role.DEDUCTIONS else 1
        return self._levels_rule(r, levels[0], [sign * v.value for v in r.amounts.values])

    def _ranks_listed(self, r: Reading) -> tuple[A.RankTier, ...]:
        """前三名的分别加3分、2分、1分: first place 3, second 2, third 1."""
        rank, values = r.rank, r.listed.values
        _one_place([r])
        # 第1-3名的分别得5、4、3分, 第4至6名的分别…: the places in order, from the first written
        ranged = (rank.kind is A.RankFrom.NTH and rank.start is not None
                  and rank.position.value - rank.start.value + 1 == len(values))
        if not ranged and (rank.kind is not A.RankFrom.TOP or not rank.within or rank.position.value != len(values)):
            # 后三名分别扣3分、2分、1分: is the last place the 3 or the 1?
            raise _Reject(error("E202", "名次和分别列出的分值对不上,或看不出哪个名次对应哪个分值", r.stmt.span,
                                hint="逐个写出,例如 倒数第1名扣3分,倒数第2名扣2分,倒数第3名扣1分"))
        first = int(rank.start.value) if ranged else 1
        deduct = r.listed.deduct if r.listed.deduct is not None else self.ctx.role is A.Role.DEDUCTIONS
        return tuple(A.RankTier(A.RankFrom.NTH, place, False, (-1 if deduct else 1) * q.value, r.stmt.text,
                                r.stmt.span) for place, q in enumerate(values, first))

    def _level_scale(self, reader: _Reader) -> A.Node:
        points = []
        full_scale = self._full_level(reader)  # (the levels' points are what the item scores)
        lowest_award = min((r.award.value for r in reader.readings if r.award is not None and not r.full),
                           default=None)
        if any(_judged_range(r) is not None for r in reader.readings):
            return self._judged_levels(reader)
        for r in reader.readings:
            if r.full and self.ctx.item_points is None:  # 优秀的得满分 in a sentence tried alone
                raise _Reject(error("E202", f"“{r.stmt.text.strip('，,;；。 ')}”: 不知道本项分值,满分是几分读不出", r.stmt.span,
                                    hint="在所在项目上写明分值;试算时加 --points"))
            if r.full and full_scale:
                # 优秀的得满分,良好的扣0.5分: all the item's points (read as 0, 优秀 scored nothing)
                points.append(self.ctx.item_points)
            elif r.zero and full_scale:
                points.append(Decimal(0))
            elif r.zero and any(x.deduct is not None for x in reader.readings):
                if self.ctx.item_points is None:  # 一般的扣0.5分,不好的不得分: the whole item
                    raise _Reject(error("E202", "按档次扣分的句子里有“不得分”,但不知道本项分值", r.stmt.span,
                                        hint="在所在项目上写明分值;试算时加 --points"))
                points.append(-self.ctx.item_points)
            elif (r.deduct is not None and full_scale
                  and (lowest_award is None or self.ctx.item_points - r.deduct.value < lowest_award)):
                # 好的计2.5分,差的扣1分 in a 2.5-point item: 差 loses 1 of the 2.5 (beside 合格的得1分,
                # 不合格的扣1分 is below the 1, not 1 off the item's 3: read so, 不合格 scored 2)
                points.append(self.ctx.item_points - r.deduct.value)
            else:
                points.append(r.signed_points or Decimal(0))
        words = [r.level for r in reader.readings]
        self.used.update(id(p) for r in reader.readings for p in r.stmt.phrases)
        text = "；".join(dict.fromkeys(r.stmt.text.strip("，,;；。 ") for r in reader.readings))
        return self._levels_rule(reader.first, words, points, text, tuple(_option_words(r) for r in reader.readings))

    def _judged_levels(self, reader: _Reader) -> A.Node:
        """执行好的给8-10分,一般的给4-7分,较差的给1-3分: the assessors give a level and choose the
        points inside its range (a level of one amount, 不完善的得0分, is a range of it alone)."""
        levels = []
        for r in reader.readings:
            if r.award is None and r.deduct is None and _judged_range(r) is not None:  # (基本符合:3—1分)
                low, high = _judged_range(r)
            elif r.award is not None and not r.full:
                low, high = r.award.value, (r.high.value if r.high is not None else r.award.value)
            elif r.high is not None and r.deduct is None and not r.full:  # (较差,得0-5分)
                low, high = Decimal(0), r.high.value
            elif r.zero and r.high is None:
                low = high = Decimal(0)
            elif r.full and r.high is None and self.ctx.item_points is not None:
                low = high = self.ctx.item_points
            else:  # (一般的扣1-2分: taken from what?)
                raise _Reject(error(
                    "E202", "档次的分值是一个范围,一个档次名称定不了得几分", r.stmt.span,
                    hint="行首写“评定”,由考评组在范围内评分;或每个档次只写一个分值"))
            levels.append((r.level, low, high))
        if len({word for word, _, _ in levels}) != len(levels):
            raise _Reject(error("E202", "几个档次的名称重复了", reader.first.stmt.span))
        self.used.update(id(p) for r in reader.readings for p in r.stmt.phrases)
        text = "；".join(dict.fromkeys(r.stmt.text.strip("，,;；。 ") for r in reader.readings))
        return A.JudgedLevels(self.slot(text), self.slot(text), tuple(levels), reader.first.stmt.span,
                              tuple(_option_words(r) for r in reader.readings))

    def _full_level(self, reader: _Reader) -> bool:
        """A level that gets the item's whole points (得满分, or as many as the item has)."""
        full = self.ctx.item_points
        return full is not None and any(
            r.full or (r.award is not None and r.award.value == full) for r in reader.readings)

    def _levels_rule(self, r: Reading, words: list[str], points: list[Decimal], text: str = "",
                     options: tuple[str, ...] = ()) -> A.Node:
        if len(set(words)) != len(words):
            raise _Reject(error("E202", "几个档次的名称重复了", r.stmt.span))
        fact = self.slot(text or r.stmt.text)
        return A.Levels(fact, tuple(zip(words, points)), r.stmt.span, options)


def _count_limit_as_points(rule: A.Node, cap: A.CapPhrase) -> tuple[A.Node, A.Node] | None:
    """以3次为限, 5人封顶: the one rule counting what the limit counts, and it limited to the points
    that many earn (2分/天, 3天为限: 6 at most, where read as points the limit took 3); None where
    the sentence counts no one thing."""
    counted = [r for r in A.scoring_rules(rule) if isinstance(r, (A.PerCountAward, A.PerCountDeduction, A.Lateness))]
    if len(counted) != 1 or cap.limit.unit is not A.Unit.COUNT:
        return None
    one = counted[0]
    taken = not isinstance(one, A.PerCountAward)
    steps = cap.limit.value / one.per
    points = (steps.to_integral_value(rounding=ROUND_FLOOR) if taken else steps) * one.points
    return one, A.Cap(one, points, taken, cap.span)


def _off_the_total(clauses, readings: list[Reading], ctx: Context) -> None:
    """在总分中扣10分, 从年度考核总分中扣除3分: points off the rubric's total. Where no points bound
    the sentence they are its deductions; in an item with points they were taken inside it and
    stopped at its 0 (a unit lost 5 fewer than the document says): refused."""
    said = next((p for c in clauses for p in c.phrases if _marker(p, A.Marker.FROM_TOTAL)), None)
    if said is None:
        return
    clause = _clause_of(clauses, said)
    if not any(isinstance(p, A.Deduct) for p in clause.phrases):
        # (本项得分为负值的,在考核总分中扣减: what is left below the item's 0, said with the floor's words;
        # without them, the words are left unread)
        if not any(_marker(p, A.Marker.NO_FLOOR_SAID) for c in clauses for p in c.phrases):
            return
    elif ctx.item_points is not None:
        raise _Reject(error(
            "E202", "“在总分中扣”的分不在本项的分值里扣,本项扣到0分后还要接着扣", clause.span,
            hint="把这种扣分写进“扣分项 { … }”,从总分中扣;本项只写它自己的扣分"))
    for r in readings:
        r.used.add(id(said))


def _no_yearly_count_as_each_ones(readings: list[Reading]) -> None:
    """每开展1次专项排查计0.5分(全年不少于4次): a number of the times themselves, for the year (read as
    a measure of each time, listed: five held earned 0.5)."""
    for r in readings:
        c = r.condition
        # (事假超过3次,每次扣2分: each one beyond the 3, taken)
        if r.per is None or c is None or c.unit is not A.Unit.COUNT or r.award is None or c.low is None:
            continue
        counted, said = _counted_word(r), _counter_at(r, c)
        # (被采用不少于12篇,每篇计1分: the requirement first, then each one counts)
        compared = next((p for p in r.stmt.phrases if isinstance(p, (A.Compare, A.Range))), None)
        after = compared is not None and r.award is not None and compared.span.start > r.award.span.start
        if counted and said and after and not _other_things(counted, said):
            raise _Reject(error(
                "E202", f"“{r.stmt.text.strip('，,;；。 ')}”里的次数要求是全年的,不是每一次的条件;达不到时怎样计分,句子没有说",
                r.stmt.span, hint="按次计分的写成 每开展1次专项排查计0.5分,最高2分;全年的要求另写一行(如 全年少于4次的,扣1分)"))


def _no_points_each_said_twice(readings: list[Reading]) -> None:
    """共5项,每项2分,完成一项得2分: what each is worth, then what each done earns, the same points said
    twice (read as two awards: three done earned 10, not 6)."""
    counted = [r for r in readings if r.per is not None and r.award is not None and r.condition is None
               and r.step is None]
    # (“每日要情”采用每条10分 beside 采用单条信息计10分: two things of the same points, each named)
    def named(r: Reading) -> bool:  # words of its own before the count, past (…工作)共5项 and 每项
        lead = re.sub(r"^[^,，;；]*共[^,，;；]*[,，]", "", to_simplified(r.lead))
        return bool(re.sub(r"[\s,，、;；:：0-9０-９共每项]", "", lead))
    # (共5项,每项计2分,完成一项计2分: the worth may carry a verb too; the later one names what is done)
    for worth in (r for r in counted if not named(r)):
        if any(r is not worth and named(r) and r.per == worth.per and r.award.value == worth.award.value
               and r.stmt.span.start > worth.stmt.span.start for r in counted):
            raise _Reject(error(
                "E202", f"“{worth.stmt.text.strip('，,;；。 ')}”说的是每项的分值,后面又按完成的每项给同样的分,"
                        "jdscore 读成了两处给分", worth.stmt.span,
                hint="只写一处,例如 完成一项得2分,最高10分"))


def _tiers_given(readings: list[Reading]) -> list[Reading]:
    """The statements that give points for a value in a range (90%以上的得3分), not for each one."""
    return [r for r in readings if r.condition is not None and r.award is not None and r.per is None]


def _no_judged_below_tiers(readings: list[Reading]) -> None:
    """满意度达到90%以上的得3分,未达到的由考评组酌情扣1-3分: the assessors' deduction for the units below
    the tiers (read as a tier of 0 beside an amount judged for all: a unit below 90% scored 0, not 3 less
    the judged amount). From which tier's points it is taken the sentence does not say."""
    tiers = _tiers_given(readings)
    for r in readings:
        if (r.judged and r.negative and r.condition is None and r.per is None
                and any(t.stmt.span.start < r.stmt.span.start for t in tiers)):
            raise _Reject(error(
                "E202", f"“{r.stmt.text.strip('，,;；。 ')}”是考评组对没有达到前面分档的单位的扣分,"
                        "从哪一档的分值扣起,jdscore 读不出", r.stmt.span,
                hint="分档和评定分成两行规则,例如 满意度达到90%以上的得3分;"
                     "另一行 评定 事实: 满意度未达到90%的,由考评组评定,0—2分"))


def _no_some_below_tiers(readings: list[Reading]) -> None:
    """各科及格率均达到80%以上的得3分,一科未达到扣1分 / …,每有一科未达到扣1分: a failing of the tier's
    own line, by some of several things (read as a yes/no or a count beside the tier: one subject below
    left a tier of 0 and lost 1 more, where it scores 2)."""
    if _failings_counted(readings) is not None:
        return  # (“多测合一”“联合验收”实施率均达到100%的得2分,其中一项未达到的扣1分,两项均未达到的不得分)
    tiers = _tiers_given(readings)
    met = terminal_regex("MET_AGAIN")
    for r in readings:
        if r.deduct is None or r.condition is not None or not any(
                t.stmt.span.start < r.stmt.span.start for t in tiers):
            continue
        phrases = r.stmt.phrases
        neg = next((i for i, p in enumerate(phrases)
                    if isinstance(p, A.MarkerPhrase) and p.marker is A.Marker.NEG), None)
        if neg is None:
            continue
        after = "".join(p.text for p in phrases[neg + 1:] if isinstance(p, A.Text))
        # (任务未完成的扣1分 is a failing of its own; 一科, 有一项, 每有一科 count the things that fell short)
        before = "".join(p.text for p in phrases[:neg] if isinstance(p, A.Text))
        counted = re.search(r"[0-9０-９一二两三四五六七八九十][\u4e00-\u9fff]?$", before.strip()) or any(
            isinstance(p, (A.Per, A.Amount)) for p in phrases[:neg])
        if counted and met.fullmatch(to_simplified(after).strip(" \t\u3000的")):
            raise _Reject(error(
                "E202", f"“{r.stmt.text.strip('，,;；。 ')}”扣的是几样中没有达到前面标准的,"
                        "jdscore 读不出它和前面分档怎样一起计分", r.stmt.span,
                hint="把标准写进每一样的条件,例如 每有一科及格率未达到80%的扣1分"))


def _no_tiers_of_points_beside_a_share(readings: list[Reading]) -> None:
    """按完成比例计分,完成率低于50%的得1分 / …在50%以下的,按50%计分: points for a band beside the share,
    in its place (read as added to it: 40% scored 2.6, more than 60%'s 2.4). Points for reaching a
    line (使用率达到90%的,得5分;不达90%的,按比例扣分) are the share's own top and still read."""
    if not any(r.proportional for r in readings):
        return
    for r in readings:
        cond = r.condition
        if (not r.proportional and cond is not None and cond.unit is A.Unit.PERCENT and r.award is not None
                and r.award.value > 0 and r.per is None and r.step is None
                and cond.low is None):
            raise _Reject(error(
                "E202", f"“{r.stmt.text.strip('，,;；。 ')}”的分值是代替按比例计的分,还是加在上面,句子没有说清",
                r.stmt.span, hint="写成分档(例如 完成率80%以上的得4分,50%以上的得2分,低于50%的得1分),"
                                  "或写成公式(得分=完成率×5)"))


def _no_deduction_tier_over_the_whole(readings: list[Reading]) -> None:
    """全部完成的得满分,完成90%以上的扣1分,完成80%以上的扣2分: a tier that takes points from 90% up holds
    the whole task too (read so, a unit that did it all lost 1)."""
    start = next((r for r in readings if r.full and r.condition is None
                  and r.per is None and r.step is None and not r.negative), None)
    if start is None or start is readings[-1]:
        return
    r = readings[readings.index(start) + 1]  # (the tier right after it: …较上年下降超过5%的 is another value)
    cond, said = r.condition, to_simplified(r.stmt.text)
    if (r.deduct is not None and r.per is None and r.step is None and cond is not None
            and cond.unit is A.Unit.PERCENT and cond.high is None and cond.low is not None and cond.low.value < 1
            and not any(terminal_regex(t).search(said) for t in ("YEAR_ON_YEAR", "CHANGE_WORD"))):
        raise _Reject(error(
            "E202", f"“{r.stmt.text.strip('，,;；。 ')}”也包括全部完成的,全部完成时扣不扣,句子没有说清",
            r.stmt.span, hint=f"写成 完成{plain(cond.low.value * 100)}%以上不足100%的扣{plain(r.deduct.value)}分"))


def _no_bound_after_the_thing_counted(readings: list[Reading]) -> None:
    """2个村以上不达标的扣3分: 以上 after the thing counted, not after the count (read as words, the
    clause was a yes/no of its own: two villages lost 1 + 3)."""
    bounds = [terminal_regex(t) for t in ("GE_POST", "LE_POST")]

    def counted(r: Reading) -> set:  # (counter, the thing's first character) of each count in it
        phrases = r.stmt.phrases
        return {(a.quantity.word, w.text.strip()[:1]) for a, w in zip(phrases, phrases[1:])
                if isinstance(a, A.Amount) and isinstance(w, A.Text) and w.text.strip()}

    for r in readings:
        if r.deduct is None and not r.negative:
            continue  # (引进3个项目以上的加2分: reaching 3 projects, as 引进3个项目的)
        # (only beside a count of the same things: 12个班以下学校, 一起重伤以上 describe what is counted)
        others = set().union(*(counted(x) for x in readings if x is not r))
        phrases = r.stmt.phrases
        for amount, words in zip(phrases, phrases[1:]):
            if not (isinstance(amount, A.Amount) and isinstance(words, A.Text)
                    and (amount.quantity.word, words.text.strip()[:1]) in others):
                continue
            said = re.match(r"[\u4e00-\u9fff]{1,3}", to_simplified(words.text).strip())
            bound = said and next((m for m in (b.search(to_simplified(words.text)) for b in bounds) if m), None)
            if bound is not None and bound.start() <= said.end():
                shown = _shown(r.stmt, amount) + words.text[:bound.end()]
                raise _Reject(error(
                    "E202", f"“{shown}”的“{bound.group(0)}”写在了数的东西之后,jdscore 读不出这个比较",
                    words.span, hint=f"把比较词紧挨着数写,例如 {_shown(r.stmt, amount)}及{bound.group(0).lstrip('及或')}"
                                     f"{words.text[:bound.start()]}…"))


def _no_failings_counted_beside_the_whole_rate(readings: list[Reading]) -> None:
    """水质达标率100%的得3分,有1次不达标的扣1分,2次及以上不达标的不得分: tiers of the failings that keep
    the rate below 100%; do they come off the 3? (read beside a tier of the rate, one failing scored
    0 − 1)."""
    def at_the_whole(r: Reading) -> bool:  # 达到100%的 / 达标率100%的
        c = r.condition
        return ((c is None and r.rate == 1) or (c is not None and c.unit is A.Unit.PERCENT and c.low is not None
                                                 and c.low.value == 1 and c.high is None))

    whole = next((r for r in readings if at_the_whole(r) and r.award is not None and r.per is None
                  and r.step is None), None)
    if whole is None or _failings_counted(readings) is not None:
        return  # (“多测合一”“联合验收”实施率均达到100%的得2分,其中一项未达到的扣1分: parts not done)
    for r in readings[readings.index(whole) + 1:]:
        if r.award is not None or r.full:
            return  # (…达到100%的得1分;全年未发生迟报…的得2分,发生的每起扣0.5分: the count's own start)
        # (each one counted, 每有一件未回复的扣0.5分, is read from the rate's points: see _misses_of_the_rate)
        if ((r.deduct is not None or r.zero) and r.step is None and r.per is None and r.condition is not None
                and r.condition.unit is A.Unit.COUNT and _misses_of_the_rate(whole, r)):
            raise _Reject(error(
                "E202", f"“{r.stmt.text.strip('，,;；。 ')}”的扣分是从“{whole.stmt.text.strip('，,;；。 ')}”的分值扣起,"
                        "还是另计,句子没有说清", r.stmt.span,
                hint=f"从{plain(whole.award.value)}分扣起的,写成 本项{plain(whole.award.value)}分,"
                     f"{r.stmt.text.strip('，,;；。 ')}"))


def _no_excess_counted_again(readings: list[Reading]) -> None:
    """每迟报1次扣0.5分,迟报超过4次的,超过部分每次扣1分: the times past the 4 are the same times; is the 1
    taken instead of the 0.5, or on top? (read on top, and the count asked twice: six late reports
    lost 5, not 4)."""
    def each_one(r: Reading) -> tuple[str, str] | None:  # (the act, its counter) of a count of each one
        if r.deduct is None or r.condition is not None:
            return None
        if r.per == 1 and _tells_a_per(r):  # (第一次扣1分: the first time, no count of each)
            per = next(p for p in r.stmt.phrases if isinstance(p, A.Per))
            count = next((p for p in r.stmt.phrases if isinstance(p, A.Amount) and p.span.start >= per.span.end), None)
            # (每发现一处: the act between the 每 and the count)
            start = r.stmt.span.start
            between = r.stmt.text[per.span.end - start:count.span.start - start] if count is not None else ""
            return _counted_act(r, verbs_kept=True) or to_simplified(between).strip(), _counted_word(r)
        step = r.step
        # (每逾期1天扣0.5分,逾期超过5天的,每天扣1分: days late, counted again past the 5; a flat
        # amount past them replaces the days', see _flat_beyond_lateness)
        if (step is not None and step.kind in (A.StepKind.LATE, A.StepKind.DEFICIT) and step.step.value == 1
                and step.step.unit is A.Unit.COUNT):
            said = r.stmt.text[step.span.start - r.stmt.span.start:step.step.span.start - r.stmt.span.start]
            if step.step.duration and not (step.kind is A.StepKind.LATE
                                           and terminal_regex("PER").match(to_simplified(said).lstrip())):
                return None
            return terminal_regex("PER").sub("", to_simplified(said), count=1).strip(), step.step.word
        return None

    counts = {id(r): each_one(r) for r in readings}
    for a, b in itertools.combinations(readings, 2):
        cond, counted = b.condition, counts[id(a)]
        if not (counted and all(counted) and b.deduct is not None and cond is not None
                and cond.unit is A.Unit.COUNT and cond.low is not None and cond.high is None
                and (b.per == 1 or (b.step is not None and b.step.kind is A.StepKind.EXCESS)
                     or (b.per is None and b.step is None))):  # (…;发现3处以上的,扣3分: a tier of them)
            continue
        act, word, said = *counted, to_simplified(b.stmt.text)
        if terminal_regex("ON_TOP").search(said):
            continue  # (超过部分每次另扣1分: on top, said so)
        words = b.step.step.word if b.step is not None else (_counted_word(b) or _counter_at(b, cond))
        if word != words or act not in said:
            continue
        if b.per is None and b.step is None and a.step is not None and a.step.step.duration:
            continue  # (每逾期1天扣0.1分,逾期超过5天的,按未报送处理,扣0.5分: instead of the days')
        if b.per is None and b.step is None:
            raise _Reject(error(
                "E202", f"“{b.stmt.text.strip('，,;；。 ')}”是在“{a.stmt.text.strip('，,;；。 ')}”之外另扣,"
                        f"还是达到后一共扣{plain(b.deduct.value)}分,句子没有说清", b.stmt.span,
                hint=f"另扣的,写成 …的,另扣{plain(b.deduct.value)}分"))
        raise _Reject(error(
            "E202", f"“{b.stmt.text.strip('，,;；。 ')}”和“{a.stmt.text.strip('，,;；。 ')}”数的是同样的次数,"
                    f"超过的部分是另扣{plain(b.deduct.value)}分,还是改扣{plain(b.deduct.value)}分,句子没有说清",
            b.stmt.span, hint=f"另扣的,写成 …超过部分每{word}另扣{plain(b.deduct.value)}分;改扣的,给前一句加上限"
                              f"(前{plain(cond.low.value)}{word}的分),再写 …超过部分每{word}另扣{plain(b.deduct.value)}分"))


def _no_frequencies_as_awards(readings: list[Reading]) -> None:
    """每月开展1次以上的得3分,每季度开展1次以上的得2分,每半年开展1次以上的得1分: how often one thing is
    done, options of one level (read as awards each of its own: a unit holding it every month met all
    three and scored 6)."""
    often = [r for r in readings if r.period is not None and r.award is not None and r.step is None
             # (每月开展的得3分,每季度开展的得2分: options with no count, read so)
             and any(isinstance(p, (A.Amount, A.Compare)) and p.quantity is not None
                     and p.quantity.unit is A.Unit.COUNT for p in r.stmt.phrases)]

    def act(r: Reading) -> str:  # the words of what is done (开展 in 每月开展1次以上的)
        return "".join(p.text for p in r.stmt.phrases if isinstance(p, A.Text)).strip()

    _no_rungs_as_awards(often, lambda r: r.period, act, "同一件事做得多勤",
                        "写成档次,例如 每月开展的得3分,每季度开展的得2分,每半年开展的得1分,未开展的不得分")


def _no_rungs_as_awards(rungs: list[Reading], rung, act, what: str, hint: str) -> None:
    """Awards each on a rung of one thing (how often, how soon), the same act at each, different
    points: options of one level, which read as awards of their own were summed."""
    if (len(rungs) >= 2 and len({rung(r) for r in rungs}) == len(rungs) == len({r.award.value for r in rungs})
            and len({act(r) for r in rungs}) == 1):
        r = rungs[1]
        raise _Reject(error(
            "E202", f"“{rungs[0].stmt.text.strip('，,;；。 ')}”“{r.stmt.text.strip('，,;；。 ')}”像是{what}的几档,"
                    "jdscore 读成了分别给分", r.stmt.span, hint=hint))


def _no_requirement_after_a_deduction(readings: list[Reading]) -> None:
    """未按要求建立禁毒志愿者队伍的扣3分(志愿者人数不少于20人): the bracket after the points says what the
    requirement is; it is no condition of the deduction (read as one, 25 volunteers lost 3, 10 kept them)."""
    for r in readings:
        taken = next((p for p in r.stmt.phrases if isinstance(p, A.Deduct)), None)
        said = next((p for p in r.stmt.phrases if isinstance(p, (A.Compare, A.Range))), None)
        # (每少1人扣0.5分(应不少于20人): what the steps fall short of, read so)
        if (taken is not None and said is not None and r.condition is not None and r.step is None and r.per is None
                and said.span.start > taken.span.end):
            raise _Reject(error(
                "E202", f"“{_shown(r.stmt, said)}”写在扣分之后,像是对要求的说明,不是扣分的条件", said.span,
                hint=f"把条件写在扣分之前,例如 志愿者人数少于20人的扣{plain(r.deduct.value)}分"
                     if r.deduct is not None else "把条件写在扣分之前"))


def _no_time_limits_as_awards(readings: list[Reading]) -> None:
    """1个工作日内办结的得3分,2个工作日内办结的得2分,3个工作日内办结的得1分: rungs of one time taken
    (read as awards of their own: a case done in a day met all three and scored 6)."""
    def limit(r: Reading) -> A.Amount | None:
        return next((p for p in r.stmt.phrases if isinstance(p, A.Amount) and p.quantity.duration), None)

    def act(r: Reading) -> str:  # 办结 in 1个工作日内办结的: the first words after the time
        after = to_simplified(r.stmt.text[limit(r).span.end - r.stmt.span.start:])
        return terminal_regex("LE_POST").sub("", after, count=1).lstrip(" \t\u3000内")[:2]

    timed = [r for r in readings if r.award is not None and r.condition is None and r.per is None
             and r.step is None and limit(r) is not None]
    _no_rungs_as_awards(timed, lambda r: limit(r).quantity.value, act, "同一个用时",
                        "写成用时的分档,例如 办结用时1个工作日以内的得3分,2个工作日以内的得2分,3个工作日以内的得1分")


def _no_period_of_years(readings: list[Reading]) -> None:
    """工会会员代表大会每5年召开1次,未按期召开的扣3分 / 党支部每届任期3年,到期未换届的扣2分: a period of
    years is whether it was held on time, a yes/no (read as a count per 5 years, a unit two years late
    kept all 3)."""
    years = terminal_regex("YEARS_WORD")
    for r in readings:
        per = _first_per(r)
        word = per.word if per is not None and per.word else _counted_word(r)
        # (经营年限每满3年加1分: years counted, no failing of a period)
        if r.per is not None and r.per > 1 and r.negative and years.match(to_simplified(word or "")):
            raise _Reject(error(
                "E202", f"“{r.stmt.text.strip('，,;；。 ')}”的周期是几年一次,一年的考评里读不出按数量扣分",
                r.stmt.span, hint="写成是/否,例如 未按期召开会员代表大会的,扣3分"))


def _no_period_for_one_requirement_only(readings: list[Reading], steps: list) -> None:
    """教师听课每学期不少于20节,行政领导不少于30节,每少1节扣0.1分: requirements of one step, a period said
    for some only (the second's 30 a term, or a year? read as a year's: a leader at 40 of 60 lost nothing)."""
    for step in steps:
        shared = [x for x in readings if x.step is step and x.condition is not None]
        lone = next((x for x in shared if x.period is None), None)
        if lone is not None and any((x.period or 1) > 1 for x in shared):
            raise _Reject(error(
                "E202", f"“{lone.stmt.text.strip('，,;；。 ')}”没有写周期,它和前面的要求是同一周期(每学期、每月…),还是全年,句子没有说",
                lone.stmt.span, hint="给每项要求写上周期,例如 行政领导每学期不少于30节"))


def _no_several_requirements_one_step(clauses, readings: list[Reading]) -> None:
    """每季度召开1次专题会议,每月开展1次主题党日活动,全年讲党课不少于2次,每少1次扣0.5分: one step short of
    several requirements (read as the last one's: the others' shortfalls cost nothing)."""
    steps = sorted({id(r.step): r.step for r in readings if r.step is not None}.values(), key=lambda p: p.span.start)
    _no_period_for_one_requirement_only(readings, steps)
    for r in readings:
        # (缺开2次扣1分 with no 每: a tier of the count missing, not a step short of requirements)
        if r.step is None or _step_kind(r.step) is not A.StepKind.DEFICIT or not r.step.each:
            continue
        word = to_simplified(r.step.step.word or "")
        # (…未达到24篇的,每少1篇扣0.1分,用稿未达到6篇的,每少1篇扣0.2分: each step its own requirements)
        # (…未修订的扣1分;演练每半年一次,少一次扣1分: what is said before the statement is another's)
        since = max([r.stmt.span.start, *(p.span.end for p in steps if p.span.end <= r.step.span.start)])
        # the year's total each asks (每月1次 is 12; 每月1次,全年应开展12次 is one requirement said twice)
        totals = []
        for c in clauses:
            times = 1
            for p in c.phrases:
                if isinstance(p, A.Period):
                    times = p.times
                elif (isinstance(p, (A.Amount, A.Compare)) and p.quantity.unit is A.Unit.COUNT
                      and since <= p.span.start < r.step.span.start and not _other_things(word, p.quantity.word)):
                    totals.append(p.quantity.value * times)
                    times = 1
        # (校长…至少2次,其他副职至少4次,每少一次扣2分: each requirement read as a value of its own)
        sharing = sum(1 for x in readings if x.step is r.step)
        if len(totals) > max(sharing, 1) and len(set(totals)) > 1:
            raise _Reject(error(
                "E202", f"“{r.stmt.text.strip('，,;；。 ')}”前面有几项要求,“每少…”是少了哪一项,或合起来少了几次,句子没有说",
                r.step.span, hint="每项要求各写一行规则(例如 每月开展1次主题党日活动,每少1次扣0.5分),"
                                  "或写明合计应完成的次数"))


def _no_size_of_the_unit_before_a_duty(readings: list[Reading]) -> None:
    """党员人数7人以上的党支部应设立支委会,未设立的扣2分: the number says which units the duty is theirs,
    not what fails (read as a tier on the number, the other way round: a branch of 9 with none kept the 2)."""
    duty = terminal_regex("DUTY_WORD")
    for r in readings:
        c = r.condition
        # (…应建而未建党组织情况的出现一例扣2分: the cases counted)
        if c is None or c.unit is not A.Unit.COUNT or not r.negative or r.per is not None or r.step is not None:
            continue
        compared = next((p for p in r.stmt.phrases if isinstance(p, (A.Compare, A.Range))), None)
        failing = next((p for p in r.stmt.phrases if _marker(p, A.Marker.NEG)), None)
        if compared is None or failing is None or failing.span.start < compared.span.end:
            continue
        between = r.stmt.text[compared.span.end - r.stmt.span.start:failing.span.start - r.stmt.span.start]
        # (10人以上的乡镇,应建立工作站,未建立的: the duty after a comma, read as the yes/no of the failing)
        duty_at = duty.search(to_simplified(between))
        if duty_at is not None and not re.search("[,，]", between[:duty_at.start()]):
            raise _Reject(error(
                "E202", f"“{r.stmt.text.strip('，,;；。 ')}”的数字说的是哪些单位有这项要求,不是达不到的条件",
                r.stmt.span, hint="只给有这项要求的单位写这行规则,写成 未设立支委会的,扣2分"))


def _no_fall_steps_beside_levels_of_change(readings: list[Reading]) -> None:
    """较上年提高的得5分,持平的得3分,下降的每下降1个百分点扣1分: the fall is the scale's third level, its
    points the steps from some start the sentence leaves open (read from 0: every fall scored 0)."""
    rise, fall = terminal_regex("RISE_WORD"), terminal_regex("FALL_WORD")

    def changed(text: str) -> bool:  # (PM2.5浓度同比下降的得5分;…上升的每上升1%扣1分: either way)
        return bool(rise.search(to_simplified(text)) or fall.search(to_simplified(text)))

    falling = next((r for r in readings if (r.per is not None or r.step is not None)
                    and r.deduct is not None and changed(r.lead)), None)
    flat = terminal_regex("FLAT_WORD")
    # (下降或持平的得3分;上升的,每上升1个百分点扣0.5分: one level, the steps from its 3)
    levels = [r for r in readings if r is not falling and r.award is not None and r.condition is None
              and r.per is None and r.step is None and (changed(r.lead) or flat.search(to_simplified(r.lead)))]
    risen = falling is not None and len(levels) >= 2
    if risen:
        raise _Reject(error(
            "E202", f"“{falling.stmt.text.strip('，,;；。 ')}”按变化的幅度扣分,但从几分扣起(持平的分,还是本项分值),句子没有说",
            falling.stmt.span, hint="写明起点,例如 下降的以3分为基础,每下降1个百分点扣1分"))


def _no_rate_points_off_a_task(readings: list[Reading]) -> None:
    """森林覆盖率完成市下达目标任务的得5分,每低0.1个百分点扣1分: the points are of the rate (59.8% against
    60%), the task its target; read as the task's completion (≥100%), the steps were of the completion
    ratio (99.67%), another scale."""
    if not any(r.step is not None and r.step.step.unit is A.Unit.PERCENT for r in readings):
        return
    task, rate = terminal_regex("TASK_WORD"), terminal_regex("RATE_OR_CHANGE")
    for r in readings:
        words = to_simplified(r.lead)
        done = task.search(words)
        if done is not None and rate.search(words[:done.start()]):
            raise _Reject(error(
                "E202", f"“{r.stmt.text.strip('，,;；。 ')}”的目标是一个比率,其后每低几个百分点是比率本身低于目标,"
                        "还是完成程度,读不清楚", r.stmt.span,
                hint="写成比率和目标的差,例如 森林覆盖率达到目标的得5分,每低于目标0.1个百分点扣1分"))


def _no_halves_beside_wholes(clauses) -> None:
    """每迟报半天扣0.5分,迟报超过2天的本项不得分: steps counted in half days beside a limit in days,
    one value for both (read so, the days were taken for half days: one day late lost 0.5)."""
    half = terminal_regex("HALF_UNIT")
    stepped = next((c for c in clauses if any(isinstance(p, (A.Per, A.Step)) for p in c.phrases)
                    and half.search(to_simplified(c.text))), None)
    if stepped is None:
        return
    whole = next((c for c in clauses if c is not stepped and any(
        isinstance(p, (A.Compare, A.Range)) and any(q.duration for q in p.walk() if isinstance(q, A.Quantity))
        for p in c.phrases)), None)
    if whole is not None:
        raise _Reject(error(
            "E202", f"“{stepped.text.strip()}”按半天(半小时)计数,“{whole.text.strip()}”按整天(小时)计,一个值装不下两种计法",
            whole.span, hint="把两处写成同一种单位,例如 每迟报1天扣1分,迟报超过2天的本项不得分"))


def _no_money_in_an_item_of_points(clauses, ctx: Context) -> None:
    """每篇奖25元 in an item of 3分: money given or taken is no points of the item (read as 25分, it
    was added to them); where nothing is in points (a scheme of rewards in money) it is what is
    tallied."""
    if ctx.item_points is None:
        return
    money = terminal_regex("MONEY")
    for c in clauses:
        for p in c.phrases:
            if isinstance(p, (A.Award, A.Deduct)) and money.fullmatch(p.points.word):
                raise _Reject(error(
                    "E201", f"“{_shown(c, p)}”给的是钱,不是分;本项的分值是{plain(ctx.item_points)}分", p.span,
                    hint="jdscore 不把钱数算进分数;奖惩的钱数请另行统计,本项按分值写出加几分或扣几分"))


def _money_given(clauses) -> A.Amount | None:
    """每篇奖25元, 每次扣50元: money right after a verb of points (no points at all)."""
    for c in clauses:
        for p in c.phrases:
            if isinstance(p, A.Amount) and terminal_regex("MONEY").fullmatch(p.quantity.word):
                before = to_simplified(c.text[:p.span.start - c.span.start]).rstrip(" \t\u3000")
                verb = terminal_regex("SCORING_VERB_END")
                if verb.search(before):
                    return p
    return None


def _share_of_the_item(words: str, p: A.MarkerPhrase) -> Decimal:
    """The share of the item's points a limit on what is taken names: 一半 is a half, 30% is 0.3."""
    if _marker(p, A.Marker.HALF_OF_ITEM):
        return Decimal(1) / 2
    percent = terminal_regex("ITEM_SHARE_CAP").search(to_simplified(words)).group(1)
    return Decimal(parse_number(percent)[0]) / 100


def _deductions_capped(rule: A.Node, limit: Decimal, span: Span) -> A.Node:
    """最多扣2分 limits what is taken, from the points the sentence starts from when it has its own
    (达到95%的得3分,每低1个百分点扣0.5分,最多扣2分: 1 at the least, not 0), else from 0."""
    if isinstance(rule, A.Floor):
        return A.Floor(_deductions_capped(rule.rule, limit, span), rule.span)
    if isinstance(rule, A.OwnPoints):
        return A.OwnPoints(_deductions_capped(rule.rule, limit, span), rule.points, rule.span)
    if isinstance(rule, A.Shortfall) and rule.points > 0 and rule.step_points > 0:
        return A.OwnPoints(A.Cap(replace(rule, points=Decimal(0)), limit, True, span), rule.points, rule.span)
    return A.Cap(rule, limit, True, span)


def _starting_points(rule: A.Node) -> Decimal | None:
    """The points a sentence states before its steps (达到40次的得4分,每多5次…: 4)."""
    while isinstance(rule, A.WRAPPERS) and not isinstance(rule, A.OwnPoints):
        rule = rule.rule
    if isinstance(rule, A.OwnPoints):
        return rule.points
    if isinstance(rule, (A.Excess, A.Shortfall)) and rule.points > 0:
        return rule.points
    return None


def _with_a_limit(rule: A.Node) -> bool:
    """A rule and the limit past which the item scores nothing (…,低于80%的本项不得分)."""
    return (isinstance(rule, A.GroupCap) and rule.limit is None and len(rule.rules) == 2
            and isinstance(rule.rules[1], A.Tiers) and all(t.zero for t in rule.rules[1].tiers))


def _alone(reader: _Reader) -> None:
    """A reading read from its first statement alone: any more statements in its reader would
    be passed over in silence, so they are refused instead."""
    extra = next((r for r in reader.readings[1:] if not (r.otherwise and r.zero and r.condition is None)), None)
    if extra is not None:  # (否则不得分 adds nothing: what no clause gives scores nothing anyway)
        raise _Reject(error("E202", "这一分句和前面的计分读的是同一个值,但不清楚两者怎样一起计分", extra.stmt.span,
                            hint="把两种计分写成两行规则,或写清楚条件,例如 四次以上的,本项不得分"))


def _failings(phrases, or_joins: bool = True) -> int:
    """How many failings a 各扣 lists before it: 无计划或总结 -> 2; 教育、组织、群众工作不力 -> 3
    (after 均, 或 joins alternatives of one failing)."""
    text = to_simplified("".join(p.text for p in phrases if isinstance(p, A.Text)))
    text = terminal_regex("HEADING_BEFORE_COLON").sub("", text, count=1)  # (考核内容及评分标准:…)
    # (设立宣传栏、但内容不符合要求或未定期更新: what comes before 但 is had, no failing; read as one,
    # the bar set up lost 2)
    but = list(terminal_regex("BUT_SAID").finditer(text))
    if but:
        text = text[but[-1].end():]
    joins = terminal_regex("FAILINGS_JOIN").findall(text)
    if not or_joins:
        joins = [j for j in joins if not terminal_regex("FAILINGS_OR").fullmatch(j)]
    return 1 + len(joins)


def _level_words(stmt: Statement, values_phrase, n: int):
    """按好、较好、一般、差四档 before `n` values: (the level words, the phrases used)."""
    phrases = stmt.phrases
    if any(isinstance(p, A.Per) for p in phrases):
        return None  # 每起分别加5分、2分: kinds counted, not levels
    index = next((i for i, p in enumerate(phrases) if p is values_phrase), len(phrases))
    for i in range(index - 1, -1, -1):
        p = phrases[i]
        if isinstance(p, A.Text) and "、" in p.text:
            # 一般、不大严重、不严重: the words run on across 不
            first = i
            while first > 0 and _runs_on(stmt, phrases[first - 1], phrases[first]):
                first -= 1
            last = i
            while last + 1 < index and _runs_on(stmt, phrases[last], phrases[last + 1]):
                last += 1
            run = phrases[first:last + 1]
            text = stmt.text[run[0].span.start - stmt.span.start:run[-1].span.end - stmt.span.start]
            i = last
            words = [w.strip().rstrip("”」\"") for w in text.split("、")]
            # (合理、基本合理和不合理三个等级: how many levels, said after the last one's word)
            said = terminal_regex("BAND_COUNT").search(to_simplified(words[-1]))
            if said is not None:
                words[-1] = words[-1][:said.start()].strip()
                number = re.match(r"[0-9０-９]+|[一二两三四五六七八九十]+", said.group(0))
                if number is None or parse_number(number.group(0))[0] != n:
                    return None  # (…不严重四档 before five points: the number said does not match)
            if len(words) == n - 1:  # 优秀、良好、合格和不合格: the last two joined by 和
                last = words.pop()
                cut = max(last.rfind(joint) for joint in ("和", "及", "或"))
                words += [last[:cut], last[cut + 1:]] if cut > 0 else [last]
            if len(words) != n:
                return None
            words[0] = _level_head(words[0], words[1:])
            code = terminal_regex("GRADE_CODE")
            if len(words) > 1 and all(code.fullmatch(to_simplified(w)) and len(w) == 1 for w in words[:-1]):
                words[-1] = re.sub("等$", "", words[-1])  # (A、B、C、D等: the 等 closes the list)
            if not all(words) or any(len(w) > 8 for w in words):
                return None
            announced = _announced_count(phrases[i + 1:index], n)
            if announced is None and said is None and not _a_scale(words, text):
                return None  # 被省、市表彰的分别加2分、1分: kinds counted, not levels
            used = run + [q for q in phrases[i + 1:index] if isinstance(q, A.Amount)]
            return words, used
    return None


def _points_said_once_given_once(rule: A.Node, item_points: Decimal | None) -> None:
    """及时率、完整率分别达到100%、98%的得满分,每低1个百分点分别扣0.2分、0.1分: one 得满分 for
    the two rates; read as each rate's own, the item's points would be given twice."""
    starts = [n for n in rule.walk() if isinstance(n, A.Shortfall) and n.points == item_points]
    if len(starts) > 1:
        raise _Reject(error("E202", "几个值共用一个分值,每个值各自从这个分值扣起会把分值算两次", starts[0].span,
                            hint="分成几行规则,各写各的分值,例如 及时率达到100%的得1分,每低1个百分点扣0.2分"))


def _no_steps_counted_twice(rule: A.Node) -> None:
    """超额完成10%加1分,超额完成20%加2分: read as steps, 20% over would earn both (2 and 2);
    written without 每, two climbs from one threshold are tiers or steps, and it does not say."""
    climbs = [n for n in rule.walk() if isinstance(n, A.Excess) and n.step_points > 0]
    for i, a in enumerate(climbs):
        twin = next((b for b in climbs[i + 1:] if b.fact == a.fact and b.threshold == a.threshold), None)
        if twin is not None:
            raise _Reject(error(
                "E202", "同一个值从同一起点有两处“超…加分”,按每超一段各加一次会重复计分;"
                        "是分档(超额10%加1分,超额20%加2分),还是每超一段加分,句子没有说清", twin.span,
                hint="分档的写成 超额完成10%以上的加1分,超额完成20%以上的加2分;"
                     "每超一段加分的只写一处,例如 每超额完成1%加0.1分"))


def _no_change_required_read_as_steps(readings: list[Reading]) -> None:
    """学生近视率每年下降1个百分点,未完成的扣2分: the fall is what is required, 未完成 its failing
    (read as steps of the fall, a unit that met it lost 2 and one that did not kept them)."""
    for r in readings:
        if r.step is None or not r.negative or r.deduct is None:
            continue
        said = r.stmt.text[r.step.span.start - r.stmt.span.start:r.step.span.end - r.stmt.span.start]
        if terminal_regex("PER").match(to_simplified(said).lstrip()):
            continue  # (每少1人…: a step of its own)
        neg = next((p for p in r.stmt.phrases if _marker(p, A.Marker.NEG) and p.span.start >= r.step.span.end), None)
        between = r.stmt.text[r.step.span.end - r.stmt.span.start:neg.span.start - r.stmt.span.start] if neg else ""
        if neg is not None and re.search(r"[,，;；]", between):
            raise _Reject(error(
                "E202", f"“{said}”像是要完成的目标,后面“未…的”扣分,它不是每变化一次扣分", r.step.span,
                hint=f"是/否的写成 比上年{said}以上的得2分,否则不得分;逐步扣分的写成 每少{said[2:] if len(said) > 2 else said}扣…分"))


def _no_share_below_beside_steps_above(readings: list[Reading]) -> None:
    """完成率达到100%的得10分,每超过1个百分点加0.5分,最多加2分;低于100%的,按完成比例计分: the share
    below 100% and the steps above it are two sides of one rate (read together, the share was given
    above 100% too, and a limit of the steps became the item's)."""
    share = next((r for r in readings if r.proportional and r.condition is not None), None)
    if share is not None and any(x.step is not None and _step_kind(x.step) is A.StepKind.EXCESS for x in readings):
        raise _Reject(error(
            "E202", f"“{share.stmt.text.strip('，,;；。 ')}”和超过部分的逐步加分各管比率的一段,"
                    "jdscore 读不出一句里的这种组合", share.stmt.span,
            hint="分成两行规则: 完成率达到100%的得10分,每超过1个百分点加0.5分,最多加2分;"
                 "另一行写 完成率低于100%的,按完成比例计分"))


def _no_standard_of_points_without_each(readings: list[Reading]) -> None:
    """信息采用按国家级5分、省级3分、市级1分的标准计分: a standard each piece adopted is scored by, or
    points for the level reached once? (read as one yes/no a level: three pieces scored 5 at most)."""
    said = terminal_regex("STANDARD_SCORED").search(to_simplified("".join(r.stmt.text for r in readings)))
    plain_awards = [r for r in readings if r.award is not None and r.per is None and r.step is None
                    and r.condition is None and r.level is None]
    if said is not None and len(plain_awards) > 1 and len(plain_awards) == len(readings):
        raise _Reject(error(
            "E202", f"“按…{said.group()[-4:]}”:是每一篇(每一次)按这个标准计分,还是按达到的级别计一次,句子没有说清",
            readings[0].stmt.span, hint="每篇计分的写成 国家级每篇5分、省级每篇3分、市级每篇1分;"
                                        "按最高级别计一次的写成 国家级5分,省级3分,市级1分"))


def _no_deduction_tier_below_steps(readings: list[Reading]) -> None:
    """低于90%的,每低1个百分点扣0.5分,扣满2分为止;低于80%的,扣3分: below 80%, are the 3 taken on top
    of the steps' 2, or instead of them? (read on top: 79% lost 5)."""
    steps = [r for r in readings if r.step is not None and r.deduct is not None
             and r.step.step.unit is A.Unit.PERCENT and (r.condition is None or r.condition.low is None)]
    for b in readings:
        c = b.condition
        if (not steps or b.step is not None or b.per is not None or b.deduct is None or b.zero or c is None
                or c.unit is not A.Unit.PERCENT or c.low is not None or c.high is None
                or terminal_regex("ON_TOP").search(to_simplified(b.stmt.text))):
            continue
        if any(s.condition is None or s.condition.high is None or s.condition.high.value > c.high.value
               for s in steps):
            raise _Reject(error(
                "E202", f"“{b.stmt.text.strip('，,;；。 ')}”在逐步扣分之外另扣,还是一共扣{plain(b.deduct.value)}分,"
                        "句子没有说清", b.stmt.span,
                hint=f"另扣的,写成 …的,另扣{plain(b.deduct.value)}分;一共扣的,给逐步扣分写明到哪里为止"
                     "(如 80%—90%之间的,每低1个百分点扣0.5分)"))


def _no_only_so_many_as_each_one(readings: list[Reading]) -> None:
    """全年只开展1次主题党日活动的扣2分, 党员大会召开次数为1次的扣2分: exactly so many, not points for
    each one (read so, twelve held lost 24); among tiers of a count (满足两项得3分,只满足一项,本项不得分)
    it is the tier of exactly one, and reads. A duty done so many times with no 只 (开展1次的扣1分) says
    so few done as well: refused too."""
    for r in readings:
        only = next((p for p in r.stmt.phrases if _marker(p, A.Marker.ONLY_SO_MANY)), None)
        if only is None:
            continue
        if r.per is not None or r.step is not None:
            number = next((p for p in r.stmt.phrases if p.span.start >= only.span.end
                           and isinstance(p, (A.Amount, A.Per))), only)
            said = r.stmt.text[only.span.start - r.stmt.span.start:number.span.end - r.stmt.span.start]
            raise _Reject(error(
                "E202", f"“{said}”说的是正好这么多,不是每一次各计分", only.span,
                hint="请写成比较,例如 全年开展不足2次的扣2分"))
        r.used.add(id(only))
    for r in readings:
        held = _count_of_a_duty_done(r)
        if held is not None:
            raise _Reject(error(
                "E202", f"“{held}”的扣分是只做了这么多(正好这么多)时扣,还是每做一次各扣一次,句子没有说清", r.stmt.span,
                hint="请写成比较,例如 全年开展不足2次的扣1分;做得越多扣得越多的,请写明扣的是什么,例如 每发现1处扣1分"))


def _count_of_a_duty_done(r: Reading) -> str | None:
    """开展1次的扣1分, 组织1次演练的扣1分: a duty done, counted with no 每, before a deduction: so few
    done, not each one done taking points (read so, three drills lost 3). The words, or None."""
    if r.per is None or r.deduct is None or r.negative or any(isinstance(p, A.Per) for p in r.stmt.phrases):
        return None
    count = next((p for p in r.stmt.phrases if isinstance(p, A.Amount) and p.quantity.unit is A.Unit.COUNT
                  and p.quantity.value == r.per), None)
    if count is None or not any(_marker(p, A.Marker.DE) for p in r.stmt.phrases if p.span.start >= count.span.end):
        return None
    before = to_simplified(r.stmt.text[:count.span.start - r.stmt.span.start])
    if terminal_regex("DUTY_DONE").search(_han(before)) is None:
        return None
    return r.stmt.text[:count.span.end - r.stmt.span.start].strip(" ，,;；")


def _gives_back(r: Reading) -> bool:
    """每起减扣0.4分: points that lessen what was deducted."""
    return any(isinstance(p, A.Award) and p.taken_back for p in r.stmt.phrases)


def _no_give_back_past_a_floor(rule: A.Node, readings: list[Reading]) -> None:
    """未发生…的得5分,每发生1起扣2分,当年破获的每起减扣1分: what 减扣 gives back belongs to the
    deductions it lessens; beside a sentence's own points, which stop at 0 apart from it, three
    cases all solved scored 3 (0 and 3 given back), not 5 - 6 + 3 = 2."""
    back = next((r for r in readings if _gives_back(r)), None)
    if back is None:
        return
    own = [n for n in rule.walk() if isinstance(n, A.OwnPoints)]
    if any(not any(m.span == back.stmt.span for m in n.walk()) for n in own):
        raise _Reject(error(
            "E202", f"“{back.stmt.text.strip('，,;；。 ')}”减扣的是前面扣去的分,但前面的分在本句分值内扣到0为止,"
                    "减扣的分该在扣到0之前还是之后算,jdscore 读不出", back.stmt.span,
            hint="分别写明破获和未破获的每起各扣几分,例如 未破获的每起扣2分,当年破获的每起扣1分"))


def _no_change_beside_its_rate(rule: A.Node, readings: list[Reading]) -> None:
    """下降10%以上的得5分,下降5%—10%的得3分,持平的得1分,上升的不得分: 持平 and 上升 are values of
    the same change as the tiers'; read as a level of its own, or a yes/no (与上年持平的得1分), one
    unit gave two answers (0% below 5% took the 2 as well as the 1)."""
    found = [node for node in rule.walk() if isinstance(node, (A.Levels, A.Tiers))]
    flat = terminal_regex("FLAT_WORD")
    change = next((n for n in found if isinstance(n, A.Levels)
                   and any(flat.search(to_simplified(name)) for name, _ in n.levels)), None)
    if change is None:
        # (持平或不降反增的不得分: the change the other way, read as such)
        change = next((r.stmt for r in readings if r.condition is None and r.rate is None and not r.joint
                       and r.award is not None and r.award.value > 0 and flat.search(to_simplified(r.stmt.text))),
                      None)
    rated = any(isinstance(n, A.Tiers) and any(t.interval.unit is A.Unit.PERCENT for t in n.tiers) for n in found)
    if change is not None and rated:
        raise _Reject(error("E202", "“持平”等说的是分档比较的同一个变化,不是另一个值", change.span,
                            hint="把持平、上升也写成这个比率的档次,例如 下降0%(持平)的得1分,"
                                 "或把两部分分成两行规则"))


def _level_head(head: str, rest: list[str]) -> str:
    """The first level without the words that lead to the list: 按好 -> 好, and where the
    other words are all level words, 评定等级达到优秀 -> 优秀."""
    for mark in ("按", "为", "：", ":", "分", ",", "，", ";", "；", "“", "「", "\""):  # (按照“好、…”: in quotes)
        if mark in head:
            head = head[head.rindex(mark) + 1:]
    level = terminal_regex("LEVEL_WORD")
    if all(level.fullmatch(to_simplified(w).rstrip("的")) for w in rest) and not level.fullmatch(to_simplified(head)):
        simple = to_simplified(head)
        ends = [m for m in (level.search(simple, i) for i in range(len(simple))) if m and m.end() == len(simple)]
        if ends:
            head = head[ends[0].start():]
    return head.strip()


def _runs_on(stmt: Statement, a, b) -> bool:
    """Are a and b words of one clause (text, or the 不 of 不严重)?"""
    words = (A.Text,)
    return all(isinstance(p, words) or _marker(p, A.Marker.NEG) for p in (a, b)) and not _apart(stmt, a, b)


def _announced_count(phrases, n: int) -> A.Amount | None:
    """严重、比较严重…不严重5档划分: the number of levels, said after them, and right."""
    count = next((p for p in phrases if isinstance(p, A.Amount)), None)
    if count is None or count.quantity.unit is not A.Unit.COUNT or count.quantity.value != n:
        return None
    after = next((p for p in phrases if isinstance(p, A.Text) and p.span.start >= count.span.end), None)
    said = count.quantity.word + (after.text if after is not None else "")
    return count if terminal_regex("BAND_COUNT").search("1" + to_simplified(said)) else None


def _a_scale(words: list[str], text: str) -> bool:
    """好、较好、一般、差 (level words), or 严重、比较严重…5档 (a scale the text announces)."""
    level, code = terminal_regex("LEVEL_WORD"), terminal_regex("GRADE_CODE")
    if all(level.fullmatch(to_simplified(w).rstrip("的")) for w in words):
        return True
    if len(words) > 1 and all(code.fullmatch(to_simplified(w).strip()) for w in words):
        return True  # (分A、B、C、D等,依次加2、1.5、1、0.5分: grades by their codes, one of them given)
    return terminal_regex("BAND_COUNT").search(to_simplified(text)) is not None


def _requirement(fact, clauses, span, ctx) -> A.Requirement:
    phrases = [p for c in clauses for p in c.phrases]
    if any(_is_outcome(p) or _is_modifier(p) for p in phrases):
        raise _Reject(error("E217", "“达标”行只写要求,不能写分值", span,
                            hint="有分值的规则去掉行首的“达标”"))
    return A.Requirement(fact, condition_of(phrases, ctx, span), span)


def _judged(fact, readings, span, ctx, *, per_occurrence: bool, whole: bool = False,
            named: Decimal | None = None) -> A.Judged:
    low = high = None
    deduct = ctx.role is A.Role.DEDUCTIONS
    for r in readings:
        if r.high is not None:  # (给0—2分: its 0 was read as no points, zero)
            start = r.award if r.award is not None else r.deduct
            low, high = (start.value if start is not None else Decimal(0)), r.high.value
        elif r.points_range is not None:
            low, high, _ = _unify_range(r.points_range.low, r.points_range.high)
        if r.deduct is not None or r.judged == "deduct":
            deduct = True
    if high is None:  # 酌情加分,最高加1分: the limit is the range's top
        high = min((c.limit.value for r in readings for c in r.stmt.caps
                    if isinstance(c, A.CapPhrase) and c.on_deductions == deduct), default=None)
        low = None if high is None else Decimal(0)
    if high is None and not any(r.judged == "deduct" for r in readings):
        # the sentence's own points, as in `…工作领导机构。(1分)`
        own = next((r.award.value for r in readings if r.award is not None), None)
        if own is not None:
            low, high = Decimal(0), own
    if high is None:
        # 栏目不更新视情况扣2分: up to the 2 written (read as up to the item's points, 8)
        taken = next((r.deduct.value for r in readings if r.deduct is not None and r.judged == "deduct"), None)
        if taken is not None:
            low, high = Decimal(0), taken
    if high is None and deduct and named is not None and not per_occurrence:
        low, high = Decimal(0), named
    if high is None:
        if ctx.item_points is None:
            raise _Reject(error(
                "E208", "评定项没有写分值范围,所在分组也没有分值", span,
                hint="写出范围,例如 由考评组评定(0—2分),或给分组写上分值"))
        low, high = Decimal(0), ctx.item_points
    if low > high:
        raise _Reject(error("E208", f"评定范围下限 {low} 大于上限 {high}", span))
    # A judged deduction for a failing (…的,酌情扣2-6分) is 0 when the failing did not happen; so
    # is a judged award for an act (宿舍有粘贴值日表的加1~2分, 拾金不昧视情况奖1—10分) when it did not.
    zero = low > 0 and not whole and (deduct or not per_occurrence)
    return A.Judged(fact, low, high, deduct, per_occurrence, span, may_be_zero=zero)


def _share_of_a_failing(r: Reading) -> None:
    """不与驾驶员规范签订劳动合同的,按比例扣分: in proportion to the share signed, or to the share
    not signed? (read as the share done, a unit with a quarter unsigned scored a quarter). A task
    not met (未完成任务的, 未足额配备的) is in proportion to what was done, as ever."""
    neg = next((p for p in r.stmt.phrases if _marker(p, A.Marker.NEG)), None)
    share = next((p for p in r.stmt.phrases if _marker(p, A.Marker.PROPORTIONAL)), None)
    if neg is None or share is None or neg.span.start > share.span.start:
        return
    failing = to_simplified(r.stmt.text[neg.span.end - r.stmt.span.start:share.span.start - r.stmt.span.start])
    said = to_simplified(r.stmt.text[share.span.start - r.stmt.span.start:share.span.end - r.stmt.span.start])
    # (未全部完成的按完成比例得分: the share named is of what was done)
    if any(terminal_regex("SHARE_DONE").search(words) for words in (failing, said)):
        return
    raise _Reject(error(
        "E202", f"“{r.stmt.text[:share.span.start - r.stmt.span.start].strip(' ,，')}”按比例计分: 是按做到的比例,"
        "还是按没做到的比例,句子没有说清", share.span,
        hint="写明按什么比例,例如 按签订率计分(值为已签订的比例)"))


def _proportional(fact, readings, span, ctx) -> A.Proportional:
    points = None
    target: Decimal | None = None
    below = next((r for r in readings if r.condition is not None and r.condition.low is None), None)
    if below is not None and len(readings) == 1:
        # 完成率未达到85%的,按实际完成率乘以本项分值计分: and those who reach it? (read as the share for
        # all, 90% scored 9 of 10)
        said = _shown_condition(below)
        raise _Reject(error(
            "E202", f"“{said}”的按比例计分,其他单位(做到的)怎样计分,句子没有说清", span,
            hint=f"写出另一种情形,例如 达到的得满分;{said}的,按比例计分"))
    for r in readings:
        if r.award is not None:
            points = r.award.value
        if r.share_of is not None:  # 按实际配备数与8名的比例计分: a share of the 8
            target = r.share_of.value
        elif r.target is not None:
            if r.target_phrase is not None and r.target_phrase.quantity.duration:
                # 计算初中三年学生巩固率,按其比率赋分: a span of time names what is measured (read as
                # the target, a rate of 95% scored 95/3 of the points, capped at all of them)
                raise _Reject(error("E218", f"这里的“{_shown(r.stmt, r.target_phrase)}”没有读懂",
                                    r.target_phrase.span, hint="按比例计分时,这个时间长度不是目标数;"
                                    "把描述性的数字写进引号,或写明目标数,例如 按实际数与30人的比例计分"))
            target = r.target
        elif r.per_count is not None:  # 年度任务28件,按完成比例计0.35分: the count is the task
            target = r.per_count.quantity.value
    if points is None:
        # 按完成比例计分,满分10分 (or 最高10分): the sentence's own most is what a full share is
        # worth (read as the item's 20 capped at 10, half a task scored all 10)
        own = min((c.limit.value for r in readings for c in r.stmt.caps
                   if isinstance(c, A.CapPhrase) and not c.on_deductions and not c.added), default=None)
        if own is not None and (ctx.item_points is None or own < ctx.item_points):
            points = own
    if points is None:
        points = ctx.item_points
    if points is None:
        raise _Reject(error("E201", "按比例计分没有写满分值,所在分组也没有分值", span))
    if target is not None and target <= 0:
        raise _Reject(error("E204", "按比例计分的目标数必须大于0", span))
    return A.Proportional(fact, target, points, span)


def _one_place(readings: list[Reading]) -> None:
    """每季度第一名加1分: a place each quarter, where one rule line reads one place."""
    periodic = next((r for r in readings if r.period not in (None, 1)), None)
    if periodic is not None:
        raise _Reject(error(
            "E202", "每期(每月、每季度…)都有一个名次,一行规则只读一个名次,不清楚按哪一期计分", periodic.stmt.span,
            hint="按次数计分的写成 季度排名第一的,每次加1分(值为第一名的次数)"))


def _steps_down_the_places(r: Reading) -> bool:
    return any(_marker(p, A.Marker.RANK_STEP) for p in r.stmt.phrases)


def _rank_readers_joined(readers: list[_Reader]) -> list[_Reader]:
    """第一名得20分,按名次依次递减2分: the step down the places reads the same place as the places
    before it, so it joins their reader (…,最低得5分 too: where the steps stop); so do places from
    the bottom after places from the top (排名前三名的,分别加3分、2分、1分;排名后两名的,各扣1分: tiers
    of the one place a unit has, read as two ranks and refused)."""
    out: list[_Reader] = []
    for reader in readers:
        ranked = out[-1] if out and out[-1].first.rank is not None else None
        stepped = ranked is not None and any(_steps_down_the_places(r) for r in ranked.readings)
        if ranked is not None and (
                (len(reader.readings) == 1 and (_steps_down_the_places(reader.first)
                                                or (stepped and _floor_said(reader.first))))
                or all(r.rank is not None for r in reader.readings)):
            ranked.readings.extend(reader.readings)
        else:
            out.append(reader)
    return out


def _limits_between(statements: list[Statement], modifiers: list, clauses) -> None:
    """院级每篇2分;最高计10分;校级每篇4分;…: a limit between clauses of one kind, after a ;, limits
    the clause before it or all of them? (read as all, it limited the clauses after it too.) Refused,
    unless each clause has one of the same after it (少1條扣1分;最高扣4分;…每少1條扣1分;最高扣4分)."""
    def limit(m) -> bool:  # (扣满4分为止 too)
        return isinstance(m, A.FloorCap) or (isinstance(m, A.CapPhrase) and m.style is A.CapStyle.LIMIT
                                             and not m.together)

    def said(m) -> tuple:
        return (type(m), getattr(m, "on_deductions", True), getattr(m, "added", False), m.limit.value)

    def counted(stmt: Statement) -> type | None:
        """A.Award or A.Deduct: points for each one counted, or each step short (每篇2分: given)."""
        phrases = stmt.phrases
        if (not any(isinstance(p, (A.Per, A.Step)) for p in phrases)
                or any(isinstance(p, (A.Compare, A.Range)) for p in phrases)):
            return None
        signs = {A.Award if _is_bare_points(p) else type(p) for p in phrases
                 if isinstance(p, (A.Award, A.Deduct)) or _is_bare_points(p)}
        return signs.pop() if len(signs) == 1 else None

    for mod in [m for m in modifiers if limit(m)]:
        before = [s for s in statements if s.span.end <= mod.span.start]
        after = [s for s in statements if s.span.start >= mod.span.end]
        kind = counted(before[-1]) if before and after else None
        if mod not in modifiers or kind is None or not all(counted(s) is kind for s in after):
            continue
        again = next((m for m in modifiers if m is not mod and limit(m) and m.span.start >= after[-1].span.end
                      and said(m) == said(mod)), None)
        if again is not None and len(after) == 1:
            modifiers.remove(mod)
            modifiers.remove(again)
            before[-1].caps.append(mod)
            after[-1].caps.append(again)
            continue
        raise _Reject(error(
            "E202", f"“{_shown_limit(clauses, mod)}”写在几句中间,是前一句的上限,还是整句的上限,句子没有说清",
            mod.span, hint="只管前一句的,用逗号接在它后面(每篇2分,最高计10分);整句的,写在最后"))


def _shown_limit(clauses, mod) -> str:
    """The words of a limit, as written."""
    clause = _clause_at(clauses, mod)
    return "" if clause is None else _shown(clause, mod)


def _steps_capped_inside(rule: A.Node, cap: A.CapPhrase) -> A.Node | None:
    """达到100%的得4分,每低5个百分点扣0.5分,最多扣2分。(4分): the limit is on the steps taken from the
    4 (around the shortfall that gives the 4, it never bit: 70% scored 1, not 2). None: no such
    shortfall under the sentence's own floor and limits."""
    if isinstance(rule, (A.Floor, A.Cap)) and not (isinstance(rule, A.Cap) and rule.on_deductions):
        inner = _steps_capped_inside(rule.rule, cap)
        return None if inner is None else replace(rule, rule=inner)
    if isinstance(rule, A.Shortfall) and rule.points > 0:
        taken = A.Cap(replace(rule, points=Decimal(0)), cap.limit.value, True, cap.span)
        return A.OwnPoints(taken, rule.points, rule.span)
    return None


def _after_the_last_written(tier: A.RankTier, tiers: list[A.RankTier]) -> A.RankTier:
    """第7—10名得1分,10名以后不得分: the places after a place another tier holds start after it
    (read from the 10th, the 10th was in both)."""
    if tier.kind is not A.RankFrom.ONWARD:
        return tier

    def holds(t: A.RankTier) -> bool:  # does `t` hold the place this tier starts from?
        if t.kind is A.RankFrom.NTH:
            return (t.start or t.position) <= tier.position <= t.position
        return t.kind is A.RankFrom.TOP and tier.position <= t.position

    held = any(holds(t) for t in tiers if t is not tier)
    return replace(tier, position=tier.position + 1) if held else tier


def _floor_said(r: Reading) -> bool:
    return any(_marker(p, A.Marker.FLOOR_AT_SAID) for p in r.stmt.phrases)


def _rank_step(r: Reading, tiers: list[A.RankTier]) -> A.RankTier:
    """按名次依次递减2分 after the places listed: each place after the last listed one loses 2
    from that place's points. Points with or without 减 say the same here."""
    listed = [t for t in tiers if t.kind in (A.RankFrom.NTH, A.RankFrom.TOP)]
    step = r.deduct.value if r.deduct is not None else (r.award.value if r.award is not None and r.bare else None)
    if not listed or len(tiers) != len(listed) or step is None or step <= 0 or r.condition is not None or r.per is not None:
        raise _Reject(error(
            "E202", "“依次递减”要从前面写出的名次和分值往下减,这里读不出从哪一名、每名减几分", r.stmt.span,
            hint="写成 第1名得20分,其后每下降1名减2分"))
    last = max(listed, key=lambda t: t.position)
    if any(t.points < last.points for t in listed) or last.points <= 0:
        raise _Reject(error("E202", "“依次递减”之前的名次,分值要从高到低写", r.stmt.span))
    r.used.update(id(p) for p in r.stmt.phrases if _marker(p, A.Marker.RANK_STEP))
    return A.RankTier(A.RankFrom.AFTER, last.position, False, -step, r.stmt.text, r.stmt.span)


def _rank(fact, readings, span, item_points: Decimal | None = None, listed: tuple = ()) -> A.Rank:
    """The places and their points; `listed`: the tiers of places listed before (前三名分别…)."""
    tiers = list(listed)
    floor = Decimal(0)
    _one_place(readings)
    for r in readings:
        if r.rank is None and _steps_down_the_places(r) and r in readings[-2:]:
            tiers.append(_rank_step(r, tiers))
            continue
        if r.rank is None and _floor_said(r) and r is readings[-1] and tiers and tiers[-1].kind is A.RankFrom.AFTER:
            # 第1名10分,每降1名减1分,最低得5分: the steps stop at 5
            if r.award is None or not r.bare or r.award.value >= min(t.points for t in tiers[:-1]):
                raise _Reject(error("E202", "“最低得…分”要比前面写出的名次分值低", r.stmt.span))
            floor = r.award.value
            r.used.update(id(p) for p in r.stmt.phrases if _marker(p, A.Marker.FLOOR_AT_SAID))
            continue
        if r.rank is None and _the_rest(r) and r is readings[-1] and tiers and r.gives and all(
                t.kind in (A.RankFrom.NTH, A.RankFrom.TOP) for t in tiers):
            # 其余得1分: every place after the last written, from the one after it
            after = max(t.position for t in tiers) + 1
            points = Decimal(0) if r.zero else r.signed_points
            if points is None:
                raise _Reject(error("E201", "这个名次没有写分值", r.stmt.span))
            tiers.append(A.RankTier(A.RankFrom.ONWARD, after, False, points, r.stmt.text, r.stmt.span))
            continue
        if r.rank is None:
            raise _Reject(error("E202", "排名规则中这个分句没有写名次", r.stmt.span,
                                hint="例如 第1名计1分,第2名计0.8分"))
        points = item_points if r.full and item_points is not None else r.signed_points
        if points is None and r.zero and not r.negative:
            points = Decimal(0)  # 10名以后不得分: the places after score nothing
        if points is None:
            raise _Reject(error("E201", "这个名次没有写分值", r.stmt.span,
                                hint="“得满分”要知道本项的分值: 给分组写上分值" if r.full else ""))
        position = r.rank.position.value
        if position != int(position) or position < 1:
            raise _Reject(error("E204", "名次必须是正整数", r.rank.span))
        start = r.rank.start.value if r.rank.start is not None else None
        if start is not None and (start != int(start) or not 1 <= start < position):
            raise _Reject(error("E204", "名次范围要从小到大,如 第4名至第6名", r.rank.span))
        tiers.append(A.RankTier(r.rank.kind, int(position), r.rank.within, points,
                                r.stmt.text, r.stmt.span, int(start) if start is not None else None))
    tiers = _places_losing_from_the_first([_after_the_last_written(t, tiers) for t in tiers], item_points)
    if tiers and all(t.points == 0 for t in tiers) and all(r.zero for r in readings if r.rank is not None):
        # 排名后三位的,本项不得分 (alone): those places lose the item's points, the others keep them
        # (read as a tier of 0 beside none, every place kept all 3)
        if item_points is None:
            raise _Reject(error("E201", "这些名次“不得分”,要知道本项的分值才能扣去", span,
                                hint="给分组写上分值,或写成 排名后三位的扣3分"))
        tiers = [replace(t, points=-item_points) for t in tiers]
    same = next(((a, b) for a, b in itertools.combinations(tiers, 2)
                 if (a.kind, a.position, a.within, a.start) == (b.kind, b.position, b.within, b.start)
                 and a.points != b.points), None)
    if same is not None:
        # 5项指标均进入前5名的加2分;其中3项以上进入前5名的加1分: the same places at two points, so what
        # is ranked is not the unit (read as its place, any of the first five took 2)
        raise _Reject(error(
            "E202", f"“{same[0].text.strip('，,;；。 ')}”和“{same[1].text.strip('，,;；。 ')}”是同样的名次,分值不同,"
                    "不清楚按什么计分", same[1].span,
            hint="按有几项进入名次计分的,把名次写进引号,例如 进入“全市前5名”的重点指标有5项的加2分,有3项以上的加1分"))
    onward = next((t for t in tiers if t.kind is A.RankFrom.ONWARD), None)
    bottom = next((t for t in tiers if t.kind is A.RankFrom.BOTTOM), None)
    given = any(r.rank is not None and (r.full or (r.award is not None and not r.added)) for r in readings)
    # (第1名得3分,第2名得2分,倒数第1名扣1分 in no item of points: from 0, each place its own)
    if onward is None and bottom is not None and bottom.points < 0 and given and item_points is not None:
        # 排名前三名的得满分,排名后三名的扣2分: taken from what, and what do the places between get? (read
        # from 0: the last three and the middle all scored 0; 前三名的加1分,…扣1分 adds and takes)
        raise _Reject(error(
            "E202", f"“{bottom.text.strip('，,;；。 ')}”从哪里扣起,前后之间的名次得几分,句子没有说清", bottom.span,
            hint="写成各名次的得分,例如 排名后三名的得3分,其余得4分"))
    if onward is not None and bottom is not None:
        # 第10名以后的得1分;排名倒数第一的,另扣1分: the last place is in both; the 1, the −1, or both?
        # (read as the better one, 另扣 took nothing)
        raise _Reject(error(
            "E202", f"“{bottom.text.strip('，,;；。 ')}”的名次也在“{onward.text.strip('，,;；。 ')}”之内,"
                    "两处怎样一起计分,句子没有说清", bottom.span,
            hint="在上面的分值之外另扣(另加)的,把这一句另写一行规则,两行的分数相加;只按这一句计分的,写明其余名次到哪一名为止"))
    return A.Rank(fact, tuple(tiers), span, floor, _pool_said(readings))


def _places_losing_from_the_first(tiers: list[A.RankTier], item_points: Decimal | None = None) -> list[A.RankTier]:
    """第1名得满分,第2-3名扣0.5分,第4-6名扣1分: the places after lose from the first's points, as
    得3分,未开展扣2分 counts down from its 3 (read from 0, the item's floor left them nothing). Only
    after the first place alone, with none left out between (第1-3名的+2分,第4-9名不加不扣,第10-12名-1分:
    each its own); or after the first places together at the item's points (前5名的得满分)."""
    def first_place(t: A.RankTier) -> int:
        return t.position if t.kind is A.RankFrom.ONWARD else (t.start or t.position)

    head, takes = tiers[0] if tiers else None, tiers[1:]
    # (排名前5名的得满分,6-10名的扣0.5分: the first places together at the item's points, the same)
    whole_top = head is not None and head.kind is A.RankFrom.TOP and head.points == item_points
    if (not takes or head.points <= 0 or not (whole_top or (head.kind is A.RankFrom.NTH and head.position == 1))
            or head.start is not None
            or not all(t.points < 0 and t.kind in (A.RankFrom.NTH, A.RankFrom.ONWARD) for t in takes)
            or not all(first_place(b) == a.position + 1 for a, b in zip(tiers, takes))):
        return tiers
    return [head] + [replace(t, points=head.points + t.points) for t in takes]


def _pool_said(readings) -> int | None:
    """全县共15个派出所 / 在全市12个县(市、区)中排名后3位: the units ranked, counted in the sentence
    (passed over, the number was not understood; `try` asked it again)."""
    before = terminal_regex("POOL_BEFORE")
    for r in readings:
        stmt = r.stmt.whole or r.stmt
        for p in r.stmt.phrases:
            # (read for the rank's reading, it was taken for a count the places need not)
            if (isinstance(p, A.Amount) and (id(p) not in r.used or (
                    r.rank is not None and p.span.end <= r.rank.span.start))
                    and p.quantity.unit is A.Unit.COUNT
                    and p.quantity.value == int(p.quantity.value) and p.quantity.value > 1
                    and not terminal_regex("ITEM_COUNTER").fullmatch(to_simplified(p.quantity.word or "-"))
                    and before.search(to_simplified(stmt.text[:p.span.start - stmt.span.start]))):
                r.used.add(id(p))
                return int(p.quantity.value)
    return None


# ------------------------------------------------------------------ nothing unread

_WITHIN_BASE = (A.Marker.ADDED_WITHIN_BASE, A.Marker.TAKEN_WITHIN_BASE, A.Marker.BOTH_WITHIN_BASE)


def _significant(p) -> bool:
    """A phrase that scores or compares: reading a sentence must use every one."""
    if isinstance(p, (A.Award, A.Deduct, A.CapPhrase, A.Per, A.Step, A.Listed, A.Each, A.AmountList,
                      A.FloorCap, A.PeerPhrase, A.RankPhrase, A.Compare, A.Range, A.OpSymbol)):
        return True
    if isinstance(p, A.MarkerPhrase):
        return p.marker in _OUTCOME_MARKERS or p.marker in (A.Marker.FLOOR, A.Marker.EACH_OF, A.Marker.LOOSE_SCORE, A.Marker.CONVERTED, A.Marker.SCORE_LINE_SAID, A.Marker.UNIT_CUT, A.Marker.HALF_BOUND, A.Marker.LETTER_DIGIT, A.Marker.RATIO_SAID, A.Marker.OTHER_TAKEN,
                                                            A.Marker.BIG_SCOPE, A.Marker.UNKNOWN_UNIT, A.Marker.DEDUCT_FAR,
                                                            A.Marker.WHETHER, A.Marker.ALSO, A.Marker.NO_FLOOR_SAID, A.Marker.NO_CAP_SAID, *_WITHIN_BASE, A.Marker.WITHIN_ITEM, A.Marker.SET_TO, A.Marker.FLOOR_AT_SAID, A.Marker.LEAST_TAKEN, A.Marker.POINTS_EITHER,
                                                            A.Marker.SAMPLE_COUNT, A.Marker.RANK_STEP, A.Marker.RANK_METHOD, A.Marker.NOTHING_PAST, A.Marker.QUOTED_FORMULA, A.Marker.GIVE_BACK, A.Marker.BOTH_CAP_SAID, *_TIMES,
                                                            A.Marker.PART_AS_STEP, A.Marker.PART_AS_SHARE, A.Marker.PART_ROUNDED, A.Marker.ROUND_SAID, A.Marker.BEST_BASE,
                                                            A.Marker.HALF_OF_ITEM, A.Marker.ITEM_SHARE_CAP, A.Marker.ITEM_SHARE_LIMIT, A.Marker.SHARE_TAKEN, A.Marker.PART_LEFT_OUT,
                                                            A.Marker.RATIO_OF, A.Marker.ACCUMULATES, A.Marker.AVERAGE_TAKEN,
                                                            A.Marker.NOT_IN_TOTAL, A.Marker.FROM_TOTAL, A.Marker.TOTAL_ZERO, A.Marker.EACH_JUDGED, A.Marker.CAP_LOOSE, A.Marker.FLOOR_SHARE, A.Marker.HALF_SAID, A.Marker.PARTS_BELOW, A.Marker.SLASH_DIVIDES, A.Marker.INSTEAD_TAKEN,
                                                            *_LOOSE_VERBS)
    if isinstance(p, A.Amount):
        return p.quantity.unit is not A.Unit.NONE
    return False


_ABOVE_THE_ITEM = ("jdscore 的项目得分最高为本项分值;要让加分超出本项分值,请把这句写成加分项"
                   "(加分项 { … },最高分写在那里),或给本项写上更高的分值")


def _no_limitless_award_in_an_item(clauses, readings: list[Reading]) -> None:
    """破获毒品案件每起加0.5分,不设上限, in an item of points: awards said to have no limit, which the
    item's points cap (read so in silence: ten cases scored the item's 2, not 5). Beside deductions
    不设上限 is the number of them taken, and stays (the item still floors at 0)."""
    if not readings or not all(r.deduct is None and not r.zero and r.award is not None for r in readings):
        return
    for c in clauses:
        said = terminal_regex("NO_LIMIT_PLAIN").search(to_simplified(c.text))
        if said is not None:
            raise _Reject(error(
                "E218", f"这里的“{c.text[said.start():said.end()]}”和本项分值冲突:本项得分最高为本项分值", c.span,
                hint=_ABOVE_THE_ITEM))


def _nothing_of_one_period(clauses) -> None:
    """当月扣分不超过1分, 每月报送…,迟报超过5天的,当月报表不得分: a limit or a zero of one month
    (quarter, term…), which a value of the year cannot keep (read as the item's: 2 taken in each of 3
    months lost only 1, one month's report late zeroed the year). Refused."""
    scope, adjective = terminal_regex("PERIOD_SCOPE"), terminal_regex("PERIOD_ADJECTIVE")
    # (迟报重特大事故,当月…考核不得分 alone may be a month's item: only beside 每月… is the month one of many)
    periods = any(isinstance(p, A.Period) for clause in clauses for p in clause.phrases)
    for clause in clauses:
        words = ""
        for p in clause.phrases:
            if isinstance(p, A.Text):
                words += to_simplified(p.text)
                continue
            limits = isinstance(p, A.CapPhrase) and (scope.search(words.rstrip()[-6:]) or adjective.search(words))
            # (季度发案数超过10起的, 单月发生2起以上的, 月度报送信息不少于2条: a count of one period;
            # …月度存栏量不低于…,当月得3.5分: the month's own item)
            counted = isinstance(p, (A.Compare, A.Range)) and adjective.search(words) and not any(
                not adjective.fullmatch(m.group()) for c in clauses for m in scope.finditer(to_simplified(c.text)))
            if limits or counted or (periods and _marker(p, A.Marker.ZERO) and scope.search(words)):
                said = clause.text.strip("，,;；。 ")
                raise _Reject(error(
                    "E202", f"“{said}”说的是一期(一个月、一个季度…)的{'上限' if limits else '数' if counted else '得分'},"
                            "一行规则读的是全年的值,逐期的计分读不出", clause.span,
                    hint="每一期写成一个项目、一行规则(值填这一期的数);或写明全年怎样计分,例如 全年最多扣3分"))
            words = ""


def _no_grade_line_as_points(clauses, used: set) -> None:
    """90分以上为优秀、80分为良好: points followed by 为 and a grade are the grade's line (read as
    the points the band before gives, a total of 95 scored 80 and the grades were lost)."""
    names = terminal_regex("NAMES_GRADE")
    for clause, following in zip(clauses, [*clauses[1:], None]):
        phrases = clause.phrases
        if (following is not None and clause.separator.strip() in (",", "，") and following.phrases
                and _is_outcome(following.phrases[0])):
            continue  # 得分80分以上为达标,加2分: the points of the case follow it
        # (70—80分的为B级: a 的 between the line and its grade)
        phrases = [q for k, q in enumerate(phrases) if not (
            _marker(q, A.Marker.DE) and 0 < k < len(phrases) - 1 and isinstance(phrases[k + 1], A.Text)
            and names.match(to_simplified(phrases[k + 1].text)))]
        for p, after, then in zip(phrases, phrases[1:], [*phrases[2:], None]):
            quantity = p.high if isinstance(p, A.Range) else getattr(p, "quantity", None)
            if then is not None and (_marker(then, A.Marker.DE) or _is_outcome(then)):
                continue  # 得分80分以上为达标的,加2分: the grade is the case the points are for
            if (id(p) in used and isinstance(p, (A.Amount, A.Compare, A.Range))
                    and quantity.unit is A.Unit.POINTS
                    and isinstance(after, A.Text) and names.match(to_simplified(after.text))):
                said = clause.text[p.span.start - clause.span.start:after.span.end - clause.span.start]
                raise _Reject(error(
                    "E202", f"“{said.strip(' 、,，;；。')}”说的是等级的分数线,不是计分", p.span,
                    hint="等级划分单独写成一句,例如 90分以上为优秀,80分以上90分以下为良好;"
                         "总分写在表头"))


def _nothing_unread(clauses, readings: list[Reading], split: _Split, used_more: set) -> None:
    used = set(used_more)
    for r in readings:
        used.update(r.used)
        used.update(id(p) for p in r.stmt.caps)
        # a count that is the unit of counting, a target or a requirement was read too
        for k, p in enumerate(r.stmt.phrases):
            if isinstance(p, A.Amount) and p.quantity.unit in (A.Unit.COUNT, A.Unit.MEASURE) and (
                    r.per is not None or r.step is not None or r.proportional or r.required is not None):
                if r.per == p.quantity.value or (r.target == p.quantity.value and not _allowance(r.stmt.phrases, k)
                                                 and not _target_unscored(r, k)):
                    used.add(id(p))
            if _marker(p, A.Marker.FLOOR):
                used.add(id(p))
    used.update(id(p) for p in split.modifiers)
    used.update(split.consumed)
    _no_grade_line_as_points(clauses, used)
    method = terminal_regex("METHOD_SAID")
    if any(_is_outcome(p) for c in clauses for p in c.phrases):
        # 按名次计分,第一名5分,…: how the clauses after it score, said first
        used.update(id(p) for c in clauses if method.match(to_simplified(c.text)) for p in c.phrases)
        # 任职计分。正团职…计78分: a heading, the first clause, ended by a stop
        heading = terminal_regex("SCORED_HEADING")
        first = clauses[0] if clauses else None
        if (first is not None and len(clauses) > 1 and heading.match(to_simplified(first.text))
                and first.separator.strip() in ("。", ":", "：") and not any(_is_outcome(p) for p in first.phrases)):
            used.update(id(p) for p in first.phrases)
    for r in readings:
        if r.condition is not None and r.condition.unit is A.Unit.COUNT and r.per is None:
            _no_count_within_one_place(r)
            _no_count_of_part_of_the_year(r, readings)
        if r.condition is not None and r.condition.unit is A.Unit.PERCENT and r.per is None:
            _no_subunits_counted(r)
            # 戒断三年未复吸人数占比达到30%以上, 八类主要刑事案件发案数同比下降10%以上: a time or a
            # count in the name of the measured share
            used.update(id(p) for p in r.stmt.phrases if isinstance(p, A.Amount)
                        and p.quantity.unit in (A.Unit.COUNT, A.Unit.MEASURE))
        if r.per is not None or r.step is not None or r.condition is not None or r.listed or r.amounts:
            continue
        if r.award is not None:
            # 学校要配备1名校外禁毒辅导员。(1分): the count describes what the yes/no asks
            used.update(id(p) for p in r.stmt.phrases if isinstance(p, A.Amount)
                        and p.quantity.unit in (A.Unit.COUNT, A.Unit.MEASURE))
        elif r.deduct is not None or r.zero:
            # 三个月内未补选的扣2分: a time limit describes the failing the yes/no asks about;
            # 随机访谈10户居民,未达标扣1分: so does a count beside a failing (未…)
            used.update(id(p) for p in r.stmt.phrases if isinstance(p, A.Amount) and (
                p.quantity.duration or (r.negative and p.quantity.unit in (A.Unit.COUNT, A.Unit.MEASURE))))
    for r in readings:
        if r.step is not None and r.target is not None:
            used.update(id(p) for p in r.stmt.phrases if isinstance(p, A.Amount)
                        and p.quantity.value == r.target and p.quantity.unit is not A.Unit.POINTS)
    # 以100%为标准。控制率≤100%,计5分: a clause that scores nothing naming a number compared with
    said = {(b.value, r.condition.unit) for r in readings if r.condition is not None
            for b in (r.condition.low, r.condition.high) if b is not None}
    for clause in clauses:
        if not any(_is_outcome(p) or isinstance(p, (A.Compare, A.Range, A.OpSymbol, A.Per, A.Step))
                   for p in clause.phrases):
            used.update(id(p) for p in clause.phrases if isinstance(p, A.Amount)
                        and (p.quantity.value, p.quantity.unit) in said)
    for clause in clauses:
        _no_number_below_zero(clause)
        half = terminal_regex("HALF_TIME").search(to_simplified(clause.text))
        if half is not None:
            # 逾期1天半以上的扣1分, 每逾期一个半月: the half was passed over (read as 1 day, a month)
            raise _Reject(error("E218", f"这里的“{clause.text[half.start():half.end()]}”没有读懂", clause.span,
                                hint="时长里的“半”请写成小数,例如 1.5天、1.5个月"))
        if terminal_regex("ORDINAL_ALONE").match(to_simplified(clause.text)) and len(clauses) > 1:
            # 第一,二名得2分: a place alone in its clause (dropped, 二名 was read as a count of people)
            raise _Reject(error("E218", f"这里的“{clause.text.strip()}”没有读懂", clause.span,
                                hint="名次用“、”列出,例如 第一、二名得2分"))
    for clause in clauses:
        phrases = clause.phrases
        for i, p in enumerate(phrases):
            if isinstance(p, A.OpSymbol) and not any(
                    isinstance(q, A.Amount) for q in phrases[max(i - 1, 0):i + 2]):
                continue  # a < or > with no number beside it is a character of the text
            if _significant(p) and id(p) not in used and not _money_in_brackets(clause, p):
                raise _unread(clause, p)
            if (isinstance(p, A.Text) and i and isinstance(phrases[i - 1], A.Amount)
                    and terminal_regex("FULL_LEFT").match(to_simplified(p.text))):
                # 引进1个项目得2分,5个项目满分,每增加1个加1分: full points said bare after an amount, read by
                # no clause (passed over; 按照培养方案执行满分 before deductions is where they count down from)
                raise _Reject(error("E218", f"这里的“{p.text.strip(' ，,;；。')}”没有读懂", p.span,
                                    hint="写成 …的得满分,例如 引进5个项目以上的得满分"))
            after_points = i and isinstance(phrases[i - 1], (A.Award, A.Deduct, A.CapPhrase)) and (
                isinstance(p, A.Text) or isinstance(p, A.Amount) and p.quantity.unit is A.Unit.NONE)
            # (the words to the clause's end: 扣1分2.没做好… is a list's next number)
            tail = terminal_regex("HALF_AFTER_POINTS").match(
                to_simplified(clause.text[p.span.start - clause.span.start:])) if after_points else None
            if tail is not None:
                # 扣一分半, 最多扣2分半, 扣一分五, 扣1分5: a part of a point more (dropped, 1.5 was 1)
                said, part = phrases[i - 1], tail.group().strip(" \t\u3000")
                extra = Decimal("0.5") if part == "半" else parse_number(part)[0] / 10
                points = (said.limit if isinstance(said, A.CapPhrase) else said.points).value + extra
                raise _Reject(error("E218", f"这里的“{_shown(clause, p).strip()}”没有读懂", p.span,
                                    hint=f"“几分半”“几分几”请写成小数,例如 {plain(points)}分"))
            if (isinstance(p, A.Amount) and p.quantity.unit is A.Unit.NONE and id(p) not in used and i
                    and i == len(phrases) - 1  # (令第394号: a number of a document, with its 号)
                    and isinstance(phrases[i - 1], A.Text) and terminal_regex("ORDINAL_END").search(phrases[i - 1].text)):
                raise _unread(clause, p)  # 第1,2名得2分: a place no rank was read from (dropped, 2名 was a count)
            if (isinstance(p, A.Amount) and p.quantity.unit is A.Unit.NONE and id(p) not in used and i
                    and isinstance(phrases[i - 1], A.Text) and re.search(r"[\u4e00-\u9fff][ \t\u3000]*[-－−+＋][ \t\u3000]*$",
                                                                          phrases[i - 1].text)):
                # 无故缺席-2分,受纪律处分-3: a signed number with its 分 left out (passed over, the
                # failing lost nothing)
                sign = "加" if phrases[i - 1].text.rstrip()[-1:] in "+＋" else "扣"
                raise _Reject(error("E218", f"这里的“{_shown(clause, p)}”没有读懂", p.span,
                                    hint=f"分值后面请写上“分”,例如 {sign}{plain(p.quantity.value)}分"))
            if (isinstance(p, A.Amount) and p.quantity.unit is A.Unit.NONE and id(p) not in used and i
                    and isinstance(phrases[i - 1], A.Text)
                    and terminal_regex("TARGET_DEFINED").search(to_simplified(phrases[i - 1].text))):
                # 每低于目标值1扣0.5分,目标值为85: the target the steps count from (passed over, the
                # value asked was the distance, and the index itself scored 0)
                raise _Reject(error("E218", f"这里的“{_shown(clause, p)}”没有读懂", p.span,
                                    hint=f"把目标值写进计分的分句,例如 达到{plain(p.quantity.value)}的得满分,"
                                         f"每低1扣0.5分"))
            if (isinstance(p, A.Amount) and p.quantity.unit is A.Unit.NONE and id(p) not in used
                    and any(isinstance(q, A.Per) and q.quantity is None and not q.word for q in phrases[:i])
                    and not any(_is_outcome(q) for q in phrases[:i]) and any(_is_outcome(q) for q in phrases[i + 1:])):
                # 每完成1万页计0.1分: the size of each step, in a unit jdscore does not know (passed
                # over, each page counted)
                raise _Reject(error("E218", f"这里的“{_shown(clause, p)}”没有读懂", p.span,
                                    hint="这个数后面的单位 jdscore 不认识,读不出每多少计分;"
                                         "请换成认识的量词或单位(如 件、份、公里、平方米)"))
            if (isinstance(p, A.Amount) and p.quantity.unit is A.Unit.NONE and id(p) not in used
                    and i + 2 < len(phrases) and isinstance(phrases[i + 1], A.Text)
                    and phrases[i + 1].text.strip() in ("+", "＋") and isinstance(phrases[i + 2], A.Amount)):
                # 加油站地面、加油机、加油岛清洁。5分(2+2+1): the points split among the parts (passed
                # over, a unit with one part clean scored all or nothing)
                raise _Reject(error("E218", f"这里的“{_shown(clause, p)}”没有读懂", p.span,
                                    hint="括号里像是各部分的分值,请把每部分和它的分值分开写,例如 地面清洁2分,加油机清洁2分"))
            if (isinstance(p, A.Amount) and p.quantity.unit is A.Unit.NONE and id(p) not in used
                    and 0 < i < len(phrases) - 1 and isinstance(phrases[i - 1], A.Text)
                    and isinstance(phrases[i + 1], A.Text)
                    and re.search(r"[\u4e00-\u9fff][ \t\u3000]*[(（][ \t\u3000]*$", phrases[i - 1].text)
                    and re.match(r"[ \t\u3000]*[)）][ \t\u3000]*[\u4e00-\u9fff]", phrases[i + 1].text)):
                # 明确分管档案工作的领导(0.5)及岗位职责(0.5)。1分: a part's points with 分 left out, more
                # words after it (passed over, a unit with one part done scored all or nothing; 名录库(15)。
                # at a clause's end may be the item's points)
                raise _Reject(error("E218", f"这里的“{_shown(clause, p)}”没有读懂", p.span,
                                    hint=f"括号里的数字像是这一部分的分值,请写上“分”,例如 ({plain(p.quantity.value)}分)"))
    # 未建立台账扣2分;好3,较好2,差0: a table cell's levels beside other rules (read alone, they are
    # levels; beside them, dropped without a word)
    cells = [(c, pairs) for c in clauses if (pairs := _cell_pairs(c))]
    unread = [(c, p) for c, _ in cells for p in c.phrases if isinstance(p, A.Amount) and id(p) not in used]
    if sum(len(pairs) for _, pairs in cells) > 1 and unread:
        clause, p = unread[0]
        raise _Reject(error("E218", f"这里的“{_shown(clause, p)}”没有读懂", p.span,
                            hint="档次和它的分值(好3,较好2,差0)请单独写成一行规则;和别的分句写在一起时,"
                                 "jdscore 读不出它们怎样一起计分"))
    _points_and_money_apart(clauses)
    taking, taken = terminal_regex("TAKING_BEFORE"), terminal_regex("TAKEN_AFTER")
    for r in readings:
        # 未建立台账的,扣发2分 / 减记2分 / 下浮2分: a verb of taking no keyword knows, right before points
        # read as given (an award of 2 for the failing)
        phrases = r.stmt.phrases
        for before, p in zip(phrases, phrases[1:]):
            given = isinstance(p, A.Award) or _is_bare_points(p)
            if given and isinstance(before, A.Text) and taking.search(to_simplified(before.text)):
                raise _unread(r.stmt, before)
        for p, de, after in zip(phrases, phrases[1:], phrases[2:]):
            if (_is_bare_points(p) and _marker(de, A.Marker.DE)
                    and isinstance(after, A.Text) and taken.match(to_simplified(after.text))):
                raise _Reject(error("E202", f"“{_shown(r.stmt, p)}”后面写的是减分,分值是加还是扣读不清楚", p.span,
                                    hint=f"扣分的写成 扣{plain(p.quantity.value)}分"))
    scoring = terminal_regex("POINTS_IN_WORDS")
    for clause in clauses:
        # …,本项扣分以加分为限 / 本项不计负分 in words no reading knows: a rule left out, never dropped
        if any(id(p) in used or _significant(p) or _is_outcome(p) or _is_modifier(p) for p in clause.phrases):
            continue
        # (searched in the whole clause: 得该项目的全部满分 is cut into words by its markers)
        said = scoring.search(to_simplified(clause.text))
        if said is not None:
            start, end = clause.span.start + said.start(), clause.span.start + said.end()
            words = (A.Text(clause.text[said.start():said.end()], _sub_span(clause.span, start, end))
                     if clause.span.line == clause.span.end_line else clause.phrases[0])
            raise _unread(clause, words)


def _no_outside_or_share_of_the_average(stmt: Statement, phrases, i: int) -> None:
    """低于全国平均水平的 / 达到全市平均水平的80%以上的: the nation's average is a figure published
    elsewhere, not the mean of the units assessed (it was never asked); 80% of the average is a share
    of it (read as 80 points above it, no unit could reach it). Both refused."""
    p = phrases[i]
    said = _shown(stmt, p)
    if terminal_regex("PEER_OUTSIDE").search(to_simplified(said)):
        raise _Reject(error(
            "E202", f"“{said}”里的全国平均是外部公布的数字,不是被考评单位的平均值", p.span,
            hint="把这个平均值写成数字(如 低于15.7/10万的得2分);比的是被考评单位之间的平均的,写成 全市平均"))
    after = phrases[i + 1:i + 3]
    share = len(after) == 2 and _marker(after[0], A.Marker.DE) and isinstance(after[1], (A.Compare, A.Range))
    if share and (after[1].quantity if isinstance(after[1], A.Compare) else after[1].low).unit is A.Unit.PERCENT:
        raise _Reject(error(
            "E202", f"“{said}的{_shown(stmt, after[1])}”是平均值的几成,jdscore 读的是高出平均值多少", after[1].span,
            hint="写成和平均值的差,例如 低于全市平均水平不超过20%的;或写成比值的公式"))


def _no_number_below_zero(clause) -> None:
    """增速在-5%至0之间的, 低于-5%的: a minus sign before a compared number (read without it, -5% to 0 was
    0 to 5%, and a fall of 3% scored as a rise)."""
    for p in clause.phrases:
        if not isinstance(p, (A.Compare, A.Range)):
            continue
        for q in ((p.quantity,) if isinstance(p, A.Compare) else (p.low, p.high)):
            at = q.span.start - clause.span.start
            before = clause.text[max(at - 12, 0):at].rstrip(" \t\u3000")
            # (95%(含)-100%, 5分-10分, 5000万元(含)-1亿元: a number just before the dash makes it a range's)
            if before[-1:] in ("-", "－", "−") and not re.search(r"[0-9０-９][^,，;；。]*$", before[:-1]):
                written = clause.text[at - 1:q.span.end - clause.span.start]
                raise _Reject(error(
                    "E218", f"这里的“{written}”是负数,jdscore 读不出负数的条件", q.span,
                    hint="写成下降的幅度,例如 下降5%以内的得1分(值填下降了多少);上升和下降的档分成两行规则"))


def _points_and_money_apart(clauses) -> None:
    """每人次扣1分并罚50元: points and money in one sentence are no one sum (read so, the 50 yuan
    were taken as 50 points)."""
    money = terminal_regex("MONEY")
    outcomes = [q for c in clauses for p in c.phrases if isinstance(p, (A.Award, A.Deduct))
                for q in (p.points, p.high) if q is not None]
    paid = next((q for q in outcomes if money.fullmatch(q.word)), None)
    if paid is not None and any(q.unit is A.Unit.POINTS for q in outcomes):
        raise _Reject(error("E202", f"“{plain(paid.value)}{paid.word}”是钱,和同一句里的分值不能相加", paid.span,
                            hint="罚款、奖金不是分数;只保留计分的部分,罚款写进备注(备注: …罚50元)"))


def _target_unscored(r: Reading, k: int) -> bool:
    """人均数2条的每条加20分: a count, 的, then awards for each one in its counter, which the awards
    do not read (from the 2nd on? beyond the 2?): left unread, so refused."""
    phrases = r.stmt.phrases
    if not (r.per is not None and r.step is None and r.required is None and r.award is not None
            and r.deduct is None and r.condition is None and k + 1 < len(phrases)
            and _marker(phrases[k + 1], A.Marker.DE)):
        return False
    word = to_simplified(phrases[k].quantity.word)
    return any(isinstance(p, A.Per) and to_simplified(p.word) == word for p in phrases[k + 2:k + 4])


def _unread(clause, p) -> _Reject:
    """E218 for a phrase no reading used, with what to write instead where there is a known way."""
    if _marker(p, A.Marker.LOOSE_SCORE, *_LOOSE_VERBS, *_TIMES):  # 加倍扣分, 按实际情况赋分: how many?
        hint = ("这个计分词没有写出分值,jdscore 不猜;请写明加减几分(例如 未整改的每处再扣0.5分),"
                "由考评组打分的写成“评定”行")
    elif _marker(p, A.Marker.OTHER_TAKEN):  # 并扣班长2分: taken from the unit twice
        hint = "这是另一个人(班长、首席代表…)的扣分,不是本单位的;写进那个人的考核,这里删去"
    elif _marker(p, A.Marker.RATIO_SAID):  # 男女厕位比例不大于2:3: the 3 was passed over
        hint = "“2:3”这样的比例不能直接比较;请写成一个数,例如 比例不大于0.67(值填女厕位÷男厕位)"
    elif _marker(p, A.Marker.LETTER_DIGIT):  # 得l分: 1 or 0 copied as a letter
        hint = "分值写成了字母(l、I 或 O),看起来是抄错的数字 1 或 0;请改成数字,例如 得1分"
    elif _marker(p, A.Marker.HALF_BOUND):  # 十五分钟以上半天以内: half a day, in minutes?
        hint = "“半天”“半年”这样的界限没有数字,和前后的数比不了;请写成同一单位的数,例如 15分钟以上240分钟以内"
    elif _marker(p, A.Marker.UNIT_CUT):  # 图书污损:-3分/ : each what?
        hint = "分值后的“/”后面缺了单位,看不出是每次、每本还是一次性扣;请写全,例如 扣3分/本,或删去“/”"
    elif _marker(p, A.Marker.NOTHING_PAST):  # 超过的不再加分, with no limit said
        hint = "“超过的不再加分”要有写出的上限或本项分值;请写明上限,例如 最多加3分,或给分组写上分值"
    elif _marker(p, A.Marker.ROUND_SAID):  # 每低1个百分点扣0.5分(四舍五入): rounded where?
        hint = ("没有读出四舍五入的是什么;差额不足一步的四舍五入写成 每低1个百分点扣0.5分,不足1个百分点的四舍五入;"
                "得分的小数位在规则文件开头用“计分精度”一行写明")
    elif _marker(p, A.Marker.RANK_METHOD):  # 按排名计分 beside no places
        hint = "“按排名计分”要写出各名次的分值,读名次一个值;例如 第1名得10分,每下降1名减0.5分"
    elif _marker(p, A.Marker.SCORE_LINE_SAID):  # 达标分数为85分: a grade's line, not points given
        hint = "这是等级的分数线,不是计分;等级写成一句,例如 85分以上为达标(写在“等级”里)"
    elif _marker(p, A.Marker.CONVERTED):  # 平均分按5分的比例折算: by what formula?
        hint = "按比例折算的,写成公式,例如 得分=平均分÷100×5(每个词是一个要填的值)"
    elif _marker(p, A.Marker.DEDUCT_FAR):  # 扣…每人…2分: is the 2 taken off?
        hint = "“扣”和分值之间隔着别的词,不清楚是不是扣这个分值;请写成 每人扣2分"
    elif _marker(p, A.Marker.EACH_OF):  # 至少各开展一次: each of how many?
        hint = "“各…一次”是几件事各有一次,一共应有多少没有写;请写明总数,例如 应开展3次(每项各1次)"
    elif _marker(p, A.Marker.NOT_IN_TOTAL):  # 扣1分,不计入总分: kept apart from the total?
        hint = "jdscore 的每行规则都计入总分;不计入总分的分数请不要写成规则(可写进备注),或删去“不计入总分”"
    elif _marker(p, A.Marker.AVERAGE_TAKEN):  # 取各次平均: of what, over which results?
        hint = "“取平均”是几次结果的平均,一个值读不出来;请给出平均后的值并写成 平均得分×…,或按次写成记录"
    elif _marker(p, A.Marker.WHETHER):  # 是否吸烟(10分): points for 是 or for 否?
        hint = "“是否…”没有说哪一种情况得分;请写成 …的得10分 或 …的不得分"
    elif _marker(p, A.Marker.UNKNOWN_UNIT):  # 2500x至4000x: compared, in what?
        hint = "数字后面的单位 jdscore 不认识,这个比较就读不出来;请换成认识的单位(人、次、个、件、篇、天、亩、米…)"
    elif _marker(p, A.Marker.WITHIN_ITEM):  # 不超过本项分值, with no points of the item
        hint = ("这里的上限是本项分值,要有分组上写的分值才能计算;请给分组写上分值(例如 项目 \"…\" 10分 {…}),"
                "或把上限写成分数,例如 最多加3分、最多扣10分")
    elif _marker(p, *_WITHIN_BASE):  # 加分不超过基本分, with no base points said
        hint = ("“不超过基本分”要有句子自己的基本分才能计算;请在句首写明 基本分10分,"
                "或把上限写成分数,例如 加分最多10分")
    elif _marker(p, A.Marker.NO_CAP_SAID):  # 加分不封顶: above the item's points?
        hint = _ABOVE_THE_ITEM
    elif _marker(p, A.Marker.FLOOR_AT_SAID):  # 最低得5分: a floor above 0
        hint = ("jdscore 的扣分最低扣到0分(扣完为止);要保底若干分,请写成最多扣几分,"
                "例如本项10分、最低得5分时写 最多扣5分")
    elif _marker(p, A.Marker.POINTS_EITHER):  # 8（2）分: this row's points, or the other's?
        hint = "一格里写了两个分值(括号里的是另一行的),这一行是哪一个读不出来;请只写这一行的分值,例如 8分"
    elif _marker(p, A.Marker.LEAST_TAKEN):  # 最低扣10分: at least, or at most?
        hint = ("“最低扣…分”是至少扣这么多,还是最多扣这么多,句子没有说清;最多扣的写成 最多扣10分,"
                "一次扣足的写成 …的,扣10分")
    elif _marker(p, A.Marker.SET_TO):  # 直接60分: the item becomes 60, or gets 60?
        hint = ("“直接…分”把本项定为这个分数,jdscore 不这样计分;本项没有别的扣分时,"
                "请写成扣去的分数,例如本项100分时写 …的,扣40分")
    elif _marker(p, A.Marker.SAMPLE_COUNT):  # 抽查3位农户…得2分: for each, or for all?
        hint = "抽查的数量和分值怎样对应,句子没有说清;按抽查到的每一个计分的,写成 每户熟悉的得2分"
    elif _marker(p, A.Marker.ALSO):  # 超过80%,且效果良好的: two requirements, one number
        hint = ("“且”连着两个要求,数值条件读不出另一个要求;请把另一个要求单独写成一句"
                "(例如 运行效果不好的,不得分),或写成两行规则")
    elif _marker(p, A.Marker.PARTS_BELOW):  # 以下三项各1分:(1)…;(2)…
        hint = "把每一项写成一句,各带分值,例如 建立台账的得1分;制定方案的得1分;召开会议的得1分"
    elif _marker(p, A.Marker.HALF_SAID):  # 达到一半以上的, 未过半的, 不足半数的
        hint = "“一半”“半数”“过半”请写成百分数或数量,例如 达到50%以上的得2分,不足6条的不得分"
    elif _marker(p, A.Marker.FLOOR_SHARE):  # 最低得该项分值的30%
        hint = "“最低得…”是得分的下限,不是另给的分;jdscore 读不出按比例计分的下限,请写成分档或公式"
    elif _marker(p, A.Marker.CAP_LOOSE):  # 最多各扣2分, 最多倒扣2分
        hint = ("每一类各自的上限,请把每一类写成一句,各带上限,例如 迟报每次扣1分,最多扣2分;漏报每次扣1分,最多扣2分;"
                "可扣到0分以下的,写成 最多扣5分,本项可扣为负分")
    elif _marker(p, A.Marker.EACH_JUDGED):  # …、…的,各酌情扣1-2分: one amount judged for each failing
        hint = "“各酌情扣”是每一项各评一次,jdscore 只读一个评定的分;请把每一项写成一行规则,例如 未开展家访工作的,酌情扣1-2分"
    elif _marker(p, A.Marker.TOTAL_ZERO):  # 年度考核总分按零分计: the whole total, not the item's
        hint = "“总分按零分计”说的是整个考评的总分,一行规则只给所在的项目计分;请写成一票否决(一票否决 定为 不合格 { … })"
    elif _marker(p, A.Marker.BIG_SCOPE):  # 此大项计0分: not this rule's own item
        hint = "一行规则只给所在的项目计分;要整个大项不得分,请把这句写在大项下面自成一行,并写成 本项不得分"
    elif _marker(p, A.Marker.PART_LEFT_OUT):  # 不足100家的部分不计分 beside other rules: whose part?
        hint = "“不足…的部分不计分”只用于一句按数量计分的规则;请写成 每满100家计0.1分"
    elif _marker(p, A.Marker.SHARE_TAKEN):  # 本项得分扣减50%: a share of what?
        hint = "jdscore 不按比例扣去本项得分;请写成分数,例如本项10分、扣减50%时写 扣5分"
    elif _marker(p, A.Marker.ITEM_SHARE_LIMIT):  # 扣分不超过本项分值的30%: which share?
        hint = "jdscore 只读扣分的比例上限(扣分不超过本项分值的30%);加分的上限请写成分数,例如本项10分时写 最多加3分"
    elif _marker(p, A.Marker.BEST_BASE):  # 以全区最高值为满分: the best of all units
        hint = "jdscore 不计算全部单位中的最高值;请把比例写成各单位自己的值(如 完成率),或写成排名规则"
    elif _marker(p, A.Marker.BOTH_CAP_SAID):  # 加减分合计不超过3分: the net, or each side?
        hint = ("一个上限同时管加分和扣分(加减相抵后的结果,或加分、扣分各自),jdscore 读不出这种上限;"
                "请给加分和扣分分别写上限,例如 …每项加1分,最多加3分;…每次扣1分,最多扣3分")
    elif _marker(p, A.Marker.GIVE_BACK):  # 破获的每起返还1分: given back, from what was taken?
        hint = ("jdscore 不把分“返还”给已扣的分;补回的分写成加分,并在句首写明从哪里算起,例如 "
                "基础分10分,每发生1起命案扣3分,当年破获的每起加1分")
    elif _marker(p, A.Marker.INSTEAD_TAKEN):  # 每起改扣4分: instead of what, counted how?
        hint = ("“改扣”是这几起不再按前面的分值扣;请把两种情形分开数,例如 "
                "按时上报的事故每起扣2分,未及时上报的事故每起扣4分")
    elif _marker(p, A.Marker.SLASH_DIVIDES):  # 按40分/当地行政村数量扣分: a division
        hint = "jdscore 不按“分值÷某个数量”逐个扣分;请写成本项得分的公式,例如 得分=分值-火点数×40÷行政村数量"
    elif _marker(p, A.Marker.QUOTED_FORMULA):  # 按“满意率×10”计算: quotes hide a formula
        hint = "公式不要写进引号,写成 得分=满意率×10(本项分值可写作 分值)"
    elif isinstance(p, A.Amount) and _right_before_points(clause.phrases,
                                                          next(i for i, q in enumerate(clause.phrases) if q is p)):
        # 完成率50%的得2分 / 出勤率80%的扣2分: at least 50%, at most, or exactly?
        n = _shown(clause, p).strip("“”")
        hint = (f"“{n}”前后没有比较词,读不出是达到{n}以上、不到{n},还是正好{n};"
                f"请写明,例如 达到{n}以上的 或 低于{n}的")
    elif isinstance(p, A.CapPhrase) and any(isinstance(q, A.Period) for q in clause.phrases[:clause.phrases.index(p)]):
        # 每月最多扣1分 beside counts of the year: a limit of each month, which one value cannot keep
        hint = ("每一期(如每月)的上限要逐期计分,一个全年的值读不出;请按期写成一行规则(值填一期的数),"
                "或改写成全年的上限,例如 全年最多扣…分")
    elif isinstance(p, A.CapPhrase):  # 其中着装一项累计最多扣1分: the limit of which clause?
        hint = ("这个上限读不出是哪一项的;一项的上限写在那一项的分值后面,例如 未按规定着装的每人次扣0.2分,"
                "最多扣1分;全部的上限写成 本项最多扣…分")
    elif _is_bare_points(p) and clause.text.rstrip().endswith(_shown(clause, p)) and "\t" in clause.text:
        # …不全的扣1分<tab>1分: a table's column of points, pasted in with the cell
        hint = f"若这是表格里本项的分值,写成 （{_points_at_end(clause.text)}）;否则删去它"
    else:
        hint = "jdscore 只按读懂的部分计分,不会略过分值或计分词;请改写这部分,或把描述性的数字写进引号"
    return _Reject(error("E218", f"这里的“{_shown(clause, p).strip('“”')}”没有读懂", p.span, hint=hint))


def _allowance(phrases, at: int) -> bool:
    """每班3人 (a 每, a few words, then a count): so many for each, an allowance; never a
    target read in passing."""
    before = phrases[:at][-2:]
    return (bool(before) and isinstance(before[0], A.Per) and before[0].quantity is None
            and all(isinstance(q, A.Text) and len(q.text.strip()) <= 3 for q in before[1:]))


def _no_condition_left_behind(r: Reading) -> None:
    """出勤率低于90%的,每缺勤1天扣0.5分 / 迟到超过3次的,每次均扣1分: a condition before points for
    each one, which counting each one would pass over (read so, a unit at 95% lost 0.5 a day)."""
    if r.condition is None:
        return
    said = _shown_condition(r)
    raise _Reject(error(
        "E202", f"“{said}”是按数量扣分的条件,条件不成立时怎样计分、成立时是每次都扣还是只扣超出的部分,"
                "一行规则读不出", r.stmt.span,
        hint=f"不论条件都每次扣分的,去掉“{said}”;只扣超出部分的写成 超过…的,每多1次扣…分"))


def _no_escalating_deductions(clauses) -> None:
    """迟到1次扣0.5分,以后每次递增0.5分 / 每次扣0.5分,逐次递增: each time costs more than the one
    before (read as the same each time, or the rise as an award of its own)."""
    for clause in clauses:
        said = terminal_regex("ESCALATING").search(to_simplified(clause.text))
        if said is not None:
            raise _Reject(error(
                "E202", f"“{said.group(0)}”: 每一次扣分比前一次多,jdscore 读不出这种逐次递增的算法", clause.span,
                hint="写成各次合计的分档,例如 1次扣0.5分,2次扣1.5分,3次扣3分,4次及以上的本项不得分"))


def _each_period_failing(r: Reading, phrases) -> bool:
    """每月未达到序时进度的扣0.5分, 每季度未召开会议的扣1分: the period said of the failing itself (or of
    what happened in it, 每季度被通报的扣1分), each period that fails losing the points (read as yes/no,
    once for the year: a unit behind in ten months lost 0.5)."""
    if not (r.period and r.period > 1 and not r.period_counted and r.deduct is not None and r.award is None
            and r.step is None and r.condition is None and r.required is None and not r.joint):
        return False
    # (每季度末支出进度未达到…: what fails may be named between; 按季度考核,每季度…: the last period)
    at = max((i for i, p in enumerate(phrases) if isinstance(p, A.Period)), default=None)
    neg = next((p for p in phrases[at + 1:at + 3] if _marker(p, A.Marker.NEG)), None) if at is not None else None
    if neg is None and at is not None and not r.negative and at + 1 < len(phrases) and isinstance(phrases[at + 1], A.Text):
        # 每月有违法占地的扣0.5分, 每季度被通报的扣1分: something that happened in the period, as 未 is
        # something not done (read as once for the year: reported in two quarters lost 1)
        said = to_simplified(phrases[at + 1].text).lstrip(" \t\u3000")
        # (每月信息迟报的, 每季度到位资金低于时序进度的: a failing named after what failed)
        happened = terminal_regex("PERIOD_EVENT").match(said) or any(
            terminal_regex(name).search(said) for name in ("LATE_WORD", "BARE_BELOW", "FAILING_WORD"))
        taken = next((p for p in phrases if isinstance(p, A.Deduct)), None)
        return happened is not None and taken is not None and not any(
            isinstance(p, (A.Compare, A.Range, A.Amount)) for p in phrases[at + 1:])
    if neg is None or any(isinstance(p, A.Period) and p.times != r.period for p in phrases[:at]):
        return False
    between = r.stmt.text[phrases[at].span.end - r.stmt.span.start:neg.span.start - r.stmt.span.start]
    taken = next((p for p in phrases if isinstance(p, A.Deduct)), None)
    if (re.search(r"[,，;；。:：0-9０-９]", between) or len(between.strip()) > 8
            or taken is None or taken.span.start < neg.span.end):
        return False
    if between.strip(" \t\u3000有"):
        # 每月信息报送目标任务未完成的,扣30分: the month's target named, then its failing: each month
        # missed, or once for the year? Readers split.
        n = plain(r.deduct.value)
        raise _Reject(error(
            "E202", f"“{_shown(r.stmt, phrases[at])}{between.strip()}”之后的“扣{n}分”是每个没做到的期(月、季度…)都扣,"
                    "还是全年有一期没做到就扣一次,句子没有说清", r.stmt.span,
            hint=f"每期都扣的写成 {_shown(r.stmt, phrases[at])}未…的扣{n}分(值填没做到的期数);"
                 f"只扣一次的写成 全年有一期未…的扣{n}分"))
    return True


def _no_one_of_both_read_as_each(readings: list[Reading]) -> None:
    """均达标的得3分,一项达标的得1分: one of them only, a tier (read as 1 for each one met: both met
    scored 5)."""
    # (均完成的得4分;其中一项未完成的扣2分;两项均未完成的扣3分: how many were not done, read as tiers)
    if _failings_counted(readings) is not None:
        return
    for at, head in enumerate(readings):
        # 两项指标均达到90%以上的得2分,一项达到90%以上的得1分: how many of the parts met, in tiers (read as
        # a rate's tier and another value's, or a count beside them: both met scored 3)
        parts = next((p for p in head.stmt.phrases if isinstance(p, A.Amount) and p.quantity.value > 1
                      and p.quantity.word), None) if head.gives and head.deduct is None else None
        if (parts is None or not terminal_regex("ALL_OF").search(to_simplified(head.lead))
                or not any(isinstance(p, (A.Compare, A.Range)) for p in head.stmt.phrases)):
            # (以上四项全都具备得10分,满足三项得5分: one count's tiers, read so)
            continue
        fewer = next((r for r in readings[at + 1:] if r.award is not None and any(
            isinstance(p, A.Amount) and p.quantity.word == parts.quantity.word and p.quantity.value < parts.quantity.value
            for p in r.stmt.phrases)), None)
        if fewer is not None:
            raise _Reject(error(
                "E202", f"“{fewer.stmt.text.strip('，,;；。 ')}”是{_shown(head.stmt, parts)}中做到几项的一档,"
                        "这样的分档要读做到的项数,句子没有写成一个值", fewer.stmt.span,
                hint="写成做到的项数分档,例如 达到90%以上的指标有2项的得2分,有1项的得1分"))
    for prev, r in zip(readings, readings[1:]):
        one = r.per_count
        if not (one is not None and r.per == 1 and one.quantity.value == 1 and r.gives and prev.gives
                and terminal_regex("ALL_OF").search(to_simplified(prev.lead))
                and not any(isinstance(p, A.Per) for p in r.stmt.phrases)):
            continue
        # (三项制度均落实到位的得3分,有一项落实不到位的扣1分: the parts named, each one not done counted;
        # 两项参保率均达到90%以上的得2分,一项达到的得1分: one of the two met, a tier still)
        if r.deduct is not None and any(isinstance(p, A.Amount) and p.quantity.word == one.quantity.word and p.quantity.value > 1
               for p in prev.stmt.phrases):
            continue
        raise _Reject(error(
            "E202", f"“{r.stmt.text.strip('，,;；。 ')}”是只有一项做到(没做到)的一档,还是每一项各计分,句子没有说清",
            r.stmt.span, hint="写成做到的项数分档,例如 达标2项的得3分,达标1项的得1分"))


def _no_whole_beside_rate_tiers(readings: list[Reading]) -> None:
    """整改率达到80%的得1分,全部整改到位的得2分 / 达到目标的得2分,达到80%的得1分 / 全部完成的得3分,完成2项的
    得2分: all of it done, or the target reached, is the top of the tiers of how much (read as a yes/no
    besides them: 100% scored 3)."""
    def top(r: Reading) -> bool:  # (县域经济三项重点指标全部完成的: the count said, its tiers read so)
        return (r.award is not None and r.condition is None and r.per is None and r.step is None and not r.added
                and not any(isinstance(p, (A.Amount, A.Compare, A.Range)) for p in r.stmt.phrases))

    rates = [r for r in readings if r.award is not None and r.condition is not None
             and r.condition.unit is A.Unit.PERCENT]
    for run in _breaths(readings):
        # (完成2项的得2分: a count said, not yet a condition; 有1项未落实的得2分: the failings counted)
        # (半数以上建立的得1分: some of them in words, a tier below all; read as two yes/nos, all built scored 3)
        lower = [x for x in run if x.award is not None and not x.added and not x.negative and x.per is None
                 and x.step is None and (x.condition.unit in (A.Unit.PERCENT, A.Unit.COUNT) if x.condition is not None
                                         else any(isinstance(p, A.Amount) for p in x.stmt.phrases)
                                         or terminal_regex("SOME_IN_WORDS").search(to_simplified(x.lead)) is not None)]
        for r in run:
            beyond = top(r) and not r.negative and terminal_regex("TASK_BEYOND").search(to_simplified(r.lead))
            if beyond and any(x is not r and x.award is not None and x.award.value < r.award.value
                              and (_task_met(x) or any(x is y for y in lower)) for x in run):
                # 超额完成任务的得3分,完成任务的得2分: beyond the task is the top of the task's tiers (read as
                # two yes/nos: 5; or 值≥100%, the task just met took the top)
                raise _top_tier_unsaid(r, "", "超额多少算超额,",
                                       "写成完成率的各档,例如 完成率超过100%的得3分,完成率100%的得2分,80%以上的得1分")
            if not top(r) or not any(x.award.value < r.award.value for x in lower):
                continue
            if (not r.negative and terminal_regex("TARGET_REACHED").search(to_simplified(r.lead))
                    and not _task_met(r)):  # (完成年度计划目标得40分,完成目标的90%得36分: the top rung, read so)
                raise _top_tier_unsaid(r, "", "",
                                       "写成一个比率的各档,例如 完成率100%的得2分,80%以上的得1分;另加的写成 达到目标的,另加1分")
            _no_all_done_beside(r, lower)
    # (全部完成的,得3分;半数以上完成的,得2分: some of them in words, across a ;)
    some = [x for x in readings if x.award is not None and not x.negative and x.condition is None
            and terminal_regex("SOME_IN_WORDS").search(to_simplified(x.lead))]
    for r in readings:
        if rates and top(r):
            _no_all_done_beside(r, rates)
        if some and top(r) and any(x.award.value < r.award.value for x in some):
            _no_all_done_beside(r, some)


def _no_all_done_beside(r: Reading, tiers: list[Reading]) -> None:
    """全部整改到位的得2分 beside tiers of how much of the same act was done (整改率达到80%的)."""
    words = " ".join(to_simplified(x.lead) for x in tiers if x is not r)
    lead = to_simplified(r.lead)
    whole = terminal_regex("ALL_DONE").search(lead)
    # (…计划全部落实的,得6分;整合资金规模占…25%以上的: the rate of another act)
    # (所有村都建立的: the act is the last words, after the places and 都)
    acts = {_han(lead[whole.end():])[:2], _han(lead)[-2:]} if whole else set()
    if any(len(act) == 2 and act in words for act in acts):
        raise _top_tier_unsaid(r, "(全部)", "", "写成一档,例如 整改率100%的得2分,达到80%的得1分;另加的写成 全部整改到位的,另加1分")


def _top_tier_unsaid(r: Reading, which: str, more: str, hint: str) -> _Reject:
    """The refusal of a top tier said in words beside the tiers of how much: in them, or on top?"""
    return _Reject(error("E202", f"“{r.stmt.text.strip('，,;；。 ')}”是这组分档的最高一档{which},还是在分档之外另加,"
                                 f"{more}句子没有说清", r.stmt.span, hint=hint))


def _no_run_beside_a_count(readings: list[Reading]) -> None:
    """缺席会议累计3次以上的扣1分,连续缺席2次以上的扣2分 / 每缺席1次扣0.5分,连续3次缺席的本项不得分:
    times in a row are another number than the times in all (read as one value: two absences apart
    lost 2, three lost only 1)."""
    counted = [r for r in readings if r.per is not None or r.step is not None
               or (r.condition is not None and r.condition.unit is A.Unit.COUNT)]
    if len(counted) < 2:
        return
    run = terminal_regex("IN_A_ROW")
    # (连续旷课两节及以上,每次扣除3分 / 連續查15戶…每處: the runs counted, or a sample: a value of its own)
    rows = [r for r in counted if r.per is None and r.step is None and run.search(to_simplified(r.stmt.text))]
    if rows and len(rows) < len(counted):
        raise _Reject(error(
            "E202", f"“{rows[0].stmt.text.strip('，,;；。 ')}”数的是连着的次数,和其他分句数的总次数不是同一个数",
            rows[0].stmt.span, hint="把连续的情形写成单独一行规则(值填最长连着的次数),总次数的写成另一行"))


def _no_lateness_of_the_counted_read_once(readings: list[Reading]) -> None:
    """每上报1条信息计0.5分,迟报的扣0.2分: each report late, or once if any was? (read as once: five
    late lost 0.2)"""
    for prev, r in zip(readings, readings[1:]):
        if not (prev.per is not None and prev.award is not None and r.deduct is not None and r.per is None
                and r.step is None and r.condition is None and r.required is None):
            continue
        late = terminal_regex("LATE_WORD").match(to_simplified(r.lead).lstrip(" \t\u3000,，;；"))
        if late is not None:
            n, word, each = plain(r.deduct.value), late.group(), _counted_word(prev) or "次"
            raise _Reject(error(
                "E202", f"“{r.stmt.text.strip('，,;；。 ')}”是每{word}一{each}都扣,还是有{word}就扣一次,句子没有说清",
                r.stmt.span, hint=f"每{each}都扣的写成 每{word}1{each}扣{n}分;只扣一次的写成 有{word}的扣{n}分"))


def _first_ones_left_out(readings: list[Reading]) -> tuple[list[Reading], set]:
    """第1次不计分,第2次起每次计5分 / 前2篇不计分,第3篇起…: the first ones are those the count,
    starting later, leaves out (read as a tier of its own: the item lost at the first one)."""
    start = next((p for r in readings for p in r.stmt.phrases if isinstance(p, A.Compare) and p.counted_from), None)
    if start is None:
        return readings, set()
    kept, said = [], set()
    for r in readings:
        first = terminal_regex("FIRST_ONES").match(to_simplified(r.stmt.text).lstrip(" \t\u3000,，;；"))
        if first is not None and parse_number(first.group(1))[0] <= start.quantity.value:  # (第2次起: above 1)
            said.update(id(p) for p in r.stmt.phrases)
            continue
        kept.append(r)
    return kept, said


def _no_given_limit_on_deductions(clauses, readings: list[Reading]) -> None:
    """每发现1起扣0.5分,最高得3分: at most 3 given, where the sentence only takes: the points to take
    from, or a limit on what is taken? (read as 最多扣3分: without an item, 8 found scored −3)"""
    if not readings or not all(r.is_deduction for r in readings):
        return
    for c in clauses:
        for p in c.phrases:
            if (isinstance(p, A.CapPhrase) and not p.on_deductions and not p.added
                    and terminal_regex("GIVEN_CAP").match(to_simplified(_shown(c, p)))):
                n = plain(p.limit.value)
                raise _Reject(error(
                    "E202", f"句子只扣分,“{_shown(c, p)}”是本项{n}分、从中扣分,还是最多扣{n}分,句子没有说清", p.span,
                    hint=f"从{n}分中扣的,写成 本项{n}分,…扣完为止;限制扣分的,写成 最多扣{n}分"))


def _no_points_without_a_case(readings: list[Reading]) -> None:
    """未开展的扣1分,并倒扣2分 / …本项不得分,另扣2分: points with no words of their own after another
    case (read as a yes/no of its own, asking whether 并倒扣2分 holds). Points after the next case's
    words, run on past the points before (…扣2分或未做全的扣1分, a table's cells pasted together), read
    as before: each case a yes/no, in order."""
    for prev, r in zip(readings, readings[1:]):
        if (r.per is not None or r.step is not None or r.condition is not None or r.required is not None
                or r.veto or not r.signed_points):
            continue
        if any(not isinstance(p, (A.Text, A.Deduct, A.Award)) and not _marker(p, A.Marker.ALSO) for p in r.stmt.phrases):
            continue  # (60%得2分, 无扣2分: a case of its own)
        if re.search(r"[)）]", r.stmt.text):
            continue  # (严重(一般)…的每起 -2(-1): the points of the case in brackets)
        words = _han(to_simplified("".join(p.text for p in r.stmt.phrases if isinstance(p, A.Text))))
        # (扣0.5分2. 口未報…備案,扣0.5分: the words of the next case run on after the points before)
        run_on = not words and not isinstance(prev.stmt.phrases[-1], (A.Deduct, A.Award))
        if not run_on and (not words or terminal_regex("JOINED_ONLY").fullmatch(words)):
            raise _Reject(error(
                "E202", f"“{r.stmt.text.strip('，,;；。 ')}”前面没有写是什么情形,不知道是跟着“{prev.stmt.text.strip('，,;；。 ')}”"
                f"一起{'扣' if r.deduct is not None else '加'},还是另一种情形", r.stmt.span,
                hint="同一情形的分合写成一处,例如 未开展的扣3分;几种情形的,每种写出自己的条件,例如 未做到的扣2分,未做全的扣1分;"
                "要扣到本项0分以下的,写成单独的一行扣分规则(减分项)"))


def _narrowed(words: str, case: str) -> bool:
    """死亡事故 in 发生死亡事故 after 发生事故: the words again with a few of their own put inside."""
    words, case = (_han(w) for w in (words, case))
    extra = len(case) - len(words)
    return 1 <= extra <= 4 and any(case[:i] == words[:i] and case[i + extra:] == words[i:]
                                   for i in range(1, len(words)))


def _done_better(words: str, case: str) -> bool:
    """计划详实 after 有计划, 台账规范完整 after 建立工作台账, 机制运行顺畅、成效明显 after 建立工作机制: the
    thing the words end on, then a few words of how well it is done."""
    words, case = _han(words), _han(case)
    return any(case.startswith(words[i:]) and 1 <= len(case) - (len(words) - i) <= 8
               for i in range(len(words) - 1))


def _no_case_of_a_failing_read_on_top(readings: list[Reading]) -> None:
    """迟报的扣0.5分,迟报3天以上的扣1分 / 未按期整改的扣1分,但已制定整改计划的扣0.5分 / 发生泄密事件的
    扣3分,主动报告的减半扣分: a graver or a milder case of the yes/no failing before, whose points
    stand instead of its (read on top: five days late lost 1.5, a leak reported 4.5)."""
    for prev, r in zip(readings, readings[1:]):
        given = prev.award is not None and r.award is not None  # (同比增长的得2分,增长10%以上的得4分: 6 for 12%)
        if not ((given or (prev.deduct is not None and r.deduct is not None)) and prev.per is None
                and prev.step is None and prev.condition is None and prev.required is None and not prev.joint
                and prev.rank is None and r.rank is None  # (后三名的扣1分,其中最后一名扣2分: places, read so)
                and r.per is None and r.step is None and r.stmt.span.line == prev.stmt.span.line):
            continue
        lead = to_simplified(r.lead).lstrip(" \t\u3000,，")
        failing = to_simplified(_failing_words(prev))
        late = lambda words: terminal_regex("LATE_WORD").search(words) or terminal_regex("TIMELY_WORD").search(words)
        graver = (r.condition is not None and r.condition.low is not None and r.condition.high is None
                  and (_shares_words(failing, lead, run=2) or (late(failing) and late(lead))))
        # (未达标的扣1分,低于80%的扣2分: short of the standard, and further short of it)
        graver = graver or (not given and r.condition is not None
                            and terminal_regex("STANDARD_MET").fullmatch(failing) is not None)
        # (发生事故的扣2分,发生死亡事故的扣5分: the same event with a word of its kind inside, for more)
        graver = graver or (not given and r.condition is None and abs(r.signed_points or 0) > abs(prev.signed_points or 0)
                            and _narrowed(to_simplified(prev.lead), lead))
        if given:  # (学习有记录的得0.5分。每年学习4次以上的得1分: another thing to do; a higher tier of the
            # same names what is compared in the award's words (增长10%以上 after 同比增长, 完成率 after
            # 完成任务), for more points; 培训人数超过1000人 after 建立培训基地 is another thing)
            compared = next((p for p in r.stmt.phrases if isinstance(p, A.Compare)), None)
            subject = to_simplified(r.stmt.text[:compared.span.start - r.stmt.span.start]) if compared else ""
            subject = _han(subject).removesuffix("率")
            graver = graver and r.award.value > prev.award.value and bool(subject) and subject in failing
            # (有专利申请的得1分,10件以上的得3分 / 引进新品种3分,超过5个以上计5分: a count with no words of
            # its own, of the thing before, for more)
            graver = graver or (compared is not None and not subject and prev.condition is None
                                and r.condition is not None and r.award.value > prev.award.value)
            # (有计划的得1分,计划详实的得2分: the same thing done better, for more)
            graver = graver or (r.condition is None and prev.condition is None and not r.negative
                                and not prev.negative and r.award.value > prev.award.value
                                and all(any(_marker(p, A.Marker.DE) for p in x.stmt.phrases) for x in (prev, r))
                                and _done_better(failing, _failing_words(r)))
        halved = not given and terminal_regex("HALVED").search(to_simplified(_shown(r.stmt, r.deduct))) is not None
        milder = not given and (terminal_regex("BUT_SAID").match(lead) or halved and not r.negative
                                or _marker(_first_phrase(r.stmt), A.Marker.OF_WHICH))
        if (graver or milder) and not r.added:
            n, verb = plain(abs(r.signed_points)), "得" if given else "扣"
            raise _Reject(error(
                "E202", f"“{r.stmt.text.strip('，,;；。 ')}”是前面“{prev.stmt.text.strip('，,;；。 ')}”的一种情形,"
                f"是只{verb}{n}分(代替前面的分值),还是另外再{'加' if given else '扣'},句子没有说清", r.stmt.span,
                hint="把两种情形分开写,例如 有计划但不详实的得1分;计划详实的得2分;另外再加的写成 …的,另加1分"
                if given and r.condition is None else
                "把两种情形分开写,例如 增长10%以下的得2分;增长10%以上的得4分;另外再加的写成 …的,另加2分"
                if given else "把两种情形分开写,例如 迟报3天以内的扣0.5分;迟报3天以上的扣1分;另外再扣的写成 …的,另扣1分"))


def _each_period_failing_said(r: Reading) -> None:
    """每月开展一次排查,未开展的扣0.5分: taken for each month missed, or once if any was? (未开展的
    每次扣 says the one; 全年有未开展的 the other; 挪作他用的扣2分 is a failing of its own.)"""
    if not ((r.period or 1) > 1 and r.negative and r.deduct is not None and r.per is None and r.step is None
            and r.condition is None and r.required is None):
        return
    neg = next((p for p in r.stmt.phrases if _marker(p, A.Marker.NEG)), None)
    taken = next((p for p in r.stmt.phrases if isinstance(p, A.Deduct)), None)
    if neg is None or taken is None or taken.span.start < neg.span.end:
        return
    start = r.stmt.span.start
    act = r.stmt.text[neg.span.end - start:taken.span.start - start].strip(" \t\u3000,，的")
    period = next((p for p in r.stmt.phrases if isinstance(p, A.Period)), None)
    asked = r.stmt.text[period.span.end - start:neg.span.start - start] if period is not None else ""
    # (全年有未开展的扣0.5分: once for the year, as the hint below says)
    just_before = r.stmt.text[max(0, neg.span.start - start - 4):neg.span.start - start]
    once = terminal_regex("YEAR_TOTAL").search(to_simplified(just_before))
    if act and len(act) <= 2 and act in asked and not once:  # (机构运转正常,每月按时报送…,开展工作不正常的: another act)
        n = plain(r.deduct.value)
        raise _Reject(error("E202", f"按期要求之后的“扣{n}分”是每缺一期扣一次,还是全年有缺就扣一次,句子没有说清",
                            r.stmt.span, hint=f"每缺一期都扣的写成 未{act}的每次扣{n}分;只扣一次的写成 全年有未{act}的扣{n}分"))


def _each_period_award_said(r: Reading) -> None:
    """每季度报送信息3条以上的得1分: each quarter that does earning 1, or 1 when every quarter does?
    (read as one yes/no for the year: three good quarters of four scored 0)."""
    period = next((p for p in r.stmt.phrases if isinstance(p, A.Period)), None)
    if not (period is not None and (r.period or 1) > 1 and not r.period_counted and r.award is not None
            and r.deduct is None and r.per is None and r.step is None and r.condition is None
            and r.required is None and not r.joint and not r.negative):
        return
    if terminal_regex("ALL_OF").search(to_simplified(r.lead)) or not any(
            isinstance(p, A.Compare) and not p.demand and p.quantity.value > 1 for p in r.stmt.phrases) or not any(
            _marker(p, A.Marker.DE) for p in r.stmt.phrases):
        # (每季度均…的得1分: every quarter, once; 每月开展一次检查,得2分 / 每季度至少公示一次…,得1分 /
        # 防火期内每周巡查1次以上的得2分 / 每月开展1次以上得1分: the period's duty, met)
        return
    said = _shown(r.stmt, period)
    n = plain(r.award.value)
    raise _Reject(error(
        "E202", f"“{said}…的得{n}分”是每个做到的期各得{n}分,还是每一期都做到才得{n}分,句子没有说清", r.stmt.span,
        hint=f"都做到才给分的写成 {said}均…的得{n}分;每期各给分的写成 …的{said.lstrip('每')},每{said.lstrip('每')}得{n}分"
             "(值填做到的期数)"))


def _no_points_per_period(r: Reading) -> None:
    """每月0.25分, 每月2分,全年24分: the month's points, while a rule line counts the year (read as
    yes/no, 2 for the whole year and 24 besides)."""
    ph = r.stmt.phrases
    if any(isinstance(a, A.Period) and _is_bare_points(b) for a, b in zip(ph, ph[1:])):
        raise _Reject(error("E202", "分值是按月(按季)给的,这一行规则却按全年计数,两者对不上", r.stmt.span,
                            hint="每个月写成一个项目、一行规则;或写出全年的分值,例如 全年3分"))


def _no_bare_limit_on_both_ways(rule: A.Node, readings: list[Reading], modifiers) -> None:
    """每高1个百分点加0.5分,每低1个百分点扣0.5分,最多2分 / 每高于或低于10个百分点分别加减1分,最多2分: a limit
    with no 加 or 扣 after steps both ways, from no points of the sentence's own: 2 each way, or 2 in all?
    (read as 2 in all: 35 below lost 3.5)"""
    steps = [r for r in readings if r.step is not None]
    both_ways = any(r.deduct is not None for r in steps) and any(r.deduct is None and r.award is not None for r in steps)
    # (以全市平均增速为基准得3分,每高…加,每低…扣,最高5分: points of the sentence's own, the limit on the whole)
    if not both_ways or any(r.award is not None and r.step is None and r.per is None for r in readings):
        return
    bare = next((m for m in modifiers if isinstance(m, A.CapPhrase) and m.style in (A.CapStyle.LIMIT, A.CapStyle.TOPPED)
                 and not (m.on_deductions or m.added or m.names_added or m.names_deducted)), None)
    if bare is not None:
        n = plain(bare.limit.value)
        raise _Reject(error(
            "E202", f"句子有加分也有扣分,“最多{n}分”是加、扣各不超过{n}分,还是合计最高{n}分,句子没有说清", bare.span,
            hint=f"加扣都限的写成 加减分最多{n}分;只限加分的写成 最多加{n}分"))


def _floored(readings: list[Reading], split: _Split) -> bool:
    """扣完为止 anywhere in the sentence: its deductions come off a pool of points (少加0.5分 says
    so too: what is taken is some of the award)."""
    return (any(_marker(m, A.Marker.FLOOR) for m in split.modifiers)
            or any(_marker(p, A.Marker.FLOOR) or (isinstance(p, A.Deduct) and p.from_award)
                   for r in readings for p in r.stmt.phrases))


def _verbs_said_again(clauses, readings: list[Reading]) -> set[int]:
    """按照未完成事项进行扣分,每项扣5分 / 给予加分。(每个火点加2分): a scoring verb with no
    points, then the points for each one in the same direction: the verb announces them."""
    used = set()
    for clause in clauses:
        for before, p in zip(clause.phrases, clause.phrases[1:]):
            if isinstance(before, A.Listed) and _marker(p, A.Marker.LOOSE_AWARD, A.Marker.LOOSE_DEDUCT):
                used.add(id(p))  # 按10、7、6…记分: the verb after the points it lists
        for p in clause.phrases:
            if not _marker(p, A.Marker.LOOSE_AWARD, A.Marker.LOOSE_DEDUCT):
                continue  # (评分, 折算: a judgement or a formula, not announced points)
            deduct = p.marker is A.Marker.LOOSE_DEDUCT
            if any((r.per is not None or r.step is not None) and (r.deduct if deduct else r.award) is not None
                   and (r.deduct if deduct else r.award).span.start >= p.span.end for r in readings):
                used.add(id(p))
    return used


def _also_asked(clauses, readings: list[Reading]) -> set[int]:
    """建立制度且落实到位的,得2分: a yes/no answers the whole question, 且 included; 且按要求完成,
    每次加1分: what is counted meets both. Beside a threshold of the unit's own measure
    (超过80%,且运行效果良好的,得6分) the number does not read the second requirement, so 且
    stays unread and the sentence is refused, unless a yes/no of the sentence reads it
    (…且验收合格记4分;验收不合格不记分)."""
    def measured(r: Reading) -> bool:
        return ((r.condition is not None and r.per is None) or r.rate is not None
                or (r.target is not None and r.per is None)
                or r.proportional or r.rank is not None or r.peer is not None)

    used = set()
    for c, i in ((c, i) for c in clauses for i, p in enumerate(c.phrases) if _marker(p, A.Marker.ALSO)):
        p = c.phrases[i]
        own = next((r for r in readings if any(q is p for q in r.stmt.phrases)), None)
        # (…运输服务站得0.5分;面积1000平方米以上且正常运营得0.5分: a yes/no before, of another
        # thing, does not read 正常运营; one after it may: …且验收合格记4分;验收不合格不记分)
        if (own is None or not measured(own) or _names_the_measure(c.phrases[i + 1:])
                or any(_asks_a_yes_no(r) and r.stmt.span.start >= p.span.start for r in readings)):
            used.add(id(p))
    return used


def _requirement_beside_a_threshold(readings: list[Reading]) -> None:
    """面积不低于200平方米,且功能齐全的得2分: a threshold, then a requirement in words joined by
    且 (并, 同时, or for points given a clause of 无/未 and another thing): both are asked, the
    words as a yes/no (with the threshold alone, 且 was unread and the sentence refused; 并 and
    同时 were passed over). Words before the threshold may say what is measured (参加培训且考试
    合格人数10人以上), and a yes/no clause after may answer the words itself (…且验收合格记4分;
    验收不合格不记分): both are left as they were."""
    for n, r in enumerate(readings):
        if r.condition is None or r.joint or r.subjects or r.rate is not None or r.target is not None \
                or not _joint_outcome(r):
            _words_beside_a_threshold_passed_over(r)
            continue
        phrases = r.stmt.phrases
        also = [i for i, p in enumerate(phrases) if _marker(p, A.Marker.ALSO)]
        measured = [i for i, p in enumerate(phrases) if isinstance(p, (A.Compare, A.Range)) and id(p) in r.used]
        if len(also) > 1 or len(measured) != 1 or (also and id(phrases[also[0]]) in r.used):
            continue
        compared = measured[0]
        said_apart = not also and _asks_another_thing(r, phrases, compared)  # (…90%以上,无安全事故的)
        at = also[0] if also else compared if said_apart else _joined_in_words(phrases, compared)
        asked = _requirement_before_a_measure(phrases, at, compared) if also and compared > at else None
        if asked is not None:  # (建立工作台账且完成率达到90%以上的: the words, then the rate)
            r.joint = [(None, asked), (r.condition, phrases[compared])]
            r.condition = None
            r.used.add(id(phrases[at]))
            continue
        if at is None or compared > at:
            continue  # (参加培训且考试合格人数10人以上: the words before 且 may say whom the count counts)
        # the words after 且, up to the 的 or the points
        end = next((i for i in range(at + 1, len(phrases))
                    if _marker(phrases[i], A.Marker.DE) or isinstance(phrases[i], (A.Award, A.Deduct))), None)
        words = phrases[at + 1:end] if end is not None else []
        if words and not also and isinstance(words[0], A.Text) and _joining_word_alone(words[0]):
            words = words[1:]  # (,同时 无…)
        if words and _marker(words[0], A.Marker.NEG):  # (且无安全事故: the words a failing, asked as said)
            words = words[1:]
        # (且无累计亏损: 累计 a word among them)
        words = [p for p in words if not _marker(p, A.Marker.SUM_SCOPE)]
        whole = (r.stmt.text[words[0].span.start - r.stmt.span.start:words[-1].span.end - r.stmt.span.start]
                 if len(words) > 1 else "")
        but = any(terminal_regex("BUT_SAID").search(to_simplified(later.lead)) for later in readings[n + 1:])
        if (but and len(words) > 1 and isinstance(words[-1], A.Text) and not re.search(r"[,，;；、。]", whole)
                and all(isinstance(p, A.Text) or _marker(p, A.Marker.NEG) for p in words)):
            # (…且无逾期未整改隐患的得5分;…但有逾期未整改隐患的得3分: words with a 未 of their own inside,
            # one yes/no, where the case of one met but not the other follows; never across a comma:
            # 且运行良好,达不到标准的 ends in a failing)
            last = words[-1].text  # (当年无新增债务 is read again by 有新增债务的扣2分: its last words)
            words = [A.Text(whole, _spanning(words[0].span, words[-1].span))]
        else:
            last = ""
        # (…,且运行良好,达不到标准的不计分: a failing after the words, of which? left unread)
        shaped = len(words) == 1 and isinstance(words[0], A.Text) and words[0].text.strip(" \t\u3000,，")
        answered = any(_asks_a_yes_no(later) and (_reads_the_words(later, shaped) or _reads_the_words(later, last))
                       for later in readings[n + 1:])
        if said_apart and (not shaped or answered):
            # (no 且 to leave unread: the 无 is, rather than the threshold read alone)
            raise _unread(r.stmt, phrases[compared + 1])
        if not shaped or answered:
            continue  # (…且验收合格记4分;验收不合格不记分: the clause after reads the words)
        r.joint = [(r.condition, phrases[compared]), (None, words[0])]  # None: a yes/no, met when the words hold
        r.condition = None
        if also:
            r.used.add(id(phrases[at]))


def _joint_standards_of_steps(readings: list[Reading]) -> None:
    """衔接率达100%、帮教率达95%以上的得2分,衔接率每低1个百分点扣0.2分,帮教率每低1个百分点扣0.1分: both
    standards met earn the points, and each rate's steps below its own standard count down from them
    (refused: a joint clause beside others). Read as the first rate's threshold with its steps, then
    the second's steps below its standard, as 帮教率低于95%的,每低…扣0.1分 would be written."""
    if not readings or len(readings) < 3:
        return
    head, steps = readings[0], readings[1:]
    if (not head.joint or head.award is None or head.subjects or len(head.joint) != len(steps)
            or any(iv is None or iv.low is None or iv.high is not None or not isinstance(at, A.Compare)
                   for iv, at in head.joint)):
        return
    if not all(r.step is not None and r.step.kind is A.StepKind.SHORT and r.deduct is not None
               and r.condition is None and not r.joint and r.per is None for r in steps):
        return
    stmt = head.stmt
    names, start = [], stmt.span.start
    for _, at in head.joint:  # (衔接率 before 达100%, 帮教率 before 达95%以上: each rate's own name)
        words = stmt.text[start - stmt.span.start:at.span.start - stmt.span.start]
        names.append(to_simplified(re.sub(r"^[\s,，、;；]+|[\s,，、;；]+$", "", words)))
        start = at.span.end
    for name, r in zip(names, steps):
        said = to_simplified(r.stmt.text[:next(p for p in r.stmt.phrases if isinstance(p, A.Step)).span.start
                                         - r.stmt.span.start]).strip(" \t\u3000,，")
        # (录入率 for 矛盾纠纷录入平台率: its words in their order)
        if len(said) < 2 or not terminal_regex("RATE_WORD").search(said) or not (
                _in_order(said, name) or _in_order(name, said)):
            return
    (first, _), rest = head.joint[0], head.joint[1:]
    head.condition, head.joint = first, []
    for (iv, _), r in zip(rest, steps[1:]):
        r.condition = A.Interval(None, A.Bound(iv.low.value, not iv.low.inclusive), iv.unit)


def _words_beside_a_threshold_passed_over(r: Reading) -> None:
    """完成率100%,群众满意的得5分,每低1个百分点扣0.5分: words of another thing beside a threshold
    that steps (a rate, a target) read: nothing reads them, so they are refused, not passed over."""
    if r.period not in (None, 1):
        return  # (每学期…不少于2次,并详细记载…,3分: met every term, a yes/no of all the words)
    phrases = r.stmt.phrases
    at = next((i for i, p in enumerate(phrases) if (id(p) in r.used or p is r.rate_phrase)
               and isinstance(p, (A.Compare, A.Range, A.Amount))
               and getattr(getattr(p, "quantity", None), "unit", None) is not A.Unit.POINTS), None)
    if at is not None and _asks_another_thing(r, phrases, at):
        end = _words_end(phrases, at + 1)
        stmt = r.stmt.whole or r.stmt
        words = stmt.text[phrases[at + 1].span.start - stmt.span.start:phrases[end - 1].span.end - stmt.span.start]
        words = words.strip(" \t\u3000，,")
        joined = terminal_regex("ACTS_JOINED").match(to_simplified(words))
        asked = words[joined.end():] if joined else words  # (并有详细记录: 有详细记录 is asked)
        raise _Reject(error("E202", f"“{words}”是数值之外的另一个要求,读不出它和这句的计分怎样一起算",
                            _spanning(phrases[at + 1].span, phrases[end - 1].span),
                            hint=f"把它单独写成一句并写上分值,例如 {asked}的得1分;只是说明的,写进引号"))


def _requirement_before_a_measure(phrases, at: int, compared: int) -> A.Text | None:
    """建立工作台账且完成率达到90%以上的 / 建立稳定收入且达到5万元以上的: a requirement in words, then
    且 (at `at`) and a rate named (or the words' own amount, with no name between): the words, to be
    asked as a yes/no beside the comparison (the 且 was unread). Words before a count (参加培训且考试
    合格人数10人以上) may say whom it counts: None."""
    between = phrases[at + 1:compared]
    if not isinstance(phrases[compared], A.Compare) or not all(isinstance(p, A.Text) for p in between):
        return None
    name = to_simplified("".join(p.text for p in between)).strip(" \t\u3000,，")
    joined = terminal_regex("ACTS_JOINED").match(name)
    name = name[joined.end():] if joined else name
    quantity = phrases[compared].quantity
    if name and not (terminal_regex("RATE_WORD").search(name[-2:]) and quantity.unit is A.Unit.PERCENT) and not (
            # (纳入预算且到位金额不低于5万元: a sum of money named, never whom a count counts)
            terminal_regex("MONEY_NAME").search(name) and terminal_regex("MONEY").search(quantity.word or "")) and not (
            # (具备不间断电源且供电时间不低于2小时: a time, an area… named by what it measures)
            terminal_regex("MEASURE_NAME").search(name) and (quantity.unit is not A.Unit.COUNT or quantity.duration)):
        return None
    before = [p for p in phrases[:at] if not _marker(p, A.Marker.SUM_SCOPE)]
    if len(before) != 1 or not isinstance(before[0], A.Text) or not before[0].text.strip(" \t\u3000,，"):
        return None
    return before[0]


def _joined_in_words(phrases, at: int) -> int | None:
    """超过80%,同时运行良好的 / 2名以上,并经过培训的: the words right after the comparison at `at`
    open with 并, 同时 (as 且 does): that comparison's index, else None."""
    nxt = phrases[at + 1] if at + 1 < len(phrases) else None
    return at if isinstance(nxt, A.Text) and _after_joining_word(nxt.text) is not None else None


def _joining_word_alone(words: A.Text) -> bool:
    """,同时 (then 无…): the joining word and nothing of the requirement itself."""
    rest = _after_joining_word(words.text)
    return rest is not None and not rest.strip(" \t\u3000,，")


def _after_joining_word(text: str) -> str | None:
    """The words after the 并, 同时, 且 they open with (simplified), or None when they open with none."""
    lead = to_simplified(text).lstrip(" \t\u3000,，、")
    joined = terminal_regex("ACTS_JOINED").match(lead)
    return lead[joined.end():] if joined is not None else None


def _per_head_measure(r: Reading, required: Decimal) -> bool:
    """每万常住人口全科医生数达到3人: a measure per so many people, named before the comparison
    with what is required (按照每万人不少于1名的标准配备: a staffing standard, whose total the
    sentence does not say)."""
    phrases = r.stmt.phrases
    at = next((i for i, p in enumerate(phrases) if _marker(p, A.Marker.PER_CAPITA)), None)
    if at is None:
        return False
    named = next((i for i in range(at + 1, len(phrases)) if isinstance(phrases[i], A.Compare)
                  and phrases[i].quantity.value == required), None)
    if named == at + 1:
        # 食品抽检量达到每千人4批次的得2分: the number itself is per 1000 people (按照每万人不少于1名的
        # 标准配备…: words after it make it a staffing standard)
        return not any(isinstance(p, A.Text) and p.text.strip(" \t\u3000,，") for p in phrases[named + 1:])
    words = "".join(p.text for p in phrases[at + 1:named] if isinstance(p, A.Text)) if named is not None else ""
    return terminal_regex("PER_HEAD_MEASURE").search(to_simplified(words)) is not None


def _reads_the_words(r: Reading, words) -> bool:
    """A later clause that asks about the same words (…且验收合格记4分;验收不合格不记分), not another
    thing (…且量化分级达到A级的得3分,仅建设率达标的得2分: the A级 was passed over): its first two
    characters are among the clause's."""
    return bool(words) and to_simplified(words)[:2] in to_simplified(r.stmt.text)


def _asks_a_yes_no(r: Reading) -> bool:
    """A clause of its own yes/no. 否则不得分, 其余不得分 and a bare 未达到的 answer the clause
    before them, and so read no requirement of their own."""
    return (r.condition is None and r.rate is None and r.target is None and r.per is None
            and r.step is None and r.gives and not (r.otherwise or r.rest or _bare_failing(r)))


def _names_the_measure(after) -> bool:
    """The words after a 且 run through a 的 into the comparison of their clause."""
    for k, p in enumerate(after):
        if isinstance(p, (A.Compare, A.Range)):
            return any(_marker(q, A.Marker.DE) for q in after[:k])
        if not isinstance(p, A.Text) and not _marker(p, A.Marker.DE):
            return False
    return False


def _sample_read(clauses, readings: list[Reading]) -> set[int]:
    """随机访谈10户居民,未达标扣1分 / 抽查5户,每户不合格扣1分: the sample describes where failings
    are looked for, or what is counted. 抽查3位农户,农户熟悉…得2分,共6分 says neither whether
    the 2 are for each one or for all: the sample stays unread and the sentence is refused. What
    comes before the sample is no score of it (知晓率达100%计6分,随机抽3人回答,1人不知晓扣2分)."""
    samples = [p for c in clauses for p in c.phrases if _marker(p, A.Marker.SAMPLE_COUNT)]
    # (随机抽查10户,群众知晓率达到80%以上的得2分: a share of the sample, the value given)
    if samples and all(r.is_deduction or r.per is not None or r.step is not None
                       or (r.condition is not None and r.condition.unit is A.Unit.PERCENT)
                       for r in readings if r.stmt.span.end > samples[0].span.start):
        return {id(p) for p in samples}
    return set()


def _whether_answered(readings: list[Reading], named: bool) -> set[int]:
    """查看是否建立制度,建立的得2分 / 是否上会部署,有得10分,无扣2分: a 的, the other answer
    written out, or a count of failings says which answer scores; 是否吸烟(10分) says none,
    unless the rule line names its fact (满意度测评全员参与: …是否全员参与。(1分)), which is
    what 是 answers."""
    used = set()
    for r in readings:
        if named:
            used.update(id(p) for p in r.stmt.phrases if _marker(p, A.Marker.WHETHER))
            continue
        # (不按规定布线 in the same clause is part of the question, not its other answer)
        answered = any(x.negative for x in readings if x is not r)
        # 查看是否填写完整,发现一处扣0.1分: what is counted is the failing
        counted = any(x.per is not None or x.step is not None for x in readings)
        if (answered or counted or _answered_after(r) or _asks_for_a_duty(r)
                or any(_marker(p, A.Marker.DE) for p in r.stmt.phrases)):
            used.update(id(p) for p in r.stmt.phrases if _marker(p, A.Marker.WHETHER))
    return used


def _asks_for_a_duty(r: Reading) -> bool:
    """6.26国际禁毒日是否组织宣传活动(10分): points alone after a question of a duty are for
    doing it, 是; 是否吸烟(10分) or 是否不按规定布线 asks of a failing, whose points may be taken."""
    return (r.award is not None and r.deduct is None and not r.zero and not r.negative
            and r.per is None and r.step is None and r.condition is None and not _says_its_failing(r)
            and terminal_regex("ASKS_OF_A_FAILING").search(_outside_brackets(r)) is None)


def _answered_after(r: Reading) -> bool:
    """档案标示是否清晰明朗,否扣0.5分 / 存放是否便于取阅,不便扣0.5分: the question, then after a comma
    the answer that is taken (是: that answer holds, as for any failing); in the question's own
    clause (是否不按规定布线(10分)) a negation is part of what is asked."""
    if r.deduct is None and not r.zero:
        return False
    phrases = r.stmt.phrases
    asked = next((i for i, p in enumerate(phrases) if _marker(p, A.Marker.WHETHER)), None)
    if asked is None:
        return False
    start = r.stmt.span.start
    for p in phrases[asked + 1:]:
        between = r.stmt.text[phrases[asked].span.end - start:p.span.start - start]
        if not re.search(r"[,，;；]", between):
            continue
        said = _marker(p, A.Marker.NEG) or (isinstance(p, A.Text) and terminal_regex("WHETHER_NO").match(p.text))
        # (…是否相符,不符及时查明原因,否则扣10分: the points are for the clause after, not for 不符)
        taken = next((q for q in phrases if isinstance(q, A.Deduct) or _marker(q, A.Marker.ZERO)), None)
        return bool(said) and taken is not None and taken.span.start >= p.span.end and not re.search(
            r"[,，;；]", r.stmt.text[p.span.end - start:taken.span.start - start])
    return False


def _floor_counts_the_failing(rule: A.Node, ctx: Context, clauses) -> A.Node:
    """总分10分,发现未按要求批阅的扣1分,扣完为止: one failing found or happening (发现, 发生, 迟到…),
    taking less than the points it comes off, with a floor, is taken each time (once, the floor could
    never be reached: read so, five found lost 1). A state (未建立台账的扣1分,扣完为止) stays a yes/no."""
    nodes = list(A.rule_nodes(rule))
    scoring = list(A.scoring_rules(rule))
    own = next((n.points for n in nodes if isinstance(n, A.OwnPoints)), ctx.item_points)
    if not (any(isinstance(n, A.Floor) for n in nodes) and len(scoring) == 1 and own is not None
            and isinstance(scoring[0], A.BooleanDeduction) and scoring[0].points is not None
            and not scoring[0].on_no and scoring[0].points < own):
        return rule
    text = to_simplified(_text_of(clauses))  # (the words, only for a rule of that shape)
    if not any(terminal_regex(t).search(text) for t in ("INCIDENT_VERB", "FAILING_WORD")):
        return rule
    return _each_time(rule, scoring[0].span)


def _each_time(rule: A.Node, said: Span) -> A.Node:
    """The rule with its yes/no awards and deductions counted, one for each time (counts stay as
    they are); refused where something else scores (levels, tiers, 不得分): which of it happens again?"""
    if isinstance(rule, A.WRAPPERS):
        return replace(rule, rule=_each_time(rule.rule, said))
    if isinstance(rule, A.GroupCap):
        return replace(rule, rules=tuple(_each_time(r, said) for r in rule.rules))
    if isinstance(rule, A.BooleanAward):
        return A.PerCountAward(rule.fact, Decimal(1), rule.points, rule.span)
    if isinstance(rule, A.BooleanDeduction) and rule.points is not None and not rule.on_no:
        return A.PerCountDeduction(rule.fact, Decimal(1), rule.points, rule.span)
    if isinstance(rule, (A.PerCountAward, A.PerCountDeduction, A.ListedValues)):
        return rule
    raise _Reject(error("E202", "“可累计”说每发生一次都计分,但这句的计分不是按次数的,不清楚累计什么", said,
                        hint="写成 每次加5分(可累计),或删去“可累计”"))


def _accumulated(rule: A.Node, clauses) -> tuple[A.Node, set[int]]:
    """被采用的加5分,可累计: each occurrence scores again, so the yes/no awards and deductions are
    counts (per one)."""
    marks = [p for c in clauses for p in c.phrases if _marker(p, A.Marker.ACCUMULATES)]
    if not marks:
        return rule, set()
    return _each_time(rule, marks[0].span), {id(p) for p in marks}


def _not_twice(rule: A.Node, clauses, slots: list[_Slot], given: set[int]) -> tuple[A.Node, set[int]]:
    """按最高级别加分,不重复加分 beside one value says how to count it (each matter once); so it
    does beside counts of several kinds (同一村按最高级别计分: each village counted once, at its
    highest). Beside several yes/no awards (获评全国文明单位的加3分,省级的加2分…) only the highest
    counts, within the sentence's limit (同一项目按最高级别加分 too: a yes/no for each level says
    whether the unit holds it, and the matter at its highest is the best of them); beside anything
    else it is refused."""
    marks = [(p, c) for c in clauses for p in c.phrases if _marker(p, A.Marker.NOT_TWICE)]
    each_once = terminal_regex("EACH_MATTER_ONCE")
    if (len(slots) == 1 and isinstance(A.unwrap(rule), (A.BooleanAward, A.BooleanDeduction))
            and any(each_once.match(to_simplified(c.text[p.span.start - c.span.start:])) for p, c in marks)):
        # 发现问题的扣1分,同一问题只扣一次: each problem once, so the problems are counted (read as a
        # yes/no, five problems lost 1)
        return _each_time(rule, marks[0][0].span), {id(p) for p, _ in marks}
    if (marks and len(slots) == 1 and isinstance(A.unwrap(rule), (A.PerCountAward, A.PerCountDeduction))
            and terminal_regex("NOT_ADDED_UP").search(to_simplified(marks[0][1].text))):
        # 任一项加1分,不累计加分: once, though the rule counts each (read per item: three scored 3)
        raise _Reject(error(
            "E202", "“不累计”说只计一次,但这句是按数量逐个计分的", marks[0][0].span,
            hint="只计一次的写成 建立其中至少一项的,加1分"))
    marks = [p for p, _ in marks]
    if not marks or len(slots) <= 1:
        return rule, {id(p) for p in marks}
    parts = rule.rules if isinstance(rule, A.GroupCap) else ()
    inner = [A.unwrap(r) for r in parts]
    if (inner and all(isinstance(r, A.PerCountAward) for r in inner)) or (
            # (获得国家级、省级表彰的,每项分别加2分、1分: counts of each kind listed)
            isinstance(A.unwrap(rule), A.ListedValues) and all(x > 0 for x in A.unwrap(rule).points)):
        # (each matter in one count alone, as `try` tells with the values)
        return rule, {id(p) for p in marks}
    # (…不少于40学时的得2分;获评市级的另加1分,获评省级的另加2分(不重复加分): the best of the yes/no
    # awards at the end, on top of what comes before them)
    # (…区级的加1分,同一项目按最高级别加分,不重复计分;获得市级以上表彰的,另加0.5分: what comes after
    # the note is on top of the best)
    late = [p.span.start for c in clauses for p in c.phrases
            if isinstance(p, A.Award) and p.span.start > marks[-1].span.end]
    after = tuple(r for r in parts if any(r.span.start <= at < r.span.end for at in late))
    parts = tuple(r for r in parts if all(r is not a for a in after))
    inner = [A.unwrap(r) for r in parts]
    run = len(parts)
    while run > 0 and isinstance(A.unwrap(parts[run - 1]), A.BooleanAward) and id(parts[run - 1]) not in given:
        run -= 1
    if len(parts) - run < 2:
        run = 0  # (all of them given: the best of all)
    if inner and all(isinstance(r, A.BooleanAward) for r in inner[run:]):
        kept, best = parts[:run], A.Highest(parts[run:], rule.span)
        return (A.GroupCap((*kept, best, *after), rule.limit, rule.span) if kept or after or rule.limit is not None
                else best), {id(p) for p in marks}
    raise _Reject(error(
        "E202", "“不重复计分(按最高计)”说几个分句只取其一,但各分句读的是各自的值,不清楚同一事项怎样只计一次",
        marks[0].span, hint="把各级写成档次,读一个值: 按国家级、省级、市级三档,分别加3分、2分、1分"))


def _money_in_brackets(clause: A.Clause, p) -> bool:
    """一般刑事案件(500元1000元): money in brackets names the kind of case; it is never points."""
    if not (isinstance(p, A.Amount) and terminal_regex("MONEY").fullmatch(p.quantity.word)):
        return False
    before = clause.text[:p.span.start - clause.span.start]
    opened = max(before.rfind("("), before.rfind("（"))
    return opened > max(before.rfind(")"), before.rfind("）"))


def _clause_of(clauses, p) -> A.Clause:
    return next(c for c in clauses if any(q is p for q in c.phrases))


def _clause_at(clauses, p) -> A.Clause | None:
    """The clause whose words hold `p` (a limit moved into a statement's caps is in no clause's phrases)."""
    return next((c for c in clauses if c.span.start <= p.span.start < c.span.end), None)


def _shown(clause: A.Clause, p) -> str:
    start = p.span.start - clause.span.start
    end = p.span.end - clause.span.start
    return clause.text[start:end] if 0 <= start < end <= len(clause.text) else ""


# ------------------------------------------------------------------ binding facts

def sentence_fact_names(count: int) -> list[str]:
    """The names a sentence gives the facts it reads when no rule line names them, in the
    order its clauses read them: 值, or 值1, 值2 …."""
    return ["值"] if count == 1 else [f"值{i + 1}" for i in range(count)]


def _bind(rule: A.Node, slots: list[_Slot], facts, span: Span) -> A.Node:
    """Replace the placeholders by the rule line's facts, in order (E203 if the number differs)."""
    named = facts is not None  # then the rule holds the facts themselves (see read_sentence)
    if facts is None:
        facts = tuple(A.FactRef(n, "值" if s.records else None, span)
                      for n, s in zip(sentence_fact_names(len(slots)), slots))
    if len(facts) != len(slots):
        listing = ";".join(f"{i + 1}. “{s.text.strip('，,;；。 ')[:30]}”" for i, s in enumerate(slots))
        raise _Reject(error(
            "E203", f"这句规则读 {len(slots)} 个事实,行首列了 {len(facts)} 个", span,
            hint=f"按顺序列出每个分句读的事实: {listing}" if len(slots) > 1
            else "这句规则只读一个事实,行首只保留一个名称"))
    for fact, s in zip(facts, slots):
        if s.records and fact.attribute is None:
            raise _Reject(error("E207", f"“{fact.label}”要逐条计分,应写成记录列表,例如 {fact.name}[属性]",
                                fact.span, hint=f"方括号里写每条记录要比较的属性,例如 {fact.name}[阅读量]"))
        if not s.records and fact.attribute is not None:
            raise _Reject(error("E207", f"“{fact.label}”是记录列表,但句子没有按每条记录的条件计分", fact.span,
                                hint="去掉方括号里的属性名,或写出每条记录的分档条件"))
    if named:
        return rule
    names = {f"#{i}": f for i, f in enumerate(facts)}
    return _rewritten(rule, lambda v: names.get(v.name, v) if isinstance(v, A.FactRef) else None)


def _rewritten(value, swap):
    """`value` with swap(node) in place of every node swap returns one for (None: look inside it);
    a FactRef is looked at, never inside. What nothing was swapped in stays the same object (later
    stages tell parts apart by identity)."""
    new = swap(value)
    if new is not None:
        return new
    if isinstance(value, tuple):
        parts = tuple(_rewritten(v, swap) for v in value)
        return value if all(a is b for a, b in zip(parts, value)) else parts
    if is_dataclass(value) and isinstance(value, A.Node) and not isinstance(value, (A.Clause, A.Tier, A.FactRef)):
        changed = {f.name: _rewritten(getattr(value, f.name), swap) for f in fields(value) if f.name != "span"}
        if all(changed[name] is getattr(value, name) for name in changed):
            return value
        return replace(value, **changed)
    return value


def _one_point_between_equal_tiers_closed(rule: A.Node) -> A.Node:
    """高于10%的得5分,低于10%的,每低1个百分点扣1分: the points above 10% and where the steps below
    start are the same 5; exactly at 10% neither tier holds, and it scored 0. The one point between
    two tiers of equal points is theirs."""
    def swap(node):
        if not isinstance(node, A.Tiers):
            return None
        for b in node.tiers:
            high = b.interval.high
            if high is None or high.inclusive or b.zero or any(t.interval.contains(high.value) for t in node.tiers):
                continue
            if any(a.points == b.points and not a.zero and a.interval.low is not None
                   and a.interval.low.value == high.value for a in node.tiers):
                closed = replace(b, interval=replace(b.interval, high=replace(high, inclusive=True)))
                return replace(node, tiers=tuple(closed if t is b else t for t in node.tiers))
        return None
    return _rewritten(rule, swap) if any(isinstance(n, A.Tiers) for n in rule.walk()) else rule


def slot_texts(clauses, ctx: Context) -> list[str]:
    """The words that read each fact of a sentence, in order (empty when it cannot be read):
    what `try` shows beside each value it asks for."""
    try:
        _, slots = read_sentence(tuple(clauses), False, clauses[0].span, ctx)
    except _Reject:
        return []
    return [s.text.strip("，,;；。:： \t") for s in slots]


# ------------------------------------------------------------------ grade bands

def assemble_bands(raw, convention, style, diagnostics: list[Diagnostic]) -> A.GradeBands:
    # a band sentence's own boundary sentence at its end decides for its bands
    ctx = Context(convention=raw.convention or convention, range_style=style)
    bands: list[A.Band] = []
    if raw.sentence:
        pending: list[A.Clause] = []
        label: str | None = None  # 优秀:90分以上: the words before a colon name the band after it

        def close_label():
            nonlocal label
            if label is not None and pending:
                phrases, text, span = _join(pending)
                bands.append(_band(label, phrases, False, text, span, ctx, diagnostics))
                pending.clear()
            label = None

        for line in raw.lines:
            if line.past_grade is not None:
                # 考核结果为合格档次(70分以上)的人员按规定…发放…奖金: the grade is 合格; the words after
                # it say what follows (read as the grade, 合格 was lost)
                past = line.past_grade
                diagnostics.append(error(
                    "E214", f"“{past.grade}”不是等级的条件,也不是等级名称,读不出它属于哪个等级", past.span,
                    hint="等级写成 90分以上为优秀;说明性的文字写进括号"))
            named = _band_label(line)
            if named is not None:
                close_label()
                if not pending:
                    label = named
                    continue
            if (not bands and not pending and label is None and not line.otherwise
                    and (line.grade is None or "、" in line.grade.grade
                         # (考核结果分为四个等次: how many grades, not one of them)
                         or terminal_regex("BAND_COUNT").fullmatch(to_simplified(line.grade.grade) + "等次"))
                    and not (_states_condition(line.clause.phrases) and line.grade is not None)
                    and not _compares(line.clause.phrases)):
                # 考核结果分三个等级, / 分为优秀、良好、合格、不合格四个等次, / 满分为100分,:
                # what follows is announced, not a band
                continue
            first = _named_first(line.clause) if line.grade is None and not pending and label is None else None
            if first is not None:  # 良好70-89分, D 为 60 分以下: the name, then its condition
                phrases, text, span = _join([line.clause])
                bands.append(_band(first, phrases[1:], False, text, span, ctx, diagnostics))
                continue
            if line.grade is None:
                if (bands and not pending and label is None and line.clause.phrases
                        and not _states_condition(line.clause.phrases)
                        and _without_remarks(line.clause.text).strip("(（ \t\u3000")):
                    # …达到12分的餐饮企业,将被重罚或停业,而…达到18分的…: words after a band that are
                    # neither its condition nor a grade (read into the next band's words, unread)
                    diagnostics.append(error(
                        "E214", f"“{line.clause.text.strip()}”不是等级的条件,也不是等级名称,读不出它属于哪个等级",
                        line.clause.span, hint="等级写成 90分以上为优秀;说明性的文字写进括号"))
                    continue
                pending.append(line.clause)
                if label is not None and line.clause.separator.strip() in ("。", ";", "；"):
                    # 良:70分以上,未满85分。考核成绩未达70分者,不予列等: a stop ends the named band
                    close_label()
                continue
            grade = line.grade.grade
            if label is not None:  # 合格单位:60-80分的为基本合格单位: the band's own grade wins,
                # unless it is only what the band is of (A类:得分在91-100分的零售客户)
                grade = label if line.grade.after_de and not terminal_regex("HEADING_WORDS").search(
                    to_simplified(label)) else grade
                pending = [c for c in pending if _compares(c.phrases)]
                label = None
            clauses = pending + [line.clause]
            pending = []
            phrases, text, span = _join(clauses)
            bands.append(_band(grade, phrases, line.otherwise, text, span, ctx, diagnostics))
        close_label()
        for clause in pending:
            if not clause.text.strip("(（ \t") or not clause.phrases:
                continue  # 。(以上含本数…): the bracket before the boundary sentence; 。(以检查记录为准)
            diagnostics.append(error("E214", "这个分句写了条件,但没有写等级(如 为优秀)", clause.span))
        if not bands:  # 等级: 得2分: every clause was passed over as an announcement
            diagnostics.append(error("E214", "等级句子里没有读出任何等级(如 90分以上为优秀)", raw.span,
                                     hint="写成 等级: 90分以上为优秀,75分至90分为良好,其余为合格"))
    else:
        for line in raw.lines:
            bands.append(_band(line.label, list(line.phrases), line.otherwise, line.text, line.span, ctx, diagnostics))
    bands = [_lettered(b) for b in _whole_number_gaps_closed(bands)]
    seen: set[str] = set()
    for band in bands:
        if band.grade in seen:
            diagnostics.append(error("E214", f"等级“{band.grade}”出现了两次", band.span))
        seen.add(band.grade)
    return A.GradeBands(tuple(bands), raw.sentence, raw.text, raw.span)


def _lettered(band: A.Band) -> A.Band:
    """A级, B級, C: a grade named by one letter knows its place from A (26—40分的为C级;40分以上的为D级:
    at 40 the better grade is C, whichever way the totals run)."""
    name = to_simplified(band.grade).strip()
    if not terminal_regex("GRADE_LETTER").fullmatch(name):
        return band
    return replace(band, letter=ord(unicodedata.normalize("NFKC", name[0])) - ord("A"))


def _band_label(line) -> str | None:
    """`(二)甲等:` / `5A级(AAAAA):`: words with no condition and no grade, ending at a colon,
    name the band whose condition follows; the list number and a bracketed gloss are not
    part of the name."""
    clause = line.clause
    name = _without_remarks(clause.text).strip()
    number = terminal_regex("LIST_LABEL").match(name)
    if (line.grade is not None or line.otherwise or _states_condition(clause.phrases)
            or not (number or terminal_regex("BAND_COLON").fullmatch(clause.separator.strip()))):
        return None
    name = name[number.end():].strip() if number else name
    name = re.sub(r"[(（][^()（）0-9０-９]*[)）]$", "", name).strip()
    longest = 16 if terminal_regex("BAND_COLON").fullmatch(clause.separator.strip()) else 8
    if terminal_regex("BAND_COUNT").search(to_simplified(name)):
        return None  # (评价等级划分五个等级:评分950分及以上的A级: how many grades, announced; no name of one)
    return name if 0 < len(name) <= longest else None


def _named_first(clause) -> str | None:
    """良好70-89分 / A 为 90~100 分 / D 为 60 分以下: a short name standing first, then (after
    an optional 为) the total it takes; nothing after the condition but its own words."""
    phrases = clause.phrases
    if len(phrases) < 2 or not isinstance(phrases[0], A.Text) or not _compares(phrases[1:2]):
        return None
    if any(isinstance(p, A.Text) and p.text.strip(" \t\u3000.．。") for p in phrases[2:]):
        return None
    name = phrases[0].text.strip()
    number = terminal_regex("LIST_LABEL").match(name)
    name = name[number.end():].strip() if number else name
    # (五星級, A 爲: the words for a grade are in the grammar simplified; the name keeps the original)
    named = _naming_at_end().search(to_simplified(name))
    name = (name[:named.start()] if named is not None else name).strip()
    plain_name = to_simplified(name)
    grade_like = (terminal_regex("GRADE_CODE").fullmatch(plain_name) or terminal_regex("LEVEL_WORD").fullmatch(plain_name)
                  or terminal_regex("GRADE_END").search(plain_name))
    condition = phrases[1]
    unit = _range_unit(condition) if isinstance(condition, A.Range) else (
        condition.quantity.unit if isinstance(condition, A.Compare) else None)
    if not grade_like or len(name) > 8 or unit not in (A.Unit.POINTS, A.Unit.NONE):
        return None  # (公开查处情况0.3-1分: an amount judged; 培训成员不少于20%: a requirement)
    return name


def _compares(phrases) -> bool:
    return any(isinstance(p, (A.Compare, A.Range, A.OpSymbol)) for p in phrases)


def _states_condition(phrases) -> bool:
    """Does a band's clause hold a condition on the total (a comparison, a range, a score)?"""
    return any(isinstance(p, (A.Compare, A.Range, A.OpSymbol))
               or (isinstance(p, A.Amount) and p.quantity.unit in (A.Unit.POINTS, A.Unit.PERCENT))
               for p in phrases)


def _band(grade, phrases, otherwise, text, span, ctx, diagnostics) -> A.Band:
    if any(terminal_regex(words).search(to_simplified(grade))
           for words in ("ZERO", "PROPORTIONAL", "JUDGED", "FULL_PTS", "HALVED", "DOUBLED")):
        # 60%以下的不得分,60%以上的按比例计分: scoring, not grades
        diagnostics.append(error("E214", f"“{grade}”是计分的话,不是等级名称", span,
                                 hint="等级写成 90分以上为优秀 这样的句子"))
    if grade and terminal_regex("NUMBER_NOT_GRADE").search(to_simplified(grade)):
        # 按100分记 / 需整改且15天之内复查: a number in a grade's name is a rule's or an action's
        diagnostics.append(error("E214", f"“{grade}”里有数字,不像等级名称", span,
                                 hint="等级写成 90分以上为优秀 这样的句子;计分的话写成规则"))
        return A.Band(grade, None, text, span)
    if otherwise:
        return A.Band(grade, None, text, span)
    negated = next((p for before, p in zip(phrases, phrases[1:]) if isinstance(p, (A.Compare, A.Range))
                    and isinstance(before, A.Text) and terminal_regex("NEG").search(before.text[-2:])), None)
    if negated is not None:  # 没有达到90分: a band's condition is never read the other way round
        diagnostics.append(error("E214", f"等级“{grade}”的条件前有否定词,条件的方向读不准", negated.span,
                                 hint="写成 90分以下、未达到90分 或 低于90分"))
        return A.Band(grade, None, text, span)
    if (len(phrases) > 1 and isinstance(phrases[0], A.Amount) and phrases[0].quantity.unit is A.Unit.NONE
            and isinstance(phrases[1], A.Text) and re.match(r"[.．、][ \t\u3000]*[\u4e00-\u9fff]", phrases[1].text)):
        phrases = phrases[1:]  # 4.評鑑成績未滿七十分者: the list's number, no bound of the band
    used: set = set()
    try:
        interval = condition_of(phrases, ctx, span, used, on_points=True)
    except _Reject as reject:
        diagnostics.append(reject.diagnostic)
        return A.Band(grade, None, text, span)
    unread = next((p for p in phrases if isinstance(p, A.Amount) and id(p) not in used), None)
    if unread is not None:  # 累计10个月或以上…得分均≧90分: a second condition, not read
        diagnostics.append(error("E214", f"等级“{grade}”的条件里有没读懂的数字", unread.span,
                                 hint="每个等级只写一个总分条件,例如 90分以上为优秀"))
    counted = any(id(p) in used and isinstance(after, A.Text)
                  and any(terminal_regex(unit).match(after.text.lstrip()) for unit in ("MONEY", "COUNTER", "MEASURE"))
                  for p, after in zip(phrases, phrases[1:]))
    if interval is not None and (interval.unit not in (A.Unit.POINTS, A.Unit.PERCENT, A.Unit.NONE) or counted):
        # 罚款100-200元/次: a band is a range of the total score, never of money or of counts
        diagnostics.append(error("E214", f"等级“{grade}”的条件不是分数", span,
                                 hint="等级按总分划分,例如 90分以上为优秀"))
        return A.Band(grade, None, text, span)
    if interval is None:
        diagnostics.append(error("E214", f"等级“{grade}”没有写分数条件", span,
                                 hint="例如 90分以上、80分至90分;兜底的等级写“其余”"))
    return A.Band(grade, interval, text, span)
