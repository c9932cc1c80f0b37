"""Load a facts file and validate it against the rubric's schema before anything is scored.

YAML is composed with libyaml's CSafeLoader when present (the pure-Python loader is
several times slower) into nodes that keep their line and column, so that every error
names file:line:col and the unit. Floats never pass through `float`: a YAML float's text
becomes a Decimal. Aliases are expanded under a budget, so a billion-laughs file fails
cleanly instead of eating memory.
"""

from __future__ import annotations

import difflib
import functools
import re
import unicodedata
from dataclasses import field
from decimal import Decimal, InvalidOperation
from typing import Any

from .records import dataclass
from .ast import Role
from .diagnostics import Diagnostic, Stop, error
from .numerals import PARTS_OF_A_WHOLE, NumeralError, exact_decimal, magnitude_name, parse_number, plain
from .numerals import places as decimal_places
from .parser import remembered_regex, terminal_regex
from .schema import MAGNITUDE_MIN, FactSpec, Kind, Schema, UnitFacts
from .source import to_simplified, Source, Span, collector_paused

# PyYAML is imported by the first read_yaml (_import_yaml): `check`, `try` and a CSV form
# read no YAML, and importing it took a tenth of their start.
yaml: Any = None
_Loader: Any = None
_scalar_constructor: Any = None
_OPENS: tuple = ()
_CLOSES: tuple = ()


def _import_yaml() -> None:
    global yaml, _Loader, _scalar_constructor, _OPENS, _CLOSES
    if yaml is not None:
        return
    import yaml as module

    try:  # libyaml when installed
        _Loader = module.CSafeLoader
    except AttributeError:  # pragma: no cover - depends on the platform's PyYAML build
        _Loader = module.SafeLoader
    _scalar_constructor = module.constructor.SafeConstructor()
    _OPENS = (module.FlowSequenceStartToken, module.FlowMappingStartToken,
              module.BlockSequenceStartToken, module.BlockMappingStartToken)
    _CLOSES = (module.FlowSequenceEndToken, module.FlowMappingEndToken, module.BlockEndToken)
    yaml = module

MAX_DEPTH = 50
# A unit's name is in every message about it: a name of 30,000 characters in a workbook of
# a few thousand rows made gigabytes of messages. Real names (张庄村, XX县XX镇XX村民委员会)
# are a few dozen characters.
MAX_NAME = 100
MAX_PLACES = 12
# However it is written (aliases or not), a file never becomes more YAML nodes than this:
# about as many as the largest honest facts file (MAX_SOURCE_BYTES of block YAML) holds.
MAX_NODES = 2_000_000
# A number in a facts file is a count, a rate, an amount: none reaches 10**15. Larger ones
# (1e999999999) would become integers of a billion digits when scaled for scoring.
MAX_DIGITS = 15

# 12,500: commas between groups of three digits; 1,0,0,2 (several values typed as one) is no number
_GROUPED = re.compile(r"[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?\D*")


def _ungrouped(text: str) -> str:
    """12,500 as 12500; any other comma is left, and the value refused as no number."""
    return text.replace(",", "") if _GROUPED.fullmatch(text) else text


_INT_TAG = "tag:yaml.org,2002:int"
_FLOAT_TAG = "tag:yaml.org,2002:float"
_BOOL_TAG = "tag:yaml.org,2002:bool"
_NULL_TAG = "tag:yaml.org,2002:null"
_DECIMAL_INT = re.compile(r"[-+]?[0-9]+")
_NUMBER_AND_WORD = re.compile(r"([-+]?[0-9][0-9,]*(?:\.[0-9]+)?)\s*([\u4e00-\u9fff]+)")
_SPELLED_NUMBER = re.compile(r"[-+]?(?:0[xob][0-9a-fA-F_]+|[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?)")


# ---------------------------------------------------------------------------- YAML

@dataclass(slots=True)  # one per value and per cell of a form: many
class Located:
    """A YAML value with where it was written."""

    value: Any
    line: int
    column: int
    # For mappings: key -> (key line, key column)
    keys: dict[str, tuple[int, int]] = field(default_factory=dict)
    end_line: int = 0
    end_column: int = 0
    # A spreadsheet cell (填报!C7) when the value came from a workbook or CSV (tabular.py);
    # errors then name the cell instead of line:col.
    cell: str | None = None

    def span(self, file: str) -> Span:
        if self.cell is not None:
            return CellSpan(file, self.line, self.column, self.line, self.column + 1, cell=self.cell)
        if self.end_line == self.line and self.end_column > self.column:
            return Span(file, self.line, self.column, self.end_line, self.end_column)
        return Span.point(file, self.line, self.column)

    def replaced(self, value) -> Located:
        """The same place holding another value."""
        return Located(value, self.line, self.column, self.keys, self.end_line, self.end_column, self.cell)


