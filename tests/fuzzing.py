"""Helpers for the fuzz suite (test_fuzz.py) and the limit tests: run the CLI in-process
under a time limit, judge its answer, and edit rubrics and facts files at random.

Budget: the normal test run tries a bounded, derandomized set of inputs (the same ones
every run, so that the suite stays fast and a failure is reproducible). Set
`JDSCORE_FUZZ=long` for a longer, random exploration (`JDSCORE_FUZZ_EXAMPLES=N` sets the
number of inputs per test); `JDSCORE_FUZZ_REPORT=path` writes the counts and the slowest
input per command there at the end of the run.

Keywords inserted into rubrics come from the grammar's own terminals (their literal
alternatives, expanded from the patterns), never from a list written here.
"""

from __future__ import annotations

import io
import json
import os
import re
import signal
import sys
import time
import unicodedata
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

try:  # Python 3.11+
    import re._constants as _sre_c
    import re._parser as _sre
except ImportError:  # pragma: no cover
    import sre_constants as _sre_c
    import sre_parse as _sre

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[1]
RUBRICS = sorted((ROOT / "rubrics").glob("*.jd"))
FACTS = sorted((ROOT / "examples").glob("*/facts.yaml"))

LONG = os.environ.get("JDSCORE_FUZZ") == "long"
# Seconds one command may take on one input. Honest inputs take well under a second; the
# limit only has to tell "slow machine" from "hangs".
TIME_LIMIT = float(os.environ.get("JDSCORE_FUZZ_LIMIT", "10"))


def fuzz_settings(default: int) -> settings:
    """`default` inputs in the normal run (derandomized); many more, random, when long."""
    examples = int(os.environ.get("JDSCORE_FUZZ_EXAMPLES", default * 25 if LONG else default))
    return settings(
        max_examples=examples,
        deadline=None,  # time is measured per command by `run`, with its own limit
        derandomize=not LONG,
        database=None if not LONG else settings.default.database,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                               HealthCheck.filter_too_much],
        print_blob=True,
    )


# ----------------------------------------------------------------------- running the CLI

class Hang(BaseException):
    """Raised by the alarm when a command runs past TIME_LIMIT (a BaseException, so that
    the CLI's last-resort handler cannot turn it into an exit code)."""


@dataclass
class Answer:
    args: tuple
    code: int
    stdout: str
    stderr: str
    seconds: float


@dataclass
class Stats:
    counts: dict = field(default_factory=dict)     # category -> inputs tried
    slowest: dict = field(default_factory=dict)    # command -> (seconds, args)
    codes: dict = field(default_factory=dict)      # category -> {exit code: n}

    def count(self, category: str, code: int | None = None) -> None:
        self.counts[category] = self.counts.get(category, 0) + 1
        if code is not None:
            by_code = self.codes.setdefault(category, {})
            by_code[code] = by_code.get(code, 0) + 1

    def timed(self, answer: Answer) -> None:
        command = answer.args[0] if answer.args else "?"
        if answer.seconds > self.slowest.get(command, (0.0, ()))[0]:
            self.slowest[command] = (answer.seconds, answer.args)

    def write(self, path: str) -> None:
        report = {"counts": self.counts, "exit_codes": self.codes,
                  "slowest": {k: {"seconds": round(s, 3), "args": [str(a)[:200] for a in args]}
                              for k, (s, args) in self.slowest.items()}}
        Path(path).write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")


STATS = Stats()


@contextmanager
def _time_limit(seconds: float):
    def expired(signum, frame):
        raise Hang(f"超过 {seconds} 秒仍未结束")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


class _Out(io.StringIO):
    """stdout for the CLI: text, and a byte buffer behind it as a real stdout has."""

    def __init__(self):
        super().__init__()
        self.buffer = io.BytesIO()

    def isatty(self) -> bool:
        return False


# Below this, a run's time is noise: growth is measured against at least this much.
GROWTH_FLOOR = 0.05


def growth(small, large) -> float:
    """How many times longer `large()` runs than `small()` (each a function returning an
    Answer), best of two runs each: about 4 when the larger input is 4 times the smaller
    and the work is linear, 16 when it is quadratic. A ratio, not seconds: it holds on a
    busy machine, where a wall-clock limit fails."""
    t_small = min(small().seconds for _ in range(2))
    t_large = min(large().seconds for _ in range(2))
    return t_large / max(t_small, GROWTH_FLOOR)


def peak(*args, limit: float = TIME_LIMIT) -> tuple[Answer, int]:
    """`run(*args)` and the peak of the memory Python allocated meanwhile (tracemalloc)."""
    import tracemalloc

    tracemalloc.start()
    try:
        answer = run(*args, limit=limit)
        _, most = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return answer, most


def run(*args, limit: float = TIME_LIMIT) -> Answer:
    """Run `jdscore ARGS` in this process, with stdout and stderr captured."""
    from jdscore.cli import main

    args = tuple(str(a) for a in args)
    out, err = _Out(), io.StringIO()
    saved = sys.stdout, sys.stderr, os.environ.get("NO_COLOR"), os.environ.get("COLUMNS")
    sys.stdout, sys.stderr = out, err
    os.environ["NO_COLOR"], os.environ["COLUMNS"] = "1", "200"
    start = time.perf_counter()
    try:
        with _time_limit(limit):
            code = main(list(args))
    except Hang:
        seconds = time.perf_counter() - start
        raise AssertionError(f"jdscore {_shown(args)} 超过 {limit} 秒仍未结束 ({seconds:.1f} s)") from None
    finally:
        sys.stdout, sys.stderr = saved[0], saved[1]
        for key, value in (("NO_COLOR", saved[2]), ("COLUMNS", saved[3])):
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    # what went to the byte buffer (a workbook; click.echo) counts as output too
    printed = out.getvalue() + out.buffer.getvalue().decode("utf-8", "replace")
    answer = Answer(args, code, printed, err.getvalue(), time.perf_counter() - start)
    STATS.timed(answer)
    return answer


