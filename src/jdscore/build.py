"""Parse tree -> AST.

A Lark Transformer turns tokens into phrase nodes and collects the file's statements;
`build_rubric` then applies the header (boundary convention, range style) while it asks
`sentences.py` what each rule sentence means. Every problem found here is collected as a
diagnostic; building goes on so that one run reports them all.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from functools import lru_cache
from decimal import Decimal

from lark import Token, Tree

from .records import dataclass
from . import ast as A
from .diagnostics import Diagnostic, Stop, error, has_errors
from .numerals import PARTS_OF_A_WHOLE, NumeralError, exact_decimal, parse_number
from .parser import parse, parse_suppression, terminal_regex
from .sentences import Context, assemble_bands, assemble_rule
from .source import Source, Span, collector_paused, to_simplified

_UNIT_OF_TERMINAL = {
    "FEN": A.Unit.POINTS,
    "PERCENT": A.Unit.PERCENT,
    "PERMILLE": A.Unit.PERCENT,
    "PERMYRIAD": A.Unit.PERCENT,
    "PERTEN": A.Unit.PERCENT,
    "PCT_POINT": A.Unit.PERCENT,
    "PERMILLE_POINT": A.Unit.PERCENT,
    "COUNTER": A.Unit.COUNT,
    "DURATION": A.Unit.COUNT,
    "MEASURE": A.Unit.MEASURE,
    "MONEY": A.Unit.MEASURE,
}
_ONE = Decimal(1)  # a rate with no declaration: at most 100%
_CMP_WORDS = {w.value: w for w in A.CmpWord} | {"GE_DEMAND": A.CmpWord.GE_PRE}  # 不少于: at least, as a requirement
_OP_SYMBOLS = {"SYM_GE": A.Cmp.GE, "SYM_GT": A.Cmp.GT, "SYM_LE": A.Cmp.LE,
               "SYM_LT": A.Cmp.LT, "SYM_EQ": A.Cmp.EQ}
_PERIOD_TIMES = {"PERIOD_WEEK": 52, "PERIOD_FORTNIGHT": 26, "PERIOD_HALF_MONTH": 24, "PERIOD_TEN_DAYS": 36, "PERIOD_MONTH": 12, "PERIOD_TWO_MONTHS": 6,
                 "PERIOD_QUARTER": 4,
                 "PERIOD_HALF": 2, "PERIOD_TERM": 2, "PERIOD_YEAR": 1}
_META_KEYS = {"META_RESPONSIBLE": A.MetaKey.RESPONSIBLE, "META_ASSISTING": A.MetaKey.ASSISTING,
              "META_METHOD": A.MetaKey.METHOD, "META_DEADLINE": A.MetaKey.DEADLINE,
              "META_BASIS": A.MetaKey.BASIS, "META_NOTE": A.MetaKey.NOTE, "META_REMARK": A.MetaKey.REMARK}
_MARKERS = {m.value for m in A.Marker}
# Tokens that are words of a description, whatever numbers they hold (names in quotes, dates).
# numbering and remarks, dropped from a clause's words: 评分标准:2、…, (以检查记录为准), …的除外,
# 办结率=办结件数/受理件数×100%, 前3名(含第3名), …,并取消评先评优资格
_REMARKS = {"LABEL_AFTER_COLON", "CHECK_NOTE", "RECKONED_AFTER", "EXCEPTION_SAID", "RATE_DEFINED", "RANK_END_SAID",
            "CONSEQUENCE_SAID"}
_TEXT_TOKENS = {"TEXT", "QUOTED", "NAMED_NUMBER", "CODE_NUMBER", "TREATED_AS", "DATE", "SAMPLE", "PAY_FINE", "METHOD_HEAD"}
_RANGE_STYLES = {"STYLE_CLOSED": A.RangeStyle.CLOSED, "STYLE_LEFT_CLOSED": A.RangeStyle.LEFT_CLOSED,
                 "STYLE_RIGHT_CLOSED": A.RangeStyle.RIGHT_CLOSED, "STYLE_OPEN": A.RangeStyle.OPEN}
_ROUND_MODES = {"ROUND_HALF_UP": A.RoundMode.HALF_UP, "ROUND_DOWN": A.RoundMode.DOWN,
                "ROUND_UP": A.RoundMode.UP}
_PARTS = {"PART_BASE": A.Part.BASE, "PART_EXTRA": A.Part.EXTRA, "PART_BONUS": A.Part.BONUS,
          "PART_DEDUCTIONS": A.Part.DEDUCTIONS}
_ROLES = {"group": A.Role.BASE, "bonus": A.Role.BONUS, "deductions": A.Role.DEDUCTIONS,
          "veto": A.Role.VETO}


# Intermediate records the transformer hands to build_rubric.

@dataclass
class _RawLine:
    facts: tuple[A.FactRef, ...]
    clauses: tuple[A.Clause, ...]
    text: str
    judged_mode: bool
    span: Span
    meta: tuple[A.Meta, ...] = ()
    target_mode: bool = False


@dataclass
class _RawGroup:
    kind: str
    level: str
    title: str
    points: Decimal | None
    floor: bool
    cap: Decimal | None
    cap_on_deductions: bool
    veto_grade: str | None
    meta: tuple[A.Meta, ...]
    children: list
    span: Span
    added: bool = False


@dataclass
class _Sentence:
    clauses: tuple[A.Clause, ...]
    text: str


@dataclass
class _GradeIs:
    """为优秀 / 评为良好等级: the grade a band clause gives (`before`: 优秀(90分以上), the
    grade first and its range after it)."""

    grade: str
    span: Span
    before: bool = False
    after_de: bool = False  # 得分在91-100分的零售客户: what the band is of, said after 的 (no 为)


@dataclass
class _BandClause:
    """One clause of a grade-band sentence: its condition, and the grade if it names one."""

    clause: A.Clause
    grade: _GradeIs | None
    otherwise: bool
    # 为合格档次(70分以上)的人员…发放…绩效奖金: words after 的 past the grade given, which name none
    past_grade: _GradeIs | None = None


@dataclass
class _BandLine:
    """`优秀: 90分以上` in a 等级 { } block."""

    label: str
    phrases: tuple
    otherwise: bool
    span: Span
    text: str


@dataclass
class _Outcome:
    """`差: 考核成绩为差的,按规定扣除全部奖金` in an 等级 评定 block."""

    label: str
    text: str
    span: Span


@dataclass
class _RawBands:
    lines: list  # _BandLine for a block; _BandClause for a sentence
    sentence: bool
    text: str
    span: Span
    convention: A.Convention | None = None  # the sentence's own (以上包括本数,以下不包括本数)


@dataclass
class _Header:
    """A header line: key (title, year …), its value and where it was written."""

    key: str
    value: object
    span: Span


@dataclass
class _Points:
    value: Decimal
    added: bool  # written 加2分


@dataclass
class _CapDecl:
    value: Decimal
    on_deductions: bool


@dataclass
class _VetoGrade:
    grade: str


@dataclass
class _Most:
    value: Decimal | None  # a declared rate's largest value (a fraction); None: no limit


def _first_number(text: str) -> Decimal | None:
    """The first number written in `text` (85 of 85%, full-width digits too), or None."""
    found = re.search(r"[0-9０-９]+(?:[.．][0-9０-９]+)?", text)
    return None if found is None else Decimal(unicodedata.normalize("NFKC", found.group(0)))


class _Transformer:
    """Tree -> AST, bottom up: each rule's method gets its meta and transformed children.

    A plain recursive walk rather than lark.Transformer: it does the same work without a
    wrapper call per node, which matters on rubrics with thousands of rules.
    """

    def __init__(self, source: Source):
        self.source = source
        self.diagnostics: list[Diagnostic] = []
        self._methods: dict[str, object] = {}

    def transform(self, tree: Tree):
        children = [self.transform(c) if isinstance(c, Tree) else c for c in tree.children]
        method = self._methods.get(tree.data)
        if method is None:
            method = self._methods[tree.data] = getattr(self, tree.data)
        return method(tree.meta, children)

    # -- helpers ------------------------------------------------------------------

    def _span(self, meta) -> Span:
        # Lark already knows lines and columns; only a statement whose meta runs past its
        # newline needs trimming back to the last visible character.
        end = meta.end_pos
        text = self.source.text
        if end > meta.start_pos and text[end - 1].isspace():
            while end > meta.start_pos and text[end - 1].isspace():
                end -= 1
            return self.source.span(meta.start_pos, end)
        return Span(self.source.name, meta.line, meta.column, meta.end_line, meta.end_column,
                    meta.start_pos, end)

    def _tspan(self, tok: Token) -> Span:
        return Span(self.source.name, tok.line, tok.column, tok.end_line, tok.end_column,
                    tok.start_pos, tok.end_pos)

    def _text(self, meta) -> str:
        return self.source.text[meta.start_pos:meta.end_pos]

    def _number(self, tok: Token) -> tuple[Decimal, int, bool]:
        try:
            value, multiplier, is_percent = _read_number(str(tok))
        except NumeralError as exc:
            self.diagnostics.append(error("E204", f"“{tok}”不是可以读懂的数字: {exc}", self._tspan(tok)))
            return Decimal(0), 1, False
        exact = exact_decimal(value)
        if exact is None:
            self.diagnostics.append(error(
                "E204", f"“{tok}”不能精确写成小数", self._tspan(tok),
                hint="计分用的数字请写成有限小数,例如 0.33 而不是 三分之一"))
            return Decimal(0), multiplier, is_percent
        return exact, multiplier, is_percent

    def _quantity(self, number: Token, unit: Token | None, span: Span,
                  bound: bool | None = None) -> A.Quantity:
        value, multiplier, is_percent = self._number(number)
        # (a space right after the digit: 1. 30分钟内 is a list's number, then the sentence's)
        before = max(0, number.start_pos - 8)  # (a few characters back: never the whole file again per number)
        # (扣1. 5分: a point, then a space, after a word, is no list's number either; 扣0. 5分 is one token)
        split = re.search(r"[0-9０-９](?=[ \t\u3000]+[.．]?[ \t\u3000]*$)|(?<=[\u4e00-\u9fff])[0-9０-９]+(?=[.．][ \t\u3000]+$)",
                          self.source.text[before:number.start_pos])
        if split is not None:
            # 8 5 %, 2 000 户, 0 . 1分 (pasted from a PDF): one number, or two? (read as two, the 8 was dropped)
            shown = self.source.text[before + split.start():number.end_pos]
            joined = re.sub(r"[ \t\u3000]", "", shown)
            self.diagnostics.append(error(
                "E204", f"“{shown}”的数字中间有空格,读不出是一个数还是两个数", self._tspan(number),
                hint=f"删去数字中间的空格,写成 {joined}"))
        if ((unit is not None and unit.type in ("FEN", "PERCENT")) or is_percent) and re.match(r"[0０][0-9０-９]", str(number)):
            # 扣05分: 0.5 with its point lost, or 5? (08:30 and 05日 are times and dates)
            self.diagnostics.append(error(
                "E204", f"“{number}”以0开头,像是漏了小数点", self._tspan(number),
                hint=f"写成 {str(number)[0]}.{str(number)[1:]} 或去掉开头的0"))
        if is_percent:
            return A.Quantity(value, A.Unit.PERCENT, "%", multiplier, span, bound)
        if unit is None:
            return A.Quantity(value, A.Unit.NONE, "", multiplier, span, bound)
        kind = _UNIT_OF_TERMINAL[unit.type]
        if kind is A.Unit.PERCENT:
            # (2‰, 0.9‱; 个百分点 is in hundredths, as % is)
            value = value / PARTS_OF_A_WHOLE.get(unicodedata.normalize("NFKC", str(unit)).strip(), 100)
        word = terminal_regex("MEASURE_BEFORE_TIME").sub("", str(unit)) if unit.type == "DURATION" else str(unit)
        return A.Quantity(value, kind, word, multiplier, span, bound, unit.type == "DURATION")

    # -- sentence phrases ------------------------------------------------------------

    def amount(self, meta, children):
        number = children[0]
        unit = children[1] if len(children) > 1 and getattr(children[1], "type", "") != "RATE_BASE" else None
        span = self._span(meta)
        return A.Amount(self._quantity(number, unit, span), span)

    def band_amount(self, meta, children):
        """90(不含90)分: a bound mark may stand between the number and its unit."""
        number = children[0]
        bound = next((c.type == "BOUND_INCL" for c in children[1:] if c.type in ("BOUND_INCL", "BOUND_EXCL")), None)
        unit = next((c for c in children[1:] if c.type in ("FEN", "PERCENT")), None)
        return A.Amount(self._quantity(number, unit, self._span(meta), bound), self._span(meta))

    def compare(self, meta, children):
        if any(isinstance(c, Token) and c.type == "NTH_FROM" for c in children):
            # 从第2件起: from the 2nd on, so at least 1 (what is above it is counted)
            amount = next(c for c in children if isinstance(c, A.Amount))
            start = replace(amount.quantity, value=amount.quantity.value - 1)
            return A.Compare((A.CmpWord("GE_PRE"),), start, self._span(meta), counted_from=True)
        words: list[A.CmpWord] = []
        quantity = None
        bound = None
        for c in children:
            if isinstance(c, A.Amount):
                quantity = c.quantity
            elif c.type in _CMP_WORDS:
                words.append(_CMP_WORDS[c.type])
            elif c.type == "BOUND_INCL":
                bound = True
            elif c.type == "BOUND_EXCL":
                bound = False
        said_both = [c for c in children if isinstance(c, Token) and c.type == "GE_POST"
                     and terminal_regex("INCLUSIVE_POST").match(to_simplified(str(c)))]
        if bound is None and said_both and A.CmpWord.GT_PRE in words:
            bound = True  # 超出3批次及以上: the 3 itself too, as 及 says (read past 3: 3 lost nothing)
        assert quantity is not None
        if bound is not None:
            quantity = A.Quantity(quantity.value, quantity.unit, quantity.word,
                                  quantity.multiplier, quantity.span, bound)
        demand = any(isinstance(c, Token) and c.type == "GE_DEMAND" for c in children)
        return A.Compare(tuple(words), quantity, self._span(meta), demand=demand)

    def band_compare(self, meta, children):
        if not any(isinstance(c, Token) and c.type == "RANGE" for c in children):
            return self.compare(meta, children)
        # 总分达到100-120分: 达到 before a range adds nothing to it; any other word contradicts it
        if _CMP_WORDS.get(children[0].type) is not A.CmpWord.GE_PRE:
            self.diagnostics.append(error("E209", f"“{children[0]}”后面是一个区间,条件的方向读不准",
                                          self._tspan(children[0]), hint="写成 80-90分 或 80分以上"))
        return self.band_range(meta, children[1:])

    def range(self, meta, children):
        amounts = [i for i, c in enumerate(children) if isinstance(c, A.Amount)]
        low, high = children[amounts[0]].quantity, children[amounts[1]].quantity

        def bound_in(part):
            return next((c.type == "BOUND_INCL" for c in part
                         if isinstance(c, Token) and c.type in ("BOUND_INCL", "BOUND_EXCL")), None)

        after = children[amounts[1] + 1:]
        suffix = next((_CMP_WORDS[c.type] for c in after if c.type in _CMP_WORDS), None)
        low_bound = bound_in(children[amounts[0] + 1:amounts[1]])  # 95%(含)-100%: of the lower end
        if low_bound is not None:
            low = A.Quantity(low.value, low.unit, low.word, low.multiplier, low.span, low_bound)
        mark = next((c for c in after if isinstance(c, Token) and c.type in ("BOUND_INCL", "BOUND_EXCL")), None)
        if mark is not None:  # 70%至85%(不含): after the upper end, unless it names the lower
            low, high = self._ends_marked(mark, low, high)
        return A.Range(low, high, suffix, self._span(meta))

    def band_range(self, meta, children):
        if children[1].type in ("BOUND_INCL", "BOUND_EXCL"):  # 70分(含)至90分: the mark is the low end's
            low = replace(children[0].quantity, bound=children[1].type == "BOUND_INCL")
            children = [A.Amount(low, children[0].span), *children[2:]]
        low, high = children[0].quantity, children[2].quantity
        if len(children) > 3:  # 60-80分(不含80分): the mark names the end it is about
            low, high = self._ends_marked(children[3], low, high)
        return A.Range(low, high, None, self._span(meta))

    def _ends_marked(self, mark: Token, low: A.Quantity, high: A.Quantity) -> tuple[A.Quantity, A.Quantity]:
        """The ends of X—Y a mark after it speaks of: 85%—90%(不含85%) and (不含下限) the lower;
        (不含), (不含90%) and (含上限) the upper; (不含85%,含90%) each the one it names."""
        def written(q: A.Quantity) -> Decimal | None:
            return _first_number(self.source.text[q.span.start:q.span.end])

        parts = [p for p in re.split(r"[,，、]", to_simplified(str(mark)).strip("的(（)） \t\u3000")) if p.strip()]
        for part in parts or [""]:
            # (the mark's own kind for one part; in several, each part read as a mark of its own)
            excluded = mark.type == "BOUND_EXCL" if len(parts) < 2 else bool(
                terminal_regex("BOUND_EXCL").fullmatch(f"({part.strip()})"))
            inclusive = not excluded
            said = _first_number(part)
            if terminal_regex("LOWER_END").search(part) or (said is not None and said == written(low) != written(high)):
                low = replace(low, bound=inclusive)
            else:
                high = replace(high, bound=inclusive)
        return low, high

    def op_compare(self, meta, children):
        return A.OpSymbol(_OP_SYMBOLS[children[0].type], self._span(meta))

    band_op = op_compare

    def _item_share(self, children) -> A.Quantity | None:
        """得该项分值的60% / 得60%分值 / 扣本项满分的一半: the share (0.6, 0.5) of the item's points,
        or None when the words are no share of them."""
        if children[0].type not in ("ITEM_SHARE_AWARD", "ITEM_SHARE_DEDUCT", "ITEM_SHARE_AWARD_FIRST",
                                    "ITEM_SHARE_DEDUCT_FIRST"):
            return None
        said = children[1]
        if isinstance(said, Token):  # 一半
            return A.Quantity(Decimal("0.5"), A.Unit.PERCENT, "%", 1, self._tspan(said))
        return said.quantity

    def award(self, meta, children):
        share = self._item_share(children)
        if share is not None:
            return A.Award(share, None, self._span(meta), of_item=True)
        if not _points_amount(children):
            return _as_words(children)
        low, high = _in_order(children[1].quantity, children[3].quantity if len(children) > 3 else None)
        return A.Award(low, high, self._span(meta), children[0].type == "ADD_KW", children[0].type == "SHARE_KW",
                       taken_back=children[0].type == "TAKE_LESS_KW")

    def deduct_after(self, meta, children):
        # 按次1-3扣分: the same as 按次扣1-3分
        verb = Token.new_borrow_pos("DEDUCT_KW", str(children[-1]), children[-1])
        return self.deduct(meta, [verb, *children[:-1]])

    def deduct(self, meta, children):
        share = self._item_share(children)
        if share is not None:
            return A.Deduct(share, None, self._span(meta), of_item=True)
        if children[0].type in ("NO_LOSS", "NO_GAIN"):  # nothing taken, or nothing added: no points either way
            span = self._span(meta)
            return A.Deduct(A.Quantity(Decimal(0), A.Unit.POINTS, "分", 1, span), None, span,
                            nothing_added=children[0].type == "NO_GAIN")
        if not _points_amount(children):
            return _as_words(children)
        low, high = _in_order(children[1].quantity, children[3].quantity if len(children) > 3 else None)
        return A.Deduct(low, high, self._span(meta), children[0].type == "DEDUCT_BELOW", children[0].type == "DEDUCT_LESS")

    def cap(self, meta, children):
        first = children[0]
        if isinstance(first, A.Amount):  # 8分封顶
            return A.CapPhrase(first.quantity, A.CapStyle.TOPPED, False, self._span(meta))
        if first.type in ("TOTAL_PTS", "BASE_PTS"):
            style = A.CapStyle.TOTAL if first.type == "TOTAL_PTS" else A.CapStyle.BASE
            return A.CapPhrase(children[1].quantity, style, False, self._span(meta))
        on_deductions = any(isinstance(c, Token) and c.type in ("DEDUCT_KW", "DEDUCT_CAP", "SUM_DEDUCT_CAP")
                            for c in children)
        added = any(isinstance(c, Token) and c.type in ("ADD_KW", "ADD_FILL_PRE", "ADD_CAP_PRE", "SUM_ADD_CAP")
                    for c in children)
        limit = next(c for c in children if isinstance(c, A.Amount))
        style = A.CapStyle.AS if first.type == "CAP_AS" else A.CapStyle.LIMIT
        return A.CapPhrase(limit.quantity, style, on_deductions, self._span(meta), added,
                           together=first.type in ("SUM_CAP", "SUM_ADD_CAP", "SUM_DEDUCT_CAP"),
                           names_added=first.type == "ADD_CAP_PRE", names_deducted=first.type == "DEDUCT_CAP")

    def per(self, meta, children):
        quantity = None
        word = ""
        if len(children) > 1:
            nxt = children[1]
            if isinstance(nxt, A.Amount):
                quantity = nxt.quantity
                word = nxt.quantity.word
            else:
                word = str(nxt)
        return A.Per(quantity, word, self._span(meta), full=children[0].type == "PER_FULL")

    def _step(kind):
        def method(self, meta, children):
            if children[0].type in ("DEFICIT_GAP", "EXCESS_GAP"):  # 每少开展一次: the count after the words
                at = max(i for i, c in enumerate(children) if isinstance(c, A.Amount))
                if at < len(children) - 1:  # 漏报3次以上的: a condition on the count, not a step of it
                    children = [children[0], children[at], *children[at + 1:]]
                else:
                    # (漏报1次的扣1分 without 每 may be one tier of several, as 缺1人 is)
                    each = terminal_regex("PER").match(str(children[0])) is not None
                    return A.Step(kind, children[at].quantity, self._span(meta), each)
            if any(isinstance(c, Token) and c.type == "RANGE" for c in children):
                # 下降5%-10%的, 下降5%(含)至10%的: how far it went down, within a range (a condition, not a step)
                if terminal_regex("PER").match(str(children[0])):
                    # 每增加1至10分钟的,扣1分: a step of 1 to 10? (read as the range alone, the 每 was dropped
                    # and 20 minutes took nothing)
                    self.diagnostics.append(error(
                        "E202", f"“{children[0]}”后面是一个区间,读不出每一步是多少", self._span(meta),
                        hint="逐步计分的写成 每增加10分钟扣1分;按区间计分的去掉“每”,写成 增加1至10分钟的扣1分"))
                return self.range(meta, children[1:])
            if len(children) > 2:  # 迟报四天及以上: a condition on the value, not a step of it
                words = tuple(_CMP_WORDS[c.type] for c in children[2:] if c.type in _CMP_WORDS)
                bound = next((c.type == "BOUND_INCL" for c in children[2:]
                              if c.type in ("BOUND_INCL", "BOUND_EXCL")), None)
                q = children[1].quantity
                if bound is not None:
                    q = A.Quantity(q.value, q.unit, q.word, q.multiplier, q.span, bound)
                return A.Compare(words, q, self._span(meta))
            each = not children[0].type.endswith("_BARE")
            return A.Step(kind, children[1].quantity, self._span(meta), each)
        return method

    deficit = _step(A.StepKind.DEFICIT)
    shortfall = _step(A.StepKind.SHORT)
    excess = _step(A.StepKind.EXCESS)
    late = _step(A.StepKind.LATE)

    def cond_list(self, meta, children):
        items: list[A.Node] = []
        for c in children:
            if isinstance(c, Token):
                continue
            if isinstance(c, A.Amount) and items and isinstance(items[-1], A.Compare):
                c = A.Compare(items[-1].words, c.quantity, c.span)  # 超过80%、70%: 超过 each
            items.append(c)
        return A.ConditionList(tuple(items), self._span(meta))

    def either_step(self, meta, children):
        return A.EitherStep(children[1].quantity, self._span(meta))

    def either_points(self, meta, children):
        return A.EitherPoints(children[1].quantity, self._span(meta))

    def per_suffix(self, meta, children):
        unit = children[-1]  # the counter, or the slash and its word together (or glued: 扣5分件)
        word = str(unit).lstrip("/／ \t\u3000") if len(children) == 1 else str(unit)
        word = re.sub(r"[()（）\s]", "", word)  # /(篇)次 is 篇次
        span = self._span(meta)
        money = terminal_regex("MONEY").search(word)
        magnitude = re.sub(r"美?元$", "", word) if money is not None and money.end() == len(word) else ""
        if magnitude:
            # 扣0.2分/万元, 加0.1分/百万元: steps of so much money (read as steps of one 元, 5万 took 50000)
            try:
                value, multiplier, _ = parse_number("1" + magnitude)
            except NumeralError:
                return A.Per(None, word, span)
            unit_word = word[len(magnitude):]  # 元: what the value is written in (8万元, 80000元)
            return A.Per(A.Quantity(value, A.Unit.MEASURE, unit_word, multiplier, span), unit_word, span)
        return A.Per(None, word, span)

    def listed(self, meta, children):
        verb = next((c.type for c in children if isinstance(c, Token)
                     and c.type in ("AWARD_KW", "ADD_KW", "SHARE_KW", "DEDUCT_KW")), None)
        values = tuple(c.quantity for c in children if isinstance(c, A.Amount))
        spread = any(isinstance(c, Token) and c.type == "RANGE" for c in children)
        if spread:
            values = _one_apart(*values)
        return A.Listed(None if verb is None else verb == "DEDUCT_KW", values, self._span(meta), spread)

    def each(self, meta, children):
        if children[0].type == "EACH_BARE":
            return A.Each(False, children[1].quantity, self._span(meta), bare=True)
        low, high = _in_order(children[2].quantity, children[4].quantity if len(children) > 4 else None)
        return A.Each(children[1].type == "DEDUCT_KW", low, self._span(meta), children[0].type == "EACH_ALL",
                      high=high)

    def amount_list(self, meta, children):
        return A.AmountList(tuple(c.quantity for c in children if isinstance(c, A.Amount)), self._span(meta))

    def floor_cap(self, meta, children):
        return A.FloorCap(children[1].quantity, self._span(meta))

    def peer(self, meta, children):
        words = tuple(_comparison_word(to_simplified(str(c))) for c in children if c.type == "PEER_CMP")
        return A.PeerPhrase(words, self._span(meta))

    def rank(self, meta, children):
        first = children[0].type
        if first == "RANK_LAST":  # 末位: the first place counted from the bottom
            one = A.Quantity(Decimal(1), A.Unit.NONE, "", 1, self._tspan(children[0]))
            return A.RankPhrase(A.RankFrom.BOTTOM, one, False, self._span(meta))
        kind = {"RANK_ORD": A.RankFrom.NTH, "RANK_TOP": A.RankFrom.TOP, "RANK_BOTTOM": A.RankFrom.BOTTOM,
                "RANK_BOTTOM_NTH": A.RankFrom.BOTTOM, "RANK_TO": A.RankFrom.NTH}[first]
        # 前3名 / 倒数3名 / 第3名以内 cover the first three places; 第3名 / 倒数第3名 only one.
        within = first in ("RANK_TOP", "RANK_BOTTOM") or len(children) > 2
        place = children[1]
        if isinstance(place, Token):  # RANK_CN, RANK_LISTED: 排名第一, 第1、2名
            place = self._quantity(place, None, self._tspan(place))
        else:
            place = place.quantity
        post = children[2] if len(children) > 2 else None
        if post is not None and terminal_regex("RANK_OUTSIDE").match(str(post)):
            # 第7名以下 / 第3名以外 / 前三名以外: the places after (read as within, the points fell on the
            # places they spared); 以下 after one place takes it in, 以外 does not
            if kind is A.RankFrom.BOTTOM:
                return A.RankPhrase(kind, place, True, self._span(meta), outside=True)
            after = 0 if kind is A.RankFrom.NTH and post.type == "LE_POST" else 1
            return A.RankPhrase(A.RankFrom.ONWARD, replace(place, value=place.value + after), False, self._span(meta))
        return A.RankPhrase(kind, place, within, self._span(meta))

    def _phrases(self, children) -> tuple[A.Node, ...]:
        """Tokens become phrases; runs of filler characters become one Text."""
        out: list[A.Node] = []
        run: list[Token] = []

        def flush():
            if run:
                start, end = run[0].start_pos, run[-1].end_pos
                first, last = run[0], run[-1]
                out.append(A.Text(self.source.text[start:end], Span(
                    self.source.name, first.line, first.column, last.end_line, last.end_column, start, end)))
                run.clear()

        for c in (x for c in children for x in (c if isinstance(c, _Words) else (c,))):
            if isinstance(c, Token):
                if c.type in _REMARKS:
                    # (评分标准:2、…, 扣2分(以检查记录为准), 计0.5分计算: numbering and remarks are no part of
                    # the words)
                    flush()
                    continue
                if c.type in _TEXT_TOKENS:
                    run.append(c)
                    continue
                flush()
                if c.type in _PERIOD_TIMES:
                    out.append(A.Period(_PERIOD_TIMES[c.type], self._tspan(c)))
                elif c.type in _MARKERS:
                    out.append(A.MarkerPhrase(A.Marker(c.type), self._tspan(c), str(c)))
                else:  # GRADE_IS etc. are handled by their own rules
                    out.append(A.Text(str(c), self._tspan(c)))
            else:
                flush()
                out.append(c)
        flush()
        return _pooled(tuple(out))

    def clause(self, meta, children):
        first = children[0] if children else None
        if isinstance(first, Token) and first.type == "LABEL_AFTER_COLON" and len(children) > 1:
            # (名称:1、…, as 名称: 1、…: the numbering that opens a clause is no part of it)
            start = first.end_pos
            text = self.source.text[start:meta.end_pos]
            start += len(text) - len(text.lstrip())
            return A.Clause(self._phrases(children), self.source.text[start:meta.end_pos],
                            self.source.span(start, self._span(meta).end))
        return A.Clause(self._phrases(children), self._text(meta), self._span(meta))

    def sentence(self, meta, children):
        labelled = [replace(c, labelled=True) if isinstance(c, A.Clause) and i and isinstance(children[i - 1], Token)
                    and children[i - 1].type == "LIST_LABEL" else c for i, c in enumerate(children)]
        children = [c for c in labelled if not (isinstance(c, Token) and c.type == "LIST_LABEL")]
        return _Sentence(_conditions_listed(_either_way(_attach_separators(children))), self._text(meta))

    def grade_is(self, meta, children):
        name = children[1] if children[0].type in ("GRADE_IS", "GRADE_DE") else children[0]
        # 为“优秀”: the quotation marks are not part of the grade's name
        return _GradeIs(str(name).strip("“”\"‘’「」'"), self._span(meta), children[0].type == "GRADE_BEFORE",
                        children[0].type == "GRADE_DE")

    def band_clause(self, meta, children):
        """One clause; or several where grades stand before their ranges (优秀(90分以上)、
        良好(80—89分)): each such grade starts a band of its own."""
        segments: list[list] = [[None, False, []]]  # grade, otherwise, parts
        past, depth = None, 0  # depth: inside how many brackets
        for c in children:
            if isinstance(c, Token) and c.type == "TEXT":
                depth = max(depth + c.count("(") + c.count("（") - c.count(")") - c.count("）"), 0)
            if isinstance(c, _GradeIs) and c.before:
                if segments[-1][0] is not None or segments[-1][2]:
                    segments.append([None, False, []])
                segments[-1][0] = c
            elif isinstance(c, _GradeIs) and c.after_de and segments[-1][0] is not None and not segments[-1][0].after_de:
                past = c
            elif isinstance(c, _GradeIs):
                if segments[-1][0] is None or not depth:
                    segments[-1][0] = c  # (为AAA级(信用优秀,…≥85分): the words in its brackets gloss it)
            elif isinstance(c, Token) and c.type == "OTHERWISE":
                segments[-1][1] = True
            else:
                segments[-1][2].append(c)
        if len(segments) == 1:
            grade, otherwise, plain = segments[0]
            return _BandClause(A.Clause(self._phrases(plain), self._text(meta), self._span(meta)), grade, otherwise,
                               past)
        out = []
        for grade, otherwise, plain in segments:
            starts = [grade.span.start] if grade is not None else []
            ends = [grade.span.end] if grade is not None else []
            for part in plain:
                span = self._tspan(part) if isinstance(part, Token) else part.span
                starts.append(span.start)
                ends.append(span.end)
            span = self.source.span(min(starts), max(ends))
            text = self.source.text[span.start:span.end]
            out.append(_BandClause(A.Clause(self._phrases(plain), text, span), grade, otherwise))
        return out

    def band_sentence(self, meta, children):
        lines = []
        convention = None
        label = children[0] if isinstance(children[0], Token) and children[0].type == "LIST_LABEL" else None
        if label is not None:  # 3.其中90分及以上为优秀: the number stays with the first clause's words
            children = children[1:]
            first = children[0][0] if isinstance(children[0], list) else children[0]
            clause = first.clause
            first.clause = replace(clause, text=self.source.text[label.start_pos:clause.span.end],
                                   span=self.source.span(label.start_pos, clause.span.end))
        for c in children:
            if isinstance(c, A.Convention):
                convention = c
            elif isinstance(c, Token):  # a separator: keep it with the clause before it
                if convention is None:
                    last = lines[-1]
                    last.clause = _with_separator(last.clause, last.clause.separator + str(c))
            elif isinstance(c, list):  # grades before their ranges: a band each
                lines.extend(c)
            else:
                lines.append(c)
        return _RawBands(lines, True, self._text(meta), self._span(meta), convention)

    def band_convention(self, meta, children):
        pairs = tuple(c for c in children if isinstance(c, tuple))
        return A.Convention(pairs, self._text(meta), self._span(meta))

    def band_line(self, meta, children):
        label = str(children[0])
        rest = children[1:]
        otherwise = len(rest) == 1 and isinstance(rest[0], Token) and rest[0].type == "OTHERWISE"
        phrases = () if otherwise else self._phrases(rest)
        start = rest[0].start_pos if isinstance(rest[0], Token) else rest[0].span.start
        end = rest[-1].end_pos if isinstance(rest[-1], Token) else rest[-1].span.end  # not a trailing comment
        text = self.source.text[start:end].rstrip()
        return _BandLine(label, phrases, otherwise, self._span(meta), text)

    def outcome_line(self, meta, children):
        text = str(children[1]).strip() if len(children) > 1 else ""
        return _Outcome(str(children[0]), text, self._span(meta))

    def bands(self, meta, children):
        if len(children) > 1 and isinstance(children[1], Token) and children[1].type == "MODE":
            fact = A.FactRef(str(children[2]), None, self._tspan(children[2]))
            outcomes = [c for c in children if isinstance(c, _Outcome)]
            bands = tuple(A.Band(o.label, None, o.text, o.span, o.text) for o in outcomes)
            text = "；".join(f"{b.grade}: {b.text}" for b in bands)  # the lines, without layout or comments
            return _Header("bands", A.GradeBands(bands, False, text, self._span(meta), fact), self._span(meta))
        lines = [c for c in children if isinstance(c, (_BandLine, _RawBands))]
        if lines and isinstance(lines[0], _RawBands):
            return _Header("bands", lines[0], self._span(meta))
        text = "；".join(f"{line.label}: {line.text}" for line in lines)  # the lines, without layout or comments
        return _Header("bands", _RawBands(lines, False, text, self._span(meta)), self._span(meta))

    def value(self, meta, children):
        return children[0]

    # -- rule lines and groups ----------------------------------------------------------

    def fact_ref(self, meta, children):
        attribute = str(children[1]) if len(children) > 1 else None
        return A.FactRef(str(children[0]), attribute, self._span(meta))

    def rule_line(self, meta, children):
        mode = children[0].type if isinstance(children[0], Token) else None
        facts = tuple(c for c in children if isinstance(c, A.FactRef))
        sentence = next(c for c in children if isinstance(c, _Sentence))
        clauses, text = sentence.clauses, sentence.text
        line_meta = tuple(c for c in children if isinstance(c, A.Meta))
        return _RawLine(facts, clauses, text, mode == "MODE", self._span(meta), line_meta,
                        mode == "TARGET_MODE")

    def meta_line(self, meta, children):
        key = _META_KEYS[children[0].type]
        value = str(children[1]).strip() if len(children) > 1 else ""
        return A.Meta(key, value, self._span(meta))

    def points(self, meta, children):
        number = next(c for c in children if c.type == "NUMBER")
        return _Points(self._number(number)[0], children[0].type == "ADDED")

    def cap_decl(self, meta, children):
        number = next(c for c in children if c.type == "NUMBER")
        on_deductions = any(c.type == "DEDUCT_KW" for c in children)
        return _CapDecl(self._number(number)[0], on_deductions)

    def veto_grade(self, meta, children):
        return _VetoGrade(str(children[1]))

    def _group(self, kind, meta, children):
        level = str(children[0])
        title = ""
        points = cap = grade = None
        floor = cap_on_deductions = added = False
        meta_lines: list[A.Meta] = []
        body: list = []
        for c in children[1:]:
            if isinstance(c, Token):
                if c.type == "STRING":
                    title = str(c)[1:-1].strip()
                elif c.type == "FLOOR":
                    floor = True
            elif isinstance(c, _Points):
                points, added = c.value, c.added
            elif isinstance(c, _CapDecl):
                cap, cap_on_deductions = c.value, c.on_deductions
            elif isinstance(c, _VetoGrade):
                grade = c.grade
            elif isinstance(c, A.Meta):
                meta_lines.append(c)
            else:
                body.append(c)
        if kind != "group":
            title = level
        return _RawGroup(kind, level, title, points, floor, cap, cap_on_deductions, grade,
                         tuple(meta_lines), body, self._span(meta), added)

    def group(self, meta, children):
        return self._group("group", meta, children)

    def bonus(self, meta, children):
        return self._group("bonus", meta, children)

    def deductions(self, meta, children):
        return self._group("deductions", meta, children)

    def veto(self, meta, children):
        return self._group("veto", meta, children)

    # -- header -------------------------------------------------------------------------

    def title(self, meta, children):
        return _Header("title", str(children[1])[1:-1].strip(), self._span(meta))

    def year(self, meta, children):
        value = self._number(children[1])[0]
        return _Header("year", int(value), self._span(meta))

    def subject(self, meta, children):
        return _Header("subject", str(children[1]).strip(), self._span(meta))

    def no_floor(self, meta, children):
        return _Header("no_floor", True, self._span(meta))

    def full_marks(self, meta, children):
        return _Header("full_marks", self._number(children[1])[0], self._span(meta))

    def conv_word(self, meta, children):
        return _CMP_WORDS[children[0].type]

    def conv_clause(self, meta, children):
        return (children[0], children[1].type == "INCLUDE")

    band_conv_clause = conv_clause

    def convention(self, meta, children):
        pairs = tuple(c for c in children[1:] if isinstance(c, tuple))
        text = terminal_regex("COMMENT").sub("", self._text(meta))[len(str(children[0])):].strip()
        return _Header("convention", A.Convention(pairs, text, self._span(meta)), self._span(meta))

    def interval_style(self, meta, children):
        return _Header("range_style", _RANGE_STYLES[children[1].type], self._span(meta))

    def precision(self, meta, children):
        number = next(c for c in children if c.type == "NUMBER")
        places = int(self._number(number)[0])
        mode = next((_ROUND_MODES[c.type] for c in children if c.type in _ROUND_MODES),
                    A.RoundMode.HALF_UP)
        text = self.source.text[meta.start_pos:children[-1].end_pos][len(str(children[0])):].strip()
        return _Header("precision", A.Precision(places, mode, text, self._span(meta)), self._span(meta))

    def total(self, meta, children):
        return _Header("total", children[-1], self._span(meta))

    def metric(self, meta, children):
        name = str(children[1])
        description = ""
        if len(children) > 3 and isinstance(children[2], Token) and children[2].type == "STRING":
            description = str(children[2])[1:-1]
        return A.Metric(name, description, children[-1], self._span(meta))

    def fact_bound(self, meta, children):
        if children[0].type == "DECL_UNBOUNDED":
            return _Most(None)
        value = self._number(children[1])[0]
        if value <= 0:
            self.diagnostics.append(error(
                "E220", f"比率的上限应大于0%,这里写的是 {children[1]}%", self._span(meta),
                english="a rate's declared maximum must be above 0%",
                hint="写成 最高150%,或 可超过100%(不设上限)"))
            return _Most(_ONE)
        return _Most(value / 100)

    def fact_decl(self, meta, children):
        ref = next(c for c in children if isinstance(c, A.FactRef))
        most = next((c.value for c in children if isinstance(c, _Most)), _ONE)
        return A.FactDecl(ref, most, self._span(meta))

    # -- expressions ----------------------------------------------------------------------

    def const(self, meta, children):
        value, _, _ = self._number(children[0])
        if len(children) > 1:
            value = value / 100
        return A.Const(value, self._span(meta))

    def ref(self, meta, children):
        tok = children[0]
        if tok.type == "STRING":
            return A.Ref(str(tok)[1:-1], True, self._span(meta))
        return A.Ref(str(tok), False, self._span(meta))

    def part_ref(self, meta, children):
        return A.PartRef(_PARTS[children[0].type], str(children[0]), self._span(meta))

    def _binop(op):
        def method(self, meta, children):
            return A.BinOp(op, children[0], children[2], self._span(meta))
        return method

    add = _binop("+")
    sub = _binop("-")
    mul = _binop("*")
    div = _binop("/")

    def rubric(self, meta, children):
        return children


def _comparison_word(word: str) -> A.CmpWord:
    """Which comparison family a word before 平均 belongs to (高于 -> GT_PRE), as the
    grammar's own comparison terminals say (they want a number after the word)."""
    for terminal in ("GE_PRE", "GE_DEMAND", "LE_PRE", "GT_PRE", "LT_PRE", "EQ_PRE"):
        match = terminal_regex(terminal).match(word + "1")
        if match is not None and match.end() == len(word):
            return _CMP_WORDS[terminal]
    return A.CmpWord.GT_PRE


