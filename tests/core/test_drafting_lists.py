"""Second round of real-text classes: meetings written as "discuss … with", "chair … with", "join",
plural calls with a list, lists under headings, a passive with a place, untitled names, short given
names, headline words, "the Secretary" among several secretaries, titles in lower case (one test
per class, each with a case that must not become a meeting or a person).

Invented people of invented states, written the way published readouts, digests and news stories
write them; each test checks what a reviewer sees: the participants, the rule and the words behind it.
"""

from __future__ import annotations

import datetime as dt

from diplo_gui.core.drafting import draft_article
from diplo_gui.core.model import Dataset, Person

PUBLISHED = dt.date(2024, 3, 8)  # a Friday

PEOPLE = {
    "lena-ortiz": Person("lena-ortiz", "Lena Ortiz", role="Foreign Minister of Veldoria"),
    "tomas-brek": Person("tomas-brek", "Tomas Brek", role="President of Ostravia"),
    "aurel-vance": Person("aurel-vance", "Aurel Vance", role="Defence Minister"),
    "marc-dupont": Person("marc-dupont", "Marc Dupont", role="Secretary of State"),
    "james-vries": Person("james-vries", "James Vries", role="Secretary of Defense"),
    "greta-holm": Person("greta-holm", "Greta Holm", role="Prime Minister of Marenland"),
}
KNOWN = Dataset.build(PEOPLE, {}, [])


def draft(text: str, dataset: Dataset = KNOWN):  # type: ignore[no-untyped-def]
    return draft_article(text, PUBLISHED, dataset)


def meetings(text: str, dataset: Dataset = KNOWN) -> list[tuple[str, list[str]]]:
    return [(m.rule, [p.person for p in m.participants]) for m in draft(text, dataset).meetings]


def test_discussing_chairing_or_hosting_something_with_named_people_is_a_meeting_with_them():
    d = draft("The Foreign Minister, Lena Ortiz, will discuss the response to the floods with President Tomas "
              "Brek. She will also chair a meeting on fisheries with Defence Minister Aurel Vance.")
    first, second = d.meetings
    assert [p.person for p in first.participants] == ["lena-ortiz", "tomas-brek"]
    assert first.rule == "X discussed … with Y"
    assert first.trigger.text(d.article) == "discuss the response to the floods with"
    assert [p.person for p in second.participants] == ["lena-ortiz", "aurel-vance"]
    # with nobody named after "with" there is no meeting
    assert meetings("Lena Ortiz discussed the budget with colleagues in Parliament.") == []


def test_plural_calls_with_a_list_are_one_call_with_each_person():
    found = meetings("The summit builds on President Tomas Brek's calls this week with leaders Prime Minister "
                     "Greta Holm of Marenland, Foreign Minister Lena Ortiz of Veldoria, and Defence Minister "
                     "Aurel Vance.")
    assert [people for _, people in found] == [["tomas-brek", "greta-holm"], ["tomas-brek", "lena-ortiz"],
                                               ["tomas-brek", "aurel-vance"]]
    d = draft("Tomas Brek's calls this week with Greta Holm and Lena Ortiz covered trade.")
    assert {m.form for m in d.meetings} == {"phone"}
    # one call with two people stays one call
    assert len(meetings("Tomas Brek's call today with Greta Holm and Lena Ortiz covered trade.")) == 1


def test_a_list_under_a_heading_and_day_headings_is_one_meeting_per_item_with_its_form():
    text = ("Prime Minister Greta Holm carried out a number of engagements with world leaders this weekend.\n"
            "These meetings and calls were an opportunity to discuss trade.\n"
            "The list is as below:\n"
            "Saturday 2nd March at the Residence:\n"
            "- President Tomas Brek of Ostravia [in person]\n"
            "- Foreign Minister Lena Ortiz of Veldoria [phone call]\n"
            "Sunday 3rd March at the Ministry:\n"
            "- Defence Minister Aurel Vance [in person]\n")
    d = draft(text)
    assert [[p.person for p in m.participants] for m in d.meetings] == [
        ["greta-holm", "tomas-brek"], ["greta-holm", "lena-ortiz"], ["greta-holm", "aurel-vance"]]
    assert [m.form for m in d.meetings] == ["in-person", "phone", "in-person"]
    assert {m.rule for m in d.meetings} == {"a list of meetings under a heading"}
    # a list with no words of meetings before it is no list of meetings
    assert meetings("Greta Holm thanked these people:\n- Tomas Brek\n- Lena Ortiz\n") == []


