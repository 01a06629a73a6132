"""The measured goals of the drafter hold: benchmarks/draft_eval.py on the annotated corpus."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import yaml

from diplo_gui.core import loading

ROOT = Path(__file__).parents[2]


def _eval_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("draft_eval", ROOT / "benchmarks" / "draft_eval.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["draft_eval"] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def test_the_seed_gold_quotes_are_the_bundled_un_meetings_quotes():
    gold = yaml.safe_load((ROOT / "tests" / "data" / "drafting" / "seed-gold.yaml").read_text(encoding="utf-8"))
    meeting = loading.load(loading.sources([], True)).dataset.meeting("2023-09-18-blinken-han-zheng")
    assert [(q["text"], q["speaker"]) for q in gold["quotes"]] == [(q.text, q.speaker.id) for q in meeting.quotes]


def test_precision_and_recall_meet_the_goals():
    groups = _eval_module().evaluate()
    corpus_quotes, corpus_people = groups["corpus"]
    seed_quotes, seed_people = groups["seed"]
    assert corpus_quotes.gold >= 20 and corpus_people.gold >= 15  # the corpus is not empty
    assert min(corpus_quotes.precision, corpus_quotes.recall, corpus_people.precision, corpus_people.recall) >= 0.9
    assert (seed_quotes.precision, seed_quotes.recall, seed_people.precision, seed_people.recall) == (1, 1, 1, 1)


def test_the_table_prints_one_row_per_group(capsys):
    assert _eval_module().main([]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("| articles | quotes")
    assert [line.split(" | ")[0] for line in out[2:]] == [
        "| invented corpus (18 articles)", "| seed article (Reuters, 2023-09-18)",
        "| held out: invented, written after the engine (4 articles)"]
