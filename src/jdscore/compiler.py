"""AST -> scoring functions: straight-line Python over fixed-point integers.

Every number in scoring is an integer scaled by 10**places, where `places` covers every
constant of the rubric (at least 6): 0.05 × 3 is 50000 × 3 = 150000, exactly 0.15.
Straight-line integer code runs at the speed of a hand-written float function, which a
tree-walking interpreter or `decimal.Decimal` does not.

The generated source holds only integer constants, local variable names of its own and
list indices: no name, title or sentence from a rubric ever reaches it, so a hostile
rubric cannot inject code. One visitor writes two functions from the same code: `total`
for tables and rankings, `detail` which also records every rule and item for `--explain`.

Choice codes recorded per rule: >= 0 the clause (tier) that matched, -1 none matched,
-2 a fact was reported missing (缺报), -3 a metric could not be computed (division by 0),
-4 one of several facts on the line was 缺报 (its part scored 0, the others counted).
"""

from __future__ import annotations

import re
from functools import cached_property
from decimal import Decimal

from .records import dataclass
from . import ast as A
from .bounds import floors_item, has_own_points, is_deduction_item, item_floored, only_deducts
from .diagnostics import Diagnostic, Stop, error
from .numerals import EXACT
from .numerals import places as decimal_places
from .schema import Schema, build_schema, metric_inputs, reads

MIN_PLACES = 6
_NAME = re.compile(r"\b[a-z]+[0-9]+\b")  # a variable of the generated code
MISSING, UNDEFINED, NO_MATCH, MISSING_PART = -2, -3, -1, -4
# Python's compiler recurses once per `+` of a chain and gives up near 3,000 (a group of
# 3,000 lines passed check and then crashed): longer sums are one flat tuple.
FLAT_SUM_FROM = 50


def _added(terms: list[str]) -> str:
    """Code for the sum of `terms` (0 when there are none)."""
    if not terms:
        return "0"
    if len(terms) < FLAT_SUM_FROM:
        return " + ".join(terms)
    return f"sum(({', '.join(terms)}))"


@dataclass
class Slot:
    """One recorded node: a rule line or a group, in depth-first order."""

    node: A.RuleLine | A.Group
    parent: int | None
    depth: int


class Program:
    """A compiled rubric. `total` is made when the rubric is compiled (so that compiling
    finds every problem); `detail` and `metrics`, which only explanations and metrics
    need, and the Python byte code of each, are made on first use."""

    def __init__(self, rubric: A.Rubric, schema: Schema, places: int, fact_index: dict[str, int],
                 metric_index: dict[str, int], gen: Codegen, total_source: str):
        self.rubric, self.schema, self.places = rubric, schema, places
        self.scale = 10 ** places
        self.fact_index, self.metric_index = fact_index, metric_index
        self.rank_inputs: list[str] = gen.rank_inputs  # the fact or metric each rank rule ranks by
        self.slots: list[Slot] = gen.slots
        self.top_groups: dict[str, int] = gen.top_groups  # top-level group title -> slot
        self.part_titles = [node.title for node in rubric.body if isinstance(node, A.Group)]
        self.total_source = total_source

    @cached_property
    def _detail_sources(self) -> tuple[str, str]:
        gen = Codegen(self.rubric, self.scale, self.fact_index, self.metric_index, detail=True, problems=[])
        return gen.function("detail", "v, rk, out"), gen.metrics_function()

    @property
    def source(self) -> str:
        """All the generated code (for review and tests)."""
        return "\n\n".join([self.total_source, *self._detail_sources]) + "\n"

    @cached_property
    def total(self):
        """(v, rk) -> (total, base, bonus, deductions, veto, parts): parts are the scores of
        the top-level groups, in order (`part_titles`)"""
        return _load(self.total_source, "total")

    @cached_property
    def detail(self):
        """(v, rk, out) -> the same, filling out[3*slot:3*slot+3] with (score, raw, choice)
        for every rule line and group (flat: no tuple per slot)"""
        return _load(self._detail_sources[0], "detail")

    @cached_property
    def metrics(self):
        """(v) -> [(num, den) | None] for every metric"""
        return _load(self._detail_sources[1], "metrics")

    def to_decimal(self, scaled: int) -> Decimal:
        return Decimal(scaled).scaleb(-self.places, context=EXACT)

    def scaled(self, value: Decimal) -> int:
        return int(value.scaleb(self.places, context=EXACT))


def _load(source: str, name: str):
    # The generated code needs four builtins and nothing else.
    namespace: dict = {"__builtins__": {"sum": sum, "min": min, "max": max, "bool": bool}}
    exec(compile(source, "<jdscore-generated>", "exec"), namespace)  # noqa: S102 (our own code)
    return namespace[name]


def compile_rubric(rubric: A.Rubric, schema=None) -> Program:
    schema = schema if schema is not None else build_schema(rubric)
    fact_index = schema.index()
    metric_index = {m.name: i for i, m in enumerate(rubric.metrics)}
    places = MIN_PLACES
    while True:  # once, unless a constant has more places than the scale (then once more)
        problems: list[Diagnostic] = []
        gen = Codegen(rubric, 10 ** places, fact_index, metric_index, detail=False, problems=problems)
        total_source = gen.function("total", "v, rk")
        if gen.places_needed <= places:
            break
        places = gen.places_needed
    if problems:
        raise Stop(problems)
    return Program(rubric, schema, places, fact_index, metric_index, gen, total_source)


