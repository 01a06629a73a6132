"""Where the user left the window: saved on close, restored on the next start (QSettings).

QSettings takes the organisation and application names set in app.py; on Linux the
file lives under XDG_CONFIG_HOME, which is how tests isolate it. Every value read
back is checked: a settings file edited by hand, or written by another version, must
never stop the window from opening.

Qt reads the file itself, whatever it is: a FIFO at its name would hang the start for
ever, a link to /dev/zero or a huge file would fill the memory. So before QSettings
first opens it (and before each save), ``guard_files`` checks that each file QSettings
reads from the user's folder is a regular file under ``MAX_SETTINGS_BYTES``; anything
else is renamed aside (``Diplo.conf.damaged``) and the window says so once.
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, QStandardPaths

from ...core.facets import FacetSelection
from . import geometry as geometry_fit

if TYPE_CHECKING:
    from .main_window import MainWindow

GEOMETRY = "window/geometry"
WINDOW_STATE = "window/state"
SPLITTER = "window/splitter"
LIST_HEADER = "list/header"
# The columns' shares of the width, as text ("0.16 0.4 …"): the header's pixel widths lose them
# where a column sat at its minimum (a narrow window), and the date would come back too wide.
LIST_SHARES = "list/columnShares"
SEARCH = "list/search"
FACETS = "list/facets"  # the ticked filters and the date range, as JSON (FacetSelection.to_dict)
SELECTED = "list/selected"
THEME = "view/theme"
EXPLORE_TAB = "explore/tab"  # the Explore tab in front, and the page each tab showed
EXPLORE_ISSUE = "explore/issue"
EXPLORE_PERSON = "explore/person"
EXPLORE_PAIR = "explore/pair"  # [kind, first, second]

_STATE_VERSION = 1  # bump when docks or toolbars change shape, so old layouts are ignored
# Far above what Diplo writes (window layout, a few searches and paths: a few KB).
MAX_SETTINGS_BYTES = 4 * 1024 * 1024
DAMAGED_SUFFIX = ".damaged"

_checked = False  # guard_files() ran in this process
_notice: str | None = None  # what the window says once about a damaged settings file


def settings_files() -> list[Path]:
    """The files QSettings reads in the user's scope on this platform: Diplo's own, then the
    organisation's (empty where the settings are not files: macOS and Windows keep them elsewhere)."""
    if sys.platform in ("darwin", "win32"):
        return []
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    if not folder:
        return []
    organisation = QCoreApplication.organizationName() or "Unknown Organization"
    application = QCoreApplication.applicationName() or organisation
    return [Path(folder) / organisation / f"{application}.conf", Path(folder) / f"{organisation}.conf"]


def _damage(path: Path) -> str | None:
    """Why Qt must not read ``path`` (None: it is missing, or a regular file under the cap)."""
    try:
        info = os.stat(path)  # through a link: a settings file kept in a dotfiles folder is fine
    except FileNotFoundError:
        return None  # nothing there (or a dangling link): Qt starts afresh
    except OSError as exc:
        return exc.strerror or str(exc)
    if not stat.S_ISREG(info.st_mode):
        return QCoreApplication.translate("settings", "it is not a regular file")
    if info.st_size > MAX_SETTINGS_BYTES:
        return QCoreApplication.translate("settings", "it is {size:,} bytes").format(size=info.st_size)
    return None


def guard_files() -> None:
    """Make sure Qt never opens a settings file that would hang it or fill the memory.

    Each damaged file (a FIFO, a device or a link to one, a folder, a huge file) is renamed
    aside; if it cannot be, the settings of this run live in an empty folder of their own
    instead. The window says once what happened (``take_notice``)."""
    global _checked, _notice
    _checked = True
    for path in settings_files():
        reason = _damage(path)
        if reason is None:
            continue
        aside = path.with_name(path.name + DAMAGED_SUFFIX)
        try:
            if aside.is_dir() and not aside.is_symlink():
                raise IsADirectoryError(str(aside))
            os.replace(path, aside)  # the link itself, never what it points to
            message = QCoreApplication.translate(
                "settings", "The settings file {path} could not be read ({reason}); it was moved to {aside} "
                "and the window starts with its default layout.").format(path=path, reason=reason, aside=aside)
        except OSError:
            import tempfile

            fresh = tempfile.mkdtemp(prefix="diplo-settings-")
            QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, fresh)
            QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, fresh)
            message = QCoreApplication.translate(
                "settings", "The settings file {path} could not be read ({reason}) nor moved aside; "
                "nothing will be remembered until it is removed.").format(path=path, reason=reason)
        _notice = _notice or message


def _open() -> QSettings:
    """QSettings, once its files are known to be safe to read (checked at the first use in this run)."""
    if not _checked:
        guard_files()
    return QSettings()


def take_notice() -> str | None:
    """What to tell the user about a damaged settings file, once (None: nothing, or already told)."""
    global _notice
    notice, _notice = _notice, None
    return notice


def _bytes(settings: QSettings, key: str) -> QByteArray | None:
    value = settings.value(key)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def _text(settings: QSettings, key: str) -> str:
    value = settings.value(key, "")
    return value if isinstance(value, str) else ""


