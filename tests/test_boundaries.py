"""Every boundary word (README: Boundary words), at, just below and just above its number.

《民法典》第1259条: 以上、以下、以内 include the number; 超过、不满 exclude it. Explicit
(含)/(不含) override a word; a rubric's 边界/区间 header overrides the convention.
"""

from decimal import Decimal

import pytest

from jdscore.build import load_rubric
from jdscore.compiler import compile_rubric
from jdscore.facts import Located, Validator
from jdscore.runtime import grade_of
from jdscore.source import Source
from jdscore.trial import try_rule

# below, at, above -> does the condition hold?
GE, GT, LE, LT, EQ = (False, True, True), (False, False, True), (True, True, False), \
    (True, False, False), (False, True, False)

PREFIX_WORDS = {
    "达到": GE, "达": GE, "满": GE, "不低于": GE, "不少于": GE, "至少": GE, "大于等于": GE, "大于或等于": GE,
    "超过": GT, "高于": GT, "多于": GT, "大于": GT,
    "不超过": LE, "不高于": LE, "不多于": LE, "至多": LE, "小于等于": LE, "小于或等于": LE,
    "低于": LT, "少于": LT, "不足": LT, "不满": LT, "未达到": LT, "未达": LT, "小于": LT,
    "等于": EQ,
}
SUFFIX_WORDS = {"以上": GE, "及以上": GE, "或以上": GE, "以下": LE, "及以下": LE, "或以下": LE, "以内": LE}
SYMBOLS = {"≥": GE, ">": GT, "≤": LE, "<": LT, "=": EQ, "＞": GT, "＜": LT, ">=": GE, "<=": LE}


def holds(sentence: str, values: tuple[str, str, str]) -> tuple[bool, bool, bool]:
    return tuple(try_rule(sentence, [v], None).score == "1" for v in values)


@pytest.mark.parametrize("word,expected", PREFIX_WORDS.items())
def test_prefix_words_on_counts(word, expected):
    assert holds(f"参与人数{word}10人的,计1分", ("9", "10", "11")) == expected


@pytest.mark.parametrize("word,expected", PREFIX_WORDS.items())
def test_prefix_words_on_rates(word, expected):
    assert holds(f"尿检率{word}80%的,计1分", ("79.99%", "80%", "80.01%")) == expected


@pytest.mark.parametrize("word,expected", SUFFIX_WORDS.items())
def test_suffix_words(word, expected):
    assert holds(f"参与人数10人{word}的,计1分", ("9", "10", "11")) == expected
    assert holds(f"尿检率80%{word}的,计1分", ("79.99%", "80%", "80.01%")) == expected


@pytest.mark.parametrize("symbol,expected", SYMBOLS.items())
def test_symbols(symbol, expected):
    assert holds(f"尿检率{symbol}80%,计1分", ("79.99%", "80%", "80.01%")) == expected


def test_explicit_mark_after_a_range_speaks_of_its_upper_end():
    assert holds("70%至85%(不含)的,计1分", ("84.99%", "85%", "85.01%")) == (True, False, False)
    assert holds("70%至85%(含)的,计1分", ("84.99%", "85%", "85.01%")) == (True, True, False)


@pytest.mark.parametrize("sentence,expected", [
    ("超过95%(含)的,计1分", GE),
    ("超过95%（含）的,计1分", GE),
    ("95%以上(不含)的,计1分", GT),
    ("95%以上(不含95%)的,计1分", GT),
    ("95%(含)以上的,计1分", GE),
    ("不满95%(含)的,计1分", LE),
    ("95%以下(不含)的,计1分", LT),
])
def test_explicit_inclusion_overrides_the_word(sentence, expected):
    assert holds(sentence, ("94.99%", "95%", "95.01%")) == expected


def test_chinese_numerals_and_ten_thousands():
    assert holds("两次以上的,计1分", ("1", "2", "3")) == GE
    assert holds("超过十人的,计1分", ("9", "10", "11")) == GT
    assert holds("达到百分之八十的,计1分", ("79.9%", "80%", "80.1%")) == GE
    assert holds("超过10万的,计1分", ("99999", "100000", "100001")) == GT


