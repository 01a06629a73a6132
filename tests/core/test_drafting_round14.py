"""Fourteenth round of real-text classes: an agency head or a legislator by title and family name
("Administrator Hollis"), an occasion between "met" and "with", "and separately with", a split quotation
with an object after its verb and its hand-over comma, a signed pull quote, "in meetings with A and B",
a meeting convened "which included" people, "engaged with", "join" before a middle initial, "the
secretary" between two secretaries, "we met in person only recently in" a city and its region, looking
forward to engagement with or to hosting people, "since the Ministers last met", a ceremony "before a
bilateral meeting", two people touring together, quoted noun phrases and policy names as terms, and
"he said" again in a sentence that opens on its subject's words; then, from phrasings the real texts use
beside those: audiences, hyphenated offices, more speech verbs, talks "expected", a joint news conference,
"discussed … by phone", "called Y on Monday", "is due to" on a weekday, and refusals, negations, demands
and urgings that are no meeting.
Each test has a case that must not match.

Invented people of invented states, written the way published releases, readouts and news stories
write them; each test checks what a reviewer sees.
"""

from __future__ import annotations

from drafting_cast import draft_against  # tests/core is on sys.path (no packages in tests/)

from diplo_gui.core.model import Person

PEOPLE = {
    "dana-hollis": Person("dana-hollis", "Dana Hollis", role="Administrator"),
    "anna-vel": Person("anna-vel", "Anna Vel", role="Prime Minister of Marenland"),
    "tomas-brek": Person("tomas-brek", "Tomas Brek", role="President of Ostravia"),
    "ivo-marsh": Person("ivo-marsh", "Ivo Marsh", role="Chancellor of Veldoria"),
    "lena-sorv": Person("lena-sorv", "Lena Sorv", role="Minister of Energy of Tirelia"),
    "kai-aber": Person("kai-aber", "Kai Aber", role="Minister of Energy of Ostravia"),
}


def drafted(text: str, people: dict[str, Person] | None = None):
    return draft_against(text, people or PEOPLE)


def meetings(text: str, people: dict[str, Person] | None = None) -> list[tuple[list[str], str]]:
    return [(sorted(p.person for p in m.participants), m.status.value) for m in drafted(text, people).meetings]


def test_an_agency_head_by_title_and_family_name_is_the_known_person_not_a_new_one():
    text = ("Administrator Dana Hollis opened the forum. Later that day, Administrator Hollis met with "
            "President Tomas Brek of Ostravia.\n")
    draft = drafted(text)
    assert meetings(text) == [(["dana-hollis", "tomas-brek"], "held")]
    assert not draft.people  # "Administrator Hollis" is no new person
    # must not match: the word is no title in lower case ("the administrator of the fund")
    other = "Tomas Brek, the administrator of the fund, met with Chancellor Ivo Marsh.\n"
    assert meetings(other) == [(["ivo-marsh", "tomas-brek"], "held")]


def test_an_occasion_between_met_and_with_leaves_the_meeting_read():
    text = ("Prime Minister Anna Vel met today on the sidelines of the Northern Sea Ministerial Forum in Harbourg, "
            "Ostravia, with the Harbour Group leaders: President Tomas Brek and Chancellor Ivo Marsh.\n")
    draft = drafted(text)
    assert meetings(text) == [(["anna-vel", "ivo-marsh", "tomas-brek"], "held")]
    assert draft.meetings[0].place.venue is not None and "Northern Sea" in draft.meetings[0].place.venue.value
    # must not match: nobody named after "with" is no meeting
    other = ("Prime Minister Anna Vel met today on the sidelines of the Northern Sea Ministerial Forum with "
             "business leaders from the region.\n")
    assert meetings(other) == []


