"""Bidirectional text isolated where data meets other text.

A right-to-left override (U+202E) in a name, or simply an Arabic or Hebrew name, changes
the order in which the text *around* it is displayed: "Name · role (3)" can show as
"(3) elor · emaN". Wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE (Unicode's
bidi algorithm, UAX #9), a value is laid out on its own and its neighbours keep their
order; an override inside it ends at the closing isolate. Qt, browsers and word
processors honour isolates. Values without right-to-left letters or bidi controls are
returned as they are: they cannot reorder anything in a left-to-right text.
"""

from __future__ import annotations

import re

FSI, PDI = "\u2068", "\u2069"
_ISOLATE_OPENERS = "\u2066\u2067\u2068"  # LRI, RLI, FSI
# Right-to-left scripts (Hebrew to the end of Arabic Extended-A, the presentation forms, the
# historic RTL planes) and the bidi controls (ALM, RLM, the embeddings and overrides, the isolates).
_NEEDS_ISOLATION = re.compile("[\u0590-\u08ff\u061c\u200f\u202a-\u202e\u2066-\u2069\ufb1d-\ufdff\ufe70-\ufefe"
                              "\U00010800-\U00010fff\U0001e800-\U0001efff]")
_ISOLATE_MARKS = re.compile("[\u2066-\u2069]")


def isolate(text: str) -> str:
    """``text`` as one isolated run, or unchanged if it cannot disturb its neighbours."""
    if text.isascii() or not _NEEDS_ISOLATION.search(text):
        return text
    if _ISOLATE_MARKS.search(text):
        text = _balanced(text)
    return FSI + text + PDI


def _balanced(text: str) -> str:
    """Isolates inside the value paired: a stray PDI would close ours early, an open one swallow it."""
    out: list[str] = []
    depth = 0
    for ch in text:
        if ch in _ISOLATE_OPENERS:
            depth += 1
        elif ch == PDI:
            if depth == 0:
                continue  # closes nothing of the value's own: it would close our isolate
            depth -= 1
        out.append(ch)
    return "".join(out) + PDI * depth
