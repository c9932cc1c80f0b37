"""Every examples/*/expected.yaml: hand-checked results must match what jdscore computes."""

import pytest

from conftest import ROOT
from jdscore.cases import find_cases, run_case

CASES = find_cases(ROOT / "examples")


def test_there_are_examples():
    assert CASES, "no examples/*/expected.yaml found"


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.parent.name)
def test_expected_results(path):
    result = run_case(path)
    assert result.checks > 0
    assert result.passed, "\n".join(
        f"{m.unit} {m.what}: 预期 {m.expected}, 实际 {m.actual}" for m in result.mismatches)
