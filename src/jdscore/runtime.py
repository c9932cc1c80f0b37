"""Run a compiled rubric over the units of a facts file: totals, grades, ranks, reasons.

Ranks come first (a rank rule scores a unit by its place among all units of the file),
then every unit is scored by the generated function, then the total is rounded as the
rubric declares, graded (a veto overrides the grade) and ranked.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import field
from enum import Enum
from decimal import ROUND_CEILING, ROUND_DOWN, ROUND_HALF_UP, Decimal
from fractions import Fraction
from operator import attrgetter

from .records import dataclass
from . import ast as A
from .bounds import group_range, rule_range
from .compiler import MISSING, MISSING_PART, NO_MATCH, UNDEFINED, PeerInput, Program
from .schema import UnitFacts
from .schema import metric_inputs
from .source import collector_paused
from .numerals import EXACT, exact_decimal, plain

class Status(str, Enum):
    """How a rule line or group came to its score; renderers say it in Chinese (one table
    each: render/results.py)."""

    OK = "ok"
    MET = "met"                        # a 达标 requirement holds
    UNMET = "unmet"                    # … does not
    MISSING = "missing"                # its fact was reported 缺报
    PARTLY_MISSING = "partly_missing"  # one of several facts on the line was 缺报
    UNDEFINED = "undefined"            # a metric divided by zero
    UNMATCHED = "unmatched"            # no tier holds
    CAPPED = "capped"
    FLOORED = "floored"


NO_LEVEL = "无(各档都未达到)"  # what the explanation says a unit reached of a scale it reached none of

_ROUNDING = {A.RoundMode.HALF_UP: ROUND_HALF_UP, A.RoundMode.DOWN: ROUND_DOWN,
             A.RoundMode.UP: ROUND_CEILING}


@dataclass
class ItemResult:
    """One rule line or group of one unit, with everything needed to explain it."""

    slot: int
    kind: str                 # "rule" or "group"
    path: tuple[str, ...]     # titles from the top
    depth: int
    score: Decimal
    raw: Decimal
    max_points: Decimal | None
    lost: Decimal | None
    status: Status
    responsible: str
    sentence: str = ""
    facts: dict = field(default_factory=dict)
    matched: str = ""
    choice: object = None
    title: str = ""
    points: Decimal | None = None
    role: A.Role = A.Role.BASE
    # Counted once in the points lost per 责任单位: the innermost scored item (or a 扣分项,
    # or a rule line outside any scored item).
    accountable: bool = False

    def to_dict(self) -> dict:
        return {
            "kind": self.kind,
            "path": list(self.path),
            "title": self.title,
            "points": None if self.points is None else plain(self.points),
            "score": plain(self.score),
            "raw": plain(self.raw),
            "lost": None if self.lost is None else plain(self.lost),
            "status": self.status.value,
            "responsible": self.responsible,
            "sentence": self.sentence,
            "facts": {k: json_value(v) for k, v in self.facts.items()},
            "matched": self.matched,
        }


@dataclass(slots=True)  # one per unit: a province's run holds 600,000 of them
class UnitResult:
    name: str
    total: Decimal
    base: Decimal
    bonus: Decimal
    deductions: Decimal
    grade: str | None
    rank: int
    veto: ItemResult | None
    missing: list[str]
    rounded_from: Decimal | None = None
    consequence: str = ""  # what the grade brings, as the document writes it
    # The scores of the top-level groups, in the rubric's order (titles: part_titles).
    parts: tuple = ()
    part_titles: list[str] = field(default_factory=list, repr=False, compare=False)
    # With --explain: what the scoring function recorded, made into ItemResults when first
    # read (most outputs never read them all), by the run's one Explainer.
    recorded: tuple | None = field(default=None, repr=False, compare=False)
    _items: list[ItemResult] | None = field(default=None, repr=False, compare=False)

    @property
    def items(self) -> list[ItemResult] | None:
        if self._items is None and self.recorded is not None:
            explainer, unit, out = self.recorded
            self._items = explainer.items(unit, out)
        return self._items

    def part_scores(self) -> dict[str, Decimal]:
        """Score per top-level group title (the first group of a title, when two share one)."""
        scores: dict[str, Decimal] = {}
        for title, score in zip(self.part_titles, self.parts):
            scores.setdefault(title, score)
        return scores

    def forget_items(self) -> None:
        """Let go of the explanation built from the record (a writer done with this unit);
        reading `items` again builds it again."""
        if self.recorded is not None:
            self._items = None

    def lost_by_responsible(self) -> dict[str, Decimal]:
        """Points lost per 责任单位, counted once per item (the report departments act on)."""
        totals: dict[str, Decimal] = {}
        for item in self.items or []:
            if item.accountable and item.lost is not None and item.lost > 0:
                totals[item.responsible] = totals.get(item.responsible, Decimal(0)) + item.lost
        return dict(sorted(totals.items(), key=lambda kv: (-kv[1], kv[0])))

    def to_dict(self, *, with_items: bool = True) -> dict:
        """Everything about this unit as JSON values; without its explanation (`items` and
        `lost_by_responsible`, when it has one) for a writer that writes those itself."""
        out = {
            "name": self.name,
            "total": plain(self.total),
            "grade": self.grade,
            "rank": self.rank,
            "base": plain(self.base),
            "bonus": plain(self.bonus),
            "deductions": plain(self.deductions),
            "veto": None if self.veto is None else {
                "path": list(self.veto.path), "sentence": self.veto.sentence,
                "facts": {k: json_value(v) for k, v in self.veto.facts.items()}},
            "missing": list(self.missing),
            "consequence": self.consequence,
        }
        if self.rounded_from is not None:
            out["unrounded_total"] = plain(self.rounded_from)
        out["parts"] = {title: plain(score) for title, score in self.part_scores().items()}
        if with_items and self.items is not None:
            out["items"] = [i.to_dict() for i in self.items]
            out["lost_by_responsible"] = {k: plain(v) for k, v in self.lost_by_responsible().items()}
        return out


def json_value(value):
    """A fact as JSON holds it: exact decimals as text, inside lists and records too."""
    if isinstance(value, Decimal):
        return plain(value)
    if isinstance(value, dict):
        return {k: json_value(v) for k, v in value.items()}
    if isinstance(value, list):
        return [json_value(v) for v in value]
    return value


# ----------------------------------------------------------------------------- ranks

def shared_ranks(values: list) -> list[int | None]:
    """1-based positions, higher value first; ties share the better rank; None has none."""
    present = sorted((v for v in values if v is not None), reverse=True)
    first: dict = {}
    for i, v in enumerate(present):
        first.setdefault(v, i + 1)
    return [None if v is None else first[v] for v in values]


def rank_inputs(program: Program, units: list[UnitFacts]) -> list[list]:
    """Per unit, what the rules that compare units read: the (position, count) of each rank
    rule (None when it cannot rank), and the average of each peer rule's fact as an exact
    fraction (sum, count) of the units that reported it."""
    columns = []
    for name in program.rank_inputs:
        if isinstance(name, PeerInput):
            i = program.fact_index[name.name]
            reported = [u.values[i] for u in units if u.values[i] is not None]
            average = (sum(reported), len(reported)) if reported else None
            columns.append([average] * len(units))
            continue
        if name in program.metric_index:
            i = program.metric_index[name]
            values = []
            for u in units:
                m = program.metrics(u.values)[i]
                values.append(None if m is None or m[1] == 0 else Fraction(m[0], m[1]))
        else:
            i = program.fact_index[name]
            values = [u.values[i] for u in units]
        positions = shared_ranks(values)
        count = sum(1 for v in values if v is not None)
        columns.append([None if p is None else (p, count) for p in positions])
    return [[col[u] for col in columns] for u in range(len(units))]


# ---------------------------------------------------------------------------- scoring

def _round_total(program: Program, total: Decimal) -> Decimal:
    precision = program.rubric.precision
    if precision is None or precision.places >= program.places:
        return total  # it has no more places than that: nothing to round (保留99位小数 included)
    return total.quantize(Decimal(1).scaleb(-precision.places), rounding=_ROUNDING[precision.mode],
                          context=EXACT)  # the default context fails past 28 digits (a total of 10^26)


def grade_of(bands: A.GradeBands | None, total: Decimal, full_marks: Decimal | None = None) -> str | None:
    """The grade of a total: of the bands that hold, the innermost (90分以上 inside 80分以上);
    where two meet at a boundary (60分以下…、60-70分…), the higher one, the better for the
    unit, whichever order they are written in (of grades named by letters, the one nearer A,
    as where the total is points recorded against the unit); else the one written first.
    Bands of a share (得分率90%以上) take the total's share of `full_marks`."""
    if bands is None:
        return None
    if bands.of_share and full_marks:
        total = total / full_marks
    depth = A.nesting([b.interval for b in bands.bands])
    held = [i for i, band in enumerate(bands.bands) if band.interval is not None and band.interval.contains(total)]
    if held:
        def low(i):
            bound = bands.bands[i].interval.low
            return (0, 0) if bound is None else (1, bound.value)
        inner = min(-depth[i] for i in held)
        held = [i for i in held if -depth[i] == inner]
        letters = [bands.bands[i].letter for i in held]
        if len(held) > 1 and None not in letters:
            # 26—40分的为C级;40分以上的为D级 (points recorded against the unit): A is the better
            # letter whichever way the totals run
            return bands.bands[held[letters.index(min(letters))]].grade
        return bands.bands[min(held, key=lambda i: (tuple(-x for x in low(i)), i))].grade
    for band in bands.bands:
        if band.interval is None:
            return band.grade
    return None


