"""Source text, spans and the framed excerpt shown under a diagnostic.

Carets are placed by terminal cells, not characters: a Chinese character is two cells
wide, so counting characters (as Lark's own error context does) puts the caret in the
wrong place under Chinese text.
"""

from __future__ import annotations

import gc
import os
import stat
import unicodedata
from bisect import bisect_right
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path

from rich.cells import cell_len

from .records import dataclass
from .diagnostics import Stop, error
from .kept import KeptTable, kept_path, tag

# A rubric or facts file larger than this is refused before parsing: real rubrics are a
# few dozen kilobytes, and an accidental multi-megabyte file should fail clearly.
MAX_SOURCE_BYTES = 8 * 1024 * 1024
# A rubric is parsed with positions kept for every token, about 7 µs and 150 bytes per
# byte of text: 1 MB (some 350,000 characters, ten times the longest real document) takes
# `check` 5-8 s and under 200 MB; 8 MB took over a minute (bench/limits.py).
MAX_RUBRIC_BYTES = 1024 * 1024


class Span:
    """A region of one source file. Lines and columns count from 1, columns in characters.

    A plain class with slots, not a frozen dataclass: a rubric makes tens of thousands of
    spans, and a frozen dataclass's __init__ costs four times as much. Never changed after
    it is made; equal and hashed by its fields."""

    __slots__ = ("file", "line", "column", "end_line", "end_column", "start", "end")

    def __init__(self, file: str, line: int, column: int, end_line: int, end_column: int,
                 start: int = 0, end: int = 0):
        self.file, self.line, self.column = file, line, column
        self.end_line, self.end_column, self.start, self.end = end_line, end_column, start, end

    def _key(self) -> tuple:
        return (self.file, self.line, self.column, self.end_line, self.end_column, self.start, self.end)

    def __eq__(self, other) -> bool:
        return type(other) is type(self) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return (f"{type(self).__name__}(file={self.file!r}, line={self.line}, column={self.column}, "
                f"end_line={self.end_line}, end_column={self.end_column}, start={self.start}, end={self.end})")

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"

    @staticmethod
    def point(file: str, line: int, column: int = 1) -> Span:
        return Span(file, line, column, line, column + 1)

    def to_dict(self) -> dict:
        return {"file": self.file, "line": self.line, "column": self.column,
                "end_line": self.end_line, "end_column": self.end_column}


def unreadable(code: str, message: str, path: str, hint: str = "") -> Stop:
    """A file could not be read at all (missing, unreadable, too large, not UTF-8)."""
    return Stop([error(code, message, None, file=path, hint=hint)])


@dataclass(frozen=True)
class Source:
    """The text of one input, normalised for parsing; spans index into `text`."""

    name: str
    text: str

    @staticmethod
    def read(path: str | Path, *, what: str = "文件", limit: int = MAX_SOURCE_BYTES) -> Source:
        data = read_bytes(path, what=what, limit=limit)
        return Source.from_bytes(str(Path(path)), data, what=what)

    @staticmethod
    def from_bytes(name: str, data: bytes, *, what: str = "文件") -> Source:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = data[: exc.start].count(b"\n") + 1
            raise unreadable(
                "E002",
                f"{name}:{line}: {what}不是 UTF-8 编码(第 {exc.start + 1} 个字节无法解码);"
                "请用 UTF-8 另存该文件",
                name,
            ) from None
        return Source.from_text(name, text)

    @staticmethod
    def from_text(name: str, text: str) -> Source:
        if text.startswith("\ufeff"):
            text = text[1:]
        # CRLF and lone CR become LF so that every span counts lines the same way.
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        return Source(name, text)

    @cached_property
    def lines(self) -> list[str]:
        """The lines, split once: every excerpt reads them (60,000 errors split an 8 MB file
        60,000 times)."""
        return self.text.split("\n")

    def line_text(self, line: int) -> str:
        lines = self.lines
        return lines[line - 1] if 0 < line <= len(lines) else ""

    @cached_property
    def _line_starts(self) -> list[int]:
        starts = [0]
        find = self.text.find
        i = find("\n")
        while i >= 0:
            starts.append(i + 1)
            i = find("\n", i + 1)
        return starts

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset."""
        line = bisect_right(self._line_starts, offset)
        return line, offset - self._line_starts[line - 1] + 1

    def span(self, start: int, end: int) -> Span:
        """The span of text[start:end], with 1-based line and column."""
        line, col = self.position(start)
        end_line, end_col = self.position(end)
        return Span(self.name, line, col, end_line, end_col, start, end)


_SIMPLIFIED: dict[int, str] | None = None
# 扣0.5分∕次: the division slash (and the fraction slash) PDF text gives for a /
_LOOKALIKES = {ord("\u2215"): "/", ord("\u2044"): "/"}
_READ_AS: dict[int, str] | None = None  # the two together


def to_simplified(text: str) -> str:
    """`text` with traditional characters as simplified ones, character for character (the
    same length, so every offset still points at the original): 扣完為止 reads as 扣完为止, and a
    division slash from a PDF (0.5分∕次) as a /.
    The table comes from OpenCC's t2s conversion, one character at a time."""
    global _SIMPLIFIED, _READ_AS
    if text.isascii():
        return text
    if _READ_AS is None:
        _SIMPLIFIED = _simplified_table()
        _READ_AS = {**_SIMPLIFIED, **_LOOKALIKES}
    return text.translate(_READ_AS)


