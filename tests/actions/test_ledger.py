"""The 台账 and the 审签表 from a repository built through the real workflow: draft, three signatures,
publication, a correction re-signed, a withdrawal, a re-publication, a re-check record."""

from __future__ import annotations

import csv
import datetime as dt
import io
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest

from gates.actions import forms, ledgerfile
from gates.actions import recheck as recheck_action
from gates.actions.ledger import (
    CORRECTED,
    FIRST,
    RECHECK,
    REPUBLISHED,
    URGENT,
    WITHDRAWN,
    Event,
    Filters,
    ledger,
)
from gates.actions.withdraw import withdraw
from gates.cli import main
from gates.config import load_config
from gates.model.frontmatter import read_page
from tests.signkit import TODAY, Repo, add_rechecker, keys_fixture, repo_fixture  # noqa: F401

PAGE = "content/news/a.md"
OTHER = "content/news/b.md"
TITLE = "关于开展冬季安全生产检查的通知"
NEW_TITLE = "关于开展冬季安全生产大检查的通知"
NAMES = ("王晓", "李明", "张华")


def fingerprint(key: Path) -> str:
    out = subprocess.run(["ssh-keygen", "-l", "-E", "sha256", "-f", f"{key}.pub"], capture_output=True, text=True,
                         check=True).stdout
    return out.split()[1]


@pytest.fixture
def history(repo: Repo, tmp_path: Path) -> Repo:
    repo.page(PAGE, doc_number="江北府办发〔2026〕37号", index_number="11500105768865765W/2026-00038")
    repo.sign_chain(PAGE, "wang", "li", "zhang")
    # A correction: a new title and body, and its public note.
    text = repo.read(PAGE).replace(TITLE, NEW_TITLE).replace("开展了安全检查", "开展了安全生产大检查")
    repo.write(PAGE, text.replace("---\n本周", "change_note:\n  - {note: 更正了标题和正文中的检查名称。}\n---\n本周"))
    repo.commit_all("更正", "wang")
    repo.sign_chain(PAGE, "wang", "li", "zhang")
    # A withdrawal, started by the drafter, approved by the chain.
    repo.as_user("wang")
    withdraw(repo.root, PAGE, load_config(repo.root), "检查安排已调整，本通知撤回。")
    repo.sign_chain(PAGE, "li", "zhang")
    # Re-publication: the editor takes the withdrawal out; a new decision by the whole chain.
    text = repo.read(PAGE).replace("status: withdrawn", "status: published")
    lines = text.split("\n")
    start = lines.index("withdrawal:")
    repo.write(PAGE, "\n".join(lines[:start] + lines[start + 3:]))
    repo.commit_all("恢复发布", "wang")
    repo.sign_chain(PAGE, "wang", "li", "zhang")
    # A reprint in another unit's name, taken down urgently by a section head.
    repo.page(OTHER, title="区政府召开常务会议", source="{type: reprint, name: 重庆市人民政府, url: https://www.cq.gov.cn/ywdt/jrcq/202611/t20261120_1.html}")
    repo.sign_chain(OTHER, "wang", "li", "zhang")
    repo.as_user("li")
    withdraw(repo.root, OTHER, load_config(repo.root), "转载内容有误，已紧急撤下。", urgent=True)
    # A re-check record by the 复查专人.
    key = add_rechecker(repo, tmp_path)
    repo.git("config", "user.name", "钱进")
    repo.git("config", "user.email", "qianjin@example.gov.cn")
    repo.git("config", "user.signingkey", str(key))
    recheck_action.record(repo.root, load_config(repo.root), "site", b"<html>report</html>",
                          recheck_action.Counts(1, 2, 30), TODAY)
    assert repo.check() != [] and all(f.severity != "error" for f in repo.check())
    return repo