CODE = re.compile(r"\b[EW]\d{3}\b")


COLLECT = os.environ.get("JDSCORE_FUZZ_COLLECT")  # a file: record failures there and go on


def judge(answer: Answer, accept: tuple[str, ...] = ()) -> Answer:
    """Every input gets exit 0, 1 or 2 and a message; never a traceback or an internal error.
    `accept`: words that make a message without a code enough (fmt's 需要重排)."""
    if COLLECT:
        try:
            _judge(answer, accept)
        except AssertionError as exc:
            _collect(answer, str(exc))
        return answer
    return _judge(answer, accept)


def _collect(answer: Answer, problem: str) -> None:
    """Append a failure, with where it was raised (rerun with --debug), to the COLLECT file."""
    again = run("--debug", *answer.args, limit=TIME_LIMIT * 3) if answer.code == 3 else answer
    frames = re.findall(r'File "([^"]+)", line (\d+), in (\w+)', again.stderr)
    where = next((f"{Path(f).name}:{n} {fn}" for f, n, fn in reversed(frames) if "/jdscore/" in f), "?")
    last = (again.stderr.strip().splitlines() or [""])[-1][:300]
    record = {"where": where, "error": last, "problem": problem.splitlines()[0][:300],
              "args": [a[:3000] for a in answer.args]}
    for arg in answer.args:  # keep the input itself: files are overwritten by the next example
        p = Path(arg)
        if len(arg) < 500 and p.is_file() and p.stat().st_size < 200_000:
            record.setdefault("files", {})[arg] = p.read_bytes().decode("utf-8", "backslashreplace")
    with open(COLLECT, "a", encoding="utf-8") as handle:
        handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def _judge(answer: Answer, accept: tuple[str, ...] = ()) -> Answer:
    shown = _shown(answer.args)
    text = answer.stdout + answer.stderr
    assert "Traceback (most recent call last)" not in text, f"traceback for jdscore {shown}:\n{text[-3000:]}"
    assert "E900" not in text and answer.code != 3, \
        f"internal error for jdscore {shown}:\n{answer.stderr[-3000:]}"
    assert answer.code in (0, 1, 2), f"exit {answer.code} for jdscore {shown}:\n{answer.stderr[-2000:]}"
    if answer.code != 0:  # (a success may be silent: it wrote its file)
        assert text.strip(), f"exit {answer.code} and no message for jdscore {shown}"
        assert CODE.search(text) or any(word in text for word in accept), \
            f"exit {answer.code} without a diagnostic code for jdscore {shown}:\n{text[-2000:]}"
    assert answer.seconds < TIME_LIMIT, f"jdscore {shown} took {answer.seconds:.1f} s"
    return answer


def _shown(args) -> str:
    return " ".join(a if len(a) < 120 else a[:120] + "…" for a in args)


# ---------------------------------------------------------------- keywords from the grammar

def _expand(items, limit: int = 40) -> list[str] | None:
    """The literal strings a (lookaround-free part of a) regex matches, or None when the
    pattern is open-ended text (a name, a line) rather than a keyword."""
    out = [""]
    for op, av in items:
        if op is _sre_c.LITERAL:
            options = [chr(av)]
        elif op is _sre_c.IN:
            if any(o is _sre_c.NEGATE or o is _sre_c.CATEGORY for o, _ in av):
                return None
            options = []
            for o, v in av:
                if o is _sre_c.LITERAL:
                    options.append(chr(v))
                elif o is _sre_c.RANGE:
                    options.extend(chr(c) for c in range(v[0], min(v[1], v[0] + 3) + 1))
        elif op is _sre_c.BRANCH:
            options = []
            for branch in av[1]:
                expanded = _expand(branch, limit)
                if expanded is None:
                    return None
                options.extend(expanded)
        elif op is _sre_c.SUBPATTERN:
            options = _expand(av[-1], limit)
            if options is None:
                return None
        elif op in (_sre_c.MAX_REPEAT, _sre_c.MIN_REPEAT, getattr(_sre_c, "POSSESSIVE_REPEAT", None)):
            low, high, sub = av
            once = _expand(sub, limit)
            if once is None or high > 20 and low == 0 and len(once) > 3:
                return None
            options = ([""] if low == 0 else []) + [o * max(low, 1) for o in once]
        elif op in (_sre_c.ASSERT, _sre_c.ASSERT_NOT, _sre_c.AT):
            options = [""]
        else:
            return None
        out = [a + b for a in out for b in options][:limit]
    return out


