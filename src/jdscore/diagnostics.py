"""The catalogue of diagnostic codes, and the record every stage reports with.

Codes are stable: a code is never renumbered or reused, so that a policy writer can
search for it in the README. E0xx files, E1xx syntax, E2xx meaning of rule sentences
and headers, E3xx/W3xx rubric consistency, E4xx facts files, E5xx `jdscore try`.
"""

from __future__ import annotations

from dataclasses import field
from enum import Enum
from typing import TYPE_CHECKING

from .records import dataclass

if TYPE_CHECKING:  # only in annotations: source.py raises Stop, so it imports this module
    from .source import Span


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def label(self) -> str:
        return {"error": "错误", "warning": "警告", "info": "提示"}[self.value]


# code -> (short Chinese name, short English name)
CATALOGUE: dict[str, tuple[str, str]] = {
    "E001": ("找不到或无法读取文件", "file not found or unreadable"),
    "E002": ("文件不是 UTF-8 编码", "file is not UTF-8"),
    "E003": ("文件过大", "file too large"),
    "E004": ("配置有误", "invalid configuration"),
    "E005": ("命令行用法有误", "command-line usage error"),
    "E006": ("不允许读取的细则路径", "rubric path not allowed"),
    "E101": ("无法识别的字符或写法", "unexpected character"),
    "E102": ("此处不应出现该内容", "unexpected token"),
    "E103": ("文件意外结束", "unexpected end of file"),
    "E104": ("嵌套层次过深", "nesting too deep"),
    "E201": ("规则句没有给出分值", "rule sentence states no points"),
    "E202": ("规则句的分句无法理解", "clause not understood"),
    "E203": ("事实个数与计分分句不符", "facts do not match the scoring clauses"),
    "E204": ("数值无法精确表示", "number not exactly representable"),
    "E205": ("缺少应完成的次数", "deficit rule without a required count"),
    "E206": ("“每低…”之前没有达标线", "shortfall without a threshold"),
    "E207": ("逐条分档需要记录列表", "per-record tiers need a list of records"),
    "E208": ("评定项缺少分值范围", "judged item without a range"),
    "E209": ("比较方向矛盾", "contradictory comparison"),
    "E210": ("无法取反的条件", "condition cannot be negated"),
    "E211": ("表头重复声明", "header declared twice"),
    "E212": ("总分公式有误", "invalid total formula"),
    "E213": ("指标定义有误", "invalid metric"),
    "E214": ("等级划分有误", "invalid grade bands"),
    "E215": ("一票否决规则有误", "invalid veto rule"),
    "E216": ("分组声明有误", "invalid group"),
    "E217": ("达标行写了分值", "a requirement line states points"),
    "E218": ("句子中有没读懂的分值或计分词", "words of a sentence left unread"),
    "E219": ("一句规则分档过多", "too many tiers in one sentence"),
    "W301": ("下级分值之和小于本项分值", "children sum below the declared points"),
    "E302": ("下级分值之和大于本项分值", "children sum above the declared points"),
    "W303": ("封顶分高于本项分值", "cap above the item's points"),
    "W304": ("满分与各项分值之和不符", "full marks differ from the sum of items"),
    "E305": ("引用了未定义的名称", "undefined name"),
    "W306": ("指标已定义但未使用", "metric defined but unused"),
    "E307": ("同一名称被当作两种数据", "one name used as two kinds"),
    "W308": ("同一分组内标题重复", "duplicate title in one group"),
    "W309": ("扣分不设下限时本项可能得负分", "deductions can take an item below 0 (扣分 不设下限)"),
    "W310": ("计分没有上限", "award without an upper limit"),
    # issue 4: tiers, grade bands, full marks, bonus cap, metrics
    "W311": ("分档之间有空档", "gap between tiers"),
    "W312": ("两档的条件重叠", "overlapping tiers"),
    "W313": ("永远用不上的一档", "tier that never applies"),
    "W314": ("有的总分不属于任何等级", "totals in no grade band"),
    "W315": ("两个等级的条件重叠", "overlapping grade bands"),
    "W316": ("永远评不上的等级", "grade band that is never given"),
    "W317": ("满分达不到", "full marks unreachable"),
    "W318": ("加分项中的一项超过加分上限", "bonus item above the bonus cap"),
    "W319": ("加分上限达不到", "bonus cap unreachable"),
    "E320": ("指标重复定义", "metric defined twice"),
    "E401": ("事实文件不是合法的 YAML", "facts file is not valid YAML"),
    "E402": ("事实文件结构有误", "facts file has the wrong shape"),
    "E403": ("未知的事实名称", "unknown fact"),
    "E404": ("缺少事实", "missing fact"),
    "E405": ("事实的类型不对", "wrong type"),
    "E406": ("数量不能为负", "negative count"),
    "E407": ("比率超过 100%", "rate above 100%"),
    "E408": ("评定分超出范围", "judged amount out of range"),
    "E409": ("事实未填写", "empty value"),
    "E410": ("找不到该单位", "unknown unit"),
    "E411": ("小数位数过多", "too many decimal places"),
    "E412": ("YAML 结构过大或嵌套过深", "YAML too large or too deep"),
    "E413": ("重复的键", "duplicate key"),
    "E414": ("细则文件有错误", "the rubric has errors"),
    "E415": ("扣分项不能缺报", "a deduction fact cannot be missing"),
    "E416": ("事实的值过大", "value too large"),
    "E417": ("单位名称过长", "unit name too long"),
    "E501": ("无法理解这句规则", "sentence not understood"),
    "E502": ("给出的值个数不对", "wrong number of values"),
    "E503": ("无法读取给出的值", "unreadable value"),
    # E6xx: diff, template, render and spreadsheet facts files (issue 5)
    "E601": ("细则有错误,无法比较或生成", "the rubric has errors"),
    "E602": ("表格文件无法读取", "spreadsheet unreadable"),
    "E603": ("表格结构有误", "spreadsheet has the wrong layout"),
    "E604": ("单元格的值无法读取", "unreadable cell value"),
    "E605": ("该格式需要输出文件", "this format needs an output file"),
    # E8xx: importing a document, `jdscore import` (issue 14)
    "E801": ("文档无法读取", "document unreadable"),
    "E802": ("不支持的文档格式", "unsupported document format"),
    "E803": ("文档中没有找到考评内容", "no rubric content found in the document"),
    # E7xx: rubric test cases, `jdscore test` (issue 4)
    "E701": ("测试结果与预期不符", "test result differs from the expected"),
    "E702": ("测试用例文件有误", "invalid test case file"),
}


