"""Tenth round of real-text classes, chosen to be structural rather than one phrasing each: a meeting
told as an adverbial of the sentence ("A and B discussed … during a meeting"), a meeting noun with a
relative clause before "between", the speaker's own welcome of a guest in a transcript, "you" in a
two-speaker transcript standing for the other speaker, and a fallback for a text whose rules found no
meeting: its lead sentence's people. Each test has a case that must not match.

Invented people of invented states, written the way published readouts, transcripts and news reports
write them; each test checks what a reviewer sees: the meetings and their participants.
"""

from __future__ import annotations

from drafting_cast import PUBLISHED, drafted, meetings  # tests/core is on sys.path (no packages in tests/)

from diplo_gui.core.drafting import draft_article
from diplo_gui.core.model import Dataset


def statuses(text: str) -> list[str]:
    return [m.status.value for m in drafted(text).meetings]


def rules(text: str) -> list[str]:
    return [m.rule for m in drafted(text).meetings]


def test_a_meeting_told_as_an_adverbial_is_the_meeting_of_the_people_named_before_it():
    text = ("Defence Minister Lena Ortiz and President Tomas Brek discussed the border, the fisheries talks and "
            "the coming elections in Marenland during a meeting at the palace today.")
    assert meetings(text) == [["lena-ortiz", "tomas-brek"]]
    assert rules(text) == ["X and Y did Z during a meeting"]
    call = "Defence Minister Lena Ortiz thanked President Tomas Brek for his support in a telephone call on Monday."
    assert meetings(call) == [["lena-ortiz", "tomas-brek"]]
    # must not match: one person named before it (the other side is not in the sentence)
    assert meetings("Defence Minister Lena Ortiz discussed the border during a meeting at the palace today.") == []
    # nor a meeting of some other body ("of"), which is an occasion, not who met
    assert meetings("Lena Ortiz and Tomas Brek spoke to reporters after a meeting of the Security Council.") == []


def test_a_relative_clause_may_stand_between_the_meeting_noun_and_between():
    text = ("The two leaders looked forward to the summit which will take place between President Tomas Brek "
            "and President Anna Maria Vel in Geneva.")
    assert meetings(text) == [["anna-vel", "tomas-brek"]]
    assert statuses(text) == ["planned"]  # "will take place"
    held = "They recalled the talks that were held between President Tomas Brek and President Anna Maria Vel."
    assert meetings(held) == [["anna-vel", "tomas-brek"]]
    # must not match: the relative clause names a place, not two sides
    assert meetings("The two leaders looked forward to the summit which will take place in Geneva.") == []


def test_the_speakers_own_welcome_of_a_guest_is_their_meeting():
    text = ("Press conference\n\n"
            "LENA ORTIZ, DEFENCE MINISTER OF VELDORIA: Good afternoon. I'm delighted to be able to return that "
            "hospitality and welcome my friend, President Tomas Brek, back to Veldoria once again.\n\n"
            "QUESTION: Minister, a question on the treaty?\n")
    assert meetings(text) == [["lena-ortiz", "tomas-brek"]]
    host = ("LENA ORTIZ, DEFENCE MINISTER OF VELDORIA: We were able to sign the treaty and host President Tomas "
            "Brek here today.\n\nQUESTION: Minister?\n")
    assert meetings(host) == [["lena-ortiz", "tomas-brek"]]
    # must not match: a welcome of a thing, not of someone
    thing = ("LENA ORTIZ, DEFENCE MINISTER OF VELDORIA: I'm delighted to be able to return to the talks and "
             "welcome the progress made.\n\nQUESTION: Minister?\n")
    assert meetings(thing) == []


def test_you_in_a_turn_is_the_other_speaker_of_a_two_speaker_transcript():
    text = ("Tomas Brek: Ms Vel, esteemed colleagues. I know that you will talk with President Lena Ortiz "
            "tomorrow, but I am pleased that you found the time to drop by.\n\n"
            "Anna Maria Vel: Thank you, Mr Brek.\n")
    found = drafted(text).meetings
    assert sorted(p.person for p in found[-1].participants) == ["anna-vel", "lena-ortiz"]
    assert found[-1].status.value == "planned"
    # must not match: "you know" is a way of talking, not the other speaker
    aside = ("Tomas Brek: But, you know, President Lena Ortiz and Prime Minister Ivo Sand met here years ago.\n\n"
             "Anna Maria Vel: Indeed.\n")
    assert ["anna-vel", "ivo-sand", "lena-ortiz"] not in meetings(aside)


READOUT = ("Readout of Defence Minister Ortiz’s Call\n\n"
           "The below is attributable to Spokesperson Ivo Sand:\n\n"
           "Defence Minister Lena Ortiz and President Tomas Brek reaffirmed the partnership of their countries "
           "today. They agreed to keep the border open.\n")


def test_a_readout_no_rule_reads_is_the_meeting_of_the_two_people_it_names_under_a_meeting_title():
    found = drafted(READOUT).meetings
    assert [sorted(p.person for p in m.participants) for m in found] == [["lena-ortiz", "tomas-brek"]]
    assert found[0].rule == "a readout's title and its two people (no meeting read)"
    assert found[0].form == "phone"  # "Call" in the lead
    # must not match: a third person named (who met whom is no longer certain)
    third = READOUT.replace("open.", "open, as President Anna Maria Vel had asked.")
    assert meetings(third) == []
    # nor a title that speaks of no meeting, nor a text with no title
    statement = ("Statement by Defence Minister Ortiz\n\nDefence Minister Lena Ortiz and President Tomas Brek "
                 "reaffirmed the partnership of their countries today.\n")
    assert meetings(statement) == []
    assert meetings(READOUT.split("\n\n", 1)[1]) == []


