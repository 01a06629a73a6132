"""Human text for dates and places, kept in one place so the window, exports and CLI agree."""

from __future__ import annotations

import calendar

from . import countries
from .model import Meeting, PartialDate, Place

_MONTHS = calendar.month_name[1:]
_SHORT_MONTHS = calendar.month_abbr[1:]


def counted(n: int, word: str, plural: str | None = None) -> str:
    """'1 meeting', '0 errors', '1,204 people': the count and its noun, singular only for one."""
    return f"{n:,} {word if n == 1 else plural or word + 's'}"


def _one(date: PartialDate, short: bool) -> str:
    months = _SHORT_MONTHS if short else _MONTHS
    if date.month is None:
        return str(date.year)
    if date.day is None:
        return f"{months[date.month - 1]} {date.year}"
    return f"{date.day} {months[date.month - 1]} {date.year}"


def format_date(start: PartialDate, end: PartialDate | None = None, *, short: bool = False) -> str:
    """'18 September 2023', 'February 2023', '16–17 September 2023', '30 Aug – 2 Sep 2023'."""
    if end is None or end == start:
        return _one(start, short)
    if start.precision == end.precision and start.year == end.year:
        months = _SHORT_MONTHS if short else _MONTHS
        # A date with a day has a month (PartialDate.parse).
        if start.day is not None and start.month is not None and end.day is not None and start.month == end.month:
            return f"{start.day}–{end.day} {months[start.month - 1]} {start.year}"
        if start.day is not None and start.month is not None:
            return f"{start.day} {months[start.month - 1]} – {_one(end, short)}"
        if start.month is not None:
            return f"{months[start.month - 1]} – {_one(end, short)}"
    return f"{_one(start, short)} – {_one(end, short)}"


def meeting_date(meeting: Meeting, *, short: bool = False) -> str:
    return format_date(meeting.date, meeting.end_date, short=short)


def format_place(place: Place | None, country_name=countries.country_name) -> str:  # type: ignore[no-untyped-def]
    """'United Nations General Assembly, New York, United States' (venue, city, country)."""
    if place is None:
        return ""
    parts = [place.venue, place.city, country_name(place.country) if place.country else None]
    return ", ".join(p for p in parts if p)
