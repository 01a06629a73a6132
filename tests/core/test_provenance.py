"""Provenance in the data format: sources with a stored text, quotes naming their source and rendering."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from diplo_gui import cli
from diplo_gui.core import bundled, loading
from diplo_gui.core.model import Extent, MeetingForm, PartialDate, Rendering, SourceKind
from diplo_gui.core.records import MEETING_KEYS, QUOTE_KEYS, SOURCE_KEYS, STORED_TEXT_KEYS

FIXTURE = Path(__file__).parents[1] / "data" / "provenance"

PEOPLE = """\
people:
  - {id: ada, name: Ada, country: GB}
  - {id: bo, name: Bo, country: CN}
"""


def load_alone(write_yaml, text: str):  # type: ignore[no-untyped-def]
    path = write_yaml(PEOPLE + text)
    result = loading.load([path])
    return path, result


def located(result) -> list[tuple[int, int, str, str]]:  # type: ignore[no-untyped-def]
    return [(p.line, p.col, p.severity.value, p.code) for p in result.problems]


def test_the_fixture_loads_with_every_provenance_field_and_no_problem():
    result = loading.load([FIXTURE])
    assert result.problems == ()
    meeting = result.dataset.meeting("2023-09-18-example-sample")
    assert meeting is not None and meeting.form is MeetingForm.IN_PERSON
    transcript, wire = meeting.sources
    assert (transcript.id, transcript.publisher, transcript.kind, transcript.language, transcript.published) == (
        "transcript", "Ministry of Examples", SourceKind.TRANSCRIPT, "en", PartialDate(2023, 9, 18))
    assert transcript.stored_text is not None
    assert (transcript.stored_text.file, transcript.stored_text.extent) == ("texts/example-transcript.txt", Extent.FULL)
    assert transcript.stored_text.folder == str(FIXTURE)
    assert (wire.kind, wire.language, wire.stored_text) == (SourceKind.NEWS_REPORT, "es", None)
    own, interpreted, translated, unsourced = meeting.quotes
    # A quote names its source by id and holds that very source.
    assert own.source is transcript and interpreted.source is transcript and translated.source is wire
    assert unsourced.source is None
    assert (own.language, own.rendering) == ("en", Rendering.OWN)
    assert (interpreted.language, interpreted.rendering) == ("zh", Rendering.INTERPRETER)
    assert (translated.rendering, translated.translated_by, translated.translated_from) == (
        Rendering.TRANSLATION, "Example Wire", "es")
    assert translated.unverifiable == "Reported only by Example Wire; no stored text of that page"
    # The quote remembers where its words are written.
    assert interpreted.origin is not None
    lines = (FIXTURE / "meetings.yaml").read_text(encoding="utf-8").splitlines()
    line = lines[interpreted.origin.line - 1]
    assert line[interpreted.origin.col - 1:].startswith("Our two countries'")


def test_old_forms_load_unchanged(write_yaml):
    path, result = load_alone(write_yaml, """\
