"""Eleventh round of real-text classes: a statement quoted over several paragraphs after one attribution
("…,” Mr Peters says." then paragraphs that are wholly quotations), a written message quoted after "The
message reads:", a short quoted term in a sentence, "separate meetings with A, B and C", a meeting told
twice, and the people of "our talks with …" inside a speaker's own quotation. Each test has a case that
must not match.

Invented people of invented states, written the way published releases, readouts and transcripts write
them; each test checks what a reviewer sees: the quotes with their speakers, the meetings and their people.
"""

from __future__ import annotations

from drafting_cast import drafted, meetings, quotes  # tests/core is on sys.path (no packages in tests/)


def test_a_paragraph_wholly_quoted_after_an_attributed_quote_goes_on_in_that_voice():
    text = ("Defence Minister Lena Ortiz today met President Tomas Brek in Ostrava.\n\n"
            "“Our talks were frank and useful,” Ms Ortiz says.\n\n"
            "“Veldoria will keep its word on the fisheries accord and on the border.”\n\n"
            "The two also discussed the harbour.\n\n"
            "“We will meet again before the summer.”\n")
    assert quotes(text) == [("Our talks were frank and useful", "lena-ortiz"),
                            ("Veldoria will keep its word on the fisheries accord and on the border.", "lena-ortiz"),
                            ("We will meet again before the summer.", "lena-ortiz")]
    # must not carry: someone else is named between (whose words they are is not certain)
    other = ("“Our talks were frank and useful,” Ms Ortiz says.\n\n"
             "President Tomas Brek also spoke.\n\n"
             "“Veldoria will keep its word on the fisheries accord and on the border.”\n")
    assert quotes(other)[1] == ("Veldoria will keep its word on the fisheries accord and on the border.", None)
    # nor a quotation inside a sentence of narration
    inside = ("“Our talks were frank and useful,” Ms Ortiz says.\n\n"
              "The papers called it “a new chapter for the two neighbours” on Monday.\n")
    assert ("a new chapter for the two neighbours", "lena-ortiz") not in quotes(inside)


def test_a_block_quoted_after_a_colon_with_marks_only_at_its_ends_is_one_quotation():
    text = ("President Tomas Brek said:\n\n"
            "“We have come a long way with Marenland.\n\n"
            "The harbour will open next year.\n\n"
            "I thank the people of both countries.”\n")
    assert quotes(text) == [("We have come a long way with Marenland. The harbour will open next year. "
                             "I thank the people of both countries.", "tomas-brek")]
    assert [len(q.parts) for q in drafted(text).quotes] == [3]
    # must not match: a block that never closes is no quotation
    open_block = "President Tomas Brek said:\n\n“We have come a long way.\n\nThe harbour will open next year.\n"
    assert quotes(open_block) == []
    # nor a quotation that does not open its paragraph after a colon
    assert quotes("President Tomas Brek said the talks were “long.\n\nThe harbour will open.”\n") == []


def test_the_words_of_a_message_are_its_senders():
    sent = ("President Tomas Brek sent a message of greetings to President Anna Maria Vel.\n\n"
            "The message reads, in part:\n\n“Our two nations share a long history.”\n")
    assert quotes(sent) == [("Our two nations share a long history.", "tomas-brek")]
    by = ("A letter was sent by President Anna Maria Vel to the fishermen of Ostravia.\n\n"
          "The letter says:\n\n“Your work feeds us all.”\n")
    assert quotes(by) == [("Your work feeds us all.", "anna-vel")]
    # "was sent to Y" with no agent: the text's subject sent it, not the one it was sent to
    passive = ("President Tomas Brek had a telephone conversation with President Anna Maria Vel.\n\n"
               "A message of congratulations was also sent to Anna Maria Vel.\n\n"
               "The message reads, in part:\n\n“The results of the vote reaffirm your standing.”\n")
    assert quotes(passive) == [("The results of the vote reaffirm your standing.", "tomas-brek")]
    # must not match: a message nobody is said to have sent stays unattributed
    nobody = "The message reads, in part:\n\n“Our two nations share a long history.”\n"
    assert quotes(nobody) == [("Our two nations share a long history.", None)]


def test_a_few_quoted_words_with_no_verb_that_their_sentence_goes_on_after_are_a_term():
    text = ("President Tomas Brek met President Anna Maria Vel.\n\nThe two sides affirmed their commitment to raise "
            "relations to the level of “strategic cooperative partnership” sharing views on the region.")
    assert quotes(text) == []
    # must not match: the same words closing a sentence a speaker is reported to have said are his
    said = "President Tomas Brek said the two states now had a “strategic cooperative partnership”."
    assert quotes(said) == [("strategic cooperative partnership", "tomas-brek")]
    # nor words after a subject, which are its predicate ("it “fully understands” the …")
    predicate = "The ministry said it “fully understands” the concerns of President Tomas Brek."
    assert quotes(predicate) == [("fully understands", None)]


def test_separate_meetings_with_a_list_and_a_second_predicate_are_one_meeting_each_and_to_come():
    text = ("Defence Minister Lena Ortiz will have separate meetings with President Tomas Brek, President Anna "
            "Maria Vel and Prime Minister Ivo Sand and will attend a working dinner with President Tomas Brek.")
    found = drafted(text).meetings
    assert [sorted(p.person for p in m.participants) for m in found] == [
        ["lena-ortiz", "tomas-brek"], ["anna-vel", "lena-ortiz"], ["ivo-sand", "lena-ortiz"]]
    assert {m.status.value for m in found} == {"planned"}
    # must not match: a meeting already held ("had") stays held, and "will" of another clause does not make it planned
    held = ("Defence Minister Lena Ortiz had separate meetings with President Tomas Brek and President Anna Maria "
            "Vel, and the papers will report on them.")
    assert {m.status.value for m in drafted(held).meetings} == {"held"}