def _with_separator(clause: A.Clause, sep: str) -> A.Clause:
    return replace(clause, separator=sep)


def _pooled(phrases: tuple[A.Node, ...]) -> tuple[A.Node, ...]:
    """20分扣完为止: the points before 扣完为止 are the pool the deductions use up (as in
    扣完20分为止), never an award of their own."""
    out: list[A.Node] = []
    for p in phrases:
        last = out[-1] if out else None
        if (isinstance(p, A.MarkerPhrase) and p.marker is A.Marker.FLOOR and isinstance(last, A.Amount)
                and last.quantity.unit is A.Unit.POINTS
                and not (len(out) > 1 and isinstance(out[-2], (A.Award, A.Deduct)))):
            a, b = last.span, p.span
            out[-1] = A.FloorCap(last.quantity, Span(a.file, a.line, a.column, b.end_line, b.end_column, a.start, b.end))
            continue
        out.append(p)
    return tuple(out)


def _conditions_listed(clauses: tuple[A.Clause, ...]) -> tuple[A.Clause, ...]:
    """超过80%、70%和60%的,分别得6分、4分和2分: read as 超过80%的,得6分;超过70%的,得4分;…
    (the clauses from the conditions to the points, once for each pair). Conditions whose
    points are not listed as many stay separate phrases, for the sentence stage to refuse."""
    def listed_in(clause):
        return next((p for p in clause.phrases if isinstance(p, A.Listed)), None)

    start = next((i for i, c in enumerate(clauses) if any(isinstance(p, A.ConditionList) for p in c.phrases)), None)
    if start is None:
        return clauses
    conditions = next(p for p in clauses[start].phrases if isinstance(p, A.ConditionList))
    end = next((i for i in range(start, len(clauses)) if listed_in(clauses[i]) is not None), None)
    if end is None or len(listed_in(clauses[end]).values) != len(conditions.items):
        return clauses[:start] + (_spread(clauses[start]),) + _conditions_listed(clauses[start + 1:])
    listed = listed_in(clauses[end])
    copies: list[A.Clause] = []
    for n, (item, points) in enumerate(zip(conditions.items, listed.values)):
        def phrase(p):
            if p is conditions:
                return item
            if p is listed:
                return (A.Deduct(points, None, p.span) if listed.deduct
                        else A.Award(points, None, p.span))
            return p

        region = [replace(c, phrases=tuple(phrase(p) for p in c.phrases)) for c in clauses[start:end + 1]]
        if n < len(conditions.items) - 1:
            region[-1] = _with_separator(region[-1], "；")
        copies.extend(region)
    return clauses[:start] + tuple(copies) + _conditions_listed(clauses[end + 1:])