class CellSpan(Span):
    """A spreadsheet cell: shown as file:填报!C7; line and column are its row and column."""

    __slots__ = ("cell",)

    def __init__(self, file: str, line: int, column: int, end_line: int, end_column: int,
                 start: int = 0, end: int = 0, cell: str = ""):
        super().__init__(file, line, column, end_line, end_column, start, end)
        self.cell = cell

    def _key(self) -> tuple:
        return super()._key() + (self.cell,)

    def __str__(self) -> str:
        return f"{self.file}:{self.cell}"

    def to_dict(self) -> dict:
        return {**Span.to_dict(self), "cell": self.cell}


def _point(file: str, where: tuple) -> Span:
    """(line, column) from YAML, or (row, column, cell) from a spreadsheet."""
    if len(where) == 3:
        return CellSpan(file, where[0], where[1], where[0], where[1] + 1, cell=where[2])
    return Span.point(file, *where)


class Budget:
    """YAML nodes that may still be built: one per file, shared by the cells of a workbook.

    Each document may also expand to 50 times its own nodes, but to no fewer than 50 times
    `floor`: a facts file gets room for a few shared blocks; a cell, none to spare."""

    def __init__(self, nodes: int = MAX_NODES, floor: int = 1000):
        self.nodes = nodes
        self.floor = floor


class _Expander:
    def __init__(self, source: Source, budget: int, shared: Budget):
        self.source = source
        self.budget = budget
        self.shared = shared
        self.diagnostics: list[Diagnostic] = []

    def span(self, mark) -> Span:
        return Span.point(self.source.name, mark.line + 1, mark.column + 1)

    def fail(self, code: str, message: str, mark, hint: str = "") -> None:
        raise Stop([error(code, message, self.span(mark), hint=hint)])

    def convert(self, node, depth: int = 0) -> Located:
        self.budget -= 1
        self.shared.nodes -= 1
        if self.budget < 0 or self.shared.nodes < 0:
            self.fail("E412", "事实文件展开后过大(可能是 YAML 别名层层引用)", node.start_mark,
                      hint="去掉 & 和 * 别名,直接写出数据")
        if depth > MAX_DEPTH:
            self.fail("E412", f"事实文件嵌套超过 {MAX_DEPTH} 层", node.start_mark,
                      hint="事实文件只需要 单位 → 事实 → 值 三层(记录列表再多一层)")
        line, column = node.start_mark.line + 1, node.start_mark.column + 1
        end = (node.end_mark.line + 1, node.end_mark.column + 1)
        if isinstance(node, yaml.MappingNode):
            out: dict[str, Any] = {}
            keys: dict[str, tuple[int, int]] = {}
            for key_node, value_node in node.value:
                self.convert(key_node, depth + 1)  # counted like any node
                if not isinstance(key_node, yaml.ScalarNode):
                    self.fail("E402", "这里的键是列表或映射,键应是文字(单位名、事实名)", key_node.start_mark,
                              hint="直接写名称;名称里有特殊字符时加引号")
                # a name as written: YAML 1.1 read the unit Yes as True, null as nothing, 0x1A as 26
                key = key_node.value
                if key in out:
                    self.fail("E413", f"“{key}”在同一层写了两次", key_node.start_mark,
                              hint=f"第一次在第 {keys[key][0]} 行;删掉或合并其中一处")
                keys[key] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
                out[key] = self.convert(value_node, depth + 1)
            return Located(out, line, column, keys, *end)
        if isinstance(node, yaml.SequenceNode):
            return Located([self.convert(item, depth + 1) for item in node.value], line, column, {}, *end)
        return Located(_scalar(node), line, column, {}, *end)


def _scalar(node) -> Any:
    if node.tag == _INT_TAG:
        # decimal only: YAML 1.1 reads 010 as 8, 0x10 as 16 and 1:30 as 90; those stay text,
        # which the validator refuses with the spelling (E405), and 010 is 10
        digits = node.value.replace("_", "")
        if not _DECIMAL_INT.fullmatch(digits):
            return node.value
        return int(digits) if len(digits) < 100 else Decimal(digits)  # int() refuses 4,300 digits
    if node.tag == _FLOAT_TAG:
        try:
            value = Decimal(node.value.replace("_", ""))
        except InvalidOperation:
            return node.value
        return value if value.is_finite() else node.value
    if node.tag in (_BOOL_TAG, _NULL_TAG):
        try:
            return _scalar_constructor.construct_object(node)
        except (yaml.YAMLError, ValueError, LookupError):  # `!!int ""`, `!!bool x`: PyYAML indexes
            return node.value
    return node.value