def test_every_event_is_a_row_with_the_page_as_it_stood(history: Repo, keys: dict[str, Path]) -> None:
    events = ledger(history.root, load_config(history.root))
    assert [e.kind for e in events] == [FIRST, CORRECTED, WITHDRAWN, REPUBLISHED, FIRST, URGENT, RECHECK]
    assert [e.seq for e in events] == list(range(1, 8))
    first, corrected, withdrawn, republished, other, urgent, checked = events
    # Metadata from the page at each 签发, not from today's file.
    assert first.title == TITLE and corrected.title == NEW_TITLE and republished.title == NEW_TITLE
    for e in (first, corrected, withdrawn, republished):
        assert e.path == PAGE and e.column == "news" and e.column_name == "工作动态"
        assert e.unit_name == "江北区人民政府办公室" and e.disclosure == "主动公开"
        assert e.doc_number == "江北府办发〔2026〕37号"
        assert e.publish_date == TODAY
        assert [t.name for t in e.tiers] == list(NAMES)
        assert [t.slot.role for t in e.tiers] == ["drafter", "section_head", "deputy"]
        assert e.tiers[-1].commit == e.commit and e.content_hash.startswith("sha256:")
    assert first.index_number == corrected.index_number == republished.index_number == "11500105768865765W/2026-00038"
    assert corrected.change_note == "更正了标题和正文中的检查名称。" and corrected.change_date == TODAY
    assert first.change_note == "" and republished.change_note == ""
    assert withdrawn.withdrawal_reason == "检查安排已调整，本通知撤回。" and withdrawn.withdrawal_date == TODAY
    assert not withdrawn.urgent
    assert other.source == "重庆市人民政府　https://www.cq.gov.cn/ywdt/jrcq/202611/t20261120_1.html" and other.title == "区政府召开常务会议"
    assert urgent.urgent and [t.name for t in urgent.tiers] == ["李明"] and urgent.withdrawal_date == TODAY
    assert checked.recheck is not None and checked.recheck.name == "钱进"
    assert (checked.recheck.errors, checked.recheck.warnings, checked.recheck.pages) == (1, 2, 30)
    # The approval commits are the real ones, with the key each was signed with.
    log = history.git("log", "--format=%H", "--", PAGE).split()
    for e in (first, corrected, withdrawn, republished):
        assert all(t.commit in log for t in e.tiers)
        assert [t.fingerprint for t in e.tiers] == [fingerprint(keys[w]) for w in ("wang", "li", "zhang")]
    # Each decision has its own approvals: none is counted twice.
    commits = [t.commit for e in (first, corrected, withdrawn, republished) for t in e.tiers]
    assert len(commits) == len(set(commits)) == 12


def test_filters(history: Repo) -> None:
    config = load_config(history.root)
    assert ledger(history.root, config, Filters(column="news", unit="qzfb"))[-1].kind == URGENT
    assert ledger(history.root, config, Filters(unit="fgw")) == []
    assert ledger(history.root, config, Filters(until=TODAY - dt.timedelta(days=1))) == []
    assert len(ledger(history.root, config, Filters(since=TODAY))) == 7


def test_csv_has_a_bom_and_one_row_per_event(history: Repo, tmp_path: Path) -> None:
    out = tmp_path / "台账.csv"
    assert main(["ledger", "--root", str(history.root), "--out", str(out)]) == 0
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert [r["事件"] for r in rows] == [FIRST, CORRECTED, WITHDRAWN, REPUBLISHED, FIRST, URGENT, RECHECK]
    assert rows[1]["标题"] == NEW_TITLE and rows[1]["更正日期"] == TODAY.isoformat()
    assert rows[0]["经办人员"] == "王晓" and rows[0]["科室负责人"] == "李明" and rows[0]["分管领导"] == "张华"
    assert rows[5]["紧急撤回"] == "是" and rows[5]["经办人员"] == ""
    assert "钱进" in rows[6]["复查记录"] and "错误 1" in rows[6]["复查记录"]


