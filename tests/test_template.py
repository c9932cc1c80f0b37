"""`jdscore template`: the YAML skeleton (golden), the JSON Schema (every example facts file
validates against it), the workbook and CSV forms, and the round trip
template -> fill in -> `jdscore score`, which must score exactly as the YAML does."""

from __future__ import annotations

import csv
import io
import json
import shutil
from decimal import Decimal
from pathlib import Path

import jsonschema
import pytest
import yaml
from openpyxl import load_workbook

from conftest import ROOT, golden
from jdscore.facts import read_yaml
from jdscore.source import Source

CASES = ROOT / "tests" / "cases" / "template"
# Copies of rubrics/chengzhai-2018.jd and of the score test rubric (every rule kind), so
# that these goldens change only when the template does.
RUBRICS = {name: CASES / f"{name}.jd" for name in ("chengzhai", "all-kinds")}
# Each facts file that names a rubric: the schema of that rubric must accept it.
FACTS_FILES = sorted(ROOT.glob("examples/*/facts.yaml")) + sorted(ROOT.glob("tests/cases/score/*/facts.yaml"))
# Every shipped example, and the facts that use every rule kind (records, judged lists, metrics).
ROUND_TRIPS = sorted(ROOT.glob("examples/*/facts.yaml")) + [ROOT / "tests" / "cases" / "score" / "all-kinds" / "facts.yaml"]


def rel(path: Path) -> str:
    return str(path.relative_to(ROOT))


@pytest.mark.parametrize("name", sorted(RUBRICS))
def test_yaml_skeleton_golden(name, jd):
    run = jd("template", rel(RUBRICS[name]), "--unit", "张庄村", "--unit", "李庄村", cwd=ROOT)
    assert run.exit_code == 0, run.stderr
    golden(CASES / f"{name}.yaml.expected", run.stdout)


def _local(rubric: Path, tmp_path: Path) -> Path:
    """A copy of `rubric` in tmp_path: a form names only rubrics in its own folder's tree."""
    copy = tmp_path / rubric.name
    shutil.copyfile(rubric, copy)
    return copy


def test_yaml_skeleton_lists_every_fact_and_needs_filling(jd, tmp_path):
    out = tmp_path / "facts.yaml"
    run = jd("template", str(_local(RUBRICS["chengzhai"], tmp_path)), "-o", str(out))
    assert run.exit_code == 0, run.stderr
    data = yaml.safe_load(out.read_text(encoding="utf-8"))
    facts = data["units"]["单位名称"]
    assert len(facts) == 22 and all(v is None for v in facts.values())
    # the rubric path is relative to the written file, so the skeleton scores as soon as it is filled
    run = jd("score", str(out))
    assert run.exit_code == 1
    assert "E409" in run.stderr and "强戒案件数" in run.stderr


def _schema(jd, rubric: Path) -> dict:
    run = jd("template", str(rubric), "--format", "schema")
    assert run.exit_code == 0, run.stderr
    schema = json.loads(run.stdout)
    jsonschema.Draft202012Validator.check_schema(schema)
    return schema


@pytest.mark.parametrize("facts", FACTS_FILES, ids=lambda p: rel(p))
def test_json_schema_accepts_every_example(facts: Path, jd):
    document = yaml.safe_load(facts.read_text(encoding="utf-8"))
    schema = _schema(jd, (facts.parent / document["rubric"]).resolve())
    errors = [e.message for e in jsonschema.Draft202012Validator(schema).iter_errors(document)]
    assert errors == []


def test_json_schema_rejects_bad_facts(jd):
    bad = ROOT / "tests" / "cases" / "facts" / "wrong-types.yaml"
    schema = _schema(jd, bad.parent / "rubric.jd")
    document = yaml.safe_load(bad.read_text(encoding="utf-8"))
    errors = list(jsonschema.Draft202012Validator(schema).iter_errors(document))
    wrong = {e.path[1] + "/" + e.path[2] for e in errors if len(e.path) >= 3}
    assert {"张庄村/消息数", "张庄村/尿检率", "张庄村/建立机构", "张庄村/问题扣分", "李庄村/消息数",
            "王庄村/消息数", "王庄村/问题扣分"} <= wrong


