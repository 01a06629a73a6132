"""Files and folders -> (Dataset, problems). The one entry point for reading data."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from . import bundled, files
from .linking import link
from .model import Dataset
from .problems import Problem
from .records import FileRecords, parse_text

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class LoadResult:
    dataset: Dataset
    problems: tuple[Problem, ...]
    files: tuple[Path, ...]  # every data file read, in load order

    @property
    def has_errors(self) -> bool:
        return any(p.is_error for p in self.problems)


def parse_file(path: Path) -> FileRecords:
    """One file's records and problems; a file that cannot be read is a problem, not an exception."""
    text, problems = files.read_text(path)
    if text is None:
        return FileRecords(str(path), problems=problems)
    return parse_text(text, str(path))


def sources(data_paths: Iterable[Path | str], include_bundled: bool = True,
            user_dir: Path | None = None) -> list[Path]:
    """The load order: bundled data, then the user data folder, then the paths given."""
    paths: list[Path] = [bundled.data_dir()] if include_bundled else []
    if user_dir is not None and user_dir.is_dir():
        paths.append(user_dir)
    paths.extend(Path(p) for p in data_paths)
    return paths


def load(paths: Sequence[Path | str]) -> LoadResult:
    """Read every data file under ``paths`` (files or folders) and link them into one Dataset."""
    found, problems = files.collect([Path(p) for p in paths])
    parsed = [parse_file(path) for path in found]
    dataset, link_problems = link(parsed)
    for f in parsed:
        problems.extend(f.problems)
    problems.extend(link_problems)
    problems.sort(key=lambda p: (p.path, p.line, p.col))
    if log.isEnabledFor(logging.DEBUG):  # diplo-gui --debug: what was read, and every problem
        log.debug("loaded %d files: %d meetings, %d problems", len(found), len(dataset.meetings), len(problems))
        for problem in problems:
            log.debug("%s", problem)
    return LoadResult(dataset, tuple(problems), tuple(found))
