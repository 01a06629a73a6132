"""Words set out without quotation marks: transcript turns and block statements.

- A transcript turn: a line that opens with a speaker's label and a colon ("SECRETARY
  POWELL: …", "Hillary Clinton: …", "Mr. HAYASHI Yoshimasa, Minister for Foreign
  Affairs: …"), in a text with at least two such labels. The turn runs over the
  following paragraphs up to the next label.
- A block statement: a line naming a person that ends in a colon ("Defence Secretary
  Ben Wallace said:", "President of Russia Vladimir Putin:"), followed by paragraphs
  that open with no quotation mark. The block runs until the narration resumes: a
  paragraph that names the speaker in the third person ("The Defence Secretary also …"),
  the next colon line, or the page's closing lines.

A label with no person behind it (QUESTION:, Q:, MODERATOR:) ends a turn and is no one's
words. The speaker is the person the label names; a label naming nobody known gives no quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .model import Mention, Span
from .names import PARTICLES, TITLE_WORDS, PeopleFinder, mentions_in

# "TRANSCRIPT: MR. SMITH: Good afternoon.": a briefing's first turn on the line its transcript heading opens
_LABEL = re.compile(r"^[ \t]*(?:(?:TRANSCRIPT|Transcript)[ \t]*:[ \t]*)?"
                    r"(?P<label>[^\n:“”\"«»]{2,90}?)[ \t]*:[ \t]*(?P<rest>[^\n]*)$", re.MULTILINE)
_NOBODY = {"q", "question", "questions", "moderator", "aide", "staff", "participant", "reporter", "audience",
           "interpreter", "operator", "note", "end", "voice", "official", "senior administration official"}
_CONNECTORS = {"of", "for", "the", "and", *PARTICLES}
_SPEECH = re.compile(r"\b(?:said|says|added|stated|remarked|commented|declared|told\s+\w+)$")
_CLOSING = re.compile(r"^(?:Published\b|END\b|#\s*#|\d{1,2}:\d{2}\s*[AP]\.?M\.?|Updated\b|Share\b|Source\b)")
_OPENING_MARKS = "“\"„«‘'"
# "The Defence Secretary also …": a paragraph that opens on a title is narration again.
_TITLE_START = re.compile(r"The\s+(?:[A-Z][\w-]*\s+){0,2}(?:Secretary|Minister|President|Chancellor|Ambassador|"
                          r"Premier|Prime\s+Minister|Foreign\s+Secretary|Commissioner|Envoy|Governor)\b")


@dataclass(frozen=True, slots=True)
class Turn:
    parts: tuple[Span, ...]  # the paragraphs, trimmed
    speaker: Mention | None
    label: Span
    rule: str


def _paragraphs(article: str, start: int) -> list[Span]:
    """The paragraphs (blank-line separated; single lines too, as transcripts set them) from ``start`` on."""
    found = []
    for match in re.finditer(r"[^\n]+", article[start:]):
        text = match.group()
        if text.strip():
            lead = len(text) - len(text.lstrip())
            found.append(Span(start + match.start() + lead, start + match.start() + len(text.rstrip())))
    return found


# "Xi Jinping (as translated):", "PRESIDENT LEE (via interpreter):": a stage direction in the label
_STAGE_DIRECTION = re.compile(r"\((?:as\s+translated|through\s+(?:an\s+)?interpreter|via\s+(?:an\s+)?interpreter|"
                              r"in\s+translation|translated|interpreted|"
                              r"[\w\s,-]{0,30}?\b(?:translation|interpretation|interpreter))\)", re.IGNORECASE)


def _is_label(label: str, block: bool) -> bool:
    words = _STAGE_DIRECTION.sub(" ", label).replace(",", " ").split()
    if not words or len(words) > (16 if block else 10) or not words[0][:1].isupper():
        return False
    if block:
        return True
    return all(w[:1].isupper() or w in _CONNECTORS or w[:1] in "(" for w in words)


def _nobody(label: str) -> bool:
    tail = label.split(",")[-1].strip().casefold()
    return tail in _NOBODY or label.strip().casefold() in _NOBODY


# The offices a transcript labels a principal's turn with when it gives no name ("PRIME MINISTER:", "THE PRESIDENT:")
_PRINCIPALS = {"President", "Minister", "Secretary", "Chancellor", "Premier", "Taoiseach", "King", "Queen", "Emir",
               "Sultan", "Governor", "Ambassador"}


def _office_label(label: str) -> str | None:
    """"PRIME MINISTER", "THE PRESIDENT": a label that is a principal's office and nothing else, as a title
    ("Prime Minister"), else None."""
    words = [w.capitalize() if w.isupper() else w for w in _STAGE_DIRECTION.sub(" ", label).split()]
    if words[:1] == ["The"]:
        words = words[1:]
    if not words or words[-1] not in _PRINCIPALS or not all(w in TITLE_WORDS or w in {"of", "for"} for w in words):
        return None
    return " ".join(words)


def _office_alone(article: str, match: re.Match[str]) -> bool:
    """One turn set as its own paragraph under an office in capitals ("PRIME MINISTER: Can I thank you …"), as
    prime ministers' transcripts set a page of one speaker: prose never writes an office so."""
    label = match.group("label").strip()
    starts_paragraph = match.start() == 0 or article[max(0, match.start() - 2):match.start()] == "\n\n"
    rest = match.group("rest").strip()
    return starts_paragraph and label.upper() == label and len(rest.split()) >= 8 and _office_label(label) is not None


