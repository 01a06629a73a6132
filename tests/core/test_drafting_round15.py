"""Fifteenth round of real-text classes: "the secretary general said" (a lower-case title of two words)
as the one person the text names Secretary General; calls announced and then told one by one; a title the
data reads as someone its own meeting names after the verb; a page titled "Statement by X" whose body opens
on a greeting; a quotation inside a sentence that ends on ", X said"; a service and a rank before a name;
a participle clause that ends the list of people met; a transcript label in capitals with capitals inside
the name; a press secretary who opens a briefing; "reflected on their meeting" with one side an office
named by no one. Each test has a case that must not match.

Invented people of invented states, written the way published releases, readouts, briefings and news
stories write them; each test checks what a reviewer sees.
"""

from __future__ import annotations

from drafting_cast import draft_against  # tests/core is on sys.path (no packages in tests/)

from diplo_gui.core.model import Person

PEOPLE = {
    "anna-vel": Person("anna-vel", "Anna Vel", role="Prime Minister of Marenland"),
    "tomas-brek": Person("tomas-brek", "Tomas Brek", role="President of Ostravia"),
    "ivo-marsh": Person("ivo-marsh", "Ivo Marsh", role="Chancellor of Veldoria"),
    "lena-sorv": Person("lena-sorv", "Lena Sorv", role="Secretary General of the Northern Sea Alliance"),
    "kai-aber": Person("kai-aber", "Kai Aber", role="Defense Secretary of Ostravia"),
    "ewan-mcharg": Person("ewan-mcharg", "Ewan McHarg", role="Foreign Minister of Tirelia"),
    "rosa-lind": Person("rosa-lind", "Rosa Lind", role="Press Secretary of the Ostravian Defense Ministry"),
}


def drafted(text: str, people: dict[str, Person] | None = None):
    return draft_against(text, people or PEOPLE)


def meetings(text: str, people: dict[str, Person] | None = None) -> list[tuple[list[str], str, str]]:
    return [(sorted(p.person for p in m.participants), m.status.value, m.form)
            for m in drafted(text, people).meetings]


def quotes(text: str, people: dict[str, Person] | None = None) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in drafted(text, people).quotes]


def test_the_secretary_general_in_lower_case_is_the_one_person_named_secretary_general():
    text = ("Alliance Secretary General Lena Sorv spoke after Defense Secretary Kai Aber at the harbour. "
            "The patrols now run every day, she said.\n\n"
            "“This will keep the straits open through the winter,” the secretary general said.\n")
    assert quotes(text) == [("This will keep the straits open through the winter", "lena-sorv")]
    # must not match: with nobody named Secretary General, the words are not the Defense Secretary's
    other = text.replace("Alliance Secretary General Lena Sorv spoke after ", "").replace(" she said", " he said")
    assert quotes(other) == [("This will keep the straits open through the winter", None)]


def test_calls_announced_then_told_one_by_one_are_one_call_each():
    text = ("The new Prime Minister arrived at the office this afternoon. The Prime Minister then had a series of "
            "phone calls with foreign leaders. The first call was to President Tomas Brek, and it lasted ten "
            "minutes. The Prime Minister then spoke to Chancellor Ivo Marsh and Secretary General Lena Sorv.\n")
    assert meetings(text) == [(["tomas-brek"], "held", "phone"), (["ivo-marsh"], "held", "phone"),
                              (["lena-sorv"], "held", "phone")]
    # must not match: with no calls told before, "spoke to A and B" is one meeting of them all
    other = ("The new Prime Minister arrived at the office this afternoon. At the reception, the Prime Minister spoke "
             "to Chancellor Ivo Marsh and Secretary General Lena Sorv.\n")
    assert meetings(other) == [(["ivo-marsh", "lena-sorv"], "held", "in-person")]


def test_a_title_the_data_reads_as_someone_the_same_meeting_names_is_another_person():
    # the data calls Anna Vel a Prime Minister, but the text's Prime Minister speaks to her: another, unnamed
    text = ("The Prime Minister met Chancellor Ivo Marsh this morning. The Prime Minister then spoke to the leader "
            "of the opposition, Anna Vel.\n")
    assert meetings(text) == [(["ivo-marsh"], "held", "in-person"), (["anna-vel"], "held", "in-person")]
    # must not match: where the text names her Prime Minister, the title is hers
    other = ("Prime Minister Anna Vel met Chancellor Ivo Marsh this morning. The Prime Minister then spoke to "
             "President Tomas Brek.\n")
    assert meetings(other) == [(["anna-vel", "ivo-marsh"], "held", "in-person"),
                               (["anna-vel", "tomas-brek"], "held", "in-person")]


def test_a_page_titled_statement_by_x_is_x_s_words_from_its_greeting_on():
    text = ("Ivo Marsh\n\nChancellor of Veldoria\n\nStatement by Chancellor Marsh after his meeting with President "
            "Tomas Brek\n\nPress point\n\nHarbourg, 6 March 2024\n\nGood afternoon,\n\nPresident Brek and I have "
            "had a long and open talk about the straits.\n\nWe agreed to meet again in the spring.\n")
    draft = drafted(text)
    assert [(q.text, q.speaker) for q in draft.quotes] == [
        ("Good afternoon, President Brek and I have had a long and open talk about the straits. We agreed to meet "
         "again in the spring.", "ivo-marsh")]
    assert [sorted(p.person for p in m.participants) for m in draft.meetings] == [["ivo-marsh", "tomas-brek"]]
    # must not match: a story under the same title, its body opening on narration, is nobody's words
    story = text.replace("Good afternoon,\n\nPresident Brek and I have had", "Chancellor Marsh and President Brek "
                         "have had")
    assert quotes(story) == []


