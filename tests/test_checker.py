"""The checks of `jdscore check` (issue 4).

- tests/cases/checker/<CODE>-<name>-bad*.jd  -> .expected: must report CODE
- tests/cases/checker/<CODE>-<name>-good*.jd -> .expected: must not report CODE
- every registered check has both, and its docstring's Bad/Good examples behave alike;
- tests/cases/checker/formats/: one rubric in every output format (text, json, github, sarif);
- exit codes, --strict and the configuration file.
"""

import json
import re
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import ROOT, golden
from jdscore import ast as A
from jdscore import pipeline
from jdscore.build import build_rubric
from jdscore.checker import RULES, check, rules
from jdscore.checker.intervals import Domain, Option, analyse
from jdscore.diagnostics import CATALOGUE
from jdscore.render.diagnostics import diagnostic_lines
from jdscore.source import Source

CASES = ROOT / "tests" / "cases" / "checker"
FILES = sorted(CASES.glob("*.jd"))


def findings(path: Path):
    """Everything `jdscore check` reports: every static stage, compiling included."""
    source = Source.read(path.relative_to(ROOT))
    return source, pipeline.check(source).diagnostics


def render(source, diagnostics) -> str:
    if not diagnostics:
        return "(没有发现问题)\n"
    lines = []
    for d in diagnostics:
        lines.extend(text for text, _ in diagnostic_lines(d, {source.name: source}))
        lines.append("")
    return "\n".join(lines)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_checker_golden(path, monkeypatch):
    monkeypatch.chdir(ROOT)
    source, diagnostics = findings(path)
    golden(path.with_suffix(".expected"), render(source, diagnostics))


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_bad_case_triggers_and_good_case_does_not(path, monkeypatch):
    monkeypatch.chdir(ROOT)
    code = path.stem.split("-")[0]
    _, diagnostics = findings(path)
    codes = {d.code for d in diagnostics}
    if "-bad" in path.stem:
        assert code in codes, f"{path.name} should report {code}"
    else:
        assert "-good" in path.stem, f"{path.name}: name it <CODE>-<name>-bad… or -good…"
        assert code not in codes, f"{path.name} should not report {code}"


def test_every_check_has_a_bad_and_a_good_case():
    names = {p.stem for p in FILES}
    for info in rules():
        stem = f"{info.code}-{info.name}"
        assert any(n.startswith(stem + "-bad") for n in names), f"no bad case for {stem}"
        assert any(n.startswith(stem + "-good") for n in names), f"no good case for {stem}"


@pytest.mark.parametrize("info", rules(), ids=lambda i: i.code)
def test_docstring_examples(info):
    """The Bad example in each check's docstring triggers it; the Good one does not."""
    for which, want in (("Bad", True), ("Good", False)):
        text = info.example(which)
        assert text, f"{info.code} has no {which}:: example"
        rubric, diagnostics = build_rubric(Source.from_text(f"{info.code}.jd", text))
        codes = {d.code for d in list(diagnostics) + check(rubric)}
        assert (info.code in codes) is want, f"{info.code} {which} example: {sorted(codes)}"


def test_registry_is_complete_and_documented():
    package = ROOT / "src" / "jdscore" / "checker"
    helpers = {"__init__", "base", "intervals", "tiering"}
    modules = {p.stem for p in package.glob("*.py")} - helpers
    assert modules == {m.__name__.rsplit(".", 1)[1] for m in RULES}, "a check module is not registered"
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    codes = [info.code for info in rules()]
    assert len(codes) == len(set(codes))
    for info in rules():
        assert info.code in CATALOGUE, info.code
        assert re.search(rf"\b{info.code}\b", readme), f"{info.code} missing from the README code table"
        assert info.summary and info.english and info.name == info.name.lower()


def test_seed_bands_are_reported_for_80_60_and_above_90(monkeypatch):
    monkeypatch.chdir(ROOT)
    _, diagnostics = findings(ROOT / "rubrics" / "cun-xuexiao-chengxiao.jd")
    gaps = [d.english for d in diagnostics if d.code == "W314"]
    assert gaps == ["a total in (90, 100] gets no grade", "a total = 80 gets no grade",
                    "a total = 60 gets no grade"]


def test_every_rubric_checks_without_errors(monkeypatch):
    monkeypatch.chdir(ROOT)
    for path in sorted((ROOT / "rubrics").glob("*.jd")):
        _, diagnostics = findings(path)
        assert not [d for d in diagnostics if d.severity.value == "error"], path.name


# ------------------------------------------------------------------- exact intervals

