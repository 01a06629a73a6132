"""The one way data becomes display text.

Every value from a data file is untrusted. Widgets that take plain text get it as
plain text (and labels are forced to Qt.PlainText, since AutoText would render HTML);
rich text is built here from escaped values only, and a link is emitted only for our
own internal scheme or an http(s) URL with a host.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtWidgets import QLabel, QMessageBox

from ..core.records import is_safe_url

INTERNAL_SCHEME = "diplo"


def escape(value: object) -> str:
    """Escaped text for rich-text views; newlines kept as line breaks."""
    return html.escape(str(value), quote=True).replace("\n", "<br>")


def plain_label(text: str = "", parent=None) -> QLabel:  # type: ignore[no-untyped-def]
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def warn(parent, title: str, text: str) -> None:  # type: ignore[no-untyped-def]
    """A warning box that shows its text as plain text (QMessageBox.warning would render markup)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def tooltip(value: str) -> str:
    """Tooltips render rich text when they look like HTML: always hand them escaped markup."""
    return f"<p style='white-space:pre-wrap'>{escape(value)}</p>"


def internal_url(kind: str, key: str) -> QUrl:
    url = QUrl()
    url.setScheme(INTERNAL_SCHEME)
    url.setHost(kind)
    url.setPath("/" + key)
    return url


def link(url: QUrl | str, text: str) -> str:
    """An anchor for a URL we allow, or the escaped text alone."""
    qurl = QUrl(url) if isinstance(url, str) else url
    if not is_allowed_url(qurl):
        return escape(text)
    return f'<a href="{escape(qurl.toString(QUrl.ComponentFormattingOption.FullyEncoded))}">{escape(text)}</a>'


def is_allowed_url(url: QUrl) -> bool:
    """Our internal links, or an http(s) URL with a host (checked again by core's rule)."""
    if url.scheme() == INTERNAL_SCHEME:
        return bool(url.host())
    return url.scheme() in ("http", "https") and is_safe_url(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))


def country_name(code: str) -> str:
    """Qt's (CLDR) name of a country in the user's language; the code when Qt does not know it."""
    territory = QLocale.codeToTerritory(code)
    if territory == QLocale.Country.AnyTerritory:
        return code
    return QLocale.territoryToString(territory)


def language_name(code: str) -> str:
    """Qt's (CLDR) name of a language, from its ISO 639-1 code; the code when Qt does not know it."""
    language = QLocale.codeToLanguage(code)
    if language == QLocale.Language.AnyLanguage:
        return code
    return QLocale.languageToString(language)
