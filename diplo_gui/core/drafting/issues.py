"""Issues: known issues matched by name and keywords, new ones proposed from "to discuss X".

An issue's keywords are the words of its name and id (three letters or more, common
words left out), compared by their first five letters so that "Ukrainian" finds
"Ukraine" and "stabilize" finds "Stabilising". A known issue matches a passage that
holds its whole name, or two of its keywords (its only one, if it has one).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..model import Issue
from .model import DraftIssue, Span
from .text import clean, slug, unique_id

_STOP = {"the", "and", "of", "for", "with", "between", "on", "in", "to", "a", "an", "its", "their"}
_WORD = re.compile(r"[^\W\d_]{3,}")
_TOPIC = re.compile(r"\b(?:to (?:speak|talk) about|to discuss|discussed|discussing|talks on|talked about|"
                    r"spoke about|focused on)\s+(?P<topic>[^.;:“”\"]+)")
_TOPIC_END = re.compile(r",\s+(?:which|who|a|an|the latest|as|after|before|while)\b|\s+(?:before|after|while|as)\s")


def _stem(word: str) -> str:
    return word.casefold()[:5]


def keywords(issue: Issue) -> set[str]:
    words = _WORD.findall(issue.name) + _WORD.findall(issue.id.replace("-", " "))
    return {_stem(w) for w in words if w.casefold() not in _STOP}


def _matches(issue: Issue, text: str) -> re.Match[str] | None:
    whole = re.search(rf"(?<!\w){re.escape(issue.name)}(?!\w)", text, re.IGNORECASE)
    if whole:
        return whole
    wanted = keywords(issue)
    hits = [m for m in _WORD.finditer(text) if _stem(m.group()) in wanted]
    if len({_stem(m.group()) for m in hits}) >= min(2, len(wanted)) and hits:
        return hits[0]
    return None


def match_issues(article: str, zones: list[Span], issues: Mapping[str, Issue]) -> list[DraftIssue]:
    """Known issues found in the passages of one meeting (its sentence and its quotes' sentences)."""
    found: list[DraftIssue] = []
    for issue in issues.values():
        for zone in zones:
            match = _matches(issue, article[zone.start:zone.end])
            if match:
                span = Span(zone.start + match.start(), zone.start + match.end())
                found.append(DraftIssue(issue.id, issue.name, span, True, "issue name or keywords"))
                break
    return sorted(found, key=lambda i: i.span.start)


def propose_issues(article: str, zone: Span, issues: Mapping[str, Issue],
                   taken: set[str], proposed: dict[str, DraftIssue]) -> list[DraftIssue]:
    """New issues named as a topic ("to discuss the Selvane river dam") that no known issue matches."""
    found: list[DraftIssue] = []
    text = article[zone.start:zone.end]
    for match in _TOPIC.finditer(text):
        topic = match.group("topic")
        end = _TOPIC_END.search(topic)
        topic = topic[:end.start()] if end else topic
        offset = zone.start + match.start("topic")
        for part in re.finditer(r"[^,]+?(?=,\s*|\s+and\s+|$)", topic):
            words = part.group().strip()
            name = re.sub(r"^(?:(?:and|the|it|its|their|a|an)\s+)+", "", words, flags=re.IGNORECASE).strip()
            if len(name) < 3 or any(_matches(issue, name) for issue in issues.values()):
                continue
            key = slug(name)
            if key in proposed:
                found.append(proposed[key])
                continue
            start = offset + part.start() + part.group().index(words) + (len(words) - len(name))
            issue = DraftIssue(unique_id(key, taken), clean(name)[:1].upper() + clean(name)[1:],
                               Span(start, start + len(name)), False, "a topic the article names")
            proposed[key] = issue
            found.append(issue)
    return found
