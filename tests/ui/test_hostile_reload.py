"""A reload of a large archive with a filter ticked: the list keeps what it showed while the new
facet index is built off the UI thread, then follows the filter exactly; search and selection stay.

(How long the window does not answer during such a reload is measured by
benchmarks/hostile_reload.py --filter.)
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from diplo_gui.core.facets import STATUS
from diplo_gui.ui.explore.facet_panel import ValueRole

MEETINGS = 4000  # above explore._FOLLOW_AT_ONCE: the large-archive path


def _archive(edited: int | None = None) -> str:
    lines = ["people:", "  - {id: p1, name: Person One}", "meetings:"]
    for n in range(MEETINGS):
        status = "cancelled" if n % 2 and n != edited else "held"
        lines.append(f"  - {{id: m-{n}, title: Talks number {n}, date: 2001-01-{n % 28 + 1:02d}, "
                     f"status: {status}, participants: [p1]}}")
    return "\n".join(lines) + "\n"


def test_a_reload_with_a_filter_ticked_keeps_the_list_then_follows_the_filter(make_window, qtbot, write_yaml):
    path = write_yaml(_archive())
    window = make_window(path, include_bundled=False)
    explore = window.explore
    qtbot.waitUntil(lambda: not explore.pending(), timeout=60_000)
    view = explore.facet_panel.lists[STATUS]
    [row] = [r for r in range(view.count()) if view.item(r).data(ValueRole) == "cancelled"]
    view.setFocus(Qt.FocusReason.OtherFocusReason)
    view.setCurrentRow(row)
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Space)  # tick Status: Cancelled
    qtbot.keyClicks(window.search_box, "talks")
    qtbot.waitUntil(lambda: not explore.pending() and window.proxy.rowCount() == MEETINGS // 2, timeout=60_000)
    window.list_view.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClick(window.list_view, Qt.Key.Key_Down)
    chosen = window.current_meeting()
    assert chosen is not None and chosen.status.value == "cancelled"
    before = [m.id for m in window.visible_meetings()]
    edited = int(before[-1].split("-")[1])  # no longer cancelled after the save
    path.write_text(_archive(edited), encoding="utf-8")

    with qtbot.waitSignal(window.data_loaded, timeout=60_000):
        window.reload()

    # As the new data arrives: the meetings the list showed, the search and the selection, while the index is built.
    assert explore.preparing()
    assert [m.id for m in window.visible_meetings()] == before
    assert window.search_box.text() == "talks" and window.current_meeting().id == chosen.id
    # Then the filter's own answer for the new data: the meeting no longer cancelled has gone.
    qtbot.waitUntil(lambda: not explore.pending(), timeout=60_000)
    after = [m.id for m in window.visible_meetings()]
    assert after == [i for i in before if i != f"m-{edited}"]
    assert all(m.status.value == "cancelled" for m in window.visible_meetings())
    assert window.current_meeting().id == chosen.id
    assert window.counts_label.text().startswith(f"{len(after):,} of {MEETINGS:,}")
