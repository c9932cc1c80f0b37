"""`render --format docx` and the redline `render NEW --compare OLD --format docx|html`."""

import io
import shutil
import subprocess
import zipfile

import pytest

from conftest import ROOT

RUBRICS = sorted((ROOT / "rubrics").glob("*.jd"))


@pytest.mark.parametrize("path", RUBRICS, ids=lambda p: p.stem)
def test_docx_of_every_rubric(jd, tmp_path, path):
    out = tmp_path / "x.docx"
    run = jd("render", str(path), "--format", "docx", "-o", str(out))
    assert run.exit_code == 0, run.stderr
    with zipfile.ZipFile(io.BytesIO(out.read_bytes())) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    assert 'w:orient="landscape"' in xml and "<w:tblHeader" in xml and "分值" in xml
    assert 'w:vMerge w:val="restart"' in xml or "w:vMerge" in xml


def _edited(tmp_path):
    text = (ROOT / "rubrics" / "chengzhai-2018.jd").read_text(encoding="utf-8")
    text = text.replace("尿检缺1人次扣0.5分", "尿检缺1人次扣1分").replace("  脱失管控人数: 脱失管控1人扣1分,扣完为止。\n", "")
    new = tmp_path / "new.jd"
    new.write_text(text, encoding="utf-8")
    return new


def test_redline_html_marks_the_changes(jd, tmp_path):
    run = jd("render", str(_edited(tmp_path)), "--compare", str(ROOT / "rubrics" / "chengzhai-2018.jd"),
             "--format", "html")
    assert run.exit_code == 0, run.stderr
    assert "<del>0.5</del><ins>1</ins>" in run.stdout
    assert "<del>脱失管控1人扣1分,扣完为止。</del>" in run.stdout
    assert run.stdout.count("<del>") == 2 and run.stdout.count("<ins>") == 1


def test_redline_docx_has_tracked_changes(jd, tmp_path):
    out = tmp_path / "r.docx"
    run = jd("render", str(_edited(tmp_path)), "--compare", str(ROOT / "rubrics" / "chengzhai-2018.jd"),
             "--format", "docx", "-o", str(out))
    assert run.exit_code == 0, run.stderr
    with zipfile.ZipFile(out) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    assert "<w:delText" in xml and "<w:ins " in xml and "脱失管控1人扣1分" in xml


@pytest.mark.parametrize("path", RUBRICS, ids=lambda p: p.stem)
def test_redline_against_itself_marks_nothing(jd, path):
    run = jd("render", str(path), "--compare", str(path), "--format", "html")
    assert run.exit_code == 0 and "<del>" not in run.stdout and "<ins>" not in run.stdout


def test_compare_needs_docx_or_html(jd):
    path = str(ROOT / "rubrics" / "chengzhai-2018.jd")
    run = jd("render", path, "--compare", path, "--format", "md")
    assert run.exit_code == 2 and "E005" in run.stderr


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_converts_the_docx_to_pdf(jd, tmp_path):
    out = tmp_path / "x.docx"
    assert jd("render", str(ROOT / "rubrics" / "quansheng-2018.jd"), "--format", "docx", "-o", str(out)).exit_code == 0
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(out)],
                   check=True, capture_output=True, timeout=180)
    assert (tmp_path / "x.pdf").read_bytes().startswith(b"%PDF")
