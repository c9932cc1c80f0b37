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