def score_units(program: Program, units: list[UnitFacts], *, explain: bool = False,
                progress=None) -> list[UnitResult]:
    """Score every unit, in the order given; `progress(n)` is told as units are done (for a
    progress bar)."""
    with collector_paused():  # many small records, no cycles: the collector only costs time
        scorer = _Scorer(program, explain)
        results = []
        for unit, rk in zip(units, rank_inputs(program, units)):
            results.append(scorer.unit(unit, rk))
            if progress is not None:
                progress(1)
    positions = shared_ranks([r.total for r in results])
    for r, p in zip(results, positions):
        r.rank = p
    return results


def score_stream(program: Program, units: Iterable[UnitFacts], *, explain: bool = False,
                 progress=None, best_first: bool = True) -> Iterator[UnitResult]:
    """Score units as they are read and give them back best first (by rank, then name), or
    in the order read.
    What is kept per unit is its result (totals, grade, the scores of its top-level groups);
    its facts are let go once it is scored, unless a rank or peer rule compares units, when
    every unit's facts are read before any is scored."""
    with collector_paused():
        scorer = _Scorer(program, explain)
        if program.rank_inputs:
            units = list(units)
            pairs = zip(units, rank_inputs(program, units))
        else:
            pairs = ((unit, ()) for unit in units)
        results = []
        for unit, rk in pairs:
            results.append(scorer.unit(unit, rk))
            if progress is not None:
                progress(1)
        units = pairs = None
        # best first: by total, high to low, then by name (two stable sorts, by attributes)
        ordered = sorted(results, key=attrgetter("name"))
        ordered.sort(key=attrgetter("total"), reverse=True)
    rank, last = 0, None
    for n, r in enumerate(ordered, 1):
        if r.total != last:
            rank, last = n, r.total
        r.rank = rank
    return iter(ordered if best_first else results)