def test_and_separately_with_after_a_list_is_a_meeting_of_its_own():
    text = ("Chancellor Ivo Marsh will meet with Ostravian leaders, including his counterpart, President Tomas "
            "Brek, and separately with Prime Minister Anna Vel.\n")
    assert meetings(text) == [(["ivo-marsh", "tomas-brek"], "planned"), (["anna-vel", "ivo-marsh"], "planned")]
    # must not match: without "separately" the list is one meeting
    together = ("Chancellor Ivo Marsh will meet with Ostravian leaders, including President Tomas Brek and Prime "
                "Minister Anna Vel.\n")
    assert meetings(together) == [(["anna-vel", "ivo-marsh", "tomas-brek"], "planned")]


def quotes(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in drafted(text).quotes]


def test_a_quotation_split_by_an_attribution_with_an_object_is_one_quote():
    text = ("Chancellor Ivo Marsh left for Ostravia on Thursday.\n\n“What we want from this visit,” the chancellor "
            "told reporters on his plane, “is a clear timetable for the bridge.”\n")
    assert quotes(text) == [("What we want from this visit is a clear timetable for the bridge.", "ivo-marsh")]
    # must not match: an attribution that ends its sentence leaves two quotations
    two = ("Chancellor Ivo Marsh left for Ostravia on Thursday.\n\n“We want a timetable,” the chancellor told "
           "reporters on his plane. “The bridge cannot wait.”\n")
    assert quotes(two) == [("We want a timetable", "ivo-marsh"), ("The bridge cannot wait.", "ivo-marsh")]


def test_a_paragraph_signed_with_a_dash_and_a_name_below_it_is_that_persons_quote():
    words = ("Every time I have sat down with the Chancellor I have found a partner who keeps his word. We spoke "
             "about the bridge and the harbour.")
    text = f"President Tomas Brek met Chancellor Ivo Marsh in Veldor today.\n\n{words}\n\n— President Brek\n"
    draft = drafted(text)
    assert [(q.text, q.speaker, q.rule) for q in draft.quotes] == [
        (words, "tomas-brek", "a paragraph signed “— X” below it")]
    # must not match: a dash line that is a sentence, not a signature
    other = f"President Tomas Brek met Chancellor Ivo Marsh in Veldor today.\n\n{words}\n\n— Brek met the press.\n"
    assert not drafted(other).quotes
    # nor a name that signs nothing (the paragraph above is a heading)
    heading = "President Tomas Brek met Chancellor Ivo Marsh in Veldor today.\n\nTalks On The Harbour\n\n— Brek\n"
    assert not drafted(heading).quotes


def test_join_someone_named_with_a_middle_initial_is_a_meeting():
    text = ("Chancellor Ivo Marsh spoke to the press on Thursday. Tomorrow, he will join Harbour Affairs Minister "
            "Lena K. Sorv for a visit to the new port.\n")
    assert meetings(text) == [(["ivo-marsh", "lena-sorv"], "planned")]
    # must not match: joining a body is no meeting
    other = "Chancellor Ivo Marsh spoke to the press on Thursday. Tomorrow, he will join the Harbour Council.\n"
    assert meetings(other) == []


def titled(text: str) -> list[tuple[str, str]]:
    return [(text[m.span.start:m.span.end], m.person_id) for m in drafted(text).mentions if m.how == "title"]


def test_the_secretary_in_lower_case_is_nobody_when_a_defense_secretary_and_a_secretary_of_state_are_named():
    text = ("Defense Secretary Ivo Marsh met his counterpart, Secretary of State for Defence Kai Aber, in Veldor "
            "today. Later the secretary attended a signing ceremony.\n")
    assert titled(text) == []  # either may be meant: nobody, never a guess
    # must not match: with no other secretary named, the Secretary of State for Defence is the one
    one = ("Chancellor Ivo Marsh met Secretary of State for Defence Kai Aber in Veldor today. Later the secretary "
           "attended a signing ceremony.\n")
    assert titled(one) == [("secretary", "kai-aber")]


def test_engaged_with_a_named_person_is_a_meeting():
    text = ("Chancellor Ivo Marsh spoke at the energy forum. He also engaged with Ostravia’s Minister of Energy, "
            "Kai Aber and Tirelia’s Minister of Energy, Lena Sorv.\n")
    assert meetings(text) == [(["ivo-marsh", "kai-aber", "lena-sorv"], "held")]
    # must not match: engaging with groups or a matter names no one
    other = ("Chancellor Ivo Marsh spoke at the energy forum to engage with both government officials and private "
             "sector stakeholders. He also engaged with the question of grid links.\n")
    assert meetings(other) == []


