"""The search language, and a prepared index that answers it without re-reading meetings.

A query is words; every word must appear somewhere in the meeting (title, summary,
participants and their native names and roles, quotes and speakers, issues, place).
Matching ignores case and accents. ``"two words"`` matches a phrase, ``-word``
excludes, and ``field:value`` narrows to one field:
``person:wang-yi`` (id or name), ``issue:taiwan``, ``country:CN``, ``status:postponed``,
``year:2023``, ``place:"New York"`` (a city or venue).
"""

from __future__ import annotations

import operator
import re
import shlex
import threading
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from functools import lru_cache
from itertools import compress, repeat

from . import countries
from .model import Meeting

FIELDS = ("person", "issue", "country", "status", "year", "place")
_SEP = "\x1f"  # joins fields so that a phrase never matches across two of them


def normalize(text: str) -> str:
    """Case- and accent-insensitive form: 'Sánchez' and 'SANCHEZ' both become 'sanchez'."""
    folded = text.casefold()
    if folded.isascii():  # most text: nothing to decompose, and no per-character Python loop
        return folded
    # Decompose only the non-ASCII runs (NFKD never looks across ASCII), then drop the marks.
    return _NON_ASCII.sub(_fold_run, folded)


_NON_ASCII = re.compile("[^\x00-\x7f]+")


def _fold_run(match: re.Match[str]) -> str:
    return _combining_marks().sub("", unicodedata.normalize("NFKD", match.group()))


@lru_cache(maxsize=1)
def _combining_marks() -> re.Pattern[str]:
    """A character class of exactly the code points unicodedata.combining() names (built once)."""
    marks = [c for c in range(0x300, 0x20000) if unicodedata.combining(chr(c))]
    ranges: list[list[int]] = []
    for c in marks:
        if ranges and ranges[-1][1] == c - 1:
            ranges[-1][1] = c
        else:
            ranges.append([c, c])
    return re.compile("[" + "".join(re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "")
                                    for a, b in ranges) + "]+")


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


_FIELD_RE = re.compile(rf"^(-?)({'|'.join(FIELDS)}):(.+)$")


def field_term(field: str, value: str) -> str:
    """``field:value`` as the user would type it, quoted when the value has spaces ("place:\"New York\"")."""
    if value and not any(c.isspace() or c in "\"'\\" for c in value):
        return f"{field}:{value}"
    return f'{field}:"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


class QueryError(ValueError):
    """A query that cannot mean what was typed, with where: ``position`` is the 0-based index
    in the text (``column`` the 1-based one a user counts)."""

    def __init__(self, text: str, position: int, reason: str) -> None:
        self.text, self.position, self.reason = text, position, reason
        super().__init__(f"character {position + 1}: {reason}")

    @property
    def column(self) -> int:
        return self.position + 1


def _unclosed_phrase(text: str) -> int | None:
    """Where a double quote opens a phrase that never closes, read as shlex reads it (a backslash
    escapes the next character); None if every phrase closes. An apostrophe is part of a word."""
    opened = None
    escaped = False
    for position, char in enumerate(text):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == '"':
            opened = position if opened is None else None
    return opened


def parse_query(text: str) -> Query:
    """Turn what the user typed into terms; a phrase whose quote never closes raises QueryError
    (matching nothing without a word would hide the mistake)."""
    # Only double quotes make a phrase: an apostrophe (Xi's, People's) is part of a word.
    lexer = shlex.shlex(text, posix=True)
    lexer.whitespace_split, lexer.quotes, lexer.commenters = True, '"', ""
    try:
        words = list(lexer)
    except ValueError:
        opened = _unclosed_phrase(text)
        if opened is not None:
            raise QueryError(text, opened, "this quotation mark opens a phrase that is never closed") from None
        words = text.split()  # a backslash at the very end: take the words as they are
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


