"""What a change of rubric does to each unit: the same facts scored under both versions.

Facts the new rubric renamed are carried over and reported, facts it no longer reads are
listed, and a fact either rubric needs that the file lacks is scored as 缺报 and flagged
on every unit. Each unit's change is explained item by item with the changes `diff`
found; what the items do not explain (a 大项's cap, the total formula, rounding) is 其他.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from .records import dataclass
from . import ast as A
from .compiler import Program
from .diagnostics import Diagnostic, Stop
from .diff import Change, RubricDiff, descendants
from .numerals import plain
from .pipeline import FactsInput
from .runtime import UnitResult, score_units
from .schema import UnitFacts


@dataclass
class Cause:
    item: str
    old: Decimal
    new: Decimal
    changes: list[Change]

    @property
    def delta(self) -> Decimal:
        return self.new - self.old

    def to_dict(self) -> dict:
        return {"item": self.item, "old": plain(self.old), "new": plain(self.new), "delta": plain(self.delta),
                "changes": [c.to_dict() for c in self.changes]}


@dataclass
class UnitImpact:
    name: str
    old: UnitResult
    new: UnitResult
    causes: list[Cause]
    lacking_old: list[str]
    lacking_new: list[str]

    @property
    def delta(self) -> Decimal:
        return self.new.total - self.old.total

    def to_dict(self) -> dict:
        return {
            "name": self.name,
            "old": {"total": plain(self.old.total), "grade": self.old.grade, "rank": self.old.rank,
                    "veto": self.old.veto.title if self.old.veto else None},
            "new": {"total": plain(self.new.total), "grade": self.new.grade, "rank": self.new.rank,
                    "veto": self.new.veto.title if self.new.veto else None},
            "delta": plain(self.delta),
            "causes": [c.to_dict() for c in self.causes],
            "scored_as_missing": {"old": self.lacking_old, "new": self.lacking_new},
        }


@dataclass
class FactsReport:
    renamed: dict[str, str]     # old -> new, values carried over
    no_longer_read: list[str]   # in the file, read by the old rubric, not by the new one
    not_read_by_old: list[str]  # in the file, read only by the new rubric
    unknown: list[str]          # in the file, read by neither
    lacking_old: list[str]      # the old rubric needs, the file lacks: scored as 缺报
    lacking_new: list[str]      # the new rubric needs, the file lacks: scored as 缺报
    kind_changed: list[tuple[str, str, str]]  # same name, another kind

    def to_dict(self) -> dict:
        return {"renamed": [{"old": k, "new": v} for k, v in self.renamed.items()],
                "no_longer_read": self.no_longer_read, "not_read_by_old": self.not_read_by_old,
                "unknown": self.unknown, "lacking_old": self.lacking_old, "lacking_new": self.lacking_new,
                "kind_changed": [{"name": n, "old": a, "new": b} for n, a, b in self.kind_changed]}


@dataclass
class Impact:
    facts_name: str
    facts: FactsReport
    units: list[UnitImpact]

    def to_dict(self) -> dict:
        return {"facts": self.facts_name, "fact_changes": self.facts.to_dict(),
                "units": [u.to_dict() for u in self.units]}


def _contribution_items(program: Program) -> list[tuple[int, A.Node, int]]:
    """(slot, node, sign) of the items whose scores explain a total: leaf groups, and rule
    lines that sit beside groups or at the top; deductions count negatively."""
    out = []
    for slot, s in enumerate(program.slots):
        node = s.node
        parent = program.slots[s.parent].node if s.parent is not None else None
        if isinstance(node, A.Group):
            if any(isinstance(c, A.Group) for c in node.children):
                continue
            sign = -1 if node.role is A.Role.DEDUCTIONS else (0 if node.role is A.Role.VETO else 1)
            out.append((slot, node, sign))
        elif parent is None or any(isinstance(c, A.Group) for c in parent.children):
            out.append((slot, node, 1))
    return out


def _side(program: Program, facts: FactsInput, rename: dict[str, str],
          present: set[str]) -> tuple[list[UnitFacts], list[str]]:
    """The units as one rubric reads them; a fact the file lacks is 缺报 (and listed)."""
    names = {}
    for name in program.schema.facts:
        if name in present:
            names[name] = name
        elif rename.get(name) in present:
            names[name] = rename[name]
    lacking = [n for n in program.schema.facts if n not in names]
    return facts.units_as(program.schema, program.places, names), lacking


def _validated(program: Program, facts: FactsInput, rename: dict[str, str], present: set[str]):
    """`_side`, and the problems that stop it (none: the units are valid under this rubric)."""
    try:
        return (*_side(program, facts, rename, present), [])
    except Stop as failed:
        return [], [], failed.diagnostics


def _by_side(old: list[Diagnostic], new: list[Diagnostic], old_name: str, new_name: str) -> list[Diagnostic]:
    """The facts' problems under either rubric once each, saying which rubric refuses them:
    the two may differ in what they accept (a rate's declared range, a fact's kind)."""
    def key(d: Diagnostic) -> tuple:
        return d.code, d.message, d.location

    in_new = {key(d) for d in new}
    in_old = {key(d) for d in old}
    out = [replace(d, notes=d.notes + ((f"旧细则 {old_name} 与新细则 {new_name} 都不接受",) if key(d) in in_new
                                       else (f"旧细则 {old_name} 不接受(新细则接受)",))) for d in old]
    out += [replace(d, notes=d.notes + (f"新细则 {new_name} 不接受(旧细则接受)",)) for d in new if key(d) not in in_old]
    return out


def impact(diff: RubricDiff, old_program: Program, new_program: Program, facts: FactsInput) -> Impact:
    """Score the same facts under both rubrics."""
    present_list = facts.present()
    present = set(present_list)
    renamed = {o: n for o, n in diff.renamed_facts().items() if o in present and n not in present}
    old_facts, new_facts = old_program.schema.facts, new_program.schema.facts
    kind_changed = [(n, old_facts[n].kind.label, new_facts[n].kind.label) for n in old_facts
                    if n in new_facts and old_facts[n].kind is not new_facts[n].kind]
    old_units, lacking_old, old_problems = _validated(old_program, facts, {}, present)
    new_units, lacking_new, new_problems = _validated(new_program, facts, {n: o for o, n in renamed.items()}, present)
    problems = _by_side(old_problems, new_problems, old_program.rubric.span.file, new_program.rubric.span.file)
    if problems:
        raise Stop(problems)
    report = FactsReport(
        renamed=renamed,
        no_longer_read=[n for n in present_list if n in old_facts and n not in new_facts and n not in renamed],
        not_read_by_old=[n for n in present_list if n not in old_facts and n in new_facts],
        unknown=[n for n in present_list if n not in old_facts and n not in new_facts],
        lacking_old=lacking_old, lacking_new=lacking_new, kind_changed=kind_changed)
    old_results = score_units(old_program, old_units, explain=True)
    new_results = score_units(new_program, new_units, explain=True)
    new_by_name = {r.name: r for r in new_results}
    units = []
    for r in old_results:
        n = new_by_name[r.name]
        units.append(UnitImpact(r.name, r, n, _causes(diff, old_program, new_program, r, n),
                                lacking_old, lacking_new))
    units.sort(key=lambda u: (-abs(u.delta), u.name))
    return Impact(str(facts.path), report, units)


def _causes(diff: RubricDiff, old_program: Program, new_program: Program,
            old: UnitResult, new: UnitResult) -> list[Cause]:
    old_score = {id(old_program.slots[i.slot].node): i.score for i in old.items}
    new_score = {id(new_program.slots[i.slot].node): i.score for i in new.items}
    old_entry = {id(e.node): e for e in diff.old_entries}
    new_entry = {id(e.node): e for e in diff.new_entries}
    new_items = _contribution_items(new_program)
    new_sign = {id(node): sign for _, node, sign in new_items}
    covered: set[int] = set()
    causes = []
    for _slot, node, sign in _contribution_items(old_program):
        o = old_entry[id(node)]
        n = diff.matcher.of(o)
        before = sign * old_score[id(node)]
        if n is None:
            after = Decimal(0)
        else:
            covered.add(id(n))
            covered.update(id(d) for d in descendants(n))
            after = new_sign.get(id(n.node), sign) * new_score[id(n.node)]
        if before != after:
            causes.append(Cause((n or o).path, before, after, diff.changes_under(o, n)))
    for _slot, node, sign in new_items:
        n = new_entry[id(node)]
        if id(n) in covered or any(id(p) in covered for p in n.ancestors()):
            continue
        after = sign * new_score[id(node)]
        if after:
            causes.append(Cause(n.path, Decimal(0), after, diff.changes_under(None, n)))
    explained = sum((c.delta for c in causes), Decimal(0))
    rest = (new.total - old.total) - explained
    if rest:
        causes.append(Cause("其他(上级封顶、总分公式或取整)", Decimal(0), rest, []))
    causes.sort(key=lambda c: (-abs(c.delta), c.item))
    return causes