def test_a_meeting_the_subject_convened_which_included_named_people_is_a_meeting_with_them():
    text = ("Chancellor Ivo Marsh convened the first meeting of the North-South Grid Dialogue, which included "
            "Minister Kai Aber of Ostravia and Minister Lena Sorv of Tirelia.\n")
    draft = drafted(text)
    assert meetings(text) == [(["ivo-marsh", "kai-aber", "lena-sorv"], "held")]
    assert draft.meetings[0].rule == "X convened a meeting which included Y"
    # must not match: a meeting that included a matter, no one named
    other = ("Chancellor Ivo Marsh convened the first meeting of the North-South Grid Dialogue, which included a "
             "vote on the budget.\n")
    assert meetings(other) == []


def test_in_meetings_with_a_and_b_is_one_meeting_with_each_in_the_main_clauses_tense():
    text = ("Chancellor Ivo Marsh spoke to the press on Thursday. The chancellor said he will press Ostravia to "
            "“open the border crossings,” and, in meetings with President Tomas Brek and Prime Minister Anna Vel, "
            "he said, he will “ask for the same.”\n")
    assert meetings(text) == [(["ivo-marsh", "tomas-brek"], "planned"), (["anna-vel", "ivo-marsh"], "planned")]
    # must not match: told in the past, the meetings were held
    held = ("Chancellor Ivo Marsh spoke to the press on Thursday. The chancellor said he pressed Ostravia to "
            "“open the border crossings,” and, in meetings with President Tomas Brek and Prime Minister Anna Vel, "
            "he said, he asked for the same.\n")
    assert meetings(held) == [(["ivo-marsh", "tomas-brek"], "held"), (["anna-vel", "ivo-marsh"], "held")]


def test_we_met_in_person_only_recently_in_a_city_and_its_country_is_one_earlier_meeting_there():
    text = ("PRIME MINISTER VEL: Welcome to Marenburg, Tomas. We agreed when we met in person only recently in "
            "Washington, D.C., that we would stay in close touch.\n\n"
            "PRESIDENT BREK: Thank you, Anna. It is good to be here again.\n")
    people = {**PEOPLE, "tomas-brek": Person("tomas-brek", "Tomas Brek", role="President of Ostravia")}
    draft = drafted(text, people)
    earlier = [m for m in draft.meetings if m.recalled is not None]
    assert [(sorted(p.person for p in m.participants), m.place.city.value if m.place.city else None)
            for m in earlier] == [(["anna-vel", "tomas-brek"], "Washington")]
    # must not match: "we met in person" with no place is the meeting the transcript records, no earlier one
    now = text.replace("when we met in person only recently in Washington, D.C., that", "today, now that we met in person,")
    assert [m for m in drafted(now, people).meetings if m.recalled is not None] == []


def test_a_quoted_noun_phrase_after_an_article_that_nobody_is_said_to_say_is_a_term():
    text = ("President Tomas Brek met Chancellor Ivo Marsh in Veldor on Thursday to discuss a “fair and lasting "
            "settlement of the border question.”\n")
    assert quotes(text) == []
    # must not match: words with a verb in them stay a quotation (unattributed: nobody is named saying them)
    spoken = ("President Tomas Brek met Chancellor Ivo Marsh in Veldor on Thursday to discuss a “settlement that "
              "we can all accept.”\n")
    assert quotes(spoken) == [("settlement that we can all accept.", None)]


def test_looking_forward_to_further_talks_with_named_people_is_a_planned_meeting_of_the_speaker():
    text = ("Chancellor Ivo Marsh spoke to the press on Thursday.\n\n“The talks were useful,” Chancellor Marsh said. "
            "“I look forward to continued engagement with President Tomas Brek and Prime Minister Anna Vel later "
            "this year.”\n")
    assert meetings(text) == [(["anna-vel", "ivo-marsh", "tomas-brek"], "planned")]
    # must not match: working with someone is no meeting
    other = text.replace("continued engagement with", "working with")
    assert meetings(other) == []


