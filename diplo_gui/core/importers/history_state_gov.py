"""The Office of the Historian's travels and visits XML -> Diplo meetings and people.

Each ``<trip>`` (a president's or a Secretary of State's journey abroad) and each ``<visit>``
(a foreign leader's visit to the US) becomes one meeting with a stable id from the Office's
record id (``hsg-trip-4114``, ``hsg-visit-2991``), so importing newer files updates meetings
in place. The traveller or visitor and the people the remark names are participants; a
person named in many records is one person, matched to the known (bundled) people by
full name, and a surname alone ("President Hu") to the full-named person of that country
nearest in time, or to the US president or secretary in office then.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ..drafting import places
from ..drafting.names import SURNAME_FIRST
from ..drafting.text import clean, slug
from ..formatting import counted
from ..model import PartialDate, Person
from ..problems import Problem, Severity
from . import hsg_countries
from .remarks import NamedPerson, read_remark, split_title
from .xml_records import Element, read_records

PUBLISHER = "Office of the Historian, U.S. Department of State"
LICENCE = "Public domain (work of the U.S. Government, 17 U.S.C. 105); CC0 1.0 elsewhere"
SITE = "https://history.state.gov/departmenthistory"
ROLES = {"president": "President of the United States", "secretary": "Secretary of State"}
# Travellers who are the same person as one of the bundled people (their "who" -> bundled id).
SAME_AS_BUNDLED = {"biden-joseph-r": "joe-biden", "blinken-antony-j": "antony-blinken",
                   "kerry-john-forbes": "john-kerry"}
MAX_FILE_BYTES = 20_000_000  # refused above this: the Office's largest file is about 250 kB
# The source's misspellings of a person's name, read as the name (a deliberate, short list).
SPELLINGS = {"Xi Jingping": "Xi Jinping"}
NEAR_YEARS = 8  # a surname resolves to a full-named person of the same country mentioned this close in time


@dataclass(slots=True)
class Record:
    """One trip or visit as read, with where it stands in its file."""

    kind: str  # "trip" | "visit"
    record_id: str
    path: str
    line: int
    col: int
    file_stem: str
    role: str | None  # "president" | "secretary" for a trip
    who: str | None
    traveller: str | None  # a trip's traveller, a visit's visitor line
    date: PartialDate
    end_date: PartialDate | None
    country: str | None
    country_name: str
    locale: str | None
    remark: str | None


@dataclass(slots=True)
class ImportResult:
    meetings: dict[str, list[dict]] = field(default_factory=dict)  # output file stem -> meeting records
    people: dict[str, dict] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    records_read: int = 0

    @property
    def meeting_count(self) -> int:
        return sum(len(m) for m in self.meetings.values())


def xml_files(paths: Iterable[Path | str]) -> tuple[list[Path], list[Problem]]:
    """The XML files named or inside the folders named (recursively), in a stable order."""
    found: list[Path] = []
    problems: list[Problem] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*.xml") if p.is_file()))
        elif path.is_file():
            found.append(path)
        else:
            problems.append(Problem(str(path), 1, 1, Severity.ERROR, "missing-file", "no such file or folder"))
    return list(dict.fromkeys(found)), problems


def _text(record: Element, tag: str) -> str | None:
    element = record.child(tag)
    if element is None:
        return None
    return clean(element.text) or None


class _Reader:
    def __init__(self, path: str) -> None:
        self.path = path
        self.problems: list[Problem] = []

    def problem(self, at: Element, severity: Severity, code: str, message: str) -> None:
        self.problems.append(Problem(self.path, at.line, at.col, severity, code, message))

    def date(self, record: Element, tag: str, required: bool) -> PartialDate | None:
        element = record.child(tag)
        value = clean(element.text) if element is not None else ""
        if not value:
            if required:
                self.problem(element or record, Severity.ERROR, "missing-field",
                             f"<{record.tag}> has no <{tag}>; the record is left out")
            return None
        try:
            return PartialDate.parse(value)
        except ValueError as exc:
            what = "the record is left out" if required else "it is left out"
            self.problem(element, Severity.ERROR, "bad-date", f"<{tag}>: {exc}; {what}")  # type: ignore[arg-type]
            return None

    def record(self, element: Element, stem: str) -> Record | None:
        kind = element.tag
        record_id = _text(element, "id")
        if not record_id or not re.fullmatch(r"[0-9A-Za-z-]+", record_id):
            self.problem(element.child("id") or element, Severity.ERROR, "missing-field" if not record_id else "bad-id",
                         f"<{kind}> has no usable <id>; the record is left out")
            return None
        date = self.date(element, "start-date", True)
        if date is None:
            return None
        end = self.date(element, "end-date", False)
        if end is not None and end.last_day() < date.first_day():
            self.problem(element.child("end-date"), Severity.WARNING, "date-order",  # type: ignore[arg-type]
                         f"<end-date> {end} is before <start-date> {date}; the end date is left out")
            end = None
        if end == date:
            end = None
        place_tag = "country" if kind == "trip" else "from"
        place = element.child(place_tag)
        country, country_name = None, ""
        if place is None or not (place.attrs.get("id") or clean(place.text)):
            self.problem(place or element, Severity.WARNING, "missing-field",
                         f"<{kind}> has no <{place_tag}>; the meeting is kept without a country")
        else:
            country_name = clean(place.text)
            country = hsg_countries.country_code(place.attrs.get("id", ""), country_name)
            if country is None:
                self.problem(place, Severity.WARNING, "unknown-country",
                             f"country id '{place.attrs.get('id', '')[:40]}' ({country_name[:40]}) is not in the "
                             "importer's country table; the meeting is kept without a country")
        if kind == "trip":
            role = _text(element, "role") or element.attrs.get("role")
            traveller = _text(element, "name")
            if role not in ROLES:
                self.problem(element.child("role") or element, Severity.WARNING, "unknown-role",
                             f"unknown traveller role '{(role or '')[:40]}'; the traveller is kept without a role")
                role = None
            remark = _text(element, "remarks")
            locale = _text(element, "locale")
        else:
            role, traveller, remark, locale = None, _text(element, "visitor"), _text(element, "description"), None
        if not traveller:
            tag = "name" if kind == "trip" else "visitor"
            self.problem(element.child(tag) or element, Severity.WARNING, "missing-field",
                         f"<{kind}> has no <{tag}>; only the people its remark names take part")
        return Record(kind, record_id, self.path, element.line, element.col, stem, role, element.attrs.get("who"),
                      traveller, date, end, country, country_name, locale, remark)


def read_file(path: Path) -> tuple[list[Record], list[Problem], int]:
    """The trips or visits of one file, its problems, and how many records it holds (never raises for bad content)."""
    name = str(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            return [], [Problem(name, 1, 1, Severity.ERROR, "file-too-large", "the file is too large to import")], 0
        data = path.read_bytes()
    except OSError as exc:
        message = f"cannot read the file: {exc.strerror or exc}"
        return [], [Problem(name, 1, 1, Severity.ERROR, "unreadable", message)], 0
    root, elements, error = read_records(data)
    reader = _Reader(name)
    if root not in (None, "trips", "visits"):
        message = f"<{root[:40]}> is not a travels or visits file of the Office of the Historian; skipped"
        return [], [Problem(name, 1, 1, Severity.WARNING, "not-travels", message)], 0
    records = []
    for element in elements:
        if element.tag not in ("trip", "visit"):
            reader.problem(element, Severity.WARNING, "unknown-element",
                           f"<{element.tag[:40]}> is not a trip or a visit; skipped")
            continue
        record = reader.record(element, path.stem)
        if record is not None:
            records.append(record)
    if error is not None:
        reader.problems.append(Problem(name, error.line, error.col, Severity.ERROR, "xml-syntax",
                                       f"{error.message}; the records after this point are not read"))
    return records, reader.problems, sum(e.tag in ("trip", "visit") for e in elements)


def fold(name: str) -> str:
    """A name as compared: accents, case, dots and spacing left out."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return " ".join(ascii_name.replace(".", " ").replace("’", "'").casefold().split())


