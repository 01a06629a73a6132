"""Relations across meetings: threads, people, pairs and related meetings, in date order."""

from __future__ import annotations

import pytest

from diplo_gui.core import bundled, loading
from diplo_gui.core.relations import (
    counterparts,
    country_pair_history,
    issue_thread,
    pair_history,
    people_counts,
    person_meetings,
    related_meetings,
)

EXTRA = """
meetings:
  - id: 2024-01-26-wang-yi-sullivan-bangkok
    title: Sullivan and Wang Yi in Bangkok
    date: 2024-01-26
    participants: [jake-sullivan, wang-yi]
  - id: 2024-04-26-blinken-wang-yi
    title: Blinken and Wang Yi, test meeting
    date: 2024-04
    participants: [antony-blinken, wang-yi]
    issues: [taiwan]
    quotes:
      - {speaker: wang-yi, text: test words one}
  - id: 2022-08-blinken-wang-yi
    title: Blinken and Wang Yi, earlier test meeting
    date: 2022
    participants: [wang-yi, antony-blinken]
"""


@pytest.fixture(scope="module")
def dataset():
    return loading.load([bundled.data_dir()]).dataset


@pytest.fixture
def extended(write_yaml):
    result = loading.load([bundled.data_dir(), write_yaml(EXTRA)])
    assert not result.problems
    return result.dataset


def ids(meetings) -> list[str]:
    return [m.id for m in meetings]


def test_the_taiwan_thread_runs_oldest_first_with_its_quotes(dataset):
    thread = issue_thread(dataset, "taiwan")
    assert ids(e.meeting for e in thread) == [
        "2022-07-28-biden-xi-call", "2022-11-14-biden-xi-bali", "2023-02-18-blinken-wang-yi-munich",
        "2023-05-10-sullivan-wang-yi-vienna", "2023-06-18-blinken-beijing", "2023-07-13-blinken-wang-yi-jakarta",
        "2023-09-16-wang-yi-sullivan-malta", "2023-09-18-blinken-han-zheng", "2023-11-15-biden-xi-woodside"]
    lines = issue_thread(dataset, "lines-of-communication")
    unga = next(e for e in lines if e.meeting.id == "2023-09-18-blinken-han-zheng")
    assert [(q.speaker.name, q.text) for q in unga.quotes][:2] == [
        ("Han Zheng", "At present, China-U.S. relations are the most consequential relations."),
        ("Han Zheng", "The world needs a steady and sound China-U.S. relationship, and such a relationship is "
                      "beneficial with two countries and the world at large.")]
    assert issue_thread(dataset, "no-such-issue") == []


def test_the_balloon_thread_holds_the_postponed_trip(dataset):
    assert ids(e.meeting for e in issue_thread(dataset, "spy-balloon")) == [
        "2023-02-blinken-beijing-postponed", "2023-02-18-blinken-wang-yi-munich"]


def test_people_are_counted_most_meetings_first(dataset):
    counts = people_counts(dataset)
    # Biden and Xi attended six meetings each; equal counts read alphabetically
    assert [(c.person.name, c.meetings) for c in counts[:5]] == [
        ("Wang Yi", 9), ("Antony Blinken", 8), ("Joe Biden", 6), ("Xi Jinping", 6), ("Li Qiang", 4)]
    assert [c.meetings for c in counts] == sorted((c.meetings for c in counts), reverse=True)
    assert {c.person.id for c in counts} == set(dataset.people)


def test_a_persons_meetings_and_counterparts(dataset):
    assert ids(person_meetings(dataset, "antony-blinken")) == [
        "2023-02-blinken-beijing-postponed", "2023-02-18-blinken-wang-yi-munich", "2023-06-18-blinken-beijing",
        "2023-06-19-blinken-wang-yi-beijing", "2023-06-19-blinken-xi-beijing", "2023-07-13-blinken-wang-yi-jakarta",
        "2023-09-18-blinken-han-zheng", "2023-10-26-wang-yi-washington"]
    across = {c.person.id: c.meetings for c in counterparts(dataset, "wang-yi")}
    # Wang Yi's counterparts are the Americans he met, never his Chinese colleagues (Xi at the Schumer meeting).
    assert across == {"antony-blinken": 4, "jake-sullivan": 3, "chuck-schumer": 1, "joe-biden": 1, "john-kerry": 1,
                      "mike-crapo": 1}


def test_the_blinken_wang_yi_pair_lists_their_meetings_in_order(dataset, extended):
    bundled_pair = ["2023-02-18-blinken-wang-yi-munich", "2023-06-19-blinken-wang-yi-beijing",
                    "2023-07-13-blinken-wang-yi-jakarta", "2023-10-26-wang-yi-washington"]
    assert ids(pair_history(dataset, "antony-blinken", "wang-yi")) == bundled_pair
    assert ids(pair_history(extended, "wang-yi", "antony-blinken")) == [
        "2022-08-blinken-wang-yi", *bundled_pair, "2024-04-26-blinken-wang-yi"]


def test_a_country_pair_needs_both_sides_at_the_table(dataset):
    us_cn = ids(country_pair_history(dataset, "US", "CN"))
    assert us_cn[0] == "2022-03-18-biden-xi-video-call" and us_cn[-1] == "2023-11-15-biden-xi-woodside"
    assert "2023-02-blinken-beijing-postponed" not in us_cn  # no Chinese participant is recorded
    assert len(us_cn) == 24
    assert country_pair_history(dataset, "US", "MT") == []  # Malta hosted; it was not a side


def test_related_meetings_previous_next_and_shared(dataset):
    malta = next(m for m in dataset.meetings if m.id == "2023-09-16-wang-yi-sullivan-malta")
    related = related_meetings(dataset, malta)
    assert related.previous.id == "2023-09-biden-li-qiang-new-delhi"  # known to the month: it sorts before the 16th
    assert related.next.id == "2023-09-18-blinken-han-zheng"
    # Wang Yi's talks in Washington and in Vienna had both Wang and Sullivan at the table: they come first
    assert [m.id for m, _ in related.shared_people][:2] == [
        "2023-10-26-wang-yi-washington", "2023-05-10-sullivan-wang-yi-vienna"]
    assert all(len({p.person.id for p in m.participants} & {"wang-yi", "jake-sullivan"}) == 1
               for m, _ in related.shared_people[2:])
    # The UN meeting, Filoli and Vienna share four issues each with Malta: most shared first, then the nearest
    assert [(m.id, len(issues)) for m, issues in related.shared_issues[:3]] == [
        ("2023-09-18-blinken-han-zheng", 4), ("2023-11-15-biden-xi-woodside", 4),
        ("2023-05-10-sullivan-wang-yi-vienna", 4)]
    assert related.shared_issues[0][1] == ("us-china-relations", "lines-of-communication", "ukraine-war", "taiwan")
    first = next(m for m in dataset.meetings if m.id == "2022-03-18-biden-xi-video-call")
    assert related_meetings(dataset, first).previous is None
    bali = next(m for m in dataset.meetings if m.id == "2022-11-14-biden-xi-bali")
    assert related_meetings(dataset, bali).previous.id == "2022-07-28-biden-xi-call"
    # Vienna and Blinken's meeting with Qin Gang both share three issues with Bali; at a tie the nearer comes first
    assert [(m.id, issues) for m, issues in related_meetings(dataset, bali).shared_issues[:2]] == [
        ("2023-05-10-sullivan-wang-yi-vienna", ("us-china-relations", "taiwan", "lines-of-communication")),
        ("2023-06-18-blinken-beijing", ("us-china-relations", "lines-of-communication", "taiwan"))]
