"""Safety: nothing from a rubric or a facts file is ever run, and nothing from them is
ever written out as markup or formula.

- No `eval`/`exec` of input text: the only `exec` in jdscore runs the compiler's own
  generated source, and names, titles and sentences never reach that source (a rubric
  with hostile names compiles to exactly the code of the same rubric with plain names).
- YAML tags (`!!python/object/apply`) and workbook XML entities are never acted upon.
- Every HTML output escapes what comes from inputs; workbook cells never become formulas.
- A facts file's `rubric:` resolves relative to that file, and a missing one is reported
  with the path it was looked for at.
"""

from __future__ import annotations

import ast
import csv
import io
import json
import os
import shutil
import zipfile
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml
from hypothesis import assume, given
from hypothesis import strategies as st
from openpyxl import load_workbook

import fuzzing as F
from jdscore.build import build_rubric
from jdscore.compiler import compile_rubric
from jdscore.diagnostics import Stop
from jdscore.source import Source

ROOT = F.ROOT
SRC = ROOT / "src" / "jdscore"


# ------------------------------------------------------------- nothing is evaluated

def _calls(tree: ast.AST):
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            owner = func.value.id if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) else ""
            yield node, owner, name


def test_the_only_exec_runs_the_compilers_own_source():
    found = []
    for path in sorted(SRC.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node, owner, name in _calls(tree):
            if name in ("eval", "exec", "compile", "__import__", "execfile") and owner in ("", "builtins"):
                found.append((path.relative_to(SRC).as_posix(), name, ast.unparse(node)))
    assert found == [
        ("compiler.py", "exec", 'exec(compile(source, \'<jdscore-generated>\', \'exec\'), namespace)'),
        ("compiler.py", "compile", "compile(source, '<jdscore-generated>', 'exec')"),
        # the methods `dataclasses` writes for jdscore's own records, compiled once (records.py)
        ("records.py", "exec", "exec(source, globals, locals)"),
        ("records.py", "compile", "compile(text, '<string>', 'exec', dont_inherit=True)"),
    ], found


def test_no_unsafe_loaders_or_shells():
    unsafe = {("yaml", "load"), ("yaml", "unsafe_load"), ("yaml", "full_load"), ("pickle", "load"),
              ("pickle", "loads"), ("marshal", "loads"), ("os", "system"), ("os", "popen"),
              ("subprocess", "run"), ("subprocess", "Popen"), ("subprocess", "call"),
              ("subprocess", "check_output"), ("importlib", "import_module")}
    found = []
    for path in sorted(SRC.rglob("*.py")):
        for node, owner, name in _calls(ast.parse(path.read_text(encoding="utf-8"))):
            if (owner, name) in unsafe:
                found.append(f"{path.relative_to(SRC)}: {ast.unparse(node)}")
    # jdscore's own files kept between runs (kept.py): read only when they are the current
    # user's regular files, never a rubric or a facts file (tests/test_stream.py)
    assert found == ["kept.py: pickle.loads(data)", "kept.py: marshal.loads(read_kept(path) or marshal.dumps({}))",
                     "kept.py: marshal.loads(data[12:12 + size])",
                     "kept.py: marshal.loads(self.blob[start:start + size])"], found


# A rubric using every construct that carries a name, a title or words, with {slots}.
TEMPLATE = """\
考评 {TQ0}
年度 2019
对象 {W0}
满分 30
总分 = {TQ1} + 附加分
等级 {{
  {G0}: 25分以上
  {G1}: 其余
}}
指标 {N9} {TQ2} = {N0} / {N1}
大项 {TQ1} 20分 {{
  责任单位: {W1}
  协助单位: {W2}
  考评方法: {W3}
  说明: {W4}
  项目 {TQ3} 10分 {{
    {N0}: {S0}每条计0.5分,最高计2分
    {N1}: {S1}应开展4次,每少1次扣0.5分,扣完为止
    {N9}: 达到90%以上的,计2分;{S2}在70%至90%的,计1分
    {N2}[{N3}]: 每条{N3}在5—10万的,每次计0.1分;超过10万的,每次计0.2分。此项最高计1分
  }}
  项目 {TQ4} 10分 {{
    {N4}: {S3}的,计2分 {{
      责任单位: {W5}
    }}
    {N5}: 第1名计2分,第2名计1分
    评定 {N6}: {S4}由考评组综合评价
  }}
}}
加分项 最高3分 {{
  {N7}: {S5}每起加1分
}}
一票否决 定为 {G1} {{
  {N8}: {S6},一票否决
}}
"""

PLAIN = {
    **{f"TQ{i}": f'"标题{i}"' for i in range(5)}, **{f"W{i}": f"文字{i}" for i in range(6)},
    **{f"N{i}": f"事实{i}" for i in range(10)}, **{f"S{i}": f"原文{i}" for i in range(7)},
    "G0": "优秀", "G1": "不合格",
}

HOSTILE = {
    "TQ0": "“__import__('os').system('echo 1'); \"\"\" ''' \\n \\\\ }{0}{{x}} %s”",
    "TQ1": "「\"); import os; os._exit(3) #」",
    "TQ2": "“\\\" + __import__ + \\\"”",
    "TQ3": '"</script><script>alert(1)</script> {0} %(x)s"',
    "TQ4": "“'''\\x00 exec(open('/etc/passwd').read())”",
    "W0": "<script>alert('对象')</script>", "W1": "'; DROP TABLE 单位; --", "W2": "\\\\ \\n \" '''",
    "W3": "{__import__('os').system('x')}", "W4": "=HYPERLINK(\"http://x\")", "W5": "<img src=x onerror=alert(1)>",
    "N0": "__import__", "N1": "os.system", "N2": "x';y", "N3": "\\\\n", "N4": "eval", "N5": "v_0_",
    "N6": "<b>评定", "N7": "%s%s", "N8": "$HOME", "N9": "__builtins__",
    "S0": "“\"'''”", "S1": "\\\\", "S2": "__import__'os'", "S3": "<script>", "S4": "exec$", "S5": "%(x)s",
    "S6": "'''\"\"\"",
    "G0": "<i>优秀</i>", "G1": "'不合格'",
}


def _program(slots: dict):
    text = TEMPLATE.format(**slots)
    rubric, diagnostics = build_rubric(Source.from_text("hostile.jd", text))
    assert not [d for d in diagnostics if d.severity.value == "error"], diagnostics
    return compile_rubric(rubric)


def test_hostile_names_never_reach_the_generated_source():
    plain, hostile = _program(PLAIN), _program(HOSTILE)
    assert hostile.source == plain.source
    assert hostile.source.isascii()
    for fragment in ("__import__", "os.system", "eval", "'''", '"', "\\", "{0}", "%s", "$", "<script", "<b>"):
        assert fragment not in hostile.source
    # and the names are still there, verbatim, where they belong
    assert list(hostile.schema.facts)[:2] == ["__import__", "os.system"]
    assert hostile.rubric.title.startswith("__import__('os')")


# Characters a fact name may hold (the grammar's NAME excludes spaces, colons, brackets,
# quotes, operators and a leading digit), and any title (anything but its closing quote).
NAME_CHARS = st.sampled_from(list("_.;'\\$%!?<>&|^~@`") + list("事实禁毒宣传ab") + ["__import__", "exec", "os"])
names = st.lists(NAME_CHARS, min_size=1, max_size=6).map("".join)
titles = st.text(alphabet=st.characters(blacklist_characters="“”\n\r\x00", blacklist_categories=("Cs",)),
                 max_size=20).map(lambda t: f"“{t}”")


@F.fuzz_settings(40)
@given(fact_names=st.lists(names, min_size=10, max_size=10, unique=True), title_list=st.lists(titles, min_size=5, max_size=5))
def test_any_names_compile_to_the_same_code(fact_names, title_list):
    slots = dict(PLAIN)
    slots.update({f"N{i}": n for i, n in enumerate(fact_names)})
    slots.update({f"TQ{i}": t for i, t in enumerate(title_list)})
    assume(len({t for t in title_list[1:]}) == 4)
    text = TEMPLATE.format(**slots)
    try:
        rubric, diagnostics = build_rubric(Source.from_text("x.jd", text))
    except Stop:  # a name the grammar reads otherwise (a keyword, a number)
        assume(False)
    assume(not [d for d in diagnostics if d.severity.value == "error"])
    try:
        program = compile_rubric(rubric)
    except Stop:  # a title the formula cannot name (blank): reported, never run
        assume(False)
    assert program.source == _program(PLAIN).source


def test_hostile_facts_score_and_stay_data(tmp_path):
    """Unit names and values from a facts file are data all the way to every output."""
    rubric = tmp_path / "hostile.jd"
    rubric.write_text(TEMPLATE.format(**HOSTILE), encoding="utf-8")
    facts = {"rubric": "hostile.jd", "units": {}}
    for unit in ("__import__('os').system('touch pwned')", "<script>alert(1)</script>", "=1+1", "'\"\\{0}%s"):
        facts["units"][unit] = {
            "__import__": 3, "os.system": 1, "x';y": [{"\\\\n": 62000}], "eval": True,
            "v_0_": 0, "<b>评定": 1, "%s%s": 2, "$HOME": False}
    path = tmp_path / "facts.yaml"
    path.write_text(yaml.safe_dump(facts, allow_unicode=True), encoding="utf-8")
    for fmt in ("table", "json", "csv"):
        run = F.judge(F.run("score", path, "--format", fmt, "--explain"))
        assert run.code == 0, run.stderr
    data = json.loads(F.run("score", path, "--format", "json").stdout)
    assert {u["name"] for u in data["units"]} == set(facts["units"])
    assert not (tmp_path / "pwned").exists() and not Path("pwned").exists()


def test_yaml_tags_are_never_constructed(tmp_path):
    sentinel = tmp_path / "pwned"
    for name in ("chengzhai-2018.jd", "quanguo-2016-yufang.jd"):
        shutil.copyfile(ROOT / "rubrics" / name, tmp_path / name)
    payloads = [
        f"!!python/object/apply:os.system ['touch {sentinel}']",
        f"!!python/object/new:os.system ['touch {sentinel}']",
        "!!python/name:os.system",
        f"!!python/object/apply:subprocess.call [['touch', '{sentinel}']]",
    ]
    for payload in payloads:
        path = tmp_path / "facts.yaml"
        path.write_text(f"rubric: chengzhai-2018.jd\nunits:\n  a:\n    强戒案件数: {payload}\n",
                        encoding="utf-8")
        run = F.judge(F.run("score", path))
        assert run.code == 1 and not sentinel.exists()
        csv_form = tmp_path / "form.csv"
        csv_form.write_text(f"细则,quanguo-2016-yufang.jd\n单位,禁毒微信消息\n"
                            f"a,\"[{payload}]\"\n", encoding="utf-8")
        F.judge(F.run("score", csv_form))
        assert not sentinel.exists()


def test_deeper_entities_cost_no_more(tmp_path):
    """Entities are never expanded: eight levels of tenfold entities (10^8 characters, if
    expanded) cost what six do."""
    def levels(n: int) -> Path:
        names = "abcdefghij"[:n]
        parts = ['<!ENTITY a "哈哈哈哈哈哈哈哈哈哈">'] + [
            f'<!ENTITY {b} "{("&" + a + ";") * 10}">' for a, b in zip(names, names[1:])]
        path = tmp_path / f"form-{n}.xlsx"
        path.write_bytes(_workbook_with_doctype(f"<!DOCTYPE x [{''.join(parts)}]>", f"&{names[-1]};"))
        return path

    small, large = levels(6), levels(8)
    score = lambda path: F.judge(F.run("score", path, "--format", "json", limit=10))  # noqa: E731
    ratio = F.growth(lambda: score(small), lambda: score(large))
    assert ratio < 8, f"a hundred times the expansion took {ratio:.1f} times as long"


def _workbook_with_doctype(doctype: str, cell: str) -> bytes:
    """A valid form workbook whose sheet XML carries a DOCTYPE (entities) and `cell`."""
    rows = [["细则", str(ROOT / "rubrics" / "chengzhai-2018.jd")], ["单位", "强戒案件数"], ["甲", "CELL"]]
    data = F.rows_xlsx(rows)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename.startswith("xl/worksheets/sheet"):
                text = content.decode("utf-8")
                text = text.replace("?>", "?>" + doctype, 1) if text.startswith("<?xml") else doctype + text
                text = text.replace("CELL", cell)
                content = text.encode("utf-8")
            dst.writestr(info, content)
    return out.getvalue()


@pytest.mark.parametrize("doctype, cell, leak", [
    ('<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/hostname">]>', "&e;", "etc"),
    ('<!DOCTYPE x [<!ENTITY a "哈哈哈哈哈哈哈哈哈哈"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
     '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">'
     '<!ENTITY f "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">'
     '<!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;"><!ENTITY i "&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;">]>', "&i;", None),
], ids=["external-entity", "entity-expansion"])
def test_workbook_xml_entities_are_not_expanded(doctype, cell, leak, tmp_path):
    """The xlsx analogue of YAML aliases: entity tricks in a form's XML fail cleanly and fast."""
    path = tmp_path / "form.xlsx"
    path.write_bytes(_workbook_with_doctype(doctype, cell))
    run = F.judge(F.run("score", path, "--format", "json", limit=10))
    hostname = Path("/etc/hostname").read_text().strip() if Path("/etc/hostname").exists() else None
    if leak and hostname:
        assert hostname not in run.stdout + run.stderr


# -------------------------------------------------------------- outputs stay inert

class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: set[str] = set()
        self.attributes: list[tuple[str, str | None]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.attributes.extend(attrs)


def test_render_html_escapes_every_input(tmp_path):
    rubric = tmp_path / "hostile.jd"
    rubric.write_text(TEMPLATE.format(**HOSTILE), encoding="utf-8")
    run = F.judge(F.run("render", rubric, "--format", "html"))
    assert run.code == 0, run.stderr
    page = run.stdout
    parser = _Tags()
    parser.feed(page)
    assert parser.tags <= {"html", "head", "meta", "title", "style", "body", "h1", "p", "table", "colgroup",
                           "col", "thead", "tbody", "tfoot", "tr", "th", "td", "section", "b", "ul", "li", "br"}
    assert {name for name, _ in parser.attributes} <= {"lang", "charset", "name", "content", "class", "rowspan",
                                                        "colspan"}
    for needle in ("<script", "<img", "<i>", "<b>评定"):
        assert needle not in page
    # what was written is still there, escaped
    assert "&lt;script&gt;alert(&#x27;对象&#x27;)&lt;/script&gt;" in page          # 对象 (the unit kind)
    assert "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in page           # a group title
    assert "&lt;img src=x onerror=alert(1)&gt;" in page                              # a line's 责任单位
    assert "&lt;script&gt;的,计2分" in page                                          # a sentence


def test_markdown_outputs_escape_markup(tmp_path):
    rubric = tmp_path / "hostile.jd"
    rubric.write_text(TEMPLATE.format(**HOSTILE), encoding="utf-8")
    plain = tmp_path / "plain.jd"
    plain.write_text(TEMPLATE.format(**PLAIN), encoding="utf-8")
    for args in (["render", rubric], ["diff", plain, rubric, "--format", "md"]):
        run = F.judge(F.run(*args))
        assert run.code == 0, run.stderr
        assert "<script" not in run.stdout and "<img" not in run.stdout, args


@pytest.mark.parametrize("command", [
    ["score", "{facts}", "--format", "xlsx", "-o", "{out}"],
    ["render", "{rubric}", "--format", "xlsx", "-o", "{out}"],
    ["template", "{rubric}", "--format", "xlsx", "--unit", "=HYPERLINK(\"http://x\",\"y\")", "-o", "{out}"],
], ids=["score", "render", "template"])
def test_workbook_cells_never_become_formulas(command, tmp_path):
    """Regression (found by this suite): openpyxl writes any text starting with "=" as a
    formula, so a unit named =HYPERLINK(...) in a facts file became a live link in the
    score workbook. Every workbook jdscore writes now holds text as text."""
    rubric = tmp_path / "r.jd"
    rubric.write_text(TEMPLATE.format(**{**PLAIN, "TQ3": '"=1+1"', "W1": "=cmd|'/c calc'!A0",
                                         "S3": "=SUM(A1)"}), encoding="utf-8")
    facts = tmp_path / "facts.yaml"
    facts.write_text(yaml.safe_dump({"rubric": "r.jd", "units": {"=HYPERLINK(\"http://x\",\"y\")": {
        "事实0": 1, "事实1": 1, "事实2": [], "事实4": True, "事实5": 1, "事实6": 1, "事实7": 0,
        "事实8": False}}}, allow_unicode=True), encoding="utf-8")
    out = tmp_path / "out.xlsx"
    args = [a.format(facts=facts, rubric=rubric, out=out) for a in command]
    run = F.judge(F.run(*args))
    assert run.code == 0, run.stderr
    with zipfile.ZipFile(out) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in archive.read(name), name
    texts = [c.value for ws in load_workbook(out).worksheets for row in ws.iter_rows() for c in row]
    assert any(isinstance(v, str) and v.startswith("=") for v in texts)  # kept, as text


def test_csv_cells_never_start_a_formula(tmp_path):
    """A score CSV opened in Excel: names and titles that start with = + - @ get Excel's
    text mark ('), numbers (negative totals included) stay numbers."""
    rubric = tmp_path / "r.jd"
    rubric.write_text(TEMPLATE.format(**{**PLAIN, "W1": "=cmd|'/c calc'!A0"}), encoding="utf-8")
    hostile = "=HYPERLINK(\"http://x\",\"y\")"
    facts = tmp_path / "facts.yaml"
    facts.write_text(yaml.safe_dump({"rubric": "r.jd", "units": {hostile: {
        "事实0": 1, "事实1": 1, "事实2": [], "事实4": True, "事实5": 1, "事实6": 1, "事实7": 0,
        "事实8": False}, "@SUM(1)": {
        "事实0": 1, "事实1": 1, "事实2": [], "事实4": True, "事实5": 1, "事实6": 1, "事实7": 0,
        "事实8": False}}}, allow_unicode=True), encoding="utf-8")
    run = F.judge(F.run("score", facts, "--format", "csv"))
    assert run.code == 0, run.stderr
    rows = list(csv.reader(io.StringIO(run.stdout)))
    names = {row[1] for row in rows[1:]}
    assert names == {"'" + hostile, "'@SUM(1)"}
    for row in rows:
        assert not any(cell.startswith(("=", "+", "@")) for cell in row), row
    assert all(Decimal(row[2]) == Decimal(row[2].lstrip("'")) for row in rows[1:])  # totals untouched


# ------------------------------------------------------------------ rubric: paths

def test_rubric_path_is_relative_to_the_facts_file(tmp_path, monkeypatch):
    office = tmp_path / "office" / "2019"
    office.mkdir(parents=True)
    (tmp_path / "office" / ".jdscore.toml").write_text("", encoding="utf-8")  # the office's tree
    (tmp_path / "office" / "rubric.jd").write_text(
        (ROOT / "rubrics" / "chengzhai-2018.jd").read_text(encoding="utf-8"), encoding="utf-8")
    text = (ROOT / "examples" / "chengzhai-2018" / "facts.yaml").read_text(encoding="utf-8")
    text = text.replace("rubric: ../../rubrics/chengzhai-2018.jd", "rubric: ../rubric.jd")
    (office / "facts.yaml").write_text(text, encoding="utf-8")
    expected = F.run("score", ROOT / "examples" / "chengzhai-2018" / "facts.yaml", "--format", "csv").stdout
    for cwd in (tmp_path, office, ROOT):
        monkeypatch.chdir(cwd)
        facts = os.path.relpath(office / "facts.yaml", cwd)
        run = F.judge(F.run("score", facts, "--format", "csv"))
        assert run.code == 0, run.stderr
        assert run.stdout == expected


def test_a_missing_rubric_is_reported_with_where_it_was_looked_for(tmp_path, monkeypatch):
    (tmp_path / "sub").mkdir()
    (tmp_path / ".jdscore.toml").write_text("", encoding="utf-8")
    facts = tmp_path / "sub" / "facts.yaml"
    facts.write_text("rubric: ../rubrics/nowhere.jd\nunits:\n  a:\n    x: 1\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    run = F.judge(F.run("score", "sub/facts.yaml"))
    assert run.code == 2
    assert "E001" in run.stderr and "nowhere.jd" in run.stderr
    assert os.path.normpath("sub/../rubrics/nowhere.jd") in run.stderr  # where it was looked for
    assert "sub/facts.yaml:1:" in run.stderr  # points at the rubric: line
    assert "相对于事实文件" in run.stderr


def test_a_missing_rubric_in_a_form_and_on_the_command_line(tmp_path):
    form = tmp_path / "form.csv"
    form.write_text("细则,nowhere.jd\n单位,强戒案件数\n甲,1\n", encoding="utf-8")
    run = F.judge(F.run("score", form))
    assert run.code == 2 and "E001" in run.stderr and "nowhere.jd" in run.stderr
    run = F.judge(F.run("score", ROOT / "examples" / "chengzhai-2018" / "facts.yaml", "--rubric", tmp_path / "x.jd"))
    assert run.code == 2 and "E001" in run.stderr and "x.jd" in run.stderr


def test_a_form_names_its_rubric_relative_to_itself(tmp_path, monkeypatch):
    (tmp_path / "forms").mkdir()
    (tmp_path / ".jdscore.toml").write_text("", encoding="utf-8")  # forms/ may name ../r.jd
    (tmp_path / "r.jd").write_text((ROOT / "rubrics" / "chengzhai-2018.jd").read_text(encoding="utf-8"),
                                   encoding="utf-8")
    data = yaml.safe_load((ROOT / "examples" / "chengzhai-2018" / "facts.yaml").read_text(encoding="utf-8"))
    (tmp_path / "forms" / "form.csv").write_text(F.rows_csv(F.facts_rows(data, "../r.jd")), encoding="utf-8")
    monkeypatch.chdir(ROOT)
    run = F.judge(F.run("score", tmp_path / "forms" / "form.csv", "--format", "csv"))
    assert run.code == 0, run.stderr
