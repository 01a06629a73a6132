"""The hostile-file corpus through the real window: it opens, lists each problem, and still shows the meetings."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QTableView

from diplo_gui.core import loading

from hostile_corpus import Case, cases, load_paths, materialise

BUNDLED_MEETINGS = {m.id for m in loading.load(loading.sources([], True)).dataset.meetings}


@pytest.mark.parametrize("case", cases(), ids=str)
def test_a_hostile_file_in_the_window(case: Case, tmp_path: Path, monkeypatch, make_window, qtbot):
    path = materialise(case, tmp_path, monkeypatch)
    paths, include_bundled = load_paths(case, path)
    window = make_window(*paths, include_bundled=include_bundled)

    problems = window.findChild(QTableView, "problemsView")
    model = problems.model()
    rows = [(model.index(r, 0).data(), model.index(r, 1).data()) for r in range(model.rowCount())]
    assert rows == [(severity, f"{path}:{line}:{col}") for line, col, severity, _code in case.expected]
    assert window.problems_dock.isVisible() == bool(case.expected)

    shown = {m.id for m in window.visible_meetings()}
    assert set(case.loads) <= shown
    if include_bundled:
        assert BUNDLED_MEETINGS <= shown  # the bundled meetings are still all there
    assert window.counts_label.text().startswith(f"{len(shown):,} meeting")
    if case.expected:
        assert f"{len(case.expected):,} problem" in window.counts_label.text()

    # And it still reacts: a meeting of the file can be selected and read.
    if case.loads:
        assert window.select_meeting(case.loads[0])
        words = " ".join(window.current_meeting().title.split())  # U+2028 shows as a break
        assert words in " ".join(window.detail.toPlainText().split())
