"""Who said each quotation: attribution patterns, tried in a fixed order.

1. “…,” X said, “…”   a split quotation, one quote, attributed by the words between
2. “…,” X said        a name (or he/she) and a speech verb right after the quotation
3. “…” said X         the verb first, then the name
4. X said: “…”        X told reporters (that) “…”, According to X, “…”,
                       and a name before a speech verb earlier in the same sentence
                       (“Han opined that the relationship is “the most important””),
                       or a participle after its predicate ("Kolev agreed, saying “…”")
A title in lower case attributes as the capitalised one does ("“…,” the secretary said"). A quote
right after an attributed one, with only that attribution between (“…,” Ortiz said. “More.”), or
the rest of its sentence (“…,” Austin told Singh at the start of their meeting. “More.”, “…,” said
Secretary of Defense Lloyd J. Austin III, who spoke today at …. “More.”), continues its speaker.
A pronoun stands for the one person named since the previous quotation ("Ortiz was guarded. “…,”
she said"), or, when nobody was, for the current speaker; when two or more were named in between it is ambiguous (the
engine knows no genders) and the quote stays unattributed. When no pattern applies,
the quote is kept with no speaker: the engine never guesses.
A single quoted word inside a sentence (“commitment”) is a term, not a quotation,
unless a direct attribution (1-3) gives it a speaker; so is a quotation of up to three words
without a verb that nothing attributes (“new convergence”), and the capitalised name of a policy
after an article (a “Free and Open Indo-Pacific,”). The words of a speaker the text does not name
("a senior official said", "A Downing Street spokesperson said:" ending the paragraph before the
statement) are no one's quote.
"""

from __future__ import annotations

import bisect
import re

from .meetings import sentence_subject
from .model import DraftQuote, Mention, Span
from .names import CAP, LOWER_TITLE, PeopleFinder, mentions_in
from .quotes import Quoted, quote_text

VERBS = ("said|says|say|added|adds|explained|explains|told|tells|stressed|stresses|noted|notes|"
         "insisted|insists|warned|warns|argued|argues|continued|replied|asked|asks|declared|"
         "remarked|concluded|wrote|writes|recalled|acknowledged|admitted|announced|observed|"
         "answered|stated|states|commented|emphasised|emphasized|underlined|opined|mentioned|"
         "highlighted|called|described|urged|pledged|vowed|promised|praised|repeated|"
         "reiterated|cited|confirmed|added|affirmed|maintained|suggested|pointed out|spoke of|"
         "assured|assures|reassured|point out|points out|"
         # words posted online, and a few more ways of saying
         "tweeted|tweets|posted|posts|responded|responds|joked|quipped|conceded|concedes|cautioned|cautions|"
         "predicted|lamented|underscored|underscores|recounted|"
         "referred to|told reporters|told journalists|said in a statement")
PRONOUN = r"(?:[Hh]e|[Ss]he|[Tt]hey)"
# ", during which he said", ", at which she said": a relative clause on the occasion, right before the pronoun
_RELATIVE_OCCASION = re.compile(r",\s+(?:during|at|after|in)\s+which\s+\Z")
# "Secretary of Defense Lloyd J. Austin III": a long title's "of" between capitalised words
_NAME = rf"(?:[{CAP}][\w.'’-]*\s+(?:(?:of|for)\s+(?:the\s+)?(?=[{CAP}]))?){{0,6}}[{CAP}][\w'’-]*"
# "the Secretary": a title standing for a person; "the secretary", as news stories write it (see names._TITLE_LOWER)
_LOWER_TITLE = rf"the\s+{LOWER_TITLE}"
_WHO = rf"(?P<who>{PRONOUN}|{_LOWER_TITLE}|(?:the\s+)?{_NAME})"
_APPOSITIVE = rf"(?:,\s+[^,“”\"\n]{{1,80}},|\s+of\s+(?:the\s+)?{_NAME})?"
# 2. “…,” X said / “…,” X, the minister, said
_AFTER_NAME = re.compile(rf"^[ \t]*,?[ \t]*{_WHO}{_APPOSITIVE}\s+(?:has\s+|had\s+|also\s+)?(?P<verb>{VERBS})\b")
# 3. “…” said X
_AFTER_VERB = re.compile(rf"^[ \t]*,?[ \t]*(?P<verb>{VERBS})\s+{_WHO}")
# 4. a speaker and a verb before the quotation, in the same sentence
_BEFORE = re.compile(rf"^\s*{_APPOSITIVE},?\s+(?:has\s+|had\s+|also\s+|then\s+)?(?P<verb>{VERBS})\b")
# "Kolev agreed, saying Balkaria would “…”": the subject, a short predicate, then a participle.
_BEFORE_PARTICIPLE = re.compile(rf"^\s*{_APPOSITIVE}\s+[^,.;:!?“”\"\n]{{1,40}},\s+(?P<verb>saying|adding|noting|"
                                rf"insisting|warning|arguing|telling\s+(?:reporters|journalists))\b"
                                # "The prime minister started the meeting by noting that, in the gas sector, “…”"
                                rf"|^\s*{_APPOSITIVE}\s+[^,.;:!?“”\"\n]{{1,40}}?\s+by\s+(?P<by>saying|noting|"
                                rf"stressing|recalling|pointing\s+out|declaring|telling\s+(?:reporters|journalists|"
                                rf"him|her|them))\b")
