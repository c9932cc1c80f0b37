"""Nothing lost, nothing random: output files are complete or untouched, and the same
inputs give the same bytes.

- Every file jdscore writes goes through output.atomic_write (temp file + rename): a run
  that fails half-way (disk full in the middle of the write, an interrupt, a bug after
  the output was begun, a facts file with errors) leaves a pre-existing output file
  byte for byte as it was, and no temporary file behind.
- What -o names: a device, a pipe or a folder is refused and left as it was; a link is
  followed (the file it points to is replaced, the link stays); one of the command's own
  inputs is refused (score f.yaml -o f.yaml destroyed the facts); a new file gets 0666
  less the umask, an old one keeps its mode; SIGTERM removes the temporary file.
- JSON, CSV, text, Markdown, HTML and workbooks are byte-identical across runs, across
  processes with different hash seeds, and across time (workbooks carry fixed metadata).
"""

from __future__ import annotations

import ast
import errno
import json
import os
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

import fuzzing as F
import jdscore.output

ROOT = F.ROOT
SRC = ROOT / "src" / "jdscore"
CHENGZHAI = ROOT / "rubrics" / "chengzhai-2018.jd"
CHENGZHAI_FACTS = ROOT / "examples" / "chengzhai-2018" / "facts.yaml"
QUANGUO = ROOT / "rubrics" / "quanguo-2016-yufang.jd"
QUANGUO_FACTS = ROOT / "examples" / "quanguo-2016-yufang" / "facts.yaml"
ALL_KINDS = ROOT / "tests" / "cases" / "score" / "all-kinds"

# Every command and format that writes a file, with {out} for the output path.
WRITERS = [
    ["check", str(CHENGZHAI), "--format", "json", "-o", "{out}"],
    ["check", str(CHENGZHAI), "--format", "sarif", "-o", "{out}"],
    ["score", str(CHENGZHAI_FACTS), "-o", "{out}"],
    ["score", str(CHENGZHAI_FACTS), "--explain", "-o", "{out}"],
    ["score", str(CHENGZHAI_FACTS), "--format", "json", "-o", "{out}"],
    ["score", str(CHENGZHAI_FACTS), "--format", "csv", "-o", "{out}"],
    ["score", str(CHENGZHAI_FACTS), "--format", "xlsx", "-o", "{out}"],
    ["template", str(CHENGZHAI), "-o", "{out}"],
    ["template", str(CHENGZHAI), "--format", "schema", "-o", "{out}"],
    ["template", str(CHENGZHAI), "--format", "csv", "-o", "{out}"],
    ["template", str(CHENGZHAI), "--format", "xlsx", "-o", "{out}"],
    ["render", str(CHENGZHAI), "-o", "{out}"],
    ["render", str(CHENGZHAI), "--format", "html", "-o", "{out}"],
    ["render", str(CHENGZHAI), "--format", "xlsx", "-o", "{out}"],
    ["diff", str(CHENGZHAI), str(QUANGUO), "-o", "{out}"],
    ["diff", str(CHENGZHAI), str(QUANGUO), "--format", "json", "-o", "{out}"],
    ["diff", str(CHENGZHAI), str(QUANGUO), "--format", "md", "-o", "{out}"],
    ["test", str(ROOT / "examples" / "chengzhai-2018" / "expected.yaml"), "--junit", "{out}"],
]
WRITER_IDS = [" ".join(a for a in w if not a.startswith("/") and a not in ("-o", "{out}", "--junit")) for w in WRITERS]
BEFORE = b"the previous report, which must survive\n"


def _args(command, out: Path) -> list[str]:
    return [a.replace("{out}", str(out)) for a in command]


def _leftovers(directory: Path, keep: str) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name != keep)


# ------------------------------------------------------------ every write is atomic

def _writes(tree: ast.AST):
    """Calls that create or replace files."""
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        if name in ("write_text", "write_bytes", "replace", "rename", "mkstemp", "copyfile", "copy", "move",
                    "NamedTemporaryFile"):
            if name == "replace" and not (isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name)
                                          and func.value.id == "os"):
                continue  # str.replace
            yield node
        elif name == "open":
            modes = [a for a in node.args[1:2]] + [k.value for k in node.keywords if k.arg == "mode"]
            mode = modes[0].value if modes and isinstance(modes[0], ast.Constant) else "r"
            if any(c in mode for c in "wax+"):
                yield node
        elif name in ("save",) and isinstance(func, ast.Attribute):
            args = node.args
            if args and not (isinstance(args[0], ast.Name) and args[0].id in ("buffer", "out", "stream")):
                yield node


