"""A search box that says when what was typed cannot be read as a search, and where."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit, QStyle

from ...core.search import QueryError


def describe(error: QueryError) -> str:
    """One plain line for the status bar and the tooltip."""
    return QCoreApplication.translate("SearchError", "Search not applied: at character %d, %s.") % (
        error.column, error.reason)


class SearchErrorMarker:
    """A warning sign at the end of the search box while its text is malformed; its tooltip
    (and the box's) says what is wrong and where, with the text and a caret under the spot."""

    def __init__(self, box: QLineEdit) -> None:
        self._box = box
        self._action: QAction | None = None  # made at the first error: the style's icon costs a style lookup
        self.message = ""

    def show(self, error: QueryError) -> str:
        self.message = describe(error)
        # Escaped: a tooltip renders markup, and the text is the user's (or a pasted one).
        tip = (f"<p>{html.escape(self.message)}</p>"
               f"<pre>{html.escape(error.text)}\n{' ' * error.position}^</pre>")
        if self._action is None:
            icon = self._box.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            self._action = self._box.addAction(icon, QLineEdit.ActionPosition.TrailingPosition)
            self._action.setObjectName("searchErrorAction")
        self._action.setToolTip(tip)
        self._action.setVisible(True)
        self._box.setToolTip(tip)
        return self.message

    def clear(self) -> str:
        """Hide the sign; returns the message it showed ("" if none)."""
        shown, self.message = self.message, ""
        if self._action is not None:
            self._action.setVisible(False)
        self._box.setToolTip("")
        return shown
