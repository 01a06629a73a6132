"""The bundled meetings: the seed article's record, complete, sourced and clean."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from diplo_gui.core import bundled, loading
from diplo_gui.core.model import Status

# The stored seed article is not in the repository: it sits in shared/ beside it, in every
# checkout (a worktree, CI's clone), as <repository root>/../shared/seed/article.txt.
REPOSITORY = Path(__file__).resolve().parents[2]
SEED = REPOSITORY.parent / "shared" / "seed" / "article.txt"


@pytest.fixture(scope="module")
def result() -> loading.LoadResult:
    return loading.load([bundled.data_dir()])


def test_bundled_data_loads_without_a_single_problem(result):
    assert result.problems == ()


def test_the_seed_meetings_are_all_there_with_their_dates(result):
    dates = {m.id: (str(m.date), str(m.end_date or ""), m.status) for m in result.dataset.meetings}
    assert dates == {
        "2023-09-18-blinken-han-zheng": ("2023-09-18", "", Status.HELD),
        "2023-09-16-wang-yi-sullivan-malta": ("2023-09-16", "2023-09-17", Status.HELD),
        "2022-11-14-biden-xi-bali": ("2022-11-14", "", Status.HELD),
        "2023-06-18-blinken-beijing": ("2023-06-18", "2023-06-19", Status.HELD),
        "2023-07-06-yellen-beijing": ("2023-07-06", "2023-07-09", Status.HELD),
        "2023-07-16-kerry-beijing": ("2023-07-16", "2023-07-19", Status.HELD),
        "2023-08-27-raimondo-china": ("2023-08-27", "2023-08-30", Status.HELD),
        "2023-11-15-biden-xi-woodside": ("2023-11-15", "", Status.HELD),
        "2023-02-blinken-beijing-postponed": ("2023-02", "", Status.POSTPONED),
    }


def test_the_unga_quotes_have_their_speakers(result):
    unga = result.dataset.meeting("2023-09-18-blinken-han-zheng")
    by_speaker = {}
    for quote in unga.quotes:
        by_speaker.setdefault(quote.speaker.id, []).append(quote.text)
    assert by_speaker["han-zheng"] == ["the most important", "The world needs stable and healthy China-U.S. relations"]
    assert by_speaker["antony-blinken"][:2] == ["high-level contacts", "keeping the lines of communication open"]
    assert by_speaker["antony-blinken"][2].startswith("From the perspective of the United States, face-to-face")


@pytest.mark.skipif(not SEED.is_file(), reason=f"the seed article is not at {SEED} "
                                                "(<repository root>/../shared/seed/article.txt)")
def test_every_quote_is_verbatim_in_the_seed_article(result):
    article = re.sub(r"\s+", " ", SEED.read_text(encoding="utf-8"))
    for meeting in result.dataset.meetings:
        for quote in meeting.quotes:
            assert re.sub(r"\s+", " ", quote.text) in article, quote.text


def test_every_meeting_cites_an_http_source(result):
    for meeting in result.dataset.meetings:
        assert meeting.sources and all(s.url and s.url.startswith("https://") for s in meeting.sources), meeting.id


def test_people_carry_native_names(result):
    people = result.dataset.people
    assert (people["han-zheng"].native_name, people["wang-yi"].native_name, people["xi-jinping"].native_name) == \
        ("韩正", "王毅", "习近平")
