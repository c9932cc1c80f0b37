"""Lark LALR over grammar/jdscore.lark; syntax errors become diagnostics.

The parser is built once per process and kept on disk, pickled whole after the first run
(`_kept_parser`; Lark's own `cache=True` too). The lexer's scanners, one large pattern per
parser state, are compiled programs remembered on disk too (`_Patterns`): compiling them
took half of a `check` of a short rubric.
"""

from __future__ import annotations

import atexit
import importlib
import io
import pickle
import re
import sys
import types
from array import array
from functools import lru_cache
from importlib import resources
from pathlib import Path

from lark import Lark, Token, Tree
from lark.parsers import lalr_analysis as _lalr_analysis
from lark.parsers.lalr_analysis import Action as _LarkAction
from lark.exceptions import UnexpectedCharacters, UnexpectedEOF, UnexpectedInput, UnexpectedToken

from .diagnostics import Diagnostic, Stop, error
from .kept import LazyTable, keep, kept_path, load_pickled, tag
from .source import Source, Span, to_simplified

GRAMMAR_NAME = "jdscore.lark"
START_SYMBOLS = ["rubric", "sentence", "band_sentence", "value", "suppression"]


def grammar_path() -> Path:
    """The grammar shipped in the wheel, or the repository's when run from a checkout."""
    packaged = resources.files("jdscore") / "grammar" / GRAMMAR_NAME
    if packaged.is_file():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[2] / "grammar" / GRAMMAR_NAME


@lru_cache(maxsize=1)
def lark_parser() -> Lark:
    grammar = grammar_path().read_text(encoding="utf-8")
    kept = _kept_parser_path(grammar)
    parser = _kept_parser(kept)
    if parser is None:
        parser = Lark(
            grammar,
            parser="lalr",
            lexer="contextual",
            start=START_SYMBOLS,
            propagate_positions=True,
            maybe_placeholders=False,
            cache=True,
            lexer_callbacks={"COMMENT": _see_comment},  # for the suppressions (`# jdscore: …`)
        )
        _keep_parser(kept, parser)
    _remember_patterns(parser, grammar)
    return parser


_seen_comments: list[Token] = []


def _see_comment(token: Token) -> None:
    """A module function, not the list's bound append: the kept (pickled) parser refers to it
    by name, so it fills this very list after loading."""
    _seen_comments.append(token)


# Lark's own cache holds the parse table in its serialised form, and turning it back into
# objects took 60 ms of every start; the parser as built, pickled whole (before any scanner
# is compiled: those are remembered apart, see _Patterns), loads in about a tenth of that
# (kept.py: where, and when a file is trusted).

def _kept_parser_path(grammar: str) -> Path:
    import lark

    return kept_path(f".jdscore_parser_{tag(grammar, START_SYMBOLS, lark.__version__, sys.version, 'comments seen', 'no definitions')}.pickle")


def _kept_parser(path: Path) -> Lark | None:
    parser = load_pickled(path)
    return parser if isinstance(parser, Lark) else None


class _ParserPickler(pickle.Pickler):
    """By name, not by value: the `re` module the lexers hold, and the parse table's Shift
    and Reduce, which the parser tells apart by identity (`action is Shift`)."""

    def reducer_override(self, obj):
        if isinstance(obj, types.ModuleType):
            return importlib.import_module, (obj.__name__,)
        if isinstance(obj, _LarkAction):
            return getattr, (_lalr_analysis, obj.name)
        return NotImplemented


def _keep_parser(path: Path, parser: Lark) -> None:
    data = io.BytesIO()
    # The grammar's definitions are only read while the tables are built, and loading them
    # was a quarter of the load; the parser in use keeps its own.
    definitions = vars(parser).pop("grammar", None)
    try:
        _ParserPickler(data, protocol=pickle.HIGHEST_PROTOCOL).dump(parser)
    except Exception:  # noqa: BLE001 - a Lark that does not pickle: built every time
        return
    finally:
        if definitions is not None:
            parser.grammar = definitions
    keep(path, data.getvalue())