def quotes(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in drafted(text).quotes]


def test_a_speaker_who_did_something_by_saying_the_quotation_is_its_speaker():
    text = ("Defence Minister Lena Ortiz started the meeting by noting that, on the border, “we have common "
            "interests as neighbours.”")
    assert quotes(text) == [("we have common interests as neighbours.", "lena-ortiz")]
    said = "President Tomas Brek closed the talks by saying “We will meet again in the spring.”"
    assert quotes(said) == [("We will meet again in the spring.", "tomas-brek")]
    # must not match: "by" with a deed, not words; the quoted words are the name of a thing
    assert quotes("Defence Minister Lena Ortiz started the meeting by signing the “Border Accord”.") == []


def forms(text: str) -> list[str]:
    return [m.form for m in drafted(text).meetings]


def test_a_call_in_the_title_is_the_form_of_the_meeting_its_body_tells_with_spoke():
    text = "PM call with President Brek: 8 March 2024\n\nPrime Minister Ivo Sand spoke to President Tomas Brek today.\n"
    assert forms(text) == ["phone"]
    assert drafted(text).meetings[0].rule.endswith("(a call, as the title says)")
    # must not match: a meeting told with "met" is in person whatever the title; no call in the title
    assert forms(text.replace("spoke to", "met")) == ["in-person"]
    assert forms(text.replace("PM call with", "PM meeting with")) == ["in-person"]


def test_a_courtesy_call_and_a_call_on_someone_are_in_person():
    text = "Foreign Minister Lena Ortiz received a courtesy call from President Tomas Brek in Rell today."
    assert forms(text) == ["in-person"]
    assert forms("Prime Minister Ivo Sand paid a courtesy call on President Tomas Brek in Rell today.") == ["in-person"]
    # must not match: a call from someone is a call
    assert forms("Foreign Minister Lena Ortiz received a call from President Tomas Brek today.") == ["phone"]


def test_a_quotation_a_speaker_says_is_someone_elses_is_that_persons_quote():
    turn = ("LENA ORTIZ, DEFENCE MINISTER OF VELDORIA: Good afternoon. Years ago, President Tomas Brek hailed the "
            "treaty as, to quote him, \"an idea whose time had come.\" Today we sign it.\n\nQUESTION: Minister?\n")
    assert ("an idea whose time had come.", "tomas-brek") in quotes(turn)
    words = turn.replace("as, to quote him,", "as, in the words of President Anna Maria Vel,")
    assert ("an idea whose time had come.", "anna-vel") in quotes(words)
    # must not match: quotation marks in a turn with no one said to be quoted are the speaker's own words
    own = turn.replace("as, to quote him,", "as")
    assert [speaker for _, speaker in quotes(own)] == ["lena-ortiz"]


def test_people_present_join_the_meeting_told_before_also_without_also_and_after_and():
    text = ("President Tomas Brek met this evening with Prime Minister Ivo Sand. The Foreign Minister and the "
            "Defence Adviser were present, and Mrs. Lena Ortiz from the Prime Minister's office.")
    assert meetings(text) == [["ivo-sand", "lena-ortiz", "tomas-brek"]]
    plain = ("President Tomas Brek met this evening with Prime Minister Ivo Sand. Defence Minister Lena Ortiz was "
             "present.")
    assert meetings(plain) == [["ivo-sand", "lena-ortiz", "tomas-brek"]]
    # must not match: someone present somewhere else, with no meeting told in the sentences before
    alone = "Defence Minister Lena Ortiz was present at the parade."
    assert meetings(alone) == []


def test_a_word_of_time_before_a_title_and_a_capitalised_title_set_off_by_commas_introduce_people():
    unknown = Dataset()  # new people: the title is what makes them people
    text = "Foreign Minister Lena Ortiz met former Presidents Pavel Rusk and Oren Mald in Rell on Monday."
    found = draft_article(text, PUBLISHED, unknown).meetings
    assert [sorted(p.person for p in m.participants) for m in found] == [["lena-ortiz", "oren-mald", "pavel-rusk"]]
    apposed = "Foreign Minister Lena Ortiz received the former President, Pavel Rusk, in Rell."
    found = draft_article(apposed, PUBLISHED, unknown).meetings
    assert [sorted(p.person for p in m.participants) for m in found] == [["lena-ortiz", "pavel-rusk"]]
    # must not match: an office's name after a title and a comma is no one ("Director of Operations, Joint Staff")
    office = ("Foreign Minister Lena Ortiz was accompanied by General Pavel Rusk, Director of Operations, Joint "
              "Staff, in Rell.")
    assert "joint-staff" not in {m.person_id for m in draft_article(office, PUBLISHED, unknown).mentions}
    # nor a lower-case word of time before a common noun
    assert draft_article("The Minister met former colleagues in Rell.", PUBLISHED, unknown).meetings == ()
