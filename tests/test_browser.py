"""The HTML outputs in a real browser: headless Chromium from the system packages, driven by
Playwright (never a browser Playwright downloads). The report of every shipped example
loads without a console error or a request leaving the file, its charts are drawn, the
numbers on screen are those of `score --format json`, and it prints on A4 in the expected
number of pages, none of them (but the last) less than half full; so does `render --format
html`. Screenshots and PDFs are kept in tests/artifacts/ (or $JDSCORE_ARTIFACTS).

.ci/run installs chromium and the `test` extra installs playwright; elsewhere these tests
skip, saying which is missing.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest

from conftest import ROOT, SCORED_FACTS, SCORED_IDS, points_lost

pytestmark = pytest.mark.slow  # a browser start and a print per page: seconds each

ARTIFACTS = Path(os.environ.get("JDSCORE_ARTIFACTS", ROOT / "tests" / "artifacts"))
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
# Pages each report prints on A4 (fonts-noto-cjk, as .ci/run installs): a change of layout
# that moves these is seen here and reviewed in the screenshots.
REPORT_PAGES = {"chengzhai-2018": 5, "cun-xuexiao-chengxiao": 6, "erli-xuexiao-2018": 5,
                "jiaochuan-jiangcheng": 4, "quanguo-2016-yufang": 6, "quansheng-2018": 23,
                "shengji-niandu": 8, "shengji-zhongdian-zhengzhi": 6, "all-kinds": 5}
RENDER_PAGES = {"quansheng-2018": 7, "chengzhai-2018": 2}


def _executable() -> str | None:
    named = os.environ.get("JDSCORE_CHROMIUM")
    if named:
        return named
    return next((found for name in BROWSERS if (found := shutil.which(name))), None)


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install '.[test]')")
    executable = _executable()
    if executable is None:
        pytest.skip("no Chromium on PATH (apt-get install chromium, or set JDSCORE_CHROMIUM)")
    with sync_api.sync_playwright() as playwright:
        # --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start
        launched = playwright.chromium.launch(executable_path=executable, args=["--no-sandbox"])
        yield launched
        launched.close()


class Opened:
    """A page opened from a file, with what went wrong while it loaded."""

    def __init__(self, browser, path: Path):
        self.page = browser.new_page(viewport={"width": 1000, "height": 1400})
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.goto(path.as_uri())
        self.page.wait_for_load_state("load")

    def texts(self, selector: str) -> list[str]:
        return [t.strip() for t in self.page.locator(selector).all_inner_texts()]

    def pdf(self, name: str) -> bytes:
        data = self.page.pdf(prefer_css_page_size=True, print_background=True)
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        (ARTIFACTS / f"{name}.pdf").write_bytes(data)
        return data


def page_count(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf))


def page_fill(pdf: bytes, tmp_path: Path) -> list[float] | None:
    """How far down each page the print reaches (0–1), from pdftoppm's greyscale pages;
    None without pdftoppm (poppler-utils)."""
    if shutil.which("pdftoppm") is None:
        return None
    source = tmp_path / "print.pdf"
    source.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "20", "-gray", str(source), str(tmp_path / "p")], check=True)
    out = []
    for image in sorted(tmp_path.glob("p-*.pgm"), key=lambda p: int(p.stem.rsplit("-", 1)[1])):
        magic, size, _, pixels = image.read_bytes().split(b"\n", 3)
        width, height = map(int, size.split())
        inked = [y for y in range(height) if min(pixels[y * width:(y + 1) * width]) < 200]
        out.append(max(inked, default=0) / height)
    return out


def assert_pages_full(pdf: bytes, tmp_path: Path) -> None:
    fill = page_fill(pdf, tmp_path)
    if fill is None:
        return
    assert all(f > 0.5 for f in fill[:-1]), f"a page before the last is half empty: {fill}"


@pytest.mark.parametrize("facts", SCORED_FACTS, ids=SCORED_IDS)
def test_report_in_a_browser(browser, jd, tmp_path, facts, request):
    name = request.node.callspec.id
    html_file = tmp_path / "report.html"
    run = jd("report", str(facts), "-o", str(html_file))
    assert run.exit_code == 0, run.stderr
    opened = Opened(browser, html_file)
    page = opened.page
    assert opened.errors == []
    assert all(url.startswith("file:") for url in opened.requests), opened.requests

    scored = json.loads(jd("score", str(facts), "--format", "json", "--explain").stdout)["units"]
    assert opened.texts("tr.unit td.name") == [u["name"] for u in scored]
    assert opened.texts("tr.unit td.total") == [u["total"] for u in scored]
    assert opened.texts("tr.unit td.rank") == [str(u["rank"]) for u in scored]
    assert opened.texts("tr.line td.score") == [i["score"] for u in scored for i in u["items"] if i["kind"] == "rule"]
    owed = [Decimal(t) for t in opened.texts("table.owners tbody td.lost")]
    assert sum(owed, Decimal(0)) == Decimal(opened.texts("#owners-total")[0]) == points_lost(facts)

    # the charts are drawn: a dot per unit over the axis, a bar per unit as long as its total
    dots = page.locator("svg.distribution circle.unit")
    assert dots.count() == len(scored)
    assert all((box := dots.nth(i).bounding_box()) and box["width"] > 0 for i in range(dots.count()))
    widths = page.eval_on_selector_all("tr.unit svg.bar rect.fill", "rs => rs.map(r => r.getBBox().width)")
    assert len(widths) == len(scored)
    for width, unit in zip(widths, scored):
        assert (width > 0) == (Decimal(unit["total"]) > 0)
    assert widths == sorted(widths, reverse=True)  # ranked best first
    # a unit's name in the ranking leads to its section
    page.locator("tr.unit td.name a").first.click()
    assert page.evaluate("location.hash") == "#unit-1"
    assert page.locator("#unit-1 h3").inner_text().endswith(scored[0]["name"])

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(ARTIFACTS / f"report-{name}.png"), full_page=True)
    pdf = opened.pdf(f"report-{name}")
    assert page_count(pdf) == REPORT_PAGES[name]
    assert_pages_full(pdf, tmp_path)
    page.close()


@pytest.mark.parametrize("name", sorted(RENDER_PAGES))
def test_official_table_prints_without_an_empty_first_page(browser, jd, tmp_path, name):
    html_file = tmp_path / "table.html"
    run = jd("render", str(ROOT / "rubrics" / f"{name}.jd"), "--format", "html", "-o", str(html_file))
    assert run.exit_code == 0, run.stderr
    opened = Opened(browser, html_file)
    assert opened.errors == []
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    opened.page.screenshot(path=str(ARTIFACTS / f"render-{name}.png"), full_page=True)
    pdf = opened.pdf(f"render-{name}")
    # quansheng-2018 printed 9 pages, the first holding only the title, while cells spanning
    # many rows were kept whole
    assert page_count(pdf) == RENDER_PAGES[name]
    assert_pages_full(pdf, tmp_path)
    opened.page.close()
