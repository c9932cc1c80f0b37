"""One test per rule kind (README: Rule kinds), with values at, just below and just above
each boundary (threshold, cap, floor, band edge). Scores go through the whole pipeline
(grammar, sentence assembly, compiler) via `try_rule`, the function behind `jdscore try`.
"""

from decimal import Decimal

import pytest

from jdscore import ast as A
from jdscore.diagnostics import Stop
from jdscore.trial import try_rule


def score(sentence: str, *values: str, points: str | None = None) -> str:
    return try_rule(sentence, list(values), Decimal(points) if points else None).score


def kind(sentence: str) -> str:
    """The rule kinds a sentence is read as, outermost first (Cap/PerCountAward)."""
    from jdscore.pipeline import sentence_rubric

    rule = sentence_rubric(sentence).rule
    names = []
    while True:
        names.append(type(rule).__name__)
        if not isinstance(rule, (A.Cap, A.Floor, A.OwnPoints)):
            return "/".join(names)
        rule = rule.rule


# --------------------------------------------------------------------- per-count award

@pytest.mark.parametrize("count,expected", [("0", "0"), ("19", "0.95"), ("20", "1"), ("21", "1")])
def test_per_count_award_with_cap(count, expected):
    assert score("每条计0.05分,最高计1分", count) == expected


def test_per_count_award_with_filler_and_topped_cap():
    s = "每办理1个拒绝社区戒毒或严重违反社区戒毒协议强戒案件计1分,8分封顶"
    assert kind(s) == "Cap/PerCountAward"
    assert [score(s, v) for v in ("7", "8", "9")] == ["7", "8", "8"]


def test_per_count_award_per_five_is_proportional():
    assert score("每5人计0.1分", "7") == "0.14"
    assert score("每5人计0.1分", "5") == "0.1"


def test_spaces_inside_numbers_and_full_width():
    assert score("每次(条)计 0.05 分。此项最高计 1 分。", "3") == "0.15"
    assert score("每条计０.０５分，最高计１分", "３") == "0.15"


@pytest.mark.parametrize("sentence", ["每个计0.1分,最高计0.5分", "每个计0.1分,上限0.5分",
                                      "每个计0.1分,此项最高计0.5分", "每个计0.1分。此项总分0.5分"])
def test_cap_wordings(sentence):
    assert kind(sentence) == "Cap/PerCountAward"
    assert [score(sentence, v) for v in ("4", "5", "6")] == ["0.4", "0.5", "0.5"]


# ------------------------------------------------------------------------- group cap

def test_group_cap_two_facts():
    s = "在省级卫星电视频道播发禁毒消息,每条次计0.05分;在省级其他媒体刊播禁毒信息,每条次计0.02分,两项合计最高计1分"
    assert kind(s) == "GroupCap"
    assert score(s, "10", "20") == "0.9"
    assert score(s, "10", "25") == "1"     # exactly at the cap
    assert score(s, "10", "30") == "1"     # 1.1 capped


def test_clause_cap_applies_to_its_own_clause():
    s = "在市级电视频道开设禁毒专栏,计0.5分;在市级媒体播放禁毒信息每条次计0.02分,最高计0.5分"
    assert score(s, "是", "30") == "1"        # 0.5 + min(0.6, 0.5)
    assert score(s, "否", "24") == "0.48"


# -------------------------------------------------------------------- boolean rules

def test_boolean_award():
    assert kind("建立毒品预防教育领导机构的,计1分") == "BooleanAward"
    assert score("建立毒品预防教育领导机构的,计1分", "是") == "1"
    assert score("建立毒品预防教育领导机构的,计1分", "否") == "0"
    assert score("有毒品预防教育工作领导机构。(1分)", "有") == "1"


def test_boolean_deduction_and_zero():
    assert score("未制定应急预案,扣0.25分", "是", points="1") == "0.75"
    assert kind("无工作台账的,不得分") == "BooleanDeduction"
    assert score("无工作台账的,不得分", "是", points="2") == "0"
    assert score("无工作台账的,不得分", "否", points="2") == "2"


# ------------------------------------------------------------ per-count deduction, floor

