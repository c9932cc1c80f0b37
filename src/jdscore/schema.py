"""What facts a rubric reads: each name's kind, allowed range and the sentences reading it.

The rule that reads a name says what it must be (a count for `每条计0.05分`, a rate for
`85%以上`, yes/no for `建立…的,计1分`), and the kind says the range: counts from 0 up, rates
from 0 to 100%. A threshold never widens it (a draft that lowers `100%以上` to `95%以上` must
accept the same facts); a rate that may pass 100% is declared in the header
(`事实 床位利用率: 比率, 可超过100%`, `A.FactDecl`). The facts loader validates against this schema, the checker reports a name read as two
kinds, and the template command (issue 5) prints it as a collection form.
"""

from __future__ import annotations

import re
from dataclasses import field
from decimal import Decimal
from enum import Enum
from typing import Any

from .records import dataclass
from . import ast as A
from .numerals import magnitude_name, plain
from .parser import terminal_regex
from .source import Span, to_simplified


class Kind(str, Enum):
    COUNT = "count"        # a whole number >= 0
    QUANTITY = "quantity"  # a decimal >= 0 (千克, metric inputs)
    RATE = "rate"          # 87% or 0.87
    NUMBER = "number"      # any decimal (a score, a ranking value)
    BOOL = "bool"          # 是 / 否
    AMOUNT = "amount"      # a judged amount within [low, high]
    AMOUNTS = "amounts"    # a list of judged amounts, one per occurrence
    RECORDS = "records"    # a list of records, each with attributes
    GRADE = "grade"        # one of the rubric's grade names, given by the assessors
    LEVEL = "level"        # one of a rule's levels (好、较好、一般、差), given by the assessors

    @property
    def label(self) -> str:
        return {"count": "数量(非负整数)", "quantity": "数量(非负数)", "rate": "比率(如 87%)",
                "number": "数值", "bool": "是/否", "amount": "评定分", "amounts": "评定分列表",
                "records": "记录列表", "grade": "等级名称",
                "level": "档次名称"}[self.value]