# “…”, according to her office / according to Ortiz
_AFTER_ACCORDING = re.compile(rf"^[ \t]*,?[ \t]*according\s+to\s+(?P<who>his|her|their|{_NAME})\b")
_ACCORDING = re.compile(rf"\b[Aa]ccording to\s+{_WHO}\s*,?\s*$")
# (“…,” the secretary told reporters traveling with him, “…”: the words after the verb, up to the comma)
_SPLIT = re.compile(rf"^\s*(?:{_WHO}\s+(?P<verb>{VERBS})(?:\s+[^,.;:!?“”\"\n]{{1,60}})?"
                    rf"|(?P<verb2>{VERBS})\s+(?P<who2>{PRONOUN}|{_NAME}))\s*,\s*$")
_PRONOUN_AT = re.compile(rf"\b{PRONOUN}\b")
# "…, Defense Secretary Chuck Hagel said in a news conference here today.": an attribution ending its sentence
_FINAL_ATTRIBUTION = re.compile(rf",\s+{_WHO}{_APPOSITIVE}\s+(?:also\s+)?(?P<verb>said|says|told\s+reporters|added)\b"
                                r"[^,;:“”\"\n]{0,120}[.!]?\s*$")
# "a policy of “…”", "the concept of “…”": what names an idea right before a quotation
_NAMED_IDEA = re.compile(r"\b(?:policy|policies|concept|principle|slogan|idea|notion|vision|doctrine|strategy|"
                         r"initiative|theme|spirit|goal|motto)\s+of\s*\Z", re.IGNORECASE)
# the second part of a split quotation opening on a verb: the first part was its subject
_VERB_GOES_ON = re.compile(r"\s*(?:is|are|was|were|will|would|has|have|had|can|could|should|must|may|might|"
                           r"does|do|did)\b")
_REPORTED = re.compile(r"\b(?:said|says|told|stated|declared|warned|insisted|argued)\b")
# "have the “shuttle diplomacy” resume" (a term) but "what Austin called the “unbreakable alliance”" (his words)
# “…,” a senior defense official said / said one diplomat / U.S. officials said: the words of someone the
# text does not name are no one's quote (an institution's words, "the readout said", still are). "the
# official said" is such a speaker only after the text brought one in ("a senior official said …"): a
# spokesman the text named may be "the spokesman" later.
_UNNAMED_NOUN = r"(?:officials?|spokes(?:man|woman|person)|aides?|diplomats?|sources?|officers?|advis[eo]rs?)"
_UNNAMED_WHO = (rf"(?:(?:an?|one|another|two|three|several)\s+(?:[\w.’'-]+\s+){{0,5}}?{_UNNAMED_NOUN}"
                rf"|(?:[\w.’'-]+\s+){{0,3}}?(?:officials|sources|diplomats|aides))")
_DEFINITE_WHO = rf"the\s+(?:[\w.’'-]+\s+){{0,3}}?{_UNNAMED_NOUN}"
_UNNAMED_AFTER = re.compile(rf"^[ \t]*,?[ \t]*(?:(?P<who>{_UNNAMED_WHO}|{_DEFINITE_WHO})(?:,[^,“”\"\n]{{1,60}},)?"
                            rf"\s+(?:{VERBS})\b|(?:{VERBS})\s+(?P<who2>{_UNNAMED_WHO}|{_DEFINITE_WHO})\b)")
