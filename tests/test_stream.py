"""A province in one run (issue 12): a CSV form is read a row at a time, with no file-size
cap, and scored to a CSV of totals keeping only each unit's result.

The streamed path must say exactly what the whole-table path says: the same values, the
same totals and ranks, the same problems at the same cells (a property test feeds both
the same random cells, good and bad). Growth is measured as ratios (N against 4N units),
never against a clock.
"""

from __future__ import annotations

import csv
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import fuzzing as F
from jdscore import pipeline, tabular
from jdscore.diagnostics import Stop

ROOT = F.ROOT
RUBRIC = ROOT / "rubrics" / "chengzhai-2018.jd"
sys.path.insert(0, str(ROOT / "bench"))
import wholerun  # noqa: E402  (the benchmark's generator: the same forms it measures)


def _form(folder: Path, rows: list[list[str]], name: str = "facts.csv") -> Path:
    """A chengzhai-2018 form holding `rows` below its header."""
    if not (folder / RUBRIC.name).exists():
        shutil.copyfile(RUBRIC, folder / RUBRIC.name)
    first, head, _ = wholerun.header(folder)
    path = folder / name
    with path.open("w", encoding="utf-8", newline="") as out:
        w = csv.writer(out)
        w.writerow(first)
        w.writerow(head)
        w.writerows(rows)
    return path


def _generated(folder: Path, units: int) -> list[list[str]]:
    _, _, kinds = wholerun.header(folder)
    return list(wholerun.unit_rows(units, kinds))


def _both(path: Path):
    """(streamed, whole-table): each the results, or the problems that stopped it."""
    out = []
    for stream in (True, False):
        facts = pipeline.read_facts(path, need_rubric=True, stream=stream)
        checked = pipeline.rubric_for(facts, None)
        try:
            if stream:
                out.append(list(pipeline.scored(checked, facts, best_first=False)))
            else:
                out.append(pipeline.score(checked, facts))
        except Stop as stop:
            out.append([(d.code, d.message, str(d.span)) for d in stop.diagnostics])
    return out


def _summary(results):
    if results and isinstance(results[0], tuple):
        return results
    return [(r.name, r.total, r.grade, r.rank, r.base, r.bonus, r.deductions, r.missing) for r in results]


def test_the_stream_scores_what_the_whole_table_scores(tmp_path):
    path = _form(tmp_path, _generated(tmp_path, 300))
    streamed, whole = _both(path)
    assert len(streamed) == 300
    assert _summary(streamed) == _summary(whole)
    # the CSV's group columns come from the scoring function itself, no explanation built
    explained = pipeline.scored(pipeline.rubric_for(pipeline.read_facts(path, stream=True), None),
                                pipeline.read_facts(path, stream=True), explain=True, best_first=False)
    for plain, full in zip(streamed, explained):
        groups = {i.title: i.score for i in full.items if i.kind == "group" and i.depth == 0}
        assert plain.part_scores() == groups


CELLS = st.sampled_from(["0", "1", "3", "2.0", "2.50", "0.1000000", "-1", "1e3", "缺报", "是", "否", "有", "",
                         "85%", "三", "很多", "#N/A", "=1+1", "1,000", "１２", " 4 ", "99999999999999999"])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(CELLS, min_size=22, max_size=22), min_size=1, max_size=6), st.data())
def test_the_stream_and_the_table_agree_on_any_cells(tmp_path, rows, data):
    """Values remembered per column (the stream's short cut) never change a result or a
    message: each random form gives the same totals, or the same problems at the same cells."""
    good = _generated(tmp_path, 4)
    names = [f"村{i}" for i in range(len(rows))]
    if data.draw(st.booleans()):
        names[-1] = names[0]  # a unit twice
    body = good + [[n] + cells for n, cells in zip(names, rows)] + good[:1 if data.draw(st.booleans()) else 0]
    path = _form(tmp_path, body, name=f"f{data.draw(st.integers(0, 10**9))}.csv")
    streamed, whole = _both(path)
    assert _summary(streamed) == _summary(whole)


