"""The one way data becomes display text.

Every value from a data file is untrusted. Widgets that take plain text get it as
plain text (and labels are forced to Qt.PlainText, since AutoText would render HTML);
rich text is built here from escaped values only, and a link is emitted only for our
own internal scheme or an http(s) URL with a host.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from ...core.bidi import isolate
from ...core.records import is_safe_url

INTERNAL_SCHEME = "diplo"


def escape(value: object) -> str:
    """Escaped text for rich-text views; newlines kept as line breaks; bidi isolated (see core.bidi)."""
    return html.escape(isolate(str(value)), quote=True).replace("\n", "<br>")


def plain(value: str) -> str:
    """A data value for a plain-text label, list item or cell that shows other text beside it."""
    return isolate(value)


# Qt lays out a paragraph as a whole: a 10-million-character quote held the window for
# seconds, and a word without a break opportunity costs most (100,000 characters: 3 s).
# Long text shows its first LONG_TEXT characters and a "Show all" link; a word gets a
# break opportunity (an invisible ZERO WIDTH SPACE) every LONG_WORD characters.
LONG_TEXT = 20_000
LONG_WORD = 1000
_LONG_WORD = re.compile(rf"\S{{{LONG_WORD}}}(?=\S)")
SHOW_ALL = "show-all"  # the host of a "Show all" link: internal_url(SHOW_ALL, key)


def display_text(value: str, limit: int | None = LONG_TEXT) -> tuple[str, int]:
    """What a text view shows of ``value``, and how many characters it leaves out (0: none)."""
    left_out = 0
    if limit is not None and len(value) > limit:
        left_out = len(value) - limit
        value = value[:limit]
    if len(value) > LONG_WORD:
        value = _LONG_WORD.sub(lambda m: m.group() + "\u200b", value)
    return value, left_out


def escape_long(value: str, key: str, show_all: bool = False,
                more: Callable[[int], str] | None = None) -> str:
    """Escaped rich text of a value that may be huge: clipped, with a "Show all" link carrying ``key``.
    ``more`` words the link for the number of characters left out (a translated text)."""
    text, left_out = display_text(value, None if show_all else LONG_TEXT)
    out = escape(text)
    if left_out:
        label = more(left_out) if more else f"Show all ({left_out:,} more characters)"
        out += "… " + link(internal_url(SHOW_ALL, key), label)
    return out


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def warn(parent: QWidget | None, title: str, text: str) -> None:
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