_UNNAMED_BEFORE = re.compile(rf"\b(?P<who>{_UNNAMED_WHO}|{_DEFINITE_WHO})(?:,[^,“”\"\n]{{1,60}},)?\s+(?:{VERBS})"
                             rf"(?:\s+(?:on\s+background|in\s+a\s+statement|reporters|journalists))?\s*(?:that\s*)?[:,]?\s*$")
# Words that make a short quotation a clause someone said ("We are ready", "Never again!"), not a term.
_SPOKEN = re.compile(r"\b(?:I|we|you|he|she|they|it|is|are|was|were|am|be|been|will|would|shall|should|can|could|"
                     r"must|may|might|do|does|did|don’t|don't|has|have|had|let|not|no|never|yes|thank|thanks|"
                     r"please|nobody|no one|nothing|everyone|everybody|everything|someone|something|\w+ed)\b|[!?]",
                     re.IGNORECASE)
# "to realize a “Free and Open Indo-Pacific,”", “Japan Year 2010 in Turkey”, “the Expanded Ministerial Meeting of
# Iraq’s Neighboring Countries …”: the capitalised name of a policy, an event or a body (every word capitalised but
# the small ones), up to twelve words, no sentence
_QUOTED_NAME = re.compile(r"(?:the\s+)?[A-Z][\w’'-]*"
                          r"(?:\s+(?:[A-Z0-9][\w’'-]*|and|of|the|for|in|on|to|a|an|at)){1,11},?")
_NOUN_PHRASE = re.compile(r"(?<!called)(?<!termed)(?<!dubbed)(?<!described as)\s+"
                          r"(?:the|a|an|its|this|so-called|their|his|her|our|your|my)\s*$")


# "The message reads, in part:", "The letter says:": the words of a written message; its sender is its speaker
_WRITTEN = r"(?:message|letter|telegram|greeting|greetings|note)"
_MESSAGE_READS = re.compile(rf"\b[Tt]he\s+(?:[\w’'-]+\s+){{0,2}}?{_WRITTEN}\s+(?:reads|read|says|said|states|stated)\b")
_SENT_BY = re.compile(rf"\b{_WRITTEN}\b[^.;]*?\b(?:was|were)\s+(?:also\s+)?(?:sent|addressed|written)\s+"
                      rf"(?:[^.;]*?\s)?by\s+")
_SENT = re.compile(rf"\s(?:sent|addressed|wrote)\s+(?:a|an|the|his|her|their)\s+(?:[\w’'-]+\s+){{0,3}}?{_WRITTEN}\b")
# The words after a quotation that its sentence goes on with: no punctuation, a word in lower case
_SENTENCE_GOES_ON = re.compile(r"[ \t]+(?!(?:he|she|they|said|says|added|told)\b)[a-z]")
# "the ministry said it “fully understands” the …": after a subject the quoted words are its predicate, not a term
_SUBJECT_BEFORE = re.compile(r"\b(?:it|he|she|they|we|I|you|who|which|that)\s*$")
# "President ", "Prime Minister of India ": what may stand before a sentence's subject when the sentence opens with it
_TITLE_ONLY = re.compile(r"\s*(?:(?:[A-Z][\w.’'-]*|of|the|for)\s+){0,8}")
_SENT_PASSIVE = re.compile(rf"\b{_WRITTEN}\b[^.;]*?\b(?:was|were)\s+(?:also\s+)?(?:sent|addressed)\b")


