"""Composition root: options, the QApplication, the main window, and main()."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from . import APP_NAME, __version__

# The Qt-free modules the first window needs, imported before PySide6 on purpose: once
# PySide6 is imported, it checks every module imported after it for its `__feature__`
# switches by reading the module's source (about 0.25 ms a module here, 25 ms for these
# and the standard modules they use). Modules imported before it are never checked.
from .core import facets, formatting, live, loading, relations, search  # noqa: E402,F401

if TYPE_CHECKING:  # Qt is imported where it is first used (see above)
    from PySide6.QtCore import QCoreApplication, QMessageLogContext, QtMsgType
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from .ui.shell.main_window import MainWindow


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="diplo-gui", description="Diplo: a desktop reader of diplomatic meetings.")
    parser.add_argument("--data", metavar="PATH", action="append", default=[],
                        help="a data file or folder to load after the bundled data (repeatable)")
    parser.add_argument("--no-bundled", action="store_true", help="do not load the bundled meetings")
    parser.add_argument("--select", metavar="MEETING_ID", help="select this meeting at start")
    parser.add_argument("--search", metavar="TEXT", help="start with this search")
    parser.add_argument("--screenshot", metavar="FILE.png",
                        help="render the window once the data is shown, write it as PNG, and exit")
    parser.add_argument("--lang", metavar="LANGUAGE",
                        help="the language of the window, e.g. zh_CN or en (default: $DIPLO_LANG, else the system's)")
    parser.add_argument("--debug", action="store_true", help="write DEBUG records to the log file "
                        "(diplo.log in Diplo's data folder: ~/.local/share/Diplo/Diplo on Linux)")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    return parser.parse_args(argv)


def _ensure_application(argv: Sequence[str] | None = None, lang: str | None = None) -> QApplication:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication(list(argv) if argv is not None else [sys.argv[0]])
    assert isinstance(app, QApplication), "a window needs a QApplication, not a QCoreApplication made before"
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setApplicationDisplayName(APP_NAME)
    # The desktop entry's name (resources/desktop/): Wayland's app_id, so the desktop shows its icon.
    app.setDesktopFileName(DESKTOP_ID)
    if app.windowIcon().isNull():
        app.setWindowIcon(_application_icon())
    if app.property("diploLanguage") is None:
        set_language(app, lang)
    return app


def set_language(app: QCoreApplication, lang: str | None = None) -> str:
    """Install Diplo's and Qt's translations for ``lang`` (else $DIPLO_LANG, else the system's
    language); English, the source language, still loads diplo_en.qm for its plural forms.
    Windows made afterwards speak it. Returns the language Diplo's own texts are in."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    from .core import bundled

    for old in app.findChildren(QTranslator, "diploTranslator"):
        app.removeTranslator(old)
        old.deleteLater()
    locale = QLocale(lang or os.environ.get("DIPLO_LANG") or QLocale.system().name())
    folder = str(bundled.translations_dir())
    diplo = QTranslator(app)
    speaks = diplo.load(locale, "diplo", "_", folder)
    if not speaks:
        diplo.load("diplo_en", folder)  # a language Diplo does not speak: English, with its plurals
    loaded = diplo.language() or "en"
    # Qt's own texts (the buttons of standard dialogs) in the same language as Diplo's.
    qt = QTranslator(app)
    if speaks and qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        translators = [qt, diplo]
    else:
        translators = [diplo]
    for translator in translators:
        translator.setObjectName("diploTranslator")
        app.installTranslator(translator)
    app.setProperty("diploLanguage", loaded)
    return loaded


# One id names the desktop entry, the metainfo and the installed icons (see the README).
DESKTOP_ID = "local.diplo.Diplo"


def _application_icon() -> QIcon:
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon

    from .core import bundled

    # The rendered PNGs, not the SVG: no image plugin to load before the first paint.
    icon = QIcon()
    for size in (16, 32, 48, 64, 128, 256):
        icon.addFile(str(bundled.icon_path(f"diplo-{size}.png")), QSize(size, size))
    return icon


def create_main_window(data_paths: Sequence[Path | str] = (), include_bundled: bool = True,
                       deferred: bool = False) -> MainWindow:
    """The main window, its data (bundled, then the user folder, then ``data_paths``) loading off
    the UI thread: ``window.is_loading()`` until it is shown, ``window.after_load(callback)``.

    With ``deferred``, what the first paint does not show (the Explore dock, the export and
    drafting actions, the log file) waits for ``window.finish_startup()``; ``main()`` calls it
    once the window has painted, which halves the time to a painted window.
    """
    _ensure_application()
    from .ui.shell.main_window import MainWindow, user_data_dir

    user_dir = user_data_dir()
    try:
        user_dir.mkdir(parents=True, exist_ok=True)  # created on first run, so users can find it
    except OSError:
        pass  # a read-only home must not stop the reader; the folder is simply not loaded
    window = MainWindow(data_paths, include_bundled=include_bundled, user_dir=user_dir, deferred=deferred)
    from .ui.shell import crash_handler

    # Before the first load: an exception from here on is logged and shown (a crash opens the log file).
    crash_handler.install(window, open_log=not deferred)
    window.remembered_sources.restore()  # what File › Open opened last time (a missing one is reported)
    window.reload()
    window.restore_settings()  # the layout now; the remembered filters and selection once the data is shown
    return window


