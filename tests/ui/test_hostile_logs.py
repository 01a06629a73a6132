"""Diplo's log file is appended to only as a regular file: a FIFO or a device there is replaced, never a hang."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

_START = textwrap.dedent("""
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication
    from diplo_gui.app import _ensure_application
    from diplo_gui.ui.shell import crash_handler
    app = _ensure_application()
    path = crash_handler.setup_logging()
    crash_handler._log().info("after the damage")
    print(path)
""")


@pytest.mark.parametrize("kind", ["fifo", "dev-zero"])
def test_a_log_that_is_not_a_regular_file_is_replaced(tmp_path, kind):
    if kind == "fifo" and not hasattr(os, "mkfifo") or kind == "dev-zero" and not os.path.exists("/dev/zero"):
        pytest.skip("this system cannot make that kind of file")
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"))
    where = subprocess.run([sys.executable, "-c", "import os; os.environ['QT_QPA_PLATFORM']='offscreen';"
                            "from diplo_gui.app import _ensure_application; _ensure_application();"
                            "from diplo_gui.ui.shell.crash_handler import log_path; print(log_path())"],
                           env=env, capture_output=True, text=True, timeout=60, check=True)
    log = type(tmp_path)(where.stdout.strip())
    log.parent.mkdir(parents=True)
    if kind == "fifo":
        os.mkfifo(log)
    else:
        log.symlink_to("/dev/zero")
    child = subprocess.run([sys.executable, "-c", _START], env=env, capture_output=True, text=True, timeout=60)
    assert child.returncode == 0, child.stderr[-2000:]
    assert not log.is_symlink() and log.is_file()
    assert "after the damage" in log.read_text(encoding="utf-8")