class _Scorer:
    """Scores one unit at a time. What depends only on the program, or only on the scores
    (which many units share: the rounding, the grade, the Decimals), is worked out once."""

    SHARED = 65_536  # at most this many outcomes and numbers remembered

    def __init__(self, program: Program, explain: bool):
        self.program, self.explain = program, explain
        self.explainer = Explainer(program) if explain else None
        self.bands = program.rubric.bands
        self.judged = None if self.bands is None or self.bands.judged is None else \
            program.fact_index[self.bands.judged.name]
        self.decimals: dict[int, Decimal] = {}
        self.outcomes: dict[tuple, tuple] = {}

    def decimal(self, scaled: int) -> Decimal:
        """The Decimal of a scaled integer, one object for every unit that scores it."""
        value = self.decimals.get(scaled)
        if value is None:
            if len(self.decimals) >= self.SHARED:
                self.decimals.clear()
            value = self.decimals[scaled] = self.program.to_decimal(scaled)
        return value

    def outcome(self, scored: tuple, given=None, veto_grade: str | None = None) -> tuple:
        """What a unit's scores come to: (total rounded, unrounded total when it differs,
        grade, base, bonus, deductions, the top-level groups' scores, the grade's
        consequence). Units that score alike share one (`scored` is the scoring function's
        answer); a grade the assessors gave (`given`, when the bands are judged) or a veto's
        is the unit's own."""
        shared = veto_grade is None and self.judged is None
        if shared:
            known = self.outcomes.get(scored)
            if known is not None:
                return known
        total, base, bonus, deductions, _, parts = scored
        decimal = self.decimal
        exact = decimal(total)
        rounded = _round_total(self.program, exact)
        if veto_grade is not None:
            grade = veto_grade
        elif self.judged is not None:
            grade = given
        else:
            grade = grade_of(self.bands, rounded, self.program.rubric.full_marks)
        outcome = (rounded, exact if rounded != exact else None, grade, decimal(base), decimal(bonus),
                   decimal(deductions), tuple(map(decimal, parts)), _consequence(self.bands, grade))
        if shared:
            if len(self.outcomes) >= self.SHARED:
                self.outcomes.clear()
            self.outcomes[scored] = outcome
        return outcome

    def unit(self, unit: UnitFacts, rk) -> UnitResult:
        program, explain = self.program, self.explain
        out = [None] * (3 * len(program.slots)) if explain else None
        scored = program.detail(unit.values, rk, out) if explain else program.total(unit.values, rk)
        veto = scored[4]
        veto_item = veto_grade = None
        if veto >= 0:
            self.explainer = self.explainer or Explainer(program)
            veto_item = self.explainer.item(unit, veto, out[3 * veto:3 * veto + 3] if explain else (0, 0, 1))
            bands = self.bands
            veto_grade = _veto_grade(program, veto) or (
                bands.bands[-1].grade if bands and bands.bands else "一票否决")
        # a grade the assessors gave (the bands' judged fact)
        given = unit.values[self.judged] if self.judged is not None else None
        total, exact, grade, base, bonus, deductions, parts, consequence = self.outcome(scored, given, veto_grade)
        return UnitResult(
            name=unit.name, total=total, base=base, bonus=bonus, deductions=deductions, grade=grade, rank=0,
            veto=veto_item, missing=unit.missing, rounded_from=exact, consequence=consequence,
            recorded=(self.explainer, unit, out) if explain else None, parts=parts,
            part_titles=program.part_titles,
        )


