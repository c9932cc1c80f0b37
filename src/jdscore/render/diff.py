"""`jdscore diff` as text, Markdown or JSON; every format is built from the same records
(`RubricDiff`, `Impact` and their `to_dict`)."""

from __future__ import annotations

import json
from decimal import Decimal

from rich.cells import cell_len

from ..diff import KINDS, ItemDiff, RubricDiff
from ..impact import Impact
from ..numerals import plain
from .official import md_escape

_MARK = {"added": "+", "removed": "-", "changed": "~"}


def signed(value: Decimal) -> str:
    return ("+" if value > 0 else "") + plain(value)


def _title(rubric) -> str:
    return (rubric.title or "(未命名细则)") + (f"({rubric.year}年度)" if rubric.year else "")


def summary_text(diff: RubricDiff) -> str:
    counts = diff.counts()
    if not counts:
        return "没有变化"
    return " · ".join(f"{KINDS[k]} {n}" for k, n in counts.items())


def _item_heading(item: ItemDiff) -> str:
    entry = item.entry
    text = f"{_MARK[item.status]} {entry.path}"
    node = entry.node
    if entry.is_group and node.points is not None:
        text += f"({plain(node.points)}分)"
    return text


def _item_body(item: ItemDiff) -> list[str]:
    lines = []
    if item.status == "changed":
        if not item.is_group and item.old.node.text != item.new.node.text:
            lines.append(f"原文: {item.old.node.text}")
            lines.append(f"新文: {item.new.node.text}")
        lines += [c.text for c in item.changes]
    else:
        lines += item.contents or ["(下级条目都是从别处移来的,见各自的“位置”)"]
    return lines


def _table(rows: list[list[str]], indent: str = "  ") -> list[str]:
    widths = [max(cell_len(r[c]) for r in rows) for c in range(len(rows[0]))]
    out = []
    for row in rows:
        cells = [cell + " " * (widths[c] - cell_len(cell)) for c, cell in enumerate(row)]
        out.append((indent + "  ".join(cells)).rstrip())
    return out


def _fact_lines(impact: Impact) -> list[tuple[str, str]]:
    f = impact.facts
    out = []
    if f.renamed:
        out.append(("改名(按原值计分)", ";".join(f"{o} → {n}" for o, n in f.renamed.items())))
    if f.no_longer_read:
        out.append(("新细则不再读取", "、".join(f.no_longer_read)))
    if f.lacking_new:
        out.append(("新细则需要而事实文件没有(按缺报计分)", "、".join(f.lacking_new)))
    if f.lacking_old:
        out.append(("旧细则需要而事实文件没有(按缺报计分)", "、".join(f.lacking_old)))
    if f.not_read_by_old:
        out.append(("只有新细则读取", "、".join(f.not_read_by_old)))
    if f.unknown:
        out.append(("两个细则都不读取", "、".join(f.unknown)))
    for name, a, b in f.kind_changed:
        out.append(("类型改变", f"{name}: {a} → {b}"))
    return out


def _cause_kinds(cause) -> str:
    return "、".join(dict.fromkeys(c.label for c in cause.changes))


def _unit_rows(impact: Impact) -> list[list[str]]:
    rows = [["单位", "原总分", "新总分", "变化", "原等级", "新等级", "原名次", "新名次"]]
    for u in impact.units:
        name = u.name + ("*" if u.lacking_new or u.lacking_old else "")
        rows.append([name, plain(u.old.total), plain(u.new.total), signed(u.delta),
                     u.old.grade or "", u.new.grade or "", str(u.old.rank), str(u.new.rank)])
    return rows


def to_text(diff: RubricDiff, impact: Impact | None = None) -> str:
    out = [f"细则变化: {diff.old_name} → {diff.new_name}",
           f"  旧: {_title(diff.old)}",
           f"  新: {_title(diff.new)}",
           f"概要: {summary_text(diff)}"]
    if diff.header:
        out += ["", "表头"]
        out += [f"  · {c.text}" for c in diff.header]
    if diff.items:
        out += ["", "条目"]
        for item in diff.items:
            out.append(f"  {_item_heading(item)}")
            out += [f"      {line}" for line in _item_body(item)]
    if impact is not None:
        facts = _fact_lines(impact)
        if facts:
            out += ["", "事实"]
            out += [f"  {label}: {text}" for label, text in facts]
        out += ["", f"各单位得分变化(事实文件 {impact.facts_name},按变化大小排序)"]
        out += _table(_unit_rows(impact))
        for u in impact.units:
            if not u.causes and not (u.old.veto or u.new.veto):
                continue
            out.append(f"  {u.name} {signed(u.delta)}:")
            for cause in u.causes:
                kinds = _cause_kinds(cause)
                out.append(f"    · {cause.item}  {plain(cause.old)} → {plain(cause.new)}({signed(cause.delta)})"
                           + (f"  [{kinds}]" if kinds else ""))
            if (u.old.veto is None) != (u.new.veto is None):
                out.append(f"    · 一票否决: {u.old.veto.title if u.old.veto else '无'} → "
                           f"{u.new.veto.title if u.new.veto else '无'}")
        if any(u.lacking_new or u.lacking_old for u in impact.units):
            out.append("  * 有事实按缺报计分,见上面“事实”一节")
    return "\n".join(out) + "\n"


def to_markdown(diff: RubricDiff, impact: Impact | None = None) -> str:
    e = md_escape
    out = [f"# 细则变化: {e(_title(diff.old))} → {e(_title(diff.new))}", "",
           f"- 旧: `{diff.old_name}`", f"- 新: `{diff.new_name}`", f"- 概要: {e(summary_text(diff))}", ""]
    if diff.header:
        out += ["## 表头", ""] + [f"- {e(c.text)}" for c in diff.header] + [""]
    if diff.items:
        out += ["## 条目", ""]
        for item in diff.items:
            out.append(f"### {e(_item_heading(item))}")
            out.append("")
            out += [f"- {e(line)}" for line in _item_body(item)]
            out.append("")
    if impact is not None:
        facts = _fact_lines(impact)
        if facts:
            out += ["## 事实", ""] + [f"- {e(label)}: {e(text)}" for label, text in facts] + [""]
        out += ["## 各单位得分变化", "", f"事实文件 `{impact.facts_name}`,按变化大小排序。", ""]
        rows = _unit_rows(impact)
        rows[0].append("主要原因")
        for row, u in zip(rows[1:], impact.units):
            row.append(";".join(f"{c.item} {signed(c.delta)}" for c in u.causes[:3]))
        out.append("| " + " | ".join(rows[0]) + " |")
        out.append("|" + "|".join(["---"] * len(rows[0])) + "|")
        for row in rows[1:]:
            out.append("| " + " | ".join(e(c) for c in row) + " |")
        out.append("")
        if any(u.lacking_new or u.lacking_old for u in impact.units):
            out += ["\\* 有事实按缺报计分,见“事实”一节。", ""]
    return "\n".join(out).rstrip("\n") + "\n"


def to_json(diff: RubricDiff, impact: Impact | None = None) -> str:
    data = diff.to_dict()
    if impact is not None:
        data["impact"] = impact.to_dict()
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
