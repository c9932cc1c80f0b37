"""`jdscore import`: a document (.docx, .xlsx, .txt, .md) becomes a draft rubric.

    read_document (readers.py)   the document as paragraphs and tables of merged cells
    structure (structure.py)     the item tree, points and 责任单位/协助单位/考评方法 from its layout
    decide (here)                each sentence through the pipeline's own reader: a rule line
                                 with names for its values, or a `# 未读懂` comment with the reason
    to_text (draft.py)           the draft as a .jd file, checked whole by `pipeline.check`

The language decides what reads; nothing here reads a sentence itself. What `check` of
the whole draft still refuses is commented out with its message, so the draft passes.
"""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

from ..records import dataclass
from .. import pipeline
from ..bounds import rule_range
from ..diagnostics import Diagnostic, Severity, Stop, error
from ..sentences import Context, slot_texts
from ..source import MAX_RUBRIC_BYTES, Source
from .draft import HEADER_WORDS, Draft, Group, Line, Role, to_text
from .naming import names_for, unique
from .readers import read_document
from .structure import has_points, structure

# A sentence without any points is a description of its item, not a scoring sentence.
NO_POINTS = "E201"
# A value read per record (每条阅读量…的, 每次计…) is a list of records with this attribute.
RECORD_ATTRIBUTE = "数值"
# A sentence of a paragraph: up to its full stop (or the paragraph's end).
SENTENCE_END = re.compile(r"[^。]+(?:。|$)")
# 考核总分值=基础分值+附加分值: a formula of the whole score (its right side is the header's).
FORMULA_MARK = re.compile(r"[=＝]")
# `check` is run again after each round of lines it refuses; a draft settles in two or three.
MAX_ROUNDS = 12


@dataclass
class ImportResult:
    text: str
    draft: Draft
    diagnostics: list[Diagnostic]  # what `check` still says of the draft (warnings)

    @property
    def items(self) -> int:
        return len(self.draft.groups())

    @property
    def read(self) -> int:
        return sum(1 for line in self.draft.lines() if line.is_rule)

    @property
    def unread(self) -> int:
        return sum(1 for line in self.draft.lines() if not line.is_rule and not line.note)

    def summary(self) -> str:
        return (f"{self.draft.source}: {self.items} 个项目,读懂 {self.read} 条规则句,"
                f"{self.unread} 句未读懂(留作注释 # 未读懂)")


def import_document(path: Path) -> ImportResult:
    doc = read_document(path)
    draft = structure(doc)
    if not draft.groups() and not draft.lines():
        raise Stop([error("E803", f"{path} 中没有找到考评项目或计分句", None, file=str(path),
                          hint="支持带“具体内容/考核内容”等表头的表格,或以“一、(一)”编号、标题后写“(N分)”的段落")])
    written = sum(len(line.text.encode("utf-8")) for line in draft.lines())
    if written > MAX_RUBRIC_BYTES:  # its draft would be refused by every other command
        raise Stop([error("E003", f"{path} 中的计分句共 {written // 1024} KB,超过细则文件的上限 "
                                  f"{MAX_RUBRIC_BYTES // 1024 // 1024} MB", None, file=str(path),
                          hint="请把文档分成几份分别导入")])
    return decide(draft, path.name)


def decide(draft: Draft, name: str) -> ImportResult:
    used: set[str] = set()
    _decide_group(draft.root, None, used, in_table=any(line.row >= 0 for line in draft.lines()))
    _header_sentences(draft)
    intro = [f"由 jdscore import 从 {name} 生成的草稿。规则句照录原文;事实名称由句中词语生成,可改。",
             "“# 未读懂”的句子 jdscore 读不懂(括号里是原因),请改写或手工转录。"]
    for _ in range(MAX_ROUNDS):
        text = to_text(draft, intro)
        checked = pipeline.check(Source.from_text(f"{name}.jd", text))
        errors = [d for d in checked.diagnostics if d.severity is Severity.ERROR]
        if not errors:
            return ImportResult(text, draft, checked.diagnostics)
        if not _refuse(draft, text, errors):
            break
    raise Stop(errors + [error("E803", f"{name} 导入后的草稿仍有错误(这是 jdscore 的缺陷,请报告)", None,
                               file=name)])


def _decide_group(group: Group, points: Decimal | None, used: set[str], in_table: bool) -> None:
    own = group.points if group.points is not None else points
    # an item with points whose sentences state none (a table row's 考核内容, pasted as text
    # or not): the assessors award its points (评定); beside sentences that state points, a
    # sentence without them is a note of its item
    judged = in_table or (group.points is not None and
                          not any(isinstance(c, Line) and has_points(c.text) for c in group.children))
    group.children[:] = [part for child in group.children
                         for part in ([child] if isinstance(child, Group) else _sentences(child, own))]
    for child in group.children:
        if isinstance(child, Group):
            _decide_group(child, own if child.points is None else child.points, used, in_table)
            continue
        _decide_line(child, group, own, used, in_table, judged)


