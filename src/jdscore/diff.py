"""What changed between two versions of a rubric, and what it does to each unit's score.

Items are matched by structure and title, not by position, so that moving or renumbering
an item reads as a move, not as a deletion and an addition:

1. groups with the same title (numbering such as 一、 or (二) aside) and the same role,
   preferring the one under the matching parent; then groups whose titles are alike and
   whose facts overlap;
2. rule lines reading the same facts, preferring the same item; then the same sentence
   under other fact names (a rename); then alike sentences in the matching item.

A matched pair is compared on the AST: points, caps, thresholds, boundaries (an
interval's inclusive end), 扣完为止, the rule's kind, and the wording when the meaning
did not change. What the change does to each unit's score is `impact.py`.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import field, fields, is_dataclass
from decimal import Decimal
from enum import Enum

from .records import dataclass
from . import ast as A
from .numerals import plain
from .wording import amount, describe, expression_text, interval

# kind -> Chinese label; the kinds are the stable vocabulary of the JSON output.
KINDS = {
    "added": "新增", "removed": "删除", "moved": "移动", "reordered": "调整顺序",
    "renumbered": "重新编号", "retitled": "标题", "level": "层级", "role": "类别",
    "points": "分值", "cap": "封顶", "threshold": "门槛", "boundary": "边界",
    "floor": "扣完为止", "rule_kind": "计分方式", "veto": "否决等级", "facts": "事实名称",
    "meta": "说明项", "wording": "措辞", "header": "表头", "bands": "等级划分", "metric": "指标",
}


@dataclass
class Change:
    kind: str
    text: str  # in Chinese: 分值 6分 → 8分

    @property
    def label(self) -> str:
        return KINDS[self.kind]

    def to_dict(self) -> dict:
        return {"kind": self.kind, "label": self.label, "text": self.text}


# ------------------------------------------------------------------- the two trees

@dataclass(eq=False)
class Entry:
    """A group or rule line in one rubric, with where it sits."""

    node: A.Group | A.RuleLine
    parent: Entry | None
    index: int
    role: A.Role
    children: list[Entry] = field(default_factory=list)

    @property
    def is_group(self) -> bool:
        return isinstance(self.node, A.Group)

    def ancestors(self):
        p = self.parent
        while p is not None:
            yield p
            p = p.parent

    def facts(self) -> set[str]:
        if isinstance(self.node, A.RuleLine):
            return {f.name for f in self.node.facts}
        return set().union(*(c.facts() for c in self.children)) if self.children else set()

    @property
    def label(self) -> str:
        if isinstance(self.node, A.Group):
            g = self.node
            return g.level if g.title == g.level else f"{g.level}“{g.title}”"
        return "、".join(f.label for f in self.node.facts)

    @property
    def path(self) -> str:
        parts = [e.label for e in reversed(list(self.ancestors()))] + [self.label]
        return " / ".join(parts)


def flatten(rubric: A.Rubric) -> list[Entry]:
    out: list[Entry] = []

    def walk(node, parent: Entry | None, index: int, role: A.Role):
        if isinstance(node, A.Group):
            role = node.role if node.role is not A.Role.BASE or parent is None else role
        entry = Entry(node, parent, index, role)
        out.append(entry)
        if parent is not None:
            parent.children.append(entry)
        if isinstance(node, A.Group):
            for i, child in enumerate(c for c in node.children if isinstance(c, (A.Group, A.RuleLine))):
                walk(child, entry, i, role)

    for i, node in enumerate(n for n in rubric.body if isinstance(n, (A.Group, A.RuleLine))):
        walk(node, None, i, A.Role.BASE)
    return out


# Numbering in front of a title: 一、 (二) 3. 1.2 ① — presentation, not part of the name.
_NUMBERING = re.compile(
    r"^\s*(?:[(\[]\s*[0-9一二三四五六七八九十百]+\s*[)\]]|[0-9一二三四五六七八九十百]+\s*[、.,:)]"
    r"|[0-9]+(?:\.[0-9]+)+|[\u2460-\u2473])\s*")


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def numbering(title: str) -> str:
    m = _NUMBERING.match(_nfkc(title))
    return m.group(0).strip() if m else ""


def normal_title(title: str) -> str:
    text = _nfkc(title)
    text = _NUMBERING.sub("", text, count=1)
    return re.sub(r"\s+", "", text)


def normal_text(text: str) -> str:
    return re.sub(r"\s+", "", _nfkc(text))


def _ratio(a: str, b: str) -> float:
    if not a and not b:
        return 1.0
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def _jaccard(a: set, b: set) -> float:
    if not a and not b:
        return 0.0
    return len(a & b) / len(a | b)


class Matcher:
    """Pairs old entries with new ones (see the module docstring for the order)."""

    def __init__(self, old: list[Entry], new: list[Entry]):
        self.old, self.new = old, new
        self.forward: dict[int, Entry] = {}   # id(old entry) -> new entry
        self.backward: dict[int, Entry] = {}  # id(new entry) -> old entry
        self._groups()
        self._lines()

    def pair(self, o: Entry, n: Entry) -> None:
        self.forward[id(o)] = n
        self.backward[id(n)] = o

    def of(self, o: Entry | None) -> Entry | None:
        return None if o is None else self.forward.get(id(o))

    def parent_agrees(self, o: Entry, n: Entry) -> bool:
        return self.of(o.parent) is n.parent if o.parent is not None else n.parent is None

    def _free_new(self, kind_group: bool) -> list[Entry]:
        return [n for n in self.new if n.is_group == kind_group and id(n) not in self.backward]

    def _groups(self) -> None:
        by_title: dict[tuple, list[Entry]] = {}
        for n in self.new:
            if n.is_group:
                by_title.setdefault((normal_title(n.node.title), n.node.role), []).append(n)
        for o in self.old:  # preorder: a parent is matched before its children
            if not o.is_group:
                continue
            candidates = [n for n in by_title.get((normal_title(o.node.title), o.node.role), [])
                          if id(n) not in self.backward]
            if candidates:
                best = max(candidates, key=lambda n: (self.parent_agrees(o, n), _jaccard(o.facts(), n.facts()),
                                                      -abs(len(list(n.ancestors())) - len(list(o.ancestors()))),
                                                      -abs(n.index - o.index)))
                self.pair(o, best)
        scored = []
        for o in self.old:
            if not o.is_group or id(o) in self.forward:
                continue
            for n in self._free_new(True):
                if n.node.role is not o.node.role:
                    continue
                title = _ratio(normal_title(o.node.title), normal_title(n.node.title))
                overlap = _jaccard(o.facts(), n.facts())
                score = 0.5 * title + 0.5 * overlap + (0.1 if self.parent_agrees(o, n) else 0)
                if (title >= 0.5 and score >= 0.55) or overlap >= 0.6:
                    scored.append((score, o.index, n.index, o, n))
        self._greedy(scored)

    def _lines(self) -> None:
        by_facts: dict[tuple, list[Entry]] = {}
        for n in self.new:
            if not n.is_group:
                by_facts.setdefault(tuple(f.label for f in n.node.facts), []).append(n)
        for o in self.old:
            if o.is_group:
                continue
            candidates = [n for n in by_facts.get(tuple(f.label for f in o.node.facts), [])
                          if id(n) not in self.backward]
            if candidates:
                best = max(candidates, key=lambda n: (self.parent_agrees(o, n),
                                                      _ratio(normal_text(o.node.text), normal_text(n.node.text))))
                self.pair(o, best)
        by_text: dict[str, list[Entry]] = {}
        for n in self._free_new(False):
            by_text.setdefault(normal_text(n.node.text), []).append(n)
        for o in self.old:
            if o.is_group or id(o) in self.forward:
                continue
            candidates = [n for n in by_text.get(normal_text(o.node.text), []) if id(n) not in self.backward]
            if candidates:
                self.pair(o, max(candidates, key=lambda n: self.parent_agrees(o, n)))
        scored = []
        for o in self.old:
            if o.is_group or id(o) in self.forward:
                continue
            for n in self._free_new(False):
                same_item = self.parent_agrees(o, n)
                ratio = _ratio(normal_text(o.node.text), normal_text(n.node.text))
                if ratio >= (0.6 if same_item else 0.8):
                    scored.append((ratio + (0.1 if same_item else 0), o.index, n.index, o, n))
        self._greedy(scored)

    def _greedy(self, scored) -> None:
        scored.sort(key=lambda s: (-s[0], s[1], s[2]))
        for _score, _i, _j, o, n in scored:
            if id(o) not in self.forward and id(n) not in self.backward:
                self.pair(o, n)


# -------------------------------------------------------------------- comparisons

def _points(value: Decimal | None) -> str:
    return "未写" if value is None else f"{plain(value)}分"


def peel(rule) -> tuple[object, bool, list[tuple[Decimal, bool]], Decimal | None, bool]:
    """The core rule under its modifiers: (core, 扣完为止, caps, own points, 倒扣)."""
    floor, caps, own, below = False, [], None, False
    while True:
        if isinstance(rule, A.Floor):
            floor, rule = True, rule.rule
        elif isinstance(rule, A.BelowZero):
            below, rule = True, rule.rule
        elif isinstance(rule, A.Cap):
            caps.append((rule.limit, rule.on_deductions))
            rule = rule.rule
        elif isinstance(rule, A.OwnPoints):
            own, rule = rule.points, rule.rule
        else:
            return rule, floor, caps, own, below


def _cap_text(caps) -> str:
    if not caps:
        return "无"
    return "、".join(f"{'最多扣' if on_deductions else '最高'}{plain(limit)}分" for limit, on_deductions in caps)


_SKIP_FIELDS = {"span", "text", "fact", "facts"}
_POINT_FIELDS = {"points", "step_points", "per"}
_THRESHOLD_FIELDS = {"required", "step", "target", "low", "high", "position", "within"}


def _fmt(value, field_name: str, unit: A.Unit | None) -> str:
    if isinstance(value, Decimal):
        if field_name in ("points", "step_points", "low", "high", "limit"):
            return f"{plain(value)}分"
        if field_name == "step" and unit is not None:
            return amount(value, unit)
        return plain(value)
    if isinstance(value, A.FactRef):
        return value.label
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, bool):
        return "是" if value else "否"
    return "无" if value is None else str(value)


def compare_rules(old, new, subject: str) -> list[Change]:
    """What changed in meaning between two rules (empty: the same scoring)."""
    core_a, floor_a, caps_a, own_a, below_a = peel(old)
    core_b, floor_b, caps_b, own_b, below_b = peel(new)
    out: list[Change] = []
    if type(core_a) is not type(core_b):
        out.append(Change("rule_kind", f"计分方式: {describe(core_a, subject)} → {describe(core_b, subject)}"))
    else:
        _compare(core_a, core_b, "", subject, None, out)
    if own_a != own_b:
        out.append(Change("points", f"本句分值: {_points(own_a)} → {_points(own_b)}"))
    if caps_a != caps_b:
        out.append(Change("cap", f"封顶: {_cap_text(caps_a)} → {_cap_text(caps_b)}"))
    if floor_a != floor_b:
        out.append(Change("floor", f"扣完为止: {'有' if floor_a else '无'} → {'有' if floor_b else '无'}"))
    if below_a != below_b:
        out.append(Change("floor", f"可扣成负分: {'是' if below_a else '否'} → {'是' if below_b else '否'}"))
    return out


def _where(where: str, text: str) -> str:
    return f"{where}{text}" if not where else f"{where} {text}"


def _compare(a, b, where: str, subject: str, unit: A.Unit | None, out: list[Change], name: str = "") -> None:
    if type(a) is not type(b):
        kind = "threshold" if name in _THRESHOLD_FIELDS else "rule_kind"
        out.append(Change(kind, _where(where, f"{name}: {_fmt(a, name, unit)} → {_fmt(b, name, unit)}")))
        return
    if isinstance(a, A.Interval):
        if a != b:
            only_ends = (_values(a) == _values(b))
            kind = "boundary" if only_ends else "threshold"
            label = "边界" if only_ends else "条件"
            out.append(Change(kind, _where(where, f"{label}: {interval(a, subject)} → {interval(b, subject)}")))
        return
    if isinstance(a, A.Bound):  # a shortfall's threshold
        if a != b:
            only_ends = a.value == b.value
            old = f"{subject}{'≥' if a.inclusive else '>'}{amount(a.value, unit or A.Unit.NONE)}"
            new = f"{subject}{'≥' if b.inclusive else '>'}{amount(b.value, unit or A.Unit.NONE)}"
            out.append(Change("boundary" if only_ends else "threshold",
                              _where(where, f"{'边界' if only_ends else '达标线'}: {old} → {new}")))
        return
    if isinstance(a, tuple):
        if len(a) != len(b):
            out.append(Change("threshold", _where(where, f"档数: {len(a)} → {len(b)}")))
            return
        for x, y in zip(a, b):
            inner = where
            if isinstance(y, (A.Tier, A.RankTier)):
                inner = _where(where, f"“{y.text}”")
            _compare(x, y, inner, subject, unit, out, name)
        return
    if is_dataclass(a) and not isinstance(a, type):
        own_unit = getattr(a, "unit", unit) if isinstance(getattr(a, "unit", None), A.Unit) else unit
        for f in fields(a):
            if f.name in _SKIP_FIELDS:
                continue
            _compare(getattr(a, f.name), getattr(b, f.name), where, subject, own_unit, out, f.name)
        return
    if a != b:
        if name in _POINT_FIELDS:
            kind, label = "points", {"per": "计分单位"}.get(name, "分值")
        elif name in _THRESHOLD_FIELDS:
            kind, label = "threshold", {"required": "应完成数", "step": "每档步长", "target": "目标数",
                                        "low": "下限", "high": "上限", "position": "名次",
                                        "within": "名次范围"}[name]
        elif name == "limit":
            kind, label = "cap", "合计封顶"
        elif name == "grade":
            kind, label = "veto", "否决等级"
        else:
            kind, label = "rule_kind", name
        out.append(Change(kind, _where(where, f"{label}: {_fmt(a, name, unit)} → {_fmt(b, name, unit)}")))


def _values(iv: A.Interval):
    return (None if iv.low is None else iv.low.value, None if iv.high is None else iv.high.value, iv.unit)


# ------------------------------------------------------------------- item changes

@dataclass
class ItemDiff:
    status: str                 # added / removed / changed
    old: Entry | None
    new: Entry | None
    changes: list[Change]
    contents: list[str] = field(default_factory=list)  # added/removed: the rule lines that came or went

    @property
    def entry(self) -> Entry:
        return self.new if self.new is not None else self.old

    @property
    def is_group(self) -> bool:
        return self.entry.is_group

    def to_dict(self) -> dict:
        out = {"status": self.status, "kind": "group" if self.is_group else "rule",
               "old": None if self.old is None else _entry_dict(self.old),
               "new": None if self.new is None else _entry_dict(self.new),
               "changes": [c.to_dict() for c in self.changes]}
        if self.status != "changed":
            out["contents"] = list(self.contents)
        return out


def _entry_dict(e: Entry) -> dict:
    if isinstance(e.node, A.Group):
        g = e.node
        return {"path": e.path, "title": g.title, "level": g.level,
                "points": None if g.points is None else plain(g.points)}
    return {"path": e.path, "facts": [f.label for f in e.node.facts], "sentence": e.node.text}


def descendants(e: Entry):
    for c in e.children:
        yield c
        yield from descendants(c)


def _group_changes(o: Entry, n: Entry) -> list[Change]:
    a, b = o.node, n.node
    out: list[Change] = []
    if a.title != b.title:
        if normal_title(a.title) == normal_title(b.title) and numbering(a.title) != numbering(b.title):
            out.append(Change("renumbered", f"编号: {numbering(a.title) or '无'} → {numbering(b.title) or '无'}"))
        else:
            out.append(Change("retitled", f"标题: “{a.title}” → “{b.title}”"))
    if a.level != b.level:
        out.append(Change("level", f"层级: {a.level} → {b.level}"))
    if a.role is not b.role:
        out.append(Change("role", f"类别: {a.level} → {b.level}"))
    if a.points != b.points:
        out.append(Change("points", f"分值: {_points(a.points)} → {_points(b.points)}"))
    if a.cap != b.cap:
        out.append(Change("cap", f"封顶: {_points(a.cap)} → {_points(b.cap)}"))
    if a.floor != b.floor:
        out.append(Change("floor", f"扣完为止: {'有' if a.floor else '无'} → {'有' if b.floor else '无'}"))
    if a.veto_grade != b.veto_grade:
        out.append(Change("veto", f"否决等级: {a.veto_grade or '最低等级'} → {b.veto_grade or '最低等级'}"))
    keys = list(dict.fromkeys([m.key for m in a.meta] + [m.key for m in b.meta]))
    for key in keys:
        before, after = a.meta_value(key), b.meta_value(key)
        if before != after:
            out.append(Change("meta", f"{key}: {before or '无'} → {after or '无'}"))
    return out


def _line_changes(o: Entry, n: Entry) -> list[Change]:
    a, b = o.node, n.node
    out: list[Change] = []
    labels_a, labels_b = [f.label for f in a.facts], [f.label for f in b.facts]
    if labels_a != labels_b:
        out.append(Change("facts", f"事实名称: {'、'.join(labels_a)} → {'、'.join(labels_b)}"))
    if a.judged_mode != b.judged_mode:
        out.append(Change("rule_kind", f"评定项: {'是' if a.judged_mode else '否'} → {'是' if b.judged_mode else '否'}"))
    meaning = compare_rules(a.rule, b.rule, labels_b[0] if labels_b else "值") \
        if a.rule is not None and b.rule is not None else []
    out.extend(meaning)
    if a.text != b.text and not meaning:
        words_a, words_b = comparison_words(a), comparison_words(b)
        if words_a != words_b and len(words_a) == len(words_b):
            pairs = [f"{x} → {y}" for x, y in zip(words_a, words_b) if x != y]
            out.append(Change("wording", "边界词改写,含义不变: " + ";".join(pairs)))
        else:
            out.append(Change("wording", "措辞改动,计分不变"))
    return out


def comparison_words(line: A.RuleLine) -> list[str]:
    """The comparisons as written (85%以上, 70%至85%), in order."""
    out = []
    for clause in line.clauses:
        base = clause.span.start
        for phrase in clause.phrases:
            if isinstance(phrase, (A.Compare, A.Range)):
                out.append(clause.text[phrase.span.start - base:phrase.span.end - base])
    return out


# --------------------------------------------------------------------- the header

def _header_changes(a: A.Rubric, b: A.Rubric) -> list[Change]:
    out: list[Change] = []

    def simple(label, x, y):
        if x != y:
            out.append(Change("header", f"{label}: {x if x not in (None, '') else '无'} → "
                                        f"{y if y not in (None, '') else '无'}"))

    simple("考评", a.title, b.title)
    simple("年度", a.year, b.year)
    simple("对象", a.subject, b.subject)
    simple("满分", None if a.full_marks is None else plain(a.full_marks),
           None if b.full_marks is None else plain(b.full_marks))
    simple("边界", a.convention.text if a.convention else None, b.convention.text if b.convention else None)
    simple("区间", a.range_style.value, b.range_style.value)
    simple("精度", a.precision.text if a.precision else None, b.precision.text if b.precision else None)
    simple("总分", expression_text(a.total) if a.total else None, expression_text(b.total) if b.total else None)
    for grade, x, y in _paired(a.bands.bands if a.bands else (), b.bands.bands if b.bands else (),
                               lambda band: band.grade):
        if x is None:
            out.append(Change("bands", f"新增等级 {grade}: {_band(y)}"))
        elif y is None:
            out.append(Change("bands", f"删除等级 {grade}: {_band(x)}"))
        elif x.interval != y.interval:
            kind = "boundary" if x.interval and y.interval and _values(x.interval) == _values(y.interval) else "bands"
            out.append(Change(kind, f"等级 {grade}: {_band(x)} → {_band(y)}"))
    for name, x, y in _paired(a.metrics, b.metrics, lambda metric: metric.name):
        if x is None:
            out.append(Change("metric", f"新增指标 {name} = {expression_text(y.expr)}"))
        elif y is None:
            out.append(Change("metric", f"删除指标 {name}"))
        elif A.strip_spans(x.expr) != A.strip_spans(y.expr):
            out.append(Change("metric", f"指标 {name}: {expression_text(x.expr)} → {expression_text(y.expr)}"))
        elif x.description != y.description:
            out.append(Change("wording", f"指标 {name} 的说明: {x.description or '无'} → {y.description or '无'}"))
    for name, x, y in _paired(a.declarations, b.declarations, lambda decl: decl.fact.label):
        if x is None or y is None or x.most != y.most:
            out.append(Change("header", f"事实 {name} 的范围: {_declared_range(x)} → {_declared_range(y)}"))
    return out


def _declared_range(decl: A.FactDecl | None) -> str:
    if decl is None:
        return "未声明(比率 0%—100%)"
    return "可超过100%" if decl.most is None else f"0%—{plain(decl.most * 100)}%"


def _paired(old, new, key):
    """(key, old thing or None, new thing or None) for every key of either, old order first."""
    by_old = {key(x): x for x in old}
    by_new = {key(y): y for y in new}
    for k in dict.fromkeys([*by_old, *by_new]):
        yield k, by_old.get(k), by_new.get(k)


def _band(band: A.Band) -> str:
    return "其余" if band.interval is None else interval(band.interval, "总分")


# -------------------------------------------------------------------------- result

@dataclass
class RubricDiff:
    old_name: str
    new_name: str
    old: A.Rubric
    new: A.Rubric
    header: list[Change]
    items: list[ItemDiff]
    matcher: Matcher
    old_entries: list[Entry]
    new_entries: list[Entry]

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for item in self.items:
            kinds = [item.status] if item.status != "changed" else list(dict.fromkeys(c.kind for c in item.changes))
            for kind in kinds:
                out[kind] = out.get(kind, 0) + 1
        for change in self.header:
            out[change.kind] = out.get(change.kind, 0) + 1
        return {k: out[k] for k in KINDS if k in out}

    def renamed_facts(self) -> dict[str, str]:
        """old fact name -> new, from matched rule lines whose facts were renamed."""
        old_names = {f.name for e in self.old_entries if not e.is_group for f in e.node.facts}
        new_names = {f.name for e in self.new_entries if not e.is_group for f in e.node.facts}
        out: dict[str, str] = {}
        for o in self.old_entries:
            n = self.matcher.of(o)
            if o.is_group or n is None or len(o.node.facts) != len(n.node.facts):
                continue
            for x, y in zip(o.node.facts, n.node.facts):
                if x.name != y.name and x.name not in new_names and y.name not in old_names:
                    out.setdefault(x.name, y.name)
        return out

    def changes_under(self, o: Entry | None, n: Entry | None) -> list[Change]:
        """The changes of an item pair and of everything inside it."""
        wanted = set()
        if o is not None:
            wanted.add(id(o))
            wanted.update(id(d) for d in descendants(o))
        if n is not None:
            wanted.add(id(n))
            wanted.update(id(d) for d in descendants(n))
        out = []
        for item in self.items:
            if (item.old is not None and id(item.old) in wanted) or (item.new is not None and id(item.new) in wanted):
                out.extend(item.changes if item.status == "changed" else
                           [Change(item.status, item.entry.path)])
        return out

    def to_dict(self) -> dict:
        return {
            "old": _rubric_dict(self.old_name, self.old),
            "new": _rubric_dict(self.new_name, self.new),
            "summary": self.counts(),
            "header": [c.to_dict() for c in self.header],
            "items": [i.to_dict() for i in self.items],
        }


def _rubric_dict(name: str, rubric: A.Rubric) -> dict:
    return {"path": name, "title": rubric.title, "year": rubric.year,
            "full_marks": None if rubric.full_marks is None else plain(rubric.full_marks)}


def diff_rubrics(old: A.Rubric, new: A.Rubric, old_name: str = "", new_name: str = "") -> RubricDiff:
    old_entries, new_entries = flatten(old), flatten(new)
    matcher = Matcher(old_entries, new_entries)
    reordered = _reordered(new_entries, matcher)
    items: list[ItemDiff] = []
    added_roots: set[int] = set()
    for n in new_entries:
        o = matcher.backward.get(id(n))
        if o is None:
            if not any(id(p) in added_roots for p in n.ancestors()):
                items.append(ItemDiff("added", None, n, [Change("added", n.path)],
                                      _unmatched_lines(n, matcher.backward)))
            added_roots.add(id(n))
            continue
        changes = _group_changes(o, n) if n.is_group else _line_changes(o, n)
        if not matcher.parent_agrees(o, n):
            before = o.parent.path if o.parent is not None else "最外层"
            after = n.parent.path if n.parent is not None else "最外层"
            changes.insert(0, Change("moved", f"位置: {before} → {after}"))
        elif id(n) in reordered:
            changes.insert(0, Change("reordered", f"顺序: 第{o.index + 1}项 → 第{n.index + 1}项"))
        if changes:
            items.append(ItemDiff("changed", o, n, changes))
    removed_roots: set[int] = set()
    for o in old_entries:
        if id(o) in matcher.forward:
            continue
        if not any(id(p) in removed_roots for p in o.ancestors()):
            items.append(ItemDiff("removed", o, None, [Change("removed", o.path)],
                                  _unmatched_lines(o, matcher.forward)))
        removed_roots.add(id(o))
    return RubricDiff(old_name, new_name, old, new, _header_changes(old, new), items, matcher,
                      old_entries, new_entries)


def _unmatched_lines(root: Entry, matched: dict[int, Entry]) -> list[str]:
    """The rule lines of an added or removed subtree that have no counterpart (a line moved
    into a new group is reported as moved, not here)."""
    out = []
    for e in [root] + list(descendants(root)):
        if not e.is_group and id(e) not in matched:
            out.append(f"{e.label}: {e.node.text}")
    return out


def _reordered(new_entries: list[Entry], matcher: Matcher) -> set[int]:
    """New entries that kept their parent but not their order among their siblings."""
    out: set[int] = set()
    groups: dict[int, list[Entry]] = {}
    for n in new_entries:
        o = matcher.backward.get(id(n))
        if o is not None and matcher.parent_agrees(o, n):
            groups.setdefault(id(n.parent), []).append(n)
    for siblings in groups.values():
        order = [matcher.backward[id(n)].index for n in siblings]
        keep = set(_increasing(order))
        out.update(id(n) for i, n in enumerate(siblings) if i not in keep)
    return out


def _increasing(values: list[int]) -> list[int]:
    """Indices of one longest increasing subsequence."""
    if not values:
        return []
    best = [1] * len(values)
    prev = [-1] * len(values)
    for i in range(len(values)):
        for j in range(i):
            if values[j] < values[i] and best[j] + 1 > best[i]:
                best[i], prev[i] = best[j] + 1, j
    i = max(range(len(values)), key=lambda k: (best[k], -k))
    out = []
    while i >= 0:
        out.append(i)
        i = prev[i]
    return out[::-1]
