"""Readable fact names from a sentence's own words: `尿检人次`, not `fact_17`.

A name is made of the plain words (the grammar's text, between the scoring words) of the
clauses that read the value, with the counter of its count (人次, 个) after them; long words
keep their end, where a Chinese noun phrase has its head. Names are unique in a rubric.
"""

from __future__ import annotations

import re

from .. import ast as A

MAX_LENGTH = 12
# What a name may not hold (the grammar's NAME), and filler at its ends.
_NOT_IN_NAME = re.compile(r"[\s:：,，、\[\]【】{}｛｝\"“”「」#()（）+\-*/×÷=＝;；。.．!！?？《》<>‘’'`~～〜—–·•…%％0-9０-９]")
_EDGE = re.compile(r"^[每在对的将为和及与或中了是有并]+|[在对的将为和及与或中了是并]+$")


def _words(node, out: list[tuple[int, int, str]]) -> None:
    """The plain texts (their spans) and counter words inside a phrase."""
    if isinstance(node, A.Text):
        out.append((node.span.start, node.span.end, ""))
        return
    if isinstance(node, A.Quantity):
        if node.unit is A.Unit.COUNT and node.word and node.span is not None:
            out.append((node.span.end, node.span.end, node.word))
        return
    for name in getattr(node, "__dataclass_fields__", {}):
        value = getattr(node, name, None)
        for item in (value if isinstance(value, tuple) else (value,)):
            if hasattr(item, "__dataclass_fields__"):
                _words(item, out)


def names_for(clauses, slots: list[str], text: str, count: int) -> list[str]:
    """One name per value the sentence reads, from the words of the clauses of each slot."""
    spans = []
    cursor = 0
    for slot in slots:
        start = text.find(slot, cursor) if slot else -1
        if start < 0:
            spans.append(None)
            continue
        spans.append((start, start + len(slot)))
        cursor = start + len(slot)
    if len(spans) != count:
        spans = [(0, len(text))] * count if count == 1 else [None] * count
    out = []
    for span in spans:
        pieces: list[str] = []
        counter = ""
        for clause in clauses:
            if span is not None and not (clause.span.start < span[1] and clause.span.end > span[0]):
                continue
            words: list[tuple[int, int, str]] = []
            for phrase in clause.phrases:
                _words(phrase, words)
            texts = [w for w in words if not w[2]]
            counter = next((w[2] for w in reversed(words) if w[2]), counter)
            if texts:
                # from the clause's start (未, 应 … belong to the name) to its last plain words
                pieces.append(text[clause.span.start:max(w[1] for w in texts)])
        out.append(_name(pieces, counter))
    return out


_COUNTERS = {"人": "人数", "人次": "人次", "次": "次数"}


def _name(pieces: list[str], counter: str) -> str:
    texts = [_EDGE.sub("", _NOT_IN_NAME.sub("", re.split(r"[(（]", p)[0])) for p in pieces]
    texts = [t for t in texts if t]
    if not texts:
        return ""
    # the words nearest the points are the thing scored: the last clause's words, then earlier
    name = texts[-1]
    for t in reversed(texts[:-1]):
        if len(name) >= 4:
            break
        name = t + name
    suffix = _COUNTERS.get(counter, counter + "数" if len(counter) == 1 else "")
    suffix = _NOT_IN_NAME.sub("", suffix)
    name = name[-(MAX_LENGTH - len(suffix)):] if suffix else name[-MAX_LENGTH:]
    if suffix and not name.endswith(suffix):
        name += suffix
    return _EDGE.sub("", name) or name


def unique(name: str, used: set[str], fallback: str) -> str:
    base = name or fallback
    candidate = base
    n = 2
    while candidate in used:
        candidate = f"{base}{n}"
        n += 1
    used.add(candidate)
    return candidate
