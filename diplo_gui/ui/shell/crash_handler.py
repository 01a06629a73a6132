"""No silent crash: an uncaught exception is logged, shown once as a readable message, and survived.

Qt calls Python slots and virtual methods from C++; an exception raised there cannot
unwind into the event loop, so PySide hands it to ``sys.excepthook`` and carries on.
We hook that: the traceback goes to a rotating log file under the app's data location
(with ``--debug`` the log also takes DEBUG records), and the user sees one short
plain-text message naming the log file, never a wall of traceback. The window keeps
running. The previous hook is still called, so a terminal (or a test runner) sees it too.
"""

from __future__ import annotations

import os
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QStandardPaths, Qt, QTimer, qVersion
from PySide6.QtWidgets import QWidget

from ... import APP_NAME, __version__

if TYPE_CHECKING:
    import logging  # at run time the functions below import it when they need it

LOG_NAME = "diplo.log"
LOG_MAX_BYTES = 1024 * 1024  # a megabyte per file, three old files kept: enough for a bug report
LOG_BACKUPS = 3
LOGGER = "diplo_gui"

_ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]
_Hook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def log_path() -> Path:
    """``<AppDataLocation>/diplo.log`` (on Linux ``~/.local/share/Diplo/Diplo/diplo.log``)."""
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)) / LOG_NAME


def setup_logging(debug: bool = False) -> Path | None:
    """Log to the rotating file (once per process); ``debug`` lowers the level to DEBUG.

    Returns the log file, or None when it cannot be written (a read-only home must not stop
    the reader: records then go to stderr only).
    """
    # Imported here, as logging itself: 13 ms that the first paint does not need.
    import logging.handlers
    import platform

    log = logging.getLogger(LOGGER)
    log.setLevel(logging.DEBUG if debug else logging.INFO)
    existing = _log_file()
    if existing is not None:
        return existing

    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _replace_if_not_a_file(path)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8", delay=True)
    except OSError as exc:
        print(f"diplo-gui: cannot write the log file {path}: {exc}", file=sys.stderr)
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._diplo_log = True  # type: ignore[attr-defined]
    log.addHandler(handler)
    log.info("%s %s started: Qt %s, Python %s, log level %s", APP_NAME, __version__, qVersion(),
             platform.python_version(), logging.getLevelName(log.level))
    return path


def _replace_if_not_a_file(path: Path) -> None:
    """The log is ours to append to only if it is a regular file: a FIFO there would block the
    first write for ever, a link could point at a device or another file. Damage is removed,
    and a new log starts; what cannot be removed (a folder) raises, and we log to stderr only."""
    import stat

    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return
    if stat.S_ISREG(info.st_mode):
        return  # a huge one is rotated at the first record (RotatingFileHandler's maxBytes)
    os.unlink(path)


def _log() -> logging.Logger:
    """The logger, its file opened first if the start-up has not opened it yet."""
    import logging

    if _log_file() is None:
        setup_logging()
    return logging.getLogger(LOGGER)


def _log_file() -> Path | None:
    logging = sys.modules.get("logging")
    if logging is None:
        return None  # never imported: no log file yet
    handler = next((h for h in logging.getLogger(LOGGER).handlers if getattr(h, "_diplo_log", False)), None)
    return Path(handler.baseFilename) if handler is not None else None