@dataclass(slots=True)
class _Known:
    id: str
    name: str
    countries: Counter[str] = field(default_factory=Counter)  # the countries they were met in or came from
    years: set[int] = field(default_factory=set)
    office: str | None = None  # "president" | "secretary" for a US traveller

    @property
    def country(self) -> str | None:
        """Where they are from: the country most records place them in (a visit's weighs most)."""
        if not self.countries:
            return None
        return max(sorted(self.countries), key=lambda code: self.countries[code])


class People:
    """One id per person across all records; new ids stable for the same input."""

    def __init__(self, bundled: Mapping[str, Person], bundled_years: Mapping[str, set[int]]) -> None:
        self.by_id: dict[str, _Known] = {}
        self.by_name: dict[str, str] = {}
        self.bundled = set(bundled)
        for person in bundled.values():
            self._add(person.id, person.name, person.country, bundled_years.get(person.id, set()))

    def _add(self, pid: str, name: str, country: str | None, years: Iterable[int] = (), weight: int = 1) -> _Known:
        known = self.by_id.get(pid)
        if known is None:
            known = self.by_id[pid] = _Known(pid, name)
            self.by_name.setdefault(fold(name), pid)
        if country:
            known.countries[country] += weight
        known.years.update(years)
        return known

    def _new_id(self, name: str, country: str | None) -> str:
        base = slug(name) or "person"
        if base in self.by_id and country:
            base = f"{base}-{country.lower()}"
        pid, n = base, 2
        while pid in self.by_id:
            pid, n = f"{base}-{n}", n + 1
        return pid

    def traveller(self, record: Record) -> str:
        name = record.traveller or ""
        pid = SAME_AS_BUNDLED.get(record.who or "") or self.by_name.get(fold(name)) or self._new_id(name, "US")
        known = self._add(pid, name, "US", (record.date.year,))
        known.office = record.role or known.office
        self.by_name.setdefault(fold(name), pid)
        return pid

    def full_name(self, person: NamedPerson, country: str | None, year: int, weight: int = 1) -> str:
        if person.name in SPELLINGS:
            person = NamedPerson(SPELLINGS[person.name], person.role, person.start, person.end, None, person.country)
        pid = person.known_id or self.by_name.get(fold(person.name))
        if pid is None:
            pid = self._new_id(person.name, country)
        self._add(pid, person.name, person.country or country, (year,), 2 if person.country else weight)
        return pid

    def registered(self, person: NamedPerson, country: str | None, year: int) -> str:
        """The id ``full_name`` gave this full name in the first pass (counted once, there)."""
        name = SPELLINGS.get(person.name, person.name)
        pid = person.known_id or self.by_name.get(fold(name))
        return pid if pid is not None else self.full_name(person, country, year)

    def surname(self, person: NamedPerson, country: str | None, year: int) -> str:
        word = fold(person.name)
        role = (person.role or "").casefold()
        if person.country in (None, "US"):
            for known in self.by_id.values():
                if known.office and _ends_with(fold(known.name), word) and \
                        (not role or known.office in role or (known.office == "secretary" and "secretary" in role)) \
                        and known.years and min(known.years) - 1 <= year <= max(known.years) + 1:
                    return known.id
        place = person.country or country
        best: tuple[int, str] | None = None
        for known in self.by_id.values():
            if place not in known.countries or not known.years or len(known.name.split()) < 2 or known.office:
                continue
            name = fold(known.name)
            if not (_ends_with(name, word) or (place in SURNAME_FIRST and name.startswith(word + " "))):
                continue
            distance = min(abs(y - year) for y in known.years)
            if distance <= NEAR_YEARS and (best is None or (distance, known.id) < best):
                best = (distance, known.id)
        if best is not None:
            return best[1]
        pid = self.by_name.get(f"{word}|{place}")
        if pid is None:
            pid = self._new_id(person.name + (f" {place}" if place else ""), None)
            self.by_name[f"{word}|{place}"] = pid
        self._add(pid, person.name, place, (year,))
        return pid


