"""A redline: the official table of the new version, with what changed from the old one
marked where a reader looks for it (`render NEW --compare OLD`).

The pairs are the ones `jdscore diff` finds (items by structure and title, lines by their
facts, then their sentence): a changed cell shows the old text struck through and the new
underlined, character by character; an added row is underlined whole; a removed line or
item comes back struck through, after the row its predecessor became.
"""

from __future__ import annotations

import difflib

from ..diff import RubricDiff
from .official import COLUMNS, CONTENT, Cell, OfficialTable, _h, build_table, page_start, table_html
from .official import _CSS as TABLE_CSS

Segments = list[tuple[str, str | None]]


def char_diff(old: str, new: str) -> Segments:
    if old == new:
        return [(new, None)]
    out: Segments = []
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            out.append((new[j1:j2], None))
            continue
        if i2 > i1:
            out.append((old[i1:i2], "del"))
        if j2 > j1:
            out.append((new[j1:j2], "ins"))
    return out


def redline(result: RubricDiff, old_diagnostics, new_diagnostics) -> tuple[OfficialTable, list[list[Segments]]]:
    """The new table with the old one's removed rows put back, and each cell's marks."""
    old_table = build_table(result.old, old_diagnostics)
    new_table = build_table(result.new, new_diagnostics)
    entry_of_old = {id(e.node): e for e in result.old_entries}
    entry_of_new = {id(e.node): e for e in result.new_entries}
    matcher = result.matcher

    def row_key(nodes) -> int:
        groups, line = nodes
        return id(line) if line is not None else id(groups[-1])

    old_row_of = {row_key(n): r for r, n in enumerate(old_table.nodes)}
    counterpart: dict[int, int] = {}  # new row -> old row
    for r, nodes in enumerate(new_table.nodes):
        entry = entry_of_new.get(row_key(nodes))
        old = matcher.backward.get(id(entry)) if entry is not None else None
        if old is not None and id(old.node) in old_row_of:
            counterpart[r] = old_row_of[id(old.node)]
    used = set(counterpart.values())
    rows: list[list[Cell]] = []
    marks: list[list[Segments]] = []
    placed: set[int] = set()

    def put_removed_after(old_r: int) -> None:
        """Old rows after `old_r` that have no counterpart, struck through."""
        k = old_r + 1
        while k < len(old_table.rows) and k not in used and k not in placed:
            placed.add(k)
            rows.append([Cell(c.text, _kept_owner(old_table, k, col, new_table, matcher, entry_of_old))
                         for col, c in enumerate(old_table.rows[k])])
            marks.append([_removed_cell(old_table, k, col, new_table, matcher, entry_of_old)
                          for col in range(len(COLUMNS))])
            k += 1

    if 0 not in used:
        put_removed_after(-1)
    for r, row in enumerate(new_table.rows):
        rows.append(row)
        old_r = counterpart.get(r)
        if old_r is None:
            marks.append([[(c.text, "ins")] if c.text and not _shared(new_table, r, col, counterpart)
                          else [(c.text, None)] for col, c in enumerate(row)])
            continue
        marks.append([char_diff(old_table.rows[old_r][col].text, c.text) for col, c in enumerate(row)])
        put_removed_after(old_r)
    for k in range(len(old_table.rows)):  # removed rows whose neighbours all went too
        if k not in used and k not in placed:
            put_removed_after(k - 1)
    merged = OfficialTable(new_table.title, new_table.facts_line, rows, new_table.total, new_table.full_marks,
                           new_table.checks, new_table.balanced, new_table.notes, [])
    return merged, marks


def _shared(table: OfficialTable, r: int, col: int, counterpart: dict[int, int]) -> bool:
    """A merged cell of an added row that an old row shares (its group was there before)."""
    owner = table.rows[r][col].owner
    if owner is None:
        return False
    return any(table.rows[k][col].owner == owner for k in counterpart)


def _kept_owner(old_table, k, col, new_table, matcher, entry_of_old):
    """A removed row stays inside the merged cells of its item when the item remains (its
    title, 分值, 责任单位 …); only its own sentence is struck through."""
    groups, _ = old_table.nodes[k]
    cell = old_table.rows[k][col]
    if col == CONTENT or cell.owner is None or not groups:
        return None
    group = groups[min(cell.owner[1], len(groups) - 1)] if cell.owner[0] == "group" else groups[-1]
    entry = entry_of_old.get(id(group))
    new = matcher.forward.get(id(entry)) if entry is not None else None
    if new is None:
        return None
    for r, (new_groups, _) in enumerate(new_table.nodes):
        if new.node in new_groups and new_table.rows[r][col].text == cell.text:
            return new_table.rows[r][col].owner
    return None


def _removed_cell(old_table, k, col, new_table, matcher, entry_of_old) -> Segments:
    text = old_table.rows[k][col].text
    if _kept_owner(old_table, k, col, new_table, matcher, entry_of_old) is not None:
        return [(text, None)]
    return [(text, "del")] if text else [("", None)]


# ----------------------------------------------------------------------------- HTML

_CSS = """
ins { text-decoration: underline; color: #0645ad; background: #eef4ff; }
del { text-decoration: line-through; color: #b00000; background: #fff0f0; }
""".strip()


def to_html(table: OfficialTable, marks: list[list[Segments]], header: list[str]) -> str:
    title = (table.title or "考评细则") + " 修订对照"
    out = page_start(table, title, f"{TABLE_CSS}\n{_CSS}", "删除的文字加删除线,新增的文字加下划线。")
    out += table_html(table, lambda r, c: segments_html(marks[r][c]))
    if header:
        out.append('<section class="notes"><p><b>表头的变化:</b></p><ul>')
        out.extend(f"<li>{_h(line)}</li>" for line in header)
        out.append("</ul></section>")
    out += ["</body>", "</html>"]
    return "\n".join(out) + "\n"


def segments_html(parts: Segments) -> str:
    out = []
    for text, mark in parts:
        if not text:
            continue
        escaped = _h(text)
        out.append(f"<{mark}>{escaped}</{mark}>" if mark else escaped)
    return "".join(out)


def header_lines(result: RubricDiff) -> list[str]:
    return [f"{c.label}: {c.text}" for c in result.header]

