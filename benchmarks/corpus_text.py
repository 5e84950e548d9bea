"""Chinese page text for the benchmark corpus, from word lists and sentence templates with a seeded RNG.

Every sentence here was written for this project (no real document is copied). Two body styles:

- news:   工作动态 paragraphs, about 4 KB, full of numbers a detector must leave alone (dates, 订单号,
          统一社会信用代码, landlines, the 12345 hotline, amounts, masked IDs in 公示 tables);
- policy: 政策文件 text, about 12 KB, 第一条/第二条 articles that cite regulations and quote the secrecy law
          often (保守国家秘密, 国家秘密的密级分为绝密、机密、秘密三级, 机密级事项, 工作秘密, 内部事务 …),
          which a 密级 detector must not mistake for a mark.

A page may also carry a planted leak (a real-looking ID number, mobile and bank card); the caller decides
which pages and records what was planted.
"""

from __future__ import annotations

import datetime as dt
import random
import string
from collections.abc import Callable
from dataclasses import dataclass

from benchmarks import personal

# ---- vocabulary ----------------------------------------------------------------------------------

PLACES = ("观音桥街道", "华新街街道", "五里店街道", "江北城街道", "石马河街道", "大石坝街道", "寸滩街道",
          "郭家沱街道", "铁山坪街道", "鱼嘴镇", "复盛镇", "五宝镇")
DEPTS = ("区发展改革委", "区教委", "区科技局", "区经济信息委", "区民政局", "区司法局", "区财政局", "区人力社保局",
         "区规划自然资源局", "区生态环境局", "区住房城乡建委", "区城市管理局", "区交通局", "区水利局",
         "区农业农村委", "区商务委", "区文化旅游委", "区卫生健康委", "区应急局", "区审计局", "区市场监管局",
         "区统计局", "区医保局", "区政务服务办", "区大数据发展局", "区退役军人事务局", "区国资委", "区林业局")
TASKS = ("安全生产", "优化营商环境", "城市更新", "老旧小区改造", "生活垃圾分类", "河长制", "乡村振兴", "稳岗就业",
         "养老服务", "消防安全", "食品安全", "防汛抗旱", "森林防火", "政务公开", "数字政府建设", "招商引资",
         "重点项目建设", "生态环境保护", "文明城市创建", "基层治理", "为民办实事", "助企纾困", "社区服务",
         "义务教育", "医疗保障", "公共文化服务", "市容环境整治", "交通秩序整治", "燃气安全", "电梯安全")
VERBS = ("扎实推进", "统筹推进", "持续深化", "全面加强", "切实抓好", "大力实施", "稳步推进", "着力做好")
MEETINGS = ("专题会议", "推进会", "调度会", "现场会", "座谈会", "培训会", "联席会议", "工作例会")
LEADERS = ("区长", "常务副区长", "分管副区长", "区政府党组成员", "区政府办公室主任")
ACTIONS = ("专项检查", "集中整治", "督导检查", "宣传活动", "入户走访", "应急演练", "业务培训", "联合执法")
GOALS = ("确保各项任务按期完成", "切实增强群众获得感", "守住安全底线", "推动工作提质增效", "形成长效管理机制",
         "确保取得实效", "为全区高质量发展提供有力保障", "不断提升治理水平")
COUNTS = ("家", "个", "处", "件", "人次", "户", "场次", "项")
DOCTYPES = ("实施方案", "管理办法", "实施细则", "工作方案", "若干措施", "实施意见", "工作规则")
LAWS = ("《中华人民共和国政府信息公开条例》", "《中华人民共和国保守国家秘密法》", "《中华人民共和国安全生产法》",
        "《优化营商环境条例》", "《中华人民共和国行政许可法》", "《中华人民共和国预算法》", "《党政机关公文处理工作条例》",
        "《重庆市政务信息资源共享管理办法》", "《中华人民共和国个人信息保护法》", "《中华人民共和国数据安全法》")
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
TOPICS = ("综合政务", "经济管理", "城乡建设、环境保护", "劳动、人事、监察", "科技、教育", "卫生、体育",
          "民政、扶贫、救灾", "商贸、海关、旅游", "财政、金融、审计", "农业、林业、水利", "工业、交通",
          "公安、安全、司法")
