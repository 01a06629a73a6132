"""Participant precision and recall of the history import's remark reader on hand-annotated remarks.

    python benchmarks/import_eval.py                 # the tuning sample (tests/data/history-remarks-gold.yaml)
    python benchmarks/import_eval.py --held-out      # the held-out sample, looked at once, at the end
    python benchmarks/import_eval.py --show-errors   # every missed and every extra name

A person counts as found when the name read equals the annotated name (accents, case and
dots aside); roles are compared for the people found and reported apart. The samples were
drawn at random (seed 13) and annotated before the reader was tuned (see the files' heads).
The goal (issue #13): precision >= 0.95, recall >= 0.9.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from diplo_gui.core import loading  # noqa: E402
from diplo_gui.core.importers.history_state_gov import SPELLINGS, fold  # noqa: E402
from diplo_gui.core.importers.remarks import read_remark  # noqa: E402

GOLD = ROOT / "tests" / "data" / "history-remarks-gold.yaml"
HELD_OUT = ROOT / "tests" / "data" / "history-remarks-heldout.yaml"


@dataclass
class Score:
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    roles_right: int = 0

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        wanted = self.true_positives + self.false_negatives
        return self.true_positives / wanted if wanted else 1.0


def evaluate(path: Path, show_errors: bool = False) -> Score:
    known = dict(loading.load(loading.sources([], True)).dataset.people)
    score = Score()
    for item in yaml.safe_load(path.read_text(encoding="utf-8"))["remarks"]:
        want = {fold(p["name"]): p.get("role") for p in item["people"]}
        got = {fold(SPELLINGS.get(p.name, p.name)): p.role for p in read_remark(item["remark"], known).people}
        for name, role in got.items():
            if name in want:
                score.true_positives += 1
                score.roles_right += fold(role or "") == fold(want[name] or "")
            else:
                score.false_positives += 1
                if show_errors:
                    print(f"  extra   {item['record']}: {name!r} ({role})  <- {item['remark']}")
        for name in want.keys() - got.keys():
            score.false_negatives += 1
            if show_errors:
                print(f"  missed  {item['record']}: {name!r}  <- {item['remark']}")
    return score


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--held-out", action="store_true", help="score the held-out sample instead")
    parser.add_argument("--show-errors", action="store_true")
    args = parser.parse_args()
    path = HELD_OUT if args.held_out else GOLD
    score = evaluate(path, args.show_errors)
    print(f"{path.name}: precision {score.precision:.3f}, recall {score.recall:.3f} "
          f"({score.true_positives} found, {score.false_positives} extra, {score.false_negatives} missed); "
          f"role as annotated for {score.roles_right} of {score.true_positives} found (goal P >= 0.95, R >= 0.9)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
