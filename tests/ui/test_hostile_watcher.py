"""The live-reload watcher under many files and long bursts of saves."""

from __future__ import annotations

import os
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

from diplo_gui.ui.shell import data_watcher
from diplo_gui.ui.shell.data_watcher import DataWatcher

MEETING = "meetings:\n  - {{id: m-{n}, title: Talks {n}, date: 2023, participants: [wang-yi]}}\n"


def many_files(folder: Path, count: int) -> list[Path]:
    paths = []
    for n in range(count):
        sub = folder / f"{n // 500:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        path = sub / f"m-{n}.yaml"
        path.write_text(MEETING.format(n=n), encoding="utf-8")
        paths.append(path)
    return paths


def test_many_files_are_watched_through_their_folders(qtbot, tmp_path):
    folder = tmp_path / "archive"
    paths = many_files(folder, data_watcher.MAX_WATCHED_FILES + 500)
    watcher = DataWatcher(debounce_ms=50)
    watcher.watch([folder], paths)
    assert watcher._watcher.files() == []  # not one watch per file ...
    assert sorted(watcher._watcher.directories()) == sorted(str(p) for p in [folder, *folder.iterdir()])
    # ... and a save (write aside, rename over) in any folder is still seen.
    with qtbot.waitSignal(watcher.changed, timeout=5000):
        temp = paths[-1].with_name(".m.tmp")
        temp.write_text(MEETING.format(n="new"), encoding="utf-8")
        os.replace(temp, paths[-1])


def test_a_few_files_are_watched_one_by_one_for_saves_in_place(qtbot, tmp_path):
    folder = tmp_path / "archive"
    paths = many_files(folder, 3)
    watcher = DataWatcher(debounce_ms=50)
    watcher.watch([folder], paths)
    assert sorted(watcher._watcher.files()) == sorted(map(str, paths))
    with qtbot.waitSignal(watcher.changed, timeout=5000):
        paths[0].write_text(MEETING.format(n="edited"), encoding="utf-8")  # in place: only the file tells


def test_a_burst_of_saves_still_refreshes_before_it_ends(qtbot, tmp_path):
    folder = tmp_path / "archive"
    [path] = many_files(folder, 1)
    watcher = DataWatcher(debounce_ms=250, max_wait_ms=1000)
    watcher.watch([folder], [path])
    signals: list[float] = []
    watcher.changed.connect(lambda: signals.append(time.monotonic()))
    start = time.monotonic()
    while time.monotonic() - start < 3.0:  # a save every 50 ms for 3 s: the debounce alone never fires
        last_save = time.monotonic()
        path.write_text(MEETING.format(n=last_save), encoding="utf-8")
        qtbot.wait(50)
    burst_end = time.monotonic()
    assert signals and signals[0] < burst_end  # the window refreshed during the burst
    qtbot.waitUntil(lambda: signals[-1] > last_save, timeout=5000)  # and after the last save
    QApplication.processEvents()