def _spread(clause: A.Clause) -> A.Clause:
    """The listed conditions as separate phrases again."""
    phrases: list[A.Node] = []
    for p in clause.phrases:
        phrases.extend(p.items if isinstance(p, A.ConditionList) else (p,))
    return replace(clause, phrases=tuple(phrases))


def _either_way(clauses: tuple[A.Clause, ...]) -> tuple[A.Clause, ...]:
    """每增减1%,加减1分: the clauses from the step to its points are read twice, as
    每增1%,加1分 and 每减1%,减1分. A step or points without the other stay an amount, which
    the sentence stage then reports as not understood."""
    def has(clause, kind):
        return any(isinstance(p, kind) for p in clause.phrases)

    start = next((i for i, c in enumerate(clauses) if has(c, A.EitherStep)), None)
    end = None if start is None else next(
        (i for i in range(start, len(clauses)) if has(clauses[i], A.EitherPoints)), None)
    if end is None:
        return tuple(_one_way(c, None) for c in clauses)
    region = clauses[start:end + 1]
    up = tuple(_one_way(c, A.StepKind.EXCESS) for c in region)
    down = tuple(_one_way(c, A.StepKind.SHORT) for c in region)
    up = up[:-1] + (_with_separator(up[-1], "，"),)
    return clauses[:start] + up + down + _either_way(clauses[end + 1:])


def _one_way(clause: A.Clause, kind: A.StepKind | None) -> A.Clause:
    def phrase(p):
        if isinstance(p, A.EitherStep):
            return A.Amount(p.step, p.span) if kind is None else A.Step(kind, p.step, p.span)
        if isinstance(p, A.EitherPoints):
            if kind is None:
                return A.Amount(p.points, p.span)
            if kind is A.StepKind.EXCESS:
                return A.Award(p.points, None, p.span, True)
            return A.Deduct(p.points, None, p.span)
        return p

    if not any(isinstance(p, (A.EitherStep, A.EitherPoints)) for p in clause.phrases):
        return clause
    return replace(clause, phrases=tuple(phrase(p) for p in clause.phrases))


def _attach_separators(children) -> tuple[A.Clause, ...]:
    clauses: list[A.Clause] = []
    for c in children:
        if isinstance(c, Token):  # ;; keeps both: the text stays verbatim
            clauses[-1] = _with_separator(clauses[-1], clauses[-1].separator + str(c))
        else:
            clauses.append(c)
    return tuple(clauses)


# ------------------------------------------------------------------------------ assembly

_HEADER_NAMES = {"title": "考评标题", "year": "年度", "subject": "对象", "full_marks": "满分", "no_floor": "扣分 不设下限",
                 "convention": "边界", "range_style": "区间", "precision": "精度", "total": "总分公式",
                 "bands": "等级"}


