"""Plain-text helpers shared by the drafting modules: sentences, clean values, ids."""

from __future__ import annotations

import bisect
import re
import unicodedata

from .model import Span

# Controls the data format refuses (all C0/C1 but tab and newline). Line breaks, the
# Unicode line and paragraph separators included, become spaces: a value is one line.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f]")
_SPACES = re.compile(r"\s+")

# Tokens before a period that do not end a sentence.
_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "prof", "st", "gen", "sen", "rep", "gov", "lt", "col",
                  "sgt", "capt", "jr", "sr", "no", "vs", "etc", "inc", "co", "corp", "ltd", "h.e",
                  # honorifics and ranks before a name: "the Hon. Julie Bishop", "the Rt. Hon.", "Brig. Gen."
                  "hon", "rt", "amb", "adm", "maj", "brig", "cmdr"}
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


# Letters NFKD does not split into a base letter and a mark.
_UNSPLIT = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ı": "i", "ß": "s"})


def fold(text: str) -> str:
    """``text`` with its letters' marks taken off, one character for one ("Davutoğlu" is "Davutoglu",
    "Radosław" is "Radoslaw"), so a span in the folded text is the same span in the original."""
    out = []
    for ch in text.translate(_UNSPLIT):
        base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        out.append(base if len(base) == 1 else ch)
    return "".join(out)


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
        if match.group() == "\n" and _after_abbreviation(text, match.start()):
            continue  # "H.E.\nYOON Suk Yeol", "Lloyd J.\nAustin": a line wrapped after a title or an initial
        if match.group() == "\n" and _hard_wrapped(text, match.start()):
            continue  # a long line that stops without a stop, its sentence going on below: a wrapped line
        i = bisect.bisect_left(opaque, match.start(), key=lambda s: s.start) - 1
        if i >= 0 and opaque[i].start < match.start() and match.end() < opaque[i].end:
            continue  # a period inside a quotation (opaque spans include the marks)
        if match.group().startswith("."):
            word = re.search(r"([\w.]+)\.$", text[max(0, match.start() - 80):match.start() + 1])
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
        for piece_start, piece_end in _pieces(text, start, cut, opaque):
            piece = text[piece_start:piece_end]
            lead = len(piece) - len(piece.lstrip())
            trail = len(piece.rstrip())
            if trail > lead:
                spans.append(Span(piece_start + lead, piece_start + trail))
        start = cut
    return spans


# A line at least this long that ends without a stop was wrapped by its page, not ended by its author
# (a headline is shorter, and a paragraph's last line ends with its stop).
_WRAP_WIDTH = 50
# A line longer than this is a paragraph as its author typed it: pages wrap their lines shorter
_PARAGRAPH_LINE = 110


def _hard_wrapped(text: str, at: int) -> bool:
    """Whether the line break at ``at`` wraps a sentence: the line before is long and ends without a
    stop, the line after goes on in the same paragraph, and the line before is no headline (a line of
    capitalised words that opens its paragraph) unless the line after goes on in lower case."""
    start = text.rfind("\n", 0, at) + 1
    line = text[start:at].strip()
    end = text.find("\n", at + 1)
    following = text[at + 1:end if end >= 0 else len(text)].strip()
    if len(line) < _WRAP_WIDTH or _STOP_AT_END.search(line) or not following \
            or re.match(r"[-•*–—|]|\d+[.)]\s", following):
        return False
    if following[:1].islower():
        return True
    if len(line) > _PARAGRAPH_LINE and (not start or text[start - 2:start] == "\n\n" or len(
            text[text.rfind("\n", 0, start - 1) + 1:start - 1].strip()) > _PARAGRAPH_LINE):
        # "… to meet Wu Dawei, vice foreign minister of China" then "The DPRK's Vice Foreign Minister …": a line
        # longer than any page wraps at, its paragraph's first or after another such line, is a paragraph whose
        # author left out the stop; the next line, opening on a capital, is a sentence of its own
        return False
    before = text[text.rfind("\n", 0, max(start - 1, 0)) + 1:max(start - 1, 0)].strip() if start else ""
    long_words = [w for w in line.split() if len(w) >= 4]
    headline = bool(long_words) and sum(w[:1].isupper() for w in long_words) >= 0.8 * len(long_words)
    return not (headline and (not before or _STOP_AT_END.search(before)))


_STOP_AT_END = re.compile(r"[.!?:;”\"’)\]|]$")


def _after_abbreviation(text: str, at: int) -> bool:
    word = re.search(r"([\w.]+)\.[ \t]*$", text[max(0, at - 40):at])
    if not word:
        return False
    token = word.group(1).lower()
    following = text[at + 1:at + 3]
    return (token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha())) and following[:1].isalpha()


MAX_SENTENCE = 1500  # characters: a longer "sentence" is text with no breaks (a list, a dump), read in pieces


def _pieces(text: str, start: int, end: int, opaque: list[Span]) -> list[tuple[int, int]]:
    """``start``–``end``, cut at white space into pieces of at most MAX_SENTENCE characters
    (outside quotations when possible), so that no pass over one sentence grows with the text."""
    pieces: list[tuple[int, int]] = []
    while end - start > MAX_SENTENCE:
        limit = start + MAX_SENTENCE
        cut = max(text.rfind(" ", start + MAX_SENTENCE // 2, limit), text.rfind("\n", start + MAX_SENTENCE // 2, limit))
        i = bisect.bisect_left(opaque, cut, key=lambda s: s.start) - 1
        inside = opaque[i] if i >= 0 and opaque[i].start < cut < opaque[i].end else None
        if inside is not None and inside.start > start + MAX_SENTENCE // 4:
            cut = inside.start  # before the quotation rather than inside it
        if cut <= start:
            cut = limit
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces


MAX_ARTICLE_BYTES = 256 * 1024  # a readout or a news report is a few kilobytes, a long transcript a hundred


def article_problem(text: str) -> str | None:
    """Why ``text`` cannot be drafted (a message for the user), or None when it can.

    Text with no sentence breaks at all is drafted (read in pieces); an empty text, a
    binary file and a text past MAX_ARTICLE_BYTES are refused with a reason.
    """
    if not text.strip():
        return "the article is empty: there is nothing to draft"
    if "\x00" in text:
        return "the article holds NUL characters: it is a binary file, not text"
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > MAX_ARTICLE_BYTES:
        return (f"the article is {size / (1024 * 1024):.1f} MiB, over the {MAX_ARTICLE_BYTES // 1024} KiB a "
                f"readout, report or transcript needs: split it and draft each part")
    return None


def read_article(data: bytes) -> str:
    """An article's text from its bytes: UTF-8 (a byte-order mark is dropped), line ends made ``\\n``.

    Unlike a data file, an article may hold control characters or markup: they are
    kept in the text (spans count them) and never reach a drafted value (see ``clean``).
    Raises ValueError with a message for the user (see ``article_problem``).
    """
    if len(data) > MAX_ARTICLE_BYTES * 4:
        raise ValueError(f"the article is {len(data) / (1024 * 1024):.1f} MiB, over the "
                         f"{MAX_ARTICLE_BYTES // 1024} KiB a readout, report or transcript needs: "
                         f"split it and draft each part")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(f"the article is not UTF-8 text (byte {exc.start}): a binary file, or another "
                         f"encoding (save it as UTF-8)") from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    problem = article_problem(text)
    if problem is not None:
        raise ValueError(problem)
    return text