def read_yaml(source: Source, shared: Budget | None = None) -> Located:
    _import_yaml()
    try:
        deep = _too_deep(source.text)
        if deep is not None:
            raise Stop([error("E412", f"事实文件嵌套超过 {MAX_DEPTH} 层",
                                Span.point(source.name, deep.line + 1, deep.column + 1),
                                hint="事实文件只需要 单位 → 事实 → 值 三层(记录列表再多一层)")])
        node = yaml.compose(source.text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        span = Span.point(source.name, mark.line + 1, mark.column + 1) if mark else None
        problem = _yaml_problem(exc)
        raise Stop([error("E401", f"不是合法的 YAML: {problem}", span, file=source.name,
                            hint="检查缩进(用空格,不用制表符)和冒号后的空格")]) from None
    except yaml.YAMLError as exc:
        raise Stop([error("E401", f"不是合法的 YAML: {exc}", None, file=source.name)]) from None
    if node is None:
        raise Stop([error("E402", "事实文件是空的", None, file=source.name,
                            hint="至少写出 rubric: 和 units:")])
    # Each node may be reached many times through aliases; allow a generous multiple of the
    # file's own nodes, which honest files never reach (its nodes, not its length: a long
    # comment must not buy a billion-laughs file a bigger budget).
    shared = shared or Budget()
    budget = 50 * max(_distinct_nodes(node), shared.floor)
    return _Expander(source, budget, shared).convert(node)


def _distinct_nodes(root) -> int:
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            stack.extend(part for pair in node.value for part in pair)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
    return len(seen)


def _too_deep(text: str):
    """The mark where the text nests deeper than MAX_DEPTH, or None.

    libyaml composes nested collections by recursion in C, and its scanner slows down
    quadratically with the depth of flow collections: 100 000 `[` (or `- - - …`) crash
    the process instead of raising. Its tokens alone come without recursion, and stopping
    at MAX_DEPTH keeps the scan linear.
    """
    loader = _Loader(text)
    depth = 0
    try:
        while True:
            try:
                token = loader.get_token()
            except yaml.MarkedYAMLError as exc:
                # libyaml 0.2.6 (PyYAML 6.0.4 wheels) stops at 1000 flow levels itself,
                # while looking ahead from the first `[`: the same problem, said our way
                if "nesting" in (exc.problem or ""):
                    return exc.problem_mark
                raise
            if token is None or isinstance(token, yaml.StreamEndToken):
                return None
            if isinstance(token, _OPENS):
                depth += 1
                if depth > MAX_DEPTH:
                    return token.start_mark
            elif isinstance(token, _CLOSES):
                depth -= 1
    finally:
        loader.dispose()


def _yaml_problem(exc: yaml.MarkedYAMLError) -> str:
    problem = exc.problem or exc.context or "格式错误"
    translations = {
        "found character '\\t' that cannot start any token": "不能用制表符(Tab)缩进",
        "found character that cannot start any token": "这里有不能出现的字符(常见原因: 用制表符(Tab)缩进)",
        "mapping values are not allowed here": "这里不能有冒号(是否缩进不对,或值里有未加引号的冒号)",
        "could not find expected ':'": "缺少冒号",
        "found undefined alias": "引用了未定义的别名",
    }
    for english, chinese in translations.items():
        if problem.startswith(english):
            return chinese
    return problem


# ------------------------------------------------------------------------- envelope

@dataclass(frozen=True)
class FactsEnvelope:
    """The top level of a facts file: the rubric it names, its period, its units."""

    rubric: str | None = None
    period: int | str | None = None
    units: dict[str, Any] = field(default_factory=dict)


@functools.lru_cache(maxsize=1)
def _envelope_model():
    """The pydantic model a YAML file's top level is checked with (pydantic is imported
    when a YAML file is read: a CSV form, `check` and `try` do without it)."""
    from pydantic import BaseModel, ConfigDict, field_validator

    class Envelope(BaseModel):
        model_config = ConfigDict(extra="forbid")

        rubric: str | None = None
        period: int | str | None = None
        units: dict[str, Any]

        @field_validator("units")
        @classmethod
        def _units_not_empty(cls, value: dict) -> dict:
            if not value:
                raise ValueError("units 下面没有任何单位")
            return value

    return Envelope


_ENVELOPE_WORDS = {"rubric": "细则文件路径", "period": "考评年度", "units": "各单位的事实"}


def check_envelope(doc: Located, source: Source) -> FactsEnvelope:
    if not isinstance(doc.value, dict):
        raise Stop([error("E402", "事实文件最外层应是 rubric: / units: 这样的键值", Span.point(
            source.name, doc.line, doc.column), hint="参照 examples/ 里的事实文件")])
    plain = {k: (v.value if not isinstance(v.value, (dict, list)) else v.value)
             for k, v in doc.value.items()}
    from pydantic import ValidationError

    try:
        valid = _envelope_model().model_validate(plain)
    except ValidationError as exc:
        diagnostics = []
        for problem in exc.errors():
            key = str(problem["loc"][0]) if problem["loc"] else ""
            where = doc.keys.get(key, (doc.line, doc.column))
            span = Span.point(source.name, *where)
            kind = problem["type"]
            if kind == "missing":
                message = f"缺少 {key}:({_ENVELOPE_WORDS.get(key, key)})"
            elif kind == "extra_forbidden":
                guess = difflib.get_close_matches(key, list(_ENVELOPE_WORDS), n=1)
                message = f"最外层不认识“{key}”" + (f",是不是 {guess[0]}?" if guess else "")
            elif key == "units" and kind == "dict_type":
                message = "units 下面应是“单位名: 事实…”的映射"
            elif key == "units":
                message = "units 下面没有任何单位"
            else:
                message = f"{key} 的值不对: {problem['msg']}"
            diagnostics.append(error("E402", message, span,
                                     hint="最外层只有 rubric(细则路径)、period(年度)、units(各单位)"))
        raise Stop(diagnostics) from None
    return FactsEnvelope(valid.rubric, valid.period, valid.units)


# --------------------------------------------------------------------------- values

class _Values:
    """Conversion of one written value to what the scoring functions read."""

    def __init__(self, places: int):
        self.places = places
        self.yes = terminal_regex("YES")
        self.no = terminal_regex("NO")
        self.missing = terminal_regex("MISSING")

    def is_missing(self, value) -> bool:
        return isinstance(value, str) and self.missing.fullmatch(value.strip()) is not None

    def number(self, value) -> Decimal | None:
        if isinstance(value, bool):
            return None
        if isinstance(value, int):
            return Decimal(value)
        if isinstance(value, Decimal):
            return value
        if isinstance(value, str):
            text = _ungrouped(unicodedata.normalize("NFKC", value).strip())
            percent = text.endswith(tuple(PARTS_OF_A_WHOLE))  # 1.8‰: a rate in thousandths
            try:
                number = Decimal(text[:-1] if percent else text)
            except InvalidOperation:
                return _numeral(text)
            if not number.is_finite():
                return None
            if percent and number and number.adjusted() >= MAX_DIGITS + 2:
                return number  # 1e999999999% cannot even be divided; too large either way (E416)
            return number / PARTS_OF_A_WHOLE[text[-1]] if percent else number
        return None

    def is_percent_text(self, value) -> bool:
        return isinstance(value, str) and unicodedata.normalize("NFKC", value).strip().endswith(tuple(PARTS_OF_A_WHOLE))

    def scaled(self, number: Decimal) -> int:
        return int(number.scaleb(self.places))


def _numeral(text: str) -> Decimal | None:
    """Chinese numerals in a value (两, 十二, 百分之八十), when they are exact. A comma left after
    `_ungrouped` groups no thousands: 1,0,2 is three values typed as one (read as 102)."""
    if re.search("[,，]", text):
        return None
    try:
        value, _, _ = parse_number(text)
    except NumeralError:
        return None
    return exact_decimal(value)


class Validator:
    def __init__(self, source: Source, schema: Schema, places: int):
        self.source = source
        self.schema = schema
        self.values = _Values(places)
        self.places = places
        self.diagnostics: list[Diagnostic] = []
        # 好的给8-10分,一般的给4-7分: (points fact, its place, the level fact, its place, each level's
        # range), worked out once for every unit of every reader (YAML, workbook, try)
        names = list(schema.facts)
        self.judged_levels = [(fact, index, spec.by_level[0], names.index(spec.by_level[0]), spec.by_level[1])
                              for index, (fact, spec) in enumerate(schema.facts.items()) if spec.by_level is not None]

    def report(self, code: str, message: str, where: Located | tuple[int, int], unit: str,
               hint: str = "") -> None:
        span = where.span(self.source.name) if isinstance(where, Located) else \
            _point(self.source.name, where)
        self.diagnostics.append(error(code, f"单位“{unit}”: {message}", span, hint=hint))

    def unit(self, name: str, body: Located, key_at: tuple[int, int]) -> UnitFacts | None:
        if not isinstance(body.value, dict):
            self.report("E402", "应在单位名下面逐行写“事实名: 值”", body, name)
            return None
        facts = body.value
        out: list = [None] * len(self.schema.facts)
        missing: list[str] = []
        known = self.schema.facts
        for key, located in facts.items():
            if key not in known:
                guess = difflib.get_close_matches(key, list(known), n=1, cutoff=0.4)
                self.report("E403", f"细则里没有名为“{key}”的事实"
                            + (f",是不是“{guess[0]}”?" if guess else ""),
                            body.keys.get(key, (body.line, body.column)), name,
                            hint="事实名称要与细则规则行冒号前的名称一字不差")
        for index, (fact, spec) in enumerate(known.items()):
            if fact not in facts:
                self.report("E404", f"缺少事实“{fact}”({spec.kind.label})", key_at, name,
                            hint="如果该项没有上报,请写“缺报”")
                continue
            out[index], absent = self.value(spec, facts[fact], name, fact)
            if absent:
                missing.append(fact)
        self.judged_within_level(out, facts.__getitem__, name)
        raw = {k: plain_tree(v) for k, v in facts.items()}
        return UnitFacts(name, _point(self.source.name, key_at), out, raw, missing)

    def judged_within_level(self, out: list, written, unit: str) -> bool:
        """好的给8-10分,一般的给4-7分: the points judged lie within the range of the level given
        (`out` in the schema's order, `written(fact)` where a value was written); False where some
        do not, each reported."""
        fine = True
        for fact, index, level_fact, level_index, ranges in self.judged_levels:
            given = out[level_index]
            if out[index] is None or given is None:
                continue
            low, high = ranges[given]
            if not self.values.scaled(low) <= out[index] <= self.values.scaled(high):
                located = written(fact)
                level = self.schema.facts[level_fact].grades[given]
                self.report("E408", f"“{fact}”的评定分 {_show(located.value)} 不在“{level}”的 {plain(low)}—{plain(high)} 分之间",
                            located, unit, hint="评定分要在所评档次的范围内;或改填与这个分数相符的档次")
                out[index] = None
                fine = False
        return fine

    def value(self, spec: FactSpec, located: Located, unit: str, fact: str) -> tuple[Any, bool]:
        """(what the scoring functions read, whether it was reported 缺报) of one fact."""
        if self.values.is_missing(located.value):
            if spec.roles == {Role.DEDUCTIONS}:
                self.report("E415", f"“{fact}”属于扣分项,不能写缺报", located, unit,
                            hint="扣分项没有分值可扣光,请填写实际次数(没有就填 0)")
            return None, True
        return self.convert(spec, located, unit, fact), False

    def convert(self, spec: FactSpec, located: Located, unit: str, label: str):
        value = located.value
        kind = spec.kind
        if value is None:
            self.report("E409", f"“{label}”没有填写", located, unit, hint="填写数值;没有上报的写“缺报”")
            return None
        if kind is Kind.BOOL:
            if isinstance(value, bool):
                return value
            if isinstance(value, str):
                text = value.strip()
                if self.values.yes.fullmatch(text):
                    return True
                if self.values.no.fullmatch(text):
                    return False
            self.report("E405", f"“{label}”应填 是 或 否,而不是“{_show(value)}”", located, unit)
            return None
        if kind is Kind.RECORDS:
            return self.records(spec, located, unit, label)
        if kind is Kind.LEVEL:
            # (有结余,但… for 有结余，但…: the width of a comma or digit typed is no part of the name)
            word = unicodedata.normalize("NFKC", to_simplified(value.strip())) if isinstance(value, str) else None
            levels = [unicodedata.normalize("NFKC", to_simplified(level)) for level in spec.grades]
            if word in levels:
                return levels.index(word)
            if spec.none_level and word and self.values.no.fullmatch(word):
                return len(levels)  # (无: none of the levels reached, each of which earns points)
            # 优秀 for 优秀等次 (良好等次 for 良好): the level's name without the word for a level
            named_end = remembered_regex(f"(?<=[\u4e00-\u9fff])(?:{terminal_regex('LEVEL_SUFFIX').pattern})$")
            bare = [named_end.sub("", level) for level in levels]
            word = named_end.sub("", word) if word else word
            if word and bare.count(word) == 1:
                return bare.index(word)
            # 技师 for 中级职称、技师: one of the names a level lists (高级技师 is another level's)
            named = [i for i, level in enumerate(levels) if word in re.split("[、/]", level)]
            if len(named) == 1:
                return named[0]
            # 有体现 for 质量工作在政府工作报告中有体现, 工作机制不健全,运行一般 or 结论清晰 for 一般 or 高:
            # words of one option alone (体现 in 有体现 and 无体现 is refused), as the sentence gives the
            # option (its name, 一般, may be a part of it)
            blank = re.compile(r"\s+")
            options = [blank.sub("", unicodedata.normalize("NFKC", to_simplified(o))) for o in spec.options or levels]
            words = blank.sub("", word or "")
            # (称职 for 不称职, 达标 for 不达标: the words denied are the other grade, never this one)
            within = [i for i, option in enumerate(options) if len(words) >= 2 and _holds(option, words)
                      and not _denied_in(option, words)]
            if len(within) == 1:
                return within[0]
            # 全部合格 for 合格, 有批有改,细致认真 for 细致认真: one level's whole name and words of no
            # degree or denial (较差 is not 差, 不完全合格 not 合格)
            other = remembered_regex(f"{terminal_regex('DEGREE_WORD').pattern}|{terminal_regex('NEG').pattern}")
            holding = [i for i, level in enumerate(levels) if word and level and _holds(word, level)
                       and other.search(word.replace(level, "")) is None]
            if len(holding) == 1:
                return holding[0]
            self.report("E405", f"“{label}”应填档次之一: {'、'.join(f'“{g}”' for g in spec.grades)},"
                                f"而不是“{_show(value)}”", located, unit,
                        hint="照抄档次的文字,或只写其中能分清是哪一档的几个字")
            return None
        if kind is Kind.GRADE:
            if isinstance(value, str) and value.strip() in spec.grades:
                return value.strip()
            self.report("E405", f"“{label}”应填等级名称之一: {'、'.join(spec.grades)},而不是“{_show(value)}”",
                        located, unit)
            return None
        if kind is Kind.AMOUNTS:
            if not isinstance(value, list) and self.values.number(value) is not None:
                value = [located]  # one occurrence, its amount written alone
            if not isinstance(value, list):
                self.report("E405", f"“{label}”应是评定分的列表,例如 [0.5, 1]", located, unit)
                return None
            items = [self.number_value(spec, item, unit, f"{label}第{i + 1}项", Kind.AMOUNT)
                     for i, item in enumerate(value)]
            return None if any(i is None for i in items) else items
        return self.number_value(spec, located, unit, label, kind)

    def number_value(self, spec: FactSpec, located: Located, unit: str, label: str, kind: Kind):
        value = located.value
        if isinstance(value, (list, dict)):
            self.report("E405", f"“{label}”应是一个{kind.label},而不是列表或映射", located, unit)
            return None
        if spec.magnitude > 1:
            value = self._magnitude_said(spec, value, located, unit, label)
            if value is None:
                return None
        elif spec.unit_words and isinstance(value, str):
            value = self._unit_said(spec, value, located, unit, label)
            if value is None:
                return None
        number = self.values.number(value)
        if number is None:
            spelled = isinstance(value, str) and _SPELLED_NUMBER.fullmatch(value.strip()) is not None
            self.report("E405", f"“{label}”应是{kind.label},而不是“{_show(value)}”", located, unit,
                        hint="用十进制数字填写,例如 3、0.5 或 85%" + ("(0x10、1:30 这类 YAML 1.1 写法不读作数字)"
                                                              if spelled else ""))
            return None
        if number and number.adjusted() >= MAX_DIGITS:  # adjusted(): abs() itself overflows on 1e999999999
            # str, not _show: written out in full, 1e999999999 would be a billion characters
            self.report("E416", f"“{label}”的值过大({str(value)[:40]})", located, unit,
                        hint="请核对;事实的值应小于一千万亿(10^15)")
            return None
        if decimal_places(number) > self.places:
            self.report("E411", f"“{label}”的小数位数超过 {self.places} 位", located, unit,
                        hint=f"最多保留 {self.places} 位小数")
            return None
        percent_written = self.values.is_percent_text(value)
        if spec.points_of_percent and percent_written:
            # 每低1%扣1分: 97% may be the rate (3 below 100%) or a fall of 97 points
            self.report("E405", f"“{label}”写成了百分数,但这里要填的是几个百分点(如 3),不是比率本身",
                        located, unit, hint="填百分点数,例如差3个百分点填 3、完成85%按每1%计分填 85;"
                                            "要按比率本身与标准比较的,请在规则里写明标准,例如 低于95%的,每低1个百分点扣1分")
            return None
        if spec.bare and percent_written:
            # 低于80扣3分: the rule compares with a bare 80, which 85% is not comparable to
            self.report("E405", f"“{label}”写成了百分数,但规则比较的是不带%的数(如 低于80)", located, unit,
                        hint=f"按规则的写法填数值,例如 {_show(value).rstrip('%％')};或把规则改成 低于80%")
            return None
        if kind is Kind.COUNT:
            if percent_written or number != number.to_integral_value():
                self.report("E405", f"“{label}”是数量,应为整数,而不是“{_show(value)}”", located, unit)
                return None
            if number < 0:
                self.report("E406", f"“{label}”是数量,不能为负数({_show(value)})", located, unit)
                return None
        elif kind is Kind.QUANTITY:
            if number < 0:
                self.report("E406", f"“{label}”不能为负数({_show(value)})", located, unit)
                return None
        elif kind is Kind.RATE:
            if not percent_written and spec.percent_only:
                # 提高0.5个百分点以上的: 0.3 may be 0.3 points or 30%
                self.report("E405", f"“{label}”是几个百分点的变化,“{_show(value)}”要写成百分数", located, unit,
                            hint="按百分点填写并带上 %,例如 提高0.3个百分点填 0.3%")
                return None
            if not percent_written and number > 1:
                self.report("E405", f"“{label}”是比率,“{_show(value)}”看不出是百分之几", located, unit,
                            hint=f"写成 {_show(value)}% 或 {number / 100}")
                return None
            if number < 0 and not spec.signed:
                self.report("E406", f"“{label}”是比率,不能为负数", located, unit)
                return None
            if spec.most is not None and number > spec.most and not spec.signed:
                message, hint = _above_most(spec, label, value)
                self.report("E407", message, located, unit, hint=hint)
                return None
        elif kind is Kind.AMOUNT:
            low, high = spec.low, spec.high
            if low is not None and (number < low or number > high) and not (spec.zero_ok and number == 0):
                self.report("E408", f"“{label}”的评定分 {_show(value)} 不在 {low}—{high} 分之间",
                            located, unit, hint="评定分必须在规则写明的范围内")
                return None
        return self.values.scaled(number)

    def _magnitude_said(self, spec: FactSpec, value, located: Located, unit: str, label: str):
        """达到5万元的得2分: a value of 8 may be 8 元 or 8 万元 (read as 8 元, 8万元 of income scored
        nothing). Written with its magnitude (8万, 8万元) or its unit (80000元) it is read; 0 is 0
        in any; a bare number is refused. Returns the value as the number reader takes it."""
        text = _ungrouped(unicodedata.normalize("NFKC", value).strip()) if isinstance(value, str) else None
        word = spec.unit_word
        if text is not None and text.endswith(word) and len(text) > len(word):
            return text[:-len(word)]  # 80000元, 8万元
        if text is not None:
            try:
                if parse_number(text)[1] >= MAGNITUDE_MIN:
                    return text  # 8万, 999万 of a rule in 亿
            except NumeralError:
                return value  # not a number: refused as one, below
        number = self.values.number(value)
        if number is None or number == 0 or self.values.is_percent_text(value):
            return value
        shown, big = plain(number), magnitude_name(spec.magnitude)
        self.report("E418", f"“{label}”在规则里按“{big}{word}”计,“{_show(value)}”看不出是{shown}{word}还是"
                            f"{shown}{big}{word}", located, unit, hint=f"写明单位,例如 {shown}{big}{word} 或 {shown}{word}")
        return None

    def _unit_said(self, spec: FactSpec, value: str, located: Located, unit: str, label: str):
        """逾期3天, 125吨: a value written with the word the sentence counts it in is its number; with
        another word (3天 where the sentence counts 工作日) it is refused: which was meant? Returns
        the value as the number reader takes it, or None once reported."""
        written = _NUMBER_AND_WORD.fullmatch(unicodedata.normalize("NFKC", value).strip())
        if written is None or self.values.number(value) is not None:
            return value
        number, word = written.groups()
        spelling = terminal_regex("UNIT_SPELLING")
        if spelling.sub("", word) in {spelling.sub("", w) for w in spec.unit_words}:
            return _ungrouped(number)
        first = spec.unit_words[0]
        self.report("E405", f"“{label}”按“{first}”计,“{_show(value)}”的单位不同", located, unit,
                    hint=f"换算成{first}的个数再填,例如 1{first[1:]}填2" if first.startswith("半")
                    else f"换算成{first}再填,例如 3{first};或只填数字")
        return None

    def records(self, spec: FactSpec, located: Located, unit: str, label: str):
        value = located.value
        if not isinstance(value, list):
            self.report("E405", f"“{label}”应是记录列表,例如 [{{{_first(spec)}: 62000}}]", located, unit)
            return None
        rows = []
        names = list(spec.attributes)
        for i, item in enumerate(value):
            if not isinstance(item.value, dict):
                self.report("E405", f"“{label}”第{i + 1}条应写成 {{{_first(spec)}: 值}}", item, unit)
                return None
            row = []
            for attr in names:
                if attr not in item.value:
                    self.report("E404", f"“{label}”第{i + 1}条缺少“{attr}”", item, unit)
                    return None
                row.append(self.number_value(spec.attributes[attr], item.value[attr], unit,
                                             f"{label}第{i + 1}条的{attr}", spec.attributes[attr].kind))
            extra = [k for k in item.value if k not in spec.attributes]
            for k in extra:
                self.report("E403", f"“{label}”第{i + 1}条有细则不读的“{k}”", item, unit,
                            hint="记录里只需要: " + "、".join(names))
            if any(x is None for x in row):
                return None
            rows.append(row[0] if len(row) == 1 else tuple(row))
        return rows


def _above_most(spec: FactSpec, label: str, value) -> tuple[str, str]:
    """E407's message and hint: 100% unless the rubric declares the rate's range."""
    most = plain(spec.most * 100)
    if spec.declared is None:
        return (f"“{label}”是比率,不能超过100%(填的是 {_show(value)})",
                f"核对分子分母;若这个比率确实可以超过100%,在细则开头声明: 事实 {spec.name}: 比率, 可超过100%")
    return (f"“{label}”不能超过细则声明的 {most}%(填的是 {_show(value)})",
            f"核对分子分母;上限见 {spec.declared.span.file}:{spec.declared.span.line} 的声明")


def _first(spec: FactSpec) -> str:
    return next(iter(spec.attributes), "属性")


def _denied_in(whole: str, part: str) -> bool:
    """Is `part` in `whole` only after a word of denial (称职 in 不称职)?"""
    denial = remembered_regex(f"(?:{terminal_regex('NEG').pattern})$")
    return all(denial.search(whole[:m.start()]) for m in re.finditer(re.escape(part), whole))


def _holds(whole: str, part: str) -> bool:
    """Is `part` in `whole` as words of their own? Ⅴ类 is no part of Ⅳ类, nor Ⅱ类 of Ⅲ类: after NFKC
    the numerals are letters (V, IV), and letters run on only within one numeral."""
    return re.search(rf"(?<![A-Za-z]){re.escape(part)}(?![A-Za-z])", whole) is not None


def _show(value) -> str:
    if isinstance(value, Located):
        value = value.value
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)[:40]