@dataclass
class FactSpec:
    name: str
    kind: Kind
    low: Decimal | None = None
    high: Decimal | None = None
    most: Decimal | None = Decimal(1)  # a rate's largest value: 100%, or as declared (None: no limit)
    declared: A.FactDecl | None = None  # the header line that declares it, if any
    attributes: dict[str, FactSpec] = field(default_factory=dict)
    lines: list[A.RuleLine] = field(default_factory=list)
    refs: list[A.FactRef] = field(default_factory=list)
    conflicts: list[tuple[Kind, A.FactRef]] = field(default_factory=list)
    roles: set[A.Role] = field(default_factory=set)  # which parts of the rubric read it
    grades: tuple[str, ...] = ()  # the allowed values of a GRADE or LEVEL fact
    # 国家级加10分,自治区级加8分,市级加5分: every level earns points, so a unit may have reached none
    # (无, 否), which scores nothing
    none_level: bool = False
    # 工作机制健全,运行良好 for the level 良好: each option's whole words, which a value may be taken from
    options: tuple[str, ...] = ()
    # 好的给8-10分,一般的给4-7分: the level fact an amount is judged within, and each level's range
    by_level: tuple[str, tuple[tuple[Decimal, Decimal], ...]] | None = None
    bare: bool = False  # compared with bare numbers (低于80): a value written 85% is refused
    points_of_percent: bool = False  # a number of percentage points (每低1%): is 85% the rate, or the fall?
    percent_only: bool = False  # tiers in 个百分点 (提高0.5个百分点以上): 0.3 is 0.3 points, or 30%?
    zero_ok: bool = False  # a judged deduction that may also be 0 (the failing did not happen)
    signed: bool = False  # a rate of change (steps from 持平, 0%): below 0 when it fell
    # 达到5万元: compared in 万 (10000) of 元; a bare 8 may be 8 元 or 8 万元, so a value is written
    # with its magnitude (8万) or its unit (80000元)
    magnitude: int = 1
    unit_word: str = ""
    # 每月至少召开1次,每少1次扣0.5分: the total asked for (12); the value is the total done, which a
    # period's own count (1) would fall far short of
    required: Decimal | None = None
    # 每逾期1个工作日, 达到120吨: the words the sentence counts it in; a value may be written with one
    # (3个工作日, 125吨) and one in another word (3天 against 工作日) is refused
    unit_words: tuple[str, ...] = ()
    # 每月未达到序时进度的扣0.5分: the periods that fail are counted (月), not what was done in them
    periods: str = ""

    def magnitude_spec(self) -> FactSpec | None:
        """The spec (this one, or a record's attribute) compared in 万 or 亿, if any."""
        return next((s for s in (self, *self.attributes.values()) if s.magnitude > 1), None)

    def hints(self) -> list[str]:
        """What to write beyond the kind: the unit of an amount in 万, the total a count is short of."""
        return [hint for hint in (self.magnitude_hint(), self.required_hint(), self.change_hint(), self.time_hint(),
                                  f"值为出现句中情形的{self.periods}数" if self.periods else "") if hint]

    def time_hint(self) -> str:
        """以天计: for a time compared in one word (超过1天未上报的, beside 24小时内), so that hours are not
        given for days; else ""."""
        duration = terminal_regex("DURATION")
        words = [to_simplified(w) for w in self.unit_words if duration.fullmatch(to_simplified(w).lstrip("半"))]
        if len(words) != 1 or len(self.unit_words) != 1 or self.magnitude != 1:
            return ""
        # (以半天计: 每旷工半天, whose 1 day is 2)
        return f"以{words[0]}计,1{words[0][1:]}填2" if words[0].startswith("半") else f"以{words[0].lstrip('个')}计"

    def change_hint(self) -> str:
        """下降的写负数: for a rate of change or growth (每增减1%, 增速低于5%), which may fall below 0."""
        return "下降的写负数(如 -1.5%)" if self.kind is Kind.RATE and self.signed else ""

    def required_hint(self) -> str:
        """实际完成的合计(应完成12),不是缺少的数量: for a count short of a total asked for (writers of
        每月报送1次,缺报1次扣0.1分 enter the reports missed as often as those made); else ""."""
        return "" if self.required is None else f"实际完成的合计(应完成{plain(self.required)}),不是缺少的数量"

    def magnitude_hint(self) -> str:
        """写明单位,如 8万元 或 80000元: for a fact compared in 万 or 亿; else ""."""
        spec = self.magnitude_spec()
        if spec is None:
            return ""
        big, word = magnitude_name(spec.magnitude), spec.unit_word
        return f"写明单位,如 8{big}{word} 或 {8 * spec.magnitude}{word}"


@dataclass
class Schema:
    facts: dict[str, FactSpec]
    metrics: dict[str, A.Metric]

    def index(self) -> dict[str, int]:
        return {name: i for i, name in enumerate(self.facts)}


@dataclass
class UnitFacts:
    """One unit's facts as the scoring functions read them, in the schema's order."""

    name: str
    span: Span
    values: list             # by schema index: scaled int / bool / list / None (缺报)
    raw: dict[str, Any]      # as written, for explanations
    missing: list[str]       # facts reported as 缺报


def _interval_kind(unit: A.Unit) -> Kind:
    return {A.Unit.PERCENT: Kind.RATE, A.Unit.COUNT: Kind.COUNT,
            A.Unit.MEASURE: Kind.QUANTITY}.get(unit, Kind.NUMBER)


def _tiers_kind(tiers) -> Kind:
    kinds = {_interval_kind(t.interval.unit) for t in tiers}
    kind = Kind.RATE if Kind.RATE in kinds else (kinds.pop() if len(kinds) == 1 else Kind.NUMBER)
    if kind is Kind.COUNT and any(_a_time(t) for t in tiers):
        return Kind.QUANTITY  # 1小时以内的得2分,1-2小时的得1分: 1.5 hours is a time taken
    return _counted_in_parts(kind, *(b.value for t in tiers for b in (t.interval.low, t.interval.high) if b))