def test_a_change_on_last_year_may_be_below_0_in_every_form(jd, tmp_path):
    # 持平得5分,每增加1%…,每减少1%…: the value is the change; the forms accept a fall as jdscore does
    rubric = tmp_path / "change.jd"
    rubric.write_text('考评 "变化"\n项目 "经费" 10分 {\n'
                      "  经费变化: 与上年持平得5分,每增加1%加1分,每减少1%扣1分\n}\n", encoding="utf-8")
    schema = _schema(jd, rubric)
    facts = {"rubric": "change.jd", "units": {"甲": {"经费变化": "-2%"}, "乙": {"经费变化": -0.02}}}
    assert list(jsonschema.Draft202012Validator(schema).iter_errors(facts)) == []
    assert _totals(jd, tmp_path, facts) == ["3", "3"]


def _one_item(jd, rubric: Path, item: str, line: str) -> tuple[Path, str]:
    """A rubric of one 10-point item holding one rule line, and its YAML template."""
    rubric.write_text(f'考评 "测试"\n项目 "{item}" 10分 {{\n  {line}\n}}\n', encoding="utf-8")
    return rubric, jd("template", str(rubric), cwd=rubric.parent).stdout


def _totals(jd, tmp_path: Path, facts: dict) -> list[str]:
    """Each unit's total, the facts written beside the rubric and scored."""
    path = tmp_path / "facts.yaml"
    path.write_text(yaml.safe_dump(facts, allow_unicode=True), encoding="utf-8")
    run = jd("score", str(path), "--format", "json", cwd=tmp_path)
    assert run.exit_code == 0, run.stderr
    return [u["total"] for u in json.loads(run.stdout)["units"]]


def test_a_value_in_wan_is_written_with_its_magnitude_in_every_form(jd, tmp_path):
    # 达到5万元: the forms ask 8万 / 80000元 (a bare 8 is refused by jdscore: 8元 or 8万元?)
    rubric = tmp_path / "money.jd"
    rubric.write_text('考评 "收入"\n项目 "集体经济" 4分 {\n'
                      "  收入: 村集体经济年经营性收入达到5万元的得4分\n}\n", encoding="utf-8")
    schema = _schema(jd, rubric)
    good = {"rubric": "money.jd", "units": {"甲": {"收入": "8万"}, "乙": {"收入": "80000元"}, "丙": {"收入": 0}}}
    assert list(jsonschema.Draft202012Validator(schema).iter_errors(good)) == []
    bad = {"rubric": "money.jd", "units": {"甲": {"收入": 8}, "乙": {"收入": "8"}}}
    assert len(list(jsonschema.Draft202012Validator(schema).iter_errors(bad))) == 2
    run = jd("template", str(rubric), cwd=tmp_path)
    assert "写明单位,如 8万元 或 80000元" in run.stdout
    path = tmp_path / "facts.yaml"
    path.write_text(yaml.safe_dump(good, allow_unicode=True), encoding="utf-8")
    run = jd("score", str(path), "--format", "json", cwd=tmp_path)
    assert run.exit_code == 0, run.stderr
    assert [u["total"] for u in json.loads(run.stdout)["units"]] == ["4", "4", "0"]
    # the boundary table writes its probes with the unit, so that they are read
    run = jd("test", "--boundaries", str(rubric), cwd=tmp_path)
    assert "49999.99元 → 0   50000元 → 4" in run.stdout and "无效值" not in run.stdout, run.stdout


def test_json_schema_golden(jd):
    run = jd("template", rel(RUBRICS["all-kinds"]), "--format", "schema", cwd=ROOT)
    golden(CASES / "all-kinds.schema.expected", run.stdout)


# --------------------------------------------------------------------- round trips

def _cell(value):
    """A YAML fact value as a clerk would type it into a cell."""
    if isinstance(value, list):
        if not value:
            return "[]"
        parts = []
        for item in value:
            v = item.value
            parts.append(",".join(f"{k}={x.value}" for k, x in v.items()) if isinstance(v, dict) and len(v) > 1
                         else str(next(iter(v.values())).value) if isinstance(v, dict) else str(v))
        return ";".join(parts)
    if isinstance(value, bool):
        return "是" if value else "否"
    return value


