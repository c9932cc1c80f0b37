"""Results of `jdscore test`: the text a person reads, JUnit XML for CI, and the table
of a rubric's edges (`jdscore test --boundaries`)."""

from __future__ import annotations

import re
from xml.etree import ElementTree as ET

from ..cases import BoundaryTable, CaseResult
from ..source import printable

# What XML 1.0 cannot hold at all, escaped or not: most C0 controls, lone surrogates,
# U+FFFE and U+FFFF. ElementTree writes them as they are, and the file no longer parses.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml(text: str) -> str:
    """`text` with every character XML cannot hold written out visibly (\\x01), as a
    terminal shows it."""
    return _NOT_XML.sub(lambda m: printable(m.group()), text)


def to_junit(results: list[CaseResult]) -> bytes:
    """JUnit XML for CI: a suite per case file, a test case per unit."""
    root = ET.Element("testsuites", name="jdscore")
    total = failures = errors = 0
    for result in results:
        suite = ET.SubElement(root, "testsuite", name=_xml(result.path))
        tests = fails = errs = 0
        if result.errors:
            errs = tests = 1
            case = ET.SubElement(suite, "testcase", classname=_xml(result.path), name="(用例)")
            message = "; ".join(d.message for d in result.errors)
            node = ET.SubElement(case, "error", message=_xml(message), type=result.errors[0].code)
            node.text = _xml("\n".join(f"{d.location}: [{d.code}] {d.message}" for d in result.errors))
        for unit in result.units:
            tests += 1
            case = ET.SubElement(suite, "testcase", classname=_xml(result.path), name=_xml(unit.name))
            if unit.mismatches:
                fails += 1
                diags = [m.diagnostic() for m in unit.mismatches]
                node = ET.SubElement(case, "failure", message=_xml("; ".join(d.message for d in diags)), type="E701")
                node.text = _xml("\n".join(f"{d.location}: {d.message}" for d in diags))
        suite.set("tests", str(tests))
        suite.set("failures", str(fails))
        suite.set("errors", str(errs))
        total, failures, errors = total + tests, failures + fails, errors + errs
    root.set("tests", str(total))
    root.set("failures", str(failures))
    root.set("errors", str(errors))
    ET.indent(root)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="utf-8") + b"\n"


def boundary_text(table: BoundaryTable) -> str:
    out = []
    for entry in table.lines:
        line = entry.line
        facts = ", ".join(f.label for f in line.facts)
        out.append(f"{line.span.file}:{line.span.line} {facts}: {line.text}")
        for edge in entry.edges:
            probes = "   ".join(f"{p.value} → {p.outcome}" for p in edge.probes)
            out.append(f"  {edge.kind} {edge.value}:   {probes}")
    if table.bands:
        out.append("等级")
        for edge in table.bands:
            probes = "   ".join(f"{p.value} → {p.outcome}" for p in edge.probes)
            out.append(f"  {edge.value}:   {probes}")
    if not out:
        out.append("这份细则没有分档、达标线、封顶或等级分界")
    return "\n".join(out) + "\n"


def print_results(results: list[CaseResult], sources, out, err_console) -> None:
    """One line per case file (`ok` / `FAIL`), the diagnostics of each below it, and the
    count of passed and failed tests last."""
    from ..diagnostics import Diagnostic
    from .diagnostics import render_text

    passed = failed = 0
    for result in results:
        ok, bad = result.counts
        passed, failed = passed + ok, failed + bad
        mark = "ok  " if result.passed else "FAIL"
        out.write(f"{mark} {result.path} ({ok} passed, {bad} failed)\n")
        out.flush()
        diagnostics = list(result.errors) + [m.diagnostic() for m in result.mismatches]
        render_text(sorted(diagnostics, key=Diagnostic.sort_key), sources, err_console)
    out.write(f"{passed} passed, {failed} failed\n")
