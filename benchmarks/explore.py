"""Benchmark the explore features on synthetic meetings and print times and ratios.

    python benchmarks/explore.py            # 2,000 and 20,000 meetings
    python benchmarks/explore.py 100000     # and these sizes

Meetings are built in memory ("Synthetic meeting N", invented people and issues), one
every day or so from 1990. Measured: the facet index (built once per Dataset) and the
facet counts (once per keystroke or tick), and the timeline's paint with every meeting
in view against a zoomed-in view of a few weeks: paint time follows what is on screen,
not the size of the archive.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from diplo_gui.core.facets import FacetIndex, FacetSelection  # noqa: E402
from diplo_gui.core.model import Issue, Meeting, PartialDate, Participant, Person, Place, Status  # noqa: E402


def meetings(n: int) -> list[Meeting]:
    rng = random.Random(1)
    people = [Person(f"p{i}", f"Synthetic Person {i}", rng.choice(["US", "CN", "FR", "DE", "BR"])) for i in range(500)]
    issues = [Issue(f"i{i}", f"Synthetic issue {i}") for i in range(50)]
    start = dt.date(1990, 1, 1)
    out = []
    for k in range(n):
        day = start + dt.timedelta(days=k * 12000 // max(n, 1) + rng.randint(0, 3))
        date = PartialDate(day.year, day.month) if k % 17 == 0 else PartialDate(day.year, day.month, day.day)
        out.append(Meeting(f"m{k}", f"Synthetic meeting {k}", date, status=rng.choice(list(Status)),
                           place=Place("City", rng.choice(["US", "CN", "MT"])),
                           participants=tuple(Participant(p) for p in rng.sample(people, 3)),
                           issues=tuple(rng.sample(issues, 2))))
    return out


def best(fn, repeat: int = 5) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def main(sizes: list[int]) -> None:
    from PySide6.QtWidgets import QApplication

    from diplo_gui.ui.explore.timeline import TimelineView

    app = QApplication.instance() or QApplication([])
    print(f"{'meetings':>9} {'facet index':>12} {'counts (all pass)':>18} {'paint all':>10} "
          f"{'paint zoomed':>13} {'ratio':>6}")
    for n in sizes:
        data = meetings(n)
        build = best(lambda: FacetIndex(data), 1)
        index = FacetIndex(data)
        # the worst case: a search every meeting matches (so nothing is cached) and no facet
        everything = [True] * n
        counts = best(lambda: index.counts(FacetSelection(), everything))
        view = TimelineView(lambda m: m.title)
        view.resize(1400, 160)
        view.show()
        app.processEvents()  # the window's first resize, as in the real dock
        view.set_meetings(data)
        view.grab()  # lanes for this zoom
        paint_all = best(lambda: view.grab())
        view.zoom(400)  # a few weeks in view
        view.grab()
        paint_zoomed = best(lambda: view.grab())
        print(f"{n:>9,} {build * 1000:>10.1f}ms {counts * 1000:>16.1f}ms {paint_all * 1000:>8.1f}ms "
              f"{paint_zoomed * 1000:>11.1f}ms {paint_all / paint_zoomed:>6.1f}")
    del app


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [2000, 20000])
