"""The window on real screens, from 1024×600 to 4K: a first size that fits the screen, a
restored size clamped to the screen it opens on, and panes no dock can crush.

QMainWindow gives the central widget (list and detail) at least its minimum size and takes
the rest from the docks, so minimum widths on the two panes, and docks that can become
narrow and short (the Filters scroll instead of demanding their full height), keep the list
and the detail readable at any size the screen allows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDockWidget, QFrame, QScrollArea, QSizePolicy, QWidget

if TYPE_CHECKING:
    from .main_window import MainWindow

PREFERRED_SIZE = QSize(1480, 820)  # the first size on a screen with room for it
_SCREEN_SHARE = 0.92  # of the available area: a first window never covers the panel or the dock
# Pane minimums in average character widths: a title of about this many characters stays on one line.
LIST_MIN_CHARS = 36
DETAIL_MIN_CHARS = 36
_CENTRAL_SHARE = 0.5  # of the window's width: what side docks leave to the list and detail when it opens


def available_area(widget: QWidget) -> QRect:
    """The screen area a window may use (without panels and docks) on the screen ``widget`` is on."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def first_size(available: QRect, preferred: QSize = PREFERRED_SIZE) -> QSize:
    """The preferred size, shrunk to a share of the available area when the screen is smaller."""
    room = QSize(int(available.width() * _SCREEN_SHARE), int(available.height() * _SCREEN_SHARE))
    return preferred.boundedTo(room)


def fit_first_size(window: QWidget, preferred: QSize = PREFERRED_SIZE) -> None:
    """Size a window that has no remembered geometry to the screen it opens on."""
    area = available_area(window)
    window.resize(first_size(area, preferred).expandedTo(window.minimumSizeHint()).boundedTo(area.size()))


def clamp_to_screen(window: QWidget) -> None:
    """Keep a restored window inside the screen it opens on: a session saved on a larger screen
    comes back as large as this one allows, and never with its title bar out of reach."""
    if window.isMaximized() or window.isFullScreen():
        return  # the window manager sizes those to the screen itself
    area = available_area(window)
    frame = window.frameGeometry()
    margins = QSize(frame.width() - window.width(), frame.height() - window.height())
    size = window.size().boundedTo(area.size() - margins).expandedTo(window.minimumSizeHint())
    if size != window.size():
        window.resize(size)
    frame = window.frameGeometry()
    x = min(max(frame.x(), area.left()), max(area.left(), area.right() + 1 - frame.width()))
    y = min(max(frame.y(), area.top()), max(area.top(), area.bottom() + 1 - frame.height()))
    if (x, y) != (frame.x(), frame.y()):
        window.move(x, y)


class _ClampWhenShown(QObject):
    """Clamps again once the window is shown: only then does it know its frame's size."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            watched.removeEventFilter(self)
            clamp_to_screen(watched)
            self.deleteLater()
        return False


def clamp_restored(window: QWidget) -> None:
    """Clamp a window whose geometry was just restored, now and when it is first shown."""
    clamp_to_screen(window)
    if not window.isVisible():
        _ClampWhenShown(window)


def scrollable_dock(dock: QDockWidget) -> QScrollArea:
    """Put a dock's content in a scroll area: the dock can then be shorter than its content,
    and the window shorter than the tallest dock."""
    content = dock.widget()
    scroll = QScrollArea()
    scroll.setObjectName(f"{dock.objectName()}Scroll")
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidgetResizable(True)
    scroll.setWidget(content)
    dock.setWidget(scroll)
    return scroll


def keep_panes_readable(window: MainWindow) -> None:
    """Minimum widths for the list and the detail, so docks give way before they do."""
    chars = window.fontMetrics().averageCharWidth()
    list_pane = window.list_view.parentWidget()
    assert list_pane is not None, "the list sits in its pane of the splitter"
    # ... and never narrower than the list's columns at their minimums, or the last one is cut off.
    layout = list_pane.layout()
    margins = layout.contentsMargins() if layout is not None else None
    columns = window.list_view.minimumSizeHint().width() + (margins.left() + margins.right() if margins else 0)
    list_pane.setMinimumWidth(max(LIST_MIN_CHARS * chars, columns))
    window.detail.setMinimumWidth(DETAIL_MIN_CHARS * chars)


def share_with_docks(window: MainWindow) -> None:
    """When the Explore dock opens beside a window too narrow for it and the panes, the side
    docks take a share of the width rather than their last sizes."""
    dock = window.explore.explore_dock
    if dock is None:
        return
    # A stack is as wide as its widest page: let only the page in front count, so the
    # Issue Thread does not ask for the width of the Pair History's row of boxes.
    tabs = window.explore.tabs

    def front_page_sizes(current: int) -> None:
        for index in range(tabs.count()):
            policy = QSizePolicy.Policy.Preferred if index == current else QSizePolicy.Policy.Ignored
            page = tabs.widget(index)
            assert page is not None, "index < count()"
            page.setSizePolicy(policy, policy)
            page.updateGeometry()

    tabs.currentChanged.connect(front_page_sizes)
    front_page_sizes(tabs.currentIndex())

    def on_shown(visible: bool) -> None:
        if visible and not dock.isFloating():
            balance_side_docks(window)

    dock.visibilityChanged.connect(on_shown)
    if dock.isVisible():
        balance_side_docks(window)


def balance_side_docks(window: MainWindow) -> None:
    """Side docks wider than their share of a narrow window give the panes their room back:
    each dock keeps at least its minimum, the rest of the docks' room goes by their widths."""
    docks = [d for d in (window.explore.facet_dock, window.explore.explore_dock)
             if d is not None and d.isVisible() and not d.isFloating()]
    central_widget = window.centralWidget()
    assert central_widget is not None, "the window builds its central splitter first"
    central = central_widget.minimumSizeHint().width()
    spare = window.width() - max(central, int(window.width() * _CENTRAL_SHARE))
    total = sum(d.width() for d in docks)
    if not docks or total <= spare:
        return
    minimums = [d.minimumSizeHint().width() for d in docks]
    extra = max(0, spare - sum(minimums))
    room = sum(d.width() - m for d, m in zip(docks, minimums)) or 1
    sizes = [m + (d.width() - m) * extra // room for d, m in zip(docks, minimums)]
    window.resizeDocks(docks, sizes, Qt.Orientation.Horizontal)
