"""The loader: every hostile input ends in a located problem, and good records still load."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from diplo_gui.core import files, loading
from diplo_gui.core.model import Status

PEOPLE = """\
people:
  - {id: anne, name: Anne Example, country: "NO"}
  - {id: bo, name: Bo Example, country: SE}
issues:
  - {id: fish, name: Fishing rights}
"""

GOOD_MEETING = """\
  - id: good
    title: A good meeting
    date: 2023-06-18
    participants: [anne, bo]
"""


def load_text(write_yaml, text: str, name: str = "data.yaml") -> loading.LoadResult:
    return loading.load([write_yaml(text, name)])


def codes(result: loading.LoadResult) -> list[tuple[int, int, str, str]]:
    return [(p.line, p.col, p.severity.value, p.code) for p in result.problems]


def ids(result: loading.LoadResult) -> list[str]:
    return sorted(m.id for m in result.dataset.meetings)


def test_a_clean_file_loads_without_problems(write_yaml):
    result = load_text(write_yaml, PEOPLE + "meetings:\n" + GOOD_MEETING)
    assert result.problems == ()
    meeting = result.dataset.meetings[0]
    assert [p.person.name for p in meeting.participants] == ["Anne Example", "Bo Example"]
    assert str(meeting.date) == "2023-06-18"


def test_yaml_1_1_words_stay_text(write_yaml):
    result = load_text(write_yaml, PEOPLE + """\
meetings:
  - id: m
    title: yes
    date: 2023
    status: planned
    location: {city: "off", country: NO, venue: 12:30}
    participants: [anne]
    summary: on
""")
    assert result.problems == ()
    m = result.dataset.meetings[0]
    assert (m.title, m.summary, m.place.country, m.place.venue, m.place.city) == ("yes", "on", "NO", "12:30", "off")
    assert result.dataset.people["anne"].country == "NO"
    assert m.status is Status.PLANNED


def test_a_bad_date_is_located_and_drops_only_its_record(write_yaml):
    result = load_text(write_yaml, PEOPLE + "meetings:\n" + GOOD_MEETING + """\
  - id: bad
    title: Bad date
    date: 2023-02-30
    participants: [anne]
""")
    assert ids(result) == ["good"]
    assert codes(result) == [(13, 11, "error", "bad-date")]
    assert "day 30 is out of range" in result.problems[0].message


def test_problems_use_the_file_line_col_form(write_yaml):
    path = write_yaml(PEOPLE + "meetings:\n  - id: x\n    title: T\n    date: 2023-02-30\n    participants: [anne]\n")
    problem = loading.load([path]).problems[0]
    assert str(problem).startswith(f"{path}:9:11: error: ")


def test_duplicate_keys_are_reported_and_the_first_is_kept(write_yaml):
    result = load_text(write_yaml, PEOPLE + """\
meetings:
  - id: m
    title: First title
    title: Second title
    date: 2023
    participants: [anne]
""")
    assert codes(result) == [(9, 5, "error", "duplicate-key")]
    assert result.dataset.meetings[0].title == "First title"


def test_unknown_keys_are_warnings(write_yaml):
    result = load_text(write_yaml, PEOPLE + "meetings:\n" + GOOD_MEETING + "    mood: tense\n")
    assert codes(result) == [(11, 5, "warning", "unknown-key")]
    assert ids(result) == ["good"]


def test_unknown_references_are_dropped_and_the_record_stays(write_yaml):
    result = load_text(write_yaml, PEOPLE + """\
meetings:
  - id: m
    title: T
    date: 2023
    participants: [anne, nobody]
    quotes:
      - {speaker: ghost, text: "Boo"}
      - {speaker: anne, text: "Hello"}
    issues: [fish, whales]
""")
    assert codes(result) == [(10, 26, "warning", "unknown-person"), (12, 19, "warning", "unknown-speaker"),
                             (14, 20, "warning", "unknown-issue")]
    m = result.dataset.meetings[0]
    assert [q.text for q in m.quotes] == ["Hello"]
    assert [i.id for i in m.issues] == ["fish"]


def test_a_meeting_without_a_known_participant_goes_alone(write_yaml):
    result = load_text(write_yaml, PEOPLE + "meetings:\n" + GOOD_MEETING + """\
  - id: lonely
    title: T
    date: 2023
    participants: [nobody]