@lru_cache(maxsize=1)
def grammar_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(keywords, punctuation): every literal alternative of every terminal in the grammar."""
    from jdscore.parser import lark_parser

    words: set[str] = set()
    for terminal in lark_parser().terminals:
        pattern = terminal.pattern
        if pattern.type == "str":
            words.add(pattern.value)
            continue
        expanded = _expand(_sre.parse(pattern.to_regexp()))
        if expanded:
            words.update(w for w in expanded if w and "\n" not in w)
    punctuation = {w for w in words if len(w) == 1 and unicodedata.category(w)[0] in "PS"}
    # numbers are drawn from NUMBERS; the expansions of the number terminals would crowd out the words
    keywords = {w for w in words - punctuation if w.strip() and not any(c.isdigit() for c in w)}
    return tuple(sorted(keywords)), tuple(sorted(punctuation))


# ------------------------------------------------------------------------ editing text

NUMBERS = ["0", "1", "0.5", "-1", "１０", "三", "两", "十二", "百分之八十", "85%", "120%",
           "99999999999999999999999999", "0.0000000001", "1" + "0" * 60, "0." + "0" * 40 + "1",
           "万" * 3, "三分之一", "1.5万", "1e9", "NaN", "1_000"]


def _full_width(ch: str) -> str:
    if "!" <= ch <= "~":
        return chr(ord(ch) + 0xFEE0)
    return unicodedata.normalize("NFKC", ch) if unicodedata.east_asian_width(ch) == "F" else ch


@st.composite
def edited_text(draw, text: str, *, max_edits: int = 4) -> str:
    """`text` after 1..max_edits random edits."""
    keywords, punctuation = grammar_words()
    for _ in range(draw(st.integers(1, max_edits))):
        n = len(text)
        at = draw(st.integers(0, n))
        op = draw(st.sampled_from(["delete", "keyword", "punct", "duplicate", "width", "truncate",
                                   "crlf", "bom", "nul", "number", "newline", "char", "swap_lines",
                                   "brace", "nest", "splice", "splice", "rename"]))
        if op == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 60)):]
        elif op == "keyword":
            word = draw(st.sampled_from(keywords))
            if draw(st.booleans()):
                word += draw(st.sampled_from(NUMBERS))
            text = text[:at] + word + text[at:]
        elif op == "punct":
            text = text[:at] + draw(st.sampled_from(punctuation)) * draw(st.integers(1, 3)) + text[at:]
        elif op == "duplicate":
            end = min(n, at + draw(st.integers(1, 400)))
            to = draw(st.integers(0, n))
            text = text[:to] + text[at:end] + text[to:]
        elif op == "width":
            end = min(n, at + draw(st.integers(1, 200)))
            text = text[:at] + "".join(_full_width(c) for c in text[at:end]) + text[end:]
        elif op == "truncate":
            text = text[:at]
        elif op == "crlf":
            text = text.replace("\n", draw(st.sampled_from(["\r\n", "\r", "\n\r", "\u2028"])))
        elif op == "bom":
            text = "\ufeff" + text if draw(st.booleans()) else text[:at] + "\ufeff" + text[at:]
        elif op == "nul":
            text = text[:at] + "\x00" * draw(st.integers(1, 3)) + text[at:]
        elif op == "number":
            spans = [m.span() for m in re.finditer(r"[0-9０-９]+(?:\.[0-9]+)?", text)]
            if spans:
                start, end = draw(st.sampled_from(spans))
                text = text[:start] + draw(st.sampled_from(NUMBERS)) + text[end:]
        elif op == "newline":
            text = text[:at] + "\n" + text[at:]
        elif op == "char":
            # (no lone surrogates: they only make bytes that are not UTF-8, tried on their own below)
            text = text[:at] + draw(st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=4)) \
                + text[at:]
        elif op == "swap_lines":
            lines = text.split("\n")
            i, j = draw(st.integers(0, len(lines) - 1)), draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
            text = "\n".join(lines)
        elif op == "brace":
            text = text[:at] + draw(st.sampled_from(["{", "}", "｛", "｝", "{\n", "}\n"])) + text[at:]
        elif op == "splice":
            # a rule sentence from any shipped rubric in place of one of this text: still a
            # rubric, but with rule kinds its facts were never read as
            sentences, _ = corpus()
            found = [m.span(1) for m in re.finditer(r"[:：][ \t]*([^\n]+)", text)]
            if found:
                start, end = draw(st.sampled_from(found))
                text = text[:start] + draw(st.sampled_from(sentences)) + text[end:]
        elif op == "rename":
            # one fact name where another stood: a name read as two kinds, a missing one
            _, fact_names = corpus()
            target = draw(st.sampled_from(fact_names))
            spots = [m.start() for m in re.finditer(re.escape(target), text)]
            if spots:
                at = draw(st.sampled_from(spots))
                text = text[:at] + draw(st.sampled_from(fact_names)) + text[at + len(target):]
        elif op == "nest":
            # wrap a region in a group: opens and closes at line starts
            lines = text.split("\n")
            i = draw(st.integers(0, len(lines)))
            j = draw(st.integers(i, len(lines)))
            group = draw(st.sampled_from([k for k in keywords if _is_group_word(k)] or ["x"]))
            head = f'{group} "嵌套" {draw(st.sampled_from(NUMBERS))}分 {{'
            lines = lines[:i] + [head] + lines[i:j] + ["}"] + lines[j:]
            text = "\n".join(lines)
    return text


@lru_cache(maxsize=1)
def corpus() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(rule sentences, fact names) of every shipped rubric, read by jdscore itself."""
    from jdscore import ast as A
    from jdscore.build import build_rubric
    from jdscore.source import Source

    sentences: set[str] = set()
    names: set[str] = set()

    def walk(node):
        if isinstance(node, A.RuleLine):
            sentences.add(node.text)
            names.update(f.name for f in node.facts)
        for child in getattr(node, "children", ()) or getattr(node, "body", ()):
            walk(child)

    for path in RUBRICS:
        rubric, _ = build_rubric(Source.read(path))
        walk(rubric)
    return tuple(sorted(sentences)), tuple(sorted(names))


