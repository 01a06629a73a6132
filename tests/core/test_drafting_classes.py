"""The classes of phrasing real readouts, releases, transcripts and reports use, one test each.

Invented people of invented states, written the way published texts write them (the real
corpus in tests/data/drafting/real is what benchmarks/draft_eval.py measures); each test
checks a value and the span and rule it was read from, as a reviewer sees them.
"""

from __future__ import annotations

import datetime as dt

from diplo_gui.core.drafting import draft_article, to_yaml
from diplo_gui.core.model import Dataset, Meeting, PartialDate, Participant, Person, Source

PUBLISHED = dt.date(2024, 3, 8)  # a Friday

PEOPLE = {
    "lena-ortiz": Person("lena-ortiz", "Lena Ortiz", role="Foreign Minister of Veldoria"),
    "tomas-brek": Person("tomas-brek", "Tomas Brek", role="President of Ostravia"),
    "aurel-vance": Person("aurel-vance", "Aurel Vance", role="Defence Minister"),
    "ines-van-der-berg": Person("ines-van-der-berg", "Ines van der Berg", role="President of the Northern Compact"),
    "kato-hiroshi": Person("kato-hiroshi", "KATO Hiroshi", country="JP", role="Minister for Foreign Affairs"),
    "marc-dupont": Person("marc-dupont", "Marc Dupont", role="Secretary of State"),
}
KNOWN = Dataset.build(PEOPLE, {}, [])


def draft(text: str, dataset: Dataset = KNOWN):  # type: ignore[no-untyped-def]
    return draft_article(text, PUBLISHED, dataset)


def meetings(text: str, dataset: Dataset = KNOWN) -> list[list[str]]:
    return [[p.person for p in m.participants] for m in draft(text, dataset).meetings]


def said(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in draft(text).quotes]


# -- names ------------------------------------------------------------------------------------

def test_a_middle_initial_and_a_suffix_stay_in_the_name_and_find_the_known_person():
    d = draft("Secretary of State Marc J. Dupont III met with Lena Ortiz in Geneva today.")
    [meeting] = d.meetings
    assert [p.person for p in meeting.participants] == ["marc-dupont", "lena-ortiz"]
    assert meeting.participants[0].span.text(d.article) == "Marc J. Dupont III"


def test_a_new_person_with_an_initial_is_proposed_without_it_in_the_id():
    d = draft("Defense Secretary Paul R. Harlan Jr. met with Lena Ortiz on Thursday.")
    [person] = d.people
    assert (person.id, person.name, person.role) == ("paul-harlan", "Paul R. Harlan Jr.", "Defense Secretary")


def test_particles_stay_inside_a_name():
    d = draft("Lena Ortiz met President Ines van der Berg on Thursday. Van der Berg was pleased.")
    assert meetings(d.article) == [["lena-ortiz", "ines-van-der-berg"]]
    d = draft("Lena Ortiz met with President Luis da Costa on Thursday.")
    assert [(p.id, p.name) for p in d.people] == [("luis-da-costa", "Luis da Costa")]


def test_a_family_name_in_capitals_is_the_same_person_in_any_order():
    assert meetings("Lena Ortiz held talks with Minister for Foreign Affairs Hiroshi KATO in Tokyo.") == [
        ["lena-ortiz", "kato-hiroshi"]]
    # ... and "Minister Kato" is him afterwards
    d = draft("KATO Hiroshi met with Lena Ortiz. “We agree,” Minister Kato said.")
    assert [(q.text, q.speaker) for q in d.quotes] == [("We agree", "kato-hiroshi")]


def test_a_name_followed_by_its_role_is_proposed_with_that_role():
    d = draft("Jonas Eberl, the Ostravian prime minister, met Lena Ortiz on Thursday.")
    assert [(p.id, p.role) for p in d.people] == [("jonas-eberl", "Ostravian Prime Minister")]
    assert [[p.person for p in m.participants] for m in d.meetings] == [["jonas-eberl", "lena-ortiz"]]


# -- titles -----------------------------------------------------------------------------------

def test_a_country_or_an_organisation_before_a_title_is_not_part_of_the_name():
    d = draft("Ostravia Defense Minister Karel Novak met with Pentagon Press Secretary Dana Reyes on Thursday.")
    assert [(p.name, p.role) for p in d.people] == [("Karel Novak", "Defense Minister"),
                                                     ("Dana Reyes", "Press Secretary")]


def test_a_long_of_title_ends_before_the_name():
    d = draft("Lena Ortiz spoke with President of the Republic of Marenland Pavel Dravik today.")
    assert [p.name for p in d.people] == ["Pavel Dravik"]
    assert d.people[0].role == "President of the Republic of Marenland"


