"""`jdscore try`: one rule sentence, a few values, the score it gives.

The sentence goes through the same stages as a rubric (grammar, sentence assembly,
compiler); only the rubric around it is built here as an AST, never as text, so nothing
typed on the command line can change the structure it is scored in.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation

from .records import dataclass
from . import ast as A
from .build import parse_band_sentence, parse_sentence
from .diagnostics import CONTENT, USAGE, Diagnostic, Stop, error
from .facts import MAX_DIGITS, MAX_PLACES, Located, Validator
from .numerals import places as decimal_places
from .numerals import plain
from .parser import terminal_regex
from .source import to_simplified
from .pipeline import sentence_rubric
from .compiler import PeerInput
from .runtime import grade_of, rank_inputs
from .schema import Kind, UnitFacts
from .sentences import Context, assemble_bands, sentence_fact_names, slot_texts
from .wording import describe, describe_bands

# Values a validator refuses for what they say (a negative count, a judged amount out of
# range), not for how they are written: exit 1, like the same value in a facts file.
_CONTENT_CODES = {"E406", "E407", "E408", "E411", "E416"}


@dataclass
class Need:
    """One value a sentence reads: its name, its kind, and the words that read it."""

    name: str
    kind: str
    words: str = ""

    def to_dict(self) -> dict:
        return {"name": self.name, "kind": self.kind, "words": self.words}


@dataclass
class TryResult:
    score: str | None  # None: no values were given, the result says what it needs
    understood: str
    rule: dict
    needs: list[Need]

    def to_dict(self) -> dict:
        return {"score": self.score, "understood": self.understood, "rule": self.rule,
                "needs": [n.to_dict() for n in self.needs]}


def read_points(text: str) -> Decimal:
    """--points as an exact number an item may have: Stop (E503) for NaN, an infinity, or
    one too large or too fine to score (1e5000 became an integer of 5,000 digits)."""
    try:
        points = Decimal(unicodedata.normalize("NFKC", text).strip())
    except InvalidOperation:
        points = None
    if points is None or not points.is_finite():
        raise Stop([error("E503", f"--points 的值“{text[:40]}”不是数字", hint="例如 --points 5")], USAGE)
    if points and points.adjusted() >= MAX_DIGITS:
        raise Stop([error("E503", f"--points 的值“{text[:40]}”过大", hint="本项分值应小于一千万亿(10^15)")], USAGE)
    if decimal_places(points) > MAX_PLACES:
        raise Stop([error("E503", f"--points 的值“{text[:40]}”小数位数超过 {MAX_PLACES} 位",
                          hint=f"最多保留 {MAX_PLACES} 位小数")], USAGE)
    return points


def try_rule(text: str, values: list[str] | None, points: Decimal | None = None,
             others: list[list[str]] | None = None) -> TryResult:
    """Score one sentence for the given values; Stop (exit 2 for the sentence, 1 for a value's content) when
    the sentence cannot be read or the values do not fit it. `values` None: none were
    given, and the result says which the sentence needs instead of a score. `others`: the values of the
    other units, for a sentence that compares with the average of all units."""
    bands, problems = _try_bands(text)
    if bands is not None and len(bands.bands) > 1:
        # 优秀(90分以上),良好(80分至89分): two grades and their ranges; read as a rule, the
        # second range was a judged amount and the first grade a heading
        return _grade(bands, values)
    try:
        built = sentence_rubric(text, points)
    except Stop as stop:
        if bands is not None:
            return _grade(bands, values)
        if stop.diagnostics[0].code == "E201" and problems:
            # 90分以上为合格,没有达到90分的为不合格: grades, not a rule with no points
            raise Stop(problems[:1], USAGE) from None
        raise Stop(stop.diagnostics[:1], USAGE) from None
    if bands is not None and isinstance(A.unwrap(built.rule), A.Judged) and any(
            bound is not None and not bound.inclusive for band in bands.bands if band.interval is not None
            for bound in (band.interval.low, band.interval.high)):
        # 110分(不含)至120分(含)为AA级: an end left out is the range of a grade's totals; an
        # amount to judge (给予5至30分) takes both its ends
        return _grade(bands, values)
    program = built.program
    understood = describe(built.rule)
    if points is not None:
        understood += f"(本项{plain(points)}分)"
    needs = _needs(built, points, text)
    if values is None and needs:
        return TryResult(None, understood, A.to_data(built.rule), needs)
    vector, ranks = _values(program, values or [], built.rule, built.source)
    if any(isinstance(entry, PeerInput) for entry in program.rank_inputs):
        ranks = _peer_inputs(program, vector, others, built)
    total, *_ = program.total(vector, ranks)
    return TryResult(plain(program.to_decimal(total)), understood, A.to_data(built.rule), needs)


def _needs(built, points: Decimal | None, text: str) -> list[Need]:
    """The values the sentence reads, in the order `try` takes them."""
    inner = A.unwrap(built.rule)
    if isinstance(inner, A.Rank):
        needs = [Need("名次", "正整数")]
        if _count_asked(inner):
            needs.append(Need("参评单位总数", "正整数"))
        return needs
    words = slot_texts(built.line.clauses, Context(item_points=points))
    specs = _in_sentence_order(built.program.schema)
    needs = []
    ranked = _rank_beside(built.rule)
    for i, spec in enumerate(specs):
        said = words[i] if len(words) == len(specs) else ""
        if ranked is not None and spec.name == ranked.fact.name:  # (a place beside other values)
            needs.append(Need("名次", "正整数", said))
            if _count_asked(ranked):
                needs.append(Need("参评单位总数", "正整数"))
            continue
        kind = spec.kind.label
        if spec.kind in (Kind.RECORDS, Kind.AMOUNTS):
            kind += ",每条记录一个值"
        kind += "".join(f",{hint}" for hint in spec.hints())  # (每周不少于2次: the year's 104, not a week's 2)
        kind += _yes_means(built.rule, spec.name, said, text)
        lighter = i + 1 < len(specs) and _lighter_case(built.rule, spec, specs[i + 1])
        kind += _counted_apart_from(spec, words[i + 1] if len(words) == len(specs) and i + 1 < len(words) else "",
                                    lighter)
        needs.append(Need(spec.name, kind, said))
    _exceptions_told(needs, text)
    _once_told(needs, text)
    if any(isinstance(entry, PeerInput) for entry in built.program.rank_inputs):
        needs.append(Need("--others", "其他单位的值,逗号分隔"))
    return needs


def _exceptions_told(needs: list[Need], text: str) -> None:
    """每处扣0.5分,已整改的除外: the cases a value leaves out are told with the value they follow (the
    prompt quoted only 每处扣0.5分, and a clerk counted the five, two of them rectified)."""
    simple = to_simplified(text)
    for said in terminal_regex("EXCEPTION_SAID").finditer(simple):
        before = [n for n in needs if n.words and 0 <= simple.find(to_simplified(n.words)) < said.start()]
        if before:
            n = before[-1]
            case = said.group(0).strip()[:-2]  # (the words before its 除外, which the match ends with)
            needs[needs.index(n)] = Need(n.name, f"{n.kind},“{case}”不算在内", n.words)


def _once_told(needs: list[Need], text: str) -> None:
    """获得省级、国家级表彰的,分别加1分、2分,不累计: each matter goes in one count alone, its highest; said
    with the counts (the prompt quoted the clause, and a clerk counted one honour at both levels)."""
    said = terminal_regex("NOT_TWICE").search(to_simplified(text))
    counts = [n for n in needs if n.kind.startswith(Kind.COUNT.label)]
    if said is None or not counts:
        return
    # (每发现1处问题扣0.5分,同一单位只扣一次: the units with problems, each once, not the problems)
    told = "同一事项只填在一处(最高一级)" if len(counts) > 1 else "重复的只数一次"
    for n in counts:
        needs[needs.index(n)] = Need(n.name, f"{n.kind},“{said.group(0)}”:{told}", n.words)


def _lighter_case(rule, spec, then) -> bool:
    """每发现一处问题扣0.5分,当场整改的扣0.25分: the next count scored lighter than this one, each; a
    case of the same things, never on top of them (a lighter case costing more than the rest)."""
    def each(name):
        return next((n.points / n.per for n in rule.walk() if isinstance(n, (A.PerCountAward, A.PerCountDeduction))
                     and n.fact.name == name), None)
    if spec.kind is not Kind.COUNT or then.kind is not Kind.COUNT:
        return False
    first, second = each(spec.name), each(then.name)
    return first is not None and second is not None and 0 < second < first


def _counted_apart_from(spec, after: str, lighter: bool = False) -> str:
    """每处扣0.5分;同一问题重复出现的,加倍扣分 (每起扣4分), 情节严重的扣5分, 已破案的每起扣1分, 当场整改的扣
    0.25分: the cases counted twice (or half, or at points of their own) are a count of their own; the count
    before leaves them out (readers also count them in both; the lighter case then cost more than the rest)."""
    # (未按时上报的扣2分,情节严重的扣5分 as yes/nos: the serious case answers the second only)
    names = ("DOUBLED", "HALVED", "REPEATED_PART", "WORSE_CASE", "SOME_OF_THEM") if spec.kind is Kind.COUNT else (
        ("WORSE_CASE",) if spec.kind is Kind.BOOL else ())
    if lighter:
        names += ("CASE_OF_THEM",)
    if not any(terminal_regex(name).search(to_simplified(after)) for name in names):
        return ""
    if terminal_regex("ON_TOP").search(to_simplified(after)):
        return ""  # (其中重复发生的,每起另扣2分: on top of the count before, which holds them)
    return f",不含“{after.strip('，,;；。 ')}”另计的"


def _yes_means(rule, name: str, said: str, text: str) -> str:
    """开立独立银行账户5分;违规开立…0分: one yes/no read from a clause and its other answer; which of
    the two 是 answers (the words alone leave it open). The node's own words are its clause: an
    award's holds on 是, a deduction's on 是 unless it takes for 否 (on_no: the other clause's)."""
    node = next((n for n in rule.walk() if isinstance(n, (A.BooleanDeduction, A.BooleanAward))
                 and n.fact.name == name), None)
    clauses = [c for c in re.split("[；。]", said) if c.strip()]  # (…符合标准许可范围。不符合要求的不得分)
    if node is None or len(clauses) != 2 or node.span is None:
        return ""
    own = text[node.span.start:node.span.end].strip(" ，,;；。")
    mine = [i for i, c in enumerate(clauses) if own and (own in c or c.strip(" ，,;；。") in own)]
    if len(mine) == 2 and isinstance(node, A.BooleanDeduction):
        # 符合标准许可范围。不符合要求的不得分: the node spans both; its own is the one that takes
        mine = [i for i in mine if any(terminal_regex(name).search(to_simplified(clauses[i]))
                                       for name in ("ZERO", "DEDUCT_KW"))]
    if len(mine) != 1:
        return ""
    mine = mine[0]
    on_no = isinstance(node, A.BooleanDeduction) and node.on_no
    yes = clauses[1 - mine] if on_no else clauses[mine]
    yes = terminal_regex("POINTS_IN_BRACKETS").sub("", yes).strip(" ，,。:：")
    return f",是=“{yes}”" if yes else ""


def _values(program, values, rule, source):
    inner = A.unwrap(rule)
    if isinstance(inner, A.Rank):
        return _rank_values(program, values, inner, source)
    specs = _in_sentence_order(program.schema)
    spec = specs[0] if specs else None
    validator = Validator(source, program.schema, program.places)
    if spec is not None and spec.kind in (Kind.RECORDS, Kind.AMOUNTS) and len(specs) == 1:
        items = [Located(_plain_value(v), 1, i + 1) for i, v in enumerate(values)]
        if spec.kind is Kind.RECORDS:
            attribute = next(iter(spec.attributes))
            items = [Located({attribute: item}, 1, item.column) for item in items]
        converted = validator.convert(spec, Located(items, 1, 1), "试算", spec.name)
        _raise_first(validator)
        return [converted], []
    ranked = _rank_beside(rule)
    if ranked is not None:
        return _values_beside_a_place(program, values, ranked, specs, validator, source)
    if len(values) != len(specs):
        raise Stop([error("E502", f"这句规则要读 {len(specs)} 个值,给出了 {len(values)} 个",
                          hint=_value_hint(specs))])
    given, written = {}, {}
    for i, (spec, value) in enumerate(zip(specs, values)):
        written[spec.name] = Located(_plain_value(value), 1, i + 1)
        given[spec.name] = validator.convert(spec, written[spec.name], "试算", spec.name)
        _raise_first(validator)
    out = [given[name] for name in program.schema.facts]
    validator.judged_within_level(out, written.__getitem__, "试算")
    _raise_first(validator)
    return out, []


def _in_sentence_order(schema) -> list:
    """The facts in the order the sentence's clauses read them, the order `try` takes values
    in (the schema lists them as the rule holds them: …每辍学1人扣0.5分;…每劝返1人加0.2分;本项
    最高扣3分 holds the award first, the capped deduction after it)."""
    specs = schema.facts
    names = sentence_fact_names(len(specs))
    if set(names) != set(specs):
        return list(specs.values())
    return [specs[name] for name in names]


def _peer_inputs(program, vector, others, built) -> list:
    """The average of this unit's value and the other units' (given with --others)."""
    if not others:
        raise Stop([error("E502", "这句规则与全部单位的平均值比较,要给出其他单位的值",
                          hint="例如 jdscore try \"超过平均值5个点以内扣1分,5个点以外扣2分\" 9% --others 3%,4%")])
    units = [UnitFacts("试算", built.line.span, vector, {}, [])]
    for i, values in enumerate(others):
        other, _ = _values(program, values, built.rule, built.source)
        units.append(UnitFacts(f"单位{i + 2}", built.line.span, other, {}, []))
    return rank_inputs(program, units)[0]


def _rank_beside(rule) -> A.Rank | None:
    """按排名前3名得2分…;发稿一次得1分: the places ranked, beside rules of other values."""
    inner = A.unwrap(rule)
    if isinstance(inner, A.Rank):
        return None
    return next((node for node in A.rule_nodes(rule) if isinstance(node, A.Rank)), None)


def _values_beside_a_place(program, values, ranked: A.Rank, specs, validator, source):
    """The place (and the units ranked, where asked) where the ranked value stands, the other values
    as ever: the vector, and the place as the rank input."""
    asked = len(specs) + (1 if _count_asked(ranked) else 0)
    # (the units ranked may follow the place where not asked, as they may beside no other value)
    counted = _count_asked(ranked) or len(values) == asked + 1
    if len(values) != asked and not (len(values) == asked + 1 and not _count_asked(ranked)):
        raise Stop([error("E502", f"这句规则要读 {asked} 个值(名次也是一个),给出了 {len(values)} 个",
                          hint=_value_hint(specs, ranked))])
    given, place, at = {}, None, 0
    for spec in specs:
        if spec.name == ranked.fact.name:
            taken = 2 if counted else 1
            _, [place] = _rank_values(program, values[at:at + taken], ranked, source)
            # the ranked value itself is never read: the place stands for it
            given[spec.name] = validator.convert(spec, Located("0", 1, at + 1), "试算", spec.name)
            at += taken
            continue
        given[spec.name] = validator.convert(spec, Located(_plain_value(values[at]), 1, at + 1), "试算", spec.name)
        _raise_first(validator)
        at += 1
    return [given[name] for name in program.schema.facts], [place]


def _count_asked(rule: A.Rank) -> bool:
    """Places from the bottom need the units ranked, unless the sentence counts them."""
    return any(t.kind is A.RankFrom.BOTTOM for t in rule.tiers) and rule.pool is None


def _rank_values(program, values, rule: A.Rank, source):
    needs_count = _count_asked(rule)
    if len(values) not in (1, 2) or (needs_count and len(values) != 2):
        hint = "给出名次和参评单位总数,例如 5 12" if needs_count else "给出名次,例如 2"
        raise Stop([error("E502", "排名规则要给出名次" + ("和参评单位总数" if needs_count else ""),
                          hint=hint)])
    numbers = []
    for v in values:
        # isdecimal, not isdigit: int() refuses ² and ①; nine digits: int() refuses 5000
        if not v.strip().isdecimal() or len(v.strip()) > 9 or int(v) < 1:
            raise Stop([error("E503", f"名次“{v[:20]}”应是正整数")])
        numbers.append(int(v))
    position = numbers[0]
    count = numbers[1] if len(numbers) == 2 else rule.pool or position
    if position > count:
        raise Stop([error("E503", f"名次 {position} 大于参评单位总数 {count}")], CONTENT)
    return [None] * len(program.schema.facts), [(position, count)]


def _raise_first(validator) -> None:
    if validator.diagnostics:
        d = validator.diagnostics[0]
        message = d.message.split(": ", 1)[-1]
        raise Stop([error(d.code if d.code in _CONTENT_CODES else "E503", message, hint=d.hint)])


def _plain_value(text: str):
    return text.strip()


def _value_hint(specs, ranked: A.Rank | None = None) -> str:
    def named(spec) -> str:
        if ranked is not None and spec.name == ranked.fact.name:  # (a place beside other values)
            return "名次(正整数)" + ("、参评单位总数(正整数)" if _count_asked(ranked) else "")
        return f"{spec.name}({spec.kind.label})"

    return "依次给出: " + "、".join(named(s) for s in specs)


def _try_bands(text: str) -> tuple[A.GradeBands | None, list[Diagnostic]]:
    """The sentence read as grade bands; or None, with what stopped it when it reads as
    grades that have a problem (nothing when it is no band sentence at all)."""
    if terminal_regex("SCORE_NAMED_AS").search(to_simplified(text)):
        return None, []  # (完成率低于80%的,得分为完成率乘以分值: the score, worked out; no grade's name)
    try:
        source, raw, problems = parse_band_sentence(text)
    except Stop:
        return None, []
    diagnostics: list[Diagnostic] = list(problems)
    bands = assemble_bands(raw, None, A.RangeStyle.CLOSED, diagnostics)
    # 达到平均水平的得4分,其余…为标准推算: a sentence that gives points is a rule, not bands
    if not bands.bands or _scores(text) or any(_scores(b.grade, named=True) for b in bands.bands):
        return None, []
    method = terminal_regex("SCORING_METHOD")
    if any(method.search(to_simplified(b.grade)) for b in bands.bands):  # …按比值计分: a rule's words
        return None, []
    if diagnostics:  # grades have problems only where there are grades: two bands at least
        return None, diagnostics if len(bands.bands) > 1 else []
    return bands, []


def _scores(words: str, named: bool = False) -> bool:
    """不超过3天的扣1分: a "grade" that gives or takes points is a rule's clause, not a grade;
    `named`: the words name a grade (得满分, 按“满意率×本项分值”计分 score too)."""
    try:
        _, clauses, _ = parse_sentence(words)
    except Stop:
        return False
    scoring = (A.Marker.ZERO, A.Marker.FULL_PTS, A.Marker.QUOTED_FORMULA) if named else (A.Marker.ZERO,)
    return any(isinstance(p, (A.Award, A.Deduct)) or (isinstance(p, A.MarkerPhrase) and p.marker in scoring)
               for c in clauses for p in c.phrases)


def _grade(bands: A.GradeBands, values: list[str]) -> TryResult:
    needs = _SHARE_NEEDS if bands.of_share else _BAND_NEEDS
    if values is None:
        return TryResult(None, describe_bands(bands), A.to_data(bands), needs)
    if len(values) != 1:
        raise Stop([error("E502", f"等级划分要给出一个总分,给出了 {len(values)} 个",
                          hint="例如 jdscore try \"90分以上为优秀,…\" 85")])
    text = values[0].strip()
    percent = bool(terminal_regex("PERCENT").fullmatch(text[-1:])) and bands.of_share
    if bands.of_share and not percent:
        # 得分率90%以上为优秀 and a total of 85: 85 is no share (read as 8500%, every total was 优秀)
        raise Stop([error("E503", f"等级按得分率划分,“{values[0][:20]}”要写成百分比",
                          hint="写成得分率,例如 85%(总分÷满分)")])
    try:  # 标化分85%以上为良好: bands of a share take the total as a share (85% is 0.85)
        total = Decimal(text[:-1]) / 100 if percent else Decimal(text)
        if not total.is_finite():  # NaN cannot be compared with a band's bounds
            raise ArithmeticError
    except ArithmeticError:
        raise Stop([error("E503", f"“{values[0][:20]}”不是总分")]) from None
    grade = grade_of(bands, total)
    return TryResult(grade or "(不在任何等级内)", describe_bands(bands), A.to_data(bands), needs)


_BAND_NEEDS = [Need("总分", "数")]
_SHARE_NEEDS = [Need("得分率", "比率(如 85%,总分÷满分)")]
