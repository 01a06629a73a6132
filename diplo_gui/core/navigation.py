"""Back and Forward: where the reader has been (search, facets, selected meeting), and saved searches.

Pure Python: the window records a ``Place`` whenever what it shows settles, and asks
for the previous or next one. Typing a word letter by letter is one step, not seven.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field

from .facets import FacetSelection


@dataclass(frozen=True, slots=True)
class Place:
    """What the reader was looking at: the typed search, the facets and the selected meeting."""

    search: str = ""
    facets: FacetSelection = field(default_factory=FacetSelection)
    meeting_id: str | None = None


def _one_keystroke(a: str, b: str) -> bool:
    """True when ``b`` is ``a`` with one character typed or erased at the end."""
    shorter, longer = (a, b) if len(a) < len(b) else (b, a)
    return len(longer) - len(shorter) == 1 and longer.startswith(shorter)


class History:
    """A browser-like history of places, with a cap so a long session stays small."""

    def __init__(self, limit: int = 200) -> None:
        self._places: list[Place] = []
        self._at = -1
        self._limit = limit
        self._typing = False  # the current place was reached by typing a letter

    @property
    def current(self) -> Place | None:
        return self._places[self._at] if self._at >= 0 else None

    def can_go_back(self) -> bool:
        return self._at > 0

    def can_go_forward(self) -> bool:
        return 0 <= self._at < len(self._places) - 1

    def record(self, place: Place) -> None:
        """Remember a place; the forward places are dropped, as in a browser."""
        current = self.current
        if current == place:
            return
        # A letter typed or erased is part of the same step, even when it filters the selected meeting away.
        keystroke = (current is not None and current.facets == place.facets
                     and place.meeting_id in (current.meeting_id, None)
                     and _one_keystroke(current.search, place.search))
        if keystroke and self._typing and not self.can_go_forward():
            self._places[self._at] = place  # still typing: the same step as the first letter
            return
        if (current is not None and current.meeting_id is None and current.search == place.search
                and current.facets == place.facets and not self.can_go_forward()):
            self._places[self._at] = place  # a first selection in a list: nothing worth going back to
            return
        self._typing = keystroke
        del self._places[self._at + 1:]
        self._places.append(place)
        if len(self._places) > self._limit:
            del self._places[0]
        self._at = len(self._places) - 1

    def back(self) -> Place | None:
        if not self.can_go_back():
            return None
        self._at -= 1
        return self._places[self._at]

    def forward(self) -> Place | None:
        if not self.can_go_forward():
            return None
        self._at += 1
        return self._places[self._at]


@dataclass(frozen=True, slots=True)
class SavedSearch:
    name: str
    search: str = ""
    facets: FacetSelection = field(default_factory=FacetSelection)


def dump_saved(searches: list[SavedSearch]) -> str:
    """Saved searches as JSON text (the settings value)."""
    return json.dumps([{"name": s.name, "search": s.search, "facets": s.facets.to_dict()} for s in searches],
                      ensure_ascii=False)


def load_saved(text: object) -> list[SavedSearch]:
    """Read what ``dump_saved`` wrote; a damaged value gives what can be read, never an exception."""
    if not isinstance(text, str):
        return []
    try:
        data = json.loads(text)
    except ValueError:
        return []
    searches: list[SavedSearch] = []
    for entry in data if isinstance(data, list) else []:
        if not isinstance(entry, Mapping) or not isinstance(entry.get("name"), str) or not entry["name"].strip():
            continue
        search = entry.get("search") if isinstance(entry.get("search"), str) else ""
        facets = entry.get("facets")
        searches.append(SavedSearch(entry["name"].strip(), search,  # type: ignore[arg-type]
                                    FacetSelection.from_dict(facets) if isinstance(facets, Mapping)
                                    else FacetSelection()))
    return searches
