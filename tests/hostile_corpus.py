"""The hostile-file corpus in tests/data/hostile/: reading the cases, and making the special ones.

Each case is ``NAME.expected`` beside its data file ``NAME.yaml``::

    # what the case is (first comment line)
    # loads: meeting-id ...      meetings of this file that must still load (default: none)
    # with: people issues        load after these bundled files only (default: all bundled data)
    # make: KIND                 no data file: the test makes it in tmp_path (FIFO, link, huge ...)
    LINE:COL SEVERITY CODE       every problem of this file, in order; nothing else may appear

Special files (FIFOs, links, unreadable files, files too big for the repository) cannot
live in git; ``materialise`` makes them and lowers a limit where the case needs it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pytest

from diplo_gui.core import bundled, files, records

CORPUS = Path(__file__).parent / "data" / "hostile"


@dataclass(frozen=True)
class Case:
    name: str
    what: str
    expected: tuple[tuple[int, int, str, str], ...]
    loads: tuple[str, ...]
    make: str | None
    with_bundled: tuple[str, ...] | None  # None: all the bundled data

    def __str__(self) -> str:
        return self.name


def cases() -> list[Case]:
    out = []
    for spec in sorted(CORPUS.glob("*.expected")):
        what, make, loads, with_bundled = "", None, (), None
        expected = []
        for line in spec.read_text(encoding="utf-8").splitlines():
            if line.startswith("# loads:"):
                loads = tuple(line.split(":", 1)[1].split())
            elif line.startswith("# make:"):
                make = line.split(":", 1)[1].strip()
            elif line.startswith("# with:"):
                with_bundled = tuple(line.split(":", 1)[1].split())
            elif line.startswith("#"):
                what = what or line[1:].strip()
            elif line.strip():
                position, severity, code = line.split()
                row, col = position.split(":")
                expected.append((int(row), int(col), severity, code))
        out.append(Case(spec.stem, what, tuple(expected), loads, make, with_bundled))
    return out


def materialise(case: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The path to load for this case: the corpus file itself, or a special file made now."""
    if case.make is None:
        return CORPUS / f"{case.name}.yaml"
    path = tmp_path / f"{case.name}.yaml"
    if case.make == "huge-scalar":
        summary = " ".join(["words"] * 250_000)  # 1.5 MB on one line
        path.write_text("meetings:\n  - id: corpus-long-summary\n    title: A long summary\n    date: 2023\n"
                        "    participants: [wang-yi]\n    summary: " + summary + "\n"
                        "  - id: " + "A" * 200_000 + "\n    title: an id of 200,000 capitals\n"
                        "    date: 2023\n    participants: [wang-yi]\n", encoding="utf-8")
    elif case.make == "over-size-cap":
        monkeypatch.setattr(files, "MAX_FILE_BYTES", 1_000_000)  # still above every bundled file
        path.write_text("meetings:\n" + "# padding\n" * 120_000, encoding="utf-8")
    elif case.make == "too-many-values":
        monkeypatch.setattr(records, "MAX_NODES", 100_000)  # still above every bundled file
        path.write_text("meetings: [" + "x," * 120_000 + "]\n", encoding="utf-8")
    elif case.make == "symlink-loop":
        path.symlink_to(path)
    elif case.make == "fifo":
        if not hasattr(os, "mkfifo"):
            pytest.skip("this system has no FIFOs")
        os.mkfifo(path)
    elif case.make == "dev-zero":
        if not os.path.exists("/dev/zero"):
            pytest.skip("this system has no /dev/zero")
        path.symlink_to("/dev/zero")
    elif case.make == "read-error":
        if not os.path.exists("/proc/self/mem"):
            pytest.skip("this system has no /proc/self/mem")
        path.symlink_to("/proc/self/mem")  # a regular file whose read fails (EIO), even for root
    elif case.make == "unreadable":
        path.write_text("meetings: []\n", encoding="utf-8")
        path.chmod(0)
        if os.access(path, os.R_OK):
            pytest.skip("running as root (or with CAP_DAC_OVERRIDE): every file is readable")
    else:
        raise AssertionError(f"{case.name}: unknown make: {case.make}")
    return path


def load_paths(case: Case, path: Path) -> tuple[list[Path], bool]:
    """What to load with the case, and whether to include all the bundled data."""
    if case.with_bundled is None:
        return [path], True
    return [bundled.data_dir() / f"{name}.yaml" for name in case.with_bundled] + [path], False
