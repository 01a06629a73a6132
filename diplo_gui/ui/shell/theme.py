"""Light and dark: follow the system's colour scheme, or force one (View › Theme).

Qt 6.8+ can ask the platform for a scheme (``QStyleHints.setColorScheme``), which
also darkens native dialogs and title bars where the platform supports it. Not every
platform does (offscreen, plain X11 without a desktop theme, older styles), so after
asking we look at the palette we got, and if it is not what was asked for we set the
Fusion style (which honours any palette, unlike the native Windows styles) with a
palette of our own. Every widget, the detail pane included, draws from the palette.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStyle

# The objectName of our Fusion (readable_fusion.py, imported only when a palette is forced).
OUR_STYLE = "diploReadableFusion"


class Theme(Enum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"

    @classmethod
    def parse(cls, value: object) -> Theme:
        try:
            return cls(str(value))
        except ValueError:
            return cls.SYSTEM  # an unknown or missing setting falls back to the system's choice


_Role = QPalette.ColorRole

_DARK = {
    _Role.Window: "#2f2f2f", _Role.WindowText: "#ececec", _Role.Base: "#232323", _Role.AlternateBase: "#2b2b2b",
    _Role.ToolTipBase: "#3a3a3a", _Role.ToolTipText: "#ececec", _Role.PlaceholderText: "#a6a6a6",
    _Role.Text: "#ececec", _Role.Button: "#383838", _Role.ButtonText: "#ececec", _Role.BrightText: "#ff6b6b",
    _Role.Light: "#4a4a4a", _Role.Midlight: "#404040", _Role.Mid: "#5c5c5c", _Role.Dark: "#1c1c1c",
    _Role.Shadow: "#111111", _Role.Highlight: "#3d6fb4", _Role.HighlightedText: "#ffffff",
    _Role.Link: "#7cb7ff", _Role.LinkVisited: "#c5a3ff",
}
_LIGHT = {
    _Role.Window: "#efefef", _Role.WindowText: "#1a1a1a", _Role.Base: "#ffffff", _Role.AlternateBase: "#f5f5f5",
    _Role.ToolTipBase: "#ffffdc", _Role.ToolTipText: "#1a1a1a", _Role.PlaceholderText: "#6b6b6b",
    _Role.Text: "#1a1a1a", _Role.Button: "#efefef", _Role.ButtonText: "#1a1a1a", _Role.BrightText: "#ffffff",
    _Role.Light: "#ffffff", _Role.Midlight: "#e3e3e3", _Role.Mid: "#b8b8b8", _Role.Dark: "#9f9f9f",
    _Role.Shadow: "#767676", _Role.Highlight: "#308cc6", _Role.HighlightedText: "#ffffff",
    _Role.Link: "#0b57d0", _Role.LinkVisited: "#6a1b9a",
}
_DISABLED = {"dark": "#7a7a7a", "light": "#9a9a9a"}


def _palette(colours: dict[QPalette.ColorRole, str], disabled: str) -> QPalette:
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (_Role.WindowText, _Role.Text, _Role.ButtonText, _Role.PlaceholderText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled))
    return palette


def dark_palette() -> QPalette:
    return _palette(_DARK, _DISABLED["dark"])


def light_palette() -> QPalette:
    return _palette(_LIGHT, _DISABLED["light"])


def is_dark(palette: QPalette) -> bool:
    """Dark means light text on a dark window, whatever the scheme's name."""
    return palette.color(_Role.Window).lightness() < palette.color(_Role.WindowText).lightness()


def _is_ours(style: QStyle) -> bool:
    return style.objectName() == OUR_STYLE


# The application's style as the platform chose it (one per process, like the style itself),
# noted when we first replace it: empty, we never did.
_NATIVE_STYLE: list[str] = []


def _ours_in_use(app: QApplication) -> bool:
    # Asked of _NATIVE_STYLE first: app.style() costs a start 6 ms (PySide then sets up
    # QStyle's many enums), and the platform's own theme never needs it.
    return bool(_NATIVE_STYLE) and _is_ours(app.style())


class ThemeController(QObject):
    """Applies a Theme to the whole application and keeps following the system when asked to."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._theme = Theme.SYSTEM
        self._applying = False
        # What the desktop says (light, dark or no opinion); tests stand in for a desktop here.
        self.system_scheme: Callable[[], Qt.ColorScheme] = QGuiApplication.styleHints().colorScheme
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_system_scheme_changed)

    @property
    def theme(self) -> Theme:
        return self._theme

    def apply(self, theme: Theme) -> None:
        self._theme = theme
        if self._applying:
            return
        self._applying = True
        try:
            self._apply(theme)
        finally:
            self._applying = False

    def _apply(self, theme: Theme) -> None:
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        hints = QGuiApplication.styleHints()
        if hasattr(hints, "setColorScheme"):  # Qt 6.8+
            if theme is Theme.SYSTEM:
                hints.unsetColorScheme()
            else:
                hints.setColorScheme(Qt.ColorScheme.Dark if theme is Theme.DARK else Qt.ColorScheme.Light)
        scheme = self.system_scheme()
        if theme is Theme.SYSTEM:
            want_dark: bool | None = {Qt.ColorScheme.Dark: True, Qt.ColorScheme.Light: False}.get(scheme)
        else:
            want_dark = theme is Theme.DARK
        if _ours_in_use(app):
            # Undo our Fusion: the platform may manage on its own now.
            app.setStyle(_NATIVE_STYLE[0] if _NATIVE_STYLE else "Fusion")
        if app.palette().resolveMask():
            app.setPalette(QPalette())  # an empty palette resets to the platform's, for the scheme in force
        if want_dark is None or is_dark(app.palette()) == want_dark:
            return  # the platform gave what was asked (or the system has no opinion)
        if not _ours_in_use(app):
            from .readable_fusion import ReadableFusion  # its QProxyStyle and QStyle enums cost ~15 ms to import

            if not _NATIVE_STYLE:
                _NATIVE_STYLE.append(app.style().name())  # the platform's choice, before we replace it
            style = ReadableFusion()
            style.setObjectName(OUR_STYLE)
            app.setStyle(style)  # native styles (windowsvista ...) ignore a dark palette
        app.setPalette(dark_palette() if want_dark else light_palette())

    @Slot(Qt.ColorScheme)
    def _on_system_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self._theme is Theme.SYSTEM and not self._applying:
            self.apply(Theme.SYSTEM)
