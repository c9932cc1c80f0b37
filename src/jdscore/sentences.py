"""What a rule sentence means: phrases -> one typed rule of LANGUAGE.md §4.

A sentence is split into clauses at , ; 。 by the grammar. Here clauses become
*statements*: a clause that only states a condition (`年保持率在85%以上的`) joins the
clause that gives its points (`计0.5分`); a clause that only caps or floors
(`最高计1分`, `扣完为止`) modifies what came before. The rule kind then follows from
which phrases the statements hold. Nothing here looks at the words themselves: the
grammar has already said which phrase each word is.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from . import ast as A
from .diagnostics import Diagnostic, error
from .source import Span


@dataclass(frozen=True)
class Context:
    convention: A.Convention | None = None
    range_style: A.RangeStyle = A.RangeStyle.CLOSED
    role: A.Role = A.Role.BASE
    item_points: Decimal | None = None
    veto_grade: str | None = None
    metric_names: frozenset[str] | set[str] = frozenset()
    target: bool = False  # a `达标` line: a requirement without points


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
}
_OP_MEANING = {A.Cmp.GE: (_UP, True), A.Cmp.GT: (_UP, False), A.Cmp.LE: (_DOWN, True),
               A.Cmp.LT: (_DOWN, False), A.Cmp.EQ: (_EQUAL, True)}
_FLIP = {_UP: _DOWN, _DOWN: _UP, _EQUAL: _EQUAL}


def _one_sided(direction: str, value: Decimal, inclusive: bool, unit: A.Unit) -> A.Interval:
    bound = A.Bound(value, inclusive)
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
    return _one_sided(direction, cmp.quantity.value, inclusive, cmp.quantity.unit)


def _unify_range(low: A.Quantity, high: A.Quantity) -> tuple[Decimal, Decimal, A.Unit]:
    """`5—10万` means 5万 to 10万; `70至85%` means 70% to 85%."""
    low_value = low.value
    if low.multiplier == 1 and high.multiplier > 1:
        low_value = low_value * high.multiplier
    unit = high.unit if low.unit is A.Unit.NONE else low.unit
    if low.unit is A.Unit.NONE and high.unit is A.Unit.PERCENT:
        low_value = low_value / 100
    return low_value, high.value, unit


def range_interval(rng: A.Range, ctx: Context) -> A.Interval:
    low, high, unit = _unify_range(rng.low, rng.high)
    if low > high:
        raise _Reject(error("E209", f"区间下限 {low} 大于上限 {high}", rng.span,
                            hint="把小的数写在前面,例如 70%至85%"))
    style = ctx.range_style
    low_inc = style in (A.RangeStyle.CLOSED, A.RangeStyle.LEFT_CLOSED)
    high_inc = style in (A.RangeStyle.CLOSED, A.RangeStyle.RIGHT_CLOSED)
    if rng.high.bound is not None:  # 70%至85%(不含)
        high_inc = rng.high.bound
    return A.Interval(A.Bound(low, low_inc), A.Bound(high, high_inc), unit)


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

    unit = a.unit if a.unit is not A.Unit.NONE else b.unit
    return A.Interval(tighter_low(a.low, b.low), tighter_high(a.high, b.high), unit)


def _negate(interval: A.Interval, span: Span) -> A.Interval:
    if interval.low is not None and interval.high is None:
        return A.Interval(None, A.Bound(interval.low.value, not interval.low.inclusive), interval.unit)
    if interval.high is not None and interval.low is None:
        return A.Interval(A.Bound(interval.high.value, not interval.high.inclusive), None, interval.unit)
    raise _Reject(error("E210", "“未…”后面是一个区间,取反后是两段,无法作为一个条件", span,
                        hint="把条件改写成 低于X 或 超过Y 的形式"))


def condition_of(phrases, ctx: Context, span: Span) -> A.Interval | None:
    """The one condition a statement states on its value, or None."""
    found: list[A.Interval] = []
    negate = False
    for i, p in enumerate(phrases):
        if isinstance(p, A.MarkerPhrase) and p.marker is A.Marker.NEG:
            negate = True
        elif isinstance(p, A.Compare):
            interval = compare_interval(p, ctx)
            found.append(_negate(interval, p.span) if negate else interval)
        elif isinstance(p, A.Range):
            interval = range_interval(p, ctx)
            found.append(_negate(interval, p.span) if negate else interval)
    symbol = _symbol_condition(phrases)
    if symbol is not None:
        found.append(symbol)
    if not found:
        return None
    if len(found) > 1:
        raise _Reject(error(
            "E202", "一个分句里有多个比较条件,无法判断按哪一个计分", span,
            hint="每个分句只写一个条件;若这句是对情形的描述,请在行首加“评定”"))
    return found[0]


def _symbol_condition(phrases) -> A.Interval | None:
    """`80分<总分<90分`, `总分=90分`, `≥95%`: symbols between a number and the subject."""
    result: A.Interval | None = None
    for i, p in enumerate(phrases):
        if not isinstance(p, A.OpSymbol):
            continue
        direction, inclusive = _OP_MEANING[p.op]
        right = phrases[i + 1] if i + 1 < len(phrases) else None
        left = phrases[i - 1] if i > 0 else None
        if isinstance(right, A.Amount):
            q = right.quantity
            part = _one_sided(direction, q.value, inclusive, q.unit)
        elif isinstance(left, A.Amount):
            q = left.quantity
            part = _one_sided(_FLIP[direction], q.value, inclusive, q.unit)
        else:
            continue
        result = part if result is None else _intersect(result, part)
    return result


# ------------------------------------------------------------------ statements

_OUTCOME_MARKERS = {A.Marker.ZERO, A.Marker.JUDGED, A.Marker.PROPORTIONAL, A.Marker.VETO}
_QUIET = (A.Text,)


def _is_bare_points(p) -> bool:
    return isinstance(p, A.Amount) and p.quantity.unit is A.Unit.POINTS


def _is_outcome(p) -> bool:
    if isinstance(p, (A.Award, A.Deduct, A.Listed)):
        return True
    if isinstance(p, A.MarkerPhrase) and p.marker in _OUTCOME_MARKERS:
        return True
    return _is_bare_points(p)


def _is_modifier(p) -> bool:
    return isinstance(p, A.CapPhrase) or (isinstance(p, A.MarkerPhrase) and p.marker is A.Marker.FLOOR)


def _is_filler(p) -> bool:
    return isinstance(p, A.Text) or (isinstance(p, A.MarkerPhrase) and p.marker in (
        A.Marker.SCOPE, A.Marker.SUM_SCOPE, A.Marker.DE))


@dataclass
class Statement:
    phrases: list
    text: str
    span: Span
    caps: list = field(default_factory=list)  # (CapPhrase, whole rule?)


@dataclass
class _Split:
    statements: list[Statement]
    whole_caps: list[A.CapPhrase]
    floor: bool
    trailing: list[A.Clause]


def _join(clauses: list[A.Clause]) -> tuple[list, str, Span]:
    phrases = [p for c in clauses for p in c.phrases]
    text = "".join(c.text + c.separator for c in clauses[:-1]) + clauses[-1].text
    first, last = clauses[0].span, clauses[-1].span
    span = Span(first.file, first.line, first.column, last.end_line, last.end_column,
                first.start, last.end)
    return phrases, text, span


def split_statements(clauses) -> _Split:
    statements: list[Statement] = []
    pending: list[A.Clause] = []
    whole_caps: list[A.CapPhrase] = []
    floor = False
    for clause in clauses:
        phrases = list(clause.phrases)
        floors_here = any(isinstance(p, A.MarkerPhrase) and p.marker is A.Marker.FLOOR for p in phrases)
        floor = floor or floors_here
        caps = [p for p in phrases if isinstance(p, A.CapPhrase)]
        scoped = any(isinstance(p, A.MarkerPhrase) and p.marker in (A.Marker.SCOPE, A.Marker.SUM_SCOPE)
                     for p in phrases)
        rest = [p for p in phrases if not _is_modifier(p)]
        if any(_is_outcome(p) for p in phrases):
            joined, text, span = _join(pending + [clause])
            stmt = Statement([p for p in joined if not _is_modifier(p)], text, span)
            for cap in caps:
                stmt.caps.append((cap, scoped or cap.style is A.CapStyle.TOTAL))
            statements.append(stmt)
            pending = []
        elif (caps or floors_here) and all(_is_filler(p) for p in rest):
            for cap in caps:
                if scoped or cap.style is A.CapStyle.TOTAL or not statements:
                    whole_caps.append(cap)
                else:
                    statements[-1].caps.append((cap, False))
        else:
            pending.append(clause)
    return _Split(statements, whole_caps, floor, pending)


# ------------------------------------------------------------------ one statement

@dataclass
class _Reading:
    """What one statement says."""

    stmt: Statement
    condition: A.Interval | None
    per: Decimal | None
    award: A.Quantity | None = None
    deduct: A.Quantity | None = None
    high: A.Quantity | None = None  # a judged range's upper end
    zero: bool = False
    judged: bool = False
    proportional: bool = False
    veto: bool = False
    listed: A.Listed | None = None
    deficit: A.DeficitPhrase | None = None
    shortfall: A.ShortfallPhrase | None = None
    rank: A.RankPhrase | None = None
    period: int | None = None
    required: Decimal | None = None
    points_range: A.Range | None = None  # 由考评组评定(0—2分)
    target: Decimal | None = None
    per_unit: A.Unit = A.Unit.COUNT

    @property
    def signed_points(self) -> Decimal | None:
        if self.award is not None:
            return self.award.value
        if self.deduct is not None:
            return -self.deduct.value
        return None


def read_statement(stmt: Statement, ctx: Context) -> _Reading:
    phrases = stmt.phrases
    condition_phrases = [p for p in phrases
                         if not (isinstance(p, A.Range) and _range_unit(p) is A.Unit.POINTS)]
    r = _Reading(stmt, condition_of(condition_phrases, ctx, stmt.span), None)
    outcome_index = None
    for i, p in enumerate(phrases):
        if isinstance(p, A.Award):
            r.award, r.high, outcome_index = p.points, p.high, i
        elif isinstance(p, A.Deduct):
            r.deduct, r.high, outcome_index = p.points, p.high, i
        elif _is_bare_points(p) and r.award is None and r.deduct is None:
            r.award, outcome_index = p.quantity, i
        elif isinstance(p, A.Listed):
            r.listed, outcome_index = p, i
        elif isinstance(p, A.MarkerPhrase):
            if p.marker is A.Marker.ZERO:
                r.zero = True
                outcome_index = i if outcome_index is None else outcome_index
            elif p.marker is A.Marker.JUDGED:
                r.judged = True
            elif p.marker is A.Marker.PROPORTIONAL:
                r.proportional = True
            elif p.marker is A.Marker.VETO:
                r.veto = True
            elif p.marker is A.Marker.REQUIRED:
                nxt = next((q for q in phrases[i + 1:] if isinstance(q, A.Amount)), None)
                if nxt is not None:
                    r.required = nxt.quantity.value
        elif isinstance(p, A.DeficitPhrase):
            r.deficit = p
        elif isinstance(p, A.ShortfallPhrase):
            r.shortfall = p
        elif isinstance(p, A.RankPhrase):
            r.rank = p
        elif isinstance(p, A.Period):
            r.period = p.times
        elif isinstance(p, A.Range) and _range_unit(p) is A.Unit.POINTS:
            r.points_range = p
    for p in phrases:
        if isinstance(p, A.Amount) and p.quantity.unit in (A.Unit.COUNT, A.Unit.MEASURE, A.Unit.NONE):
            r.target = p.quantity.value
    r.per, r.per_unit = _per_of(phrases, outcome_index)
    return r


def _range_unit(rng: A.Range) -> A.Unit:
    return rng.high.unit if rng.low.unit is A.Unit.NONE else rng.low.unit


def _per_of(phrases, outcome_index) -> tuple[Decimal | None, A.Unit]:
    """每5人 -> 5; 每办理1个…计 -> 1; `缺1人次扣` (a count right before the points) -> 1."""
    end = outcome_index if outcome_index is not None else len(phrases)
    counted = (A.Unit.COUNT, A.Unit.MEASURE)
    for i in range(end):
        p = phrases[i]
        if isinstance(p, A.Per):
            if p.quantity is not None:
                unit = A.Unit.MEASURE if p.quantity.unit is A.Unit.MEASURE else A.Unit.COUNT
                return p.quantity.value, unit
            for q in phrases[i + 1:end]:
                if isinstance(q, A.Amount) and q.quantity.unit in counted:
                    return q.quantity.value, q.quantity.unit
            return Decimal(1), A.Unit.COUNT
    if outcome_index is None:
        return None, A.Unit.COUNT
    j = outcome_index - 1
    while j >= 0 and isinstance(phrases[j], A.MarkerPhrase) and phrases[j].marker is A.Marker.DE:
        j -= 1
    if j >= 0 and isinstance(phrases[j], A.Amount) and phrases[j].quantity.unit in counted:
        return phrases[j].quantity.value, phrases[j].quantity.unit
    return None, A.Unit.COUNT


# ------------------------------------------------------------------ whole sentences

def assemble_rule(facts, clauses, text: str, judged_mode: bool, span: Span, ctx: Context,
                  diagnostics: list[Diagnostic]) -> A.Node | None:
    """The rule a rule line states, or None (with a diagnostic) when it cannot be read."""
    try:
        return _assemble(tuple(facts), tuple(clauses), judged_mode, span, ctx)
    except _Reject as reject:
        diagnostics.append(reject.diagnostic)
        return None


def _assemble(facts, clauses, judged_mode, span, ctx) -> A.Node:
    split = split_statements(clauses)
    readings = [read_statement(s, ctx) for s in split.statements]

    if ctx.target:
        return _requirement(facts, clauses, span, ctx)
    if ctx.role is A.Role.VETO or any(r.veto for r in readings):
        return _veto(facts, span, ctx)
    if judged_mode:
        return _judged(facts, readings, span, ctx, per_occurrence=False)
    if not readings:
        raise _Reject(error(
            "E201", "这句规则没有写分值(如 计1分、扣2分、不得分)", span,
            hint="原文有分值但没有计分办法: 行首写“评定”(考评组在0到本项分值之间评分);"
                 "原文只提要求、不计分: 行首写“达标”"))

    if len(facts) > 1:
        rule = _several_facts(facts, readings, span, ctx)
    else:
        rule = _one_fact(facts[0], readings, span, ctx)
        for reading in readings:
            for cap, _whole in reading.stmt.caps:
                split.whole_caps.append(cap)
    for cap in split.whole_caps:
        if isinstance(rule, A.GroupCap) and not cap.on_deductions:
            limit = cap.limit.value if rule.limit is None else min(rule.limit, cap.limit.value)
            rule = A.GroupCap(rule.rules, limit, rule.span)
        else:
            rule = A.Cap(rule, cap.limit.value, cap.on_deductions, cap.span)
    if split.floor:
        rule = A.Floor(rule, span)
    return rule


def _veto(facts, span, ctx) -> A.Veto:
    if len(facts) != 1:
        raise _Reject(error("E215", "一票否决规则只能读一个事实(是/否)", span))
    return A.Veto(facts[0], ctx.veto_grade, span)


def _requirement(facts, clauses, span, ctx) -> A.Requirement:
    fact = _single_fact(facts, span)
    phrases = [p for c in clauses for p in c.phrases]
    if any(_is_outcome(p) or _is_modifier(p) for p in phrases):
        raise _Reject(error("E217", "“达标”行只写要求,不能写分值", span,
                            hint="有分值的规则去掉行首的“达标”"))
    return A.Requirement(fact, condition_of(phrases, ctx, span), span)


def _single_fact(facts, span) -> A.FactRef:
    if len(facts) != 1:
        raise _Reject(error("E203", f"列出了{len(facts)}个事实,但这句规则只读一个", span,
                            hint="只保留一个事实名称"))
    return facts[0]


def _judged(facts, readings, span, ctx, *, per_occurrence: bool) -> A.Judged:
    fact = _single_fact(facts, span)
    low = high = None
    deduct = ctx.role is A.Role.DEDUCTIONS
    for r in readings:
        if r.high is not None:
            low, high = (r.award or r.deduct).value, r.high.value
        elif r.points_range is not None:
            low, high, _ = _unify_range(r.points_range.low, r.points_range.high)
        if r.deduct is not None:
            deduct = True
    if high is None:  # the sentence's own points, as in `…工作领导机构。(1分)`
        own = next((r.award.value for r in readings if r.award is not None), None)
        if own is not None:
            low, high = Decimal(0), own
    if high is None:
        if ctx.item_points is None:
            raise _Reject(error(
                "E208", "评定项没有写分值范围,所在分组也没有分值", span,
                hint="写出范围,例如 由考评组评定(0—2分),或给分组写上分值"))
        low, high = Decimal(0), ctx.item_points
    if low > high:
        raise _Reject(error("E208", f"评定范围下限 {low} 大于上限 {high}", span))
    return A.Judged(fact, low, high, deduct, per_occurrence, span)


def _several_facts(facts, readings, span, ctx) -> A.Node:
    listed = [r for r in readings if r.listed is not None]
    if listed:
        values = listed[0].listed.values
        if len(values) != len(facts):
            raise _Reject(error(
                "E203", f"“分别”列出了{len(values)}个分值,但行首列了{len(facts)}个事实", span,
                hint="行首事实的个数和顺序要与“分别”后的分值一一对应"))
        sign = -1 if listed[0].listed.deduct else 1
        per = listed[0].per if listed[0].per is not None else Decimal(1)
        return A.ListedValues(tuple(facts), per, tuple(sign * v.value for v in values), span)
    if len(readings) != len(facts):
        raise _Reject(error(
            "E203", f"行首列了{len(facts)}个事实,但句子有{len(readings)}个计分分句", span,
            hint="每个计分分句对应一个事实,按书写顺序;分档规则请单独写一行"))
    rules = []
    for fact, reading in zip(facts, readings):
        rule = _one_fact(fact, [reading], reading.stmt.span, ctx)
        for cap, whole in reading.stmt.caps:
            if not whole:
                rule = A.Cap(rule, cap.limit.value, cap.on_deductions, cap.span)
        rules.append(rule)
    limit = None
    for reading in readings:
        for cap, whole in reading.stmt.caps:
            if whole:
                limit = cap.limit.value if limit is None else min(limit, cap.limit.value)
    return A.GroupCap(tuple(rules), limit, span)


def _one_fact(fact: A.FactRef, readings: list[_Reading], span: Span, ctx: Context) -> A.Node:
    if any(r.listed is not None for r in readings):
        raise _Reject(error("E203", "“分别”列出了多个分值,行首也要列出同样多个事实", span,
                            hint="例如 特大案件数, 重大案件数: …每起分别加5分、2分"))
    if any(r.judged or r.high is not None for r in readings):
        per_occurrence = any(r.per is not None for r in readings)
        return _judged([fact], readings, span, ctx, per_occurrence=per_occurrence)
    if any(r.proportional for r in readings):
        return _proportional(fact, readings, span, ctx)
    if any(r.rank is not None for r in readings):
        return _rank(fact, readings, span)
    if any(r.deficit is not None for r in readings):
        return _deficit(fact, readings, span)
    if any(r.shortfall is not None for r in readings):
        return _shortfall(fact, readings, span)
    if any(r.condition is not None for r in readings):
        return _tiers(fact, readings, span)
    if fact.attribute is not None:
        raise _Reject(error("E207", f"“{fact.label}”是记录列表,但句子没有按每条记录的条件计分", span,
                            hint="去掉方括号里的属性名,或写出每条记录的分档条件"))
    simple = [_simple(fact, r) for r in readings]
    if len(simple) == 1:
        return simple[0]
    first, rest = simple[0], simple[1:]
    if isinstance(first, A.BooleanAward) and all(_is_deduction(r) for r in rest) and len(rest) == 1:
        return A.OwnPoints(rest[0], first.points, span)
    raise _Reject(error(
        "E203", f"这句规则有{len(simple)}个计分分句,但行首只列了一个事实", span,
        hint="在行首按顺序列出每个分句读的事实,用逗号分开"))


def _is_deduction(rule) -> bool:
    return isinstance(rule, (A.PerCountDeduction, A.BooleanDeduction, A.DeficitDeduction))


def _simple(fact: A.FactRef, r: _Reading) -> A.Node:
    if r.zero:
        return A.BooleanDeduction(fact, None, r.stmt.span)
    if r.per is not None:
        if r.per <= 0:
            raise _Reject(error("E204", "“每…”后面的数量必须大于0", r.stmt.span))
        unit = r.per_unit
        if r.award is not None:
            return A.PerCountAward(fact, r.per, r.award.value, r.stmt.span, unit)
        return A.PerCountDeduction(fact, r.per, r.deduct.value, r.stmt.span, unit)
    if r.award is not None:
        return A.BooleanAward(fact, r.award.value, r.stmt.span)
    return A.BooleanDeduction(fact, r.deduct.value, r.stmt.span)


def _tiers(fact, readings, span) -> A.Node:
    tiers = []
    per_record = fact.attribute is not None
    for r in readings:
        if r.condition is None:
            raise _Reject(error(
                "E202", "分档规则中这个分句没有写条件", r.stmt.span,
                hint="每一档都写出条件,例如 70%至85%的,计0.4分"))
        points = r.signed_points
        if r.zero:
            points = None
        if points is None and not r.zero:
            raise _Reject(error("E201", "这一档没有写分值", r.stmt.span))
        if not per_record and any(isinstance(p, A.Per) for p in r.stmt.phrases):
            raise _Reject(error("E207", "分档规则里出现了“每…”,需要按记录逐条计分", r.stmt.span,
                                hint=f"把事实写成记录列表,例如 {fact.name}[属性]"))
        tiers.append(A.Tier(r.condition, points if points is not None else Decimal(0),
                            r.stmt.text, r.stmt.span))
    if per_record:
        return A.PerRecordTiers(fact, tuple(tiers), span)
    return A.Tiers(fact, tuple(tiers), span)


def _deficit(fact, readings, span) -> A.DeficitDeduction:
    required = None
    for r in readings:
        if r.required is not None:
            required = r.required
        elif r.period is not None and required is None:
            required = Decimal(r.period)
        if r.condition is not None and required is None:
            bound = r.condition.high or r.condition.low
            required = bound.value
    reading = next(r for r in readings if r.deficit is not None)
    if required is None:
        raise _Reject(error(
            "E205", "“每少…”没有说明应完成多少次", span,
            hint="写明要求,例如 每月开展检查(每年12次)、少于3件的、应开展4次"))
    if reading.deduct is None:
        raise _Reject(error("E201", "“每少…”后面没有写扣几分", reading.stmt.span))
    step = reading.deficit.step.value
    if step <= 0:
        raise _Reject(error("E204", "“每少…”后面的数量必须大于0", reading.stmt.span))
    return A.DeficitDeduction(fact, required, step, reading.deduct.value, span)


def _shortfall(fact, readings, span) -> A.Shortfall:
    base = next((r for r in readings if r.condition is not None and r.award is not None), None)
    below = next(r for r in readings if r.shortfall is not None)
    if base is None or base.condition.low is None:
        raise _Reject(error(
            "E206", "“每低…”之前没有写达标线和得分", span,
            hint="例如 不低于95%的,得2分;每低1%,扣0.2分"))
    if below.deduct is None:
        raise _Reject(error("E201", "“每低…”后面没有写扣几分", below.stmt.span))
    step = below.shortfall.step
    if step.value <= 0:
        raise _Reject(error("E204", "“每低…”后面的幅度必须大于0", below.stmt.span))
    return A.Shortfall(fact, base.condition.low, base.condition.unit, base.award.value,
                       step.value, below.deduct.value, span)


def _proportional(fact, readings, span, ctx) -> A.Proportional:
    points = None
    target: Decimal | None = None
    for r in readings:
        if r.award is not None:
            points = r.award.value
        if r.target is not None:
            target = r.target
    if points is None:
        points = ctx.item_points
    if points is None:
        raise _Reject(error("E201", "按比例计分没有写满分值,所在分组也没有分值", span))
    if target is not None and target <= 0:
        raise _Reject(error("E204", "按比例计分的目标数必须大于0", span))
    return A.Proportional(fact, target, points, span)


def _rank(fact, readings, span) -> A.Rank:
    tiers = []
    for r in readings:
        if r.rank is None:
            raise _Reject(error("E202", "排名规则中这个分句没有写名次", r.stmt.span,
                                hint="例如 第1名计1分,第2名计0.8分"))
        points = r.signed_points
        if points is None:
            raise _Reject(error("E201", "这个名次没有写分值", r.stmt.span))
        position = r.rank.position.value
        if position != int(position) or position < 1:
            raise _Reject(error("E204", "名次必须是正整数", r.rank.span))
        tiers.append(A.RankTier(r.rank.kind, int(position), r.rank.within, points,
                                r.stmt.text, r.stmt.span))
    return A.Rank(fact, tuple(tiers), span)


# ------------------------------------------------------------------ grade bands

def assemble_bands(raw, convention, style, diagnostics: list[Diagnostic]) -> A.GradeBands:
    ctx = Context(convention=convention, range_style=style)
    bands: list[A.Band] = []
    if raw.sentence:
        pending: list[A.Clause] = []
        for line in raw.lines:
            if line.grade is None:
                pending.append(line.clause)
                continue
            clauses = pending + [line.clause]
            pending = []
            phrases, text, span = _join(clauses)
            bands.append(_band(line.grade.grade, phrases, line.otherwise, text, span, ctx, diagnostics))
        for clause in pending:
            diagnostics.append(error("E214", "这个分句写了条件,但没有写等级(如 为优秀)", clause.span))
    else:
        for line in raw.lines:
            bands.append(_band(line.label, list(line.phrases), line.otherwise, line.text, line.span, ctx, diagnostics))
    seen: set[str] = set()
    for band in bands:
        if band.grade in seen:
            diagnostics.append(error("E214", f"等级“{band.grade}”出现了两次", band.span))
        seen.add(band.grade)
    return A.GradeBands(tuple(bands), raw.sentence, raw.text, raw.span)


def _band(grade, phrases, otherwise, text, span, ctx, diagnostics) -> A.Band:
    if otherwise:
        return A.Band(grade, None, text, span)
    try:
        interval = condition_of(phrases, ctx, span)
    except _Reject as reject:
        diagnostics.append(reject.diagnostic)
        return A.Band(grade, None, text, span)
    if interval is None:
        diagnostics.append(error("E214", f"等级“{grade}”没有写分数条件", span,
                                 hint="例如 90分以上、80分至90分;兜底的等级写“其余”"))
    return A.Band(grade, interval, text, span)


def fact_slots(clauses, ctx: Context) -> tuple[int, bool]:
    """How many facts a sentence reads, and whether the first is a list of records.

    Used by `jdscore try`, where the sentence comes without a rule line's fact names.
    """
    split = split_statements(clauses)
    readings = []
    try:
        readings = [read_statement(s, ctx) for s in split.statements]
    except _Reject:
        return 1, False
    for r in readings:
        if r.listed is not None:
            return len(r.listed.values), False
    per_record = any(r.condition is not None and any(isinstance(p, A.Per) for p in r.stmt.phrases)
                     for r in readings)
    if per_record:
        return 1, True
    kinds = {bool(r.condition is not None or r.rank is not None or r.shortfall is not None
                  or r.deficit is not None) for r in readings}
    if len(readings) > 1 and kinds == {False}:
        awards = [r for r in readings if r.award is not None and r.per is None and not r.zero]
        deductions = [r for r in readings if r.deduct is not None or r.zero]
        if len(readings) == 2 and len(awards) == 1 and readings[0] is awards[0] and deductions:
            return 1, False  # …得4分, …扣2分: the sentence's own points
        return len(readings), False
    return 1, False
