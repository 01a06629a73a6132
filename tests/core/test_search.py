from __future__ import annotations

import pytest

from diplo_gui.core import bundled, loading
from diplo_gui.core.search import SearchIndex, normalize, parse_query


@pytest.fixture(scope="module")
def meetings():
    return loading.load([bundled.data_dir()]).dataset.meetings


def found(meetings, text: str) -> list[str]:
    flags = SearchIndex(meetings).matches(parse_query(text))
    return [m.id for m, ok in zip(meetings, flags) if ok]


def test_every_word_must_match_somewhere(meetings):
    assert found(meetings, "blinken united nations") == ["2023-09-18-blinken-han-zheng"]


@pytest.mark.parametrize("text", ["HAN ZHENG", "韩正", "face-to-face", "lines of communication", "sidelines",
                                  "vice president", "united states of america"])
def test_search_reaches_names_native_names_roles_quotes_places(meetings, text):
    assert "2023-09-18-blinken-han-zheng" in found(meetings, text)


def test_accents_and_case_do_not_matter():
    assert normalize("Sánchez ÉTÉ") == normalize("sanchez ete")


def test_fields_phrases_and_negation(meetings):
    assert found(meetings, "issue:taiwan") == ["2023-11-15-biden-xi-woodside", "2023-09-16-wang-yi-sullivan-malta",
                                               "2022-11-14-biden-xi-bali"]
    assert found(meetings, "status:postponed") == ["2023-02-blinken-beijing-postponed"]
    assert found(meetings, '"healthy China-U.S. relations"') == ["2023-09-18-blinken-han-zheng"]
    assert "2022-11-14-biden-xi-bali" not in found(meetings, "biden -bali")
    assert found(meetings, "country:MT") == ["2023-09-16-wang-yi-sullivan-malta"]


def test_an_unclosed_quote_is_an_error_that_says_where():
    from diplo_gui.core.search import QueryError

    for text, column in (('place:"New York', 7), ('"malta', 1), ('"lines of" "taiwan', 12), ("Xi's \"talks", 6)):
        with pytest.raises(QueryError) as raised:
            parse_query(text)
        assert (raised.value.column, raised.value.reason) == (column, "this quotation mark opens a phrase that is "
                                                                       "never closed")


def test_an_apostrophe_is_part_of_a_word_not_a_quote(meetings):
    assert [t.text for t in parse_query('People\'s "lines of communication"').terms] == [
        "people's", "lines of communication"]
    assert found(meetings, "People's sidelines") == ["2023-09-18-blinken-han-zheng"]


def test_no_match_is_an_empty_list(meetings):
    assert found(meetings, "zzzz-nothing") == []


def test_place_matches_a_city_or_venue_whole_or_in_part(meetings):
    assert found(meetings, 'place:"new york"') == ["2023-09-18-blinken-han-zheng"]
    assert found(meetings, "place:filoli") == ["2023-11-15-biden-xi-woodside"]
    assert len(found(meetings, "place:beijing")) == 5
    assert found(meetings, "place:malta") == []  # a country is not a place: country:MT


def test_a_field_term_reads_back_as_written():
    from diplo_gui.core.search import field_term

    for value in ("New York", "beijing", 'People\'s "Hall" \\ x'):
        assert parse_query(field_term("place", value)).terms[0].text == normalize(value)
