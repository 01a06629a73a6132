"""Every export format, read back as its reader would: content, escaping, round trips, atomic files."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import stat
from html.parser import HTMLParser
from pathlib import Path

import pytest

from diplo_gui import cli
from diplo_gui.core import atomic, bundled, export, loading
from diplo_gui.core.citation import Citation
from diplo_gui.core.model import Issue, Meeting, PartialDate, Participant, Person, Place, Quote, Source

UNGA = "2023-09-18-blinken-han-zheng"

# What a hostile or careless data file can hold: markup, script, formula cells, odd URLs.
EVE = Person("eve", "<b>Eve</b> <img src=x onerror=alert(1)>", "US", "=cmd|' /C calc'!A0", "@Spy & <i>co</i>")
MALLORY = Person("mallory", "Mallory [x](javascript:alert(1)) *bold* `code` | pipe", "CN")
HOSTILE = Meeting(
    id="hostile", title="<script>alert('t')</script> & <h1>Big</h1>", date=PartialDate(2023, 5),
    place=Place(city="+SUM(A1)", country="FR", venue="<iframe src='file:///etc/passwd'>"),
    participants=(Participant(EVE, role="-2+3"), Participant(MALLORY)),
    quotes=(Quote(EVE, "</p><script>alert(1)</script> “quoted” & ]]>", Source("<u>Leak</u>", "javascript:alert(1)")),
            Quote(MALLORY, "=HYPERLINK(\"http://evil\")", Source("Good", "https://example.org/a?b=<c>&d=\"e\""))),
    issues=(Issue("x", "<marquee>issue</marquee>"),),
    summary="# not a heading\n<img src=x>",
    sources=(Source("<b>Evil</b>", "file:///etc/passwd"), Source("Fine", "https://example.org/")),
)


@pytest.fixture(scope="module")
def dataset():
    return loading.load([bundled.data_dir()]).dataset


@pytest.fixture(scope="module")
def unga(dataset) -> Meeting:
    meeting = dataset.meeting(UNGA)
    assert meeting is not None
    return meeting


class _Page(HTMLParser):
    """Collects what a browser would build: tags, attributes, and the text a reader sees."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str, str | None]] = []
        self.text: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):  # type: ignore[no-untyped-def]
        self.tags.append(tag)
        if tag in ("p", "td", "tr", "div", "blockquote", "h1", "h2", "h3", "br"):
            self.text.append(" ")  # a block or a cell starts: words do not run together
        self.attrs.extend((tag, k, v) for k, v in attrs)
        if tag in ("style", "title"):
            self._skip += 1

    def handle_endtag(self, tag):  # type: ignore[no-untyped-def]
        if tag in ("style", "title"):
            self._skip -= 1

    def handle_data(self, data):  # type: ignore[no-untyped-def]
        if not self._skip:
            self.text.append(data)


    def shown(self) -> str:
        """The visible text with whitespace folded, as a reader sees it."""
        return " ".join("".join(self.text).split())


def read_html(text: str) -> _Page:
    page = _Page()
    page.feed(text)
    page.close()
    return page


# -- HTML -------------------------------------------------------------------------------

def test_html_of_the_unga_meeting_reads_like_the_detail_pane(unga):
    page = read_html(export.to_html([unga], unga.title))
    text = page.shown()
    assert page.tags.count("h1") == 1  # one meeting under its own title: not repeated
    assert "Blinken meets Han Zheng in New York during the UN General Assembly" in text
    assert "18 September 2023 · China's mission to the United Nations, New York, United States of America" in text
    assert "Han Zheng 韩正 Vice President of the People's Republic of China China" in text
    assert ("“At present, China-U.S. relations are the most consequential relations.” — Han Zheng, "
            "Vice President of the People's Republic of China via interpreter, spoken in Chinese · source: "
            "U.S. Department of State (as republished by Mirage News) “The world needs") in text
    assert ("“The world expects us to responsibly manage our relationship” — Antony Blinken, Secretary of State "
            "own words · source: Reuters") in text
    # The URL is printed, not only linked.
    assert "Sources U.S. Department of State (as republished by Mirage News), “Secretary Blinken and Vice President Han Zheng before their meeting " \
           "(transcript, as republished by Mirage News)”, 18 September 2023 " \
           "https://miragenews.com/blinken-chinas-vp-han-zheng-prep-for-meeting-1086781" in text
    assert ("a", "href", "https://miragenews.com/blinken-chinas-vp-han-zheng-prep-for-meeting-1086781") in page.attrs


