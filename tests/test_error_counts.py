"""Errors are counted (共 N 处错误), grouped by kind and capped on screen (--max-errors),
with every one of them in --format json: for `check` and for the facts `score` refuses."""

from __future__ import annotations

import json

import pytest

from jdscore.render.diagnostics import MAX_SHOWN

# Errors (E305, E307) and warnings (W301, W306, W323) of one draft.
RUBRIC = """事实 床位使用率: 比率, 可超过100%
指标 尿检率 = 实际尿检人次 / 应尿检人次
项目 "管控" 4分 {
  管控人数: 每1人计1分,最高计1分
  管控人数: 管控人数达到90%以上的,计1分
  得分: 按"不存在的项目"计分
  床位利用率: 床位利用率达到95%以上的,计1分
}
"""

ONE_FACT = '项目 "场所" 2分 {\n  床位利用率: 床位利用率达到95%以上的,计1分\n  案件数: 每起计0.5分,最高计1分\n}\n'


def _facts(tmp_path, units: int):
    """`units` units, each with a rate above 100% (E407) and every third a word for a count (E405)."""
    (tmp_path / "r.jd").write_text(ONE_FACT, encoding="utf-8")
    body = "".join(f"  单位{i}:\n    床位利用率: 120%\n    案件数: {'很多' if i % 3 == 0 else 2}\n"
                   for i in range(units))
    path = tmp_path / "facts.yaml"
    path.write_text("rubric: r.jd\nunits:\n" + body, encoding="utf-8")
    return path


def _framed(stderr: str) -> int:
    return stderr.count("错误[") + stderr.count("警告[")


@pytest.fixture
def rubric(tmp_path):
    path = tmp_path / "draft.jd"
    path.write_text(RUBRIC, encoding="utf-8")
    return path


def test_check_counts_the_findings_by_kind(jd, rubric):
    run = jd("check", str(rubric))  # the report on stdout, the summary line on stderr
    assert run.exit_code == 1
    found = json.loads(jd("check", str(rubric), "--format", "json").stdout)
    codes = [d["code"] for d in found["diagnostics"]]
    assert found["errors"] == 2 and found["warnings"] == 3
    assert "共 2 处错误、3 处警告:" in run.stdout
    for entry in found["counts"]:
        assert entry["count"] == codes.count(entry["code"])
        assert f"  {entry['code']} {entry['name']}: {entry['count']} 处" in run.stdout
    # errors first, the most frequent first
    assert [c["severity"] for c in found["counts"]][-1] == "warning"
    assert sum(c["count"] for c in found["counts"]) == len(codes) == _framed(run.stdout)
    assert "未显示" not in run.stdout


def test_check_max_errors_caps_the_screen_not_the_json(jd, rubric, tmp_path):
    everything = json.loads(jd("check", str(rubric), "--format", "json").stdout)["diagnostics"]
    assert len(everything) >= 4
    run = jd("check", str(rubric), "--max-errors", "2")
    assert _framed(run.stdout.split("共 ")[0]) == 2
    assert f"只显示了前 2 处,另有 {len(everything) - 2} 处未显示" in run.stdout
    assert "--max-errors 0" in run.stdout
    assert _framed(jd("check", str(rubric), "--max-errors", "0").stdout) == len(everything)
    capped_json = json.loads(jd("check", str(rubric), "--format", "json", "--max-errors", "1").stdout)
    assert len(capped_json["diagnostics"]) == len(everything)
    report = tmp_path / "report.txt"  # a report written to a file holds every finding
    jd("check", str(rubric), "--max-errors", "1", "-o", str(report))
    assert _framed(report.read_text(encoding="utf-8")) == len(everything)


def test_a_single_finding_is_not_tallied(jd, tmp_path):
    path = tmp_path / "one.jd"
    path.write_text('项目 "管控" 2分 {\n  管控人数: 每1人计1分,最高计1分\n}\n', encoding="utf-8")
    run = jd("check", str(path))
    assert "警告[W301]" in run.stdout and "共 " not in run.stdout + run.stderr


def test_score_counts_the_fact_errors_by_kind(jd, tmp_path):
    facts = _facts(tmp_path, 30)
    run = jd("score", str(facts))
    assert run.exit_code == 1 and run.stdout == ""
    assert "共 40 处错误:\n  E407 比率超过 100%: 30 处\n  E405 事实的类型不对: 10 处" in run.stderr
    assert _framed(run.stderr) == 40 and "未显示" not in run.stderr


def test_score_max_errors_and_the_default_cap(jd, tmp_path):
    facts = _facts(tmp_path, 300)  # 400 problems
    run = jd("score", str(facts))
    assert _framed(run.stderr) == MAX_SHOWN
    assert f"只显示了前 {MAX_SHOWN} 处,另有 {400 - MAX_SHOWN} 处未显示" in run.stderr
    run = jd("score", str(facts), "--max-errors", "5")
    assert _framed(run.stderr) == 5 and "共 400 处错误" in run.stderr and "另有 395 处未显示" in run.stderr
    run = jd("score", str(facts), "--max-errors", "0")
    assert _framed(run.stderr) == 400 and "未显示" not in run.stderr


def test_score_json_lists_every_fact_error(jd, tmp_path):
    facts = _facts(tmp_path, 300)
    out = tmp_path / "得分.json"
    run = jd("score", str(facts), "--format", "json", "--max-errors", "3", "-o", str(out))
    assert run.exit_code == 1 and not out.exists()  # no half a result where the scores go
    report = json.loads(run.stdout)
    assert report["errors"] == 400 == len(report["diagnostics"])
    assert {c["code"]: c["count"] for c in report["counts"]} == {"E407": 300, "E405": 100}
    assert report["files"] == [str(facts)]
    first = report["diagnostics"][0]
    assert first["location"]["line"] > 0 and first["message"].startswith("单位“")
    assert "共 400 处错误" in run.stderr and "错误[" not in run.stderr  # the count only, not 400 excerpts


def test_max_errors_must_not_be_negative(jd, tmp_path):
    run = jd("score", str(_facts(tmp_path, 1)), "--max-errors", "-1")
    assert run.exit_code == 2 and "错误[E005]" in run.stderr and "--max-errors" in run.stderr
