"""diplo-data verify as a user runs it: every quote looked up in its source's stored text."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplo_gui import cli
from diplo_gui.core import bundled, loading
from diplo_gui.core.model import Extent, StoredText
from diplo_gui.core.verify import MAX_TEXT_BYTES, UnreadableText, find_quote, normalise, read_stored_text

FIXTURE = Path(__file__).parents[1] / "data" / "provenance"
PLEASURE = "It's a pleasure to welcome the Vice Minister - and his delegation - to our capital."


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A copy of the fixture folder (a data file and its stored text) to change."""
    copy = tmp_path / "data"
    shutil.copytree(FIXTURE, copy)
    return copy


def run(capsys, *args: str) -> tuple[int, list[str]]:  # type: ignore[no-untyped-def]
    code = cli.main(["verify", *args])
    return code, capsys.readouterr().out.splitlines()


def position_of(path: Path, text: str) -> tuple[int, int]:
    """Where a quote's text starts in the file (its opening quotation mark), as an editor counts."""
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if text in line:
            return n, line.index(text) + 1 - (line[line.index(text) - 1] == '"')
    raise AssertionError(text)


def test_the_fixture_verifies_with_found_and_unverifiable_quotes(folder, capsys):
    code, out = run(capsys, str(folder))
    data = folder / "meetings.yaml"
    assert code == 0
    wire = position_of(data, "We want steady ties.")
    unsourced = position_of(data, "Good morning, everyone.")
    assert out == [
        f"{data}:{wire[0]}:{wire[1]}: warning: quote unverifiable: Reported only by Example Wire; "
        'no stored text of that page: "We want steady ties."',
        f'{data}:{unsourced[0]}:{unsourced[1]}: warning: quote unverifiable: the quote names no source: '
        '"Good morning, everyone."',
        "4 quotes: 2 found, 2 unverifiable, 0 not found",
    ]


def test_a_changed_word_in_a_quote_exits_1_at_the_quote(folder, capsys):
    data = folder / "meetings.yaml"
    data.write_text(data.read_text(encoding="utf-8").replace("to our capital.", "to our city."), encoding="utf-8")
    code, out = run(capsys, str(data))
    line, col = position_of(data, "It's a pleasure")
    assert code == 1
    assert out[0] == (f"{data}:{line}:{col}: error: quote not found in its source's stored text: "
                      "\"It's a pleasure to welcome the Vice Minister - and his delegation - to our city.\"")
    assert out[-1] == "4 quotes: 1 found, 2 unverifiable, 1 not found"


def test_case_is_not_forgiven(folder, capsys):
    data = folder / "meetings.yaml"
    data.write_text(data.read_text(encoding="utf-8").replace("Our two countries'", "our two countries'"),
                    encoding="utf-8")
    code, out = run(capsys, str(data))
    assert code == 1 and "error: quote not found" in out[0] and "our two countries'" in out[0]


def test_whitespace_typographic_quotes_and_dashes_are_normalised_and_nothing_else():
    source = "He said: “It’s   a\n\tdeal” — done‐and‑dusted, «fine» ′ ″ − ok…"
    start, end = find_quote("\"It's a deal\" - done-and-dusted", source)
    assert source[start:end] == "“It’s   a\n\tdeal” — done‐and‑dusted"
    assert find_quote('"fine" \' " - ok', source) is not None
    assert find_quote("it's a deal", source) is None  # case counts
    assert find_quote("ok...", source) is None  # an ellipsis is not three dots
    assert normalise("a\u00a0\u2003b") == "a b"  # every kind of space is a space


def test_the_span_maps_back_to_the_original_text():
    source = "Intro.\n\nMINISTER:  It’s a pleasure to\nwelcome you — all of you."
    start, end = find_quote("It's a pleasure to welcome you - all", source)
    assert source[start:end] == "It’s a pleasure to\nwelcome you — all"


@given(st.text(alphabet="ab ‘’“”—-\n\t\u00a0.", max_size=60), st.data())
def test_a_found_span_is_exactly_the_quote_as_the_source_writes_it(source, data):
    start = data.draw(st.integers(0, len(source)))
    quote = source[start:data.draw(st.integers(start, len(source)))]
    needle = normalise(quote).strip()
    span = find_quote(quote, source)
    if not needle:
        assert span is None
        return
    assert span is not None  # a passage of the text is always found in it
    assert normalise(source[span[0]:span[1]]) == needle


def stored(folder: Path, name: str) -> StoredText:
    return StoredText(name, Extent.EXCERPT, None, str(folder))