def test_html_is_self_contained(dataset):
    text = export.to_html(dataset.meetings)
    page = read_html(text)
    assert not {"script", "img", "link", "iframe", "object", "embed"} & set(page.tags)
    assert not [a for a in page.attrs if a[1] in ("src", "srcset") or a[1].startswith("on")]
    assert "url(" not in text and "@import" not in text
    assert ("meta", "http-equiv", "Content-Security-Policy") in page.attrs
    assert "<style>" in text
    assert page.tags.count("div") == len(dataset.meetings)
    assert page.shown().startswith(f"Diplomatic meetings {len(dataset.meetings)} meetings "
                                   f"{dataset.meetings[0].title}")


def test_hostile_text_is_text_in_html():
    text = export.to_html([HOSTILE], "<b>My</b> list")
    page = read_html(text)
    shown = page.shown()
    assert set(page.tags) <= {"html", "head", "meta", "title", "style", "body", "div", "h1", "h2", "h3", "p",
                              "span", "table", "tr", "td", "b", "i", "blockquote", "a"}
    assert "<b>My</b> list" in shown
    assert "<script>alert('t')</script> & <h1>Big</h1>" in shown
    assert "“</p><script>alert(1)</script> “quoted” & ]]>”" in shown
    assert "<b>Eve</b> <img src=x onerror=alert(1)>" in shown
    assert "@Spy & <i>co</i>" not in shown  # the role at this meeting is "-2+3"
    assert "-2+3" in shown and "<marquee>issue</marquee>" in shown and "# not a heading" in shown
    links = [v for tag, k, v in page.attrs if tag == "a" and k == "href"]
    assert links == ["https://example.org/a?b=<c>&d=\"e\"", "https://example.org/"]  # javascript:, file: are text only
    assert "<u>Leak</u>" in shown and "<b>Evil</b>" in shown


# -- Markdown ---------------------------------------------------------------------------

def test_markdown_of_a_meeting_has_quotes_with_speakers_and_sources(unga):
    text = export.to_markdown([unga], unga.title)
    assert text.startswith("# Blinken meets Han Zheng in New York during the UN General Assembly\n")
    assert text.count("\n# ") == 0
    assert ("> “The world needs a steady and sound China-U.S. relationship, and such a relationship is beneficial "
            "with two countries and the world at large.”\n"
            "> — Han Zheng, Vice President of the People's Republic of China\n"
            "> *via interpreter, spoken in Chinese* — source: [U.S. Department of State (as republished by Mirage News)](<https://miragenews.com/") in text
    assert ("Sources: [U.S. Department of State (as republished by Mirage News), “Secretary Blinken and Vice President Han Zheng before their "
            "meeting (transcript, as republished by Mirage News)”, 18 September 2023]"
            "(<https://miragenews.com/blinken-chinas-vp-han-zheng-prep-for-meeting-1086781>); ") in text


def test_hostile_text_is_escaped_in_markdown():
    text = export.to_markdown([HOSTILE], "A [title](http://x)")
    assert text.startswith("# A \\[title\\](http://x)\n\n## \\<script\\>alert('t')\\</script\\> \\& \\<h1\\>Big\\</h1\\>")
    assert not re.search(r"(?<!\\)<(?!https://)", text)  # every < is escaped, but our own link targets
    assert "Mallory \\[x\\](javascript:alert(1)) \\*bold\\* \\`code\\` \\| pipe" in text
    assert "\\# not a heading" in text  # summary newlines are folded: no heading can start a line
    assert "(javascript:" not in text.replace("\\](javascript:", "")
    assert "Sources: \\<b\\>Evil\\</b\\>; [Fine](<https://example.org/>)" in text  # an unsafe URL is not linked
    assert "](<https://example.org/a?b=%3Cc%3E&d=\"e\">)" in text


# -- CSV --------------------------------------------------------------------------------

def test_csv_is_one_row_per_meeting_with_participants_and_issues(dataset):
    rows = list(csv.DictReader(io.StringIO(export.to_csv(dataset.meetings))))
    assert [r["id"] for r in rows] == [m.id for m in dataset.meetings]
    unga = next(r for r in rows if r["id"] == UNGA)
    assert unga["participants"] == ("Antony Blinken (Secretary of State); "
                                    "Han Zheng (Vice President of the People's Republic of China)")
    assert unga["issues"] == ("Stabilising US–China relations; Lines of communication; Russian invasion of Ukraine; "
                              "North Korea; Taiwan")
    assert unga["date"] == "2023-09-18" and unga["city"] == "New York" and unga["quotes"] == "6"


