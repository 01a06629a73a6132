"""Fifth round of real-text classes: a side given only as an office ("bilaterals with the Prime Minister of
Marenland, the Prime Minister of Ostravia and …"): one meeting with each office, its side left for the
reviewer, never folded into a meeting with someone named; and such an office is the same meeting as one
with a person who bears it. Each test has a case that must not match.

Invented people of invented states, written the way published transcripts and readouts write them; each
test checks what a reviewer sees: the meetings and their participants.
"""

from __future__ import annotations

import datetime as dt

from diplo_gui.core.drafting import draft_article
from diplo_gui.core.model import Dataset, Person

PUBLISHED = dt.date(2024, 3, 8)  # a Friday

PEOPLE = {
    "lena-ortiz": Person("lena-ortiz", "Lena Ortiz", role="Foreign Minister of Veldoria"),
    "tomas-brek": Person("tomas-brek", "Tomas Brek", role="President of Ostravia"),
    "greta-holm": Person("greta-holm", "Greta Holm", role="Prime Minister of Marenland"),
    "karl-dunn": Person("karl-dunn", "Karl Dunn", role="Prime Minister of Veldoria"),
}
KNOWN = Dataset.build(PEOPLE, {}, [])


def meetings(text: str) -> list[list[str]]:
    return [sorted(p.person for p in m.participants) for m in draft_article(text, PUBLISHED, KNOWN).meetings]


def test_bilaterals_with_offices_are_one_meeting_each_apart_from_the_one_told_before():
    text = ("KARL DUNN, PRIME MINISTER: It began with a meeting with my friend Lena Ortiz in Rome. "
            "And then I've had bilaterals with the Prime Minister of Marenland, the King of Ostravia and "
            "the Chancellor of Estland.")
    assert meetings(text) == [["karl-dunn", "lena-ortiz"], ["karl-dunn"], ["karl-dunn"], ["karl-dunn"]]
    # must not match: people who are no office ("officials") are no side of their own
    plain = ("KARL DUNN, PRIME MINISTER: It began with a meeting with my friend Lena Ortiz in Rome. "
             "And then I've had bilaterals with officials of Marenland and business leaders.")
    assert meetings(plain) == [["karl-dunn", "lena-ortiz"]]


def test_a_call_with_an_office_only_is_a_meeting_of_the_caller():
    assert meetings("Prime Minister Karl Dunn spoke today with Defence Ministers from Marenland, Ostravia "
                    "and Estland to discuss the storm.") == [["karl-dunn"]]
    # must not match: a name after the office is a person, not an office ("Foreign Minister Sand", unknown to
    # the data, is proposed as a new person, not left as an unnamed side)
    named = meetings("Prime Minister Karl Dunn spoke today with Foreign Minister Ivo Sand to discuss the storm.")
    assert len(named) == 1 and "karl-dunn" in named[0] and len(named[0]) == 2


def test_an_office_given_first_is_the_meeting_with_the_person_who_bears_it():
    text = ("Karl Dunn meeting with the Prime Minister of Marenland\n\n"
            "Karl Dunn discussed fisheries with Greta Holm in Rome today.")
    assert meetings(text) == [["greta-holm", "karl-dunn"]]
    # must not match: an office the person met does not bear stays a meeting of its own
    other = ("Karl Dunn meeting with the President of Marenland\n\n"
             "Karl Dunn discussed fisheries with Greta Holm in Rome today.")
    assert sorted(meetings(other)) == [["greta-holm", "karl-dunn"], ["karl-dunn"]]


def test_an_honorific_abbreviation_before_a_name_does_not_end_the_sentence():
    text = ("On March 6, Mr. Karl Dunn, Prime Minister of Veldoria, attended a dinner hosted by the Hon. Greta Holm "
            "MP, Prime Minister of Marenland, and on March 7 the two prime ministers held a Veldoria-Marenland "
            "Summit Meeting in Varna.")
    drafted = draft_article(text, PUBLISHED, KNOWN).meetings
    assert [(sorted(p.person for p in m.participants), str(m.date.date) if m.date else None) for m in drafted] == [
        (["greta-holm", "karl-dunn"], "2024-03-06"), (["greta-holm", "karl-dunn"], "2024-03-07")]
    # must not match: a sentence that ends after a name ("… Greta Holm MP.") still ends there
    two = meetings("Karl Dunn had dinner with the Hon. Greta Holm MP. Tomas Brek met Lena Ortiz in Varna.")
    assert two == [["greta-holm", "karl-dunn"], ["lena-ortiz", "tomas-brek"]]