""")
    assert ids(result) == ["good"]
    assert ("no-participants" in {c[3] for c in codes(result)})


@pytest.mark.parametrize(("field", "value", "code"), [
    ("id", "Not An Id", "bad-id"),
    ("title", "''", "missing-field"),
    ("date", "[2023]", "wrong-type"),
    ("participants", "anne", "wrong-type"),
])
def test_a_record_with_a_bad_required_field_is_dropped(write_yaml, field, value, code):
    record = {"id": "m", "title": "T", "date": "2023", "participants": "[anne]"}
    record[field] = value
    body = "\n".join(f"    {k}: {v}" for k, v in record.items()).replace("    id:", "  - id:", 1)
    result = load_text(write_yaml, PEOPLE + "meetings:\n" + GOOD_MEETING + body + "\n")
    assert ids(result) == ["good"]
    assert code in {c[3] for c in codes(result)}
    assert all(p.line > 5 for p in result.problems)


def test_a_missing_field_points_at_the_record(write_yaml):
    result = load_text(write_yaml, PEOPLE + "meetings:\n  - id: m\n    date: 2023\n    participants: [anne]\n")
    assert codes(result) == [(7, 5, "error", "missing-field")]


@pytest.mark.parametrize("url", ["javascript:alert(1)", "file:///etc/passwd", "http://", "smb://host/share",
                                 "https://exa mple.com", "data:text/html,hi", "ftp://example.com"])
def test_unsafe_source_urls_are_dropped_with_a_warning(write_yaml, url):
    result = load_text(write_yaml, PEOPLE + "meetings:\n" + GOOD_MEETING + f"""\
    sources:
      - {{title: Source, url: "{url}"}}
