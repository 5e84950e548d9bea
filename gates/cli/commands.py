"""Every subcommand's name and one-line summary, in the order a newcomer meets them.

Kept apart from the subcommands themselves so that `gates --help` and `gates check` import only what they run:
the command line starts in a fraction of the time a full import of every subcommand takes."""

from __future__ import annotations

SUMMARIES: dict[str, str] = {
    "init": "新建站点仓库：内容目录、站点配置、构建配置、钩子和 CI 模板",
    "new": "新建稿件：按栏目生成带正确头信息的草稿页面",
    "check": "检查页面 (默认检查 content/ 全部页面，含审签)",
    "sign": "审签页面：以 SSH 签名的提交记录你对页面当前内容的审核",
    "status": "查看页面的审签进度：谁已审签、下一级由谁审签、还有哪些检查未通过",
    "pending": "待审签的页面；--me 只列出我现在可以审签的页面",
    "withdraw": "撤回已发布页面：保留网址和历史，显示撤回说明 (附件3 第八条)",
    "ledger": "信息发布台账：由 git 审签记录生成，每次发布、更正、撤回、复查一行 (附件3 第六条)",
    "build": "发布构建：检查全部页面 (含审签) 后生成站点，并核对生成的每个文件",
    "freshness": "各栏目、首页和政务新媒体账号的更新情况",
    "rescan": "复查已发布的网站：链接、内容、与审定稿是否一致 (附件3 第八条)",
    "sources": "稿源：按订阅源核对转载稿件 (gates sources verify)",
    "rules": "列出全部规则",
    "explain": "解释一条规则或一族规则",
}