def _a_time(tier) -> bool:
    """Is an end of the tier a length of time as written (2小时, 3个工作日), not a count?"""
    duration = terminal_regex("DURATION")
    for bound in (tier.interval.low, tier.interval.high):
        if bound is None:
            continue
        for found in re.finditer(rf"(?<![0-9.]){re.escape(plain(bound.value))}(?![0-9.])[ \t\u3000]*", tier.text):
            if duration.match(tier.text, found.end()):
                return True
    return False


def _counted_in_parts(kind: Kind, *numbers: Decimal) -> Kind:
    """达到4.5个以上的, 每超0.1起: a count the sentence itself measures in parts takes them too
    (每千人口托位数 4.5, refused as no whole number)."""
    if kind is Kind.COUNT and any(n != n.to_integral_value() for n in numbers):
        return Kind.QUANTITY
    return kind


def _bounds(iv: A.Interval) -> tuple[Decimal, ...]:
    return tuple(b.value for b in (iv.low, iv.high) if b is not None)


def _tier_bounds(tiers) -> tuple[Decimal, ...]:
    return tuple(v for t in tiers for v in _bounds(t.interval))


def reads(rule) -> tuple[tuple[A.FactRef, Kind, dict], ...]:
    """(fact, kind, extra) for every fact `rule` reads; extra carries ranges and attributes.
    Remembered per rule: the checks, the schema and the compiler each ask of every line."""
    return _READ_MEMO.get(rule, _reads)


def _reads(rule) -> tuple:
    # (迟到1次扣1分,旷工1天扣2分: each fact's numbers are in the words of its own rule)
    found = tuple((fact, kind, {**extra, "within": inner.span} if extra.get("numbers") else extra)
                  for inner in A.scoring_rules(rule) for fact, kind, extra in _READS.visit(inner))
    # 高于全市平均水平的得4分,持平的得2分: which side of the average only, so 8% compares with
    # the others' 6% as 8 would with 6
    sided = _facts_inside(rule, A.Peer, lambda node: _sides_of_the_average_only(node.rule))
    found = tuple((fact, kind, {**extra, "bare": False}) if fact in sided else (fact, kind, extra)
                  for fact, kind, extra in found)
    # 每超1小时扣0.1分,不足1小时的按1小时计: a part of a step is there to be counted, so 2.5 hours
    parted = _facts_inside(rule, A.PartSteps)
    return tuple((fact, Kind.QUANTITY if kind is Kind.COUNT and fact in parted else kind, extra)
                 for fact, kind, extra in found)


_READ_MEMO = A.IdMemo()


def _facts_inside(rule, wrapper: type, keep=lambda node: True) -> set:
    """The facts read inside every `wrapper` node of a rule that `keep` accepts."""
    return {read[0] for node in A.rule_nodes(rule) if isinstance(node, wrapper) and keep(node)
            for inner in A.scoring_rules(node.rule) for read in _READS.visit(inner)}


def _sides_of_the_average_only(rule) -> bool:
    """Tiers on a difference from the average at 0 only (above, level, below it)."""
    nodes = list(rule.walk())
    tiers = [n for n in nodes if isinstance(n, A.Tiers)]
    return bool(tiers) and not any(isinstance(n, (A.Excess, A.Shortfall)) for n in nodes) and all(
        bound is None or bound.value == 0 for t in tiers for tier in t.tiers
        for bound in (tier.interval.low, tier.interval.high))


