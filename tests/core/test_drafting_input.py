"""Any input to diplo-data draft: a clear message or a draft, never a traceback."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from diplo_gui import cli
from diplo_gui.core.drafting import draft_article
from diplo_gui.core.drafting.text import MAX_ARTICLE_BYTES
from diplo_gui.core.model import Dataset


def _draft(tmp_path, data: bytes, capsys):  # type: ignore[no-untyped-def]
    article = tmp_path / "article.txt"
    article.write_bytes(data)
    out = tmp_path / "draft.yaml"
    code = cli.main(["draft", str(article), "--published", "2024-03-08", "--no-bundled", "-o", str(out)])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err + captured.out
    return code, captured.err, out


@pytest.mark.parametrize(("data", "said"), [
    (b"", "the article is empty: there is nothing to draft"),
    (b" \n\n\t \n", "the article is empty: there is nothing to draft"),
    (bytes(random.Random(7).randrange(256) for _ in range(4096)), "is not UTF-8 text"),
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "is not UTF-8 text"),
    (b"Lena Ortiz met Tomas Brek\x00\x00\x00 in Geneva.", "it is a binary file, not text"),
    (b"Lena Ortiz met Tomas Brek in Geneva. " * (5 * 1024 * 1024 // 37), "over the 256 KiB"),
    (b"word " * (MAX_ARTICLE_BYTES // 5 + 1), "over the 256 KiB"),
])
def test_an_article_that_cannot_be_drafted_is_a_clear_message(tmp_path, capsys, data, said):
    code, err, out = _draft(tmp_path, data, capsys)
    assert code == 2
    assert err.startswith(f"diplo-data: {tmp_path / 'article.txt'}: the article ") and said in err
    assert not out.exists()


def test_a_long_text_with_no_sentence_break_is_drafted(tmp_path, capsys):
    line = "Lena Ortiz met with Tomas Brek in Geneva and Ortiz said “we keep talking” and "
    code, err, out = _draft(tmp_path, (line * 2000).encode(), capsys)  # 160 kB, not one full stop
    assert code == 0, err
    assert err.startswith("1 meeting (0 already in the data") and "2,000 quotes (" in err
    assert cli.main(["validate", "--no-bundled", str(out)]) == 0


@pytest.mark.parametrize("text", ["", "“", "”“", "\"" * 501, "Mr.", "A. B. C. D.", "“" + "x " * 3000,
                                  "President", "met with", "The President said: “", "\u2028\u2029\x85",
                                  "X said:\n\n“", "NAME: ", ":" * 100, "\ufeff" * 10])
def test_odd_texts_draft_without_an_exception(text):
    draft = draft_article(text, dt.date(2024, 3, 8), Dataset())
    assert all(0 <= q.parts[0].start <= q.parts[-1].end <= len(text) for q in draft.quotes)


def test_the_whole_real_corpus_as_one_long_text_is_drafted(tmp_path, capsys):
    # Near the size limit, in real prose: every rule runs over a long text (a quadratic one would take minutes).
    from pathlib import Path

    import yaml

    real = sorted((Path(__file__).parents[1] / "data" / "drafting" / "real").glob("*/[0-9]*.yaml"))
    text = "\n\n".join(yaml.safe_load(p.read_text(encoding="utf-8"))["text"] for p in real)
    text = (text + "\n\n") * max(1, MAX_ARTICLE_BYTES // len(text.encode("utf-8")))
    while len(text.encode("utf-8")) > MAX_ARTICLE_BYTES:  # the corpus outgrew the limit: whole texts up to it
        text = text[:text.rindex("\n\n")]
    assert len(text.encode("utf-8")) > MAX_ARTICLE_BYTES // 2
    code, err, out = _draft(tmp_path, text.encode("utf-8"), capsys)
    assert code == 0, err
    assert cli.main(["validate", "--no-bundled", str(out)]) == 0
    assert len(draft_article(text, dt.date(2024, 3, 8), Dataset()).meetings) >= 20


def test_a_draft_is_given_up_between_steps_when_its_caller_stops_wanting_it():
    from diplo_gui.core.drafting import DraftCancelled

    article = "Lena Ortiz met Tomas Brek in Vienna on Monday. “We agreed,” Ortiz said.\n" * 2000
    asked: list[int] = []

    def stop_after_some() -> bool:  # the reader presses Cancel while the engine is reading names
        asked.append(1)
        return len(asked) > 3

    with pytest.raises(DraftCancelled):
        draft_article(article, dt.date(2024, 3, 8), Dataset(), stop=stop_after_some)
    assert len(asked) == 4  # asked between steps, and not one step more once it said stop
    short = "Antony Blinken met with Han Zheng in New York today. “We agreed,” Blinken said.\n"
    never = draft_article(short, dt.date(2024, 3, 8), Dataset(), stop=lambda: False)
    assert never.meetings and never == draft_article(short, dt.date(2024, 3, 8), Dataset())  # no stop, no change
