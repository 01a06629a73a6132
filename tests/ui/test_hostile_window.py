"""Hostile file systems in the real window: nothing vanishes without a line, nothing is replaced."""

from __future__ import annotations

import errno
import os

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from diplo_gui.core import atomic

from desk_helpers import wait_loaded

MEETING = "meetings:\n  - {{id: {id}, title: Talks {id}, date: 2023-06-18, participants: [wang-yi]}}\n"


def test_a_folder_that_cannot_be_listed_is_a_problem_in_the_window(make_window, tmp_path, monkeypatch):
    data = tmp_path / "data"
    (data / "sealed").mkdir(parents=True)
    (data / "open.yaml").write_text(MEETING.format(id="open-talks"), encoding="utf-8")
    (data / "sealed" / "hidden.yaml").write_text(MEETING.format(id="sealed-talks"), encoding="utf-8")
    real = os.scandir

    def scandir(path=".", *args, **kwargs):  # type: ignore[no-untyped-def]
        if os.fspath(path) == str(data / "sealed"):
            raise PermissionError(errno.EACCES, "Permission denied", os.fspath(path))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(os, "scandir", scandir)
    window = make_window(data)
    model = window.findChild(QTableView, "problemsView").model()
    rows = [(model.index(r, 0).data(), model.index(r, 1).data(), model.index(r, 2).data())
            for r in range(model.rowCount())]
    assert [(s, where) for s, where, _ in rows] == [("error", f"{data / 'sealed'}:1:1")]
    assert "cannot list the folder" in rows[0][2]
    assert window.problems_dock.isVisible()
    assert "open-talks" in {m.id for m in window.visible_meetings()}


def test_a_file_that_appears_while_a_draft_is_saved_is_never_replaced(qtbot, make_window, monkeypatch, tmp_path):
    import test_draft_review as drafts  # tests/ui is on sys.path

    monkeypatch.setattr("diplo_gui.ui.shell.main_window.user_data_dir", lambda: tmp_path / "meetings")
    window = make_window()
    review = drafts.open_review(qtbot, window)
    drafts.draft(qtbot, review, drafts.SEED.read_text(encoding="utf-8"))
    first = tmp_path / "meetings" / f"{drafts.DRAFTED_UNGA}.yaml"
    real = atomic._create_exclusively

    def someone_else_saves_first(tmp_name, target):  # type: ignore[no-untyped-def]
        if target == first:
            target.write_text("# theirs\n", encoding="utf-8")  # between our check and our rename
        return real(tmp_name, target)

    monkeypatch.setattr(atomic, "_create_exclusively", someone_else_saves_first)
    drafts.click(qtbot, review, ("known", drafts.DRAFTED_UNGA))  # the bundled data holds it: save a copy
    qtbot.mouseClick(review.as_new_box, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(review.save_button, Qt.MouseButton.LeftButton)
    wait_loaded(qtbot, window)
    assert first.read_text(encoding="utf-8") == "# theirs\n"
    assert review.saved_path == tmp_path / "meetings" / f"{drafts.DRAFTED_UNGA}-2.yaml"
    assert window.current_meeting().id == drafts.DRAFTED_UNGA