def test_since_the_ministers_last_met_is_an_earlier_meeting_of_the_two_named_last():
    text = ("Chancellor Ivo Marsh met Prime Minister Anna Vel in Veldor today. They discussed the progress made "
            "since the leaders last met in July in Athens.\n")
    draft = drafted(text)
    assert meetings(text) == [(["anna-vel", "ivo-marsh"], "held"), (["anna-vel", "ivo-marsh"], "held")]
    earlier = [m for m in draft.meetings if m.recalled is not None]
    assert len(earlier) == 1 and earlier[0].place.city is not None and earlier[0].place.city.value == "Athens"
    # must not match: with one person named there are not two to have met
    one = "Chancellor Ivo Marsh spoke in Veldor today about the progress made since the leaders last met in July.\n"
    assert meetings(one) == []


def test_a_ceremony_with_someone_before_a_bilateral_meeting_is_that_meeting_of_the_two():
    text = ("Chancellor Ivo Marsh takes part in a wreath-laying with President Tomas Brek before a bilateral meeting "
            "at the Old Palace in Veldor, March 7, 2024.\n")
    assert meetings(text) == [(["ivo-marsh", "tomas-brek"], "held")]
    # must not match: one person alone before a meeting is no meeting of two
    alone = "Chancellor Ivo Marsh speaks to reporters before a bilateral meeting at the Old Palace in Veldor.\n"
    assert meetings(alone) == []


def test_two_people_who_tour_a_place_together_meet():
    text = "While in Veldor, Chancellor Ivo Marsh and President Tomas Brek will tour the new harbour on Friday.\n"
    assert meetings(text) == [(["ivo-marsh", "tomas-brek"], "planned")]
    # must not match: one person touring is no meeting
    alone = "While in Veldor, Chancellor Ivo Marsh will tour the new harbour on Friday.\n"
    assert meetings(alone) == []


def test_he_said_again_in_a_sentence_that_opens_on_its_subjects_words_is_that_subject():
    text = ("Chancellor Ivo Marsh spoke to the press on Thursday. The chancellor said he will press Ostravia to "
            "“open the border crossings,” and, in meetings with President Tomas Brek and Prime Minister Anna Vel, "
            "he said, he will “ask for the same.”\n")
    assert quotes(text) == [("open the border crossings", "ivo-marsh"), ("ask for the same.", "ivo-marsh")]
    # must not match: a sentence that opens on a meeting, not on its subject's words, leaves "he" open
    other = ("Chancellor Ivo Marsh spoke to the press on Thursday. The chancellor met President Tomas Brek and "
             "Prime Minister Anna Vel, and he said, he will “ask for the same.”\n")
    assert quotes(other) == [("ask for the same.", None)]


def test_the_hand_over_comma_of_a_split_quotation_is_dropped_only_before_a_verb():
    text = ("Chancellor Ivo Marsh left for Ostravia on Thursday.\n\n“The aim of this visit,” the chancellor said, "
            "“is a timetable for the bridge.”\n")
    assert quotes(text) == [("The aim of this visit is a timetable for the bridge.", "ivo-marsh")]
    # must not match: a comma the speaker's own sentence has stays
    kept = ("Chancellor Ivo Marsh left for Ostravia on Thursday.\n\n“The timetable is a start,” the chancellor said, "
            "“not the end of the work.”\n")
    assert quotes(kept) == [("The timetable is a start, not the end of the work.", "ivo-marsh")]


def test_looking_forward_to_hosting_people_is_a_meeting_to_come_not_one_held():
    text = ("Chancellor Ivo Marsh met with Prime Minister Anna Vel in Veldor today. Chancellor Marsh said he looks "
            "forward to hosting Prime Minister Vel and President Tomas Brek at the harbour talks later this year.\n")
    assert meetings(text) == [(["anna-vel", "ivo-marsh"], "held"), (["anna-vel", "ivo-marsh", "tomas-brek"], "planned")]
    # must not match: a host told in the past held the meeting
    held = text.replace("looks forward to hosting", "was glad to be hosting")
    assert ("planned" not in {status for _, status in meetings(held)})


