"""Facets narrow the bundled meetings the way a reader ticking boxes expects, and count honestly."""

from __future__ import annotations

import datetime as dt

import pytest

from diplo_gui.core import bundled, loading
from diplo_gui.core.facets import (
    COUNTRY,
    DATES,
    ISSUE,
    PERSON,
    STATUS,
    FacetIndex,
    FacetSelection,
    ordered_values,
    search_and_facets,
)
from diplo_gui.core.search import SearchIndex

TAIWAN = ["2023-11-15-biden-xi-woodside", "2023-09-18-blinken-han-zheng", "2023-09-16-wang-yi-sullivan-malta",
          "2023-07-13-blinken-wang-yi-jakarta", "2023-06-18-blinken-beijing", "2023-05-10-sullivan-wang-yi-vienna",
          "2023-02-18-blinken-wang-yi-munich", "2022-11-14-biden-xi-bali", "2022-07-28-biden-xi-call"]


@pytest.fixture(scope="module")
def meetings():
    return loading.load([bundled.data_dir()]).dataset.meetings


@pytest.fixture(scope="module")
def index(meetings):
    return FacetIndex(meetings)


def kept(meetings, flags) -> list[str]:
    return [m.id for m, ok in zip(meetings, flags) if ok]


def test_no_facet_keeps_everything(meetings, index):
    assert all(index.matches(FacetSelection()))
    assert FacetSelection().is_empty


def test_one_issue_keeps_exactly_its_meetings(meetings, index):
    assert kept(meetings, index.matches(FacetSelection(issue=frozenset({"taiwan"})))) == TAIWAN


def test_values_of_one_facet_are_alternatives_and_facets_all_apply(meetings, index):
    either = FacetSelection(issue=frozenset({"taiwan", "climate"}))
    climate_only = ["2023-11-04-kerry-xie-sunnylands", "2023-07-16-kerry-beijing", "2023-07-06-yellen-beijing",
                    "2023-01-18-yellen-liu-he-zurich"]
    assert kept(meetings, index.matches(either)) == [m.id for m in meetings if m.id in TAIWAN + climate_only]
    assert len(kept(meetings, index.matches(either))) == len(TAIWAN) + len(climate_only)
    both = either.with_value(PERSON, "xi-jinping")
    assert kept(meetings, index.matches(both)) == ["2023-11-15-biden-xi-woodside", "2022-11-14-biden-xi-bali",
                                                   "2022-07-28-biden-xi-call"]


def test_country_covers_participants_and_the_place(meetings, index):
    assert kept(meetings, index.matches(FacetSelection(country=frozenset({"MT"})))) == [
        "2023-09-16-wang-yi-sullivan-malta"]
    # Every bundled meeting has a Chinese side or a place in China; Zurich is Swiss only by its place.
    assert len(kept(meetings, index.matches(FacetSelection(country=frozenset({"CN"}))))) == len(meetings) == 25
    assert kept(meetings, index.matches(FacetSelection(country=frozenset({"CH"})))) == [
        "2023-01-18-yellen-liu-he-zurich"]


def test_status_keeps_the_postponed_trip(meetings, index):
    assert kept(meetings, index.matches(FacetSelection(status=frozenset({"postponed"})))) == [
        "2023-02-blinken-beijing-postponed"]


def test_a_date_range_keeps_meetings_overlapping_it(meetings, index):
    # The New Delhi talks are known to the month only: a range late in September still overlaps them.
    late_september = FacetSelection().with_dates(dt.date(2023, 9, 20), dt.date(2023, 9, 22))
    assert kept(meetings, index.matches(late_september)) == ["2023-09-biden-li-qiang-new-delhi"]
    # The postponed trip was due 5-6 February: a range from the 6th catches it, not Munich on the 18th.
    feb = FacetSelection().with_dates(dt.date(2023, 2, 6), dt.date(2023, 2, 10))
    assert kept(meetings, index.matches(feb)) == ["2023-02-blinken-beijing-postponed"]
    # Malta ran 16-17 September: a range of the 17th still catches it (and the month-only New Delhi talks),
    # not the UN meeting of the 18th.
    assert kept(meetings, index.matches(FacetSelection(date_to=dt.date(2023, 9, 17), date_from=dt.date(2023, 9, 17)))) \
        == ["2023-09-16-wang-yi-sullivan-malta", "2023-09-biden-li-qiang-new-delhi"]
    only_2022 = FacetSelection().with_dates(None, dt.date(2022, 12, 31))
    assert kept(meetings, index.matches(only_2022)) == ["2022-11-14-biden-xi-bali", "2022-07-28-biden-xi-call",
                                                        "2022-03-18-biden-xi-video-call"]
    # a reversed range is read the right way round
    assert FacetSelection().with_dates(dt.date(2024, 1, 1), dt.date(2023, 1, 1)).date_from == dt.date(2023, 1, 1)


def test_facets_combine_with_the_text_search(meetings, index):
    search = SearchIndex(meetings)
    flags = search_and_facets(search, index, "beijing", FacetSelection(issue=frozenset({"trade-rivalry"})))
    # Raimondo's Shanghai meeting says she came on from Beijing: the text search finds the word there too.
    assert kept(meetings, flags) == ["2023-08-30-raimondo-shanghai", "2023-08-27-raimondo-china",
                                     "2023-07-06-yellen-beijing"]
    assert kept(meetings, search_and_facets(search, index, "", FacetSelection(status=frozenset({"postponed"})))) == [
        "2023-02-blinken-beijing-postponed"]


