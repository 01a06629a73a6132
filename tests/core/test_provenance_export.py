"""Provenance leaves the app intact: JSON reopens with it, documents and citations show it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from diplo_gui import cli
from diplo_gui.core import export, loading
from diplo_gui.core.citation import Citation

FIXTURE = Path(__file__).parents[1] / "data" / "provenance"
MEETING = "2023-09-18-example-sample"


def fixture_meeting():  # type: ignore[no-untyped-def]
    result = loading.load([FIXTURE])
    assert result.problems == ()
    return result.dataset.meeting(MEETING)


def test_json_keeps_provenance_in_the_input_format_and_reopens_as_the_same_meeting(tmp_path, capsys):
    out = tmp_path / "export.json"
    assert cli.main(["export", "--format", "json", "--no-bundled", "--data", str(FIXTURE), "-o", str(out)]) == 0
    document = json.loads(out.read_text(encoding="utf-8"))
    meeting = document["meetings"][0]
    assert meeting["quotes"][1] == {"speaker": "bo-sample", "text": "Our two countries' relationship is \"steady and "
                                    "sound,\"", "source": "transcript", "language": "zh", "rendering": "interpreter"}
    assert meeting["quotes"][2]["translated_by"] == "Example Wire" and meeting["quotes"][2]["translated_from"] == "es"
    assert meeting["sources"][0] == {
        "id": "transcript", "publisher": "Ministry of Examples",
        "title": "Minister Ada Example and Vice Minister Bo Sample Before Their Meeting",
        "url": "https://example.org/transcripts/2023-09-18-example-sample", "published": "2023-09-18",
        "kind": "transcript",
        "stored_text": {"file": "texts/example-transcript.txt", "extent": "full",
                        "licence": "Public domain (a fictional test text)"}}
    # Reopened beside a copy of its stored texts, it is the same meeting, and it verifies the same.
    shutil.copytree(FIXTURE / "texts", tmp_path / "texts")
    again = loading.load([out.rename(tmp_path / "export.yaml")])
    assert again.problems == ()
    reopened = again.dataset.meeting(MEETING)
    assert reopened == fixture_meeting()
    assert reopened.quotes[0].source is reopened.sources[0]
    capsys.readouterr()
    assert cli.main(["verify", "--", str(tmp_path / "export.yaml")]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "4 quotes: 2 found, 2 unverifiable, 0 not found"


def test_markdown_and_html_show_each_quotes_rendering_and_source():
    meeting = fixture_meeting()
    markdown = export.to_markdown([meeting], meeting.title)
    assert ("> “Our two countries' relationship is \"steady and sound,\"”\n"
            "> — Bo Sample, Vice Minister of Samples\n"
            "> *via interpreter, spoken in Chinese* — source: [Ministry of Examples]"
            "(<https://example.org/transcripts/2023-09-18-example-sample>)") in markdown
    assert "> *translated from Spanish by Example Wire, spoken in Chinese* — source: [Example Wire](<https://wire." in markdown
    assert "> — Ada Example, Minister of Examples\n> *own words*\n" in markdown
    # The sources in full, once, below the quotes.
    assert ("Sources: [Ministry of Examples, “Minister Ada Example and Vice Minister Bo Sample Before Their "
            "Meeting”, 18 September 2023](<https://example.org/transcripts/2023-09-18-example-sample>); ") in markdown
    page = export.to_html([meeting], meeting.title, language_name={"zh": "Chinese", "es": "Spanish"}.get)
    assert ('<p class="provenance"><i>via interpreter, spoken in Chinese</i> &middot; source: '
            '<a href="https://example.org/transcripts/2023-09-18-example-sample">Ministry of Examples</a></p>') in page
    assert ('<p><a href="https://example.org/transcripts/2023-09-18-example-sample">Ministry of Examples, '
            '“Minister Ada Example and Vice Minister Bo Sample Before Their Meeting”, 18 September 2023</a> '
            '<span class="url">https://example.org/transcripts/2023-09-18-example-sample</span></p>') in page
    assert "<i>translated from Spanish by Example Wire, spoken in Chinese</i>" in page


def test_the_citation_names_the_rendering_and_the_sources_deep_link():
    meeting = fixture_meeting()
    names = {"zh": "Chinese", "es": "Spanish"}.get
    cited = Citation.of(meeting, meeting.quotes[1], language_name=names)
    assert cited.as_text() == (
        "“Our two countries' relationship is \"steady and sound,\"”\n"
        "— Bo Sample, Vice Minister of Samples, at “Ada Example meets Bo Sample”, 18 September 2023 "
        "(via interpreter, spoken in Chinese).\n"
        "Source: Ministry of Examples, “Minister Ada Example and Vice Minister Bo Sample Before Their Meeting”, "
        "https://example.org/transcripts/2023-09-18-example-sample")
    html = cited.as_html()
    assert " (via interpreter, spoken in Chinese).</p>" in html
    assert ('<p>Source: Ministry of Examples, <a href="https://example.org/transcripts/2023-09-18-example-sample">'
            "Minister Ada Example") in html
    translated = Citation.of(meeting, meeting.quotes[2], language_name=names).as_text()
    assert "(translated from Spanish by Example Wire, spoken in Chinese)." in translated
    assert translated.endswith("https://wire.example.org/world/example-sample-meet?id=1")
    # An English speaker's own words need no note.
    own = Citation.of(meeting, meeting.quotes[0]).as_text()
    assert "18 September 2023.\nSource: Ministry of Examples" in own


def test_a_call_is_exported_as_a_call_and_reopens_as_one(tmp_path):
    bundled = loading.load(loading.sources([], True)).dataset
    call = bundled.meeting("2022-07-28-biden-xi-call")
    assert export.to_markdown([call], call.title).splitlines()[2] == "*28 July 2022 · by phone*"
    assert '<p class="meta">28 July 2022 · by phone</p>' in export.to_html([call], call.title)
    document = json.loads(export.to_json([call]))
    assert document["meetings"][0]["form"] == "phone"
    out = tmp_path / "call.json"
    out.write_text(export.to_json([call]), encoding="utf-8")
    assert loading.load([out]).dataset.meeting(call.id).form is call.form


def test_a_quote_that_names_no_source_is_never_cited_with_another_quotes_source():
    # The detail pane and verify show it without a source: the citation must not lend it the transcript.
    meeting = fixture_meeting()
    unsourced = meeting.quotes[3]
    assert unsourced.text == "Good morning, everyone." and unsourced.source is None
    cited = Citation.of(meeting, unsourced)
    assert "Source" not in cited.as_text() and "Source" not in cited.as_html()
    assert cited.as_text().endswith("18 September 2023.")


def test_in_an_old_file_the_meetings_first_source_is_still_cited(tmp_path):
    # Before provenance, a quote could not name its source: the meeting's first one stood for it.
    old = tmp_path / "old.yaml"
    old.write_text("""\
people:
  - {id: ada-example, name: Ada Example, country: GB}
  - {id: bo-sample, name: Bo Sample, country: CN}
meetings:
  - id: 2020-01-01-old
    title: An old meeting
    date: 2020-01-01
    participants: [ada-example, bo-sample]
    quotes:
      - {speaker: ada-example, text: Old words.}
    sources:
      - {title: An old article, url: "https://example.org/news/old-article"}
""", encoding="utf-8")
    result = loading.load([old])
    assert result.problems == ()
    meeting = result.dataset.meeting("2020-01-01-old")
    assert Citation.of(meeting, meeting.quotes[0]).as_text().endswith(
        "Source: An old article, https://example.org/news/old-article")


def test_a_quotes_language_is_named_in_english_and_an_unknown_code_stays_as_written():
    from diplo_gui.core.languages import language_name

    assert [language_name(code) for code in ("zh", "es", "ru", "yue", "el")] == [
        "Chinese", "Spanish", "Russian", "Yue Chinese", "Modern Greek"]
    assert language_name("qq") == "qq"  # not ISO 639: shown as written, never guessed
