"""One file's YAML text -> validated records with positions, before references are resolved.

We compose YAML into nodes (which carry positions) and read the nodes ourselves,
instead of letting PyYAML construct Python objects. That choice answers the YAML 1.1
traps in one place: every scalar stays the text the user wrote (``NO`` is Norway,
``12:30`` is a time of day, ``2023-02-30`` is a date we judge), duplicate keys are seen,
and an alias bomb costs nothing because we only ever walk the shape we expect.
"""

from __future__ import annotations

import ntpath
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from enum import Enum
from urllib.parse import urlsplit

import yaml

from . import countries
from .files import Lines
from .model import (
    Extent,
    Issue,
    MeetingForm,
    Origin,
    PartialDate,
    Person,
    Place,
    Rendering,
    Source,
    SourceKind,
    Status,
    StoredText,
)
from .problems import Problem, Severity

try:  # libyaml is ~10 times faster; the pure Python parser is the fallback.
    _Loader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _Loader = yaml.SafeLoader

ID_RE = re.compile(r"^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$")
# An ISO 639-1 language code as the data format writes it: two lowercase letters (en, zh, es).
LANGUAGE_RE = re.compile(r"^[a-z]{2}$")
_TAG = "tag:yaml.org,2002:"
# Tags a plain data file may carry (implicitly resolved ones included); anything else,
# !!python/object above all, is refused rather than interpreted.
_SAFE_TAGS = {_TAG + t for t in ("str", "int", "float", "bool", "null", "timestamp", "map", "seq", "merge")}
_TEXT_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # all C0/C1 controls but tab and newline
# What must not reach a one-line problem message as is: line breaks, tabs, and the bidi
# controls that would display the rest of the message reversed.
_MESSAGE_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# YAML nodes cost about 300 bytes each in memory, and a file can hold one every two bytes
# ("[x,x,x,..."): a 32 MiB file could take 5 GB and minutes. Real data has one node per
# 12-20 bytes. Before composing we count an upper bound of the nodes (node_estimate) and
# refuse a file above this many: at worst ~365 MB and ~4 s (a 3.9 MB flow mapping of a
# million keys and nulls, measured on a shared 2-core machine). Real data estimates one
# node per 7-8 bytes, so files up to ~7 MB load (split bigger archives into several files).
MAX_NODES = 1_000_000
# A file with a mistake repeated on every line would otherwise list a million problems.
MAX_PROBLEMS_PER_FILE = 1000

TOP_KEYS = ("people", "issues", "meetings")
PERSON_KEYS = ("id", "name", "native_name", "country", "role")
ISSUE_KEYS = ("id", "name", "description")
MEETING_KEYS = ("id", "title", "date", "end_date", "status", "form", "location", "participants",
                "quotes", "issues", "summary", "sources")
LOCATION_KEYS = ("city", "country", "venue")
PARTICIPANT_KEYS = ("person", "role")
QUOTE_KEYS = ("speaker", "text", "source", "language", "rendering", "translated_by", "translated_from",
              "unverifiable")
SOURCE_KEYS = ("id", "publisher", "title", "url", "published", "kind", "language", "stored_text")
STORED_TEXT_KEYS = ("file", "extent", "licence")


@dataclass(frozen=True, slots=True)
class Ref:
    """A reference to an id, with where it was written (for 'unknown ...' problems)."""

    id: str
    line: int
    col: int


@dataclass(frozen=True, slots=True)
class ParticipantRecord:
    person: Ref
    role: str | None = None


@dataclass(frozen=True, slots=True)
class QuoteRecord:
    speaker: Ref
    text: str
    source: Source | None = None  # the old inline form, {title, url}
    source_ref: Ref | None = None  # the id of one of the meeting's sources (checked to exist)
    language: str = "en"
    rendering: Rendering = Rendering.OWN
    translated_by: str | None = None
    translated_from: str | None = None
    unverifiable: str | None = None
    # Where the quote's text starts (verify reports a quote not found there).
    line: int = 1
    col: int = 1


