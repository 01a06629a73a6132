"""The hostile-file corpus through the loader: located problems, no exception, good records kept.

The same cases go through the window in tests/ui/test_hostile_corpus_window.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from diplo_gui.core import loading, records

from hostile_corpus import CORPUS, Case, cases, load_paths, materialise

CASES = cases()


def test_the_corpus_covers_what_the_issue_lists():
    names = {case.name for case in CASES}
    assert {"alias-bomb", "alias-self", "deep-nesting-flow", "deep-nesting-block", "not-utf8", "nul-byte",
            "top-level-list", "duplicate-keys", "tabs-in-indentation", "utf8-bom", "utf16-bom", "multi-document",
            "huge-scalar", "over-size-cap", "unhashable-keys", "python-tags", "control-escapes",
            "truncated-mid-record", "truncated-in-quote", "bad-dates", "symlink-loop", "fifo", "link-to-dev-zero",
            "permission-denied"} <= names
    for case in CASES:
        assert case.what, f"{case.name}.expected says what the case is"
        assert (case.make is None) == (CORPUS / f"{case.name}.yaml").exists(), case.name
    # The repository stays small: big files are made at test time.
    assert sum(p.stat().st_size for p in CORPUS.iterdir()) < 400_000


@pytest.mark.parametrize("case", CASES, ids=str)
def test_a_hostile_file_gives_located_problems_and_keeps_the_good_records(case: Case, tmp_path: Path, monkeypatch):
    path = materialise(case, tmp_path, monkeypatch)
    paths, include_bundled = load_paths(case, path)
    result = loading.load(loading.sources(paths, include_bundled))

    assert [str(p) for p in result.problems if p.path != str(path)] == []  # the other files are untouched
    got = [(p.line, p.col, p.severity.value, p.code) for p in result.problems if p.path == str(path)]
    assert got == list(case.expected)
    assert [m.id for m in result.dataset.meetings if m.origin.path == str(path)] == list(case.loads)
    for problem in result.problems:
        assert problem.message and "\n" not in problem.message and len(problem.message) < 300
    if include_bundled:  # every bundled meeting still loads beside the hostile file
        bundled = loading.load(loading.sources([], True))
        assert {m.id for m in bundled.dataset.meetings} <= {m.id for m in result.dataset.meetings}


def test_one_node_reached_through_many_aliases_is_one_problem():
    # issues: *a9 holds the same list nine times: one problem, not nine (nor 9^9).
    result = records.parse_text((CORPUS / "alias-bomb.yaml").read_text(encoding="utf-8"), "bomb.yaml")
    assert [p.code for p in result.problems] == ["unknown-key", "wrong-type"]


def test_a_mistake_on_every_line_lists_a_bounded_number_of_problems():
    text = "meetings:\n" + "  - not a record\n" * (records.MAX_PROBLEMS_PER_FILE + 500)
    result = records.parse_text(text, "many.yaml")
    assert len(result.problems) == records.MAX_PROBLEMS_PER_FILE + 1
    last = result.problems[-1]
    assert (last.code, last.severity.value) == ("too-many-problems", "warning")
    assert last.message.startswith("500 more problems")


def test_the_node_estimate_bounds_the_real_node_count():
    import yaml

    def count(node, seen):  # type: ignore[no-untyped-def]
        if id(node) in seen:
            return 0
        seen.add(id(node))
        children = node.value if isinstance(node.value, list) else []
        flat = [c for pair in children for c in (pair if isinstance(pair, tuple) else (pair,))]
        return 1 + sum(count(c, seen) for c in flat)

    texts = [path.read_text(encoding="utf-8") for path in (CORPUS.parent.parent.parent / "resources" / "data").glob("*.yaml")]
    texts += ["a: [x, y, [z], {k: v}]\n", "[a: b, c: d]\n", "? [x]\n: y\n", "- - - x\n", "{a, b, c}\n", "a:\nb:\n"]
    for text in texts:
        assert count(yaml.compose(text, Loader=yaml.CSafeLoader), set()) <= records.node_estimate(text)


@pytest.mark.parametrize("case", [c for c in CASES if c.with_bundled is None], ids=str)
def test_diplo_data_validate_reports_a_hostile_file_line_by_line(case: Case, tmp_path: Path, monkeypatch, capsys):
    from diplo_gui import cli

    path = materialise(case, tmp_path, monkeypatch)
    status = cli.main(["validate", str(path)])
    out = capsys.readouterr().out.splitlines()
    assert [line.split(": ")[0] + ": " + line.split(": ")[1] for line in out] == \
        [f"{path}:{line}:{col}: {severity}" for line, col, severity, _code in case.expected]
    assert [line.rsplit("[", 1)[1].rstrip("]") for line in out] == [code for *_rest, code in case.expected]
    assert status == (1 if any(severity == "error" for _l, _c, severity, _code in case.expected) else 0)


def test_a_huge_valid_id_stays_short_in_every_message(tmp_path):
    huge = "x" * 100_000  # a valid id, only absurdly long
    path = tmp_path / "huge-id.yaml"
    path.write_text(f"people:\n  - {{id: {huge}, name: A}}\n  - {{id: {huge}, name: B}}\nmeetings:\n"
                    f"  - {{id: {huge}, title: T, date: 2023, participants: [{huge}, {huge}, wang-yi],\n"
                    f"     quotes: [{{speaker: {huge}y, text: hi}}], issues: [{huge}]}}\n", encoding="utf-8")
    result = loading.load(loading.sources([path], True))
    assert {p.code for p in result.problems} == {"duplicate-id", "duplicate-participant", "unknown-speaker",
                                                 "unknown-issue"}
    assert all(len(p.message) < 300 for p in result.problems)
