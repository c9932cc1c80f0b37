"""The one driver of the pipeline: every command and tool goes through it.

    check(source)                 -> Checked       parse, build, check, compile (named stages)
    read_facts(path)              -> FactsInput    YAML, CSV or workbook behind one type
    rubric_for(facts, override)   -> Checked       the rubric a facts file names
    score(checked, facts)         -> [UnitResult]  validate the facts, score every unit
    scored(checked, facts)        -> UnitResults   the same, best first, a form read as a stream
    sentence_rubric(text, points) -> SentenceRubric  one sentence as a rubric (`try`, boundaries)

Each stage reports with diagnostics; a stage that cannot go on raises `Stop`, whose exit
code comes from the diagnostic catalogue. What passes `check` scores: compiling is check's
last stage, so a rubric the compiler refuses is an error of `check` too.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from .records import dataclass
from . import ast as A
from .build import build_rubric, parse_sentence
from .compiler import Program, compile_rubric
from .diagnostics import Diagnostic, Severity, Stop, error, has_errors
from .runtime import UnitResult, score_stream, score_units
from .schema import Schema, UnitFacts, build_schema, reads
from .sentences import Context, assemble_rule
from .source import MAX_RUBRIC_BYTES, Source, Span, collector_paused, read_bytes

if TYPE_CHECKING:
    from . import tabular
    from .facts import FactsEnvelope, Located

# The stages a command may not reach are imported when first used: `try` runs no checks
# and reads no facts file, `check` reads none either (bench/startup.py measures the start).


# ----------------------------------------------------------------------------- rubrics

@dataclass
class Checked:
    """A rubric through every static stage: what was built, everything found, the program."""

    source: Source
    rubric: A.Rubric | None        # None: it could not be parsed at all
    diagnostics: list[Diagnostic]  # every stage's findings, sorted by position
    program: Program | None        # None when there are errors

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity is Severity.ERROR]

    def usable(self, what: str, code: str = "E601") -> Checked:
        """This rubric, or Stop with its errors and a line saying what it stopped."""
        if self.program is None:
            refused = error(code, f"细则 {self.source.name} 有错误,无法{what}", None, file=self.source.name,
                            hint=f"先运行 jdscore check {self.source.name}")
            raise Stop(self.errors + [refused])
        return self


def check(source: Source) -> Checked:
    """Every static stage of one rubric text, in order; problems are collected, not raised."""
    from .checker import check as run_checks
    from .checker import unsuppressed

    with collector_paused():
        try:
            rubric, diagnostics = build_rubric(source)
        except Stop as stop:  # not a rubric at all: syntax errors only
            return Checked(source, None, stop.diagnostics, None)
        schema = build_schema(rubric)  # what the checks and the compiler both read
        diagnostics = unsuppressed(list(diagnostics) + run_checks(rubric, schema), rubric)
        program = None
        if not has_errors(diagnostics):
            try:
                program = compile_rubric(rubric, schema)
            except Stop as stop:
                diagnostics += stop.diagnostics
    return Checked(source, rubric, sorted(diagnostics, key=Diagnostic.sort_key), program)


def check_file(path: str | Path) -> Checked:
    """`check` of a rubric file; Stop when the file cannot be read."""
    return check(Source.read(path, what="细则文件", limit=MAX_RUBRIC_BYTES))


def usable_rubric(path: str | Path, what: str) -> Checked:
    """A rubric file ready for use (score, render, diff …), or Stop with its errors."""
    return check_file(path).usable(what)


# ------------------------------------------------------------------------------- facts

@dataclass
class FactsInput:
    """A facts file as read, before any rubric validates it: YAML, CSV or a workbook."""

    path: Path
    source: Source              # the YAML text (a table's is empty: its spans name cells)
    doc: Located
    envelope: FactsEnvelope
    table: tabular.Table | None = None
    stream: tabular.Stream | None = None  # a form read a row at a time (read_facts(stream=True))

    def rubric_path(self) -> Path | None:
        """The rubric the file names, or None; Stop (E006) when it may not name that one."""
        from .paths import named_rubric

        if self.envelope.rubric is None:
            return None
        return named_rubric(self.path, self.envelope.rubric, self.rubric_span())

    def rubric_span(self) -> Span:
        """Where the file names its rubric (its rubric: line, or its 细则 cell)."""
        return self.doc.value["rubric"].span(self.source.name)

    def units(self, schema: Schema, places: int) -> list[UnitFacts]:
        """Every unit validated against a rubric's facts; Stop listing every problem."""
        from . import tabular
        from .facts import validate_units

        if self.stream is not None:
            return list(self.stream.units(schema, places, keep_raw=True))
        if self.table is not None:
            return tabular.validate(self.table, self.doc, schema, places)
        return validate_units(self.source, self.doc, schema, places)

    def present(self) -> list[str]:
        """The fact names the file holds for any unit, in the order they first appear."""
        names: dict[str, None] = {}
        for body in self.doc.value["units"].value.values():
            if isinstance(body.value, dict):
                names.update(dict.fromkeys(body.value))
        return list(names)

    def units_as(self, schema: Schema, places: int, names: dict[str, str]) -> list[UnitFacts]:
        """Units validated for a schema whose facts the file holds under other names
        (`names`: schema name -> name in the file); a fact without one is 缺报."""
        from . import tabular
        from .facts import Located, validate_units

        sub = Schema({n: s for n, s in schema.facts.items() if n in names}, schema.metrics)
        units_node = self.doc.value["units"]
        bodies = {}
        for unit, body in units_node.value.items():
            if isinstance(body.value, dict):
                values = {n: body.value[f] for n, f in names.items() if f in body.value}
                keys = {n: body.keys[f] for n, f in names.items() if f in body.keys}
                body = Located(values, body.line, body.column, keys, body.end_line, body.end_column, body.cell)
            bodies[unit] = body
        doc = Located({**self.doc.value, "units": units_node.replaced(bodies)}, self.doc.line,
                      self.doc.column, self.doc.keys)
        if self.table is not None:
            tabular.convert_lists(self.table, doc, sub)
        validated = validate_units(self.source, doc, sub, places)
        lacking = [n for n in schema.facts if n not in names]
        index = {n: i for i, n in enumerate(sub.facts)}
        out = []
        for u in validated:
            values = [u.values[index[n]] if n in index else None for n in schema.facts]
            out.append(UnitFacts(u.name, u.span, values, u.raw, u.missing + lacking))
        return out