def test_a_quotation_inside_a_sentence_that_ends_on_x_said_is_x_s():
    text = ("HARBOURG, March 6, 2024 – While the straits pact should be signed “as soon as the ice allows,” the "
            "patrols will go on through the winter, Chancellor Ivo Marsh said at a news conference here today.\n")
    assert quotes(text) == [("as soon as the ice allows", "ivo-marsh")]
    # must not match: a name after the last comma that does not say anything is no attribution
    other = ("HARBOURG, March 6, 2024 – While the straits pact should be signed “as soon as the ice allows,” the "
             "patrols will go on through the winter, Chancellor Ivo Marsh hopes.\n")
    assert quotes(other) == [("as soon as the ice allows", None)]


def test_a_service_and_a_rank_before_a_name_are_its_title():
    text = ("Last night Chancellor Ivo Marsh held an hour-long meeting with Marine Corps Gen. Dana R. Holt, commander "
            "of the harbour force, and later with Army Maj. Gen. Piet Olen.\n")
    draft = drafted(text)
    assert sorted(p.id for p in draft.people) == ["dana-holt", "piet-olen"]
    # must not match: the words stay a name's where no rank follows them ("Corps" alone is a title word only)
    other = "Chancellor Ivo Marsh met with Maria Marine, the harbour master, on Monday.\n"
    assert [sorted(p.person for p in m.participants) for m in drafted(other).meetings] == [["ivo-marsh", "maria-marine"]]


def test_a_participle_clause_after_met_with_ends_the_list_of_people_met():
    text = ("Chancellor Ivo Marsh has met with harbour leaders here and in the north, gathering views he says will "
            "inform the decision President Tomas Brek will soon make.\n")
    assert meetings(text) == []  # President Brek was only mentioned
    # must not match: "including" goes on with the people met
    other = ("Chancellor Ivo Marsh has met with harbour leaders here, including President Tomas Brek, on "
             "Monday.\n")
    assert meetings(other) == [(["ivo-marsh", "tomas-brek"], "held", "in-person")]


def test_a_label_in_capitals_is_a_known_name_with_capitals_inside_it():
    text = ("SECRETARY ABER: Welcome, Foreign Minister Ewan McHarg.\n\n"
            "FOREIGN MINISTER MCHARG: Thank you for having me here today.\n\n"
            "SECRETARY ABER: Thank you.\n")
    assert quotes(text) == [("Welcome, Foreign Minister Ewan McHarg.", "kai-aber"),
                            ("Thank you for having me here today.", "ewan-mcharg"),
                            ("Thank you.", "kai-aber")]
    # must not match: a name in capitals that no known name is, case aside, stays unknown
    other = text.replace("MCHARG:", "MCHARGE:")
    assert "ewan-mcharg" not in [speaker for _text, speaker in quotes(other)]


def test_a_press_secretary_who_opens_a_briefing_takes_no_part_in_a_meeting():
    text = ("Media Availability with Secretary Aber en route to Harbourg\n\n"
            "PRESS SECRETARY ROSA LIND: Okay, folks. The secretary will open with a few comments.\n\n"
            "SECRETARY KAI ABER: Thanks, Rosa. I will have ten bilateral meetings over the next two days.\n")
    assert meetings(text) == []
    # must not match: two principals taking turns are still their meeting
    other = text.replace("PRESS SECRETARY ROSA LIND", "FOREIGN MINISTER EWAN MCHARG")
    assert meetings(other) == [(["ewan-mcharg", "kai-aber"], "held", "in-person")]


def test_their_earlier_meeting_reflected_on_with_one_side_an_office_named_by_no_one():
    text = ("The Prime Minister met President Tomas Brek at the summit in Harbourg.\n\n"
            "The leaders reflected on their meeting at the Northern Forum in Tarvik.\n")
    draft = drafted(text)
    assert [(sorted(p.person for p in m.participants), m.recalled is not None) for m in draft.meetings] == [
        (["tomas-brek"], False), (["tomas-brek"], True)]
    assert text[draft.meetings[1].unnamed.start:draft.meetings[1].unnamed.end] == "The Prime Minister"
    # must not match: a meeting looked forward to is no earlier one, and the same meeting is not told twice
    other = text.replace("reflected on their meeting at", "looked forward to their meeting at")
    assert meetings(other) == [(["tomas-brek"], "held", "in-person")]


def test_a_paragraph_line_longer_than_pages_wrap_that_stops_without_a_stop_ends_its_sentence():
    text = ("Talks on the straits may resume soon after a winter in which the two sides exchanged no more than "
            "letters and notes.\n"
            "Chancellor Ivo Marsh has arrived in Harbourg to meet Tomas Brek, the president of Ostravia and host of "
            "the talks\n"
            "Secretary General Lena Sorv may also visit Harbourg shortly.\n")
    assert meetings(text) == [(["ivo-marsh", "tomas-brek"], "planned", "in-person")]
    # must not match: a page's lines wrapped at its width go on below, a capital after the break or not
    wrapped = ("Chancellor Ivo Marsh has arrived in Harbourg to meet\n"
               "Tomas Brek, the president of Ostravia, and Secretary General\n"
               "Lena Sorv for talks on the straits.\n")
    assert meetings(wrapped) == [(["ivo-marsh", "lena-sorv", "tomas-brek"], "planned", "in-person")]
