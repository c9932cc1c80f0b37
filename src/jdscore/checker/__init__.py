"""Semantic checks of a built rubric: one module per check, each with a stable code.

Every check module has `CODE`, `NAME` (short English, kebab-case), a docstring whose first
line says in Chinese what it finds (the second line in English) and which holds a bad and
a good example (`Bad::` / `Good::`, complete rubrics that tests run), and
`check(ctx) -> iterable of Diagnostic`. Checks never raise for a problem in the rubric.
`check` runs them all and sorts what they found; `RULES` is the registry `jdscore rules`
lists.
"""

from __future__ import annotations

import re
from types import ModuleType

from ..records import dataclass
from ..ast import Rubric
from ..diagnostics import Diagnostic, Severity, title
from . import (award_above_item, award_in_deductions, band_gap, band_never, band_overlap, band_share, bonus_cap_unreachable, bonus_item_above_cap,
               cap_above_item, deduction_floor, duplicate_metric, duplicate_title, full_marks_sum,
               full_marks_unreachable, metric_misuse, opposite_meaning, points_above, suppression_code, points_below,
               steps_above_range, tier_gap, tier_never, tier_overlap, two_kinds, unbounded_award, undefined_name,
               unread_declaration, unused_metric)
from .base import Context

# In order of code: points, names, then tiers and bands.
RULES: list[ModuleType] = [
    metric_misuse,           # E213
    points_below,            # W301
    points_above,            # E302
    cap_above_item,          # W303
    full_marks_sum,          # W304
    undefined_name,          # E305
    unused_metric,           # W306
    two_kinds,               # E307
    duplicate_title,         # W308
    deduction_floor,         # W309
    unbounded_award,         # W310
    tier_gap,                # W311
    tier_overlap,            # W312
    tier_never,              # W313
    band_gap,                # W314
    band_overlap,            # W315
    band_never,              # W316
    full_marks_unreachable,  # W317
    bonus_item_above_cap,    # W318
    bonus_cap_unreachable,   # W319
    duplicate_metric,        # E320
    opposite_meaning,        # W321
    suppression_code,        # W322
    unread_declaration,      # W323
    steps_above_range,       # W324
    award_in_deductions,     # E325
    award_above_item,        # W326
    band_share,              # E327
]


@dataclass(frozen=True)
class RuleInfo:
    code: str
    name: str
    severity: Severity
    summary: str     # what it finds, in Chinese
    english: str     # the same in English
    doc: str         # the whole docstring: explanation, bad and good example

    def example(self, which: str) -> str:
        """The `Bad::` or `Good::` example, unindented."""
        match = re.search(rf"^{which}::\n\n((?:    .*\n|\n)+)", self.doc + "\n", re.M)
        if match is None:
            return ""
        return "".join(line[4:] + "\n" for line in match.group(1).rstrip("\n").split("\n"))

    def to_dict(self) -> dict:
        return {"code": self.code, "name": self.name, "severity": self.severity.value,
                "title": title(self.code), "summary": self.summary,
                "english": self.english, "bad": self.example("Bad"), "good": self.example("Good")}


def rule_info(module: ModuleType) -> RuleInfo:
    doc = (module.__doc__ or "").strip("\n")
    lines = doc.split("\n")
    severity = Severity.ERROR if module.CODE.startswith("E") else Severity.WARNING
    return RuleInfo(module.CODE, module.NAME, severity, lines[0].strip(),
                    lines[1].strip() if len(lines) > 1 else "", doc)


def rules() -> list[RuleInfo]:
    return [rule_info(m) for m in RULES]


def check(rubric: Rubric, schema=None) -> list[Diagnostic]:
    """Every check on one rubric (`schema`: its facts, when the caller has them already)."""
    ctx = Context(rubric, schema)
    found: list[Diagnostic] = []
    for module in RULES:
        found.extend(module.check(ctx))
    return sorted(found, key=Diagnostic.sort_key)


def unsuppressed(diagnostics: list[Diagnostic], rubric: Rubric | None) -> list[Diagnostic]:
    """`diagnostics` less the warnings a `# jdscore: 忽略 CODE` comment names on their line."""
    if rubric is None or not rubric.suppressions:
        return diagnostics
    quiet = {(span.file, s.line, code) for s in rubric.suppressions for code, span in s.codes
             if suppression_code.suppressible(code)}
    return [d for d in diagnostics
            if d.span is None or (d.span.file, d.span.line, d.code) not in quiet]
