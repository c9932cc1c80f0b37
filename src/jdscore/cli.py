"""The `jdscore` command line (Typer wiring only; the work happens in the stages).

Exit codes: 0 success; 1 the input was read and has problems (check findings, invalid
facts, a judged amount out of range); 2 usage or I/O (a missing file, unreadable YAML,
a sentence `try` cannot read); 3 an internal error (a bug: please report it).
"""

from __future__ import annotations

import itertools
import os
import re
import signal
import sys
import threading
import traceback
from collections.abc import Iterable
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, List, Optional

import typer

from . import __version__
from .diagnostics import Diagnostic, Severity, Stop, error, has_errors
from .output import NotAFile, atomic_write, same_file
from .render.diagnostics import MAX_SHOWN
from .render.help import ChineseCommand as _Command
from .render.help import ChineseGroup as _Group
from .source import MAX_RUBRIC_BYTES, Source, Sources, printable, read_bytes

if TYPE_CHECKING:
    from . import ast as A
    from . import pipeline

# Each command imports the stages it needs when it runs (`jdscore --version` needs none of
# them, `check` no facts reader, `score` of a CSV no YAML): bench/startup.py measures it.

app = typer.Typer(
    cls=_Group,
    add_completion=False,  # our own --install-completion and --show-completion, said in Chinese (main_options)
    pretty_exceptions_enable=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    help="jdscore: 把禁毒工作考评细则写成可校验、可精确计分、可解释的语言。\n\n"
         "\b\n例:\n  jdscore check 2019.jd\n  jdscore score examples/chengzhai-2018/facts.yaml\n"
         "  jdscore try \"每条计0.05分,最高计1分\" 7\n  jdscore 命令 --help   (每个命令的用法和例子)",
)

OK, CONTENT, USAGE, INTERNAL = 0, 1, 2, 3
COMPLETE_VAR = "_JDSCORE_COMPLETE"  # what the completion script sets when the shell asks
_state = {"debug": False}


def _close_matches(word, words, n=1):
    """difflib's guess, imported when a name is wrong (it is not needed to start)."""
    import difflib

    return difflib.get_close_matches(word, words, n=n)


def _unified_diff(*args, **kwargs):
    import difflib

    return difflib.unified_diff(*args, **kwargs)


def _out():
    from rich.console import Console

    return Console(soft_wrap=True, highlight=False, markup=False, emoji=False)


def _err():
    from rich.console import Console

    return Console(stderr=True, soft_wrap=True, highlight=False, markup=False, emoji=False)


def Text(*args, **kwargs):  # noqa: N802 - rich's Text, imported when first shown
    from rich.text import Text as RichText

    return RichText(*args, **kwargs)


class Exit(Exception):
    def __init__(self, code: int):
        self.code = code


def _report(diagnostics: list[Diagnostic], sources: Sources | None = None, limit: int | None = None) -> None:
    from .render import diagnostics as render_diagnostics

    render_diagnostics.render_text(diagnostics, sources or Sources(), _err(), limit=limit)


@contextmanager
def _reported(sources: Sources | None = None, *, limit: int | None = None, json_for: list[str] | None = None):
    """A stage that cannot go on: its diagnostics on stderr (the first `limit`: --max-errors), its exit code
    (README: Exit codes). `json_for`: the files read, when the command was asked for JSON:
    then every diagnostic goes to stdout as JSON, and how many of each kind to stderr."""
    try:
        yield
    except Stop as stop:
        if json_for is None:
            _report(stop.diagnostics, sources, limit)
        else:
            from .render import diagnostics as render_diagnostics

            sys.stdout.write(render_diagnostics.to_json(stop.diagnostics, json_for))
            for line in render_diagnostics.tally_lines(stop.diagnostics, len(stop.diagnostics)):
                _err().print(Text(line), soft_wrap=True)
            _err().print("(每一处都列在标准输出的 JSON 中)")
        raise Exit(stop.exit_code) from None


# The facts file and the rubric that may replace its own, as `score` and `report` take them.
FACTS_FILE = typer.Argument(..., metavar="事实文件", help="事实文件(YAML,或填好的 .xlsx / .csv 采集表),其中指明细则")
RUBRIC_INSTEAD = typer.Option(None, "--rubric", metavar="细则", help="改用这个细则文件(覆盖事实文件中的 rubric:)")
MAX_ERRORS = typer.Option(MAX_SHOWN, "--max-errors", min=0, metavar="个数",
                          help=f"屏幕上最多显示多少处问题(默认 {MAX_SHOWN};0: 全部);--format json 总是列出全部")


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"jdscore {__version__}")
        raise typer.Exit(OK)


def _completion_script(ctx, param, value: bool) -> None:
    """--show-completion: the completion script for the shell jdscore runs in (Typer's)."""
    if not value or ctx.resilient_parsing:
        return
    from typer.completion import show_callback

    _completion_ready()
    show_callback(ctx, param, value)  # prints the script and exits


def _install_completion(ctx, param, value: bool) -> None:
    """--install-completion: the script put where the shell reads it (Typer's), said in Chinese."""
    if not value or ctx.resilient_parsing:
        return
    from typer.completion import install

    _completion_ready()
    try:
        shell, path = install()
    except (RuntimeError, OSError, SystemExit) as exc:  # no shell detected, or one Typer does not know
        _report([error("E005", f"无法安装命令补全: {exc}", None,
                       hint="在 bash、zsh、fish 或 PowerShell 中运行;或用 --show-completion 自行保存脚本")])
        raise Exit(USAGE) from None
    _err().print(Text(f"已为 {shell} 安装命令补全: {path}(重新打开终端后生效)"), soft_wrap=True)
    raise typer.Exit(OK)


def _completion_ready() -> None:
    """Typer's completion classes registered with Click (Typer does it only with add_completion)."""
    from typer._completion_classes import completion_init

    completion_init()