KEYWORDS = ("安全生产", "营商环境", "城市更新", "政务公开", "民生保障", "乡村振兴", "就业", "养老", "消防",
            "防汛", "招商引资", "生态环境", "基层治理", "社区服务", "项目建设", "公共服务")

# ---- sentence templates --------------------------------------------------------------------------
# Fields: {place} {dept} {task} {task2} {verb} {meeting} {leader} {action} {goal} {count} {law} {y} {m}
# {d} {n} {n2} {pct} {amt} {tel} {order} {credit} {code} {person} {mid} {mmob} {docno} {zip}

NEWS = (
    "{m}月{d}日，{leader}主持召开{task}工作{meeting}，听取{dept}等单位工作情况汇报，研究部署下一阶段重点任务。",
    "会议指出，要坚持问题导向，{verb}{task}各项工作，{goal}。",
    "会议强调，各镇街、各部门要压实属地责任和行业监管责任，对排查发现的问题建立台账、限期整改、逐项销号。",
    "近日，{place}联合{dept}开展{task}{action}，共检查各类经营场所{n}{count}，督促整改问题隐患{n2}处。",
    "截至{y}年{m}月{d}日，全区累计完成{task}相关投资{amt}万元，同比增长{pct}%。",
    "活动现场，工作人员向过往群众发放宣传资料{n}份，解答群众咨询{n2}人次，受到居民普遍欢迎。",
    "{place}坚持“一线工作法”，组织党员干部深入楼栋院落，面对面倾听群众意见，现场解决实际问题{n2}件。",
    "据统计，今年以来全区12345政务服务便民热线共受理{task}类诉求{n}件，按时办结率达{pct}%。",
    "群众如有意见建议，可拨打咨询电话023-{tel}，或拨打12345政务服务便民热线反映。",
    "下一步，{dept}将持续{verb}{task}工作，进一步完善工作机制，{goal}。",
    "{dept}相关负责人介绍，本次{action}采取“四不两直”方式进行，重点检查制度落实、隐患排查和应急处置等情况。",
    "项目总投资约{amt}万元，建设周期{n2}个月，建成后可惠及周边居民{n}户。",
    "该项目政府采购订单号为{order}，中标单位统一社会信用代码为{credit}，合同金额{amt}.{n2}万元。",
    "会议时间为{y}-{m2}-{d2} 09:30，地点在区行政中心{n2}号会议室，邮政编码{zip}。",
    "培训中，授课老师结合典型案例，围绕{task}的政策要点和操作流程进行了详细讲解，参训人员{n}人次。",
    "{place}将{task}与基层治理有机结合，探索形成了“街道吹哨、部门报到”的联动工作模式。",
    "通过此次{action}，进一步增强了辖区单位和居民的{task}意识，营造了全社会共同参与的良好氛围。",
    "今年以来，全区新增市场主体{n}户，其中企业{n2}户，实际利用内资{amt}万元。",
    "{leader}一行先后来到{place}、{place2}，实地察看{task}推进情况，详细了解存在的困难和问题。",
    "他强调，要把{task}作为重要的民生工程来抓，倒排工期、挂图作战，{goal}。",
    "本次共派出检查组{n2}个，出动执法人员{n}人次，立案查处违法行为{n2}起，罚没款{amt}元。",
    "{dept}已于{y}年{m}月{d}日在区政府门户网站公布办理结果，项目编号JB-{y}-{m2}{d2}-{code}。",
    "下阶段，{place}将继续深化“五长制”网格化管理，推动{task}工作常态化、长效化。",
    "全年计划完成{task}项目{n2}个，目前已开工{n2}个，完成年度投资计划的{pct}%。",
    "服务窗口工作时间为工作日上午9:00—12:00、下午14:00—18:00，咨询电话023-{tel}。",
    "据介绍，{y}年全区共发放各类补贴资金{amt}万元，惠及困难群众{n}人次。",
    "该平台上线以来累计访问量达{n}{n2}次，线上办理事项占比提升至{pct}%。",
    "有关单位要严格落实信息报送制度，每月{d}日前将工作进展报送至{dept}，联系电话023-{tel}。",
)
# 公示 tables: the personal numbers in them are masked, as a correct page has them.
TABLE_HEAD = "| 序号 | 姓名 | 性别 | 身份证号 | 联系电话 | 补贴金额（元） |\n|---|---|---|---|---|---|"
TABLE_ROW = "| {i} | {person} | {sex} | {mid} | {mmob} | {amt}.00 |"

