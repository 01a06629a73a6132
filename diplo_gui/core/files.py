"""Read one data file safely: a regular file, under a size cap, decoded strictly.

This is the only place that touches the file system for data. It never blocks on a
FIFO or a device, never reads more than the cap, and turns every failure into a
located Problem instead of an exception.
"""

from __future__ import annotations

import bisect
import codecs
import os
import re
import stat
from pathlib import Path

from .problems import Problem, Severity

MAX_FILE_BYTES = 32 * 1024 * 1024  # far above any real file (a year of meetings is ~2 MB)
DATA_SUFFIXES = (".yaml", ".yml")

# YAML forbids these characters in a stream; we name them before the parser does,
# with a position a user can find (C0 controls but tab/LF/CR, DEL, C1 but NEL, non-characters).
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff\ud800-\udfff]")
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def _problem(path: str, code: str, message: str, line: int = 1, col: int = 1) -> Problem:
    return Problem(path, line, col, Severity.ERROR, code, message)


_LINE_BREAK = re.compile(r"\r\n?|\n")


class Lines:
    """1-based line and column of a character index, as a text editor counts them.

    Lines end at LF, CRLF or CR. The YAML parser also breaks lines at NEL, LINE SEPARATOR
    and PARAGRAPH SEPARATOR (text pasted from the web or mis-decoded Windows-1252), so its
    own line numbers drift from the editor's after one of those: we count from its
    character index instead. The table of line starts is built on first use.
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._starts: list[int] | None = None

    def line_col(self, index: int) -> tuple[int, int]:
        if self._starts is None:
            self._starts = [0] + [m.end() for m in _LINE_BREAK.finditer(self._text)]
        index = max(0, min(index, len(self._text)))
        line = bisect.bisect_right(self._starts, index)
        return line, index - self._starts[line - 1] + 1


def line_col(text: str, index: int) -> tuple[int, int]:
    """1-based line and column of a character index."""
    return Lines(text).line_col(index)


class NotRegularFile(OSError):
    """What was found is a folder, device, FIFO or socket, not a file we read."""


class TooLarge(OSError):
    """The file is (or grew) over the size cap."""


_OPEN_FLAGS = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOCTTY", 0)


def open_regular(path: Path | str, cap: int, *, follow_links: bool = True) -> tuple[int, int]:
    """Open a regular file for reading without ever blocking: ``(fd, size)``; the caller closes fd.

    Raises NotRegularFile for anything else (nothing but a regular file is ever opened: a
    device may act on open), TooLarge above ``cap`` bytes, OSError when it cannot be opened.
    ``follow_links=False`` (Diplo's own folders: cache, store, logs) refuses a symbolic link.
    """
    info = os.stat(path) if follow_links else os.lstat(path)
    if not stat.S_ISREG(info.st_mode):
        raise NotRegularFile(f"not a regular file: {path}")
    # O_NONBLOCK: should a FIFO be swapped in after the check, opening it does not wait for a writer.
    fd = os.open(path, _OPEN_FLAGS | (0 if follow_links else getattr(os, "O_NOFOLLOW", 0)))
    try:
        info = os.fstat(fd)  # of what was opened, so a swap after the check cannot fool us
        if not stat.S_ISREG(info.st_mode):
            raise NotRegularFile(f"not a regular file: {path}")
        if info.st_size > cap:
            raise TooLarge(f"the file is {info.st_size:,} bytes; the limit is {cap:,}")
    except BaseException:
        os.close(fd)
        raise
    return fd, info.st_size


def read_fd(fd: int, cap: int) -> bytes:
    """Everything left in an open file, up to ``cap`` bytes; TooLarge if it grew past the cap."""
    chunks: list[bytes] = []
    size = 0
    while size <= cap:  # read to the cap even if the file grows while we read
        chunk = os.read(fd, min(1 << 20, cap + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    if size > cap:
        raise TooLarge(f"the file grew past the limit of {cap:,} bytes")
    return b"".join(chunks)


def read_regular(path: Path | str, cap: int, *, follow_links: bool = True) -> bytes:
    """A regular file's bytes, at most ``cap`` of them, never blocking (see open_regular).

    Raises OSError (NotRegularFile, TooLarge included) for anything else: callers that read
    their own files (a cache, a store, a log) treat that as "missing" and rebuild.
    """
    fd, _size = open_regular(path, cap, follow_links=follow_links)
    try:
        return read_fd(fd, cap)
    finally:
        os.close(fd)


def read_bytes(path: Path, limit: int | None = None) -> tuple[bytes | None, list[Problem]]:
    """The file's bytes, or a problem saying why they cannot be read."""
    name = str(path)
    limit = MAX_FILE_BYTES if limit is None else limit
    try:
        fd, size = open_regular(path, limit)
    except NotRegularFile:
        return None, [_problem(name, "not-regular-file", "not a regular file (a folder, device, FIFO or socket)")]
    except TooLarge as exc:
        return None, [_problem(name, "file-too-large", str(exc))]
    except OSError as exc:
        return None, [_problem(name, "file-unreadable", f"cannot open the file: {exc.strerror or exc}")]
    try:
        return read_fd(fd, limit), []
    except TooLarge as exc:
        return None, [_problem(name, "file-too-large", str(exc))]
    except OSError as exc:
        return None, [_problem(name, "file-unreadable", f"cannot read the file: {exc.strerror or exc}")]
    finally:
        os.close(fd)


def decode(data: bytes, path: str) -> tuple[str | None, list[Problem]]:
    """Text from UTF-8 (or UTF-16 with a byte-order mark), with forbidden characters located."""
    encoding = "utf-8"
    for bom, name in _BOMS:
        if data.startswith(bom):
            encoding = name
            break
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        good = data[: exc.start].decode(encoding, errors="replace")
        line, col = line_col(good, len(good))
        return None, [_problem(path, "encoding", f"bytes that are not valid {encoding.upper()} "
                               f"(0x{data[exc.start]:02x} at byte {exc.start}); save the file as UTF-8", line, col)]
    text = text.lstrip("\ufeff")
    bad = _FORBIDDEN.search(text)
    if bad:
        line, col = line_col(text, bad.start())
        return None, [_problem(path, "control-character",
                               f"control character U+{ord(bad.group()):04X} is not allowed in a data file", line, col)]
    return text, []


def read_text(path: Path) -> tuple[str | None, list[Problem]]:
    data, problems = read_bytes(path)
    if data is None:
        return None, problems
    return decode(data, str(path))


def is_data_file(path: Path) -> bool:
    return _is_data_name(path.name)


def _is_data_name(name: str) -> bool:
    # Hidden and backup files are editors' business (.x.swp, x~, .#x), not data.
    return name.lower().endswith(DATA_SUFFIXES) and not name.startswith((".", "#"))


def collect(paths: list[Path]) -> tuple[list[Path], list[Problem]]:
    """The data files named by ``paths``: files as given, folders searched recursively in name order."""
    found: list[Path] = []
    problems: list[Problem] = []
    for path in paths:
        if path.is_dir():
            # followlinks=False: a symlink loop between folders cannot trap us. A folder that
            # cannot be listed is a problem, never a silent hole in the data.
            def unlistable(exc: OSError, top: Path = path) -> None:
                problems.append(_problem(str(exc.filename or top), "folder-unreadable",
                                         f"cannot list the folder: {exc.strerror or exc}; its files are not loaded"))

            for root, dirs, files in os.walk(path, onerror=unlistable, followlinks=False):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                folder = Path(root)
                found.extend(folder / f for f in sorted(files) if _is_data_name(f))
        elif os.path.lexists(path):
            found.append(path)  # named explicitly: read it whatever its suffix, read_bytes judges it
        else:
            problems.append(_problem(str(path), "file-unreadable", "no such file or folder"))
    return found, problems
