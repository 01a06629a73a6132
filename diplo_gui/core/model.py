"""Immutable domain types: what a meeting is, independent of files and widgets."""

from __future__ import annotations

import calendar
import datetime as _dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from types import MappingProxyType

# ASCII digits only: \d would also take "２０２３" or Arabic-Indic digits, which int() reads.
_DATE_RE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", re.ASCII)


class Precision(Enum):
    YEAR = "year"
    MONTH = "month"
    DAY = "day"


@dataclass(frozen=True, slots=True, order=False)
class PartialDate:
    """A date known to the year, the month or the day.

    The precision is part of the value: ``2023-06`` is "June 2023", not June 1st.
    It sorts by its first day (``2023-06`` sorts as 2023-06-01).
    """

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if self.day is not None and self.month is None:
            raise ValueError("a day needs a month")
        # date() checks the calendar (2023-02-30 fails, 2024-02-29 passes).
        _dt.date(self.year, self.month or 1, self.day or 1)

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; ValueError says what is wrong."""
        match = _DATE_RE.fullmatch(text.strip())
        if not match:
            # A problem message stays one short line: line breaks and other invisible characters escaped.
            shown = "".join(c if c.isprintable() else repr(c)[1:-1] for c in text[:40])
            shown = shown if len(text) <= 40 else shown[:39] + "…"
            raise ValueError(f"'{shown}' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD")
        year = int(match.group(1))  # the pattern requires it
        month, day = (int(g) if g else None for g in match.groups()[1:])
        if year < 1:
            raise ValueError(f"year {year} is out of range")
        if month is not None and not 1 <= month <= 12:
            raise ValueError(f"'{text}': month {month} is out of range 1-12")
        if day is not None:
            last = calendar.monthrange(year, month)[1]  # type: ignore[arg-type]
            if not 1 <= day <= last:
                raise ValueError(f"'{text}': day {day} is out of range for {year}-{month:02d} (1-{last})")
        return cls(year, month, day)

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return Precision.DAY
        return Precision.MONTH if self.month is not None else Precision.YEAR

    def first_day(self) -> _dt.date:
        return _dt.date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> _dt.date:
        if self.day is not None:
            return self.first_day()
        month = self.month or 12
        return _dt.date(self.year, month, calendar.monthrange(self.year, month)[1])

    def sort_key(self) -> tuple[int, int, int, int]:
        # First day first; at equal first days the more precise date comes first.
        return (self.year, self.month or 1, self.day or 1, 0 if self.day else 1 if self.month else 2)

    def __str__(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


class Status(Enum):
    HELD = "held"
    PLANNED = "planned"
    POSTPONED = "postponed"
    CANCELLED = "cancelled"


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a record was read: the file, and the 1-based line and column of its id."""

    path: str
    line: int
    col: int = 1


@dataclass(frozen=True, slots=True)
class Person:
    id: str
    name: str
    country: str | None = None
    native_name: str | None = None
    role: str | None = None
    origin: Origin | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class Issue:
    id: str
    name: str
    description: str | None = None
    origin: Origin | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class Place:
    city: str | None = None
    country: str | None = None
    venue: str | None = None


class SourceKind(Enum):
    """What a source is: it says how close its words are to what was said."""

    TRANSCRIPT = "transcript"
    READOUT = "readout"
    STATEMENT = "statement"
    NEWS_REPORT = "news-report"
    OTHER = "other"


class Extent(Enum):
    FULL = "full"  # the whole text: only public-domain or openly licensed documents
    EXCERPT = "excerpt"  # a short passage around the quotes


class Rendering(Enum):
    """How the English of a quote came to be."""

    OWN = "own"  # the speaker's own words: they spoke English
    INTERPRETER = "interpreter"  # an interpreter's English for words spoken in another language
    TRANSLATION = "translation"  # a translator's English (a news agency, a ministry) of a text


class MeetingForm(Enum):
    IN_PERSON = "in-person"
    PHONE = "phone"
    VIDEO = "video"


