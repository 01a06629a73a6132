"""File › Draft from Article…, used as a reader does: paste, draft, check the highlights, correct, save.

The user data folder is a temporary one per test; the file dialog and message boxes are
replaced by the test (the review exposes them as callables), so nothing modal blocks.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
import yaml
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from diplo_gui.core import loading
from diplo_gui.ui.drafting.draft_review import ROLE_PROPERTY
from diplo_gui.ui.reader.meeting_model import MeetingTableModel

from desk_helpers import wait_loaded

SEED = Path(__file__).parents[1] / "data" / "drafting" / "seed-reuters-2023-09-18.txt"
UNGA = "2023-09-18-blinken-han-zheng"
DRAFTED_UNGA = UNGA + "-2"  # the engine never reuses a loaded meeting's id


@pytest.fixture
def window(make_window, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    monkeypatch.setattr("diplo_gui.ui.shell.main_window.user_data_dir", lambda: tmp_path / "meetings")
    return make_window()


def open_review(qtbot, window):  # type: ignore[no-untyped-def]
    window.findChild(type(window.draft_actions.action), "draftFromArticleAction").trigger()
    review = window.draft_actions.review
    qtbot.waitExposed(review)
    review.show_error = lambda title, text: pytest.fail(f"unexpected message: {title}: {text}")
    review.ask_open_path = lambda: pytest.fail("unexpected file dialog")
    return review


def paste(qtbot, review, text: str) -> None:  # type: ignore[no-untyped-def]
    QApplication.clipboard().setText(text)
    review.article_view.setFocus()
    qtbot.keyClick(review.article_view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def press_draft(qtbot, review) -> None:  # type: ignore[no-untyped-def]
    """Draft runs on a worker thread: press it and wait for the draft to be shown."""
    qtbot.mouseClick(review.draft_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not review.drafting, timeout=60000)
    assert review.draft is not None, review.message.text()


def draft(qtbot, review, text: str, published: QDate = QDate(2023, 9, 18)) -> None:  # type: ignore[no-untyped-def]
    paste(qtbot, review, text)
    review.published.setDate(published)
    press_draft(qtbot, review)


def click(qtbot, review, key: tuple) -> None:  # type: ignore[no-untyped-def]
    item = review.find_item(key)
    assert item is not None, key
    review.tree.scrollToItem(item)
    qtbot.mouseClick(review.tree.viewport(), Qt.MouseButton.LeftButton, pos=review.tree.visualItemRect(item).center())
    assert review.tree.currentItem() is item


def meeting(review, meeting_id: str):  # type: ignore[no-untyped-def]
    return next(m for m in review.draft.meetings if m.id == meeting_id)


def choose(combo, data) -> None:  # type: ignore[no-untyped-def]
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def test_the_seed_article_is_drafted_corrected_saved_and_shown_like_the_bundled_meeting(qtbot, window, tmp_path):
    review = open_review(qtbot, window)
    draft(qtbot, review, SEED.read_text(encoding="utf-8"))
    review.source_title.setText("Reuters")
    review.source_url.setText("https://www.reuters.com")
    un = meeting(review, DRAFTED_UNGA)
    assert [m.id for m in review.draft.meetings][:2] == [DRAFTED_UNGA, "2023-09-17-wang-yi-sullivan"]
    # The bundled data holds the UN meeting: the review offers to add to it; the reader keeps a copy instead.
    assert un.adds_to is not None and un.adds_to.meeting_id == UNGA
    click(qtbot, review, ("known", DRAFTED_UNGA))
    assert "Already in the data" in review.tree.currentItem().text(0)
    qtbot.mouseClick(review.as_new_box, Qt.MouseButton.LeftButton)
    assert meeting(review, DRAFTED_UNGA).adds_to is None and meeting(review, DRAFTED_UNGA).as_new

    # Selecting a quote marks its words and its speaker's, and the view scrolls to them.
    second = un.quotes[1]
    click(qtbot, review, ("quote", second.parts))
    assert review.highlighted() == [("selected", "The world needs stable and healthy China-U.S. relations,"),
                                    ("selected-speaker", "Han Zheng")]
    cursor = review.article_view.textCursor()
    assert review.article_view.cursorRect(cursor).intersects(review.article_view.viewport().rect())
    # Every span the engine used is coloured, not only the selected ones.
    assert len(review.article_view.extraSelections()) == len(review.draft.highlights()) + 2

    # Wrong speaker, then unattributed (marked as such), then the right one again.
    choose(review.speaker_box, "antony-blinken")
    assert meeting(review, DRAFTED_UNGA).quotes[1].speaker == "antony-blinken"
    assert "Antony Blinken" in review.tree.currentItem().text(0)
    choose(review.speaker_box, None)
    item = review.find_item(("quote", second.parts))
    assert "UNATTRIBUTED" in item.text(0) and item.parent().data(0, Qt.ItemDataRole.UserRole) == ("loose",)
    assert second.parts not in [q.parts for q in meeting(review, DRAFTED_UNGA).quotes]
    choose(review.speaker_box, "han-zheng")
    assert [q.speaker for q in meeting(review, DRAFTED_UNGA).quotes] == [
        "han-zheng", "han-zheng", "antony-blinken", "antony-blinken", "antony-blinken"]

    # Drop a meeting with the Delete key.
    click(qtbot, review, ("meeting", "2022-biden-xi-jinping"))
    qtbot.keyClick(review.tree, Qt.Key.Key_Delete)
    assert "2022-biden-xi-jinping" not in [m.id for m in review.draft.meetings]

    qtbot.mouseClick(review.save_button, Qt.MouseButton.LeftButton)
    wait_loaded(qtbot, window)  # the window reloads what was saved
    saved = tmp_path / "meetings" / f"{DRAFTED_UNGA}.yaml"
    assert review.saved_path == saved and not review.isVisible()
    data = yaml.safe_load(saved.read_text(encoding="utf-8"))
    assert [m["id"] for m in data["meetings"]] == [DRAFTED_UNGA]  # the others are additions to known meetings
    assert "#   - meeting: 2023-09-16-wang-yi-sullivan-malta" in saved.read_text(encoding="utf-8")
    assert not loading.load(loading.sources([saved], True)).has_errors

    # The window reloaded: the drafted meeting is in the list, selected, with the article's quotes and speakers
    # (seed-gold.yaml); its one Reuters quote is the bundled record's, the rest are EFE's words the record left out.
    current = window.list_view.currentIndex()
    title = current.siblingAtColumn(MeetingTableModel.TITLE).data()
    assert title == data["meetings"][0]["title"] == "Antony Blinken meets Han Zheng at the United Nations General Assembly"
    shown = window.current_meeting()
    assert shown is not None and shown.id == DRAFTED_UNGA
    gold = yaml.safe_load((SEED.parent / "seed-gold.yaml").read_text(encoding="utf-8"))
    assert [(q.text, q.speaker.id) for q in shown.quotes] == [(q["text"], q["speaker"]) for q in gold["quotes"]]
    bundled = window.dataset.meeting(UNGA)
    assert [q.text for q in shown.quotes if q.text in {b.text for b in bundled.quotes}] == [gold["quotes"][-1]["text"]]
    assert [q.source.title for q in shown.quotes] == ["Reuters"] * 5
    text = window.detail.toPlainText()
    for quote in shown.quotes:
        assert quote.text in text
    assert "Han Zheng" in text and "Antony Blinken" in text
    assert not window.load_result.has_errors


def test_corrections_of_a_participant_and_a_date_and_a_bad_date_refused(qtbot, window):
    review = open_review(qtbot, window)
    draft(qtbot, review, SEED.read_text(encoding="utf-8"))
    click(qtbot, review, ("meeting", "undated-yellen"))
    assert review.save_button.isEnabled()  # dated meetings exist
    review.date_edit.setText("2023-13")
    qtbot.mouseClick(review.apply_button, Qt.MouseButton.LeftButton)
    assert "month 13" in review.message.text()
    assert meeting(review, "undated-yellen").date is None
    review.date_edit.clear()
    qtbot.keyClicks(review.date_edit, "2023-07")
    qtbot.keyClick(review.date_edit, Qt.Key.Key_Return)
    moved = meeting(review, "2023-07-yellen")
    assert str(moved.date.date) == "2023-07" and review.current_key() == ("meeting", "2023-07-yellen")

    click(qtbot, review, ("participant", "2023-07-yellen", 0))
    choose(review.participant_box, "gina-raimondo")
    assert [p.person for p in meeting(review, "2023-07-yellen").participants] == ["gina-raimondo"]
    # The last participant cannot go: the meeting would not load.
    qtbot.mouseClick(review.drop_button, Qt.MouseButton.LeftButton)
    assert "drop the meeting" in review.message.text()
    assert len(meeting(review, "2023-07-yellen").participants) == 1
    assert "2023-07-yellen" in review.yaml_text() and "gina-raimondo" in review.yaml_text()


def test_corrections_are_undone_and_redone_with_the_keys_and_the_buttons(qtbot, window):
    review = open_review(qtbot, window)
    draft(qtbot, review, SEED.read_text(encoding="utf-8"))
    assert not review.undo_button.isEnabled() and not review.redo_button.isEnabled()
    original = review.draft
    click(qtbot, review, ("meeting", "undated-yellen"))
    review.date_edit.clear()
    qtbot.keyClicks(review.date_edit, "2023-07")
    qtbot.keyClick(review.date_edit, Qt.Key.Key_Return)
    dated = review.draft
    click(qtbot, review, ("meeting", "2022-biden-xi-jinping"))
    qtbot.keyClick(review.tree, Qt.Key.Key_Delete)
    assert "2022-biden-xi-jinping" not in [m.id for m in review.draft.meetings]

    review.activateWindow()  # as the user's click into it made it
    qtbot.waitUntil(review.isActiveWindow)
    review.tree.setFocus()
    qtbot.keyClick(review.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the drop, taken back
    assert review.draft == dated and review.current_key() == ("meeting", "2022-biden-xi-jinping")
    assert review.message.text() == "Undone."
    qtbot.mouseClick(review.undo_button, Qt.MouseButton.LeftButton)  # the date, taken back
    assert review.draft == original and not review.undo_button.isEnabled()
    qtbot.mouseClick(review.redo_button, Qt.MouseButton.LeftButton)
    assert review.draft == dated
    review.tree.setFocus()
    qtbot.keyClick(review.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert "2022-biden-xi-jinping" not in [m.id for m in review.draft.meetings]
    assert not review.redo_button.isEnabled()
    # A new correction after an undo forgets what could have been redone.
    qtbot.mouseClick(review.undo_button, Qt.MouseButton.LeftButton)
    click(qtbot, review, ("meeting", "2022-biden-xi-jinping"))
    qtbot.keyClick(review.tree, Qt.Key.Key_Delete)
    assert not review.redo_button.isEnabled()
    # Drafting again starts a new history.
    qtbot.mouseClick(review.edit_button, Qt.MouseButton.LeftButton)
    press_draft(qtbot, review)
    assert not review.undo_button.isEnabled()


def test_an_unattributed_quote_is_marked_and_saved_only_as_a_comment(qtbot, window, tmp_path):
    review = open_review(qtbot, window)
    article = ("Antony Blinken met with Han Zheng on Monday in Geneva.\n"
               "“We agreed on nothing yet,” Blinken said.\n"
               "“Nobody signed this,” the statement read.\n")
    draft(qtbot, review, article)
    [loose] = [q for q in review.draft.quotes if q.speaker is None]
    item = review.find_item(("quote", loose.parts))
    assert "UNATTRIBUTED" in item.text(0)
    assert "1 unattributed" in review.summary.text()
    qtbot.mouseClick(review.save_button, Qt.MouseButton.LeftButton)
    wait_loaded(qtbot, window)  # the window reloads what was saved
    data = yaml.safe_load(review.saved_path.read_text(encoding="utf-8"))
    assert [q["text"] for m in data["meetings"] for q in m.get("quotes", [])] == ["We agreed on nothing yet"]
    assert "#   chars" in review.saved_path.read_text(encoding="utf-8")  # kept for the reviewer, as a comment


def test_an_existing_file_is_never_replaced(qtbot, window, tmp_path):
    folder = tmp_path / "meetings"
    (folder / f"{DRAFTED_UNGA}.yaml").write_text("# mine\n", encoding="utf-8")
    review = open_review(qtbot, window)
    draft(qtbot, review, SEED.read_text(encoding="utf-8"))
    click(qtbot, review, ("known", DRAFTED_UNGA))
    qtbot.mouseClick(review.as_new_box, Qt.MouseButton.LeftButton)  # a copy: saved as its own meeting
    qtbot.mouseClick(review.save_button, Qt.MouseButton.LeftButton)
    wait_loaded(qtbot, window)  # the window reloads what was saved
    assert (folder / f"{DRAFTED_UNGA}.yaml").read_text(encoding="utf-8") == "# mine\n"
    assert review.saved_path == folder / f"{DRAFTED_UNGA}-2.yaml"
    assert window.current_meeting().id == DRAFTED_UNGA


def test_markup_and_control_characters_in_a_pasted_article_show_as_text(qtbot, window):
    review = open_review(qtbot, window)
    article = ("Antony Blinken met with Han Zheng on Monday in Geneva.\n"
               "“<b>Stable</b> ties\x07 & <img src=x> matter\x1b[2J,” Han said.\n")
    paste(qtbot, review, article)

    def controls() -> list[str]:  # the characters marked as control characters
        return [s.cursor.selectedText() for s in review.article_view.extraSelections()
                if s.format.property(ROLE_PROPERTY) == "control"]
    assert controls() == ["\u2407", "\u241b"]  # marked as soon as pasted
    review.article_view.clear()
    draft(qtbot, review, article)
    assert controls() == ["\u2407", "\u241b"]
    shown = review.article_view.toPlainText()
    assert "“<b>Stable</b> ties\u2407 & <img src=x> matter\u241b[2J,” Han said." in shown
    assert review.article_view.article() == article  # the engine reads the characters themselves
    [quote] = review.draft.quotes
    assert quote.text == "<b>Stable</b> ties & <img src=x> matter[2J" and quote.speaker == "han-zheng"
    click(qtbot, review, ("quote", quote.parts))
    assert review.highlighted()[0] == ("selected", "<b>Stable</b> ties\u2407 & <img src=x> matter\u241b[2J,")
    assert "<b>Stable</b>" in review.tree.currentItem().text(0)


def test_a_text_file_opens_through_the_file_dialog_and_characters_beyond_the_bmp_keep_spans(qtbot, window, tmp_path):
    path = tmp_path / "article.txt"
    path.write_bytes("Antony Blinken 🙂 met with Han Zheng on Monday in Geneva.\r\n“Stable ties matter,” Han said.\r\n"
                     .encode())
    review = open_review(qtbot, window)
    review.ask_open_path = lambda: str(path)
    qtbot.mouseClick(review.open_button, Qt.MouseButton.LeftButton)
    review.published.setDate(QDate(2023, 9, 18))
    press_draft(qtbot, review)
    [quote] = review.draft.quotes
    click(qtbot, review, ("quote", quote.parts))
    assert review.highlighted() == [("selected", "Stable ties matter,"), ("selected-speaker", "Han")]
    assert review.article_view.isReadOnly()
    qtbot.mouseClick(review.edit_button, Qt.MouseButton.LeftButton)
    assert not review.article_view.isReadOnly() and review.tree.topLevelItemCount() == 0


def test_new_people_are_offered_as_speakers_and_an_undated_meeting_is_saved_once_dated(qtbot, window):
    review = open_review(qtbot, window)
    draft(qtbot, review, "Ostravian Vice President Ana Kovač met with Balkarian Prime Minister Jonas Eberl in Geneva.\n"
                         "“We will build the dam together,” Kovač said.\n")
    assert [p.id for p in review.draft.people] == ["ana-kovac", "jonas-eberl"]
    assert not review.save_button.isEnabled()  # its one meeting has no date: nothing would be saved
    click(qtbot, review, ("meeting", "undated-kovac-eberl"))
    assert "no date" in review.tree.currentItem().text(0)
    qtbot.keyClicks(review.date_edit, "2023-09-11")
    qtbot.mouseClick(review.apply_button, Qt.MouseButton.LeftButton)
    assert review.save_button.isEnabled()
    [quote] = review.draft.quotes
    click(qtbot, review, ("quote", quote.parts))
    assert review.highlighted() == [("selected", "We will build the dam together,"), ("selected-speaker", "Kovač")]
    assert review.speaker_box.currentText() == "Ana Kovač (new)"
    choose(review.speaker_box, "jonas-eberl")
    assert review.highlighted() == [("selected", "We will build the dam together,")]  # the reviewer's choice has no span
    qtbot.mouseClick(review.save_button, Qt.MouseButton.LeftButton)
    wait_loaded(qtbot, window)  # the window reloads what was saved
    shown = window.current_meeting()
    assert shown.id == "2023-09-11-kovac-eberl"
    assert [(q.text, q.speaker.name, q.speaker.role) for q in shown.quotes] == [
        ("We will build the dam together", "Jonas Eberl", "Prime Minister")]
    assert "Jonas Eberl" in window.detail.toPlainText()


def test_the_menu_entry_is_in_file_and_a_selected_quote_far_down_is_scrolled_into_view(qtbot, window):
    [file_menu] = [a.menu() for a in window.menuBar().actions() if a.menu() and window.quit_action in a.menu().actions()]
    assert window.draft_actions.action in file_menu.actions()
    review = open_review(qtbot, window)
    filler = "".join(f"Line {n} of the wire copy, with nothing quoted.\n" for n in range(300))
    draft(qtbot, review, filler + "Antony Blinken met with Han Zheng on Monday in Geneva.\n"
                                  "“Stable ties matter,” Han said.\n")
    [quote] = review.draft.quotes
    view = review.article_view
    view.verticalScrollBar().setValue(0)
    click(qtbot, review, ("quote", quote.parts))
    assert view.verticalScrollBar().value() > 0
    assert view.cursorRect(view.textCursor()).intersects(view.viewport().rect())
    assert view.textCursor().block().text() == "“Stable ties matter,” Han said."


def test_opening_the_review_loads_the_gazetteer_on_another_thread(qtbot, window, monkeypatch):
    import threading

    from diplo_gui.core.drafting import places

    warmed: list[str] = []
    monkeypatch.setattr(places, "warm_up", lambda: warmed.append(threading.current_thread().name))
    open_review(qtbot, window)
    qtbot.waitUntil(lambda: warmed == ["diplo-gazetteer"])  # while the reader pastes, not when Draft is pressed


def _name_point(review, name: str):  # type: ignore[no-untyped-def]
    """Where a name stands in the article view (a point inside its second letter)."""
    from PySide6.QtGui import QTextCursor

    cursor = QTextCursor(review.article_view.document())
    cursor.setPosition(review.article_view.toPlainText().index(name) + 1)
    review.article_view.setTextCursor(cursor)
    review.article_view.ensureCursorVisible()
    rect = review.article_view.cursorRect(cursor)
    return rect.center() + type(rect.center())(3, 0)


def test_a_double_click_on_a_highlighted_name_makes_it_the_speaker_or_a_participant(qtbot, window):
    review = open_review(qtbot, window)
    draft(qtbot, review, "Foreign Minister Lena Ortiz met with President Tomas Brek in Geneva on Thursday.\n"
                         "“We keep talking,” the statement read.\n"
                         "Defence Minister Aurel Vance attended too.\n", QDate(2024, 3, 8))
    [quote] = review.draft.quotes
    assert quote.speaker is None
    [m] = review.draft.meetings
    assert [p.person for p in m.participants] == ["lena-ortiz", "tomas-brek"]

    click(qtbot, review, ("quote", quote.parts))
    qtbot.mouseDClick(review.article_view.viewport(), Qt.MouseButton.LeftButton, pos=_name_point(review, "Lena Ortiz"))
    assert review.draft.quotes[0].speaker == "lena-ortiz"
    assert review.message.text() == "Lena Ortiz is the speaker."
    assert review.highlighted() == [("selected", "We keep talking,"), ("selected-speaker", "Lena Ortiz")]
    assert [q.speaker for q in meeting(review, m.id).quotes] == ["lena-ortiz"]  # now said at the meeting

    click(qtbot, review, ("meeting", m.id))
    qtbot.mouseDClick(review.article_view.viewport(), Qt.MouseButton.LeftButton, pos=_name_point(review, "Aurel Vance"))
    assert [p.person for p in meeting(review, m.id).participants] == ["lena-ortiz", "tomas-brek", "aurel-vance"]
    assert review.message.text() == "Aurel Vance takes part."
    assert "aurel-vance" in review.yaml_text().split("participants:")[1]
    # Once more is refused, and undo takes the participant back.
    qtbot.mouseDClick(review.article_view.viewport(), Qt.MouseButton.LeftButton, pos=_name_point(review, "Aurel Vance"))
    assert "already takes part" in review.message.text()
    qtbot.mouseClick(review.undo_button, Qt.MouseButton.LeftButton)
    assert [p.person for p in meeting(review, m.id).participants] == ["lena-ortiz", "tomas-brek"]


def test_the_seed_drafted_in_the_window_adds_to_the_known_meetings_and_copies_none(qtbot, window, tmp_path):
    review = open_review(qtbot, window)
    draft(qtbot, review, SEED.read_text(encoding="utf-8"))
    assert all(m.adds_to is not None for m in review.draft.meetings)
    assert "8 already in the data: additions" in review.summary.text()
    item = review.find_item(("meeting", DRAFTED_UNGA))
    assert item.text(0).startswith("Adds to a known meeting · 2023-09-18 · ")
    before = len(window.dataset.meetings)
    qtbot.mouseClick(review.save_button, Qt.MouseButton.LeftButton)
    wait_loaded(qtbot, window)  # the window reloads what was saved
    assert review.saved_path.name == f"additions-{UNGA}.yaml"
    assert len(window.dataset.meetings) == before  # no copy of any meeting
    assert window.current_meeting().id == UNGA
    assert "known meetings is in it" in window.statusBar().currentMessage()
    assert not window.load_result.has_errors


def test_an_empty_binary_huge_or_unbroken_article_gets_a_message_or_a_draft(qtbot, window, tmp_path):
    review = open_review(qtbot, window)
    qtbot.mouseClick(review.draft_button, Qt.MouseButton.LeftButton)
    assert review.message.text() == "Paste an article first." and review.draft is None
    review.set_article("Lena Ortiz met Tomas Brek. " * 12000)  # 324 kB
    qtbot.mouseClick(review.draft_button, Qt.MouseButton.LeftButton)
    assert review.draft is None and "over the 256 KiB" in review.message.text()
    shown: list[str] = []
    review.show_error = lambda title, text: shown.append(f"{title}: {text}")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    review.ask_open_path = lambda: str(binary)
    qtbot.mouseClick(review.open_button, Qt.MouseButton.LeftButton)
    assert shown and "is not UTF-8 text" in shown[0] and "Traceback" not in shown[0]
    review.article_view.clear()
    draft(qtbot, review, "Antony Blinken met with Han Zheng and said “we keep talking” and " * 300, QDate(2024, 3, 8))
    assert review.draft.meetings and "meetings" in review.summary.text()


def test_a_call_shows_its_form_and_delete_makes_it_a_meeting_in_person(qtbot, window):
    review = open_review(qtbot, window)
    draft(qtbot, review, "Antony Blinken spoke by phone today with Han Zheng.\n", QDate(2024, 3, 8))
    [m] = review.draft.meetings
    item = review.find_item(("form", m.id))
    assert item is not None and item.text(0) == "Form: phone call" and item.text(1) == "“phone”"
    click(qtbot, review, ("form", m.id))
    assert review.highlighted() == [("selected", "phone")]
    assert "    form: phone" in review.yaml_text()
    qtbot.keyClick(review.tree, Qt.Key.Key_Delete)
    assert meeting(review, m.id).form == "in-person" and "form:" not in review.yaml_text()


def test_enter_on_a_name_reached_with_the_arrow_keys_makes_it_the_speaker(qtbot, window):
    review = open_review(qtbot, window)
    draft(qtbot, review, "Foreign Minister Lena Ortiz met with President Tomas Brek on Thursday.\n"
                         "“We keep talking,” the statement read.\n", QDate(2024, 3, 8))
    [quote] = review.draft.quotes
    click(qtbot, review, ("quote", quote.parts))
    review.article_view.setFocus()
    qtbot.keyClick(review.article_view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    for _ in range(len("Foreign Minister Le")):
        qtbot.keyClick(review.article_view, Qt.Key.Key_Right)
    qtbot.keyClick(review.article_view, Qt.Key.Key_Return)
    assert review.draft.quotes[0].speaker == "lena-ortiz"
    assert review.message.text() == "Lena Ortiz is the speaker."
    assert review.article_view.toPlainText().startswith("Foreign Minister")  # the text is unchanged


def test_every_field_has_a_label_that_reaches_it_with_alt_and_a_name_for_screen_readers(qtbot, window):
    from PySide6.QtWidgets import QLabel

    review = open_review(qtbot, window)
    review.activateWindow()
    fields = {Qt.Key.Key_P: review.published, Qt.Key.Key_S: review.source_title, Qt.Key.Key_R: review.source_url}
    for key, field in fields.items():
        qtbot.keyClick(review, key, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda field=field: field.hasFocus() or field.isAncestorOf(QApplication.focusWidget()))
    buddies = {label.buddy() for label in review.findChildren(QLabel) if label.buddy() is not None}
    named = (review.published, review.source_title, review.source_url, review.speaker_box,
             review.participant_box, review.title_edit, review.date_edit)
    for field in named:
        assert field in buddies, field.objectName()
        assert field.accessibleName(), field.objectName()


REAL_DEV = Path(__file__).parents[1] / "data" / "drafting" / "real" / "dev"


def large_article() -> str:
    """Real published texts, one after another, up to just under the 256 KiB a draft takes."""
    texts = [yaml.safe_load(path.read_text(encoding="utf-8"))["text"] for path in sorted(REAL_DEV.glob("*.yaml"))]
    article = ""
    while True:
        for text in texts:
            if len((article + text + "\n\n").encode("utf-8")) > 250 * 1024:
                return article
            article += text + "\n\n"


@pytest.fixture
def gated(monkeypatch):  # type: ignore[no-untyped-def]
    """The engine waits at a gate the test opens, so 'before the draft arrives' never depends on speed."""
    from diplo_gui.ui.drafting import draft_review

    gate = threading.Event()
    real = draft_review.draft_article

    def waiting(*args, **kwargs):  # type: ignore[no-untyped-def]
        assert gate.wait(60), "the test never opened the gate"
        return real(*args, **kwargs)

    monkeypatch.setattr(draft_review, "draft_article", waiting)
    return gate


def test_a_large_article_drafts_on_a_worker_thread_while_both_windows_answer(qtbot, window, gated):
    review = open_review(qtbot, window)
    paste(qtbot, review, large_article())
    review.published.setDate(QDate(2024, 3, 8))
    qtbot.mouseClick(review.draft_button, Qt.MouseButton.LeftButton)
    # Drafting: a busy bar and Cancel Draft, no draft yet, and the main window's search answers.
    assert review.drafting and review.draft is None
    assert review.busy.isVisible() and review.cancel_button.isVisible()
    assert review.summary.text().startswith("Drafting…")
    total = window.model.rowCount()
    window.activateWindow()
    qtbot.keyClicks(window.search_box, "Han Zheng")
    qtbot.waitUntil(lambda: 0 < window.proxy.rowCount() < total)
    assert review.drafting and review.draft is None  # the window answered before the draft came
    # The review itself answers too: the date can be read and the text scrolled.
    review.article_view.verticalScrollBar().setValue(review.article_view.verticalScrollBar().maximum())
    gated.set()
    qtbot.waitUntil(lambda: not review.drafting, timeout=120000)
    assert not review.busy.isVisible() and not review.cancel_button.isVisible()
    assert review.draft is not None and len(review.draft.meetings) > 50
    assert "meetings" in review.summary.text()
    quote = review.draft.quotes[0]
    click(qtbot, review, ("quote", quote.parts))
    marked = dict(review.highlighted())
    assert marked["selected"] in " ".join(quote.text.split()) or quote.text.startswith(marked["selected"][:20])


def test_cancel_draft_stops_it_and_a_newer_draft_supersedes_a_running_one(qtbot, window, gated):
    review = open_review(qtbot, window)
    paste(qtbot, review, "Antony Blinken met with Han Zheng in New York today.\n")
    review.published.setDate(QDate(2023, 9, 18))
    qtbot.mouseClick(review.draft_button, Qt.MouseButton.LeftButton)
    first = review._run
    ended: list[str] = []  # a run deletes itself when it ends: note the end, then the object is gone
    first.finished.connect(lambda: ended.append("first"))
    qtbot.mouseClick(review.cancel_button, Qt.MouseButton.LeftButton)
    assert not review.drafting and review.message.text() == "Drafting cancelled."
    assert not review.busy.isVisible() and first.cancelled.is_set()
    # Draft, then change the text and Draft again: only the second draft is shown.
    qtbot.mouseClick(review.draft_button, Qt.MouseButton.LeftButton)
    older = review._run
    older.finished.connect(lambda: ended.append("older"))
    review.article_view.selectAll()
    paste(qtbot, review, "Antony Blinken spoke by phone today with Wang Yi.\n")
    qtbot.mouseClick(review.draft_button, Qt.MouseButton.LeftButton)
    assert older.cancelled.is_set() and review._run is not older
    gated.set()
    qtbot.waitUntil(lambda: not review.drafting, timeout=60000)
    [meeting] = review.draft.meetings
    assert meeting.form == "phone" and "Wang Yi" in review.draft.article
    qtbot.waitUntil(lambda: sorted(ended) == ["first", "older"], timeout=60000)
    assert review.draft.article.startswith("Antony Blinken spoke by phone")  # the cancelled ones never replaced it