def test_a_plural_title_gives_each_name_its_role():
    d = draft("Former Presidents Ana Kovac and Jonas Eberl met in Geneva on Thursday.")
    assert [(p.name, p.role) for p in d.people] == [("Ana Kovac", "President"), ("Jonas Eberl", "President")]
    assert meetings(d.article) == [["ana-kovac", "jonas-eberl"]]


def test_possessives_and_title_fragments_are_never_proposed_as_people():
    d = draft("Secretary Dupont’s Call with Foreign Minister Lena Ortiz\n\n"
              "The Secretary’s office said the Presidential Representative attended.")
    assert d.people == ()
    assert meetings(d.article) == [["marc-dupont", "lena-ortiz"]]


def test_a_surname_that_is_also_a_city_is_a_name_beside_a_title():
    d = draft("Lena Ortiz met with Deputy Minister Anna Austin in Geneva. Minister Austin agreed.")
    assert [p.name for p in d.people] == ["Anna Austin"]
    assert meetings(d.article) == [["lena-ortiz", "anna-austin"]]


# -- speakers ---------------------------------------------------------------------------------

def test_a_title_is_resolved_to_the_one_person_the_text_names_with_it():
    text = ("Secretary of State Marc Dupont spoke today with Foreign Minister Lena Ortiz. "
            "The Secretary welcomed the agreement. “It holds,” the Secretary said.")
    d = draft(text)
    assert [(q.text, q.speaker) for q in d.quotes] == [("It holds", "marc-dupont")]
    assert d.quotes[0].speaker_span.text(text) == "Secretary"


def test_a_title_no_one_in_the_text_bears_is_resolved_from_the_data_on_that_date_or_left_unattributed():
    text = "“We will continue,” the Defence Minister said after the talks."
    assert said(text) == [("We will continue", None)]
    held = Meeting("m", "Talks", PartialDate(2024, 3, 1), participants=(
        Participant(PEOPLE["aurel-vance"], role="Defence Minister"), Participant(PEOPLE["lena-ortiz"])))
    with_meetings = Dataset.build(PEOPLE, {}, [held])
    assert [(q.text, q.speaker) for q in draft(text, with_meetings).quotes] == [("We will continue", "aurel-vance")]
    long_ago = Dataset.build(PEOPLE, {}, [Meeting("m", "Talks", PartialDate(2020, 3, 1), participants=held.participants)])
    assert [(q.text, q.speaker) for q in draft(text, long_ago).quotes] == [("We will continue", None)]


def test_she_said_is_whom_the_sentence_before_was_about():
    text = ("During her visit to Geneva, Lena Ortiz met Tomas Brek and Aurel Vance. "
            "She said, “We have work to do.”")
    assert said(text) == [("We have work to do.", "lena-ortiz")]


def test_a_speaker_before_a_colon_and_the_quotation_in_the_next_paragraph():
    text = "Foreign Minister Lena Ortiz said:\n\n“We will not fill the reservoir before the autumn.”\n"
    assert said(text) == [("We will not fill the reservoir before the autumn.", "lena-ortiz")]


def test_a_quotation_over_several_paragraphs_is_one_quote():
    text = ("Lena Ortiz said:\n\n“The first paragraph ends here.\n\n“The second one goes on.\n\n"
            "“And the last one closes,” she added.\n")
    [quote] = draft(text).quotes
    assert (quote.text, quote.speaker, len(quote.parts)) == (
        "The first paragraph ends here. The second one goes on. And the last one closes", "lena-ortiz", 3)


def test_a_block_statement_without_marks_runs_until_the_narration_resumes():
    text = ("Defence Minister Aurel Vance said:\n\nOur two nations stand together.\n\nWe will keep it so.\n\n"
            "The Defence Minister also met veterans.\n")
    assert said(text) == [("Our two nations stand together. We will keep it so.", "aurel-vance")]


def test_a_transcript_gives_each_turn_to_its_speaker_and_no_turn_to_a_questioner():
    text = ("SECRETARY DUPONT: Good morning. We had an excellent meeting.\n\n"
            "QUESTION: Did you discuss the dam?\n\n"
            "FOREIGN MINISTER ORTIZ: We did. “Progress,” as we say.\n\n"
            "SECRETARY DUPONT: Thank you.\n")
    assert said(text) == [("Good morning. We had an excellent meeting.", "marc-dupont"),
                          ("We did. “Progress,” as we say.", "lena-ortiz"), ("Thank you.", "marc-dupont")]
    # two people taking turns are together: a meeting
    assert meetings(text) == [["marc-dupont", "lena-ortiz"]]