POLICY_OPENING = (
    "各镇人民政府、街道办事处，区政府各部门，有关单位：",
    "各镇人民政府、街道办事处，区级有关部门，有关单位：",
)
POLICY_INTRO = (
    "为进一步{verb}{task}工作，根据{law}等有关规定，结合我区实际，{dept}研究制定了《江北区{task}{doctype}》，"
    "经区政府同意，现印发给你们，请认真贯彻执行。",
    "《江北区{task}{doctype}》已经区政府第{n2}次常务会议审议通过，现印发给你们，请结合实际认真抓好落实。",
)
CHAPTERS = ("总则", "职责分工", "工作要求", "审核程序", "保密管理", "监督检查", "责任追究", "附则")
ARTICLES = (
    "为了规范{task}工作，提高行政效能，根据{law}{law2}等法律法规，结合本区实际，制定本办法。",
    "本办法适用于本区各级行政机关和法律、法规授权的具有管理公共事务职能的组织开展的{task}工作。",
    "{dept}是本区{task}工作的主管部门，负责统筹协调、指导监督全区{task}工作。",
    "各镇人民政府、街道办事处负责本辖区内的{task}工作，明确专人负责，落实工作经费。",
    "各单位应当建立健全{task}工作制度，明确工作流程和责任分工，确保各项工作规范有序开展。",
    "行政机关公开政府信息，应当坚持以公开为常态、不公开为例外，遵循公正、公平、合法、便民的原则。",
    "拟公开的政府信息，应当依照{law}和国家有关规定进行审查，不能确定是否可以公开的，应当报有关主管部门确定。",
    "依法确定为国家秘密的政府信息，法律、行政法规禁止公开的政府信息，以及公开后可能危及国家安全、公共安全、"
    "经济安全、社会稳定的政府信息，不予公开。",
    "涉及商业秘密、个人隐私等公开会对第三方合法权益造成损害的政府信息，行政机关不得公开，"
    "但第三方同意公开或者行政机关认为不公开会对公共利益造成重大影响的，予以公开。",
    "行政机关的内部事务信息，包括人事管理、后勤管理、内部工作流程等方面的信息，可以不予公开。",
    "行政机关在履行行政管理职能过程中形成的讨论记录、过程稿、磋商信函、请示报告等过程性信息，可以不予公开。",
    "各单位应当于每年{m}月{d}日前，将上一年度{task}工作情况报送{dept}，并按规定向社会公开。",
    "对在{task}工作中成绩突出的单位和个人，按照国家和本市有关规定给予表彰奖励。",
    "违反本办法规定，未履行{task}工作职责的，由{dept}责令改正；情节严重的，依法依规追究相关人员责任。",
    "申请补助资金的单位应当提交申请书、项目实施方案、资金使用计划等材料，补助标准最高不超过{amt}万元。",
    "对符合条件的企业，按照实际投资额的{pct}%给予一次性补助，单个企业年度补助总额不超过{n2}0万元。",
    "各单位要加强对{task}工作的组织领导，主要负责同志亲自抓，分管负责同志具体抓，确保责任落实到人。",
    "{dept}应当会同有关部门建立{task}工作联席会议制度，定期研究解决工作中的重大问题。",
    "本办法所称{task}，是指行政机关依照法定职责，对{task2}相关事项进行管理和服务的活动。",
    "政策咨询电话：023-{tel}（工作日上午9:00—12:00，下午14:00—17:30），监督电话：12345。",
    "本办法由{dept}负责解释，自{y}年{m}月{d}日起施行，有效期{n2}年。",
    "原《江北区{task}{doctype}》（{docno}）同时废止。",
)
# The secrecy law and the secrecy review, quoted or paraphrased: public text that names 密级 words.
SECRECY = (
    "各单位应当依照《中华人民共和国保守国家秘密法》的规定，保守国家秘密，严格执行保密审查制度。",
    "依照保守国家秘密法的规定，国家秘密的密级分为绝密、机密、秘密三级。",
    "绝密级国家秘密是最重要的国家秘密，泄露会使国家安全和利益遭受特别严重的损害；机密级国家秘密是重要的国家秘密，"
    "泄露会使国家安全和利益遭受严重的损害；秘密级国家秘密是一般的国家秘密。",
    "机密级事项和秘密级事项的知悉范围，应当根据工作需要限定在最小范围。",
    "涉及工作秘密的事项，按照工作秘密管理的有关规定办理，不得在政府网站和政务新媒体发布。",
    "属于国家秘密的文件、资料和其他物品，应当依照规定标明密级、保密期限和知悉范围。",
    "行政机关应当建立健全政府信息公开保密审查机制，未经保密审查的信息不得公开发布。",
    "各单位在发布信息前，应当对拟公开的信息是否涉及国家秘密、工作秘密、商业秘密和个人隐私进行审查。",
    "不能确定是否涉及国家秘密的，应当依照法律、法规和国家有关规定报有关主管部门或者保密行政管理部门确定。",
    "行政机关内部事务信息和过程性信息，依照条例第十六条的规定可以不予公开。",
    "机关、单位对所产生的国家秘密事项，应当按照国家秘密及其密级的具体范围的规定确定密级，同时确定保密期限和知悉范围。",
    "保密期限已满的，自行解密；不需要继续保密的，应当及时解除密级。",
    "严禁在互联网和政务内网之间交叉使用移动存储介质，严禁将涉密信息存储在非涉密计算机上。",
)
WECHAT = (
    "想了解{task}的最新政策？跟着小编一起来看看吧！",
    "**第{cn}步**：登录“渝快办”，进入{task}专区，按照提示填写相关信息。",
    "线上审核通过后，可选择免费邮寄或到区政务服务中心窗口领取，全程“零跑腿”。",
    "办理中遇到问题，可拨打区政务服务中心咨询电话023-{tel}，或拨打12345热线。",
    "{place}的“家门口服务站”已经开放啦，{task}相关事项在家门口就能办。",
    "据统计，今年以来已有{n}位市民通过线上渠道办理了相关业务，平均办理时间缩短{pct}%。",
)
LEAK = (
    "经核实，申请人{person}（身份证号：{id18}，联系电话：{mobile}）符合补贴发放条件，补贴资金{amt}元"
    "已转入其银行卡（卡号：{card}）。"
)