def test_joining_named_people_is_meeting_them_and_joining_an_institution_is_not():
    assert meetings("Defence Minister Aurel Vance will join Secretary of State Marc Dupont and Foreign Minister "
                    "Lena Ortiz to take part in the annual consultations.")[0][1] == [
        "aurel-vance", "marc-dupont", "lena-ortiz"]
    assert meetings("Ostravia joined the Customs Union in 2004, Aurel Vance noted.") == []


def test_the_upcoming_summit_with_a_person_is_a_planned_meeting():
    d = draft("President Tomas Brek looked ahead to the upcoming summit with Prime Minister Greta Holm.")
    [m] = d.meetings
    assert [p.person for p in m.participants] == ["tomas-brek", "greta-holm"] and m.status.value == "planned"


def test_a_passive_with_a_place_before_by_names_the_host():
    d = draft("Secretary of State Marc Dupont is welcomed to Fort Caldor, Ostravia by Defence Minister Aurel Vance, "
              "March 7, 2024.")
    [m] = d.meetings
    assert [p.person for p in m.participants] == ["marc-dupont", "aurel-vance"]
    assert m.trigger.text(d.article) == "is welcomed to Fort Caldor, Ostravia by"


def test_a_name_with_no_title_after_a_meeting_verb_is_a_new_person_and_a_place_is_not():
    d = draft_article("Ines Halloran met with Nikola Varga in Vienna today.\n", PUBLISHED, Dataset())
    [m] = d.meetings
    assert [p.person for p in m.participants] == ["ines-halloran", "nikola-varga"]
    assert {p.id for p in d.people} == {"ines-halloran", "nikola-varga"}
    empty = draft_article("Ines Halloran met with White House officials in New York today.\n", PUBLISHED, Dataset())
    assert {p.id for p in empty.people} == {"ines-halloran"} and not empty.meetings


def test_a_short_given_name_and_a_headline_word_find_the_known_person():
    d = draft("Readout of Secretary of Defense Jim Vries' Meeting with Defence Minister Aurel Vance\n\n"
              "Secretary of Defense Jim Vries met with Defence Minister Aurel Vance in Caldor.")
    assert {p.id for p in d.people} == set()  # no "Jim Vries Meeting" proposed, no new "Jim Vries"
    assert [[p.person for p in m.participants] for m in d.meetings][-1] == ["james-vries", "aurel-vance"]
    assert {d.article[m.span.start:m.span.end] for m in d.mentions if m.person_id == "james-vries"} == {"Jim Vries"}


def test_the_secretary_is_the_one_the_text_calls_by_the_bare_title():
    d = draft("Secretary of State Marc Dupont traveled to Caldor. Secretary Dupont first met President Tomas Brek. "
              "In Veldoria, the Secretary met with Secretary of Foreign Affairs Lena Ortiz.")
    assert [[p.person for p in m.participants] for m in d.meetings][-1] == ["marc-dupont", "lena-ortiz"]


def test_a_title_in_lower_case_stands_for_its_one_holder_but_not_before_of():
    d = draft("Secretary of Defense James Vries embarked on a trip. The secretary concludes his trip with a visit "
              "to Ostravia to co-chair the annual Security Meeting with Defence Minister Aurel Vance.")
    assert [[p.person for p in m.participants] for m in d.meetings][-1] == ["james-vries", "aurel-vance"]
    titled = draft("Secretary of Defense James Vries spoke. The president of the chamber of commerce met "
                   "Defence Minister Aurel Vance.")
    assert all(d2.person_id != "james-vries" or "president" not in titled.article[d2.span.start:d2.span.end]
               for d2 in titled.mentions)


def test_being_dispatched_somewhere_is_a_visit():
    d = draft("Defence Minister Aurel Vance would be dispatched to Caldor on 23 March.")
    [m] = d.meetings
    assert [p.person for p in m.participants] == ["aurel-vance"] and m.rule == "X visited PLACE"


def test_a_stop_reported_after_the_meetings_is_a_visit_of_its_own_and_a_vague_repetition_is_none():
    d = draft("• Secretary Marc Dupont first traveled to Caldor, Ostravia. He met President Tomas Brek.\n\n"
              "• Then, Secretary Dupont traveled to South Africa August 7-9.\n\n"
              "• In Manila, the Philippines, on March 6, the Secretary met with Foreign Minister Lena Ortiz.\n")
    found = [([p.person for p in m.participants], m.place.country.value if m.place.country else None)
             for m in d.meetings]
    assert (["marc-dupont"], "ZA") in found  # the later stop, not taken for the Caldor meeting
    assert (["marc-dupont", "lena-ortiz"], "PH") in found  # "In Manila" opening the sentence is its place
    assert ["marc-dupont"] not in [people for people, country in found if country != "ZA"]  # Caldor: the meeting
    assert meetings("Tomas Brek said: I have visited your great country many times.") == []
