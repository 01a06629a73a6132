"""Third round of real-text classes: one-turn transcripts labelled "NAME, OFFICE:", meetings told in a
speaker's own words ("I had a bilateral meeting with", "X and I had a lot to talk about", "we’ll see
each other"), the passive after "to be", plural meetings in a place with a list cut by long titles, "met
with A at X and with B", a list that ends at a new predicate, trip stops, "the Veldorian Foreign
Minister", "they" after "A and B", seeing each other at a summit, remarks titles, and a quoted phrase
closing someone's reported speech (one test per class, each with a case that must not match).

Invented people of invented states, written the way published transcripts, readouts and travel notes
write them; each test checks what a reviewer sees: the participants, the speaker and the words behind it.
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
    "greta-holm": Person("greta-holm", "Greta Holm", role="Prime Minister of Marenland"),
    "ivo-sand": Person("ivo-sand", "Ivo Sand", role="Foreign Minister of Ostravia"),
    "nadia-rell": Person("nadia-rell", "Nadia Rell", role="Chief of Staff"),
}
KNOWN = Dataset.build(PEOPLE, {}, [])


def draft(text: str):  # type: ignore[no-untyped-def]
    return draft_article(text, PUBLISHED, KNOWN)


def meetings(text: str) -> list[list[str]]:
    return [[p.person for p in m.participants] for m in draft(text).meetings]


def test_a_one_turn_transcript_labelled_name_and_office_in_capitals_is_the_speakers_words_and_meetings():
    text = ("Doorstop – Varna\n"
            "GRETA HOLM, PRIME MINISTER: I have just come from the opening session. I was able to have a bilateral "
            "meeting with Foreign Minister Lena Ortiz this morning, after which, I had a bilateral meeting with "
            "the President of Ostravia, Tomas Brek, as well.\n")
    d = draft(text)
    assert [(q.speaker, q.rule) for q in d.quotes] == [("greta-holm", "transcript turn “NAME: …”")]
    assert d.quotes[0].text.startswith("I have just come from the opening session.")
    assert [[p.person for p in m.participants] for m in d.meetings] == [["greta-holm", "lena-ortiz"],
                                                                         ["greta-holm", "tomas-brek"]]
    # a name with its office in ordinary case, once, in prose: no transcript
    prose = "Greta Holm, Prime Minister: the visit went well and the talks will go on next week in Varna."
    assert draft(prose).quotes == ()


def test_what_a_speaker_tells_in_the_first_person_is_a_meeting_of_the_speaker():
    d = draft("GRETA HOLM, PRIME MINISTER: It was great to be welcomed by President Tomas Brek, our third "
              "meeting. Lena Ortiz and I had a lot to talk about today as well. But then we’ll see each other "
              "again in Varna next month.\n")
    found = [[p.person for p in m.participants] for m in d.meetings]
    assert ["greta-holm", "tomas-brek"] in found
    assert ["lena-ortiz", "greta-holm"] in found
    rules = {m.rule for m in d.meetings}
    assert {"X was received by Y", "X and Y met"} <= rules
    # nobody named with "we", and a crowd is no one: no meeting
    assert meetings("GRETA HOLM, PRIME MINISTER: It was great to be welcomed by the crowd in the square. We had "
                    "a lot to talk about with the people of the town today, all of them.\n") == []


def test_plural_meetings_in_a_place_with_a_list_of_long_titles_are_one_meeting_each():
    found = meetings("Foreign Minister Lena Ortiz will travel home later today, following two days of high-level "
                     "meetings in Varna with President Tomas Brek, Chief of Staff to the President Nadia Rell and "
                     "Foreign Minister of Ostravia Ivo Sand.")
    assert found == [["lena-ortiz", "tomas-brek"], ["lena-ortiz", "nadia-rell"], ["lena-ortiz", "ivo-sand"]]
    # meetings with no one named: none
    assert meetings("Lena Ortiz held two days of meetings in Varna with officials of the ministry.") == []


def test_a_second_with_after_a_place_is_a_second_meeting_and_a_new_predicate_ends_the_list():
    assert meetings("In Ostravia, Lena Ortiz met with President Tomas Brek at the Blue Palace and with Foreign "
                    "Minister Ivo Sand to discuss trade.") == [["lena-ortiz", "tomas-brek"], ["lena-ortiz", "ivo-sand"]]
    # "and" with a noun goes on with the list; "and participated" starts a new predicate
    assert meetings("Lena Ortiz met with President Tomas Brek and civil society leaders in Varna.") == [
        ["lena-ortiz", "tomas-brek"]]
    assert meetings("Lena Ortiz met with European officials and participated with Defence Minister Aurel Vance "
                    "in a joint ministerial.") == []


def test_a_trip_over_several_places_frames_the_meetings_held_during_it():
    text = ("Foreign Minister Lena Ortiz will travel to Ostravia, Marenland, and Kelvar March 10-15. "
            "In Varna, Ostravia (March 11), Minister Ortiz will meet with President Tomas Brek.")
    assert meetings(text) == [["lena-ortiz", "tomas-brek"]]
    # a trip whose places hold none of the meetings reported stays a visit
    other = ("On her tour, Lena Ortiz visited Israel, Jordan and Egypt. Ortiz is meeting with President Tomas "
             "Brek in Kuwait City on Friday.")
    assert ["lena-ortiz"] in meetings(other)


def test_a_country_adjective_before_a_title_is_the_one_person_of_that_country_with_it():
    text = ("We heard from Foreign Minister Lena Ortiz and Foreign Minister Ivo Sand. Later, President Tomas Brek "
            "had a bilateral meeting with the Veldorian Foreign Minister.")
    assert ["tomas-brek", "lena-ortiz"] in meetings(text)
    # a country no one named with that title holds: no one (not Ortiz); the meeting is Brek's with a side
    # given only as an office
    assert meetings("We heard from Foreign Minister Lena Ortiz. Later, President Tomas Brek had a bilateral "
                    "meeting with the Kelvarian Foreign Minister.") == [["tomas-brek"]]


def test_they_after_a_and_b_are_those_two_and_seeing_each_other_at_a_summit_is_no_meeting():
    assert meetings("A visit has long been planned, with the Prime Minister and President Tomas Brek discussing "
                    "it when they met in Varna in September.") == [["tomas-brek"]]
    assert meetings("Greta Holm welcomed Tomas Brek to Varna. The leaders looked forward to seeing each other "
                    "at the G20 later this month.") == [["greta-holm", "tomas-brek"]]
    assert len(meetings("Greta Holm welcomed Tomas Brek to Varna. The leaders looked forward to seeing each other "
                        "in Marenland next month.")) == 2


def test_a_remarks_title_names_the_meeting_of_the_speaker_and_the_guest():
    d = draft("Remarks by President Tomas Brek at the joint press point with Greta Holm, Prime Minister of "
              "Marenland\n\nGood morning. It is a pleasure to have the Prime Minister here today.\n")
    assert [([p.person for p in m.participants], m.rule) for m in d.meetings] == [
        (["tomas-brek", "greta-holm"], "a remarks title: remarks by X … with Y")]
    assert meetings("Remarks by President Tomas Brek on the budget\n\nGood morning. The budget is balanced.\n") == []


def test_a_short_quoted_phrase_closing_reported_speech_is_the_speakers_words_a_term_otherwise():
    d = draft('The talks covered the floods, which President Tomas Brek said were made worse by an '
              '"illegitimate regime".')
    assert [(q.text, q.speaker) for q in d.quotes] == [("illegitimate regime", "tomas-brek")]
    d = draft("President Tomas Brek said he was glad to have the “shuttle diplomacy” resume in earnest.")
    assert d.quotes == ()


def test_a_host_after_as_the_guest_of_and_a_call_on_the_margins_of_a_summit():
    d = draft("In Veldoria, Tomas Brek will visit the capital as the guest of Foreign Minister Lena Ortiz, Sand said.")
    assert [([p.person for p in m.participants], m.rule) for m in d.meetings] == [
        (["tomas-brek", "lena-ortiz"], "X was the guest of Y")]  # the attribution after the list is no one met
    assert meetings("President Tomas Brek spoke today on the margins of the Varna Summit with Prime Minister Greta "
                    "Holm of Marenland.") == [["tomas-brek", "greta-holm"]]
    # "as a guest" of nobody named, and "spoke on the margins" with no one: nothing
    assert meetings("Tomas Brek attended as the guest of the organisers. He spoke on the margins of the summit.") == []


def test_their_meeting_in_another_month_is_an_earlier_meeting_with_its_own_place():
    d = draft("Lena Ortiz met Tomas Brek in Varna today. They highlighted progress made since their January "
              "meeting in Kelvar.")
    assert len(d.meetings) == 2
    assert d.meetings[1].recalled is not None
    # a meeting "in March" written in March is the one of the text, not an earlier one
    d = draft("Lena Ortiz met Tomas Brek in Varna. Their March meeting covered trade.")
    assert all(m.recalled is None for m in d.meetings)
