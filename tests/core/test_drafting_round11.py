"""Eleventh round of real-text classes: a statement quoted over several paragraphs after one attribution
("…,” Mr Peters says." then paragraphs that are wholly quotations), a written message quoted after "The
message reads:", a short quoted term in a sentence, "separate meetings with A, B and C", a meeting told
twice, and the people of "our talks with …" inside a speaker's own quotation. Each test has a case that
must not match.

Invented people of invented states, written the way published releases, readouts and transcripts write
them; each test checks what a reviewer sees: the quotes with their speakers, the meetings and their people.
"""

from __future__ import annotations

import datetime as dt

from diplo_gui.core.drafting import draft_article
from diplo_gui.core.model import Dataset, Person

PUBLISHED = dt.date(2024, 3, 8)  # a Friday

PEOPLE = {
    "lena-ortiz": Person("lena-ortiz", "Lena Ortiz", role="Defence Minister of Veldoria"),
    "tomas-brek": Person("tomas-brek", "Tomas Brek", role="President of Ostravia"),
    "anna-vel": Person("anna-vel", "Anna Maria Vel", role="President of Marenland"),
    "ivo-sand": Person("ivo-sand", "Ivo Sand", role="Prime Minister of Veldoria"),
}


def drafted(text: str):
    return draft_article(text, PUBLISHED, Dataset.build(PEOPLE, {}, []))


def quotes(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in drafted(text).quotes]


def meetings(text: str) -> list[list[str]]:
    return [sorted(p.person for p in m.participants) for m in drafted(text).meetings]


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
