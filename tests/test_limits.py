"""Limits: inputs too large, too deep or too expanded fail cleanly, with a code, fast.

- a size cap on every file jdscore reads (E003, exit 2);
- YAML aliases cannot blow up memory or time (billion laughs, E412), in a facts file and
  in the list cells of a CSV or workbook form, however the file is padded;
- deep nesting fails cleanly: YAML (E412, even where libyaml itself would crash the
  process) and rubrics (E104: every stage after the parser walks the tree by recursion);
- numbers too long or too large for a rubric (E204) or a facts file (E416).

Each input is run through the CLI with a time limit (fuzzing.run); the ones that used to
crash the interpreter itself run in a subprocess, so that a regression fails one test
instead of killing the run.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
import tracemalloc
from pathlib import Path

import pytest
import yaml

import fuzzing as F

pytestmark = pytest.mark.slow
from jdscore.facts import MAX_DEPTH, MAX_NODES
from jdscore.parser import MAX_NESTING
from jdscore.source import MAX_RUBRIC_BYTES, MAX_SOURCE_BYTES

ROOT = F.ROOT
CHENGZHAI = ROOT / "rubrics" / "chengzhai-2018.jd"
QUANGUO = ROOT / "rubrics" / "quanguo-2016-yufang.jd"
FACTS = ROOT / "examples" / "chengzhai-2018" / "facts.yaml"


def answer(*args, limit: float = F.TIME_LIMIT) -> F.Answer:
    return F.judge(F.run(*args, limit=limit))


def facts_yaml(tmp_path: Path, body: str, *, rubric: Path = CHENGZHAI, name: str = "facts.yaml") -> Path:
    path = tmp_path / name
    path.write_text(f"rubric: {beside(rubric, tmp_path)}\n" + body, encoding="utf-8")
    return path


def beside(rubric: Path, directory: Path) -> str:
    """A copy of `rubric` in `directory`, named as a facts file there writes it (a facts file
    names only rubrics in its own tree)."""
    if not (directory / rubric.name).exists():
        shutil.copyfile(rubric, directory / rubric.name)
    return rubric.name


# ---------------------------------------------------------------------------- size cap

def _oversized(path: Path) -> Path:
    """A file one byte over its kind's cap (a rubric's is lower: it costs more to read)."""
    with open(path, "wb") as handle:  # sparse: nothing is written but the size
        handle.truncate(_cap(path) + 1)
    return path


def _cap(path: Path) -> int:
    from jdscore.tabular import MAX_WORKBOOK_BYTES

    return {".jd": MAX_RUBRIC_BYTES, ".xlsx": MAX_WORKBOOK_BYTES}.get(path.suffix, MAX_SOURCE_BYTES)


@pytest.mark.parametrize("command", [
    ["check", "{big}.jd"],
    ["check", "{big}.jd", "--format", "json"],
    ["render", "{big}.jd"],
    ["template", "{big}.jd"],
    ["diff", str(CHENGZHAI), "{big}.jd"],
    ["score", "{big}.yaml"],
    # (a CSV form has no size cap, only caps per row and on its rows: test_stream.py)
    ["score", "{big}.xlsx"],
    ["score", str(FACTS), "--rubric", "{big}.jd"],
    ["fmt", "--check", "{big}.jd"],
])
def test_files_over_the_size_cap_are_refused(command, tmp_path):
    args = [a.replace("{big}", str(tmp_path / "big")) for a in command]
    for arg in args:
        if arg.startswith(str(tmp_path)):
            _oversized(Path(arg))
    run = answer(*args, limit=5)
    assert run.code == 2
    text = run.stdout + run.stderr
    cap = min(_cap(Path(arg)) for arg in args if arg.startswith(str(tmp_path)))
    assert "E003" in text and f"上限 {cap // 1024 // 1024} MB" in text


def test_a_facts_file_naming_an_oversized_rubric_is_refused(tmp_path):
    big = _oversized(tmp_path / "big.jd")
    run = answer("score", facts_yaml(tmp_path, "units:\n  a:\n    x: 1\n", rubric=big))
    assert run.code == 2 and "E003" in run.stderr


def test_the_cap_is_on_bytes_not_on_what_the_file_holds(tmp_path):
    # just under the cap, a comment: read (and found to be no facts file) quickly
    path = tmp_path / "padded.yaml"
    path.write_bytes(b"#" + b"x" * (MAX_SOURCE_BYTES - 10) + b"\n")
    run = answer("score", path, limit=15)
    assert run.code == 1 and "E402" in run.stderr


# -------------------------------------------------------------------- billion laughs

def _laughs(levels: int, width: int = 9) -> str:
    """A YAML billion-laughs: `levels` levels of `width` aliases each, defined top-down."""
    items = ", ".join(["哈"] * width)
    text = f"l0: &l0 [{items}]\n"
    for i in range(1, levels + 1):
        text += f"l{i}: &l{i} [" + ", ".join([f"*l{i - 1}"] * width) + "]\n"
    return text


def test_billion_laughs_fails_fast_and_small(tmp_path):
    path = tmp_path / "laughs.yaml"
    path.write_text(_laughs(12) + f"rubric: {beside(CHENGZHAI, tmp_path)}\nunits:\n  a:\n    强戒案件数: *l12\n", encoding="utf-8")
    tracemalloc.start()
    try:
        run = answer("score", path, limit=5)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert run.code == 2 and "E412" in run.stderr and "别名" in run.stderr
    assert peak < 100 * 1024 * 1024, f"peak {peak // 1024 // 1024} MB"


def test_padding_buys_a_billion_laughs_no_bigger_budget(tmp_path):
    """Regression (found by this suite): the alias budget grew with the file's length, so a
    long comment let the same aliases expand 50 times per character of padding (an 8 MB
    file ran out of memory after minutes). The budget now counts the file's own nodes."""
    def padded(n: int) -> Path:
        path = tmp_path / f"padded-laughs-{n}.yaml"
        # the old budget: 50 nodes per character, 50 million at n = 500 000 (minutes, gigabytes)
        path.write_text("#" + "填充" * n + "\n" + _laughs(9)
                        + f"rubric: {beside(CHENGZHAI, tmp_path)}\nunits:\n  a:\n    强戒案件数: *l9\n", encoding="utf-8")
        return path

    small, large = padded(125_000), padded(500_000)
    run = answer("score", large, limit=8)
    assert run.code == 2 and "E412" in run.stderr
    ratio = F.growth(lambda: answer("score", small, limit=8), lambda: answer("score", large, limit=8))
    assert ratio < 8, f"4 times the padding took {ratio:.1f} times as long"


