"""Habits users bring from ruff, OPA and pre-commit (issue 13, list 4): where the report and
the status go, JSON as UTF-8, one spelling of the JSON option, help in Chinese with an example
per command, shell completion, and the README's pre-commit configuration."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys

import pytest
import yaml

from conftest import ROOT

CHENGZHAI = ROOT / "rubrics" / "chengzhai-2018.jd"
FACTS = ROOT / "examples" / "chengzhai-2018" / "facts.yaml"
WARNED = "考评 \"测试\"\n项目 \"宣传\" 2分 {\n  印制宣传册: 印制宣传册的,计1分\n}\n"


# --------------------------------------------------------------- report on stdout, status on stderr

def test_check_writes_its_report_to_stdout_and_the_summary_to_stderr(jd, tmp_path):
    (tmp_path / "w.jd").write_text(WARNED, encoding="utf-8")
    run = jd("check", "w.jd", cwd=tmp_path)
    assert run.exit_code == 0
    assert "警告[W301]" in run.stdout and "^" in run.stdout  # the finding, framed, on stdout
    assert "W301" not in run.stderr
    assert run.stderr.strip() == "检查了 1 个文件: 0 个错误, 1 个警告"


def test_check_text_report_to_a_file(jd, tmp_path):
    (tmp_path / "w.jd").write_text(WARNED, encoding="utf-8")
    run = jd("check", "w.jd", "-o", "report.txt", cwd=tmp_path)
    assert run.exit_code == 0 and run.stdout == ""
    assert "警告[W301]" in (tmp_path / "report.txt").read_text(encoding="utf-8")
    assert "报告已写入 report.txt" in run.stderr


# ------------------------------------------------------------------------- JSON, UTF-8, one spelling

JSON_COMMANDS = [
    ["check", str(CHENGZHAI), "--format", "json"],
    ["score", str(FACTS), "--format", "json"],
    ["try", "每条计0.05分,最高计1分", "7", "--format", "json"],
    ["rules", "--format", "json"],
    ["rules", "E404", "--format", "json"],
    ["test", str(ROOT / "examples" / "chengzhai-2018"), "--format", "json"],
    ["diff", str(CHENGZHAI), str(CHENGZHAI), "--format", "json"],
    ["template", str(CHENGZHAI), "--format", "schema"],
]


@pytest.mark.parametrize("args", JSON_COMMANDS, ids=lambda a: a[0])
def test_json_is_utf8_and_spelt_format_json_everywhere(jd, args):
    run = jd(*args)
    assert run.exit_code == 0, run.stderr
    json.loads(run.stdout)
    assert not re.search(r"\\u[0-9a-fA-F]{4}", run.stdout), "Chinese escaped as \\uXXXX"
    assert re.search(r"[\u4e00-\u9fff]", run.stdout)


def test_every_command_that_writes_json_says_format_json(jd):
    """One spelling: --format json; `try --json` of earlier versions still works, unlisted."""
    from jdscore.cli import app
    from typer.main import get_command

    group = get_command(app)
    for name, command in group.commands.items():
        options = {o for p in command.params for o in getattr(p, "opts", [])}
        assert "--json" not in {o for p in command.params if not p.hidden for o in p.opts}, name
        if name in {"check", "score", "try", "rules", "test", "diff"}:
            assert "--format" in options, name
    old = jd("try", "每条计0.05分,最高计1分", "7", "--json")
    assert old.exit_code == 0 and json.loads(old.stdout)["score"] == "0.35"
    assert "--json" not in jd("try", "--help").stdout


# ----------------------------------------------------------------------------- help and completion

COMMANDS = ["check", "score", "report", "try", "fmt", "rules", "test", "template", "diff", "render", "import"]


def test_jdscore_alone_prints_the_help(jd):
    run = jd()
    assert run.exit_code == 0 and run.stderr == ""
    assert run.stdout.startswith("用法: jdscore") and "命令:" in run.stdout
    assert all(name in run.stdout for name in COMMANDS)
    assert run.stdout == jd("--help").stdout + "\n" or run.stdout.rstrip() == jd("--help").stdout.rstrip()


# What Click and Typer write in English, and Python's types as metavars.
ENGLISH = re.compile(r"Usage|Options|Arguments|Commands|Show this|required|default|TEXT|PATH|INTEGER|"
                     r"<[a-z]*>|list\[|\bstr\b|Path\b|Install|completion for")


@pytest.mark.parametrize("command", [[], *([c] for c in COMMANDS)], ids=lambda c: c[0] if c else "jdscore")
def test_help_is_chinese_with_an_example(jd, command):
    run = jd(*command, "--help")
    assert run.exit_code == 0
    text = run.stdout
    assert text.startswith("用法: jdscore") and "选项:" in text and "显示本帮助并退出" in text
    assert not ENGLISH.search(text), ENGLISH.search(text).group()
    examples = re.search(r"例:\n((?:    jdscore .*\n)+)", text)
    assert examples, text
    if command:  # every example runs the command it documents
        assert all(line.split()[1] == command[0] for line in examples.group(1).splitlines()), examples.group(1)


def test_help_columns_line_up_under_chinese_metavars(jd):
    from rich.cells import cell_len

    lines = jd("check", "--help").stdout.split("选项:\n")[1].splitlines()
    starts = {cell_len(re.match(r"(\s*\S+(?: \S+)*?\s{2,})", line).group(1)) for line in lines if line.startswith("  -")}
    assert len(starts) == 1, lines


def test_show_completion_for_bash():
    """The script Typer makes for the shell jdscore runs in: bash, here."""
    if shutil.which("bash") is None:
        pytest.skip("no bash")
    exe = shutil.which("jdscore", path=os.path.dirname(sys.executable)) or "jdscore"
    # `; true`: bash must stay the parent (a lone command would be exec'd in its place)
    done = subprocess.run(["bash", "-c", f"'{exe}' --show-completion; true"], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    assert "_JDSCORE_COMPLETE=complete_bash" in done.stdout and "complete -o default -F" in done.stdout


def test_install_completion_for_bash(tmp_path):
    if shutil.which("bash") is None:
        pytest.skip("no bash")
    exe = shutil.which("jdscore", path=os.path.dirname(sys.executable)) or "jdscore"
    done = subprocess.run(["bash", "-c", f"'{exe}' --install-completion; true"], capture_output=True, text=True,
                          timeout=60, env={**os.environ, "HOME": str(tmp_path)})
    assert done.returncode == 0 and "已为 bash 安装命令补全" in done.stderr, done.stderr
    script = tmp_path / ".bash_completions" / "jdscore.sh"
    assert "_JDSCORE_COMPLETE=complete_bash" in script.read_text()
    assert f"source '{script}'" in (tmp_path / ".bashrc").read_text()


def test_completion_answers_the_shell(monkeypatch, capsys):
    """What the completion script asks, answered: command names, options, --format's values."""
    from jdscore.cli import main

    def complete(words: str) -> list[str]:
        monkeypatch.setenv("_JDSCORE_COMPLETE", "complete_bash")
        monkeypatch.setenv("COMP_WORDS", words)
        monkeypatch.setenv("COMP_CWORD", str(len(words.split()) - (0 if words.endswith(" ") else 1)))
        with pytest.raises(SystemExit):
            main([])
        return capsys.readouterr().out.split()

    assert complete("jdscore ch") == ["check"]
    assert "--strict" in complete("jdscore check --s")
    assert complete("jdscore score facts.yaml --format ") == ["table", "json", "csv", "xlsx"]


