"""Measure the article drafter: quotes (text and speaker), meetings and participants, per set and per text.

    python benchmarks/draft_eval.py                 # the tables
    python benchmarks/draft_eval.py --verbose       # and every miss and false find
    python benchmarks/draft_eval.py --real DIR      # another folder of real texts (dev/, heldout/, people.yaml)
    python benchmarks/draft_eval.py --people-unknown  # real texts drafted against the bundled data only

Sets. The real corpus (tests/data/drafting/real): published readouts, releases,
transcripts and news reports, annotated by hand before the drafter ran on them; dev/ is
what the rules are developed on, heldout/ is never used to tune them (its row checks
that the rules are classes of phrasing, not fits to single texts). They are drafted
against the corpus's people.yaml (the people its texts name, as a reader's data would
hold them), or with --people-unknown against the bundled data alone, where a new
person counts when the id proposed for them equals the annotated one. The invented
sets (corpus/, heldout/ beside it) and the seed article are kept as rows too.

Scoring. A drafted quote counts when its text and its speaker (an id, or none for an
unattributed quote) equal an annotated quote's. Annotated and drafted meetings are paired
best first over the whole text (a drafted meeting holding all of an annotated one's people,
then the most people shared; each drafted meeting used once); a
participant counts when it is in both, and a meeting "has all its participants" when the
drafted one holds every annotated participant. A meeting drafted with no date is still
counted: the YAML keeps it, commented, for review.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from diplo_gui.core import loading  # noqa: E402
from diplo_gui.core.drafting import Draft, draft_article  # noqa: E402
from diplo_gui.core.model import Dataset  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "drafting"


@dataclass
class Score:
    true: int = 0
    found: int = 0
    gold: int = 0

    def add(self, other: Score) -> None:
        self.true, self.found, self.gold = self.true + other.true, self.found + other.found, self.gold + other.gold

    @property
    def precision(self) -> float:
        return self.true / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.true / self.gold if self.gold else 1.0


@dataclass
class Case:
    name: str
    article: str
    published: dt.date
    gold: dict
    dataset: Dataset


@dataclass
class TextScore:
    """One text's figures: quotes, participants, and its meetings drafted with all their participants."""

    name: str
    quotes: Score
    people: Score
    whole: Score  # true: meetings with all their participants; gold: annotated meetings
    misses: list[str]


def cases() -> list[Case]:
    """The invented sets and the seed article."""
    corpus_people = loading.load([CORPUS / "corpus" / "people.yaml"]).dataset
    found = []
    for folder in ("corpus", "heldout"):
        for path in sorted((CORPUS / folder).glob("[0-9]*.yaml")):
            gold = yaml.safe_load(path.read_text(encoding="utf-8"))
            found.append(Case(f"{folder}/{path.stem}", gold["text"], dt.date.fromisoformat(str(gold["published"])),
                              gold, corpus_people))
    seed = yaml.safe_load((CORPUS / "seed-gold.yaml").read_text(encoding="utf-8"))
    bundled = loading.load(loading.sources([], True)).dataset
    found.append(Case("seed", (CORPUS / seed["article"]).read_text(encoding="utf-8"),
                      dt.date.fromisoformat(str(seed["published"])), seed, bundled))
    return found


def real_cases(folder: Path, people_unknown: bool = False) -> dict[str, list[Case]]:
    """The real texts of ``folder`` (dev/ and heldout/), drafted against its people.yaml or the bundled data."""
    people = folder / "people.yaml"
    if people_unknown or not people.exists():
        dataset = loading.load(loading.sources([], True)).dataset
    else:
        dataset = loading.load([people]).dataset
    found: dict[str, list[Case]] = {}
    for part in ("dev", "heldout"):
        for path in sorted((folder / part).glob("[0-9]*.yaml")):
            gold = yaml.safe_load(path.read_text(encoding="utf-8"))
            found.setdefault(part, []).append(Case(f"real/{part}/{path.stem}", gold["text"],
                                                   dt.date.fromisoformat(str(gold["published"])), gold, dataset))
    return found


