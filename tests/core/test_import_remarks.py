"""The history import's remark reader: people named in the Office's remarks, with their roles."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from diplo_gui.core.importers.remarks import read_remark

ROOT = Path(__file__).resolve().parents[2]


def people(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.role) for p in read_remark(text).people]


def test_titled_people_are_read_with_their_roles_and_the_rest_is_the_summary():
    reading = read_remark("Met with King Philippe and Prime Minister Alexander De Croo. Attended the NATO Summit.")
    assert [(p.name, p.role) for p in reading.people] == [("Philippe", "King"), ("Alexander De Croo", "Prime Minister")]
    assert reading.summary == "Attended the NATO Summit."


def test_names_with_particles_initials_and_numerals_are_read_whole():
    assert people("Met with Crown Prince and Prime Minister Salman bin Hamad Al Khalifa.") == [
        ("Salman bin Hamad Al Khalifa", "Crown Prince and Prime Minister")]
    assert people("Led, with Secretary of Defense Mark T. Esper, the 2+2 Dialogue.") == [
        ("Mark T. Esper", "Secretary of Defense")]
    assert people("Audience with Pope John Paul II.") == [("John Paul II", "Pope")]


def test_a_plural_title_introduces_a_list_and_of_country_places_each_person():
    reading = read_remark("Also met with Presidents Perez of Venezuela, Lopez Michelson of Colombia, and "
                          "Prime Minister Manley of Jamaica.")
    assert [(p.name, p.role, p.country) for p in reading.people] == [
        ("Perez", "President", "VE"), ("Lopez Michelson", "President", "CO"), ("Manley", "Prime Minister", "JM")]


def test_the_dead_are_named_but_not_met_and_dates_are_not_names():
    assert people("Accompanied President Clinton to the funeral of Prime Minister Rabin.") == [("Clinton", "President")]
    assert people("Private visit. Met with President Reagan July 27.") == [("Reagan", "President")]
    assert people("Met with the Foreign Ministers of Egypt and Jordan.") == []


def test_a_visitor_line_names_one_or_two_people_with_their_titles():
    assert people("Prime Minister George Papandreou") == [("George Papandreou", "Prime Minister")]
    assert people("President Francesco Cossiga and Prime Minister Giulio Andreotti") == [
        ("Francesco Cossiga", "President"), ("Giulio Andreotti", "Prime Minister")]
    assert people("King Juan Carlos I") == [("Juan Carlos I", "King")]


@pytest.mark.skipif(importlib.util.find_spec("yaml") is None, reason="PyYAML is needed")
def test_the_hand_annotated_remarks_reach_the_goal():
    spec = importlib.util.spec_from_file_location("import_eval", ROOT / "benchmarks" / "import_eval.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["import_eval"] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    score = module.evaluate(module.GOLD)
    assert score.true_positives >= 60
    assert score.precision >= 0.95 and score.recall >= 0.9, (score.precision, score.recall)


def test_title_words_in_the_names_of_events_and_places_name_nobody():
    assert people("Co-led the U.S. delegation to the U.S.-Mexico High Level Security Dialogue.") == []
    assert people("Visited Grand Rapids and the National Institute of Health. State Visit.") == []
    assert people("Met with Chief Executive Abdullah Abdullah and Prime Minister Theresa May.") == [
        ("Abdullah Abdullah", "Chief Executive"), ("Theresa May", "Prime Minister")]
