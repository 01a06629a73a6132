"""The drafting engine: an article and its publication date -> a Draft. Deterministic, offline."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace

from ..countries import country_name
from ..model import Dataset, PartialDate, Status
from . import places
from .dates import find_dates, offset_before
from .issues import match_issues, propose_issues
from .matching import match_meeting, meetings_by_person
from .meetings import (
    EARLIER,
    IN_MONTH,
    MONTH_NAMES,
    Found,
    distinct_people,
    find_meetings,
    lead_meeting,
    ordinal_owner,
    predicate_of,
    pronoun_subjects,
    recalled_marker,
    sentence_subject,
)
from .model import (
    Draft,
    DraftDate,
    DraftIssue,
    DraftMeeting,
    DraftParticipant,
    DraftPlace,
    DraftQuote,
    DraftValue,
    Mention,
    Span,
    check_stop,
)
from .names import SURNAME_FIRST, PeopleFinder, mentions_in
from .quotes import Quoted, find_quoted, quote_text
from .speakers import Attributor
from .text import clean, sentences, slug, unique_id
from .transcripts import Turn, addressed, find_turns, signed_paragraphs, titled_statement

_VISITS = ("X visited PLACE", "his visit to PLACE")  # the rules whose meeting is one person's visit
_MANY_TIMES = re.compile(r"\b(?:many|several|numerous|countless|a\s+number\s+of)\s+times\b")
_TOOK_PLACE = re.compile(r"^(?:The|the)\s+(?P<noun>[A-Z][\w-]+)\s+(?:took place|was held|is held|is taking place|"
                         r"takes place|will take place|will be held)\b")


def draft_article(article: str, published: dt.date, dataset: Dataset,
                  stop: Callable[[], bool] | None = None) -> Draft:
    """Draft the meetings, people, quotes and issues an article reports.

    ``dataset`` is what is already known: people and issues are matched to it and new
    ids never collide with its ids. ``stop``, when given, is asked between steps (runs of
    names, sentences); when it answers true the draft is given up with DraftCancelled.
    """
    check_stop(stop)
    quoted = find_quoted(article)
    # A short quotation is never cut into sentences (“Stop. Now,” he said); a long one is read sentence by sentence.
    sents = sentences(article, [q.outer for q in quoted if q.words(article) <= 40])
    finder = PeopleFinder(article, dataset.people, places.is_place, dataset.meetings, published)
    finder.stop = stop
    finder.find_all()
    check_stop(stop)
    turns = find_turns(article, finder)
    turn_spans = sorted((Span(t.parts[0].start, t.parts[-1].end) for t in turns), key=lambda s: s.start)
    # a pull quote signed on the line below it ("— President Bush"): that person's words, no turn of a transcript
    signed = [t for t in signed_paragraphs(article, finder) if not _inside(turn_spans, t.parts[0].start)]
    # "Statement by President X following his meeting with Y", then "Good morning, …": X's words
    signed += titled_statement(article, finder) if not turns else []
    turn_spans = sorted(turn_spans + [t.parts[0] for t in signed], key=lambda s: s.start)
    # Quotation marks inside a turn are part of its words ("Mr. President.” Just —"), not quotes of their own,
    # unless the speaker says whose words they are ("Prime Minister Y hailed it as, to quote him, “…”")
    quoting = [q for q in (_quoted_in_turn(article, q, sents, finder.mentions) for q in quoted
                           if _inside(turn_spans, q.outer.start)) if q is not None]
    quoted = [q for q in quoted if not _inside(turn_spans, q.outer.start)]
    quotes, terms = Attributor(article, finder, sents).attribute(quoted)
    # a turn under an office no one is known to hold ("PRIME MINISTER:") is a quote left unattributed
    quotes = sorted(quotes + quoting + [DraftQuote(quote_text(article, list(t.parts)), t.parts,
                                                   t.speaker.person_id if t.speaker is not None else None,
                                                   t.speaker.span if t.speaker is not None else None, t.rule)
                                        for t in turns + signed],
                    key=lambda q: q.parts[0].start)
    # Meetings are read outside quotations, and inside the words of a known speaker ("Secretary Kerry
    # and I have met"), where "I" is the speaker; an unattributed quotation is no one's account.
    unattributed = sorted((Span(q.parts[0].start - 1, q.parts[-1].end + 1) for q in quotes if q.speaker is None),
                          key=lambda s: s.start)
    first_person = [Mention(q.speaker, Span(part.start + m.start(), part.start + m.end()), "pronoun")
                    for q in quotes if q.speaker is not None
                    for part in q.parts
                    for m in re.finditer(r"\b(?:I|[Mm]y)\b|\b[Oo]ur(?=\s+(?:\w+\s+){0,2}?(?:calls?|meetings?|talks|"
                                         r"discussions|conversations?|dinner|lunch|breakfast)\b)",
                                         article[part.start:part.end])]
    # "I know that you will talk with President Y": "you" in a turn is whom the speaker addresses
    first_person += [m for m in addressed(article, turns, finder.mentions)
                     if not _inside(unattributed, m.span.start)]
    taken = {m.span.start for m in first_person}
    outside = [m for m in finder.mentions if not _inside(unattributed, m.span.start)]
    spoken = sorted(((Span(q.parts[0].start, q.parts[-1].end), q) for q in quotes if q.speaker is not None),
                    key=lambda t: t[0].start)

    def read_meetings(outside: list[Mention]) -> tuple[list[Mention], list[Found]]:
        # "He met with …": the pronoun stands for whom the sentence before was about (for meetings only).
        with_pronouns = sorted([m for m in outside if m.span.start not in taken] + first_person
                               + pronoun_subjects(article, sents, outside)
                               + _author_pronouns(article, outside, [q.span for q in quotes] + turn_spans),
                               key=lambda m: m.span.start)
        check_stop(stop)
        found: list[Found] = []
        ordinal: Mention | None = None  # whose "The first was with Y" the text told last
        for n, sentence in enumerate(sents):
            if n % 64 == 0:
                check_stop(stop)
            for meeting in find_meetings(article, sentence, with_pronouns):
                if not _inside(unattributed, meeting.trigger.start):
                    meeting = _with_speaker(meeting, spoken, article, with_pronouns)
                    owner = ordinal_owner(article, sents, meeting, with_pronouns, ordinal)
                    if owner is not None:
                        ordinal = owner  # "A second trilateral meeting was with …", later: the same owner's
                    if owner is not None and owner.person_id not in {p.person for p in meeting.participants}:
                        # "He held two trilateral meetings. The first was with A and B": his meeting with A and B
                        meeting = replace(meeting, rule="the first was with Y",
                                          participants=(DraftParticipant(owner.person_id, owner.span),
                                                        *meeting.participants))
                    found.append(meeting)
        return with_pronouns, found

    with_pronouns, found = read_meetings(outside)
    misread = _met_by_own_title(article, found, with_pronouns)
    if misread:
        # "The Prime Minister spoke to … David Cameron": the title, read as Cameron by the data's undated role,
        # is someone else, named nowhere (a side left for the reviewer): read the meetings again without it
        outside = [m for m in outside if not (m.how == "title" and m.person_id in misread)]
        with_pronouns, found = read_meetings(outside)
    found = _transcript_host(article, turns, found)
    # a press secretary or spokesperson who opens a briefing and hands over runs it, takes no part in a meeting
    press = {pid for pid, roles in finder.role_words().items()
             if any(_PRESS_OFFICE.search(" ".join(words)) for words in roles)}
    found += _transcript_meeting(article, turns, press)
    # a one-speaker page titled with its guest: "we" in the speaker's words are the host and the guest
    host = next(((f.participants[0], f.participants[1]) for f in found
                 if f.rule.endswith(_HOST_RULE) and len(f.participants) >= 2), None)
    found += _we_met(article, turns, published.month, host)
    found += _again_since(article, sents, with_pronouns)
    found += _captions(article, with_pronouns)
    found += _remarks_meeting(article, with_pronouns)
    found += _bulleted(article, with_pronouns)
    found += _listed(article, with_pronouns, sents)
    found += _schedule(article, outside, found)
    if not found:  # a readout no rule read: its lead and its two people
        found = lead_meeting(article, sents, outside, [q.span for q in quotes] + turn_spans)
    found.sort(key=lambda f: f.trigger.start)
    drafted: list[DraftMeeting] = []
    place_of: dict[Span, DraftPlace] = {}
    last_date: DraftDate | None = None
    for meeting in found:
        recalled = meeting.recalled or recalled_marker(article, meeting.sentence, meeting.trigger, published.month)
        if recalled is not None:
            # an earlier meeting has the date its own words give ("last month", "in March"), not the text's
            own = find_dates(article, recalled, published) or (
                # "Biden and Xi last met in 2022": words that recall a meeting with no date in them, and the
                # date after them
                find_dates(article, Span(recalled.end, meeting.sentence.end), published)
                if re.fullmatch(r"(?:first|last|previously)\s+met", article[recalled.start:recalled.end]) else [])
            date = own[0] if own else None
        else:
            date = _date(article, meeting, published, last_date)
        if date is not None and date.date.precision.value == "day":
            last_date = date
        status, status_span = meeting.status, meeting.status_span
        if status is Status.HELD and date is not None and date.date.first_day() > published:
            status, status_span = Status.PLANNED, date.span  # a date after publication
        if meeting.sentence not in place_of:  # several meetings in one sentence: read its place once
            place_of[meeting.sentence] = places.find_place(article, meeting.sentence)
        place = meeting.place or place_of[meeting.sentence]
        if recalled is not None and meeting.place is None:
            # an earlier meeting's place is in its own words ("their meeting in Vancouver last week"),
            # not the sentence's, which is often the place of the meeting reported now
            place = places.find_place(article, Span(meeting.trigger.start,
                                                    min(meeting.sentence.end,
                                                        max(meeting.trigger.end, recalled.end) + 60)))
        drafted.append(DraftMeeting("", "", meeting.sentence, meeting.trigger, meeting.rule, meeting.participants,
                                    date, status, status_span, replace(place, venue=meeting.venue),
                                    form=meeting.form, form_span=meeting.form_span, recalled=recalled,
                                    unnamed=meeting.unnamed))
    drafted = _places_from_later_sentences(article, sents, drafted)
    # A held meeting with no place of its own took place where the dateline says the text was written.
    line = places.dateline(article)
    if line.city is not None:
        drafted = [replace(m, place=replace(m.place, city=line.city, country=line.country))
                   if m.place.city is None and m.place.country is None and m.status is Status.HELD
                   and m.rule not in _VISITS else m for m in drafted]
    holds = _office_holder(finder.role_words(), lambda pid: _country_of(pid, dataset, finder))
    drafted = _summaries(drafted, article)
    drafted = _merge(drafted, article, holds)
    drafted = _companions(article, sents, drafted, with_pronouns)
    drafted = _travel_companions(article, sents, drafted, with_pronouns)
    drafted = _also_present(article, sents, drafted, with_pronouns)
    # "I’ve visited your great country many times": visits too vague to be one are none (as meetings are)
    drafted = [m for m in drafted if not (m.rule in _VISITS and _MANY_TIMES.search(
        article, m.trigger.start, min(m.span.end, m.trigger.end + 60)))]
    # A visit during which the text reports a meeting is that meeting, not one more.
    drafted = [m for m in drafted if not (m.rule in _VISITS and any(
        o is not m and o.rule not in _VISITS
        and {p.person for p in m.participants} <= {p.person for p in o.participants}
        and (o.recalled is None) == (m.recalled is None)
        and _same_place(o.place, m.place)  # a visit to South Africa is not the meeting held in Manila
        and (o.date.date.first_day() <= m.date.date.last_day() and m.date.date.first_day() <= o.date.date.last_day()
             if o.date is not None and m.date is not None
             else (o.status is m.status or _under_way(m, o, published)) and _during(m, o, drafted))
        for o in drafted))]
    drafted = _trip_stops(article, drafted)
    drafted = _call_in_title(article, drafted, outside)
    drafted = _attach_quotes(drafted, quotes)
    check_stop(stop)

    taken_issues = set(dataset.issues)
    new_issues: dict[str, DraftIssue] = {}
    taken_ids = {m.id for m in dataset.meetings}
    result: list[DraftMeeting] = []
    by_person = meetings_by_person(dataset) if drafted else {}
    for one in drafted:
        zones = [one.span] + [_sentence_of(sents, q.parts[0].start) for q in one.quotes]
        issues = match_issues(article, zones, dataset.issues)
        issues += propose_issues(article, one.span, dataset.issues, taken_issues, new_issues)
        unique = list({i.id: i for i in issues}.values())
        title = clean(_title(one, finder))  # names and venues as read may hold control characters
        one = replace(one, id=unique_id(_id(one, dataset, finder), taken_ids), title=title, issues=tuple(unique))
        result.append(replace(one, known=match_meeting(one, dataset, published, by_person)))
    return Draft(article, PartialDate.parse(published.isoformat()), tuple(result), tuple(quotes),
                 tuple(finder.proposed.values()), tuple(new_issues.values()), tuple(finder.mentions), tuple(terms))


# "to quote him", "in the words of Prime Minister Y", "as Y put it": a speaker quoting someone else
_QUOTING = re.compile(r"(?:\bto\s+quote\s+(?P<pronoun>him|her)|\bin\s+the\s+words\s+of\s+(?P<named>[^,“”\"]{2,80}?)"
                      r"|\bas\s+(?P<put>[^,“”\"]{2,60}?)\s+put\s+it)\s*,?\s*$")


def _quoted_in_turn(article: str, quoted: Quoted, sents: list[Span], mentions: list[Mention]) -> DraftQuote | None:
    """A quotation inside a turn that its speaker says is someone else's ("to quote him, “…”"): that
    person's quote ("him": the person named last before it in the sentence); None for any other."""
    sentence = _sentence_of(sents, quoted.outer.start)
    match = _QUOTING.search(article, sentence.start, quoted.outer.start)
    if match is None:
        return None
    if match.group("pronoun"):
        before = mentions_in(mentions, sentence.start, match.start())
        who = before[0] if before else None  # the sentence's subject: "Y hailed …, to quote him,"
    else:
        group = "named" if match.group("named") else "put"
        who = next(iter(mentions_in(mentions, match.start(group), match.end(group))), None)
    if who is None:
        return None
    return DraftQuote(quote_text(article, [quoted.inner]), (quoted.inner,), who.person_id, who.span,
                      f"{match.group().strip().rstrip(',')} “…”")


