"""`jdscore fmt` (issue 4): one canonical layout, idempotent, meaning and comments kept.

- tests/cases/fmt/<name>.jd -> <name>.jd.formatted, formatted twice (OPA's formatter tests);
- every rubric in rubrics/ and every parseable .jd under tests/cases: idempotent and
  parse(fmt(x)) == parse(x) ignoring spans;
- a whitespace-perturbed rubric formats back to the canonical text (property test).
"""

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import ROOT, golden
from jdscore.ast import strip_spans
from jdscore.build import build_rubric
from jdscore.diagnostics import Stop
from jdscore.formatter import format_source, format_text
from jdscore.parser import parse_layout
from jdscore.source import Source

FMT = ROOT / "tests" / "cases" / "fmt"
GOLDEN = sorted(FMT.glob("*.jd"))


def _parseable(paths):
    out = []
    for path in paths:
        try:
            parse_layout(Source.read(path))
        except Stop:
            continue
        out.append(path)
    return out


EVERY = _parseable(sorted((ROOT / "rubrics").glob("*.jd")) + sorted((ROOT / "tests" / "cases").rglob("*.jd")))


def _comments(text: str) -> list[str]:
    return [str(c).rstrip() for c in parse_layout(Source.from_text("x.jd", text))[1]]


def _meaning(text: str):
    rubric, diagnostics = build_rubric(Source.from_text("x.jd", text))
    return strip_spans(rubric), [d.code for d in diagnostics]


@pytest.mark.parametrize("path", GOLDEN, ids=lambda p: p.stem)
def test_fmt_golden_formatted_twice(path):
    text = path.read_text(encoding="utf-8")
    once = format_text(text)
    golden(path.with_name(path.name + ".formatted"), once)
    assert format_text(once) == once, "formatting is not idempotent"
    assert _meaning(once) == _meaning(text)
    assert _comments(once) == _comments(text)


@pytest.mark.parametrize("path", EVERY, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_rubric_keeps_its_meaning(path):
    text = Source.read(path).text
    once = format_text(text)
    assert format_text(once) == once
    assert _meaning(once) == _meaning(text)
    assert _comments(once) == _comments(text)


def test_shipped_rubrics_are_already_canonical():
    for path in sorted((ROOT / "rubrics").glob("*.jd")):
        assert not format_source(Source.read(path)).changed, path.name


def test_rule_sentences_are_never_altered():
    text = "项目 \"a\"  1分{\n甲 ：  有的，计1分；；无的，扣0.5分。  # 注\n}\n"
    out = format_text(text)
    assert out == "项目 \"a\" 1分 {\n  甲: 有的，计1分；；无的，扣0.5分。  # 注\n}\n"


def test_numbering_right_after_the_rule_colon_keeps_its_meaning():
    # 甲:1、… with no space: the numbering after a colon inside sentences (评分标准:2、…) was
    # read as part of the first clause, and 甲: 1、… (as fmt writes it) as a label: E900
    out = format_text("项目 \"a\" 1分 {\n  甲:1、每缺一项扣0.5分\n}\n")
    assert out == "项目 \"a\" 1分 {\n  甲: 1、每缺一项扣0.5分\n}\n"


def test_crlf_and_bom_become_plain_lf(jd, tmp_path):
    path = tmp_path / "x.jd"
    path.write_bytes("\ufeff考评 \"x\"\r\n项目 \"a\" 1分 {\r\n  甲: 有的,计1分\r\n}\r\n".encode("utf-8"))
    assert jd("fmt", "--check", "x.jd", cwd=tmp_path).exit_code == 1
    assert jd("fmt", "x.jd", cwd=tmp_path).exit_code == 0
    assert path.read_bytes() == "考评 \"x\"\n项目 \"a\" 1分 {\n  甲: 有的,计1分\n}\n".encode("utf-8")
    assert jd("fmt", "--check", "x.jd", cwd=tmp_path).exit_code == 0


def test_a_file_without_a_final_line_break_is_formatted(jd, tmp_path):
    """`check` read it, but fmt stopped at the last `}` with E103 (found by the pre-commit hook)."""
    path = tmp_path / "x.jd"
    path.write_text("考评 \"x\"\n项目 \"a\" 1分 {\n  甲: 有的,计1分\n}", encoding="utf-8")
    assert jd("fmt", "--check", "x.jd", cwd=tmp_path).exit_code == 1
    assert jd("fmt", "x.jd", cwd=tmp_path).exit_code == 0
    assert path.read_text(encoding="utf-8") == "考评 \"x\"\n项目 \"a\" 1分 {\n  甲: 有的,计1分\n}\n"


def test_fmt_command(jd, tmp_path):
    messy = (FMT / "messy.jd").read_text(encoding="utf-8")
    (tmp_path / "a.jd").write_text(messy, encoding="utf-8")
    (tmp_path / "b.jd").write_text(format_text(messy), encoding="utf-8")
    run = jd("fmt", "--check", ".", cwd=tmp_path)
    assert run.exit_code == 1 and "a.jd" in run.stderr and "b.jd" not in run.stderr
    assert (tmp_path / "a.jd").read_text(encoding="utf-8") == messy  # --check never writes
    diff = jd("fmt", "--diff", "a.jd", cwd=tmp_path)
    assert diff.exit_code == 1 and diff.stdout.startswith("--- a.jd")
    assert jd("fmt", "a.jd", "b.jd", cwd=tmp_path).exit_code == 0
    assert (tmp_path / "a.jd").read_text(encoding="utf-8") == format_text(messy)
    assert jd("fmt", "--check", ".", cwd=tmp_path).exit_code == 0
    assert not list(tmp_path.glob(".*.tmp"))


def test_fmt_refuses_a_file_with_syntax_errors(jd, tmp_path):
    bad = "项目 \"a\" 1分 {\n  甲 有的,计1分\n}\n"
    (tmp_path / "bad.jd").write_text(bad, encoding="utf-8")
    run = jd("fmt", "bad.jd", cwd=tmp_path)
    assert run.exit_code == 1 and "E102" in run.stderr
    assert (tmp_path / "bad.jd").read_text(encoding="utf-8") == bad
    assert jd("fmt", "missing.jd", cwd=tmp_path).exit_code == 2


# ------------------------------------------------------------------ property test

CANONICAL = [format_text(Source.read(p).text) for p in sorted((ROOT / "rubrics").glob("*.jd"))]


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(range(len(CANONICAL))), st.randoms(use_true_random=False))
def test_perturbed_whitespace_formats_back(index, rnd: random.Random):
    """Indentation, trailing spaces and repeated blank lines are layout only."""
    text = CANONICAL[index]
    lines = []
    for line in text.split("\n")[:-1]:
        if not line.strip():
            lines.extend([""] * rnd.randint(1, 3))
            continue
        lead = rnd.choice(["", " ", "\t", "\u3000 ", "      "])
        tail = rnd.choice(["", " ", "  \t"])
        lines.append(lead + line.lstrip(" ") + tail)
    assert format_text("\n".join(lines) + "\n") == text