@pytest.mark.parametrize("missing,expected", [("11", "0.5"), ("12", "0"), ("13", "0")])
def test_floor_at_below_above_item_points(missing, expected):
    assert score("缺1人次扣0.5分,扣完为止", missing, points="6") == expected


def test_an_item_with_points_never_goes_below_zero():
    """With or without 扣完为止, an item with points stops at 0."""
    assert score("缺1人次扣0.5分", "13", points="6") == "0"
    assert score("缺1人次扣0.5分", "11", points="6") == "0.5"


def test_a_rubric_can_let_deductions_run_past_an_item(tmp_path):
    """扣分 不设下限 in the header: the item goes negative, and check says where (W309)."""
    from jdscore.pipeline import check
    from jdscore.runtime import score_units
    from jdscore.source import Source

    text = '扣分 不设下限\n项目 "尿检" 6分 {\n  尿检缺人次: 缺1人次扣0.5分\n}\n'
    checked = check(Source.from_text("t.jd", text))
    assert [d.code for d in checked.diagnostics] == ["W309"]
    program = checked.program
    from jdscore.schema import UnitFacts

    unit = UnitFacts("甲", checked.rubric.span, [program.scaled(Decimal(13))], {}, [])
    assert score_units(program, [unit])[0].total == Decimal("-0.5")
    floored = check(Source.from_text("t.jd", text.split("\n", 1)[1])).program
    assert score_units(floored, [unit])[0].total == 0


def test_per_count_deduction_counts_whole_steps():
    assert [score("每2人扣1分", v) for v in ("1", "2", "3", "4")] == ["0", "-1", "-1", "-2"]


def test_count_before_deduction_with_de():
    assert kind("应建档未建档1人的扣1分") == "PerCountDeduction"
    assert score("应建档未建档1人的扣1分", "3") == "-3"


def test_own_points_then_deductions_with_floor():
    s = "对符合集中康复的应送集中康复中心2分,符合集中康复未送1人扣1分,扣完为止"
    assert kind(s) == "Floor/OwnPoints/PerCountDeduction"
    assert [score(s, v) for v in ("0", "1", "2", "3")] == ["2", "1", "0", "0"]


# ----------------------------------------------------------------------------- deficit

@pytest.mark.parametrize("actual,expected", [("11", "1.5"), ("12", "2"), ("13", "2"), ("0", "0")])
def test_deficit_monthly(actual, expected):
    assert score("未每月开展检查的每少1次扣0.5分,扣完为止", actual, points="2") == expected


@pytest.mark.parametrize("sentence,required", [
    ("未每季度开展检查的每少1次扣1分", 4), ("未每半年开展检查的每少1次扣1分", 2),
    ("少于3件的,每少1件扣2分", 3), ("应开展4次,每少1次扣1分", 4),
])
def test_deficit_required_counts(sentence, required):
    assert score(sentence, str(required)) == "0"
    assert score(sentence, str(required - 1)) in ("-1", "-2")
    assert score(sentence, str(required + 1)) == "0"


# --------------------------------------------------------------------------- shortfall

@pytest.mark.parametrize("value,expected", [
    ("95%", "2"), ("96%", "2"), ("94.5%", "2"), ("94%", "1.8"), ("93.9%", "1.8"), ("90%", "1"),
])
def test_shortfall_whole_steps_below_threshold(value, expected):
    assert score("不低于95%的,得2分;每低1%,扣0.2分", value) == expected


def test_shortfall_drop_wording():
    s = "尿检率达到80%以上的得3分,每下降5%扣0.5分"
    assert kind(s) == "Floor/Shortfall"  # its own 3 points are all its steps can take
    assert [score(s, v) for v in ("80%", "79%", "75%", "74.9%", "0%")] == ["3", "3", "2.5", "2.5", "0"]


# ----------------------------------------------------------------------- listed values

def test_listed_per_kind_values():
    s = "破获特大、重大案件每起分别加5分、2分"
    assert kind(s) == "ListedValues"
    assert score(s, "1", "3") == "11"
    # two points and no kinds named before 分别: which two? (refused since the kinds are read)
    with pytest.raises(Stop):
        score("发现一起分别扣10分、5分", "1", "1")


