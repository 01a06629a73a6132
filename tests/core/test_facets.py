"""Facets narrow the bundled meetings the way a reader ticking boxes expects, and count honestly."""

from __future__ import annotations

import datetime as dt

import pytest

from diplo_gui.core import bundled, loading
from diplo_gui.core.facets import (
    COUNTRY, DATES, ISSUE, PERSON, STATUS, FacetIndex, FacetSelection, search_and_facets,
)
from diplo_gui.core.search import SearchIndex

TAIWAN = ["2023-11-15-biden-xi-woodside", "2023-09-16-wang-yi-sullivan-malta", "2022-11-14-biden-xi-bali"]


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
    assert kept(meetings, index.matches(either)) == ["2023-11-15-biden-xi-woodside", "2023-09-16-wang-yi-sullivan-malta",
                                                     "2023-07-16-kerry-beijing", "2022-11-14-biden-xi-bali"]
    both = either.with_value(PERSON, "xi-jinping")
    assert kept(meetings, index.matches(both)) == ["2023-11-15-biden-xi-woodside", "2022-11-14-biden-xi-bali"]


def test_country_covers_participants_and_the_place(meetings, index):
    assert kept(meetings, index.matches(FacetSelection(country=frozenset({"MT"})))) == [
        "2023-09-16-wang-yi-sullivan-malta"]
    assert len(kept(meetings, index.matches(FacetSelection(country=frozenset({"CN"}))))) == 9


def test_status_keeps_the_postponed_trip(meetings, index):
    assert kept(meetings, index.matches(FacetSelection(status=frozenset({"postponed"})))) == [
        "2023-02-blinken-beijing-postponed"]


def test_a_date_range_keeps_meetings_overlapping_it(meetings, index):
    # February 2023 is known to the month only: a range of mid-February still overlaps it.
    feb = FacetSelection().with_dates(dt.date(2023, 2, 10), dt.date(2023, 2, 12))
    assert kept(meetings, index.matches(feb)) == ["2023-02-blinken-beijing-postponed"]
    # Malta ran 16-17 September: a range starting on the 17th still catches it, not the UN meeting of the 18th.
    assert kept(meetings, index.matches(FacetSelection(date_to=dt.date(2023, 9, 17), date_from=dt.date(2023, 9, 17)))) \
        == ["2023-09-16-wang-yi-sullivan-malta"]
    only_2022 = FacetSelection().with_dates(None, dt.date(2022, 12, 31))
    assert kept(meetings, index.matches(only_2022)) == ["2022-11-14-biden-xi-bali"]
    # a reversed range is read the right way round
    assert FacetSelection().with_dates(dt.date(2024, 1, 1), dt.date(2023, 1, 1)).date_from == dt.date(2023, 1, 1)


def test_facets_combine_with_the_text_search(meetings, index):
    search = SearchIndex(meetings)
    flags = search_and_facets(search, index, "beijing", FacetSelection(issue=frozenset({"trade-rivalry"})))
    assert kept(meetings, flags) == ["2023-08-27-raimondo-china", "2023-07-06-yellen-beijing"]
    assert kept(meetings, search_and_facets(search, index, "", FacetSelection(status=frozenset({"postponed"})))) == [
        "2023-02-blinken-beijing-postponed"]


def test_counts_say_what_ticking_a_value_would_keep(meetings, index):
    counts = index.counts(FacetSelection())
    assert counts.total == 9
    assert counts.values[ISSUE]["taiwan"] == 3
    assert counts.values[STATUS] == {"held": 8, "postponed": 1}
    assert counts.values[PERSON]["antony-blinken"] == 3
    assert counts.years == {2022: 1, 2023: 8}


def test_counts_of_a_facet_ignore_its_own_values_but_follow_the_others(meetings, index):
    selection = FacetSelection(issue=frozenset({"taiwan"}))
    counts = index.counts(selection)
    assert counts.total == 3
    assert counts.values[ISSUE]["climate"] == 1  # ticking climate too would add Kerry's talks
    assert counts.values[PERSON]["xi-jinping"] == 2  # among the Taiwan meetings
    assert counts.values[PERSON].get("janet-yellen", 0) == 0
    assert counts.values[COUNTRY]["ID"] == 1


def test_counts_follow_the_text_search(meetings, index):
    base = SearchIndex(meetings).matches(__import__("diplo_gui.core.search", fromlist=["x"]).parse_query("beijing"))
    counts = index.counts(FacetSelection(), base)
    assert counts.total == sum(base) == 5
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
