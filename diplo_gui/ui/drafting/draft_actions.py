"""File › Draft from Article…: the menu entry that opens the draft review (draft_review.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot

if TYPE_CHECKING:
    from ..shell.main_window import MainWindow
    from .draft_review import DraftReview


class DraftActions(QObject):
    """One review window per main window, kept between openings (the pasted text stays)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.review: DraftReview | None = None
        self.action = window.menus.action(
            "draftFromArticleAction", self.tr("&Draft from Article…"), self.open_review,
            tip=self.tr("Draft meetings and attributed quotes from a news article, review, save"))

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
