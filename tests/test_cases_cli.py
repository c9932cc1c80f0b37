"""`jdscore test` (rubric test cases, JUnit, boundary tables) and the CI fit (issue 4).

- tests/cases/test-runner/<name>.expected.yaml -> <name>.out.expected (stdout, then stderr)
- tests/cases/test-runner/boundaries.jd -> boundaries.out.expected
"""

import json
import shutil
import re
from xml.etree import ElementTree as ET

import yaml

from conftest import ROOT, golden
from jdscore.cases import find_cases

RUNNER = ROOT / "tests" / "cases" / "test-runner"


def _both(run) -> str:
    return run.stdout + "--- stderr ---\n" + run.stderr


def test_examples_all_pass(jd):
    run = jd("test", "examples", cwd=ROOT)
    assert run.exit_code == 0, run.stdout + run.stderr
    cases = find_cases(ROOT / "examples")
    assert len([line for line in run.stdout.splitlines() if line.startswith("ok   ")]) == len(cases)
    assert re.search(r"^\d+ passed, 0 failed$", run.stdout, re.M)


def test_mismatches_are_reported_where_they_are_written(jd):
    run = jd("test", "tests/cases/test-runner/wrong.expected.yaml", cwd=ROOT)
    assert run.exit_code == 1
    assert run.stdout.rstrip().endswith("1 passed, 3 failed")
    golden(RUNNER / "wrong.out.expected", _both(run))


def test_a_case_that_cannot_run_fails_with_the_reason(jd):
    run = jd("test", "tests/cases/test-runner/broken.expected.yaml", cwd=ROOT)
    assert run.exit_code == 1 and "0 passed, 1 failed" in run.stdout
    golden(RUNNER / "broken.out.expected", _both(run))
    shape = jd("test", "tests/cases/test-runner/shape.expected.yaml", cwd=ROOT)
    assert shape.exit_code == 1 and "E702" in shape.stderr


def test_junit_is_written_atomically_and_counts_every_unit(jd, tmp_path):
    out = tmp_path / "results.xml"
    run = jd("test", "tests/cases/test-runner/wrong.expected.yaml", "tests/cases/test-runner/broken.expected.yaml",
             "examples/chengzhai-2018", "--junit", str(out), cwd=ROOT)
    assert run.exit_code == 1
    root = ET.parse(out).getroot()
    assert root.tag == "testsuites"
    assert (root.get("tests"), root.get("failures"), root.get("errors")) == ("10", "3", "1")
    suites = {s.get("name"): s for s in root}
    wrong = suites["tests/cases/test-runner/wrong.expected.yaml"]
    failed = [c.get("name") for c in wrong if c.find("failure") is not None]
    assert failed == ["张湾社区", "程寨村", "不存在的村"]
    assert "预期 26,实际 26.5" in wrong.find("testcase/failure").get("message")
    assert not list(tmp_path.glob(".*.tmp"))
    golden(RUNNER / "junit.xml.expected", out.read_text(encoding="utf-8"))


def test_json_report(jd):
    run = jd("test", "tests/cases/test-runner/wrong.expected.yaml", "--format", "json", cwd=ROOT)
    data = json.loads(run.stdout)
    assert (data["passed"], data["failed"]) == (1, 3)
    units = {u["name"]: u for u in data["cases"][0]["units"]}
    assert units["李楼村"]["passed"] and not units["张湾社区"]["passed"]
    assert units["张湾社区"]["mismatches"][0]["location"]["line"] == 5


def test_usage_errors(jd, tmp_path):
    assert jd("test", "no-such-dir", cwd=tmp_path).exit_code == 2
    assert jd("test", ".", cwd=tmp_path).exit_code == 2  # no cases found


def test_boundaries_golden(jd):
    run = jd("test", "--boundaries", "tests/cases/test-runner/boundaries.jd", cwd=ROOT)
    assert run.exit_code == 0
    golden(RUNNER / "boundaries.out.expected", run.stdout)