@lru_cache(maxsize=1)
def _group_words() -> frozenset[str]:
    """The words that open a group, read from the grammar's group terminal."""
    from jdscore.parser import lark_parser

    pattern = lark_parser().get_terminal("GROUP_KW").pattern.to_regexp()
    return frozenset(_expand(_sre.parse(pattern)) or ())


def _is_group_word(word: str) -> bool:
    return word in _group_words()


@st.composite
def edited_bytes(draw, text: str, *, max_edits: int = 4) -> bytes:
    """Edited text as UTF-8, sometimes with bytes that are not UTF-8 at all."""
    data = draw(edited_text(text, max_edits=max_edits)).encode("utf-8", "surrogatepass")
    if draw(st.integers(0, 19)) == 7:  # (not an end of the range: Hypothesis draws those often)
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.sampled_from([b"\xff", b"\xc3", b"\xe4\xb8", b"\xed\xa0\x80", b"\x80\x80"])) \
            + data[at:]
    return data


# ------------------------------------------------------------------------ editing facts

def _nested(depth: int):
    value: object = 1
    for _ in range(depth):
        value = [value] if depth % 2 else {"k": value}
    return value


def _laughs(levels: int):
    value: object = ["哈哈"] * 9
    for _ in range(levels):
        value = [value] * 9  # the same list nine times: the YAML dumper writes anchors and aliases
    return value


HOSTILE_VALUES = st.one_of(
    st.none(), st.booleans(),
    st.integers(-10**30, 10**30),
    st.sampled_from([10**400, -(10**400), 2**63, -(2**63) - 1]),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(["1e999999999", "-1e999999999", "1e-999999999", "1.0e+999999999", "9" * 5000,
                     "0." + "0" * 5000 + "1", "85%", "１２０％", "-0", "百分之八十", "三分之一", "缺报",
                     "是", "否", "", " ", "\x00", "<script>", "{a: 1}", "[1, 2", "万" * 2000,
                     "1e400", ".inf", "NaN", "0x1F", "1_000", "十" * 50]),
    st.text(max_size=20),
    st.lists(st.integers(-5, 5), max_size=4),
    st.dictionaries(st.text(max_size=5), st.integers(-5, 5), max_size=3),
    st.builds(_nested, st.integers(10, 120)),
    st.builds(_laughs, st.integers(1, 8)),
)

HOSTILE_KEYS = st.one_of(st.text(max_size=12), st.sampled_from(
    ["units", "rubric", "period", "<<", "缺报", "", " ", "\x00", "单位"]), st.integers(-3, 3), st.booleans(), st.none())


def _paths(node, prefix=(), seen=None):
    """Every path (tuple of keys/indices) into a loaded YAML tree, entering a shared
    (aliased) part once: a billion-laughs tree has a billion paths."""
    seen = set() if seen is None else seen
    yield prefix
    if isinstance(node, (dict, list)):
        if id(node) in seen:
            return
        seen.add(id(node))
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, prefix + (key,), seen)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _paths(value, prefix + (i,), seen)


def _get(node, path):
    for key in path:
        node = node[key]
    return node


@st.composite
def edited_facts(draw, data: dict) -> dict:
    """A deep copy of `data` with 1..4 structural edits: values of the wrong type, huge and
    negative numbers, nulls, deep nesting, missing and extra keys, shared (aliased) parts."""
    import copy

    data = copy.deepcopy(data)
    for _ in range(draw(st.integers(1, 4))):
        paths = list(_paths(data))
        path = draw(st.sampled_from(paths))
        op = draw(st.sampled_from(["set", "set", "set", "delete", "extra", "rename", "alias", "number"]))
        parent = _get(data, path[:-1]) if path else None
        if op == "set":
            value = draw(HOSTILE_VALUES)
            if not path:
                data = value
                if not isinstance(data, dict):
                    return data
            else:
                parent[path[-1]] = value
        elif op == "delete" and path and isinstance(parent, (dict, list)):
            del parent[path[-1]]
        elif op == "extra":
            target = _get(data, path)
            if isinstance(target, dict):
                key = draw(HOSTILE_KEYS)
                target[key] = draw(HOSTILE_VALUES)
            elif isinstance(target, list):
                target.append(draw(HOSTILE_VALUES))
        elif op == "rename" and path and isinstance(parent, dict):
            key = draw(HOSTILE_KEYS)
            parent[key] = parent.pop(path[-1])
        elif op == "alias" and path:
            # another part of the tree, shared: written with & and * by the dumper
            other = _get(data, draw(st.sampled_from(paths)))
            if isinstance(other, (dict, list)) and isinstance(parent, (dict, list)) \
                    and not _contains(other, parent):
                parent[path[-1]] = other
        elif op == "number" and path and isinstance(parent, (dict, list)):
            current = parent[path[-1]]
            if isinstance(current, (int, float)) and not isinstance(current, bool):
                parent[path[-1]] = draw(st.sampled_from([-current, current * 10**30, -1, 0, 10**20]))
    return data


def _contains(tree, node, seen=None) -> bool:
    seen = set() if seen is None else seen
    if tree is node:
        return True
    if not isinstance(tree, (dict, list)) or id(tree) in seen:
        return False
    seen.add(id(tree))
    values = tree.values() if isinstance(tree, dict) else tree
    return any(_contains(v, node, seen) for v in values)