def test_counts_say_what_ticking_a_value_would_keep(meetings, index):
    counts = index.counts(FacetSelection())
    assert counts.total == 25
    assert counts.values[ISSUE]["taiwan"] == len(TAIWAN) == 9
    assert counts.values[STATUS] == {"held": 24, "postponed": 1}
    assert counts.values[PERSON]["antony-blinken"] == 8
    assert counts.years == {2022: 3, 2023: 22}


def test_counts_of_a_facet_ignore_its_own_values_but_follow_the_others(meetings, index):
    selection = FacetSelection(issue=frozenset({"taiwan"}))
    counts = index.counts(selection)
    assert counts.total == 9
    assert counts.values[ISSUE]["climate"] == 6  # the issue facet ignores its own ticks: all six climate meetings
    assert counts.values[PERSON]["xi-jinping"] == 3  # among the Taiwan meetings
    assert counts.values[PERSON].get("janet-yellen", 0) == 0
    assert counts.values[COUNTRY]["ID"] == 2  # Bali and Jakarta


def test_counts_follow_the_text_search(meetings, index):
    base = SearchIndex(meetings).matches(__import__("diplo_gui.core.search", fromlist=["x"]).parse_query("beijing"))
    counts = index.counts(FacetSelection(), base)
    assert counts.total == sum(base) == 10
    assert counts.values[STATUS]["postponed"] == 1


def test_active_filters_are_listed_and_removed_one_by_one():
    selection = (FacetSelection().with_value(PERSON, "wang-yi").with_value(ISSUE, "taiwan")
                 .with_dates(dt.date(2023, 1, 1), None))
    assert selection.active() == [(PERSON, "wang-yi"), (ISSUE, "taiwan"), (DATES, None)]
    assert selection.without(ISSUE, "taiwan").active() == [(PERSON, "wang-yi"), (DATES, None)]
    assert selection.without(DATES).active() == [(PERSON, "wang-yi"), (ISSUE, "taiwan")]
    assert selection.toggled(PERSON, "wang-yi").toggled(PERSON, "han-zheng").person == {"han-zheng"}


def test_a_selection_survives_a_round_trip_and_ignores_junk():
    selection = FacetSelection(person=frozenset({"wang-yi"}), status=frozenset({"held"}),
                               date_from=dt.date(2023, 2, 1), date_to=dt.date(2023, 2, 28))
    assert FacetSelection.from_dict(selection.to_dict()) == selection
    junk = {"person": "wang-yi", "issue": [1, None, "taiwan"], "from": "not a date", "to": 3}
    assert FacetSelection.from_dict(junk) == FacetSelection(issue=frozenset({"taiwan"}))


def test_an_empty_dataset_has_no_span():
    assert FacetIndex([]).span() is None
    assert FacetIndex([]).counts(FacetSelection()).total == 0


def test_meetings_per_year_count_every_year_a_meeting_covers():
    import datetime as dt
    import random
    from collections import Counter

    rng = random.Random(7)
    firsts = [rng.randint(dt.date(1990, 1, 1).toordinal(), dt.date(2030, 1, 1).toordinal()) for _ in range(3000)]
    lasts = [f + (rng.randint(0, 900) if rng.random() < 0.1 else rng.randint(0, 3)) for f in firsts]
    index = FacetIndex.from_columns([()] * 3000, [()] * 3000, [()] * 3000, ["held"] * 3000, firsts, lasts)
    searched = [rng.random() < 0.5 for _ in range(3000)]
    expected: Counter[int] = Counter()
    for first, last, kept in zip(firsts, lasts, searched):
        if kept:
            expected.update(range(dt.date.fromordinal(first).year, dt.date.fromordinal(last).year + 1))
    assert index.counts(FacetSelection(), searched).years == expected
    assert index.counts(FacetSelection(), [False] * 3000).years == Counter()


def test_counts_made_a_slice_at_a_time_are_the_counts_made_at_once(meetings, monkeypatch):
    from diplo_gui.core import facets

    base = SearchIndex(meetings).matches(__import__("diplo_gui.core.search", fromlist=["x"]).parse_query("beijing"))
    selection = FacetSelection(issue=frozenset({"taiwan"}))
    whole = [FacetIndex(meetings).counts(s, b) for s, b in ((FacetSelection(), base), (selection, None))]
    monkeypatch.setattr(facets, "_COUNT_SLICE", 4)  # 25 meetings: seven slices, the last one short
    sliced = [FacetIndex(meetings).counts(s, b) for s, b in ((FacetSelection(), base), (selection, None))]
    assert sliced == whole
    assert sliced[0].values[STATUS] == {"held": 9, "postponed": 1} and sliced[1].total == 9


def test_values_are_offered_most_frequent_first_then_by_key_known_ones_with_none_included():
    counts = {"wang-yi": 3, "blinken": 3, "han-zheng": 7, "yellen": 1}
    known = ["yellen", "zhao", "austin", "blinken"]  # zhao and austin: known, at no meeting of the answer
    assert ordered_values(counts, known) == ["han-zheng", "blinken", "wang-yi", "yellen", "austin", "zhao"]
    assert ordered_values({}, []) == []
