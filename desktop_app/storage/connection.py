"""Opening a ledger file safely: pragmas, version checks, migrations, error translation."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from desktop_app.domain.errors import DomainError, LedgerError
from desktop_app.domain.text import name_key
from desktop_app.storage.schema import MIGRATIONS, SCHEMA_VERSION

BUSY_TIMEOUT_MS = 5000
#: Tables every ledger has had since schema version 1 (a subset of ``LEDGER_TABLES``).
CORE_TABLES = frozenset({"settings", "projects", "lots", "orders", "movements"})
SQLITE_MAGIC = b"SQLite format 3\x00"


def translate(error: sqlite3.Error, path: Path) -> LedgerError:
    """Tell environment faults (locked, read-only, corrupted, full) apart from bugs."""
    text = str(error).lower()
    where = str(path)
    if "database is locked" in text or "database is busy" in text:
        return LedgerError("ledger.busy", path=where)
    if "readonly" in text or "read-only" in text:
        return LedgerError("ledger.read_only", path=where)
    if "file is not a database" in text or "file is encrypted" in text:
        return LedgerError("ledger.not_sqlite", path=where)
    if "malformed" in text or "corrupt" in text:
        return LedgerError("ledger.corrupted", path=where, detail=str(error))
    if "disk is full" in text or "disk i/o error" in text:
        return LedgerError("ledger.disk", path=where, detail=str(error))
    if "unable to open" in text:
        return LedgerError("ledger.cannot_open", path=where, detail=str(error))
    return LedgerError("ledger.error", path=where, detail=str(error))


@contextlib.contextmanager
def translated(path: Path) -> Iterator[None]:
    try:
        yield
    except sqlite3.IntegrityError:
        raise  # a broken rule is a bug, not an environment fault: let it surface
    except sqlite3.Error as error:
        raise translate(error, path) from error


def _check_header(path: Path) -> None:
    if path.is_dir():
        raise LedgerError("ledger.is_directory", path=str(path))
    try:
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_MAGIC))
    except PermissionError:
        raise LedgerError(
            "ledger.cannot_open", path=str(path), detail="permission denied"
        ) from None
    if head and head != SQLITE_MAGIC:
        raise LedgerError("ledger.not_sqlite", path=str(path))


def connect(path: Path) -> sqlite3.Connection:
    """Open (creating if missing) and migrate a ledger. Raises ``LedgerError``."""
    path = Path(path)
    if path.exists():
        _check_header(path)
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise LedgerError("ledger.cannot_open", path=str(path), detail=str(error)) from None
    with translated(path):
        # isolation_level=None: we issue BEGIN IMMEDIATE ourselves, one per use case.
        read_only = _read_only_uri(path)
        conn = sqlite3.connect(
            read_only or str(path),
            timeout=BUSY_TIMEOUT_MS / 1000,
            isolation_level=None,
            uri=read_only is not None,
        )
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA foreign_keys = ON")
            # One read transaction: the version and the tables seen from the same snapshot,
            # even while another program is creating the ledger.
            conn.execute("BEGIN")
            try:
                version = _check_version(conn, path)
            finally:
                conn.execute("COMMIT")
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal" and os.access(path, os.W_OK):
                raise LedgerError("ledger.error", path=str(path), detail=f"journal mode {mode}")
            conn.execute("PRAGMA synchronous = FULL")
            if version < SCHEMA_VERSION:
                _migrate(conn, path, version)
        except BaseException:
            conn.close()
            raise
    return conn


def _read_only_uri(path: Path) -> str | None:
    """An immutable, read-only URI for a ledger on read-only media; None otherwise.

    A ledger that can be neither written nor given a ``-wal`` file next to it (a read-only
    folder or share) cannot be being written by anyone through this folder, and SQLite could
    not read a WAL-mode file there without the ``-shm`` file it cannot create.
    """
    wal = path.with_name(path.name + "-wal")
    if (
        path.is_file()
        and not os.access(path, os.W_OK)
        and not os.access(path.parent, os.W_OK)
        and not wal.exists()
    ):
        return path.absolute().as_uri() + "?mode=ro&immutable=1"
    return None


def _check_version(conn: sqlite3.Connection, path: Path) -> int:
    """The file's schema version; refuses another program's file and a newer ledger."""
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    _refuse_foreign_file(conn, path, version)
    if version > SCHEMA_VERSION:
        raise LedgerError(
            "ledger.too_new", path=str(path), version=version, supported=SCHEMA_VERSION
        )
    return version


def _refuse_foreign_file(conn: sqlite3.Connection, path: Path, version: int) -> None:
    """A new ledger has no tables at all; an existing one has at least the core tables.

    The schema is created in the same transaction that sets ``user_version``, so a file with
    tables and no version (or a version and no ledger tables) was written by someone else.
    """
    tables = {
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    }
    if (version == 0 and tables) or (version > 0 and not tables >= CORE_TABLES):
        raise LedgerError("ledger.foreign", path=str(path))


def _migrate(conn: sqlite3.Connection, path: Path, version: int) -> None:
    if version > 0:
        # A copy before touching an existing ledger's schema.
        backup(conn, backup_path(path, f"before-v{SCHEMA_VERSION}"), replace=True)
    conn.execute("BEGIN IMMEDIATE")
    try:
        # Another process may have created or migrated the ledger while we waited for the
        # write lock (two programs opening a new file at once): look again, under the lock.
        version = _check_version(conn, path)
        if version == SCHEMA_VERSION:
            conn.execute("COMMIT")
            return
        # Functions the migration scripts call (schema 4: the project name key).
        conn.create_function("name_key", 1, name_key, deterministic=True)
        for number in range(version, SCHEMA_VERSION):
            for statement in _statements(MIGRATIONS[number]):
                conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def _statements(script: str) -> list[str]:
    """Split a migration script into statements (triggers contain ';' inside BEGIN...END)."""
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        if line.strip().startswith("--"):
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements


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

    Never over an existing file (it could be another ledger) unless ``replace``; an empty
    file (one ``backup_path`` made) is filled. A destination that cannot be written is
    reported as such, not as a fault of the ledger, and a copy that fails half-way is removed.
    """
    destination = Path(destination)
    if not replace and destination.exists() and destination.stat().st_size > 0:
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
        conn.backup(target)
    except BaseException as error:
        target.close()
        with contextlib.suppress(OSError):
            destination.unlink()  # half a copy is no backup
        if isinstance(error, sqlite3.OperationalError) and "unable to open" in str(error).lower():
            raise DomainError(
                "export.cannot_write", path=str(destination), detail=str(error)
            ) from None
        raise
    target.close()
    return destination
