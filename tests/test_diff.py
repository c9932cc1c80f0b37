"""`jdscore diff`: two versions of a rubric (tests/cases/diff/old.jd, new.jd) whose items
moved, were renumbered, renamed, added and removed, with changed points, thresholds,
boundary words and wording; and the same facts scored under both."""

from __future__ import annotations

import json

import pytest

from conftest import ROOT, golden

CASES = ROOT / "tests" / "cases" / "diff"
OLD, NEW, FACTS = (str((CASES / n).relative_to(ROOT)) for n in ("old.jd", "new.jd", "facts.yaml"))


@pytest.mark.parametrize("fmt", ["text", "md", "json"])
def test_diff_with_facts_golden(fmt, jd):
    run = jd("diff", OLD, NEW, "--facts", FACTS, "--format", fmt, cwd=ROOT)
    assert run.exit_code == 0, run.stderr
    golden(CASES / f"impact.{fmt}.expected", run.stdout)


def test_diff_without_facts_golden(jd):
    run = jd("diff", OLD, NEW, cwd=ROOT)
    assert run.exit_code == 0, run.stderr
    golden(CASES / "diff.expected", run.stdout)


def _diff(jd, *extra) -> dict:
    run = jd("diff", OLD, NEW, "--format", "json", *extra, cwd=ROOT)
    assert run.exit_code == 0, run.stderr
    return json.loads(run.stdout)


def _item(data: dict, path_end: str) -> dict:
    return next(i for i in data["items"] if (i["new"] or i["old"])["path"].endswith(path_end))


def _kinds(item: dict) -> list[str]:
    return [c["kind"] for c in item["changes"]]


def test_items_are_matched_by_structure_and_title(jd):
    data = _diff(jd)
    # moved to another 大项 and renumbered (三) -> (一): one item, not a removal and an addition
    test = _item(data, "项目“(一)知识测评”")
    assert test["status"] == "changed"
    assert _kinds(test)[:3] == ["moved", "renumbered", "points"]
    assert test["old"]["path"] == "大项“一、禁毒宣传” / 项目“(三)知识测评”"
    # the two 大项 swapped places and numbers
    publicity = _item(data, "大项“二、禁毒宣传”")
    assert _kinds(publicity) == ["reordered", "renumbered", "points"]
    # a fact renamed with the same sentence is the same rule
    wechat = _item(data, "微信发布数")
    assert _kinds(wechat) == ["facts"] and "微信消息数 → 微信发布数" in wechat["changes"][0]["text"]
    statuses = {(i["status"], (i["new"] or i["old"])["path"]) for i in data["items"] if i["status"] != "changed"}
    assert statuses == {("added", "大项“一、戒毒管理” / 项目“(四)社区康复”"),
                        ("added", "大项“三、预防教育”"),
                        ("removed", "大项“一、禁毒宣传” / 项目“(二)宣传阵地”")}


def test_points_thresholds_boundaries_and_wording(jd):
    data = _diff(jd)
    rate = _item(data, "测评合格率")
    texts = [c["text"] for c in rate["changes"]]
    assert ("boundary", "“合格率超过90%的,计5分” 边界: 测评合格率≥90% → 测评合格率>90%") in \
        [(c["kind"], c["text"]) for c in rate["changes"]]
    assert "“合格率85%至90%的,计3分” 条件: 80%≤测评合格率≤90% → 85%≤测评合格率≤90%" in texts
    assert _kinds(_item(data, "尿检缺人次")) == ["points"]
    assert _item(data, "年保持率")["changes"][0]["text"] == "达标线: 年保持率≥80% → 年保持率≥85%"
    assert _kinds(_item(data, "月检查次数")) == ["wording"]
    header = [c["text"] for c in data["header"]]
    assert "满分: 20 → 22" in header and "等级 优秀: 总分≥18分 → 总分≥19分" in header
    meta = _item(data, "大项“一、戒毒管理”")
    assert "责任单位: 派出所 → 派出所、司法所" in [c["text"] for c in meta["changes"]]


def test_impact_reports_facts_and_sorts_units_by_change(jd):
    data = _diff(jd, "--facts", FACTS)["impact"]
    facts = data["fact_changes"]
    assert facts["renamed"] == [{"old": "微信消息数", "new": "微信发布数"}]
    assert facts["no_longer_read"] == ["建有宣传阵地"]
    assert facts["lacking_new"] == ["康复帮扶率"]
    units = data["units"]
    assert [u["name"] for u in units] == ["王庄乡", "李庄乡", "张庄乡"]
    wang = units[0]
    assert (wang["old"]["total"], wang["new"]["total"], wang["delta"]) == ("17.25", "13.5", "-3.75")
    assert (wang["old"]["grade"], wang["new"]["grade"]) == ("良好", "合格")
    assert wang["scored_as_missing"]["new"] == ["康复帮扶率"]
    # the causes add up to the change of the total
    from decimal import Decimal
    assert sum(Decimal(c["delta"]) for c in wang["causes"]) == Decimal(wang["delta"])
    # the renamed fact was carried over: 25 × 0.1 capped at 2, as before
    zhang = units[2]
    media = next(c for c in zhang["causes"] if c["item"].endswith("媒体宣传”"))
    assert (media["old"], media["new"]) == ("2.1", "2.5")


