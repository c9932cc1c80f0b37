"""`jdscore report`: the office's HTML report. Here what holds without a browser: the
numbers are those of `score --format json`, the points lost by 责任单位 add up exactly on
every example, every input string is escaped, nothing is loaded from outside, errors exit
as every command's do (test_browser.py opens, prints and screenshots the page)."""

from __future__ import annotations

import html
import json
import re
from decimal import Decimal

import pytest

from conftest import ROOT, SCORED_FACTS, SCORED_IDS, golden, points_lost

CASES = ROOT / "tests" / "cases" / "report"
CHENGZHAI = ROOT / "examples" / "chengzhai-2018" / "facts.yaml"


def report(jd, facts, tmp_path, *args) -> str:
    out = tmp_path / "report.html"
    run = jd("report", str(facts), "-o", str(out), *args)
    assert run.exit_code == 0, run.stderr
    return out.read_text(encoding="utf-8")


def cells(page: str, row_class: str, cell_class: str) -> list[str]:
    """The text of the cells of one class in the rows of one class, in order."""
    rows = re.findall(rf'<tr class="{row_class}">(.*?)</tr>', page)
    return [html.unescape(re.sub(r"<[^>]+>", "", c)) for row in rows
            for c in re.findall(rf'<td class="[^"]*\b{cell_class}\b[^"]*"[^>]*>(.*?)</td>', row)]


def test_golden(jd):
    """The whole page for the 程寨镇 example: reviewed as a diff when it changes."""
    run = jd("report", str(CHENGZHAI.relative_to(ROOT)), cwd=ROOT)
    assert run.exit_code == 0, run.stderr
    golden(CASES / "chengzhai-2018.html.expected", run.stdout)


@pytest.mark.parametrize("facts", SCORED_FACTS, ids=SCORED_IDS)
def test_numbers_are_those_of_score_json_and_losses_add_up(jd, tmp_path, facts):
    page = report(jd, facts, tmp_path)
    scored = json.loads(jd("score", str(facts), "--format", "json", "--explain").stdout)["units"]
    assert cells(page, "unit", "name") == [u["name"] for u in scored]
    assert cells(page, "unit", "total") == [u["total"] for u in scored]
    assert cells(page, "unit", "rank") == [str(u["rank"]) for u in scored]
    if any(u["grade"] for u in scored):
        assert cells(page, "unit", "grade") == [u["grade"] or "" for u in scored]
    # every line and item of every unit, in order, with its score as the JSON has it
    shown = cells(page, "line", "score")
    assert shown and shown == [i["score"] for u in scored for i in u["items"] if i["kind"] == "rule"]
    # the points lost by 责任单位: departments + 细则达不到 + 缺报 (+ …) = Σ(满分 − 总分), exactly
    owed = [Decimal(v) for v in cells(page, "owner", "lost") + cells(page, "named", "lost")]
    total = Decimal(re.search(r'id="owners-total">([^<]*)<', page).group(1))
    assert sum(owed, Decimal(0)) == total == points_lost(facts)
    ranking_lost = [Decimal(v) for v in cells(page, "unit", "lost")]
    assert sum(ranking_lost, Decimal(0)) == total


def test_unreachable_points_are_named_with_their_item(jd, tmp_path):
    page = report(jd, CHENGZHAI, tmp_path)
    # 无毒创建 is written as 7 points; its lines give at most 5.5: 1.5 from each of 5 villages
    assert cells(page, "named", "who")[0] == "细则达不到(不可得分)"
    assert cells(page, "named", "lost")[0] == "7.5"
    assert re.search(r"<tr><td>无毒创建</td><td>本项分值高于各条最多能得的分</td><td class=\"num\">1.5</td>"
                     r"<td class=\"num\">5</td><td class=\"num\">7.5</td></tr>", page)


def test_self_contained_and_printable(jd, tmp_path):
    page = report(jd, CHENGZHAI, tmp_path)
    for outside in ("<script", "<link", "src=", "http://", "https://", "@import", "url("):
        assert outside not in page
    assert "@page { size: A4" in page
    # every unit has a section, linked from the ranking
    anchors = re.findall(r'<td class="name"><a href="#(unit-\d+)">', page)
    assert len(anchors) == 5 and all(f'<section class="unit" id="{a}">' in page for a in anchors)


HOSTILE_RUBRIC = """考评 "<script>alert('标题')</script>考评"
年度 2019
满分 5
等级 {
  "<b>优</b>": 4分以上
  差: 其余
}
大项 "宣传 & 教育 <i>" 5分 {
  责任单位: <img src=x onerror=alert(1)>县禁毒办
  项目 "媒体</td>宣传" 5分 {
    消息数: 每条计0.5分,最高计5分
  }
}
"""

HOSTILE_FACTS = """rubric: hostile.jd
period: "</p><script>alert(2)</script>"
units:
  "<script>alert(3)</script>村": {消息数: 4}
  "A&B \\"村\\" 'x'": {消息数: 12}
"""


def test_every_input_string_is_escaped(jd, tmp_path):
    (tmp_path / "hostile.jd").write_text(HOSTILE_RUBRIC, encoding="utf-8")
    facts = tmp_path / "<facts>.yaml"
    facts.write_text(HOSTILE_FACTS, encoding="utf-8")
    page = report(jd, facts, tmp_path)
    for raw in ("<script", "<img", "<b>优", "<i>", "</td>宣传", "</p><script"):
        assert raw not in page
    for shown in ("&lt;script&gt;alert(&#x27;标题&#x27;)&lt;/script&gt;考评", "&lt;img src=x onerror=alert(1)&gt;县禁毒办",
                  "&lt;script&gt;alert(3)&lt;/script&gt;村", "A&amp;B &quot;村&quot; &#x27;x&#x27;",
                  "&lt;b&gt;优&lt;/b&gt;", "宣传 &amp; 教育 &lt;i&gt;", "&lt;facts&gt;.yaml"):
        assert shown in page
    # in an SVG title and an aria-label too
    assert "<title>&lt;script&gt;alert(3)&lt;/script&gt;村: 2</title>" in page
    assert 'aria-label="A&amp;B &quot;村&quot; &#x27;x&#x27; 总分 5"' in page


def test_report_errors_exit_as_score_does(jd, tmp_path):
    run = jd("report", str(tmp_path / "none.yaml"))
    assert run.exit_code == 2 and "E001" in run.stderr and "Traceback" not in run.stderr
    bad = tmp_path / "bad.yaml"
    bad.write_text("rubric: ../../nowhere.jd\nunits:\n  甲: {}\n", encoding="utf-8")
    run = jd("report", str(bad))
    assert run.exit_code in (1, 2) and re.search(r"E\d{3}", run.stderr)
    run = jd("report", str(CHENGZHAI), "-o", str(CHENGZHAI))
    assert run.exit_code == 2 and "E005" in run.stderr
    # an existing report is replaced whole or not at all: a folder is refused, the file untouched
    run = jd("report", str(CHENGZHAI), "-o", str(tmp_path))
    assert run.exit_code == 2 and "E001" in run.stderr


def test_invalid_facts_exit_1(jd, tmp_path):
    rubric = ROOT / "rubrics" / "chengzhai-2018.jd"
    facts = tmp_path / "facts.yaml"
    facts.write_text(f"rubric: {rubric}\nunits:\n  甲村:\n    强戒案件数: 很多\n", encoding="utf-8")
    run = jd("report", str(facts), "--rubric", str(rubric))
    assert run.exit_code == 1 and "E4" in run.stderr and "Traceback" not in run.stderr