class _Rows:
    """Builds each meeting's searchable values: (text, person ids, person names, issue ids,
    issue names, country codes, country names, status, years).

    What many meetings share (a person's names, an issue, a country, a role, a city) is
    normalized once per index, not once per meeting. normalize() distributes over joins with
    the separator, and a term never spans two parts, so joining normalized parts matches
    exactly what normalizing the joined text would.
    """

    def __init__(self, display_name: Callable[[str], str]) -> None:
        self._display_name = display_name
        self._people: dict[str, tuple[str, str, str]] = {}  # id -> (text part, names part, name)
        self._issues: dict[str, tuple[str, str]] = {}  # id -> (text part, name)
        self._countries: dict[str, str] = {}  # code -> normalized shown and ISO names
        self._shared: dict[str, str] = {}  # role, city, venue -> normalized

    def _country(self, code: str) -> str:
        names = self._countries.get(code)
        if names is None:  # the name the user sees, and the ISO one ("United States of America")
            shown, iso = self._display_name(code), countries.country_name(code)
            names = self._countries[code] = normalize(shown if shown == iso else f"{shown}{_SEP}{iso}")
        return names

    def _common(self, text: str) -> str:
        normalized = self._shared.get(text)
        if normalized is None:
            normalized = self._shared[text] = normalize(text)
        return normalized

    def _person(self, person) -> tuple[str, str, str]:  # type: ignore[no-untyped-def]
        parts = self._people.get(person.id)
        if parts is None:
            name = normalize(person.name)
            native = normalize(person.native_name) if person.native_name else ""
            parts = self._people[person.id] = (f"{name}{_SEP}{native}" if native else name,
                                               f"{name}{_SEP}{native}", name)
        return parts

    def _issue(self, issue) -> tuple[str, str]:  # type: ignore[no-untyped-def]
        parts = self._issues.get(issue.id)
        if parts is None:
            name = normalize(issue.name)
            parts = self._issues[issue.id] = (f"{name}{_SEP}{issue.id}", name)
        return parts

    def row(self, meeting: Meeting) -> tuple:
        people = [p.person for p in meeting.participants]
        ordered_codes = sorted(meeting.countries())
        country_names = [self._country(c) for c in ordered_codes]
        issues = [self._issue(i) for i in meeting.issues]
        places = self.places(meeting)
        return (
            self.text(meeting, country_names),
            # Field terms match an id or code whole ("issue:taiwan" is that issue, not "taiwan-strait"),
            # or a part of a name ("person:wang" finds Wang Yi and Wang Wentao).
            _ids(p.id for p in people),
            _SEP.join(self._person(p)[1] for p in people),
            _ids(i.id for i in meeting.issues),
            _SEP.join(parts[1] for parts in issues),
            _ids(c.casefold() for c in ordered_codes),
            _SEP.join(country_names),
            _ids((meeting.status.value,)),
            _ids(str(y) for y in range(meeting.date.year, (meeting.end_date or meeting.date).year + 1)),
            # "place:new york" is that city (or venue) whole; "place:york" any place naming it.
            _ids(places),
            _SEP.join(places),
        )

    def places(self, meeting: Meeting) -> list[str]:
        """The meeting's city and venue, normalized: what ``place:`` looks in."""
        place = meeting.place
        return [self._common(p) for p in (place.city, place.venue) if p] if place else []

    def text(self, meeting: Meeting, country_names: list[str] | None = None) -> str:
        """What a free-text term looks in (``country_names``: the meeting's, when the caller has them)."""
        place = meeting.place
        text = [normalize(meeting.title), meeting.id, meeting.status.value]
        if meeting.summary:
            text.append(normalize(meeting.summary))
        for participant in meeting.participants:
            text.append(self._person(participant.person)[0])
            role = participant.display_role
            if role:
                text.append(self._common(role))
        for quote in meeting.quotes:
            text.append(normalize(quote.text))
            text.append(self._person(quote.speaker)[2])
        text += [self._issue(i)[0] for i in meeting.issues]
        if place:
            text += [self._common(p) for p in (place.venue, place.city) if p]
        if country_names is None:
            country_names = [self._country(c) for c in sorted(meeting.countries())]
        text += country_names
        return _SEP.join(text)


def _ids(values: Iterable[str]) -> str:
    """Ids as one delimited string: "\x1fwang-yi\x1fhan-zheng\x1f" holds "\x1fwang-yi\x1f" whole,
    never a part of an id, and a substring test on it runs in C."""
    return _SEP + _SEP.join(values) + _SEP


# Columns of the index: a free-text term scans TEXT; a field term looks in (ids, names).
TEXT = 0
_FIELD_COLUMNS = {"person": (1, 2), "issue": (3, 4), "country": (5, 6), "status": (7, None), "year": (8, None),
                  "place": (9, 10)}
_COLUMNS = 11