def test_a_date_after_following_or_since_an_event_is_that_events_date_not_the_meetings():
    text = ("On Sunday, March 3, Ms. Lena Ortiz held a meeting with President Tomas Brek in Varna. "
            "Minister Ortiz expressed her pleasure at being able to meet President Brek again in Varna, "
            "following on from the Harbour States Foreign Ministers’ Meeting in 2019.")
    drafted = draft_article(text, PUBLISHED, KNOWN).meetings
    assert [(sorted(p.person for p in m.participants), str(m.date.date)) for m in drafted if m.date] == [
        (["lena-ortiz", "tomas-brek"], "2024-03-03")]
    assert len(drafted) == 1  # one meeting, not a second one in 2019
    # must not match: a meeting told inside the "following" words keeps their date
    inside = ("Lena Ortiz welcomed the agreement, following her meeting with President Tomas Brek in March 2019.")
    dated = draft_article(inside, PUBLISHED, KNOWN).meetings
    assert [str(m.date.date) for m in dated if m.date] == ["2019-03"]


def test_a_page_of_several_transcripts_is_one_meeting_per_transcript():
    first = ("Remarks With Marenland Prime Minister Greta Holm Before Their Meeting\n"
             "Lena Ortiz\n"
             "Foreign Ministry, Varna, March 6, 2024\n"
             "FOREIGN MINISTER ORTIZ: Good morning. Welcome to Varna.\n"
             "PRIME MINISTER HOLM: Thank you, Minister.\n")
    second = ("Remarks With Ostravian President Tomas Brek After Their Meeting\n"
              "Lena Ortiz\n"
              "Foreign Ministry, Varna, March 7, 2024\n"
              "FOREIGN MINISTER ORTIZ: We had a good talk today.\n"
              "PRESIDENT BREK: Thank you very much.\n")
    assert sorted(meetings(first + second)) == [["greta-holm", "lena-ortiz"], ["lena-ortiz", "tomas-brek"]]
    # must not match: one transcript whose turns are long paragraphs stays one meeting of its speakers
    one = ("Remarks With Marenland Prime Minister Greta Holm and Ostravian President Tomas Brek\n"
           "Lena Ortiz\n"
           "Foreign Ministry, Varna, March 6, 2024\n"
           "FOREIGN MINISTER ORTIZ: Good morning. Welcome to Varna.\n"
           "PRIME MINISTER HOLM: Thank you, Minister.\n"
           "PRESIDENT BREK: Thank you very much.\n")
    assert meetings(one) == [["greta-holm", "lena-ortiz", "tomas-brek"]]


NOBODY = Dataset.build({}, {}, [])


def test_a_title_word_that_is_also_a_family_name_ends_a_name():
    def drafted(text: str) -> tuple[list[list[str]], list[tuple[str, str | None]]]:
        draft = draft_article(text, PUBLISHED, NOBODY)
        return ([sorted(p.person for p in m.participants) for m in draft.meetings],
                sorted((p.name, p.role) for p in draft.people))

    assert drafted("Foreign Minister Anna Bishop met President Karl Dunn in Varna on Monday.") == (
        [["anna-bishop", "karl-dunn"]], [("Anna Bishop", "Foreign Minister"), ("Karl Dunn", "President")])
    assert drafted("President Karl Dunn met Senator Lisa Marshal in Varna.")[0] == [["karl-dunn", "lisa-marshal"]]
    # a post-nominal after the name is not part of it; "FM Bishop" later is the same person
    met, people = drafted("On March 6, President Karl Dunn attended a dinner hosted by the Hon. Anna Bishop MP, "
                          "Minister for Foreign Affairs of Marenland. President Dunn and FM Bishop agreed to meet "
                          "again.")
    assert met == [["anna-bishop", "karl-dunn"]] and [name for name, _ in people] == ["Anna Bishop", "Karl Dunn"]
    # must not match: a title alone ("the King") or before a name ("Bishop Ivo Sand") is still a title
    assert drafted("President Karl Dunn met the King in Varna.")[0] == [["karl-dunn"]]
    assert drafted("President Karl Dunn met Bishop Ivo Sand in Varna.") == (
        [["ivo-sand", "karl-dunn"]], [("Ivo Sand", "Bishop"), ("Karl Dunn", "President")])


def test_a_month_in_a_date_is_no_one_whose_family_name_it_is():
    people = {"ana-may": Person("ana-may", "Ana May", role="Prime Minister of Marenland"), **PEOPLE}
    known = Dataset.build(people, {}, [])
    text = ("PM meeting with President Tomas Brek: 16 May 2025\n\n"
            "The Prime Minister met President Tomas Brek today. The leaders looked forward to seeing each other "
            "on May 19.")
    drafted = draft_article(text, dt.date(2025, 5, 16), known)
    assert not [m for m in drafted.mentions if m.person_id == "ana-may"]
    # must not match: the family name with no day beside it is the person
    named = draft_article("President Tomas Brek met May in Varna on Friday.", PUBLISHED, known)
    assert [sorted(p.person for p in m.participants) for m in named.meetings] == [["ana-may", "tomas-brek"]]
