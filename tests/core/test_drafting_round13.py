"""Thirteenth round of real-text classes: a known person the data writes with an initial ("S. Jaishankar")
named with a full given name, a month's name that is a date and no person, a "call for" that is a demand and no
call, looking forward to seeing someone (no meeting by itself), and a joint press conference with two others.
Each test has a case that must not match.

Invented people of invented states (and, for the names, the shapes real data takes), written the way
published releases and readouts write them; each test checks what a reviewer sees.
"""

from __future__ import annotations

from drafting_cast import draft_against  # tests/core is on sys.path (no packages in tests/)

from diplo_gui.core.model import Person

PEOPLE = {
    "r-vasker": Person("r-vasker", "R. Vasker", role="Minister of External Affairs of Tirelia"),
    "anna-vel": Person("anna-vel", "Anna Vel", role="Prime Minister of Marenland"),
    "tomas-brek": Person("tomas-brek", "Tomas Brek", role="President of Ostravia"),
    "ivo-marsh": Person("ivo-marsh", "Ivo Marsh", role="Chancellor of Veldoria"),
    "may": Person("may", "Elen May", role="Prime Minister of Carrow"),
}


def drafted(text: str, people: dict[str, Person] | None = None):
    return draft_against(text, people or PEOPLE)


def meetings(text: str, people: dict[str, Person] | None = None) -> list[tuple[list[str], str]]:
    return [(sorted(p.person for p in m.participants), m.status.value) for m in drafted(text, people).meetings]


def test_a_known_name_with_an_initial_is_the_person_named_with_a_given_name_of_that_letter():
    text = "Prime Minister Anna Vel met External Affairs Minister Ravindra Vasker in Marenburg today.\n"
    draft = drafted(text)
    assert meetings(text) == [(["anna-vel", "r-vasker"], "held")]
    assert not draft.people  # no new person proposed
    found = [m for m in draft.mentions if m.person_id == "r-vasker"]
    assert [(text[m.span.start:m.span.end], m.how) for m in found] == [
        ("Ravindra Vasker", "given name for a known initial")]
    # must not match: a given name of another letter is someone else, proposed as new
    other = "Prime Minister Anna Vel met External Affairs Minister Kamal Vasker in Marenburg today.\n"
    assert [p.name for p in drafted(other).people] == ["Kamal Vasker"]
    # nor when two known people fit (no guess)
    two = {**PEOPLE, "r-vasker-2": Person("r-vasker-2", "R. K. Vasker", role="Ambassador")}
    assert [p.name for p in drafted(text, two).people] == ["Ravindra Vasker"]


def test_a_month_after_in_since_until_or_mid_is_a_date_never_a_person():
    for text in ("President Tomas Brek met Chancellor Ivo Marsh in Veldor today, and follows his visit in May "
                 "after the floods.\n",
                 "President Tomas Brek met Chancellor Ivo Marsh in Veldor today, their first talks since May.\n",
                 "President Tomas Brek met Chancellor Ivo Marsh in Veldor today; the talks go on until mid-May.\n"):
        draft = drafted(text)
        assert "may" not in {m.person_id for m in draft.mentions}, text
        assert meetings(text) == [(["ivo-marsh", "tomas-brek"], "held")], text
    # must not match: the person, named with a title, then by the family name alone or as a possessive
    person = ("President Tomas Brek met Prime Minister Elen May in Veldor today. "
              "In May’s view the talks went well.\n")
    draft = drafted(person)
    assert [person[m.span.start:m.span.end] for m in draft.mentions if m.person_id == "may"] == ["Elen May", "May"]


def test_a_call_for_something_is_a_demand_not_a_phone_call():
    text = ("President Tomas Brek spoke today with Chancellor Ivo Marsh. "
            "President Brek reiterated Prime Minister Anna Vel’s call for continued direct talks.\n")
    assert meetings(text) == [(["ivo-marsh", "tomas-brek"], "held")]
    # must not match: a call with someone, in the same possessive form, is a call
    held = ("President Tomas Brek spoke today with Chancellor Ivo Marsh. "
            "Prime Minister Anna Vel’s call with President Brek followed.\n")
    assert (["anna-vel", "tomas-brek"], "held") in meetings(held)


def test_a_joint_press_conference_with_two_others_is_a_meeting_of_the_three_and_he_is_its_subject():
    text = ("President Tomas Brek held a joint press conference with Ivo Marsh, Chancellor of Veldoria, and Anna "
            "Vel, Prime Minister of Marenland, during which he said: “We have deepened our union today.”\n")
    draft = drafted(text)
    assert meetings(text) == [(["anna-vel", "ivo-marsh", "tomas-brek"], "held")]
    assert draft.meetings[0].form == "in-person"
    assert [(q.text, q.speaker, q.rule) for q in draft.quotes] == [
        ("We have deepened our union today.", "tomas-brek", "he said “…”")]
    assert draft.meetings[0].quotes and draft.meetings[0].quotes[0].speaker == "tomas-brek"
    # must not match: a pronoun after several names and no clause on the occasion stays unattributed
    unclear = ("President Tomas Brek held a joint press conference with Ivo Marsh and Anna Vel. "
               "Chancellor Marsh and Prime Minister Vel agreed, and he said: “We have deepened our union today.”\n")
    assert [q.speaker for q in drafted(unclear).quotes] == [None]
