"""The seed article, drafted and written as YAML: the bundled meetings come back in substance."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import yaml

from diplo_gui import cli
from diplo_gui.core import loading
from diplo_gui.core.drafting import draft_article
from diplo_gui.core.model import Status

SEED = Path(__file__).parents[1] / "data" / "drafting" / "seed-reuters-2023-09-18.txt"
# The Reuters article, as the bundled record cites it.
REUTERS_ARTICLE = "https://au.news.yahoo.com/top-us-diplomat-blinken-meets-192258735.html"


def _draft():  # type: ignore[no-untyped-def]
    dataset = loading.load(loading.sources([], True)).dataset
    return dataset, draft_article(SEED.read_text(encoding="utf-8"), dt.date(2023, 9, 18), dataset)


def test_the_seed_quotes_and_speakers_are_the_articles_and_its_reuters_quote_is_the_bundled_one():
    # The bundled record no longer takes EFE's back-translated words as quotes (see
    # resources/data/us-china-2022-2023.yaml): the draft is held to what the article says.
    dataset, draft = _draft()
    gold = yaml.safe_load((SEED.parent / "seed-gold.yaml").read_text(encoding="utf-8"))
    expected = [(q["text"], q["speaker"]) for q in gold["quotes"]]
    assert [(q.text, q.speaker) for q in draft.quotes] == expected
    [un] = [m for m in draft.meetings if m.place.venue and "General Assembly" in m.place.venue.value]
    assert [(q.text, q.speaker) for q in un.quotes] == expected
    assert ([p.person for p in un.participants], str(un.date.date)) == (["antony-blinken", "han-zheng"], "2023-09-18")
    assert (un.place.city.value, un.place.country.value, un.place.venue.value) == (
        "New York", "US", "United Nations General Assembly (sidelines)")
    bundled = dataset.meeting("2023-09-18-blinken-han-zheng")
    reuters = [(q.text, q.speaker.id) for q in bundled.quotes if q.source and q.source.id == "reuters"]
    assert expected[-1] in reuters  # the article's one Reuters quote is in the record, from Reuters


def test_the_seed_meetings_are_drafted_with_participants_dates_and_status():
    _, draft = _draft()
    got = [(sorted(p.person for p in m.participants), m.date and str(m.date.date), m.status) for m in draft.meetings]
    assert got == [
        (["antony-blinken", "han-zheng"], "2023-09-18", Status.HELD),
        (["jake-sullivan", "wang-yi"], "2023-09-17", Status.HELD),  # "one day after"
        (["joe-biden", "xi-jinping"], "2023-11", Status.PLANNED),  # "a possible future meeting … next November"
        (["joe-biden", "xi-jinping"], "2022", Status.HELD),  # "last met in 2022 during the G20 in Bali"
        (["antony-blinken"], "2023-06", Status.HELD),  # "visited Beijing last June"
        # "a trip that was later repeated by …": one visit each, with no date to give
        (["janet-yellen"], None, Status.HELD),
        (["john-kerry"], None, Status.HELD),
        (["gina-raimondo"], None, Status.HELD),
    ]
    assert {m.place.city.value for m in draft.meetings[4:]} == {"Beijing"}


def test_diplo_data_draft_writes_yaml_that_validates_with_the_bundled_data(tmp_path, capsys):
    out = tmp_path / "draft.yaml"
    # The article's own "Source: https://www.reuters.com" is a home page (a warning now): cite the article itself.
    assert cli.main(["draft", str(SEED), "--published", "2023-09-18", "--source-url", REUTERS_ARTICLE,
                     "--source-title", "Reuters", "--no-match", "-o", str(out)]) == 0
    assert cli.main(["validate", str(out)]) == 0
    assert capsys.readouterr().out == ""
    data = yaml.safe_load(out.read_text(encoding="utf-8"))
    bundled_ids = {m.id for m in loading.load(loading.sources([], True)).dataset.meetings}
    assert not bundled_ids & {m["id"] for m in data["meetings"]}
    un = data["meetings"][0]
    assert all(q["source"] == {"title": "Reuters", "url": REUTERS_ARTICLE} for q in un["quotes"])
    loaded = loading.load(loading.sources([out], True))
    assert not loaded.has_errors


def test_an_unsafe_source_url_is_left_out_and_the_title_defaults_to_article(tmp_path):
    out = tmp_path / "draft.yaml"
    assert cli.main(["draft", str(SEED), "--published", "2023-09-18", "--source-url", "javascript:alert(1)",
                     "--no-match", "-o", str(out)]) == 0
    data = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert data["meetings"][0]["quotes"][0]["source"] == {"title": "Article"}
    assert "javascript" not in out.read_text(encoding="utf-8")


def test_markup_and_control_characters_survive_as_plain_text_in_the_yaml(tmp_path, capsys):
    article = tmp_path / "article.txt"
    article.write_text("Antony Blinken met with Han Zheng on Monday in Geneva.\n"
                       "“<b>Stable</b> ties\x07 & \"trust\" \\ matter\u2028now,” Han said.\n"
                       "“Nobody \x1b[2Jsigned this,” the statement read.\n", encoding="utf-8")
    out = tmp_path / "draft.yaml"
    assert cli.main(["draft", str(article), "--published", "2023-09-18", "--no-match", "-o", str(out)]) == 0
    assert cli.main(["validate", str(out)]) == 0
    assert capsys.readouterr().out == ""  # no problem at all: no control character reached the file
    meeting = loading.load(loading.sources([out], True)).dataset.meeting("2023-09-18-blinken-han-zheng-2")
    assert [(q.text, q.speaker.id) for q in meeting.quotes] == [
        ("<b>Stable</b> ties & \"trust\" \\ matter now", "han-zheng")]
    text = out.read_text(encoding="utf-8")
    written = article.read_text(encoding="utf-8")
    start, end = written.index("Nobody"), written.index("” the statement")  # the span counts the control
    assert f'#   chars {start}-{end}, unattributed: "Nobody [2Jsigned this"' in text


def test_a_meeting_with_no_date_is_kept_commented_out_for_the_reviewer(tmp_path):
    out = tmp_path / "draft.yaml"
    assert cli.main(["draft", str(SEED), "--published", "2023-09-18", "--no-match", "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert "#   - id: undated-yellen" in text and "#       - janet-yellen" in text
    assert "undated" not in {m.id.split("-")[0] for m in loading.load([out]).dataset.meetings}


def test_an_article_that_is_not_utf8_is_a_clear_error(tmp_path, capsys):
    article = tmp_path / "article.txt"
    article.write_bytes(b"\xff\xfe\x00bad")
    assert cli.main(["draft", str(article), "--published", "2023-09-18"]) == 2
    assert "not UTF-8" in capsys.readouterr().err


def test_a_bad_publication_date_or_a_missing_article_is_a_clear_error(tmp_path, capsys):
    assert cli.main(["draft", str(SEED), "--published", "2023-13-01"]) == 2
    assert "--published '2023-13-01' is not a date of the form YYYY-MM-DD" in capsys.readouterr().err
    assert cli.main(["draft", str(tmp_path / "missing.txt"), "--published", "2023-09-18"]) == 2
    assert "missing.txt: No such file or directory" in capsys.readouterr().err


def test_the_seed_drafted_against_the_bundled_data_adds_to_its_meetings_and_copies_none(tmp_path, capsys):
    dataset, draft = _draft()
    known = [m.known.meeting_id for m in draft.meetings if m.known is not None]
    # Every meeting the article reports is in the bundled data: each found once, none twice.
    assert len(known) == len(draft.meetings) and len(set(known)) == len(known)
    for meeting in draft.meetings:
        held = dataset.meeting(meeting.known.meeting_id)
        assert {p.person for p in meeting.participants} <= {p.person.id for p in held.participants}
    [un] = [m for m in draft.meetings if m.place.venue and "General Assembly" in m.place.venue.value]
    assert dataset.meeting(un.known.meeting_id).quotes  # the meeting whose quotes the article carries
    out = tmp_path / "draft.yaml"
    assert cli.main(["draft", str(SEED), "--published", "2023-09-18", "--source-title", "Reuters",
                     "--source-url", "https://www.reuters.com/world/seed", "-o", str(out)]) == 0
    assert "8 meetings (8 already in the data: additions proposed, no copy)" in capsys.readouterr().err
    text = out.read_text(encoding="utf-8")
    assert not (yaml.safe_load(text) or {}).get("meetings")  # no copy of a known meeting
    for meeting_id in known:
        assert f"#   - meeting: {meeting_id}  #" in text
    assert text.count('#       - {title: "Reuters", url: "https://www.reuters.com/world/seed"}') == len(known)
    assert cli.main(["validate", str(out)]) == 0