def build_rubric(source: Source) -> tuple[A.Rubric, list[Diagnostic]]:
    """Parse and build a rubric; raise Stop if it cannot be read at all."""
    with collector_paused():
        return _build(source)


def _build(source: Source) -> tuple[A.Rubric, list[Diagnostic]]:
    if not source.text.endswith("\n"):  # every statement ends a line, the last one too
        source = Source(source.name, source.text + "\n")
    comments: list = []
    tree = parse(source, "rubric", comments)
    transformer = _Transformer(source)
    statements = transformer.transform(tree)
    diagnostics = transformer.diagnostics

    header: dict[str, object] = {}
    metrics: list[A.Metric] = []
    declarations: dict[str, A.FactDecl] = {}
    raw_body: list = []
    for st in statements:
        if isinstance(st, (_RawGroup, _RawLine)):
            raw_body.append(st)
        elif isinstance(st, A.Metric):
            metrics.append(st)
        elif isinstance(st, A.FactDecl):
            _declare(declarations, st, diagnostics)
        else:
            _remember(header, st.key, st.value, st.span, diagnostics)

    convention = header.get("convention")
    style = header.get("range_style")  # (None: not said)
    metric_names = {m.name for m in metrics}
    bands = None
    if "bands" in header:
        raw = header["bands"]
        bands = raw if isinstance(raw, A.GradeBands) else assemble_bands(raw, convention, style, diagnostics)
    grade_names = tuple(b.grade for b in bands.bands) if bands else ()

    def assemble_line(line: _RawLine, role: A.Role, points: Decimal | None,
                      veto_grade: str | None) -> A.RuleLine:
        context = Context(convention=convention, range_style=style, role=role,
                          item_points=points, veto_grade=veto_grade, metric_names=metric_names,
                          target=line.target_mode, no_floor=bool(header.get("no_floor", False)))
        rule = assemble_rule(line.facts, line.clauses, line.text, line.judged_mode,
                             line.span, context, diagnostics)
        options = _options(rule)
        if options > MAX_OPTIONS:
            diagnostics.append(error(
                "E219", f"这句规则分了 {options} 档(分档、名次、等级或分别计分的值),超过 {MAX_OPTIONS} 档", line.span,
                english=f"{options} tiers, places, levels or listed values in one sentence; at most {MAX_OPTIONS}",
                hint="真实的细则一句只分几档;请检查这一行是否把多句话连在了一起,或把它拆成几行"))
            rule = None
        return A.RuleLine(line.facts, line.text, line.clauses, rule, line.judged_mode, line.span,
                          line.meta, line.target_mode)

    def assemble_group(raw: _RawGroup, role: A.Role) -> A.Group:
        if raw.kind != "group":
            role = _ROLES[raw.kind]
        item_points = raw.points if raw.points is not None else (
            raw.cap if role is A.Role.BONUS else None)
        children: list[A.Node] = []
        for child in raw.children:
            if isinstance(child, _RawGroup):
                if child.kind != "group":
                    diagnostics.append(error("E216", f"“{child.level}”只能写在最外层", child.span))
                    continue
                children.append(assemble_group(child, role))
            else:
                children.append(assemble_line(child, role, item_points, raw.veto_grade))
        if raw.veto_grade and grade_names and raw.veto_grade not in grade_names:
            diagnostics.append(error(
                "E215", f"一票否决的等级“{raw.veto_grade}”不在等级划分中", raw.span,
                hint="可用的等级: " + "、".join(grade_names)))
        return A.Group(raw.level, raw.title, raw.points, raw.floor, role, raw.cap,
                       raw.veto_grade, raw.meta, tuple(children), raw.span, raw.added)

    body = tuple(assemble_group(n, A.Role.BASE) if isinstance(n, _RawGroup)
                 else assemble_line(n, A.Role.BASE, None, None) for n in raw_body)
    whole = source.span(0, len(source.text))
    rubric = A.Rubric(
        title=header.get("title", ""),
        year=header.get("year"),
        subject=header.get("subject", ""),
        full_marks=header.get("full_marks"),
        floor=not header.get("no_floor", False),
        convention=convention,
        range_style=style or A.RangeStyle.CLOSED,
        precision=header.get("precision"),
        total=header.get("total"),
        bands=bands,
        metrics=tuple(metrics),
        body=body,
        span=whole,
        declarations=tuple(declarations.values()),
        suppressions=_suppressions(source, comments),
    )
    return rubric, diagnostics


