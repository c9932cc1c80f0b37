"""Hostile and careless input beyond text (issue 15): file kinds, paths, output targets,
names and sizes. Every test builds its own input and asserts the outcome: a code, an
intact file, bounded reading.

- special files (a FIFO, a device) are refused with E001 wherever a file is read, and no
  read takes more than the limit + 1 bytes;
- a rubric named inside a file (a facts file's rubric:, a form's 细则 cell, a test case's
  rubric:, a *.jd link in a folder given to check) is a .jd file inside that file's tree
  (E006), and one that is no rubric at all is reported without a line of it (E414);
- a line break in a name cannot start a live formula in a score CSV;
- a workbook part that unzips too large or holds one token over 1 MB is refused before
  expat parses it; a cell far below or rows of formatted empty cells cost nothing;
- long runs of blank lines cost the lexer no memory per line, and move no position;
- names are printed as text (never Rich markup), with control characters made visible,
  on the terminal and in workbooks; values that crashed (--points NaN, 4,300 digits in a
  CSV cell, 1e-999999999) are refused with a code;
- careless commands: check -o without --format, Ctrl-C while the command line loads;
- a formula's error value (#REF!) in a form is reported with its cell, never skipped;
- YAML 1.1 spellings change no score: counts are decimal (010 is 10; 0x10 and 1:30 are
  refused), unit names are kept as written (Yes, null), a key that is no text is refused;
- unit names longer than 100 characters are refused (E417), excerpts split a file once and
  show 160 characters of a long line around the spot, and a run prints its first 200
  problems and a count;
- grade names a list validation cannot hold (a comma, a quote, over 255 characters) get none;
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import tracemalloc
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
import yaml

import fuzzing as F
from jdscore import source as S
from jdscore.diagnostics import Stop
from jdscore.source import Source

ROOT = F.ROOT
CHENGZHAI = ROOT / "rubrics" / "chengzhai-2018.jd"
CHENGZHAI_FACTS = ROOT / "examples" / "chengzhai-2018" / "facts.yaml"

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")


def _peak(work):
    """What `work()` returns, and the most memory Python held for it at any one time."""
    tracemalloc.start()
    try:
        return work(), tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def _fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


def _device(path: Path) -> Path:
    """A link to /dev/zero: a file whose size reads as 0 and whose bytes never end."""
    path.symlink_to("/dev/zero")
    return path


# ------------------------------------------------------------------- special files

@needs_fifo
@pytest.mark.parametrize("make", [_fifo, _device], ids=["fifo", "dev-zero"])
@pytest.mark.parametrize("command", [
    ["check", "{x}.jd"], ["fmt", "{x}.jd"], ["render", "{x}.jd"], ["template", "{x}.jd"],
    ["score", "{x}.yaml"], ["score", "{x}.csv"], ["score", "{x}.xlsx"],
    ["score", str(CHENGZHAI_FACTS), "--rubric", "{x}.jd"],
    ["check", str(CHENGZHAI), "--config", "{x}.toml"],
], ids=lambda c: " ".join(a for a in c if not a.startswith("/")))
def test_special_files_are_refused(command, make, tmp_path):
    for suffix in (".jd", ".yaml", ".csv", ".xlsx", ".toml"):
        make(tmp_path / f"x{suffix}")
    args = [a.replace("{x}", str(tmp_path / "x")) for a in command]
    run = F.judge(F.run(*args))
    assert run.code == 2, run.stderr
    code = "E004" if "--config" in command else "E001"
    assert code in run.stderr and "不是普通文件" in run.stderr, run.stderr


# a FIFO in the folder is refused as it is opened; a link to /dev/zero leads out of the folder
SPECIAL_IN_TREE = [(_fifo, "E001"), (_device, "E006")]


@needs_fifo
@pytest.mark.parametrize("make, code", SPECIAL_IN_TREE, ids=["fifo", "dev-zero"])
def test_a_special_file_in_a_folder_does_not_stop_check(make, code, tmp_path):
    (tmp_path / "a.jd").write_text(CHENGZHAI.read_text(encoding="utf-8"), encoding="utf-8")
    make(tmp_path / "b.jd")
    run = F.judge(F.run("check", tmp_path))
    assert run.code == 2
    assert f"b.jd: 错误[{code}]" in run.stderr  # a file that cannot be read: on stderr, as ruff says it
    assert "W301" in run.stdout  # a.jd was checked all the same (its report on stdout)


@needs_fifo
@pytest.mark.parametrize("make, code", SPECIAL_IN_TREE, ids=["fifo", "dev-zero"])
def test_a_facts_file_naming_a_special_file(make, code, tmp_path):
    make(tmp_path / "r.jd")
    facts = tmp_path / "facts.yaml"
    facts.write_text("rubric: r.jd\nunits:\n  甲:\n    x: 1\n", encoding="utf-8")
    run = F.judge(F.run("score", facts))
    assert run.code == 2 and f"facts.yaml:1:9: 错误[{code}]" in run.stderr


def test_no_more_than_the_limit_and_one_byte_is_read(tmp_path, monkeypatch):
    path = tmp_path / "big.jd"
    path.write_bytes(b"#" * 50_000)
    taken = []
    real = os.read

    def counted(fd, n):
        data = real(fd, n)
        taken.append(len(data))
        return data

    monkeypatch.setattr(S.os, "read", counted)
    with pytest.raises(Stop) as stop:
        S.read_bytes(path, limit=1000)
    assert stop.value.diagnostics[0].code == "E003"
    assert sum(taken) == 1001
    taken.clear()
    assert S.read_bytes(path, limit=50_000) == b"#" * 50_000


# ------------------------------------------------------------- paths named in files

SECRET = "TOKEN-7f3a9c: hunter2-do-not-print"


@pytest.fixture
def office(tmp_path):
    """office/ holds the facts files; secret/ beside it holds what must never be printed."""
    (tmp_path / "secret").mkdir()
    (tmp_path / "secret" / "key.txt").write_text(SECRET + "\n", encoding="utf-8")
    (tmp_path / "secret" / "key.jd").write_text(SECRET + "\n", encoding="utf-8")
    (tmp_path / "office").mkdir()
    shutil.copyfile(CHENGZHAI, tmp_path / "office" / "r.jd")
    return tmp_path / "office"


def _facts_naming(office: Path, written: str, kind: str) -> Path:
    if kind == "yaml":
        path = office / "facts.yaml"
        path.write_text(f"rubric: '{written}'\nunits:\n  甲:\n    强戒案件数: 1\n", encoding="utf-8")
    elif kind == "csv":
        path = office / "form.csv"
        path.write_text(f"细则,{written}\n单位,强戒案件数\n甲,1\n", encoding="utf-8")
    else:
        path = office / "form.xlsx"
        path.write_bytes(F.rows_xlsx([["细则", written], ["单位", "强戒案件数"], ["甲", 1]]))
    return path


@pytest.mark.parametrize("kind", ["yaml", "csv", "xlsx"])
@pytest.mark.parametrize("written, why", [
    ("../secret/key.txt", "不是 .jd"),
    ("../secret/key.jd", "之外"),
    ("{secret}/key.jd", "之外"),                     # absolute
    ("sub/../../secret/key.jd", "之外"),
    ("/etc/passwd", "不是 .jd"),
    ("/proc/self/environ", "不是 .jd"),
    ("link.jd", "之外"),                             # a link in the tree leading out of it
    ("inner.jd", "不是 .jd"),                        # a link in the tree to a file of another kind
])
def test_a_facts_file_cannot_name_a_file_outside_its_tree(written, why, kind, office):
    (office / "link.jd").symlink_to(office.parent / "secret" / "key.jd")
    (office / "notes.txt").write_text(SECRET, encoding="utf-8")
    (office / "inner.jd").symlink_to(office / "notes.txt")
    facts = _facts_naming(office, written.format(secret=office.parent / "secret"), kind)
    run = F.judge(F.run("score", facts))
    assert run.code == 2, run.stderr
    assert "E006" in run.stderr and why in run.stderr
    assert "hunter2" not in run.stderr + run.stdout
    assert "--rubric" in run.stderr  # the way to score with such a rubric all the same


@pytest.mark.parametrize("kind", ["yaml", "csv", "xlsx"])
def test_a_named_file_that_is_no_rubric_is_not_shown(kind, office):
    (office / "notes.jd").write_text(SECRET + "\n" + "x" * 50 + "\n", encoding="utf-8")
    run = F.judge(F.run("score", _facts_naming(office, "notes.jd", kind)))
    assert run.code == 1, run.stderr
    assert run.stderr.count("错误[") == 1 and "E414" in run.stderr and "jdscore check" in run.stderr
    assert "hunter2" not in run.stderr + run.stdout


def test_rubric_paths_inside_the_tree_and_the_configured_root(office):
    (office / "2019").mkdir()
    shutil.copyfile(CHENGZHAI, office / "2019" / "r.jd")
    (office / "2019" / "linked.jd").symlink_to(office / "2019" / "r.jd")
    for written in ("r.jd", "./r.jd", "linked.jd", str(office / "2019" / "r.jd")):
        facts = _facts_naming(office / "2019", written, "yaml")
        run = F.judge(F.run("score", facts))
        assert "E006" not in run.stderr and run.code == 1 and "E404" in run.stderr, (written, run.stderr)
    facts = _facts_naming(office / "2019", "../r.jd", "yaml")
    assert "E006" in F.judge(F.run("score", facts)).stderr
    (office / ".jdscore.toml").write_text("", encoding="utf-8")  # the user's root: office/
    assert "E006" not in F.judge(F.run("score", facts)).stderr


def test_the_command_line_stays_free(office):
    facts = _facts_naming(office, "r.jd", "yaml")
    run = F.judge(F.run("score", facts, "--rubric", office.parent / "secret" / "key.jd"))
    assert run.code == 1 and "E414" in run.stderr and "E006" not in run.stderr
    run = F.judge(F.run("check", office.parent / "secret" / "key.jd"))
    assert run.code == 1 and "E10" in run.stdout  # the user's own file: its syntax errors, shown


def test_a_test_case_cannot_name_a_file_outside_its_tree(office):
    facts = _facts_naming(office, "r.jd", "yaml")
    case = office / "expected.yaml"
    case.write_text(f"facts: {facts.name}\nrubric: ../secret/key.jd\nunits:\n  甲:\n    total: 1\n",
                    encoding="utf-8")
    run = F.judge(F.run("test", case))
    assert run.code == 1 and "E006" in run.stdout + run.stderr
    assert "hunter2" not in run.stdout + run.stderr


@pytest.mark.parametrize("command", [["check"], ["fmt", "--check"], ["fmt"]])
def test_links_out_of_a_folder_are_not_followed(command, office):
    outside = office.parent / "secret" / "key.jd"
    before = outside.read_bytes()
    (office / "link.jd").symlink_to(outside)
    (office / "up").symlink_to(office.parent / "secret", target_is_directory=True)
    (office / "inside.jd").symlink_to(office / "r.jd")
    run = F.judge(F.run(*command, office), accept=("需要重排", "已重排"))
    assert run.code == 2
    assert "link.jd: 错误[E006]" in run.stderr
    assert "hunter2" not in run.stdout + run.stderr
    assert outside.read_bytes() == before


# ---------------------------------------------------------------- the CSV formula guard

@pytest.mark.parametrize("name", ["甲\r=cmd|' /c calc'!A0", "甲\n@SUM(1)", "\r=1+1", "甲\r\n-2+3", "甲\r\r+x"])
def test_a_line_break_in_a_name_cannot_start_a_formula(name, tmp_path):
    shutil.copyfile(CHENGZHAI, tmp_path / "r.jd")
    facts = yaml.safe_load(CHENGZHAI_FACTS.read_text(encoding="utf-8"))
    first = next(iter(facts["units"]))
    facts = {"rubric": "r.jd", "units": {name: facts["units"][first]}}
    path = tmp_path / "facts.yaml"
    path.write_text(yaml.safe_dump(facts, allow_unicode=True), encoding="utf-8")
    run = F.judge(F.run("score", path, "--format", "csv"))
    assert run.code == 0, run.stderr
    rows = list(csv.reader(io.StringIO(run.stdout, newline="")))
    assert len(rows) == 2 and rows[1][1].replace("'", "") == name.replace("'", "")
    # a reader that starts a new row at every CR or LF, quotes or not, finds no formula either
    for line in re.split(r"\r\n|\r|\n", run.stdout):
        assert not line.lstrip('"').startswith(("=", "+", "-", "@")), repr(line)


# -------------------------------------------------------------------- workbook bombs

FORM_HEAD = ('<row r="1"><c r="A1" t="inlineStr"><is><t>细则</t></is></c>'
             '<c r="B1" t="inlineStr"><is><t>r.jd</t></is></c></row>'
             '<row r="2"><c r="A2" t="inlineStr"><is><t>单位</t></is></c>'
             '<c r="B2" t="inlineStr"><is><t>强戒案件数</t></is></c></row>')


def _unit_row(r: int, padding: int = 0) -> str:
    from jdscore.tabular import column_letter

    empty = "".join(f'<c r="{column_letter(c)}{r}" s="0"/>' for c in range(3, 3 + padding))
    return f'<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>单位{r}</t></is></c><c r="B{r}"><v>1</v></c>{empty}</row>'


def _workbook(sheet_data: str, *, after: str = "", dimension: str = "A1:B3") -> bytes:
    """A form workbook whose sheet holds `sheet_data` (rows of XML) and `after` it, with the
    dimension the sheet states (an honest one by default: openpyxl trusts it)."""
    base = F.rows_xlsx([["细则", "r.jd"], ["单位", "强戒案件数"], ["甲", 1]])
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(base)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename.startswith("xl/worksheets/sheet"):
                text = re.sub(r"<sheetData>.*</sheetData>|<sheetData\s*/>",
                              lambda m: f"<sheetData>{sheet_data}</sheetData>{after}", content.decode(), flags=re.S)
                content = re.sub(r'<dimension ref="[^"]*"', f'<dimension ref="{dimension}"', text).encode()
            dst.writestr(info.filename, content)
    return out.getvalue()


ONE_FACT = '考评 "x"\n项目 "a" 8分 {\n  强戒案件数: 每办理1个案件计1分,8分封顶\n}\n'


def _form(tmp_path: Path, data: bytes) -> Path:
    (tmp_path / "r.jd").write_text(ONE_FACT, encoding="utf-8")
    path = tmp_path / "form.xlsx"
    path.write_bytes(data)
    return path


BIG = 1024 * 1024 + 10


@pytest.mark.parametrize("where", ["text", "attribute", "comment", "cdata", "instruction", "tag-full-of-gt"])
def test_one_huge_token_in_a_workbook_is_refused_unparsed(where, tmp_path, monkeypatch):
    """expat's time grows with the square of one token's length: such a part is never parsed."""
    from openpyxl.worksheet import _reader

    body, after = FORM_HEAD + _unit_row(3), ""
    if where == "text":
        body = body.replace("单位3", "x" * BIG)
    elif where == "attribute":
        body = body.replace('<row r="3"', f'<row r="3" spans="{"1" * BIG}"')
    elif where == "tag-full-of-gt":
        body = body.replace('<row r="3"', f'<row r="3" spans="{">" * BIG}"')
    elif where == "comment":
        after = "<!--" + "<a>" * (BIG // 3) + "-->"
    elif where == "cdata":
        body = body.replace("单位3", "<![CDATA[" + "<!--" * (BIG // 4) + "]]>")
    else:
        after = "<?x " + "<" * BIG + "?>"
    monkeypatch.setattr(_reader, "iterparse", None)  # parsing the sheet at all would fail the test
    run = F.judge(F.run("score", _form(tmp_path, _workbook(body, after=after))))
    assert run.code == 2 and "E602" in run.stderr and "1 MB" in run.stderr, run.stderr


@pytest.mark.parametrize("value", ["1e999", "-1e999", "1E400"])
def test_a_number_cell_past_any_float_is_refused_with_its_cell(value, tmp_path):
    """(found by test_fuzz_files) <v>1e999</v> read as an infinite float crashed scoring."""
    body = FORM_HEAD + _unit_row(3) + _unit_row(4).replace("<v>1</v>", f"<v>{value}</v>")
    run = F.judge(F.run("score", _form(tmp_path, _workbook(body, dimension="A1:B4"))))
    assert run.code == 1 and "E405" in run.stderr and "B4" in run.stderr, run.stderr


def test_a_part_whose_deflated_bytes_are_damaged_is_refused(tmp_path):
    """(found by test_fuzz_files) zlib's own error escaped as an internal error."""
    good = _workbook(FORM_HEAD + _unit_row(3))
    info = zipfile.ZipFile(io.BytesIO(good)).getinfo("xl/worksheets/sheet1.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    run = F.judge(F.run("score", _form(tmp_path, good[:start + 5] + b"\xff" * 8 + good[start + 13:])))
    assert run.code == 2 and "E602" in run.stderr and "不是有效的 .xlsx" in run.stderr, run.stderr


def test_a_token_just_under_the_cap_is_read(tmp_path):
    note = f'<row r="4"><c r="A4" t="inlineStr"><is><t>#{"x" * (1024 * 1024 - 100)}</t></is></c></row>'
    body = FORM_HEAD + _unit_row(3) + note  # a comment row
    run = F.judge(F.run("score", _form(tmp_path, _workbook(body)), "--format", "json"))
    assert run.code == 0, run.stderr


def test_a_part_that_unzips_too_large_is_refused_unparsed(tmp_path, monkeypatch):
    from jdscore import tabular

    monkeypatch.setattr(tabular, "MAX_PART", 64 * 1024)
    rows = "".join(_unit_row(r) for r in range(3, 2000))
    run = F.judge(F.run("score", _form(tmp_path, _workbook(FORM_HEAD + rows))))
    assert run.code == 2 and "E602" in run.stderr and "sheet1.xml" in run.stderr


@pytest.mark.parametrize("row", [1_048_577, 3_000_000])  # past MAX_ROWS (Excel's own count)
def test_a_cell_far_below_costs_nothing(row, tmp_path):
    body = FORM_HEAD + _unit_row(3) + f'<row r="{row}"><c r="A{row}" t="inlineStr"><is><t>#x</t></is></c></row>'
    path = _form(tmp_path, _workbook(body, dimension=f"A1:B{row}"))
    run, peak = _peak(lambda: F.judge(F.run("score", path)))
    assert run.code == 2 and "E602" in run.stderr and f"第 {row} 行" in run.stderr
    assert peak < 30 * 1024 * 1024, f"{peak // 1024 // 1024} MB"


def test_empty_cells_out_to_column_2000_are_not_read(tmp_path, monkeypatch):
    """Rows formatted out to column 2,000: only the cells that hold a value are parsed."""
    from openpyxl.worksheet._reader import WorkSheetParser

    parsed = []
    real = WorkSheetParser.parse_cell
    monkeypatch.setattr(WorkSheetParser, "parse_cell", lambda self, el: parsed.append(1) or real(self, el))
    rows = "".join(_unit_row(r, padding=1998) for r in range(3, 53))
    run = F.judge(F.run("score", _form(tmp_path, _workbook(FORM_HEAD + rows, dimension="A1:BXX52")),
                        "--format", "json"))
    assert run.code == 0 and len(json.loads(run.stdout)["units"]) == 50
    assert len(parsed) == 4 + 2 * 50


def test_cells_past_column_2000_are_left_out_and_rows_are_as_wide_as_their_values(tmp_path):
    from jdscore.tabular import read_table

    body = FORM_HEAD + _unit_row(3) + '<row r="4"><c r="XFD4"><v>1</v></c></row>'
    table = read_table(_form(tmp_path, _workbook(body, dimension="A1:XFD4")))
    assert [(r, len(cells)) for r, cells in table.rows] == [(1, 2), (2, 2), (3, 2)]


def test_rows_past_the_size_a_sheet_states_are_read(tmp_path):
    rows = "".join(_unit_row(r) for r in range(3, 13))
    run = F.judge(F.run("score", _form(tmp_path, _workbook(FORM_HEAD + rows, dimension="A1:B3")), "--format", "json"))
    assert run.code == 0 and len(json.loads(run.stdout)["units"]) == 10


# ---------------------------------------------------------------------- blank lines

def _with_blank_runs(text: str, run: int) -> str:
    """`text` with `run` blank lines (some holding spaces) before it, after every third line
    and at its end."""
    lines = text.split("\n")
    out = ["\n" * run]
    for i, line in enumerate(lines):
        out.append(line + "\n")
        if i % 3 == 2:
            out.append("  \n" * (run // 2) + "\u3000\t\n" + "\n" * (run // 2))
    return "".join(out) + "\n" * run


def _positions(tree) -> list:
    from lark import Token, Tree

    found = []
    for node in tree.iter_subtrees():
        if not node.meta.empty:
            m = node.meta
            found.append((node.data, m.line, m.column, m.end_line, m.end_column, m.start_pos, m.end_pos))
        for child in node.children:
            if isinstance(child, Token):
                found.append((child.type, str(child), child.line, child.column, child.end_line, child.end_column,
                              child.start_pos))
    assert all(isinstance(t, Tree) for t in [tree])
    return found


@pytest.mark.parametrize("rubric", [CHENGZHAI, ROOT / "rubrics" / "quanguo-2016-yufang.jd"], ids=lambda p: p.stem)
def test_long_runs_of_blank_lines_keep_every_position(rubric, monkeypatch):
    """Runs of blank lines are lexed as one line break; every token and node keeps the
    line and column it has in the file, as if they had not been."""
    from jdscore import parser

    source = Source.from_text("r.jd", _with_blank_runs(rubric.read_text(encoding="utf-8"), 40))
    collapsed = _positions(parser.parse(source))
    layout = parser.parse_layout(source)
    monkeypatch.setattr(parser, "MAX_BLANK_RUN", 10**9)
    assert parser.collapse_blank_lines(source.text) == source.text
    assert collapsed == _positions(parser.parse(source))
    plain = parser.parse_layout(source)
    assert _positions(layout[0]) == _positions(plain[0])
    assert [(c.line, c.column, str(c)) for c in layout[1]] == [(c.line, c.column, str(c)) for c in plain[1]]


def test_long_runs_of_blank_lines_change_no_message(tmp_path, monkeypatch):
    from jdscore import parser

    text = _with_blank_runs(CHENGZHAI.read_text(encoding="utf-8"), 40)
    broken = text.replace("强戒案件数:", "强戒案件数", 1).replace("尿检缺人次:", "尿检缺人次", 1)
    messy = text.replace("项目 ", "项目   ")
    answers = []
    for limit in (parser.MAX_BLANK_RUN, 10**9):
        monkeypatch.setattr(parser, "MAX_BLANK_RUN", limit)
        outputs = []
        for name, content in (("warned.jd", text), ("broken.jd", broken), ("messy.jd", messy)):
            (tmp_path / name).write_text(content, encoding="utf-8")
            run = F.judge(F.run("check", tmp_path / name, "--format", "json"))
            outputs.append((run.code, run.stdout))
        outputs.append(F.judge(F.run("fmt", "--diff", tmp_path / "messy.jd"), accept=("需要重排",)).stdout)
        answers.append(outputs)
    assert answers[0] == answers[1]
    assert answers[0][0][0] == 0 and '"W301"' in answers[0][0][1] and answers[0][1][0] == 1


@pytest.mark.slow
def test_200000_blank_lines_take_little_memory():
    from jdscore import pipeline
    from jdscore.parser import lark_parser

    lark_parser()  # built once per process: not the rubric's cost
    text = CHENGZHAI.read_text(encoding="utf-8")
    for blank in ("\n" * 200_000 + text, text + "\n \u3000\n" * 100_000, text.replace("\n}\n", "\n}\n" + "\n" * 20_000)):
        checked, peak = _peak(lambda: pipeline.check(Source.from_text("r.jd", blank)))
        assert checked.program is not None
        assert peak < 100 * 1024 * 1024, f"{peak // 1024 // 1024} MB"


# ------------------------------------------------------------ names on the terminal

HOSTILE_NAMES = ["[/]", "[link=http://evil.example]甲[/link]", "[bold]乙", "\x1b[31m丙\x1b]0;title\x07", "丁\u202e戊",
                 ":smile: 己", "庚\r\n辛"]


@pytest.mark.parametrize("extra", [[], ["--explain"], ["--unit", "[/]"]])
def test_names_are_printed_as_text_with_controls_visible(extra, tmp_path):
    (tmp_path / "r.jd").write_text(ONE_FACT.replace('"a"', '"a[/b]"'), encoding="utf-8")
    units = {name: {"强戒案件数": i} for i, name in enumerate(HOSTILE_NAMES)}
    facts = tmp_path / "facts.yaml"
    facts.write_text(yaml.safe_dump({"rubric": "r.jd", "units": units}, allow_unicode=True), encoding="utf-8")
    run = F.judge(F.run("score", facts, *extra))
    assert run.code == 0, run.stderr
    printed = run.stdout + run.stderr
    assert not any(ch in printed for ch in "\x1b\x07\u202e\r"), repr(printed)
    assert "[link=http://evil.example]甲[/link]" in printed or extra
    assert "[/]" in printed and ("a[/b]" in printed or extra != ["--explain"])
    if not extra:
        assert "\\x1b[31m丙" in printed and "丁\\u202e戊" in printed and ":smile:" in printed


def test_names_in_messages_are_printed_as_text(tmp_path):
    (tmp_path / "r.jd").write_text(ONE_FACT, encoding="utf-8")
    units = {name: {"强戒案件数": "很多"} for name in HOSTILE_NAMES}
    facts = tmp_path / "facts.yaml"
    facts.write_text(yaml.safe_dump({"rubric": "r.jd", "units": units}, allow_unicode=True), encoding="utf-8")
    run = F.judge(F.run("score", facts))
    assert run.code == 1 and run.stderr.count("[E405]") == len(HOSTILE_NAMES)
    assert not any(ch in run.stderr for ch in "\x1b\x07\u202e\r")
    assert "单位“[/]”" in run.stderr and "单位“\\x1b[31m丙" in run.stderr


# ----------------------------------------------------------------- values that crashed

@pytest.mark.parametrize("points", ["NaN", "Infinity", "-Infinity", "sNaN", "1e5000", "1e-999999999", "1e15",
                                    "0.0000000000001", "x"])
def test_try_refuses_points_it_cannot_score(points):
    run = F.judge(F.run("try", "--points", points, "每条计1分,最高计5分", "3"))
    assert run.code == 2 and "E503" in run.stderr and "--points" in run.stderr


def test_try_takes_honest_points():
    run = F.judge(F.run("try", "--points", "５", "每条计1分,最高计10分", "7"))
    assert run.code == 0 and run.stdout.splitlines()[-1] == "5" and "本项5分" in run.stdout


def test_a_value_too_fine_to_score_is_refused_however_it_is_written(tmp_path):
    from jdscore.numerals import places

    assert [places(Decimal(x)) for x in ("1e-999999999", "0.500", "1.10e-3", "0E-5", "1E+3")] == [999999999, 1, 4, 0, 0]
    (tmp_path / "r.jd").write_text(ONE_FACT, encoding="utf-8")
    facts = tmp_path / "facts.yaml"
    facts.write_text("rubric: r.jd\nunits:\n  甲:\n    强戒案件数: 1e-999999999\n", encoding="utf-8")
    run = F.judge(F.run("score", facts))
    assert run.code == 1 and "E411" in run.stderr


@pytest.mark.parametrize("cell, code", [("9" * 5000, "E416"), ("-" + "9" * 5000, "E416"), ("9" * 99, "E416")])
def test_a_csv_cell_of_thousands_of_digits(cell, code, tmp_path):
    (tmp_path / "r.jd").write_text(ONE_FACT, encoding="utf-8")
    form = tmp_path / "form.csv"
    form.write_text(f"细则,r.jd,年度,{'9' * 5000}\n单位,强戒案件数\n甲,{cell}\n", encoding="utf-8")
    run = F.judge(F.run("score", form))
    assert run.code == 1 and code in run.stderr
    form.write_text("细则,r.jd,年度,²\n单位,强戒案件数\n甲,1\n", encoding="utf-8")
    assert F.judge(F.run("score", form, "--format", "json")).code == 0


@pytest.mark.parametrize("command", [["score", "{facts}", "--format", "xlsx", "-o", "{out}"],
                                     ["template", "{rubric}", "--format", "xlsx", "--unit", "甲\x01\x1b乙", "-o", "{out}"]])
def test_control_characters_in_names_reach_a_workbook_visibly(command, tmp_path):
    from openpyxl import load_workbook

    (tmp_path / "r.jd").write_text(ONE_FACT, encoding="utf-8")
    facts = tmp_path / "facts.yaml"
    facts.write_text(yaml.safe_dump({"rubric": "r.jd", "units": {"甲\x01\x1b乙": {"强戒案件数": 1}}},
                                    allow_unicode=True), encoding="utf-8")
    out = tmp_path / "out.xlsx"
    args = [a.format(facts=facts, rubric=tmp_path / "r.jd", out=out) for a in command]
    run = F.judge(F.run(*args))
    assert run.code == 0, run.stderr
    texts = [c.value for ws in load_workbook(out).worksheets for row in ws.iter_rows() for c in row]
    assert "甲\\x01\\x1b乙" in texts


# ------------------------------------------------------------------ careless commands

def test_check_o_without_a_format_writes_the_text_report(tmp_path):
    """-o once refused the text report (it went to stderr); it is on stdout now, and -o takes it."""
    out = tmp_path / "report.txt"
    run = F.judge(F.run("check", CHENGZHAI, "-o", out))
    assert run.code == 0 and run.stdout == "" and "报告已写入" in run.stderr
    assert "警告[W301]" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize("format", ["json", "sarif", "github"])
def test_check_o_says_on_the_terminal_what_the_report_holds(format, tmp_path):
    """(found by test_fuzz_files) the report went to the file, and the terminal got exit 1
    or 2 and not a word: it now gets the files that could not be read, and a count."""
    out = tmp_path / "report.out"
    run = F.judge(F.run("check", tmp_path / "missing.jd", CHENGZHAI, "--format", format, "-o", out))
    assert run.code == 2 and "missing.jd: 错误[E001]" in run.stderr
    assert "E001" in out.read_text(encoding="utf-8") and "W301" not in run.stderr.replace("E001、W301", "")
    assert run.stderr.rstrip().endswith(f"1 个错误, 1 个警告(E001、W301);报告已写入 {out}"), run.stderr
    broken = tmp_path / "broken.jd"
    broken.write_text('考评 "x"\n项目 "a" 1分 {\n  a 每条计1分\n}\n', encoding="utf-8")
    run = F.judge(F.run("check", broken, "--format", format, "-o", out))
    assert run.code == 1 and "1 个错误" in run.stderr and "E10" in run.stderr


def test_ctrl_c_while_the_command_line_loads_prints_no_traceback():
    """Ctrl-C while `jdscore` imports its libraries (simulated: importing typer is interrupted)."""
    import subprocess
    import sys

    code = ("import builtins, sys, jdscore\n"
            "real = builtins.__import__\n"
            "def interrupted(name, *args, **kwargs):\n"
            "    if name == 'typer':\n"
            "        raise KeyboardInterrupt\n"
            "    return real(name, *args, **kwargs)\n"
            "builtins.__import__ = interrupted\n"
            "sys.exit(jdscore.main())\n")
    done = subprocess.run([sys.executable, "-c", code, "check"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 130 and "已中断" in done.stderr and "Traceback" not in done.stderr, done.stderr


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
@pytest.mark.parametrize("error_value", ["#REF!", "#N/A", "#DIV/0!"])
def test_a_formula_error_in_a_form_is_reported_with_its_cell(error_value, kind, tmp_path):
    (tmp_path / "r.jd").write_text(ONE_FACT, encoding="utf-8")
    rows = [["细则", "r.jd"], ["单位", "强戒案件数"], ["#填写要求", "数量"], ["甲", 1], [error_value, 2], ["乙", error_value]]
    form = F.write_form(tmp_path, kind, rows)
    run = F.judge(F.run("score", form))
    assert run.code == 1, run.stderr
    assert run.stderr.count("[E604]") == 2 and error_value in run.stderr
    assert ("A5" in run.stderr and "B6" in run.stderr), run.stderr


# ------------------------------------------------------------------ YAML 1.1 surprises

@pytest.mark.parametrize("written, read", [("010", "10"), ("1_0", "10"), ("007", "7"), ("+3", "3")])
def test_counts_are_read_as_decimal(written, read, tmp_path):
    (tmp_path / "r.jd").write_text(ONE_FACT, encoding="utf-8")
    facts = tmp_path / "facts.yaml"
    facts.write_text(f"rubric: r.jd\nunits:\n  甲:\n    强戒案件数: {written}\n", encoding="utf-8")
    run = F.judge(F.run("score", facts, "--format", "json"))
    assert run.code == 0, run.stderr
    unit = json.loads(run.stdout)["units"][0]
    assert unit["total"] == str(min(int(read), 8))


@pytest.mark.parametrize("written", ["0x10", "0o17", "0b11", "1:30", "-0x1", "1:30.5"])
def test_yaml_11_number_spellings_are_refused(written, tmp_path):
    (tmp_path / "r.jd").write_text(ONE_FACT, encoding="utf-8")
    facts = tmp_path / "facts.yaml"
    facts.write_text(f"rubric: r.jd\nunits:\n  甲:\n    强戒案件数: {written}\n", encoding="utf-8")
    run = F.judge(F.run("score", facts))
    assert run.code == 1 and "E405" in run.stderr and written in run.stderr and "YAML 1.1" in run.stderr


def test_unit_names_are_kept_as_written(tmp_path):
    (tmp_path / "r.jd").write_text(ONE_FACT, encoding="utf-8")
    names = ["Yes", "no", "null", "~", "0x1A", "1_000", "3.50", "2019", "on"]
    body = "".join(f"  {name}:\n    强戒案件数: 1\n" for name in names)
    facts = tmp_path / "facts.yaml"
    facts.write_text("rubric: r.jd\nunits:\n" + body, encoding="utf-8")
    run = F.judge(F.run("score", facts, "--format", "json"))
    assert run.code == 0, run.stderr
    assert sorted(u["name"] for u in json.loads(run.stdout)["units"]) == sorted(names)


@pytest.mark.parametrize("key", ["[a, b]", "{a: 1}", "? [x]\n  "])
def test_a_unit_key_that_is_no_text_is_refused(key, tmp_path):
    (tmp_path / "r.jd").write_text(ONE_FACT, encoding="utf-8")
    facts = tmp_path / "facts.yaml"
    facts.write_text(f"rubric: r.jd\nunits:\n  {key}:\n    强戒案件数: 1\n", encoding="utf-8")
    run = F.judge(F.run("score", facts))
    assert run.code == 1 and "E402" in run.stderr and "facts.yaml:3:" in run.stderr, run.stderr


# -------------------------------------------------------------- long names, many errors

@pytest.mark.parametrize("kind", ["yaml", "csv", "xlsx"])
def test_long_unit_names_are_refused_and_not_repeated(kind, tmp_path):
    (tmp_path / "r.jd").write_text(ONE_FACT, encoding="utf-8")
    names = [f"{i}" + "名" * 30_000 for i in range(20)]
    if kind == "yaml":
        facts = tmp_path / "facts.yaml"
        facts.write_text(yaml.safe_dump({"rubric": "r.jd", "units": {n: {"强戒案件数": "很多"} for n in names}},
                                        allow_unicode=True, width=10**6), encoding="utf-8")
    else:
        rows = [["细则", "r.jd"], ["单位", "强戒案件数"]] + [[n, "很多"] for n in names * 2]
        facts = F.write_form(tmp_path, kind, rows)
    run = F.judge(F.run("score", facts))
    assert run.code == 1 and run.stderr.count("[E417]") == len(names) * (1 if kind == "yaml" else 2)
    assert "E405" not in run.stderr and "E413" not in run.stderr
    assert len(run.stderr) < 200 * len(names) * 2 + 5000  # the names are shortened


def test_many_problems_print_the_first_and_a_count(tmp_path):
    from jdscore.render.diagnostics import MAX_SHOWN

    (tmp_path / "r.jd").write_text(ONE_FACT, encoding="utf-8")
    facts = tmp_path / "facts.yaml"
    facts.write_text("rubric: r.jd\nunits:\n" + "".join(f"  单位{i}:\n    强戒案件数: 很多\n" for i in range(1000)),
                     encoding="utf-8")
    run = F.judge(F.run("score", facts))
    assert run.code == 1 and run.stderr.count("错误[E405]") == MAX_SHOWN
    assert f"共 1000 处错误:\n  E405 事实的类型不对: 1000 处\n……只显示了前 {MAX_SHOWN} 处,另有 {1000 - MAX_SHOWN} 处未显示" in run.stderr


@pytest.mark.slow
def test_problems_cost_linear_time(tmp_path):
    (tmp_path / "r.jd").write_text(ONE_FACT, encoding="utf-8")

    def facts(n: int) -> Path:
        path = tmp_path / f"facts{n}.yaml"
        path.write_text("rubric: r.jd\nunits:\n" + "".join(f"  单位{i}:\n    强戒案件数: 很多\n" for i in range(n)),
                        encoding="utf-8")
        return path

    small, large = facts(5_000), facts(20_000)
    ratio = F.growth(lambda: F.judge(F.run("score", small)), lambda: F.judge(F.run("score", large)))
    assert ratio < 8, f"4 times the problems took {ratio:.1f} times as long"


@pytest.mark.parametrize("at", [1, 70, 1001, 2001])
def test_an_excerpt_of_a_long_line_shows_the_spot(at):
    from jdscore.source import EXCERPT_WIDTH, Span, excerpt

    line = "a" * 1000 + "XYZ" + "b" * 1000
    source = Source.from_text("r.jd", "first\n" + line + "\n")
    shown, carets = excerpt(source, Span("r.jd", 2, at, 2, at + 3))[-2:]
    text, marks = shown.split("│ ", 1)[1], carets.split("│ ", 1)[1]
    assert len(text) <= EXCERPT_WIDTH + 2
    start = marks.index("^")
    assert marks[start:] == "^^^" and text[start:start + 3] == line[at - 1:at + 2]
    assert text.startswith("…") == (at > EXCERPT_WIDTH // 4)


def test_a_short_line_is_shown_whole():
    from jdscore.source import Span, excerpt

    source = Source.from_text("r.jd", "考评 \"x\"\n项目 \"a\" 8分 {\n")
    assert excerpt(source, Span("r.jd", 2, 4, 2, 7)) == [' 1 │ 考评 "x"', ' 2 │ 项目 "a" 8分 {', '   │      ^^^']


@pytest.mark.parametrize("grades, listed", [(("优秀", "良好"), True), (('优"秀', "良好"), False),
                                            (("优,秀", "良好"), False), (tuple("等级" * 10 + str(i) for i in range(20)), False)])
def test_grade_names_a_list_validation_cannot_hold_get_none(grades, listed):
    from jdscore.render.template import FactInfo, _validation
    from jdscore.schema import FactSpec, Kind

    dv = _validation(FactInfo("等级", FactSpec("等级", Kind.GRADE, grades=grades), "", []), "B4")
    assert (dv is not None) == listed
    if listed:
        assert dv.formula1 == '"' + ",".join(grades) + (',缺报"' if dv.formula1.endswith(',缺报"') else '"')


@pytest.mark.parametrize("value", ["1.00000000000000000000000000001", "3.0000000000000000000000000000000001"])
def test_more_digits_than_decimal_holds_are_refused_not_rounded(value, tmp_path):
    """normalize() rounded to 28 digits: 1.000…0001 read as 1, and two units tied."""
    (tmp_path / "r.jd").write_text(ONE_FACT, encoding="utf-8")
    facts = tmp_path / "facts.yaml"
    facts.write_text(f"rubric: r.jd\nunits:\n  甲:\n    强戒案件数: {value}\n  乙:\n    强戒案件数: 1\n", encoding="utf-8")
    run = F.judge(F.run("score", facts))
    assert run.code == 1 and "E411" in run.stderr and "甲" in run.stderr


# ------------------------------------------------------- wide rubrics (issue 15: deep structures)

def _wide(shape: str, n: int) -> str:
    """A rubric of `n` of something: lines in one group, items, facts of one 分别 line."""
    if shape == "lines-in-a-group":
        lines = "".join(f"  事实{i}: 每办理1个案件计1分,2分封顶\n" for i in range(n))
        return f'考评 "x"\n项目 "a" {2 * n}分 {{\n{lines}}}\n'
    if shape == "items":
        items = "".join(f'项目 "a{i}" 1分 {{\n  事实{i}: 每办理1个案件计1分,1分封顶\n}}\n' for i in range(n))
        bonus = "".join(f'  事实{i}: 每办理1个案件计1分\n' for i in range(n, n + 60))
        return f'考评 "x"\n{items}加分项 最高加5分 {{\n{bonus}}}\n'
    names = "、".join(f"事实{i}" for i in range(n))
    return f'考评 "x"\n项目 "a" {n}分 {{\n  {names}: 每起分别加{"、".join(["1分"] * n)}\n}}\n'


@pytest.mark.slow
@pytest.mark.parametrize("shape", ["lines-in-a-group", "items"])
def test_thousands_of_lines_or_items_score(shape, tmp_path):
    """A group of 3,000 lines (or 3,000 items) passed check and then crashed scoring: the
    generated sum was a chain of 3,000 `+` that Python's compiler cannot compile."""
    (tmp_path / "r.jd").write_text(_wide(shape, 3000), encoding="utf-8")
    units = {f"单位{u}": {f"事实{i}": (i + u) % 3 for i in range(3060 if shape == "items" else 3000)}
             for u in range(2)}
    facts = tmp_path / "facts.yaml"
    facts.write_text(yaml.safe_dump({"rubric": "r.jd", "units": units}, allow_unicode=True), encoding="utf-8")
    run = F.judge(F.run("score", facts, "--format", "json", limit=60))
    assert run.code == 0, run.stderr
    totals = {u["name"]: Decimal(u["total"]) for u in json.loads(run.stdout)["units"]}
    if shape == "items":  # each item: min(value, 1); the bonus: min(sum of its 60 values, 5)
        expected = {f"单位{u}": sum(min((i + u) % 3, 1) for i in range(3000)) + 5 for u in range(2)}
    else:
        expected = {f"单位{u}": sum(min((i + u) % 3, 2) for i in range(3000)) for u in range(2)}
    assert totals == expected  # (the JSON explains every line: `detail` was compiled too)


@pytest.mark.parametrize("many, code", [(100, 0), (101, 1)])
@pytest.mark.parametrize("shape", ["places", "listed", "tiers"])
def test_a_sentence_of_more_than_100_options_is_refused(shape, many, code, tmp_path):
    """3,000 ranks, tiers or 分别 values in one sentence passed check and crashed the compiler
    (a chain of 3,000 elifs), and the tier checks compare every two tiers (400 took a minute)."""
    if shape == "places":
        line = "名次: " + "".join(f"第{i}名计1分," for i in range(1, many + 1))
    elif shape == "listed":
        line = "、".join(f"事实{i}" for i in range(many)) + ": 每起分别加" + "、".join(["1分"] * many)
    else:
        line = "数量: " + ";".join(f"{i}个以上的得{i}分" for i in range(many, 0, -1))
    if shape == "tiers" and many == 100:
        pytest.skip("100 tiers take the tier checks seconds: the cap's other side is shown by the other shapes")
    path = tmp_path / "r.jd"
    path.write_text(f'考评 "x"\n项目 "a" {many}分 {{\n  {line}\n}}\n', encoding="utf-8")
    run = F.judge(F.run("check", path))
    assert run.code == code and ("E219" in run.stdout) == bool(code), run.stdout
    if code:
        assert f"分了 {many} 档" in run.stdout and "r.jd:3:3" in run.stdout