_AUTHOR = re.compile(r"^(?:About the Author|Posted by|Written by|Blog post by)\s*:?\s*", re.MULTILINE)
_COMPANION = re.compile(r"\bI(?:\s+am|['’]m|['’]ll\s+be|\s+will\s+be|\s+was)?\s+(?:travell?ing\s+|here\s+)?with\s+"
                        r"|\bI(?:['’]ll|\s+will)?\s+accompany\s+|\baccompanying\s+")
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|us)\b")


def _author_pronouns(article: str, mentions: list[Mention], quoted: list[Span]) -> list[Mention]:
    """A first-person blog post or diary ("About the Author: X"): in its narration "I" is the author,
    and "we", "our", "us" the author and the person the author travels with ("I am with Secretary
    Clinton", "I'll accompany …"), when the text names one."""
    head = _AUTHOR.search(article)
    if head is None:
        return []
    author = next(iter(mentions_in(mentions, head.end(), head.end() + 80)), None)
    if author is None or article[head.end():author.span.start].strip():
        return []
    companion = None
    for match in _COMPANION.finditer(article):
        named = mentions_in(mentions, match.end(), match.end() + 60)
        if named and named[0].person_id != author.person_id:
            companion = named[0]
            break
    found: list[Mention] = []
    for match in _FIRST_PERSON.finditer(article, author.span.end):
        span = Span(match.start(), match.end())
        if any(q.start <= span.start < q.end for q in quoted):
            continue  # in someone's quoted words "I" is theirs
        found.append(Mention(author.person_id, span, "pronoun"))
        if match.group() != "I" and companion is not None:
            found.append(Mention(companion.person_id, span, "pronoun"))
    return found


# A subject in the third person before a meeting's words: an office ("The Secretary", "the President") or he/she
# "the President's", "Hagel's": a possessive of a name or an office ("It's", "That's" are not)
_POSSESSIVE = r"\b(?!(?:It|That|Here|There|What|Who|Let|He|She)[’'])[A-Z][\w.-]*[’']s"
_THIRD_PERSON_SUBJECT = re.compile(r"\b(?:[Tt]he|[Hh]is|[Hh]er)\s+(?:[A-Z][\w-]*\s+)*(?:Secretary|President|Minister|"
                                   r"Chancellor|Premier|Ambassador|Envoy)\b(?![’'])|(?:^|[.!?]\s+|,\s+)(?:He|She|he|she)\b"
                                   # "The United States is pleased to host Y": a state or a body hosts, not the speaker
                                   r"|(?:(?<=[.!?:]\s)|(?<=[.!?:]\s\s)|(?<=\n))(?:The\s+)?(?:United\s+States|United\s+Kingdom|"
                                   r"Government|Department|White\s+House|Kremlin|Ministry|Administration|"
                                   # "Officials from the State Department spoke to him": others than the speaker
                                   r"(?:[A-Z][\w-]*\s+)?[Oo]fficials)\b"
                                   # "a briefing on the President's dinner with Y": the possessor's meeting
                                   rf"|{_POSSESSIVE}\s+(?:[\w-]+\s+){{0,2}}\Z")
_WE_BEFORE = re.compile(r"\b[Ww]e(?:['’]ll|\s+will|\s+would|\s+can|\s+could)?\s+(?:\w+\s+)?\Z")


