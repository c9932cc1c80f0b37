"""`jdscore fmt`: one canonical layout for a rubric, never a change of meaning.

The layout:

- two spaces of indentation per level of `{ … }`; no trailing spaces; LF line ends; one
  newline at the end of the file;
- at most one blank line between two statements (or comments) of the same block, none
  right after `{` or right before `}`, none at the start of the file;
- `关键字 值` with one space: `考评 "标题"`, `年度 2018`, `满分 100`, `大项 "标题" 8分 扣完为止 {`;
- a rule line is `事实, 事实: 原文` (`名称[属性]` for records), a metadata or grade line
  `键: 值`; colons, brackets and the separators between fact names are half-width;
- titles in straight quotes `"…"` (kept as written when the title itself holds a `"`);
- comments stay where they were: a comment on its own line is indented like the line
  after it, a comment after a statement stays on its line, two spaces after it.

Never touched: keywords as written (方法 stays 方法, 具体项目 stays 具体项目), numbers as
written, and everything whose words carry meaning: a rule sentence, a grade band's
condition, the 边界 and 精度 lines, a metric's description, names and numbers in
expressions, metadata values. `format_source` checks that the formatted text builds the same
AST as the original (ignoring positions) and refuses to return anything else.
"""

from __future__ import annotations

from collections import deque

from lark import Token, Tree

from .records import dataclass
from .ast import strip_spans
from .build import build_rubric
from .diagnostics import Stop
from .parser import parse_layout
from .source import Source

INDENT = "  "
_BLOCKS = {"group", "bonus", "deductions", "veto"}


class FormatError(Exception):
    """The formatted text would not mean what the original means: a bug in the formatter."""


@dataclass(frozen=True)
class Formatted:
    text: str
    changed: bool


def format_source(source: Source, *, verify: bool = True) -> Formatted:
    """The canonical text of a rubric. Raises Stop when the rubric has syntax errors."""
    if not source.text.endswith("\n"):  # every statement ends a line, the last one too (as build reads it)
        source = Source(source.name, source.text + "\n")
    tree, comments = parse_layout(source)
    text = _Formatter(source.text, comments).run(tree)
    if verify:
        _verify(source, text)
    return Formatted(text, text != source.text)


def format_text(text: str, name: str = "<细则>") -> str:
    return format_source(Source.from_text(name, text)).text


def _verify(original: Source, text: str) -> None:
    before, found_before = build_rubric(original)
    try:
        after, found_after = build_rubric(Source(original.name, text))
    except Stop as failed:
        raise FormatError(f"格式化后的文本无法解析: {failed}") from None
    if strip_spans(before) != strip_spans(after):
        raise FormatError("格式化改变了细则的含义")
    if [d.code for d in found_before] != [d.code for d in found_after]:
        raise FormatError("格式化改变了细则的诊断结果")


# ----------------------------------------------------------------------------- tokens

def _tokens(node):
    if isinstance(node, Token):
        yield node
        return
    for child in node.children:
        yield from _tokens(child)


def _first(node) -> Token:
    return next(_tokens(node))


def _last(node) -> Token:
    """The last token that is not a line break."""
    last = None
    for tok in _tokens(node):
        if tok.type != "_NL":
            last = tok
    assert last is not None
    return last


def _is_nl(node) -> bool:
    return isinstance(node, Token) and node.type == "_NL"


def _quoted(token: Token, *, strip: bool) -> str:
    inner = str(token)[1:-1]
    if strip:
        inner = inner.strip()
    if '"' in inner:  # keep the writer's own quotes: straight ones would end the string
        return str(token)
    return f'"{inner}"'


_OPERATORS = {"PLUS", "MINUS", "TIMES", "DIVIDE"}


def _expression(node) -> str:
    """`a / (b + c)`: one space around each operator, none inside parentheses."""
    out = []
    for tok in _tokens(node):
        if tok.type in _OPERATORS:
            out.append(f" {tok} ")
        elif tok.type == "_LPAR":
            out.append("(")
        elif tok.type == "_RPAR":
            out.append(")")
        else:  # names, quoted titles, numbers and % as written
            out.append(str(tok))
    return "".join(out)