def test_honest_aliases_still_work(tmp_path):
    """A shared block written once and used by several units is within the budget."""
    data = yaml.safe_load(FACTS.read_text(encoding="utf-8"))
    units = data["units"]
    first = next(iter(units))
    lines = [f"rubric: {beside(CHENGZHAI, tmp_path)}", "units:"]
    for i, name in enumerate(units):
        lines.append(f"  {name}: " + ("&shared" if i == 0 else "*shared"))
        if i == 0:
            lines.extend(f"    {k}: {v if not isinstance(v, bool) else ('是' if v else '否')}"
                         for k, v in units[first].items())
    path = tmp_path / "shared.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    run = answer("score", path, "--format", "csv")
    assert run.code == 0, run.stderr
    totals = {row.split(",")[2] for row in run.stdout.splitlines()[1:]}
    assert len(totals) == 1  # every unit got the same facts, hence the same total


def _records_form(tmp_path: Path, cell: str, rows: int, suffix: str) -> Path:
    """A quanguo collection form whose every unit's 禁毒微信消息 cell holds `cell`."""
    data = yaml.safe_load((ROOT / "examples" / "quanguo-2016-yufang" / "facts.yaml").read_text(encoding="utf-8"))
    body = next(iter(data["units"].values()))
    names = list(body)
    table = [["细则", beside(QUANGUO, tmp_path)], ["单位", *names]]
    for i in range(rows):
        table.append([f"单位{i}"] + [cell if n == "禁毒微信消息" else F._cell(body[n]) for n in names])
    path = tmp_path / f"form.{suffix}"
    if suffix == "csv":
        path.write_text(F.rows_csv(table), encoding="utf-8")
    else:
        path.write_bytes(F.rows_xlsx(table))
    return path


