"""Valid inputs near the documented limits cost time and memory in proportion to them
(issue 15): a facts form of many units scored to JSON, a large rubric, a long rule line.

No test here times anything against a clock: each compares an input with one four times
its size (time: fuzzing.growth; memory: tracemalloc's peak), and the JSON writer is
compared with the standard library's text, character for character.
"""

from __future__ import annotations

import csv
import json
import sys
from decimal import Decimal
from pathlib import Path

import pytest

import fuzzing as F
from jdscore import pipeline
from jdscore.render import jsontext
from jdscore.render import results as render_results
from jdscore.runtime import Status
from jdscore.source import MAX_RUBRIC_BYTES

ROOT = F.ROOT
sys.path.insert(0, str(ROOT / "bench"))
import limits  # noqa: E402  (the benchmark's generators: the same inputs it measures)


# ----------------------------------------------------------------- the JSON writer

SHAPES = [
    {}, [], "", None, True, False, 0, -7, 10**30, 1.5, float("inf"),
    {"a": {}, "b": [], "c": [[]], "d": [{}], "e": {"f": {"g": [1, "二", None]}}},
    ["引号\"与\\反斜杠", "控制\x01\x1b[31m\u202e\n\r\t", "\ud800", "\U0001f600", "\x7f"],
    {1: "int key", 2.5: "float key", True: "bool key", None: "null key"},
    {"status": Status.CAPPED, "list": (1, 2), "nested": [[1, [2, [3, {}]]]]},
    {"count": 3, "big": -10**40, "flag": True, "off": False, "ratio": 0.1, "none": None},
]


@pytest.mark.parametrize("value", SHAPES, ids=range(len(SHAPES)))
@pytest.mark.parametrize("level", [0, 3])
def test_jsontext_writes_what_the_library_writes(value, level):
    expected = json.dumps(value, ensure_ascii=False, indent=2)
    if level:
        expected = expected.replace("\n", "\n" + jsontext.INDENT * level)
    assert jsontext.dumps(value, level) == expected


def test_jsontext_refuses_what_the_library_refuses():
    for value in ({(1, 2): "tuple key"}, {"a": Decimal(1)}, {"a": object()}):
        with pytest.raises(TypeError):
            jsontext.dumps(value)


@pytest.mark.parametrize("example", sorted(p.name for p in (ROOT / "examples").iterdir()))
def test_the_score_json_is_the_librarys_text(example):
    """The streamed JSON (each unit's unchanging parts encoded once per rubric line) is the
    text json.dumps wrote for the whole document before, for every shipped example."""
    facts = pipeline.read_facts(ROOT / "examples" / example / "facts.yaml", need_rubric=True)
    program = pipeline.rubric_for(facts, None).program
    results = pipeline.score_units(program, facts.units(program.schema, program.places), explain=True)
    meta = {"rubric": {"title": "t", "path": "p", "full_marks": None}, "facts": "f", "period": 2018}
    expected = json.dumps({**meta, "units": [r.to_dict() for r in sorted(results, key=lambda r: (r.rank, r.name))]},
                          ensure_ascii=False, indent=2) + "\n"
    assert render_results.to_json(results, meta) == expected
    assert render_results.to_json([], meta) == json.dumps({**meta, "units": []}, ensure_ascii=False, indent=2) + "\n"


# ------------------------------------------------------------------------- growth

def _peak(*args) -> tuple[F.Answer, int]:
    return F.peak(*args, limit=120)


@pytest.mark.slow
def test_a_large_form_scored_to_json_grows_linearly_and_streams(tmp_path):
    """Regression: 60,000 units to JSON took 87 s and 9.3 GB (every unit's explanation as
    objects, then one document string of ~1 GB, then its bytes: 136 KB held per unit, for
    15 KB of JSON). The JSON is now written a unit at a time and the form's cells cost less:
    a unit holds less memory than the JSON it writes, and four times the units cost about
    four times as much."""
    small_dir, large_dir = tmp_path / "small", tmp_path / "large"
    small_dir.mkdir(), large_dir.mkdir()
    small, large = limits.big_csv(small_dir, 1000), limits.big_csv(large_dir, 4000)
    out_small, out_large = small_dir / "out.json", large_dir / "out.json"
    run_small, peak_small = _peak("score", small, "--format", "json", "--explain", "-o", out_small)
    run_large, peak_large = _peak("score", large, "--format", "json", "--explain", "-o", out_large)
    assert run_small.code == 0 and run_large.code == 0, run_large.stderr
    assert len(json.loads(out_large.read_text(encoding="utf-8"))["units"]) == 4000
    per_unit = (peak_large - peak_small) / 3000
    json_per_unit = (out_large.stat().st_size - out_small.stat().st_size) / 3000
    assert per_unit < json_per_unit, f"{per_unit:.0f} B per unit held, the JSON of one is {json_per_unit:.0f} B"
    assert peak_large < 5 * peak_small, f"peak {peak_small >> 20} MB → {peak_large >> 20} MB"
    ratio = F.growth(lambda: F.run("score", small, "--format", "json", "--explain", "-o", out_small, limit=120),
                     lambda: F.run("score", large, "--format", "json", "--explain", "-o", out_large, limit=120))
    assert ratio < 8, f"four times the units took {ratio:.1f} times as long"


