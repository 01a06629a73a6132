"""Text that lies: a right-to-left override (U+202E) in a name cannot reorder what stands beside it.

Every check lays the text out as Qt displays it (QTextLayout, the engine of every label,
list and text view) and reads where each piece lands, left to right: the name's
neighbours (a role, a count, a title) must stay on the side they are written on.
"""

from __future__ import annotations

import csv
import io

from PySide6.QtGui import QFont, QTextLayout
from PySide6.QtWidgets import QApplication

from diplo_gui.core import export
from diplo_gui.core.citation import Citation
from diplo_gui.core.facets import PERSON
from diplo_gui.ui.explore.facet_panel import ValueRole

LIAR = "\u202eMallory Override"  # displayed reversed, and everything after it with it
DATA = f"""\
people:
  - {{id: mallory, name: "{LIAR}", country: US}}
meetings:
  - id: liar-talks
    title: Talks with a liar
    date: 2023-06-18
    participants: [{{person: mallory, role: Minister of Truth}}, wang-yi]
    quotes: [{{speaker: mallory, text: Trust me}}]
"""


def cursor_xs(text: str) -> list[float]:
    layout = QTextLayout(text, QFont())
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(1e9)
    layout.endLayout()
    return [line.cursorToX(i)[0] for i in range(len(text) + 1)]


def assert_before(text: str, first: str, then: str) -> None:
    """On screen, every character of ``first`` stands left of ``then`` (which follows it in the text)."""
    a = text.index(first)
    b = text.index(then, a + len(first))
    xs = cursor_xs(text)
    assert max(xs[a:a + len(first) + 1]) <= min(xs[b:b + len(then)]) + 0.01, (text, xs)


def test_the_layout_check_sees_the_attack(qapp):
    # Without isolation the count is shown left of the name: this is what the tests below rule out.
    raw = f"{LIAR}  (1)"
    try:
        assert_before(raw, LIAR, "(1)")
    except AssertionError:
        return
    raise AssertionError("the override did not reorder its neighbours: the check proves nothing")


def test_the_person_filter_keeps_each_count_beside_its_name(make_window, write_yaml):
    window = make_window(write_yaml(DATA))
    view = window.explore.facet_panel.lists[PERSON]
    [item] = [view.item(r) for r in range(view.count()) if view.item(r).data(ValueRole) == "mallory"]
    assert_before(item.text(), "Mallory Override", "(1)")


def test_the_detail_pane_keeps_the_role_after_the_name(make_window, write_yaml):
    window = make_window(write_yaml(DATA))
    assert window.select_meeting("liar-talks")
    lines = [ln for ln in window.detail.toPlainText().splitlines() if "Mallory" in ln and "Minister" in ln]
    assert len(lines) == 2  # the participant, and the quote's credit
    for line in lines:
        assert_before(line, "Mallory Override", "Minister of Truth")


def test_the_meeting_list_keeps_the_participants_in_order(make_window, write_yaml):
    from PySide6.QtWidgets import QTableView

    window = make_window(write_yaml(DATA))
    model = window.findChild(QTableView, "meetingList").model()
    [row] = [r for r in range(model.rowCount()) if model.index(r, 1).data() == "Talks with a liar"]
    people = model.index(row, model.columnCount() - 1).data()
    assert_before(people, "Mallory Override", "Wang Yi")


def test_exports_and_the_copied_citation_keep_neighbours_in_order(make_window, write_yaml, qtbot):
    window = make_window(write_yaml(DATA))
    assert window.select_meeting("liar-talks")
    meeting = window.current_meeting()
    markdown = export.to_markdown([meeting], "Liars")
    [participants] = [ln for ln in markdown.splitlines() if ln.startswith("**Participants:**")]
    assert_before(participants, "Mallory Override", "Minister of Truth")
    assert_before(participants, "Mallory Override", "Wang Yi")
    cells = list(csv.reader(io.StringIO(export.to_csv([meeting]))))[1]
    [people] = [c for c in cells if "Mallory" in c]
    assert_before(people, "Mallory Override", "Minister of Truth")
    html_page = export.to_html([meeting], "Liars")
    assert f"\u2068{LIAR}\u2069" in html_page  # isolated in the page, for browsers and the PDF

    window.export_actions.copy_quote()
    copied = QApplication.clipboard().mimeData()
    [credit] = [ln for ln in copied.text().splitlines() if ln.startswith("—")]
    assert_before(credit, "Mallory Override", "at “Talks with a liar”")
    assert f"\u2068{LIAR}\u2069" in copied.html()
    assert Citation.of(meeting, meeting.quotes[0]).as_text() == copied.text()
