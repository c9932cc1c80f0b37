"""The item tree of a document, read off its layout: a table's columns and merged cells,
or the numbering of its paragraphs (第三条, 一、, (一); 1、 numbers the sentences of an item).

Nothing here decides whether a sentence can be read: that is the language's business
(`importer/__init__.py` asks the pipeline). This module only says which sentence belongs
to which item, with which points and which 责任单位/协助单位/考评方法.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ..numerals import parse_number
from . import layout as L
from .draft import HEADER_WORDS, Draft, Group, Line, Role
from .readers import Cell, Document, Paragraph, Table


def structure(doc: Document) -> Draft:
    draft = Draft(doc.name)
    doc = Document(doc.name, _text_tables(doc.blocks))
    tables = [b for b in doc.blocks if isinstance(b, Table) and _header(b) is not None]
    paragraphs = [b.text for b in doc.blocks if isinstance(b, Paragraph)]
    _header_facts(draft, paragraphs)
    if tables:
        for table in tables:
            _table(draft, table)
        outside = [b.text for b in doc.blocks if isinstance(b, Paragraph)]
        _notes(draft, outside[1:] if outside and outside[0] == draft.title else outside)
    else:
        texts = _paragraph_texts(doc)
        _paragraphs(draft, texts)
        _named_parts(draft, texts)
    return draft


def _named_parts(draft: Draft, texts: list[str]) -> None:
    """The parts a document names before it details them (分五个部分:A、B、C、D和E) are its
    top-level items: a part the text never details stays an item without points or lines,
    so the writer sees what the document leaves out."""
    for text in texts:
        found = L.PARTS.search(text)
        if not found:
            continue
        names = [_title(n) for n in L.PART_SEPARATOR.split(found.group("names")) if n.strip()]
        if len(names) != int(parse_number(found.group("count"))[0]) or len(names) < 2:
            continue
        top = [g for g in draft.root.children if isinstance(g, Group)]
        given = {g.title for g in top}
        if not given & set(names):
            continue  # the parts are not this document's items
        level = top[0].level if top else L.DEPTH_LEVELS[0]
        draft.root.children.extend(Group(n, None, level) for n in names if n not in given)
        return


def _paragraph_texts(doc: Document) -> list[str]:
    """Paragraphs, and the cells of tables without a recognised header, as paragraphs."""
    out: list[str] = []
    for block in doc.blocks:
        if isinstance(block, Paragraph):
            out.append(block.text)
        else:
            seen = set()
            for row in block.rows:
                for cell in row:
                    if cell.text and cell.key not in seen:
                        seen.add(cell.key)
                        out.extend(t.strip() for t in cell.text.split("\n") if t.strip())
    return out


def _text_tables(blocks: list[Paragraph | Table]) -> list[Paragraph | Table]:
    """A table pasted as text, one cell a line, under its column headers one a line (序号 /
    考核项目 / 考核内容 / 考核分 / 考评方法 …), back as a table: each lone number starts a row,
    a title cell, content lines up to the points cell, then the method cell. A row without a
    number (a page break) continues the item above. Rows go in the order of their numbers."""
    out: list[Paragraph | Table] = []
    i = 0
    while i < len(blocks):
        run = 0
        while i + run < len(blocks) and isinstance(blocks[i + run], Paragraph) and \
                _compact(blocks[i + run].text) in L.COLUMN_HEADERS:
            run += 1
        headers = [_compact(b.text) for b in blocks[i:i + run]]
        roles = [L.COLUMN_HEADERS[h] for h in headers]
        if run < 3 or L.ROW_NUMBER not in headers or L.Column.CONTENT not in roles:
            out.append(blocks[i])
            i += 1
            continue
        end = i + run
        while end < len(blocks) and isinstance(blocks[end], Paragraph):
            end += 1
        out.append(_text_table(headers, roles, [b.text.strip() for b in blocks[i + run:end]], len(out)))
        i = end
    return out


def _text_table(headers: list[str], roles: list[L.Column], lines: list[str], index: int) -> Table:
    at = {role: c for c, role in reversed(list(enumerate(roles)))}
    number_col, group_col = headers.index(L.ROW_NUMBER), at.get(L.Column.GROUP)
    content = at[L.Column.CONTENT]
    rows: list[dict] = []  # {col: [lines]}, with "number" and "step"
    for line in lines:
        row = rows[-1] if rows else None
        if L.LONE_NUMBER.match(line):
            rows.append({"number": int(line), "step": "title" if group_col is not None else "content",
                         number_col: [line]})
        elif row is None or L.FORM_FIELD.match(_compact(line)):
            continue  # before the first row, or a blank field of the form (考核小组:)
        elif row["step"] == "title":
            row[group_col], row["step"] = [line], "content"
        elif row["step"] == "content" and L.POINTS_CELL.match(_compact(line)) and L.Column.POINTS in at:
            row[at[L.Column.POINTS]] = [line]
            row["step"] = "method" if L.Column.METHOD in at else "done"
        elif row["step"] == "method":
            row[at[L.Column.METHOD]], row["step"] = [line], "done"
        elif row["step"] == "done":  # more after the row's last cell: the item goes on
            rows.append({"number": row["number"], "step": "content", "after": True,
                         at[L.Column.CONTENT]: [line]})
        else:
            row.setdefault(at[L.Column.CONTENT], []).append(line)
    order = sorted(range(len(rows)), key=lambda r: (rows[r]["number"], r))
    table = [[Cell(h, (index, 0, c)) for c, h in enumerate(headers)]]
    owner: dict[int, int] = {}  # row number -> table row of its first line (merged cells)
    for r in order:
        row, out = rows[r], []
        first = owner.setdefault(row["number"], len(table))
        for c in range(len(headers)):
            merged = row.get("after") and c in (number_col, group_col)
            key = (index, first, c) if merged else (index, len(table), c)
            text = table[first][c].text if merged else "\n".join(_cell_lines(row.get(c, []), c == content))
            out.append(Cell(text, key))
        table.append(out)
    return Table(table)


def _cell_lines(lines: list[str], is_content: bool) -> list[str]:
    """The lines of a content cell pasted as text are its numbered sentences (1、…(1分)):
    their numbers go, as in a paragraph; a cell without points is kept whole."""
    if not is_content or not has_points("".join(lines)):
        return lines
    return [L.SENTENCE_NUMBER.sub("", line, count=1) if L.SENTENCE_NUMBER.match(line) else line
            for line in lines]


# ---------------------------------------------------------------------------- header

def _compact(text: str) -> str:
    return "".join(text.split())


def _header_facts(draft: Draft, paragraphs: list[str]) -> None:
    heads = [_without_headers(t) for t in paragraphs[:5]]
    twice = [t for k, t in enumerate(heads) if t in heads[:k]]
    for text in twice[:1] + paragraphs[:3]:  # a title printed twice is the title (a scrape's page title before it)
        if any(word in text for word in L.TITLE_WORDS) and len(text) <= 60:
            draft.title = _bare_title(text)
            break
    if not draft.title and paragraphs and len(paragraphs[0]) <= 60:
        draft.title = _bare_title(paragraphs[0])
    year = L.YEAR.search(draft.title)
    if year:
        draft.year = year.group(1)
    for text in paragraphs:
        if not draft.subject:
            subject = L.SUBJECT.search(text)
            if subject:
                draft.subject = subject.group("who").strip()
        if draft.full_marks is None:
            for pattern in L.FULL_MARKS:
                found = pattern.search(text)
                if found:
                    draft.full_marks = Decimal(found.group(1))
                    draft.stated.add(text)
                    break
        if not draft.year and text != draft.title and len(text) <= 40:
            year = L.YEAR.search(text)
            if year and "度" in text[year.end():year.end() + 1]:
                draft.year = year.group(1)


def _notes(draft: Draft, paragraphs: list[str]) -> None:
    """The lines `render` writes below its table (总分, 精度, 等级, 指标) back into the header."""
    for text in paragraphs:
        note = L.NOTE_LINE.match(text)
        if not note:
            continue
        kind, body = L.NOTE_LABELS[note.group("label")], note.group("text").strip()
        if kind == "bands":
            parts = [p.split(":", 1) for p in re.split(r"[;；](?=[^;；:：]{1,8}[:：])", body)]
            if len(parts) > 1 and all(len(p) == 2 for p in parts):
                # the block form, one grade a line: render writes it as 优秀: 90分以上;良好: …
                lines = [f"{HEADER_WORDS['bands']} {{"] + [f"  {g.strip()}: {c.strip()}" for g, c in parts] + ["}"]
                draft.header_lines.append(("raw", "\n".join(lines)))
            else:
                draft.header_lines.append(("raw", f"{HEADER_WORDS['bands']}: {body}"))
        else:
            draft.header_lines.append((kind, body))


# ----------------------------------------------------------------------------- tables

def _header(table: Table) -> int | None:
    for r, row in enumerate(table.rows[:6]):
        roles = [L.COLUMN_HEADERS.get(_compact(c.text)) for c in row]
        if sum(1 for x in roles if x is not None) >= 2 and any(x is L.Column.CONTENT for x in roles):
            return r
    return None


def _label(text: str) -> tuple[str, Decimal | None, bool, str, Decimal | None, str]:
    """(title, points, added, role, cap, veto grade) of a group cell: 宣传教育(10分),
    毒品\\n预防\\n教育\\n(14分), 无毒创建\\n7分, 加分项(最高加20分)."""
    lines = [t.strip() for t in text.split("\n") if t.strip()]
    joined = "".join(lines) if all(len(t) <= 8 for t in lines) else " ".join(lines)
    if len(lines) > 1 and L.POINTS_ONLY.match(lines[-1]):
        m = L.POINTS_ONLY.match(lines[-1])
        return _title("".join(lines[:-1])), Decimal(m.group(2)), bool(m.group("added")), Role.BASE, None, ""
    for pattern, role in ((L.BONUS_LABEL, Role.BONUS), (L.DEDUCTIONS_LABEL, Role.DEDUCTIONS)):
        m = pattern.match(joined)
        if m and m.group("title") in (L.BONUS_TITLE, L.DEDUCTIONS_TITLE):
            return m.group("title"), None, False, role, Decimal(m.group(2)), ""
    m = L.VETO_LABEL.match(joined)
    if m and m.group("title") == L.VETO_TITLE:
        return m.group("title"), None, False, Role.VETO, None, m.group("grade")
    if joined in (L.BONUS_TITLE, L.DEDUCTIONS_TITLE, L.VETO_TITLE):
        role = {L.BONUS_TITLE: Role.BONUS, L.DEDUCTIONS_TITLE: Role.DEDUCTIONS, L.VETO_TITLE: Role.VETO}[joined]
        return joined, None, False, role, None, ""
    m = L.TITLE_POINTS.match(joined)
    if m:
        title = m.group("title") + (f"({m.group('pre')[:-1]})" if m.group("pre") else "")
        return _title(title), Decimal(m.group("points")), bool(m.group("added")), Role.BASE, None, ""
    return _title(joined), None, False, Role.BASE, None, ""


def _title(text: str) -> str:
    return text.strip().rstrip("。.")


def _table(draft: Draft, table: Table) -> None:
    head = _header(table)
    headers = [_compact(c.text) for c in table.rows[head]]
    roles = [L.COLUMN_HEADERS.get(h, L.Column.IGNORED) for h in headers]
    group_cols = [c for c, role in enumerate(roles) if role is L.Column.GROUP]
    content = roles.index(L.Column.CONTENT)
    levels = [L.HEADER_LEVEL.get(headers[c]) for c in group_cols]
    single = len(group_cols) == 1
    stack: list[tuple[tuple, Group]] = []  # (cell key, group) per depth
    row_groups: list[Group | None] = []
    row_lines: list[list[Line]] = []
    meta_cols = {role: c for c, role in enumerate(roles)
                 if role in (L.Column.RESPONSIBLE, L.Column.ASSISTING, L.Column.METHOD)}
    rows = table.rows[head + 1:]
    kept: list[list[Cell]] = []
    for row in rows:
        texts = [_compact(c.text) for c in row]
        if texts == headers:
            continue  # the header repeated on a later page
        if texts and texts[0] == L.TOTAL_ROW:
            break
        kept.append(row)
    for r, row in enumerate(kept):
        path: list[tuple[tuple, str]] = []
        for depth, c in enumerate(group_cols):
            cell = row[c]
            if not cell.text:
                continue
            parts = cell.text.split(L.DEEPER) if c == group_cols[-1] else [cell.text]
            path.extend(((cell.key, k), part) for k, part in enumerate(parts))
        # the groups this row sits in: reuse the open ones while the merged cells agree
        depth = 0
        while depth < len(path) and depth < len(stack) and stack[depth][0] == path[depth][0]:
            depth += 1
        del stack[depth:]
        for key, text in path[depth:]:
            title, points, added, role, cap, grade = _label(text)
            d = len(stack)
            level = (levels[d] if d < len(levels) and levels[d] else
                     (L.PLAIN_LEVEL if single else L.DEPTH_LEVELS[min(d, len(L.DEPTH_LEVELS) - 1)]))
            group = Group(title, points, level, added, role, cap, grade)
            parent = stack[-1][1] if stack else draft.root
            parent.children.append(group)
            stack.append((key, group))
        for _, group in stack:
            group.rows.append(r)
        owner = stack[-1][1] if stack else draft.root
        lines = [Line(s, row=r) for s in split_sentences(row[content].text, in_cell=True)]
        owner.children.extend(lines)
        row_groups.append(owner if stack else None)
        row_lines.append(lines)
    _table_points(kept, roles, row_groups)
    _table_meta(draft, kept, meta_cols, row_lines)


def _table_points(rows, roles, row_groups) -> None:
    """A 分值 column gives points to the item of its rows that states none in its title."""
    if L.Column.POINTS not in roles:
        return
    c = roles.index(L.Column.POINTS)
    for r, group in enumerate(row_groups):
        if group is None or group.points is not None:
            continue
        m = L.POINTS_ONLY.match(_compact(rows[r][c].text)) or re.fullmatch(r"(\d+(?:\.\d+)?)", _compact(rows[r][c].text))
        if m and group.rows[0] == r:
            group.points = Decimal(m.group(m.lastindex))


_META_KEY = {L.Column.RESPONSIBLE: "responsible", L.Column.ASSISTING: "assisting", L.Column.METHOD: "method"}


def _table_meta(draft: Draft, rows, meta_cols, row_lines) -> None:
    """A merged 责任单位 cell belongs to the outermost item whose rows it spans exactly; a
    cell of rows no item spans belongs to the sentences of those rows."""
    by_rows: dict[tuple[int, ...], Group] = {}
    for group in draft.groups():
        by_rows.setdefault(tuple(group.rows), group)  # outermost first: groups() is preorder
    for role, c in meta_cols.items():
        runs: dict[tuple, list[int]] = {}
        for r, row in enumerate(rows):
            if row[c].text:
                runs.setdefault(row[c].key, []).append(r)
        for key, members in runs.items():
            text = rows[members[0]][c].text
            group = by_rows.get(tuple(members))
            if group is not None and not any(k == _META_KEY[role] for k, _ in group.meta):
                group.meta.append((_META_KEY[role], text))
                continue
            for r in members:
                for line in row_lines[r]:
                    line.meta.append((_META_KEY[role], text))
    for group in draft.groups():
        order = list(_META_KEY.values())
        group.meta.sort(key=lambda kv: order.index(kv[0]))
    for line in draft.lines():
        order = list(_META_KEY.values())
        line.meta.sort(key=lambda kv: order.index(kv[0]))


def split_sentences(text: str, *, in_cell: bool = False) -> list[str]:
    """The sentences of one cell or paragraph: one a line, and `1、… 2、…` apart with their
    numbers dropped when each numbered piece is a sentence of its own (states points).
    In a table cell a lone number stays: the cell holds the sentence as written."""
    if in_cell and not has_points(text):
        # a cell that states no points is one sentence (what the assessors judge), however
        # many lines it takes
        return ["".join(part.strip() for part in text.split("\n"))] if text.strip() else []
    out: list[str] = []
    for part in text.split("\n"):
        part = part.strip()
        if not part:
            continue
        marks = list(L.SENTENCE_NUMBER.finditer(part))
        if len(marks) == 1 and marks[0].start() == 0 and not in_cell:
            out.append(part[marks[0].end():].strip())
            continue
        pieces = []
        for i, m in enumerate(marks):
            end = marks[i + 1].start() if i + 1 < len(marks) else len(part)
            pieces.append(part[m.end():end].strip().rstrip(";；") if i + 1 < len(marks) else part[m.end():end].strip())
        if len(marks) < 2 or sum(1 for p in pieces if has_points(p)) < 2:
            out.append(part)
            continue
        if marks[0].start() > 0:
            out.append(part[:marks[0].start()].strip())
        out.extend(p for p in pieces if p)
    return [s for s in out if s]


# ------------------------------------------------------------------------ paragraphs

_INLINE_HEADING = re.compile(
    r"(?P<num>" + "|".join(p.pattern for _, p in L.HEADING_NUMBERING) + r")"
    r"(?P<title>[^,，;；。:：()（）]{1,30}?)\s*[(（](?P<added>加)?(?P<points>\d+(?:\.\d+)?)分[)）]")


def _numbering_style(text: str) -> str | None:
    for name, pattern in L.HEADING_NUMBERING:
        if pattern.match(text):
            return name
    return None


def _paragraphs(draft: Draft, texts: list[str]) -> None:
    """Headings are a title with its points (标题(8分)), numbered 第三条/一、/(一) or standing
    alone; each numbering style is one level, in the order the document first uses them.
    Unnumbered headings nest by points: one inside an open heading that has no sentences yet
    and points enough left for it. A document that states no points on any heading has its
    items in its numbering alone: (五)动员社会力量广泛参与。 is then an item.

    A table pasted as text comes one cell a line: a title cell broken into short lines before
    its points cell (毒品/预防/教育/(14分)), and 责任单位/协助单位 cells of units beside each
    sentence (after it, as the columns run, or before the first one)."""
    styles: list[str] = []
    stack: list[tuple[str, Group]] = []  # (style, group)
    pending_number = False
    lone: Decimal | None = None  # a lone number just before: 序号, or the points of a numbered heading
    bare = _bare_title(draft.title)
    texts = [t for t in texts if not (bare and _bare_title(t) == bare)]  # the title, printed again
    numbered_items = not _headings_state_points(texts)
    units: list[str] = []  # a run of unit cells not yet given to a sentence
    last: Line | None = None  # the sentence just before (units after it are its own)

    def open_group(style: str, title: str, points: Decimal | None, added: bool,
                   role: str = Role.BASE, cap: Decimal | None = None) -> Group:
        group = Group(_title(title), points, L.PLAIN_LEVEL, added, role, cap)
        if style == "plain":
            while stack and stack[-1][0] == "plain":
                if _fits(stack[-1][1], group) or _same(stack[-1][1], group) is not None:
                    break
                stack.pop()
            again = _same(stack[-1][1] if stack else draft.root, group)
            if again is not None:  # a table's merged cell printed again on its next page
                stack.append((style, again))
                return again
        else:
            if style not in styles:
                styles.append(style)
            level = styles.index(style)
            while stack and (stack[-1][0] == "plain" or styles.index(stack[-1][0]) >= level):
                stack.pop()
            group.level = L.DEPTH_LEVELS[min(len(stack), 3)]
        (stack[-1][1] if stack else draft.root).children.append(group)
        stack.append((style, group))
        return group

    def give_units(line: Line | None) -> None:
        nonlocal units
        if line is not None and units:
            line.meta.append(("responsible", units[0]))
            if units[1:]:
                line.meta.append(("assisting", "、".join(units[1:])))
            units = []

    i = 0
    while i < len(texts):
        text = texts[i].strip()
        i += 1
        compact, unit = _compact(text), _unit_line(text)
        if not unit and units and last is not None and not last.meta:
            give_units(last)  # the units after a sentence are its own
        if (L.CHAPTER.match(text) and not _INLINE_HEADING.search(text)) or text in draft.stated:
            draft.comments.append(text)  # a chapter's title; the sentence the header was read from
            continue
        if _header_cells(compact) or L.FORM_FIELD.match(compact):
            draft.comments.append(text)  # a table's column headers, a blank field of a form
            continue
        if L.LONE_NUMBER.match(text):
            pending_number = True  # 序号 of a table flattened into lines: a title follows
            lone = Decimal(text)
            continue
        number, lone = lone, None
        cell = _title_cell(texts, i - 1)
        if cell is not None:
            lines, label = cell
            title, points, added, role, cap, _ = _label(label)
            open_group("plain", title, points, added, role, cap)
            i += lines
            pending_number = False
            last = None
            continue
        if unit:
            units.append(text)
            continue
        found = L.POINTS_CELL.match(compact)
        if found:  # points on their own: the open item's, if it has none
            if stack and stack[-1][1].points is None and not found.group("added"):
                stack[-1][1].points = Decimal(found.group(2))
            continue
        standalone = L.TITLE_POINTS.match(text)
        if standalone and not L.SENTENCE_NUMBER.match(text) and 0 < len(standalone.group("title")) <= 80:
            title = standalone.group("title")
            style = _numbering_style(title) or "plain"
            if style != "plain":
                title = _strip_numbering(title)
            pre = standalone.group("pre")
            open_group(style, title + (f"({pre[:-1]})" if pre else ""), Decimal(standalone.group("points")),
                       bool(standalone.group("added")))
            pending_number = False
            last = None
            continue
        heading = _numbered_heading(text) if numbered_items else None
        if heading is not None:
            style, title, rest = heading
            # a lone number before a heading that has its own number is no 序号: its points
            open_group(style, title, number, False)
            if rest:
                texts.insert(i, rest)
            pending_number = False
            last = None
            continue
        if pending_number and _short_title(text):
            open_group("plain", text, None, False)
            pending_number = False
            last = None
            continue
        pending_number = False
        rest = _responsible_notes(text, stack)  # 【该项由…负责】 at the start closes the item before
        while True:  # inline headings: 第三条禁毒工作机制(15分)(一)组织领导(5分)1、…
            m = _INLINE_HEADING.match(rest)
            if not m:
                break
            style = _numbering_style(m.group("num")) or "plain"
            open_group(style, m.group("title"), Decimal(m.group("points")), bool(m.group("added")))
            rest = _responsible_notes(rest[m.end():].strip(), stack)
        inline = _INLINE_HEADING.search(rest)
        if inline and inline.start() > 0:
            texts.insert(i, rest[inline.start():])
            rest = rest[:inline.start()].strip()
        rest = _responsible_notes(rest, stack, anywhere=True)
        if not rest:
            continue
        owner = stack[-1][1] if stack else draft.root
        numbered = bool(L.SENTENCE_NUMBER.match(rest))
        for sentence in split_sentences(rest):
            line = Line(sentence)
            previous = owner.children[-1] if owner.children else None
            # 1、建立完善的禁毒工作领导体制。 then 禁毒工作领导小组组长由…,计1分。 on the next line:
            # a numbered sentence without points continues into the unnumbered one after it
            if isinstance(previous, Line) and previous.row == -2 and not numbered:
                previous.text = previous.text + sentence
                previous.row = -1
                continue
            line.row = -2 if numbered and not has_points(sentence) else -1
            owner.children.append(line)
            give_units(line)  # units before the first sentence, with none before them
            last = line
    if units and last is not None and not last.meta:
        give_units(last)


def _responsible_notes(text: str, stack: list[tuple[str, Group]], anywhere: bool = False) -> str:
    """The text without its 【该项由…负责】 notes (at its start, or anywhere), each given to the
    open item as its 责任单位."""
    while True:
        found = L.RESPONSIBLE_NOTE.search(text)
        if not found or (found.start() > 0 and not anywhere):
            return text
        holder = stack[-1][1] if stack else None
        if holder is not None and ("responsible", found.group("who")) not in holder.meta:
            holder.meta.append(("responsible", found.group("who")))
        text = (text[:found.start()] + text[found.end():]).strip()


def _bare_title(text: str) -> str:
    """A title as a scrape or a file name writes it, bare: [实用参考]…细则.doc → …细则."""
    text = _without_headers(text)
    text = re.sub(r"^(?:\[[^\]]{1,12}\]|【[^】]{1,12}】)", "", text)
    return re.sub(r"\.(?:docx?|pdf|txt|wps|xlsx?)$", "", text, flags=re.I)


def _without_headers(text: str) -> str:
    """A title with its table's column headers run on after it (…细则大项内容小项内容…) without them."""
    text = _compact(text)
    found = _HEADER_RUN.search(text)
    return text[:found.start()] if found and found.start() > 0 else text


