"""Rubric test cases (`jdscore test`) and boundary tables (`jdscore test --boundaries`).

A test case is a YAML file beside a facts file, with the totals, grades, ranks and item
scores a person computed by hand (documented in the README, "Rubric test cases"):

    facts: facts.yaml          # relative to this file
    rubric: ../x.jd            # optional; defaults to the facts file's rubric:
    units:
      程寨村:
        total: 21.5
        grade: 良好            # optional
        rank: 2                # optional
        items:                 # optional; an item by its title, or a path "大项 / 项目"
          无毒创建: 5.5

Every unit named is one test; a case file that cannot run (a missing facts file, a
rubric with errors, invalid facts) is one failed test carrying the diagnostics why.

A boundary table takes every threshold of a rubric (each tier's ends, a 达标线, the
required count of `每少…`, the value where a cap starts to bind, each grade band's ends)
and scores the values at, just below and just above it, each rule line on its own, so a
writer sees that the edges behave as meant.
"""

from __future__ import annotations

from dataclasses import field
from decimal import Decimal
from pathlib import Path

from .records import dataclass
from . import ast as A
from .diagnostics import Diagnostic, Stop, error
from .facts import Located, Validator, read_yaml
from .numerals import plain
from .paths import named_rubric, resolve_named
from .pipeline import compile_line, named_check, read_facts, rubric_for, score
from .runtime import UnitResult, grade_of
from .schema import Kind, reads
from .source import Source, Span

CASE_NAMES = ("expected.yaml",)
CASE_SUFFIX = ".expected.yaml"
_UNIT_KEYS = {"total", "grade", "rank", "items"}


@dataclass
class Mismatch:
    unit: str
    what: str
    expected: str
    actual: str
    span: Span | None = None

    def diagnostic(self) -> Diagnostic:
        return error("E701", f"“{self.unit}”{self.what}: 预期 {self.expected},实际 {self.actual}", self.span,
                     english=f"{self.unit} {self.what}: expected {self.expected}, got {self.actual}")


@dataclass
class UnitCase:
    name: str
    checks: int = 0
    mismatches: list[Mismatch] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not self.mismatches


@dataclass
class CaseResult:
    path: str
    units: list[UnitCase] = field(default_factory=list)
    errors: list[Diagnostic] = field(default_factory=list)  # the case could not run

    @property
    def checks(self) -> int:
        return sum(u.checks for u in self.units)

    @property
    def mismatches(self) -> list[Mismatch]:
        return [m for u in self.units for m in u.mismatches]

    @property
    def passed(self) -> bool:
        return not self.errors and all(u.passed for u in self.units)

    @property
    def counts(self) -> tuple[int, int]:
        """(passed, failed) tests: one per unit, or one failed when the case could not run."""
        if self.errors:
            return 0, 1
        passed = sum(1 for u in self.units if u.passed)
        return passed, len(self.units) - passed

    def to_dict(self) -> dict:
        return {
            "path": self.path,
            "passed": self.passed,
            "errors": [d.to_dict() for d in self.errors],
            "units": [{"name": u.name, "passed": u.passed, "checks": u.checks,
                       "mismatches": [{"what": m.what, "expected": m.expected, "actual": m.actual,
                                       "location": m.span.to_dict() if m.span else None}
                                      for m in u.mismatches]} for u in self.units],
        }


def find_cases(root: Path) -> list[Path]:
    if root.is_file():
        return [root]
    return sorted(p for p in root.rglob("*.yaml") if p.name in CASE_NAMES or p.name.endswith(CASE_SUFFIX))


def run_case(path: Path) -> CaseResult:
    """Run one case file; problems that stop it are collected in `errors`, never raised."""
    outcome = CaseResult(str(path))
    try:
        _run(path, outcome)
    except Stop as stop:
        outcome.errors.extend(stop.diagnostics)
    return outcome


