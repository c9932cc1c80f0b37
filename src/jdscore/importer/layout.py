"""The words and marks of a document's layout, in one place: column headers, numbering,
points written after a title. These are how documents are laid out, not the language's
keywords (those live in the grammar); the words the draft is written in are at the end.
"""

from __future__ import annotations

import re
from enum import Enum


class Column(Enum):
    GROUP = "group"
    CONTENT = "content"
    POINTS = "points"
    RESPONSIBLE = "responsible"
    ASSISTING = "assisting"
    METHOD = "method"
    IGNORED = "ignored"


# Column headers as published tables write them (spaces removed before looking up).
COLUMN_HEADERS: dict[str, Column] = {
    **dict.fromkeys(("大项", "大项内容", "小项", "小项内容", "具体项目", "考核项目", "考评项目", "项目",
                     "一级指标", "二级指标", "三级指标", "指标名称", "类别", "工作项目"), Column.GROUP),
    **dict.fromkeys(("具体内容", "考核内容", "考评内容", "评分标准", "考核标准", "考评标准", "评分细则",
                     "计分办法", "内容", "考核要求", "工作内容及评分标准"), Column.CONTENT),
    **dict.fromkeys(("分值", "考核分", "分数", "标准分", "考核分值", "权重"), Column.POINTS),
    **dict.fromkeys(("责任单位", "牵头单位", "主责单位"), Column.RESPONSIBLE),
    **dict.fromkeys(("协助单位", "配合单位"), Column.ASSISTING),
    **dict.fromkeys(("考评方法", "考核方法", "评分方法", "考评办法", "考核方式"), Column.METHOD),
    **dict.fromkeys(("序号", "存在问题", "考核得分", "得分", "实得分", "扣分原因"), Column.IGNORED),
}

# The level word a group column's header gives its groups in the draft.
HEADER_LEVEL = {"大项": "大项", "大项内容": "大项", "小项": "小项", "小项内容": "小项",
                "具体项目": "具体项目", "一级指标": "大项", "二级指标": "小项", "三级指标": "具体项目"}
DEPTH_LEVELS = ("大项", "小项", "具体项目", "子项")
PLAIN_LEVEL = "项目"

# A row of the table that closes it (the total), and the separator `render` writes between
# levels deeper than the table's group columns.
TOTAL_ROW = "合计"
DEEPER = " / "

# Points written after a title: 宣传教育(10分), (加2分), (简称“重嫌必检”,1分), 7分 on its own line.
_NUM = r"(\d+(?:\.\d+)?)"
TITLE_POINTS = re.compile(r"^(?P<title>.*?)\s*[(（](?P<pre>[^()（）]*?[,，])?\s*(?P<added>加)?\s*(?P<points>\d+(?:\.\d+)?)"
                          + r"\s*分\s*[)）]\s*[。.]?$", re.S)
POINTS_ONLY = re.compile(r"^(?P<added>加)?\s*" + _NUM + r"\s*分$")
# What `render` writes after a 加分项/扣分项/一票否决 title.
BONUS_LABEL = re.compile(r"^(?P<title>.*?)[(（]最高加" + _NUM + r"分[)）]$")
DEDUCTIONS_LABEL = re.compile(r"^(?P<title>.*?)[(（]最多扣" + _NUM + r"分[)）]$")
# The words `render` writes around the table: document layout, named once here (some are
# also words of the language; the importer only finds them where a rendered table put them).
VETO_GRADE_WORD = "定为"
RESPONSIBLE_WORDS = ("【该项由", "负责】")
SUBJECT_LABEL = "考评对象"
NOTE_WORDS = ("总分", "精度", "等级", "指标")
CHECK_WORDS = ("分值核对", "✓", "✗")
VETO_LABEL = re.compile(r"^(?P<title>.*?)[(（]" + VETO_GRADE_WORD + r"(?P<grade>[^()（）]+)[)）]$")
BONUS_TITLE, DEDUCTIONS_TITLE, VETO_TITLE = "加分项", "扣分项", "一票否决"