class _Patterns(LazyTable):
    """`re` as Lark's lexers use it (compile, match, error), each compiled program kept in a
    file (kept.py). The file holds the compiler's output, the integers of each pattern as
    the bytes of an array, in `marshal`'s format (reading it as JSON took 35 ms of every
    start, longer than the parse of a short rubric); the regular-expression engine
    validates a program before it runs one, and a file that does not read is ignored."""

    error = re.error

    def __init__(self, path: Path):
        super().__init__(path)
        self.compiled: dict[str, re.Pattern] = {}  # as `re` keeps its own: Lark asks for some many times

    def match(self, pattern, string, flags=0):
        return self.compile(pattern, flags).match(string)

    def compile(self, pattern, flags=0):
        if not isinstance(pattern, str):
            return re.compile(pattern, flags)
        key = f"{flags}:{pattern}"
        done = self.compiled.get(key)
        if done is None:
            done = self.compiled[key] = self._program(key, pattern, flags)
        return done

    def _program(self, key: str, pattern: str, flags: int) -> re.Pattern:
        known = self.get(key)
        if known is not None:
            try:
                final, code, groups, groupindex, indexgroup = known
                return _sre.compile(pattern, final, array(_CODE_TYPE, code).tolist(), groups, groupindex,
                                    tuple(indexgroup))
            except Exception:  # noqa: BLE001 - a damaged entry: compiled anew below
                pass
        parsed = _re_parser.parse(pattern, flags)
        code = _re_compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        final, groups = flags | parsed.state.flags, parsed.state.groups - 1
        self.add(key, [final, array(_CODE_TYPE, code).tobytes(), groups, groupindex, indexgroup])
        return _sre.compile(pattern, final, code, groups, groupindex, tuple(indexgroup))


try:  # the regular-expression engine's own compiler (CPython's; elsewhere: `re` as it is)
    import _sre
    from re import _compiler as _re_compiler
    from re import _parser as _re_parser

    _CODE_TYPE = next(kind for kind in "HILQ" if array(kind).itemsize == _sre.CODESIZE)
except (ImportError, AttributeError, StopIteration):  # pragma: no cover
    _sre = None


def _remember_patterns(parser: Lark, grammar: str) -> None:
    """Give the parser's lexers a `re` that remembers their compiled scanners (see
    _Patterns); without CPython's engine, or a lexer of another shape, nothing changes."""
    lexer = getattr(getattr(parser, "parser", None), "lexer", None)
    lexers = [*getattr(lexer, "lexers", {}).values(), getattr(lexer, "root_lexer", None)]
    if _sre is None or not any(hasattr(basic, "re") for basic in lexers):
        return
    global _remembered
    _remembered = _Patterns(kept_path(f".jdscore_patterns_{tag(grammar, sys.version, _sre.MAGIC)}.marshal"))
    for basic in lexers:
        if hasattr(basic, "re"):
            basic.re = _remembered
    atexit.register(_remembered.save)


_remembered: _Patterns | None = None


def remembered_regex(pattern: str) -> re.Pattern:
    """`re.compile(pattern)`, its program remembered beside the scanners' (_Patterns): a
    pattern made of the grammar's words (every level word, say) took 10 ms to compile."""
    lark_parser()
    compiler = _remembered or re
    return compiler.compile(pattern)


@lru_cache(maxsize=None)
def terminal_regex(name: str) -> re.Pattern:
    """The compiled pattern of one terminal, so other stages read keywords from the grammar."""
    return remembered_regex(lark_parser().get_terminal(name).pattern.to_regexp())


# What each terminal is, in words a policy writer recognises (for "expected ..." lists).
_EXPECTED_WORDS: dict[str, str] = {
    "_NL": "换行",
    "$END": "文件结尾",
    "_COLON": "冒号“:”",
    "_LBRACE": "左花括号“{”",
    "_RBRACE": "右花括号“}”",
    "_LBRACK": "“[”",
    "_RBRACK": "“]”",
    "_LPAR": "“(”",
    "_RPAR": "“)”",
    "_EQUALS": "等号“=”",
    "_SEP": "逗号或分号",
    "_LISTSEP": "顿号或逗号",
    "STRING": "带引号的标题(如 \"禁毒宣传\")",
    "NAME": "事实名称",
    "LINE": "文字",
    "NUMBER": "数字",
    "ARABIC": "数字",
    "FEN": "“分”",
    "PERCENT": "“%”",
    "TEXT": "文字",
    "GROUP_KW": "分组(大项/小项/项目 \"标题\")",
    "META_KEY": "说明项(责任单位/协助单位/考评方法/上报时间/依据/说明)",
    "MODE": "“评定”",
    "TITLE_KW": "“考评 \"标题\"”",
    "YEAR_KW": "“年度”",
    "SUBJECT_KW": "“对象”",
    "FULL_KW": "“满分”",
    "CONVENTION_KW": "“边界”",
    "INTERVAL_KW": "“区间”",
    "PRECISION_KW": "“精度”",
    "TOTAL_KW": "“总分 =”",
    "GRADES_KW": "“等级”",
    "METRIC_KW": "“指标”",
    "BONUS_KW": "“加分项”",
    "DEDUCTIONS_KW": "“扣分项”",
    "VETO_KW": "“一票否决”",
    "AWARD_KW": "计分词(计/得/加)",
    "ADD_KW": "计分词(计/得/加)",
    "SHARE_KW": "计分词(计/得/加)",
    "TAKE_LESS_KW": "计分词(计/得/加)",
    "DEDUCT_KW": "扣分词(扣/减)",
    "CAP_PRE": "“最高”",
    "ADD_CAP_PRE": "“加分最高”",
    "FLOOR": "“扣完为止”",
    "GRADE_IS": "“为”",
    "GRADE_NAME": "等级名称",
    "GRADE_LABEL": "等级名称",
    "OTHERWISE": "“其余”",
    "RANGE": "区间符号(—/至)",
    "INCLUDE": "“包括本数”",
    "EXCLUDE": "“不包括本数”",
    "DECIMALS": "“位小数”",
    "PLUS": "“+”",
    "MINUS": "“-”",
    "TIMES": "“×”",
    "DIVIDE": "“/”",
}


