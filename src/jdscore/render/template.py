"""The data-collection form of a rubric: a commented facts YAML skeleton, a JSON Schema of
the facts, a workbook or a CSV to fill in (`jdscore template`).

Everything comes from the rubric's schema (`schema.py`): which facts exist, what kind
each is, its allowed range, and the rule sentences that read it. The words a facts file
may use for yes, no and 缺报 come from the grammar's terminals, like the validator's.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import field
from decimal import Decimal

import yaml

from ..records import dataclass
from .. import ast as A
from ..numerals import magnitude_name, plain
from ..parser import lark_parser
from ..schema import MAGNITUDE_MIN, FactSpec, Kind, Schema, metric_inputs
from .. import tabular

# ------------------------------------------------------------------- the catalogue


def grammar_words(terminal: str) -> list[str]:
    """The literal alternatives of a keyword terminal (YES -> 是, 有, …), in grammar order."""
    pattern = lark_parser().get_terminal(terminal).pattern.value
    return [w for w in pattern.split("|") if w and re.escape(w) == w]


def yes_word() -> str:
    return grammar_words("YES")[0]


def no_word() -> str:
    return grammar_words("NO")[0]


def level_words(spec) -> list[str]:
    """The words a level fact takes: its levels, and 否 where a unit may have reached none."""
    return [*spec.grades, no_word()] if spec.none_level else list(spec.grades)


def missing_word() -> str:
    return grammar_words("MISSING")[0]


@dataclass
class FactInfo:
    name: str
    spec: FactSpec
    unit: str                              # 个, 人次, %, 分, or ""
    rules: list[tuple[str, str]]           # (item, sentence as written)
    metrics: list[A.Metric] = field(default_factory=list)

    @property
    def kind(self) -> Kind:
        return self.spec.kind

    @property
    def missing_allowed(self) -> bool:
        return self.spec.roles != {A.Role.DEDUCTIONS}

    def range_text(self) -> str:
        spec = self.spec
        if spec.kind is Kind.COUNT:
            return "≥0 的整数"
        if spec.kind is Kind.QUANTITY:
            return "≥0"
        if spec.kind is Kind.RATE and spec.signed:
            return "变化的百分点,下降为负(如 -2%)"
        if spec.kind is Kind.RATE:
            return "≥0%,可超过100%" if spec.most is None else f"0%—{plain(spec.most * 100)}%"
        if spec.kind is Kind.NUMBER:
            return "任意数值"
        if spec.kind is Kind.BOOL:
            return f"{yes_word()} 或 {no_word()}"
        if spec.kind is Kind.AMOUNT and spec.by_level is not None:
            return f"{plain(spec.low)}—{plain(spec.high)}分,在所评档次的范围内"
        if spec.kind is Kind.AMOUNT:
            return f"{plain(spec.low)}—{plain(spec.high)}分"
        if spec.kind is Kind.AMOUNTS:
            return f"每次 {plain(spec.low)}—{plain(spec.high)}分"
        if spec.kind in (Kind.GRADE, Kind.LEVEL):  # (a level fell through to the records' words)
            return "、".join(level_words(spec)) + " 之一"
        return "每条记录写 " + "、".join(spec.attributes)

    def summary(self) -> str:
        """One line: kind, unit, range, whether 缺报 is allowed."""
        parts = [self.kind.label]
        if self.unit and self.kind not in (Kind.RATE, Kind.AMOUNT, Kind.AMOUNTS):
            parts.append(f"单位: {self.unit}")
        parts.extend(self.spec.hints())
        parts.append(f"范围: {self.range_text()}")
        parts.append(f"可填{missing_word()}" if self.missing_allowed else f"不能填{missing_word()}(扣分项)")
        return ";".join(parts)

    def example(self) -> str | None:
        if self.kind is Kind.AMOUNTS:
            return f"[{plain(self.spec.low)}, {plain(self.spec.high)}]"
        if self.kind is Kind.RECORDS:
            # (收入5万元以上: a bare 1 is refused, 1元 or 1万元?)
            record = ", ".join(f"{a}: {'8' + magnitude_name(spec.magnitude) if spec.magnitude > 1 else 1}"
                               for a, spec in self.spec.attributes.items())
            return f"[{{{record}}}, {{{record}}}]"
        return None


def item_label(group: A.Group) -> str:
    points = ""
    if group.points is not None:
        points = f"({plain(group.points)}分)"
    elif group.cap is not None:
        points = f"(最多{plain(group.cap)}分)"
    return (group.level if group.title == group.level else f"{group.level}“{group.title}”") + points


def line_items(rubric: A.Rubric) -> dict[int, str]:
    """id(rule line) -> the item it belongs to, as a label (项目“…”(8分))."""
    out: dict[int, str] = {}

    def walk(node, parents):
        if isinstance(node, A.RuleLine):
            out[id(node)] = " / ".join(item_label(g) for g in parents) if parents else "(不属于任何项目)"
        elif isinstance(node, A.Group):
            for child in node.children:
                walk(child, parents + [node])

    for node in rubric.body:
        walk(node, [])
    return out


def _unit_word(line: A.RuleLine) -> str:
    for clause in line.clauses:
        for phrase in clause.phrases:
            for node in phrase.walk():
                if isinstance(node, A.Per) and node.word:
                    return node.word
                if isinstance(node, A.Quantity) and node.unit in (A.Unit.COUNT, A.Unit.MEASURE) and node.word:
                    return node.word
    return ""


def catalogue(rubric: A.Rubric, schema: Schema) -> list[FactInfo]:
    items = line_items(rubric)
    out = []
    for name, spec in schema.facts.items():
        if spec.kind is Kind.RATE:
            unit = "%"
        elif spec.kind in (Kind.AMOUNT, Kind.AMOUNTS):
            unit = "分"
        elif spec.kind in (Kind.BOOL, Kind.NUMBER):
            unit = ""  # a rank rule's 第1名 is the place, not the unit of what is ranked
        else:
            unit = next((w for w in (_unit_word(line) for line in spec.lines) if w), "")
        rules = [(items.get(id(line), ""), line.text) for line in spec.lines]
        metrics = [m for m in rubric.metrics if any(r.name == name for r in metric_inputs(m.expr))]
        out.append(FactInfo(name, spec, unit, rules, metrics))
    return out


def header_line(rubric: A.Rubric) -> str:
    title = rubric.title or "(未命名细则)"
    if rubric.year:
        title += f"({rubric.year}年度)"
    if rubric.subject:
        title += f",考评对象: {rubric.subject}"
    return title


def _metric_text(metric: A.Metric) -> str:
    return f"指标“{metric.name}”" + (f"({metric.description})" if metric.description else "") + "的输入"


# ---------------------------------------------------------------------------- YAML

def _yaml_scalar(value: str) -> str:
    """A key or value as YAML writes it (quoted only when it must be)."""
    text = yaml.safe_dump(value, allow_unicode=True, default_flow_style=True, width=10_000)
    text = text.rstrip("\n")
    if text.endswith("\n..."):
        text = text[: -len("\n...")]
    return text


def _instructions() -> list[str]:
    yes, no, missing = yes_word(), no_word(), missing_word()
    return [
        "填写方法: 每个单位一段,单位名称下逐行填写全部事实(冒号后空一格再填)。",
        f"  数量填整数(如 5);比率填 87% 或 0.87;是/否填 {yes} 或 {no};评定分填考评组给出的分数。",
        f"  没有上报的填 {missing}(扣分项中的事实不能缺报,没有就填 0)。",
        "  复制整段(单位名称及其下面各行)可以添加更多单位;名称要与细则一字不差。",
    ]


def to_yaml(rubric: A.Rubric, schema: Schema, rubric_ref: str, units: list[str] | None = None) -> str:
    facts = catalogue(rubric, schema)
    units = units or ["单位名称"]
    out = [f"# 事实采集表: {header_line(rubric)}",
           "# 由 jdscore template 生成;填好后运行 jdscore score 本文件。",
           "#"]
    out += [f"# {line}" for line in _instructions()]
    out.append(f"rubric: {_yaml_scalar(rubric_ref)}   # 细则文件,相对于本文件所在目录")
    if rubric.year:
        out.append(f"period: {rubric.year}")
    out.append("units:")
    for n, unit in enumerate(units):
        # A rubric that reads no facts still needs each unit, as an empty mapping.
        out.append(f"  {_yaml_scalar(unit)}:" + ("" if facts else " {}"))
        for i, fact in enumerate(facts):
            if n == 0:
                if i:
                    out.append("")
                out.append(f"    # {fact.name}: {fact.summary()}")
                for item, sentence in fact.rules:
                    out.append(f"    #   {item}: {sentence}")
                for metric in fact.metrics:
                    out.append(f"    #   {_metric_text(metric)}")
                example = fact.example()
                if example:
                    out.append(f"    #   例: {example}")
            out.append(f"    {_yaml_scalar(fact.name)}:")
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------- JSON Schema

_DECIMAL = re.compile(r'"\\u0000DEC:([-0-9.]+)\\u0000"')


class _Num(str):
    """A Decimal to be written into JSON as a number, exactly."""


def _num(value: Decimal) -> _Num:
    return _Num("\u0000DEC:" + plain(value) + "\u0000")


def _dumps(data) -> str:
    text = json.dumps(data, ensure_ascii=False, indent=2)
    return _DECIMAL.sub(lambda m: m.group(1), text) + "\n"


_DIGITS = "0-9０-９"
_NUMERALS = "零〇一二两三四五六七八九十百千万"
_COUNT_TEXT = rf"^\s*(?:[{_DIGITS}][{_DIGITS},，]*|[{_NUMERALS}]+)\s*$"
_DECIMAL_TEXT = rf"^\s*[{_DIGITS}][{_DIGITS},，]*(?:[.．][{_DIGITS}]+)?\s*$"
_SIGNED_TEXT = rf"^\s*[-+]?[{_DIGITS}][{_DIGITS},，]*(?:[.．][{_DIGITS}]+)?\s*$"
_PERCENT_TEXT = rf"^\s*[{_DIGITS}]+(?:[.．][{_DIGITS}]+)?\s*[%％]\s*$"
_SIGNED_PERCENT_TEXT = rf"^\s*[-+－]?[{_DIGITS}]+(?:[.．][{_DIGITS}]+)?\s*[%％]\s*$"
_PERCENT_100_TEXT = rf"^\s*(?:(?:100|１００)(?:[.．][0０]+)?|[{_DIGITS}]{{1,2}}(?:[.．][{_DIGITS}]+)?)\s*[%％]\s*$"


def _words_pattern(*terminals: str) -> str:
    words = [w for t in terminals for w in grammar_words(t)]
    return r"^\s*(?:" + "|".join(re.escape(w) for w in words) + r")\s*$"


def _value_schema(kind: Kind, spec: FactSpec) -> dict:
    if spec.magnitude > 1 and kind in (Kind.COUNT, Kind.QUANTITY, Kind.NUMBER):
        return _magnitude_schema(spec)
    if kind is Kind.COUNT:
        return {"anyOf": [{"type": "integer", "minimum": 0}, {"type": "string", "pattern": _COUNT_TEXT}]}
    if kind is Kind.QUANTITY:
        return {"anyOf": [{"type": "number", "minimum": 0}, {"type": "string", "pattern": _DECIMAL_TEXT}]}
    if kind is Kind.RATE and spec.signed:  # a change on last year: below 0 when it fell
        return {"anyOf": [{"type": "number"}, {"type": "string", "pattern": _SIGNED_PERCENT_TEXT}]}
    if kind is Kind.RATE:
        number = {"type": "number", "minimum": 0}
        if spec.most is not None:
            number["maximum"] = _num(spec.most)
        # a percentage written as text is held to 100% by its pattern; any other limit, by jdscore
        text = _PERCENT_100_TEXT if spec.most == 1 else _PERCENT_TEXT
        return {"anyOf": [number, {"type": "string", "pattern": text}]}
    if kind is Kind.NUMBER:
        return {"anyOf": [{"type": "number"}, {"type": "string", "pattern": _SIGNED_TEXT}]}
    if kind is Kind.BOOL:
        return {"anyOf": [{"type": "boolean"}, {"type": "string", "pattern": _words_pattern("YES", "NO")}]}
    if kind is Kind.AMOUNT:
        return {"type": "number", "minimum": _num(spec.low), "maximum": _num(spec.high)}
    if kind is Kind.AMOUNTS:
        return {"type": "array", "items": _value_schema(Kind.AMOUNT, spec)}
    if kind in (Kind.GRADE, Kind.LEVEL):  # (a level fell through to an array of records)
        return {"type": "string", "enum": level_words(spec)}
    attributes = {name: _value_schema(a.kind, a) for name, a in spec.attributes.items()}
    return {"type": "array", "items": {"type": "object", "properties": attributes,
                                       "required": list(spec.attributes), "additionalProperties": False}}


def _magnitude_schema(spec: FactSpec) -> dict:
    """达到5万元: 8万, 8万元, 80000元 or 0 (a bare 8 is refused: 8元 or 8万元?)."""
    big = "".join(magnitude_name(m) for m in (MAGNITUDE_MIN, MAGNITUDE_MIN ** 2))
    number = rf"[{_DIGITS}][{_DIGITS},，]*(?:[.．][{_DIGITS}]+)?\s*"
    word = re.escape(spec.unit_word)
    text = {"type": "string", "pattern": rf"^\s*(?:{number}(?:[{big}]\s*(?:{word})?|{word})|[0０])\s*$"}
    return {"anyOf": [{"const": 0}, text]}


def to_json_schema(rubric: A.Rubric, schema: Schema) -> str:
    facts = catalogue(rubric, schema)
    properties = {}
    for fact in facts:
        value = _value_schema(fact.kind, fact.spec)
        if fact.missing_allowed:
            missing = {"$ref": "#/$defs/missing"}
            value = {"anyOf": value["anyOf"] + [missing]} if list(value) == ["anyOf"] else \
                {"anyOf": [value, missing]}
        description = [fact.summary()] + [f"{item}: {sentence}" for item, sentence in fact.rules]
        description += [_metric_text(m) for m in fact.metrics]
        properties[fact.name] = {"description": "\n".join(description), **value}
    data = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": f"事实文件: {header_line(rubric)}",
        "description": "由 jdscore template --format schema 生成。units 下每个单位一项,填写全部事实。",
        "type": "object",
        "properties": {
            "rubric": {"type": "string", "description": "细则文件路径,相对于事实文件所在目录"},
            "period": {"type": ["integer", "string"], "description": "考评年度"},
            "units": {"type": "object", "minProperties": 1,
                      "additionalProperties": {"$ref": "#/$defs/unit"},
                      "description": "单位名称 → 该单位的事实"},
        },
        "required": ["units"],
        "additionalProperties": False,
        "$defs": {
            "unit": {"type": "object", "properties": properties, "required": [f.name for f in facts],
                     "additionalProperties": False},
            "missing": {"type": "string", "pattern": _words_pattern("MISSING"),
                        "description": "没有上报"},
        },
    }
    return _dumps(data)


# ------------------------------------------------------------------ CSV and workbook

def _hint(fact: FactInfo) -> str:
    text = f"{fact.kind.label};{fact.range_text()}"
    if fact.unit and fact.kind not in (Kind.RATE, Kind.AMOUNT, Kind.AMOUNTS, Kind.BOOL):
        text += f";单位: {fact.unit}"
    text += "".join(f";{hint}" for hint in fact.spec.hints())
    if fact.kind in (Kind.RECORDS, Kind.AMOUNTS):
        text += ";多条用分号分隔,没有写 []"
    return text


def to_csv(rubric: A.Rubric, schema: Schema, rubric_ref: str, units: list[str] | None = None) -> str:
    facts = catalogue(rubric, schema)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    first = [tabular.RUBRIC_LABEL, rubric_ref]
    if rubric.year:
        first += [tabular.PERIOD_LABEL, str(rubric.year)]
    writer.writerow(first)
    writer.writerow([tabular.UNIT_LABEL] + [f.name for f in facts])
    writer.writerow([tabular.HINT_LABEL] + [_hint(f) for f in facts])
    for unit in units or []:
        writer.writerow([unit] + [""] * len(facts))
    return buffer.getvalue()


_FORM_ROWS = 300
# How a column's cells show what is typed, so that it is stored as the rule reads it: a rate
# as a percentage (87 or 87% typed in Excel or WPS is stored as 0.87 and read back as 87%;
# two places, not `0%`, which shows 84.6% as 85% beside a rule of 85%以上), a count as a
# whole number (a fraction is refused by the column's validation), a list as text (a
# `62000;150000` must not become a number or a date).
CELL_FORMATS = {Kind.RATE: "0.0#%", Kind.COUNT: "0", Kind.RECORDS: "@", Kind.AMOUNTS: "@"}


# A list validation is written as one literal, "甲,乙,丙": a name holding a comma or a quote
# cannot be written into it (it split the list, or ended the formula early), and Excel
# refuses a literal longer than 255 characters as damage.
MAX_LISTED = 255


def _validation(fact: FactInfo, cell: str):
    """An Excel data validation for one fact column (None for lists, which are text)."""
    from openpyxl.worksheet.datavalidation import DataValidation

    missing = missing_word()
    or_missing = f',TRIM({cell})="{missing}"' if fact.missing_allowed else ""
    spec = fact.spec
    if spec.magnitude > 1:
        return None  # 8万元 is text (a bare 8 is refused by jdscore: 8元 or 8万元?)
    if fact.kind in (Kind.BOOL, Kind.GRADE, Kind.LEVEL):
        words = [yes_word(), no_word()] if fact.kind is Kind.BOOL else level_words(spec)
        words += [missing] if fact.missing_allowed else []
        listed = ",".join(words)
        if any(mark in word for word in words for mark in ',"') or len(listed) > MAX_LISTED:
            return None  # no list Excel can hold: the column is checked when jdscore reads it
        dv = DataValidation(type="list", formula1=f'"{listed}"', allow_blank=True)
    else:
        if fact.kind is Kind.COUNT:
            test = f"AND(ISNUMBER({cell}),{cell}>=0,{cell}=INT({cell}))"
        elif fact.kind is Kind.QUANTITY:
            test = f"AND(ISNUMBER({cell}),{cell}>=0)"
        elif fact.kind is Kind.RATE and spec.signed:
            test = f"ISNUMBER({cell})"
        elif fact.kind is Kind.RATE:
            test = f"AND(ISNUMBER({cell}),{cell}>=0)" if spec.most is None else \
                f"AND(ISNUMBER({cell}),{cell}>=0,{cell}<={plain(spec.most)})"
        elif fact.kind is Kind.NUMBER:
            test = f"ISNUMBER({cell})"
        elif fact.kind is Kind.AMOUNT:
            test = f"AND(ISNUMBER({cell}),{cell}>={plain(spec.low)},{cell}<={plain(spec.high)})"
        else:
            return None
        formula = f"OR({test}{or_missing})" if or_missing else test
        dv = DataValidation(type="custom", formula1=formula, allow_blank=True)
    dv.showErrorMessage = True
    dv.showInputMessage = True
    dv.errorStyle = "stop"
    dv.errorTitle = "填写有误"
    allowed = fact.range_text() + (f",或 {missing}" if fact.missing_allowed else "")
    dv.error = f"“{fact.name}”应填 {allowed}"[:255]
    dv.promptTitle = fact.name[:32]
    dv.prompt = f"{fact.kind.label};{allowed}"[:255]
    return dv


def to_xlsx(rubric: A.Rubric, schema: Schema, rubric_ref: str, units: list[str] | None = None) -> bytes:
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment

    from .xlsx import BORDER, HEADER_FILL, HEADER_FONT, NOTE_FONT, WRAP_TOP, new_workbook, text, workbook_bytes

    facts = catalogue(rubric, schema)
    units = units or []
    wb = new_workbook(f"事实采集表: {rubric.title}")
    ws = wb.active
    ws.title = tabular.DATA_SHEET
    ws["A1"] = tabular.RUBRIC_LABEL
    ws["B1"] = rubric_ref
    ws["A1"].font = HEADER_FONT
    if rubric.year:
        ws["C1"] = tabular.PERIOD_LABEL
        ws["D1"] = rubric.year
        ws["C1"].font = HEADER_FONT
    header, hint_row, first = 2, 3, 4
    ws.cell(header, 1, tabular.UNIT_LABEL)
    ws.cell(hint_row, 1, tabular.HINT_LABEL)
    for c in (1,):
        ws.cell(header, c).font = HEADER_FONT
        ws.cell(header, c).fill = HEADER_FILL
        ws.cell(header, c).border = BORDER
    ws.cell(hint_row, 1).font = NOTE_FONT
    last = first + max(len(units), _FORM_ROWS) - 1
    for i, unit in enumerate(units):
        ws.cell(first + i, 1, text(unit))
    ws.column_dimensions["A"].width = 18
    for index, fact in enumerate(facts, start=2):
        letter = tabular.column_letter(index)
        cell = ws.cell(header, index, fact.name)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.border = BORDER
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        lines = [fact.name, fact.summary(), ""]
        lines += [f"{item}: {sentence}" for item, sentence in fact.rules]
        lines += [_metric_text(m) for m in fact.metrics]
        comment = Comment("\n".join(lines), "jdscore")
        comment.width = 360
        comment.height = 40 + 20 * (len(lines) + sum(len(s) // 24 for s in lines))
        cell.comment = comment
        note = ws.cell(hint_row, index, _hint(fact))
        note.font = NOTE_FONT
        note.alignment = WRAP_TOP
        ws.column_dimensions[letter].width = min(max(12, 2 * len(fact.name) + 4), 30)
        dv = _validation(fact, f"{letter}{first}")
        if dv is not None:
            ws.add_data_validation(dv)
            dv.add(f"{letter}{first}:{letter}{last}")
        shown = "@" if fact.spec.magnitude > 1 else CELL_FORMATS.get(fact.kind)
        if shown is not None:
            for r in range(first, last + 1):
                ws.cell(r, index).number_format = shown
    ws.row_dimensions[hint_row].height = 45
    ws.freeze_panes = ws.cell(first, 2)
    _guide(wb.create_sheet(tabular.GUIDE_SHEET), rubric, facts, rubric_ref)
    return workbook_bytes(wb)


def _guide(ws, rubric: A.Rubric, facts: list[FactInfo], rubric_ref: str) -> None:
    from openpyxl.styles import Font

    from .xlsx import BORDER, HEADER_FILL, HEADER_FONT, WRAP_TOP

    yes, no, missing = yes_word(), no_word(), missing_word()
    ws["A1"] = f"事实采集表: {header_line(rubric)}"
    ws["A1"].font = Font(bold=True, size=14)
    steps = [
        f"1. 在“{tabular.DATA_SHEET}”工作表中,每个单位填一行: A 列写单位名称,其余各列填该单位的事实。",
        f"2. 第 1 行“{tabular.RUBRIC_LABEL}”右边一格是细则文件的路径(相对于本工作簿所在目录),"
        "jdscore score 据此找到细则;也可以用 --rubric 指定。",
        "3. 第 2 行是事实名称,不要改动;第 3 行是填写要求。A 列以 # 开头的行不会被读取。",
        f"4. 数量填整数;比率填 87%(或 0.87),比率列按百分数显示;是/否从下拉列表选 {yes} 或 {no};"
        "评定分填考评组给出的分数。",
        f"5. 没有上报的填“{missing}”;扣分项中的事实不能缺报,没有就填 0。",
        "6. 列表(多条记录或多次评定)写在一格里,用分号分隔,如 62000;150000;一条也没有写 []。",
        "7. 表头单元格的批注里有读取该事实的规则原文。填好后运行: jdscore score 本文件.xlsx",
    ]
    for i, step in enumerate(steps, start=3):
        ws.cell(i, 1, step)
    row = len(steps) + 4
    columns = ["事实", "类型", "单位", "取值范围", f"可否{missing}", "所在项目", "规则原文"]
    widths = [20, 16, 8, 18, 10, 36, 60]
    for c, (title, width) in enumerate(zip(columns, widths), start=1):
        cell = ws.cell(row, c, title)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.border = BORDER
        ws.column_dimensions[tabular.column_letter(c)].width = width
    for fact in facts:
        row += 1
        items = [item for item, _ in fact.rules] + [_metric_text(m) for m in fact.metrics]
        values = [fact.name, fact.kind.label, fact.unit, fact.range_text(),
                  "可以" if fact.missing_allowed else "不可以", "\n".join(items),
                  "\n".join(sentence for _, sentence in fact.rules)]
        for c, value in enumerate(values, start=1):
            cell = ws.cell(row, c, value)
            cell.alignment = WRAP_TOP
            cell.border = BORDER