# ---- titles and metadata by column kind ------------------------------------------------------------

TITLES: dict[str, tuple[str, ...]] = {
    "news": ("{place}{verb}{task}工作", "区政府召开{task}工作{meeting}", "{dept}开展{task}{action}",
             "我区{task}工作取得阶段性成效", "{leader}调研{place}{task}工作", "{place}：{task}跑出“加速度”"),
    "notice": ("{issuer}关于开展{y}年度{task}工作的通知", "关于{task}有关事项的公告", "{dept}关于征求《江北区{task}{doctype}》意见的公告",
               "关于做好{y}年{task}工作的通知", "关于{place}{task}项目的公示"),
    "policy": ("{issuer}关于印发《江北区{task}{doctype}》的通知", "江北区{task}{doctype}",
               "{issuer}关于进一步加强{task}工作的实施意见", "关于{verb}{task}的意见"),
    "personnel": ("{dept}{y}年公开招聘事业单位工作人员拟聘用人员公示", "关于{person}等同志任职前公示的公告",
                  "{dept}{y}年公开遴选公务员拟遴选人员公示"),
    "newmedia": ("一图读懂｜{task}", "江北{task}，这些变化你知道吗？", "{place}：家门口的{task}新体验",
                 "收藏！{task}办事指南来了"),
}
GENRES = {"news": "工作动态", "notice": ("通知", "公告"), "policy": ("通知", "意见", "办法", "方案"),
          "personnel": "公示", "newmedia": "政务新媒体"}