def _ends_with(name: str, word: str) -> bool:
    return name == word or name.endswith(" " + word)


def _is_full(person: NamedPerson) -> bool:
    return person.known_id is not None or len(person.name.split()) >= 2 and not re.fullmatch(
        r"[\w'’-]+ (?:[IVX]+|Jr\.?)", person.name)


def source_of(record: Record) -> dict[str, str]:
    if record.kind == "visit":
        return {"title": f"Visits by Foreign Leaders in {record.date.year}",
                "url": f"{SITE}/visits/{record.date.year}"}
    role = "president" if record.role == "president" else "secretary"
    who = record.who or slug(record.traveller or "")
    heading = "the President" if role == "president" else "the Secretary of State"
    return {"title": f"Travels of {heading}: {record.traveller or who}", "url": f"{SITE}/travels/{role}/{who}"}


def _city(locale: str | None, country: str | None) -> str | None:
    if not locale:
        return None
    for part in re.split(r",|;| and ", locale):
        found = places.city(part.strip(), country) if part.strip() else None
        if found is not None and (country is None or found.country == country):
            return part.strip()
    return None


def output_stem(record: Record) -> str:
    if record.kind == "visit":
        return f"visits-{slug(record.file_stem)}"
    return f"{record.role or 'other'}-travels-{slug(record.file_stem)}"


