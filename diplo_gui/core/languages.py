"""Languages by their ISO 639 codes, named in English for exports and the console tool.

The window names them in the reader's language with Qt's locale data (ui/reader/safe_text.py);
the Qt-free core uses python-iso639's copy of the ISO 639-3 tables, imported only when a
name is first asked for (an export, a citation), never at start-up.
"""

from __future__ import annotations

from functools import cache


@cache
def language_name(code: str) -> str:
    """'Chinese' for 'zh' (ISO 639-1, or a three-letter ISO 639-3 code); the code when unknown."""
    try:
        from iso639 import Language, LanguageNotFoundError
    except (ImportError, OSError):  # a build that left its tables out: the code, never a crash
        return code
    try:
        language = Language.from_part1(code) if len(code) == 2 else Language.from_part3(code)
    except (LanguageNotFoundError, OSError):
        return code
    # ISO's reference names can carry a qualifier the reader does not need: "Greek, Modern (1453-)".
    return language.name.split(" (")[0] if language.name.endswith(")") else language.name