# --------------------------------------------------------------------------------------- pre-commit

def _readme_pre_commit_config() -> dict:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```yaml\n(# \.pre-commit-config\.yaml.*?)```", readme, re.S).group(1)
    return yaml.safe_load(block)


def test_readme_pre_commit_example_names_what_exists():
    config = _readme_pre_commit_config()
    repo = config["repos"][0]
    hooks = {h["id"] for h in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))}
    assert {h["id"] for h in repo["hooks"]} <= hooks
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    refs = [repo["rev"], f"origin/{repo['rev']}", f"refs/tags/{repo['rev']}"]
    found = [subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--verify", "-q", f"{ref}^{{commit}}"],
                            capture_output=True).returncode == 0 for ref in refs]
    assert any(found), f"rev {repo['rev']!r} names nothing in this repository"


@pytest.mark.slow
def test_readme_pre_commit_example_runs(tmp_path):
    """The README's configuration, with pre-commit, against this repository's committed
    hooks: jdscore-fmt rewrites a badly laid-out rubric (the run fails, as ruff-format's
    does), and the rewritten file then passes both hooks."""
    pre_commit = shutil.which("pre-commit", path=os.path.dirname(sys.executable)) or shutil.which("pre-commit")
    if pre_commit is None or not (ROOT / ".git").exists():
        pytest.skip("pre-commit not installed, or not a git checkout")
    head = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "HEAD"], capture_output=True, text=True).stdout.strip()
    config = _readme_pre_commit_config()
    config["repos"][0].update(repo=str(ROOT), rev=head)  # the hooks as committed here, not as published
    config["repos"][0]["hooks"] = [{"id": h["id"]} for h in config["repos"][0]["hooks"]]
    work = tmp_path / "rubrics"
    work.mkdir()
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "GIT_AUTHOR_NAME": "t",
           "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}

    def git(*args):
        return subprocess.run(["git", *args], cwd=work, capture_output=True, text=True, env=env, check=True)

    git("init", "-q")
    (work / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")
    messy = "考评 \"测试\"\n\n\n项目  \"宣传\"   1分{\n      印制宣传册 ：印制宣传册的,计1分\n}"
    (work / "r.jd").write_text(messy, encoding="utf-8")
    git("add", ".")
    first = subprocess.run([pre_commit, "run", "--all-files"], cwd=work, capture_output=True, text=True, env=env,
                           timeout=1200)
    assert first.returncode == 1, first.stdout + first.stderr
    assert "files were modified by this hook" in first.stdout
    tidy = (work / "r.jd").read_text(encoding="utf-8")
    assert tidy == "考评 \"测试\"\n\n项目 \"宣传\" 1分 {\n  印制宣传册: 印制宣传册的,计1分\n}\n"
    git("add", ".")
    second = subprocess.run([pre_commit, "run", "--all-files"], cwd=work, capture_output=True, text=True, env=env,
                            timeout=600)
    assert second.returncode == 0, second.stdout + second.stderr


# ------------------------------------------------------------------------- every code explained

def _codes_in_the_source() -> set[str]:
    found = set()
    for path in (ROOT / "src" / "jdscore").rglob("*.py"):
        found.update(re.findall(r"[\"(]([EW]\d{3})[\")]", path.read_text(encoding="utf-8")))
    return found


def test_every_code_the_source_reports_is_in_the_catalogue():
    from jdscore.diagnostics import CATALOGUE

    assert _codes_in_the_source() - set(CATALOGUE) == set()


def test_every_code_is_explained(jd):
    """`jdscore rules CODE` for every code of the catalogue: a Chinese title, what it means,
    what to do; the checks add their bad and good examples."""
    from jdscore.checker import rules
    from jdscore.diagnostics import CATALOGUE

    checks = {info.code for info in rules()}
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for code, entry in CATALOGUE.items():
        assert re.search(r"[\u4e00-\u9fff]", entry.title) and entry.english, code
        assert len(entry.meaning) >= 10 and len(entry.action) >= 6, code
        run = jd("rules", code.lower())
        assert run.exit_code == 0, (code, run.stderr)
        assert run.stdout.startswith(f"{code} {entry.title}") and f"含义: {entry.meaning}" in run.stdout
        assert f"怎么办: {entry.action}" in run.stdout
        if entry.example:
            assert "例:\n    " + entry.example.splitlines()[0] in run.stdout
        if code in checks:
            assert "Bad::" in run.stdout and "Good::" in run.stdout, code
        assert re.search(rf"\b{code}\b", readme) or any(
            first <= code <= last for first, last in re.findall(r"\b([EW]\d{3}) – ([EW]\d{3})\b", readme)), \
            f"{code} is not in the README"
        data = json.loads(jd("rules", code, "--format", "json").stdout)
        assert data[0]["code"] == code and data[0]["meaning"] == entry.meaning and data[0]["action"] == entry.action
    assert {"E001", "E101", "E218", "E404", "E602", "E701", "E803", "W311"} <= set(CATALOGUE)


def test_rules_all_lists_every_code(jd):
    from jdscore.diagnostics import CATALOGUE

    run = jd("rules", "--all")
    assert run.exit_code == 0
    for code, entry in CATALOGUE.items():
        assert re.search(rf"^{code}\s+(错误|警告)\s+{re.escape(entry.title)}", run.stdout, re.M), code
    data = json.loads(jd("rules", "--all", "--format", "json").stdout)
    assert [d["code"] for d in data] == sorted(CATALOGUE)


def test_an_unknown_code_gets_a_guess(jd):
    run = jd("rules", "tier-gpa")
    assert run.exit_code == 2 and "错误[E005]" in run.stderr and "是不是 tier-gap" in run.stderr


# ------------------------------------------------------------------------------ inline suppression

SHORT = "项目 \"{title}\" 2分 {{{comment}\n  {fact}: 每开展1次宣传活动计0.5分,最高计1分\n}}\n"


def _rubric(*comments: str) -> str:
    return "考评 \"测试\"\n" + "".join(SHORT.format(title=f"项{i}", comment=c, fact=f"次数{i}")
                                     for i, c in enumerate(comments))


def _codes_by_line(jd, tmp_path, text: str) -> dict[int, list[str]]:
    (tmp_path / "r.jd").write_text(text, encoding="utf-8")
    run = jd("check", "r.jd", "--format", "json", cwd=tmp_path)
    found: dict[int, list[str]] = {}
    for d in json.loads(run.stdout)["diagnostics"]:
        found.setdefault(d["location"]["line"], []).append(d["code"])
    return found


def test_a_suppression_silences_its_code_on_its_line_only(jd, tmp_path):
    found = _codes_by_line(jd, tmp_path, _rubric("  # jdscore: 忽略 W301", "", "  # 普通注释 W301"))
    assert found == {5: ["W301"], 8: ["W301"]}  # items 1 and 2 keep their warning


@pytest.mark.parametrize("comment", ["  # jdscore: 忽略 W301", "  # jdscore：忽略W301", "# jdscore: 忽略 w301",
                                     "  # jdscore: 忽略 W310、W301 (原文如此)", "  # jdscore : 忽略 W310,W301"])
def test_suppression_spellings(jd, tmp_path, comment):
    assert _codes_by_line(jd, tmp_path, _rubric(comment)) == {}


def test_an_unknown_or_error_code_in_a_suppression_is_a_warning(jd, tmp_path):
    found = _codes_by_line(jd, tmp_path, _rubric("  # jdscore: 忽略 W3O1", "  # jdscore: 忽略 E302 W301"))
    assert found == {2: ["W301", "W322"], 5: ["W322"]}
    run = jd("check", "r.jd", cwd=tmp_path)
    assert "没有代码“W3O1”" in run.stdout and "E302 是错误,不能忽略" in run.stdout


def test_the_suppression_keyword_lives_in_the_grammar():
    grammar = (ROOT / "grammar" / "jdscore.lark").read_text(encoding="utf-8")
    assert re.search(r'^SUPPRESS_KW: "忽略"$', grammar, re.M)
    from test_architecture import _keywords

    assert "忽略" in _keywords()  # so the architecture test keeps Python from matching it


def test_fmt_keeps_a_suppression_and_it_still_works_after(jd, tmp_path):
    (tmp_path / "r.jd").write_text(_rubric("   #   jdscore: 忽略 W301").replace("{", "{", 1), encoding="utf-8")
    assert jd("fmt", "r.jd", cwd=tmp_path).exit_code == 0
    assert "{  #   jdscore: 忽略 W301\n" in (tmp_path / "r.jd").read_text(encoding="utf-8")
    assert _codes_by_line(jd, tmp_path, (tmp_path / "r.jd").read_text(encoding="utf-8")) == {}
