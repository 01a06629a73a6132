"""The soak test's account of a data folder: what it wrote, and what the window may show for it.

Every valid save is a new *version* with its own meeting ids (``m<version>-<k>``), so a
meeting in the list names the version it came from, and a file shown by halves is visible.

The window reads the folder only while the event loop runs, which the soak lets happen
only between bursts of writes: so the loader can only ever have seen the states files
had at the end of a burst. Which of those it saw depends on when the watcher's debounce
fired, so a broken file may show any valid version it held at a burst end since the
last settle point (or the version confirmed there, or none if it was new or absent at
some burst end: a file that leaves the folder is forgotten with its records).
"""

from __future__ import annotations

import os
import random
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from diplo_gui.core.live import KEPT_CODE
from diplo_gui.core.model import Meeting
from diplo_gui.core.problems import Problem

BROKEN_KINDS = ("truncated", "invalid-yaml", "not-utf8")
# The problem each kind of broken save must show in the Problems view.
BROKEN_CODE = {"truncated": "yaml-syntax", "invalid-yaml": "yaml-syntax", "not-utf8": "encoding"}
_BAD_LINES = (
    "  - {id: x, title: [unclosed\n",
    "meetings: [\n",
    "\tpeople: a tab cannot indent\n",
    "  - id: a\n   title: misaligned: twice\n",
    "people: *no-such-anchor\n",
)


@dataclass(frozen=True)
class Valid:
    number: int
    ids: tuple[str, ...]
    titles: tuple[str, ...]
    word: str  # unique to this version, for the search box
    data: bytes


@dataclass(frozen=True)
class Broken:
    kind: str
    data: bytes


Content = Valid | Broken


def version_of(meeting_id: str) -> int:
    return int(meeting_id[1:].split("-", 1)[0])


def word_for(number: int) -> str:
    # Letters only and a fixed length: no version's word is a prefix of another's.
    return "soak" + "".join("abcdefghij"[int(d)] for d in f"{number:06d}")


def valid_version(rng: random.Random, number: int, heading: str = "Round") -> Valid:
    word = word_for(number)
    count = rng.randint(1, 4)
    ids = tuple(f"m{number}-{k}" for k in range(count))
    titles = tuple(f"{heading} {k} of {word}" for k in range(count))
    lines = ["people:\n", f"  - {{id: p{number}, name: Person {word}, country: PT}}\n", "meetings:\n"]
    for meeting_id, title in zip(ids, titles):
        date = f"{rng.randint(2019, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        lines.append(f'  - {{id: {meeting_id}, title: "{title}", date: {date}, participants: [p{number}]}}\n')
    return Valid(number, ids, titles, word, "".join(lines).encode())


def broken_text(rng: random.Random, kind: str, number: int) -> bytes:
    """A save that cannot be read as a whole: cut inside a record, bad YAML, or cut inside a UTF-8 sequence."""
    text = valid_version(rng, number).data.decode()
    if kind == "truncated":  # an interrupted save: cut inside the last record's flow mapping
        start, end = text.rindex("{") + 1, text.rindex("}")
        return text[:rng.randint(start, end - 1)].encode()
    if kind == "invalid-yaml":
        return (text + rng.choice(_BAD_LINES)).encode()
    return text.encode() + "  - {id: x, title: Caf\u00e9".encode()[:-1]  # not-utf8: half a character


