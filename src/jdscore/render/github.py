"""Diagnostics as GitHub Actions workflow commands: one annotation line each.

    ::error file=rubrics/x.jd,line=12,col=3,endLine=12,endColumn=9,title=W311 分档之间有空档::message

GitHub shows them on the pull request's changed lines. Values are escaped as the runner
expects (`%`, CR and LF everywhere; `:` and `,` also inside properties).
"""

from __future__ import annotations

from ..diagnostics import Diagnostic, Severity, english_title

_COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(d: Diagnostic) -> str:
    props: list[tuple[str, str]] = []
    file = d.span.file if d.span is not None else d.file
    if file:
        props.append(("file", file.replace("\\", "/")))
    if d.span is not None:
        props += [("line", str(d.span.line)), ("col", str(d.span.column)), ("endLine", str(d.span.end_line))]
        if d.span.end_line == d.span.line and d.span.end_column > d.span.column:
            props.append(("endColumn", str(d.span.end_column - 1)))  # inclusive here
    props.append(("title", f"{d.code} {d.name}".strip()))
    message = d.message
    english = d.english or english_title(d.code)
    if english:
        message += f" ({english})"
    if d.hint:
        message += f"\n提示: {d.hint}"
    head = ",".join(f"{k}={_property(v)}" for k, v in props)
    return f"::{_COMMAND[d.severity]} {head}::{_data(message)}"


def to_github(diagnostics: list[Diagnostic]) -> str:
    return "".join(annotation(d) + "\n" for d in diagnostics)