def score_quotes(draft: Draft, gold: dict, misses: list[str]) -> Score:
    wanted = Counter((" ".join(str(q["text"]).split()), q["speaker"]) for q in gold.get("quotes") or [])
    got = Counter((q.text, q.speaker) for q in draft.quotes)
    for item in (got - wanted):
        misses.append(f"  drafted, not annotated: {item}")
    for item in (wanted - got):
        misses.append(f"  annotated, not drafted: {item}")
    return Score(sum((got & wanted).values()), sum(got.values()), sum(wanted.values()))


def score_meetings(draft: Draft, gold: dict, misses: list[str]) -> tuple[Score, Score]:
    """Participants (true, drafted, annotated) and meetings with all their participants (true, -, annotated)."""
    drafted = [{p.person for p in m.participants} for m in draft.meetings]
    annotated = [set(m["participants"]) for m in gold.get("meetings") or []]
    # Pairs are taken best first over the whole text (a drafted meeting holding all of an annotated
    # one's people, then the most people shared, then the fewest extra), so an early annotated
    # meeting cannot take the drafted one that a later annotated meeting matches exactly.
    ranked = sorted(((people <= drafted[i], len(drafted[i] & people), -len(drafted[i] - people), -g, -i), g, i)
                    for g, people in enumerate(annotated) for i in range(len(drafted)) if drafted[i] & people)
    pair: dict[int, int] = {}
    for _key, g, i in reversed(ranked):
        if g not in pair and i not in pair.values():
            pair[g] = i
    free = [i for i in range(len(drafted)) if i not in pair.values()]
    true = whole = 0
    for g, people in enumerate(annotated):
        best = pair.get(g)
        if best is None:
            misses.append(f"  meeting not drafted: {sorted(people)}")
            continue
        true += len(drafted[best] & people)
        whole += people <= drafted[best]
        if drafted[best] != people:
            misses.append(f"  participants {sorted(drafted[best])} for annotated {sorted(people)}")
    for i in free:
        misses.append(f"  meeting drafted, not annotated: {sorted(drafted[i])}")
    return (Score(true, sum(len(d) for d in drafted), sum(len(a) for a in annotated)),
            Score(whole, len(drafted), len(annotated)))


def score_participants(draft: Draft, gold: dict, misses: list[str]) -> Score:
    return score_meetings(draft, gold, misses)[0]


def score_text(case: Case) -> TextScore:
    draft = draft_article(case.article, case.published, case.dataset)
    misses: list[str] = []
    quotes = score_quotes(draft, case.gold, misses)
    people, whole = score_meetings(draft, case.gold, misses)
    return TextScore(case.name, quotes, people, whole, misses)


def _total(scores: list[TextScore]) -> tuple[Score, Score, Score]:
    totals = (Score(), Score(), Score())
    for text in scores:
        for total, part in zip(totals, (text.quotes, text.people, text.whole)):
            total.add(part)
    return totals


def evaluate(verbose: bool = False) -> dict[str, tuple[Score, Score]]:
    """Scores per invented group: "corpus" (the invented articles together), "seed", and "heldout"."""
    groups = {"corpus": (Score(), Score()), "seed": (Score(), Score()), "heldout": (Score(), Score())}
    for case in cases():
        text = score_text(case)
        group = groups[case.name.split("/")[0]]
        group[0].add(text.quotes)
        group[1].add(text.people)
        if verbose and text.misses:
            print(case.name, *text.misses, sep="\n")
    return groups


def evaluate_real(folder: Path = CORPUS / "real", people_unknown: bool = False,
                  verbose: bool = False) -> dict[str, list[TextScore]]:
    """Per-text scores of the real sets ("dev", "heldout"); empty when the folder holds none."""
    found: dict[str, list[TextScore]] = {}
    for part, part_cases in real_cases(folder, people_unknown).items():
        found[part] = [score_text(case) for case in part_cases]
        if verbose and part == "dev":  # held-out misses are never listed: nothing is tuned on them
            for text in found[part]:
                if text.misses:
                    print(text.name, *text.misses, sep="\n")
    return found


def _ratio(true: int, of: int) -> str:
    return f"{true / of if of else 1.0:.2f} ({true}/{of})"


