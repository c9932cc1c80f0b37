"""The constructs real documents use, one test each, with values at and around each
boundary. Every expected score is worked out by hand from the sentence (comments show
how); scores go through the whole pipeline via `try_rule`, the function behind `jdscore try`.
"""

import json
from decimal import Decimal

import pytest

from jdscore import ast as A
from jdscore.diagnostics import Stop
from jdscore.numerals import plain
from jdscore.parser import terminal_regex
from jdscore.pipeline import sentence_rubric
from jdscore.trial import try_rule


def score(sentence: str, *values: str, points: str | None = None) -> str:
    return try_rule(sentence, list(values), Decimal(points) if points else None).score


def scores(sentence: str, values: list, points: str | None = None) -> list[str]:
    return [score(sentence, *(v if isinstance(v, tuple) else (v,)), points=points) for v in values]


def refusal(sentence: str, *values: str, points: str | None = None):
    """The error the sentence is refused with (the test fails if it scores); with no values,
    when it is read."""
    with pytest.raises(Stop) as stop:
        try_rule(sentence, list(values) or None, Decimal(points) if points else None)
    return stop.value.diagnostics[0]


def rule_kinds(sentence: str, points: str | None = None) -> set[str]:
    """Every rule kind in how the sentence is read."""
    found = set()

    def walk(node):
        if isinstance(node, A.Node):
            found.add(type(node).__name__)
            for value in vars(node).values():
                walk(value)
        elif isinstance(node, tuple):
            for value in node:
                walk(value)

    walk(sentence_rubric(sentence, Decimal(points) if points else None).rule)
    return found


# ----------------------------------------------------------------- several kinds with 、

def test_kinds_separated_by_dunhao_each_read_their_own_count():
    s = "中央媒体每篇计3分、省级媒体每篇计1分、市级每篇计0.5分"
    # 1×3 + 2×1 + 3×0.5
    assert score(s, "1", "2", "3") == "6.5"
    assert score(s, "0", "0", "1") == "0.5"


def test_each_failing_listed_with_ge():
    s = "未建立台账、未开展培训的,各扣1分"
    assert scores(s, [("是", "否"), ("是", "是"), ("否", "否")]) == ["-1", "-2", "0"]


# ---------------------------------------------------------------- the unit of counting

@pytest.mark.parametrize("sentence,count,expected", [
    ("发现1人脱管扣0.5分", "3", "-1.5"),   # words between the count and the verb
    ("缺1个成员单位扣1分", "2", "-2"),
    ("扣15分/批次", "2", "-30"),           # the unit written after the points
    ("每查处1起奖2分", "3", "6"),          # 奖 is an award
    ("每发生1起罚1分", "3", "-3"),         # 罚 is a deduction
])
def test_unit_of_counting(sentence, count, expected):
    assert score(sentence, count) == expected


def test_counts_of_one_thing_with_their_own_points_are_tiers():
    s = "发生1起扣5分,发生2起扣12分,发生3起以上扣21分"
    assert scores(s, ["0", "1", "2", "3", "5"]) == ["0", "-5", "-12", "-21", "-21"]
    s = "无故迟报1天扣3分,迟报2天扣10分,迟报3天及以上扣20分"
    assert scores(s, ["0", "1", "2", "3", "9"]) == ["0", "-3", "-10", "-20", "-20"]


def test_counts_without_an_open_last_tier_are_refused():
    # 3 days late would fall past the last tier: not tiers; and read as two values (each day,
    # each two days) it took both off the same lateness. Per each, or tiers? Refused.
    assert refusal("逾期1天扣1分,逾期2天扣2分").code == "E202"
    assert refusal("有一项不合格扣1分,两项不合格扣3分").code == "E202"


def test_counts_in_words_as_conditions():
    s = "出现一次的扣1分;出现两次以上的,该项不得分"
    assert scores(s, ["0", "1", "2", "4"], points="3") == ["3", "2", "0", "0"]


def test_a_count_that_loses_the_item():
    s = "认真执行规划环评,得2分,发现有1例未完成,不得分"
    assert scores(s, ["0", "1", "3"]) == ["2", "0", "0"]


# -------------------------------------------------------------- own points and totals

def test_stated_total_is_where_deductions_start():
    s = "本项共6分,每缺1项扣2分"
    assert scores(s, ["0", "1", "2", "4"]) == ["6", "4", "2", "0"]


def test_own_points_then_per_step_deductions():
    s = "记2分;每少1名扣1分"
    assert scores(s, ["0", "1", "2", "3"]) == ["2", "1", "0", "0"]


def test_not_scoring_takes_the_sentences_own_points():
    # no item around it: 不得分 still takes the 2 points the sentence gives
    s = "得2分,超过3例不得分"
    assert scores(s, ["3", "4"]) == ["2", "0"]


@pytest.mark.parametrize("sentence", ["每次扣1分,扣完为止", "每次扣1分,减完为止", "每次扣1分,扣完為止"])
def test_floor_wordings_and_traditional_characters(sentence):
    assert scores(sentence, ["0", "4", "5", "9"], points="5") == ["5", "1", "0", "0"]


def test_cap_wording_before_the_rule():
    s = "加分上限为10分,每篇加3分"
    assert scores(s, ["3", "4", "9"]) == ["9", "10", "10"]


# --------------------------------------------------------------- steps past a threshold

def test_excess_over_a_threshold():
    s = "达到10人以上的,每增加2人加0.5分"
    # an award per step counts in proportion, as per-count awards do: 13 people are 3 above
    # 10, a step and a half, 0.75
    assert scores(s, ["9", "10", "11", "12", "13", "14"]) == ["0", "0", "0.25", "0.5", "0.75", "1"]


def test_deductions_past_a_threshold_count_whole_steps():
    s = "超过2天的,每增加2天扣1分"
    assert scores(s, ["2", "3", "4", "5", "6"]) == ["0", "0", "-1", "-1", "-2"]


def test_an_award_per_step_below_counts_in_proportion():
    s = "失控率低于5%的,每降低1个百分点加1分"
    assert scores(s, ["5%", "4.5%", "3%", "6%"]) == ["0", "0.5", "2", "0"]


def test_a_bare_count_before_steps_is_their_threshold():
    s = "用稿2篇,得基本分8分,每增加1篇加3分"
    assert scores(s, ["0", "1", "2", "3", "5"]) == ["0", "0", "8", "11", "17"]


def test_lateness_per_day_with_a_limit():
    s = "每逾期1天扣0.5分,逾期超过3天不得分"
    assert scores(s, ["0", "1", "3", "4"], points="2") == ["2", "1.5", "0.5", "0"]


def test_shortfall_from_a_target_with_no_award_clause():
    s = "未达到95%的,每下降2个百分点扣0.5分"
    # 90%: 5 points below, two whole steps of 2
    assert scores(s, ["96%", "95%", "94%", "93%", "90%"], points="2") == ["2", "2", "2", "1.5", "1"]


def test_two_slopes_of_one_value():
    s = "低于5%的,每降低1个百分点加1分;高于10%的,每超过1个百分点扣1分"
    assert scores(s, ["3%", "5%", "8%", "10%", "12%"]) == ["2", "0", "0", "0", "-2"]


# ------------------------------------------------------------------------------ levels

def test_levels_listed_after_their_names():
    s = "按好、较好、一般、差四档,分别计4分、3分、2分、1分"
    assert scores(s, ["好", "较好", "一般", "差"]) == ["4", "3", "2", "1"]


def test_levels_written_as_statements():
    s = "工作开展好的得3分,较好的得2分,一般的得1分,差的不得分"
    assert scores(s, ["好", "较好", "一般", "差"], points="3") == ["3", "2", "1", "0"]
    with pytest.raises(Stop) as stop:
        score(s, "优秀")
    assert "“好”、“较好”、“一般”、“差”" in stop.value.diagnostics[0].message


def test_deduction_levels_with_not_scoring():
    s = "贯彻落实一般的扣0.5分,落实不好的不得分"
    assert scores(s, ["一般", "不好"], points="2") == ["1.5", "0"]


def test_a_word_and_its_negation_stay_yes_no():
    assert "Levels" not in rule_kinds("落实好的得2分,落实不好的不得分")


# -------------------------------------------------------------------- judged, bands

def test_a_judged_deduction_may_be_zero():
    assert scores("有关工作视情扣0-2分", ["0", "1.5", "2"]) == ["0", "-1.5", "-2"]


def test_grade_bands_with_wei_and_no_de():
    s = "85分以上为优秀,70分以上85分以下为良好,其余为一般"
    assert scores(s, ["85", "84.5", "70", "69"]) == ["优秀", "良好", "良好", "一般"]


def test_yiwai_is_above():
    assert scores("95%以外的扣2分", ["95%", "96%"]) == ["0", "-2"]


def test_numerals_inside_words_are_text():
    s = "委托第三方对各地进行评估,超过95%(含)得3分"
    assert scores(s, ["94%", "95%"]) == ["0", "3"]


# ------------------------------------------------------------------ nothing left unread

@pytest.mark.parametrize("sentence,words", [
    ("迟到一次扣0.2分,罚款20元", "20元"),
    ("每发生1起扣1分,另外3起以上的加倍", "3起以上"),
])
def test_words_no_clause_used_are_an_error(sentence, words):
    with pytest.raises(Stop) as stop:
        try_rule(sentence, None)
    d = stop.value.diagnostics[0]
    assert d.code == "E218"
    assert words in d.message


def test_steps_either_way_from_one_point():
    s = "新增重复信访率12%的,得基准分8分,在此基数上,每下降1个百分点加1分,每上升1个百分点扣1分,扣完为止"
    # 10%: two points below, +2; 10.5%: an award counts in proportion, +1.5; 15%: three
    # above, -3; 15.5%: a deduction counts whole steps, -3; 30%: eighteen above, stops at 0
    assert scores(s, ["12%", "10%", "10.5%", "15%", "15.5%", "30%"]) == ["8", "10", "9.5", "5", "5", "0"]


def test_nothing_happened_scores_full_is_what_the_tiers_leave():
    s = "未发生重大事故得满分;发生1起重大事故扣5分,发生2起重大事故扣12分,发生3起及以上重大事故扣21分"
    assert scores(s, ["0", "1", "2", "4"], points="30") == ["30", "25", "18", "9"]


def test_grade_word_closing_a_band_needs_no_wei():
    s = "90分以上为优秀,80分以上良好,60分以下不合格"
    assert scores(s, ["95", "85", "60"]) == ["优秀", "良好", "不合格"]


def test_tiers_of_each_record_need_each_before_their_condition():
    s = "每条阅读量5—10万的,每次计0.1分;超过10万的,每次计0.2分"
    assert score(s, "60000", "200000", "1000") == "0.3"
    # is 1000人 a measure of each case, or of the unit? Refused, not guessed
    with pytest.raises(Stop) as stop:
        try_rule("死亡3人以下的每起减0.2分。死亡3人以上的每起减0.5分。", None)
    assert stop.value.diagnostics[0].code == "E202"


def test_tiers_on_the_unit_itself_choose_the_points_of_each_occurrence():
    # …的单位每起: the unit's headcount picks the band, each case brings its points
    s = "1000人以下的单位每起减0.2分。2000人以下的单位每起减0.1分。2000人以上的单位每起减0.05分。"
    assert scores(s, [("800", "3"), ("1500", "3"), ("3000", "4"), ("1500", "0")]) == ["-0.6", "-0.3", "-0.2", "0"]
    # at 1000 both 以下 and 以上 hold: the band better for the unit
    s = "1000人以下的单位每起减0.2分。1000人以上的单位每起减0.1分。"
    assert scores(s, [("1000", "2"), ("999", "2")]) == ["-0.2", "-0.4"]


def test_per_month_occurrence_and_points_without_a_verb():
    # 每月次: per month in which it happened; 10分 with no verb among deductions deducts
    s = "水质不达标的,每月次分别扣5分;水质反弹为劣Ⅴ类的,每月次10分,扣分扣完为止"
    assert scores(s, [("0", "0"), ("3", "0"), ("2", "1"), ("4", "10")], points="100") == ["100", "85", "80", "0"]
    assert score("国控断面单月水质反弹为劣V类的,每月次扣3分", "2") == "-6"


def test_a_count_in_a_clause_of_its_own_describes_the_failing():
    # 10户 is how many households were asked, not 扣1分 for every ten
    s = "随机访谈10户居民,未达标扣1分"
    assert scores(s, ["是", "否"]) == ["-1", "0"]
    # one of something, in the clause before, still counts each
    assert scores("发生一起生产安全事故的,扣30分", ["0", "2"]) == ["0", "-60"]


@pytest.mark.parametrize("sentence", [
    "考核结果分为优秀(90分以上),良好(80—89分),合格(60—79分),不合格(60分以下)四个等次",
    "考核结果分为优秀、良好、合格、不合格四个等次,90分以上为优秀,80分至89分为良好,60分至79分为合格,60分以下为不合格",
])
def test_grade_bands_announced_or_with_the_grade_first(sentence):
    assert scores(sentence, ["95", "85", "60", "59"]) == ["优秀", "良好", "合格", "不合格"]


def test_band_outcomes_after_de():
    s = "对预备党员积分为85分以上的按期转正,70-84分的延期转正,70分以下的取消预备党员资格"
    assert scores(s, ["90", "75", "60"]) == ["按期转正", "延期转正", "取消预备党员资格"]


def test_added_points_and_their_other_answer():
    # 加 adds to the score: the other answer takes 2 away, it does not count down from 2
    s = "验收合格,达到省定标准加2分,验收不合格扣2分"
    assert scores(s, ["是", "否"]) == ["2", "-2"]


def test_zero_in_other_words():
    assert scores("符合政策生育率82%以下的记零分", ["80%", "90%"], points="10") == ["0", "10"]


def test_a_verb_between_the_step_word_and_its_count():
    # 每季度 states the requirement (4 a year): the value is how many were held
    s = "每季度召开议事会议,每少开展一次活动的扣5分"
    assert scores(s, ["4", "3", "1"], points="10") == ["10", "5", "0"]


def test_counting_per_occurrence_carries_to_the_next_deductions():
    # 一次 counts each time; 迟到 and 缺席 after it, in the same breath, count the same way
    s = "请假一次扣3分,迟到扣1分,无故缺席扣5分"
    assert scores(s, [("0", "0", "0"), ("1", "2", "1"), ("2", "0", "1")], points="20") == ["20", "10", "9"]
    # after a 。 or ; the next deduction is a yes/no of its own
    assert "BooleanDeduction" in rule_kinds("未完成交办的工作任务,每次扣3分;有推诿扯皮现象的扣10分")


def test_a_count_of_more_than_one_is_reached_not_a_unit():
    s = "报刊、杂志用稿12篇,6分;网站、微信用稿12篇,4分"
    assert scores(s, [("12", "12"), ("12", "0"), ("20", "11")], points="10") == ["10", "6", "6"]


def test_losing_everything_in_other_words_is_read_not_dropped():
    s = "未开展矛盾化解工作,每次扣0.5分;未开展安全工作每次扣0.5分;发生安全责任事故,全部扣完"
    assert scores(s, [("1", "0", "否"), ("1", "1", "是")], points="5") == ["4.5", "0"]
    # a scoring word with no points is refused, never passed over
    with pytest.raises(Stop) as stop:
        try_rule("迟报事故信息第一起扣1分,每多一起加倍扣分", None)
    assert stop.value.diagnostics[0].code == "E218"


def test_places_in_words_and_listed():
    assert scores("排名前三名的分别加3分、2分、1分", [("1", "10"), ("3", "10"), ("4", "10")]) == ["3", "1", "0"]
    assert scores("在全市考核中排名第一的加2分", [("1", "10"), ("2", "10")]) == ["2", "0"]
    # which of the last three loses 3? the sentence does not say: refused
    with pytest.raises(Stop) as stop:
        try_rule("排名后三名的分别扣3分、2分、1分", None)
    assert stop.value.diagnostics[0].code == "E202"


def test_ranked_occurrences_counted_are_counts():
    s = "月度排名末两位的,每个每次扣0.5分;年度排名末两位的,每个再扣1分"
    assert scores(s, [("3", "0"), ("2", "1")]) == ["-1.5", "-2"]


def test_count_tiers_below_a_stated_one_and_the_failing_after():
    s = "全年举办培训班2期以上的得1分,1期的得0.5分,未举办的不得分"
    assert scores(s, ["3", "2", "1", "0"], points="1") == ["1", "1", "0.5", "0"]
    # 少一次 after 不少于2次 is a step, not a tier
    assert score("党委、政府研究信访工作每年不少于2次(2分),少一次扣1分", "1", points="2") == "1"


def test_awards_per_occurrence_carry_too():
    s = "被国家级媒体报道的每次加2分,省级加1分,市级加0.5分"
    assert score(s, "1", "2", "2") == "5"


def test_a_shortfall_with_a_limit_says_what_is_missing():
    assert "逾期" not in try_rule("每缺一项资料扣0.5分,缺三项以上的不得分", None).understood


def test_change_from_last_year_as_a_scale():
    s = "新发现吸毒人员数比上年下降的得2分,持平的得1分,上升的不得分"
    assert scores(s, ["下降", "持平", "上升"], points="2") == ["2", "1", "0"]


@pytest.mark.parametrize("sentence,values,expected", [
    # the points are for failing the requirement: they were read as for meeting it
    ("知晓率达到90%以上,未达到的扣2分", ["95%", "90%", "89%"], ["0", "0", "-2"]),
    ("知晓率达到90%以上,否则扣2分", ["90%", "80%"], ["0", "-2"]),
    ("学校配备专干不少于2名,未达到的扣1分", ["2", "1"], ["0", "-1"]),
    ("开展活动不少于4次,未达到的每少1次扣1分", ["4", "1"], ["0", "-3"]),
])
def test_a_requirement_then_its_failing(sentence, values, expected):
    assert scores(sentence, values) == expected


def test_per_village_requirement_counts_the_villages_failing_it():
    s = "每个村至少配备1名禁毒专干,未配备的每村扣0.5分"
    assert score(s, "1", "0", "2", "0") == "-1"  # staff in each of four villages: two have none


def test_a_bare_rate_then_its_failing():
    assert scores("禁种铲毒踏查率100%,达不到的扣1分", ["100%", "99%"]) == ["0", "-1"]


def test_a_limit_on_what_is_added_leaves_the_base():
    # 最高加1分 limits the steps above 30%, not the 3 points for reaching it
    s = "戒断三年未复吸人数占比达到30%以上的得3分,每增加1个百分点加0.1分,最高加1分"
    assert scores(s, ["29%", "30%", "35%", "60%"]) == ["0", "3", "3.5", "4"]


def test_a_formula_in_a_sentence_is_the_share_times_the_points():
    # 完成率×5分 was read as 5 points for yes (then refused); it is the share times 5
    assert scores("完成率×5分", ["80%", "100%"]) == ["4", "5"]
    # with more after it, it is still refused
    assert refusal("完成率×5分,完成率低于60%的不得分", "80%").code == "E218"


def test_tiers_beside_steps_both_score():
    # 98%以上得4分 and 95%—98%得3分 were dropped beside the steps below 95%; the steps
    # count down from the tier they continue: 93% is two points below 95%, 3 − 1
    s = "吸毒人员现实管控率98%以上得4分,95%—98%得3分,95%以下每降1个百分点扣0.5分"
    assert scores(s, ["99%", "96%", "95%", "93%", "80%"], points="4") == ["4", "3", "3", "2", "0"]
    s = "辍学率控制在1%以内得5分,超过1%的每超过0.1个百分点扣1分"
    assert scores(s, ["0.5%", "1%", "1.2%", "2%"], points="5") == ["5", "5", "3", "0"]


def test_deductions_growing_with_a_count_start_at_one():
    # 0 complaints is not 3次以内
    assert scores("群众投诉3次以内的扣1分,3次以上的扣3分", ["0", "1", "4"]) == ["0", "-1", "-3"]


def test_per_mille_and_per_ten_thousand():
    assert scores("发案率控制在万分之三以内的得2分", ["0.03%", "0.04%"]) == ["2", "0"]


def test_the_other_answer_with_points_of_its_own():
    # 否则扣1分 was dropped: 否 scored 0; it counts down from the sentence's own 2 points, as
    # 开展宣传的得3分,未开展扣2分 does from its 3
    assert scores("按时完成的得2分,否则扣1分", ["是", "否"]) == ["2", "1"]
    assert scores("按时完成的得2分,否则不得分", ["是", "否"]) == ["2", "0"]
    # 每条计0.5分,否则扣1分 crashed: now a message
    with pytest.raises(Stop) as stop:
        try_rule("每条计0.5分,否则扣1分", None)
    assert stop.value.diagnostics[0].code == "E202"


def test_a_place_among_units_beside_other_scoring():
    # it crashed try, then was refused: the place comes from all units, the rest from this one;
    # each is a part of the line now
    assert scores("发生1起扣5分,第1名加2分", [("1", "1"), ("0", "2")]) == ["-3", "0"]


def test_a_failing_counted_in_its_own_clause_is_no_requirement():
    # 两项以上未完成的: 未 says what is counted; it does not turn the count around
    s = "有一项指标未完成的扣2分,两项以上未完成的不得分"
    assert scores(s, ["0", "1", "2"], points="5") == ["5", "3", "0"]


def test_kinds_listed_are_not_a_scale():
    assert "Levels" not in rule_kinds("被省、市表彰的分别加2分、1分")
    assert "Levels" in rule_kinds("按好、较好、一般、差四档,分别计4分、3分、2分、1分")


def test_a_scale_ending_in_its_failing():
    s = "开展专项行动,成效明显的得3分,成效一般的得1分,无成效的不得分"
    assert scores(s, ["明显", "一般", "无成效"], points="3") == ["3", "1", "0"]


def test_bounds_on_either_end_of_a_range_and_a_full_rate_tier():
    s = "及时率100%得2分,95%(含)-100%得1.5分,90%(含)-95%得1分,90%以下不得分"
    assert scores(s, ["100%", "97%", "95%", "90%", "89%"], points="2") == ["2", "1.5", "1.5", "1", "0"]


def test_ranges_of_a_change():
    s = "八类主要刑事案件发案数同比下降10%以上的得3分,下降5%-10%的得2分,下降5%以下的得1分"
    assert scores(s, ["12%", "7%", "2%"]) == ["3", "2", "1"]


def test_a_full_rate_with_its_other_answer():
    assert scores("网格员配备率100%得1分,否则不得分", ["100%", "99%"]) == ["1", "0"]


def test_the_base_points_stay_on_their_side_of_the_threshold():
    # 不超过30人的得2分 gave its 2 points only above 30
    s = "禁毒社工人均服务对象不超过30人的得2分,每超过5人扣0.5分"
    assert scores(s, ["25", "30", "35", "50"]) == ["2", "2", "1.5", "0"]
    # 低于5%的得2分 gave its 2 points at 5% and above (4.5%: the award per step counts in
    # proportion, 2 + 0.5)
    s = "低于5%的得2分,每降低1个百分点加1分"
    assert scores(s, ["6%", "5%", "4.5%", "3%"]) == ["0", "0", "2.5", "4"]


def test_scoring_words_are_no_grades():
    # 60%以下的不得分,60%以上的按比例计分 was read as grades named 不得分 and 按比例计分
    with pytest.raises(Stop):
        try_rule("任务完成率在60%以下的不得分,60%以上的按比例计分", ["50%"])


def test_per_ten_thousand_people_is_words():
    s = "每万人口吸毒人员数控制在10人以内的得2分,每超过1人扣0.2分"
    assert scores(s, ["8", "12"]) == ["2", "1.6"]


def test_deduction_tiers_beside_full_points_count_down_from_them():
    s = "平安创建群众知晓率达到95%以上的得满分,90%—95%的扣1分,90%以下的扣2分"
    assert scores(s, ["96%", "92%", "85%"], points="3") == ["3", "2", "1"]


def test_none_at_all_after_steps_short_of_a_count():
    s = "县级禁毒委员会每年召开全体会议不少于2次,每少1次扣1分,未召开的不得分"
    assert scores(s, ["2", "1", "0"], points="3") == ["3", "2", "0"]


def test_a_rate_is_no_required_count():
    # 应完成1: the 100% was taken for one person required
    s = "社区戒毒(康复)人员报到率达到100%的得2分,每少报到1人扣0.5分"
    assert scores(s, ["0", "1", "3"]) == ["2", "1.5", "0.5"]


def test_per_mille_after_a_comparison_word():
    assert scores("吸毒人员数量占总人口比例超过千分之三的扣2分", ["0.3%", "0.31%"]) == ["0", "-2"]


def test_points_named_with_all_taken_are_the_ones_lost():
    # 5分全扣 was read as an award of 5 and the failing before it dropped
    s = "无组织机构,5分全扣;成员已变动未有文字材料,扣2分"
    assert scores(s, [("否", "否"), ("否", "是"), ("是", "否")], points="5") == ["5", "3", "0"]


def test_a_heading_with_the_same_points_is_not_a_second_award():
    s = "污水处理厂建设3分,当年建成投运的得3分,否则得0分"
    assert scores(s, ["是", "否"]) == ["3", "0"]
    # the same words restated before the award
    s = "设立信息员记30分,3月份前设立信息员记30分,每推迟1个月到位的扣10分"
    assert scores(s, ["0", "1", "4"]) == ["30", "20", "0"]


def test_points_in_brackets_after_the_rule_are_the_items():
    assert scores("少1人档扣1分。(10分)", ["0", "3", "12"]) == ["10", "7", "0"]
    # a task with its points in brackets is a yes/no award
    assert scores("按时召开工作会议。(2分)", ["是", "否"]) == ["2", "0"]


def test_each_worth_and_the_points_of_each_one_scored():
    assert scores("台账和制度各占0.5分,开展活动1分", [("是", "否", "是"), ("否", "是", "否")]) == ["1.5", "0.5"]
    s = "每个社区占5分,发现不达标的,每个单位每项扣0.5分,扣完为止"
    assert scores(s, ["0", "3", "12"]) == ["5", "3.5", "0"]


def test_plus_signs_and_the_highest_score():
    s = "每按时上交计划1份+1,迟交+0.5,最高分4分"
    assert scores(s, [("2", "1"), ("4", "1")]) == ["2.5", "4"]


def test_a_highest_score_below_the_items_points_in_deductions_is_refused():
    # 最高9分 of a 10-point item: the most it may score, or the most it may lose?
    with pytest.raises(Stop) as stop:
        try_rule("备课打印稿,最高9分,未进行排版修改的再降1分", ["是"], Decimal(10))
    assert stop.value.diagnostics[0].code == "E202"


def test_levels_with_ranges_of_points_need_the_points_judged():
    # 好的给8-10分 was read as 8 for 好, its range dropped; the level alone now asks for the points too
    with pytest.raises(Stop) as stop:
        try_rule("执行好的给8-10分,一般的给4-7分,较差的给1-3分", ["好"])
    assert stop.value.diagnostics[0].code == "E502"


def test_listed_points_in_ranking_order():
    s = "辍学率按从低到高分别得10、8、6、4分"
    assert scores(s, [("1", "4"), ("3", "4"), ("4", "4")]) == ["10", "6", "4"]
    s = "考核前5名单位的分别依排序另加5至1分"
    assert scores(s, [("1", "30"), ("4", "30"), ("6", "30")]) == ["5", "2", "0"]


def test_there_is_one_before_an_award_is_no_unit_of_counting():
    # 并有一名领导分管…的记6分 was read as 6 points per leader
    s = "做到三落实,并有一名乡镇领导分管统计工作的记6分"
    assert scores(s, ["是", "否"]) == ["6", "0"]
    assert scores("仅有一项完成的,得2分", ["是", "否"]) == ["2", "0"]
    # 一起 before a verb is "together", not one case
    assert scores("列入全面工作一起研究部署的记2分", ["是", "否"]) == ["2", "0"]
    # a count before a deduction still counts each one
    assert scores("有一项未落实扣2分", ["0", "2"], points="4") == ["4", "0"]


def test_grade_bands_with_bounds_inside_their_brackets_and_colons():
    s = "考核结果分为优秀(90分以上,含90分),良好(80—90分,含80分),合格(60—80分,含60分),不合格(低于60分)4个等次"
    assert scores(s, ["90", "80", "79.5", "59"]) == ["优秀", "良好", "合格", "不合格"]
    s = "分三个等级,80分(含80分)以上的为合格单位:60-80分(不含80分)的为基本合格单位;60分(不含60分)以下的为不合格单位"
    assert scores(s, ["80", "79.5", "60", "59"]) == ["合格单位", "基本合格单位", "基本合格单位", "不合格单位"]


def test_levels_announced_with_their_number():
    s = "评价按严重、比较严重、一般、不大严重、不严重5档划分,计分标准为1分、2分、3分、4分、5分"
    assert scores(s, ["严重", "一般", "不严重"]) == ["1", "3", "5"]
    # the number said does not match the levels listed: refused
    with pytest.raises(Stop):
        score("评价按严重、比较严重、一般、不大严重、不严重四档,计分标准为1分、2分、3分、4分、5分", "严重")


def test_a_failing_restated_before_more_awards():
    # 得2分(未制定不得分);…得6分 was refused: the 不得分 is the first award's other answer
    s = "有工作计划,得2分(未制定不得分);班子团结,得6分(由考评组视情量分)"
    assert scores(s, [("是", "6"), ("否", "4"), ("是", "3.5")]) == ["8", "4", "5.5"]
    s = "制定行动方案的得0.5分,未制定的不得分,制定并组织落实的,得0.5分"
    assert scores(s, [("是", "是"), ("是", "否"), ("否", "否")]) == ["1", "0.5", "0"]


def test_deductions_in_a_note_come_off_the_points_before_it():
    s = "组织健全,得9分(有一个组织未健全扣1分);报酬落实,得4分(有一项未落实扣2分)"
    assert scores(s, [("0", "0"), ("2", "1"), ("1", "3")]) == ["13", "9", "8"]


def test_a_comparison_with_words_before_a_percentage():
    # 超过社区实有人口6%: the share of the population, against 6%
    s = "刑事发案数超过社区实有人口6%的扣3分,超过7%的扣6分,超过8%以上的扣10分"
    assert scores(s, ["6%", "6.5%", "7%", "9%"], points="15") == ["15", "12", "12", "5"]


@pytest.mark.parametrize("sentence,values,expected", [
    # 参加2次 was read as an award of 2 points (加2), 参加一次 as an award of 1
    ("每年参加2次培训的得1分", ["2", "1"], ["1", "0"]),
    ("县主要领导参加一次加2.5分", ["0", "2"], ["0", "5"]),
    # money is tallied as written where nothing is in points
    ("被录用的每篇奖25元", ["2"], ["50"]),
])
def test_a_scoring_verb_inside_a_word_takes_no_count(sentence, values, expected):
    assert scores(sentence, values) == expected


@pytest.mark.parametrize("sentence", ["被录用的每篇奖25元", "每篇奖励500元,最高奖励1000元。", "每次扣50元",
                                      "在县级纸质媒体投稿并被录用的每篇奖25元,市级的奖35元,省级的奖85元"])
def test_money_in_an_item_of_points_is_refused(sentence):
    # read as points (25元 was 25分, added to the item's 3)
    assert refusal(sentence, points="3").code in ("E201", "E214", "E218")


def test_a_count_after_a_scoring_verb_is_not_points():
    assert refusal("增加3人的扣1分", "是").code == "E218"


def test_parts_after_of_which_are_the_points_before_it():
    # 记2分,其中…记1分,…记1分 was read as 2 + 1 + 1
    s = "村建立工作组记2分,其中,明确有专干的记1分,报酬落实的记1分"
    assert scores(s, [("是", "是"), ("是", "否"), ("否", "否")]) == ["2", "1", "0"]
    with pytest.raises(Stop) as stop:
        score("村建立工作组记2分,其中,明确有专干的记1分,报酬落实的记0.5分", "是", "是")
    assert "其中" in stop.value.diagnostics[0].message


def test_there_is_one_counts_only_its_own_kind():
    s = "议事会、监督小组等机构有一项未成立扣5分,公开制度不健全扣10分"
    assert scores(s, [("1", "否"), ("0", "是")], points="100") == ["95", "90"]


def test_several_required_counts_then_one_step_short_of_them():
    s = "校长每年至少2次,其他副职至少4次,每少一次扣2分"
    assert scores(s, [("2", "4"), ("1", "4"), ("0", "1")], points="15") == ["15", "13", "5"]
    # 半年1次 is 2 a year, 一年1次 is 1
    s = "前者半年1次,后者一年1次,少一次扣1分"
    assert scores(s, [("2", "1"), ("1", "1"), ("0", "0")], points="3") == ["3", "2", "0"]
    # a limit after the shared step is on them all together
    assert score("校长每年至少2次,其他副职至少4次,每少一次扣2分,最多扣5分", "0", "0") == "-5"
    # a requirement in another counter is not short "一次": not guessed
    with pytest.raises(Stop):
        score("参加人数不少于50人,开展活动不少于4次,每少一次扣1分", "50", "4")


def test_labels_and_bare_numbers_are_levels():
    assert scores("记录全3;记录不全1;无0", ["记录全", "记录不全", "无"]) == ["3", "1", "0"]
    assert scores("落实度分别得分:优40良30中20差0", ["良", "差"]) == ["30", "0"]
    # anything else in the sentence and it is no table cell
    with pytest.raises(Stop):
        score("开展宣传3次,检查2次", "是")


def test_a_judged_amount_per_occurrence_may_be_written_alone():
    assert scores("未开或少开的,按次扣1-3分", ["2", ("1", "3")]) == ["-2", "-4"]
    # beside another value, one occurrence's amount alone
    s = "少开会议的,按次扣1-3分;无责任分解的,扣5分"
    assert scores(s, [("2", "否"), ("3", "是")], points="10") == ["8", "2"]


def test_parts_after_of_which_may_be_counts_with_a_limit():
    # 计1分。其中,…计0.5分;…每条次计0.02分,最高计0.5分: the 1 is the 0.5 and the capped 0.5
    s = "利用市级媒体开展宣传,计1分。其中,开设专栏,计0.5分;播放信息每条次计0.02分,最高计0.5分"
    assert scores(s, [("是", "10"), ("是", "40"), ("否", "0")]) == ["0.7", "1", "0"]


def test_all_of_the_items_points_as_the_only_outcome():
    assert scores("不合要求扣完此项分数", ["是", "否"], points="3") == ["0", "3"]
    # beside deductions it is where they stop
    assert scores("每次扣1分,扣完此项分数", ["5"], points="3") == ["0"]


def test_a_judged_bonus_with_its_limit():
    s = "财政投入向薄弱乡镇倾斜较多的,酌情加分,最高加1分"
    assert scores(s, ["0.6", "1"]) == ["0.6", "1"]
    with pytest.raises(Stop):
        score(s, "1.5")


def test_a_count_of_another_counter_describes_the_cases_counted():
    s = "巡查发现问题每宗0.3分,未及时整改的扣1分,同样问题连续通报二次的扣2分"
    assert scores(s, [("3", "0", "0"), ("2", "1", "1")], points="10") == ["9.1", "6.4"]
    # in the counter counted, it would be a threshold: not guessed
    with pytest.raises(Stop):
        score("每次迟到扣1分,迟到3次的扣5分", "4", "1")


def test_a_numeral_before_a_word_that_is_no_counter_is_text():
    # 不少于两科手写备课 stopped the parser (E102): 两科 is no number jdscore reads
    try_rule("每位教师代课两科及以上的不少于两科手写备课,不足以上条件的按检查得分降低1分处理", None)
    assert score("达到百分之八十的,计1分", "80%") == "1"


def test_a_judged_deduction_with_no_range_comes_off_the_points_named():
    s = "定期召开会议,得1分,没有不得分,未按计划定期召开会议的酌情扣分"
    assert scores(s, [("是", "0"), ("是", "0.5"), ("否", "0")]) == ["1", "0.5", "0"]
    with pytest.raises(Stop):
        score(s, "是", "1.5")
    # a failing that names its own verb is a yes/no of its own
    s = "对人员经费落实计5分,未研究不计分,只研究不落实扣2.5分"
    assert scores(s, [("否", "否"), ("否", "是"), ("是", "否")], points="5") == ["5", "2.5", "0"]


def test_a_band_may_name_what_it_brings_at_some_length():
    s = "考核得分在90分(含90分)以上的有资格参加镇以上安全生产工作先进单位评比;80分(含80分)以上的为合格单位;79分以下的为不合格单位"
    assert scores(s, ["95", "85", "70"]) == ["有资格参加镇以上安全生产工作先进单位评比", "合格单位", "不合格单位"]


def test_a_base_both_awards_and_deductions_start_from():
    s = "网站基础分值5分,完成任务的加5分,完不成任务的在总分值中扣5分"
    assert scores(s, ["是", "否"]) == ["10", "0"]
    # 得基准分8分 is still an award the steps continue from
    s = "新增重复信访率12%的,得基准分8分,每下降1个百分点加1分,每上升1个百分点扣1分"
    assert scores(s, ["10%", "13%"]) == ["10", "7"]


def test_how_many_were_sampled_is_a_description():
    s = "在各地随机抽查10%(不足4所,以4所计算)学校材料,每1所学校不合格,扣1分"
    assert scores(s, ["0", "2", "6"], points="4") == ["4", "2", "0"]
    # a rate right after 抽查 …率 is still a threshold
    assert scores("抽查合格率95%以上的得2分", ["96%", "90%"]) == ["2", "0"]


def test_several_requirements_and_one_failing_that_loses_the_item():
    s = "小学辍学率控制在1%以内;初中辍学率控制在2%以内。(20分) 达不到要求不给分"
    assert scores(s, [("1%", "2%"), ("0.5%", "1.8%"), ("1.2%", "1.5%"), ("0.8%", "2.5%")]) == ["20", "20", "0", "0"]
    s = "知晓率达到90%以上,参与率达到80%以上,达不到要求的不得分"
    assert scores(s, [("95%", "85%"), ("95%", "70%")], points="5") == ["5", "0"]


def test_not_counting_after_points_for_each_one_says_which_ones_count():
    # 无记录、评议不加分 was read as a zero for the whole item
    s = "听一次加2分,无记录、评议不加分,少听一节扣2分"
    assert scores(s, [("4", "0"), ("2", "2"), ("0", "1")]) == ["8", "0", "-2"]
    assert scores("每篇计0.5分,负面报道不计分", ["3"]) == ["1.5"]


def test_money_in_brackets_names_the_kind_of_case():
    s = "一般刑事案件(500元1000元)1000人以下的单位每起减0.2分。2000人以下的单位每起减0.1分。"
    assert scores(s, [("500", "1"), ("1200", "2")]) == ["-0.2", "-0.2"]
    # money outside brackets is still never passed over
    with pytest.raises(Stop):
        score("无故缺席一人次扣0.5分,罚款50元", "1")


def test_a_fine_on_a_persons_pay_is_no_points():
    s = "无故缺席一人次扣0.5分,扣当事人浮动工资50元,迟到早退一人次扣0.2分,扣当事人浮动工资20元"
    assert scores(s, [("2", "0"), ("1", "3")], points="4") == ["3", "2.9"]


@pytest.mark.parametrize("sentence,verb", [
    ("按实际完成情况赋分,未完成的扣2分", "赋分"),
    ("根据完成情况计分,未完成不得分", "计分"),
    ("建立台账的得2分,按实际情况评分", "评分"),
])
def test_a_scoring_verb_with_no_points_is_never_passed_over(sentence, verb):
    # these clauses were dropped: the other clause alone was scored, with a green check
    with pytest.raises(Stop) as stop:
        score(sentence, "是")
    d = stop.value.diagnostics[0]
    assert d.code == "E218" and verb in d.message


def test_a_scoring_verb_announcing_the_points_that_follow():
    assert score("按照未完成事项进行扣分,每项扣5分", "2", points="10") == "0"
    assert score("及时扑灭的,不扣分,并给予加分。(每个火点加2分)", "3") == "6"


def test_bands_of_a_share_take_the_total_as_a_share():
    s = "标化分85%以上为良好,60%—85%为一般,60%以下为差"
    assert scores(s, ["85%", "70%", "60%", "59%"]) == ["良好", "一般", "一般", "差"]


def test_a_formula_in_the_documents_words():
    s = "得分=70×实际达标率-63"
    assert scores(s, ["100%", "95%", "92%", "85%"], points="7") == ["7", "3.5", "1.4", "0"]
    assert rule_kinds(s) >= {"Formula"}
    s = "标化分=实得的分数除以该单位应得的最高总分×100"
    assert scores(s, [("85", "100"), ("72", "90"), ("0", "80")]) == ["85", "80", "0"]
    # dividing by a value of 0 gives no score rather than a crash
    assert score(s, "5", "0") == "0"
    assert scores("S加=D升/D总×10分", [("1", "8"), ("2", "5")]) == ["1.25", "4"]


def test_a_formula_with_a_limit_a_long_name_and_shares():
    # the limit after it in a clause of its own; a long name before = ending as a score's name
    s = "省域外签约项目投资额分值=当年签约投资额/当年目标任务金额×50,最高得50分。"
    assert scores(s, [("120", "100"), ("50", "100"), ("0", "100")]) == ["50", "25", "0"]
    # a share written with % is that share (85% is 0.85)
    assert scores("得分=满意度合格率/80%×10分", ["60%", "72%"]) == ["7.5", "9"]
    assert score("得分=(实际完成率-60%)×10", "90%") == "3"
    # a long name that is no score's name is no formula
    with pytest.raises(Stop):
        score("当年省域外签约项目投资金额=当年投资额/目标×50", "1", "2")


def test_what_is_no_formula_is_refused_as_before():
    with pytest.raises(Stop):
        score("得分=70×实际达标率-", "90%")
    with pytest.raises(Stop):
        score("考核得分=", "1")


def test_the_formula_of_the_whole_rubric_is_no_items_formula():
    with pytest.raises(Stop) as stop:
        score("考核总分值=基础分值+附加分值", "1", "2")
    assert "总分" in stop.value.diagnostics[0].hint


def test_above_a_count_in_its_own_counter_each_one_beyond_it():
    assert scores("事假超过3次,每次扣2分", ["3", "4", "6"]) == ["0", "-2", "-6"]
    # records with tiers of their own measure are still records
    assert score("每条阅读量5—10万的,每次计0.1分;超过10万的,每次计0.2分", "60000", "200000") == "0.3"


def test_own_points_on_a_yes_no_of_their_own_words():
    # 排查对象准确计1分 was taken as a base whatever the answer: its words were dropped
    s = "排查对象准确计1分。发现一例优亲厚友扣0.5分。"
    assert scores(s, [("是", "0"), ("是", "1"), ("是", "3"), ("否", "0")]) == ["1", "0.5", "0", "0"]
    # deductions that are its own failing still count down from the points alone
    s = "全面实行一把手制度加5分,抽查发现每少推行一个部门扣1分"
    assert scores(s, ["0", "2", "6"]) == ["5", "3", "0"]


def test_points_written_before_the_deduction_verb():
    s = "中心组专题学习全年至少2次,未安排或少安排的,按次1-3扣分;主要领导未讲党课的,扣2分"
    assert scores(s, [("1", "否"), ("3", "是")], points="10") == ["9", "5"]
    # a count before 扣分 is no points
    with pytest.raises(Stop):
        score("超过5人扣分", "6")


def test_nested_steps_of_one_value_are_refused():
    assert refusal("安全感低于96%的,每降低1个百分点扣0.25分;低于90%的,每降低1个百分点扣0.5分", "85%", "85%").code == "E202"


def test_a_formula_the_points_are_worked_out_by():
    assert scores("按完成率×10计分", ["85%", "100%"]) == ["8.5", "10"]
    # for a yes/no and its other answer (未 put into the same words)
    s = "比例达到年度任务要求的,按水质比例×50计分;比例未达到年度任务要求的,按水质比例×50×0.8计分"
    assert scores(s, [("是", "87.5%"), ("否", "75%")]) == ["43.75", "30"]
    # for a yes/no alone, nothing otherwise
    assert scores("达到要求的,按水质比例×50计分", [("是", "80%"), ("否", "80%")]) == ["40", "0"]
    # 按(…÷…)×5分计算: worked out (计算, 折算) where the formula divides or has brackets
    s = "按（实际完成率÷70%）×5分计算，最高5分"
    assert scores(s, ["63%", "80%"]) == ["4.5", "5"]
    assert scores("按实际完成数÷目标数×8分折算", [("3", "4")]) == ["6"]


def test_a_formula_after_the_words_that_say_it():
    s = "2020年现状好于Ⅲ类的断面实现升类的个数占断面总个数的比重,乘以10分进行加分,S加=D升/D总×10"
    assert scores(s, [("1", "8"), ("2", "5")]) == ["1.25", "4"]
    # words before it with numbers of their own are not the formula said again
    with pytest.raises(Stop):
        score("每项计2分,S=D升/D总×10", "1", "2")


# ------------------------------------------------- the document's numbering and time words

@pytest.mark.parametrize("label", ["3、", "(3)", "（3）", "3.", "3)", "③", "三、"])
def test_numbering_before_a_sentence_is_no_count(label):
    # 3、 was read as a required 3: 每缺1份 then counted short of 3 (0 missing lost 3 points)
    s = f"{label}未签订安全生产目标责任状的,每缺1份扣1分"
    assert scores(s, ["0", "1", "3"], points="4") == ["4", "3", "1"]


def test_decimal_points_at_the_start_are_no_numbering():
    assert scores("1.5分以上的得2分", ["1.5", "1"]) == ["2", "0"]


@pytest.mark.parametrize("sentence,required", [
    ("每年至少召开消防联席会议2次,少1次扣1分", 2),   # was 1: 每年 alone, the 2次 dropped
    ("每年召开联席会议2次,少1次扣1分", 2),
    ("每季度召开一次联席会议,少一次扣1分", 4),
    ("每季度召开联席会议一次,少一次扣1分", 4),
    ("每月报送信息2条,每少1条扣0.2分", 24),
])
def test_a_requirement_per_period_times_its_count(sentence, required):
    # the value is the number done: `required` done loses nothing, one fewer loses the step
    assert score(sentence, str(required), points="10") == "10"
    step = "0.2" if "0.2" in sentence else "1"
    assert score(sentence, str(required - 1), points="10") == str(10 - Decimal(step))


@pytest.mark.parametrize("sentence", [
    "按时报送的计满分,每超过规定时限1天扣1分",
    "在最后期限前报送计满分,每超时限1天扣1分,扣完为止",
    "按时报送的计满分,每超期1天扣1分",
])
def test_lateness_in_other_words(sentence):
    assert rule_kinds(sentence, "10") >= {"Lateness"}
    assert scores(sentence, ["0", "3", "12"], points="10") == ["10", "7", "0"]


# ------------------------------------------------------------------- caps and pools

@pytest.mark.parametrize("cap", ["累计扣分不超过3分", "扣分不超过3分", "扣分上限为3分", "本项扣分不超过3分",
                                 "扣分累计不超过3分", "最多扣3分"])
def test_a_limit_on_deductions_in_other_words(cap):
    # 8 late reports at 0.5: 4 points, limited to 3
    assert scores(f"报送不及时的,每次扣0.5分,{cap}", ["8", "2"], points="10") == ["7", "9"]


@pytest.mark.parametrize("cap", ["加满3分为止", "计满3分止", "累计加分不超过3分"])
def test_a_limit_on_awards_in_other_words(cap):
    assert scores(f"每篇计0.5分,{cap}", ["8", "4"], points="10") == ["3", "2"]


def test_points_with_a_floor_are_the_pool_its_deductions_come_off():
    # 得10分…扣完为止: the 10 is what the deductions use up, not a yes/no of its own
    s = "路面整洁卫生,无暴露垃圾、污水,得10分;发现一处扣2分,扣完为止"
    assert scores(s, ["0", "3", "6"], points="10") == ["10", "4", "0"]


def test_clauses_that_are_alternatives_give_the_best():
    # 同一事项按最高计,不重复加分 over several yes/no values: a matter at its highest level is the best
    # of them (refused before: which matter is the same one?)
    s = "市级以上表彰加2分,县级表彰加1分,同一事项按最高计,不重复加分"
    assert scores(s, [("是", "是"), ("否", "是"), ("否", "否")]) == ["2", "1", "0"]
    # the best of the awards at the end, on top of what comes before them
    s = "食堂从业人员每年参加食品安全培训不少于40学时的得2分;获评市级“示范食堂”的另加1分,获评省级的另加2分(不重复加分)。"
    assert scores(s, [("40", "否", "否"), ("45", "是", "是"), ("30", "否", "是")]) == ["2", "4", "2"]
    # counts of each kind listed: each matter counted once, at its highest
    s = "获得国家级、省级农业农村工作表彰的,每项分别加2分、1分,同一事项按最高级别计,加分以3分为限。"
    assert scores(s, [("1", "1"), ("0", "2"), ("2", "0")]) == ["3", "2", "3"]
    # beside one count it says how to count it
    assert score("每获得一次表彰加1分,同一事项不重复加分", "2") == "2"


def test_doubling_without_points_says_how_to_write_it():
    with pytest.raises(Stop) as stop:
        try_rule("低于90%的扣1分;情节严重的加倍扣分", None)  # (twice a yes/no's 1?)
    d = stop.value.diagnostics[0]
    assert d.code == "E218" and "再扣" in d.hint


# ---------------------------------------------------------------------- levels, bands

@pytest.mark.parametrize("sentence", [
    "河道水质评定等级达到优秀、良好、合格和不合格四个等次,分别得60、45、30和0分",
    "评定等级达到优秀、良好、合格、不合格四个等次,分别得基本分60、45、30、0分",
])
def test_levels_joined_by_he_and_after_words_that_lead_to_them(sentence):
    assert scores(sentence, ["优秀", "良好", "合格", "不合格"]) == ["60", "45", "30", "0"]


@pytest.mark.parametrize("sentence,grades", [
    # the boundary sentence after 。, in brackets
    ("考核得分90分以上为优秀,80分以上90分以下为良好,60分以上80分以下为合格,60分以下为不合格。(以上含本数,以下不含本数)",
     {"90": "优秀", "89.5": "良好", "80": "良好", "60": "合格", "59": "不合格"}),
    ("90分以上为优秀,60分以上90分以下为合格,60分以下为不合格。(以上不含本数,以下含本数)",
     {"90": "合格", "90.5": "优秀", "60": "不合格"}),
    # bands separated by 、, a (含) between the number and 至
    ("考核结果划分为优秀、良好、合格、不合格四个等级,评分结果90分及以上为优秀、70分(含)至90分为良好、"
     "60分(含)至70分为合格,60分以下为不合格。",
     {"90": "优秀", "70": "良好", "69": "合格", "60": "合格", "59.5": "不合格"}),
])
def test_grade_bands_as_documents_write_them(sentence, grades):
    for total, grade in grades.items():
        assert score(sentence, total) == grade, total


# ------------------------------------------------------------------------ 按比例

@pytest.mark.parametrize("sentence,values,expected", [
    # the points in full at the target, in proportion to it below: 72% is 0.8 of 90%
    ("使用率达到90%的,得5分;不达90%的,按比例扣分", ["96%", "90%", "72%", "45%"], ["5", "5", "4", "2.5"]),
    # a yes/no award, then 按比例 for its other answer: the value is the share done
    ("按期足额缴纳的,得5分;未足额缴纳的,按比例扣分", ["100%", "80%", "0%"], ["5", "4", "0"]),
    ("完成任务的得5分,未完成的按完成比例计分", ["100%", "80%"], ["5", "4"]),
    # a limit on the same rate
    ("按完成比例计分,完成率低于60%的不得分", ["100%", "60%", "59%"], ["10", "6", "0"]),
    # 得满分 is the item's points; a rate at 100% or at a target is the same value below it
    ("完成全年任务得满分,未完成的按比例得分", ["100%", "85%", "0%"], ["10", "8.5", "0"]),
    ("完成率100%得8分,未完成的按完成比例计分", ["100%", "75%"], ["8", "6"]),
    ("完成率达到80%得8分,未达到的按比例扣分", ["90%", "80%", "60%"], ["8", "8", "6"]),
])
def test_in_proportion(sentence, values, expected):
    assert scores(sentence, values, points="10") == expected


@pytest.mark.parametrize("sentence", [
    "按实际完成百分比计分", "按完成比例计算得分,满分为止", "按年度任务完成率得分",
    "全面完成抚育任务得10分,未完成按抚育率得分",
    "按达到防洪标准的堤防长度占评价堤防总长度的比例赋分",
])
def test_in_proportion_to_a_rate_named_in_a_few_words(sentence):
    assert scores(sentence, ["100%", "85%", "0%"], points="10") == ["10", "8.5", "0"]


@pytest.mark.parametrize("sentence", [
    "按其未完成比例扣分,扣满3分为止",  # a shortfall: what share of what is deducted?
    "按完成率排名计分",  # a place, not a share
])
def test_in_proportion_refused_for_a_shortfall_or_a_place(sentence):
    with pytest.raises(Stop):
        score(sentence, "85%", points="10")


def test_a_stop_is_no_grade():
    # 扣满3分为止 once read as grade bands: the grade 止 for totals of 3 and more
    with pytest.raises(Stop):
        try_rule("扣满3分为止", ["5"])


def test_in_proportion_refused_where_the_limit_is_no_share_of_the_value():
    # 28件 makes the value a count: 低于60% cannot be tested on it
    with pytest.raises(Stop):
        score("年度任务28件,按完成比例计分,低于60%的不得分", "10", points="10")
    with pytest.raises(Stop) as stop:  # the target below is not the one the points are for
        score("使用率达到90%的,得5分;低于80%的,按比例扣分", "72%", points="10")
    assert stop.value.diagnostics[0].code == "E202"


# ------------------------------------- misreads found on documents collected blind (round 2)

def test_a_requirement_word_before_points_takes_no_points():
    # 应急 holds 应 (a requirement): it took the (2分) as a required count, then crashed
    s = "建立和明确突发事件应急领导机构(2分);指挥机构(1分)"
    assert scores(s, [("是", "是"), ("是", "否")]) == ["3", "2"]
    assert score("每月应开展2次,少1次扣1分", "23", points="5") == "4"  # 24 a year


def test_one_time_points_then_a_limit_far_above_is_per_time():
    # tiers 1 and ≥4 would leave 2 and 3 scoring nothing
    s = "迟到一次扣0.5分,四次以上不得分"
    assert scores(s, ["1", "2", "3", "4"], points="10") == ["9.5", "9", "8.5", "0"]
    s = "出现一次的扣1分;出现两次以上的,该项不得分"  # tiers still, where they meet
    assert scores(s, ["1", "2"], points="10") == ["9", "0"]


def test_a_statement_left_over_by_a_kinds_reading_is_refused():
    # 各扣0.5分 read alone: 四次(含)以上不得分 was passed over in silence
    assert refusal("迟到、早退一次各扣0.5分,以此类推,四次(含)以上不得分", "4", "0", points="10").code == "E202"


def test_bands_written_worst_first_give_the_better_grade_at_a_shared_end():
    s = "律师年度获得60分以下的法律援助考核为不合格、60-70分为合格、80-90分为良好,90分以上的为优秀。"
    assert scores(s, ["60", "59", "90", "85"]) == ["合格", "不合格", "优秀", "良好"]


def test_zero_points_for_a_failing_are_a_zero_for_the_item():
    # 计0分 was a yes/no award of 0: it scored nothing whatever the answer
    assert scores("未完成目标任务的,计0分", ["是", "否"], points="5") == ["0", "5"]
    assert scores("未完成目标任务的,本项计0分", ["是", "否"], points="5") == ["0", "5"]
    assert scores("完成的得5分,否则得0分", ["是", "否"]) == ["5", "0"]
    assert scores("低于60%的得0分,60%以上的得5分", ["50%", "70%"], points="5") == ["0", "5"]  # a tier's 0
    with pytest.raises(Stop):  # 此大项: the group above, which one rule line cannot reach
        score("未完成目标任务的,此大项计0分", "是", points="5")


def test_not_scoring_takes_the_sentences_own_points_too():
    s = "村民自治达 50%以上,且验收合格记4 分,每下降 1 个百分点扣 1分;验收不合格不记分;"
    assert scores(s, [("60%", "否"), ("60%", "是"), ("45%", "否")]) == ["4", "0", "0"]


def test_each_in_a_distribution_word_is_not_the_counter():
    # 每班 is where the 3 applies; /人 is what each deduction counts
    s = "(1)出勤人数,每班最多缺席3人,超过3人的,扣0.5分/人"
    assert scores(s, ["3", "4", "6"], points="5") == ["5", "4.5", "3.5"]


def test_a_level_that_deducts_beside_one_with_the_whole_points():
    s = "发动组织群众好的计2.5分,差的扣1分"
    assert scores(s, ["好", "差"], points="2.5") == ["2.5", "1.5"]


def test_a_number_with_a_leading_zero_is_refused():
    assert refusal("各村张贴公告每少1张扣05分", "1").code == "E204"


def test_keeping_within_a_limit_then_a_deduction_is_refused():
    # the standard (不超过5%), then the deduction for missing it? or a deduction for keeping it?
    assert refusal("与市局食品质量信用记录企业出入不超过5%,扣10分", "3%").code == "E202"
    # with 的 it is a condition, as for tiers of lateness
    assert scores("不超过3天的扣1分,超过3天的扣2分", ["2", "5"], points="5") == ["4", "3"]


def test_a_rule_that_fails_is_never_read_as_grade_bands():
    # its clauses have points: 扣1分 is no grade name
    with pytest.raises(Stop):
        score("出入不超过5%,扣1分,超过5%,扣2分", "3%")


def test_all_and_nothing_in_one_clause_are_refused():
    assert refusal("全扣全得", "是", points="1").code == "E202"


def test_bare_points_for_falling_short_are_refused():
    # 扣 lost in a scan (扌II): 1分 per point short is no award
    with pytest.raises(Stop):
        score("部门应急预案要达到100%每少1个百分点扌II 1分", "97%", points="5")


def test_points_before_kou_wan_are_the_pool():
    # 20分扣完为止 was an award of 20, on a yes/no of its own
    s = "发现河长牌联系方式不通的每处扣5分;发现河长牌不干净整洁每个扣5分;20分扣完为止。"
    assert scores(s, [("1", "1"), ("2", "3")], points="25") == ["15", "5"]
    assert scores("每低1个百分点扣1分,直至本项分值扣完。", ["3", "30"], points="20") == ["17", "0"]


def test_fanzhi_is_otherwise():
    s = "建立和开发的各得2分,反之,不得分。"
    assert scores(s, [("是", "是"), ("是", "否"), ("否", "否")]) == ["4", "2", "0"]


def test_a_count_in_a_unit_jdscore_does_not_know_is_never_passed_over():
    # 2500字至4000字 with 字 unknown was no condition at all: a yes/no for each tier
    s = "按文章字数计分:2500字至4000字得6分;4000字至6000字得10分;6000字以上得20分。"
    assert scores(s, ["3000", "5000", "7000", "1000"]) == ["6", "10", "20", "0"]
    assert refusal("达到3000部以上的得2分", "5000").code == "E218"


def test_count_tiers_whose_later_counts_name_nothing_again():
    s = "无故缺席一次扣3分,两次扣5分,三次(含)以上不得分。"
    assert scores(s, ["0", "1", "2", "3"], points="10") == ["10", "7", "5", "0"]


def test_a_judged_deduction_for_the_other_answer_counts_down_from_the_points():
    s = "定期召开党员会议,活动内容丰富的记5分,否则酌情扣分。"
    assert scores(s, ["0", "2", "5"]) == ["5", "3", "0"]


def test_a_bare_value_whose_steps_above_lose_points_is_a_ceiling():
    s = "违法生育多项控制率3%(12分)上升1个百分点扣1分"
    assert scores(s, ["2%", "3%", "5%", "20%"]) == ["12", "12", "10", "0"]


def test_tiers_of_a_growing_gap_start_above_nothing():
    # 低5%以内 took in 0%: a unit that met its task lost 2 points
    s = "比下达任务低5%以内(含5%)的扣2分,低5%-10%的扣4分,低超过10%的扣6分"
    assert scores(s, ["0%", "5%", "7%", "12%"], points="5") == ["5", "3", "1", "0"]


def test_in_proportion_as_a_percentage():
    s = "服务区域高血压病患者登记率≥40%,得 10分;低于40%按百分比得分"
    assert scores(s, ["40%", "30%", "60%"]) == ["10", "7.5", "10"]


def test_spaces_inside_the_points_of_a_scanned_page():
    # 不全扣 1分 was 全扣 (the whole item) and an award of 1
    s = "无出生缺陷登记本不得分,登记不全扣 1分"
    assert scores(s, [("否", "是"), ("是", "否")], points="5") == ["4", "0"]
    # a list number and a space before the sentence is no count
    assert scores("3 高危住院分娩率每少一例扣 1分", ["0", "3"], points="10") == ["10", "7"]


# ------------------------------------- misreads found on documents collected blind (round 4)

def test_points_with_a_veto_are_refused():
    # the whole sentence was a veto: 得10分 was passed over
    assert refusal("全年无火灾得10分,发生森林火灾无分,并实行一票否决", "是").code == "E202"


def test_a_deduction_verb_far_from_its_points_is_refused():
    # read as an award of 2 per time: the sign came from nowhere
    assert refusal("发现一次扣带班领导和值班人员每人年终目标分2分。", "1").code == "E218"


def test_a_minus_before_points_is_a_deduction():
    assert scores("被举报有不符合志愿者行为规范,并提供相关证据(-10分)", ["是", "否"]) == ["-10", "0"]
    assert score("不达标酌情扣1分-3分", "2") == "-2"  # a range, not a minus


def test_zeng_adds():
    s = "未按程序要求走访的,每项扣5分,未组织复查的,每项扣5分;走访率、复查率高于规定指标的,每项增2分。"
    assert scores(s, [("0", "0", "2"), ("1", "1", "1")]) == ["4", "-8"]


def test_whether_needs_the_answer_that_scores():
    with pytest.raises(Stop) as stop:  # 是 loses the 10 here, gains them elsewhere: unsaid
        score("布线:是否在寝室内私拉电线、网线或不按规定布线(10分);", "是", points="10")
    assert stop.value.diagnostics[0].code == "E218"
    assert score("查看是否建立制度,建立的得2分", "是") == "2"
    s = "是否上会部署,有得10分,无扣2分。"
    assert scores(s, ["是", "否"]) == ["10", "8"]


def test_points_for_each_month_beside_deductions_are_refused():
    assert refusal("每月工作信息不少于20条,每月0.25分,少1条扣0.05分,扣完为止。", "239").code == "E202"


def test_dan_qi_is_each_occurrence():
    s = "因履职不到位引发森林火灾的,单起受害面积30亩以上的扣10分,扣完为止。"
    assert scores(s, [(), ("40",), ("40", "20", "35")], points="40") == ["40", "30", "20"]


def test_a_leading_zero_is_refused_in_points_only():
    # 08:30 and 05日 are a time and a date; 05分 has lost its point
    assert scores("早上08:30前未到岗的扣1分", ["是", "否"]) == ["-1", "0"]
    assert score("每月05日前报送的得2分", "是") == "2"
    with pytest.raises(Stop):
        score("达到095%的得2分", "96%")


# ------------------------------------------------------- round 5: steps both ways, lists

def test_steps_both_ways_from_a_threshold_met():
    s = "完成率达到100%的,得25分,每超过1%加1分,每低1%减1分,最高加至30分,减分直至扣完。"
    # 25 at 100%; 110%: 10 steps up, capped at 30; 90%: 10 down; 75%: 25 down, 0
    assert scores(s, ["100%", "103%", "110%", "90%", "75%"], points="30") == ["25", "28", "30", "15", "0"]


def test_either_way_step_words():
    s = "完成县下达任务的,得25分;每增减1%,加减1分,最高加至30分,减分直至扣完。"
    # 完成任务 is 100% of the task, where the steps count from
    assert scores(s, ["100%", "104%", "90%", "75%"], points="30") == ["25", "29", "15", "0"]


def test_either_way_without_its_points_is_refused():
    assert refusal("完成任务的,得25分;每增减1%。", "90%").code == "E218"


def test_steps_from_no_change():
    s = "与上年度相比持平得3分,每上升一个百分点加1分,最多加2分。"
    assert scores(s, ["0%", "1%", "5%"]) == ["3", "4", "5"]


def test_conditions_listed_then_their_points():
    s = "项目超过80%、70%和60%,分别得6分、4分和2分。"
    # 超过 each; the better tier wins where several hold; 80% itself is not 超过80%
    assert scores(s, ["95%", "80%", "65%", "60%"], points="6") == ["6", "4", "2", "0"]
    s = "占比30%以上、20%以上和10%以上,分别得6分、4分和2分。"
    assert scores(s, ["30%", "25%", "10%", "9%"], points="6") == ["6", "4", "2", "0"]


def test_conditions_listed_with_too_few_points_are_refused():
    assert refusal("达到90%、80%、70%的,分别计10分、8分。", "95%").code == "E202"


def test_a_second_requirement_beside_a_threshold_is_a_yes_no_of_its_own():
    # 超过80%,且运行管护效果良好: both asked, the words as a yes/no (read as the 80% alone, the words
    # were passed over, so the sentence was refused)
    s = "项目超过80%,且运行管护效果良好,得6分。"
    assert scores(s, [("85%", "是"), ("85%", "否"), ("75%", "是")]) == ["6", "0", "0"]
    assert "同时符合" in try_rule(s, None).understood


def test_a_second_requirement_of_a_yes_no_or_of_what_is_counted_is_read():
    assert score("建立制度且落实到位的,得2分。", "是") == "2"
    assert score("每承办一项工作任务且按要求完成,加1分;", "3") == "3"


def test_deducting_below_zero_in_a_sentence_lifts_its_items_floor():
    # 实行倒扣法: the sentence's own 4 count down past 0 (it was refused, wanting the header)
    assert scores("形象4分,发现一次扣3分,实行倒扣法。", ["1", "2"], points="4") == ["1", "-2"]
    # 扣完为止 beside it: the item stops at 0 and the rest comes off the total, as the item below 0
    s = "发生吸毒人员肇事肇祸案(事)件的,每起扣2分,本项扣完为止,超出部分在总分中倒扣。"
    assert scores(s, ["1", "3"], points="4") == ["2", "-2"]
    # 倒扣 with 扣完为止 said of the same points contradicts it
    assert refusal("每次倒扣2分,扣完为止。", "3", points="4").code == "E202"
    # 倒扣 counted from the sentence's own points, or from 0? (−2 or 0 where it is not done)
    assert refusal("能够经常提出意见或建议得2分,否则倒扣2分。", "否").code == "E202"
    assert refusal("按时完成的得5分,每逾期1天倒扣1分", "2").code == "E202"


def test_deducting_below_zero_in_a_sentence_agrees_with_the_header():
    from jdscore.build import build_rubric
    from jdscore.source import Source
    text = '考评 "倒扣"\n扣分 不设下限\n项目 "形象" 4分 {\n  违纪次数: 发现一次扣3分,实行倒扣法。\n}\n'
    rubric, diagnostics = build_rubric(Source.from_text("t.jd", text))
    assert not [d for d in diagnostics if d.severity.name == "ERROR"]


def test_points_then_otherwise_in_one_clause():
    s = "纳入计划的得1分否则不得分。"
    assert scores(s, ["是", "否"], points="1") == ["1", "0"]
    s = "纳入计划的得1分:未纳入的不得分。"
    assert scores(s, ["是", "否"], points="1") == ["1", "0"]


def test_each_part_has_its_own_full_points():
    s = "即时答复率满分20分,按百分比扣分;限时办结率满分20分,按百分比扣分。"
    # 20 × 95% + 20 × 90%
    assert score(s, "95%", "90%", points="40") == "37"


def test_a_limit_after_a_full_stop_is_on_all_before_it():
    s = "被市级采用的,每篇计2分;被省级以上采用的,每篇计5分。最多不超过12分。"
    assert scores(s, [("3", "2"), ("1", "1")]) == ["12", "7"]


def test_an_award_for_each_after_a_requirement_counts_every_one():
    # 不少于12篇 is what is asked; each one used brings its point
    assert scores("被采用不少于12篇,每篇计1分。", ["3", "12", "13"]) == ["3", "12", "13"]


def test_an_award_for_each_past_a_condition_is_refused():
    # …以上的: only once 10 are reached, every one, or each one beyond?
    d = refusal("达到10篇以上的,每篇计1分。", "3")
    assert d.code == "E202" and "超过10篇的" in d.hint


def test_counted_awards_beside_deductions_need_a_start():
    d = refusal("每少填报1次扣2分,被采纳的隐患每条加4分。", "2", "1", points="20")
    assert d.code == "E202" and "基础分20分" in d.hint


def test_none_made_is_no_number_of_what_is_missing():
    # the count is of aspects missing (none required): 没有制定 is a yes/no of its own
    s = "每缺少一个方面政策措施扣0.1分,没有制定相关政策和措施的不得分。"
    assert scores(s, [("0", "否"), ("3", "否"), ("0", "是")], points="1") == ["1", "0.7", "0"]


def test_a_step_finer_than_one_reads_a_measure():
    s = "每增0.01次/车,扣5分。"
    assert scores(s, ["0", "0.01", "0.025"], points="20") == ["20", "15", "10"]


def test_a_sentence_that_gives_points_is_no_grade_bands():
    d = refusal("产值达到全市平均水平的乡镇得4分,其余乡镇得分以全市平均水平为标准推算。", "120")
    assert d.code != "E000" and d.code.startswith("E2")


def test_a_failing_of_something_else_beside_an_award_is_refused():
    # 台账不规范 is not 未建立台账: one yes/no (the first clause's other answer) would give a
    # unit with no 台账 at all 0.5
    d = refusal("建立工作台账的得1分,台账不规范的扣0.5分。", "否", "否")
    assert d.code == "E202" and "否则扣0.5分" in d.hint


def test_the_other_answer_in_the_first_clauses_words():
    s = "完成秋冬菜种植任务计10分;不完成任务扣2分"
    assert scores(s, ["是", "否"], points="10") == ["10", "8"]


def test_a_requirement_with_its_points_is_a_yes_no():
    s = "各村(社区)要成立交通安全劝导站(点),确定行政村书记为第一责任人(分值5分)。"
    assert scores(s, ["是", "否"], points="5") == ["5", "0"]


def test_steps_short_of_their_own_requirement_stand_alone():
    # 每半年一次: 2 a year, the steps' own; the 扣1分 before is a failing of its own (a yes/no:
    # 每年…一次 says how often, it is no unit of counting), not points to count down from
    s = "应急预案每年修订一次,未修订的扣1分;演练每半年一次,少一次扣1分。"
    assert "DeficitDeduction" in rule_kinds(s, points="10")
    assert score(s, "否", "1", points="10") == "9"
    assert score(s, "是", "2", points="10") == "9"


def test_deducting_with_daokou_runs_past_the_items_points():
    assert scores("把《条例》列入日常学习(未进行的,倒扣2分)。", ["否", "是"], points="1") == ["1", "-1"]
    assert scores("未及时办理注册登记每一台设备扣1分,直至负分。", ["1", "3"], points="2") == ["1", "-1"]
    # without the words the item stops at 0, as always
    assert score("未及时办理注册登记每一台设备扣1分。", "3", points="2") == "0"


def test_grade_names_in_quotation_marks():
    assert score("86~100分为“优秀”,76~85分为“良好”,低于76分为“合格”。", "90") == "优秀"


def test_the_items_base_points_named_without_a_number():
    s = "完成得基本分,未完成的不得分。"
    assert scores(s, ["是", "否"], points="10") == ["10", "0"]


def test_a_formula_with_the_items_points_and_a_definition_before_it():
    s = "产业契合度=新引进产业项目个数/新引进项目数;得分=产业契合度×分值"
    # 3 of 4 new projects fit: 3/4 × 20
    assert score(s, "3", "4", points="20") == "15"
    assert refusal("得分=完成率×分值", "90%").code == "E201"


def test_a_step_without_points_before_another_step_is_refused():
    d = refusal("到达70%以上计30分,每低1%扣1份,每超1%加5分;", "68%")
    assert d.code == "E218" and "每低1%" in d.message


def test_bare_points_per_failing_say_no_sign():
    # 发生事故: an event, which may be counted for or against the unit
    assert refusal("发生事故5分/起", "1").code == "E202"
    assert score("全年在县级以上报刊(与加分项所列报刊不重复)发表,每篇2.5分。", "2") == "5"


def test_a_letter_and_number_label_is_numbering():
    s = "a1 班子健全、職責明確 20分(每缺一名支委扣5分,職責不清扣10分)"
    # no 应完成1: the count is of members missing
    assert score(s, "0", "否") == "20"


def test_the_base_named_without_a_verb_is_where_both_count_from():
    s = "本项基础分10分,每项工作未完成扣2分,完成较好的每项加1分,最高加3分。"
    # 10 − 2 × 1 + 1 × 2, in an item of 13 (the base and the most added)
    assert score(s, "1", "2", points="13") == "10"
    assert score(s, "2", "1", points="13") == "7"
    assert score(s, "0", "4", points="13") == "13"
    # in an item of 10, the bonuses past the base could never count: refused, not capped in silence
    assert "基础分10分" in refusal(s, points="10").message


def test_a_dash_before_points_deducts():
    assert score("4、缺漏报—1分/次", "3", points="10") == "7"


def test_a_limit_said_with_its_own_comparison_is_no_rule():
    # 超过100分,按100分计算 caps a total; alone it scores nothing
    assert refusal("1.考核分数超过100分,按100分计算。", "92.5").code == "E201"


def test_a_sample_beside_an_award_is_refused():
    d = refusal("抽查3位农户,农户熟悉农村信息化试点乡镇建设工作得2分,共6分。", "3")
    assert d.code == "E218" and "抽查3位" in d.message
    # beside failings it says where they are looked for
    assert score("随机访谈10户居民,未达标扣1分;查阅2所学校有关资料,未达标扣1分。", "是", "否", points="2") == "1"


def test_steps_said_to_go_on_count_whole_ones():
    # 依次递增: each whole 50 above 100 adds 5 (without it an award counts in proportion)
    s = "个人微博粉丝数超过100人次,加10分,每增加50人加5分,依次递增。"
    assert scores(s, ["100", "101", "150", "175"]) == ["0", "10", "15", "15"]


def test_points_per_item_after_a_slash_say_no_sign():
    assert refusal("路面保洁2分/项", "1").code == "E202"
    # unless the words name a failing (有积尘): taken for each
    assert score("清扫质量差,路面有积尘、泥沙、烟头等垃圾杂物 2分/项", "1") == "-2"


# ------------------------------------------------------- wordings of this round's documents

def test_points_in_primes_and_gained_points():
    # (4') is 4分 in some documents' tables; 可获基础分3分 is 得基础分3分
    assert scores("制定实施计划(4'),并上报防指(2′)。", [("是", "否"), ("否", "是")]) == ["4", "2"]
    s = "比例达30%可获基础分3分,每上升或下降10%,加减1分。"
    assert scores(s, ["30%", "50%", "10%", "35%"]) == ["3", "5", "1", "3.5"]
    # 获 before a count is no award: 获2项 is two honours
    assert scores("获2项以上表彰的加1分", ["1", "3"]) == ["0", "1"]
    # 记零分 stays 不得分, whatever the award verbs around it
    assert score("生育率82%以下的记零分", "80%", points="10") == "0"


@pytest.mark.parametrize("step", ["每上升或下降", "每增加或减少", "每提高或降低", "每增长、下降", "每高于或低于"])
def test_either_way_steps_in_their_wordings(step):
    s = f"达到60%得基础分2分,{step}10%加减1分"
    assert scores(s, ["60%", "80%", "40%"]) == ["2", "4", "0"]


# ------------------------------------------------------------- conditions on several values

def test_conditions_on_several_values_all_of_them():
    s = "完成招商工作任务80%以上且完成实际投入资金当年任务的20%以上(75分)。"
    assert rule_kinds(s) >= {"Joint"}
    assert scores(s, [("85%", "25%"), ("80%", "20%"), ("85%", "15%"), ("70%", "30%")]) == ["75", "75", "0", "0"]


def test_conditions_on_several_values_any_of_them():
    s = "稻田抛荒面积超过0.1%或连片抛荒在2亩以上的不计分。"
    assert scores(s, [("0.05%", "1"), ("0.2%", "0"), ("0.05%", "2")], points="10") == ["10", "0", "0"]
    s = "新办税收100万元以上的项目,或技改后税收在200万元以上的,得5分。"
    assert scores(s, [("120万", "0"), ("0", "250万"), ("90万", "190万")]) == ["5", "5", "0"]


def test_failing_conditions_on_several_values():
    # 达不到标准 after the conditions: failing any one of them
    s = "合同签定率达100%、代管率达100%、兑现率达100%,达不到标准不计分。"
    assert scores(s, [("100%", "100%", "100%"), ("100%", "99%", "100%")], points="10") == ["10", "0"]
    # with its other answer written out, the award alone
    s = "签定率达100%且兑现率达90%以上的得5分,达不到的不得分"
    assert scores(s, [("100%", "95%"), ("100%", "85%")]) == ["5", "0"]


def test_conditions_on_several_values_beside_other_clauses_are_refused():
    assert refusal("签定率达100%且兑现率达90%以上的得5分,每少1份扣1分", "100%", "95%", "1").code == "E202"


def test_a_run_of_counts_ends_with_one():
    # 1个得2分 last in a run of counts is its last tier, not 2 for each one
    s = "业绩数量(3个得6分,2个得4分,1个得2分,未提供0分)"
    assert scores(s, ["0", "1", "2", "5"]) == ["0", "2", "4", "6"]
    # with words of its own it is another count
    s = "对责任制自查二次得4分,对党员干部民主测评、评议一次得6分。"
    assert scores(s, [("2", "1"), ("2", "0")]) == ["10", "4"]


def test_a_sentence_over_several_lines():
    # pasted from a table cell: each line break ends a clause
    s = "(1)每周开放时间不少于40小时;(4分)\n(2)实行错时开放;(3分)"
    assert scores(s, [("是", "否"), ("是", "是")]) == ["4", "7"]


def test_a_bare_end_beside_a_share_is_a_share():
    s = "≥90%,得5分;90%>②≥85, 得4分;85%>③≥80%,得3分"
    assert scores(s, ["92%", "86%", "85%", "81%", "70%"]) == ["5", "4", "4", "3", "0"]


def test_options_of_one_judgement():
    # three or more plain points, each fewer, the last nothing: the option the assessors found
    s = "(1)有独立办公用房15分;(2)与其他单位共用办公用房9分;(3)无办公用房 0分"
    assert rule_kinds(s) >= {"Levels"}
    assert scores(s, ["有独立办公用房", "与其他单位共用办公用房", "无办公用房"]) == ["15", "9", "0"]
    s = "纳入地区发展规划的得1分,纳入部门规划的得0.5分,无发展规划的不得分。"
    assert scores(s, ["纳入部门规划", "无发展规划"]) == ["0.5", "0"]
    # two are a yes/no and its other answer; points that do not fall are parts added up
    assert scores("建立制度得2分,未建立不得分", ["是", "否"]) == ["2", "0"]
    assert scores("建立制度2分;开展培训2分;建立台账0.5分", [("是", "是", "否")]) == ["4"]


# ------------------------------------- misreads found on documents collected blind (rounds K, L)

def test_a_range_is_no_requirement_to_count_short_of():
    # 1—2幅: short of 1, or of 2? (it was read as short of 1)
    assert refusal("永久性标语1—2幅记2分,缺1幅扣1分。", "1").code == "E202"


def test_every_year_alone_is_no_count_to_reach():
    # 每年…签订 says when, not how many: 缺一项 counts the items missing (it read 1 required)
    s = "防疫员每年与乡镇中心、村民委员会分别签订《责任书》得10分,缺一项扣5分。"
    assert scores(s, ["0", "1", "2"]) == ["10", "5", "0"]
    # with its count it is a requirement still
    assert scores("每年召开会议2次,少1次扣1分", ["2", "1"], points="5") == ["5", "4"]


def test_percentage_points_beside_a_share_are_refused():
    # 超过0.1个百分点 is a distance from the 5%: it was read as a rate above 0.1%
    assert refusal("人口出生统计误差控制在5%以内记6分,超过0.1个百分点扣1分。", "5.1%").code == "E202"
    assert scores("比上年提高2个百分点以上的得2分", ["3%", "1%"]) == ["2", "0"]


def test_more_wordings_of_rounds_k_and_l():
    # whom the deduction is taken from stands between the verb and its points
    s = "缺席一次扣该团支部3分;迟到、代签一人次扣2分"
    assert scores(s, [("1", "0"), ("0", "2")]) == ["-3", "-4"]
    # a remark in brackets after the points is no boundary word (含/不含 the number is)
    s = "投入到位计1分(不包含专干工资报酬),每低1个百分点扣0.5分。"
    assert rule_kinds(s) >= {"PerCountDeduction"}
    assert scores("超过95%(含)得3分", ["95%", "94%"]) == ["3", "0"]
    assert scores("85%(不含85%)以上得3分", ["85%", "86%"]) == ["0", "3"]
    # bare rates down a ladder reached from below
    s = "建家率达70%得3分,60%得2分,50%得1分"
    assert scores(s, ["75%", "65%", "55%", "40%"]) == ["3", "2", "1", "0"]


def test_points_per_unit_before_the_deduction_verb():
    assert scores("若未做到,按1分/人扣分,扣完为止。", ["0", "2", "9"], points="5") == ["5", "3", "0"]


def test_hundreds_of_millions():
    # 10亿元 was read as 10, and 亿元以上 as words: the tiers scored a yes/no instead
    s = "金额在10亿元以上者给5分;金额在7亿元以上未满10亿元者给4分。"
    assert scores(s, ["12亿", "8亿", "700000000元", "6.9亿"]) == ["5", "4", "4", "0"]
    s = "本年度金額在新臺幣十億元以上者給五分。本年度金額在新臺幣七億元以上未滿十億元者給四分。"
    assert scores(s, ["10亿", "9.5亿"]) == ["5", "4"]
    assert scores("每增加0.5亿元加1分", ["1亿"]) == ["2"]
    # 一亿二千万 is one number (its 万 was taken for a multiplier of all of it: 1.2万亿)
    assert scores("金额在一亿二千万元以上者给5分", ["1.2亿", "1.1亿"]) == ["5", "0"]


# ------------------------------------- misreads found on documents collected blind (rounds M, N)

def test_otherwise_alone_deducts_when_the_requirement_is_not_met():
    # 是 answers what the sentence asks for; it was read as the failing
    s = "课间及课余活动教室自觉保持安静的环境,否则扣班级2分。"
    assert scores(s, ["是", "否"]) == ["0", "-2"]
    assert scores("做好课前准备,否则本项不得分", ["是", "否"], points="3") == ["3", "0"]
    # a failing named after 否则 is what the value answers
    assert scores("必须向老师请假,否则缺席扣2分", ["是", "否"]) == ["-2", "0"]


def test_a_stop_typed_for_the_point_and_a_total_said():
    assert scores("缺一次扣0。5分。", ["2"]) == ["-1"]
    # a stop after points still ends the sentence: 5、 is the next one's numbering
    assert scores("每次扣1分。5、未建立台账扣2分", [("1", "否"), ("0", "是")]) == ["-1", "-2"]
    # 合计为20分 is the total of the parts before it, not a third award
    s = "按规定时间上交初稿计10分,上交修改稿和审定稿分别计5分。合计为20分。"
    assert scores(s, [("是", "是", "是"), ("是", "否", "是")]) == ["20", "15"]


def test_less_of_an_award():
    # 少加0.5分 comes off the award before it, never below 0
    s = "各班应保持清洁区的清洁,清洁的加4分。发现有一个废弃物少加0.5分."
    assert scores(s, ["0", "3", "10"]) == ["4", "2.5", "0"]
    # with no award before it: less of which points?
    assert refusal("凡迟到的每人少加0.5分", "1").code == "E202"


# ------------------------------------- misreads found on documents collected blind (rounds O, P)

def test_every_full_month_is_a_unit_of_counting():
    # 每满1个月 was read as records of a month or more, each worth 1
    s = "按规定参加职工基本养老保险每满1个月,加1分;累计总分不超过60分。"
    assert scores(s, ["24", "75"]) == ["24", "60"]


def test_bare_points_beside_a_failing_are_refused():
    # a checklist's 扣分 heading gives these their sign; alone they were read as awards
    for s in ("当班时打盹睡觉者。20分", "大扫除无故缺席。20分", "点菜时出现差错。5分"):
        assert refusal(s, "是").code == "E202", s
    # a failing negated is what the points are for; a requirement's points stay an award
    assert scores("未发生旷工现象(10分)", ["是"]) == ["10"]
    assert scores("学校要配备1名校外禁毒辅导员。(1分)", ["是"]) == ["1"]


def test_a_tables_minus_points_and_what_they_are_taken_from():
    # -3 or (-5) at the end of a checklist's line: 3 or 5 taken
    assert scores("江苏省级建设行政主管部门通报处罚批评 -3", ["是", "否"]) == ["-3", "0"]
    assert scores("沟通中使用禁语(-5)(喂、这个、那个等)", ["是"]) == ["-5"]
    assert scores("发生行贿受贿等案件的每起 -3", ["2"]) == ["-6"]
    # a minus inside a formula or a range stays what it was
    assert score("得分=70×实际达标率-63", "95%") == "3.5"
    # 扣基准分10分, 扣考核分5分, 扣除当月绩效考核3分: what the points are taken from
    assert scores("发现一次,扣基准分10分;", ["2"]) == ["-20"]
    assert scores("未清扫者每次扣除当月绩效考核3分", ["1"]) == ["-3"]


def test_points_then_their_parts_in_brackets():
    s = "交接班报表数字准确,无涂改。 5分(字迹工整2分,数据准确3分)"
    assert scores(s, [("是", "是"), ("否", "是")]) == ["5", "3"]
    # parts that do not add up to the points, or points that are themselves in brackets, are not so read
    s = "(1)成立工作领导小组(0.5分)(2)有明确的领导分管(0.5分)"
    assert scores(s, [("是", "是"), ("是", "否")]) == ["1", "0.5"]


# ------------------------------------- misreads found on documents collected blind (rounds Q, R)

def test_a_time_allowed_is_no_unit_of_counting():
    # 每发现变动,15日内未调整的: 15日 was read as the unit (one deduction per 15 found)
    assert scores("日常检查每发现机构或人员变动,15日内未调整的扣1分", ["2"]) == ["-2"]


def test_two_counts_in_one_requirement_are_refused():
    # 每月三次小作文,一次大作文: 36 a year was read, the 12 大作文 dropped
    assert refusal("每月三次小作文,一次大作文,每少一次扣10分", "30").code == "E202"
    assert score("每季度召开一次,少一次扣1分", "3", points="5") == "4"


def test_points_for_a_failing_alone_are_refused():
    # 不交报告者得45分 in an item of 80: 45 when missing (of 80), or 45 for missing it?
    assert refusal("不交报告者得45分。", "是", points="80").code == "E202"
    # a bad event that did not happen earns its points as any award
    assert scores("未发生安全事故得5分", ["是", "否"], points="10") == ["5", "0"]
    assert scores("无违规行为的得5分", ["是"], points="10") == ["5"]


# ----------------------------------- grade bands and wordings of blind rounds U to X

@pytest.mark.parametrize("sentence, total, grade", [
    ("优秀:90——100分;良好:71——89分;合格:60——70分;不合格:60分以下。", "80", "良好"),
    ("(一)優等:九十分以上。(二)甲等:八十分以上,未達九十分。(三)乙等:七十分以上,未達八十分。(四)丙等:未達七十分。",
     "69.5", "丙等"),
    ("5A级(AAAAA):90分(含)及以上。\n4A级(AAAA):80(含)~90(不含)分。\n无等级:50分以下", "90", "5A级"),
    ("优秀:>85分;合格:65~85分;基本合格:55~65分;不合格:<55分。", "54", "不合格"),
    ("(一)5A級,得分在950以上;(二)4A級,得分在901—950分之間;", "920", "4A級"),
])
def test_grade_bands_named_before_a_colon(sentence, total, grade):
    assert score(sentence, total) == grade


def test_grade_bands_with_weiman_and_a_reach_before_a_range():
    sentence = "分數達九十分以上者為優等,八十分以上未滿九十分為甲等,未滿八十分者為乙等。"
    assert scores(sentence, ["90", "89.9", "79"]) == ["優等", "甲等", "乙等"]
    sentence = "总分达到 120 分以上的支部为优秀支部;总分达到 100-120 分的支部为良好支部;总分低于 100 分的支部为一般支部。"
    assert scores(sentence, ["120", "119", "99"]) == ["优秀支部", "良好支部", "一般支部"]
    assert score("评估得分900分及以上的为5A级社会组织;评估得分599分及以下的为1A级社会组织。", "900") == "5A级社会组织"


def test_more_grade_words_before_their_ranges():
    sentence = "成绩实行等级制:优秀(90-100)、良好(80-89)、中等(70-79)、及格(60-69)、不及格(0-59)"
    assert scores(sentence, ["75", "59"]) == ["中等", "不及格"]
    sentence = "分为超额完成(95分以上)、完成(80-94分)、基本完成(65-79分)、未完成(65分以下)四个等级。"
    assert scores(sentence, ["95", "80", "64"]) == ["超额完成", "完成", "未完成"]
    assert score("满分为 100 分,90 分以上为合格,80 分以下为不合格。", "95") == "合格"


def test_what_is_no_grade_band_is_not_read_as_one():
    # a fine in 元, a rule's 按100分记: no grades, and no band is scored
    assert refusal("9、混凝土浇筑后,应按要求及时养护,发现没有养护的,对施工队(队)罚款100-200元/次。", "100")
    assert refusal("加分后高于100分的,按100分记,扣分后低于0分的按0分记。", "90")
    # a negated reach in a band: refused, never read the other way round
    assert refusal("没有达到90分的为不合格,90分以上为合格", "80").code == "E214"


def test_a_requirement_then_its_failing():
    # 不少于3人,少于3人的扣2分 was read as exactly 3 losing the 2
    assert scores("专项编制不少于3人,少于3人的扣2分", ["2", "3"]) == ["-2", "0"]
    assert refusal("达到90%以上,低于80%的扣2分", "85%").code == "E209"


def test_the_stated_total_restates_the_points_deductions_come_off():
    sentence = "满分8分。符合标准的,得8分;经营品种不符的,扣2分;调味品种类不符的,扣2分。"
    assert scores(sentence, [("否", "否"), ("是", "是")], points="8") == ["8", "4"]
    assert scores("满分8分。符合条件的,得8分;营业时间每少半小时,扣2分。", ["0", "3"], points="8") == ["8", "2"]


def test_steps_down_from_a_mark_and_a_shortfall_that_loses_the_item():
    assert scores("合格人数占总人数比例100%起,每降低5%,扣5分。", ["100%", "92%"], points="30") == ["30", "25"]
    assert scores("少1人扣全分", ["0", "1", "3"], points="6") == ["6", "0", "0"]
    # with the required number said, 少1人 counts from it: refused rather than guessed
    assert refusal("应配备3名专职人员,少1人扣全分", points="6")
    assert scores("工作时间不够3个月的扣1分", ["2", "3"]) == ["-1", "0"]


def test_a_fractional_step_reads_an_amount():
    assert scores("不合格比例每5%扣2分", ["0%", "10%"], points="5") == ["5", "1"]


# ------------------------------------- misreads found on documents collected blind (rounds Y to AB)

def test_counting_from_the_nth():
    # 从第2件起,每增加一件奖励5分: the 第2件起 was dropped and the first one earned 5
    assert scores("提交的提案被立案的,从第 2 件起,每增加一件奖励 5 分(累计不超过 20 分)。", ["1", "2", "9"]) == \
        ["0", "5", "20"]
    assert scores("第3次起每次扣2分", ["2", "4"]) == ["0", "-4"]


def test_an_allowance_per_unit_is_no_unit_of_counting():
    # 每班3人,多一人扣2分 was read as one deduction for every 3
    assert refusal("短期假条每班3人,多一人扣2分。", "5").code == "E202"
    assert score("每发现3人扣2分", "6") == "-4"


def test_steps_inside_a_zero_tier_are_refused():
    # 低于85%不记分,每少完成1%扣1分: the steps were counted from 85%, where nothing is left
    assert refusal("完成征收任务记15分,低于目标任务数85%不记分,每少完成1%,扣1分。", "99%", points="15").code == "E202"
    assert score("低于85%的,每降低1%扣1分", "80%", points="15") == "10"


def test_a_time_of_day_is_no_points():
    # 15點30分前: read as 30 points the deductions came off
    assert score("15點30分前未完成押運系統錢箱上繳,1次扣2分", "1", points="100") == "98"
    assert "30" not in try_rule("早6点30分至9点30分时段营业的得2分", None, Decimal("10")).understood


def test_a_base_lost_on_a_failing_and_steps_above():
    assert scores("单项基准2分,不符合要求,该单项基准分扣完为止。", ["是", "否"], points="2") == ["0", "2"]
    # 每高于0.1%: a step above (the value is how far above), never a tier of each record
    assert "每0.1个百分点" in try_rule("每高于0.1%扣1分", None, Decimal("15")).understood


def test_heading_points_then_the_rule_that_fills_them():
    # 12分。(…每1人次加0.2分,至12分止): the 12 is what the rule can fill, not an award of its own
    sentence = "役男輔導訪視 12分。(實地訪視役男每1人次加0.2分,至12分止)"
    assert scores(sentence, ["10", "70"]) == ["2", "12"]
    assert score("記功乙次加2分", "3") == "6"
    # two parts with their own points in brackets stay two parts
    assert scores("有每年开展“推普周”活动的文字材料(1分)和图片资料(1分)", [("是", "否")], points="2") == ["1"]


def test_whom_and_what_the_points_are_taken_from():
    assert scores("请假每次扣量化分0.5分,迟到每次扣量化分1分", [("2", "1")]) == ["-2"]
    assert score("熄灯后在宿舍内影响其他人休息者,一次扣宿舍全体1分;", "3") == "-3"
    assert score("不组织团日活动的团支部,扣除该支部量化成绩5分。", "是") == "-5"


def test_a_target_with_steps_both_ways():
    sentence = "有5个网店得10分,少1个扣2分,多1个加2分;"
    assert scores(sentence, ["5", "3", "7"]) == ["10", "6", "14"]
    # a count right after 每X is an allowance of each, never passed over
    assert refusal("每班3人,每人扣1分", "6").code == "E218"
    assert refusal("每村3人,每少一人扣2分", "2").code == "E202"


def test_each_full_unit_counts_whole_multiples():
    # 每满50小时计2分 gave 1.96 for 49 hours
    assert scores("近5年内,每满50小时义工服务计2分,单项累计最高不超过10分。", ["49", "99", "300"]) == ["0", "2", "10"]


def test_the_letter_o_before_points_is_a_zero():
    # (O分) was passed over, and the sentence read as 按时完成 alone
    assert refusal("未按时完成(O分)按时完成(15分)", "是", points="15").code == "E202"


def test_steps_either_way_with_no_number_to_count_from_read_two_values():
    # 与上年持平得3分,每增加1人加1分,每减少1人扣1分: one count, never below 0, took both steps
    # (2 more people scored 3)
    sentence = "与上年持平得3分,每增加1人加1分,每减少1人扣1分"
    assert scores(sentence, [("2", "0"), ("0", "2")]) == ["5", "1"]
    sentence = "完成联社下达的年度征订任务计30分。每少完成2份扣1分,每超额2份加1分。"
    assert scores(sentence, [("5", "0"), ("0", "4")]) == ["28", "32"]
    # with 100% to count from, a task's steps in percent stay one value
    assert score("完成县下达任务的得25分,每增加1%加1分,每减少1%扣1分", "97%") == "22"


def test_a_limit_below_the_starting_points_is_on_what_is_added():
    sentence = "得4分;每少1人扣0.5分;每增加1人加0.3分;此项加分最高1分;"
    assert scores(sentence, [("0", "5"), ("2", "0")]) == ["5", "3"]


def test_limits_worded_with_their_verbs_and_scopes():
    # 最高可加至15分 was read as a second count worth 15 each
    assert score("每篇加1分,最高可加至15分", "20") == "15"
    assert score("每节约1%加1.5分,最高加至该维度15分", "12") == "15"
    assert score("每低1%扣2分,最高扣至该维度0分", "3", points="5") == "0"
    # an award per step is never the points the other steps count down from
    # steps in percent up and down with no point of their own: one signed change
    assert scores("每增长1%计1分,每下降1%扣1分", ["2%", "-1%"]) == ["2", "-1"]


def test_below_a_number_of_failings_is_one_at_least():
    # 全年发生3起以下扣5分 took 5 when nothing happened
    assert scores("全年发生3起以下扣5分", ["0", "2", "4"]) == ["0", "-5", "0"]
    assert scores("缺席3次以下扣1分", ["0", "3"]) == ["0", "-1"]
    # a count of what was done counts from 0
    assert scores("参训人数3人以下扣5分", ["0", "4"]) == ["-5", "0"]
    assert score("年内至少1次在党报公布,未完成的扣1分.", "0") == "-1"


def test_how_many_short_and_how_many_there_are_are_two_values():
    # 每少一人扣0.5分,少于3人不得分: 1 short was read as fewer than 3 people, and lost the item
    sentence = "每少一人扣0.5分,少于3人不得分"
    assert scores(sentence, [("1", "5"), ("1", "2")], points="5") == ["4.5", "0"]
    # with the number said, one value: the people there are
    assert scores("应配备5人,每少一人扣0.5分,少于3人不得分", ["4", "2"], points="5") == ["4.5", "0"]
    assert scores("每少1次扣1分,少于2次的不得分", [("1", "3"), ("1", "1")], points="5") == ["4", "0"]
    # short by 3 or more is the same count: one value
    assert scores("每缺一人扣1分,缺3人以上不得分", ["2", "3"], points="5") == ["3", "0"]


def test_each_above_something_unnamed_is_no_tier_of_each_record():
    # 每超过计划5%扣1分 was read as: each record above 5% loses 1
    assert refusal("每超过计划5%扣1分", "7%").code == "E202"
    assert refusal("平均分每低于全市平均分1分扣0.5分").code == "E202"
    assert score("每条阅读量5—10万的,每次计0.1分", "6万", "12万") == "0.1"


def test_periods_lateness_and_what_restates_a_requirement():
    # 每月至少1次,全年少于12次的: the year's failing restates the month's requirement
    assert scores("禁毒宣传每月至少1次,全年少于12次的,每少1次扣0.5分", ["10", "12"]) == ["-1", "0"]
    # 超过规定时间1天以内: late by more than nothing; on time scored 2 and 1 more
    sentence = "在规定时间内上报的得2分,超过规定时间1天以内的得1分,超过1天的不得分"
    assert scores(sentence, [("是", "0"), ("否", "1")]) == ["2", "1"]
    # 每学期2次以上…,1次得1分: a tier of the count per term, or a count of the year?
    assert refusal("每学期开展2次以上演练得2分,1次得1分").code == "E202"
    # a yes/no of every month met is no points the deductions come off
    assert scores("每月开展1次以上得1分,每发现1次违规扣1分", [("否", "0"), ("是", "2")]) == ["0", "-1"]


def test_nothing_taken_is_a_tier_or_says_nothing():
    # 95%以上不扣分,95%以下每降低1%…: the two conditions were one clause's two comparisons
    sentence = "报送率95%(含)以上不扣分,95%以下每降低1%扣0.1分"
    assert scores(sentence, ["96%", "95%", "93%"]) == ["0", "0", "-0.2"]
    # 病假不扣分 on nothing measured reads no value
    assert score("事假扣1分,病假不扣分", "是") == "-1"


def test_printed_points_then_the_next_parts_words():
    # 按时就寝(6分)通宵上网一人次扣1分: the words after (6分) were the requirement, read as yes/no
    sentence = "按时就寝(6分)通宵上网一人次扣1分,超时归寝一人次扣0.5分"
    assert scores(sentence, [("0", "0"), ("2", "1"), ("5", "4")]) == ["6", "3.5", "0"]
    assert scores("按时参加会议。2 分 缺席 1 次扣 0.5 分。", ["0", "3"]) == ["2", "0.5"]


@pytest.mark.parametrize("sentence", ["乱接乱拉电线一根扣2分", "1支商品扣0.5分", "一棵死树扣2分", "一盏路灯不亮扣2分"])
def test_more_counters_count(sentence):
    assert rule_kinds(sentence) >= {"PerCountDeduction"}
    assert refusal(sentence, "是").code == "E503"


@pytest.mark.parametrize("sentence", ["统一根据上级要求开展培训的得2分", "统一支付费用的得2分", "党支部建立台账的得2分"])
def test_words_that_start_with_a_counter_are_words(sentence):
    assert score(sentence, "是") == "2"


def test_a_required_count_then_a_failing_of_none_or_fewer_is_refused():
    # 配备3名专职人员;未配备人员的,本项不得分: the 3 was read as "3 or more lose the item"
    sentence = "社区居委会配备3名专职管理人员;未配备人员的,本项不得分,人员人数不足的,每差1人扣0.2分,至扣完为止。"
    assert refusal(sentence, "3", points="3").code == "E202"
    assert score("发现有1例未完成,不得分", "2", points="3") == "0"


def test_a_standard_per_period_with_no_number_counts_what_is_missing():
    # 每季度报送数量不达标的,每少1篇: no number per quarter is given; one a quarter was assumed
    assert scores("每季度报送数量不达标的,每少1篇,扣1分。", ["0", "4"], points="6") == ["6", "2"]
    assert scores("每季度召开一次会议,每少1次扣1分", ["4", "3"], points="6") == ["6", "5"]


def test_each_day_that_reaches_a_time_is_counted():
    # 每日观看视频时长10分钟,积2分: 1 was read as 1 minute of 10, a fifth of the 2
    sentence = "视听学习每日有效观看视频、听书时长10分钟,积2分,累计上限4分"
    assert scores(sentence, ["1", "2", "3"]) == ["2", "4", "4"]


def test_ji_awards_points():
    assert scores("签阅通知公告每月及时签阅,一次积3分,累计上限6分。", ["1", "3"]) == ["3", "6"]
    assert scores("档案齐全者每起积1分 最高积3分", ["2", "5"]) == ["2", "3"]
    # 面积, 累积: 积 inside a word is no award
    assert score("新增面积2500亩以上的得2分", "2600") == "2"


def test_a_step_counting_other_things_than_its_threshold_is_refused():
    # 在册4000人以上的村…每减少1个扣1分: the steps were counted down from 4000 people
    sentence = "流动人口在册4000人(含)以上的村要完成出租房屋管理工作,未按要求完成的每减少1个扣1分。"
    assert refusal(sentence, "1").code == "E202"
    assert scores("配备专职人员不少于3人,每少1名扣1分", ["3", "1"], points="5") == ["5", "3"]


def test_judged_as_a_whole():
    sentence = "未建立考核制度的不得分;根据考核制度执行情况综合评分。"
    assert rule_kinds(sentence, points="5") >= {"Judged"}


def test_whether_before_a_count_of_failings_is_the_question_asked():
    # 查看…是否填写完整,发现一处扣0.1分: the failings are counted, so 是否 says which answer loses
    sentence = "查看流动人口信息表内容是否按要求填写完整,发现一处,扣0.1分。"
    assert scores(sentence, ["0", "3"], points="2") == ["2", "1.7"]
    assert scores("是否认真执行及落实,缺一项扣1分。", ["2"], points="5") == ["3"]
    # with nothing counted, which answer scores is still unsaid
    assert refusal("是否在寝室内吸烟(10分)", "是").code in ("E202", "E218")


def test_a_rate_written_before_its_steps_is_where_they_start():
    # 接通率90%,每降低1个百分点扣0.5分: the 90% was left unread
    assert scores("接通率90%,每降低1个百分点扣0.5分", ["90%", "87%", "95%"]) == ["0", "-1.5", "0"]
    assert scores("完成率按100%每下降1个百分点扣0.4分,直至扣完。", ["98%", "50%"], points="4") == ["3.2", "0"]
    assert scores("差错率3%,每超过1个百分点扣1分", ["3%", "5%"]) == ["0", "-2"]


def test_less_deducted_gives_back():
    # 整改到位的,每起减扣0.4分: read as another deduction of 0.4
    sentence = "经查属实的,每1起扣0.5分,能按督办要求整改到位的,每起减扣0.4分"
    assert scores(sentence, [("3", "2"), ("1", "0")]) == ["-0.7", "-0.5"]
    assert score("每起少扣0.4分", "2") == "0.8"
    assert score("没有整改到位的,每起加扣0.5分", "2") == "-1"


def test_printed_points_then_a_failing_that_loses_them():
    # 按要求报送信息(3分)未报送不得分: one clause with points and 不得分 was refused
    assert scores("按要求报送信息(3分)未报送不得分", ["是", "否"]) == ["3", "0"]


def test_late_times_are_counted():
    # 迟报一次扣0.5分 said the value was the days late
    assert rule_kinds("迟报一次扣0.5分") >= {"PerCountDeduction"}
    assert "Lateness" in rule_kinds("每迟报1天扣0.5分")
    assert scores("每逾期一次扣1分,逾期超过3次不得分", ["2", "4"], points="5") == ["3", "0"]


def test_the_rest_is_the_other_answer():
    # 省级得3分,其余得1分 was two yes/no values, 4 for both
    assert scores("省级得3分,其余得1分", ["是", "否"]) == ["3", "1"]
    assert score("入库率达60%的,得1分;其余情况不得分。", "50%") == "0"
    # the rest of several cases, or the rest bigger than the one: refused
    for sentence in ("国家级加5分,省级加3分,其他加1分", "优秀得5分,良好得3分,其他得1分", "主城各区得1分,其他区县得3分"):
        assert refusal(sentence, "是").code == "E202", sentence
    # 其他 with a thing of its own is a rule of its own
    assert scores("开展活动得2分,其他工作按要求完成的得1分", [("是", "是")]) == ["3"]


def test_the_item_total_after_a_yes_no_and_its_other_answer():
    # 得1分,否则不得分。本项满分1分: 否则不得分 was taken for a deduction beside the award
    assert scores("完成年度下达补充耕地任务的,得1分,否则不得分。本项满分1分。", ["是", "否"]) == ["1", "0"]


def test_an_amount_written_before_its_steps_is_where_they_start():
    # 经费20万落实(每下降1万扣1分): the 20万 was left unread, the value taken for the amount short
    sentence = "市级地方病防治工作经费20万落实(每下降1万扣1分)"
    assert scores(sentence, ["20万", "19万", "17.5万"], points="5") == ["5", "4", "3"]
    # an amount of another unit is no threshold of the steps
    assert rule_kinds("重复信访件数每增加1件,扣减1分(以每月为一个周期)。") >= {"PerCountDeduction"}


def test_a_limit_in_the_steps_own_clause_is_kept():
    # 每缺少一张扣6分缺少10张以上此项不得分: the 10 was taken for the number required
    sentence = "每缺少一张扣6分缺少10张以上此项不得分不规范保存的每处扣5分"
    assert scores(sentence, [("1", "0"), ("9", "0"), ("10", "0"), ("0", "2")], points="70") == ["64", "16", "0", "60"]


def test_each_of_several_with_no_total_is_refused():
    # 每学年至少各开展一次: one a year was required, of three kinds the sentence does not count
    stop = refusal("每学年至少各开展一次,每少一次扣3分。", "2", points="10")
    assert stop.code == "E218" and "一共应有多少" in stop.hint
    assert refusal("每周至少各一篇,每少一篇扣1分", "2").code == "E218"


def test_printed_points_then_counted_awards_are_their_total():
    # 信息报送(10分)被采用一篇得2分: a yes/no of 10 beside the count (12 for one piece)
    assert scores("信息报送(10分)被采用一篇得2分", ["1", "7"]) == ["2", "10"]
    assert scores("开展宣传活动(5分)每开展一次得1分", ["3", "9"]) == ["3", "5"]
    # deductions after them still count down from them
    assert scores("按时就寝(6分)每人次扣1分", ["2"]) == ["4"]


def test_unbracketed_points_before_counted_awards_are_refused():
    # 信息工作20分,每被采用一条得1分: the most the count earns, or 20 of its own?
    assert refusal("信息工作20分,每被采用一条得1分", "3").code == "E202"
    assert scores("信息工作(20分),每被采用一条得1分", ["3", "25"]) == ["3", "20"]


@pytest.mark.parametrize("sentence", ["每季度第一名加1分,最后一名扣1分", "每月排名第一的加1分", "每月前三名分别加3、2、1分"])
def test_a_place_each_period_is_refused(sentence):
    # 每季度第一名加1分 read one place for the year, the quarters dropped
    assert refusal(sentence, "1").code == "E202"


def test_days_after_the_first_are_tiers_of_the_same_lateness():
    # 超过规定时限1天扣1分,2天扣2分,3天以上不得分: 2天 was a yes/no of its own beside days late
    sentence = "超过规定时限1天扣1分,2天扣2分,3天以上不得分"
    assert scores(sentence, ["0", "1", "2", "4"], points="5") == ["5", "4", "3", "0"]
    assert refusal("逾期1天扣1分,2天扣3分", "1").code == "E202"


def test_the_above_two_together_are_limited():
    sentence = "上报不及时的每次扣0.5分,不准确的每次扣0.5分,以上两项最多扣3分"
    assert scores(sentence, [("2", "1"), ("5", "4")], points="5") == ["3.5", "2"]


def test_dan_before_a_counter_counts_each():
    # 单篇计200分,单条计100分: a yes/no of 200 beside a yes/no of 100
    assert scores("中办录用信息:单篇计200分,单条计100分", [("1", "2")]) == ["400"]


def test_a_total_of_what_is_counted_is_a_quota_or_refused():
    # 全年接待100人次,每人次计0.1分: the 100 was passed over (a limit of 10? a requirement?)
    assert refusal("全年接待100人次,每人次计0.1分", "50").code == "E202"
    # a quota of the item's points says nothing more; a sample before a deduction is how many were asked
    assert scores("全年在县局内网主要栏目采用6篇,每篇1分。", ["4", "8"], points="6") == ["4", "6"]
    assert score("随机访问在岗职工20名,每发现1名职工不知晓体检结果的扣1分", "2", points="5") == "3"


def test_not_twice_in_a_bracketed_note_is_read():
    # (同一项目按最高级别加分,不重复计分) was dropped as a counting note: 8 for both levels
    sentence = "被评为省级先进的加5分,市级先进加3分(同一项目按最高级别加分,不重复计分)"
    assert scores(sentence, [("是", "是"), ("否", "是")]) == ["5", "3"]
    # with no 同一…, the levels are the unit's own: the best of them
    assert score("被评为省级先进的加5分,市级先进加3分,不重复计分", "是", "是") == "5"


# ------------------------------------- misreads found on documents collected blind (rounds AN–AR)

def test_equal_or_above_includes_the_number():
    # 得分等于或高于20分 read as above 20: a total of 20 was in no grade
    bands = "优秀:得分等于或高于20分;良好:得分等于或高于17分且低于20分;不及格:得分低于17分。"
    assert [score(bands, t) for t in ("20", "17", "16.5")] == ["优秀", "良好", "不及格"]
    assert scores("出勤率等于或高于95%的得2分", ["95%", "94%"]) == ["2", "0"]
    assert scores("出勤率低于或等于80%的扣2分", ["80%", "81%"]) == ["-2", "0"]


def test_bounds_of_one_grade_in_its_brackets():
    # 良(<85分,≥70分): the comma split the bounds into two grades
    bands = "分为优(≥85分)、良(<85分,≥70分)、中(<70分,≥60分)、差(<60分)四个等级。"
    assert [score(bands, t) for t in ("85", "70", "69.5", "59")] == ["优", "良", "中", "差"]


def test_grades_with_their_ranges_are_grades_before_a_rule():
    # 优秀(90分以上),良好(80分至89分) read as a judged amount of 80—89 points
    assert [score("优秀(90分以上),良好(80分至89分)", t) for t in ("95", "85")] == ["优秀", "良好"]


def test_bare_points_after_deductions_are_refused():
    # 钢琴或开关有灰尘2分 after three deductions was an award of 2; 有灰尘 names a failing, taken
    assert refusal("地面不洁扣4分;窗不净扣2分;钢琴或开关摆放2分。", "是", "否", "否", points="15").code == "E202"
    assert score("地面不洁扣4分;窗不净扣2分;钢琴或开关有灰尘2分。", "否", "否", "是", points="15") == "13"
    assert refusal("未建立台账扣2分,制度健全1分", "是", "是", points="5").code == "E202"
    assert scores("有台账2分,无台账扣2分", ["是", "否"], points="5") == ["2", "0"]  # its own 2 points


def test_points_beyond_the_item_said_in_the_sentence_are_refused():
    # 扣分不封顶 and 加分不封顶 were passed over: the item's floor and cap applied in silence
    # 扣分不封顶 with the item's points: the item goes below 0 (倒扣)
    assert score("每出现一个计划外生育扣15分,扣分不封顶。", "2", points="20") == "-10"
    # with no points of the item to keep above 0, a deduction goes below 0 anyway
    assert score("每出现一个计划外生育扣15分,扣分不封顶。", "2") == "-30"
    assert score("每5亩扣1分,扣分不保底。", "12") == "-2"
    assert refusal("每篇加1分,加分不封顶", "30", points="20").code == "E218"
    assert refusal("每篇加1分,上不封顶", "30", points="20").code == "E218"
    assert score("每篇加1分,加分不封顶", "30") == "30"  # no item points to go beyond


def test_a_score_set_directly_is_refused():
    # 直接60分: the item becomes 60; read as an award of 60 it scored 0 when nothing failed
    assert refusal("没打扫完的,按未及时打扫处理,直接60分。", "否", points="100").code == "E218"
    assert refusal("视为过后未打扫过,直接分数50分。", "否", points="100").code == "E218"


def test_steps_with_no_verb_take_their_sign_from_the_floor():
    # 每上升1%1分,扣完为止 was an award per step
    assert scores("计划外怀孕率2.0%以下(2分),每上升1%1分,扣完为止。", ["2%", "3.0%", "4.5%"]) == ["2", "1", "0"]
    assert score("每上升1%1分,扣完为止。", "3", points="5") == "2"
    assert refusal("每上升1个百分点1分", "3").code == "E202"
    assert score("每篇1分", "3") == "3"  # per count, points with no verb are awarded


def test_the_worth_of_a_part_then_its_failing():
    # 信息工作(在考核中占)3分,若…没有完成者此项不得分: 是 answered the 3 points, not the failing
    for sentence in ("信息工作3分,若基本任务没有完成者此项不得分。", "信息工作在目标考核中占3分,若基本任务没有完成者此项不得分。"):
        assert scores(sentence, ["是", "否"]) == ["0", "3"]
    # the failing of the clause before: 是 answers that clause
    assert scores("开展宣传的得3分,未开展的不得分", ["是", "否"]) == ["3", "0"]
    assert scores("成立领导小组。(1分,未成立不得分)", ["是", "否"]) == ["1", "0"]


def test_a_second_requirement_of_a_deficit_is_not_passed_over():
    # 不少于6次,12天,…缺一天扣2分: 12天 was taken as a time limit, 缺一天 counted days missing
    assert refusal("中心组全年集中学习不少于6次,12天,缺一次扣2分,缺一天扣2分;", "6", "12", points="5").code == "E202"
    # the requirement counts sheets, the steps groups
    assert refusal("在各村民小组张贴2张,以各小组拍照图片上传为依据,少1个小组图片扣0.4分,扣完为止。", "1",
                   points="4").code == "E202"
    assert scores("每年开展不少于4次,每少1次扣1分", ["2", "4"]) == ["-2", "0"]


# ------------------------------------------------------------ misreads found by probing (this stop)

def test_places_after_paiming_qian_without_ming():
    # 排名前三的分别加3分、2分、1分 read three counts, each with its points
    assert [score("排名前三的分别加3分、2分、1分", p) for p in ("1", "2", "3", "4")] == ["3", "2", "1", "0"]
    assert score("排名前3的分别加3分、2分、1分", "2") == "2"


def test_a_change_named_in_words_is_one_level():
    # 同比增长的得3分,持平的得2分,下降的得1分: a yes/no on growth beside a level of the other two
    sentence = "年内破获毒品刑事案件数同比增长的得3分,持平的得2分,下降的得1分"
    assert [score(sentence, v) for v in ("增长", "持平", "下降")] == ["3", "2", "1"]


def test_no_change_beside_tiers_of_the_change_is_refused():
    # 持平 and 上升 were a level of their own beside the tiers of the decline: two answers for one change
    sentence = "全年发案数比上年下降10%以上的得5分,下降5%—10%的得3分,持平的得1分,上升的不得分"
    assert refusal(sentence, "12%", "持平").code == "E202"


def test_nothing_taken_on_a_comparison_with_last_year_is_refused():
    # 新增人数比上年减少的不扣分 was dropped: 5 new people lost 1 point though fewer than last year
    assert refusal("每新增一名吸毒人员扣0.2分,新增人数比上年减少的不扣分", "5").code == "E202"
    assert score("事假扣1分,病假不扣分", "是") == "-1"


def test_listed_points_for_one_kind_named_are_refused():
    # 市级以上领导批示的,分别加2分、1分: two values were made up for one kind
    assert refusal("市级以上领导批示的,分别加2分、1分", "1", "0").code == "E202"
    assert scores("被省级和市级采用的,分别加2分、1分", [("1", "1")]) == ["3"]
    # the kinds named in the clause before
    assert scores("被省、市通报表扬的分别加5、3分,被通报批评的分别扣5、3分。", [("1", "0", "0", "1")]) == ["2"]


def test_a_count_of_levels_is_not_the_unit_of_counting():
    # 每项工作按照好、较好、一般、差四个档次分别计…: 四个 was the unit, so 4 items rated 好 gave 4
    sentence = "每项工作按照好、较好、一般、差四个档次分别计4分、3分、2分、0分"
    assert score(sentence, "2", "1", "0", "0") == "11"


def test_one_count_in_two_clauses_is_refused():
    # 两操缺席1人扣0.5分,3人以上扣2分: the people absent were two values (3 people lost 3.5)
    assert refusal("两操缺席1人扣0.5分,3人以上扣2分", "3", "3").code == "E202"
    assert refusal("每缺席1人扣0.5分,3人以上扣2分", "3", "3").code == "E202"
    # tiers of the one count, a limit in the same breath, and other things counted stay as they were
    assert scores("缺席1人扣0.5分,2人扣1分,3人以上扣2分", ["1", "3"]) == ["-0.5", "-2"]
    assert score("特种作业人员无证上岗的,发现一人扣2分,发现三人以上本项不得分", "3", points="10") == "0"
    assert score("召开专题会议一次计3分,专题分析本支部党风廉政建设状况二次得2分。", "1", "2") == "5"


def test_per_ten_thousand_people_without_kou_is_words_too():
    # 每万人…低于10起的得3分 was read as a list of records, each below 10 giving 3
    assert scores("每万人刑事案件发案数低于10起的得3分", ["8", "10"]) == ["3", "0"]
    assert "Records" not in " ".join(rule_kinds("每万人刑事案件发案数低于10起的得3分"))


def test_short_of_an_amount_in_tenths_reads_decimals():
    # 人均经费不低于1元,每少0.1元: the value was a whole count, so 0.8 was refused
    sentence = "人均经费不低于1元的得2分,每少0.1元扣0.2分"
    assert scores(sentence, ["1", "0.95", "0.8", "0"], points="10") == ["2", "2", "1.6", "0"]


def test_floors_and_caps_in_other_words():
    # 本项最低得0分 was a yes/no that lost the item; 封顶3分 a second count of 3 points each;
    # 最多扣至0分 a syntax error
    assert score("每发现一例扣1分,本项最低得0分", "12", points="10") == "0"
    assert score("每发现一例扣1分,本项最低得0分", "3", points="10") == "7"
    assert score("每培训1人次计0.1分,封顶3分", "50") == "3"
    assert score("本项基础分10分,每发现一处问题扣1分,最多扣至0分", "4", points="10") == "6"
    # a floor above 0 in an item of deductions is a limit on them: 10 − 5 taken at most
    assert score("每发现一例扣1分,本项最低得5分", "8", points="10") == "5"
    assert score("每发现一例扣1分,本项最低得5分", "3", points="10") == "7"


def test_any_unit_written_after_the_points_is_counted():
    # 扣2分/班, 扣2分/基: the slash and its word were dropped and the rule read one yes/no
    assert score("学生综合素质测评未按标准进行扣2分/班", "3", points="10") == "4"
    assert score("路灯整基不亮扣2分/基", "2", points="10") == "6"
    # 每名员工…扣5分/次: the unit after the points decides what is counted, here the times beyond 3
    assert score("公司允许每名员工全年三次补签卡的机会,超出三次需给予相应处分(扣5分/次)", "6") == "-15"


def test_a_cap_the_sentence_can_never_reach_is_refused():
    # 有一次…的得1分,最多得2分 read one yes/no, so the 2 could never be reached
    assert refusal("有一次节能工作会议纪要或记录的得1分,最多得2分", "是").code == "E202"
    assert score("完成得2分,最高2分", "是") == "2"
    # the points of a whole item (本项满分) are no cap on the sentence
    assert score("按时按标准收缴党费计2分(本项共计4分)", "是", points="4") == "2"


def test_deduction_caps_and_judged_deductions_in_other_words():
    # 累计扣分≤5分 and 最多扣不超过5分 were refused; 否则相应扣分 is the assessors' deduction
    assert score("厨房油烟外溢(扣3分);操作区照度不足(扣2分);就餐区异味明显(扣2分);累计扣分≤5分。",
                 "是", "是", "是", points="10") == "5"
    assert score("每次例会一人请假扣0.3分,缺席一人扣1分,最多扣不超过5分。", "2", "6", points="10") == "5"
    assert score("开展校园食品安全和营养教育,得2分;否则相应扣分。", "0.5", points="2") == "1.5"
    # 按比例相应扣分 is a proportion, never the assessors' choice
    assert "Judged" not in " ".join(rule_kinds("未完成任务,按比例相应扣分,每低10%扣2分,扣完为止", points="3"))


def test_whose_points_between_kou_and_the_points():
    # 扣当班门卫10分, 扣该同学德育分2分: the words between were refused
    assert score("出现外来人员任意进入校门的,每次扣当班门卫10分", "2", points="100") == "80"
    assert score("无故不上晚自习,每次扣该同学德育分2分", "3") == "-6"
    # 每 between them is a count of its own, still refused
    refusal("扣每人德育分2分", "1")


def test_square_metres_and_points_counted_as_zero():
    # 40m2: the 2 of m2 was read as the requirement, so 38 lost nothing
    assert score("每头能繁母猪占地 40m2 以上 每减少 2m2扣 1 分", "38", points="2") == "1"
    # 基础分以0分计 was a cap of 0; the yes/no answers the failing, as the base points are no requirement
    sentence = "贷款在考核期内基础分计50分,存在对列入国家产业政策限制和淘汰类的新建项目提供贷款的,基础分以0分计。"
    assert [score(sentence, v, points="50") for v in ("是", "否")] == ["0", "50"]


def test_bare_points_for_a_named_failing_counted_are_refused():
    # 迟到早退一人一次1分: read as awards per time (没按时打扫一次5分, whose words negate what is
    # asked, is deducted: test_bare_points_for_each_failing_the_words_say_are_deducted)
    assert refusal("迟到早退一人一次1分", "1").code == "E202"
    assert score("参加活动一次1分", "3") == "3"


def test_otherwise_deemed_restates_the_failing():
    # 否则视为没打扫,扣2分: 视为 names no failing of its own, so 是 answers what comes before 否则
    sentence = "打扫后找中队人员检查后才可离开。否则视为没打扫,直接扣班级荣誉积分2分。"
    assert [score(sentence, v) for v in ("是", "否")] == ["0", "-2"]


def test_places_stepping_down_from_the_first():
    # 第一名得20分,按名次依次递减2分 was refused: each place further down loses 2, down to 0
    sentence = "按照各派出所破案总量同比增长率排名,第一名50分,按名次依次递减2分。"
    assert [score(sentence, place, "30") for place in ("1", "2", "10", "26", "30")] == ["50", "48", "32", "0", "0"]
    assert scores("第一名得40分,每递减一名,减2分", [("3", "10")]) == ["36"]
    assert scores("第一名10分,依次递减0.4分,递减到0分为止。", [("4", "40"), ("30", "40")]) == ["8.8", "0"]
    # from the last of the places written, which may be 前3名 at the item's points
    sentence = "年度政治学习排名前3名得满分;其他依次递减0.2分。"
    assert scores(sentence, [("3", "20"), ("4", "20"), ("8", "20")], points="2") == ["2", "1.8", "1"]
    # a step down with no place to step from is unread
    assert refusal("每提前一名加20分,每退后一名扣20分", "3", "10").code == "E218"


def test_nothing_added_is_no_zero():
    # 称职的不加分 read 本项不得分: a unit rated 称职 lost the whole item
    sentence = "年度考核优秀的加2分,称职的不加分,基本称职的扣2分,不称职的扣5分。"
    assert score(sentence, "称职") == "0"  # nothing added, nothing taken
    assert score(sentence, "优秀") == "2"
    assert score("达到标准的加2分,未达到的不加分。", "否", points="5") == "0"


def test_not_done_after_tiers_running_down_to_nothing():
    # 85%以下的得1分;未开展培训的不得分: nothing done fell in the lowest tier and got 1
    sentence = "培训覆盖率达到95%以上的得3分;85%—95%的得2分;85%以下的得1分;未开展培训的不得分。"
    assert scores(sentence, ["0%", "50%", "90%"]) == ["0", "1", "2"]
    # where fewer is better, none is the best: 否则 is the other answer
    assert score("审核错情累计条数每年≤3条,得1分;否则不得分", "0") == "1"


def test_tiers_of_a_change_named_in_the_comparison_or_beside_it():
    # 下降5%以上 holds 下降 in its comparison, 下降不足5% beside it: two values were asked for one change
    sentence = "浓度同比下降5%以上的得3分,下降不足5%的得1分,不降反升的不得分。"
    assert scores(sentence, ["6%", "3%", "0%"]) == ["3", "1", "0"]


def test_a_band_sentence_with_no_grade_is_an_error():
    # 等级: 计0.05分…: every clause was passed over and the rubric had no grades, with a green check
    from jdscore import pipeline
    from jdscore.source import Source
    source = Source.from_text("bands.jd", '考评 "示例"\n等级: 计 0.05 分。此项最高计 0.3 分。\n')
    assert "E214" in {d.code for d in pipeline.check(source).diagnostics}


def test_a_limit_on_what_the_steps_above_add():
    # 最多加3分 limited the whole sentence: every unit scored 3
    sentence = "固定资产投资完成率达到100%的得10分,每超过1个百分点加0.5分,最多加3分;每低1个百分点扣0.5分。"
    assert scores(sentence, ["100%", "104%", "120%", "90%"]) == ["10", "12", "13", "5"]
    sentence = "完成率达到100%的得10分,每超过1个百分点加0.5分,加分最高不超过3分;每低1个百分点扣0.5分。"
    assert scores(sentence, ["100%", "110%", "90%"]) == ["10", "13", "5"]


def test_short_by_a_verb_counts_from_the_requirement():
    # 少开一次 after 每半年至少召开一次 read an excess: more meetings lost points
    assert scores("每半年至少召开一次联席会议,少开一次扣1分。", ["2", "1", "0"]) == ["0", "-1", "-2"]
    assert scores("每季度召开一次联席会议,少开一次扣1分。", ["4", "3"]) == ["0", "-1"]
    # 少任一项, 少加0.5分, 少得1分 are no shortfall counted
    assert score("园务委员会每月一次集中会议,家委会每学期一次集中会议,少任一项扣3分,扣完为止", "1", points="10") == "7"


def test_short_of_an_area_takes_decimals():
    sentence = "村级组织活动场所面积不低于200平方米,每少10平方米扣0.5分。"
    assert scores(sentence, ["200", "185.5", "180"]) == ["0", "-0.5", "-1"]


def test_late_within_a_time_is_a_condition():
    # 逾期1个月内…扣1分 read a step of a month, with a second value for 1个月以上
    sentence = "在规定时间内完成整改的不扣分,逾期1个月内完成整改的扣1分,逾期1个月以上的扣3分。"
    assert scores(sentence, ["0", "1", "2"]) == ["0", "-1", "-3"]
    assert scores("没有特殊原因,三个月内未补选的扣2分。", ["是"]) == ["-2"]  # a time allowed, as before


def test_nested_conditions_open_the_same_way_take_the_narrower():
    # 不足2元的扣2分,不足1元的扣4分: 0.5元 lost 2 (the tier better for the unit), not 4
    sentence = "工作经费人均不足2元的扣2分,不足1元的扣4分。"
    assert scores(sentence, ["0.5", "1", "1.5", "2"]) == ["-4", "-2", "-2", "0"]
    assert scores("迟到超过3次的扣1分,超过5次的扣3分", ["4", "6"]) == ["-1", "-3"]
    # a tier between them is read as written
    assert scores("成立并正常经营满3年的得1分;3-5年得2分;5年以上得3分。", ["3", "4", "6"], points="3") == ["2", "2", "3"]


def test_rates_in_thousandths():
    # 2‰—3‰ was passed over: the clause read a yes/no
    sentence = "辖区吸毒人员占户籍人口比例低于2‰的得3分,2‰—3‰的得2分,高于3‰的不得分。"
    assert scores(sentence, ["1.5‰", "2.5‰", "0.25%", "4‰"]) == ["3", "2", "2", "0"]


def test_one_requirement_said_per_period_and_for_the_year_is_refused():
    # 每季度…不少于3条,全年不少于12条,每少1条: two values short of 12 each, so 10 lost 0.4 twice
    assert refusal("每季度报送工作信息不少于3条,全年不少于12条,每少1条扣0.2分。", "10").code == "E202"
    # requirements of different people stay a value each
    assert scores("校长每年至少2次,副职至少4次,每少一次扣2分", [("1", "4")]) == ["-2"]


def test_a_task_done_above_tiers_of_its_share():
    # 完成年度任务的得10分;达到任务75%的得8分 read a yes/no beside the tiers: all of it gave 10 and 8
    sentence = "完成年度任务的得10分;达到任务50%的得5分;达到任务75%的得8分;"
    assert scores(sentence, ["100%", "80%", "60%", "40%"]) == ["10", "8", "5", "0"]
    # a share beyond the task is no share of it: 超额完成10%至20% is 110% to 120% of the task,
    # one rate with the task done
    assert scores("完成年度计划目标得30分,超额完成10%(含)至20%加1分", ["115%", "100%", "90%"]) == ["31", "30", "0"]


def test_places_stepping_down_to_a_floor():
    # 第1名10分,每降1名减1分,最低得5分 was refused, its floor read as a second rule
    assert scores("第1名10分,每降1名减1分,最低得5分", [("1", "10"), ("3", "10"), ("8", "10")]) == ["10", "8", "5"]
    assert refusal("第1名10分,每降1名减1分,最低得12分", "3", "10").code == "E202"


def test_jun_after_a_list_takes_the_points_for_each():
    # 未建立工作台账、未制定方案的,均扣2分 read one yes/no: both missing lost 2, not 4
    assert score("未建立工作台账、未制定方案的,均扣2分。", "是", "是") == "-4"
    # alternatives joined by 或 are one failing, in either form
    assert scores("无制度或有但形同虚设均扣1分。", ["是", "否"]) == ["-1", "0"]


def test_rooms_counted_and_a_bin_not_emptied():
    # 少一间 was a syntax error; 垃圾未倒扣1分 read 倒扣 (below 0) and was refused
    assert scores("实验室应有3间,少一间扣2分", ["2", "3"]) == ["-2", "0"]
    assert score("门窗户未擦扣2分,垃圾未倒扣1分。", "否", "是") == "-1"


def test_a_standard_of_all_before_failings_counted():
    # 数据准确率为100%,每发现一项错误扣5分: the 100% was refused as unread; it is the standard
    # each error counted falls short of
    assert score("出入库物品数据准确率为100%每发现一项错误扣5分", "2", points="20") == "10"
    assert score("人员到位率100%,每缺1人扣0.5分。", "3", points="5") == "3.5"
    # a standard below all of it stays refused (is it where the deductions start?)
    assert refusal("合格率要求95%,发现一处不合格扣除5分", "1").code == "E218"
    # percentage points short of 100% still count from it
    assert score("出租私房登记率100%,每少一个百分点扣2分", "97%", points="10") == "4"


def test_steps_written_after_where_they_start():
    # 每低于100%一个百分点扣0.2分 read steps of 100% from 1%: 90% lost nothing
    sentence = "村卫生室覆盖率每低于100%一个百分点扣0.2分"
    assert scores(sentence, ["100%", "97%", "90%"], points="5") == ["5", "4.4", "3"]
    assert score("每超过80%一个百分点加0.5分", "85%") == "2.5"


def test_ranges_in_whole_numbers_reach_the_next_start():
    # 80-89分为良好,90分以上为优秀: 89.5 had no grade; 90%-99%得3分,100%得4分: 99.5% scored 0
    sentence = "考核总分90分以上为优秀,80-89分为良好,60-79分为合格,60分以下为不合格。"
    assert scores(sentence, ["89.5", "79.5", "59.5"]) == ["良好", "合格", "不合格"]
    sentence = "整改率100%得4分,90%-99%得3分,80%-89%得2分,80%以下不得分。"
    assert scores(sentence, ["99.5%", "89.5%"], points="4") == ["3", "2"]
    # a range that another covers is no gap: 良好 8分至9分 keeps 8.5, 合格 stops at 8
    assert scores("9分以上为优秀,8分至9分为良好,6分至8分为合格", ["8.5", "7.5"]) == ["良好", "合格"]


def test_the_most_each_time_scores_is_no_award_for_each():
    # 每次满分10分 read 10 for every time: a check scored 8 would still give 10
    assert refusal("每月考核一次,每次满分10分", "12").code == "E202"
    assert refusal("每村建立劝导站(分值5分)", "3").code == "E202"


# ------------------------------------------------------------------ rungs, levels, 且, caps

def test_bare_rates_climbing_to_an_open_tier_are_rungs_reached():
    s = "节能措施起到效果的灯盏数占总量20%的,计1分;占40%的计3分;占60%以上的计5分。"
    # 19% reaches no rung; 45% reaches 40%; 60% the open top
    assert scores(s, ["19%", "20%", "45%", "60%", "90%"]) == ["0", "1", "3", "5", "5"]


def test_the_task_done_tops_a_ladder_of_shares_of_it():
    s = "完成年度计划目标得40分,完成目标的90%得36分,完成80%得32分,完成50%以下不得分。"
    assert scores(s, ["100%", "95%", "90%", "85%", "79%"], points="40") == ["40", "36", "36", "32", "0"]


def test_yici_leitui_continues_evenly_spaced_rungs():
    s = "完成年度计划目标得10分,完成目标的90%得9分,完成80%得8分,依次类推。"
    # 75% is on the rung 70%: 7; 10% is the last rung with points left: 1; below it nothing
    assert scores(s, ["100%", "85%", "75%", "10%", "5%"], points="10") == ["10", "8", "7", "1", "0"]


def test_yici_leitui_after_uneven_rungs_is_refused():
    d = refusal("达到90%得5分,达到85%得3分,达到70%得2分,依次类推")
    assert d.code == "E202" and "依次类推" in d.message


def test_yici_leitui_after_a_step_counts_whole_steps():
    assert scores("每3人次未戴红领巾扣1分,依次类推,直至扣完。", ["2", "3", "7"], points="5") == ["5", "4", "3"]


def test_a_level_and_everything_below_it_is_one_level():
    s = "评分:好的得4分;一般的得3分;一般以下的得2分;"
    assert scores(s, ["好", "一般", "一般以下"]) == ["4", "3", "2"]


def test_blanks_after_a_comma_do_not_move_the_words_before_points():
    s = "看现场, 好4分, 较好3分, 一般2分, 没有不得分"
    assert scores(s, ["好", "较好", "没有"]) == ["4", "3", "0"]


def test_qie_inside_what_is_counted_or_measured():
    # 且 joins what each counted time must be; 且 before a 的 names what the rate measures
    s = "每出现一次网络中断的情况,对用户造成不良影响,且在约定的时间内未解决的,每次扣1分。"
    assert scores(s, ["0", "3"]) == ["0", "-3"]
    s = "立项且开工建设的高标准农田面积达到年度任务90%及以上的,得4分;比例不足90%时,每减少5%,扣1分,扣完为止。"
    assert scores(s, ["96%", "87%", "85%"], points="4") == ["4", "4", "3"]


def test_qie_beside_a_threshold_is_refused_where_the_words_may_name_the_measure():
    # 参加培训且考试合格人数10人以上: words before 且 may say whom a count counts
    d = refusal("参加培训且考试合格人数10人以上得0.5分")
    assert d.code == "E218" and "且" in d.message
    # 正常运营且面积1000平方米以上: an area named by what it measures, a second requirement
    assert scores("正常运营且面积1000平方米以上得0.5分", [("是", "1000"), ("否", "1200")]) == ["0.5", "0"]
    # a yes/no and steps of the rate: two values, one of them stepped
    assert refusal("覆盖率达到90%以上且无安全事故的得3分，每低1个百分点扣0.5分").code == "E202"
    # a failing said after them: of which? (a yes/no is not negated)
    assert refusal("覆盖率达到90%以上,且运行良好,达不到标准的不计分").code == "E218"


@pytest.mark.parametrize("sentence, cap", [
    ("每条加0.5分,加到1分为止", "1"),
    ("发现一次扣0.1分,直至扣完0.5分为止", "0.5"),
    ("每次扣1分,累计扣到2分为止", "2"),
])
def test_caps_written_as_up_to_so_many_points(sentence, cap):
    many = score(sentence, "9", points="10")
    assert many == (cap if "加" in sentence else str(10 - Decimal(cap)))


@pytest.mark.parametrize("sentence", ["每缺一层扣1分", "缺少一样扣1分", "缺一环节扣1分"])
def test_a_small_numeral_after_que_counts_whatever_follows(sentence):
    assert scores(sentence, ["0", "2"], points="5") == ["5", "3"]


def test_the_standard_said_before_the_comparison_is_read():
    s = "以100%为标准。在职人员控制率≦100%,计5分;每超过一个百分点扣0.5分,扣完为止。"
    assert scores(s, ["100%", "103%"], points="5") == ["5", "3.5"]


def test_two_counts_before_one_award_are_refused():
    d = refusal("内容包括:①栏目更新数量超过50条;②有特色。以上三项全都具备得5分,满足两项得3分")
    assert d.code in ("E202", "E218")


def test_a_failing_then_its_other_answer_is_one_yes_no():
    s = "未在维保项目所在地进行备案的不得分;已完成备案的,得2分"
    assert scores(s, ["是", "否"], points="2") == ["0", "2"]
    # points for another act (委托…事务), another thing (制度, not 台账) or more than the failing
    # denies (制定并实施): two things, refused
    for s in ("未落实的不得分;委托社会中介机构承办具体事务的计1分。", "未建立台账的不得分;建立制度的,得2分",
              "未制定方案的不得分;制定方案并实施的,得3分"):
        assert refusal(s).code == "E202"


def test_listed_points_after_ji():
    s = "受到区(县)、市、省、国家相关主管部门表彰的,分别记2分、3分、5分、10分;"
    assert score(s, "0", "1", "0", "1") == "13"


def test_steps_either_way_from_no_change_read_a_signed_change():
    s = "与上年持平得5分,每增加1%加1分,每减少1%扣1分"
    # the value is the change on last year: a fall is below 0
    assert scores(s, ["0%", "3%", "-2%", "-7%", "7.5%"], points="10") == ["5", "8", "3", "0", "10"]


def test_a_rate_that_is_no_change_may_not_be_below_0_elsewhere():
    d = refusal("达到90%以上得5分,每低1%扣1分", "-2%", points="5")
    assert d.code == "E406"


def test_one_grade_with_an_end_left_out_is_a_band_not_a_judged_amount():
    s = "AA级(信用优良):积分为110分(不含)至120分(含);"
    assert scores(s, ["115", "120", "110"]) == ["AA级", "AA级", "(不在任何等级内)"]
    # both ends taken: an amount the assessors judge
    assert "评定" in try_rule("对工作成绩突出的,给予5分-10分", None).understood


def test_defen_with_no_number_before_its_other_answer_gives_the_items_points():
    assert scores("应建已建得分,应建未建不得分。", ["是", "否"], points="4") == ["4", "0"]
    assert scores("经费2000元以上得分,否则不得分。", ["2000", "1999"], points="2") == ["2", "0"]
    # how the points are worked out is not said: refused
    assert refusal("按实际情况得分,未开展不得分", points="4").code == "E218"


def test_jifen_is_the_points_of_a_points_system():
    assert scores("污损文献,每1册扣200个积分。", ["0", "2"]) == ["0", "-400"]
    assert score("参加志愿服务活动,每次增加50积分", "3") == "150"


def test_points_each_counts_as_after_mei():
    assert scores("国家级项目:每项按照120分计算;", ["0", "2"]) == ["0", "240"]
    # with no 每, 按100分计算 stays a limit and names no points of its own; an assessment's scale
    # (每次考核按100分计算) is no award either
    assert refusal("超过100分,按100分计算").code == "E201"
    assert refusal("每次考核按100分计算").code == "E201"


def test_places_given_points_listed_after_an():
    s = "接力项目取前八名,按20、14、12、10、8、6、4、2记分。"
    assert scores(s, [("1", "12"), ("2", "12"), ("8", "12"), ("9", "12")]) == ["20", "14", "2", "0"]
    s = "审计组成人员专业结构搭配合理性分值3分:按合理、基本合理和不合理三个等级按3、2、1计分;"
    assert scores(s, ["合理", "基本合理", "不合理"]) == ["3", "2", "1"]


@pytest.mark.parametrize("sentence, count, expected", [
    ("已建好基础且墙体在1米以下的,每起扣2分;", "3", "49"),          # which ones are counted
    ("照明灯具完好率达100%,一处不合格扣0.1分", "3", "54.7"),       # the standard each failing misses
    ("年内公益捐赠5000元以上的,加1分/次", "2", "2"),
])
def test_a_lone_condition_beside_counting_says_what_is_counted(sentence, count, expected):
    assert score(sentence, count, points="55") == expected


@pytest.mark.parametrize("sentence", ["人口超过1万人的,每起案件扣1分", "发案率超过5%的,每起扣1分"])
def test_a_condition_on_the_unit_beside_counting_is_refused(sentence):
    assert refusal(sentence).code == "E202"


def test_daokou_with_no_points_to_keep_above_0_is_a_deduction():
    assert scores("每次倒扣10分,并视其情况予以通报。", ["0", "2"]) == ["0", "-20"]
    # 及时倒: the verb of the rubbish, not 倒扣
    assert score("垃圾没有及时倒扣2分。", "是", points="5") == "3"
    # with the sentence's own points: from 0 (−2 where it is not done) or from the 2? refused
    assert refusal("能够经常提出意见或建议得2分,否则倒扣2分。", "否").code == "E202"


def test_a_judged_award_for_an_act_is_0_when_it_did_not_happen():
    s = "宿舍有粘贴值日表或内部管理制度的加1~2分"
    assert scores(s, ["0", "1", "2"]) == ["0", "1", "2"]
    assert refusal(s, "0.5").code == "E408"


def test_a_range_before_de_kou_fen_is_deducted():
    s = "所属车辆发生交通事故的,按责任的不同给予5至30分的扣分处罚;"
    assert scores(s, ["0", "5", "30"]) == ["0", "-5", "-30"]
    # 扣 far from a range of points (扣罚…责任员5-20分): of whom? refused
    assert refusal("按月扣罚设备点检作业长、责任员5-20分。").code == "E218"


def test_several_measures_of_each_thing_counted_say_which_ones_are():
    s = "发现一处面积在10㎡以上黑臭水体或长度在10米以上黑臭沟渠的每处扣1分。"
    assert scores(s, ["0", "2"], points="5") == ["5", "3"]
    # conditions on the very count that is counted: refused
    assert refusal("迟到超过3次且早退超过2次的,每次扣1分").code == "E202"


def test_the_items_points_in_brackets_right_after_its_deductions():
    assert scores("活动每少一次扣 0.5 分( 4 分)", ["0", "3", "9"]) == ["4", "2.5", "0"]
    # a note about points is no item total
    assert refusal("超期每册扣减2分(含借阅时获得的1分)。", "1").code == "E202"


@pytest.mark.parametrize("sentence", ["每发现一次迟到现象,扣除该学生所在班级0.5分。", "发现一次扣该宿舍管理者0.5分"])
def test_whose_points_are_taken_between_kou_and_the_points(sentence):
    assert scores(sentence, ["0", "4"], points="5") == ["5", "3"]


def test_a_floor_written_with_blanks():
    assert scores("全勤得 10 分;请假一次扣 3 分;扣完为 止;", ["0", "4"]) == ["10", "0"]


def test_grades_of_one_thing_are_a_level_scale():
    s = "团干部在各项比赛中获奖,国家级加5分,省级加4分,校级加3分;"
    assert scores(s, ["国家级", "省级", "校级"]) == ["5", "4", "3"]
    assert scores("(1)县级:一等奖5分,二等奖3分,三等奖1分。", ["一等奖", "三等奖"]) == ["5", "1"]
    # different things with falling points stay yes/no each
    assert scores("建立制度加5分,开展培训加3分,落实到位加1分", [("是", "是", "否")]) == ["8"]


def test_yicixing_is_a_lump_sum_not_a_count():
    assert scores("未报送或逾期报送的,一次性扣3分。", ["是", "否"], points="5") == ["2", "5"]


def test_full_marks_at_a_number_before_steps_are_where_the_steps_start():
    s = "安排经费20万元的得满分,每少1万元减0.5分。"
    assert scores(s, ["20万", "18万", "1万"], points="10") == ["10", "9", "0.5"]


@pytest.mark.parametrize("sentence", ["达到100%得满分,每超1个百分点加1分,每低1个百分点扣1分。",
                                      "入党积极分子比例达30%可获基础分10分,每上升或下降10%,加减1分。"])
def test_steps_adding_past_the_items_points_are_refused(sentence):
    d = refusal(sentence, points="10")
    assert d.code == "E202" and "不会起作用" in d.message


@pytest.mark.parametrize("sentence", ["采购的维修配件未按要求进行登记的,扣5分件。", "未按规定进行竣工检测的,扣5分辆次。"])
def test_a_counter_glued_to_the_points_is_the_unit_of_counting(sentence):
    assert scores(sentence, ["0", "2"], points="30") == ["30", "20"]


def test_quanmian_wancheng_is_the_whole_task():
    s = "全面完成新造林面积得总分值,少一个百分点扣1分,直至扣完为止。"
    assert scores(s, ["100%", "95%", "60%"], points="30") == ["30", "25", "0"]


@pytest.mark.parametrize("sentence", ["完成得基本分10分,多完成1%加1分,少完成1%扣1分。",
                                      "完成任务的得10分,每多完成1%加1分,每少完成1%扣1分。"])
def test_more_or_less_done_steps_from_the_task(sentence):
    assert scores(sentence, ["100%", "103%", "96%"]) == ["10", "13", "6"]
    # 多完成5%的 (with 的) is no step: refused, not counted per 5%
    assert refusal("完成任务得10分,多完成5%的加2分").code == "E218"


def test_additions_and_deductions_within_the_sentences_base():
    s = "完成得基本分10分,多完成1%加1分,少完成1%扣1分,以此类推,加扣分均不突破基本分。"
    assert scores(s, ["100%", "105%", "130%", "85%"]) == ["10", "15", "20", "0"]
    s = "完成任务的得10分,每多完成1%加1分,每少完成1%扣1分,加分不超过基本分。"
    assert scores(s, ["130%", "85%"]) == ["20", "0"]
    # with no base points of the sentence's own the bound cannot be worked out: refused, not dropped
    d = refusal("每多1人加1分,加分不超过基本分")
    assert d.code == "E218" and "基本分" in d.message


def test_a_bound_by_the_items_points_needs_the_item_to_have_points():
    s = "每次扣2分,年度内累计不超过本项分值"
    assert scores(s, ["0", "3", "9"], points="10") == ["10", "4", "0"]
    assert refusal(s).code == "E218"


@pytest.mark.parametrize("sentence,grades", [
    ("A 为 90~100 分,B 为 70~80 分,C 为 60~70 分,D 为 60 分以下。",
     {"95": "A", "75": "B", "70": "B", "60": "C", "50": "D"}),
    ("考核分为100分;90以上为优秀;良好70-89分;69分以下不合格。", {"95": "优秀", "80": "良好", "69": "不合格"}),
    # bands pasted from a table, blanks between them
    ("评估记分 60分以下不合格 60-80分合格 80分以上优秀", {"50": "不合格", "60": "合格", "85": "优秀"}),
    # the label names the band; 的零售客户 only says what it is of (and 91 -100: a range, not -100分)
    ("A类(诚信经营户):守法考核得分在91 -100分的零售客户; B类(一般违法户):守法考核得分81 -90分的零售客户;",
     {"95": "A类", "81": "B类"}),
])
def test_grade_bands_with_the_grade_named_first(sentence, grades):
    for total, grade in grades.items():
        assert score(sentence, total) == grade, total


def test_words_before_a_range_that_name_no_grade_make_no_band():
    # judged parts, added up; a requirement with no points: neither is a grade of a total
    assert score("公开随机抽查结果0.2-1分,公开查处情况0.3-1分。", "0.5", "0.4") == "0.9"
    assert refusal("培训成员不少于20%").code == "E201"


def test_names_each_given_a_falling_range_are_refused_in_a_rule():
    # in a rubric line, 好为8~10分,中为5~7分 is one level judged within its range, or a grade of a
    # total: never three judged amounts added up
    with pytest.raises(Stop) as stop:
        sentence_rubric("好为8~10分,中为5~7分,差为0~4分", None)
    d = stop.value.diagnostics[0]
    assert d.code == "E202" and "分值范围" in d.message


@pytest.mark.parametrize("sentence", ["每完成任务一个百分点得0.1分,共10分。", "完成率每1%得0.1分,最高10分"])
def test_each_percent_of_a_rate_scores_from_nothing(sentence):
    # the value is the rate itself; an award takes the share of a point in proportion
    assert scores(sentence, ["85%", "85.5%", "100%", "0%"]) == ["8.5", "8.55", "10", "0"]
    # a bare 85 could be the rate or points of it: refused, with what to write
    assert refusal(sentence, "85").code == "E503"


def test_each_percent_of_a_rate_deducts_whole_points():
    assert scores("抽查不合格率每1%扣0.5分", ["3%", "3.5%"], points="5") == ["3.5", "3.5"]


@pytest.mark.parametrize("sentence,values,expected", [
    ("每增长1%计1分,每下降1%扣1分", ["3%", "-2.5%", "0%"], ["3", "-2", "0"]),
    # lower is better: the fall gains, in proportion; the rise loses whole points
    ("发案率每上升1%扣1分,每下降1%加1分", ["3%", "-2.5%"], ["-3", "2.5"]),
])
def test_steps_both_ways_with_no_point_count_from_no_change(sentence, values, expected):
    assert scores(sentence, values) == expected


def test_steps_both_ways_in_counts_stay_two_values():
    # a count is never below 0: how many more and how many fewer are two values
    assert scores("每增加1人加1分,每减少1人扣1分", [("2", "0"), ("0", "3")]) == ["2", "-3"]


def test_a_bound_by_the_base_written_with_wei_xian():
    s = "完成任务的得10分,每多完成1%加1分,每少完成1%扣1分。加分和扣分均以基本分为限。"
    assert scores(s, ["130%", "95%", "80%"]) == ["20", "5", "0"]


def test_a_bullet_after_blanks_starts_the_next_clause():
    s = "·照明专用回路无漏电保护,扣5分 ·灯具金属外壳未作接零保护的每一处,扣2分 ·手持照明灯未使用安全电压,扣10分"
    # a yes/no, a count, a yes/no: three clauses, not one running into the next
    assert score(s, "否", "3", "是", points="20") == "4"


@pytest.mark.parametrize("sentence,values,expected", [
    ("观众人数大于或者等于10人的加10分", ["10", "25", "9"], ["10", "10", "0"]),
    ("人数小于或者等于5人的扣2分", ["5", "6"], ["-2", "0"]),
])
def test_huozhe_between_the_comparison_words(sentence, values, expected):
    # (大于或者等于10人 was read as 等于10人: 25 people scored nothing)
    assert scores(sentence, values) == expected


def test_money_docked_beside_points_is_no_scoring_word():
    assert score("正常上班期间旷课除扣除当月出勤奖外,扣10分/半天。", "2", points="30") == "10"


@pytest.mark.parametrize("sentence,failed", [("室内线路及灯具安装高度低于2.4m未使用安全电压供电的,扣10分", "0"),
                                             ("党员人数在7人以上,未配备委员的扣2分。", "8")])
def test_a_failing_after_a_condition_is_what_is_asked(sentence, failed):
    # the condition says where the failing is looked for: a yes/no on the failing, not a tier of
    # the height (a site below 2.4m that used safe voltage loses nothing)
    assert scores(sentence, ["是", "否"], points="10") == [failed, "10"]


@pytest.mark.parametrize("sentence,values,expected", [
    # the condition's other side said again: still a tier of the value
    ("每季度A、B级信息必须占60%以上,达不到要求的扣5分。", ["60%", "59%"], ["10", "5"]),
    ("办案经费不少于2万元,达不到的扣2分", ["2万", "1.5万"], ["10", "8"]),
])
def test_a_failing_that_restates_the_condition_keeps_the_tier(sentence, values, expected):
    assert scores(sentence, values, points="10") == expected


def test_lie_hua_is_a_step_down():
    assert scores("小区完好率99.90%,每劣化0.01%扣0.1分", ["99.9%", "99.85%"], points="5") == ["5", "4.5"]


def test_blanks_after_the_points_start_the_next_cell():
    s = "施工现场人员未佩戴安全帽,每人扣5分 未按标准佩戴安全帽,每人扣2分 安全帽质量不符合现行国家相关标准的要求,扣5分"
    # two counts and a yes/no: the words after 扣5分 are the next cell's, not the first one's
    assert score(s, "1", "2", "是", points="20") == "6"
    # a points cell before its rule's cell is the points the rule counts down from
    assert scores("按时参加区关工委会议、活动、培训。 2 分 缺席 1 次扣 0.5 分。", ["0", "3"]) == ["2", "0.5"]
    # and blanks inside a band or before 以上 separate nothing
    assert score("90 分 以上为优秀,60 分 以下为不合格", "95") == "优秀"


def test_cells_pasted_with_nothing_between_them():
    s = "未按规定要求设置连墙杆扣15分连墙杆设置不符合规范要求每处扣5分未按规定设置纵、横向及水平剪刀撑扣15分"
    # a yes/no, a count, a yes/no: each cell's words with its own points
    assert score(s, "否", "2", "是", points="30") == "5"
    # words that still belong to the points stay with them (a limit, 的…, /处)
    assert scores("每缺一次扣1分最多扣3分", ["2", "5"], points="10") == ["8", "7"]


def test_an_award_whose_words_the_next_one_extends_is_its_own():
    # 有领导小组 and 有领导小组办公室 are two things, a ; apart: six awards, not five
    s = "有领导小组得5分;有领导小组办公室得5分;有专人负责得5分;有工作规划得5分;有实施方案得5分;纳入学校整体规划得5分。"
    assert score(s, "是", "否", "否", "否", "否", "否", points="30") == "5"
    # the same words said again after a comma head the award they restate
    s = "設立信訪信息員記30分,3月份前在鄉、村、組設立信訪信息員記30分,每推遲1個月到位的扣10分。"
    assert scores(s, ["0", "2"], points="30") == ["30", "10"]


def test_full_points_for_none_of_one_thing_beside_counts_of_another():
    # 重大事故 and 一般事故 are two things: a major accident still loses the full points
    s = "未发生重大事故得满分;发生一般事故每起扣2分"
    assert scores(s, [("是", "1"), ("否", "0")], points="10") == ["8", "0"]
    # the same thing counted after it: the full points are what no deduction leaves
    assert scores("未发生安全事故得满分,发生一起扣5分", ["0", "1"], points="10") == ["10", "5"]


def test_a_failing_of_its_own_among_awards_is_no_restatement():
    # 未开展培训 is not the plan's failing: it zeroes the item, and with awards after it the
    # sentence does not say how the two go together (refused; it was dropped in silence)
    assert refusal("有工作计划得2分,未开展培训不得分,有总结得1分", points="5").code == "E202"
    # the plan's own failing, said again in brackets, is the award's other answer
    assert scores("有工作计划,得2分(未制定不得分);有总结,得1分", [("是", "否")], points="5") == ["2"]


def test_a_zero_after_points_for_each_one_qualifies_only_the_counted_act():
    # 发生重大舆情 is an act of its own: it zeroes the item (it was dropped in silence)
    assert scores("每篇计1分,发生重大舆情的不得分", [("3", "否"), ("3", "是")], points="5") == ["3", "0"]
    # the counted act's own failing, or which ones do not count: no value of its own
    assert scores("每新增 1 家得 1 分,未新增不得分。", ["2", "0"]) == ["2", "0"]
    assert scores("每篇计1分,抄袭的不计分", ["3"], points="5") == ["3"]


def test_a_unit_after_bare_points_stays_with_them():
    # 2分/处 with no verb says neither taken nor given: refused (the /处 went to the next cell,
    # and 2分 was read as an award of 2, in silence)
    assert refusal("地面有垃圾2分/处 墙面污损1分/处", points="10").code == "E202"
    assert score("地面有垃圾扣2分/处 墙面污损扣1分/处", "1", "2", points="10") == "6"


def test_a_unit_after_the_points_stays_with_them():
    # 扣2分/项 counts items: the /项 is not the start of the next part (it was read as a yes/no 2)
    assert score("未建立制度扣2分/项制度不健全扣1分/项", "2", "1", points="10") == "5"
    # a 每 right after the points starts the next part
    s = "完成糖蔗种植面积、进厂产量、良种种植及“吨糖田”建设任务、示范片建设任务计10分每小项不完成任务扣1分"
    assert scores(s, ["0", "2"]) == ["10", "8"]


def test_a_graver_case_with_a_count_of_its_own_is_no_limit():
    # 情节严重的 cases are their own count: one ordinary case loses 10, not the item (it scored 0)
    s = "体罚或变相体罚学生,发现一次扣10分,情节严重的发现一次本项考核分为0分"
    assert scores(s, [("1", "0"), ("0", "1")], points="30") == ["20", "0"]
    # with no words of its own, a count after points for each one is their limit
    assert scores("每一处错误扣1分;有五处及以上错误,不得分", ["4", "5"], points="10") == ["6", "0"]


@pytest.mark.parametrize("sentence", [
    "焊缝表面有裂纹等任一缺陷,扣光此处全部配分",
    "不合要求扣完此项分数",
    "未经选举的扣该小类分",
    "出现重伤及以上事故扣全部分数",
    "擅自代填统计报表的,本项得分为0",
    "发生重伤事故的,考核分清零",
    "经核实,本项不予得分",
])
def test_ways_of_writing_the_item_scores_nothing(sentence):
    # each is 不得分 in other words: the failing leaves the item nothing
    assert scores(sentence, ["是", "否"], points="6") == ["0", "6"]


def test_the_whole_item_taken_is_no_deduction_of_named_points():
    # 扣该项2分 is 2 points, not all of them
    assert score("未按时报送的扣该项2分", "是", points="6") == "4"


def test_one_condition_after_listed_rates_needs_them_all_for_points():
    s = "职工知晓率、参与率达到90%以上得1分"
    assert scores(s, [("90%", "95%"), ("95%", "89%"), ("80%", "80%")], points="2") == ["1", "0", "0"]


def test_one_condition_after_listed_rates_fails_on_any_one():
    s = "教职员工知晓率和参与率低于90%的,不得分"
    assert scores(s, [("90%", "95%"), ("95%", "89%"), ("85%", "80%")], points="2") == ["2", "0", "0"]
    # 达不到的 after the requirement: the failing of either
    s = "合格率、及时率均达到95%以上的得2分,达不到的不得分"
    assert scores(s, [("95%", "99%"), ("99%", "94%")], points="2") == ["2", "0"]


@pytest.mark.parametrize("sentence,value,expected", [
    ("驾驶人、乘务员交通安全教育率达100%的计5分", "100%", "5"),  # one rate of the people listed
    ("各项工作等指标完成率达90%以上得2分", "95%", "2"),
])
def test_one_rate_of_things_listed_stays_one_value(sentence, value, expected):
    assert score(sentence, value) == expected


@pytest.mark.parametrize("sentence,values,expected", [
    # 10 short of 95% is 10 steps, 5 taken at most: 1 left of the 3, not 0
    ("城乡居民医保参保率达到95%的得3分,每低1个百分点扣0.5分,最多扣2分", ["85%", "94%", "95%"], ["1", "2.5", "3"]),
    ("档案资料齐全规范的得2分,每缺1项扣0.5分,最多扣1分", ["5", "1"], ["1", "1.5"]),
    # the limit where nothing is left stays: below 80% the item scores nothing
    ("隐患排查完成率达到100%的得3分,每低5个百分点扣1分,最多扣2分,低于80%的不得分", ["80%", "79%"], ["1", "0"]),
])
def test_most_taken_counts_from_the_sentences_own_points(sentence, values, expected):
    assert scores(sentence, values, points="3") == expected


@pytest.mark.parametrize("sentence,values,expected", [
    # 88%: 5 steps of 1 down to 90%, then 2 steps of 2
    ("测评结果达到95%以上的得满分;在90%至95%之间的,每降低1个百分点扣1分;低于90%的,每降低1个百分点扣2分",
     ["92%", "90%", "88%", "96%"], ["7", "5", "1", "10"]),
    # counts above a ceiling: 11—15 from 10, above 15 from 15
    ("事故起数控制在10起以内的得10分;11—15起的,每多1起扣0.5分;15起以上的,每多1起扣1分",
     ["12", "15", "16"], ["9", "7.5", "6.5"]),
    # awards in bands, in proportion
    ("满意率达到80%的得1分;80%—90%的,每提高1个百分点加0.1分;90%以上的,每提高1个百分点加0.2分",
     ["85%", "93%"], ["1.5", "2.6"]),
])
def test_steps_in_bands_count_in_their_own_band(sentence, values, expected):
    assert scores(sentence, values, points="10") == expected


def test_steps_in_bands_that_overlap_are_refused():
    s = "达到96%以上的得5分;低于96%的,每降低1个百分点扣0.25分;低于90%的,每降低1个百分点扣0.5分"
    assert refusal(s).code == "E202"


def test_a_limit_beside_steps_both_ways_is_kept():
    s = "完成率达到100%的得40分,每超额1个百分点加0.5分,最高加10分;每少1个百分点扣1分,完成率低于80%的本项不得分。"
    assert scores(s, ["79%", "90%", "104%"], points="50") == ["0", "30", "42"]


@pytest.mark.parametrize("sentence,values,expected", [
    # the count is how many were held: 12 a year asked
    ("党支部每月至少召开1次支部委员会,未按要求召开的,每次扣0.2分。", ["12", "10", "0", "14"], ["2", "1.6", "0", "2"]),
    ("全年应召开4次领导小组会议,未召开的每次扣0.5分。", ["4", "3"], ["2", "1.5"]),
])
def test_a_requirement_not_met_counted_per_time_is_short_of_it(sentence, values, expected):
    assert scores(sentence, values, points="2") == expected


def test_a_lateness_after_a_requirement_counts_the_late_ones():
    # 未按时 is a time missed, each counted
    assert score("每季度报送1次报表,未按时报送的,每次扣0.5分", "1", points="2") == "1.5"


@pytest.mark.parametrize("sentence", ["按照每万人不少于1名的标准配备专职消防员,每少配备1人扣0.2分。",
                                      "专职工作人员按照1:50的比例配备,每少配备1人扣0.2分。"])
def test_a_requirement_per_head_has_no_total_to_fall_short_of(sentence):
    assert refusal(sentence).code == "E205"


def test_the_number_of_kinds_compared_year_on_year_is_no_threshold():
    s = "火灾四项指数(起数、亡人、伤人、直接财产损失)较上年每下降一项加0.5分,每上升一项扣0.5分。"
    # how many fell, how many rose
    assert scores(s, [("4", "0"), ("1", "2"), ("0", "0")]) == ["2", "-0.5", "0"]


def test_a_failing_of_its_own_after_a_tier_is_its_own_yes_no():
    s = "手卫生依从性低于70%的扣2分,发生院内感染暴发事件未及时上报的,本项不得分。"
    assert scores(s, [("80%", "否"), ("80%", "是"), ("60%", "否")], points="5") == ["5", "0", "3"]


def test_an_awards_other_answer_between_awards_gives_only_its_points_up():
    s = "建立信息系统得0.5分,否则不得分。建立网格化管理制度得0.5分,否则不得分;"
    assert scores(s, [("是", "否"), ("否", "是"), ("是", "是")]) == ["0.5", "0.5", "1"]


@pytest.mark.parametrize("sentence,values,expected", [
    # each one missed comes off the 3 that the rate in full is worth
    ("投诉回复率100%得3分,每有一件未在24小时内回复的扣0.5分。", ["0", "1", "7"], ["3", "2.5", "0"]),
    ("全年出勤率100%计30分,每查到未出勤的,一次扣5分。", ["2"], ["20"]),
])
def test_a_rate_in_full_then_each_one_missed(sentence, values, expected):
    assert scores(sentence, values) == expected


def test_most_added_beside_steps_short_of_a_count_limits_the_steps_above():
    s = "教师年度学生辅导记录达到40次的得4分,每多5次加0.5分,最高加1分;不足40次的,每少5次扣1分。"
    assert scores(s, ["40", "47", "60", "33"]) == ["4", "4.7", "5", "3"]


def test_a_limit_below_the_sentences_own_points_is_refused():
    assert refusal("达到40次的得4分,每多5次加0.5分,最高1分").code == "E202"


def test_a_limit_after_awards_for_each_piece_of_several_kinds_is_on_them_all():
    s = "省级以上新闻媒体报道的,每篇加0.5分;被中央媒体报道的,每篇加1分,加分最高2分。"
    assert scores(s, [("3", "2"), ("5", "0"), ("1", "0")]) == ["2", "2", "0.5"]


def test_a_limit_on_each_kind_and_one_on_them_all():
    s = "申报成功国家级项目的每个加2分,省级项目每个加1分,但单项加分不超过3分,本项累计加分不超过5分。"
    # min(4, 3) + min(3, 3) = 6, then 5 in all
    assert scores(s, [("2", "3"), ("1", "1"), ("5", "0")]) == ["5", "3", "3"]


@pytest.mark.parametrize("sentence,held,expected", [
    ("政务新媒体每两周更新不少于1次,未按要求更新的,每次扣0.1分。", "20", "0.4"),  # 26 a year
    ("每两个月召开1次例会,未召开的每次扣0.3分。", "4", "0.4"),  # 6 a year
    ("每半月报送1次,未报送的每次扣0.1分。", "22", "0.8"),  # 24 a year
])
def test_periods_of_two_weeks_two_months_half_a_month(sentence, held, expected):
    assert score(sentence, held, points="1") == expected


@pytest.mark.parametrize("sentence", [
    "楼道每日清扫不少于1次,抽查发现不洁的,每处扣0.5分。",
    "公共设施设备日常巡查每周不少于2次,巡查记录缺失的每次扣0.5分。",
    "每个班级每周至少召开1次主题班会,检查中每发现1次无班会记录的扣0.5分。",
])
def test_a_requirement_described_before_a_failing_counted_per_time(sentence):
    # what is counted is the failing: its number, not the requirement's, decides
    assert scores(sentence, ["0", "2", "12"], points="5") == ["5", "4", "0"]


@pytest.mark.parametrize("sentence", ["学生满意度测评得分按“满意率×10”计算,满意率低于60%的本项不得分。",
                                      "满意率90%以上得满分,低于90%的按“满意率×本项分值”计分。"])
def test_a_formula_in_quotes_is_not_passed_over(sentence):
    assert refusal(sentence, points="10").code == "E218"


def test_the_nth_time_takes_its_own_points_on_top_of_those_before():
    s = "重大事故隐患被市级挂牌督办的,第一次扣1分,第二次扣2分,第三次及以上的本项不得分。"
    assert scores(s, ["0", "1", "2", "3"], points="4") == ["4", "3", "1", "0"]


def test_only_the_highest_of_several_awards_counts_when_said():
    s = "获评全国文明单位的加3分,省级文明单位加2分,市级文明单位加1分(按最高荣誉计分,不累加)。"
    assert scores(s, [("否", "是", "是"), ("是", "是", "是"), ("否", "否", "否")]) == ["2", "3", "0"]
    assert rule_kinds(s) >= {"Highest", "BooleanAward"}


def test_not_twice_beside_counts_of_several_kinds_says_how_to_count_them():
    s = "被评为省级示范村的每个加1分,市级示范村每个加0.5分(同一村按最高级别计分,不重复加分)。"
    assert score(s, "2", "3") == "3.5"


def test_both_met_or_one_of_the_two():
    s = "参评率和满意率均达到90%以上的得2分,其中一项未达到的得1分,两项均未达到的不得分。"
    assert scores(s, [("95%", "95%"), ("95%", "80%"), ("80%", "60%")]) == ["2", "1", "0"]


@pytest.mark.parametrize("sentence,values,expected", [
    # 少报, 漏报, 少访 without 每 after a requirement: short of it
    ("全年主动上报医疗安全(不良)事件不少于8例,少报1例扣0.5分。", ["6", "10", "0"], ["3", "4", "0"]),
    ("全年应报送质控简报4期,漏报1期扣0.5分。", ["4", "3"], ["4", "3.5"]),
    ("班主任每学年家访不少于20户,少访1户扣0.2分。", ["17", "25"], ["3.4", "4"]),
])
def test_short_of_a_requirement_with_a_verb_between(sentence, values, expected):
    assert scores(sentence, values, points="4") == expected


def test_each_more_with_a_verb_between_counts_above_the_requirement():
    s = "全年报送信息不少于12条,每多报1条加0.1分,最高加1分。"
    assert scores(s, ["12", "15", "10", "40"]) == ["0", "0.3", "0", "1"]


@pytest.mark.parametrize("sentence", ["存在弄虚作假行为的,年度考核一票否决,本项不得分。",
                                      "发生重大安全事故的,实行一票否决,本项分值归零。",
                                      "发生重大事故的,该项考核实行一票否决,得0分。",
                                      "发生重大医疗事故的,实行一票否决。"])
def test_a_veto_in_an_item_with_points_leaves_it_none(sentence):
    assert scores(sentence, ["是", "否"], points="5") == ["0", "5"]
    assert rule_kinds(sentence, points="5") >= {"Veto", "BooleanDeduction"}


def test_a_place_that_names_a_title_counts_the_titles():
    s = "季度考评排名第一的授予“红旗窗口”,累计获得“红旗窗口”3次以上的加2分。"
    assert scores(s, ["3", "4", "2"]) == ["2", "2", "0"]


@pytest.mark.parametrize("sentence,values,expected", [
    ("肺结核报告发病率控制在45/10万以下的得2分,每超过5/10万扣0.5分。", ["50", "52", "70"], ["1.5", "1.5", "0"]),
    ("孕产妇死亡率12/10万以下的得3分,12/10万—15/10万的得2分,15/10万以上的不得分。", ["13", "16"], ["2", "0"]),
])
def test_a_rate_per_ten_thousand_is_the_number_before_it(sentence, values, expected):
    # 10万 was the threshold: every value scored in full
    assert scores(sentence, values, points="3") == expected


def test_not_kept_within_a_bound_is_the_other_side():
    s = "伤寒发病率控制在5以下的得1分,未控制在5以下的不得分。"
    assert scores(s, ["3", "6"]) == ["1", "0"]


def test_a_limit_after_counts_joined_by_a_pause_mark_is_on_them_all():
    s = "上报信息被省级采用1条计0.5分、市级采用1条计0.2分,全年累计最高2分。"
    assert score(s, "4", "2") == "2"
    assert score("统计报表迟报1次扣0.5分、漏报1次扣1分,最多扣3分。", "2", "3") == "-3"


def test_the_rest_scored_by_a_ratio_is_no_grade():
    assert refusal("党建品牌创建第一名得满分,其余单位按与第一名得分的比值计分。").code in ("E201", "E202", "E218")


@pytest.mark.parametrize("sentence,values,expected", [
    ("城区交通安全发生一般事故的,每起扣一分;发生较大事故的,该项得零分,并实行一票否决。",
     [("2", "否"), ("2", "是")], ["8", "0"]),
    ("发生轻伤事故的每起扣3分,发生重伤事故的每起扣10分,发生死亡事故的实行一票否决,年度考核得分为0。",
     [("1", "0", "否"), ("1", "0", "是")], ["7", "0"]),
])
def test_a_veto_among_other_clauses_is_one_cases(sentence, values, expected):
    assert scores(sentence, values, points="10") == expected
    assert "Veto" in rule_kinds(sentence, points="10")


def test_a_veto_beside_points_of_its_own_is_refused():
    assert refusal("全年无火灾得10分,发生森林火灾无分,并实行一票否决").code == "E202"


@pytest.mark.parametrize("sentence,values,expected", [
    # 2 points short is a part of a step of 5: one step
    ("黑臭水体消除比例达到90%以上的得2分,每低5个百分点扣0.5分,不足5个百分点的按5个百分点计算。",
     ["90%", "88%", "84%", "80%"], ["2", "1.5", "1", "1"]),
    ("农村公路建设每少完成1公里扣0.5分,不足1公里的按1公里计算。", ["0", "0.3", "2.5"], ["5", "4.5", "3.5"]),
])
def test_a_part_of_a_step_counted_as_a_whole_one(sentence, values, expected):
    assert scores(sentence, values, points="5") == expected


def test_a_part_of_a_step_counted_in_proportion():
    s = "达到95%以上的得5分,每低1个百分点扣1分,不足1个百分点按照比例计算。"
    assert scores(s, ["93.5%", "95%"], points="5") == ["3.5", "5"]


def test_steps_from_the_average_both_ways():
    s = "与全市平均水平比较,每高1个百分点加0.1分,每低1个百分点扣0.2分,加分最高0.5分。"
    # the average is over every unit, this one too: 90%
    assert try_rule(s, ["92%"], None, [["90%"], ["88%"]]).score == "0.2"
    assert try_rule(s, ["85%"], None, [["90%"], ["95%"]]).score == "-1"


def test_tiers_on_the_average_beside_steps_below_it():
    s = "测评得分高于全县平均值的得5分;低于全县平均值的,每低0.1分扣0.5分,扣完为止。"
    assert try_rule(s, ["94.8"], Decimal("5"), [["95.4"], ["95.4"]]).score == "3"


@pytest.mark.parametrize("sentence", [
    "覆盖率达到95%以上的得2分;未达到95%但达到全区平均水平的得1分;低于全区平均水平的不得分。",
    "A级占比以全区最高值为满分,其余单位按与最高值的比例计分(满分2分)。",
])
def test_a_fixed_number_beside_the_average_or_the_best_unit_is_refused(sentence):
    assert refusal(sentence, points="2").code in ("E202", "E218")


def test_a_number_after_the_period_that_says_the_year_is_the_years():
    assert score("每季度更新一次内容,全年更新不足4次的,每少1次扣0.25分。", "4", points="1") == "1"
    assert score("每季度至少召开1次会议,每少1次扣0.5分。", "3", points="2") == "1.5"


@pytest.mark.parametrize("sentence,value,expected", [
    ("村集体经营性收入5000元(含)至5万元的得1分,5万元以上的得2分。", "8000元", "1"),  # 5000, not 5000万
    ("交易额5—10万元的得1分", "6万", "1"),  # 万 over both
])
def test_a_multiplier_on_the_high_end_only_when_it_fits(sentence, value, expected):
    assert score(sentence, value) == expected


def test_a_part_of_a_step_belongs_to_the_clause_it_follows():
    s = "结余率超过10%的,每超过1个百分点扣0.1分;专项资金闲置的,每10万元扣0.5分,不足10万元的按10万元计。"
    assert score(s, "12.5%", "5万", points="3") == "2.3"


def test_at_most_half_of_the_items_points_taken():
    s = "隐患排查台账每缺一项扣0.5分,最多扣至本项分值的一半。"
    assert scores(s, ["10", "2"], points="4") == ["2", "3"]
    assert refusal(s).code == "E218"  # no item points to halve


@pytest.mark.parametrize("sentence,values,expected", [
    ("患者平均候诊时间超过30分钟的部分,每5分钟扣0.5分。", ["42", "30"], ["-1", "0"]),
    ("门诊患者平均候诊时间不超过30分钟,每超过5分钟扣0.5分。", ["30", "42"], ["0", "-1"]),  # 分钟 is no 分
    ("厂界噪声昼间不超过65分贝,每超过1分贝扣1分。", ["65", "68"], ["0", "-3"]),
    ("违章次数在3次以内的不扣分,每超过1次扣1分。", ["3", "6"], ["0", "-3"]),
])
def test_steps_above_a_limit_in_other_words(sentence, values, expected):
    assert scores(sentence, values) == expected


@pytest.mark.parametrize("sentence", ["群众满意度排名后三名的扣1分,其中最后一名扣2分。",
                                      "综合考核排名最后一名的扣2分,排名后三名的扣1分。"])
def test_the_narrower_place_deducted_more_is_the_one_that_applies(sentence):
    assert scores(sentence, [("18", "18"), ("16", "18"), ("1", "18")]) == ["-2", "-1", "0"]


def test_a_limit_then_what_is_above_it_counted_per_step():
    s = "办事群众平均办事时间不超过60分钟,超过的每10分钟扣1分,最多扣3分。"
    assert scores(s, ["60", "75", "200"]) == ["0", "-1", "-3"]


def test_points_then_how_they_are_earned_in_brackets():
    assert scores("宣传报道,4分(每篇计0.5分)", ["3", "10"]) == ["1.5", "4"]
    assert scores("召开班子会研究部署;1分(查看会议纪要,1次0.5分)", ["1", "3"]) == ["0.5", "1"]
    assert scores("团结协作 20分(好20分,较好15分,一般10分,差0分)", ["较好", "差"]) == ["15", "0"]
    # a lesser case in brackets is no limit: two yes/no, as before
    assert score("由分管副县长兼任语委主任,2分(由主管局长担任语委主任,1分)", "否", "是") == "1"
    # points in brackets of their own are each item's
    assert score("个人穿着大方(1分)办公桌整齐(1分)电脑资料存放有序(1分)", "是", "是", "否") == "2"


@pytest.mark.parametrize("sentence,values,expected", [
    ("办结率不得低于95%,低于的扣1分", ["95%", "94%"], ["0", "-1"]),
    ("随机抽查比例不低于检查总数的90%,低于的扣2分", ["90%", "89%"], ["0", "-2"]),
    ("违规率不超过1%,超过的扣2分", ["1%", "1.5%"], ["0", "-2"]),
    ("债务率不超过120%,超过规定标准的扣3分", ["120%", "130%"], ["0", "-3"]),
    ("整改率不得低于95%,低于此比例的扣1分", ["95%", "90%"], ["0", "-1"]),
    ("每年组织开展内部审计不少于2次,少于的扣1分", ["2", "1"], ["0", "-1"]),
])
def test_the_requirements_other_side_named_without_a_number(sentence, values, expected):
    assert scores(sentence, values) == expected


def test_a_comparison_word_pointing_the_requirements_way_is_refused():
    assert refusal("办结率不得低于95%,高于的扣1分").code == "E202"


@pytest.mark.parametrize("sentence,values,expected", [
    ("保密审查办理时间不超过5个工作日,超过的每件扣0.5分,扣完为止。", ["1", "3", "5"], ["1.5", "0.5", "0"]),
    ("小学班额不超过45人,超过的每班扣0.5分。", ["2", "0"], ["1", "2"]),
    ("次均门诊费用增幅控制在5%以内,超出部分每1个百分点扣0.5分。", ["7%", "5%"], ["1", "2"]),
    ("耗材占比超过20%的部分,每0.5个百分点扣0.1分", ["21%", "20%"], ["1.8", "2"]),
    ("维修工单办结时限为3个工作日,超过3个工作日的部分,每日扣0.5分。", ["5", "3"], ["1", "2"]),
])
def test_above_a_limit_the_per_says_what_is_counted(sentence, values, expected):
    assert scores(sentence, values, points="2") == expected


@pytest.mark.parametrize("sentence,values,expected", [
    ("矛盾纠纷信息迟报的每次扣0.5分;漏报的每次扣1分,扣分累计不超过2分。", [("1", "2"), ("1", "0")], ["2", "3.5"]),
    ("一般隐患每处扣0.5分;重大隐患每处扣2分,累计扣分不超过3分", [("4", "1"), ("1", "1")], ["1", "1.5"]),
    ("信息迟报的每件扣0.5分;超过15个工作日仍未报送的,每件扣1分,累计最高扣3分。", [("1", "2")], ["1.5"]),
    ("每篇加1分;获奖的每次加2分,加分累计不超过3分", [("2", "1")], ["3"]),
])
def test_a_limit_on_all_the_clauses_together_after_a_semicolon(sentence, values, expected):
    assert scores(sentence, values, points="4") == expected


@pytest.mark.parametrize("sentence,values,expected", [
    ("组织专题保密教育活动每年不少于2次,每少1次扣1分;开展保密警示教育的加0.5分。", None, "E202"),
    ("获评全省平安建设先进县的加2分;发生重大安全事故的,每起扣2分。", None, "E202"),
])
def test_an_added_yes_no_beside_deductions_does_not_say_where_they_start(sentence, values, expected):
    assert refusal(sentence, points="4").code == expected


@pytest.mark.parametrize("sentence,values,expected", [
    ("达标率每低于100%的1个百分点扣0.05分", ["96%", "100%"], ["-0.2", "0"]),
    ("秸秆综合利用率每低于92%的目标值1个百分点扣0.2分", ["90%"], ["-0.4"]),
    ("核查处置超期率每超过5%的1个百分点扣0.1分", ["8%"], ["-0.3"]),
])
def test_a_step_from_a_rate_with_words_between(sentence, values, expected):
    assert scores(sentence, values) == expected


def test_each_time_a_number_is_reached_is_a_step_not_a_condition_of_each_record():
    assert scores("示范社每达到5家计0.5分,满分2分", ["10", "25", "4"]) == ["1", "2", "0"]


@pytest.mark.parametrize("sentence,values,expected", [
    ("每年开展校园食品安全专项检查不少于2次,全年未开展的不得分,开展次数不足的每少1次扣0.5分", ["1", "0", "2"],
     ["0.5", "0", "1"]),
    ("每年召开全体会议不少于2次,每少1次扣1分,未召开的不得分", ["1", "0"], ["0", "0"]),
])
def test_the_act_not_done_at_all_beside_steps_short_of_it(sentence, values, expected):
    assert scores(sentence, values, points="1") == expected


def test_not_done_at_all_with_points_of_its_own_beside_the_steps_is_refused():
    assert refusal("应急演练不少于2次,未开展的扣1分,每少1次扣0.5分").code == "E202"


@pytest.mark.parametrize("sentence,values,expected", [
    ("第1名5分,第2名4分,第3名3分,第4名至第6名得2分,第7名及以后得1分", [("5", "10"), ("8", "10"), ("2", "10")],
     ["2", "1", "4"]),
    ("第1至第3名的得3分,第4至第6名的得2分,第7名及以后的得1分", [("2", "10"), ("6", "10"), ("10", "10")],
     ["3", "2", "1"]),
    ("前5名的得2分,第6名至第10名的得1分", [("6", "15"), ("11", "15")], ["1", "0"]),
    ("第1至3名得3分,第4至6名得2分", [("5", "10"), ("3", "10"), ("7", "10")], ["2", "3", "0"]),  # not a count of 名
])
def test_places_from_one_to_another_and_onward(sentence, values, expected):
    assert scores(sentence, values) == expected


@pytest.mark.parametrize("sentence,values,points,expected", [
    ("每月报送整改台账,未报送的每次扣0.2分。", ["12", "9"], "2.4", ["2.4", "1.8"]),
    ("整改进展情况按季度报送,未报送的每次扣0.5分。", ["4", "3"], "2", ["2", "1.5"]),
    ("每双月召开一次整改督导会,未召开的每次扣0.5分。", ["6", "4"], "3", ["3", "2"]),
    ("每旬报送信息,未报送的每次扣0.1分", ["36", "30"], "3.6", ["3.6", "3"]),
    ("定点医药机构日常巡查每月不少于1次,未开展的每次扣0.2分。", ["12", "10"], "2.4", ["2.4", "2"]),
    ("基金监管专项检查每季度开展,少于4次的每少1次扣0.5分。", ["4", "2"], "2", ["2", "1"]),
    # every year is the assessment's own period: no count of it
    ("每年保证全部做到,达到要求得10分,未达到要求的每项扣2分", ["0", "3"], "10", ["10", "4"]),
])
def test_once_a_period_with_no_number(sentence, values, points, expected):
    assert scores(sentence, values, points=points) == expected


@pytest.mark.parametrize("sentence", ["招商引资到位资金人均不低于500万元/人,达不到的扣1分。",
                                      "引进项目单体平均投资额达到全县平均水平1.5倍以上的,得2分。",
                                      "达到全市平均水平90%以上的得2分,否则不得分"])
def test_a_standard_per_head_or_a_multiple_of_the_average_is_refused(sentence):
    assert refusal(sentence).code == "E205"


def test_the_day_a_period_is_due_is_no_count_of_it():
    assert scores("月度统计报表每月5日前报送,未报送的每次扣0.2分。", ["12", "11"], points="2.4") == ["2.4", "2.2"]


def test_each_time_after_a_threshold_that_includes_its_number_is_refused():
    assert refusal("同一统计数据被退回两次以上的,每次扣1分。").code == "E202"
    assert score("事假超过3次,每次扣2分", "5") == "-4"  # (above it: each one beyond)


@pytest.mark.parametrize("sentence", ["企业开办成本不高于全省平均水平,高于的扣1分", "发案率不高于全县平均发案率,未达到的扣1分"])
def test_the_other_side_of_the_average(sentence):
    assert try_rule(sentence, ["500"], None, [["400"], ["300"]]).score == "-1"
    assert try_rule(sentence, ["300"], None, [["400"], ["500"]]).score == "0"


def test_a_formula_over_the_best_of_all_units_is_refused():
    d = refusal("按本单位“学习强国”人均积分与全县最高人均积分的比值乘以3计分。")
    assert d.code == "E218" and "最高" in d.message


def test_a_rate_per_so_much_money_against_the_average():
    # 每万元…成本低于平均水平: one rate of the unit against the others' average (it was read as
    # records, each against the average, and refused)
    s = "每万元税收征收成本低于全省平均水平的得1分。"
    assert [try_rule(s, [v], others=[["200"], ["300"]]).score for v in ("180", "260")] == ["1", "0"]


@pytest.mark.parametrize("sentence,values,expected", [
    ("光伏装机容量每100千瓦加0.5分,最多加2分。", ["250"], ["1.25"]),
    ("单位建筑面积电耗不超过45千瓦时的得2分,超过的,每超1千瓦时扣0.2分。", ["47.5", "60"], ["1.6", "0"]),
])
def test_kilowatts_are_a_unit_not_a_thousand(sentence, values, expected):
    assert scores(sentence, values) == expected


def test_two_rates_are_two_values_and_a_step_of_another_rate_is_refused():
    assert score("指派及时率100%的得2分;优良率达到80%以上的得1分", "100%", "70%") == "2"
    assert refusal("合格率达到95%以上的得3分,优良率达到50%以上的另加1分;合格率每降低1个百分点扣0.5分").code == "E202"


def test_a_bare_cumulative_limit_after_a_semicolon_is_refused():
    assert refusal("被列入失信被执行人的,每起扣2分;拖欠的,每笔扣0.5分,累计不超过2分。").code == "E202"
    # said as a limit on what is taken, it is the whole sentence's
    assert score("迟报的每次扣0.5分;漏报的每次扣1分,扣分累计不超过2分。", "2", "3") == "-2"


@pytest.mark.parametrize("sentence", ["物业服务投诉办结率低于90%的扣1分,达到98%以上的加0.5分。",
                                      "新增企业每家计0.3分,其中进出口额超过1000万美元的每家计1分。"])
def test_added_tiers_beside_deductions_and_a_part_priced_again_are_refused(sentence):
    assert refusal(sentence, points="2").code == "E202"


@pytest.mark.parametrize("sentence,values,expected", [
    ("全年无亡人火灾的得4分;每起扣2分", ["1", "0"], ["2", "4"]),
    ("全年未发生党员干部违反中央八项规定精神被查处问题的得3分;发生的,每起扣1.5分。", ["1"], ["1.5"]),
    ("年度危险废物产生量控制在核定量(200吨)以内的得3分,超出部分每10吨扣0.5分,不足10吨的按10吨计。",
     ["200", "205", "220"], ["3", "2.5", "2"]),
    ("生产安全事故起数控制在市下达控制指标(5起)以内的得2分,每超出1起扣0.5分。", ["3", "7"], ["2", "1"]),
])
def test_none_counted_and_bounds_in_brackets(sentence, values, expected):
    assert scores(sentence, values) == expected


def test_none_of_another_thing_is_a_yes_no_of_its_own():
    s = "全年未发生水库垮坝、漫坝事故的得2分;病险水库未按要求除险加固的每座扣0.5分"
    assert score(s, "是", "1") == "1.5" and score(s, "否", "0") == "0"


def test_a_limit_on_what_is_added_leaves_the_deductions_after_it():
    s = "打掉涉黑组织的每个加2分,打掉恶势力犯罪集团的每个加1分,本项最高加4分;未按期办结的,每件扣1分。"
    assert score(s, "1", "3", "1") == "3"


@pytest.mark.parametrize("sentence,values,expected", [
    ("外贸增速在全市排名倒数第1名的扣1分,倒数第2至3名的扣0.5分。", [("10", "10"), ("8", "10"), ("7", "10")],
     ["-1", "-0.5", "0"]),
    ("倒数第2名至倒数第3名的扣0.5分", [("9", "10"), ("1", "10")], ["-0.5", "0"]),
])
def test_places_counted_from_the_last(sentence, values, expected):
    assert scores(sentence, values) == expected


def test_after_points_given_once_a_limit_is_on_what_is_counted():
    s = "申请发明专利的得0.5分,每获得授权发明专利1件计0.1分,最高计1分。"
    assert score(s, "是", "12", points="1.5") == "1.5"
    # awards that all count: the limit is on them together
    assert score("每按时上交1份+1,迟交+0.5,最高分4分", "3", "4") == "4"


def test_rates_told_apart_by_more_than_their_last_words():
    s = "无烟党政机关建成率达到100%的得2分,无烟医疗卫生机构建成率达到100%的得1分;党政机关建成率每低5个百分点扣0.5分。"
    assert refusal(s).code == "E202"
    assert score("抽检合格率达到95%得2分;合格率90%至95%得1分", "92%") == "1"  # one rate, said shorter


@pytest.mark.parametrize("sentence,values,expected", [
    ("河长公示牌信息错误的,每块扣0.2分,扣分最多不超过本项分值的一半。", ["8", "2"], ["1", "1.6"]),
    ("巡河记录不完整的每次扣0.1分,巡河发现问题未上报的每次扣0.3分,扣分不超过本项总分的一半。", [("4", "3")], ["1"]),
    ("每块扣0.2分,扣分最多不超过本项分值的30%。", ["2", "8"], ["1.6", "1.4"]),
])
def test_at_most_half_of_the_item_said_with_not_more_than(sentence, values, expected):
    assert scores(sentence, values, points="2") == expected


@pytest.mark.parametrize("sentence", ["每块扣0.2分,加分最多不超过本项分值的30%。",
                                      "获得国家级养老服务示范表彰的加3分,加分不受本项分值限制。",
                                      "村级财务公开工作被省级以上通报表扬的加2分,此加分在本项分值之外计算。"])
def test_limits_of_the_item_said_another_way_are_refused(sentence):
    assert refusal(sentence, points="3").code == "E218"


def test_an_added_limit_after_added_points_given_once_is_on_all_of_them():
    s = "成功创建国家级节水型社会达标县的加2分,省级节水型单位每个加0.1分,加分最多不超过3分。"
    assert score(s, "是", "12") == "3"


@pytest.mark.parametrize("sentence,values,expected", [
    ("党员大会每季度召开1次、支委会每月召开1次,每少开1次分别扣1分、0.5分。", [("4", "12"), ("3", "10"), ("4", "6")],
     ["4", "2", "1"]),
    ("全年应召开党员大会4次、支委会12次,每少1次分别扣1分、0.5分。", [("4", "11")], ["3.5"]),
])
def test_requirements_each_with_their_own_deduction(sentence, values, expected):
    assert scores(sentence, values, points="4") == expected


def test_an_award_and_its_other_answer_before_deductions():
    s = "信访工作责任制落实到位的得2分,未落实的不得分;发生责任追究情形的,每起扣1分。"
    assert scores(s, [("是", "0"), ("是", "1"), ("否", "0")], points="3") == ["2", "1", "0"]


@pytest.mark.parametrize("sentence", ["养老护理员持证上岗率达到80%的得2分,同时年度开展培训不少于2次的再加1分。",
                                      "党支部按期换届的得2分;在此基础上,支委班子配备齐全、年龄结构合理的再加1分。"])
def test_points_that_depend_on_the_clause_before_are_refused(sentence):
    assert refusal(sentence).code == "E202"


def test_a_limit_on_what_is_taken_leaves_what_is_added():
    s = "综治中心规范化建设达标的加0.5分;综治视联网视频会议点名未在线的,每次扣0.1分,本项最多扣1分。"
    assert scores(s, [("是", "15"), ("否", "3")]) == ["-0.5", "-0.3"]


@pytest.mark.parametrize("sentence,values,expected", [
    # the tier's other answer takes from the tier's points, as 按时完成的得2分,否则扣1分 does
    ("森林覆盖率达到60%以上的,得2分;未达标的,扣1分。", ["60%", "59.5%", "80%"], ["2", "1", "2"]),
    ("巡河次数12次以上的得1分,否则扣1分。", ["12", "11", "0"], ["1", "0", "0"]),
    # a deduction tier, then the other answer's award: the rest of the values
    ("发生1起以上安全事故的扣2分,否则得1分。", ["0", "1", "3"], ["1", "-2", "-2"]),
])
def test_the_other_answer_of_tiers_scores_what_no_tier_holds(sentence, values, expected):
    assert scores(sentence, [(v,) for v in values]) == expected


@pytest.mark.parametrize("sentence", ["合格率90%以上得2分,80%—90%得1分;否则扣1分。",
                                      "开展3次以上的得2分,1至2次的得1分,未达到的扣1分。"])
def test_a_deduction_after_several_tiers_is_refused(sentence):
    assert refusal(sentence).code == "E202"


def test_a_failing_of_its_own_after_tiers_stays_a_yes_no():
    s = "培训覆盖率85%以上的得1分;未开展业务培训的扣1分。"
    assert scores(s, [("90%", "是"), ("80%", "否")]) == ["0", "0"]


def test_a_share_of_the_best_unit_is_refused():
    # 80% of the best unit's rate, not a rate of 80%: the best is not computed
    p = refusal("学业质量监测合格率达到全市最高水平80%以上的得2分。")
    assert p.code == "E218" and "最高水平" in p.message


@pytest.mark.parametrize("sentence,values,expected", [
    # 加分 names every point added, after a ; too: min(1 + 0 + 0.8, 1.5)
    ("获评省级示范项目的加1分,获评市级示范项目的加0.5分;业主书面表扬的每次加0.1分,加分最高不超过1.5分。",
     ("是", "否", "8"), "1.5"),
    # the limit ends what is added; the deduction after it still counts: min(1 + 1, 1.5) − 1
    ("获省级表彰的加1分,每篇信息被采用加0.2分,加分最多不超过1.5分;被通报批评的每次扣1分。", ("是", "5", "1"), "0.5"),
    # 最多加0.5分 is the clause's own: 1 + min(0.3, 0.5)
    ("获得国家级表彰的加1分,获得省级表彰的加0.5分;经验做法被上级采用推广的,每篇加0.1分,最多加0.5分。",
     ("是", "否", "3"), "1.3"),
])
def test_a_limit_naming_what_is_added_is_on_all_of_it(sentence, values, expected):
    assert score(sentence, *values) == expected


@pytest.mark.parametrize("sentence,values,expected", [
    # the mark names the lower end: 85% itself is out, 95% (the upper end, 至 includes it) in
    ("体检覆盖率在85%—95%(不含85%)的得1分,95%以上的得2分,85%及以下的不得分。", ["85%", "85.5%", "95%"], ["0", "1", "2"]),
    ("畜禽粪污综合利用率在75%—80%(不含下限)的得1分,80%以上的得2分。", ["75%", "80%"], ["0", "2"]),
    ("达标率85%—90%(不含85%,含90%)的得1分。", ["85%", "90%"], ["0", "1"]),
    ("达标率85%—90%(含85%,不含90%)的得1分。", ["85%", "90%"], ["1", "0"]),
    # with no number named, the mark is the upper end's, as before
    ("完成率70%至85%(不含)的得1分。", ["70%", "85%"], ["1", "0"]),
    ("辖区发生一般道路运输安全事故2至4起(不含2起)的扣1分,4起以上的扣2分。", ["2", "3", "5"], ["0", "-1", "-2"]),
])
def test_a_bound_mark_after_a_range_speaks_of_the_end_it_names(sentence, values, expected):
    assert scores(sentence, values) == expected


def test_famo_is_a_word_not_a_negation():
    # 罚没款 (fines and confiscations): 没 here says nothing is missing
    s = "全年罚没款达到100万元以上的得2分,50万元以上不足100万元的得1分。"
    assert scores(s, ["100万", "60万", "40万"]) == ["2", "1", "0"]


def test_full_points_said_once_for_two_rates_are_not_given_twice():
    # each rate counting down from the item's 2 would give 2 − 0.4 and 2 − 0.2 (capped: 2)
    s = "法定传染病报告及时率、报告卡填写完整率分别达到100%、98%的得满分,每低1个百分点分别扣0.2分、0.1分。"
    assert refusal(s, "98%", "98%", points="2").code == "E202"


def test_none_of_an_amount_after_tiers_is_below_the_lowest():
    # 无经营性收入 is none of what the tiers measure: one value, and 0 is not in 5万元以下
    s = "村集体经济年经营性收入达到10万元以上的得3分,5万元(含)至10万元的得2分,5万元以下的得1分,无经营性收入的不得分。"
    assert scores(s, ["0", "4万", "12万"], points="3") == ["0", "1", "3"]


def test_a_share_of_the_items_score_taken_is_refused():
    s = "比重不低于60%的得3分,低于60%但不低于50%的得1.5分,低于50%的不得分;被省财政厅通报的,本项得分扣减50%。"
    p = refusal(s, points="3")
    assert p.code == "E218" and "扣减" in p.message


@pytest.mark.parametrize("sentence,values,expected", [
    # 一般安全责任事故 is a grade of 安全责任事故: the 5 is where the count starts
    ("全年未发生安全责任事故的得5分;发生一般安全责任事故的,每起扣2分;发生较大及以上安全责任事故的,本项不得分。",
     [("1", "否"), ("0", "否"), ("1", "是")], ["3", "5", "0"]),
    ("全年未发生养老机构安全责任事故的得2分;发生一般安全事故的,每起扣1分。", [("1",), ("0",)], ["1", "2"]),
])
def test_none_of_a_case_then_a_grade_of_it_counted(sentence, values, expected):
    assert scores(sentence, values, points="5") == expected


def test_none_of_a_graver_case_then_a_lighter_one_stays_two_values():
    s = "全年未发生重大事故的得3分;发生一般事故的,每起扣1分。"
    assert scores(s, [("是", "1"), ("否", "0")], points="3") == ["2", "0"]


def test_a_rise_short_of_a_measure_is_above_none():
    # 未提高 is a rise of 0: the 不足0.2岁 tier starts above it
    s = "人均预期寿命较上年提高0.2岁以上的得2分,提高不足0.2岁的得1分,未提高的不得分。"
    assert scores(s, ["0", "0.1", "0.2"], points="2") == ["0", "1", "2"]


@pytest.mark.parametrize("sentence,values,expected", [
    # two rates, the second after a tier (or a step) that names none: 80% is 开展率's, not 占比's
    ("妇联执委中女性占比达到30%以上的得1分,20%(含)—30%的得0.5分;“妇女之家”活动开展率低于80%的,扣0.5分。",
     [("35%", "90%"), ("25%", "70%")], ["1", "0"]),
    ("基层团组织按期换届率达到100%的得2分,每低1个百分点扣0.1分;团员信息完整率低于95%的,每低1个百分点扣0.05分。",
     [("98%", "93%"), ("100%", "95%")], ["1.7", "2"]),
])
def test_a_second_rate_after_an_unnamed_tier_is_its_own_value(sentence, values, expected):
    assert scores(sentence, values, points="2") == expected


def test_the_heading_before_the_first_level_is_no_part_of_its_name():
    s = "教育教学质量:按照综合评价结果分档计分,A档得10分,B档得8分,C档得6分,D档不得分。"
    assert scores(s, ["A档", "D档"], points="10") == ["10", "0"]
    # a level's own words with a comma stay whole
    assert score("无结余,3分;有结余,但不超过上年结转,2分;结余超过上年结转,不得分。", "有结余,但不超过上年结转") == "2"


@pytest.mark.parametrize("sentence, expected", [("每发现一处违法违规问题扣0.5分,本项可扣为负分。", ["1", "-1"]),
                                                ("违法建设每发现一宗扣0.5分,本项扣分不设下限。", ["1", "-1"]),
                                                ("河湖问题被中央媒体曝光的,每起扣1分,所扣分值可超出本项分值。", ["0", "-4"]),
                                                ("消防安全事故每起扣1分,本项得分为负值的,在考核总分中扣减。", ["0", "-4"])])
def test_deductions_said_to_run_below_zero_do(sentence, expected):
    assert scores(sentence, ["2", "6"], points="2") == expected


@pytest.mark.parametrize("sentence", ["经验做法被推广的,每次加0.5分,加分可超过本项分值。",
                                      "管理不到位的,每发现一处扣0.5分,扣至1分为止。",
                                      "覆盖率达到100%的得2分,每低1个百分点扣0.2分,扣到1分为止。"])
def test_limits_beyond_the_item_or_a_floor_above_zero_are_refused(sentence):
    # never read as the plain item limits (nor 扣至1分为止 as 最多扣1分)
    assert refusal(sentence, points="2").code == "E218"


def test_a_deduction_total_said_with_leiji_kou_dao_still_reads():
    assert score("每处扣0.5分,累计扣到2分为止。", "6", points="5") == "3"


def test_the_part_left_over_earns_nothing():
    s = "新增节水型企业每100家计0.1分,不足100家的部分不计分,最高计0.5分。"
    assert scores(s, ["250", "99", "700"]) == ["0.2", "0", "0.5"]
    s = "出口额增速超过8%的,每超过1个百分点加0.1分,不足1个百分点的部分不计分,最高加1分。"
    assert scores(s, ["10.5%", "9.9%", "8%"]) == ["0.2", "0.1", "0"]


def test_a_limit_on_what_is_added_after_a_band():
    # 最多加1分 limits the steps above 99.5%, not the 3 of the band
    s = "产品出厂合格率在99%(含)—99.5%之间的得3分,99.5%以上的每高0.1个百分点加0.2分,最多加1分。"
    assert scores(s, ["99%", "99.8%", "100%"], points="5") == ["3", "3.6", "4"]


@pytest.mark.parametrize("sentence", ["每月开展一次宿舍安全隐患排查,未开展的扣0.5分。",
                                      "每季度召开一次校园安全工作会议,未召开的扣0.5分。"])
def test_a_failing_after_a_requirement_per_period_with_no_meici_is_refused(sentence):
    # each month missed, or once for the year? (the 一次 was read as the unit of counting: 12 held lost 6)
    assert refusal(sentence, points="2").code == "E202"


def test_the_wordings_the_period_refusal_suggests_read():
    once = "每月开展一次宿舍安全隐患排查,全年有未开展的扣0.5分。"
    assert scores(once, ["是", "否"], points="2") == ["1.5", "2"]
    each = "每月开展一次宿舍安全隐患排查,未开展的每次扣0.5分。"
    assert scores(each, ["12", "10"], points="2") == ["2", "1"]


def test_none_of_a_case_beside_other_clauses_starts_its_count():
    # 全年未发生迟报、漏报的得2分,发生的每起扣0.5分: 2 − 2 × 0.5, beside the rate's 1
    s = "值班电话接通率达到100%的得1分;全年未发生迟报、漏报的得2分,发生的每起扣0.5分。"
    assert scores(s, [("100%", "2"), ("95%", "0"), ("100%", "5")], points="3") == ["2", "2", "1"]


def test_a_distance_below_the_average():
    # 低于平均值5个百分点以上 is a difference of −5 or less (it came out as 5%≤值<0%, which no
    # unit met, so one far below fell into the milder tier)
    s = "吸毒人员动态管控率低于全县平均值5个百分点以上的,扣2分;低于全县平均值但不足5个百分点的,扣1分。"
    understood = try_rule(s, None).understood
    assert "值≤-5% 扣2分" in understood and "-5%<值<0% 扣1分" in understood
    # with no 高于/低于 the side is not said (read as above, it was)
    assert refusal("管控率比全县平均值低5个百分点以上的,扣2分。").code == "E202"


def test_most_added_leaves_the_points_given_alone():
    # 最多加5分 limits the tiers added, not the 30 given (it capped the whole sentence at 5)
    s = "完成年度计划目标得30分,超额完成10%加1分,超额完成20%以上加2分,依次类推,最多加5分。"
    assert scores(s, ["125%", "145%", "180%", "90%"]) == ["32", "34", "35", "0"]
    # a limit the tiers added can never reach says they were meant per time
    assert refusal("完成年度计划目标得30分,超额完成10%(含)至20%加1分,超额完成20%(含)至30%加2分,最多加5分。").code == "E202"


def test_a_ladder_written_upwards_climbs_to_its_limit():
    # 10%—20%: 1, 20%—30%: 2, then 30%—40%: 3, 40%—50%: 4, 50% and above: 5 (the limit)
    s = "超额完成10%(含)至20%加1分,超额完成20%(含)至30%加2分,依次类推,最多加5分。"
    assert scores(s, ["15%", "35%", "49%", "70%", "5%"]) == ["1", "3", "4", "5", "0"]
    # with no limit, it climbs forever: refused
    assert refusal("超额完成10%(含)至20%加1分,超额完成20%(含)至30%加2分,依次类推。").code == "E202"
    # places are no rungs it can continue (every place past the third scored 0)
    assert refusal("禁毒工作考核排名第1名得5分,第2名得4.5分,第3名得4分,以此类推。", points="5").code == "E202"


def test_two_climbs_from_one_threshold_without_mei_are_refused():
    # 超额完成10%加1分,超额完成20%加2分 read as steps gave 20% over both 2 and 2: without 每,
    # a 10% over is no step; two steps with 每 from one threshold count twice
    assert refusal("完成年度计划目标得30分,超额完成10%加1分,超额完成20%加2分。").code == "E218"
    assert refusal("完成任务得30分,每超额完成1%加0.1分,每超额完成2%加0.3分").code == "E202"
    # one step of 1% (多完成1%加1分, 以此类推) still reads
    s = "完成得基本分10分,多完成1%加1分,少完成1%扣1分,以此类推,加扣分均不突破基本分。"
    assert scores(s, ["103%", "97%"]) == ["13", "7"]
    # with 以上 they are tiers: 30 + 1, 30 + 2
    s = "完成年度计划目标得30分,超额完成10%以上的加1分,超额完成20%以上的加2分。"
    assert scores(s, ["115%", "120%"]) == ["31", "32"]


def test_steps_beyond_years_served():
    # 满2年计2分, each year more 1 (two values before: 5 years read as 2 + 5)
    assert scores("服现役年限满2年的,计2分,每多服役1年计1分。", ["2", "5", "1"]) == ["2", "5", "0"]


def test_a_share_with_a_limit_after_the_task_points():
    # 2 × the share done, nothing below 50% (with the limit after a comma, or in brackets:
    # the bracket was dropped and every unit got 2)
    for s in ("新建市政消火栓完成年度任务的得2分,未完成的按完成比例计分,完成率低于50%的不得分。",
              "新建市政消火栓完成年度任务的得2分,未完成的按完成比例计分(完成率低于50%的不得分)。"):
        assert scores(s, ["100%", "80%", "50%", "40%"], points="2") == ["2", "1.6", "1", "0"]


def test_tiers_added_come_on_top_of_the_tier_given():
    # 12%: 3 + 1; 15%: 3 + 2 (one table gave 1 and 2)
    s = "工业用电量增速达到10%的得3分;超过10%不足15%的加1分;达到15%以上的加2分。"
    assert scores(s, ["9%", "10%", "12%", "15%"]) == ["0", "3", "4", "5"]
    assert scores("森林覆盖率达到40%的得2分,达到45%以上的再加1分。", ["40%", "45%"]) == ["2", "3"]


def test_none_of_the_cases_said_after_them_is_where_the_count_starts():
    # 全年无上述情况的得4分 after the counts: 4 − 2 − 1 (a yes/no of its own made it 0)
    s = "发生医疗纠纷引发群体性事件的,每起扣2分;发生医疗纠纷未及时上报的,每起扣1分;全年无上述情况的得4分。"
    assert scores(s, [("0", "0"), ("1", "1"), ("2", "1")], points="4") == ["4", "1", "0"]
    assert scores("每发生1批次扣1分,未发生的得3分", ["0", "2"], points="3") == ["3", "1"]
    # none of another thing stays a yes/no of its own
    assert len(try_rule("病险水库每座扣0.5分;全年未发生水库垮坝事故的得2分", None, Decimal(3)).needs) == 2


def test_ranks_in_chinese_numerals_through_a_range():
    s = "全市乡村振兴实绩考核排名第一至第三名的得3分,第四至第六名的得2分,第七至第十名的得1分。"
    assert scores(s, [("4", "12"), ("7", "12"), ("11", "12")], points="3") == ["2", "1", "0"]


def test_time_allowed_then_steps_beyond_it():
    # a deadline (…内办结) then 每超过: the time taken, or the time past the deadline? Readers
    # answer both ways, so it is refused, with the two wordings that read
    for s in ("信访事项应在收到后5个工作日内转送交办,每超过1个工作日扣0.1分。",
              "交通事故处理自受理之日起10日内办结的得2分,超过10日的,每延迟1日扣0.5分。",
              "在3个工作日内兑现奖励的得1分;超过3个工作日的,每超1个工作日扣0.2分,扣完为止。"):
        assert refusal(s, "7", points="2").code == "E202"
    assert scores("来访事项应在15日内答复,每逾期1日扣0.1分", ["0", "3"], points="1") == ["1", "0.7"]
    assert scores("超过15日的,每超过1日扣0.1分", ["15", "18"], points="1") == ["1", "0.7"]
    # a measure kept within a limit is the measure itself
    s = "接警到达现场时间在15分钟以内的得2分;超过15分钟的,每延迟1分钟扣0.5分,扣完为止。"
    assert scores(s, ["12", "15", "17"], points="2") == ["2", "2", "1"]
    # a deadline and 每延迟 alone: the value is the time late, in the step's unit
    s = "河长制会议通知下发后须在2小时内反馈,每推迟30分钟扣0.1分"
    assert "逾期的时长(以分钟计" in try_rule(s, None).understood
    assert scores(s, ["0", "60"], points="1") == ["1", "0.8"]


@pytest.mark.parametrize("sentence", ["接警后出动时间超过1分钟的,每超过30秒扣0.5分,扣完为止。",
                                      "重大道路交通事故现场处置超过2小时的,每延长30分钟扣0.3分。"])
def test_a_threshold_and_steps_in_different_units_are_refused(sentence):
    # 1分钟 against 30秒 counted every second over 1 as late
    assert refusal(sentence, points="2").code == "E202"


def test_failings_after_requirements_say_how_their_points_are_lost():
    # each requirement's (N分), then the failing of each for the same points: lost once, not twice
    s = ("控辍保学工作机制健全(0.5分),建立辍学学生台账(0.5分),落实“一生一案”劝返措施(1分)。"
         "机制不健全的扣0.5分;未建立台账的扣0.5分;劝返措施落实不到位的扣1分。")
    assert scores(s, [("否", "是", "是"), ("是", "否", "否")], points="2") == ["1.5", "0.5"]
    # 缺一项扣1分 after requirements of 1 each: one of them missing
    assert scores("组织健全(1分),制度完善(1分)。缺一项扣1分。", [("是", "否")], points="2") == ["1"]
    # of different points: which one's?
    assert refusal("组织健全(1分),制度完善(2分)。缺一项扣1分。", points="3").code == "E202"
    # a failing in the last one's own brackets stays its own
    s = "配备远程会商系统(2分),配备水雨情、远程监视等决策支持系统(4分,少一项扣1分)。"
    assert len(try_rule(s, None, Decimal(6)).needs) == 2


def test_a_tier_below_the_threshold_the_steps_start_from():
    # 不足10人的扣1分 is the same count below the 10 (it was a value of its own)
    s = "达到10人的得2分,每增加1人加0.5分;不足10人的扣1分"
    assert scores(s, ["8", "10", "12"]) == ["-1", "2", "3"]
    s = "年度内争项争资达3万元的,计3分,每超额完成1万的加计1分,加分不超过5分;年度内争项争资未达到3万元的,扣3分。"
    assert scores(s, ["2万", "3万", "12万"]) == ["-3", "3", "8"]


def test_points_of_their_own_after_bare_points_and_a_comma():
    # two awards, not a heading and its detail (the first was dropped)
    assert scores("组织开展争创活动0.5分,评比表扬得0.5分", [("是", "是"), ("是", "否")]) == ["1", "0.5"]
    # a heading and its detail (…的) stays one award; so do bare points with no words of their own
    assert len(try_rule("5分,完成任务得5分", None).needs) == 1
    s = "城市污水处理厂建设3分,当年应建成投运的城镇生活污水处理厂已建成投运的得3分,否则得0分。"
    assert len(try_rule(s, None).needs) == 1


def test_a_headings_points_before_counted_requirements():
    # (3分): is the heading's; one patrol a quarter is no tier worth 3 (the county's missing
    # patrols were never taken)
    s = "河湖长巡河(3分):县级河长每季度巡河不少于1次,乡级河长每月巡河不少于1次,每缺1次扣0.2分。"
    assert scores(s, [("4", "12"), ("3", "10"), ("0", "12")], points="3") == ["3", "2.4", "2.2"]
    # with nothing counted after, the heading's points are what the requirement earns
    s = "合同代管10分:合同签定率达100%、代管率达100%、兑现率达100%,达不到标准不计分。"
    assert scores(s, [("100%", "100%", "100%"), ("100%", "90%", "100%")], points="10") == ["10", "0"]


def test_a_limit_below_a_clause_given_once_is_the_last_ones():
    # (最高不超过1分) after 加3分 can only limit the count it follows (it capped all at 1)
    s = "获评国家食品安全示范城市的加3分,获评省级示范县的加2分,获评市级示范乡镇的每个加0.2分(最高不超过1分)。"
    assert scores(s, [("是", "否", "0"), ("否", "是", "8")]) == ["3", "3"]
    s = "未制定食品安全年度工作计划的扣1分,每发现一家餐饮单位未公示许可证的扣0.1分(最多扣0.5分)。"
    assert scores(s, [("是", "10"), ("是", "2")], points="2") == ["0.5", "0.8"]


def test_a_limit_ending_a_run_of_counts_before_a_semicolon_is_refused():
    # on the run, or on its last count? (read as the last one's)
    s = "在各级媒体宣传报道平安建设工作的,中央级每篇加1分,省级每篇加0.5分,最高加2分;被上级简报采用的,每篇加0.2分。"
    assert refusal(s).code == "E202"
    # at the end of the sentence it is on them all
    assert scores("中央级每篇加1分,省级每篇加0.5分,最高加2分。", [("2", "1")]) == ["2"]


def test_level_or_below_the_average_includes_the_average():
    # 持平或低于…5分以内: a unit exactly at the average gets the 1 (it met no tier)
    s = "学业质量监测成绩高于全市平均分的得3分,与全市平均分持平或低于全市平均分5分以内的得1分,低于全市平均分5分以上的不得分。"
    assert try_rule(s, ["80"], Decimal(3), others=[["70"], ["90"]]).score == "1"


def test_a_share_of_a_part_is_a_rate_of_its_own():
    s = "参加县级以上培训的教师比例达到80%以上的得2分,60%(含)—80%的得1分;其中参加省级以上培训的教师比例达到10%以上的,加0.5分。"
    assert scores(s, [("80%", "9.9%"), ("50%", "12%")], points="2.5") == ["2", "0.5"]


def test_points_split_among_parts_beside_deductions_are_refused():
    s = "本项5分,其中制度建设2分、工作落实3分。未建立社区议事协商制度的扣2分;工作落实方面每发现一项问题扣0.5分。"
    assert refusal(s, points="5").code == "E202"


def test_steps_down_beside_a_band_below_the_threshold_stay_refused():
    # the band 96%—98% and the steps below 98% overlap (read together, 96% scored 4 + 3 − 1)
    s = "农产品质量安全例行监测合格率在98%以上的得4分,96%(含)—98%的得3分,以此类推,每降低2个百分点少得1分。"
    assert refusal(s).code == "E202"


def test_a_judged_award_from_zero():
    # 给0—2分: its 0 is the range's start (it crashed)
    assert scores("禁毒宣传横幅、标语、宣传栏等阵地建设,视情况给0—2分。", ["1.5", "0", "2"],
                  points="2") == ["1.5", "0", "2"]


def test_a_quarterly_requirement_with_the_years_total():
    # 按季度…全年报送4次: the 4 are the year's (16 were required)
    assert scores("医保基金运行分析报告按季度报送,全年报送4次的得1分,每少报送1次扣0.25分。", ["4", "3"],
                  points="1") == ["1", "0.75"]
    assert scores("医保统计数据按季度上报,全年应上报4次,每少上报1次扣0.5分。", ["4", "1"], points="2") == ["2", "0.5"]
    assert scores("社区矫正工作情况按季度向县委政法委报告,全年共报告4次,每少1次扣0.5分。", ["3"],
                  points="2") == ["1.5"]
    # a number per period still counts per period
    assert scores("每月应开展2次,每少1次扣0.5分", ["24", "22"], points="2") == ["2", "1"]


def test_kinds_in_words_each_one_short():
    # 四类…每少建立一类: the kinds done, short of four (the count was read as the kinds missing)
    s = "建立人民调解员选聘、培训、考核、补贴四类管理制度,每少建立一类扣0.5分。"
    assert scores(s, ["4", "3", "0"], points="2") == ["2", "1.5", "0"]


def test_prize_grades_are_words():
    # 奖一等奖, 得一等奖: the 一 is the prize's grade, no points after 奖
    s = "获国家科学技术奖一等奖的加5分,二等奖的加3分"
    assert scores(s, [("是", "否"), ("否", "是")]) == ["5", "3"]


def test_the_sentences_own_boundary_note():
    # (以下不含本数) at the end: every 以下 of the sentence leaves its number out (it was passed
    # over as a note: 5% scored 2)
    s = "学生近视新发率在5%以下的得2分,10%以下的得1分(以下不含本数)。"
    assert scores(s, ["4%", "5%", "10%"], points="2") == ["2", "1", "0"]
    s = "城乡居民养老保险参保率95%以上的得2分,90%以上的得1分(以上不含本数)。"
    assert scores(s, ["96%", "95%", "90%"], points="2") == ["2", "1", "0"]


def test_a_headings_points_adding_up_its_parts_after_a_colon():
    # (4分): is the four 1s, no award of its own (a unit with none of them scored 4)
    s = "综治中心建设(4分):有固定场所的得1分,有专职人员的得1分,有工作制度的得1分,实现视频联网的得1分。"
    assert scores(s, [("否", "否", "否", "否"), ("是", "是", "否", "是")]) == ["0", "3"]
    # parts that do not add up to it: refused
    assert refusal("综治中心建设(5分):有固定场所的得1分,有专职人员的得1分。").code == "E202"


def test_a_limit_written_with_ji():
    # 最高记2分 is 最高计2分 (it was read as 2 points for each one)
    assert scores("每篇记0.2分,最高记2分", ["5", "20"]) == ["1", "2"]


def test_people_harmed_are_not_the_cases_counted():
    # 每起扣2分,造成2人以上死亡的,本项不得分: the deaths are a value of their own (two cases
    # with no death zeroed the item)
    s = "发生因矛盾纠纷排查化解不力引发“民转刑”案件的,每起扣2分,造成2人以上死亡的,本项不得分。"
    assert scores(s, [("2", "0"), ("1", "2")], points="10") == ["6", "0"]
    # the cases themselves stay one count
    assert scores("每起扣1分,发生3起以上的,本项不得分。", ["2", "3"], points="10") == ["8", "0"]


def test_none_of_a_case_then_tiers_of_its_count():
    # 未发生…得3分;发生1起的扣1.5分,发生2起以上的不得分: from the 3 (one case scored 0)
    s = "年度内未发生重大群体性事件的,得3分;发生1起的扣1.5分,发生2起以上的不得分。"
    assert scores(s, ["0", "1", "2"]) == ["3", "1.5", "0"]


def test_a_limit_past_the_steps_is_a_distance_from_the_standard():
    # 超出10个百分点以上: past 55%, not past 10% (every unit scored 0)
    s = "卫生院药占比控制在45%以内,每超出1个百分点扣0.5分,超出10个百分点以上的本项不得分。"
    assert scores(s, ["45%", "47%", "55%"], points="6") == ["6", "5", "0"]
    s = "学生体质健康测试合格率不低于95%,每低1个百分点扣0.5分;低于95%达5个百分点以上的不得分。"
    assert scores(s, ["92%", "90%"], points="5") == ["3.5", "0"]
    s = "住院患者满意度不低于90%,每低1个百分点扣0.5分,较标准低5个百分点(含)以上的本项不得分。"
    assert scores(s, ["88%", "85%"], points="4") == ["3", "0"]
    # a multiple of the standard: refused; a value past the steps stays the value
    assert refusal("书面作业平均完成时间不超过60分钟,每超过10分钟扣0.5分,超过规定时间一倍以上的不得分。",
                   points="3").code == "E202"
    s = "控制在45%以内,每超出1个百分点扣0.5分,超过60%的本项不得分"
    assert scores(s, ["50%", "61%"], points="6") == ["3.5", "0"]


def test_a_standard_in_brackets_after_the_failing():
    # 未开展…(全年不少于6次)的,扣1分: short of the 6 (6 or more lost the point)
    assert scores("未开展禁毒宣传“六进”活动(全年不少于6次)的,扣1分。", ["4", "6"], points="1") == ["0", "1"]
    assert scores("未按标准保障禁毒工作经费(每年不低于5万元)的,扣2分。", ["4万", "6万"], points="2") == ["0", "2"]
    # each person's standard: refused
    assert refusal("未按规定落实禁毒社工薪酬待遇(每人每月不低于3000元)的,扣1分。", points="1").code == "E202"


def test_a_number_naming_the_units_a_duty_is_for():
    # 10人以上的乡镇,应建立…,未建立的扣1分: a yes/no of the failing (units under 10 lost the point)
    s = "登记在册吸毒人员10人以上的乡镇(街道),应建立社区戒毒社区康复工作站,未建立的扣1分。"
    assert scores(s, ["是", "否"], points="1") == ["0", "1"]
    # the requirement's own number stays the count: 至少配备1名…,未配备的
    assert scores("至少配备1名专职人员,未配备的扣1分", ["0", "1"], points="1") == ["0", "1"]


def test_a_magnitude_alone_after_mei():
    # 每万元 is each 10000 (each yuan was a step: every unit lost all its points)
    # (a bare 8000 is refused: 8000元 or 8000万元? see the magnitude test)
    assert scores("挤占挪用社保基金的,每万元扣1分,扣完为止。", ["2.5万", "8000元"], points="3") == ["1", "3"]
    assert scores("多发、重复发放失业保险金的,每百元扣0.05分。", ["450", "99"], points="1") == ["0.8", "1"]


def test_a_free_allowance_not_read_is_refused():
    # the one allowed was charged
    for s in ("全年允许迟报1次,超过1次的,每次扣0.2分。", "首次迟报的予以提醒,不扣分;第二次及以后每次扣0.1分。",
              "每年允许出现1处统计数据差错,其余每处扣0.1分。"):
        assert refusal(s, points="1").code == "E202"
    # 未经允许 is no allowance; an allowance read as a threshold stays read
    assert scores("未经允许在寝室内接待非本校人员的每人次扣2分。", ["1"], points="5") == ["3"]
    assert scores("全年允许迟报森林火情1次,超过1次的,每次扣0.5分", ["1", "3"], points="1") == ["1", "0"]


def test_a_headings_points_over_parts_with_their_own_deductions():
    # (2分): 1 + 1, the second part's deductions off its own 1 (the heading was a yes/no of 2)
    s = "建立矛盾纠纷多元化解机制(2分):成立乡镇矛盾纠纷调处中心的得1分;村(社区)调委会建成率达到100%的得1分,每少1个扣0.2分。"
    assert scores(s, [("是", "6"), ("否", "0")]) == ["1", "1"]
    # the rest of the heading's points left to deductions of no points of their own: refused
    s = "规范网格员队伍管理(2分):网格员配备到位的得1分;网格员培训每少1次扣0.2分(全年应培训4次)。"
    assert refusal(s).code == "E202"


def test_none_of_the_cases_in_words_of_their_own_after_them():
    # 未发生的 names nothing new; 全年无安全事故 is in the counted 发生较大安全事故 (a yes/no of its own
    # made one case 0)
    assert scores("到市集体访每发生1批次扣1分,未发生的得3分。", ["0", "2"], points="3") == ["3", "1"]
    s = "学校安全:发生一般安全事故的每起扣1分,发生较大安全事故的每起扣2分;全年无安全事故的得5分。"
    assert scores(s, [("1", "0"), ("1", "1")], points="5") == ["4", "2"]


def test_bands_of_steps_below_a_threshold_with_a_points_start_stay_refused():
    # 低于80%的,在扣2分的基础上,每低1个百分点再扣0.5分: the steps below 90 do not all start at 90
    s = "满意率达到90%以上的得4分;80%—90%的,每低1个百分点扣0.2分;低于80%的,在扣2分的基础上,每低1个百分点再扣0.5分。"
    assert refusal(s, points="4").code == "E202"


def test_a_limit_naming_what_is_taken_after_a_semicolon_is_on_all_of_it():
    # 本项扣分不超过3分 and 扣满3分为止 after ;-separated deductions limit all of them (the last
    # clause's alone was limited)
    for s in ("信访事项化解不到位的,每件扣0.5分;化解后又反复上访的,每件扣1分,扣满3分为止。",
              "信访事项化解不到位的,每件扣0.5分;化解后又反复上访的,每件扣1分,本项扣分不超过3分。"):
        assert scores(s, [("3", "2"), ("1", "1")], points="5") == ["2", "3.5"]
    # a deduction the limit would cut at once is not what it limits: the last clause's own
    s = "学校食堂发生食物中毒事件的,每起扣2分;食堂从业人员健康证持证不全的,每人扣0.1分,扣完1分为止。"
    assert scores(s, [("1", "15"), ("0", "3")], points="3") == ["0", "2.7"]


def test_a_clauses_own_limit_after_what_it_takes_below_a_heading():
    # (4分): then 每人扣0.2分,累计不超过1分;…: the 1 limits what the clause takes (it was a
    # limit on a score that is never above 0, and so nothing)
    s = "社区戒毒社区康复工作(4分):未按规定签订协议的,每人扣0.2分,累计不超过1分;未按规定开展尿检的,每人次扣0.1分。"
    assert scores(s, [("10", "3"), ("10", "0")]) == ["2.7", "3"]
    s = "易制毒化学品(3分):每发现1家企业未备案扣0.5分,最多不超过1.5分;企业发生流失的,每起扣1分。"
    assert scores(s, [("5", "1"), ("5", "0")]) == ["0.5", "1.5"]


def test_whole_steps_of_a_rate_reached():
    # 每达到10% / 每满10% count whole steps of the rate, as they do of a count
    assert scores("禁毒宣传进家庭覆盖率每达到10%计0.3分,满分3分。", ["35%", "9%"]) == ["0.9", "0"]
    assert scores("社区康复人员就业率每达到10个百分点计0.2分。", ["35%"]) == ["0.6"]
    # 每1% is a share of each point of it
    assert scores("完成率每1%得0.1分。", ["35.5%"]) == ["3.55"]


def test_numbers_in_names_are_words():
    # 国三 is no required 3, PM2.5 no 2.5 years, 65岁以上老年人 no second value of 65 and up
    s = "国三及以下排放标准柴油货车淘汰任务,每少淘汰1辆扣0.2分。"
    assert scores(s, ["0", "4"], points="2") == ["2", "1.2"]
    assert scores("PM2.5年均浓度控制在35微克/立方米以内的得5分,每超过1微克/立方米扣1分,扣完为止。",
                  ["35", "37"]) == ["5", "3"]
    assert scores("65岁以上老年人健康管理率达到70%的得2分,60%(含)至70%的得1分。", ["70%", "65%"]) == ["2", "1"]
    # an age as what is compared stays a comparison
    assert scores("年龄在35岁以下的得2分。", ["30", "40"]) == ["2", "0"]


def test_a_share_from_its_lower_end():
    # 50%以上的按比例得分 under a target of 100%: the share from 50% up, nothing below
    s = "完成率达到100%的得4分,完成率50%以上的按比例得分,低于50%的不得分。"
    assert scores(s, ["100%", "80%", "50%", "49%"]) == ["4", "3.2", "2", "0"]
    assert scores("完成率达到100%的得4分,50%以上的按比例得分。", ["80%", "49%"]) == ["3.2", "0"]
    # a limit that leaves a gap below the share is refused
    assert refusal("完成率达到100%的得4分,50%以上的按比例得分,低于40%的不得分。").code == "E202"


def test_the_item_scores_nothing_in_a_sentence_tried_alone():
    # (完成率低于50%的不得分) without --points: the sentence's own 0 (it scored the share)
    assert scores("完成任务的得4分,未完成的按完成比例计分(完成率低于50%的不得分)。", ["49%", "60%"]) == ["0", "2.4"]


def test_levels_after_a_lead_in_and_in_quotes():
    # the words before the first level's 为 are what is judged; quotes are no part of a level
    s = "平安建设暗访检查结果为“好”的得3分,“较好”的得2分,“一般”的得1分,“差”的不得分。"
    assert scores(s, ["好", "较好", "差"]) == ["3", "2", "0"]
    assert scores("学校食堂食品安全量化等级为A级的得2分,B级的得1分,C级的不得分。", ["A级", "C级"]) == ["2", "0"]
    # two grades of one judgement, and 优秀 for 优秀等次
    assert scores("考核结果为优秀等次的加1分,良好等次的加0.5分。", ["优秀", "良好等次"]) == ["1", "0.5"]


def test_shares_beyond_the_task_are_its_rate():
    # 完成任务 and 超额完成10%至20% read one rate, the task's (a yes/no and a second rate before)
    s = "主要污染物减排:完成年度减排任务的得4分;超额完成10%至20%的,另加1分;超额完成20%以上的,另加2分;未完成任务的不得分。"
    assert scores(s, ["100%", "115%", "125%", "90%"]) == ["4", "5", "6", "0"]
    s = "破获毒品刑事案件,完成目标任务的得3分,未完成的按完成比例计分;超额完成10%至30%的加1分,超额完成30%以上的加2分。"
    assert scores(s, ["100%", "115%", "135%", "90%"]) == ["3", "4", "5", "2.7"]
    # a fall of something else after the task is no share beyond it
    s = "完成省网整合任务的得3分;有线电视用户数较上年下降超过5%的扣1分,下降超过10%的扣2分。"
    assert scores(s, [("是", "6%"), ("是", "0%")]) == ["2", "3"]


def test_sides_of_the_average():
    # 持平 is the average itself; % values compare with the others' as they are
    s = "规模以上工业增加值增速高于全市平均水平的得4分,与全市平均水平持平的得2分,低于全市平均水平的不得分。"
    assert [try_rule(s, [v], others=[[o] for o in others]).score
            for v, others in (("8%", ("6%", "7%")), ("7%", ("7%", "7%")), ("5%", ("6%", "7%")))] == ["4", "2", "0"]
    # the value's own standard beside the average: refused (read as 5 points above the average)
    assert refusal("固定资产投资增幅达到5%以上且高于全县平均水平的得2分,其余不得分。").code == "E202"
    assert refusal("规上工业增加值增速高于全县平均水平且达到6%以上的得2分,否则不得分。").code == "E202"


def test_a_ladder_of_counts_after_a_missing_report():
    # 漏报1次的 is the first rung of the ladder (it was a step of its own beside the others)
    s = "值班信息报送(4分):迟报、漏报1次的扣1分,2次的扣2分,3次以上的不得分。"
    assert scores(s, ["1", "2", "3", "0"]) == ["3", "2", "0", "4"]


def test_floors_when_adding_and_taking_in_a_sentence_alone():
    # 扣完为止, 本项不计负分, 扣分以本项加分为限: never below 0 (it went to -1 with no --points)
    for s in ("乡村振兴衔接项目建成后运营良好的每个加0.5分;项目闲置、效益低下的每个扣0.5分,扣完为止。",
              "新签约招商项目每个加0.5分;签约后一年内未落地的项目每个扣0.5分,本项不计负分。",
              "新建村级光伏电站并网运行的每个加0.5分;因管护不到位停运的每个扣0.5分,扣分以本项加分为限。"):
        assert scores(s, [("1", "3"), ("3", "1")]) == ["0", "1"]
    # deductions alone, from no points, stay below 0
    assert scores("每缺一项扣1分,扣完为止。", ["3"]) == ["-3"]


def test_a_limit_closing_the_awards_before_deductions():
    # 本项最高计1分; then deductions: the awards stop at 1, then the deductions (the 1 was on all)
    s = "每查獲1名吸毒人員計0.1分,本項最高計1分;吸毒人員漏管失控的,每人扣0.2分。"
    assert scores(s, [("15", "1"), ("6", "1")]) == ["0.8", "0.4"]


def test_the_other_answer_after_a_failing_of_another_thing():
    # 未制定的不得分 answers 制定…的得2分 across the failing between: one yes/no, first
    s = "制定学校安全应急预案的得2分,预案内容不完善的扣1分,未制定的不得分。"
    assert scores(s, [("是", "否"), ("是", "是"), ("否", "否")]) == ["2", "1", "0"]
    # the same act done late is a degree of it: 2 from the start, the late one and none counted
    s = "接到疫情报告后2小时内到达现场的得2分,未按时到达的扣1分,未到达现场的不得分。"
    assert scores(s, [("是", "否"), ("否", "否"), ("否", "是")]) == ["1", "2", "0"]


def test_places_in_ranges_and_the_rest():
    # 第1至3名, 第1—3名 and 其余 after them (refused at 至 and —; the rest refused)
    s = "信访工作考核在全县排名第1至3名的得3分,第4至10名的得2分,其余得1分。"
    assert [try_rule(s, [p, "20"]).score for p in ("2", "7", "15")] == ["3", "2", "1"]
    s = "禁毒工作年度考核排名在全县前5名的得3分,第6—10名的得2分,其余的得1分。"
    assert [try_rule(s, [p, "20"]).score for p in ("5", "6", "11")] == ["3", "2", "1"]


def test_a_ladder_of_counts_with_the_thing_counted_said_once():
    # 发生2起 after 全年发生校园欺凌事件1起: the same count said shorter (2起 was unread)
    s = "全年发生校园欺凌事件1起扣1分,发生2起扣3分,发生3起及以上的本项不得分。"
    assert scores(s, ["1", "2", "3", "0"], points="5") == ["4", "2", "0", "5"]
    s = "信息报送(3分):漏报1次的扣1分,漏报2次的扣2分,漏报3次以上的不得分。"
    assert scores(s, ["1", "2", "4"]) == ["2", "1", "0"]
    # another thing counted stays unread
    assert refusal("发现1人脱管扣0.5分,发现2人吸毒扣1分。").code == "E218"


def test_counts_per_head_and_parts_of_a_step_take_decimals():
    assert scores("每万人刑事案件立案数低于20起的得2分,20至30起的得1分,30起以上的不得分。", ["18.5", "25"]) == ["2", "1"]
    assert scores("传染病疫情报告超时的,每超1小时扣0.1分,不足1小时的按1小时计。", ["2.5", "2"]) == ["-0.3", "-0.2"]


def test_waivers_of_other_points_are_refused():
    # 不扣分 on another value's condition waives the deductions; read as a tier of 0 nothing was
    # ever waived. 不予加分 after a ; takes the awards back.
    for s in ("信访事项办结后群众评价不满意的,每件扣0.1分;群众满意率达到90%以上的,不扣分。",
              "辖区刑事案件发案数同比上升的,扣1分;但破案率达到90%以上的,不扣分。",
              "信访信息被采用的,每篇加0.1分,最高加1分;当年发生进京非正常上访的,不予加分。"):
        assert refusal(s).code == "E202"
    # the start of steps below, and the other answer, stay read
    assert scores("满意率95%以上不扣分,每低1%扣1分。", ["93%"], points="5") == ["3"]
    assert scores("上报材料内容翔实、分析深入、判断准确的加0.5分,否则不加分。", ["是", "否"]) == ["0.5", "0"]


def test_tiers_said_to_come_on_top():
    # 再扣/另扣/加扣/再加 on a graver (better) tier add to the ones it lies inside
    assert scores("超期办结率超过5%的,扣1分;超过10%的,再扣1分。", ["12%", "8%", "3%"], points="3") == ["1", "2", "3"]
    assert scores("群众满意率低于85%的,扣2分,低于80%的,加扣1分。", ["79%", "82%"], points="4") == ["1", "2"]
    assert scores("按时办结率达到98%以上的加1分,达到100%的再加0.5分。", ["100%", "99%"]) == ["1.5", "1"]
    # without the word they are tiers of their own
    assert scores("超过5%的扣1分;超过10%的扣2分。", ["12%"], points="3") == ["1"]


def test_shares_written_as_fractions():
    # 2/3以上 is a share (it read as 3 and more), refused where it has no exact decimal
    assert refusal("河长制六项主要任务全部完成的得3分,完成2/3以上的得2分,完成1/3以上的得1分。").code == "E204"
    assert scores("完成1/4以上的得1分。", ["30%", "20%"]) == ["1", "0"]
    assert refusal("完成1/4以上的得1分。", "3").code == "E503"


def test_tiers_in_percentage_points_take_percents():
    # 0.3 beside 0.5个百分点 may be 0.3 points or 30% (it was read as 30%, scoring 2)
    s = "森林覆盖率年度增幅0.5—1个百分点的得1分,1个百分点以上的得2分。"
    assert scores(s, ["0.3%", "0.8%", "1%"]) == ["0", "1", "2"]
    assert refusal(s, "0.3").code == "E503"


def test_a_word_of_more_or_less_with_no_number():
    # 超过的, 低于的 after a limit on the other side are beyond that limit (a yes/no of their own before)
    assert scores("城镇登记失业率控制在4%以内的得2分,超过的不得分。", ["4%", "5%"]) == ["2", "0"]
    # (the deduction for every value below counts down from the 2, as 否则扣1分 does)
    assert scores("达到90%的得2分,低于的扣1分。", ["90%", "85%"]) == ["2", "1"]


def test_a_headings_points_over_tiers_of_parts_are_the_most_they_give():
    # the parts' tiers added up as if each held came to 7, and the heading's 6 was a yes/no of its
    # own; read whole, the parts give 6 at most: the heading's points said once more
    s = ("禁毒宣传教育(6分):开展“6·26”集中宣传活动的得2分;中小学校毒品预防教育覆盖率达到100%的得2分,"
         "每低1个百分点扣0.2分;参与人数达到辖区常住人口5%以上的得2分,达到3%的得1分,低于3%的不得分。")
    assert scores(s, [("是", "95%", "4%"), ("是", "100%", "5%"), ("否", "80%", "2%")]) == ["4", "6", "0"]


def test_a_headings_points_are_the_most_the_clauses_after_it_give():
    # 发明专利授权量(10分):…的得10分,…的得6分: the 10 was refused as maybe an award of its own
    s = "发明专利授权量(10分):完成年度目标任务的得10分,完成90%(含)以上不足100%的得6分,低于90%的不得分。"
    assert scores(s, ["100%", "90%", "89%"]) == ["10", "6", "0"]
    # awards past the heading's points stop at them
    s = "残疾人就业(6分):安置残疾人不少于30人的得4分,每多1人加0.2分。"
    assert scores(s, ["29", "35", "60"]) == ["0", "5", "6"]
    # a deduction answering the award's failing counts down from the heading's points
    s = "水质(40分):达到年度任务要求的,得40分;未达到年度任务要求的,每个断面扣5分;另有通报的,每次扣1分。"
    assert scores(s, [("0", "0"), ("2", "3"), ("9", "0")]) == ["40", "27", "0"]
    # the clauses give less than the heading: what the rest of it is for is not said
    assert refusal("应急物资(5分):建立储备点的得2分;台账清晰的得2分。").code == "E202"
    # the heading's points are what its parts give (2 + 4); the 应 of 应急 in it is no requirement
    # (read as one, 应急救援队伍(6 asked for 6 and the sentence was refused)
    s = ("地震应急救援队伍(6分):乡镇组建不少于30人的地震应急救援志愿者队伍,达到的得2分,每少5人扣0.5分;"
         "救援装备配备符合标准的得4分,否则不得分。")
    assert scores(s, [("30", "是"), ("20", "是"), ("10", "否")]) == ["6", "5", "0"]
    # a condition cut from the heading keeps its words for the value it asks
    s = "固体废物管理(2分):建立管理台账的,得1分;申报登记的,得1分;申报数据不准确的,每家企业扣0.2分。"
    assert "建立管理台账的" in try_rule(s, None).needs[0].words


def test_a_headings_points_in_brackets_before_a_colon_over_counted_awards():
    # 线索(1分):…的,每条加0.2分: the 1 is all the counting can earn (a yes/no of 1 beside the count)
    s = "制毒物品、易制毒化学品案件线索(1分):主动排查发现并移交线索的,每条加0.2分,最多加1分。"
    assert scores(s, ["3", "8"]) == ["0.6", "1"]
    assert scores("信息报送(10分):被采用的,每篇得2分。", ["3", "6"]) == ["6", "10"]


def test_points_given_back_are_refused():
    # 每起返还1分 after 每起扣3分 was one more deduction of 1 (returned points taken away)
    s = "每发生1起命案扣3分,当年破获的每起返还1分,本项最多扣8分。"
    assert refusal(s, "2", "1", points="10").code == "E218"
    # a bare 1分 per case among deductions is still theirs
    assert scores("一般事故每起扣1分,较大事故每起2分", [("1", "1")]) == ["-3"]


def test_one_limit_on_awards_and_deductions_together_is_refused():
    # 加减分合计不超过3分 limited the deductions alone: 5 awards scored 5
    s = "获得省级以上表彰的,每项加1分;被省级以上部门通报批评的,每次扣1分;加减分合计不超过3分。"
    assert refusal(s, "5", "0").code == "E218"
    split = "获得省级以上表彰的,每项加1分,最多加3分;被省级以上部门通报批评的,每次扣1分,最多扣3分。"
    assert scores(split, [("5", "0"), ("5", "1"), ("0", "4")]) == ["3", "2", "-3"]


def test_places_listed_with_a_pause_mark():
    # 倒数第一、第二名: the last two places (read as 第2名 from the top, the first dropped)
    s = "年度党建述职评议综合排名前三名的加1分,排名倒数第一、第二名的扣1分。"
    assert scores(s, [("14", "15"), ("15", "15"), ("13", "15"), ("2", "15")]) == ["-1", "-1", "0", "1"]
    assert scores("排名第一、第二、第三名的加1分", [("3", "15"), ("4", "15")]) == ["1", "0"]
    assert refusal("排名第一、第三名的加1分", "3", "15").code == "E218"


def test_a_veto_under_a_headings_points():
    # 医保基金安全(10分):…本项实行一票否决;…每1万元扣0.5分: the 10 are the heading's (refused as an award beside the veto)
    s = ("医保基金安全(10分):发生医保基金重大安全事件的,本项实行一票否决;"
         "因监管不到位造成基金损失的,每1万元扣0.5分,扣完为止。")
    assert scores(s, [("否", "0"), ("否", "3.5万"), ("是", "0"), ("否", "25万")], points="10") == ["10", "8.5", "0", "0"]
    # a veto elsewhere as the condition: this item's zero, no veto of its own
    s = "综治领导责任制落实(3分):因工作不力被实施一票否决的,本项不得分;未签订综治目标管理责任书的,扣1分。"
    assert "Veto" not in rule_kinds(s, points="3")
    assert scores(s, [("是", "否"), ("否", "是")], points="3") == ["0", "2"]


def test_steps_once_past_the_threshold():
    # 达到10起后每增加1起: the threshold said again (read as a range of its own, overlapping the tier's)
    s = "全年破获毒品刑事案件10起以上的计2分,达到10起后每增加1起加0.2分,本项最高计3分。"
    assert scores(s, ["9", "10", "12", "16"]) == ["0", "2", "2.4", "3"]
    s = "年度主动公开信息不少于200条的得基本分4分,超过200条后每增加50条加0.5分,最高加2分;不足200条的,每少20条扣0.5分。"
    assert scores(s, ["200", "260", "500", "150"]) == ["4", "4.6", "6", "3"]


def test_rates_in_thousandths_and_ten_thousandths_in_words():
    # 每超过万分之一, 每低千分之五, 千分之五至千分之十: steps and ranges (refused at 万分之 before)
    s = "差错率控制在万分之五以内的得2分,每超过万分之一扣0.5分,扣完为止。"
    assert scores(s, ["0.05%", "0.07%", "0.075%", "0.1%"]) == ["2", "1", "1", "0"]
    s = "病死畜禽无害化处理率达到100%的得2分,每低千分之五扣0.5分,扣完为止。"
    assert scores(s, ["100%", "99.7%", "99.4%", "98%"]) == ["2", "2", "1.5", "0"]
    s = "药品抽检不合格率控制在千分之五以下的得2分;千分之五至千分之十的得1分;超过千分之十的不得分。"
    assert scores(s, ["0.3%", "0.8%", "1%", "1.2%"]) == ["2", "1", "1", "0"]
    # 0.9‱: a rate in ten-thousandths, in the sentence and in the value
    s = "森林火灾受害率控制在0.9‱以内的得4分,超过0.9‱的不得分。"
    assert scores(s, ["0.9‱", "0.01%", "0.005%"]) == ["4", "0", "4"]


def test_a_case_at_twice_or_half_the_points_per_count_before():
    # 加倍扣分 / 减半扣分 after points per count: a case of its own, at 2× (½×) the points per count
    s = "暗访发现河道保洁不到位的,每处扣0.5分;同一问题被重复发现的,加倍扣分;本项最多扣5分。"
    assert scores(s, [("2", "0"), ("2", "1"), ("4", "4"), ("0", "0")], points="5") == ["4", "3", "0", "5"]
    s = "民政资金专项审计发现问题的,每个问题扣0.5分;属于屡审屡犯的,加倍扣分;审计前已自查自纠的,减半扣分。"
    assert scores(s, [("1", "1", "2"), ("0", "3", "0")]) == ["-2", "-3"]
    assert scores("被省直部门推广的,每项加1分;被市直部门推广的,减半计分", [("1", "3")]) == ["2.5"]
    # the case's words and 加倍扣分 in one clause; one of a count (一人次) as 每
    s = "每发现一处问题扣0.5分,发现问题未整改的加倍扣分"
    assert scores(s, [("1", "1"), ("2", "0")], points="3") == ["1.5", "2"]
    assert scores("一人次扣1分,情节严重的加倍扣分。", [("1", "1")], points="5") == ["2"]
    # no points per count before, or a case that compares (which count?): unread, as before
    assert refusal("低于90%的扣1分;连续两个季度低于90%的,扣分加倍。", "85%", "是").code == "E218"
    assert refusal("每件未按期办结扣0.5分;逾期超过30日的,扣分加倍。", "1", "1").code == "E218"


def test_deductions_limited_with_yi_wei_xian():
    # 本项扣分以5分为限, 上述情形累计扣分以3分为限: all that is taken (扣 was unread before)
    s = "迟报的每次扣0.1分,漏报的每次扣0.3分,瞒报、虚报的每次扣1分;上述情形累计扣分以3分为限。"
    assert scores(s, [("2", "1", "1"), ("0", "2", "3")], points="5") == ["3.5", "2"]
    assert scores("每件扣0.5分,扣分以3分为限", ["4", "8"]) == ["-2", "-3"]


def test_steps_from_a_threshold_said_twice_over():
    # 达到20起的得2分,超过20起的,每增加5起: the steps go on from the 20 (an overlap before)
    s = "全年实施安全生产行政处罚案件达到20起的得2分,超过20起的,每增加5起加0.5分,本项最高计3分。"
    assert scores(s, ["19", "20", "25", "40"]) == ["0", "2", "2.5", "3"]
    assert scores("新增示范家庭农场达到3家的得1分,超过3家的每增加1家加0.2分,最高2分。", ["3", "4"]) == ["1", "1.2"]


def test_nothing_taken_below_where_the_deductions_start():
    # 5名以内(含)的不扣分 before 超过5名的,超出部分每名: the steps' start (refused as a waiver before)
    s = "全年组织教师开展全员家访,未家访学生在5名以内(含)的不扣分,超过5名的,超出部分每名扣0.2分,扣完为止。"
    assert scores(s, ["5", "6", "8"], points="2") == ["2", "1.8", "1.4"]
    s = "高危行业企业安全生产责任保险投保率应达到100%,每低5个百分点扣0.5分,不足5个百分点的不扣分。"
    assert scores(s, ["100%", "96%", "94.9%", "93%"], points="2") == ["2", "2", "1.5", "1.5"]
    # a waiver on another value stays refused
    assert refusal("每件扣0.1分;群众满意率达到90%以上的,不扣分", "3", "95%").code == "E202"


def test_the_last_place_after_the_first_places():
    # 排名倒数第一的 (no 名 after it) is the last place: beside 前三名 it was a second rank rule
    s = "教育质量综合评价排名全市前三名的加1分,第4至6名的加0.5分,排名倒数第一的扣1分。"
    assert scores(s, [("2", "12"), ("5", "12"), ("12", "12"), ("11", "12")]) == ["1", "0.5", "-1", "0"]
    s = "民政工作综合评价在全市排名第1名的加2分,第2至3名的加1分;排名后三名的扣1分,排名倒数第一的扣2分。"
    assert scores(s, [("8", "10"), ("10", "10")]) == ["-1", "-2"]


def test_a_net_limit_on_awards_and_deductions_is_refused():
    s = "获得市级以上表彰的加1分;被县级以上通报批评的,每次扣1分;本项加减分相抵后不超过±2分。"
    assert refusal(s, "是", "3").code == "E218"


def test_levels_with_full_marks_and_points_taken_from_them():
    # 优秀的得满分,良好的扣0.5分: 优秀 scored 0 (the full marks were read as nothing)
    s = "考评结果为优秀的得满分,良好的扣0.5分,合格的扣1.5分,不合格的不得分。"
    assert scores(s, ["优秀", "良好", "合格", "不合格"], points="3") == ["3", "2.5", "1.5", "0"]
    s = "国有林场年度考评结果为优秀的得满分,良好的满分减0.5分,合格的满分减1.5分,不合格的不得分。"
    assert scores(s, ["优秀", "良好", "合格", "不合格"], points="3") == ["3", "2.5", "1.5", "0"]
    # no points to know the full marks by: refused (优秀 scored 0)
    assert refusal("考评结果为优秀的得满分,良好的得2分,合格的得1分。", "优秀").code == "E202"


def test_steps_below_the_target_named_in_words():
    # 每低于目标值0.5个百分点: a step below the 100% (read as a count of its own, the 100% passed over)
    s = "综治中心建设达标率应达到100%,每低于目标值0.5个百分点扣0.1分。"
    assert scores(s, ["100%", "99%", "98.9%"], points="5") == ["5", "4.8", "4.8"]
    s = "空气质量优良天数比率应达到85.0%,达到的得10分;每低于目标1个百分点扣2分,扣完为止。"
    assert scores(s, ["85%", "83%", "79.5%"]) == ["10", "6", "0"]
    # the start or the step said in other words: refused, never a count
    assert refusal("达标率应达到100%,每低于全市水平0.5个百分点扣0.1分。", points="5").code == "E202"
    assert refusal("达标率应达到100%,每比目标值低0.5个百分点扣0.1分。", points="5").code == "E202"


def test_steps_of_several_rates_in_one_sentence_are_refused():
    # 及时受理率、按期办结率均应达到100%,每低1个百分点: two rates, read as one value
    s = "信访事项及时受理率、按期办结率均应达到100%,每项每低1个百分点扣0.2分,本项最多扣4分。"
    assert refusal(s, points="4").code == "E202"
    assert scores("职工知晓率、参与率均应达到90%,达到的得1分", [("95%", "91%"), ("95%", "89%")]) == ["1", "0"]


def test_the_part_beyond_a_measure():
    # 超过1000克的,超过部分每100克: steps above the 1000 (every 100 of all of it, the 1000 dropped)
    s = "全年缴获毒品超过1000克的,超过部分每100克加0.1分,最高加1.5分。"
    assert scores(s, ["1000", "1250", "1500", "3000"]) == ["0", "0.25", "0.5", "1.5"]
    # with no 超过部分: all of it once past, or the part beyond? refused (the 1000 was dropped)
    assert refusal("缴获毒品超过1000克的,每100克加0.1分", "1500").code == "E202"


def test_a_judged_range_under_a_headings_points():
    # (6分):…酌情计0-6分: the range is the score (read from the 6, any amount judged scored 6)
    s = "文明创建工作(6分):由考核组实地检查,根据工作成效酌情计0-6分。"
    assert scores(s, ["0", "4.5", "6"], points="6") == ["0", "4.5", "6"]
    # 酌情扣0-6分 comes off the 6 (read as a yes/no of the heading's, the range dropped)
    s = "文明创建工作(6分):由考核组实地检查,根据工作成效酌情扣0-6分。"
    assert scores(s, ["0", "4.5", "6"], points="6") == ["6", "1.5", "0"]


def test_some_growth_but_less_than_a_tier():
    # 有增长但不足10%: above 0 (no growth scored the 1)
    s = "政务服务“一网通办”办件量比上年增长20%以上的得3分,增长10%至20%的得2分,有增长但不足10%的得1分。"
    assert scores(s, ["0%", "5%", "10%", "25%"], points="3") == ["0", "1", "2", "3"]


def test_a_formula_with_a_floor_or_its_name_after_it():
    # 3分-未整改隐患数×0.1分,最低为0分: the floor after the formula (refused before)
    s = "本项得分=3分-未整改火灾隐患数×0.1分,最低为0分。"
    assert scores(s, ["5", "40"]) == ["2.5", "0"]
    assert scores("得分=完成率×12,最高不超过10分", ["50%", "90%"]) == ["6", "10"]
    # 完成率×5分,即为本项得分: the name of the score after its formula
    assert scores("实有人口信息采集录入完成率×5分,即为本项得分。", ["80%", "100%"]) == ["4", "5"]


def test_places_moved_since_the_last_assessment():
    # 位次较上年后退的,每后退1位扣0.5分: places moved back, a count (unread before)
    s = "位次较上年前移的,每前移1位加0.5分,最多加2分;位次后退的,每后退1位扣0.5分。"
    assert scores(s, [("3", "0"), ("5", "0"), ("0", "2"), ("0", "0")]) == ["1.5", "2", "-1", "0"]
    # after a first place, the places below it (no count of its own)
    s = "全市纪检监察工作综合考评排名第1名的加3分,每后退1个位次少加0.3分,加完为止。"
    assert scores(s, [("1", "15"), ("4", "15"), ("13", "15")]) == ["3", "2.1", "0"]
    # 加分、减分均以1分为限: 均 says each side, 1 on each (it was read as a limit on the net; then refused)
    s = "排名较上月前移的,每前移1个位次加0.1分;后退的,每后退1个位次扣0.1分;全年加分、减分均以1分为限。"
    assert scores(s, [("12", "3"), ("0", "15")]) == ["0.7", "-1"]


def test_categories_named_by_an_ordinal_are_levels():
    # 评定为一类的…,二类的…: the names of categories (read as a count of 1, 2, 3 and 4 or more)
    s = "统计执法检查结果评定为一类的得6分,二类的得4分,三类的得2分,四类的不得分。"
    assert scores(s, ["一类", "三类", "四类"], points="6") == ["6", "2", "0"]
    assert refusal(s, "1", points="6").code == "E503"


def test_a_fall_marked_inclusive_before_its_word():
    # 下降10%(含)以上, 下降5%(含)至10%: the mark of an end (a parse error before)
    s = "新发现吸毒人员数同比下降10%以上的得3分,下降5%(含)至10%的得2分,下降不足5%的得1分。"
    assert scores(s, ["10%", "7%", "5%", "4.9%"]) == ["3", "2", "2", "1"]
    assert scores("火灾事故起数较上年下降10%(含)以上的得4分", ["10%", "9%"]) == ["4", "0"]


def test_points_listed_per_count_and_prizes_by_grade():
    # 分别每处扣0.5分、1分、0.5分: a count of each kind (每处 between 分别 and the verb stopped the parse)
    s = "检查中发现消防车通道被占用、疏散通道堵塞、消防设施损坏的,分别每处扣0.5分、1分、0.5分,三项合计扣分不超过4分。"
    assert scores(s, [("2", "1", "3"), ("4", "4", "4")], points="5") == ["1.5", "1"]
    # 、二等奖: a grade's name after the pause mark, not a number listed
    s = "获一等奖的每项加1.5分、二等奖每项加1分、三等奖每项加0.5分"
    assert scores(s, [("1", "2", "1")]) == ["4"]


def test_a_rate_required_is_no_number_to_fall_short_of():
    # 应100%签订协议,每漏签1人: the people not signed (read as short of a required 1)
    s = "社区戒毒(康复)协议签订(4分):对被责令社区戒毒、社区康复人员应100%签订协议,每漏签1人扣0.5分,本项扣完为止。"
    assert scores(s, ["0", "3", "8"], points="4") == ["4", "2.5", "0"]


def test_the_per_nearest_the_points():
    # 按每3000亩配备1名…,每人次扣0.5分: each time, not each 3000 mu; 每100吨/日: the slash is the unit's
    s = ("护林员管理(4分):按每3000亩林地配备1名专职护林员,抽查发现护林员不在岗或巡山日志缺失的,每人次扣0.5分;"
         "护林员责任区发生火灾未及时发现报告的,每人次扣1分;以上扣分以4分为限。")
    assert scores(s, [("2", "1"), ("3", "0"), ("4", "3")], points="4") == ["2", "2.5", "0"]
    s = "新增粮食烘干能力每100吨/日计0.5分,新建区域性农事服务中心每个计1分,合计最高3分。"
    assert scores(s, [("250", "1")]) == ["2.25"]
    # 低于每件100元的: a standard for each one, refused (read as 1 point per 100 元)
    assert refusal("个案补贴标准低于每件100元的,扣1分。", "80").code == "E205"


def test_a_clauses_own_nothing_beside_other_clauses():
    # …;帮教率达到95%以上的得2分,低于95%的不得分: that clause's 0, not the item's (94% lost the other 2)
    s = "安置帮教(4分):刑满释放人员衔接率达到100%的得2分,每低1个百分点扣0.5分;帮教率达到95%以上的得2分,低于95%的不得分。"
    assert scores(s, [("98%", "94%"), ("100%", "95%")], points="4") == ["1", "4"]
    assert scores("培训率达到95%以上的得2分,低于95%的不得分;制定方案的得2分。", [("94%", "是")], points="4") == ["2"]
    # 本项不得分 is the item's
    assert refusal("培训率达到95%以上的得2分,低于95%的本项不得分;制定方案的得2分。", "94%", "是", points="4").code == "E202"


def test_counting_down_from_none_with_graver_cases():
    # 全年未发生…责任事故的得15分;一般事故每起扣5分;造成人员死亡的,每起扣10分: from the 15 (a yes/no took all 15)
    s = ("生产安全事故控制(15分):全年未发生生产安全责任事故的得15分;发生一般生产安全事故的,每起扣5分;"
         "造成人员死亡的,每起扣10分;发生较大及以上生产安全事故的,本项不得分。")
    assert scores(s, [("1", "0", "否"), ("2", "0", "否"), ("0", "0", "是"), ("1", "1", "否")], points="15") == [
        "10", "5", "0", "0"]


def test_a_limit_in_a_headings_brackets_over_several_clauses_is_refused():
    s = "依法行政示范单位(加分项,最高加2分):每创建1个省级依法行政示范单位加1分,每创建1个市级示范单位加0.5分。"
    assert refusal(s, "2", "1").code == "E202"
    assert scores("线索(最多加1分):主动排查发现并移交线索的,每条加0.2分。", ["3", "8"]) == ["0.6", "1"]


def test_a_start_in_words_and_a_limit_in_another_unit_are_refused():
    # 定额50度,超过定额的,每超10度: the start named in words (read from 0, the 50 passed over)
    s = "节约用电(5分):寝室每月用电定额50度,超过定额的,每超10度扣0.5分,扣完本项分值为止。"
    assert refusal(s, "65", points="5").code == "E202"
    # 30分钟内…每超过10分钟;超过2小时未到达的: hours beside minutes (read as 2 beyond the 30)
    s = "泄漏抢修(2分):抢修人员应在30分钟内到达现场;超过30分钟的,每超过10分钟扣0.2分;超过2小时未到达的,本项不得分。"
    assert refusal(s, "45", points="2").code == "E202"
    s = "泄漏抢修(2分):抢修人员到达现场超过30分钟的,每超过10分钟扣0.2分;超过120分钟未到达的,本项不得分。"
    assert scores(s, ["45", "120", "121"], points="2") == ["1.8", "0.2", "0"]


def test_a_range_of_counts_in_chinese_numerals():
    # 一至两次: from one to two (read as 两次 alone, one time scored nothing)
    s = "迎峰度夏期间因电网原因拉闸限电三次以上的扣2分,一至两次的扣1分。"
    assert scores(s, ["0", "1", "2", "3"]) == ["0", "-1", "-1", "-2"]


def test_a_headings_points_beside_awards_after_its_colon_are_the_items():
    # 残疾人就业(6分):…不少于30人的得4分,每多1人加0.2分…: the 6 read as a yes/no of its own (是 added
    # 6), then refused; the 4 and at most 2 more are the 6: 4 at 30, 0.2 more or 0.5 less a person
    s = "残疾人就业(6分):全年新增残疾人就业不少于30人的得4分,每多1人加0.2分,最高加2分;不足30人的,每少1人扣0.5分,扣完为止。"
    assert scores(s, ["30", "35", "45", "26", "20"], points="6") == ["4", "5", "6", "2", "0"]
    # the heading over deductions and an added award is still where they start
    assert scores("听课(5分):未按要求少听一次扣1分,听课认真,有突出表现加1分。", [("2", "是")], points="5") == ["4"]


def test_times_found_before_the_points_are_no_measure_of_each():
    # 3次以上发现…的,另扣1分: how many times (read as 1 point each time, the 3 dropped); 同一场所 is
    # words (一场 was a count of its own, and the sentence was refused), so the times are a value
    # (the times are each place's, which one value cannot hold: refused, and the message names
    # 同一场所, no count of 一场)
    s = "每发现1人吸烟扣0.1分;在暗访中3次以上发现同一场所吸烟问题的,另扣1分。"
    assert "“同一场所…”" in refusal(s).message


def test_a_time_required_each_period_with_steps_short_of_it_is_refused():
    # 每周开放时间不少于56小时,每少2小时: each week's hours, or the year's? (read as 2912 a year: 56 lost 142.8)
    s = "公共图书馆每周开放时间不少于56小时,每少2小时扣0.1分;免费开放项目未公示的扣0.5分。"
    assert refusal(s, "56", "否").code == "E202"
    # a count of events each period still counts over the year
    assert scores("每季度至少开展1次,每少1次扣0.5分", ["3", "4"]) == ["-0.5", "0"]


def test_a_limit_on_a_count_after_two_counts_in_its_counter_is_refused():
    # 每起扣0.5分;…每起另扣1分;三起以上的本项不得分: of which count? (read as the last's, 3 cases kept 1.5)
    s = "发生非法猎捕、交易野生动物案件的,每起扣0.5分;案件被中央、省级媒体曝光的,每起另扣1分;三起以上的本项不得分。"
    assert refusal(s, "3", "0", points="3").code == "E202"
    s = "价格监测:迟报1次扣0.1分,漏报1次扣0.3分;全年迟报、漏报累计达到五次以上的,本项不得分。"
    assert refusal(s, "3", "2", points="1.5").code == "E202"
    # after one count it is that count's
    assert scores("发生案件的,每起扣0.5分;三起以上的本项不得分。", ["2", "3"], points="3") == ["2", "0"]


def test_a_limit_on_the_count_it_names():
    # 无故缺席一次扣2分;全年无故缺席三次以上的,本项不得分: the count it names, the last one
    s = "委员履职:参加会议,请假一次扣0.5分,无故缺席一次扣2分;全年无故缺席三次以上的,本项不得分。"
    assert scores(s, [("1", "2"), ("0", "3")], points="10") == ["5.5", "0"]


def test_a_limit_naming_the_awards_before_deductions_with_their_own():
    # …每篇加0.5分,省级期刊每篇加0.2分,加分最高1分;…每起扣1分,扣分最高3分: 加分 names every award
    # before it (read as the last one's, 3 national and 5 provincial papers scored 2.5)
    s = "在国家级期刊发表论文的,每篇加0.5分,省级期刊每篇加0.2分,加分最高1分;发生处置不当的,每起扣1分,扣分最高3分。"
    assert scores(s, [("3", "5", "0"), ("2", "1", "1"), ("0", "0", "5")]) == ["1", "0", "-3"]
    s = "工作经验被省级推广的每项加1分,被市级推广的每项加0.5分,加分合计最高2分;被上级通报批评的,每次扣1分。"
    assert scores(s, [("2", "1", "0"), ("3", "0", "1")]) == ["2", "1"]
    # awards after the limit: within it, or not?
    s = "中央级每篇加1分,省级每篇加0.5分,加分最高2分;被简报采用的,每篇加0.2分。"
    assert refusal(s, "1", "1", "1").code == "E202"


def test_the_points_given_named_again_where_the_steps_start():
    # 10%(含)以上的,在6分基础上每增加1个百分点扣1分: from the 6 at 10% (read from the 10 at 5%)
    s = ("违法占用耕地面积比例低于5%的得10分;5%(含)至10%的得6分;10%(含)以上的,在6分基础上每增加1个百分点扣1分,"
         "扣完为止。")
    assert scores(s, ["4%", "5%", "10%", "13%"], points="10") == ["10", "6", "6", "3"]
    assert scores(s.replace("的,在6分基础上", "的得6分,"), ["10%", "13%"], points="10") == ["6", "3"]
    # a tier ending where the steps start leaves that point to the steps (both held: 1 + 2 at 10万)
    s = "村级集体经济年经营性收入5万元至10万元的得1分,达到10万元的得2分,达到10万元后每增加5万元加0.5分,最高加1分。"
    assert scores(s, ["9万", "10万", "15万"], points="3") == ["1", "2", "2.5"]
    assert scores("达到50个得5分,在5分基础上每增加1个加0.1分。", ["49", "50", "53"]) == ["0", "5", "5.3"]
    assert refusal("达到50个得5分,在6分基础上每增加1个加0.1分。", "53").code == "E202"


def test_a_requirement_and_its_other_answer_before_deductions():
    # …的,得10分,达不到的该项不得分;…每有100亩扣2分: 是 answers the first clause, as when alone
    s = "补充耕地面积达到非农建设占用耕地面积的,得10分,达不到的该项不得分;补充耕地质量等别低于被占用耕地的,每有100亩扣2分。"
    assert scores(s, [("是", "0"), ("是", "250"), ("否", "100")], points="10") == ["10", "6", "0"]


def test_a_period_said_twice_or_with_the_years_number():
    # 按季度更新…,每季度不少于1次: 4 a year (read as 1); 每月1次,全年应开展12次: 12 (read as 144)
    assert scores("按季度更新政府信息公开指南和公开目录,每季度不少于1次,少一次扣1分(2分)。", ["4", "3", "2"]) == [
        "2", "1", "0"]
    s = "饮用水水源地水质监测每月1次,全年应开展12次,每少1次扣0.5分;监测结果未按规定向社会公开的,每次扣0.2分。(4分)"
    assert scores(s, [("12", "0"), ("10", "2")]) == ["4", "2.6"]
    # 按月开展 is each month, as 每月 (read as the number missed, 12 held lost all 3)
    s = "建立积分制、红黑榜制度的得2分,未建立的不得分;按月开展评比并公示的得3分,每少1次扣0.5分。"
    assert scores(s, [("是", "12"), ("否", "10")], points="5") == ["5", "2"]


def test_limits_beside_a_base_score():
    # 基础分N分 then 加分最多不超过2分 / 合计扣分以4分为限: the limit is on what is added (taken), not on
    # the base (read as the last award's limit; or with the base inside it, 4+1−5 scored 0)
    s = "基础分5分。在全市工作会议上作典型发言的加1分,经验做法被省局推广的加2分,加分最多不超过2分;被通报批评的,每次扣1分。"
    assert scores(s, [("是", "是", "0"), ("是", "是", "1")], points="10") == ["7", "6"]
    s = ("基础分4分;对辖区企业实行分级分类管理的加1分;每发现1家企业未落实管理制度的扣0.5分,每发现1起违规销售行为的扣1分,"
         "合计扣分以4分为限。")
    assert scores(s, [("是", "4", "3"), ("否", "1", "0")], points="5") == ["1", "3.5"]
    # the first clause's other answer stays outside a limit on the problems after it
    s = ("完成年度旅游厕所建设任务的得2分,未完成的不得分;抽查发现卫生不达标的每处扣0.2分、设施损坏的每处扣0.1分,"
         "上述问题累计扣分不超过1分(2分)。")
    assert scores(s, [("否", "1", "0"), ("是", "5", "5")]) == ["0", "1"]


def test_the_items_points_in_brackets_after_a_limit():
    # 扣满2分为止(2分), 本项扣完为止(本项10分): the item's points printed after the rule (refused: no 加 or 扣)
    assert scores("每学期组织主题教育活动不少于2次,每少1次扣0.5分,扣满2分为止(2分)。", ["4", "1"]) == ["2", "0.5"]
    s = "校园及周边发现涉毒违法犯罪的,每起扣2分;在校学生吸毒的,每人扣3分;本项扣完为止(本项10分)。"
    assert scores(s, [("1", "1"), ("2", "3")]) == ["5", "0"]


def test_cancelling_the_items_points_is_no_word_passed_over():
    # 取消本项得分并另扣2分: the item's points go (read as 扣2分 alone, 取消本项得分 passed over), and
    # 2 more would go below its 0: refused, as points taken past nothing are
    assert "不得分之后又扣分" in refusal("存在弄虚作假的,取消本项得分并另扣2分。", points="5").message
    assert "符合则本项不得分" in try_rule("存在弄虚作假的,取消本项得分。", None, Decimal("5")).understood


def test_places_in_two_tiers_are_refused():
    # 第10名以后的得1分;排名倒数第一的,另扣1分: the last place is in both (read as the better, 另扣 lost)
    s = "考核排名前三名的得3分,第4至第10名的得2分,第10名以后的得1分;排名倒数第一的,在上述基础上另扣1分。"
    assert refusal(s, "15", "15", points="3").code == "E202"


def test_steps_for_each_of_several_values_are_refused():
    s = "学生注册率达到95%以上的得1分,学习完成率达到90%以上的得1分;每项每低1个百分点扣0.1分。"
    assert refusal(s, "94%", "85%").code == "E202"


def test_a_share_times_the_points():
    # 完成率×3分计分, 按到位率乘以本项分值计分 (refused: × and 乘以 not read)
    assert scores("教师全员培训完成率×3分计分。", ["85%", "100%"]) == ["2.55", "3"]
    assert scores("按到位率乘以本项分值计分", ["80%"], points="2") == ["1.6"]
    # a bare 20分/次 is no formula
    assert refusal("参与活动表演20分/次", "2").code == "E202"


def test_a_names_points_before_awards_of_its_own():
    # 重点项目指标20分,列入…的得10分,完成…的得10分: the 20 are theirs (read as a yes/no of 20 beside them)
    s = "重点项目指标20分,列入省级重点项目数指标的得10分,完成年度投资计划任务的得10分。"
    assert scores(s, [("是", "否"), ("否", "否")], points="20") == ["10", "0"]
    assert refusal(s.replace("任务的得10分", "任务的得5分"), "是", "否", points="20").code == "E202"


def test_per_so_many_written_in_a_chinese_numeral():
    # 每千人次计0.1分, 每百名扣1分: per thousand (hundred) counted (read per one, or as a yes/no)
    s = "开展宣传活动,每开展1次计0.1分,最高计0.5分;受教育群众每千人次计0.1分,最高计0.5分。"
    assert scores(s, [("3", "2500"), ("5", "1000")]) == ["0.55", "0.6"]
    assert scores("每百名扣1分", ["250"]) == ["-2"]
    # a measure per so many people is still one
    assert scores("每万人刑事案件立案数低于20起的得2分", ["18.5"]) == ["2"]


def test_beyond_the_task_beside_shares_of_it():
    # 超额完成20%以上的,另加0.5分 beside tiers of the task: 120% of it (read as 20% of it, 85% added 0.5)
    s = ("新增取得职业技能等级证书人数完成年度目标任务的得2分;完成任务的90%(含)至100%(不含)的得1.5分;"
         "低于90%的不得分;超额完成20%以上的,另加0.5分。")
    assert scores(s, ["85%", "100%", "119%", "120%"], points="2.5") == ["0", "2", "2", "2.5"]


def test_a_measure_after_cases_counted_is_refused():
    # 每起扣2分;涉及金额在10万元以上的,另行扣除2分: each case's amount, or the whole? (read as the whole)
    s = "发生集体资产流失被查处的,每起扣2分;涉及金额在10万元以上的,另行扣除2分。"
    assert refusal(s, "1", "1").code == "E202"
    assert scores("发生集体资产流失被查处的,每起扣2分;全年累计损失金额超过10万元的,扣2分。", [("1", "12万")]) == ["-4"]


def test_at_the_average_said_with_or():
    # 等于或低于全县平均值的得1分: at the average too (read as 低于 alone, a unit at it scored 0)
    s = "数据报送准确率高于全县平均值的得2分,等于或低于全县平均值的得1分。"
    assert try_rule(s, ["90%"], others=[["88%"], ["92%"]]).score == "1"
    s = "数据报送准确率高于全县平均值的得2分,低于或等于全县平均值的得1分。"
    assert try_rule(s, ["90%"], others=[["88%"], ["92%"]]).score == "1"


def test_one_for_each_is_no_count():
    # 一人一档,每缺1人档案扣0.5分: the files missing (read as short of a required 1)
    s = "吸毒人员档案应做到一人一档,每缺1人档案扣0.5分;档案内容填写不全的,每份扣0.2分,本项扣分以5分为限。"
    assert scores(s, [("0", "0"), ("2", "3"), ("8", "5")], points="5") == ["5", "3.4", "0"]


def test_a_monthly_requirement_in_the_months_named():
    # 每年3月至5月…每月不少于1次: 3 a year (read as 12, 3 searches lost all 5)
    s = "每年3月至5月组织开展禁种铲毒踏查,每月不少于1次,每少1次扣1分;发现非法种植毒品原植物未及时铲除的,扣3分。"
    assert scores(s, [("3", "否"), ("1", "否")], points="5") == ["5", "3"]


def test_full_points_under_a_headings_points():
    # 执行率(5分):…的得满分,每低1个百分点扣0.5分: 满分 are the heading's 5 (read as a yes/no of 5 beside the steps)
    s = "社区戒毒执行率(5分):执行率达到90%以上的得满分,每低1个百分点扣0.5分。"
    assert scores(s, ["95%", "88%"]) == ["5", "4"]
    s = "安全生产(5分):未发生事故的得满分,每发生1起扣2分。"
    assert scores(s, ["0", "1", "3"]) == ["5", "3", "0"]
    assert scores(s, ["1"], points="5") == ["3"]
    # an item of other points: which are 满分?
    assert refusal(s, "1", points="10").code == "E202"


def test_full_points_then_what_is_taken_from_them():
    # 档案齐全规范的得满分;档案不全的扣1分;无档案的不得分: from the item's 3, as 得3分 (read as a yes/no of
    # its own, a unit with incomplete files scored 0)
    s = "档案齐全规范的得满分;档案不全的扣1分;无档案的不得分。"
    assert scores(s, [("否", "否"), ("是", "否"), ("否", "是")], points="3") == ["3", "2", "0"]


def test_reports_missing_against_a_requirement_and_reports_late():
    # 每季度报送1次,缺报1次扣0.5分,迟报1次扣0.2分: reports made (of 4) and reports late, two values
    # (缺报 read as the reports missing; with a heading, the late ones were the same value)
    s = "化妆品不良反应监测(2分):每季度报送监测分析报告1次,缺报1次扣0.5分,迟报1次扣0.2分。"
    assert scores(s, [("4", "0"), ("3", "1"), ("4", "2")]) == ["2", "1.3", "1.6"]
    # absences counted are no shortfall
    assert scores("无故缺席一次扣2分", ["2"]) == ["-4"]


def test_a_headings_points_said_again_as_the_base():
    # 公益性岗位管理(5分):基础分5分,…: one start of 5 (read as two, 5+5 less what was taken left the item whole)
    s = ("公益性岗位管理(5分):基础分5分,发现虚设岗位、冒名顶替领取岗位补贴的,每人次扣1分;"
         "未按月核发岗位补贴的,扣2分,扣完为止。")
    assert scores(s, [("2", "否"), ("1", "是"), ("4", "是")], points="5") == ["3", "2", "0"]


def test_full_marks_of_the_awards_before_a_semicolon():
    # 每次得0.5分,满分2分;…每篇另加0.5分,加分最多1分: 2 for the first, 1 for the second (read as the
    # item's, both limited to 1)
    s = ("开展文物保护法律法规宣传活动的,每次得0.5分,满分2分;在市级以上媒体刊发文物工作宣传稿件的,"
         "每篇另加0.5分,加分最多1分。")
    assert scores(s, [("3", "1"), ("5", "3"), ("4", "2")]) == ["2", "3", "3"]


def test_a_limit_on_what_is_added_with_the_first_award_added_too():
    # …的加1分,每提高5个百分点再加0.5分,最多加3分: the 1 is within the 3 (read as 1 on top, 4 at most);
    # …的得3分,…加0.1分,最高加1分 stays 1 on top of the 3
    s = "优秀率达到30%以上的加1分,每提高5个百分点再加0.5分,最多加3分。"
    assert scores(s, ["60%", "40%", "29%"]) == ["3", "2", "0"]
    assert scores("达到30%以上的得3分,每增加1个百分点加0.1分,最高加1分", ["50%"]) == ["4"]


def test_full_points_after_a_de_without_a_verb():
    # 90%以上的满分,90%以下扣1分: 满分 is given (read as nothing, the tiers ran together)
    s = "群众对矛盾纠纷调处结果满意率在90%以上的满分,90%以下扣1分;80%以下扣3分。"
    assert scores(s, ["95%", "90%", "85%", "70%"], points="4") == ["4", "4", "3", "1"]


def test_a_ratio_standard_and_one_for_each_hand_are_names():
    # 按每30名…配备1名社工的标准落实到位的,得3分: a yes/no (read as 3 points for each 30 people)
    s = "按每30名社区戒毒康复人员配备1名专职禁毒社工的标准落实到位的,得3分,否则不得分。"
    assert scores(s, ["是", "否"]) == ["3", "0"]
    s = "中心组每月至少集中学习1次,每少1次扣0.5分;重点理论读物未做到党员干部人手一册的,扣1分。"
    assert scores(s, [("12", "否"), ("10", "是")], points="3") == ["3", "1"]


def test_steps_from_the_average_of_all_units():
    # 低于全市平均水平的,每低1个百分点扣0.5分: points below the average (refused: a start with no unit)
    s = "林长巡林轨迹上报率不低于全市平均水平的得2分,低于全市平均水平的,每低1个百分点扣0.5分,扣完为止。"
    assert [try_rule(s, [v], others=[["85%"], ["90%"]]).score for v in ("80%", "85%", "90%")] == ["0", "1.5", "2"]
    s = "家庭医生签约履约率低于全县平均水平的,每低1个百分点扣0.5分,最多扣2分。"
    assert try_rule(s, ["70%"], others=[["80%"], ["90%"]]).score == "-2"


def test_the_last_place_and_places_listed():
    # 排名末位的 is the last place (read as a clause of its own beside the ranks: refused)
    s = "耕地保护责任目标考核结果全市排名前三名的,加1分;排名末位的,扣1分。"
    assert scores(s, [("2", "10"), ("10", "10"), ("5", "10")]) == ["1", "-1", "0"]
    # the last place among the bottom three is the graver one
    s = "平安建设群众满意度测评位居全市后三位的,扣3分;位居全市末位的,扣5分。"
    assert scores(s, [("10", "10"), ("8", "10")]) == ["-5", "-3"]
    # 排名第二、第三的: both places (read as 第2名 alone, 第3 passed over)
    s = "年度垃圾分类工作考评排名第一的加2分,排名第二、第三的加1分;排名末位的,扣1分。"
    assert scores(s, [("3", "12"), ("12", "12"), ("4", "12")]) == ["1", "-1", "0"]
    assert refusal("排名第1的加2分,排名第2、第4的加1分。", "2", "10").code == "E218"
    # 倒数第二、第三的: both from the bottom (read as 第3名 alone, 倒数第二 passed over)
    s = "元旦、春节期间烟花爆竹安全监管工作督查排名倒数第一的扣2分,倒数第二、第三的扣1分。"
    assert scores(s, [("10", "10"), ("9", "10"), ("3", "10")]) == ["-2", "-1", "0"]


def test_at_the_average_as_a_tier_of_its_own():
    # 高于…平均水平的得3分,等于…的得2分,低于…的得1分: one value against the average (read as 3 values)
    s = "高标准农田建设任务完成率高于全市平均水平的得3分,等于全市平均水平的得2分,低于全市平均水平的得1分。"
    assert [try_rule(s, [v], others=[["85%"], ["90%"]]).score for v in ("80%", "95%")] == ["1", "3"]
    assert try_rule(s, ["85%"], others=[["85%"], ["85%"]]).score == "2"


def test_a_flat_deduction_past_a_lateness_limit():
    # 每延迟1天扣0.1分,延迟超过10天的扣2分: past 10 days, 2 instead of the days' (read as two values)
    s = "学前教育资助资金应在规定时间内发放到位,每延迟1天扣0.1分,延迟超过10天的扣2分。"
    assert scores(s, ["0", "5", "10", "11"], points="2") == ["2", "1.5", "1", "0"]
    # 按未报送处理 is what the case counts as; its 未 negates nothing (read as within 5 days)
    s = "大气污染防治月度调度表应于次月5日前报送,逾期1天扣0.1分,逾期超过5天的,按未报送处理,扣0.5分。"
    assert scores(s, ["0", "4", "7"]) == ["0", "-0.4", "-0.5"]


def test_two_kinds_named_by_their_number_before_a_limit():
    # …;…;两项扣分以4分为限 (refused: 两项 not read)
    s = "未按时办结的每件扣0.3分;引发越级上访的,每起扣1分;两项扣分以4分为限。"
    assert scores(s, [("5", "1"), ("10", "3")]) == ["-2.5", "-4"]


def test_all_of_a_task_or_more():
    # 完成年度任务(100%)的得6分: 105% too (read as exactly 100%, it scored nothing); 及时率100% stays 100% alone
    s = ("保障性租赁住房筹集:完成年度任务(100%)的得6分;完成80%(含)至100%(不含)的得4分;"
         "完成60%(含)至80%(不含)的得2分;低于60%的不得分。")
    assert scores(s, ["105%", "100%", "80%", "59%"], points="6") == ["6", "6", "4", "0"]
    assert scores("任务完成率100%的得3分,90%(含)至100%的得2分", ["110%"]) == ["3"]
    assert scores("及时率100%得2分,95%(含)-100%得1.5分", ["100%", "97%"]) == ["2", "1.5"]


def test_a_limit_on_times_in_a_note_is_read_or_refused():
    # (按季度计,全年最多加4次) is no note passed over (read so, 6 times scored 12)
    s = "组织项目集中开工、观摩推进活动的,每次加2分(按季度计,全年最多加4次)。"
    assert refusal(s, "6").code == "E218"


def test_a_share_below_a_count_reached():
    # 达到300人次的得2分,未达到的按比例计分: 2 × the share of 300
    assert scores("培训人数达到300人次的得2分,未达到的按比例计分。", ["150", "300", "450"]) == ["1", "2", "2"]
    # 不足300人次的按比例计分 after steps of another clause is not their part (read so, passed over)
    s = ("农业技术培训(5分):全年举办高素质农民培训班4期以上的得3分,每少1期扣1分;"
         "培训人数达到300人次以上的得2分,不足300人次的按比例计分。")
    assert refusal(s, "2", "150").code == "E218"
    # a part of the steps a limit away still is
    assert scores("考核值≥3%。每低于目标值0.2个百分点,扣1分,扣完为止;不足0.2个百分点按照比例计算。",
                  ["2.9%"], points="5") == ["4.5"]


def test_a_deduction_below_zero_where_nothing_keeps_the_sentence_above_it():
    # 倒扣 among tiers or counts of their own is 扣 (refused); with the item's points, which stop at 0, still refused
    s = "年度考评排名第1名的加1分,第2名的加0.6分,第3名的加0.3分;排名倒数第1名的倒扣1分。"
    assert scores(s, [("1", "10"), ("10", "10")]) == ["1", "-1"]
    # with the item's points, the last place takes 1 of them (倒扣 lifts the item's floor)
    assert score("排名倒数第1名的倒扣1分。", "10", "10", points="2") == "1"


def test_a_task_named_at_length_before_steps_short_of_it():
    # 完成县妇联下达的妇女创业担保贷款发放任务的得5分,每少完成10%扣1分: steps from 100% of the task
    s = "完成县妇联下达的妇女创业担保贷款发放任务的得5分,每少完成10%扣1分。"
    assert scores(s, ["100%", "85%", "69%"]) == ["5", "4", "2"]


def test_a_headings_points_before_conditions_whose_points_follow_a_comma():
    # 物业管理机构建设(3分):…的,得1分;…的,得1分;…的,得1分: the 3 are theirs (refused: the heading and the
    # first condition were read as one statement)
    s = ("物业管理机构建设(3分):街道明确物业管理分管领导的,得1分;配备专职工作人员的,得1分;"
         "社区建立物业管理联席会议制度的,得1分。")
    assert scores(s, [("是", "是", "否"), ("否", "否", "否")]) == ["2", "0"]
    assert refusal("物业管理机构建设(3分):街道明确物业管理分管领导的,得1分;配备专职工作人员的,得1分。",
                   "是", "是").code == "E202"
    # with counting, a condition after the colon stays the heading's (发生…的,每起扣3分)
    s = "特种设备安全(6分):发生一般特种设备事故的,每起扣3分;发生较大及以上特种设备事故的,本项不得分。"
    assert scores(s, [("1", "否"), ("0", "是")]) == ["3", "0"]


def test_tiers_from_all_of_it_beside_steps_below_the_last():
    # 100%的得8分;90%(含)以上的得6分;…;低于80%的,每低1个百分点扣0.5分 (refused: 100% not read)
    s = ("省、市交办河湖问题整改销号率100%的得8分;90%(含)以上的得6分;80%(含)—90%(不含)的得4分;"
         "低于80%的,每低1个百分点扣0.5分,扣完为止。")
    assert scores(s, ["100%", "95%", "85%", "78%", "60%"], points="8") == ["8", "6", "4", "3", "0"]


def test_a_limit_naming_the_awards_after_a_deduction():
    # …每次加1分;…每次扣2分,加分最高3分: the awards' limit (read as the deductions', 5 awards kept 5)
    s = "受到通报表扬的,每次加1分;受到通报批评的,每次扣2分,加分最高3分。"
    assert scores(s, [("5", "1"), ("2", "0")]) == ["1", "2"]
    s = "受到通报表扬的,每次加1分;受到通报批评的,每次扣2分,加分最高3分,扣分最多3分。"
    assert scores(s, [("5", "1"), ("1", "3")]) == ["1", "-2"]


def test_a_limit_below_steps_from_a_rate_written_alone():
    # 办结率100%的得3分,每低1个百分点扣0.2分,低于90%的不得分: one rate (read as two values)
    s = "校外培训投诉举报办结率100%的得3分,每低1个百分点扣0.2分,低于90%的不得分。"
    assert scores(s, ["100%", "95%", "90%", "89%"]) == ["3", "2", "1", "0"]


def test_levels_named_with_their_scale_or_after_last_year():
    # 评为优秀等次的得3分,良好得2分…: one level (read as a yes/no beside the rest)
    s = "外商投资企业年报工作被市商务局评为优秀等次的得3分,良好得2分,合格得1分,不合格不得分。"
    assert scores(s, ["优秀", "合格", "不合格"]) == ["3", "1", "0"]
    # 上一年度 names a year, no count of 1
    s = "上一年度年检结论为合格的得4分,基本合格的得2分,不合格的不得分。"
    assert scores(s, ["合格", "基本合格"]) == ["4", "2"]


def test_every_two_months_and_an_award_past_the_requirement():
    # 双月至少开展1次: 6 a year (read as 1 in all, 4 held lost nothing)
    s = "分中心及支队双月至少开展1次文明实践活动,每少开展1次扣1分。"
    assert scores(s, ["4", "6", "1"], points="4") == ["2", "4", "0"]
    # …每少1次扣1分;全年开展6次以上的加1分: one count, short of 4 or past 6 (read as two values)
    s = "每季度至少组织开展1次村庄清洁集中行动,每少1次扣1分;全年开展6次以上的加1分。"
    assert scores(s, ["4", "2", "6", "0"]) == ["0", "-2", "1", "-4"]


def test_money_that_grew_is_never_points():
    # 每新增1万元扣0.5分: per 10000 of new debt (read as an award of 10000 points beside a yes/no)
    assert scores("新增村级债务的,每新增1万元扣0.5分,扣满3分为止。", ["2.5万", "100000元"]) == ["-1", "-3"]


def test_a_rate_named_then_the_act_it_rates():
    # 完成率达到100%的得8分;完成90%(含)至100%的得6分: one rate (read as two values)
    s = "主要经济指标完成率达到100%的得8分;完成90%(含)至100%的得6分;完成80%(含)至90%的得4分;低于80%的不得分。"
    assert scores(s, ["100%", "95%", "85%", "70%"], points="8") == ["8", "6", "4", "0"]


def test_the_average_of_the_units_named_and_limits_on_each_side():
    # 全县各乡镇平均水平, 全县各市场监管所平均数: the average of all units (refused: words between 全县 and 平均)
    s = "年度查办案件数量高于全县各市场监管所平均数的得2分,等于平均数的得1分,低于平均数的不得分。"
    assert [try_rule(s, [v], others=[["10"], ["20"]]).score for v in ("30", "15", "12")] == ["2", "1", "0"]
    # 加减分均以3分为限: 3 on each side (refused); 加减分合计不超过3分 (the net, or each side?) still refused
    s = "受到通报表扬的,每次加1分;受到通报批评的,每次扣2分;被约谈的,每起扣1分,加减分均以3分为限。"
    assert scores(s, [("5", "0", "0"), ("5", "1", "0"), ("0", "1", "2")]) == ["3", "1", "-3"]
    assert refusal("受到通报表扬的,每次加1分;受到通报批评的,每次扣2分,加减分合计不超过3分。", "5", "1").code == "E218"


def test_a_limit_on_what_is_taken_naming_the_item():
    # 扣完本项5分为止 (refused: 本项 between 扣完 and its points)
    s = "集体资产清查中发现资产未入账的,每处扣1分;发生集体资产流失、被侵占问题经查实的,每起扣3分,扣完本项5分为止。"
    assert scores(s, [("2", "1"), ("1", "0")]) == ["-5", "-1"]


def test_none_at_all_beside_tiers_against_the_average_is_refused():
    # …低于平均数的得1分,无新增入库的不得分: the tiers hold for every value (read so, none scored 1)
    s = "当年新增入库“四上”企业数高于全县乡镇平均数的得3分,等于平均数的得2分,低于平均数的得1分,无新增入库的不得分。"
    assert refusal(s, "0").code == "E202"


def test_a_failing_of_its_own_after_counts_or_tiers():
    # …每少报1次扣1.5分;未制定整顿方案的,不得分: the plan is a yes/no of its own (read as no reports at all)
    s = "作风纪律整顿(6分):按季度报送作风纪律整顿进展情况,每少报1次扣1.5分;未制定整顿方案的,不得分。"
    assert scores(s, [("4", "否"), ("3", "否"), ("4", "是")]) == ["6", "4.5", "0"]
    # the act required, not done at all, stays a count of 0
    assert scores("每年召开全体会议不少于2次,每少1次扣1分,未召开的不得分", ["1", "0"], points="3") == ["2", "0"]


def test_failings_of_a_standard_for_each_are_counted():
    # 每处监测员不少于1名,每发现1处未落实监测员的扣0.5分: the places failing, a count (read as each
    # place's monitors, one value of 3 lost nothing)
    s = "地质灾害隐患点每处监测员不少于1名,每发现1处未落实监测员的扣0.5分,扣完为止。"
    assert scores(s, ["0", "3", "5"], points="2") == ["2", "0.5", "0"]
    # a measure of each case in its own clause stays one per record
    s = "各职能单位因履职不到位引发森林火灾的,单起受害面积30亩以上的扣10分,扣完为止。"
    assert score(s, "35", "10", points="20") == "10"


def test_a_limit_after_an_exception_in_brackets():
    # 每件扣0.2分(经核实确属诉求不合理的不扣分),扣满2分为止 (the limit went with the exception, unread)
    s = "群众通过网上评价“不满意”的,每件扣0.2分(经核实确属诉求不合理的不扣分),扣满2分为止。"
    assert scores(s, ["3", "15"]) == ["-0.6", "-2"]


def test_not_reaching_the_average_and_awards_above_it():
    # 未达到平均数的得1分: below it (read as reaching it, one below the average scored 0)
    s = "农村民居地震安全工程建设完成户数超过全县各乡镇平均数的得3分,未达到平均数的得1分。"
    assert [try_rule(s, [v], others=[["40"], ["50"]]).score for v in ("30", "60")] == ["1", "3"]
    # 低于平均水平的扣1分;高于的,每高1个百分点加0.2分: the awards above start at 0 (read as from the −1)
    s = "网上信访事项群众参评率低于全市平均水平的扣1分;高于全市平均水平的,每高1个百分点加0.2分,最多加1分。"
    assert [try_rule(s, [v], others=[["70%"], ["68%"]]).score for v in ("72%", "80%", "60%")] == ["0.4", "1", "-1"]


def test_a_heading_with_a_share_and_numbering_after_its_colon():
    # 医保电子凭证激活(3分):按任务完成比例计分,…的得满分: the share stays the heading's statement's own
    s = "医保电子凭证激活(3分):按任务完成比例计分,完成率100%及以上的得满分,低于60%的不得分。"
    assert refusal(s, "80%", points="3").code == "E502"
    # 保洁队伍建设(5分):1、按…: 1、 numbers the parts, no count of 1; the 5 are the parts' 2+2+1,
    # the first part's deductions off its own 2
    s = ("保洁队伍建设(5分):1、按每500人配备1名保洁员的标准配齐保洁员的,得2分,每少配1名扣0.5分;"
         "2、保洁员工资按时足额发放的,得2分;3、建立保洁员考勤台账的,得1分。")
    assert scores(s, [("0", "是", "是"), ("2", "是", "否"), ("5", "否", "是")], points="5") == ["5", "3", "1"]


def test_tiers_against_the_average_take_the_steps_unit():
    # 低于全县平均值的得3分;高于的,每高出0.5个点扣1分: one rate (a bare 3.0 was read as 300 points above)
    s = "辖区万车死亡率低于全县平均值的得3分;高于全县平均值的,每高出0.5个点扣1分,最多扣3分。"
    assert try_rule(s, ["3%"], Decimal("3"), [["2%"], ["1%"]]).score == "1"
    with pytest.raises(Stop):
        try_rule(s, ["3.0"], Decimal("3"), [["2.0"], ["1.0"]])


def test_the_item_lost_as_a_clauses_other_answer():
    # …的得2分;…签订…的得2分,未签订的,本项不得分: the whole item (read as the clause's own 2 only)
    s = ("组织保障(4分):成立以乡镇长为组长的控辍保学领导小组的得2分;与村(社区)、学校签订控辍保学目标责任书的得2分,"
         "未签订的,本项不得分。")
    assert scores(s, [("是", "否"), ("是", "是"), ("否", "是")], points="4") == ["0", "4", "2"]
    # alone, the other answer is the clause's own
    assert scores("建立制度的得2分,未建立的不得分。", ["否", "是"]) == ["0", "2"]


def test_a_range_of_time_late_is_a_tier():
    # 逾期1至5日的扣0.5分,逾期5日以上的扣1分: tiers of the days late (refused: 逾期 took 1 as days, then 至)
    s = "逾期1至5日的扣0.5分,逾期5日以上的扣1分"
    assert scores(s, ["0", "3", "5", "6"]) == ["0", "-0.5", "-0.5", "-1"]
    assert scores("迟报1天扣0.1分", ["2"]) == ["-0.2"]


def test_a_negation_reaches_its_comparison_across_a_period():
    # 未落实每学期不少于4课时要求的: each school below 4 hours (read as at 4 or more, 每学期 between them)
    s = "每发现1所学校未落实每学期不少于4课时要求的,扣0.5分。"
    assert score(s, "3", "2", "6") == "-1"


def test_a_headings_points_over_a_base_are_the_items():
    # 网格履职绩效(30分):基础分20分,…: the 30 was a yes/no of its own on top of the base (是 added 30)
    s = "网格履职绩效(30分):基础分20分,每有效上报1起网格事件加0.5分,加满10分为止;上报虚假信息的,每起扣2分。"
    assert scores(s, [("0", "0"), ("30", "0"), ("4", "3")]) == ["20", "30", "16"]
    # the base in the heading's own statement starts the sentence; the limit on what is added is
    # on both awards before it
    s = "公共文化服务(10分):基础分6分;获评省级示范文化站的加2分,获评市级示范文化站的加1分;发生安全责任事故的扣5分。"
    assert scores(s, [("是", "否", "否"), ("否", "否", "是"), ("是", "是", "否")]) == ["8", "1", "9"]
    s = ("爱国卫生(5分):基础分4分。获评省级卫生村(社区)的每个加0.5分,市级卫生村(社区)每个加0.2分,加分不超过1分;"
         "暗访发现背街小巷、农贸市场环境卫生脏乱差的,每处扣0.5分,最多扣4分。")
    assert scores(s, [("2", "5", "9"), ("1", "3", "0")]) == ["1", "5"]
    # a rule line of other points than the heading's: which is meant is not said
    assert refusal("公文处理(10分):基础分7分;被通报表扬的,每次加1分;被退文的,每件扣0.5分。", points="12").code == "E202"


def test_none_at_all_before_tiers_of_a_count_is_the_tier_of_0():
    # 0件的得5分 / 未新增的得5分 before 1至2件的得3分: read as a yes/no of its own beside the tiers
    for s in ("年内新增信访积案0件的得5分;1至2件的得3分;3件以上的不得分。",
              "年内未新增信访积案的得5分;1至2件的得3分;3件以上的不得分。"):
        assert scores(s, ["0", "2", "3"]) == ["5", "3", "0"]
    # deductions after it come off its points: no tier of 0
    s = "全年未发生非法采砂行为的得3分;发生1起的扣1分,发生2起及以上的不得分。"
    assert scores(s, ["0", "1", "2"]) == ["3", "2", "0"]


def test_grade_codes_after_words_of_their_own_are_one_scale():
    # 考核中获评A级的得3分,B级的得2分: each read as a yes/no of its own (a unit at A and B scored 5),
    # and 评为A级 asked for 评为A级 where the assessors write A级
    for s in ("在全省公共资源交易平台运行服务考核中获评A级的得3分,B级的得2分,C级的得1分。",
              "心理健康辅导室建设达到A级标准的得3分,B级的得2分,C级的得1分。",
              "评为A级的得3分,B级的得2分,C级的得1分。"):
        assert scores(s, ["A级", "B级", "C级"]) == ["3", "2", "1"]


def test_places_from_the_top_and_the_bottom_are_one_rank():
    # 前三名的分别加3分、2分、1分;后两名的各扣1分: refused as two ranks; 各扣 read a count of places (2 took 2)
    s = "全市住建系统年度考核中,排名前三名的,分别加3分、2分、1分;排名后两名的,各扣1分。"
    assert scores(s, [("1", "10"), ("3", "10"), ("9", "10"), ("5", "10")]) == ["3", "1", "-1", "0"]
    assert scores("排名后两名的各扣1分。", [("9", "10"), ("8", "10")]) == ["-1", "0"]
    # the rest after places listed
    assert scores("排名前三名的分别加3分、2分、1分,其余得0.5分。", [("2", "10"), ("7", "10")]) == ["2", "0.5"]
    # 第二、三名: the next place listed without its 第 (read as 第二 alone, the third scored nothing)
    assert scores("获第一名的加2分,第二、三名的加1分。", [("3", "10"), ("4", "10")]) == ["1", "0"]
    assert refusal("获第一名的加2分,第二、四名的加1分。").code == "E218"


def test_points_added_above_the_average_are_no_start_for_steps_below_it():
    # 高于平均的加1分,低于平均的每低1个百分点扣0.2分: below the average took 0.2 a point from the 1
    # (a unit below the average kept it); 得3分 stays where the steps count down from
    s = "签约率高于全县平均水平的加1分,低于全县平均水平的每低1个百分点扣0.2分,最多扣1分。"
    assert try_rule(s, ["70%"], None, [["80%"], ["80%"], ["78%"]]).score == "-1"
    assert try_rule(s, ["74%"], None, [["76%"], ["76%"], ["76%"]]).score == "-0.2"
    s = "整改率高于全市平均水平的得3分;低于全市平均水平的,每低1个百分点扣0.5分,扣完为止。"
    assert try_rule(s, ["86%"], None, [["88%"], ["88%"], ["86%"]]).score == "2.5"


def test_the_whole_item_lost_answers_the_first_clause_across_others():
    # …全部落实的,得6分;…25%以上的得4分…;整合计划未全部落实的,本项不得分: read as the tiers' lowest,
    # 否 with 30% kept the 4
    s = ("涉农资金整合计划全部落实的,得6分;整合资金规模占年度农田水利总投资的25%以上、15%以上和8%以上的,"
         "分别得4分、3分和1分;整合计划未全部落实的,本项不得分。")
    assert scores(s, [("否", "30%"), ("是", "30%"), ("是", "5%")], points="10") == ["0", "10", "6"]


def test_growth_the_other_way_is_a_tier_of_the_same_rate():
    # 负增长的不得分 after tiers of growth: a yes/no of its own beside the rate (two values for one)
    s = "畜牧业产值增速达到8%以上的得6分,6%(含)至8%的得4分,4%(含)至6%(不含)的得2分,不足4%的得1分,负增长的不得分。"
    assert scores(s, ["8%", "3.5%", "0%", "-1%"]) == ["6", "1", "1", "0"]
    s = "执法检查企业数量同比增长10%以上的得2分,增长5%(含)至10%的得1分,增长不足5%的得0.5分,同比持平或下降的不得分。"
    assert scores(s, ["10%", "4.9%", "0%", "-3%"]) == ["2", "0.5", "0", "0"]
    # a growth named (增速) may fall below 0, and -1% is short of 4%; a rate that names no change
    # is never below 0
    assert scores("增速达到8%以上的得6分,4%至8%的得3分,不足4%的得1分", ["-1%"]) == ["1"]
    assert refusal("覆盖率达到8%以上的得6分,4%至8%的得3分,不足4%的得1分", "-1%").code == "E406"
    # tiers of a fall keep the rise a yes/no (is −6% a fall or a rise?)
    s = "一般性支出同比下降5%以上的得3分,下降0—5%的得2分,同比增长的不得分。"
    assert scores(s, [("6%", "否"), ("3%", "否"), ("0%", "是")]) == ["3", "2", "0"]


def test_not_attaining_after_a_standard_is_its_other_answer():
    # …不低于…平均工资的得3分,未达到的不得分;…扣1分: 未达到 was asked as a failing of its own, and
    # the answer to the first clause went to it (是 scored 0)
    s = "专职人员工资待遇不低于当地上年度城镇非私营单位在岗职工平均工资的得3分,未达到的不得分;未按规定缴纳社会保险的扣1分。"
    assert scores(s, [("是", "否"), ("是", "是"), ("否", "否")]) == ["3", "2", "0"]


def test_a_range_after_xinzeng_and_a_years_count_after_a_periods():
    # 新增1至2名加0.5分: 增 before 1 was taken for 加, the range lost its 1 (1 new worker scored 0)
    s = "通过政府购买服务方式新增禁毒社工的,新增1至2名加0.5分,3名以上加1分。"
    assert scores(s, ["0", "1", "2", "3"]) == ["0", "0.5", "0.5", "1"]
    # 每半月上报1次…,全年应报24次: the 24 are the year's (read as 24 each half month: 576)
    s = "测报点每半月上报1次监测数据,全年应报24次,每缺报1次扣0.2分,迟报1次扣0.1分。"
    assert scores(s, [("24", "0"), ("22", "3"), ("20", "0")], points="4") == ["4", "3.3", "3.2"]
    assert score("每月应开展2次,每少1次扣0.5分", "22") == "-1"


def test_a_limit_on_what_is_added_leaves_tiers_given_beside_it():
    # 控制在10%以内的得6分,每降低1个百分点加1分,最高加3分: the 3 limited the 6 too (never above 3)
    s = "公共供水管网漏损率控制在10%以内的得6分,每降低1个百分点加1分,最高加3分;高于10%的不得分。"
    assert scores(s, ["10%", "8%", "6%", "11%"], points="9") == ["6", "8", "9", "0"]


def test_a_bare_condition_beside_tiers_of_the_units_own_is_refused_before_counts():
    # …达到100万元以上的得3分;…;不足50万元的,每发放1笔计0.2分: 不足50万元 was taken as each loan's, and
    # the 0.2s went on every tier (60万 with 3 loans scored 2.6)
    s = "贷款金额达到100万元以上的得3分;50万元以上不足100万元的得2分;不足50万元的,每发放1笔计0.2分,最高计1分。"
    assert refusal(s).code == "E202"
    # words of its own say what each one is
    s = "进出口额达到5000万元的得6分;不足1000万元的不得分;新培育企业年交易额超过500万元的,每家加1分。"
    assert scores(s, [("5000万", "1"), ("800万", "2")]) == ["7", "2"]


def test_steps_with_a_threshold_of_their_own_beside_an_anchor_start_there():
    # …达到85%以上的得5分,每低…;达到90%以上的,每高1个百分点加0.2分: the awards counted from 85% (90% gave 6)
    s = "无公害防治率达到85%以上的得5分,每低1个百分点扣0.5分;达到90%以上的,每高1个百分点加0.2分,最高加1分。"
    assert scores(s, ["90%", "92%", "85%", "80%", "96%"]) == ["5", "5.4", "5", "2.5", "6"]


def test_deductions_for_every_value_an_award_leaves_count_down_from_it():
    # 面积达到60平方米以上…的得2分,面积不足60平方米的扣1分: read from 0, 50 m² scored −1 (0 under the
    # floor, the same as 不得分); the 扣1分 comes off the 2, as 否则扣1分 does
    s = "村卫生室业务用房面积达到60平方米以上且“四室”分设的得2分,面积不足60平方米的扣1分,“四室”未分设的扣1分。"
    assert scores(s, [("70", "否"), ("50", "否"), ("70", "是"), ("45", "是")], points="2") == ["2", "1", "1", "0"]
    s = "抽查合格率达到90%以上的得5分,80%(含)至90%的扣1分,低于80%的扣3分。"
    assert scores(s, ["95%", "85%", "70%"]) == ["5", "4", "2"]
    # a middle that no tier holds leaves the deduction below nothing
    s = "知晓率高于全县平均水平的得2分,低于全县平均水平的扣1分。"
    assert try_rule(s, ["80%"], others=[["90%"]]).score == "-1"


def test_a_second_requirement_beside_otherwise_is_a_yes_no_of_its_own():
    # …达到60平方米以上且“四室”分设的得2分,否则不得分: 否则 answers the whole clause; the words after
    # 且 are a yes/no beside the area (60 m² alone scored 2; then refused)
    for s in ("面积达到60平方米以上且“四室”分设的得2分,否则不得分。",
              "面积达到60平方米以上且“四室”分设的得2分,未达到的不得分。"):
        assert scores(s, [("70", "是"), ("70", "否"), ("50", "是")], points="2") == ["2", "0", "0"]


def test_two_places_in_one_clause_are_refused():
    # 前五名(第一名除外)的加1分: read as the 第一名 in the brackets, the 前五名 was lost (2nd place scored 0)
    s = "全县评比中获评第一名的加2分,前五名(第一名除外)的加1分。"
    assert refusal(s).code == "E218"
    s = "全县评比中获评第一名的加2分,第2至5名的加1分。"
    assert scores(s, [("1", "30"), ("2", "30"), ("5", "30"), ("6", "30")]) == ["2", "1", "1", "0"]
    # a place before a comma describes what is ranked
    s = "按站点进入前45名的次数排名,第一名得100分,每降低一个位次减5分"
    assert scores(s, [("1", "30"), ("3", "30")]) == ["100", "90"]


def test_grades_that_take_points_off_and_grades_given_nothing():
    # A级的加2分,B级的加1分,C级的不加分,D级的扣1分: one grade (three yes/no before, C级 no answer)
    s = "社区侨务工作规范化建设经市侨办评估为A级的加2分,B级的加1分,C级的不加分,D级的扣1分。"
    assert scores(s, ["A级", "B级", "C级", "D级"]) == ["2", "1", "0", "-1"]
    # the levels in quotes are the levels (a yes/no each before)
    s = "乡镇统战工作示范点经县委统战部验收评定为“优秀”的得3分,“良好”的得2分,“合格”的得1分。"
    assert scores(s, ["优秀", "良好", "合格"]) == ["3", "2", "1"]
    # one grade given points and one given nothing is no scale: the nothing says nothing
    assert rule_kinds("经评估为A级的加2分,C级的不扣分。") == rule_kinds("经评估为A级的加2分。")


def test_a_name_and_its_points_before_a_full_stop_head_the_sentence():
    # 机关干部职工捐款率(10分)。…: the 10 were a yes/no of their own beside the tiers
    s = ("机关干部职工捐款率(10分)。当年机关干部职工捐款率未达到60%的不得分,60%(含)至80%(不含)的得6分,"
         "80%(含)以上的得10分。")
    assert scores(s, ["50%", "60%", "80%"]) == ["0", "6", "10"]


def test_the_items_points_said_in_a_clause_of_their_own():
    # …每处扣0.1分;本项3分,扣完为止: the 3 are what the deductions come off (refused before: 加 or 扣?)
    s = "盲道被占用、损毁的,每发现1处扣0.2分;缘石坡道缺失的,每处扣0.1分;本项3分,扣完为止。"
    assert scores(s, [("0", "0"), ("5", "3"), ("20", "0")]) == ["3", "1.7", "0"]
    s = "在市级媒体刊发的,每篇计0.5分;本项3分。"
    assert scores(s, ["4", "8"]) == ["2", "3"]
    # after a condition, 本项3分 is what the clause gives; 本项0分 is the veto
    assert scores("达到标准的,本项3分。", ["是", "否"]) == ["3", "0"]
    assert scores("发生重大事故的,本项0分。", ["是", "否"], points="5") == ["0", "5"]


def test_a_count_the_sentence_measures_in_parts_takes_parts():
    # 达到4.5个以上的, 每超0.1起: the value may be 4.2 (refused before: no whole number)
    s = "每千人口拥有托位数达到4.5个以上的得10分,3.5个(含)至4.5个的得7分,低于3.5个的不得分。"
    assert scores(s, ["4.5", "4.2", "3"]) == ["10", "7", "0"]
    s = "每万人口民转刑案件数控制在0.5起以内的得2分;超过的,每超0.1起扣0.5分,扣完为止。"
    assert scores(s, ["0.5", "0.72"]) == ["2", "1"]
    # whole numbers stay whole
    assert refusal("每少1人扣0.5分", "1.5").code == "E503"


def test_counted_awards_limited_then_deductions_build_up_from_nothing():
    # 每人计0.02分,最高计1.5分;…每人扣0.1分: the item is built from 0, the deductions come off what
    # was built (refused before: from the item's 1.5, or from 0?)
    s = "帮扶就业困难人员实现就业的,每人计0.02分,最高计1.5分;就业困难人员认定不规范被查出的,每人扣0.1分,扣完为止。"
    assert scores(s, [("50", "0"), ("100", "2"), ("20", "5")], points="1.5") == ["1", "1.3", "0"]
    # deductions first and awards after still leave the start unsaid
    s = "综治工作信息每季度报送不少于3条,每少1条扣0.2分;被市级以上采用的,每条加0.1分,加分最多0.5分。"
    assert refusal(s, points="3").code == "E202"


def test_a_limit_after_kinds_listed_with_a_dun_is_refused_before_more_clauses():
    # 每发展1名成人会员计0.02分、青少年会员计0.01分,最高计1分;…扣0.5分: the limit went on the young
    # members alone (60 and 30 members scored 1.5)
    s = "发展红十字会员,每发展1名成人会员计0.02分、青少年会员计0.01分,最高计1分;会员会费收缴率低于80%的扣0.5分。"
    assert refusal(s).code == "E202"
    assert scores("每发展1名成人会员计0.02分、青少年会员计0.01分,最高计1分。", [("60", "30")]) == ["1"]


def test_study_hours_and_averages():
    # 32学时以上的: 学时 is a counter (read as a yes/no of its own before, beside 低于24学时 as a number)
    s = "党员人均参加集中学习培训32学时以上的得3分,24学时至32学时的得2分,低于24学时的不得分。"
    assert scores(s, ["40", "30", "23.5"]) == ["3", "2", "0"]
    # an average comes in parts (29.5 beds per thousand was refused as no whole count)
    s = "每千名老年人拥有养老床位数达到35张以上的得4分,30张(含)至35张的得3分,低于30张的不得分。"
    assert scores(s, ["35", "29.5", "32.5"]) == ["4", "0", "3"]


def test_the_act_counted_not_done_at_all_is_a_count_of_none():
    # …参加培训的,每人次得0.5分,最高2分;经办人员未参加培训的,不得分: one count (a second yes/no before)
    s = "单位政府采购经办人员参加财政部门组织培训的,每人次得0.5分,最高2分;经办人员未参加培训的,不得分。"
    assert scores(s, ["0", "1", "5"]) == ["0", "0.5", "2"]


def test_a_limit_closing_its_clause_ends_the_counting():
    # 每人次得0.5分,最高2分;…建立…制度的得1分: after the ; that ends the limit, the award is a yes/no
    # (counted per occurrence before, it asked how many)
    s = "单位经办人员参加财政部门组织培训的,每人次得0.5分,最高2分;建立采购内控制度的得1分。"
    assert scores(s, [("3", "是"), ("0", "否")]) == ["2.5", "0"]


def test_a_limit_below_one_piece_before_it_is_the_last_clauses():
    # 国家级每条计1分,…;在区级平台刊发的每条计0.05分,最高计0.5分;本项合计最高计3分: the 0.5 limited
    # all four kinds and the 3 was lost (1, 1, 1 and 2 pieces scored 0.5)
    s = ("非遗保护工作信息被上级部门采用的,国家级每条计1分,省级每条计0.5分,市级每条计0.2分;"
         "在区级平台刊发的每条计0.05分,最高计0.5分;本项合计最高计3分。")
    assert scores(s, [("1", "1", "1", "2"), ("0", "2", "5", "20"), ("2", "2", "0", "0")]) == ["1.8", "2.5", "3"]
    # a limit of its own clause after kinds of one breath is theirs together
    s = "中央级媒体每篇计1分;省级媒体每篇计0.5分;市级媒体每篇计0.2分,最高计3分。"
    assert scores(s, [("2", "2", "5")]) == ["3"]


def test_a_failing_after_the_first_clauses_other_answer_is_its_own():
    # …专题研究…的计2分,未研究不计分,研究后未落实的扣1分: 未研究 is the first clause's other answer, so the
    # failing after it comes off the 2 (refused before: the other answer, or another thing?)
    s = "乡镇党委专题研究社会组织工作的计2分,未研究不计分,研究后未落实的扣1分。"
    assert scores(s, [("是", "否"), ("是", "是"), ("否", "否")]) == ["2", "1", "0"]
    # where the first clause asks for what the failing denies, 否 may be the failing's case: refused
    s = "村(社区)党组织专题研究禁毒工作,落实人员和经费的计4分,未研究的不计分,只研究不落实的扣2分。"
    assert refusal(s).code == "E202"


def test_a_total_the_sentence_reaches_is_the_items_points_said_again():
    # …不低于98%的得3分,每降低1个百分点扣0.5分;…每10起扣0.1分,最多扣1分。(3分): refused before (a start,
    # or a limit?); the sentence gives 3 at most, so the 3 are those points
    s = ("危险化学品运输车辆动态监控上线率不低于98%的得3分,每降低1个百分点扣0.5分;"
         "超速、疲劳驾驶报警未及时处置的,每10起扣0.1分,最多扣1分。(3分)")
    assert scores(s, [("99%", "0"), ("96%", "20"), ("90%", "50")], points="3") == ["3", "1.8", "0"]


def test_a_count_of_grades_announces_the_bands():
    # 考核结果分为四个等次:90分以上为优秀,…: 四个 was read as a grade of its own
    s = "考核结果分为四个等次:90分以上为优秀,80至89.9分为良好,60至79.9分为一般,不足60分为较差。"
    assert scores(s, ["92", "85", "59"]) == ["优秀", "良好", "较差"]


def test_a_count_inside_a_headings_name_is_a_word_of_it():
    # 残疾人两项补贴(4分):…: 两项 was a target of the heading's own (refused: a heading with words to read)
    s = "残疾人两项补贴(4分):按时足额发放的得4分,未足额发放的按实际发放比例计分。"
    assert scores(s, ["100%", "50%"]) == ["4", "2"]
    # a count that ends the heading is what it asks
    s = "全年用稿12篇(6分):每少1篇扣0.5分。"
    assert scores(s, ["12", "10"]) == ["6", "5"]


def test_a_share_of_the_same_points_is_the_other_answer():
    # 完成率达到100%的得4分;未完成的,按完成率乘以4分计分: one rate (read as two values, 100% scored 8)
    s = "完成率达到100%的得4分;未完成的,按完成率乘以4分计分。"
    assert scores(s, ["100%", "80%", "50%"]) == ["4", "3.2", "2"]
    s = "自然灾害综合风险普查任务按完成率×4分计分,完成率低于50%的不得分。"
    assert scores(s, ["90%", "40%"]) == ["3.6", "0"]
    assert scores("覆盖率达到100%的得2分,未达到的按覆盖率折算得分。", ["100%", "75%"]) == ["2", "1.5"]
    # a share of other points for the case not reached: refused (read apart, 100% scored 4 and 3)
    assert refusal("完成率达到100%的得4分;未完成的,按完成比例计3分。").code == "E202"


def test_the_whole_item_lost_right_after_the_award():
    # …列入本级财政预算的得1分,未列入的本项不得分;…加2分: 否 kept the growth awards (15% scored 2)
    s = "禁毒专项经费列入本级财政预算的得1分,未列入的本项不得分;较上年增长10%以上的加2分,增长5%(含)至10%的加1分。"
    assert scores(s, [("否", "15%"), ("是", "15%"), ("是", "7%")], points="3") == ["0", "3", "2"]


def test_a_requirement_each_period_then_otherwise():
    # 每学期…不少于1次,否则扣1分: 是 is the requirement met (是 took the 1 before)
    s = "镇(街道)分管领导每学期到老年学校调研指导不少于1次,否则扣1分。"
    assert scores(s, ["是", "否"]) == ["0", "-1"]


def test_the_rate_itself_times_the_points_below_the_target():
    # …达到90%以上的得3分,低于90%的按执行率×3分计分: 80% is 0.8 × 3 (a share of the 90% gave 2.67)
    s = "项目资金执行率(3分):年底前执行率达到90%以上的得3分,低于90%的按执行率×3分计分。"
    assert scores(s, ["95%", "90%", "80%"]) == ["3", "3", "2.4"]
    s = "联网直报企业报表按期上报率达到98%以上的得4分;低于98%的,按实际按期上报率折算得分。"
    assert scores(s, ["99%", "90%"]) == ["4", "3.6"]
    # 按比例计分 with no rate named stays a share of the target
    assert scores("完成率达到90%的得5分;未达到的按完成比例计分。", ["72%"]) == ["4"]


def test_a_base_said_with_yi_and_wei():
    # 以2分为基础分,…的加2分、…的加1分;…每次扣1分: the 2 were taken for the 加2分 said twice, and lost
    s = "以2分为基础分,托养机构被评为省级示范机构的加2分、市级示范机构的加1分;被上级通报批评的,每次扣1分。"
    assert scores(s, [("否", "否", "0"), ("是", "否", "0"), ("否", "否", "2")]) == ["2", "4", "0"]


def test_a_limit_on_the_same_amount_and_points_on_top_of_a_count():
    # 每1万元扣0.2分;违规金额超过5万元的,本项不得分: one amount (asked for twice before)
    s = "违规列支培训经费的,每1万元扣0.2分;违规金额超过5万元的,本项不得分。"
    assert scores(s, ["3万", "5万", "6万"], points="2") == ["1.4", "1", "0"]
    # 累计发现10户以上的,另扣1分: 1 on top of the 0.1 each, once the same count reaches 10
    s = "每发现1户扣0.1分;累计发现10户以上的,另扣1分;本项最多扣3分。"
    assert scores(s, ["9", "10", "12", "40"], points="3") == ["2.1", "1", "0.8", "0"]
    # a count of each project (同一工程…) is another value
    assert len(try_rule("每发现1处问题扣0.5分,同一工程发现问题3处以上的,该工程另扣2分。", None).needs) == 2


def test_values_are_taken_in_the_order_the_clauses_read_them():
    # …每辍学1人扣0.5分;…每劝返1人加0.2分;本项最高扣3分: the capped deduction is held after the
    # award, and `try` took the first value for the award
    s = "因工作不力造成学生辍学的,每辍学1人扣0.5分;对已辍学学生劝返复学的,每劝返1人加0.2分;本项最高扣3分。"
    assert scores(s, [("2", "0"), ("7", "0"), ("0", "3"), ("3", "2")]) == ["-1", "-3", "0.6", "-1.1"]
    assert [n.words[:6] for n in try_rule(s, None).needs] == ["因工作不力造", "对已辍学学生"]


def test_steps_go_on_from_the_narrowest_tier_they_touch():
    # 高于平均的得3分,持平的得2分,低于的每低1个百分点扣0.5分: 2 below the average is 2 − 1 (it
    # counted down from the 3 beyond 持平)
    s = ("义务教育学校学生体质健康测试合格率高于全县平均水平的得3分,与全县平均水平持平的得2分,"
         "低于全县平均水平的,每低1个百分点扣0.5分,扣完为止。")
    assert [try_rule(s, [v], Decimal(3), others=[[o], [o]]).score
            for v, o in (("88%", "91%"), ("86%", "92%"), ("96%", "92%"), ("90%", "90%"))] == ["1", "0", "3", "2"]
    s = "合格率高于90%的得3分,等于90%的得2分,低于90%的,每低1个百分点扣0.5分,扣完为止。"
    assert scores(s, ["95%", "90%", "88%"], points="3") == ["3", "2", "1"]


def test_a_limit_above_the_base_is_on_the_whole_sentence():
    # 基础分100分,…每次加3分,加分后总分不超过110分: 5 commendations reach 110, not 115
    s = ("党支部规范化建设实行百分制,基础分100分,检查发现不规范问题的,每个问题扣2分;"
         "被市直机关工委通报表扬的,每次加3分,加分后总分不超过110分。")
    assert scores(s, [("0", "5"), ("3", "5"), ("1", "1")]) == ["110", "109", "101"]


def test_the_first_places_counted_from_the_bottom():
    # 排名倒数前三名的扣1分: 倒数 was dropped and the first three lost 1
    s = "年度群众安全感满意度测评在全市乡镇中排名前三名的加1分,排名倒数前三名的扣1分,倒数第一名的扣2分。"
    assert scores(s, [("2", "15"), ("13", "15"), ("15", "15"), ("8", "15")]) == ["1", "-1", "-2", "0"]


def test_the_one_of_tongyi_is_a_word_and_the_highest_award_said_otherwise():
    # 同一项目按最高级别计奖: 一项 was taken for a count left unread (E218)
    s = "获得人社部表彰的奖2分,获得省人社厅表彰的奖1分,同一项目按最高级别计奖,不重复计分。"
    assert scores(s, [("是", "是"), ("否", "是"), ("否", "否")]) == ["2", "1", "0"]
    # a numeral after 统一 still counts
    assert score("态度不好或着装不统一一次扣1分", "2") == "-2"
    # 按最高奖次计分, 按最高级别计一次: the note on counts of several kinds
    s = "一等奖每件加2分,二等奖每件加1.5分,三等奖每件加1分,同一件提案按最高奖次计分,不重复加分。"
    assert score(s, "1", "1", "0") == "3.5"
    s = "国家级每篇计1分、省级每篇计0.5分、市级每篇计0.2分(同一稿件多家媒体刊发的,按最高级别计一次),本项最高计3分。"
    assert score(s, "1", "2", "5") == "3"


def test_reached_or_above_and_otherwise_beside_the_average():
    # 达到或高于全县平均水平的: 达到或 was not read (E102)
    s = "尿检覆盖率达到或高于全县平均水平的得3分;低于全县平均水平的,每低1个百分点扣0.5分,扣完为止。"
    assert [try_rule(s, [v], Decimal(3), others=[["90%"], ["92%"]]).score for v in ("88%", "91%")] == ["2", "3"]
    assert scores("合格率达到或超过90%的得3分,否则不得分。", ["90%", "89%"]) == ["3", "0"]
    # 否则不得分 is what no tier against the average holds
    s = "尿检覆盖率不低于全县平均水平的得3分,否则不得分。"
    assert [try_rule(s, [v], others=[["90%"], ["92%"]]).score for v in ("88%", "91%")] == ["0", "3"]
    # a failing of its own (未加装的: none at all) stays refused
    assert refusal("加装电梯完成数量高于全市平均数的得2分,等于或低于平均数的得1分,未加装的不得分。").code == "E202"
    # 低于的 after a tier against the average is below the same average
    s = "高于或等于全县平均水平的得6分,低于的得3分。"
    assert [try_rule(s, [v], others=[["6"], ["7"]]).score for v in ("5", "7")] == ["3", "6"]
    # an average of something else (当地公务员平均工资) is no average of the units: a yes/no
    s = "教师平均工资收入水平不低于当地公务员平均工资收入水平的得3分,否则不得分。"
    assert scores(s, ["是", "否"]) == ["3", "0"]


def test_places_after_weilie_and_the_rest_named():
    # 位列第一的得3分,…,其余名次得1分: 位列第一 was no place, 其余名次 no rest
    s = "在全市考评中位列第一的得3分,第二至第五名的得2分,其余名次得1分。"
    assert scores(s, ["1", "5", "7"]) == ["3", "2", "1"]


def test_the_act_the_count_tiers_count_not_done_at_all():
    # 5起以上的得2分,…;未破获毒品刑事案件的扣1分: none solved is a count of 0 (it asked a yes/no)
    s = "全年破获毒品刑事案件5起以上的得2分,在此基础上每多破1起加0.5分,最高加2分;未破获毒品刑事案件的扣1分。"
    assert scores(s, ["0", "3", "5", "7", "12"]) == ["-1", "0", "2", "3", "4"]
    # 未完成的 is short of the tier, not none at all
    assert scores("完成5件以上的得2分;未完成的扣1分。", ["3", "0"]) == ["1", "1"]


def test_an_award_after_the_note_on_the_highest_comes_on_top():
    # …区级的加1分,同一项目按最高级别加分,不重复计分;获得市级以上表彰的,另加0.5分: the 0.5 was one of
    # the levels (否 否 是 是 scored 1)
    s = ("创优评比(加分项):被评为省级物业服务示范项目的加3分,市级的加2分,区级的加1分,同一项目按最高级别加分,"
         "不重复计分;获得市级以上表彰的,另加0.5分;本项加分最高不超过3分。")
    assert scores(s, [("否", "否", "是", "是"), ("是", "是", "是", "是"), ("否", "是", "否", "否")]) == ["1.5", "3", "2"]


def test_more_words_beside_the_average():
    # 达不到的 after 达到…平均数以上的: below the same average (it was a yes/no of its own)
    s = "调解案件受理数达到全镇各村平均数以上的得2分,达不到的得1分。"
    assert [try_rule(s, [v], others=[["6"], ["9"]]).score for v in ("9", "3")] == ["2", "1"]
    # 全县村均水平 is an average of the units, as 全县平均水平 is
    s = "各乡镇村均集体经营性收入高于全县村均水平的得3分,低于全县村均水平的得1分。"
    assert [try_rule(s, [v], others=[["6"], ["9"]]).score for v in ("12", "3")] == ["3", "1"]
    # 每高1个百分点加0.2分…;低于…平均水平的不加分: one value (a second was asked for 不加分)
    s = "社会保险扩面征缴完成率高于全市平均水平的,每高1个百分点加0.2分,最高加1分;低于全市平均水平的不加分。"
    assert [try_rule(s, [v], others=[["90%"], ["90%"]]).score for v in ("93%", "85%", "99%")] == ["0.4", "0", "1"]
    # a requirement met every week stays a yes/no beside 未达到的
    s = "乡镇综合文化站每周免费开放时间不少于42小时的得2分,未达到的不得分。"
    assert scores(s, ["是", "否"]) == ["2", "0"]


def test_a_share_of_the_number_written():
    # 达到7%的得4分,未达到的按实际增速与7%的比例计分: 3.5% is half of the 7% (refused before: 计分 unread)
    s = "农村居民人均可支配收入增速达到7%的得4分,未达到的按实际增速与7%的比例计分。"
    assert scores(s, ["7%", "3.5%", "9%"]) == ["4", "2", "4"]
    s = "每万名常住人口配备专职网格员不少于8名的得2分;不足8名的,按实际配备数与8名的比例计分。"
    assert scores(s, ["8", "6", "10"]) == ["2", "1.5", "2"]
    s = "每万人口配备疾控机构人员达到1.75人以上的得2分;低于1.75人的,按实际配备人数与1.75人之比折算得分。"
    assert scores(s, ["1.4"]) == ["1.6"]
    # alone, a share of the 8 (the 8 was dropped and the value taken for a rate)
    assert score("按实际配备数与8名的比例计分。", "4", points="2") == "1"
    # another number than the target: refused
    assert refusal("增速达到7%的得4分,未达到的按实际增速与8%的比例计分。").code == "E202"


def test_a_failing_after_tiers_that_leave_nothing_over_is_its_own():
    # …低于90%的不得分;因处置不当引发负面舆情的,本项不得分: the tiers cover every rate, so the failing
    # is no rest of theirs (read as one, it was dropped: 100% with a negative story scored 3)
    s = ("按时办结率100%的得3分,95%(含)—100%的得2分,90%(含)—95%的得1分,低于90%的不得分;"
         "因处置不当引发负面舆情的,本项不得分。")
    assert scores(s, [("100%", "否"), ("100%", "是"), ("96%", "否")], points="3") == ["3", "0", "2"]
    # tiers that leave values over keep the failing as their rest
    assert scores("办结率90%以上的得2分,80%至90%的得1分;未开展的不得分。", ["95%", "50%"]) == ["2", "0"]
    # …but not an event caused (引发, 造成, 导致), any more than one that happened (发生)
    s = "办结率90%以上的得2分,80%至90%的得1分;因处置不当引发负面舆情的,本项不得分。"
    assert scores(s, [("95%", "否"), ("95%", "是")]) == ["2", "0"]
    # …or a thing the tiers never name (台账不规范的 was read as below 80%, and dropped above it)
    s = "办结率90%以上的得2分,80%至90%的得1分;台账不规范的,本项不得分。"
    assert scores(s, [("95%", "否"), ("95%", "是"), ("50%", "否")]) == ["2", "0", "0"]
    # none at all, the thing not there, the change the other way: below the lowest tier
    s = "队员人数达到20人以上的得2分,10—19人的得1分,不足10人的得0.5分,未组建的不得分。"
    assert scores(s, ["5", "0"]) == ["0.5", "0"]


def test_an_event_that_loses_the_item_is_no_grade():
    # A级的得3分,…;发生食物中毒事件的,该项不得分: the event was read as a fourth grade
    s = "学校食堂食品安全量化等级为A级的得3分,B级的得2分,C级的得1分;发生食物中毒事件的,该项不得分。"
    assert scores(s, [("A级", "否"), ("A级", "是"), ("C级", "否")], points="3") == ["3", "0", "1"]
    # the absence of the thing itself is still the last option
    assert score("有独立办公用房15分,与其他单位共用办公用房9分,无办公用房0分", "无办公用房") == "0"


def test_no_fall_said_with_the_change_the_other_way():
    # …下降不足3%的得2分;持平或不降反增的不得分: a rise (entered as 0%) scored 2, the failing taken as
    # the rest of tiers that already held every value
    s = "人均生活垃圾清运量较上年下降5%以上的得6分,下降3%(含)—5%(不含)的得4分,下降不足3%的得2分;持平或不降反增的不得分。"
    assert scores(s, ["0%", "1%", "3%", "6%"], points="6") == ["0", "2", "4", "6"]


def test_an_event_after_the_written_other_answer_is_its_own():
    # …的得2分,否则不得分;报告内容与上年雷同的,再扣1分: the event was read as the award's other
    # answer, one yes/no, so a report never published scored 1
    s = "按时公开年度报告的得2分,否则不得分;报告内容与上年雷同的,再扣1分。"
    assert scores(s, [("是", "否"), ("否", "否"), ("是", "是")], points="2") == ["2", "0", "1"]


def test_a_count_after_an_answered_award_is_its_own():
    # 制定…的得3分,未制定的不得分;另…每缺一项扣0.5分: the 3 was where the count started, and a
    # plan never made lost nothing
    s = "制定年度实施方案的得3分,未制定的不得分;另方案每缺一项规定内容扣0.5分。"
    assert scores(s, [("是", "0"), ("否", "0"), ("是", "2")], points="3") == ["3", "0", "2"]


def test_a_failing_of_another_thing_after_count_tiers():
    # 缺额一名的扣1分,缺额两名以上的扣3分;班子不团结…的,本项不得分: the failing was read as none
    # missing, so a full team lost the item
    s = "班子成员缺额一名的扣1分,缺额两名以上的扣3分;班子不团结影响工作的,本项不得分。"
    assert scores(s, [("0", "否"), ("0", "是"), ("1", "否")], points="4") == ["4", "0", "3"]


def test_a_count_of_another_act_after_steps_of_what_is_missing():
    # 每缺1人次扣0.5分;…流失两名以上的,本项不得分: people lost, not people missing (2 missing lost
    # the item)
    s = "基层锻炼每缺1人次扣0.5分;服务期内流失两名以上的,本项不得分。"
    assert scores(s, [("2", "0"), ("0", "2")], points="3") == ["2", "0"]
    # the lack named again is the same count
    assert scores("每缺1人扣0.5分,缺3人以上的不得分。", ["2", "3"], points="3") == ["2", "0"]


def test_tiers_and_a_count_in_another_counter():
    # 12场以上的得3分,…;受众超过5000人次的另加1分: people, not talks (read as one count, 12 talks
    # scored 3 and 6,000 talks 1)
    s = "开展宣讲12场以上的得3分,8—11场的得2分,不足8场的不得分;受众累计超过5000人次的另加1分。"
    assert scores(s, [("12", "100"), ("12", "6000"), ("9", "6000")]) == ["3", "4", "3"]
    # the counter nearest the points (任何一项,一次扣5分: times)
    assert scores("违反管理制度任何一项,一次扣5分,2次以上不得分。", ["1", "2"], points="10") == ["5", "0"]


def test_a_change_on_last_year_after_tiers_of_a_number():
    # 低于20人的得3分,…;比上年每上升1人扣0.5分: the rise is a value of its own (read as more of the
    # number, 25 people lost 2.5 beyond the tiers)
    s = "每万人口现有吸毒人员低于20人的得3分,20人(含)—30人的得2分,30人以上的不得分;比上年每上升1人扣0.5分。"
    assert scores(s, [("15", "0"), ("15", "2"), ("25", "1")], points="3") == ["3", "2", "1.5"]


def test_two_rates_named_apart():
    # 满意度…;问卷回收率低于80%的,扣1分: 满意度 names a rate as 率 does
    s = "满意度达到95%以上的得4分,90%—95%的得3分;问卷有效回收率低于80%的,扣1分。"
    assert scores(s, [("96%", "85%"), ("96%", "70%"), ("92%", "70%")], points="4") == ["4", "3", "2"]
    # …and a formula's score named 满意度调查得分 is a score, not a share
    assert score("得分=满意度调查得分×5%。", "88", points="5") == "4.4"
    # a number in the name (12345热线) is no number of the rate
    s = "12345热线按时办结率达到98%以上的得2分,每低1个百分点扣0.2分;诉求人满意率低于95%的,每低1个百分点扣0.2分。"
    assert scores(s, [("97%", "90%"), ("98%", "95%")], points="2") == ["0.8", "2"]


def test_what_a_rate_in_full_misses():
    # 回复率100%得3分,每有一件未回复的扣0.5分: the ones the rate misses, one value
    assert scores("投诉回复率100%得3分,每有一件未回复的扣0.5分。", ["2"]) == ["2"]
    # 覆盖率…;发现问题未督促整改的,每家扣0.5分: another act, a value of its own (read as the rate's
    # misses, a rate of 60% lost nothing)
    s = "监督检查覆盖率达到100%的得1分;检查中发现问题未督促整改的,每家扣0.5分。"
    assert scores(s, [("100%", "0"), ("60%", "0"), ("100%", "1")], points="1") == ["1", "0", "0.5"]
    # 另发现…的每处扣0.5分: said to come on top
    s = "遗体火化率达到100%的得3分;另发现乱埋乱葬的每处扣0.5分。"
    assert scores(s, [("90%", "0"), ("100%", "2")], points="3") == ["0", "2"]


def test_a_headings_points_start_every_deduction_after_it():
    # 统计工作(3分):迟报一次扣0.2分,漏报一次扣0.5分,本项扣分以2分为限: the 3 went with the first
    # clause alone, so the limit on both never held (5 late and 3 missed scored 0.5, not 1)
    s = "统计工作(3分):报表迟报一次扣0.2分,漏报一次扣0.5分,本项扣分以2分为限。"
    assert scores(s, [("5", "3"), ("1", "1"), ("0", "0")], points="3") == ["1", "2.3", "3"]


def test_more_ways_to_limit_what_is_taken():
    # 以减4分为限 (减 inside the limit)
    s = "被市级通报批评的,每次减1分;被省级通报批评的,每次减2分;以减4分为限。"
    assert scores(s, [("2", "2"), ("1", "0")]) == ["-4", "-1"]
    # 以本项分值为限, then the item's points printed after it
    s = "专职网格员未按标准配齐的,每缺1人扣0.5分,以本项分值为限。(2分)"
    assert scores(s, ["2", "5"]) == ["1", "0"]


def test_points_per_thing_with_a_limit_on_what_is_added():
    # 县级媒体0.5分/篇,…,年度加分不超过5分: no verb, but the limit on what is added says they are added
    s = "宣传报道被采用的,县级媒体0.5分/篇,市级1分/篇,省级及以上3分/篇,年度加分不超过5分。"
    assert scores(s, [("2", "1", "0"), ("2", "1", "2")]) == ["2", "5"]


def test_levels_named_in_quotes():
    # 为“红旗”等次的加2分,…: the level is 红旗 (it was 红旗”等次, which no value could match)
    s = "考评结果为“红旗”等次的加2分,“蓝旗”等次的加1分,“黄旗”等次的扣1分,“黑旗”等次的扣2分。"
    assert scores(s, ["红旗", "黄旗"]) == ["2", "-1"]


def test_a_failing_after_tiers_that_only_deduct_is_its_own():
    # 逾期1-5天的扣0.5分,逾期5天以上的扣1分;未报送的本项不得分: what such tiers leave is a report on time,
    # never a failing (read as their rest, 未报送 was dropped)
    s = "自查报告应于12月15日前报送,逾期1-5天的扣0.5分,逾期5天以上的扣1分;未报送的本项不得分。"
    assert scores(s, [("0", "否"), ("3", "否"), ("0", "是")], points="2") == ["2", "1.5", "0"]


def test_a_share_of_points_before_deductions():
    # 按期办结率×6分计分;…每件另扣1分: the 6 were read as where the count started, the rate dropped
    s = "重点督办事项(6分):按期办结率×6分计分;未按期办结事项被市领导批示督办的,每件另扣1分。"
    assert scores(s, [("90%", "1"), ("100%", "0"), ("50%", "0")], points="6") == ["4.4", "6", "3"]


def test_points_for_each_period_met_with_a_years_limit():
    # 每季度按时报送的得0.5分,全年满分2分: the quarters met (read as a yes/no, it could never reach 2)
    s = "水质监测数据报送按季度考核,每季度按时报送的得0.5分,全年满分2分。"
    assert scores(s, ["4", "3", "0"]) == ["2", "1.5", "0"]
    assert score("按月考核,每月支出进度达到序时进度的得1分,全年最高12分。", "7") == "7"
    # beside a deduction too (the 0.25 was where the deduction started, and the 3 was dropped)
    s = "每月按时完成运维报告的得0.25分,全年满分3分;月报出现数据错误的,每次扣0.1分。"
    assert scores(s, [("12", "2"), ("6", "0")]) == ["2.8", "1.5"]


def test_a_limit_on_each_one_is_refused():
    # 单笔逾期扣分不超过0.5分: each payment's limit, which days late in all cannot say (it was read as
    # the whole's)
    s = "应在10个工作日内足额发放,每逾期1个工作日扣0.1分,单笔逾期扣分不超过0.5分,扣完为止。"
    assert refusal(s).code == "E202"
    # the whole's limit reads as before
    assert score("每发现1起扣0.5分,累计扣分不超过2分。", "5") == "-2"


def test_awards_on_top_of_a_yes_no_are_no_steps_from_its_points():
    # 列入预算的得2分;…比上年每增加10万元加0.5分: the 2 were where the awards started, so a budget never
    # made still scored 2
    s = "人防经费列入本级财政预算的得2分;年度人防经费投入比上年每增加10万元加0.5分,最多加1分。"
    assert scores(s, [("是", "20万"), ("否", "0"), ("否", "10万")]) == ["3", "0", "0.5"]
    # steps past a number the first clause names go on from its points
    s = "当年固定资产投资完成2000万元得10分,不足2000万元不得分,每增加500万元加2分。"
    assert scores(s, ["2500万", "1000万"]) == ["12", "0"]


def test_a_tier_of_each_one_then_one_without_each_is_refused():
    # 每笔逾期1—5个工作日的扣0.5分,逾期5个工作日以上的扣1分: the second tier was read as the unit's
    # (a value of its own), the first as each payment's
    assert refusal("每笔逾期1—5个工作日的扣0.5分,逾期5个工作日以上的扣1分。").code == "E202"
    # 每笔 on both: tiers of each one
    s = "每笔逾期1—5个工作日的扣0.5分,每笔逾期5个工作日以上的扣1分。"
    assert score(s, "3", "7") == "-1.5"


def test_rates_joined_by_and_with_how_many_said():
    # 按时回复率和群众满意率两项均达到95%以上的: both rates (两项均 was left in the name, and one rate read)
    s = "按时回复率和群众满意率两项均达到95%以上的,加1分。"
    assert scores(s, [("96%", "97%"), ("96%", "90%")]) == ["1", "0"]
    # beside another clause it is refused, as 知晓率、参与率… is
    assert refusal("按时回复率和群众满意率两项均达到95%以上的,另加1分;任一项低于80%的,扣2分。").code == "E202"


def test_bare_points_for_each_failing_the_words_say_are_deducted():
    # 被子未叠2分/处: the words negate what is asked, so each one found is taken, never given (every
    # hand answer reads a checklist's 扣分标准 column so; it was refused)
    s = "被子未叠2分/处;"
    assert scores(s, ["0", "2", "15"], points="30") == ["30", "26", "0"]
    assert score("没按时打扫一次5分", "2") == "-10"
    # a state or an event stays unsaid (test_bare_points_per_failing_say_no_sign), as do awards per
    # item (论文200分/篇)
    assert refusal("论文200分/篇", "1").code == "E202"


def test_a_judged_range_with_no_verb_after_deductions():
    # …扣3分,无故不完成发展计划的1—3分: read as 得1—3分, a unit with no failing at all scored 2 of 6
    s = ("违反《细则》的扣6分;不制定发展党员计划的扣3分,无培养入党积极分子措施的扣3分,"
         "无故不完成发展计划的1—3分。不开展“推优育苗”的扣2分。")
    assert score(s, "否", "否", "否", "2", "否", points="6") == "4"
    assert score(s, "否", "是", "否", "1", "否", points="6") == "2"
    # bare points for a failing the words say, after deductions, are deducted too
    assert score("不制定发展党员计划的扣3分,无故不完成发展计划的2分。", "否", "是", points="6") == "4"
    # without words that say a failing, the sign stays unsaid
    assert refusal("地面不洁扣4分;窗不净扣2分;开关摆放1-2分", points="10").code == "E202"


def test_a_requirement_in_brackets_with_a_comma_is_read():
    # (每年至少4次,有会议记录),缺1次扣1分: the note in brackets was passed over, so 缺1次 read the
    # meetings missing, and a unit that held all 4 lost 3 of 3
    s = "领导小组定期研究综治工作(每年至少4次,有会议记录),缺1次扣1分。"
    assert scores(s, ["4", "6", "3", "1"], points="3") == ["3", "3", "2", "0"]
    # a note of other things in brackets is still a note
    s = "建设规范,做到有办公场所(有条件的可单独设置,合署办公的面积不少于30平方米),得2分。"
    assert scores(s, ["是", "否"]) == ["2", "0"]


def test_a_span_of_time_is_no_target_of_a_share():
    # 计算初中三年学生巩固率,按其比率赋分: 三年 was the target, so 95% scored 10 × 95/3 capped, 3.17
    assert refusal("计算初中三年学生巩固率,按其比率赋分。", points="10").code == "E218"
    assert score("按巩固率赋分。", "95%", points="10") == "9.5"


def test_a_question_then_the_answer_that_is_taken():
    # 是否清晰明朗,否扣0.5分 / 是否便于取阅,不便扣0.5分: the answer after the comma says which one loses
    # (refused: 是否 said neither); 是: that answer holds, as for any failing
    s = "档案标示是否清晰明朗,否扣0.5分。存放是否便于取阅,不便扣0.5分。"
    assert scores(s, [("否", "否"), ("是", "否"), ("是", "是")], points="5") == ["5", "4.5", "4"]
    # a negation in the question's own clause is what is asked; and points for a clause after the
    # answer (不符及时查明原因,否则扣10分) are not for the answer
    assert refusal("是否在寝室内私拉电线、网线或不按规定布线(10分)").code == "E218"
    assert refusal("定期检查账面结存数与实物是否相符,不符及时查明原因,否则扣10分。", points="10").code == "E218"


def test_level_words_of_different_things_are_no_scale():
    # 内容不完善扣1分;贯彻落实不到位扣1分: failings of two things (read as one scale of levels, a unit
    # with both lost 1, not 2)
    s = "无责任追究制和奖罚措施扣1分;内容不完善扣1分;贯彻落实不到位扣1分。"
    assert score(s, "否", "是", "是", points="3") == "1"
    # the same thing said shorter is one scale
    assert scores("贯彻落实一般的扣0.5分,落实不好的不得分。", ["一般", "不好"], points="2") == ["1.5", "0"]


def test_a_number_that_says_how_one_occurrence_is_counted_is_refused():
    # 迟到或早退超过30分钟视为旷工半天,旷工半天扣3分: read as a tier (超过30 扣3分, once), the half-days
    # absent for any other cause were dropped
    s = "每迟到或早退一次扣1分,迟到或早退超过30分钟视为旷工半天,旷工半天扣3分,旷工一天扣5分。"
    assert refusal(s, points="10").code == "E202"
    # deeming no count, the number is a tier as ever
    assert scores("完成率达到95%以上视为完成任务,得5分", ["96%", "90%"]) == ["5", "0"]


def test_full_marks_said_with_wei_limit_the_count():
    # 每篇计1分,满分为5分: 为5分 was read as a second count, 5 for each piece
    for s in ("每篇计1分,满分为5分", "每篇计1分,本项满分为5分", "每篇计1分,总分为5分", "每篇计1分,最高为5分",
              "每篇加1分,最高分为5分"):
        assert scores(s, ["3", "7"]) == ["3", "5"], s


def test_an_annex_number_is_no_target():
    # (见附件2)考核,满分为1分,未得满分按比例扣分: the 2 of 附件2 was the target, so a full share scored 0.5
    s = "工作质量考核:按《乡镇工业统计报表考核办法》(见附件2)考核,满分为1分,未得满分按比例扣分。"
    assert scores(s, ["100%", "80%"], points="1") == ["1", "0.8"]


def test_a_total_before_pass_and_fail_is_no_points_of_the_failing():
    # 总分500分,达到450分以上为合格,低于此分为不合格: read as 低于450分 得500分, 450 itself scored 0
    assert refusal("总分500分,达到450分以上为合格,低于此分为不合格。", "450").code == "E202"


def test_deductions_until_a_number_is_taken_without_weizhi():
    # 直至扣完10分 (no 为止) was refused; 直至 says where the deductions stop
    s = "每延迟一个月扣1分,直至扣完10分。"
    assert scores(s, ["3", "12"]) == ["-3", "-10"]
    assert score("每件扣2分,直至扣完30分。", "20") == "-30"


def test_other_verbs_of_taking_are_deductions_or_refused():
    # 减去2分, 扣掉2分 after a failing were read as awards of 2
    for verb in ("减去", "扣掉", "扣去", "减掉"):
        assert scores(f"未建立台账的,{verb}2分", ["是", "否"], points="5") == ["3", "5"], verb
    # a word of taking no keyword knows, right before points, is refused, never read as given
    for verb in ("扣发", "扣回", "下浮", "减记"):
        assert refusal(f"未建立台账的,{verb}2分", "是").code == "E218", verb


def test_limits_said_with_wei_or_shi():
    # 满分是5分 read a second count; 加分最高为5分, 扣分最多为5分 were refused; 最多扣除5分 read a second count
    assert score("每篇计1分,满分是5分", "7") == "5"
    assert score("每篇计1分,加分最高为5分", "7") == "5"
    assert score("每发现一处扣1分,扣分最多为5分", "7") == "-5"
    assert score("每发现一处扣1分,最多扣除5分", "7") == "-5"


def test_the_act_said_again_without_its_object_is_the_same_tier():
    # 完成任务90%以上的得4分,完成80%以上的得3分: 完成 is 完成任务 said shorter (read as a second rate,
    # so 95% scored 4 and 3)
    s = "完成任务的得5分,完成任务90%以上的得4分,完成80%以上的得3分,完成80%以下的不得分"
    assert scores(s, ["100%", "95%", "85%", "70%"], points="5") == ["5", "4", "3", "0"]


def test_a_prize_named_as_a_noun_is_no_award():
    # 扣年终奖100元: 奖 of 年终奖 was read as an award of 100, and 扣 lost
    s = "全年请假不得超过10天,超过1天,扣年终奖100元,以此累计,并取消评先资格。"
    assert refusal(s, "11").code == "E201"


def test_points_of_a_score_past_a_score_are_refused():
    # 得分在950分以上的,每分奖励8分: the 950 was dropped, and 900 earned 7200
    assert refusal("全年综合得分在950分以上的,每分奖励8分。", "900").code == "E202"
    # a person's score describing who is counted reads as before
    assert scores("学生党员学习成绩优良的20分,凡单科不足70分每出现1人扣2分", ["0", "3"], points="20") == ["20", "14"]


def test_the_item_used_up_said_with_fen():
    # 扣完本项分为止 was read as a yes/no whether the item is lost
    assert scores("每发现一人次未佩戴扣0.2分,扣完本项分为止", ["3", "40"], points="5") == ["4.4", "0"]


def test_people_short_of_a_rate_below_all_is_refused():
    # 参训率达到90%,每少1人扣1分: the 90% was dropped and the people missing counted
    assert refusal("参训率达到90%,每少1人扣1分", points="5").code == "E202"
    # short of all of them, those missing are counted as ever
    s = "签订率达100%,每少1个单位扣1分"
    assert score(s, "2", points="5") == "3"


def test_how_often_in_brackets_is_no_unit_of_counting():
    # 全年定时(每天24个时次)不发生缺测现象,得1分: read as 1 point for every 24 (每24计1分)
    assert refusal("自动气象站全年定时(每天24个时次)不发生人为因素缺测现象,得1分;否则不得分。").code == "E218"
    # the unit of counting in brackets stays one
    assert score("地毯吸尘不到位,有杂物(每处)扣0.5分", "3", points="5") == "3.5"


def test_the_first_time_happens_once():
    # 新会员第一次参加骑行活动记3分: read as 3 for each ride
    assert scores("新会员第一次参加骑行活动记3分。", ["是", "否"]) == ["3", "0"]
    # the times in tiers add up as before
    s = "第一次发现扣1分,第二次发现扣2分,第三次及以上的本项不得分"
    assert scores(s, ["1", "2", "3"], points="5") == ["4", "2", "0"]


def test_a_level_given_nothing_beside_levels_with_points_is_a_level():
    # 考核等级优秀的不扣分,考核等级良好的扣0.2分: 优秀 was dropped, so no unit could answer it
    s = "考核等级优秀的不扣分,考核等级良好的扣0.2分,考核等级一般的扣0.5分"
    assert scores(s, ["优秀", "良好", "一般"], points="1") == ["1", "0.8", "0.5"]
    # nothing taken on a case of its own still reads no value
    assert score("事假扣1分,病假不扣分", "是", points="5") == "4"


def test_a_base_after_counted_awards_is_refused():
    # 每完成1个项目得10分,基本分50分: read as the start, so a chamber with no project scored 50
    assert refusal("每完成牵线落实1个项目得10分,基本分50分,多超多得", "3").code == "E202"
    # said first, it is where the awards start
    assert score("基本分50分,每完成1个项目得10分", "3") == "80"


def test_taken_from_the_assessment_score_named_between():
    # 扣年终目标考核1分, 扣考核总分的10分: what is taken from, between 扣 and the points (refused)
    assert scores("对完不成任务的村扣年终目标考核1分", ["是", "否"], points="5") == ["4", "5"]
    # 倒扣 with them: what is taken from, between 倒扣 and the points, is refused as with 扣
    assert refusal("同时倒扣所在单位考核总分的10分", "是", points="20").code == "E218"
    # 及时倒 the rubbish, then 扣, as before
    assert score("垃圾没有及时倒扣2分", "是", points="20") == "18"


def test_how_the_clauses_score_said_first():
    # 按名次计分,第一名5分,… / 按项计分。其中,…: the way of scoring named first (its 计分 was refused)
    assert score("按排名计分,第一名5分,每后退一名减0.5分", "3", "10", points="5") == "4"
    assert scores("按项计分。其中,有一项内容未公示的扣0.5分。", ["0", "3"], points="5") == ["5", "3.5"]
    # alone it scores nothing
    assert refusal("按名次计分").code == "E201"


def test_a_heading_of_what_is_scored_before_a_stop():
    # 创新性加分。…分别加2分、4分: the heading's 加分 was refused as a scoring word with no points
    assert scores("创新性加分。被省级推广使用的加2分", ["是", "否"]) == ["2", "0"]
    assert scores("任职计分。正团职计78分", ["是"]) == ["78"]
    # alone, or a way of scoring that needs points (按比例扣分), it reads as before
    assert refusal("任职计分").code == "E201"


def test_points_counted_in_a_unit_said_apart():
    # 迟到扣0.5分,缺席扣1分。以人为单位: read as yes/no (the 以人为单位 passed over), three people late lost 0.5
    s = "请假、迟到、早退扣0.5分,缺席扣1分。以人为单位,扣完为止。"
    assert scores(s, [("3", "1"), ("0", "0"), ("30", "0")], points="10") == ["7.5", "10", "0"]
    assert score("迟到扣0.5分,以人次为单位", "3", points="10") == "8.5"
    # 按次计算, 累计计算 say it too (passed over, and 累计计算 read a yes/no)
    for s in ("迟到扣1分,按次计算", "迟到扣1分,按人次计算", "迟到扣1分,累计计算"):
        assert score(s, "3", points="10") == "7", s


def test_the_levels_of_an_annual_review():
    # 称职 was no level word: 称职不加分 was dropped and the rest read three yes/no questions
    s = "年度考核优秀的加2分,称职不加分,基本称职扣2分,不称职扣5分"
    assert scores(s, ["优秀", "称职", "基本称职", "不称职"]) == ["2", "0", "-2", "-5"]


def test_the_points_of_a_share_said_after_it():
    # 按完成比例计分,满分10分 in a 20-point item: read as 20 × the share capped at 10, half a task scored 10
    for s in ("按完成比例计分,满分10分", "按完成比例计分,最高10分", "按完成比例计分(满分10分)"):
        assert score(s, "50%", points="20") == "5", s
    # said first, as before
    assert score("满分10分,按完成比例计分", "50%", points="20") == "5"


def test_a_limit_said_of_a_case_is_refused():
    # 每条计1分,超额完成的最高加2分: the case was dropped, and the limit read as the whole's
    assert refusal("每条计1分,超额完成的最高加2分", "5").code == "E202"
    assert refusal("每次扣1分,情节严重的最多扣5分", "2", points="10").code == "E202"
    # a limit said of them all stays the whole's
    assert score("每条计1分,最高加2分", "5") == "2"


def test_a_grade_line_is_no_points():
    # 90分以上为优秀、80分为良好: 80 read as the points of the band before, a total of 95 scored 80
    assert refusal("90分以上为优秀、80分为良好", "95").code == "E202"
    assert refusal("90分以上为优秀、8089分为良好、7079分为合格、69分以下为不合格。", "95").code == "E202"
    # 总分100分,80分以上为达标: the total names the scale (read as 80 and above scoring 100)
    assert scores("总分100分,80分以上为达标。", ["92", "79"]) == ["达标", "(不在任何等级内)"]
    # a grade that is the case of points after it stays a tier
    assert scores("得分80分以上为达标的,加2分", ["92", "79"]) == ["2", "0"]


def test_a_question_of_a_duty_with_points_alone():
    # 是否组织宣传活动(10分): refused before; the points are for doing what is asked
    assert scores("6.26国际禁毒日是否组织宣传活动;(10分)", ["是", "否"]) == ["10", "0"]
    assert scores("是否有开展共驻共建活动:2分", ["是", "否"]) == ["2", "0"]
    # a question of a failing or of something bad says neither answer
    for s in ("是否在寝室内吸烟(10分)", "是否发生安全事故(10分)", "是否不按规定布线(10分)"):
        assert refusal(s, "是").code in ("E202", "E218"), s


def test_a_share_per_head_is_no_count_per_person():
    # 经费按人均0.5元以上: 按人 was read as per person, a list of records each scoring 1
    assert scores("经费按人均0.5元以上列入财政预算的加1分", ["0.6", "0.4"]) == ["1", "0"]


def test_a_failing_beside_failings_counted_is_counted():
    # 每迟到一次扣1分,旷工扣5分: in one breath, counting per time carries to the failing after it
    assert score("每迟到一次扣1分,旷工扣5分", "2", "3", points="30") == "13"
    assert score("每次迟到扣1分,无故缺席的扣3分", "0", "2", points="10") == "4"
    # alone, or with a number of its own (迟到、早退10分钟扣1分: per 10 minutes, or per time?), as before
    assert score("迟到扣1分", "是", points="10") == "9"


def test_none_done_inside_a_tier_of_fewer_is_refused():
    # 少于4次的扣1分,未开展的扣2分: read as both, a unit that held none lost 3
    assert refusal("开展活动少于4次的扣1分,未开展的扣2分", "0", "是", points="5").code == "E202"
    # a tier that leaves none out, or nothing left at all (不得分), reads as before
    assert score("开展1至3次的扣1分,未开展的扣2分", "0", "是", points="5") == "3"
    assert score("召开会议少于2次的扣1分,未召开的不得分", "0", "是", points="5") == "0"


def test_the_base_points_of_steps_both_ways_need_the_items_points():
    # 完成目标任务的得基本分,…每超1%加0.5分,…每差1%扣0.5分 tried alone: an internal error (E900)
    s = "完成目标任务的得基本分,超额完成的每超1%加0.5分,未完成的每差1%扣0.5分"
    assert refusal(s).code == "E201"


def test_points_of_a_period_in_a_yearly_line_are_refused():
    # 每月2分,全年24分: read as two yes/no (2 and 24); a year's line cannot give a month's points
    for s in ("每月2分,全年24分", "每季度5分"):
        assert refusal(s, "是", "是").code == "E202", s
    # with a verb the months are counted, as before
    assert score("每月计2分,全年最高24分", "12") == "24"


def test_a_limit_on_each_problem_is_refused():
    # 每发现一次扣1分,同一问题最多扣3分: read as the whole's limit, five findings in three problems lost 3
    assert refusal("每发现一次扣1分,同一问题最多扣3分", "5", points="10").code == "E202"


def test_quotation_marks_around_a_formula_are_no_part_of_its_names():
    # 按“完成率×分值”计分: “分值” was asked for as a value, not the item's points
    assert score("按“完成率×分值”计分", "80%", points="10") == "8"
    assert score('按"完成率×分值"计分', "80%", points="10") == "8"


def test_a_tier_of_each_member_of_the_unit_is_refused():
    # 每个村配备1名以上专干的得1分: read per village, ten villages scored 10 and one without lost nothing
    for s in ("每个村配备1名以上禁毒专干的得1分", "每所学校开展禁毒教育不少于4课时的得2分", "每人每年参加培训2次以上的得1分"):
        assert refusal(s).code == "E202", s
    # a condition of each record counted stays one
    assert score("在微信平台发布消息,每条阅读量5—10万的,每次计0.1分", "6万", "2万") == "0.1"


def test_a_change_within_a_bound_is_that_change_only():
    # 下降5%以内的得2分,上升的扣1分: any value up to 5%, so a rise scored 2 and lost 1
    s = "较上年下降5%以上的得3分,下降5%以内的得2分,上升的扣1分"
    assert scores(s, [("0%", "是"), ("3%", "否"), ("0%", "否")]) == ["-1", "2", "0"]
    # a rate named 增长率 is compared as it stands
    assert score("增长率5%以内的得1分", "0%") == "1"


def test_a_stop_written_as_a_period_after_words_ends_a_clause():
    # 分为 A、B、C、D 四等.A 为 90~100 分: the . was read as text, so the first grade was named “A、B、C、D”
    s = "卫生评分标准分为 A、B、C、D 四等.A 为 90~100 分,B 为 70~80 分,C 为 60~70 分,D 为 60 分以下."
    assert scores(s, ["95", "75"]) == ["A", "B"]
    # a decimal point stays one
    assert score("每次扣0.5分", "3", points="5") == "3.5"


def test_grades_and_formulas_in_traditional_characters_read_as_simplified():
    # 五星級 and 按…×50計分 were refused in traditional characters while the simplified read
    s = "總分100分。五星級90分以上,四星級80-90分,三星級60-80分,低於60分的不參評、不授牌。"
    assert scores(s, ["95", "85"]) == ["五星級", "四星級"]
    assert score("按國控斷面水質達標比例×50計分", "80%") == "40"
    s = "衛生評分標準分爲 A、B、C、D 四等.A 爲 90~100 分,B 爲 70~80 分,C 爲 60~70 分,D 爲 60 分以下."
    assert scores(s, ["95", "75"]) == ["A", "B"]


def test_square_metres_with_full_width_digits():
    # ４０m２: the ２ of m２ was read as the number, so the requirement became 2
    assert score("每头能繁母猪占地 ４０m２ 以上 每减少 ２m２扣 １ 分", "36", points="5") == "3"


def test_spaces_around_numbers_read_as_without():
    # 齐全得 0.5 分: 全得 was read as full points before the space, and the clause was dropped
    s = "基层组织登记齐全得 0.5 分;对所辖工会选举成果批复健全规范得 0.5 分"
    assert score(s, "是", "否") == "0.5"
    # 每少开展 1 次: read as a count of those missing, not short of the 4 a year required
    s = "每半年开展不少于 2 次出租屋专项整治行动,每少开展 1 次行动扣 0.5 分。"
    assert score(s, "3", points="2") == "1.5"


def test_a_requirement_met_then_its_points_with_no_de():
    # 达到要求得1分: 达到…得1 was read as a comparison with 1 point, and nothing scored
    assert scores("达到要求得1分。", ["是", "否"]) == ["1", "0"]
    # 达到要求得5分,有一项未达到要求的扣1分: the 5 were dropped, a unit with no failing scored 0
    assert score("达到要求得5分,有一项未达到要求的扣1分", "2") == "3"
    # words between 达到 and its number still make a comparison
    assert score("完成计划数达到计划的80%以上得2分", "85%") == "2"


def test_not_reduced_then_taken_is_no_give_back():
    # 要求减而未减扣3分: 减扣 (give back) was read, and the failing earned 3
    assert score("要求减而未减扣3分", "是", points="5") == "2"
    assert score("整改到位的每起减扣0.4分", "2") == "0.8"


def test_a_number_before_a_sentence_changes_nothing():
    # 3.其中90分及以上为优秀,…: grade bands with the document's numbering before them were refused
    s = "3.其中90分及以上为优秀,80分-89分为良好,60分-79分为合格,60分以下为不合格。"
    assert scores(s, ["95", "85"]) == ["优秀", "良好"]
    # (3)每个社区占 5 分,…: read as 5 for each community counted
    s = "(3)每个社区占 5 分,发现不达标的,每个单位每项扣 0.5 分,扣完为止。"
    assert score(s, "2") == "4"


def test_a_grade_line_after_de_is_no_points():
    # 70(含)—80分的为B级 in a rule line: read as a judged 70—80 points
    assert refusal("得分80分(含)以上为A级,70(含)—80分的为B级,60分以下的扣2分", "75").code == "E202"


def test_a_share_of_the_items_points():
    # 扣该项分值的50%, 得该项满分的60%, 扣…的一半: refused before (no points, or 80% unread)
    assert score("未完成任务的,扣该项分值的50%", "是", points="10") == "5"
    assert score("完成任务的得该项分值的80%", "是", points="10") == "8"
    assert score("未按时完成的扣该项分值的一半", "是", points="6") == "3"
    # tried alone, the item's points are asked for
    assert refusal("完成任务的得该项分值的80%", "是").code == "E201"
    # a limit at half the item stays a limit
    assert score("每次扣1分,最多扣至本项分值的一半", "7", points="10") == "5"
    # levels given shares of the full points
    s = "优秀的得满分,良好的得满分的80%,一般的得满分的60%"
    assert scores(s, ["优秀", "良好", "一般"], points="10") == ["10", "8", "6"]
    # a share of the score earned (本项得分的50%) is still refused
    assert refusal("扣减本项得分的50%", "是", points="10").code == "E201"


def test_the_wave_dash_is_a_range():
    # 扣1〜2分 (U+301C, as PDFs and Japanese input methods write ～): refused as an unread word
    assert score("每次扣1〜2分", "1.5", points="5") == "3.5"
    assert scores("优秀(90〜100分)、良好(80〜89分)", ["95", "85"]) == ["优秀", "良好"]


def test_how_many_are_sampled_is_no_requirement():
    # 抽10份档案…,无电话号码扣0.5分/份: 10份 was read as required, each of them short lost 0.5
    s = "抽10份档案进行电话随访,无电话号码扣 0.5分/份,未随访扣0.5分/人"
    assert score(s, "1", "1", points="2") == "1"
    # the points before the sample are none of its own
    s = "知晓率达100%计6分,随机抽3人回答,1人不知晓扣2分;"
    assert scores(s, ["0", "2"]) == ["6", "2"]
    # 抽查3位农户,熟悉的得2分: 2 for each one, or for all? still refused
    assert refusal("抽查3位农户,熟悉的得2分", "2").code == "E218"


def test_a_bare_count_after_counted_ones_counts_the_same():
    # 缺1人扣1分,3人以上不得分: read as two values before, the 3 people asked for twice
    assert scores("缺1人扣1分,3人以上不得分", ["2", "3"], points="5") == ["3", "0"]
    # a bare count in another counter than the clause before: the same thing or another?
    assert refusal("缺一种扣0.5分,两处以上扣1分", "1", "1").code == "E202"
    assert refusal("发现一次扣1分,两处以上扣3分", "1").code == "E202"
    # with words of its own, it is a value of its own
    assert scores("宣讲12场以上的得3分;受众5000人次以上得4分", [("12", "6000")]) == ["7"]


def test_the_horizontal_bar_is_a_range():
    # 800―899分为C级 (U+2015): the grade band sentence was refused as a grade line
    s = "800分以下为D级(不合格);800―899分为C级(基本合格),900―949分为B级(合格),950分以上为A级(优良)。"
    assert scores(s, ["700", "800", "949", "950"]) == ["D级", "C级", "B级", "A级"]
    assert score("每次扣1―2分", "1.5", points="5") == "3.5"


def test_other_forms_of_the_scoring_verbs():
    # 各扣除, 分别扣除: one deduction for each failing named, as 各扣 (read as one before)
    assert score("无计划或总结各扣除1.5分", "是", "是", points="5") == "2"
    assert score("未成立的扣除2分;工作无计划、无措施、无总结的分别扣除1分。",
                 "否", "是", "是", "否", points="5") == "3"
    # 不健全扣除2分: 全扣 (the whole item) was read inside 健全扣除, and 报表不全扣除0.5--1分 lost it all
    assert score("项目部党组织不健全扣除2分。", "是", points="5") == "3"
    assert rule_kinds("一个企业报表不全扣除0.5--1分。") == rule_kinds("一个企业报表不全扣0.5--1分。")
    # 未达到扣除1分: 达到…扣除1 was read as a comparison
    assert score("查记录,每月不少于一次,未达到扣除1分。", "是", points="5") == "4"
    # 奖2分 and 加计5分 add, as 加 does: a unit that fails the other answer loses 2
    s = "验收合格,达到省定标准奖2分,验收不合格扣2分。"
    assert scores(s, ["是", "否"]) == scores(s.replace("奖", "加"), ["是", "否"]) == ["2", "-2"]
    assert score("由园长批准加班一日加计20分。", "2") == "40"


def test_a_comparison_with_a_share_of_a_named_whole():
    # 小于当年投入额度的50%: the words between the comparison and its number were unread (E218)
    s = "年末就业专项资金结余额度小于当年就业专项资金投入额度的50%(6分)。"
    assert scores(s, ["42%", "50%"]) == ["6", "0"]
    s = "数量达到上述人员编制数量之和的30%得2分,否则不得分."
    assert scores(s, ["30%", "29%"]) == ["2", "0"]
    assert score("纠错数高于申请总数的15%的,扣1分", "16%", points="3") == "2"
    # a share of the units' average is not read as a share of a whole
    assert refusal("低于全县平均水平的50%的,扣1分", "40%").code == "E218"


def test_a_heading_and_colon_before_a_sentence_change_nothing():
    # 评分标准:2、…每缺一种扣1分: the 2 of the numbering was read as 2 kinds required
    for s, values, points in [
        ("2、现场规程齐全,每缺一种扣1分", ["1"], "5"),
        ("8、电教工作各项规章制度健全。(3分,少一项扣0.5分)", ["2"], None),
        ("a1 班子健全、職責明確 20分(每缺一名支委扣5分,職責不清扣10分)", ["1", "否"], None),
        ("1)有节能计划和节能计量考核措施,计8分。缺一项扣2分。", ["1"], None),
        # 考核内容及评分标准:…各扣1.5分: the 及 of the heading made a third failing
        ("无计划或总结各扣1.5分", ["是", "否"], "5"),
        # …每个社区占5分: read as 5 for each community after a colon
        ("每个社区占 5 分,发现不达标的,每个单位每项扣 0.5 分,扣完为止。", ["2"], None),
    ]:
        for heading in ("评分标准:", "考核内容及评分标准:"):
            assert score(heading + s, *values, points=points) == score(s, *values, points=points), heading + s
    # the heading names no grade (…85分以上的按期转正) and no level (评分标准:无结余,3分)
    s = "评分标准:对预备党员积分为85分以上的按期转正,70-84分的延期转正,70分以下的取消预备党员资格。"
    assert scores(s, ["90", "75"]) == ["按期转正", "延期转正"]
    assert score("评分标准:无结余,3分;有结余,但不超过上年结转,2分;结余超过上年结转,不得分。", "无结余") == "3"
    # a name before the colon still names what follows it
    assert scores("A类:得分在91-100分的零售客户;B类:得分在81-90分的零售客户", ["95"]) == ["A类"]


def test_a_stop_after_a_limit_ends_what_counts_per_time():
    # 每发现1户扣1分,扣完为止;未建立名册的扣5分: the failing after the ; was counted per household
    # (2 households, no register: 2 + 10 lost, not 2 + 5)
    s = "每发现1户扣1分,扣完为止；未建立名册的扣5分"
    assert score(s, "2", "是", points="20") == "13"
    s = "每发现1户农户没有干部联系的扣1分,本项扣分不保底；查台帐,未建立干部联户名册的扣5分"
    assert score(s, "2", "是") == "-7"
    # within a breath it still carries: 每宗扣0.3分,未及时整改的扣1分 counts each one not put right
    assert score("巡查发现问题每宗扣0.3分,未及时整改的扣1分", "2", "1", points="5") == "3.4"


def test_formulas_with_a_dash_for_minus_and_square_brackets():
    # 30分×(1—批退率): the dash was taken for a range, and the brackets did not pair (E201)
    assert score("得分=30分×(1—批退率)", "10%") == "27"
    assert score("得分=10×[1+(实际值-5%)/8%]", "13%") == "20"
    # a number right before a bracket multiplies it: 40-1.5(75%-达标率)×100
    assert score("實得分=40-1.5(75%-達標率)×100", "70%") == "32.5"


def test_a_table_cells_levels_beside_other_rules_are_refused():
    # 未建立台账扣2分;好3,较好2,差0: the levels were dropped without a word
    assert refusal("未建立台账扣2分；好3,较好2,差0。", "是").code == "E218"
    assert refusal("缺一项扣2分；符合2.0,基本符合0.5,不符合0。", "1").code == "E218"
    # alone they are levels, as before
    assert scores("好3,较好2,差0。", ["较好"]) == ["2"]


def test_a_count_of_its_own_after_requirements_with_points():
    # 有控烟计划(2分)、实施方案(2分);一名…违法…,扣2分: read as each requirement missing, and dropped
    s = "医院有控烟计划(2分)、实施方案(2分)；一名党支部书记违法被移送司法机关,扣 2分。"
    assert score(s, "是", "是", "1") == "2"
    # 缺一项扣1分 after them is still each one missing
    assert score("组织健全(1分),制度完善(1分)。缺一项扣1分", "是", "否") == "1"


def test_rules_after_a_stop_are_read_on_their_own():
    # each of these, joined to the clause before by a ;, was dropped or read as part of it
    # 版面杂乱扣1~5分;每少一项扣5分: the steps were read as the judged amount's and lost
    assert score("版面杂乱扣1~5分；每少一项扣5分。", "2", "1", points="10") == "3"
    # 完好率达100%,一处不合格扣0.1分;每少1张扣0.5分: the steps started at −0.1
    assert score("照明灯具完好率达 100%,一处不合格扣0.1分；每少1张扣0.5分。", "1", "2", points="5") == "3.9"
    # 一次扣10分;每增0.01次/车,扣5分: the count was read as a threshold of the steps
    assert score("睡觉者一次扣10分；每增0.01次/车,扣5分。", "1", "0.02", points="30") == "10"
    # 少1项扣1分;物品摆放有序,否则每件扣1分: 否则 after words of its own is no other case of the first
    assert score("少1项扣1分；物品摆放有序,否则每件扣1分。", "1", "2", points="5") == "2"


def test_rules_after_a_stop_keep_their_own_reading():
    # 每完成一项得2分,反之,不得分;领导小组…得2分: the ; after the other answer ends counting per item
    s = "每完成一项得2分,反之,不得分；领导小组定期召开会议,得2分。"
    assert score(s, "3", "是") == "8"
    s = "每新增 1 家得 1 分,未新增不得分；建立健全应急管理组织体系,得2分。"
    assert score(s, "3", "是") == "5"
    # 每次参加得2分;国家级加5分,省级加4分,校级加3分: grades after a ; are still one scale
    assert score("每次参加得2分；国家级加5分,省级加4分,校级加3分。", "1", "省级") == "6"
    # 优40良30中20差0 beside another rule is refused, not dropped
    assert refusal("年级教学建议落实度分别得分:优40良30中20差0；每次参与可获得8积分。", "良", "1").code == "E218"


def test_points_in_brackets_then_a_stop_are_no_heading_of_other_words():
    # 档案人员相对稳定(1分);成员单位参加会议得1分,…: the 1 was read as the heading of the award
    # after it, and a unit with a stable staff scored nothing for it
    s = "企业应保持档案人员相对稳定(1分)；成员单位参加会议得 1 分,有总结得 2 分。"
    assert score(s, "是", "否", "否") == "1"
    # restated with words in common, or by a bare 完成, they are the same points
    assert score("公开栏建设(2分)；设立公开栏的得2分", "是") == "2"
    assert score("出台生活垃圾分类工作方案等文件(3分);完成得3分,未完成本项不得分。", "是") == "3"


def test_not_able_to_negates_the_count_after_it():
    # 未能召开一次以上会议的扣1分: 能 put the verb out of 未's reach, and holding meetings lost 1
    assert scores("未能召开一次以上会议的扣1分。", ["0", "2"], points="5") == ["4", "5"]
    assert scores("不能召开一次以上会议的扣1分。", ["0", "2"], points="5") == ["4", "5"]
    # steps after a stop are no steps of a deduction before it (周边200米…扣0.5分)
    s = "校园周边200米范围内存在无证经营商家的,扣0.5分；作业次数不足,每少一次扣1分。"
    assert score(s, "否", "2", points="5") == "3"


def test_awards_listed_in_brackets_then_a_deduction_are_all_read():
    # 个人穿着大方(1分)办公桌整齐(1分)电脑资料存放有序(1分);…扣30分: the first 1 was read as the
    # points of the parts after it (the −1 of the deduction cancelled a 1 in the sum)
    s = "个人穿着大方(1分)办公桌整齐(1分)电脑资料存放有序(1分)；发生事故的扣30分"
    assert score(s, "是", "是", "是", "否") == "3"
    # 计20分;窗口开放少一个一次扣2-4分: the 20 were lost in the judged amount
    assert "20" in str(try_rule("单位领导重视,计20分；窗口开放少一个一次扣2-4分。", None, None).understood)
    # points in brackets and an award of the same points sharing only a common word are two awards
    s = "建立各类普法依法治理基础工作台账,便于管理和查阅(2分)；有工作领导小组,有专职分管领导具体负责,得2分。"
    assert score(s, "是", "是") == "4"


def test_options_and_judged_amounts_keep_the_rules_beside_them():
    # 勤政廉政计6分;规划及时修编的得5分,未修编的不得分: read as one scale of 6, 5 and 0
    s = "创先争优各项活动按规定标准落实到位,班子成员勤政廉政计6分；县(市)旅游业发展总体规划及时修编并组织实施的,得5分,未修编的不得分。"
    assert score(s, "是", "是") == "11"
    # options all a stop apart are still one scale
    assert score("无结余,3分;有结余,但不超过上年结转,2分;结余超过上年结转,不得分。", "有结余,但不超过上年结转") == "2"
    # 酌情加1-2分;少1人扣全分: the tier was read into the judged amount and lost
    assert refusal("三次检查并未发现问题酌情加1-2分；少1人扣全分。", "2", "1").code == "E202"


def test_a_formula_beside_another_rule_is_refused():
    # 纳入员工业绩考核范围,得1分;得分=30分×(1—批退率): read as the formula alone, the 1 was lost
    s = "将节能目标完成情况纳入员工业绩考核范围,得1分；得分=30分×(1—批退率)。"
    assert refusal(s, "是", "10%").code == "E202"
    # bare points and a plain 完成的得1分 a ; apart are two awards
    assert score("有机构1分,工作开展1分；完成的得1分,反之,不得分。", "是", "是", "是") == "3"


def test_a_closing_remark_on_how_facts_are_checked_changes_nothing():
    # (以检查记录为准) after the points: 为准 became the last grade's name, 扣5分件 a yes/no, and
    # 未完成扣2分 no longer the other answer of the tier before it (a unit short scored −2, not 6)
    understood = str(try_rule("60分以上为合格,不满60分的为不合格(以检查记录为准)。", None, None).understood)
    assert "不合格" in understood and "准" not in understood
    assert score("未登记的,扣5分件(以检查记录为准)。", "3", points="20") == "5"
    assert score("路灯整基不亮 2分/基(查阅台账资料)", "2", points="10") == "6"
    assert scores("年度信息总量,总量200条得8分,未完成扣2分(以检查记录为准)。", ["200", "150"]) == ["8", "6"]
    # after a formula it is no value multiplied
    assert score("得分=30分×(1—批退率)(以质检报告为准)", "10%") == "27"
    assert score("得分=40-1.5(75%-达标率)×100", "70%") == "32.5"
    # a remark standing alone after a stop is passed over by grades and formulas too
    understood = str(try_rule("60分以上为合格,不满60分的为不合格。(需提供佐证材料)", None, None).understood)
    assert "不合格: 总分<60分" in understood
    assert score("得分=30分×(1—批退率)。(以质检报告为准)", "10%") == "27"


def test_numbering_in_a_run_is_never_a_count():
    # 一、(2)以上制度每缺一项扣2分: the (2) of the second numbering was read as 2 required
    assert score("一、(2)以上制度每缺一项扣2分。", "3", points="10") == "4"
    assert score("(1)2、没有定期召开班子会议和会议记录不完整,各扣2分。", "是", "是", points="10") == "6"


def test_a_range_of_points_after_the_score_it_bounds_is_no_judged_amount():
    # 守法考核得分在91-100分的零售客户: with words after it that the grades do not read, the
    # ranges were read as amounts the assessors judge (得91—100分), and summed
    s = "A类(诚信经营户):守法考核得分在91-100分的零售客户;B类(一般违法户):守法考核得分在81-90分的零售客户。说明"
    assert refusal(s).code == "E202"
    # alone, it is a grade of the total
    assert "A类: 91分≤总分≤100分" in str(try_rule("A类(诚信经营户):守法考核得分在91-100分的零售客户;", None, None).understood)
    # the 为 of 行为 names no grade (被处罚三次以上被依法 became one)
    assert "W类: 总分≤70分" in str(try_rule("得分在70分以下的零售客户为W类。", None, None).understood)
    # a second condition after 或, in words, is no part of the total's band (read as the band,
    # a retailer punished with 85 points was no W)
    assert refusal("得分在70分以下或因违法经营行为被处罚的零售客户为W类。")


def test_points_in_words_before_the_next_number_are_the_points():
    # 扣一分2.没做好…: 扣一分 was read as a verb (as 扣考核分 is) and the numbering's 2 as the points
    s = "1.未能每半年召开一次以上的会议扣一分2.没做好会议记录的扣0.5分"
    assert score(s, "是", "否", points="5") == "4"
    assert score("迟到扣考核分2分", "是", points="5") == "3"


def test_words_that_look_like_a_comparison_or_a_limit_are_read_as_written():
    # 准时送达5分: the 达 of 送达 was read as "reaching 5", and the 5 points lost
    assert score("各种上报及检查材料准时送达5分,迟交者扣0.5分,缺交者扣1分。", "是", "否") == "4.5"
    # 最低扣10分 beside steps was read as one more failing of 10; it is asked, not guessed
    problem = refusal("正点率每低1%,扣1分,最低扣10分。")
    assert problem.code == "E218" and "最低" in problem.message and "最多扣" in problem.hint
    # 人均数2条的每条加20分: the 2 was dropped without a word
    assert refusal("完成任务的人均数超过(少于)2条的按每条20分的比例加(扣)分。").code == "E218"


def test_the_verb_after_the_points_it_takes():
    # 缺一次按0.5分扣除: the verb after its points (as 按0.5分扣分) was refused as a sign unsaid
    assert score("缺一次按0.5分扣除", "3", points="5") == "3.5"
    assert score("每发现一起按2分扣减", "2", points="5") == "1"
    # a number with no 分 before it stays refused, not read with the item's points (个人卫生(1分)…每人0.2扣除)
    assert refusal("个人卫生(1分)手掌面不干净的均按每人0.2扣除。").code == "E218"


def test_a_remark_inside_the_sentence_is_no_bracket_of_points():
    # 年初有计划1分(以检查记录为准),年终有总结1分…: the remark made the first 1 a bracketed total,
    # a limit of 1 on the three awards after it
    assert score("残疾人工作年初有计划1分(以检查记录为准),年终有总结1分,按时上报1分。", "是", "是", "是") == "3"
    # and no part of an option's name
    assert score("无结余(以检查记录为准),3分;有结余,但不超过上年结转,2分;结余超过上年结转,不得分。", "无结余") == "3"
    # nor of a grade's
    understood = str(try_rule("(查阅台账资料)AA级(信用优良):积分为110分(不含)至120分(含);", None, None).understood)
    assert "AA级: 110分<总分≤120分" in understood and "查阅" not in understood
    # 一、2、…: numbering in Chinese numerals before one in digits
    assert score("一、2、没有定期召开班子会议和会议记录不完整,各扣2分。", "是", "否", points="10") == "8"


def test_a_parts_points_before_steps_with_their_own_threshold_are_where_they_start():
    # 参加理论考试2分,参考率不得少于98%,每少一个百分点扣0.5分: the 2 were dropped, and in an item of
    # 10 the part scored 8.5 at 95% (or −1.5 alone)
    s = "组织干部职工参加理论考试2分,参考率不得少于98%,每少一个百分点扣0.5分。"
    assert scores(s, ["99%", "95%", "90%"], points="10") == ["2", "0.5", "0"]
    # under a ceiling, the points are kept below it
    s = "延长审限结案比(4分),延长审限结案比超过10%的。每超一个百分点扣0.4分。"
    assert scores(s, ["8%", "15%"], points="10") == ["4", "2"]


def test_whose_points_are_taken_named_before_them():
    # 扣除进料质检员5分, 扣除校长和主管副校长绩效10分: the names between 扣 and the points were
    # left unread, and the sentence refused
    assert score("制程中发现的来料批量不良,每发生1例扣除进料质检员5分。", "2", points="20") == "10"
    assert score("对学校整体环境卫生差、安全管理松懈的,扣除校长和主管副校长绩效 10 分。", "是", points="20") == "10"
    assert score("私自调换岗位,私自找人替岗每次扣双方2分。", "3", points="10") == "4"
    # money is no points, whoever loses it
    assert refusal("上班迟到扣当事人浮动工资50元").code == "E201"


def test_a_score_threshold_beside_a_judged_amount_is_a_grade():
    # 90分以上为优秀,积70-90分为称职: read as a judged 70—90 for every unit, the 90 passed over
    assert refusal("90分以上的,得5-8分").code == "E202"
    understood = str(try_rule("年度积满90分以上为优秀,积70-90分为称职,积60-70分为基本称职,低于60分为不称职。",
                              None, None).understood)
    assert "称职: 70分≤总分≤90分" in understood and "评定" not in understood
    # a rate's threshold stays the assessors' to judge, as a failing is
    assert score("完成率达不到100%扣0.1—1分。", "0.5", points="5") == "4.5"


def test_money_and_points_and_other_failings_are_not_one_answer():
    # 每人次扣1分并罚50元: the 50 yuan were taken as 50 more points
    assert refusal("觉察一吸烟者每人次扣1分并罚50元人民币;").code == "E202"
    # 全勤者得10分,迟到扣2分: 迟到 was read as the other answer of 全勤 (a unit absent all month kept 8)
    assert refusal("当月全勤者得10分,迟到扣2分").code == "E202"
    # where the award asks for timeliness, lateness is its other answer
    assert scores("按时完成的得10分,迟到扣2分", ["是", "否"]) == ["10", "8"]


def test_steps_in_another_counter_than_a_sum_of_money_required():
    # 经费5000元以上的记2分…。缺一项扣2分: read as 5000 yuan required and 2 taken for each yuan short
    assert refusal("每年信访工作经费5000元以上的记2分,否则不计分。缺一项扣2分。").code == "E202"
    assert score("经费不少于5万元,每少1万元扣1分", "3万", points="5") == "3"


def test_bare_points_for_an_act_before_deductions_are_asked_about():
    # 参加培训每次2分。无故缺席每次扣5分: the deductions after it made each training cost 2
    assert refusal("参加培训每次2分。无故缺席每次扣5分。").code == "E202"
    # points whose words or counter tell a failing are taken, as before
    assert score("市文明办督查组巡查发现问题每宗0.3分,未及时整改的扣1分", "2", "1", points="5") == "3.4"


def test_a_failing_of_its_own_after_a_tier_is_no_other_answer():
    # 达到85%得10分。不挂钩扣3分: 不挂钩 was read as the tier's other answer (7 below 85%)
    assert scores("区域内标准化学校达到85%得10分。不挂钩扣3分。", [("80%", "否"), ("90%", "是")], points="10") == ["0", "7"]
    # 未达标, 未完成 say only that the tier does not hold
    assert scores("合格率90%以上得2分,未达标的扣1分", ["95%", "80%"]) == ["2", "1"]


def test_a_deduction_with_its_own_condition_is_no_start_of_steps():
    # 实施面低于50%的,扣1分;每缺失一类…扣2分: the 50% was dropped and every unit lost 1
    assert refusal("所辖县、区实施面低于50%的,扣1分。每缺失一类垃圾桶的扣2分。").code == "E202"
    # 少于3次的扣5分;每少1次扣1分: the 5 were taken at every count and the steps never
    assert refusal("少于3次的扣5分;每少1次扣1分").code == "E202"
    # a rate of 100% asked, those missing counted, stays read
    assert score("签订率达100%,每少签订一个扣1分", "2", points="5") == "3"


def test_a_failing_of_other_words_after_an_award_is_asked_about():
    # 教学效果好得30分。擅自调班的,扣2分: read as one yes/no (a unit teaching well that swapped
    # shifts kept 30, one teaching badly lost only 2)
    assert refusal("公开课:教学效果好得30分。擅自调班的,扣2分。").code == "E202"
    # a failing that names what the award asks is its other answer
    assert scores("控制在指标内得10分,超指标扣5分", ["是", "否"]) == ["10", "5"]


def test_points_for_each_one_after_a_deduction_listed_for_each_kind_are_taken():
    # 每月次分别扣5分;水质反弹为劣Ⅴ类的,每月次10分: a deduction listed for each kind gives no points of
    # its own, so the bare 10 after it were read as earned
    s = "每月次分别扣5分;水质反弹为劣Ⅴ类的,每月次10分"
    assert "值每1扣10分" in str(try_rule(s, None, None).understood)


# ------------------------------------- misreads found in the fifteenth session

def test_zero_points_where_nothing_earns_are_the_items_nothing():
    # 合格率低于60%的得0分: read as a tier of 0, the item kept its full 10 below 60%
    assert scores("合格率低于60%的得0分。", ["50%", "70%"], points="10") == ["0", "10"]
    # 每处扣1分;有五处及以上…,得0分 reads one count, as 不得分 does
    assert scores("每一处逻辑审核错误扣1分;有五处及以上逻辑审核错误,得0分。", ["5", "2"], points="10") == ["0", "8"]
    # beside tiers that give points, a tier's 0 stays that tier's
    assert scores("合格率达到90%得10分,低于60%的得0分。", ["95%", "50%"], points="10") == ["10", "0"]


def test_an_other_answer_of_0_after_a_requirement_loses_the_item():
    # 教案节数必须达到规定课时要求,否则记0分。(2分): the requirement cost nothing when not met
    assert scores("教案节数必须达到或超过规定课时要求,否则记0分。 (2分)", ["是", "否"]) == ["2", "0"]
    # words naming what scores nothing, after 否则, are no failing: the value answers the requirement
    assert scores("作业批改记录应与作业本批改相符,否则批改记录记0分。", ["是", "否"], points="0.5") == ["0.5", "0"]
    assert scores("必须向老师请假,否则缺席扣2分", ["是", "否"]) == ["-2", "0"]


def test_a_failing_with_zhe_answers_a_tier_as_with_de():
    # 90%以上,得0.5分;未达标者,扣0.5分: 者 closes the failing as 的 does (it was read as a yes/no of its own)
    assert scores("造林苗木质量合格率90%以上,得0.5分;未达标者,扣0.5分。", ["95%", "80%"]) == ["0.5", "0"]


def test_a_limit_in_what_is_counted_is_that_many_steps_of_points():
    # 迟报减2分/天(3天为限): read as 3 points at most, not 3 days (6 points)
    assert score("迟报减2分/天(3天为限)。", "5") == "-6"
    assert score("每次扣0.5分,以3次为限。", "10") == "-1.5"
    assert score("每人加2分,5人为限。", "7") == "10"
    # beside other deductions, only the clause that counts days is limited
    assert score("报表未报减3分,报错扣2分,迟报减2分/天(3天为限)。", "是", "是", "5") == "-11"
    # two clauses counting: which one?
    assert refusal("每次扣0.5分,每人扣1分,以3次为限。").code == "E202"


def test_a_limit_on_a_sentence_that_only_takes_is_on_what_it_takes():
    # 未报减3分,报错扣2分,迟报每天减1分,以5分为限: read as a limit on the sum given, never reached
    s = "报表未报减3分,报错扣2分,迟报减1分/天,以5分为限。"
    assert score(s, "是", "是", "5") == "-5"
    assert score(s, "是", "是", "5", points="10") == "5"


def test_a_number_in_words_that_take_nothing_is_refused():
    # 在10个工作日内办结的不扣分,每超过1个工作日扣0.5分: the 10 was dropped with the words
    assert refusal("在10个工作日内办结的不扣分,每超过1个工作日扣0.5分。").code == "E202"
    assert refusal("任期内班子成员缺额2个月内增补不扣分,每延一个月扣1分。").code == "E202"
    # words that take nothing, with no number, stay passed over
    assert score("事假扣1分,病假不扣分", "是") == "-1"


def test_points_for_having_nothing_to_do_beside_deductions_are_refused():
    # …每件扣2分。未有承办…工作任务的得27分: read as an award, a unit with tasks and no failing scored 0
    s = ("(1)未按督办要求落实反馈每件扣2分。(2)代表、委员不满意每件扣3分。"
         "(3)未有承办人大建议、政协提案工作任务的得27分。")
    assert refusal(s).code == "E202"
    assert refusal("未按时报送的每次扣1分;不涉及此项工作的,得5分。").code == "E202"
    # 未发生事故的得5分 is the case of none, from which the deductions count
    assert score("每发生一起事故扣2分。未发生事故的得5分。", "1") == "3"


def test_a_case_that_loses_every_point_after_deductions():
    # 一次扣3分,3次不巡逻扣完此项分数: read as the floor of the deductions, its 3次 unread (refused)
    s = "没有巡逻一次扣3分,3次不巡逻扣完此项分数。"
    assert scores(s, ["1", "3"], points="10") == ["7", "0"]
    assert score("每缺一次扣1分,扣完为止。", "12", points="10") == "0"


def test_each_so_much_reached_of_a_whole_is_no_record_of_its_own():
    # 面积每达到装修总面积的10%,扣0.5分: read as one record at or above 10%, 25% took 0.5 (not 1)
    assert refusal("违反规定部分面积每达到装修总面积的10%,扣0.5分。").code == "E202"
    assert score("违规面积每达到10%,扣0.5分。", "25%", points="3") == "2"


def test_met_after_a_requirement_with_its_points_is_the_same_award():
    # 全年开展检查4次(2分),完成的得2分: read as a tier and a yes/no, a unit that met it scored 4
    assert scores("全年开展检查4次(2分),完成的得2分。", ["4", "3"]) == ["2", "0"]
    assert scores("全年开展检查4次(2分),完成的得2分,未完成的不得分。", ["4", "3"]) == ["2", "0"]


def test_a_column_heading_that_names_deductions_is_words():
    # 扣分标准:…: its 扣 was read as a deduction far from its points (refused)
    assert score("扣分标准:发现一人次未佩戴扣0.2分。", "3") == "-0.6"
    assert score("加分标准:每篇加1分。", "2") == "2"


def test_who_grades_before_levels_is_no_amount_judged():
    # 由考核组综合评定,分为优、良、中、差四档,分别得…: read as a judged 0—10 beside the levels (two values)
    s = "办理质量由考核组综合评定,分为优、良、中、差四档,分别得10、8、6、3分。"
    assert scores(s, ["良", "差"], points="10") == ["8", "3"]
    assert score("由考核组评定等次,优秀得10分,良好得8分,一般得6分,较差得3分。", "一般", points="10") == "6"


def test_a_share_below_the_task_beside_steps_above_it_is_refused():
    # 完成任务的得5分,每超额完成10%加1分;未完成的按完成比例得分: the share was of the item's 10, on a value of its own
    s = "当年新增就业人数完成目标任务的得5分,每超额完成10%加1分,最多加3分;未完成任务的按完成比例得分。"
    assert refusal(s, points="10").code == "E202"
    assert score("完成目标任务的得5分;未完成任务的按完成比例得分。", "80%", points="10") == "4"


def test_points_for_each_listed_with_no_verb():
    # 有计划、有总结各1分: read as one yes/no of 1 (the second 1 lost)
    assert scores("有计划、有总结各1分。", [("是", "是"), ("是", "否")]) == ["2", "1"]
    # 两项各1分,缺一项扣1分: the two items' points are where the steps start (read from 1, all done scored 1)
    assert scores("两项各1分,缺一项扣1分。", ["2", "1"]) == ["2", "1"]
    # after deductions, failings each take; a failing alone says neither
    assert score("无故缺席扣1分;迟到、早退各0.5分。", "否", "是", "是") == "-1"
    assert refusal("迟到、早退各0.5分。").code == "E202"
    # a failing counted (发现一处…, 缺一项…) takes, after deductions; alone it is asked about
    assert score("医疗垃圾与生活垃圾未分开扣5分;发现一处果皮、纸屑、烟蒂等各2分。", "否", "2") == "-4"
    assert refusal("查制度和會議記錄,缺一項各2分").code == "E202"


def test_a_count_after_each_of_something_with_points_for_each_is_refused():
    # 每网四项内容各得2.5分: read as 2.5 for every 4 items (3 items earned 0)
    assert refusal("每网四项内容各得2.5分", points="20").code == "E202"
    assert refusal("内外网各10分,每网四项内容各2.5分", points="20").code == "E202"


def test_dan_counts_an_order():
    # 发现一单违规批退扣2分: 一单 was no count, so the sentence read one yes/no
    assert score("发现一单违规批退扣2分", "3") == "-6"
    assert score("每发现一单违规批退的扣2分", "2") == "-4"


def test_points_for_a_requirement_of_each_member_are_asked_about():
    # 每个行政村…张贴了…。(3分): read as 3 for each village (10 villages scored 30)
    assert refusal("(1)每个行政村(居委会)在村级(居委会)办公场所及其他醒目位置张贴了红白理事会章程。(3分)").code == "E202"
    assert refusal("有专职大队辅导员,每中队配备一名中队辅导员,由班主任老师兼任(2分)").code == "E202"
    # points for each one the words name stay per each
    assert score("(1)活动参赛者,每人加2分;", "3") == "6"
    assert score("每建立一个志愿服务队得1分。", "3") == "3"


def test_nth_times_with_points_each_and_no_total_say_why_they_are_refused():
    # the message spoke of a missing last tier where 第三次及以上每次扣3分 was there
    stop = refusal("第一次扣1分,第二次扣2分,第三次及以上每次扣3分。")
    assert stop.code == "E202" and "第一次…第二次" in stop.message
    assert scores("第一次扣1分,第二次扣2分,第三次及以上的本项不得分。", ["2", "3"], points="10") == ["7", "0"]


def test_bare_points_for_each_keep_what_their_words_say_beside_others():
    # 加2分。…停放不规范的 0.5分/项: beside an award, each failing earned 0.5
    s = "实行市级统筹“五统一”,加2分。小区院落内停放不规范,影响小区正常通行的 0.5分/项。"
    assert score(s, "否", "3") == "-1.5"
    # …扣2分。…获表彰的,一次5分: after deductions, each commendation cost 5
    s = "未开展律师行业党委规范化建设考评的扣2分。党员获单位或地厅级以上各类表彰的,一次5分。"
    assert score(s, "否", "2") == "10"
    # a failing's bare points after deductions still take
    assert "值每1扣10分" in str(try_rule("每月次分别扣5分;水质反弹为劣Ⅴ类的,每月次10分", None, None).understood)


def test_a_step_short_of_awards_for_each_listed_is_said_again():
    # 有计划、有总结各得1分,缺一项扣1分: read as both, a unit missing one scored 1 − 1
    assert score("有计划、有总结各得1分,缺一项扣1分。", "是", "否", points="10") == "1"
    assert score("计划、总结、台账各1分,缺一项扣1分。", "是", "是", "否", points="10") == "2"
    # a count then 各 apart from it (共两项,各1分) is no total of the two
    assert refusal("共两项,各1分。", points="10").code == "E218"


def test_at_most_so_many_times_limits_the_clause_that_counts_them():
    # 每次扣0.5分,最多扣2次: the 2次 were left unread (refused); two times' points now
    assert score("未按要求报送的,每次扣0.5分,最多扣2次。", "5", points="10") == "9"
    assert score("每篇加1分,最多加3篇。", "5") == "3"


def test_a_time_within_which_times_are_counted_is_no_number_of_its_own():
    # 一年内被通报两次以上的不得分: 一年 and 两次 were two numbers, refused
    assert scores("一年内被通报两次以上的不得分", ["1", "2"], points="5") == ["5", "0"]
    assert scores("一个月内被投诉3次以上的扣2分", ["2", "3"], points="5") == ["5", "3"]
    # a deadline alone is still the yes/no's words
    assert score("3个工作日内办结的得3分", "是") == "3"


def test_zhizhi_bu_defen_is_the_floor():
    # 每漏报1次扣1分,直至不得分: 直至不得分 was read as a yes/no that zeroed the item
    s = "重大天气预警信号不漏报得3分;重大天气预警信号每漏报1次扣1分,直至不得分。"
    assert scores(s, ["0", "1", "5"], points="3") == ["3", "2", "0"]
    assert scores("每漏报1次扣1分,直至该项不得分", ["2", "9"], points="3") == ["1", "0"]
    # 直至当月分值扣完: the month's points (the item) down to 0; 扣完 was left unread
    assert scores("督查离岗扣分,每发现一次扣10分,直至当月分值扣完;", ["2", "5"], points="30") == ["10", "0"]


def test_none_of_a_step_short_said_after_it_is_where_the_steps_start():
    # 每漏报1次扣1分,不漏报得3分: a yes/no of its own, so one miss lost the 3 and 1 more
    assert scores("每漏报1次扣1分,不漏报得3分", ["0", "1", "4"], points="3") == ["3", "2", "0"]
    # the item's points for none of something named in other words: asked, never a yes/no beside
    # the count (a unit with one stain lost the 10 and the 1)
    stop = refusal("地面每发现1处油污/垃圾扣1分,无污渍得10分", points="10")
    assert stop.code == "E202" and "无污渍得10分" in stop.message
    # (with other points, a requirement of its own)
    assert len(try_rule("发生一般事故每起扣2分;未发生重大事故得5分", None, Decimal(10)).needs) == 2


def test_one_point_off_with_no_mei_is_a_step():
    # 比例≤30%,超1个百分点扣2分: 1个百分点 was left unread (refused)
    assert scores("门诊输液治疗比例≤30%,超1个百分点扣2分", ["30%", "31%", "33.5%"], points="10") == ["10", "8", "4"]
    assert scores("满意率不低于80%,低1个百分点扣0.5分", ["80%", "77%"], points="10") == ["10", "8.5"]
    # 超1% may be the limit itself: not read as a step
    assert refusal("差错率超1%扣2分", points="10").code == "E218"


def test_full_points_at_a_target_then_a_share_below_it():
    # 达到100%的得满分,未达到的按比例得分: read as a tier and a share of its own (two values)
    s = "隐患整改率达到100%的得满分,未达到的按比例得分"
    assert scores(s, ["100%", "80%"], points="10") == ["10", "8"]
    assert scores("整改率达到90%的得满分,未达到的按比例得分", ["90%", "45%"], points="10") == ["10", "5"]
    # a share of a number of people: 80% is no number of them (it was read as 0.8)
    s = "培训人数达到300人次以上的得满分,未达到的按比例得分"
    assert score(s, "240", points="10") == "8"
    assert refusal(s, "80%", points="10").code == "E503"


def test_rates_listed_after_a_remark_in_brackets_share_the_condition():
    # (查阅台账资料)知晓率、参与率>90%: the remark hid the list, so one rate was read
    assert len(try_rule("(查阅台账资料)职工知晓率、参与率>90%(0.5分);", None, None).needs) == 2


def test_a_place_within_a_distance_is_words_of_the_failing():
    # 校园周边200米范围内存在食品摊贩的: the 200米 was left unread (refused)
    assert scores("校园周边200米范围内存在食品摊贩的,扣0.5分。", ["是", "否"], points="5") == ["4.5", "5"]
    assert score("校园周边200米内存在食品摊贩的,每家扣0.5分", "3", points="5") == "3.5"


def test_zhidu_names_no_rate_in_a_list():
    # 基层会员大会制度、…制度健全率80%以上: 制度 ends with 度 but is no rate; one value, not two
    s = "基层会员(代表)大会制度、工会委员会例会制度及其他制度健全率80%以上得0.5分"
    assert len(try_rule(s, None, None).needs) == 1


def test_numbering_after_blanks_starts_the_next_part():
    # …按完成比例得分(40分) 2.监督…: the 2 of the next part's numbering was the share's target
    s = "1.按上级进度目标继续推进污水处理设施建设,按完成比例得分(40分) 2.监督入园企业污水全部进入统一规划管网(20分)"
    assert scores(s, [("100%", "是"), ("75%", "否")], points="60") == ["60", "30"]
    # numbering right after the points: (5) was 5 required before 缺一次 (HY probe)
    s = "(4)审批手续不齐全，发现一次扣1分(5)对突水危险性评价缺一次扣2分(6)无年度水害分析图表扣2分"
    assert score(s, "1", "1", "否", points="15") == "12"


def test_an_age_before_a_share_says_whom_the_share_counts():
    # 新进人员中35岁及以下的不低于80%: intersected, the share was 80% to 3500%
    s = "新进人员中35岁及以下的不低于80%的，得1分；每低1%，扣0.1分"
    assert scores(s, ["85%", "77%"], points="1") == ["1", "0.7"]
    assert "3500%" not in str(try_rule("新进人员中35岁及以下不低于80%的，得1分", None, None).understood)
    # in traditional characters too (週歲)
    assert score("①新進人員中35週歲以下占比不低於95%的，得2分；每低1%，扣0.2分。", "93%", points="2") == "1.6"
    # two conditions on different quantities are never one interval
    assert refusal("面积100平方米以上、合格率80%以下的扣2分").code == "E202"


def test_places_in_a_range_with_points_listed_for_each():
    # 排名1-3名的分别得5、4、3分: 第 left out, the places were a count (three counts, 5 each…)
    assert scores("排名1-3名的分别得5、4、3分", [("1", "10"), ("3", "10"), ("4", "10")], points="5") == ["5", "3", "0"]
    # with 第, the places were asked about; 依次 lists them as 分别 does
    assert scores("排名第4-6名的分别得3、2、1分", [("5", "10"), ("7", "10")], points="3") == ["2", "0"]
    s = "在全市排名1-5名的依次得20分、19分、18分、17分、16分"
    assert scores(s, [("2", "12"), ("5", "12"), ("6", "12")], points="20") == ["19", "16", "0"]
    # places and points that do not pair are still asked about
    assert refusal("排名第1-3名的分别得5、4分").code == "E202"


def test_ying_between_a_negation_and_its_comparison():
    # 协同数量不应超过3个 满足要求,得1分: 应 hid the 不, so more than 3 earned the point
    assert scores("协同数量不应超过3个 满足要求,得1分", ["3", "4"], points="1") == ["1", "0"]
    assert scores("人员不应少于3人,得1分", ["3", "2"], points="1") == ["1", "0"]


def test_numbers_listed_before_fenbie_are_no_kinds():
    # 按照工作量的10%、20%、30%分别扣1分、2分、3分: three counts, each number a kind's name
    assert refusal("按照工作量的10%、20%、30%分别扣1分、2分、3分", points="5").code == "E202"
    # after a comparison they are tiers; words listed are kinds
    assert score("完成率达到90%、80%、70%的分别得10分、8分、6分", "85%", points="10") == "8"
    assert score("市级、省级、国家级媒体报道的,分别加1分、2分、3分", "1", "0", "1") == "4"


def test_yi_n_fen_wei_shangxian_is_a_limit():
    # 更改一名学生扣1分,以5分为上限: 为上限 was not read as 为限 is (refused)
    assert scores("更改一名学生扣1分,以5分为上限", ["3", "8"], points="10") == ["7", "5"]
    assert scores("每篇加1分,以5分为最高限", ["3", "8"]) == ["3", "5"]
    # in traditional characters too
    assert scores("成績經公告後,因教師核算或登錄疏失更改成績者,更改一名學生扣1分,以5分為上限。", ["6"], points="10") == ["5"]


def test_a_symbol_then_a_share_of_words():
    # 门急诊量≥规定数的80%,得2分: the 80% after the words was left unread
    assert scores("门急诊量≥规定数的80%，得2分", ["85%", "70%"], points="3") == ["2", "0"]


def test_a_number_split_by_a_blank_is_never_a_zero():
    # 没有按规定审批备案的扣0 .5分 after another clause: 扣0 was 不扣分 and the 5分 dropped (the
    # digits split by a blank are refused as such)
    stop = refusal("没有整体设计的扣1分;没有按规定审批备案的扣0 .5分")
    assert stop.code == "E204" and "0 .5" in stop.message
    assert score("事假扣1分,病假不扣分", "是") == "-1"


def test_points_for_two_rows_in_one_cell_are_asked_about():
    # 8（2）分：完成该项管理工作 0分：未完成…: the 8 and the 2 were passed over, and the yes/no read
    # the failing (是, meaning done, scored 0)
    stop = refusal("8（2）分：完成该项管理工作 0分：未完成该项管理工作", points="8")
    assert stop.code == "E218" and "8（2）分" in stop.message


def test_jiugao_is_the_highest_only():
    # 同一事项就高计分: 就高 was left unread (refused); it says what 按最高级别加分 says
    s = "获市级表彰的加1分,获省级表彰的加2分,同一事项就高计分"
    assert scores(s, [("是", "是"), ("是", "否")]) == ["2", "1"]


def test_points_printed_after_an_award_are_no_award_of_their_own():
    # 建立台账的得2分(2分): a second yes/no of 2 with no words of its own ("2分)")
    assert len(try_rule("建立台账的得2分(2分)", None, Decimal(2)).needs) == 1
    assert scores("建立台账的得1分(2分)", ["是", "否"], points="2") == ["1", "0"]
    # parts with words of their own still give their points
    assert len(try_rule("办法(2分)并有记录(1分)", None, Decimal(3)).needs) == 2


def test_bu_shao_before_a_number_is_at_least():
    # 区级每季度不少一次、街道级每月不少于一次,少一次扣1分 (不少 for 不少于): the first requirement
    # was dropped and 12 a year read for every unit (IF probe); now both are seen and asked about
    assert refusal("区级及以上每季度不少一次、街道级及以下每月不少于一次,少一次扣1分", points="10").code == "E202"
    assert scores("每季度不少一次,少一次扣1分", ["4", "2"], points="10") == ["10", "8"]


def test_zhi_zhi_zero_is_the_floor_not_a_limit_of_nothing():
    # 每次扣3分,直至0分为止: 至0分为止 was read as a limit of 0 (最多扣0分), so the deductions never
    # bit and a unit that failed scored the item in full (IJ probe)
    sentence = "对于未能及时升级软件的，扣5分；对未能及时升级软件补丁的，每次扣3分，直至0分为止。"
    assert scores(sentence, [("否", "1"), ("否", "2"), ("是", "1")], points="5") == ["2", "0", "0"]
    assert scores("对于人脸识别比对通过率在85%以上的，得5分；对于人脸识别比对通过率每减少5%的，扣1分，直至0分为止。",
                  ["90%", "80%", "50%"], points="5") == ["5", "4", "0"]
    # a limit of nothing, however it is said, is refused: the sentence would never score
    assert refusal("每次扣3分,最多扣0分。", points="5").code == "E202"
    assert refusal("每篇加1分,最高加0分", points="5").code == "E202"


def test_each_part_with_its_own_total_is_refused():
    # 1、…每次扣5分,满分10分,扣完为止。2、…每次扣5分,满分10分,扣完为止: the second total was passed
    # over and both parts taken from one 10 (a unit with nothing taken scored 10 of 20; IJ probe)
    sentence = ("1、未在规定时间内完成抢险处置的，每次扣5分，满分10分，扣完为止。"
                "2、抢险处置不当引发一般安全事故，每次扣5分，满分10分，扣完为止。")
    assert refusal(sentence, points="20").code == "E202"
    # the item's total said before the rule and again after it is one total
    assert scores("本项满分10分。每发现一处扣1分,扣完为止,满分10分", ["3"]) == ["7"]


def test_times_per_period_after_the_number():
    # 少于1次/年 says what 每年少于1次 says (was refused as a standard per head)
    assert scores("综合或专项应急演练少于1次/年，扣5分；", ["0", "1"], points="10") == ["5", "10"]
    assert scores("开展巡查2次/月,每少一次扣0.5分", ["24", "20"], points="5") == ["5", "3"]
    # 应急 is no 应 of a required count
    assert terminal_regex("REQUIRED").search("应急演练少于1次") is None
    assert terminal_regex("REQUIRED").search("应开展4次") is not None


def test_required_count_in_brackets_is_the_requirement():
    # （附照片，不少于6张）…照片每少1张扣1分: the bracket was a remark, so the 6 went unread and every
    # photo provided was taken as one missing (II probe)
    assert scores("必须用具体数据说明（附照片，不少于6张）。照片每少1张扣1分，总计4分。", ["6", "4"]) == ["4", "2"]


def test_an_alternative_in_words_beside_a_number_is_refused():
    # 未达到80%或存在“插花”现象的减5分: the words after 或 were passed over, so a unit at 85% with the
    # failing lost nothing (corpus 农业-252, hidden behind its value count)
    assert refusal("双季稻面积达到85%加1分,达到90%以上加2分,未达到80%或双季稻适宜区存在一季稻“插花”现象的减5分。").code == "E202"
    # two numbers of one value, or of two, joined by 或 are read as before
    assert scores("合格率低于80%或者满意度低于70%的扣2分", [("75%", "90%"), ("85%", "90%")], points="5") == ["3", "5"]


def test_points_printed_after_each_clause():
    # 建立工作机制,(1分)每年至少召开3次工作会议,(1分)年初有计划、年底有总结。(1分): each (1分) scores
    # the clause before it (read as the next clause's, the last became a limit of 1 on all of them
    # and the first clause was passed over; corpus 文明创建-201)
    s = ("乡镇党政领导班子有责任分工,建立工作机制,(1分)每年至少召开3次工作会议研究解决有关问题,(1分)"
         "年初有计划、年底有总结。(1分)")
    assert scores(s, [("是", "3", "是"), ("否", "2", "是"), ("是", "4", "否")]) == ["3", "1", "2"]
    assert scores("建立工作机制。(1分)年初有计划、年底有总结。(2分)", [("是", "否"), ("是", "是")]) == ["1", "3"]
    # points before the first clause still head what follows
    assert "(2分)建立制度" in try_rule("(2分)建立制度,年初有计划。", None).needs[0].words


def test_an_exemption_from_the_failing_is_refused():
    # 出现违法用地情况的不得分,能及时制止、查处的,可不扣分: the exemption was passed over, so a unit
    # that stopped it in time lost the 20 (corpus 国土-91, hidden behind its value count)
    s = "没有出现违法用地情况的,得20分;若出现违法用地情况的不得分,能及时制止、查处的,可不扣分。"
    assert refusal(s, points="20").code == "E202"
    # another kind that takes nothing, and the failing's other answer, are said and read as before
    assert scores("事假扣1分,病假不扣分", ["是", "否"], points="3") == ["2", "3"]
    assert scores("未完成的扣2分,完成的不扣分", ["是", "否"], points="3") == ["1", "3"]


def test_a_conversion_in_words_is_refused():
    # 按每月得分累计的平均分按5分的比例进行折算计分: read as 5 points for yes (折算 passed over)
    d = refusal("年终按每月得分累计的平均分按5分的比例进行折算计分。")
    assert d.code == "E218" and "公式" in d.hint


def test_hidden_losses_behind_value_counts():
    # 受纪律处分-3 (its 分 left out) was passed over, and the failing lost nothing (corpus 党建-2500)
    assert refusal("迟到早退-1分,无故缺席-2分,受纪律处分-3").code == "E218"
    # a standard's number after a dash is no score (nor a range: it is words)
    assert scores("出水执行GB18918-2002标准,不达标扣2分", ["是", "否"], points="5") == ["3", "5"]
    # 断档率高于5%、成活保存率低于85%: two rates, intersected into one 5%–85% (corpus 林业-254)
    assert refusal("断档率高于5%、成活保存率低于85%该项不得分。", points="10").code == "E202"
    assert scores("80分以上90分以下的得2分", ["85", "95"]) == ["2", "0"]
    # 分别计12/8/4分: the slash lists points as 、 does (only the 4 was read, or the 12 thrice)
    assert scores("国家级、省级、市级分别计12/8/4分", [("1", "0", "2")]) == ["20"]
    assert refusal("一等奖每次分别计4/8/12分").code == "E202"
    assert scores("垃圾桶垃圾超过2/3(每桶-2);", ["2"], points="10") == ["6"]  # a fraction, no list
    # 每连片抛荒5亩或零星抛荒30亩的: two units of counting; the 30 was a requirement no rule used
    assert refusal("每连片抛荒5亩或零星抛荒30亩的,扣2分").code == "E202"
    # 机构(2分)和网络(1分): each part's words with its points (the 2 was a heading of the two 1s)
    s = "设置了档案管理机构或部门(2分)和档案工作网络(1分),建立了档案人员岗位责任制(1分);"
    assert scores(s, [("是", "否", "是"), ("否", "是", "是")], points="10") == ["3", "2"]
    assert [n.words for n in try_rule(s, None, Decimal("10")).needs][1] == "档案工作网络(1分)"
    # a # inside a sentence is text, not a comment (the rest of the sentence was lost)
    assert scores("每篇得20分;被其他市级媒体采纳的(含##电视台),每篇15分;", [("1", "2")]) == ["50"]
    # a level's name leaves out the stop and the bracket of its points
    s = ("完成年度计划目标及累计降低进度目标。(35分)未完成年度计划目标,但完成累计降低进度目标。(20分)"
         "完成年度计划目标,但未完成累计降低进度目标。(10分)未完成年度计划目标及累计降低进度目标。(0分)")
    assert score(s, "完成年度计划目标及累计降低进度目标") == "35"


def test_limits_said_with_max_and_per_each():
    # 最多扣分5分, 最大扣5分: a limit (read as a second count at 5 points each)
    for s in ("每次扣1分,最多扣分5分", "每次扣1分,最大扣分5分", "每次扣1分,最大扣5分", "每次扣1分,扣分最大5分"):
        assert scores(s, ["3", "9"], points="10") == ["7", "5"], s
    # 每天最多扣3分: a limit on each day, which a count of all days cannot say
    assert refusal("每逾期1天扣1分,每天最多扣3分").code == "E218"
    # a halving in brackets is read, never passed over as a note
    assert refusal("凡市委、市政府主要领导做出批示的信息,每条另加15分(其他领导减半计分,下同);").code == "E218"
    # half the points of the yes/no just before, for a case of its own: options 4, 2, 0
    s = "按时完成的得4分;逾期完成的,减半计分;未完成的不得分。"
    assert scores(s, ["按时完成", "逾期完成", "未完成"], points="4") == ["4", "2", "0"]
    # right after points per count, the case in brackets is a count of its own at half the points
    s = "主要领导带队督导检查的,每次计1分(其他领导带队的减半计分),最高计3分。"
    assert score(s, "1", "2", points="5") == "2"
    assert score(s, "2", "4", points="5") == "3"


def test_table_rows_of_ranges_and_judged_words():
    # 60—65分 扣4分 66—70分 扣3分 …: each range of the total with what it takes (the first range
    # was an amount to judge and the 扣4分 a yes/no; corpus 教育-251)
    s = "60—65分 扣4分 66—70分 扣3分 71—75分 扣2分 76—80分 扣1分 81分以上 不扣分 59分以下 扣5分"
    assert scores(s, ["81", "80", "60", "59"], points="10") == ["10", "9", "6", "5"]
    # 每核实1处,视情节轻重,扣0.5至2分: one amount judged for each place (视情节轻重 apart was a
    # second amount, of up to the item's points)
    assert len(try_rule("每核实1处,视情节轻重,扣0.5至2分。", None, Decimal("10")).needs) == 1
    # the item named before 计0分 is the item's 0 (a tier's 0 beside the 10 let 99% keep the 10)
    s = "达到上述要求的计10分,签订责任状率未达100%的该项计0分。"
    assert scores(s, ["100%", "99%"], points="10") == ["10", "0"]


def test_numbers_in_ordinary_words():
    # 十分重视 (very) was 10 points given for a yes/no of its own (corpus 经贸-656)
    assert scores("对经贸工作十分重视,能积极配合的,计0.5分。", ["是", "否"]) == ["0.5", "0"]
    assert scores("完成的得十分", ["是"]) == ["10"]
    # 第七条: an article's number, no place (read as a tier of 7 or more)
    assert len(try_rule("第七条:协会历史档案的保存 :合理保存加4分,一般0分,无或混乱扣3分", None).needs) == 3
    # 不超 without 过 is a limit (read as a second count at 2 points each)
    assert scores("每有一项创新内容效果明显的追加0.5分,加分累计不超2分。", ["1", "9"]) == ["0.5", "2"]
    # the unit's own average over past years is no average of all units
    assert "平均值比较" not in try_rule("高于前三年平均值的得2分", None).understood
    assert "平均值比较" in try_rule("高于全县平均水平的得2分", None).understood
    # 平均每人一台: a standard per head (read as 2 points for every computer)
    assert refusal("专任教师办公电脑平均每人一台记2分,平均两人一台的记1.5分").code == "E205"


def test_more_limits_codes_and_requirements():
    # 最高限度为20分 is a limit (read as 20 points for each one); each day's is refused
    assert refusal("每天增加借阅积分最高限度为20分。").code in ("E201", "E218")
    assert scores("每篇加1分,加分最高限度为5分", ["3", "9"]) == ["3", "5"]
    # A31: an item's code, no tier of 31 or more (corpus 教育-1214)
    assert "31" not in try_rule("A31校研究生会主席6分、副主席3分", None).understood
    # 配备5名专职人员(3分);未配备人员的,本项不得分,…每差1人扣0.2分: the steps count down from the 3 and
    # none at all loses it (a tier of 5 or more for the 3, and a count of the staff short, scored 4
    # staff 0; corpus 垃圾分类-2014)
    s = "各街道配备5名专职人员(3分);未配备人员的,本项不得分,人员人数不足的,每差1人扣0.2分,至扣完为止。"
    assert scores(s, ["5", "4", "0"]) == ["3", "2.8", "0"]
    # 三、二、一等獎 are the kinds 分別 pairs with, no numbering of the sentence
    s = "優秀士官人才獎,三、二、一等獎每次分別計4、8、12分;獲政府特殊津貼的,計30分;"
    assert scores(s, [("1", "0", "0", "否"), ("0", "1", "1", "否")]) == ["4", "20"]


def test_signs_and_numbers_written_loosely():
    # 扣(1分): the points in brackets after 扣 were given (an award of 1 for the failing)
    assert refusal("未开展督察扣(1分),相关文档不齐逐项扣(0.25分)", points="5").code == "E218"
    # 扣.5分: the 0 left out (read as 扣5分)
    assert refusal("凡自习无故缺勤者,旷自习扣除活动分 1 分,迟到(早退)扣.5 分;").code == "E218"
    # 10分的量化减分: points named as taken after them (read as given)
    assert refusal("给所在班级10分的量化减分").code == "E202"
    # 其余人员得分以此标准推算: the others' share of the best, which no rule here says (passed over)
    assert refusal("发布数量最多的得7分,其余人员得分以此标准推算。").code == "E218"


def test_more_numbers_in_words():
    # 第22项 at the start numbers the item (read as a tier of 22 or more)
    assert "22" not in try_rule("第22项定期研判并发出预警信息得0.5分,采用信息化手段实现动态监控的再得0.5分;", None).understood
    # 有3-5年发展规划: a plan's years (read as a tier of 3 to 5)
    assert "3≤" not in try_rule("参评农庄有3-5年发展规划记5分;发展规划按进度实施到位记5分", None).understood
    # 按3000人口1个的比例配备: a ratio, no count (read as 2 points for each one)
    s = "村(居)按 3000 人口 1 个的比例配备计生专干计 2 分,村(居)计生专干月工作报酬达主要负责人的 80%以上的计 2 分,未达到的计 0 分;"
    assert scores(s, [("是", "80%"), ("否", "70%")], points="4") == ["4", "0"]


def test_limits_in_jifen():
    # 最多扣除5个积分: a limit in a 积分制 document's points (read as a second count at 5 each)
    assert scores("每次扣1分,最多扣除5个积分", ["3", "9"], points="10") == ["7", "5"]
    assert scores("每篇加2个积分,最高加10个积分", ["2", "9"]) == ["4", "10"]
    # a limit on each volume and time, which a count of all cannot say
    assert refusal("逾期归还图书,每1册/天,扣2个积分,每册/次最多扣除50个积分。").code == "E218"


def test_more_hidden_losses_in_probe_sentences():
    # 未按指标数和标准发放到位不得分,发放不及时扣4分: 到位 denied is no level (read as a level 到位
    # that took the item's 8)
    s = "未按程序操作不得分;未按指标数和标准发放到位不得分,发放不及时扣4分,未公示的扣4分。"
    assert "档次" not in try_rule(s, None, Decimal("8")).understood
    # 电费、热费回收率每降低1%分别扣1分: each rate's steps (read as one value in steps of 0.01)
    assert refusal("电费、热费回收率每降低1%分别扣1分。", points="8").code == "E202"
    # …(否则,扣2分/处,扣完为止)消防通道畅通,否则该项为0分: the requirement after the limit is the
    # next 否则's (it was the limit's words, and the 否则 was dropped as the count's other answer)
    s = "安全出口标志牌完好(否则,扣2分/处,扣完为止)消防通道畅通,否则该项为0分"
    assert scores(s, [("1", "是"), ("1", "否")], points="8") == ["6", "0"]
    # a share required in brackets is read, never a remark passed over
    assert "50%" in try_rule("产品规格一致,商品性好(有分级标准,一等品达到50%以上)6分", None).understood


def test_a_range_after_fenbie_with_one_kind():
    # 每1项分别加3-5分: an amount judged for each (read as three kinds at 3, 4 and 5 points)
    assert refusal("对在工作中获得重大创新成果的,每1项分别加3-5分").code == "E202"
    # places listed in a range still pair with the points one apart
    assert score("第1至5名分别加5至1分", "2") == "4"


def test_da_biao_is_a_level_among_levels():
    # 优30分、良20分、达标10分、不达标0分: four levels (达标 was a yes/no of its own beside 优 and 良,
    # so a unit rated 优 and 达标 scored 40)
    s = "平时考核以检查表为依据,优30分、良20分、达标10分、不达标0分。"
    assert scores(s, ["优", "达标", "不达标"]) == ["30", "10", "0"]
    assert scores("达标的得2分,不达标的不得分", ["是", "否"]) == ["2", "0"]


def test_ranges_after_fenbie_lines_in_brackets_and_most_added():
    # 警告、严重警告、记过、留校察看分别扣10-30分: a range to judge in (read as 21 kinds at 10 to 30)
    assert refusal("受到纪律处分者按不同级别警告、严重警告、记过、留校察看分别扣10-30分").code == "E202"
    assert refusal("被评为二星级及以下党组织的，分别扣1－2分。").code == "E202"
    # levels and places one apart still read
    assert score("按好、较好、一般三档,分别计3至1分", "较好") == "2"
    # 优秀(90分)以上: a line of the score (read as a yes/no of 90 beside the 5)
    assert refusal("学校科研考核为优秀（90分）以上，加5分").code == "E202"
    # 最高加分5分: a limit (read as a count at 5 each)
    assert scores("每参加一次校级讲座加1分,院级每次加0.5分,最高加分5分。", [("3", "2"), ("4", "4")]) == ["4", "5"]


def test_requirements_with_negated_words_and_their_failings():
    # …200人以上的企事业单位成立有人民调解委员会,做到小事不出单位。(2分): the 不 is part of what is asked
    # (read as a failing, fewer than 200 earned the 2)
    s = "辖区内职工人数200人以上的企事业单位成立有人民调解委员会,能有效发现和调解本单位矛盾纠纷,做到小事不出单位。(2分)"
    assert scores(s, ["250", "100"]) == ["2", "0"]
    # the total said before a line and its failing is still no score (a grade's line, refused)
    s = "1.考核分数:满分为100分,根据参加培训、巡逻情况等几个内容进行考核,综合分数达到80分以上,为合格。针对考试不合格人员,进行重新培训。"
    assert refusal(s).code == "E202"
    # 每天按时就寝,熄灯后无玩手机等现象(6分): earned, or taken each day? (read as 6 taken a day)
    assert refusal("每天按时就寝,熄灯后无玩手机、通电话、串宿、走动、开电脑等现象。(6分)", points="6").code == "E202"
    # 不少于30分钟,30分钟内解散的,扣1分: the number again with 内 is the failing (30 or more lost it)
    assert scores("班会课时间不少于30分钟,30分钟内解散的,扣1分", ["20", "40"], points="5") == ["4", "5"]


def test_points_in_brackets_after_each_word():
    # 分优(4分)良(3分)中(2分)差(1分): each word before its points (the 3 was a heading of the 2 and 1,
    # and the words went to the part before)
    s = "分优(4分)良(3分)中(2分)差(1分)四等"
    assert [n.words for n in try_rule(s, None).needs][1] == "良(3分"
    assert score(s, "否", "是", "否", "否") == "3"
    # 4` is 4分 (a prime typed as a backtick; the points were passed over)
    assert score("课堂教学分优(4`)良(3`)中(2`)差(1`)四等。(4分)", "否", "是", "否", "否") == "3"


def test_how_many_levels_and_score_lines_said():
    # 分为优秀、良好、合格三个等次,优秀得5分…: the 3 says how many levels (read as a tier of 3 or more)
    s = "考核结果分为优秀、良好、合格三个等次,优秀得5分,良好得4分,合格得3分"
    assert score(s, "良好") == "4"
    assert score("考核结果分为优秀、合格两档,优秀得5分,合格得3分", "合格") == "3"
    assert score("审计组成人员专业结构搭配合理性分值3分:按合理、基本合理和不合理三个等级按3、2、1计分;", "不合理") == "1"
    # 达标分数为85分, 合格分为80分: a grade's line, no points given (read as a yes/no of 85)
    assert refusal("市级文明单位达标分数为85分。").code == "E218"
    assert refusal("“平安校园”评估合格分为80分。").code == "E218"


def test_kinds_announced_units_in_brackets_and_cut_units():
    # 分四类: how many kinds there are (the 4 was read as a tier of 4 or more for the first kind)
    s = "信息分四类,A级优秀信息记3分,B级一般信息记2分。"
    assert score(s, "是", "否") == "3"
    assert score("考勤成绩分为五级:优:90分以上;良:80分以上。", "95") is not None
    # 计5分/(篇)次: the unit of counting in brackets after the slash (read as a yes/no of 5)
    assert scores("被市委、市政府采用的,计5分/(篇)次。", ["0", "3"]) == ["0", "15"]
    assert scores("迟交者扣0.5分/（次）。", ["2"], points="5") == ["4"]
    # 图书污损:-3分/ : the unit cut off after the slash (read as one 3 taken, however many books)
    assert refusal("图书污损:-3分/").code == "E218"


def test_requirements_are_not_cases_to_take_points_for():
    # 编制不少于2人,内部调剂的扣1分: at least 2 is asked (read as a tier: 2 staff lost the point)
    assert refusal("区级机构编制不少于2人,编制内部调剂的扣1分,人员少于2人的扣1分").code == "E202"
    assert refusal("不少于3次的不得分").code == "E202"
    # a count reached before a deduction, and a requirement with its shortfall, still read
    assert scores("违纪达到3次的扣2分", ["3", "2"], points="5") == ["3", "5"]
    assert scores("培训率不低于90%,每低1%扣1分", ["88%", "95%"], points="5") == ["3", "5"]


def test_bounds_and_numbers_in_words():
    # 十五分钟以上半天以内: the upper end has no number (passed over: a whole day lost the 3 too)
    assert refusal("擅自离岗十五分钟以上半天以内的,扣当事人3分。").code == "E218"
    assert scores("擅自脱岗半天以上,每人次每半天扣3分。", ["2"], points="10") == ["4"]
    # (3)项 names a part of the rule, and 线损四分 is a name (read as a count, and as 4 points)
    assert score("案卷中,(3)项不规范的扣2分。", "是", points="5") == "3"
    assert scores("供售电关系不清晰或不满足线损四分统计要求,扣1分。", ["是", "否"], points="3") == ["2", "3"]


def test_alternatives_before_a_comparison_and_limits_without_units():
    # 未达到预期指标或超过30%以上的,均不计分: words, then 或, before the number (the first case was
    # dropped: a unit short of the target kept its points)
    assert refusal("实际完成未达到预期指标或超过预期指标30%以上的,均不计分。").code == "E202"
    assert refusal("存在插花现象或未达到80%的减5分").code == "E202"
    # two comparisons joined by 或 still read
    s = "检查时,若发现地面有面积超过10平方厘米的污渍或3处以上小污渍,每次扣1分。"
    assert scores(s, ["2"], points="5") == ["3"]
    # 每次扣0.05分(合计不超过0.1): the 分 of the limit left out (read as a condition on the count: none
    # was ever taken)
    assert refusal("未报送记录的每次扣0.05分(合计不超过0.1);").code == "E202"
    # 得l分: a letter copied for the digit (the level it gave was dropped)
    assert refusal("建立机制且有文件,得2分;建立机制但无文件得l分;既无文件也未运作的不得分。").code == "E218"


def test_parts_of_a_total_limits_reached_and_a_second_comparison():
    # 计60分。其中A、B、C和D各占15分: the four parts make up the 60 (read as a yes/no of 60 beside them)
    s = "按规定完成编纂内容的计60分。其中行文格式、资料翔实、事实准确和行文规范各占15分。"
    assert score(s, "是", "是", "否", "是") == "45"
    assert refusal("完成编纂内容的计60分。其中行文格式、资料翔实各占15分。").code == "E202"
    # …每条加0.5分,加到2分: the awards stop at 2 (read as a count at 2 points each)
    s = "简报被市预防办采用每条加0.2分,被省预防办采用每条加0.5分,加到2分"
    assert scores(s, [("3", "0"), ("4", "3")]) == ["0.6", "2"]
    # 低于95%,但不低于最低保有量的,得2分: the 不 is the second comparison's, no failing of the 95%
    # (read as 95% or more for the 2)
    s = "存栏量不低于正常保有量的95%,当月得3.5分;低于正常保有量的95%,但不低于最低保有量的,得2分;低于最低保有量的,不得分。"
    assert scores(s, [("96%", "否"), ("90%", "否"), ("90%", "是")], points="3.5") == ["3.5", "2", "0"]


def test_count_tiers_of_two_things_in_one_sentence():
    # …受表扬1次的计2分;受批评1次的,扣2分;受批评2次,扣5分…: two ladders of counts (one run, the 1 said
    # twice: no tiers at all, the last praise and first criticism read per time)
    s = ("当月内检查受到表扬4次以上的,计10分;受表扬3次的计8分;受表扬2次的计5分;受表扬1次的计2分;"
         "受批评1次的,扣2分;受批评2次,扣5分;受批评3次以上的,扣10分。")
    assert scores(s, [("4", "0"), ("1", "2"), ("3", "3")]) == ["10", "-3", "-2"]


def test_requirements_of_every_one_and_totals_after_words():
    # 做到每次活动有记录,…得5分: every activity is asked to have one (read as 5 for each activity)
    assert scores("组织健全、活动正常,做到每次活动有记录,联系群众有效果,得5分", ["是", "否"]) == ["5", "0"]
    assert score("确保每个村有1名调解员,得2分", "是") == "2"
    # 谈话(1分)、约谈(1分),…谈话(1分),责令纠错。(3分): the 3 is the sum of the parts, printed after words
    # that have none (read as 3 for 责令纠错, two parts of three scored 3)
    s = "按要求开展谈心谈话(1分)、工作约谈(1分),对发现的苗头性问题及时进行提醒告诫谈话(1分),责令纠错。(3分)"
    assert score(s, "是", "否", "是") == "2"
    assert len(try_rule("按要求开展谈心谈话(1分)、工作约谈(1分),责令纠错。(3分)", None).needs) == 3


def test_a_level_typed_with_other_widths_of_punctuation():
    # 有结余,但… typed for 有结余，但…: the comma's width is no part of the level's name (refused)
    s = "无结余，3分；有结余，但不超过上年结转，2分；结余超过上年结转，不得分。"
    assert scores(s, ["有结余,但不超过上年结转", "无结余"]) == ["2", "3"]


def test_second_requirements_after_qie_and_ages_of_cadres():
    # …服务站得0.5分;面积1000平方米以上且正常运营得0.5分: the yes/no before is of another thing, and
    # reads no 正常运营 (passed over, a station of 1200㎡ not running earned the 0.5); the clause after
    # the stop is a rule of its own, both asked
    s = "建有乡镇运输服务站得0.5分;面积1000平方米以上且正常运营得0.5分"
    assert scores(s, [("是", "1200", "否"), ("是", "1200", "是")]) == ["0.5", "1"]
    # a yes/no after it still answers it
    s = "村民自治达50%以上,且验收合格记4分,每下降1个百分点扣1分;验收不合格不记分"
    assert scores(s, [("50%", "否"), ("48%", "否"), ("60%", "是")], points="4") == ["4", "2", "0"]
    # 无35岁以下干部: who the cadres are (read as an age over 35, a count of 0 young cadres kept the point)
    assert scores("社区领导班子成员中无35岁以下干部的不得分。", ["是", "否"], points="2") == ["0", "2"]


def test_standards_compared_with_symbols_and_shortfalls_of_two_things():
    # 麻醉总数量≥10000例 麻醉恢复室≥2500例 …符合标准,得满分: each standard a value of its own (intersected
    # on one value, the 2500 and the 1000 were passed over)
    s = "麻醉总数量≥10000例 麻醉恢复室≥2500例 疼痛门诊≥1000例 符合标准，得满分 不达标准，不得分"
    assert scores(s, [("12000", "3000", "1000"), ("12000", "2000", "1500")], points="4") == ["4", "0"]
    assert score("80分<总分<90分的,得2分", "85", points="4") == "2"
    # 必备科室缺1个科室,不得分 相关科室缺2个科室,不得分: two kinds of department (read as tiers of one count,
    # one related department short lost the item)
    s = "必备科室缺1个科室，不得分 相关科室缺2个科室，不得分"
    assert scores(s, [("0", "1"), ("1", "0"), ("0", "2")], points="4") == ["4", "0", "0"]


def test_table_cells_after_points_and_failings_in_remarks():
    # 得满分 1项不达标,扣1分 2项及以上不达标,不得分: blanks after the points, then a count, start the next
    # cell (read as one clause, 1 failing kept every point and 2 lost one)
    s = "符合标准，得满分 1项不达标，扣1分 2项及以上不达标，不得分"
    assert scores(s, ["0", "1", "2"], points="3") == ["3", "2", "0"]
    # (无协同单位的专业基地,此处不得分): a failing in brackets is no remark (passed over, a base with no
    # partner unit kept the point)
    s = "协同单位数量不应超过3个 满足要求，得1分（无协同单位的专业基地，此处不得分）"
    assert len(try_rule(s, None, Decimal("1")).needs) == 2


def test_points_added_for_a_case_of_their_own_before_added_steps():
    # 引进外资企业加2分;实到外资每增加100万美元加1分: the 2 is for a case of its own (read as where the
    # steps start, a unit with no foreign investment scored 2)
    assert refusal("引进外资企业加2分；实到外资每增加100万美元加1分。").code == "E202"


def test_the_base_said_again_as_what_nothing_wrong_scores():
    # 以30分为基数,当月未出现质量问题为30分,…扣3分/次: the base said again (read as a second start, one
    # incident scored 57; beside an award, a unit with nothing wrong scored 60)
    assert scores("以30分为基数,当月未出现质量问题为30分,出现质量事故扣3分/次", ["0", "1"]) == ["30", "27"]
    s = "以30分为基数,当月未出现质量问题为30分,提出有效整改措施的加2分,出现质量事故扣3分/次"
    assert scores(s, [("否", "0"), ("是", "2")]) == ["30", "26"]


def test_a_comparison_cell_after_points_and_a_step_written_as_a_range():
    # …≥规定数的60%,得1分 ＜60%,或未安排独立操作,不得分: blanks after the points, then a symbol, start
    # the next cell (its ＜60% was read with the 60% before, so below 60% earned the 1)
    s = "独立技能操作≥规定数的80%，得3分 独立技能操作≥规定数的60%，得1分 ＜60%，不得分"
    assert scores(s, ["85%", "70%", "50%"], points="3") == ["3", "1", "0"]
    # 每增加1至10分钟的,扣1分: a step of what size? (the 每 was dropped: a range, 20 minutes took nothing)
    assert refusal("对于通讯异常每增加1至10分钟的,扣1分,直至0分为止。").code == "E202"
    assert scores("下降5%-10%的扣2分", ["7%", "12%"], points="6") == ["4", "6"]


def test_ratios_set_phrases_and_failings_before_or():
    # 不大于2:3: a ratio (read as 2, the 3 passed over); 8:30 is a time of day, as before
    assert refusal("男女厕位比例不大于2:3,得1分。").code == "E218"
    assert score("1、早8:30前教室、楼道清洁必须完成,清洁不及时扣2分。", "是", points="5") == "3"
    # 三个文明成果, 四个意识, 三会一课: names, no counts (read as a tier of 3 or more)
    assert score("将会议记录、三个文明成果证明等分类建档。(5分)", "是", points="5") == "5"
    assert score("树牢四个意识,坚定四个自信,做到两个维护,得2分", "是") == "2"
    # 无职工培训计划或职工年培训率未达到30%扣5分: a failing in words before 或 (dropped: a unit with no
    # plan and a rate of 40% lost nothing; then refused): a yes/no, then the rate, either one enough
    s = "无职工培训计划或职工年培训率未达到 30%扣 5 分。"
    assert scores(s, [("是", "40%"), ("否", "20%"), ("否", "40%")]) == ["-5", "-5", "0"]
    # 或者拒不整改 after the number (passed over: a unit refusing to act kept its 3)
    s = "整改超期15日以上或者拒不整改的，本项不得分（3分）。"
    assert scores(s, [("0", "是"), ("16", "否"), ("3", "否")], points="3") == ["0", "0", "3"]
    # words of their own before a comma, then 或 and the number (taken for the number's words)
    s = "发生挤占挪用专项资金行为，或违规支出金额超过10万元的，本项不得分（4分）。"
    assert scores(s, [("是", "0元"), ("否", "12万元"), ("否", "5万元")], points="4") == ["0", "0", "4"]
    # and after the number, a failing running on through its 未 (crashed)
    s = "年度应急演练少于2次或者应急预案未及时修订的，扣1分。"
    assert scores(s, [("3", "是"), ("1", "否"), ("2", "否")]) == ["-1", "-1", "0"]


def test_years_after_que_and_the_four_principles():
    # 缺1999年表的扣5分: the year of a table (read as a step of 1999)
    assert scores("缺 1999 年表的扣5 分；缺 1988 年表的扣 3 分", [("是", "否"), ("否", "否")], points="5") == ["0", "5"]
    assert scores("缺1人扣2分", ["2"], points="5") == ["1"]
    # 坚持四项基本原则: a name (read as a tier of 4 or more)
    assert score("坚持四项基本原则,树立正确的世界观,加10分", "是") == "10"


def test_judged_deductions_up_to_their_points_and_numbered_items():
    # 栏目不更新视情况扣2分: judged up to the 2 written (read as up to the item's 8)
    assert "扣0—2分" in try_rule("栏目完整得8分,栏目不更新视情况扣2分;", None, Decimal("8")).understood
    # 2-2 分层分级开展…: the item's number (read as 2 to 2 points judged)
    s = "2-2 分层分级开展培训,实现全覆盖的,得0.3分,否则不得分。"
    assert scores(s, ["是", "否"], points="0.3") == ["0.3", "0"]
    assert "扣1—2分" in try_rule("发现问题的,扣 1-2 分。", None, Decimal("8")).understood


def test_another_persons_deduction_after_the_units():
    # …每人次扣2分,并扣班长2分 / 每发现一项扣2分、首席代表扣1分: the squad leader's, the chief's own
    # (read as a second deduction from the unit, the same failing took 4)
    assert refusal("在收费亭内吸烟的每人次扣2分,并扣班长2分。").code == "E218"
    assert refusal("进驻事项未按要求编制办事指南的,每发现一项扣2分、首席代表扣1分。").code == "E218"
    # a line of the leader's own still reads
    assert score("班长扣2分", "是", points="10") == "8"


def test_an_exemption_in_brackets_among_kinds():
    # 每次事假(公假不扣分)、病假扣1分/次: the bracket exempts another kind (read as 事假's own points, 0
    # per time)
    s = "每次事假(公假不扣分)、病假扣1分/次;无故迟到、早退一次扣1分/次;缺席扣3分/次。"
    assert "扣0分" not in try_rule(s, None, Decimal("10")).understood
    assert scores("优秀(不扣分)、良好(扣1分)、一般(扣2分)", [("否", "是")], points="10") == ["8"]


def test_words_joined_to_a_threshold_by_qie_or_huo_are_a_yes_no():
    # 面积不低于200平方米,且功能齐全 / 配备专职保安2名以上或安装一键式紧急报警装置: the number and a
    # yes/no of the words, both (且) or either (或) (或: refused as a second condition before)
    s = "村级组织活动场所面积不低于200平方米，且功能齐全的得2分"
    assert scores(s, [("250", "是"), ("250", "否"), ("100", "是")], points="2") == ["2", "0", "0"]
    s = "学校配备专职保安2名以上或安装一键式紧急报警装置的得1分"
    assert scores(s, [("2", "否"), ("1", "是"), ("1", "否")], points="1") == ["1", "1", "0"]
    understood = try_rule(s, None).understood
    assert "符合其一" in understood and "为是" in understood
    s = "覆盖率达到90%以上且无安全事故的得3分"
    assert scores(s, [("95%", "是"), ("95%", "否")]) == ["3", "0"]
    s = "覆盖率低于80%或存在弄虚作假的，不得分"
    assert scores(s, [("85%", "否"), ("75%", "否"), ("85%", "是")], points="3") == ["3", "0", "0"]
    # what is counted, with 或 words: each one counted, or the unit's own? (refused, as before)
    assert refusal("每发现一处面积10平方米以上或有明显异味的扣1分").code == "E202"
    # words before 且 run through a 的 into the count: whom it counts
    assert scores("参加培训且考试合格的人数达到10人以上得2分", ["12", "8"]) == ["2", "0"]


def test_a_bare_number_before_points_names_the_missing_comparison():
    # 完成率50%的得2分: at least 50%, below it, or exactly? (E218 said only "not read")
    d = refusal("完成率50%的得2分")
    assert d.code == "E218" and "比较词" in d.hint and "50%以上" in d.hint


def test_values_compared_in_wan_or_yi_are_written_with_their_magnitude():
    # 达到5万元: a bare 8 may be 8元 or 8万元 (read as 8元, 8万元 of income scored nothing)
    s = "村集体经济年经营性收入达到5万元的得2分，每增加1万元加0.5分，最高加2分；不足5万元的不得分"
    assert scores(s, ["8万", "8万元", "80000元", "0", "3万"], points="4") == ["3.5", "3.5", "3.5", "0", "0"]
    for bare in ("8", "80000"):
        d = refusal(s, bare, points="4")
        assert f"{bare}元还是{bare}万元" in d.message
    assert "写明单位,如 8万元" in try_rule(s, None).needs[0].kind
    assert scores("帮助农民工追讨欠薪每10万元加0.5分，加分最高不超过3分", ["20万"]) == ["1"]
    # a rule in 亿 takes a value in 万
    assert scores("项目投资1亿元以上的得2分", ["999万", "1.2亿"]) == ["0", "2"]
    # a count with no unit word is written in full as often as not (阅读量156000, 1000)
    assert scores("阅读量超过10万的,计1分", ["156000", "10万", "1000"]) == ["1", "0", "0"]
    assert "写明单位" not in try_rule("阅读量超过10万的,计1分", None).needs[0].kind
    # a number of the sentence not in 万 leaves the fact as it was
    assert scores("交易额100万元以上的网店每个加1分", ["3"]) == ["3"]


def test_a_facts_file_value_without_its_magnitude_is_refused_with_its_place(tmp_path):
    (tmp_path / "r.jd").write_text(
        '考评 "测试"\n项目 "集体经济" 4分 {\n  收入: 村集体经济年经营性收入达到5万元的得4分\n}\n', encoding="utf-8")
    (tmp_path / "f.yaml").write_text("rubric: r.jd\nunits:\n  甲村:\n    收入: 8\n  乙村:\n    收入: 8万元\n",
                                      encoding="utf-8")
    from fuzzing import judge, run
    answer = judge(run("score", tmp_path / "f.yaml"))
    assert answer.code == 1 and "E418" in answer.stderr and "f.yaml:4:" in answer.stderr, answer.stderr
    assert "8元还是8万元" in answer.stderr
    (tmp_path / "f.yaml").write_text("rubric: r.jd\nunits:\n  甲村:\n    收入: 8万\n", encoding="utf-8")
    answer = judge(run("score", tmp_path / "f.yaml"))
    assert answer.code == 0, answer.stderr


def test_a_shortfall_from_a_standard_per_ten_thousand_people():
    # 每万常住人口全科医生数达到3人,每少0.5人扣0.5分: the value is the number per 10000 (refused as a
    # standard for each of something, with no total)
    s = "每万常住人口全科医生数达到3人的得2分，每少0.5人扣0.5分，扣完为止"
    assert scores(s, ["3.2", "2.5", "1"], points="2") == ["2", "1.5", "0"]
    # …达到每千人4批次以上: the number itself per 1000 people
    s = "食品抽检量达到每千人4批次以上的得2分，每少0.1批次扣0.2分。"
    assert scores(s, ["4.2", "3.7", "3"], points="2") == ["2", "1.4", "0"]
    # for each of something counted, or a staffing standard, the total is still asked for
    assert refusal("每车至少有2条，少一条扣4分", points="8").code == "E205"
    assert refusal("按照每万人不少于1名的标准配备专职消防员,每少配备1人扣0.2分。").code == "E205"


def test_a_share_of_the_item_said_before_its_points():
    # 得60%分值: the share first (its 60% was read as a third condition, and the sentence refused)
    s = "预算执行率达到90%以上的得满分，80%以上不足90%的得60%分值，低于80%的不得分"
    assert scores(s, ["95%", "85%", "70%"], points="5") == ["5", "3", "0"]
    assert scores("执行率低于80%的扣30%的本项分值", ["70%", "90%"], points="10") == ["7", "10"]
    # a rate of something named after the points is no share of them, nor is 个分值 after a number
    assert "值≥60%" in try_rule("完成率达到60%的得2分", None).understood
    assert scores("推广实施的每项分别加40、30、20个分值", [("1", "0", "2")]) == ["80"]


def test_another_requirement_after_a_threshold_joined_by_tongshi_bing_or_a_clause_of_wu():
    # …90%以上,同时运行良好的 / 2名以上,并经过培训的: passed over (the threshold alone gave the points)
    s = "覆盖率达到90%以上，同时运行良好的得3分"
    assert scores(s, [("95%", "是"), ("95%", "否")]) == ["3", "0"]
    s = "配备专职人员2名以上，并经过培训的得2分"
    assert scores(s, [("2", "是"), ("3", "否"), ("1", "是")]) == ["2", "0", "0"]
    # …90%以上,无安全事故的得3分: 无 asks another thing (read as failing the 90%: 80% earned the 3)
    s = "覆盖率达到90%以上，无安全事故的得3分"
    assert scores(s, [("95%", "是"), ("80%", "是"), ("95%", "否")]) == ["3", "0", "0"]
    # …二千萬元以上,且無累計虧損者給十分: the same after 且 (the 无 was taken for failing the 2000万)
    s = "本年度有盈餘,盈餘金額在新臺幣二千萬元以上,且無累計虧損者給十分。"
    assert scores(s, [("3000万", "是"), ("1000万", "是")]) == ["10", "0"]
    # a verb of the requirement said again is still its failing; 同时 inside what is counted is no joining
    assert scores("知晓率达到90%以上,未达到的扣2分", ["85%", "95%"], points="3") == ["1", "3"]
    assert scores("2个以上指标同时预警的扣1分", ["2", "1"], points="3") == ["2", "3"]
    assert scores("有5人以下(含5人)未到,得10分;有10人以下(含10人)未到,得8分", ["3", "8"]) == ["10", "8"]


def test_a_count_after_zeng_or_jia_is_what_grew():
    # 增加5家以上, 净增1-4家: a count that grew (增 was taken for points added: refused, and 1-4 read ≥4)
    s = "高新技术企业数量净增5家以上的得3分，净增1-4家的得2分，未增长的不得分"
    assert scores(s, ["6", "3", "0"], points="3") == ["3", "2", "0"]
    assert scores("高新技术企业数量增加5家以上的得3分", ["5", "4"]) == ["3", "0"]
    # points after 加 and 增 are still added
    assert scores("每多1家加5分", ["2"]) == ["10"]
    assert scores("获得表彰的另增加2分", ["是"]) == ["2"]


def test_words_of_another_thing_after_a_threshold_are_a_yes_no_beside_it():
    # 培训覆盖率达到100%,档案齐全的得2分: the words were passed over (the rate alone gave the 2)
    s = "培训覆盖率达到100%，档案齐全的得2分"
    assert scores(s, [("100%", "是"), ("100%", "否")]) == ["2", "0"]
    # how it is checked, or a word joining the points, asks nothing
    assert scores("上报率达到100%，以系统数据为准，得2分", ["100%"]) == ["2"]
    assert scores("预警疑点核查到位率达到100%,即为20分。每少1个百分点扣5分,扣完为止。", ["98%"], points="20") == ["10"]


def test_a_joint_that_zeroes_the_item_otherwise_full_points():
    # …2起以上或较大安全事故1起以上的,本项不得分,否则得满分 (refused as a joint beside another clause)
    s = "全年发生一般安全事故2起以上或较大安全事故1起以上的，本项不得分，否则得满分。"
    assert scores(s, [("1", "0"), ("2", "0"), ("1", "1"), ("0", "0")], points="5") == ["5", "0", "0", "5"]
    assert refusal(s).code == "E202"  # with no points of the item, full points are unknown


def test_words_of_another_thing_beside_a_stepped_threshold_are_refused():
    # …达80%以上,建立服务档案记5分,每下降1个百分点扣0.1分: nothing reads 建立服务档案 (passed over, a unit
    # with no archive kept the 5)
    d = refusal("全年开展两次免费生殖健康服务达 80%以上,建立服务档案记 5分,每下降 1 个百分点扣 0.1 分;")
    assert d.code == "E202" and "建立服务档案" in d.message and "建立服务档案的得1分" in d.hint
    d = refusal("完成率100%，无安全事故的得5分，每低1个百分点扣0.5分", points="5")
    assert "“无安全事故”" in d.message
    assert refusal("完成率100%，群众满意的得5分，每低1个百分点扣0.5分", points="5").code == "E202"
    # a periodic requirement is a yes/no of all its words
    s = "学校每学期以召开大会、讲座等形式集中开展安全教育不少于2次,并详细记载安全教育情况,3分;"
    assert scores(s, ["是", "否"]) == ["3", "0"]


def test_words_right_after_a_rate_and_round_the_clock_names():
    # 达到90%以上无安全事故的: after a rate, 无 and another thing needs no comma (passed over)
    s = "覆盖率达到90%以上无安全事故的得3分"
    assert scores(s, [("95%", "是"), ("95%", "否"), ("80%", "是")]) == ["3", "0", "0"]
    # 5人以下未到 still says whom the count counts
    assert scores("有5人以下(含5人)未到,得10分", ["3", "6"]) == ["10", "0"]
    # 24小时接诊: round the clock, no time compared (read so, 且 was refused)
    assert scores("发热门诊设置规范且实行24小时接诊的得1分，否则不得分。", ["是", "否"]) == ["1", "0"]
    assert "超出时限" in refusal("24小时内处理完毕的得1分，每超过1小时扣0.1分", points="2").message


def test_a_share_of_an_amount_in_wan_is_written_with_its_unit():
    # 到位100万元以上的得2分,不足100万元的按到位比例得分: 120万元 was refused as no number
    s = "县级财政高标准农田建设配套资金到位100万元以上的得2分，不足100万元的按到位比例得分。"
    assert scores(s, ["120万元", "60万", "600000元"], points="2") == ["2", "1.2", "1.2"]
    assert "60元还是60万元" in refusal(s, "60", points="2").message


def test_both_met_or_only_one_said_with_manzu():
    # …且兑付金额达到500万元以上的得2分,仅满足一项的得1分 (refused as a joint beside another clause)
    s = "惠企政策资金兑付率达到95%以上且兑付金额达到500万元以上的得2分，仅满足一项的得1分。"
    assert scores(s, [("96%", "600万元"), ("96%", "300万元"), ("90%", "200万元")], points="2") == ["2", "1", "0"]


def test_a_line_of_several_parts_is_not_explained_as_matching_no_tier(tmp_path):
    # 达到5万元的得2分,每增加1万元加0.5分…;不足5万元的不得分: 3.5 earned was shown "不符合任何一档" (the
    # last part's tier, which did not hold)
    (tmp_path / "r.jd").write_text(
        '考评 "收入"\n项目 "收入" 4分 {\n  收入: 村集体经济年经营性收入达到5万元的得2分，每增加1万元加0.5分，'
        '最高加2分；不足5万元的不得分\n}\n', encoding="utf-8")
    (tmp_path / "f.yaml").write_text("rubric: r.jd\nunits:\n  甲村:\n    收入: 8万\n", encoding="utf-8")
    from fuzzing import judge, run
    answer = judge(run("score", tmp_path / "f.yaml", "--explain"))
    assert answer.code == 0 and "得分 3.5" in answer.stdout and "不符合任何一档" not in answer.stdout, answer.stdout


def test_places_after_a_ranked_clause_need_no_di():
    # 排名前三位的得5分,4-6位得3分,7位以后得1分: the later places lean on the first clause's 排名
    # (4-6位 was refused as a second kind of rule beside the ranks)
    s = "群众安全感测评在全市排名前三位的得5分，4-6位得3分，7位以后得1分"
    assert scores(s, ["2", "5", "9"]) == ["5", "3", "1"]
    assert scores("前三名得5分,4至6名得3分", ["3", "6", "7"]) == ["5", "3", "0"]
    # with no place named before, 4-6名 is still a count of people
    assert "名次" not in try_rule("参训4-6名的得3分", None).understood


def test_half_the_item_said_before_its_points():
    # 得一半分, 得一半分值: half the item's points (一半 was refused as no number)
    s = "案件办结率90%以上得满分，80%-90%得一半分，80%以下不得分"
    assert scores(s, ["95%", "85%", "70%"], points="6") == ["6", "3", "0"]
    assert scores("未按时报送的扣一半分值", ["是", "否"], points="4") == ["2", "4"]


def test_a_number_right_before_words_after_a_break_is_numbering():
    # 1未制订…; 2保障措施…每缺少1项扣1分: the 2 numbers the part (read as the count required, 2
    # missing items took 1 where none were missing)
    s = ("1未制订安全工作方针与目标保障措施的,扣5分; 2保障措施不符合本企业实际和法律法规等要求的,每缺少1项扣1分; "
         "3保障措施不具体、责任不明确的,扣3分")
    assert scores(s, [("否", "0", "否"), ("是", "2", "否")], points="5") == ["5", "0"]
    # …扣3分)2查文件: after a closing bracket too
    s = "(未细化和分解扣5分,缺一项扣3分)2查文件:制定阶段性安全生产控制指标。(未制定扣5分)"
    assert "应完成2" not in try_rule(s, None, Decimal(5)).understood
    # a count, a time or an amount right after the break is still read: 15点30分前 is a time
    label = terminal_regex("LIST_LABEL")
    assert [m.group().strip() for m in label.finditer("扣5分; 2保障措施")] == ["2"]
    assert not any(label.search(s) for s in ("扣1分;3人以上", "扣2分;15点30分前", "扣2分。5年内", "扣1分;2次"))
    # 第(3)项 names an item (read as the count required, 3)
    s = "注:第(3)项少一项工作内容扣0.5分,没有督促检查落实的第(3)项不得分。"
    assert scores(s, [("0", "否"), ("1", "否"), ("3", "否")], points="2") == ["2", "1.5", "0.5"]


def test_a_limit_on_what_is_taken_after_points_printed_first():
    # （3分）…每少1次扣0.5分;…每次扣0.2分,本项最多扣2分: 6 short and 5 incomplete lose the 2 (the 3
    # printed first was capped with what is taken: 3−3−1 scored 0)
    s = "（3分）新时代文明实践站全年开展文明实践活动不少于12次，每少1次扣0.5分；活动记录不全的每次扣0.2分，本项最多扣2分。"
    assert scores(s, [("6", "5"), ("12", "5"), ("10", "1"), ("12", "0")], points="3") == ["1", "2", "1.8", "3"]


def test_words_joined_by_qie_beside_a_clause_of_another_thing_are_not_passed_over():
    # …达到100%且量化分级达到A级的得3分,仅建设率达标的得2分: the later yes/no asks another thing, so
    # nothing read the A级 (100% without A级 earned the 3)
    s = "学校食堂“明厨亮灶”建设率达到100%且量化分级达到A级的得3分，仅建设率达标的得2分，否则不得分。"
    assert refusal(s, points="3").code == "E202"


def test_jisuan_after_points_says_nothing_more():
    # 每1000万元计0.5分计算: 计算 after the points (refused as a word out of place)
    s = "按到位资金每1000万元计0.5分计算，最高6分"
    assert scores(s, ["2500万元", "2亿"]) == ["1.25", "6"]  # (awards per count are in proportion)
    assert scores("每人按0.5分计算", ["3"]) == ["1.5"]  # 按…分计算 as before


def test_a_standard_rate_before_lateness_counted_in_cases():
    # 传染病报告及时率100%,每迟报1例扣0.5分: the standard each late case falls short of (the 100% was
    # refused as unread)
    s = "传染病报告及时率100%，每迟报1例扣0.5分，漏报1例扣1分。"
    assert scores(s, [("0", "0"), ("2", "1"), ("9", "0")], points="4") == ["4", "2", "0"]


def test_kekou_is_a_word_not_a_deduction():
    # 克扣学生餐的扣2分: 克扣 (to withhold) is no 扣 of points
    s = "每发现一次学生餐配送不到位、克扣学生餐的扣2分，造成食物中毒事件的本项不得分。"
    assert scores(s, [("0", "否"), ("1", "否"), ("1", "是")], points="4") == ["4", "2", "0"]


def test_level_with_last_year_beside_tiers_of_the_change_is_refused():
    # …下降但不足5%的得2分,与上年持平的得1分: 持平 read as a yes/no beside the tiers let 0% take the 2
    # and the 1
    s = "多发性侵财案件发案数同比下降5%以上的得3分，下降但不足5%的得2分，与上年持平的得1分，同比上升的不得分。"
    assert refusal(s).code == "E202"


def test_a_count_before_steps_beyond_it_past_a_failing_and_a_semicolon():
    # 新引进项目1个的得4分,未引进的不得分;每多引进1个加1分: 1 is where the steps start (read as 4 for
    # each one, 2 and 1 more scored 9)
    s = "新引进亿元以上项目1个的得4分，未引进的不得分；每多引进1个加1分，加分不超过3分。"
    assert scores(s, ["0", "1", "2", "9"]) == ["0", "4", "5", "7"]
    # in an item of 4 the steps could never add: refused, not capped in silence
    assert refusal(s, points="4").code == "E202"


def test_points_listed_after_fenbie_with_no_verb():
    # 省、市、区、镇分别2分、1.5分、1分、0.5分: points given for each kind (refused: no levels before them)
    s = "优质课省、市、区、镇分别2分、1.5分、1分、0.5分"
    assert scores(s, [("1", "0", "2", "0"), ("0", "0", "0", "3")]) == ["4", "1.5"]
    assert scores("好、较好、一般、差分别4分、3分、2分、1分", ["较好", "差"]) == ["3", "1"]  # levels, as before


def test_a_year_total_after_points_for_each_is_their_limit():
    # 每篇1分,全年4分: what a year earns at most (read as 4 points for each of a second count)
    s = "每季度完成规定篇目学习笔记,每篇1分,全年4分"
    assert scores(s, ["3", "4", "6"]) == ["3", "4", "4"]
    assert refusal("每月2分,全年24分").code == "E202"  # points of a month with no verb, as before


def test_kouwan_with_what_is_lost():
    # 扣完基本分, 此分值扣完: the item lost; 扣完2分: 2 taken (both refused as unread)
    assert scores("对修坟、建坟现象未及时整治的扣完基本分。", ["是", "否"], points="20") == ["0", "20"]
    assert scores("整体布局明显不合理扣1分,严重不合理扣完2分", [("是", "否"), ("否", "是")], points="2") == ["1", "0"]
    assert scores("每缺一项扣1分,扣完为止", ["5"], points="2") == ["0"]  # the floor, as before


def test_places_after_the_last_written_score_nothing():
    # 第7—10名得1分,10名以后不得分: from the 11th, nothing (refused: 不得分 gave the places no points)
    s = "信息工作排名全县前3名的得3分，第4—6名得2分，第7—10名得1分，10名以后不得分。"
    assert scores(s, ["2", "10", "11"]) == ["3", "1", "0"]
    assert "第11名及以后" in try_rule(s, None).understood


def test_a_limit_on_steps_down_from_points_printed_after():
    # 达到100%的得4分,每低5个百分点扣0.5分,最多扣2分。(4分): 70% is 6 steps down, 2 at most (the limit
    # was around the 4 given, and never bit: 70% scored 1)
    s = "经营性自建房安全隐患整治完成率达到100%的得4分，每低5个百分点扣0.5分，最多扣2分。（4分）"
    assert scores(s, ["70%", "90%", "100%"], points="4") == ["2", "3", "4"]


def test_decimals_in_words():
    # 扣零点五分, 每下降一个百分点扣零点二分: decimals written in words (refused: 零点五 was no number)
    s = "高血压患者规范管理率达到百分之六十以上的得2分，每下降一个百分点扣零点二分，扣完为止。"
    assert scores(s, ["60%", "55%", "40%"], points="2") == ["2", "1", "0"]
    assert scores("每缺一项扣一点五分", ["2"], points="5") == ["2"]


def test_a_bonus_said_with_jia_past_the_items_points_is_refused():
    # 完成任务的得5分,…;…增长的另加1分 in an item of 5: the bonus never counts at full marks (capped
    # in silence before), as steps past full marks are refused
    s = "粮食播种面积完成县下达任务的得5分，未完成的按比例计分；粮食总产量较上年增长的另加1分。"
    assert "加分不会起作用" in refusal(s, points="5").message
    assert scores(s, [("100%", "是"), ("80%", "否")], points="6") == ["6", "4"]


def test_a_limit_between_clauses_of_one_kind():
    # 院级每篇2分;最高计10分;校级每篇4分;…: the clause before it, or all of them? (read as all, it
    # limited the clauses after it too)
    s = "支部活动新闻稿；院级每篇2分；最高计10分;校级每篇4分；校外省级每篇6分；国家级每篇10分。"
    assert "写在几句中间" in refusal(s).message
    # one after each clause: each its own
    s = "未制定“一河一策”的；少1条扣1分；最高扣4分;未制定年度计划的；每少1条扣1分；最高扣4分。"
    assert scores(s, [("5", "5"), ("2", "1")]) == ["-8", "-3"]
    assert scores("每个扣5分;20分扣完为止", ["5"], points="20") == ["0"]  # at the end: all of them


def test_both_met_or_one_short_said_as_a_deduction():
    # …均达到90%以上的得2分,其中一项未达到的扣1分,两项均未达到的不得分: one short keeps 1 (refused as a
    # joint beside other clauses)
    s = "财政专项资金绩效自评覆盖率达100%、绩效目标完成率达90%以上的得2分，其中任一项未达到的扣1分，两项均未达到的不得分。"
    assert scores(s, [("100%", "95%"), ("100%", "80%"), ("95%", "80%")], points="2") == ["2", "1", "0"]
    # with no word on both short, only where the two deductions take it all
    assert scores("入矫宣告率、解矫宣告率均达100%的得2分，有1项未达到的扣1分。", [("100%", "95%")]) == ["1"]
    assert refusal("参评率和满意率均达到90%以上的得3分,其中一项未达到的扣1分").code == "E202"


def test_the_items_points_said_last_after_a_comma():
    # …较差的不得分,本项10分: the item's points, not points given after nothing (refused: 不得分 then points)
    s = "现场管理评价为优秀的得10分，良好的得8分，一般的得5分，较差的不得分，本项10分。"
    assert scores(s, ["良好", "较差"]) == ["8", "0"]


def test_a_bonus_past_a_counted_part_that_reaches_the_items_points_is_refused():
    # 每开展1次得0.5分,最高得2分;…每项加1分 in an item of 2: the bonus never counts once the count
    # reaches the 2 (capped in silence before)
    s = "开展职工技能竞赛、劳动竞赛的，每开展1次得0.5分，最高得2分；获得省级以上表彰的每项加1分。"
    assert "加分不会起作用" in refusal(s, points="2").message
    assert scores(s, [("5", "1")], points="3") == ["3"]


def test_a_share_below_two_thresholds_is_refused():
    # 开工率达到90%得2分,竣工率达到80%得2分,达不到的按实际比例计分: below which? (read with the last
    # only, 72% of the 90% scored nothing)
    assert refusal("全年重点项目开工率达到90%得2分,竣工率达到80%得2分,达不到的按实际比例计分", points="4").code == "E202"
    assert scores("开工率达到90%得2分,达不到的按实际比例计分", ["72%"], points="2") == ["1.6"]


def test_a_part_below_a_threshold_is_no_part_of_a_step():
    # 每增加100万元加0.2分…;不足500万元的按比例计分: the 500万 short of the threshold, not a part of a
    # 100万 step (read as the steps' part-share, 250万 scored nothing)
    s = "争取上级专项资金500万元以上的得2分，每增加100万元加0.2分，加分最多1分；不足500万元的按比例计分。"
    assert refusal(s).code == "E218"
    # a part of one step still takes its share, and a whole step where it says so
    assert scores("每少完成1公里扣0.5分,不足1公里的按比例计算", ["1.5"]) == ["-0.75"]
    assert scores("每10万元扣0.5分,不足10万元的按10万元计", ["25万元"]) == ["-1.5"]


def test_an_end_marked_han_belongs_to_its_own_tier():
    # 1万元以下的扣1分,1万元(含)至5万元的扣2分: the 1万 is the second tier's, as (含) says (taken by
    # both, it went to the milder tier)
    s = "违规使用党费金额在1万元以下的扣1分，1万元（含）至5万元的扣2分，超过5万元的本项不得分。"
    assert scores(s, ["1万元", "9000元", "5万元", "6万元"], points="4") == ["2", "3", "2", "0"]
    # where neither says (含), the milder still wins the shared end
    assert scores("完成率80%以下的扣1分，80%至90%的扣2分", ["80%"], points="4") == ["3"]
    # a tier that says (含) at one end holds its other end only by custom (5万 is the next tier's)
    s = "审计发现违规资金金额在1万元以下的扣1分，1万元（含）至5万元的扣2分，5万元（含）以上的扣4分。"
    assert scores(s, ["5万元", "1万元"]) == ["-4", "-2"]


def test_full_marks_said_with_their_points():
    # 达98%得满分(8分),每下降0.5个百分点扣1分: the 8 in brackets are what the full marks are (read as
    # a part apart, they broke the shortfall in two and asked a second value)
    s = "城乡居民基本养老保险参保率达98%得满分（8分），每下降0.5个百分点扣1分，最多扣8分。"
    assert scores(s, ["98%", "97%", "90%"], points="8") == ["8", "6", "0"]
    assert scores("参保率达98%得满分8分。", ["98%", "97%"]) == ["8", "0"]
    assert scores("参保率达98%得满分（8分），90%以上得5分。", ["99%", "95%", "80%"]) == ["8", "5", "0"]


def test_a_veto_given_in_quotes():
    # …的,实行“一票否决”;…每次扣2分: the veto is the first clause's outcome (in quotes it was taken
    # for a name, and the clause became words of the count after it)
    s = "意识形态领域出现重大问题、造成严重政治影响的，实行“一票否决”；出现一般性问题被上级约谈的，每次扣2分。（8分）"
    assert scores(s, [("是", "0"), ("否", "2")], points="8") == ["0", "4"]
    # a veto named in quotes stays words: 没有实行“一票否决”的
    assert scores("没有实行“一票否决”的，扣5分", ["是"]) == ["-5"]


def test_points_for_what_was_done_from_the_most_down():
    # 完成3项的得6分,完成2项的得4分,完成1项的得2分: one count in tiers (the 1 was 2 for each, a value
    # of its own beside the tiers: 3 done and 3 entered scored 12)
    s = "县域经济三项重点指标全部完成的得6分，完成两项的得4分，完成一项的得2分。"
    assert scores(s, ["3", "2", "1", "0"]) == ["6", "4", "2", "0"]


def test_the_peer_average_said_again_in_short():
    # 高于全县平均增速2个百分点以上…,高于平均增速不足2个百分点…,低于平均增速的: the same average
    # (平均增速 alone was a yes/no of its own beside the comparison)
    s = "增速高于全县平均增速2个百分点以上的得3分，高于平均增速不足2个百分点的得2分，低于平均增速的得1分。"
    read = try_rule(s, None)
    assert "是/否" not in read.understood and [n.name for n in read.needs] == ["值", "--others"]


def test_a_place_with_the_area_between_paiming_and_di():
    # 排名全县第一的加2分,第二的加1分,第三的加0.5分: places (read as three yes/no's)
    s = "年度规模以上工业总产值增幅排名全县第一的加2分，第二的加1分，第三的加0.5分。"
    assert scores(s, ["1", "2", "3", "4"]) == ["2", "1", "0.5", "0"]


def test_the_items_points_before_kouwan():
    # …每少1次扣0.5分,本项2分,扣完为止: the item's 2 (refused: points with no verb)
    s = "县级河长年度巡河次数不少于4次，每少1次扣0.5分，本项2分，扣完为止。"
    assert scores(s, ["4", "2", "0"]) == ["2", "1", "0"]


def test_a_plain_limit_after_counted_deductions_across_a_semicolon_is_refused():
    # …每次扣0.5分;…每处扣0.3分,最多扣3分: the last clause's, or both? Blind readers took it either way
    # (read as the last clause's, 4 and 5 lost 3.5)
    s = "国有资产月报逾期报送的，每次扣0.5分；资产数据与财务账不一致的，每处扣0.3分，最多扣3分。"
    assert "只限这一处" in refusal(s).message
    # after a flat deduction, the counted clause's own
    s = "物业企业未按规定公示收费项目、收费标准的，扣1分；收费投诉经查属实的，每件扣0.5分，最高扣2分。"
    assert scores(s, [("是", "6"), ("否", "5")], points="3") == ["0", "1"]


def test_a_limit_naming_jiafen_after_awards_joined_by_commas():
    # …;省级采用的每篇加0.5分,市级采用的每篇加0.2分,加分最多不超过2分: on both awards (read as the last
    # one's, 3 and 5 scored 2.5)
    s = "未按要求报送平安建设工作信息的，每少报1篇扣0.5分；信息被省级采用的每篇加0.5分，市级采用的每篇加0.2分，加分最多不超过2分。"
    assert scores(s, [("0", "3", "5"), ("2", "3", "5")]) == ["2", "1"]


def test_a_veto_on_a_tier_is_refused():
    # 发生1起扣3分,造成2人以上死亡的,实行一票否决: the veto was read as the tier's 0 and the grade passed
    # over; and the people are no tier of the cases (1起 became exactly one: two cases took nothing)
    assert "一票否决" in refusal("个人极端案事件发生1起扣3分，造成2人以上死亡的，实行一票否决，本项不得分。（5分）", points="5").message
    s = "个人极端案事件发生1起扣3分，造成2人以上死亡的，本项不得分。"
    assert scores(s, [("2", "0"), ("1", "2")], points="5") == ["0", "0"]
    assert scores("个人极端案事件发生1起扣3分，造成2人以上死亡的，本项不得分。", [("1", "0")], points="5") == ["2"]


def test_a_score_range_named_as_a_grade_before_its_points():
    # 80-89分为良好,得4分: a tier of the score (read as a judged 80 to 89 points, and the 4 a yes/no)
    s = "市容秩序季度考评得分在90分以上的为优秀，得5分；80-89分为良好，得4分；70-79分为合格，得3分；70分以下为不合格，不得分。"
    assert scores(s, ["95", "85", "75", "60"], points="5") == ["5", "4", "3", "0"]
    s = "考评得分90分以上的为优秀，得5分；80-89分的为良好，得4分；70分以下为不合格，不得分。"
    assert scores(s, ["85"], points="5") == ["4"]


def test_lateness_counted_past_the_time_of_the_points_given():
    # 接警后20分钟内到达现场的得3分;每迟到5分钟扣0.5分: the minutes late are the failing of the 20
    # minutes (a yes/no of its own took all 3 for 25 minutes)
    s = "道路交通事故应急处置：接警后20分钟内到达现场的得3分；每迟到5分钟扣0.5分，迟到超过30分钟的，本项不得分。"
    assert scores(s, ["0", "10", "35"], points="3") == ["3", "2", "0"]


def test_a_failing_joined_by_huo_after_a_number():
    # 逾期3天以上或未完成的,本项不得分: 或 then a failing (passed over: not done at all lost nothing);
    # in a clause of its own, a yes/no beside the number, either one enough
    s = "逾期3天以上或未完成的，本项不得分。"
    assert scores(s, [("4", "否"), ("1", "是"), ("1", "否")], points="2") == ["0", "0", "2"]
    # beside other clauses, refused, as other alternatives there are
    s = "上级交办的重大宣传任务须按期完成，每逾期1天扣0.5分，逾期3天以上或未完成的，本项不得分。（2分）"
    assert "或" in refusal(s, points="2").message
    assert refusal("每发现1处扣0.5分，发现3处以上或未整改的，本项不得分。", points="2").code == "E202"


def test_budongchan_is_no_negation():
    # 不动产登记…评价为优秀的得3分,良好得2分: 不动产 denies nothing (read so, 优秀 was a yes/no of its own)
    s = "不动产登记“一窗受理”综合窗口群众满意度评价为优秀的得3分，良好得2分，一般得1分，较差不得分。"
    assert scores(s, ["优秀", "一般", "较差"]) == ["3", "1", "0"]


def test_points_leading_a_cell_before_a_case_scored_after_a_comma_are_refused():
    # (5分)未完成年度目标任务的,得该项分值的60%: the item's 5, or what the case earns? (read as the
    # case's, 未完成 took the 5 and the 3 besides; with 扣2分 the yes/no was the wrong way round)
    for s in ("（5分）未完成年度目标任务的，得该项分值的60%。", "（5分）未完成年度目标任务的，扣2分。"):
        assert "开头括号里的5分" in refusal(s, points="5").message


def test_no_growth_is_at_zero_too():
    # …增长但不足10%的得1分,未增长或下降的不得分: 0% is no growth (read as a growth under 10%, it took 1)
    s = "村集体经济收入比上年增长15%以上的得3分，增长10%-15%的得2分，增长但不足10%的得1分，未增长或下降的不得分。"
    assert scores(s, ["0%", "5%", "-2%"]) == ["0", "1", "0"]


def test_a_limit_in_percentage_points_past_a_standard_is_a_distance():
    # 不超过目标值0.5%…,每超出0.1个百分点扣0.5分,超出1个百分点以上的本项不得分: 1 point past the 0.5%
    # (read as the value, 1.2% lost the item)
    s = "单位GDP能耗增幅不超过目标值0.5%的得满分，每超出目标值0.1个百分点扣0.5分，超出1个百分点以上的本项不得分。（本项4分）"
    assert scores(s, ["1.2%", "1.5%", "0.5%"], points="4") == ["0.5", "0", "4"]


def test_a_ratio_named_with_a_slash_is_no_unit_of_counting():
    # 年收益率(收益/投资额)达到8%以上的得3分: the slash names the ratio (read as 每投资额, the 8% was of
    # each record and the tiers after it a value of their own)
    s = "产业项目年收益率（收益/投资额）达到8%以上的得3分，5%-8%的得2分，5%以下的不得分。"
    assert scores(s, ["9%", "6%", "4%"]) == ["3", "2", "0"]
    assert scores("每发现一处扣2分/班", ["2"]) == ["-4"]


def test_points_taken_past_nothing_are_refused():
    # 不满意的不得分并扣1分: below the item's 0 (read apart, 扣1分 was a yes/no with no words of its own);
    # 答错不得分也不扣分 takes nothing either way
    assert "0分以下" in refusal("满意的得3分，较满意的得2分，不满意的不得分且扣1分。").message
    assert scores("答对加20分,答错不得分也不扣分", [("是", "否")]) == ["20"]


def test_time_over_a_limit_after_chaoshi_is_the_time_late():
    # 到场时间不超过15分钟,超时每5分钟扣1分: the minutes past the 15 (read as a count of minutes of no
    # kind said, a clerk entered the minutes taken: 20 lost 4)
    s = "乡镇专职消防队接警后到场时间不超过15分钟，超时每5分钟扣1分，最高扣4分。"
    assert "逾期的时长" in try_rule(s, None, None).understood
    assert scores(s, ["0", "5", "30"]) == ["0", "-1", "-4"]
    assert scores("逾期每1天扣0.5分", ["3"]) == ["-1.5"]


def test_a_period_repeated_through_a_season_is_refused():
    # 防火期内每周不少于2次: read as 52 weeks (104 asked) when the season is half a year
    s = "设立森林防火宣传车巡回宣传，防火期内每周不少于2次，每少1次扣0.2分。（2分）"
    assert "防火期内" in refusal(s, points="2").message
    assert "汛期" in refusal("汛期每月巡查不少于2次，每少1次扣0.2分").message
    # the assessment's own period is the year; a yes/no of each week met needs no count
    assert scores("考核期内每季度至少召开1次会议,每少1次扣1分", ["3"]) == ["-1"]
    assert scores("防火期内每周巡查1次以上的得2分", ["是"]) == ["2"]


def test_a_negation_past_a_number_onto_a_comparison_is_refused():
    # 未在30日内实现至少1人就业的: the 未 denies both numbers together (read apart, the 至少1人 held
    # undenied, and a family with one in work lost points)
    s = "每发现1户零就业家庭未在30日内实现至少1人就业的扣0.5分，扣完为止。（2分）"
    assert "否定词" in refusal(s, points="2").message
    assert scores("每发现1户家庭未实现1人以上就业的扣0.5分", [("0", "2")]) == ["-0.5"]


def test_bonuses_over_a_base_that_is_the_whole_item_are_refused():
    # 基础分80分,…每项加2分 in an item of 80: the bonuses never counted, in silence
    s = "基础分80分，获得省级以上荣誉的每项加2分，加分最高不超过10分。"
    assert "基础分80分" in refusal(s, points="80").message
    assert scores(s, ["3"], points="90") == ["86"]


def test_two_ends_of_one_value_joined_by_qie():
    # 85%以上且不足95%, 大于等于85%且小于95%: one interval (且 was not read)
    s = "完成率95%以上的得4分；85%以上且不足95%的得2分；不足85%的不得分。"
    assert scores(s, ["95%", "85%", "84%"]) == ["4", "2", "0"]
    assert scores("完成率大于等于85%且小于95%的得2分", ["90%", "95%"]) == ["2", "0"]
    s = "隐患整改按期完成率≥95%的得4分；≥85%且<95%的得2分；<85%的不得分。"
    assert scores(s, ["95%", "90%", "80%"]) == ["4", "2", "0"]


def test_two_ends_of_different_things_are_refused():
    # 1起以上、10万元以下: cases and money (read as one interval, 1 to 100000 of something)
    assert "不同的量" in refusal("发生1起以上、10万元以下的扣2分").message
    assert "不同的量" in refusal("发生1起以上且不足10万元损失的扣2分").message
    assert scores("5万元以上10万元以下的扣2分", ["8万元"]) == ["-2"]


def test_steps_after_a_periodic_requirement_count_from_its_number():
    # 每学期听课不少于30节的得3分;每少2节扣0.5分: 60 a year (read as a yes/no of each term, the
    # steps counted from 2)
    s = "学校领导班子成员每学期听课不少于30节，达到要求的得3分；每少2节扣0.5分，扣完为止。"
    assert "应完成60" in try_rule(s, None, Decimal("3")).understood
    assert scores(s, ["58", "56", "60"], points="3") == ["2.5", "2", "3"]


def test_a_bare_share_at_the_end_of_a_clause_is_of_the_item():
    # 优秀得满分,良好得80%: 80% of the item's points (得80%的分 too)
    s = "考评为优秀的得满分，良好的得80%，合格的得60%的分，不合格的不得分"
    assert scores(s, ["良好", "合格"], points="5") == ["4", "3"]
    s = "排名前三名的得满分，第四至第八名得80%，其余得60%。"
    assert scores(s, ["5", "9"], points="5") == ["4", "3"]


def test_deductions_used_up_with_the_items_points_named():
    # 扣完本项分值1分为止 (read as the item zeroed, the words after it were not understood)
    s = "流动人口信息登记率达到95%以上的不扣分；每低于1个百分点扣0.1分，扣完本项分值1分为止。"
    assert scores(s, ["95%", "93%", "80%"], points="1") == ["1", "0.8", "0"]


def test_a_limit_on_points_added_holds_across_semicolons():
    # …1000人次以上的加0.5分;…每次加0.2分,加分最多不超过1分: both added (read as the last clause's
    # own, 1.5 was added); 得1分 before them is no 加分
    s = "组织开展食品安全宣传周活动的得1分；活动参与群众达到1000人次以上的加0.5分；被省级以上媒体报道的，每次加0.2分，加分最多不超过1分。"
    assert scores(s, [("是", "1500", "4"), ("是", "500", "2")]) == ["2", "1.4"]
    # a clause with a limit of its own keeps it
    assert scores("市级采用的每篇加0.5分，最高加2分；省级采用的每篇加1分，加分最多不超过3分。", [("5", "5")]) == ["5"]


def test_a_negation_after_a_case_said_in_full_is_what_follows_from_it():
    # 缺席两次以上的,评定为不合格等次,本项计零分: 不合格 follows from two absences (read as the failing
    # of the two, the tier was 1 absence)
    s = "无故缺席组织生活一次扣五分，缺席两次以上的，年度积分评定为不合格等次，本项计零分。（十五分）"
    assert scores(s, ["1", "2"], points="15") == ["10", "0"]


def test_try_says_the_count_before_a_doubled_case_leaves_it_out():
    # 每处扣1分;同一问题重复出现的,加倍扣分: two counts, each case in one of them; readers also count the
    # repeated ones in both, so try says so on the first
    s = "审计发现的问题，每发现一处违反财经纪律的扣1分；同一问题重复出现的，加倍扣分；本项最多扣5分。"
    first, second = try_rule(s, None, None).needs
    assert "不含“同一问题重复出现的，加倍扣分”另计的" in first.kind and "不含" not in second.kind
    assert scores(s, [("1", "1")]) == ["-3"]


def test_the_time_allowed_before_tiers_of_the_same_time_is_their_first_tier():
    # 30分钟内到达火场的得5分,30-60分钟到达的得3分: one value, the minutes (read as a yes/no of its own)
    s = "接到火情报告后，扑火队伍30分钟内到达火场的得5分，30-60分钟到达的得3分，超过60分钟的不得分。"
    assert scores(s, ["25", "45", "70"], points="5") == ["5", "3", "0"]
    # a gap between, and points taken: still refused
    assert refusal("所有投诉均在24小时内处理得满分,超过48小时的扣2分", points="3").code == "E218"


def test_digits_split_by_spaces_are_refused_but_a_zero_and_its_point():
    # 8 5 % pasted from a PDF (read as 5%, the 8 dropped); a list's number before the sentence's stays
    assert "8 5" in refusal("村级组织活动场所达标率 8 5 % 以上得 2 分，每降低 5 个百分点扣 0.5 分").message
    assert "0 . 1" in refusal("责任制未层层签订到人的，每少一人扣0 . 1分").message
    assert scores("1. 30分钟内到达现场的得5分", ["是"]) == ["5"]
    # 扣0. 5分: a zero, its point and a space are one number ("0." numbers no list); refused before
    assert score("每发现1处消防通道被占用扣0. 5分，扣完为止（2分）", "3") == "0.5"
    assert score("内容填写不完全每项扣0. 1分。", "2", points="1") == "0.8"


def test_points_after_a_tab_are_named_as_a_column_pasted_in():
    # …扣完为止<tab>3分: a table's column of points; the hint says how to write the item's points
    for s in ("每发现一次擅自调整预算的扣1分，扣完为止\t3分", "未按规定公开财务信息或公开内容不全的扣1分\t1分"):
        stop = refusal(s)
        assert stop.code in ("E202", "E218") and "（" in stop.hint and "表格" in stop.hint


def test_a_bare_number_among_tiers_of_a_rate_is_refused():
    # 达到8O%的得2分 (a scanned O): read as 8, and 80% fell below every tier
    assert "%" in refusal("项目开工率达到8O%的得2分，达到90%的得3分，达到100%的得4分。").message


def test_places_with_spaces_around_their_numbers():
    # 第 4-6 名 as a PDF pastes it (the - was not read)
    s = "全市综合排名前 3 名的得 10 分，第 4-6 名得 8 分，第 7-10 名得 6 分，其余得 3 分。"
    assert [score(s, v) for v in ("2", "5", "12")] == ["10", "8", "3"]


def test_the_units_ranked_said_in_the_sentence():
    # 在全市12个县(市、区)中排名后3位: the 12 are the places counted from the bottom (the number was not
    # understood, and try asked for it again)
    s = "在全市 12 个县（市、区）中排名后 3 位的扣2分，排名末位的扣3分。"
    rule = try_rule(s, None, None)
    assert "共12个单位" in rule.understood and [n.name for n in rule.needs] == ["名次"]
    assert [score(s, v) for v in ("9", "10", "12")] == ["0", "-2", "-3"]
    s = "秸秆焚烧火点数全县排名（由少到多）前3名的加2分，后3名的扣2分（全县共12个乡镇）。"
    assert [score(s, v) for v in ("2", "11")] == ["2", "-2"]
    assert [score("全市排名前3名+2，后3名-1（共15个）", v) for v in ("12", "13")] == ["0", "-1"]


def test_a_time_late_then_a_count_of_cases_is_refused():
    # 超过规定时限30天的,每件扣0.2分: each case 30 days late, or each 30 days? (read as the days, the 每件
    # was passed over)
    assert "每件" in refusal("超过规定时限30天的，每件扣0.2分").message
    assert scores("逾期30天以上的每人次扣0.2分", ["3"]) == ["-0.6"]
    assert scores("迟报1天扣0.5分", ["2"]) == ["-1"]
    # a day late each time counts the days, as its readers do
    assert scores("无故拖延一天,每次扣2分,扣完为止", ["3"], points="10") == ["4"]


def test_the_items_points_in_brackets_leading_the_cell():
    # (本项10分)…的,本项不得分,并实行一票否决: the item's 10, said first (read as points of their
    # own beside the veto, the sentence was refused)
    s = "（本项10分）辖区内发生重大涉毒案（事）件、造成恶劣社会影响的，本项不得分，并实行一票否决。"
    assert "一票否决" in try_rule(s, None, Decimal("10")).understood
    assert scores("（本项5分）每发现一处扣1分", ["2"], points="5") == ["3"]


def test_nothing_for_less_than_a_step_after_points_per_step_is_whole_steps():
    # 每10家计1分,不足10家的不计分: what is left over earns nothing (read as a tier below 10, 25 earned 2.5)
    s = "新增科技型中小企业入库数每10家计1分，不足10家的不计分，最高计4分。"
    assert scores(s, ["25", "9", "60"]) == ["2", "0", "4"]
    assert scores("每新增10户计0.5分,不足10户的不得分", ["25"]) == ["1"]
    # below another number, it stays a tier of its own
    assert scores("每10家计1分，不足5家的不计分", ["25"]) == ["2.5"]
    # 每增加5家加0.5分,不足5家的不加分: steps up from none, and 不加分 (a second value, and 7 earned 0.7)
    s = "新培育家庭农场每增加5家加0.5分，不足5家的不加分，本项最高加1.5分。"
    assert scores(s, ["7", "4", "12", "30"]) == ["0.5", "0", "1", "1.5"]
    assert scores("新培育家庭农场每增加5家加0.5分。", ["7"]) == ["0.7"]


def test_a_limit_smaller_than_a_deduction_before_it_is_the_last_clauses():
    # 未建立…的扣2分;…每发现一例扣0.2分,累计扣分不超过1分: on them all, the 2 could never be taken
    s = "未按要求建立行政执法“三项制度”的扣2分；执法全过程记录执行不到位的，每发现一例扣0.2分，累计扣分不超过1分。"
    assert scores(s, [("是", "8"), ("否", "2")]) == ["-3", "-0.4"]
    assert scores("…每人次扣1分；…每人次扣3分，扣分累计不超过6分", [("2", "2")]) == ["-6"]


def test_nothing_taken_where_a_requirement_is_met_before_steps_below_it():
    # 不低于95%的不扣分,每低1个百分点…: the 不扣分 says where the steps start (refused as points
    # taken when the requirement is met)
    s = "投诉举报热线电话接通率不低于95%的不扣分，每低1个百分点扣0.1分"
    assert scores(s, ["96%", "95%", "93%"]) == ["0", "0", "-0.2"]
    # points taken when it is met still read nowhere
    assert "达到要求却扣分" in refusal("编制不少于2人的不扣分").message


def test_the_rest_scoring_0_is_the_other_answer():
    # 其余得0分 is 其余不得分 (read as a yes/no of its own, a second value)
    s = "不合格产品核查处置率100%得3分，90%（含）以上得2分，其余得0分。"
    assert scores(s, ["100%", "95%", "80%"]) == ["3", "2", "0"]


def test_a_range_reached():
    # 达到90%（含）至100%的得3分: the word before a range (refused where the range began)
    s = "办结率达到100%的得4分；达到90%（含）至100%的得3分；80%（含）至90%的得2分；低于80%的不得分。"
    assert scores(s, ["100%", "90%", "85%", "79%"]) == ["4", "3", "2", "0"]
    assert scores("达到3至5个的得1分", ["4", "6"]) == ["1", "0"]
    # 达到 before one number is still a lower end
    assert scores("办结率达到90%的得3分", ["95%"]) == ["3"]
    # 逾期15日至30日的: the time late in a range (refused where the range began)
    s = "项目资金拨付应在收到文件后15日内完成，逾期15日以内的扣1分，逾期15日至30日的扣2分，逾期30日以上的扣3分。"
    assert scores(s, ["10", "20", "40", "0"]) == ["-1", "-2", "-3", "0"]
    # a count late, then its points with a minus, is no range
    assert scores("按时报送季度报表得1分；迟报1次-0.5，漏报1次-1，扣完为止", [("1", "0")]) == ["0.5"]


def test_tiers_of_a_time_take_parts_of_an_hour():
    # 1小时以内的得2分,1-2小时的得1分: 1.5 hours was refused as no whole number
    s = "一般自然灾害发生后应急响应启动时间在1小时以内的得2分，1-2小时的得1分，超过2小时的不得分。"
    assert scores(s, ["1.5", "0.5", "2.5"], points="2") == ["1", "2", "0"]
    # tiers of a count still take whole numbers
    assert "整数" in refusal("开展检查3次以上的得2分,1-2次的得1分", "1.5").message


def test_a_rate_of_growth_may_fall_below_0():
    # 增速低于5%的,每低1个百分点…: a growth of -1% was refused as a negative rate
    s = "工业用电量同比增速低于5%的,每低1个百分点扣0.5分,扣满2分为止。"
    assert scores(s, ["-1%", "3%", "6%"]) == ["-2", "-1", "0"]
    assert scores("地区生产总值增长率达到6%以上的得2分", ["-0.5%"]) == ["0"]
    # a rate that names no growth is never below 0
    assert "不能为负数" in refusal("完成率低于5%的,每低1个百分点扣0.5分", "-1%").message


def test_a_failing_under_a_heading_and_its_points():
    # 完成任务(7分):未完成…的扣3分: the heading names the part, no requirement of its own (refused:
    # is the failing the heading's other answer?)
    assert scores("(1)完成任务(7分):未完成全年工作任务的扣3分。", ["是", "否"], points="7") == ["4", "7"]
    assert scores("保洁队伍建设(5分):未建立保洁队伍的扣2分", ["是"]) == ["3"]
    # without the colon, the points are the requirement's, and the failing is still asked about
    assert "反面" in refusal("完成任务得7分,未完成全年工作任务的扣3分").message


def test_a_deduction_with_no_amount_in_other_words_is_refused():
    # 按未完成比例扣减相应分值 and 另重扣 say no amount; passed over, a unit that failed its task scored
    # the item's 4 (a yes/no award on the failing)
    message = refusal("未完成年度目标任务的，按未完成比例扣减相应分值。（4分）", points="4").message
    assert "扣减相应分值" in message
    assert "另重扣" in refusal("一经查实三次以上者扣2分,如离岗造成事故者另重扣。").message


def test_six_in_one_is_a_name_and_down_to_below_0_is_the_headers():
    # 六位一体: a name (read as a count of 6 位, beside 每缺一项 it was refused as two things counted)
    assert scores("社区六位一体综治办建设达到四有五落实2分,每缺一项扣1分。", ["1"]) == ["1"]
    # 直到负分: below 0 (it asked for the header's 扣分 不设下限)
    assert score("超检验周期使用特种设备,每一台扣2分,直到负分。", "3", points="4") == "-2"
    assert score("医院发生安全生产责任事故的,每起扣5分,扣分不受本项分值限制。", "1", points="3") == "-2"


def test_rates_listed_before_one_rate_each_reach_it():
    # 知晓率和参与率均为100%的: the rate each must reach (read as one value for the two: a unit
    # giving the first scored on it alone)
    s = "知晓率和参与率均为100%的得2分"
    assert scores(s, [("100%", "100%"), ("100%", "98%")]) == ["2", "0"]
    assert scores("知晓率、参与率均在90%以上的得2分", [("95%", "89%")]) == ["0"]
    # joined to another condition, the listed rates are refused (read as one value among three)
    s = "及时受理率和按期办结率均达到100%且群众满意率在95%以上的，加1分。"
    assert "是2个值" in refusal(s).message
    # written apart, as the hint says, they read
    s = "及时受理率达到100%、按期办结率达到100%且群众满意率在95%以上的，加1分。"
    assert scores(s, [("100%", "100%", "96%"), ("100%", "99%", "96%")]) == ["1", "0"]


def test_a_veto_as_the_other_answer_keeps_the_grade():
    # 未受到处分的得满分;受到处分的,一票否决,本项计0分: read as the first clause's other answer, the
    # item lost its points and the veto was lost
    s = "未受到党纪政务处分的得满分；受到处分的，一票否决，本项计0分。（15分）"
    assert "Veto" in rule_kinds(s, points="15")
    assert scores(s, ["是", "否"], points="15") == ["0", "15"]
    s = "落实校园安全管理责任（5分）。发生重大校园安全责任事故的，实行一票否决。"
    assert "Veto" in rule_kinds(s, points="5")
    # points of the first clause other than the item's beside a veto are still refused
    assert "一票否决" in refusal("未受到处分的得3分；受到处分的，一票否决，本项计0分。", points="15").message


def test_a_level_that_loses_points_below_levels_that_earn_them():
    # 优秀3、良好2、合格1,不合格的扣1分 in a 3-point item: 不合格 is below 合格 (read as 1 off the
    # item's 3, it scored 2, more than 合格)
    s = "省市对口部门年度考核评价为优秀的得3分、良好的得2分、合格的得1分，不合格的扣1分。"
    assert scores(s, ["不合格", "合格", "优秀"], points="3") == ["0", "1", "3"]
    # with only the full level above it, the deduction still comes off the item's points
    assert scores("好的计2.5分,差的扣1分", ["差"], points="2.5") == ["1.5"]


def test_below_a_threshold_with_steps_that_take_keeps_its_points():
    # 持平的得3分,每上升1个百分点扣0.5分: a fall is the better side (read as not reached, it scored 0)
    s = "刑事案件发案数同比下降或持平的得3分；同比上升的，每上升1个百分点扣0.5分，扣完为止。"
    assert scores(s, ["-4%", "0%", "3%"], points="3") == ["3", "3", "1.5"]
    assert scores("事假3次的得3分,每超过1次扣1分", ["1", "5"]) == ["3", "1"]
    # steps that add still start at the threshold
    assert scores("达到10人以上的得1分,每增加2人加0.5分", ["8", "12"]) == ["0", "1.5"]
    # 本项3分。…持平的得满分;…每上升…扣: the 满分 is the total said (refused as points to start from
    # or to stop at)
    s = "本项3分。信访总量较上年下降或持平的得满分；较上年上升的，每上升1个百分点扣0.5分，扣完为止。"
    assert scores(s, ["-4%", "2%", "10%"]) == ["3", "2", "0"]


def test_an_exception_is_a_remark():
    # 因不可抗力导致延误的除外: the cases left out of the count (its 不 read as a failing, and 扣完为止
    # after it as that failing's zero: a unit with an excused delay lost the item)
    s = "及时完成上级交办的各项临时性任务，每有1项未按时完成扣0.5分，因不可抗力导致延误的除外；本项2分，扣完为止。"
    assert scores(s, ["1", "6"], points="2") == ["1.5", "0"]


def test_a_limit_that_names_some_of_the_deductions_is_refused():
    # …未签订目标责任书的扣3分;…重大隐患未及时整改扣2分,…,隐患整改扣分累计不超过5分: the limit
    # names the hidden dangers (read as on them all, the unsigned pledge's 3 came under the 5)
    s = ("安全生产责任制落实（10分）：未签订目标责任书的扣3分；签订但未分解到岗位的扣1分；每发现1处重大隐患"
         "未及时整改扣2分，发现一般隐患未整改的每处扣0.5分，隐患整改扣分累计不超过5分。")
    error = refusal(s, points="10")
    assert "隐患整改" in error.message and "未签订目标责任书的扣3分" in error.message
    # a limit that names nothing, or what every deduction speaks of, is on them all
    assert scores("每发现1处重大隐患扣2分，发现一般隐患的每处扣0.5分，隐患扣分累计不超过5分。", [("2", "4")]) == ["-5"]


def test_a_limit_on_the_deductions_before_it_then_more_is_refused():
    # …扣0.2分,…每条扣0.5分,以上扣分合计最多1.5分;…本项不得分: read as the last clause's own limit,
    # 5 and 3 lost 2.5 where 1.5 is the most
    s = ("信息发布及时准确的得2分；每发现1条信息超期未更新扣0.2分，发布错误信息的每条扣0.5分，以上扣分合计最多1.5分；"
         "因信息发布不当造成不良舆情的，本项不得分。")
    assert "合计" in refusal(s, points="2").message
    # at the end, it limits them all
    assert scores("每发现1条信息超期未更新扣0.2分，发布错误信息的每条扣0.5分，以上扣分合计最多1.5分", [("5", "3")]) == ["-1.5"]


def test_an_award_taken_back_beside_a_deduction_is_refused():
    # …优秀的加1分,但…发生较大以上安全事故的,不予加分并扣3分: read as the 3 alone, the unit kept the 1
    assert "取消前面的加分" in refusal("被上级评为优秀的加1分，但当年发生较大以上安全事故的，不予加分并扣3分。").message
    # an exception to a count is still passed over
    assert scores("每篇加0.1分,重复报道不加分", ["3"]) == ["0.3"]


def test_more_limits_on_part_of_a_sentence():
    # 以上扣分合计以1分为限;…本项不得分: a limit of the sum in other words, mid-sentence
    s = "各类报表、信息报送及时准确，每迟报、漏报1次扣0.2分，数据错误每处扣0.1分，以上扣分合计以1分为限；拒报、瞒报的，本项不得分。"
    assert "合计" in refusal(s, points="2").message
    # 未…的扣2分;…每有1处未整改扣0.3分,此项最多扣1.5分: the 2 could never be taken under the 1.5
    s = "未按要求开展安全生产大检查的扣2分；检查发现的隐患，每有1处未整改扣0.3分，此项最多扣1.5分。"
    assert scores(s, [("是", "10"), ("否", "3")]) == ["-3.5", "-0.9"]
    # 未完成的,按完成比例计分,但最高不超过4分 beside 6 for the task done: the share's own limit
    assert "只限按比例计分" in refusal("年度目标任务全面完成的得6分；未完成的，按完成比例计分，但最高不超过4分。",
                                   points="6").message


def test_a_level_scored_at_a_share_of_the_item():
    # 为良好的,按90%计分: a share of the item's points (the 90% was not read)
    s = "依法行政考核等次为优秀的，按本项分值100%计分；为良好的，按90%计分；为基本合格的，按60%计分；为不合格的，不得分。本项20分。"
    assert scores(s, ["良好", "基本合格", "优秀", "不合格"], points="20") == ["18", "12", "20", "0"]
    # 高于100%的按100%计算 caps a rate: never 100% of the item for being above it
    assert refusal("（4分）高标准农田建设任务完成率×4分，完成率高于100%的按100%计算。").code == "E218"
    assert refusal("完成率高于100%的按100%计分").code == "E201"


def test_a_veto_of_its_own_after_the_points_of_an_item():
    # …每低0.5个百分点扣0.2分;发生重大食品安全事故的,实行一票否决: a case of its own after a ;, in an
    # item with points: the grade, and the item's nothing (refused as points a veto would override)
    s = "食品抽检合格率达到98%以上得2分，每低0.5个百分点扣0.2分；发生重大食品安全事故的，实行一票否决。"
    assert "Veto" in rule_kinds(s, points="2")
    assert scores(s, [("99%", "否"), ("97%", "否"), ("99%", "是")], points="2") == ["2", "1.6", "0"]
    # with no points to the item, the veto would override points of the sentence's own: refused
    assert "一票否决" in refusal(s).message


def test_no_change_or_a_rise_short_of_a_tier_is_the_same_change():
    # 提高0.5个百分点以上的得3分,持平或提高不足0.5个百分点的得1分: the 持平或 is no other value (read
    # as a second fact, a rate entered for each scored both tiers)
    s = "森林覆盖率比上年提高0.5个百分点以上的得3分，持平或提高不足0.5个百分点的得1分，下降的扣2分。"
    assert scores(s, ["0.6%", "0.3%", "0%", "-0.2%"]) == ["3", "1", "1", "-2"]


def test_doubled_after_counts_at_different_points_is_refused():
    # 每项扣0.5分;…每次扣1分;同一问题重复出现的,加倍扣分: twice the 0.5 of the 问题, or the 1 just
    # before? (read as 2 for each, the 1 doubled)
    s = "督查发现问题整改不到位的，每项扣0.5分；被上级督查通报的，每次扣1分；同一问题重复出现的，加倍扣分。"
    assert "加倍" in refusal(s).message
    # after one count it is twice that count's points
    assert scores("督查发现问题整改不到位的，每项扣0.5分；同一问题重复出现的，加倍扣分。", [("2", "1")]) == ["-2"]


def test_a_limit_on_each_case_is_refused():
    # 单个问题扣分不超过1分: each problem's limit (read as the whole's, 2 and 2 lost 1 of 4)
    s = "每发现1个问题未整改扣1分；整改不到位的每个扣0.5分；单个问题扣分不超过1分；本项4分，扣完为止。"
    error = refusal(s, points="4")
    assert error.code == "E202" and "单个问题扣分不超过1分" in error.message
    # with no 单个 before it, the limit is the whole's
    assert scores("每发现1个问题扣1分，扣分不超过2分", ["3"]) == ["-2"]


def test_a_share_from_an_end_said_to_be_its_own():
    # 80%(含)至100%的按完成比例得分,80%以下的不得分: 80% is the share's (read by the custom that 以下
    # takes in its number, 80% scored nothing)
    s = "建设任务面积完成100%的得8分，完成80%（含）至100%的按完成比例得分，完成80%以下的不得分。"
    assert scores(s, ["80%", "79%", "90%", "100%"], points="8") == ["6.4", "0", "7.2", "8"]


def test_a_value_written_with_the_sentences_unit():
    # 逾期3天, 125吨, 5个工作日: the number, in the word the sentence counts it in
    assert scores("河湖问题应在交办后30天内整改到位，每逾期1天扣0.1分", ["3天", "3日", "3"], points="2") == ["1.7"] * 3
    assert scores("生活垃圾处理量日均达到120吨的得3分；每少10吨扣0.5分，扣完为止。", ["100吨"]) == ["2"]
    assert scores("审批时限压缩至5个工作日以内，每超过1个工作日扣0.5分。", ["6工作日"], points="3") == ["2.5"]
    # in another unit: which was meant?
    error = refusal("审批时限压缩至5个工作日以内，每超过1个工作日扣0.5分。", "7天", points="3")
    assert "单位不同" in error.message and error.code == "E503"
    # each fact its own word: 迟到 in 次, 旷工 in 天
    assert scores("迟到1次扣1分,旷工1天扣2分", [("2次", "1天")]) == ["-4"]
    assert "单位不同" in refusal("迟到1次扣1分,旷工1天扣2分", "2天", "1次").message


def test_a_list_number_with_a_space_before_its_point():
    # 3 .河(沟)道有…垃圾箱得2分,垃圾箱每少一处扣0.2分: the 3 numbers the list (read as 3 bins asked for)
    s = "3 .河(沟)道有定点放置的垃圾箱得2分,垃圾箱每少一处扣0.2分。"
    assert scores(s, ["0", "5", "13"], points="2") == ["2", "1", "0"]


def test_a_limit_of_what_is_added_after_points_earned():
    # 每报送1篇得1分;被采用的每篇加0.5分,最多加1分: the 加 is the last clause's (read as on both, 3 pieces
    # scored 1)
    s = "按时完成调研报告、工作总结报送的，每项得1分；质量较高被市级以上采用的，每篇加0.5分，最多加1分。"
    assert scores(s, [("3", "0"), ("2", "1"), ("3", "4")]) == ["3", "2.5", "4"]
    # awards per piece of several kinds: on them all
    assert scores("省级媒体报道的,每篇加0.5分;被中央媒体报道的,每篇加1分,加分最高2分", [("2", "2")]) == ["2"]


def test_a_share_of_a_whole_in_words():
    # 超过二分之一的得2分,未达到二分之一的,按…与二分之一的比例折算得分: 二分之一 is 50% (read as 0.5, the
    # threshold lost, 60% scored 1.2)
    s = "上级项目资金支出进度超过二分之一的得2分，未达到二分之一的，按实际支出进度与二分之一的比例折算得分。"
    assert scores(s, ["60%", "30%"], points="2") == ["2", "1.2"]
    assert scores("参与率达到二分之一以上的得2分", ["60%", "40%"]) == ["2", "0"]


def test_lateness_beyond_a_limit_in_another_unit_is_refused():
    # 每逾期1天扣0.05分,逾期超过1个月的扣2分: a month, in days? (read as 1 day)
    error = refusal("安全隐患须在半个月内整改到位，每逾期1天扣0.05分，逾期超过1个月的扣2分。")
    assert "个月" in error.message and "天" in error.message
    assert scores("每逾期1天扣0.05分，逾期超过30天的扣2分。", ["10", "31"]) == ["-0.5", "-2"]


def test_a_count_past_which_the_item_is_lost_naming_two_counts_is_refused():
    # 迟报1次扣0.2分,漏报1次扣0.5分,全年迟报、漏报累计超过6次的: of their sum (read as of 漏报 alone)
    s = "每迟报1次扣0.2分，漏报1次扣0.5分，全年迟报、漏报累计超过6次的，本项不得分。"
    assert "合计" in refusal(s, points="3").message
    # one of them named: that one's
    assert scores("每迟报1次扣0.2分，漏报1次扣0.5分，漏报超过3次的，本项不得分。", [("1", "4"), ("5", "2")],
                  points="3") == ["0", "1"]


def test_zero_happening_is_none_of_it():
    # 零发生 is 未发生: the none of the count the tiers read (read as a yes/no beside the count)
    s = "当年新增违法建设零发生的得4分；新增1-5宗（含5宗）的得2分；超过5宗的不得分。（4分）"
    assert scores(s, ["0", "3", "6"], points="4") == ["4", "2", "0"]


def test_the_whole_task_for_full_marks_tops_tiers_of_its_rate():
    # 完成全部任务的得满分;完成80%以上的得4分: 满分 at 100% of the same rate (read as a yes/no beside it)
    s = "对照任务清单，完成全部任务的得满分；完成80%以上的得4分；完成60%-80%的得2分；低于60%的不得分。"
    assert scores(s, ["100%", "85%", "70%", "50%"], points="6") == ["6", "4", "2", "0"]


def test_a_case_that_loses_the_item_before_steps_is_its_own():
    # 存在虚报数据问题的,本项得0分;差错率超过1%的,每超0.1个百分点扣0.5分: the 0 was lost, read as
    # the steps' start
    s = "存在虚报、瞒报数据问题的，本项得0分；统计数据差错率超过1%的，每超0.1个百分点扣0.5分，最多扣3分。"
    assert scores(s, [("是", "0.5%"), ("否", "1.2%"), ("否", "0.5%")], points="3") == ["0", "2", "3"]


def test_a_veto_of_another_case_after_a_zero_is_its_own():
    # …发现非法种植的,本项不得分;发现后未及时铲除…的,实行一票否决: a second failing (read as the first's,
    # plants found and removed set the grade)
    s = "辖区内发现非法种植毒品原植物的，本项不得分；发现后未及时铲除、造成毒品流入社会的，实行一票否决。"
    assert scores(s, [("是", "否"), ("否", "否")], points="8") == ["0", "8"]
    assert len(try_rule(s, None, Decimal(8)).needs) == 2
    # 并实行一票否决 after the zero is that zero's
    assert len(try_rule("发生较大事故的，本项不得分，并实行一票否决。", None, Decimal(8)).needs) == 1


def test_a_limit_on_each_month_is_refused():
    # 每迟报1天扣0.1分,单月扣分不超过0.5分,全年累计不超过2分: each month's (read as the whole's 0.5)
    error = refusal("每月上报数据每迟报1天扣0.1分,单月扣分不超过0.5分,全年累计不超过2分。", points="2")
    assert "单月扣分不超过0.5分" in error.message


def test_levels_joined_by_dunhao_past_two():
    # 优秀的得3分、良好的得2分、一般的得1分: 一般 is a level, not a number in a list (a parse error)
    s = "考核结果为优秀的得3分、良好的得2分、一般的得1分、较差的不得分。"
    assert scores(s, ["优秀", "一般", "较差"], points="3") == ["3", "1", "0"]


def test_to_the_items_points_as_the_limit_is_its_floor():
    # 每件扣2分,以扣完本项分值为限: the floor (read as a yes/no case of its own that lost the item)
    s = "重大行政决策事项未经合法性审查的，每件扣2分，以扣完本项分值为限；造成严重后果的，实行一票否决。"
    assert len(try_rule(s, None, Decimal(4)).needs) == 2
    assert scores(s, [("1", "否"), ("3", "否")], points="4") == ["2", "0"]


def test_a_limit_on_each_one_in_brackets_or_after_each_item_is_refused():
    # 扣2分(单户最多扣2分): each household's (read as the clause's, 3 households lost 2)
    s = "每发现一户贫困户未落实的扣2分（单户最多扣2分），发现错评漏评的每户扣1分，本项10分，扣完为止。"
    assert "单户最多扣2分" in refusal(s, points="10").message
    # 每项扣1分(单项扣分不超过1分,…): each item's (read as the kind's, 3 items lost 1)
    s = "未完成规定动作的每项扣1分（单项扣分不超过1分，累计不超过4分），本项6分。"
    assert "单项扣分不超过1分" in refusal(s, points="6").message
    # kinds counted each their own way: each kind's
    assert scores("国家级项目每个加2分,省级项目每个加1分,单项加分不超过3分", [("2", "5")]) == ["6"]


def test_a_limit_heading_the_sentence_is_on_all_of_it():
    # 最多扣5分:未制定…的扣2分;每发现1名…扣0.5分 (read as the first clause's, 12 absent lost 6 beside it)
    s = "最多扣5分：未制定年度工作计划的扣2分；每发现1名工作人员不在岗扣0.5分。"
    assert scores(s, [("否", "12"), ("是", "2"), ("否", "3")]) == ["-5", "-3", "-1.5"]
    # before words that score nothing yet (refused as unread)
    assert scores("最多扣3分：未按时报送月度报表的，每次扣0.5分。", ["8", "2"]) == ["-3", "-1"]
    # 扣分封顶2分 is 扣分最多2分
    assert scores("每抽查发现1份不合格病历扣0.5分，扣分封顶2分。", ["5"]) == ["-2"]


def test_options_whose_words_say_a_period():
    # 建立台账并每月更新的得2分,建立台账但未按月更新的得1分,未建立的不得分: three options of one judgement
    # (每月 read as a count of months: two yes/no awards, both taken gave 3)
    s = "建立矛盾纠纷排查台账并每月更新的得２分，建立台账但未按月更新的得１分，未建立的不得分。"
    assert "Levels" in rule_kinds(s)
    assert scores(s, ["建立台账但未按月更新", "未建立"]) == ["1", "0"]


def test_places_after_the_first_lose_from_its_points():
    # 第1名得满分,第2-3名扣0.5分…: from the 4 (read from 0, the item's floor left every place after the
    # first nothing)
    s = "以全市排名计分：第1名得满分，第2-3名扣0.5分，第4-6名扣1分，第7-10名扣1.5分，第10名以后扣2分。"
    assert scores(s, ["1", "3", "7", "11"], points="4") == ["4", "3.5", "2.5", "2"]
    # places given points of their own, and a last place that loses: from 0
    assert scores("第1名得3分，第2名得2分，倒数第1名扣1分", [("2", "10"), ("10", "10")]) == ["2", "-1"]
    # places left out between, the first places together: each their own (read from the 2, the last
    # three scored 1)
    s = "班级量化月考核在全年级12个班中排名第1-3名的+2分，第4-9名不加不扣，第10-12名-1分。"
    assert scores(s, ["2", "10"]) == ["2", "-1"]


def test_each_time_adds_up_before_a_limit_without_its_ordinal():
    # 第一次扣0.5分,第二次扣1分,三次及以上的本项不得分: two times take 1.5 (read as tiers, 1)
    s = "未经批准擅自离岗的，第一次扣0.5分，第二次扣1分，三次及以上的本项不得分。"
    assert scores(s, ["1", "2", "3"], points="3") == ["2.5", "1.5", "0"]


def test_a_floor_above_zero_under_deductions_alone():
    # 本项10分,…扣0.5分,…扣3分,最低得2分: at most 8 taken (refused before: points with no sign)
    s = "本项10分，每发现1处台账不规范扣0.5分，每发现1处弄虚作假扣3分，最低得2分。"
    assert scores(s, [("2", "0"), ("4", "3"), ("0", "1")], points="10") == ["9", "2", "7"]
    # 得分不低于1分 says the same (it was passed over: 5 errors scored 0)
    assert scores("本项满分4分，得分不低于1分，每发现一例工作差错扣1分。", ["2", "5"], points="4") == ["2", "1"]
    assert scores("本项满分4分，得分不得低于1分，每发现一例工作差错扣1分。", ["5"], points="4") == ["1"]
    # beside awards, or with no points to stand on, it is refused as before
    assert refusal("每发现1处问题扣1分，最低得2分。").code == "E202"
    # the places of a ranking stop there, as before
    assert scores("第1名10分,每降1名减1分,最低不低于5分", [("8", "10")]) == ["5"]


def test_a_limit_on_those_missing_beside_steps_short_of_a_total():
    # 每月按时上报的得1分,全年缺报1次扣0.1分,缺报3次以上的本项不得分: 3 missing is 9 done (read as 3
    # done or more, a unit with all 12 lost the item)
    s = "信访信息报送：每月按时上报信访动态分析的得1分，全年缺报1次扣0.1分，缺报3次以上的本项不得分。"
    assert scores(s, ["12", "10", "9", "0"], points="1") == ["1", "0.8", "0", "0"]
    # a limit on those done stays so
    assert scores("每年召开全体会议不少于4次,每少1次扣1分,少于2次的不得分", ["3", "1"], points="4") == ["3", "0"]
    # 累计漏报超过5次: more than 5 of 52 missing; 缺报2次 of 2: none done
    s = "按要求每周报送专项工作周报,漏报1次扣0.2分,累计漏报超过5次的本项不得分。"
    assert scores(s, ["52", "47", "46"], points="2") == ["2", "1", "0"]
    assert scores("每半年报送一次工作总结，每缺报1次扣1分，缺报2次的本项不得分。", ["2", "1", "0"],
                  points="2") == ["2", "1", "0"]


def test_a_limit_on_what_the_steps_down_the_places_take():
    # 前三位的得满分,其余每后移一位扣0.2分,最多扣3分: the steps stop at 1 (the limit bit on nothing,
    # the last places scored 0)
    s = "综合排名前三位的得满分，其余按名次每后移一位扣0.2分，最多扣3分。（本项4分）"
    assert scores(s, ["3", "10", "30"], points="4") == ["4", "2.6", "1"]


def test_places_in_between_by_equal_steps_are_refused():
    # 第1名计10分,第13名计4分,中间名次按等差递减: the places between were passed over (7th scored 0)
    s = "全县13个乡镇按得分高低排序，第1名计10分，第13名计4分，中间名次按等差递减。"
    assert "等差递减" in refusal(s).message


def test_a_limit_on_what_two_parts_take_counts_the_first_parts_steps():
    # 完成率100%的得5分,每低1个百分点扣0.2分;建成率…每低1个百分点扣0.1分;上述两项扣分最高不超过5分: what the
    # first steps take is taken too (read as its own points, 80% and 70% scored −2, not 0)
    s = ("棚户区改造新开工任务完成率100%的得5分，每低1个百分点扣0.2分；基本建成率未达到100%的，每低1个百分点扣0.1分；"
         "上述两项扣分最高不超过5分；项目被审计发现违规使用专项资金的，本项不得分。")
    assert scores(s, [("80%", "70%", "否"), ("95%", "90%", "否"), ("100%", "40%", "否"), ("100%", "100%", "是")]) == [
        "0", "3", "0", "0"]
    # a plain 最多扣1分 after the last clause's count is that clause's
    s = "困难职工帮扶建档率达100%的得2分，每低1个百分点扣0.1分，帮扶资金发放逾期的每逾期1天扣0.1分，最多扣1分。"
    assert scores(s, [("90%", "20")], points="2") == ["0"]


def test_options_about_one_event_end_with_the_one_that_loses_the_item():
    # 未发生命案的得3分;发生命案但全部破获的得2分;发生命案未破获的,本项不得分: one judgement of three
    # options (read as two yes/no and a zero, no murder scored 0)
    s = "辖区未发生命案的得3分；发生命案但全部破获的，得2分；发生命案未破获的，本项不得分。"
    assert scores(s, ["辖区未发生命案", "发生命案但全部破获", "发生命案未破获"]) == ["3", "2", "0"]
    # an event of its own after a scale is still a yes/no of its own
    s = "A级的得3分，B级的得2分，C级的得1分；发生食物中毒事件的，该项不得分。"
    assert scores(s, [("A级", "否"), ("A级", "是")]) == ["3", "0"]


def test_a_range_with_one_end_said_to_be_its_own_leaves_out_the_other():
    # 5%(含)-10%的得1分;达到10%以上的不得分: 10% is the tier above's (read closed, it took the 1)
    s = "违法用地占新增建设用地比例低于5%的得3分；5%（含）-10%的得1分；达到10%以上的，本项不得分。"
    assert scores(s, ["4.9%", "5%", "9.9%", "10%"]) == ["3", "1", "1", "0"]
    s = "完成率90%以上的得3分；80%-90%（含）的得1分；80%以下的不得分。"
    assert scores(s, ["90%", "85%", "80%"]) == ["1", "1", "0"]
    # with no end said, a range keeps both its ends; so does one whose other end no tier takes
    assert scores("完成率90%-100%的得3分；80%-90%的得1分", ["90%"]) == ["3"]
    s = "新增吸毒人员中35岁以下青少年占比低于10%的得2分，10%-20%（含）的得1分，超过20%的不得分。"
    assert scores(s, ["10%", "20%"]) == ["1", "1"]


def test_a_consequence_that_is_no_points_leaves_the_items_floor_alone():
    # 被约谈的,取消评先评优资格。本项3分,扣完为止: 扣完为止 is the item's floor (read as the talk's
    # outcome, a unit with one talk lost the item)
    s = "每个问题扣0.5分；问题整改不到位被约谈的，取消本年度评先评优资格。本项分值3分，扣完为止。"
    assert scores(s, ["2", "8"]) == ["2", "0"]
    # a failing before the floor still loses every point
    assert scores("单项基准2分,不符合要求,该单项基准分扣完为止", ["是", "否"]) == ["0", "2"]


def test_next_years_points_are_refused():
    # 连续两年未完成的,下一年度本项基础分值核减2分: the next year's (read as this year's, it lost 2 now)
    s = "本项6分。完成年度植树造林任务的得6分，未完成的按完成比例计分；连续两年未完成的，下一年度本项基础分值核减2分。"
    assert "下一年度" in refusal(s).message
    assert "下一年度" in refusal("重点工作任务按期完成的得2分；每推迟1个月扣0.5分，推迟3个月以上的本项不得分，"
                                "并在下一年度考核中扣减1分。").message
    # a deadline in the next year is this year's work, and a next year's consequence with no points
    # leaves this year's points as they are
    assert scores("年度工作总结于次年1月10日前报送，逾期每天扣0.1分", ["3"]) == ["-0.3"]
    s = "考核结果为优秀的得10分，良好的得8分，一般的得5分，较差的不得分且下一年度不得评为优秀。"
    assert scores(s, ["良好", "较差"]) == ["8", "0"]


def test_subunits_counted_before_a_share_are_refused():
    # 有1个乡镇普及率低于85%的再扣1分: the townships are counted (read as the unit's own share, the
    # 1个 was passed over)
    s = "全县农村自来水普及率达到95%以上的得3分，每低1个百分点扣0.5分；有1个乡镇普及率低于85%的再扣1分。"
    assert "有1个" in refusal(s).message
    # each one's share, said with 每有, reads them one by one
    assert scores("每有1个乡镇普及率低于85%的扣1分", [("80%", "90%", "70%")]) == ["-2"]


def test_a_failing_ending_in_a_thing_the_tiers_never_name_is_its_own():
    # 结案率…低于90%的得0.5分,未建立案件台账的本项不得分: 案件 is in the rate's name, the 台账 is not
    # (read as the rate's none, a unit at 92% with no ledger scored 1)
    s = "劳动保障监察举报投诉案件结案率达到95%以上的得1.5分，90%-95%之间的得1分，低于90%的得0.5分，未建立案件台账的本项不得分。"
    assert scores(s, [("92%", "是"), ("92%", "否")]) == ["0", "1"]
    # the thing the rate measures, not done at all, is still its none
    s = "培训覆盖率达到90%以上的得2分，80%至90%的得1.5分，80%以下的得1分，未开展培训的不得分"
    assert scores(s, ["0%", "50%"]) == ["0", "1"]


def test_how_a_rate_is_worked_out_is_a_remark():
    # 办结率=办结件数/受理件数×100%: the value given is the rate (the × was refused)
    s = "12345热线工单办结率＝办结件数/受理件数×100%，办结率达98%以上的得3分，每低1个百分点扣0.5分。"
    assert scores(s, ["98%", "96%"], points="3") == ["3", "2"]
    s = "综治中心规范化建设达标率＝达标个数/村（社区）总数，达标率100%的得2分，80%以上的得1分，80%以下的不得分。"
    assert scores(s, ["100%", "85%", "70%"]) == ["2", "1", "0"]
    # a score's own formula is still one
    assert scores("得分＝实际完成率÷目标完成率×5", [("80%", "100%")]) == ["4"]


def test_no_points_given_in_the_verb_of_given_points():
    # 赋3分 … 不赋分: nothing given (不赋分 was left unread)
    s = "及时处置率100%的赋3分，95%-99%的赋2分，90%以下的不赋分。"
    assert scores(s, ["100%", "96%", "85%"]) == ["3", "2", "0"]


def test_a_share_of_a_sample_is_the_value_given():
    # 随机抽查10户,群众知晓率达到80%以上的得2分: the sample says where the share is measured
    s = "考核组随机抽查10户,群众知晓率达到80%以上的得2分,每低10个百分点扣0.5分。"
    assert scores(s, ["85%", "70%"]) == ["2", "1.5"]
    # points beside a sample with no share stay refused
    assert refusal("抽查3位农户，农户熟悉政策的得2分，共6分").code == "E218"


def test_a_count_within_each_of_several_places_is_refused():
    # 同一村发现3户以上的,另扣0.5分: each village's households (read as one count, two such villages
    # could not be given)
    s = "农村低保动态管理：每发现1户错保、漏保扣0.2分；同一村发现3户以上的，该村所在乡镇另扣0.5分；本项2分，扣完为止。"
    assert "同一村" in refusal(s).message
    s = "到市集体访每批次扣1分，赴省集体访每批次扣2分；同一批次人数超过20人的，该批次再扣2分；本项10分，扣完为止。"
    assert "同一批次" in refusal(s).message
    # said with 每有1个村, each village's count is given
    s = "每发现1个火点扣0.5分，每有1个村发现3个以上火点的，另扣1分，本项5分，扣完为止。"
    assert "记录" in try_rule(s, None).needs[1].kind


def test_not_one_at_all_is_none():
    # 全年未发生一起安全事故的加2分: no accident at all (read as 2 for each accident)
    assert scores("全年未发生一起安全事故的加2分。", ["是", "否"]) == ["2", "0"]
    assert scores("未出现一例差错的加1分", ["是"]) == ["1"]
    # a count said with 发生 still counts, and so do the times not found (未发现一次扣2分)
    assert scores("发生一起事故扣2分", ["2"]) == ["-4"]
    assert scores("村干部未发现一次扣考核2分。", ["2"]) == ["-4"]


def test_repeats_at_points_of_their_own_are_counted_apart():
    # 每发生1起扣2分,同一企业重复发生事故的,每起扣4分: the repeats are a count of their own, and try says
    # the count before leaves them out (three accidents, one a repeat, lose 8)
    s = "辖区企业每发生1起一般生产安全事故扣2分，同一企业一年内重复发生事故的，每起扣4分，最多扣10分。"
    assert "不含" in try_rule(s, None).needs[0].kind
    assert scores(s, [("2", "1")]) == ["-8"]
    # 其中…另扣 says on top of the count before, which holds them
    s = "辖区企业每发生1起一般生产安全事故扣2分，其中重复发生事故的，每起另扣2分，最多扣10分。"
    assert scores(s, [("3", "1")]) == ["-8"]
    # 其中…的每家计1分 with no 另 is refused as before
    assert "一部分" in refusal("每家计0.3分，其中超过1000万美元的每家计1分").message


def test_none_of_a_case_then_each_one_said_to_be_there():
    # 无执法空白村的得2分;存在执法空白的,每个扣0.5分: the 2 are where the count starts (a yes/no of
    # its own took the 2 as well, one blank village scored 0)
    s = "无安全生产执法空白村（社区）的得2分；存在执法空白的，每个扣0.5分。"
    assert scores(s, ["0", "1", "5"]) == ["2", "1.5", "0"]
    assert scores("无执法空白村的得2分；有空白村的，每个扣0.5分。", ["2"]) == ["1"]
    # none of another thing stays a yes/no of its own
    s = "全年未发生水库垮坝事故的得2分；病险水库未除险的每座扣0.5分"
    assert scores(s, [("是", "2")]) == ["1"]


def test_levels_listed_in_quotes():
    # 按照“好、较好、一般、差”四个等次: the levels without the quotes (“好 was no answer)
    s = "按照“好、较好、一般、差”四个等次评定，分别得4分、3分、2分、0分。"
    assert scores(s, ["好", "较好", "差"]) == ["4", "3", "0"]


def test_a_places_end_said_again_to_be_in():
    # 前3名(含第3名): a remark on the range's end (the 第3名 was refused as unread)
    s = "考核排名前3名（含第3名）得4分，第4至第8名得2分，第9名以后不得分。"
    assert scores(s, [("3", "10"), ("8", "10"), ("9", "10")]) == ["4", "2", "0"]


def test_a_share_of_the_item_for_a_failing_leaves_the_rest_to_the_other_answer():
    # 工作台账不完整的,按50%计分 (4分): a full ledger keeps 4 (read as 2 for the failing, it scored 0)
    assert scores("工作台账不完整的，按50%计分。", ["否", "是"], points="4") == ["4", "2"]
    # points for a failing with no share said stay refused
    assert refusal("工作台账不完整的，得2分。", points="4").code == "E202"


def test_a_share_of_the_earned_score_is_no_zero():
    # 扣除该项得分的一半: half of what was earned (read as 扣除该项得分, the item lost)
    assert refusal("发生重大责任事故的，扣除该项得分的一半。", points="8").code == "E201"
    assert scores("发生重大责任事故的，扣除本项分值的一半。", ["是"], points="8") == ["4"]


def test_places_through_a_last_place_said_with_its_own_di():
    # 排名第四至第八的: places 4 to 8 (read as 4th alone, 12th scored 0)
    s = "全市排名前三的得8分，排名第四至第八的得6分，排名第九至第十二的得4分，排名后三名的得2分（全市共15个县区）。"
    assert scores(s, ["6", "12", "14"]) == ["6", "4", "2"]


def test_how_many_of_the_failings_joined_by_or_is_refused():
    # 未建立预案或未开展演练的扣2分;两项均未落实的扣4分: 4 in all for both, or 4 more? (read as two
    # yes/no, both failings lost 6)
    assert "几项" in refusal("未按要求建立应急预案或未开展应急演练的扣2分；两项均未落实的扣4分。").message
    assert "几项" in refusal("预案、演练有一项未落实的扣2分，两项均未落实的扣4分").message
    # the count of them in tiers reads
    assert scores("有1项未落实的扣2分，有2项及以上未落实的扣4分", ["1", "2"]) == ["-2", "-4"]


def test_a_rate_in_full_for_the_full_points_before_a_count_of_what_misses():
    # 持证率达到100%得满分;未达到的,每有1家未持证扣0.5分: the 2 are where the count starts (read as
    # a tier, 95% with one unlicensed scored 0)
    s = "辖区内重点企业排污许可证持证率达到100%得满分；未达到的，每有1家未持证扣0.5分，扣完为止。"
    assert scores(s, ["0", "1", "5"], points="2") == ["2", "1.5", "0"]


def test_a_limit_of_some_parts_before_another_part_is_refused():
    # ①…;②…;①②两项合计扣分不超过4分;③…扣3分: the limit is on ① and ② (read as on all three)
    s = ("①每发现1起违规占用耕地行为扣1分；②每发现1处违法建筑未及时拆除扣0.5分；①②两项合计扣分不超过4分；"
         "③发生土地违法重大案件被上级通报的，扣3分。本项共8分。")
    assert "限的是它前面的几项" in refusal(s).message
    # at the end, it is on the parts before it
    s = "每发现1起违规占用耕地行为扣1分；每发现1处违法建筑未及时拆除扣0.5分；上述两项合计扣分不超过4分。"
    assert scores(s, [("3", "4")]) == ["-4"]


def test_steps_beyond_a_target_amount_in_other_multiples():
    # 目标任务为5亿元,超额完成的每超出1000万元加1分: from the 5亿 (read as 1000万 steps from 0, the target
    # passed over: 4.8亿元 earned 3)
    s = "招商引资实际到位资金目标任务为5亿元，超额完成的每超出1000万元加1分，最高加3分，未完成目标任务的不加分。"
    assert scores(s, ["4.8亿元", "5亿元", "5.2亿元", "6亿元"]) == ["0", "0", "2", "3"]


def test_a_limit_on_what_is_taken_said_with_jian_fen():
    # 加分不超过2分,减分不超过2分: the second limits what is taken (read as the most the sentence
    # scores, 3 criticisms lost 3)
    s = "工作获得领导批示肯定的每次加1分；被批示批评的每次扣1分；本项加分不超过2分，减分不超过2分。"
    assert scores(s, [("0", "3"), ("4", "0"), ("3", "1")]) == ["-2", "2", "1"]


def test_a_consequence_with_no_points_is_a_remark():
    # …的,年度考核直接定为不称职,本项不得分: the 不 of 不称职 turned the case around (no absence lost the item)
    s = "年度内累计旷工3天以上或连续旷工2天以上的，年度考核直接定为不称职，本项不得分。（6分）"
    assert scores(s, [("2", "1"), ("3", "0"), ("0", "2")], points="6") == ["6", "0", "0"]
    # a case whose consequence is no points is no rule of the item (its 80% was refused as unread)
    s = "12345热线工单按时办结率98%以上得3分，95%（含）—98%得2分，低于95%不得分；满意率低于80%的，对分管领导进行约谈。"
    assert scores(s, ["99%", "96%"]) == ["3", "2"]
    # 被通报批评的 is a case, and counts; so are talks counted (约谈三次及以上 is no consequence)
    assert scores("被通报批评的每次扣1分", ["2"]) == ["-2"]
    s = "年度内被上级部门约谈1次扣1分，约谈2次扣3分，约谈三次及以上本项不得分。"
    assert scores(s, ["1", "2", "3"], points="5") == ["4", "2", "0"]


def test_a_deduction_on_top_of_a_tier_of_nothing():
    # 85分以上的得2分,低于85分的不得分;低于70分的,另扣1分: −1 below 70 (read off the 2, 69 scored 1)
    s = "食品安全群众满意度测评成绩85分以上的得2分，低于85分的不得分；测评成绩低于70分的，另扣1分。"
    assert scores(s, ["90", "80", "69"]) == ["2", "0", "-1"]
    # one tier given points and a deduction for the rest still counts down from them, beside a
    # tier of nothing too
    assert scores("面积达到60平方米以上的得2分,不足60平方米的扣1分", ["50"]) == ["1"]
    s = "村级组织每月召开1次党员大会，全年缺开不超过1次的得满分，缺开2次扣1分，缺开3次扣2分，缺开4次及以上不得分。"
    assert scores(s, ["1", "2", "3", "5"], points="3") == ["3", "2", "1", "0"]


def test_a_deduction_below_the_start_of_steps_up_is_refused():
    # 以80%为基准,未达到80%的扣2分;高于基准的,每提高5个百分点加0.5分: the −2 was read as where the steps
    # start (95% scored 0)
    s = "群众满意率测评结果以80%为基准，未达到80%的扣2分；高于基准的，每提高5个百分点加0.5分，加分最高1分。"
    assert "起点" in refusal(s).message
    # with the start said in the steps' clause, both read
    s = "满意率未达到80%的扣2分；高于80%的，每提高5个百分点加0.5分，加分最高1分。"
    assert scores(s, ["79%", "90%"]) == ["-2", "1"]


def test_a_limit_named_on_what_is_added_at_the_points_started_from():
    # 得1分,每少报1篇扣0.1分;…每篇加0.2分,…每篇加0.5分,加分最高1分: up to 1 added on top of the 1
    # (read as the sentence's most, no piece adopted ever counted)
    s = ("按时完成纪检监察信息报送任务的得1分，每少报1篇扣0.1分；信息被市纪委采用的每篇加0.2分，"
         "被省纪委采用的每篇加0.5分，加分最高1分。")
    assert scores(s, [("0", "3", "2"), ("0", "3", "0"), ("5", "0", "2")]) == ["2", "1.6", "1.5"]


def test_the_same_places_at_two_points_are_refused():
    # 参评的5项重点指标均进入全市前5名的加2分;其中3项以上进入全市前5名的加1分: indicators counted, not
    # the unit's place (read as a place among 5 units, any of the first five took 2)
    s = "参评的5项重点指标均进入全市前5名的加2分；其中3项以上（含3项）进入全市前5名的加1分。"
    assert "同样的名次" in refusal(s).message
    # the wording the message suggests reads the count of them
    s = "进入“全市前5名”的重点指标有5项的加2分，有3项以上的加1分"
    assert scores(s, ["5", "4", "2"]) == ["2", "1", "0"]
    # units ranked are still counted from 参评的15个
    assert "共15个" in try_rule("参评的15个乡镇中排名前5名的加2分", None).understood


def test_a_limit_inside_a_numbered_part_is_the_parts():
    # 1.…扣2分;2.…扣1分;3.…每逾期1天扣0.1分,最多扣1分: the 1 limits the lateness (read as the list's,
    # both failings and 3 days late lost 1 in all)
    s = ("本项共4分。1.未按规定召开民主生活会的扣2分；2.会前未开展谈心谈话的扣1分；"
         "3.整改方案未在规定时限内报送的，每逾期1天扣0.1分，最多扣1分。")
    assert scores(s, [("是", "是", "3"), ("否", "是", "15")]) == ["0.7", "2"]
    s = "一是未按要求成立工作专班的扣1分；二是宣传发动不到位的扣0.5分；三是每少开展1次督查扣0.5分，此项最多扣1.5分。"
    assert scores(s, [("是", "是", "2")]) == ["-2.5"]
    # after a stop, or said of them all, it is the list's
    s = "1.每发现一起未办理施工许可擅自开工的扣1分；2.扬尘治理不到位的，每处扣0.2分；3.发生安全事故的，每起扣2分。最高扣5分。"
    assert scores(s, [("3", "5", "1")]) == ["-5"]
    s = "（1）每发现1起扣1分；（2）每发现1处扣0.5分；（3）上述各项合计扣分不超过4分。"
    assert scores(s, [("5", "5")]) == ["-4"]


def test_a_limit_of_some_numbered_parts_is_refused():
    # (1)…;(2)…;(3)…。(2)(3)项合计最多扣4分: on (2) and (3), not (1) (read as on all three)
    s = ("本项6分。（1）未建立防贫监测台账的扣2分；（2）监测对象识别不精准，每户扣0.5分；"
         "（3）帮扶措施未落实的，每户扣1分。（2）（3）项合计最多扣4分。")
    assert "只限其中几项" in refusal(s).message
    # naming all the parts reads
    s = "①每发现1起违规占用耕地行为扣1分；②每发现1处违法建筑未及时拆除扣0.5分；①②两项合计扣分不超过4分。"
    assert scores(s, [("3", "4")]) == ["-4"]


def test_a_graver_case_holding_the_one_before_is_refused():
    # 未按时完成…的扣1分,未按时完成且被上级通报的扣2分: 2 in all, or 3? (read as two yes/no, it lost 3)
    s = "未按时完成年度普法任务的扣1分，未按时完成且被上级通报的扣2分。"
    assert "包含了前面" in refusal(s).message
    # the cases written apart read, and so does 另扣
    assert scores("未按时完成但未被通报的扣1分，未按时完成且被上级通报的扣2分。", [("否", "是")]) == ["-2"]
    assert scores("未按时完成年度普法任务的扣1分，被上级通报的另扣2分。", [("是", "是")]) == ["-3"]
    # so is a better case holding the one given before (有预案得1分,有预案且开展演练得2分: 3 for both)
    assert "两处都计分" in refusal("有应急预案得1分，有预案且开展演练得2分，无预案不得分。").message


def test_the_failing_said_in_brackets_after_what_is_not_done():
    # 未完成的(完成率低于80%)扣1分: below 80% (read as the standard in brackets, negated: 80% and up
    # lost the point)
    s = "按期完成年度减排任务的不扣分；未完成的（完成率低于80%）扣1分。"
    assert scores(s, ["100%", "85%", "79%"]) == ["0", "0", "-1"]
    # a standard in brackets is still the one fallen short of
    assert scores("未开展禁毒宣传活动（全年不少于6次）的，扣1分", ["6", "5"]) == ["0", "-1"]


def test_a_part_counted_at_points_of_its_own_by_its_size():
    # 每次扣2分;涉及人数10人以上的,每次扣4分: try says the count before leaves those out
    s = "发现违规发放津补贴的，每次扣2分；涉及人数10人以上的，每次扣4分。"
    assert "不含" in try_rule(s, None).needs[0].kind
    assert scores(s, [("0", "1"), ("2", "1")]) == ["-4", "-8"]
    # 同一护林员…3次以上: each ranger's count, which one value cannot hold
    s = "护林员巡山不到位的，每发现1人次扣0.2分；同一护林员当月累计被发现3次以上的，另扣1分。"
    assert "同一护林员" in refusal(s).message


def test_a_limit_of_the_sum_in_the_last_clauses_brackets():
    # …每件扣1分(两项合计扣分不超过3分): on both (read as the last clause's, 4 and 2 lost 4)
    s = "未按规定公开政务信息的，每发现一次扣0.5分；因信息公开问题引发行政复议被纠错的，每件扣1分（两项合计扣分不超过3分）。"
    assert scores(s, [("4", "2"), ("2", "1")]) == ["-3", "-2"]
    # a plain limit in those brackets stays the clause's own
    assert scores("每发现一次扣0.5分；每件扣1分（最多扣2分）。", [("4", "2")]) == ["-4"]


def test_a_limit_naming_what_the_last_clause_takes():
    # …每逾期1天扣0.1分,逾期扣分最多不超过1分 (3分): the lateness's limit (read as the sentence's, two
    # items missing and 20 days late lost 1 in all)
    s = "工会“四送”活动每缺少1项扣0.5分；慰问资金发放不及时的，每逾期1天扣0.1分，逾期扣分最多不超过1分。"
    assert scores(s, [("2", "20"), ("4", "0")], points="3") == ["1", "1"]
    # 本项扣分 names them all
    assert scores("每缺少1项扣0.5分；每逾期1天扣0.1分，本项扣分最多不超过1分。", [("2", "20")]) == ["-1"]


def test_things_listed_that_each_change_by_a_share():
    # 旅游人次、旅游收入均增长10%以上的得4分: both rise 10% (read as one value, one rising took 4)
    s = "旅游人次、旅游收入均增长10%以上的得4分"
    assert scores(s, [("12%", "10%"), ("12%", "8%")]) == ["4", "0"]
    # beside a tier of one of them, it is refused (as other joined conditions are)
    s = "国内旅游接待人次、旅游总收入均同比增长10%以上的得4分；其中一项增长10%以上的得2分；均未达到10%的不得分。"
    assert refusal(s).code == "E202"


def test_a_deduction_after_tong_shi_is_taken_besides():
    # …每降低1个百分点扣0.5分,同时PM2.5平均浓度未达标的再扣1分: a failing of its own, taken besides (the
    # writers of three sets read it so; 同时…再加 after points given stays refused)
    s = "空气质量优良天数比例达到85%以上的得3分，每降低1个百分点扣0.5分，同时PM2.5平均浓度未达标的再扣1分。"
    assert scores(s, [("90%", "是"), ("83%", "否")], points="3") == ["2", "2"]


def test_a_requirement_in_words_then_qie_and_a_rate():
    # 按时足额发放,且…发放率达到100%的 / 建立台账且完成率达到90%以上的: the words a yes/no, the rate
    # its comparison, both asked (the 且 was unread and the sentence refused; the other order read)
    s = "建立工作台账且完成率达到90%以上的得2分"
    assert scores(s, [("是", "95%"), ("否", "95%"), ("是", "85%")]) == ["2", "0", "0"]
    # the words' own amount, no name between
    assert scores("建立稳定收入且达到5万元以上的得50分", [("是", "6万元"), ("是", "4万元")]) == ["50", "0"]
    # words before a count may say whom it counts: still refused
    assert refusal("参加培训且考试合格人数10人以上的得2分").code == "E218"


def test_a_bonus_after_a_yes_no_at_the_items_points():
    # …落实到位的得1分;…受到表彰的,每人次加0.5分,最多加2分 in an item of 1: the bonus never counted
    # beside the 1 (capped in silence, 2 people scored 1); refused, as after a rate's full points
    s = "慰问帮扶工作落实到位的得1分；辖区涌现见义勇为事迹受到县级以上表彰的，每人次加0.5分，最多加2分。"
    assert refusal(s, points="1").code == "E202"
    assert refusal("按时完成的得2分；被市级表彰的加1分", points="2").code == "E202"
    # an item with room for it reads
    assert scores("按时完成的得2分；被市级表彰的加1分", [("是", "是")], points="3") == ["3"]
    # a heading's points are no yes/no
    assert scores("听课(5分):未按要求少听一次扣1分,听课认真,有突出表现加1分。", [("2", "是")], points="5") == ["4"]


def test_a_day_named_by_month_and_day_is_no_count():
    # 开展6·26国际禁毒日…宣传活动的得2分: 6 and 26 were counts, and the clause a count's start
    s = "开展6·26国际禁毒日集中宣传活动的得2分，未开展的不得分。"
    assert scores(s, [("是",), ("否",)], points="2") == ["2", "0"]
    assert scores("每开展1次12·4宪法日宣传活动加0.5分", [("3",)]) == ["1.5"]


def test_an_event_that_loses_the_item_then_its_other_answer():
    # 发生安全事故的,本项不得分;未发生的得5分: one yes/no (refused: 不得分 before an award)
    s = "发生安全事故的，本项不得分；未发生的得5分。"
    assert scores(s, [("是",), ("否",)], points="5") == ["0", "5"]
    # with a veto, the grade besides; 出现…的 denied by 未发生的
    s = "出现在校学生涉毒案事件的，实行一票否决，本项不得分；未发生的得5分。"
    assert scores(s, [("是",), ("否",)], points="5") == ["0", "5"]
    assert rule_kinds(s, points="5") >= {"Veto"}
    # 得满分3分 after the zero is given (read as 3 taken, a unit with no event scored 0)
    assert scores("发生重大负面舆情的，本项不得分；未发生的得满分3分。", [("否",)]) == ["3"]
    # another thing's points after the zero stay refused
    assert refusal("发生安全事故的，本项不得分；未建立台账的得5分。", points="5").code == "E202"
    # the veto with full marks in brackets after it, and the veto after the points said by its verb alone
    s = "发生重大环境污染事件的，实行一票否决；未发生的得满分（6分）。"
    assert scores(s, [("是",), ("否",)], points="6") == ["0", "6"]
    s = "未发生电信网络诈骗重大案件的得满分（2分），发生的实行一票否决。"
    assert scores(s, [("是",), ("否",)], points="2") == ["0", "2"]
    assert rule_kinds(s, points="2") >= {"Veto"}
    # points other than the item's beside a veto stay refused (the veto would override them)
    assert refusal(s, points="6").code == "E202"


def test_full_marks_said_against_the_items_points():
    # 按时报送的得满分3分 in an item of 5: which is it? (the 3 was passed over, 5 scored)
    assert refusal("按时报送的得满分3分。", points="5").code == "E201"
    assert scores("按时报送的得满分5分。", [("是",)], points="5") == ["5"]


def test_a_failing_of_one_part_of_a_compound_clause_before_its_denial():
    # 按时开展排查化解,台账完整规范的得2分;台账不全的扣0.5分;全年未开展排查的,本项不得分: 未开展 denies
    # one of the two things the first clause asks (read as its other answer, a unit short of a full
    # ledger answered 否 and lost all 2); the 2 are where the failings count down from
    s = "按时开展矛盾纠纷排查化解，台账完整规范的得2分；台账不全的扣0.5分；全年未开展排查的，本项不得分。"
    assert scores(s, [("否", "否"), ("是", "否"), ("否", "是")], points="2") == ["2", "1.5", "0"]
    # a failing of something else between leaves the denial the first clause's other answer
    s = "制定工作方案的得2分；未按时报送的扣1分；未制定方案的，本项不得分。"
    assert scores(s, [("是", "是"), ("否", "否")], points="2") == ["1", "0"]


def test_the_case_said_short_after_none_of_it_in_full():
    # 未出现因工作失职被上级通报批评情形的,得3分;被通报批评1次扣1分,…: the same case (read as another
    # thing, the 3 were a yes/no of their own and one criticism scored 0)
    s = "未出现因工作失职被上级通报批评情形的，得3分；被通报批评1次扣1分，2次及以上本项不得分。"
    assert scores(s, [("0",), ("1",), ("2",)], points="3") == ["3", "2", "0"]
    # a grade of its own after none of another stays apart
    s = "未发生重大安全事故的得5分；发生一般事故的每起扣1分。"
    assert len(try_rule(s, None, Decimal("5")).needs) == 2


def test_a_limit_of_a_count_named_before_another_count():
    # 无故缺勤每天扣2分,迟到或早退每次扣0.5分,无故缺勤累计达到3天的,本项不得分: the days' limit (a third
    # value, the days asked twice)
    s = "出勤情况（10分）。无故缺勤每天扣2分，迟到或早退每次扣0.5分，无故缺勤累计达到3天的，本项不得分。"
    assert len(try_rule(s, None, Decimal("10")).needs) == 2
    assert scores(s, [("3", "0"), ("2", "2"), ("0", "30")], points="10") == ["0", "5", "0"]


def test_shares_in_tenths():
    # 达到九成以上的得2分,达到八成的得1分: 90%, 80% (read as names of levels, or a yes/no of the words)
    s = "中小学安全教育平台学生参与率达到九成以上的得2分，达到八成的得1分，不足八成不得分。"
    assert scores(s, [("92%",), ("85%",), ("79%",)]) == ["2", "1", "0"]
    assert scores("参与率达到8成以上的得2分", [("80%",), ("79%",)]) == ["2", "0"]
    # 成员, 一成不变 are words
    assert scores("每缺一成员单位扣1分", [("2",)]) == ["-2"]
    assert scores("工作一成不变的扣1分", [("是",)]) == ["-1"]


def test_two_standards_met_then_steps_below_each():
    # 衔接率达100%、帮教率达95%以上的得2分,衔接率每低1个百分点扣0.2分,帮教率每低…扣0.1分: each rate's
    # steps below its own standard count down from the 2 (refused: a joint clause beside others)
    s = "刑满释放人员衔接率达100%、帮教率达95%以上的得2分，衔接率每低1个百分点扣0.2分，帮教率每低1个百分点扣0.1分。"
    assert scores(s, [("100%", "95%"), ("98%", "93%"), ("100%", "90%"), ("90%", "85%")], points="2") == \
        ["2", "1.4", "1.5", "0"]
    # steps naming neither rate stay refused
    s = "衔接率达100%、帮教率达95%以上的得2分，每低1个百分点扣0.2分。"
    assert refusal(s, points="2").code == "E202"


def test_a_limit_naming_one_count_of_two_and_steps_of_another_thing():
    # 值班脱岗每次扣1分,值班迟到每次扣0.3分,值班脱岗累计2次以上的本项不得分: the first count's limit
    # (refused: of which?); 迟报漏报累计超过6次 after 信息迟报…,漏报… names both (read as 漏报's alone,
    # 5 and 2 kept 0.5): refused
    s = "值班脱岗每次扣1分，值班迟到每次扣0.3分，值班脱岗累计2次以上的本项不得分。"
    assert scores(s, [("2", "0"), ("1", "5")], points="5") == ["0", "2.5"]
    assert refusal("信息迟报每次扣0.5分，漏报每次扣1分，迟报漏报累计超过6次的，本项不得分。本项5分。",
                   points="5").code == "E202"
    # …不合格批次5批次以上的另扣2分;抽检任务每少完成1批次扣0.2分: the task's batches are no steps below
    # the 5 failed ones (4 failed, none short, scored 2 of 5)
    s = "食品抽检不合格的每批次扣0.5分，不合格批次5批次以上的另扣2分；抽检任务每少完成1批次扣0.2分，最多扣1分。（5分）"
    assert scores(s, [("4", "4", "0"), ("5", "5", "2")], points="5") == ["3", "0.1"]
    # 其中未按期整改最多扣2分 after two counts: refused, and the message says where a clause's limit goes
    stop = refusal("安全生产检查发现隐患未按期整改的每处扣0.5分，发生一般安全事故的每起扣2分，其中未按期整改最多扣2分。（8分）")
    assert stop.code == "E218" and "那一项的分值后面" in stop.hint
    # 每月最多扣1分 beside counts of the year: the message speaks of the month
    stop = refusal("每发现一处扣0.2分，每月扣分最高不超过1分。")
    assert stop.code == "E218" and "每月" in stop.hint


def test_none_of_what_befell_the_unit_then_its_failings():
    # 未被约谈和通报的得3分;受到上级约谈的扣2分,被通报批评的每次扣1分: both are what it had none of
    # (read as a yes/no of its own, one criticism scored 0 of 3)
    s = "未被约谈和通报的得3分；受到上级约谈的扣2分，被通报批评的每次扣1分。（3分）"
    assert scores(s, [("否", "0"), ("否", "1"), ("是", "1")], points="3") == ["3", "2", "0"]
    # 未被通报的得2分;被市级以上通报批评1次扣1分,受到通报2次以上的不得分: one count, from the 2
    s = "未被通报的得2分；被市级以上通报批评1次扣1分，受到通报2次以上的不得分。"
    assert scores(s, [("0",), ("1",), ("2",)], points="2") == ["2", "1", "0"]


def test_points_for_none_said_after_the_cases():
    # 发生较大及以上事故的不得分,发生一般事故的每起扣1分,未发生安全事故的得5分: the 5 are where the cases
    # count down from, as when said first (refused: 不得分 before an award)
    s = "发生较大及以上事故的不得分，发生一般事故的每起扣1分，未发生安全事故的得5分。（5分）"
    assert scores(s, [("否", "0"), ("否", "2"), ("是", "0")], points="5") == ["5", "3", "0"]
    s = "受到上级约谈的扣2分，被通报批评的每次扣1分，未被约谈和通报的得3分。（3分）"
    assert scores(s, [("否", "1"), ("是", "0")], points="3") == ["2", "1"]


def test_a_plain_limit_after_a_count_short_and_a_count():
    # …每少拆除一处违规广告牌扣0.2分;…每处扣1分,最多扣4分: the last clause's, or both? (read as the
    # last's, 10 short and 3 lost 5; writers of three sets took it for both)
    s = "未按要求完成户外广告专项整治任务的，每少拆除一处违规广告牌扣0.2分；拒不整改、顶风设置的，每处扣1分，最多扣4分。"
    assert refusal(s).code == "E202"
    # after a flat tier of its own it is refused too (read as the tier's, 12 villages and 60% lost 3.4)
    s = "每月抽查村级组织运转情况，每发现1个村存在问题扣0.2分；问题村数占抽查村数20%以上的，另扣1分，最多扣3分。"
    assert refusal(s).code == "E202"
    # after a rate's steps it is the rate's, as before
    s = "干部年度学时达标率100%的得2分,每有1人未达标扣0.1分；参训人员考试合格率低于90%的，每低1个百分点扣0.2分，最多扣1分。"
    assert scores(s, [("2", "80%")], points="2") == ["0.8"]
    # a limit naming the last clause's own is its own, as before
    s = "工会“四送”活动每缺少1项扣0.5分；慰问资金发放不及时的，每逾期1天扣0.1分，逾期扣分最多不超过1分。"
    assert scores(s, [("2", "20")], points="3") == ["1"]


def test_a_rate_of_all_then_counts_short_of_it():
    # 签订率100%的得1分,每少签1人扣0.2分: the 100% is the standard the people counted fall short of, as
    # 达到100%的 (refused: no word of comparison beside the 100%)
    s = "涉密人员保密承诺书签订率100%的得1分，每少签1人扣0.2分，扣完为止。"
    assert scores(s, ["0", "2", "7"]) == ["1", "0.6", "0"]
    # a bonus for 100% after lateness counted in days: the 100% alone, as said alone
    s = "卫生健康统计报表每月5日前报送，每推迟一天扣0.1分；全年按时报送率100%的奖0.5分。"
    assert scores(s, [("0", "100%"), ("3", "90%")]) == ["0.5", "-0.3"]
    # steps of the rate itself start at the 100%, as before
    assert scores("办结率100%的得9分，每下降1个百分点扣0.5分", ["100%", "96%"]) == ["9", "7"]


def test_a_floor_above_zero_under_the_points_the_deductions_start_from():
    # 得4分;每低1个百分点扣1分,最低得1分: what the steps take stops at 3 (refused: a floor above 0)
    s = "服务业增加值增速达到或超过7%的，得4分；每低1个百分点扣1分，最低得1分。"
    assert scores(s, ["8%", "5%", "2%"]) == ["4", "2", "1"]
    s = "基础台账健全、资料完整的得5分；台账每缺1项扣1分，资料不规范每处扣0.5分，最低得1分。"
    assert scores(s, [("1", "2"), ("3", "4")], points="5") == ["3", "1"]
    # beside a bonus the floor is of the sum, which a limit on deductions is not: still refused
    s = "就业完成年度目标任务的得4分，每超过目标5%加0.5分，加分不超过1分；每低于目标5%扣1分，最低得1分。"
    assert refusal(s).code == "E218"


def test_nothing_added_past_the_items_points_said_in_words():
    # 本项满分3分,超过的不再加分: what the 3 already do (refused as a scoring word with no points)
    s = "被县委办编发的，每条计0.2分；被市委办采用的，每条计0.5分；本项满分3分，超过的不再加分。"
    assert scores(s, [("5", "2"), ("10", "4")]) == ["2", "3"]
    s = "完成年度造林任务90%以上的，按完成比例计分；完成90%以下的，不得分；超额完成的不另加分。"
    assert scores(s, ["95%", "120%"], points="4") == ["3.8", "4"]
    # before the item's points printed after it, it is no case of its own (read so, a yes/no of 3)
    s = "年度新能源汽车推广目标为2000辆，按实际推广数量占目标任务的比例计分，超额完成的不加分。（3分）"
    assert scores(s, ["1000", "3000"], points="3") == ["1.5", "3"]
    # after a limit of the awards, it says what the limit does
    assert scores("新增规上工业企业每户加1分,最多加5分,超过的不再加分。", ["3", "8"]) == ["3", "5"]
    # with no points to stop at, it names none: refused, saying where to write them
    wrong = refusal("被县委办编发的，每条计0.2分，超过的不再加分。")
    assert wrong.code == "E218" and "最多加3分" in wrong.hint
    # 超过的不得分 is still the case beyond a limit, and no cap
    assert scores("控制在4%以内的得2分，超过的不得分", ["3%", "5%"]) == ["2", "0"]


def test_how_places_are_scored_said_before_them():
    # 按…排名计分,第1名得10分,每后退一个名次扣0.5分 (refused: 计分 with no points)
    s = "按发明专利授权量排名计分，第1名得10分，每后退一个名次扣0.5分。"
    assert scores(s, ["1", "3"]) == ["10", "9"]
    assert scores("按全市排名赋分，第1名得10分，名次每后移一位减0.5分，最低得2分。", ["2", "30"]) == ["9.5", "2"]
    # beside no places it says nothing that is read: refused, never passed over
    wrong = refusal("按排名计分，完成率达到90%的得5分")
    assert wrong.code == "E218" and "名次" in wrong.hint


def test_both_standards_met_one_or_neither_with_the_standard_said_again():
    # 其中一项未达到100%的得3分;两项均未达到的得1分: the 100% said again, and points when neither
    # is met (refused as a joint beside other clauses)
    s = "政协委员提案按期办结率达100%，且面商率达100%的，得5分；其中一项未达到100%的得3分；两项均未达到的得1分。"
    assert scores(s, [("100%", "100%"), ("100%", "90%"), ("95%", "90%")]) == ["5", "3", "1"]
    s = "年度新增建设用地报批率达到90%且供地率达到60%的，得5分；只达到一项的，得2分；均未达到的，不得分。"
    assert scores(s, [("90%", "60%"), ("80%", "60%"), ("80%", "50%")]) == ["5", "2", "0"]
    s = "年度新签约项目总投资额达到5亿元以上且实际开工项目不少于2个的得6分，仅达到其中一项的得3分，均未达到的不得分。"
    assert scores(s, [("6亿元", "2"), ("6亿元", "1"), ("1亿元", "0")]) == ["6", "3", "0"]


def test_how_many_parts_were_not_done_as_tiers():
    # 均实现负增长的得2分,其中一项未实现的得1分,两项均未实现的不得分: one value, how many of the
    # parts were not done (refused: a count of failings beside an award)
    s = "化肥、农药使用量均实现负增长的得2分，其中一项未实现负增长的得1分，两项均未实现的不得分。"
    assert scores(s, ["0", "1", "2"]) == ["2", "1", "0"]
    s = "扛稳粮食安全责任，粮食播种面积、产量均完成任务的得4分；其中一项未完成的扣2分；两项均未完成的扣3分。"
    assert scores(s, ["0", "1", "2"]) == ["4", "2", "1"]
    assert scores("全部落实的得4分，有1项未落实的得2分,有2项及以上未落实的不得分", ["0", "1", "3"]) == ["4", "2", "0"]
    # the one case alone is no award for each failing: both not done scored 2 (1 for each)
    s = "化肥、农药使用量均实现负增长的得2分，其中一项未实现负增长的得1分。"
    assert scores(s, ["0", "1", "2"]) == ["2", "1", "0"]


def test_the_items_points_in_brackets_before_any_words():
    # （4分）①…得1分;②…得3分: the item's points, as printed after the rule (read as a yes/no of 4
    # asking “（4分）”, every unit answering 是 scored 4)
    s = "（4分）①建立台账的得1分；②覆盖率达到85%以上的得3分。"
    assert scores(s, [("是", "90%"), ("否", "90%"), ("是", "80%")]) == ["4", "3", "1"]
    assert "（4分）" not in try_rule(s, None).understood
    # awards and deductions under them: where do the deductions start? refused, as when printed after
    assert refusal("（4分）建立台账的得1分；每发现1处错误扣0.5分。").code == "E202"
    assert scores("（4分）每发现1处错误扣0.5分。", ["2", "9"]) == ["3", "0"]


def test_a_share_keeps_the_end_both_sides_take_in_by_custom():
    # 90%以上的按完成比例计分;90%以下的不得分: at 90 both hold by custom; the share keeps it, as the
    # better of two tiers does (90% scored nothing)
    s = "完成年度造林任务90%以上的，按完成比例计分；完成90%以下的，不得分。"
    assert scores(s, ["90%", "89%", "95%"], points="4") == ["3.6", "0", "3.8"]
    # said to be the zero's (含90%), it is
    s = "完成任务90%以上的按完成比例计分，90%以下（含90%）的不得分"
    assert scores(s, ["90%", "91%"], points="4") == ["0", "3.64"]


def test_parts_each_worth_the_same_with_fenbie():
    # 改厕、垃圾收运、污水治理分别占3分: 3 for each (refused: 占 after 分别)
    s = "改厕、垃圾收运、污水治理分别占3分。"
    assert scores(s, [("是", "是", "是"), ("是", "否", "是")]) == ["9", "6"]


def test_a_floor_of_zero_is_the_plain_floor():
    # 最低不低于0分 beside awards: 扣完为止 in other words (refused: a floor with no limit to become)
    s = "工业用电量增长10%得2分，每增减1个百分点加减0.1分，最高不超过3分，最低不低于0分。"
    assert scores(s, ["12%", "8%", "0%"], points="3") == ["2.2", "1.8", "1"]


def test_the_items_points_over_cases_of_nothing_are_asked_about_plainly():
    # …得2分;…得1分;未纳入预算的不得分。(2分): no deduction in it, so the question is not of one
    # (it said 既有加分又有扣分); a cap on the sum is not read, since 按完成比例折算 after tiers and a
    # part's own 最高3分 under 本项4分 are written so too
    s = "禁毒经费纳入本级财政预算，人均不低于0.5元的得2分；纳入预算但未达标准的得1分；未纳入预算的不得分。（2分）"
    wrong = refusal(s)
    assert wrong.code == "E202" and "扣分" not in wrong.message
    s = ("市场监管：食品抽检合格率达到98%以上的得2分，96%（含）—98%的得1分，低于96%的不得分；"
         "抽检批次未完成任务量的，按完成比例折算得分。（2分）")
    assert refusal(s).code in ("E201", "E202")


def test_both_one_or_neither_before_other_clauses():
    # …均达到…的得3分,任一项未达到的得1.5分,两项均未达到的不得分;发生…的,本项不得分: the run read
    # as alone, the clause after it as ever (refused: a joint beside other clauses)
    s = ("义务教育巩固率达到97%以上、高中阶段毛入学率达到92%以上的得3分，任一项未达到的得1.5分，两项均未达到的不得分；"
         "发生严重违规办学行为被查处的，本项不得分。")
    assert scores(s, [("98%", "93%", "否"), ("98%", "90%", "否"), ("90%", "90%", "否"), ("98%", "93%", "是")],
                  points="3") == ["3", "1.5", "0", "0"]
    # with no word on neither, the one case before a clause of its own
    s = "参评率和满意率均达到90%以上的得2分，其中一项未达到的得1分；发生安全事故的扣1分。"
    assert scores(s, [("95%", "95%", "否"), ("95%", "80%", "是"), ("80%", "80%", "否")]) == ["2", "0", "0"]
    # the same how-many of parts with nothing compared, before other clauses
    s = ("空气质量优良天数比率和PM2.5平均浓度均完成市下达目标的得8分，其中一项未完成的扣4分，两项均未完成的不得分；"
         "每发生1次重污染天气应急响应不力被通报的，扣1分，扣完为止。")
    assert scores(s, [("0", "0"), ("1", "2"), ("2", "0")], points="8") == ["8", "2", "0"]
    s = "一般公共预算收入和税收收入同时实现增长的得满分，其中一项未实现增长的扣2分，两项均未实现增长的不得分。（本项5分）"
    assert scores(s, ["0", "1", "2"]) == ["5", "3", "0"]
    # 完成其中一项的 (one of two done) is one not done only where the parts are two
    # (the value then is how many were done, as 完成其中一项的 asks)
    s = "企业职工养老保险扩面和基金征缴任务同时完成的，得3分；完成其中一项的，得1.5分；两项均未完成的，不得分。"
    assert scores(s, ["2", "1", "0"]) == ["3", "1.5", "0"]


def test_numbers_of_parts_after_the_items_points():
    # （4分）（1）…的得2分,每少完成1个项目扣0.5分: the (1) numbers the part (read as a count of 1, the
    # steps started there and a unit with none short scored 1.5)
    s = "（4分）（1）按时完成年度审计计划的得2分，每少完成1个项目扣0.5分；（2）审计发现问题整改率达到90%以上的得2分。"
    assert scores(s, [("0", "90%"), ("2", "85%")]) == ["4", "1"]


def test_both_met_or_one_met_but_not_the_other():
    # …达到95%以上且无逾期未整改隐患的得5分;…达到95%以上但有逾期未整改隐患的得3分;…低于95%的不得分
    # (refused: 且 before words with a 未 of their own, and a joint beside other clauses)
    s = ("火灾隐患整改率达到95%以上且无逾期未整改隐患的得5分；整改率达到95%以上但有逾期未整改隐患的得3分；"
         "整改率低于95%的不得分。")
    assert scores(s, [("96%", "是"), ("96%", "否"), ("90%", "是")]) == ["5", "3", "0"]
    assert "符合(值1≥95%) 得3分" in try_rule(s, None).understood
    # the one met and the other short, both said (但 between two rates named apart)
    s = "重点人群家庭医生签约服务覆盖率达到70%以上且履约率达到90%以上的得4分；覆盖率达到70%以上但履约率不足90%的得2分；覆盖率不足70%的不得分。"
    assert scores(s, [("75%", "95%"), ("75%", "80%"), ("60%", "95%")]) == ["4", "2", "0"]
    assert scores("覆盖率达到70%以上但履约率不足90%的得2分", [("75%", "80%"), ("75%", "95%")]) == ["2", "0"]
    # the failing after it must be of the part met: another failing is refused
    s = ("火灾隐患整改率达到95%以上且无逾期未整改隐患的得5分；整改率达到95%以上但有逾期未整改隐患的得3分；"
         "发生火灾的不得分。")
    assert refusal(s).code == "E202"


def test_words_and_a_sum_of_money_named_after_qie():
    # 纳入预算且到位金额不低于5万元的得2分: a yes/no and the money (refused: 且 left unread), and the
    # one met but not the other after it
    s = "禁毒专项经费纳入乡镇财政预算且到位金额不低于5万元的，得2分；纳入预算但到位不足5万元的，得1分；未纳入预算的不得分。"
    assert scores(s, [("是", "6万元"), ("是", "3万元"), ("否", "0")]) == ["2", "1", "0"]
    # a count after 且 may still be of whom the words say: refused
    assert refusal("参加培训且考试合格人数10人以上的得2分").code == "E218"


def test_the_items_points_after_a_consequence_or_with_the_floor():
    # …本项不得分,并取消年度评先评优资格。(5分): the consequence is no points, the 5 the item's (read
    # with the consequence, they were points neither given nor taken)
    s = "未完成年度安全生产控制指标的，本项不得分，并取消年度评先评优资格。（5分）"
    assert scores(s, ["否", "是"]) == ["5", "0"]
    s = "每发现1户脱贫户“两不愁三保障”未落实扣1分，发现3户以上的该项不得分，并在全县通报。（6分）"
    assert scores(s, ["0", "2", "3"]) == ["6", "4", "0"]
    # a case that scores (本项得分减半) before the consequence is never passed over with it
    s = "考核达标的得8分，未达标的得4分；连续两年排名全县后三位的，本项得分减半，并约谈党政主要负责人。"
    refusal(s, points="8")
    # (本项2分,扣完为止) and 本项10分,最低得0分 after the deductions
    assert scores("被市级以上通报批评的，每次扣3分（本项2分，扣完为止）。", ["0", "1"]) == ["2", "0"]
    s = "每起交通事故死亡1人扣1分，死亡3人以上的事故每起扣5分，本项10分，最低得0分。"
    assert scores(s, [("2", "0"), ("4", "2")]) == ["8", "0"]


def test_how_many_parts_named_before_the_parts_not_done():
    # 三项制度均落实到位的得3分,有一项落实不到位的扣1分: the three name how many parts there are; the
    # deduction counts those not done, from the 3 (read as a count of its own, ≥3 for the 3, two done
    # and one not scored 0)
    s = "“三会一课”、主题党日、组织生活会三项制度均落实到位的得3分，有一项落实不到位的扣1分。"
    assert scores(s, ["0", "1", "3"]) == ["3", "2", "0"]
    s = "“三会一课”、主题党日、组织生活会三项制度均落实到位的得3分，有一项落实不到位的扣1分，两项以上落实不到位的不得分。"
    assert scores(s, ["0", "1", "2"]) == ["3", "2", "0"]
    s = "森林覆盖率、林木绿化率、森林蓄积量三项指标均完成年度目标的得6分；三项中有一项未完成的得3分，两项以上未完成的不得分。"
    assert scores(s, ["0", "1", "2"]) == ["6", "3", "0"]
    # parts named in quotes, one standard said for all of them: how many fall short of it
    s = "工程建设项目“多测合一”“联合验收”实施率均达到100%的得2分，其中一项未达到的扣1分，两项均未达到的不得分。"
    assert scores(s, ["0", "1", "2"]) == ["2", "1", "0"]


def test_ying_inside_a_word_is_no_requirement():
    # 网络舆情回应及时率: the 应 of 回应 is no 应 (should) before a count (read so, 两项 became 2
    # required and the joined standards were refused)
    s = "违法信息处置率达到100%、网络舆情回应及时率达到95%以上，两项均达到的得3分"
    assert scores(s, [("100%", "96%"), ("100%", "90%")]) == ["3", "0"]
    assert scores("每年应开展培训4次，每少1次扣0.5分", ["4", "2"], points="2") == ["2", "1"]


def test_the_same_thing_counted_once_says_how_to_count():
    # 同一人多次未按时上报的只计一次: the count is of people, each once (refused: words unread)
    s = "网格员未按时上报信息的，每人扣0.5分，同一人多次未按时上报的只计一次，本项3分扣完为止。"
    assert scores(s, ["2", "9"], points="3") == ["2", "0"]
    s = "值班期间脱岗的，每发现一次扣0.5分，一次涉及多名值班人员的按一次计。"
    assert scores(s, ["3"]) == ["-1.5"]
    # beside other values it is refused, as 不重复计分 is
    s = "在职人员发生酒驾醉驾的，每人扣5分，同一人多次发生的只计一次；发生2人以上的，本项不得分。（10分）"
    assert refusal(s).code == "E202"


def test_a_rate_reached_then_events_of_another_thing():
    # 签订率达到100%的得2分;发生安全事故的每起扣1分: the accidents are no miss of the rate (read as one,
    # the rate was never asked and 80% signed kept the 2)
    s = "责任书签订率达到100%的得2分；发生安全事故的每起扣1分"
    assert scores(s, [("100%", "0"), ("80%", "0"), ("100%", "1")], points="2") == ["2", "0", "1"]
    # the misses of the rate itself still count down from its points
    assert scores("投诉回复率100%得3分，每有一件未回复的扣0.5分", ["0", "2"]) == ["3", "2"]
    assert scores("数据准确率达到100%的得2分，每发现一处错误扣0.5分", ["0", "1"]) == ["2", "1.5"]
    s = "⑤计划生育统计准确率100%(6分),错报、漏报、多报每例扣2分,瞒报每例扣3分,扣完为止。"
    assert scores(s, [("0", "0"), ("1", "1")]) == ["6", "1"]
    assert scores("婚姻登记合格率达到100%的得2分，出现差错的每例扣0.5分。", ["0", "1"]) == ["2", "1.5"]


def test_the_kind_of_an_accident_is_no_count():
    # 一次死亡3人以上, 一次事故重伤1人及以上或轻伤3人及以上: the kind of accident, words; the sentence reads
    # whether one happened, or how many (the 一次 was taken for a count, and refused)
    assert scores("一次事故死亡一人及以上的死亡事故扣25分", ["是", "否"], points="25") == ["0", "25"]
    s = "一次事故重伤一人及以上或轻伤三人及以上事故扣15分"
    assert scores(s, ["是", "否"], points="15") == ["0", "15"]
    assert scores("每发生一起一次死亡3人以上较大事故的扣5分", ["2"], points="20") == ["10"]


def test_once_a_period_says_how_often_not_how_many_items():
    # 每月…录入的得满分10分,每缺一项扣0.1分: the items missing are counted (read as 12 asked of a month, a
    # unit missing none lost 1.2)
    s = "每月抓获的违法行为人资料信息全部采集录入平台的,得满分10分,录入信息每缺一项扣0.1分。"
    assert scores(s, ["0", "3"], points="10") == ["10", "9.7"]
    # times (次) short of a period's once still count from the year's periods
    assert scores("每季度召开一次联席会议,缺一次扣1分", ["4", "2"], points="5") == ["5", "3"]


def test_a_failing_of_words_said_in_several_awards_is_no_ones_other_answer():
    # 申报学年论文计0.5分;申报毕业论文计0.5分;…未申报者,本项计0分: which 申报's other answer? (read as the
    # first's, a unit that declared only the second lost it)
    s = ("⑴申报本科生学年论文,本项目计0.5分;申报本科生毕业论文,本项目计0.5分;指导本科生学年论文,本项目计0.5分;"
         "指导本科生毕业论文,本项目计0.5分。⑵未申报者,本项计0分。")
    assert refusal(s, "否", "否", "否", "是", points="2").code == "E502"
    # one award of those words: its other answer loses the whole item
    s = "建立台账的得1分;签订责任书的得2分,未签订的,本项不得分"
    assert scores(s, [("是", "否")], points="3") == ["0"]


def test_grades_announced_before_a_colon_name_none():
    s = "评价等级划分五个等级:评分950分及以上的A级;评分850分至949分的B级;评分599分及以下的E级;"
    assert scores(s, ["960", "900", "500"]) == ["A级", "B级", "E级"]


def test_grade_codes_said_with_a_lead_are_one_scale():
    # 评价为A的不扣分,评价为B的扣5分…: the options are A, B, C, D (read as three yes/no, A unanswerable)
    s = "企业公共信用综合评价为A的不扣分,评价为B的扣5分,评价为C的扣10分,评价为D的扣20分。"
    assert scores(s, ["A", "C", "D"], points="20") == ["20", "10", "0"]
    assert scores("评为A级的得5分,评为B级的得3分,评为C级的得1分", ["B级"]) == ["3"]
    # the lowest level given nothing with the item named (该指标为0分) is a level of the scale
    s = "1.考核结果为“好”,得35分。2.考核结果为“较好”,得20分。3.考核结果为“一般”,得15分。4.考核结果为“差”,该指标为0分。"
    assert scores(s, ["较好", "差"]) == ["20", "0"]


def test_floor_said_as_kou_wei_ling():
    assert scores("⑴积极参加教研活动。⑵缺席一次扣0.5分,直至扣为0分为止。", ["3", "9"], points="2") == ["0.5", "0"]


def test_points_listed_in_order_after_the_ranking_named():
    # 按排名依次得8、7.5、7…: one for each place from the first (read as a count of each, twelve values)
    s = "挂课比率按排名依次得8、7.5、7、6.5、6、5.5、5、4.5、4、3.5、3、2.5"
    assert scores(s, [("1", "12"), ("4", "12"), ("12", "12")]) == ["8", "6.5", "2.5"]
    assert scores("按名次依次计10分、8分、6分", ["2", "5"]) == ["8", "0"]


def test_grade_codes_listed_are_a_scale():
    # 分A、B、C、D等,依次加…: one grade given (read as a count of each)
    s = "评定依据为班会材料优良等级,分A、B、C、D等,依次加2.0、1.5、1.0、0.5分"
    assert scores(s, ["A", "D"]) == ["2", "0.5"]


def test_rates_listed_before_one_standard_fall_short_each_on_their_own():
    # 三级教育率、转岗教育率…100%,未达标每少1%扣0.5分: one value per rate (read as one rate)
    s = "三级教育率、转岗教育率、复工教育率、特种人员持证上岗率100%,未达标每少1%扣0.5分"
    assert scores(s, [("99%", "100%", "98%", "100%"), ("100%", "100%", "100%", "100%")], points="4") == ["2.5", "4"]
    assert scores("培训率、持证率100%,每少1%扣0.5分", [("98%", "97%")], points="4") == ["1.5"]


def test_points_written_with_their_signs():
    # +5分 beside -2分: the points given and those taken off them (refused as a bonus beside deductions)
    s = "健全了领导小组和相应工作机构的+5分;未发文成立领导小组的-2分,未成立工作机构的-1分"
    assert scores(s, [("否", "否"), ("是", "是")], points="5") == ["5", "2"]
    assert scores("制定并报送三年实施方案和年度工作方案+5分;未制定-5分", ["是", "否"], points="5") == ["5", "0"]
    # a bonus and a penalty of other things stay a bonus and a penalty, as with 加 and 扣
    assert scores("获得省级表彰+2分;受到通报批评-2分", [("是", "否"), ("否", "是")]) == ["2", "-2"]


def test_all_or_nothing_said_after_the_points():
    assert scores("标题居中,不加粗(此项得 3 分或 0 分)", ["是", "否"]) == ["3", "0"]
    assert scores("按时报送得2分或不得分", ["是", "否"]) == ["2", "0"]


def test_each_class_is_a_member_asked_of():
    # 每班建立…,考核分为10分: 10 for each class, or for all? (read as 10 a class)
    assert refusal("每班建立学习强国群,考核分为10分;", "是").code == "E202"


def test_the_base_said_twice_is_one_base_and_a_limit_of_either_side():
    # 基本分5分。…达到全县平均水平的,得基本分5分。每增减1个百分点加减0.2分,加减分不超过5分: one start of 5
    # (read as two, 10), and the limit on what one value stepping either way adds or takes (it was passed
    # over as the base said again)
    s = ("2、服务业企业注册,基本分5分。当年注册户数与上年相比,增长速度达到全县平均水平的,得基本分5分。"
         "每增减一个百分点加减0.2分,加减分不超过5分。")
    assert try_rule(s, ["20%"], others=[["5%"], ["5%"]]).score == "7"
    assert try_rule(s, ["10%"], others=[["10%"], ["10%"]]).score == "5"
    assert try_rule(s, ["70%"], others=[["10%"], ["10%"]]).score == "10"
    # with steps of two things, 加减分不超过 (the net, or each side?) stays refused
    s = "得基本分5分,每新增1家加0.5分,每减少1人扣0.2分,加减分不超过3分"
    assert refusal(s, "1", "1").code == "E218"


def test_steps_up_under_a_condition_below_count_another_value():
    # 不足10家的县,每增加1家加1分: the steps count what is added, not a value above 10 (read so, a unit
    # with 4 and 3 new scored 0)
    assert refusal("企业数不足10家的县,每增加1家企业,加1分", "3").code == "E202"


def test_a_count_reached_then_each_counted_after_mei_and_its_count():
    # 累计达到3次以上的,每通报一次扣0.5分: only once 3 are reached, or each? (the 3 was passed over: 2 lost 1)
    assert refusal("累计达到3次以上的,每通报一次扣0.5分", "2").code == "E202"


def test_rates_listed_with_jun_and_steps_of_each():
    # 及时受理率、按期办结率均应达到100%,每低1个百分点扣0.2分: each rate's own steps (refused as one value)
    s = "及时受理率、按期办结率均应达到100%,每低1个百分点扣0.2分"
    assert scores(s, [("98%", "99%"), ("100%", "100%")], points="2") == ["1.4", "2"]


def test_a_part_of_a_step_rounded_half_up():
    # 每降低1%(不足1%时四舍五入)扣2分: half a step or more takes a whole one (the bracket was passed over)
    s = "该指标满分为100分,P1数值达100%时得满分,每降低1%(不足1%时四舍五入,下同)扣2分,扣完为止。"
    assert scores(s, ["97.5%", "97.6%", "100%"]) == ["94", "96", "100"]
    # 按照 before the step a part counts as
    s = "足额配套的为满分,每少落实一个百分点扣0.4分,扣完为止。不足一个百分点的按照一个百分点计算。"
    assert "不足一步的按一步计" in try_rule(s, None, Decimal(4)).understood


def test_money_taken_beside_the_points_is_no_score():
    # 扣出勤奖金10元, 扣除当月考评奖20元及年终目标管理奖50元, 扣发一个月考评奖: pay, not points
    s = "由于主观原因造成工作未在期限内完成的,每件扣5分,扣除当月考评奖20元及年终目标管理奖50元。"
    assert scores(s, ["2"]) == ["-10"]
    assert scores("迟到的,量化扣分1分,扣出勤奖金10元;", ["是"]) == ["-1"]
    assert scores("被办事处查处的每件次扣10分,扣发一个月考评奖。", ["1"]) == ["-10"]


def test_rates_that_each_must_reach_a_standard_then_steps_of_each():
    # …参保率均达90%以上(15分);…每降低1%扣0.2分: 15 when all reach 90%, each rate's steps below it taken off
    # (the kinds listed before one 参保率 with 均 were read as one rate)
    s = ("1.职工基本养老保险、基本医疗保险、失业保险、工伤保险、生育保险参保率均达90%以上。(15分) "
         "2.职工基本养老保险、基本医疗保险、失业保险、工伤保险、生育保险参保率每降低1%扣0.2分")
    assert scores(s, [("88%", "95%", "95%", "95%", "95%"), ("85%", "85%", "95%", "95%", "95%")],
                  points="15") == ["14.6", "13"]
    s = "及时受理率、按期办结率均达到100%的得2分,每低1个百分点扣0.2分"
    assert scores(s, [("99%", "97%")], points="2") == ["1.2"]
    # steps of one of them only: refused as before (read with both, a 知晓率 short lost points too)
    s = "知晓率、满意率达到90%以上的得2分,满意率每低1个百分点扣0.2分"
    assert refusal(s, "95%", "85%", points="2").code == "E202"


def test_what_is_added_or_taken_above_or_below_a_target_limited():
    # 每超1个项目加0.1分,每少一个项目扣0.1分,本项加分或扣分不超过3分: above the target or below it, never
    # both: the limit is each side's
    s = "新开工重大项目数超额完成考核目标数的,每超1个项目加0.1分,每少一个项目扣0.1分,本项加分或扣分不超过3分;"
    assert scores(s, [("40", "0"), ("0", "50"), ("5", "0")]) == ["3", "-3", "0.5"]
    # steps of two things in one counter (个项目, 个企业) may both be taken: the net, or each side? refused
    assert refusal("每新增1个项目加0.5分,每减少1个企业扣0.2分,加减分不超过3分", "1", "1").code == "E218"


def test_a_share_said_with_genju_and_bizhong():
    assert scores("根据项目实际到位资金占计划的比重计算得分(3分)", ["80%", "100%"]) == ["2.4", "3"]


def test_floor_said_as_the_items_points_used_up():
    s = "及时上报各项统计数据和有关材料3分。迟报1次扣0.5分;拒报1次扣1分,直至扣完该项得分。"
    assert scores(s, [("2", "1"), ("4", "3")]) == ["1", "0"]


def test_a_measure_word_before_the_magnitude():
    # 每超1个亿元加0.1分: 1亿元 a step (read as 1 of a count, 3亿 scored 3e7)
    s = "续建重大项目完成的投资额超过考核目标数的,每超1个亿元加0.1分,不完成年度考核目标数的,每低1个亿元扣0.1分,本项加分或扣分不超过3分。"
    assert scores(s, [("3亿", "0"), ("0", "2.5亿")]) == ["0.3", "-0.2"]


def test_judged_said_with_fufen_and_points_said_as_defen():
    assert scores("现场查看,酌情赋分", ["3"], points="5") == ["3"]
    # …的得分: the item's points, as 得满分 (得分 alone was unread)
    assert scores("完善的得分,不完善的不得分", ["是", "否"], points="5") == ["5", "0"]
    s = "设施设备配备完善,满足教学要求的得分;设施设备配备不完善酌情扣分。"
    assert scores(s, ["0", "2"], points="5") == ["5", "3"]


def test_points_where_a_condition_holds_unless_any_failing_does():
    # …控制在0.1%以下计10分,…超过0.1%或连片抛荒在2亩以上的不计分: 10 when neither failing holds (refused as
    # a joint clause beside another)
    s = "稻田抛荒面积控制在0.1%以下计10分,稻田抛荒面积超过0.1%或连片稻田抛荒在2亩以上的不计分;"
    assert scores(s, [("0.1%", "0"), ("0.05%", "1.5"), ("0.15%", "0"), ("0.05%", "2")]) == ["10", "10", "0", "0"]
    # the other side of another number is no other answer: still refused
    assert refusal("抛荒面积控制在0.1%以下计10分,抛荒面积超过0.2%或连片抛荒在2亩以上的不计分;").code == "E202"


def test_a_place_beside_other_clauses():
    # 按年度综合排名前3名得2分,其他依次递减0.1分;…发稿一次得1分,最多2分: the place and the count, each its own
    # part (refused: 按名次计分的分句要单独写成一行规则)
    s = ("在校级团属媒体进行青年工作内宣,按年度综合排名前3名得2分,其他依次递减0.1分;"
         "在省级以上媒体进行青年工作外宣,发稿一次得1分,最多2分。")
    assert scores(s, [("5", "3"), ("1", "0"), ("30", "1")]) == ["3.8", "2", "1"]
    assert [n.name for n in try_rule(s, None).needs] == ["名次", "值2"]


def test_a_place_beside_other_clauses_ranks_the_units_of_the_facts_file(tmp_path, jd):
    (tmp_path / "r.jd").write_text(
        '考评 "宣传考核"\n对象 学院\n\n项目 "宣传" 4分 {\n  内宣综合得分, 外宣发稿次数: '
        "按年度综合排名前3名得2分,其他依次递减0.1分;在省级以上媒体进行青年工作外宣,发稿一次得1分,最多2分。\n}\n",
        encoding="utf-8")
    (tmp_path / "f.yaml").write_text(
        "rubric: r.jd\nperiod: 2024\nunits:\n"
        "  甲: {内宣综合得分: 90, 外宣发稿次数: 1}\n  乙: {内宣综合得分: 80, 外宣发稿次数: 3}\n"
        "  丙: {内宣综合得分: 70, 外宣发稿次数: 0}\n  丁: {内宣综合得分: 60, 外宣发稿次数: 0}\n"
        "  戊: {内宣综合得分: 50, 外宣发稿次数: 缺报}\n  己: {内宣综合得分: 缺报, 外宣发稿次数: 2}\n",
        encoding="utf-8")
    run = jd("score", str(tmp_path / "f.yaml"), "--format", "json")
    assert run.exit_code == 0, run.stderr
    totals = {u["name"]: u["total"] for u in json.loads(run.stdout)["units"]}
    assert totals == {"甲": "3", "乙": "4", "丙": "2", "丁": "1.9", "戊": "1.8", "己": "2"}


def test_a_place_read_as_something_else_beside_places_is_refused():
    # 每次月考…前十名加3分;第十一名至十五名加2分: the first place read as a count of 每次 (10 of 50 earned 30)
    s = "每次评选出前两名,第一名加5分,第二名加3分。"
    assert refusal(s, "2", "12").code == "E202"
    # the units ranked may follow the place beside other values, as they may alone
    s = ("在校级团属媒体进行青年工作内宣,按年度综合排名前3名得2分,其他依次递减0.1分;"
         "在省级以上媒体进行青年工作外宣,发稿一次得1分,最多2分。")
    assert score(s, "6", "12", "2") == "3.7"


def test_points_printed_after_a_requirement_of_each_are_refused():
    # 每个“没有”档案资料制盒或制册(5分): 5 for each, or for all of them? (read as 5 a piece)
    s = "1.建立“十个没有”专题档案,每个“没有”档案资料制盒或制册(5分)。"
    assert refusal(s, "10", points="10").code == "E202"
    assert refusal("每个档案资料制盒或制册(5分)。", "3").code == "E202"
    # points per piece with nothing asked of each still count
    assert score("每篇信息(0.5分)", "3") == "1.5"


def test_a_bonus_and_a_failing_of_another_thing_are_two_values():
    # 获评省级文明单位加2分;未完成任务扣2分: read as one yes/no (获评 or else −2), a unit with no title and the
    # task done lost 2
    s = "获评省级文明单位加2分;未完成任务扣2分"
    assert scores(s, [("否", "否"), ("是", "是")]) == ["0", "0"]
    assert scores("验收合格,达到省定标准加2分,验收不合格扣2分", ["是", "否"]) == ["2", "-2"]


def test_an_award_then_a_failing_of_another_act_are_two_values():
    # 建立工作制度的得2分,未按时报送材料的不得分: read as one yes/no (the failing the award's other answer),
    # a unit with the rules and late reports kept 2
    s = "建立工作制度的得2分,未按时报送材料的不得分"
    assert scores(s, [("是", "是"), ("是", "否"), ("否", "否")]) == ["0", "2", "0"]
    # failings in general words, or of the award's own words, stay its other answer
    assert scores("按要求将年度任务分解落实到项目区的,得2分;未完成的,不得分。", ["是", "否"]) == ["2", "0"]
    assert scores("开展宣传的得3分,未开展扣2分", ["是", "否"]) == ["3", "1"]
    # counted per time, too (a unit without the rules kept the 2)
    s = "建立工作制度的得2分;未按时报送材料的每次扣0.5分"
    assert scores(s, [("否", "0"), ("是", "1")], points="2") == ["0", "1.5"]
    # a heading's points stay where the deductions start
    assert scores("1、 服装:10分为满分;着装不统一有一人则扣1分;", ["2"]) == ["8"]


def test_the_same_thing_taken_once_said_with_kou():
    # 同一问题只扣一次: how to count, as 只计一次 (its 一次 was unread)
    assert scores("每发现一处扣0.5分,同一问题只扣一次", ["3"], points="5") == ["3.5"]
    s = "被省级以上媒体曝光的每次扣2分,被市级媒体曝光的每次扣1分,同一事件只扣一次"
    assert refusal(s, "1", "1", points="5").code == "E202"


@pytest.mark.parametrize("sentence, required", [("未每月开展检查的,一次扣0.5分", 12),
                                                ("未定期(每月一次)进行隐患排查,或排查记录缺失,一次扣0.5分", 12),
                                                ("未按每月一次进行隐患排查的,每次扣0.5分", 12),
                                                ("未每季度开展检查的,每次扣1分", 4)])
def test_a_failing_that_denies_a_period_reads_the_times_held(sentence, required):
    # the period the failing denies asks once each; the value is the times held (12 held lost 6)
    step = "0.5" if "0.5" in sentence else "1"
    held = ["12", "10"] if required == 12 else ["4", "2"]
    lost = Decimal(step) * 2
    assert scores(sentence, held, points="9") == ["9", plain(Decimal(9) - lost)]


def test_a_failing_of_other_words_or_twice_a_period_stays_counted():
    assert score("未按时报送的,一次扣1分", "2", points="9") == "7"   # the late ones
    assert score("未每月开展检查的,每发现一处扣0.5分", "2", points="9") == "8"   # places, not times


def test_once_before_the_points_after_a_requirement_is_counted_per_time():
    # 未达到要求一次扣2分: 一次 is each time, not a number reached (read as fewer than 1: two times lost 2)
    assert scores("未达到要求一次扣2分", ["0", "1", "2"], points="4") == ["4", "2", "0"]
    assert scores("达到标准人数3人以上的得2分", ["3", "2"], points="4") == ["2", "0"]


def test_letter_grades_meeting_at_a_boundary_take_the_letter_nearer_a():
    # points recorded against the unit: A is the fewest, and 40 is C (it was D, the higher band)
    s = "綜合記分值10分以下的為A級;11—25分的為B級; 26—40分的為C級;40分以上的為D級四個等級。"
    assert scores(s, ["40", "41", "10"]) == ["C級", "D級", "A級"]   # (四個等級: how many, not D's name)
    assert scores("90分以上为A级,80-90分为B级,80分以下为C级", ["90", "80"]) == ["A级", "B级"]


def test_words_after_a_band_that_name_no_grade_are_refused():
    # …达到12分的餐饮企业,将被重罚或停业: 餐饮企业 was read as the grade, the outcome passed over
    s = "累计记分达到12分的餐饮企业,将被重罚或停业,而年度记分达到18分的则吊销餐饮许可证。"
    assert refusal(s, "12").code == "E214"
    # the boundary sentence in brackets after the bands is no such words
    s = "考核得分90分以上为优秀,60分以下为不合格。(以上含本数,以下不含本数)"
    assert scores(s, ["90", "59", "60"]) == ["优秀", "不合格", "(不在任何等级内)"]


def test_deducted_down_to_below_zero_said_as_kouwan_de_fufen():
    # 扣完得负分: past 0 (扣完 was unread)
    assert scores("每出现一次乱、漏收费扣一分,扣完得负分", ["1", "5"], points="2") == ["1", "-3"]


def test_points_then_otherwise_counted_per_failing():
    # 符合规定得4分,否则每有一项不相符的扣2分: the 4, less 2 for each found (refused: how together?)
    assert scores("符合规定得4分,否则每有一项不相符的扣2分", ["0", "1", "3"], points="4") == ["4", "2", "0"]
    s = "执收工作程序规范、资料完备的,计2分。否则,每发现一次扣0.5分,扣完该项基本分为止。"
    assert scores(s, ["0", "3", "5"], points="2") == ["2", "0.5", "0"]


def test_zero_said_directly():
    assert scores("未采用自动化检测设备开展路面技术状况自检工作的,直接计0分。", ["是", "否"], points="4") == ["0", "4"]


def test_a_number_spaced_from_its_counter_is_no_list_number():
    # 1 处不合格扣 0.5 分: one place, each counted (read as list number 1, then a yes/no of 0.5)
    assert scores("1 处不合格扣 0.5 分,扣完为止。", ["0", "3"], points="4") == ["4", "2.5"]
    # a list number before a word that starts with a counter stays one
    assert scores("1 处理及时得2分", ["是", "否"], points="4") == ["2", "0"]
    assert scores("2 台账齐全得1分", ["是", "否"], points="4") == ["1", "0"]


def test_levels_each_with_a_range_the_assessors_judge_within():
    # 执行好的给8-10分,…: the level given, and the points chosen inside its range (refused: which points?)
    s = "制度完善,执行好的给8-10分,一般的给4-7分,较差的给1-3分。"
    assert scores(s, [("好", "9"), ("一般", "4"), ("较差", "3")], points="10") == ["9", "4", "3"]
    assert rule_kinds(s) >= {"JudgedLevels"}
    assert refusal(s, "一般", "8", points="10").code == "E408"   # outside 一般's 4—7
    # a level's range from 0 (较差,得0-5分) and levels of strength
    s = "专业能力较强,得10-15分;专业能力一般,得5-10分;专业能力较差,得0-5分。"
    assert scores(s, [("较强", "15"), ("较差", "0")], points="15") == ["15", "0"]
    # a deduction's range among them is still refused (taken from what?)
    assert refusal("执行好的给8-10分,一般的扣1-2分", "好", "9", points="10").code == "E202"


def test_a_share_of_a_failing_names_which_share():
    # 不与驾驶员规范签订劳动合同的,按比例扣分: the share signed or the share not? (read as the share done)
    assert refusal("不与驾驶员规范签订劳动合同或经营合同的,按比例扣分,扣完为止。", "75%", points="40").code == "E202"
    # a task not met is in proportion to what was done, as ever
    assert scores("未完成任务的,按比例扣分。", ["80%", "100%"], points="40") == ["32", "40"]
    assert score("未全部完成的按完成比例得分", "50%", points="40") == "20"


@pytest.mark.parametrize("sentence", ["越级报送、送签 1次 3分", "公文倒流 1次 3分", "多头分送 1次 3分"])
def test_bare_points_for_each_breach_are_taken(sentence):
    # 越级, 倒流, 多头 name breaches: each time costs the points (read as 3 earned each time)
    assert scores(sentence, ["0", "2"], points="15") == ["15", "9"]


def test_points_for_each_article_stay_earned():
    assert scores("发表文章1篇3分", ["2"], points="15") == ["6"]


def test_words_after_a_grade_named_after_de_are_refused():
    # 为合格档次(70分以上)的人员…发放…奖金: 奖金 was taken for the grade, 合格 lost
    s = "考核结果为合格档次(70分以上)的人员按规定分档次发放一定的技术推广服务补助和绩效奖金。"
    assert refusal(s, "80").code == "E201"   # one band with a problem is read as a rule, which gives no points
    s = "考核结果为合格档次(70分以上)的人员按规定发放奖金;60分以下为不合格。"
    assert refusal(s, "80").code == "E214"


@pytest.mark.parametrize("sentence, required", [("按月开展教育培训,未开展的,每月扣2分", 12),
                                                ("每季度开展一次检查,未开展的每季度扣2分", 4),
                                                ("未按月召开例会的,每月扣2分", 12)])
def test_each_period_missed_of_a_requirement_reads_the_periods_held(sentence, required):
    # 按月开展…,未开展的,每月扣2分: 12 asked, the value is the months held (read as months missed)
    assert scores(sentence, [str(required), str(required - 2)], points="30") == ["30", "26"]
    # twice a month: what is one month short of it? the months counted as before
    assert score("每月开展2次检查,未开展的每月扣1分", "3", points="30") == "27"


def test_a_parts_points_in_brackets_without_fen_are_refused():
    # 领导(0.5)及岗位职责(0.5)。1分: the parts' points (passed over: one part done scored all or nothing)
    assert refusal("明确分管档案工作的领导(0.5)及岗位职责(0.5)。1分", "是").code == "E218"
    # at a clause's end it may be the item's points, as before
    assert score("管理统计基本单位名录库(15)。名录库信息数据每差异现扣1分。", "2", points="15") == "13"


def test_taken_from_the_total_named_between():
    assert scores("无讨论提纲者扣总成绩3分。", ["是", "否"], points="10") == ["7", "10"]


def test_by_population_is_no_count_per_person():
    # 按人口比例完成筛查任务: 按人 was read as per person, the first tier as one per record
    s = "各乡镇按人口比例完成筛查任务,完成率95%以上得10分,90%-95%得8分,85%-90%得6分,85%以下不得分。"
    assert scores(s, ["96%", "92%", "80%"], points="10") == ["10", "8", "0"]
    assert score("按人扣0.5分", "3", points="10") == "8.5"


def test_tiers_after_points_separated_by_dun():
    # 80%以上得2分、60%以上得1分: the 、 was read as a list of amounts and the sentence refused
    assert scores("完成80%以上得2分、60%以上得1分", ["85%", "70%", "50%"], points="3") == ["2", "1", "0"]
    # points listed with 、 stay a list
    assert scores("获一、二、三等奖的分别加3分、2分、1分", [("1", "0", "1")], points="5") == ["4"]


def test_a_share_then_full_points_once_the_task_is_done():
    # 按完成比例计分,完成或超额完成计满分: the share's own top (read as a yes/no of its own)
    s = "2、中間業務創收(5分)。按完成比例計分,完成或超額完成計滿分。"
    assert scores(s, ["80%", "100%", "110%"], points="5") == ["4", "5", "5"]


def test_a_failing_of_timeliness_inside_a_period_counts_the_late_ones():
    # 未按时每月报送的,每次扣: the late reports, not the months short of 12
    assert score("未按时每月报送报表的,每次扣0.5分", "2", points="10") == "9"
    assert score("按月报送报表,未按时报送的每月扣1分", "2", points="10") == "8"


def test_the_failing_last_level_after_a_comma_before_its_points():
    # 无成效的,不得分: the comma before the points cut the level's words to nothing (a yes/no of its own)
    s = "工作成效明显的,得3分;成效一般的,得1分;无成效的,不得分。"
    assert scores(s, ["明显", "无成效"], points="3") == ["3", "0"]


def test_the_items_points_taken_below_zero_is_no_zero():
    # 倒扣该项分值: the item's points taken past 0 (read as 本项不得分, 0 where it meant −5); refused
    assert refusal("未完成任务的,倒扣该项分值。", "是", points="5").code == "E201"
    assert scores("未完成任务的,扣该项分值。", ["是", "否"], points="5") == ["0", "5"]


def test_options_each_said_to_be_their_points():
    # 优秀为10分: the 为 was part of the level's name (优秀为), which no assessor writes
    assert scores("优秀为10分;良好为8分;一般为6分;差为0分", ["良好", "差"], points="10") == ["8", "0"]
    # rising points, each option said to be them: one answer (five yes/no, a unit could sum them)
    s = "得分标准:高职高专毕业为10分;普通大学本科毕业为20分;双一流大学本科毕业为30分;硕士研究生为40分;博士研究生为60分。"
    assert scores(s, ["硕士研究生", "高职高专毕业"]) == ["40", "10"]
    # the table's 得分: and a list's dash are no part of the option's words
    s = "桌面无明显污渍,得分:10分;- 桌面有少量污渍,得分:8分;- 桌面严重脏乱,得分:0分。"
    assert scores(s, ["桌面有少量污渍", "桌面严重脏乱"], points="10") == ["8", "0"]
    # rising points without 为 are no options: each its own award, as before
    assert len(rule_kinds("有制度计1分;有台账计2分;有总结计3分")) >= 1
    assert refusal("有制度计1分;有台账计2分;有总结计3分", "有台账").code == "E502"


def test_a_level_given_by_its_own_words_or_one_of_its_names():
    # 有体现 for the level 质量工作在政府工作报告中有体现 (what it is said of is the first's words only)
    s = "质量工作在政府工作报告中有体现的得1分,体现不充分的得0.5分,无体现的不得分。"
    assert scores(s, ["有体现", "体现不充分", "无体现"], points="1") == ["1", "0.5", "0"]
    # words in two levels name neither
    assert refusal(s, "体现", points="1").code == "E503"
    # 技师 is one of the names 中级职称、技师 lists; 高级技师 another level's
    s = "得分标准:中级职称、技师为20分;副高职称、高级技师为40分;正高职称为60分。"
    assert scores(s, ["技师", "高级技师", "正高职称"]) == ["20", "40", "60"]


def test_the_score_named_before_its_formula_in_brackets():
    # 得分 (20分*执行率): read as a yes/no of 20, the *执行率 passed over
    assert scores("得分 (20 分*执行率)", ["90%", "75%"], points="20") == ["18", "15"]
    # a star after points that names no value is no product: a list's mark, as before
    assert refusal("得分 (20分*执行率", "90%", points="20").code == "E218"


def test_an_amount_in_a_unit_jdscore_does_not_know_is_refused():
    # 出口10000英镑以上: the 10000 was passed over, a yes/no of 100 left
    assert refusal("出口10000英镑以上,得100分。", "是").code == "E218"
    assert refusal("出口10000万英镑以上,得100分。", "是").code == "E218"
    # 美元 is money, compared as written
    s = "出口10000万美元(含10000万美元)以上,得100分。"
    assert scores(s, ["12000万美元", "10000万美元", "9999万美元"]) == ["100", "100", "0"]


def test_options_that_are_degrees_of_one_thing():
    # 依据充分3分,基本充分2分: one judgement of two degrees (two yes/no, a unit could sum them)
    s = "该指标主要考核项目目标依据的充分性。依据充分 3 分,基本充分 2 分。"
    assert scores(s, ["依据充分", "基本充分"], points="3") == ["3", "2"]
    assert scores("目标明确 3 分,目标基本明确 2 分。", ["目标基本明确"], points="3") == ["2"]
    # two things of no degree stay two awards
    assert refusal("制度健全3分,台账规范2分。", "制度健全", points="5").code == "E502"


def test_hours_and_years_may_be_in_parts():
    # 每延迟1小时扣2分 with 1.5 hours late: refused as no whole number; whole hours are taken
    assert scores("货物入库不及时登记,每延迟1小时扣2分;", ["1.5", "3"]) == ["-2", "-6"]
    assert score("按照每工作1小时获得1积分的比例进行奖励。", "2.5") == "2.5"
    # days stay whole
    assert refusal("逾期1天扣1分", "1.5").code == "E503"


def test_grades_of_one_thing_may_rise():
    # 县市级1分;省级3分;国家级5分: one answer (three yes/no, a unit could sum them)
    assert scores("县市级1分;省级3分;国家级5分。", ["省级", "国家级"], points="5") == ["3", "5"]
    # rising awards of other things stay apart
    assert refusal("有制度计1分;有台账计2分;有总结计3分", "有台账").code == "E502"


def test_a_level_given_with_words_around_its_name():
    # 全部合格 for the level 合格 (its 全部 was cut), 有批有改,细致认真 for 细致认真
    s = "全部合格的得6分;基本合格的得4分;不合格的不得分。"
    assert scores(s, ["全部合格", "基本合格"], points="6") == ["6", "4"]
    s = "教师有批有改,细致认真得20分;只批不改得10分;不批不改不得分。"
    assert score(s, "有批有改,细致认真", points="20") == "20"
    # words of degree or denial around a level's name make another level
    assert refusal("全部合格的得6分;基本合格的得4分;不合格的不得分。", "不完全合格", points="6").code == "E503"
    assert refusal("好的得3分,较好的得2分,一般的得1分,差的不得分", "很差", points="3").code == "E503"


def test_a_level_given_by_its_options_whole_words():
    # the hint says to copy the level's words; the whole option (its name 一般 is a part) was refused
    s = "1、工作机制健全,运行良好,得10分;2、工作机制不健全,运行一般,得 6分;3、工作机制未建立,运行差,得0分。"
    assert scores(s, ["工作机制不健全,运行一般", "工作机制健全，运行良好", "工作机制未建立"],
                  points="10") == ["6", "10", "0"]
    s = "报告结论清晰,执行度高,得16-25分;报告结论较为清晰,执行度一般,得6-15分;结论以偏概全,得0-5分。"
    assert scores(s, [("结论清晰", "20"), ("结论较为清晰", "8"), ("结论以偏概全", "3")], points="25") == ["20", "8", "3"]
    # words in two options name neither
    assert refusal(s, "结论", "20", points="25").code == "E503"
    # the amount must be in the range of the option given
    assert refusal(s, "结论清晰", "8", points="25").code == "E408"


def test_options_judged_within_ranges_apart_are_one_judgement():
    # three options, each judged within its range: read as three amounts added, a unit could score 38 of 20
    s = "态度认真,工作尽责,得13-20分;态度一般、工作马虎,得7-12分;态度恶劣、消极怠工,得0-6分。"
    assert scores(s, [("态度一般、工作马虎", "10"), ("态度恶劣", "0")], points="20") == ["10", "0"]
    assert refusal(s, "态度一般", "15", points="20").code == "E408"
    # ranges that meet are parts judged each on its own, added up as before; so are two apart, or
    # ranges that stop short of 0 (parts as readily as levels)
    assert scores("制度健全得0-3分,台账完整得0-2分", [("3", "2")], points="5") == ["5"]
    assert score("制度建设得6-10分;台账管理得1-5分", "8", "3", points="15") == "11"
    assert score("制度建设得11-15分;台账管理得6-10分;宣传得1-5分", "12", "8", "3", points="30") == "23"
    # a level of one amount among three or more: 符合 4, 基本符合 judged within 1—3 (written from the top), 不符合 0
    s = "符合(有系统并正常运作):4分 基本符合(有系统但运作不正常):3—1分 不符合:0分"
    assert scores(s, [("符合", "4"), ("基本符合", "2"), ("有系统但运作不正常", "3"), ("不符合", "0")],
                  points="4") == ["4", "2", "3", "0"]
    assert scores("制度健全得5分;基本健全得2-4分;不健全不得分", [("基本健全", "3")], points="5") == ["3"]
    # two of them are a yes/no and a part judged, as before
    assert scores("有制度得5分,执行得好的得1-3分", [("是", "2")], points="8") == ["7"]


@pytest.mark.parametrize("sentence", ["被采用的加5分,可累计", "民建中央、市政协采用,加计5分,可累计得分;",
                                      "获市级表彰的加5分(可累加)", "被采用的加5分,可重复加分"])
def test_an_award_that_accumulates_counts_each_time(sentence):
    # 可累计: each occurrence scores again (read as a yes/no, three adoptions scored 5)
    assert scores(sentence, ["3", "0"]) == ["15", "0"]


def test_accumulating_what_is_not_counted_is_refused():
    assert refusal("好的得3分,一般的得1分,可累计", "好").code == "E202"
    # 不重复加分 is no accumulation
    assert rule_kinds("获市级表彰的加5分,省级表彰加8分,不重复加分") != rule_kinds("获市级表彰的加5分,可累计")


def test_once_for_each_matter_counts_the_matters():
    # 同一问题只扣一次: each problem once (read as a yes/no, five problems lost 1)
    assert scores("发现问题的扣1分,同一问题只扣一次", ["3", "0"], points="5") == ["2", "5"]
    # 不重复加分 alone: once for all
    assert score("获得表彰的加2分(按最高级别,不重复加分)", "是") == "2"


@pytest.mark.parametrize("sentence", ["被采用的加2分,次数不限", "被采用的加2分,多篇累计", "发现问题的扣1分,发现几次扣几次"])
def test_more_ways_of_saying_each_time_again(sentence):
    assert abs(Decimal(score(sentence, "3"))) == Decimal(score(sentence, "1")).copy_abs() * 3


def test_an_average_of_several_results_is_refused():
    # 取各次平均: read as a count of checks passed, each 2
    assert refusal("每次检查合格的得2分,取各次平均", "3").code == "E218"


def test_an_exception_to_counted_failings_is_refused():
    # 整改到位的不扣分: the problems put right take nothing (passed over, 3 put right lost 3)
    assert refusal("每发现一处问题扣1分,整改到位的不扣分", "3").code == "E202"
    # another kind that takes nothing still reads
    assert score("事假每次扣1分,病假不扣分", "2") == "-2"
    # points given back with no number: how many? (passed over, nothing was given back)
    assert refusal("每发现一处问题扣1分,整改到位的返还一半", "3").code == "E218"


def test_a_word_and_its_denial_stay_a_yes_no():
    # 齐全 / 不齐全 is no scale of degrees
    assert scores("项目档案资料齐全的得2分,不齐全的扣2分。", ["是", "否"], points="2") == ["2", "0"]


def test_words_after_a_comma_are_no_part_of_a_formulas_value():
    # …+附加分,以上情况均扣分: the clause after the comma was read into the last value's name
    s = "工作实绩量化考核综合得分=分管领导评价得分×20%+考核组评价得分×40%+附加分,以上情况均扣分。"
    assert refusal(s, "80", "90", "2").code == "E201"
    s = "工作实绩量化考核综合得分=分管领导评价得分×20%+考核组评价得分×80%"
    assert score(s, "80", "90") == "88"


@pytest.mark.parametrize("sentence", ["无消毒记录、无留样,扣20分,经整改合格的可恢复。",
                                      "专题会议全年少于2次的,扣3分,第二次扣双倍。",
                                      "每起扣2分,分值翻番", "每次检查得2分,以最高分为准"])
def test_words_that_change_the_points_are_never_passed_over(sentence):
    # each was read without its last clause (restored points, doubled points, the best of several)
    assert refusal(sentence, "1").code in ("E218", "E201")


def test_accumulated_by_the_day_counts_the_days():
    # 扣20分,按日累计: each day again (read as a yes/no, ten days lost 20)
    assert scores("无消毒记录、无留样,扣20分,按日累计。", ["3", "0"]) == ["-60", "0"]


@pytest.mark.parametrize("sentence", ["每篇加2分,合作完成的按排名先后分配", "每篇加2分,以季度平均计", "每起扣2分,以全年平均计算"])
def test_results_shared_or_averaged_are_refused(sentence):
    # each was read as a plain count, the share or the average passed over
    assert refusal(sentence, "3").code == "E218"


def test_a_total_weighted_from_scores():
    # 平时情况打分占60%,实地检查打分占40%: each score times its share (refused: no points written)
    s = "2、考核计分采取实地检查和平时情况打分相结合的方式进行综合考评,平时情况打分占60%,实地检查打分占40%。"
    assert scores(s, [("86", "100"), ("80", "90")]) == ["91.6", "84"]
    assert score("年度考核分数由定量考核占70%和定性考核占30%构成。", "90", "80") == "87"
    # shares that do not make the whole are no weighted total
    assert refusal("平时成绩占30%,期末成绩占60%", "80", "90").code == "E201"
    # a share compared stays a comparison
    assert score("党员占比30%以上的得2分", "40%") == "2"


def test_a_limit_after_the_other_answer_is_applied_or_refused():
    # …得6分;未实行的,不得分,单项最高2分: the limit was passed over (the 6 were given)
    assert refusal("推行统筹的,得6分;未实行的,不得分,单项最高2分。", "是").code == "E202"
    assert refusal("推行统筹的,得6分;未实行的,不得分,全年最多计3次。", "是").code == "E202"
    s = "按时报送的得3分,未按时报送的扣2分,最多扣1分"
    assert scores(s, ["是", "否"]) == ["3", "2"]


def test_steps_either_way_from_a_target_met():
    # 完成…指标,每高于或低于0.5%分别加(扣)5分: from the target (100%); read from 0, 100% gained 1000
    s = "完成公司下达的月度生产指标,每高于或低于 0.5%分别加(扣)5分。"
    assert scores(s, ["100%", "101%", "99%"]) == ["0", "10", "-10"]
    # a change on last year still counts from no change
    assert scores("比上年每增长1个百分点加1分,每下降1个百分点扣1分", ["2%", "-1%"]) == ["2", "-1"]


def test_limits_of_each_numbered_part_are_refused():
    # each part's 扣分上限为4分 (read as the whole's, the parts' 4.5 were taken as 4)
    s = ("1、预算执行不到位,扣1分;电价政策执行不到位,扣1分。扣分上限为4分。2、未按规定核算,发生少项或错误,"
         "每次扣0.5分。扣分上限为4分。3、未完成交办的事项,每发生一次扣0.5分。扣分上限为4分。")
    assert refusal(s, "是", "是", "3", "2", points="12").code == "E202"


def test_a_boundary_note_after_a_comma():
    # …得2分,不含本数 / 以上均不含本数: the note was passed over (90% scored 2)
    assert scores("达到90%以上的得2分,不含本数", ["90%", "91%"]) == ["0", "2"]
    assert scores("90%以上得2分,80%以上得1分,以上均不含本数", ["90%", "80%"]) == ["1", "0"]
    assert score("60%以下的不得分,以下不含本数。", "60%", points="5") == "5"


def test_a_failing_found_with_a_floor_is_taken_each_time():
    # 发现…的扣1分,扣完为止 under 10: each found (once, the floor could never be reached: five lost 1)
    assert scores("总分10分,发现未按要求批阅的扣1分,扣完为止。", ["3", "12"]) == ["7", "0"]
    # a state stays a yes/no
    assert scores("未建立台账的扣1分,扣完为止", ["是", "否"], points="2") == ["1", "2"]


def test_counted_by_the_piece_is_never_passed_over():
    # …扣2分,以件计: each piece? (passed over, a yes/no of 2)
    assert refusal("未按时报送的扣2分,以件计", "3").code == "E218"
    assert score("以件计扣2分", "3") == "-6"


def test_points_that_grow_each_time_are_refused():
    # 每次扣2分,实行累进制: each time more (passed over, 2 each)
    assert refusal("每次扣2分,实行累进制。", "2").code == "E218"


def test_a_word_beginning_with_defen_is_a_values_name():
    # 得分率×10分: 得分 is part of the value's name, not a score named before the formula
    assert [n.words for n in try_rule("得分率×10分", None, None).needs] == ["得分率"]


def test_points_kept_out_of_the_total_are_refused():
    # 扣1分,不计入总分 (passed over, the 1 came off the total); 超过部分不得分 with no limit said
    assert refusal("信息报送不及时的,扣1分,不计入总分。", "是").code == "E218"
    assert refusal("每篇计12分,超过部分不得分。", "3").code == "E218"
    assert score("每篇计12分,最高24分,超过部分不得分。", "3") == "24"


def test_a_forms_boxes_are_options():
    # □…(5分) □…(3分) □…(0分): read as three yes/no, the boxes inside the words of the next
    s = "□名称牌匾悬挂于办公场所外或门厅处(5分) □名称牌匾悬挂于办公场所内(3分) □未悬挂名称牌匾(0分)"
    assert scores(s, ["名称牌匾悬挂于办公场所内", "未悬挂名称牌匾"], points="5") == ["3", "0"]


def test_some_one_is_no_count():
    # 某一间办公室 was a target of 1, which kept the options apart (three yes/no)
    s = "(1)悬挂于显著位置5分(2)悬挂于某一间办公室 3分(3)未悬挂名称牌匾0分"
    assert scores(s, ["悬挂于某一间办公室", "未悬挂名称牌匾"], points="5") == ["3", "0"]


@pytest.mark.parametrize("sentence, points", [
    ("完成任务,得该项目分值的90%", "9"), ("达到要求的得该指标分值的50%", "5"),
    ("基本完成的得该项分数的60%", "6"), ("延期的扣除该项目标分值的20%", "8"), ("建立合作机制得10%分", "1")])
def test_a_share_of_the_items_points_said_of_the_item_or_its_target(sentence, points):
    # 该项目, 该指标, 该项目标分值 and 10%分 name the item's points (refused as no points said)
    assert score(sentence, "是", points="10") == points


@pytest.mark.parametrize("sentence", ["地面有垃圾2分/处;", "灯杆灯具灯罩有积尘、污渍严重,影响观瞻和照明 0.1分/处",
                                      "擅自在建筑物墙面悬挂广告的 0.5分/处", "上床楼梯脏乱;(2分/处)", "每处错误1分。"])
def test_points_without_a_verb_for_dirt_disorder_or_errors_are_taken(sentence):
    # 有垃圾, 污渍, 擅自, 脏乱, 错误 name a failing: a checklist's points for each are taken (refused as no sign)
    assert Decimal(score(sentence, "2")) < 0


def test_work_on_rubbish_is_no_failing():
    # 垃圾分类, 垃圾桶: the subject of the work, not dirt found
    assert score("设定垃圾分类工作目标,提出减量化措施。每项2.5分,共5分。", "2", points="5") == "5"
    assert score("有垃圾桶并加盖。(2分)", "是") == "2"


@pytest.mark.parametrize("sentence, points", [
    ("A.中国社会科学、科学通报和被SCI、SSCI及A&HCI收录的论文200分/篇", "400"),
    ("善行义举50分/次", "100"), ("积极帮助协调邻里矛盾20分/次", "40"),
    ("主动参与文明创建、移风易俗等宣传或志愿活动20分/次", "40")])
def test_bare_points_per_merit_are_given(sentence, points):
    # 收录, 善行义举, 积极, 主动 name a merit (refused as no sign, a slash counting either way)
    assert score(sentence, "2") == points


def test_a_merit_word_denied_is_a_failing():
    assert score("未主动报告2分/次", "2") == "-4"


def test_a_requirement_and_a_measure_named_by_what_it_measures():
    # 且供电时间不低于2小时: a time named (refused: the words before 且 might say whom a count counts);
    # 不间断 is a word, no denial
    s = "具备不间断电源且供电时间不低于2小时得0.2分"
    assert scores(s, [("是", "3"), ("是", "1.5"), ("否", "3")]) == ["0.2", "0", "0"]
    assert scores("场所独立且面积不少于200平方米的得2分", [("是", "200"), ("否", "300")]) == ["2", "0"]


def test_a_joint_clause_closed_by_stops_among_clauses_of_other_things():
    # 污水处理率达70%以上或较上年增长10%以上的得0.5分 after two other awards: a rule of its own, added
    # (refused: a joint had to be alone); the values are asked in the order written
    s = ("自来水普及率达95%以上,得0.5分;实施雨污分流改造得0.5分;"
         "镇区生活污水处理率达70%以上或考核年较上年度增长10%以上的得0.5分")
    assert score(s, "96%", "是", "60%", "12%", points="5") == "1.5"
    assert score(s, "90%", "否", "75%", "0%", points="5") == "0.5"
    s = "参训率达到90%且考试合格率达到80%的得2分,否则不得分;有工作方案得1分。"
    assert score(s, "95%", "85%", "是", points="5") == "3"
    # a limit of a clause read apart is its own, never the whole's (read on the whole, 2 + 2 scored 2)
    s = "组织领导有力的视情况加1-2分,最高2分;参训率达到90%且考试合格率达到80%的得2分,否则不得分。"
    assert score(s, "2", "95%", "85%", points="5") == "4"
    # tiers of one rate across the stop are never added; nor steps of an unnamed base
    assert refusal("合格率达到90%以上得2分;合格率达到80%以上且无安全事故的得1分").code == "E202"
    assert refusal("合格率达到90%且无安全事故得5分;每低1个百分点扣0.5分").code == "E202"


def test_each_failing_judged_within_a_range():
    # 各扣1—3分: refused at the dash; each failing listed is judged within the range, 0 if it did not happen
    s = "未召开会议扣3分,无阶段性总结和部署各扣1—3分。"
    assert score(s, "否", "2", "0", points="10") == "8"
    assert refusal(s, "否", "4", "0", points="10").code == "E408"
    # one failing named: judged for each time it happened
    assert score("未达到考评标准的各扣1—2分。", "1", "2", points="10") == "7"


def test_one_asked_for_after_a_verb_of_providing_is_a_yes_no():
    # 未明确一名村干部为专管员的: the one cadre asked for (read as a count, a unit writing 0 cadres lost nothing)
    assert scores("未明确一名村干部为长效管理专管员的扣1分。", ["是", "否"], points="2") == ["1", "2"]
    assert score("未配备1名专职人员的扣2分", "是", points="2") == "0"
    # those who did not do something are still counted
    assert score("未参加培训1人扣0.5分", "3", points="2") == "0.5"
    assert score("发现1人脱管扣0.5分", "2", points="2") == "1"


@pytest.mark.parametrize("sentence, values, expected", [
    # 得5分(制度3分、台账2分): the award's points split in the brackets (read as 5 + 3 + 2 = 10)
    ("制度健全、台账规范得5分(制度3分、台账2分)", ("是", "否"), "3"),
    # 得2分(每次0.5分), 得5分(各2.5分): how the award's points are earned (read as 2 beside the count)
    ("按时报送得2分(每次0.5分)", ("6",), "2"),
    ("按时报送得2分(每次0.5分)", ("3",), "1.5"),
    ("制度健全、台账规范得5分(各2.5分)", ("1",), "2.5")])
def test_an_awards_points_split_in_brackets_after_them(sentence, values, expected):
    assert score(sentence, *values) == expected


def test_points_split_unsaid_is_refused():
    # 5分(2+2+1): the points shared among the parts, which part gets which unsaid (read as one
    # yes/no, a unit with one part done scored all or nothing)
    assert refusal("加油站地面、加油机、加油岛清洁。 5分(2+2+1)").code == "E218"
    # 5分,每项2.5分: bare points counted after bare points, their limit or points of their own
    assert refusal("建立制度、台账5分,每项2.5分").code == "E202"


def test_a_worse_case_of_a_failing_is_asked_apart():
    # 情节严重的扣5分 after 扣2分 as yes/nos: a serious case is a case of its own, answered by the second
    # only (answered in both, it lost 7); try says so on the first
    s = "未按时上报的扣2分,情节严重的扣5分"
    first, second = try_rule(s, None, None).needs
    assert "不含“情节严重的扣5分”另计的" in first.kind and "不含" not in second.kind
    assert scores(s, [("否", "是"), ("是", "否")], points="10") == ["5", "8"]
    # 另扣 adds on top
    assert score("未按时上报的扣2分,造成不良影响的另扣3分", "是", "是", points="10") == "5"


def test_serious_cases_counted_apart_say_so():
    # the first count leaves out those the second counts at 5 each
    first, second = try_rule("每发现一次扣1分,情节严重的扣5分", None, None).needs
    assert "不含“情节严重的扣5分”另计的" in first.kind and "不含" not in second.kind


def test_all_the_times_tiered_after_each_time_counted_is_refused():
    # 累计3次以上扣2分 tiers the times 迟到一次 counts (read as a second value, 4 times lost 2 + 2):
    # 2 instead of the 0.5 each, or on top? As without 累计
    assert refusal("迟到一次扣0.5分,累计3次以上扣2分").code == "E202"
    assert refusal("迟到每次扣0.5分,累计超过3次的扣2分").code == "E202"
    assert score("迟到一次扣0.5分,累计3次以上不得分", "3", points="10") == "0"


@pytest.mark.parametrize("sentence, values, expected", [
    # 该项指标分值, 本项目分值, 该指标的分值: the item's points (asked for as a value of its own)
    ("评价指标得分=资金到位率*该项指标分值", ("80%",), "8"),
    ("得分=实际完成量/目标任务×本项目分值", ("30", "40"), "7.5"),
    # 计分办法为…, 计分公式为: …: the score named before its formula (refused as no points)
    ("计分办法为10×意向考研人数/学生总数", ("12", "40"), "3"),
    ("计分公式为:完成率×10", ("95%",), "9.5")])
def test_formulas_named_in_more_ways(sentence, values, expected):
    assert score(sentence, *values, points="10") == expected


@pytest.mark.parametrize("sentence,grades", [
    # 未达70分者,不予列等: the totals below get no grade, that band named by its words (refused:
    # the band named before the stop took the clause after it as a third condition)
    ("优:85分以上。良:70分以上,未满85分。考核成绩未达70分者,不予列等。",
     {"85": "优", "70": "良", "69.5": "不予列等"}),
    ("85分以上为优秀,70分以上85分以下为良好,70分以下不评定等次", {"86": "优秀", "60": "不评定等次"}),
    # 4.評鑑成績…: the list's number is no bound
    ("1.優等:評鑑成績達九十分以上者。2.甲等:評鑑成績達八十分以上未滿九十分者。4.評鑑成績未滿八十分者,不予評列等第。",
     {"90": "優等", "80": "甲等", "79": "不予評列等第"}),
    # letters and ordinals before their ranges (refused as one band of two contradicting conditions)
    ("A级(90分及以上)、B级(80-89分)、C级(60-79分)、D级(60分以下)", {"90": "A级", "85": "B级", "59": "D级"}),
    ("考核结果分为四档:第一档(90分以上)、第二档(80-89分)、第三档(70-79分)、第四档(70分以下)。",
     {"95": "第一档", "75": "第三档", "60": "第四档"}),
    # a grade's gloss in its brackets is no grade of its own
    ("分为AAA级(信用优秀,信用得分≥85分)、AA级(信用良好,80≤信用得分<85分)、A级(信用一般,信用得分<80分)",
     {"85": "AAA级", "84.5": "AA级", "70": "A级"}),
])
def test_grade_bands_of_no_grade_and_named_by_letters(sentence, grades):
    for total, grade in grades.items():
        assert score(sentence, total) == grade, total


@pytest.mark.parametrize("sentence", [
    "学生每月请假不得超过2次,超过的每次扣1分", "每学期请假超过3次的,每次扣1分",
    "每月开展活动不少于2次,每多1次加0.5分", "公司允许每名员工每月三次补签卡的机会,超出三次需给予相应处分(扣5分/次)"])
def test_an_allowance_of_each_period_is_refused(sentence):
    # what is over the 2 is counted month by month (read as over 2 in the year, 2 leaves in each of 3
    # months lost 4)
    assert refusal(sentence).code == "E202"


def test_an_allowance_of_the_year_and_each_month_after_a_threshold_still_read():
    assert score("全年请假不得超过24次,超过的每次扣1分", "26", points="5") == "3"
    # 满4年后每月加0.05分: each month past the years, no allowance of a month
    assert score("现军衔(警衔) 满4 年后每月加0.05 分。", "10") == "0.5"


@pytest.mark.parametrize("sentence", [
    "指标完成年度目标即得该项指标满分,未完成目标不得分。", "完成目标的得本项满分,未完成的不得分。",
    "达到省级标准的得该项满分,未达到的不得分。", "完成目标的给予满分,未完成的不得分。",
    "完成目标的按满分计,未完成的不得分。", "完成目标的视为满分,未完成的不得分。",
    "完成目标的得该考核项目满分,未完成的不得分。"])
def test_full_points_of_the_item_named_as_the_item(sentence):
    # 得该项指标满分, 得本项满分: the item's points (the award was left unread and the yes/no answered
    # the failing: a unit that met its target scored 0)
    assert scores(sentence, ["是", "否"], points="6") == ["6", "0"]


@pytest.mark.parametrize("sentence", [
    "完成目标的得该大项满分,未完成的不得分。", "完成目标的得该项目的全部满分,未完成的不得分。"])
def test_full_points_in_words_not_known_are_unread(sentence):
    # the award's words left unread, the yes/no answered the failing (a unit that met its target scored 0)
    assert refusal(sentence).code == "E218"


@pytest.mark.parametrize("sentence", [
    "每发现一次脱岗扣0.5分,当月扣分不超过1分",
    "每月按时报送统计报表,每迟报1天扣0.1分,迟报超过5天的,当月报表不得分"])
def test_a_limit_or_a_zero_of_one_month_is_refused(sentence):
    # read as the item's: 2 taken in each of 3 months lost only 1; one month's report late zeroed the year
    assert refusal(sentence).code == "E202"


def test_a_zero_of_this_month_alone_may_be_a_months_item():
    assert score("迟报重特大事故,当月信息调度统计考核不得分。", "是", points="5") == "0"


@pytest.mark.parametrize("sentence", [
    "完成任务的得3分,未完成的按完成比例计分;超额完成20%以上的得4分",
    # the rung beyond between the task and its share (read as a share of 4 on a rate of its own)
    "城镇新增就业人数完成目标任务的得3分,超额完成20%以上的得4分,未完成的按比例得分。"])
def test_the_task_its_share_below_and_a_rung_beyond_it(sentence):
    # 得4分 beyond is 4 in all (read as 4 on top of the 3, 130% scored 7)
    assert scores(sentence, ["130%", "100%", "80%"], points="10") == ["4", "3", "2.4"]


@pytest.mark.parametrize("sentence", [
    "完成目标任务的得3分,超额完成的得4分,未完成的按比例得分。",  # a share of which points?
    "超额完成20%以上的得4分,完成目标任务的得3分,未完成的按比例得分"])  # 20% beyond, read as a rate from 0
def test_a_share_or_a_rung_beyond_the_task_out_of_order_is_refused(sentence):
    assert refusal(sentence).code == "E202"


@pytest.mark.parametrize("sentence, values, expected", [
    # 基础分为10分: the number of the formula's 基础分 (read as a limit of 10, 基础分 asked for)
    ("按基础分×完成率计分,基础分为10分,最高不超过12分。", ("110%",), "11"),
    ("得分=基础分×(实际完成值/目标值),基础分为10分,最高不超过12分。", ("130", "100"), "12")])
def test_a_formulas_name_given_its_number_apart(sentence, values, expected):
    assert score(sentence, *values, points="12") == expected




@pytest.mark.parametrize("sentence, points, values, expected", [
    # the steps short of the requirement, a yes/no of another thing between (read apart, 3 visits of 4
    # lost the whole 1 and the visits were asked twice)
    ("每年到联系点调研指导不少于4次(1分)。未建立联系点制度扣1分,调研指导每少1次扣0.5分。", "1", ("3", "否"), "0.5"),
    ("每年组织禁毒培训不少于2次(2分)。未制定培训计划扣1分,培训每少1次扣0.5分。", "2", ("1", "否"), "1.5"),
    ("每季度至少召开1次禁毒委成员单位联席会议(3分)。未形成会议纪要的扣1分,每少开1次扣0.5分。", "3", ("2", "是"), "1")])
def test_steps_short_of_a_requirement_with_a_yes_no_between(sentence, points, values, expected):
    assert score(sentence, *values, points=points) == expected


def test_the_one_point_between_two_tiers_of_equal_points_is_theirs():
    # 高于10%的得5分 and the steps below 10% from 5: exactly at 10% neither held, and it scored 0
    s = "增幅高于10%的得5分,低于10%的,每低1个百分点扣1分,扣完为止。"
    assert scores(s, ["10%", "11%", "9%"], points="5") == ["5", "5", "4"]
    s = "一般公共预算收入增幅高于全市平均水平的得5分,低于全市平均水平的,每低1个百分点扣1分,扣完为止。"
    assert try_rule(s, ["8%"], Decimal("5"), others=[["8%"], ["8%"]]).score == "5"


@pytest.mark.parametrize("sentence, points, values, expected", [
    # the 5 are for the task done; the steps count what is beyond it (read as where the steps start,
    # a unit short of the task still scored the 5)
    ("完成任务得5分,每超1项加1分", "10", [("否", "0"), ("是", "0"), ("是", "3")], ["0", "5", "8"]),
    ("完成任务的得5分,每超1项加1分,最高加3分", "10", [("是", "5"), ("否", "0")], ["8", "0"]),
    ("参加全市禁毒业务培训得2分,每多参加1次加0.5分", "4", [("否", "0"), ("是", "2")], ["0", "3"])])
def test_steps_beyond_the_task_are_apart_from_its_points(sentence, points, values, expected):
    assert [score(sentence, *v, points=points) for v in values] == expected


@pytest.mark.parametrize("sentence, values, expected", [
    # none short is the task done; none over is within the limit
    ("完成任务得5分,每少1项扣1分", ("0", "2"), ["5", "3"]),
    ("控制在指标内得5分,每超1起扣1分", ("0", "2"), ["5", "3"])])
def test_steps_taking_points_off_still_start_from_the_points(sentence, values, expected):
    assert scores(sentence, list(values), points="5") == expected


@pytest.mark.parametrize("sentence, values, expected", [
    # both ways from the task: the 30 is where both steps start
    ("完成工作量目标得30分,每增加1例加0.5分,每降低1例减1分", ("2", "0"), "31"),
    # the task's failing said on its own: the 5 are lost there
    ("完成任务得5分,每超1项加1分,未完成的不得分", ("0", "是"), "0")])
def test_steps_beyond_the_task_with_its_other_side_said(sentence, values, expected):
    assert score(sentence, *values, points="40") == expected


@pytest.mark.parametrize("sentence, values, expected", [
    # the rungs of one ladder, named by their grades (read as yes/nos added, every rung passed scored 9)
    ("通过国家级验收的得5分,通过省级验收的得3分,通过市级验收的得1分", ["国家级", "省级", "无"], ["5", "3", "0"]),
    ("被评为国家级示范单位的得5分;被评为省级示范单位的得3分", ["省级"], ["3"])])
def test_rungs_of_one_ladder_named_by_their_grades(sentence, values, expected):
    assert scores(sentence, values, points="5") == expected


@pytest.mark.parametrize("sentence, values", [
    # added: honours of several things may add up, each asked
    ("获得国家级表彰的加3分,获得省级表彰的加2分,获得市级表彰的加1分", ("是", "是", "否")),
    # the words around differ: two things, each its own yes/no
    ("完整填报营业执照、税务等信息,得30分;完整填报从业人员基本信息,包括专业、职务等信息,得20分", ("是", "是"))])
def test_awards_of_other_things_stay_apart(sentence, values):
    assert score(sentence, *values, points="60") == ("5" if len(values) == 3 else "50")


@pytest.mark.parametrize("sentence, values, expected", [
    # the months named before the periods: 6 months, 2 quarters (read as 12 and 4, all done lost all)
    ("上半年每月报送1次工作进展,每少报1次扣0.5分", ("6",), "3"),
    ("下半年每季度至少召开1次专题会议,每少1次扣1分", ("1",), "2"),
    ("4月至12月每季度开展1次巡查,每少1次扣1分", ("3",), "3")])
def test_periods_in_the_part_of_the_year_named(sentence, values, expected):
    assert score(sentence, *values, points="3") == expected


@pytest.mark.parametrize("sentence", [
    "7月至9月每周开展1次巡河,每少1次扣0.1分", "上半年每两周开展1次督查,每少1次扣0.2分",
    "第四季度每月至少召开1次调度会,每少1次扣1分", "第三、四季度每月至少开展1次检查,每少1次扣1分",
    "除春节所在月份外,每月召开一次安全例会,少一次扣0.5分", "前三季度每季度报送1次进展情况,少报1次扣0.5分",
    # two periods in one requirement (read as the last one's, 2 a year)
    "上半年每月开展1次,下半年每季度开展1次,每少1次扣0.5分"])
def test_periods_in_a_part_of_the_year_not_worked_out_are_refused(sentence):
    # read as the year's 52 weeks or 12 months, a unit that did all asked lost every point
    assert refusal(sentence).code == "E202"


@pytest.mark.parametrize("sentence, places, expected", [
    # the places outside the first ones are those after them (read as the first ones, the points fell on
    # exactly the units they spared)
    ("未进入全市前十名的扣1分。", ["4", "11"], ["0", "-1"]),
    ("未能进入全市前五名的扣1分", ["5", "6"], ["0", "-1"]),
    ("排名不在前三名的扣1分。", ["2", "4"], ["0", "-1"]),
    ("排名在前三名以外的扣1分。", ["3", "4"], ["0", "-1"]),
    ("排名在全市前三名之后的扣1分。", ["3", "4"], ["0", "-1"]),
    ("排名第一的得5分,第二名得3分;未进入前五名的扣1分。", ["1", "4", "7"], ["5", "0", "-1"]),
    ("排名前三名的得5分,未进入前三名的不得分", ["3", "4"], ["5", "0"]),
    # 以下 after one place takes it in, 以外 does not (both were read as the places up to it)
    ("排名第7名以下的扣1分", ["6", "7"], ["0", "-1"]),
    ("排名第3名以外的扣1分", ["3", "4"], ["0", "-1"]),
    ("排名第3名以内的加1分", ["3", "4"], ["1", "0"])])
def test_places_outside_the_first_ones(sentence, places, expected):
    assert scores(sentence, places) == expected


@pytest.mark.parametrize("sentence", [
    "未进入倒数三名的加1分",  # which places are above the last three? (needs the number of units)
    # a condition beside the places, which one place cannot carry
    "除排名第一的单位外,其余进入前五名的单位加1分。", "在全市排名第一的加2分,被上级通报批评的除外。",
    "连续两年在全市排名第一的加2分。",
    # a waiver after a comma, said by its 但 (passed over, the unit waived kept the points)
    "获得省级表彰的加2分,但被通报批评的不加分。", "在全市排名前三名的加2分,但当年发生重大安全事故的不加分。",
    "每篇计0.5分,但被通报批评的不加分。"])
def test_conditions_beside_places_and_waivers_after_a_comma_are_refused(sentence):
    assert refusal(sentence).code == "E202"


@pytest.mark.parametrize("sentence, value, expected", [
    # the act again, without its object: one value (read as two, 12000 people earned both)
    ("新增就业1万人以上的加2分,新增5000人以上的加1分", "12000人", "2"),
    ("建成高标准农田1万亩以上的加3分,建成5000亩以上的加2分", "6000亩", "2")])
def test_tiers_naming_the_act_again_read_one_value(sentence, value, expected):
    assert score(sentence, value) == expected


def test_tiers_of_other_things_named_by_the_same_verb_stay_apart():
    s = "新增就业1万人以上的加2分,新增企业50家以上的加1分"
    assert score(s, "12000人", "60") == "3"


@pytest.mark.parametrize("sentence", [
    # one time in two units (read as two values, 40 days early earned both)
    "提前1个月以上完成年度任务的加2分,提前15天以上的加1分",
    "提前1年以上完成目标任务的加3分,提前半年以上的加2分,提前3个月以上的加1分",
    # the times in part of the year beside the year's count (read as the year's)
    "未按规定时间报送的,每次扣0.5分;上半年迟报超过2次的,本项不得分。",
    "未按规定时间报送的,每次扣0.5分;同一季度迟报超过2次的,本项不得分。",
    "同一问题被上级两次以上通报的,本项不得分;其他问题每被通报1次扣1分。",
    # a step of three places beside the places (read as a count of its own)
    "在全市排名前三名的得5分,第四至第六名得4分,第七至第九名得3分,以此类推,每后退三名少得1分。"])
def test_tiers_in_two_units_counts_of_part_of_the_year_and_steps_of_places_are_refused(sentence):
    assert refusal(sentence).code == "E202"


def test_a_deadline_in_one_unit_still_reads_its_tiers():
    assert score("提前30天以上完成年度任务的加2分,提前15天以上的加1分", "20") == "1"
    # 按照…执行满分 is no award of full marks left unread: the deductions count down from the item
    assert score("能够严格按照培养方案执行满分,每更改 1 门扣 0.1 分。", "3", points="2") == "1.7"


@pytest.mark.parametrize("sentence", [
    # another person's deduction (taken from the unit a second time, it lost 1 to 5 more)
    "未按规定签订保密承诺书的,每人扣0.5分,并扣所在部门负责人1分。", "发生泄密事件的,扣3分,并扣当事人2分。",
    "每起扣2分,同时扣主要负责人1分。", "每起扣2分,并扣除当事人当月绩效考核分5分。",
    "未完成年度目标任务的,每少完成1项扣1分,并扣分管领导考核分0.5分。", "发现一处隐患扣0.5分,并扣安全员1分。",
    # a halving read as a grade's name (every total printed the grade 得分相应减半)
    "简讯类稿件(包括图片新闻)每篇10分,与其它单位合并撰写的得分相应减半。"])
def test_another_persons_deduction_and_a_halving_named_as_a_grade_are_refused(sentence):
    assert refusal(sentence).code == "E218"


def test_the_graver_case_first_is_refused_as_after():
    # 且 first, then 或 of the same failings: both taken, or only the graver? (read as two yes/nos, a
    # unit that missed both lost 3, or 1 if it answered the lighter case too)
    assert refusal("未开展培训且未建立台账的,扣2分;未开展培训或未建立台账的,扣1分。").code == "E202"


@pytest.mark.parametrize("sentence", [
    # tiers of a rise and of a fall by their sizes (read as one size, a rise of 6% scored 0)
    "增长5%以上的得3分,增长0—5%的得2分,下降5%以内的得1分,下降超过5%的不得分",
    "能耗强度下降3%以上的得3分,下降0—3%的得2分,上升3%以内的得1分,上升超过3%的不得分",
    # a minus sign before a compared number (read without it, -5% to 0 was 0 to 5%)
    "增长率在5%以上的得2分,在0至5%之间的得1.5分,在-5%至0之间的得1分,低于-5%的不得分",
    "增速低于-5%的不得分",
    # the nation's average is published elsewhere; 80% of an average is a share of it
    "孕产妇死亡率低于全国平均水平的得2分,高于全国平均水平的不得分",
    "人均地区生产总值达到全省平均水平的80%以上的得3分"])
def test_rise_and_fall_below_zero_and_outside_averages_are_refused(sentence):
    assert refusal(sentence).code in ("E202", "E218")


def test_tiers_of_a_fall_read_its_size():
    s = "同比增长的得3分,下降5%以内的得1分,下降超过5%的不得分"
    assert "负数" not in str(try_rule(s, None, Decimal("3")).needs)
    assert score(s, "否", "3%", points="3") == "1"


def test_points_at_the_average_and_steps_either_way():
    # the 3 at the average (read apart: the 3 only above it, the fall a count of its own)
    s = "社会消费品零售总额增速以全市平均增速为基准得3分,每高1个百分点加0.5分,每低1个百分点扣0.5分,最高5分"
    rule = lambda v, others: try_rule(s, [v], Decimal("5"), others=others).score
    assert rule("7%", [["7%"], ["7%"]]) == "3"
    assert rule("4%", [["7%"], ["7%"]]) == "2"
    assert rule("10%", [["6%"], ["5%"]]) == "4.5"


def test_a_method_named_before_the_clauses_that_score():
    # 根据…调查结果计分: what the value is, said first (its 计分 was refused as unread)
    s = "根据群众满意度调查结果计分,满意度90%以上得5分,每降低1个百分点扣0.5分"
    assert scores(s, ["95%", "88%"], points="5") == ["5", "4"]


def test_twice_and_half_in_other_words():
    assert score("每处扣0.5分,重复出现的按2倍扣分。", "2", "1", points="5") == "3"
    # half the deduction of the yes/no before, for a case of its own
    s = "未建立台账的扣2分,台账不完整的减半扣分。"
    assert scores(s, [("是", "否"), ("否", "是")], points="5") == ["3", "4"]


def test_ordinary_words_after_a_verb_of_points_are_words():
    # 登记一般, 取得一定: 记 and 得 before 一般/一定 are no points (the 一 was taken for a number)
    assert score("不动产登记一般登记业务办结时间不超过5个工作日,超过的每件扣0.2分", "2", points="2") == "1.6"
    assert score("取得一定成效的得2分", "是", points="2") == "2"


def test_places_listed_two_by_two():
    s = "第一名加3分,第二、三名各加2分,第四、五名各加1分"
    assert scores(s, ["1", "3", "5", "6"], points="10") == ["3", "2", "1", "0"]


def test_rungs_beyond_a_task_given_full_marks():
    # 完成任务的得满分 and 超额完成10%至30%的加1分: 110% to 130% of the task (read as 10% to 30% of it:
    # 20% done earned the 1)
    s = "完成任务的得满分,未完成的按完成比例计分;超额完成10%至30%的加1分"
    assert scores(s, ["120%", "100%", "20%"], points="12") == ["12", "12", "2.4"]


def test_limits_said_after_the_points_or_as_a_share_of_the_item():
    # 扣3分封顶 / 加5分封顶: the limit's words after its points (refused); a share of the item's
    # points other than half (refused; 上限为 was not read either)
    assert scores("每发现1起扣1分,扣3分封顶", ["2", "5"], points="5") == ["3", "2"]
    assert scores("每篇加1分,加5分封顶", ["3", "8"], points="10") == ["3", "5"]
    # 扣0.5分封顶5分: the points, then the limit with its own number
    assert scores("发现烟头一个扣0.5分封顶5分", ["4", "12"], points="10") == ["8", "5"]
    assert scores("每发现1起扣1分,扣分不超过本项分值的30%", ["2", "5"], points="10") == ["8", "7"]
    assert scores("每发现1起扣1分,扣分上限为本项分值的50%", ["7"], points="10") == ["5"]
    assert scores("每发现1起扣1分,扣分以本项分值的40%为限", ["7"], points="10") == ["6"]
    # taking a share is an amount taken, not a limit
    assert scores("未完成的,扣本项分值的20%", ["是", "否"], points="10") == ["8", "10"]


def test_places_listed_in_digits_and_in_runs():
    s = "第1、2名得5分,第3、4名得3分,第5名及以后得1分"
    assert scores(s, ["2", "3", "5"], points="5") == ["5", "3", "1"]
    # 第一、二、三名: the middle place was lost, read as the first alone (the 2nd and 3rd scored 0)
    s = "第一、二、三名各得5分,其他不得分"
    assert scores(s, ["1", "3", "4"], points="5") == ["5", "5", "0"]


@pytest.mark.parametrize("sentence", ["第一、二、四名各得5分", "第1、3名得5分"])
def test_places_listed_apart_are_refused(sentence):
    assert refusal(sentence).code == "E218"


def test_months_from_one_to_the_year_end():
    # 自7月起每月…: six months (refused: 起 after the month)
    assert scores("自7月起每月报送1次,每少1次扣1分", ["6", "4"], points="5") == ["5", "3"]
    assert scores("从7月份开始每季度开展1次,每少1次扣1分", ["1"], points="5") == ["4"]


@pytest.mark.parametrize("sentence", ["自8月起每季度开展1次,每少1次扣1分", "自8月起每周开展1次,每少1次扣1分"])
def test_periods_that_do_not_fill_the_months_from_one_are_refused(sentence):
    assert refusal(sentence).code == "E202"


def test_the_rest_of_tiers_of_points_is_their_other_answer():
    # 其余得1分 after tiers: as 否则 (read as a yes/no of its own, 95% answered yes scored both)
    s = "达到90%以上的得2分,80%以上的得1分,其余得0.5分"
    assert scores(s, ["95%", "85%", "10%"], points="2") == ["2", "1", "0.5"]
    s = "在85%至93%之间的得2分,其他情况得1分"
    assert scores(s, ["90%", "95%", "80%"], points="2") == ["2", "1", "1"]
    assert len(try_rule(s, None, Decimal("2")).needs) == 1


def test_nothing_for_less_than_a_step_of_money_is_whole_steps():
    # 不足100万美元的不计分: whole steps, as with counts (read as a tier of its own below the step
    # and the steps in proportion: 250万 earned 1.25)
    s = "实际利用外资每增加100万美元加0.5分,不足100万美元的不计分,最高加3分。"
    assert scores(s, ["250万美元", "80万美元"], points="3") == ["1", "0"]
    assert len(try_rule(s, None, Decimal("3")).needs) == 1


@pytest.mark.parametrize("sentence,values,expected", [
    # a magnitude with no digit before it (每百人, 每千万元: read as steps of one)
    ("培训人数每百人计0.2分,最高计2分。", ["350", "5"], ["0.7", "0.01"]),
    ("新增市场主体每百家计0.1分,最高计1分", ["250"], ["0.25"]),
    ("争取上级资金每千万元计0.5分,最高计3分。", ["2500万元"], ["1.25"]),
    ("争取上级资金每亿元计1分,最高计3分", ["2500万元"], ["0.25"]),
    ("违规使用财政资金的,每百万元扣0.5分。", ["250万元", "50万元"], ["2", "3"]),
    # digits before 千万 (每1千万元: read as 1000)
    ("争取上级资金每1千万元计0.5分,最高计3分。", ["2500万元"], ["1.25"]),
    ("实际到位资金达到5千万元的得2分。", ["4000万元", "5000万元"], ["0", "2"]),
    ("经济损失超过5百万元的,扣3分。", ["200万元", "600万元"], ["3", "0"]),
    # after a word of comparison too (达到千万元以上 was refused)
    ("实际到位资金达到千万元以上的得2分。", ["900万元", "1000万元"], ["0", "2"]),
])
def test_steps_of_a_magnitude_said_without_a_digit(sentence, values, expected):
    assert scores(sentence, values, points="3") == expected


@pytest.mark.parametrize("sentence", [
    # a condition on each thing counted (read as the item's, on a number of its own: a unit with one
    # short article lost every point)
    "组织观看警示教育片每场计0.1分,参加人数不足30人的场次不计分,最高1分。",
    "在市级以上媒体发表稿件每篇计0.5分,少于800字的稿件不计分,最高3分。",
    "新增造林绿化面积每亩计0.01分,单个地块不足5亩的不计分,最高计3分。"])
def test_a_condition_on_each_thing_counted_is_refused(sentence):
    assert refusal(sentence, points="3").code == "E202"


def test_shares_of_a_hundred_thousand_and_a_million():
    # 十万分之十五 was read as 万分之十五 (0.15%: ten times too loose)
    s = "孕产妇死亡率控制在十万分之十五以内的得3分"
    assert scores(s, ["0.02%", "0.015%"], points="3") == ["0", "3"]
    assert scores("控制在百万分之五以内的得3分", ["0.001%"], points="3") == ["0"]


def test_projects_of_a_size_are_counted():
    # 1个亿元项目 is a project (read as 1亿 of money: two projects of 2.7亿 in all earned 5.4)
    assert scores("每引进1个亿元项目加2分,最高加6分。", ["2", "4"], points="6") == ["4", "6"]


@pytest.mark.parametrize("sentence,values,expected", [
    # full marks for none of what the deductions count, said after them or with a ; between (read as
    # a yes/no of its own: one extra cadre lost all 3)
    ("超职数配备干部的,每超1名扣1分;未超职数配备的得满分。", ["1", "0"], ["2", "3"]),
    ("每超1名扣1分;未超职数配备的得3分。", ["1"], ["2"]),
    ("无信访积案的得满分;有积案未化解的,每件扣1分。", ["1", "0"], ["2", "3"]),
])
def test_full_marks_for_none_of_what_is_counted(sentence, values, expected):
    assert scores(sentence, values, points="3") == expected


@pytest.mark.parametrize("sentence", [
    # a veto on the other answer (read as the requirement's: the unit that met it was vetoed)
    "确保不发生较大以上事故,否则实行一票否决。", "确保不发生重大事故,否则本项不得分并实行一票否决。",
    "保持无重大刑事案件,反之实行一票否决。", "未发生重大事故的得满分,否则实行一票否决。",
    # points off the total, in an item with points (taken inside the item and stopped at its 0)
    "发生重大安全事故的,在总分中扣10分", "被约谈的扣1分;被问责的,在年度考核总分中扣3分。",
    # counts within one case, and one record that zeroes the item
    "考核年度内发生生产安全死亡事故的,每死亡1人扣3分;同一事故死亡3人以上的,本项不得分。",
    "每起事故扣2分;单起事故死亡2人以上的,本项不得分。"])
def test_vetoes_on_the_other_answer_totals_and_single_cases_are_refused(sentence):
    assert refusal(sentence, points="5").code == "E202"


def test_points_off_the_total_with_no_item_points_are_deductions():
    assert score("每超时1 min,从总分扣2分", "3") == "-6"


@pytest.mark.parametrize("sentence", [
    # a waiver of some of what is counted (dropped: a unit that rectified lost the points forgiven)
    "河湖管理范围内存在违法建筑的,每处扣0.5分,整改到位后不予扣分。",
    "每发现一处违规建设扣1分,但在巡查中自行发现并及时处置的不扣分。",
    "每迟到1次扣0.5分,因公迟到的不扣分", "每缺1人扣1分,请假的不扣分"])
def test_a_waiver_of_some_of_what_is_counted_is_refused(sentence):
    assert refusal(sentence, points="5").code == "E202"


def test_none_of_what_is_counted_taking_nothing_reads():
    assert scores("每发现1起扣1分,未发现的不扣分", ["2"], points="5") == ["3"]
    assert scores("应到10人,每缺1人扣1分,全部到齐的不扣分", ["8", "10"], points="5") == ["3", "5"]


def test_the_whole_total_zeroed_is_refused():
    # 年度考核总分按零分计 is the rubric's total (read as the item's 0, the unit kept every other item)
    assert refusal("凡被实行一票否决的单位,年度考核总分按零分计。", "是", points="5").code == "E218"
    assert scores("发生重大事故的,该项总分计0分", ["是", "否"], points="5") == ["0", "5"]


def test_hours_said_with_a_measure_word():
    # 2个小时 was a count (值=2: one hour scored 0, three hours 2)
    s = "2个小时以内报告的得2分,超过2个小时的不得分"
    assert scores(s, ["1", "2", "3"], points="2") == ["2", "2", "0"]
    s = "2个小时内报告的得2分,2至4小时内报告的得1分,超过4小时的不得分"
    assert scores(s, ["1", "3", "5"], points="2") == ["2", "1", "0"]


def test_days_between_tiers_of_whole_days_are_in_the_lower():
    # 3.5 days late lost nothing (between 1-3天 and 4-7天)
    s = "超过期限1-3天的扣1分,4-7天的扣2分,7天以上的扣3分"
    assert scores(s, ["3.5", "0"], points="3") == ["2", "3"]
    assert scores("办件超期1天扣0.1分,超期2天扣0.3分,超期3天以上扣0.5分", ["1.5"], points="1") == ["0.9"]


def test_bottom_places_scoring_nothing_lose_the_item():
    # 排名后三位的不得分 alone: a tier of 0 beside none (every place kept all 3)
    s = "月度排名后三位的,本项不得分"
    assert scores(s, [("10", "10"), ("8", "10"), ("1", "10")], points="3") == ["0", "0", "3"]


def test_times_counted_beside_deadlines_are_asked_as_times():
    s = "应在事发后30分钟内电话报告、1小时内书面报告,未按时报告的每次扣1分"
    assert "以小时计" not in str(try_rule(s, None, Decimal("3")).needs)
    assert scores(s, ["1"], points="3") == ["2"]


@pytest.mark.parametrize("sentence", [
    # half an hour, then steps of minutes (the half hour was dropped: 30 minutes lost 1.5)
    "半小时内响应的得2分,超过半小时的每超10分钟扣0.5分",
    # a failing no tier of lateness holds (dropped: a unit that never finished kept 1)
    "按时完成的得3分;延期1周内完成的得2分;延期1周以上完成的得1分;未完成的不得分",
    # months at a place counted (dropped: one month's place decided)
    "连续两个月排名末位的扣2分", "月度考核累计3次排名后三位的,本项不得分"])
def test_times_and_places_not_read_are_refused(sentence):
    assert refusal(sentence, points="3").code == "E202"


def test_half_a_day_and_half_an_hour_are_lengths_of_time():
    # 半小时内, 超过半天: half of one (the limit was dropped: the steps counted from 0)
    assert scores("半日内办结的得2分,超过半日的不得分", ["是", "否"], points="2") == ["2", "0"]
    assert refusal("半天内响应的得2分,超过半天的每超1小时扣0.5分", points="3").code == "E202"
    # 每迟报半天 beside 超过2天: half days counted beside whole days (one day late lost 0.5)
    assert refusal("每迟报半天扣0.5分,迟报超过2天的本项不得分", points="3").code == "E202"
    # half days counted alone stay counts of them, and the value says so (a clerk counting days lost half)
    assert scores("每旷工半天扣5分", ["2"], points="20") == ["10"]
    assert "以半天计,1天填2" in try_rule("每旷工半天扣5分", None).needs[0].kind
    assert "以半个月计,1个月填2" in try_rule("每推迟半个月扣1分", None).needs[0].kind
    assert "半" not in try_rule("每半月报送一次,未报送的每次扣1分", None).needs[0].kind
    with pytest.raises(Stop, match="按“半天”计"):  # (3天: days written where half days are counted)
        try_rule("每旷工半天扣5分", ["3天"], Decimal("20"))


def test_a_rate_named_before_the_clauses_that_score_it():
    # 按完成率计分 first: how the clauses after it score (read as a share of its own added to them:
    # 95% scored 5, not 4)
    s = "计分方法：按完成率计分，完成率100%得满分，每低1个百分点扣0.2分，扣完为止"
    assert scores(s, ["95%", "70%"], points="5") == ["4", "0"]
    s = "根据知晓率计分，知晓率90%以上得3分，80%至90%得2分，80%以下得1分"
    assert scores(s, ["85%", "70%"], points="3") == ["2", "1"]
    # a share below one tier of full marks stays a share
    assert scores("按完成率计分,完成率90%以上的得满分", [("80%", "80%")], points="5") == ["4"]


@pytest.mark.parametrize("sentence,values,expected", [
    # a thousands separator (5,000 was 5, then a clause 000: every unit passed)
    ("全年发放禁毒宣传资料5，000份以上的得2分", ["4000", "5000"], ["0", "2"]),
    ("每少发放1,000份扣0.5分", ["2000"], ["1"]),
])
def test_numbers_with_thousands_separators(sentence, values, expected):
    assert scores(sentence, values, points="2") == expected


@pytest.mark.parametrize("sentence", [
    # a line break (a PDF's) inside a number, or between it and its unit: read as a clause's end
    "全年开展宣传活动不少于1\n2次，每少1次扣0.5分", "达标率达到95%得满分，每低1\n个百分点扣0.5分",
    # a line break inside a clause (未 cut off: the question turned round)
    "未\n建立工作台账的扣1分", "每发现一处扣1分，扣\n完为止",
    # a zero-width space inside a number
    "全年开展不少于1\u200b2次，每少1次扣0.5分",
    # a place alone in its clause (dropped, 2名 was a count of people)
    "第1,2名得2分", "第一,二名得2分"])
def test_numbers_broken_apart_are_refused(sentence):
    assert refusal(sentence, points="3").code in ("E102", "E204", "E218")


@pytest.mark.parametrize("sentence,values,expected", [
    # half the item's points said with 之, 配分, 半数 (read as all of them)
    ("未依限完成者,扣該項配分之一半", ["是"], ["3"]),
    ("未按期完成的,扣该项分值之一半", ["是"], ["3"]),
    ("未依限完成者,扣除該項分數一半", ["是"], ["3"]),
    ("未依限完成者,扣該項配分之半數", ["是"], ["3"]),
    # a division slash from a PDF (read as a yes/no: 每次 was dropped)
    ("迟报扣0.5分\u2215次", ["2"], ["5"]),
    # a telephone number and a standard's number are words (read as ranges)
    ("设立举报电话(0871-65100110)并公布的得1分", ["是"], ["1"]),
    ("未按GB/T 33000-2016开展安全生产标准化建设的,扣3分", ["是"], ["3"]),
])
def test_surface_forms_of_shares_slashes_and_codes(sentence, values, expected):
    assert scores(sentence, values, points="6") == expected


@pytest.mark.parametrize("sentence", [
    # half a point after the points (1.5 was 1)
    "未建立台账的扣一分半", "每次迟报扣1分半",
    # the year's count of the times themselves, in brackets (read as a measure of each time)
    "每开展1次专项排查计0.5分(全年不少于4次),最高2分"])
def test_halves_after_points_and_yearly_counts_in_brackets_are_refused(sentence):
    assert refusal(sentence, points="3").code in ("E202", "E218")


@pytest.mark.parametrize("sentence", [
    # a rate's target as a task, then steps of the rate's points (read as steps of the completion ratio)
    "森林覆盖率完成市下达年度目标任务的得5分,每低0.1个百分点扣1分。",
    "PM2.5浓度改善幅度完成目标任务的得10分,每低1个百分点扣2分。",
    "单位GDP能耗降低率完成市下达目标任务的得5分,每低0.5个百分点扣1分。",
    # levels of a change, then steps of a fall from a start not said (read from 0: every fall scored 0)
    "断面水质达标率较上年提高的得5分,持平的得3分,下降的每下降1个百分点扣1分,扣完为止。"])
def test_steps_off_a_rate_target_or_beside_levels_of_change_are_refused(sentence):
    assert refusal(sentence, points="5").code == "E202"


@pytest.mark.parametrize("sentence,values,expected", [
    # a bonus past a stricter line, on top of the tier it lies in (read as exclusive tiers: the best
    # units scored 1, not 6)
    ("PM2.5浓度控制在35微克/立方米以内的得5分,低于30微克/立方米的加1分。", ["28", "33", "40"], ["6", "5", "0"]),
    ("城乡居民医保参保率达到95%以上的得3分,高于98%的加1分。", ["99%", "96%"], ["4", "3"]),
    ("医疗费用增长率控制在10%以内得3分,实现负增长的加1分。", ["-2%", "5%", "12%"], ["4", "3", "0"]),
])
def test_a_bonus_past_a_stricter_line_comes_on_top(sentence, values, expected):
    assert scores(sentence, values, points="6") == expected


def test_steps_of_a_rise_beside_levels_of_change_are_refused():
    s = "PM2.5浓度同比下降的得5分;持平的得3分;上升的,每上升1%扣1分,扣完为止。"
    assert refusal(s, points="5").code == "E202"


def test_steps_of_thousandths_of_a_rate():
    # 千分点 was not a unit (refused); past a limit in ‰ it steps the rate
    s = "5岁以下儿童死亡率控制在8‰以内,每超过0.5个千分点扣1分。"
    assert scores(s, ["0.9%", "0.8%"], points="5") == ["3", "5"]
    # alone, the value would be asked in percentage points (1 千分点 taken for ten steps)
    assert refusal("婴儿死亡率每上升1个千分点扣1分", points="5").code == "E202"


def test_a_share_said_before_its_own_clauses_is_counted_once():
    # 按比例计分, then the share spelled out (added twice: 75% scored 4)
    s = "按比例计分,完成率达到100%的得满分,未达到的按完成比例计分"
    assert scores(s, ["75%", "100%"], points="4") == ["3", "4"]


@pytest.mark.parametrize("sentence,values,expected", [
    # who grades, said before the levels (read as a judged amount besides: 不合格 could score full marks)
    ("由考评组评定,优秀得3分,合格得2分,不合格得0分。", ["合格", "不合格"], ["2", "0"]),
    ("院感防控工作由考评组综合评定,好的得5分,一般的得3分,差的不得分。", ["一般"], ["3"]),
    ("课堂教学由听课组评定,A等得3分,B等得2分,C等得1分。", ["B等"], ["2"]),
    ("由县卫健局组织考核评定,考核结果为优秀的得10分,合格的得6分,不合格的不得分。", ["合格"], ["6"]),
    # who judges, then the amount judged
    ("抗菌药物使用率由考评组根据抽查情况评定,酌情扣1-2分。", ["1"], ["4"]),
])
def test_who_grades_said_before_the_levels_is_no_amount(sentence, values, expected):
    assert scores(sentence, values, points="10" if "10分" in sentence else "5") == expected


@pytest.mark.parametrize("sentence", [
    # a period of years (read as a count per 5 years: two years late kept all 3)
    "工会会员代表大会每5年召开1次,未按期召开的扣3分", "党支部每届任期3年,到期未换届的扣2分",
    # one step short of several requirements (read as the last one's)
    "每季度召开1次党建工作专题会议,每月开展1次主题党日活动,全年讲党课不少于2次,每少1次扣0.5分",
    "每月至少2次集中学习、1次专题党课,每少1次扣0.5分",
    # the size of the units a duty is theirs (read as a tier on it, the other way round)
    "党员人数7人以上的党支部应设立支委会,未设立的扣2分"])
def test_years_several_requirements_and_sizes_before_a_duty_are_refused(sentence):
    assert refusal(sentence, points="5").code == "E202"


def test_years_counted_are_no_period():
    # 经营年限每满3年: the years counted (refused as a period of years)
    assert scores("经营年限每满3年加1分,累计最多不超过5分", ["7", "20"], points="5") == ["2", "5"]


@pytest.mark.parametrize("sentence", [
    # a second requirement with no period beside one with it (read as the year's: 30 a year, not 60)
    "教师听课每学期不少于20节,行政领导不少于30节,每少1节扣0.1分。",
    "院感科每月对重点科室检查不少于2次,一般科室不少于1次,每少1次扣0.1分。",
    # what each is worth, then what each done earns (read as two awards: three done earned 10)
    "共5项,每项2分,完成一项得2分。"])
def test_requirements_with_and_without_a_period_and_points_said_twice_are_refused(sentence):
    assert refusal(sentence, points="10").code == "E202"


def test_an_amount_judged_for_each_failing_listed_is_refused():
    # 各酌情扣1-2分 after two failings (read as one amount: both together lost at most 2)
    d = refusal("未建立学生成长档案、未开展家访工作的,各酌情扣1-2分。", points="5")
    assert d.code == "E218" and "每一项" in d.hint


def test_each_one_short_judged_is_judged_each_time():
    # 每少1人次酌情扣0.1-0.3分: one amount per person-time short (read as one amount for all:
    # five short lost at most 0.3); 0.2 + 0.3 + 0.1 off 3
    assert scores("每少1人次酌情扣0.1-0.3分", [("0.2", "0.3", "0.1")], points="3") == ["2.4"]
    assert scores("全年应开展12次,每少1次酌情扣0.5-1分", [("1", "1", "0.5")], points="5") == ["2.5"]
    # steps of more than one, or of a rate, hold no amount per occurrence
    for sentence in ("每少2次酌情扣1分", "完成率每低1个百分点酌情扣0.1-0.2分"):
        assert refusal(sentence, points="3").code == "E202"


@pytest.mark.parametrize("sentence", [
    # the assessors' deduction below the tiers: from which tier's points? (read as a tier of 0
    # beside an amount judged for all: below 90% scored 0)
    "群众满意度达到90%以上的得3分,未达到的由考评组酌情扣1-3分",
    "满意度达到90%以上的得3分,80%以上的得2分,未达到的酌情扣分",
    # a failing of the tier's own line by some of several things (one subject below scored 0 − 1)
    "各科及格率均达到80%以上的得3分,一科未达到扣1分",
    "各项指标均达到80%以上的得3分,一项未达到扣1分",
    "各科及格率均达到80%以上的得3分,每有一科未达到扣1分",
    # what each is worth, with a verb, then what each done earns (three done earned 12)
    "学校安全工作共5项,每项计2分,完成一项计2分",
])
def test_judged_or_counted_failings_below_tiers_and_worth_said_twice_are_refused(sentence):
    assert refusal(sentence, points="10").code == "E202"


def test_failings_of_their_own_beside_tiers_still_read():
    # 台账未建立: another thing; 未达到的: the tier's other answer
    assert scores("及格率达到80%以上的得3分,台账未建立扣1分", [("85%", "是"), ("70%", "否")], points="3") == ["2", "0"]
    assert scores("及格率达到80%以上的得3分,未达到的扣1分", ["85%", "70%"], points="3") == ["3", "2"]
    # the per-subject failing, written into each one's condition
    assert scores("每有一科及格率未达到80%的扣1分", [("70%", "85%", "60%")], points="3") == ["1"]


def test_points_per_thing_after_an_reckoned_with_ji():
    # 按每条0.5分计: the 计 at the clause's end reckons, as 计算 does (refused before)
    assert scores("发表信息按每条0.5分计,最高2分", ["3", "5"], points="2") == ["1.5", "2"]
    assert scores("迟到按每次扣1分计", ["2"], points="5") == ["3"]


def test_a_part_of_a_step_of_an_award_per_count():
    # 每修建1公里加1分,不足1公里的按1公里计: 2.3 km earn 3 (refused before); in proportion, 2.3
    assert scores("每修建1公里加1分,不足1公里的按1公里计", ["2.3", "2"], points="5") == ["3", "2"]
    assert scores("每修建1公里加1分,不足1公里的按比例计分", ["2.3"], points="5") == ["2.3"]
    # 不足100万元的不计分 after steps of money: whole steps (read as the steps in proportion and a
    # tier that zeroed the item below 100万: 150万 earned 1.5)
    assert scores("每引进100万元加1分,不足100万元的不计分", ["150万元", "50万元"], points="5") == ["1", "0"]


def test_one_missing_after_requirements_and_a_comma_is_each_ones():
    # 制定计划(1分),召开会议(1分),缺一项扣1分: the 1 off is all of the last one's points, so it is
    # each one's, as after a 。 (read as a count off the last one's 1: no plan and the meeting scored 0)
    s = "制定年度工作计划(1分),召开专题会议研究部署(1分),缺一项扣1分"
    assert scores(s, [("否", "是"), ("是", "是")], points="2") == ["1", "2"]
    # a failing of fewer points than the last one's is still its own
    s = "建立台账(1分),配备信息系统(4分,少一项扣1分)"
    assert scores(s, [("是", "1")], points="5") == ["4"]


def test_what_is_past_a_count_earns_nothing_is_a_limit():
    # 超过4篇的部分不计分 after points per article: at most 4 count (read as a tier that zeroed the item:
    # 6 articles scored 0)
    for s in ("每篇计0.5分,超过4篇的部分不计分", "每篇计0.5分,超过4篇的不计分"):
        assert scores(s, ["3", "6"], points="3") == ["1.5", "2"]
    # after deductions it is still the item's nothing
    assert scores("每次扣1分,超过3次的不得分", ["2", "4"], points="5") == ["3", "0"]


def test_steps_one_by_one_are_whole_for_awards_per_count():
    # 依次递增 after points per step or per count: whole steps (read as a share: 1200万 earned 0.48)
    assert scores("新增地方财力每增加500万元加0.2分,依次递增,最高加2分", ["1200万元"]) == ["0.4"]
    assert scores("每5人计0.1分,以此类推", ["7"]) == ["0.1"]


def test_months_that_fell_short_are_counted():
    # 有一个月达不到…的扣1分: each month short (read as a yes/no: the second month cost nothing)
    assert scores("有一个季度支出进度未达到序时进度的扣1分", ["3"], points="4") == ["1"]
    # a time allowed is still no unit of counting
    assert "是/否" in try_rule("三个月内未补选的扣2分", None, Decimal("3")).understood


@pytest.mark.parametrize("sentence,values,expected", [
    # a word between 最多 and the verb (read as a count of its own: the limit was lost)
    ("每发现1处扣0.5分,最多累计扣2分", ["8"], "3"),
    ("每次扣0.5分,最多一共扣2分", ["8"], "3"),
    ("每篇加0.5分,最多累计加2分", ["8"], "2"),
    # no limit of its own, and 扣完为止 (read as a yes/no whose yes zeroed the item, or below 0)
    ("每项扣2分,不设上限,扣完为止", ["4"], "0"),
    ("每发现1起扣1分,扣分不设上限,扣完为止", ["5"], "0"),
])
def test_limits_said_with_more_words(sentence, values, expected):
    assert score(sentence, *values, points="3" if "扣完" in sentence else "5") == expected


@pytest.mark.parametrize("sentence", [
    # a limit for each kind, the kinds counted (or listed) together: one limit on all was read
    "迟报、漏报每次各扣1分,各项最多扣2分",
    "中央、省级媒体每篇分别加1分、0.5分,各不超过2分",
    "迟报、漏报的,各扣1分/次,最多各扣2分",
    # below the item's 0 by how much? (read as a count of its own)
    "每发现1处问题扣1分,最多倒扣2分",
    # a floor beside a share, and points for a band beside it (read as a yes/no award, or added)
    "未完成任务的,按完成比例得分,但最低得该项分值的30%",
    "按完成比例计分,最低可得1分",
    "按完成比例计分,完成率低于50%的得1分",
    "按完成比例得分,完成率在50%以下的,按50%计分",
    # parts' points with counts of their own (read as yes/no awards beside counts with no limit)
    "宣传工作5分,其中:在省级以上媒体发稿3分,每篇1分;在市级媒体发稿2分,每篇0.5分",
])
def test_limits_of_each_kind_floors_and_bands_beside_shares_are_refused(sentence):
    assert refusal(sentence, points="5").code in ("E202", "E218")


@pytest.mark.parametrize("sentence", [
    # the number names the kinds, what is said of them follows (read as a count to reach: 值≥8,
    # a unit whose cases rose scored 2; one where nothing happened scored 0)
    "八类严重暴力犯罪案件发案数同比下降的得2分,持平的得1分,上升的不得分",
    "较大以上道路交通事故、亡人火灾、学生溺水死亡三类事故均未发生的得2分,发生其中一类的扣1分",
    "道路交通事故起数、死亡人数、受伤人数、直接财产损失四项指数同比均下降的得4分,每上升一项扣1分",
    "新发现吸毒人员中35岁以下青少年占比同比下降的得3分,上升的不得分",
    # a rise of so much, with 的: a rung, or each 10%? (read as steps of 10 points)
    "火灾起数同比上升10%的,扣1分",
    "刑事案件发案数同比上升10%的扣1分,上升20%的扣2分,上升30%以上的不得分",
])
def test_counts_naming_kinds_and_rungs_of_a_rise_are_refused(sentence):
    assert refusal(sentence, points="4").code in ("E202", "E218")


def test_counts_of_parts_met_and_steps_of_a_rise_still_read():
    assert scores("以上四项全都具备得10分,满足三项得7分", ["4", "3"], points="10") == ["10", "7"]
    assert scores("发案数上升1个百分点扣0.5分", ["2"], points="5") == ["4"]


def test_full_marks_said_as_the_standard_points():
    # 得标准分 / 得基准分 / 得规定分值: the item's points (read as a failing: 是 scored 0)
    for s in ("安全生产事故实际发生数小于或等于控制数的,得标准分;大于控制数的,不得分",
              "火灾事故起数控制在控制指标以内的,得基准分;超出的,不得分",
              "道路交通事故死亡人数控制在考核指标以内的,得规定分值;超过的不得分"):
        assert scores(s, ["是", "否"], points="10") == ["10", "0"]


def test_the_share_keeps_an_end_said_to_be_its_own():
    # 80%(含)以上的,按完成比例计分;80%以下的不得分: 80% takes its share (read as nothing)
    s = "完成任务80%(含)以上的,按完成比例计分;80%以下的不得分"
    assert scores(s, ["80%", "79%"], points="5") == ["4", "0"]


@pytest.mark.parametrize("sentence,values,expected", [
    # a threshold in a unit of measure, or on things named after the count (dropped: 3亩 lost 3)
    ("违法占用耕地超过5亩的,每亩扣1分", ["3", "8.5"], ["10", "7"]),
    ("超过3个村的,每村扣1分", ["2", "5"], ["10", "8"]),
])
def test_each_one_beyond_a_threshold_in_a_measure_or_named_thing(sentence, values, expected):
    assert scores(sentence, values, points="10") == expected


def test_places_after_the_first_together_at_full_marks_lose_from_them():
    # 前5名的得满分,6-10名的扣0.5分: from the 5 (read from 0: the 8th scored 0)
    s = "排名前5名的得满分,6-10名的扣0.5分,11名以后扣1分"
    assert try_rule(s, None, Decimal("5")).understood.startswith("按名次计分")
    assert "第6至10名得4.5分" in try_rule(s, None, Decimal("5")).understood


def test_the_things_a_whole_rate_is_of_counted_from_its_points():
    # 覆盖的行政村比例达到100%的得5分,每有1个行政村未覆盖扣0.5分: one value, from the 5 (read apart: 95% and
    # 3 villages scored 0)
    s = "农村生活垃圾收运处置体系覆盖的行政村比例达到100%的得5分,每有1个行政村未覆盖扣0.5分"
    assert scores(s, ["3", "0"], points="5") == ["3.5", "5"]


@pytest.mark.parametrize("sentence", [
    # a tier from 90% up holds the whole task too (a unit that did it all lost 1)
    "全部完成的得满分,完成90%以上的扣1分,完成80%以上的扣2分",
    # 以上 after the thing counted, beside a count of the same things (two villages lost 1 + 3)
    "有1个村不达标的扣1分,2个村以上不达标的扣3分",
    # tiers of the failings that keep a rate below 100%: off its 3? (one failing scored 0 − 1)
    "水质达标率100%的得3分,有1次不达标的扣1分,2次及以上不达标的不得分",
])
def test_tiers_over_the_whole_bounds_after_the_thing_and_failings_beside_the_rate_are_refused(sentence):
    assert refusal(sentence, points="5").code == "E202"


def test_points_per_sum_of_money_after_a_slash():
    # 扣0.2分/万元, 按0.5分/万元扣分: steps of so much money (read as steps of one 元, or the slash
    # passed over and a yes/no of 0.5)
    assert scores("扣0.2分/万元", ["5万元"], points="5") == ["4"]
    assert scores("违规使用资金的,按0.5分/万元扣分", ["5万元"], points="5") == ["2.5"]
    assert scores("加0.1分/百万元,最高加1分", ["350万元"], points="5") == ["0.35"]
    assert scores("违规的,按0.5分/次扣分", ["2"], points="5") == ["4"]


@pytest.mark.parametrize("sentence", [
    # tiers taking points that end where a tier giving them starts: one rate, read as two values
    "粮食播种面积完成任务100%以上的得满分,完成95%(含)-100%的扣1分,95%以下的不得分",
    # half in words (a tier after 四分之三 read as a yes/no of its own)
    "项目资金拨付达到四分之三以上的得4分,达到一半以上的得2分,不足一半的不得分",
    # none of the increase beside one increase (read as 4 points for each)
    "亡人道路交通事故比上年增加2起以上的不得分,增加1起的得1分,未增加的得4分",
])
def test_one_rate_read_apart_half_in_words_and_none_beside_one_are_refused(sentence):
    assert refusal(sentence, points="6").code in ("E202", "E218")


@pytest.mark.parametrize("sentence", [
    # the times past the 4 are the same times: instead of the 0.5, or on top? (read on top, the count
    # asked twice: six late reports lost 5)
    "每迟报1次扣0.5分,迟报超过4次的,超过部分每次扣1分",
    # each one up to a count, and past it? (the 以内 was passed over)
    "迟报4次以内的每次扣0.5分",
])
def test_the_same_times_counted_twice_and_each_one_up_to_a_count_are_refused(sentence):
    assert refusal(sentence, points="5").code == "E202"


def test_the_times_past_a_count_said_to_come_on_top():
    s = "每迟报1次扣0.5分,最多扣2分;迟报超过4次的,超过部分每次另扣1分"
    assert scores(s, [("6", "6"), ("3", "3")], points="5") == ["1", "3.5"]


def test_one_count_then_each_more_starts_the_steps_at_one():
    # 发生1起扣2分,每增加1起加扣1分: from the first one (read as two counts: three were counted in both)
    assert scores("发生1起扣2分,每增加1起加扣1分", ["0", "1", "3"], points="5") == ["5", "3", "1"]
    s = "发生一般道路交通事故死亡1人的扣0.5分,每增加1人加扣0.5分"
    assert scores(s, ["3"], points="5") == ["3.5"]


def test_a_quota_named_with_an_proportion_is_no_share():
    # 按比例安排残疾人就业: the quota's name (read as a share of the points: a unit at the quota scored 0.03)
    assert scores("按比例安排残疾人就业未达到1.5%的,扣2分", ["1.5%", "1%"], points="2") == ["2", "0"]


@pytest.mark.parametrize("sentence", [
    # how often one thing is done: options of one level (read as awards of their own, summed)
    "每月开展1次以上的得3分,每季度开展1次以上的得2分,每半年开展1次以上的得1分",
    "每月召开1次的得2分,每季度召开1次的得1分",
    # a share after two tasks' awards: of which task?
    "完成县政府下达的全年财政收入任务的得2分,完成全县一般预算收入任务的得13分,没有完成任务按比例得分",
])
def test_frequencies_as_awards_and_a_share_of_two_tasks_are_refused(sentence):
    assert refusal(sentence, points="15").code == "E202"


def test_a_heading_in_brackets_then_the_case_that_loses_its_points():
    # 禁种铲毒(5分)辖区内发现…的,本项不得分: 是 (found) loses the 5 (read turned round: 否 lost them)
    s = "禁种铲毒(5分)辖区内发现非法种植毒品原植物的,本项不得分。"
    assert scores(s, ["是", "否"], points="5") == ["0", "5"]


def test_nothing_past_steps_said_as_zero_points():
    # 低于70%得0分 after steps: the item's 0 there, as 不得分 (read as a tier of 0 beside: 69% kept 1.8)
    s = "达到85%以上得5分,每降1个百分点扣0.2分,低于70%得0分"
    assert scores(s, ["69%", "80%"], points="5") == ["0", "4"]


def test_a_not_in_a_rates_name_is_no_failing():
    # 不合格食品核查处置率达到100%的得5分,每有1批次…扣1分: from the 5 (read apart, one failing scored 0)
    s = "不合格食品核查处置率达到100%的得5分,每有1批次未按时核查处置的扣1分"
    assert scores(s, ["2", "0"], points="5") == ["3", "5"]


def test_subtotals_and_totals_after_parts_are_limits():
    # 小计2分, 合计:2分 after parts of their own points (read as one more award of 2)
    for s in ("(1)建立台账1分;(2)制定方案1分;小计2分", "(1)建立台账1分;(2)制定方案1分;合计:2分"):
        assert scores(s, [("是", "是"), ("是", "否")], points="5") == ["2", "1"]


@pytest.mark.parametrize("sentence", [
    # the bracket after the points says what is required (read as the deduction's condition:
    # 25 volunteers lost 3, 10 kept them)
    "未按要求建立禁毒志愿者队伍的扣3分(志愿者人数不少于20人)",
    # rungs of one time taken, as awards of their own (a case done in a day met all three)
    "1个工作日内办结的得3分,2个工作日内办结的得2分,3个工作日内办结的得1分",
    # a tier of the same places after each one: on top, or in all? (read on top)
    "每发现一处扣0.5分;发现3处以上的,扣3分",
    # half a point after 扣 (the clause was passed over)
    "未建立台账的扣两分,台账不完整的扣半分。",
])
def test_requirements_after_points_rungs_of_time_tiers_of_each_one_and_half_points_are_refused(sentence):
    assert refusal(sentence, points="5").code in ("E202", "E218")


def test_the_floor_of_the_parts_above_and_parts_listed_below():
    # 以上三项扣完为止: the floor over the three (read as a count of 3 or more that zeroed the item)
    s = "未建立台账扣1分,未制定方案扣1分,未召开会议扣1分,以上三项扣完为止"
    assert scores(s, [("是", "是", "否"), ("否", "否", "否")], points="3") == ["1", "3"]
    # 以下三项各1分:(1)…: the parts listed after (read as a count of 3 to reach: two done scored 0)
    assert refusal("以下三项各1分:(1)建立台账;(2)制定方案;(3)召开会议", points="3").code == "E218"


def test_full_marks_then_each_time_otherwise_counts_down_from_the_item():
    # 按时完成得满分(得标准分),否则每次扣0.5分: the item's points less 0.5 a time (refused before)
    for s in ("按时完成得满分,否则每次扣0.5分", "按时完成得标准分,否则每次扣0.5分"):
        assert scores(s, ["0", "3"], points="5") == ["5", "3.5"]


def test_each_parts_points_lost_by_the_part_not_done():
    # 各3分,未完成任务的各扣3分: each part's 3, lost by the part not done (read as a count beside them:
    # one unfinished task cost 6)
    s = "耕地保有量、永久基本农田保护面积各3分,未完成任务的各扣3分"
    assert scores(s, [("是", "否"), ("是", "是")], points="6") == ["3", "6"]


def test_the_things_counted_named_after_their_condition_are_each_ones():
    # 5万元至10万元之间的村每个加0.5分,…: each village's income chooses its points (read as one income
    # of the unit's, times a count of villages)
    s = "5万元至10万元之间的村每个加0.5分,10万元以上的村每个加1分"
    assert score(s, "3万元", "6万元", "12万元", points="5") == "1.5"
    # 亿元以上, with no number before the 亿: one 亿 (read as words, the enterprise of 2亿 earned both)
    s = "年产值亿元以上的企业每家加2分,5000万元以上的企业每家加1分"
    assert score(s, "2亿元", "6000万元", "1000万元", points="5") == "3"
    # 的单位每起: the unit's own measure, each occurrence counted (still so)
    assert "TieredPerCount" in rule_kinds("1000人以下的单位每起减0.2分;2000人以下的单位每起减0.1分", points="5")


@pytest.mark.parametrize("sentence", [
    # 减扣 lessens what was deducted, within the sentence's own 5, which stops at 0 apart from it
    # (three cases all solved scored 3, not 5 - 6 + 3 = 2)
    "未发生制毒案件的得5分,每发生1起扣2分,当年破获的每起减扣1分",
    # each part's 3, then 扣2 for a part not done: from its 3, or on top? (read as a count beside them)
    "完成耕地保有量、永久基本农田保护任务的各3分,未完成任务的各扣2分",
    "耕地保有量、永久基本农田保护面积各3分,未完成任务的各扣2分",
])
def test_give_backs_past_a_floor_and_each_parts_other_deductions_are_refused(sentence):
    assert refusal(sentence, points="6").code == "E202"


def test_a_number_past_the_count_naming_another_thing_is_read_apart():
    # 发现1台以上使用未登记设备的不得分 after 每有1台未检验的扣0.5分: another thing (read as a limit
    # of the machines not inspected, one of them lost the item)
    s = "检验率达到100%的得4分,每有1台未检验的扣0.5分,发现1台以上使用未登记设备的不得分"
    assert scores(s, [("1", "否"), ("0", "是")], points="4") == ["3.5", "0"]
    # the same thing past the number is still the count's limit
    assert scores("每一处错误扣1分;有五处及以上错误,不得分", ["2", "5"], points="10") == ["8", "0"]


@pytest.mark.parametrize("sentence, code", [
    # points divided by a number of the unit's (read as 40 a fire: 2 fires among 20 villages lost 10, not 4)
    ("每个火点(含黑斑)按40分/当地行政村数量扣分", "E218"),
    ("按10分/乡镇行政村个数扣分", "E218"),
    # a formula of what each fire takes, or of what is taken (read as the item's score: no fires scored 2)
    ("每个火点扣分值=40分÷当地行政村数量", "E202"),
    ("扣分=火点数×40÷行政村数量", "E202"),
    # a veto that bars one grade (read as the lowest grade and the item's points lost)
    ("发生较大以上安全事故的,实行一票否决,年度考核不得评为优秀等次", "E202"),
])
def test_divisions_formulas_of_deductions_and_vetoes_of_one_grade_are_refused(sentence, code):
    assert refusal(sentence, points="10").code == code


def test_a_formula_of_the_score_with_a_division_still_reads():
    assert score("得分=10分-火点数×40分÷行政村数量", "2", "20", points="10") == "6"
    assert score("按2分/项扣分", "3", points="10") == "4"


def test_rises_said_with_sheng_gao_are_steps_beyond_the_limit():
    # 每升高 is 每上升 (read as a count of the whole cost: at the limit the item scored 0)
    s = "次均住院费用控制在5000元以内,每升高100元扣0.1分"
    assert scores(s, ["5000", "5300"], points="1") == ["1", "0.7"]
    # a limit in a unit written in letters is refused (the steps after it lost their threshold)
    assert refusal("抗菌药物使用强度控制在40DDDs以内,每超过1个DDDs扣0.5分", points="3").code == "E218"


def test_steps_of_things_named_apart_after_a_rate_read_their_own_counts():
    # 会办件每逾期1件 after 主办件…率100%的得10分,每逾期1件扣2分: another count (read as one, each
    # overdue item cost 3)
    s = "主办件按时办复率100%的得10分,每逾期1件扣2分;会办件每逾期1件扣1分"
    assert scores(s, [("1", "2"), ("1", "0")], points="10") == ["6", "8"]


@pytest.mark.parametrize("sentence", [
    # exactly so many, not each one (read as points for each: twelve held lost 24)
    "全年只开展1次主题党日活动的扣2分",
    "只配备1名专职党务干部的扣1分",
    "党员大会召开次数为1次的扣2分",
    "每半年召开一次保密工作会议,全年未召开的扣2分,只召开一次的扣1分",
])
def test_only_so_many_counted_as_each_one_is_refused(sentence):
    assert refusal(sentence, points="5").code == "E202"


def test_only_one_among_tiers_of_a_count_is_that_tier():
    s = "以上四项全都具备得10分,满足三项得5分,满足两项得3分,只满足一项,本项不得分"
    assert scores(s, ["4", "2", "1"], points="10") == ["10", "3", "0"]


def test_numbers_in_words_before_measures_are_steps_and_thresholds():
    # 每十公里, 每一千平方米, 五十公里以上 (the number was dropped: each kilometre counted, the 50 lost)
    assert score("每十公里计0.5分,最高计2分", "25", points="5") == "1.25"
    assert score("违法建设面积每一千平方米扣1分,扣完为止", "2500", points="5") == "3"
    assert score("新改建农村公路达到五十公里以上的得3分,每少一公里扣0.1分", "45", points="5") == "2.5"
    # 每千米 is each kilometre (read as steps of 1000: 12 km earned 0.0012)
    assert score("农村公路养护每千米计0.1分", "12", points="5") == "1.2"
    # a step's size in a unit jdscore does not know is refused (passed over: each page counted)
    assert refusal("档案数字化加工每完成1万页计0.1分,最高计1分", points="5").code == "E218"


def test_what_is_had_before_but_is_no_failing_of_each():
    # 设立宣传栏、但…或…各扣2分: two failings of a bar set up (read as three, the bar itself one of them)
    s = "设立宣传栏、但内容不符合要求或未定期更新各扣2分"
    assert scores(s, [("否", "否"), ("是", "否")], points="4") == ["4", "2"]
    # 及时 is a word, no join (未及时更新 made one more failing)
    assert len(sentence_rubric("已建立居民健康档案、但信息不完整或未及时更新的各扣1分", Decimal(3)).line.facts) == 2


def test_short_of_a_change_required_takes_in_no_change():
    # 降低0.5个百分点以上,未完成的: a unit with no fall is short of it (read as some fall below 0.5, it kept 2)
    s = "近视率每年降低0.5个百分点以上,未完成的扣2分"
    assert scores(s, ["0%", "0.3%", "0.6%"], points="4") == ["2", "2", "4"]


def test_per_so_many_people_in_digits_is_no_step():
    # 每10万人口上升1人: per 100,000 people, a rise of 1 (read as steps of 100,000)
    assert score("孕产妇死亡率每10万人口上升1人扣0.5分", "2", points="4") == "3"


@pytest.mark.parametrize("sentence", [
    # a change required, then its failing (read as steps of the change: meeting it lost the points)
    "学生近视率每年下降1个百分点,未完成的扣2分",
    # a ratio named (read as two values, at least 1 and at least 19)
    "师生比达到1:19以上的得2分",
    # a tier below capped steps: on top, or in all? (read on top, 79% lost 5)
    "疫情报告及时率低于90%的,每低1个百分点扣0.5分,扣满2分为止;低于80%的,扣3分",
])
def test_changes_required_ratios_and_tiers_below_steps_are_refused(sentence):
    assert refusal(sentence, points="5").code in ("E202", "E218")


def test_a_target_said_apart_from_its_steps_is_refused():
    # 目标值为85 after 每低于目标值1扣0.5分 (passed over: the index itself, 83, scored 0)
    assert refusal("路面技术状况指数MQI每低于目标值1扣0.5分,目标值为85。", points="3").code == "E218"
    assert score("路面技术状况指数MQI达到85的得满分,每低1扣0.5分", "83", points="3") == "2"


def test_points_of_a_standard_without_each_are_refused():
    # 按国家级5分、省级3分、市级1分的标准计分: each piece, or the level once? (read as a yes/no a level)
    assert refusal("信息采用按国家级5分、省级3分、市级1分的标准计分", points="10").code == "E202"
    s = "信息被采用的,按国家级每篇5分、省级每篇3分、市级每篇1分计分"
    assert score(s, "1", "0", "2", points="10") == "7"


def test_either_condition_in_one_clause_and_on_time_first_are_read_or_refused_for_their_cause():
    # 低于85%或高于93%的: either one (refused as conditions that contradict)
    d = refusal("床位使用率在85%-93%之间的得2分,低于85%或高于93%的不得分", points="2")
    assert d.code == "E202" and "或" in d.message
    # 按时 first is no formula's 按 (refused as a formula)
    s = "按时办结率在98%以上的得5分,95%—98%的得3分,95%以下的不得分"
    assert scores(s, ["99%", "96%", "90%"], points="5") == ["5", "3", "0"]


def test_xia_hua_and_sheng_gao_of_permille_are_steps():
    assert score("优秀率不低于30%,每下滑1个百分点扣0.2分", "28%", points="2") == "1.6"
    assert score("婴儿死亡率控制在6‰以内,每升高1个千分点扣1分", "0.8%", points="2") == "0"
    assert score("婴儿死亡率控制在6‰以内,每升高1个千分点扣1分", "0.7%", points="2") == "1"


def test_none_of_a_thing_said_with_ling_then_each_one_counted():
    # 实现“零登记”的得4分;发生…每人次扣2分 / 零脱失的得3分;每脱失1人扣1分: the count comes off the
    # points (read as a yes/no taking all 4 as well, one visit zeroed the item)
    s = "进京访、赴省访实现“零登记”的得4分;发生进京访的,每人次扣2分;发生赴省访的,每人次扣1分。"
    assert score(s, "1", "1", points="4") == "1"
    assert score("社区戒毒人员零脱失的得3分;每脱失1人扣1分。", "1", points="3") == "2"
    assert score("易制毒化学品零流失的得4分;发生流失案件的,每起扣2分。", "1", points="4") == "2"
    assert score("易制毒化学品企业零违规的得3分;发现违规行为的,每起扣1分。", "1", points="3") == "2"


def test_a_flat_amount_on_top_of_days_late_is_no_replacement():
    # 迟报超过5天的,另扣1分: on top of the days' (read instead: 6 days lost 1)
    s = "每迟报1天扣0.5分;迟报超过5天的,另扣1分"
    assert scores(s, ["6", "5"], points="5") == ["1", "2.5"]
    assert score("每推迟1个月扣2分,推迟超过3个月的,另扣2分", "4", points="10") == "0"
    # said without 另, past the limit the amount replaces the days' (as before)
    assert score("每逾期1天扣0.1分,逾期超过5天的,按未报送处理,扣0.5分", "6", points="5") == "4.5"


@pytest.mark.parametrize("sentence", [
    # the items above in all, or each? (read as each's limit)
    "未建立台账的扣2分;台账不规范的扣1分;每缺1次会议记录扣0.5分。以上各项最多扣3分。",
    # a share below 100% beside steps above it (the share was given above 100% too)
    "完成率达到100%的得10分,每超过1个百分点加0.5分,最多加2分;低于100%的,按完成比例计分。",
    # days past the limit counted again: instead, or on top? (read on top)
    "每逾期1天扣0.5分,逾期超过5天的,每天扣1分。",
    # graver steps below a second mark: instead, or on top? (read on top)
    "建档率达到100%的得10分,每低1个百分点扣0.5分;建档率低于90%的,每低1个百分点扣1分。",
    # 改扣: instead of the points before (read as one more count on top)
    "每发生一起安全生产事故扣2分,事故发生后未及时上报的,每起改扣4分。",
])
def test_limits_of_each_or_all_shares_beside_steps_and_instead_or_on_top_are_refused(sentence):
    assert refusal(sentence, points="12").code in ("E202", "E218")


def test_a_sum_said_after_the_items_above_is_their_limit():
    s = "未建立台账的扣2分;每缺1次会议记录扣0.5分。以上各项扣分累计不超过3分。"
    assert score(s, "是", "4", points="5") == "2"


def test_a_period_said_of_the_failing_counts_each_period_that_fails():
    # 每月未达到序时进度的扣0.5分: each month behind (read as a yes/no: ten months behind lost 0.5)
    assert score("每月未达到序时进度的扣0.5分", "10", points="10") == "5"
    assert score("每季度未召开会议的,扣1分,最多扣3分", "4", points="5") == "2"
    # the year's own period is the one answer; a failing of the period (未每月) is one too
    assert score("每年未开展培训的扣1分", "是", points="2") == "1"
    assert score("未每月开展检查的扣0.5分", "是", points="2") == "1.5"


@pytest.mark.parametrize("sentence, points", [
    # a milder case of the failing before: instead of its points (read on top: a leak reported lost 4.5)
    ("发生泄密事件的扣3分,主动报告的减半扣分", "5"),
    ("未按期整改的扣1分,但已制定整改计划的扣0.5分", "5"),
    ("未按期整改的扣1分,其中已制定整改计划的扣0.5分", "5"),
    # a graver case of it (read on top: five days late lost 1.5)
    ("迟报的扣0.5分,迟报3天以上的扣1分", "5"),
    ("未按时报送的扣0.5分,逾期超过10天的扣1分", "5"),
    ("发生安全事故的扣2分,发生3起以上的扣5分", "5"),
    # a limit of one quarter (read as the year's: one case a quarter lost only 1)
    ("每起扣0.5分,季度内最多扣1分", "5"),
    # a higher tier of the same thing: instead, or on top? (read on top: 12% scored 6)
    ("同比增长的得2分,增长10%以上的得4分", "5"),
    ("完成年度任务的得3分,完成率达到120%以上的得5分", "5"),
    # a limit a yes/no never reaches: each time, or once? (read as once: three notices lost 1)
    ("通报批评的扣1分,最多扣5分", "5"),
    # a condition before counted points, passed over (a unit at 95% lost 0.5 a day; 2 lates lost 2)
    ("出勤率低于90%的,每缺勤1天扣0.5分", "10"),
    ("迟到超过3次的,每次均扣1分", "10"),
    # every one counted once past the count (read as those beyond: 5 lost 2)
    ("迟到累计超过3次的,按实际迟到次数每次扣1分", "10"),
    ("迟到超过3次的,每次都扣1分", "10"),
    # each time more than the one before (read as the same each time, or the rise as an award)
    ("基础分5分,迟到1次扣0.5分,以后每次递增0.5分", "20"),
    ("每次扣0.5分,逐次递增", "20"),
    # 5 more each time from the third (read as tiers of the count: four times lost 5)
    ("第一次扣1分,第二次扣2分,第三次及以上扣5分", "20"),
    # two units of one measure (30 to 1: 45 minutes late took nothing; 1亩 a step)
    ("迟报30分钟至1小时的扣1分", "5"),
    ("整改超期7天至1个月的扣1分,超过1个月的扣2分", "5"),
    ("过火面积超过10亩的,每超过1公顷扣1分", "5"),
    # absences past a number, each one missing (read as short of 2: none missed lost 1)
    ("缺席超过2次的,每缺席1次扣0.5分", "5"),
    # the days late asked once more for the last tier (six days lost 1.5)
    ("迟报1天扣0.1分,迟报3天以上扣0.5分,迟报5天以上扣1分", "5"),
    # one of them only after both (read as 1 for each one met: both met scored 5)
    ("均达标的得3分,一项达标的得1分", "5"),
    # short of the standard, then further short of it: instead, or on top? (70% lost 3)
    ("未达标的扣1分,低于80%的扣2分", "5"),
])
def test_cases_before_limits_out_of_reach_conditions_passed_over_and_mixed_units_are_refused(sentence, points):
    assert refusal(sentence, points=points).code == "E202"


def test_cases_of_their_own_and_the_item_points_before_the_floor_read():
    # a case of its own, halved; another failing past a count: on top, as before
    assert score("未建立台账的扣2分,台账不完整的减半扣分", "否", "是", points="5") == "4"
    assert score("未建立台账的扣1分,发生事故3起以上的扣5分", "是", "3", points="10") == "4"
    # 本项5分扣完为止 with no comma: the item's points and their floor (read as a limit only)
    assert score("每发现1次扣1分,本项5分扣完为止", "3") == "2"


def test_a_size_naming_which_places_is_no_condition():
    # 20户以上自然村全部通自来水的: which villages, not a value of 20 (6 rivers, all with plans, scored 0)
    d = refusal("流域面积50平方公里以上河流全部编制“一河一策”的得2分", points="2")
    assert d.code == "E202" and "哪些河流" in d.message
    assert refusal("20户以上自然村全部通自来水的得1分", points="1").code == "E202"
    # quoted, it is the description; counted in the places' own counter, a condition
    assert score("“20户以上自然村”全部通自来水的得1分", "是", points="1") == "1"
    assert scores("检查5家以上企业的得2分", ["5", "4"], points="2") == ["2", "0"]


def test_caps_worded_as_all_or_a_share_of_the_item():
    # 最多扣完本项分值: the floor (read as a yes/no zeroing the item)
    for s in ("每发现一处问题扣0.5分,最多扣完本项分值", "每发现一处问题扣0.5分,本项分值扣完即止",
              "每发现一处问题扣0.5分,最多扣除本项全部分值"):
        assert score(s, "2", points="3") == "2"
    # 最多扣除本项分值的一半 (read as another count, 1.5 each)
    assert score("每发现一处问题扣0.5分,最多扣除本项分值的一半", "9", points="3") == "1.5"
    assert score("每发现一处问题扣0.5分,最多扣除本项分值的50%", "9", points="3") == "1.5"


def test_points_and_limits_said_in_words_with_decimals_or_a_minus():
    # 最多扣零点五分 (read as another count of 0.5 each), 计负0.5分 (read as 0.5 given)
    assert score("每处扣0.2分,最多扣零点五分", "10", points="2") == "1.5"
    assert score("每处扣0.5分,累计扣分不超过一点五分", "5", points="2") == "0.5"
    assert score("每次计负0.5分", "3", points="5") == "3.5"
    assert score("每起计负2分,最多计负6分", "5", points="10") == "4"


def test_awards_of_other_things_beside_a_yes_no_stay_on_top():
    s = "年底工作计划中有学习安排的得0.5分,学习有记录的得0.5分。每年学习4次以上的得1分。"
    assert score(s, "是", "是", "4", points="2") == "2"
    assert score("同比增长的得2分,增长10%以上的再加2分", "是", "12%", points="4") == "4"


def test_points_each_time_and_whole_steps_said_to_go_on_still_read():
    assert score("参加图书馆举办的各类活动,每次增加50个积分。", "3") == "150"
    assert score("每增加50人加5分,依次递增", "120") == "10"


def test_the_mark_said_again_before_steps_down_is_where_they_start():
    # 低于70%的每低1个百分点: the steps from the 5 (read as a tier of its own: 60% scored -5)
    assert score("达到70%的得5分,低于70%的每低1个百分点扣1分", "60%") == "0"
    assert score("开工率达到80%的得5分,未达到80%的,每低1个百分点扣0.5分", "78%") == "4"
    # below, then each point more: which way? (read as steps above the mark)
    assert refusal("比例低于95%的,每多1%扣1分", points="5").code == "E209"
    # a limit (no 的) with steps above it reads, as before
    assert score("往年出生漏补报率低于2%,每超过一个百分点扣0.5分", "4%", points="2") == "1"


def test_an_added_point_or_else_a_deduction_and_a_limit_both_ways():
    # 加1分,否则扣0.5分: 1 added, or 0.5 taken (read from the 1: late scored 0.5)
    assert scores("按期开工的加1分,否则扣0.5分", ["是", "否"]) == ["1", "-0.5"]
    assert score("完成的得2分,否则扣1分", "否") == "1"
    # 最多不超过增减3分: a limit both ways (read as a yes/no award of 3)
    s = "工业技改投资完成任务得12分,每增减1个百分点,增减0.1分,最多不超过增减3分"
    assert scores(s, ["150%", "50%"]) == ["15", "9"]


def test_a_count_with_its_points_then_steps_after_a_semicolon_is_their_threshold():
    # 建成1座…,得10分;每增加1座加5分: 1 and more, 10, then 5 each (read as 10 for each one: 3 scored 40)
    assert score("建成1座生态公厕,得10分;每增加1座加5分", "3") == "20"


def test_a_formula_for_those_failing_alone_is_refused():
    # 未达到85%的,按实际完成率乘以本项分值计分: and those who reach it? (read as 0)
    d = refusal("完成率未达到85%的,按实际完成率乘以本项分值计分", points="10")
    assert d.code == "E202" and "做到的" in d.message


def test_the_cases_an_exception_leaves_out_are_told_with_the_value():
    # 已整改的除外: a remark on what is counted, now said with the value (the prompt quoted only 每处扣0.5分)
    need = try_rule("每处扣0.5分,已整改的除外", None, None).needs[0]
    assert "“已整改的”不算在内" in need.kind and need.words == "每处扣0.5分"
    assert score("每处扣0.5分,已整改的除外", "3", points="5") == "3.5"


def test_a_subset_at_points_of_its_own_is_counted_apart():
    need = try_rule("每起扣2分,已破案的每起扣1分", None, None).needs[0]
    assert "不含“已破案的每起扣1分”另计的" in need.kind
    # the same units (周岁, 岁) and a limit before a day late still read
    assert score("“两委”班子平均年龄超过48周岁,每超过1岁扣3分", "50", points="10") == "4"
    assert score("每迟报1天扣0.5分;迟报超过5天的,另扣1分", "6", points="5") == "1"


def test_tiers_of_items_met_and_the_mark_said_with_a_sign_read():
    assert scores("达标2项的得3分,达标1项的得1分", ["2", "1", "0"]) == ["3", "1", "0"]
    assert score("覆盖率≥95%的得3分,<95%的每降低1%扣0.5分", "80%") == "0"


@pytest.mark.parametrize("sentence, code", [
    # the same event with a word of its kind inside, for more: instead, or on top? (a death lost 7)
    ("发生事故的扣2分,发生死亡事故的扣5分", "E202"),
    ("发生火灾的,扣2分;发生较大火灾的,扣5分", "E202"),
    # points with no case of their own after another (read as a yes/no asking whether 并倒扣2分 holds)
    ("未开展的扣1分,并倒扣2分", "E202"),
    ("未开展的本项不得分,另扣2分", "E202"),
    # the count's verb said again before a tier of the same count (3 found lost 3.5)
    ("发现一处扣0.5分,发现三处以上扣2分", "E202"),
    ("发生1起扣1分,发生3起以上的扣5分", "E202"),
    ("被通报1次扣1分,被通报3次以上的扣5分", "E202"),
    # all of it done beside the rate's tiers: the top tier, or on top? (100% scored 3)
    ("整改率达到80%的得1分,全部整改到位的得2分", "E202"),
    ("全部整改到位的得2分,整改率达到80%的得1分", "E202"),
    # none done, then a tier of the same act that holds none too (none held lost 3)
    ("未开展的扣2分,开展不足2次的扣1分", "E202"),
    ("未签订安全责任书的扣1分,签订率低于90%的扣0.5分", "E202"),
    # a duty done so many times, with no 每, before a deduction (three drills lost 3)
    ("未开展应急演练的扣2分,开展1次的扣1分", "E202"),
    ("组织1次演练的扣1分,未组织的扣2分", "E202"),
    # rounding of nothing said (read as whole steps: 2.6 below lost 1, not 1.5)
    ("每低1个百分点扣0.5分(四舍五入)", "E218"),
    ("每低1个百分点扣0.5分,差值四舍五入取整", "E218"),
    ("每低1个百分点扣0.5分,按四舍五入处理", "E218"),
    # half a point after a limit (read as 2)
    ("每件扣1分,最多扣2分半", "E218"),
])
def test_graver_cases_bare_points_tiers_of_a_count_and_rounding_unsaid_are_refused(sentence, code):
    assert refusal(sentence, points="5").code == code


def test_cases_of_other_things_and_their_own_counts_still_read():
    # another subject, a substitution and a later failing of the same event read as before
    assert scores("发生事故的扣2分,发生事故未及时报告的扣3分", [("是", "是"), ("是", "否")], points="5") == ["0", "3"]
    assert score("区域打扫不干净,有明显垃圾,未被院里扣分的班级扣班级1分;"
                 "区域打扫不干净,有明显垃圾并被院里扣分的班级扣班级5分", "否", "是", points="10") == "5"
    # points in brackets for the milder case; a tier of another act
    assert score("未建立台账的扣2分,培训少于2次的扣1分", "是", "1", points="5") == "2"
    assert score("发现一处扣1分,发现两处以上的扣3分", "4", points="5") == "2"
    assert score("发生1起扣1分", "3", points="5") == "2"


def test_a_limit_before_a_formula_and_rounding_said_of_the_part_of_a_step():
    # 满分10分 first (read as nothing: 120% scored 12)
    assert score("满分10分,得分=完成率×10分", "120%") == "10"
    assert score("本项20分,得分=完成率×20", "90%") == "18"
    # 按四舍五入计算 after 不足…的 rounds the part (read as a whole step: 2.4 lost 1.5)
    assert score("每低1个百分点扣0.5分,不足1个百分点的按四舍五入计算", "2.4", points="5") == "4"
    assert score("每低1个百分点扣0.5分,不足1个百分点的按四舍五入计算", "2.6", points="5") == "3.5"


def test_an_event_after_an_award_is_a_yes_no_of_its_own():
    # 发生事故的不得分 (read as the award's other answer: trained with an accident kept 2)
    s = "开展培训得2分,发生事故的不得分"
    assert scores(s, [("是", "是"), ("是", "否"), ("否", "否")]) == ["0", "2", "0"]
    assert score("完成任务的得3分,但发生责任事故的不得分", "是", "是") == "0"
    assert score("按时完成得3分,但有弄虚作假的不得分", "是", "否") == "3"
    # counted failings of the same thing still come off the points
    assert score("落实管控计5分,发现1人失控扣0.5分", "2") == "4"


def test_late_within_whole_points_of_a_rate_and_a_count_with_its_noun():
    # 超时3日内 is a tier of the days late (read as a yes/no beside the next tier: 3 days lost 1.5)
    assert scores("超时3日内的扣0.5分,3日以上的扣1分", ["2", "5"]) == ["-0.5", "-1"]
    # 不足1个百分点的不加分: whole points (read as a share: 2.5 earned 0.25)
    assert score("每多1个百分点加0.1分,不足1个百分点的不加分", "2.5") == "0.2"
    assert score("超过90%的,每多1个百分点加0.1分,不足1个百分点的不加分", "92.5%") == "0.2"
    # 1个部门0.5分: each department (read as a yes/no of 0.5)
    assert score("1个部门0.5分,满分2分", "3") == "1.5"
    assert score("1个部门0.5分,满分2分", "6") == "2"


def test_a_higher_level_counted_again_is_told_and_numerals_of_levels_match_whole():
    need = try_rule("市级以上媒体报道每篇加0.5分,省级以上每篇加1分", None, None).needs[0]
    assert "不含“省级以上每篇加1分”另计的" in need.kind
    # Ⅴ类 is no Ⅳ类 (NFKC makes them V and IV; read as the 1 of Ⅳ类)
    s = "水质达到Ⅱ类的得5分,Ⅲ类得3分,Ⅳ类得1分"
    assert refusal(s, "Ⅴ类").code == "E503"
    assert scores(s, ["Ⅳ类", "Ⅲ类"]) == ["1", "3"]


def test_each_period_past_a_count_and_a_later_subset_are_asked_or_told():
    # 每季度…3条以上的得1分: each quarter, or every quarter? (read as one yes/no: three of four scored 0)
    assert refusal("每季度报送信息3条以上的得1分", points="4").code == "E202"
    assert score("每季度均报送信息3条以上的得1分", "是", points="4") == "1"
    assert score("每月开展一次检查,得2分", "是") == "2"
    # the late replies past five days are counted apart from the late ones
    need = try_rule("未按时回复的每件扣0.2分,超过5个工作日未回复的每件扣0.5分", None, None).needs[0]
    assert "不含“超过5个工作日未回复的每件扣0.5分”另计的" in need.kind


def test_values_typed_together_are_refused_and_thousands_still_read():
    # 1,0,2 for three records (read as 102: nothing missed, 3 kept)
    s = "每校每学期至少开展一次家长学校活动,未开展的扣1分"
    assert refusal(s, "1,0,2", points="3").code == "E503"
    assert score(s, "1", "0", "2", points="3") == "2"
    assert score("每条计0.05分", "1,200") == "60"


def test_a_limit_of_what_is_given_beside_deductions_alone_is_asked():
    # 最高得3分 after deductions only: the item's 3, or 最多扣3分? (read as the latter: 8 found, −3)
    for s in ("每发现1起扣0.5分,最高得3分", "每处扣0.5分,最高计1分"):
        assert refusal(s).code == "E202"
    assert score("每发现1起扣0.5分,最多扣2分", "8") == "-2"
    assert score("每条计0.05分,最高计1分", "30") == "1"


def test_lateness_after_counted_reports_and_no_bad_thing_present_are_read_apart():
    # 迟报的扣0.2分 after points for each report: each late one, or once? (read as once)
    assert refusal("每上报1条信息计0.5分,迟报的扣0.2分").code == "E202"
    assert score("每上报1条信息计0.5分,有迟报的扣0.2分", "4", "是") == "1.8"
    # 不存在违规…的得1分 is no failing given points (refused as 没做到时给1分)
    assert score("不存在违规审批问题的得1分", "是", points="2") == "1"


@pytest.mark.parametrize("sentence", ["每处扣一分五", "每次扣1分5", "每处扣两分半", "每件扣1分,最多扣2分半"])
def test_a_part_of_a_point_after_its_points_is_refused(sentence):
    # 一分五: 1.5 in speech (read as 1)
    d = refusal(sentence)
    assert d.code == "E218" and "请写成小数" in d.hint


@pytest.mark.parametrize("sentence", [
    # a share for those below alone (read as 0 for those who reach it)
    "完成率低于100%的,按完成率乘以3分计分",
    "完成率在80%以下的,按完成率乘以该项分值计分",
    # times in a row beside the times in all (read as one value: three apart zeroed the item)
    "每缺席1次扣0.5分,连续3次缺席的本项不得分",
    "缺席会议累计3次以上的扣1分,连续缺席2次以上的扣2分",
    # the score said to be words (read as a grade named 完成率乘以分值)
    "完成率低于80%的,得分为完成率乘以分值",
    # points below a line alone (read as 0 for those above it: doing worse scored more)
    "未达到90%的,得2分",
    # a count or a limit of one period said as its adjective (read as the year's)
    "季度发案数超过10起的,扣1分",
    "单月发生2起以上的,扣1分",
    "每起扣0.2分,月度最多扣1分",
])
def test_shares_below_runs_and_scores_said_in_words_are_refused(sentence):
    with pytest.raises(Stop):
        try_rule(sentence, None, Decimal("5"))


def test_limits_said_with_xian_points_per_slash_in_an_an_and_ranges_up_to():
    # 限加2分 (read as a second count at 2 each)
    assert score("每起加1分,限加2分", "3") == "2"
    assert score("每起扣1分,限扣2分", "4", points="5") == "3"
    assert score("获得省级以上表彰的加2分,市级表彰的加1分,限加2分", "是", "是") == "2"
    assert score("超过期限扣2分", "是", points="5") == "3"
    # 按0.2分/条计分 (read as 0.2 ÷ the count)
    assert score("按0.2分/条计分", "7") == "1.4"
    assert score("在市级以上媒体发表信息的,按0.5分/篇计分,最高计3分", "4") == "2"
    # 80%至90%以内 keeps its lower end (read as up to 90%: 70% scored 1)
    assert scores("80%至90%以内的得1分", ["70%", "85%", "90%"]) == ["0", "1", "1"]
    assert scores("逾期3至5天以内的扣0.5分,5天以上的扣1分", ["1", "4", "6"], points="2") == ["2", "1.5", "1"]


def test_the_first_ones_left_out_periods_of_events_and_rates_each_reaching_a_line():
    # 第1次不计分 before 第2次起 (read as the item lost at the first one)
    assert score("第1次不计分,第2次起每次计5分", "3") == "10"
    assert score("前2篇不计分,第3篇起每篇计1分", "4") == "2"
    # 每季度被通报的 counts the quarters (read as once for the year)
    assert score("每季度被省河长办通报的扣1分,扣完为止", "2", points="3") == "1"
    assert score("每月有违法占地的扣0.5分", "3", points="5") == "3.5"
    # 分别达到, 各达到: each rate to its line (read as one rate)
    assert score("破案率、抓获率分别达到80%以上的得2分", "85%", "70%") == "0"
    assert score("见面率、稳控率各达到100%的得2分", "100%", "100%") == "2"
    # a fall of a growth shares nothing (read as −0.5)
    assert scores("增幅达到26%以上的得1分,低于26%的按完成比例计分", ["-13%", "13%"]) == ["0", "0.5"]


def test_refusals_name_their_cause():
    # the score in words (refused as E201, no points written)
    d = refusal("完成率低于80%的,得分为完成率乘以分值")
    assert d.code == "E202" and "用文字说了得分" in d.message
    # 以下年轻 is no 下年 (refused as next year's business)
    assert score("35岁以下年轻干部每名加0.5分", "3") == "1.5"
    assert refusal("下年度基础分扣2分").code == "E202"


def test_the_size_of_a_unit_said_before_each_unit():
    # 以10亩为单位,每单位扣1分 (read as each one: 25亩 lost 25)
    assert score("违法占地面积以10亩为单位,每单位扣1分", "25") == "-2"
    assert score("每单位扣1分", "3") == "-3"


def test_tiers_with_a_gap_and_the_top_said_in_words():
    # between two tiers that give points, nothing said (read as 0: 92% scored 0, 80% scored 2)
    d = refusal("95%以上得5分,低于90%得2分")
    assert d.code == "E202" and "之间的值得几分" in d.message
    assert scores("95%以上得5分,90%至95%得3分,低于90%得2分", ["92%", "80%"]) == ["3", "2"]
    # a band around a target, worse either way, is no gap of this kind
    assert scores("低于80%扣2分,高于120%扣2分", ["100%", "130%"], points="5") == ["5", "3"]
    # the target reached, or all done, beside the tiers of how much (read as a yes/no on top: 3)
    assert refusal("达到目标的得2分,达到80%的得1分").code == "E202"
    assert refusal("集体合同建制率达标得4分,75%以上得3分,70%以上得2分").code == "E202"
    assert refusal("全部完成的得3分,完成2项的得2分,完成1项的得1分").code == "E202"
    # the count of all said, or the failings counted, read as one count's tiers
    assert scores("三项指标全部完成的得6分，完成两项的得4分，完成一项的得2分", ["3", "1"]) == ["6", "2"]
    assert scores("全部落实的得4分，有1项未落实的得2分,有2项及以上未落实的不得分", ["0", "1"]) == ["4", "2"]
    # another thing after a ;, its own yes/no
    assert score("达到的得2分,每少5人扣0.5分;救援装备配备符合标准的得4分", "0", "是") == "6"


def test_a_case_done_better_and_each_period_short():
    # the same thing done better, for more: instead, or on top? (read on top: a detailed plan scored 3)
    assert refusal("有计划的得1分,计划详实的得2分").code == "E202"
    assert refusal("建立工作台账的得1分,台账规范完整的得2分").code == "E202"
    assert score("有计划的得1分,有总结的得1分", "是", "是") == "2"
    # each month short of its count loses the points (read as one yes/no: five short months lost 0.5)
    assert score("每月报送信息少于2条的,扣0.5分", "5", points="5") == "2.5"
    assert score("每季度开展检查少于1次的,扣1分", "2", points="5") == "3"
    # not done monthly, or the requirement not met: once
    assert score("未能每月召开一次以上会议的扣1分", "是", points="5") == "4"
    assert score("查记录,每月不少于一次,未达到扣除1分。", "是", points="5") == "4"


def test_own_points_hold_every_deduction_after_them_and_only_these_points():
    # 计2分,…,…: the later deductions come off the same 2, never below 0 (read beside them: −1)
    assert score("得2分,每迟报1次扣0.5分,每漏报1次扣1分", "0", "3") == "0"
    assert score("资料齐全的得3分,每缺1项扣1分,每错1项扣0.5分", "1", "2") == "1"
    # 只得1分, 按50%计分: the item's score in that case (read as 1 for the case: on time scored 0)
    assert scores("未按时报送的,只得1分", ["否", "是"], points="3") == ["3", "1"]
    assert scores("迟报的按50%计分", ["否", "是"], points="2") == ["2", "1"]
    assert refusal("未按时报送的,只得1分").code == "E202"
    # 只要有一项…即: once (read as each one)
    assert score("只要有一项未完成的即扣1分", "是", points="3") == "2"


def test_bare_full_points_parts_of_a_lump_and_how_many_parts_met():
    # 90分以上满分: the item's points after a bound (read as one condition with the next clause)
    assert scores("满意度在90分以上满分,90分以下扣1分", ["95", "85"], points="10") == ["10", "9"]
    assert scores("90%以上为满分,80%至90%得8分", ["95%", "85%"], points="10") == ["10", "8"]
    # 扣5分,其中每…扣1分: the 5 in parts, or 1 each on top? (read on top: two late lost 7)
    assert refusal("未按时报送的扣5分,其中每迟报1次扣1分").code == "E202"
    assert refusal("引进500强企业的加5分,其中每引进1个加2分").code == "E202"
    # how many of the parts met a line, in tiers (read as a rate's tier and a count beside: 3)
    assert refusal("两项参保率均达到90%以上的得2分,一项达到的得1分").code == "E202"
    assert refusal("两项指标均达到90%以上的得2分,一项达到90%以上的得1分").code == "E202"
    # each matter at its highest level: told with the counts `try` asks
    needs = try_rule("获得省级、国家级表彰的,分别加1分、2分,不累计", None).needs
    assert all("同一事项只填在一处" in n.kind for n in needs)


def test_limits_both_ways_full_points_left_and_checkpoints():
    # 加减分最多2分, 上下浮动不超过2分: each way (read as a limit on the awards alone: +10% scored 5)
    s = "每高1个百分点加0.5分,每低1个百分点扣0.5分,加减分最多2分"
    assert scores(s, ["10%", "-10%"]) == ["2", "-2"]
    assert score("每高1个百分点加0.5分,每低1个百分点扣0.5分,上下浮动不超过2分", "-20%") == "-2"
    # a bare limit after steps both ways: each way, or in all? (read as in all: −35% lost 3.5)
    assert refusal("每高于或低于10个百分点分别加减1分,最多2分").code == "E202"
    # 5个项目满分 between clauses no clause reads (passed over)
    assert refusal("引进1个项目得2分,5个项目满分,每增加1个加1分", points="10").code == "E218"
    # each part of the year its own progress (read as one value's tiers: both met scored 3)
    d = refusal("一季度完成20%以上的得2分,上半年完成50%以上的得3分")
    assert d.code == "E202" and "一季度" in d.message
    assert score("一季度开工率达到20%以上的得2分,上半年开工率达到50%以上的得3分", "25%", "55%") == "5"


def test_second_round_limits_days_cases_and_halves_of_time():
    # 限分, 本项限扣, 得分限: limits (read as a second count at 6 or 3 each)
    assert score("每组织一次培训得3分,限分6分", "3") == "6"
    assert score("每次扣1分,本项限扣3分", "5", points="5") == "2"
    assert score("每次加1分,本项加分限3分", "5") == "3"
    assert score("限期整改的扣1分", "是", points="3") == "2"
    # 坚持每日巡查的得2分: a daily duty met (read as 2 for each day: 30 days scored 60)
    assert score("坚持每日巡查的得2分", "是") == "2"
    assert score("每日加1分", "3") == "3"
    # 否则不得分 before another 不得分: the tiers' other answer (read as a yes/no of its own, turned round)
    assert score("预警信息发布率达到95%以上的得2分,否则不得分,发生漏报的不得分", "96%", "否") == "2"
    assert score("预警信息发布率达到95%以上的得2分,否则不得分,发生漏报的不得分", "96%", "是") == "0"
    # made, then the faults of what was made (read from the 3 alone: no ledger kept 3)
    assert scores("建立台账的得3分,台账不完善的每处扣1分", [("否", "0"), ("是", "2")]) == ["0", "1"]
    assert score("档案齐全的得3分,每缺1项扣1分", "1") == "2"
    # the case with 并, a bare count of the thing, beyond the task: instead or on top?
    assert refusal("建立制度的得1分,建立制度并有效运行的得2分").code == "E202"
    assert refusal("有专利申请的得1分,10件以上的得3分").code == "E202"
    assert refusal("超额完成任务的得3分,完成任务的得2分").code == "E202"
    assert refusal("有计划的得1分,计划详实、可操作的得2分").code == "E202"
    # 只得1分 beside other clauses; a checkpoint in an added tier
    assert refusal("每发现1处问题扣0.5分;未按时完成的,只得1分", points="3").code == "E202"
    assert scores("按时报送的得3分,未按时报送的只得1分", [("是", "否"), ("否", "是")], points="3") == ["3", "1"]
    assert refusal("全年完成率100%的得3分,上半年完成50%以上的加1分").code == "E202"
    # a half after a length of time (read as the whole: 1天半 as 1 day)
    assert refusal("逾期1天半以上的扣1分").code == "E218"
    assert refusal("每逾期一个半月扣0.5分").code == "E218"
    # a line's points and its steps down hold a count's deductions after them (three events at 90% scored −1)
    assert scores("达85%以上记2分,每少1个百分点扣0.5分,每发生1起扣1分", [("90%", "3"), ("84%", "1")]) == ["0", "0.5"]


def test_the_highest_taken_and_the_score_halved():
    # 取最高分 after yes/no awards: the best of them (passed over: both held scored 5)
    assert score("获国家级表彰的加3分,获省级表彰的加2分,取最高分", "是", "是") == "3"
    # 得分减半 after counted deductions: the score, not half of each count's points (read as 0.25 each)
    assert refusal("每发现1处问题扣0.5分;未按时完成的,得分减半").code == "E218"
    assert score("每处扣0.5分;整改到位的,每处减半扣分", "2", "2", points="5") == "3.5"


def test_the_years_end_is_no_second_checkpoint_and_several_acts_made():
    # 全年…年底前: one point in time (refused as two)
    assert score("全年任务年底前完成的得3分,完成90%以上的得2分", "95%") == "2"
    # several acts joined: their failings are the other answers, no yes/no of making asked
    needs = try_rule("有安排、有部署并按标准申报得满分,没有安排或没按标准及时申报各扣1分", None, Decimal("2")).needs
    assert len(needs) == 2


def test_fortieth_round_probes():
    # 或/且 right after the points, before another case that scores: two cases (the second's words
    # went to the first question, and the second asked nothing)
    s = "未编制预案扣2分或预案不完善扣1分"
    assert scores(s, [("否", "是"), ("是", "否")], points="5") == ["4", "3"]
    assert score("未建立台账扣1分且未整改扣2分", "否", "是", points="5") == "3"
    assert [n.kind for n in try_rule("未按要求建立制度的,不得分或酌情扣分", None, Decimal("5")).needs] == ["评定分"]
    # a line's points and its steps down hold a count's deductions after them (90%, three events: −1)
    s = "达85%以上记2分,每少1个百分点扣0.5分,每发生1起扣1分"
    assert scores(s, [("90%", "3"), ("84%", "1"), ("100%", "0")]) == ["0", "0.5", "2"]
    # 半数 after a verb (read as all 12, or as none)
    assert refusal("应完成12条,完成半数以上的得1分", points="2").code == "E218"
    assert refusal("报送信息应完成12条,每少报1条扣0.1分,不足半数的不得分", points="2").code == "E218"
    # a step of a rate after a failing, its way unsaid (read as a rate of its own: 35% lost 5.2)
    assert refusal("签约率达到40%的得5分,未达到的每1个百分点扣0.2分").code == "E202"
    assert refusal("使用率在90%-105%之间的得满分,超出区间的每1个百分点扣0.5分", points="5").code == "E202"
    assert score("签约率达到40%的得5分,未达到的,每低1个百分点扣0.2分", "35%") == "4"
    # counts of a time with a count skipped between them (read per day and per 3 days: 5 days lost 3.5)
    assert refusal("逾期1天的扣0.5分,逾期3天的扣1分,逾期7天以上的不得分", points="5").code == "E202"
    assert refusal("迟报1次扣0.5分,迟报3次扣1分,迟报5次以上不得分", points="5").code == "E202"
    assert scores("逾期1天的扣0.5分,逾期2天的扣1分,逾期3天以上的不得分", ["2", "5"], points="5") == ["4", "0"]
    # tiers past a count of days, of which only the last was kept (5 days lost 2.5)
    assert refusal("超过规定时限1天的扣0.5分,超过3天的扣1分,超过7天的不得分", points="5").code == "E202"
    # 每滞后1个百分点: a rate behind, not a time (read as 0.01 of a number: 96% lost every point)
    assert score("工程进度达到100%得满分,每滞后1个百分点扣0.5分", "96%", points="5") == "3"
    assert score("每滞后5天扣1分", "10", points="5") == "3"
    # a limit on the sum of several counts (read as the last count's: 10 and 25 days kept 10)
    assert refusal("事假1天扣0.5分,病假1天扣0.2分,累计超过30天的不得分", points="20").code == "E202"
    assert refusal("迟到每次扣0.5分,早退每次扣1分,迟到早退合计超过5次的本项不得分", points="5").code == "E202"
    assert score("每缺1项扣0.5分,累计超过5项的不得分", "6", "6", points="20") == "0"
    # 减半 after levels of a count (read as the last level's half: a national paper co-written 0.5)
    assert refusal("国家级每篇加2分,省级加1分,合著的减半计分", points="20").code == "E218"
    assert scores("按时完成的得4分;逾期完成的,减半计分", [("否", "是")], points="5") == ["2"]
    # each full year: whole steps of 1 too (12.5 years scored 1.25)
    assert scores("教龄每满1年加0.1分", ["12.5", "12"]) == ["1.2", "1.2"]
    # 每迟到满5分钟: each full 5 minutes, or each late arrival of 5 minutes? (read as the second)
    assert refusal("每迟到满5分钟扣0.1分").code == "E202"
    assert refusal("每延误满1天扣0.1分").code == "E202"
    # a limit on what is added after full marks is the added points' (on time scored 1 of 5)
    s = "按时完成的得满分,提前完成的每天加0.5分,最多加1分"
    assert scores(s, [("是", "0"), ("否", "4")], points="5") == ["5", "1"]


def test_fortieth_round_second_probes():
    # a grade's name with a digit (5A级, 3星级) is words: the part 其中 names is counted (read as a yes/no)
    assert scores("每新增1个景区加1分,其中5A级景区加3分", [("3", "1")]) == ["6"]
    # the size of each thing counted, once or each? (read as one number: 4 events of 1200 took 0.5)
    assert refusal("每开展1次活动加0.2分,参加人数超过100人的加0.5分").code == "E202"
    assert refusal("每发现1起违规经营行为扣0.5分,涉及3人以上的扣1分", points="5").code == "E202"
    assert scores("每发现1起违规经营行为扣0.5分,涉及3人以上的每起扣1分", [("2", "2")], points="5") == ["2"]
    # the first day at one rate, the days after at another (read as two counts of all the days)
    assert refusal("迟报1天扣0.5分,此后每迟报1天加扣0.2分").code == "E202"
    assert refusal("逾期1天扣0.5分,每多1天加扣0.5分").code == "E202"
    # past a tier that takes points: the part beyond, or all of it, and the tier's too?
    assert refusal("逾期3天以内的扣1分,超过3天的每天扣0.5分").code == "E202"
    # a limit of one of the kinds a count holds together
    assert refusal("迟到、早退每次扣0.5分,迟到超过3次的不得分", points="5").code == "E202"
    # a step past an allowance said as one (read as a range: 5 late arrivals lost nothing)
    assert refusal("迟到不得超过3次,超过1次扣0.5分").code == "E202"
    assert score("迟到超过3次的,每超过1次扣0.5分", "5") == "-1"
    # a count of the year after a period's requirement (read as the months short: 12 meetings lost 12)
    s = "每月至少召开1次,少于12次的扣1分"
    assert scores(s, ["12", "10", "0"]) == ["0", "-1", "-1"]
    assert scores("主题党日每季度至少开展1次,全年少于4次的扣2分", ["4", "3"]) == ["0", "-2"]
    assert scores("每月报送信息少于2条的,扣0.5分", ["3"]) == ["-1.5"]
    assert "值为出现句中情形的月数" in try_rule("每月报送信息少于2条的,扣0.5分", None).needs[0].kind
    assert "季度数" in try_rule("每季度未召开会议的扣1分", None).needs[0].kind
    assert "月数" not in try_rule(s, None).needs[0].kind
    # not once: the none of a yes/no (read as a count: 1 leave zeroed the item)
    s = "请假的,每次扣1分;从未参加一次会议的不得分"
    assert scores(s, [("1", "否"), ("0", "是")], points="5") == ["4", "0"]
    assert score("主题党日全年未开展一次的扣2分", "是") == "-2"
    # the item's points after a stop, before 扣完为止 (read as a limit: 3 found scored −6)
    assert score("每发现1次扣2分。此项10分扣完为止。", "3") == "4"
    # 不累计 beside a count (read per item: three scored 3)
    assert refusal("任一项加1分,不累计加分").code == "E202"
    # a case's points said as what it counts as (read as limits beside one yes/no)
    assert refusal("优秀的,按10分计;称职的,按8分计;不称职的,不得分").code == "E202"
    # some of them in words beside all of it (read as two yes/nos: all built scored 3)
    assert refusal("半数以上建立的得1分,全部建立的得2分").code == "E202"
    # a requirement of each place with 各…均 (read as the unit's 2 in all)
    assert refusal("各社区均配备专职社工2名,每缺1名扣0.5分").code == "E205"
    # 亿 ending a band, with no number (the top was dropped)
    s = "投资额亿元以上的得3分,5000万元至亿元的得2分"
    assert scores(s, ["1亿", "6000万"]) == ["3", "2"]
    assert try_rule("每引进1个5000万元以上亿元以下项目加1分", ["6000万元", "1.2亿元"]).score == "1"
    # points with no case after 不得分, joined by 并另/并加 (read as a yes/no of its own)
    assert refusal("发现统计造假的,本项不得分,并另扣5分").code == "E202"
    # half a percentage point (read as a count of its own)
    assert refusal("完成率达到100%的得满分,每低半个百分点扣0.5分", points="5").code == "E202"
    # 其中 some of those counted, at points of their own: told with the count before
    assert "不含" in try_rule("每发现1处数据差错扣0.5分,其中被通报的扣2分", None).needs[0].kind
    # how many were not done, in tiers with an open top (refused as a count of failings of two)
    s = "有1项未完成的扣1分,2项未完成的扣2分,3项及以上未完成的不得分"
    assert scores(s, ["0", "2", "3"], points="5") == ["5", "3", "0"]
    # 世界500强: a list's name (refused as an unread 500)
    assert scores("每引进1家世界500强企业加3分,封顶6分", ["1", "3"]) == ["3", "6"]
    # 千分之 before digits (read as a bare 0.9: 0.5‰ was refused, and the hint offered 0.5‰)
    assert scores("受害率控制在千分之0.9以内的得3分", ["0.5‰", "0.1%"]) == ["3", "0"]
    # tiers, then steps below the lowest: the steps take no more than its points (85% scored −1.5)
    s = "达到95%以上的得2分,90%至95%的得1分,低于90%的每低1个百分点扣0.5分"
    assert scores(s, ["85%", "89%", "96%"]) == ["0", "0.5", "2"]


def test_fortieth_round_third_probes():
    # a grade that is the other one denied (称职 taken for 不称职: −1)
    with pytest.raises(Stop, match="档次之一"):
        try_rule("考评为优秀的加1分,不称职的扣1分", ["称职"])
    assert score("执法质量考评被评为优秀的加2分,不达标的扣5分", "不达标") == "-5"
    # rungs of one ladder said as yes/nos (read as two awards: the best scored 9)
    assert refusal("达到行业优秀值的得5分,达到行业良好值的得4分").code == "E202"
    assert refusal("利润总额完成挑战目标的加3分,完成进取目标的加2分").code == "E202"
    assert scores("完成招商任务的得2分,完成项目建设任务的得3分", [("是", "是")]) == ["5"]
    assert scores("内控评价达到优秀等次的加2分,达到良好以上等次的加1分", ["良好以上"]) == ["1"]
    # all of them with 各…均 beside most of them (read as two yes/nos: 5)
    assert refusal("各村均完成的得3分,多数村完成的得2分", points="5").code == "E202"
    # not once (read as a count: never held scored 2)
    assert score("一次也没有开展的扣2分", "是", points="2") == "0"
    # what comes after the first, at a rate of its own (read as all the days at both rates)
    assert refusal("迟报1天扣0.5分,此后每天扣0.2分", points="2").code == "E202"
    assert refusal("迟报1次扣0.5分,此后每次加扣0.2分", points="2").code == "E202"
    # a bound on another kind counted in the same word (one late arrival lost the item)
    assert refusal("迟到每次扣0.2分,旷工1次的不得分", points="2").code == "E202"
    assert scores("迟到每次扣0.2分,全年迟到超过5次的不得分", ["2", "6"], points="2") == ["1.6", "0"]
    assert refusal("迟报每次扣0.2分,漏报2次以上的不得分", points="2").code == "E202"
    assert refusal("一般事故每起扣1分,较大事故2起以上的不得分", points="2").code == "E202"
    assert refusal("迟到、早退每次扣0.2分,其中迟到累计超过3次的不得分", points="2").code == "E202"
    # the same thing with a comparing word, or the same want in other words, stays its limit
    for s in ("每缺1人扣0.5分,缺员3人以上的不得分", "每发现1处扣0.5分,达到5处的不得分", "每超1人扣1分,超过3人以上的不得分"):
        assert len(try_rule(s, None, Decimal("2")).needs) == 1, s
    # 其中 with no 的: told with the count before too (counted on top, a clerk could not tell)
    assert "不含" in try_rule("每新增1个文化站加1分,其中三星级文化站加2分", None).needs[0].kind
    # 可负分 beside a yes/no whose other answer comes off its own points (not done scored 0, not −2)
    assert refusal("落实优惠政策记2分,未落实的扣2分,该项可负分").code == "E202"
    # a limit with 奖励 (read as a second award: five times scored 2.5 beside a count of its own)
    assert score("每次奖励0.5分,最多奖励2分。", "5") == "2"
    assert score("本项最多奖励2分,每次奖励0.5分。", "6") == "2"


def test_a_denial_before_a_word_and_a_count():
    # 不合格超过3处: a count of failings above 3 (read as 合格 at most 3: units with none lost 1)
    assert scores("不合格超过3处的扣1分。", ["0", "3", "4"], points="5") == ["5", "5", "4"]
    assert scores("抽检不合格3批次以上的不得分。", ["0", "3"], points="5") == ["5", "0"]
    # 未完成2项以上: two undone, or fewer than two done? refused with both wordings
    stop = refusal("未完成2项以上的扣1分。", points="5")
    assert stop.code == "E202" and "有2项以上未完成的" in stop.hint and "完成不足2项的" in stop.hint
    # ...unless the sentence counts what was undone before
    assert scores("未完成1项扣1分,未完成2项以上的扣3分。", ["0", "1", "4"], points="5") == ["5", "4", "2"]
    # none at all, and a word of may between, stay denied
    assert scores("没有撰写1篇以上理论文章扣3分。", ["0", "1"], points="5") == ["2", "5"]
    assert scores("培训时间不得少于20学时的得2分。", ["19", "20"], points="5") == ["0", "2"]


def test_one_or_more_is_once():
    # 一份或多份, 一次或多次: one or more, once (read per item: two motions scored 20)
    assert scores("提交一份或多份提案加10分。", ["0", "1", "3"], points="10") == ["0", "10", "10"]
    assert scores("发生一起或一起以上安全事故的扣5分。", ["0", "2"], points="10") == ["10", "5"]


def test_a_verb_ending_in_a_scoring_word_before_a_count():
    # 参加1—2次, 获得1-2项: the 加 and 得 are the verb's (the range's lower end was lost; 参加3次以上 refused)
    s = "参加3次以上的得5分,参加1—2次的得2分,未参加的不得分。"
    assert scores(s, ["0", "1", "2", "5"], points="5") == ["0", "2", "2", "5"]
    assert scores("获得1-2项的得1分,获得3项以上的得2分。", ["0", "1", "3"], points="2") == ["0", "1", "2"]


def test_not_once_after_a_count_short():
    # 一次未开展的不得分 after 应开展4次: none at all (read as one or more held: holding meetings lost the item)
    s = "应开展4次,每少1次扣0.5分,一次未开展的不得分。"
    assert scores(s, ["0", "1", "4"], points="5") == ["0", "3.5", "5"]


def test_the_rest_after_the_first_of_a_count():
    # 迟到1次扣0.5分,以后每次扣1分: the first at one rate, the rest at another (read as two counts of all)
    assert refusal("迟到1次扣0.5分,以后每次扣1分。", points="5").code == "E202"


def test_rungs_with_a_qualifier_said_once():
    # 达到行业优秀值的得5分,达到良好值的得4分: one ladder, 行业 said once (the best scored 9)
    assert refusal("达到行业优秀值的得5分,达到良好值的得4分。", points="5").code == "E202"


def test_limits_said_with_giving_and_cutting_words():
    # 最多给予2分, 最多核减2分, 最多扣罚2分: limits (refused as unparsable)
    assert scores("每次奖励0.5分,最多给予2分。", ["3", "5"], points="5") == ["1.5", "2"]
    assert scores("每次扣0.5分,最多核减2分。", ["3", "5"], points="5") == ["3.5", "3"]
    assert scores("每次扣0.5分,最多扣罚2分。", ["5"], points="5") == ["3"]


def test_all_of_them_beside_most_in_words():
    # 各村都完成, 所有村都建立, and across a ;: the top of the tiers, or on top? (the best scored 5)
    for s in ("各村都完成的得3分,多数村完成的得2分。", "全部完成的,得3分;半数以上完成的,得2分。",
              "所有村都建立的得2分,大部分建立的得1分。"):
        assert refusal(s, points="5").code == "E202"


def test_a_graver_event_said_anew_after_a_count():
    # 发生死亡事故扣30分 after 轻伤事故每发生一起: each, or once? (read as each, carried over)
    for s in ("轻伤事故每发生一起扣5分,发生死亡事故扣30分。", "每发生一起一般事故扣5分,发生较大事故的扣30分。"):
        assert refusal(s, points="50").code == "E202"
    # the same event, or one without how grave it was, still counts each
    assert scores("请假一次扣3分,迟到扣1分。", [("1", "2")], points="10") == ["5"]


def test_rates_sharing_a_bound_both_or_either_as_said():
    # 均低于…的扣2分: both below (read as either: one rate below lost 2)
    s = "满意率、办结率均低于90%的扣2分。"
    assert scores(s, [("95%", "85%"), ("85%", "85%")], points="5") == ["5", "3"]
    assert scores("满意率和办结率同时低于90%的扣2分。", [("95%", "85%"), ("85%", "85%")], points="5") == ["5", "3"]
    # 或: either, two values (read as one value named by both)
    assert scores("满意率或办结率低于90%的扣2分。", [("95%", "85%"), ("95%", "95%")], points="5") == ["3", "5"]
    # a requirement of both, then its failing in a clause of its own: any one short (read as
    # either one met: both at 95% lost 2)
    s = "知晓率、参与率达到90%以上,达不到的扣2分。"
    assert scores(s, [("95%", "95%"), ("95%", "80%")], points="5") == ["5", "3"]
    s = "知晓率、参与率均达到90%,达不到的不得分。"
    assert scores(s, [("95%", "95%"), ("80%", "95%")], points="5") == ["5", "0"]


def test_never_late_is_within_a_bound_on_lateness():
    # 逾期不超过2天的得3分, alone or beside 超过2次的不得分: on time is within it (read as late by more
    # than nothing: on time scored 0)
    assert scores("逾期不超过2天的得3分。", ["0", "2", "3"], points="3") == ["3", "3", "0"]
    assert scores("全年迟报不超过2次的得3分,超过2次的不得分。", ["0", "3"], points="3") == ["3", "0"]
    # with a case of its own for on time, the bound is for late ones; deductions start past none
    s = "按时完成的得2分,逾期1天以内的得1分。"
    assert scores(s, [("是", "0"), ("否", "1")], points="3") == ["2", "1"]
    assert scores("逾期2天以内的扣1分。", ["0", "1"], points="3") == ["3", "2"]


def test_a_failing_of_a_bound_in_words_of_its_own():
    # 覆盖率达到100%的得3分,未全覆盖的扣1分: short of the 100%, or another target? (read as a yes/no
    # of its own, added: 95% covered scored −1)
    for s in ("覆盖率达到100%的得3分,未全覆盖的扣1分。", "完成率达到90%的得6分,未完成目标任务的扣3分。",
              "早、晚稻达到500公斤单产指标的记6分,达不到单产要求的扣6分。"):
        assert refusal(s, points="6").code == "E202"
    # the failing in plain words is the bound's; another thing's failing stays a yes/no
    assert scores("完成率达到90%的得6分,未完成任务的扣3分。", ["95%", "80%"], points="6") == ["6", "3"]
    assert scores("覆盖率达到100%的得3分,未建立台账的扣1分。", [("100%", "是")], points="6") == ["2"]


def test_a_step_in_points_after_a_mark_in_percent():
    # 每少于90%一个百分点, 每超过0.3%一个百分点: the mark, then the step (swapped: 85% lost nothing)
    assert score("满意度每少于90%一个百分点扣0.2分。", "85%", points="5") == "4"
    assert score("返贫率每超过0.3%一个百分点扣1分。", "2.3%", points="5") == "3"


def test_fortieth_first_round_probes():
    # 开展4次 (no 应), 但一次未开展的: none at all after a count short (read as one or more held)
    for s in ("开展4次,每少1次扣0.5分,一次未开展的不得分。", "全年开展4次,每少1次扣0.5分,但一次未开展的不得分。"):
        assert scores(s, ["0", "3", "4"], points="2") == ["0", "1.5", "2"]
    # 最多予以扣除2分, 最多予以2分: limits (read as a second count)
    assert score("每发现1处扣0.5分,最多予以扣除2分。", "10", points="5") == "3"
    assert score("每引进1个项目加0.5分,最多予以2分。", "10", points="5") == "2"
    # half the item's points as a limit, with 扣罚, 核减: read; with 给予, 加: refused (it was dropped)
    assert score("每发现1处扣0.5分,最多扣罚该项分值的一半。", "10", points="4") == "2"
    assert refusal("每引进1个项目加0.5分,最多给予本项分值的一半。", points="4").code == "E218"
    assert refusal("每引进1个项目加0.5分,最多加本项分值的一半。", points="4").code == "E218"
    # N次或N次以上, 一次及一次以上, 一项或几项: so many or more, once (read per N, or refused)
    assert scores("迟报3次或3次以上的扣1分。", ["2", "6"], points="2") == ["2", "1"]
    assert scores("迟报3次及3次以上的扣1分。", ["2", "6"], points="2") == ["2", "1"]
    assert scores("一项或几项指标未完成的扣2分。", ["0", "3"], points="5") == ["5", "3"]
    # 一类标准, 二类标准: names of classes (read as counts: class 3 met 二类)
    assert scores("达到一类标准的得5分,达到二类标准的得3分。", ["一类", "二类"], points="5") == ["5", "3"]
    # 获得满分 is what was won (read as the item's full points)
    assert scores("知识测试获得满分的得3分。", ["是", "否"], points="5") == ["3", "0"]
    # 一篇…也没有: none at all, once (read per report)
    assert scores("一篇调研报告也没有的扣1分。", ["是", "否"], points="2") == ["1", "2"]
    # 达到先进值的…,达到良好值的…: rungs of one ladder (the best scored 9)
    assert refusal("达到先进值的得5分,达到良好值的得4分。", points="5").code == "E202"


def test_a_rate_per_so_many_things():
    # 每万台…以内, 每亿元GDP…以内: a rate of the whole area, one value (read as records, each paid)
    assert scores("每万台死亡人数在0.1人以内的得2分。", ["0.05", "0.2"], points="2") == ["2", "0"]
    assert refusal("每万台死亡人数在0.1人以内的得2分。", "0.05", "0.05", points="2").code == "E502"
    assert scores("每亿元GDP死亡率0.05人以内的得2分。", ["0.04"], points="2") == ["2"]
    # a 每 of counting with points right after stays a step
    assert score("每万元扣1分。", "2.5万元", points="3") == "1"


def test_fortieth_first_round_second_probes():
    # 最多扣该项全部分值, 最多予以扣除本项分值: all of the item, the floor (read as a yes/no beside)
    assert score("每发现1处扣0.2分,最多扣该项全部分值。", "3", points="2") == "1.4"
    assert score("每发现1处扣0.2分,最多予以扣除本项分值。", "20", points="2") == "0"
    # 百分之九十一个百分点: 91, or 90 and a step of one? refused (read as steps of 91)
    assert refusal("每低于百分之九十一个百分点扣0.5分。", points="2").code == "E102"
    assert score("达到百分之九十的得2分。", "90%", points="2") == "2"
    # rates listed in words the shared condition does not take: both, or either? (read as one value)
    for s in ("满意率、办结率二者均低于90%的扣2分。", "满意率、办结率其中一项低于90%的扣2分。"):
        assert refusal(s, points="5").code == "E202"
    # a minimum asked, denied from further off in its clause (read the other way: one drill held lost 2)
    assert scores("未按要求组织至少1次应急演练的扣2分。", ["0", "1"], points="5") == ["3", "5"]
    assert scores("未按规定每年开展2次以上隐患排查的扣1分。", ["1", "2"], points="5") == ["4", "5"]
    # 未按时报送2次以上的 still counts the late reports
    assert scores("未按时报送2次以上的扣1分。", ["1", "2"], points="5") == ["5", "4"]


def test_fortieth_first_round_third_probes():
    # 按每次1分扣减得分, 按每次0.2分扣减年度考核得分, 按每次1分减分: taken (read as given: 3 times scored +3)
    for s, v, expected in (("按每次1分扣减得分。", "3", "-3"), ("按照每次0.2分扣减年度考核得分。", "3", "-0.6"),
                           ("按每次1分减分。", "3", "-3")):
        assert score(s, v) == expected
    assert score("按每次1分扣减得分,扣完为止。", "3", points="2") == "0"
    # 每个乡镇配备2名…的得1分: each place's 2, for each place or all? (read as 1 for every 2 people)
    for s in ("每个乡镇配备2名专职人员的得1分。", "每个县有3个以上避难场所得3分。"):
        assert refusal(s, points="3").code == "E202"
    # a limit on what is added at the base's points: refused (dropped: 10 hectares scored 25)
    for s in ("基础分5分,每增加1公顷加2分,加分至基本分值封顶。", "基础分5分,每增加1公顷加2分,最高加至基本分值。"):
        assert refusal(s).code == "E218"


def test_points_to_the_first_places_and_taken_from_the_last():
    # 前三名的得满分,后三名的扣2分: taken from what, and the places between? (read from 0: the last three
    # and the middle scored 0)
    for s in ("排名前三名的得满分,排名后三名的扣2分。", "排名第一的得满分,排名最后一名的扣2分。"):
        assert refusal(s, points="5").code == "E202"


def test_limits_in_plain_words_are_never_dropped():
    # 以该项分值的一半为上限, 上限为该项分值的一半, 以本项分值的一半封顶, 封顶: a limit in words no
    # clause reads (dropped: five finds in an item of 6 scored 1, not 3)
    for s in ("每发现1处扣1分,以该项分值的一半为上限。", "每发现1处扣1分,上限为该项分值的一半。",
              "每引进1个项目加1分,以本项分值的一半封顶。", "每发现1处扣1分,扣分封顶。"):
        assert refusal(s, points="6").code == "E218"
    # 以本项分值为上限, 扣至本项分值为止: what the item's points do, where it has them
    assert score("每发现1处扣1分,以该项分值为上限。", "9", points="6") == "0"
    assert score("每引进1个项目加1分,以本项分值封顶。", "9", points="6") == "6"
    assert score("每发现1处扣1分,扣至本项分值为止。", "5", points="6") == "1"
    assert refusal("每发现1处扣1分,以该项分值为上限。").code == "E218"
    # 不设上限 is no limit, as before
    assert score("每发现一次扣0.5分,不设上限。", "3", points="2") == "0.5"


def test_forty_second_first_round_probes():
    # 水质达到三类以上: a class of water, the first the best (read as a count of kinds: class 3 met 二类)
    assert scores("水质达到三类以上的得2分。", ["是", "否"], points="5") == ["2", "0"]
    assert refusal("水质达到二类的得3分,达到三类的得2分。", points="5").code == "E202"
    assert scores("开展三类以上活动的得2分。", ["3", "2"], points="5") == ["2", "0"]
    # 未报送一篇…的: none at all, once (read per report)
    assert scores("全年未报送一篇信息的扣2分。", ["是", "否"], points="5") == ["3", "5"]
    # 满意率、办结率每低于90%一个百分点: each rate's steps, or one? (read as one value)
    assert refusal("满意率、办结率每低于90%一个百分点扣0.5分。", points="5").code == "E202"
    assert scores("及时受理率、按期办结率均应达到100%,每低1个百分点扣0.5分。", [("98%", "100%")], points="5") == ["4"]
    # 每月信息迟报的, 每季度…低于时序进度的: each period that fails (read as one yes/no for the year)
    assert score("每月信息迟报的扣0.2分。", "3", points="5") == "4.4"
    assert score("每季度到位资金低于时序进度的扣1分。", "3", points="5") == "2"
    # 每季度…3次以上的扣2分,达到6次以上的…: a quarter's count beside the quarters counted (the 6 never reached)
    for s in ("每季度有效投诉3次以上的扣2分,达到6次以上的本项不得分。", "每季度有效投诉3至5次的扣2分,6次以上的扣5分。"):
        assert refusal(s, points="5").code == "E202"
    # 控制在3批次以内,每超出1批次…,超出3批次以上的: a distance past the standard (read as the value: 4 lost all)
    s = "进京访控制在3批次以内,每超出1批次扣0.5分,超出3批次以上的不得分。"
    assert scores(s, ["4", "5", "6"], points="3") == ["2.5", "2", "0"]
    assert refusal("进京访控制在3批次以内,每超出1批次扣0.5分,超出5批次以上的不得分。", points="3").code == "E202"
    assert scores("进京访控制在3批次以内,每超出1批次扣0.5分,超过5批次的不得分。", ["5", "6"], points="3") == ["2", "0"]
    # a lighter case of the things counted is counted apart from them (a fixed problem cost 0.75)
    needs = try_rule("每发现一处问题扣0.5分,当场整改的扣0.25分。", None, Decimal("5")).needs
    assert "不含“当场整改的扣0.25分”另计的" in needs[0].kind and "不含" not in needs[1].kind
    assert "不含" not in try_rule("每发现1处扣1分,发现漏报扣2分。", None, Decimal("5")).needs[0].kind
    # 每月报送2次…,每迟报1次: each late report, not the months
    assert "月数" not in try_rule("每月报送2次项目进展情况,每迟报1次扣0.1分。", None, None).needs[0].kind
    assert "月数" in try_rule("每月信息迟报的扣0.2分。", None, None).needs[0].kind


def test_forty_second_second_round_probes():
    # 按每次0.5分予以扣减 / 进行扣减 / 作扣分处理 / 每次按0.5分扣: taken (read as given: 3 times scored +1.5)
    for s in ("按每次0.5分予以扣减。", "每发现1处问题按0.5分进行扣减。", "按每次0.5分作扣分处理。", "每次按0.5分扣。"):
        assert score(s, "3", points="5") == "3.5"
    # 酌情扣减0.5分: a judged amount taken (read as given)
    assert score("酌情扣减0.5分。", "0.5", points="5") == "4.5"
    # 最多核减该项分值的50%: a limit (read as a second count, 2.5 each)
    assert score("每发现1处扣0.5分,最多核减该项分值的50%。", "6", points="4") == "2"
    # 未按要求配备专职人员2名以上的: so many provided, not done (read as failings: 3 people lost 1)
    for s in ("未按要求配备专职人员2名以上的扣1分。", "未配备专职人员2名以上的扣1分。"):
        assert scores(s, ["3", "1"], points="5") == ["5", "4"]
    assert scores("未按要求组织应急演练1次以上的扣2分。", ["0", "2"], points="5") == ["3", "5"]
    # failings counted stay counted
    assert scores("发现未登记人员2名以上的扣1分。", ["3", "1"], points="5") == ["4", "5"]
    assert scores("未按要求整改问题3处以上的扣1分。", ["3", "1"], points="5") == ["4", "5"]
    # 控制在5人次以内,超出3人次以上的: past the 5 by 3, or 3 itself? (read as 3 to 5 losing all)
    for s in ("控制在5人次以内,超出3人次以上的不得分。", "每年至少召开4次会议,少2次以上的不得分。"):
        assert refusal(s, points="5").code == "E202"
    # 逾期30天以上的信访事项超过3件的: the days say which are counted (read as two values, both)
    assert scores("逾期30天以上的信访事项超过3件的,扣2分。", ["4", "3"], points="5") == ["3", "5"]
    # 满意率低于90%的、办结率低于95%的,扣1分: failings listed, either one (read as both)
    assert scores("满意率低于90%的、办结率低于95%的,扣1分。", [("85%", "99%"), ("95%", "99%")], points="5") == ["4", "5"]
    assert scores("覆盖率达到70%以上、履约率达到90%以上的得2分。", [("80%", "80%")], points="5") == ["0"]
    # 每起加0.5分,不设上限, in an item of points: no limit, which the item's points are (capped in silence)
    assert refusal("破获毒品案件每起加0.5分,不设上限。", points="2").code == "E218"
    assert score("破获毒品案件每起加0.5分,不设上限。", "10") == "5"
    assert score("每发现一次扣0.5分,不设上限。", "10", points="2") == "0"
    # 同一单位只扣一次 beside one count: the prompt says each counts once
    assert "重复的只数一次" in try_rule("每发现1处问题扣0.5分,同一单位只扣一次。", None, None).needs[0].kind
    # 迟报1次扣0.5分,第3次起每次扣1分: the first two at one rate, the rest at another (read as two counts)
    for s in ("迟报1次扣0.5分,第3次起每次扣1分。", "迟到1次扣0.5分,第3次及以后每次扣1分。"):
        assert refusal(s, points="5").code == "E202"


def test_forty_second_third_round_probes():
    # 按0.5分/起扣减: taken (read as given)
    for s in ("每发现一起按0.5分/起扣减。", "迟报的按0.5分/次扣除。"):
        assert score(s, "3", points="5") == "3.5"
    # 扣完该项分值的一半为止: a limit (read as a yes/no of its own)
    assert score("每发现一处扣0.5分,扣完该项分值的一半为止。", "5", points="4") == "2"
    # 全年未报送1篇…, 全年无一篇…被采用, 无一篇…: none all year, once (read per report)
    for s in ("全年未报送1篇信息的扣2分。", "全年无一篇信息被采用的扣1分。", "无一篇信息被采用的扣1分。"):
        assert try_rule(s, None, Decimal("5")).needs[0].kind == "是/否"
    assert scores("全年未开展1次以上培训的扣1分。", ["0", "2"], points="5") == ["4", "5"]
    # 逾期30天以上未办结的信访件超过3件的: the days and the failing name which are counted
    assert scores("逾期30天以上未办结的信访件超过3件的扣1分。", ["4", "3"], points="5") == ["4", "5"]
    # 超出3批次及以上: the 3 too, as 及 says (read past 3)
    assert scores("超出3批次及以上的扣1分。", ["3", "2"], points="2") == ["1", "2"]
    assert scores("超过3批次以上的扣1分。", ["3", "4"], points="2") == ["2", "1"]
    # 每月至少报送2条,全年未达到要求的: the year asks 24 (read as 2)
    assert scores("每月至少报送2条信息,全年未达到要求的扣1分。", ["20", "24"], points="2") == ["1", "2"]
    # 未按要求整改问题1处以上的 counts the failings; 组织演练1次以上 is held at least once
    assert scores("未按要求整改问题1处以上的扣1分。", ["2", "0"], points="5") == ["4", "5"]
    assert scores("未按要求参加会议1次以上的扣1分。", ["1", "0"], points="5") == ["4", "5"]
    # 25人以上企业建会率…, 5人以上群体性纠纷的调处率…: the number says which the rate is of (read as two values)
    for s in ("25人以上企业建会率达到90%以上的得2分。", "5人以上群体性纠纷的调处率达到95%以上的得2分。"):
        assert scores(s, ["95%", "85%"], points="5") == ["2", "0"]
    # 床位100张以上的养老机构配备医务室的: which homes, then the act (read as the beds alone)
    assert refusal("床位100张以上的养老机构配备医务室的得1分。", points="5").code == "E202"
    # 提前完成的加1分,未完成的扣1分: on time is neither (read as one yes/no: on time lost 1)
    assert scores("提前完成的加1分,未完成的扣1分。", [("否", "否"), ("是", "否"), ("否", "是")]) == ["0", "1", "-1"]
    assert refusal("提前完成的得2分,未完成的扣1分。", points="5").code == "E202"
    # 延后10天以内, 推迟10天以内: late, never on time (on time took the tier too)
    assert scores("按时完成的得2分,延后10天以内完成的得1分。", [("是", "0"), ("否", "5")], points="5") == ["2", "1"]
    assert scores("推迟10天以内报送的扣0.5分。", ["0", "5"], points="5") == ["5", "4.5"]
    # 进入前十的…,后十位的…: places (read as a yes/no)
    assert score("进入前十的得2分,后十位的扣1分。", "15", "40") == "0"
    assert score("进入前十的得2分,后十位的扣1分。", "40", "40") == "-1"
    # …扣0.3分;每少一次扣0.3分,累计扣分不超过1.2分: the count's limit, or the sentence's? (0.3 + 1.2 read as 1.2)
    assert refusal("未建立学法制度的,扣0.3分;每少一次扣0.3分,累计扣分不超过1.2分。", points="1.5").code == "E202"
    assert score("迟到的每人次扣1分;缺席的每人次扣3分,扣分累计不超过6分。", "2", "3", points="10") == "4"
