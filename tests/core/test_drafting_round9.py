"""Ninth round of real-text classes: people given only by title, resolved to whom the loaded data says
held that office on the text's date (a country in the title narrowing it), names written with marks
the data writes without, lower-case titles of several words, meetings told with a noun after a light
verb, and "he" after a leading phrase. Each test has a case that must not match.

Invented people (of invented states, or of real ones where the test is about a country's name),
written the way published readouts, transcripts and news reports write them; each test checks what a
reviewer sees: the quotes with their speakers, the meetings and their participants.
"""

from __future__ import annotations

import datetime as dt

from diplo_gui.core.drafting import draft_article
from diplo_gui.core.model import Dataset, Meeting, PartialDate, Participant, Person

PUBLISHED = dt.date(2024, 3, 8)  # a Friday

PEOPLE = {
    "lena-ortiz": Person("lena-ortiz", "Lena Ortiz", role="Foreign Minister of Veldoria"),
    "tomas-brek": Person("tomas-brek", "Tomas Brek", role="President of Ostravia"),
    "anna-vel": Person("anna-vel", "Anna Maria Vel", role="President of Marenland"),
    "ivo-sand": Person("ivo-sand", "Ivo Sand", country="NO", role="Prime Minister"),
    "greta-holm": Person("greta-holm", "Greta Holm", country="SE", role="Prime Minister"),
    "arda-cengizoglu": Person("arda-cengizoglu", "Arda Cengizoglu", role="Foreign Minister of Estland"),
    "jaroslaw-wilk": Person("jaroslaw-wilk", "Jaroslaw Wilk", role="Defence Minister of Estland"),
}


def _met(day: PartialDate, *people: str) -> Meeting:
    return Meeting(f"m-{day}-{'-'.join(people)}", "Talks", day, participants=tuple(Participant(PEOPLE[p])
                                                                                for p in people))


def drafted(text: str, meetings: list[Meeting] | None = None):
    return draft_article(text, PUBLISHED, Dataset.build(PEOPLE, {}, meetings or []))


def quotes(text: str, meetings: list[Meeting] | None = None) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in drafted(text, meetings).quotes]


def meetings(text: str, known: list[Meeting] | None = None) -> list[list[str]]:
    return [sorted(p.person for p in m.participants) for m in drafted(text, known).meetings]


def test_a_bare_title_is_the_person_the_data_gives_that_office_over_a_stretch_taking_in_the_day():
    # Brek is President at meetings in January 2023 and December 2024: he held it in March 2024.
    brek = [_met(PartialDate(2023, 1, 10), "tomas-brek", "lena-ortiz"),
            _met(PartialDate(2024, 12, 1), "tomas-brek", "lena-ortiz")]
    text = "“We will keep the border open,” the President said after the talks."
    assert quotes(text, brek) == [("We will keep the border open", "tomas-brek")]
    # must not match: another President at the data's meetings then is as likely; none is chosen
    vel = [_met(PartialDate(2024, 2, 20), "anna-vel", "lena-ortiz")]
    assert quotes(text, brek + vel) == [("We will keep the border open", None)]
    # nor a President whose meetings in the data all ended long before the day
    assert quotes(text, brek[:1]) == [("We will keep the border open", None)]


def test_a_country_in_the_title_narrows_the_office_to_that_countrys_holder():
    known = [_met(PartialDate(2024, 3, 1), "ivo-sand", "lena-ortiz"),
             _met(PartialDate(2024, 3, 4), "greta-holm", "lena-ortiz")]
    text = "Foreign Minister Lena Ortiz met the Prime Minister of Norway in Oslo on Tuesday."
    assert meetings(text, known) == [["ivo-sand", "lena-ortiz"]]
    demonym = "Foreign Minister Lena Ortiz met the Norwegian Prime Minister in Oslo on Tuesday."
    assert meetings(demonym, known) == [["ivo-sand", "lena-ortiz"]]
    # must not match: the bare title, two Prime Ministers holding it then
    bare = "Foreign Minister Lena Ortiz met the Prime Minister in Oslo on Tuesday."
    assert meetings(bare, known) == [["lena-ortiz"]]  # the other side left for the reviewer


def test_a_country_in_the_title_picks_the_person_named_in_the_text_of_that_country():
    text = ("Prime Minister Ivo Sand and Prime Minister Greta Holm arrived in Vilnius on Monday. "
            "“We stand together,” the Prime Minister of Sweden said.")
    assert quotes(text) == [("We stand together", "greta-holm")]
    # must not match: the bare title, two Prime Ministers named
    bare = ("Prime Minister Ivo Sand and Prime Minister Greta Holm arrived in Vilnius on Monday. "
            "“We stand together,” the Prime Minister said.")
    assert quotes(bare) == [("We stand together", None)]


def test_a_name_written_with_marks_is_the_data_person_written_without_them():
    text = "Foreign Minister Lena Ortiz held talks with Foreign Minister Arda Cengizoğlu and Jarosław Wilk in Rome."
    assert meetings(text) == [["arda-cengizoglu", "jaroslaw-wilk", "lena-ortiz"]]
    # must not match: a name whose letters differ beyond their marks is someone else
    other = "Foreign Minister Lena Ortiz held talks with Foreign Minister Arda Cengizoğlan in Rome."
    assert "arda-cengizoglu" not in meetings(other)[0]