def _facts(path: Path) -> dict:
    tree = read_yaml(Source.read(path))
    return {unit: {k: v.value for k, v in body.value.items()} for unit, body in tree.value["units"].value.items()}


def _units_json(jd, facts: Path, *extra: str) -> list:
    run = jd("score", str(facts), "--format", "json", *extra)
    assert run.exit_code == 0, run.stderr
    return json.loads(run.stdout)["units"]


@pytest.mark.parametrize("facts", ROUND_TRIPS, ids=lambda p: p.parent.name)
def test_xlsx_round_trip_scores_like_yaml(facts: Path, jd, tmp_path):
    rubric = _local(facts.parent / yaml.safe_load(facts.read_text(encoding="utf-8"))["rubric"], tmp_path)
    form = tmp_path / "form.xlsx"
    values = _facts(facts)
    run = jd("template", str(rubric), "--format", "xlsx", "-o", str(form), *sum((["--unit", u] for u in values), []))
    assert run.exit_code == 0, run.stderr
    wb = load_workbook(form)
    ws = wb["填报"]
    header = [c.value for c in ws[2] if c.value is not None]
    assert header[0] == "单位" and ws["A3"].value.startswith("#")
    for row in range(4, 4 + len(values)):
        unit = ws.cell(row, 1).value
        for column, name in enumerate(header[1:], start=2):
            value = values[unit][name]
            cell = ws.cell(row, column)
            if isinstance(value, str) and value.endswith("%") and row % 2 == 0:
                # typed as 87 or 87% in Excel: the number 0.87, in the template's percentage format
                # (without it the explanation would show the value read as 0.87, not as 87%)
                cell.value = Decimal(value[:-1]) / 100
            else:
                cell.value = _cell(value)
    filled = tmp_path / "filled.xlsx"
    wb.save(filled)
    assert _units_json(jd, filled) == _units_json(jd, facts)


@pytest.mark.parametrize("facts", ROUND_TRIPS, ids=lambda p: p.parent.name)
def test_csv_round_trip_scores_like_yaml(facts: Path, jd, tmp_path):
    rubric = _local(facts.parent / yaml.safe_load(facts.read_text(encoding="utf-8"))["rubric"], tmp_path)
    form = tmp_path / "form.csv"
    values = _facts(facts)
    run = jd("template", str(rubric), "--format", "csv", "-o", str(form), *sum((["--unit", u] for u in values), []))
    assert run.exit_code == 0, run.stderr
    rows = list(csv.reader(io.StringIO(form.read_text(encoding="utf-8-sig"))))
    header = rows[1]
    for row in rows[3:]:
        row[1:] = [str(_cell(values[row[0]][name])) for name in header[1:]]
    filled = tmp_path / "filled.csv"
    # as Excel on a Chinese system saves it: GBK
    filled.write_bytes("".join(",".join(r) + "\r\n" for r in rows).encode("gb18030"))
    assert _units_json(jd, filled) == _units_json(jd, facts)


def test_xlsx_template_is_deterministic_with_validation_and_guide(jd, tmp_path):
    a, b = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    assert jd("template", str(RUBRICS["all-kinds"]), "--format", "xlsx", "-o", str(a)).exit_code == 0
    assert jd("template", str(RUBRICS["all-kinds"]), "--format", "xlsx", "-o", str(b)).exit_code == 0
    assert a.read_bytes() == b.read_bytes()
    wb = load_workbook(a)
    assert wb.sheetnames == ["填报", "填写说明"]
    assert wb.properties.creator == "jdscore" and wb.properties.created.year == 2000
    ws = wb["填报"]
    header = {c.value: c.column_letter for c in ws[2]}
    rules = {str(dv.sqref).split(":")[0]: dv for dv in ws.data_validations.dataValidation}
    assert rules[header["建立机构"] + "4"].type == "list"
    assert rules[header["建立机构"] + "4"].formula1 == '"是,否,缺报"'
    rate = rules[header["年保持率"] + "4"].formula1
    assert "<=1" in rate and "缺报" in rate
    judged = rules[header["综合评价"] + "4"].formula1
    assert ">=0" in judged and "<=2" in judged
    deduction = rules[header["综合排名"] + "4"].formula1
    assert "缺报" not in deduction  # a 扣分项 fact cannot be 缺报
    assert header["违规扣分"] + "4" not in rules  # lists are text
    assert "每条阅读量5—10万的" in ws[header["微信消息"] + "2"].comment.text
    guide = [c.value for c in wb["填写说明"]["A"] if c.value]
    assert any("缺报" in str(v) for v in guide)


