"""People named in an article: known people by full, short or native name, new people by title.

The article is read in order, so a surname ("Han", "Mr. Blinken") resolves to the person
of that name mentioned last; only when nobody mentioned so far has it does the whole
dataset answer, and then only if exactly one known person has it (never a guess
between two Wangs). Names written surname first (Chinese, Korean, Vietnamese,
Hungarian names, by the person's country) are shortened to their first word.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Mapping

from ..model import Person
from .model import Mention, ProposedPerson, Span
from .text import slug, unique_id

CAP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ"
# One capitalised word ("Han", "U.S.", "O’Neill", "Jean-Yves"), then runs of them.
WORD = rf"[{CAP}][\w'’.-]*(?<![.,])|[{CAP}]\.(?:[{CAP}]\.)+"
_RUN = re.compile(rf"(?:{WORD})(?:\s(?:(?:of|for|the|de|van|von|bin|al)\s)*(?:{WORD}))*")

SURNAME_FIRST = {"CN", "TW", "HK", "MO", "KR", "KP", "VN", "HU"}
PRONOUNS = {"he", "she", "they"}
HONORIFICS = {"Mr", "Ms", "Mrs", "Dr", "Mr.", "Ms.", "Mrs.", "Dr.", "Prof.", "H.E."}
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
}
# A run that starts a sentence often starts with one of these: they are not names.
FUNCTION_WORDS = {
    "The", "A", "An", "At", "After", "Before", "Behind", "Both", "In", "On", "But", "And",
    "When", "While", "As", "From", "For", "With", "During", "Later", "Earlier", "This",
    "That", "These", "Those", "Asked", "According", "Speaking", "Meanwhile", "However",
    "Then", "Since", "Until", "Under", "Its", "His", "Her", "Their", "Our", "It", "He",
    "She", "They", "We", "I", "Yesterday", "Today", "Tomorrow", "Last", "Next", "Earlier",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "If",
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
    "Pentagon", "Sea", "Ocean", "Gulf", "Strait", "Reuters", "Image", "Source",
}


_FULL_NAME = rf"[{CAP}][\w'’-]+(?:\s+[{CAP}][\w'’-]+){{1,2}}"
_ROLE_CORE = (r"(?:prime\s+minister|vice[- ]president|president|minister|secretary|ambassador|envoy|spokesperson|"
              r"spokesman|spokeswoman|chancellor|premier|negotiator|mayor|governor|adviser|advisor|director)")
_MODIFIERS = (r"(?:(?:foreign|defen[cs]e|trade|finance|interior|economy|energy|deputy|vice|special|chief|top|senior|"
              r"new|newly|elected|newly-elected|acting|interim)\s+)*")
_OF = rf"(?:\s+(?:of|for)\s+(?:the\s+)?[{CAP}][\w'’-]*(?:\s+[{CAP}][\w'’-]*)*)?"
# "Ostravia's newly elected prime minister, Jonas Eberl," : a lowercase title, a comma, a name.
_APPOSITION = re.compile(rf"\b(?P<role>{_MODIFIERS}{_ROLE_CORE}){_OF},\s+(?P<name>{_FULL_NAME})(?=\s*[,.;]|\s+(?:said|"
                         rf"told|and|who|has|had|was|is|will|would|met|travelled|traveled|arrived|visited)\b)")
# "the foreign ministers of Veldoria and Marenland, Lena Ortiz and Greta Holm,"
_APPOSITION_TWO = re.compile(rf"\b(?P<role>{_MODIFIERS}{_ROLE_CORE})s\s+of\s+[^,.;]{{1,60}},\s+(?P<a>{_FULL_NAME})"
                             rf"\s+and\s+(?P<b>{_FULL_NAME})(?=\s*[,.;]|\s)")
# "his Veldorian counterpart, Rosa Lindgren," / "her counterpart Milan Doric met": a new person
# whose role the article does not give (the same office, elsewhere: not guessed).
_COUNTERPART = re.compile(rf"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:[{CAP}][\w'’-]*\s+)?counterpart,?\s+(?P<name>{_FULL_NAME})"
                          rf"(?=\s*[,.;]|\s+(?:said|told|and|who|has|had|was|is|will|would|met|in|at|on)\b)")
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


def _role(text: str) -> str:
    words = [w for w in text.split() if w.lower() not in _NOT_IN_ROLE]
    return " ".join(w if w in {"of", "for", "the"} or w[:1].isupper() else w.capitalize() for w in words)


def _is_demonym(word: str) -> bool:
    return "." in word or bool(re.search(r"(?:ese|an|ian|ish|ic|i|ch)(?:'s|’s)?$", word))


def short_names(person: Person) -> set[str]:
    words = person.name.split()
    if len(words) < 2:
        return set()
    return {words[0]} if person.country in SURNAME_FIRST else {words[-1]}


class PeopleFinder:
    """Finds and resolves people mentions in one article, in reading order."""

    def __init__(self, article: str, people: Mapping[str, Person],
                 is_place: Callable[[str], bool] = lambda _text: False) -> None:
        self.article = article
        self.people = people
        self.is_place = is_place
        self.taken = set(people)
        self.by_full = {" ".join(p.name.split()): p.id for p in people.values() if p.name.strip()}
        # One pattern for every known full name (longest first), spaces matching any white space.
        names = sorted(self.by_full, key=len, reverse=True)
        self._full_re = re.compile("(?<!\\w)(?:" + "|".join(r"\s+".join(map(re.escape, n.split())) for n in names)
                                   + ")(?!\\w)") if names else None
        self._known_short: dict[str, list[str]] = {}
        for pid in people:
            for word in short_names(people[pid]):
                self._known_short.setdefault(word, []).append(pid)
        self.by_native = {p.native_name: p.id for p in people.values() if p.native_name}
        self.proposed: dict[str, ProposedPerson] = {}
        self.mentions: list[Mention] = []
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
        seen = self._mentioned_short.get(word, [])
        i = bisect.bisect_left(seen, before, key=_start)
        if i > 0:
            return seen[i - 1].person_id
        for pid in self.proposed:
            if word in self._short(pid):
                return pid
        known = self._known_short.get(word, [])
        return known[0] if len(known) == 1 else None

    # -- finding -------------------------------------------------------------------------

    def find_all(self) -> list[Mention]:
        """Every mention in the article, in order (overlapping runs are read once)."""
        if self._full_re is not None:
            # Known full names anywhere win: "Chinese Vice President Han Zheng".
            for match in self._full_re.finditer(self.article):
                pid = self.by_full[" ".join(match.group().split())]
                self._add(Mention(pid, Span(match.start(), match.end()), "full name"))
        self._appositions()
        for run in _RUN.finditer(self.article):
            self._read_run(run.start(), run.group())
        for native, pid in self.by_native.items():
            for match in re.finditer(re.escape(native), self.article):
                self._add(Mention(pid, Span(match.start(), match.end()), "native name"))
        self.mentions.sort(key=lambda m: m.span.start)
        return self.mentions

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
        for match, group, role in sorted(found, key=lambda f: f[0].start(f[1])):
            span = Span(match.start(group), match.end(group))
            name = match.group(group)
            if _overlapping(self.mentions, span) or not self.looks_like_name(name):
                continue
            if role is None:  # a counterpart: the article gives no role
                proposed = self.propose(name, span)
            else:
                proposed = self.propose(name, span, _role(role), Span(match.start("role"), match.end("role")))
            self._add(Mention(proposed, span, "new person"))

    def _add(self, mention: Mention) -> None:
        if not _overlapping(self.mentions, mention.span):
            bisect.insort(self.mentions, mention, key=_start)  # kept in text order
            for word in self._short(mention.person_id):
                bisect.insort(self._mentioned_short.setdefault(word, []), mention, key=_start)

    def _read_run(self, offset: int, run: str) -> None:
        words = [(m.start() + offset, m.group()) for m in re.finditer(r"\S+", run)]
        while words and words[0][1] in FUNCTION_WORDS:
            words = words[1:]
        if not words:
            return
        title: list[tuple[int, str]] = []
        rest = list(words)
        if len(rest) > 1 and (_is_demonym(rest[0][1]) or rest[0][1].endswith(("'s", "’s"))) \
                and rest[1][1] in TITLE_WORDS:
            rest = rest[1:]  # "Chinese", "Marenland’s" before "Vice President": not part of the role
        while rest and (rest[0][1] in TITLE_WORDS or (title and rest[0][1] in {"of", "for", "the"})):
            title.append(rest.pop(0))
        while title and title[-1][1] in {"of", "for", "the"}:
            rest.insert(0, title.pop())
        name: list[tuple[int, str]] = []
        for word in rest:  # "Ana Kovač of Ostravia": the name ends before "of"
            if word[1] in {"of", "for", "the", "de", "van", "von", "bin", "al"} and name:
                break
            name.append(word)
        if not name:
            return
        start, end = name[0][0], name[-1][0] + len(name[-1][1])
        span = Span(start, end)
        if _overlapping(self.mentions, span):
            return
        text = self.article[start:end]
        if len(name) == 1:
            pid = self.by_short_name(text, start)
            if pid is not None:
                how = "surname" if not title or title[-1][1] not in HONORIFICS else "honorific and surname"
                self._add(Mention(pid, span, how))
                return
        if title and self.looks_like_name(text):
            role = " ".join(w for _, w in title if w not in HONORIFICS) or None
            role_span = Span(title[0][0], title[-1][0] + len(title[-1][1])) if role else None
            self._add(Mention(self.propose(text, span, role, role_span), span, "new person"))

    def looks_like_name(self, text: str) -> bool:
        words = text.split()
        return (1 <= len(words) <= 4 and not any(w.strip(".,") in NOT_NAME_WORDS for w in words)
                and not any(w in {"of", "the", "for"} for w in words) and not self.is_place(text)
                and all(not w.isupper() or len(w) == 1 for w in words))

    def propose(self, name: str, span: Span, role: str | None = None, role_span: Span | None = None) -> str:
        for pid, person in self.proposed.items():
            if person.name == name:
                return pid
        pid = unique_id(slug(name), self.taken)
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