class Attributor:
    def __init__(self, article: str, finder: PeopleFinder, sentences: list[Span]) -> None:
        self.article = article
        self.finder = finder
        self.sentences = sentences
        self.last_speaker: Mention | None = None
        self.previous_end = 0  # where the previous quotation (and its attribution) ended
        self.previous: DraftQuote | None = None
        self.unnamed_end = -1  # where the last quotation of an unnamed speaker (and its attribution) ended

    def sentence_of(self, at: int) -> Span:
        i = bisect.bisect_right(self.sentences, at, key=lambda s: s.start) - 1
        if i >= 0 and self.sentences[i].start <= at < self.sentences[i].end:
            return self.sentences[i]
        return Span(0, len(self.article))

    def _who(self, match: re.Match[str], group: str, offset: int) -> tuple[Mention | None, str]:
        """The speaker a ``who`` group names; a pronoun goes back to its antecedent."""
        who = match.group(group)
        span = Span(offset + match.start(group), offset + match.end(group))
        if re.fullmatch(PRONOUN, who):
            person = self._antecedent(span.start)
            return (Mention(person, span, "pronoun") if person else None), "pronoun"
        return self.finder.resolve(who, span), "name"

    def _antecedent(self, before: int) -> str | None:
        """Whom a pronoun at ``before`` stands for, or None when that is not certain."""
        named = {m.person_id for m in mentions_in(self.finder.mentions, self.previous_end, before)
                 if m.how != "pronoun"}
        if len(named) == 1:
            return named.pop()
        if not named and self.last_speaker is not None:
            return self.last_speaker.person_id
        # Several named: "She said, “…”" at the start of a sentence is about whom the sentence
        # before was about ("…, Secretary Clinton echoed …. She said, “…”").
        sentence = self.sentence_of(before)
        subject = sentence_subject(self.article, sentence, self.finder.mentions)
        if subject is not None and subject.span.end <= before and subject.how != "pronoun" \
                and re.match(rf"\s+(?:{VERBS})\b", self.article[subject.span.end:before]):
            # "The secretary said he will urge X to “…,” and, in meetings with A and B, he said, he will “…”": the
            # sentence opens on its subject's words; "he" later in it is that subject, whoever else it names
            return subject.person_id
        if _RELATIVE_OCCASION.search(self.article, sentence.start, before):
            # "X held a press conference with A and B, during which he said": the pronoun in a clause on the
            # occasion the sentence reports is its subject's
            subject = sentence_subject(self.article, sentence, self.finder.mentions)
            if subject is not None:
                return subject.person_id
        if not mentions_in(self.finder.mentions, sentence.start, before):
            # nobody named in the pronoun's own sentence before it ("She said, “…”", "“…,” he said")
            previous = self.sentence_of(sentence.start - 2) if sentence.start >= 2 else None
            if previous is not None and previous != sentence:
                subject = sentence_subject(self.article, previous, self.finder.mentions)
                if subject is not None:
                    return subject.person_id
                said = self.previous
                if said is not None and said.speaker and previous.start <= said.parts[0].start < previous.end:
                    return said.speaker  # the sentence before was that speaker's quotation
        return None

    def attribute(self, quoted: list[Quoted]) -> tuple[list[DraftQuote], list[Span]]:
        """Quotes with speakers (or none), and the single quoted words kept as terms."""
        quotes: list[DraftQuote] = []
        terms: list[Span] = []
        i = 0
        while i < len(quoted):
            parts = [quoted[i]]
            split: re.Match[str] | None = None
            while i + len(parts) < len(quoted) and quoted[i + len(parts)].continues:
                parts.append(quoted[i + len(parts)])  # one quotation over several paragraphs
            if len(parts) == 1 and i + 1 < len(quoted):
                between = self.article[quoted[i].outer.end:quoted[i + 1].outer.start]
                inner = self.article[quoted[i].inner.start:quoted[i].inner.end]
                split = _SPLIT.match(between) if inner.endswith(",") else None
                if split:
                    parts.append(quoted[i + 1])
            i += len(parts)
            quote = self._attribute(parts, split)
            # Names before this point are accounted for (the quotation and its own speaker).
            speaker_end = quote.speaker_span.end if quote is not None and quote.speaker_span else 0
            self.previous_end = max(parts[-1].outer.end, speaker_end)
            if quote is None:
                terms.append(parts[0].inner)
            else:
                quotes.append(quote)
                self.previous = quote
        return quotes, terms

    def _attribute(self, parts: list[Quoted], split: re.Match[str] | None) -> DraftQuote | None:
        article = self.article
        spans = tuple(p.inner for p in parts)
        text = quote_text(article, list(spans))
        if split is not None and len(spans) == 2 and _VERB_GOES_ON.match(article, spans[1].start):
            # “The purpose of this trip,” he said, “is to …”: a subject and its verb take no comma between them,
            # so the comma before the attribution was only the hand-over (“A start,” she said, “not the end.” keeps it)
            first = quote_text(article, [spans[0]])
            text = f"{first} {quote_text(article, [spans[1]])}"
        found: tuple[Mention | None, str] | None = None
        if split is not None:
            group = "who" if split.group("who") else "who2"
            found = (self._who(split, group, parts[0].outer.end)[0], "“…,” X said, “…”")
        last = parts[-1].outer
        after = article[last.end:min(len(article), last.end + 200)]
        # “… done.” Ortiz said nothing more: after a full stop the next words are a new sentence.
        closed = article[parts[-1].inner.end - 1:parts[-1].inner.end] == "."
        if found is None and not closed:
            match = _AFTER_NAME.match(after)
            if match:
                found = (self._who(match, "who", last.end)[0], f"“…,” X {match.group('verb')}")
        if (found is None or found[0] is None) and not closed:
            match = _AFTER_VERB.match(after)
            if match:
                found = (self._who(match, "who", last.end)[0], f"“…” {match.group('verb')} X")
        if found is None or found[0] is None:
            match = _AFTER_ACCORDING.match(after)
            if match:
                who = match.group("who")
                if who in ("his", "her", "their"):
                    span = Span(last.end + match.start("who"), last.end + match.end("who"))
                    person = self._antecedent(span.start)
                    found = (Mention(person, span, "pronoun") if person else None, "“…”, according to X")
                else:
                    found = (self._who(match, "who", last.end)[0], "“…”, according to X")
        direct = found is not None and found[0] is not None
        if len(parts) == 1 and len(text.split()) <= 8 and not _SPOKEN.search(text) \
                and _NAMED_IDEA.search(article, max(0, parts[0].outer.start - 40), parts[0].outer.start):
            # "advocating a policy of “proactive contribution to peace”": the name of a policy or an idea, no
            # verb in it, is a term even in a sentence that reports someone's words
            return None
        if not direct and self._unnamed(parts[0].outer, after):
            return None  # an unnamed official's words: no one's quote
        if not direct and len(text.split()) < 2:
            return None  # a single quoted word with no direct attribution: a term
        if not direct:
            found = self._before(parts[0].outer)
        if not direct and (found is None or found[0] is None) and not closed:
            found = self._final_attribution(last.end) or found
        if not direct and len(text.split()) <= 3 and len(parts) == 1 \
                and _NOUN_PHRASE.search(
                article[max(0, parts[0].outer.start - 40):parts[0].outer.start]) \
                and (found is None or found[0] is None or not _REPORTED.search(found[1])
                     or not re.match(r"[ \t]*(?:[.;\n]|$)", after)):
            # “shuttle diplomacy” after "the": a term the text quotes, not someone's words; but "Brown said
            # the country was ruled by an “illegitimate regime”." (closing the speech he is reported to have
            # made) is his words
            return None
        if not direct and len(parts) == 1 and _QUOTED_NAME.fullmatch(text) \
                and not re.match(rf"[ \t]*,?[ \t]*(?:{VERBS})\b", after):
            # “Japan Year 2010 in Turkey”, “the Expanded Ministerial Meeting of … Countries”: the name of an
            # event, a policy or a body that the text quotes, its words capitalised, nobody said to have said it
            return None
        if (found is None or found[0] is None) and self._continues(parts[0].outer):
            previous = self.previous
            assert previous is not None and previous.speaker is not None and previous.speaker_span is not None
            found = (Mention(previous.speaker, previous.speaker_span, "continued"), "continues the quote before it")
        if (found is None or found[0] is None) and self._paragraph_after(parts):
            previous = self.previous
            assert previous is not None and previous.speaker is not None and previous.speaker_span is not None
            found = (Mention(previous.speaker, previous.speaker_span, "continued"),
                     "a paragraph wholly quoted after X's quote (no attribution of its own)")
        mention = found[0] if found else None
        if mention is None and len(parts) == 1 and len(text.split()) <= 3 and not _SPOKEN.search(text) \
                and not self._speech_before(parts[0].outer):
            return None  # the region's “new convergence”, “Wheels Up”: a term no one is said to have said
        if mention is None and len(parts) == 1 and len(text.split()) <= 4 and not _SPOKEN.search(text) \
                and _SENTENCE_GOES_ON.match(after) \
                and not _SUBJECT_BEFORE.search(article[max(0, parts[0].outer.start - 20):parts[0].outer.start]):
            # "affirmed their commitment to elevate relations to the level of “strategic cooperative partnership”
            # sharing views …": a few words with no verb that their sentence goes on after, nobody named saying
            # them, are a term it uses, even after a speech verb ("Han opined that … is “the most important” on
            # the planet" has a speaker: his words)
            return None
        if mention is None and len(parts) == 1 and len(text.split()) <= 8 and not _SPOKEN.search(text) \
                and _NOUN_PHRASE.search(article[max(0, parts[0].outer.start - 40):parts[0].outer.start]):
            # "met … to discuss a “smooth and seamless transition of power.”": a noun phrase after an article or a
            # possessive, no verb in it, nobody said to have said it: a term the text quotes
            return None
        if mention is None:
            return DraftQuote(text, spans)
        # A pronoun resolved to someone makes that person the current speaker too:
        # “…,” he said, adding that … “…” stays with him.
        self.last_speaker = mention
        return DraftQuote(text, spans, mention.person_id, mention.span, found[1] if found else "")

    def _speech_before(self, first: Span) -> bool:
        """A speech verb earlier in the quotation's sentence ("the ministry said it “fully understands”")."""
        sentence = self.sentence_of(first.start)
        return bool(re.search(rf"\b(?:{VERBS}|according to)\b", self.article[sentence.start:first.start]))

    def _unnamed(self, first: Span, after: str) -> bool:
        """The quotation is the words of a speaker the text does not name ("a senior official said"),
        or goes on right after such a quotation (“…,” an aide said. “More.”)."""
        article = self.article
        between = article[self.unnamed_end:first.start] if self.unnamed_end >= 0 else ""
        if between and len(between) <= 80 and "\n" not in between and re.fullmatch(r"[^“”\"]*[.!?,]\s*", between) \
                and not mentions_in(self.finder.mentions, self.unnamed_end, first.start):
            return True
        match = _UNNAMED_AFTER.match(after)
        end = first.end + (match.end() if match else 0)
        if match is None:
            sentence = self.sentence_of(first.start)
            before = article[sentence.start:first.start]
            if not before.strip():
                # "A Downing Street spokesperson said:" ending the paragraph before, the statement opening
                # the next one (a gov.uk readout): the sentence of the colon
                line_end = article.rfind("\n", 0, first.start)
                colon = article[:line_end].rstrip() if line_end > 0 else ""
                if colon.endswith(":"):
                    before = article[self.sentence_of(len(colon) - 1).start:len(colon) - 1].lstrip()
                    before = before[:1].lower() + before[1:]  # "A … spokesperson said:" opens its sentence
            match = _UNNAMED_BEFORE.search(before)
            end = first.end
        if match is None:
            return False
        who = match.group("who") or match.group("who2") or ""
        introduced = rf"\b(?:[Aa]n?|[Oo]ne)\s+(?:[\w.’'-]+\s+){{0,5}}?{_UNNAMED_NOUN}\b"
        if who.lower().startswith("the") and not re.search(introduced, article[:first.start]):
            return False  # "the spokesman said": someone the text may have named before
        self.unnamed_end = end
        return True

    def _continues(self, first: Span) -> bool:
        """“…,” Ortiz said. “More words.”: a quote right after an attributed one, in the same
        paragraph, with nothing but that attribution between, goes on in the same voice."""
        previous = self.previous
        if previous is None or previous.speaker is None or not previous.rule.startswith("“"):
            return False
        between = self.article[self.previous_end:first.start]
        if "\n" in between or not re.fullmatch(r"[^“”\"]*[.!?]\s*", between):
            return False
        if len(between) <= 60 and not mentions_in(self.finder.mentions, self.previous_end, first.start):
            return True
        # “…,” Austin told Singh at the beginning of their meeting. “More.”, “…,” said X, who spoke today at the
        # close of the talks. “More.”: the rest of the attribution's own sentence (whom he told, where), then the
        # next quotation
        sentence = self.sentence_of(previous.parts[-1].start)
        return (previous.rule.startswith(("“…,” X", "“…” said X")) and len(between) <= 120
                and sentence.start <= self.previous_end and sentence.end >= self.previous_end + len(between.rstrip()))

    def _sender(self, before: int) -> Mention | None:
        """Who sent the message whose words follow: "X sent a message …" or "… was sent by X" in the few
        sentences before; a message "was sent" with no agent is the text's own subject's (a Kremlin note:
        "A message of congratulations was also sent to Y", the President its subject)."""
        at = before
        for _ in range(4):
            if at <= 0:
                break
            sentence = self.sentence_of(at - 1)
            text = self.article[sentence.start:sentence.end]
            by = _SENT_BY.search(text)
            if by:
                found = mentions_in(self.finder.mentions, sentence.start + by.end(), sentence.end)
                return found[0] if found else None
            sent = _SENT.search(text)
            if sent:
                found = mentions_in(self.finder.mentions, sentence.start, sentence.start + sent.start())
                if found:
                    return found[-1]
            if _SENT_PASSIVE.search(text):
                for lead in self.sentences:  # the first sentence that opens with a person: the text's subject
                    subject = sentence_subject(self.article, lead, self.finder.mentions)
                    if subject is not None and _TITLE_ONLY.fullmatch(self.article[lead.start:subject.span.start]):
                        return subject
                return None
            at = sentence.start
        return None

    def _paragraph_after(self, parts: list[Quoted]) -> bool:
        """“…,” Mr Peters says. / “More, in a paragraph of its own.”: a statement quoted paragraph after
        paragraph, only the first attributed. A paragraph that is nothing but a quotation goes on in the
        voice of the quote before it when it has no attribution of its own and nobody is named between."""
        previous = self.previous
        if previous is None or previous.speaker is None:
            return False
        article = self.article
        start, end = parts[0].outer.start, parts[-1].outer.end
        line_start = article.rfind("\n", 0, start) + 1
        line_end = article.find("\n", end)
        line_end = len(article) if line_end < 0 else line_end
        if article[line_start:start].strip() or article[end:line_end].strip() or line_start == 0:
            return False  # narration beside it: the quotation is a sentence's, not a paragraph's
        if "\n" not in article[self.previous_end:start]:
            return False
        return not mentions_in(self.finder.mentions, self.previous_end, start) and not re.search(
            r"[“”\"]", article[self.previous_end:line_start])

    def _final_attribution(self, after: int) -> tuple[Mention | None, str] | None:
        """"While a pact should be signed “the sooner the better,” talks go on, Defense Secretary X said in a news
        conference here today.": a sentence that ends on ", X said" (only circumstances after the verb) reports
        X's words, the quotation inside it too."""
        sentence = self.sentence_of(after)
        rest = self.article[after:sentence.end]
        match = _FINAL_ATTRIBUTION.search(rest)
        if match is None or match.start() == 0:
            return None
        mention = self._who(match, "who", after)[0]
        return (mention, f"“…” …, X {match.group('verb')} (ending its sentence)") if mention is not None else None

    def _before(self, first: Span) -> tuple[Mention | None, str] | None:
        sentence = self.sentence_of(first.start)
        start = sentence.start
        context = self.article[start:first.start]
        if not context.strip():
            # "X said:" ending the paragraph before, the quotation opening the next one
            line_end = self.article.rfind("\n", 0, first.start)
            before = self.article[:line_end].rstrip() if line_end > 0 else ""
            if before.endswith(":"):
                start = self.sentence_of(len(before) - 1).start
                context = self.article[start:len(before)]
                first = Span(len(before), first.end)
        match = _ACCORDING.search(context)
        if match:
            return self._who(match, "who", start)[0], "according to X, “…”"
        if _MESSAGE_READS.search(context):
            return self._sender(start), "the message X sent reads: “…”"
        candidates: list[tuple[int, Mention | None, int]] = []
        for named in mentions_in(self.finder.mentions, start, first.start):
            candidates.append((named.span.start, named, named.span.end))
        for match in _PRONOUN_AT.finditer(context):
            candidates.append((start + match.start(), None, start + match.end()))
        for at, mention, end in sorted(candidates, key=lambda c: c[0], reverse=True):
            between = self.article[end:first.start]
            verb = _BEFORE.match(between) or _BEFORE_PARTICIPLE.match(between)
            if not verb:
                continue
            if mention is None:
                person = self._antecedent(at)
                if person is None:
                    return None, "pronoun with no certain antecedent"
                return Mention(person, Span(at, end), "pronoun"), \
                    f"he {verb.group('verb') or 'did Z by ' + verb.group('by')} “…”"
            return mention, f"X {verb.group('verb') or 'did Z by ' + verb.group('by')} … “…”"
        return None
