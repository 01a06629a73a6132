"""Is each quote in its source's stored text? Found, not found, or unverifiable, with the reason.

The comparison forgives only what typesetting changes: runs of whitespace are one space,
typographic quotation marks are straight ones, and dashes are a hyphen-minus. Nothing
else (not case, not ellipses): a changed word is a quote not found.

Stored texts are read here, on demand, never when data loads: only a regular file
inside the data file's folder, under a size cap, strictly UTF-8. A FIFO, a link to a
device or a huge file makes its quotes unverifiable (with the reason); it never hangs.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from . import files
from .model import Meeting, Quote, StoredText
from .records import stored_text_path_problem

MAX_TEXT_BYTES = 8 * 1024 * 1024  # a stored text is an article or a transcript: far below this

_WHITESPACE = re.compile(r"\s+")
_FOLD = str.maketrans({
    **dict.fromkeys("‘’‚‛′", "'"),
    **dict.fromkeys("“”„‟«»″", '"'),
    **dict.fromkeys("‐‑‒–—―−", "-"),
})


class Outcome(Enum):
    FOUND = "found"
    NOT_FOUND = "not found"
    UNVERIFIABLE = "unverifiable"


class UnreadableText(Exception):
    """A stored text that cannot be used; the message says why, in a reader's words."""


def normalise(text: str) -> str:
    """The form both a quote and a stored text are compared in."""
    return _WHITESPACE.sub(" ", text.translate(_FOLD))


def _original(text: str, index: int, *, end: bool = False) -> int:
    """The original offset of normalised character ``index`` (with ``end``: just past it).

    Folding maps one character to one, so offsets move only where a run of whitespace
    became one space: walk the runs instead of keeping a table (two integers a character
    would cost hundreds of megabytes for a text at the size cap).
    """
    shift = 0  # original offset minus normalised offset, before the current run
    for run in _WHITESPACE.finditer(text):
        at = run.start() - shift  # where this run's one space stands in the normalised text
        if index < at:
            break
        if index == at:
            return run.end() if end else run.start()
        shift += len(run.group()) - 1
    return index + shift + (1 if end else 0)


def find_quote(quote_text: str, source_text: str) -> tuple[int, int] | None:
    """Where the quote stands in the source text, as original offsets [start, end); None if not there."""
    needle = normalise(quote_text).strip()
    if not needle:
        return None
    at = normalise(source_text).find(needle)
    if at < 0:
        return None
    return _original(source_text, at), _original(source_text, at + len(needle) - 1, end=True)


def stored_text_path(stored: StoredText) -> Path:
    return Path(stored.folder or ".") / stored.file


def read_stored_text(stored: StoredText) -> str:
    """The stored text, or UnreadableText saying why not (never blocks, never reads past the cap)."""
    refused = stored_text_path_problem(stored.file)
    if refused:  # the loader refuses these already; a Source built in code is checked too
        raise UnreadableText(f"the stored text's path is {refused}")
    folder = os.path.realpath(stored.folder or ".")
    path = stored_text_path(stored)
    if not os.path.lexists(path):
        raise UnreadableText(f"the stored text file {stored.file} is missing")
    real = os.path.realpath(path)
    if os.path.commonpath([folder, real]) != folder:
        raise UnreadableText(f"the stored text file {stored.file} leads outside the data file's folder")
    data, problems = files.read_bytes(Path(real), MAX_TEXT_BYTES)
    if data is None:
        reason = problems[0].message if problems else "it cannot be read"
        raise UnreadableText(f"the stored text file {stored.file}: {reason}")
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        raise UnreadableText(f"the stored text file {stored.file} is not UTF-8 text (byte {exc.start})") from None


@dataclass(frozen=True, slots=True)
class QuoteCheck:
    meeting: Meeting
    quote: Quote
    outcome: Outcome
    reason: str | None = None  # why a quote is unverifiable


class TextShelf:
    """Stored texts read and normalised at most once per verification (many quotes share one text)."""

    def __init__(self) -> None:
        self._texts: dict[Path, str | UnreadableText] = {}

    def normalised(self, stored: StoredText) -> str:
        key = stored_text_path(stored)
        if key not in self._texts:
            try:
                self._texts[key] = normalise(read_stored_text(stored))
            except UnreadableText as exc:
                self._texts[key] = exc
        found = self._texts[key]
        if isinstance(found, UnreadableText):
            raise found
        return found


def check_quote(meeting: Meeting, quote: Quote, shelf: TextShelf | None = None) -> QuoteCheck:
    """One quote against the stored text of the source it names (never the meeting's first by default)."""
    shelf = shelf or TextShelf()
    source = quote.source
    if source is None:
        reason = "the quote names no source"
    elif source.stored_text is None:
        reason = f"no stored text of the source “{source.title}”"
    else:
        try:
            text = shelf.normalised(source.stored_text)
        except UnreadableText as exc:
            reason = str(exc)
        else:
            needle = normalise(quote.text).strip()
            found = bool(needle) and needle in text
            return QuoteCheck(meeting, quote, Outcome.FOUND if found else Outcome.NOT_FOUND)
    # The data's own reason, when it gives one, says more than ours.
    return QuoteCheck(meeting, quote, Outcome.UNVERIFIABLE, quote.unverifiable or reason)


def verify(meetings: Iterable[Meeting], only_paths: set[str] | None = None) -> list[QuoteCheck]:
    """Every quote of these meetings (of the files in ``only_paths``, if given), in file order."""
    shelf = TextShelf()
    checks = [check_quote(m, q, shelf) for m in meetings for q in m.quotes
              if only_paths is None or (q.origin is not None and q.origin.path in only_paths)]
    checks.sort(key=lambda c: (c.quote.origin.path, c.quote.origin.line, c.quote.origin.col) if c.quote.origin
                else ("", 0, 0))
    return checks