def _interval(low, low_inc, high, high_inc):
    return A.Interval(None if low is None else A.Bound(Decimal(low), low_inc),
                      None if high is None else A.Bound(Decimal(high), high_inc), A.Unit.NONE)


_end = st.one_of(st.none(), st.tuples(st.integers(0, 8), st.booleans()))


@st.composite
def _intervals(draw):
    a, b = draw(_end), draw(_end)
    if a is not None and b is not None and a[0] > b[0]:
        a, b = b, a
    return _interval(a and a[0], a and a[1], b and b[0], b and b[1])


@settings(max_examples=300, deadline=None)
@given(st.lists(_intervals(), min_size=1, max_size=4), st.lists(st.integers(-2, 2), min_size=4, max_size=4))
def test_analysis_agrees_with_brute_force(intervals, points):
    """Bounds are whole numbers, so every piece holds a multiple of 0.5: sampling those
    in [-1, 9] sees every piece; the exact analysis must agree with the samples."""
    options = [Option(iv, Decimal(points[i]), i, None) for i, iv in enumerate(intervals)]
    analysis = analyse(options, Domain())
    samples = [Decimal(n) / 2 for n in range(-2, 19)]
    held = {x: [o for o in options if o.interval.contains(x)] for x in samples}
    covered = [x for x in samples if held[x]]
    inside_gaps = {x for x in samples if not held[x] and covered and covered[0] < x < covered[-1]}
    found = set()
    for run in analysis.gaps(inside_only=True):
        found |= {x for x in samples if _inside(x, run.low, run.high)}
    assert found == inside_gaps
    # who decides at a value: the innermost of nested conditions, then the better, then the first
    depth = A.nesting([o.interval for o in options])
    for option in options:
        mine = [x for x in samples if option in held[x]]
        beaten = all(min(held[x], key=lambda o: (-depth[o.index], -o.goodness, o.index)) is not option
                     for x in mine)
        assert (analysis.beaten(option) is not None) == beaten


def _inside(x, low, high) -> bool:
    return A.Interval(low, high, A.Unit.NONE).contains(x)


def test_counts_leave_no_gap_between_whole_numbers():
    options = [Option(_interval(1, True, 2, True), Decimal(1), 0, None),
               Option(_interval(3, True, None, None), Decimal(2), 1, None)]
    counts = Domain(A.Bound(Decimal(0), True), None, Decimal(1))
    assert analyse(options, counts).gaps(inside_only=True) == []
    assert len(analyse(options, Domain()).gaps(inside_only=True)) == 1


# ------------------------------------------------------------------- output formats

FORMATS = CASES / "formats"


@pytest.mark.parametrize("fmt", ["text", "json", "github", "sarif"])
def test_output_formats_golden(jd, fmt):
    run = jd("check", "tests/cases/checker/formats/sample.jd", "--format", fmt, cwd=ROOT)
    assert run.exit_code == 1  # the sample has an error
    out = run.stdout + run.stderr if fmt == "text" else run.stdout  # text: the report, then the summary line
    golden(FORMATS / f"sample.{fmt}.expected", out)


def test_sarif_shape(jd):
    run = jd("check", "tests/cases/checker/formats/sample.jd", "--format", "sarif", cwd=ROOT)
    sarif = json.loads(run.stdout)
    assert sarif["version"] == "2.1.0" and len(sarif["runs"]) == 1
    run0 = sarif["runs"][0]
    rule_ids = [r["id"] for r in run0["tool"]["driver"]["rules"]]
    assert {info.code for info in rules()} <= set(rule_ids)
    assert run0["results"]
    for result in run0["results"]:
        assert rule_ids[result["ruleIndex"]] == result["ruleId"]
        assert result["level"] in {"error", "warning", "note"}
        region = result["locations"][0]["physicalLocation"]["region"]
        assert region["startLine"] >= 1 and region["startColumn"] >= 1


def test_github_annotations_escape_their_values(jd):
    run = jd("check", "tests/cases/checker/formats/sample.jd", "--format", "github", cwd=ROOT)
    for line in run.stdout.splitlines():
        assert re.fullmatch(r"::(error|warning|notice) file=[^,:]+,line=\d+,col=\d+,endLine=\d+"
                            r"(,endColumn=\d+)?,title=[^,:]+::[^\n]+", line), line


def test_json_keeps_its_shape(jd):
    run = jd("check", "tests/cases/checker/formats/sample.jd", "--format", "json", cwd=ROOT)
    data = json.loads(run.stdout)
    assert {"files", "errors", "warnings", "diagnostics"} <= set(data)
    for d in data["diagnostics"]:
        assert {"code", "severity", "name", "message", "english", "hint", "location", "notes"} <= set(d)


# ---------------------------------------------------------------------- exit codes

WARNS = "项目 \"尿检\" 0.5分 {\n  尿检率: 尿检率在85%以上的,计0.5分;尿检率70%至85%的,计0.4分\n}\n"  # W312
CLEAN = "项目 \"尿检\" 0.5分 {\n  尿检率: 尿检率超过85%的,计0.5分;尿检率70%至85%的,计0.4分\n}\n"


def test_exit_codes(jd, tmp_path):
    (tmp_path / "warn.jd").write_text(WARNS, encoding="utf-8")
    (tmp_path / "clean.jd").write_text(CLEAN, encoding="utf-8")
    assert jd("check", "clean.jd", cwd=tmp_path).exit_code == 0
    assert jd("check", "warn.jd", cwd=tmp_path).exit_code == 0
    assert jd("check", "warn.jd", "--strict", cwd=tmp_path).exit_code == 1
    assert jd("check", "missing.jd", cwd=tmp_path).exit_code == 2
    assert jd("check", str(ROOT / "tests/cases/checker/E320-duplicate-metric-bad.jd")).exit_code == 1


# ------------------------------------------------------------------- configuration

def test_config_in_pyproject_turns_codes_off_and_changes_severity(jd, tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        "[project]\nname = \"x\"\n\n[tool.jdscore]\nseverity = { W312 = \"error\" }\n", encoding="utf-8")
    sub = tmp_path / "rubrics" / "2019"
    sub.mkdir(parents=True)
    (sub / "warn.jd").write_text(WARNS, encoding="utf-8")
    run = jd("check", "rubrics/2019/warn.jd", "--format", "json", cwd=tmp_path)
    assert run.exit_code == 1
    assert json.loads(run.stdout)["diagnostics"][0]["severity"] == "error"
    (tmp_path / ".jdscore.toml").write_text("disable = [\"W312\"]\n", encoding="utf-8")
    run = jd("check", "rubrics/2019/warn.jd", "--format", "json", cwd=tmp_path)
    assert run.exit_code == 0 and json.loads(run.stdout)["diagnostics"] == []


def test_config_per_file_globs(jd, tmp_path):
    (tmp_path / ".jdscore.toml").write_text(
        "[per-file.\"archive/**/*.jd\"]\nseverity = { W312 = \"info\" }\n"
        "[per-file.\"old-*.jd\"]\ndisable = [\"W312\"]\n", encoding="utf-8")
    (tmp_path / "archive" / "2016").mkdir(parents=True)
    for name in ("archive/2016/a.jd", "old-b.jd", "new.jd"):
        (tmp_path / name).write_text(WARNS, encoding="utf-8")
    run = jd("check", "archive/2016/a.jd", "old-b.jd", "new.jd", "--format", "json", "--strict", cwd=tmp_path)
    data = json.loads(run.stdout)
    by_file = {d["location"]["file"]: d["severity"] for d in data["diagnostics"]}
    assert by_file == {"archive/2016/a.jd": "info", "new.jd": "warning"}
    assert data["infos"] == 1 and run.exit_code == 1  # the warning in new.jd, with --strict
    run = jd("check", "archive/2016/a.jd", "--strict", cwd=tmp_path)
    assert run.exit_code == 0 and "提示[W312]" in run.stdout  # info never fails


@pytest.mark.parametrize("text,words", [
    ("disable = [\"E102\"]\n", "不是可以配置的检查代码"),
    ("severity = { W301 = \"loud\" }\n", "级别“loud”无效"),
    ("disabled = [\"W301\"]\n", "不认识的键“disabled”"),
    ("disable = [\n", "不是合法的 TOML"),
])
def test_bad_config_is_a_usage_error(jd, tmp_path, text, words):
    (tmp_path / ".jdscore.toml").write_text(text, encoding="utf-8")
    (tmp_path / "clean.jd").write_text(CLEAN, encoding="utf-8")
    run = jd("check", "clean.jd", cwd=tmp_path)
    assert run.exit_code == 2
    assert "E004" in run.stderr and words in run.stderr


def test_rules_command_lists_every_check(jd):
    run = jd("rules")
    assert run.exit_code == 0
    for info in rules():
        assert info.code in run.stdout and info.name in run.stdout
    one = jd("rules", "W314")
    assert one.exit_code == 0 and "Bad::" in one.stdout and "Good::" in one.stdout
    data = json.loads(jd("rules", "--format", "json").stdout)
    assert [d["code"] for d in data] == [info.code for info in rules()]
    assert jd("rules", "W999").exit_code == 2