@app.callback()
def main_options(
    debug: bool = typer.Option(False, "--debug", help="出错时显示 Python 调用栈(报告 bug 时用)"),
    # eager: `jdscore --version` has no command, and would otherwise stop at "Missing command"
    version: bool = typer.Option(False, "--version", help="显示版本", is_eager=True, callback=_show_version),
    install_completion: bool = typer.Option(False, "--install-completion", is_eager=True, expose_value=False,
                                            callback=_install_completion,
                                            help="为当前的 shell(bash、zsh、fish、PowerShell)安装命令补全"),
    show_completion: bool = typer.Option(False, "--show-completion", is_eager=True, expose_value=False,
                                         callback=_completion_script,
                                         help="显示当前 shell 的命令补全脚本,可复制或自行安装"),
) -> None:
    _state["debug"] = debug


# ----------------------------------------------------------------------------- check

class CheckFormat(str, Enum):
    text = "text"
    json = "json"
    github = "github"
    sarif = "sarif"


@app.command(cls=_Command)
def check(
    rubrics: List[Path] = typer.Argument(..., metavar="细则", help="要检查的细则文件(.jd),或包含细则的目录"),
    format: CheckFormat = typer.Option(CheckFormat.text, "--format", metavar="格式",
                                       help="输出格式: text、json、github(工作流注释)或 sarif(2.1.0)"),
    strict: bool = typer.Option(False, "--strict", help="有警告也以退出码 1 结束"),
    config: Optional[Path] = typer.Option(None, "--config", metavar="文件",
                                          help="配置文件(默认从细则所在目录向上找 .jdscore.toml 或 pyproject.toml)"),
    output: Optional[Path] = typer.Option(None, "-o", "--output", metavar="文件",
                                          help="把报告写入文件(原子写入);屏幕上只留一行结果"),
    max_errors: int = MAX_ERRORS,
) -> None:
    """检查细则: 语法错误、分值对不上、分档和等级的空档与重叠、未定义的名称等(jdscore rules 列出全部检查)。

    报告写在标准输出上,最后一行结果(几个错误、几个警告)写在标准错误上。

    \b
    例:
      jdscore check 2019.jd
      jdscore check rubrics/ --strict --format json -o 检查结果.json
    """
    from . import pipeline
    from .checker import rules as check_rules
    from .config import ConfigFinder
    from .paths import rubric_files
    from .render import diagnostics as render_diagnostics

    found: list[Diagnostic] = []
    sources = Sources()
    with _reported():
        finder = ConfigFinder({info.code for info in check_rules()}, config)
    rubrics, unreadable = rubric_files(rubrics)
    for path in rubrics:
        try:
            checked = pipeline.check_file(path)
        except Stop as stop:  # the file cannot be read: reported with the others
            unreadable.extend(stop.diagnostics)
            continue
        with _reported():
            settings = finder.for_file(path)
        sources.add(checked.source)
        found.extend(settings.apply(checked.diagnostics, str(path)))
    found.sort(key=Diagnostic.sort_key)
    in_files, found = found, sorted(found + unreadable, key=Diagnostic.sort_key)
    # As ruff and eslint do: the report on stdout (to a pipe or a file); on stderr how the run
    # went: the files that could not be read and the summary line.
    if format is CheckFormat.text and output is None:
        render_diagnostics.render_text(in_files, sources, _out(), limit=max_errors)
        _report(unreadable)
        _err().print(render_diagnostics.summary_line(found, len(rubrics)))
    else:
        if format is CheckFormat.text:
            report = _plain_console()
            render_diagnostics.render_text(in_files, sources, report, limit=0)  # a file holds them all
            text = report.file.getvalue()
        elif format is CheckFormat.json:
            text = render_diagnostics.to_json(found, [str(p) for p in rubrics])
        elif format is CheckFormat.github:
            from .render.github import to_github

            text = to_github(found)
        else:
            from .render.sarif import to_sarif

            text = to_sarif(found)
        _emit(text, output, inputs=rubrics)
        if output is not None:  # the report went to a file: the terminal is told what it holds
            _report(unreadable)
            codes = "、".join(sorted({d.code for d in found}))
            _err().print(Text(render_diagnostics.summary_line(found, len(rubrics)) + (f"({codes})" if codes else "")
                              + f";报告已写入 {output}"), soft_wrap=True)
    if unreadable:
        raise Exit(USAGE)
    failing = has_errors(found) or (strict and any(d.severity is Severity.WARNING for d in found))
    raise Exit(CONTENT if failing else OK)


# ----------------------------------------------------------------------------- score

class ScoreFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"
    xlsx = "xlsx"


