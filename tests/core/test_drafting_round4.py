"""Fourth round of real-text classes: a stage direction in a transcript label ("Name (as translated):"),
abbreviated titles ("PM Holm", "FM Ortiz"), a meeting held "with" after a possessive noun ("held a Foreign
Ministers’ Meeting with"), and lists of calls ("the phone calls from A, B and C"): one test per class, each
with a case that must not match.

Invented people of invented states, written the way published transcripts and readouts write them; each
test checks what a reviewer sees: the participants, the speaker and the words behind it.
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
    "ivo-sand": Person("ivo-sand", "Ivo Sand", role="Foreign Minister of Ostravia"),
    "karl-dunn": Person("karl-dunn", "Karl Dunn", role="Prime Minister of Veldoria"),
}
KNOWN = Dataset.build(PEOPLE, {}, [])


def draft(text: str):  # type: ignore[no-untyped-def]
    return draft_article(text, PUBLISHED, KNOWN)


def meetings(text: str) -> list[list[str]]:
    return [sorted(p.person for p in m.participants) for m in draft(text).meetings]


def test_a_stage_direction_in_a_turn_label_keeps_the_turn_its_speakers():
    text = ("Tomas Brek (as translated): We welcome our guests from Marenland.\n\n"
            "Greta Holm: Thank you, Mr President.\n")
    quotes = [(q.text, q.speaker) for q in draft(text).quotes]
    assert quotes == [("We welcome our guests from Marenland.", "tomas-brek"),
                      ("Thank you, Mr President.", "greta-holm")]
    # must not match: a parenthesis that is prose, not a stage direction, makes no label
    prose = ("Tomas Brek (who spoke first in the hall): we welcome our guests.\n\n"
             "Greta Holm: Thank you, Mr President.\n")
    assert not [q for q in draft(prose).quotes if q.speaker == "tomas-brek"]


def test_an_abbreviated_title_before_a_surname_is_a_title_not_part_of_the_name():
    assert meetings("PM Holm met President Brek in Rome today.") == [["greta-holm", "tomas-brek"]]
    assert meetings("FM Ortiz met FM Sand in Rome today.") == [["ivo-sand", "lena-ortiz"]]
    # must not match: a time of day is no title and names no one
    assert meetings("The talks ended at 4 PM in Rome.") == []


def test_a_meeting_named_with_a_possessive_is_held_with_whom_follows():
    text = ("On March 7, Ms. Lena Ortiz, Minister for Foreign Affairs of Veldoria, held a Foreign Ministers’ "
            "Meeting with H.E. Mr. Ivo Sand, Minister for Foreign Affairs of Ostravia.")
    assert meetings(text) == [["ivo-sand", "lena-ortiz"]]
    # must not match: a possessive meeting reported with no one after "with"
    assert meetings("The Foreign Ministers’ Meeting with its long agenda ended late.") == []


def test_a_list_of_calls_from_leaders_is_one_call_with_each_taken_by_the_one_the_text_is_about():
    text = ("Prime Minister Greta Holm spoke with a number of leaders today.\n"
            "A common theme emerged in the phone calls from President Brek of Ostravia, Prime Minister Dunn of "
            "Veldoria and Foreign Minister Sand.")
    drafted = draft(text).meetings
    assert sorted(sorted(p.person for p in m.participants) for m in drafted) == [
        ["greta-holm", "ivo-sand"], ["greta-holm", "karl-dunn"], ["greta-holm", "tomas-brek"]]
    assert [m.form for m in drafted] == ["phone"] * 3
    # must not match: "calls from" with no one named after it is no call
    assert meetings("Prime Minister Greta Holm spoke to reporters today.\nThe calls from abroad were many.") == []


def test_a_remarks_title_naming_a_meeting_with_the_speaker_in_the_byline_under_it():
    byline = "\n\nLena Ortiz\nForeign Minister\nMarenhall\nMarch 8, 2024\n\nMINISTER ORTIZ: Good morning.\n"
    text = "Remarks Before Her Meeting With Ostravian Foreign Minister Ivo Sand" + byline
    drafted = draft(text).meetings
    assert [sorted(p.person for p in m.participants) for m in drafted] == [["ivo-sand", "lena-ortiz"]]
    assert drafted[0].rule.startswith("a remarks title")
    # must not match: a remarks title with no meeting in it ("Remarks With Y on the Grain Corridor")
    assert meetings("Remarks With Ostravian Foreign Minister Ivo Sand on the Grain Corridor" + byline) == []


def test_a_meeting_told_in_the_speakers_own_words_sit_down_again_with():
    text = ("Opening Remarks - Rome\n"
            "TOMAS BREK, PRESIDENT OF OSTRAVIA: It’s a pleasure to sit down once again with Prime Minister Holm. "
            "We have much to talk about this morning, on trade and on the harbour.\n")
    assert meetings(text) == [["greta-holm", "tomas-brek"]]
    # must not match: sitting down with no one named after "with"
    assert meetings("TOMAS BREK, PRESIDENT OF OSTRAVIA: It’s good to sit down again with friends in Rome, "
                    "and to talk about trade and the harbour.\n") == []


def test_visits_by_several_people_are_one_visit_by_each():
    text = ("The Prime Minister also updated on his recent visits by the Ostravian President, Tomas Brek, and "
            "Veldorian Prime Minister Karl Dunn.")
    assert sorted(meetings(text)) == [["karl-dunn"], ["tomas-brek"]]
    # must not match: visits by no one named
    assert meetings("The Prime Minister also updated on recent visits by delegations from abroad.") == []


def test_bilaterals_in_the_speakers_own_words_are_one_meeting_with_each():
    text = ("TOMAS BREK, PRESIDENT OF OSTRAVIA: It has been a busy day. And then I've had bilaterals with "
            "Prime Minister Holm and Prime Minister Dunn, and we talked about trade.\n")
    assert sorted(meetings(text)) == [["greta-holm", "tomas-brek"], ["karl-dunn", "tomas-brek"]]
    # must not match: "bilateral" as an adjective with no one after "with"
    assert meetings("TOMAS BREK, PRESIDENT OF OSTRAVIA: We have strong bilateral ties with many countries, "
                    "and trade is growing every year.\n") == []


def test_the_two_ministers_held_a_meeting_under_its_name():
    text = ("Ms. Lena Ortiz and Mr. Ivo Sand are both new in office. On March 7 the two foreign ministers held "
            "a Veldoria-Ostravia Foreign Ministers' Meeting in Rome.")
    assert meetings(text) == [["ivo-sand", "lena-ortiz"]]
    # must not match: the two ministers held a press line, not a meeting
    assert meetings("Ms. Lena Ortiz and Mr. Ivo Sand are both new in office. The two foreign ministers held "
                    "a common line on trade.") == []