@dataclass(frozen=True)
class Diagnostic:
    code: str
    severity: Severity
    message: str
    span: Span | None = None
    english: str = ""
    hint: str = ""
    # Where the file is known but no position (a missing facts file, say).
    file: str = ""
    notes: tuple[str, ...] = field(default=())

    @property
    def name(self) -> str:
        return CATALOGUE.get(self.code, ("", ""))[0]

    @property
    def location(self) -> str:
        if self.span is not None:
            return str(self.span)
        return self.file

    def sort_key(self) -> tuple:
        if self.span is None:
            return (self.file, 0, 0, self.code)
        return (self.span.file, self.span.line, self.span.column, self.code)

    def to_dict(self) -> dict:
        return {
            "code": self.code,
            "severity": self.severity.value,
            "name": self.name,
            "message": self.message,
            "english": self.english or CATALOGUE.get(self.code, ("", ""))[1],
            "hint": self.hint,
            "location": self.span.to_dict() if self.span else ({"file": self.file} if self.file else None),
            "notes": list(self.notes),
        }


def error(code: str, message: str, span: Span | None = None, *, hint: str = "",
          english: str = "", file: str = "", notes: tuple[str, ...] = ()) -> Diagnostic:
    return Diagnostic(code, Severity.ERROR, message, span, english, hint, file, notes)


def warning(code: str, message: str, span: Span | None = None, *, hint: str = "",
            english: str = "", file: str = "", notes: tuple[str, ...] = ()) -> Diagnostic:
    return Diagnostic(code, Severity.WARNING, message, span, english, hint, file, notes)


# Exit codes of the command line: 1 the input was read and has problems, 2 usage or I/O.
CONTENT, USAGE = 1, 2

# Codes whose problem is the command line or a file that cannot be read at all (exit 2);
# every other code is a problem in what was read (exit 1).
USAGE_CODES = frozenset({"E001", "E002", "E003", "E004", "E005", "E006", "E401", "E412", "E501", "E502",
                         "E503", "E602", "E605", "E801", "E802"})


def exit_code(diagnostics) -> int:
    """The exit code of a run stopped by these diagnostics."""
    return USAGE if any(d.code in USAGE_CODES for d in diagnostics) else CONTENT


class Stop(Exception):
    """A stage cannot go on: the one exception of the pipeline. It carries every diagnostic
    collected so far; the exit code comes from the catalogue (USAGE_CODES) unless the
    caller knows better (`jdscore try` exits 2 for a sentence it cannot read)."""

    def __init__(self, diagnostics: list[Diagnostic], exit_code: int | None = None):
        super().__init__("; ".join(d.message for d in diagnostics))
        self.diagnostics = sorted(diagnostics, key=Diagnostic.sort_key)
        self._exit_code = exit_code

    @property
    def exit_code(self) -> int:
        return self._exit_code if self._exit_code is not None else exit_code(self.diagnostics)


def has_errors(diagnostics: list[Diagnostic]) -> bool:
    return any(d.severity is Severity.ERROR for d in diagnostics)