@app.command(cls=_Command)
def score(
    facts: Path = FACTS_FILE,
    rubric: Optional[Path] = RUBRIC_INSTEAD,
    unit: Optional[str] = typer.Option(None, "--unit", metavar="单位", help="只显示这个单位"),
    explain: bool = typer.Option(False, "--explain", help="逐条说明每一项的得分理由"),
    format: ScoreFormat = typer.Option(ScoreFormat.table, "--format", metavar="格式",
                                       help="输出格式: table(表格)、json、csv 或 xlsx"),
    output: Optional[Path] = typer.Option(None, "-o", "--output", metavar="文件", help="写入文件(原子写入)"),
    max_errors: int = MAX_ERRORS,
) -> None:
    """按细则为事实文件中的每个单位计分,给出总分、等级和名次。

    \b
    例:
      jdscore score examples/chengzhai-2018/facts.yaml
      jdscore score 采集表.xlsx --unit 程寨村 --explain
      jdscore score facts.yaml --format xlsx -o 得分.xlsx
    """
    _collecting()
    from .render import results as render_results

    # Without --explain every format carries totals, grades, ranks and the parts' scores, and
    # no explanation is built; the facts as written are kept for those a JSON veto shows.
    facts_input, checked, results = _scored(
        facts, rubric, unit=unit, stream=True, max_errors=max_errors,
        json_for=[str(facts)] if format is ScoreFormat.json else None,
        as_written=explain or format in (ScoreFormat.table, ScoreFormat.json),
        best_first=format is ScoreFormat.csv, explain=explain)
    built = checked.rubric
    shown = results if format is ScoreFormat.csv else list(results)
    meta = {"rubric": {"title": built.title, "path": str(checked.source.name),
                       "full_marks": None if built.full_marks is None else str(built.full_marks)},
            "facts": str(facts), "period": facts_input.envelope.period}
    inputs = (facts, checked.source.name)
    if format is ScoreFormat.json:
        _emit(render_results.json_chunks(shown, meta), output, inputs=inputs)
    elif format is ScoreFormat.csv:
        lines = render_results.explain_csv_lines(shown) if explain else render_results.csv_lines(shown, _part_titles(built))
        _emit(lines, output, bom=output is not None, inputs=inputs)
    elif format is ScoreFormat.xlsx:
        from .render import score_xlsx

        title = built.title + (f"({built.year}年度)" if built.year else "")
        _emit_bytes(score_xlsx.to_xlsx(shown, title, _part_titles(built), built.full_marks, explain=explain), output,
                    "xlsx 得分表", inputs)
    else:
        _emit_table(shown, built, explain, output, inputs)
    raise Exit(OK)


def _scored(facts: Path, rubric: Path | None, *, explain: bool, unit: str | None = None, stream: bool = False,
            as_written: bool = True, best_first: bool = True, max_errors: int | None = None,
            json_for: list[str] | None = None):
    """The facts file read, its rubric checked, every unit scored: (facts, checked, results).
    `stream`: a form is read and scored a row at a time (the results are then an iterator);
    `unit`: a name that must be among the units (E410 otherwise); `max_errors`, `json_for`:
    how problems are reported (`_reported`)."""
    from . import pipeline

    sources = Sources()
    with _reported(sources, limit=max_errors, json_for=json_for):
        facts_input = pipeline.read_facts(facts, need_rubric=rubric is None, stream=stream)
        sources.add(facts_input.source)
        checked = pipeline.rubric_for(facts_input, rubric)
        sources.add(checked.source)
        with _progress(None, "计分") as advance:
            results = pipeline.scored(checked, facts_input, as_written=as_written, progress=advance,
                                      best_first=best_first, explain=explain)
            if not stream:
                results = list(results)
        if unit is not None:
            results = list(results)
            names = [r.name for r in results]
            results = [r for r in results if r.name == unit]
            if not results:
                guess = _close_matches(unit, names, n=1)
                raise Stop([error("E410", f"事实文件中没有单位“{unit}”" + (f",是不是“{guess[0]}”?" if guess else ""),
                                  None, file=str(facts))])
    return facts_input, checked, results


@app.command(cls=_Command)
def report(
    facts: Path = FACTS_FILE,
    rubric: Optional[Path] = RUBRIC_INSTEAD,
    output: Optional[Path] = typer.Option(None, "-o", "--output", metavar="文件", help="写入 HTML 文件(原子写入)"),
) -> None:
    """考评报告(HTML,离线可开、可打印 A4): 排名、总分分布、各大项得分、按责任单位的失分、各单位逐条明细。

    \b
    例:
      jdscore report facts.yaml -o 报告.html
    """
    _collecting()
    from .render import report as render_report

    facts_input, checked, results = _scored(facts, rubric, explain=True)
    page = render_report.html_chunks(results, checked.rubric, str(facts), facts_input.envelope.period)
    _emit(page, output, inputs=(facts, checked.source.name))
    raise Exit(OK)


def _part_titles(rubric: A.Rubric) -> list[str]:
    """The titles of the rubric's scored parts (not 加分项/扣分项), the columns of a score sheet."""
    from . import ast as A

    return [g.title for g in rubric.body if isinstance(g, A.Group) and g.role is A.Role.BASE]


@contextmanager
def _progress(total: int | None, what: str):
    """A progress bar on a terminal for long work (`total`: how much, None when not known
    beforehand: units read as a stream); nothing when output is piped."""
    console = _err()
    if (total is not None and total < PROGRESS_FROM) or not console.is_terminal:
        yield None
        return
    from rich.progress import Progress

    with Progress(console=console, transient=True) as bar:
        task = bar.add_task(what, total=total)
        yield lambda n: bar.advance(task, n)


PROGRESS_FROM = 500  # units; fewer are scored before a bar could be read


def _emit(text: str | Iterable[str], output: Path | None, *, bom: bool = False, inputs=()) -> None:
    """Text (or its pieces, written as they come) to stdout or, atomically, to `output`."""
    pieces = [text] if isinstance(text, str) else text
    if output is None:
        for piece in pieces:
            sys.stdout.write(piece)
        return
    encoded = (piece.encode("utf-8") for piece in itertools.chain(["\ufeff"] if bom else [], pieces))
    _write(output, encoded, inputs)


def _write(output: Path, data: bytes | Iterable[bytes], inputs=()) -> None:
    """`data` into the file `output` names, atomically; never over one of the command's own
    `inputs` (score f.yaml -o f.yaml would destroy the facts), a device or a folder."""
    read = same_file(output, inputs)
    if read is not None:
        _report([error("E005", f"输出文件 {output} 就是本命令读取的 {read},写入会毁掉它", None, file=str(output),
                       hint="-o 请换一个文件名")])
        raise Exit(USAGE)
    try:
        atomic_write(output, data)
    except NotAFile as exc:
        _report([error("E001", f"无法写入 {output}: 它是{exc.kind},不是普通文件", None, file=str(output),
                       hint="-o 请指定一个普通文件(已有的会被替换)")])
        raise Exit(USAGE) from None
    except OSError as exc:
        _report([error("E001", f"无法写入 {output}: {exc.strerror}", None, file=str(output))])
        raise Exit(USAGE) from None


