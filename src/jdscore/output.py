"""Writing output files atomically: complete or untouched, never half-written.

The target is what the user named: a symbolic link is followed and the file it points to
is replaced (the link stays); a name that is not a regular file (/dev/null, a pipe, a
folder) is refused, never replaced by one; the new file keeps the old one's permissions,
or gets 0666 less the umask as any new file does.
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path

from .source import file_kind


class NotAFile(OSError):
    """The target exists and is not a regular file (a device, a pipe, a folder)."""

    def __init__(self, path: Path, kind: str):
        super().__init__(f"{path} is a {kind}")
        self.path, self.kind = path, kind


def atomic_write(path: str | Path, data: bytes | Iterable[bytes]) -> None:
    """Write `data` (or its pieces, in order) to a temporary file beside the target, then
    rename it into place."""
    target = Path(os.path.realpath(path))
    mode = _mode_for(target)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            if isinstance(data, (bytes, bytearray)):
                handle.write(data)
            else:
                for piece in data:
                    handle.write(piece)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def _mode_for(target: Path) -> int:
    """The permissions the written file gets; NotAFile when the target may not be replaced."""
    try:
        found = os.stat(target)
    except FileNotFoundError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask
    if not stat.S_ISREG(found.st_mode):
        raise NotAFile(target, file_kind(found.st_mode))
    return stat.S_IMODE(found.st_mode)


def same_file(path: str | Path, others) -> str | None:
    """The first of `others` that is the very file `path` names (through links, hard links
    or another spelling), or None."""
    try:
        mine = os.stat(path)
    except (OSError, ValueError):
        return None
    for other in others:
        try:
            if os.path.samestat(mine, os.stat(other)):
                return str(other)
        except (OSError, ValueError):
            continue
    return None
