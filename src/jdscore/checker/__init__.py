"""Semantic checks of a built rubric: an ordered list of passes, each its own module.

Every pass takes the rubric (and its facts schema) and returns diagnostics; passes never
raise for a problem in the rubric. `check` runs them all and sorts what they found.
"""

from __future__ import annotations

from ..ast import Rubric
from ..diagnostics import Diagnostic
from ..schema import build_schema
from . import names, points

PASSES = [points.check, names.check]


def check(rubric: Rubric) -> list[Diagnostic]:
    schema = build_schema(rubric)
    found: list[Diagnostic] = []
    for run in PASSES:
        found.extend(run(rubric, schema))
    return sorted(found, key=Diagnostic.sort_key)