def test_a_bad_cell_is_named_by_its_row_and_column(tmp_path):
    rows = _generated(tmp_path, 5000)
    rows[4809][8] = "很多"  # file row 4812 (two rows above the units), column I
    run = F.judge(F.run("score", _form(tmp_path, rows), "--format", "csv", "-o", tmp_path / "out.csv"))
    assert run.code == 1 and "E405" in run.stderr and "facts.csv:I4812" in run.stderr, run.stderr
    assert not (tmp_path / "out.csv").exists()


def test_a_form_over_the_size_cap_of_other_files_is_read(tmp_path):
    """No file-size cap for a form (the 8 MB one stays for rubrics and YAML): comment rows
    of 300 KB each (a cell may hold 128 K characters) and units below them score."""
    from jdscore.source import MAX_SOURCE_BYTES

    padding = [["#" + "备注" * 50_000]] * 30
    path = _form(tmp_path, padding + _generated(tmp_path, 20))
    assert path.stat().st_size > MAX_SOURCE_BYTES
    run = F.judge(F.run("score", path, "--format", "csv", "-o", tmp_path / "out.csv"))
    assert run.code == 0, run.stderr
    assert len((tmp_path / "out.csv").read_text(encoding="utf-8-sig").splitlines()) == 21


def test_a_row_too_long_is_refused_before_it_is_held(tmp_path):
    path = tmp_path / "zeros.csv"
    with open(path, "wb") as handle:  # sparse: 20 MB of NUL bytes, no line break
        handle.truncate(20 * 1024 * 1024)
    run = F.judge(F.run("score", path, "--rubric", RUBRIC, limit=20))
    assert run.code == 2 and "E602" in run.stderr and "第 1 行" in run.stderr


def test_too_many_rows_are_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(tabular, "MAX_STREAM_ROWS", 50)
    monkeypatch.setattr(tabular.csv_rows, "__kwdefaults__", {"max_rows": 50})
    run = F.judge(F.run("score", _form(tmp_path, _generated(tmp_path, 60)), "--format", "csv"))
    assert run.code == 2 and "E602" in run.stderr and "超过 50 行" in run.stderr


def test_a_gbk_form_is_read_and_a_bad_byte_later_is_named(tmp_path):
    rows = _generated(tmp_path, 3)
    text = _form(tmp_path, rows).read_text(encoding="utf-8")
    gbk = tmp_path / "gbk.csv"
    gbk.write_bytes(text.encode("gb18030"))
    assert F.judge(F.run("score", gbk, "--format", "csv")).code == 0
    broken = tmp_path / "broken.csv"
    broken.write_bytes(text.encode("utf-8") + ("x" * 70_000 + "\n").encode() + b"\xff\xfe,1\n")
    run = F.judge(F.run("score", broken, "--format", "csv"))
    assert run.code == 2 and "E602" in run.stderr and "第 7 行" in run.stderr and "UTF-8" in run.stderr


def _peak(*args) -> tuple[F.Answer, int]:
    return F.peak(*args, limit=300)


@pytest.mark.slow
def test_a_province_streams_in_constant_memory_per_unit(tmp_path):
    """CSV in, CSV of totals out: what is held per unit is its result (a few hundred bytes),
    not its cells or its explanation; four times the units cost about four times the time."""
    small, large = _form(tmp_path, _generated(tmp_path, 5_000), "s.csv"), _form(tmp_path, _generated(tmp_path, 20_000), "l.csv")
    out = tmp_path / "out.csv"
    run_small, peak_small = _peak("score", small, "--format", "csv", "-o", out)
    run_large, peak_large = _peak("score", large, "--format", "csv", "-o", out)
    assert run_small.code == 0 and run_large.code == 0, run_large.stderr
    per_unit = (peak_large - peak_small) / 15_000
    assert per_unit < 1000, f"{per_unit:.0f} B held per unit"
    ratio = F.growth(lambda: F.run("score", small, "--format", "csv", "-o", out, limit=300),
                     lambda: F.run("score", large, "--format", "csv", "-o", out, limit=300))
    assert ratio < 6, f"four times the units took {ratio:.1f} times as long"


