"""Bad data in the window: located problems, good records still shown, markup never rendered."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QTableView

from desk_helpers import reload_and_wait

HOSTILE = """\
people:
  - {id: eve, name: "<b>Eve</b> <img src='file:///etc/passwd'>", country: US, role: "<i>Spy</i>"}
meetings:
  - id: hostile
    title: "<h1>Big</h1><a href='file:///etc/passwd'>click</a>"
    date: 2023-05
    participants: [eve, antony-blinken]
    quotes:
      - {speaker: eve, text: "<script>alert(1)</script> &amp; </p>"}
    summary: "<img src=x onerror=alert(1)>"
    sources:
      - {title: "<u>Evil</u>", url: "javascript:alert(1)"}
      - {title: Good, url: "https://example.org/a?b=<c>"}
  - id: broken
    title: Broken
    date: 2023-02-30
    participants: [eve]
"""


def test_markup_in_data_is_shown_as_text(make_window, write_yaml):
    window = make_window(write_yaml(HOSTILE))
    assert window.select_meeting("hostile")
    detail = window.detail
    text = detail.toPlainText()
    assert "<h1>Big</h1><a href='file:///etc/passwd'>click</a>" in text
    assert "<b>Eve</b> <img src='file:///etc/passwd'>" in text
    assert "“<script>alert(1)</script> &amp; </p>”" in text
    html = detail.toHtml()
    assert "<img" not in html.replace("&lt;img", "")
    anchors = [a for a in html.split('href="')[1:]]
    targets = {a.split('"')[0] for a in anchors}
    assert all(t.startswith(("diplo:", "https://")) for t in targets), targets
    assert "https://example.org/a?b=%3Cc%3E" in targets
    title_cell = window.list_view.currentIndex().siblingAtColumn(1)
    assert title_cell.data().startswith("<h1>Big</h1>")


def test_a_bad_record_is_listed_as_a_problem_and_the_rest_still_shows(make_window, write_yaml):
    path = write_yaml(HOSTILE)
    window = make_window(path)
    problems = window.findChild(QTableView, "problemsView")
    rows = [(problems.model().index(r, 0).data(), problems.model().index(r, 1).data(),
             problems.model().index(r, 2).data()) for r in range(problems.model().rowCount())]
    assert ("warning", f"{path}:12:37", "only http and https links with a host are allowed; this link is left out") \
        in rows
    assert ("error", f"{path}:16:11", "date: '2023-02-30': day 30 is out of range for 2023-02 (1-28)") in rows
    assert window.problems_dock.isVisible()
    assert window.counts_label.text() == "26 meetings · 2 problems (1 error)"


def test_the_detail_view_loads_no_resource(make_window, write_yaml):
    window = make_window(write_yaml(HOSTILE))
    image = window.detail.loadResource(2, QUrl("file:///etc/passwd"))
    assert image.width() == 1


def test_reload_keeps_search_and_selection_and_picks_up_changes(make_window, write_yaml, qtbot):
    path = write_yaml(HOSTILE)
    window = make_window(path)
    window.set_search("hostile")
    assert window.select_meeting("hostile")
    path.write_text(HOSTILE.replace("date: 2023-02-30", "date: 2023-02-28"), encoding="utf-8")
    reload_and_wait(qtbot, window)
    assert window.search_box.text() == "hostile"
    assert window.current_meeting().id == "hostile"
    assert window.counts_label.text() == "1 of 27 meetings · 1 problem"


def test_no_data_at_all_says_so(make_window):
    window = make_window(include_bundled=False)
    assert window.counts_label.text() == "0 meetings"
    assert "No meetings loaded" in window.list_view._empty_text
    assert "Select a meeting" in window.detail.toPlainText()