def test_range_includes_both_ends_and_lower_end_takes_upper_unit():
    assert holds("5—10万的,计1分", ("49999", "50000", "50001")) == GE
    assert holds("5—10万的,计1分", ("99999", "100000", "100001")) == LE
    assert holds("70至85%的,计1分", ("69.99%", "70%", "70.01%")) == GE
    for dash in ("—", "–", "-", "－", "~", "～", "至", "到"):
        assert holds(f"70%{dash}85%的,计1分", ("69.99%", "70%", "85.01%")) == (False, True, False)


# -------------------------------------------------------------------- header conventions

def _score_rubric(text: str, values: list[str]) -> list[str]:
    rubric = load_rubric(Source.from_text("t.jd", text))
    program = compile_rubric(rubric)
    spec = next(iter(program.schema.facts.values()))
    out = []
    for v in values:
        validator = Validator(Source.from_text("f", ""), program.schema, program.places)
        scaled = validator.convert(spec, Located(v, 1, 1), "u", spec.name)
        total, *_ = program.total([scaled], [])
        out.append(str(program.to_decimal(total).normalize()))
    return out


def test_header_convention_redefines_a_word():
    text = "边界 以上不包括本数,以下包括本数\n率: 尿检率80%以上的,计1分;尿检率60%以下的,扣1分\n"
    assert _score_rubric(text, ["80%", "80.01%", "60%", "60.01%"]) == ["0", "1", "-1", "0"]


def test_header_convention_keeps_explicit_marks():
    text = "边界 以上不包括本数\n率: 尿检率80%(含)以上的,计1分\n"
    assert _score_rubric(text, ["79.99%", "80%"]) == ["0", "1"]


@pytest.mark.parametrize("style,at_low,at_high", [
    ("左闭右开", "1", "0"), ("左开右闭", "0", "1"), ("左闭右闭", "1", "1"), ("左开右开", "0", "0"),
])
def test_range_style_header(style, at_low, at_high):
    text = f"区间 {style}\n率: 尿检率70%至85%的,计1分\n"
    assert _score_rubric(text, ["70%", "85%", "77%"]) == [at_low, at_high, "1"]


def test_grade_bands_overlap_takes_the_better_grade_and_gaps_fall_through():
    from jdscore.trial import _try_bands

    bands, _ = _try_bands("90分以上为优秀,80分至90分为良好,60分至80分为合格,60分以下为不合格")
    grades = {v: grade_of(bands, Decimal(v)) for v in ("89.99", "90", "90.01", "80", "60", "59.99")}
    assert grades == {"89.99": "良好", "90": "优秀", "90.01": "优秀", "80": "良好", "60": "合格",
                      "59.99": "不合格"}
    seed, _ = _try_bands("总分=90分的,评价为优秀等级;80分<总分<90分的,为良好等级;"
                         "60分<总分<80分的,为达标等级;总分<60分的,为不达标等级。")
    # The seed's own gaps: exactly 80, exactly 60 and anything above 90 take no grade.
    assert [grade_of(seed, Decimal(v)) for v in ("90", "85", "80", "60", "59", "95")] == \
        ["优秀", "良好", None, None, "不达标", None]


def test_grade_bands_of_a_share_take_the_totals_share_of_full_marks():
    from jdscore.trial import _try_bands

    bands, _ = _try_bands("考核得分率90%以上为优秀,80%—90%为良好,60%—80%为合格,60%以下为不合格")
    # 108 of 120 is 90%; a total compared with 90% directly was 优秀 from 1 point on
    grades = [grade_of(bands, Decimal(v), Decimal(120)) for v in ("108", "102", "84", "60")]
    assert grades == ["优秀", "良好", "合格", "不合格"]
    assert try_rule("考核得分率90%以上为优秀,80%—90%为良好", ["85%"]).score == "良好"
    with pytest.raises(Exception, match="百分比"):
        try_rule("考核得分率90%以上为优秀,80%—90%为良好", ["85"])
