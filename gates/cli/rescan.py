"""`gates rescan [SITE_DIR|URL]`: re-check what is already published (附件3 第八条)."""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gates.cli.commands import SUMMARIES
from gates.cli.common import UsageError, add_root, date_arg, open_site
from gates.report import FORMATS

if TYPE_CHECKING:
    from gates.actions.rescan import Progress

STAGES = {"pages": "读取网站页面", "links": "检查外部链接", "feeds": "检查订阅源"}


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("rescan", help=SUMMARIES["rescan"],
                       description="复查已发布的网站 (构建好的 site/ 目录或线上网址)：在渲染后的正文上运行内容检查，"
                                   "检查站内链接和锚点、外部链接、发布日期，并按构建清单核对页面是否被改动或多出。"
                                   "有错误时退出码为 1。")
    p.add_argument("target", nargs="?", metavar="SITE_DIR|URL", help="构建好的网站目录或网站地址 (默认 site/)")
    p.add_argument("--manifest", type=Path, metavar="FILE",
                   help="门禁构建写出的构建清单 (默认：复查本仓库 site/ 时用 gates-manifest.json)；绝不从被复查的网站读取")
    p.add_argument("--html", type=Path, metavar="REPORT", help="另写一份给复查专人阅读的中文 HTML 报告")
    p.add_argument("--format", choices=sorted(FORMATS), default="text", help="标准输出的格式 (默认 text)")
    p.add_argument("--today", type=date_arg, default=None, help="按此日期复查 (YYYY-MM-DD，测试和示例固定日期用)")
    p.add_argument("--record", action="store_true",
                   help="复查完成后以你的 SSH 签名提交一条复查记录 (须为名册中的复查专人；CI 中不要使用)")
    p.add_argument("--no-external", dest="external", action="store_false",
                   help="不访问外部链接和订阅源 (只查本站)")
    p.add_argument("--ignore-url", action="append", default=[], metavar="REGEX",
                   help="不检查与此正则表达式匹配的链接 (可重复)")
    p.add_argument("--max-pages", type=_positive, default=50_000, metavar="N", help="线上抓取的地址上限 (默认 50000)")
    p.add_argument("--timeout", type=_seconds, default=10.0, metavar="SECONDS", help="单个请求的超时 (默认 10 秒)")
    p.add_argument("--workers", type=_positive, default=4, metavar="N", help="同时抓取本站页面的数量，即对本站的并发请求上限 (默认 4；外站按 --per-host)")
    p.add_argument("--link-workers", type=_positive, default=16, metavar="N", help="同时检查外部链接的数量 (默认 16)")
    p.add_argument("--jobs", type=_positive, default=None, metavar="N",
                   help="分析页面的并行进程数 (网站目录：主进程也分析页面，共 N 个进程；线上网站：N 个分析进程，"
                        "抓取仍在主进程中按 --workers 进行；默认每个 CPU 一个，至多 4；1 为单进程；结果与单进程相同)")
    p.add_argument("--per-host", type=_positive, default=2, metavar="N", help="对同一外部网站同时发出的请求上限 (默认 2)")
    p.add_argument("--cache-days", type=float, default=1.0, metavar="DAYS",
                   help="外部链接确认可用后多少天内不再访问 (默认 1；0 为不用缓存；失败的从不缓存)")
    add_root(p)
    p.set_defaults(run=run)


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} 应为正整数") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"{text!r} 应为正整数")
    return value


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} 应为秒数") from None
    if not 0 < value <= 600:
        raise argparse.ArgumentTypeError(f"{text!r} 应在 0 到 600 秒之间")
    return value