def save_window(window: MainWindow) -> None:
    """Remember geometry, layout, the filters, the search and the selected meeting."""
    guard_files()  # swapped for a FIFO while the window was open: sync() would read it back
    settings = QSettings()
    settings.setValue(GEOMETRY, window.saveGeometry())
    settings.setValue(WINDOW_STATE, window.saveState(_STATE_VERSION))
    settings.setValue(SPLITTER, window.splitter.saveState())
    settings.setValue(LIST_HEADER, window.list_view.horizontalHeader().saveState())
    settings.setValue(LIST_SHARES, " ".join(repr(share) for share in window.list_view.column_shares()))
    settings.setValue(SEARCH, window.search_box.text())
    import json  # here, not at the top: a start without remembered filters never needs it

    facets = window.explore.facets
    settings.setValue(FACETS, "" if facets.is_empty else json.dumps(facets.to_dict(), ensure_ascii=False))
    meeting = window.current_meeting()
    settings.setValue(SELECTED, meeting.id if meeting is not None else "")
    _save_explore(settings, window)
    settings.sync()


def _save_explore(settings: QSettings, window: MainWindow) -> None:
    """The Explore tab and the page of each tab, once its views have data (else the last ones stay)."""
    explore = window.explore
    if explore.explore_dock is None:
        return
    settings.setValue(EXPLORE_TAB, explore.tabs.currentIndex())
    if explore.thread_view.issue_box.count():
        settings.setValue(EXPLORE_ISSUE, explore.thread_view.issue_box.currentData() or "")
        settings.setValue(EXPLORE_PERSON, explore.people_view.current_person() or "")
        pair = explore.pair_view
        settings.setValue(EXPLORE_PAIR, [pair.kind_box.currentData() or "", pair.first_box.currentData() or "",
                                         pair.second_box.currentData() or ""])


def restore_explore(window: MainWindow) -> None:
    """Put back the Explore tab now, and each tab's page now or when the dock is first shown."""
    settings = _open()
    explore = window.explore
    stored = settings.value(EXPLORE_TAB, -1)
    try:
        tab = int(stored) if isinstance(stored, (int, float, str)) else -1
    except ValueError:
        tab = -1
    if 0 <= tab < explore.tabs.count():
        explore.tabs.setCurrentIndex(tab)
    issue, person = _text(settings, EXPLORE_ISSUE), _text(settings, EXPLORE_PERSON)
    pair = settings.value(EXPLORE_PAIR, [])
    pair = [p for p in pair if isinstance(p, str)] if isinstance(pair, list) else []

    def show_pages() -> None:
        explore.sync_views()
        if issue:
            explore.thread_view.show_issue(issue)
        if person:
            explore.people_view.show_person(person)
        if len(pair) == 3 and all(pair):
            explore.pair_view.show_pair(*pair)

    dock = explore.explore_dock
    assert dock is not None, "called once Explore.finish() has built the dock"
    if dock.isVisible():
        show_pages()
        return

    def on_shown(visible: bool) -> None:  # once: the first time the user opens Explore
        if visible:
            dock.visibilityChanged.disconnect(on_shown)
            show_pages()

    dock.visibilityChanged.connect(on_shown)


def restore_layout(window: MainWindow) -> None:
    """Put back the window's size, docks, panes and list columns that ``save_window`` remembered."""
    settings = _open()
    if notice := take_notice():
        window.statusBar().showMessage(notice, 20000)
    if (geometry := _bytes(settings, GEOMETRY)) is not None:
        window.restoreGeometry(geometry)
        geometry_fit.clamp_restored(window)  # saved on a larger screen, or with the screen gone
    if (state := _bytes(settings, WINDOW_STATE)) is not None:
        window.restoreState(state, _STATE_VERSION)
    if (splitter := _bytes(settings, SPLITTER)) is not None:
        window.splitter.restoreState(splitter)
    if (header_state := _bytes(settings, LIST_HEADER)) is not None:
        header = window.list_view.horizontalHeader()
        if header.restoreState(header_state):
            shares = _shares(_text(settings, LIST_SHARES), header.count())
            if shares is None:  # remembered by an older Diplo, or edited by hand
                window.list_view.adopt_column_widths()  # the remembered widths become the proportions
            else:
                window.list_view.set_column_shares(shares)
            # restoreState shows the sort indicator but does not sort: the model must be asked.
            window.list_view.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())


def restore_view(window: MainWindow) -> None:
    """Put back the filters, search and selection that ``save_window`` remembered; once data is shown."""
    settings = _open()
    if facets := _facets(_text(settings, FACETS)):
        window.explore.set_facets(facets)  # before the selection, which they may hide
    if search := _text(settings, SEARCH):
        window.set_search(search, later=True)  # the selection below stays selected if the answer holds it
    if selected := _text(settings, SELECTED):
        window.select_meeting(selected)


def _shares(text: str, count: int) -> list[float] | None:
    """The remembered shares, or None unless there is one positive finite number per column."""
    try:
        shares = [float(word) for word in text.split()]
    except ValueError:
        return None
    if len(shares) != count or not all(0 < share < 1e6 for share in shares):  # NaN fails too
        return None
    return shares


def _facets(text: str) -> FacetSelection | None:
    """The remembered filters; nothing for an empty or damaged value (a hand-edited file)."""
    if not text:
        return None
    import json

    try:
        data = json.loads(text)
    except ValueError:
        return None
    return FacetSelection.from_dict(data) if isinstance(data, dict) else None


def load_theme() -> str:
    return _text(_open(), THEME)  # the first read of a start: the files are checked here


def save_theme(name: str) -> None:
    guard_files()
    settings = QSettings()
    settings.setValue(THEME, name)
    settings.sync()
