from __future__ import annotations

import pytest

from diplo_gui import APP_NAME
from diplo_gui.app import create_main_window

from desk_helpers import wait_loaded


@pytest.fixture(autouse=True)
def fresh_settings():  # type: ignore[no-untyped-def]
    """Each test starts as a first run: nothing remembered from the test before (windows save on close)."""
    from PySide6.QtCore import QSettings

    settings = QSettings(APP_NAME, APP_NAME)
    settings.clear()
    settings.sync()
    yield


@pytest.fixture
def make_window(qtbot):  # type: ignore[no-untyped-def]
    """Open the real main window on the given data, as a user would see it."""

    def make(*data_paths, include_bundled: bool = True):  # type: ignore[no-untyped-def]
        window = create_main_window(list(data_paths), include_bundled=include_bundled)
        qtbot.addWidget(window)
        wait_loaded(qtbot, window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()  # window shortcuts (Ctrl+F ...) need an active window
        qtbot.waitUntil(window.isActiveWindow)
        return window

    return make