class FactReads(A.RuleVisitor):
    """What each kind of rule reads: (fact, kind, extra) for each of its facts. Wrappers
    (caps, floors, own points, group caps) read nothing themselves; `reads` looks inside."""

    def visit_PerCountAward(self, rule):
        if rule.unit is A.Unit.PERCENT:  # 每差1个百分点: the value is in percentage points (3, not 3%)
            return [(rule.fact, Kind.QUANTITY, {"bare": True, "points_of_percent": True})]
        # 每1千克, 每0.5小时: amounts, not whole counts
        measured = rule.unit is A.Unit.MEASURE or rule.per != rule.per.to_integral_value()
        return [(rule.fact, Kind.QUANTITY if measured else Kind.COUNT, {"numbers": (rule.per,)})]

    visit_PerCountDeduction = visit_PerCountAward

    def visit_BooleanAward(self, rule):
        return [(rule.fact, Kind.BOOL, {})]

    visit_BooleanDeduction = visit_Veto = visit_BooleanAward

    def visit_Requirement(self, rule):
        if rule.interval is None:
            return [(rule.fact, Kind.BOOL, {})]
        return [(rule.fact, _tiers_kind([rule]), {"numbers": _bounds(rule.interval)})]

    def visit_DeficitDeduction(self, rule):
        # 人均经费不低于1元,每少0.1元: short of an amount, in tenths, not a whole count
        whole = rule.unit is not A.Unit.MEASURE and all(v == v.to_integral_value() for v in (rule.required, rule.per))
        extra = {"numbers": (rule.required, rule.per)}
        if rule.unit is A.Unit.COUNT:
            extra["required"] = rule.required
        return [(rule.fact, Kind.COUNT if whole else Kind.QUANTITY, extra)]

    def visit_Shortfall(self, rule):
        # 持平得5分,每增减1%…: steps from no change, so the value is a change, below 0 when it fell
        signed = rule.unit is A.Unit.PERCENT and rule.threshold.value == 0
        kind = _counted_in_parts(_interval_kind(rule.unit), rule.threshold.value, rule.step)
        return [(rule.fact, kind, {"bare": rule.unit is A.Unit.NONE, "signed": signed,
                                   "numbers": (rule.threshold.value, rule.step)})]

    visit_Excess = visit_Shortfall

    def visit_Joint(self, rule):
        return [(fact, Kind.BOOL, {}) if iv is None else
                (fact, _counted_in_parts(_interval_kind(iv.unit), *_bounds(iv)),
                 {"bare": iv.unit is A.Unit.NONE, "numbers": _bounds(iv)}) for fact, iv in zip(rule.facts, rule.intervals)]

    def visit_Lateness(self, rule):
        return [(rule.fact, Kind.COUNT, {"numbers": (rule.per,)})]

    def visit_Levels(self, rule):
        return [(rule.fact, Kind.LEVEL, {"grades": tuple(word for word, _ in rule.levels), "options": rule.options,
                                         "none_level": all(points > 0 for _, points in rule.levels)})]

    def visit_JudgedLevels(self, rule):
        ranges = tuple((low, high) for _, low, high in rule.levels)
        return [(rule.level, Kind.LEVEL, {"grades": tuple(word for word, _, _ in rule.levels), "options": rule.options}),
                (rule.amount, Kind.AMOUNT, {"low": min(low for low, _ in ranges), "high": max(high for _, high in ranges),
                                            "by_level": (rule.level.name, ranges)})]

    def visit_Peer(self, rule):
        return self.visit(rule.rule)

    def visit_ListedValues(self, rule):
        return [(f, Kind.COUNT, {}) for f in rule.facts]

    def visit_Tiers(self, rule):
        bare = all(t.interval.unit is A.Unit.NONE for t in rule.tiers)
        # 负增长的不得分, 同比上升的 after 下降…以上: a tier below 0, so the value is a change (below 0 the other way)
        signed = any(t.interval.unit is A.Unit.PERCENT and t.interval.high is not None and t.interval.high.value <= 0
                     for t in rule.tiers)
        return [(rule.fact, _tiers_kind(rule.tiers), {"bare": bare, "percent_only": rule.in_points, "signed": signed,
                                                      "numbers": _tier_bounds(rule.tiers)})]

    def visit_TieredPerCount(self, rule):
        return [(rule.fact, _tiers_kind(rule.tiers), {"numbers": _tier_bounds(rule.tiers)}), (rule.count, Kind.COUNT, {})]

    def visit_PerRecordTiers(self, rule):
        return [(rule.fact, Kind.RECORDS, {"attribute": (rule.fact.attribute, _tiers_kind(rule.tiers)),
                                           "numbers": _tier_bounds(rule.tiers)})]

    def visit_Formula(self, rule):
        kinds = {A.FormulaValue.QUANTITY: Kind.QUANTITY, A.FormulaValue.SHARE: Kind.RATE, A.FormulaValue.YES_NO: Kind.BOOL}
        return [(f, kinds[k], {}) for f, k in zip(rule.facts, rule.kinds)]

    def visit_Proportional(self, rule):
        if rule.target is None or rule.of_rate:
            return [(rule.fact, Kind.RATE, {})]
        if isinstance(rule.target, A.FactRef):
            return [(rule.fact, Kind.QUANTITY, {}), (rule.target, Kind.QUANTITY, {})]
        # 达到300人次的得满分,未达到的按比例: a share of a bare number (80% was read as 0.8 people)
        return [(rule.fact, Kind.QUANTITY, {"bare": True, "numbers": (rule.target,)})]

    def visit_Rank(self, rule):
        return [(rule.fact, Kind.NUMBER, {})]

    def visit_Judged(self, rule):
        kind = Kind.AMOUNTS if rule.per_occurrence else Kind.AMOUNT
        return [(rule.fact, kind, {"low": rule.low, "high": rule.high, "zero": rule.may_be_zero})]

    def visit_Cap(self, rule):
        return []

    visit_GroupCap = visit_Highest = visit_PartSteps = visit_OwnPoints = visit_Floor = visit_BelowZero = visit_Cap