def _header_cells(text: str) -> bool:
    """A table's column headers, one a line or run together (大项内容小项内容具体项目具体内容)."""
    text = _compact(text)
    return text in L.COLUMN_HEADERS or bool(_HEADER_RUN.fullmatch(text))


# Two or more column headers run together (longest first: 具体内容 before 内容).
_HEADER_RUN = re.compile("(?:" + "|".join(sorted(map(re.escape, L.COLUMN_HEADERS), key=len, reverse=True))
                         + "){2,}$")


def _headings_state_points(texts: list[str]) -> bool:
    for k, text in enumerate(texts):
        standalone = L.TITLE_POINTS.match(text)
        if standalone and not L.SENTENCE_NUMBER.match(text) and 0 < len(standalone.group("title")) <= 80:
            return True
        if _INLINE_HEADING.search(text) or _title_cell(texts, k) is not None:
            return True
    return False


def _numbered_heading(text: str) -> tuple[str, str, str] | None:
    """(style, title, rest) of a numbered line without points: (五)动员社会力量广泛参与。, or
    一、进一步明确工作职责,(一)禁毒办负责… (the title ends where the next number starts)."""
    style = _numbering_style(text)
    if style is None or has_points(text):
        return None
    body = _strip_numbering(text)
    cut = len(body)
    for name, pattern in L.HEADING_NUMBERING:
        if name != "cn":  # 一、 inside a sentence is too often a word (统一、)
            inner = pattern.search(body, 1)
            if inner:
                cut = min(cut, inner.start())
    end = re.search(r"[。;；!！?？]", body[:cut])
    title_end = end.start() if end else cut
    title = body[:title_end].strip().rstrip(",，、")
    if not title or len(title) > MAX_HEADING:
        return None
    rest = body[cut:] if not end else body[end.end():]
    return style, title, rest.strip()


