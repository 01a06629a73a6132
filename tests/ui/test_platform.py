"""Guards for the platform itself, run in subprocesses so a crash is a failure, not an abort."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# PySide6 6.12.0 on Python 3.11 drops a reference to None on every void call and aborts
# with "none_dealloc" after about a thousand calls; pyproject.toml excludes that pair.
VOID_CALLS = """
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
for i in range(40_000):
    label.setText("x")      # void
    label.setEnabled(True)  # void
print("ok")
"""


def _run(code_or_args: list[str], cwd: Path, timeout: int = 120) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, *code_or_args], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=timeout)


def test_tens_of_thousands_of_void_calls_do_not_abort(tmp_path):
    result = _run(["-c", VOID_CALLS], tmp_path)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "ok"


def test_screenshot_from_another_folder_shows_the_bundled_data(tmp_path):
    shot = tmp_path / "shot.png"
    result = _run(["-m", "diplo_gui", "--screenshot", str(shot), "--select", "2023-09-18-blinken-han-zheng"],
                  tmp_path)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stderr == ""  # a clean run says nothing (not even the offscreen platform's warning)
    from PySide6.QtGui import QImage

    image = QImage(str(shot))
    assert image.width() >= 700 and image.height() >= 500  # the first size fits the 800×800 offscreen screen
    # Not a blank canvas: the list and the detail pane paint many distinct colours.
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 20


def test_screenshot_to_an_unwritable_place_fails_cleanly(tmp_path):
    result = _run(["-m", "diplo_gui", "--screenshot", str(tmp_path / "no" / "such" / "dir.png")], tmp_path)
    assert result.returncode == 1
    assert "could not write the screenshot" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.skipif(not (ROOT / "pyproject.toml").exists(), reason="needs the source tree")
def test_core_never_imports_qt():
    lint = Path(sys.executable).with_name("lint-imports")
    assert lint.exists(), "import-linter comes with the test extras: pip install -e '.[test]'"
    result = subprocess.run([str(lint)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout[-3000:]
    assert "core never imports Qt KEPT" in result.stdout