# -- meetings ---------------------------------------------------------------------------------

def test_phone_and_video_calls_have_their_form():
    d = draft("Lena Ortiz spoke by phone today with Tomas Brek. "
              "On Monday, Aurel Vance held a video conference with Ines van der Berg.")
    assert [(m.form, m.form_span.text(d.article)) for m in d.meetings] == [("phone", "phone"),
                                                                          ("video", "video conference")]
    yaml_text = to_yaml(d, Source("Readout"))
    assert "    form: phone  # chars" in yaml_text and "    form: video  # chars" in yaml_text
    assert draft("Lena Ortiz met Tomas Brek on Thursday.").meetings[0].form == "in-person"


def test_the_passive_and_the_future():
    d = draft("Lena Ortiz will be welcomed by Tomas Brek in Geneva next week.")
    [meeting] = d.meetings
    assert [p.person for p in meeting.participants] == ["lena-ortiz", "tomas-brek"]
    assert meeting.status.value == "planned"


def test_a_meeting_as_a_noun_phrase_and_a_second_one_with_as_well_as():
    text = ("Meeting with Foreign Minister Lena Ortiz, Aurel Vance discussed the dam. "
            "Aurel Vance later met Tomas Brek, as well as with President Ines van der Berg.")
    assert meetings(text) == [["lena-ortiz", "aurel-vance"], ["aurel-vance", "tomas-brek"],
                              ["aurel-vance", "ines-van-der-berg"]]


def test_a_bulleted_list_of_meetings():
    text = "Aurel Vance met:\n- Foreign Minister Lena Ortiz\n- President Tomas Brek\n"
    d = draft(text)
    assert [[p.person for p in m.participants] for m in d.meetings] == [["aurel-vance", "lena-ortiz"],
                                                                        ["aurel-vance", "tomas-brek"]]
    assert {m.rule for m in d.meetings} == {"X met: and a list"}


def test_a_group_is_a_side_and_the_named_people_are_the_participants():
    assert meetings("EU leaders met President Tomas Brek in Brussels on Thursday.") == [["tomas-brek"]]


def test_the_dateline_is_the_place_of_a_meeting_that_names_none():
    d = draft("GENEVA — Lena Ortiz met with Tomas Brek on Thursday.")
    [meeting] = d.meetings
    assert (meeting.place.city.value, meeting.place.country.value, meeting.place.city.rule) == (
        "Geneva", "CH", "the dateline")


def test_accompanied_by_adds_to_the_meeting():
    text = "Lena Ortiz met with Tomas Brek today. Ortiz was accompanied by Defence Minister Aurel Vance."
    assert meetings(text) == [["lena-ortiz", "tomas-brek", "aurel-vance"]]


def test_the_two_leaders_met_is_the_last_two_people_named():
    text = "Lena Ortiz and Tomas Brek spoke to reporters. Before that, the two leaders met for an hour."
    assert ["lena-ortiz", "tomas-brek"] in meetings(text)


def test_more_ways_to_report_a_call():
    for text, form in (("Lena Ortiz and Tomas Brek spoke by phone on Thursday.", "phone"),
                       ("Lena Ortiz received a call from Tomas Brek on Thursday.", "phone"),
                       ("A phone call between Lena Ortiz and Tomas Brek lasted an hour.", "phone"),
                       ("In a video call with Tomas Brek, Lena Ortiz raised the dam.", "video")):
        d = draft(text)
        assert [(sorted(p.person for p in m.participants), m.form) for m in d.meetings] == [
            (["lena-ortiz", "tomas-brek"], form)], text


def test_a_name_with_no_title_opening_a_sentence_before_what_people_do_is_proposed():
    d = draft("Talks resumed. Jonas Eberl met Lena Ortiz in Geneva on Thursday. The Ostravian Embassy said little.")
    assert [(p.id, p.role) for p in d.people] == [("jonas-eberl", None)]
    assert meetings(d.article) == [["jonas-eberl", "lena-ortiz"]]


def test_a_call_in_the_headline_keeps_the_meeting_a_call():
    d = draft("Secretary Dupont’s Call with Foreign Minister Lena Ortiz\n\n"
              "Secretary of State Marc Dupont spoke today with Foreign Minister Lena Ortiz.\n")
    [meeting] = d.meetings
    assert (meeting.form, meeting.form_span.text(d.article), str(meeting.date.date)) == ("phone", "Call", "2024-03-08")