def dump_yaml(data, flow: bool = False) -> str:
    import yaml

    try:
        return yaml.dump(data, Dumper=getattr(yaml, "CSafeDumper", yaml.SafeDumper), allow_unicode=True, sort_keys=False,
                         default_flow_style=flow, width=10**6)
    except (RecursionError, ValueError):
        return "units: {}\n"


# Text edits only YAML knows: anchors and aliases, merge keys, tags, several documents,
# numbers too long to be numbers, tabs.
YAML_SNIPPETS = [
    "&a ", "*a", "<<: *a\n", "!!python/object/apply:os.system ['true']", "!!binary aGVsbG8=",
    "!!float ", "!!int ", "? [1, 2]\n: x\n", "\n---\n", "%YAML 1.1\n---\n", "\t", "- ", ": ",
    "9" * 5000, "1e999999999", "0x" + "F" * 40, "~", "null", "{", "[", "'", '"',
    "lol: &l0 [哈, 哈, 哈, 哈, 哈, 哈, 哈, 哈, 哈]\n" + "".join(
        f"l{i}: &l{i} [*l{i - 1}, *l{i - 1}, *l{i - 1}, *l{i - 1}, *l{i - 1}, *l{i - 1}, *l{i - 1}, *l{i - 1}, *l{i - 1}]\n"
        for i in range(1, 10)),
]


@st.composite
def edited_yaml_bytes(draw, text: str) -> bytes:
    choice = draw(st.integers(0, 9))
    if choice < 3:
        return draw(edited_bytes(text, max_edits=3))
    if choice < 6:
        at = draw(st.integers(0, len(text)))
        return (text[:at] + draw(st.sampled_from(YAML_SNIPPETS)) + text[at:]).encode("utf-8")
    return text.encode("utf-8")


def facts_rows(data: dict, rubric: str) -> list[list]:
    """A facts tree as the rows of a filled-in collection form (the template's layout)."""
    units = data.get("units") or {}
    names: list[str] = []
    for body in units.values():
        if isinstance(body, dict):
            names.extend(k for k in body if k not in names)
    rows: list[list] = [["细则", rubric, "年度", data.get("period")], ["单位", *names]]
    for unit, body in units.items():
        body = body if isinstance(body, dict) else {}
        rows.append([unit, *[_cell(body.get(n)) for n in names]])
    return rows


def _cell(value):
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, (list, dict)):
        return dump_yaml(value, flow=True).strip()
    return value


def rows_csv(rows: list[list]) -> str:
    import csv

    out = io.StringIO()
    csv.writer(out).writerows([["" if c is None else c for c in row] for row in rows])
    return out.getvalue()


def write_form(folder: Path, kind: str, rows: list[list]) -> Path:
    """`rows` as a form of `kind` ("csv" or "xlsx") in `folder`: form.csv or form.xlsx."""
    path = folder / f"form.{kind}"
    if kind == "csv":
        path.write_text(rows_csv(rows), encoding="utf-8")
    else:
        path.write_bytes(rows_xlsx(rows))
    return path


def rows_xlsx(rows: list[list]) -> bytes:
    from openpyxl import Workbook

    import datetime

    wb = Workbook()
    wb.properties.created = wb.properties.modified = datetime.datetime(2000, 1, 1)  # the same bytes each time
    ws = wb.active
    ws.title = "填报"
    for row in rows:
        ws.append([_xlsx_cell(c) for c in row])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _xlsx_cell(value):
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if isinstance(value, int) and abs(value) > 10**15:
            return str(value)
        return value
    if value is None or isinstance(value, (str, bool)):
        return value if not isinstance(value, str) else _printable(value)
    return _printable(str(value))


def _printable(text: str) -> str:
    # openpyxl refuses control characters in cells; a hand-made workbook cannot hold them either
    return "".join(c for c in text if c.isprintable() or c in "\t\n")[:32000]


CELL_VALUES = st.one_of(
    st.none(), st.booleans(), st.integers(-10**15, 10**15), st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from(["85%", "1e308", "1e999999999", "缺报", "是", "否", "[0.5, 1]", "[", "{a: *b}",
                     "阅读量=62000,关注数=3;阅读量=1", ";;;", "=1/0", "#N/A", "#填写要求", "单位", "细则",
                     "&a [1, 2]", "[*a]", "9" * 400, "-5", "0.0000000000001"]),
    st.text(max_size=12),
    st.datetimes().map(lambda d: d.replace(microsecond=0)),
)


@st.composite
def edited_rows(draw, rows: list[list]) -> list[list]:
    import copy

    rows = copy.deepcopy(rows)
    for _ in range(draw(st.integers(1, 4))):
        op = draw(st.sampled_from(["cell", "cell", "cell", "drop_row", "drop_column", "dup_row", "extra_column"]))
        r = draw(st.integers(0, len(rows) - 1)) if rows else 0
        if op == "cell" and rows and rows[r]:
            c = draw(st.integers(0, len(rows[r]) - 1))
            rows[r][c] = draw(CELL_VALUES)
        elif op == "drop_row" and rows:
            del rows[r]
        elif op == "drop_column":
            c = draw(st.integers(0, 6))
            rows = [row[:c] + row[c + 1:] for row in rows]
        elif op == "dup_row" and rows:
            rows.insert(draw(st.integers(0, len(rows))), list(rows[r]))
        elif op == "extra_column" and rows:
            rows[r] = rows[r] + [draw(CELL_VALUES)]
    return rows


# -------------------------------------------------------------- facts that fit a rubric