meetings:
  - id: m
    title: An old-style meeting
    date: 2023-05
    participants: [ada, bo]
    quotes:
      - {speaker: ada, text: "Hello", source: {title: Wire story, url: "https://example.org/news/1"}}
      - {speaker: bo, text: "Goodbye"}
    sources:
      - {title: The ministry's page, url: "https://example.org/ministry/readout-1"}
""")
    assert result.problems == ()
    meeting = result.dataset.meeting("m")
    assert meeting.form is MeetingForm.IN_PERSON
    hello, goodbye = meeting.quotes
    assert hello.source.title == "Wire story" and hello.source.url == "https://example.org/news/1"
    assert (hello.language, hello.rendering, hello.source.kind, hello.source.language) == (
        "en", Rendering.OWN, SourceKind.OTHER, "en")
    assert goodbye.source is None
    assert meeting.sources[0].stored_text is None and meeting.sources[0].id is None


MEETING = """\
meetings:
  - id: m
    title: A meeting
    date: 2023-05
    participants: [ada, bo]
"""


@pytest.mark.parametrize(("body", "expected", "quotes"), [
    pytest.param("""\
    quotes:
      - {speaker: ada, text: Hi, source: nowhere}
    sources:
      - {id: here, title: T, url: "https://example.org/a"}
""", [("nowhere", "error", "unknown-source")], 1, id="unknown source id: the quote stays, without a source"),
    pytest.param("""\
    sources:
      - {title: T, url: "https://example.org/a", kind: blog}
""", [("blog", "error", "bad-kind")], 0, id="bad kind"),
    pytest.param("""\
    quotes:
      - {speaker: bo, text: Hi, language: Chinese, rendering: interpreter}
""", [("Chinese", "error", "bad-language")], 0, id="bad language drops the quote"),
    pytest.param("""\
    quotes:
      - {speaker: bo, text: Hi, language: zh, rendering: dubbed}
""", [("dubbed", "error", "bad-rendering")], 0, id="bad rendering drops the quote"),
    pytest.param("""\
    quotes:
      - {speaker: bo, text: Hi, language: zh}
""", [("zh}", "warning", "rendering-needed")], 1, id="non-English words marked as own"),
    pytest.param("""\
    quotes:
      - {speaker: bo, text: Hi, translated_by: EFE}
""", [("EFE", "warning", "translation-field")], 1, id="translator without a translation"),
    pytest.param("""\
    sources:
      - {title: T, url: "https://www.reuters.com/"}
      - {title: T, url: "https://www.reuters.com"}
      - {title: T, url: "https://example.org/?page=7"}
""", [('"https://www.reuters.com/"', "warning", "home-page-url"),
      ('"https://www.reuters.com"', "warning", "home-page-url")], 0, id="home-page URL"),
    pytest.param("""\
    sources:
      - title: T
        stored_text: {file: texts/a.txt, extent: all, licence: CC BY}
""", [("all", "error", "bad-extent")], 0, id="bad extent"),
    pytest.param("""\
    sources:
      - title: T
        stored_text: {file: /etc/passwd, extent: excerpt}
""", [("/etc/passwd", "error", "bad-stored-text-path")], 0, id="absolute stored text path"),
    pytest.param("""\
    sources:
      - title: T
        stored_text: {file: "texts/../../secret.txt", extent: excerpt}
""", [('"texts/../', "error", "bad-stored-text-path")], 0, id="stored text path leaving the folder"),
    pytest.param("""\
    sources:
      - title: T
        stored_text: {file: 'C:\\\\texts\\\\a.txt', extent: excerpt}
""", [("'C:", "error", "bad-stored-text-path")], 0, id="Windows drive path"),
    pytest.param("""\
    sources:
      - title: T
        stored_text: {file: texts/a.txt, extent: full}
""", [("{file: texts/a.txt, extent: full}", "error", "missing-licence")], 0, id="full text without a licence"),
    pytest.param("""\
    sources:
      - {id: a, title: T}
      - {id: a, title: U}
""", [("a, title: U", "error", "duplicate-source-id")], 0, id="duplicate source id"),
    pytest.param("""\
    form: telepathy
""", [("telepathy", "warning", "bad-form")], 0, id="bad form"),
])
def test_a_bad_provenance_value_is_located_and_the_rest_loads(write_yaml, body, expected, quotes):
    path, result = load_alone(write_yaml, MEETING + body)
    # Each problem points at the value it names: where that text first stands in the file.
    lines = path.read_text(encoding="utf-8").splitlines()
    at = [next((n + 1, line.index(token) + 1) for n, line in enumerate(lines) if token in line)
          for token, *_ in expected]
    assert located(result) == [(line, col, severity, code) for (line, col), (_, severity, code) in zip(at, expected)]
    assert all(p.path == str(path) for p in result.problems)
    meeting = result.dataset.meeting("m")
    assert meeting is not None  # the meeting itself always loads
    assert len(meeting.quotes) == quotes


def test_a_refused_stored_text_leaves_its_source(write_yaml):
    _, result = load_alone(write_yaml, MEETING + """\
    sources:
      - title: T
        url: "https://example.org/a"
        stored_text: {file: ../a.txt, extent: excerpt}
""")
    source = result.dataset.meeting("m").sources[0]
    assert source.title == "T" and source.stored_text is None


def test_a_quote_names_the_first_of_two_sources_with_one_id(write_yaml):
    _, result = load_alone(write_yaml, MEETING + """\
    quotes:
      - {speaker: ada, text: Hi, source: a}
    sources:
      - {id: a, title: First}
      - {id: a, title: Second}
""")
    assert result.dataset.meeting("m").quotes[0].source.title == "First"


def test_loading_never_reads_a_stored_text(write_yaml, tmp_path):
    # A FIFO would block a reader that opened it; loading does not open it at all.
    import os

    os.mkfifo(tmp_path / "pipe.txt")
    _, result = load_alone(write_yaml, MEETING + """\
    sources:
      - title: T
        stored_text: {file: pipe.txt, extent: excerpt}
      - title: U
        stored_text: {file: missing.txt, extent: excerpt}
""")
    assert result.problems == ()


def test_the_schema_describes_every_key_and_value_the_loader_reads():
    schema = json.loads(bundled.schema_path().read_text(encoding="utf-8"))
    defs = schema["$defs"]
    assert tuple(defs["source"]["properties"]) == SOURCE_KEYS
    assert tuple(defs["storedText"]["properties"]) == STORED_TEXT_KEYS
    assert tuple(defs["quote"]["properties"]) == QUOTE_KEYS
    assert set(defs["meeting"]["properties"]) == set(MEETING_KEYS)
    assert defs["source"]["properties"]["kind"]["enum"] == [k.value for k in SourceKind]
    assert defs["storedText"]["properties"]["extent"]["enum"] == [e.value for e in Extent]
    assert defs["quote"]["properties"]["rendering"]["enum"] == [r.value for r in Rendering]
    assert defs["meeting"]["properties"]["form"]["enum"] == [f.value for f in MeetingForm]
    # A quote's source: an id of the meeting's sources, or the old inline mapping.
    assert defs["quote"]["properties"]["source"]["oneOf"] == [{"$ref": "#/$defs/id"}, {"$ref": "#/$defs/source"}]
    # A full stored text needs its licence.
    assert defs["storedText"]["if"] == {"properties": {"extent": {"const": "full"}}}
    assert defs["storedText"]["then"] == {"required": ["licence"]}


def test_provenance_survives_the_record_cache_and_its_folder_too(tmp_path):
    """A warm open (records decoded from the cache) gives the very meeting a cold open does."""
    from diplo_gui.core.cache import decode_records, encode_records
    from diplo_gui.core.linking import link

    records = loading.parse_file(FIXTURE / "meetings.yaml")
    again = decode_records(encode_records(records))
    assert again == records
    assert again.meetings[0].sources[0].stored_text.folder == str(FIXTURE)
    cold = link([records])[0].meeting("2023-09-18-example-sample")
    warm = link([again])[0].meeting("2023-09-18-example-sample")
    assert warm == cold and warm.quotes[1].source is warm.sources[0]
    cached = loading.load([FIXTURE], loading.LoadOptions(cache_dir=tmp_path / "cache"))
    warm_load = loading.load([FIXTURE], loading.LoadOptions(cache_dir=tmp_path / "cache"))
    assert warm_load.dataset.meetings == cached.dataset.meetings == loading.load([FIXTURE]).dataset.meetings


@pytest.mark.parametrize(("quote", "code"), [
    ("{speaker: bo, text: Hi, language: Chinese, rendering: interpreter}", "bad-language"),
    ("{speaker: bo, text: Hi, language: zh, rendering: dubbed}", "bad-rendering"),
    ("{speaker: bo, text: Hi, language: zh, rendering: translation, translated_from: Spanish}", "bad-language"),
])
def test_a_bad_rendering_or_language_says_the_quote_is_left_out(write_yaml, capsys, quote, code):
    path = write_yaml(PEOPLE + MEETING + f"    quotes:\n      - {quote}\n")
    assert cli.main(["validate", "--no-bundled", str(path)]) == 1
    shown = capsys.readouterr().out.splitlines()
    assert len(shown) == 1 and shown[0].endswith(f"; the quote is left out [{code}]"), shown
