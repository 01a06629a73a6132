"""A large archive in the window: the timeline stays readable (density where bars do not fit),
and the Filters show counts for what the list shows."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QLineEdit, QListWidget, QToolTip


def _centuries(write_yaml, count: int = 6000) -> object:
    """``count`` meetings spread over 160 years (issue 13's import spans as much), a few postponed."""
    lines = ["people:", "  - {id: anne, name: Anne Example, country: \"NO\"}", "meetings:"]
    first = dt.date(1860, 1, 1).toordinal()
    for n in range(count):
        day = dt.date.fromordinal(first + n * (160 * 365) // count)
        lines += [f"  - id: m{n:05d}", f"    title: Meeting {n}", f"    date: {day.isoformat()}",
                  "    participants: [anne]"] + (["    status: postponed"] if n % 50 == 0 else [])
    return write_yaml("\n".join(lines) + "\n", "centuries.yaml")


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_thousands_of_meetings_over_160_years_show_as_density_and_zoom_into_bars(make_window, qtbot, write_yaml):
    window = make_window(_centuries(write_yaml), include_bundled=False)
    timeline = window.explore.timeline
    qtbot.waitUntil(lambda: not window.explore.preparing(), timeout=60000)  # measured off the UI thread
    qtbot.waitUntil(lambda: len(timeline.meetings()) == 6000)
    # The first counts came with the indexes, counted on the archive thread too.
    assert not window.explore.counts_pending() and "Held  (5,880)" in _status_counts(window)
    assert timeline.is_dense()  # 6,000 bars cannot fit in a few hundred pixels
    columns = timeline.density()
    assert sum(sum(c.values()) for _, c in columns) == 6000  # every meeting is counted once
    # Fitted, the density fills the width: no room is kept on the right for a title it does not write
    # (it showed years to come with nothing in them).
    first_day, last_day = timeline.visible_days()
    latest = max(m.date.first_day().toordinal() for m in window.dataset.meetings) + 1
    assert 0 < last_day - latest < 0.06 * (last_day - first_day)
    image = timeline.grab().toImage()
    middle = timeline.width() // 2
    painted = [image.pixelColor(middle, y).getRgb()[:3] for y in range(timeline.height() - 40, 30, -1)]
    assert any(g > r for r, g, _ in painted)  # the held meetings' green stands in the middle column
    # The tooltip says how many start there, and how to see them.
    pos = QPoint(middle, timeline.height() - 40)
    timeline.event(QHelpEvent(QEvent.Type.ToolTip, pos, timeline.mapToGlobal(pos)))
    assert "zoom in" in QToolTip.text()
    QToolTip.hideText()
    # A click zooms in; far enough in, every meeting in view is a bar again, with a place to click.
    scale = timeline.scale()
    qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=pos)
    assert timeline.scale() > scale
    while timeline.is_dense():
        timeline.zoom(2.0)
    timeline.zoom(8.0)  # and close enough that their bars do not overlap
    first, last = timeline.visible_days()
    in_view = [m for m in timeline.meetings() if first <= m.date.first_day().toordinal() <= last]
    assert in_view
    rect = timeline.item_rect(in_view[len(in_view) // 2].id)
    assert rect is not None and rect.width() >= 8
    qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert window.current_meeting().id == in_view[len(in_view) // 2].id


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_a_meeting_known_only_by_its_year_does_not_keep_that_year_dense(make_window, qtbot, write_yaml):
    # 3,000 meetings in one year, and one whose date is that year alone: it lasts all year, but a
    # zoom into a week shows that week's meetings as bars, it among them.
    lines = ["people:", "  - {id: anne, name: Anne Example, country: \"NO\"}", "meetings:",
             "  - {id: the-year, title: Talks all year, date: 2020, participants: [anne]}"]
    for n in range(3000):
        day = dt.date(2020, 1, 1) + dt.timedelta(days=n * 366 // 3000)
        lines += [f"  - {{id: m{n:05d}, title: Meeting {n}, date: {day.isoformat()}, participants: [anne]}}"]
    window = make_window(write_yaml("\n".join(lines) + "\n", "year.yaml"), include_bundled=False)
    timeline = window.explore.timeline
    window.explore.timeline_dock.show()
    qtbot.waitUntil(lambda: len(timeline.meetings()) == 3001, timeout=60000)
    timeline.zoom(2.0)
    assert timeline.is_dense()  # the whole year: 3,001 meetings in view
    while timeline.visible_days()[1] - timeline.visible_days()[0] > 10:
        timeline.zoom(2.0)
    assert not timeline.is_dense()
    year = timeline.item_rect("the-year")
    assert year is not None and year.width() >= timeline.width() - 1  # its bar runs across the view
    first, last = timeline.visible_days()
    week = [m for m in timeline.meetings() if first <= m.date.first_day().toordinal() <= last and m.id != "the-year"]
    assert week and all(timeline.item_rect(m.id) is not None for m in week)


def test_a_search_narrows_the_density_to_the_list(make_window, qtbot, write_yaml):
    window = make_window(_centuries(write_yaml), include_bundled=False)
    timeline = window.explore.timeline
    qtbot.keyClicks(window.search_box, "status:postponed")
    qtbot.waitUntil(lambda: not window.explore.pending(), timeout=60000)
    window.explore.refresh_after_list_change()
    qtbot.waitUntil(lambda: not window.explore.pending(), timeout=60000)
    qtbot.waitUntil(lambda: len(timeline.meetings()) == 120)
    assert not timeline.is_dense()  # 120 meetings fit as bars
    view = window.findChild(QListWidget, "statusFacet")
    texts = [view.item(r).text() for r in range(view.count())]
    assert "Postponed  (120)" in texts


def _status_counts(window) -> list[str]:
    view = window.findChild(QListWidget, "statusFacet")
    return [view.item(r).text() for r in range(view.count())]


def test_the_filters_count_a_large_list_from_the_archive_store_off_the_ui_thread(make_window, qtbot, write_yaml):
    window = make_window(_centuries(write_yaml), include_bundled=False)
    explore = window.explore
    qtbot.waitUntil(explore.store_settled, timeout=60000)
    qtbot.keyClicks(window.search_box, "status:postponed")
    explore.refresh_after_list_change()
    assert explore.counts_pending()  # asked of the store; the window goes on meanwhile
    qtbot.waitUntil(lambda: not explore.counts_pending(), timeout=30000)
    assert "Postponed  (120)" in _status_counts(window)
    # Typing on: a newer question supersedes the one before, and the panel shows the newest answer.
    window.search_box.setText("meeting 1")
    explore.refresh_after_list_change()
    window.search_box.setText("meeting 12")
    explore.refresh_after_list_change()
    qtbot.waitUntil(lambda: not explore.counts_pending(), timeout=30000)
    listed = window.proxy.rowCount()
    held = next(t for t in _status_counts(window) if t.startswith("Held"))
    postponed = next(t for t in _status_counts(window) if t.startswith("Postponed"))
    assert int(held.split("(")[1].rstrip(")").replace(",", "")) + \
        int(postponed.split("(")[1].rstrip(")").replace(",", "")) == listed


def test_a_store_that_is_not_a_regular_file_is_gone_around_with_a_message(make_window, qtbot, write_yaml):
    from diplo_gui.core import loading
    from diplo_gui.core.loading import store_path
    from diplo_gui.ui.shell.load_worker import cache_dir
    from diplo_gui.ui.shell.main_window import user_data_dir

    data = _centuries(write_yaml)
    user_data_dir().mkdir(parents=True, exist_ok=True)  # as the window makes it
    path = store_path(cache_dir(), loading.sources([data], False, user_data_dir()))
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists() or path.is_symlink():
        path.unlink()
    path.symlink_to("/dev/zero")
    window = make_window(data, include_bundled=False)
    qtbot.waitUntil(lambda: "not a regular file" in window.statusBar().currentMessage(), timeout=60000)
    explore = window.explore
    qtbot.waitUntil(explore.store_settled, timeout=60000)
    # The store in memory cannot be read back: the window keeps the meetings it read, and says nothing more.
    assert isinstance(window.dataset.meetings, tuple)
    assert "Loading" not in window.statusBar().currentMessage()
    explore.refresh_after_list_change()
    qtbot.waitUntil(lambda: not explore.counts_pending(), timeout=30000)
    assert any(t.startswith("Held  (5,880)") for t in _status_counts(window))
    path.unlink()


def test_thousands_of_people_list_the_most_frequent_and_the_find_box_reaches_the_rest(make_window, qtbot, write_yaml):
    lines = ["people:"] + [f"  - {{id: p{n:04d}, name: Person {n:04d}, country: \"NO\"}}" for n in range(1200)]
    lines.append("meetings:")
    for n in range(1200):
        attendees = ", ".join(f"p{k:04d}" for k in {0, n % 40, n})  # p0000 at all; forty people often
        lines += [f"  - id: m{n:04d}", f"    title: Meeting {n}", "    date: 2020-01-02",
                  f"    participants: [{attendees}]"]
    window = make_window(write_yaml("\n".join(lines) + "\n", "people.yaml"), include_bundled=False)
    qtbot.waitUntil(lambda: not window.explore.pending(), timeout=60000)
    window.explore.refresh_after_list_change()
    view = window.findChild(QListWidget, "personFacet")
    texts = [view.item(r).text() for r in range(view.count())]
    assert texts[0] == "Person 0000  (1,200)"
    assert len(texts) < 1200 and "Person 0001  (30)" in texts
    finder = window.findChild(QLineEdit, "personFacetFinder")
    assert finder.isVisible()
    qtbot.keyClicks(finder, "person 1177")
    visible = [view.item(r).text() for r in range(view.count()) if not view.item(r).isHidden()]
    assert visible == ["Person 1177  (1)"]
    tick_at = next(r for r in range(view.count()) if view.item(r).text() == "Person 1177  (1)")
    view.item(tick_at).setCheckState(Qt.CheckState.Checked)
    finder.clear()
    window.explore.refresh_after_list_change()
    texts = [view.item(r).text() for r in range(view.count())]
    assert any(t.startswith("Person 1177") for t in texts)  # a ticked value stays listed, to be unticked
    assert window.proxy.rowCount() == 1


def test_related_meetings_of_a_large_list_arrive_without_freezing_the_window(make_window, qtbot, write_yaml):
    window = make_window(_centuries(write_yaml), include_bundled=False)
    explore = window.explore
    qtbot.waitUntil(lambda: not explore.preparing(), timeout=60000)
    from tests.ui.test_reader import click_row

    click_row(qtbot, window.list_view, 3)
    qtbot.waitUntil(lambda: not explore.relating(), timeout=60000)  # built on the archive thread
    qtbot.waitUntil(explore.related_view.isVisible)
    text = explore.related_view.toPlainText()
    assert "Meeting" in text  # the same person at every meeting: others are related


def test_once_the_store_is_ready_no_count_runs_on_the_ui_thread(make_window, qtbot, write_yaml, monkeypatch):
    import threading

    from diplo_gui.core.facets import FacetIndex

    window = make_window(_centuries(write_yaml), include_bundled=False)
    explore = window.explore
    qtbot.waitUntil(lambda: not explore.pending() and explore.store_settled(), timeout=60000)
    ui_thread = threading.get_ident()
    real = FacetIndex.counts

    def counts(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        assert threading.get_ident() != ui_thread, "facet counts ran on the UI thread"
        return real(self, *args, **kwargs)

    monkeypatch.setattr(FacetIndex, "counts", counts)
    for text in ("status:held", "status:held meeting 5"):
        window.search_box.setText(text)
        explore.refresh_after_list_change()
        qtbot.waitUntil(lambda: not explore.counts_pending(), timeout=30000)
        held = next(t for t in _status_counts(window) if t.startswith("Held"))
        assert held == f"Held  ({window.proxy.rowCount():,})"


def test_a_large_lists_timeline_follows_what_is_typed_picked_off_the_ui_thread(make_window, qtbot, write_yaml,
                                                                              monkeypatch):
    # Picking a list's meetings among every measured one looks at each (tens of milliseconds at 100,000
    # meetings): never on the UI thread for a large list, and the timeline still shows what the list shows.
    import threading

    from diplo_gui.ui.explore import timeline as timeline_module

    window = make_window(_centuries(write_yaml), include_bundled=False)
    explore, timeline = window.explore, window.explore.timeline
    qtbot.waitUntil(lambda: not explore.pending(), timeout=60000)
    ui_thread = threading.get_ident()
    real = timeline_module.pick
    threads: list[int] = []

    def pick(measured, flags):  # type: ignore[no-untyped-def]
        if flags is not None:
            threads.append(threading.get_ident())
        return real(measured, flags)

    monkeypatch.setattr(timeline_module, "pick", pick)
    window.search_box.setFocus()
    for typed, listed in (("status:postponed", 120), (" meeting 5", None)):
        qtbot.keyClicks(window.search_box, typed)
        qtbot.waitUntil(lambda: not window.query_pending(), timeout=30000)
        explore.refresh_after_list_change()  # as the list's settle timer does
        qtbot.waitUntil(lambda: not explore.pending(), timeout=30000)
        expected = window.proxy.rowCount()
        assert listed is None or expected == listed
        assert len(timeline.meetings()) == expected
        assert {m.id for m in timeline.meetings()} == {m.id for m in window.proxy.meetings()}
    assert threads and ui_thread not in threads
    qtbot.keyClick(window.search_box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.search_box, Qt.Key.Key_Backspace)  # an empty box: every meeting, nothing to pick
    qtbot.waitUntil(lambda: not window.query_pending(), timeout=30000)
    explore.refresh_after_list_change()
    qtbot.waitUntil(lambda: len(timeline.meetings()) == 6000, timeout=30000)


def test_a_timeline_pick_in_slices_is_the_pick_in_one_go(make_window, qtbot, write_yaml, monkeypatch):
    from itertools import compress

    from diplo_gui.ui.explore import timeline as timeline_module

    window = make_window(_centuries(write_yaml, 3500), include_bundled=False)
    qtbot.waitUntil(lambda: not window.explore.pending(), timeout=60000)
    measured = window.explore.timeline.measured()
    flags = bytes(n % 3 == 0 or n % 7 == 0 for n in range(3500))
    monkeypatch.setattr(timeline_module, "_PICK_SLICE", 64)  # many slices, the last one short
    shown = timeline_module.pick(measured, flags)
    keep = bytes(flags[p] for p in measured.order)
    assert shown.keep == keep
    assert [i.meeting.id for i in shown.items] == [i.meeting.id for i in compress(measured.items, keep)]
    assert list(shown.starts) == list(compress(measured.starts, keep))
    assert list(shown.ends) == list(compress(measured.ends, keep)) and shown.last_end == max(shown.ends)
    assert shown.kinds == bytes(compress(measured.status, keep))


def test_fitting_and_painting_a_dense_timeline_read_no_meeting(qtbot):
    # An archive store's timeline item is made by reading its meeting, and such a read waits behind the
    # store's counts: fitting a list's meetings and painting their density must read none.
    from array import array
    from collections.abc import Sequence

    from diplo_gui.ui.explore.timeline import Measured, TimelineView

    class Unread(Sequence):
        def __len__(self) -> int:
            return 4000

        def __getitem__(self, index):  # type: ignore[no-untyped-def]
            raise AssertionError("a meeting was read")

    first = dt.date(1990, 1, 1).toordinal()
    starts = array("d", (first + 3.0 * n for n in range(4000)))
    ends = array("d", (s + 1.0 for s in starts))
    view = TimelineView(str)
    qtbot.addWidget(view)
    view.resize(600, 200)
    view.adopt(Measured(Unread(), array("q", range(4000)), starts, ends, array("d", [1.0] * 4000), bytes(4000)))
    view.show_flags(bytes(n % 2 for n in range(4000)))
    view.grab()
    assert view.is_dense() and view.visible_days()[0] < first + 3.0


def test_a_timeline_pick_made_for_replaced_measures_is_not_shown(make_window, qtbot, write_yaml):
    from diplo_gui.ui.explore.timeline import measure, pick

    window = make_window(_centuries(write_yaml, 3500), include_bundled=False)
    timeline = window.explore.timeline
    qtbot.waitUntil(lambda: not window.explore.pending(), timeout=60000)
    shown = len(timeline.meetings())
    stale = pick(measure(list(window.dataset.meetings)[:10], None, timeline.char_px()), None)
    assert not timeline.show_picked(stale) and len(timeline.meetings()) == shown == 3500


def test_a_large_list_searches_what_is_typed_off_the_ui_thread(make_window, qtbot, write_yaml, monkeypatch):
    from diplo_gui.core.search import SearchIndex, parse_query
    from diplo_gui.ui.shell import main_window

    monkeypatch.setattr(main_window, "SEARCH_AWAY_FROM", 1000)  # the 6,000 meetings count as a large list
    window = make_window(_centuries(write_yaml), include_bundled=False)
    meetings = window.dataset.meetings

    def expected(text: str) -> list[str]:
        flags = SearchIndex(meetings).matches(parse_query(text))
        return [m.id for m, ok in zip(meetings, flags) if ok]

    def listed() -> list[str]:
        return [m.id for m in window.visible_meetings()]

    window.search_box.setFocus()
    qtbot.keyClicks(window.search_box, "meeting 12")  # each key supersedes the search of the one before
    qtbot.waitUntil(lambda: not window.query_pending(), timeout=30000)
    assert listed() == expected("meeting 12") and 0 < len(listed()) < 6000
    assert window.counts_label.text().startswith(f"{len(listed()):,} of 6,000")
    # Text the program sets (a link, Back, a saved search) is answered at once, as ever.
    window.set_search("status:postponed")
    assert not window.query_pending() and len(listed()) == 120
    # A typed search still waiting is dropped when the program sets the text meanwhile.
    qtbot.keyClick(window.search_box, "x")
    window.set_search("meeting 5")
    qtbot.wait(200)
    assert listed() == expected("meeting 5")


def test_the_search_index_of_a_replaced_list_is_freed_once_retired(make_window, qtbot, write_yaml, monkeypatch):
    # The thread that searches a large list kept its last job, and with it the index of the list it
    # searched: after a reload (the move onto the store among them), the replaced Dataset's meetings
    # stayed in memory until the next typed search.
    import gc
    import weakref

    from diplo_gui.ui.shell import main_window

    monkeypatch.setattr(main_window, "SEARCH_AWAY_FROM", 1000)  # the 6,000 meetings count as a large list
    monkeypatch.setattr(main_window._Retired, "FREE_AFTER_MS", 0)
    window = make_window(_centuries(write_yaml), include_bundled=False)
    window.search_box.setFocus()
    qtbot.keyClicks(window.search_box, "meeting 12")
    qtbot.waitUntil(lambda: not window.query_pending(), timeout=30000)
    searched = weakref.ref(window.proxy.search_index())
    with qtbot.waitSignal(window.data_loaded, timeout=60000):
        window.reload()
    qtbot.waitUntil(lambda: window._retired.pending() == 0, timeout=30000)
    qtbot.wait(50)
    gc.collect()
    assert searched() is None


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_a_screenshot_of_a_large_archive_waits_for_the_filters_and_timeline(make_window, write_yaml, tmp_path):
    from diplo_gui import app

    window = make_window(_centuries(write_yaml), include_bundled=False)
    window.finish_startup()  # as diplo-gui --screenshot does, right before the picture
    # Here the counts and the timeline's measures are usually still being made off the UI thread.
    assert app._save_screenshot(window, str(tmp_path / "shot.png")) == 0
    assert not window.explore.pending()
    assert "Held  (5,880)" in _status_counts(window)  # what the picture shows, not zeros
    assert len(window.explore.timeline.meetings()) == 6000


def test_a_large_lists_search_of_the_last_session_is_answered_off_the_ui_thread(make_window, qtbot, write_yaml,
                                                                                 monkeypatch):
    from diplo_gui.core.search import SearchIndex, parse_query
    from diplo_gui.ui.shell import main_window

    monkeypatch.setattr(main_window, "SEARCH_AWAY_FROM", 1000)  # the 6,000 meetings count as a large list
    data = _centuries(write_yaml)
    window = make_window(data, include_bundled=False)
    window.search_box.setFocus()
    qtbot.keyClicks(window.search_box, "status:postponed")
    qtbot.waitUntil(lambda: not window.query_pending() and window.proxy.rowCount() == 120, timeout=30000)
    window.list_view.setCurrentIndex(window.proxy.index(3, 0))
    chosen = window.current_meeting().id
    window.close()

    answered_where = []
    original = main_window.MainWindow._on_search_answered
    monkeypatch.setattr(main_window.MainWindow, "_on_search_answered",
                        lambda self, *args: (answered_where.append("worker"), original(self, *args)))
    again = make_window(data, include_bundled=False)
    qtbot.waitUntil(lambda: not again.query_pending() and again.proxy.rowCount() == 120, timeout=30000)
    assert answered_where == ["worker"]  # the open did not wait for it
    meetings = again.dataset.meetings
    flags = SearchIndex(meetings).matches(parse_query("status:postponed"))
    assert [m.id for m in again.visible_meetings()] == [m.id for m, ok in zip(meetings, flags) if ok]
    assert again.search_box.text() == "status:postponed" and again.current_meeting().id == chosen