def _with_speaker(meeting: Found, spoken: list[tuple[Span, DraftQuote]], article: str = "",
                  mentions: list[Mention] | None = None) -> Found:
    """"It is an honour to welcome John Kerry to London": in a speaker's own words, a meeting whose
    other side no one is named for is the speaker's; and "we’ll see each other" there is the speaker and
    the first other person the speaker's words name (whom the remarks are about)."""
    i = bisect.bisect_right(spoken, meeting.trigger.start, key=lambda t: t[0].start) - 1
    if i < 0 or not spoken[i][0].start <= meeting.trigger.start < spoken[i][0].end:
        return meeting
    quote = spoken[i][1]
    if meeting.rule == "the two met" and mentions is not None and quote.speaker is not None \
            and quote.speaker_span is not None and _WE_BEFORE.search(article, 0, meeting.trigger.start):
        other = next((m for m in mentions_in(mentions, spoken[i][0].start, spoken[i][0].end)
                      if m.person_id != quote.speaker and m.how != "pronoun"), None)
        if other is not None:
            return replace(meeting, participants=(DraftParticipant(quote.speaker, quote.speaker_span),
                                                  DraftParticipant(other.person_id, other.span)))
    if meeting.visit or any(p.span.start < meeting.trigger.start for p in meeting.participants) \
            or quote.speaker in {p.person for p in meeting.participants}:
        return meeting
    if _THIRD_PERSON_SUBJECT.search(article, meeting.sentence.start, meeting.trigger.start):
        return meeting  # "MR. DUNN: The Secretary also spoke with Y": a spokesman tells another's meeting
    assert quote.speaker is not None and quote.speaker_span is not None
    speaker = DraftParticipant(quote.speaker, quote.speaker_span)
    return replace(meeting, participants=(speaker, *meeting.participants))


_LIST_HEAD = re.compile(r"(?:\b(?:met|meets|meet|will\s+meet|held\s+(?:\w+\s+)?(?:meetings|talks)\s+with|"
                        r"meetings\s+with|spoke\s+with|calls\s+with)|\bwith)\s*:[ \t]*\n")
# "Austin met with leaders over the last several days including:" then the list: the meeting verb earlier
# in the line, the list after "including", "such as", "among them".
_LIST_HEAD_INCLUDING = re.compile(r"\b(?:met|meets|meet|will\s+meet|held\s+(?:\w+\s+)?(?:meetings|talks|calls)|"
                                  r"spoke|had\s+(?:\w+\s+)?(?:meetings|talks|calls|bilaterals))\b[^\n:]{0,120}?"
                                  r"\b(?:including|such\s+as|among\s+them|namely)\s*:[ \t]*\n")
_BULLET = re.compile(r"[ \t]*(?:[-•*–·▪]|\d+[.)])[ \t]+(?P<item>[^\n]+)\n?")


def _bulleted(article: str, mentions: list[Mention]) -> list[Found]:
    """"Lord Ahmad met:" then a bulleted list: one meeting with the people of each item."""
    found: list[Found] = []
    heads = sorted([*_LIST_HEAD.finditer(article), *_LIST_HEAD_INCLUDING.finditer(article)], key=lambda h: h.start())
    for head in heads:
        line_start = article.rfind("\n", 0, head.start()) + 1
        subjects = mentions_in(mentions, line_start, head.start())
        if not subjects:
            continue
        at = head.end()
        while True:
            item = _BULLET.match(article, at)
            if item is None:
                break
            people = mentions_in(mentions, item.start("item"), item.end("item"))
            if people:
                # every person of an item ("Prime Minister A and Minister of Defense B", "Trilateral meeting
                # with A and B") is one meeting
                group = distinct_people([subjects[-1]] + [m for m in people if m.person_id != subjects[-1].person_id])
                found.append(Found(Span(line_start, item.end("item")), Span(head.start(), head.end() - 1),
                                   "X met: and a list", tuple(DraftParticipant(m.person_id, m.span) for m in group),
                                   Status.HELD, None, None, False))
            at = item.end()
    return found


# "• Courtesy call on the Rt Hon. John Key, Prime Minister of New Zealand", "Meeting with Hon. Tim Groser, …", a
# caption "Joint press conference with Hon. Murray McCully,<br>Minister …": a line that is a noun phrase naming a
# meeting and whom it was with (no verb, so no one of its own who met)
_SCHEDULE_ITEM = re.compile(r"^[ \t]*(?:[-•*–·▪][ \t]+)?(?P<noun>(?:[A-Z][\w’'-]*\s+)?(?:[\w’'-]+\s+){0,2}?"
                            r"(?:meeting|courtesy\s+call|call|talks|lunch|luncheon|dinner|breakfast|press\s+conference|"
                            r"telephone\s+talks?|video\s+conference))\s+(?:with|on|to)\s+(?P<rest>[^\n]*)$",
                            re.MULTILINE | re.IGNORECASE)


_SCHEDULE_RULE = "a schedule's line: a meeting with Y (the visit's X)"


def _schedule(article: str, mentions: list[Mention], found_so_far: list[Found]) -> list[Found]:
    """A schedule or captions of noun phrases ("Courtesy call on X", "Meeting with Y") in a text about one
    person's visit: the visitor's meeting with the people of each line. The visitor is the traveller of the
    first visit the text reports; a line naming the visitor, or anyone before its meeting noun ("PM meeting
    with Y"), is not such an item."""
    visits = [f for f in found_so_far if f.visit and f.recalled is None and len(f.participants) == 1]
    if not visits:
        return []
    first = min(visits, key=lambda f: f.trigger.start).participants[0]
    subject = Mention(first.person, first.span, "name")
    found: list[Found] = []
    for line in _SCHEDULE_ITEM.finditer(article):
        if not line.group("noun")[:1].isupper() or line.group("rest").rstrip().endswith((".", "!", "?")) \
                or _OWNER_WORD.search(line.group("noun")):
            continue  # a sentence, not a line of a schedule; or a meeting whose owner the line names ("PM meeting")
        people = [m for m in mentions_in(mentions, line.start("rest"), line.end("rest")) if m.how != "pronoun"]
        if not people or any(m.person_id == subject.person_id for m in people) \
                or mentions_in(mentions, line.start(), line.start("rest")):
            continue
        group = (subject, *distinct_people(people))
        found.append(Found(Span(line.start(), line.end()), Span(line.start("noun"), line.end("noun")),
                           _SCHEDULE_RULE,
                           tuple(DraftParticipant(m.person_id, m.span) for m in group), Status.HELD, None, None,
                           False, *_line_form(line.group("noun"), line.start("noun"))))
    return found


def _line_form(noun: str, at: int) -> tuple[str, Span | None]:
    how = re.search(r"\b(?:video\s+conference|telephone\s+talks?)\b", noun, re.IGNORECASE)
    if how is None:
        return "in-person", None
    return ("video" if how.group().casefold().startswith("video") else "phone"), Span(at + how.start(), at + how.end())


# "PM meeting with", "President’s call with": an office or a name owning the meeting, not a schedule's bare item
_OWNER_WORD = re.compile(r"\b(?:[A-Z]{2,}|President|Prime|Minister|Secretary|Chancellor|King|Queen|Premier)\b(?![’'])")


_INTRO = re.compile(r"^[^\n]{0,200}:[ \t]*\n", re.MULTILINE)
_LIST_CUE = re.compile(r"\b(?:meetings|calls|engagements|bilaterals|bilateral\s+meetings|telephone\s+calls)\b",
                       re.IGNORECASE)
_HEADING = re.compile(r"[ \t]*(?![-•*–·▪])[^\n]{1,100}:[ \t]*\n?")


def _listed(article: str, mentions: list[Mention], sents: list[Span]) -> list[Found]:
    """"Prime Minister X carried out a number of engagements … These meetings and calls … The list is as
    below:" then items under day headings: one meeting of X with the person of each item, its form from
    the item ("[phone call]")."""
    found: list[Found] = []
    consumed = 0
    for intro in _INTRO.finditer(article):
        if intro.start() < consumed or _LIST_HEAD.search(intro.group()) or not _BULLET.match(article, intro.end()) \
                and not _HEADING.match(article, intro.end()):
            continue
        # who: the first person of the last sentence before the list that speaks of meetings or calls
        subject = None
        for sentence in reversed([s for s in sents if intro.start() - 800 <= s.start < intro.start()]):
            if _LIST_CUE.search(article, sentence.start, sentence.end):
                named = mentions_in(mentions, sentence.start, sentence.end)
                if named:
                    subject = named[0]
                    break
        if subject is None:
            continue
        at = intro.end()
        while True:
            item = _BULLET.match(article, at)
            if item is None:
                heading = _HEADING.match(article, at)
                if heading is None or mentions_in(mentions, heading.start(), heading.end()):
                    break
                at = heading.end()  # "Sunday 18th September at No 10 Downing Street:": the list goes on
                continue
            people = [m for m in mentions_in(mentions, item.start("item"), item.end("item"))
                      if m.person_id != subject.person_id]
            if people:
                words = item.group("item")
                form, form_span = "in-person", None
                how = re.search(r"\b(?:video\s*(?:call|conference)|virtual(?:ly)?)\b"
                                r"|\b(?:tele)?phone(?:\s+call)?\b|\bcall\b",
                                words, re.IGNORECASE)
                if how:
                    form = "video" if how.group().casefold().startswith(("video", "virtual")) else "phone"
                    form_span = Span(item.start("item") + how.start(), item.start("item") + how.end())
                group = (subject, people[0])
                found.append(Found(Span(item.start("item"), item.end("item")), Span(intro.start(), intro.end() - 1),
                                   "a list of meetings under a heading",
                                   tuple(DraftParticipant(m.person_id, m.span) for m in group),
                                   Status.HELD, None, None, False, form, form_span))
            at = item.end()
        consumed = at
    return found


