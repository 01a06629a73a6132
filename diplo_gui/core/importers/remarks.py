"""People named in a travel remark or a visitor line, with their roles, and what else it says.

The drafting engine's name reader (``drafting.names.PeopleFinder``) reads the text first:
known people by full name, new people after a title. The Office's remarks have habits of
their own, handled here: names with particles and initials ("Salman bin Hamad Al Khalifa",
"Mark T. Esper", which the reader cuts short), titles it does not know ("President-elect",
"Emperor", "Amir", "Pope"), plural titles with lists ("Presidents Perez of Venezuela,
Lopez Michelson of Colombia"), "of <country>" and demonyms that place a person ("Soviet
Foreign Minister Shevardnadze"), and the dead, who are named but not met ("the funeral of
Prime Minister Rabin").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from ..drafting import places
from ..drafting.names import CAP, FUNCTION_WORDS, HONORIFICS, NOT_NAME_WORDS, TITLE_WORDS, PeopleFinder
from ..drafting.text import clean, sentences
from ..model import Person


@dataclass(frozen=True, slots=True)
class NamedPerson:
    """A person as the remark names them: the name as written, the role, where it stands."""

    name: str
    role: str | None
    start: int
    end: int
    known_id: str | None = None  # a person of the known data, matched by full name
    country: str | None = None  # from "of <country>" or a demonym, when the text says


@dataclass(frozen=True, slots=True)
class RemarkReading:
    people: tuple[NamedPerson, ...]
    summary: str | None  # the remark without the sentences that only list people met


# Titles of the remarks that the name reader's vocabulary lacks.
EXTRA_TITLES = {"Emperor", "Empress", "Amir", "Shah", "Pope", "Premier", "President-elect", "Minister-elect",
                "Prime", "Secretary-General", "Generalissimo", "Regent", "Taoiseach", "Tsar", "Czar",
                "Archduke", "Grand", "Duchess", "Sheik", "Sheikh", "Crown", "Princess", "Prince", "Chairman",
                "General", "Field", "Marshal", "Defense", "External", "Foreign", "Affairs", "Emir", "Queen",
                "King", "Opposition", "Leader", "Patriarch", "Sultan", "Governor-General", "Acting",
                "Interim", "Vice", "Deputy", "Supreme", "Co-Prince", "Lieutenant", "Colonel", "Major",
                "Counselor", "Councilor", "Councillor", "First", "Relations", "Executive"}
# Words of events and places that follow a title word ("State Visit", "Foreign Ministers’ Meeting",
# "Grand Canyon"): a run holding one is not a person's name.
NOT_NAMES = {"Visit", "Visits", "Meeting", "Meetings", "Dinner", "Luncheon", "Lunch", "Ministerial", "Summit",
             "Conference", "Session", "Canyon", "Ceremony", "Talks", "Dialogue", "Forum", "Reception",
             "Celebration", "Inauguration", "Funeral", "Consultations", "Residence", "Embassy", "Day", "Coalition"}
TITLES = TITLE_WORDS | EXTRA_TITLES
# The word of a title that names an office: "High", "National" or "Security" alone do not
# ("High Level Security Dialogue", "National Institute"), "High Representative" does.
HEADS = {"President", "Minister", "King", "Queen", "Prince", "Princess", "Chancellor", "Premier", "Emperor",
         "Empress", "Amir", "Emir", "Shah", "Pope", "Sultan", "Secretary", "Secretary-General", "Chairman",
         "Chairwoman", "Chairperson", "Chair", "Speaker", "Governor", "Governor-General", "Mayor", "Ambassador",
         "Envoy", "Representative", "Commissioner", "Director", "Adviser", "Advisor", "Counsellor", "Counselor",
         "Councilor", "Councillor", "Spokesman", "Spokeswoman", "Spokesperson", "Leader", "Patriarch", "Cardinal",
         "Archbishop", "Admiral", "General", "Marshal", "Generalissimo", "Colonel", "Captain", "Commander", "Duke",
         "Duchess", "Archduke", "Regent", "Taoiseach", "Tsar", "Czar", "Sheikh", "Sheik", "Head", "Chief",
         "Co-Prince", "Senator", "Lord", "Justice", "Member"}
# Plural titles that introduce a list of names.
PLURAL_TITLES = {"Presidents": "President", "Prime Ministers": "Prime Minister", "Kings": "King",
                 "Foreign Ministers": "Foreign Minister", "Premiers": "Premier", "Chancellors": "Chancellor"}
# Honorifics that are part of how a person is addressed, not of the name.
NAME_HONORIFICS = HONORIFICS | {"Sheikh", "Sheik", "Sir", "Dame", "Lord", "General", "Marshal", "Generalissimo"}
_PARTICLES = r"(?:bin|ibn|bint|al|el|de|del|della|di|da|dos|das|du|van|von|der|den|la|le|y|ul|ben|abu)"
_NAME_WORD = rf"(?:(?:[{CAP}]\.)+(?=\s)|(?:Dr|Mr|Mrs|Ms|Jr|Sr|St)\.(?=\s)|[{CAP}][\w'’-]*|d['’][{CAP}][\w'’-]*|[IVX]+)"
# A name as the remark writes it: capitalised words, particles between them, initials, numerals.
_NAME = re.compile(rf"{_NAME_WORD}(?:(?:\s+|\s*[-–]\s*)(?:{_PARTICLES}\s*[-–]?\s*)*(?:{_NAME_WORD}))*")
_ROMAN = re.compile(r"^[IVX]+$")
# "the funeral of Prime Minister", "memorial services for former President": the name that follows is not met.
_DEAD = re.compile(r"\b(?:funeral|funerals|burial|memorial|memorials|memorial services?|commemoration|commemorative "
                   r"ceremony|tomb|grave|lying in state|in memory|in honor|in honour)\s+(?:of|for)\s+(?:the\s+)?"
                   r"(?:late\s+)?(?:former\s+)?(?:[\w.’'-]+\s+){0,4}$", re.IGNORECASE)
MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."}
_OF_COUNTRY = re.compile(rf"\s+of\s+(?:the\s+)?((?:[{CAP}][\w'’.-]*)(?:\s+[{CAP}][\w'’.-]*)*)")
DEMONYMS = {
    "Soviet": "RU", "Russian": "RU", "Chinese": "CN", "Japanese": "JP", "Israeli": "IL", "Palestinian": "PS",
    "Saudi": "SA", "Egyptian": "EG", "British": "GB", "French": "FR", "German": "DE", "Italian": "IT",
    "Indian": "IN", "Pakistani": "PK", "Afghan": "AF", "Iraqi": "IQ", "Iranian": "IR", "Syrian": "SY",
    "Jordanian": "JO", "Turkish": "TR", "Greek": "GR", "Mexican": "MX", "Canadian": "CA", "Korean": "KR",
    "Ukrainian": "UA", "Polish": "PL", "Spanish": "ES", "Brazilian": "BR", "Argentine": "AR", "Chilean": "CL",
    "Cuban": "CU", "Vietnamese": "VN", "Philippine": "PH", "Indonesian": "ID", "Australian": "AU",
    "Lebanese": "LB", "Kuwaiti": "KW", "Qatari": "QA", "Emirati": "AE", "Bahraini": "BH", "Omani": "OM",
    "Yemeni": "YE", "Libyan": "LY", "Tunisian": "TN", "Moroccan": "MA", "Algerian": "DZ", "Sudanese": "SD",
    "Ethiopian": "ET", "Kenyan": "KE", "Nigerian": "NG", "Dutch": "NL", "Belgian": "BE", "Swiss": "CH",
    "Austrian": "AT", "Swedish": "SE", "Norwegian": "NO", "Danish": "DK", "Finnish": "FI", "Irish": "IE",
    "Portuguese": "PT", "Hungarian": "HU", "Czech": "CZ", "Romanian": "RO", "Bulgarian": "BG", "Serbian": "RS",
    "Croatian": "HR", "Bosnian": "BA", "Albanian": "AL", "Georgian": "GE", "Armenian": "AM",
    "Azerbaijani": "AZ", "Kazakh": "KZ", "Uzbek": "UZ", "Thai": "TH", "Burmese": "MM", "Cambodian": "KH",
    "Lao": "LA", "Malaysian": "MY", "Singaporean": "SG", "Taiwanese": "TW", "Mongolian": "MN",
    "Venezuelan": "VE", "Colombian": "CO", "Peruvian": "PE", "Panamanian": "PA", "Nicaraguan": "NI",
    "Salvadoran": "SV", "Honduran": "HN", "Guatemalan": "GT", "Haitian": "HT", "Jamaican": "JM",
    "Yugoslav": "RS", "Czechoslovak": "CZ", "Estonian": "EE", "Latvian": "LV",
    "Lithuanian": "LT", "Slovak": "SK", "Slovenian": "SI", "Icelandic": "IS", "Belarusian": "BY",
    "Moldovan": "MD", "Nepalese": "NP", "Bangladeshi": "BD", "Ecuadorian": "EC", "U.K.": "GB", "U.S.": "US",
}
# Demonyms and bodies that place a title but name nobody ("UN Secretary-General", "PLO Chairman").
BODIES = {"UN", "U.N.", "NATO", "EU", "PLO", "OAS", "OAU", "AU", "ASEAN", "OSCE", "IAEA", "WHO", "ANC", "Palestinian"}
_ONLY_MEETING = re.compile(r"^(?:also\s+)?(?:met|meeting|talks|held talks|conferred|visited|audience|"
                           r"had an audience|called on)\b(?:\s+(?:informally|separately|privately|briefly|again))?"
                           r"(?:\s+(?:with|on))?[\s,;.]*(?:and|with|the|,|;|\s)*\.?$", re.IGNORECASE)


def _is_title(word: str) -> bool:
    word = word.rstrip("-")
    if "-" in word and all(_is_title(part) for part in word.split("-") if part):
        return True  # "Prince-Prime", "Minister-designate"
    return (word in TITLES or word.casefold().endswith(("-elect", "-designate")) or word in {"elect", "designate"}
            or word in {"Presidency", "Junta", "Member", "Ministers", "Council"})


_DATE_IN_NAME = re.compile(r"\s+(?:" + "|".join(re.escape(m) for m in MONTHS) + r")(?=\s*\d)")


def _title_before(text: str, start: int) -> tuple[str | None, int]:
    """The title written right before ``start`` ("Crown Prince and Prime Minister"), and where it starts."""
    words = list(re.finditer(r"[\w'’.-]+", text[:start]))
    title: list[re.Match[str]] = []
    i = len(words) - 1
    while i >= 0:
        word = words[i].group()
        between = text[words[i].end():(title[0].start() if title else start)]
        if between.strip():  # a comma or another mark ends the title
            break
        if _is_title(word) or (title and word in {"of", "for", "the"} and i > 0
                                and (_is_title(words[i - 1].group()) or words[i - 1].group() in {"of", "the"})):
            title.insert(0, words[i])
        elif title and word == "and" and i > 0 and _is_title(words[i - 1].group()):
            title.insert(0, words[i])  # "Crown Prince and Prime Minister"
        else:
            break
        i -= 1
    while title and title[0].group() in {"of", "for", "the", "and"}:
        title.pop(0)
    if not title:
        return None, start
    role = " ".join(w.group() for w in title if w.group() not in HONORIFICS)
    return role or None, title[0].start()


TWO_WORD_DEMONYMS = {"South African": "ZA", "Saudi Arabian": "SA", "North Korean": "KP", "South Korean": "KR",
                     "East German": "DE", "West German": "DE", "New Zealand": "NZ", "Sri Lankan": "LK"}


def _names_an_office(role: str | None) -> bool:
    words = re.split(r"[\s-]+", role or "")
    return any(w in HEADS or w.casefold() in {"elect", "designate"} for w in words)


def _demonym_before(text: str, start: int) -> str | None:
    two = re.search(r"([\w.]+\s+[\w.]+)\s+$", text[:start])
    if two and " ".join(two.group(1).split()) in TWO_WORD_DEMONYMS:
        return TWO_WORD_DEMONYMS[" ".join(two.group(1).split())]
    word = re.search(r"([\w.]+)\s+$", text[:start])
    return DEMONYMS.get(word.group(1)) if word else None


def _extend(text: str, start: int, end: int) -> int:
    """Where the name that starts at ``start`` really ends: on through particles, initials and
    numerals ("Mark T. Esper", "Hamad bin Isa al-Khalifa"), never into the next title."""
    match = _NAME.match(text, start)
    if not match or match.end() < end:
        return end
    stop = end
    for word in re.finditer(r"\S+", text[end:match.end()]):
        if _is_title(word.group()) or (word.group() in MONTHS and re.match(r"\s*\d", text[end + word.end():])):
            break
        stop = end + word.end()
    return stop


def _clean_name(name: str) -> str:
    name = re.sub(r"['’]s$", "", name)  # "President Trump’s participation": the name is Trump
    words = name.split()
    while words and words[0] in NAME_HONORIFICS and len(words) > 1:
        words = words[1:]
    while words and words[-1] in {"and", "of", "the", "al", "bin", "de"}:
        words = words[:-1]
    return " ".join(words).rstrip(",;")


def _looks_like_person(name: str) -> bool:
    words = name.split()
    if not words or len(words) > 7:
        return False
    bare = [re.sub(r"['’]s?$", "", w.strip(".,")) for w in words]
    if any(w in NOT_NAME_WORDS or w in NOT_NAMES for w in bare) or words[0] in FUNCTION_WORDS:
        return False
    if all(_is_title(w) for w in bare) or any(w.endswith("s") and w[:-1] in TITLES for w in bare):
        return False  # a title, or a plural one ("the Foreign Ministers of …")
    if any(w.isupper() and len(w) > 1 and "." not in w and not _ROMAN.match(w) for w in words):
        return False  # "NATO", "EU"
    if len(words) == 1 and (places.country_code(name) or name in DEMONYMS):
        return False
    return True


def _is_dead(text: str, start: int) -> bool:
    sentence_start = max(text.rfind(".", 0, start), text.rfind(";", 0, start)) + 1
    return bool(_DEAD.search(text[sentence_start:start]))


def _country_after(text: str, end: int) -> str | None:
    match = _OF_COUNTRY.match(text, end)
    if not match:
        return None
    words = match.group(1).rstrip(".").split()
    while words:  # "of Venezuela, Lopez": the longest run of words that is a country
        code = places.country_code(" ".join(words))
        if code:
            return code
        words = words[:-1]
    return None


def _plural_lists(text: str) -> list[tuple[str, str, int, int]]:
    """("Perez", "President", start, end) for each name in "Presidents Perez of Venezuela, Lopez Michelson of …"."""
    found = []
    for plural, role in PLURAL_TITLES.items():
        for match in re.finditer(rf"\b{plural}\s+", text):
            at = match.end()
            while True:
                name = _NAME.match(text, at)
                if not name:
                    break
                words = name.group().split()
                if words[0] in TITLES or not _looks_like_person(name.group()):
                    break
                found.append((name.group(), role, name.start(), name.end()))
                rest = _OF_COUNTRY.match(text, name.end())
                at = rest.end() if rest else name.end()
                sep = re.match(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)", text[at:])
                if not sep:
                    break
                at += sep.end()
    return found


def split_title(line: str) -> tuple[str | None, str]:
    """A visitor line the reader found no name in, as (the title words it starts with, the rest)."""
    words = line.split()
    k = 0
    while k < len(words) - 1 and (_is_title(words[k]) or (k and words[k] in {"of", "the", "for"})):
        k += 1
    return (" ".join(words[:k]) or None), " ".join(words[k:])


def read_remark(text: str, known: Mapping[str, Person] | None = None) -> RemarkReading:
    """The people a remark names (in order) and the summary left once sentences that only list them go."""
    text = clean(text)
    known = known or {}
    finder = PeopleFinder(text, known, places.is_place)
    found: list[NamedPerson] = []

    def add(start: int, end: int, known_id: str | None = None) -> None:
        if known_id is None:  # title words the name reader took for a name ("Counselor Yang Jiechi")
            while (first := re.match(r"(\S+)\s+", text[start:end])) and (
                    _is_title(first.group(1)) or first.group(1) in DEMONYMS):
                start += first.end()
            end = _extend(text, start, end)
        date = _DATE_IN_NAME.search(text, start)
        if date and date.start() < end:  # "Reagan July 27": a date is not part of the name ("Theresa May" is)
            end = date.start()
        name = _clean_name(text[start:end])
        if not name or any(p.start < end and start < p.end for p in found):
            return
        if known_id is None and not _looks_like_person(name):
            return
        run = _NAME.match(text, start)  # "High Level Security Dialogue": the words after the name make it an event
        if known_id is None and run and any(re.sub(r"['’]s?$", "", w) in NOT_NAMES | NOT_NAME_WORDS
                                            for w in run.group().split()):
            return
        if _is_dead(text, start):
            return
        role, title_start = _title_before(text, start)
        if known_id is None and not _names_an_office(role):
            return
        country = _demonym_before(text, title_start) or _country_after(text, end)
        found.append(NamedPerson(name, role, start, end, known_id, country))

    for mention in finder.find_all():
        if mention.how == "pronoun":
            continue
        known_id = mention.person_id if mention.person_id in known else None
        if known_id is None and mention.how != "new person":
            continue
        add(mention.span.start, mention.span.end, known_id)
    for name, role, start, end in _plural_lists(text):
        if not any(p.start < end and start < p.end for p in found) and not _is_dead(text, start):
            found.append(NamedPerson(_clean_name(name), role, start, end, None, _country_after(text, end)))
    # Titles the reader does not know ("Emperor Hirohito", "President-elect Pinera", "Soviet Foreign
    # Minister Gromyko"): in every run of capitalised words, a name after title words.
    for match in _NAME.finditer(text):
        words = list(re.finditer(r"\S+", match.group()))
        if words and not _is_title(words[0].group()) and _title_before(text, match.start())[0]:
            # The title stands apart: "President- designate Roberto E. Viola".
            end = next((match.start() + w.start() for w in words if _is_title(w.group())), match.end())
            add(match.start(), end)
        k = 0
        while k < len(words):
            if not _is_title(words[k].group()):
                k += 1
                continue
            while k < len(words) and _is_title(words[k].group()):
                k += 1
            first = k
            while k < len(words) and not _is_title(words[k].group()):
                k += 1
            if first < k:
                start = match.start() + words[first].start()
                end = match.start() + words[k - 1].end()
                if not any(p.start < end and start < p.end for p in found):
                    add(start, end)
    found.sort(key=lambda p: p.start)
    return RemarkReading(tuple(found), _summary(text, found))


def _summary(text: str, people: list[NamedPerson]) -> str | None:
    kept = []
    for span in sentences(text, []):
        inside = [p for p in people if span.start <= p.start < span.end]
        if inside:
            rest = text[span.start:span.end]
            for person in sorted(inside, key=lambda p: p.start, reverse=True):
                _, title_start = _title_before(text, person.start)
                before = re.search(r"(\S+)\s+$", text[span.start:title_start])
                if before and (before.group(1) in DEMONYMS or before.group(1) in BODIES):
                    title_start = span.start + before.start(1)
                end = person.end
                tail = _OF_COUNTRY.match(text, person.end)
                if tail and _country_after(text, person.end):
                    end = tail.end()
                rest = rest[:max(title_start - span.start, 0)] + " " + rest[end - span.start:]
            if _ONLY_MEETING.match(" ".join(rest.split())):
                continue
        kept.append(text[span.start:span.end].strip())
    summary = " ".join(s for s in kept if s)
    return summary or None
