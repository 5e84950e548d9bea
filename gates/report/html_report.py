"""The re-scan's report for the re-check officer (复查专人) and whoever they hand it to: one self-contained
Chinese HTML file (no script, no external resource), readable without knowing what a rule code is.

It opens with the counts, then one table per kind of problem with a plain explanation, what to do about it and a
link to every page concerned, then how the scan was made. Everything from the site is escaped.
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Sequence

from gates.domain.freshness import Table
from gates.domain.rescan import Scan
from gates.domain.rule import Rule
from gates.model.articles import cite_long
from gates.model.finding import Finding

SEVERITY = {"error": "错误", "warning": "警告", "info": "已接受"}
MAX_ROWS = 500  # rows per table; a site with thousands of one problem needs the count, not a 50,000-row page

_CSS = """
body{font-family:"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;margin:2em auto;max-width:72em;
color:#222;line-height:1.6;padding:0 1em}
h1{border-bottom:3px solid #b71c1c;padding-bottom:.3em}h2{margin-top:2em;color:#b71c1c}
table{border-collapse:collapse;width:100%;margin:.5em 0}th,td{border:1px solid #ccc;padding:.3em .6em;
text-align:left;vertical-align:top}th{background:#f5f5f5}td.n{text-align:right;white-space:nowrap}
.cards{display:flex;gap:1em;flex-wrap:wrap}.card{border:1px solid #ccc;border-radius:6px;padding:.6em 1.2em;
min-width:8em}.card b{display:block;font-size:2em}.error b{color:#b71c1c}.warning b{color:#e65100}
.ok b{color:#2e7d32}.why,.fix{margin:.2em 0}.muted{color:#666;font-size:.9em}
code{word-break:break-all}
"""


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _page_cell(scan: Scan, path: str) -> str:
    href = scan.href(path)
    if href and href.startswith(("http://", "https://")):
        return f'<a href="{_e(href)}">{_e(path)}</a>'
    return f"<code>{_e(path)}</code>"


def render(scan: Scan, rules: Sequence[Rule], site_name: str = "",
           extra_sections: Sequence[tuple[str, str]] = ()) -> str:
    """extra_sections: (title, HTML already escaped) appended before the notes, e.g. the freshness table."""
    result = scan.result
    by_code = {r.code: r for r in rules}
    findings = sorted(result.findings, key=lambda f: (_order(f, rules), f.path, f.line))
    accepted = sum(1 for f in findings if f.severity == "info")
    title = f"{site_name}网站复查报告" if site_name else "网站复查报告"
    parts = [
        "<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width,initial-scale=1">',
        f"<title>{_e(title)} {_e(scan.today.isoformat())}</title><style>{_CSS}</style></head><body>",
        f"<h1>{_e(title)}</h1>",
        f'<p>复查对象：<code>{_e(scan.target)}</code>　复查日期：{_e(scan.today.isoformat())}　'
        f"依据：{_e(cite_long('3.8'))}</p>",
        '<div class="cards">',
        _card("错误", result.errors, "error" if result.errors else "ok"),
        _card("警告", result.warnings, "warning" if result.warnings else "ok"),
        _card("已接受", accepted, "ok"),
        _card("检查页面", scan.pages, "ok"),
        _card("外部链接", scan.external_links, "ok"),
        "</div>",
    ]
    if not findings:
        parts.append("<p><b>本次复查未发现问题。</b></p>")
    else:
        parts.append("<h2>问题汇总</h2><table><thead><tr><th>问题类别</th><th>级别</th><th>数量</th></tr></thead><tbody>")
        groups = [(code, list(group)) for code, group in itertools.groupby(findings, key=lambda f: f.code)]
        for code, group in groups:
            rule = by_code.get(code)
            levels = "、".join(SEVERITY[s] for s in ("error", "warning", "info") if any(f.severity == s for f in group))
            parts.append(f'<tr><td><a href="#{_e(code)}">{_e(rule.summary if rule else code)}</a></td>'
                         f'<td>{levels}</td><td class="n">{len(group)}</td></tr>')
        parts.append("</tbody></table>")
        for code, group in groups:
            parts.append(_section(scan, code, by_code.get(code), group))
    for heading, body in extra_sections:
        parts.append(f"<h2>{_e(heading)}</h2>{body}")
    parts.append(_how(scan))
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def _order(finding: Finding, rules: Sequence[Rule]) -> int:
    for i, rule in enumerate(rules):
        if rule.code == finding.code:
            return i
    return len(rules)


def _card(label: str, count: int, kind: str) -> str:
    return f'<div class="card {kind}"><b>{count}</b>{_e(label)}</div>'


def _section(scan: Scan, code: str, rule: Rule | None, group: list[Finding]) -> str:
    heading = f"{rule.summary}" if rule else code
    out = [f'<h2 id="{_e(code)}">{_e(heading)} <span class="muted">({_e(code)}，{len(group)} 处)</span></h2>']
    if rule is not None:
        out.append(f'<p class="why"><b>为什么：</b>{_e(rule.why)} <span class="muted">({_e(cite_long(rule.article))})</span></p>')
        out.append(f'<p class="fix"><b>怎么改：</b>{_e(rule.fix)}</p>')
    out.append("<table><thead><tr><th>页面</th><th>行</th><th>级别</th><th>说明</th></tr></thead><tbody>")
    for f in group[:MAX_ROWS]:
        out.append(f"<tr><td>{_page_cell(scan, f.path)}</td><td class=\"n\">{f.line}</td>"
                   f"<td>{SEVERITY[f.severity]}</td><td>{_e(f.message)}</td></tr>")
    out.append("</tbody></table>")
    if len(group) > MAX_ROWS:
        out.append(f'<p class="muted">另有 {len(group) - MAX_ROWS} 处未列出，完整清单见 JSON 或文本报告。</p>')
    return "\n".join(out)


def _how(scan: Scan) -> str:
    rows = [
        ("复查对象", scan.target),
        ("方式", "线上网站抓取 (只在本站内抓取，遵守 robots.txt)" if scan.live else "构建好的网站目录"),
        ("构建清单", scan.manifest or "未提供 (未核对页面是否与审定稿一致)"),
        ("检查页面 / 文件", f"{scan.pages} / {scan.files}"),
        ("外部链接", f"{scan.external_links} 个 (其中 {scan.external_cached} 个近期已确认可用，未重复访问)"),
        ("开始时间 (UTC)", scan.started.strftime("%Y-%m-%d %H:%M:%S")),
        ("用时", f"{scan.seconds:.1f} 秒"),
    ]
    if scan.unchecked:
        rows.append(("未能检查的站内链接", f"{scan.unchecked} 处 (超出页面上限或 robots.txt 不允许)"))
    body = "".join(f"<tr><th>{_e(k)}</th><td>{_e(v)}</td></tr>" for k, v in rows)
    notes = "".join(f"<li>{_e(n)}</li>" for n in scan.notes)
    return (f"<h2>复查说明</h2><table><tbody>{body}</tbody></table>"
            + (f"<ul>{notes}</ul>" if notes else "")
            + '<p class="muted">本报告由 gates rescan 生成。“错误”须及时更正或撤除 (附件3 第八条)；“警告”请核实后处理。</p>')


FRESHNESS_STATUS = {"fresh": "正常", "due": "即将到期", "stale": "超期", "blank": "空白"}


def freshness_section(table: Table) -> tuple[str, str]:
    """The freshness table (SPEC section 3) for the report: every column and the home page, then the site-level
    conditions of the national check."""
    rows = ["<table><thead><tr><th>栏目</th><th>更新周期</th><th>最近更新</th><th>剩余天数</th><th>状态</th>"
            "</tr></thead><tbody>"]
    for row in table.rows:
        last = row.last.isoformat() if row.last else "无"
        left = "" if row.days_left is None else str(row.days_left)
        rows.append(f"<tr><td>{_e(row.name)}</td><td class=\"n\">{row.pace} 天</td><td>{_e(last)}</td>"
                    f"<td class=\"n\">{_e(left)}</td><td>{FRESHNESS_STATUS[row.status]}</td></tr>")
    home = table.home
    rows.append(f"<tr><td>首页</td><td class=\"n\">14 天</td><td>{_e(home.last.isoformat() if home.last else '无')}</td>"
                f"<td class=\"n\">{'' if home.days_left is None else home.days_left}</td><td></td></tr>")
    rows.append("</tbody></table><ul>")
    for c in table.conditions:
        rows.append(f"<li>{'<b>已触发</b>' if c.met else '未触发'}：{_e(c.label)}</li>")
    rows.append("</ul>")
    return f"栏目更新情况 (截至 {table.today.isoformat()})", "".join(rows)