def _suppressions(source: Source, comments) -> tuple[A.Suppression, ...]:
    """The comments that silence checks on their line (`# jdscore: 忽略 W301`)."""
    found = []
    for comment in comments:
        codes = parse_suppression(comment)
        if codes:
            found.append(A.Suppression(comment.line, tuple(
                (str(code).upper(), source.span(code.start_pos, code.end_pos)) for code in codes)))
    return tuple(found)


# Tiers, places, levels or listed values one sentence may hold. Real sentences hold a
# handful; the tier checks compare every two of them, so 400 took `check` a minute, and
# 3,000 ranks compiled to a chain of elifs Python's compiler gave up on.
MAX_OPTIONS = 100


def _options(rule) -> int:
    """How many tiers, places, levels or listed values a sentence's rule holds."""
    count = 0
    for node in A.scoring_rules(rule):
        many = getattr(node, "tiers", None) or getattr(node, "levels", None)
        count += len(many) if many else len(node.points) if isinstance(node, A.ListedValues) else 1
    return count


def _remember(header: dict, key: str, value, span: Span, diagnostics: list[Diagnostic]) -> None:
    if key in header:
        diagnostics.append(error("E211", f"“{_HEADER_NAMES.get(key, key)}”声明了两次,只保留第一处", span,
                                 hint="删掉重复的一行"))
        return
    header[key] = value


