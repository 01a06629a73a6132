"""Live reload in the real window: files saved, added, deleted or broken while Diplo is open.

Saves are made the way editors make them (a temporary file renamed over the old one),
and every wait is for what the user would see, with a generous timeout: the watcher
debounces bursts, so nothing here sleeps.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QTableView

WAIT_MS = 10_000

PEOPLE = """\
people:
  - {id: ana, name: Ana Example, country: PT}
  - {id: bo, name: Bo Example, country: SE}
"""


def meeting(mid: str, title: str, date: str = "2024-03-01") -> str:
    return f"  - {{id: {mid}, title: {title}, date: {date}, participants: [ana, bo]}}\n"


def file_text(*meetings: str) -> str:
    return PEOPLE + "meetings:\n" + "".join(meetings)


def save(path: Path, text: str) -> None:
    """Write-and-rename, as editors and atomic writers save."""
    temp = path.with_name(f".{path.name}.tmp")
    temp.write_text(text, encoding="utf-8")
    os.replace(temp, path)


def titles(window) -> list[str]:
    model = window.findChild(QTableView, "meetingList").model()
    return [model.index(r, 1).data() for r in range(model.rowCount())]


def problem_messages(window) -> list[str]:
    model = window.findChild(QTableView, "problemsView").model()
    return [model.index(r, 2).data() for r in range(model.rowCount())]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "meetings"
    path.mkdir()
    save(path / "talks.yaml", file_text(meeting("talks", "Talks round 0")))
    return path


@pytest.mark.parametrize("open_as", ["folder", "file"])
def test_three_saves_in_a_row_each_update_the_window(make_window, qtbot, folder, open_as):
    path = folder / "talks.yaml"
    window = make_window(folder if open_as == "folder" else path, include_bundled=False)
    assert titles(window) == ["Talks round 0"]
    for n in (1, 2, 3):
        save(path, file_text(meeting("talks", f"Talks round {n}")))
        qtbot.waitUntil(lambda n=n: titles(window) == [f"Talks round {n}"], timeout=WAIT_MS)
    # Still armed after the renames: a fourth change, written in place this time, shows too.
    path.write_text(file_text(meeting("talks", "Talks round 4")), encoding="utf-8")
    qtbot.waitUntil(lambda: titles(window) == ["Talks round 4"], timeout=WAIT_MS)


def test_a_new_file_in_the_folder_appears_and_a_deleted_one_disappears(make_window, qtbot, folder):
    window = make_window(folder, include_bundled=False)
    extra = folder / "more.yaml"
    save(extra, "meetings:\n" + meeting("summit", "Summit in Lisbon", "2024-05-02"))
    qtbot.waitUntil(lambda: titles(window) == ["Summit in Lisbon", "Talks round 0"], timeout=WAIT_MS)
    extra.unlink()
    qtbot.waitUntil(lambda: titles(window) == ["Talks round 0"], timeout=WAIT_MS)


def test_a_file_in_a_new_sub_folder_appears(make_window, qtbot, folder):
    window = make_window(folder, include_bundled=False)
    sub = folder / "2024"
    sub.mkdir()
    qtbot.waitUntil(lambda: str(sub) in window.watcher.watched(), timeout=WAIT_MS)
    save(sub / "may.yaml", "meetings:\n" + meeting("summit", "Summit in Lisbon", "2024-05-02"))
    qtbot.waitUntil(lambda: "Summit in Lisbon" in titles(window), timeout=WAIT_MS)


def test_the_bundled_data_stays_when_a_user_file_changes(make_window, qtbot, folder):
    window = make_window(folder)
    assert len(titles(window)) == 26
    save(folder / "talks.yaml", file_text(meeting("talks", "Talks round 1")))
    qtbot.waitUntil(lambda: "Talks round 1" in titles(window), timeout=WAIT_MS)
    assert len(titles(window)) == 26


def test_a_broken_save_keeps_the_last_good_meetings_and_shows_the_problem(make_window, qtbot, folder):
    path = folder / "talks.yaml"
    save(path, file_text(meeting("talks", "Talks round 1"), meeting("dinner", "Working dinner", "2024-03-02")))
    window = make_window(folder, include_bundled=False)
    assert titles(window) == ["Working dinner", "Talks round 1"]
    assert not window.problems_dock.isVisible()

    save(path, file_text(meeting("talks", "Talks round 2")) + "  - {id: dinner, title: [unclosed\n")
    qtbot.waitUntil(lambda: any("invalid YAML" in m for m in problem_messages(window)), timeout=WAIT_MS)
    assert titles(window) == ["Working dinner", "Talks round 1"]  # the last good version, not an empty list
    assert window.problems_dock.isVisible()
    assert any("last readable version (2 meetings) stays shown" in m for m in problem_messages(window))
    assert window.counts_label.text() == "2 meetings · 2 problems (1 error)"

    save(path, file_text(meeting("talks", "Talks round 3")))  # fixed
    qtbot.waitUntil(lambda: titles(window) == ["Talks round 3"], timeout=WAIT_MS)
    assert problem_messages(window) == []
    assert window.counts_label.text() == "1 meeting"


def test_a_half_written_file_keeps_its_meetings(make_window, qtbot, folder):
    path = folder / "talks.yaml"
    window = make_window(folder, include_bundled=False)
    good = file_text(meeting("talks", "Talks round 0")).encode()
    with open(path, "wb") as out:  # an editor writing in place, caught mid-way through a UTF-8 sequence
        out.write(good + "  - {id: x, title: Caf\u00e9".encode()[:-1])
    qtbot.waitUntil(lambda: any("not valid UTF-8" in m for m in problem_messages(window)), timeout=WAIT_MS)
    assert titles(window) == ["Talks round 0"]


def test_search_and_selection_survive_a_live_reload(make_window, qtbot, folder):
    path = folder / "talks.yaml"
    save(path, file_text(meeting("talks", "Talks round 1"), meeting("dinner", "Working dinner", "2024-03-02"),
                         meeting("lunch", "Working lunch", "2024-03-03")))
    window = make_window(folder, include_bundled=False)
    qtbot.keyClicks(window.search_box, "working")
    assert titles(window) == ["Working lunch", "Working dinner"]
    assert window.select_meeting("dinner")

    save(path, file_text(meeting("talks", "Talks round 2"), meeting("dinner", "Working dinner (extended)", "2024-03-02"),
                         meeting("lunch", "Working lunch", "2024-03-03")))
    qtbot.waitUntil(lambda: "Working dinner (extended)" in titles(window), timeout=WAIT_MS)
    assert window.search_box.text() == "working"
    assert titles(window) == ["Working lunch", "Working dinner (extended)"]
    assert window.current_meeting().id == "dinner"
    assert "Working dinner (extended)" in window.detail.toPlainText()


def test_a_closed_window_reads_nothing_saved_after_it_closed(make_window, qtbot, folder):
    """No load may outlive the window (its thread would be destroyed while it runs)."""
    window = make_window(folder, include_bundled=False)
    window.close()
    save(folder / "talks.yaml", file_text(meeting("talks", "Talks round 1")))
    started = []
    window.loader.started.connect(lambda: started.append(True))
    qtbot.wait(1500)  # longer than the watcher's wait for a burst of saves to settle
    assert not started and not window.is_loading()
    assert titles(window) == ["Talks round 0"]


def test_the_reader_keeps_their_place_in_a_long_meeting_when_another_file_changes(make_window, qtbot, folder):
    summary = " ".join(f"Paragraph {n} of the talks went on about fisheries and ports." for n in range(60))
    (folder / "long.yaml").write_text(
        "meetings:\n  - {id: long, title: Long talks, date: 2024-03-05, participants: [ana], "
        f"summary: '{summary}'}}\n", encoding="utf-8")
    window = make_window(folder, include_bundled=False)
    window.resize(900, 500)
    window.show()
    qtbot.waitUntil(lambda: "Long talks" in titles(window), timeout=WAIT_MS)
    assert window.select_meeting("long")
    bar = window.detail.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=WAIT_MS)
    bar.setValue(bar.maximum() // 2)
    place = bar.value()
    assert place > 0
    save(folder / "talks.yaml", file_text(meeting("talks", "Talks round 1")))  # another meeting, another file
    qtbot.waitUntil(lambda: "Talks round 1" in titles(window), timeout=WAIT_MS)
    assert window.current_meeting().id == "long"
    assert bar.value() == place  # not thrown back to the top of the page
    # The meeting itself changed: its new text is shown from its top.
    (folder / "long.yaml").write_text(
        "meetings:\n  - {id: long, title: Long talks (revised), date: 2024-03-05, participants: [ana], "
        f"summary: '{summary}'}}\n", encoding="utf-8")
    qtbot.waitUntil(lambda: "Long talks (revised)" in titles(window), timeout=WAIT_MS)
    assert "Long talks (revised)" in window.detail.toPlainText()
    assert bar.value() == 0