_READS = FactReads()


def metric_inputs(expr) -> list[A.Ref]:
    if isinstance(expr, A.Ref):
        return [expr]
    if isinstance(expr, A.BinOp):
        return metric_inputs(expr.left) + metric_inputs(expr.right)
    return []


def lines_with_roles(rubric: A.Rubric):
    """(rule line, role of the part it belongs to), in written order."""
    def walk(node, role):
        if isinstance(node, A.RuleLine):
            yield node, role
        elif isinstance(node, A.Group):
            for child in node.children:
                yield from walk(child, node.role)
    for node in rubric.body:
        yield from walk(node, A.Role.BASE)


def build_schema(rubric: A.Rubric) -> Schema:
    metrics = {m.name: m for m in rubric.metrics}
    facts: dict[str, FactSpec] = {}

    def note(ref: A.FactRef, kind: Kind, extra: dict, line: A.RuleLine | None, role: A.Role):
        spec = facts.get(ref.name)
        if spec is None:
            spec = facts[ref.name] = FactSpec(ref.name, kind)
        elif spec.kind is not kind and not _compatible(spec.kind, kind):
            spec.conflicts.append((kind, ref))
        elif spec.kind is not kind:
            spec.kind = _wider(spec.kind, kind)
        spec.refs.append(ref)
        spec.roles.add(role)
        if line is not None and line not in spec.lines:
            spec.lines.append(line)
        if "low" in extra:
            spec.low = extra["low"] if spec.low is None else min(spec.low, extra["low"])
            spec.high = extra["high"] if spec.high is None else max(spec.high, extra["high"])
        if extra.get("bare"):
            spec.bare = True
        if extra.get("points_of_percent"):
            spec.points_of_percent = True
        if extra.get("percent_only"):
            spec.percent_only = True
        if extra.get("zero"):
            spec.zero_ok = True
        if extra.get("signed") or kind is Kind.RATE and line is not None and terminal_regex("GROWTH_NAMED").search(
                to_simplified(line.text)) and not _sizes_of_a_fall(line.text):
            spec.signed = True  # (增速低于5%的: a growth may be -1%)
        if "grades" in extra:
            spec.grades = extra["grades"]
            spec.none_level = extra.get("none_level", False)
            spec.options = extra.get("options", ())
        if "by_level" in extra:
            spec.by_level = extra["by_level"]
        if "required" in extra:
            spec.required = extra["required"]
        if "attribute" in extra:
            name, akind = extra["attribute"]
            attr = spec.attributes.get(name)
            if attr is None:
                attr = spec.attributes[name] = FactSpec(name, akind)
            elif attr.kind is not akind:
                attr.kind = _wider(attr.kind, akind) if _compatible(attr.kind, akind) else attr.kind
            spec = attr  # (每个项目投资额1000万元以上的: the attribute's magnitude)
        if line is not None and extra.get("numbers"):
            said = _numbers_said(line, extra["numbers"])
            _note_magnitude(spec, said)
            if spec.kind in (Kind.COUNT, Kind.QUANTITY) and spec.magnitude == 1:
                spec.unit_words = _unit_words(said, extra.get("within"), spec.unit_words)
                parted = terminal_regex("PARTED_DURATION")
                if spec.kind is Kind.COUNT and spec.unit_words and all(parted.fullmatch(w) for w in spec.unit_words):
                    spec.kind = Kind.QUANTITY  # (1.5小时, 2.5年: hours and years in parts; days stay whole)
        if line is not None and spec.kind is Kind.COUNT and not spec.unit_words:
            # 每旷工半天扣5分: the half days are counted, which the value says (a clerk counting days lost half)
            spec.unit_words = _half_step(line, extra.get("within"))
        if line is not None and spec.kind is Kind.COUNT and spec.required is None:
            # 每月报送信息少于2条的,扣0.5分: the months short, not the pieces sent
            spec.periods = spec.periods or _periods_counted(line, ref, extra.get("within"))

    for line, role in lines_with_roles(rubric):
        for ref, kind, extra in reads(line.rule):
            if ref.name in metrics:
                continue
            note(ref, kind, extra, line, role)
    for metric in rubric.metrics:
        for ref in metric_inputs(metric.expr):
            if ref.name not in metrics:
                note(A.FactRef(ref.name, None, ref.span), Kind.QUANTITY, {}, None, A.Role.BASE)
    if rubric.bands is not None and rubric.bands.judged is not None:
        note(rubric.bands.judged, Kind.GRADE, {}, None, A.Role.BASE)
        facts[rubric.bands.judged.name].grades = tuple(b.grade for b in rubric.bands.bands)
    for decl in rubric.declarations:
        spec = declared_spec(facts, decl.fact)
        if spec is not None:
            spec.declared, spec.most = decl, decl.most
    return Schema(facts, metrics)