NOTES = {"主动公开": "（此件公开发布）", "依申请公开": "（此件依申请公开）", "不予公开": "（此件不予公开）"}
REASONS = {
    "依申请公开": (
        "涉及特定权利人的个人隐私，依据《中华人民共和国政府信息公开条例》第十五条不主动公开，仅向申请人依法答复",
        "只涉及部分人和事，对特定对象有特殊作用，依据《中华人民共和国政府信息公开条例》第十五条依申请公开",
    ),
    "不予公开": (
        "属于行政机关内部事务信息，依据《中华人民共和国政府信息公开条例》第十六条第一款，可以不予公开",
        "属于讨论记录等过程性信息，依据《中华人民共和国政府信息公开条例》第十六条第二款，可以不予公开",
        "公开后可能危及公共安全，依据《中华人民共和国政府信息公开条例》第十四条不予公开",
        "涉及商业秘密，公开会对第三方合法权益造成损害，依据《中华人民共和国政府信息公开条例》第十五条不予公开",
    ),
}


@dataclass(frozen=True)
class Unit:
    id: str
    name: str
    doc_prefixes: tuple[str, ...]
    credit_code: str  # the 索引号 prefix, unless the roster gives the unit its own


UNITS = {
    "qzfb": Unit("qzfb", "重庆市江北区人民政府办公室", ("江北府办发", "江北府办", "江北府发"), "11500105768865765W"),
    "fgw": Unit("fgw", "重庆市江北区发展和改革委员会", ("江北发改发", "江北发改"), "11500105MB1C00000X"),
}


@dataclass(frozen=True)
class PagePlan:
    """What the generator decided about one page before writing its text."""

    index: int
    column: str
    kind: str  # the column's kind: news, notice, policy, personnel, newmedia
    unit: str
    disclosure: str
    written: dt.date
    important: bool
    leak: bool  # plant an ID number, a mobile and a bank card
    doc_number: bool
    to_sign: bool = False  # published by the generator through gates sign, on a date it cannot know now


@dataclass(frozen=True)
class Leak:
    id18: str
    mobile: str
    card: str


# ---- filling templates ---------------------------------------------------------------------------

_FIELDS: dict[str, tuple[str, ...]] = {}


def _fields(template: str) -> tuple[str, ...]:
    """The field names of a template, parsed once per template."""
    found = _FIELDS.get(template)
    if found is None:
        found = tuple(name for _, name, _, _ in string.Formatter().parse(template) if name)
        _FIELDS[template] = found
    return found


_CN_DIGITS = "零一二三四五六七八九"


def cn_number(n: int) -> str:
    """1..99 in Chinese numerals, as article numbers are written (第二十一条)."""
    tens, ones = divmod(n, 10)
    if tens == 0:
        return _CN_DIGITS[ones]
    head = "十" if tens == 1 else _CN_DIGITS[tens] + "十"
    return head + (_CN_DIGITS[ones] if ones else "")


def _alnum(rng: random.Random, size: int) -> str:
    return "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(size))