def find_turns(article: str, finder: PeopleFinder) -> list[Turn]:
    labels: list[tuple[re.Match[str], bool]] = []  # (match, is a block statement)
    for match in _LABEL.finditer(article):
        label, rest = match.group("label"), match.group("rest").strip()
        block = not rest
        if _is_label(label, block) and (not block or _SPEECH.search(label) or _is_label(label, False)):
            labels.append((match, block))
    same_line = sum(1 for _, block in labels if not block)
    turns: list[Turn] = []
    for i, (match, block) in enumerate(labels):
        label = match.group("label")
        if not block and same_line < 2 and not _alone(article, match, finder) and not _office_alone(article, match):
            continue  # one "Name: words" line in prose is not a transcript
        label_span = Span(match.start("label"), match.end("label"))
        if _nobody(label):
            continue
        people = [m for m in mentions_in(finder.mentions, label_span.start, label_span.end)]
        office = _office_label(label) if not people and not block else None
        if not people and office is None:
            continue
        rule = "a block statement after “X said:”" if block else "transcript turn “NAME: …”"
        speaker: Mention | None = people[-1] if people else None
        if office is not None:
            # "PRIME MINISTER:" with no name: the one person the text or the data gives that office on the
            # text's date, else the turn stays unattributed (never a guess)
            holder = finder.holder_of(office)
            speaker = Mention(holder, label_span, "title") if holder is not None else None
            rule = (f"transcript turn “{office.upper()}: …”: the {office} of the text's date" if holder is not None
                    else f"transcript turn “{office.upper()}: …”: no one known to hold the office (unattributed)")
        start = match.start("rest") if not block else match.end()
        end = labels[i + 1][0].start() if i + 1 < len(labels) else len(article)
        parts: list[Span] = []
        for paragraph in _paragraphs(article[:end], start):
            text = article[paragraph.start:paragraph.end]
            if _CLOSING.match(text) or (block and parts and text[:1] and text[:1] in _OPENING_MARKS):
                break
            if block and parts and speaker is not None and _third_person(finder, speaker, paragraph, text):
                break  # the narration resumes
            if _heading(text):
                break
            if not block and parts and re.match(r"(?:Q|QUESTION)(?:[ \t(:]|$)", text):
                break  # "Q (Cross-talk.)", "Q: Why?": a questioner's turn ends the speaker's
            if block and not parts and text[:1] and text[:1] in _OPENING_MARKS:
                break  # a quotation in marks: the quote reader has it
            parts.append(paragraph)
        if parts:
            turns.append(Turn(tuple(parts), speaker, speaker.span if speaker is not None else label_span, rule))
    return turns