def _sizes_of_a_fall(text: str) -> bool:
    """同比增长的得3分,下降5%以内的得1分: tiers of how far it fell, whose value is the size of the fall
    (no negative number, which the tiers never reach)."""
    fall = terminal_regex("FALL_WORD").pattern
    return re.search(f"(?<!每)(?:{fall})[^,，;；。0-9０-９]{{0,3}}[0-9０-９]", to_simplified(text)) is not None


MAGNITUDE_MIN = 10_000  # 万 and above: 5千元 is rarely taken for 5


def _numbers_said(line: A.RuleLine, numbers: tuple[Decimal, ...]) -> list[A.Quantity]:
    """The quantities of a line written with one of the fact's numbers, in the order written. (…、1小时内
    书面报告,未按时报告的每次扣1分: 每次 counts times with no number written, so a 1 of hours is
    another thing's; taken for it, the times were asked 以小时计.)"""
    duration = terminal_regex("DURATION")
    times = any(isinstance(p, A.Per) and p.quantity is None and p.word and not duration.fullmatch(to_simplified(p.word))
                for clause in line.clauses for p in clause.phrases)
    return [node for clause in line.clauses for phrase in clause.phrases for node in phrase.walk()
            if isinstance(node, A.Quantity) and node.value in numbers
            and not (times and node.value == 1 and duration.fullmatch(to_simplified(node.word or "")))]