def wait_until_loaded(window: MainWindow, timeout: float = 600.0) -> bool:
    """For scripts (--screenshot, benchmarks, the docs' pictures): serve events until the
    window's load is shown; False on timeout. The interactive app never waits like this."""
    import time

    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + timeout
    QApplication.processEvents()
    while window.is_loading() and time.monotonic() < deadline:
        time.sleep(0.002)
        QApplication.processEvents()
    return not window.is_loading()


# A load that takes longer than this shows the window meanwhile, with its progress and Cancel.
SHOW_WINDOW_AFTER_MS = 400
# How long a screenshot waits for the work a large archive does off the UI thread.
SCREENSHOT_PATIENCE_S = 120.0


def _save_screenshot(window: MainWindow, path: str) -> int:
    import time

    from PySide6.QtWidgets import QApplication

    # "Once data is shown": a large archive's Filters counts and Timeline are built off the UI
    # thread after the list appears; the picture waits for them (and for a search being answered).
    deadline = time.monotonic() + SCREENSHOT_PATIENCE_S
    QApplication.processEvents()
    while ((window.is_loading() or window.explore.pending() or window.query_pending())
           and time.monotonic() < deadline):
        time.sleep(0.01)
        QApplication.processEvents()
    image = window.grab()
    if image.isNull() or not image.save(path, "PNG"):
        print(f"diplo-gui: could not write the screenshot to {path}", file=sys.stderr)
        return 1
    return 0


def _quiet_offscreen_warning() -> None:
    """Drop the one warning Qt's offscreen platform prints for every window with a minimum
    size ("This plugin does not support propagateSizeHints()"): it says nothing about
    Diplo, and a `--screenshot` run should print only what matters. Other messages pass."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(_kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        if "does not support propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    no_display = (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
                  and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")))
    if no_display and args.screenshot:
        # Nothing to show a window on: render offscreen, which is all a screenshot needs.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    elif no_display:
        # Qt would abort (exit 134) blaming a missing xcb-cursor library: say what is really missing.
        print("diplo-gui: no display found (DISPLAY and WAYLAND_DISPLAY are unset); run it in a desktop "
              "session, or with QT_QPA_PLATFORM=offscreen and --screenshot FILE.png", file=sys.stderr)
        return 2
    app = _ensure_application([sys.argv[0]], lang=args.lang)
    if app.platformName() == "offscreen":
        _quiet_offscreen_warning()
    from .ui.shell import crash_handler

    if args.debug:
        crash_handler.setup_logging(debug=True)  # now: the load's DEBUG records must reach the file
    window = create_main_window(args.data, include_bundled=not args.no_bundled, deferred=True)

    def asked() -> None:  # --search and --select, once the data is shown (after the remembered view)
        if args.search:
            window.set_search(args.search)
        if args.select and not args.search and not window.select_meeting(args.select):
            window.set_search("")  # a remembered search must not hide the meeting asked for
        if args.select and not window.select_meeting(args.select):
            print(f"diplo-gui: no meeting '{args.select}' in the list", file=sys.stderr)

    window.after_load(asked)
    if args.screenshot:
        wait_until_loaded(window)  # then shown, as the app shows it: with its data
        if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
            # Qt's default virtual screen (800×800, no configfile) is no screen a window is
            # sized for: the picture shows the first size it takes on a screen with room for it.
            from .ui.shell.geometry import PREFERRED_SIZE

            window.resize(PREFERRED_SIZE)
        window.show()
        window.finish_startup()  # the picture shows the whole window, menus included
        crash_handler.setup_logging(debug=args.debug)
        return _save_screenshot(window, args.screenshot)
    # Shown once its data is (a few milliseconds for the bundled data: no empty first frame), or
    # after SHOW_WINDOW_AFTER_MS with the progress bar and Cancel of a large archive's load.
    from PySide6.QtCore import QTimer

    window.after_load(window.show)
    QTimer.singleShot(SHOW_WINDOW_AFTER_MS, window.show)
    window.finish_after_first_paint(then=lambda: crash_handler.setup_logging(debug=args.debug))
    return app.exec()