def _alone(article: str, match: re.Match[str], finder: PeopleFinder) -> bool:
    """One turn set as its own paragraph, labelled with nothing but a person's name ("Hillary Clinton: …")
    or a few capitalised words ending in it, its first words a sentence ("President Vladimir Putin: Dear …!"),
    or one turn labelled in capitals with a name and its office ("ANTHONY ALBANESE, PRIME MINISTER: …",
    as prime ministers' transcripts set them; prose never writes a name so)."""
    label = Span(match.start("label"), match.end("label"))
    named = mentions_in(finder.mentions, label.start, label.end)
    if len({m.person_id for m in named}) != 1:
        return False
    starts_paragraph = match.start() == 0 or article[max(0, match.start() - 2):match.start()] == "\n\n"
    rest = match.group("rest").strip()
    if starts_paragraph and len(named) == 1 and named[0].span.end == label.end and rest[-1:] in ".!?" \
            and len(match.group("label").split()) <= 6 and all(w[:1].isupper() for w in match.group("label").split()):
        # "Resident Vladimir Putin: Dear Mr President!" (a title, or a typo of one, before the name), the
        # words a sentence: a page of one speaker's turn; a headline ("Dunn: Talks will go on") ends in none
        return True
    if len(rest.split()) < 8:
        return False
    if starts_paragraph and len(named) == 1 and named[0].span == label:
        return True
    words = match.group("label")
    return (named[0].span.start == label.start and "," in words and words.upper() == words
            and sum(c.isalpha() for c in words) >= 6)


def _heading(text: str) -> bool:
    """A heading between turns ("Minister Hayashi’s Attendance at the G7 Meeting"): no closing
    punctuation, its words mostly capitalised."""
    words = text.split()
    if not words or len(words) > 14 or text.rstrip()[-1:] in ".!?…:;,\"”’)—–-":
        return False
    return sum(w[:1].isupper() for w in words) * 10 >= len(words) * 6


def _third_person(finder: PeopleFinder, speaker: Mention, paragraph: Span, text: str) -> bool:
    """A paragraph that speaks of the speaker (by name, title or he/she at its start) is narration."""
    if re.match(r"(?:He|She|They)\b", text) or _TITLE_START.match(text):
        return True
    return any(m.person_id == speaker.person_id for m in mentions_in(finder.mentions, paragraph.start, paragraph.end))


# "you know", "you see", "thank you": words of talk, not of the person addressed
_YOU = re.compile(r"(?<![Tt]hank\s)\b(?:you|your|You|Your)\b(?!\s+(?:know|see)\b)")


def addressed(article: str, turns: list[Turn], mentions: list[Mention]) -> list[Mention]:
    """"you" and "your" in a turn, standing for whom the speaker addresses: in a transcript of two speakers
    the other one; else the person a turn opens by naming ("Mr Filat, first of all …"). For meetings
    only ("I know that you will talk with President Y"); a turn addressed to a room gives none."""
    speakers = list(dict.fromkeys(t.speaker.person_id for t in turns if t.speaker is not None))
    found: list[Mention] = []
    for turn in turns:
        if turn.speaker is None:
            continue
        addressee = next((s for s in speakers if s != turn.speaker.person_id), None) if len(speakers) == 2 else None
        if addressee is None:
            first = mentions_in(mentions, turn.parts[0].start, turn.parts[0].start + 40)[:1]
            start = turn.parts[0].start
            if first and first[0].span.start in (start, start + _address_form(article, start)) \
                    and re.match(r"\s*[,!]", article[first[0].span.end:]) \
                    and first[0].person_id != turn.speaker.person_id:
                addressee = first[0].person_id
        if addressee is None:
            continue
        for part in turn.parts:
            for match in _YOU.finditer(article, part.start, part.end):
                found.append(Mention(addressee, Span(match.start(), match.end()), "pronoun"))
    return found


