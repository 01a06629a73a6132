"""Help › User Guide (F1): the documentation shipped with Diplo, rendered from its Markdown.

Nothing is fetched from the network: the pages and their images are the files of ``docs/``
(``core.bundled.docs_dir``). A link to another page of the guide opens it here; a link to a
heading scrolls to it; an http(s) link opens in the browser; anything else (a file outside
the documentation, another scheme) is refused with a word in the viewer's status line.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Slot
from PySide6.QtGui import QImage, QKeySequence, QTextCursor, QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from ...core import bundled
from ..reader.safe_text import is_allowed_url

if TYPE_CHECKING:
    from .main_window import MainWindow

GUIDE = "user-guide.md"


def slug(heading: str) -> str:
    """GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens."""
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return text.replace(" ", "-")


class GuideBrowser(QTextBrowser):
    """Shows the guide's pages; follows links itself only inside the documentation folder."""

    def __init__(self, docs: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userGuideView")
        self.setAccessibleName(self.tr("User guide"))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.docs = docs.resolve()
        self.page: Path | None = None

    def show_page(self, path: Path, fragment: str = "") -> bool:
        """Render a Markdown page of the documentation (and scroll to a heading)."""
        path = path.resolve()
        if not path.is_relative_to(self.docs) or path.suffix != ".md" or not path.is_file():
            return False
        self.page = path
        # setSource reads the file and resolves its images beside it (loadResource, below).
        self.setSource(QUrl.fromLocalFile(str(path)), QTextDocument.ResourceType.MarkdownResource)
        if fragment:
            self.scroll_to_heading(fragment)
        return True

    def loadResource(self, kind: int, name: QUrl | str) -> object:  # noqa: N802 - Qt override
        """Only files of the documentation folder, never the network or a file elsewhere."""
        name = QUrl(name)  # Qt passes a QUrl; a caller from Python may pass a string
        if name.isLocalFile() or not name.scheme():
            base = self.page.parent if self.page is not None else self.docs
            path = Path(name.toLocalFile()) if name.isLocalFile() else base / name.path()
            path = path.resolve()
            if path.is_relative_to(self.docs) and path.is_file():
                if kind == QTextDocument.ResourceType.ImageResource.value:
                    return self._fitted_image(path)
                return super().loadResource(kind, QUrl.fromLocalFile(str(path)))
        return None

    def _fitted_image(self, path: Path) -> QImage:
        """A screenshot no wider than the page, so the guide never scrolls sideways."""
        image = QImage(str(path))
        room = max(200, self.viewport().width() - 2 * int(self.document().documentMargin()) - 8)
        if image.width() > room:
            image = image.scaledToWidth(room, Qt.TransformationMode.SmoothTransformation)
        return image

    def scroll_to_heading(self, fragment: str) -> bool:
        block = self.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel() and slug(block.text()) == fragment:
                cursor = QTextCursor(block)
                self.setTextCursor(cursor)
                # The heading at the top, not just somewhere on screen.
                self.verticalScrollBar().setValue(int(self.document().documentLayout().blockBoundingRect(block).top()))
                return True
            block = block.next()
        return False


class HelpViewer(QDialog):
    """A window beside the main one (not modal) with the user guide."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("userGuideDialog")
        self.setWindowTitle(self.tr("Diplo User Guide"))
        self.main_window = window
        self.browser = GuideBrowser(bundled.docs_dir())
        self.browser.anchorClicked.connect(self.follow)
        self.status = QLabel()
        self.status.setObjectName("userGuideStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(760, 640)
        if not self.browser.show_page(bundled.docs_dir() / GUIDE):
            self.browser.setPlainText(self.tr("The user guide is not installed (looked in %s).") % bundled.docs_dir())

    @Slot(QUrl)
    def follow(self, url: QUrl) -> None:
        self.status.clear()
        if url.scheme() in ("http", "https"):
            if is_allowed_url(url):
                self.main_window.open_external(url)
            return
        if url.scheme() in ("", "file"):
            page = self.browser.page
            base = page.parent if page is not None else self.browser.docs  # as loadResource resolves it
            target = Path(url.toLocalFile()) if url.isLocalFile() else (
                (base / url.path()) if url.path() else page)
            if target is not None and target == page and url.fragment():
                self.browser.scroll_to_heading(url.fragment())
                return
            if target is not None and self.browser.show_page(target, url.fragment()):
                return
        self.status.setText(self.tr("Not opened: %s (only pages of the guide and web links open)")
                            % url.toDisplayString())


class HelpActions:
    """Help › User Guide, on the platform's help key (F1)."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.viewer: HelpViewer | None = None
        self.action = window.menus.action(
            "userGuideAction", QCoreApplication.translate("HelpActions", "&User Guide"), self.open_guide,
            QKeySequence.StandardKey.HelpContents,
            QCoreApplication.translate("HelpActions",
                                       "Read how to use Diplo: the window, searching, exploring, exporting"))

    def open_guide(self) -> HelpViewer:
        if self.viewer is None:
            self.viewer = HelpViewer(self.window)
        self.viewer.show()
        self.viewer.raise_()
        self.viewer.activateWindow()
        return self.viewer
