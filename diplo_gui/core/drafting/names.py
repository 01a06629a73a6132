"""People named in an article: known people by full, short or native name, new people by title.

The article is read in order, so a surname ("Han", "Mr. Blinken") resolves to the person
of that name mentioned last; only when nobody mentioned so far has it does the whole
dataset answer, and then only if exactly one known person has it (never a guess
between two Wangs). Names written surname first (Chinese, Korean, Vietnamese,
Hungarian names, by the person's country) are shortened to their first word.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence

from ..model import Meeting, Person
from .model import Mention, ProposedPerson, Span, check_stop
from .offices import holder_on, office_and_country
from .text import fold, slug, unique_id

CAP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ"
# One capitalised word ("Han", "U.S.", "O’Neill", "Jean-Yves"), then runs of them.
WORD = (rf"(?:Jr|Sr|Col|Gen|Lt|Capt|Adm|Sgt|Maj|Sen|Rep|Gov|Amb|Dr|Mr|Mrs|Ms|Prof|Cmdr|Hon|Rt)\.(?=\s)"
        rf"|[{CAP}]\.(?=\s[{CAP}][\w'’-])|[{CAP}][\w'’.-]*(?<![.,])|[{CAP}]\.(?:[{CAP}]\.)+")
# Lowercase particles inside a name: "von der Leyen", "Lula da Silva", "bin Farhan".
PARTICLES = {"de", "der", "den", "van", "von", "da", "das", "do", "dos", "di", "du", "del", "della", "la", "le",
             "bin", "ibn", "al", "el", "ben", "zu", "ter", "af"}
# Words of a run are on one line (a headline, a byline and the next line are not one name),
# unless the line was wrapped after an initial ("Lloyd J.\nAustin").
_GAP = r"(?:[ \t]|(?<=\b[A-Z]\.)\n)"
_RUN = re.compile(rf"(?:{WORD})(?:{_GAP}(?:(?:of|for|the|{'|'.join(sorted(PARTICLES))}){_GAP})*(?:{WORD}))*")
# "Jr.", "III": they end a name and are kept in it, never taken for a surname.
SUFFIXES = {"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV", "V"}

# Words that make an office another one than its last word ("Press Secretary" is not "the Secretary")
_QUALIFIED_OFFICE = re.compile(r"\b(?:press|deputy|assistant|under|vice|principal|parliamentary)\b", re.IGNORECASE)
# A word alone between "in" and ", Province": a place ("in Clark, Pampanga, Philippines")
_PLACE_BEFORE = re.compile(r"\b(?:in|at|near)\s+\Z")
_PLACE_AFTER = re.compile(r",\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?,")
_ELECT = re.compile(r"-(?:elect|[Ee]lect|designate|[Dd]esignate)$")
SURNAME_FIRST = {"CN", "TW", "HK", "MO", "KR", "KP", "VN", "HU"}
PRONOUNS = {"he", "she", "they"}
HONORIFICS = {"Mr", "Ms", "Mrs", "Dr", "Mr.", "Ms.", "Mrs.", "Dr.", "Prof.", "H.E.", "Hon.", "Rt."}
# Forms of address ("Mr President, Your Excellency, …", "Excellencies, …"): a way of speaking to someone, never a
# name of its own
ADDRESSES = {"Excellency", "Excellencies", "Majesty", "Majesties", "Highness", "Highnesses", "Holiness", "Eminence",
             "Lordship", "Ladyship", "Honour", "Honor"}
# Letters after a name ("the Hon. Julie Bishop MP"): not part of it
POSTNOMINALS = {"MP", "QC", "KC", "MEP", "MSP", "AC", "AO", "OBE", "CBE", "KBE"}
# Words of a title: they precede a name, they are never part of one.
TITLE_WORDS = {
    "President", "Vice", "Deputy", "Prime", "Minister", "Secretary", "General", "State",
    "Foreign", "Affairs", "Chancellor", "Premier", "Ambassador", "Envoy", "Special",
    "Treasury", "Commerce", "Defence", "Defense", "Finance", "Trade", "Interior",
    "Spokesperson", "Spokesman", "Spokeswoman", "King", "Queen", "Prince", "Princess",
    "Senator", "Governor", "Mayor", "Chief", "Director", "Representative", "Commissioner",
    "High", "Head", "Chairman", "Chairwoman", "Chair", "Speaker", "Sheikh", "Emir",
    "Sultan", "Minister-President", "Counsellor", "Adviser", "Advisor", "National",
    "Security", "Climate", "Economy", "Energy", "Health", "Justice", "Labour", "Culture",
    "Environment", "Agriculture", "Transport", "Education", "Development", "Cooperation",
    "Council", "Chairperson", "Commander", "Admiral", "Marshal", "Colonel", "Captain",
    "Pope", "Cardinal", "Archbishop", "Crown", "Grand", "Duke", "Lord", *HONORIFICS,
    # more offices and ranks, and the plurals that introduce several people ("former Presidents A and B")
    "PM", "FM", "DPM", "Press", "Tánaiste", "Taoiseach", "Sir", "Dame", "Madam", "Madame", "Officer", "Staff", "Joint",
    "Chiefs", "Under", "Assistant", "Senior", "Attorney", "Consul", "Lieutenant", "Major", "Sergeant", "Bishop",
    "Patriarch", "Imam", "His", "Holiness", "Excellency", "Majesty", "Highness", "Royal", "Capt.", "Gen.", "Lt.",
    "Col.", "Adm.", "Sen.", "Rep.", "Gov.", "Amb.", "Presidents", "Ministers", "Secretaries", "Leaders", "Senators",
    "Ambassadors", "Envoys", "Former", "Acting", "Interim", "Minister-Counselor", "Counselor", "Councillor",
    "Home", "Homeland", "Intelligence", "Military", "Armed", "Forces", "Navy", "Army", "Air", "Force",
    "Corps", "Maj.", "Brig.",  # "Marine Corps Gen. John R. Allen", "Army Maj. Gen. A": a service, a rank
    "Veterans", "Industry", "Technology", "Science", "Digital", "Infrastructure", "Immigration",
    "Migration", "Europe", "European", "Middle", "East", "Asia", "Africa", "Americas", "Pacific",
    "Indo-Pacific", "Political", "Public", "Diplomacy", "Arms", "Control", "International", "Global", "Executive",
    "Vice-President", "Vice-Premier", "Undersecretary", "Under-Secretary", "Permanent", "Principal",
    "Leader", "Members", "Member", "Delegate", "Coordinator", "Negotiator", "Mr.",
    # heads of agencies and members of a legislature ("Administrator Power", "Congresswoman Lee")
    "Administrator", "Administrators", "Congressman", "Congresswoman", "Commandant",
    # offices written with hyphens ("NATO Secretary-General Y", "Ambassador-at-Large Y")
    "Secretary-General", "Deputy-Secretary-General", "Under-Secretary-General", "Director-General",
    "Ambassador-at-Large", "Governor-General", "Attorney-General", "Solicitor-General", "Inspector-General",
    "Commander-in-Chief", "Vice-Chancellor", "Chief-of-Staff", "Secretary-of-State",
}
# A run that starts a sentence often starts with one of these: they are not names.
FUNCTION_WORDS = {
    "The", "A", "An", "At", "After", "Before", "Behind", "Both", "In", "On", "But", "And",
    "When", "While", "As", "From", "For", "With", "During", "Later", "Earlier", "This",
    "That", "These", "Those", "Asked", "According", "Speaking", "Meanwhile", "However",
    "Then", "Since", "Until", "Under", "Its", "His", "Her", "Their", "Our", "It", "He",
    "Afterwards", "Additionally", "Furthermore", "Moreover", "Finally", "First", "Firstly", "Secondly",
    "Thereafter", "Subsequently", "Separately", "Also", "Still", "Instead", "Yet", "So", "Prior", "Following",
    "She", "They", "We", "I", "Yesterday", "Today", "Tomorrow", "Last", "Next", "Monday", "Tuesday",
    "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "If",
}
# Words of institutions and events: a run holding one is not a person's name.
NOT_NAME_WORDS = {
    "United", "States", "Nations", "Republic", "Kingdom", "Union", "Assembly", "Council",
    "House", "Forum", "Summit", "Ministry", "Office", "Department", "Government",
    "Parliament", "Congress", "Senate", "Committee", "Commission", "Organization",
    "Organisation", "Bank", "Fund", "Agency", "Court", "Party", "Army", "Navy", "Cooperation",
    "Economic", "Pacific", "Atlantic", "Treaty", "Alliance", "Palace", "Hall", "Centre",
    "Center", "University", "Street", "Square", "City", "Island", "Islands", "Province",
    "Conference", "Group", "Talks", "Agreement", "Accord", "Federation", "Kremlin",
    "Pentagon", "Sea", "Ocean", "Gulf", "Strait", "Reuters", "Image", "Source", "Church", "Mosque", "Temple",
    "Cathedral", "Institute", "Foundation", "Society", "Association", "Authority", "Board", "Corporation",
    "Company", "Times", "Post", "News", "Press", "Embassy", "Consulate", "Mission", "Coalition", "Community",
    "Secretariat", "Command", "Forces", "Guard", "Guards", "Administration", "Cabinet", "Games", "Cup",
    "Operation", "Programme", "Program", "Initiative", "Partners", "Partnership", "Staff", "Operations",
}


# Headline words after a name ("Jim Mattis' Meeting with …", "Secretary Kerry Meets …"): they end it.
_ENDS_NAME = {"Meeting", "Meetings", "Meets", "Meet", "Call", "Calls", "Visit", "Visits", "Readout", "Statement",
              "Remarks", "Trip", "Travel", "Travels", "Talks", "Discuss", "Discusses", "Welcomes", "Hosts"}
# Given names and the short forms texts use for them ("Jim Mattis" is the James Mattis of the data).
_SHORT_FORMS = {"jim": "james", "jimmy": "james", "bill": "william", "will": "william", "bob": "robert",
                "rob": "robert", "mike": "michael", "joe": "joseph", "tony": "anthony", "dick": "richard",
                "rick": "richard", "ted": "edward", "ed": "edward", "chuck": "charles", "charlie": "charles",
                "jack": "john", "tom": "thomas", "dan": "daniel", "liz": "elizabeth", "kate": "katherine",
                "ben": "benjamin", "nick": "nicholas", "steve": "stephen", "dave": "david", "andy": "andrew",
                "alex": "alexander", "pete": "peter", "sam": "samuel", "ash": "ashton", "larry": "lawrence",
                "jerry": "gerald", "hank": "henry", "harry": "henry", "sasha": "alexander", "kim": "kimberly"}


def _given(word: str) -> str:
    """A given name in its full form ("Jim" → "james"), casefolded."""
    word = word.casefold()
    return _SHORT_FORMS.get(word, word)


_FULL_NAME = rf"[{CAP}][\w'’-]+(?:\s+[{CAP}][\w'’-]+){{1,2}}"
_ROLE_CORE = (r"(?:prime\s+minister|vice[- ]president|president|minister|secretary|ambassador|envoy|spokesperson|"
              r"spokesman|spokeswoman|chancellor|premier|negotiator|mayor|governor|adviser|advisor|director)")
_MODIFIERS = (r"(?:(?:foreign|defen[cs]e|trade|finance|interior|economy|energy|deputy|vice|special|chief|top|senior|"
              r"new|newly|elected|newly-elected|acting|interim|former|outgoing|incoming)\s+)*")
_OF = rf"(?:\s+(?:of|for)\s+(?:the\s+)?[{CAP}][\w'’-]*(?:\s+[{CAP}][\w'’-]*)*)?"
# "Ostravia's newly elected prime minister, Jonas Eberl," : a lowercase title, a comma, a name.
# "the former President, Tomas Brek,": a capitalised title too (the case of its words does not matter)
_APPOSITION = re.compile(rf"\b(?P<role>(?i:{_MODIFIERS}{_ROLE_CORE})){_OF},\s+(?P<name>{_FULL_NAME})"
                         rf"(?=\s*[,.;]|\s+(?:said|"
                         rf"told|and|who|has|had|was|is|will|would|met|travelled|traveled|arrived|visited)\b)")
# "the foreign ministers of Veldoria and Marenland, Lena Ortiz and Greta Holm,"
_APPOSITION_TWO = re.compile(rf"\b(?P<role>(?i:{_MODIFIERS}{_ROLE_CORE}))s\s+of\s+[^,.;]{{1,60}},\s+(?P<a>{_FULL_NAME})"
                             rf"\s+and\s+(?P<b>{_FULL_NAME})(?=\s*[,.;]|\s)")
# "his Veldorian counterpart, Rosa Lindgren," / "her counterpart Milan Doric met": a new person
# whose role the article does not give (the same office, elsewhere: not guessed).
_COUNTERPART = re.compile(rf"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:[{CAP}][\w'’-]*\s+)?counterpart,?\s+"
                          rf"(?P<name>{_FULL_NAME})"
                          rf"(?=\s*[,.;]|\s+(?:said|told|and|who|has|had|was|is|will|would|met|in|at|on)\b)")
# "the Secretary", "His Excellency the Foreign Minister": a title standing for a person (no name after it).
_TITLE_PHRASE = re.compile(rf"\b(?:[Tt]he|[Hh]is|[Hh]er)\s+(?P<title>(?:[{CAP}][\w-]*\s+){{0,3}}[{CAP}][\w-]*"
                           rf"(?:\s+of\s+(?:the\s+)?[{CAP}][\w-]+(?:\s+[{CAP}][\w-]+)?(?=[,.;:]|\s+[a-z]))?)"
                           rf"(?!\s+(?:of\s+)?[{CAP}])(?![\w-])(?![’'](?!s\b))")
# "the secretary concludes his trip", "the press secretary said", "the deputy defense secretary", "the
# secretary general said": a title in lower case, as news stories write it: title words ending in an office
# that stands for one person (never before "of" or a name; "secretary" alone never before "general"); it
# names someone only when one person the text names bears it
_OFFICE_HEADS = ("secretary[-\\s]+general|secretary|president|prime\\s+minister|minister|chancellor|premier|"
                 "chairman|chairwoman|ambassador|envoy|spokesman|spokeswoman|spokesperson|king|queen|emir|sultan|commander|governor")
LOWER_TITLE = (r"(?:(?:press|deputy|assistant|under|vice|defen[cs]e|foreign|state|national\s+security|finance|"
               rf"trade|interior|home|army|navy|special|senior|acting)\s+){{0,3}}(?:{_OFFICE_HEADS})\b")
_TITLE_LOWER = re.compile(rf"\b[Tt]he\s+(?P<title>{LOWER_TITLE})"
                          rf"(?!\s+(?:of|for|general|[{CAP}])\b)(?!-)(?![’'](?!s\b))")
# Title words that do not stand for one person on their own.
_NOT_ALONE = {"Affairs", "State", "Security", "Council", "Press", "Staff", "Forces", "Force", "Army", "Navy", "Air",
              "Europe", "European", "East", "Asia", "Africa", "Americas", "Pacific", "Indo-Pacific", "Control",
              "Diplomacy", "Public", "Political", "International", "Global", "Crown", "Royal", "Members", "Leaders",
              "Presidents", "Ministers", "Secretaries", "Senators", "Ambassadors", "Envoys", "Delegate", "Holiness",
              "Excellency", "Majesty", "Highness", "Digital", "Energy", "Trade", "Health", "Justice", "Culture",
              "Environment", "Agriculture", "Transport", "Education", "Development", "Cooperation", "Commerce",
              "Industry", "Technology", "Science", "Infrastructure", "Immigration", "Migration", "Finance",
              "Treasury", "Interior", "Economy", "Climate", "Homeland", "Intelligence", "Military", "Armed",
              "Veterans", "Middle", "Arms", "Former", "Acting", "Interim", "National", "Foreign", "Defence", "Defense"}
# "X, the Foreign Secretary, met Y", "Jonas Eberl, Ostravia's prime minister, said": a name, then its role
_ROLE_AFTER = re.compile(rf"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<name>{_FULL_NAME}),\s+(?P<role>(?:the\s+|[{CAP}][\w'’-]+\s+)?"
                         rf"(?:[{CAP}a-z][\w-]*\s+){{0,3}}?{_ROLE_CORE}(?:\s+(?:of|for)\s+[^,]{{2,60}})?),",
                         re.IGNORECASE)
# "Jonas Eberl met …", "Ana Kovač said …": a name with no title, opening a sentence, before what people do
_SUBJECT_NAME = re.compile(rf"(?:^|(?<=[.!?]\s)|(?<=[.!?][”\"]\s)|(?<=\n))(?P<name>{_FULL_NAME})"
                           rf"(?=\s+(?:(?:also|later|then|today|yesterday|has|had|will)\s+)?(?:met|meets|said|says|told|"
                           rf"spoke|speaks|held|hosted|received|welcomed|visited|travell?ed|called|phoned|added|warned|"
                           rf"stressed|noted|announced)\b)")
# "Antony Blinken met with Han Zheng in New York", "hosted Jonas Eberl on Monday": a name with no title,
# the other side of a meeting verb
_OBJECT_NAME = re.compile(rf"\b(?:met|meets|meet|meeting|spoke|speaks|talked|talks|conferred|sat\s+down)"
                          rf"(?:\s+(?:by\s+(?:tele)?phone|by\s+video|separately|again|also|today|yesterday|privately))?"
                          rf"\s+(?:with|to)\s+(?P<name>{_FULL_NAME})"
                          rf"|\b(?:met|meets|hosted|hosts|welcomed|welcomes|received|receives|phoned|telephoned|called)\s+"
                          rf"(?P<name2>{_FULL_NAME})"
                          rf"(?=\s*[,.;]|\s+(?:in|on|at|and|to|for|during|today|yesterday|about|who|this|last|"
                          rf"before|after|ahead)\b)")
# "former Presidents Ana Kovač and Jonas Eberl": one title for each name
_PLURAL = re.compile(rf"\b(?P<title>(?:[{CAP}][\w-]*\s+)?(?:Presidents|Prime\s+Ministers|Ministers|Secretaries|"
                     rf"Senators|Ambassadors|Governors|Chancellors))\s+(?P<a>{_FULL_NAME})\s+and\s+(?P<b>{_FULL_NAME})")
_SINGULAR = {"Presidents": "President", "Ministers": "Minister", "Secretaries": "Secretary", "Senators": "Senator",
             "Ambassadors": "Ambassador", "Governors": "Governor", "Chancellors": "Chancellor"}
_NOT_IN_ROLE = {"new", "newly", "elected", "newly-elected", "top", "senior"}


def _start(mention: Mention) -> int:
    return mention.span.start


def mentions_in(mentions: list[Mention], start: int, end: int) -> list[Mention]:
    """The mentions (a list sorted by start) that lie wholly within ``start``–``end``: a bisection, not a scan."""
    i = bisect.bisect_left(mentions, start, key=_start)
    j = bisect.bisect_left(mentions, end, key=_start)
    return [m for m in mentions[i:j] if m.span.end <= end]


def _overlapping(mentions: list[Mention], span: Span) -> bool:
    """Whether a mention overlaps ``span`` (mentions never overlap each other, so the neighbours tell)."""
    i = bisect.bisect_left(mentions, span.start, key=_start)
    if i > 0 and mentions[i - 1].span.end > span.start:
        return True
    return i < len(mentions) and mentions[i].span.start < span.end


# ("the secretary" is not the Press Secretary)
_NARROWING = {"vice", "deputy", "under", "assistant", "prime", "vice-", "associate", "lieutenant", "former", "press"}


def _bears(wanted: list[str], title: list[str]) -> bool:
    """Whether a title ("secretary of state") is the one named ("secretary"): its words in a row, not
    narrowed by the word before them ("the President" is not the Vice President)."""
    n = len(wanted)
    for i in range(len(title) - n + 1):
        # what stands before may name the country ("Pakistani Foreign Minister"), never narrow the
        # office ("the Secretary" is not the Foreign Secretary, "the President" not the Vice President)
        if title[i:i + n] == wanted and not any(w in _NARROWING or w.capitalize() in TITLE_WORDS for w in title[:i]):
            return True
    return False


def _role(text: str) -> str:
    words = [w for w in text.split() if w.lower() not in _NOT_IN_ROLE]
    return " ".join(w if w in {"of", "for", "the"} or w[:1].isupper() else w.capitalize() for w in words)


def _is_demonym(word: str) -> bool:
    return "." in word or bool(re.search(r"(?:ese|an|ian|ish|ic|i|ch)(?:'s|’s)?$", word))


def _tidy(word: str) -> str:
    """A word as written, in capitals or not: "KISHIDA" and "Kishida" are one surname."""
    if word in _ABBREVIATED_TITLES:
        return word  # "PM Trudeau", "FM Kishida": an abbreviated title stays a title
    return word.capitalize() if word.isupper() and len(word) > 1 and not word.endswith(".") else word


_ABBREVIATED_TITLES = {"PM", "FM", "DPM"}
# Title words that are also family names ("Julie Bishop", "John Major", "Martin Luther King")
SURNAME_TITLES = {"Bishop", "King", "Major", "Marshal", "Duke", "Lord", "Prince", "Pope", "Chancellor", "Speaker",
                  "Captain", "Cardinal", "Sergeant", "Governor", "Dean", "Chief"}


_MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"}


# Words that put a month's name in time ("in May", "since June", "until August", "mid-May"): the month is a date
_MONTH_LEAD = re.compile(r"(?:\b(?:[Ii]n|[Ss]ince|[Ll]ast|[Uu]ntil|[Bb]y|[Ee]arly|[Ll]ate|[Nn]ext|[Tt]his)\s+"
                         r"|\b[Mm]id-\s*)\Z")


def _is_date_month(article: str, at: int, word: str) -> bool:
    """Whether a month's name stands in a date: a day's number or a year just before or after it ("16 May",
    "May 26,", "May 2025"), or a word that puts it in time before it ("in May", "since June", "mid-May");
    never a possessive ("May’s visit" is a person's)."""
    if _tidy(word) not in _MONTHS or article.startswith(("’s", "'s"), at + len(word)):
        return False
    before = re.search(r"\b\d{1,2}(?:st|nd|rd|th)?\s+\Z", article[max(0, at - 6):at])
    after = re.match(r"\s+\d{1,4}\b", article[at + len(word):at + len(word) + 6])
    lead = _MONTH_LEAD.search(article[max(0, at - 8):at])
    return before is not None or after is not None or lead is not None


def _title_free(words: list[str]) -> bool:
    """Whether words are a name with no title word in it, a last word that is also a family name aside."""
    return not any(_tidy(w) in TITLE_WORDS and not (i == len(words) - 1 and i > 0 and _tidy(w) in SURNAME_TITLES)
                   for i, w in enumerate(words))


def name_words(name: str) -> list[str]:
    """A person's name without titles, initials, suffixes or what follows "of" ("Lord Ahmad of Wimbledon")."""
    name = re.sub(r"\([^)]*\)", " ", name)
    words: list[str] = []
    for word in name.split():
        if word in {"of", "for"} and words:
            break
        if _tidy(word) in TITLE_WORDS and not words or word in SUFFIXES or re.fullmatch(r"[A-Z]\.", word) \
                or (words and re.fullmatch(r"[A-Z]", word)):
            continue  # titles before the name, suffixes, initials ("Lloyd J. Austin", "Lloyd J Austin")
        words.append(word)
    if not words and name.split() and _tidy(name.split()[-1]) in SURNAME_TITLES:
        return [name.split()[-1]]  # "Bishop" read as a name ("FM Bishop"): the family name
    return words


def _spelling(word: str) -> str:
    """A family name in a form its transliterations share: "Zelenskyy", "Zelenskiy", "Zelensky" and "Zelenski" are
    "zelensky"; "Schröder" is "schroder"."""
    word = fold(word).casefold().strip("’'")
    word = re.sub(r"(\w)\1+", r"\1", word)  # doubled letters: "Zelenskyy", "Ahmmed"
    word = word.replace("ie", "y")
    return re.sub(r"(?:iy|ij|yi|i)$", "y", word)


def name_key(name: str) -> frozenset[str]:
    """The words of a name, any order and case (family names written first or in capitals are the same name)."""
    return frozenset(fold(w).casefold().strip("’'") for w in name_words(name) if w not in PARTICLES)


def short_names(person: Person) -> set[str]:
    words = name_words(person.name)
    if len(words) < 2:
        return set(words) if words and len(person.name.split()) > 1 else set()
    capitals = [w for w in words if w.isupper() and len(w) > 1 and "." not in w]
    if len(capitals) == 1 and len(capitals) < len(words):
        return {_tidy(capitals[0])}  # "HAYASHI Yoshimasa": the family name is the one in capitals
    if person.country in SURNAME_FIRST:
        return {words[0]}
    found = {words[-1]}
    # "von der Leyen", "da Silva": the surname with its particles is a short name too.
    for i, word in enumerate(words[1:], 1):
        if word in PARTICLES:
            found.add(" ".join(words[i:]))
            break
    return found


class PeopleFinder:
    """Finds and resolves people mentions in one article, in reading order."""

    def __init__(self, article: str, people: Mapping[str, Person],
                 is_place: Callable[[str], bool] = lambda _text: False,
                 meetings: Sequence[Meeting] = (), published: dt.date | None = None) -> None:
        self.article = article
        self.meetings = meetings  # the loaded meetings: who held which role when
        self.published = published
        self.people = people
        self.is_place = is_place
        self.taken = set(people)
        # Names are matched with their letters' marks taken off: "Davutoğlu" in a text is the data's "Davutoglu".
        self.by_full = {fold(" ".join(p.name.split())): p.id for p in people.values() if p.name.strip()}
        # "MR. SNOW:", "SECRETARY RICE": a transcript's labels write names in capitals
        self.by_full.update({name.upper(): pid for name, pid in list(self.by_full.items())
                             if len(name) >= 4 and name.upper() not in self.by_full})
        # One pattern for every known full name (longest first), spaces matching any white space.
        names = sorted(self.by_full, key=len, reverse=True)
        self._full_re = re.compile("(?<!\\w)(?:" + "|".join(r"\s+".join(map(re.escape, n.split())) for n in names)
                                   + ")(?!\\w)") if names else None
        self._known_short: dict[str, list[str]] = {}
        for pid in people:
            for word in short_names(people[pid]):
                self._known_short.setdefault(fold(word), []).append(pid)
        self.by_native = {p.native_name: p.id for p in people.values() if p.native_name}
        # Name keys of known people: "Lloyd J. Austin III" is "Lloyd Austin", "KISHIDA Fumio" is "Fumio Kishida".
        self._by_key: dict[frozenset[str], list[str]] = {}
        for pid, person in people.items():
            self._by_key.setdefault(name_key(person.name), []).append(pid)
        # The title written before each mention ("Secretary of State" before "Antony Blinken").
        self.titles: dict[Span, str] = {}
        self._roles: dict[str, list[list[str]]] | None = None  # person -> titles, once the names are read
        self._text_roles: dict[str, list[list[str]]] | None = None  # the same, the titles this text gives only
        self.proposed: dict[str, ProposedPerson] = {}
        self.mentions: list[Mention] = []
        self.stop: Callable[[], bool] | None = None  # asked now and then: a long text can be given up
        # Short name -> mentions of people it stands for, in text order (the last one before a point wins).
        self._mentioned_short: dict[str, list[Mention]] = {}

    # -- lookups -------------------------------------------------------------------------

    def name_of(self, person_id: str) -> str:
        if person_id in self.proposed:
            return self.proposed[person_id].name
        return self.people[person_id].name

    def _short(self, person_id: str) -> set[str]:
        if person_id in self.proposed:
            words = self.proposed[person_id].name.split()
            return {words[-1]} if len(words) > 1 else set(words)
        return short_names(self.people[person_id])

    def by_short_name(self, word: str, before: int) -> str | None:
        """The person called ``word`` for short: the last one mentioned, else the only known one."""
        capitals = word.isupper()
        word = fold(" ".join(_tidy(w) for w in word.split()))
        if capitals and word not in self._mentioned_short and word not in self._known_short:
            # "MCCULLY" in a transcript's label is "McCully", whose capitals inside the name "Mccully" loses
            word = self._capitals_key(word)
        seen = self._mentioned_short.get(word, [])
        i = bisect.bisect_left(seen, before, key=_start)
        if i > 0:
            return seen[i - 1].person_id
        for pid in self.proposed:
            if word in {fold(w) for w in self._short(pid)}:
                return pid
        known = self._known_short.get(word, [])
        if len(known) == 1:
            return known[0]
        # "Minister Kihara" after "Kihara Minoru": a word of the name of one person mentioned before
        named = {m.person_id for m in self.mentions[:bisect.bisect_left(self.mentions, before, key=_start)]
                 if m.person_id in self.people and word in map(fold, name_words(self.people[m.person_id].name))}
        return named.pop() if len(named) == 1 else None

    def _capitals_key(self, word: str) -> str:
        """The short name ``word`` is when case is not minded ("Mccully" for "McCully"), else ``word``."""
        wanted = word.casefold()
        return next((key for key in [*self._mentioned_short, *self._known_short] if key.casefold() == wanted), word)

    def _by_role(self, word: str, title: str) -> str | None:
        """"Prime Minister Sharif" when two known people are called Sharif for short: the one whose role
        holds the office the title before the surname gives (a Prime Minister, not a Chief of Army Staff)."""
        office = {w.casefold() for w in title.split() if w not in HONORIFICS} - {"of", "the", "for", "and"}
        if not office:
            return None
        word = fold(" ".join(_tidy(w) for w in word.split()))
        bearers = [pid for pid in self._known_short.get(word, [])
                   if office <= {w.casefold() for w in (self.people[pid].role or "").split()}]
        return bearers[0] if len(bearers) == 1 else None

    # -- finding -------------------------------------------------------------------------

    def find_all(self) -> list[Mention]:
        """Every mention in the article, in order (overlapping runs are read once)."""
        if self._full_re is not None:
            # Known full names anywhere win: "Chinese Vice President Han Zheng".
            for match in self._full_re.finditer(fold(self.article)):
                if " " not in match.group() and _PLACE_BEFORE.search(self.article, 0, match.start()) \
                        and _PLACE_AFTER.match(self.article, match.end()):
                    continue  # "in Clark, Pampanga, Philippines": a place, though a known one-word name
                pid = self.by_full[" ".join(match.group().split())]
                self._add(Mention(pid, Span(match.start(), match.end()), "full name"))
        self._appositions()
        for n, run in enumerate(_RUN.finditer(self.article)):
            if n % 64 == 0:
                check_stop(self.stop)
            self._read_run(run.start(), run.group())
        for native, pid in self.by_native.items():
            for match in re.finditer(re.escape(native), self.article):
                self._add(Mention(pid, Span(match.start(), match.end()), "native name"))
        self._title_mentions()
        self._unify_surnames()
        self._unify_known_surnames()
        self.mentions.sort(key=lambda m: m.span.start)
        return self.mentions

    def _unify_surnames(self) -> None:
        """"Secretary Dar’s Call" in a headline, then "Foreign Minister Ishaq Dar": one new person, the fuller."""
        for short_id, short in list(self.proposed.items()):
            words = short.name.split()
            if len(words) != 1:
                continue
            fuller = [pid for pid, p in self.proposed.items()
                      if pid != short_id and len(name_words(p.name)) > 1 and name_words(p.name)[-1] == words[0]]
            if len(fuller) != 1:
                continue
            self.mentions = [Mention(fuller[0], m.span, m.how) if m.person_id == short_id else m for m in self.mentions]
            del self.proposed[short_id]
            self._mentioned_short = {}
            for mention in self.mentions:  # the index of short names follows
                for word in self._short(mention.person_id):
                    bisect.insort(self._mentioned_short.setdefault(word, []), mention, key=_start)

    def _unify_known_surnames(self) -> None:
        """"Mr Key" or "Prime Ministers Key and Gillard" in a text that names "Prime Minister John Key": when the
        data also holds a person known by that one word only (a text that gave no given name), the word is the
        person the text names in full, the one whose family name it is (read in full anywhere in the text)."""
        changed = False
        for i, mention in enumerate(self.mentions):
            person = self.people.get(mention.person_id)
            if person is None or mention.how != "full name" or len(person.name.split()) != 1:
                continue
            word = fold(person.name).casefold()
            fuller = {m.person_id for m in self.mentions
                      if m.person_id != mention.person_id and m.how not in ("title", "pronoun")
                      and len(name_words(self.name_of(m.person_id))) >= 2
                      and word in {fold(w).casefold() for w in self._short(m.person_id)}}
            if len(fuller) == 1:
                self.mentions[i] = Mention(fuller.pop(), mention.span, "surname of the person named in full")
                changed = True
        if changed:
            self._mentioned_short = {}
            for mention in self.mentions:  # the index of short names follows
                for word in self._short(mention.person_id):
                    bisect.insort(self._mentioned_short.setdefault(fold(word), []), mention, key=_start)

    def role_words(self, text_only: bool = False) -> dict[str, list[list[str]]]:
        """The titles each person named bears: before their names in this text, and their role in the data
        (with ``text_only``, only for people the text gives no title: the data's role is undated)."""
        by_span = {m.span: m.person_id for m in self.mentions}
        found: dict[str, list[list[str]]] = {}
        for span, title in self.titles.items():
            if span in by_span:
                found.setdefault(by_span[span], []).append(title.casefold().split())
        titled = set(found) if text_only else set()
        for person_id in set(by_span.values()) - titled:
            person = self.people.get(person_id)
            role = person.role if person is not None else (self.proposed[person_id].role
                                                          if person_id in self.proposed else None)
            if role:
                found.setdefault(person_id, []).append(role.casefold().replace(",", " ").split())
        return found

    def holder_of(self, title: str, news: bool = False) -> str | None:
        """The one person of this text who bears ``title`` ("the Secretary", "the Foreign Minister"), or None.

        The titles the text gives count first (the data's role only for people it gives none), then the
        data's roles of everyone: the data's role is undated ("Secretary of Defense" for someone this text
        calls a general). ``news``: "the secretary"
        as news stories write it, which may stand for a "Defense Secretary" (see _news_holder)."""
        named = {m.person_id for m in self.mentions if m.how != "title"}
        if self._roles is None:
            self._roles = self.role_words()
        if self._text_roles is None:
            self._text_roles = self.role_words(text_only=True)
        holders = self._bearers(title, named, self._text_roles)
        if news and len(holders) == 1 and self._news_holders(title, self._text_roles) - holders:
            # "the secretary" in a story of "Defense Secretary A" and "Secretary of State for Defence B": either
            # may be meant (news style calls a Defense Secretary so): nobody, never a guess
            return None
        if len(holders) == 1:
            return holders.pop()
        pid = self._news_holder(title, self._text_roles) if news else None
        if pid is not None:
            return pid
        holders = self._bearers(title, named, self._roles)
        if len(holders) == 1:
            return holders.pop()
        pid = self._news_holder(title, self._roles) if news else None
        if pid is not None:
            return pid
        office, country = office_and_country(title)
        if not holders and country is not None:
            # "the Prime Minister of Japan" after "Prime Minister Kishida": the one person named with that
            # office who is of that country
            office_words = office.casefold().split()
            holders = {pid for pid in named if self._country(pid) == country
                       and any(_bears(office_words, words) for words in self._roles.get(pid, ()))}
            if len(holders) == 1:
                return holders.pop()
        if holders or self.published is None:
            return None
        # Nobody in the text bears it: the one person the loaded data gives that office on the text's date.
        office_words = office.casefold().split()
        return holder_on(self.meetings, self.published,
                         lambda role: _bears(office_words, role.casefold().replace(",", " ").split()), country)

    def _bearers(self, title: str, named: set[str], roles: dict[str, list[list[str]]]) -> set[str]:
        """The people of ``named`` whose ``roles`` bear ``title``, narrowed where several do."""
        wanted = [w.casefold() for w in title.split()]
        holders = {pid for pid in named if any(_bears(wanted, words) for words in roles.get(pid, ()))}
        if len(holders) > 1:
            # "Defense Secretary Ash Carter" and "Pentagon Press Secretary Peter Cook": "the secretary" is not
            # the press secretary; a deputy, an assistant or a spokesman's office is another office
            holders = {pid for pid in holders
                       if not all(_QUALIFIED_OFFICE.search(" ".join(words)) and not _QUALIFIED_OFFICE.search(title)
                                  for words in roles.get(pid, ()) if _bears(wanted, words))} or holders
        if len(holders) > 1:
            # "Secretary Blinken" and "Secretary of Foreign Affairs Manalo": "the Secretary" is the one the
            # text calls by the bare title
            holders = {pid for pid in holders if wanted in roles.get(pid, ())} or holders
        return holders

    def _country(self, person_id: str) -> str | None:
        person = self.people.get(person_id)
        return person.country if person is not None else None

    def _news_holder(self, title: str, roles: dict[str, list[list[str]]]) -> str | None:
        """"the secretary" as news stories write it, after "Defense Secretary Ash Carter": the one person named
        whose office ends in that word, a press secretary or a deputy's office left out."""
        holders = self._news_holders(title, roles)
        return holders.pop() if len(holders) == 1 else None

    def _news_holders(self, title: str, roles: dict[str, list[list[str]]]) -> set[str]:
        wanted = [w.casefold() for w in title.split()]
        named = {m.person_id for m in self.mentions if m.how != "title"}
        return {pid for pid in named for words in roles.get(pid, ())
                if words[-len(wanted):] == wanted and not _QUALIFIED_OFFICE.search(" ".join(words))}

    def _demonym_holder(self, title: str) -> str | None:
        """"Samoan Prime Minister": the one person of this text bearing the office whose role names the
        country the adjective is of ("Prime Minister of Samoa"), or None."""
        words = title.split()
        if len(words) < 2 or _tidy(words[0]) in TITLE_WORDS or not _is_demonym(words[0]) \
                or not all(_tidy(w) in TITLE_WORDS for w in words[1:]) or words[-1] in _NOT_ALONE:
            return None
        stem = re.sub(r"(?:ese|ian|an|ish|ic|i|ch)$", "", words[0].casefold())
        if len(stem) < 3:
            return None
        wanted = [w.casefold() for w in words[1:]]
        named = {m.person_id for m in self.mentions if m.how != "title"}
        roles = self._roles if self._roles is not None else self.role_words()
        holders = {pid for pid in named for role in roles.get(pid, ())
                   if _bears(wanted, role) and any(w.startswith(stem) for w in role)}
        return holders.pop() if len(holders) == 1 else None

    def _title_mentions(self) -> None:
        """"The Secretary", "the Foreign Minister": the one person the text names with that title."""
        self._roles = self.role_words()  # once: the names read so far are all the names there are
        self._text_roles = self.role_words(text_only=True)
        for n, match in enumerate(_TITLE_PHRASE.finditer(self.article)):
            if n % 64 == 0:
                check_stop(self.stop)
            title = match.group("title")
            office = title.split(" of ")[0]
            span = Span(match.start("title"), match.end("title"))
            if not all(_tidy(w) in TITLE_WORDS for w in office.split()) or office.split()[-1] in _NOT_ALONE:
                # "the Samoan Prime Minister": the one person named in the text whose office it is, in that country
                pid = self._demonym_holder(title)
                if pid is None and office_and_country(title)[1] is not None:
                    pid = self.holder_of(title)  # nobody named bears it: the data's holder in that country
                if pid is not None and not _overlapping(self.mentions, span):
                    self._add(Mention(pid, span, "title"))
                continue
            if _overlapping(self.mentions, span):
                continue
            pid = self.holder_of(title)
            if pid is not None:
                self._add(Mention(pid, span, "title"))
        for match in _TITLE_LOWER.finditer(self.article):
            span = Span(match.start("title"), match.end("title"))
            if not _overlapping(self.mentions, span):
                title = " ".join(match.group("title").split())
                pid = self.holder_of(title, news=True)
                if pid is not None:
                    self._add(Mention(pid, span, "title"))

    def _appositions(self) -> None:
        """New people introduced by a lowercase title and a comma (see _APPOSITION), or as a counterpart."""
        found: list[tuple[re.Match[str], str, str | None]] = []
        for match in _APPOSITION.finditer(self.article):
            found.append((match, "name", match.group("role")))
        for match in _APPOSITION_TWO.finditer(self.article):
            found.extend((match, group, match.group("role")) for group in ("a", "b"))
        # A counterpart named with a title ("his counterpart, President Lindgren") is left to
        # the name reader, which keeps the title as the role.
        found.extend((match, "name", None) for match in _COUNTERPART.finditer(self.article)
                     if not any(word in TITLE_WORDS for word in match.group("name").split()))
        for match in _ROLE_AFTER.finditer(self.article):
            if match.group("name").split()[0] not in FUNCTION_WORDS:
                found.append((match, "name", match.group("role").removeprefix("the ").removeprefix("The ")))
        for match in _SUBJECT_NAME.finditer(self.article):
            words = match.group("name").split()
            if words[0] not in FUNCTION_WORDS and _title_free(words) \
                    and len(name_words(match.group("name"))) >= 2:  # a surname alone is the run reader's
                found.append((match, "name", None))
        for match in _OBJECT_NAME.finditer(self.article):
            group = "name" if match.group("name") else "name2"
            words = match.group(group).split()
            if _tidy(words[-1]) in SURNAME_TITLES and re.match(r"\s+(?:of|for)\b", self.article[match.end(group):]):
                continue  # "met today with Iraqi Speaker of the Council of Representatives X": an office
            if words[0] not in FUNCTION_WORDS and _title_free(words) \
                    and len(name_words(match.group(group))) >= 2:
                found.append((match, group, None))
        for match in _PLURAL.finditer(self.article):
            title = match.group("title")
            singular = " ".join(_SINGULAR.get(w, w) for w in title.split())
            plural_role = singular.removeprefix("Former ").removeprefix("former ")
            found.extend((match, group, plural_role) for group in ("a", "b"))
        for match, group, role in sorted(found, key=lambda f: f[0].start(f[1])):
            name = match.group(group)
            while len(name.split()) > 2 and name.split()[-1] in POSTNOMINALS:  # "Julie Bishop MP"
                name = name[:name.rfind(" ")].rstrip()
            span = Span(match.start(group), match.start(group) + len(name))
            if _overlapping(self.mentions, span) or not self.looks_like_name(name):
                continue
            role_group = "role" if "role" in match.groupdict() else "title"
            if role is None:  # a counterpart: the article gives no role
                proposed = self.propose(name, span)
            else:
                proposed = self.propose(name, span, _role(role),
                                        Span(match.start(role_group), match.end(role_group)))
            self._add(Mention(proposed, span, "new person"))

    def _add(self, mention: Mention) -> None:
        if not _overlapping(self.mentions, mention.span):
            bisect.insort(self.mentions, mention, key=_start)  # kept in text order
            for word in self._short(mention.person_id):
                bisect.insort(self._mentioned_short.setdefault(fold(word), []), mention, key=_start)

    def _read_run(self, offset: int, run: str) -> None:
        words = [(m.start() + offset, m.group()) for m in re.finditer(r"\S+", run)]
        while words and words[0][1] in FUNCTION_WORDS:
            words = words[1:]
        # A possessive ends a name ("Blinken’s Call", "Johnson’s"), unless a title follows it
        # ("Marenland’s Vice President …": a country's, not a person's).
        for i, (at, word) in enumerate(words):
            if word.endswith(("'s", "’s")) and not (i + 1 < len(words) and _tidy(words[i + 1][1]) in TITLE_WORDS):
                words = words[:i] + [(at, word[:-2])] if len(word) > 2 else words[:i]
                break
            if word.endswith(("s'", "s’")) and len(word) > 3 and i > 0:  # "Jim Mattis' Meeting"
                words = words[:i] + [(at, word[:-1])]
                break
        while words and words[-1][1] in POSTNOMINALS:
            words = words[:-1]
        if len(words) == 1 and _is_date_month(self.article, words[0][0], words[0][1]):
            return  # "16 May 2025", "May 26": a month, not Theresa May
        if not words:
            return
        # The title is the last run of title words before the name; what stands before it (a
        # country, "South Korean", "Pentagon", "Republic of Korea") names whose office it is.
        # "President-elect Trump", "Prime Minister-designate X": an office to come is a title too
        is_title = [_tidy(w) in TITLE_WORDS or _ELECT.sub("", _tidy(w)) in TITLE_WORDS for _, w in words]
        if len(words) >= 2 and _tidy(words[-1][1]) in SURNAME_TITLES:
            # "Foreign Minister Anna Bishop", "Senator Lisa Marshal": a title word that is also a surname is the
            # surname after a given name that follows a title; alone after a title ("Minister Bishop") when a
            # person of that name was mentioned before
            end = len(words) - 1
            if (not is_title[end - 1] and any(is_title[:end - 1])) \
                    or self.by_short_name(_tidy(words[end][1]), words[end][0]) is not None:
                is_title[end] = False
        last = max((i for i, t in enumerate(is_title) if t), default=-1)
        if last == len(words) - 1:
            return  # a title with no name after it ("the Foreign Secretary"): see title_mentions
        first = last
        while first > 0 and (is_title[first - 1] or (words[first - 1][1] in {"of", "for", "the"} and first > 1
                                                      and is_title[first - 2])):
            first -= 1
        title = words[first:last + 1] if last >= 0 else []
        after = words[last + 1:]
        of_body = False
        if title and after and after[0][1] in {"of", "for"}:
            # "President of Russia Vladimir Putin", "Premier of the People’s Republic of China Li Qiang":
            # the office's country or body belongs to the title, the name follows it.
            for split in range(len(after), 1, -1):
                head = [w for _, w in after[1:split] if w != "the"]
                rest = [w for _, w in after[split:split + 1]]
                if rest and len(head) > 1 and (self.known_by_key(f"{after[split - 1][1]} {rest[0]}")
                                               or self.spelt_otherwise(f"{after[split - 1][1]} {rest[0]}")):
                    continue  # "President of Ukraine Vladimir Zelensky": a given name that is also a city's
                if head and self._is_body(head):
                    title, after = title + after[:split], after[split:]
                    of_body = True
                    break
        name: list[tuple[int, str]] = []
        for item in after:  # "Ana Kovač of Ostravia": the name ends before "of"
            if item[1] in {"of", "for", "the"} and name:
                break
            if item[1] in _ENDS_NAME and name:
                break
            if item[1] in PARTICLES and not name:
                continue
            name.append(item)
            if item[1] in SUFFIXES:
                break  # "Lloyd J. Austin III"
        while name and name[-1][1] in PARTICLES:
            name.pop()
        if not name:
            return
        start, end = name[0][0], name[-1][0] + len(name[-1][1])
        span = Span(start, end)
        title_text = " ".join(_tidy(w) for _, w in title)
        if _overlapping(self.mentions, span):
            # A known name already read ("Defence Secretary Ben Wallace"): keep the title it bears here.
            held = mentions_in(self.mentions, start, end) or mentions_in(self.mentions, start - 1, end + 40)[:1]
            if title and held:
                self.titles[held[0].span] = title_text
            return
        text = self.article[start:end]
        core = name_words(text)
        if title:
            self.titles[span] = title_text
        if len(core) == 1 and not title and _PLACE_BEFORE.search(self.article, 0, start) \
                and _PLACE_AFTER.match(self.article, end):
            return  # "in Clark, Pampanga, Philippines": a town and its province, not Helen Clark
        if len(core) == 1 or text in self._particle_names(text):
            pid = self.by_short_name(core[0] if len(core) == 1 else text, start)
            if pid is None and title:
                pid = self._by_role(core[0] if len(core) == 1 else text, title_text)
            if pid is not None:
                how = "surname" if not title or title[-1][1] not in HONORIFICS else "honorific and surname"
                self._add(Mention(pid, span, how))
                return
        pid = self.known_by_key(text)
        if pid is not None:
            self._add(Mention(pid, span, "name written otherwise"))
            return
        pid = self.spelt_otherwise(text)
        if pid is not None:
            self._add(Mention(pid, span, "name spelt otherwise (a transliteration)"))
            return
        pid = self.by_initial(text)
        if pid is not None:
            self._add(Mention(pid, span, "given name for a known initial"))
            return
        if len(name) >= 3 and not title:
            # "Resident Vladimir Putin:" (a title mistyped) or another word the run starts with: a known
            # person's name written otherwise after it
            pid = self.known_by_key(" ".join(w for _, w in name[1:]))
            if pid is not None:
                self._add(Mention(pid, Span(name[1][0], end), "name written otherwise"))
                return
        lead = self.by_short_name(core[0], start) if len(core) > 1 else None
        # "the White House", "Number 10 and White House representatives": a surname that starts a run
        # of capitalised words is a name only after a title or when that person was named before.
        if lead is not None and (title or any(m.person_id == lead for m in self.mentions if m.span.start < start)):
            # "Secretary Kerry Tours London": a headline's capitalised words after a name are not part of it
            self._add(Mention(lead, Span(start, start + len(name[0][1])), "surname"))
            return
        if of_body and len(core) == 1:
            return  # "President of the Republic of Korea": what is left is the country's, not a name
        # A surname that is also a city ("Austin") is a name when a title or a given name stands with it.
        # a title with an office in it ("Secretary of Defense"), not only words that qualify one ("European")
        office = any(_tidy(w) in TITLE_WORDS and _tidy(w) not in _NOT_ALONE for _, w in title)
        if title and office and self.looks_like_name(text, place_veto=False):
            role = " ".join(w for _, w in title if w not in HONORIFICS) or None
            role_span = Span(title[0][0], title[-1][0] + len(title[-1][1])) if role else None
            self._add(Mention(self.propose(text, span, role, role_span), span, "new person"))

    def _is_body(self, words: list[str]) -> bool:
        """Words that name a country or a body ("the Kingdom of Saudi Arabia", "the People’s Republic of China")."""
        i = 0
        while i < len(words):
            j = next((j for j in range(len(words), i, -1)
                      if self.is_place(" ".join(words[i:j]).removesuffix("’s"))), None)
            if j is not None:
                i = j
            elif words[i].removesuffix("’s") in NOT_NAME_WORDS or words[i] in {"of", "and"} or _is_demonym(words[i]):
                i += 1
            elif i >= 2 and words[i - 1] == "of" and words[i - 2] in NOT_NAME_WORDS:
                i += 1  # "Republic of Marenland": the state a body word names
            else:
                return False
        return True

    @staticmethod
    def _particle_names(text: str) -> set[str]:
        words = text.split()
        return {text} if len(words) > 1 and words[0] in PARTICLES else set()

    def known_by_key(self, text: str) -> str | None:
        """A known person whose name has these words (in any order or case; initials, titles and
        suffixes aside), or all of whose name these words are part of when only one person fits."""
        key = name_key(text)
        if len(key) < 2:
            return None
        exact = self._by_key.get(key, [])
        if len(exact) == 1:
            return exact[0]
        # "Bhutto Zardari" for "Bilawal Bhutto Zardari"; "Hillary Rodham Clinton" for "Hillary Clinton"
        last = fold(name_words(text)[-1]).casefold()
        wider = {pid for k, pids in self._by_key.items() if len(k) >= 2 and (key < k or (k < key and last in k))
                 for pid in pids}
        if len(wider) == 1:
            return wider.pop()
        if wider:
            return None
        # "Joseph R. Biden, Jr." for "Joe Biden", "Michael Pence" for "Mike Pence": the one known person of that
        # family name whose given name starts as this one does (a short form of it)
        first = fold(name_words(text)[0]).casefold()
        same = {pid for pid, person in self.people.items()
                if len(name_words(person.name)) >= 2 and fold(name_words(person.name)[-1]).casefold() == last}
        if len(same) == 1:
            pid = next(iter(same))
            given = fold(name_words(self.people[pid].name)[0]).casefold()
            if (given[:2] == first[:2] and len(first) > 2 and len(given) > 2) or _given(given) == _given(first):
                return pid
        return None

    def spelt_otherwise(self, text: str) -> str | None:
        """"Vladimir Zelensky" for the data's "Volodymyr Zelenskyy": the one known person whose family name is
        this one in another spelling (letters' marks, doubled letters, -y, -yy, -iy, -i endings, ie for y) and
        whose given name starts with the same letter; two such people, or none, give None."""
        words = name_words(text)
        if len(words) < 2:
            return None
        family, first = _spelling(words[-1]), fold(words[0])[:1].casefold()
        if len(family) < 4:
            return None
        same = {pid for pid, person in self.people.items()
                if len(theirs := name_words(person.name)) >= 2 and _spelling(theirs[-1]) == family
                and fold(theirs[0])[:1].casefold() == first}
        return same.pop() if len(same) == 1 else None

    def by_initial(self, text: str) -> str | None:
        """"Subrahmanyam Jaishankar" for the data's "S. Jaishankar": the one known person whose name is initials and
        this family name, the first initial this given name's first letter; two such people, or none, give None."""
        words = name_words(text)
        if len(words) != 2 or len(words[0].strip(".")) < 2:
            return None
        given, family = fold(words[0]).casefold(), fold(words[1]).casefold()
        same = set()
        for pid, person in self.people.items():
            theirs = person.name.split()
            initials = theirs[:-1]
            if initials and all(re.fullmatch(r"[A-Z]\.?", w) for w in initials) \
                    and fold(theirs[-1]).casefold() == family and initials[0][0].casefold() == given[0]:
                same.add(pid)
        return same.pop() if len(same) == 1 else None

    def looks_like_name(self, text: str, place_veto: bool = True) -> bool:
        words = [w for w in text.split() if w not in SUFFIXES]
        capitals = [w for w in words if w.isupper() and len(w) > 1 and not w.endswith(".")]
        if any(re.search(r"[a-z][A-Z]", w) and not re.match(r"(?:Mc|Mac|De|Di|La|Le|Van|Von|Fitz|O’|O')", w)
               for w in words):
            return False  # "HomeOffice", "SpokespersonPress": words a page glued together
        if any(w.strip(".,") in ADDRESSES for w in words) or words[:1] in (["Your"], ["Their"]):
            return False  # "Your Excellency", "Their Majesties": an address, not a person
        return (1 <= len(words) <= 5 and not any(w.strip(".,") in NOT_NAME_WORDS for w in words)
                and not any(w in {"of", "the", "for"} or w in FUNCTION_WORDS for w in words)
                and not (place_veto and self.is_place(text))
                # a family name in capitals stands beside a given name in lower case ("KISHIDA Fumio")
                and (not capitals or len(capitals) < len([w for w in words if w not in PARTICLES])))

    def propose(self, name: str, span: Span, role: str | None = None, role_span: Span | None = None) -> str:
        for pid, person in self.proposed.items():
            if person.name == name or name_key(person.name) == name_key(name):
                return pid
        known = self.known_by_key(name) or self.spelt_otherwise(name) or self.by_initial(name)
        if known is not None:
            return known
        words = name_words(name) or name.split()
        capitals = [w for w in words if w.isupper() and len(w) > 1]
        if len(capitals) == 1 and len(words) > 1:
            # "KISHIDA Fumio": the family name in capitals goes last in the id, as ids write names
            words = [w for w in words if w is not capitals[0]] + capitals
        pid = unique_id(slug(" ".join(words)), self.taken)
        self.proposed[pid] = ProposedPerson(pid, name, span, role, role_span)
        return pid

    def resolve(self, text: str, span: Span) -> Mention | None:
        """The person behind a name written where a speaker stands (“…,” NAME said)."""
        for mention in mentions_in(self.mentions, span.start, span.end):
            return mention
        words = text.split()
        while words and (words[0] in FUNCTION_WORDS or words[0] in TITLE_WORDS):
            words = words[1:]
        if not words:
            return None
        name = " ".join(words)
        start = span.end - len(name)
        if len(words) == 1:
            pid = self.by_short_name(name, start)
            if pid is not None:
                mention = Mention(pid, Span(start, span.end), "surname")
                self._add(mention)
                return mention
        if not self.looks_like_name(name):
            return None
        mention = Mention(self.propose(name, Span(start, span.end)), Span(start, span.end), "new person")
        self._add(mention)
        self.mentions.sort(key=lambda m: m.span.start)
        return mention