ALIAS_CELL = ("[&a {阅读量: 1}, &b [*a, *a, *a, *a, *a, *a, *a, *a, *a], &c [*b, *b, *b, *b, *b, *b, *b, *b, *b], "
              "&d [*c, *c, *c, *c, *c, *c, *c, *c, *c], [*d, *d, *d, *d, *d, *d, *d, *d, *d]]")


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_aliases_in_form_cells_share_one_budget(tmp_path, suffix):
    """Regression (found by this suite): each list cell of a form got the budget of a whole
    facts file (50 000 nodes), so 400 cells of aliases (82 KB) took 157 s. One budget
    now covers the sheet, and a cell may expand only a few times its own nodes."""
    (tmp_path / "small").mkdir()
    (tmp_path / "large").mkdir()
    small = _records_form(tmp_path / "small", ALIAS_CELL, 100, suffix)
    large = _records_form(tmp_path / "large", ALIAS_CELL, 400, suffix)
    run = answer("score", large, limit=10)
    assert run.code == 1 and "E604" in run.stderr
    ratio = F.growth(lambda: answer("score", small, limit=10), lambda: answer("score", large, limit=10))
    assert ratio < 8, f"4 times the cells took {ratio:.1f} times as long"


def test_a_form_with_honest_list_cells_scores(tmp_path):
    path = _records_form(tmp_path, "[{阅读量: 62000}, {阅读量: 150000}]", 50, "csv")
    run = answer("score", path, "--format", "json")
    assert run.code == 0, run.stderr


def test_the_shared_budget_is_bounded():
    from jdscore.facts import Budget, read_yaml
    from jdscore.source import Source

    shared = Budget(nodes=10_000, floor=0)
    honest = Source.from_text("cell", "[" + ", ".join(["1"] * 100) + "]")
    for _ in range(99):
        read_yaml(honest, shared)
    from jdscore.diagnostics import Stop

    with pytest.raises(Stop) as failed:
        for _ in range(10):
            read_yaml(honest, shared)
    assert failed.value.diagnostics[0].code == "E412"
    assert MAX_NODES >= 1_000_000


# ------------------------------------------------------------------------ YAML depth

def _run_isolated(*args: str, timeout: float = 30) -> subprocess.CompletedProcess:
    """jdscore in its own process: an input that crashed the interpreter (a segfault in
    libyaml) must fail one test, not the whole run."""
    code = "import sys; from jdscore.cli import main; sys.exit(main(sys.argv[1:]))"
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          timeout=timeout, env={**os.environ, "NO_COLOR": "1"})


@pytest.mark.parametrize("shape", ["flow-sequences", "flow-mappings", "block-sequences", "many-lines"])
def test_deep_yaml_fails_cleanly(tmp_path, shape):
    """Regression (found by this suite): 100 000 nested `[` or `- ` made libyaml overflow
    the C stack (a segfault, exit -11), and 1 000 000 `[` ran for many minutes in its
    scanner. jdscore now scans the tokens first and stops at MAX_DEPTH."""
    n = 100_000
    if shape == "flow-sequences":
        value = "[" * n + "]" * n
    elif shape == "flow-mappings":
        value = "{a: " * n + "1" + "}" * n
    elif shape == "block-sequences":
        value = "\n      " + "- " * n + "1"
    else:  # nesting spread over lines, as deep as 8 MB of indentation allows
        lines, column = [], 6
        for _ in range(300):
            lines.append(" " * column + "- " * 49)
            column += 98
        value = "\n" + "\n".join(lines) + "1"
    path = facts_yaml(tmp_path, f"units:\n  a:\n    强戒案件数: {value}\n")
    result = _run_isolated("score", str(path))
    assert result.returncode == 2, (result.returncode, result.stderr[-2000:])
    assert "E412" in result.stderr and f"{MAX_DEPTH} 层" in result.stderr
    assert "Traceback" not in result.stderr


