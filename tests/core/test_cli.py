"""diplo-data as a user runs it: validate, export, schema."""

from __future__ import annotations

import csv
import io
import json

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
    assert cli.main(["export", "--format", "csv", "--no-bundled", "--data", str(path),
                     "--data", str(path.parent / "none.yaml")]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == 0  # no bundled people: the meeting has no known participant
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