def test_only_output_py_writes_files():
    found = []
    for path in sorted(SRC.rglob("*.py")):
        if path.name == "output.py":
            continue
        for node in _writes(ast.parse(path.read_text(encoding="utf-8"))):
            found.append(f"{path.relative_to(SRC)}:{node.lineno}: {ast.unparse(node)}")
    assert not found, "files written outside output.atomic_write:\n" + "\n".join(found)


def test_every_cli_write_goes_through_atomic_write():
    tree = ast.parse((SRC / "cli.py").read_text(encoding="utf-8"))
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)
             and n.func.id == "atomic_write"]
    assert len(calls) == 1  # in _write, which every command calls for -o, --junit and fmt


@pytest.mark.parametrize("command", WRITERS, ids=WRITER_IDS)
def test_each_writer_writes_a_complete_file(command, tmp_path):
    out = tmp_path / "out"
    out.write_bytes(BEFORE)
    run = F.judge(F.run(*_args(command, out)))
    assert run.code in (0, 1), run.stderr  # 1: check and diff may report findings
    assert out.read_bytes() != BEFORE and out.stat().st_size > 0
    assert _leftovers(tmp_path, "out") == []


# ------------------------------------------------------------ failures half-way

class _DiskFull:
    """A file handle that takes half of what it is given, then reports a full disk."""

    def __init__(self, handle):
        self.handle = handle

    def write(self, data):
        self.handle.write(data[: len(data) // 2])
        self.handle.flush()
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def __getattr__(self, name):
        return getattr(self.handle, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.handle.close()


@pytest.mark.parametrize("command", WRITERS, ids=WRITER_IDS)
def test_a_write_failing_half_way_leaves_the_old_file(command, tmp_path, monkeypatch):
    out = tmp_path / "out"
    out.write_bytes(BEFORE)
    real_fdopen = os.fdopen
    monkeypatch.setattr(jdscore.output.os, "fdopen", lambda fd, mode: _DiskFull(real_fdopen(fd, mode)))
    run = F.judge(F.run(*_args(command, out)))
    assert run.code == 2 and "E001" in run.stderr and "无法写入" in run.stderr
    assert out.read_bytes() == BEFORE
    assert _leftovers(tmp_path, "out") == []


@pytest.mark.parametrize("failure", [OSError(errno.EIO, "I/O error"), KeyboardInterrupt()],
                         ids=["fsync-fails", "interrupted"])
def test_a_failure_before_the_rename_leaves_the_old_file(failure, tmp_path, monkeypatch):
    out = tmp_path / "out.json"
    out.write_bytes(BEFORE)

    def fail(fd):
        raise failure

    monkeypatch.setattr(jdscore.output.os, "fsync", fail)
    run = F.run("score", CHENGZHAI_FACTS, "--format", "json", "-o", out)
    if isinstance(failure, KeyboardInterrupt):
        # Regression (found by this suite): Typer turns Ctrl-C into a returned 130, which
        # main() dropped: an interrupted run that wrote nothing exited 0, silently.
        assert run.code == 130 and "已中断" in run.stderr
    else:
        assert run.code == 2 and "E001" in run.stderr
    assert "Traceback" not in run.stderr
    assert out.read_bytes() == BEFORE
    assert _leftovers(tmp_path, "out.json") == []


def test_a_bug_after_output_began_leaves_the_old_file(tmp_path, monkeypatch):
    """The table is rendered, then the explanations fail: nothing was written yet."""
    from jdscore.render import results

    out = tmp_path / "out.txt"
    out.write_bytes(BEFORE)

    def broken(results_, console):
        console.print("half of the explanations")
        raise RuntimeError("injected failure")

    monkeypatch.setattr(results, "print_explanations", broken)
    run = F.run("score", CHENGZHAI_FACTS, "--explain", "-o", out)
    assert run.code == 3 and "E900" in run.stderr  # a bug is reported as one, and
    assert out.read_bytes() == BEFORE              # the old output is still whole
    assert _leftovers(tmp_path, "out.txt") == []


def test_a_scorer_failing_on_the_last_unit_leaves_the_old_file(tmp_path, monkeypatch):
    import jdscore.pipeline as pipeline

    out = tmp_path / "out.csv"
    out.write_bytes(BEFORE)
    real = pipeline.score_stream

    def score_then_fail(program, units, **kwargs):
        # every unit but the last is scored and given to the writer, which has written
        # them when the last one fails
        yield from real(program, list(units)[:-1], **kwargs)
        raise ArithmeticError("injected failure on the last unit")

    monkeypatch.setattr(pipeline, "score_stream", score_then_fail)
    run = F.run("score", CHENGZHAI_FACTS, "--format", "csv", "-o", out)
    assert run.code == 3 and out.read_bytes() == BEFORE


@pytest.mark.parametrize("facts_text, code", [
    ("rubric: {rubric}\nunits:\n  a:\n    强戒案件数: 很多\n", 1),   # invalid facts
    ("rubric: {rubric}\nunits: [\n", 2),                              # not YAML
    ("rubric: nowhere.jd\nunits:\n  a: {{}}\n", 2),                   # no rubric
])
def test_a_run_that_fails_on_its_input_leaves_the_old_file(facts_text, code, tmp_path):
    facts = tmp_path / "facts.yaml"
    shutil.copyfile(CHENGZHAI, tmp_path / "r.jd")
    facts.write_text(facts_text.format(rubric="r.jd"), encoding="utf-8")
    for fmt in ("table", "json", "csv", "xlsx"):
        out = tmp_path / f"out.{fmt}"
        out.write_bytes(BEFORE)
        run = F.judge(F.run("score", facts, "--format", fmt, "-o", out))
        assert run.code == code
        assert out.read_bytes() == BEFORE
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["facts.yaml", "r.jd"] + [f"out.{f}" for f in (
        "table", "json", "csv", "xlsx")])


def test_fmt_failing_half_way_leaves_the_rubric(tmp_path, monkeypatch):
    rubric = tmp_path / "messy.jd"
    text = '考评   "x"\n项目 "a" 2分 {\n      a:    每条计1分,最高计2分\n}\n'
    rubric.write_text(text, encoding="utf-8")
    real_fdopen = os.fdopen
    monkeypatch.setattr(jdscore.output.os, "fdopen", lambda fd, mode: _DiskFull(real_fdopen(fd, mode)))
    run = F.judge(F.run("fmt", rubric))
    assert run.code == 2 and rubric.read_text(encoding="utf-8") == text
    assert _leftovers(tmp_path, "messy.jd") == []


def test_an_unwritable_output_is_reported(tmp_path):
    out = tmp_path / "no-such-directory" / "out.json"
    run = F.judge(F.run("score", CHENGZHAI_FACTS, "--format", "json", "-o", out))
    assert run.code == 2 and "E001" in run.stderr
    run = F.judge(F.run("score", CHENGZHAI_FACTS, "--format", "json", "-o", tmp_path))  # a directory
    assert run.code == 2 and "E001" in run.stderr


# ---------------------------------------------------------------------- determinism

SAME = [
    ["score", "{facts}"], ["score", "{facts}", "--explain"], ["score", "{facts}", "--format", "json"],
    ["score", "{facts}", "--format", "csv"], ["score", "{facts}", "--format", "xlsx", "-o", "{out}"],
    ["template", "{rubric}"], ["template", "{rubric}", "--format", "schema"],
    ["template", "{rubric}", "--format", "csv"], ["template", "{rubric}", "--format", "xlsx", "-o", "{out}"],
    ["render", "{rubric}"], ["render", "{rubric}", "--format", "html"],
    ["render", "{rubric}", "--format", "xlsx", "-o", "{out}"],
    ["check", "{rubric}", "--format", "json"], ["check", "{rubric}", "--format", "sarif"],
    ["diff", str(CHENGZHAI), "{rubric}", "--format", "json", "--facts", "{facts}"],
    ["diff", str(CHENGZHAI), "{rubric}", "--format", "md"],
]
CASES = {"chengzhai": (CHENGZHAI, CHENGZHAI_FACTS), "quanguo": (QUANGUO, QUANGUO_FACTS),
         "all-kinds": (ALL_KINDS / "rubric.jd", ALL_KINDS / "facts.yaml")}


def _outputs(case: str, directory: Path) -> dict[str, bytes]:
    rubric, facts = CASES[case]
    found = {}
    for i, command in enumerate(SAME):
        out = directory / f"{i}.out"
        args = [a.format(rubric=rubric, facts=facts, out=out) for a in command]
        run = F.judge(F.run(*args))
        found[" ".join(command)] = out.read_bytes() if out.exists() else run.stdout.encode("utf-8")
    return found


@pytest.mark.slow
def test_same_inputs_same_bytes(tmp_path):
    first = {case: _outputs(case, _fresh(tmp_path / "a" / case)) for case in CASES}
    time.sleep(1.1)  # a timestamp with whole seconds would now differ
    second = {case: _outputs(case, _fresh(tmp_path / "b" / case)) for case in CASES}
    for case in CASES:
        assert first[case].keys() == second[case].keys()
        for command in first[case]:
            assert first[case][command], (case, command)
            assert first[case][command] == second[case][command], f"{case}: {command} differs between two runs"


def _fresh(directory: Path) -> Path:
    directory.mkdir(parents=True)
    return directory


_IN_ONE_PROCESS = textwrap.dedent("""\
    import io, json, sys
    from jdscore.cli import main
    out = {}
    for i, args in enumerate(json.loads(sys.argv[1])):
        sys.stdout = io.StringIO()
        main(args)
        out[i] = sys.stdout.getvalue()
    sys.stdout = sys.__stdout__
    print(json.dumps(out, ensure_ascii=False))
""")


@pytest.mark.slow
def test_same_bytes_under_different_hash_seeds(tmp_path):
    """Separate processes with different PYTHONHASHSEED: set and dict orders that depend
    on string hashes would show here (and only here)."""
    rubric, facts = CASES["all-kinds"]
    results = []
    for seed in ("0", "12345"):
        directory = tmp_path / seed
        directory.mkdir()
        commands = [[a.format(rubric=rubric, facts=facts, out=directory / f"{i}.out") for a in c]
                    for i, c in enumerate(SAME)]
        commands.append(["check", str(CHENGZHAI), str(QUANGUO), str(rubric), "--format", "json"])
        env = {**os.environ, "PYTHONHASHSEED": seed, "NO_COLOR": "1", "COLUMNS": "200"}
        done = subprocess.run([sys.executable, "-c", _IN_ONE_PROCESS, json.dumps(commands)],
                              capture_output=True, text=True, env=env, timeout=120)
        assert done.returncode == 0, done.stderr[-3000:]
        printed = json.loads(done.stdout)
        files = {i: (directory / f"{i}.out").read_bytes() for i in range(len(commands))
                 if (directory / f"{i}.out").exists()}
        # the output paths differ by directory; the workbooks must not mention them
        results.append((printed, files))
    for printed, files in results[1:]:
        assert printed == results[0][0]
        assert files == results[0][1]


# ------------------------------------------------------------------ what -o names

@pytest.mark.parametrize("make", ["fifo", "device-link", "directory"])
def test_a_target_that_is_not_a_regular_file_is_refused(make, tmp_path):
    out = tmp_path / "out"
    if make == "fifo":
        os.mkfifo(out)
    elif make == "device-link":
        out.symlink_to(os.devnull)
    else:
        out.mkdir()
    before = os.stat(out).st_mode
    for args in (["score", CHENGZHAI_FACTS, "--format", "json"], ["render", CHENGZHAI, "--format", "xlsx"],
                 ["check", CHENGZHAI, "--format", "sarif"]):
        run = F.judge(F.run(*args, "-o", out))
        assert run.code == 2 and "E001" in run.stderr and "不是普通文件" in run.stderr
        assert os.stat(out).st_mode == before  # still what it was
    assert os.path.islink(out) == (make == "device-link")
    assert _leftovers(tmp_path, "out") == []


def test_a_link_is_followed_and_stays_a_link(tmp_path):
    (tmp_path / "reports").mkdir()
    real = tmp_path / "reports" / "score.json"
    real.write_bytes(BEFORE)
    link = tmp_path / "latest.json"
    link.symlink_to(real)
    run = F.judge(F.run("score", CHENGZHAI_FACTS, "--format", "json", "-o", link))
    assert run.code == 0
    assert link.is_symlink() and json.loads(real.read_text(encoding="utf-8"))["units"]
    assert _leftovers(tmp_path / "reports", "score.json") == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["latest.json", "reports"]


def _inputs(tmp_path: Path) -> dict[str, Path]:
    (tmp_path / "r.jd").write_bytes(CHENGZHAI.read_bytes())
    (tmp_path / "q.jd").write_bytes(QUANGUO.read_bytes())
    facts = CHENGZHAI_FACTS.read_text(encoding="utf-8").replace("../../rubrics/chengzhai-2018.jd", "r.jd")
    (tmp_path / "facts.yaml").write_text(facts, encoding="utf-8")
    os.link(tmp_path / "facts.yaml", tmp_path / "hard.yaml")
    (tmp_path / "soft.jd").symlink_to(tmp_path / "r.jd")
    return {p.name: p for p in tmp_path.iterdir()}


@pytest.mark.parametrize("args, out", [
    (["score", "facts.yaml"], "facts.yaml"),
    (["score", "facts.yaml", "--format", "csv"], "hard.yaml"),       # a hard link to the facts
    (["score", "facts.yaml", "--format", "json"], "r.jd"),           # the rubric the facts name
    (["score", "facts.yaml", "--rubric", "soft.jd"], "r.jd"),
    (["template", "r.jd"], "soft.jd"),                               # a link to the rubric
    (["render", "r.jd", "--format", "html"], "r.jd"),
    (["diff", "r.jd", "q.jd"], "q.jd"),
    (["diff", "r.jd", "r.jd", "--facts", "facts.yaml"], "facts.yaml"),
    (["check", "r.jd", "q.jd", "--format", "json"], "q.jd"),
    (["test", "expected.yaml", "--junit"], "expected.yaml"),
])
def test_an_output_over_an_input_is_refused(args, out, tmp_path, monkeypatch):
    files = _inputs(tmp_path)
    (tmp_path / "expected.yaml").write_text("facts: facts.yaml\nunits: {}\n", encoding="utf-8")
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    monkeypatch.chdir(tmp_path)
    run = F.judge(F.run(*args, *([] if args[-1] == "--junit" else ["-o"]), out))
    assert run.code == 2 and "E005" in run.stderr and "本命令读取的" in run.stderr, run.stderr
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before
    assert (tmp_path / "soft.jd").is_symlink() and files


@pytest.mark.parametrize("umask", [0o022, 0o077, 0o002])
def test_a_new_output_gets_the_umask_and_an_old_one_keeps_its_mode(umask, tmp_path):
    old = os.umask(umask)
    try:
        out = tmp_path / "new.json"
        assert F.run("score", CHENGZHAI_FACTS, "--format", "json", "-o", out).code == 0
        assert out.stat().st_mode & 0o777 == 0o666 & ~umask
        kept = tmp_path / "kept.json"
        kept.write_bytes(BEFORE)
        kept.chmod(0o640)
        assert F.run("score", CHENGZHAI_FACTS, "--format", "json", "-o", kept).code == 0
        assert kept.stat().st_mode & 0o777 == 0o640 and kept.read_bytes() != BEFORE
    finally:
        os.umask(old)


def test_sigterm_removes_the_temporary_file(tmp_path, monkeypatch):
    import signal

    out = tmp_path / "out.json"
    out.write_bytes(BEFORE)
    monkeypatch.setattr(jdscore.output.os, "fsync", lambda fd: os.kill(os.getpid(), signal.SIGTERM))
    previous = signal.getsignal(signal.SIGTERM)
    run = F.run("score", CHENGZHAI_FACTS, "--format", "json", "-o", out)
    assert run.code == 128 + signal.SIGTERM and "已终止" in run.stderr and "Traceback" not in run.stderr
    assert out.read_bytes() == BEFORE
    assert _leftovers(tmp_path, "out.json") == []
    assert signal.getsignal(signal.SIGTERM) == previous  # jdscore's handler is gone again