def test_xlsx_columns_show_rates_as_percentages_and_counts_as_whole_numbers(jd, tmp_path):
    from jdscore import pipeline
    from jdscore.schema import Kind

    form = tmp_path / "form.xlsx"
    assert jd("template", str(RUBRICS["all-kinds"]), "--format", "xlsx", "-o", str(form)).exit_code == 0
    ws = load_workbook(form)["填报"]
    column = {c.value: c.column for c in ws[2] if c.value}
    kinds = {name: spec.kind for name, spec in pipeline.check_file(RUBRICS["all-kinds"]).program.schema.facts.items()}
    expected = {Kind.RATE: "0.0#%", Kind.COUNT: "0", Kind.RECORDS: "@", Kind.AMOUNTS: "@"}
    assert {Kind.RATE, Kind.COUNT} <= set(kinds.values())
    for name, kind in kinds.items():
        shown = expected.get(kind, "General")
        # every row of the form, the first and the last
        assert ws.cell(4, column[name]).number_format == shown, name
        assert ws.cell(303, column[name]).number_format == shown, name
    assert ws.cell(3, column["年保持率"]).number_format == "General"  # the hint row stays text


def test_xlsx_to_terminal_needs_output(jd):
    run = jd("template", str(RUBRICS["chengzhai"]), "--format", "xlsx")
    assert run.exit_code == 2 and "E605" in run.stderr


# ------------------------------------------------------------------- bad workbooks

def _filled_chengzhai(tmp_path, jd) -> Path:
    form = tmp_path / "form.xlsx"
    assert jd("template", str(_local(RUBRICS["chengzhai"], tmp_path)), "--format", "xlsx", "-o", str(form),
              "--unit", "张庄村", "--unit", "李庄村").exit_code == 0
    wb = load_workbook(form)
    ws = wb["填报"]
    header = [c.value for c in ws[2]]
    values = _facts(CASES / "chengzhai-facts.yaml")["程寨村"]
    for row in (4, 5):
        for column, name in enumerate(header[1:], start=2):
            ws.cell(row, column).value = _cell(values[name])
    wb.save(form)
    return form


def test_bad_cells_are_named_by_reference(jd, tmp_path):
    form = _filled_chengzhai(tmp_path, jd)
    wb = load_workbook(form)
    ws = wb["填报"]
    column = {c.value: c.column for c in ws[2]}
    ws.cell(4, column["强戒案件数"]).value = "三条"
    ws.cell(5, column["尿检缺人次"]).value = -1
    ws.cell(5, column["情况清底数明"]).value = "也许"
    ws.cell(4, column["月检查次数"]).value = None
    wb.save(form)
    run = jd("score", str(form.relative_to(tmp_path)), cwd=tmp_path)
    golden(CASES / "bad-cells.expected", f"exit {run.exit_code}\n{run.stderr}")


def test_layout_errors(jd, tmp_path):
    form = _filled_chengzhai(tmp_path, jd)
    wb = load_workbook(form)
    ws = wb["填报"]
    ws.cell(2, ws.max_column + 1).value = "多余的事实"
    ws.cell(2, 2).value = "强戒案件"  # a typo in a header
    ws.cell(6, 3).value = 1           # data without a unit name
    ws.cell(7, 1).value = "张庄村"     # a unit twice
    wb.save(form)
    run = jd("score", str(form.relative_to(tmp_path)), cwd=tmp_path)
    golden(CASES / "layout-errors.expected", f"exit {run.exit_code}\n{run.stderr}")


OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)  # the start of an .xls or .et file


@pytest.mark.parametrize("name,data,kind", [
    ("form.xls", OLE2, "旧版 Excel(.xls)"),
    ("form.et", OLE2, "WPS 表格(.et)"),
    ("form.ods", b"PK\x03\x04" + bytes(26) + b"mimetypeapplication/vnd.oasis.opendocument.spreadsheet", "(.ods)"),
    ("facts.yaml", OLE2, "旧版 Excel(.xls)或 WPS(.et)表格"),   # renamed: known by its first bytes
])
def test_other_spreadsheets_are_refused_with_save_as_xlsx(jd, tmp_path, name, data, kind):
    path = tmp_path / name
    path.write_bytes(data)
    for command in (["score", str(path), "--rubric", str(RUBRICS["chengzhai"])],
                    ["report", str(path), "--rubric", str(RUBRICS["chengzhai"])]):
        run = jd(*command)
        assert run.exit_code == 2 and "E602" in run.stderr and kind in run.stderr
        assert "另存为 .xlsx" in run.stderr and "UTF-8" not in run.stderr and "YAML:" not in run.stderr


def test_unreadable_and_headerless_files(jd, tmp_path):
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"PK\x03\x04 not really a workbook")
    run = jd("score", str(junk))
    assert run.exit_code == 2 and "E602" in run.stderr
    blank = tmp_path / "blank.csv"
    blank.write_text("a,b\n1,2\n", encoding="utf-8")
    run = jd("score", str(blank), "--rubric", str(RUBRICS["chengzhai"]))
    assert run.exit_code == 1 and "E603" in run.stderr and "单位" in run.stderr
    nameless = tmp_path / "nameless.csv"
    nameless.write_text("单位,强戒案件数\n张庄村,1\n", encoding="utf-8")
    run = jd("score", str(nameless))
    assert run.exit_code == 1 and "E603" in run.stderr and "--rubric" in run.stderr
    missing = tmp_path / "missing.csv"
    run = jd("score", str(missing))
    assert run.exit_code == 2 and "E001" in run.stderr


def test_declared_rate_ranges_reach_the_form_and_the_schema(jd, tmp_path):
    """事实 床位利用率: 比率, 可超过100% / 事实 到场率: 比率, 最高150%: the workbook's validation,
    the YAML comments and the JSON Schema hold what the header declares, an undeclared rate 100%."""
    rubric = ROOT / "tests" / "cases" / "facts" / "rubric-declared.jd"
    form = tmp_path / "form.xlsx"
    assert jd("template", str(rubric), "--format", "xlsx", "-o", str(form)).exit_code == 0
    ws = load_workbook(form)["填报"]
    header = {c.value: c.column_letter for c in ws[2]}
    rules = {str(dv.sqref).split(":")[0]: dv for dv in ws.data_validations.dataValidation}
    unlimited, declared, default = (rules[header[n] + "4"] for n in ("床位利用率", "到场率", "接回率"))
    assert ">=0" in unlimited.formula1 and "<=" not in unlimited.formula1
    assert "<=1.5" in declared.formula1 and "0%—150%" in declared.error
    assert "<=1," in default.formula1 or "<=1)" in default.formula1
    skeleton = jd("template", str(rubric)).stdout
    assert "≥0%,可超过100%" in skeleton and "0%—150%" in skeleton and "0%—100%" in skeleton
    schema = json.loads(jd("template", str(rubric), "--format", "schema").stdout)
    document = {"rubric": "r.jd", "units": {"甲": {"床位利用率": 2.5, "到场率": 1.5, "接回率": 1}}}
    assert list(jsonschema.Draft202012Validator(schema).iter_errors(document)) == []
    for fact, value in (("到场率", 1.51), ("接回率", 1.01)):
        wrong = {"rubric": "r.jd", "units": {"甲": {**document["units"]["甲"], fact: value}}}
        assert list(jsonschema.Draft202012Validator(schema).iter_errors(wrong)), fact


