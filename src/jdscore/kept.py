"""What jdscore keeps between runs to start quickly: files in the system's temporary folder.

Beside Lark's own cache (which Lark reads with `pickle` too), so a read-only install keeps
its hits. Each file's name carries a tag of everything its content depends on (the
grammar, Python's version, a library's build), so a changed input is a new file, never a
stale hit. These files are jdscore's own, never anything from a rubric or a facts file: a
file is read only when it is a regular file (not a link) belonging to the current user,
whom it cannot give any power they lack; one that is missing or does not load is made anew
and written atomically; a full or read-only temporary folder costs only the time.
`tests/test_safety.py` holds that the loads below are the only ones in jdscore.
"""

from __future__ import annotations

import gc
import hashlib
import marshal
import os
import pickle
import stat
import tempfile
from pathlib import Path

MAX_KEPT_BYTES = 64 * 1024 * 1024


def kept_path(name: str) -> Path:
    return Path(tempfile.gettempdir()) / name


def tag(*parts: object) -> str:
    """A short tag of `parts`, for a file name."""
    return hashlib.sha256("\x00".join(map(str, parts)).encode("utf-8", "surrogatepass")).hexdigest()[:16]


def read_kept(path: Path) -> bytes | None:
    """The file's bytes, or None: missing, a link, not a regular file, too large, or not the
    current user's."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return None
    try:
        status = os.fstat(fd)
        if not stat.S_ISREG(status.st_mode) or status.st_uid != os.getuid() or status.st_size > MAX_KEPT_BYTES:
            return None
        with os.fdopen(os.dup(fd), "rb") as file:
            return file.read(MAX_KEPT_BYTES + 1)
    except OSError:
        return None
    finally:
        os.close(fd)


def keep(path: Path, data: bytes) -> None:
    from .output import atomic_write

    try:
        atomic_write(path, data)
    except OSError:  # a full or read-only temporary folder: made again next time
        pass


def load_pickled(path: Path):
    """The object pickled in the file, or None."""
    data = read_kept(path)
    if data is None:
        return None
    collecting = gc.isenabled()
    gc.disable()  # tens of thousands of objects, none garbage: collections during the load tripled it
    try:
        return pickle.loads(data)
    except Exception:  # noqa: BLE001 - damaged, or of another version of a library: made anew
        return None
    finally:
        if collecting:
            gc.enable()


class KeptTable:
    """A table (a dict of marshal's values) kept in one file: read when made, written by
    `save` when it grew; a file that does not read is an empty table."""

    def __init__(self, path: Path):
        self.path = path
        self.new = False
        try:
            entries = marshal.loads(read_kept(path) or marshal.dumps({}))
            self.entries: dict = entries if isinstance(entries, dict) else {}
        except (ValueError, EOFError, TypeError):
            self.entries = {}

    def add(self, key, value) -> None:
        self.entries[key] = value
        self.new = True

    def save(self) -> None:
        if self.new:
            keep(self.path, marshal.dumps(self.entries))


class LazyTable(KeptTable):
    """A table of many large entries (compiled programs, code) of which a run needs a few:
    the file holds an index, then each value in `marshal`'s format, and a value is read
    when asked for. Loading all 250 programs of a grown table took 9 ms of every start."""

    MAGIC = b"jdsk"

    def __init__(self, path: Path):
        self.path = path
        self.new = False
        self.added: dict = {}
        self.index: dict = {}
        self.blob = memoryview(b"")
        data = read_kept(path) or b""
        if data[:4] != self.MAGIC:
            return
        try:
            size = int.from_bytes(data[4:12], "little")
            index = marshal.loads(data[12:12 + size])
        except (ValueError, EOFError, TypeError):
            return
        if isinstance(index, dict):
            self.index, self.blob = index, memoryview(data)[12 + size:]

    def get(self, key):
        """The value kept for `key`, or None (never kept, or damaged)."""
        if key in self.added:
            return self.added[key]
        where = self.index.get(key)
        try:
            start, size = where
            return marshal.loads(self.blob[start:start + size])
        except (TypeError, ValueError, EOFError):
            return None

    def add(self, key, value) -> None:
        self.added[key] = value
        self.new = True

    def save(self) -> None:
        if not self.new:
            return
        parts, index, offset = [], {}, 0
        values = [(key, self.blob[start:start + size]) for key, (start, size) in self.index.items()
                  if key not in self.added]
        values += [(key, marshal.dumps(value)) for key, value in self.added.items()]
        for key, value in values:
            parts.append(value)
            index[key] = (offset, len(value))
            offset += len(value)
        head = marshal.dumps(index)
        keep(self.path, self.MAGIC + len(head).to_bytes(8, "little") + head + b"".join(parts))
