"""diplo-gui started where there is no display (an SSH session, a container, CI): one clear
line and exit 2, not Qt's abort blaming a missing xcb-cursor library; with --screenshot it
renders offscreen by itself."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland displays are Linux's")

NO_DISPLAY = ("diplo-gui: no display found (DISPLAY and WAYLAND_DISPLAY are unset); run it in a desktop "
              "session, or with QT_QPA_PLATFORM=offscreen and --screenshot FILE.png\n")


def diplo_gui() -> list[str]:
    """The installed entry point, as a user types it (the module when not installed as a script)."""
    script = Path(sys.executable).parent / "diplo-gui"
    found = str(script) if script.exists() else shutil.which("diplo-gui")
    return [found] if found else [sys.executable, "-m", "diplo_gui"]


def without_display(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_CACHE_HOME=str(tmp_path / "cache"))
    return env


def test_without_a_display_it_says_so_in_one_line_and_exits_2(tmp_path):
    done = subprocess.run(diplo_gui(), env=without_display(tmp_path), capture_output=True, text=True, timeout=120)
    assert (done.returncode, done.stderr) == (2, NO_DISPLAY)
    assert "xcb" not in done.stdout + done.stderr


def test_without_a_display_a_screenshot_renders_offscreen(tmp_path):
    shot = tmp_path / "shot.png"
    done = subprocess.run([*diplo_gui(), "--screenshot", str(shot)], env=without_display(tmp_path),
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert QImage(str(shot)).width() > 0
