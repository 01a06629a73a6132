"""The cap of problems per file holds for every kind of problem, those found while linking too."""

from __future__ import annotations

from diplo_gui.core import loading, records


def test_5000_unknown_participants_list_a_bounded_number_of_problems(write_yaml):
    people = ", ".join(f"ghost-{i}" for i in range(5000))
    path = write_yaml(f"meetings:\n  - {{id: crowd, title: A crowd, date: 2023, participants: [wang-yi, {people}]}}\n")
    result = loading.load(loading.sources([path], True))
    mine = [p for p in result.problems if p.path == str(path)]
    assert len(mine) == records.MAX_PROBLEMS_PER_FILE + 1
    assert {p.code for p in mine[:-1]} == {"unknown-person"}
    assert (mine[-1].code, mine[-1].severity.value) == ("too-many-problems", "warning")
    assert mine[-1].message.startswith("4,000 more problems")
    assert "crowd" in {m.id for m in result.dataset.meetings}  # and the meeting still loads


def test_the_cap_counts_what_the_reader_already_reported(write_yaml):
    bad = "".join(f"  - {{id: m{i}, title: T, date: 2023, participants: [wang-yi], colour: red}}\n" for i in range(600))
    ghosts = ", ".join(f"ghost-{i}" for i in range(600))
    path = write_yaml(f"meetings:\n{bad}  - {{id: crowd, title: T, date: 2023, participants: [wang-yi, {ghosts}]}}\n")
    result = loading.load(loading.sources([path], True))
    mine = [p for p in result.problems if p.path == str(path)]
    assert len(mine) == records.MAX_PROBLEMS_PER_FILE + 1  # 600 unknown keys, 400 of 600 unknown people, one line
    assert mine[-1].message.startswith("200 more problems")
