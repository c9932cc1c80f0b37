"""Bad input beyond text: random paths, file kinds, file names, encodings, unit names and
damaged workbooks, fed to the commands (issue 15). test_fuzz.py edits the text of files;
this suite edits what the files *are*: a folder or a pipe where a file should be, a link
to a device or out of the folder, a name with a line break in it, a facts file naming a
rubric outside its tree, an output that is one of the inputs, a form saved as UTF-16, a
workbook whose zip or XML is damaged or built to cost time and memory.

Every input must be answered with exit 0, 1 or 2 and a message with a code, within
fuzzing.TIME_LIMIT (fuzzing.judge), and beyond that:

- no file outside the sandbox is ever printed (SECRET), nor written;
- a special file stays what it was (a pipe a pipe, a folder a folder, a link a link);
  inputs are never changed; no temporary file is left behind;
- names reach the terminal without raw control characters, a score CSV without a line a
  spreadsheet would start a formula with, a workbook without formula cells;
- a file in UTF-8 with or without a BOM (and a CSV in GBK) scores as the UTF-8 file does.

The normal run tries a fixed set of inputs; `JDSCORE_FUZZ=long` many more (fuzzing.py).
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import tempfile
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

import fuzzing as F

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="pipes and links as on Linux")]

CHENGZHAI = F.ROOT / "rubrics" / "chengzhai-2018.jd"
CHENGZHAI_FACTS = F.ROOT / "examples" / "chengzhai-2018" / "facts.yaml"
RUBRIC_TEXT = CHENGZHAI.read_text(encoding="utf-8")
FACTS_DATA = yaml.safe_load(CHENGZHAI_FACTS.read_text(encoding="utf-8"))
PRINTED_RAW = ("\x1b", "\x07", "\u202e", "\r")  # never written to a terminal as they are


@pytest.fixture(scope="module", autouse=True)
def _report():
    yield
    if os.environ.get("JDSCORE_FUZZ_REPORT"):
        F.STATS.write(os.environ["JDSCORE_FUZZ_REPORT"])


def _sandbox():
    """A fresh folder: office/ (what the commands are given) beside outside/ (never read)."""
    place = Path(tempfile.mkdtemp(prefix="jdscore-files-"))
    (place / "office" / "sub").mkdir(parents=True)
    (place / "outside").mkdir()
    for name in ("key.jd", "key.txt", "key.yaml"):
        (place / "outside" / name).write_text(F.SECRET + "\n", encoding="utf-8")
    return place


def _snapshot(folder: Path) -> dict[str, tuple[str, bytes | None]]:
    """Every entry under `folder`: its kind, and a regular file's bytes."""
    found = {}
    for root, dirs, files in os.walk(folder, followlinks=False):
        for name in dirs + files:
            path = Path(root) / name
            kind = F.kind_of(path)
            found[str(path.relative_to(folder))] = (kind, path.read_bytes() if kind == "file" else None)
    return found


def _facts_bytes(kind: str, rubric: str) -> bytes:
    data = dict(FACTS_DATA, rubric=rubric)
    if kind == "yaml":
        return yaml.safe_dump(data, allow_unicode=True, sort_keys=False).encode("utf-8")
    rows = F.facts_rows(data, rubric)
    return F.rows_csv(rows).encode("utf-8") if kind == "csv" else F.rows_xlsx(rows)


OUTPUT_KINDS = ["none", "missing", "file", "folder", "fifo", "link", "dangling", "link-to-folder", "an-input",
                "link-to-input", "hardlink-to-input"]
COMMANDS = ["score", "score", "score-rubric", "check", "check-folder", "fmt-folder", "template", "render", "diff"]


def _outside_links(paths, office: Path) -> bool:
    return any(F.kind_of(p) == "link" and not Path(os.path.realpath(p)).is_relative_to(os.path.realpath(office))
               for p in paths)


@F.fuzz_settings(120)
@given(command=st.sampled_from(COMMANDS), facts_kind=st.sampled_from(["yaml", "csv", "xlsx"]),
       facts_as=st.sampled_from(F.FILE_KINDS), rubric_as=st.sampled_from(F.FILE_KINDS),
       spelling=st.sampled_from(F.RUBRIC_SPELLINGS), stem=st.sampled_from(F.NAME_STEMS),
       output=st.sampled_from(OUTPUT_KINDS), format=st.sampled_from(["table", "json", "csv", "xlsx"]),
       neighbours=st.lists(st.tuples(st.sampled_from(F.NAME_STEMS), st.sampled_from(F.FILE_KINDS)), max_size=3))