def _expected_words(expected: set[str] | frozenset[str]) -> str:
    words: list[str] = []
    for name in sorted(expected):
        word = _EXPECTED_WORDS.get(name)
        if word and word not in words:
            words.append(word)
    return "、".join(words[:8]) + ("等" if len(words) > 8 else "")


def _token_span(source: Source, token: Token) -> Span:
    start = token.start_pos if token.start_pos is not None else len(source.text)
    end = token.end_pos if token.end_pos is not None else start + max(len(token), 1)
    if end <= start:
        end = start + 1
    return source.span(start, end)


def syntax_diagnostic(source: Source, exc: UnexpectedInput) -> Diagnostic:
    if isinstance(exc, UnexpectedCharacters):
        pos = exc.pos_in_stream
        span = source.span(pos, pos + 1)
        char = source.text[pos] if pos < len(source.text) else ""
        expected = _expected_words(exc.allowed or set())
        return error(
            "E101",
            f"无法识别“{_show(char)}”" + (f",这里应为{expected}" if expected else ""),
            span,
            english=f"unexpected character {char!r}",
            hint=_hint_for(exc.allowed or set()),
        )
    if isinstance(exc, UnexpectedToken):
        token = exc.token
        expected = _expected_words(exc.expected)
        if token.type == "$END":
            brace = _open_brace(exc)
            if brace is not None:
                return error("E103", "文件意外结束: 这里的“{”没有对应的“}”", _token_span(source, brace),
                             english="unclosed brace", hint="在这个分组的最后一行之后写“}”")
            span = source.span(max(len(source.text) - 1, 0), max(len(source.text), 1))
            return error("E103", "文件意外结束" + (f",还缺少{expected}" if expected else ""), span,
                         english="unexpected end of input", hint=_hint_for(exc.expected))
        shown = "换行" if token.type == "_NL" else f"“{_show(str(token))}”"
        message = f"此处不应出现{shown}" + (f",这里应为{expected}" if expected else "")
        previous = (getattr(exc, "token_history", None) or [None])[-1]
        if "_COLON" in exc.expected and previous is not None and previous.type == "NAME":
            message = f"“{_show(str(previous))}”后面缺少冒号“:”"  # the commonest slip in a rule line
        return error("E102", message, _token_span(source, token),
                     english=f"unexpected {token.type}", hint=_hint_for(exc.expected))
    if isinstance(exc, UnexpectedEOF):
        span = source.span(max(len(source.text) - 1, 0), max(len(source.text), 1))
        return error("E103", "文件意外结束", span, english="unexpected end of input")
    return error("E101", "无法解析", None, file=source.name)


def _open_brace(exc: UnexpectedToken) -> Token | None:
    """The innermost group brace still open when the input ended (from the parser's stack)."""
    stack = getattr(getattr(exc, "state", None), "value_stack", None) or []
    for value in reversed(stack):
        if isinstance(value, Token) and value.type == "_LBRACE":
            return value
    return None


def _show(text: str) -> str:
    shown = text.replace("\n", "\\n")
    return shown if len(shown) <= 20 else shown[:20] + "…"