def _run(path: Path, outcome: CaseResult) -> None:
    source = Source.read(path, what="测试用例")
    doc = read_yaml(source)
    if not isinstance(doc.value, dict) or "facts" not in doc.value or "units" not in doc.value \
            or not isinstance(doc.value["units"].value, dict):
        raise Stop([error("E702", "测试用例要有 facts:(事实文件)和 units:(各单位的预期结果)",
                            Span.point(source.name, doc.line, doc.column),
                            hint="格式见 README 的“Rubric test cases”一节")])
    facts_path = resolve_named(path, str(doc.value["facts"].value))
    try:
        facts = read_facts(facts_path)
    except Stop as stop:
        unreadable = stop.diagnostics[0]
        if unreadable.span is not None:
            raise
        # the file itself cannot be read: point at the line that names it
        raise Stop([error(unreadable.code, unreadable.message, doc.value["facts"].span(source.name),
                          hint="facts: 的路径相对于测试用例文件本身")]) from None
    if "rubric" in doc.value:
        written = doc.value["rubric"]
        where = written.span(source.name)
        checked = named_check(named_rubric(path, str(written.value), where), str(written.value), where,
                              "测试用例").usable("计分", code="E414")
    elif facts.envelope.rubric is None:
        raise Stop([error("E702", "事实文件没有写 rubric:,测试用例也没有写 rubric:", Span.point(
            source.name, doc.line, doc.column), hint="在测试用例里写 rubric: 细则文件的路径")])
    else:
        checked = rubric_for(facts, None)
    results = {r.name: r for r in score(checked, facts, explain=True)}
    units_node = doc.value["units"]
    shape = []
    for unit_name, expected in units_node.value.items():
        where = Span.point(source.name, *units_node.keys[unit_name])
        if not isinstance(expected.value, dict):
            shape.append(error("E702", f"“{unit_name}”下面应写 total、grade、rank 或 items", where))
            continue
        for key in expected.value:
            if key not in _UNIT_KEYS:
                shape.append(error("E702", f"“{unit_name}”下面的“{key}”不是可以检查的结果", Span.point(
                    source.name, *expected.keys[key]), hint="可以写 total、grade、rank、items"))
    if shape:
        raise Stop(shape)
    for unit_name, expected in units_node.value.items():
        where = Span.point(source.name, *units_node.keys[unit_name])
        case = UnitCase(unit_name)
        outcome.units.append(case)
        result = results.get(unit_name)
        if result is None:
            case.checks += 1
            case.mismatches.append(Mismatch(unit_name, "", "存在", "事实文件中没有这个单位", where))
            continue
        _compare(result, expected, case, source)


def _compare(result: UnitResult, expected: Located, case: UnitCase, source: Source) -> None:
    fields = expected.value

    def at(key: str) -> Span:
        return Span.point(source.name, *expected.keys.get(key, (expected.line, expected.column)))

    for key, actual in (("total", plain(result.total)), ("grade", result.grade or ""),
                        ("rank", str(result.rank))):
        if key in fields:
            case.checks += 1
            want = _text(fields[key].value)
            if want != actual:
                case.mismatches.append(Mismatch(result.name, _WORDS[key], want, actual or "(无)", at(key)))
    if "items" in fields:
        items = fields["items"]
        if not isinstance(items.value, dict):
            case.checks += 1
            case.mismatches.append(Mismatch(result.name, "items", "项目标题: 分数", "格式不对", at("items")))
            return
        for title, want_node in items.value.items():
            case.checks += 1
            found = _find_item(result, title)
            where = Span.point(source.name, *items.keys[title])
            if found is None:
                case.mismatches.append(Mismatch(result.name, f"项目“{title}”", _text(want_node.value),
                                                "细则中没有这一项", where))
            elif _text(want_node.value) != plain(found):
                case.mismatches.append(Mismatch(result.name, f"项目“{title}”", _text(want_node.value),
                                                plain(found), where))


_WORDS = {"total": "总分", "grade": "等级", "rank": "名次"}


def _text(value) -> str:
    if isinstance(value, Decimal):
        return plain(value)
    return str(value)


def _find_item(result: UnitResult, title: str) -> Decimal | None:
    parts = [p.strip() for p in title.split(" / ")]
    for item in result.items or []:
        if item.kind != "group":
            continue
        if list(item.path[-len(parts):]) == parts:
            return item.score
    return None


# ------------------------------------------------------------------------ boundaries

@dataclass
class Probe:
    value: str   # as a facts file would write it (85%, 12, 89.99)
    outcome: str  # the line's score, or the grade