def test_a_meeting_told_in_the_title_and_the_text_is_one_meeting_when_the_text_speaks_of_the_future_of_something():
    text = ("Readout of Defence Minister Lena Ortiz's Meeting With President Tomas Brek\n\n"
            "Defence Minister Lena Ortiz hosted President Tomas Brek at the ministry, Friday, to discuss the future "
            "of the alliance.\n")
    found = drafted(text).meetings
    assert [sorted(p.person for p in m.participants) for m in found] == [["lena-ortiz", "tomas-brek"]]
    assert found[0].status.value == "held" and str(found[0].date.date) == "2024-03-08"
    # must not match: a sentence in the future tense keeps its next Friday
    later = "Defence Minister Lena Ortiz will host President Tomas Brek at the ministry, Friday.\n"
    assert [(m.status.value, str(m.date.date)) for m in drafted(later).meetings] == [("planned", "2024-03-15")]


def test_a_guests_visit_since_a_year_is_the_meeting_held_during_it_not_one_more():
    text = ("Defence Minister Lena Ortiz met with President Tomas Brek in Wellington today.\n\n"
            "“It was a pleasure to host President Tomas Brek during his first official visit to New Zealand since "
            "2017,” Ms Ortiz says.\n")
    assert meetings(text) == [["lena-ortiz", "tomas-brek"]]
    # must not match: a visit in a year is dated by it ("his visit to New Zealand in 2017" was an earlier one)
    earlier = ("Defence Minister Lena Ortiz met with President Tomas Brek in Wellington today.\n\n"
               "President Tomas Brek recalled his visit to New Zealand in 2017.\n")
    assert sorted(meetings(earlier)) == [["lena-ortiz", "tomas-brek"], ["tomas-brek"]]


def test_our_talks_with_people_in_a_speakers_words_are_the_speakers_meeting_with_them():
    text = ("Defence Minister Lena Ortiz wrapped up a week of engagements.\n\n"
            "“Our talks in Papeete today with President Tomas Brek, former Presidents Anna Maria Vel and Ivo Sand, "
            "and business leaders reinforced the warm relationship,” Ms Ortiz says.\n")
    assert meetings(text) == [["anna-vel", "ivo-sand", "lena-ortiz", "tomas-brek"]]
    # must not match: "our talks" in a quotation nobody is said to have spoken is no one's account
    nobody = ("“Our talks in Papeete today with President Tomas Brek reinforced the warm relationship.”\n")
    assert meetings(nobody) == []
    # nor "our" before something that is not a meeting
    other = "“Our people today with President Tomas Brek in mind are thankful,” Ms Ortiz says.\n"
    assert meetings(other) == []


def test_a_schedule_of_noun_phrases_in_a_visit_text_is_the_visitors_meeting_with_each():
    text = ("Meeting with Hon. Tomas Brek,<br>President of Ostravia\n\n"
            "Mr. Ivo Sand, Prime Minister of Veldoria, made an official visit to Ostrava on Friday. The overview "
            "of his visit is as follows.\n\n"
            "1. Schedule of visit\n\n"
            "• Courtesy call on the Rt Hon. Anna Maria Vel, President of Marenland\n"
            "• Meeting with Hon. Tomas Brek, President of Ostravia\n"
            "• Working lunch\n")
    assert sorted(meetings(text)) == [["anna-vel", "ivo-sand"], ["ivo-sand", "tomas-brek"]]
    assert "a schedule's line: a meeting with Y (the visit's X)" in {m.rule for m in drafted(text).meetings}
    # must not match: with no visit told, a line has no one to give its meeting to
    no_visit = "Mr. Ivo Sand spoke about the harbour.\n\n• Meeting with Hon. Tomas Brek, President of Ostravia\n"
    assert meetings(no_visit) == []
    # nor a line that names the meeting's owner ("PM meeting with Y"), nor a sentence
    owned = ("Mr. Ivo Sand made an official visit to Ostrava on Friday.\n\n"
             "PM meeting with President Tomas Brek: 8 March 2024\n")
    assert ["ivo-sand", "tomas-brek"] not in meetings(owned)


def test_a_speaker_delighted_to_host_a_guest_meets_the_guest():
    host = ("LENA ORTIZ, DEFENCE MINISTER OF VELDORIA: I am absolutely delighted to host President Tomas Brek "
            "here in Veldoria on his first official visit.\n\nQUESTION: Minister?\n")
    assert meetings(host) == [["lena-ortiz", "tomas-brek"]]
    # must not match: an infinitive of another verb, or "to host" with no word of pleasure before it
    assert meetings("LENA ORTIZ, DEFENCE MINISTER OF VELDORIA: I am delighted to thank President Tomas Brek "
                    "for his letter.\n\nQUESTION: Minister?\n") == []
    assert meetings("LENA ORTIZ, DEFENCE MINISTER OF VELDORIA: Veldoria offered to host President Tomas Brek "
                    "one day.\n\nQUESTION: Minister?\n") == []