def test_paths_and_file_kinds(command, facts_kind, facts_as, rubric_as, spelling, stem, output, format,
                              neighbours):
    place = _sandbox()
    office, outside = place / "office", place / "outside"
    try:
        rubric = office / "r.jd"
        F.make_kind(rubric, rubric_as, RUBRIC_TEXT.encode("utf-8"), outside)
        (office / "link.jd").symlink_to(outside / "key.jd")
        written = spelling.format(here=office, outside=outside)
        facts = office / f"{stem}.{facts_kind}"
        if facts.exists() or facts.is_symlink():
            facts = office / f"f-{stem}.{facts_kind}"
        F.make_kind(facts, facts_as, _facts_bytes(facts_kind, written), outside)
        for n, (name, kind) in enumerate(neighbours):  # other files in the folder check and fmt walk
            other = office / f"{n}{name}.jd"
            if not (other.exists() or other.is_symlink()):
                F.make_kind(other, kind, RUBRIC_TEXT.encode("utf-8"), outside)

        named = [facts] if command.startswith("score") else [rubric]  # the files the command line names
        if command == "score-rubric":
            named.append(rubric)
        target = office / f"out.{format}"
        if output == "an-input":
            target = named[-1]
        elif output == "link-to-input":
            target.symlink_to(named[-1].name)
        elif output == "hardlink-to-input" and F.kind_of(named[-1]) == "file":
            os.link(named[-1], target)
        elif output in ("missing", "file", "folder", "fifo", "link", "dangling", "link-to-folder"):
            F.make_kind(target, output, b"old output\n", outside)
        out = [] if output == "none" or command.endswith("-folder") else ["-o", target]

        if command == "score":
            args = ["score", facts, "--format", format, *out]
        elif command == "score-rubric":
            args = ["score", facts, "--rubric", rubric, "--format", "json", *out]
        elif command == "check":
            args = ["check", rubric, *(["--format", "json", *out] if out else [])]
        elif command == "check-folder":
            args = ["check", office]
        elif command == "fmt-folder":
            args = ["fmt", "--check", office]
        elif command == "template":
            args = ["template", rubric, "--format", "xlsx" if format == "xlsx" else "yaml", *(out or ["-o", target])]
            out = ["-o", target]
        elif command == "render":
            args = ["render", rubric, "--format", "html", *out]
        else:
            args = ["diff", rubric, rubric, *out]  # (a file named on the command line is the user's own choice)

        before = _snapshot(place)
        answer = F.judge(F.run(*args), accept=("需要重排",))
        F.STATS.count(f"paths-{command}", answer.code)
        after = _snapshot(place)

        if not _outside_links(named, office):  # (what the command line names is the user's own choice)
            assert F.SECRET not in answer.stdout + answer.stderr, f"jdscore {args} printed a file outside its tree"
        assert not [p for p in after if p.endswith(".tmp")], f"a temporary file left behind: {sorted(after)}"
        # what -o may replace: the file it names, or the one its link leads to; never an input
        real_place, real_target = Path(os.path.realpath(place)), Path(os.path.realpath(target))
        inputs = {os.path.realpath(p) for p in named + [rubric]}
        replaceable = set()
        if out and str(real_target) not in inputs and real_target.is_relative_to(real_place):
            replaceable.add(str(real_target.relative_to(real_place)))
        for path, (kind, content) in before.items():
            now = after.get(path, ("missing", None))
            if path in replaceable and kind in ("file", "missing"):
                continue
            assert now[0] == kind, f"{path} was a {kind}, is a {now[0]} after jdscore {args}"
            assert now[1] == content, f"{path} changed by jdscore {args}"
        if out and answer.code == 0:
            assert F.kind_of(real_target) == "file" and str(real_target) not in inputs
    finally:
        shutil.rmtree(place, ignore_errors=True)


# ---------------------------------------------------------------------------- encodings

def _scored(path: Path) -> F.Answer:
    return F.judge(F.run("score", path, "--format", "json"))


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


@F.fuzz_settings(40)
@given(which=st.sampled_from(["rubric", "yaml", "csv"]), encoding=st.sampled_from(F.ENCODINGS),
       line_ends=st.sampled_from(["\n", "\r\n", "\r"]), nul=st.booleans())
