"""The ledger file seen from outside SQLite: what may be opened, and whether it is whole.

Nothing here opens anything but a regular file: a FIFO would block the program forever and a
device would be read or written (as root, SQLite would put a ``-journal`` next to /dev/null).
Every ledger open goes through :func:`ledger_file` first; copies (backups) reuse it for their
destination. Nothing here opens the ledger file itself (see :func:`shape_damage`).
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from desktop_app.domain.errors import EnvironmentFault

NAME_MAX = 255  # where the system cannot say (pathconf)
PATH_MAX = 4096

#: What the operating system said, in the user's terms.
_ERRNO_CODES = {
    errno.ENAMETOOLONG: "ledger.name_too_long",
    errno.EACCES: "ledger.permission",
    errno.EPERM: "ledger.permission",
    errno.EROFS: "ledger.read_only_disk",
    errno.ENOSPC: "ledger.disk_full",
    getattr(errno, "EDQUOT", errno.ENOSPC): "ledger.disk_full",
    errno.ENOTDIR: "ledger.not_a_folder",
    errno.EEXIST: "ledger.not_a_folder",  # mkdir over a file
    errno.ELOOP: "ledger.broken_link",
    errno.EISDIR: "ledger.is_directory",
    errno.EIO: "ledger.disk",
}


def os_error(error: OSError, path: Path) -> EnvironmentFault:
    """An ``OSError`` about ``path`` as an environment fault (one code per errno that matters)."""
    code = _ERRNO_CODES.get(error.errno or 0, "ledger.cannot_open")
    return EnvironmentFault(code, path=str(path), detail=error.strerror or str(error))


def _kind(mode: int) -> str | None:
    """The refusal for a file that is there but is not a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "ledger.is_directory"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "ledger.is_device"
    if stat.S_ISFIFO(mode):
        return "ledger.is_pipe"
    if stat.S_ISSOCK(mode):
        return "ledger.is_socket"
    return "ledger.not_a_file"


def _name_max(path: Path) -> int:
    """The longest file name the nearest existing folder above ``path`` takes."""
    folder = path.absolute().parent
    while not os.path.isdir(folder) and folder != folder.parent:  # isdir: False, not raise
        folder = folder.parent
    try:
        return int(os.pathconf(folder, "PC_NAME_MAX"))
    except (AttributeError, OSError, ValueError):
        return NAME_MAX


def _check_name(path: Path) -> None:
    """Names the system cannot hold, refused before anything (a folder) is created."""
    try:
        encoded = [os.fsencode(part) for part in path.parts]
    except UnicodeError:
        raise EnvironmentFault(
            "ledger.cannot_open", path=str(path), detail="the name cannot be written here"
        ) from None
    if any(b"\x00" in part for part in encoded):
        raise EnvironmentFault("ledger.cannot_open", path=str(path), detail="a NUL in the name")
    longest = max((len(part) for part in encoded), default=0)
    if longest > _name_max(path) or len(os.fsencode(path)) >= PATH_MAX:
        raise EnvironmentFault("ledger.name_too_long", path=str(path), detail="name too long")


def ledger_file(path: Path) -> os.stat_result | None:
    """What is at ``path``: a regular file's status, or None when nothing is (a new file).

    Anything else there (a folder, a device, a FIFO, a socket, a link to nothing) is refused
    without being opened, and so is a name the system cannot hold. Raises ``EnvironmentFault``.
    """
    path = Path(path)
    _check_name(path)
    try:
        info = os.stat(path)
    except FileNotFoundError:
        # A link to nothing; not a file that another program made since (two programs
        # opening a new ledger at once): ``create_empty`` looks at that one again.
        if os.path.islink(path):
            raise EnvironmentFault("ledger.broken_link", path=str(path)) from None
        return None
    except OSError as error:
        raise os_error(error, path) from None
    code = _kind(info.st_mode)
    if code is not None:
        raise EnvironmentFault(code, path=str(path))
    return info


def create_empty(path: Path) -> os.stat_result:
    """A new, empty ledger file (SQLite takes a 0-byte file for an empty database).

    Made here rather than by SQLite so that a refusal says why (permission denied, read-only
    disk, no space), where SQLite only says "unable to open". Its folder is made first. If
    another program made the file first, that file is used, after the same look at it.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o644)
    except FileExistsError:
        pass
    except OSError as error:
        raise os_error(error, path) from None
    else:
        os.close(fd)  # nobody else had it open: it did not exist a moment ago
    info = ledger_file(path)
    if info is None:  # removed as soon as made
        raise EnvironmentFault("ledger.cannot_open", path=str(path), detail="the file vanished")
    return info


def shape_damage(path: Path, page_size: int) -> str | None:
    """``cut_pages`` in words, for the detail of a ``ledger.corrupted`` refusal."""
    found = cut_pages(path, page_size)
    if found is None:
        return None
    size, page = found
    return (
        f"the file is {size} bytes, not a whole number of {page}-byte pages: "
        "it was cut short or written over"
    )


def cut_pages(path: Path, page_size: int) -> tuple[int, int] | None:
    """What is visibly wrong with the ledger file's length, from a ``stat`` alone.

    SQLite writes whole pages only, so a file whose length is not a whole number of pages was
    cut (or added to) by something else; SQLite reads the missing end of its last page as
    zeros and answers from it without a word. (A file shorter than the page count its header
    states, SQLite refuses itself.) The file's size and its page size; None: nothing
    visibly wrong.

    Never opens the file: closing any descriptor of a file SQLite has open in this process
    would release SQLite's locks on it (POSIX advisory locks are per process).
    """
    try:
        size = os.stat(path).st_size
    except OSError:
        return None  # gone meanwhile: SQLite will say what it finds
    if page_size > 0 and size % page_size:
        return size, page_size
    return None