class CrashHandler(QObject):
    """Receives uncaught exceptions; logs each one and shows each kind of error once."""

    def __init__(self, window: QWidget | None = None, previous: _Hook | None = None) -> None:
        super().__init__()  # no parent: the hook outlives any one window
        self._window = window
        self._previous = previous
        self._seen: set[tuple[str, str, int]] = set()  # (type, file, line): one message per kind of error
        self._box: QWidget | None = None  # the QMessageBox on screen
        self.crash_count = 0
        # How the message reaches the user: (title, text) -> None. Tests replace it.
        self.show_message: Callable[[str, str], None] = self._show_box

    # -- the hook ---------------------------------------------------------------------
    def excepthook(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        try:
            self.handle((exc_type, exc, tb))
        except Exception:  # noqa: BLE001 - the crash handler itself must never crash the app
            traceback.print_exc()
        if self._previous is not None:
            self._previous(exc_type, exc, tb)

    def handle(self, info: _ExcInfo) -> None:
        exc_type, exc, tb = info
        if issubclass(exc_type, KeyboardInterrupt):
            return
        self.crash_count += 1
        _log().error("uncaught exception", exc_info=info)  # a crash before the log was opened opens it
        frames = traceback.extract_tb(tb)
        where = frames[-1] if frames else None
        key = (exc_type.__qualname__, where.filename if where else "", where.lineno or 0 if where else 0)
        if key in self._seen or (self._box is not None and self._box.isVisible()):
            return  # already told: the log has every occurrence
        self._seen.add(key)
        # Not from inside the hook: the failing slot may be halfway through a paint or a model reset.
        QTimer.singleShot(0, lambda: self.show_message(self.tr("Diplo: something went wrong"),
                                                       self.message(exc_type, exc)))

    def message(self, exc_type: type[BaseException], exc: BaseException) -> str:
        """What the user reads: what failed in one line, that Diplo goes on, and where the details are."""
        detail = str(exc).strip().splitlines()[0][:200] if str(exc).strip() else ""
        what = f"{exc_type.__name__}: {detail}" if detail else exc_type.__name__
        path = _log_file()
        text = self.tr("An internal error interrupted the last action:\n\n{what}\n\n"
                       "Diplo keeps running, but what you just did may be incomplete.").format(what=what)
        if path is not None:
            text += "\n\n" + self.tr("The details are in the log file:\n{path}").format(path=path)
        return text

    def _show_box(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox  # only when there is something to say

        parent = self._window if self._window is not None and shiboken6.isValid(self._window) else None
        box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Close, parent)
        box.setTextFormat(Qt.TextFormat.PlainText)  # an exception message may contain anything, markup too
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.destroyed.connect(self._forget_box)
        self._box = box
        box.open()  # window-modal but not a nested event loop

    def _forget_box(self) -> None:
        self._box = None


_installed: CrashHandler | None = None
_previous_thread_hook: Callable[[threading.ExceptHookArgs], object] = threading.excepthook


def install(window: QWidget | None = None, open_log: bool = True) -> CrashHandler:
    """Route uncaught exceptions (main thread and others) to a CrashHandler; returns it.

    Installing again (a second window, the next test) replaces the window the message
    is shown over, and never chains a handler to itself. ``open_log=False`` leaves the log
    file to the caller (``main()`` opens it after the first paint; a crash before then opens it).
    """
    global _installed
    if open_log and _log_file() is None:
        setup_logging()  # embedded or under test: the log still exists, at the default level
    current = sys.excepthook
    ours = _ours(current)
    previous = current if ours is None else ours._previous
    handler = CrashHandler(window, previous)
    sys.excepthook = handler.excepthook
    global _previous_thread_hook
    if threading.excepthook is not _thread_hook:
        _previous_thread_hook = threading.excepthook
        threading.excepthook = _thread_hook
    _installed = handler
    return handler


def installed() -> CrashHandler | None:
    return _installed


def _ours(hook: object) -> CrashHandler | None:
    """The CrashHandler whose bound method ``hook`` is, or None for anyone else's hook."""
    owner = getattr(hook, "__self__", None)
    return owner if isinstance(owner, CrashHandler) else None


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    # Another thread cannot show a dialog; the log (and stderr) must still have it.
    if args.exc_value is not None:
        _log().error("uncaught exception in thread %s", args.thread.name if args.thread else "?",
                  exc_info=(args.exc_type, args.exc_value, args.exc_traceback))
    _previous_thread_hook(args)