@dataclass(frozen=True, slots=True)
class MeetingRecord:
    """A meeting as written in one file: references are still ids."""

    id: str
    title: str
    date: PartialDate
    origin: Origin
    end_date: PartialDate | None = None
    status: Status = Status.HELD
    place: Place | None = None
    participants: tuple[ParticipantRecord, ...] = ()
    quotes: tuple[QuoteRecord, ...] = ()
    issues: tuple[Ref, ...] = ()
    summary: str | None = None
    sources: tuple[Source, ...] = ()
    # Where the record starts, for "no known participant" problems.
    line: int = 1
    col: int = 1
    form: MeetingForm = MeetingForm.IN_PERSON


@dataclass(slots=True)
class FileRecords:
    """What one file contributes, with its own problems. Plain data: easy to cache."""

    path: str
    people: list[Person] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    meetings: list[MeetingRecord] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


class _Invalid(Exception):
    """A value that cannot be used; the problem is already recorded."""


class _Exhausted(Exception):
    """The file's value budget is spent (aliases repeat more than the file holds); reading stops."""

    def __init__(self, node: yaml.Node) -> None:
        super().__init__()
        self.node = node


def is_safe_url(url: str) -> bool:
    """Only http(s) URLs with a host ever leave the app."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname) and not any(c.isspace() for c in url)


def is_home_page_url(url: str) -> bool:
    """A site's home page ("https://www.reuters.com/"): it never holds the claim it is cited for."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.path in ("", "/") and not parts.query


def stored_text_path_problem(file: str) -> str | None:
    """Why a stored text's path is refused, or None: it must stay inside the data file's folder."""
    if ntpath.isabs(file) or os.path.isabs(file) or ntpath.splitdrive(file)[0]:
        return "an absolute path"
    if any(part == ".." for part in re.split(r"[/\\]", file)):
        return "a path that leaves the data file's folder ('..')"
    return None


def shown(value: str, limit: int = 60) -> str:
    """A data value as it may appear inside a one-line problem message: short, on one line."""
    value = _MESSAGE_UNSAFE.sub(lambda m: repr(m.group())[1:-1], value)
    return value if len(value) <= limit else value[: limit - 1] + "…"


def node_estimate(text: str) -> int:
    """An upper bound of the number of YAML nodes the text composes into (see MAX_NODES).

    Every node but the root is brought in by an indicator, and no indicator brings more
    than two: ``:`` a key and its value, ``?``, ``{`` and ``,`` in a flow mapping the same,
    ``-``, ``[`` and ``,`` one item (``[a: b]`` adds a mapping, inside the budget of its ``[``).
    """
    return 1 + 2 * sum(text.count(c) for c in "-,[{?:")