def table(groups: dict[str, tuple[Score, Score]]) -> str:
    n_corpus = len(list((CORPUS / "corpus").glob("[0-9]*.yaml")))
    n_held = len(list((CORPUS / "heldout").glob("[0-9]*.yaml")))
    lines = ["| articles | quotes (text + speaker) precision | recall | participants precision | recall |",
             "| --- | --- | --- | --- | --- |"]
    labels = {"corpus": f"invented corpus ({n_corpus} articles)", "seed": "seed article (Reuters, 2023-09-18)",
              "heldout": f"held out: invented, written after the engine ({n_held} articles)"}
    for name, (quotes, people) in groups.items():
        lines.append(f"| {labels[name]} | {quotes.precision:.2f} ({quotes.true}/{quotes.found}) "
                     f"| {quotes.recall:.2f} ({quotes.true}/{quotes.gold}) "
                     f"| {people.precision:.2f} ({people.true}/{people.found}) "
                     f"| {people.recall:.2f} ({people.true}/{people.gold}) |")
    return "\n".join(lines)


# The held-out sets that have been seen and moved into dev/ (first and last dev number, as
# docs/drafting-corpus.md lists them): their rows show how rules fitted on the earlier texts
# do on each now (what each scored when fresh is in its commit).
SEEN_SETS = ((45, 58), (59, 72), (73, 86), (87, 102), (103, 114), (115, 126), (127, 142), (143, 153), (154, 166),
             (167, 179), (180, 191), (192, 204), (205, 217), (218, 229),
             (230, 241), (242, 253))


def _number(text: TextScore) -> int:
    stem = text.name.rsplit("/", 1)[-1]
    return int(stem.split("-", 1)[0]) if stem.split("-", 1)[0].isdigit() else 0


GOALS = "goals on real dev: quotes R >= 0.80, P >= 0.90; meetings with all participants >= 0.70; " \
        "participants R >= 0.80, P >= 0.90"


def real_table(real: dict[str, list[TextScore]]) -> str:
    """The real sets: a row per text, then each set's totals."""
    head = ["| real text | quotes P | quotes R | meetings with all participants | participants P | participants R |",
            "| --- | --- | --- | --- | --- | --- |"]
    lines = list(head)
    for part in ("dev", "heldout"):
        for text in real.get(part, []):
            lines.append(f"| {text.name} | {_ratio(text.quotes.true, text.quotes.found)} "
                         f"| {_ratio(text.quotes.true, text.quotes.gold)} | {_ratio(text.whole.true, text.whole.gold)} "
                         f"| {_ratio(text.people.true, text.people.found)} "
                         f"| {_ratio(text.people.true, text.people.gold)} |")
    lines += ["", *head]
    labels = {"dev": "real dev (tuned on)", "heldout": "real held out (never tuned on)"}
    sets = [(f"real dev/{first}-{last}, was held-out set {n}",
             [text for text in real.get("dev", []) if first <= _number(text) <= last])
            for n, (first, last) in enumerate(SEEN_SETS, 1)]
    for label, texts in [(labels["dev"], real.get("dev", [])), *sets, (labels["heldout"], real.get("heldout", []))]:
        if not texts and label != labels["heldout"] and label != labels["dev"]:
            continue
        if not texts:  # a held-out set moved into dev, and the next one not yet built: nothing to score
            lines.append(f"| {label}: no texts (the last set moved into dev) | | | | | |")
            continue
        quotes, people, whole = _total(texts)
        lines.append(f"| {label}: {len(texts)} texts | {_ratio(quotes.true, quotes.found)} "
                     f"| {_ratio(quotes.true, quotes.gold)} | {_ratio(whole.true, whole.gold)} "
                     f"| {_ratio(people.true, people.found)} | {_ratio(people.true, people.gold)} |")
    return "\n".join(lines + ["", GOALS])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list every miss and false find")
    parser.add_argument("--real", type=Path, default=CORPUS / "real", metavar="DIR",
                        help="the folder of real texts (dev/, heldout/, people.yaml)")
    parser.add_argument("--people-unknown", action="store_true",
                        help="draft the real texts against the bundled data only, not the corpus's people")
    args = parser.parse_args(argv)
    print(table(evaluate(args.verbose)))
    print()
    print(real_table(evaluate_real(args.real, args.people_unknown, args.verbose)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
