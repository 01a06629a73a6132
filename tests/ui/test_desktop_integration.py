"""The window carries Diplo's icon, and the desktop files name the same application."""

from __future__ import annotations

import configparser
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from diplo_gui.app import DESKTOP_ID
from diplo_gui.core import bundled

SIZES = (16, 32, 48, 64, 128, 256)


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(bundled.root() / "desktop" / f"{DESKTOP_ID}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_window_shows_diplos_icon_at_every_size(make_window):
    window = make_window()
    icon = window.windowIcon()
    assert not icon.isNull()
    assert {size.width() for size in icon.availableSizes()} >= set(SIZES)
    shown = icon.pixmap(QSize(48, 48)).toImage().convertToFormat(QImage.Format.Format_ARGB32)
    drawn = QImage(str(bundled.icon_path("diplo-48.png"))).convertToFormat(QImage.Format.Format_ARGB32)
    assert (shown.width(), shown.height()) == (drawn.width(), drawn.height())
    # Qt keeps the pixmap premultiplied: a half-transparent pixel comes back a unit or two
    # off in a channel. Another icon, or this one scaled from another size, is off by far more.
    assert _largest_channel_difference(shown, drawn) <= 3


def _largest_channel_difference(first: QImage, second: QImage) -> int:
    return max(abs((first.pixel(x, y) >> shift & 0xFF) - (second.pixel(x, y) >> shift & 0xFF))
               for x in range(first.width()) for y in range(first.height()) for shift in (0, 8, 16, 24))


def test_the_icon_comparison_tells_another_size_apart(qapp):
    """The tolerance is not blind: the 32 px icon scaled to 48 px is not the 48 px icon."""
    drawn = QImage(str(bundled.icon_path("diplo-48.png"))).convertToFormat(QImage.Format.Format_ARGB32)
    scaled = QImage(str(bundled.icon_path("diplo-32.png"))).scaled(48, 48).convertToFormat(
        QImage.Format.Format_ARGB32)
    assert _largest_channel_difference(scaled, drawn) > 3


def test_the_app_names_the_desktop_entry_that_installs_it(make_window):
    make_window()
    assert QGuiApplication.desktopFileName() == DESKTOP_ID
    entry = _desktop_entry()
    assert entry["Name"] == "Diplo"
    assert entry["Icon"] == DESKTOP_ID  # the name docs/packaging.md installs the PNGs and SVG under
    assert entry["Exec"].split()[0] == "diplo-gui"  # pyproject's gui-script and the frozen executable


def test_the_metainfo_describes_the_same_application():
    root = ET.parse(bundled.root() / "desktop" / f"{DESKTOP_ID}.metainfo.xml").getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == DESKTOP_ID
    assert root.find("launchable").text == f"{DESKTOP_ID}.desktop"  # type: ignore[union-attr]
    assert root.findtext("name") == _desktop_entry()["Name"]
    assert root.findtext("url") is None  # no homepage until Diplo has one


@pytest.mark.parametrize("size", SIZES)
def test_each_png_is_the_svg_rendered_at_its_size(qapp, size):
    """The PNGs are regenerated with packaging/render_icons.py whenever the SVG changes."""
    png = QImage(str(bundled.icon_path(f"diplo-{size}.png"))).convertToFormat(QImage.Format.Format_ARGB32)
    assert (png.width(), png.height()) == (size, size)
    renderer = QSvgRenderer(str(bundled.icon_path("diplo.svg")))
    assert renderer.isValid()
    fresh = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    fresh.fill(Qt.GlobalColor.transparent)
    painter = QPainter(fresh)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    fresh = fresh.convertToFormat(QImage.Format.Format_ARGB32)
    # Antialiasing may differ by a shade between Qt versions; a stale PNG differs by far more.
    differences = [abs((png.pixel(x, y) >> shift & 0xFF) - (fresh.pixel(x, y) >> shift & 0xFF))
                   for x in range(size) for y in range(size) for shift in (0, 8, 16, 24)]
    assert sum(differences) / len(differences) < 2
