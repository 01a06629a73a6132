"""Saves that never replace what appeared at the target meanwhile, and leave nothing behind when killed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from diplo_gui.core import atomic


def test_a_file_that_appears_at_the_target_while_writing_is_kept(tmp_path):
    target = tmp_path / "out.csv"

    def produce(stream):  # type: ignore[no-untyped-def]
        stream.write(b"ours")
        target.write_text("theirs", encoding="utf-8")  # another program saves there meanwhile

    with pytest.raises(FileExistsError):
        atomic.write_atomic(target, produce)
    assert target.read_text(encoding="utf-8") == "theirs"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv"]  # no temporary file either


def test_a_target_changed_while_writing_is_kept(tmp_path):
    target = tmp_path / "out.csv"
    target.write_text("old", encoding="utf-8")

    def produce(stream):  # type: ignore[no-untyped-def]
        stream.write(b"ours")
        target.write_text("edited meanwhile", encoding="utf-8")

    with pytest.raises(atomic.TargetChanged):
        atomic.write_atomic(target, produce)
    assert target.read_text(encoding="utf-8") == "edited meanwhile"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv"]


def test_an_unchanged_target_is_replaced_and_keeps_its_mode(tmp_path):
    target = tmp_path / "out.csv"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    atomic.write_text_atomic(target, "new")
    assert target.read_text(encoding="utf-8") == "new"
    assert target.stat().st_mode & 0o777 == 0o640


def test_without_hard_links_the_name_is_still_claimed_exclusively(tmp_path, monkeypatch):
    def no_links(*_args):  # type: ignore[no-untyped-def]
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    target = tmp_path / "out.csv"
    atomic.write_text_atomic(target, "new")
    assert target.read_text(encoding="utf-8") == "new"

    def produce(stream):  # type: ignore[no-untyped-def]
        stream.write(b"ours")
        target.write_text("theirs", encoding="utf-8")

    target.unlink()
    with pytest.raises(FileExistsError):
        atomic.write_atomic(target, produce)
    assert target.read_text(encoding="utf-8") == "theirs"


_SLOW_WRITER = textwrap.dedent("""
    import sys, time
    from diplo_gui.core import atomic
    def produce(stream):
        stream.write(b"half")
        stream.flush()
        print("writing", flush=True)
        time.sleep(60)
    atomic.write_atomic(sys.argv[1], produce)
""")


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_the_temporary_file_of_a_killed_write_is_removed_by_the_next_write_and_a_live_one_is_not(tmp_path):
    target = tmp_path / "export.pdf"
    killed = subprocess.Popen([sys.executable, "-c", _SLOW_WRITER, str(target)], stdout=subprocess.PIPE, text=True)
    assert killed.stdout.readline() == "writing\n"
    killed.send_signal(signal.SIGKILL)
    killed.wait()
    [leftover] = [p.name for p in tmp_path.iterdir()]
    assert leftover.startswith(".export.pdf.") and leftover.endswith(".part")

    live = subprocess.Popen([sys.executable, "-c", _SLOW_WRITER, str(tmp_path / "other.pdf")], stdout=subprocess.PIPE,
                            text=True)
    try:
        assert live.stdout.readline() == "writing\n"
        atomic.write_text_atomic(tmp_path / "next.csv", "x")  # the next write into the folder cleans up
        names = sorted(p.name for p in tmp_path.iterdir())
        assert leftover not in names
        assert len([n for n in names if n.startswith(".other.pdf.")]) == 1  # still being written: kept
    finally:
        live.kill()
        live.wait()
    assert atomic.remove_leftovers(tmp_path) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["next.csv"]


def test_only_our_temporary_files_are_removed(tmp_path):
    for name in (".notes.part", "report.part", ".x.abcdefgh.part.bak", ".x.ABCDEFGH.part"):
        (tmp_path / name).write_text("keep", encoding="utf-8")
    assert atomic.remove_leftovers(tmp_path) == 0
    assert len(list(tmp_path.iterdir())) == 4
