"""Texts that report many meetings: earlier meetings recalled, lists of places, trip diaries,
captions, possessive visits, and the people a clause leaves implicit (one test per class).

Invented people of invented states, written the way published readouts, transcripts and blogs
write them; each test checks the meetings a reviewer sees, with the rule and the words behind them.
"""

from __future__ import annotations

import datetime as dt

from diplo_gui.core.drafting import draft_article
from diplo_gui.core.model import Dataset, Person, Status

PUBLISHED = dt.date(2024, 3, 8)  # a Friday

PEOPLE = {
    "lena-ortiz": Person("lena-ortiz", "Lena Ortiz", role="Foreign Minister of Veldoria"),
    "tomas-brek": Person("tomas-brek", "Tomas Brek", role="President of Ostravia"),
    "aurel-vance": Person("aurel-vance", "Aurel Vance", role="Defence Minister"),
    "marc-dupont": Person("marc-dupont", "Marc Dupont", role="Secretary of State"),
    "dana-white": Person("dana-white", "Dana White", role="Spokesperson"),
}
KNOWN = Dataset.build(PEOPLE, {}, [])


def draft(text: str):  # type: ignore[no-untyped-def]
    return draft_article(text, PUBLISHED, KNOWN)


def people(text: str) -> list[list[str]]:
    return [[p.person for p in m.participants] for m in draft(text).meetings]


def test_an_earlier_meeting_recalled_stays_a_meeting_of_its_own_with_its_own_date_and_place():
    d = draft("Lena Ortiz met Tomas Brek in Geneva on Thursday. The two met in Oslo last month.")
    now, before = d.meetings
    assert [p.person for p in before.participants] == ["lena-ortiz", "tomas-brek"]
    assert before.recalled.text(d.article) == "last month" and now.recalled is None
    assert (str(before.date.date), before.place.city.value) == ("2024-02", "Oslo")
    assert (str(now.date.date), now.place.city.value) == ("2024-03-07", "Geneva")


def test_their_meeting_in_an_earlier_month_is_the_two_people_named_last():
    d = draft("Lena Ortiz met Tomas Brek in Geneva on Thursday. They said that the result of their meeting in "
              "January was good.")
    assert [[p.person for p in m.participants] for m in d.meetings] == [["lena-ortiz", "tomas-brek"]] * 2
    assert d.meetings[1].rule == "their meeting" and str(d.meetings[1].date.date) == "2024-01"


def test_a_meeting_reported_twice_is_still_one_meeting():
    assert people("Lena Ortiz met Tomas Brek on Thursday. The two leaders met for an hour.") == [
        ["lena-ortiz", "tomas-brek"]]


def test_we_met_in_a_list_of_places_in_a_transcript_of_two_is_one_earlier_meeting_per_place():
    d = draft("FOREIGN MINISTER ORTIZ: Welcome back. We met in Oslo, Paris and Geneva, and now here.\n\n"
              "PRESIDENT BREK: Thank you.\n")
    recalled = [m for m in d.meetings if m.recalled is not None]
    assert [m.place.city.value for m in recalled] == ["Oslo", "Paris", "Geneva"]
    assert {tuple(sorted(p.person for p in m.participants)) for m in d.meetings} == {("lena-ortiz", "tomas-brek")}
    assert len(d.meetings) == 4  # and the meeting the transcript records
    assert recalled[0].rule == "we met in PLACE (the two speakers of a transcript)"


def test_a_group_subject_is_the_two_people_named_before_it():
    assert people("Lena Ortiz met Tomas Brek on Thursday. The officials also welcomed the Trilateral Meeting "
                  "with Aurel Vance on Friday.")[1] == ["lena-ortiz", "tomas-brek", "aurel-vance"]


def test_a_clause_with_no_subject_of_its_own_takes_the_sentences():
    assert people("Lena Ortiz left Geneva on Thursday after talks with Tomas Brek.") == [["lena-ortiz", "tomas-brek"]]


def test_she_after_that_is_the_one_person_named_before_it():
    d = draft("Lena Ortiz announced on Thursday that she would hold a meeting with Tomas Brek.")
    [meeting] = d.meetings
    assert [p.person for p in meeting.participants] == ["lena-ortiz", "tomas-brek"]
    assert meeting.participants[0].span.text(d.article) == "she" and meeting.status is Status.PLANNED