def run(args: argparse.Namespace) -> int:
    # Imported here: the crawler, the link checker and the report are for this command only, and every
    # `gates` start-up (the pre-commit hook's included) would otherwise pay for them.
    from gates.actions.rescan import Options, RescanError, is_url, rescan

    site = open_site(args)
    target = args.target or str(site.root / "site")
    if not is_url(target) and not Path(target).is_dir():
        raise UsageError(f"{target} 不是目录也不是 http(s) 网址 (先构建网站，或给出网站地址)")
    options = Options(
        target=target, manifest=args.manifest, today=args.today, external=args.external, max_pages=args.max_pages,
        workers=args.workers, jobs=args.jobs or 0, link_workers=args.link_workers, per_host=args.per_host, timeout=args.timeout,
        cache=_cache_path(site.root), cache_days=max(0.0, args.cache_days), ignore=tuple(args.ignore_url))
    try:
        with _progress() as progress:
            scan = rescan(site.root, site.config, options, progress)
    except RescanError as exc:
        raise UsageError(str(exc)) from None
    printed = FORMATS[args.format](scan.result, scan.rules)
    sys.stdout.write(printed)
    for note in scan.notes:
        print(f"提示：{note}", file=sys.stderr)
    report = printed.encode("utf-8")
    if args.html is not None:
        # Imported here, like everything the scan itself does not need: a process start is most of a small scan.
        from gates.actions.freshness import freshness
        from gates.model.files import write_atomic  # shutil and tempfile: only a written report needs them
        from gates.report.html_report import freshness_section
        from gates.report.html_report import render as render_html

        sections = []
        table = freshness(site.root, site.config, args.today, read_feeds=args.external).freshness
        if table is not None:
            sections.append(freshness_section(table))
        page = render_html(scan, scan.rules, str(site.config.site.get("site_name") or ""), sections)
        report = page.encode("utf-8")
        write_atomic(args.html, report)
        print(f"复查报告已写入 {args.html}", file=sys.stderr)
    if args.record:
        from gates.actions.recheck import Counts, record
        from gates.actions.sign import Refusal

        counts = Counts(scan.result.errors, scan.result.warnings, scan.pages)
        try:
            commit = record(site.root, site.config, target, report, counts, args.today)
        except Refusal as exc:
            print(f"gates rescan: 未记录复查：{exc}", file=sys.stderr)
            return 1
        print(f"复查记录已提交 {commit[:10]} (报告 sha256 已写入提交)", file=sys.stderr)
    return 1 if scan.result.errors else 0


def _cache_path(root: Path) -> Path | None:
    # Inside .git, which is never pushed: a cache is this machine's memory, not a record.
    git_dir = root / ".git"
    return git_dir / "gates" / "link-cache.json" if git_dir.is_dir() else None


@contextmanager
def _progress() -> Iterator[Progress]:
    if sys.stderr.isatty() and not os.environ.get("CI"):
        with _rich_progress() as bar:
            yield bar
    else:
        yield _plain_progress()


def _plain_progress() -> Progress:
    """For CI logs: a line now and then, never a redrawn bar."""
    last: dict[str, int] = {}

    def show(stage: str, done: int, total: int | None) -> None:
        step = 500 if stage == "pages" else 100
        if done == total or done - last.get(stage, 0) >= step or (done == 1 and stage not in last):
            last[stage] = done
            count = f"{done}/{total}" if total is not None else str(done)
            print(f"{STAGES.get(stage, stage)}：{count}", file=sys.stderr, flush=True)

    return show


@contextmanager
def _rich_progress() -> Iterator[Progress]:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    columns: list[Any] = [SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                          TimeElapsedColumn()]
    # Refreshed by hand, not by rich's refresh thread: a folder's pages are read by forked worker processes
    # (gates.crawl.pool), and a fork must not happen while another thread may hold a lock.
    with Progress(*columns, console=Console(stderr=True), transient=False, auto_refresh=False) as bar:
        tasks: dict[str, Any] = {}
        shown = [0.0]

        def show(stage: str, done: int, total: int | None) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(STAGES.get(stage, stage), total=total)
            now = time.monotonic()
            redraw = done == total or now - shown[0] >= 0.1
            if redraw:
                shown[0] = now
            bar.update(tasks[stage], completed=done, total=total, refresh=redraw)

        yield show
