"""The bundled record: US–China meetings of 2022–2023, every quote backed by a stored text.

The record began with the seed article, which is Reuters' opening and one Reuters quote
followed by a machine translation of EFE's Spanish dispatch; the audit of that start
(../shared/research/bundled-data-audit.md) is what these tests hold the data to.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from diplo_gui import cli
from diplo_gui.core import bundled, loading, verify
from diplo_gui.core.model import Extent, MeetingForm, Rendering, SourceKind, Status
from diplo_gui.core.records import is_home_page_url

# The stored seed article is not in the repository: it sits in shared/ beside it, in every
# checkout (a worktree, CI's clone), as <repository root>/../shared/seed/article.txt.
REPOSITORY = Path(__file__).resolve().parents[2]
SEED = REPOSITORY.parent / "shared" / "seed" / "article.txt"
UNGA = "2023-09-18-blinken-han-zheng"


@pytest.fixture(scope="module")
def result() -> loading.LoadResult:
    return loading.load([bundled.data_dir()])


def meeting(result, meeting_id):
    return result.dataset.meeting(meeting_id)


def test_bundled_data_loads_without_a_single_problem(result):
    assert result.problems == ()


def test_the_record_holds_the_us_china_meetings_of_2022_and_2023_with_their_dates(result):
    dates = {m.id: (str(m.date), str(m.end_date or ""), m.status) for m in result.dataset.meetings}
    held = Status.HELD
    assert dates == {
        "2022-03-18-biden-xi-video-call": ("2022-03-18", "", held),
        "2022-07-28-biden-xi-call": ("2022-07-28", "", held),
        "2022-11-14-biden-xi-bali": ("2022-11-14", "", held),
        "2023-01-18-yellen-liu-he-zurich": ("2023-01-18", "", held),
        "2023-02-blinken-beijing-postponed": ("2023-02-05", "2023-02-06", Status.POSTPONED),
        "2023-02-18-blinken-wang-yi-munich": ("2023-02-18", "", held),
        "2023-05-10-sullivan-wang-yi-vienna": ("2023-05-10", "2023-05-11", held),
        "2023-06-18-blinken-beijing": ("2023-06-18", "", held),
        "2023-06-19-blinken-wang-yi-beijing": ("2023-06-19", "", held),
        "2023-06-19-blinken-xi-beijing": ("2023-06-19", "", held),
        "2023-07-06-yellen-beijing": ("2023-07-06", "2023-07-09", held),
        "2023-07-13-blinken-wang-yi-jakarta": ("2023-07-13", "", held),
        "2023-07-16-kerry-beijing": ("2023-07-16", "2023-07-19", held),
        "2023-08-27-raimondo-china": ("2023-08-27", "2023-08-29", held),
        "2023-08-30-raimondo-shanghai": ("2023-08-30", "", held),
        "2023-09-biden-li-qiang-new-delhi": ("2023-09", "", held),
        "2023-09-16-wang-yi-sullivan-malta": ("2023-09-16", "2023-09-17", held),
        UNGA: ("2023-09-18", "", held),
        "2023-10-07-schumer-chen-jining-shanghai": ("2023-10-07", "", held),
        "2023-10-09-schumer-delegation-beijing": ("2023-10-09", "", held),
        "2023-10-26-wang-yi-washington": ("2023-10-26", "2023-10-28", held),
        "2023-10-27-biden-wang-yi": ("2023-10-27", "", held),
        "2023-11-04-kerry-xie-sunnylands": ("2023-11-04", "2023-11-07", held),
        "2023-11-09-yellen-he-lifeng-san-francisco": ("2023-11-09", "2023-11-10", held),
        "2023-11-15-biden-xi-woodside": ("2023-11-15", "", held),
    }
    held_in_range = [m for m in result.dataset.meetings if m.status is held and 2022 <= m.date.year <= 2023]
    assert len(held_in_range) >= 20
    every_pair = [{p.person.country for p in m.participants} for m in held_in_range]
    assert all(countries == {"US", "CN"} for countries in every_pair)


def test_calls_are_marked_as_calls_not_visits(result):
    forms = {m.id: m.form for m in result.dataset.meetings if m.form is not MeetingForm.IN_PERSON}
    assert forms == {"2022-07-28-biden-xi-call": MeetingForm.PHONE,
                     "2022-03-18-biden-xi-video-call": MeetingForm.VIDEO}
    assert all(m.place is None for m in result.dataset.meetings if m.id in forms)


def test_every_meeting_has_a_deep_link_source_and_no_source_is_a_home_page(result):
    for m in result.dataset.meetings:
        assert m.sources, m.id
        for source in m.sources:
            parts = urlsplit(source.url or "")
            assert parts.scheme in ("http", "https") and parts.netloc, (m.id, source.url)
            assert not is_home_page_url(source.url), (m.id, source.url)
            # A deep link has a path, or names its page by query (WordPress "?p=291059").
            assert parts.path.strip("/") or parts.query, (m.id, source.url)
            assert source.publisher and source.id, (m.id, source.title)


def test_every_quote_names_its_source_and_is_found_in_its_stored_text_or_says_why_not(result):
    quotes = [q for m in result.dataset.meetings for q in m.quotes]
    assert len(quotes) >= 20
    checks = verify.verify(result.dataset.meetings)
    assert len(checks) == len(quotes)
    for check in checks:
        where = (check.meeting.id, check.quote.text)
        assert check.quote.source is not None and check.quote.source.id, where
        assert check.outcome is not verify.Outcome.NOT_FOUND, where
        if check.outcome is verify.Outcome.UNVERIFIABLE:
            assert check.quote.unverifiable, where  # the data says why no text backs it
    assert all(c.outcome is verify.Outcome.FOUND for c in checks)


def test_words_spoken_in_chinese_are_marked_as_an_interpreters_english(result):
    chinese_speakers = {p.id for p in result.dataset.people.values() if p.country == "CN"}
    spoken_in_chinese = [q for m in result.dataset.meetings for q in m.quotes if q.speaker.id in chinese_speakers]
    assert len(spoken_in_chinese) >= 5
    for quote in spoken_in_chinese:
        assert (quote.language, quote.rendering) == ("zh", Rendering.INTERPRETER), quote.text
    for m in result.dataset.meetings:
        for quote in m.quotes:
            if quote.speaker.id not in chinese_speakers:
                assert (quote.language, quote.rendering) == ("en", Rendering.OWN), quote.text


def test_stored_texts_full_only_with_a_licence_excerpts_naming_the_holder_and_none_left_over(result):
    used = set()
    for m in result.dataset.meetings:
        for source in m.sources:
            stored = source.stored_text
            if stored is None:
                continue
            used.add(stored.file)
            assert stored.licence, (m.id, stored.file)
            if stored.extent is Extent.FULL:
                assert "Public domain" in stored.licence, (m.id, stored.file)
            elif "Public domain" not in stored.licence:
                assert stored.licence.startswith("©") and "excerpt" in stored.licence, (m.id, stored.file)
            text = (bundled.data_dir() / stored.file).read_text(encoding="utf-8")
            first_line = text.splitlines()[0]
            # Only the text itself: title, address and licence live in the YAML.
            assert not re.match(r"(?i)(title|url|source|licen[cs]e|https?://)\b", first_line), stored.file
            if stored.extent is Extent.EXCERPT and "Public domain" not in stored.licence:
                assert len(text) < 1500, stored.file  # a short passage around the quotes, not the article
    on_disk = {f"texts/{p.name}" for p in (bundled.data_dir() / "texts").glob("*.txt")}
    assert on_disk == used


def test_the_unga_meeting_gives_han_zhengs_words_as_the_state_departments_interpreter_rendered_them(result):
    unga = meeting(result, UNGA)
    assert unga.place.venue == "China's mission to the United Nations" and unga.place.city == "New York"
    han = [q for q in unga.quotes if q.speaker.id == "han-zheng"]
    assert han[0].text == "At present, China-U.S. relations are the most consequential relations."
    for quote in han:
        assert quote.rendering is Rendering.INTERPRETER and quote.language == "zh"
        assert quote.source.kind is SourceKind.TRANSCRIPT
        assert quote.source.publisher == "U.S. Department of State (as republished by Mirage News)"
    # EFE's Spanish turned back into English is gone, from the quotes and from the summary.
    texts = [q.text for q in unga.quotes]
    assert not {"the most important", "high-level contacts", "keeping the lines of communication open",
                "The world needs stable and healthy China-U.S. relations"} & set(texts)
    assert '"' not in unga.summary and "“" not in unga.summary
    assert {i.id for i in unga.issues} >= {"ukraine-war", "north-korea", "taiwan", "lines-of-communication"}


def test_the_sources_say_what_the_seed_article_is(result):
    sources = {s.id: s for s in meeting(result, UNGA).sources}
    assert sources["reuters"].kind is SourceKind.NEWS_REPORT and sources["reuters"].publisher.startswith("Reuters")
    assert sources["efe"].language == "es" and "EFE" in sources["efe"].publisher
    assert "machine-translates" in sources["efe"].title
    data_file = (bundled.data_dir() / "us-china-2022-2023.yaml").read_text(encoding="utf-8")
    assert "machine translation of EFE's Spanish dispatch" in data_file


@pytest.mark.skipif(not SEED.is_file(), reason=f"the seed article is not at {SEED} "
                                                "(<repository root>/../shared/seed/article.txt)")
def test_the_seed_articles_opening_and_its_one_reuters_quote_are_in_reuters_stored_text(result):
    def flat(text):
        return verify.normalise(text)

    lines = SEED.read_text(encoding="utf-8").splitlines()
    first_paragraph = next(line for line in lines if line.strip() and line.strip() != "Image source")
    opening = flat(first_paragraph.split("economies.")[0] + "economies.")
    assert opening.startswith("U.S. Secretary of State Antony Blinken met with Chinese Vice President Han Zheng")
    seed = flat("\n".join(lines))
    unga = meeting(result, UNGA)
    reuters = next(s for s in unga.sources if s.id == "reuters")
    stored = flat((bundled.data_dir() / reuters.stored_text.file).read_text(encoding="utf-8"))
    assert opening in stored
    from_reuters = [q for q in unga.quotes if q.source is reuters and flat(q.text) in seed]
    assert [q.text[:40] for q in from_reuters] == ["From the perspective of the United State"]


def test_the_audits_findings_are_fixed(result):
    kerry = meeting(result, "2023-07-16-kerry-beijing")
    assert "han-zheng" in {p.person.id for p in kerry.participants}
    filoli = meeting(result, "2023-11-15-biden-xi-woodside")
    assert (filoli.place.city, filoli.place.venue) == ("Woodside", "Filoli Historic House & Garden")
    assert {s.kind for s in filoli.sources} >= {SourceKind.TRANSCRIPT}
    bali = meeting(result, "2022-11-14-biden-xi-bali")
    assert (bali.place.city, bali.place.venue) == ("Nusa Dua", "Mulia hotel, Bali")
    assert "the day before the G20 summit opened" in bali.summary
    beijing, shanghai = meeting(result, "2023-08-27-raimondo-china"), meeting(result, "2023-08-30-raimondo-shanghai")
    assert (beijing.place.city, shanghai.place.city) == ("Beijing", "Shanghai")
    postponed = meeting(result, "2023-02-blinken-beijing-postponed")
    assert "announced on 3 February" in postponed.summary


def test_a_changed_word_in_a_bundled_quote_fails_verify_at_the_quote(tmp_path, monkeypatch, capsys):
    copy = tmp_path / "data"
    shutil.copytree(bundled.data_dir(), copy)
    meetings_file = copy / "us-china-2022-2023.yaml"
    lines = meetings_file.read_text(encoding="utf-8").splitlines(keepends=True)
    original = "text: At present, China-U.S. relations are the most consequential relations."
    number = next(i for i, line in enumerate(lines) if original in line)
    lines[number] = lines[number].replace("most consequential", "most important")
    meetings_file.write_text("".join(lines), encoding="utf-8")
    monkeypatch.setattr(bundled, "data_dir", lambda: copy)

    assert cli.main(["verify"]) == 1

    column = lines[number].index("At present") + 1
    out = capsys.readouterr().out
    assert f"{meetings_file}:{number + 1}:{column}: error: quote not found" in out
    assert out.count("error:") == 1


def test_people_carry_native_names(result):
    people = result.dataset.people
    assert (people["han-zheng"].native_name, people["wang-yi"].native_name, people["xi-jinping"].native_name) == \
        ("韩正", "王毅", "习近平")