def read_facts(path: Path, *, need_rubric: bool = False, stream: bool = False) -> FactsInput:
    """Read a facts file of any format. `need_rubric`: no --rubric was given, so the file
    itself must name its rubric (a workbook is refused at once when it does not). `stream`:
    a form's units are read as they are scored (`scored`), not now; a CSV of any length."""
    from . import tabular
    from .facts import read_facts_document

    if stream and tabular.is_tabular(path):
        opened = tabular.stream(path, need_rubric=need_rubric)
        return FactsInput(path, opened.table.source, opened.doc, opened.envelope, opened.table, opened)
    if tabular.is_tabular(path):
        table, doc, envelope = tabular.load(path, need_rubric=need_rubric)
        return FactsInput(path, table.source, doc, envelope, table)
    data = read_bytes(path, what="事实文件")
    refused = tabular.other_spreadsheet(path, data[:512])
    if refused is not None:
        raise refused
    source = Source.from_bytes(str(Path(path)), data, what="事实文件")
    doc, envelope = read_facts_document(source)
    return FactsInput(path, source, doc, envelope)


def rubric_for(facts: FactsInput, override: Path | None, what: str = "计分") -> Checked:
    """The rubric to score `facts` with: `override` (the user's --rubric), else the one the
    file names, whose problems point at the line that names it."""
    if override is not None:
        return check_file(override).usable(what, code="E414")
    path = facts.rubric_path()
    if path is None:
        raise Stop([error("E402", "事实文件没有写 rubric:(细则文件路径),也没有用 --rubric 指定",
                          None, file=str(facts.path), hint="在事实文件开头写 rubric: 细则文件的相对路径")])
    return named_check(path, facts.envelope.rubric, facts.rubric_span(), "事实文件").usable(what, code="E414")


