"""Dates in an article, read relative to its publication date, with their precision.

"on Monday" is the Monday of the publication week, on or before the day of
publication (news reports what happened); in a sentence about the future ("will",
"could", "next", "planned") it is the next Monday instead. "last June" is the latest
June before the publication month, "next November" the first one after it; a bare
"in June" follows the sentence's tense. Explicit dates ("18 September 2023",
"September 18, 2023", "in 2022") are read as written, with the precision written.
"""

from __future__ import annotations

import datetime as dt
import re

from ..model import PartialDate
from .model import DraftDate, Span

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_M = "|".join(m.capitalize() for m in MONTHS)
_W = "|".join(w.capitalize() for w in WEEKDAYS)
_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "a": 1}

# "could not have been more pleased": a past conditional, not the future; "to discuss the future of the
# Alliance": the noun, not the tense
FUTURE = re.compile(r"\b(?:will|would(?!\s+(?:not\s+)?have\b)|could(?!\s+(?:not\s+)?have\b)|shall|next|planned|plans?|"
                    r"expected|possible|(?<!the\s)future(?!\s+of\b)|"
                    r"upcoming|scheduled|to be held|is to|are to|(?:is|are)\s+(?:due|set)\s+to)\b", re.IGNORECASE)

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("day month year", re.compile(rf"\b(?P<d>\d{{1,2}})\s+(?P<m>{_M})\s+(?P<y>\d{{4}})\b")),
    ("month day, year", re.compile(rf"\b(?P<m>{_M})\s+(?P<d>\d{{1,2}}),?\s+(?P<y>\d{{4}})\b")),
    ("month year", re.compile(rf"\b(?P<m>{_M})\s+(?P<y>\d{{4}})\b")),
    # "On May 7,", "on 9 July": the year is the publication's (the one before, for a past day after it)
    ("month day", re.compile(rf"\b(?P<m>{_M})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?!,?\s+\d{{4}})(?!\s*[-–:]\s*\d)")),
    ("day month", re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m>{_M})\b(?!,?\s+\d{{4}})")),
    ("last/next month", re.compile(rf"\b(?P<rel>last|next|this|in|early|late|mid-)\s*(?P<m>{_M})\b")),
    ("weekday", re.compile(rf"\b(?:(?P<rel>last|next|this|on)\s+)?(?P<w>{_W})\b")),
    ("relative day", re.compile(r"\b(?P<day>yesterday|today|tomorrow)\b", re.IGNORECASE)),
    ("relative year", re.compile(r"\b(?P<rel>last|next|this)\s+year\b", re.IGNORECASE)),
    ("relative month", re.compile(r"\b(?P<rel>last|next|this)\s+month\b", re.IGNORECASE)),
    ("year", re.compile(r"\b(?:in|of|during)\s+(?P<y>(?:19|20)\d{2})\b")),
]


def _month_shift(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _read(kind: str, m: re.Match[str], published: dt.date, future: bool) -> tuple[PartialDate, str] | None:
    g = m.groupdict()
    if kind in ("day month year", "month day, year"):
        month = MONTHS.index(g["m"].lower()) + 1
        try:
            return PartialDate(int(g["y"]), month, int(g["d"])), "as written"
        except ValueError:
            return None
    if kind in ("month day", "day month"):
        month = MONTHS.index(g["m"].lower()) + 1
        try:
            day = dt.date(published.year, month, int(g["d"]))
            if day > published + dt.timedelta(days=7) and not future:
                day = dt.date(published.year - 1, month, int(g["d"]))
            elif day < published - dt.timedelta(days=180) and future:
                day = dt.date(published.year + 1, month, int(g["d"]))
        except ValueError:
            return None
        return PartialDate.parse(day.isoformat()), "the year of publication"
    if kind == "month year":
        return PartialDate(int(g["y"]), MONTHS.index(g["m"].lower()) + 1), "as written"
    if kind == "last/next month":
        month = MONTHS.index(g["m"].lower()) + 1
        rel = g["rel"].lower()
        if rel == "this":
            return PartialDate(published.year, month), "this year's month"
        if rel == "next" or (rel not in ("last",) and future):
            year = published.year if month > published.month else published.year + 1
            return PartialDate(year, month), f"the first {g['m']} after publication"
        year = published.year if month < published.month else published.year - 1
        if rel != "last" and month == published.month:
            year = published.year
        return PartialDate(year, month), f"the latest {g['m']} before publication"
    if kind == "weekday":
        weekday = WEEKDAYS.index(g["w"].lower())
        rel = (g["rel"] or "").lower()
        back = (published.weekday() - weekday) % 7
        if rel == "next" or (rel != "last" and future):
            ahead = (weekday - published.weekday()) % 7 or 7
            return PartialDate.parse((published + dt.timedelta(days=ahead)).isoformat()), f"the next {g['w']}"
        if rel == "last" and back == 0:
            back = 7
        day = published - dt.timedelta(days=back)
        return PartialDate.parse(day.isoformat()), f"the {g['w']} of the publication week"
    if kind == "relative day":
        delta = {"yesterday": -1, "today": 0, "tomorrow": 1}[g["day"].lower()]
        return PartialDate.parse((published + dt.timedelta(days=delta)).isoformat()), g["day"].lower()
    if kind == "relative year":
        delta = {"last": -1, "next": 1, "this": 0}[g["rel"].lower()]
        return PartialDate(published.year + delta), f"{g['rel'].lower()} year"
    if kind == "relative month":
        delta = {"last": -1, "next": 1, "this": 0}[g["rel"].lower()]
        return PartialDate(*_month_shift(published.year, published.month, delta)), f"{g['rel'].lower()} month"
    if kind == "year":
        return PartialDate(int(g["y"])), "a year"
    return None


def find_dates(article: str, zone: Span, published: dt.date) -> list[DraftDate]:
    """Every date expression in ``zone``, in text order (overlaps: the longest form wins)."""
    text = article[zone.start:zone.end]
    future = bool(FUTURE.search(text))
    found: list[DraftDate] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            span = Span(zone.start + match.start(), zone.start + match.end())
            if any(d.span.overlaps(span) for d in found):
                continue
            read = _read(kind, match, published, future)
            if read is not None:
                found.append(DraftDate(read[0], span, f"{match.group()!s}: {read[1]}"))
    return sorted(found, key=lambda d: d.span.start)


_OFFSET = re.compile(r"\b(?P<n>\d+|one|two|three|four|five|six|seven|a)\s+(?P<unit>days?|weeks?)\s+"
                     r"(?P<dir>after|before)\b", re.IGNORECASE)


def offset_before(article: str, zone: Span, trigger: Span) -> tuple[int, Span] | None:
    """"one day after … met": the meeting is that many days before the event the sentence is about.

    Only when the offset stands before the meeting's verb, so that the meeting is the
    thing measured from; returns (days to add to the anchor event's date, span).
    """
    text = article[zone.start:trigger.start]
    offsets = list(_OFFSET.finditer(text))
    match = offsets[-1] if offsets else None  # the last offset before the trigger
    if match is None:
        return None
    n = int(match["n"]) if match["n"].isdigit() else _NUMBERS[match["n"].lower()]
    days = n * (7 if match["unit"].lower().startswith("week") else 1)
    sign = -1 if match["dir"].lower() == "after" else 1
    return sign * days, Span(zone.start + match.start(), zone.start + match.end())
