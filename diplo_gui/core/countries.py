"""ISO 3166-1 alpha-2 country codes, from the maintained ``iso3166`` package (no hand table)."""

from __future__ import annotations

from functools import cache

import iso3166


def is_country_code(code: str) -> bool:
    """True for an assigned alpha-2 code, upper case as the data format requires."""
    return len(code) == 2 and code.isupper() and code in iso3166.countries_by_alpha2


@cache
def country_name(code: str) -> str:
    """The English short name; the code itself when it is unknown.

    ``apolitical_name`` is the name in common use ("Taiwan" rather than the
    ISO list's "Taiwan, Province of China"): a reader of diplomacy should not take sides
    through a lookup table. The window shows Qt's localised names instead.
    """
    country = iso3166.countries_by_alpha2.get(code)
    return country.apolitical_name if country else code