def _hint_for(expected) -> str:
    expected = set(expected)
    if "_RBRACE" in expected and "_NL" not in expected and len(expected) <= 8:
        return "检查上面的花括号是否成对"
    if "_COLON" in expected:
        return "规则行的写法是 `事实名称: 原文规则句`,冒号可用全角或半角"
    if "STRING" in expected:
        return "标题要放在引号里,例如 大项 \"禁毒宣传\" 20分 {"
    if {"AWARD_KW", "ADD_KW", "NUMBER"} & expected and "TEXT" not in expected:
        return "这里要写数字,例如 计1分、最高计2分"
    return ""


MAX_SYNTAX_ERRORS = 20
# Retries after a syntax error stop once this much text has been parsed again: a rubric of
# a few dozen kilobytes gets all its errors, a file of megabytes the first (a parse takes
# seconds per megabyte, and twenty of them on an 8 MB file took many minutes).
MAX_REPARSED_CHARS = 2_000_000


def parse(source: Source, start: str = "rubric", comments: list[Token] | None = None) -> Tree:
    """Parse `source`; on syntax errors raise Stop with every one found. `comments`, when
    given, receives the comment tokens of the text (positions and text as written).

    After an error the offending line is blanked (spaces keep every position) and the
    text parsed again, so one run reports each broken line. A line that opens or closes a
    block is not blanked: its braces would no longer match and every later error would be
    a consequence of the first.
    """
    control = _CONTROL.search(source.text)
    if control is not None:  # a NUL or other control character: a damaged or pasted file
        raise Stop([error("E102", f"这里有一个看不见的控制字符(U+{ord(control.group()):04X})",
                          source.span(control.start(), control.start() + 1),
                          hint="它通常来自损坏的文件或从别处粘贴的文字;删去它再检查")])
    text = to_simplified(source.text)  # the same length: spans point at the original
    found: list[Diagnostic] = []
    braces = (terminal_regex("_LBRACE"), terminal_regex("_RBRACE"))
    reparse = MAX_REPARSED_CHARS  # every retry parses the whole text again
    while True:
        try:
            lexed = collapse_blank_lines(text)
            _seen_comments.clear()
            tree = lark_parser().parse(lexed, start=start)
        except UnexpectedInput as exc:
            diagnostic = syntax_diagnostic(source, exc)
            found.append(diagnostic)
            line = diagnostic.span.line if diagnostic.span else 0
            lines = text.split("\n")
            if (start != "rubric" or diagnostic.code == "E103" or not 0 < line <= len(lines)
                    or any(b.search(lines[line - 1]) for b in braces)
                    or len(found) >= MAX_SYNTAX_ERRORS or not lines[line - 1].strip()
                    or reparse < len(text)):
                raise Stop(found) from None
            reparse -= len(text)
            lines[line - 1] = " " * len(lines[line - 1])
            text = "\n".join(lines)
            continue
        except RecursionError:
            raise Stop(found + [error("E101", "嵌套层次过深,无法解析", None, file=source.name)]) from None
        if found:
            raise Stop(found)
        deep = _deeper_than(tree, MAX_NESTING)
        if deep is not None:
            raise Stop([error("E104", "嵌套层次过深,jdscore 无法处理", _node_span(source, deep),
                                english="nesting too deep",
                                hint="分组一般只有 大项/小项/具体项目/子项 几层;很长的公式请拆成几个指标")])
        if comments is not None:
            moved = lexed.count("\n") != source.text.count("\n")
            comments.extend(_written(c, source, moved) for c in _seen_comments)
        _seen_comments.clear()
        return _as_written(tree, source, lexed)


def parse_suppression(comment: Token) -> list[Token] | None:
    """The check codes a `# jdscore: 忽略 …` comment names (tokens placed in the file), or
    None for any other comment."""
    try:
        tree = lark_parser().parse(to_simplified(str(comment)), start="suppression")
    except UnexpectedInput:
        return None
    finally:
        _seen_comments.clear()
    return [_shifted(t, comment) for t in tree.children if t.type == "CHECK_CODE"]


def _shifted(token: Token, comment: Token) -> Token:
    """A token of the comment's own parse, placed where the comment stands in the file."""
    start = comment.start_pos + token.start_pos
    return Token(token.type, str(comment)[token.start_pos:token.end_pos], start_pos=start,
                 line=comment.line, column=comment.column + token.start_pos,
                 end_line=comment.line, end_column=comment.column + token.end_pos,
                 end_pos=start + len(token))


# Characters no token may hold (the grammar's terminals leave them out too).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200d\u2060]")  # (and the zero-width spaces a web page hides)


