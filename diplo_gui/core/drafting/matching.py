"""Drafted meetings matched to meetings the loaded data already holds.

An article about a meeting already in the data should add to that meeting (its new
quotes, its source), not propose a second copy. A drafted meeting matches a known one
when the people agree and the dates overlap:

- people: every drafted participant the data knows takes part in the known meeting, and
  they are at least two, or the drafted meeting has one person (a visit);
- place: when both give a country, it is the same (a city is too fine: a summit announced
  "in San Francisco" may meet in a town nearby);
- dates: the drafted date (a day, a month or a year) overlaps the known meeting's days;
  a drafted meeting with no date matches only the single known meeting of those people
  in the year before publication;
- status: a meeting planned at publication may since have been held; otherwise the
  statuses agree;
- form: a call is not a meeting held in a place, nor a call of another kind.

When several known meetings fit, the one sharing most people wins, then the one in the
same city (else with a country given), then the nearest in time; a tie is no match
(never a guess). An undated one needs a single best fit by people and place.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ..model import Dataset, Meeting, PartialDate, Status
from .model import Draft, DraftMeeting, KnownMatch


def _days(meeting: Meeting) -> tuple[dt.date, dt.date]:
    return meeting.date.first_day(), (meeting.end_date or meeting.date).last_day()


def _overlap(date: PartialDate, meeting: Meeting) -> bool:
    first, last = _days(meeting)
    return date.first_day() <= last and first <= date.last_day()


def _key(text: str) -> str:
    """Quote text compared without case, spacing or the kind of quotation marks."""
    table = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"'})
    return " ".join(text.translate(table).casefold().split()).strip(" .,")


def meetings_by_person(dataset: Dataset) -> dict[str, list[Meeting]]:
    """The loaded meetings each person takes part in: built once per draft, not kept (an archive may be large)."""
    by_person: dict[str, list[Meeting]] = {}
    for meeting in dataset.meetings:
        for participant in meeting.participants:
            by_person.setdefault(participant.person.id, []).append(meeting)
    return by_person


def match_meeting(meeting: DraftMeeting, dataset: Dataset, published: dt.date,
                  by_person: dict[str, list[Meeting]] | None = None) -> KnownMatch | None:
    drafted = [p.person for p in meeting.participants]
    known_people = [pid for pid in drafted if pid in dataset.people]
    if not known_people:
        return None
    fits: list[tuple[int, int, int, Meeting]] = []
    if by_person is None:
        by_person = meetings_by_person(dataset)
    for known in by_person.get(known_people[0], ()):
        theirs = {p.person.id for p in known.participants}
        shared = [pid for pid in known_people if pid in theirs]
        if len(shared) != len(known_people) or (len(shared) < 2 and len(drafted) > 1):
            continue
        if meeting.place.country is not None and known.place is not None and known.place.country \
                and known.place.country != meeting.place.country.value:
            continue
        if meeting.status is not Status.PLANNED and known.status is not meeting.status:
            continue
        form = known.form.value
        if meeting.form != "in-person" and form is not None and form != meeting.form \
                or meeting.form == "in-person" and form in ("phone", "video") and meeting.place.country is not None:
            continue  # a call is not the meeting held in a place, nor a call of the other kind
        # the place agrees: the same city, else the same country (or one not given)
        agree = 2 if (meeting.place.city is not None and known.place is not None and known.place.city
                      and known.place.city.casefold() == meeting.place.city.value.casefold()) else (
            1 if known.place is not None and known.place.country else 0)
        first, _last = _days(known)
        if meeting.date is not None:
            if not _overlap(meeting.date.date, known):
                continue
            distance = abs((first - meeting.date.date.first_day()).days)
        else:
            if not (published - dt.timedelta(days=366) <= first <= published):
                continue
            distance = (published - first).days
        fits.append((-len(shared), -agree, distance, known))
    if not fits:
        return None
    fits.sort(key=lambda f: f[:3])
    if len(fits) > 1 and fits[0][:3] == fits[1][:3]:
        return None
    if meeting.date is None and len(fits) > 1 and fits[0][:2] == fits[1][:2]:
        return None  # undated: only the one meeting of those people that year (or in that city)
    known = fits[0][3]
    said = {(q.speaker.id, _key(q.text)) for q in known.quotes}
    new_quotes = tuple(q for q in meeting.quotes if (q.speaker, _key(q.text)) not in said)
    theirs = {p.person.id for p in known.participants}
    new_people = tuple(pid for pid in drafted if pid not in theirs)
    when = f"dates overlap ({meeting.date.date} and {known.date})" if meeting.date else \
        f"no date given: the only meeting of these people in the year before publication ({known.date})"
    rule = f"same participants ({len(known_people)} known), {when}"
    urls = tuple(s.url for s in known.sources if s.url)
    return KnownMatch(known.id, known.title, rule, new_quotes, new_people, urls)


def rematch(draft: Draft, dataset: Dataset) -> Draft:
    """The draft with every meeting matched again (after a correction of its people, date or quotes)."""
    published = draft.published.first_day()
    by_person = meetings_by_person(dataset)
    return replace(draft, meetings=tuple(replace(m, known=match_meeting(m, dataset, published, by_person))
                                         for m in draft.meetings))
