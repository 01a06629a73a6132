"""The archive: what was read from the data files, in SQLite, answering the window's questions.

``open_store`` opens (or builds) the store file safely; ``Archive.update`` indexes a load
incrementally; ``Archive.answer`` and friends answer searches, list pages, facet counts,
timeline bins and related meetings without a per-meeting Python loop.
"""

from __future__ import annotations

from .archive import Answer, Archive, Bins, Counts, PageRow
from .schema import SCHEMA_VERSION, StoreOpened, open_store

__all__ = ["Answer", "Archive", "Bins", "Counts", "PageRow", "SCHEMA_VERSION", "StoreOpened", "open_store"]