def plain_tree(located: Located):
    """A located tree as plain values (as written, for explanations)."""
    value = located.value
    if isinstance(value, dict):
        return {k: plain_tree(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain_tree(v) for v in value]
    return value


def read_facts_document(source: Source) -> tuple[Located, FactsEnvelope]:
    with collector_paused():
        doc = read_yaml(source)
    return doc, check_envelope(doc, source)


def long_name(name: str, where: Span) -> Diagnostic | None:
    """E417 when a unit's name is longer than MAX_NAME (it is shown shortened), else None."""
    if len(name) <= MAX_NAME:
        return None
    return error("E417", f"单位名称有 {len(name)} 个字符,超过上限 {MAX_NAME}(“{name[:20]}…”)", where,
                 hint="只写单位的名称;说明和数据请写在别处")


def validate_units(source: Source, doc: Located, schema: Schema, places: int) -> list[UnitFacts]:
    """Every unit converted for scoring; raise Stop listing every problem in the file."""
    units_node: Located = doc.value["units"]
    validator = Validator(source, schema, places)
    out: list[UnitFacts] = []
    with collector_paused():
        for name, body in units_node.value.items():
            too_long = long_name(name, _point(source.name, units_node.keys[name]))
            if too_long is not None:
                validator.diagnostics.append(too_long)
                continue
            unit = validator.unit(name, body, units_node.keys[name])
            if unit is not None:
                out.append(unit)
    if validator.diagnostics:
        raise Stop(validator.diagnostics)
    return out
