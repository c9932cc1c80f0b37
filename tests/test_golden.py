"""Golden files: input beside expected output, regenerated on purpose (JDSCORE_REGENERATE=1)
and reviewed as a diff.

- tests/cases/parser/<name>.jd   -> <name>.expected: the AST (rules as data), or the diagnostics
- tests/cases/facts/<name>.yaml  -> <name>.expected: what validation reports for a bad facts file
- tests/cases/score/<name>/      -> table.expected, explain.expected, json.expected (totals),
                                    json-explain.expected (every line of every unit), csv.expected,
                                    csv-explain.expected (the long table of --explain --format csv)
"""

import json
from pathlib import Path

import pytest

from conftest import ROOT, golden
from jdscore import ast as A
from jdscore.build import build_rubric
from jdscore.diagnostics import Stop
from jdscore.render.diagnostics import diagnostic_lines
from jdscore.source import Source

CASES = ROOT / "tests" / "cases"


def render_diagnostics(diagnostics, sources) -> str:
    lines = []
    for d in diagnostics:
        lines.extend(text for text, _ in diagnostic_lines(d, sources))
    return "\n".join(lines) + "\n"


def dump(rubric: A.Rubric) -> str:
    """A readable, stable view of the AST: header, bands, metrics, then the tree of rules."""
    out = [f"考评: {rubric.title!r}  年度: {rubric.year}  对象: {rubric.subject!r}  满分: {rubric.full_marks}"]
    if rubric.convention:
        out.append("边界: " + ", ".join(f"{w.value}={'含' if inc else '不含'}" for w, inc in rubric.convention.inclusive))
    out.append(f"区间: {rubric.range_style.value}")
    if rubric.precision:
        out.append(f"精度: {rubric.precision.places}位 {rubric.precision.mode.value}")
    if rubric.total:
        out.append("总分: " + json.dumps(A.to_data(rubric.total), ensure_ascii=False))
    if rubric.bands:
        if rubric.bands.judged:
            out.append(f"等级由考评组评定,事实: {rubric.bands.judged.name}")
        for band in rubric.bands.bands:
            out.append(f"等级 {band.grade}: " + json.dumps(A.to_data(band.interval), ensure_ascii=False)
                       + (f"  奖惩: {band.consequence}" if band.consequence else ""))
    for metric in rubric.metrics:
        out.append(f"指标 {metric.name} ({metric.description}): " + json.dumps(A.to_data(metric.expr), ensure_ascii=False))
    for decl in rubric.declarations:
        out.append(f"事实 {decl.fact.label}: 比率, 上限 {'无' if decl.most is None else decl.most}")

    def walk(node, depth):
        pad = "  " * depth
        if isinstance(node, A.Group):
            extras = []
            if node.points is not None:
                extras.append(f"{node.points}分")
            if node.floor:
                extras.append("扣完为止")
            if node.cap is not None:
                extras.append(f"上限{node.cap}")
            if node.veto_grade:
                extras.append(f"定为{node.veto_grade}")
            out.append(f"{pad}{node.level} {node.title!r} [{node.role.value}] {' '.join(extras)}".rstrip())
            for m in node.meta:
                out.append(f"{pad}  {m.key}: {m.value}")
            for child in node.children:
                walk(child, depth + 1)
        else:
            facts = ", ".join(f.label for f in node.facts)
            mode = "评定 " if node.judged_mode else "达标 " if node.target_mode else ""
            out.append(f"{pad}{mode}{facts} @{node.span.line}: {node.text}")
            out.append(f"{pad}  => " + json.dumps(A.to_data(node.rule), ensure_ascii=False))
            for m in node.meta:
                out.append(f"{pad}  {m.key}: {m.value}")

    for node in rubric.body:
        walk(node, 0)
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("path", sorted((CASES / "parser").glob("*.jd")), ids=lambda p: p.stem)
def test_parser_golden(path: Path):
    source = Source.read(path)
    # Spans name the file relative to the repository so goldens do not depend on where it lives.
    source = Source.from_text(str(path.relative_to(ROOT)), source.text)
    try:
        rubric, diagnostics = build_rubric(source)
    except Stop as failed:
        actual = render_diagnostics(failed.diagnostics, {source.name: source})
    else:
        actual = dump(rubric)
        if diagnostics:
            actual += "\n" + render_diagnostics(diagnostics, {source.name: source})
    golden(path.with_suffix(".expected"), actual)


@pytest.mark.parametrize("path", sorted((CASES / "facts").glob("*.yaml")), ids=lambda p: p.stem)
def test_facts_validation_golden(path: Path, jd):
    run = jd("score", str(path.relative_to(ROOT)), cwd=ROOT)
    actual = f"exit {run.exit_code}\n{run.stderr}"
    golden(path.with_suffix(".expected"), actual)


SCORE_CASES = sorted(p for p in (CASES / "score").iterdir() if p.is_dir())


@pytest.mark.parametrize("case", SCORE_CASES, ids=lambda p: p.name)
@pytest.mark.parametrize("fmt", ["table", "explain", "json", "json-explain", "csv", "csv-explain"])
def test_score_golden(case: Path, fmt: str, jd):
    facts = str((case / "facts.yaml").relative_to(ROOT))
    args = ["score", facts] + {"explain": ["--explain"], "json": ["--format", "json"], "csv": ["--format", "csv"],
                               "json-explain": ["--format", "json", "--explain"],
                               "csv-explain": ["--format", "csv", "--explain"]}.get(fmt, [])
    run = jd(*args, cwd=ROOT)
    assert run.exit_code == 0, run.stderr
    golden(case / f"{fmt}.expected", run.stdout)


@pytest.mark.parametrize("case", SCORE_CASES, ids=lambda p: p.name)
def test_score_json_without_explain_is_the_explained_one_without_its_lines(case: Path):
    totals = json.loads((case / "json.expected").read_text(encoding="utf-8"))
    explained = json.loads((case / "json-explain.expected").read_text(encoding="utf-8"))
    for unit in explained["units"]:
        assert unit.pop("items") is not None and unit.pop("lost_by_responsible") is not None
    assert totals == explained and all(unit["parts"] for unit in totals["units"])


def _all_rubrics():
    yield from sorted((ROOT / "rubrics").glob("*.jd"))
    yield from sorted((CASES).rglob("*.jd"))


@pytest.mark.parametrize("path", list(_all_rubrics()), ids=lambda p: str(p.relative_to(ROOT)))
def test_a_rubric_that_passes_check_compiles(path: Path):
    """Compiling is check's last stage: whatever check accepts has a program."""
    from jdscore.pipeline import check

    checked = check(Source.read(path))
    assert (checked.program is None) == bool(checked.errors)
