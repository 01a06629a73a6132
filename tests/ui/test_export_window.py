"""Export, print and cite from the real window, as a user does it; files are read back for their content.

Dialogs (save, print, preview, error) are replaced by the test so nothing modal blocks;
everything after the dialog is the real code path. PDFs are read back with a small text
extractor below (Qt writes a ToUnicode map for every embedded font).
"""

from __future__ import annotations

import csv
import io
import re
import zlib
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QContextMenuEvent, QGuiApplication
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QMenu

from diplo_gui import cli
from diplo_gui.core import atomic
from diplo_gui.ui.export.export_actions import print_document

UNGA = "2023-09-18-blinken-han-zheng"
UNGA_TITLE = "Blinken meets Han Zheng in New York during the UN General Assembly"
HAN_ZHENG = "At present, China-U.S. relations are the most consequential relations."
BLINKEN = "The world expects us to responsibly manage our relationship"

HOSTILE = """\
people:
  - {id: eve, name: "<b>Eve</b> <img src=x>", country: US, role: "=SUM(A1)"}
meetings:
  - id: hostile
    title: "<h1>Big</h1><script>alert('t')</script>"
    date: 2023-05
    location: {city: "+cmd", country: FR}
    participants: [eve, antony-blinken]
    quotes:
      - {speaker: eve, text: "</p><script>alert(1)</script> & more", source: {title: "<u>Wire</u>", url: "https://example.org/?a=<b>"}}
    summary: "<img src=x onerror=alert(1)>"
    sources:
      - {title: "<i>Good</i>", url: "https://example.org/"}
"""


# -- reading a PDF back ------------------------------------------------------------------

def _stream(body: bytes) -> bytes:
    head, rest = body.split(b"stream", 1)
    raw = rest[rest.index(b"\n") + 1:rest.rindex(b"endstream")]
    return zlib.decompress(raw) if b"/FlateDecode" in head else raw


def _to_unicode(cmap: bytes) -> dict[int, str]:
    def text(hexes: bytes) -> str:
        return bytes.fromhex(hexes.decode()).decode("utf-16-be")

    table: dict[int, str] = {}
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", cmap, re.S):
        for src, dst in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            table[int(src, 16)] = text(dst)
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", cmap, re.S):
        for lo, hi, dst in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]+>|\[[^\]]*\])", block):
            if dst.startswith(b"["):
                for i, one in enumerate(re.findall(rb"<([0-9A-Fa-f]+)>", dst)):
                    table[int(lo, 16) + i] = text(one)
            else:
                start = int(dst[1:-1], 16)
                for i in range(int(hi, 16) - int(lo, 16) + 1):
                    table[int(lo, 16) + i] = chr(start + i)
    return table


def pdf_pages(data: bytes) -> list[str]:
    """The text of each page, one line per baseline, whitespace folded."""
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    objects = {int(n): body for n, body in re.findall(rb"(\d+) 0 obj\s*(.*?)endobj", data, re.S)}
    pages = []
    for body in objects.values():
        if not re.search(rb"/Type /Page\b", body):
            continue
        resources = objects[int(re.search(rb"/Resources (\d+) 0 R", body).group(1))]
        fonts = {}
        for name, ref in re.findall(rb"/(F\d+) (\d+) 0 R", resources):
            found = re.search(rb"/ToUnicode (\d+) 0 R", objects[int(ref)])
            fonts[name] = _to_unicode(_stream(objects[int(found.group(1))])) if found else {}
        content = _stream(objects[int(re.search(rb"/Contents (\d+) 0 R", body).group(1))])
        lines: list[str] = []
        line: list[str] = []
        font: dict[int, str] = {}
        y, last_y = 0.0, None
        for token in re.finditer(rb"/(F\d+) [\d.]+ Tf|BT|(-?[\d.]+) (-?[\d.]+) Td|<([0-9A-Fa-f]*)> Tj", content):
            if token.group(1):
                font = fonts.get(token.group(1), {})
            elif token.group(0) == b"BT":
                y = 0.0
            elif token.group(2):
                y += float(token.group(3))
                if last_y is not None and abs(y - last_y) > 0.5:
                    lines.append("".join(line))
                    line = []
                last_y = y
            else:
                codes = token.group(4).decode()
                line.extend(font.get(int(codes[i:i + 4], 16), "\ufffd") for i in range(0, len(codes), 4))
        lines.append("".join(line))
        pages.append("\n".join(" ".join(text.split()) for text in lines if text.strip()))
    return pages


