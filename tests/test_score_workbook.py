"""The score workbook as a report (issue 13): 明细 pivots to the true points lost, 责任单位 adds
up exactly, 汇总 carries a native chart, every sheet prints on A4."""

from __future__ import annotations

import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from conftest import ROOT, SCORED_FACTS, SCORED_IDS, golden, points_lost

from jdscore import losses, pipeline
from jdscore.render.results import STATUS_TEXT

EXAMPLES = sorted(p for p in (ROOT / "examples").iterdir() if (p / "facts.yaml").exists())
FACTS, IDS = SCORED_FACTS, SCORED_IDS
_truth = points_lost


def _dec(value) -> Decimal:
    """A cell's number as the exact decimal it was written from (openpyxl reads a float)."""
    return Decimal(str(value))


@pytest.fixture(scope="module")
def workbooks(tmp_path_factory):
    from jdscore.cli import main

    out = {}
    folder = tmp_path_factory.mktemp("workbooks")
    for name, facts in zip(IDS, FACTS):
        path = folder / f"{name}.xlsx"
        assert main(["score", str(facts), "--format", "xlsx", "--explain", "-o", str(path)]) == 0
        out[name] = path
    return out


@pytest.mark.parametrize("name,facts", list(zip(IDS, FACTS)), ids=IDS)
def test_the_detail_pivots_to_the_points_lost(workbooks, name, facts):
    wb = load_workbook(workbooks[name])
    rows = list(wb["明细"].iter_rows(min_row=2, values_only=True))
    lost = sum((_dec(r[9]) for r in rows if r[9] is not None), Decimal(0))
    truth = _truth(facts)
    assert lost == truth
    summary = list(wb["汇总"].iter_rows(min_row=3, max_col=5, values_only=True))
    assert sum((_dec(r[4]) for r in summary if r[0] is not None), Decimal(0)) == truth
    # one row per rule line of every unit
    read = pipeline.read_facts(facts, need_rubric=True)
    checked = pipeline.rubric_for(read, None)
    results = pipeline.score_units(checked.program, read.units(checked.program.schema, checked.program.places),
                                   explain=True)
    assert sum(1 for r in rows if r[1] == losses.RULE) == sum(1 for u in results for i in u.items if i.kind == "rule")
    assert {r[0] for r in rows} <= {u.name for u in results}


@pytest.mark.parametrize("name,facts", list(zip(IDS, FACTS)), ids=IDS)
def test_points_lost_by_department_add_up_exactly(workbooks, name, facts):
    rows = list(load_workbook(workbooks[name])["责任单位"].iter_rows(min_row=2, max_col=2, values_only=True))
    end = next(i for i, r in enumerate(rows) if r[0] == "合计")
    parts = sum((_dec(r[1]) for r in rows[:end]), Decimal(0))
    assert parts == _dec(rows[end][1]) == _truth(facts)


def test_a_unit_loss_is_split_into_rows_that_add_up():
    """The API the sheets use: every example, every unit, exact."""
    for facts in FACTS:
        read = pipeline.read_facts(facts, need_rubric=True)
        checked = pipeline.rubric_for(read, None)
        full = checked.rubric.full_marks
        results = pipeline.score_units(checked.program, read.units(checked.program.schema, checked.program.places),
                                       explain=True)
        for r in results:
            rows = losses.unit_losses(r, full)
            assert sum((x.lost for x in rows if x.lost is not None), Decimal(0)) == losses.full_marks(r, full) - r.total
            if r.rounded_from is None and checked.rubric.total is None:  # nothing else is left unexplained
                assert not any(x.owner == losses.TOTAL for x in rows), (facts, r.name)
        assert sum(losses.by_owner(results, full).values(), Decimal(0)) == sum(
            (losses.full_marks(r, full) - r.total for r in results), Decimal(0))


def test_the_old_sum_double_counted():
    """Summing 失分 over every item (lines and the items holding them) counted points twice."""
    read = pipeline.read_facts(EXAMPLES[0] / "facts.yaml", need_rubric=True)
    checked = pipeline.rubric_for(read, None)
    results = pipeline.score_units(checked.program, read.units(checked.program.schema, checked.program.places),
                                   explain=True)
    naive = sum(i.lost for r in results for i in r.items if i.lost is not None)
    assert naive > _truth(EXAMPLES[0] / "facts.yaml")


