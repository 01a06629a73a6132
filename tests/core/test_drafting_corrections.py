"""A reviewer's corrections to a draft (core.drafting.corrections), on the seed article, and the YAML they give."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from diplo_gui.core import loading
from diplo_gui.core.drafting import corrections, draft_article, to_yaml
from diplo_gui.core.model import PartialDate, Source

SEED = Path(__file__).parents[1] / "data" / "drafting" / "seed-reuters-2023-09-18.txt"
UN = "2023-09-18-blinken-han-zheng-2"


@pytest.fixture(scope="module")
def seed():  # type: ignore[no-untyped-def]
    # Every meeting kept as new although the bundled data holds it (the reviewer's choice).
    dataset = loading.load(loading.sources([], True)).dataset
    return dataset, corrections.all_as_new(draft_article(SEED.read_text(encoding="utf-8"), dt.date(2023, 9, 18),
                                                         dataset))


def _meeting(draft, meeting_id):  # type: ignore[no-untyped-def]
    return next(m for m in draft.meetings if m.id == meeting_id)


def _load(tmp_path, draft):  # type: ignore[no-untyped-def]
    path = tmp_path / "draft.yaml"
    path.write_text(to_yaml(corrections.pruned(draft), Source("Reuters", "https://www.reuters.com")), encoding="utf-8")
    result = loading.load(loading.sources([path], True))
    assert not result.has_errors, [str(p) for p in result.problems]
    return yaml.safe_load(path.read_text(encoding="utf-8")), result.dataset


def test_an_unattributed_quote_leaves_its_meeting_and_a_speaker_brings_it_back(seed, tmp_path):
    _, draft = seed
    quote = _meeting(draft, UN).quotes[0]
    loose = corrections.set_speaker(draft, quote.parts, None)
    assert quote.parts not in [q.parts for q in _meeting(loose, UN).quotes]
    assert [q.parts for q in loose.unattached_quotes] == [quote.parts]
    data, _ = _load(tmp_path, loose)
    assert "the most important" not in [q["text"] for m in data["meetings"] for q in m.get("quotes", [])]
    back = corrections.set_speaker(loose, quote.parts, "han-zheng")
    assert [(q.text, q.speaker) for q in _meeting(back, UN).quotes] == [
        (q.text, q.speaker) for q in _meeting(draft, UN).quotes]
    assert _meeting(back, UN).quotes[0].rule == corrections.BY_REVIEWER


def test_a_date_given_to_an_undated_meeting_saves_it_under_a_dated_id(seed, tmp_path):
    dataset, draft = seed
    known = {m.id for m in dataset.meetings}
    dated = corrections.set_date(draft, "undated-kerry", PartialDate.parse("2023-07-16"), known)
    assert "2023-07-16-kerry" in [m.id for m in dated.meetings]
    data, loaded = _load(tmp_path, dated)
    assert "2023-07-16-kerry" in [m["id"] for m in data["meetings"]]
    assert str(loaded.meeting("2023-07-16-kerry").date) == "2023-07-16"
    # Moving the UN meeting's date keeps its id free of the bundled one.
    moved = corrections.set_date(draft, UN, PartialDate.parse("2023-09-19"), known)
    assert _meeting(moved, "2023-09-19-blinken-han-zheng").date.rule == corrections.BY_REVIEWER


def test_drops_and_refusals(seed, tmp_path):
    _, draft = seed
    with pytest.raises(ValueError):
        corrections.drop_participant(draft, "2023-06-blinken", 0)  # its only participant
    with pytest.raises(ValueError):
        corrections.set_participant(draft, UN, 0, "han-zheng")  # already there
    with pytest.raises(ValueError):
        corrections.set_title(draft, UN, "  ")
    d = corrections.drop_participant(draft, "2023-09-17-wang-yi-sullivan", 1)
    d = corrections.drop_issue(d, "2023-09-17-wang-yi-sullivan", "taiwan")
    d = corrections.drop_place(d, UN, "venue")
    d = corrections.drop_quote(d, _meeting(d, UN).quotes[-1].parts)
    d = corrections.drop_meeting(d, "2022-biden-xi-jinping")
    data, _ = _load(tmp_path, d)
    by_id = {m["id"]: m for m in data["meetings"]}
    assert by_id["2023-09-17-wang-yi-sullivan"]["participants"] == ["wang-yi"]
    assert by_id["2023-09-17-wang-yi-sullivan"]["issues"] == ["ukraine-war"]
    assert "venue" not in by_id[UN]["location"] and len(by_id[UN]["quotes"]) == 4
    assert "2022-biden-xi-jinping" not in by_id and len(d.quotes) == 4