def test_csv_leaves_a_missing_city_venue_or_country_empty():
    bare = Meeting(id="bare", title="Somewhere", date=PartialDate(2023), place=Place(country="MT"),
                   participants=(Participant(MALLORY),))
    nowhere = Meeting(id="nowhere", title="Nowhere", date=PartialDate(2023), participants=(Participant(MALLORY),))
    rows = list(csv.DictReader(io.StringIO(export.to_csv([bare, nowhere]))))
    assert [(r["city"], r["country"], r["venue"], r["end_date"]) for r in rows] == [("", "MT", "", ""), ("", "", "", "")]
    assert "None" not in export.to_csv([bare, nowhere])


def test_csv_cells_never_run_as_formulas():
    row = next(csv.DictReader(io.StringIO(export.to_csv([HOSTILE]))))
    assert row["city"] == "'+SUM(A1)"
    assert row["title"] == "<script>alert('t')</script> & <h1>Big</h1>"  # plain text in a spreadsheet
    for value in row.values():
        assert value[:1] not in ("=", "+", "-", "@"), value


# -- JSON -------------------------------------------------------------------------------

def test_json_of_a_filtered_subset_loads_as_the_same_meetings(dataset, tmp_path):
    subset = [m for m in dataset.meetings if any(i.id == "taiwan" for i in m.issues)]
    path = tmp_path / "subset.json"
    path.write_text(export.to_json(subset), encoding="utf-8")
    again = loading.load([path])
    assert again.problems == ()
    assert again.dataset.meetings == tuple(subset)
    assert set(again.dataset.people) == {p.person.id for m in subset for p in m.participants} | {
        q.speaker.id for m in subset for q in m.quotes}


def test_json_keeps_hostile_text_verbatim(tmp_path):
    path = tmp_path / "hostile.json"
    document = json.loads(export.to_json([HOSTILE]))
    assert document["meetings"][0]["title"] == HOSTILE.title
    assert document["people"][0]["name"] == EVE.name
    path.write_text(export.to_json([HOSTILE]), encoding="utf-8")
    again = loading.load([path]).dataset.meeting("hostile")
    assert again is not None
    assert again.title == HOSTILE.title and again.quotes[0].text == HOSTILE.quotes[0].text
    assert again.quotes[1] == HOSTILE.quotes[1]


# -- citation ---------------------------------------------------------------------------

def test_a_citation_names_speaker_role_meeting_place_date_and_source(unga):
    citation = Citation.of(unga, unga.quotes[4])
    assert citation.as_text() == (
        "“The world expects us to responsibly manage our relationship”\n"
        "— Antony Blinken, Secretary of State, at “Blinken meets Han Zheng in New York during the UN General "
        "Assembly”, China's mission to the United Nations, New York, United States of America, 18 September 2023.\n"
        "Source: Reuters (Humeyra Pamuk, Michael Martina), via Yahoo News, “Top US diplomat Blinken meets China's VP "
        "Han at U.N. amid strained ties”, https://au.news.yahoo.com/top-us-diplomat-blinken-meets-192258735.html")
    page = read_html(citation.as_html())
    assert page.shown().startswith("“The world expects us to responsibly manage our relationship” — Antony Blinken")
    assert ("a", "href", "https://au.news.yahoo.com/top-us-diplomat-blinken-meets-192258735.html") in page.attrs
    interpreted = Citation.of(unga, unga.quotes[0]).as_text()
    assert "18 September 2023 (via interpreter, spoken in Chinese).\nSource: U.S. Department of State (as republished by Mirage News), " in interpreted


def test_a_quote_cites_its_own_source_first_and_never_an_unsafe_url():
    good = Citation.of(HOSTILE, HOSTILE.quotes[1])
    assert good.source_title == "Good" and good.source_url == "https://example.org/a?b=<c>&d=\"e\""
    bad = Citation.of(HOSTILE, HOSTILE.quotes[0])
    assert bad.source_title == "<u>Leak</u>" and bad.source_url is None
    assert bad.as_text().endswith("\nSource: <u>Leak</u>")
    assert bad.role == "-2+3"  # the role at this meeting, not the person's usual one
    page = read_html(bad.as_html())
    assert set(page.tags) <= {"blockquote", "p", "b", "i", "a"}
    assert not [a for a in page.attrs if a[0] == "a"]
    assert "“</p><script>alert(1)</script> “quoted” & ]]>”" in page.shown()


def test_a_citation_without_source_or_place_leaves_them_out():
    bare = Meeting("bare", "Bare", PartialDate(2024), participants=(Participant(MALLORY),),
                   quotes=(Quote(MALLORY, "hello"),))
    assert Citation.of(bare, bare.quotes[0]).as_text() == (
        "“hello”\n— Mallory [x](javascript:alert(1)) *bold* `code` | pipe, at “Bare”, 2024.")