def test_facts_from_a_spreadsheet_give_the_same_impact(jd, tmp_path):
    import yaml

    data = yaml.safe_load((CASES / "facts.yaml").read_text(encoding="utf-8"))
    names = list(next(iter(data["units"].values())))
    lines = ["单位," + ",".join(names)]
    for unit, values in data["units"].items():
        lines.append(unit + "," + ",".join("是" if values[n] is True else "否" if values[n] is False
                                           else str(values[n]) for n in names))
    sheet = tmp_path / "facts.csv"
    sheet.write_text("\n".join(lines) + "\n", encoding="utf-8")
    from_yaml = _diff(jd, "--facts", FACTS)["impact"]
    from_csv = _diff(jd, "--facts", str(sheet))["impact"]
    assert from_csv["units"] == from_yaml["units"]
    assert from_csv["fact_changes"] == from_yaml["fact_changes"]


def test_identical_rubrics_have_no_changes(jd):
    run = jd("diff", OLD, OLD, cwd=ROOT)
    assert run.exit_code == 0
    assert "概要: 没有变化" in run.stdout and "条目" not in run.stdout


def test_bad_inputs(jd, tmp_path):
    run = jd("diff", OLD, str(tmp_path / "missing.jd"), cwd=ROOT)
    assert run.exit_code == 2 and "E001" in run.stderr
    broken = tmp_path / "broken.jd"
    broken.write_text('项目 "甲" 2分 {\n  消息数: 每条计0.5分,最高计1分\n', encoding="utf-8")
    run = jd("diff", OLD, str(broken), cwd=ROOT)
    assert run.exit_code == 1 and "E601" in run.stderr and "E103" in run.stderr
    facts = tmp_path / "facts.yaml"
    facts.write_text("units:\n  张庄乡:\n    消息数: 三条\n", encoding="utf-8")
    run = jd("diff", OLD, NEW, "--facts", str(facts), cwd=ROOT)
    assert run.exit_code == 1 and "E405" in run.stderr and "traceback" not in run.stderr.lower()


# ------------------------------------------------------- a draft that lowers a threshold

LOWERED = ROOT / "tests" / "cases" / "diff" / "lowered-threshold"


def test_diff_facts_keeps_working_when_a_draft_lowers_a_threshold(jd):
    """A rate's range is its kind's, or the header's declaration: never a threshold's. The
    draft lowers 床位利用率 100%以上 to 95%以上, and 103% is still a valid value under both."""
    run = jd("diff", *(rel(LOWERED / n) for n in ("old.jd", "new.jd")), "--facts", rel(LOWERED / "facts.yaml"),
             cwd=ROOT)
    assert run.exit_code == 0, run.stderr
    golden(LOWERED / "impact.text.expected", run.stdout)


def test_without_a_declaration_both_versions_refuse_the_same_values(jd, tmp_path):
    """Undeclared, the rate stops at 100% under the old threshold as under the lowered one."""
    facts = tmp_path / "facts.yaml"
    facts.write_text((LOWERED / "facts.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    refused = []
    for name in ("old.jd", "new.jd"):
        text = (LOWERED / name).read_text(encoding="utf-8").replace("事实 床位利用率: 比率, 可超过100%\n", "")
        (tmp_path / name).write_text(text, encoding="utf-8")
        run = jd("score", str(facts), "--rubric", str(tmp_path / name))
        assert run.exit_code == 1
        refused.append(sorted(line for line in run.stderr.splitlines() if "[E407]" in line))
    assert refused[0] == refused[1] and len(refused[0]) == 2
    assert "事实 床位利用率: 比率, 可超过100%" in run.stderr  # the hint says how to declare it


def test_a_changed_declaration_is_a_header_change(jd, tmp_path):
    new = tmp_path / "new.jd"
    new.write_text((LOWERED / "old.jd").read_text(encoding="utf-8").replace("可超过100%", "最高120%"),
                   encoding="utf-8")
    run = jd("diff", rel(LOWERED / "old.jd"), str(new), cwd=ROOT)
    assert run.exit_code == 0, run.stderr
    assert "事实 床位利用率 的范围: 可超过100% → 0%—120%" in run.stdout


def rel(path) -> str:
    return str(path.relative_to(ROOT))


def test_facts_refused_by_one_version_say_which(jd, tmp_path):
    """The draft drops the declaration: 103% and 112% are refused, as the new rubric's doing."""
    new = tmp_path / "new.jd"
    new.write_text((LOWERED / "new.jd").read_text(encoding="utf-8").replace("事实 床位利用率: 比率, 可超过100%\n", ""),
                   encoding="utf-8")
    run = jd("diff", rel(LOWERED / "old.jd"), str(new), "--facts", rel(LOWERED / "facts.yaml"), cwd=ROOT)
    assert run.exit_code == 1 and run.stderr.count("[E407]") == 2
    assert run.stderr.count(f"说明: 新细则 {new} 不接受(旧细则接受)") == 2
    data = json.loads(jd("diff", rel(LOWERED / "old.jd"), rel(LOWERED / "new.jd"), "--facts",
                         rel(LOWERED / "facts.yaml"), "--format", "json", cwd=ROOT).stdout)
    assert {u["name"]: u["delta"] for u in data["impact"]["units"]}["株洲市"] == "1"
