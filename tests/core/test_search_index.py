"""The prepared search index: the fast normalization folds exactly as the reference does."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from diplo_gui.core import bundled, loading, search
from diplo_gui.core.search import QueryError, SearchIndex, normalize, parse_query


def reference_normalize(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=30))
def test_normalize_folds_case_and_accents_as_the_reference(text):
    assert normalize(text) == reference_normalize(text)


def test_normalize_examples():
    assert normalize("Sánchez ÉTÉ Ǆ ﬁ 韩正 e\u0301") == "sanchez ete dz fi 韩正 e"


def test_the_index_is_built_at_the_first_search_or_taken_ready_from_the_loader(monkeypatch):
    meetings = loading.load([bundled.data_dir()]).dataset.meetings
    built: list[int] = []
    real = search._Rows.row
    monkeypatch.setattr(search._Rows, "row", lambda self, m: built.append(1) or real(self, m))
    index = SearchIndex(meetings)
    assert index.matches(parse_query("")) == [True] * len(meetings)
    assert built == []  # nothing is built before a search needs it (an empty search, as at start-up)
    query = parse_query("blinken -person:wang-yi")
    answer = index.matches(query)
    assert any(answer) and not all(answer)
    index.matches(parse_query("beijing"))
    assert len(built) == len(meetings)  # once, at the first search
    # A loader builds the next Dataset's index ahead, off the UI thread, and hands it to the window's index.
    built.clear()
    again = loading.load([bundled.data_dir()]).dataset.meetings
    ready = search.build_index(again)
    assert len(built) == len(again)
    assert SearchIndex(again, prepared=ready).matches(query) == answer
    assert len(built) == len(again)
    # An index built for other meetings is never taken.
    assert SearchIndex(again[:3], prepared=ready).matches(parse_query("beijing")) is not None
    assert len(built) == len(again) + 3


def test_searching_during_a_load_never_waits_for_the_loaders_index(monkeypatch):
    import threading

    shown = loading.load([bundled.data_dir()]).dataset.meetings  # on screen, never searched yet
    loading_now = loading.load([bundled.data_dir()]).dataset.meetings  # what a load is indexing
    started, release = threading.Event(), threading.Event()
    real = search._Rows.row

    def row(self, meeting):  # type: ignore[no-untyped-def]
        if any(meeting is m for m in loading_now):
            started.set()
            release.wait(10)  # the loader is still at it while the reader types
        return real(self, meeting)

    monkeypatch.setattr(search._Rows, "row", row)
    built = []
    loader = threading.Thread(target=lambda: built.append(search.build_index(loading_now)))
    loader.start()
    assert started.wait(10)
    typed = threading.Thread(target=lambda: SearchIndex(shown).matches(parse_query("blinken")))
    typed.start()
    typed.join(5)
    finished_while_loading = not typed.is_alive()
    release.set()
    loader.join(10)
    typed.join(10)
    assert finished_while_loading  # the search on screen answered without waiting for the loader
    assert built and any(SearchIndex(loading_now, prepared=built[0]).matches(parse_query("blinken")))


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
            try:
                parsed = parse_query(query[:n])
            except QueryError:  # a phrase typed up to its closing quote: the window keeps the last search
                continue
            assert typed.matches(parsed) == fresh.matches(parsed), query[:n]
    assert any(typed.matches(parse_query("security trade")))
    assert "kestria" in narrowed  # the narrowing path really ran (after "kestri")