def compiled(path: Path):
    """The compiled rubric at `path`, or None when it has errors (what `score` refuses)."""
    from jdscore.diagnostics import Stop
    from jdscore.pipeline import check_file

    try:
        return check_file(path).program
    except Stop:
        return None


def _decimal_text(draw, low: int, high: int, places: int = 2) -> str:
    whole = draw(st.integers(low, high))
    if places and draw(st.booleans()):
        return f"{whole}.{draw(st.integers(0, 10 ** places - 1)):0{places}d}"
    return str(whole)


@st.composite
def fitting_value(draw, spec):
    """A value of the kind the rubric reads (edge values included), or 缺报."""
    from jdscore.ast import Role
    from jdscore.schema import Kind

    kind = spec.kind
    if kind not in (Kind.RECORDS, Kind.AMOUNTS) and spec.roles != {Role.DEDUCTIONS} \
            and draw(st.integers(0, 9)) == 0:
        return "缺报"
    edge = draw(st.booleans())
    if kind is Kind.COUNT:
        return draw(st.sampled_from([0, 1, 999_999_999_999_999])) if edge else draw(st.integers(0, 60))
    if kind is Kind.QUANTITY:
        return _decimal_text(draw, 0, 10 ** 14 if edge else 500)
    if kind is Kind.NUMBER:
        return _decimal_text(draw, -(10 ** 14) if edge else -100, 10 ** 14 if edge else 100)
    if kind is Kind.RATE:
        top = 300 if spec.most is None else int(spec.most * 100)
        return f"{draw(st.integers(0, top))}%" if draw(st.booleans()) else \
            draw(st.sampled_from(["0", "1", "0.5", "0.855", "0.9999"]))
    if kind is Kind.BOOL:
        return draw(st.sampled_from(["是", "否", True, False]))
    if kind is Kind.GRADE:
        return draw(st.sampled_from(list(spec.grades) or ["优秀"]))
    if kind in (Kind.AMOUNT, Kind.AMOUNTS):
        low = int(spec.low) if spec.low is not None else 0
        high = int(spec.high) if spec.high is not None else 10
        one = st.sampled_from([str(spec.low if spec.low is not None else 0),
                               str(spec.high if spec.high is not None else 10), str(low), str(high)])
        return draw(st.lists(one, max_size=4)) if kind is Kind.AMOUNTS else draw(one)
    if kind is Kind.RECORDS:
        return draw(st.lists(st.fixed_dictionaries(
            {name: fitting_value(attribute).filter(lambda v: v != "缺报")
             for name, attribute in spec.attributes.items()}), max_size=4))
    return 0


@st.composite
def valid_value(draw, spec):
    """A value every rubric reading `spec` must accept (never 缺报, never out of range)."""
    from jdscore.schema import Kind

    kind = spec.kind
    if kind is Kind.COUNT:
        return draw(st.integers(0, 60))
    if kind in (Kind.QUANTITY, Kind.NUMBER):
        return _decimal_text(draw, 0, 500)
    if kind is Kind.RATE:
        return f"{draw(st.integers(0, 100))}%"
    if kind is Kind.BOOL:
        return draw(st.sampled_from(["是", "否"]))
    if kind is Kind.GRADE:
        return draw(st.sampled_from(list(spec.grades)))
    if kind in (Kind.AMOUNT, Kind.AMOUNTS):
        low, high = spec.low, spec.high
        one = st.sampled_from([str(low), str(high), str((low + high) / 2)])
        return draw(st.lists(one, max_size=3)) if kind is Kind.AMOUNTS else draw(one)
    if kind is Kind.RECORDS:
        return draw(st.lists(st.fixed_dictionaries(
            {name: valid_value(attribute) for name, attribute in spec.attributes.items()}), max_size=3))
    raise AssertionError(f"no valid value for {kind}")


@st.composite
def fitting_facts(draw, program, rubric_path: Path) -> str:
    units = {}
    for i in range(draw(st.integers(1, 6))):
        units[f"单位{i}"] = {name: draw(fitting_value(spec)) for name, spec in program.schema.facts.items()}
    return dump_yaml({"rubric": str(rubric_path), "units": units})


# ------------------------------------------------- paths, file kinds, names and workbook XML
#
# What a careless clerk, a hostile upload or a CI job hands jdscore besides text: a path that
# is a folder, a pipe, a link to a device or out of the tree, an odd or overlong name, a
# file in another encoding, a workbook whose XML or zip is damaged or built to be costly.
# (test_fuzz_files.py draws from these; nothing here writes outside the folder it is given.)

SECRET = "SECRET-9d1e: never-print-this"

# What a file at a path may be, besides an honest one. Devices are only ever linked to and
# read: nothing here names one as an output.
FILE_KINDS = ["file", "file", "file", "missing", "empty", "folder", "fifo", "link", "link-chain", "dangling",
              "loop", "link-to-folder", "link-to-dev-zero", "link-to-dev-null", "link-to-proc", "link-outside",
              "nul-bytes", "hardlink"]

# File names as a clerk's system may make them (each ends with the suffix it is given).
NAME_STEMS = ["r", "规则 2019(定稿)", "-r", "--help", "r r", " r", "r\t", "r\nx", "r;rm -rf", "$(x)", "%s%n",
              "[link]", "a" * 200, "e\u0301", "\u202egpj", "r.jd", ".r", "..r", "*", "~r", "r:1", "C:\\r"]


