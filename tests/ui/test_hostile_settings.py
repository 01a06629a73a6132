"""A settings file that is not a file: the window still starts, says so once, and remembers again.

Qt reads the settings file itself: a FIFO at its name would hang the start for ever, a
link to /dev/zero or a 2 GB file would fill the memory. Each start runs in a child process
with its own XDG folders and a timeout, so a hang fails the test instead of the suite.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from diplo_gui import APP_NAME

pytestmark = pytest.mark.skipif(sys.platform in ("darwin", "win32"), reason="settings are files on Linux only")

# Start the real window as app.main does (bundled data), show it, report what the user sees, close it.
_START = textwrap.dedent("""
    import json
    from PySide6.QtWidgets import QApplication
    from diplo_gui.app import create_main_window, wait_until_loaded

    window = create_main_window([])
    wait_until_loaded(window)
    window.show()
    QApplication.processEvents()
    print(json.dumps({"message": window.statusBar().currentMessage(), "meetings": window.model.rowCount(),
                      "search": window.search_box.text()}))
    window.close()  # saves the layout and the search: a settings file is written again
""")


def _start(home: Path, before_close: str = "") -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[name] = str(home / name.lower())
    script = _START.replace("window.close()", before_close + "\nwindow.close()")
    try:
        done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=90)
    except subprocess.TimeoutExpired:
        pytest.fail("the window did not start within 90 s: Qt is waiting on the settings file")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def _settings_file(home: Path, organisation_wide: bool = False) -> Path:
    config = home / "xdg_config_home"
    config.mkdir(parents=True, exist_ok=True)
    if organisation_wide:
        return config / f"{APP_NAME}.conf"
    (config / APP_NAME).mkdir(exist_ok=True)
    return config / APP_NAME / f"{APP_NAME}.conf"


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _dev_zero(path: Path) -> None:
    path.symlink_to("/dev/zero")


def _huge(path: Path) -> None:
    with open(path, "wb") as f:  # 2 GB, sparse: no disk spent
        f.truncate(2 * 1024**3)


@pytest.mark.parametrize("damage", [_fifo, _dev_zero, _huge], ids=["fifo", "link-to-dev-zero", "2-GB-file"])
def test_a_damaged_settings_file_is_moved_aside_and_the_window_says_so_once(tmp_path, damage):
    path = _settings_file(tmp_path)
    damage(path)

    first = _start(tmp_path, before_close="window.set_search('taiwan')")

    assert first["meetings"] > 0  # the bundled meetings, as on any start
    assert "settings file" in first["message"] and str(path) in first["message"]
    aside = path.with_name(path.name + ".damaged")
    assert os.path.lexists(aside) and (aside.is_symlink() or not aside.is_file() or aside.stat().st_size > 10**9)
    # The window remembered its state in a new, regular settings file ...
    assert path.is_file() and not path.is_symlink() and "taiwan" in path.read_text(encoding="utf-8")
    # ... which the next start reads back, with nothing more to say about it.
    second = _start(tmp_path)
    assert second["search"] == "taiwan"
    assert "settings file" not in second["message"]


def test_the_organisation_wide_settings_file_qt_also_reads_is_guarded_too(tmp_path):
    path = _settings_file(tmp_path, organisation_wide=True)
    os.mkfifo(path)

    shown = _start(tmp_path)

    assert shown["meetings"] > 0 and str(path) in shown["message"]
    assert not os.path.lexists(path)


def test_a_settings_file_kept_through_a_link_to_a_regular_file_is_read_as_before(tmp_path):
    kept = tmp_path / "dotfiles" / "Diplo.conf"
    kept.parent.mkdir()
    kept.write_text("[list]\nsearch=taiwan\n", encoding="utf-8")
    _settings_file(tmp_path).symlink_to(kept)

    shown = _start(tmp_path)

    assert shown["search"] == "taiwan" and "settings file" not in shown["message"]