def _simplified_table() -> dict[int, str]:
    """The table, kept between runs (kept.py; converting 27,000 characters took 20 ms of
    every start), for the OpenCC installed now."""
    import importlib.util

    spec = importlib.util.find_spec("opencc")
    try:
        installed = os.stat(spec.origin) if spec is not None and spec.origin else None
    except OSError:
        installed = None
    kept = None
    if installed is not None:
        kept = KeptTable(kept_path(f".jdscore_simplified_{tag(spec.origin, installed.st_mtime_ns, installed.st_size)}"
                                   ".marshal"))
        table = kept.entries
        if table and all(type(k) is int and type(v) is str and len(v) == 1 for k, v in table.items()):
            return table
    import opencc

    convert = opencc.OpenCC("t2s").convert
    chars = [chr(code) for code in range(0x3400, 0xA000)]  # CJK Extension A and the unified ideographs
    # one call for all of them, a line each (no phrase spans a line), unless a line
    # went missing: then one call per character
    converted = convert("\n".join(chars)).split("\n")
    if len(converted) != len(chars):
        converted = [convert(ch) for ch in chars]
    table = {ord(ch): simple for ch, simple in zip(chars, converted) if simple != ch and len(simple) == 1}
    if kept is not None:
        kept.entries, kept.new = table, True
        kept.save()
    return table


class Sources:
    """The texts diagnostics point into, for their excerpts: those given, and any other file
    a diagnostic names, read again on demand (never one that cannot be read)."""

    def __init__(self, *given: Source):
        self._known: dict[str, Source | None] = {s.name: s for s in given}

    def add(self, source: Source) -> None:
        self._known[source.name] = source

    def get(self, name: str) -> Source | None:
        if name not in self._known:
            try:
                self._known[name] = Source.read(name)
            except Stop:
                self._known[name] = None
        return self._known[name]


