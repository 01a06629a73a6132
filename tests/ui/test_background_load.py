"""Loading runs off the UI thread: a progress bar and Cancel in the status bar, the window
answers meanwhile, Cancel keeps what was on screen, and a second open comes from the cache."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThread, QTimer
from PySide6.QtWidgets import QProgressBar, QPushButton

from diplo_gui.core import loading
from diplo_gui.ui.reader.meeting_model import MeetingRole
from diplo_gui.ui.shell import load_worker

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from archive_corpus import PROBLEMS, generator  # noqa: E402  (tests/ has no packages)
from desk_helpers import reload_and_wait, wait_loaded  # noqa: E402

FIRST = """\
people:
  - {id: anne, name: Anne Example, country: "NO"}
meetings:
  - {id: first-look, title: The data already on screen, date: 2020-01-02, participants: [anne]}
"""


@pytest.fixture
def slow_disk(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    """Every file takes a while to read, so that a user can act in the middle of a load."""
    parsed: list[str] = []
    real = loading.parse_bytes

    def slow(path: str, data: bytes):  # type: ignore[no-untyped-def]
        time.sleep(0.03)
        parsed.append(Path(path).name)
        return real(path, data)

    monkeypatch.setattr(loading, "parse_bytes", slow)
    return parsed


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    """Twenty small files of generated meetings (synthetic)."""
    folder = tmp_path / "archive"
    generator().generate(1000, folder, seed=3, per_file=50, people=100)
    return folder


def when(qtbot, condition: Callable[[], bool], action: Callable[[], None]) -> QTimer:  # type: ignore[no-untyped-def]
    """Do ``action`` once, as soon as ``condition`` holds while the event loop runs (as a user would)."""
    timer = QTimer()
    timer.setInterval(5)

    def check() -> None:
        if condition():
            timer.stop()
            action()

    timer.timeout.connect(check)
    timer.start()
    return timer


def progress_widgets(window) -> tuple[QProgressBar, QPushButton]:  # type: ignore[no-untyped-def]
    return (window.findChild(QProgressBar, "loadProgress"), window.findChild(QPushButton, "cancelLoadButton"))


def titles(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [m.title for m in window.visible_meetings()]


def test_cancel_keeps_the_meetings_on_screen(make_window, write_yaml, archive, slow_disk, qtbot):
    window = make_window(write_yaml(FIRST, "first.yaml"), include_bundled=False)
    bar, cancel = progress_widgets(window)
    assert not bar.isVisible() and not cancel.isVisible()
    seen_during_load: list[bool] = []

    def click_cancel() -> None:
        seen_during_load.append(bar.isVisible())
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)

    timer = when(qtbot, cancel.isVisible, click_cancel)
    window.add_data_paths([archive])  # File › Open Data Folder… does this
    wait_loaded(qtbot, window)
    timer.stop()
    assert seen_during_load == [True]
    assert 0 < len(slow_disk) < 21  # it stopped part-way
    assert titles(window) == ["The data already on screen"]
    assert window.statusBar().currentMessage() == "Loading cancelled; the meetings shown are unchanged."
    assert not bar.isVisible() and not cancel.isVisible()
    reload_and_wait(qtbot, window)  # and a load that is not cancelled brings everything
    assert len(window.visible_meetings()) == 1001


def test_the_window_answers_while_it_loads(make_window, write_yaml, archive, slow_disk, qtbot):
    window = make_window(write_yaml(FIRST, "first.yaml"), include_bundled=False)
    bar, _ = progress_widgets(window)
    during: list[tuple[int, int]] = []

    def type_a_search() -> None:
        qtbot.keyClicks(window.search_box, "zzz")
        during.append((window.proxy.rowCount(), len(slow_disk)))
        window.search_box.clear()

    timer = when(qtbot, bar.isVisible, type_a_search)
    window.add_data_paths([archive])
    wait_loaded(qtbot, window)
    timer.stop()
    assert during and during[0][0] == 0  # the search filtered the list shown, in the middle of the load
    assert during[0][1] < 21
    assert len(window.visible_meetings()) == 1001  # then every meeting arrived at once


def test_a_reload_during_a_load_replaces_it(make_window, write_yaml, archive, slow_disk, qtbot):
    window = make_window(write_yaml(FIRST, "first.yaml"), include_bundled=False)
    _, cancel = progress_widgets(window)
    timer = when(qtbot, cancel.isVisible, lambda: qtbot.keyClick(window, Qt.Key.Key_F5))
    window.add_data_paths([archive])
    qtbot.waitUntil(lambda: not timer.isActive(), timeout=30_000)  # F5 was pressed during the load
    wait_loaded(qtbot, window)
    assert len(window.visible_meetings()) == 1001
    assert window.statusBar().currentMessage() != "Loading cancelled; the meetings shown are unchanged."


def test_a_second_open_reads_the_cache_and_shows_the_same_problems(make_window, tmp_path, slow_disk, monkeypatch):
    monkeypatch.setattr(load_worker, "CACHE_MIN_BYTES", 0)  # these files are small: cache them anyway
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "problems.yaml").write_text(PROBLEMS, encoding="utf-8")
    (folder / "first.yaml").write_text(FIRST, encoding="utf-8")
    cold = make_window(folder, include_bundled=False)
    assert sorted(slow_disk) == ["first.yaml", "problems.yaml"]
    slow_disk.clear()
    warm = make_window(folder, include_bundled=False)
    assert slow_disk == []  # no YAML was parsed: every record came from the cache
    assert [m.id for m in warm.visible_meetings()] == [m.id for m in cold.visible_meetings()]
    model = warm.problems_view.problem_model
    assert model.problems() == cold.problems_view.problem_model.problems()
    assert any(p.code == "bad-date" for p in model.problems())
    assert warm.proxy.index(0, 0).data(MeetingRole).id == cold.proxy.index(0, 0).data(MeetingRole).id


def test_small_data_is_parsed_every_time_and_never_cached(make_window, tmp_path, slow_disk):
    # Under 64 KiB, parsing beats importing msgspec to read a cache back: nothing is written.
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "first.yaml").write_text(FIRST, encoding="utf-8")
    cached_before = set(load_worker_cache().rglob("*.msgpack"))
    first = make_window(folder, include_bundled=False)
    second = make_window(folder, include_bundled=False)
    assert slow_disk == ["first.yaml", "first.yaml"]
    assert [m.id for m in second.visible_meetings()] == [m.id for m in first.visible_meetings()]
    assert set(load_worker_cache().rglob("*.msgpack")) == cached_before


def test_a_second_open_takes_the_search_index_from_the_cache(make_window, archive, monkeypatch, qtbot):
    from diplo_gui.core import search

    monkeypatch.setattr(load_worker, "PREPARE_SEARCH_MIN_MEETINGS", 0)  # 1000 meetings: index them ahead anyway

    cold = make_window(archive, include_bundled=False)
    built: list[int] = []
    real = search._Rows.row
    monkeypatch.setattr(search._Rows, "row", lambda self, m: built.append(1) or real(self, m))
    warm = make_window(archive, include_bundled=False)
    assert built == []  # the index came from the cache, not from the meetings
    for window in (cold, warm):
        window.search_box.clear()
        qtbot.keyClicks(window.search_box, "kestria -talks")
    assert [m.id for m in warm.visible_meetings()] == [m.id for m in cold.visible_meetings()]
    assert 0 < len(warm.visible_meetings()) < 1000
    for entry in Path(load_worker_cache()).rglob("search-v*/*.msgpack"):
        entry.write_bytes(entry.read_bytes()[:100])  # damaged: ignored and built again
    again = make_window(archive, include_bundled=False)
    assert len(built) == 1000
    qtbot.keyClicks(again.search_box, "kestria -talks")
    assert [m.id for m in again.visible_meetings()] == [m.id for m in cold.visible_meetings()]


def load_worker_cache() -> Path:
    from diplo_gui.ui.shell.load_worker import cache_dir

    folder = cache_dir()
    assert folder is not None
    return folder


def test_a_reload_returns_at_once_and_the_list_keeps_what_it_shows_until_the_load_is_done(
        make_window, write_yaml, archive, slow_disk, qtbot):
    window = make_window(write_yaml(FIRST, "first.yaml"), include_bundled=False)
    window.add_data_paths([archive], remember=False)  # returns at once: no nested event loop waits for it
    assert window.is_loading() and len(slow_disk) < 21
    assert titles(window) == ["The data already on screen"]
    with qtbot.waitSignal(window.data_loaded, timeout=60_000):
        pass
    assert len(window.visible_meetings()) == 1001


def test_closing_the_window_during_a_load_stops_its_thread(make_window, write_yaml, archive, slow_disk, qtbot):
    window = make_window(write_yaml(FIRST, "first.yaml"), include_bundled=False)
    window.add_data_paths([archive], remember=False)
    qtbot.waitUntil(lambda: len(slow_disk) > 0)
    threads = window.loader.findChildren(QThread)
    assert threads and threads[0].isRunning()
    window.close()
    assert not threads[0].isRunning()  # stopped and joined: no thread outlives the window
    assert 0 < len(slow_disk) < 21
