"""`dataclass` as the standard library makes it, with the code it writes kept between runs.

`dataclasses` writes the source of every class's `__init__`, `__eq__`, `__hash__`,
`__repr__` and, for a frozen class, `__setattr__` and `__delattr__`, and compiles each one:
the 120 records a `jdscore check` loads took 60-80 ms of every start, most of it in the
compiler. Here the compiled code of each generated text is remembered in a file beside
the parser's (kept.py), keyed by the text itself: `dataclasses` runs exactly the code it
would have compiled, and a text never seen before (a new field, another Python) is
compiled as usual. Only the `exec` that `dataclasses` calls is given the compiled code
instead of the text, and only while one of jdscore's records is made.
"""

from __future__ import annotations

import atexit
import dataclasses
import sys
from importlib.util import MAGIC_NUMBER
from pathlib import Path

from .kept import LazyTable, kept_path, tag


class _Compiled(LazyTable):
    """Compiled code by the text it was compiled from."""

    def get(self, text: str):
        code = super().get(text)
        if code is None or not hasattr(code, "co_code"):
            # as `exec(text)` in dataclasses compiles it: without this module's __future__
            # annotations, which would leave `__init__`'s annotations as strings
            code = compile(text, "<string>", "exec", dont_inherit=True)
            self.add(text, code)
        return code


_compiled: _Compiled | None = None


def _exec(source, globals=None, locals=None):
    """`exec` as `dataclasses` calls it, with a text's code compiled once."""
    if isinstance(source, str):
        source = _compiled.get(source)
    return exec(source, globals, locals)  # noqa: S102 - the text dataclasses itself would exec


def dataclass(cls=None, /, **options):
    """`dataclasses.dataclass(cls, **options)`, its generated methods compiled once per text."""
    if cls is None:
        return lambda cls: dataclass(cls, **options)
    global _compiled
    if _compiled is None:
        _compiled = _Compiled(kept_path(f".jdscore_records_{tag(sys.version, MAGIC_NUMBER.hex(), 2)}.marshal"))
        atexit.register(_compiled.save)
    dataclasses.exec = _exec  # found before the builtin by the module's own code
    try:
        return dataclasses.dataclass(cls, **options)
    finally:
        vars(dataclasses).pop("exec", None)
