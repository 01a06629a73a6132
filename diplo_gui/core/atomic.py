"""Writing a file all at once or not at all.

The bytes go to a temporary file in the target's own folder (so the final rename never
crosses file systems), are flushed to disk, and only then replace the target with
``os.replace``, which is atomic on POSIX and Windows. A failure at any point removes
the temporary file and leaves an existing target exactly as it was.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO


def _umask() -> int:
    # Linux reports it without changing it; elsewhere set-and-restore (briefly process-wide).
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o077)
    os.umask(mask)
    return mask


def _new_file_mode() -> int:
    # mkstemp creates 0600; a new export should get the mode any other new file gets.
    return 0o666 & ~_umask()


def write_atomic(target: Path | str, produce: Callable[[BinaryIO], object]) -> Path:
    """Let ``produce`` write the content to a binary stream, then put it at ``target`` atomically.

    Returns the absolute path written. Any exception (from ``produce``, the disk, or the
    rename) propagates after the temporary file is removed; ``target`` is then untouched.
    """
    target = Path(target).expanduser().absolute()
    if target.is_dir():
        raise IsADirectoryError(21, "Is a directory", str(target))
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as stream:
            produce(stream)
            stream.flush()
            os.fsync(stream.fileno())  # the data is on disk before the name points at it
        try:
            mode = target.stat().st_mode & 0o7777  # replacing a file keeps its permissions
        except FileNotFoundError:
            mode = _new_file_mode()
        os.chmod(tmp_name, mode)
        os.replace(tmp_name, target)
    except BaseException:
        try:
            os.unlink(tmp_name)
        except FileNotFoundError:
            pass
        raise
    _sync_folder(target.parent)
    return target


def _sync_folder(folder: Path) -> None:
    # The rename itself is durable only once the folder is synced (POSIX); best effort elsewhere.
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_bytes_atomic(target: Path | str, data: bytes) -> Path:
    return write_atomic(target, lambda stream: stream.write(data))


def write_text_atomic(target: Path | str, text: str, encoding: str = "utf-8") -> Path:
    """Text as written, without newline translation (exports choose their own line ends)."""
    return write_bytes_atomic(target, text.encode(encoding))