def test_deep_yaml_fails_fast(tmp_path):
    small = facts_yaml(tmp_path, "units:\n  a:\n    强戒案件数: " + "[" * 250_000 + "\n", name="small.yaml")
    large = facts_yaml(tmp_path, "units:\n  a:\n    强戒案件数: " + "[" * 1_000_000 + "\n", name="large.yaml")
    run = answer("score", large, limit=5)
    assert run.code == 2 and "E412" in run.stderr
    ratio = F.growth(lambda: answer("score", small, limit=5), lambda: answer("score", large, limit=5))
    assert ratio < 8, f"4 times the nesting took {ratio:.1f} times as long"


def test_nesting_just_within_the_limit_is_read(tmp_path):
    value = "[" * (MAX_DEPTH - 5) + "1" + "]" * (MAX_DEPTH - 5)
    run = answer("score", facts_yaml(tmp_path, f"units:\n  a:\n    强戒案件数: {value}\n"))
    assert run.code == 1 and "E405" in run.stderr  # read, and found to be no count


# ---------------------------------------------------------------------- rubric depth

def _nested_groups(depth: int, line: str = "强戒案件数: 每办理1个案件计1分,8分封顶") -> str:
    opening = "".join(f'{"  " * i}项目 "第{i}层" 8分 {{\n' for i in range(depth))
    closing = "".join(f'{"  " * i}}}\n' for i in reversed(range(depth)))
    return f'考评 "深"\n{opening}{"  " * depth}{line}\n{closing}'


DEEP_COMMANDS = [
    ["check", "{r}"], ["check", "{r}", "--format", "json"], ["render", "{r}", "--format", "html"],
    ["template", "{r}"], ["diff", "{r}", "{r}"], ["fmt", "--check", "{r}"],
    ["score", "{f}", "--rubric", "{r}"], ["test", "--boundaries", "{r}"],
]


@pytest.mark.parametrize("command", DEEP_COMMANDS, ids=lambda c: " ".join(c[:2]))
def test_500_nested_groups_fail_cleanly(command, tmp_path):
    """Regression (found by this suite): 500 nested groups raised RecursionError in the
    builder (exit 3). The parser now refuses a tree deeper than MAX_NESTING (E104)."""
    rubric = tmp_path / "deep.jd"
    rubric.write_text(_nested_groups(500), encoding="utf-8")
    facts = facts_yaml(tmp_path, "units:\n  a:\n    强戒案件数: 1\n", rubric=rubric)
    run = answer(*[a.replace("{r}", str(rubric)).replace("{f}", str(facts)) for a in command])
    assert run.code in (1, 2) and "E104" in run.stdout + run.stderr


def test_a_very_long_formula_fails_cleanly(tmp_path):
    rubric = tmp_path / "sum.jd"
    rubric.write_text('考评 "x"\n指标 m = ' + " + ".join(["a"] * 3000)
                      + '\n项目 "p" 1分 {\n  m: 每1计1分,最高计1分\n}\n', encoding="utf-8")
    run = answer("check", rubric)
    assert run.code == 1 and "E104" in run.stdout


DEEPEST = MAX_NESTING - 12  # groups; a rule line and its sentence need a few more levels


@pytest.mark.parametrize("command", DEEP_COMMANDS + [
    ["render", "{r}", "--format", "xlsx", "-o", "{o}.xlsx"], ["template", "{r}", "--format", "xlsx", "-o", "{o}.xlsx"],
    ["template", "{r}", "--format", "schema"], ["score", "{f}", "--rubric", "{r}", "--explain"],
    ["score", "{f}", "--rubric", "{r}", "--format", "json"],
], ids=lambda c: " ".join(c[:4]))
def test_the_deepest_accepted_rubric_works_everywhere(command, tmp_path):
    """Below the limit every stage (all recursive) has room to spare, even in this
    process, whose stack pytest has already deepened."""
    rubric = tmp_path / "deep.jd"
    rubric.write_text(_nested_groups(DEEPEST), encoding="utf-8")
    facts = facts_yaml(tmp_path, "units:\n  a:\n    强戒案件数: 3\n", rubric=rubric)
    args = [a.replace("{r}", str(rubric)).replace("{f}", str(facts)).replace("{o}", str(tmp_path / "out"))
            for a in command]
    run = answer(*args)
    assert run.code in (0, 1), run.stderr  # 1: fmt --check wants to re-indent
    assert "E104" not in run.stdout + run.stderr


