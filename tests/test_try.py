"""`jdscore try`: the fixed interface other tools call, its examples, and one case per rule kind."""

import json

import pytest

CLI_EXAMPLES = [
    (["每条计0.05分,最高计1分", "7"], "0.35"),
    (["每条计0.05分,最高计1分", "30"], "1"),
    (["缺1人次扣0.5分,扣完为止", "3", "--points", "6"], "4.5"),
    (["年保持率在85%以上的,计0.5分;年保持率70%至85%的,计0.4分", "85%"], "0.5"),
]


@pytest.mark.parametrize("args,score", CLI_EXAMPLES)
def test_cli_md_examples(jd, args, score):
    run = jd("try", *args)
    assert run.exit_code == 0, run.stderr
    lines = run.stdout.strip().splitlines()
    assert lines[-1] == score
    assert lines[0].startswith("理解为: ")


def test_json_shape(jd):
    run = jd("try", "每条计0.05分,最高计1分", "7", "--json")
    data = json.loads(run.stdout)
    assert data["score"] == "0.35"
    assert data["rule"]["kind"] == "Cap"
    assert data["rule"]["rule"]["kind"] == "PerCountAward"
    assert "按数量计分" in data["understood"]


def test_exact_decimal_not_float(jd):
    # 0.1 + 0.2 in binary floating point is 0.30000000000000004
    assert jd("try", "每条计0.1分", "3").stdout.strip().splitlines()[-1] == "0.3"


def test_unreadable_sentence_exits_2_and_points_at_the_words(jd):
    run = jd("try", "计很多分")
    assert run.exit_code == 2
    assert "E201" in run.stderr
    assert "^" in run.stderr


def test_syntax_error_in_sentence_exits_2(jd):
    run = jd("try", "最高计", "1")
    assert run.exit_code == 2
    assert "E1" in run.stderr or "E2" in run.stderr


def test_judged_out_of_range_exits_1(jd):
    run = jd("try", "每起扣1-2分", "1.5", "3")
    assert run.exit_code == 1
    assert "E408" in run.stderr


def test_wrong_number_of_values_exits_2(jd):
    run = jd("try", "破获特大、重大案件每起分别加5分、2分", "1")
    assert run.exit_code == 2
    assert "E502" in run.stderr


def test_grade_band_sentence(jd):
    run = jd("try", "90分以上为优秀,80分至90分为良好,60分至80分为合格,60分以下为不合格", "90")
    assert run.stdout.strip().splitlines()[-1] == "优秀"  # 90 is in both bands: the better grade


def test_yes_no_means_the_described_situation_holds(jd):
    assert jd("try", "未制定应急预案,扣0.25分", "是").stdout.strip().splitlines()[-1] == "-0.25"
    assert jd("try", "未制定应急预案,扣0.25分", "否").stdout.strip().splitlines()[-1] == "0"


# With no values, `try` says how it reads the sentence and which values it needs, in order.
NEEDS = [
    ("中央媒体每篇计3分、省级媒体每篇计1分",
     ["值1: 数量(非负整数)  “中央媒体每篇计3分”", "值2: 数量(非负整数)  “省级媒体每篇计1分”"]),
    ("年保持率在85%以上的,计0.5分;年保持率70%至85%的,计0.4分", ["值: 比率(如 87%)"]),
    ("成立领导小组的,得1分;制定方案的,得0.5分", ["值1: 是/否", "值2: 是/否"]),
    ("每条阅读量5—10万的,每次计0.1分;超过10万的,每次计0.2分", ["每条记录一个值"]),
    ("85分以上为优秀,70分以上85分以下为良好", ["总分"]),
    ("倒数第1名扣2分", ["名次", "参评单位总数"]),
    ("超过平均值5个点以内扣1分,5个点以外扣2分", ["值: 比率", "--others"]),
]


@pytest.mark.parametrize("sentence,needs", NEEDS)
def test_no_values_lists_what_the_sentence_reads(jd, sentence, needs):
    run = jd("try", sentence)
    assert run.exit_code == 0, run.stderr
    lines = run.stdout.strip().splitlines()
    assert lines[0].startswith("理解为: ")
    assert lines[1] == "要读的值(依次给出):"
    asked = lines[2:]
    assert len(asked) == len(needs)
    for line, need in zip(asked, needs):
        assert need in line