# -- helpers -------------------------------------------------------------------------------

def menu(window, title: str) -> QMenu:
    for action in window.menuBar().actions():
        if action.text().replace("&", "") == title:
            return action.menu()
    raise AssertionError(f"no menu {title}")


def action(window, name: str) -> QAction:
    found = window.findChild(QAction, name)
    assert found is not None, name
    return found


def click_meeting(qtbot, window, meeting_id: str) -> None:
    row = next(r for r in range(window.proxy.rowCount()) if window.visible_meetings()[r].id == meeting_id)
    rect = window.list_view.visualRect(window.proxy.index(row, 1))
    qtbot.mouseClick(window.list_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_meeting().id == meeting_id


def save_to(window, path: Path) -> list[tuple[str, str, str]]:
    """Answer every save dialog with this path; returns what the dialogs were asked."""
    asked: list[tuple[str, str, str]] = []

    def answer(caption: str, suggested: str, name_filter: str) -> str:
        asked.append((caption, suggested, name_filter))
        return str(path)

    window.export_actions.ask_save_path = answer
    return asked


def quote_position(detail, text: str) -> QPoint:
    cursor = detail.document().find(text)
    assert not cursor.isNull(), text
    return detail.cursorRect(cursor).center()


# -- menus ---------------------------------------------------------------------------------

def test_file_and_edit_menus_offer_export_print_and_cite(make_window):
    window = make_window()
    file_items = [a.text().replace("&", "") for a in menu(window, "File").actions()]
    assert file_items.index("Export") < file_items.index("Print") < file_items.index("Print Preview") < \
        file_items.index("Reload")
    exports = [a.text() for a in window.export_actions.export_menu.actions() if not a.isSeparator()]
    assert exports == ["Meeting as Markdown…", "Meeting as HTML…", "Meeting as PDF…", "Meeting as JSON…",
                       "List as Markdown…", "List as HTML…", "List as PDF…", "List as CSV…", "List as JSON…",
                       "Explore Page as Markdown…", "Explore Page as HTML…", "Explore Page as PDF…",
                       "Explore Page as CSV…", "Explore Page as JSON…"]
    assert "Copy Quote with Citation" in [a.text().replace("&", "") for a in menu(window, "Edit").actions()]
    assert action(window, "printMeetingAction").shortcut().toString() == "Ctrl+P"


def test_actions_are_enabled_only_when_there_is_something_to_act_on(make_window, qtbot):
    window = make_window()
    assert not action(window, "exportMeetingPdfAction").isEnabled()  # nothing selected yet
    assert action(window, "exportListCsvAction").isEnabled()
    click_meeting(qtbot, window, "2023-09-16-wang-yi-sullivan-malta")
    assert action(window, "exportMeetingPdfAction").isEnabled()
    assert not action(window, "copyQuoteCitationAction").isEnabled()  # this meeting has no quote
    click_meeting(qtbot, window, UNGA)
    assert action(window, "copyQuoteCitationAction").isEnabled()
    qtbot.keyClicks(window.search_box, "nothing-matches-this")
    assert not action(window, "exportListCsvAction").isEnabled()
    assert not action(window, "printListAction").isEnabled()


# -- export --------------------------------------------------------------------------------

def test_exporting_the_meeting_as_html_matches_diplo_data(make_window, qtbot, tmp_path):
    window = make_window()
    click_meeting(qtbot, window, UNGA)
    asked = save_to(window, tmp_path / "unga")  # no suffix typed: .html is added
    action(window, "exportMeetingHtmlAction").trigger()
    written = tmp_path / "unga.html"
    assert asked[0][1].endswith(f"{UNGA}.html") and asked[0][2] == "HTML files (*.html)"
    text = written.read_text(encoding="utf-8")
    assert f"<h1>{UNGA_TITLE}</h1>" in text
    assert f"&ldquo;{HAN_ZHENG}&rdquo;" in text
    assert "<i>via interpreter, spoken in Chinese</i> &middot; source: " in text
    assert window.statusBar().currentMessage() == f"Exported 1 meeting as HTML to {written}"
    assert cli.main(["export", "--format", "html", "--meeting", UNGA, "-o", str(tmp_path / "cli.html")]) == 0
    assert (tmp_path / "cli.html").read_text(encoding="utf-8") == text


def test_exporting_the_filtered_list_as_csv_follows_the_list(make_window, qtbot, tmp_path):
    window = make_window()
    qtbot.keyClicks(window.search_box, "issue:taiwan")
    save_to(window, tmp_path / "taiwan.csv")
    action(window, "exportListCsvAction").trigger()
    text = (tmp_path / "taiwan.csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    taiwan = [m.id for m in window.dataset.meetings if any(i.id == "taiwan" for i in m.issues)]
    assert "2022-11-14-biden-xi-bali" in taiwan and len(taiwan) < len(window.dataset.meetings)
    assert [r["id"] for r in rows] == [m.id for m in window.visible_meetings()] == taiwan
    assert "Taiwan" in rows[0]["issues"] and "Joe Biden" in rows[0]["participants"]
    assert cli.main(["export", "--format", "csv", "--search", "issue:taiwan", "-o", str(tmp_path / "cli.csv")]) == 0
    assert (tmp_path / "cli.csv").read_text(encoding="utf-8") == text

    header = window.list_view.horizontalHeader()  # sort by title: the export follows the view
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(1) + 10, header.height() // 2))
    action(window, "exportListCsvAction").trigger()
    rows = list(csv.DictReader(io.StringIO((tmp_path / "taiwan.csv").read_text(encoding="utf-8"))))
    assert [r["title"] for r in rows] == sorted((r["title"] for r in rows), key=str.casefold)
    assert [r["id"] for r in rows] == [m.id for m in window.visible_meetings()]


def test_exported_list_json_opens_again_as_the_same_meetings(make_window, qtbot, tmp_path):
    window = make_window()
    qtbot.keyClicks(window.search_box, "beijing")
    shown = window.visible_meetings()
    save_to(window, tmp_path / "beijing.json")
    action(window, "exportListJsonAction").trigger()
    again = make_window(tmp_path / "beijing.json", include_bundled=False)
    assert again.load_result.problems == ()
    assert again.visible_meetings() == shown


STATE_TRANSCRIPT = "https://miragenews.com/blinken-chinas-vp-han-zheng-prep-for-meeting-1086781"


def assert_unga_pdf(data: bytes) -> list[str]:
    """The UNGA meeting as legible PDF pages: title, quotes with speakers and rendering, 韩正, the source links."""
    pages = pdf_pages(data)
    lines = pages[0].splitlines()
    assert lines[:2] == ["Blinken meets Han Zheng in New York", "during the UN General Assembly"]
    assert f"“{HAN_ZHENG}”" in lines
    assert "— Han Zheng, Vice President of the People's Republic of China" in lines
    assert ("via interpreter, spoken in Chinese · source: U.S. Department of State (as republished by Mirage News)"
            in " ".join(pages[0].split()))  # the line may wrap
    assert f"“{BLINKEN}”" in lines
    assert "Han Zheng 韩正" in lines  # the CJK font is embedded
    unbroken = "".join(" ".join(pages).split())  # a long address may wrap anywhere
    assert STATE_TRANSCRIPT in unbroken  # printed, not only linked
    assert STATE_TRANSCRIPT.encode() in re.findall(rb"/URI \((.*?)\)", data)
    assert "/Title (\xfe\xff".encode("latin-1") in data
    return pages


def test_the_unga_pdf_shows_its_quotes_and_sources(make_window, qtbot, tmp_path, cjk_font):
    window = make_window()
    click_meeting(qtbot, window, UNGA)
    save_to(window, tmp_path / "unga.pdf")
    action(window, "exportMeetingPdfAction").trigger()
    assert_unga_pdf((tmp_path / "unga.pdf").read_bytes())


def test_hostile_text_prints_as_text_in_pdf_and_html(make_window, qtbot, tmp_path, write_yaml):
    window = make_window(write_yaml(HOSTILE))
    click_meeting(qtbot, window, "hostile")
    save_to(window, tmp_path / "hostile.pdf")
    action(window, "exportMeetingPdfAction").trigger()
    data = (tmp_path / "hostile.pdf").read_bytes()
    text = pdf_pages(data)[0]
    assert "<h1>Big</h1><script>alert('t')</script>" in text
    assert "“</p><script>alert(1)</script> & more”" in text
    assert "<b>Eve</b> <img src=x>" in text and "<img src=x onerror=alert(1)>" in text
    assert sorted(re.findall(rb"/URI \((.*?)\)", data)) == [b"https://example.org/", b"https://example.org/?a=<b>"]
    save_to(window, tmp_path / "hostile.html")
    action(window, "exportMeetingHtmlAction").trigger()
    html = (tmp_path / "hostile.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "<script" not in html and "<img" not in html


def test_a_failed_export_says_why_and_leaves_no_file(make_window, qtbot, tmp_path):
    window = make_window()
    errors: list[tuple[str, str]] = []
    window.export_actions.show_error = lambda title, text: errors.append((title, text))
    target = tmp_path / "missing-folder" / "list.md"
    save_to(window, target)
    action(window, "exportListMarkdownAction").trigger()
    assert errors == [("Export Failed", f"Could not export to {target}: No such file or directory. "
                       "Nothing was written, and an existing file there is unchanged.")]
    assert window.statusBar().currentMessage() == "Export failed: No such file or directory"
    assert not target.parent.exists()


def test_a_failed_export_keeps_the_existing_file(make_window, qtbot, tmp_path, monkeypatch):
    window = make_window()
    errors: list[tuple[str, str]] = []
    window.export_actions.show_error = lambda title, text: errors.append((title, text))
    target = tmp_path / "list.html"
    target.write_text("my earlier export", encoding="utf-8")
    save_to(window, target)

    def full_disk(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", full_disk)
    action(window, "exportListHtmlAction").trigger()
    monkeypatch.undo()
    assert "No space left on device" in errors[0][1]
    assert target.read_text(encoding="utf-8") == "my earlier export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["list.html"]


def test_cancelling_the_save_dialog_writes_nothing(make_window, tmp_path):
    window = make_window()
    window.export_actions.ask_save_path = lambda *args: ""
    message = window.statusBar().currentMessage()
    assert window.export_actions.export("list", "csv") is None
    assert window.statusBar().currentMessage() == message and list(tmp_path.iterdir()) == []


# -- print -----------------------------------------------------------------------------------

def test_ctrl_p_prints_the_current_meeting(make_window, qtbot, tmp_path):
    window = make_window()
    click_meeting(qtbot, window, UNGA)
    out = tmp_path / "printed.pdf"
    dialogs: list[QPrinter] = []

    def print_to_file(printer: QPrinter) -> bool:  # what a user picking "Print to File (PDF)" does
        dialogs.append(printer)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return True

    window.export_actions.run_print_dialog = print_to_file
    qtbot.keyClick(window.list_view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert len(dialogs) == 1 and dialogs[0].docName() == UNGA_TITLE
    text = pdf_pages(out.read_bytes())[0]
    assert f"“{HAN_ZHENG}”" in text
    assert window.statusBar().currentMessage() == f"Sent “{UNGA_TITLE}” to the printer."


def test_cancelling_the_print_dialog_prints_nothing(make_window, qtbot, tmp_path):
    window = make_window()
    window.export_actions.run_print_dialog = lambda printer: False
    assert window.export_actions.print_scope("list") is False


def test_print_preview_of_the_list_paints_every_meeting(make_window, qtbot, tmp_path):
    window = make_window()
    qtbot.keyClicks(window.search_box, "beijing")
    previews = []
    window.export_actions.run_preview = lambda printer, paint: previews.append((printer, paint))
    action(window, "previewListAction").trigger()
    printer, paint = previews[0]
    assert printer.docName() == "Diplomatic meetings matching “beijing”"
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "preview.pdf"))
    paint(printer)
    text = "\n".join(pdf_pages((tmp_path / "preview.pdf").read_bytes()))
    words = " ".join(text.split())  # a long title may wrap
    for meeting in window.visible_meetings():
        assert meeting.title in words
    assert "Diplomatic meetings matching “beijing”" in text


def test_the_real_preview_dialog_shows_pages(make_window, qtbot):
    window = make_window()
    click_meeting(qtbot, window, UNGA)
    painted: list[int] = []

    def paint(printer: QPrinter) -> None:
        painted.append(1)
        print_document([window.current_meeting()], UNGA_TITLE).print_(printer)

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)  # the dialog does not own it: keep it alive
    dialog = window.export_actions.preview_dialog(printer, paint)
    dialog.open()  # not exec(): the test keeps control
    widget = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: widget.pageCount() >= 1)
    assert painted
    dialog.close()
    dialog.deleteLater()


# -- copy a quote with its citation ---------------------------------------------------------

REUTERS = "https://au.news.yahoo.com/top-us-diplomat-blinken-meets-192258735.html"
CITED = (f"“{BLINKEN}”\n"
         f"— Antony Blinken, Secretary of State, at “{UNGA_TITLE}”, "
         "China's mission to the United Nations, New York, United States of America, 18 September 2023.\n"
         "Source: Reuters (Humeyra Pamuk, Michael Martina), via Yahoo News, “Top US diplomat Blinken meets China's "
         f"VP Han at U.N. amid strained ties”, {REUTERS}")


# A real popup menu on the offscreen platform: it says it cannot raise or grab the keyboard.
@pytest.mark.qt_log_ignore("This plugin does not support raise", "This plugin does not support grabbing the keyboard")
def test_right_click_on_a_quote_copies_it_with_its_citation(make_window, qtbot):
    window = make_window()
    click_meeting(qtbot, window, UNGA)
    detail = window.detail
    pos = quote_position(detail, BLINKEN)
    chosen: list[str] = []

    def pick_from_menu() -> None:
        popup = QApplication.activePopupWidget()
        try:
            chosen.extend(a.text() for a in popup.actions())
            popup.findChild(QAction, "copyQuoteCitationContextAction").trigger()
        finally:  # whatever happens, the menu closes, so exec() returns and the test can fail
            if popup is not None:
                popup.close()

    QTimer.singleShot(0, pick_from_menu)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, detail.viewport().mapToGlobal(pos))
    QApplication.sendEvent(detail.viewport(), event)
    assert chosen[0] == "Copy Quote with &Citation"
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.text() == CITED
    assert f"<blockquote><p>“{BLINKEN}”</p>" in mime.html()
    assert f'<a href="{REUTERS}">Top US diplomat Blinken meets China&#x27;s VP Han at U.N. amid strained ties</a>' \
        in mime.html()
    assert window.statusBar().currentMessage() == "Copied a quote by Antony Blinken with its citation."