# --------------------------------------------------------------------------- numbers

@pytest.mark.parametrize("number", ["1" + "0" * 5000, "0." + "0" * 5000 + "1", "一" + "万" * 3000])
def test_absurd_numbers_in_a_rubric_are_refused(number, tmp_path):
    """Regression (found by this suite): a 5000-digit constant overflowed the integer
    literals of the generated code (ValueError: exceeds the limit for integer string
    conversion), 一 and 3000 万 recursed 3000 deep: both exit 3. Now E204."""
    rubric = tmp_path / "n.jd"
    rubric.write_text(f'考评 "x"\n项目 "a" 10分 {{\n  a: 每{number}人计1分,最高计1分\n}}\n', encoding="utf-8")
    run = answer("check", rubric)
    assert run.code == 1 and "E204" in run.stdout


def test_long_numbers_print_exactly(tmp_path):
    """Regression (found by this suite): printing a number of more than 28 digits went
    through Decimal.quantize and failed (InvalidOperation, exit 3) in check, score, render."""
    rubric = tmp_path / "long.jd"
    rubric.write_text(textwrap.dedent("""\
        考评 "x"
        大项 "a" 100000000000000000000分 {
          项目 "b" 999999999999999999999分 {
            a: 每条计1分,最高计999999999999999999999分
          }
        }
        """), encoding="utf-8")
    run = answer("check", rubric)
    assert run.code == 1 and "E302" in run.stdout
    assert "100000000000000000000分" in run.stdout and "999999999999999999999分" in run.stdout
    for command in (["render", rubric], ["template", rubric]):
        run = answer(*command)
        assert run.code == 1 and "E302" in run.stderr


@pytest.mark.parametrize("value", ["1e999999999", "1.0e+999999999", "-1e999999999", "1e15", "'9999999999999999'",
                                   "1e999999999%", "81e9999999996%"])
def test_absurd_numbers_in_facts_are_refused(value, tmp_path):
    """Regression (found by this suite): 1e999999999 overflowed the decimal context
    (exit 3), 1e999999999% overflowed when divided by 100, and 1e999990 took 25 s to
    scale into an integer. Now E416."""
    run = answer("score", facts_yaml(tmp_path, f"units:\n  a:\n    强戒案件数: {value}\n"), limit=5)
    assert run.code == 1 and "E416" in run.stderr


def test_a_larger_exponent_costs_no_more(tmp_path):
    """1e999990 once took 25 s to scale into an integer, growing with the exponent; it is
    now refused before anything is computed from it."""
    small = facts_yaml(tmp_path, "units:\n  a:\n    强戒案件数: 1e249997\n", name="small.yaml")
    large = facts_yaml(tmp_path, "units:\n  a:\n    强戒案件数: 1e999990\n", name="large.yaml")
    ratio = F.growth(lambda: answer("score", small, limit=5), lambda: answer("score", large, limit=5))
    assert ratio < 8, f"4 times the exponent took {ratio:.1f} times as long"


@pytest.mark.parametrize("args, code, message", [
    (["每条计0.05分,最高计1分", "1e999999999"], 1, "E416"),
    (["每条计0.05分,最高计1分", "--", "-1e999999999"], 1, "E416"),
    (["90分以上为优秀,80分至90分为良好", "NaN"], 2, "E503"),
    (["90分以上为优秀,80分至90分为良好", "--", "-Infinity"], 2, "E503"),
    (["排名第1的计2分,第2名计1分", "²"], 2, "E503"),
    (["排名第1的计2分,第2名计1分", "9" * 5000], 2, "E503"),
])
def test_try_refuses_absurd_values(args, code, message):
    """Regressions (found by this suite): each of these was exit 3 (decimal.Overflow,
    InvalidOperation comparing NaN, int('²'), int of 5000 digits)."""
    run = answer("try", *args)
    assert run.code == code and message in run.stderr


def test_try_still_reads_full_width_ranks():
    run = answer("try", "排名第1的计2分,第2名计1分", "１")
    assert run.code == 0 and run.stdout.strip().endswith("2")


# ------------------------------------------------------------------ parse retries

