"""`jdscore import`: a document becomes a draft rubric that `check` passes.

Golden files: tests/fixtures/seeds/<name>.txt (a seed document, verbatim) beside
tests/cases/import/<name>.expected (the draft), regenerated with JDSCORE_REGENERATE=1.
"""

from pathlib import Path

import pytest

from conftest import ROOT, golden
from jdscore import pipeline
from jdscore.importer import import_document
from jdscore.source import Source

SEEDS = sorted((ROOT / "tests" / "fixtures" / "seeds").glob("*.txt"))
CASES = ROOT / "tests" / "cases" / "import"


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_seed_draft(seed):
    result = import_document(seed)
    golden(CASES / f"{seed.stem}.expected", result.text)
    checked = pipeline.check(Source.from_text("draft.jd", result.text))
    assert not checked.errors, [d.message for d in checked.errors]


def test_cli_writes_the_draft_and_a_summary(jd, tmp_path):
    out = tmp_path / "draft.jd"
    run = jd("import", str(ROOT / "tests/fixtures/seeds/chengzhai-2018.txt"), "-o", str(out))
    assert run.exit_code == 0, run.stderr
    assert "5 个项目,读懂 22 条规则句,1 句未读懂" in run.stderr
    assert out.read_text(encoding="utf-8").startswith("# 由 jdscore import")
    assert jd("check", str(out)).exit_code == 0


def test_fact_names_are_readable_and_unique():
    text = import_document(ROOT / "tests/fixtures/seeds/chengzhai-2018.txt").text
    assert "  尿检人次: 尿检缺1人次扣0.5分" in text
    assert "  未开展帮教工作人数: 未开展帮教工作的1人扣1分" in text
    names = [line.split(":")[0].strip() for line in text.splitlines()
             if ": " in line and not line.lstrip().startswith(("#", "说明", "考评"))]
    assert len(names) == len(set(names))


def test_an_unread_sentence_stays_as_a_comment_with_its_reason():
    text = import_document(ROOT / "tests/fixtures/seeds/chengzhai-2018.txt").text
    assert "  # 未读懂: 1、查社区戒毒社区康复人员档案;2、抽查三分之一社区戒毒社区康复人员到场;3抽查吸毒人员动态管控系统。 (E204 " in text


@pytest.mark.parametrize("name, data, code, exit_code", [
    ("x.pdf", b"%PDF", "E802", 2),
    ("x.docx", b"not a zip", "E801", 2),
    ("x.xlsx", b"PK\x03\x04broken", "E801", 2),
    ("x.txt", "随便写的一段话,没有分值。\n".encode(), "E803", 1),
    ("x.txt", b"\xff\xfe\x00\xd8bad", None, None),
])
def test_bad_documents_fail_with_a_code(jd, tmp_path, name, data, code, exit_code):
    path = tmp_path / name
    path.write_bytes(data)
    run = jd("import", str(path))
    assert "Traceback" not in run.stderr and "E900" not in run.stderr
    if code is not None:
        assert run.exit_code == exit_code and code in run.stderr, run.stderr


def test_missing_document(jd, tmp_path):
    run = jd("import", str(tmp_path / "nothing.docx"))
    assert run.exit_code == 2 and "E001" in run.stderr


# ------------------------------------------------------------ layouts of pasted documents

def _draft(tmp_path, text: str) -> str:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    result = import_document(path)
    assert not pipeline.check(Source.from_text("draft.jd", result.text)).errors
    return result.text


def test_a_table_pasted_as_text_nests_its_title_cells_by_points_and_keeps_its_units(tmp_path):
    text = _draft(tmp_path, "某县考评细则\n毒品\n预防\n教育\n(4分)\n新闻\n宣传\n(3分)\n"
                            "在省级报刊发布禁毒消息的,每条计0.5分。\n县禁毒办\n禁毒大队、各乡镇\n"
                            "其他项目\n(1分)\n组织开展禁毒调查并形成报告。\n")
    assert '项目 "毒品预防教育" 4分 {\n  项目 "新闻宣传" 3分 {' in text
    assert "      责任单位: 县禁毒办\n      协助单位: 禁毒大队、各乡镇" in text
    # an item whose sentences state no points: the assessors award them
    assert '  项目 "其他项目" 1分 {\n    评定 ' in text