""")
    assert codes(result) == [(12, 30, "warning", "unsafe-url")]
    assert result.dataset.meetings[0].sources[0].url is None


def test_bad_country_codes_are_warnings(write_yaml):
    result = load_text(write_yaml, "people:\n  - {id: a, name: A, country: XX}\n  - {id: b, name: B, country: us}\n")
    assert [c[3] for c in codes(result)] == ["bad-country", "bad-country"]
    assert result.dataset.people["a"].country is None


def test_duplicate_ids_across_files_keep_the_first(write_yaml):
    first = write_yaml(PEOPLE + "meetings:\n" + GOOD_MEETING, "a.yaml")
    second = write_yaml("meetings:\n" + GOOD_MEETING.replace("A good meeting", "Again"), "b.yaml")
    result = loading.load([first, second])
    assert [(p.path, p.code) for p in result.problems] == [(str(second), "duplicate-id")]
    assert result.dataset.meetings[0].title == "A good meeting"


def test_references_cross_files(write_yaml):
    people = write_yaml(PEOPLE, "people.yaml")
    meetings = write_yaml("meetings:\n" + GOOD_MEETING, "meetings.yaml")
    assert ids(loading.load([meetings, people])) == ["good"]


def test_python_tags_are_refused(write_yaml):
    result = load_text(write_yaml, PEOPLE + "meetings:\n" + GOOD_MEETING
                       + "    summary: !!python/object/apply:os.system [echo hacked]\n")
    assert codes(result) == [(11, 14, "error", "unsupported-tag")]
    assert ids(result) == ["good"]  # the optional summary is left out, the record stays


# -- hostile files: each ends in a located error, fast ----------------------------


def test_an_alias_bomb_is_harmless(write_yaml):
    bomb = ['a0: &a0 ["x", "x", "x", "x", "x", "x", "x", "x", "x"]']
    for level in range(1, 10):
        bomb.append(f"a{level}: &a{level} [" + ", ".join([f"*a{level - 1}"] * 9) + "]")
    text = "\n".join(bomb) + "\nmeetings: *a9\n"
    start = time.perf_counter()
    result = load_text(write_yaml, text)
    assert time.perf_counter() - start < 5  # a walk of the bomb would take minutes
    assert ids(result) == []
    assert {c[3] for c in codes(result)} == {"unknown-key", "wrong-type"}


def test_a_self_referencing_alias_is_harmless(write_yaml):
    result = load_text(write_yaml, "meetings: &a [*a]\n")
    assert [c[3] for c in codes(result)] == ["wrong-type"]


@pytest.mark.parametrize("text", ["meetings: " + "[" * 5000 + "]" * 5000,
                                  "".join(" " * (2 * i) + f"k{i}:\n" for i in range(3000)) + "  " * 3000 + "x\n"])
def test_absurd_nesting_is_a_located_error(write_yaml, text):
    result = load_text(write_yaml, text)
    assert [c[3] for c in codes(result)] == ["yaml-syntax"]
    assert "nesting" in result.problems[0].message


def test_invalid_utf8_is_located(tmp_path):
    path = tmp_path / "latin1.yaml"
    path.write_bytes(PEOPLE.encode() + "meetings:\n  - id: caf\xe9\n".encode("latin-1"))
    result = loading.load([path])
    assert codes(result) == [(7, 12, "error", "encoding")]
    assert len(result.dataset.people) == 0  # the whole file is unreadable: nothing half-read


def test_utf16_with_a_bom_is_read(tmp_path):
    path = tmp_path / "utf16.yaml"
    path.write_bytes((PEOPLE + "meetings:\n" + GOOD_MEETING).encode("utf-16"))
    assert ids(loading.load([path])) == ["good"]


@pytest.mark.parametrize(("char", "name"), [("\x00", "U+0000"), ("\x07", "U+0007"), ("\x1b", "U+001B")])
def test_control_characters_in_the_file_are_located(tmp_path, char, name):
    path = tmp_path / "ctrl.yaml"
    path.write_text(PEOPLE + f"meetings:\n  - id: x{char}\n", encoding="utf-8")
    result = loading.load([path])
    assert codes(result) == [(7, 10, "error", "control-character")]
    assert name in result.problems[0].message


def test_escaped_control_characters_in_text_are_removed(write_yaml):
    result = load_text(write_yaml, PEOPLE + "meetings:\n" + GOOD_MEETING + '    summary: "bell\\a and\\x1b[31m red"\n')
    assert codes(result) == [(11, 14, "warning", "control-character")]
    assert result.dataset.meetings[0].summary == "bell and[31m red"


@pytest.mark.parametrize("text", ["- a list\n- at the top\n", "just text\n", "42\n"])
def test_a_top_level_that_is_not_a_mapping(write_yaml, text):
    assert [c[3] for c in codes(load_text(write_yaml, text))] == ["wrong-type"]


def test_multiple_documents_are_an_error(write_yaml):
    result = load_text(write_yaml, PEOPLE + "---\n" + PEOPLE)
    assert [c[:3] for c in codes(result)] == [(6, 1, "error")]


def test_broken_yaml_is_located(write_yaml):
    result = load_text(write_yaml, PEOPLE + "meetings:\n  - id: [unclosed\n")
    assert codes(result) == [(8, 1, "error", "yaml-syntax")]


def test_an_empty_file_is_fine(write_yaml):
    assert load_text(write_yaml, "").problems == ()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_is_not_read(tmp_path):
    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)
    start = time.perf_counter()
    result = loading.load([tmp_path])
    assert time.perf_counter() - start < 5
    assert codes(result) == [(1, 1, "error", "not-regular-file")]


def test_a_link_to_a_device_is_not_read(tmp_path):
    (tmp_path / "zero.yaml").symlink_to("/dev/zero")
    assert [c[3] for c in codes(loading.load([tmp_path]))] == ["not-regular-file"]


def test_a_symlink_loop_is_a_problem(tmp_path):
    (tmp_path / "loop.yaml").symlink_to(tmp_path / "loop.yaml")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "up").symlink_to(tmp_path)  # a folder loop: not followed
    assert [c[3] for c in codes(loading.load([tmp_path]))] == ["file-unreadable"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_an_unreadable_file_is_a_problem(write_yaml):
    path = write_yaml(PEOPLE)
    path.chmod(0)
    assert [c[3] for c in codes(loading.load([path]))] == ["file-unreadable"]


def test_a_file_over_the_size_cap_is_refused(write_yaml, monkeypatch):
    monkeypatch.setattr(files, "MAX_FILE_BYTES", 1000)
    path = write_yaml(PEOPLE + "#" * 2000 + "\n")
    result = loading.load([path])
    assert [c[3] for c in codes(result)] == ["file-too-large"]


def test_a_missing_path_is_a_problem(tmp_path):
    result = loading.load([tmp_path / "nope.yaml"])
    assert [c[3] for c in codes(result)] == ["file-unreadable"]


def test_a_bad_file_leaves_every_good_file_loaded(write_yaml, tmp_path):
    write_yaml(PEOPLE + "meetings:\n" + GOOD_MEETING, "folder/1-good.yaml")
    write_yaml("meetings: [unclosed\n", "folder/2-broken.yaml")
    (tmp_path / "folder" / "3-binary.yaml").write_bytes(b"\xff\xfe\x00garbage\x00")
    write_yaml("meetings:\n" + GOOD_MEETING.replace("id: good", "id: also-good"), "folder/4-good.yaml")
    write_yaml("not data", "folder/notes.txt")
    result = loading.load([tmp_path / "folder"])
    assert ids(result) == ["also-good", "good"]
    assert {Path(p.path).name for p in result.problems} == {"2-broken.yaml", "3-binary.yaml"}


def test_hidden_and_backup_files_are_skipped(write_yaml, tmp_path):
    write_yaml(PEOPLE, "d/people.yaml")
    write_yaml("broken: [", "d/.people.yaml.swp.yaml")
    write_yaml("broken: [", "d/people.yaml~")
    result = loading.load([tmp_path / "d"])
    assert [p.name for p in result.files] == ["people.yaml"]
    assert result.problems == ()


def test_a_person_in_the_same_role_is_one_shared_participant(write_yaml):
    path = write_yaml("""\
