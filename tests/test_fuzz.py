"""Bad input never wins: random edits of every shipped rubric and facts file, fed to the
commands that read them. Every one must be answered with exit 0, 1 or 2 and a message,
never a traceback or an internal error (exit 3), within TIME_LIMIT seconds.

The normal run tries a fixed set of inputs (derandomized, a few seconds per test);
`JDSCORE_FUZZ=long python -m pytest tests/test_fuzz.py` explores many more, at random.
See fuzzing.py for the edits and the knobs.
"""

from __future__ import annotations

import os
import shutil
import re
import tempfile
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

import fuzzing as F

pytestmark = pytest.mark.slow

RUBRIC_IDS = [p.stem for p in F.RUBRICS]


def _facts_for(rubric: Path) -> Path | None:
    facts = F.ROOT / "examples" / rubric.stem / "facts.yaml"
    return facts if facts.exists() else None


@pytest.fixture(scope="module")
def workdir():
    with tempfile.TemporaryDirectory(prefix="jdscore-fuzz-") as name:
        yield Path(name)
    if os.environ.get("JDSCORE_FUZZ_REPORT"):
        F.STATS.write(os.environ["JDSCORE_FUZZ_REPORT"])


def test_there_is_something_to_fuzz():
    assert F.RUBRICS and F.FACTS
    keywords, punctuation = F.grammar_words()
    assert len(keywords) > 100 and {":", "：", "{", "}"} <= set(punctuation)


# ---------------------------------------------------------------------------- rubrics

@pytest.mark.parametrize("rubric", F.RUBRICS, ids=RUBRIC_IDS)
def test_what_passes_check_scores(rubric, workdir):
    """The promise of `jdscore check`: an edited rubric it passes (exit 0) scores the facts
    form `jdscore template` makes for it, filled with values of the kinds the form asks for."""
    from jdscore.pipeline import check_file

    text = rubric.read_text(encoding="utf-8")
    target = workdir / f"{rubric.stem}-promise.jd"
    form = workdir / f"{rubric.stem}-promise.yaml"

    @F.fuzz_settings(10)
    @given(data=F.edited_bytes(text), more=st.data())
    def promise(data, more):
        target.write_bytes(data)
        if F.judge(F.run("check", target)).code != 0:
            return
        F.STATS.count("promise-checked")
        made = F.judge(F.run("template", target, "--unit", "甲", "--unit", "乙", "-o", form))
        assert made.code == 0, made.stderr
        facts = yaml.safe_load(form.read_text(encoding="utf-8"))
        specs = check_file(target).program.schema.facts
        for body in facts["units"].values():
            assert set(body) == set(specs)  # the form asks for exactly what the rubric reads
            for name in body:
                body[name] = more.draw(F.valid_value(specs[name]))
        form.write_text(F.dump_yaml(facts), encoding="utf-8")
        scored = F.judge(F.run("score", form, "--format", "json"))
        assert scored.code == 0, scored.stderr

    promise()


SENTENCE_VALUES = st.lists(st.sampled_from(
    ["3", "0", "85%", "0.85", "是", "否", "缺报", "-1", "1e999999999", "１２", "三", "[]", "0.5", "2", "100",
     "²", "9" * 5000, "NaN", "-Infinity", "1e-999999999"]),
    max_size=3)


@pytest.mark.parametrize("rubric", F.RUBRICS, ids=RUBRIC_IDS)
def test_edited_rubrics(rubric, workdir):
    text = rubric.read_text(encoding="utf-8")
    facts = _facts_for(rubric)
    target = workdir / f"{rubric.stem}.jd"

    @F.fuzz_settings(12)
    @given(data=F.edited_bytes(text), extra=st.sampled_from(["render", "template", "diff", "json", "fmt"]),
           line=st.integers(0, 10**6), values=SENTENCE_VALUES, points=st.sampled_from([None, "5", "0", "-1", "x"]),
           more=st.data())
    def edited(data, extra, line, values, points, more):
        target.write_bytes(data)
        answer = F.judge(F.run("check", target))
        F.STATS.count("rubric", answer.code)
        program = F.compiled(target) if answer.code == 0 else None
        if program is not None:
            # a rubric that still compiles: score facts of exactly the kinds it reads
            fitting = workdir / f"{rubric.stem}-fitting.yaml"
            fitting.write_text(more.draw(F.fitting_facts(program, target)), encoding="utf-8")
            F.STATS.count("rubric-scored")
            for fmt in ("json", "csv"):
                scored = F.judge(F.run("score", fitting, "--format", fmt))
                assert scored.code in (0, 1), scored.stderr  # 1: a judged amount, a grade
        if facts is not None:
            F.judge(F.run("score", facts, "--rubric", target, "--format", "json"))
        if extra == "render":
            F.judge(F.run("render", target, "--format", "html"))
        elif extra == "template":
            F.judge(F.run("template", target, "--format", "schema"))
        elif extra == "diff":
            F.judge(F.run("diff", rubric, target))
        elif extra == "fmt":
            F.judge(F.run("fmt", "--diff", target), accept=("需要重排",))  # --diff: shows, never rewrites
        else:
            F.judge(F.run("check", target, "--format", "json"))
        # one line of the edited rubric, as `jdscore try` would be given it
        lines = data.decode("utf-8", "replace").splitlines() or [""]
        sentence = re.split(r"[:：]", lines[line % len(lines)], maxsplit=1)[-1].strip()
        if sentence and "\x00" not in sentence:
            F.STATS.count("try")
            options = [] if points is None else ["--points", points]
            F.judge(F.run("try", *options, "--", sentence, *values))

    edited()