def _fact_name(ref: Tree) -> str:
    """`名称` or `名称[属性]`, brackets half-width."""
    names = [str(t) for t in ref.children if isinstance(t, Token) and t.type == "NAME"]
    return names[0] + (f"[{names[1]}]" if len(names) > 1 else "")


class _Formatter:
    def __init__(self, text: str, comments: list[Token]):
        self.text = text
        self.lines = text.split("\n")
        self.out: list[str] = []
        own, trailing = [], {}
        for c in comments:
            before = self.lines[c.line - 1][: c.column - 1]
            if before.strip():
                trailing[c.line] = str(c).rstrip()
            else:
                own.append((c.line, str(c).rstrip()))
        self.own = deque(sorted(own))
        self.trailing = trailing

    # -- output ------------------------------------------------------------------------

    def run(self, tree: Tree) -> str:
        statements = [c for c in tree.children if isinstance(c, Tree)]
        self.body(statements, 0, None)
        if self.trailing:
            raise FormatError("有注释没有放回原处")
        while self.out and not self.out[-1]:
            self.out.pop()
        return "\n".join(self.out) + "\n" if self.out else ""

    def emit(self, depth: int, text: str, line: int) -> None:
        out = INDENT * depth + text
        comment = self.trailing.pop(line, None)
        if comment is not None:
            out += "  " + comment
        self.out.append(out)

    def slice(self, first, last) -> str:
        return self.text[_first(first).start_pos:_last(last).end_pos]

    def body(self, statements: list[Tree], depth: int, close_line: int | None) -> None:
        """Statements of one block and the comments between them, blank lines kept (one)."""
        previous: int | None = None

        def gap(line: int) -> None:
            if previous is not None and line > previous + 1:
                self.out.append("")

        for st in statements:
            start = _first(st).line
            while self.own and self.own[0][0] < start:
                line, comment = self.own.popleft()
                gap(line)
                self.out.append(INDENT * depth + comment)
                previous = line
            gap(start)
            self.statement(st, depth)
            previous = _last(st).line
        while self.own and (close_line is None or self.own[0][0] < close_line):
            line, comment = self.own.popleft()
            gap(line)
            self.out.append(INDENT * depth + comment)
            previous = line

    # -- statements ----------------------------------------------------------------------

    def statement(self, st: Tree, depth: int) -> None:
        method = getattr(self, "st_" + st.data)
        method(st, depth)

    def _keyword_rest(self, st: Tree, depth: int) -> None:
        """`关键字 rest-as-written` (the rest carries meaning, so it is copied verbatim)."""
        kw, rest = st.children[0], [c for c in st.children[1:] if not _is_nl(c)]
        self.emit(depth, f"{kw} {self.slice(rest[0], rest[-1])}", kw.line)

    st_convention = _keyword_rest
    st_precision = _keyword_rest
    st_interval_style = _keyword_rest

    def st_title(self, st: Tree, depth: int) -> None:
        kw, string = st.children[0], st.children[1]
        self.emit(depth, f"{kw} {_quoted(string, strip=True)}", kw.line)

    def st_year(self, st: Tree, depth: int) -> None:
        self.emit(depth, f"{st.children[0]} {st.children[1]}", st.children[0].line)

    def st_subject(self, st: Tree, depth: int) -> None:
        self.emit(depth, f"{st.children[0]} {str(st.children[1]).strip()}", st.children[0].line)

    def st_no_floor(self, st: Tree, depth: int) -> None:
        kw = st.children[0]
        self.emit(depth, " ".join(str(kw).split()), kw.line)

    def st_full_marks(self, st: Tree, depth: int) -> None:
        kw, *rest = [c for c in st.children if not _is_nl(c)]
        self.emit(depth, f"{kw} {''.join(str(t) for t in rest)}", kw.line)

    def st_total(self, st: Tree, depth: int) -> None:
        kw, expr = st.children[0], st.children[2]
        self.emit(depth, f"{kw} = {_expression(expr)}", kw.line)

    def st_metric(self, st: Tree, depth: int) -> None:
        kw, name = st.children[0], st.children[1]
        parts = [str(kw), str(name)]
        if isinstance(st.children[2], Token) and st.children[2].type == "STRING":
            parts.append(_quoted(st.children[2], strip=False))
        expr = [c for c in st.children if not _is_nl(c)][-1]
        self.emit(depth, " ".join(parts) + f" = {_expression(expr)}", kw.line)

    def st_fact_decl(self, st: Tree, depth: int) -> None:
        """`事实 名称: 比率, 可超过100%`: the words of the range without spaces inside."""
        kw, ref = st.children[0], st.children[1]
        kind = next(c for c in st.children if isinstance(c, Token) and c.type == "DECL_RATE")
        line = f"{kw} {_fact_name(ref)}: {kind}"
        bound = next((c for c in st.children if isinstance(c, Tree) and c.data == "fact_bound"), None)
        if bound is not None:
            line += ", " + "".join("".join(str(t).split()) for t in _tokens(bound))
        self.emit(depth, line, kw.line)

    def st_bands(self, st: Tree, depth: int) -> None:
        kw = st.children[0]
        second = st.children[1]
        if isinstance(second, Token) and second.type == "_COLON":  # the document's own sentence
            sentence = st.children[2]
            self.emit(depth, f"{kw}: {self.slice(sentence, sentence)}", kw.line)
            return
        if isinstance(second, Token) and second.type == "MODE":
            head = f"{kw} {second} {st.children[2]} {{"
        else:
            head = f"{kw} {{"
        self.block(st, head, depth)

    def st_band_line(self, st: Tree, depth: int) -> None:
        label, rest = st.children[0], [c for c in st.children[2:] if not _is_nl(c)]
        self.emit(depth, f"{label}: {self.slice(rest[0], rest[-1])}", label.line)

    def st_outcome_line(self, st: Tree, depth: int) -> None:
        self._labelled(st, depth)

    def st_meta_line(self, st: Tree, depth: int) -> None:
        self._labelled(st, depth)

    def _labelled(self, st: Tree, depth: int) -> None:
        """`键: 值` where the value is one LINE token (kept as written, trimmed)."""
        key = st.children[0]
        value = next((str(c).strip() for c in st.children[2:]
                      if isinstance(c, Token) and c.type == "LINE"), "")
        self.emit(depth, f"{key}: {value}" if value else f"{key}:", key.line)

    def _group(self, st: Tree, depth: int) -> None:
        head: list[str] = []
        for c in st.children:
            if isinstance(c, Token) and c.type == "_LBRACE":
                break
            if isinstance(c, Token):
                head.append(_quoted(c, strip=True) if c.type == "STRING" else str(c))
            elif c.data == "veto_grade":  # a grade name: kept exactly as written
                head.append(self.slice(c, c))
            else:  # points, cap_decl: 加2分, 8分, 最高20分
                head.append("".join(str(t) for t in _tokens(c)))
        self.block(st, " ".join(head) + " {", depth)

    st_group = st_bonus = st_deductions = st_veto = _group

    def st_rule_line(self, st: Tree, depth: int) -> None:
        mode = ""
        facts: list[str] = []
        sentence = None
        for c in st.children:
            if isinstance(c, Token) and c.type in ("MODE", "TARGET_MODE"):
                mode = f"{c} "
            elif isinstance(c, Tree) and c.data == "fact_ref":
                facts.append(_fact_name(c))
            elif isinstance(c, Tree) and c.data == "sentence":
                sentence = c
        line = f"{mode}{', '.join(facts)}: {self.slice(sentence, sentence)}"
        if any(isinstance(c, Token) and c.type == "_LBRACE" for c in st.children):
            self.block(st, line + " {", depth)
        else:
            self.emit(depth, line, _first(st).line)

    def block(self, st: Tree, head: str, depth: int) -> None:
        """`head {`, the statements between the braces one level deeper, then `}`."""
        children = st.children
        open_at = next(i for i, c in enumerate(children) if isinstance(c, Token) and c.type == "_LBRACE")
        close_at = max(i for i, c in enumerate(children) if isinstance(c, Token) and c.type == "_RBRACE")
        self.emit(depth, head, children[open_at].line)
        inner = [c for c in children[open_at + 1:close_at] if isinstance(c, Tree)]
        close = children[close_at]
        self.body(inner, depth + 1, close.line)
        self.emit(depth, "}", close.line)