@given(st.lists(st.text(alphabet=st.sampled_from(list('a,"\r\n 村=+-@\t')), max_size=6), min_size=2, max_size=5))
def test_a_csv_row_is_what_the_csv_module_writes(row):
    """The score CSV is written without the csv module's writer (a line per unit made from
    pieces units share); each row is still the text the module writes, CR and LF quoted."""
    import io

    from jdscore.render.results import csv_row

    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerow(row)
    assert csv_row(row) == buffer.getvalue()[:-2] + "\n"
    assert next(csv.reader(io.StringIO(csv_row(row), newline=""))) == row


def _parquet(folder: Path, rows: list[list[str]], *, rubric: str | None = RUBRIC.name) -> Path:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    _, head, kinds = wholerun.header(folder)
    columns = {}
    for j, name in enumerate(head):
        values = [row[j] for row in rows]
        columns[name] = [int(v) for v in values] if all(v.isdigit() for v in values) else values
    table = pa.table(columns)
    if rubric is not None:
        table = table.replace_schema_metadata({"细则": rubric})
    path = folder / "facts.parquet"
    pq.write_table(table, path)
    return path


def test_a_parquet_form_scores_as_its_csv_does(tmp_path):
    rows = _generated(tmp_path, 200)
    parquet = _parquet(tmp_path, rows)
    csv_path = _form(tmp_path, rows)
    for path in (parquet, csv_path):
        run = F.judge(F.run("score", path, "--format", "csv", "-o", path.with_suffix(".out")))
        assert run.code == 0, run.stderr
    assert parquet.with_suffix(".out").read_bytes() == csv_path.with_suffix(".out").read_bytes()


def test_a_parquet_cell_of_the_wrong_kind_is_named_and_pyarrow_is_asked_for(tmp_path, monkeypatch):
    rows = _generated(tmp_path, 5)
    rows[3][7] = "很多"  # a 是/否 column holds text anyway; this one is a yes/no, row 4 of the units
    path = _parquet(tmp_path, rows)
    run = F.judge(F.run("score", path, "--format", "csv"))
    assert run.code == 1 and "E405" in run.stderr and "H6" in run.stderr, run.stderr
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    run = F.judge(F.run("score", path, "--format", "csv"))
    assert run.code == 2 and "E602" in run.stderr and "jdscore[parquet]" in run.stderr


# ------------------------------------------------------------------ start-up (bench/startup.py)

def test_the_simplified_table_is_opencc_character_by_character():
    """The table is made in one OpenCC call (a character a line); it must be the table made
    one character at a time."""
    import opencc

    from jdscore import source

    source.to_simplified("為")  # builds the table
    convert = opencc.OpenCC("t2s").convert
    one_by_one = {}
    for code in range(0x3400, 0xA000):
        simple = convert(chr(code))
        if simple != chr(code) and len(simple) == 1:
            one_by_one[code] = simple
    assert source._SIMPLIFIED == one_by_one and len(one_by_one) > 3000


def test_remembered_scanner_programs_match_as_compiled_ones(tmp_path):
    from jdscore import parser

    patterns = [r"(?P<A>扣完为止)|(?P<B>[0-9]+(?:\.[0-9]+)?)|(?P<C>\s+)", r"每[一二三四五六七八九十0-9]*[人次条]"]
    texts = ["扣完为止", "12.5分", "  x", "每3人", "每十次", ""]
    first = parser._Patterns(tmp_path / "p.marshal")
    compiled = [first.compile(p) for p in patterns]
    first.save()
    again = parser._Patterns(tmp_path / "p.marshal")
    assert set(again.index) == {f"0:{p}" for p in patterns} and not again.new
    for pattern, mine in zip(patterns, compiled):
        remembered, real = again.compile(pattern), re.compile(pattern)
        for text in texts:
            for m in (mine.match(text), remembered.match(text), real.match(text)):
                assert (m and (m.group(0), m.lastgroup)) == (real.match(text) and (real.match(text).group(0), real.match(text).lastgroup))
    (tmp_path / "p.marshal").write_bytes(b"{not marshal")
    assert parser._Patterns(tmp_path / "p.marshal").index == {}