# ------------------------------------------------------------------------------- tiers

TIERS = "年保持率在85%以上的,计0.5分;年保持率70%至85%的,计0.4分;年保持率在40%至70%的,计0.3分"


@pytest.mark.parametrize("value,expected", [
    ("84.99%", "0.4"), ("85%", "0.5"), ("85.01%", "0.5"), ("70%", "0.4"), ("69.99%", "0.3"),
    ("40%", "0.3"), ("39.99%", "0"), ("100%", "0.5"), ("0%", "0"),
])
def test_tiers_overlap_takes_most_favourable(value, expected):
    assert score(TIERS, value) == expected


def test_written_order_does_not_matter():
    s = "超过95%(含)得3分;超过98%(含)得5分"
    assert [score(s, v) for v in ("94.9%", "95%", "97.9%", "98%")] == ["0", "3", "3", "5"]


def test_a_step_with_no_threshold_reads_how_far_off():
    """每低1%扣0.2分 names no threshold: the value is how far below, in percentage points."""
    assert [score("每低1%扣0.2分", v, points="2") for v in ("0", "3", "3.5", "20")] == ["2", "1.4", "1.4", "0"]
    with pytest.raises(Stop) as exc:
        score("每低1%扣0.2分", "3%")  # 3% is not 3 points: say which
    assert exc.value.diagnostics[0].code == "E503"


def test_nested_conditions_take_the_innermost():
    # Both tiers hold below 60%; the condition inside the other is the more specific one,
    # and it decides, as a reader takes progressive thresholds.
    s = "低于80%的扣1分;低于60%的扣2分"
    assert [score(s, v) for v in ("80%", "79%", "60%", "59%")] == ["0", "-1", "-1", "-2"]
    s = "超过6%的扣3分,超过7%的扣6分,超过8%以上的扣10分"
    assert [score(s, v, points="15") for v in ("6%", "6.5%", "7.5%", "9%")] == ["15", "12", "9", "5"]


def test_touching_conditions_take_the_better_tier():
    # 85% is in both 85%以上 and 70%至85%: neither is inside the other, so the better one
    assert score("85%以上的计0.5分;70%至85%的计0.4分", "85%") == "0.5"


def test_negated_threshold():
    s = "D委、ZF每年未落实两次以上听取汇报和研究禁毒工作会议扣1分"
    assert kind(s) == "Tiers"
    assert [score(s, v) for v in ("1", "2", "3")] == ["-1", "0", "0"]


def test_threshold_in_parentheses_points():
    s = "学校毒品预防教育工作领导机构每年专题研究禁毒预防教育工作不少于1次(1分)"
    assert [score(s, v) for v in ("0", "1", "2")] == ["0", "1", "1"]


# -------------------------------------------------------------------- per-record tiers

def test_per_record_tiers_edges():
    s = "每条阅读量5—10万的,每次计0.1分;超过10万的,每次计0.2分。此项最高计0.8分"
    assert kind(s) == "Cap/PerRecordTiers"
    assert score(s, "49999") == "0"
    assert score(s, "50000") == "0.1"
    assert score(s, "100000") == "0.1"
    assert score(s, "100001") == "0.2"
    assert score(s, "150000", "150000", "150000", "150000", "150000") == "0.8"  # 1.0 capped


# ------------------------------------------------------------------------ proportional

def test_proportional_with_target():
    s = "年度打击任务20起,按完成比例计分"
    assert [score(s, v, points="2") for v in ("10", "19", "20", "25")] == ["1", "1.9", "2", "2"]


def test_proportional_with_target_and_its_own_points():
    s = "年度任务28件,按完成比例计0.35分"
    assert [score(s, v) for v in ("0", "14", "28", "40")] == ["0", "0.175", "0.35", "0.35"]


def test_proportional_rate():
    assert score("按完成比例计分", "87.5%", points="4") == "3.5"


# -------------------------------------------------------------------------------- rank

def test_rank_positions():
    s = "第1名计1分,第2名计0.8分,第3名计0.6分"
    assert [score(s, v) for v in ("1", "2", "3", "4")] == ["1", "0.8", "0.6", "0"]