@dataclass(frozen=True, slots=True)
class StoredText:
    """A copy of a source's text kept beside the data, to verify quotes against.

    ``file`` is as written, relative to ``folder`` (the data file's folder); the text
    itself is read only on demand (core/verify.py), never when data loads.
    """

    file: str
    extent: Extent
    licence: str | None = None
    # Where the data file was: not part of the value, so an export reopened elsewhere is equal.
    folder: str = field(default="", compare=False)


@dataclass(frozen=True, slots=True)
class Source:
    title: str
    url: str | None = None
    id: str | None = None  # unique within its meeting; quotes name it
    publisher: str | None = None
    published: PartialDate | None = None
    kind: SourceKind = SourceKind.OTHER
    language: str | None = "en"  # ISO 639-1 code of the source text; None when the data gave a bad one
    stored_text: StoredText | None = None


@dataclass(frozen=True, slots=True)
class Participant:
    person: Person
    role: str | None = None  # the role at this meeting; falls back to the person's

    @property
    def display_role(self) -> str | None:
        return self.role or self.person.role


@dataclass(frozen=True, slots=True)
class Quote:
    speaker: Person
    text: str
    source: Source | None = None  # where the words were reported, if not the meeting's first source
    language: str = "en"  # the language the words were spoken in (ISO 639-1)
    rendering: Rendering = Rendering.OWN
    translated_by: str | None = None  # with Rendering.TRANSLATION: who translated
    translated_from: str | None = None  # with Rendering.TRANSLATION: the language of the translated text
    unverifiable: str | None = None  # the data's own word on why no stored text can back the quote
    origin: Origin | None = field(default=None, compare=False)  # where the quote's text is written


@dataclass(frozen=True, slots=True)
class Meeting:
    id: str
    title: str
    date: PartialDate
    end_date: PartialDate | None = None
    status: Status = Status.HELD
    place: Place | None = None
    participants: tuple[Participant, ...] = ()
    quotes: tuple[Quote, ...] = ()
    issues: tuple[Issue, ...] = ()
    summary: str | None = None
    sources: tuple[Source, ...] = ()
    origin: Origin | None = field(default=None, compare=False)
    form: MeetingForm = MeetingForm.IN_PERSON

    def sort_key(self) -> tuple[tuple[int, int, int, int], str]:
        return (self.date.sort_key(), self.id)

    def countries(self) -> frozenset[str]:
        """Country codes of the meeting: its participants' and its place's (the one rule for it)."""
        codes = {p.person.country for p in self.participants if p.person.country}
        if self.place is not None and self.place.country:
            codes.add(self.place.country)
        return frozenset(codes)


def _sort_text(meeting: Meeting) -> str:
    """Sorts exactly as Meeting.sort_key: the fixed-width date key (years are 1 to 9999), then the id."""
    (year, month, day, precision), meeting_id = meeting.sort_key()
    return f"{year:04d}{month:02d}{day:02d}{precision}\0{meeting_id}"


def _frozen(mapping: Mapping[str, object]) -> Mapping:
    return MappingProxyType(dict(mapping))


@dataclass(frozen=True, slots=True)
class Dataset:
    """Everything loaded at once. Built whole by the loader and never changed afterwards."""

    people: Mapping[str, Person] = field(default_factory=lambda: _frozen({}))
    issues: Mapping[str, Issue] = field(default_factory=lambda: _frozen({}))
    meetings: tuple[Meeting, ...] = ()

    @classmethod
    def build(cls, people: Mapping[str, Person], issues: Mapping[str, Issue],
              meetings: list[Meeting] | tuple[Meeting, ...]) -> Dataset:
        """Freeze the parts; meetings are kept newest first, as readers want them."""
        # Meeting.sort_key's order, as one string per meeting: strings compare ten times faster
        # than nested tuples, and a sort holds the interpreter (the window froze 0.25 s at 100,000).
        ordered = tuple(sorted(meetings, key=_sort_text, reverse=True))
        return cls(_frozen(people), _frozen(issues), ordered)

    def meeting(self, meeting_id: str) -> Meeting | None:
        find = getattr(self.meetings, "find", None)  # meetings read from the store (store/stored.py) look it up
        if find is not None:
            return find(meeting_id)
        for meeting in self.meetings:
            if meeting.id == meeting_id:
                return meeting
        return None
