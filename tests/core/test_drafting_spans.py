"""Spans a review view can trust, and a draft that stays valid whatever the article holds."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diplo_gui.core import loading
from diplo_gui.core.drafting import draft_article, to_yaml
from diplo_gui.core.model import Source

SEED = Path(__file__).parents[1] / "data" / "drafting" / "seed-reuters-2023-09-18.txt"
PEOPLE = Path(__file__).parents[1] / "data" / "drafting" / "corpus" / "people.yaml"


def test_every_highlight_points_at_the_words_it_was_drafted_from():
    dataset = loading.load(loading.sources([], True)).dataset
    article = SEED.read_text(encoding="utf-8")
    draft = draft_article(article, dt.date(2023, 9, 18), dataset)
    shown = {(h.kind, article[h.span.start:h.span.end], h.value) for h in draft.highlights()}
    assert ("quote", "The world needs stable and healthy China-U.S. relations,",
            "The world needs stable and healthy China-U.S. relations") in shown
    assert ("speaker", "Han Zheng", "han-zheng") in shown
    assert ("speaker", "Blinken", "antony-blinken") in shown
    assert ("date", "on Monday", "2023-09-18") in shown
    assert ("venue", "United Nations General Assembly", "United Nations General Assembly (sidelines)") in shown
    assert ("city", "New York", "New York") in shown  # "The Assembly took place on New York city, USA."
    assert ("country", "Malta", "MT") in shown
    assert ("status", "possible future meeting", "planned") in shown
    assert ("term", "commitment", "commitment") in shown
    starts = [h.span.start for h in draft.highlights()]
    assert starts == sorted(starts)


# Pieces that trigger the patterns, and the characters that break naive code.
PIECES = ["“", "”", '"', "„", "«", "»", "Lena Ortiz", "Ortiz", "Tomas Brek", "Brek", "Dimitar Kolev", "Димитър Колев",
          "said", "told reporters", "explained", "she", "he", "met with", "and", "met", "talks between",
          "a possible future meeting between", "visited", "Geneva", "Bali (Indonesia)", "on Monday", "last June",
          "next November", "in 2022", "on the sidelines of the Nordic Council", "Vice President Ana Kovač",
          ",", ".", ":", "\n", "\n\n", "\x00", "\x07", "\x1b[2J", "\u2028", "\ufeff", "<b>", "</b>", "&amp;",
          "\\", "'", "—", "#", "- ", "{", "}", "[", "]", "*", "!", "?", "|", ">"]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), max_size=40), st.lists(st.sampled_from(["", " "]), min_size=40, max_size=40))
def test_any_article_drafts_to_yaml_that_loads_without_an_error(pieces, gaps):
    article = "".join(piece + gap for piece, gap in zip(pieces, gaps))
    known = loading.load([PEOPLE])
    draft = draft_article(article, dt.date(2024, 3, 8), known.dataset)
    for highlight in draft.highlights():
        assert 0 <= highlight.span.start < highlight.span.end <= len(article)
    for quote in draft.quotes:
        assert not any(ord(ch) < 32 and ch not in "\t\n" for ch in quote.text)
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "draft.yaml"
        out.write_text(to_yaml(draft, Source("Article <b>", "https://example.org/a?b=1#c")), encoding="utf-8")
        result = loading.load([PEOPLE, out])
    problems = [p for p in result.problems if p.path == str(out)]
    assert problems == []
    drafted = {m.id for m in draft.meetings if m.date is not None}
    assert drafted == {m.id for m in result.dataset.meetings}
