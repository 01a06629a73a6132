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


def test_the_seed_gold_quotes_are_the_articles_words_and_its_reuters_quote_is_the_bundled_one():
    folder = ROOT / "tests" / "data" / "drafting"
    gold = yaml.safe_load((folder / "seed-gold.yaml").read_text(encoding="utf-8"))
    article = " ".join((folder / gold["article"]).read_text(encoding="utf-8").split())
    assert all(" ".join(q["text"].split()) in article for q in gold["quotes"])
    # The bundled record keeps only the article's Reuters quote; the rest were EFE's words back-translated.
    meeting = loading.load(loading.sources([], True)).dataset.meeting("2023-09-18-blinken-han-zheng")
    bundled = {(q.text, q.speaker.id) for q in meeting.quotes}
    assert [(q["text"], q["speaker"]) for q in gold["quotes"] if (q["text"], q["speaker"]) in bundled] == [
        (gold["quotes"][-1]["text"], "antony-blinken")]


def test_precision_and_recall_meet_the_goals():
    groups = _eval_module().evaluate()
    corpus_quotes, corpus_people = groups["corpus"]
    seed_quotes, seed_people = groups["seed"]
    assert corpus_quotes.gold >= 20 and corpus_people.gold >= 15  # the corpus is not empty
    assert min(corpus_quotes.precision, corpus_quotes.recall, corpus_people.precision, corpus_people.recall) >= 0.9
    assert (seed_quotes.precision, seed_quotes.recall, seed_people.precision, seed_people.recall) == (1, 1, 1, 1)


def test_the_tables_print_a_row_per_invented_set_and_per_real_text(capsys, tmp_path):
    real = tmp_path / "real"
    for part, name in (("dev", "01-call"), ("heldout", "01-visit")):
        (real / part).mkdir(parents=True)
        (real / part / f"{name}.yaml").write_text(
            "published: 2024-03-08\n"
            "text: |\n  Lena Ortiz spoke by phone with Tomas Brek on Thursday.\n"
            "  “We agreed,” Ortiz said.\n"
            "quotes:\n  - {text: We agreed, speaker: lena-ortiz}\n"
            "meetings:\n  - participants: [lena-ortiz, tomas-brek]\n", encoding="utf-8")
    (real / "people.yaml").write_text((ROOT / "tests" / "data" / "drafting" / "corpus" / "people.yaml")
                                      .read_text(encoding="utf-8"), encoding="utf-8")
    assert _eval_module().main(["--real", str(real)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("| articles | quotes")
    assert [line.split(" | ")[0] for line in out[2:5]] == [
        "| invented corpus (18 articles)", "| seed article (Reuters, 2023-09-18)",
        "| held out: invented, written after the engine (4 articles)"]
    rows = {line.split(" | ")[0]: line.split(" | ")[1:] for line in out if line.startswith("| real")}
    assert set(rows) >= {"| real/dev/01-call", "| real/heldout/01-visit", "| real dev (tuned on): 1 texts",
                         "| real held out (never tuned on): 1 texts"}
    assert rows["| real/dev/01-call"][0] == "1.00 (1/1)"  # the quote and its speaker


def test_the_real_dev_texts_meet_the_goals():
    real = _eval_module().evaluate_real()
    # the corpus is there (heldout/ may be empty between a set's move into dev/ and the next one)
    assert len(real["dev"]) >= 40
    module = _eval_module()
    quotes, people, whole = module._total(real["dev"])
    assert quotes.gold >= 30 and whole.gold >= 70
    assert quotes.recall >= 0.8 and quotes.precision >= 0.9
    assert whole.recall >= 0.7  # meetings drafted with all their participants
    assert people.precision >= 0.9
    assert people.recall >= 0.8
