"""Every real text of the corpus, drafted by diplo-data draft as a user would, gives a file that validates.

The texts are published readouts, releases, transcripts and news reports
(tests/data/drafting/real); whatever the engine makes of them, the YAML it writes must
load beside the bundled data with no problem at all.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from diplo_gui import cli

REAL = Path(__file__).parents[1] / "data" / "drafting" / "real"
TEXTS = sorted(REAL.glob("*/[0-9]*.yaml"))


def test_the_corpus_is_there():
    assert len([p for p in TEXTS if p.parent.name == "dev"]) >= 40


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_a_real_text_drafts_to_yaml_that_validates_cleanly(path, tmp_path, capsys):
    gold = yaml.safe_load(path.read_text(encoding="utf-8"))
    article = tmp_path / "article.txt"
    article.write_text(gold["text"], encoding="utf-8")
    out = tmp_path / "draft.yaml"
    assert cli.main(["draft", str(article), "--published", str(gold["published"]), "-o", str(out)]) == 0
    assert re.search(r"\d+ quotes? \(\d+ unattributed\) drafted", capsys.readouterr().err)
    assert cli.main(["validate", str(out)]) == 0
    assert capsys.readouterr().out == ""  # not even a warning
