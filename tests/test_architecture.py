"""The pipeline's shape: imports point one way, no stage imports a later one,
and Python code never spells a keyword of the language (the grammar is the one place)."""

import ast
import re
from pathlib import Path

from conftest import ROOT

PACKAGE = ROOT / "src" / "jdscore"

# Stages in pipeline order; a module may import its own stage or an earlier one.
STAGES = [
    {"kept", "records", "source", "numerals", "diagnostics", "ast", "output"},
    {"parser"},
    {"bounds"},  # what a rule can give, from the AST alone: reading a sentence asks it too
    {"sentences", "build"},
    {"schema", "wording"},
    {"checker", "config", "formatter", "paths"},
    {"compiler"},
    {"facts", "tabular"},
    {"runtime", "diff", "losses"},
    {"pipeline"},
    {"cases", "impact", "trial", "importer"},
    {"render"},
    {"cli"},
]


def _stage(module: str) -> int:
    top = module.split(".")[0]
    for i, names in enumerate(STAGES):
        if top in names:
            return i
    raise AssertionError(f"module {module} is not placed in a pipeline stage (tests/test_architecture.py)")


def _modules():
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).with_suffix("")
        parts = [p for p in rel.parts if p != "__init__"]
        if parts:
            yield ".".join(parts), path


def _imports(module: str, path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = module.split(".")[:-1] if path.name != "__init__.py" else module.split(".")
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = package[: len(package) - (node.level - 1)] if node.level > 1 else package
            target = ".".join(base + ([node.module] if node.module else []))
            if node.module is None:  # from . import x
                for alias in node.names:
                    yield ".".join(base + [alias.name]) or alias.name
            else:
                yield target
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("jdscore."):
            yield node.module[len("jdscore."):]


def test_no_stage_imports_a_later_one():
    wrong = []
    known = {m for m, _ in _modules()}
    for module, path in _modules():
        here = _stage(module)
        for target in _imports(module, path):
            if target not in known and target.rpartition(".")[0] not in known and "." not in target \
                    and target.split(".")[0] not in {n for s in STAGES for n in s}:
                continue  # a name from the package itself (__version__)
            if target and _stage(target) > here:
                wrong.append(f"{module} imports {target}")
    assert not wrong, "\n".join(wrong)


def _keywords() -> set[str]:
    """Every literal word of the grammar's keyword terminals (the alternatives of each regex)."""
    grammar = (ROOT / "grammar" / "jdscore.lark").read_text(encoding="utf-8")
    words = set()
    for line in grammar.splitlines():
        m = re.match(r"^([A-Z_]+)(\.\d)?:\s*(.*)$", line)
        if not m or m.group(1) in {"TEXT", "NAME", "LINE", "STRING", "GRADE_NAME", "GRADE_LABEL", "NOTE"}:
            continue
        # character classes ([一二三…]) are sets of digits or marks, not words
        pattern = re.sub(r"\[(?:\\.|[^\]\\])*\]", " ", m.group(3))
        words.update(w for w in re.findall(r"[\u4e00-\u9fff]{2,}", pattern))
    return words


def test_python_does_not_match_keyword_strings():
    """A keyword may appear in messages and output text, never in a comparison or a pattern."""
    keywords = _keywords()
    offenders = []
    for module, path in _modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Compare):
                for operand in [node.left, *node.comparators]:
                    if isinstance(operand, ast.Constant) and isinstance(operand.value, str) \
                            and operand.value in keywords:
                        offenders.append(f"{module}:{node.lineno} compares with “{operand.value}”")
            if isinstance(node, ast.Call) and getattr(node.func, "attr", "") in {
                    "startswith", "endswith", "find", "index", "count", "split", "partition",
                    "replace", "match", "search", "fullmatch", "compile"}:
                for arg in node.args:
                    if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and \
                            any(k in arg.value for k in keywords):
                        offenders.append(f"{module}:{node.lineno} matches “{arg.value}”")
    assert not offenders, "\n".join(offenders)