def test_a_quoted_policy_name_after_a_policy_of_is_a_term_even_in_reported_speech():
    text = ("Chancellor Ivo Marsh spoke with President Tomas Brek by telephone today. Chancellor Marsh explained that "
            "Veldoria is pursuing a policy of “open harbours for all” and will invest more in the coast.\n")
    assert quotes(text) == []
    # must not match: words with a verb after "a policy of" are still someone's words
    spoken = text.replace("“open harbours for all”", "“we will never close a harbour”")
    assert quotes(spoken) == [("we will never close a harbour", "ivo-marsh")]


def test_an_audience_with_or_granted_by_someone_is_a_meeting():
    for text in ("Chancellor Ivo Marsh had an audience with President Tomas Brek at the Old Palace today.\n",
                 "Chancellor Ivo Marsh was granted an audience by President Tomas Brek at the Old Palace today.\n",
                 "Chancellor Ivo Marsh was received in audience by President Tomas Brek today.\n"):
        assert meetings(text) == [(["ivo-marsh", "tomas-brek"], "held")], text
    # must not match: an audience that names no one met
    other = "Chancellor Ivo Marsh had an audience with students at the Old Palace today.\n"
    assert meetings(other) == []


def test_an_office_written_with_hyphens_is_a_title_not_part_of_the_name():
    text = "Alliance Secretary-General Mira Halden met Chancellor Ivo Marsh in Veldor today.\n"
    draft = drafted(text)
    assert [(p.name, p.role) for p in draft.people] == [("Mira Halden", "Secretary-General")]
    assert meetings(text) == [(["ivo-marsh", "mira-halden"], "held")]
    # must not match: a double-barrelled family name stays the name
    other = "Chancellor Ivo Marsh met Foreign Minister Mira Halden-Sorv in Veldor today.\n"
    assert [p.name for p in drafted(other).people] == ["Mira Halden-Sorv"]


def test_words_posted_online_or_quipped_are_the_posters_quote():
    for verb in ("posted on social media", "tweeted", "quipped", "cautioned"):
        text = f"Chancellor Ivo Marsh met President Tomas Brek today. “We agreed on the bridge,” Marsh {verb}.\n"
        assert quotes(text) == [("We agreed on the bridge", "ivo-marsh")], verb
    # must not match: a verb that says nothing ("Marsh smiled") leaves the quotation unattributed
    other = "Chancellor Ivo Marsh met President Tomas Brek today. “We agreed on the bridge,” Marsh smiled.\n"
    assert quotes(other) == [("We agreed on the bridge", None)]


def test_talks_that_are_expected_are_planned():
    text = "Talks between President Tomas Brek and Chancellor Ivo Marsh are expected next week in Veldor.\n"
    assert meetings(text) == [(["ivo-marsh", "tomas-brek"], "planned")]
    # must not match: talks that were held
    held = "Talks between President Tomas Brek and Chancellor Ivo Marsh were held last week in Veldor.\n"
    assert meetings(held) == [(["ivo-marsh", "tomas-brek"], "held")]


def test_two_people_who_held_a_joint_news_conference_met():
    text = "President Tomas Brek and Chancellor Ivo Marsh held a joint news conference in Veldor on Thursday.\n"
    assert meetings(text) == [(["ivo-marsh", "tomas-brek"], "held")]
    # must not match: one person's news conference is no meeting
    alone = "President Tomas Brek held a news conference in Veldor on Thursday.\n"
    assert meetings(alone) == []


def test_on_a_weekday_after_is_due_to_is_the_next_one():
    draft = drafted("President Tomas Brek is due to meet Chancellor Ivo Marsh on Monday.\n")  # published on a Friday
    assert [str(m.date.date) for m in draft.meetings if m.date] == ["2024-03-11"]
    # must not match: a meeting told in the past is the Monday before
    past = drafted("President Tomas Brek met Chancellor Ivo Marsh on Monday.\n")
    assert [str(m.date.date) for m in past.meetings if m.date] == ["2024-03-04"]


