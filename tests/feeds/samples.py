"""Feeds as Chinese government sites publish them: RSS 2.0 with summaries or full text, Atom, GB2312."""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape


@dataclass(frozen=True)
class Item:
    title: str
    link: str
    date: str  # as the feed writes it
    text: str  # HTML paragraphs


BUSINESS = Item(
    "全市优化营商环境大会召开",
    "https://www.cq.gov.cn/ywdt/jrcq/202603/t20260323_00000001.html",
    "Mon, 23 Mar 2026 09:30:00 +0800",
    "<p>3月23日，全市优化营商环境大会召开。会议总结去年全市优化营商环境工作，部署今年重点任务，"
    "动员全市上下以更大力度打造市场化、法治化、国际化一流营商环境。</p>"
    "<p>会议强调，要聚焦经营主体需求，深化“高效办成一件事”改革，持续降低制度性交易成本，"
    "推动更多政务服务事项“一网通办、一次办成”。</p>"
    "<p>会议要求，各区县、各部门要压实工作责任，强化协同联动，确保各项任务落地见效。</p>",
)
FLOOD = Item(
    "重庆市人民政府办公厅关于做好2026年防汛抗旱工作的通知",
    "https://www.cq.gov.cn/zwgk/zfxxgkml/szfwj/202603/t20260310_00000002.html",
    "Tue, 10 Mar 2026 16:00:00 +0800",
    "<p>各区县（自治县）人民政府，市政府各部门，有关单位：</p>"
    "<p>为切实做好2026年防汛抗旱工作，保障人民群众生命财产安全，经市政府同意，现就有关事项通知如下。</p>"
    "<p>一、压实防汛抗旱责任。各级行政首长负总责，层层落实责任，确保责任到人、措施到位。</p>"
    "<p>二、加强监测预警。强化雨情水情监测，及时发布预警信息，提前转移受威胁群众。</p>",
)
ELDERLY = Item(
    "重庆市人民政府关于印发重庆市养老服务体系建设实施方案的通知",
    "https://www.cq.gov.cn/zwgk/zfxxgkml/szfwj/202603/t20260318_00000003.html",
    "2026-03-18 10:00:00",
    "<p>各区县（自治县）人民政府，市政府各部门：现将《重庆市养老服务体系建设实施方案》印发给你们，请认真贯彻执行。</p>",
)


def rss(items: list[Item], full_text: bool = False, encoding: str | None = "utf-8", title: str = "重庆市人民政府") -> str:
    """RSS 2.0; the text in <description> (summary) or in <content:encoded> (full text)."""
    declaration = f'<?xml version="1.0" encoding="{encoding}"?>' if encoding else '<?xml version="1.0"?>'
    rows = []
    for item in items:
        body = (f"<description>{escape(item.text[:60])}……</description>"
                f"<content:encoded><![CDATA[{item.text}]]></content:encoded>") if full_text else \
            f"<description>{escape(item.text)}</description>"
        rows.append(f"<item><title>{escape(item.title)}</title><link>{escape(item.link)}</link>"
                    f"<guid isPermaLink=\"true\">{escape(item.link)}</guid><pubDate>{item.date}</pubDate>{body}</item>")
    return (f'{declaration}\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
            f"<channel><title>{escape(title)}</title><link>https://www.cq.gov.cn/</link>"
            f"<description>{escape(title)}要闻</description><language>zh-cn</language>"
            + "".join(rows) + "</channel></rss>\n")


def atom(items: list[Item], title: str = "新华网") -> str:
    """Atom 1.0 with full text in <content type="html">; dates in RFC 3339."""
    rows = []
    for item in items:
        rows.append(f"<entry><title>{escape(item.title)}</title><link rel=\"alternate\" href=\"{escape(item.link)}\"/>"
                    f"<id>{escape(item.link)}</id><updated>{item.date}</updated><published>{item.date}</published>"
                    f"<content type=\"html\">{escape(item.text)}</content></entry>")
    return ('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>{escape(title)}</title><id>https://www.news.cn/</id><updated>2026-03-24T08:00:00+08:00</updated>"
            + "".join(rows) + "</feed>\n")


NEWS_ATOM_ITEM = Item(
    "国务院常务会议部署进一步稳就业举措",
    "https://www.news.cn/politics/20260320/abc123/c.html",
    "2026-03-20T18:30:00+08:00",
    "<p>国务院总理主持召开国务院常务会议，部署进一步稳就业举措。</p>"
    "<p>会议指出，就业是最基本的民生，要加大对重点群体就业支持力度，拓宽高校毕业生就业渠道。</p>",
)