def test_rank_bottom_within_and_nth():
    assert [score("倒数三名以内的,扣2分", p, "10") for p in ("7", "8", "10")] == ["0", "-2", "-2"]
    assert [score("倒数第1名扣1分", p, "10") for p in ("9", "10")] == ["0", "-1"]
    assert [score("前3名计1分", p) for p in ("3", "4")] == ["1", "0"]


# ------------------------------------------------------------------------------ judged

def test_judged_range_per_occurrence():
    s = "发现问题的,一次扣0.1—1分"
    assert kind(s) == "Judged"
    assert score(s, "0.1", "1", "0.5") == "-1.6"
    for bad in ("0.09", "1.01"):
        with pytest.raises(Stop) as exc:
            score(s, bad)
        assert exc.value.exit_code == 1 and exc.value.diagnostics[0].code == "E408"


def test_judged_by_panel():
    s = "由考评组评定(0—2分)"
    assert [score(s, v) for v in ("0", "2")] == ["0", "2"]
    with pytest.raises(Stop):
        score(s, "2.5")


# -------------------------------------------------------------------------------- veto

def test_veto_is_understood():
    assert kind("辖区发生重大涉毒案件的,一票否决") == "Veto"
    assert score("辖区发生重大涉毒案件的,一票否决", "是") == "0"


# ---------------------------------------------------------------------- not understood

@pytest.mark.parametrize("sentence,code", [
    ("计很多分", "E201"),
    ("超过10万的,每次计0.2分;超过5000人的地市和超过1000人的县,计1分", "E202"),
])
def test_sentences_that_cannot_be_understood(sentence, code):
    with pytest.raises(Stop) as exc:
        score(sentence, "1")
    assert exc.value.diagnostics[0].code == code
    assert exc.value.exit_code == 2


# ----------------------------------------------------------- words that are not keywords

def test_pingding_inside_ordinary_words_is_filler():
    s = "将禁毒工作作为干部业绩评定、奖励惩处的重要依据;建立挂点包干责任制度;每项计1分"
    assert kind(s) == "PerCountAward"
    assert score(s, "2") == "2"


def test_counting_note_in_parentheses_is_not_a_clause():
    s = "每次(条)计 0.05 分。此项最高计 1 分。(重复播发按一次计分,负面报道不计分)"
    assert kind(s) == "Cap/PerCountAward"
    assert score(s, "30") == "1"


def test_per_term_requirement():
    # a requirement for every term with one outcome asks whether each term met it
    s = "组织师生进行禁毒教育每学期至少1次(包括主题班会、手抄报、黑板报等)(1分)"
    assert [score(s, v) for v in ("是", "否")] == ["1", "0"]
    assert score("未每学期开展检查的每少1次扣0.5分", "1") == "-0.5"   # 每学期: twice a year


def test_judged_line_with_its_own_points_is_bounded_by_them():
    from jdscore.build import build_rubric
    from jdscore.source import Source

    rubric, diagnostics = build_rubric(Source.from_text(
        "t.jd", '项目 "目标达成" 3分 {\n  评定 知识达标: 小学了解毒品危害的简单知识。(1分)\n}\n'))
    (line,) = rubric.body[0].children
    assert (line.rule.low, line.rule.high) == (0, 1)


def test_rubric_without_a_final_newline():
    from jdscore.build import build_rubric
    from jdscore.source import Source

    for text in ('项目 "a" 1分 {\n  甲: 有的,计1分\n}', "甲: 有的,计1分"):
        rubric, diagnostics = build_rubric(Source.from_text("t.jd", text))
        assert not diagnostics and len(list(rubric.rule_lines())) == 1


def test_rank_bottom_among_the_units_the_sentence_counts():
    # 在全市12个县中排名后3位: places 10 to 12, though the facts file ranks fewer units (or, with
    # more, the last three of them)
    s = "在全市12个县（市、区）中排名后3位的扣2分"
    assert [score(s, p) for p in ("9", "10")] == ["0", "-2"]
    assert [score(s, p, "14") for p in ("11", "12")] == ["0", "-2"]
