"""SEC001: no 密级 mark (绝密/机密/秘密★…) or internal-document mark on a page meant for the public."""

from __future__ import annotations

from collections.abc import Iterator

from gates.domain.rule import Context, Rule
from gates.model.document import Document
from gates.model.finding import Finding
from gates.rules.sec.scan import scan


def check(page: Document, ctx: Context) -> Iterator[Finding]:
    for hit, at in scan(page, ctx).marks:
        if hit.severity == "error":
            message = (f"{at.where}中有密级或内部资料标志“{hit.text}”：涉密和内部资料严禁在政府网站发布，"
                       f"须撤下本页并报保密管理部门确认，不能只删去“{hit.text}”几个字")
        else:
            message = (f"{at.where}中出现“{hit.text}”：请确认本页不是内部资料；"
                       "若只是在文中提及，可忽略此提醒")
        yield RULE.at(page, at.line, message, excerpt=hit.text, severity=hit.severity)


RULE = Rule(
    code="SEC001",
    name="secrecy-mark",
    summary="标题和正文中不得出现密级标志 (绝密、机密、秘密★…) 和“内部资料 注意保存”等内部标志",
    article="2.2",
    why=("拟制公文时要同步确定是否保密、密级和期限 (附件2 第二条)，审核内容包括保密性 (附件2 第六条)；"
         "带密级或内部资料标志的文件出现在政府网站上就是泄密，违反保密审查程序造成泄密的要追究责任 (附件1 第九条)。"),
    example="---\ntitle: 关于做好防汛工作的通知\n---\n机密★1年\n\n各镇人民政府、街道办事处：……",
    fix=("不要发布：撤下本页，交本单位保密管理部门或区保密主管部门确认。已依法解密的，附上解密依据后删去标志再走审核；"
         "正文中提及“内部资料”的警告级提醒，核实本页确非内部资料后可保留。"),
    severity="error",
    acceptable=False,
    check_text=check,
)
