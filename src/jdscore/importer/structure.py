"""The item tree of a document, read off its layout: a table's columns and merged cells,
or the numbering of its paragraphs (第三条, 一、, (一); 1、 numbers the sentences of an item).

Nothing here decides whether a sentence can be read: that is the language's business
(`importer/__init__.py` asks the pipeline). This module only says which sentence belongs
to which item, with which points and which 责任单位/协助单位/考评方法.
"""

from __future__ import annotations

import re
from decimal import Decimal

from . import layout as L
from .draft import HEADER_WORDS, Draft, Group, Line, Role
from .readers import Cell, Document, Paragraph, Table


def structure(doc: Document) -> Draft:
    draft = Draft(doc.name)
    tables = [b for b in doc.blocks if isinstance(b, Table) and _header(b) is not None]
    paragraphs = [b.text for b in doc.blocks if isinstance(b, Paragraph)]
    _header_facts(draft, paragraphs)
    if tables:
        for table in tables:
            _table(draft, table)
        outside = [b.text for b in doc.blocks if isinstance(b, Paragraph)]
        _notes(draft, outside[1:] if outside and outside[0] == draft.title else outside)
    else:
        _paragraphs(draft, _paragraph_texts(doc))
    return draft


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


# ---------------------------------------------------------------------------- header

def _compact(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _header_facts(draft: Draft, paragraphs: list[str]) -> None:
    for text in paragraphs[:3]:
        if any(word in text for word in L.TITLE_WORDS) and len(text) <= 60:
            draft.title = _compact(text)
            break
    if not draft.title and paragraphs and len(paragraphs[0]) <= 60:
        draft.title = _compact(paragraphs[0])
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
        if len(marks) < 2 or sum(1 for p in pieces if _has_points(p)) < 2:
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
    and points enough left for it."""
    styles: list[str] = []
    stack: list[tuple[str, Group]] = []  # (style, group)
    pending_number = False
    texts = [t for t in texts if t != draft.title]

    def open_group(style: str, title: str, points: Decimal | None, added: bool) -> Group:
        if style == "plain":
            while stack and stack[-1][0] == "plain":
                parent = stack[-1][1]
                free = _free_points(parent)
                if not any(isinstance(c, Line) and not c.note for c in parent.children) and \
                        points is not None and free is not None and free >= points:
                    break
                stack.pop()
        else:
            if style not in styles:
                styles.append(style)
            level = styles.index(style)
            while stack and (stack[-1][0] == "plain" or styles.index(stack[-1][0]) >= level):
                stack.pop()
        depth = len(stack)
        group = Group(_title(title), points, L.DEPTH_LEVELS[min(depth, 3)] if style != "plain" else L.PLAIN_LEVEL,
                      added)
        (stack[-1][1] if stack else draft.root).children.append(group)
        stack.append((style, group))
        return group

    i = 0
    while i < len(texts):
        text = texts[i].strip()
        i += 1
        if L.CHAPTER.match(text) and not _INLINE_HEADING.search(text):
            draft.comments.append(text)
            continue
        if L.LONE_NUMBER.match(text):
            pending_number = True  # 序号 of a table flattened into lines: a title follows
            continue
        standalone = L.TITLE_POINTS.match(text)
        if standalone and not L.SENTENCE_NUMBER.match(text) and len(standalone.group("title")) <= 80:
            title = standalone.group("title")
            style = _numbering_style(title) or "plain"
            if style != "plain":
                title = _strip_numbering(title)
            pre = standalone.group("pre")
            open_group(style, title + (f"({pre[:-1]})" if pre else ""), Decimal(standalone.group("points")),
                       bool(standalone.group("added")))
            pending_number = False
            continue
        if i < len(texts) and L.POINTS_ONLY.match(_compact(texts[i])) and _short_title(text):
            m = L.POINTS_ONLY.match(_compact(texts[i]))
            open_group("plain", text, Decimal(m.group(2)), bool(m.group("added")))
            i += 1
            pending_number = False
            continue
        if pending_number and _short_title(text):
            open_group("plain", text, None, False)
            pending_number = False
            continue
        pending_number = False
        if L.POINTS_ONLY.match(_compact(text)):
            if stack and stack[-1][1].points is None:
                stack[-1][1].points = Decimal(L.POINTS_ONLY.match(_compact(text)).group(2))
            continue
        rest = text
        while True:  # inline headings: 第三条禁毒工作机制(15分)(一)组织领导(5分)1、…
            m = _INLINE_HEADING.match(rest)
            if not m:
                break
            style = _numbering_style(m.group("num")) or "plain"
            open_group(style, m.group("title"), Decimal(m.group("points")), bool(m.group("added")))
            rest = rest[m.end():].strip()
        responsible = L.RESPONSIBLE_NOTE.search(rest)
        while responsible:
            holder = stack[-1][1] if stack else None
            if holder is not None and ("responsible", responsible.group("who")) not in holder.meta:
                holder.meta.append(("responsible", responsible.group("who")))
            rest = (rest[:responsible.start()] + rest[responsible.end():]).strip()
            responsible = L.RESPONSIBLE_NOTE.search(rest)
        inline = _INLINE_HEADING.search(rest)
        if inline and inline.start() > 0:
            texts.insert(i, rest[inline.start():])
            rest = rest[:inline.start()].strip()
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
            line.row = -2 if numbered and not _has_points(sentence) else -1
            owner.children.append(line)


_POINTS_WORD = re.compile(r"\d\s*分")


def _has_points(text: str) -> bool:
    return bool(_POINTS_WORD.search(text))


def _short_title(text: str) -> bool:
    return len(text) <= 20 and not re.search(r"[,，;；。:：\d]", text)


def _strip_numbering(text: str) -> str:
    for _, pattern in L.HEADING_NUMBERING:
        m = pattern.match(text)
        if m:
            return text[m.end():]
    return text


def _free_points(group: Group) -> Decimal | None:
    if group.points is None:
        return None
    used = sum((g.points or Decimal(0)) for g in group.children if isinstance(g, Group))
    return group.points - used
