"""The invented people of invented states that the tenth and eleventh rounds' tests draft against, and
what a reviewer reads of a draft: its quotes with their speakers, and its meetings' participants."""

from __future__ import annotations

import datetime as dt

from diplo_gui.core.drafting import Draft, draft_article
from diplo_gui.core.model import Dataset, Person

PUBLISHED = dt.date(2024, 3, 8)  # a Friday

PEOPLE = {
    "lena-ortiz": Person("lena-ortiz", "Lena Ortiz", role="Defence Minister of Veldoria"),
    "tomas-brek": Person("tomas-brek", "Tomas Brek", role="President of Ostravia"),
    "anna-vel": Person("anna-vel", "Anna Maria Vel", role="President of Marenland"),
    "ivo-sand": Person("ivo-sand", "Ivo Sand", role="Prime Minister of Veldoria"),
}


def draft_against(text: str, people: dict[str, Person]) -> Draft:
    """The draft of ``text``, published on ``PUBLISHED``, against a cast of people (each round has its own)."""
    return draft_article(text, PUBLISHED, Dataset.build(people, {}, []))


def drafted(text: str) -> Draft:
    return draft_against(text, PEOPLE)


def quotes(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in drafted(text).quotes]


def meetings(text: str) -> list[list[str]]:
    return [sorted(p.person for p in m.participants) for m in drafted(text).meetings]