@pytest.mark.slow
def test_a_large_form_reported_grows_linearly_and_streams(tmp_path):
    """The HTML report reads each unit's explanation twice and lets go of it after each use
    (it held every one at once: 181 MB for 2,000 units, about 90 KB a unit; 13 KB a unit
    now, measured on this suite's 4,000 units)."""
    small_dir, large_dir = tmp_path / "small", tmp_path / "large"
    small_dir.mkdir(), large_dir.mkdir()
    small, large = limits.big_csv(small_dir, 1000), limits.big_csv(large_dir, 4000)
    out_small, out_large = small_dir / "report.html", large_dir / "report.html"
    run_small, peak_small = _peak("report", small, "-o", out_small)
    run_large, peak_large = _peak("report", large, "-o", out_large)
    assert run_small.code == 0 and run_large.code == 0, run_large.stderr
    assert out_large.read_text(encoding="utf-8").count('<section class="unit"') == 4000
    assert peak_large < 5 * peak_small, f"peak {peak_small >> 20} MB → {peak_large >> 20} MB"
    # per unit, far below what holding every explanation at once took (about 90 KB a unit);
    # `score --format json`, the reference this compared with, streams since the results do
    per_unit = (peak_large - peak_small) / 3000
    assert per_unit < 32 * 1024, f"{per_unit:.0f} B held per unit"


@pytest.mark.slow
def test_a_large_yaml_facts_file_grows_linearly(tmp_path):
    """A YAML facts file near its 8 MB cap (about 12,000 units) was never measured: four
    times the units cost about four times the time, and memory grows by no more than a
    few times the file (bench/limits.py --only yaml measures the whole 8 MB)."""
    small_dir, large_dir = tmp_path / "small", tmp_path / "large"
    small_dir.mkdir(), large_dir.mkdir()
    (small, n_small), (large, n_large) = limits.big_yaml(small_dir, 200_000), limits.big_yaml(large_dir, 800_000)
    out_small, out_large = small_dir / "out.csv", large_dir / "out.csv"
    run_small, peak_small = _peak("score", small, "--format", "csv", "-o", out_small)
    run_large, peak_large = _peak("score", large, "--format", "csv", "-o", out_large)
    assert run_small.code == 0 and run_large.code == 0, run_large.stderr
    assert len(out_large.read_text(encoding="utf-8-sig").splitlines()) == n_large + 1
    per_byte = (peak_large - peak_small) / (large.stat().st_size - small.stat().st_size)
    assert per_byte < 100, f"{per_byte:.0f} B held per byte of YAML"
    ratio = F.growth(lambda: F.run("score", small, "--format", "csv", "-o", out_small, limit=120),
                     lambda: F.run("score", large, "--format", "csv", "-o", out_large, limit=120))
    assert ratio < 8, f"four times the units took {ratio:.1f} times as long"


@pytest.mark.slow
@pytest.mark.parametrize("shape", ["items", "line"])
def test_a_large_rubric_grows_linearly(shape, tmp_path):
    """A rubric of many items, and a rubric of one long line: four times the text costs
    about four times the time and the memory of `check`."""
    make = limits.big_rubric if shape == "items" else limits.long_line
    small_dir, large_dir = tmp_path / "small", tmp_path / "large"
    small_dir.mkdir(), large_dir.mkdir()
    small, large = make(small_dir, 25_000), make(large_dir, 100_000)
    run_small, peak_small = _peak("check", small)
    run_large, peak_large = _peak("check", large)
    assert run_small.code in (0, 1) and run_large.code in (0, 1)
    assert "Traceback" not in run_large.stderr
    assert peak_large < 6 * peak_small, f"peak {peak_small >> 20} MB → {peak_large >> 20} MB"
    ratio = F.growth(lambda: F.run("check", small, limit=120), lambda: F.run("check", large, limit=120))
    assert ratio < 8, f"four times the text took {ratio:.1f} times as long"


# ------------------------------------------------------------------ the rubric cap

def test_a_rubric_over_its_cap_is_refused_though_a_facts_file_of_that_size_is_read(tmp_path):
    """A rubric costs `check` about 7 µs per byte (8 MB: over a minute), so its cap is 1 MB
    (E003, exit 2), below the 8 MB of a facts file; the text over the cap is never parsed."""
    rubric = limits.long_line(tmp_path, MAX_RUBRIC_BYTES + 3)
    assert rubric.stat().st_size > MAX_RUBRIC_BYTES
    run = F.judge(F.run("check", rubric, limit=10))
    assert run.code == 2 and "E003" in run.stderr and "上限 1 MB" in run.stderr
    facts = tmp_path / "facts.yaml"
    (tmp_path / "r.jd").write_text((ROOT / "rubrics" / "chengzhai-2018.jd").read_text(encoding="utf-8"), encoding="utf-8")
    example = (ROOT / "examples" / "chengzhai-2018" / "facts.yaml").read_text(encoding="utf-8")
    facts.write_text("#" + "x" * (MAX_RUBRIC_BYTES * 2) + "\n" + example.replace("../../rubrics/chengzhai-2018.jd", "r.jd"),
                     encoding="utf-8")
    assert F.judge(F.run("score", facts, limit=10)).code == 0


def test_import_refuses_a_document_whose_draft_would_be_over_the_cap(tmp_path):
    doc = tmp_path / "big.txt"
    doc.write_text("一、工作落实(10分)\n" + "未按时上报的每次扣1分。\n" * 40_000, encoding="utf-8")
    run = F.judge(F.run("import", doc, "-o", tmp_path / "draft.jd", limit=10))
    assert run.code == 2 and "E003" in run.stderr and "分成几份" in run.stderr
    assert not (tmp_path / "draft.jd").exists()


@pytest.mark.slow
@pytest.mark.parametrize("shape", ["items", "line"])
def test_a_rubric_at_the_cap_is_checked(shape, tmp_path):
    make = limits.big_rubric if shape == "items" else limits.long_line
    rubric = make(tmp_path, MAX_RUBRIC_BYTES - 4096)
    run, peak = _peak("check", rubric)
    assert run.code in (0, 1) and "Traceback" not in run.stderr
    assert peak < 400 * 1024 * 1024, f"peak {peak >> 20} MB"