def test_two_people_who_discussed_something_by_phone_had_a_call():
    text = "Chancellor Ivo Marsh and President Tomas Brek discussed the grid by phone on Thursday.\n"
    draft = drafted(text)
    assert meetings(text) == [(["ivo-marsh", "tomas-brek"], "held")]
    assert draft.meetings[0].form == "phone"
    # must not match: one person discussing something by phone names no one met
    alone = "Chancellor Ivo Marsh discussed the grid by phone on Thursday.\n"
    assert meetings(alone) == []


def test_arrived_in_the_morning_is_a_time_not_a_visit():
    text = "Chancellor Ivo Marsh spoke to the press on Thursday. President Tomas Brek arrived in the morning.\n"
    assert meetings(text) == []
    # must not match: arriving in a place is a visit
    visit = "Chancellor Ivo Marsh spoke to the press on Thursday. President Tomas Brek arrived in Veldor.\n"
    assert meetings(visit) == [(["tomas-brek"], "held")]


def test_a_refusal_a_negation_a_demand_or_an_urging_is_no_meeting():
    for text in ("Chancellor Ivo Marsh refused to meet President Tomas Brek on Monday.\n",
                 "Chancellor Ivo Marsh has never met President Tomas Brek.\n",
                 "Chancellor Ivo Marsh called for talks with President Tomas Brek.\n",
                 "Chancellor Ivo Marsh urged President Tomas Brek to meet Prime Minister Anna Vel.\n"):
        assert meetings(text) == [], text
    # must not match: the meeting itself, and "not only met" (no negation of the meeting)
    assert meetings("Chancellor Ivo Marsh met President Tomas Brek on Monday.\n") == [
        (["ivo-marsh", "tomas-brek"], "held")]
    assert meetings("Chancellor Ivo Marsh not only met President Tomas Brek but also toured the port.\n") == [
        (["ivo-marsh", "tomas-brek"], "held")]


def test_called_with_a_name_and_a_time_after_it_is_a_phone_call():
    text = "Chancellor Ivo Marsh called President Tomas Brek on Thursday to congratulate him.\n"
    draft = drafted(text)
    assert meetings(text) == [(["ivo-marsh", "tomas-brek"], "held")]
    assert draft.meetings[0].form == "phone"
    # must not match: naming something or someone ("called Y a partner", "a plan, called X,")
    for other in ("Chancellor Ivo Marsh called President Tomas Brek a reliable partner.\n",
                  "The plan, called Harbour First, was approved by President Tomas Brek.\n"):
        assert meetings(other) == [], other


def test_separate_meetings_told_after_the_list_or_as_an_adjective_are_one_meeting_each():
    for text in ("Chancellor Ivo Marsh met with President Tomas Brek and Prime Minister Anna Vel in separate meetings "
                 "on Thursday.\n",
                 "Chancellor Ivo Marsh held separate talks with President Tomas Brek and Prime Minister Anna Vel.\n",
                 "Chancellor Ivo Marsh met with President Tomas Brek and Prime Minister Anna Vel separately.\n"):
        assert meetings(text) == [(["ivo-marsh", "tomas-brek"], "held"), (["anna-vel", "ivo-marsh"], "held")], text
    # must not match: a meeting of the three together stays one
    together = "Chancellor Ivo Marsh met with President Tomas Brek and Prime Minister Anna Vel on Thursday.\n"
    assert meetings(together) == [(["anna-vel", "ivo-marsh", "tomas-brek"], "held")]


