"""Writing a file all at once or not at all, never over what appeared meanwhile.

The bytes go to a temporary file in the target's own folder (so the final rename never
crosses file systems), are flushed to disk, and only then take the target's name. A
failure at any point removes the temporary file and leaves an existing target exactly as
it was.

Only what was at the target when the write began is replaced: a target that did not
exist is created exclusively (a hard link, which fails if the name was taken meanwhile),
and an existing one is replaced only if it is still the same file, unchanged. Otherwise
``TargetChanged`` (a FileExistsError) is raised and the target is left alone.

The temporary file (``.NAME.XXXXXXXX.part``) is locked while it is written: a later
write into the same folder, or ``remove_leftovers``, deletes those that no live process
holds (what a killed export left behind).
"""

from __future__ import annotations

import errno
import os
import re
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


class TargetChanged(FileExistsError):
    """Something else was written at the target while we wrote: it is kept, ours is not put there."""


_PART = re.compile(r"^\..+\.[a-z0-9_]{8}\.part$")  # what mkstemp(prefix=".NAME.", suffix=".part") makes


def _identity(path: Path) -> tuple[int, int, int, int] | None:
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return None
    return info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns


def _lock(fd: int) -> None:
    """Hold an advisory lock on the temporary file while we write it (released when we die)."""
    try:
        import fcntl
    except ImportError:  # Windows: an open file cannot be deleted there anyway
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        pass  # a file system without locks: remove_leftovers then keeps our file (it cannot lock it either)


def remove_leftovers(folder: Path | str) -> int:
    """Delete the temporary files of interrupted writes in ``folder``; how many went.

    A ``.NAME.XXXXXXXX.part`` file is a leftover once no process holds its lock: the one
    that wrote it was killed (or lost power) before it could remove it.
    """
    try:
        import fcntl
    except ImportError:
        return 0
    removed = 0
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        if not _PART.match(entry.name):
            continue
        try:
            if not entry.is_file(follow_symlinks=False):
                continue
            fd = os.open(entry.path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0))
        except OSError:
            continue
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # fails while its writer lives
            os.unlink(entry.path)
            removed += 1
        except OSError:
            pass
        finally:
            os.close(fd)
    return removed


def write_atomic(target: Path | str, produce: Callable[[BinaryIO], object]) -> Path:
    """Let ``produce`` write the content to a binary stream, then put it at ``target`` atomically.

    Returns the absolute path written. Any exception (from ``produce``, the disk, or the
    rename) propagates after the temporary file is removed; ``target`` is then untouched.
    TargetChanged if another file appeared at ``target``, or the one there changed, meanwhile.
    """
    target = Path(target).expanduser().absolute()
    if target.is_dir():
        raise IsADirectoryError(21, "Is a directory", str(target))
    before = _identity(target)
    remove_leftovers(target.parent)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        _lock(fd)
        with os.fdopen(fd, "wb") as stream:
            produce(stream)
            stream.flush()
            os.fsync(stream.fileno())  # the data is on disk before the name points at it
            if before is None:
                os.chmod(tmp_name, _new_file_mode())
                _create_exclusively(tmp_name, target)
            else:
                try:
                    info = os.stat(target)
                except FileNotFoundError:
                    info = None
                if info is None or (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns) != before:
                    raise TargetChanged(errno.EEXIST, "The file there changed while this was being written",
                                        str(target))
                os.chmod(tmp_name, info.st_mode & 0o7777)  # replacing a file keeps its permissions
                os.replace(tmp_name, target)
    except BaseException:
        try:
            os.unlink(tmp_name)
        except FileNotFoundError:
            pass
        raise
    _sync_folder(target.parent)
    return target


def _create_exclusively(tmp_name: str, target: Path) -> None:
    """Give the temporary file the target's name only if that name is still free."""
    try:
        os.link(tmp_name, target)  # atomic, and fails if the name was taken
    except FileExistsError:
        raise TargetChanged(errno.EEXIST, "A file appeared there while it was being written", str(target)) from None
    except OSError:  # a file system without hard links (FAT, some network shares): claim the name, then fill it
        try:
            os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        except FileExistsError:
            raise TargetChanged(errno.EEXIST, "A file appeared there while it was being written",
                                str(target)) from None
        os.replace(tmp_name, target)
        return
    os.unlink(tmp_name)


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