def named_check(path: Path, written: str, where: Span, naming: str) -> Checked:
    """`check` of a rubric a file names (`written`, at `where`): its problems point there,
    and a file that does not parse as a rubric at all gets one error and no excerpt (the
    file may be anything a careless or hostile path reaches)."""
    try:
        source = Source.read(path, what="细则文件", limit=MAX_RUBRIC_BYTES)
    except Stop as stop:
        problem = stop.diagnostics[0]
        message = problem.message
        if problem.code == "E001" and not os.path.lexists(path):
            message = f"找不到细则文件 {written}(按{naming}所在目录解析为 {os.path.normpath(path)})"
        raise Stop([error(problem.code, message, where,
                          hint=problem.hint or f"rubric: 的路径相对于{naming}本身,而不是当前目录")]) from None
    checked = check(source)
    if checked.rubric is None:
        raise Stop([error("E414", f"{written} 不能解析为细则(有 {len(checked.errors)} 处语法错误)", where,
                          hint=f"运行 jdscore check {os.path.normpath(path)} 查看错误所在")])
    return checked


def score(checked: Checked, facts: FactsInput, *, explain: bool = False, progress=None) -> list[UnitResult]:
    program = checked.usable("计分", code="E414").program
    units = facts.units(program.schema, program.places)
    return score_units(program, units, explain=explain, progress=progress)


def scored(checked: Checked, facts: FactsInput, *, explain: bool = False, as_written: bool = True,
           best_first: bool = True, progress=None) -> Iterator[UnitResult]:
    """Every unit scored, best first (by rank, then name) or in the file's order; a form opened as a stream is
    validated and scored a row at a time. `as_written`: keep each fact as written, for the
    explanations and a veto's facts (a CSV of totals shows neither)."""
    program = checked.usable("计分", code="E414").program
    if facts.stream is not None:
        units = facts.stream.units(program.schema, program.places, keep_raw=as_written or explain)
    else:
        units = facts.units(program.schema, program.places)
    return score_stream(program, units, explain=explain, progress=progress, best_first=best_first)


# ---------------------------------------------------------------------------- sentences

@dataclass
class SentenceRubric:
    """One rule sentence as the only line of a rubric: how `try` and the boundary table
    score a sentence on its own, by the same stages as a whole rubric."""

    source: Source
    line: A.RuleLine
    program: Program

    @property
    def rule(self):
        return self.line.rule


def sentence_rubric(text: str, points: Decimal | None = None, named: bool = False) -> SentenceRubric:
    """Build `text` as a rubric of one line (in an item of `points` when given); Stop with
    the reason when the sentence cannot be read. Nothing typed reaches the rubric as text:
    the rubric around the sentence is built as an AST. `named`: the line will name its facts
    (a draft), so a name may say what the sentence leaves open (是否…: what 是 answers)."""
    source, clauses, problems = parse_sentence(text)
    if problems:
        raise Stop(problems)
    span = source.span(0, len(source.text))
    diagnostics: list[Diagnostic] = []
    # the sentence names its facts (值, or 值1, 值2 … in the order its clauses read them)
    rule = assemble_rule(None, clauses, source.text, False, span, Context(item_points=points, named=named),
                         diagnostics)
    if rule is None:
        raise Stop(diagnostics)
    facts = tuple({ref.label: ref for ref, _, _ in reads(rule)}.values())
    line = A.RuleLine(facts, source.text, clauses, rule, False, span)
    # A sentence alone has no header to declare a rate's range in (事实 …: 比率, 可超过100%),
    # and its values are typed by the one asking: a rate may pass 100% (每超过1%加1分 above 100%).
    unbounded = tuple(A.FactDecl(ref, None, ref.span) for ref in facts)
    return SentenceRubric(source, line, compile_line(line, points, unbounded))


def compile_line(line: A.RuleLine, points: Decimal | None = None,
                 declarations: tuple[A.FactDecl, ...] = ()) -> Program:
    """A rule line alone in a rubric (in an item of `points` when given, its facts' ranges as
    `declarations` say), compiled."""
    span = line.span
    alone = A.RuleLine(line.facts, line.text, line.clauses, line.rule, line.judged_mode, span)
    body: tuple = (alone,)
    if points is not None:
        body = (A.Group("项目", "试算", points, False, A.Role.BASE, None, None, (), (alone,), span),)
    rubric = A.Rubric("试算", None, "", None, None, A.RangeStyle.CLOSED, None, None, None, (), body, span,
                      declarations=declarations)
    return compile_rubric(rubric)