def test_a_second_person_met_and_then_or_before_meeting_is_a_second_meeting():
    for text in ("Chancellor Ivo Marsh will meet President Tomas Brek and then Prime Minister Anna Vel.\n",
                 "Chancellor Ivo Marsh met President Tomas Brek before meeting Prime Minister Anna Vel.\n"):
        assert len(drafted(text).meetings) == 2, text
        assert {tuple(p) for p, _ in meetings(text)} == {("ivo-marsh", "tomas-brek"), ("anna-vel", "ivo-marsh")}
    # must not match: "and" alone joins the two into one meeting
    one = "Chancellor Ivo Marsh will meet President Tomas Brek and Prime Minister Anna Vel.\n"
    assert meetings(one) == [(["anna-vel", "ivo-marsh", "tomas-brek"], "planned")]


def test_a_trilateral_with_two_people_is_a_meeting_of_the_three():
    text = "Chancellor Ivo Marsh held a trilateral with President Tomas Brek and Prime Minister Anna Vel.\n"
    assert meetings(text) == [(["anna-vel", "ivo-marsh", "tomas-brek"], "held")]
    # must not match: a trilateral with no one named
    assert meetings("Chancellor Ivo Marsh held a trilateral with the two neighbours.\n") == []


def test_a_sentence_saying_someone_also_attended_or_sat_in_adds_them_to_the_meeting_before():
    for after in ("Energy Minister Lena Sorv also attended.", "Energy Minister Lena Sorv sat in on the talks."):
        text = f"Chancellor Ivo Marsh met President Tomas Brek in Veldor on Thursday. {after}\n"
        assert meetings(text) == [(["ivo-marsh", "lena-sorv", "tomas-brek"], "held")], after
    # must not match: attending something else is no part of the meeting
    other = ("Chancellor Ivo Marsh met President Tomas Brek in Veldor on Thursday. Energy Minister Lena Sorv "
             "attended a concert.\n")
    assert meetings(other) == [(["ivo-marsh", "tomas-brek"], "held")]


def test_a_call_that_opens_the_sentence_is_the_call_of_the_people_its_main_clause_names():
    text = "In a phone call on Tuesday, Chancellor Ivo Marsh thanked President Tomas Brek for his help.\n"
    draft = drafted(text)
    assert meetings(text) == [(["ivo-marsh", "tomas-brek"], "held")]
    assert draft.meetings[0].form == "phone"
    # must not match: a speech is no meeting, and "their" call is the one told before, not one more
    assert meetings("In a speech on Tuesday, Chancellor Ivo Marsh thanked President Tomas Brek.\n") == []
    before = ("Chancellor Ivo Marsh spoke with President Tomas Brek on Tuesday. During their call, Chancellor Marsh "
              "and President Brek agreed on the bridge.\n")
    assert len(drafted(before).meetings) == 1


def test_told_someone_in_a_call_that_and_spoke_over_the_phone_are_calls():
    for text in ("Chancellor Ivo Marsh told President Tomas Brek in a phone call that the border is open.\n",
                 "Chancellor Ivo Marsh spoke over the phone with President Tomas Brek on Tuesday.\n"):
        draft = drafted(text)
        assert meetings(text) == [(["ivo-marsh", "tomas-brek"], "held")], text
        assert draft.meetings[0].form == "phone", text
    # must not match: a meeting "that he will chair" is another's, told by the clause after it
    other = "Chancellor Ivo Marsh and President Tomas Brek spoke of the border in a meeting that he will chair.\n"
    assert meetings(other) == []


def test_a_possessor_after_the_meeting_verb_is_not_the_person_met():
    for text in ("Chancellor Ivo Marsh met President Tomas Brek’s envoy in Veldor on Thursday.\n",
                 "Chancellor Ivo Marsh engaged with President Tomas Brek’s proposal on Thursday.\n"):
        assert meetings(text) == [], text
    # must not match: a person named after the possessive phrase is met, and a country's possessive is no person
    named = "Chancellor Ivo Marsh spoke with President Tomas Brek’s chief of staff, Lena Sorv, on Thursday.\n"
    assert meetings(named) == [(["ivo-marsh", "lena-sorv"], "held")]
    country = "Chancellor Ivo Marsh met Ostravia’s President Tomas Brek on Thursday.\n"
    assert meetings(country) == [(["ivo-marsh", "tomas-brek"], "held")]