def _consequence(bands: A.GradeBands | None, grade: str | None) -> str:
    for band in bands.bands if bands is not None else ():
        if band.grade == grade:
            return band.consequence
    return ""


def _veto_grade(program: Program, slot: int) -> str | None:
    parent = program.slots[slot].parent
    while parent is not None:
        node = program.slots[parent].node
        if isinstance(node, A.Group) and node.veto_grade:
            return node.veto_grade
        parent = program.slots[parent].parent
    line = program.slots[slot].node
    rule = A.unwrap(line.rule)
    return rule.grade if isinstance(rule, A.Veto) else None


# --------------------------------------------------------------------------- explanations

@dataclass(frozen=True)
class _SlotInfo:
    """What explaining a slot needs that depends on the program only: computed once."""

    kind: str                   # "rule" or "group"
    path: tuple[str, ...]
    depth: int
    high: Decimal | None        # the most it can score
    responsible: str
    accountable: bool
    title: str
    points: Decimal | None = None
    role: A.Role = A.Role.BASE


class Explainer:
    """Turns one unit's recorded slots into ItemResults; the static part of every slot
    (path, 责任单位, ranges) is worked out once per program, not once per unit."""

    def __init__(self, program: Program):
        self.program = program
        # Which groups hold a scored item below them: one pass up from the leaves.
        self.holds_scored = [False] * len(program.slots)
        for slot in range(len(program.slots) - 1, -1, -1):
            parent = program.slots[slot].parent
            if parent is not None and (self.holds_scored[slot] or _scored_item(program.slots[slot].node)):
                self.holds_scored[parent] = True
        self.slots = [self._info(slot) for slot in range(len(program.slots))]
        self.metric_lines = any(program.rubric.metric(f.name) is not None
                                for s in program.slots if isinstance(s.node, A.RuleLine) for f in s.node.facts)

    def _info(self, slot: int) -> _SlotInfo:
        program = self.program
        s = program.slots[slot]
        path = _path(program, slot)
        responsible = _responsible(program, slot)
        accountable = self._accountable(slot)
        if isinstance(s.node, A.Group):
            group = s.node
            points = group.points if group.points is not None else (
                group.cap if group.role is A.Role.BONUS else None)
            return _SlotInfo("group", path, s.depth, group_range(group, program.rubric.floor).high, responsible, accountable,
                             group.title, points, group.role)
        line = s.node
        return _SlotInfo("rule", path + (line.facts[0].label if line.facts else "",), s.depth,
                         rule_range(line.rule).high, responsible, accountable,
                         "、".join(f.label for f in line.facts))

    def _accountable(self, slot: int) -> bool:
        """Counted once in the points lost per 责任单位: the innermost scored item (or a
        扣分项), or a rule line outside any scored item."""
        slots = self.program.slots
        node = slots[slot].node
        if isinstance(node, A.Group):
            return _scored_item(node) and not self.holds_scored[slot]
        parent = slots[slot].parent
        while parent is not None:
            if _scored_item(slots[parent].node) or slots[parent].node.role is not A.Role.BASE:
                return False
            parent = slots[parent].parent
        return True

    def items(self, unit: UnitFacts, out: list) -> list[ItemResult]:
        metrics = self.program.metrics(unit.values) if self.metric_lines else None
        return [self.item(unit, slot, out[3 * slot:3 * slot + 3], metrics) for slot in range(len(self.slots))]

    def item(self, unit: UnitFacts, slot: int, record, metrics=None) -> ItemResult:
        info = self.slots[slot]
        score, raw, choice = record
        to_dec = self.program.to_decimal
        score_d, raw_d = to_dec(score), to_dec(raw)
        node = self.program.slots[slot].node
        if info.kind == "group":
            status, lost = Status.OK, None
            if info.points is not None and raw_d > info.points:
                status = Status.CAPPED
            elif raw_d < 0 <= score_d and info.role is not A.Role.DEDUCTIONS:
                status = Status.FLOORED
            if info.points is not None and info.role is A.Role.BASE:
                lost = info.points - score_d
            elif info.role is A.Role.DEDUCTIONS:
                lost = score_d
                status = Status.CAPPED if raw_d > score_d else Status.OK
            return ItemResult(slot, "group", info.path, info.depth, score_d, raw_d, info.high, lost, status,
                              info.responsible, title=info.title, points=info.points, role=info.role,
                              accountable=info.accountable)
        status, matched = _status(node, choice, score_d, raw_d)
        lost = None
        if info.high is not None:
            lost = info.high - score_d if info.high > 0 else -score_d
        return ItemResult(slot, "rule", info.path, info.depth, score_d, raw_d, info.high, lost, status,
                          info.responsible, sentence=node.text, facts=self._facts_read(unit, node, metrics),
                          matched=matched, choice=choice, title=info.title, accountable=info.accountable)

    def _facts_read(self, unit: UnitFacts, line: A.RuleLine, metrics) -> dict:
        """The values a line read, as written; a metric shows its inputs and its value."""
        program = self.program
        out: dict = {}
        for ref in line.facts:
            metric = program.rubric.metric(ref.name)
            if metric is None:
                out[ref.label] = unit.raw.get(ref.name)
                continue
            for name in dict.fromkeys(r.name for r in metric_inputs(metric.expr)):
                out[name] = unit.raw.get(name)
            if metrics is None:
                metrics = program.metrics(unit.values)
            value = metrics[program.metric_index[ref.name]]
            if value is None:
                out[ref.name] = "缺报"
            elif value[1] == 0:
                out[ref.name] = "无法计算(分母为0)"
            else:
                ratio = Fraction(value[0], value[1] * program.scale)
                # rounded once, exactly, however long the number (half to even, as before)
                out[ref.name] = f"{plain(exact_decimal(round(ratio * 100, 2)))}%"
        return out


