"""Meetings: who met whom in one sentence, with the occasion, status and participants.

Patterns (in the sentence that reports the meeting):

- "X met (today) (in Tokyo) (with) Y", "X held talks (at the Kremlin) with Y", "X will meet Y",
  "sat down with", "hosted", "received", "welcomed"          subject X, object Y
- calls: "X spoke (by phone) with/to Y", "held a telephone call with", "a video conference
  with", "to telephone Y", "received a call from Y", "X’s Call with Y"; the form (phone,
  video) from their words
- the passive and the future: "X will be welcomed by Y"    subject X, object Y, planned
- noun phrases: "Meeting with Y, X …", "In a call with Y, X …", "the … Meeting with Y",
  "their meeting", "X and Y’s meeting", "a visit by X"
- "X and Y met", "X and Y held talks", "X and Y spoke by phone"  subjects only
- "talks between X and Y", "a call between X and Y"         the persons named after "between"
- "the two leaders met", "when they meet", "seeing each other"  the last two people named
- "met A, as well as with B", "held meetings with A and B"   one meeting each
- "a possible/planned/future meeting between …", "will meet" status planned
- "X visited CITY", "will be traveling to"                  a visit: X, at the place visited
- "his meeting with Y", "Name’s planned visit to X"          the person named last before the possessive
- "talks on May 3 between A and B as well as between C and D"  one meeting per "between"
- "spoke with A and will meet with B", "to meet A and to hold talks with B"  two meetings, one subject
- "a trip later repeated by Y; Z and W"                      one visit each, undated
- "on the sidelines of Z", "during Z", "at the Z summit"     the occasion (venue)

A subject is read back to the start of its clause (the sentence, or the last "after",
"before", "when", "while", "that", ";"; a relative clause ", who …," skipped), an object
forward to the first word that starts a circumstance ("on Monday", "in Malta", "during",
", which"). With no subject named, the named people alone are the meeting (a group or an
unnamed side: "EU leaders met Y").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..model import Status
from .model import DraftParticipant, DraftPlace, DraftValue, Mention, Span
from .names import mentions_in
from .text import clean

# Words that may stand between "met"/"spoke" and "with": when, where and how.
_BETWEEN_VERB_AND_WITH = (r"(?:today|yesterday|separately|again|also|briefly|virtually|privately|bilaterally|jointly|"
                          r"both|individually|"
                          r"this\s+(?:morning|afternoon|evening)|last\s+(?:night|week)|earlier(?:\s+today)?|tomorrow|"
                          r"on\s+\w+day|(?:in|at)\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?(?:,\s+[A-Z][\w-]+,)?|"
                          # "met today on the sidelines of the NATO Informal Foreign Ministers Meeting in Antalya,
                          # Türkiye, with Y": the occasion, its place after it
                          r"on\s+the\s+(?:margins|sidelines)\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){0,5}?[\w’'-]+,?|"
                          # "met this evening for about an hour and a half with Y": how long
                          r"for\s+(?:about\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?(?:an?|one|two|three|\d+)\s+"
                          r"(?:hours?|minutes)(?:\s+and\s+a\s+half)?)\s+")
_HOW_THEY_SPOKE = (r"(?:by\s+(?:tele)?phone|by\s+video(?:\s+(?:link|conference|call))?|on\s+the\s+(?:tele)?phone|"
                   r"over\s+the\s+(?:tele)?phone|"
                   # "spoke today on the margins of the NATO Summit with Y"
                   r"on\s+the\s+(?:margins|sidelines)\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){1,4}|"
                   r"virtually|today|yesterday|again|separately|also|briefly|this\s+(?:morning|afternoon|evening)|"
                   r"on\s+\w+day)\s+")
_A_CALL = (r"(?:call|conversation|telephone\s+talk|phone\s+talk|video\s*conference|videoconference|teleconference|"
           r"meeting|meetings|consultations?|negotiations|"
           # "We had a wonderful visit with President Y": a visit had with someone is a meeting with them
           r"talks|discussion|discussions|dinner|breakfast|lunch|bilateral|bilaterals|trilateral|visit|"
           # "held a joint press conference with A and B": the three appeared together, a meeting of them
           r"press\s+conference|news\s+conference|press\s+availability|"
           # "had an audience with Pope Y", "was granted an audience by King Y"
           r"audience)")

_EARLIER_LEAD = (r"(?:Following(?:\s+on)?(?:\s+from)?|After)\s+(?:(?:his|her|their|a|an|the)\s+)?(?:[\w-]+\s+){0,2}?"
                 r"(?:meetings?|talks|discussions?|calls?|conversations?)"
                 r"(?:\s+(?:earlier|last|this)\s+(?:in\s+the\s+)?\w+)?\s+with\b")
# A person "called on" (a visit): capitalised title and name words, an "of" or a bracketed abbreviation among them
_CALLED_ON_NAME = (r"(?:(?:the|his|her)\s+)?(?:(?:[A-Z][\w.’'-]*|\([A-Z][\w.-]*\)|of(?:\s+the)?),?\s+){0,8}?"
                   r"[A-Z][\w’'-]*")
# "called on A, and on B": a second person called on, a meeting of its own
_CALLED_AGAIN = re.compile(r",?\s+and\s+(?:then\s+|later\s+|also\s+)?on\b(?=\s+(?:the\s+)?[A-Z])"
                           r"(?!\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)")
_TRIGGERS: list[tuple[str, re.Pattern[str], str]] = [
    # "telephone talks on November 24 between A and B as well as between C and D": a date or a place may stand
    # before "between"; a second "between" after "as well as" or "and" is a second meeting
    ("between", re.compile(r"\b(?:talks|meeting|meetings|bilaterals?|summit|negotiations|discussions|call|conversation|"
                           r"phone\s+call|telephone\s+call|video\s+call|telephone\s+talks?)"
                           r"(?:\s+(?:held|conducted))?"
                           # "the summit which will take place between A and B", "talks that were held between"
                           r"(?:\s+(?:which|that)\s+(?:will\s+|would\s+|is\s+to\s+|was\s+to\s+|are\s+to\s+)?"
                           r"(?:take\s+place|took\s+place|takes\s+place|be\s+held|(?:was|were|is|are)\s+held))?"
                           r"(?:\s+(?:on|in|at)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+\d{1,2}\b|\s+[A-Z][\w-]*)?)?\s+between\b"
                           r"|(?<=\bas\swell\sas\s)between\b|(?<=,\sand\s)between\b|(?<=,\sas\swell\sas\s)between\b",
                           re.IGNORECASE),
     "talks between X and Y"),
    # "President-elect Trump warmly recounted his meeting with Y", "ahead of her talks with Y": whose
    # the possessive is, the person named last before it in the clause
    ("object", re.compile(r"\b(?:his|her)\s+(?:[\w-]+\s+){0,2}?(?:meeting|meetings|talks|call|phone\s+call|"
                          r"telephone\s+call|conversation|bilateral)\s+with\b"), "his meeting with Y"),
    ("object", re.compile(rf"\b(?:met|meets|meet|meeting)\s+(?:{_BETWEEN_VERB_AND_WITH})*with\b"
                          r"|\b(?:held|hold|holds|holding)\s+(?:\w+\s+){0,3}?talks"
                          r"(?:\s+(?:at|in)\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?\s+with\b"
                          r"|\btalks\s+with\b|\b(?:sat|sits|will\s+sit)\s+down\s+with\b"
                          # "a pleasure to sit down once again with Prime Minister Y": the speaker's own words
                          r"|\b(?:to\s+sit|sitting)\s+down\s+(?:(?:one|once|here|today)\s+)?(?:again\s+)?with\b"),
     "X met with Y"),
    # "The Foreign Secretary will discuss the response to Hurricane Irma with Y", "to co-chair the 49th annual
    # Security Consultative Meeting with Y", "will chair a meeting on Libya with A, B and C": the subject meets
    # whom the words after "with" name (nobody named there: no meeting)
    ("object", re.compile(r"\b(?:discuss(?:ed|es|ing)?|(?:co-?)?chair(?:ed|s|ing)?\s+(?:a|an|the)|"
                          r"(?:co-?)?host(?:ed|s|ing)?\s+(?:a|an|the))\s+(?:[^.;:“”\"]{0,100}?\s+)?with\b"
                          r"(?=\s+(?:[A-Z]|his|her|the\s+[A-Z]))"), "X discussed … with Y"),
    # Calls: "spoke (by phone) (today) with", "held a telephone call with", "a video conference with".
    # ("In describing the talks to reporters": "talks" after an article or a possessive is the noun)
    ("object", re.compile(r"\b(?:spoke|spoken|speaks|speak|talked|"
                          r"(?<!\bthe\s)(?<!\btheir\s)(?<!\bhis\s)(?<!\bher\s)talks|"
                          rf"will\s+speak|will\s+talk|conferred)\s+(?:{_HOW_THEY_SPOKE})*"
                          r"(?:with|to)\b"
                          r"|\b(?:held|hold|holds|had|has|have|made|make|makes)\s+(?:a|an|their|his|her)?\s*"
                          # "held a Foreign Ministers’ Meeting with": a possessive among the words
                          # "held his first trilateral meeting in his role with A and B"
                          rf"(?:[\w’'-]+\s+){{0,3}}?{_A_CALL}\s+(?:and\s+\w+\s+)?"
                          r"(?:(?:in|as)\s+(?:his|her|their)\s+(?:new\s+)?\w+\s+)?with\b"
                          # "to preview the meeting that she will have at 3:15 with Y"
                          r"|\b(?:meeting|meetings|talks|call)\s+(?:that|which)\s+(?:he|she|they|[A-Z][\w-]+)\s+"
                          r"(?:will\s+|is\s+to\s+|would\s+)?(?:have|hold|had|held)\s+"
                          r"(?:(?:at|on|in)\s+[\w:.]+\s+|today\s+|tomorrow\s+|later\s+)?with\b"
                          r"|(?<=[’']s\s)(?:\w+\s+){0,2}?(?:calls?|meetings?|talks|conversations?|telephone\s+talks?|"
                          r"video\s+calls?|dinner|lunch|luncheon|breakfast)(?:\s+(?:this|last)\s+(?:week|morning|afternoon|evening)|\s+today|\s+yesterday)?"
                          r"\s+with\b"
                          # "Our talks in Papeete today with Y" in a speaker's words: the speaker's (engine reads "Our")
                          r"|(?<=\b[Oo]ur\s)(?:\w+\s+){0,2}?(?:calls?|meetings?|talks|discussions|conversations?|dinner|"
                          r"lunch|breakfast)(?:\s+(?:in|at)\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?"
                          r"(?:\s+(?:today|yesterday|this\s+(?:week|morning|afternoon|evening)|last\s+week))?\s+with\b"
                          # "participates in a joint press availability at the State Department with A, B and C"
                          # "will attend discussions with Y", "travelled to Rome for a joint press conference with Y"
                          r"|\b(?:participat\w*\s+in|attend(?:s|ed|ing)?|join(?:s|ed|ing)?|for)\s+(?:(?:a|an|the)\s+)?(?:\w+\s+){0,2}?(?:meeting|"
                          r"breakfast|lunch|dinner|talks|discussions|consultations|call|press\s+(?:availability|conference)|"
                          r"news\s+conference)"
                          r"(?:\s+(?:(?:at|in)\s+)?the\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})?\s+with\b",
                          re.IGNORECASE), "X spoke with Y"),
    # "the phone calls from Prime Minister A of X, Prime Minister B of Y and King C": one call with each caller
    ("object", re.compile(r"\b(?:(?:phone|telephone|congratulatory)\s+)?calls\s+from\b"
                          r"(?=\s+(?:[A-Z]|the\s+[A-Z]))"), "the calls from A, B and C"),
    # "to telephone David Cameron", "phoned President X", "received a call from Y": a call to or from a named person
    ("object", re.compile(r"\b(?:telephoned|telephones|telephone|phoned|phones|rang)\s+(?=(?:[A-Z]|his|her|their\s))"
                          # "Chancellor X called President Y on Monday": a name right after "called", then a time,
                          # a purpose or the clause's end ("called Y a friend", "called on Y", "called for" are not)
                          r"|(?<!,\s)(?<!\bis\s)(?<!\bwas\s)(?<!\bbe\s)(?<!\bare\s)(?<!\bwere\s)(?<!so-)\bcalled\s+"
                          r"(?=(?:[A-Z][\w.’'-]*\s+){0,5}[A-Z][\w’'-]+(?<![’']s)(?:\s+(?:on|to|yesterday|today|"
                          r"earlier|late|last|this|after|before)\b|\s*[,.;]))(?!on\b|for\b)"
                          r"|\b(?:received|receives|took|takes|got)\s+a\s+(?:\w+\s+)?"
                          r"(?:call|phone\s+call|telephone\s+call)\s+from\b"), "X phoned Y"),
    # "hosted a dinner for Prime Minister Y", "gave a luncheon in honour of Y": the guest
    ("object", re.compile(r"\b(?:hosted|hosts|host|hosting|gave|gives|give|held|holds|hold|offered)\s+(?:a|an)\s+"
                          r"(?:[\w-]+\s+){0,2}?(?:dinner|lunch|luncheon|breakfast|reception|banquet)\s+"
                          r"(?:for|in\s+honou?r\s+of)\b(?=\s+(?:[A-Z]|the\s+[A-Z]|his|her))"),
     "X hosted a dinner for Y"),
    # "toured the Pentagon 9/11 Memorial with Y", "visited the memorial with Y": a visit made together
    ("object", re.compile(r"\b(?:toured|tours|touring|visited|visits|visiting|inspected|laid\s+a\s+wreath\s+at)\s+"
                          r"(?:the\s+)?(?:[A-Z0-9][\w/.’'-]*\s+){1,5}with\b(?=\s+(?:[A-Z]|(?:his|her|the)\s+[A-Z]))"),
     "X toured a place with Y"),
    # "The Minister exchanged views with Y on the canal"
    ("object", re.compile(r"\b(?:exchanged|exchanges|exchange|exchanging)\s+views\s+with\b"),
     "X exchanged views with Y"),
    # "convened the inaugural meeting of the Ministerial Dialogue on Energy, which included Minister A of X,
    # Minister B of Y, and Minister C of Z": whom the meeting the subject convened, hosted or chaired included
    ("object", re.compile(r"\b(?:convened|convenes|convening|will\s+convene|hosted|hosts|will\s+host|chaired|chairs|"
                          r"will\s+chair|co-chaired|co-chairs)\s+(?:a|an|the|his|her)\s+[^,;:“”\"]{0,100}?\b"
                          r"(?:meeting|dialogue|talks|roundtable|round\s+table|session|consultations|discussion)\b"
                          r"[^,;:“”\"]{0,100}?,\s+(?:which|that)\s+(?:included|includes|will\s+include|brought\s+together)\b"),
     "X convened a meeting which included Y"),
    # "I look forward to continued engagement with Vice Premier A and Minister B", "look forward to further talks
    # with Y": a meeting to come with whom the words after "with" name ("working with" is no meeting)
    ("object", re.compile(r"\blook(?:s|ed|ing)?\s+forward\s+to\s+(?:(?:our|the|more|continued|continuing|further|"
                          r"next|future|close)\s+){0,2}(?:engagement|talks|discussions|meetings?|dialogue|"
                          r"consultations)\s+with\b(?=\s+(?:[A-Z]|(?:his|her|the)\s+[A-Z]))"),
     "looks forward to talks with Y"),
    # "He also engaged with Ukraine’s Minister of Energy, Y": a person named right after (never "engaged with
    # stakeholders", "engaged with the issue")
    ("object", re.compile(r"\b(?:engaged|engages|will\s+engage|to\s+engage)\s+(?:\w+ly\s+)?with\b"
                          r"(?=\s+(?:[A-Z]|(?:his|her|their)\s+(?:\w+\s+)?[A-Z]))"),
     "X engaged with Y"),
    # "paid a courtesy call on Prime Minister Y", "called on President Y on Tuesday" (not "called on Y to act")
    # "to pay a courtesy call to Prime Minister Y": a courtesy call is paid on or to someone
    ("object", re.compile(r"\b(?:paid|pays|paying|pay|made|makes|making|make)\s+(?:a\s+)?(?:courtesy\s+)?call\s+on\b"
                          r"|\b(?:paid|pays|paying|pay|made|makes|making|make)\s+(?:a\s+)?courtesy\s+call\s+to\b"
                          r"|\b(?:called|calls|call)\s+on\b(?=\s+(?:(?:the|his|her)\s+)?(?:[A-Z][\w.’'-]*,?\s+){1,8}?"
                          r"(?:(?:on|in|at)\s+(?:the\s+)?[A-Z0-9][\w-]*(?:\s+\d+)?|today|yesterday)?\s*[.;]|"
                          r"\s+(?:(?:the|his|her)\s+)?(?:[A-Z][\w.’'-]*,?\s+){1,8}?(?:on|in|at)\s+(?:the\s+)?"
                          r"[A-Z0-9][\w-]*(?:\s+\d+)?\s*,"
                          # "called on President Tomas Brek.", "called on Finance Secretary (FIN) A, and on Secretary
                          # of Trade (TRD) B.": names that end the sentence, an "of" or a bracketed abbreviation in
                          # a title, and a second "and on"
                          rf"|\s+{_CALLED_ON_NAME}(?:,?\s+and\s+on\s+{_CALLED_ON_NAME})*\s*[.;])"), "X called on Y"),
    # "will visit Goa and Delhi as the guest of Indian Defense Minister Y": the host
    ("object", re.compile(r"\bas\s+(?:the|a|an)\s+(?:\w+\s+)?guests?\s+of\b"), "X was the guest of Y"),
    # "a tour of the Houses of Parliament, guided by A and B", "a dinner hosted by Y": the guides or hosts
    # meet whom the sentence is about
    ("object", re.compile(r"(?<=,\s)(?:guided|escorted|hosted|led)\s+by\b"
                          r"|\b(?:tour|dinner|lunch|breakfast|reception)\s+(?:of\s+[^,.;]{3,60}?\s+)?"
                          r"(?:guided|escorted|hosted|given)\s+by\b"), "a tour guided by Y"),
    # The passive and the future: "will be welcomed by Y", "was received by Y".
    ("object", re.compile(r"\b(?:was|were|will\s+be|is|are|has\s+been|had\s+been|to\s+be)\s+(?:\w+ly\s+)?"
                          r"(?:welcomed|received|"
                          r"hosted|greeted|met|granted\s+an\s+audience|received\s+in\s+(?:an\s+)?audience)"
                          r"(?:\s+(?:to|at|in)\s+(?:the\s+)?[A-Z][^.;]{0,60}?)?\s+by\b"),
     "X was received by Y"),
    ("object", re.compile(r"\b(?:met|meets|will\s+meet|to\s+meet|hosted|hosts|will\s+host|received|receives|"
                          r"will\s+receive|to\s+receive|will\s+welcome|greeted|greets|will\s+greet|"

                          r"welcomed|welcomes|to\s+welcome|welcoming|(?<=, )meeting|hosting|receiving|"
                          # "met A before meeting B": the sentence's subject's second meeting
                          r"(?<=\bbefore\s)meeting|(?<=\bafter\s)meeting|"
                          # "able to return that hospitality and welcome my friend, Prime Minister Y": a verb joined
                          # by "and" to another one before it
                          r"(?<=\band\s)(?:welcome|host|receive)|"
                          # "I am absolutely delighted to host Prime Minister Y": "to host" after a word of pleasure
                          r"(?:(?<=lighted\sto\s)|(?<=pleased\sto\s)|(?<=honoured\sto\s)|(?<=honored\sto\s)"
                          r"|(?<=\bhappy\sto\s)|(?<=\bglad\sto\s)|(?<=\bproud\sto\s))host|"
                          r"(?:later|also|then|today|yesterday)\s+met)\b"
                          r"(?=\s+(?:[A-Z]|his|her|their|the\s+(?:\d+\w*\s+|new\s+)?[A-Z]"
                          # "met former Presidents A and B", "received the acting Prime Minister Y": a lower-case
                          # word of time before the title
                          r"|(?:the\s+)?(?:former|then|acting|outgoing|incoming|interim|newly[- ]elected)\s+[A-Z]"
                          # "welcome my friend, Prime Minister Y", "my good friend and colleague Y"
                          r"|(?:my|our)\s+(?:dear\s+|good\s+|old\s+|great\s+)?(?:friend|colleague|counterpart)s?"
                          r"(?:\s+and\s+(?:friend|colleague|counterpart))?,?\s+(?:the\s+)?[A-Z]"
                          # "met chairman of the Libyan National Transitional Council (NTC) Mustafa Abdul Jalil":
                          # a title in lower case before the name
                          r"|(?:chairman|chairwoman|chairperson|chair|president|prime\s+minister|(?:foreign\s+)?minister|"
                          r"secretary|head|leader|chief|speaker|envoy|ambassador|governor|mayor)\s+(?:of|for)\s+"
                          r"(?:the\s+)?[A-Z][^.;:\n]{0,80}?[A-Z][\w’'-]+\s+[A-Z]))"), "X met Y"),
    # "Secretary Austin will join Secretary of State Antony Blinken and Foreign Minister Penny Wong": the people
    # joined (a title or a name right after the verb; "joined the Customs Union" is no one)
    # (a middle initial in the name: "will join Veterans Affairs Secretary Eric K. Shinseki for a visit")
    ("object", re.compile(r"\b(?:join|joins|joined|will\s+join|to\s+join)\s+(?=(?:[A-Z][\w.-]*\s+)*[A-Z][\w’'-]+"
                          r"(?:\s+(?:and|,)|\s+[a-z]|[,.;]))(?!(?:the|a|an)\b)"), "X met Y"),
    # A meeting as a noun phrase: "Meeting with Y, X discussed", "A second meeting was with Y", "The first was
    # with Y" (after "He held two trilateral meetings": whose they are, the engine reads from that sentence).
    ("object", re.compile(r"(?:^|(?<=[.;:]\s))(?:The|A)\s+(?:first|second|third|fourth|fifth|other|last|final|"
                          r"next|latter)\s+(?:(?:[\w-]+\s+){0,2}?(?:meeting|one|bilateral|call|talks)\s+)?"
                          r"(?:was|were|is|will\s+be)\s+with\b"
                          # "The first call was to President Y": a call placed, after "had a series of calls"
                          r"|(?:^|(?<=[.;:]\s))(?:The|A)\s+(?:first|second|third|fourth|fifth|other|last|final|"
                          r"next)\s+(?:(?:tele)?phone\s+)?call\s+(?:was|is|will\s+be)\s+to\b"
                          r"|(?:^|(?<=[.;:]\s))(?:Meeting|(?:In|During|At)\s+(?:a|his|her|their)\s+(?:\w+\s+)?"
                          r"(?:meeting|call|phone\s+call|telephone\s+call|video\s+call|conversation|talks))\s+with\b"
                          # "and, in meetings with A and B, he will …": one meeting with each, the clause's subject's
                          r"|(?:^|(?<=[.;:,]\s))(?:in|during|at)\s+(?:(?:his|her|their|separate|bilateral)\s+)?"
                          r"meetings\s+with\b"
                          # "Following on from discussions earlier in the week with A, X discussed … with B": an
                          # earlier meeting of X with A, apart from the one the sentence reports
                          r"|(?:^|(?<=[.;:]\s))" + _EARLIER_LEAD
                          + r"|\b(?:meeting|talks|call)\s+(?:was|were)\s+with\b"
                          # "two days of high-level meetings in Washington with A, B and C": one meeting each
                          r"|\b(?:[\w-]+\s+){0,2}?meetings\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+with\b"
                          r"|(?<=\bthe\s)(?:[\w-]+\s+){0,3}?(?:meeting|talks|summit)\s+with\b"
                          r"|\b(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks)\s+(?:on|about)\s+"
                          r"(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+with\b", re.IGNORECASE),
     "a meeting with Y"),
    ("subject", re.compile(r"\b(?:met|meet|have\s+met|had\s+met|(?:held|hold)\s+(?:\w+\s+){0,3}?talks"
                           # "Secretary A and Prime Minister B will tour the exhibit": the two touring together
                           r"|(?:toured|tours|will\s+tour)\s+the"
                           # "The Foreign Secretary and I had a lot to talk about today", "X and I talked about"
                           r"|(?:had|have|has)\s+(?:a\s+lot|much|plenty|a\s+great\s+deal|a\s+good\s+deal)\s+to\s+"
                           r"(?:talk\s+about|discuss)|talked\s+about"
                           # "A and B discussed trade by phone on Monday": a call of the two
                           r"|discussed\s+[^.;:“”\"]{1,80}?\s+(?:by\s+(?:tele)?phone|by\s+video(?:\s*conference|\s+link)?|"
                           r"over\s+the\s+(?:tele)?phone)"
                           r"|(?:spoke|talked)\s+(?:by\s+(?:tele)?phone|by\s+video|on\s+the\s+phone)"
                           r"(?!\s+(?:\w+\s+){0,2}(?:with|to)\b)"
                           r"|(?:held|had)\s+(?:a\s+)?(?:\w+\s+)?(?:call|phone\s+call|telephone\s+call|video\s+call|"
                           r"telephone\s+conversation|conversation|meeting|discussion|dinner|lunch|breakfast|"
                           # "A and B held a joint news conference on Monday": the two appeared together
                           r"press\s+conference|news\s+conference|press\s+availability)"
                           r"(?!\s+with))\b"),
     "X and Y met"),
    # "A and B discussed the strategy … during a meeting at the Pentagon today", "A thanked B in a call": the
    # meeting is an adverbial of the sentence, its people the ones named before it (two at least); a meeting
    # "with", "between" or "of" someone is read by the rules above, a gathering by name is an occasion
    # ("X participates in an honor cordon with Y before a bilateral meeting": the meeting to follow, theirs)
    ("subject", re.compile(r"\b(?:[Dd]uring|[Ii]n|at|over|[Aa]fter|before)\s+(?:a|an|their)\s+(?:[a-z-]+\s+){0,2}?"
                           r"(?:meeting|talks|call|phone\s+call|telephone\s+call|video\s+call|conversation|"
                           r"telephone\s+conversation|video\s*conference|videoconference|dinner|lunch|breakfast)\b"
                           # ("told B in a phone call that the border would reopen": what was told, not whose call)
                           r"(?!\s+(?:with|between|of|on\s+the|which)\b)(?!\s+that\s+(?:he|she|they|I|we)\b)"),
     "X and Y did Z during a meeting"),
    # "his recent visits by the German Chancellor, A, and French President B": one visit by each
    ("repeat", re.compile(r"\b(?:visits|trips)\s+(?:to\s+[\w ]{1,30}?\s+)?by\b"), "visits by X and Y"),
    # ("arrived in the morning" is a time, no place)
    ("visit", re.compile(r"\b(?:visited|visits|will\s+visit|arrived\s+in(?=\s+(?:the\s+)?[A-Z])|travell?ed\s+to|"
                         r"flew\s+to|will\s+fly\s+to|"
                         r"will\s+travel\s+to|will\s+be\s+travell?ing\s+to|is\s+travell?ing\s+to|(?:be|been|was|were|is|are)\s+dispatched\s+to|"
                         r"prepar(?:es|ing)\s+to\s+(?:travel\s+to|visit)|(?:is|are)\s+(?:due|set|scheduled)\s+to\s+"
                         r"(?:travel\s+to|visit)"
                         # "made an historic visit to Burma", "paid a two-day visit to", "is on an official visit to"
                         r"|(?:made|makes|making|paid|pays|paying|will\s+make|will\s+pay|is\s+on|was\s+on|began|begins)"
                         r"\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:visit|trip)\s+to)\b"),
     "X visited PLACE"),
    # "his recent visit to Israel", "My own first visit as Foreign Secretary was to the United States":
    # the visitor is whom the possessive stands for
    # "This is Secretary Tillerson’s second visit to the UK", "President Trump's planned visit to China": the
    # visitor is the person named right before the possessive
    ("possessive visit", re.compile(r"(?:\b(?:his|her|my|His|Her|My)|(?<=\w)[’']s)\s+(?:(?:own|first|second|third|"
                                    r"recent|last|previous|latest|next|"
                                    r"upcoming|forthcoming|official|state|planned)\s+){0,3}(?:visit|trip|Visit|Trip)\s+"
                                    r"(?:as\s+[\w ]{3,40}?\s+)?(?:was\s+|will\s+be\s+)?to\s+(?=(?:the\s+)?[A-Z])"),
     "his visit to PLACE"),
    # "a recent visit by Immigration Minister Robert Jenrick": the visitor is named after "by"
    ("between", re.compile(r"\b(?:visit|trip)\s+(?:to\s+[\w ]{1,30}?\s+)?by\b"), "a visit by X"),
    # "their meeting last November", "Tillerson and Johnson’s meeting in Vancouver": the people just named
    ("subject", re.compile(r"\b(?:their|[’']s)\s+(?:\w+\s+)?(?:meeting|talks|call|summit)\b(?!\s+with)"),
     "their meeting"),
    # "the two leaders met", "the pair discussed … when they met": two people, the last two named
    # "the two foreign ministers held a Japan-Australia Foreign Ministers' Meeting": an adjective before the
    # noun, and a meeting held under its name
    ("pair", re.compile(r"\b(?:the\s+two(?:\s+(?:[a-z]+\s+)?(?:leaders|ministers|men|women|sides|secretaries|"
                        r"officials))?|the\s+pair|"
                        r"(?<=when\s)they|(?<=until\s)they|(?<=once\s)they)\s+(?:\w+\s+){0,2}?"
                        r"(?:met|meet|held\s+talks|spoke|spoken|talked"
                        r"|held\s+(?:a|an|their)\s+(?:[\w’'-]+\s+){0,5}?(?:[Mm]eeting|[Tt]alks|[Dd]ialogue))\b"
                        r"|\b(?:see|seeing|meet|meeting)\s+(?:each\s+other|one\s+another)\b"
                        # "They last met in Varna in 2022": an earlier meeting of the two named last
                        r"|\bthey\s+(?:had\s+)?(?:last|first|previously)\s+met\b"
                        # "since the Ministers last met in July in Athens": the two office holders named last
                        r"|\bthe\s+(?:two\s+)?(?:(?:foreign|defen[cs]e|finance|prime)\s+)?(?:ministers|leaders|secretaries|"
                        r"presidents)\s+(?:had\s+)?(?:last|first|previously)\s+met\b"
                        # "Both looked forward to continuing discussions alongside their defence ministers tomorrow"
                        r"|\b(?:both|they|the\s+two)\s+(?:also\s+)?look(?:ed|s)?\s+forward\s+to\s+"
                        r"(?:continuing|further|holding|their\s+next)\s+(?:\w+\s+)?(?:discussions|talks|meeting|"
                        r"meetings|dialogue)\b",
                        re.IGNORECASE), "the two met"),
    ("repeat", re.compile(r"\b(?:trip|visit|journey)\s+(?:that\s+was\s+|which\s+was\s+)?(?:later\s+|then\s+)?"
                          r"(?:repeated|made|followed|retraced)\s+by\b"), "a trip repeated by X"),
]
_GROUP_SUBJECT = re.compile(r"^\s*(?:The|the)\s+(?:two\s+)?(?:officials|leaders|ministers|sides|secretaries|"
                            r"men|women)\b|^\s*(?:They|they|Both|both)\b")
# ", and I had a meeting with …": a pronoun after ", and" opens a clause of its own
_CLAUSE_START = re.compile(r"(?:\b(?:after|before|when|while|whereas|although|since|that|but)\b|;|:"
                           # "Little said Hagel joined Kerry in meeting with …": what was said is a clause of its own
                           r"|\b(?:said|says|added|noted)\b(?=\s+(?:[A-Z]|the\s|he\s|she\s|they\s))"
                           r"|,\s+and\s+(?=(?:I|we|he|she|they)\b))")
# ", Cook said": the attribution after a list closes it
_OBJECT_END = re.compile(r"\s+and\s+(?=(?:also\s+)?[a-z]+ed\b)"
                         r"|\s+and\s+(?=(?:also\s+|then\s+|later\s+)?(?:will|would|to)\s+(?:\w+\s+)?"
                         r"(?:meet|hold|speak|visit|host|travel|call|attend|tour|join|receive|welcome|see|"
                         r"take\s+part|participate)\w*\b)"
                         r"|,\s+(?=(?:[A-Z][\w’'.-]+\s+){1,6}(?:said|says|added|noted)\b)"
                         r"|,\s+(?=the(?:\s+[a-z]+){1,3}\s+(?:said|says|added|noted)\b)"
                         # ", and the chairman held a separate discussion with …": another clause, its own subject
                         r"|,\s+and\s+(?=(?:the(?:\s+[a-z]+){1,3}|(?:[A-Z][\w’'.-]+\s+){0,3}[A-Z][\w’'-]+|he|she|they)"
                         r"\s+(?:also\s+)?(?:[a-z]+ed|held|met|spoke|had|made|took|gave|will|would)\b)"
                         r"|\s+(?:on|in|at|during|to|for|about|over|last|next|this|after|before|which|who|"
                         r"where|when|amid|ahead|(?<!well\s)as(?!\s+well\s+as)|since|until|earlier|later|"
                         r"yesterday|today|tomorrow)\b"
                         # a full stop, not an initial's ("Minister of External Affairs S. Jaishankar")
                         r"|;|(?<!\s[A-Z])\.|,\s+(?:the\s+latest|a|an|which|who|where|when|as(?!\s+well\s+as)|in|on|at|during|"
                         r"after|before|to|but)\b|—|–")
# ", gathering information …": a participle clause after a comma, another predicate ("including" lists people)
_PARTICIPLE_CLAUSE = re.compile(r",\s+(?!(?:including|excluding|representing|during|according)\b)[a-z]{2,}ing\b")
# "met A, as well as with B", "will meet with A, and separately with B": a second meeting, with the same subjects
_AGAIN = re.compile(r",?\s+(?:as\s+well\s+as|and\s+(?:later|then|also)|and)\s+(?:separately\s+)?(?:met\s+)?with\b"
                    # "will meet A and then B": the second name after "and then" or "and later", no "with"
                    r"|,?\s+and\s+(?:then|later)\s+(?=(?:the\s+)?[A-Z])")
# ", who chaired the session," — a relative clause between a subject and its verb
_RELATIVE = re.compile(r",\s+(?:who|which|whose)\b[^,;]*,")
_ATTRIBUTION_AFTER = re.compile(r"\s+(?:said|says|added|noted)\b(?!\s+(?:that\s+)?(?:he|she|they)\s+(?:had\s+)?met\b)")
# "In the Philippines, the press secretary said, Carter will visit …": an attribution set off by commas
_ASIDE = re.compile(r",\s+(?:he|she|they|the(?:\s+[a-z]+){1,4}|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+"
                    r"(?:said|says|added|noted|told\s+reporters),")
# "Meanwhile,", "During her visit to Cairo,": what stands before the subject of a sentence
_LEADING = re.compile(r"^(?:(?:Meanwhile|However|Later|Earlier|Afterwards|Separately|Also|Today|Yesterday)\b"
                      r"|(?:During|After|Before|In|On|At|Following|Speaking|Visiting|While|When|Prior\s+to)\b[^,]*),\s*")
# ("The secretary said he will urge …": after a speech verb, as after "that", the one person named before)
_PRONOUN_SUBJECT = re.compile(r"(?:^|(?<=[,;]\s)|(?<=\band\s)|(?P<that>(?<=\bthat\s)|(?<=\bsaid\s)|(?<=\bsays\s)"
                              r"|(?<=\badded\s)|(?<=\bannounced\s)))(?:He|She|he|she)\b(?!\s+said\b)")


_PRONOUN_LEAD = re.compile(r"(?:From|In|At|After|Before|Later|Then|Afterwards|Next)\s+(?:the\s+)?[A-Z][\w-]+\s+"
                           r"(?=(?:he|she)\b)")


def sentence_subject(article: str, sentence: Span, mentions: list[Mention]) -> Mention | None:
    """Who a sentence is about: its first person after a leading phrase ("During her visit, …")."""
    text = article[sentence.start:sentence.end]
    lead = _LEADING.match(text)
    start = sentence.start + (lead.end() if lead else 0)
    found = mentions_in(mentions, start, sentence.end)
    if not found or found[0].span.start - start >= 80:
        return None
    if len(found) > 1 and re.match(r"\s*(?:,\s*)?(?:and|&)\s*$", article[found[0].span.end:found[1].span.start]) \
            and found[1].person_id != found[0].person_id:
        return None  # "Ortiz and Sun Mei left": two subjects, no one of them
    return found[0]


def pronoun_subjects(article: str, sentences: list[Span], mentions: list[Mention]) -> list[Mention]:
    """"He met with …": he or she as a subject stands for whom the sentence before was about."""
    found: list[Mention] = []
    for n, sentence in enumerate(sentences):
        previous = sentences[n - 1] if n else None
        if n >= 2 and previous is not None and not mentions_in(mentions, previous.start, previous.end):
            # "X met Y. The Government has invited the NTC to … He discussed …": a sentence that names no
            # one between is passed over (once)
            previous = sentences[n - 2]
        text = article[sentence.start:sentence.end]
        subject = None
        # "From Rome he will travel to Berlin": a short leading phrase with no comma before the pronoun
        lead = _PRONOUN_LEAD.match(text)
        skip = lead.end() if lead else 0
        for match in _PRONOUN_SUBJECT.finditer(text[skip:]):
            span = Span(sentence.start + skip + match.start(), sentence.start + skip + match.end())
            named = mentions_in(mentions, sentence.start, span.start)
            if named and match.group("that") is not None and len({m.person_id for m in named}) == 1 \
                    and named[0].how != "pronoun":
                # "Rice announced that she would hold …": the one person named before "that she"
                found.append(Mention(named[0].person_id, span, "pronoun"))
                continue
            if named:
                break  # someone is named before the pronoun in its own sentence: not certain
            if previous is None:
                break  # the first sentence has none before it to stand for
            # "During his trip, he will meet A. He will also hold talks with B": the sentence before may have
            # a pronoun for its subject that this pass already resolved; it stands for the same person
            subject = subject or sentence_subject(article, previous,
                                                  sorted(mentions + mentions_in(found, previous.start, previous.end),
                                                         key=lambda m: m.span.start))
            if subject is not None and (subject.how != "pronoun" or subject in found):
                found.append(Mention(subject.person_id, span, "pronoun"))
    return found
_BETWEEN_END = re.compile(r",?\s+(?:which|who|where|that|to|on|in|at|during|next|last|this|was|were|is|are|"
                          r"could|would|will|has|had|after|before|amid)\b|[;.]"
                          r"|,?\s+(?:as\s+well\s+as|and)\s+between\b")
# ("looks forward to hosting A and B at the 2+2 later this year": a meeting to come)
PLANNED = re.compile(r"\b(?:when|once|until)\s+they\s+meet\b|\blook(?:s|ed|ing)?\s+forward\s+to\s+(?:meeting|seeing|"
                     r"continuing|continued|further|holding|their\s+next|hosting|welcoming|receiving)\b"
                     # "I look forward to this annual meeting with Y", "to our talks"
                     r"|\blook(?:s|ed|ing)?\s+forward\s+to\s+(?:this|the|our|my|their|a|an)\s+(?:[\w-]+\s+){0,2}?"
                     r"(?:meeting|talks|visit|discussions|dinner|lunch)\b"
                     r"|\b(?:possible|future|planned|proposed|expected|upcoming|prospective|potential)\s+"
                     r"(?:\w+\s+)?(?:meeting|talks|summit|visit)\b|\b(?:will|would|could|plans?\s+to|"
                     r"are\s+to|is\s+to|expected\s+to)\s+(?:also\s+)?(?:meet|visit|hold|travel|host|receive|welcome|"
                     r"talk|speak|attend|pay)\b"
                     # "I am planning to use this opportunity to pay a courtesy call to Y", "We are scheduled to hold
                     # the … Meeting", "is expected to meet": what a person means or is set to do, a few words on
                     r"|\b(?:planning|plans|plan|planned|scheduled|expected|intends|intending|intend)\s+to\s+"
                     r"(?:[\w-]+\s+){0,5}?(?:meet|hold|pay|call|visit|host|receive|welcome|have|attend|join)\b"
                     # a headline: "Prime Ministers Key and Gillard to meet in Queenstown" (a name, then "to meet")
                     r"|(?<=[a-z’'])\s+to\s+(?:meet|hold\s+talks|visit)\b(?=[^\n.]*(?:\n|$))"
                     r"|\bwill\s+be\s+(?:\w+ly\s+)?(?:welcomed|received|hosted|greeted|met|travell?ing|visiting|meeting)\b"
                     # "the summit which will take place between A and B"
                     r"|\b(?:will|would|is\s+to|are\s+to|(?:is|are)\s+due\s+to)\s+take\s+place\b"
                     r"|\bprepar(?:es|ing)\s+to\s+(?:travel|visit)\b|\b(?:due|set|scheduled)\s+to\s+(?:travel|visit|meet|hold)\b"
                     # "Talks between A and B are expected next week"
                     # (with "to" after it, the forms above say what is expected)
                     r"|\b(?:is|are)\s+(?:expected|scheduled|planned)\b(?!\s+to\b)",
                     re.IGNORECASE)
_WILL_BEFORE = re.compile(r"\bwill\s+(?:also\s+)?$")
# ", he said, he will": the main clause after an adverbial, its subject and "will"
_MAIN_WILL = re.compile(r",\s+(?:[^,.;]{1,40},\s+)?(?:he|she|they|I|we|the\s+[a-z]+|[A-Z][\w-]+)\s+(?:also\s+)?"
                        r"(?P<will>will)\b")
# "will join Y for a working lunch": "will" read as part of the trigger
_WILL_IN_TRIGGER = re.compile(r"will\s+(?:also\s+)?(?=(?:have|attend|tour|join|see)\b)")
POSTPONED = re.compile(r"\b(?:postponed|delayed|put\s+off|rescheduled)\b", re.IGNORECASE)
CANCELLED = re.compile(r"\b(?:cancelled|canceled|called\s+off|scrapped)\b", re.IGNORECASE)
_OCCASION = re.compile(r"\b(?P<cue>on\s+the\s+(?:sidelines|margins)\s+of|during|at)\s+(?:the\s+)?"
                       r"(?P<venue>[^,.;]*?)(?=,|\.(?:\s|$)|;|\s+(?:in|next|last|on|which|to|where|when|"
                       r"this|after|before|amid)\s|$)")
_EVENT_WORDS = re.compile(r"\b(?:summit|assembly|conference|forum|G\d+|meeting|session|congress|games|"
                          r"ceremony|talks|dialogue|council|festival|expo)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Found:
    """A meeting reported in one sentence, before dates, places and quotes are added."""

    sentence: Span
    trigger: Span
    rule: str
    participants: tuple[DraftParticipant, ...]
    status: Status
    status_span: Span | None
    venue: DraftValue | None
    visit: bool
    form: str = "in-person"
    form_span: Span | None = None
    recalled: Span | None = None  # an earlier meeting the text recalls (see recalled_marker)
    place: DraftPlace | None = None  # the place a rule read for this meeting alone ("we met in A, B")
    unnamed: Span | None = None  # a side given only as an office ("the Prime Minister of Spain")


ORDINAL_MEETING = re.compile(r"(?:The|A)\s+(?:first|second|third|fourth|fifth|other|last|final|next|latter)\b",
                             re.IGNORECASE)
# "He held two trilateral meetings", "Austin had several bilaterals": a sentence that announces meetings told
# one by one after it
_MEETINGS_ANNOUNCED = re.compile(r"\b(?:held|had|holds|has|will\s+hold|conducted)\s+(?:\w+\s+){0,4}?"
                                 r"(?:meetings|bilaterals|talks|calls)\b")


def ordinal_owner(article: str, sentences: list[Span], meeting: Found, mentions: list[Mention],
                  previous: Mention | None = None) -> Mention | None:
    """Whose "The first was with Y" or "A second trilateral meeting was with Y" is: the subject of the
    sentence, within the three before it, that announced those meetings ("He held two trilateral meetings"),
    or, for a later one, whose the one told before was (``previous``, "The first was …")."""
    if not ORDINAL_MEETING.match(article, meeting.trigger.start):
        return None
    if previous is not None and not re.match(r"(?:The|A)\s+first\b", article[meeting.trigger.start:], re.IGNORECASE) \
            and previous.span.start >= meeting.sentence.start - 2000:
        return previous
    before = [s for s in sentences if s.end <= meeting.sentence.start][-3:]
    for sentence in reversed(before):
        announced = _MEETINGS_ANNOUNCED.search(article, sentence.start, sentence.end)
        if announced:
            subject = sentence_subject(article, sentence, mentions)
            if subject is not None and subject.span.start < announced.start():
                return subject
            return None
    return None


# "a courtesy call", "paid a call on", "called on President Y": a visit in person, not a call
_PHONE = re.compile(r"\b(?:(?:tele)?phone(?:d|\s+call|\s+talks?)?|(?<!courtesy\s)(?:call(?:ed)?|calls)(?!\s+on\b))\b",
                    re.IGNORECASE)
_VIDEO = re.compile(r"\bvideo(?:\s*(?:link|call|conference)|conference)?\b|\bvirtual(?:ly)?\b", re.IGNORECASE)


# "The Prime Minister then had a series of phone calls with foreign leaders.": calls told one by one after it
_CALLS_ANNOUNCED = re.compile(r"\b(?:had|held|made|makes|has|will\s+(?:have|hold|make))\s+(?:\w+\s+){0,4}?"
                              r"(?:(?:tele)?phone\s+|video\s+)?calls\b")


def calls_announced(article: str, sentence: Span, trigger: str) -> Span | None:
    """The words of the paragraph before ``sentence`` (600 characters at most) that announce calls ("had a series of
    phone calls with foreign leaders"), when its trigger is a call's verb ("spoke to", "talked with", "called"):
    then "The Prime Minister then spoke to A, B and C" is one call with each."""
    if not re.match(r"(?:spoke|spoken|talked|called)\b", trigger):
        return None
    start = max(article.rfind("\n", 0, sentence.start) + 1, sentence.start - 600)
    found = list(_CALLS_ANNOUNCED.finditer(article, start, sentence.start))
    return Span(found[-1].start(), found[-1].end()) if found else None


def _form(article: str, sentence: Span, trigger: Span) -> tuple[str, Span | None]:
    """phone or video when the trigger or its sentence says so ("spoke by phone", "a video call"), else in person."""
    for zone in (trigger, sentence):
        text = article[zone.start:zone.end]
        for form, pattern in (("video", _VIDEO), ("phone", _PHONE)):
            match = pattern.search(text)
            if match:
                return form, Span(zone.start + match.start(), zone.start + match.end())
    return "in-person", None


def _people_in(mentions: list[Mention], zone: Span) -> list[Mention]:
    return mentions_in(mentions, zone.start, zone.end)


# a trigger ending in "call(s)" followed by "for" is a demand ("reiterated X’s call for talks"), no call
_DEMAND = re.compile(r"\bcalls?\Z", re.IGNORECASE)
_FOR = re.compile(r"\s+for\b")
_POSSESSOR = re.compile(r"[’']s?\s+(?!(?:and|or)\b)[a-z]")
# "met with A and B in separate meetings", "met with A and B separately": one meeting each
_SEPARATE_AFTER = re.compile(r"[^;.]{0,150}?\b(?:in\s+separate\s+(?:meetings|talks|calls|conversations)|separately)\b")
# What makes the words after it no meeting: a refusal or a negation ("refused to meet", "has never met", "did not
# hold talks with"), a demand ("called for talks with"), or someone urged to meet ("urged Y to meet Z")
_REFUSED = re.compile(r"(?:\b(?:refused|refuses|refuse|declined|declines|decline|never|not|cannot|unable)|n[’']t)\s+"
                      r"(?:(?:to|have|has|had|be|been|yet|again|even|also)\s+)*\Z"
                      r"|\b(?:urged|urges|urging|pressed|presses|pressing|encouraged|encourages|asked|asks)\s+"
                      r"[^.;:,]{1,60}?\s+\Z", re.IGNORECASE)
_CALLED_FOR = re.compile(r"\bcall(?:s|ed|ing)?\s+for\s+(?:[\w-]+\s+){0,3}?\Z", re.IGNORECASE)
_CALLED = re.compile(r"\bcall(?:s|ed|ing)?\s+\Z", re.IGNORECASE)


def _no_meeting(article: str, sentence: Span, trigger: Span) -> bool:
    """"refused to meet Y", "has never met Y", "called for talks with Y", "urged Y to meet Z": no meeting."""
    before = article[max(sentence.start, trigger.start - 80):trigger.start]
    return bool(_REFUSED.search(before) or _CALLED_FOR.search(before)
                or (article.startswith("for", trigger.start) and _CALLED.search(before)))


def find_meetings(article: str, sentence: Span, mentions: list[Mention]) -> list[Found]:
    text = article[sentence.start:sentence.end]
    used: list[Span] = []
    found: list[Found] = []
    for kind, pattern, rule in _TRIGGERS:
        for match in pattern.finditer(text):
            trigger = Span(sentence.start + match.start(), sentence.start + match.end())
            if any(t.overlaps(trigger) for t in used):
                continue
            if _DEMAND.search(match.group()) and _FOR.match(text, match.end()):
                continue  # "President Trump’s call for continued talks": a demand, not a phone call
            if _no_meeting(article, sentence, trigger):
                continue  # "refused to meet Y", "has never met Y", "called for talks with Y": no meeting
            if kind == "possessive visit":
                words = match.group()
                if words[:2].casefold() == "my":
                    owner = next((m for m in mentions if m.span.start == trigger.start), None)
                elif words[0] in "’'":
                    owner = next((m for m in mentions_in(mentions, max(sentence.start, trigger.start - 80),
                                                         trigger.start) if m.span.end == trigger.start), None)
                else:
                    owner = sentence_subject(article, sentence, mentions)
                    before = [m for m in mentions_in(mentions, sentence.start, trigger.start) if m != owner]
                    if owner is not None and before and article[owner.span.start:owner.span.end] in {"I", "We", "we"}:
                        # "I welcome Secretary Clinton on her visit to Seoul": not the speaker's own visit, the
                        # person named last before the possessive
                        owner = before[-1]
                if owner is None or owner.span.start > trigger.start:
                    continue
                used.append(trigger)
                # "his recent visit", "My own first visit ... was to": an earlier visit; "her first visit to
                # the United Kingdom" alone may be the visit the text reports
                earlier = re.search(r"\b(?:recent|last|previous|latest|was)\b", words)
                found.append(Found(sentence, trigger, rule, (DraftParticipant(owner.person_id, owner.span),),
                                   *_status(article, sentence, trigger), None, True,
                                   recalled=trigger if earlier and not re.search(r"will\s+be", words) else None,
                                   place=None))
                continue
            if kind == "repeat":
                # Each traveller named after "repeated by" made the trip on their own, at a
                # time the sentence does not give.
                used.append(trigger)
                for mention in _people_in(mentions, Span(trigger.end, sentence.end)):
                    found.append(Found(sentence, trigger, rule, (DraftParticipant(mention.person_id, mention.span),),
                                       Status.HELD, None, None, True))
                continue
            window = article[max(sentence.start, trigger.start - 20):min(sentence.end, trigger.end + 60)]
            if kind == "pair" and _AT_GATHERING.match(article, trigger.end, sentence.end):
                continue  # "looked forward to seeing each other at the G7": a multilateral gathering
            coordinated = _coordinated(article, sentence, trigger, mentions) \
                if kind == "pair" and re.search(r"\bthey\b", match.group()) else []
            if coordinated:
                # "with the Prime Minister and President Putin discussing this when they met": "they" are
                # the two just joined by "and", a side named by no one left out
                people, kind = coordinated, "coordinated"
            elif kind == "pair" or (rule == "their meeting" and match.group().startswith("their")
                                  and (EARLIER.search(window) or IN_MONTH.search(window))
                                  and len(_participants(article, sentence, trigger, kind, mentions)) < 2):
                # "the two met", and "their meeting in March" with no two people in its own clause:
                # the two people named last before it
                people = _last_two_named(mentions, trigger.start)
                if not people and rule == "their meeting" and _RECALLED_VERB.search(window):
                    # "The leaders reflected on their meeting at the G7" after "The Prime Minister met President
                    # Y": the one person named last, with the office that names no one (below)
                    people = _distinct(reversed(mentions_in(mentions, max(0, trigger.start - 600),
                                                            trigger.start)))[:1]
                kind = "subject"
            else:
                people = _participants(article, sentence, trigger, kind, mentions)
            them = _THEM.match(article, trigger.end) if kind == "object" else None
            if them is not None and not any(m.span.start >= trigger.end for m in people):
                # "The Secretary met both individually with each minister, and held a meeting with the two of them
                # together": the two people named last before the sentence, one meeting with each or one with both
                subject = sentence_subject(article, sentence, mentions)
                if subject is None or subject.span.start >= trigger.start:
                    continue
                others = [m for m in _distinct(reversed(mentions_in(mentions, max(0, sentence.start - 1500),
                                                                    sentence.start)))
                          if m.person_id != subject.person_id and m.how != "pronoun"][:2]
                if len(others) < 2:
                    continue
                used.append(trigger)
                groups = [[o] for o in reversed(others)] if them.group("each") else [list(reversed(others))]
                for group in groups:
                    found.append(Found(sentence, trigger, f"{rule} ({them.group().strip()}: the two named before)",
                                       tuple(DraftParticipant(m.person_id, m.span) for m in [subject, *group]),
                                       *_status(article, sentence, trigger), _occasion(article, sentence), False,
                                       *_form(article, sentence, trigger)))
                continue
            if kind == "subject" and len(people) < 2 and rule == "X and Y did Z during a meeting":
                people = _main_clause_people(article, sentence, trigger, mentions) or people
            office = _unnamed_before(article, sentence, mentions) \
                if kind == "subject" and len(people) == 1 and rule == "their meeting" \
                and match.group().startswith("their") and _RECALLED_VERB.search(window) else None
            if office is not None:
                # "The Prime Minister met President Y. The leaders reflected on their meeting at the G7": the one
                # person named and the office that names no one, an earlier meeting of the two
                used.append(trigger)
                found.append(Found(sentence, trigger, f"{rule} (one side an office named by no one)",
                                   (DraftParticipant(people[0].person_id, people[0].span),),
                                   *_status(article, sentence, trigger), _occasion(article, sentence), False,
                                   *_form(article, sentence, trigger), unnamed=office))
                continue
            if kind == "subject" and len(people) < 2:
                continue
            if not people:
                continue
            used.append(trigger)
            again = _AGAIN.search(article, trigger.end, sentence.end)
            if again is None and rule == "X called on Y":
                again = _CALLED_AGAIN.search(article, trigger.end, sentence.end)
            if again is not None and kind == "object" and not any(m.span.start > again.start() for m in people):
                # "met with A at the Blue House and with B": the list after the second "with" is read too
                named = mentions_in(mentions, again.end(), sentence.end)
                if named:
                    end = _list_end(article, sentence, named[0].span.end, _OBJECT_END, mentions)
                    people = people + [m for m in named if m.span.start < end
                                       and m.person_id not in {p.person_id for p in people}]
            if again is not None and kind == "object":
                # "met A, as well as with B": a second meeting, with the same subjects
                before = [m for m in people if m.span.start < trigger.start]
                first = [m for m in people if m.span.start < again.start()]
                second = [m for m in people if m.span.start > again.start()]
                for group in (first, before + second) if second and len(first) > len(before) else (people,):
                    found.append(Found(sentence, trigger, rule, tuple(DraftParticipant(m.person_id, m.span)
                                                                        for m in group),
                                       *_status(article, sentence, trigger), _occasion(article, sentence), False,
                                       *_form(article, sentence, trigger)))
                continue
            series = calls_announced(article, sentence, match.group())
            if (re.search(r"\b(?:meetings|calls|conversations|telephone\s+talks|video\s+calls|bilaterals)\b"
                          r"(?:\s+\w+){0,2}\s+(?:with|from)\b|\bseparately\b|\bseparate\b",
                          match.group(), re.IGNORECASE)
                    # "met with A and B in separate meetings", "met with A and B separately"
                    or _SEPARATE_AFTER.match(article[trigger.end:sentence.end])
                    or re.search(r"\bseparately\s+$", article[max(sentence.start, trigger.start - 12):trigger.start])
                    # "met bilaterally with A, B and C": a list of three or more met one to one is a meeting each
                    # (two, "the Prime Minister and Foreign Minister Y", may be one country's side)
                    or (re.search(r"\bbilaterally\b", match.group(), re.IGNORECASE)
                        and len(_distinct([m for m in people if m.span.start > trigger.start])) >= 3)
                    or series is not None) \
                    and kind == "object":
                # "held bilateral meetings with A and B", "Biden's calls this week with A, B and C", "met separately
                # with A and B": one with each
                before = [m for m in people if m.span.start < trigger.start]
                if not before and rule == "the calls from A, B and C":
                    # "A common theme emerged in the calls from A and B": the calls were taken by the one the
                    # text is about, the person named last before the sentence
                    before = mentions_in(mentions, max(0, sentence.start - 1500), sentence.start)[-1:]
                others = [m for m in people if m.span.start > trigger.start]
                form = _form(article, sentence, trigger)
                if series is not None and form[1] is None:
                    form = ("video" if _VIDEO.search(article, series.start, series.end) else "phone", series)
                for other in others:
                    pair = tuple(DraftParticipant(m.person_id, m.span) for m in before + [other])
                    found.append(Found(sentence, trigger, rule if series is None else f"{rule} (one of the calls told "
                                       "before)", pair, *_status(article, sentence, trigger),
                                       _occasion(article, sentence), False, *form))
                # "bilaterals with the Prime Minister of Spain, the Prime Minister of Canada and …": one with each
                # office that names no one, its side left for the reviewer
                for office in [o for o in office_sides(article, trigger.end, sentence)
                               if not any(o.start <= m.span.start < o.end for m in others)] if before else []:
                    found.append(Found(sentence, trigger, rule,
                                       tuple(DraftParticipant(m.person_id, m.span) for m in before),
                                       *_status(article, sentence, trigger), _occasion(article, sentence), False,
                                       *_form(article, sentence, trigger), unnamed=office))
                continue
            offices = office_sides(article, trigger.end, sentence) \
                if kind == "object" and all(m.span.start < trigger.start for m in people) else []
            found.append(Found(sentence, trigger, rule, tuple(DraftParticipant(m.person_id, m.span) for m in people),
                               *_status(article, sentence, trigger), _occasion(article, sentence), kind == "visit",
                               *_form(article, sentence, trigger), unnamed=offices[0] if offices else None))
    # "X travelled to Veldoria, meeting Y": the visit is that meeting, not one more.
    found = [f for f in found if not (f.visit and f.rule == "X visited PLACE" and any(
        o is not f and not o.visit and {p.person for p in f.participants} <= {p.person for p in o.participants}
        and o.status is f.status  # "X, who met Y on Monday, will travel to Z": a meeting held, a visit to come
        for o in found))]
    return sorted(found, key=lambda f: f.trigger.start)


def _earlier_lead_end(article: str, sentence: Span, mentions: list[Mention]) -> int | None:
    """Where "Following on from discussions earlier in the week with A," ends (after the comma that
    follows A's name), when the sentence opens with such a phrase."""
    text = article[sentence.start:sentence.end]
    lead = re.match(_EARLIER_LEAD, text[len(text) - len(text.lstrip()):])
    if lead is None:
        return None
    start = sentence.start + len(text) - len(text.lstrip()) + lead.end()
    first = next(iter(mentions_in(mentions, start, sentence.end)), None)
    comma = article.find(",", first.span.end, sentence.end) if first is not None else -1
    return comma + 1 if comma >= 0 else None


def _main_clause_people(article: str, sentence: Span, trigger: Span, mentions: list[Mention]) -> list[Mention]:
    """"In a phone call on Monday, A told B that …": a meeting that opens the sentence is the meeting of the two
    or more people its main clause names before what was said ("that", a colon, a semicolon)."""
    if article[sentence.start:trigger.start].strip() or re.search(r"\btheir\b", article[trigger.start:trigger.end]):
        return []  # ("During their conversation, A and B …": the meeting told before, not one more)
    comma = article.find(",", trigger.end, sentence.end)
    if comma < 0:
        return []
    said = re.compile(r"\bthat\b|[;:“\"]").search(article, comma, sentence.end)
    people = _distinct(_people_in(mentions, Span(comma + 1, said.start() if said else sentence.end)))
    return people if len(people) >= 2 else []


def _participants(article: str, sentence: Span, trigger: Span, kind: str, mentions: list[Mention]) -> list[Mention]:
    lead_end = _earlier_lead_end(article, sentence, mentions) if kind == "object" else None
    if lead_end is not None and trigger.start < lead_end:
        # the lead's own meeting: the sentence's subject after it, and the people the lead names ("our
        # meeting with Y" in a diary: the author and companion too)
        return _distinct(mentions_in(mentions, lead_end, sentence.end)[:1]
                         + _people_in(mentions, Span(sentence.start, lead_end)))
    before = _RELATIVE.sub(lambda m: " " * len(m.group()), article[sentence.start:trigger.start])
    clause_start = sentence.start if lead_end is None else lead_end
    for match in _CLAUSE_START.finditer(before):
        clause_start = max(clause_start, sentence.start + match.end())
    subjects = _people_in(mentions, Span(clause_start, trigger.start))
    # "Ortiz, who met Brek on Monday, will travel to …": the people of a relative clause are not the subject,
    # nor whoever an attribution between commas names
    relatives = [r for r in _RELATIVE.finditer(article, clause_start, trigger.start)]
    relatives += [a for a in _ASIDE.finditer(article, clause_start, trigger.start)]
    subjects = [m for m in subjects if not any(r.start() <= m.span.start < r.end() for r in relatives)] or subjects
    lead_phrase = _LEADING.match(article, clause_start) if kind == "visit" else None
    if lead_phrase is not None and lead_phrase.end() <= trigger.start:
        # "At the invitation of President Y, X paid an official visit to …": the visitor is X
        subjects = _people_in(mentions, Span(lead_phrase.end(), trigger.start)) or subjects
    second = [m for m in _NEXT_PREDICATE.finditer(article, clause_start, sentence.end) if m.end() <= trigger.start]
    if second and kind == "object":
        # "The Secretary spoke with A and will meet tomorrow with B": the subject is the first predicate's,
        # named before its verb (no one named there: a side the text names nowhere)
        first_verb = _A_VERB.search(article, clause_start, second[0].start())
        subjects = _people_in(mentions, Span(clause_start, first_verb.start() if first_verb else clause_start))
    if re.match(r"(?:his|her)\b", article[trigger.start:trigger.end]):
        # "Trump recounted his meeting with C": the person named last before the possessive; "A briefed B on
        # his meeting with C": B is the verb's object there, the possessive the subject's
        last = subjects[-1:]
        if last and len(_distinct(subjects)) > 1 \
                and re.fullmatch(r"\s+(?:on|about|of|for)\s+", article[last[0].span.end:trigger.start]):
            last = [m for m in subjects if m.person_id != last[0].person_id][-1:]
        subjects = last
    possessor = re.search(r"[’']s\s+$", article[max(0, trigger.start - 4):trigger.start])
    if possessor is not None and kind == "object":
        # "the President's dinner with Y": the meeting is the possessor's; an office named by no one is an
        # unnamed side, never whoever else the clause names ("I am here for a briefing on …")
        at = max(0, trigger.start - 4) + possessor.start()
        subjects = [m for m in subjects if m.span.end == at]
    relative = re.match(r"\w+\s+(?:that|which)\b", article[trigger.start:trigger.end])
    if relative:
        # "the meeting that she will have at 3:15 with Y": whose it is, the relative clause says
        subjects = _people_in(mentions, Span(trigger.start + relative.end(), trigger.end))
    lead = article[clause_start:trigger.start]
    if not subjects and kind == "object" and clause_start > sentence.start \
            and re.fullmatch(r"\s*(?:(?:his|her|their|a|an|the)\s+)?(?:[\w-]+\s+){0,2}?", lead) \
            and re.search(r"\b(?:after|before|while|when|following)\s*$", article[sentence.start:clause_start]):
        # "Rice left Kuwait City after talks with Y": the clause has no subject of its own; it is the sentence's.
        subjects = _people_in(mentions, Span(sentence.start, clause_start))[:1]
    if not subjects and kind == "subject" and clause_start > sentence.start \
            and re.match(r"\s*their\b", article[clause_start:trigger.start] + article[trigger.start:trigger.end]):
        # "A and her counterpart B signed an agreement after their talks": the main clause's two people
        subjects = _people_in(mentions, Span(sentence.start, clause_start))
    if not subjects and kind == "object" and _GROUP_SUBJECT.search(_LEADING.sub("", lead.lstrip(), count=1)):
        # "The officials also welcomed the … Meeting with Y": the two people named last before it.
        subjects = _last_two_named(mentions, sentence.start)
    objects: list[Mention] = []
    if kind in ("between", "object"):
        rest = article[trigger.end:sentence.end]
        end_re = _BETWEEN_END if kind == "between" else _OBJECT_END
        end = trigger.end
        # The object runs to the first circumstance word after its first name.
        first = next(iter(mentions_in(mentions, trigger.end, sentence.end)), None)
        if first is not None and first.how == "title":
            # "with the Special Representative of the UN Secretary General for Libya, Ghassan Salamé, …":
            # the long title's own words ("for Libya") are not where the list ends; its name is
            first = next((m for m in mentions_in(mentions, first.span.end, min(sentence.end, first.span.end + 120))
                          if m.person_id == first.person_id), first)
        if first is not None:
            end = _list_end(article, sentence, first.span.end, end_re, mentions)
            predicate = _NEW_PREDICATE.search(article, trigger.end, first.span.start)
            if kind == "object" and predicate is not None:
                # "met with European Union officials and participated with X in …": the list ended
                # before anyone was named
                end = predicate.start()
            participle = _PARTICIPLE_CLAUSE.search(article, trigger.end, first.span.start)
            if kind == "object" and participle is not None:
                # "has met with U.S. and Afghan leaders here, gathering information for the decision President Y
                # will make": a participle clause after the list ended it before anyone was named
                end = min(end, participle.start())
        objects = _people_in(mentions, Span(trigger.end, end)) if rest else []
        # "met with military commanders this morning, …, Pentagon Press Secretary Peter Cook said": whoever
        # an attribution names is its speaker, not someone met
        objects = [m for m in objects if not _ATTRIBUTION_AFTER.match(article, m.span.end)]
        # "met President Y’s envoy", "engaged with Y’s proposal": whose the thing met is, not someone met
        objects = [m for m in objects if not _POSSESSOR.match(article, m.span.end)]
        if kind == "object" and not objects and len(_distinct(subjects)) == 2 \
                and re.match(r"\s+(?:him|her)\b", rest):
            # "Upon request from Y, X had a teleconference with her": the one other person the clause
            # names before the pronoun is whom it stands for
            return _distinct(subjects)
        # "her" as an object ("spoke to her last week"), not a possessive ("with her counterparts")
        pronoun = re.match(r"\s+(him|her(?=\s*(?:[,.;:!?)]|$|\s+(?:on|in|at|about|last|earlier|later|today|yesterday|"
                           r"this|over|by|for|during|after|before|again|and|when|while|since|regarding|recently)\b)))\b",
                           rest)
        if kind == "object" and not objects and len(_distinct(subjects)) < 2 and pronoun is not None:
            # "We remain in touch with President Y. Officials spoke to him earlier today": "him" is the person
            # named last before the sentence (within the two sentences before), never the clause's own subject
            named_before = [m for m in reversed(mentions_in(mentions, max(0, sentence.start - 400), sentence.start))
                            if m.how != "pronoun" and m.person_id not in {s.person_id for s in subjects}]
            if named_before:
                return _distinct(subjects + [Mention(named_before[0].person_id, Span(trigger.end + pronoun.start(1),
                                                                                 trigger.end + pronoun.end(1)),
                                                     "pronoun")])
    if kind == "between":
        people = objects
    elif kind == "object":
        if rule_is_noun(article, trigger) and not subjects:
            # "Meeting with Y, X discussed …": the one who met is the subject after the phrase.
            after = mentions_in(mentions, objects[-1].span.end if objects else trigger.end, sentence.end)
            subjects = after[:1]
        # A side named by no one ("The Foreign Secretary met Y", "EU leaders met Y"): Y alone; and the other
        # way round, "X held talks with the Prime Minister of Spain": X alone, the other side an office only
        people = subjects + objects if objects else (subjects if office_sides(article, trigger.end, sentence)
                                                     else [])
    else:
        people = subjects
    # "Special Representative of the Minister of Foreign Affairs", "Adviser to the President": a bare
    # title after "of", "to" or "for" qualifies another's office; it is no one at the meeting
    people = [m for m in people if not (m.how == "title" and _QUALIFIED.search(article, 0, m.span.start))]
    # "Military Advisor to French President Ortolan General Anna Pell": a person named inside the next
    # person's long title ("Advisor to …"), another name following with no comma or "and" between, is only
    # mentioned
    people = [m for m in people if not _in_title_of_next(article, m, people)]
    return _distinct(people)


# An office that runs on with "to", "for" or "of" up to a name that is part of it: "Advisor to French President"
_TITLE_RUNS_ON = re.compile(r"\b(?:Adviser|Advisor|Representative|Envoy|Counsellor|Counselor|Assistant|Aide|"
                            r"Chief\s+of\s+Staff)\s+(?:to|of|for)\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+){1,4}\Z")


def _in_title_of_next(article: str, mention: Mention, people: list[Mention]) -> bool:
    if mention.how in ("pronoun", "title") \
            or not _TITLE_RUNS_ON.search(article, max(0, mention.span.start - 80), mention.span.start):
        return False
    after = next((m for m in people if m.span.start >= mention.span.end and m.person_id != mention.person_id), None)
    return after is not None and re.fullmatch(r"(?:\s+[A-Z][\w.-]*)*\s+",
                                              article[mention.span.end:after.span.start]) is not None


# An office that stands for a person the text does not name ("the Prime Minister of Spain", "His Royal
# Highness the Prince of Wales", "Defense Ministers from Canada"); a possessive ("the President's team") is not one
_OFFICE = re.compile(r"\b(?:Prime\s+Minister|President|Chancellor|Taoiseach|Tánaiste|King|Queen|Prince|Princess|"
                     r"Emir|Sultan|Ministers?|Secretary|Premier|Ambassador|Highness|Majesty|Governor|Mayor)\b"
                     r"(?![’'])")
_OFFICE_WORDS = (r"(?:Prime\s+Minister|President|Chancellor|Taoiseach|Tánaiste|King|Queen|Prince|Princess|Emir|"
                 r"Sultan|Ministers?|Secretary|Premier|Ambassador|Highness|Majesty|Governor|Mayor)")
# A list item that is an office and nothing else: capitalised words ending in the office, or its "of", "from"
# or "for" a place ("the Prime Minister of Spain"); a name after the office ("Foreign Minister Lavrov") is a person
_OFFICE_ITEM = re.compile(rf"(?:(?:the|his|her|His|Her)\s+)?(?:(?:[A-Z][\w’'.-]*|the)\s+)*?{_OFFICE_WORDS}"
                          r"(?:\s+(?:of|from|for)\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)?")
_ITEM_SPLIT = re.compile(r",\s+(?:and\s+)?|\s+and\s+")


def office_sides(article: str, start: int, sentence: Span) -> list[Span]:
    """The items of the list right after "with" (up to its first circumstance word) that are offices
    naming no one: "bilaterals with the Prime Minister of Spain, the Prime Minister of Canada and
    President Y" -> the first two. Empty when the list's first item is no office ("met with officials")."""
    stop = _OBJECT_END.search(article, start, sentence.end)
    end = stop.start() if stop else sentence.end
    items: list[Span] = []
    pos = start
    for piece in [*_ITEM_SPLIT.finditer(article, start, end), None]:
        item_end = piece.start() if piece is not None else end
        raw = article[pos:item_end]
        lead = len(raw) - len(raw.lstrip())
        item = Span(pos + lead, item_end)
        words = article[item.start:item.end]
        if _OFFICE_ITEM.fullmatch(words) and _OFFICE.search(words):
            items.append(item)
        elif pos == start:
            return []  # the list does not open with an office
        pos = piece.end() if piece is not None else end
    return items


def _distinct(mentions: Iterable[Mention]) -> list[Mention]:
    """The first mention of each person, in order."""
    seen: set[str] = set()
    out: list[Mention] = []
    for mention in mentions:
        if mention.person_id not in seen:
            seen.add(mention.person_id)
            out.append(mention)
    return out


def _last_two_named(mentions: list[Mention], before: int) -> list[Mention]:
    """The two different people named last before ``before`` (within 1,500 characters), in text
    order; none when fewer than two are."""
    named = _distinct(reversed(mentions_in(mentions, max(0, before - 1500), before)))[:2]
    return list(reversed(named)) if len(named) == 2 else []


_NEW_PREDICATE = re.compile(r"\s+and\s+(?:also\s+)?[a-z]+ed\b")
# "with each minister", "with each of them", "with the two of them (together)", "with both of them"
_THEM = re.compile(r"\s+(?:(?P<each>each\s+(?:of\s+them|(?:foreign\s+)?(?:minister|leader|side|president)))|"
                   r"the\s+two\s+of\s+them|both\s+of\s+them|them\s+both)\b")
_AT_GATHERING = re.compile(r"\s+at\s+(?:the\s+)?(?:G\d+\b|NATO\b|UN\b|United\s+Nations\b|(?:[\w-]+\s+){0,3}?"
                           r"(?:[Ss]ummit|[Cc]onference|[Ff]orum|[Aa]ssembly)\b)")
_COORDINATION = re.compile(r"(?:\b[Tt]he\s+|\b)(?:[A-Z][\w.-]*\s+){1,4}and\s+(?:the\s+)?(?:[A-Z][\w.-]*\s*){1,4}")


def _coordinated(article: str, sentence: Span, trigger: Span, mentions: list[Mention]) -> list[Mention]:
    """The people of the last "A and B" before "they" in its own sentence (a side named by no one left out)."""
    last = None
    for match in _COORDINATION.finditer(article, sentence.start, trigger.start):
        last = match
    if last is None:
        return []
    return _distinct(mentions_in(mentions, last.start(), last.end()))


_A_VERB = re.compile(r"\b(?:met|meets|meet|spoke|speaks|held|holds|hosted|hosts|received|receives|welcomed|talked|"
                     r"called|telephoned|visited|will|would|is|was|has|had)\b")
_QUALIFIED = re.compile(r"\b(?:of|to|for)\s+(?:the\s+)?\Z")
# Offices whose long titles run on with "to", "for" or "of" ("Chief of Staff to the President General John
# Kelly", "Adviser to the President Jared Kushner"): in a list of people, not where the list ends
_OFFICE_BEFORE = re.compile(r"\b(?:Staff|State|Secretary|Minister|Adviser|Advisor|Representative|Envoy|Chief|Director|"
                            r"Head|Ambassador|Commissioner|Counsellor|Counselor|Assistant|Deputy|Coordinator)\Z")


def _list_end(article: str, sentence: Span, start: int, end_re: re.Pattern[str], mentions: list[Mention]) -> int:
    """Where a list of people after "with" or "between" ends: the first circumstance word after a name,
    read past the "to"/"for"/"of" of a long title that a further name follows."""
    pos = start
    while True:
        stop = end_re.search(article, pos, sentence.end)
        if stop is None:
            return sentence.end
        nearby = mentions_in(mentions, stop.end(), min(sentence.end, stop.end() + 80))
        name = next((m for m in nearby if m.how != "title"), None)
        if name is not None and re.fullmatch(r"\s+(?:to|for|of)", stop.group()) \
                and _OFFICE_BEFORE.search(article, 0, stop.start()) \
                and re.fullmatch(r"(?:\s*(?:(?:the|of|to|for|and|[A-Z][\w.-]*)\b|,))*\s*",
                                 article[stop.end():name.span.start]):
            pos = name.span.end
            continue
        return stop.start()


def rule_is_noun(article: str, trigger: Span) -> bool:
    words = article[trigger.start:trigger.end].split()
    # "As well as hosting the Irish Taoiseach for a bilateral, the Prime Minister …": a participle's subject
    # is the main clause's
    return words[0].casefold() in {"meeting", "in", "during", "at", "hosting", "receiving", "welcoming"} \
        or (len(words) > 2 and words[-2].casefold() in {"meeting", "talks"})


# "spoke this morning with A and will meet tomorrow with B": a second predicate of the same subject
# "will have separate meetings with A, B and C and will attend a working dinner with D"
_NEXT_PREDICATE = re.compile(r"\s+and\s+(?:also\s+|then\s+|later\s+)?(?=(?:will|would|is|was|has|had|to)\s+"
                             r"(?:\w+\s+)?(?:meet|met|hold|held|speak|spoke|visit|host|travel|attend|tour|join|"
                             r"receive|welcome|take\s+part|participate)\w*\b)")


def predicate_of(article: str, sentence: Span, trigger: Span) -> Span:
    """The part of the sentence that holds the trigger's own predicate: cut at "and will meet", "and had met"."""
    start, end = sentence.start, sentence.end
    for relative in _RELATIVE.finditer(article, sentence.start, sentence.end):
        if relative.start() <= trigger.start and trigger.end <= relative.end():
            # "Ortiz, who met Brek on Monday, will travel to Varna": the relative clause is its own predicate
            return Span(relative.start(), relative.end())
    for match in _NEXT_PREDICATE.finditer(article, sentence.start, sentence.end):
        if match.end() <= trigger.start:
            start = match.end()
        elif match.start() >= trigger.end:
            end = match.start()
            break
    return Span(start, end)


def _status(article: str, sentence: Span, trigger: Span) -> tuple[Status, Span | None]:
    will = _WILL_BEFORE.search(article, max(0, trigger.start - 20), trigger.start) \
        or _WILL_IN_TRIGGER.match(article, trigger.start, trigger.end)
    if will is not None and re.match(r"(?:will\s+)?(?:have|attend|tour|join|see)\b",
                                     article[trigger.start:trigger.end]):
        # "will have separate meetings with", "will attend a working dinner with": the trigger's own verb is to come
        return Status.PLANNED, Span(will.start(), will.end())
    if re.match(r"(?:in|during|at)\s", article[trigger.start:trigger.end], re.IGNORECASE):
        # "in meetings with A and B, he said, he will make the same request": the main clause's tense
        main = _MAIN_WILL.search(article, trigger.end, sentence.end)
        if main is not None:
            return Status.PLANNED, Span(main.start("will"), main.end("will"))
    sentence = predicate_of(article, sentence, trigger)
    text = article[sentence.start:sentence.end]
    for status, pattern in ((Status.CANCELLED, CANCELLED), (Status.POSTPONED, POSTPONED), (Status.PLANNED, PLANNED)):
        match = pattern.search(text)
        if match:
            return status, Span(sentence.start + match.start(), sentence.start + match.end())
    return Status.HELD, None


def _occasion(article: str, sentence: Span) -> DraftValue | None:
    text = article[sentence.start:sentence.end]
    for match in _OCCASION.finditer(text):
        venue = match.group("venue").strip()
        if not venue or not re.search(r"[A-Z]", venue):
            continue
        sidelines = "sidelines" in match.group("cue") or "margins" in match.group("cue")
        if not sidelines and not _EVENT_WORDS.search(venue):
            continue  # "at Beijing airport" is a place; an occasion names an event
        span = Span(sentence.start + match.start("venue"), sentence.start + match.start("venue") + len(venue))
        value = clean(f"{venue} (sidelines)" if sidelines else venue)
        return DraftValue(value, span, f"{match.group('cue')} …")
    return None


MONTH_NAMES = ("January|February|March|April|May|June|July|August|September|October|November|December")
# Words that put a meeting before the time the text reports: "last month", "two years ago", "their
# previous meeting", "earlier this year", "last March".
# "The leaders reflected on their meeting at the G7", "recalled their talks": an earlier meeting looked back on
_RECALLED_VERB = re.compile(r"\b(?:reflected|reflecting|looked\s+back)\s+on\s+their\b|\brecalled\s+their\b")
# "The Prime Minister": an office on its own, standing for no one the text names
_OFFICE_ALONE = re.compile(r"\b[Tt]he\s+(?:Prime\s+Minister|President|Chancellor|Foreign\s+Secretary|Secretary|Premier|"
                           r"Taoiseach|King|Queen)\b(?!\s+(?:of\s+)?[A-Z])")


def _unnamed_before(article: str, sentence: Span, mentions: list[Mention]) -> Span | None:
    """The office on its own that stands for no one named ("The Prime Minister met President Y") in the sentence
    before ``sentence`` or in it, or None."""
    stop = len(article[:sentence.start].rstrip()) - 1  # the full stop of the sentence before
    start = max(0, article.rfind(".", 0, max(0, stop)) + 1, sentence.start - 400)
    for match in reversed(list(_OFFICE_ALONE.finditer(article, start, sentence.end))):
        if not any(m.span.start < match.end() and match.start() < m.span.end for m in mentions):
            return Span(match.start(), match.end())
    return None


EARLIER = re.compile(r"\b(?:last|previous|prior|earlier)\s+(?:week|month|year|meeting|meetings|visit|talks|time|"
                      r"summit|call|this\s+(?:year|month|week))\b|\b(?:days?|weeks?|months?|years?)\s+ago\b"
                      rf"|\blast\s+(?:{MONTH_NAMES})\b|\b(?:first|last|previously)\s+met\b"
                      r"|\b(?:reflected|reflecting|looked\s+back)\s+on\s+(?=their\b)|\brecalled\s+(?=their\b)",
                      re.IGNORECASE)
# "their meeting in March", "their August meeting in Washington" (in a text of another month)
IN_MONTH = re.compile(rf"\b(?:in|their|his|her)\s+(?P<month>{MONTH_NAMES})\b(?!\s+\d)")


def recalled_marker(article: str, sentence: Span, trigger: Span, published_month: int) -> Span | None:
    """The words that make a meeting an earlier one the text recalls, near its trigger ("The two met in
    Singapore last month", "their meeting in March" in a May text), or None."""
    start = max(sentence.start, trigger.start - 20)
    end = min(sentence.end, trigger.end + 60)
    window = article[start:end]
    # "for the first time since the election last week": what is earlier is the election, not the meeting
    match = next((m for m in EARLIER.finditer(window) if not re.search(r"\bsince\b", window[:m.start()])), None)
    if match is None:
        match = next((m for m in IN_MONTH.finditer(window)
                      if MONTH_NAMES.split("|").index(m["month"]) + 1 != published_month), None)
    return Span(start + match.start(), start + match.end()) if match else None


def distinct_people(mentions: Iterable[Mention]) -> list[Mention]:
    """Each person's first mention, in order (for the engine's lists)."""
    return _distinct(mentions)


# The words that make a title one about a meeting, when no rule above read one in the text
_LEAD_MEETING = re.compile(r"\b(?:met|meets|meet|meeting|talks|call|called|spoke|speaks|conversation|discussed|"
                           r"discuss|hosted|hosts|welcomed|welcomes|received|receives|visit|visited|visits|"
                           r"readout|Readout|Meeting|Talks|Call|Conversation|Visit)\b")
# a name that is the attribution of the text, not a side: "attributable to Spokesperson Y", "Y provided the
# following readout", "…, Y said"
_ATTRIBUTED_BEFORE = re.compile(r"\b(?:attributable\s+to|according\s+to|by)\s+(?:the\s+)?"
                                r"(?:[A-Z][\w.-]*\s+){0,3}$")
_ATTRIBUTED_AFTER = re.compile(r"^,?\s+(?:\w+\s+)?(?:said|says|added|noted|stated|told|provided|released|issued)\b")
_NOT_A_SIDE = re.compile(r"\s+(?:of|to\s+(?:the\s+)?(?:reporters|press|journalists|media))\b")
_LEAD_SENTENCES = 3


def lead_meeting(article: str, sentences: list[Span], mentions: list[Mention], quoted: list[Span]) -> list[Found]:
    """A readout whose rules found no meeting: when its title (a first line with no full stop) speaks of a
    meeting ("Readout of Secretary A’s Call", "Minister A Meets Counterpart") and the text names exactly two
    people who are not its attribution, both in its first three sentences, the meeting is theirs."""
    def principal(m: Mention) -> bool:
        return m.how != "pronoun" and not any(q.start <= m.span.start < q.end for q in quoted) \
            and not _ATTRIBUTED_BEFORE.search(article, max(0, m.span.start - 40), m.span.start) \
            and not _ATTRIBUTED_AFTER.match(article[m.span.end:m.span.end + 40])

    title = re.match(r"\s*(?P<line>[^\n]{3,200})\n", article)
    if title is None or title.group("line").rstrip().endswith("."):
        return []
    # "a meeting of the Security Council", "spoke to reporters": a gathering, the press
    word = next((w for w in _LEAD_MEETING.finditer(article, title.start("line"), title.end("line"))
                 if w.group().casefold() == "readout" or not _NOT_A_SIDE.match(article, w.end())), None)
    people = [m for m in mentions if principal(m)]
    if word is None or len({m.person_id for m in people}) != 2 or not sentences:
        return []
    lead = sentences[:_LEAD_SENTENCES]
    if len({m.person_id for m in people if m.span.start < lead[-1].end}) != 2:
        return []
    trigger = Span(word.start(), word.end())
    sentence = next((s for s in sentences if s.start <= trigger.start < s.end), Span(title.start("line"),
                                                                                    title.end("line")))
    firsts = sorted({m.person_id: m for m in reversed(people)}.values(), key=lambda m: m.span.start)
    return [Found(sentence, trigger, "a readout's title and its two people (no meeting read)",
                  tuple(DraftParticipant(m.person_id, m.span) for m in firsts),
                  *_status(article, sentence, trigger), _occasion(article, sentence), False,
                  *_form(article, sentence, trigger))]
