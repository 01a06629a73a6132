"""One view state answers what the window shows: the list, the counts, the bins, what is related,
what an export covers, and where Back and Forward lead."""

from __future__ import annotations

import datetime as dt
import os
from collections import Counter
from pathlib import Path

import pytest

from diplo_gui.core import loading
from diplo_gui.core.cache import Fingerprint
from diplo_gui.core.facets import COUNTRY, ISSUE, STATUS, FacetSelection
from diplo_gui.core.session import Scope, Session, bin_days
from diplo_gui.core.store import Archive, open_store

# Invented meetings of the tests' own (not the bundled record, which grows): exact lists stay true.
ENGINE_DATA = Path(__file__).resolve().parents[1] / "data" / "engine"
FISHING = ["2022-12-05-lind-strand-oslo", "2022-09-16-strand-quinn-valletta", "2021-11-14-lind-mo-bali"]
NEW_YORK = "2022-09-18-quinn-mo-new-york"  # between two fishing meetings in time, about something else


def _session(paths) -> Session:
    result = loading.load(paths)
    fingerprints = [Fingerprint.of(p, Path(p).read_bytes(), os.stat(p).st_mtime_ns) for p in result.files]
    archive = Archive(open_store(None))
    archive.update(result.dataset, fingerprints)
    return Session(archive, result.dataset)


@pytest.fixture
def session() -> Session:
    return _session([ENGINE_DATA])


def _listed(session: Session) -> list[str]:
    return [row.id for row in session.rows(0, session.visible_count())]


def test_everything_is_listed_newest_first_until_the_reader_searches(session):
    assert _listed(session) == [m.id for m in session.dataset.meetings]
    session.set_search("issue:fishing")
    assert _listed(session) == FISHING
    assert session.visible_count() == 3


def test_the_list_reads_a_screenful_by_position(session):
    everything = _listed(session)
    assert [row.id for row in session.rows(2, 3)] == everything[2:5]
    row = session.rows(0, 1)[0]
    assert row.title and row.date and row.people  # what the list shows, without the Meeting object


def test_facets_and_search_combine_and_counts_follow_them(session):
    session.set_search("lind")
    session.set_facets(FacetSelection(issue=frozenset({"fishing"})))
    assert _listed(session) == ["2022-12-05-lind-strand-oslo", "2021-11-14-lind-mo-bali"]
    counts = session.counts()
    assert counts.total == 2
    assert counts.values[ISSUE]["fishing"] == 2
    # Disjunctive: issues are counted as if fishing were not ticked, so the reader sees what adding one keeps.
    alone = _session([ENGINE_DATA])
    alone.set_search("lind")
    assert counts.values[ISSUE] == alone.counts().values[ISSUE]
    assert counts.values[ISSUE] != Counter({"fishing": 2})
    assert counts.values[COUNTRY]["NO"] == 2


def test_the_order_changes_and_the_meetings_stay(session):
    session.set_search("issue:fishing")
    session.set_order("date", False)
    assert _listed(session) == FISHING[::-1]
    assert session.counts().total == 3


def test_the_position_of_a_meeting_follows_the_search(session):
    assert session.position_of(NEW_YORK) == [m.id for m in session.dataset.meetings].index(NEW_YORK)
    session.set_search("issue:fishing")
    assert session.position_of(NEW_YORK) is None
    assert session.position_of(FISHING[1]) == 1


def test_timeline_bins_cover_the_visible_meetings_at_a_readable_width(session):
    first, last = session.span()
    bins = session.bins(first, last, 40)
    assert sum(bins.total()) == session.visible_count()
    assert bins.days == 30  # about two years of meetings in at most 40 columns: a month each
    session.set_search("status:postponed")
    assert sum(session.bins(first, last, 40).total()) == 1
    assert bin_days(160 * 365, 800) == 91  # issue 13's 160 years on a wide timeline: quarters
    assert bin_days(3, 800) == 1


