"""The list of checks (`jdscore rules`): a table, the explanation of any code, or JSON."""

from __future__ import annotations

import json
import textwrap

from ..checker import RuleInfo
from ..diagnostics import CATALOGUE, Severity


def table(infos: list[RuleInfo]):
    from rich.table import Table

    t = Table(box=None, show_header=True, pad_edge=False)
    for column in ("代码", "名称", "级别", "查什么"):
        t.add_column(column)
    for info in infos:
        t.add_row(info.code, info.name, info.severity.label, info.summary)
    return t


def codes_table():
    """Every code of the catalogue: 代码, 级别, 名称 (`jdscore rules --all`)."""
    from rich.table import Table

    t = Table(box=None, show_header=True, pad_edge=False)
    for column in ("代码", "级别", "名称"):
        t.add_column(column)
    for code, entry in sorted(CATALOGUE.items()):
        t.add_row(code, _severity(code).label, entry.title)
    return t


def _severity(code: str) -> Severity:
    return Severity.ERROR if code.startswith("E") else Severity.WARNING


def explanation(code: str, info: RuleInfo | None = None) -> str:
    """What a code means and what to do, with an example; for a check, its docstring too
    (the longer explanation, a bad and a good example)."""
    entry = CATALOGUE[code]
    lines = [f"{code} {entry.title}({_severity(code).label})", entry.english, "",
             f"含义: {entry.meaning}", f"怎么办: {entry.action}"]
    if entry.example:
        lines += ["", "例:", textwrap.indent(entry.example, "    ")]
    if info is not None:
        lines += ["", f"检查 {info.name}:", "", info.doc]
    return "\n".join(lines) + "\n"


def code_dict(code: str, info: RuleInfo | None = None) -> dict:
    entry = CATALOGUE[code]
    described = {"code": code, "name": "", "severity": _severity(code).value, "title": entry.title,
                 "english": entry.english, "meaning": entry.meaning, "action": entry.action,
                 "example": entry.example}
    if info is not None:
        described.update(info.to_dict())
    return described


def to_json(infos: list[RuleInfo]) -> str:
    return json.dumps([code_dict(i.code, i) for i in infos], ensure_ascii=False, indent=2) + "\n"


def codes_json(checks: dict[str, RuleInfo]) -> str:
    return json.dumps([code_dict(code, checks.get(code)) for code in sorted(CATALOGUE)], ensure_ascii=False,
                      indent=2) + "\n"


def code_json(code: str, info: RuleInfo | None) -> str:
    return json.dumps([code_dict(code, info)], ensure_ascii=False, indent=2) + "\n"