def _under_way(visit: DraftMeeting, meeting: DraftMeeting, published: dt.date) -> bool:
    """"X makes his first official visit to Maldives today. … he will meet with Y": a visit of the text's own day
    and a meeting to come with no date of its own, which is held during it."""
    return visit.status is Status.HELD and meeting.status is Status.PLANNED and meeting.date is None \
        and visit.date is not None and visit.date.date == PartialDate.parse(published.isoformat())


def _during(visit: DraftMeeting, meeting: DraftMeeting, drafted: list[DraftMeeting]) -> bool:
    """With no dates to compare: a meeting is held during the visit it shares a place with, or else during
    the last visit reported before it ("traveled to Phnom Penh … met Hun Sen"; a later "then traveled to
    South Africa" is another stop)."""
    if meeting.place.city is not None or meeting.place.country is not None:
        return True  # the places agree (_same_place)
    if meeting.rule == _SCHEDULE_RULE:
        return True  # a schedule's line is a meeting of the visit that gives it its visitor
    before = [v for v in drafted if v.rule in _VISITS and v.span.start <= meeting.span.start]
    return bool(before) and max(before, key=lambda v: v.span.start) is visit


def _has_place(place: DraftPlace) -> bool:
    return place.city is not None or place.country is not None


def _from_dateline(place: DraftPlace) -> bool:
    return any(v is not None and v.rule.startswith(("the dateline", "country of the dateline"))
               for v in (place.city, place.country))


def _same_place(a: DraftPlace, b: DraftPlace) -> bool:
    """Whether two places may be one: what both give (country, city) agrees. The dateline is where the text
    was filed, taken for a meeting no place is told for: it never tells two meetings apart."""
    for kind in ("country", "city"):
        x, y = getattr(a, kind), getattr(b, kind)
        if x is not None and y is not None and x.value != y.value and not (_from_dateline(a) or _from_dateline(b)):
            return False
    return True


# The title line of a transcript ("Remarks With Y After Their Meeting", "Press Availability …"): a page that
# gathers several transcripts has one before each
_TRANSCRIPT_TITLE = re.compile(r"^[ \t]*(?:(?:Joint\s+|Opening\s+)?Remarks|(?:Joint\s+)?Press\s+(?:Availability|"
                               r"Conference|Statements?)|Interview|Briefing)\b[^\n]*[^\n.!?:;,”\"]$", re.MULTILINE)


_PRESS_OFFICE = re.compile(r"\b(?:press\s+secretary|spokes(?:man|woman|person)|press\s+officer|moderator)\b")


def _transcript_meeting(article: str, turns: list[Turn], press: frozenset[str] | set[str] = frozenset()) -> list[Found]:
    """A transcript in which two or more people take turns records them together: one meeting; a page
    that gathers several transcripts, each under its own title line, one meeting for each. A speaker in
    ``press`` (a press secretary, a spokesperson) runs a briefing and is no participant."""
    titles = [m.start() for m in _TRANSCRIPT_TITLE.finditer(article)]
    sections: dict[int, list[Mention]] = {}
    for turn in turns:
        if turn.speaker is None or not turn.rule.startswith("transcript") or turn.speaker.person_id in press:
            continue
        speakers = sections.setdefault(bisect.bisect_right(titles, turn.parts[0].start), [])
        if turn.speaker.person_id not in {m.person_id for m in speakers}:
            speakers.append(turn.speaker)
    found: list[Found] = []
    for speakers in sections.values():
        if len(speakers) < 2:
            continue
        label = speakers[0].span
        line = Span(article.rfind("\n", 0, label.start) + 1, label.end)
        found.append(Found(line, label, "the speakers of a transcript",
                           tuple(DraftParticipant(m.person_id, m.span) for m in speakers), Status.HELD, None, None,
                           False))
    return found


_HOST_RULE = "(the host: the page's one speaker)"


def _transcript_host(article: str, turns: list[Turn], found: list[Found]) -> list[Found]:
    """A transcript page titled with its guest only ("Beginning of the Meeting with U.S. President George W.
    Bush") whose turns are all one other person's: that speaker is the host of the meeting of the title."""
    speakers = {t.speaker.person_id: t.speaker for t in turns
                if t.speaker is not None and t.rule.startswith("transcript")}
    if len(speakers) != 1:
        return found
    host = next(iter(speakers.values()))
    title = re.match(r"\s*[^\n]+", article)
    if title is None or host.span.start < title.end():
        return found
    return [replace(f, rule=f"{f.rule} {_HOST_RULE}",
                    participants=(DraftParticipant(host.person_id, host.span), *f.participants))
            if f.trigger.end <= title.end() and host.person_id not in {p.person for p in f.participants}
            # "Briefing on the President's Dinner with Y": the title says whose meeting it is
            and not _POSSESSED.search(article, 0, f.trigger.start) else f
            for f in found]


_POSSESSED = re.compile(rf"{_POSSESSIVE}\s+(?:[\w-]+\s+){{0,2}}\Z")


# ("when we met in person only recently in Washington": how and when between "met" and the place)
_WE_MET = re.compile(r"\b[Ww]e(?:['’]ve|\s+have|\s+had)?\s+(?:already\s+|also\s+)?met(?:\s+each\s+other)?\s+"
                     r"(?:(?:in\s+person|face\s+to\s+face|only|just|recently|last\s+(?:week|month|year)|earlier)\s+){0,3}"
                     r"(?:in\s+)?")