class _FileReader:
    """Walks the node tree of one file and collects records and problems."""

    def __init__(self, path: str, text: str = "") -> None:
        self.path = path
        self.out = FileRecords(path)
        self.lines = Lines(text)
        self.dropped = 0  # problems past MAX_PROBLEMS_PER_FILE, counted not kept
        self.seen: set[Problem] = set()
        # An alias shaped like a record (a meeting with 10,000 participants named 10,000
        # times) would build 100 million records from 100 KB. Every entry, item and
        # character we read is charged here: without aliases a file cannot spend more than
        # this (each node is read once, and no value is longer than its source text).
        self.budget = 2 * (node_estimate(text) + len(text))

    def charge(self, node: yaml.Node, cost: int) -> None:
        self.budget -= cost
        if self.budget < 0:
            raise _Exhausted(node)

    # -- problems -----------------------------------------------------------------
    def report(self, node: yaml.Node | None, severity: Severity, code: str, message: str,
               at: tuple[int, int] | None = None) -> None:
        if at is None:
            at = self.pos(node) if node is not None else (1, 1)
        problem = Problem(self.path, at[0], at[1], severity, code, message)
        if problem in self.seen:
            return  # one node reached through many aliases is one problem, said once
        if len(self.out.problems) >= MAX_PROBLEMS_PER_FILE:
            self.dropped += 1
            return
        self.seen.add(problem)
        self.out.problems.append(problem)

    def error(self, node: yaml.Node | None, code: str, message: str) -> None:
        self.report(node, Severity.ERROR, code, message)

    def warning(self, node: yaml.Node | None, code: str, message: str) -> None:
        self.report(node, Severity.WARNING, code, message)

    def pos(self, node: yaml.Node) -> tuple[int, int]:
        return self.mark(node.start_mark)

    def mark(self, mark: yaml.Mark) -> tuple[int, int]:
        # From the character index, as an editor counts lines (see files.Lines).
        return self.lines.line_col(mark.index)

    # -- shapes -------------------------------------------------------------------
    def check_tag(self, node: yaml.Node) -> None:
        if node.tag not in _SAFE_TAGS:
            self.error(node, "unsupported-tag", f"the tag '{shown(node.tag)}' is not allowed in a data file")
            raise _Invalid

    def mapping(self, node: yaml.Node, what: str, keys: tuple[str, ...]) -> dict[str, yaml.Node]:
        """A mapping's entries by key; unknown keys warned, duplicate keys refused."""
        self.check_tag(node)
        if not isinstance(node, yaml.MappingNode):
            self.error(node, "wrong-type", f"{what} must be a mapping (key: value), not {_kind(node)}")
            raise _Invalid
        self.charge(node, len(node.value))
        entries: dict[str, yaml.Node] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                self.error(key_node, "bad-key", f"a key in {what} must be plain text, not {_kind(key_node)}")
                continue
            key = key_node.value
            if key in entries:
                self.error(key_node, "duplicate-key", f"'{shown(key)}' appears twice in {what}; "
                           f"the first one (line {self.pos(entries[key])[0]}) is kept")
                continue
            if key not in keys:
                self.warning(key_node, "unknown-key", f"unknown key '{shown(key)}' in {what} is ignored "
                             f"(expected one of: {', '.join(keys)})")
                continue
            entries[key] = value_node
        return entries

    def sequence(self, node: yaml.Node, what: str) -> list[yaml.Node]:
        self.check_tag(node)
        if isinstance(node, yaml.SequenceNode):
            self.charge(node, len(node.value))
            return node.value
        self.error(node, "wrong-type", f"{what} must be a list, not {_kind(node)}")
        raise _Invalid

    def text(self, node: yaml.Node, what: str, *, required: bool = False) -> str | None:
        """A scalar as the text the user wrote; None for an empty or null value."""
        self.check_tag(node)
        if not isinstance(node, yaml.ScalarNode):
            self.error(node, "wrong-type", f"{what} must be text, not {_kind(node)}")
            raise _Invalid
        value = node.value
        self.charge(node, 1 + len(value))
        if node.style is None and node.tag == _TAG + "null":  # ~, null or nothing
            value = ""
        if _TEXT_CONTROLS.search(value):  # escapes like "\a" in a quoted string; tab and newline are fine
            self.warning(node, "control-character", f"control characters in {what} were removed")
            value = _TEXT_CONTROLS.sub("", value)
        value = value.strip()
        if not value:
            if required:
                self.error(node, "missing-field", f"{what} is empty")
                raise _Invalid
            return None
        return value

    def required(self, entries: dict[str, yaml.Node], key: str, record: yaml.Node, what: str) -> yaml.Node:
        if key not in entries:
            self.error(record, "missing-field", f"{what} has no '{key}'")
            raise _Invalid
        return entries[key]

    def ident(self, node: yaml.Node, what: str) -> str:
        value = self.text(node, what, required=True)
        assert value is not None
        if not ID_RE.match(value):
            self.error(node, "bad-id", f"'{shown(value)}' is not a valid id: use lowercase letters, digits and hyphens")
            raise _Invalid
        return value

    def ref(self, node: yaml.Node, what: str) -> Ref:
        value = self.ident(node, what)
        return Ref(value, *self.pos(node))

    def date(self, node: yaml.Node, what: str) -> PartialDate:
        value = self.text(node, what, required=True)
        assert value is not None
        try:
            return PartialDate.parse(value)
        except ValueError as exc:
            self.error(node, "bad-date", f"{what}: {exc}")
            raise _Invalid from None

    def country(self, node: yaml.Node, what: str) -> str | None:
        value = self.text(node, what)
        if value is None:
            return None
        if not countries.is_country_code(value):
            self.warning(node, "bad-country", f"'{shown(value)}' is not an ISO 3166-1 alpha-2 country code "
                         "(two capital letters, e.g. US, CN, NO); the country is left out")
            return None
        return value

    def optional(self, entries: dict[str, yaml.Node], key: str, parse, *args):  # type: ignore[no-untyped-def]
        """Parse an optional field; a bad value is reported and left out."""
        if key not in entries:
            return None
        try:
            return parse(entries[key], *args)
        except _Invalid:
            return None

    def items(self, entries: dict[str, yaml.Node], key: str, what: str) -> Iterator[yaml.Node]:
        if key not in entries:
            return
        try:
            nodes = self.sequence(entries[key], what)
        except _Invalid:
            return
        yield from nodes

    # -- records ------------------------------------------------------------------
    def document(self, root: yaml.Node | None) -> FileRecords:
        if root is None or (isinstance(root, yaml.ScalarNode) and root.tag == _TAG + "null" and not root.value):
            return self.out  # an empty file (or an empty "---" document) contributes nothing, and that is fine
        try:
            top = self.mapping(root, "the file", TOP_KEYS)
        except _Invalid:
            return self.out
        records: set[int] = set()  # the record nodes read: an alias may not repeat a record
        for key, parse in (("people", self.person), ("issues", self.issue), ("meetings", self.meeting)):
            for node in self.items(top, key, f"'{key}'"):
                if isinstance(node, yaml.MappingNode) and id(node) in records:  # (other shapes: wrong-type, once)
                    self.error(node, "alias-record", "this record is repeated with an alias (*name); "
                               "it is read once, the repetitions are ignored")
                    continue
                records.add(id(node))
                try:
                    parse(node)
                except _Invalid:
                    pass  # reported; the next record still loads
        return self.out

    def person(self, node: yaml.Node) -> None:
        entries = self.mapping(node, "a person", PERSON_KEYS)
        person_id = self.ident(self.required(entries, "id", node, "a person"), "a person's id")
        name = self.text(self.required(entries, "name", node, f"person '{shown(person_id)}'"), "a name", required=True)
        self.out.people.append(Person(
            id=person_id, name=name or "",
            country=self.optional(entries, "country", self.country, "country"),
            native_name=self.optional(entries, "native_name", self.text, "native_name"),
            role=self.optional(entries, "role", self.text, "role"),
            origin=Origin(self.path, *self.pos(entries["id"])),
        ))

    def issue(self, node: yaml.Node) -> None:
        entries = self.mapping(node, "an issue", ISSUE_KEYS)
        issue_id = self.ident(self.required(entries, "id", node, "an issue"), "an issue's id")
        name = self.text(self.required(entries, "name", node, f"issue '{shown(issue_id)}'"), "a name", required=True)
        self.out.issues.append(Issue(
            id=issue_id, name=name or "",
            description=self.optional(entries, "description", self.text, "description"),
            origin=Origin(self.path, *self.pos(entries["id"])),
        ))

    def meeting(self, node: yaml.Node) -> None:
        entries = self.mapping(node, "a meeting", MEETING_KEYS)
        meeting_id = self.ident(self.required(entries, "id", node, "a meeting"), "a meeting's id")
        what = f"meeting '{shown(meeting_id)}'"
        title = self.text(self.required(entries, "title", node, what), "the title", required=True)
        date = self.date(self.required(entries, "date", node, what), "date")
        end_date = self.optional(entries, "end_date", self.date, "end_date")
        if end_date is not None and end_date.first_day() < date.first_day():
            self.warning(entries["end_date"], "date-order",
                         f"end_date {end_date} is before date {date}; it is left out")
            end_date = None
        participants = []
        for item in self.items(entries, "participants", "participants"):
            participant = self._try(self.participant, item)
            if participant is not None:
                participants.append(participant)
        if not participants:
            self.error(entries.get("participants", node), "no-participants", f"{what} has no participant")
            raise _Invalid
        line, col = self.pos(node)
        # Sources first: quotes name them by id.
        sources = self.meeting_sources(entries)
        source_ids = {s.id for s in sources if s.id}
        self.out.meetings.append(MeetingRecord(
            id=meeting_id, title=title or "", date=date, end_date=end_date,
            status=self.optional(entries, "status", self.status) or Status.HELD,
            place=self.optional(entries, "location", self.place),
            participants=tuple(participants),
            quotes=tuple(q for q in (self._try(self.quote, n, source_ids)
                                     for n in self.items(entries, "quotes", "quotes")) if q),
            issues=tuple(r for r in (self._try(self.ref, n, "an issue id")
                                     for n in self.items(entries, "issues", "issues")) if r),
            summary=self.optional(entries, "summary", self.text, "summary"),
            sources=sources,
            origin=Origin(self.path, *self.pos(entries["id"])),
            line=line, col=col,
            form=self.optional(entries, "form", self.form) or MeetingForm.IN_PERSON,
        ))

    def meeting_sources(self, entries: dict[str, yaml.Node]) -> tuple[Source, ...]:
        sources: list[Source] = []
        seen: dict[str, yaml.Node] = {}
        for node in self.items(entries, "sources", "sources"):
            source = self._try(self.source, node)
            if source is None:
                continue
            if source.id is not None and isinstance(node, yaml.MappingNode):  # (a source that was read is one)
                id_node = _first_value(node, "id")
                if source.id in seen:
                    self.error(id_node, "duplicate-source-id",
                               f"the source id '{shown(source.id)}' is already used in this meeting "
                               f"(line {self.pos(seen[source.id])[0]}); quotes refer to the first")
                    source = replace(source, id=None)
                else:
                    seen[source.id] = id_node
            sources.append(source)
        return tuple(sources)

    def _try(self, parse, *args):  # type: ignore[no-untyped-def]
        try:
            return parse(*args)
        except _Invalid:
            return None

    def choice(self, node: yaml.Node, what: str, enum: type[Enum], outcome: str = ""):  # type: ignore[no-untyped-def]
        """One of an enum's values; anything else is an error, and the caller decides what goes
        (``outcome`` says it: "the quote is left out")."""
        value = self.text(node, what, required=True) or ""
        try:
            return enum(value)
        except ValueError:
            self.error(node, f"bad-{what.replace(' ', '-')}", f"unknown {what} '{shown(value)}' "
                       f"(expected one of: {', '.join(e.value for e in enum)})" + (f"; {outcome}" if outcome else ""))
            raise _Invalid from None

    def form(self, node: yaml.Node) -> MeetingForm:
        value = self.text(node, "form", required=True)
        try:
            return MeetingForm(value)
        except ValueError:
            self.warning(node, "bad-form", f"unknown form '{shown(value or '')}' "
                         "(in-person, phone or video); 'in-person' is assumed")
            return MeetingForm.IN_PERSON

    def language(self, node: yaml.Node, what: str, outcome: str = "") -> str:
        value = self.text(node, what, required=True) or ""
        if not LANGUAGE_RE.match(value):
            self.error(node, "bad-language", f"{what} '{shown(value)}' is not an ISO 639-1 language code "
                       "(two lowercase letters, e.g. en, zh, es)" + (f"; {outcome}" if outcome else ""))
            raise _Invalid
        return value

    def status(self, node: yaml.Node) -> Status:
        value = self.text(node, "status", required=True)
        try:
            return Status(value)
        except ValueError:
            self.warning(node, "bad-status", f"unknown status '{shown(value or '')}' "
                         "(held, planned, postponed or cancelled); "
                         "'held' is assumed")
            return Status.HELD

    def place(self, node: yaml.Node) -> Place | None:
        entries = self.mapping(node, "location", LOCATION_KEYS)
        place = Place(
            city=self.optional(entries, "city", self.text, "city"),
            country=self.optional(entries, "country", self.country, "country"),
            venue=self.optional(entries, "venue", self.text, "venue"),
        )
        return place if (place.city or place.country or place.venue) else None

    def participant(self, node: yaml.Node) -> ParticipantRecord:
        if isinstance(node, yaml.ScalarNode):
            return ParticipantRecord(self.ref(node, "a participant"))
        entries = self.mapping(node, "a participant", PARTICIPANT_KEYS)
        person = self.ref(self.required(entries, "person", node, "a participant"), "a participant")
        return ParticipantRecord(person, self.optional(entries, "role", self.text, "role"))

    def quote(self, node: yaml.Node, source_ids: set[str] | frozenset[str] = frozenset()) -> QuoteRecord:
        entries = self.mapping(node, "a quote", QUOTE_KEYS)
        speaker = self.ref(self.required(entries, "speaker", node, "a quote"), "a speaker")
        text_node = self.required(entries, "text", node, "a quote")
        text = self.text(text_node, "a quote's text", required=True)
        source = source_ref = None
        if "source" in entries:
            source_node = entries["source"]
            if isinstance(source_node, yaml.ScalarNode):
                source_ref = self._try(self.ref, source_node, "a quote's source")
                if source_ref is not None and source_ref.id not in source_ids:
                    self.error(source_node, "unknown-source",
                               f"this meeting has no source with the id '{shown(source_ref.id)}'; "
                               "the quote is kept without a source")
                    source_ref = None
            else:
                source = self.optional(entries, "source", self.source)
        # How the English came to be: a wrong value would misstate whose words these are,
        # so it drops the quote rather than fall back to "the speaker's own words".
        dropped = "the quote is left out"
        language = (self.language(entries["language"], "a quote's language", dropped) if "language" in entries
                    else "en")
        rendering = (self.choice(entries["rendering"], "rendering", Rendering, dropped) if "rendering" in entries
                     else Rendering.OWN)
        translated_by = self.optional(entries, "translated_by", self.text, "translated_by")
        translated_from = (self.language(entries["translated_from"], "translated_from", dropped)
                           if "translated_from" in entries else None)
        if rendering is not Rendering.TRANSLATION:
            for key in ("translated_by", "translated_from"):
                if key in entries:
                    self.warning(entries[key], "translation-field",
                                 f"'{key}' applies only with 'rendering: translation'; it is ignored")
            translated_by = translated_from = None
        if language != "en" and rendering is Rendering.OWN:
            self.warning(entries.get("rendering", entries.get("language")), "rendering-needed",
                         f"the words were spoken in '{language}' but the English is marked as the speaker's own: "
                         "say 'rendering: interpreter' or 'rendering: translation'")
        return QuoteRecord(speaker, text or "", source, source_ref, language, rendering, translated_by,
                           translated_from, self.optional(entries, "unverifiable", self.text, "unverifiable"),
                           *self.pos(text_node))

    def source(self, node: yaml.Node) -> Source:
        entries = self.mapping(node, "a source", SOURCE_KEYS)
        title = self.text(self.required(entries, "title", node, "a source"), "a source's title", required=True)
        url = self.optional(entries, "url", self.text, "url")
        if url is not None and not is_safe_url(url):
            self.warning(entries["url"], "unsafe-url",
                         "only http and https links with a host are allowed; this link is left out")
            url = None
        if url is not None and is_home_page_url(url):
            self.warning(entries["url"], "home-page-url",
                         "this is a site's home page: link the page itself, which holds what is cited")
        kind = SourceKind.OTHER
        if "kind" in entries:
            try:
                kind = self.choice(entries["kind"], "kind", SourceKind)
            except _Invalid:
                pass  # reported; 'other' says no more than the data does
        language: str | None = "en"
        if "language" in entries:
            language = self._try(self.language, entries["language"], "a source's language")
        return Source(
            title or "", url,
            id=self.optional(entries, "id", self.ident, "a source's id"),
            publisher=self.optional(entries, "publisher", self.text, "publisher"),
            published=self.optional(entries, "published", self.date, "published"),
            kind=kind, language=language,
            stored_text=self.optional(entries, "stored_text", self.stored_text),
        )

    def stored_text(self, node: yaml.Node) -> StoredText:
        """A stored text is all or nothing: any flaw leaves it out (its quotes then read as unverifiable)."""
        entries = self.mapping(node, "stored_text", STORED_TEXT_KEYS)
        file_node = self.required(entries, "file", node, "stored_text")
        file = self.text(file_node, "stored_text's file", required=True) or ""
        refused = stored_text_path_problem(file)
        if refused:
            self.error(file_node, "bad-stored-text-path",
                       f"stored_text's file is {refused}: give a path inside this file's folder, "
                       "e.g. texts/name.txt; the stored text is left out")
            raise _Invalid
        extent = self.choice(self.required(entries, "extent", node, "stored_text"), "extent", Extent)
        licence = self.optional(entries, "licence", self.text, "licence")
        if extent is Extent.FULL and licence is None:
            self.error(entries.get("licence", node), "missing-licence",
                       "a full stored text needs its 'licence' (public domain, OGL, CC BY …); "
                       "the stored text is left out")
            raise _Invalid
        return StoredText(file, extent, licence, os.path.dirname(self.path))


