"""diplo-data import history-state-gov, as a user runs it: the Office of the Historian's real files,
and hostile ones (malformed XML, entity bombs, missing fields, unknown countries, impossible dates)."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from diplo_gui import cli
from diplo_gui.core import countries, loading
from diplo_gui.core.importers import history_state_gov, hsg_countries, writer
from diplo_gui.core.search import SearchIndex, parse_query

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared" / "data" / "history-state-gov"
needs_shared = pytest.mark.skipif(not SHARED.is_dir(),
                                  reason=f"the Office of the Historian's files are not at {SHARED}")

TRIP = """\
    <trip role="secretary" who="blinken-antony-j">
        <id>{id}</id>
        <role>secretary</role>
        <name>Antony John Blinken</name>
        <start-date>{start}</start-date>
        <end-date>{end}</end-date>
        <country id="{country}">China, People’s Republic of</country>
        <locale>Beijing</locale>
        <remarks>{remark}</remarks>
    </trip>
"""


def trips_file(tmp_path: Path, *trips: str, name: str = "blinken-antony-j.xml") -> Path:
    folder = tmp_path / "in" / "secretary-travels"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    text = '<?xml version="1.0" encoding="UTF-8"?>\n<trips>\n' + "".join(trips) + "</trips>\n"
    path.write_text(text, encoding="utf-8")
    return path


def trip(id: str = "4145", start: str = "2023-06-17", end: str = "2023-06-19", country: str = "china",
         remark: str = "Met with President Xi Jinping and Foreign Minister Qin Gang.") -> str:
    return TRIP.format(id=id, start=start, end=end, country=country, remark=remark)


def run(capsys, *argv: str) -> tuple[int, list[str], str]:
    code = cli.main(["import", "history-state-gov", *argv])
    out = capsys.readouterr()
    return code, out.out.splitlines(), out.err


def load(folder: Path) -> loading.LoadResult:
    return loading.load(loading.sources([folder], True))


# -- the real files -----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def imported(tmp_path_factory) -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"the Office of the Historian's files are not at {SHARED}")
    out = tmp_path_factory.mktemp("history") / "out"
    assert cli.main(["import", "history-state-gov", str(SHARED), "-o", str(out)]) == 0
    return out


@needs_shared
def test_the_whole_copy_becomes_7535_meetings_that_load_without_a_problem(imported):
    result = load(imported)
    mine = [m for m in result.dataset.meetings if m.id.startswith("hsg-")]
    assert len(mine) == 7535
    assert [p for p in result.problems if str(imported) in p.path] == []
    # Files stay far under the loader's cap, so none is refused.
    assert all(p.stat().st_size < 2_000_000 for p in imported.glob("*.yaml"))


@needs_shared
def test_a_second_import_of_the_same_files_changes_nothing(imported, capsys):
    before = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in imported.iterdir()}
    code, _, err = run(capsys, str(SHARED), "-o", str(imported))
    assert code == 0
    assert "0 files written, 72 unchanged" in err
    assert {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in imported.iterdir()} == before
    assert not [p for p in imported.parent.iterdir() if p.name.startswith(".out.import-")]


@needs_shared
def test_searching_person_xi_jinping_lists_his_meetings_with_us_presidents_and_secretaries(imported):
    meetings = list(load(imported).dataset.meetings)
    found = [m for m, ok in zip(meetings, SearchIndex(meetings).matches(parse_query("person:xi-jinping"))) if ok]
    by_id = {m.id: m for m in found}
    # Trips of 2013-2023 whose remarks name him (the 2015 one spells him "Xi Jingping").
    for record, traveller in (("3345", "john-kerry"), ("3455", "john-kerry"), ("3570", "john-kerry"),
                              ("3641", "john-kerry"), ("3917", "rex-w-tillerson"), ("3754", "rex-w-tillerson"),
                              ("3897", "donald-j-trump"), ("4145", "antony-blinken")):
        meeting = by_id[f"hsg-trip-{record}"]
        assert traveller in [p.person.id for p in meeting.participants]
    # His visits to the US, where the description names the president he met.
    assert {"hsg-visit-2688", "hsg-visit-2804", "hsg-visit-2838", "hsg-visit-2952", "hsg-visit-3196"} <= set(by_id)
    assert [(p.person.id, p.role) for p in by_id["hsg-visit-2688"].participants] == [
        ("xi-jinping", "President"), ("barack-obama", "President")]
    xi = by_id["hsg-trip-4145"].participants[1]
    assert (xi.person.id, xi.person.name, xi.role) == ("xi-jinping", "Xi Jinping", "President")


@needs_shared
def test_a_trip_reads_as_the_office_wrote_it(imported):
    result = load(imported)
    meeting = next(m for m in result.dataset.meetings if m.id == "hsg-trip-4114")
    assert meeting.title == "President Joseph R. Biden in Brussels, Belgium"
    assert (str(meeting.date), str(meeting.end_date)) == ("2021-06-13", "2021-06-15")
    assert (meeting.place.city, meeting.place.country) == ("Brussels", "BE")
    assert [(p.person.name, p.role) for p in meeting.participants] == [
        ("Joe Biden", "President of the United States"), ("Philippe", "King"),
        ("Alexander De Croo", "Prime Minister")]
    assert meeting.summary == "Attended the NATO Summit."
    assert meeting.sources[0].url == "https://history.state.gov/departmenthistory/travels/president/biden-joseph-r"
    assert (meeting.sources[0].publisher, meeting.sources[0].kind.value) == (
        "Office of the Historian, U.S. Department of State", "other")
    visit = next(m for m in result.dataset.meetings if m.id == "hsg-visit-2991")
    assert [(p.person.name, p.role) for p in visit.participants] == [("Kyriakos Mitsotakis", "Prime Minister")]
    assert visit.sources[0].url == "https://history.state.gov/departmenthistory/visits/2020"
    # One Antony Blinken, the bundled one, across all his trips.
    blinken = [m for m in result.dataset.meetings if m.id.startswith("hsg-trip-")
               and any(p.person.id == "antony-blinken" for p in m.participants)]
    assert len(blinken) > 100
    assert not any(p.name == "Antony John Blinken" for p in result.dataset.people.values())


@needs_shared
def test_every_country_id_of_the_office_is_mapped_to_a_code_the_data_format_accepts():
    ids = set()
    for path in SHARED.rglob("*.xml"):
        ids.update(re.findall(r'<(?:country|from) id="([^"]*)"', path.read_text(encoding="utf-8")))
    assert ids <= set(hsg_countries.BY_ID)
    assert all(countries.is_country_code(code) for code in hsg_countries.BY_ID.values())


# -- hostile input ----------------------------------------------------------------------------------

def test_an_impossible_date_is_located_and_the_other_records_still_import(tmp_path, capsys):
    path = trips_file(tmp_path, trip(id="1", start="2023-02-30"), trip(id="2"))
    code, out, err = run(capsys, str(path), "-o", str(tmp_path / "out"))
    assert code == 1
    assert out[0].startswith(f"{path}:7:9: error: <start-date>: '2023-02-30': day 30 is out of range")
    assert "1 meeting and 0 people from 1 file (2 records, 1 left out)" in err
    assert "; 1 error, 0 warnings" in err
    assert [m.id for m in load(tmp_path / "out").dataset.meetings if m.id.startswith("hsg")] == ["hsg-trip-2"]


def test_an_unknown_country_id_is_a_located_problem_and_the_meeting_keeps_the_rest(tmp_path, capsys):
    path = trips_file(tmp_path, trip(country="atlantis"))
    code, out, _ = run(capsys, str(path), "-o", str(tmp_path / "out"))
    assert code == 0
    assert out == [f"{path}:9:9: warning: country id 'atlantis' (China, People’s Republic of) is not in the "
                   "importer's country table; the meeting is kept without a country [unknown-country]"]
    meeting = next(m for m in load(tmp_path / "out").dataset.meetings if m.id == "hsg-trip-4145")
    assert (meeting.place.city, meeting.place.country) == ("Beijing", None)


def test_a_missing_id_or_end_before_start_is_located(tmp_path, capsys):
    no_id = trip().replace("<id>4145</id>", "")
    path = trips_file(tmp_path, no_id, trip(id="7", start="2023-06-17", end="2023-06-01"))
    code, out, _ = run(capsys, str(path), "-o", str(tmp_path / "out"))
    assert code == 1
    assert out[0].startswith(f"{path}:3:5: error: <trip> has no usable <id>")
    assert out[1].startswith(f"{path}:18:9: warning: <end-date> 2023-06-01 is before <start-date> 2023-06-17")
    meeting = next(m for m in load(tmp_path / "out").dataset.meetings if m.id == "hsg-trip-7")
    assert meeting.end_date is None


def test_malformed_xml_keeps_the_records_before_the_break_and_the_other_files(tmp_path, capsys):
    broken = trips_file(tmp_path, trip(id="1"), trip(id="2").replace("</remarks>", "</remark>"), name="a.xml")
    good = trips_file(tmp_path, trip(id="3"), name="b.xml")
    code, out, err = run(capsys, str(broken.parent), "-o", str(tmp_path / "out"))
    assert code == 1
    assert out == [f"{broken}:21:80: error: not well-formed XML: mismatched tag; "
                   "the records after this point are not read [xml-syntax]"]
    ids = sorted(m.id for m in load(tmp_path / "out").dataset.meetings if m.id.startswith("hsg"))
    assert ids == ["hsg-trip-1", "hsg-trip-3"]
    assert good.exists()


def test_an_entity_bomb_is_refused_before_it_expands(tmp_path, capsys):
    bomb = ('<?xml version="1.0"?>\n<!DOCTYPE trips [\n <!ENTITY a "aaaaaaaaaa">\n'
            + "".join(f' <!ENTITY {chr(98 + i)} "' + f"&{chr(97 + i)};" * 10 + '">\n' for i in range(8))
            + ']>\n<trips><trip><id>1</id><name>&i;</name></trip></trips>\n')
    path = tmp_path / "bomb.xml"
    path.write_text(bomb, encoding="utf-8")
    code, out, _ = run(capsys, str(path), "-o", str(tmp_path / "out"))
    assert code == 1
    assert out == [f"{path}:2:17: error: a document type declaration (DOCTYPE) is not accepted in an imported "
                   "file; the records after this point are not read [xml-syntax]"]


def test_a_visit_without_a_visitor_and_a_remark_naming_nobody_is_left_out_with_its_reason(tmp_path, capsys):
    folder = tmp_path / "visits"
    folder.mkdir()
    path = folder / "2020.xml"
    path.write_text("<visits>\n  <visit>\n    <id>9</id>\n    <start-date>2020-01-07</start-date>\n"
                    "    <from id=\"greece\">Greece</from>\n    <description>Working visit.</description>\n"
                    "  </visit>\n</visits>\n", encoding="utf-8")
    code, out, _ = run(capsys, str(folder), "-o", str(tmp_path / "out"))
    assert code == 1
    assert out == [f"{path}:2:3: warning: <visit> has no <visitor>; "
                   "only the people its remark names take part [missing-field]",
                   f"{path}:2:3: error: <visit> 9 names nobody; the record is left out [no-participants]"]


def test_a_newer_file_updates_its_meetings_in_place(tmp_path, capsys):
    out_folder = tmp_path / "out"
    trips_file(tmp_path, trip(id="1", remark="Met with Foreign Minister Qin Gang."))
    assert run(capsys, str(tmp_path / "in"), "-o", str(out_folder))[0] == 0
    newer = trip(id="1", remark="Met with Foreign Minister Wang Yi. Visited the Great Wall.")
    trips_file(tmp_path, newer, trip(id="2"))
    assert run(capsys, str(tmp_path / "in"), "-o", str(out_folder))[0] == 0
    meetings = {m.id: m for m in load(out_folder).dataset.meetings if m.id.startswith("hsg")}
    assert sorted(meetings) == ["hsg-trip-1", "hsg-trip-2"]
    assert [p.person.id for p in meetings["hsg-trip-1"].participants] == ["antony-blinken", "wang-yi"]
    assert meetings["hsg-trip-1"].summary == "Visited the Great Wall."


def test_a_cancelled_or_failed_import_leaves_the_folder_as_it_was(tmp_path, capsys, monkeypatch):
    out_folder = tmp_path / "out"
    trips_file(tmp_path, trip(id="1"))
    assert run(capsys, str(tmp_path / "in"), "-o", str(out_folder))[0] == 0
    before = {p.name: p.read_bytes() for p in out_folder.iterdir()}
    trips_file(tmp_path, trip(id="1", remark="Met with Foreign Minister Wang Yi."))
    with pytest.raises(writer.Cancelled):
        history_state_gov.import_files([tmp_path / "in"], out_folder, cancelled=lambda: True)
    assert {p.name: p.read_bytes() for p in out_folder.iterdir()} == before

    def disk_full(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    code, _, err = run(capsys, str(tmp_path / "in"), "-o", str(out_folder))
    assert code == 2 and "nothing imported" in err and "No space left on device" in err
    assert {p.name: p.read_bytes() for p in out_folder.iterdir()} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "out"]  # no temporary folder left beside


def test_an_output_folder_that_cannot_be_made_is_a_clear_failure(tmp_path, capsys):
    trips_file(tmp_path, trip())
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    code, out, err = run(capsys, str(tmp_path / "in"), "-o", str(blocker / "out"))
    assert code == 2 and out == []
    assert err.startswith(f"diplo-data: nothing imported into {blocker / 'out'}: ")
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_a_file_that_is_not_travels_is_skipped_with_a_warning(tmp_path, capsys):
    path = tmp_path / "codes.xml"
    path.write_text("<code-table><name>x</name></code-table>", encoding="utf-8")
    trips_file(tmp_path, trip())
    code, out, _ = run(capsys, str(path), str(tmp_path / "in"), "-o", str(tmp_path / "out"))
    assert code == 0
    assert out == [f"{path}:1:1: warning: <code-table> is not a travels or visits file of the Office of the "
                   "Historian; skipped [not-travels]"]


@needs_shared
@pytest.mark.parametrize("fmt", ["json", "yaml"])
def test_the_imported_data_exported_and_loaded_again_is_the_same_meetings(imported, tmp_path, capsys, fmt):
    exported = tmp_path / f"all.{fmt}"
    assert cli.main(["export", "--format", fmt, "--data", str(imported), "-o", str(exported)]) == 0
    again = loading.load(loading.sources([exported], False))
    assert list(again.problems) == []
    assert sorted(again.dataset.meetings, key=lambda m: m.id) == sorted(load(imported).dataset.meetings,
                                                                       key=lambda m: m.id)
    assert sum(m.id.startswith("hsg-") for m in again.dataset.meetings) == 7535


@needs_shared
def test_an_imported_trip_stands_beside_the_bundled_meetings_of_the_same_visit(imported):
    """docs/importing.md: the importer does not merge records, so Blinken's June 2023 visit to
    Beijing is both the bundled meetings and the imported trip."""
    meetings = {m.id: m for m in load(imported).dataset.meetings}
    trip = meetings["hsg-trip-4145"]
    assert (str(trip.date), str(trip.end_date), trip.place.city) == ("2023-06-17", "2023-06-19", "Beijing")
    assert {p.person.id for p in trip.participants} == {"antony-blinken", "xi-jinping", "qin-gang"}
    for bundled_id in ("2023-06-18-blinken-beijing", "2023-06-19-blinken-wang-yi-beijing",
                       "2023-06-19-blinken-xi-beijing"):
        assert "antony-blinken" in {p.person.id for p in meetings[bundled_id].participants}