# A numbered line longer than this is a paragraph, not a heading.
MAX_HEADING = 60


def _title_cell(texts: list[str], k: int) -> tuple[int, str] | None:
    """(lines, label) when texts[k] starts a title cell that a points cell closes:
    毒品/预防/教育/(14分) → 3 more lines, "毒品\n预防\n教育\n(14分)"."""
    lines: list[str] = []
    for j in range(k, min(k + 6, len(texts))):
        line = texts[j].strip()
        if lines and L.POINTS_CELL.match(_compact(line)):
            if len(lines) > 1 and any(len(t) > L.CELL_LINE for t in lines):
                return None
            return len(lines), "\n".join(lines + [_compact(line)])
        if not _cell_title(line):
            return None
        lines.append(line)
    return None


def _cell_title(text: str) -> bool:
    return (0 < len(text) <= 30 and not re.search(r"[,，;；。:：]", text) and not has_points(text)
            and not L.LONE_NUMBER.match(text) and not _unit_line(text) and not _header_cells(text))


def _unit_line(text: str) -> bool:
    """A 责任单位/协助单位 cell: 县禁毒办、禁毒大队、各乡镇、各成员单位."""
    text = _compact(text)
    if not L.UNIT_LINE.match(text):
        return False
    parts = [p for p in re.split(r"[、，,]", text) if p]
    return bool(parts) and all(p.endswith(L.UNIT_ENDINGS) and len(p) <= 12 for p in parts)