def _as_written(tree: Tree, source: Source, parsed: str) -> Tree:
    """Tokens carry the text as written: the parser read traditional characters as
    simplified ones and long runs of blank lines as one (the same length, so that offsets
    hold), but names, titles and sentences keep their own text, and every token and node
    the lines and columns of the original (collapse_blank_lines)."""
    if parsed == source.text:
        return tree
    original = source.text
    moved = parsed.count("\n") != original.count("\n")
    stack = [tree]
    while stack:
        node = stack.pop()
        if moved and not node.meta.empty:
            _reposition(node.meta, source)
        for i, child in enumerate(node.children):
            if isinstance(child, Tree):
                stack.append(child)
            elif isinstance(child, Token) and child.start_pos is not None:
                node.children[i] = _written(child, source, moved)
    return tree


def _written(token: Token, source: Source, moved: bool) -> Token:
    """`token` with its text as written, and its lines and columns when they `moved`."""
    written = Token.new_borrow_pos(token.type, source.text[token.start_pos:token.end_pos], token)
    if moved:
        _reposition(written, source)
    return written


def _reposition(item, source: Source) -> None:
    """Lines and columns (of a token or a node's meta) from its offsets in `source`."""
    item.line, item.column = source.position(item.start_pos)
    item.end_line, item.end_column = source.position(item.end_pos)


# The grammar's line break is a repeated group, `(\n[ \t]*)+`, and Python's regex engine
# keeps state for every repetition of a group inside the lexer's pattern of a hundred
# groups: 200,000 blank lines took 300 MB. A run of more blank lines than this is lexed as
# one line break followed by spaces (the same length), and _as_written puts every line
# and column back.
MAX_BLANK_RUN = 8
_BLANK_RUN = re.compile(r"\n[ \t\u3000\n]*\n")  # one character class: no state per line


def collapse_blank_lines(text: str) -> str:
    """`text` with every run of more than MAX_BLANK_RUN blank lines turned into spaces after
    its first line break; offsets are unchanged, line numbers are not."""
    def flat(run: re.Match) -> str:
        found = run.group()
        if found.count("\n") <= MAX_BLANK_RUN:
            return found
        return "\n" + found[1:].replace("\n", " ")

    return _BLANK_RUN.sub(flat, text)


# Every later stage (builder, checker, compiler, renderers) walks the tree by recursion;
# this many levels keeps them far from Python's recursion limit, and no rubric comes near.
MAX_NESTING = 100


# A rule sentence's subtree is flat (clauses of phrases of tokens: no rule of it recurses),
# so it is never walked: most of a rubric's nodes are in its sentences.
_FLAT = {"sentence": 8, "band_sentence": 8}


def _deeper_than(tree: Tree, limit: int) -> Tree | None:
    """The first node below `limit` levels of the tree, found without recursion."""
    level, depth = [tree], 1
    while level:
        if depth > limit:
            return level[0]
        nxt = []
        for node in level:
            for child in node.children:
                if not isinstance(child, Tree):
                    continue
                flat = _FLAT.get(child.data)
                if flat is None:
                    nxt.append(child)
                elif depth + flat > limit:
                    return child
        level = nxt
        depth += 1
    return None


def _node_span(source: Source, node: Tree) -> Span:
    start = getattr(node.meta, "start_pos", None)
    if start is None:
        return source.span(0, 1)
    end = source.text.find("\n", start)
    return source.span(start, end if end > start else start + 1)


# ------------------------------------------------------------------ layout (for `jdscore fmt`)

_collected_comments: list[Token] = []


@lru_cache(maxsize=1)
def _layout_parser() -> Lark:
    """The same grammar, keeping every token (braces, colons, newlines) and reporting comments."""
    return Lark(
        grammar_path().read_text(encoding="utf-8"),
        parser="lalr",
        lexer="contextual",
        start=["rubric"],
        propagate_positions=True,
        maybe_placeholders=False,
        keep_all_tokens=True,
        cache=True,
        lexer_callbacks={"COMMENT": _collected_comments.append},
    )


def parse_layout(source: Source) -> tuple[Tree, list[Token]]:
    """The parse tree with every token kept, and the comments (which `parse` ignores).

    Additive: `parse` and what it returns are unchanged. Raises Stop on a syntax error,
    with the same diagnostics as `parse`.
    """
    parse(source, "rubric")  # syntax errors are reported the usual way, all of them
    _collected_comments.clear()
    try:
        text = collapse_blank_lines(to_simplified(source.text))
        tree = _as_written(_layout_parser().parse(text, start="rubric"), source, text)
        moved = text.count("\n") != source.text.count("\n")
        comments = [_written(c, source, moved) for c in _collected_comments]
        return tree, comments
    finally:
        _collected_comments.clear()