def _declare(declarations: dict[str, A.FactDecl], decl: A.FactDecl, diagnostics: list[Diagnostic]) -> None:
    label = decl.fact.label
    first = declarations.get(label)
    if first is not None:
        diagnostics.append(error(
            "E220", f"事实“{label}”声明了两次(第一次在第 {first.span.line} 行),只保留第一处", decl.span,
            english=f"fact {label!r} declared twice", hint="删掉重复的一行"))
        return
    declarations[label] = decl


def load_rubric(source: Source) -> A.Rubric:
    """Build a rubric and refuse it when any error was found (warnings pass)."""
    rubric, diagnostics = build_rubric(source)
    if has_errors(diagnostics):
        raise Stop(diagnostics)
    return rubric


@lru_cache(maxsize=4096)
def _read_number(text: str):
    """parse_number, once per distinct numeral: a large rubric writes the same few many times."""
    return parse_number(text)


class _Words(list):
    """A scoring verb whose amount is no points (参加2次, 增加3人): words, and the amount."""


def _in_order(low: A.Quantity, high: A.Quantity | None) -> tuple[A.Quantity, A.Quantity | None]:
    """得3—1分: the same points as 得1—3分, written from the top."""
    if high is not None and low.value > high.value:
        return replace(high, unit=low.unit, word=low.word), replace(low, unit=high.unit, word=high.word)
    return low, high


