"""Reliability under change: hundreds of saves, broken saves, new, deleted and renamed files
while the real window is open on the folder.

The test keeps its own account of what it wrote (``soak_model.DiskModel``) and checks the
window against it:

- every state the list ever shows (each reset of the meeting model and of its filter) is a union of whole
  versions, one per file, each a version that file really held: never half a file;
- at each settle point the list is exactly the last good version of every present file,
  a broken file still shows a version it held (its last good one), and the Problems view
  lists the broken file's problem and nothing about files that are fixed or gone;
- at the end a last save still shows up, the search box still filters and a click still
  selects: the window never stopped reacting.

The first soak writes in bursts and lets the event loop run a little between them
(sometimes not at all, sometimes longer than the watcher's debounce), so reloads land at
random points of the sequence. The second writes from a timer and from the loader's own
start and finish signals, so changes also land while a load reads the folder and between
a load and the re-arming of the watches. Nothing sleeps to assert timing: every wait for
the window is ``waitUntil`` with a generous timeout. The seed is fixed
(``DIPLO_SOAK_SEED`` changes it); ``DIPLO_SOAK_OPS`` makes the run longer:

    DIPLO_SOAK_OPS=3000 python -m pytest tests/ui/test_soak.py --timeout=0 -s
"""

from __future__ import annotations

import os
import random
import time
import warnings
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from diplo_gui.core.live import LiveLoader
from diplo_gui.ui.reader.meeting_model import MeetingRole
from diplo_gui.ui.reader.problems_view import ProblemRole

from soak_model import BROKEN_KINDS, DiskModel, broken_text, valid_version

SEED = int(os.environ.get("DIPLO_SOAK_SEED", "20261128"))
OPS = int(os.environ.get("DIPLO_SOAK_OPS", "300"))
# A wall-clock cap on the writing phase, so CI never hangs on a slow machine (the checks still run).
SECONDS = float(os.environ.get("DIPLO_SOAK_SECONDS", str(max(40.0, OPS * 0.15))))
SETTLE_MS = 30_000  # generous: a settle normally takes the debounce plus one load


def shown_meetings(window) -> list:  # type: ignore[no-untyped-def]
    """The meetings in the list, read through the view's model as the list shows them."""
    model = window.list_view.model()
    return [model.index(row, 0).data(MeetingRole) for row in range(model.rowCount())]


def shown_meetings_all(window) -> list:  # type: ignore[no-untyped-def]
    """Every meeting loaded, whatever the search (the list's source model)."""
    return [window.model.index(row, 0).data(MeetingRole) for row in range(window.model.rowCount())]


def shown_problems(window) -> list:  # type: ignore[no-untyped-def]
    model = window.problems_view.model()
    return [model.index(row, 0).data(ProblemRole) for row in range(model.rowCount())]


def test_the_broken_versions_really_are_unreadable(tmp_path: Path):
    """The soak's premise: each kind of broken save is unreadable as a whole (not a file with bad records)."""
    rng = random.Random(SEED)
    for kind in BROKEN_KINDS:
        for _ in range(20):
            path = tmp_path / f"{kind}.yaml"
            path.write_bytes(broken_text(rng, kind, 999))
            result = LiveLoader().load([path])
            assert result.dataset.meetings == (), (kind, path.read_bytes())
            assert any(p.is_error for p in result.problems), kind