def _path(program: Program, slot: int) -> tuple[str, ...]:
    titles = []
    s = program.slots[slot]
    if isinstance(s.node, A.Group):
        titles.append(s.node.title)
    parent = s.parent
    while parent is not None:
        titles.append(program.slots[parent].node.title)
        parent = program.slots[parent].parent
    return tuple(reversed(titles))


def _responsible(program: Program, slot: int) -> str:
    """The nearest 责任单位: the line's own, else its item's, else further up."""
    s = program.slots[slot]
    node, parent = s.node, slot
    while True:
        value = node.meta_value(A.MetaKey.RESPONSIBLE)
        if value:
            return value
        parent = program.slots[parent].parent
        if parent is None:
            return "未注明"
        node = program.slots[parent].node


def _scored_item(node) -> bool:
    return isinstance(node, A.Group) and (
        node.role is A.Role.DEDUCTIONS or (node.role is A.Role.BASE and node.points is not None))




def _status(line: A.RuleLine, choice, score: Decimal, raw: Decimal) -> tuple[Status, str]:
    if choice == MISSING:
        return Status.MISSING, ""
    if choice == MISSING_PART:
        return Status.PARTLY_MISSING, ""
    if choice == UNDEFINED:
        return Status.UNDEFINED, ""
    status, matched = _CHOICES.visit(A.unwrap(line.rule), choice)
    if status is Status.OK and score != raw:
        return (Status.CAPPED if score < raw else Status.FLOORED), matched
    return status, matched