def convert(records: list[Record], bundled: Mapping[str, Person], bundled_years: Mapping[str, set[int]],
            progress: Callable[[int, int], None] | None = None) -> ImportResult:
    """Meetings (grouped by output file) and the people they name, from the records read."""
    result = ImportResult(records_read=len(records))
    people = People(bundled, bundled_years)
    readings = {}
    # First pass: travellers, visitors and people named in full, so a surname can find them.
    for record in records:
        remark = read_remark(record.remark, bundled) if record.remark else None
        visitor = read_remark(record.traveller, bundled) if record.kind == "visit" and record.traveller else None
        readings[record.kind, record.record_id] = (remark, visitor)
        if record.kind == "trip" and record.traveller:
            people.traveller(record)
        default = record.country if record.kind == "visit" else None
        for person in (visitor.people if visitor else ()):
            if _is_full(person):  # a visitor comes from the visit's country: it weighs most
                people.full_name(person, person.country or record.country, record.date.year, 3)
        for person in (remark.people if remark else ()):
            if _is_full(person):
                people.full_name(person, person.country or (record.country if record.kind == "trip" else default
                                                            or "US"), record.date.year)
    for n, record in enumerate(records):
        if progress is not None and n % 200 == 0:
            progress(n, len(records))
        remark, visitor = readings[record.kind, record.record_id]
        year = record.date.year
        participants: list[dict] = []

        def take(pid: str, role: str | None) -> None:  # called in this iteration only
            if any(p["person"] == pid for p in participants):  # noqa: B023
                return
            participants.append({"person": pid, "role": role} if role else {"person": pid})  # noqa: B023

        if record.kind == "trip" and record.traveller:
            take(people.traveller(record), ROLES.get(record.role or ""))
        if record.kind == "visit" and record.traveller:
            named = visitor.people if visitor else ()
            if not named:
                role, name = split_title(record.traveller)
                named = (NamedPerson(name, role, 0, len(record.traveller)),)
            for person in named:
                pid = (people.registered(person, record.country, year) if _is_full(person)
                       else people.surname(person, record.country, year))
                take(pid, person.role)
        here = record.country if record.kind == "trip" else "US"
        for person in (remark.people if remark else ()):
            pid = (people.registered(person, person.country or here, year) if _is_full(person)
                   else people.surname(person, here, year))
            take(pid, person.role)
        if not participants:
            result.problems.append(Problem(record.path, record.line, record.col, Severity.ERROR, "no-participants",
                                           f"<{record.kind}> {record.record_id} names nobody; the record is left out"))
            continue
        meeting: dict = {"id": f"hsg-{record.kind}-{slug(record.record_id)}", "title": _title(record),
                         "date": str(record.date)}
        if record.end_date is not None:
            meeting["end_date"] = str(record.end_date)
        location = {}
        if record.kind == "trip":
            city = _city(record.locale, record.country)
            if city:
                location["city"] = city
        if record.kind == "trip" and record.country:
            location["country"] = record.country
        elif record.kind == "visit":
            location["country"] = "US"
        if location:
            meeting["location"] = location
        meeting["participants"] = participants
        summary = remark.summary if remark else None
        if summary:
            meeting["summary"] = summary
        meeting["sources"] = [{**source_of(record), "publisher": PUBLISHER, "kind": "other"}]
        result.meetings.setdefault(output_stem(record), []).append(meeting)
    used = {p["person"] for ms in result.meetings.values() for m in ms for p in m["participants"]}
    for pid in sorted(used - people.bundled):
        known = people.by_id[pid]
        entry = {"id": pid, "name": known.name}
        if known.country:
            entry["country"] = known.country
        result.people[pid] = entry
    return result