def _emit_table(results, built, explain: bool, output: Path | None, inputs=()) -> None:
    from .render import results as render_results

    console = _out() if output is None else _plain_console()
    show_parts = any(r.bonus or r.deductions for r in results)
    title = built.title + (f"({built.year}年度)" if built.year else "")
    console.print(render_results.table(results, title, show_parts))
    if explain:
        console.print()
        render_results.print_explanations(results, console)
    if output is not None:
        _write(output, console.file.getvalue().encode("utf-8"), inputs)


def _plain_console():
    """A console writing plain text (no colours) into a buffer, for output that goes to a file."""
    from rich.console import Console

    return Console(file=_Buffer(), width=160, color_system=None, soft_wrap=True, highlight=False, markup=False,
                   emoji=False)


class _Buffer:
    def __init__(self):
        self.parts: list[str] = []

    def write(self, text: str) -> int:
        self.parts.append(text)
        return len(text)

    def flush(self) -> None:
        pass

    def getvalue(self) -> str:
        return "".join(self.parts)


# ------------------------------------------------------------------------------- try

class TryFormat(str, Enum):
    text = "text"
    json = "json"


@app.command("try", cls=_Command, context_settings={"ignore_unknown_options": False})
def try_command(
    rule: str = typer.Argument(..., metavar="规则句", help="一句规则原文,例如 \"每条计0.05分,最高计1分\""),
    values: Optional[List[str]] = typer.Argument(None, metavar="值",
                                                 help="规则要读的值: 数量、比率(85%)、是/否、评定分"),
    points: Optional[str] = typer.Option(None, "--points", metavar="分值", help="本项分值: 计分封顶于此,扣分从此扣起"),
    others: Optional[str] = typer.Option(
        None, "--others", metavar="值", help="与全部单位平均值比较的句子: 其他单位的值,逗号分隔,例如 3%,4%,6%"),
    format: TryFormat = typer.Option(TryFormat.text, "--format", metavar="格式", help="text 或 json"),
    # the spelling of earlier versions, kept working: every command says --format json
    as_json: bool = typer.Option(False, "--json", hidden=True),
) -> None:
    """试算一句规则: 显示它被理解成什么,以及给定的值得几分;不给值时列出它要读的值。

    \b
    例:
      jdscore try "每条计0.05分,最高计1分" 7
      jdscore try "缺1人次扣0.5分,扣完为止" 3 --points 6
      jdscore try "年保持率在85%以上的,计0.5分" 87% --format json
    """
    from .trial import read_points, try_rule

    with _reported(Sources(Source.from_text("<规则>", rule), Source.from_text("<等级>", rule))):
        item_points = None if points is None else read_points(points)
        result = try_rule(rule, list(values) if values else None, item_points, _other_units(others))
    if as_json or format is TryFormat.json:
        import json

        sys.stdout.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
        raise Exit(OK)
    console = _out()
    console.print(Text(f"理解为: {result.understood}"), soft_wrap=True)
    if result.score is None:
        console.print(Text("要读的值(依次给出):"))
        for n, need in enumerate(result.needs, 1):
            words = f"  “{need.words}”" if need.words else ""
            console.print(Text(f"  {n}. {need.name}: {need.kind}{words}"), soft_wrap=True)
        raise Exit(OK)
    sys.stdout.flush()
    print(result.score)
    raise Exit(OK)


def _other_units(text: str | None) -> list[list[str]] | None:
    """--others 3%,4%,6%: one entry per other unit; a unit's several values stand apart by spaces."""
    if text is None:
        return None
    return [unit.split() for unit in re.split(r"[,，]", text) if unit.strip()]


# ------------------------------------------------------------- fmt, test, rules (issue 4)

@app.command(cls=_Command)
def fmt(
    files: List[Path] = typer.Argument(..., metavar="细则", help="要排版的细则文件(.jd),或包含细则的目录"),
    check_only: bool = typer.Option(False, "--check", help="只检查: 有文件需要重排时以退出码 1 结束,不改文件"),
    diff: bool = typer.Option(False, "--diff", help="显示排版前后的差异(不改文件)"),
) -> None:
    """按统一格式排版细则: 缩进、空行、冒号和引号;规则原文一字不改,注释保留,含义不变。

    \b
    例:
      jdscore fmt rubrics/
      jdscore fmt --check 2019.jd
      jdscore fmt --diff 2019.jd
    """
    from .formatter import FormatError, format_source
    from .paths import rubric_files

    sources = Sources()
    changed: list[str] = []
    paths, problems = rubric_files(files)
    io_failure = bool(problems)
    for path in paths:
        try:
            data = read_bytes(path, what="细则文件", limit=MAX_RUBRIC_BYTES)  # once: the file read is the file compared
            source = Source.from_bytes(str(path), data, what="细则文件")
            original = data.decode("utf-8-sig")
        except Stop as stop:
            problems.extend(stop.diagnostics)
            io_failure = True
            continue
        sources.add(source)
        try:
            result = format_source(source)
        except Stop as stop:
            problems.extend(stop.diagnostics)
            continue
        except FormatError as exc:
            _err().print(Text(f"jdscore 内部错误(E900): {path}: {exc}", style="bold red"))
            raise Exit(INTERNAL) from None
        if result.text == original and not data.startswith(b"\xef\xbb\xbf"):
            continue
        changed.append(str(path))
        if diff:
            sys.stdout.write("".join(_unified_diff(
                original.splitlines(keepends=True), result.text.splitlines(keepends=True),
                fromfile=str(path), tofile=f"{path} (排版后)")))
        elif not check_only:
            _write(path, result.text.encode("utf-8"))
    _report(problems, sources)
    console = _err()
    for name in changed:
        console.print(f"{'需要重排' if check_only or diff else '已重排'}: {printable(name)}")
    if check_only or diff:
        console.print(f"{len(changed)} 个文件需要重排" if changed else "所有文件都已是统一格式")
    if io_failure:
        raise Exit(USAGE)
    raise Exit(CONTENT if problems or ((check_only or diff) and changed) else OK)


