"""Quoted spans: straight and curly double quotes, paired by context.

Which mark opens and which closes is decided by its neighbours, not by its shape,
because real articles are sloppy: the seed article opens a quote with a right
quotation mark glued to the previous sentence (``powers.”The world needs …``).
A mark opens when we are outside a quotation and text follows it directly; it closes
when we are inside and text precedes it. A quotation may wrap over a line. It runs over
paragraphs only as print sets it: each paragraph opens with a mark and only the last
one closes (the pieces are one quotation, ``continues`` marks the later ones; the last
may be cut off by the end of the text). Otherwise an unclosed quotation is not a
quotation (nothing is drafted from it).
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import Span

OPENING_ONLY = "“„«"
CLOSING_ONLY = "»"
MARKS = OPENING_ONLY + CLOSING_ONLY + "”\""
# What closes each opening mark: a straight quote inside curly ones is nested, not a closer.
_CLOSERS = {"“": "”", "„": "“”", "«": "»", "\"": "\"”", "”": "”\""}


@dataclass(frozen=True, slots=True)
class Quoted:
    outer: Span  # with the marks
    inner: Span  # the words only
    continues: bool = False  # the next paragraph of the quotation before it

    def words(self, article: str) -> int:
        return len(article[self.inner.start:self.inner.end].split())


def find_quoted(article: str) -> list[Quoted]:
    found: list[Quoted] = []
    open_at: int | None = None
    continued = False  # the quotation open now goes on from the paragraph before
    skip_to = 0  # the end of a block quotation already taken whole
    for i, ch in enumerate(article):
        if i < skip_to:
            continue
        if ch == "\n" and open_at is not None:
            block = _block(article, open_at, i)
            if block:
                found.extend(block)
                skip_to = block[-1].outer.end
                open_at = None
                continued = False
                continue
            rest = article[i + 1:i + 400].lstrip(" \t")
            # A paragraph break (a blank line, or a new line that opens a quotation) ends
            # an unclosed quotation; a single wrapped line does not.
            if rest[:1] == "\n" or (rest[:1] and rest[0] in OPENING_ONLY + '"'):
                following = rest.lstrip()
                if following[:1] and following[0] in OPENING_ONLY + '"' and len(article[open_at:i].split()) >= 3:
                    # “A first paragraph … / “and the next: one quotation over paragraphs.
                    found.append(Quoted(Span(open_at, i), _trimmed(article, open_at + 1, i), continued))
                    continued = True
                else:
                    end = len(article[:i].rstrip())
                    if article[open_at] in "“„" and article[end - 1] == '"' and end - 1 > open_at + 1 \
                            and not article[end - 2].isspace():
                        # “This was one of many trips … as Deputy Secretary." — a curly quotation closed by a
                        # straight mark at the end of its paragraph (a straight one inside it would be nested)
                        found.append(Quoted(Span(open_at, end), _trimmed(article, open_at + 1, end - 1), continued))
                    continued = False
                open_at = None
            continue
        if ch not in MARKS:
            continue
        before = article[i - 1] if i > 0 else " "
        after = article[i + 1] if i + 1 < len(article) else " "
        if open_at is None:
            if ch in OPENING_ONLY or (not after.isspace() and ch != CLOSING_ONLY):
                open_at = i
        elif ch == article[open_at] and ch in OPENING_ONLY and before.isspace():
            open_at = i  # the previous one never closed: start again here
        elif ch in _CLOSERS[article[open_at]] and not before.isspace():
            if i > open_at + 1:
                found.append(Quoted(Span(open_at, i + 1), _trimmed(article, open_at + 1, i), continued))
            open_at = None
            continued = False
    if open_at is not None and continued and len(article[open_at:].split()) >= 3:
        found.append(Quoted(Span(open_at, len(article)), _trimmed(article, open_at + 1, len(article)), True))
    return found


_BLOCK_PARAGRAPHS = 8


def _block(article: str, open_at: int, break_at: int) -> list[Quoted]:
    """The message reads, in part: / “First paragraph … / Second … / Last.”: a block quoted after a colon,
    its marks only at the very start and the very end (its inner paragraphs open with none). One
    quotation, a part per paragraph; nothing when the block never closes or another mark comes first."""
    line_start = article.rfind("\n", 0, open_at) + 1
    if article[line_start:open_at].strip() or not article[:line_start].rstrip().endswith(":"):
        return []
    if any(mark in article[open_at + 1:break_at] for mark in MARKS):
        return []  # a quotation inside the first paragraph: not this print style
    parts = [Quoted(Span(open_at, break_at), _trimmed(article, open_at + 1, break_at))]
    at = break_at
    for _ in range(_BLOCK_PARAGRAPHS):
        while at < len(article) and article[at].isspace():
            at += 1
        if at >= len(article) or article[at] in MARKS:
            return []  # the end, or a paragraph that opens with its own mark (the other print style)
        end = article.find("\n", at)
        end = len(article) if end < 0 else end
        paragraph = article[at:end].rstrip()
        marks = [k for k, c in enumerate(paragraph) if c in MARKS]
        if marks and (marks != [len(paragraph) - 1] or paragraph[-1] not in "”\"" or paragraph[-2].isspace()):
            return []
        if marks:  # closed at the end of this paragraph
            close = at + len(paragraph) - 1
            parts.append(Quoted(Span(at, close + 1), _trimmed(article, at, close), True))
            return parts
        parts.append(Quoted(Span(at, end), _trimmed(article, at, end), True))
        at = end
    return []


def _trimmed(article: str, start: int, end: int) -> Span:
    while start < end and article[start].isspace():
        start += 1
    while end > start and article[end - 1].isspace():
        end -= 1
    return Span(start, end)


def quote_text(article: str, parts: list[Span]) -> str:
    """The verbatim words of one quotation, split parts joined by a space.

    The comma that hands over to the attribution (“…,” she said) is not the speaker's
    and is dropped from the end; everything else is kept as written.
    """
    from .text import clean

    text = " ".join(clean(article[p.start:p.end]) for p in parts)
    return text[:-1].rstrip() if text.endswith(",") else text
