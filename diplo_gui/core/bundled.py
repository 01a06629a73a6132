"""The only code that knows where bundled, read-only files live.

The top-level ``resources/`` folder is installed as the package ``diplo_gui.resources``
(see pyproject.toml) and mapped to the same place in the frozen build, so one lookup
serves a source checkout, an installed wheel from any working directory, and the executable.
"""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "diplo_gui" / "resources"
    try:
        import diplo_gui.resources as package

        return Path(next(iter(package.__path__)))
    except ImportError:  # a plain source checkout that was never installed
        return Path(__file__).resolve().parents[2] / "resources"


def data_dir() -> Path:
    return root() / "data"


def schema_path() -> Path:
    return root() / "schema" / "diplo-data.schema.json"


def translations_dir() -> Path:
    """The compiled translations (``diplo_<language>.qm``) and their sources (``.ts``)."""
    return root() / "translations"


def icon_path(name: str = "diplo.svg") -> Path:
    return root() / "icons" / name


@lru_cache(maxsize=1)
def docs_dir() -> Path:
    """The documentation (Help › User Guide reads it): the top-level ``docs/`` folder, installed
    as the package ``diplo_gui.docs``; a checkout whose editable install predates it reads it in place."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "diplo_gui" / "docs"
    try:
        import diplo_gui.docs as package  # type: ignore[import-not-found]

        return Path(next(iter(package.__path__)))
    except ImportError:
        return Path(__file__).resolve().parents[2] / "docs"