def _address_form(article: str, at: int) -> int:
    """How many characters of a form of address ("Mr ", "Madam ") open the text at ``at``."""
    match = re.match(r"(?:(?:Mr|Mrs|Ms|Dr|Madam|Mister)\.?\s+)?", article[at:])
    return match.end() if match else 0


# "— President Bush" on a line of its own: the signature under a pull quote set without quotation marks
_SIGNATURE = re.compile(r"^[ \t]*(?:—|–|--)[ \t]*(?P<who>[^\n—–]{2,80}?)[ \t]*$", re.MULTILINE)


def signed_paragraphs(article: str, finder: PeopleFinder) -> list[Turn]:
    """A paragraph without quotation marks with a line under it that is a dash and one person's name, a title
    allowed before it and a role after a comma ("— President Bush", "– Anna Vel, Prime Minister"): that person's
    words, as news sites set a pull quote. A paragraph that opens with a quotation mark is the quote reader's."""
    found: list[Turn] = []
    for match in _SIGNATURE.finditer(article):
        who = Span(match.start("who"), match.end("who"))
        named = mentions_in(finder.mentions, who.start, who.end)
        if len({m.person_id for m in named}) != 1:
            continue
        rest = article[named[-1].span.end:who.end]
        lead = article[who.start:named[0].span.start].split()
        if (rest and not rest.startswith(",")) or not all(w in TITLE_WORDS for w in lead):
            continue  # "— Anna Vel met the press": a sentence, no signature
        above = [p for p in _paragraphs(article[:match.start()], 0)][-1:]
        if not above or article[max(0, above[0].end):match.start()].count("\n") > 3:
            continue
        text = article[above[0].start:above[0].end]
        if text[:1] in _OPENING_MARKS or len(text.split()) < 8 or _SIGNATURE.match(text) or _heading(text):
            continue
        found.append(Turn((above[0],), named[-1], named[-1].span, "a paragraph signed “— X” below it"))
    return found


# "Statement by President X following his meeting with Y", "Remarks by President X at the joint press point":
# a title line naming one speaker (the words after the name say where and when)
_STATEMENT_TITLE = re.compile(r"^[ \t]*(?:(?:Opening|Introductory|Closing)\s+)?(?:Statement|Remarks|Speech|Address)"
                              r"\s+by\s+(?P<who>[^\n]{3,200})$", re.MULTILINE)
# the body of the speaker's words opens on a salutation
_SALUTATION = re.compile(r"(?:Good\s+(?:morning|afternoon|evening)|Ladies\s+and\s+gentlemen|Dear\s+[A-Z]|"
                         r"Excellenc(?:y|ies)\b|Distinguished\s)")


def titled_statement(article: str, finder: PeopleFinder) -> list[Turn]:
    """A statement or remarks page ("Statement by President X following his meeting with Y", its role and
    dateline lines after it) whose body opens on a salutation ("Ladies and gentlemen, good morning,", "Good
    morning,") a few lines below the title: the body, to the page's end, is the titled speaker's words, one part
    a paragraph. A title that names no one, or a body that opens on anything else (a story), is none."""
    title = _STATEMENT_TITLE.search(article, 0, min(len(article), 1200))
    if title is None:
        return []
    named = mentions_in(finder.mentions, title.start("who"), title.end("who"))
    if not named or named[0].how == "pronoun":
        return []
    body = [p for p in _paragraphs(article, title.end())][:8]
    start = next((n for n, p in enumerate(body) if _SALUTATION.match(article, p.start)), None)
    if start is None:
        return []
    parts: list[Span] = []
    for paragraph in _paragraphs(article, body[start].start):
        text = article[paragraph.start:paragraph.end]
        if _CLOSING.match(text) or _heading(text) and parts:
            break
        parts.append(paragraph)
    return [Turn(tuple(parts), named[0], named[0].span,
                 "a page titled “Statement by X” or “Remarks by X”, its body from a greeting")]
