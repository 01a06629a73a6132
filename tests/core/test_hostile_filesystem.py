"""What a hostile or unlucky file system does to a load: every hole is a located problem,
and Diplo's own files (the cache) are read as regular files under a cap, never blocking.

We run as root in CI, where ``chmod 000`` stops nothing: the unreadable folder and file
are simulated by making ``os.scandir`` and ``os.open`` fail as they do for a normal user;
the real ``chmod`` test runs where it can.
"""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from diplo_gui import cli
from diplo_gui.core import cache, files, loading

MEETING = """\
meetings:
  - id: {id}
    title: Talks {id}
    date: 2023-06-18
    participants: [wang-yi]
"""


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    """A folder with a readable file and a sub-folder holding another."""
    data = tmp_path / "data"
    (data / "sealed").mkdir(parents=True)
    (data / "open.yaml").write_text(MEETING.format(id="open-talks"), encoding="utf-8")
    (data / "sealed" / "hidden.yaml").write_text(MEETING.format(id="sealed-talks"), encoding="utf-8")
    return data


def deny_listing(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    real = os.scandir

    def scandir(path=".", *args, **kwargs):  # type: ignore[no-untyped-def]
        if os.fspath(path) == str(folder):
            raise PermissionError(errno.EACCES, "Permission denied", os.fspath(path))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(os, "scandir", scandir)


def deny_reading(monkeypatch: pytest.MonkeyPatch, file: Path) -> None:
    real = os.open

    def fake_open(path, flags, *args, **kwargs):  # type: ignore[no-untyped-def]
        if os.fspath(path) == str(file):
            raise PermissionError(errno.EACCES, "Permission denied", os.fspath(path))
        return real(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", fake_open)


def test_a_folder_that_cannot_be_listed_is_a_located_problem(archive, monkeypatch):
    deny_listing(monkeypatch, archive / "sealed")
    result = loading.load(loading.sources([archive], True))
    sealed = [p for p in result.problems if p.path == str(archive / "sealed")]
    assert [(p.line, p.col, p.severity.value, p.code) for p in sealed] == [(1, 1, "error", "folder-unreadable")]
    assert "Permission denied" in sealed[0].message
    assert result.has_errors
    ids = {m.id for m in result.dataset.meetings}
    assert "open-talks" in ids and "sealed-talks" not in ids


def test_validate_names_an_unlistable_folder_and_fails(archive, monkeypatch, capsys):
    deny_listing(monkeypatch, archive / "sealed")
    status = cli.main(["validate", str(archive)])
    out = capsys.readouterr().out
    assert status == 1
    assert f"{archive / 'sealed'}:1:1: error: cannot list the folder: Permission denied" in out


def test_a_file_that_cannot_be_read_is_a_located_problem_in_validate(archive, monkeypatch, capsys):
    deny_reading(monkeypatch, archive / "sealed" / "hidden.yaml")
    status = cli.main(["validate", str(archive)])
    out = capsys.readouterr().out
    assert status == 1
    assert f"{archive / 'sealed' / 'hidden.yaml'}:1:1: error: cannot open the file: Permission denied" in out


def test_a_real_chmod_000_folder_is_a_problem(archive):
    sealed = archive / "sealed"
    sealed.chmod(0)
    try:
        if os.access(sealed, os.R_OK):
            pytest.skip("running as root (or with CAP_DAC_OVERRIDE): every folder is readable")
        result = loading.load([archive])
        assert [p.code for p in result.problems if p.path == str(sealed)] == ["folder-unreadable"]
    finally:
        sealed.chmod(0o755)


# -- Diplo's own files: opened as regular files under a cap --------------------------------------------

def test_read_regular_refuses_what_is_not_a_regular_file_without_blocking(tmp_path):
    regular = tmp_path / "entry"
    regular.write_bytes(b"12345")
    assert files.read_regular(regular, 5) == b"12345"
    with pytest.raises(files.TooLarge):
        files.read_regular(regular, 4)
    link = tmp_path / "link"
    link.symlink_to(regular)
    assert files.read_regular(link, 5) == b"12345"  # data files may be links ...
    with pytest.raises(files.NotRegularFile):
        files.read_regular(link, 5, follow_links=False)  # ... Diplo's own files may not
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "fifo")
        with pytest.raises(files.NotRegularFile):
            files.read_regular(tmp_path / "fifo", 5)  # no writer: a blocking open would wait for ever
    if os.path.exists("/dev/zero"):
        with pytest.raises(files.NotRegularFile):
            files.read_regular("/dev/zero", 5)
    with pytest.raises(files.NotRegularFile):
        files.read_regular(tmp_path, 5)


# Runs in a child with a memory limit and a timeout, so that the attack as it was (a hang, a
# read of 2 GB) fails the test instead of taking the test run (or the machine) with it.
_ATTACK = textwrap.dedent("""
    import json, os, resource, sys
    from pathlib import Path
    resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))
    from diplo_gui.core import cache, loading
    data, cache_dir, kind, which = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], sys.argv[4]
    options = lambda: loading.LoadOptions(cache_dir=cache_dir, workers=1)
    cold = loading.load([data], options())
    if which == "records":
        entries = sorted((cache_dir / "records-v1").glob("*.msgpack"))
    else:
        index = cache.IndexCache(cache_dir)
        index.put("sources", "key", [["a", "b"], ["c", "d"]])
        entries = sorted(index.folder.glob("*.msgpack"))
    for entry in entries:
        entry.unlink()
        if kind == "fifo":
            os.mkfifo(entry)
        elif kind == "dev-zero":
            entry.symlink_to("/dev/zero")
        else:
            with open(entry, "wb") as out:
                out.truncate(2 << 30)  # sparse: 2 GB that cost no disk
    if which == "records":
        warm = loading.load([data], options())
        same = warm.dataset.meetings == cold.dataset.meetings and warm.problems == cold.problems
    else:
        same = index.get("sources", "key", 2) is None
    # The peak resident size of this process: VmHWM, as ru_maxrss keeps the parent's across exec.
    peak = next((int(line.split()[1]) * 1024 for line in open("/proc/self/status") if line.startswith("VmHWM")),
                resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)
    rss = peak
    print(json.dumps({"same": same, "rss": rss}))
""")


@pytest.mark.parametrize("which", ["records", "index"])
@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "sparse-2gb"])
def test_a_cache_entry_that_is_not_a_small_regular_file_is_rebuilt(tmp_path, archive, kind, which):
    if kind == "fifo" and not hasattr(os, "mkfifo") or kind == "dev-zero" and not os.path.exists("/dev/zero"):
        pytest.skip("this system cannot make that kind of file")
    child = subprocess.run([sys.executable, "-c", _ATTACK, str(archive), str(tmp_path / "cache"), kind, which],
                           capture_output=True, text=True, timeout=120)
    assert child.returncode == 0, child.stderr[-2000:]
    outcome = json.loads(child.stdout)
    assert outcome["same"]  # the damaged entries were a miss: the load is what a cold one is
    assert outcome["rss"] < 200 * 1024 * 1024  # nothing near the 2 GB entry was read


def test_the_cache_caps_are_what_the_loader_can_write(tmp_path):
    # The cap must not refuse a real entry: the records of the largest data file fit.
    assert cache.MAX_ENTRY_BYTES >= 4 * files.MAX_FILE_BYTES