class RulesFormat(str, Enum):
    text = "text"
    json = "json"


@app.command(cls=_Command)
def rules(
    code: Optional[str] = typer.Argument(None, metavar="代码",
                                         help="只看这个代码的说明: 含义、怎么改、例子,例如 W311、E404"),
    format: RulesFormat = typer.Option(RulesFormat.text, "--format", metavar="格式", help="text 或 json"),
    every_code: bool = typer.Option(False, "--all", help="列出所有代码(文件、语法、事实、表格……),不只是检查"),
) -> None:
    """列出 jdscore check 做的每一项检查;给出代码时解释它(任何代码: E001、E218、W311 …)。

    \b
    例:
      jdscore rules
      jdscore rules W311
      jdscore rules E404
      jdscore rules --all
    """
    from .checker import rules as check_rules
    from .diagnostics import CATALOGUE
    from .render import rules as render_rules

    infos = check_rules()
    if code is None and every_code:
        if format is RulesFormat.json:
            sys.stdout.write(render_rules.codes_json({i.code: i for i in infos}))
        else:
            _out().print(render_rules.codes_table())
        raise Exit(OK)
    if code is None:
        if format is RulesFormat.json:
            sys.stdout.write(render_rules.to_json(infos))
        else:
            _out().print(render_rules.table(infos))
        raise Exit(OK)
    wanted = code.strip().upper()
    info = next((i for i in infos if i.code == wanted or i.name == code.strip()), None)
    if info is not None:
        wanted = info.code
    elif wanted not in CATALOGUE:
        guess = _close_matches(code.strip(), [*CATALOGUE, *(i.name for i in infos)], n=1)
        _report([error("E005", f"没有代码或检查“{code}”" + (f",是不是 {guess[0]}?" if guess else ""), None,
                       hint="代码形如 E404、W311;运行 jdscore rules 查看全部检查")])
        raise Exit(USAGE)
    if format is RulesFormat.json:
        sys.stdout.write(render_rules.code_json(wanted, info))
    else:
        sys.stdout.write(render_rules.explanation(wanted, info))
    raise Exit(OK)


class TestFormat(str, Enum):
    text = "text"
    json = "json"


@app.command("test", cls=_Command)
def test_command(
    paths: List[Path] = typer.Argument(..., metavar="路径", help="测试用例文件(expected.yaml、*.expected.yaml)或包含它们的目录;"
                                                 "用 --boundaries 时是细则文件"),
    junit: Optional[Path] = typer.Option(None, "--junit", metavar="文件", help="把结果写成 JUnit XML(供 CI 使用,原子写入)"),
    boundaries: bool = typer.Option(False, "--boundaries",
                                    help="不跑用例: 列出细则每个分界点(分档、达标线、封顶、等级)处及其两侧的得分"),
    format: TestFormat = typer.Option(TestFormat.text, "--format", metavar="格式", help="text 或 json"),
) -> None:
    """运行细则测试用例: 用事实文件计分,与手工核算的总分、等级、名次、项目得分比对。

    \b
    例:
      jdscore test examples
      jdscore test examples --junit 测试结果.xml
      jdscore test --boundaries rubrics/shengji-niandu.jd
    """
    import json

    from . import cases
    from .render import cases as render_cases

    if boundaries:
        _boundaries(paths, format)
    found: list[Path] = []
    for path in paths:
        if not path.exists():
            _report([error("E001", f"找不到 {path}", None, file=str(path))])
            raise Exit(USAGE)
        found.extend(cases.find_cases(path))
    if not found:
        _report([error("E702", "没有找到测试用例(expected.yaml 或 *.expected.yaml)", None,
                       file=", ".join(str(p) for p in paths))])
        raise Exit(USAGE)
    results = [cases.run_case(path) for path in found]
    failed = sum(r.counts[1] for r in results)
    if format is TestFormat.json:
        passed = sum(r.counts[0] for r in results)
        sys.stdout.write(json.dumps({"passed": passed, "failed": failed,
                                     "cases": [r.to_dict() for r in results]}, ensure_ascii=False, indent=2) + "\n")
    else:
        render_cases.print_results(results, Sources(), sys.stdout, _err())
    if junit is not None:
        _write(junit, render_cases.to_junit(results), [*paths, *found])
    raise Exit(CONTENT if failed else OK)


