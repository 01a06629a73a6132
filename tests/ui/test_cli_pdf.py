"""``diplo-data export --format pdf``: Qt writes the PDF in a child process (diplo_gui/ui/export/pdf_writer.py).

These tests live under tests/ui because the child needs Qt; the console tool itself never
imports it (import-linter checks the code; one test checks a real run).
"""

from __future__ import annotations

import re
import subprocess
import sys

from test_export_window import HOSTILE, UNGA, UNGA_TITLE, assert_unga_pdf, pdf_pages  # tests/ has no packages

from diplo_gui import cli
from diplo_gui.core import loading
from diplo_gui.ui.export.export_actions import pdf_bytes


def test_the_unga_meeting_as_pdf_from_the_console(tmp_path, capsys, cjk_font):
    out = tmp_path / "unga.pdf"
    assert cli.main(["export", "--format", "pdf", "--meeting", UNGA, "-o", str(out)]) == 0
    assert capsys.readouterr().err == f"1 meeting written to {out}\n"
    pages = assert_unga_pdf(out.read_bytes())  # the CJK font is embedded by the child too
    # One PDF writer: the window's File › Export › Meeting as PDF gives the same pages.
    meeting = next(m for m in loading.load(loading.sources([], True)).dataset.meetings if m.id == UNGA)
    assert pdf_pages(pdf_bytes([meeting], UNGA_TITLE)) == pages
    assert sorted(p.name for p in tmp_path.iterdir()) == ["unga.pdf"]


def test_hostile_markup_prints_as_text(tmp_path, write_yaml):
    out = tmp_path / "hostile.pdf"
    assert cli.main(["export", "--format", "pdf", "--data", str(write_yaml(HOSTILE)), "--no-bundled",
                     "--meeting", "hostile", "-o", str(out)]) == 0
    data = out.read_bytes()
    text = pdf_pages(data)[0]
    assert "<h1>Big</h1><script>alert('t')</script>" in text
    assert "“</p><script>alert(1)</script> & more”" in text
    assert "<b>Eve</b> <img src=x>" in text and "<img src=x onerror=alert(1)>" in text
    assert sorted(re.findall(rb"/URI \((.*?)\)", data)) == [b"https://example.org/", b"https://example.org/?a=<b>"]


def test_the_list_filters_and_title_are_the_other_formats(tmp_path):
    out = tmp_path / "taiwan.pdf"
    assert cli.main(["export", "--format", "pdf", "--search", "issue:taiwan", "--title", "Taiwan <talks>",
                     "-o", str(out)]) == 0
    text = "\n".join(pdf_pages(out.read_bytes()))
    meetings = loading.load(loading.sources([], True)).dataset.meetings
    taiwan = [m.title for m in meetings if any(i.id == "taiwan" for i in m.issues)]
    assert text.startswith(f"Taiwan <talks>\n{len(taiwan)} meetings\n")
    words = " ".join(text.split())  # a long title may wrap
    assert sorted(words.index(title) for title in taiwan) == [words.index(title) for title in taiwan]
    assert "Gina Raimondo in Beijing" not in words  # a meeting not about Taiwan


def test_a_failing_writer_exits_2_with_one_line_and_no_file(tmp_path, capsys):
    target = tmp_path / "missing-folder" / "unga.pdf"
    assert cli.main(["export", "--format", "pdf", "--meeting", UNGA, "-o", str(target)]) == 2
    assert capsys.readouterr().err == (f"diplo-data: no PDF written: cannot write {target}: "
                                       "No such file or directory\n")
    assert not target.parent.exists()


def test_a_crashing_writer_leaves_the_existing_file_alone(tmp_path, capsys, monkeypatch):
    target = tmp_path / "unga.pdf"
    target.write_bytes(b"my earlier export")
    monkeypatch.setattr(cli, "PDF_WRITER", "diplo_gui.ui.no_such_writer")  # the child dies with a traceback
    assert cli.main(["export", "--format", "pdf", "--meeting", UNGA, "-o", str(target)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("diplo-data: no PDF written: ")
    assert "diplo_gui.ui.no_such_writer" in err
    assert target.read_bytes() == b"my earlier export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["unga.pdf"]


def test_the_console_tool_itself_never_loads_qt(tmp_path):
    out = tmp_path / "unga.pdf"
    script = ("import sys; from diplo_gui import cli; "
              f"code = cli.main(['export', '--format', 'pdf', '--meeting', {UNGA!r}, '-o', {str(out)!r}]); "
              "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt loaded'; sys.exit(code)")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert pdf_pages(out.read_bytes())[0].startswith("Blinken meets Han Zheng")


def test_no_display_or_a_stale_one_still_gives_a_pdf(tmp_path, monkeypatch, cjk_font):
    # A PDF needs no screen: on Linux the writer uses Qt's offscreen platform.
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    for name, display in (("none.pdf", None), ("stale.pdf", ":4242")):  # no X server answers on :4242
        if display is None:
            monkeypatch.delenv("DISPLAY", raising=False)
        else:
            monkeypatch.setenv("DISPLAY", display)
        monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
        assert cli.main(["export", "--format", "pdf", "--meeting", UNGA, "-o", str(tmp_path / name)]) == 0
        assert "Han Zheng 韩正" in pdf_pages((tmp_path / name).read_bytes())[0].splitlines()