def test_boundaries_show_the_seed_gaps(jd):
    run = jd("test", "--boundaries", "rubrics/cun-xuexiao-chengxiao.jd", cwd=ROOT)
    assert run.exit_code == 0
    assert "80分:   79.99 → 达标   80 → (不属于任何等级)   80.01 → 良好" in run.stdout
    assert "60分:   59.99 → 不达标   60 → (不属于任何等级)   60.01 → 达标" in run.stdout
    assert "90分:   89.99 → 良好   90 → 优秀   90.01 → (不属于任何等级)" in run.stdout


def test_boundaries_json_and_every_rubric(jd):
    for path in sorted((ROOT / "rubrics").glob("*.jd")):
        run = jd("test", "--boundaries", str(path), "--format", "json")
        assert run.exit_code == 0, path.name
        data = json.loads(run.stdout)[0]
        for line in data["lines"]:
            for edge in line["edges"]:
                assert 2 <= len(edge["probes"]) <= 3
                assert all(p["outcome"] != "(无效值)" for p in edge["probes"]), (path.name, line, edge)


def test_boundaries_refuses_a_rubric_with_errors(jd):
    run = jd("test", "--boundaries", "tests/cases/checker/E320-duplicate-metric-bad.jd", cwd=ROOT)
    assert run.exit_code == 1 and "E320" in run.stderr


# ------------------------------------------------------------------------ CI fit

def test_pre_commit_hooks():
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    by_id = {h["id"]: h for h in hooks}
    assert by_id["jdscore-check"]["entry"] == "jdscore check"
    assert by_id["jdscore-fmt"]["entry"] == "jdscore fmt"  # rewrites, as ruff-format does
    assert by_id["jdscore-fmt-check"]["entry"] == "jdscore fmt --check"
    for hook in hooks:
        assert hook["language"] == "python" and {"id", "name", "entry", "files"} <= set(hook)
        assert re.search(hook["files"], "rubrics/2019.jd") and not re.search(hook["files"], "facts.yaml")


def test_readme_documents_the_ci_step():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "jdscore check --format github" in readme
    assert "upload-sarif" in readme and "jdscore-fmt" in readme


def test_junit_stays_xml_when_names_hold_control_characters(jd, tmp_path):
    """A unit name (or a case file's path) holding characters XML 1.0 cannot hold at all
    (\\x01, ESC, a form feed) once made a JUnit file no CI could parse: they are written out
    visibly, as the terminal shows them."""
    shutil.copy(ROOT / "rubrics" / "chengzhai-2018.jd", tmp_path)
    facts = (ROOT / "examples" / "chengzhai-2018" / "facts.yaml").read_text(encoding="utf-8")
    (tmp_path / "facts.yaml").write_text(facts.replace("../../rubrics/", ""), encoding="utf-8")
    case = tmp_path / "odd\x0c.expected.yaml"
    case.write_text('facts: facts.yaml\nunits:\n  "村\\x01\\e[31m\\x0c":\n    total: 1\n', encoding="utf-8")
    out = tmp_path / "results.xml"
    run = jd("test", str(case), "--junit", str(out), cwd=tmp_path)
    assert run.exit_code == 1, run.stdout + run.stderr
    root = ET.parse(out).getroot()  # parses: the point of the test
    case_node = root.find("testsuite/testcase")
    assert case_node.get("name") == "村\\x01\\x1b[31m\\x0c"
    assert root.find("testsuite").get("name").endswith("odd\\x0c.expected.yaml")
    assert "\\x01" in case_node.find("failure").get("message")


def test_boundaries_probe_above_100_percent_only_where_declared(jd):
    """The boundary table follows the header: 床位利用率 is declared 可超过100%, 出所接回率 is not."""
    run = jd("test", "--boundaries", "rubrics/shengji-niandu.jd", "--format", "json", cwd=ROOT)
    assert run.exit_code == 0, run.stderr
    lines = {line["facts"][0]: line for table in json.loads(run.stdout) for line in table["lines"]}
    probes = {name: [p["value"] for edge in lines[name]["edges"] for p in edge["probes"]]
              for name in ("床位利用率", "出所接回率")}
    assert probes == {"床位利用率": ["99.99%", "100%", "100.01%"], "出所接回率": ["99.99%", "100%"]}