@pytest.mark.timeout(60)
def test_a_stored_text_that_is_not_a_plain_file_inside_the_folder_is_unverifiable_not_a_hang(tmp_path):
    os.mkfifo(tmp_path / "fifo.txt")
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    with open(tmp_path / "huge.txt", "wb") as huge:
        huge.truncate(MAX_TEXT_BYTES + 1)  # sparse: no disk used
    (tmp_path / "latin1.txt").write_bytes("caf\xe9".encode("latin-1"))
    outside = tmp_path.parent / f"{tmp_path.name}-outside.txt"
    outside.write_text("secret", encoding="utf-8")
    (tmp_path / "outside.txt").symlink_to(outside)
    (tmp_path / "folder.txt").mkdir()
    reasons = {}
    for name in ("fifo.txt", "zero.txt", "huge.txt", "latin1.txt", "outside.txt", "folder.txt", "missing.txt"):
        with pytest.raises(UnreadableText) as caught:
            read_stored_text(stored(tmp_path, name))
        reasons[name] = str(caught.value)
    assert "not a regular file" in reasons["fifo.txt"]
    assert "outside the data file's folder" in reasons["zero.txt"]
    assert "limit" in reasons["huge.txt"]
    assert "not UTF-8" in reasons["latin1.txt"]
    assert "outside the data file's folder" in reasons["outside.txt"]
    assert "not a regular file" in reasons["folder.txt"]
    assert "missing" in reasons["missing.txt"]


@pytest.mark.timeout(60)
def test_verify_reports_a_fifo_stored_text_as_unverifiable(folder, capsys):
    transcript = folder / "texts" / "example-transcript.txt"
    transcript.unlink()
    os.mkfifo(transcript)
    code, out = run(capsys, str(folder))
    assert code == 0
    assert sum("quote unverifiable: the stored text file texts/example-transcript.txt: not a regular file" in line
               for line in out) == 2
    assert out[-1] == "4 quotes: 0 found, 4 unverifiable, 0 not found"


def user_meeting(quote: str) -> str:
    """A user's file with one meeting between bundled people, and this one quote (line 7, column 7)."""
    return f"""\
meetings:
  - id: 2023-10-01-user
    title: A user's meeting
    date: 2023-10
    participants: [antony-blinken, wang-yi]
    quotes:
      - {quote}
"""


def test_only_the_given_files_quotes_are_checked_while_bundled_people_resolve(write_yaml, capsys):
    path = write_yaml(user_meeting('{speaker: wang-yi, text: "Words nobody stored"}'))
    code, out = run(capsys, str(path))
    assert code == 0
    assert out == [f'{path}:7:34: warning: quote unverifiable: the quote names no source: "Words nobody stored"',
                   "1 quote: 0 found, 1 unverifiable, 0 not found"]


def test_the_bundled_data_verifies(capsys):
    code, out = run(capsys)
    assert code == 0, "\n".join(out)
    quotes = loading.load(loading.sources([], True)).dataset.meetings
    total = sum(len(m.quotes) for m in quotes)
    assert out[-1].startswith(f"{total} quotes: ") and out[-1].endswith(", 0 not found")
    # Every unverifiable quote says why.
    assert all(line.split(": warning: quote unverifiable: ")[1].split(": \"")[0]
               for line in out[:-1] if "unverifiable" in line)


def test_a_path_that_is_not_there_is_an_error_not_an_empty_success(tmp_path, capsys):
    assert cli.main(["verify", str(tmp_path / "typo.yaml")]) == 2
    assert capsys.readouterr().err == f"{tmp_path / 'typo.yaml'}:1:1: error: no such file or folder [file-unreadable]\n"


def test_quotes_a_broken_file_left_out_are_said_not_checked(write_yaml, capsys):
    path = write_yaml(user_meeting('{speaker: wang-yi, text: "Words", language: Chinese}'))
    assert cli.main(["verify", str(path)]) == 0
    captured = capsys.readouterr()
    assert captured.out == "0 quotes: 0 found, 0 unverifiable, 0 not found\n"
    assert "diplo-data: 1 error while loading; quotes they left out are not checked" in captured.err


def test_a_copy_of_the_bundled_data_verifies_alone_with_no_bundled(tmp_path, capsys):
    # A user who edits a copy of the bundled record: its meetings would be duplicates of the bundled ones.
    copy = tmp_path / "record"
    shutil.copytree(bundled.data_dir(), copy)
    code, bundled_out = run(capsys)
    assert code == 0
    code, out = run(capsys, "--no-bundled", str(copy))
    assert code == 0
    assert out[-1] == bundled_out[-1] and not out[-1].startswith("0 quotes")
    assert capsys.readouterr().err == ""  # nothing left out


def test_a_folder_with_no_data_file_is_an_error_not_an_empty_success(tmp_path, capsys):
    (tmp_path / "notes.txt").write_text("not data", encoding="utf-8")
    assert cli.main(["verify", str(tmp_path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == (f"diplo-data: {tmp_path}: no data file in this folder "
                            "(a folder's data files end in .yaml, .yml)\n")
