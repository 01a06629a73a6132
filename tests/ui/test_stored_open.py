"""Opening a large archive again reads it back from the archive store, not from its files:
the reader sees the same list, detail, problems, search, Filters and Timeline; a file changed
meanwhile (even with its size and time kept) is read again."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QListWidget

from diplo_gui.core.store.stored import StoredMeetings

COUNT = 4000  # above explore's _FOLLOW_AT_ONCE: a store is kept for it


def _archive(folder: Path, title: str = "Meeting") -> Path:
    lines = ["people:", '  - {id: anne, name: Anne Example, country: "NO"}',
             '  - {id: bo, name: Bo Exempel, country: "SE"}', "meetings:"]
    for n in range(COUNT):
        lines += [f"  - id: m{n:05d}", f"    title: {title} {n}", f"    date: {1900 + n // 40}-0{1 + n % 9}-1{n % 10}",
                  "    participants: [anne, bo]" if n % 2 else "    participants: [anne]"]
    lines += ["  - id: broken", "    title: A meeting with a bad date", "    date: 2023-02-30"]  # a located problem
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "archive.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _opened_and_stored(make_window, qtbot, data: Path):  # type: ignore[no-untyped-def]
    """Open the window, wait until the store holds this load and the window reads it from there, and close it."""
    window = make_window(data, include_bundled=False)
    explore = window.explore
    qtbot.waitUntil(lambda: explore.store_settled() and isinstance(window.dataset.meetings, StoredMeetings),
                    timeout=120000)
    seen = _what_a_reader_sees(window, qtbot)
    window.close()
    return seen


def _what_a_reader_sees(window, qtbot) -> dict:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not window.explore.pending(), timeout=120000)
    window.explore.refresh_after_list_change()
    qtbot.waitUntil(lambda: not window.explore.pending(), timeout=120000)
    rows = [[window.proxy.index(r, c).data() for c in range(4)] for r in range(5)]
    window.list_view.setCurrentIndex(window.proxy.index(2, 0))
    detail = window.detail.toPlainText()
    status = window.findChild(QListWidget, "statusFacet")
    person = window.findChild(QListWidget, "personFacet")
    return {"rows": rows, "detail": detail, "counts": window.counts_label.text(),
            "problems": [str(p) for p in window.load_result.problems],
            "status": [status.item(r).text() for r in range(status.count())],
            "people": [person.item(r).text() for r in range(person.count())],
            "timeline": len(window.explore.timeline.meetings())}


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_a_second_open_reads_the_store_and_shows_the_same(make_window, qtbot, tmp_path):
    data = _archive(tmp_path / "archive")
    first = _opened_and_stored(make_window, qtbot, data)
    window = make_window(data, include_bundled=False)
    assert isinstance(window.dataset.meetings, StoredMeetings)  # read back, not parsed
    again = _what_a_reader_sees(window, qtbot)
    assert again == first
    assert "4,000 meetings · 1 problem (1 error)" in again["counts"]
    assert "Anne Example" in again["detail"] and again["timeline"] == COUNT
    assert any(re.fullmatch(r".*archive\.yaml:\d+:\d+: error: .*2023-02-30.*", p) for p in again["problems"])
    # Searching, sorting by title and choosing a meeting work on what the store holds.
    qtbot.keyClicks(window.search_box, "meeting 3999")
    qtbot.waitUntil(lambda: window.proxy.rowCount() == 1, timeout=30000)
    assert window.proxy.index(0, 1).data() == "Meeting 3999"
    window.search_box.clear()
    qtbot.waitUntil(lambda: window.proxy.rowCount() == COUNT, timeout=30000)
    header = window.list_view.horizontalHeader()
    title = header.sectionViewportPosition(1) + header.sectionSize(1) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(title, header.height() // 2))
    if window.proxy.index(0, 1).data() != "Meeting 0":  # the first click may sort descending
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(title, header.height() // 2))
    qtbot.waitUntil(lambda: window.proxy.index(0, 1).data() == "Meeting 0")
    assert window.explore.show_meeting("m03999")
    assert window.current_meeting().title == "Meeting 3999"


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_a_first_open_moves_onto_the_store_once_written_and_the_reader_keeps_their_place(make_window, qtbot,
                                                                                         tmp_path):
    data = _archive(tmp_path / "archive")
    window = make_window(data, include_bundled=False)
    window.resize(900, 600)
    window.show()
    assert isinstance(window.dataset.meetings, tuple)  # read from the files, held in memory
    # The reader searches, selects four meetings and scrolls on, while the store is written behind the window.
    qtbot.keyClicks(window.search_box, "meeting 12")
    qtbot.waitUntil(lambda: 40 < window.proxy.rowCount() < COUNT, timeout=30000)
    found = window.proxy.rowCount()
    view = window.list_view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Home)
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    chosen = window.current_meeting()
    selected = sorted(i.data() for i in view.selectionModel().selectedRows(1))
    assert len(selected) == 4
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum() // 2)  # the current row out of view
    top = view.indexAt(QPoint(5, 5)).data()
    detail = window.detail.toPlainText()
    progress = []  # whether the progress bar was due, at each load's start
    window.loader.started.connect(lambda: progress.append(window.loader._show_timer.isActive()))
    # Once the store holds exactly these files, the window reads them from there, as a second open would.
    qtbot.waitUntil(lambda: isinstance(window.dataset.meetings, StoredMeetings), timeout=120000)
    qtbot.waitUntil(window.explore.store_settled, timeout=120000)
    qtbot.waitUntil(lambda: window.proxy.rowCount() == found, timeout=30000)
    assert progress == [False]  # one quiet load: no progress bar, no Cancel
    assert window.current_meeting().id == chosen.id
    assert window.detail.toPlainText() == detail
    assert window.search_box.text() == "meeting 12"
    assert sorted(i.data() for i in view.selectionModel().selectedRows(1)) == selected
    assert view.indexAt(QPoint(5, 5)).data() == top
    assert window.counts_label.text().startswith(f"{found:,} of 4,000 meetings")
    assert "cancelled" not in window.statusBar().currentMessage()
    loads = []
    window.data_loaded.connect(lambda: loads.append(1))
    qtbot.wait(1500)
    assert not loads  # once: the store's data is not read again


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_a_window_closed_before_its_store_is_written_starts_no_load(make_window, qtbot, tmp_path):
    window = make_window(_archive(tmp_path / "archive"), include_bundled=False)
    explore = window.explore
    qtbot.waitUntil(lambda: explore._archive is not None, timeout=30000)
    started = []
    window.loader.started.connect(lambda: started.append(1))
    window.close()
    qtbot.wait(4000)  # the store's update ends on its thread meanwhile
    assert not started and not window.loader.is_loading
    assert isinstance(window.dataset.meetings, tuple)


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_a_file_changed_since_is_read_again_even_with_its_size_and_time_kept(make_window, qtbot, tmp_path):
    data = _archive(tmp_path / "archive")
    _opened_and_stored(make_window, qtbot, data)
    info = os.stat(data)
    text = data.read_text(encoding="utf-8").replace("title: Meeting 7\n", "title: Mexting 7\n")
    data.write_text(text, encoding="utf-8")
    os.utime(data, ns=(info.st_atime_ns, info.st_mtime_ns))  # the same size and the same time
    window = make_window(data, include_bundled=False)
    # Shown from the store, then its hashes checked: they differ, and the file is read again.
    qtbot.waitUntil(lambda: not isinstance(window.dataset.meetings, StoredMeetings), timeout=30000)
    assert window.dataset.meeting("m00007").title == "Mexting 7"
    assert window.statusBar().currentMessage() == "Data reloaded after a change on disk."


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_a_meeting_added_since_shows_and_the_next_open_reads_the_store_again(make_window, qtbot, tmp_path):
    data = _archive(tmp_path / "archive")
    _opened_and_stored(make_window, qtbot, data)
    with data.open("a", encoding="utf-8") as f:
        f.write("  - id: added\n    title: Added since\n    date: 2024-05-06\n    participants: [bo]\n")
    seen = _opened_and_stored(make_window, qtbot, data)
    assert seen["counts"].startswith("4,001 meetings")
    window = make_window(data, include_bundled=False)
    assert isinstance(window.dataset.meetings, StoredMeetings)
    assert window.dataset.meeting("added").participants[0].person.name == "Bo Exempel"


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_the_timeline_of_a_reopened_archive_zooms_into_bars_read_from_the_store(make_window, qtbot, tmp_path):
    data = _archive(tmp_path / "archive")
    _opened_and_stored(make_window, qtbot, data)
    window = make_window(data, include_bundled=False)
    assert isinstance(window.dataset.meetings, StoredMeetings)
    window.explore.timeline_dock.show()
    qtbot.waitUntil(lambda: not window.explore.pending(), timeout=120000)
    window.explore.refresh_after_list_change()
    timeline = window.explore.timeline
    qtbot.waitUntil(lambda: timeline.is_dense(), timeout=30000)  # 4,000 meetings over a century
    assert window.explore.show_meeting("m01234")  # the timeline marks it and scrolls it into view
    while timeline.is_dense():
        timeline.zoom(2.0, timeline.item_rect("m01234").center().x())
    timeline.zoom(8.0, timeline.item_rect("m01234").center().x())
    timeline.repaint()  # the bars in view are made, their titles read from the store a block at a time
    rect = timeline.item_rect("m01234")
    assert rect is not None and rect.width() >= 8
    assert timeline.meeting_at(rect.center().x(), rect.center().y()).title == "Meeting 1234"
    window.list_view.setCurrentIndex(QModelIndex())  # nothing current (the view stays where it is)
    assert window.current_meeting() is None
    qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert window.current_meeting().id == "m01234"
    assert len(timeline._measured.items._made) < COUNT  # only the bars drawn were made
    # A search leaves 111 meetings: their bars are made, and no meeting the list does not show is read for them.
    meetings = window.dataset.meetings
    meetings._decoded.clear()
    window.set_search('"meeting 12"')  # 12, 120–129, 1200–1299
    qtbot.waitUntil(lambda: window.proxy.rowCount() == 111, timeout=30000)
    qtbot.waitUntil(lambda: timeline._items is not None and len(timeline._items) == 111, timeout=30000)
    timeline.repaint()
    shown = {f"m{n:05d}" for n in [12, *range(120, 130), *range(1200, 1300)]}
    assert {m.id for m in meetings._decoded.values()} <= shown
    assert all(timeline.item_rect(i) is not None for i in shown)  # each a bar