class ChoiceReader(A.RuleVisitor):
    """What a rule's recorded choice means: (status, the clause that matched). The choice is
    a tier's index (or NO_MATCH) for tiers and ranks, counts per tier for per-record tiers,
    1 or NO_MATCH for yes/no outcomes (see compiler.py)."""

    def visit_Tiers(self, rule, choice):
        if choice >= 0:
            return Status.OK, rule.tiers[choice].text
        if all(t.points <= 0 for t in rule.tiers):
            return Status.OK, ""  # no deduction applied
        return Status.UNMATCHED, ""

    visit_Rank = visit_TieredPerCount = visit_Tiers

    def visit_PerRecordTiers(self, rule, choice):
        return Status.OK, "；".join(f"{n}条符合“{rule.tiers[i].text}”" for i, n in enumerate(choice) if n)

    def visit_Levels(self, rule, choice):
        if isinstance(choice, int) and choice == len(rule.levels):
            return Status.OK, NO_LEVEL  # (无: none of them reached)
        return Status.OK, rule.levels[choice][0] if isinstance(choice, int) and choice >= 0 else ""

    visit_JudgedLevels = visit_Levels

    def visit_Peer(self, rule, choice):
        return self.visit(rule.rule, choice)

    visit_PartSteps = visit_Peer

    def visit_Requirement(self, rule, choice):
        return (Status.MET if choice == 1 else Status.UNMET), ""

    def visit_Veto(self, rule, choice):
        return Status.OK, ""

    visit_BooleanDeduction = visit_Joint = visit_Veto

    def visit_PerCountAward(self, rule, choice):
        return (Status.UNMATCHED if choice == NO_MATCH else Status.OK), ""

    visit_PerCountDeduction = visit_BooleanAward = visit_DeficitDeduction = visit_PerCountAward
    visit_Excess = visit_Lateness = visit_PerCountAward
    visit_Shortfall = visit_ListedValues = visit_Proportional = visit_Judged = visit_PerCountAward
    visit_Cap = visit_OwnPoints = visit_Floor = visit_BelowZero = visit_Formula = visit_PerCountAward

    def visit_GroupCap(self, rule, choice):
        # the choice recorded is the last part's: a tier none of whose cases held (不足5万元的不得分)
        # says nothing of the part that scored beside it (达到5万元的得2分,每增加1万元加0.5分)
        return Status.OK, ""

    visit_Highest = visit_GroupCap


_CHOICES = ChoiceReader()
