"""JSON text exactly as `json.dumps(value, ensure_ascii=False, indent=2)` writes it, faster,
and a value at a time.

The standard library writes indented JSON with its pure-Python encoder (its C encoder is
only used without indent): for a score file of many units that took most of the run. Here
the structure is walked by one small recursive function and every string goes through the
library's own C string encoder, so the text is the same character for character (a test
compares them on every shape the score output holds). `dumps(value, level)` writes a value
that sits `level` levels deep in a larger document, so that a list can be written element
by element.
"""

from __future__ import annotations

import json
from json.encoder import encode_basestring

INDENT = "  "


def dumps(value, level: int = 0) -> str:
    out: list[str] = []
    _encode(value, out, level)
    return "".join(out)


def _encode(value, out: list[str], level: int) -> None:
    if isinstance(value, str):
        out.append(encode_basestring(value))
    elif value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif type(value) is int:
        out.append(int.__repr__(value))
    elif isinstance(value, dict):
        if not value:
            out.append("{}")
            return
        inner = "\n" + INDENT * (level + 1)
        lead = "{" + inner
        for key, item in value.items():
            if type(key) is not str:
                key = _key(key)
            if type(item) is str:  # the common case, without a call of its own
                out.append(lead + encode_basestring(key) + ": " + encode_basestring(item))
            elif item is None:
                out.append(lead + encode_basestring(key) + ": null")
            elif type(item) is int:  # (not a bool, not an IntEnum: those below)
                out.append(lead + encode_basestring(key) + ": " + int.__repr__(item))
            else:
                out.append(lead + encode_basestring(key) + ": ")
                _encode(item, out, level + 1)
            lead = "," + inner
        out.append("\n" + INDENT * level + "}")
    elif isinstance(value, (list, tuple)):
        if not value:
            out.append("[]")
            return
        inner = "\n" + INDENT * (level + 1)
        lead = "[" + inner
        for item in value:
            if type(item) is str:
                out.append(lead + encode_basestring(item))
            else:
                out.append(lead)
                _encode(item, out, level + 1)
            lead = "," + inner
        out.append("\n" + INDENT * level + "]")
    else:  # numbers (and whatever the library refuses, refused the same way)
        out.append(json.dumps(value, ensure_ascii=False))


def _key(key) -> str:
    """A dict key as the library writes it: text as it is, a number or a constant as text."""
    if isinstance(key, str):
        return key
    if key is None or isinstance(key, (bool, int, float)):
        return json.dumps(key)
    raise TypeError(f"keys must be str, int, float, bool or None, not {type(key).__name__}")