def test_statuses_are_chinese_and_filterable(workbooks):
    chinese = {t for t in STATUS_TEXT.values() if t} | {"正常"}
    for name in IDS:
        ws = load_workbook(workbooks[name])["明细"]
        statuses = {r[11] for r in ws.iter_rows(min_row=2, values_only=True) if r[11]}
        assert statuses <= chinese, statuses
        assert ws.auto_filter.ref == f"A1:M{ws.max_row}"
        assert [c.value for c in ws[1]][:3] == ["单位", "层级", "大项"]
        levels = {r[1] for r in ws.iter_rows(min_row=2, values_only=True)}
        assert levels <= {losses.RULE, losses.ITEM, losses.UNIT}
    statuses = {r[11] for r in load_workbook(workbooks["chengzhai-2018"])["明细"].iter_rows(min_row=2, values_only=True)}
    assert "缺报,按0分计" in statuses


def test_the_summary_has_a_native_chart_of_the_ranking(workbooks):
    ws = load_workbook(workbooks["chengzhai-2018"])["汇总"]
    assert [c.value for c in ws[2]][:4] == ["名次", "单位", "总分", "等级"]
    last = ws.max_row
    while ws.cell(last, 1).value is None:
        last -= 1
    (chart,) = ws._charts
    assert chart.tagname == "barChart"
    (series,) = chart.series
    assert series.val.numRef.f.replace("$", "") == f"'汇总'!C3:C{last}"
    assert series.tx.strRef.f.replace("$", "") == "'汇总'!C2"
    assert (series.cat.strRef or series.cat.numRef).f.replace("$", "") == f"'汇总'!B3:B{last}"


def test_every_sheet_prints_on_a4_fitted_to_width(workbooks):
    wb = load_workbook(workbooks["quansheng-2018"])
    titles = {"汇总": "$1:$2", "明细": "$1:$1", "责任单位": "$1:$1"}
    assert wb.sheetnames == list(titles)
    for ws in wb.worksheets:
        assert int(ws.page_setup.paperSize) == int(ws.PAPERSIZE_A4)
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0)
        assert ws.print_title_rows == titles[ws.title]


def test_the_department_sheets_are_as_reviewed(workbooks):
    """Golden: the 责任单位 sheet of every example, as a reader sees it."""
    out = []
    for name in IDS:
        out.append(f"# {name}")
        for row in load_workbook(workbooks[name])["责任单位"].iter_rows(max_col=2, values_only=True):
            if row[0] is not None and row[1] is not None:
                out.append(f"{row[0]}\t{_dec(row[1]) if not isinstance(row[1], str) else row[1]}")
    golden(ROOT / "tests" / "cases" / "score" / "departments.expected", "\n".join(out) + "\n")


def test_the_workbook_is_the_same_bytes_every_time(workbooks, tmp_path):
    from jdscore.cli import main

    again = tmp_path / "again.xlsx"
    assert main(["score", str(FACTS[0]), "--format", "xlsx", "--explain", "-o", str(again)]) == 0
    assert again.read_bytes() == workbooks[IDS[0]].read_bytes()


@pytest.mark.parametrize("name,facts", list(zip(IDS, FACTS)), ids=IDS)
def test_without_explain_the_workbook_is_the_summary_of_the_same_scores(workbooks, name, facts, tmp_path, jd):
    """汇总 alone, no explanation built; every cell as in the report with --explain, but 失分
    when the rubric states no 满分 (what its lines promise is known from explanations only)."""
    import json

    totals = tmp_path / "totals.xlsx"
    assert jd("score", str(facts), "--format", "xlsx", "-o", str(totals)).exit_code == 0
    declared = json.loads(jd("score", str(facts), "--format", "json").stdout)["rubric"]["full_marks"]
    wb, full = load_workbook(totals), load_workbook(workbooks[name])
    assert wb.sheetnames == ["汇总"]
    expected = list(full["汇总"].iter_rows(values_only=True))
    if declared is None:
        expected = expected[:2] + [row[:4] + (None,) + row[5:] for row in expected[2:]]
    assert list(wb["汇总"].iter_rows(values_only=True)) == expected


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_prints_it_to_pdf(workbooks, tmp_path):
    run = subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path),
                          str(workbooks["quansheng-2018"])], capture_output=True, text=True, timeout=180)
    assert run.returncode == 0, run.stderr
    pdf = tmp_path / "quansheng-2018.pdf"
    assert pdf.exists() and pdf.read_bytes().startswith(b"%PDF")