def make_kind(path: Path, kind: str, content: bytes, outside: Path) -> None:
    """Make `path` a file of `kind`, with `content` where it is one (or leads to one).
    `outside`: a folder beside the sandbox, holding SECRET files, that links may lead to."""
    path.parent.mkdir(parents=True, exist_ok=True)
    real = path.with_name(path.name + ".real")
    if kind == "file":
        path.write_bytes(content)
    elif kind == "empty":
        path.write_bytes(b"")
    elif kind == "folder":
        path.mkdir()
    elif kind == "fifo":
        os.mkfifo(path)
    elif kind == "link":
        real.write_bytes(content)
        path.symlink_to(real.name)
    elif kind == "link-chain":
        real.write_bytes(content)
        middle = path.with_name(path.name + ".mid")
        middle.symlink_to(real.name)
        path.symlink_to(middle.name)
    elif kind == "dangling":
        path.symlink_to("nowhere" + path.suffix)
    elif kind == "loop":
        path.symlink_to(path.name)
    elif kind == "link-to-folder":
        path.with_name("folder.d").mkdir(exist_ok=True)
        path.symlink_to("folder.d", target_is_directory=True)
    elif kind == "link-to-dev-zero":
        path.symlink_to("/dev/zero")
    elif kind == "link-to-dev-null":
        path.symlink_to("/dev/null")
    elif kind == "link-to-proc":
        path.symlink_to("/proc/self/environ")
    elif kind == "link-outside":
        target = outside / ("key" + path.suffix)
        target.write_text(SECRET + "\n", encoding="utf-8")
        path.symlink_to(target)
    elif kind == "nul-bytes":
        path.write_bytes(content[: len(content) // 2] + b"\x00" * 7 + content[len(content) // 2:])
    elif kind == "hardlink":
        real.write_bytes(content)
        os.link(real, path)
    elif kind != "missing":
        raise AssertionError(kind)


def kind_of(path: Path) -> str:
    """What a path is now, as make_kind's caller must find it again (a special file stays one)."""
    import stat as _stat

    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return "missing"
    for test, name in ((_stat.S_ISLNK, "link"), (_stat.S_ISDIR, "folder"), (_stat.S_ISFIFO, "fifo"),
                       (_stat.S_ISCHR, "device"), (_stat.S_ISREG, "file")):
        if test(mode):
            return name
    return "other"


# How a facts file may name its rubric: the honest ways, and the ways out of its tree.
RUBRIC_SPELLINGS = ["r.jd", "./r.jd", "{here}/r.jd", "sub/../r.jd", "R.JD", "r.jd/", "", " ", "~/r.jd", "sub",
                    "../outside/key.jd", "{outside}/key.jd", "../outside/key.txt", "/proc/self/environ",
                    "/dev/zero", "/etc/passwd", "x" * 300 + ".jd", "r.jd\x00.txt", "link.jd", "file:///r.jd",
                    "r\u202e.jd", "r.jd\n", "*.jd", "//r.jd"]

ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "gb18030", "big5", "latin-1"]


def encoded(text: str, encoding: str) -> bytes:
    """`text` in `encoding`; characters it cannot hold become '?' (as a careless save does)."""
    return text.encode(encoding, "replace")


# Unit names and titles a clerk pastes from elsewhere, or a hostile one writes.
NAME_PIECES = ["甲", "村", "[/]", "[link=http://x]", "[bold]", ":smile:", "\x1b[31m", "\x1b]0;t\x07", "\u202e",
               "\u200b", "\r", "\n", "\r\n", "\t", "=", "+", "-", "@", "=cmd|' /c calc'!A0", "'", '"', ",", ";",
               "\\", "#", "#REF!", "%s", "{x}", "<b>", "&amp;", "\x00", "\x01", "\x7f", "\ufeff", "Ｙｅｓ", "Yes",
               "null", "~", "010", "0x1A", "1e5", "-0", " ", "\u3000", "名" * 60, "\U0001f600", "\ud7ff"]

hostile_names = st.lists(st.sampled_from(NAME_PIECES), min_size=1, max_size=5).map("".join)


# -------------------------------------------------------------- workbook XML and zip damage

WORKBOOK_PARTS = ["xl/sharedStrings.xml", "xl/styles.xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml",
                  "[Content_Types].xml", "_rels/.rels", "xl/_rels/workbook.xml.rels", "docProps/core.xml"]
CELL_REFS = ["A1000000", "B100001", "XFD3", "XFE3", "A0", "ZZZZ1", "", "3B", "A-1", "A99999999999", "a3", "B3 ",
             "AAAAAAAAAAAAAAAAAAAA1", "Ａ3"]
ROW_NUMBERS = ["0", "-1", "1000000", "100001", "x", "", "99999999999999999999", "1.5"]
CELL_TYPES = ["s", "e", "b", "n", "d", "str", "inlineStr", "x", ""]
CELL_VALUES_XML = ["1e999", "NaN", "inf", "-0", "99999999999999999999", "abc", "", "99999", "-1", "2", "1.5",
                   "#REF!", "2019-13-45", "1" * 400, "&#0;", "&#x1F;", "&bogus;", "<", "]]>"]
BIG_TOKEN = 1024 * 1024 + 10


@lru_cache(maxsize=1)
def _bomb_part() -> bytes:
    """40 MB of one byte: about 40 KB once deflated."""
    return b"<a>" + b"0" * (40 * 1024 * 1024) + b"</a>"


@st.composite
def damaged_workbook(draw, good: bytes) -> bytes:
    """A form workbook (`good`) after 1..3 edits of its zip parts or their XML: parts dropped
    or swapped, cells moved far away or given odd types and values, rows padded with empty
    cells, entities, huge tokens, an unzipped size far past any form's; or its bytes damaged."""
    import zipfile

    with zipfile.ZipFile(io.BytesIO(good)) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    sheet = "xl/worksheets/sheet1.xml"
    raw_edits = []
    for _ in range(draw(st.integers(1, 3))):
        op = draw(st.sampled_from(["drop", "cell_ref", "row_ref", "type", "value", "value", "pad", "far",
                                   "token", "bomb", "doctype", "unclose", "encoding", "swap", "shared_index",
                                   "no_ref", "dup", "truncate", "flip"]))
        xml = parts.get(sheet, b"").decode("utf-8", "replace")
        refs = re.findall(r'<c r="([A-Z]+[0-9]+)"', xml)
        if op == "drop":
            parts.pop(draw(st.sampled_from(WORKBOOK_PARTS)), None)
        elif op == "cell_ref" and refs:
            old = draw(st.sampled_from(refs))
            xml = xml.replace(f'r="{old}"', f'r="{draw(st.sampled_from(CELL_REFS))}"', 1)
        elif op == "row_ref":
            xml = re.sub(r'<row r="[0-9]+"', f'<row r="{draw(st.sampled_from(ROW_NUMBERS))}"', xml, count=1)
        elif op == "type" and refs:
            old = draw(st.sampled_from(refs))
            xml = re.sub(rf'<c r="{old}"( t="[^"]*")?', f'<c r="{old}" t="{draw(st.sampled_from(CELL_TYPES))}"', xml,
                         count=1)
        elif op == "value":
            values = re.findall(r"<v>([^<]*)</v>", xml)
            if values:
                old = draw(st.sampled_from(values))
                xml = xml.replace(f"<v>{old}</v>", f"<v>{draw(st.sampled_from(CELL_VALUES_XML))}</v>", 1)
        elif op == "pad":
            from jdscore.tabular import column_letter

            empty = "".join(f'<c r="{column_letter(c)}{{r}}" s="0"/>' for c in range(30, 2030))
            xml = re.sub(r'<row r="([0-9]+)"([^>]*)>', lambda m: f'<row r="{m[1]}"{m[2]}>' + empty.replace("{r}", m[1]),
                         xml, count=draw(st.integers(1, 20)))
        elif op == "far":
            row = draw(st.sampled_from([100_001, 1_000_000, 1_048_576]))
            xml = xml.replace("</sheetData>", f'<row r="{row}"><c r="A{row}" t="inlineStr"><is><t>甲</t></is></c>'
                                              f'<c r="B{row}"><v>1</v></c></row></sheetData>')
        elif op == "token":
            where = draw(st.sampled_from(["text", "comment", "attribute"]))
            if where == "text":
                xml = xml.replace("</sheetData>", f'<row r="999"><c r="A999" t="inlineStr"><is><t>{"x" * BIG_TOKEN}'
                                                  '</t></is></c></row></sheetData>')
            elif where == "comment":
                xml = xml.replace("</sheetData>", "</sheetData><!--" + "-" * BIG_TOKEN + "-->")
            else:
                xml = xml.replace("<sheetData>", f'<sheetData x="{"1" * BIG_TOKEN}">')
        elif op == "bomb":
            parts[draw(st.sampled_from(["xl/worksheets/sheet2.xml", "xl/media/x.xml", "customXml/item1.xml"]))] = \
                _bomb_part()
        elif op == "doctype":
            xml = re.sub(r"^(<\?xml[^>]*\?>)?", lambda m: (m[0] or "") + '<!DOCTYPE x [<!ENTITY a "甲甲甲甲">'
                         '<!ENTITY b "&a;&a;&a;&a;&a;&a;"><!ENTITY s SYSTEM "file:///etc/passwd">]>', xml, count=1)
            xml = xml.replace("<v>", "<v>&b;", 1)
        elif op == "unclose":
            xml = xml.replace(draw(st.sampled_from(["</row>", "</c>", "</sheetData>", "</worksheet>", ">"])), "", 1)
        elif op == "encoding":
            xml = re.sub(r'encoding="[^"]*"', f'encoding="{draw(st.sampled_from(["UTF-16", "bogus", "GBK"]))}"', xml,
                         count=1)
        elif op == "swap" and sheet in parts and "xl/sharedStrings.xml" in parts:
            parts[sheet], parts["xl/sharedStrings.xml"] = parts["xl/sharedStrings.xml"], parts[sheet]
            continue
        elif op == "shared_index":
            xml = re.sub(r'(<c r="[A-Z]+[0-9]+"[^>]*t="s"[^>]*>)<v>[0-9]+</v>',
                         lambda m: m[1] + f"<v>{draw(st.sampled_from(['99999', '-1', '1.5', '']))}</v>", xml, count=1)
        elif op == "no_ref":
            xml = re.sub(r'<c r="[A-Z]+[0-9]+"', "<c", xml, count=draw(st.integers(1, 5)))
        elif op == "dup":
            xml = re.sub(r"(<row [^>]*>.*?</row>)", lambda m: m[1] * 3, xml, count=1, flags=re.S)
        elif op in ("truncate", "flip"):
            raw_edits.append(op)
            continue
        if sheet in parts:
            parts[sheet] = xml.encode("utf-8")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    data = out.getvalue()
    for op in raw_edits:
        if not data:
            break
        at = draw(st.integers(0, 10**6)) % len(data)
        if op == "truncate":
            data = data[:at]
        else:
            data = data[:at] + draw(st.binary(min_size=1, max_size=16)) + data[at + 16:]
    return data or b"PK"