class Soak:
    """The real window on a soak folder, with every state its list shows checked as it appears."""

    def __init__(self, make_window, qtbot, tmp_path: Path, rng: random.Random) -> None:  # type: ignore[no-untyped-def]
        self.qtbot = qtbot
        folder = tmp_path / "meetings"
        folder.mkdir()
        self.disk = DiskModel(folder, rng)
        for _ in range(3):
            self.disk.new_file(broken=False)
        self.disk.end_burst()
        self.window = make_window(folder, include_bundled=False)
        self.outside = {m.id for m in shown_meetings(self.window) if not self.disk.owns(m)}  # the user's folder
        self.seen_errors: list[str] = []  # collected in the slot, asserted by the test
        self.states = 0
        # The source model, and the filter proxy the list view actually draws from.
        self.window.model.modelReset.connect(self._on_reset)
        self.window.list_view.model().modelReset.connect(self._on_reset)
        self.settles = 0
        self.settle("start")

    def _on_reset(self) -> None:
        self.states += 1
        self.seen_errors.extend(self.disk.whole_versions_errors(shown_meetings(self.window)))
        self.seen_errors.extend(self.disk.whole_versions_errors(shown_meetings_all(self.window)))

    def check_seen(self) -> None:
        assert not self.seen_errors, self.seen_errors[:5]

    def diagnose(self) -> list[str]:
        return self.disk.settle_errors(shown_meetings(self.window), shown_problems(self.window), self.outside)

    def settle(self, label: str) -> None:
        """Wait until the window shows what is on disk (each broken file: its last good version)."""
        self.disk.end_burst()
        try:
            self.qtbot.waitUntil(lambda: not self.diagnose(), timeout=SETTLE_MS)
        except self.qtbot.TimeoutError:
            pytest.fail(f"not settled at {label}:\n" + "\n".join(self.diagnose()))
        self.disk.confirm(shown_meetings(self.window))
        self.settles += 1
        self.check_seen()


@pytest.mark.slow
def test_the_window_stays_whole_and_responsive_through_hundreds_of_changes(make_window, qtbot, tmp_path):
    rng = random.Random(SEED)
    soak = Soak(make_window, qtbot, tmp_path, rng)
    disk, window, settle = soak.disk, soak.window, soak.settle

    started = time.monotonic()
    done = 0
    while done < OPS and time.monotonic() - started < SECONDS:
        for _ in range(min(rng.choice((1, 1, 2, 3, 5, 8, 13)), OPS - done)):
            disk.random_operation()
            done += 1
        disk.end_burst()
        pause = rng.choice((0, 0, 5, 30, 120, 300, 400))
        if pause:
            qtbot.wait(pause)  # the event loop runs: events arrive, the debounce may or may not fire
        else:
            QApplication.processEvents()
        soak.check_seen()
        if rng.random() < 0.2:
            settle(f"operation {done}")
    settle(f"the end ({done} operations)")
    print(f"soak: {done} operations ({disk.summary()}), {soak.settles} settle points, "
          f"{soak.states} list states checked, {time.monotonic() - started:.1f} s")
    if done < OPS:
        warnings.warn(f"soak: the {SECONDS:.0f} s cap stopped the writing after {done} of {OPS} operations",
                      stacklevel=1)

    # Still reacting: one more valid save shows up.
    name = disk.any_file() or disk.new_file(broken=False)
    final = disk.save_valid(name)
    settle("the final save")
    assert {m.id for m in shown_meetings(window)} >= set(final.ids)

    # The search box still filters: typing a version's unique word lists exactly its meetings.
    window.search_box.setFocus()
    qtbot.keyClicks(window.search_box, final.word)
    qtbot.waitUntil(lambda: sorted(m.id for m in shown_meetings(window)) == sorted(final.ids), timeout=SETTLE_MS)
    total = len(shown_meetings_all(window))
    if len(final.ids) < total:
        assert window.counts_label.text().startswith(f"{len(final.ids)} of {total:,} meetings")

    # Selection still works: a click on a row selects that meeting and the detail shows it.
    view = window.list_view
    index = view.model().index(0, 1)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    clicked = index.data(MeetingRole)
    qtbot.waitUntil(lambda: window.current_meeting() is not None and window.current_meeting().id == clicked.id,
                    timeout=SETTLE_MS)
    assert clicked.title in window.detail.toPlainText()

    # ... and survives one more save of that file that keeps the meeting (a new title).
    retitled = disk.retitle(name, final)
    qtbot.waitUntil(lambda: sorted(m.title for m in shown_meetings(window)) == sorted(retitled.titles),
                    timeout=SETTLE_MS)
    assert window.current_meeting() is not None and window.current_meeting().id == clicked.id
    assert window.search_box.text() == final.word
    soak.check_seen()
    assert not disk.settle_errors(shown_meetings_all(window), shown_problems(window), soak.outside)