def test_a_level_and_the_points_judged_within_it_in_every_form(jd, tmp_path):
    # 好的给8-10分,一般的给4-7分: the level is one of the words (its range was the records' text, and
    # the JSON Schema asked for an array), the points judged within the range of the level given
    rubric, skeleton = _one_item(jd, tmp_path / "levels.jd", "学籍管理",
                                 "管理档次, 管理评分: 制度完善,执行好的给8-10分,一般的给4-7分,较差的给1-3分。")
    assert "范围: 好、一般、较差 之一" in skeleton and "范围: 1—10分,在所评档次的范围内" in skeleton
    schema = _schema(jd, rubric)
    good = {"rubric": "levels.jd", "units": {"甲": {"管理档次": "好", "管理评分": 9},
                                             "乙": {"管理档次": "一般", "管理评分": 5}}}
    assert list(jsonschema.Draft202012Validator(schema).iter_errors(good)) == []
    assert _totals(jd, tmp_path, good) == ["9", "5"]
    # points outside the range of the level given: an error naming both, nothing scored
    good["units"]["乙"]["管理评分"] = 8
    path = tmp_path / "facts.yaml"
    path.write_text(yaml.safe_dump(good, allow_unicode=True), encoding="utf-8")
    run = jd("score", str(path), cwd=tmp_path)
    assert run.exit_code == 1 and "E408" in run.stderr and "“一般”的 4—7 分之间" in run.stderr
    # so in a filled form: each cell converts alone, the pair is checked per row (8 was scored)
    form = tmp_path / "form.csv"
    assert jd("template", str(rubric), "--format", "csv", "-o", str(form), "--unit", "甲", "--unit", "乙").exit_code == 0
    rows = list(csv.reader(io.StringIO(form.read_text(encoding="utf-8-sig"))))
    rows[3][1:], rows[4][1:] = ["好", "9"], ["一般", "8"]
    filled = tmp_path / "filled.csv"
    filled.write_text("".join(",".join(r) + "\n" for r in rows), encoding="utf-8")
    run = jd("score", str(filled), cwd=tmp_path)
    assert run.exit_code == 1 and "C5" in run.stderr and "“一般”的 4—7 分之间" in run.stderr


def test_a_scale_of_awards_reached_by_none_in_every_form(jd, tmp_path):
    # 国家级加10分,自治区级加8分,市级加5分: a unit with no such recognition writes 否 (无), and scores 0;
    # the forms offer it beside the levels (the workbook's list refused it)
    rubric, skeleton = _one_item(jd, tmp_path / "grades.jd", "应急管理",
                                 "推广级别: 被上级机关以现场会形式推广的,国家级加10分,自治区级加8分,市级加5分。")
    assert "范围: 国家级、自治区级、市级、否 之一" in skeleton
    schema = _schema(jd, rubric)
    facts = {"rubric": "grades.jd", "units": {"甲": {"推广级别": "市级"}, "乙": {"推广级别": "无"},
                                              "丙": {"推广级别": "否"}}}
    assert list(jsonschema.Draft202012Validator(schema).iter_errors(
        {"rubric": "grades.jd", "units": {"丙": {"推广级别": "否"}}})) == []
    assert _totals(jd, tmp_path, facts) == ["5", "0", "0"]
    run = jd("score", str(tmp_path / "facts.yaml"), "--unit", "乙", "--explain", cwd=tmp_path)
    assert run.exit_code == 0 and "各档都未达到" in run.stdout, run.stdout + run.stderr
    # a scale with a level of its own for nothing takes that level's name only
    _one_item(jd, rubric, "应急管理", "推广级别: 好的得3分,较好的得2分,一般的得1分,差的不得分。")
    path = tmp_path / "facts.yaml"
    path.write_text(yaml.safe_dump({"rubric": "grades.jd", "units": {"乙": {"推广级别": "无"}}}, allow_unicode=True),
                    encoding="utf-8")
    run = jd("score", str(path), cwd=tmp_path)
    assert run.exit_code == 1 and "E405" in run.stderr