def _first_value(node: yaml.MappingNode, key: str) -> yaml.Node:
    """The value of the first entry with this key (the one a mapping keeps)."""
    return next((v for k, v in node.value if isinstance(k, yaml.ScalarNode) and k.value == key), node)


def _kind(node: yaml.Node) -> str:
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    return f"'{shown(node.value)}'" if len(node.value) < 40 else "text"


def _untie(root: yaml.Node | None) -> None:
    """Empty every collection node of a graph that aliases made cyclic, so reference counting
    frees it: the loader freezes what a load leaves for the cyclic collector (loading.py)."""
    seen: set[int] = set()
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        if id(node) in seen or isinstance(node, yaml.ScalarNode):
            continue
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            stack.extend(part for pair in node.value for part in pair)
        else:
            stack.extend(node.value)
        node.value = []


def parse_text(text: str, path: str) -> FileRecords:
    """Validate one file's text; never raises for bad data."""
    reader = _FileReader(path, text)
    estimate = node_estimate(text)
    if estimate > MAX_NODES:
        reader.out.problems.append(Problem(
            path, 1, 1, Severity.ERROR, "file-too-large",
            f"the file holds too many values to read safely (up to {estimate:,}; the limit is {MAX_NODES:,}); "
            "split it into several files"))
        return reader.out
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = reader.mark(mark) if mark else (1, 1)
        message = shown(" ".join(filter(None, (exc.context, exc.problem))) or "not valid YAML", 200)
        reader.out.problems.append(Problem(path, line, col, Severity.ERROR, "yaml-syntax", f"invalid YAML: {message}"))
        return reader.out
    except yaml.YAMLError as exc:  # ReaderError and friends carry a position of their own
        position = getattr(exc, "position", None)
        line, col = reader.lines.line_col(position) if isinstance(position, int) else (1, 1)
        reader.out.problems.append(Problem(path, line, col, Severity.ERROR, "yaml-syntax",
                                           f"invalid YAML: {shown(str(exc), 200)}"))
        return reader.out
    except RecursionError:  # only the pure Python parser recurses; libyaml caps nesting itself
        reader.out.problems.append(Problem(path, 1, 1, Severity.ERROR, "too-deep", "the file is nested too deeply"))
        return reader.out
    try:
        reader.document(root)
    except _Exhausted as exhausted:
        line, col = reader.pos(exhausted.node)
        reader.out.problems.append(Problem(
            path, line, col, Severity.ERROR, "alias-expansion",
            "aliases (*name) repeat this value more often than the file could hold without them; "
            "reading stopped here and the rest of the file is not loaded"))
    if "&" in text:  # anchors: an alias may have made the node graph a cycle (people: &p [*p])
        _untie(root)
    if reader.dropped:
        reader.out.problems.append(Problem(
            path, reader.out.problems[-1].line, reader.out.problems[-1].col, Severity.WARNING, "too-many-problems",
            f"{reader.dropped:,} more problems in this file are not listed; fix the ones above first"))
    return reader.out
