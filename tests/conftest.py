"""Test defaults: offscreen Qt, and user folders isolated from the real home."""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
from pathlib import Path

import pytest

# Without a display pytest-qt would abort the process; offscreen needs none.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Qt's AppDataLocation, settings and cache follow XDG_* on Linux: keep them out of $HOME.
_HOME = Path(tempfile.mkdtemp(prefix="diplo-tests-"))
for _name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_name] = str(_HOME / _name.lower())

DATA = Path(__file__).parent / "data"
# Hostile-file tests point links at these devices; run as root, a bug that wrote through such a
# link would replace the device node for the whole machine (it happened once, with /dev/zero).
_DEVICES = tuple(d for d in ("/dev/zero", "/dev/null") if os.path.exists(d) and stat.S_ISCHR(os.stat(d).st_mode))


def pytest_sessionfinish(session, exitstatus):  # type: ignore[no-untyped-def]
    """The session's home goes with it: its caches and archive stores would pile up in the temporary folder."""
    shutil.rmtree(_HOME, ignore_errors=True)


@pytest.fixture(autouse=True)
def devices_stay_devices():  # type: ignore[no-untyped-def]
    yield
    replaced = [d for d in _DEVICES if not stat.S_ISCHR(os.stat(d).st_mode)]
    assert not replaced, f"this test replaced {replaced} with a file: restore with mknod, and fix the test"


@pytest.fixture
def data_dir() -> Path:
    return DATA


@pytest.fixture
def write_yaml(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Write a data file from inline text; returns its path."""

    def write(text: str, name: str = "data.yaml") -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    return write


@pytest.fixture
def cjk_font(qapp):  # type: ignore[no-untyped-def]
    """Skip, saying why, where no installed font covers Chinese: a PDF shows 韩正 only with one.

    The PDF writer finds fonts through fontconfig, as QFontDatabase does here.
    """
    from PySide6.QtGui import QFontDatabase  # tests/core never needs Qt

    if not QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
        pytest.skip("no CJK font installed (QFontDatabase lists none for Simplified Chinese), so a PDF "
                    "cannot show 韩正: install fonts-noto-cjk (.ci/run does)")