def _title(record: Record) -> str:
    where = ", ".join(filter(None, (record.locale, record.country_name))) or "abroad"
    if record.kind == "trip":
        role = {"president": "President", "secretary": "Secretary of State"}.get(record.role or "", "")
        return f"{role} {record.traveller or ''} in {where}".strip()
    origin = f" ({record.country_name})" if record.country_name else ""
    return f"{record.traveller or 'Visit'}{origin} visits the United States"


@dataclass(slots=True)
class ImportOutcome:
    result: ImportResult
    files: list[Path]
    changed: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()

    @property
    def errors(self) -> int:
        return sum(p.is_error for p in self.result.problems)

    @property
    def warnings(self) -> int:
        return len(self.result.problems) - self.errors

    def summary(self, folder: Path | str) -> str:
        r = self.result
        left_out = r.records_read - r.meeting_count
        return (f"{counted(r.meeting_count, 'meeting')} and {counted(len(r.people), 'person', 'people')} "
                f"from {counted(len(self.files), 'file')} "
                f"({counted(r.records_read, 'record')}{f', {left_out:,} left out' if left_out else ''}) -> {folder}: "
                f"{counted(len(self.changed), 'file')} written, {len(self.unchanged)} unchanged; "
                f"{counted(self.errors, 'error')}, {counted(self.warnings, 'warning')}")


def import_files(paths: Iterable[Path | str], folder: Path | str,
                 progress: Callable[[int, int], None] | None = None,
                 cancelled: Callable[[], bool] = lambda: False) -> ImportOutcome:
    """Read the files, convert them and write the folder (see writer.write_folder); raises Cancelled or OSError.

    ``progress(done, total)`` is called now and then with records converted out of all records.
    """
    from .. import loading
    from .writer import Cancelled, write_folder

    files, problems = xml_files(paths)
    read: list[Record] = []
    seen = 0
    for path in files:
        if cancelled():
            raise Cancelled
        found, file_problems, count = read_file(path)
        seen += count
        read.extend(found)
        problems.extend(file_problems)
    bundled = loading.load(loading.sources([], True)).dataset
    years: dict[str, set[int]] = {}
    for meeting in bundled.meetings:
        for participant in meeting.participants:
            years.setdefault(participant.person.id, set()).add(meeting.date.year)

    def step(done: int, total: int) -> None:
        if cancelled():
            raise Cancelled
        if progress is not None:
            progress(done, total)

    result = convert(read, dict(bundled.people), years, step)
    result.problems[:0] = problems
    result.records_read = seen
    outcome = ImportOutcome(result, files)
    written = write_folder(folder, result.meetings, result.people, LICENCE, cancelled)
    outcome.changed, outcome.unchanged = written.changed, written.unchanged
    if progress is not None:
        progress(len(read), len(read))
    return outcome
