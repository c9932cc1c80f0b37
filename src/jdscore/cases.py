"""Rubric test cases: a facts file plus the totals, grades, ranks and item scores expected.

The format (documented in the README):

    facts: facts.yaml          # relative to this file
    rubric: ../x.jd            # optional; defaults to the facts file's rubric:
    units:
      程寨村:
        total: 21.5
        grade: 良好            # optional
        rank: 2                # optional
        items:                 # optional; an item by its title, or a path "大项 / 项目"
          无毒创建: 5.5
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from .build import load_rubric
from .checker import check as check_rubric
from .compiler import compile_rubric
from .diagnostics import Failed, Severity, error
from .facts import Located, load_facts_document, read_yaml, resolve_rubric_path, validate_units
from .numerals import plain
from .runtime import UnitResult, score_units
from .source import Source, Span

CASE_SUFFIXES = ("expected.yaml", ".expected.yaml")


@dataclass
class Mismatch:
    unit: str
    what: str
    expected: str
    actual: str
    span: Span | None = None


@dataclass
class CaseResult:
    path: str
    checks: int = 0
    mismatches: list[Mismatch] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not self.mismatches


def find_cases(root: Path) -> list[Path]:
    if root.is_file():
        return [root]
    return sorted(p for p in root.rglob("*.yaml") if p.name == "expected.yaml" or p.name.endswith(".expected.yaml"))


def run_case(path: Path) -> CaseResult:
    source = Source.read(path, what="测试用例")
    doc = read_yaml(source)
    if not isinstance(doc.value, dict) or "facts" not in doc.value or "units" not in doc.value:
        raise Failed([error("E402", "测试用例要有 facts:(事实文件)和 units:(各单位的预期结果)",
                            Span.point(source.name, doc.line, doc.column))])
    facts_path = resolve_rubric_path(path, str(doc.value["facts"].value))
    facts_source, facts_doc, envelope = load_facts_document(facts_path)
    if "rubric" in doc.value:
        rubric_path = resolve_rubric_path(path, str(doc.value["rubric"].value))
    else:
        rubric_path = resolve_rubric_path(facts_path, envelope.rubric or "")
    rubric = load_rubric(Source.read(rubric_path, what="细则文件"))
    blocking = [d for d in check_rubric(rubric) if d.severity is Severity.ERROR]
    if blocking:
        raise Failed(blocking)
    program = compile_rubric(rubric)
    units = validate_units(facts_source, facts_doc, program.schema, program.places)
    results = {r.name: r for r in score_units(program, units, explain=True)}
    outcome = CaseResult(str(path))
    for unit_name, expected in doc.value["units"].value.items():
        where = Span.point(source.name, *doc.value["units"].keys[unit_name])
        result = results.get(unit_name)
        if result is None:
            outcome.mismatches.append(Mismatch(unit_name, "单位", "存在", "事实文件中没有", where))
            continue
        _compare(result, expected, outcome, source)
    return outcome


def _compare(result: UnitResult, expected: Located, outcome: CaseResult, source: Source) -> None:
    fields = expected.value if isinstance(expected.value, dict) else {}

    def at(key: str) -> Span:
        return Span.point(source.name, *fields_keys.get(key, (expected.line, expected.column)))

    fields_keys = expected.keys
    for key, actual in (("total", plain(result.total)), ("grade", result.grade or ""),
                        ("rank", str(result.rank))):
        if key in fields:
            outcome.checks += 1
            want = _text(fields[key].value)
            if want != actual:
                outcome.mismatches.append(Mismatch(result.name, _WORDS[key], want, actual, at(key)))
    if "items" in fields:
        items = fields["items"]
        for title, want_node in items.value.items():
            outcome.checks += 1
            found = _find_item(result, title)
            where = Span.point(source.name, *items.keys[title])
            if found is None:
                outcome.mismatches.append(Mismatch(result.name, f"项目“{title}”", _text(want_node.value),
                                                   "细则中没有这一项", where))
                continue
            if _text(want_node.value) != plain(found):
                outcome.mismatches.append(Mismatch(result.name, f"项目“{title}”", _text(want_node.value),
                                                   plain(found), where))


_WORDS = {"total": "总分", "grade": "等级", "rank": "名次"}


def _text(value) -> str:
    if isinstance(value, Decimal):
        return plain(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return str(value)


def _find_item(result: UnitResult, title: str) -> Decimal | None:
    parts = [p.strip() for p in title.split(" / ")]
    for item in result.items or []:
        if item.kind != "group":
            continue
        if list(item.path[-len(parts):]) == parts:
            return item.score
    return None
