"""Who held an office on a day, by the loaded data: the roles people had at its meetings.

A text that gives someone only by title ("the President said", "met the Prime Minister of
Japan") names the person who held that office on the text's date. The data says who that
was when one person bears the title at its meetings (the role given at the meeting, else
the person's own role) over a stretch of time that takes in the day: from their first such
meeting to their last, a month either side. Two people holding it then (two Presidents of
different countries, a handover) leave the title unattributed; a country in the title ("the
Prime Minister of Japan", "the Japanese Prime Minister") narrows it to that country's.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable, Sequence

from ..model import Meeting

# How far past its first and last meeting a role is taken to be held.
GRACE = dt.timedelta(days=31)
_DEMONYM_END = re.compile(r"(?:ese|ian|an|ish|ic|i|ch)$")


def office_and_country(title: str) -> tuple[str, str | None]:
    """"Prime Minister of Japan" -> ("Prime Minister", "JP"); "Japanese Prime Minister" -> ("Prime
    Minister", "JP"), the country whose name starts most like the adjective; else (title, None)."""
    from . import places  # places reads names, which asks this module: imported when first used

    office, of, place = title.partition(" of ")
    if of:
        code = places.country_code(place)
        return (office, code) if code else (title, None)
    first, _, rest = title.partition(" ")
    adjective = first.casefold()
    if rest and _DEMONYM_END.search(adjective) and first[:1].isupper():
        # the country whose name shares the longest start with the adjective, four letters at least
        # ("Norwegian": Norway; "Austrian": Austria, not Australia; "French" is too short to tell)
        shared: dict[str, int] = {}
        for name, code in places.country_names():
            n = len(os.path.commonprefix([name, adjective]))
            shared[code] = max(shared.get(code, 0), n)
        best = max(shared.values(), default=0)
        codes = [code for code, n in shared.items() if n == best]
        if best >= 4 and len(codes) == 1:
            return rest, codes[0]
    return title, None


def holder_on(meetings: Sequence[Meeting], day: dt.date, bears: Callable[[str], bool],
              country: str | None = None) -> str | None:
    """The one person whose role at the data's meetings ``bears`` the office over a stretch that takes in
    ``day`` (and who is of ``country`` when one is given), or None."""
    days: dict[str, list[dt.date]] = {}
    for meeting in meetings:
        for participant in meeting.participants:
            role = participant.display_role
            if not role or not bears(role):
                continue
            if country is not None and country not in (participant.person.country, country_code_in(role)):
                continue
            days.setdefault(participant.person.id, []).append(meeting.date.first_day())
    holding = {pid for pid, seen in days.items() if min(seen) - GRACE <= day <= max(seen) + GRACE}
    return holding.pop() if len(holding) == 1 else None


def country_code_in(role: str) -> str | None:
    """The country a role names after "of" ("President of Ostravia"), else None."""
    _office, country = office_and_country(role)
    return country
