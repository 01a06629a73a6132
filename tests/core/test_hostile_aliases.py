"""Alias bombs shaped like records: the work is bounded by what the file holds.

The classic bomb (lists of lists of aliases) was never walked; these are records the reader
does read: a meeting of 10,000 participants named again with an alias 10,000 times (100 million participant records from 150 KB), and 3,000 meetings sharing one
aliased list of 10,000 participants (30 million from 250 KB): minutes and gigabytes.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from diplo_gui.core import records

PARTICIPANTS = "[" + ", ".join(f"p{i}" for i in range(10_000)) + "]"


def repeated_meeting() -> str:
    return ("meetings:\n  - &m\n    id: bomb-meeting\n    title: Everyone\n    date: 2023\n"
            f"    participants: {PARTICIPANTS}\n" + "  - *m\n" * 10_000)


def shared_list() -> str:
    return ("meetings:\n  - {id: bomb-0, title: Everyone, date: 2023, participants: &p " + PARTICIPANTS + "}\n"
            + "".join(f"  - {{id: bomb-{i}, title: T, date: 2023, participants: *p}}\n" for i in range(1, 3_000)))


def test_a_record_repeated_with_an_alias_is_read_once_with_one_problem():
    result = records.parse_text(repeated_meeting(), "bomb.yaml")
    assert [(p.line, p.col, p.code) for p in result.problems] == [(2, 5, "alias-record")]  # the anchor, "&m"
    assert [m.id for m in result.meetings] == ["bomb-meeting"]
    assert len(result.meetings[0].participants) == 10_000


def test_a_list_shared_by_aliases_is_read_until_the_file_s_budget_is_spent():
    result = records.parse_text(shared_list(), "bomb.yaml")
    assert [p.code for p in result.problems] == ["alias-expansion"]
    line = shared_list().splitlines()[1]
    # Located in the shared list, where the reading stopped:
    assert result.problems[0].line == 2 and result.problems[0].col > line.index("&p")
    read = sum(len(m.participants) for m in result.meetings)
    assert 10_000 <= read <= 2 * (records.node_estimate(shared_list()) + len(shared_list()))


def test_sharing_a_list_a_few_times_is_fine():
    text = ("meetings:\n  - {id: a, title: A, date: 2023, participants: &p [x, y, z]}\n"
            + "".join(f"  - {{id: m{i}, title: T, date: 2023, participants: *p}}\n" for i in range(50)))
    result = records.parse_text(text, "fine.yaml")
    assert result.problems == [] and len(result.meetings) == 51


# In a child with 1 GB of address space: the attack as it was ends there (MemoryError),
# not in the test machine's swap.
_LOAD = textwrap.dedent("""
    import json, resource, sys
    resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))
    from diplo_gui import cli
    from diplo_gui.core import loading
    result = loading.load(loading.sources([sys.argv[1]], True))
    bundled = loading.load(loading.sources([], True))
    # The peak resident size of this process: VmHWM, as ru_maxrss keeps the parent's across exec.
    peak = next((int(line.split()[1]) * 1024 for line in open("/proc/self/status") if line.startswith("VmHWM")),
                resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)
    print(json.dumps({
        "bundled_stay": {m.id for m in bundled.dataset.meetings} <= {m.id for m in result.dataset.meetings},
        "codes": sorted({p.code for p in result.problems if p.path == sys.argv[1]}),
        "problems": sum(p.path == sys.argv[1] for p in result.problems),
        "rss": peak,
    }))
""")


@pytest.mark.parametrize("make", [repeated_meeting, shared_list], ids=["repeated-meeting", "shared-list"])
def test_a_100_kb_record_bomb_keeps_the_bundled_meetings_in_under_200_mb(tmp_path: Path, make):
    path = tmp_path / "bomb.yaml"
    path.write_text(make(), encoding="utf-8")
    assert path.stat().st_size < 400_000
    child = subprocess.run([sys.executable, "-c", _LOAD, str(path)], capture_output=True, text=True, timeout=300)
    assert child.returncode == 0, child.stderr[-2000:]
    outcome = json.loads(child.stdout)
    assert outcome["bundled_stay"]
    assert {"alias-record", "alias-expansion"} & set(outcome["codes"])
    # 10,000 unknown participants: the loader's cap of problems per file holds for linking too.
    assert outcome["problems"] <= records.MAX_PROBLEMS_PER_FILE + 2
    assert outcome["rss"] < 200 * 1024 * 1024


def test_validate_says_it_in_one_line_and_fails(tmp_path: Path, capsys):
    from diplo_gui import cli

    path = tmp_path / "bomb.yaml"
    path.write_text("meetings:\n  - &m {id: a, title: A, date: 2023, participants: [wang-yi]}\n" + "  - *m\n" * 5000,
                    encoding="utf-8")
    assert cli.main(["validate", str(path)]) == 1
    assert capsys.readouterr().out.splitlines() == [
        f"{path}:2:5: error: this record is repeated with an alias (*name); it is read once, "
        "the repetitions are ignored [alias-record]"]