@dataclass
class Edge:
    kind: str     # 分档, 达标线, 应完成数, 封顶, 按比例, 等级
    value: str
    probes: list[Probe]

    def to_dict(self) -> dict:
        return {"kind": self.kind, "value": self.value,
                "probes": [{"value": p.value, "outcome": p.outcome} for p in self.probes]}


@dataclass
class LineEdges:
    line: A.RuleLine
    edges: list[Edge]

    def to_dict(self) -> dict:
        return {"location": self.line.span.to_dict(), "facts": [f.label for f in self.line.facts],
                "sentence": self.line.text, "edges": [e.to_dict() for e in self.edges]}


@dataclass
class BoundaryTable:
    rubric: str
    lines: list[LineEdges]
    bands: list[Edge]

    def to_dict(self) -> dict:
        return {"rubric": self.rubric, "lines": [x.to_dict() for x in self.lines],
                "bands": [e.to_dict() for e in self.bands]}


_PERCENT_STEP = Decimal("0.0001")   # 0.01%
_AMOUNT_STEP = Decimal("0.01")


def boundary_table(rubric: A.Rubric, name: str) -> BoundaryTable:
    lines = []
    for line in rubric.rule_lines():
        edges = _line_edges(line, rubric.declarations)
        if edges:
            lines.append(LineEdges(line, edges))
    return BoundaryTable(name, lines, _band_edges(rubric))


def _line_edges(line: A.RuleLine, declarations: tuple[A.FactDecl, ...]) -> list[Edge]:
    facts = reads(line.rule)
    if line.rule is None or len({ref.name for ref, _, _ in facts}) != 1:
        return []  # several facts scored together: their edges depend on each other
    try:
        scorer = _LineScorer(line, declarations)
    except Stop:
        return []
    wanted = [edge for rule in A.rule_nodes(line.rule) for edge in _EDGES.visit(rule)]
    edges: list[Edge] = []
    seen: set[tuple[str, Decimal]] = set()
    for kind, value, unit, requirement in wanted:
        if (kind, value) in seen:
            continue
        seen.add((kind, value))
        edge = scorer.edge(kind, value, unit, requirement)
        if edge is not None:
            edges.append(edge)
    return edges


class EdgeFinder(A.RuleVisitor):
    """The values where a rule's score changes: (kind, value, unit, requirement or None)."""

    def visit_Tiers(self, rule):
        return [("分档", bound.value, tier.interval.unit, None) for tier in rule.tiers
                for bound in (tier.interval.low, tier.interval.high) if bound is not None]

    visit_PerRecordTiers = visit_TieredPerCount = visit_Tiers

    def visit_Requirement(self, rule):
        if rule.interval is None:
            return []
        # a requirement scores nothing: show met or not
        return [("达标线", bound.value, rule.interval.unit, rule.interval)
                for bound in (rule.interval.low, rule.interval.high) if bound is not None]

    def visit_Shortfall(self, rule):
        return [("达标线", rule.threshold.value, rule.unit, None),
                ("每低一档", rule.threshold.value - rule.step, rule.unit, None)]

    def visit_DeficitDeduction(self, rule):
        return [("应完成数", rule.required, A.Unit.COUNT, None)]

    def visit_Proportional(self, rule):
        if isinstance(rule.target, Decimal):
            return [("按比例", rule.target, A.Unit.PERCENT if rule.of_rate else A.Unit.COUNT, None)]
        return []

    def visit_Cap(self, rule):
        if isinstance(rule.rule, A.PerCountAward) and not rule.on_deductions:
            award = rule.rule
            return [("封顶", rule.limit / award.points * award.per, award.unit, None)]
        return []

    def visit_Excess(self, rule):
        return [("起点", rule.threshold.value, rule.unit, None)]

    def visit_Lateness(self, rule):
        if rule.zero_beyond is None:
            return []
        label = "不得分" if rule.beyond_points is None else f"扣{plain(rule.beyond_points)}分"
        return [(label, bound.value, A.Unit.COUNT, None)
                for bound in (rule.zero_beyond.low, rule.zero_beyond.high) if bound is not None]

    def visit_Peer(self, rule):
        return []  # its edges move with the other units

    def visit_PerCountAward(self, rule):
        return []

    visit_PerCountDeduction = visit_BooleanAward = visit_BooleanDeduction = visit_PerCountAward
    visit_ListedValues = visit_Rank = visit_Judged = visit_Veto = visit_PerCountAward
    visit_GroupCap = visit_Highest = visit_PartSteps = visit_OwnPoints = visit_Floor = visit_BelowZero = visit_Levels = visit_Formula = visit_PerCountAward
    visit_JudgedLevels = visit_Joint = visit_PerCountAward  # several values: its edges depend on each other


