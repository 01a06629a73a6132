"""Sixteenth round of real-text classes: "met bilaterally with A, B and C" (a list of three or more met one
to one: a meeting each); a person named inside the next person's long title ("Advisor to President X
General Y": X only mentioned). Each test has a case that must not match.

Invented people of invented states, written the way published releases, readouts, briefings and news
stories write them; each test checks what a reviewer sees.
"""

from __future__ import annotations

from drafting_cast import draft_against  # tests/core is on sys.path (no packages in tests/)

from diplo_gui.core.model import Person

PEOPLE = {
    "anna-vel": Person("anna-vel", "Anna Vel", role="Interior Secretary of Marenland"),
    "tomas-brek": Person("tomas-brek", "Tomas Brek", role="Interior Minister of Ostravia"),
    "ivo-marsh": Person("ivo-marsh", "Ivo Marsh", role="Home Minister of Veldoria"),
    "lena-sorv": Person("lena-sorv", "Lena Sorv", role="Interior Minister of Tirelia"),
    "kai-ortolan": Person("kai-ortolan", "Kai Ortolan", role="President of Tirelia"),
    "rosa-pell": Person("rosa-pell", "Rosa Pell", role="Military Advisor to the President of Tirelia"),
}


def drafted(text: str, people: dict[str, Person] | None = None):
    return draft_against(text, people or PEOPLE)


def meetings(text: str, people: dict[str, Person] | None = None) -> list[list[str]]:
    return [sorted(p.person for p in m.participants) for m in drafted(text, people).meetings]


def test_met_bilaterally_with_three_or_more_is_a_meeting_with_each():
    text = ("While in Varna, Interior Secretary Anna Vel met bilaterally with Ostravian Interior Minister Tomas "
            "Brek, Veldorian Home Minister Ivo Marsh, and Tirelian Interior Minister Lena Sorv to discuss "
            "border security.\n")
    assert sorted(meetings(text)) == [["anna-vel", "ivo-marsh"], ["anna-vel", "lena-sorv"],
                                      ["anna-vel", "tomas-brek"]]
    # must not match: two met bilaterally ("the Prime Minister and Foreign Minister of one state") stay one
    two = text.replace("Veldorian Home Minister Ivo Marsh, and ", "and ")
    assert meetings(two) == [["anna-vel", "lena-sorv", "tomas-brek"]]


def test_a_person_named_inside_the_next_persons_title_is_only_mentioned():
    text = ("In Varna, Interior Secretary Anna Vel met with Tirelian Interior Minister Lena Sorv and Military "
            "Advisor to Tirelian President Kai Ortolan General Rosa Pell to discuss border security.\n")
    assert meetings(text) == [["anna-vel", "lena-sorv", "rosa-pell"]]
    # must not match: the President named as a person of the list, a comma after him, is met
    other = text.replace("and Military Advisor to Tirelian President Kai Ortolan General Rosa Pell",
                         "President Kai Ortolan, and General Rosa Pell")
    assert meetings(other) == [["anna-vel", "kai-ortolan", "lena-sorv", "rosa-pell"]]


def test_called_on_a_and_on_b_is_a_visit_to_each_with_the_companions_at_both():
    text = ("Varna, March 8, 2024 -- Interior Secretary Anna Vel in Varna today called on Finance Minister (FIN) "
            "Tomas Brek, and on  Minister of Home Affairs (MHA) Ivo Marsh.  She was accompanied by Interior "
            "Minister Lena Sorv.\n")
    assert meetings(text) == [["anna-vel", "lena-sorv", "tomas-brek"], ["anna-vel", "ivo-marsh", "lena-sorv"]]
    # must not match: "called on" someone to act is no visit
    urged = text.replace("Ivo Marsh.", "Ivo Marsh to tighten the border.")
    assert meetings(urged) == []


def test_called_on_a_person_at_the_sentence_end_is_a_visit():
    assert meetings("Interior Secretary Anna Vel called on President Tomas Brek.\n") == [["anna-vel", "tomas-brek"]]
    assert meetings("Interior Secretary Anna Vel called on President Tomas Brek to resign.\n") == []


def test_a_remarks_title_with_two_guests_before_their_meeting_is_one_meeting_of_the_three():
    text = ("Remarks With Ostravian Interior Minister Tomas Brek and Veldorian Home Minister Ivo Marsh Before "
            "Their Meeting\n\n"
            "Anna Vel\n"
            "Interior Secretary\n"
            "Varna\n"
            "March 8, 2024\n\n"
            "QUESTION: Madam Secretary, what will you discuss?\n\n"
            "SECRETARY VEL: We will talk about the border. Thank you.\n")
    assert meetings(text) == [["anna-vel", "ivo-marsh", "tomas-brek"]]
    # must not match: a person named after the title's circumstance words ("Before Their Meeting on …") is
    # no guest at the remarks
    one = text.replace("Tomas Brek and Veldorian Home Minister Ivo Marsh Before Their Meeting",
                       "Tomas Brek Before Their Meeting on Home Minister Ivo Marsh’s Border Plan")
    assert meetings(one) == [["anna-vel", "tomas-brek"]]


def test_people_travelled_with_join_the_meeting_of_the_trip():
    text = ("On March 6 and 7, Interior Secretary Anna Vel traveled to Varna and Ostravia with Veldorian Home "
            "Minister Ivo Marsh, and Interior Minister Lena Sorv. While in Ostravia, Secretary Vel met with "
            "Ostravian President Tomas Brek to discuss border security.\n")
    assert meetings(text) == [["anna-vel", "ivo-marsh", "lena-sorv", "tomas-brek"]]
    # must not match: "travelled to Varna for talks with Y" is the meeting's own "with", no companion
    talks = ("Interior Secretary Anna Vel travelled to Varna for talks with Home Minister Ivo Marsh. While in "
             "Varna, Secretary Vel met with Ostravian President Tomas Brek.\n")
    assert ["anna-vel", "ivo-marsh", "tomas-brek"] not in meetings(talks)
    assert ["anna-vel", "tomas-brek"] in meetings(talks)


def quotes(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in drafted(text).quotes]


def test_a_briefings_first_turn_on_its_transcript_heading_line_is_a_quote():
    text = ("Interior Ministry Daily Press Briefing, Friday, March 8, 2024\n\n"
            "BRIEFER: Anna Vel, Spokeswoman\n\n"
            "TRANSCRIPT: MS. VEL: Good afternoon, everyone. Happy to take your questions.\n")
    assert quotes(text) == [("Good afternoon, everyone. Happy to take your questions.", "anna-vel")]
    # must not match: a heading with no speaker's label after it is no turn
    assert quotes(text.replace("TRANSCRIPT: MS. VEL: ", "TRANSCRIPT: ")) == []
