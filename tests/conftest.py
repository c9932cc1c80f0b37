"""Shared helpers for the test suite.

Golden files: set JDSCORE_REGENERATE=1 to rewrite every `.expected` file from the current
output, then review the change with `git diff` before committing it.
"""

from __future__ import annotations

import os
from decimal import Decimal
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
REGENERATE = os.environ.get("JDSCORE_REGENERATE") == "1"

# Every shipped example's facts, and the score test that holds every kind of rule.
_EXAMPLES = sorted(p for p in (ROOT / "examples").iterdir() if (p / "facts.yaml").exists())
SCORED_FACTS = [p / "facts.yaml" for p in _EXAMPLES] + [ROOT / "tests" / "cases" / "score" / "all-kinds" / "facts.yaml"]
SCORED_IDS = [p.name for p in _EXAMPLES] + ["all-kinds"]


def points_lost(facts: Path) -> Decimal:
    """Σ(满分 − 总分) over the units of a facts file, from the scoring API."""
    from jdscore import losses, pipeline

    read = pipeline.read_facts(facts, need_rubric=True)
    checked = pipeline.rubric_for(read, None)
    results = pipeline.score_units(checked.program, read.units(checked.program.schema, checked.program.places),
                                   explain=True)
    return sum((losses.full_marks(r, checked.rubric.full_marks) - r.total for r in results), Decimal(0))


def golden(path: Path, actual: str) -> None:
    """Compare `actual` with the golden file at `path` (or rewrite it when regenerating)."""
    if REGENERATE or not path.exists():
        if not REGENERATE:
            pytest.fail(f"golden file {path} is missing; run with JDSCORE_REGENERATE=1 and review it")
        path.write_text(actual, encoding="utf-8")
        return
    expected = path.read_text(encoding="utf-8")
    assert actual == expected, f"output differs from {path.relative_to(ROOT)}"


class Run:
    def __init__(self, exit_code: int, stdout: str, stderr: str):
        self.exit_code, self.stdout, self.stderr = exit_code, stdout, stderr


@pytest.fixture
def jd(monkeypatch):
    """Run the CLI in-process: jd("score", "x.yaml") -> Run(exit_code, stdout, stderr)."""
    import io
    import sys

    from jdscore.cli import main

    def run(*args: str, cwd: Path | None = None) -> Run:
        if cwd is not None:
            monkeypatch.chdir(cwd)
        out, err = io.StringIO(), io.StringIO()
        monkeypatch.setattr(sys, "stdout", out)
        monkeypatch.setattr(sys, "stderr", err)
        monkeypatch.setenv("NO_COLOR", "1")
        monkeypatch.setenv("COLUMNS", "200")
        code = main(list(args))
        return Run(code, out.getvalue(), err.getvalue())

    return run