_EDGES = EdgeFinder()


class _LineScorer:
    """One rule line compiled on its own (as `jdscore try` does), scored for given values."""

    def __init__(self, line: A.RuleLine, declarations: tuple[A.FactDecl, ...] = ()):
        self.program = compile_line(line, declarations=declarations)
        self.spec = next(iter(self.program.schema.facts.values()))
        self.source = Source.from_text("<边界>", "")

    def _kind(self) -> tuple[Kind, bool]:
        spec = self.spec
        if spec.kind is Kind.RECORDS:
            attr = next(iter(spec.attributes.values()))
            return attr.kind, attr.most
        return spec.kind, spec.most

    def _unit_said(self) -> str:
        """元 for a fact compared in 万元: its values are written with their unit (a bare 50000 is refused)."""
        spec = self.spec.magnitude_spec()
        return spec.unit_word if spec is not None else ""

    def edge(self, kind: str, value: Decimal, unit: A.Unit, requirement: A.Interval | None = None) -> Edge | None:
        fact_kind, most = self._kind()
        if fact_kind not in (Kind.COUNT, Kind.QUANTITY, Kind.RATE, Kind.NUMBER):
            return None
        if fact_kind is Kind.COUNT:
            step = Decimal(1)
            value = value.to_integral_value(rounding="ROUND_CEILING")
        elif fact_kind is Kind.RATE:
            step = _PERCENT_STEP
        else:
            step = _AMOUNT_STEP
        unit_said = self._unit_said()

        def written(v: Decimal) -> str:  # as a value of the fact is written: 85%, 50000元
            return plain(v * 100) + "%" if fact_kind is Kind.RATE else plain(v) + unit_said

        probes = []
        for x in (value - step, value, value + step):
            if fact_kind in (Kind.COUNT, Kind.QUANTITY, Kind.RATE) and x < 0:
                continue
            if fact_kind is Kind.RATE and most is not None and x > most:
                continue
            shown = written(x)
            if requirement is not None:
                probes.append(Probe(shown, "达标" if requirement.contains(x) else "未达标"))
            else:
                probes.append(Probe(shown, self.score(shown)))
        return Edge(kind, written(value), probes)

    def score(self, text: str) -> str:
        spec = self.spec
        validator = Validator(self.source, self.program.schema, self.program.places)
        if spec.kind is Kind.RECORDS:
            attribute = next(iter(spec.attributes))
            located = Located([Located({attribute: Located(text, 1, 1)}, 1, 1)], 1, 1)
        else:
            located = Located(text, 1, 1)
        value = validator.convert(spec, located, "边界", spec.name)
        if validator.diagnostics or value is None:
            return "(无效值)"
        vector = [value]
        total, *_ = self.program.total(vector, [])
        return plain(self.program.to_decimal(total))


def _band_edges(rubric: A.Rubric) -> list[Edge]:
    bands = rubric.bands
    if bands is None or bands.judged is not None:
        return []
    step = _AMOUNT_STEP
    quantum = None
    if rubric.precision is not None:
        quantum = Decimal(1).scaleb(-rubric.precision.places)
        step = max(step, quantum)
    # (得分率90%以上: the edges in points of the full marks)
    scale = rubric.full_marks if bands.of_share and rubric.full_marks else Decimal(1)
    values = sorted({b.value * scale for band in bands.bands if band.interval is not None
                     for b in (band.interval.low, band.interval.high) if b is not None}, reverse=True)
    edges = []
    for v in values:
        probes = []
        for x in (v - step, v, v + step):
            total = x if quantum is None else x.quantize(quantum)
            probes.append(Probe(plain(total), grade_of(bands, total, rubric.full_marks) or "(不属于任何等级)"))
        edges.append(Edge("等级", plain(v) + "分", probes))
    return edges
