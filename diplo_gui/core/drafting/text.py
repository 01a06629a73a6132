"""Plain-text helpers shared by the drafting modules: sentences, clean values, ids."""

from __future__ import annotations

import re
import unicodedata

from .model import Span

# Controls the data format refuses (all C0/C1 but tab and newline). Line breaks, the
# Unicode line and paragraph separators included, become spaces: a value is one line.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f]")
_SPACES = re.compile(r"\s+")

# Tokens before a period that do not end a sentence.
_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "prof", "st", "gen", "sen", "rep", "gov", "lt", "col",
                  "sgt", "capt", "jr", "sr", "no", "vs", "etc", "inc", "co", "corp", "ltd", "h.e"}
_SENTENCE_END = re.compile(r"[.!?]+[\"”’»)]*(?=\s+|[\"“”«])|\n\s*\n|\n")


def clean(text: str) -> str:
    """A drafted value: controls removed, runs of white space (line breaks too) made one space.

    Markup is not touched: ``<b>`` stays the four characters it is, and every view
    shows it as text.
    """
    return _SPACES.sub(" ", _CONTROLS.sub("", text)).strip()


def slug(text: str) -> str:
    """An id fragment: lowercase ASCII letters and digits joined by hyphens."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def unique_id(base: str, taken: set[str]) -> str:
    """``base``, or ``base-2``, ``base-3``... whichever is free; the result is added to ``taken``."""
    base = base or "draft"
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    taken.add(candidate)
    return candidate


def sentences(text: str, opaque: list[Span]) -> list[Span]:
    """Sentence spans. ``opaque`` spans (quotations) are never cut inside."""
    cuts: list[int] = []
    for match in _SENTENCE_END.finditer(text):
        end = match.end()
        if any(s.start < match.start() and match.end() < s.end for s in opaque):
            continue  # a period inside a quotation (opaque spans include the marks)
        if match.group().startswith("."):
            word = re.search(r"([\w.]+)\.$", text[:match.start() + 1])
            token = word.group(1).lower() if word else ""
            following = text[end:end + 40].lstrip()
            # "Mr. Blinken", "U.S. Secretary", "EE.UU.)": not the end of a sentence.
            if token in _ABBREVIATIONS or "." in token or (len(token) == 1 and following[:1].islower()):
                continue
            if len(token) == 1 and token.isalpha():
                continue  # an initial: "John F. Kennedy"
        cuts.append(end)
    spans: list[Span] = []
    start = 0
    for cut in [*cuts, len(text)]:
        piece = text[start:cut]
        lead = len(piece) - len(piece.lstrip())
        trail = len(piece.rstrip())
        if trail > lead:
            spans.append(Span(start + lead, start + trail))
        start = cut
    return spans


MAX_ARTICLE_BYTES = 4 * 1024 * 1024  # a news article is a few kilobytes; this is a pasted book


def read_article(data: bytes) -> str:
    """An article's text from its bytes: UTF-8 (a byte-order mark is dropped), line ends made ``\\n``.

    Unlike a data file, an article may hold control characters or markup: they are
    kept in the text (spans count them) and never reach a drafted value (see ``clean``).
    Raises ValueError with a message for the user.
    """
    if len(data) > MAX_ARTICLE_BYTES:
        raise ValueError(f"the article is over {MAX_ARTICLE_BYTES // (1024 * 1024)} MiB")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(f"the article is not UTF-8 text (byte {exc.start})") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")