def test_encodings_and_line_ends(which, encoding, line_ends, nul):
    place = _sandbox()
    office = place / "office"
    try:
        rubric, facts = office / "r.jd", office / ("f.csv" if which == "csv" else "f.yaml")
        rubric.write_text(RUBRIC_TEXT, encoding="utf-8")
        facts.write_bytes(_facts_bytes("csv" if which == "csv" else "yaml", "r.jd"))
        honest = json.loads(_scored(facts).stdout)["units"]
        edited = rubric if which == "rubric" else facts
        text = edited.read_bytes().decode("utf-8").replace("\r\n", "\n").replace("\n", line_ends)
        data = F.encoded(text, encoding)
        if nul:
            data = data[:40] + b"\x00" + data[40:]
        edited.write_bytes(data)
        answer = _scored(facts)
        F.STATS.count(f"encoding-{which}", answer.code)
        readable = encoding in ("utf-8", "utf-8-sig") or (which == "csv" and encoding == "gb18030")
        if readable and not nul:
            assert answer.code == 0, answer.stderr
            assert json.loads(answer.stdout)["units"] == honest
        elif not _is_utf8(data) and which != "csv":  # (a CSV may be GBK, which reads almost any bytes)
            assert answer.code == 2 and re.search(r"E00[12]|E401", answer.stderr), answer.stderr
    finally:
        shutil.rmtree(place, ignore_errors=True)


# ---------------------------------------------------------------------------- names

def _lines_of(text: str) -> list[str]:
    """Lines as a careless reader splits them: at every CR or LF, quotes or not."""
    return re.split(r"\r\n|\r|\n", text)


@F.fuzz_settings(60)
@given(names=st.lists(F.hostile_names, min_size=1, max_size=4, unique=True), title=F.hostile_names,
       format=st.sampled_from(["table", "explain", "json", "csv", "xlsx"]))
def test_hostile_unit_names_and_titles(names, title, format):
    place = _sandbox()
    office = place / "office"
    try:
        quoted = title.replace("\\", "\\\\").replace('"', '\\"')
        (office / "r.jd").write_text(RUBRIC_TEXT.replace('项目 "', f'项目 "{quoted}', 1), encoding="utf-8",
                                     newline="")
        body = next(iter(FACTS_DATA["units"].values()))
        facts = office / "f.yaml"
        facts.write_text(yaml.safe_dump({"rubric": "r.jd", "units": {n: body for n in names}}, allow_unicode=True),
                         encoding="utf-8")
        out = office / "out.xlsx"
        args = {"table": [], "explain": ["--explain"], "json": ["--format", "json"], "csv": ["--format", "csv"],
                "xlsx": ["--format", "xlsx", "-o", out]}[format]
        answer = F.judge(F.run("score", facts, *args))
        F.STATS.count(f"names-{format}", answer.code)
        if format in ("table", "explain") or answer.code != 0:
            printed = answer.stdout + answer.stderr if format != "csv" or answer.code else answer.stderr
            assert not [c for c in PRINTED_RAW if c in printed], repr(printed[:2000])
        if answer.code != 0:
            return
        if format == "json":
            assert sorted(u["name"] for u in json.loads(answer.stdout)["units"]) == sorted(names)
        elif format == "csv":
            rows = list(csv.reader(io.StringIO(answer.stdout, newline="")))
            assert len(rows) == len(names) + 1
            for line in _lines_of(answer.stdout):
                assert not line.lstrip('"').startswith(("=", "+", "-", "@")), repr(line)
        elif format == "xlsx":
            from openpyxl import load_workbook

            for ws in load_workbook(out).worksheets:
                for row in ws.iter_rows():
                    assert not [c.coordinate for c in row if c.data_type == "f"
                                and not str(c.value).startswith(("=SUM", "=IF", "=ROUND"))], ws.title
    finally:
        shutil.rmtree(place, ignore_errors=True)


# ----------------------------------------------------------------- damaged workbooks

GOOD_FORM = F.rows_xlsx(F.facts_rows(dict(FACTS_DATA, rubric="r.jd"), "r.jd"))


@F.fuzz_settings(120)
@given(data=F.damaged_workbook(GOOD_FORM))
def test_damaged_workbooks(data):
    place = _sandbox()
    office = place / "office"
    try:
        (office / "r.jd").write_text(RUBRIC_TEXT, encoding="utf-8")
        form = office / "form.xlsx"
        form.write_bytes(data)
        answer = F.judge(F.run("score", form, "--format", "json"))
        F.STATS.count("workbook-xml", answer.code)
        if answer.code == 0:
            assert json.loads(answer.stdout)["units"]
    finally:
        shutil.rmtree(place, ignore_errors=True)


def test_the_undamaged_form_scores():
    """The edits above start from a form that scores (else every input would fail early)."""
    place = _sandbox()
    try:
        (place / "office" / "r.jd").write_text(RUBRIC_TEXT, encoding="utf-8")
        (place / "office" / "form.xlsx").write_bytes(GOOD_FORM)
        answer = F.judge(F.run("score", place / "office" / "form.xlsx", "--format", "json"))
        assert answer.code == 0 and len(json.loads(answer.stdout)["units"]) == len(FACTS_DATA["units"])
    finally:
        shutil.rmtree(place, ignore_errors=True)
