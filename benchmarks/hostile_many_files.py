"""Many small files: ``diplo-data validate`` on 1,000 / 5,000 / 50,000 one-meeting files.

Loading must be linear in the number of files: the script prints each time, the time per
file, and the ratio of the largest to 5,000 files (the issue's bound: under 10 for 10 times
the files). Every run is a fresh ``diplo-data`` process, as a user runs it.

    .venv/bin/python benchmarks/hostile_many_files.py [--counts 1000 5000 50000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

MEETING = ("meetings:\n  - id: m-{n}\n    title: Talks number {n}\n    date: 2023-06-18\n"
           "    participants: [wang-yi, antony-blinken]\n    summary: One meeting in a file of its own.\n")


def make(folder: Path, count: int) -> Path:
    data = folder / f"files-{count}"
    if not data.is_dir():
        data.mkdir(parents=True)
        for n in range(count):  # 100 per sub-folder, as an archive by day or week would be
            sub = data / f"{n // 100:04d}"
            if n % 100 == 0:
                sub.mkdir()
            (sub / f"m-{n}.yaml").write_text(MEETING.format(n=n), encoding="utf-8")
    return data


def validate(data: Path) -> float:
    start = time.perf_counter()
    run = subprocess.run([sys.executable, "-m", "diplo_gui.cli", "validate", str(data)],
                         capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if run.returncode != 0:
        raise SystemExit(f"validate failed: {run.stderr[-500:]}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--counts", type=int, nargs="+", default=[1000, 5000, 50000])
    parser.add_argument("--keep", type=Path, help="make (and keep) the files here")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="diplo-many-"))
    try:
        times = {}
        for count in args.counts:
            data = make(folder, count)
            times[count] = validate(data)
            print(f"{count:>7,} files: {times[count]:7.2f} s  ({times[count] / count * 1e3:.3f} ms per file)",
                  flush=True)
        if 5000 in times and max(times) > 5000:
            top = max(times)
            ratio = times[top] / times[5000]
            print(f"{top:,} / 5,000 files: {ratio:.1f} x the time for {top / 5000:.0f} x the files "
                  f"(bound: under {top / 5000:.0f})")
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