def _note_magnitude(spec: FactSpec, said: list[A.Quantity]) -> None:
    """达到5万元, 每10万元: a number of the fact written with 万 or 亿 and a unit in the sentence."""
    for node in said:
        # (阅读量超过10万: a count with no unit word is written in full, 156000, as often as not)
        if (node.multiplier >= MAGNITUDE_MIN and node.unit is not A.Unit.POINTS and node.word
                and node.multiplier > spec.magnitude):
            spec.magnitude, spec.unit_word = node.multiplier, node.word


def _unit_words(said: list[A.Quantity], within: Span | None, known: tuple[str, ...]) -> tuple[str, ...]:
    """The words beside the fact's numbers in the words of its rule (天 of 逾期3天以上, 吨 of 每少10吨)."""
    words = list(known)
    for node in said:
        if (node.unit in (A.Unit.COUNT, A.Unit.MEASURE) and node.multiplier == 1 and node.word
                and node.word not in words and (within is None or within.start <= node.span.start < within.end)):
            words.append(node.word)
    return tuple(words)


def _periods_counted(line: A.RuleLine, ref: A.FactRef, within: Span | None) -> str:
    """月 for a count of the periods that fail (每月未达到序时进度的扣0.5分), read by a count's rule
    from a clause that opens with its period; else ""."""
    if not any(isinstance(n, (A.PerCountDeduction, A.PerCountAward)) and n.fact.name == ref.name
               for n in A.rule_nodes(line.rule)):
        return ""
    clauses = [c for c in line.clauses if within is None or within.start < c.span.end and c.span.start < within.end]
    if not clauses or (within is None and len(clauses) > 1) or not clauses[0].phrases:
        return ""
    clause, first = clauses[0], clauses[0].phrases[0]
    if not isinstance(first, A.Period) or first.times <= 1:
        return ""
    if any(isinstance(p, (A.Per, A.Step)) for c in clauses for p in c.phrases):
        return ""  # (每月报送2次…,每迟报1次扣0.1分: each late report counted, not the months)
    said = clause.text[first.span.start - clause.span.start:first.span.end - clause.span.start]
    return to_simplified(said).strip().lstrip("每")


def _half_step(line: A.RuleLine, within: Span | None) -> tuple[str, ...]:
    """(半天,) for a count in steps of half a length of time (每旷工半天) in the words of its rule."""
    half = terminal_regex("HALF_STEP")
    for clause in line.clauses:
        if within is None or within.start < clause.span.end and clause.span.start < within.end:
            found = half.search(to_simplified(clause.text))
            if found is not None:
                return (re.sub(r"[ \t\u3000]", "", found.group(1)),)
    return ()


def declared_spec(facts: dict[str, FactSpec], ref: A.FactRef) -> FactSpec | None:
    """The spec a declaration names (a record's attribute for `消息[点击率]`); None when no rule
    reads it."""
    spec = facts.get(ref.name)
    if spec is not None and ref.attribute is not None:
        return spec.attributes.get(ref.attribute)
    return spec if spec is not None and ref.attribute is None else None


_NUMERIC = {Kind.COUNT, Kind.QUANTITY, Kind.NUMBER}


def _compatible(a: Kind, b: Kind) -> bool:
    """Counts, quantities and plain numbers can share a name; a rate or yes/no cannot."""
    return a in _NUMERIC and b in _NUMERIC


def _wider(a: Kind, b: Kind) -> Kind:
    order = [Kind.COUNT, Kind.QUANTITY, Kind.NUMBER]
    return order[max(order.index(a), order.index(b))]
