"""Diagnostics as text (a framed excerpt with a caret under the spot) or JSON
(GitHub annotations: `github.py`; SARIF: `sarif.py`)."""

from __future__ import annotations

from collections import Counter

from ..diagnostics import Diagnostic, Severity, title
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
# `--max-errors N` changes it (0: all); `--format json` always lists every one.
MAX_SHOWN = 200


def render_text(diagnostics: list[Diagnostic], sources, console, *, limit: int | None = None) -> None:
    """The first `limit` diagnostics (0: all; None: MAX_SHOWN, for a command without
    --max-errors) framed, then, for more than one, how many of each kind there are and how
    many were left out."""
    from rich.text import Text

    cap = MAX_SHOWN if limit is None else limit
    shown = diagnostics if cap == 0 else diagnostics[:cap]
    for d in shown:
        for text, style in diagnostic_lines(d, sources):
            console.print(Text(printable(text), style=style), soft_wrap=True)
        console.print()
    if len(diagnostics) > 1:
        for line in tally_lines(diagnostics, len(shown), adjustable=limit is not None):
            console.print(Text(line, style="bold"), soft_wrap=True)
        console.print()


def tally_lines(diagnostics: list[Diagnostic], shown: int, *, adjustable: bool = True) -> list[str]:
    """共 12 处错误、1 处警告, then a line per code (most frequent first, errors before
    warnings), then what was left off the screen (`adjustable`: the command has --max-errors
    and --format json to show the rest)."""
    lines = [_total(diagnostics) + ":"]
    for code, severity, count in tally(diagnostics):
        lines.append(f"  {code} {title(code)}: {count} 处")
    if shown < len(diagnostics):
        lines.append(f"……只显示了前 {shown} 处,另有 {len(diagnostics) - shown} 处未显示;先改正上面这些"
                     + (",或用 --max-errors 0 显示全部、--format json 列出全部" if adjustable else "后重新运行"))
    return lines


def tally(diagnostics: list[Diagnostic]) -> list[tuple[str, Severity, int]]:
    """(code, severity, how many) for every code found: errors first, then the most frequent."""
    counts = Counter((d.code, d.severity) for d in diagnostics)
    rank = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
    ordered = sorted(counts.items(), key=lambda item: (rank[item[0][1]], -item[1], item[0][0]))
    return [(code, severity, count) for (code, severity), count in ordered]


def _total(diagnostics: list[Diagnostic]) -> str:
    words = {Severity.ERROR: "错误", Severity.WARNING: "警告", Severity.INFO: "提示"}
    counts = Counter(d.severity for d in diagnostics)
    parts = [f"{counts[s]} 处{w}" for s, w in words.items() if counts[s]]
    return "共 " + "、".join(parts)


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
        "counts": [{"code": code, "severity": severity.value, "name": title(code),
                    "count": count} for code, severity, count in tally(diagnostics)],
        "diagnostics": [d.to_dict() for d in diagnostics],
    }
    import json  # only for --format json

    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