# ------------------------------------------------------------------------- facts (YAML)

def _beside(facts: Path, workdir: Path) -> str:
    """A copy of the rubric `facts` names, in `workdir`: its name, as a facts file there writes it."""
    rubric = facts.parent / yaml.safe_load(facts.read_text(encoding="utf-8"))["rubric"]
    shutil.copyfile(rubric, workdir / rubric.name)
    return rubric.name


@pytest.mark.parametrize("facts", F.FACTS, ids=[p.parent.name for p in F.FACTS])
def test_edited_facts(facts, workdir):
    data = yaml.safe_load(facts.read_text(encoding="utf-8"))
    data["rubric"] = _beside(facts, workdir)  # a facts file names only rubrics in its own tree
    target = workdir / f"{facts.parent.name}.yaml"

    @F.fuzz_settings(20)
    @given(edited=F.edited_facts(data), flow=st.booleans(), text_edits=st.data(),
           format=st.sampled_from(["table", "json", "csv"]), explain=st.booleans())
    def edited(edited, flow, text_edits, format, explain):
        text = F.dump_yaml(edited, flow=flow)
        target.write_bytes(text_edits.draw(F.edited_yaml_bytes(text)))
        args = ["score", target, "--format", format] + (["--explain"] if explain else [])
        answer = F.judge(F.run(*args))
        F.STATS.count("facts-yaml", answer.code)

    edited()


# -------------------------------------------------------------------- facts (CSV, xlsx)

FORMS = F.FACTS if F.LONG else F.FACTS[::2]  # half of them in the normal run, for time


@pytest.mark.parametrize("facts", FORMS, ids=[p.parent.name for p in FORMS])
def test_edited_collection_forms(facts, workdir):
    data = yaml.safe_load(facts.read_text(encoding="utf-8"))
    rows = F.facts_rows(data, _beside(facts, workdir))
    # the unedited form scores: the edits below start from a valid file
    (workdir / "valid.csv").write_text(F.rows_csv(rows), encoding="utf-8")
    assert F.judge(F.run("score", workdir / "valid.csv")).code == 0

    @F.fuzz_settings(10)
    @given(edited=F.edited_rows(rows), kind=st.sampled_from(["csv", "csv-bytes", "xlsx", "xlsx-bytes"]),
           text_edits=st.data())
    def edited(edited, kind, text_edits):
        if kind.startswith("csv"):
            target = workdir / "form.csv"
            text = F.rows_csv(edited)
            data = text.encode("utf-8") if kind == "csv" else text_edits.draw(F.edited_bytes(text, max_edits=2))
        else:
            target = workdir / "form.xlsx"
            data = F.rows_xlsx(edited)
            if kind == "xlsx-bytes":
                # (an offset drawn independently of the length: openpyxl stamps the time, so
                # the same rows do not always make a workbook of the same size)
                at = text_edits.draw(st.integers(0, 10**6)) % len(data)
                data = data[:at] + text_edits.draw(st.binary(min_size=1, max_size=8)) + data[at + 8:]
        target.write_bytes(data)
        F.STATS.count(f"facts-{kind}")
        F.judge(F.run("score", target, "--format", "json"))

    edited()


# --------------------------------------------------------------------------- try alone

@F.fuzz_settings(60)
@given(sentence=st.one_of(st.text(max_size=40),
                          st.lists(st.sampled_from(F.grammar_words()[0] + F.grammar_words()[1]
                                                   + tuple(F.NUMBERS)), min_size=1, max_size=10).map("".join)),
       values=st.lists(st.text(max_size=8), max_size=3))