def _person(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(("某", "某某"))


def _value(name: str, rng: random.Random) -> str:
    pick = _PICKS.get(name)
    if pick is not None:
        return rng.choice(pick)
    maker = _MAKERS[name]
    return maker(rng)


_PICKS: dict[str, tuple[str, ...]] = {
    "place": PLACES, "place2": PLACES, "dept": DEPTS, "task": TASKS, "task2": TASKS, "verb": VERBS,
    "meeting": MEETINGS, "leader": LEADERS, "action": ACTIONS, "goal": GOALS, "count": COUNTS, "law": LAWS,
    "law2": LAWS, "doctype": DOCTYPES,
}
_MAKERS: dict[str, Callable[[random.Random], str]] = {
    "y": lambda r: str(r.randint(2023, 2025)),
    "m": lambda r: str(r.randint(1, 12)),
    "d": lambda r: str(r.randint(1, 28)),
    "m2": lambda r: f"{r.randint(1, 12):02d}",
    "d2": lambda r: f"{r.randint(1, 28):02d}",
    "n": lambda r: str(r.randint(12, 9800)),
    "n2": lambda r: str(r.randint(2, 60)),
    "pct": lambda r: f"{r.randint(1, 99)}.{r.randint(0, 9)}",
    "amt": lambda r: f"{r.randint(12, 98000):,}",
    # 023 landlines: 11 digits with the area code, but they start with 0, so never a mobile.
    "tel": lambda r: f"{r.randint(6000, 6899)}{r.randint(0, 9999):04d}",
    # 政府采购 order numbers: 18-20 digits starting with the year, so never an ID, mobile or card.
    "order": lambda r: f"{r.randint(2023, 2025)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.randint(0, 10**10 - 1):010d}",
    # 统一社会信用代码 of a company: letters inside, so never a bare number.
    "credit": lambda r: f"91500105MA{_alnum(r, 8)}",
    "code": lambda r: f"{r.randint(1, 9999):04d}",
    "zip": lambda r: f"4000{r.randint(10, 99)}",
    "person": _person,
    "cn": lambda r: cn_number(r.randint(1, 5)),
    "docno": lambda r: f"江北府办发〔{r.randint(2015, 2022)}〕{r.randint(1, 200)}号",
}


def fill(template: str, rng: random.Random, **given: str) -> str:
    values = {name: given[name] if name in given else _value(name, rng) for name in _fields(template)}
    return template.format(**values)


# ---- front matter --------------------------------------------------------------------------------


def title(plan: PagePlan, rng: random.Random) -> str:
    # The issuer in a title is the page's own unit: naming another one makes it a joint page (ATTR007).
    return fill(rng.choice(TITLES[plan.kind]), rng, issuer=UNITS[plan.unit].name.removeprefix("重庆市"))


def doc_number(plan: PagePlan, rng: random.Random) -> str:
    prefix = rng.choice(UNITS[plan.unit].doc_prefixes)
    return f"{prefix}〔{plan.written.year}〕{rng.randint(1, 300)}号"


def front_matter(plan: PagePlan, rng: random.Random, credit_code: str) -> str:
    """YAML front matter in the key order of SPEC section 2; every value is a safe plain scalar."""
    genre = GENRES[plan.kind]
    lines = [
        "---",
        f"title: {title(plan, rng)}",
        f"column: {plan.column}",
        f"unit: {plan.unit}",
        f"disclosure: {plan.disclosure}",
    ]
    if plan.disclosure != "主动公开":
        lines.append(f"disclosure_reason: {rng.choice(REASONS[plan.disclosure])}")
    if plan.disclosure == "不予公开":
        # Far enough ahead that ATTR009 (review overdue) stays quiet for years of benchmark runs.
        due = dt.date(2030, 1, 1) + dt.timedelta(days=rng.randint(0, 700))
        lines.append(f"review_due: {due.isoformat()}")
    lines.append("status: draft")
    if plan.important:
        lines.append("importance: important")
    if plan.kind == "newmedia":
        lines.append(f"channel: {plan.column}")  # a new-media column's id is its account id
    if not plan.to_sign:
        # A page signed today would be published long after a fixed 成文日期 (FREQ003 warns past 20 working
        # days), and today is not a fixed date, so pages to be signed carry none: the key is optional.
        lines.append(f"written_date: {plan.written.isoformat()}")
    if plan.doc_number:
        lines.append(f"doc_number: {doc_number(plan, rng)}")
        serial = plan.index % 99_999 + 1
        lines.append(f"index_number: {credit_code}/{plan.written.year}-{serial:05d}")
    lines.append(f"topic: {rng.choice(TOPICS)}")
    lines.append(f"genre: {genre if isinstance(genre, str) else rng.choice(genre)}")
    if plan.kind == "policy":
        lines.append("validity: 有效")
    first, second = rng.sample(KEYWORDS, 2)
    lines.append(f"keywords: [{first}, {second}]")
    lines.append(f"description: {fill('{dept}关于{task}工作的有关安排和要求', rng)}")
    lines.append("---")
    return "\n".join(lines) + "\n"


# ---- bodies --------------------------------------------------------------------------------------


def _table(rng: random.Random) -> str:
    rows = [TABLE_HEAD]
    for i in range(1, rng.randint(4, 9)):
        rows.append(TABLE_ROW.format(i=i, person=_person(rng), sex=rng.choice("男女"), mid=personal.masked_id(rng),
                                     mmob=personal.masked_mobile(rng), amt=rng.randint(1, 30) * 100))
    return "\n".join(rows)


def _paragraph(rng: random.Random, templates: tuple[str, ...], sentences: tuple[int, int]) -> str:
    return "".join(fill(rng.choice(templates), rng) for _ in range(rng.randint(*sentences)))


def leak_sentence(rng: random.Random) -> tuple[str, Leak]:
    leak = Leak(personal.id_number(rng), personal.mobile(rng), personal.bank_card(rng))
    text = fill(LEAK, rng, id18=leak.id18, mobile=leak.mobile, card=leak.card)
    return text, leak


def news_body(plan: PagePlan, rng: random.Random, target: int) -> list[str]:
    parts: list[str] = []
    size = 0
    table_at = rng.randint(2, 5) if plan.kind in ("notice", "personnel") and rng.random() < 0.5 else -1
    templates = WECHAT + NEWS if plan.kind == "newmedia" else NEWS
    while size < target:
        para = _table(rng) if len(parts) == table_at else _paragraph(rng, templates, (2, 4))
        parts.append(para)
        size += len(para.encode("utf-8")) + 2
    return parts


def policy_body(plan: PagePlan, rng: random.Random, target: int) -> list[str]:
    parts = [rng.choice(POLICY_OPENING), fill(rng.choice(POLICY_INTRO), rng),
             fill("## 江北区{task}{doctype}", rng)]
    size = sum(len(p.encode("utf-8")) + 2 for p in parts)
    article = 1
    chapter = 0
    while size < target:
        if article == 1 or rng.random() < 0.12:
            chapter = min(chapter + 1, len(CHAPTERS))
            parts.append(f"### 第{cn_number(chapter)}章　{CHAPTERS[chapter - 1]}")
        pool = SECRECY if rng.random() < 0.3 else ARTICLES
        text = "".join(fill(rng.choice(pool), rng) for _ in range(rng.randint(1, 3)))
        para = f"**第{cn_number(article)}条**　{text}"
        parts.append(para)
        size += len(para.encode("utf-8")) + 2
        article += 1
        if article > 99:
            break
    return parts


def page_text(plan: PagePlan, mix: str, rng: random.Random, credit_code: str) -> tuple[str, Leak | None]:
    """The whole page: front matter, body, and the 落款 and 附注 a 公文 ends with."""
    head = front_matter(plan, rng, credit_code)
    target = int((4000 if mix == "news" else 12000) * rng.uniform(0.85, 1.15))
    target -= len(head.encode("utf-8"))
    body = policy_body(plan, rng, target) if mix == "policy" else news_body(plan, rng, target)
    leak = None
    if plan.leak:
        sentence, leak = leak_sentence(rng)
        body.insert(rng.randint(1, len(body)), sentence)
    unit = UNITS[plan.unit]
    written = plan.written
    body += [unit.name, f"{written.year}年{written.month}月{written.day}日"]
    if plan.kind in ("policy", "notice") or mix == "policy":
        body.append(NOTES[plan.disclosure])
    return head + "\n\n".join(body) + "\n", leak