def _broken_rubric(groups: int, broken_every: int) -> str:
    lines = ['考评 "大"']
    for g in range(groups):
        lines.append(f'项目 "第{g}项" 2分 {{')
        colon = " " if g % broken_every == broken_every - 1 else ":"  # a rule line without its colon
        lines.append(f"  事实{g}{colon} 每条计1分,最高计2分")
        lines.append("}")
    return "\n".join(lines) + "\n"


def test_a_small_rubric_gets_every_syntax_error(jd, tmp_path):
    rubric = tmp_path / "broken.jd"
    rubric.write_text(_broken_rubric(40, 4), encoding="utf-8")
    run = jd("check", str(rubric))
    assert run.exit_code == 1
    assert run.stdout.count("错误[E102]") == 10  # each broken line, in one run
    assert "共 10 处错误" in run.stdout  # and the tally says so


def test_parse_retries_are_bounded_by_the_text_parsed(monkeypatch):
    """Regression (found by this suite): after each syntax error the whole text was
    parsed again, up to 20 times: a 1 MB rubric with 20 broken lines took 71 s (an 8 MB
    one, many minutes). Retries now stop after MAX_REPARSED_CHARS of re-parsed text."""
    from jdscore import parser
    from jdscore.diagnostics import Stop
    from jdscore.source import Source

    text = _broken_rubric(400, 20)  # 20 broken lines
    calls = []
    real = parser.lark_parser()

    class Counting:
        def parse(self, text, start):
            calls.append(len(text))
            return real.parse(text, start=start)

        def __getattr__(self, name):
            return getattr(real, name)

    monkeypatch.setattr(parser, "lark_parser", lambda: Counting())
    monkeypatch.setattr(parser, "MAX_REPARSED_CHARS", 3 * len(text))
    with pytest.raises(Stop) as failed:
        parser.parse(Source.from_text("big.jd", text))
    assert len(calls) == 4  # the first parse and three retries
    assert len(failed.value.diagnostics) == 4


@pytest.mark.parametrize("words", ["一" * 12_500, "(" + ",a" * 6_250, "（" + "；" * 12_500], ids=["一", "(,a", "（；"])
def test_long_lines_are_read_in_linear_time(words, tmp_path):
    """Regression (found by this suite): the lexer tried a Chinese number again at every
    character of a long run of numerals, and a counting note at every comma after a "(":
    16 000 numerals took 5 s, 32 000 commas 14 s, growing with the square of the length
    (an 8 MB line: hours). Now the terminals cannot start inside a run (grammar)."""
    def rubric(repeat: int) -> Path:
        path = tmp_path / f"long-{repeat}.jd"
        path.write_text(f'考评 "x"\n项目 "a" 2分 {{\n  a: 每条计1分{words * repeat}\n}}\n', encoding="utf-8")
        return path

    small, large = rubric(1), rubric(4)
    run = answer("check", large, limit=10)
    assert run.code in (0, 1)
    ratio = F.growth(lambda: answer("check", small, limit=10), lambda: answer("check", large, limit=10))
    assert ratio < 8, f"a line 4 times as long took {ratio:.1f} times as long"


# ------------------------------------------------------- decimals past 28 digits

def test_a_metric_past_28_digits_is_shown(tmp_path):
    """Regression (found by this suite): --explain shows a metric as a percentage through
    Decimal.quantize, which fails past the default context's 28 digits: two counts just
    under the facts limit multiplied gave exit 3."""
    rubric = tmp_path / "m.jd"
    rubric.write_text('考评 "x"\n指标 m "乘积" = a × b\n项目 "p" 2分 {\n  m: 达到90%以上的,计2分\n}\n',
                      encoding="utf-8")
    facts = facts_yaml(tmp_path, "units:\n  u:\n    a: 99999999999999\n    b: 99999999999999\n", rubric=rubric)
    for fmt in ("table", "json", "csv"):
        run = answer("score", facts, "--explain", "--format", fmt)
        assert run.code == 0, run.stderr
    assert "999999999999980000000000000100%" in answer("score", facts, "--explain").stdout