def test_related_meetings_are_those_of_the_current_one(session):
    assert session.related()["people"] == []
    session.set_current(NEW_YORK)
    related = session.related()
    assert related["people"] or related["issues"] or related["previous"] or related["next"]
    assert NEW_YORK not in related["people"]


def test_an_export_covers_the_current_meeting_the_list_or_everything(session):
    session.set_search("issue:fishing")
    session.set_current(FISHING[0])
    assert session.export_ids(Scope.CURRENT) == [FISHING[0]]
    assert session.export_ids(Scope.VISIBLE) == FISHING
    assert len(session.export_ids(Scope.ALL)) == len(session.dataset.meetings)
    assert [m.id for m in session.export_meetings(Scope.VISIBLE)] == FISHING


def test_back_and_forward_restore_search_facets_and_meeting(session):
    for char in "fishing":  # typing a word is one step
        session.set_search(session.state.search + char)
    session.set_current(FISHING[1])
    session.set_facets(FacetSelection(status=frozenset({"postponed"})))
    assert session.visible_count() == 0
    place = session.back()
    assert place is not None and session.state.facets == FacetSelection()
    assert session.state.current == FISHING[1] and session.visible_count() == 3
    session.back()
    assert session.state.search == "" and session.visible_count() == len(session.dataset.meetings)
    session.forward()
    assert session.state.search == "fishing"


def test_new_data_keeps_the_state_and_drops_a_meeting_that_left(tmp_path):
    (tmp_path / "a.yaml").write_text("""\
people:
  - {id: anne, name: Anne Example, country: "NO"}
meetings:
  - {id: m1, title: First talk, date: 2020-01-02, participants: [anne]}
  - {id: m2, title: Second talk, date: 2020-02-02, participants: [anne], status: postponed}
""", encoding="utf-8")
    session = _session([tmp_path])
    session.set_search("talk")
    session.set_facets(FacetSelection(status=frozenset({"postponed"})))
    session.set_current("m2")
    assert _listed(session) == ["m2"]
    (tmp_path / "a.yaml").write_text("""\
people:
  - {id: anne, name: Anne Example, country: "NO"}
meetings:
  - {id: m1, title: First talk, date: 2020-01-02, participants: [anne], status: postponed}
""", encoding="utf-8")
    result = loading.load([tmp_path])
    fingerprints = [Fingerprint.of(p, Path(p).read_bytes(), os.stat(p).st_mtime_ns) for p in result.files]
    session.archive.update(result.dataset, fingerprints)
    session.set_dataset(result.dataset)
    assert session.state.search == "talk" and session.state.facets.values(STATUS) == {"postponed"}
    assert session.state.current is None
    assert _listed(session) == ["m1"]


def test_a_meetings_countries_are_one_rule(session):
    from diplo_gui.core.facets import meeting_countries

    for meeting in session.dataset.meetings:
        assert meeting_countries(meeting) == meeting.countries()
    session.set_facets(FacetSelection(country=frozenset({"MT"})))
    assert _listed(session) == ["2022-09-16-strand-quinn-valletta"]
    assert session.span()[0] <= dt.date(2022, 9, 16)


def test_a_search_that_cannot_be_read_says_where_and_the_list_keeps_the_last_one(session):
    session.set_search("issue:fishing")
    session.set_search('issue:fishing "lines of')
    assert session.error is not None and session.error.column == 15
    assert _listed(session) == FISHING
    session.set_search('issue:fishing "lines of"')
    assert session.error is None
    from diplo_gui.core.search import SearchIndex, parse_query

    flags = SearchIndex(session.dataset.meetings).matches(parse_query('issue:fishing "lines of"'))
    expected = [m.id for m, ok in zip(session.dataset.meetings, flags) if ok]
    assert _listed(session) == expected and len(expected) < 3
    assert expected == [FISHING[0]]  # the one fishing meeting whose quote says "lines of communication"