_PLACE_WORDS = re.compile(r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*")
_LIST_SEP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")


def _place_named(words: str, span: Span) -> DraftPlace | None:
    code = places.country_code(words)
    if code is not None:
        return DraftPlace(country=DraftValue(code, span, "country name (GeoNames)"))
    found = places.city(words)
    if found is None:
        return None
    return DraftPlace(city=DraftValue(words, span, "city (GeoNames)"),
                      country=DraftValue(found.country, span, "country of the city (GeoNames)"))


# "We had a brief conversation over lunch", "we had a long talk", "we had the opportunity to spend several hours
# together": a meeting of "we" told in the past
_WE_HAD = re.compile(r"\b[Ww]e\s+had\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:conversation|talk|talks|meeting|discussion|"
                     r"lunch|dinner|breakfast)\b"
                     r"|\b[Ww]e\s+(?:had\s+the\s+(?:opportunity|chance)\s+to\s+spend|spent)\s+(?:[\w-]+\s+){0,3}?"
                     r"together\b")
# what makes it an earlier one, in its sentence or the one before: "I was last here in May", "last year",
# "Yesterday" (in a transcript, the day before the meeting it records)
_LAST_HERE = re.compile(r"\blast\s+(?:here|there|time|night)\b|\byesterday\b", re.IGNORECASE)


def _we_met(article: str, turns: list[Turn], published_month: int = 0,
            host: tuple[DraftParticipant, DraftParticipant] | None = None) -> list[Found]:
    """"We met in San Diego, Belfast, Hiroshima": in a transcript of two speakers, "we" are the two of
    them, and each place listed is an earlier meeting of theirs; so is "I was last here in May. We had a
    brief conversation over lunch" (a meeting "we had", with words of an earlier time in its sentence or
    the one before; "We had a good talk today" is the meeting the transcript records). In a page of one
    speaker titled with its guest (``host``: the speaker and the guest), "we" are those two."""
    speakers: list[DraftParticipant] = []
    for turn in turns:
        if turn.speaker is not None and turn.rule.startswith("transcript") and \
                turn.speaker.person_id not in {m.person for m in speakers}:
            speakers.append(DraftParticipant(turn.speaker.person_id, turn.speaker.span))
    if len(speakers) == 1 and host is not None and host[0].person == speakers[0].person:
        speakers.append(host[1])
    if len(speakers) != 2:
        return []
    found: list[Found] = []
    for turn in turns:
        if turn.speaker is None or not turn.rule.startswith("transcript"):
            continue
        other = next(m for m in speakers if m.person != turn.speaker.person_id)
        people = (DraftParticipant(turn.speaker.person_id, turn.speaker.span), other)
        for part in turn.parts:
            for match in _WE_HAD.finditer(article, part.start, part.end):
                before = article.rfind(".", part.start, match.start())
                window = Span(max(part.start, article.rfind(".", part.start, max(part.start, before)) + 1),
                              min(part.end, article.find(".", match.end(), part.end) % (part.end + 1)))
                earlier = _earlier_words(article, window, published_month)
                if earlier is not None:
                    trigger = Span(match.start(), match.end())
                    found.append(Found(Span(window.start, window.end), trigger,
                                       "we had a conversation, earlier (the two speakers of a transcript)", people,
                                       Status.HELD, None, None, False, recalled=earlier))
            for match in _WE_MET.finditer(article, part.start, part.end):
                at = match.end()
                while (words := _PLACE_WORDS.match(article, at)) is not None and words.end() <= part.end:
                    span = Span(words.start(), words.end())
                    place = _place_named(words.group(), span)
                    if place is None:
                        break
                    trigger = Span(match.start(), match.end())
                    found.append(Found(Span(match.start(), words.end()), trigger,
                                       "we met in PLACE (the two speakers of a transcript)", people, Status.HELD,
                                       None, None, False, recalled=trigger, place=place))
                    sep = _LIST_SEP.match(article, words.end())
                    if sep is None:
                        break
                    at = sep.end()
                    more = _PLACE_WORDS.match(article, at)
                    if more is not None and more.end() <= part.end and place.city is not None \
                            and _names_the_city_again(more.group(), place.city.value):
                        # "Washington, D.C.", "Auckland, New Zealand": the city's own region or country, no
                        # second place
                        sep = _LIST_SEP.match(article, more.end())
                        if sep is None:
                            break
                        at = sep.end()
    return found


def _names_the_city_again(words: str, city: str) -> bool:
    """Whether ``words`` after "City, " name that city again (its country, or another name of it)."""
    found = places.city(city)
    if found is None:
        return False
    other = places.city(words)
    return places.country_code(words) == found.country or (other is not None and other.name == found.name
                                                          and other.country == found.country)


def _earlier_words(article: str, window: Span, published_month: int) -> Span | None:
    """Words in ``window`` that put a meeting before the text's time ("last here", "last year", "in May" in
    a November text), or None."""
    for pattern in (_LAST_HERE, EARLIER):
        match = pattern.search(article, window.start, window.end)
        if match:
            return Span(match.start(), match.end())
    for match in IN_MONTH.finditer(article, window.start, window.end):
        if MONTH_NAMES.split("|").index(match["month"]) + 1 != published_month:
            return Span(match.start(), match.end())
    return None


# "he was glad to see Foreign Minister Wong again since May this year": they met in May
_AGAIN_SINCE = re.compile(r"\b(?:see|meet|seeing|meeting)\s+(?P<who>(?:[A-Z][\w.’'-]*\s+){1,6}?)again\s+since\s+"
                          r"(?P<when>(?:last\s+\w+|(?:the\s+)?(?:" + MONTH_NAMES
                          + r")(?:\s+(?:this|last)\s+year)?|\d{4}))\b")


def _again_since(article: str, sents: list[Span], mentions: list[Mention]) -> list[Found]:
    """"X was glad to see Y again since May": an earlier meeting of X and Y, at the time "since" gives."""
    found: list[Found] = []
    for sentence in sents:
        for match in _AGAIN_SINCE.finditer(article, sentence.start, sentence.end):
            met = mentions_in(mentions, match.start("who"), match.end("who"))
            subject = sentence_subject(article, sentence, mentions)
            if not met or subject is None or subject.span.start > match.start() \
                    or subject.person_id == met[0].person_id:
                continue
            when = Span(match.start("when"), match.end("when"))
            found.append(Found(sentence, Span(match.start(), match.end("who")), "saw Y again since WHEN",
                               (DraftParticipant(subject.person_id, subject.span),
                                DraftParticipant(met[0].person_id, met[0].span)),
                               Status.HELD, None, None, False, recalled=when))
    return found


_LINE = re.compile(r"^[ \t]*(?P<line>[^\n]{5,200}?)[ \t]*$", re.MULTILINE)
# "X with Y", "X Shakes Hands With Y", and the other verbs photo captions use: "X is Introduced to Y", "X is
# Greeted by Y", "X Walks with A and B During a Tour", "X Poses with", "X Talks with", "X Bids Farewell to"
_CAPTION_JOIN = re.compile(r"\s+(?:[Ww]ith|[Ss]hakes\s+[Hh]ands\s+[Ww]ith|[Gg]reets|[Ww]elcomes|[Ee]mbraces|"
                           r"[Mm]eets(?:\s+[Ww]ith)?|(?:[Ii]s\s+|[Aa]re\s+)?(?:[Ii]ntroduced\s+[Tt]o|"
                           r"(?:[Gg]reeted|[Ww]elcomed|[Rr]eceived|[Hh]osted|[Ee]scorted)\s+[Bb]y)|"
                           r"(?:[Ww]alks?|[Tt]alks?|[Ss]peaks?|[Cc]hats?|[Ss]its?|[Pp]oses?|[Ss]tands?|[Cc]onfers?)\s+"
                           r"[Ww]ith|[Ll]istens?\s+[Tt]o|[Bb]ids\s+[Ff]arewell\s+[Tt]o)\s+")
# where a caption's list of the people shown ends: "… During a Tour of the Institute", "… at the Palace"
_CAPTION_END = re.compile(r"\s+(?:[Dd]uring|[Aa]t|[Ii]n|[Oo]n|[Aa]fter|[Bb]efore|[Ff]ollowing|[Aa]head\s+[Oo]f)\s")


_HEADING_BY_WITH = re.compile(r"(?:Remarks|Statement|Press\s+[Ss]tatement|Opening\s+[Rr]emarks|(?:Joint\s+)?[Pp]ress\s+"
                              r"(?:[Cc]onference|[Aa]vailability))\s+(?P<by>by)\b.{0,120}?\s(?P<with>[Ww]ith)\s")


# "Remarks Before Her Meeting With Y", "Press Availability With Y After their Meeting": a remarks page's
# title that names the guest of a meeting; its host is the speaker the byline under it names
_REMARKS_MEETING_TITLE = re.compile(r"(?:(?:Joint\s+|Opening\s+)?Remarks|(?:Joint\s+)?Press\s+(?:Availability|"
                                    r"Conference)|Briefing)\b(?!\s+by\b)(?=[^\n]*\b[Mm]eeting\b)[^\n]*?\s"
                                    r"(?P<with>[Ww]ith)\s")


def _remarks_meeting(article: str, mentions: list[Mention]) -> list[Found]:
    """A line that is a remarks title naming a meeting with Y ("Remarks With Y After Their Meeting"), and
    within the next three lines a byline line of a few words that ends in one person's name: that person
    met Y. Pages that gather several transcripts have one such title each."""
    lines = list(_LINE.finditer(article))
    found: list[Found] = []
    for n, title in enumerate(lines):
        heading = _REMARKS_MEETING_TITLE.match(title.group("line"))
        if heading is None:
            continue
        base = title.start("line")
        # "Remarks With A and B Before Their Meeting": every guest the title names before its circumstance
        # words (a three-way meeting), never the host again
        end = _CAPTION_END.search(title.group("line"), heading.end("with"))
        guests = _distinct_mentions(mentions_in(mentions, base + heading.end("with"),
                                                base + end.start() if end else title.end("line")))
        if not guests:
            continue
        host = None
        for byline in lines[n + 1:n + 4]:
            named = mentions_in(mentions, byline.start("line"), byline.end("line"))
            if len(byline.group("line").split()) <= 5 and len(named) == 1 \
                    and named[0].span.end == byline.end("line") and named[0].person_id != guests[0].person_id:
                host = named[0]
                break
        if host is None:
            continue
        people = (DraftParticipant(host.person_id, host.span),
                  *(DraftParticipant(g.person_id, g.span) for g in guests if g.person_id != host.person_id))
        found.append(Found(Span(title.start("line"), title.end("line")),
                           Span(base + heading.start("with"), base + heading.end("with")),
                           "a remarks title: remarks … meeting with Y, X in the byline", people, Status.HELD, None,
                           None, False))
    return found


def _captions(article: str, mentions: list[Mention]) -> list[Found]:
    """A photo caption or a title line with no full stop: "Secretary Powell with His Excellency Olusegun
    Obasanjo", "Secretary Clinton Shakes Hands With Foreign Minister Holguin": the two people it shows."""
    found: list[Found] = []
    for line in _LINE.finditer(article):
        text = line.group("line")
        if text.endswith((".", "!", "?", ":", "”", "\"")) or "“" in text or "\"" in text:
            continue
        for join in _CAPTION_JOIN.finditer(article, line.start("line"), line.end("line")):
            before = mentions_in(mentions, line.start("line"), join.start())
            after = mentions_in(mentions, join.end(), line.end("line"))
            if not before or not after or article[before[-1].span.end:join.start()].strip() \
                    or before[-1].person_id == after[0].person_id or before[-1].how == "pronoun":
                continue
            # "Walks with A and B During a Tour": everyone named up to the caption's circumstance
            end = _CAPTION_END.search(article, after[0].span.end, line.end("line"))
            shown = [m for m in after if end is None or m.span.start < end.start()]
            people = tuple(DraftParticipant(m.person_id, m.span)
                           for m in distinct_people([before[-1], *shown]))
            found.append(Found(Span(line.start("line"), line.end("line")), Span(join.start() + 1, join.end() - 1),
                               "a caption or title line: X with Y", people, Status.HELD, None, None, False))
            break
        heading = _HEADING_BY_WITH.match(text)
        captioned = bool(found) and found[-1].sentence.start == line.start("line")
        if heading and not captioned:
            # "Remarks by President X at the joint press point with Y, Prime Minister of Z": a remarks page's
            # title names the two sides of the occasion
            base = line.start("line")
            speakers = mentions_in(mentions, base + heading.end("by"), base + heading.start("with"))
            guests = mentions_in(mentions, base + heading.end("with"), line.end("line"))
            if speakers and guests and speakers[0].person_id != guests[0].person_id:
                people = (DraftParticipant(speakers[0].person_id, speakers[0].span),
                          DraftParticipant(guests[0].person_id, guests[0].span))
                found.append(Found(Span(line.start("line"), line.end("line")),
                                   Span(base + heading.start("with"), base + heading.end("with")),
                                   "a remarks title: remarks by X … with Y", people, Status.HELD, None, None, False))
    return found


def _overlapping_any(mentions: list[Mention], span: Span) -> bool:
    return any(m.span.overlaps(span) for m in mentions)


def _met_by_own_title(article: str, found: list[Found], mentions: list[Mention]) -> set[str]:
    """The people a title on its own stands for ("The Prime Minister spoke to A and David Cameron", read as
    Cameron) whom the same meeting names after its trigger: no one meets themselves, so the title is another's."""
    misread: set[str] = set()
    for meeting in found:
        named = mentions_in(mentions, meeting.sentence.start, meeting.sentence.end)
        titled = {m.person_id for m in named if m.how == "title" and m.span.end <= meeting.trigger.start}
        if not meeting.rule.startswith("X "):
            continue  # a subject, its verb, whom it met ("X met Y", "X spoke with Y"): not "their talks"
        misread |= {m.person_id for m in named if m.person_id in titled and m.how not in ("title", "pronoun")
                    and m.span.start >= meeting.trigger.end and article[m.span.end:m.span.end + 2] not in ("’s", "'s")}
    return misread


def _inside(spans: list[Span], at: int) -> bool:
    """Whether ``at`` falls in one of ``spans`` (sorted, not overlapping)."""
    i = bisect.bisect_right(spans, at, key=lambda s: s.start) - 1
    return i >= 0 and spans[i].start <= at < spans[i].end


def _sentence_of(sents: list[Span], at: int) -> Span:
    i = bisect.bisect_right(sents, at, key=lambda s: s.start) - 1
    return sents[i] if i >= 0 and sents[i].start <= at < sents[i].end else Span(at, at)


def _date(article: str, meeting: Found, published: dt.date, last: DraftDate | None) -> DraftDate | None:
    if meeting.rule == "a trip repeated by X":
        return None  # "later": the sentence's date is the first trip's, not theirs
    # "X met A on Monday and will meet B on Friday", "X, who met A on Monday, will travel to B": the dates of
    # the trigger's own predicate first (its tense too), else the sentence's
    own = predicate_of(article, meeting.sentence, meeting.trigger)
    dates = [d for zone in ((own, meeting.sentence) if own != meeting.sentence else (own,))
             for d in find_dates(article, zone, published)
             if not _of_another_event(article, meeting.sentence, d.span, meeting.trigger)]
    dates = [d for d in dates if own.start <= d.span.start < own.end] or dates
    if dates:
        return min(dates, key=lambda d: abs(d.span.start - meeting.trigger.start))
    offset = offset_before(article, meeting.sentence, meeting.trigger)
    if offset is not None and last is not None:
        day = last.date.first_day() + dt.timedelta(days=offset[0])
        return DraftDate(PartialDate.parse(day.isoformat()), offset[1],
                         f"{offset[1].text(article)}: counted from the meeting before it ({last.date})")
    return None


# "following on from the NPDI Foreign Ministers’ Meeting in 2014", "since the summit in May": the date of
# the event these words name, not of the meeting
# "In view of the Normandy format summit scheduled to take place on December 9", "ahead of the summit on
# Friday": the date of the event these words look forward to
_OTHER_EVENT = re.compile(r"\b(?i:following(?:\s+on)?(?:\s+from)?|since|after|in\s+view\s+of|ahead\s+of|"
                          r"in\s+preparation\s+for|on\s+the\s+eve\s+of)\s+(?:the|a|an|their|his|her)\s+"
                          r"[^,.;:]{0,150}?\b(?:[Mm]eeting|[Ss]ummit|[Cc]onference|[Tt]alks|[Ff]orum|[Aa]ssembly)\b"
                          r"[^,.;:]{0,40}?\Z")


def _of_another_event(article: str, sentence: Span, date: Span, trigger: Span) -> bool:
    """Whether a date belongs to an event named after "following", "since" or "after" in the meeting's
    sentence, the meeting's own words standing elsewhere."""
    cue = _OTHER_EVENT.search(article, sentence.start, date.start)
    return cue is not None and not cue.start() <= trigger.start < date.start


def _places_from_later_sentences(article: str, sents: list[Span], meetings: list[DraftMeeting]) -> list[DraftMeeting]:
    """"The Assembly took place in New York": the place of the meeting held at that Assembly."""
    for sentence in sents:
        match = _TOOK_PLACE.match(article[sentence.start:sentence.end])
        if not match:
            continue
        place = places.find_place(article, sentence)
        if place.city is None and place.country is None:
            continue
        for i, meeting in enumerate(meetings):
            venue = meeting.place.venue
            if (venue and re.search(rf"\b{re.escape(match['noun'])}\b", venue.value)
                    and meeting.place.city is None and meeting.place.country is None):
                meetings[i] = replace(meeting, place=DraftPlace(place.city, place.country, venue))
    return meetings


# "X was accompanied by A", and the participle alone in brackets or after a comma: "(attended by A, B, and
# others)" after a call's sentence, "X, joined by A, met Y"
_ACCOMPANIED = re.compile(r"\b(?:was|were|is|are|will\s+be|being)\s+(?:also\s+)?accompanied\s+by\b"
                          r"|(?:(?<=\()|(?<=,\s))(?:also\s+)?(?:accompanied|attended|joined)\s+by\b")
_COMPANIONS_END = re.compile(r",\s+and\b|;|\s+(?:to|for|on|in|at)\s+(?:the\s+)?[a-z]")


def _distinct_mentions(mentions: list[Mention]) -> list[Mention]:
    """The first mention of each person, in order."""
    first: dict[str, Mention] = {}
    for mention in mentions:
        first.setdefault(mention.person_id, mention)
    return list(first.values())


def _companions(article: str, sents: list[Span], meetings: list[DraftMeeting],
                mentions: list[Mention]) -> list[DraftMeeting]:
    """"X was accompanied by A, and Y by B", "(attended by A, B and others)": the companions join the meeting
    X (the person named last before the words) took part in last."""
    for sentence in sents:
        text = article[sentence.start:sentence.end]
        for match in _ACCOMPANIED.finditer(text):
            at = sentence.start + match.start()
            who = [m for m in mentions_in(mentions, sentence.start, at)][-1:]
            if not who:
                continue
            stop = _COMPANIONS_END.search(text, match.end())
            end = sentence.start + (stop.start() if stop else len(text))
            companions = mentions_in(mentions, sentence.start + match.end(), end)
            for i in range(len(meetings) - 1, -1, -1):
                meeting = meetings[i]
                people = [p.person for p in meeting.participants]
                if meeting.trigger.start <= at and who[0].person_id in people:
                    # "called on A, and on B. She was accompanied by C": one list split into a meeting each (one
                    # trigger): the companions were at each of them
                    for j, other in enumerate(meetings):
                        if j == i or other.trigger == meeting.trigger:
                            have = {p.person for p in other.participants}
                            added = tuple(DraftParticipant(m.person_id, m.span) for m in _distinct_mentions(companions)
                                          if m.person_id not in have)
                            meetings[j] = replace(other, participants=other.participants + added)
                    break
    return meetings


# "X traveled to Texas and Ostravia with A, and B": the people after "with" once the places are told are X's
# companions (never "travelled to Rome for talks with Y", whose "with" is the meeting's)
_TRAVELLED_WITH = re.compile(r"\b(?:traveled|travelled|travels|will\s+travel)\s+to\s+"
                             r"(?:(?:the\s+)?[A-Z][\w.-]*(?:,|\s+and)?\s+){1,6}with\b")
_TRAVEL_COMPANIONS_END = re.compile(r"\s+(?:to|for|on|in|at)\s+(?:the\s+)?[a-z]")


def _travel_companions(article: str, sents: list[Span], meetings: list[DraftMeeting],
                       mentions: list[Mention]) -> list[DraftMeeting]:
    """"X traveled to Ostravia with A and B. While in Varna, X met with Y": the companions join X's meetings
    told in that sentence after them or in the two sentences after it."""
    for n, sentence in enumerate(sents):
        text = article[sentence.start:sentence.end]
        for match in _TRAVELLED_WITH.finditer(text):
            at = sentence.start + match.start()
            who = [m for m in mentions_in(mentions, sentence.start, at) if m.how != "pronoun"][-1:]
            if not who:
                continue
            stop = _TRAVEL_COMPANIONS_END.search(text, match.end())
            end = sentence.start + (stop.start() if stop else len(text))
            companions = [m for m in _distinct_mentions(mentions_in(mentions, sentence.start + match.end(), end))
                          if m.person_id != who[0].person_id]
            until = sents[min(n + 2, len(sents) - 1)].end
            for i, meeting in enumerate(meetings):
                have = {p.person for p in meeting.participants}
                if end <= meeting.trigger.start < until and who[0].person_id in have:
                    added = tuple(DraftParticipant(m.person_id, m.span) for m in companions
                                  if m.person_id not in have)
                    meetings[i] = replace(meeting, participants=meeting.participants + added)
    return meetings


# A sentence of its own that adds people to the meeting told just before: "The meeting was also attended by A
# and B", "Also present were A and B", "A and B were also present", "A also joined the talks"
_MEETING_NOUN = r"(?:meeting|meetings|talks|call|dinner|lunch|breakfast|discussion|discussions|conversation)"
_ATTENDED_AFTER = re.compile(rf"^(?:The|This|That|Their|Both)\s+(?:[\w-]+\s+){{0,2}}?{_MEETING_NOUN}\s+(?:was|were)\s+"
                             r"(?:also\s+)?attended\s+by\b"
                             r"|^Also\s+(?:present|attending|in\s+attendance)"
                             rf"(?:\s+(?:at|in|for)\s+the\s+{_MEETING_NOUN})?\s+(?:was|were)\b"
                             # "Joining them were A and B", "The Ostravian delegation included A"
                             rf"|^Joining\s+(?:them|him|her|the\s+{_MEETING_NOUN})\s+(?:was|were)\b"
                             r"|^(?:The|Their|His|Her)\s+(?:[\w-]+\s+)?(?:side|delegation)\s+(?:also\s+)?"
                             r"(?:included|includes|comprised|was\s+led\s+by)\b")
# ", with A also in attendance", ", with A present": in the meeting's own sentence
_WITH_PRESENT = re.compile(r",\s+with\s+(?P<who>[^,;.]{3,120}?)\s+(?:also\s+)?(?:present|in\s+attendance|attending)\b")
# "I should start with who was there: The President; Secretary Rice; …", "Those present were A, B and C": a list
# of those present, which may come well after the meeting it is of
_PRESENT_LIST = re.compile(r"\b(?:who|those|the\s+people)\s+(?:was|were)\s+(?:there|present|in\s+attendance)\s*:"
                           r"|\bThose\s+(?:present|attending|in\s+attendance)\s+(?:were|included)\b")
_ATTENDED_BEFORE = re.compile(r"\b(?:was|were)\s+(?:also\s+)?(?:present|in\s+attendance)\b"
                              rf"|\balso\s+(?:joined|attended|took\s+part\s+in)\s+the\s+(?:[\w-]+\s+)?{_MEETING_NOUN}\b"
                              # "A also attended.", "A sat in on the talks", "A also participated in the meeting"
                              r"|\balso\s+(?:attended|took\s+part|participated)\s*[.;]"
                              rf"|\b(?:also\s+)?(?:sat\s+in\s+on|participated\s+in)\s+the\s+(?:[\w-]+\s+)?{_MEETING_NOUN}\b")


def _also_present(article: str, sents: list[Span], meetings: list[DraftMeeting],
                  mentions: list[Mention]) -> list[DraftMeeting]:
    """"X met Y in Rell. The meeting was also attended by A and B": the people such a sentence names join
    the meeting told last in the two sentences before it (none there: no one is added)."""
    for n, sentence in enumerate(sents):
        text = article[sentence.start:sentence.end]
        after = _ATTENDED_AFTER.match(text)
        before = _ATTENDED_BEFORE.search(text) if after is None else None
        within = _WITH_PRESENT.search(text) if after is None and before is None else None
        listed = _PRESENT_LIST.search(text) if after is None and before is None and within is None else None
        until = sentence.start
        if listed is not None:
            people = mentions_in(mentions, sentence.start + listed.end(), sentence.end)
        elif after is not None:
            people = mentions_in(mentions, sentence.start + after.end(), sentence.end)
        elif before is not None:
            people = mentions_in(mentions, sentence.start, sentence.start + before.start())
            # "A and B were present, and C from the Prime Minister's office": the list goes on after it
            more = re.match(r",?\s+and\s+", text[before.end():])
            if more is not None:
                people += mentions_in(mentions, sentence.start + before.end() + more.end(), sentence.end)
        elif within is not None:
            people = mentions_in(mentions, sentence.start + within.start("who"), sentence.start + within.end("who"))
            until = sentence.start + within.start()  # the meeting told earlier in the same sentence
        else:
            continue
        window = sents[max(0, n - 2)].start if within is None else sentence.start
        if listed is not None:
            window = 0  # a list of those present names the meeting the text is about, told before it
        last = max((i for i, m in enumerate(meetings)
                    if window <= m.trigger.start < until and m.rule not in _VISITS), default=None,
                   key=lambda i: meetings[i].trigger.start)
        if last is None or not people:
            continue
        meeting = meetings[last]
        taken = {p.person for p in meeting.participants}
        added = tuple(DraftParticipant(m.person_id, m.span) for m in distinct_people(people)
                      if m.person_id not in taken)
        meetings[last] = replace(meeting, participants=meeting.participants + added)
    return meetings


# The title lines of a page: up to three short lines before the first that ends a sentence
_TITLE_LINES = re.compile(r"\A(?:[ \t]*[^\n.]{0,200}[^\n.:]?[ \t]*\n+){1,3}")
_CALL_WORD = re.compile(r"\b(?:(?:tele)?phone(?:\s+call)?|(?<!courtesy\s)call)\b(?!\s+on\b)", re.IGNORECASE)


def _call_in_title(article: str, meetings: list[DraftMeeting], mentions: list[Mention]) -> list[DraftMeeting]:
    """"PM call with President Trump" over "The Prime Minister spoke to President Trump": a meeting whose own
    words give no form ("spoke to") is the call the title names, when it is held now and the title names one
    of its people or no one."""
    lines = _TITLE_LINES.match(article)
    call = _CALL_WORD.search(article, 0, lines.end()) if lines else None
    if lines is None or call is None:
        return meetings
    named = {m.person_id for m in mentions_in(mentions, 0, lines.end())}
    return [replace(m, form="phone", form_span=Span(call.start(), call.end()),
                    rule=f"{m.rule} (a call, as the title says)")
            if m.form == "in-person" and m.form_span is None and m.recalled is None and m.status is Status.HELD
            and m.rule in ("X spoke with Y", "X and Y met", "the two met")
            and re.search(r"\b(?:spoke|spoken|speaks|talked)\b", article[m.trigger.start:m.trigger.end])
            and (not named or named & {p.person for p in m.participants}) else m
            for m in meetings]


_SUMMARY_RULES = ("X met with Y", "X met Y", "X spoke with Y")
_TOGETHER = re.compile(r"\b(?:tri|quadri)lateral(?:ly)?\b|\b(?:together|jointly|joint|three|four|all)\b", re.IGNORECASE)


def _summaries(meetings: list[DraftMeeting], article: str) -> list[DraftMeeting]:
    """"X met A and B" when the text tells a meeting of X with A (or B) apart elsewhere ("It was the first
    meeting between X and A", "X met separately with A and C"): the sentence sums up several meetings, one
    with each person it names; a trilateral or a meeting "together" stays one."""
    out: list[DraftMeeting] = []
    for meeting in meetings:
        subjects = [p for p in meeting.participants if p.span.start < meeting.trigger.start]
        objects = [p for p in meeting.participants if p.span.start >= meeting.trigger.end]
        everyone = {p.person for p in meeting.participants}
        # one subject, two or more people met, and elsewhere a meeting of the subject with some of them only
        apart = meeting.rule in _SUMMARY_RULES and meeting.recalled is None and len(subjects) == 1 \
            and len(objects) >= 2 and len(subjects) + len(objects) == len(meeting.participants) \
            and not _TOGETHER.search(article, meeting.span.start, meeting.span.end) and any(
                o is not meeting and o.span != meeting.span and o.recalled is None and o.status is meeting.status
                and subjects[0].person in {p.person for p in o.participants}
                # "I was pleased to meet President Xi": a word of pleasure retells the meeting, not one apart
                and not _PLEASED_TO.search(article, max(0, o.trigger.start - 30), o.trigger.start)
                and 2 <= len({p.person for p in o.participants}) < len(everyone)
                and {p.person for p in o.participants} <= everyone
                for o in meetings)
        # "the bilateral between President A and President B and Chancellor C": a bilateral has two sides, so
        # three people named are one such meeting of the first with each other
        bilateral = meeting.rule == "talks between X and Y" and len(meeting.participants) >= 3 \
            and re.search(r"\bbilateral\b", article[meeting.trigger.start:meeting.trigger.end], re.IGNORECASE)
        if bilateral:
            subjects, objects = list(meeting.participants[:1]), list(meeting.participants[1:])
        if not apart and not bilateral:
            out.append(meeting)
            continue
        out += [replace(meeting, rule=f"{meeting.rule} (one of several meetings the sentence sums up)",
                        participants=(subjects[0], other)) for other in objects]
    return out


_LATER = re.compile(r"(?:Later|Afterwards|Afterward|Subsequently|Then)\b")
_PLEASED_TO = re.compile(r"\b(?:pleased|delighted|glad|happy|honou?red|privileged|great|good)\s+(?:to\s+)?\Z")
_JOINS = re.compile(r"(?:will\s+|to\s+)?join(?:s|ed)?\b")


def _merge(meetings: list[DraftMeeting], article: str, holds: Callable[[str, str], bool]) -> list[DraftMeeting]:
    """The same people, the same date (or none) and status: one meeting reported twice."""
    merged: list[DraftMeeting] = []
    for meeting in meetings:
        people = {p.person for p in meeting.participants}
        # the same people, or a side of them ("PM meeting with President X" in a headline, then
        # "The Prime Minister met President X" in the text)
        twin = next((m for m in merged if (people <= {p.person for p in m.participants}
                                           or people >= {p.person for p in m.participants})
                     # "X will join Y for a working lunch after the talks": joining someone for a meal or the
                     # talks is being at their meeting, whatever tense the text tells it in
                     and (m.status is meeting.status or _JOINS.match(article, meeting.trigger.start) is not None)
                     and (m.recalled is None) == (meeting.recalled is None)  # an earlier meeting recalled
                     # "X hosted Y. … Later, they will join A and B for talks": a meeting after the first
                     and not (_LATER.match(article, meeting.span.start)
                              and people != {p.person for p in m.participants})
                     and _same_sides(m, meeting, article, holds)
                     and (m.rule in _VISITS) == (meeting.rule in _VISITS)
                     and _same_place(m.place, meeting.place)
                     # two stops of a trip: one visit only where both name the place, or in one sentence
                     and (meeting.rule not in _VISITS or m.span == meeting.span
                          or (_has_place(m.place) and _has_place(meeting.place)))
                     and (m.date is None or meeting.date is None or _within(m.date.date, meeting.date.date))), None)
        if twin is None:
            merged.append(meeting)
            continue
        i = merged.index(twin)
        if len(people) > len(twin.participants):
            twin = replace(twin, participants=meeting.participants)
        # a call named in a headline ("X’s Call with Y") stays a call when the text says "spoke with"
        form = twin if twin.form != "in-person" else meeting
        # a place the text tells wins over the dateline taken for the other report
        first, second = (meeting.place, twin.place) if _from_dateline(twin.place) and meeting.place.city \
            and not _from_dateline(meeting.place) else (twin.place, meeting.place)
        merged[i] = replace(twin, date=twin.date or meeting.date,
                            place=DraftPlace(first.city or second.city, first.country or second.country,
                                             first.venue or second.venue),
                            form=form.form, form_span=form.form_span)
    return merged


_NOT_OFFICE = {"the", "of", "from", "for", "his", "her"}


def _same_sides(a: DraftMeeting, b: DraftMeeting, article: str, holds: Callable[[str, str], bool]) -> bool:
    """Whether a side given only as an office ("the President of Tanzania") can be the same meeting as
    the other: the same office's words (not two items of one list), or a person there who bears that
    office (a role "Tanzania President"); "bilaterals with the Prime Minister of Spain, …" are never the
    meeting with Tony Blair told before them."""
    if a.unnamed is None and b.unnamed is None:
        return True
    if a.unnamed is not None and b.unnamed is not None:
        same = article[a.unnamed.start:a.unnamed.end] == article[b.unnamed.start:b.unnamed.end]
        return same and (a.trigger != b.trigger or a.unnamed == b.unnamed)
    one, other = (a, b) if a.unnamed is not None else (b, a)
    assert one.unnamed is not None
    extra = {p.person for p in other.participants} - {p.person for p in one.participants}
    return any(holds(person, article[one.unnamed.start:one.unnamed.end]) for person in extra)


def _office_holder(roles: dict[str, list[list[str]]], country_of: Callable[[str], str | None]) \
        -> Callable[[str, str], bool]:
    """Whether a person bears an office given in words: "the President of Tanzania" and a role
    "Tanzania President", or "the Prime Minister of the United Kingdom" and a Prime Minister of GB."""
    def holds(person: str, office: str) -> bool:
        where = re.search(r"\s+(?:of|from|for)\s+(?P<place>.+)$", office)
        if where is not None and country_of(person) == places.country_code(where["place"]) is not None:
            office = office[:where.start()]
        words = {w.casefold() for w in office.split()} - _NOT_OFFICE
        return any(words <= set(title) for title in roles.get(person, ()))
    return holds


# "will travel to the United Arab Emirates, Singapore, Australia, New Zealand, and Samoa": a trip of several stops
_SEVERAL_PLACES = re.compile(r"\s*(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*"
                             r"(?:(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)+")


def _trip_stops(article: str, meetings: list[DraftMeeting]) -> list[DraftMeeting]:
    """A trip to several places during which the text reports meetings of the traveller: the trip and its
    stops ("will travel to Hanoi on October 29") are the frame of those meetings, not meetings of their own."""
    dropped: set[int] = set()
    for trip in meetings:
        listed = _SEVERAL_PLACES.match(article, trip.trigger.end) if trip.rule in _VISITS else None
        if listed is None or trip.recalled is not None:
            continue
        traveller = {p.person for p in trip.participants}
        # a meeting during the trip: dated within it, or at one of its places
        if not any(o.rule not in _VISITS and o.status is trip.status and traveller < {p.person for p in o.participants}
                   and ((o.date is not None and trip.date is not None
                         and trip.date.date.first_day() <= o.date.date.last_day()
                         and o.date.date.first_day() <= trip.date.date.last_day())
                        or any(v is not None and (article[v.span.start:v.span.end] in listed.group()
                                                  or v.value in _countries_named(listed.group()))
                               for v in (o.place.city, o.place.country)))
                   for o in meetings):
            continue
        for i, stop in enumerate(meetings):
            if stop.rule in _VISITS and stop.recalled is None and stop.status is trip.status \
                    and {p.person for p in stop.participants} == traveller \
                    and (stop.date is None or trip.date is None
                         or (trip.date.date.first_day() <= stop.date.date.last_day()
                             and stop.date.date.first_day() <= trip.date.date.last_day())):
                dropped.add(i)
    return [m for i, m in enumerate(meetings) if i not in dropped]


def _countries_named(places_listed: str) -> set[str]:
    """The country codes of the places in a list ("the United Arab Emirates, Singapore, and Samoa")."""
    found: set[str] = set()
    for name in re.split(r",\s+(?:and\s+)?|\s+and\s+", places_listed.strip()):
        name = name.strip().removeprefix("the ")
        code = places.country_code(name)
        if code is None:
            town = places.city(name)
            code = town.country if town is not None else None
        if code is not None:
            found.add(code)
    return found


def _within(a: PartialDate, b: PartialDate) -> bool:
    """One date holds the other ("September 2023" and "18 September"): they can be one meeting's."""
    return (a.first_day() <= b.first_day() and b.last_day() <= a.last_day()) or \
        (b.first_day() <= a.first_day() and a.last_day() <= b.last_day())


def _attach_quotes(meetings: list[DraftMeeting], quotes: list[DraftQuote]) -> list[DraftMeeting]:
    """A quote goes to the meeting reported last before it that its speaker took part in (else the next)."""
    held: dict[int, list[DraftQuote]] = {i: [] for i in range(len(meetings))}
    for quote in quotes:
        if quote.speaker is None:
            continue
        with_speaker = [i for i, m in enumerate(meetings) if quote.speaker in {p.person for p in m.participants}]
        before = [i for i in with_speaker if meetings[i].trigger.start <= quote.parts[0].start]
        after = [i for i in with_speaker if meetings[i].trigger.start > quote.parts[0].start]
        target = before[-1] if before else (after[0] if after else None)
        if target is not None:
            held[target].append(quote)
    return [replace(m, quotes=tuple(held[i])) for i, m in enumerate(meetings)]


def _country_of(person_id: str, dataset: Dataset, finder: PeopleFinder) -> str | None:
    person = dataset.people.get(person_id)
    proposed = finder.proposed.get(person_id)
    return person.country if person is not None else (proposed.country if proposed is not None else None)


def _short_slug(person_id: str, dataset: Dataset, finder: PeopleFinder) -> str:
    person = dataset.people.get(person_id)
    if person is not None and person.country in SURNAME_FIRST:
        return person_id
    return slug(finder.name_of(person_id).split()[-1])


def _id(meeting: DraftMeeting, dataset: Dataset, finder: PeopleFinder) -> str:
    when = str(meeting.date.date) if meeting.date else "undated"
    who = "-".join(_short_slug(p.person, dataset, finder) for p in meeting.participants[:3])
    return f"{when}-{who}"


def _title(meeting: DraftMeeting, finder: PeopleFinder) -> str:
    names = [finder.name_of(p.person) for p in meeting.participants]
    where = meeting.place.city.value if meeting.place.city else (
        country_name(meeting.place.country.value) if meeting.place.country else None)
    if meeting.rule in (*_VISITS, "a trip repeated by X"):
        return f"{names[0]} visits {where}" if where else f"{names[0]}'s visit"
    together = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    head = f"Planned meeting of {together}" if meeting.status is Status.PLANNED else (
        f"{names[0]} meets {' and '.join(names[1:])}" if len(names) == 2 and meeting.rule != "X and Y met"
        else f"{together} meet")
    if meeting.place.venue:
        return f"{head} at the {meeting.place.venue.value.removesuffix(' (sidelines)')}"
    return f"{head} in {where}" if where else head
