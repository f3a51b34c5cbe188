"""Backups of a ledger file: a new name beside it that no other backup takes, and a
consistent copy through SQLite's online backup API."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from datetime import datetime
from pathlib import Path

from desktop_app.domain.errors import DomainError
from desktop_app.storage.sqlite.files import ledger_file

#: Backups of one ledger in one second: the first is ``...-HHMMSS``, the next ``-HHMMSS-2``...
BACKUPS_PER_SECOND = 100


def backup_path(path: Path, label: str) -> Path:
    """A new backup file beside the ledger, ``<stem>.<label>.<YYYYmmdd-HHMMSS>[-N]<suffix>``,
    created empty (exclusively) so that two backups in the same second, even by two programs,
    each get their own name. ``backup`` then fills it (an empty file is not a ledger)."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")  # noqa: DTZ005 - a local file name
    suffix = path.suffix or ".sqlite3"
    for n in range(1, BACKUPS_PER_SECOND + 1):
        candidate = path.with_name(f"{path.stem}.{label}.{stamp}{f'-{n}' if n > 1 else ''}{suffix}")
        try:
            os.close(os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
        except FileExistsError:
            continue
        except OSError as error:
            raise DomainError(
                "export.cannot_write", path=str(candidate), detail=error.strerror or str(error)
            ) from None
        return candidate
    raise DomainError("backup.same_second", path=str(path), count=BACKUPS_PER_SECOND)


def backup(conn: sqlite3.Connection, destination: Path, *, replace: bool = False) -> Path:
    """A consistent copy through SQLite's online backup API.

    Only into a regular file or a new one (the same guard as every ledger open); never over
    an existing file (it could be another ledger) unless ``replace``; an empty file (one
    ``backup_path`` claimed) is filled. A destination that cannot be written is reported as
    such, not as a fault of the ledger, and a copy that failed is not left behind.
    """
    destination = Path(destination)
    existing = ledger_file(destination)
    if not replace and existing is not None and existing.st_size > 0:
        raise DomainError(
            "export.cannot_write",
            path=str(destination),
            detail="a file with that name exists; choose a new name",
        )
    try:
        target = sqlite3.connect(str(destination))
    except sqlite3.Error as error:
        raise DomainError("export.cannot_write", path=str(destination), detail=str(error)) from None
    try:
        try:
            conn.backup(target)
        finally:
            target.close()
    except BaseException as error:
        if existing is None or existing.st_size == 0:
            with contextlib.suppress(OSError):
                destination.unlink()  # half a copy is no backup
        if not isinstance(error, sqlite3.Error):
            raise
        if (getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF in _SOURCE_FAULTS:
            raise  # the ledger itself (damaged, busy): the caller translates it
        raise DomainError("export.cannot_write", path=str(destination), detail=str(error)) from None
    return destination


#: Backup failures that are the ledger's, not the copy's.
_SOURCE_FAULTS = (
    sqlite3.SQLITE_CORRUPT,
    sqlite3.SQLITE_NOTADB,
    sqlite3.SQLITE_BUSY,
    sqlite3.SQLITE_LOCKED,
)