def excerpt(source: Source, span: Span, *, context: int = 1) -> list[str]:
    """A framed excerpt: the line(s) around `span` and a caret line under it.

    Control characters are shown as visible placeholders so that the caret line still
    lines up with what the terminal prints. Of a long line only EXCERPT_WIDTH characters
    around the spot are shown, with … where it goes on (a line of megabytes was printed
    whole under every diagnostic on it).
    """
    lines = source.lines
    first = max(1, span.line - context)
    width = len(str(min(len(lines), span.line)))
    text = lines[span.line - 1] if 0 < span.line <= len(lines) else ""
    column = max(span.column - 1, 0)
    start = max(0, min(column - EXCERPT_WIDTH // 4, len(text) - EXCERPT_WIDTH))
    out: list[str] = []
    for n in range(first, min(span.line, len(lines)) + 1):
        out.append(f" {str(n).rjust(width)} │ {_visible(_window(lines[n - 1], start))}")
    before = _window(text[:column], start)
    last = span.end_column - 1 if span.end_line == span.line else len(text)
    marked = _visible(text[column: min(max(last, column + 1), start + EXCERPT_WIDTH)])
    carets = "^" * max(cell_len(marked), 1)
    out.append(f" {' ' * width} │ {' ' * cell_len(_visible(before))}{carets}")
    return out


EXCERPT_WIDTH = 160


def _window(line: str, start: int) -> str:
    """`line` from `start`, at most EXCERPT_WIDTH characters, … marking what is left out."""
    if len(line) <= EXCERPT_WIDTH and start == 0:
        return line
    shown = line[start:start + EXCERPT_WIDTH]
    return ("…" if start > 0 and line[:start] else "") + shown + ("…" if len(line) > start + EXCERPT_WIDTH else "")


def printable(text: str) -> str:
    """`text` as a terminal should show it: every character it would act on rather than
    print (an escape sequence, a bidi override, a line break, any other control or format
    character) written out as \\x1b or \\u202e; spaces, full-width ones too, stay."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() or unicodedata.category(ch) == "Zs" else _escaped(ch) for ch in text)


def _escaped(ch: str) -> str:
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def _visible(text: str) -> str:
    return "".join(ch if ch == "\t" or ch.isprintable() else "�" for ch in text).replace("\t", "    ")


def read_bytes(path: str | Path, *, what: str = "文件", limit: int = MAX_SOURCE_BYTES) -> bytes:
    """A regular file's bytes, or a Stop that names it: missing, a directory, a device or a
    pipe (E001), over `limit` (E003). Never more than `limit` + 1 bytes are read, whatever
    the file's size says (/dev/zero's is 0)."""
    p = Path(path)
    fd = open_regular(p, what=what)
    try:
        chunks: list[bytes] = []
        left = limit + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    except OSError as exc:
        raise unreadable("E001", f"无法读取{what} {p}: {exc.strerror}", str(p)) from None
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > limit:
        size = max(len(data), _size(p))
        raise unreadable(
            "E003",
            f"{what} {p} 有 {size // 1024} KB,超过上限 {limit // 1024 // 1024} MB;"
            "请确认选对了文件",
            str(p),
        )
    return data


def open_regular(path: str | Path, *, what: str = "文件") -> int:
    """A descriptor of a regular file opened for reading, or a Stop that names it: missing,
    a directory, a device or a pipe (E001). A pipe is opened without waiting for a writer:
    the kind is judged on the opened file itself, so nothing can swap it in between."""
    p = Path(path)
    shown = str(p).replace("\x00", "\\0")
    try:
        fd = os.open(p, os.O_RDONLY | _NONBLOCK | _BINARY)
    except FileNotFoundError:
        raise unreadable("E001", f"找不到{what} {p}", str(p)) from None
    except IsADirectoryError:
        raise unreadable("E001", f"{p} 是目录,不是{what}", str(p)) from None
    except OSError as exc:
        raise unreadable("E001", f"无法读取{what} {p}: {exc.strerror}", str(p)) from None
    except ValueError:  # a NUL in a path written in a facts file (rubric:): no file has it
        raise unreadable("E001", f"找不到{what} {shown}(路径中有不能出现在文件名里的字符)", shown) from None
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise unreadable("E001", f"{p} 是目录,不是{what}", str(p))
        if not stat.S_ISREG(mode):
            raise unreadable("E001", f"{p} 不是普通文件,而是{file_kind(mode)},不能作为{what}读取", str(p),
                             hint="jdscore 只读普通文件;请给出文件本身的路径")
    except BaseException:
        os.close(fd)
        raise
    return fd


_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_BINARY = getattr(os, "O_BINARY", 0)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except (OSError, ValueError):
        return 0


def file_kind(mode: int) -> str:
    """What a file that is not a regular file is, in words."""
    if stat.S_ISDIR(mode):
        return "目录"
    if stat.S_ISFIFO(mode):
        return "管道"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "设备"
    if stat.S_ISSOCK(mode):
        return "套接字"
    return "特殊文件"


@contextmanager
def collector_paused():
    """For reading a large input: parsing a rubric or a facts file makes hundreds of
    thousands of objects and no garbage cycles, and Python's cycle collector, run again
    and again as they pile up, took 40% of the time of `check` on a 2,000-rule rubric
    and half of composing a 3 MB facts file (bench/bench.py). It runs again afterwards."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