def test_in_a_trip_diary_we_are_the_author_and_the_person_they_travel_with():
    d = draft("Wheels Up\n\nAbout the Author: Lena Ortiz serves as Foreign Minister.\n\n"
              "I am with President Tomas Brek on the way to Oslo. We'll meet with Aurel Vance there.\n")
    [meeting] = d.meetings
    assert [p.person for p in meeting.participants] == ["lena-ortiz", "tomas-brek", "aurel-vance"]
    assert [p.span.text(d.article) for p in meeting.participants][:2] == ["We", "We"]


def test_without_an_author_line_we_names_no_one():
    # the side "we" stand for is named by no one: the meeting holds the person met alone
    assert people("I am with President Tomas Brek on the way to Oslo. We'll meet with Aurel Vance there.") == [
        ["aurel-vance"]]


def test_a_short_form_of_a_given_name_finds_the_one_known_person_of_that_family_name():
    assert people("Secretary of State Marcus R. Dupont met Lena Ortiz on Thursday.") == [["marc-dupont", "lena-ortiz"]]


def test_a_surname_that_starts_a_capitalised_run_is_no_one_without_a_title_or_an_earlier_mention():
    d = draft("Lena Ortiz met Tomas Brek at the White House on Thursday.")
    assert people(d.article) == [["lena-ortiz", "tomas-brek"]]
    assert "dana-white" not in {m.person_id for m in d.mentions}
    assert "dana-white" in {m.person_id for m in draft("Spokesperson White Said More on Thursday.").mentions}


def test_a_possessive_visit_is_the_visit_of_whom_it_stands_for():
    d = draft("Lena Ortiz spoke with Tomas Brek on Thursday.\n\nOrtiz briefed him on her recent visit to Paris.")
    call, visit = d.meetings
    assert [p.person for p in visit.participants] == ["lena-ortiz"] and visit.rule == "his visit to PLACE"
    assert visit.place.city.value == "Paris" and visit.recalled is not None


def test_a_visit_during_which_the_text_reports_a_meeting_is_that_meeting():
    assert people("Lena Ortiz hosted Tomas Brek on his first visit to Veldoria on Thursday.") == [
        ["lena-ortiz", "tomas-brek"]]


def test_a_caption_with_two_people_is_their_meeting():
    d = draft("Foreign Minister Lena Ortiz with President Tomas Brek\n\nThe talks covered trade.\n")
    [meeting] = d.meetings
    assert [p.person for p in meeting.participants] == ["lena-ortiz", "tomas-brek"]
    assert meeting.rule == "a caption or title line: X with Y" and meeting.trigger.text(d.article) == "with"
    assert people("Lena Ortiz with members of the press\n") == []


def test_a_tour_guided_by_people_is_a_meeting_with_them():
    assert people("Lena Ortiz began with a tour of the old town, guided by Tomas Brek and Aurel Vance.") == [
        ["lena-ortiz", "tomas-brek", "aurel-vance"]]


def test_a_day_and_month_without_a_year_are_of_the_publication_year():
    [meeting] = draft("On March 5, Lena Ortiz met Tomas Brek in Geneva.").meetings
    assert str(meeting.date.date) == "2024-03-05"


def test_preparing_to_travel_is_a_planned_visit():
    [visit] = draft("Lena Ortiz prepares to travel to Paris in the week ahead.").meetings
    assert (visit.status, visit.place.city.value) == (Status.PLANNED, "Paris")


def test_a_bare_q_line_ends_a_transcript_turn():
    d = draft("FOREIGN MINISTER ORTIZ: We agree.\n\nQ (Cross-talk.)\n\nPRESIDENT BREK: Thanks, everybody.\n")
    assert [(q.text, q.speaker) for q in d.quotes] == [("We agree.", "lena-ortiz"), ("Thanks, everybody.", "tomas-brek")]


def test_a_past_conditional_is_not_the_future():
    [visit] = draft("On Sunday night, Lena Ortiz arrived in Paris, and we could not have been more pleased.").meetings
    assert str(visit.date.date) == "2024-03-03" and visit.status is Status.HELD
