"""FREQ001: every column declares update_days, no longer than the national ceiling for its kind."""

from __future__ import annotations

from collections.abc import Iterator

from gates.config import KIND_LABELS, UPDATE_CEILINGS
from gates.domain.rule import Context, Rule
from gates.model.finding import Finding
from gates.rules.freq.facts import COLUMNS_FILE, column_label, column_line


def finish(ctx: Context) -> Iterator[Finding]:
    for column in ctx.config.columns.values():
        ceiling = UPDATE_CEILINGS[column.kind]
        kind = KIND_LABELS[column.kind]
        if column.update_days is None:
            yield RULE.on(COLUMNS_FILE, column_line(ctx, column.id),
                          f"{column_label(ctx, column.id)} ({column.id}) 没有声明 update_days (最低更新时限)："
                          f"{kind}类栏目最长 {ceiling} 天须更新一次")
        elif column.update_days > ceiling:
            yield RULE.on(COLUMNS_FILE, column_line(ctx, column.id),
                          f"{column_label(ctx, column.id)} ({column.id}) 声明 update_days: {column.update_days}，"
                          f"超过{kind}类栏目的国家上限 {ceiling} 天")


RULE = Rule(
    code="FREQ001",
    name="update-days-declared",
    summary="每个栏目须在 columns.yml 中声明 update_days，且不超过其类型的国家上限",
    article="3.5",
    why=("网站信息内容的更新频率不得低于栏目最低更新时限要求 (附件3 第五条)。国家上限 (国办秘函〔2019〕19号)："
         "动态要闻、政务新媒体 14 天，通知公告、政策文件 180 天，人事、规划、概况、互动类 365 天；"
         "不声明或声明得更长，本系统就无法按时预警，栏目会在国家检查中超期。"),
    example="columns.yml 中：{id: news, name: 工作动态, kind: news, review: publishing, update_days: 30}",
    fix=("在 site_config/columns.yml 中为该栏目写 update_days，不超过上限 (如 news 写 14)；"
         "站点配置的修改须由主要领导签名提交 (SIGN004)。"),
    finish=finish,
)
