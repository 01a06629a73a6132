"""The prepared search index: the fast normalization folds exactly as the reference does."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from diplo_gui.core import bundled, loading, search
from diplo_gui.core.search import SearchIndex, normalize, parse_query


def reference_normalize(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=30))
def test_normalize_folds_case_and_accents_as_the_reference(text):
    assert normalize(text) == reference_normalize(text)


def test_normalize_examples():
    assert normalize("Sánchez ÉTÉ Ǆ ﬁ 韩正 e\u0301") == "sanchez ete dz fi 韩正 e"


def test_the_index_is_prepared_once_per_dataset(monkeypatch):
    meetings = loading.load([bundled.data_dir()]).dataset.meetings
    built: list[int] = []
    real = search._Rows.row
    monkeypatch.setattr(search._Rows, "row", lambda self, m: built.append(1) or real(self, m))
    first = SearchIndex(meetings)
    second = SearchIndex(meetings)  # the window and the explore panel index the same Dataset
    assert built == []  # nothing is built before a search needs it (an empty search, as at start-up)
    assert first.matches(parse_query("")) == [True] * len(meetings)
    assert built == []
    query = parse_query("blinken -person:wang-yi")
    assert first.matches(query) == second.matches(query)
    assert len(built) == len(meetings)  # once for both
    assert any(first.matches(query)) and not all(first.matches(query))


def test_an_id_term_matches_the_whole_id_only():
    meetings = loading.load([bundled.data_dir()]).dataset.meetings
    index = SearchIndex(meetings)
    assert any(index.matches(parse_query("person:wang-yi")))
    assert not any(index.matches(parse_query("person:wang-y")))  # part of an id is no id
    assert not any(index.matches(parse_query("person:\x1fwang-yi")))


def test_typing_on_narrows_to_the_same_answers_as_a_fresh_search(tmp_path, monkeypatch):
    from archive_corpus import write_corpus  # tests/core is on sys.path

    meetings = loading.load(write_corpus(tmp_path)).dataset.meetings
    typed = SearchIndex(meetings)
    narrowed: list[str] = []
    real = SearchIndex._narrowed

    def spy(self, text):  # type: ignore[no-untyped-def]
        hits = real(self, text)
        if hits is not None and self is typed:
            narrowed.append(text)
        return hits

    monkeypatch.setattr(SearchIndex, "_narrowed", spy)
    sequences = ["security trade", "kestria -talks", "person:p00042 energy", "\"trade security\"",
                 "climat", "climate", "clim", "cli", "-cli", "-clim", "water", "wat", "Wáter", "year:2001 e"]
    fresh = SearchIndex(list(meetings))  # a list is never taken for the same dataset: its own memory
    for query in sequences:
        for n in range(1, len(query) + 1):
            fresh._prepared.recent.clear()  # nothing remembered: every word scanned in full
            parsed = parse_query(query[:n])
            assert typed.matches(parsed) == fresh.matches(parsed), query[:n]
    assert any(typed.matches(parse_query("security trade")))
    assert "kestria" in narrowed  # the narrowing path really ran (after "kestri")
