"""The frozen executable's entry point (see diplo-gui.spec): ``python -m diplo_gui`` plus freeze_support.

core/parallel.py spawns worker processes; in the executable a spawned worker is this
same program started again with multiprocessing's arguments. freeze_support() (which
PyInstaller makes work on Linux too) turns such a start into a worker and never into a
second window, and returns at once in a normal start.
"""

from __future__ import annotations

import multiprocessing

if __name__ == "__main__":
    multiprocessing.freeze_support()

    from diplo_gui.app import main

    raise SystemExit(main())
