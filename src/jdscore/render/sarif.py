"""Diagnostics as SARIF 2.1.0: one run, the rules carried in the tool's driver.

Code-scanning services (GitHub's upload-sarif) read this. Columns count characters
(`columnKind: unicodeCodePoints`), as jdscore's spans do; a region's end column is the
one after its last character, as SARIF defines it.
"""

from __future__ import annotations

import json
from urllib.parse import quote

from .. import __version__
from ..checker import RuleInfo, rules
from ..diagnostics import Diagnostic, Severity, english_title, title

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def _uri(path: str) -> str:
    return quote(path.replace("\\", "/"), safe="/")


def _rule(code: str, info: RuleInfo | None) -> dict:
    name, english = title(code), english_title(code)
    level = "error" if code.startswith("E") else "warning"
    rule = {
        "id": code,
        "name": info.name if info else english,
        "shortDescription": {"text": f"{name} ({english})" if name else code},
        "defaultConfiguration": {"level": level},
    }
    if info is not None:
        rule["fullDescription"] = {"text": f"{info.summary} {info.english}".strip()}
        rule["help"] = {"text": info.doc}
    return rule


def to_sarif(diagnostics: list[Diagnostic]) -> str:
    known = {info.code: info for info in rules()}
    codes = list(known)
    for d in diagnostics:
        if d.code not in codes:
            codes.append(d.code)
    index = {code: i for i, code in enumerate(codes)}
    results = []
    for d in diagnostics:
        english = d.english or english_title(d.code)
        text = d.message + (f" ({english})" if english else "")
        if d.hint:
            text += f"\n提示: {d.hint}"
        result = {"ruleId": d.code, "ruleIndex": index[d.code], "level": _LEVEL[d.severity],
                  "message": {"text": text}}
        file = d.span.file if d.span is not None else d.file
        if file:
            location: dict = {"artifactLocation": {"uri": _uri(file)}}
            if d.span is not None:
                location["region"] = {"startLine": d.span.line, "startColumn": d.span.column,
                                      "endLine": d.span.end_line,
                                      "endColumn": max(d.span.end_column, d.span.column + 1)}
            result["locations"] = [{"physicalLocation": location}]
        results.append(result)
    run = {
        "tool": {"driver": {"name": "jdscore", "version": __version__,
                            "rules": [_rule(code, known.get(code)) for code in codes]}},
        "columnKind": "unicodeCodePoints",
        "results": results,
    }
    payload = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