class SearchIndex:
    """Normalized text of every meeting, built once per Dataset so a keystroke only compares strings.

    The index is stored by column (all titles-and-text, all person ids ...), and a term is
    answered for every meeting by one ``map`` over a column with a C function
    (``operator.contains``): no Python bytecode runs per meeting, so a keystroke over
    100,000 meetings costs milliseconds.
    """

    def __init__(self, meetings: Sequence[Meeting],
                 country_name: Callable[[str], str] = countries.country_name,
                 prepared: Prepared | None = None) -> None:
        # Built at the first query that needs it, or ``prepared`` ahead (``build_index``: a loader
        # builds large sets off the UI thread): an empty search, as at start-up, needs no index.
        self._meetings = meetings
        self._country_name = country_name
        self._size = len(meetings)
        self._ready = prepared if prepared is not None and prepared.fits(len(meetings)) else None
        self._lock = threading.RLock()
        self._stop: Callable[[], bool] | None = None

    def __len__(self) -> int:
        return self._size

    @property
    def _prepared(self) -> Prepared:
        if self._ready is None:
            self._ready = build_index(self._meetings, self._country_name)
        return self._ready

    @property
    def _columns(self) -> tuple[tuple, ...]:
        return self._prepared.columns

    def matches(self, query: Query, stop: Callable[[], bool] | None = None) -> list[bool]:
        """For each meeting in index order, whether it satisfies every term.

        ``stop`` is asked between blocks of meetings (a worker thread's search that a newer one
        supersedes): when it says True, ``Superseded`` is raised and nothing is remembered."""
        if query.is_empty:
            return [True] * self._size
        with self._lock:  # one search at a time: the words remembered are shared
            return self._matches(query, stop)

    def _matches(self, query: Query, stop: Callable[[], bool] | None) -> list[bool]:
        self._stop = stop
        result: list[bool] | None = None
        for term in query.terms:
            hits = self._hits(term.field, term.text)
            if term.negated:
                hits = list(map(operator.not_, hits))
            result = list(hits) if result is None else list(map(operator.and_, result, hits))
        assert result is not None
        return result  # always a new list: the remembered answers are never handed out

    def _hits(self, field: str | None, text: str) -> list[bool]:
        """Which meetings hold this term (not negated), remembered for the keystrokes that follow."""
        recent = self._prepared.recent
        key = (field, text)
        hits = recent.pop(key, None)
        if hits is None:
            hits = self._narrowed(text) if field is None else None
            if hits is None:
                hits = self._scan(field, text)
        recent[key] = hits  # most recent last
        while len(recent) > _RECENT_TERMS:
            del recent[next(iter(recent))]
        return hits

    def _narrowed(self, text: str) -> list[bool] | None:
        """Typing on: a word that contains a word just answered can only be in the meetings that hold it,
        so only those are scanned ("secu" after "sec")."""
        best: list[bool] | None = None
        best_length = 0
        for (field, known), hits in self._prepared.recent.items():
            if field is None and known in text and len(known) > best_length:
                best, best_length = hits, len(known)
        # Worth it only when the word just answered was rare: otherwise one plain scan is faster.
        if best is None or best.count(True) > self._size // 8:
            return None
        candidates = list(compress(range(self._size), best))
        column = self._columns[TEXT]
        found = map(operator.contains, map(column.__getitem__, candidates), repeat(text))
        hits = [False] * self._size
        for row in compress(candidates, found):
            hits[row] = True
        return hits

    def _scan(self, field: str | None, text: str) -> list[bool]:
        if field is None:
            return self._contains(self._columns[TEXT], text)
        ids_column, names_column = _FIELD_COLUMNS[field]
        whole = f"{_SEP}{text}{_SEP}" if _SEP not in text else "\0"  # \0: never in an id
        hits = self._contains(self._columns[ids_column], whole)
        if names_column is not None:
            hits = list(map(operator.or_, hits, self._contains(self._columns[names_column], text)))
        return hits

    def _contains(self, column: tuple, text: str) -> list[bool]:
        """Which values hold ``text``, a block at a time: between blocks another thread may run
        (the window, while a worker searches), and ``stop`` may end a search nobody waits for."""
        stop = self._stop
        if stop is None:
            return list(map(operator.contains, column, repeat(text)))
        hits: list[bool] = []
        for first in range(0, len(column), _BLOCK):
            if stop():
                raise Superseded
            hits += map(operator.contains, column[first:first + _BLOCK], repeat(text))
        return hits


_RECENT_TERMS = 8  # answers kept per dataset (each one flag per meeting: 0.8 MB at 100,000)
_BLOCK = 4096  # meetings scanned at a time by a search that may be stopped


class Superseded(Exception):
    """A search was stopped because a newer one replaced it."""


@dataclass(slots=True)
class Prepared:
    """A search index's columns (and its memory of recent words): what ``build_index`` makes."""

    columns: tuple[tuple, ...]
    recent: dict[tuple[str | None, str], list[bool]] = dataclass_field(default_factory=dict)

    def fits(self, count: int) -> bool:
        return len(self.columns) == _COLUMNS and all(len(column) == count for column in self.columns)


def build_index(meetings: Sequence[Meeting],
                country_name: Callable[[str], str] = countries.country_name) -> Prepared:
    """The index of these meetings (any thread: a loader builds a large one ahead and hands it over)."""
    columns: list[list[str]] = [[] for _ in range(_COLUMNS)]
    text = columns[TEXT].append
    others = [column.append for column in columns[TEXT + 1:]]
    # Ids, years, statuses and names repeat across meetings: keep one copy of each value
    # (about 20 MB less at 100,000 meetings).
    one_copy: dict[str, str] = {}
    keep = one_copy.setdefault
    row = _Rows(country_name).row
    for meeting in meetings:
        values = row(meeting)
        text(values[TEXT])
        for append, value in zip(others, values[TEXT + 1:]):
            append(keep(value, value))
    return Prepared(tuple(tuple(column) for column in columns))


def adopt(meetings: Sequence[Meeting], columns: Sequence[Sequence[str]]) -> Prepared | None:
    """An index from columns built earlier for exactly these meetings (the index cache); None if they cannot fit."""
    prepared = Prepared(tuple(tuple(column) for column in columns))
    return prepared if prepared.fits(len(meetings)) else None
