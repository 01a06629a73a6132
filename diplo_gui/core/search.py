"""The search language, and a prepared index that answers it without re-reading meetings.

A query is words; every word must appear somewhere in the meeting (title, summary,
participants and their native names and roles, quotes and speakers, issues, place).
Matching ignores case and accents. ``"two words"`` matches a phrase, ``-word``
excludes, and ``field:value`` narrows to one field:
``person:wang-yi`` (id or name), ``issue:taiwan``, ``country:CN``, ``status:postponed``,
``year:2023``.
"""

from __future__ import annotations

import re
import shlex
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from . import countries
from .model import Meeting

FIELDS = ("person", "issue", "country", "status", "year")
_SEP = "\x1f"  # joins fields so that a phrase never matches across two of them


def normalize(text: str) -> str:
    """Case- and accent-insensitive form: 'Sánchez' and 'SANCHEZ' both become 'sanchez'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(frozen=True, slots=True)
class Term:
    text: str  # normalized
    field: str | None = None
    negated: bool = False


@dataclass(frozen=True, slots=True)
class Query:
    terms: tuple[Term, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not self.terms


_FIELD_RE = re.compile(r"^(-?)(%s):(.+)$" % "|".join(FIELDS))


def parse_query(text: str) -> Query:
    """Turn what the user typed into terms; never raises (an unclosed quote is just text)."""
    try:
        words = shlex.split(text, posix=True)
    except ValueError:  # unbalanced quote: take the words as they are
        words = text.replace('"', " ").split()
    terms = []
    for word in words:
        match = _FIELD_RE.match(word)
        if match:
            terms.append(Term(normalize(match.group(3)), match.group(2), bool(match.group(1))))
        elif word.startswith("-") and len(word) > 1:
            terms.append(Term(normalize(word[1:]), None, True))
        elif word:
            terms.append(Term(normalize(word)))
    return Query(tuple(terms))


def _fields(meeting: Meeting, display_name: Callable[[str], str]) -> dict:
    def country_name(code: str) -> str:  # the name the user sees, and the ISO one ("United States of America")
        shown, iso = display_name(code), countries.country_name(code)
        return shown if shown == iso else f"{shown}{_SEP}{iso}"

    people = [p.person for p in meeting.participants]
    place = meeting.place
    country_codes = {p.country for p in people if p.country} | ({place.country} if place and place.country else set())
    text_parts = [meeting.title, meeting.id, meeting.summary or "", meeting.status.value]
    for participant in meeting.participants:
        person = participant.person
        text_parts += [person.name, person.native_name or "", participant.display_role or ""]
    for quote in meeting.quotes:
        text_parts += [quote.text, quote.speaker.name]
    for issue in meeting.issues:
        text_parts += [issue.name, issue.id]
    if place:
        text_parts += [place.venue or "", place.city or "", country_name(place.country) if place.country else ""]
    text_parts += [country_name(c) for c in country_codes]
    return {
        "text": _SEP.join(normalize(p) for p in text_parts if p),
        # Field terms match an id or code whole ("issue:taiwan" is that issue, not "taiwan-strait"),
        # or a part of a name ("person:wang" finds Wang Yi and Wang Wentao).
        "person": (frozenset(p.id for p in people),
                   _SEP.join(normalize(f"{p.name}{_SEP}{p.native_name or ''}") for p in people)),
        "issue": (frozenset(i.id for i in meeting.issues), _SEP.join(normalize(i.name) for i in meeting.issues)),
        "country": (frozenset(c.casefold() for c in country_codes),
                    _SEP.join(normalize(country_name(c)) for c in sorted(country_codes))),
        "status": (frozenset({meeting.status.value}), ""),
        "year": (frozenset(str(y) for y in range(meeting.date.year, (meeting.end_date or meeting.date).year + 1)), ""),
    }


class SearchIndex:
    """Normalized text of every meeting, built once per Dataset so a keystroke only compares strings."""

    def __init__(self, meetings: Sequence[Meeting],
                 country_name: Callable[[str], str] = countries.country_name) -> None:
        self._fields = [_fields(m, country_name) for m in meetings]

    def __len__(self) -> int:
        return len(self._fields)

    def matches(self, query: Query) -> list[bool]:
        """For each meeting in index order, whether it satisfies every term."""
        if query.is_empty:
            return [True] * len(self._fields)
        return [all(self._term(fields, t) != t.negated for t in query.terms) for fields in self._fields]

    @staticmethod
    def _term(fields: dict, term: Term) -> bool:
        if term.field is None:
            return term.text in fields["text"]
        ids, names = fields[term.field]
        return term.text in ids or (bool(names) and term.text in names)
