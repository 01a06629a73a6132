"""Measure the article drafter: precision and recall of quotes (text and speaker) and participants.

    python benchmarks/draft_eval.py            # the table of precision and recall
    python benchmarks/draft_eval.py --verbose  # and every miss and false find

The corpus is tests/data/drafting: invented articles about invented people of invented
states (corpus/, each with its hand annotation, written alongside the engine; heldout/,
written after it and not used to tune its patterns) and the seed article with its gold
(seed-gold.yaml). A script rather than a diplo-data subcommand: the corpus lives with
the tests and is not installed with the app, and the console tool stays for users' data.

Scoring. A drafted quote counts when its text and its speaker (an id, or none for an
unattributed quote) equal an annotated quote's. Participants are counted per meeting:
each annotated meeting is paired with the drafted meeting sharing most of its people
(each drafted meeting used once), and a participant counts when it is in both. A
meeting drafted with no date is still counted: the YAML keeps it, commented, for review.
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


def cases() -> list[Case]:
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


def score_quotes(draft: Draft, gold: dict, misses: list[str]) -> Score:
    wanted = Counter((q["text"], q["speaker"]) for q in gold.get("quotes") or [])
    got = Counter((q.text, q.speaker) for q in draft.quotes)
    for item in (got - wanted):
        misses.append(f"  drafted, not annotated: {item}")
    for item in (wanted - got):
        misses.append(f"  annotated, not drafted: {item}")
    return Score(sum((got & wanted).values()), sum(got.values()), sum(wanted.values()))


def score_participants(draft: Draft, gold: dict, misses: list[str]) -> Score:
    drafted = [{p.person for p in m.participants} for m in draft.meetings]
    annotated = [set(m["participants"]) for m in gold.get("meetings") or []]
    free = list(range(len(drafted)))
    true = 0
    for people in annotated:
        best = max(free, key=lambda i: (len(drafted[i] & people), -i), default=None)
        if best is None or not drafted[best] & people:
            misses.append(f"  meeting not drafted: {sorted(people)}")
            continue
        free.remove(best)
        true += len(drafted[best] & people)
        if drafted[best] != people:
            misses.append(f"  participants {sorted(drafted[best])} for annotated {sorted(people)}")
    for i in free:
        misses.append(f"  meeting drafted, not annotated: {sorted(drafted[i])}")
    return Score(true, sum(len(d) for d in drafted), sum(len(a) for a in annotated))


def evaluate(verbose: bool = False) -> dict[str, tuple[Score, Score]]:
    """Scores per group: "corpus" (the invented articles together), "seed", and "heldout"."""
    groups = {"corpus": (Score(), Score()), "seed": (Score(), Score()), "heldout": (Score(), Score())}
    for case in cases():
        draft = draft_article(case.article, case.published, case.dataset)
        misses: list[str] = []
        quotes, people = score_quotes(draft, case.gold, misses), score_participants(draft, case.gold, misses)
        group = groups[case.name.split("/")[0]]
        group[0].add(quotes)
        group[1].add(people)
        if verbose and misses:
            print(case.name, *misses, sep="\n")
    return groups


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list every miss and false find")
    args = parser.parse_args(argv)
    print(table(evaluate(args.verbose)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
