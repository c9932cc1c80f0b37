"""Diagnostics as text (a framed excerpt with a caret under the spot) or JSON
(GitHub annotations: `github.py`; SARIF: `sarif.py`)."""

from __future__ import annotations

import json

from ..diagnostics import Diagnostic, Severity
from ..source import excerpt, printable

_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "bold yellow", Severity.INFO: "bold blue"}


def diagnostic_lines(diagnostic: Diagnostic, sources) -> list[tuple[str, str]]:
    """(text, style) lines for one diagnostic; style is a Rich style or ''. `sources` maps
    file names to texts (a dict, or source.Sources); a spreadsheet cell has no excerpt."""
    head = f"{diagnostic.location}: " if diagnostic.location else ""
    lines = [(f"{head}{diagnostic.severity.label}[{diagnostic.code}] {diagnostic.message}",
              _STYLE[diagnostic.severity])]
    in_text = diagnostic.span is not None and not getattr(diagnostic.span, "cell", "")
    source = sources.get(diagnostic.span.file) if in_text else None
    if source is not None:
        lines.extend((line, "dim") for line in excerpt(source, diagnostic.span))
    for note in diagnostic.notes:
        lines.append((f"  说明: {note}", ""))
    if diagnostic.hint:
        lines.append((f"  提示: {diagnostic.hint}", "cyan"))
    return lines


# A run with more problems than this prints these and a count: a file that is wrong on
# every line printed 60,000 excerpts, for minutes, and the first ones are what to fix.
MAX_SHOWN = 200


def render_text(diagnostics: list[Diagnostic], sources, console, *, limit: int = MAX_SHOWN) -> None:
    from rich.text import Text

    for d in diagnostics[:limit]:
        for text, style in diagnostic_lines(d, sources):
            console.print(Text(printable(text), style=style), soft_wrap=True)
        console.print()
    if len(diagnostics) > limit:
        console.print(Text(f"……另有 {len(diagnostics) - limit} 条未显示(共 {len(diagnostics)} 条);"
                           "先改正上面这些后重新运行", style="bold"), soft_wrap=True)
        console.print()


def summary_line(diagnostics: list[Diagnostic], files: int) -> str:
    errors = sum(1 for d in diagnostics if d.severity is Severity.ERROR)
    warnings = sum(1 for d in diagnostics if d.severity is Severity.WARNING)
    infos = sum(1 for d in diagnostics if d.severity is Severity.INFO)
    if not errors and not warnings and not infos:
        return f"检查了 {files} 个文件,没有发现问题"
    return f"检查了 {files} 个文件: {errors} 个错误, {warnings} 个警告" + (f", {infos} 个提示" if infos else "")


def to_json(diagnostics: list[Diagnostic], files: list[str]) -> str:
    payload = {
        "files": files,
        "errors": sum(1 for d in diagnostics if d.severity is Severity.ERROR),
        "warnings": sum(1 for d in diagnostics if d.severity is Severity.WARNING),
        "infos": sum(1 for d in diagnostics if d.severity is Severity.INFO),
        "diagnostics": [d.to_dict() for d in diagnostics],
    }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
