"""The catalogue of diagnostic codes, and the record every stage reports with.

Codes are stable: a code is never renumbered or reused, so that a policy writer can
search for it in the README and `jdscore rules CODE` explains it. E0xx files and the command
line, E1xx syntax, E2xx meaning of rule sentences and headers, E3xx/W3xx rubric
consistency, E4xx facts files, E5xx `jdscore try`, E6xx spreadsheets and outputs, E7xx
test cases, E8xx `jdscore import`, E900 a bug of jdscore.
"""

from __future__ import annotations

from dataclasses import field
from enum import Enum
from typing import TYPE_CHECKING, NamedTuple

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


class Code(NamedTuple):
    """One diagnostic code: what `jdscore rules CODE` says about it."""

    title: str          # short Chinese name, shown with every diagnostic
    english: str        # the same in English (JSON, SARIF)
    meaning: str        # what it means, in Chinese
    action: str         # what to do about it
    example: str = ""   # an input that gets it, where one is natural


CATALOGUE: dict[str, Code] = {
    # E0xx: files and the command line (exit 2)
    "E001": Code("找不到或无法读取文件", "file not found or unreadable",
                 "给出的文件不存在、没有读权限,或者不是普通文件(目录、管道、设备);-o 指向的位置无法写入也是这个代码。",
                 "检查路径是否写对(文件名里有空格时加引号);给出文件本身,而不是目录或管道。",
                 "jdscore check 2019细则.jd      # 当前目录下没有这个文件"),
    "E002": Code("文件不是 UTF-8 编码", "file is not UTF-8",
                 "细则或事实文件不是 UTF-8 编码的文本(常见于记事本另存的 GBK/ANSI 文件)。",
                 "用编辑器把文件另存为 UTF-8(WPS、记事本的“另存为”里可选编码)。"),
    "E003": Code("文件过大", "file too large",
                 "文件超过了 jdscore 为这种输入设的上限(细则 1 MB,YAML 事实文件 8 MB,工作簿 64 MB),超出的部分没有读。",
                 "确认给的是正确的文件;很多单位的数据请用 CSV 采集表,它不设大小上限。"),
    "E004": Code("配置有误", "invalid configuration",
                 ".jdscore.toml 或 pyproject.toml 的 [tool.jdscore] 写错了: 不是合法的 TOML、不认识的键、不能配置的代码或无效的级别。",
                 "按 README 的“Configuration”一节改正;只有 jdscore rules 列出的检查代码可以配置。",
                 "[tool.jdscore]\ndisable = [\"E102\"]     # 语法错误不能关掉"),
    "E005": Code("命令行用法有误", "command-line usage error",
                 "命令行本身有误: 不认识的命令或选项、缺少参数、选项的值不在可选范围内、-o 指向命令自己要读的文件等。",
                 "按提示改正;jdscore 命令 --help 列出这个命令的全部参数和例子。",
                 "jdscore score facts.yaml --formt json     # 应为 --format"),
    "E006": Code("不允许读取的细则路径", "rubric path not allowed",
                 "事实文件(或采集表的细则格、测试用例)里写的细则路径跑出了该文件所在的目录树,或者指的不是 .jd 文件;目录里指向目录外的 .jd 链接也是这个代码。",
                 "把细则放到事实文件所在目录之内;或在上层目录放一个 .jdscore.toml(可以是空文件),让它成为允许的根目录。",
                 "rubric: /etc/passwd       # 不是 .jd 文件,也不在事实文件的目录树内"),
    # E1xx: syntax
    "E101": Code("无法识别的字符或写法", "unexpected character",
                 "细则里有一个在这个位置无法识别的字符。",
                 "看插入号(^)指的位置: 常见原因是中英文符号混用之外的特殊符号,或从别处粘贴来的字符。",
                 "项目 \"宣传\" 5分 {\n  宣传次数: 每次计1分 @\n}"),
    "E102": Code("此处不应出现该内容", "unexpected token",
                 "这个位置不该出现这个词或符号,例如规则行缺了冒号、标题没加引号,或者有看不见的控制字符。",
                 "按消息里“这里应为…”改正;规则行写作“事实名称: 原文规则句”。",
                 "项目 \"宣传\" 5分 {\n  宣传次数 每次计1分       # 缺少冒号\n}"),
    "E103": Code("文件意外结束", "unexpected end of file",
                 "文件在一个结构还没写完时就结束了,通常是某个分组的“{”没有对应的“}”。",
                 "在插入号指的分组最后一行之后补上“}”。",
                 "项目 \"宣传\" 5分 {\n  宣传次数: 每次计1分\n"),
    "E104": Code("嵌套层次过深", "nesting too deep",
                 "分组套分组(或公式里的括号)嵌套得比任何真实细则都深,jdscore 不处理。",
                 "分组一般只有 大项/小项/具体项目/子项 几层;很长的公式拆成几个指标。"),
    # E2xx: what rule sentences and header lines mean
    "E201": Code("规则句没有给出分值", "rule sentence states no points",
                 "一行规则句里没有任何分值(计几分、扣几分),无法计分。",
                 "补上分值;没有计分公式、由考评组打分的项目,在行首写 评定;只说明要求、不计分的写 达标 或 说明:。",
                 "宣传次数: 按要求开展禁毒宣传"),
    "E202": Code("规则句的分句无法理解", "clause not understood",
                 "句子里有一个分句 jdscore 读不懂(例如一个分句里有两个条件),它不会猜。",
                 "用 jdscore try \"句子\" 看它读懂了哪些;把分句拆开,或按 README“Sentences as real documents write them”的写法改写。"),
    "E203": Code("事实个数与计分分句不符", "facts do not match the scoring clauses",
                 "冒号前列出的事实个数与句子要读的值的个数不同;消息列出了每个分句读什么。",
                 "每个要读的值在冒号前给一个事实名称,按分句顺序排列;jdscore try \"句子\" 列出要读的值。",
                 "中央媒体消息数: 中央媒体每篇计3分、省级媒体每篇计1分     # 读两个值,只给了一个事实"),
    "E204": Code("数值无法精确表示", "number not exactly representable",
                 "需要分值的地方写了一个不是有限小数的数(如 三分之一),或者一个超过 24 个字符的数。",
                 "把分值写成有限小数(如 0.33),并确认数字没有多打。"),
    "E205": Code("缺少应完成的次数", "deficit rule without a required count",
                 "“每少…扣…”这样按缺少次数扣分的句子,没有说明一共应完成多少。",
                 "写明要求,如 每月开展1次、应开展4次,jdscore 才能算出少了几次。",
                 "检查次数: 每少1次扣0.5分"),
    "E206": Code("“每低…”之前没有达标线", "shortfall without a threshold",
                 "“每低1%扣…”之前既没有达标线也没有起扣的分值,不知道从哪里开始算低了多少。",
                 "写明达标线和它的分值,如 不低于95%的,得2分;每低1%,扣0.2分。",
                 "尿检率: 每低1%扣0.2分"),
    "E207": Code("逐条分档需要记录列表", "per-record tiers need a list of records",
                 "逐条按属性分档的规则(如 每条阅读量5—10万的…)读的事实不是记录列表。",
                 "规则行写作 消息[阅读量]: …,事实文件里给出记录列表,如 [{阅读量: 62000}, {阅读量: 150000}]。",
                 "消息: 每条阅读量5—10万的,每次计0.1分;超过10万的,每次计0.2分     # 应写 消息[阅读量]: …"),
    "E208": Code("评定项缺少分值范围", "judged item without a range",
                 "由考评组评定的项目既没有写分值范围(如 评定(0—2分)),也没有本项分值可用。",
                 "写明范围,如 由考评组评定(0—2分),或给所在项目写上分值。",
                 "评定 工作实绩: 由考评组评定     # 写在最外层,没有分值"),
    "E209": Code("比较方向矛盾", "contradictory comparison",
                 "同一个数值前后的比较词方向相反(如 超过…以下),或者数值旁只有(含)/(不含)而没有比较词。",
                 "保留一个方向的比较词: 以上/超过 或 以下/低于。",
                 "达标率: 超过90%以下的,计1分"),
    "E210": Code("无法取反的条件", "condition cannot be negated",
                 "“未…”后面是一个区间,取反后是两段,无法作为一个条件。",
                 "把两段分开写成两个分句,各自给分。"),
    "E211": Code("表头重复声明", "header declared twice",
                 "考评、年度、满分、边界等表头行写了两次。",
                 "删掉多余的一行(留下正确的那一行)。",
                 "满分 100\n满分 120"),
    "E212": Code("总分公式有误", "invalid total formula",
                 "“总分 =”公式引用了不存在的部分,或者引用了加分项/扣分项之外不能相加的分组。",
                 "公式只能用 基础分、加分、扣分、附加分 和带引号的最外层标题。"),
    "E213": Code("指标定义有误", "invalid metric",
                 "“指标”行的公式有误,或者指标被用在要求数量或是/否的地方。",
                 "指标是算出来的数(如率),只能用在比较数值的规则里;公式只用 + - × ÷ 和括号。"),
    "E214": Code("等级划分有误", "invalid grade bands",
                 "等级的写法读不懂,或者等级块里有读不懂的一行。",
                 "每个等级写作 优秀: 90分以上 这样的一行,最后一个可以写 其余;也可以照抄原文的一句等级划分。",
                 "等级 {\n  优秀: 工作突出     # 没有分数条件\n  合格: 其余\n}"),
    "E215": Code("一票否决规则有误", "invalid veto rule",
                 "一票否决块里的规则不是是/否判断,或者定为的等级不存在。",
                 "一票否决块里每行写一个是/否事实;定为 后面的等级要在 等级 里定义过。",
                 "一票否决 定为 差 {     # 等级里没有“差”\n  发生案件: 发生重大涉毒案件的,一票否决\n}"),
    "E216": Code("分组声明有误", "invalid group",
                 "分组写在了不允许的位置,例如 加分项、扣分项、一票否决 写在了别的分组里面。",
                 "加分项、扣分项、一票否决 只能写在最外层。"),
    "E217": Code("达标行写了分值", "a requirement line states points",
                 "以 达标 开头的行只判断达标与否、不计分,却写了分值。",
                 "要计分就去掉 达标 二字,写成普通规则行;不计分就删掉句中的分值。",
                 "达标 尿检率: 尿检率达80%以上,计2分"),
    "E218": Code("句子中有没读懂的分值或计分词", "words of a sentence left unread",
                 "句子读完后还剩下没有被任何分句用到的分值、带计量单位或 % 的数,或计分词(如 加倍扣分),jdscore 不会只读懂一半就计分。",
                 "用 jdscore try \"句子\" 看哪部分没读懂;改写这部分,或把它拆成单独的规则行。",
                 "问题数: 每发现一处问题扣0.5分,未整改的加倍扣分"),
    "E219": Code("一句规则分档过多", "too many tiers in one sentence",
                 "一句规则的分档、名次、等级或列出的值超过 100 个,真实细则一句只有几个。",
                 "检查这一行是否把多句话连在了一起,把它拆成几行。"),
    "E220": Code("事实声明有误", "invalid fact declaration",
                 "表头的“事实 名称: 比率, …”声明写错了: 同一个事实声明了两次,或比率的上限不大于 0%。",
                 "每个事实只声明一次;上限写成 最高150%,不设上限写 可超过100%。",
                 "事实 到场率: 比率, 最高0%"),
    # E3xx/W3xx: consistency of a rubric (the checks of `jdscore check`)
    "W301": Code("下级分值之和小于本项分值", "children sum below the declared points",
                 "一个项目写的分值,比它下面各项最多能得的分之和还高: 这个项目永远拿不到满分。",
                 "核对下级各项的分值,或改正本项分值;确属原文如此,可在该行写 # jdscore: 忽略 W301。"),
    "E302": Code("下级分值之和大于本项分值", "children sum above the declared points",
                 "一个项目下面各项最多能得的分加起来超过了它写的分值。",
                 "改正下级的分值,或给本项加上封顶。"),
    "W303": Code("封顶分高于本项分值", "cap above the item's points",
                 "规则句里的封顶分(最高计几分)比所在项目的分值还高,封顶不起作用。",
                 "把封顶改为不超过本项分值,或改正本项分值。"),
    "W304": Code("满分与各项分值之和不符", "full marks differ from the sum of items",
                 "表头的 满分 与最外层各项分值之和不相等。",
                 "改正 满分 或各大项的分值。"),
    "E305": Code("引用了未定义的名称", "undefined name",
                 "总分公式或指标里用了一个没有定义的标题或指标名称。",
                 "检查名称是否写错;标题要与分组的标题一字不差(带引号)。",
                 "总分 = \"宣传\" + \"培训\"     # 没有标题为“培训”的最外层分组"),
    "W306": Code("指标已定义但未使用", "metric defined but unused",
                 "定义了一个指标,但没有任何规则读它;采集表仍会要求填写它的数据。",
                 "删掉这个指标,或在规则行冒号前使用它的名称。"),
    "E307": Code("同一名称被当作两种数据", "one name used as two kinds",
                 "同一个事实名称一处当作数量,另一处当作比率或是/否;事实文件里一个名称只能有一个值。",
                 "给其中一处换个名称。"),
    "W308": Code("同一分组内标题重复", "duplicate title in one group",
                 "同一个分组里有两个标题相同的项目,结果和对比里无法区分它们。",
                 "改个标题(通常是粘贴了两次)。"),
    "W309": Code("扣分不设下限时本项可能得负分", "deductions can take an item below 0 (扣分 不设下限, 倒扣)",
                 "表头写了 扣分 不设下限(或句中写了倒扣、直至负分),而这一项的扣分可能超过它的分值,得到负分。",
                 "确认负分是本意;否则去掉 扣分 不设下限(或句中的倒扣),或给扣分加上限(扣完为止)。"),
    "W310": Code("计分没有上限", "award without an upper limit",
                 "按数量计分的规则既没有封顶,外面的分组也没有写分值,得分可以无限增长。",
                 "加上封顶(最高计几分),或给所在项目写上分值。"),
    "W311": Code("分档之间有空档", "gap between tiers",
                 "两档之间的一些取值不属于任何一档,只能得 0 分。",
                 "调整分界点或边界词(以上/超过、(含)/(不含)),让相邻两档首尾相接。"),
    "W312": Code("两档的条件重叠", "overlapping tiers",
                 "一个取值同时符合两档,jdscore 取对被考评单位有利的一档。",
                 "写明分界点属于哪一档: 把 以上 改为 超过,或加 (含)/(不含)。"),
    "W313": Code("永远用不上的一档", "tier that never applies",
                 "有一档的条件不可能成立,或者符合它时总有更好的一档也成立,这一档永远用不上。",
                 "检查这一档的分界点或分值是否写反。"),
    "W314": Code("有的总分不属于任何等级", "totals in no grade band",
                 "在能达到的总分范围内,有的总分不属于任何等级。",
                 "让相邻等级首尾相接(以上包括本数,以下不包括本数),或用 其余 兜底。"),
    "W315": Code("两个等级的条件重叠", "overlapping grade bands",
                 "一个总分同时符合两个等级,按先写的评定。",
                 "写明分界点属于哪个等级: 把 以上 改为 超过,或用符号写区间(如 80分≤总分<90分)。"),
    "W316": Code("永远评不上的等级", "grade band that is never given",
                 "这个等级的总分范围在能达到的总分之外,或者已被前面的等级占去。",
                 "检查等级的分界点和满分。"),
    "W317": Code("满分达不到", "full marks unreachable",
                 "各项最多能得的分加起来不到表头的满分。",
                 "改正满分,或补上缺的项目分值。"),
    "W318": Code("加分项中的一项超过加分上限", "bonus item above the bonus cap",
                 "加分项里的一项能给的分比整个加分项的上限还高。",
                 "核对这一项和加分上限。"),
    "W319": Code("加分上限达不到", "bonus cap unreachable",
                 "加分项里各项加起来也到不了加分上限。",
                 "核对加分上限和各加分项的分值。"),
    "E320": Code("指标重复定义", "metric defined twice",
                 "同一个指标名称定义了两次。",
                 "删掉其中一个,或给它换个名称。"),
    "W321": Code("同一个是/否事实被读成相反的意思", "one yes/no fact read with opposite meanings",
                 "同一个是/否事实,一行规则里回答“是”得分,另一行里回答“是”却扣分(如 印制…计1分 和 未印制…扣1分): 无论填什么,总有一行算错。",
                 "给扣分那一行的事实另起一个名称(如 未印制宣传册),或把两行写成一句: 印制…的,计1分;未印制的,扣1分。",
                 "印制宣传册: 印制禁毒宣传册的,计1分\n印制宣传册: 未印制禁毒宣传册的,扣1分"),
    "W322": Code("忽略注释里的代码不能忽略", "a suppression names a code that cannot be suppressed",
                 "行尾的 # jdscore: 忽略 … 注释里写了一个不存在的代码,或一个不能忽略的代码(错误永远不能忽略,只有 jdscore rules 列出的警告可以)。",
                 "改成要忽略的警告代码(jdscore rules 列出全部检查);错误请改正细则本身。",
                 "项目 \"宣传\" 2分 {  # jdscore: 忽略 W999"),
    "W323": Code("声明了没有规则读取的事实", "declared fact never read",
                 "表头声明了一个事实的范围(事实 …: 比率, 可超过100%),但没有任何规则行读取这个名称(改了名或删了行),声明不起作用。",
                 "把声明里的名称改成规则行冒号前的名称,或删掉这一行。",
                 "事实 床位使用率: 比率, 可超过100%\n项目 \"场所\" 1分 {\n  床位利用率: 床位利用率达到95%以上的,计1分\n}"),
    "E325": Code("扣分项里的规则会加分", "a rule in 扣分项 gives points",
                 "扣分项只减分;这一行是加分(得20分、每条计1分),它的分数不会计入,总分悄悄少算。",
                 "写成扣分(如 扣20分),或把这一行移到项目或加分项里。"),
    "W324": Code("超过比率上限的部分才计分", "steps above a rate's range",
                 "规则按超过某个比率的部分计分(每超过1%加1分),但这个比率最高只能填到那里: 比率默认不超过 100%,除非表头声明。",
                 "在细则开头声明: 事实 名称: 比率, 可超过100%;或核对这一句的门槛。",
                 "完成率: 完成率达到100%的,得25分,每超过1%加1分,最高加至30分"),
    "E327": Code("等级按得分率划分却没有满分", "grade bands of a share with no full marks",
                 "等级按得分率(总分占满分的百分比)划分,细则没有写满分: 总分换算不成得分率,每个单位都会评成最高等级。",
                 "在细则开头写明满分(如 满分 100);或把等级写成分数(如 90分以上为优秀)。",
                 "等级: 得分率90%以上为优秀,80%至90%为良好,其余为一般"),
    "W326": Code("一行规则能给的分高于本项分值", "a line can give more than its item's points",
                 "这一行能给的分(如 得5分)高于所在项目的分值(如 3分): 单位最多只得本项分值,多出的分悄悄作废。",
                 "核对这一行的分值和本项分值,改成一致。",
                 "项目 \"禁毒宣传\" 3分 {\n  宣传活动: 组织开展宣传活动的,得5分\n}"),
    # E4xx: facts files
    "E401": Code("事实文件不是合法的 YAML", "facts file is not valid YAML",
                 "事实文件的 YAML 语法有误(缩进、冒号、引号)。",
                 "看行列号指的位置;冒号后要有空格,同一层的键要对齐;或改用 jdscore template 生成的采集表。"),
    "E402": Code("事实文件结构有误", "facts file has the wrong shape",
                 "事实文件不是 rubric:/units: 的结构,或者某处该是映射的地方写成了列表或值。",
                 "照 jdscore template 细则.jd 生成的骨架填写: units 下每个单位一个映射。"),
    "E403": Code("未知的事实名称", "unknown fact",
                 "单位下写了一个细则不读的事实名称(常是打错字),消息里有最接近的名称。",
                 "改成细则规则行冒号前的名称;jdscore template 列出全部名称。",
                 "units:\n  张庄村:\n    尿检缺人数: 2     # 细则读的是 尿检缺人次"),
    "E404": Code("缺少事实", "missing fact",
                 "细则要读的某个事实,这个单位没有给出。没有数据时不能空着,jdscore 不会当作 0。",
                 "补上这个事实;确实没有上报的写 缺报(在加分里得 0 分,在扣分里本项得 0 分)。",
                 "units:\n  张庄村:\n    强戒案件数: 5     # 细则还读 尿检缺人次,这里没有"),
    "E405": Code("事实的类型不对", "wrong type",
                 "值的类型与细则读它的方式不符: 要数量却写了文字,要是/否却写了数字等。",
                 "数量写数字,比率写 87% 或 0.87,是/否写 是 或 否。",
                 "    尿检缺人次: 两次     # 应写 2"),
    "E406": Code("数量不能为负", "negative count",
                 "数量类的事实写了负数。",
                 "改成 0 或正数。",
                 "    尿检缺人次: -2"),
    "E407": Code("比率超过 100%", "rate above 100%",
                 "比率写了超过 100% 的值(或超过细则声明的上限),而细则没有声明这个比率可以超过 100%;比率的范围只看声明,不看规则句的门槛。",
                 "检查是否把数量填进了比率格,或把 87 写成了 87%(0.87);这个比率确实可以超过 100% 时,在细则开头声明: 事实 名称: 比率, 可超过100%。",
                 "    年保持率: 870%     # 应为 87%"),
    "E408": Code("评定分超出范围", "judged amount out of range",
                 "考评组评定的分数超出了规则写的范围。",
                 "改成范围内的分数(范围见消息,或 jdscore try \"句子\")。"),
    "E409": Code("事实未填写", "empty value",
                 "事实写了名称却没有值(YAML 里冒号后为空,或表格的格子是空的)。",
                 "填上值;确实没有上报的写 缺报。",
                 "    尿检缺人次:          # 冒号后没有值"),
    "E410": Code("找不到该单位", "unknown unit",
                 "命令行 --unit 给的单位名称(或测试用例里的单位)不在事实文件里,消息里有最接近的名称。",
                 "照事实文件里的写法给出单位名称。",
                 "jdscore score facts.yaml --unit 程寨     # 事实文件里是 程寨村"),
    "E411": Code("小数位数过多", "too many decimal places",
                 "值的小数位数超过了 jdscore 精确计分能保留的位数。",
                 "把值四舍五入到合理的位数。"),
    "E412": Code("YAML 结构过大或嵌套过深", "YAML too large or too deep",
                 "事实文件嵌套超过 50 层,或 YAML 别名展开后超过写出的值的 50 倍(常是恶意或损坏的文件)。",
                 "按 jdscore template 的骨架重写这个文件,不要用别名(& 和 *)。"),
    "E413": Code("重复的键", "duplicate key",
                 "同一个单位或事实写了两次(YAML 的键,或表格的行、列)。",
                 "删掉重复的一处,或合并它们。",
                 "  程寨村:\n    尿检缺人次: 2\n    尿检缺人次: 3"),
    "E414": Code("细则文件有错误", "the rubric has errors",
                 "事实文件指明的细则有错误,无法计分。",
                 "先运行 jdscore check 细则.jd 并改正其中的错误。"),
    "E415": Code("扣分项不能缺报", "a deduction fact cannot be missing",
                 "扣分项里的事实写了 缺报;扣分项没有可以归零的分值,缺报无法计分。",
                 "填上实际的数(没有发生就写 0 或 否)。"),
    "E416": Code("事实的值过大", "value too large",
                 "值达到或超过 10^15,不是真实的统计数据。",
                 "检查是否多打了数字,或把别的数据粘贴了进来。"),
    "E417": Code("单位名称过长", "unit name too long",
                 "单位名称超过 100 个字符,会在每条有关它的消息里重复。",
                 "用单位的正式简称。"),
    "E418": Code("数值没有写明万、亿", "magnitude not written",
                 "规则按万元、亿元这样的单位比较(达到5万元),事实只写了数字,看不出是元还是万元。",
                 "在数字后写明单位,例如 8万、8万元 或 80000元;0 可以直接写。",
                 "  程寨村:\n    村集体经营性收入: 8"),
    # E5xx: `jdscore try`
    "E501": Code("无法理解这句规则", "sentence not understood",
                 "jdscore try 读不懂给出的句子(退出码 2)。",
                 "看错误指的位置;按 README 里的写法改写后再试。"),
    "E502": Code("给出的值个数不对", "wrong number of values",
                 "jdscore try 给出的值与句子要读的值个数不同。",
                 "不给值运行一次 jdscore try \"句子\",它列出要读的值及其顺序。",
                 "jdscore try \"中央媒体每篇计3分、省级媒体每篇计1分\" 2     # 要两个值"),
    "E503": Code("无法读取给出的值", "unreadable value",
                 "jdscore try 给出的某个值读不出来(如要数量却给了文字)。",
                 "数量写数字,比率写 85% 或 0.85,是/否写 是 或 否。"),
    # E6xx: diff, template, render and spreadsheet facts files
    "E601": Code("细则有错误,无法比较或生成", "the rubric has errors",
                 "给 diff、template 或 render 的细则有错误(错误列在它上面)。",
                 "先用 jdscore check 改正细则里的错误。"),
    "E602": Code("表格文件无法读取", "spreadsheet unreadable",
                 "工作簿、CSV 或 Parquet 文件读不了: 不是 .xlsx、已损坏、有密码、过大、一行过长、行数过多、既不是 UTF-8 也不是 GBK;或者是别的表格格式(.xls、.et、.ods、.xlsb)。",
                 "用 Excel 或 WPS 打开后另存为 .xlsx;CSV 请存为 UTF-8。"),
    "E603": Code("表格结构有误", "spreadsheet has the wrong layout",
                 "采集表的版式不对: 没有以 单位 开头的表头行、某行没有单位名称、有值的列没有表头、没有指明细则。",
                 "用 jdscore template 细则.jd --format xlsx 生成的采集表填写,不要删改表头。"),
    "E604": Code("单元格的值无法读取", "unreadable cell value",
                 "某个单元格的值读不出来: 该填数字的地方是日期、列表写法不对,或是公式的错误值(#REF!、#N/A 等)。",
                 "把这个格子改成普通的数字或文字;公式出错的先在表格里改正。"),
    "E605": Code("该格式需要输出文件", "this format needs an output file",
                 "xlsx、docx 这类二进制输出不能显示在终端上。",
                 "用 -o 指定输出文件,例如 -o 采集表.xlsx。"),
    # E7xx: rubric test cases, `jdscore test`
    "E701": Code("测试结果与预期不符", "test result differs from the expected",
                 "测试用例里某个单位的总分、等级、名次或项目得分与实际计分不同。",
                 "核对手工算的预期和细则: 是细则改了,还是预期算错了;用 jdscore score --explain 看逐条得分。",
                 "units:\n  程寨村:\n    total: 21.5     # 实际 21"),
    "E702": Code("测试用例文件有误", "invalid test case file",
                 "测试用例文件(expected.yaml)写法不对,或目录下没有找到测试用例。",
                 "按 README“Rubric test cases”一节的格式写: facts:,units: 下每个单位的 total、rank 等。"),
    # E8xx: importing a document, `jdscore import`
    "E801": Code("文档无法读取", "document unreadable",
                 "文档已损坏,或者文本文件既不是 UTF-8 也不是 GBK(退出码 2)。",
                 "用 Word 或 WPS 打开后另存为 .docx,或把文本另存为 UTF-8。"),
    "E802": Code("不支持的文档格式", "unsupported document format",
                 "jdscore import 不读这种格式(如 .pdf、.doc)。",
                 "另存为 .docx,或把内容粘贴成 .txt。"),
    "E803": Code("文档中没有找到考评内容", "no rubric content found in the document",
                 "文档里没有找到项目、分值或计分句。",
                 "确认给的是考评细则本身(带评分表或“…得/扣…分”的条文),而不是通知正文。"),
    # E9xx: jdscore itself
    "E900": Code("jdscore 内部错误", "internal error",
                 "jdscore 自身的缺陷,不是输入有误(退出码 3)。",
                 "加 --debug 重新运行,把输出和用到的文件报告给维护者。"),
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
        return title(self.code)

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
            "english": self.english or english_title(self.code),
            "hint": self.hint,
            "location": self.span.to_dict() if self.span else ({"file": self.file} if self.file else None),
            "notes": list(self.notes),
        }


def title(code: str) -> str:
    """The code's short Chinese name ('' for a code not in the catalogue)."""
    known = CATALOGUE.get(code)
    return known.title if known else ""


def english_title(code: str) -> str:
    known = CATALOGUE.get(code)
    return known.english if known else ""


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
