"""The list of checks (`jdscore rules`): a table, one check's explanation, or JSON."""

from __future__ import annotations

import json

from ..checker import RuleInfo


def table(infos: list[RuleInfo]):
    from rich.table import Table

    t = Table(box=None, show_header=True, pad_edge=False)
    for column in ("代码", "名称", "级别", "查什么"):
        t.add_column(column)
    for info in infos:
        t.add_row(info.code, info.name, info.severity.label, info.summary)
    return t


def explanation(info: RuleInfo) -> str:
    return f"{info.code} {info.name} ({info.severity.label})\n\n{info.doc}\n"


def to_json(infos: list[RuleInfo]) -> str:
    return json.dumps([i.to_dict() for i in infos], ensure_ascii=False, indent=2) + "\n"