# -- atomic files -----------------------------------------------------------------------

def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_atomic_write_replaces_the_file_and_keeps_its_permissions(tmp_path):
    target = tmp_path / "out.html"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    written = atomic.write_text_atomic(target, "new ✓")
    assert written == target and target.read_text(encoding="utf-8") == "new ✓"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert _leftovers(tmp_path) == []


def test_a_new_file_gets_the_usual_permissions(tmp_path):
    mask = os.umask(0o022)
    try:
        atomic.write_bytes_atomic(tmp_path / "new.csv", b"x")
    finally:
        os.umask(mask)
    assert stat.S_IMODE((tmp_path / "new.csv").stat().st_mode) == 0o644


def test_an_exception_mid_write_leaves_the_old_file_and_no_debris(tmp_path):
    target = tmp_path / "out.md"
    target.write_text("precious", encoding="utf-8")

    def half_then_fail(stream):  # type: ignore[no-untyped-def]
        stream.write(b"half a docu")
        raise RuntimeError("disk on fire")

    with pytest.raises(RuntimeError):
        atomic.write_atomic(target, half_then_fail)
    assert target.read_text(encoding="utf-8") == "precious"
    assert _leftovers(tmp_path) == []


def test_a_failed_rename_leaves_the_old_file_and_no_debris(tmp_path, monkeypatch):
    target = tmp_path / "out.json"
    target.write_text("precious", encoding="utf-8")

    def refuse(src, dst):  # type: ignore[no-untyped-def]
        raise PermissionError(13, "Permission denied", str(dst))

    monkeypatch.setattr(atomic.os, "replace", refuse)
    with pytest.raises(PermissionError):
        atomic.write_text_atomic(target, "new")
    monkeypatch.undo()
    assert target.read_text(encoding="utf-8") == "precious"
    assert _leftovers(tmp_path) == []


def test_no_folder_or_a_folder_as_target_is_an_os_error(tmp_path):
    with pytest.raises(FileNotFoundError):
        atomic.write_text_atomic(tmp_path / "missing" / "out.csv", "x")
    (tmp_path / "dir.csv").mkdir()
    with pytest.raises(IsADirectoryError):
        atomic.write_text_atomic(tmp_path / "dir.csv", "x")
    assert not (tmp_path / "missing").exists() and _leftovers(tmp_path) == []


# -- diplo-data export --------------------------------------------------------------------

def test_cli_exports_one_meeting_as_html(capsys, unga):
    assert cli.main(["export", "--format", "html", "--meeting", UNGA]) == 0
    assert capsys.readouterr().out == export.to_html([unga], unga.title)


def test_cli_html_of_a_search_is_titled_by_it(capsys, dataset):
    assert cli.main(["export", "--format", "html", "--search", "issue:taiwan"]) == 0
    page = read_html(capsys.readouterr().out)
    taiwan = [m for m in dataset.meetings if any(i.id == "taiwan" for i in m.issues)]
    assert len(taiwan) > 1
    assert page.shown().startswith(f"Diplomatic meetings matching “issue:taiwan” {len(taiwan)} meetings "
                                   f"{taiwan[0].title}")


def test_cli_json_of_one_meeting_round_trips(tmp_path, unga):
    out = tmp_path / "one.json"
    assert cli.main(["export", "--format", "json", "--meeting", UNGA, "-o", str(out)]) == 0
    assert loading.load([out]).dataset.meetings == (unga,)


def test_cli_unknown_meeting_is_an_error(capsys):
    assert cli.main(["export", "--format", "markdown", "--meeting", "no-such-meeting"]) == 1
    assert "no meeting 'no-such-meeting' is loaded" in capsys.readouterr().err


def test_cli_pdf_needs_a_file_not_standard_output(capsys):
    # Refused before any child process runs (the PDF itself: tests/ui/test_cli_pdf.py).
    for argv in (["export", "--format", "pdf"], ["export", "--format", "pdf", "-o", "-"]):
        assert cli.main(argv) == 2
        captured = capsys.readouterr()
        assert captured.out == ""
        assert captured.err == "diplo-data: a PDF is not written to standard output: give a file with -o FILE.pdf\n"


def test_cli_failed_write_keeps_the_old_file(tmp_path, capsys, monkeypatch):
    out = tmp_path / "all.csv"
    out.write_text("precious", encoding="utf-8")
    monkeypatch.setattr(atomic.os, "fsync", lambda fd: (_ for _ in ()).throw(OSError(28, "No space left on device")))
    assert cli.main(["export", "--format", "csv", "-o", str(out)]) == 2
    assert "No space left on device" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "precious" and _leftovers(tmp_path) == []