def test_xlsx_opens_with_the_right_types(history: Repo, tmp_path: Path) -> None:
    out = tmp_path / "台账.xlsx"
    assert main(["ledger", "--root", str(history.root), "--format", "xlsx", "--out", str(out)]) == 0
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    header = [c.value for c in sheet[1]]
    assert header == [c.header for c in ledgerfile.COLUMNS]
    assert sheet.freeze_panes == "C2" and sheet[1][0].font.bold
    assert sheet.max_row == 8
    row = {h: c for h, c in zip(header, sheet[3], strict=True)}
    assert row["序号"].value == 2 and row["事件"].value == CORRECTED
    assert isinstance(row["签发时间"].value, dt.datetime) and row["签发时间"].is_date
    assert row["发布日期"].value.date() == TODAY and row["发布日期"].number_format == "yyyy-mm-dd"
    assert isinstance(row["分管领导审签时间"].value, dt.datetime)
    assert row["标题"].value == NEW_TITLE and row["内容摘要"].value.startswith("sha256:")


def test_a_title_that_looks_like_a_formula_stays_text() -> None:
    event = Event(1, FIRST, dt.datetime(2026, 3, 2, 9, 30), "0" * 40, title="=HYPERLINK(\"http://x\")")
    assert "'=HYPERLINK" in ledgerfile.to_csv([event]).decode("utf-8-sig")


def test_the_forms_escape_and_render_to_pdf(history: Repo, keys: dict[str, Path], tmp_path: Path) -> None:
    folder = tmp_path / "forms"
    assert main(["ledger", "--root", str(history.root), "--out", str(tmp_path / "l.csv"), "--forms", str(folder)]) == 0
    index = (folder / "index.html").read_text(encoding="utf-8")
    events = ledger(history.root, load_config(history.root))
    corrected = events[1]
    form = folder / forms.form_name(corrected)
    assert forms.form_name(corrected) in index and form.exists()
    assert len(list(folder.glob("*.html"))) == 7  # six page events and the index; a re-check has no form
    html = form.read_text(encoding="utf-8")
    assert "@page { size: A4" in html and corrected.content_hash in html
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    pdftotext = shutil.which("pdftotext")
    assert chromium and pdftotext, "the 审签表 test needs chromium and pdftotext (poppler-utils): scripts/dev.py"
    pdf = tmp_path / "form.pdf"
    subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf}", form.as_uri()], capture_output=True, timeout=120, check=True)
    text = subprocess.run([pdftotext, "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    squeezed = "".join(text.split())
    for name in NAMES:
        assert name in squeezed
    assert corrected.content_hash in squeezed
    assert "信息发布审签表" in squeezed and NEW_TITLE in squeezed
    assert fingerprint(keys["li"]) in squeezed


def test_front_matter_is_escaped_in_a_form() -> None:
    event = Event(1, FIRST, dt.datetime(2026, 3, 2, 9, 30), "0" * 40, title="<script>alert(1)</script>",
                  source="<img src=x onerror=alert(1)>")
    html = forms.render_form(event) + forms.render_index([event])
    assert "<script>alert" not in html and "<img src=x" not in html and "&lt;script&gt;" in html


def test_a_repository_without_history_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copytree(Path(__file__).resolve().parents[2] / "site_config", tmp_path / "site_config")
    assert main(["ledger", "--root", str(tmp_path)]) == 2
    assert "git" in capsys.readouterr().err


def test_page_text_is_read_from_each_commit(history: Repo) -> None:
    # Today's file has the new title; the first publication's row must not.
    assert read_page(history.root, PAGE).meta["title"] == NEW_TITLE
    assert ledger(history.root, load_config(history.root))[0].title == TITLE


def test_an_xlsx_keeps_titles_with_control_characters_and_formulas_as_text(tmp_path: Path) -> None:
    event = Event(1, FIRST, dt.datetime(2026, 3, 2, 9, 30), "0" * 40, title="=SUM(A1)\x01通知")
    out = tmp_path / "a.xlsx"
    out.write_bytes(ledgerfile.to_xlsx([event]))
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    assert sheet.cell(row=2, column=4).value == "'=SUM(A1)通知"
    assert sheet.cell(row=2, column=4).data_type == "s"
