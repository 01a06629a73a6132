"""Drafting: from a news article to meetings, people, quotes and issues, each with its source span.

Pure Python and offline (patterns, the loaded Dataset and a GeoNames gazetteer; no model).
``draft_article`` returns a :class:`Draft`; ``to_yaml`` writes it in the data format.
"""

from __future__ import annotations

from .engine import draft_article
from .model import Draft, DraftCancelled, DraftMeeting, DraftQuote, Highlight, ProposedPerson, Span
from .yaml_writer import to_yaml

__all__ = ["Draft", "DraftCancelled", "DraftMeeting", "DraftQuote", "Highlight", "ProposedPerson", "Span",
           "draft_article", "to_yaml"]