people:
  - {id: ana, name: Ana Example, country: PT}
  - {id: bo, name: Bo Example, country: SE}
meetings:
  - {id: m1, title: One, date: 2024-01-01, participants: [ana, {person: bo, role: Envoy}]}
  - {id: m2, title: Two, date: 2024-02-01, participants: [ana, {person: bo, role: Envoy}]}
  - {id: m3, title: Three, date: 2024-03-01, participants: [ana, {person: bo, role: Minister}]}
""")
    one, two, three = sorted(loading.load([path]).dataset.meetings, key=lambda m: m.id)
    assert one.participants[0] is two.participants[0] is three.participants[0]  # Ana, no role given
    assert one.participants[1] is two.participants[1]  # Bo as envoy, twice
    assert three.participants[1].role == "Minister" and three.participants[1] is not one.participants[1]


def test_a_load_leaves_no_cyclic_garbage_so_freezing_what_it_built_keeps_nothing_dead(monkeypatch, tmp_path):
    # The loader pauses the cyclic collector and then freezes what it built (a full pass over
    # 100,000 meetings stalls for seconds). That is only sound while a load makes no reference
    # cycles: frozen cycles would never be freed. Bundled data, every hostile file, the cache.
    import gc

    hostile = Path(__file__).resolve().parents[1] / "data" / "hostile"
    monkeypatch.setattr(gc, "freeze", lambda: None)  # so the collector can still see what the load left
    options = loading.LoadOptions(cache_dir=tmp_path / "cache", cache_min_bytes=0)
    loading.load([tmp_path / "nothing"], loading.LoadOptions(cache_dir=tmp_path / "other", cache_min_bytes=0))
    # (that imported the cache's modules: an import's own garbage is not the load's)
    for paths, opts in (([hostile], None), (loading.sources([hostile], True), options),
                        (loading.sources([hostile], True), options)):  # the second: from the cache
        gc.collect()
        enabled = gc.isenabled()
        gc.disable()
        try:
            result = loading.load(paths, opts)
            assert result.problems
            assert gc.collect() == 0  # nothing unreachable: every object is freed by reference counting
        finally:
            if enabled:
                gc.enable()