@dataclass
class _Val:
    """A value in generated code: num / den, both scaled; den None means 1."""

    num: str
    den: str | None
    missing: str      # a condition that is true when the value was not reported
    undefined: str | None = None  # true when a metric divided by zero


class _Block:
    """The indented body of an `if`/`else`/`for` in generated code (a class, not
    @contextmanager: thousands of blocks per rubric, and a generator per block is slow)."""

    __slots__ = ("gen", "step")

    def __init__(self, gen, indent: bool = True):
        self.gen, self.step = gen, int(indent)

    def __enter__(self):
        self.gen.depth += self.step

    def __exit__(self, *exc):
        self.gen.depth -= self.step


@dataclass(frozen=True)
class PeerInput:
    """A fact whose average over every unit a peer rule compares with (rank_inputs)."""

    name: str


class Codegen(A.RuleVisitor):
    """Python source for a rubric: one `visit_<Kind>` per rule kind emits its code and
    returns the expression (or variable) of its score."""

    def __init__(self, rubric, scale, fact_index, metric_index, *, detail, problems):
        self.rubric = rubric
        self.S = scale
        self.places = len(str(scale)) - 1
        self.group_vars: dict[int, str] = {}
        self.fact_index = fact_index
        self.metric_index = metric_index
        self.detail = detail
        self.problems = problems
        self.lines: list[str] = []
        self.depth = 1
        self.counter = 0
        self.slots: list[Slot] = []
        self.top_groups: dict[str, int] = {}
        self.rank_inputs: list[str] = []
        self.part_steps: str | None = None  # inside 不足…按…计: "whole" (one step more), "share", "rounded"
        self.below_zero = False  # inside 倒扣: the sentence's own points do not stop it at 0
        self.metrics_used: set[int] = set()
        self.places_needed = self.places

    # -- emission helpers ---------------------------------------------------------

    def w(self, line: str) -> None:
        self.lines.append("    " * self.depth + line)

    def block(self, header: str) -> _Block:
        """`with self.block("if x:"):` indents what is written inside it."""
        self.w(header)
        return _Block(self)

    def tmp(self, prefix: str = "t") -> str:
        self.counter += 1
        return f"{prefix}{self.counter}"

    def k(self, value: Decimal) -> int:
        """A constant, scaled (noting the places it needs: the scale must cover them all)."""
        scaled = value.scaleb(self.places, context=EXACT)
        if scaled != scaled.to_integral_value():
            self.places_needed = max(self.places_needed, decimal_places(value))
        return int(scaled)

    # -- functions --------------------------------------------------------------------

    def function(self, name: str, params: str) -> str:
        body_start = len(self.lines)
        self.metric_prelude()
        base_parts: list[str] = []
        bonus: list[str] = []
        deductions: list[str] = []  # each group's score is the (positive) amount it deducts
        parts: list[str] = []  # every top-level group's score, for the totals
        self.w("veto = -1")
        for node in self.rubric.body:
            if isinstance(node, A.Group):
                score = self.group(node, None, 0)
                parts.append(score)
                if node.role is A.Role.BONUS:
                    bonus.append(score)
                elif node.role is A.Role.DEDUCTIONS:
                    deductions.append(score)
                elif node.role is A.Role.BASE:
                    base_parts.append(score)
            else:
                score, zero, floors = self.line(node, None, 0)
                # a line alone (jdscore try without --points): 本项不得分 is its own 0, and 扣完为止
                # its own floor where it adds too (deductions alone, from no points, are below 0)
                if floors and not only_deducts(node.rule):
                    self.w(f"if {score} < 0: {score} = 0")
                if zero is not None:
                    self.w(f"if {zero}: {score} = 0")
                base_parts.append(score)
        self.w(f"base = {_added(base_parts)}")
        self.w(f"bonus = {_added(bonus)}")
        self.w(f"deductions = {_added(deductions)}")
        total = self.expr(self.rubric.total) if self.rubric.total is not None else "base + bonus - deductions"
        self.w(f"total = {total}")
        self.w(f"return total, base, bonus, deductions, veto, ({''.join(p + ', ' for p in parts)})")
        body = self.lines[body_start:]
        del self.lines[body_start:]
        return f"def {name}({params}):\n" + "\n".join(body)

    def metrics_function(self) -> str:
        saved, self.lines, self.depth = self.lines, [], 1
        self.metrics_used = set(range(len(self.rubric.metrics)))
        self.metric_prelude()
        items = ", ".join(f"(None if m{i}ok is None else (m{i}n, m{i}d))"
                          for i in range(len(self.rubric.metrics)))
        self.w(f"return [{items}]")
        body, self.lines = self.lines, saved
        return "def metrics(v):\n" + "\n".join(body)

    def metric_prelude(self) -> None:
        """Compute each metric once as an exact fraction m{i}n / m{i}d (scaled)."""
        for i, metric in enumerate(self.rubric.metrics):
            refs = [r.name for r in metric_inputs(metric.expr)]
            unknown = [n for n in refs if n not in self.fact_index]
            if unknown:
                self.problems.append(error("E213", f"指标“{metric.name}”引用了另一个指标或未知名称“{unknown[0]}”",
                                           metric.span, hint="指标公式只能引用事实名称"))
                self.w(f"m{i}ok = None; m{i}n = 0; m{i}d = 1")
                continue
            missing = " or ".join(f"v[{self.fact_index[n]}] is None" for n in dict.fromkeys(refs)) or "False"
            with self.block(f"if {missing}:"):
                self.w(f"m{i}ok = None; m{i}n = 0; m{i}d = 1")
            with self.block("else:"):
                num, den = self.rational(metric.expr)
                self.w(f"m{i}n = ({num}) * {self.S}; m{i}d = {den}")
                with self.block(f"if m{i}d < 0:"):
                    self.w(f"m{i}n = -m{i}n; m{i}d = -m{i}d")
                self.w(f"m{i}ok = m{i}d != 0")

    def rational(self, expr) -> tuple[str, str]:
        """(numerator, denominator) code for an expression over facts, unscaled."""
        if isinstance(expr, A.Const):
            return str(self.k(expr.value)), str(self.S)
        if isinstance(expr, A.Ref):
            return f"v[{self.fact_index[expr.name]}]", str(self.S)
        if isinstance(expr, A.BinOp):
            a, b = self.rational(expr.left)
            c, d = self.rational(expr.right)
            n, m = self.tmp("n"), self.tmp("d")
            if expr.op in "+-":
                self.w(f"{n} = ({a}) * ({d}) {expr.op} ({c}) * ({b}); {m} = ({b}) * ({d})")
            elif expr.op == "*":
                self.w(f"{n} = ({a}) * ({c}); {m} = ({b}) * ({d})")
            else:
                self.w(f"{n} = ({a}) * ({d}); {m} = ({b}) * ({c})")
            return n, m
        self.problems.append(error("E213", "指标公式里不能引用总分的组成部分", expr.span))
        return "0", "1"

    # -- values -------------------------------------------------------------------------

    def value(self, ref: A.FactRef) -> _Val:
        if ref.name in self.metric_index:
            i = self.metric_index[ref.name]
            return _Val(f"m{i}n", f"m{i}d", f"m{i}ok is None", f"not m{i}ok")
        x = self.tmp("x")
        self.w(f"{x} = v[{self.fact_index[ref.name]}]")
        return _Val(x, None, f"{x} is None")

    def test(self, val: _Val, interval: A.Interval) -> str:
        parts = []
        for bound, up in ((interval.low, True), (interval.high, False)):
            if bound is None:
                continue
            b = self.k(bound.value)
            rhs = str(b) if val.den is None else f"{b} * {val.den}"
            op = (">=" if bound.inclusive else ">") if up else ("<=" if bound.inclusive else "<")
            parts.append(f"{val.num} {op} {rhs}")
        return " and ".join(parts) or "True"

    # -- rule lines -------------------------------------------------------------------

    def line(self, line: A.RuleLine, parent: int | None, depth: int) -> tuple[str, str | None, bool]:
        """Emit one rule line; return (score variable, zero-flag variable, floors its item)."""
        slot = len(self.slots)
        self.slots.append(Slot(line, parent, depth))
        s = self.tmp("s")
        rule = line.rule
        if rule is None:
            self.w(f"{s} = 0")
            if self.detail:
                self.record(slot, "0", "0", NO_MATCH)
            return s, None, False
        vetoes = _find(rule, A.Veto) is not None
        # The choice is only needed to explain (detail) or to fire a veto.
        self.choice = self.tmp("c") if (self.detail or vetoes) else None
        self.zero = self.tmp("z") if (only_deducts(rule) or _zeroes(rule)) else None
        self.raw = None
        r = self.tmp("r")
        if self.zero:
            self.w(f"{self.zero} = False")
        self.values = {}
        missing, undefined = [], []
        ranked = _find(rule, A.Rank)
        self.rank_slot = None
        if ranked is not None:  # (a place beside other parts too: guarded() asks it of its part)
            self.rank_slot = len(self.rank_inputs)
            self.rank_inputs.append(ranked.fact.name)
        # Several facts on one line: a 缺报 zeroes only its own part (see guarded()).
        self.partwise = isinstance(A.unwrap(rule), (*A.SIDE_BY_SIDE, A.ListedValues))
        if self.partwise:
            for ref, _kind, _extra in reads(rule):
                if ref.label not in self.values:
                    self.values[ref.label] = self.value(ref)
            missing = [f"({' and '.join(v.missing for v in self.values.values())})"]
        elif ranked is not None:
            missing.append(f"rk[{self.rank_slot}] is None")
        else:
            for ref, _kind, _extra in reads(rule):
                if ref.label not in self.values:
                    val = self.values[ref.label] = self.value(ref)
                    missing.append(val.missing)
                    if val.undefined:
                        undefined.append(val.undefined)
        with self.block(f"if {' or '.join(missing)}:"):
            self.w(f"{s} = 0")
            self.set_choice(MISSING, raw=r)
            if self.zero:
                self.w(f"{self.zero} = True")
        if undefined:
            with self.block(f"elif {' or '.join(undefined)}:"):
                self.w(f"{s} = 0")
                self.set_choice(UNDEFINED, raw=r)
        with self.block("else:"):
            if self.choice:
                self.w(f"{self.choice} = 0")
            start = len(self.lines)
            score = self.rule(rule)
            if score.isidentifier() and any(score in line for line in self.lines[start:]):
                # The rule's own result variable becomes the line's: no copy at run time.
                names = {score: s}
                self.lines[start:] = [_NAME.sub(lambda m: names.get(m.group(0), m.group(0)), line)
                                      for line in self.lines[start:]]
                if self.raw == score:
                    self.raw = s
            else:
                self.w(f"{s} = {score}")
            if self.detail:
                self.w(f"{r} = {self.raw}")
            if vetoes:
                with self.block(f"if veto < 0 and {self.choice} == 1:"):
                    self.w(f"veto = {slot}")
        if self.detail:
            self.record(slot, s, r, self.choice)
        return s, self.zero, floors_item(rule)

    def record(self, slot: int, score, raw, choice) -> None:
        i = 3 * slot
        self.w(f"out[{i}] = {score}; out[{i + 1}] = {raw}; out[{i + 2}] = {choice}")

    def set_choice(self, code, raw: str | None = None) -> None:
        if self.choice:
            self.w(f"{self.choice} = {code}")
        if raw and self.detail:
            self.w(f"{raw} = 0")

    def rule(self, rule) -> str:
        result = self.visit(rule)
        if not result.isidentifier() and not result.lstrip("-").isdigit():
            var = self.tmp("s")
            self.w(f"{var} = {result}")
            result = var
        if self.raw is None and not isinstance(rule, (*A.WRAPPERS, *A.SIDE_BY_SIDE)):
            self.raw = result
        return result

    def val(self, ref: A.FactRef) -> _Val:
        return self.values[ref.label]

    def plain(self, ref: A.FactRef, what: str) -> _Val:
        val = self.val(ref)
        if val.den is not None:
            self.problems.append(error(
                "E213", f"指标“{ref.name}”不能用于{what}", ref.span,
                hint="指标(比率)只能用于分档、按比例和排名规则"))
        return val

    def visit_PerCountAward(self, rule: A.PerCountAward) -> str:
        x = self.plain(rule.fact, "按数量计分").num
        per, p = self.k(rule.per), self.k(rule.points)
        if self.part_steps:  # 不足1公里的按1公里计 after it: the part takes a whole step
            return self._taken(x, per, p)
        if rule.whole:  # 每满50小时计2分: each full 50 (教龄每满1年: 12.5 years are 12)
            return f"({x} // {per}) * {p}"
        if rule.unit is A.Unit.COUNT and per == self.S:
            return f"{x} * {p} // {per}"  # a whole count times the points: always exact
        # count ÷ per × points, rounded half up at the last scaled place
        return f"({x} * {2 * p} + {per}) // {2 * per}"

    def _taken(self, gap: str, per: str, points: str) -> str:
        """The points whole steps of `per` in `gap` take: 每2人扣1分 with 3 people deducts once (the
        reading kinder to the unit); 不足2人按2人计 twice; 不足…按比例计算 1.5 times (half up at the
        last scaled place)."""
        if self.part_steps == "share":
            return f"((({gap}) * 2 * {points} + {per}) // (2 * {per}))"
        if self.part_steps == "whole":
            return f"((-(-({gap}) // {per})) * {points})"
        if self.part_steps == "rounded":  # half a step or more takes a whole one
            return f"(((2 * ({gap}) + {per}) // (2 * {per})) * {points})"
        return f"((({gap}) // {per}) * {points})"

    def visit_PartSteps(self, rule: A.PartSteps) -> str:
        before, self.part_steps = self.part_steps, ("share" if rule.share else "rounded" if rule.rounded else "whole")
        try:
            return self.rule(rule.rule)
        finally:
            self.part_steps = before

    def visit_PerCountDeduction(self, rule: A.PerCountDeduction) -> str:
        x = self.plain(rule.fact, "按数量扣分").num
        return f"-{self._taken(x, self.k(rule.per), self.k(rule.points))}"

    def visit_BooleanAward(self, rule: A.BooleanAward) -> str:
        x = self.plain(rule.fact, "是/否计分").num
        return f"({self.k(rule.points)} if {x} else 0)"

    def visit_BooleanDeduction(self, rule: A.BooleanDeduction) -> str:
        x = self.plain(rule.fact, "是/否扣分").num
        if rule.on_no:
            x = f"(not {x})"
        if rule.points is None:
            self.w(f"if {x}: {self.zero} = True")
            self.set_choice(f"1 if {x} else {NO_MATCH}")
            return "0"
        return f"(-{self.k(rule.points)} if {x} else 0)"

    def visit_DeficitDeduction(self, rule: A.DeficitDeduction) -> str:
        x = self.plain(rule.fact, "差额扣分").num
        gap = self.tmp("g")
        self.w(f"{gap} = {self.k(rule.required)} - {x}")
        return f"(-{self._taken(gap, self.k(rule.per), self.k(rule.points))} if {gap} > 0 else 0)"

    def visit_Shortfall(self, rule: A.Shortfall) -> str:
        val, met, out = self._from_threshold(rule)
        p, sp = self.k(rule.points), self.k(rule.step_points)
        with self.block(f"if {met}:"):
            self.w(f"{out} = {p}")
        with self.block("else:"):
            self.w(f"{out} = {p} - {self._stepped_points(val, rule, below=True)}")
            self.set_choice(1)
        return out

    def visit_Excess(self, rule: A.Excess) -> str:
        val, met, out = self._from_threshold(rule)
        p, sp = self.k(rule.points), self.k(rule.step_points)
        with self.block(f"if {met}:"):
            self.w(f"{out} = {p} + {self._stepped_points(val, rule, below=False)}")
            self.set_choice(1)
        with self.block("else:"):
            if rule.keeps_points_below:  # (read as not reached, a fall scored 0)
                self.w(f"{out} = {p}")
                self.set_choice(1)
            else:
                self.w(f"{out} = 0")
                self.set_choice(NO_MATCH)
        return out

    def _from_threshold(self, rule: A.Shortfall | A.Excess) -> tuple[_Val, str, str]:
        """The value, the test that it meets the threshold, and the result's variable."""
        val = self.val(rule.fact)
        return val, self.test(val, A.Interval(rule.threshold, None, rule.unit)), self.tmp("s")

    def _stepped_points(self, val: _Val, rule: A.Shortfall | A.Excess, below: bool) -> str:
        """The points of the steps the value is below (or above) the threshold, signed as
        rule.step_points: whole steps for a deduction, in proportion for an award (每增500亩
        加0.5分 at 750 above: 0.75), the reading kinder to the unit, as for counts."""
        t, step, sp = self.k(rule.threshold.value), self.k(rule.step), self.k(rule.step_points)
        den = "1" if val.den is None else val.den
        gap = f"({t} * {den} - {val.num})" if below else f"({val.num} - {t} * {den})"
        award = (rule.step_points < 0) if below else (rule.step_points > 0)
        if not award and self.part_steps is not None:  # 不足1公里的按1公里计算 / 按比例计算
            taken = self._taken(gap, f"({step} * {den})", self.k(abs(rule.step_points)))
            return taken if rule.step_points > 0 else f"(-{taken})"
        if not award or rule.whole_steps:
            return f"(({gap} // ({step} * {den})) * {sp})"
        size = self.k(abs(rule.step_points))
        # gap ÷ step × points, rounded half up at the last scaled place
        proportional = f"(({gap} * {2} * {size} + {step} * {den}) // (2 * {step} * {den}))"
        return proportional if not below else f"(-{proportional})"

    def visit_Lateness(self, rule: A.Lateness) -> str:
        x = self.plain(rule.fact, "逾期扣分").num
        out = self.tmp("s")
        if rule.zero_beyond is not None:
            with self.block(f"if {self.test(_Val(x, None, 'False'), rule.zero_beyond)}:"):
                if rule.beyond_points is None:
                    self.w(f"{self.zero} = True")
                    self.w(f"{out} = 0")
                else:  # 逾期超过5天的,扣0.5分: those points, not the days'
                    self.w(f"{out} = -{self.k(rule.beyond_points)}")
                self.set_choice(1)
            block = self.block("else:")
        else:
            block = _Block(self, indent=False)
        with block:
            self.w(f"{out} = -{self._taken(x, self.k(rule.per), self.k(rule.points))}")
        return out

    def visit_Levels(self, rule: A.Levels) -> str:
        x = self.plain(rule.fact, "按档次计分").num
        # (one more, 0: no level reached, where every level earns points and the facts say 无)
        points = ", ".join(str(self.k(p)) for _, p in rule.levels)
        self.set_choice(x)
        return f"({points}, 0)[{x}]"

    def visit_JudgedLevels(self, rule: A.JudgedLevels) -> str:
        # the level only bounds the points judged (the facts reader checks them against it)
        self.set_choice(self.plain(rule.level, "按档次评定").num)
        return self.plain(rule.amount, "按档次评定").num

    def visit_Peer(self, rule: A.Peer) -> str:
        """The inner rule reads the unit's value less the average of every unit, an exact
        fraction n/d (scaled) worked out once per run (runtime, as ranks are)."""
        fact = next(ref for ref, _, _ in reads(rule.rule))
        slot = len(self.rank_inputs)
        self.rank_inputs.append(PeerInput(fact.name))
        n, d = self.tmp("an"), self.tmp("ad")
        self.w(f"{n}, {d} = rk[{slot}]")
        own = self.values[fact.label]
        self.values[fact.label] = _Val(f"({own.num} * {d} - {n})", d, own.missing)
        try:
            return self.rule(rule.rule)
        finally:
            self.values[fact.label] = own

    def visit_ListedValues(self, rule: A.ListedValues) -> str:
        per = self.k(rule.per)
        terms = []
        for fact, points in zip(rule.facts, rule.points):
            x = self.plain(fact, "分别计分").num
            p = self.k(abs(points))
            if points > 0:
                term = f"({x} * {2 * p} + {per}) // {2 * per}"
            else:
                term = f"-(({x} // {per}) * {p})"
            terms.append(f"(0 if {x} is None else {term})")  # a 缺报 kind counts nothing
        if self.choice:
            partial = " or ".join(f"{self.val(f).missing}" for f in rule.facts)
            self.w(f"if {partial}: {self.choice} = {MISSING_PART}")
        return f"({_added(terms)})"

    def _tier_chain(self, tiers, val: _Val, out: str, *, accumulate: bool = False) -> None:
        """Most favourable tier first: the first test that holds wins."""
        # the innermost of nested conditions first (A.nesting), then the better for the
        # unit; a tier that zeroes the item (10%以上不得分) is the least favourable of all
        depth = A.nesting([t.interval for t in tiers])
        order = sorted(range(len(tiers)), key=lambda i: (-depth[i], tiers[i].zero, -tiers[i].points, i))
        for n, i in enumerate(order):
            test = self.test(val, tiers[i].interval)
            with self.block(f"{'if' if n == 0 else 'elif'} {test}:"):
                if tiers[i].zero and not accumulate:
                    self.w(f"{self.zero} = True")
                if accumulate:
                    self.w(f"{out} += {self.k(tiers[i].points)}")
                    if self.detail:
                        self.w(f"{self.choice}[{i}] += 1")
                else:
                    self.w(f"{out} = {self.k(tiers[i].points)}")
                    self.set_choice(i)
        if not accumulate:
            with self.block("else:"):
                self.w(f"{out} = 0")
                self.set_choice(NO_MATCH)

    def visit_Joint(self, rule: A.Joint) -> str:
        # (an interval of None: a yes/no, met when 是)
        tests = [f"({self.val(fact).num if iv is None else self.test(self.val(fact), iv)})"
                 for fact, iv in zip(rule.facts, rule.intervals)]
        held = f"({(' or ' if rule.any_of else ' and ').join(tests)})"
        self.set_choice(f"1 if {held} else {NO_MATCH}")
        if rule.points is None:
            self.w(f"if {held}: {self.zero} = True")
            return "0"
        return f"({self.k(rule.points)} if {held} else 0)"

    def visit_Tiers(self, rule: A.Tiers) -> str:
        out = self.tmp("s")
        self._tier_chain(rule.tiers, self.val(rule.fact), out)
        return out

    def visit_TieredPerCount(self, rule: A.TieredPerCount) -> str:
        each = self.tmp("s")
        self._tier_chain(rule.tiers, self.val(rule.fact), each)
        n = self.plain(rule.count, "逐次计分").num
        out = self.tmp("s")
        self.w(f"{out} = {each} * {n} // {self.S}")  # a whole count times the tier's points: exact
        return out

    def visit_PerRecordTiers(self, rule: A.PerRecordTiers) -> str:
        records = self.val(rule.fact).num
        out, item = self.tmp("s"), self.tmp("a")
        self.w(f"{out} = 0")
        if self.detail:
            self.w(f"{self.choice} = [0] * {len(rule.tiers)}")
        with self.block(f"for {item} in {records}:"):
            self._tier_chain(rule.tiers, _Val(item, None, "False"), out, accumulate=True)
        return out

    def visit_Proportional(self, rule: A.Proportional) -> str:
        # the share is never below 0: a growth that fell (−13% of a 26% target) earns nothing, takes nothing
        val = self.val(rule.fact)
        p = self.k(rule.points)
        out = self.tmp("s")
        if isinstance(rule.target, A.FactRef):
            target = self.val(rule.target).num
            with self.block(f"if {target} <= 0:"):
                self.w(f"{out} = 0")
                self.set_choice(UNDEFINED)
            with self.block("else:"):
                self.w(f"{out} = (2 * {p} * max(0, min({val.num}, {target})) + {target}) // (2 * {target})")
            return out
        target = self.S if rule.target is None else self.k(rule.target)
        if val.den is None:
            self.w(f"{out} = ({2 * p} * max(0, min({val.num}, {target})) + {target}) // {2 * target}")
        else:
            den = val.den
            self.w(f"{out} = ({2 * p} * max(0, min({val.num}, {target} * {den})) + {target} * {den})"
                   f" // ({2 * target} * {den})")
        return out

    def visit_Formula(self, rule: A.Formula) -> str:
        """The formula as a fraction of whole numbers, then one rounding (half up) to the
        scale: exact, with no division until the end."""
        num, den = self._fraction(rule.expr, {f.label for f, k in zip(rule.facts, rule.kinds)
                                              if k is A.FormulaValue.YES_NO})
        n, d, out = self.tmp("n"), self.tmp("d"), self.tmp("s")
        self.w(f"{n}, {d} = {num}, {den}")
        with self.block(f"if {d} == 0:"):  # divided by a value of 0: no score
            self.w(f"{out} = 0")
            self.set_choice(UNDEFINED)
        with self.block("else:"):
            with self.block(f"if {d} < 0:"):
                self.w(f"{n}, {d} = -{n}, -{d}")
            self.w(f"{out} = ({2 * self.S} * {n} + {d}) // (2 * {d})")
        return out

    def _fraction(self, node, yes_no: set) -> tuple[str, str]:
        """(numerator, denominator) of an expression, as code over whole numbers."""
        if isinstance(node, A.FactRef):
            x = self.plain(node, '按公式计分').num
            return (f"(1 if {x} else 0)", "1") if node.label in yes_no else (f"({x})", str(self.S))
        if isinstance(node, A.Const):
            ratio = node.value.as_integer_ratio()
            return str(ratio[0]), str(ratio[1])
        (ln, ld), (rn, rd) = self._fraction(node.left, yes_no), self._fraction(node.right, yes_no)
        if node.op in "+-":
            return f"({ln} * {rd} {node.op} {rn} * {ld})", f"({ld} * {rd})"
        if node.op == "*":
            return f"({ln} * {rn})", f"({ld} * {rd})"
        return f"({ln} * {rd})", f"({ld} * {rn})"

    def visit_Rank(self, rule: A.Rank) -> str:
        pos, count, out = self.tmp("p"), self.tmp("n"), self.tmp("s")
        self.w(f"{pos}, {count} = rk[{self.rank_slot}]")
        after = [i for i, t in enumerate(rule.tiers) if t.kind is A.RankFrom.AFTER]
        # the best award first; deductions the worst first (后三名扣1分,最后一名扣2分: the last
        # place loses 2, or the narrower clause would never apply)
        order = sorted((i for i in range(len(rule.tiers)) if i not in after),
                       key=lambda i: (rule.tiers[i].points < 0, -abs(rule.tiers[i].points)))
        for n, i in enumerate(order):
            tier = rule.tiers[i]
            # (全县共15个: the units ranked, where the facts file holds fewer; more, and the file's count)
            total = f"({count} if {count} > {rule.pool} else {rule.pool})" if rule.pool else count
            place = pos if tier.kind is not A.RankFrom.BOTTOM else f"({total} - {pos} + 1)"
            test = (f"{place} <= {tier.position}" if tier.within else f"{place} >= {tier.position}"
                    if tier.kind is A.RankFrom.ONWARD else f"{tier.start} <= {place} <= {tier.position}"
                    if tier.start is not None else f"{place} == {tier.position}")
            with self.block(f"{'if' if n == 0 else 'elif'} {test}:"):
                self.w(f"{out} = {self.k(tier.points)}")
                self.set_choice(i)
        for i in after:  # each place further down loses the step, down to 0
            step = rule.tiers[i]
            start = next(t.points for t in rule.tiers if t.kind is not A.RankFrom.AFTER and t.position == step.position)
            with self.block(f"elif {pos} > {step.position}:"):
                self.w(f"{out} = {self.k(start)} + {self.k(step.points)} * ({pos} - {step.position})")
                floor = self.k(rule.floor)
                self.w(f"{out} = {out} if {out} > {floor} else {floor}")
                self.set_choice(i)
        with self.block("else:"):
            self.w(f"{out} = 0")
            self.set_choice(NO_MATCH)
        return out

    def visit_Judged(self, rule: A.Judged) -> str:
        x = self.plain(rule.fact, "评定").num
        amount = f"sum({x})" if rule.per_occurrence else x
        return f"-({amount})" if rule.deduct else amount

    def visit_Requirement(self, rule: A.Requirement) -> str:
        val = self.val(rule.fact)
        met = val.num if rule.interval is None else self.test(val, rule.interval)
        self.set_choice(f"1 if {met} else {NO_MATCH}")
        return "0"

    def visit_Veto(self, rule: A.Veto) -> str:
        x = self.plain(rule.fact, "一票否决").num
        self.set_choice(f"1 if {x} else {NO_MATCH}")
        return "0"

    def visit_Cap(self, rule: A.Cap) -> str:
        inner = self.rule(rule.rule)
        out = self.tmp("s")
        limit = self.k(rule.limit)
        if rule.on_deductions:
            self.w(f"{out} = {inner} if {inner} > -{limit} else -{limit}")
        else:
            self.w(f"{out} = {inner} if {inner} < {limit} else {limit}")
        return out

    def guarded(self, rule) -> str:
        """One part of a multi-fact line: 0 when its own facts were not reported."""
        checks = [self.val(ref).missing for ref, _, _ in reads(rule)]
        if _find(rule, A.Rank) is not None:  # (no place where the units could not be ranked)
            checks.append(f"rk[{self.rank_slot}] is None")
        out = self.tmp("s")
        with self.block(f"if {' or '.join(checks)}:"):
            self.w(f"{out} = 0")
            self.set_choice(MISSING_PART)
            if self.zero and only_deducts(rule):
                self.w(f"{self.zero} = True")
        with self.block("else:"):
            self.w(f"{out} = {self.rule(rule)}")
        return out

    def visit_GroupCap(self, rule: A.GroupCap) -> str:
        parts = [self.guarded(r) for r in rule.rules]
        out = self.tmp("s")
        self.w(f"{out} = {_added(parts)}")
        if self.zero and _zeroes(rule) and any(has_own_points(r) for r in rule.rules):
            # 达50%以上记4分,每下降1个百分点扣1分;验收不合格不记分: 不记分 takes the 4 too, item or not
            self.w(f"if {self.zero}: {out} = 0")
        self.raw = out
        if rule.limit is not None:
            limit = self.k(rule.limit)
            self.w(f"if {out} > {limit}: {out} = {limit}")
        return out

    def visit_Highest(self, rule: A.Highest) -> str:
        parts = [self.guarded(r) for r in rule.rules]
        out = self.tmp("s")
        self.w(f"{out} = {parts[0]}")
        for part in parts[1:]:
            self.w(f"if {part} > {out}: {out} = {part}")
        self.raw = out
        return out

    def visit_OwnPoints(self, rule: A.OwnPoints) -> str:
        inner = self.rule(rule.rule)
        raw = self.tmp("s")
        self.w(f"{raw} = {self.k(rule.points)} + {inner}")
        if self.zero and _zeroes(rule.rule):
            # 得2分,超过3例不得分: 不得分 takes the sentence's own points too, item or not
            self.w(f"if {self.zero}: {raw} = 0")
        self.raw = raw
        if not self.rubric.floor or self.below_zero:
            return raw
        out = self.tmp("s")  # the sentence's own points are an item's: never below 0
        self.w(f"{out} = {raw} if {raw} > 0 else 0")
        return out

    def visit_BelowZero(self, rule: A.BelowZero) -> str:
        self.below_zero = True  # (倒扣 past the sentence's own points as well as its item's)
        try:
            return self.rule(rule.rule)
        finally:
            self.below_zero = False

    def visit_Floor(self, rule: A.Floor) -> str:
        inner = self.rule(rule.rule)
        if not has_own_points(rule.rule):
            return inner  # the item stops at zero; see group()
        out = self.tmp("s")
        self.w(f"{out} = {inner} if {inner} > 0 else 0")
        return out

    # -- groups -------------------------------------------------------------------------

    def group(self, group: A.Group, parent: int | None, depth: int) -> str:
        slot = len(self.slots)
        self.slots.append(Slot(group, parent, depth))
        if parent is None and group.role is A.Role.BASE:
            self.top_groups.setdefault(group.title, slot)
        scores, zeros = [], []
        # an item with points never scores below 0, unless the rubric says 扣分 不设下限 or a line 倒扣
        floored = item_floored(group, self.rubric.floor)
        for child in group.children:
            if isinstance(child, A.Group):
                scores.append(self.group(child, slot, depth + 1))
            else:
                score, zero, _ = self.line(child, slot, depth + 1)
                scores.append(score)
                if zero is not None:
                    zeros.append(zero)
        g, raw = self.tmp("g"), self.tmp("graw")
        total = _added(scores)
        if group.role is A.Role.DEDUCTIONS:
            self.w(f"{raw} = -({total})")
            self.w(f"{g} = {raw} if {raw} > 0 else 0")
            if group.cap is not None:
                self.w(f"if {g} > {self.k(group.cap)}: {g} = {self.k(group.cap)}")
        elif group.role is A.Role.VETO:
            self.w(f"{raw} = 0; {g} = 0")
        else:
            value = f"{self.k(group.points)} + {total}" if is_deduction_item(group) else total
            if self.detail:
                self.w(f"{raw} = {value}")
                self.w(f"{g} = {raw}")
            else:
                self.w(f"{g} = {value}")
            if floored or group.role is A.Role.BONUS:
                self.w(f"if {g} < 0: {g} = 0")
            limit = group.points if group.points is not None else (
                group.cap if group.role is A.Role.BONUS else None)
            if limit is not None:
                self.w(f"if {g} > {self.k(limit)}: {g} = {self.k(limit)}")
            if zeros:
                self.w(f"if {' or '.join(zeros)}: {g} = 0")
        if self.detail:
            self.record(slot, g, raw, 0)
        self.group_vars[slot] = g
        return g

    # -- total formula ----------------------------------------------------------------

    def expr(self, node) -> str:
        if isinstance(node, A.Const):
            return str(self.k(node.value))
        if isinstance(node, A.PartRef):
            return {A.Part.BASE: "base", A.Part.BONUS: "bonus", A.Part.DEDUCTIONS: "deductions",
                    A.Part.EXTRA: "(bonus - deductions)"}[node.part]
        if isinstance(node, A.Ref):
            slot = self.top_groups.get(node.name)
            if slot is None:
                self.problems.append(error(
                    "E212", f"总分公式引用的“{node.name}”不是最外层分组的标题", node.span,
                    hint="可以引用 基础分、加分、扣分、附加分,或用引号写最外层大项的标题"))
                return "0"
            return self.group_vars[slot]
        if isinstance(node, A.BinOp):
            a, b = self.expr(node.left), self.expr(node.right)
            if node.op in "+-":
                return f"({a} {node.op} {b})"
            t = self.tmp("e")
            if node.op == "*":
                self.w(f"{t} = (2 * ({a}) * ({b}) + {self.S}) // {2 * self.S}")
            else:
                self.w(f"{t} = (2 * ({a}) * {self.S} + ({b})) // (2 * ({b})) if ({b}) else 0")
            return t
        return "0"



def _zeroes(rule) -> bool:
    """Can this rule send its whole item to zero (不得分)?"""
    for node in A.rule_nodes(rule):
        if isinstance(node, (A.BooleanDeduction, A.Joint)) and node.points is None:
            return True
        if isinstance(node, A.Tiers) and any(t.zero for t in node.tiers):
            return True
        if isinstance(node, A.Lateness) and node.zero_beyond is not None and node.beyond_points is None:
            return True
    return False


def _find(rule, cls):
    """The first node of type `cls` in a rule tree (ranks and vetoes need special inputs)."""
    return next((node for node in A.rule_nodes(rule) if isinstance(node, cls)), None)