def _sentences(line: Line, points: Decimal | None) -> list[Line]:
    """A paragraph of several sentences that each state points and each read alone is that
    many rule lines (…,计0.5分。…,计0.5分。); otherwise it stays one line, for the language
    reads some sentences only with the one before (…计0.05分。此项最高计1分。)."""
    parts = [p for p in SENTENCE_END.findall(line.text) if p.strip()]
    if line.row >= 0 or len(parts) < 2 or not all(has_points(p) for p in parts):
        return [line]
    try:
        whole = rule_range(pipeline.sentence_rubric(" ".join(line.text.split()), points).rule)
        alone = [rule_range(pipeline.sentence_rubric(" ".join(p.split()), points).rule) for p in parts]
    except Stop:
        return [line]
    # …计1分。其中,…: read together, the sentence after breaks down the points before; apart
    # they would give them twice
    if sum(alone[1:], alone[0]) != whole:
        return [line]
    return [Line(part.strip(), list(line.meta), row=line.row) for part in parts]


def _decide_line(line: Line, group: Group, points: Decimal | None, used: set[str], in_table: bool,
                 judged: bool) -> None:
    text = " ".join(line.text.split())
    try:
        built = pipeline.sentence_rubric(text, points, named=True)  # the draft names its facts
    except Stop as stop:
        first = stop.diagnostics[0] if stop.diagnostics else None
        code = first.code if first is not None else ""
        if code == NO_POINTS:
            # points for the item and no formula: the assessors award them (评定)
            if judged and points is not None and group.role == Role.BASE:
                line.judged = True
                line.facts = [unique(_judged_name(text), used, "评定项")]
                return
            line.note = not in_table
            if line.note:
                return
        line.reason = _reason(first)
        return
    count = len(built.line.facts)
    words = slot_texts(built.line.clauses, Context(item_points=points))
    names = names_for(built.line.clauses, words, built.source.text, count)
    line.facts = [unique(n, used, "事实") + (f"[{RECORD_ATTRIBUTE}]" if ref.attribute else "")
                  for n, ref in zip(names, built.line.facts)]


def _header_sentences(draft: Draft) -> None:
    """Sentences outside every item that the header reads: 考核总分值=基础分值+附加分值 (its
    formula, as 总分 = …) and the grade bands (等级: …). The language decides: each is tried
    as a header line of an empty rubric, and stays a sentence of the draft when refused."""
    taken: set[str] = set()
    for line in [c for c in draft.root.children if isinstance(c, Line) and not c.is_rule]:
        text = " ".join(line.text.split())
        if FORMULA_MARK.search(text) and not has_points(text):
            kind, body = "total", FORMULA_MARK.split(text)[-1].rstrip("。.")
        elif has_points(text):
            kind, body = "raw", f"{HEADER_WORDS['bands']}: {text}"
        else:
            continue
        written = body if kind == "raw" else f"{HEADER_WORDS[kind]} {body}"
        if kind in taken or any(k == kind for k, _ in draft.header_lines):
            continue
        probe = pipeline.check(Source.from_text("header.jd", f'{HEADER_WORDS["title"]} "试读"\n{written}\n'))
        if any(d.severity is Severity.ERROR for d in probe.diagnostics):
            continue
        draft.header_lines.append((kind, body))
        draft.root.children.remove(line)
        taken.add(kind)


def _judged_name(text: str) -> str:
    from .naming import _EDGE, _NOT_IN_NAME, MAX_LENGTH

    head = _NOT_IN_NAME.split(text)
    words = [_EDGE.sub("", w) for w in head if _EDGE.sub("", w)]
    return words[0][:MAX_LENGTH] if words else ""


def _reason(d: Diagnostic | None) -> str:
    if d is None:
        return "无法理解"
    return f"{d.code} {d.message}"


def _refuse(draft: Draft, text: str, errors: list[Diagnostic]) -> bool:
    """Comment out the lines `check` refuses; False when an error is on no line of a sentence."""
    lines = text.split("\n")
    by_text: dict[str, list[Line]] = {}
    for line in draft.lines():
        by_text.setdefault(" ".join(line.text.split()), []).append(line)
    changed = False
    for d in errors:
        if d.span is None or d.span.line > len(lines):
            continue
        written = lines[d.span.line - 1]
        header = _header_at(draft, text, d.span.line)
        if header is not None:
            draft.header_lines.remove(header)
            kind, body = header
            draft.comments.append(f"{body} ({d.code} {d.message})")
            changed = True
            continue
        for line in draft.lines():
            if line.is_rule and written.strip().endswith(": " + " ".join(line.text.split())) and \
                    any(written.strip().startswith(h) for h in _heads(line)):
                line.reason = f"{d.code} {d.message}"
                changed = True
                break
        else:
            group = _group_at(draft, lines, d.span.line)
            if group is not None:
                for line in group.lines():
                    if line.is_rule:
                        line.reason = f"{d.code} {d.message}"
                        changed = True
    return changed


def _header_at(draft: Draft, text: str, number: int):
    """The header line (总分, 等级 …) the draft's line `number` belongs to, if any."""
    lines = text.split("\n")
    for entry in draft.header_lines:
        kind, body = entry
        written = body.split("\n") if kind == "raw" else [f"{HEADER_WORDS[kind]} {body}"]
        for start in range(len(lines)):
            if lines[start:start + len(written)] == written and start < number <= start + len(written):
                return entry
    return None


def _heads(line: Line) -> list[str]:
    head = ", ".join(line.facts)
    return [head, "评定 " + head]


def _group_at(draft: Draft, lines: list[str], number: int) -> Group | None:
    """The group whose opening line is at `number` (an error of the item: its points)."""
    from .draft import _opening

    written = lines[number - 1].strip()
    for group in draft.groups():
        if written == _opening(group) + " {":
            return group
    return None