def test_no_values_json_has_no_score(jd):
    data = json.loads(jd("try", "每条计0.05分,最高计1分", "--json").stdout)
    assert data["score"] is None
    assert data["needs"] == [{"name": "值", "kind": "数量(非负整数)", "words": "每条计0.05分"}]


def test_peer_sentence_takes_the_other_units(jd):
    # the average of 9%, 3% and 4% is 5⅓%: 9% is 3⅔ points above it, within 5
    assert jd("try", "超过平均值5个点以内扣1分,5个点以外扣2分", "9%", "--others", "3%,4%").stdout.split()[-1] == "-1"
    # 30% is 16⅔ points above the average (30+5+5)/3 = 13⅓%: more than 5
    assert jd("try", "超过平均值5个点以内扣1分,5个点以外扣2分", "30%", "--others", "5%,5%").stdout.split()[-1] == "-2"
    run = jd("try", "超过平均值5个点以内扣1分,5个点以外扣2分", "9%")
    assert run.exit_code == 2 and "--others" in run.stderr


def test_a_rate_given_to_try_may_pass_100_percent_while_a_rubric_declares_it(jd, tmp_path):
    """`try` has no header to declare a rate's range in: 103% is taken as typed. In a rubric the
    same sentence needs `事实 床位利用率: 比率, 可超过100%`, whatever its threshold."""
    sentence = "床位利用率达到100%以上的,计0.5分"
    run = jd("try", sentence, "103%")
    assert run.exit_code == 0 and run.stdout.splitlines()[-1] == "0.5"
    rubric = tmp_path / "r.jd"
    facts = tmp_path / "facts.yaml"
    facts.write_text("rubric: r.jd\nunits:\n  甲:\n    床位利用率: 103%\n", encoding="utf-8")
    rubric.write_text(f'项目 "场所" 1分 {{\n  床位利用率: {sentence}\n}}\n', encoding="utf-8")
    refused = jd("score", str(facts))
    assert refused.exit_code == 1 and "错误[E407]" in refused.stderr
    rubric.write_text("事实 床位利用率: 比率, 可超过100%\n" + rubric.read_text(encoding="utf-8"), encoding="utf-8")
    assert jd("score", str(facts)).exit_code == 0


def test_a_periodic_requirement_asks_for_the_total_done(jd):
    # 每周不少于2次: the value is the year's count, 104 required (a week's 2 entered scored 102 short, in
    # silence): the list of values says what to enter
    run = jd("try", "每周开展市容环境卫生巡查不少于2次，每少1次扣0.5分", "--points", "3")
    assert run.exit_code == 0, run.stderr
    assert "实际完成的合计(应完成104)" in run.stdout


def test_a_yes_no_of_two_clauses_says_which_one_yes_answers(jd):
    # 师德师风(20分):体罚…的,本项不得分: one yes/no of a heading and a failing; 是 is the failing
    # (read as the heading's requirement, 否 lost the 20), and the list of values says so
    run = jd("try", "师德师风（20分）：体罚或变相体罚学生经查实的，本项不得分。", "--points", "20")
    assert "是=“体罚或变相体罚学生经查实的，本项不得分”" in run.stdout
    assert jd("try", "师德师风（20分）：体罚或变相体罚学生经查实的，本项不得分。", "否", "--points", "20"
              ).stdout.strip().splitlines()[-1] == "20"
    run = jd("try", "(1)开立独立银行账户5分(2)违规开立私人、其他账户0分")
    assert "是=“开立独立银行账户5分”" in run.stdout


@pytest.mark.parametrize("sentence,yes", [
    # the failing first, its other answer after: 是 is the failing
    ("未按规定报送年度报告的,不得分;按时报送的,得3分", "未按规定报送年度报告的,不得分"),
    # the requirement first, the failing its other answer: 是 is the requirement
    ("开展宣传的得3分,未开展扣2分", "开展宣传的得3分"),
    # a requirement with no points, then a stop and its failing: 是 is the failing (no label at
    # all, 是 for the licences in order lost the item's 25)
    ("证照齐全,办学条件符合标准许可范围。不符合要求的不得分。", "不符合要求的不得分"),
])
def test_yes_answers_the_clause_the_points_follow(jd, sentence, yes):
    assert f"是=“{yes}”" in jd("try", sentence).stdout