def _boundaries(paths: List[Path], format: TestFormat) -> None:
    import json

    from . import cases, pipeline
    from .render import cases as render_cases

    tables = []
    for path in paths:
        sources = Sources()
        with _reported(sources):
            checked = pipeline.usable_rubric(path, "列出分界点")
            sources.add(checked.source)
        tables.append(cases.boundary_table(checked.rubric, str(path)))
    if format is TestFormat.json:
        sys.stdout.write(json.dumps([t.to_dict() for t in tables], ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write("\n".join(render_cases.boundary_text(t) for t in tables))
    raise Exit(OK)


# ----------------------------------------------------- diff, template, render (issue 5)

def _usable(path: Path, what: str) -> pipeline.Checked:
    """A rubric ready for use; its errors (not warnings) stop the command."""
    from . import pipeline

    sources = Sources()
    with _reported(sources):
        try:
            return pipeline.usable_rubric(path, what)
        except Stop:
            sources.add(Source.read(path))  # for the excerpts (the file was readable)
            raise


def _emit_bytes(data: bytes, output: Path | None, what: str, inputs=()) -> None:
    """Binary output (a workbook): to -o, or to stdout only when it is not a terminal."""
    if output is not None:
        _write(output, data, inputs)
        return
    stream = getattr(sys.stdout, "buffer", None)
    if stream is None or sys.stdout.isatty():
        _report([error("E605", f"{what}是二进制文件,不能显示在终端上", None,
                       hint="用 -o 指定输出文件,例如 -o 采集表.xlsx")])
        raise Exit(USAGE)
    stream.write(data)
    stream.flush()


def _rubric_ref(rubric: Path, output: Path | None) -> str:
    """The rubric's path as a facts file or workbook at `output` should name it."""
    if output is None:
        return rubric.as_posix()
    start = output.resolve().parent
    return Path(os.path.relpath(rubric.resolve(), start)).as_posix()


class TemplateFormat(str, Enum):
    yaml = "yaml"
    schema = "schema"
    xlsx = "xlsx"
    csv = "csv"


@app.command(cls=_Command)
def template(
    rubric: Path = typer.Argument(..., metavar="细则", help="细则文件(.jd)"),
    format: TemplateFormat = typer.Option(TemplateFormat.yaml, "--format", metavar="格式",
                                          help="yaml(带注释的事实文件骨架)、schema(JSON Schema)、xlsx 或 csv"),
    units: Optional[List[str]] = typer.Option(None, "--unit", metavar="单位", help="预先填入的单位名称(可多次给出)"),
    output: Optional[Path] = typer.Option(None, "-o", "--output", metavar="文件", help="写入文件(原子写入)"),
) -> None:
    """生成数据采集表: 每个事实的类型、单位、取值范围和读取它的规则原文。

    \b
    例:
      jdscore template 2019.jd -o facts.yaml
      jdscore template 2019.jd --format xlsx --unit 程寨村 --unit 张庄村 -o 采集表.xlsx
    """
    from .render import template as render_template

    checked = _usable(rubric, "生成")
    built, program = checked.rubric, checked.program
    ref = _rubric_ref(rubric, output)
    names = list(dict.fromkeys(units or []))
    inputs = (rubric,)
    if format is TemplateFormat.schema:
        _emit(render_template.to_json_schema(built, program.schema), output, inputs=inputs)
    elif format is TemplateFormat.csv:
        _emit(render_template.to_csv(built, program.schema, ref, names), output, bom=True, inputs=inputs)
    elif format is TemplateFormat.xlsx:
        _emit_bytes(render_template.to_xlsx(built, program.schema, ref, names), output, "xlsx 采集表", inputs)
    else:
        _emit(render_template.to_yaml(built, program.schema, ref, names), output, inputs=inputs)
    raise Exit(OK)


class DiffFormat(str, Enum):
    text = "text"
    json = "json"
    md = "md"


@app.command(cls=_Command)
def diff(
    old: Path = typer.Argument(..., metavar="旧细则", help="旧细则(.jd)"),
    new: Path = typer.Argument(..., metavar="新细则", help="新细则(.jd)"),
    facts: Optional[Path] = typer.Option(None, "--facts", metavar="事实文件",
                                         help="用同一份事实(YAML/xlsx/csv)按新旧细则各计一次分"),
    format: DiffFormat = typer.Option(DiffFormat.text, "--format", metavar="格式", help="text、json 或 md"),
    output: Optional[Path] = typer.Option(None, "-o", "--output", metavar="文件", help="写入文件(原子写入)"),
) -> None:
    """比较两版细则: 逐项列出新增、删除、移动、分值、封顶、门槛、边界词和措辞的变化;
    给出 --facts 时,列出每个单位新旧总分、等级、名次及变化原因。

    \b
    例:
      jdscore diff 2018.jd 2019.jd
      jdscore diff 2018.jd 2019.jd --facts facts.yaml --format md -o 变化.md
    """
    from . import pipeline
    from .diff import diff_rubrics
    from .impact import impact
    from .render import diff as render_diff

    before, after = _usable(old, "比较"), _usable(new, "比较")
    result = diff_rubrics(before.rubric, after.rubric, str(old), str(new))
    effect = None
    if facts is not None:
        sources = Sources()
        with _reported(sources):
            facts_input = pipeline.read_facts(facts)
            sources.add(facts_input.source)
            effect = impact(result, before.program, after.program, facts_input)
    inputs = (old, new) + ((facts,) if facts is not None else ())
    if format is DiffFormat.json:
        _emit(render_diff.to_json(result, effect), output, inputs=inputs)
    elif format is DiffFormat.md:
        _emit(render_diff.to_markdown(result, effect), output, inputs=inputs)
    else:
        _emit(render_diff.to_text(result, effect), output, inputs=inputs)
    raise Exit(OK)


class RenderFormat(str, Enum):
    md = "md"
    html = "html"
    xlsx = "xlsx"
    docx = "docx"


@app.command(cls=_Command)
def render(
    rubric: Path = typer.Argument(..., metavar="细则", help="细则文件(.jd)"),
    format: RenderFormat = typer.Option(RenderFormat.md, "--format", metavar="格式",
                                        help="md、html(可直接打印 A4)、xlsx 或 docx"),
    compare: Optional[Path] = typer.Option(None, "--compare", metavar="旧细则",
                                           help="旧细则: 排出修订对照(删除的加删除线,新增的加下划线;docx 或 html)"),
    output: Optional[Path] = typer.Option(None, "-o", "--output", metavar="文件", help="写入文件(原子写入)"),
) -> None:
    """把细则排成正式表格: 大项/小项/具体项目/具体内容/分值/责任单位/协助单位/考评方法。

    \b
    例:
      jdscore render 2019.jd --format html -o 细则.html
      jdscore render 2019.jd --compare 2018.jd --format docx -o 修订对照.docx
    """
    from .render import official

    checked = _usable(rubric, "排版")
    if compare is not None:
        _redline(compare, checked, format, output)
    _report([d for d in checked.diagnostics if d.code in official.POINT_CODES], Sources(checked.source))
    table = official.build_table(checked.rubric, checked.diagnostics)
    if format is RenderFormat.html:
        _emit(official.to_html(table), output, inputs=(rubric,))
    elif format is RenderFormat.xlsx:
        _emit_bytes(official.to_xlsx(table), output, "xlsx 表格", (rubric,))
    elif format is RenderFormat.docx:
        from .render.docx import to_docx

        _emit_bytes(to_docx(table), output, "Word 文档", (rubric,))
    else:
        _emit(official.to_markdown(table), output, inputs=(rubric,))
    raise Exit(OK)


def _redline(old: Path, new: pipeline.Checked, format: RenderFormat, output: Path | None) -> None:
    from .diff import diff_rubrics
    from .render import redline

    if format not in (RenderFormat.docx, RenderFormat.html):
        _report([error("E005", f"--compare 只能与 --format docx 或 html 一起用(给的是 {format.value})", None,
                       hint="例如 jdscore render 新.jd --compare 旧.jd --format docx -o 修订对照.docx")])
        raise Exit(USAGE)
    before = _usable(old, "比较")
    result = diff_rubrics(before.rubric, new.rubric, str(old), str(new.source.name))
    table, marks = redline.redline(result, before.diagnostics, new.diagnostics)
    header = redline.header_lines(result)
    if format is RenderFormat.html:
        _emit(redline.to_html(table, marks, header), output, inputs=(old, Path(new.source.name)))
    else:
        from .render.docx import to_docx

        _emit_bytes(to_docx(table, marks, [("表头的变化", line) for line in header]), output, "Word 文档",
                    (old, Path(new.source.name)))
    raise Exit(OK)


# --------------------------------------------------------------------- import

@app.command("import", cls=_Command)
def import_command(
    document: Path = typer.Argument(..., metavar="文档", help="考评细则文档: .docx、.xlsx、.txt 或 .md"),
    output: Optional[Path] = typer.Option(None, "-o", "--output", metavar="文件",
                                          help="写入细则文件(原子写入);不给时输出到屏幕"),
) -> None:
    """把考评细则文档(Word 表格或编号段落、Excel 表格、粘贴的文本)转成细则草稿:
    项目层次和分值取自文档结构,规则句照录原文,读不懂的句子留作“# 未读懂”注释。

    \b
    例:
      jdscore import 2018细则.docx -o 2019.jd
    """
    from .importer import import_document

    with _reported():
        result = import_document(document)
    _emit(result.text, output, inputs=(document,))
    _err().print(Text(result.summary()), soft_wrap=True)
    raise Exit(OK)


# ------------------------------------------------------------------------------ main

def _usage_problem(exc: Exception, argv: list[str]) -> Diagnostic:
    """Click's usage errors (an unknown option or command, a missing argument, a value not
    among the choices) said in Chinese, with the command's --help as the way out."""
    kind = {c.__name__ for c in type(exc).__mro__}
    ctx = getattr(exc, "ctx", None)
    command = ctx.info_name if ctx is not None and ctx.parent is not None else None
    helping = f"运行 jdscore {command} --help 查看这个命令的用法" if command else "运行 jdscore --help 查看所有命令"
    param = getattr(exc, "param", None)
    shown = None
    if param is not None:
        shown = param.opts[0] if param.param_type_name == "option" else (param.metavar or param.name.upper())
    english = exc.format_message()
    if "NoSuchOption" in kind:
        guesses = sorted(getattr(exc, "possibilities", None) or [])
        message = f"没有选项 {exc.option_name}" + (f",是不是 {'、'.join(guesses)}?" if guesses else "")
    elif "MissingParameter" in kind and shown:
        message = f"缺少{'选项' if param.param_type_name == 'option' else '参数'} {shown}"
    elif "BadParameter" in kind and shown:
        # Typer states the choices only in its English message: 'x' is not one of 'a', 'b'.
        choices = re.findall(r"'([^']*)'", english.partition("is not one of")[2])
        message = (f"{shown} 只能是 {'、'.join(choices)} 之一" if choices
                   else f"{shown} 的值不对({english})")
    elif ctx is not None and hasattr(ctx.command, "commands") and command is None:
        commands = sorted(ctx.command.commands)
        given = next((a for a in argv if not a.startswith("-")), "")
        guess = _close_matches(given, commands, n=1)
        message = (f"没有命令“{given}”" + (f",是不是 {guess[0]}?" if guess else "")
                   + f"(可用的命令: {'、'.join(commands)})")
    elif extra := re.match(r"Got unexpected extra argument(?:s|\(s\))? \((.*)\)", english):
        message = f"多出了参数 {extra.group(1)}(文件名里有空格时请加引号)"
    else:
        message = f"命令行有误({english})"
    return error("E005", message, None, english=english, hint=helping)


class _Terminated(BaseException):
    """SIGTERM (a CI job cancelled, `kill`), raised wherever the run is, so that a temporary
    output file is removed as on Ctrl-C (a BaseException: no handler takes it for a bug)."""


def _terminated(signum, frame):
    raise _Terminated()


@contextmanager
def _terminable():
    """SIGTERM as _Terminated while the command runs (only the main thread may set it)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, _terminated)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def main(argv: list[str] | None = None) -> int:
    """Entry point: run the app, turn exits into codes, never show a traceback unasked."""
    try:
        with _terminable():
            return _main(argv)
    except _Terminated:
        _err().print("已终止")
        return 128 + signal.SIGTERM


def _plain_values() -> None:
    """Typer 0.2x coerces every command-line value through a pydantic TypeAdapter, and
    importing pydantic for it took a fifth of a `jdscore try`. The values this command line
    takes (text, a path, lists of them, one of a command's formats, a flag, a count left at
    its default) are coerced here by Typer's own helpers, as its adapters would; a value of
    any other kind, and a Typer without these helpers, keeps Typer's coercion."""
    try:
        from typer._click.exceptions import BadParameter
        from typer._coercion import RuntimeParam, build_runtime_param
        from typer._param_types import coerce_cli_choice, coerce_cli_path
        from typer._typing import get_args, get_origin
        from typer.core import _TyperParameter
        typers_own = _TyperParameter.get_runtime_param
    except (ImportError, AttributeError):
        return
    if getattr(typers_own, "plain_values", False):
        return

    def leaf(kind):
        if kind is str:
            return lambda value, info, param, ctx: value if isinstance(value, str) else None
        if kind is bool:
            return lambda value, info, param, ctx: value if isinstance(value, bool) else None
        if kind is int:  # the default as it is; a number typed in (--max-errors 5) is Typer's to check
            return lambda value, info, param, ctx: value if type(value) is int else None
        if kind is Path:
            return lambda value, info, param, ctx: coerce_cli_path(
                Path(value), info, path_type=Path, param=param, ctx=ctx) if isinstance(value, (str, Path)) else None
        if isinstance(kind, type) and issubclass(kind, Enum):
            def choice(value, info, param, ctx):
                try:
                    return coerce_cli_choice(value, choices=tuple(kind), case_sensitive=info.case_sensitive, ctx=ctx)
                except ValueError as exc:  # Typer's words for it, as its adapter reports them
                    raise BadParameter(f"Value error, {exc}", ctx=ctx, param=param) from None
            return choice
        return None

    class Plain(RuntimeParam):
        """A value of a plain kind as it is; anything else (bytes, a number) as Typer coerces it."""

        def __init__(self, descriptor, each, many):
            object.__setattr__(self, "parameter_info", descriptor.parameter_info)
            object.__setattr__(self, "annotation", descriptor.annotation)
            object.__setattr__(self, "descriptor", descriptor)
            object.__setattr__(self, "each", each)
            object.__setattr__(self, "many", many)

        def _coerce_value(self, value, param, ctx):
            items = (value if isinstance(value, (list, tuple)) else [value]) if self.many else [value]
            done = [self.each(item, self.parameter_info, param, ctx) for item in items]
            if any(item is None for item in done):
                return build_runtime_param(self.descriptor)._coerce_value(value, param=param, ctx=ctx)
            return done if self.many else done[0]

    def get_runtime_param(self):
        if self._runtime_param is None:
            descriptor = self.type_descriptor
            info, annotation = descriptor.parameter_info, descriptor.annotation
            many = get_origin(annotation) is list
            each = leaf(get_args(annotation)[0] if many else annotation)
            if each is not None and info.parser is None and descriptor.file_annotation is None \
                    and info.path_type is None and not (info.resolve_path or info.allow_dash):
                self._runtime_param = Plain(descriptor, each, many)
        return typers_own(self)

    get_runtime_param.plain_values = True
    _TyperParameter.get_runtime_param = get_runtime_param


def _collecting() -> None:
    """The collector back on (jdscore's `main` turns it off to start): a facts file may hold
    any number of units, and whatever their scoring leaves in cycles is freed as it goes."""
    import gc

    gc.enable()


def _named_command(words: list[str]) -> list:
    """The one command the first word names, or [] (none, or an option first): Typer builds
    the options of every command it holds before it runs one (7 ms for all eleven)."""
    if not words:
        return []
    return [c for c in app.registered_commands
            if (c.name or c.callback.__name__.replace("_", "-")) == words[0]][:1]


def _main(argv: list[str] | None) -> int:
    registered = list(app.registered_commands)
    try:
        return _run(argv)
    finally:  # the whole command line again for the next call (tests call main many times)
        app.registered_commands[:] = registered


def _run(argv: list[str] | None) -> int:
    debug = "--debug" in (argv if argv is not None else sys.argv[1:])
    if os.environ.get(COMPLETE_VAR):  # the shell asks for completions (the script of --show-completion)
        _completion_ready()
    try:
        _plain_values()
        if not os.environ.get(COMPLETE_VAR):
            app.registered_commands[:] = _named_command(argv if argv is not None else sys.argv[1:]) or app.registered_commands
        code = app(args=argv, standalone_mode=False, prog_name="jdscore", complete_var=COMPLETE_VAR)
    except Exit as done:
        return done.code
    except typer.Exit as done:
        return done.exit_code
    except (typer.Abort, KeyboardInterrupt):
        _err().print("已中断")
        return 130
    except Exception as exc:  # noqa: BLE001 - the last line of defence against tracebacks
        # A bad option or a missing argument: Click's errors come from click itself with
        # older Typer and from the copy Typer bundles since 0.2x (`click` may not be installed).
        if type(exc).__name__ == "NoArgsIsHelpError":  # `jdscore` alone: the help, as `--help` gives it
            sys.stdout.write(exc.ctx.get_help() + "\n")
            return OK
        if any(c.__name__ == "ClickException" for c in type(exc).__mro__):
            try:
                problem = _usage_problem(exc, argv if argv is not None else sys.argv[1:])
            except Exception:  # noqa: BLE001 - Click changed shape: its own words, not a traceback
                problem = error("E005", f"命令行有误({exc.format_message()})", None,
                                hint="运行 jdscore --help 查看用法")
            _report([problem])
            return USAGE
        if debug:
            traceback.print_exc()
        _err().print(Text(f"jdscore 内部错误(E900): {type(exc).__name__}: {exc}", style="bold red"))
        _err().print("这是 jdscore 的缺陷,不是您的输入有误。请带 --debug 重新运行,并把输出报告给维护者。")
        return INTERNAL
    if code == 130:  # Typer turns Ctrl-C into this exit code itself, and returns it
        _err().print("已中断")
    return code if isinstance(code, int) else OK