def test_try_any_sentence(sentence, values):
    F.STATS.count("try")
    if "\x00" in sentence or any("\x00" in v for v in values):
        return  # a command line cannot hold NUL
    F.judge(F.run("try", "--", sentence, *values))


def _corpus_clauses() -> list[str]:
    """The clauses of the real sentences in tests/corpus: the pieces official writing is made of."""
    clauses = []
    for path in sorted((Path(__file__).parent / "corpus" / "docs").glob("*.yaml")):
        for sentence in yaml.safe_load(path.read_text(encoding="utf-8"))["sentences"]:
            clauses.extend(c for c in re.split(r"[,，;；。]", sentence["text"]) if c.strip())
    return clauses


CORPUS_CLAUSES = _corpus_clauses()


@F.fuzz_settings(60)
@given(clauses=st.lists(st.sampled_from(CORPUS_CLAUSES), min_size=1, max_size=4),
       separators=st.lists(st.sampled_from([",", ";", "。", "、"]), min_size=3, max_size=3),
       values=st.one_of(st.none(), st.lists(st.sampled_from(["0", "1", "3", "85%", "是", "否", "较好", "2.5"]),
                                            max_size=3)))
def test_try_real_clauses_recombined(clauses, separators, values):
    """Clauses of real sentences, put together in new ways: each reads, or is refused with a
    message; none crashes (combinations like 发生1起扣5分,第1名加2分 once did)."""
    sentence = "".join(c + separators[i % 3] for i, c in enumerate(clauses))
    F.STATS.count("try-recombined")
    F.judge(F.run("try", "--", sentence, *(values or [])))


# -------------------------------------------------------------------- command lines

def _vocabulary() -> dict[str, list[str]]:
    """Each command and the options it declares, read from the CLI itself."""
    from typer.main import get_command

    from jdscore.cli import app

    group = get_command(app)
    return {name: sorted({o for p in command.params for o in p.opts + p.secondary_opts if o.startswith("-")})
            for name, command in group.commands.items()}


@pytest.fixture(scope="module")
def sandbox(workdir):
    """Copies to run commands on: random command lines may rewrite (fmt) or write (-o)
    whatever they name, so they only ever name files in here."""
    place = workdir / "sandbox"
    place.mkdir()
    (place / "r.jd").write_text(F.RUBRICS[0].read_text(encoding="utf-8"), encoding="utf-8")
    facts = F.ROOT / "examples" / F.RUBRICS[0].stem / "facts.yaml"
    text = re.sub(r"^rubric: .*$", "rubric: r.jd", facts.read_text(encoding="utf-8"), flags=re.M)
    (place / "f.yaml").write_text(text, encoding="utf-8")
    (place / "e.yaml").write_text(
        (F.ROOT / "examples" / F.RUBRICS[0].stem / "expected.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    return place


ARGUMENT_VALUES = ["r.jd", "f.yaml", "e.yaml", "out.json", "out.xlsx", "missing.jd", "missing.yaml", ".", "",
                   "-", "--", "json", "xlsx", "html", "md", "csv", "text", "schema", "sarif", "github", "yaml",
                   "5", "-1", "0.5", "85%", "张庄村", "每条计0.05分,最高计1分", "是", "--help"]


@F.fuzz_settings(60)
@given(data=st.data())
def test_any_command_line(data, sandbox):
    vocabulary = _vocabulary()
    command = data.draw(st.sampled_from(sorted(vocabulary)))
    words = st.sampled_from(vocabulary[command] + ARGUMENT_VALUES) if vocabulary[command] else \
        st.sampled_from(ARGUMENT_VALUES)
    args = data.draw(st.lists(words, max_size=6))
    F.STATS.count("command-line")
    here = os.getcwd()
    os.chdir(sandbox)
    try:
        F.judge(F.run(command, *args), accept=("需要重排",))
    finally:
        os.chdir(here)


@pytest.mark.parametrize("args", [
    ["score", "--nope", "x"], ["score"], ["nope"], ["score", "x.yaml", "--format", "nope"], ["try"],
    ["--debug"], ["check", "--strict"],
])  # `jdscore` alone prints the help and exits 0 (tests/test_cli_habits.py)
def test_usage_errors_exit_2(args):
    """Regression (found by this suite): Typer 0.2x bundles its own copy of Click, whose
    errors main() did not recognise: every bad option or missing argument was reported
    as an internal error (exit 3)."""
    run = F.judge(F.run(*args))
    assert run.code == 2 and "E900" not in run.stderr


def test_version():
    """Regression (found by this suite): `jdscore --version` stopped at "Missing command"."""
    run = F.judge(F.run("--version"))
    assert run.code == 0 and run.stdout.startswith("jdscore ")
