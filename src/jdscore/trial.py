"""`jdscore try`: one rule sentence, a few values, the score it gives.

The sentence goes through the same stages as a rubric (grammar, sentence assembly,
compiler); only the rubric around it is built here as an AST, never as text, so nothing
typed on the command line can change the structure it is scored in.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from . import ast as A
from .build import parse_band_sentence, parse_sentence
from .compiler import compile_rubric
from .diagnostics import Diagnostic, Failed, error
from .facts import Located, Validator
from .numerals import plain
from .wording import describe, describe_bands
from .runtime import grade_of
from .schema import Kind
from .sentences import Context, assemble_bands, assemble_rule, fact_slots


# Exit codes of CLI.md: 1 the input was read and has problems, 2 usage.
CONTENT, USAGE = 1, 2
_CONTENT_CODES = {"E406", "E407", "E408", "E411", "E416"}


class TryError(Exception):
    def __init__(self, diagnostic: Diagnostic, exit_code: int, source=None):
        super().__init__(diagnostic.message)
        self.diagnostic = diagnostic
        self.exit_code = exit_code
        self.source = source


@dataclass
class TryResult:
    score: str
    understood: str
    rule: dict

    def to_dict(self) -> dict:
        return {"score": self.score, "understood": self.understood, "rule": self.rule}


def try_rule(text: str, values: list[str], points: Decimal | None = None) -> TryResult:
    try:
        source, clauses, problems = parse_sentence(text)
    except Failed as failed:
        bands = _try_bands(text)
        if bands is not None:
            return _grade(bands, values)
        raise TryError(failed.diagnostics[0], USAGE) from None
    if problems:
        raise TryError(problems[0], USAGE, source)
    ctx = Context(item_points=points)
    count, per_record = fact_slots(clauses, ctx)
    names = ["值"] if count == 1 else [f"值{i + 1}" for i in range(count)]
    span = source.span(0, len(source.text))
    facts = tuple(A.FactRef(n, "值" if per_record else None, span) for n in names)
    diagnostics: list[Diagnostic] = []
    rule = assemble_rule(facts, clauses, source.text, False, span, ctx, diagnostics)
    if rule is None:
        bands = _try_bands(text)
        if bands is not None:
            return _grade(bands, values)
        raise TryError(diagnostics[0], USAGE, source)
    line = A.RuleLine(facts, source.text, clauses, rule, False, span)
    body: tuple = (line,)
    if points is not None:
        body = (A.Group("项目", "试算", points, False, A.Role.BASE, None, None, (), (line,), span),)
    rubric = A.Rubric("试算", None, "", None, None, A.RangeStyle.CLOSED, None, None, None, (), body, span)
    program = compile_rubric(rubric)
    vector, ranks = _values(program, facts, values, rule, source)
    total, *_ = program.total(vector, ranks)
    understood = describe(rule)
    if points is not None:
        understood += f"(本项{plain(points)}分)"
    return TryResult(plain(program.to_decimal(total)), understood, A.to_data(rule))


def _values(program, facts, values, rule, source):
    inner = A.unwrap(rule)
    if isinstance(inner, A.Rank):
        return _rank_values(program, values, inner, source)
    specs = list(program.schema.facts.values())
    spec = specs[0] if specs else None
    validator = Validator(source, program.schema, program.places)
    if spec is not None and spec.kind in (Kind.RECORDS, Kind.AMOUNTS):
        items = [Located(_plain_value(v), 1, i + 1) for i, v in enumerate(values)]
        if spec.kind is Kind.RECORDS:
            attribute = next(iter(spec.attributes))
            items = [Located({attribute: item}, 1, item.column) for item in items]
        converted = validator.convert(spec, Located(items, 1, 1), "试算", spec.name)
        _raise_first(validator)
        return [converted], []
    if len(values) != len(specs):
        raise TryError(error("E502", f"这句规则要读 {len(specs)} 个值,给出了 {len(values)} 个",
                             hint=_value_hint(specs)), USAGE)
    vector = []
    for i, (spec, value) in enumerate(zip(specs, values)):
        vector.append(validator.convert(spec, Located(_plain_value(value), 1, i + 1), "试算", spec.name))
        _raise_first(validator)
    return vector, []


def _rank_values(program, values, rule: A.Rank, source):
    needs_count = any(t.kind is A.RankFrom.BOTTOM for t in rule.tiers)
    if len(values) not in (1, 2) or (needs_count and len(values) != 2):
        hint = "给出名次和参评单位总数,例如 5 12" if needs_count else "给出名次,例如 2"
        raise TryError(error("E502", "排名规则要给出名次" + ("和参评单位总数" if needs_count else ""),
                             hint=hint), USAGE)
    numbers = []
    for v in values:
        # isdecimal, not isdigit: int() refuses ² and ①; nine digits: int() refuses 5000
        if not v.strip().isdecimal() or len(v.strip()) > 9 or int(v) < 1:
            raise TryError(error("E503", f"名次“{v[:20]}”应是正整数"), USAGE)
        numbers.append(int(v))
    position = numbers[0]
    count = numbers[1] if len(numbers) == 2 else position
    if position > count:
        raise TryError(error("E503", f"名次 {position} 大于参评单位总数 {count}"), CONTENT)
    return [None] * len(program.schema.facts), [(position, count)]


def _raise_first(validator) -> None:
    if validator.diagnostics:
        d = validator.diagnostics[0]
        message = d.message.split(": ", 1)[-1]
        exit_code = CONTENT if d.code in _CONTENT_CODES else USAGE
        raise TryError(error(d.code if exit_code == CONTENT else "E503", message, hint=d.hint), exit_code)


def _plain_value(text: str):
    return text.strip()


def _value_hint(specs) -> str:
    return "依次给出: " + "、".join(f"{s.name}({s.kind.label})" for s in specs)


def _try_bands(text: str) -> A.GradeBands | None:
    try:
        source, raw, problems = parse_band_sentence(text)
    except Failed:
        return None
    diagnostics: list[Diagnostic] = list(problems)
    bands = assemble_bands(raw, None, A.RangeStyle.CLOSED, diagnostics)
    if diagnostics or not bands.bands:
        return None
    return bands


def _grade(bands: A.GradeBands, values: list[str]) -> TryResult:
    if len(values) != 1:
        raise TryError(error("E502", f"等级划分要给出一个总分,给出了 {len(values)} 个",
                             hint="例如 jdscore try \"90分以上为优秀,…\" 85"), USAGE)
    try:
        total = Decimal(values[0].strip())
        if not total.is_finite():  # NaN cannot be compared with a band's bounds
            raise ArithmeticError
    except ArithmeticError:
        raise TryError(error("E503", f"“{values[0][:20]}”不是总分"), USAGE) from None
    grade = grade_of(bands, total)
    return TryResult(grade or "(不在任何等级内)", describe_bands(bands), A.to_data(bands))