def _same(parent: Group, group: Group) -> Group | None:
    """The item of `parent` with the title and points of `group`, if there is one."""
    for child in parent.children:
        if isinstance(child, Group) and (child.title, child.points, child.added, child.role) == \
                (group.title, group.points, group.added, group.role):
            return child
    return None


def _fits(parent: Group, group: Group) -> bool:
    """An unnumbered heading nests in the open one when that has no sentences yet and points
    left for it: an item of 加N分 inside 加分项, a scored item inside a scored one."""
    if any(isinstance(c, Line) and not c.note for c in parent.children) or group.points is None:
        return False
    if parent.role == Role.BONUS:
        if not group.added:
            return False
        room = parent.cap
    elif group.added != parent.added or parent.role != Role.BASE or group.role != Role.BASE:
        return False
    else:
        room = parent.points
    if room is None:
        return False
    used = sum((g.points or Decimal(0)) for g in parent.children if isinstance(g, Group))
    return room - used >= group.points


_POINTS_WORD = re.compile(r"\d\s*分")


def has_points(text: str) -> bool:
    """The text states points (8分, 0.5 分)."""
    return bool(_POINTS_WORD.search(text))


def _short_title(text: str) -> bool:
    return len(text) <= 20 and not re.search(r"[,，;；。:：\d]", text)


def _strip_numbering(text: str) -> str:
    for _, pattern in L.HEADING_NUMBERING:
        m = pattern.match(text)
        if m:
            return text[m.end():]
    return text
