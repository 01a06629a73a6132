"""A large archive in the window: the timeline stays readable (density where bars do not fit),
and the Filters show counts for what the list shows."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QListWidget, QToolTip

import pytest


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
    window.explore.refresh_after_list_change()
    qtbot.waitUntil(lambda: len(timeline.meetings()) == 6000)
    assert timeline.is_dense()  # 6,000 bars cannot fit in a few hundred pixels
    columns = timeline.density()
    assert sum(sum(c.values()) for _, c in columns) == 6000  # every meeting is counted once
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


def test_a_search_narrows_the_density_to_the_list(make_window, qtbot, write_yaml):
    window = make_window(_centuries(write_yaml), include_bundled=False)
    timeline = window.explore.timeline
    qtbot.keyClicks(window.search_box, "status:postponed")
    window.explore.refresh_after_list_change()
    qtbot.waitUntil(lambda: len(timeline.meetings()) == 120)
    assert not timeline.is_dense()  # 120 meetings fit as bars
    view = window.findChild(QListWidget, "statusFacet")
    texts = [view.item(r).text() for r in range(view.count())]
    assert "Postponed  (120)" in texts