class DiskModel:
    """Performs the soak's file operations in ``folder`` and remembers what each file held when."""

    def __init__(self, folder: Path, rng: random.Random) -> None:
        self.folder = folder
        self._root = folder.resolve()
        self.rng = rng
        self.disk: dict[str, Content] = {}  # name (relative to folder) -> what is on disk now
        self.history: dict[str, set[int]] = {}  # name -> every valid version it ever held
        self.confirmed: dict[str, int | None] = {}  # at the last settle: the version shown per present file
        self.ends: dict[str, list[Content | None]] = {}  # since then: its state at each burst end (None: absent)
        self.ids_of: dict[int, tuple[str, ...]] = {}
        self._touched: set[str] = set()
        self._names = 0
        self._versions = 0
        self._subfolders: list[str] = []
        self.counts: Counter[str] = Counter()

    # -- operations ---------------------------------------------------------------------
    def random_operation(self, atomic: bool = False) -> None:
        """One save, broken save, new file, deletion or rename; ``atomic``: no write in place
        (a reader may then catch a file half written, which reads as fewer records, rightly)."""
        names = sorted(self.disk)
        if len(names) < 2:
            self.new_file(broken=self.rng.random() < 0.15)
            return
        op = self.rng.choices(
            ("save", "save-in-place", "break", "new", "delete", "rename", "rename-over"),
            weights=(34, 8, 18, 14, 8, 10, 8))[0]
        name = self.rng.choice(names)
        if op == "save":
            self.save_valid(name)
        elif op == "save-in-place":
            self.save_valid(name, in_place=not atomic)
        elif op == "break":
            self.save_broken(name, self.rng.choice(BROKEN_KINDS), in_place=not atomic and self.rng.random() < 0.3)
        elif op == "new":
            self.new_file(broken=self.rng.random() < 0.2)
        elif op == "delete":
            (self.folder / name).unlink()
            self._set(name, None)
        elif op == "rename":
            target = self._fresh_name()
            (self.folder / target).parent.mkdir(exist_ok=True)
            os.rename(self.folder / name, self.folder / target)
            self._set(target, self.disk[name])
            self._set(name, None)
        else:  # rename-over: another file is replaced by this one, as an editor's save does
            target = self.rng.choice([n for n in names if n != name])
            os.replace(self.folder / name, self.folder / target)
            self._set(target, self.disk[name])
            self._set(name, None)
        self.counts[op] += 1

    def new_file(self, broken: bool) -> str:
        name = self._fresh_name()
        if broken:
            self.save_broken(name, self.rng.choice(BROKEN_KINDS))
        else:
            self.save_valid(name)
        return name

    def save_valid(self, name: str, in_place: bool = False) -> Valid:
        self._versions += 1
        version = valid_version(self.rng, self._versions)
        self.ids_of[version.number] = version.ids
        self._write(name, version.data, in_place)
        self._set(name, version)
        return version

    def save_broken(self, name: str, kind: str, in_place: bool = False) -> None:
        self._versions += 1  # only for the text: no meeting of it may ever show
        data = broken_text(self.rng, kind, self._versions)
        self._write(name, data, in_place)
        self._set(name, Broken(kind, data))

    def retitle(self, name: str, version: Valid) -> Valid:
        """Save the same meetings (same ids) with new titles."""
        titles = tuple(t.replace("Round", "Retitled round") for t in version.titles)
        text = version.data.decode()
        for old, new in zip(version.titles, titles):
            text = text.replace(f'"{old}"', f'"{new}"')
        again = Valid(version.number, version.ids, titles, version.word, text.encode())
        self._write(name, again.data, in_place=False)
        self._set(name, again)
        self.end_burst()
        return again

    def _write(self, name: str, data: bytes, in_place: bool) -> None:
        path = self.folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if in_place:
            path.write_bytes(data)
            return
        temp = path.with_name(f".{path.name}.tmp")  # write, then rename over: an atomic save
        temp.write_bytes(data)
        os.replace(temp, path)

    def _fresh_name(self) -> str:
        # Names are never reused: a name that left cannot come back within a burst and be mistaken for the old file.
        self._names += 1
        name = f"f{self._names:04d}.yaml"
        roll = self.rng.random()
        if roll < 0.06 or (roll < 0.4 and self._subfolders):  # folders made while the window is open too
            if roll < 0.06:
                self._subfolders.append(f"sub{len(self._subfolders) + 1}")
            return f"{self.rng.choice(self._subfolders)}/{name}"
        return name

    def _set(self, name: str, content: Content | None) -> None:
        if content is None:
            self.disk.pop(name, None)
        else:
            self.disk[name] = content
            if isinstance(content, Valid):
                self.history.setdefault(name, set()).add(content.number)
        self._touched.add(name)

    # -- bookkeeping --------------------------------------------------------------------
    def end_burst(self) -> None:
        """The event loop is about to run: the loader may read the folder as it is now."""
        for name in self._touched:
            self.ends.setdefault(name, []).append(self.disk.get(name))
        self._touched.clear()

    def candidates(self, name: str) -> set[int | None]:
        """The versions a file that is broken now may show: its last good one, as the loader may have seen it."""
        found: set[int | None] = {self.confirmed.get(name)}  # None when it was not there at the last settle
        for state in self.ends.get(name, []):
            if state is None:
                found.add(None)
            elif isinstance(state, Valid):
                found.add(state.number)
        return found

    def confirm(self, meetings: Iterable[Meeting]) -> None:
        """A settle point: what is shown now is what the loader knows."""
        shown = self._groups(meetings)
        self.confirmed = {name: (sorted(shown[name])[0] if shown.get(name) else None) for name in self.disk}
        self.ends.clear()

    # -- checks -------------------------------------------------------------------------
    def owns(self, meeting: Meeting) -> bool:
        return meeting.origin is not None and self.owns_path(meeting.origin.path)

    def owns_path(self, path: str) -> bool:
        return Path(path).resolve().is_relative_to(self._root)

    def name_of(self, path: str) -> str:
        return Path(path).resolve().relative_to(self._root).as_posix()

    def content(self, path: str) -> Content | None:
        return self.disk.get(self.name_of(path))

    def _groups(self, meetings: Iterable[Meeting]) -> dict[str, dict[int, list[str]]]:
        groups: dict[str, dict[int, list[str]]] = {}
        for m in meetings:
            if self.owns(m):
                groups.setdefault(self.name_of(m.origin.path), {}).setdefault(version_of(m.id), []).append(m.id)
        return groups

    def whole_versions_errors(self, meetings: Iterable[Meeting]) -> list[str]:
        """Any state of the list: each file shows one whole version that it really held, or nothing."""
        errors = []
        for name, versions in self._groups(meetings).items():
            if len(versions) > 1:
                errors.append(f"{name}: several versions at once: {sorted(versions)}")
            for number, ids in versions.items():
                if number not in self.history.get(name, ()):
                    errors.append(f"{name}: shows version {number}, which it never held")
                elif sorted(ids) != sorted(self.ids_of[number]):
                    errors.append(f"{name}: half of version {number}: {sorted(ids)} of {list(self.ids_of[number])}")
        return errors

    def settle_errors(self, meetings: list[Meeting], problems: list[Problem], outside: set[str]) -> list[str]:
        """At a settle point: exactly the last good version of every present file, and the right problems."""
        errors = self.whole_versions_errors(meetings)
        if {m.id for m in meetings if not self.owns(m)} != outside:
            errors.append("the meetings from outside the soak folder changed")
        groups = self._groups(meetings)
        titles = {m.id: m.title for m in meetings}
        mine = [p for p in problems if self.owns_path(p.path)]
        for name in groups.keys() - self.disk.keys():
            errors.append(f"{name}: gone from disk, still shown")
        for name, content in sorted(self.disk.items()):
            shown = sorted(groups.get(name, {}))
            if isinstance(content, Valid):
                if shown != [content.number] or [titles.get(i) for i in content.ids] != list(content.titles):
                    errors.append(f"{name}: shows {shown}, on disk version {content.number}")
                continue
            version = shown[0] if shown else None
            if version not in self.candidates(name):
                errors.append(f"{name} (broken): shows {version}, its last good one is one of {self.candidates(name)}")
            codes = {p.code for p in mine if self.name_of(p.path) == name}
            if BROKEN_CODE[content.kind] not in codes:
                errors.append(f"{name} (broken, {content.kind}): no {BROKEN_CODE[content.kind]} problem listed")
            if (version is not None) != (KEPT_CODE in codes):
                errors.append(f"{name} (broken): the kept-last-good note is {'missing' if version else 'wrong'}")
        for p in mine:
            if not isinstance(self.disk.get(self.name_of(p.path)), Broken):
                errors.append(f"a problem about a file that is fine or gone: {p}")
        return errors

    def any_file(self) -> str | None:
        return self.rng.choice(sorted(self.disk)) if self.disk else None

    def expected_ids(self) -> set[str]:
        return {i for c in self.disk.values() if isinstance(c, Valid) for i in c.ids}

    def summary(self) -> str:
        return ", ".join(f"{op} {n}" for op, n in sorted(self.counts.items()))
