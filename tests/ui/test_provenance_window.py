"""A reader checks a quote: its source and rendering under it, and "Show in source" highlights it."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QPoint, Qt

from diplo_gui.core.verify import normalise

FIXTURE = Path(__file__).parents[1] / "data" / "provenance"
FIXTURE_MEETING = "2023-09-18-example-sample"
UNGA = "2023-09-18-blinken-han-zheng"
HAN_ZHENG = "At present, China-U.S. relations are the most consequential relations."


def link_position(detail, text: str, occurrence: int = 0) -> QPoint:
    """The centre of the n-th occurrence of a link's text in the detail pane."""
    cursor = detail.document().find(text)
    for _ in range(occurrence):
        cursor = detail.document().find(text, cursor)
    assert not cursor.isNull(), text
    detail.setTextCursor(cursor)
    detail.ensureCursorVisible()  # the link must be on screen to be clicked
    cursor.setPosition(cursor.selectionStart() + 2)
    return detail.cursorRect(cursor).center()


def click_show_in_source(qtbot, window, occurrence: int = 0):  # type: ignore[no-untyped-def]
    detail = window.detail
    pos = link_position(detail, "Show in source", occurrence)  # (no-break spaces match spaces)
    qtbot.mouseClick(detail.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    viewer = detail.source_view
    assert viewer is not None and viewer.isVisible()
    qtbot.waitExposed(viewer)
    return viewer


def selected_text(viewer) -> str:  # type: ignore[no-untyped-def]
    return viewer.text_view.textCursor().selectedText()


def in_view(viewer) -> bool:  # type: ignore[no-untyped-def]
    view = viewer.text_view
    return view.viewport().rect().contains(view.cursorRect(view.textCursor()).center())


def test_each_quote_shows_its_source_and_how_the_english_came_to_be(make_window):
    window = make_window(FIXTURE)
    assert window.select_meeting(FIXTURE_MEETING) is not False
    shown = window.detail.toPlainText()
    assert "via interpreter, spoken in Chinese · Ministry of Examples, 18 September 2023 · Show in source" in shown
    assert "translated from Spanish by Example Wire, spoken in Chinese · Example Wire, 18 September 2023\n" in shown
    # The source's link is its deep link.
    cursor = window.detail.document().find("Ministry of Examples, 18 September 2023")
    cursor.setPosition(cursor.selectionStart() + 1)
    assert cursor.charFormat().anchorHref() == "https://example.org/transcripts/2023-09-18-example-sample"
    # A source without a stored text offers nothing to show; a quote without a source says only how it was said.
    assert shown.count("Show in source") == 2
    assert "“Good morning, everyone.”\n— Ada Example, Minister of Examples\nown words" in shown
    # Under Sources, each source says who published what kind of text, when, and where.
    assert shown.endswith("Sources\nMinister Ada Example and Vice Minister Bo Sample Before Their Meeting\n"
                          "Ministry of Examples · transcript · 18 September 2023 · example.org\n"
                          "Example and Sample meet\nExample Wire · news report · 18 September 2023 · wire.example.org")


def test_show_in_source_opens_the_text_with_the_quote_highlighted_and_in_view(make_window, qtbot, tmp_path):
    # A long text: the quote is far below the first screen, so scrolling is needed to see it.
    folder = tmp_path / "data"
    shutil.copytree(FIXTURE, folder)
    transcript = folder / "texts" / "example-transcript.txt"
    lines = transcript.read_text(encoding="utf-8").splitlines()
    transcript.write_text("\n".join(lines[:3] + [f"Paragraph {i} of the opening remarks." for i in range(300)]
                                    + lines[3:]) + "\n", encoding="utf-8")
    window = make_window(folder)
    window.select_meeting(FIXTURE_MEETING)
    viewer = click_show_in_source(qtbot, window, occurrence=1)  # Bo Sample's words, via interpreter
    quote = window.current_meeting().quotes[1]
    assert "Paragraph 299 of the opening remarks." in viewer.text_view.toPlainText()
    assert selected_text(viewer) == "Our two countries’ relationship is “steady and sound,”"
    assert normalise(selected_text(viewer)) == normalise(quote.text)
    assert viewer.text_view.verticalScrollBar().value() > 0
    assert in_view(viewer)
    assert viewer.title_label.text() == "Minister Ada Example and Vice Minister Bo Sample Before Their Meeting"
    assert viewer.publisher_label.text() == "Ministry of Examples"
    assert viewer.date_label.text() == "18 September 2023"
    assert viewer.licence_label.text() == "Public domain (a fictional test text)"
    assert viewer.extent_label.text() == "The whole text"
    assert viewer.url_label.text() == "https://example.org/transcripts/2023-09-18-example-sample"
    assert viewer.text_view.isReadOnly()
    qtbot.keyClick(viewer.text_view, Qt.Key.Key_Escape)  # a reader closes it as any small window
    assert not viewer.isVisible()


def test_a_quote_across_a_line_break_and_typographic_marks_is_highlighted_as_written_in_the_source(
        make_window, qtbot):
    window = make_window(FIXTURE)
    window.select_meeting(FIXTURE_MEETING)
    viewer = click_show_in_source(qtbot, window)
    # U+2029 is how Qt reports a line break inside a selection.
    assert selected_text(viewer) == ("It’s a pleasure to\u2029welcome the Vice Minister — and his delegation — "
                                     "to our capital.")
    assert in_view(viewer)


def test_markup_in_a_source_never_renders(make_window, qtbot, tmp_path):
    folder = tmp_path / "data"
    shutil.copytree(FIXTURE, folder)
    data = folder / "meetings.yaml"
    data.write_text(data.read_text(encoding="utf-8").replace(
        "publisher: Ministry of Examples", 'publisher: "<b>Ministry</b> <img src=x>"'), encoding="utf-8")
    transcript = folder / "texts" / "example-transcript.txt"
    transcript.write_text("<h1>Big</h1><a href='https://evil.example'>link</a>\n"
                          + transcript.read_text(encoding="utf-8"), encoding="utf-8")
    window = make_window(folder)
    window.select_meeting(FIXTURE_MEETING)
    assert "via interpreter, spoken in Chinese · <b>Ministry</b> <img src=x>, 18 September 2023" \
        in window.detail.toPlainText()
    viewer = click_show_in_source(qtbot, window)
    assert viewer.publisher_label.text() == "<b>Ministry</b> <img src=x>"
    assert viewer.publisher_label.textFormat() == Qt.TextFormat.PlainText
    assert viewer.text_view.toPlainText().startswith("<h1>Big</h1><a href='https://evil.example'>link</a>\n")


def test_han_zhengs_words_are_the_interpreters_english_from_the_state_department_transcript(make_window, qtbot):
    window = make_window()
    window.select_meeting(UNGA)
    shown = window.detail.toPlainText()
    assert (f"“{HAN_ZHENG}”\n— Han Zheng, Vice President of the People's Republic of China\n"
            "via interpreter, spoken in Chinese · U.S. Department of State (as republished by Mirage News), 18 September 2023 · Show in source") in shown
    viewer = click_show_in_source(qtbot, window)  # the first quote is Han Zheng's
    assert selected_text(viewer) == HAN_ZHENG
    assert viewer.publisher_label.text() == "U.S. Department of State (as republished by Mirage News)"
    assert "VICE PRESIDENT HAN: (Via interpreter)" in viewer.text_view.toPlainText()
    assert in_view(viewer)


def test_a_stored_text_that_is_gone_says_so_in_the_viewer(make_window, qtbot, tmp_path):
    folder = tmp_path / "data"
    shutil.copytree(FIXTURE, folder)
    window = make_window(folder)
    window.select_meeting(FIXTURE_MEETING)
    (folder / "texts" / "example-transcript.txt").unlink()  # after loading: the text is read only when asked
    viewer = click_show_in_source(qtbot, window)
    assert viewer.status_label.text() == ("The stored text cannot be shown: "
                                          "the stored text file texts/example-transcript.txt is missing")
    assert viewer.text_view.toPlainText() == "" and viewer.highlighted_span() is None


def test_a_phone_call_says_so_under_its_date(make_window):
    window = make_window()
    window.select_meeting("2022-07-28-biden-xi-call")
    assert window.detail.toPlainText().splitlines()[1] == "28 July 2022 · by phone"
    window.select_meeting(UNGA)
    assert window.detail.toPlainText().splitlines()[1] == "18 September 2023"


def test_huge_values_in_a_source_never_make_the_viewer_larger_than_the_screen(make_window, qtbot, tmp_path):
    # 100,000 characters without a space (QLabel cannot wrap them) and a title of 20,000 words.
    folder = tmp_path / "data"
    shutil.copytree(FIXTURE, folder)
    data = folder / "meetings.yaml"
    huge, words = "W" * 100_000, " ".join(["word"] * 20_000)
    data.write_text(data.read_text(encoding="utf-8")
                    .replace("publisher: Ministry of Examples", f"publisher: {huge}")
                    .replace("title: Minister Ada Example and Vice Minister Bo Sample Before Their Meeting",
                             f"title: {words}")
                    .replace("https://example.org/transcripts/2023-09-18-example-sample", f"https://example.org/{huge}")
                    .replace('licence: "Public domain (a fictional test text)"', f"licence: {huge}"),
                    encoding="utf-8")
    window = make_window(folder)
    window.select_meeting(FIXTURE_MEETING)
    viewer = click_show_in_source(qtbot, window)
    screen = viewer.screen().availableGeometry()
    assert viewer.minimumSizeHint().width() <= screen.width() and viewer.width() <= screen.width()
    assert viewer.minimumSizeHint().height() <= screen.height() and viewer.height() <= screen.height()
    assert viewer.publisher_label.text() == huge[:499] + "…"
    assert viewer.url_label.text().startswith("https://example.org/WWW") and viewer.url_label.text().endswith("…")
    assert viewer.windowTitle().startswith("Source: word word") and len(viewer.windowTitle()) < 200
    assert selected_text(viewer).startswith("It’s a pleasure")  # and the text is there to read


def test_a_reader_finds_words_in_the_source_by_keyboard(make_window, qtbot):
    window = make_window(FIXTURE)
    window.select_meeting(FIXTURE_MEETING)
    viewer = click_show_in_source(qtbot, window)
    quote_span = viewer.highlighted_span()
    qtbot.waitUntil(viewer.isActiveWindow)  # opened in front, the keyboard in it
    qtbot.keyClick(viewer.text_view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert viewer.find_field.hasFocus()
    qtbot.keyClicks(viewer.find_field, "minister")
    qtbot.keyClick(viewer.find_field, Qt.Key.Key_Return)
    first = viewer.text_view.textCursor().selectionStart()
    assert selected_text(viewer).lower() == "minister" and in_view(viewer)
    qtbot.keyClick(viewer.find_field, Qt.Key.Key_Return)  # the next one
    second = viewer.text_view.textCursor().selectionStart()
    assert second != first and selected_text(viewer).lower() == "minister"
    qtbot.keyClick(viewer.find_field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)  # back
    assert viewer.text_view.textCursor().selectionStart() == first
    assert viewer.highlighted_span() == quote_span  # the quote stays highlighted meanwhile
    viewer.find_field.clear()
    qtbot.keyClicks(viewer.find_field, "no such words here")
    qtbot.keyClick(viewer.find_field, Qt.Key.Key_Return)
    assert viewer.find_status.text() == "Not found"
    qtbot.keyClick(viewer.find_field, Qt.Key.Key_Escape)  # Esc still closes the page
    assert not viewer.isVisible()


def test_right_click_on_a_quote_offers_show_in_source_when_a_text_is_stored(make_window, qtbot):
    from PySide6.QtGui import QAction

    window = make_window(FIXTURE)
    window.select_meeting(FIXTURE_MEETING)
    detail = window.detail

    def menu_at(words: str):  # type: ignore[no-untyped-def]
        cursor = detail.document().find(words)
        detail.setTextCursor(cursor)
        detail.ensureCursorVisible()
        return detail.build_context_menu(detail.cursorRect(cursor).center())

    assert menu_at("We want steady ties").findChild(QAction, "showInSourceContextAction") is None  # none stored
    show = menu_at("steady and sound").findChild(QAction, "showInSourceContextAction")
    assert show is not None and show.text() == "Show in &Source"
    show.trigger()
    viewer = detail.source_view
    assert viewer is not None and viewer.isVisible()
    assert selected_text(viewer) == "Our two countries’ relationship is “steady and sound,”"