def _points_amount(children) -> bool:
    """Is what follows 计/加/扣 points (2分, a bare 2, or money: 奖25元), not a count, a time or a share?
    (每新增1万元: money after 增, 加 is what grew, never points.)"""
    money = terminal_regex("MONEY")
    verb = children[0].type if children and isinstance(children[0], Token) else ""
    return all(c.quantity.unit in (A.Unit.POINTS, A.Unit.NONE)
               or (money.fullmatch(c.quantity.word) and verb != "ADD_KW")
               for c in children if isinstance(c, A.Amount))


def _as_words(children) -> _Words:
    return _Words(Token.new_borrow_pos("TEXT", str(c), c) if isinstance(c, Token) else c for c in children)


def _one_apart(first: A.Quantity, last: A.Quantity) -> tuple[A.Quantity, ...]:
    """分别加5至1分: 5, 4, 3, 2, 1 (whole points only; otherwise the two ends as written)."""
    a, b = first.value, last.value
    if a != a.to_integral_value() or b != b.to_integral_value() or a == b:
        return (first, last)
    step = 1 if b > a else -1
    unit = last if first.unit is A.Unit.NONE else first  # (5至1分: the 分 written once, at the end)
    return tuple(replace(unit, value=Decimal(v)) for v in range(int(a), int(b) + step, step))


def _one_line(text: str) -> str:
    """A sentence pasted from a table cell over several lines: each line break ends a
    clause, as ； does (the same length, so every offset still points at the original)."""
    return text.replace("\r\n", " ；").replace("\n", "；").replace("\r", "；")


# A line break ends a clause (_one_line), except inside a number (不少于1⏎2次: read as 1, then a clause 2次)
# or inside a clause (未⏎建立台账的: 未 lost, the question turned round): (terminal, message, hint)
_LINE_BREAKS_REFUSED = (
    ("NUMBER_BROKEN", "数字中间(或数字和单位之间)有换行,读不出是一个数还是两个数", "从PDF或表格复制时常见;删去这个换行再试"),
    ("BREAK_IN_CLAUSE", "句子中间(一个分句里)有换行,读不出是两句还是一句",
     "从PDF复制时常见;删去这个换行,或在换行处写上标点(,或;)"),
)


def parse_sentence(text: str, name: str = "<规则>"):
    """The clauses of one rule sentence (for `jdscore try`)."""
    for terminal, message, hint in _LINE_BREAKS_REFUSED:
        broken = terminal_regex(terminal).search(text)
        if broken is not None:
            source = Source.from_text(name, text)
            raise Stop([error("E204", message, source.span(broken.start(), broken.end()), hint=hint)])
    source = Source.from_text(name, _one_line(text))
    tree = parse(source, "sentence")
    transformer = _Transformer(source)
    clauses = transformer.transform(tree).clauses
    return source, clauses, transformer.diagnostics


def parse_band_sentence(text: str, name: str = "<等级>"):
    source = Source.from_text(name, _one_line(text))
    tree = parse(source, "band_sentence")
    transformer = _Transformer(source)
    raw = transformer.transform(tree)
    return source, raw, transformer.diagnostics
