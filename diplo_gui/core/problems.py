"""A data problem: where it is, how bad it is, and what is wrong, in words a user can act on."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Severity(Enum):
    ERROR = "error"  # must be fixed: the value (or its record, or its file) was not loaded
    WARNING = "warning"  # suspicious or ignored: the record still loaded


@dataclass(frozen=True, slots=True)
class Problem:
    """One problem at a 1-based line and column of a file.

    ``code`` is a stable short name (``bad-date``, ``unknown-person`` ...) that tests
    and tools can match; ``message`` is for people.
    """

    path: str
    line: int
    col: int
    severity: Severity
    code: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.col}: {self.severity.value}: {self.message} [{self.code}]"

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR
