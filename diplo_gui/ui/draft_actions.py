"""File › Draft from Article…: the menu entry that opens the draft review (draft_review.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction

if TYPE_CHECKING:
    from .draft_review import DraftReview
    from .main_window import MainWindow


class DraftActions(QObject):
    """One review window per main window, kept between openings (the pasted text stays)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.review: DraftReview | None = None
        self.action = QAction(self.tr("&Draft from Article…"), window)
        self.action.setObjectName("draftFromArticleAction")
        self.action.setStatusTip(self.tr("Draft meetings and attributed quotes from a news article, review, save"))
        self.action.triggered.connect(self.open_review)

    @Slot()
    def open_review(self) -> DraftReview:
        if self.review is None:
            from .draft_review import DraftReview  # the engine and its gazetteer load when first used, not at startup

            self.review = DraftReview(self.window)
        if self.review.isVisible():
            self.review.raise_()  # already open behind the main window: bring it forward
        self.review.show()
        self.review.activateWindow()
        return self.review


def install_draft_actions(window: MainWindow) -> DraftActions:
    """Add File › Draft from Article… after the Open entries; the controller is ``window.draft_actions``."""
    actions = DraftActions(window)
    window.draft_actions = actions  # type: ignore[attr-defined]
    window.menus.place(actions.action)
    return actions