def test_no_citation_item_away_from_quotes(make_window, qtbot):
    window = make_window()
    click_meeting(qtbot, window, UNGA)
    mark = window.detail.document().find(f"“{HAN_ZHENG}”")
    mark.setPosition(mark.selectionStart() + 1)  # the format of the opening mark itself
    assert not mark.charFormat().anchorHref()  # the quote's anchor is a name, not a link in link colour
    assert mark.charFormat().foreground().color() == window.detail.textCursor().charFormat().foreground().color()
    menu_away = window.detail.build_context_menu(quote_position(window.detail, "Participants"))
    assert menu_away.findChild(QAction, "copyQuoteCitationContextAction") is None
    menu_on = window.detail.build_context_menu(quote_position(window.detail, "recent high level"))
    assert menu_on.findChild(QAction, "copyQuoteCitationContextAction") is not None


def test_ctrl_shift_c_copies_the_quote_the_cursor_is_in_or_the_first(make_window, qtbot):
    window = make_window()
    click_meeting(qtbot, window, UNGA)
    qtbot.keyClick(window.list_view, Qt.Key.Key_C,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    copied = QGuiApplication.clipboard().mimeData().text()
    assert copied.startswith(f"“{HAN_ZHENG}”\n— Han Zheng, Vice")
    # Qt's names for languages in the window's citation.
    assert "18 September 2023 (via interpreter, spoken in Chinese).\nSource: U.S. Department of State (as republished by Mirage News), " in copied
    detail = window.detail
    qtbot.mouseClick(detail.viewport(), Qt.MouseButton.LeftButton, pos=quote_position(detail, BLINKEN))
    assert detail.textCursor().block().text().startswith(f"“{BLINKEN}")
    qtbot.keyClick(detail, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert QGuiApplication.clipboard().mimeData().text() == CITED


def test_a_hostile_quote_is_copied_as_escaped_rich_text(make_window, qtbot, write_yaml):
    window = make_window(write_yaml(HOSTILE))
    click_meeting(qtbot, window, "hostile")
    window.export_actions.copy_quote_action.trigger()
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.text().startswith("“</p><script>alert(1)</script> & more”\n— <b>Eve</b> <img src=x>, =SUM(A1), at")
    assert mime.text().endswith("Source: <u>Wire</u>, https://example.org/?a=<b>")
    html = mime.html()
    assert "&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; more" in html
    assert "<script" not in html and "<img" not in html and "<u>" not in html
    assert '<a href="https://example.org/?a=&lt;b&gt;">&lt;u&gt;Wire&lt;/u&gt;</a>' in html


def test_nothing_to_copy_is_said_in_the_status_bar(make_window, qtbot):
    window = make_window()
    QGuiApplication.clipboard().setText("untouched")
    assert window.export_actions.copy_quote() is None
    assert window.statusBar().currentMessage() == "Select a meeting to copy one of its quotes."
    click_meeting(qtbot, window, "2023-09-16-wang-yi-sullivan-malta")
    assert window.export_actions.copy_quote() is None
    assert window.statusBar().currentMessage() == "This meeting has no quote to copy."
    assert QGuiApplication.clipboard().text() == "untouched"


@pytest.fixture(autouse=True)
def _clean_clipboard():
    yield
    QGuiApplication.clipboard().clear()



def test_any_sequence_of_meetings_exports_under_its_own_title(make_window, tmp_path):
    """The entry point an issue thread or a pair history will use: meetings in their order, a title."""
    window = make_window()
    thread = [m for m in reversed(window.dataset.meetings) if any(i.id == "taiwan" for i in m.issues)]
    save_to(window, tmp_path / "thread.md")
    written = window.export_actions.export_meetings(thread, "Taiwan: the thread", "markdown", "taiwan")
    text = written.read_text(encoding="utf-8")
    assert text.startswith("# Taiwan: the thread\n")
    assert [line[3:] for line in text.splitlines() if line.startswith("## ")] == [m.title for m in thread]
    assert len(thread) > 1
    assert window.statusBar().currentMessage() == f"Exported {len(thread)} meetings as Markdown to {written}"


def test_the_issue_thread_in_explore_exports_and_prints_as_its_own_page(make_window, qtbot, tmp_path):
    window = make_window()
    menu(window, "File").aboutToShow.emit()  # what opening the menu does
    assert not action(window, "exportPageMarkdownAction").isEnabled()  # the Explore dock is closed
    assert window.explore.show_issue_thread("taiwan")
    menu(window, "File").aboutToShow.emit()
    assert action(window, "exportPageMarkdownAction").isEnabled()
    asked = save_to(window, tmp_path / "thread")
    action(window, "exportPageMarkdownAction").trigger()
    written = tmp_path / "thread.md"
    assert asked[0][1].endswith("diplo-thread-taiwan.md")
    text = written.read_text(encoding="utf-8")
    assert text.startswith("# Issue thread: Taiwan\n")
    thread = [line[3:] for line in text.splitlines() if line.startswith("## ")]
    taiwan = [m for m in reversed(window.dataset.meetings) if any(i.id == "taiwan" for i in m.issues)]
    assert thread == [m.title for m in taiwan]  # oldest first, as the thread reads
    assert thread[:2] == ["Biden and Xi speak by phone as tensions over Taiwan rise",
                          "Biden and Xi meet in Bali on the eve of the G20 summit"]
    assert window.statusBar().currentMessage() == f"Exported {len(thread)} meetings as Markdown to {written}"
    # The pair in front is exported instead once its tab is chosen.
    assert window.explore.show_pair("person", "antony-blinken", "wang-yi")
    save_to(window, tmp_path / "pair.csv")
    action(window, "exportPageCsvAction").trigger()
    rows = list(csv.DictReader(io.StringIO((tmp_path / "pair.csv").read_text(encoding="utf-8"))))
    assert [r["id"] for r in rows] == ["2023-02-18-blinken-wang-yi-munich", "2023-06-19-blinken-wang-yi-beijing",
                                       "2023-07-13-blinken-wang-yi-jakarta", "2023-10-26-wang-yi-washington"]
    painted: list[QPrinter] = []
    window.export_actions.run_preview = lambda printer, paint: painted.append(printer)
    action(window, "previewPageAction").trigger()
    assert painted and painted[0].docName() == "Antony Blinken – Wang Yi"


def test_the_user_guides_example_citation_is_what_the_window_copies(make_window, qtbot):
    """docs/user-guide.md shows, for Han Zheng's first quote of 18 September 2023, exactly
    what Edit › Copy Quote with Citation puts on the clipboard."""
    guide = (Path(__file__).resolve().parents[2] / "docs" / "user-guide.md").read_text(encoding="utf-8")
    section = guide.split("## Export, print and cite", 1)[1]
    example = re.search(r"```text\n(.*?)\n *```", section, re.S)
    assert example is not None
    shown = "\n".join(line.strip() for line in example.group(1).splitlines())
    window = make_window()
    click_meeting(qtbot, window, UNGA)
    edit = menu(window, "Edit").actions()
    copy = next(a for a in edit if a.text().replace("&", "") == "Copy Quote with Citation")
    copy.trigger()
    assert shown == QGuiApplication.clipboard().mimeData().text()
