"""Back/Forward history and saved searches, without a window."""

from __future__ import annotations

import datetime as dt

from diplo_gui.core.facets import FacetSelection
from diplo_gui.core.navigation import History, Place, SavedSearch, dump_saved, load_saved


def test_back_and_forward_walk_the_places_like_a_browser():
    history = History()
    for place in (Place(meeting_id="z"), Place(meeting_id="a"), Place("taiwan", meeting_id="a")):
        history.record(place)
    assert history.back() == Place(meeting_id="a")
    assert history.back() == Place(meeting_id="z")
    assert history.back() is None
    assert history.forward() == Place(meeting_id="a")
    history.record(Place(meeting_id="b"))  # a new step drops the forward places
    assert not history.can_go_forward()
    assert history.back() == Place(meeting_id="a")


def test_typing_a_word_is_one_step_but_clearing_it_is_another():
    history = History()
    history.record(Place(meeting_id="a"))
    for n in range(1, 8):
        history.record(Place("beijing"[:n], meeting_id="a"))
    history.record(Place("", meeting_id="a"))
    assert history.back() == Place("beijing", meeting_id="a")
    assert history.back() == Place(meeting_id="a")


def test_facets_and_selection_changes_are_steps():
    history = History()
    history.record(Place("x"))
    history.record(Place("x", FacetSelection(issue=frozenset({"taiwan"}))))
    history.record(Place("xy", FacetSelection(issue=frozenset({"taiwan"}))))
    history.record(Place("xyz", FacetSelection(issue=frozenset({"taiwan"}))))
    assert history.back() == Place("x", FacetSelection(issue=frozenset({"taiwan"})))
    assert history.back() == Place("x")


def test_the_history_is_capped():
    history = History(limit=3)
    for n in range(10):
        history.record(Place(meeting_id=str(n)))
    assert history.back().meeting_id == "8"
    assert history.back().meeting_id == "7"
    assert history.back() is None


def test_saved_searches_round_trip_and_survive_damage():
    saved = [SavedSearch("Taiwan 2023", "taiwan", FacetSelection(status=frozenset({"held"}),
                                                                  date_from=dt.date(2023, 1, 1))),
             SavedSearch("Tout 北京", "beijing")]
    assert load_saved(dump_saved(saved)) == saved
    assert load_saved("not json") == []
    assert load_saved(None) == []
    assert load_saved('[{"name": ""}, {"name": "ok", "search": 3, "facets": []}, 7]') == [SavedSearch("ok")]


def test_typing_that_filters_the_selected_meeting_away_is_still_one_step():
    history = History()
    history.record(Place("", meeting_id="unga"))
    history.record(Place("b", meeting_id="unga"))
    history.record(Place("be", meeting_id="unga"))
    history.record(Place("bei"))  # the selection went with the filter
    history.record(Place("beij"))
    assert history.back() == Place("", meeting_id="unga")


def test_a_first_selection_in_a_list_replaces_the_empty_selection():
    history = History()
    history.record(Place("x", meeting_id="a"))
    history.record(Place("xyz"))
    history.record(Place("xyz", meeting_id="b"))
    assert history.back() == Place("x", meeting_id="a")