def test_kept_parser_parses_as_the_one_built(tmp_path):
    """The parser pickled whole into the temporary folder (the parse table's Shift and Reduce
    kept by identity) reads every shipped rubric to the same tree, positions included."""
    from lark import Lark, Token

    from jdscore import parser

    grammar = parser.grammar_path().read_text(encoding="utf-8")
    fresh = Lark(grammar, parser="lalr", lexer="contextual", start=parser.START_SYMBOLS,
                  propagate_positions=True, maybe_placeholders=False)
    path = tmp_path / "p.pickle"
    parser._keep_parser(path, fresh)
    kept = parser._kept_parser(path)
    assert isinstance(kept, Lark) and kept is not fresh

    def shape(tree):
        if isinstance(tree, Token):
            return (tree.type, str(tree), tree.start_pos, tree.end_pos)
        return (tree.data, tree.meta.line if not tree.meta.empty else None,
                [shape(child) for child in tree.children])

    rubrics = sorted((Path(__file__).parent.parent / "rubrics").glob("*.jd"))
    assert rubrics
    for rubric in rubrics:
        text = parser.to_simplified(rubric.read_text(encoding="utf-8"))
        assert shape(kept.parse(text, start="rubric")) == shape(fresh.parse(text, start="rubric")), rubric.name
    path.write_bytes(b"not a pickle")
    assert parser._kept_parser(path) is None


def _as_form(facts: Path, folder: Path) -> Path:
    """A YAML facts file written out as a CSV form (lists as YAML in their cells)."""
    import yaml

    doc = yaml.safe_load(facts.read_text(encoding="utf-8"))
    rubric = (facts.parent / doc["rubric"]).resolve()
    folder.mkdir()
    shutil.copyfile(rubric, folder / rubric.name)
    names = list(dict.fromkeys(k for body in doc["units"].values() for k in body))

    def cell(value) -> str:
        if isinstance(value, bool):
            return "是" if value else "否"
        if isinstance(value, (list, dict)):
            return yaml.safe_dump(value, default_flow_style=True, allow_unicode=True).strip()
        return "" if value is None else str(value)

    path = folder / "form.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        w = csv.writer(out)
        w.writerow(["细则", rubric.name])
        w.writerow(["单位"] + names)
        for unit, body in doc["units"].items():
            w.writerow([unit] + [cell(body.get(n)) for n in names])
    return path


@pytest.mark.parametrize("facts", [ROOT / "tests" / "cases" / "score" / "all-kinds" / "facts.yaml",
                                   *sorted((ROOT / "examples").glob("*/facts.yaml"))],
                         ids=lambda p: p.parent.name)
def test_every_kind_scores_alike_from_yaml_and_from_a_streamed_form(facts, tmp_path):
    """Ranks, peers (the average of all units), records and judged amounts in list cells,
    vetoes, rates: a form read as a stream scores every unit as its YAML file does."""
    form = _as_form(facts, tmp_path / "form")
    yaml_in = pipeline.read_facts(facts, need_rubric=True)
    expected = pipeline.score(pipeline.rubric_for(yaml_in, None), yaml_in)
    streamed_in = pipeline.read_facts(form, need_rubric=True, stream=True)
    checked = pipeline.rubric_for(streamed_in, None)
    streamed = list(pipeline.scored(checked, streamed_in, best_first=False, explain=True))
    assert _summary(streamed) == _summary(expected)
    assert [r.veto and r.veto.title for r in streamed] == [r.veto and r.veto.title for r in expected]


@pytest.mark.parametrize("command", [["check", "rubrics/chengzhai-2018.jd"], ["try", "每少1人扣1分"]])
def test_check_and_try_do_not_import_pydantic(command):
    """Typer coerces option values through pydantic, a tenth of a second to import; jdscore
    coerces its own plain kinds, defaults included (--max-errors, added later, brought
    pydantic back into every `check` and `score`, unseen until the start-up bench ran)."""
    root = Path(__file__).parent.parent
    code = ("import sys; from jdscore.cli import main; main(sys.argv[1:]); "
            "sys.stderr.write('PYDANTIC' if 'pydantic' in sys.modules else 'NONE')")
    run = subprocess.run([sys.executable, "-c", code, *command], capture_output=True, text=True, cwd=root)
    assert run.stderr.endswith("NONE"), run.stderr[-300:]