@pytest.mark.parametrize("places", [2, 6, 30, 999_999_999])
def test_any_precision_line_scores(places, tmp_path):
    """Regression (found by this suite): `精度 保留30位小数` passed check, then rounding
    the total to 30 places needed more than 28 digits: exit 3 on every score."""
    rubric = tmp_path / "p.jd"
    rubric.write_text(f'考评 "x"\n精度 保留{places}位小数\n项目 "p" 2分 {{\n  a: 每条计0.5分,最高计2分\n}}\n',
                      encoding="utf-8")
    run = answer("score", facts_yaml(tmp_path, "units:\n  u:\n    a: 3\n", rubric=rubric), "--format", "csv")
    assert run.code == 0 and run.stdout.splitlines()[1].split(",")[2] == "1.5"


def test_a_total_past_28_digits_is_rounded_without_failing(tmp_path):
    rubric = tmp_path / "t.jd"
    rubric.write_text('考评 "x"\n精度 保留2位小数\n项目 "p" {\n  a: 每条计999999999999999999999分\n}\n',
                      encoding="utf-8")
    run = answer("score", facts_yaml(tmp_path, "units:\n  u:\n    a: 999999999999999\n", rubric=rubric),
                 "--format", "json")
    assert run.code == 0, run.stderr
    # 999999999999999999999 × 999999999999999, every digit: past the decimal context's 28
    # digits, Program.to_decimal once rounded it silently
    assert json.loads(run.stdout)["units"][0]["total"] == str(999999999999999999999 * 999999999999999)


# ------------------------------------------------------------- odd facts, found by fuzzing

@pytest.mark.parametrize("value", ['!!int ""', "!!int", '!!bool x', '!!bool ""'])
def test_explicit_yaml_tags_with_odd_values(value, tmp_path):
    """Regression (found by this suite): PyYAML's own int and bool constructors index into
    the text (IndexError on `!!int ""`, KeyError on `!!bool x`): exit 3. The value is now
    kept as written and reported like any other wrong value."""
    run = answer("score", facts_yaml(tmp_path, f"units:\n  a:\n    强戒案件数: {value}\n"))
    assert run.code == 1 and "E405" in run.stderr


@pytest.mark.parametrize("where", ["yaml", "csv"])
def test_a_rubric_path_with_a_nul_byte(where, tmp_path):
    """Regression (found by this suite): a NUL in the rubric path of a form made os.stat
    raise ValueError: exit 3. Now E001, like any file that is not there."""
    if where == "yaml":
        path = tmp_path / "facts.yaml"
        path.write_text('rubric: "r\\0.jd"\nunits:\n  a:\n    x: 1\n', encoding="utf-8")
    else:
        path = tmp_path / "form.csv"
        path.write_text("细则,r\x00.jd\n单位,x\n甲,1\n", encoding="utf-8")
    run = answer("score", path)
    assert run.code == 2 and "E001" in run.stderr


def test_a_workbook_of_an_unknown_zip_version(tmp_path):
    """Regression (found by this suite): a damaged workbook whose zip directory claims
    "version 12.4" made zipfile raise NotImplementedError: exit 3. Now E602 (exit 2)."""
    data = bytearray(F.rows_xlsx([["细则", str(CHENGZHAI)], ["单位", "强戒案件数"], ["甲", 1]]))
    entry = data.find(b"PK\x01\x02")
    data[entry + 6:entry + 8] = (124).to_bytes(2, "little")  # version needed to extract: 12.4
    path = tmp_path / "form.xlsx"
    path.write_bytes(bytes(data))
    run = answer("score", path)
    assert run.code == 2 and "E602" in run.stderr


@pytest.mark.parametrize("char", ["\x00", "\x07", "\x1b", "\x7f"])
def test_control_characters_in_a_rubric_are_pointed_at(jd, tmp_path, char):
    """A NUL from a damaged file would pass into titles, forms and workbooks (a YAML form
    with a NUL cannot be read back): check stops at it and says where."""
    path = tmp_path / "r.jd"
    path.write_text(f'考评 "甲{char}乙"\n项目 "a" 1分 {{\n  x: 建立的计1分\n}}\n', encoding="utf-8")
    run = jd("check", str(path))
    assert run.exit_code == 1
    assert "E102" in run.stdout and f"U+{ord(char):04X}" in run.stdout and "r.jd:1:6" in run.stdout
