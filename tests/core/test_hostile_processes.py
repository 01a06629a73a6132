"""Killing diplo-data leaves no process behind: not its parser processes, not its PDF writer.

Each test starts diplo-data, waits until its children run, kills it with SIGKILL (no
handler runs), and checks that every child is gone soon after and wrote nothing.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="reads the process tree from /proc")


def archive(folder: Path, files: int, meetings_per_file: int) -> Path:
    folder.mkdir()
    for f in range(files):
        lines = ["meetings:"]
        for m in range(meetings_per_file):
            lines += [f"  - id: m-{f}-{m}", f"    title: Talks number {m} of file {f} about fisheries and trade",
                      "    date: 2023-06-18", "    location: {city: Geneva, country: CH}",
                      "    participants: [wang-yi, antony-blinken]",
                      "    summary: " + "A long and careful summary of what was said. " * 6]
        (folder / f"part-{f}.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def children(pid: int) -> set[int]:
    """Every descendant of pid, now."""
    out: set[int] = set()
    todo = [pid]
    while todo:
        parent = todo.pop()
        try:
            tasks = os.listdir(f"/proc/{parent}/task")
        except OSError:
            continue
        for task in tasks:
            try:
                found = Path(f"/proc/{parent}/task/{task}/children").read_text().split()
            except OSError:
                continue
            for child in map(int, found):
                if child not in out:
                    out.add(child)
                    todo.append(child)
    return out


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"  # a zombie has exited (only not yet reaped by init)


def kill_when_children_run(command: list[str], env: dict[str, str], want: int) -> set[int]:
    run = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    try:
        deadline = time.monotonic() + 60
        kids: set[int] = set()
        while time.monotonic() < deadline and run.poll() is None:
            kids = children(run.pid)
            if len(kids) >= want:
                time.sleep(0.5)  # let them get to work
                kids |= children(run.pid)
                break
            time.sleep(0.05)
        assert len(kids) >= want, "the children never started"
        run.send_signal(signal.SIGKILL)
        run.wait()
        return kids
    finally:
        if run.poll() is None:
            run.kill()
            run.wait()


def wait_gone(pids: set[int], seconds: float = 10) -> set[int]:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        left = {pid for pid in pids if alive(pid)}
        if not left:
            return left
        time.sleep(0.1)
    for pid in left:  # do not leave them to the next test
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass
    return left


def test_killing_a_parallel_load_leaves_no_parser_process(tmp_path):
    data = archive(tmp_path / "data", files=8, meetings_per_file=1500)  # about 8 MB: parsed by worker processes
    command = [sys.executable, "-m", "diplo_gui.cli", "validate", str(data)]
    kids = kill_when_children_run(command, dict(os.environ), want=2)
    assert wait_gone(kids) == set()


def test_killing_a_pdf_export_leaves_no_writer_and_no_temporary_file(tmp_path):
    data = archive(tmp_path / "data", files=1, meetings_per_file=1500)
    out = tmp_path / "out"
    out.mkdir()
    temp = tmp_path / "temp"
    temp.mkdir()
    env = dict(os.environ, TMPDIR=str(temp))
    command = [sys.executable, "-m", "diplo_gui.cli", "export", "--format", "pdf", "-o", str(out / "list.pdf"),
               "--data", str(data)]
    kids = kill_when_children_run(command, env, want=1)
    assert wait_gone(kids) == set()
    time.sleep(1)
    assert not (out / "list.pdf").exists()  # nothing put in place after the kill
    assert list(temp.iterdir()) == []  # no temporary folder of the HTML
    # The killed writer's .part file goes with the next write into that folder.
    subprocess.run([sys.executable, "-m", "diplo_gui.cli", "export", "--format", "csv", "-o", str(out / "list.csv"),
                    "--data", str(data)], check=True, env=env, capture_output=True)
    assert sorted(p.name for p in out.iterdir()) == ["list.csv"]