def test_a_repeated_heading_reopens_its_item(tmp_path):
    text = _draft(tmp_path, "某县考评细则\n宣传教育\n(2分)\n发放资料的,计1分。\n"
                            "宣传教育\n(2分)\n开展活动的,计1分。\n")
    assert text.count('项目 "宣传教育"') == 1


def test_numbered_headings_without_points_are_items_when_no_heading_states_points(tmp_path):
    text = _draft(tmp_path, "某县考评标准\n5\n(二)工作机构健全,保障有力。\n1、未设置专门机构的扣1分;\n"
                            "2、经费未纳入预算的扣1分;\n")
    assert '"工作机构健全,保障有力" 5分 {' in text  # the lone number before it is its points
    with_points = _draft(tmp_path, "某县考评办法\n第一条考评方式(一)听取汇报。\n"
                                   "第二条组织领导(2分)1、有领导小组的,计2分。\n")
    assert "# 原文(不在任何项目内): 第一条考评方式(一)听取汇报。" in with_points
    assert '"考评方式"' not in with_points and '"组织领导" 2分' in with_points


def test_a_numbered_table_pasted_as_text_is_read_in_the_order_of_its_numbers(tmp_path):
    text = _draft(tmp_path, "学校考评标准\n序号\n考核项目\n考核内容\n考核分\n考评方法\n考核得分\n"
                            "1\n组织领导\n1、有领导机构。(1分)\n2、每年研究1次(1分)\n2分\n查看资料\n"
                            "3\n目标达成\n小学:了解毒品危害。\n初中:拒绝毒品诱惑。\n1分\n师生访谈\n"
                            "2\n制度建设\n1、有实施方案(1分)\n1分\n实地查看\n")
    assert text.index('"组织领导"') < text.index('"制度建设"') < text.index('"目标达成"')
    assert "  考评方法: 查看资料\n" in text and ": 有领导机构。(1分)\n" in text  # its number left out
    # a cell without points is one sentence the assessors judge
    assert "评定 " in text and ": 小学:了解毒品危害。初中:拒绝毒品诱惑。" in text


def test_a_paragraph_of_scoring_sentences_is_one_rule_line_each_unless_they_read_together(tmp_path):
    text = _draft(tmp_path, "某县考评细则\n强制隔离(1分)\n床位利用率达到100%以上的,计0.5分。建有回归中心的,计0.5分。\n"
                            "媒体宣传(1分)\n利用媒体开展禁毒宣传,计1分。其中,在电视播发禁毒消息,每条次计0.05分,最高计1分。\n")
    assert ": 床位利用率达到100%以上的,计0.5分。\n" in text and ": 建有回归中心的,计0.5分。\n" in text
    assert ": 利用媒体开展禁毒宣传,计1分。其中," in text


def test_the_header_takes_the_total_the_grades_and_the_parts_a_document_names(tmp_path):
    text = _draft(tmp_path, "某县考评办法\n考评内容分三个部分:组织领导、宣传教育和执法打击。\n基础分值总分为100分。\n"
                            "考核总分值=基础分值+附加分值。\n"
                            "总分90分以上的为优秀等级;60分以上90分以下的为合格等级;60分以下的为不合格等级。\n"
                            "一、组织领导(2分)\n1、有领导小组的,计2分。\n")
    assert "满分 100\n总分 = 基础分值+附加分值\n等级: 总分90分以上的为优秀等级" in text
    assert text.rstrip().endswith('"宣传教育" {\n}\n\n大项 "执法打击" {\n}')