# Numbering. Headings: 第三条, 一、, (一). Arabic numbers (1、 1. (1)) number the sentences of an item.
_CN = "一二三四五六七八九十百零〇"
ARTICLE = re.compile(rf"第[{_CN}\d]+条\s*")
CHAPTER = re.compile(rf"^第[{_CN}\d]+章")
HEADING_NUMBERING = (
    ("article", ARTICLE),
    ("cn", re.compile(rf"[{_CN}]+\s*[、.．]\s*")),
    # (一); a scrape that lost its full-width brackets writes ,一, (commas never wrap a numeral in text)
    ("paren-cn", re.compile(rf"(?:[(（]\s*[{_CN}]+\s*[)）]|[,，][{_CN}]+[,，])\s*")),
)
# A sentence's own number: at the start, or after the end of the sentence before it.
SENTENCE_NUMBER = re.compile(r"(?:^|(?<=[;；。!！?？\s]))(?:[(（]\d{1,2}[)）]|\d{1,2}\s*[、.．](?!\d))\s*")
LONE_NUMBER = re.compile(r"^\d{1,3}$")
# A table pasted as text, one cell a line: a title cell broken into short lines (毒品/预防/教育)
# before its points cell ((14分), 7分, (加2分), (最高加20分)); a 责任单位/协助单位 cell is
# units, each ending in the word of an organisation (县教育局、禁毒大队, 各乡镇).
CELL_LINE = 8
POINTS_CELL = re.compile(r"^[(（]?(?P<added>加|最高加|最多扣)?" + _NUM + r"分[)）]?$")
UNIT_ENDINGS = ("局", "办", "队", "所", "委", "院", "厅", "站", "中心", "政府", "乡镇",
                "街道", "单位", "部门", "支队", "总队", "法院", "检察院", "团委", "妇联", "工会")
UNIT_LINE = re.compile(r"^[^,，;；。:：()（）\d]{2,40}$")
# 考评内容分五个部分:A、B、C、D和E: the document names its parts (its top-level items) first.
PARTS = re.compile(rf"分为?(?P<count>[{_CN}\d]+)个?(?:部分|方面|板块)[:：](?P<names>[^。;；]+)")
PART_SEPARATOR = re.compile(r"、|和|及|以及")
# The column that numbers a table's rows: pasted as text, its lone numbers start the rows.
ROW_NUMBER = "序号"
# A blank field of a form (考核小组:, 负责人:): a label and nothing to read.
FORM_FIELD = re.compile(r"^(?:[^,，;；。:：]{1,8}[:：])+\S{0,6}$")
# 【该项由村(社区)、学校、派出所负责】: the responsible units, written into a paragraph.
RESPONSIBLE_NOTE = re.compile(RESPONSIBLE_WORDS[0] + r"(?P<who>[^】]+?)" + RESPONSIBLE_WORDS[1])

# The header a document states: its year, full marks, the assessed units; and the lines
# `render --format docx` writes under the title and below the table.
YEAR = re.compile(r"((?:19|20)\d\d)\s*年")
FULL_MARKS = (re.compile(r"满分\s*(?:为|是)?\s*" + _NUM + r"\s*分"),
              re.compile(r"基础分值?总分(?:值)?为\s*" + _NUM + r"\s*分"))
SUBJECT = re.compile(SUBJECT_LABEL + r"[:：]\s*(?P<who>[^·\n]+?)\s*(?:·|$)")
TITLE_WORDS = ("细则", "办法", "标准", "方案", "考评", "考核")
NOTE_LABELS = dict(zip(NOTE_WORDS, ("total", "precision", "bands", "metric")))
NOTE_LINE = re.compile(r"^(?P<label>" + "|".join(NOTE_WORDS) + r")[:：]\s*(?P<text>.+)$", re.S)
CHECK_LINE = re.compile(r"^(?:" + "|".join(CHECK_WORDS) + ")")
