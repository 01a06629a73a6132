"""diplo-data as a user runs it: validate, export, schema."""

from __future__ import annotations

import csv
import io
import json

import pytest

from diplo_gui import cli
from diplo_gui.core import loading

USER_FILE = """\
meetings:
  - id: 2023-10-01-blinken-wang
    title: A <b>user</b> meeting
    date: 2023-10
    participants: [antony-blinken, wang-yi]
    quotes:
      - {speaker: wang-yi, text: "=HYPERLINK(\\"http://evil\\")"}
"""


def test_validate_a_clean_file_exits_0_with_bundled_references(write_yaml, capsys):
    path = write_yaml(USER_FILE)
    assert cli.main(["validate", str(path)]) == 0
    assert capsys.readouterr().out == ""


def test_validate_alone_reports_unknown_people_and_exits_1(write_yaml, capsys):
    path = write_yaml(USER_FILE)
    assert cli.main(["validate", "--no-bundled", str(path)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert f"{path}:5:20: warning: unknown person 'antony-blinken' is left out [unknown-person]" in out
    assert out[0].startswith(f"{path}:2:5: error: meeting '2023-10-01-blinken-wang' has no known participant")


def test_validate_a_broken_file_exits_1(write_yaml, capsys):
    path = write_yaml("meetings:\n  - id: x\n    date: 2023-02-30\n")
    assert cli.main(["validate", str(path)]) == 1
    assert f"{path}:2:5: error:" in capsys.readouterr().out


def test_json_export_round_trips(tmp_path):
    out = tmp_path / "all.json"
    assert cli.main(["export", "--format", "json", "-o", str(out)]) == 0
    document = json.loads(out.read_text(encoding="utf-8"))
    assert set(document) == {"people", "issues", "meetings"}
    again = loading.load([out.rename(tmp_path / "all.yaml")])  # JSON is YAML: Diplo opens it again
    original = loading.load(loading.sources([], True))
    assert again.problems == ()
    assert again.dataset.meetings == original.dataset.meetings


def test_export_filters_like_the_window(capsys):
    assert cli.main(["export", "--format", "json", "--search", "issue:taiwan"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert [m["id"] for m in document["meetings"]] == [
        "2023-11-15-biden-xi-woodside", "2023-09-18-blinken-han-zheng", "2023-09-16-wang-yi-sullivan-malta",
        "2023-07-13-blinken-wang-yi-jakarta", "2023-06-18-blinken-beijing", "2023-05-10-sullivan-wang-yi-vienna",
        "2023-02-18-blinken-wang-yi-munich", "2022-11-14-biden-xi-bali", "2022-07-28-biden-xi-call"]


def test_csv_export_is_one_row_per_meeting_and_formula_safe(write_yaml, capsys):
    path = write_yaml(USER_FILE.replace("title: A <b>user</b> meeting", 'title: "=1+1"'))
    assert cli.main(["export", "--format", "csv", "--data", str(path)]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == 26  # the 25 bundled meetings and the user's
    assert {r["id"]: r["title"] for r in rows}["2023-10-01-blinken-wang"] == "'=1+1"


def test_markdown_export_escapes_markup(write_yaml, capsys):
    path = write_yaml(USER_FILE)
    assert cli.main(["export", "--format", "markdown", "--data", str(path), "--search", "user"]) == 0
    text = capsys.readouterr().out
    assert "A \\<b\\>user\\</b\\> meeting" in text
    assert "<b>" not in text


def test_schema_is_json(capsys):
    assert cli.main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert set(schema["properties"]) == {"people", "issues", "meetings"}


def test_validating_the_bundled_data_itself_is_clean(capsys):
    from diplo_gui.core import bundled

    assert cli.main(["validate", str(bundled.data_dir())]) == 0
    assert capsys.readouterr().out == ""


# -- never garble or silently drop -----------------------------------------------------

def test_csv_leaves_what_the_data_does_not_say_empty(capsys):
    assert cli.main(["export", "--format", "csv", "--meeting", "2023-09-16-wang-yi-sullivan-malta"]) == 0
    [malta] = csv.DictReader(io.StringIO(capsys.readouterr().out))
    assert (malta["city"], malta["country"], malta["venue"]) == ("", "MT", "")  # no city or venue: empty cells
    assert "None" not in malta.values()


@pytest.mark.parametrize("search", [None, "issue:taiwan"])
def test_a_json_export_reopens_beside_the_bundled_data_with_no_problem(tmp_path, capsys, search):
    out = tmp_path / "export.json"
    assert cli.main(["export", "--format", "json", "-o", str(out)] + (["--search", search] if search else [])) == 0
    capsys.readouterr()
    assert cli.main(["validate", str(out)]) == 0  # the same people, issues and meetings twice are no conflict
    assert capsys.readouterr().out == ""
    again = loading.load(loading.sources([out], True))
    assert again.problems == ()
    assert again.dataset.meetings == loading.load(loading.sources([], True)).dataset.meetings


def test_a_conflicting_definition_is_still_a_duplicate(write_yaml, capsys):
    path = write_yaml("people:\n  - {id: han-zheng, name: Someone Else}\n"
                      "meetings:\n  - {id: 2022-11-14-biden-xi-bali, title: Another, date: 2022, participants: [wang-yi]}\n")
    assert cli.main(["validate", str(path)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert [line.rsplit(" [", 1)[1] for line in out] == ["duplicate-id]", "duplicate-id]"]
    assert out[0].startswith(f"{path}:2:10: error: the person id 'han-zheng' is already defined at ")


def test_export_of_a_missing_data_path_is_an_error(tmp_path, capsys):
    out = tmp_path / "out.csv"
    assert cli.main(["export", "--format", "csv", "--data", "/no/such/path", "-o", str(out)]) == 2
    assert capsys.readouterr().err == "diplo-data: /no/such/path: no such file or folder\n"
    assert not out.exists()


def test_validate_a_folder_with_no_data_says_so_and_exits_1(tmp_path, capsys):
    (tmp_path / "notes.txt").write_text("not data", encoding="utf-8")
    assert cli.main(["validate", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"diplo-data: {tmp_path}: no data file in this folder")
    assert "meetings loaded" not in err


@pytest.mark.parametrize("fmt", ["csv", "json", "markdown", "html", "pdf"])
def test_an_export_of_no_meeting_is_an_error_and_writes_nothing(tmp_path, capsys, fmt):
    out = tmp_path / f"none.{fmt}"
    assert cli.main(["export", "--format", fmt, "--search", "zzzz-nothing", "-o", str(out)]) == 1
    assert capsys.readouterr().err == "diplo-data: no meeting to export: the search matches none; nothing was written\n"
    assert not out.exists()


def test_an_export_says_when_the_data_had_errors(write_yaml, capsys):
    path = write_yaml(USER_FILE + "  - {id: broken, title: T, date: 2023-02-30, participants: [wang-yi]}\n")
    assert cli.main(["export", "--format", "csv", "--data", str(path)]) == 0
    captured = capsys.readouterr()
    assert "2023-10-01-blinken-wang" in captured.out
    assert captured.err.startswith("diplo-data: warning: 1 error in the data; what they affect is not exported")


def test_a_malformed_search_is_an_error_that_says_where(capsys):
    assert cli.main(["export", "--format", "csv", "--search", 'place:"New York']) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.splitlines() == [
        "diplo-data: --search is malformed at character 7: this quotation mark opens a phrase that is never closed",
        '  place:"New York',
        "        ^"]


def test_draft_refuses_to_replace_a_file_unless_forced(tmp_path, capsys):
    from test_drafting_seed import SEED  # tests/ has no packages

    out = tmp_path / "draft.yaml"
    out.write_text("my notes\n", encoding="utf-8")
    assert cli.main(["draft", str(SEED), "--published", "2023-09-18", "-o", str(out)]) == 2
    assert capsys.readouterr().err == f"diplo-data: {out} exists: give --force to replace it\n"
    assert out.read_text(encoding="utf-8") == "my notes\n"
    assert cli.main(["draft", str(SEED), "--published", "2023-09-18", "-o", str(out), "--force"]) == 0
    assert out.read_text(encoding="utf-8").startswith("# Drafted by diplo-data draft")


def test_validate_counts_in_the_singular_when_there_is_one(write_yaml, capsys):
    """'1 meeting loaded; 1 error, 0 warnings', not '1 meetings loaded; 1 errors'."""
    path = write_yaml("people:\n  - {id: ana, name: Ana Example, country: PT}\n"
                      "meetings:\n  - {id: one, title: One, date: 2024-01-01, participants: [ana]}\n"
                      "  - {id: two, title: Two, date: 2023-02-30, participants: [ana]}\n")
    assert cli.main(["validate", "--no-bundled", str(path)]) == 1
    assert capsys.readouterr().err.splitlines()[-1] == "1 meeting loaded; 1 error, 0 warnings"


def test_validate_with_no_path_checks_the_bundled_data_from_any_folder(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)  # not the repository: the bundled data is found all the same
    assert cli.main(["validate"]) == 0
    assert capsys.readouterr().err.strip() == "25 meetings loaded; 0 errors, 0 warnings"
