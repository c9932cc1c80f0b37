"""`jdscore render`: the official table as Markdown (golden), HTML (self-contained, A4,
every input string escaped) and a workbook with the published documents' merged cells."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from conftest import ROOT, golden

CASES = ROOT / "tests" / "cases" / "render"
# Copies of rubrics/chengzhai-2018.jd and of the score and parser test rubrics, so that
# these goldens change only when the renderer does.
RUBRICS = {name: CASES / f"{name}.jd" for name in ("chengzhai", "all-kinds", "groups")}

HOSTILE = """考评 "<script>alert('标题')</script>禁毒考评"
年度 2019
满分 5
大项 "宣传 & 教育 <b>" 5分 {
  责任单位: <script>alert("单位")</script>县禁毒办
  协助单位: 团委 | 教育局
  项目 "媒体|宣传" 5分 {
    消息数: 每条计0.5分,最高计5分
  }
}
"""


@pytest.mark.parametrize("name", sorted(RUBRICS))
def test_markdown_golden(name, jd):
    run = jd("render", str(RUBRICS[name].relative_to(ROOT)), cwd=ROOT)
    assert run.exit_code == 0, run.stderr
    golden(CASES / f"{name}.md.expected", run.stdout)


def test_html_golden(jd):
    run = jd("render", str(RUBRICS["all-kinds"].relative_to(ROOT)), "--format", "html", cwd=ROOT)
    assert run.exit_code == 0, run.stderr
    golden(CASES / "all-kinds.html.expected", run.stdout)


def test_html_is_self_contained_and_prints_on_a4(jd):
    page = jd("render", str(RUBRICS["groups"]), "--format", "html").stdout
    assert "@page { size: A4" in page
    assert "break-inside: avoid" in page and "display: table-header-group" in page
    for outside in ("<link", "<script", "src=", "http://", "https://", "@import"):
        assert outside not in page
    # merged cells as in the published table: the 大项 spans its three rows
    assert '<td class="group" rowspan="3">禁毒宣传(20分)</td>' in page


def test_html_escapes_every_input_string(jd, tmp_path):
    rubric = tmp_path / "hostile.jd"
    rubric.write_text(HOSTILE, encoding="utf-8")
    run = jd("render", str(rubric), "--format", "html")
    assert run.exit_code == 0, run.stderr
    page = run.stdout
    assert "<script" not in page and "教育 <b>" not in page
    assert "&lt;script&gt;alert(&#x27;标题&#x27;)&lt;/script&gt;禁毒考评" in page
    assert "&lt;script&gt;alert(&quot;单位&quot;)&lt;/script&gt;县禁毒办" in page
    assert "宣传 &amp; 教育 &lt;b&gt;(5分)" in page
    markdown = jd("render", str(rubric)).stdout
    assert "<script" not in markdown and "媒体\\|宣传" in markdown and "团委 \\| 教育局" in markdown


def test_xlsx_merged_cells_points_and_print_setup(jd, tmp_path):
    out = tmp_path / "table.xlsx"
    run = jd("render", str(RUBRICS["all-kinds"]), "--format", "xlsx", "-o", str(out))
    assert run.exit_code == 0, run.stderr
    ws = load_workbook(out)["考评细则"]
    merged = {str(r) for r in ws.merged_cells.ranges}
    assert [c.value for c in ws[3]] == ["大项", "小项", "具体项目", "具体内容", "分值", "责任单位", "协助单位", "考评方法"]
    # 宣传教育 spans its seven rule rows, its 责任单位 too; 媒体宣传 its three, with its 3 points
    assert ws["A4"].value == "宣传教育(10分)" and "A4:A10" in merged
    assert ws["F4"].value == "县禁毒办" and "F4:F10" in merged
    assert ws["B4"].value == "媒体宣传(3分)" and "B4:B6" in merged
    assert ws["E4"].value == 3 and "E4:E6" in merged
    total = next(r for r in ws.iter_rows(min_row=4) if r[0].value == "合计")
    assert total[4].value == 30 and "一致" in total[5].value
    assert str(ws.page_setup.paperSize) == ws.PAPERSIZE_A4 and ws.page_setup.orientation == "landscape"
    assert ws.print_title_rows == "$3:$3"
    again = tmp_path / "again.xlsx"
    jd("render", str(RUBRICS["all-kinds"]), "--format", "xlsx", "-o", str(again))
    assert again.read_bytes() == out.read_bytes()


def test_points_that_do_not_add_up_are_flagged(jd):
    run = jd("render", str(RUBRICS["chengzhai"]), "--format", "html")
    assert "W301" in run.stderr  # also on stderr, as `check` reports it
    assert '<li class="bad">✗ “无毒创建”写的是7分,但下面各项最多只能得5.5分(W301)</li>' in run.stdout


def test_rubric_with_errors_is_refused(jd, tmp_path):
    bad = tmp_path / "bad.jd"
    bad.write_text('大项 "甲" 5分 {\n  项目 "乙" 3分 {\n    消息数: 每条计1分,最高计3分\n  }\n'
                   '  项目 "丙" 3分 {\n    报告数: 每条计1分,最高计3分\n  }\n}\n', encoding="utf-8")
    run = jd("render", str(bad))
    assert run.exit_code == 1 and "E302" in run.stderr and "E601" in run.stderr
    run = jd("render", str(tmp_path / "none.jd"))
    assert run.exit_code == 2 and "E001" in run.stderr


def test_score_results_as_a_workbook(jd, tmp_path):
    import json

    facts = ROOT / "tests" / "cases" / "score" / "all-kinds" / "facts.yaml"
    out = tmp_path / "results.xlsx"
    run = jd("score", str(facts), "--format", "xlsx", "--explain", "-o", str(out))
    assert run.exit_code == 0, run.stderr
    units = json.loads(jd("score", str(facts), "--format", "json").stdout)["units"]
    wb = load_workbook(out)
    rows = list(wb["汇总"].iter_rows(min_row=3, values_only=True))
    from decimal import Decimal
    assert [(r[1], Decimal(str(r[2]))) for r in rows] == [(u["name"], Decimal(u["total"])) for u in units]
    assert wb["明细"].max_row > len(units)
    assert jd("score", str(facts), "--format", "xlsx").exit_code == 2  # not to a terminal
