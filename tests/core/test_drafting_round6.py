"""Sixth round of real-text classes: the words of speakers the text does not name ("a senior official
said"), short quoted terms, and meetings told in ways the fifth held-out set showed (lists after
"including:", "The first was with …", photo captions, a title's meeting, "where she will meet").
Each test has a case that must not match.

Invented people of invented states, written the way published readouts and news reports write them;
each test checks what a reviewer sees: the quotes with their speakers, the meetings and their participants.
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
}
KNOWN = Dataset.build(PEOPLE, {}, [])


def drafted(text: str):
    return draft_article(text, PUBLISHED, KNOWN)


def quotes(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in drafted(text).quotes]


def meetings(text: str) -> list[list[str]]:
    return [sorted(p.person for p in m.participants) for m in drafted(text).meetings]


def test_the_words_of_an_unnamed_official_are_no_quote():
    text = ("Lena Ortiz met Tomas Brek in Rome on Thursday. “There was strong agreement on the canal,” a senior "
            "Veldorian official said on background. “The minister also raised the fisheries.”\n"
            "Both condemned the blockade. “It was a very clear statement,” the official said.\n"
            "“Leave our boats alone,” said one diplomat. U.S. officials said: “We welcome the talks.”")
    assert quotes(text) == []
    # must not match: a named speaker, an institution's words, and "the spokesman" when no unnamed one came first
    named = ("Lena Ortiz met Tomas Brek in Rome on Thursday. “There was strong agreement,” Ortiz said.\n"
             "“Both sides agreed to meet again,” the readout said.\n"
             "Veldorian spokesman Per Lund was asked about it. “We welcome the talks,” the spokesman said.")
    found = quotes(named)
    assert ("There was strong agreement", "lena-ortiz") in found
    assert [q for q, _ in found] == ["There was strong agreement", "Both sides agreed to meet again",
                                     "We welcome the talks"]


def test_a_short_quoted_term_no_one_is_said_to_have_said_is_no_quote():
    text = ("During his speech at the forum, Karl Dunn marked the region's “new convergence” of partners.\n"
            "Travel Diary: “Wheels Up” With Lena Ortiz to Marenland")
    assert quotes(text) == []
    # must not match: a short quotation that is a clause ("We are ready"), one that a speech verb introduces
    # (an institution's "said it “fully understands”"), and one with its speaker
    spoken = ("“We are ready,” the readout quoted.\n"
              "Ostravia's foreign ministry said it “fully understands” the decision.\n"
              "“Never again,” Brek said.")
    assert quotes(spoken) == [("We are ready", None), ("fully understands", None), ("Never again", "tomas-brek")]
    assert quotes("“Nobody signed this,” the statement read.") == [("Nobody signed this", None)]


def test_a_list_after_met_with_leaders_including_is_one_meeting_per_item():
    text = ("Karl Dunn met with leaders over the last several days including:\n"
            "- Ostravian President Tomas Brek\n"
            "- Marenland Prime Minister Greta Holm and Estland Defence Minister Ivo Sand\n"
            "- a multilateral meeting with leaders from the region\n"
            "Dunn is also planning additional meetings in the days ahead.\n")
    assert meetings(text) == [["karl-dunn", "tomas-brek"], ["greta-holm", "ivo-sand", "karl-dunn"]]
    # must not match: a list after "including:" on a line that speaks of no meeting
    topics = ("Karl Dunn listed the partners of the agreement, including:\n"
              "- Ostravian President Tomas Brek\n"
              "- Marenland Prime Minister Greta Holm\n")
    assert meetings(topics) == []


def test_meetings_announced_then_told_one_by_one_are_the_announcers():
    text = ("Prime Minister Karl Dunn held several meetings at the forum today. He held two trilateral meetings. "
            "The first was with Ostravian President Tomas Brek and Marenland Prime Minister Greta Holm. "
            "All three condemned the blockade. The three agreed to meet again. "
            "A second trilateral meeting was with Estland Defence Minister Ivo Sand and President Brek.")
    assert meetings(text) == [["greta-holm", "karl-dunn", "tomas-brek"], ["ivo-sand", "karl-dunn", "tomas-brek"]]
    # must not match: "The first was with" after a sentence that announced no meetings is the named people's
    # own (nobody's meetings were announced)
    plain = ("Karl Dunn praised the forum today. The first meeting was with Ostravian President Tomas Brek and "
             "Marenland Prime Minister Greta Holm.")
    assert meetings(plain) == [["greta-holm", "tomas-brek"]]


def test_a_title_in_the_possessive_stands_for_the_one_person_who_bears_it():
    text = ("Readout of the Foreign Minister's Meetings in Rome\n\n"
            "Foreign Minister Lena Ortiz met with Prime Minister Karl Dunn yesterday.\n\n"
            "In the Foreign Minister's meeting with President Tomas Brek of Ostravia, the two discussed the canal.")
    assert meetings(text) == [["karl-dunn", "lena-ortiz"], ["lena-ortiz", "tomas-brek"]]
    trip = ("Foreign Minister Lena Ortiz will travel to Marenland and Ostravia. The Foreign Minister’s first stop "
            "will be Marenland, where she will meet Prime Minister Greta Holm.")
    assert ["greta-holm", "lena-ortiz"] in meetings(trip)
    # must not match: the possessive of a title two people bear is nobody in particular
    two = ("President Tomas Brek and President Karl Dunn spoke on Monday.\n\n"
           "In the President's meeting with Prime Minister Greta Holm, the two discussed the canal.")
    assert ["greta-holm"] in meetings(two) and not any("greta-holm" in m and len(m) > 1 for m in meetings(two))


def test_photo_captions_with_other_verbs_show_a_meeting_of_everyone_named():
    text = ("Travel Diary: Highlights From Foreign Minister Ortiz's Visit to Marenland\n\n"
            "Foreign Minister Ortiz is Introduced to Prime Minister Greta Holm\n"
            "Foreign Minister Ortiz Walks with President Tomas Brek and Defence Minister Ivo Sand During a Tour of "
            "the Harbour\n"
            "Foreign Minister Ortiz Tours a Laboratory at the Harbour\n")
    assert meetings(text) == [["greta-holm", "lena-ortiz"], ["ivo-sand", "lena-ortiz", "tomas-brek"]]
    # must not match: a caption sentence with a full stop is prose, and a caption showing one person alone
    # ("is Greeted by a Gentleman") is nobody's meeting
    prose = ("Foreign Minister Ortiz is Greeted by a Gentleman from the Harbour Guild\n"
             "Foreign Minister Ortiz walks with her staff to the harbour.\n")
    assert meetings(prose) == []


def test_met_separately_with_a_and_b_is_one_meeting_each():
    assert meetings("Karl Dunn met separately with Prime Minister Greta Holm and Defence Minister Ivo Sand in Rome.") \
        == [["greta-holm", "karl-dunn"], ["ivo-sand", "karl-dunn"]]
    # must not match: "met with A and B" with no word that parts them is one meeting
    assert meetings("Karl Dunn met with Prime Minister Greta Holm and Defence Minister Ivo Sand in Rome.") \
        == [["greta-holm", "ivo-sand", "karl-dunn"]]


def test_a_sentence_that_sums_up_meetings_told_apart_elsewhere_is_one_meeting_each():
    text = ("On the last day of his trip, Karl Dunn met with President Tomas Brek and Prime Minister Greta Holm in "
            "Rome.\n\nIt was the first meeting between Dunn and President Brek since the election.")
    assert sorted(meetings(text)) == [["greta-holm", "karl-dunn"], ["karl-dunn", "tomas-brek"]]
    # must not match: a trilateral stays one meeting, and so does a meeting told nowhere else apart
    trilateral = ("Karl Dunn held a trilateral meeting with President Tomas Brek and Prime Minister Greta Holm in "
                  "Rome.\n\nIt was the first meeting between Dunn and President Brek since the election.")
    assert ["greta-holm", "karl-dunn", "tomas-brek"] in meetings(trilateral)
    alone = ("Karl Dunn met with President Tomas Brek and Prime Minister Greta Holm in Rome.\n\n"
             "Dunn later met Defence Minister Ivo Sand.")
    assert meetings(alone) == [["greta-holm", "karl-dunn", "tomas-brek"], ["ivo-sand", "karl-dunn"]]


def test_a_meeting_in_a_leading_following_phrase_is_a_meeting_of_its_own():
    text = ("Following on from discussions earlier in the week with Defence Minister Ivo Sand, Prime Minister Karl "
            "Dunn discussed reform with Prime Minister Greta Holm.")
    assert sorted(meetings(text)) == [["greta-holm", "karl-dunn"], ["ivo-sand", "karl-dunn"]]
    # must not match: a leading phrase with no meeting in it ("Following the election") names no one who met
    plain = ("Following the election of Defence Minister Ivo Sand, Prime Minister Karl Dunn discussed reform with "
             "Prime Minister Greta Holm.")
    assert ["greta-holm", "karl-dunn"] in [[p for p in m if p != "ivo-sand"] for m in meetings(plain)]
    assert ["ivo-sand", "karl-dunn"] not in meetings(plain)