@pytest.mark.slow
def test_saves_that_land_while_a_load_is_running_are_never_lost(make_window, qtbot, tmp_path):
    """The same operations made from a timer in the event loop, so they also land while the
    loader's worker reads the folder (and a newer load replaces a running one)."""
    rng = random.Random(SEED + 1)
    soak = Soak(make_window, qtbot, tmp_path, rng)
    disk = soak.disk
    wanted = max(OPS // 2, 1)
    state = {"done": 0, "until": 0, "while_loading": 0, "error": None}
    started = time.monotonic()
    timer = QTimer()
    timer.setSingleShot(True)

    def out_of_time() -> bool:
        return time.monotonic() - started >= SECONDS

    def chunk_done() -> bool:
        return state["error"] is not None or state["done"] >= state["until"] or out_of_time()

    def write() -> bool:
        if chunk_done():
            return False
        try:
            if soak.window.is_loading():
                state["while_loading"] += 1
            disk.random_operation(atomic=True)  # a reader may catch any moment: only whole-file saves
            disk.end_burst()  # every operation is a state the loader may read
            state["done"] += 1
        except Exception as exc:  # noqa: BLE001 - reported by the test, not by the window's crash handler
            state["error"] = exc
        return True

    def tick() -> None:
        if write():
            # Mostly quick succession; sometimes a pause past the debounce, so a load starts.
            timer.start(rng.choice((0, 2, 5, 10, 20)) if rng.random() < 0.8 else rng.randint(240, 320))

    def on_load_started() -> None:
        # Write as soon as a load has started: the worker is reading while the file changes.
        if rng.random() < 0.8:
            QTimer.singleShot(0, write)

    show_result = soak.window.show_result

    def on_load_done(*args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        # Write after the load has read the folder and before the window re-arms its watches.
        if rng.random() < 0.5:
            write()
        show_result(*args, **kwargs)

    soak.window.show_result = on_load_done  # type: ignore[method-assign]
    soak.window.loader.started.connect(on_load_started)
    timer.timeout.connect(tick)
    while state["done"] < wanted and not out_of_time():
        # A chunk of writes, then a settle point (where the checks are exact).
        state["until"] = min(wanted, state["done"] + rng.randint(5, 40))
        timer.start(0)
        qtbot.waitUntil(chunk_done, timeout=int(SECONDS * 1000) + SETTLE_MS)
        timer.stop()
        assert state["error"] is None, state["error"]
        soak.settle(f"operation {state['done']}")
    print(f"soak while loading: {state['done']} operations ({disk.summary()}), {state['while_loading']} of them "
          f"while a load ran, {soak.settles} settle points, {soak.states} list states checked, "
          f"{time.monotonic() - started:.1f} s")
    if state["done"] < wanted:
        warnings.warn(f"soak: the {SECONDS:.0f} s cap stopped the writing after {state['done']} of {wanted} operations",
                      stacklevel=1)

    name = disk.any_file() or disk.new_file(broken=False)
    final = disk.save_valid(name)
    soak.settle("the final save")
    assert set(final.ids) <= {m.id for m in shown_meetings(soak.window)}


def test_a_file_saved_into_a_new_folder_while_it_is_being_read_shows(make_window, qtbot, tmp_path):
    """Found while writing the soak (its timer writer can hit it, rarely): the watches were armed
    only after a load, so a file saved into a sub-folder that load had just walked for the
    first time was never noticed."""
    rng = random.Random(SEED)
    folder = tmp_path / "meetings"
    folder.mkdir()
    window = make_window(folder, include_bundled=False)
    sub = folder / "2024"
    late = valid_version(rng, 2)

    show_result = window.show_result

    def save_late(*args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        # The load has walked the new folder; its watch is not armed yet.
        if sub.is_dir() and not (sub / "late.yaml").exists():
            (sub / "late.yaml").write_bytes(late.data)
        show_result(*args, **kwargs)

    window.show_result = save_late  # type: ignore[method-assign]
    sub.mkdir()
    (sub / "first.yaml").write_bytes(valid_version(rng, 1).data)
    qtbot.waitUntil(lambda: (sub / "late.yaml").exists(), timeout=SETTLE_MS)
    qtbot.waitUntil(lambda: set(late.ids) <= {m.id for m in shown_meetings(window)}, timeout=SETTLE_MS)
