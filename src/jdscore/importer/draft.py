"""The draft rubric an import makes, and its text.

The draft is a tree of groups and sentences, read off the document's layout. Each sentence
is decided once (`Line.facts`, `Line.mode`, or `Line.reason` when the language cannot read
it), and `to_text` writes the whole draft as a `.jd` file in the layout `jdscore fmt` keeps.
"""

from __future__ import annotations

from dataclasses import field
from decimal import Decimal

from ..records import dataclass
from ..numerals import plain

# The words the draft is written in: what the language reads, written out (never matched).
HEADER_WORDS = {"title": "考评", "year": "年度", "subject": "对象", "full_marks": "满分",
                "total": "总分 =", "precision": "精度", "bands": "等级", "metric": "指标"}
META_WORDS = {"responsible": "责任单位", "assisting": "协助单位", "method": "考评方法", "note": "说明"}
BONUS_WORDS, DEDUCTIONS_WORDS, VETO_WORDS = ("加分项", "最高"), ("扣分项", "最多扣"), ("一票否决", "定为")
JUDGED_WORD = "评定"
UNREAD = "# 未读懂: "
OUTSIDE = "# 原文(不在任何项目内): "


class Role:
    BASE, BONUS, DEDUCTIONS, VETO = "base", "bonus", "deductions", "veto"


@dataclass
class Line:
    """One sentence of the document, and what became of it."""

    text: str
    meta: list[tuple[str, str]] = field(default_factory=list)  # the row's own 责任单位 …
    facts: list[str] = field(default_factory=list)  # empty: not a rule line
    judged: bool = False  # 评定: points without a formula, the assessors award them
    reason: str = ""  # why the language cannot read it (a comment in the draft)
    note: bool = False  # text without points: a 说明 of its item, not a scoring sentence
    row: int = -1

    @property
    def is_rule(self) -> bool:
        return bool(self.facts) and not self.reason


@dataclass
class Group:
    title: str
    points: Decimal | None = None
    level: str = "项目"
    added: bool = False  # 加2分: a scored item of 加分项
    role: str = Role.BASE
    cap: Decimal | None = None
    veto_grade: str = ""
    meta: list[tuple[str, str]] = field(default_factory=list)
    children: list[Group | Line] = field(default_factory=list)
    rows: list[int] = field(default_factory=list)  # the table rows it spans

    def groups(self):
        for child in self.children:
            if isinstance(child, Group):
                yield child
                yield from child.groups()

    def lines(self):
        for child in self.children:
            if isinstance(child, Group):
                yield from child.lines()
            else:
                yield child


@dataclass
class Draft:
    source: str
    title: str = ""
    year: str = ""
    subject: str = ""
    full_marks: Decimal | None = None
    stated: set[str] = field(default_factory=set)  # paragraphs the header was read from (满分…)
    header_lines: list[tuple[str, str]] = field(default_factory=list)  # (kind, text) 总分/精度/等级/指标
    root: Group = field(default_factory=lambda: Group(""))
    comments: list[str] = field(default_factory=list)  # text of the document outside any item

    def lines(self) -> list[Line]:
        return list(self.root.lines())

    def groups(self) -> list[Group]:
        return list(self.root.groups())


# ------------------------------------------------------------------------------ text

def _quoted(title: str) -> str:
    return '"' + title.replace('"', "”").replace("\n", "") + '"'


def _one_line(text: str) -> str:
    return " ".join(text.split())


def to_text(draft: Draft, intro: list[str]) -> str:
    out = [f"# {line}" if line else "#" for line in intro]
    out.append("")
    out.append(f"{HEADER_WORDS['title']} {_quoted(draft.title or draft.source)}")
    if draft.year:
        out.append(f"{HEADER_WORDS['year']} {draft.year}")
    if draft.subject:
        out.append(f"{HEADER_WORDS['subject']} {_one_line(draft.subject)}")
    if draft.full_marks is not None:
        out.append(f"{HEADER_WORDS['full_marks']} {plain(draft.full_marks)}")
    for kind, text in draft.header_lines:
        out.extend(text.split("\n") if kind == "raw" else [f"{HEADER_WORDS[kind]} {text}"])
    for comment in draft.comments:
        out.append(OUTSIDE + _one_line(comment))
    previous = None
    for child in draft.root.children:
        if isinstance(child, Group) or previous is None or isinstance(previous, Group):
            out.append("")
        out.extend(_node(child, 0))
        previous = child
    return "\n".join(out).rstrip("\n") + "\n"


def _node(node: Group | Line, depth: int) -> list[str]:
    pad = "  " * depth
    if isinstance(node, Line):
        return _line(node, pad)
    out = [pad + _opening(node) + " {"]
    for key, value in node.meta:
        out.extend(f"{pad}  {META_WORDS[key]}: {part}" for part in _meta_parts(value))
    previous_group = False
    for child in node.children:
        if isinstance(child, Group) and (previous_group or child is not node.children[0]):
            out.append("")
        out.extend(_node(child, depth + 1))
        previous_group = isinstance(child, Group)
    out.append(pad + "}")
    return out


def _meta_parts(value: str) -> list[str]:
    return [_one_line(part).replace("#", "＃") for part in value.split("\n") if part.strip()]


def _opening(group: Group) -> str:
    if group.role == Role.BONUS:
        return BONUS_WORDS[0] + (f" {BONUS_WORDS[1]}{plain(group.cap)}分" if group.cap is not None else "")
    if group.role == Role.DEDUCTIONS:
        return DEDUCTIONS_WORDS[0] + (f" {DEDUCTIONS_WORDS[1]}{plain(group.cap)}分" if group.cap is not None else "")
    if group.role == Role.VETO:
        return VETO_WORDS[0] + (f" {VETO_WORDS[1]} {group.veto_grade}" if group.veto_grade else "")
    points = ""
    if group.points is not None:
        points = f" {'加' if group.added else ''}{plain(group.points)}分"
    return f"{group.level} {_quoted(group.title)}{points}"


def _line(line: Line, pad: str) -> list[str]:
    text = _one_line(line.text)
    if line.note and not pad:  # text outside any item: the top level has no 说明
        return [OUTSIDE + text]
    if line.note:
        return [f"{pad}{META_WORDS['note']}: {text.replace('#', '＃')}"]
    if not line.is_rule:
        return [f"{pad}{UNREAD}{text}" + (f" ({line.reason})" if line.reason else "")]
    head = (JUDGED_WORD + " " if line.judged else "") + ", ".join(line.facts)
    out = [f"{pad}{head}: {text}" + (" {" if line.meta else "")]
    if line.meta:
        for key, value in line.meta:
            out.extend(f"{pad}  {META_WORDS[key]}: {part}" for part in _meta_parts(value))
        out.append(pad + "}")
    return out
