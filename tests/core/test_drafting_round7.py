"""Seventh round of real-text classes: a spokesperson's statement in quotation marks after "said:"
ending the paragraph before, transcript labels with a long title or a stage direction, attributions
in lower case, and quotations after an attribution sentence. Each test has a case that must not match.

Invented people of invented states, written the way published readouts, transcripts and news reports
write them; each test checks what a reviewer sees: the quotes with their speakers, the meetings and their
participants.
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
    "ivo-sand": Person("ivo-sand", "Ivo Sand", role="Defence Minister of Estland"),
    "anna-vel": Person("anna-vel", "Anna Maria Vel", role="President of Marenland"),
}
KNOWN = Dataset.build(PEOPLE, {}, [])


def drafted(text: str):
    return draft_article(text, PUBLISHED, KNOWN)


def quotes(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in drafted(text).quotes]


def meetings(text: str) -> list[list[str]]:
    return [sorted(p.person for p in m.participants) for m in drafted(text).meetings]


def test_an_unnamed_spokespersons_statement_after_said_colon_is_no_quote_and_its_meeting_is_read():
    text = ("A Veldorian government spokesperson said:\n\n"
            "“Prime Minister Karl Dunn met President Tomas Brek in Rome this afternoon.\n\n"
            "“They discussed the canal and agreed to meet again in the spring.")
    assert quotes(text) == []
    assert meetings(text) == [["karl-dunn", "tomas-brek"]]
    # must not match: a named speaker's statement after "said:" is that speaker's quote
    named = ("Prime Minister Karl Dunn said:\n\n"
             "“I met President Tomas Brek in Rome this afternoon and we agreed to meet again.”")
    assert quotes(named) == [("I met President Tomas Brek in Rome this afternoon and we agreed to meet again.",
                              "karl-dunn")]


def test_transcript_labels_with_a_long_title_a_stage_direction_or_a_stray_word_before_the_name():
    text = ("Beginning of the Meeting with President of Ostravia Tomas Brek\n\n"
            "March 8, 2024, Rome\n\n"
            "Prime Minister Karl Dunn: Dear Mr President, welcome.\n\n"
            "I am glad to see you here today.\n\n"
            "Ostravian President Tomas Brek (back translation): Thank you, Mr Prime Minister.\n\n"
            "It is a pleasure to be here.\n\n"
            "Karl Dunn: Let us begin.")
    assert quotes(text) == [("Dear Mr President, welcome. I am glad to see you here today.", "karl-dunn"),
                            ("Thank you, Mr Prime Minister. It is a pleasure to be here.", "tomas-brek"),
                            ("Let us begin.", "karl-dunn")]
    one_turn = ("Beginning of the Meeting with President of Ostravia Tomas Brek\n\n"
                "March 8, 2024, Rome\n\n"
                "Resident Anna Vel: Dear Mr President!\n\n"
                "Allow me to welcome you to Rome. We had several hours together yesterday.")
    assert quotes(one_turn) == [("Dear Mr President! Allow me to welcome you to Rome. "
                                 "We had several hours together yesterday.", "anna-vel")]
    # must not match: a headline in "Name: words" form, and a colon in a sentence of prose
    headline = ("Karl Dunn: Canal talks will go on\n\n"
                "Prime Minister Karl Dunn met President Tomas Brek in Rome on Thursday.")
    assert quotes(headline) == []
    prose = ("After the talks, Prime Minister Karl Dunn set out the outcome: the canal stays open.\n\n"
             "He met President Tomas Brek in Rome on Thursday.")
    assert quotes(prose) == []


def test_a_title_in_lower_case_attributes_a_quotation():
    text = ("Prime Minister Karl Dunn met President Tomas Brek in Rome on Thursday.\n"
            "“We share a vision of an open sea,” the prime minister said. “The canal stays open.”\n"
            "“Veldoria is a friend,” said the president.")
    assert quotes(text) == [("We share a vision of an open sea", "karl-dunn"), ("The canal stays open.", "karl-dunn"),
                            ("Veldoria is a friend", "tomas-brek")]
    # must not match: a lower-case title two people of the text bear stays unattributed
    two = ("Prime Minister Karl Dunn met Prime Minister Greta Holm in Rome on Thursday.\n"
           "“We share a vision of an open sea,” the prime minister said.")
    assert quotes(two) == [("We share a vision of an open sea", None)]


def test_a_quotation_after_the_rest_of_an_attribution_sentence_continues_its_speaker():
    text = ("Prime Minister Karl Dunn hosted President Tomas Brek in Rome on Thursday.\n\n"
            "“We meet at a critical moment,” Dunn told Brek at the start of their meeting in the palace. "
            "“Decades of work have built this partnership.”")
    assert quotes(text) == [("We meet at a critical moment", "karl-dunn"),
                            ("Decades of work have built this partnership.", "karl-dunn")]
    # must not match: a new sentence of narration between the two quotations leaves the second unattributed
    narrated = ("Prime Minister Karl Dunn hosted President Tomas Brek in Rome on Thursday.\n\n"
                "“We meet at a critical moment,” Dunn told Brek. Brek then spoke of the canal. "
                "“Decades of work have built this partnership.”")
    assert quotes(narrated)[1] == ("Decades of work have built this partnership.", None)


def test_a_transcript_page_titled_with_its_guest_only_has_its_one_speaker_as_host():
    text = ("Beginning of the Meeting with President of Ostravia Tomas Brek\n\n"
            "March 8, 2024, Rome\n\n"
            "Prime Minister Karl Dunn: Dear Mr President!\n\n"
            "Allow me to welcome you to Rome. We had several hours together yesterday.")
    assert meetings(text) == [["karl-dunn", "tomas-brek"]]
    # must not match: the guest's own turn is no host, and a page of prose under such a title adds no one
    guest = ("Beginning of the Meeting with President of Ostravia Tomas Brek\n\n"
             "March 8, 2024, Rome\n\n"
             "President Tomas Brek: Thank you for the welcome!\n\n"
             "It is a pleasure to be here in Rome.")
    assert meetings(guest) == [["tomas-brek"]]
    prose = ("Beginning of the Meeting with President of Ostravia Tomas Brek\n\n"
             "Prime Minister Karl Dunn spoke of the canal before the meeting. Ivo Sand listened.")
    assert ["karl-dunn", "tomas-brek"] not in meetings(prose)


def test_a_capitalised_name_of_a_policy_in_quotation_marks_after_an_article_is_a_term():
    text = ("Foreign Minister Lena Ortiz met President Tomas Brek in Rome on Thursday. Ortiz stated that she "
            "would work with Brek to realize a “Free and Open Northern Sea,” as the region grows tense, and "
            "to deepen the “Special Strategic Canal Partnership” of the two states.")
    assert quotes(text) == []
    # must not match: words in lower case after an article are still the speaker's
    said = ("Foreign Minister Lena Ortiz met President Tomas Brek in Rome on Thursday. Ortiz said the two would "
            "build “a partnership for the whole region, open to all,” as the region grows tense.")
    assert quotes(said) == [("a partnership for the whole region, open to all", "lena-ortiz")]


def test_a_title_in_lower_case_between_met_and_the_name():
    text = ("This week Prime Minister Karl Dunn met chairman of the Ostravian National Council (ONC) Tomas Brek. "
            "The Government has invited the ONC to open an office in Veldoria.")
    assert meetings(text) == [["karl-dunn", "tomas-brek"]]
    # must not match: people met who are no one named ("met members of the Ostravian Senate")
    members = "Prime Minister Karl Dunn met members of the Ostravian Senate in Rome on Thursday."
    assert meetings(members) == []


def test_he_after_a_sentence_that_names_no_one_stands_for_the_subject_before_it():
    text = ("This week Prime Minister Karl Dunn met President Tomas Brek in Rome. The Government has invited "
            "Ostravia to open an office in Veldoria.\n\nHe discussed trade in his meeting with Ivo Sand.")
    assert meetings(text) == [["karl-dunn", "tomas-brek"], ["ivo-sand", "karl-dunn"]]
    # must not match: two sentences that name no one leave "He" to no one
    far = ("This week Prime Minister Karl Dunn met President Tomas Brek in Rome. The Government has invited "
           "Ostravia to open an office. The office will open in May.\n\nHe discussed trade in his meeting with "
           "Ivo Sand.")
    assert ["ivo-sand", "karl-dunn"] not in meetings(far)
