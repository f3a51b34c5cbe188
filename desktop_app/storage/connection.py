"""Opening a ledger file safely: pragmas, version checks, migrations, error translation."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import sqlite_utils

from desktop_app.domain.errors import LedgerError
from desktop_app.storage.schema import LEDGER_TABLES, MIGRATIONS, SCHEMA_VERSION

BUSY_TIMEOUT_MS = 5000
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


def connect(path: Path) -> sqlite_utils.Database:
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
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        try:
            db = sqlite_utils.Database(conn, execute_plugins=False)
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA foreign_keys = ON")
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            _refuse_foreign_file(conn, path, version)
            if version > SCHEMA_VERSION:
                raise LedgerError(
                    "ledger.too_new", path=str(path), version=version, supported=SCHEMA_VERSION
                )
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal" and os.access(path, os.W_OK):
                raise LedgerError("ledger.error", path=str(path), detail=f"journal mode {mode}")
            conn.execute("PRAGMA synchronous = FULL")
            if version < SCHEMA_VERSION:
                _migrate(db, path, version)
        except BaseException:
            conn.close()
            raise
    return db


def _refuse_foreign_file(conn: sqlite3.Connection, path: Path, version: int) -> None:
    if version != 0:
        return
    tables = {
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    }
    if tables and not tables <= LEDGER_TABLES:
        raise LedgerError("ledger.foreign", path=str(path))


def _migrate(db: sqlite_utils.Database, path: Path, version: int) -> None:
    if version > 0:
        # A copy before touching an existing ledger's schema.
        backup(db, backup_path(path, f"before-v{SCHEMA_VERSION}"))
    conn = db.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
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


def backup_path(path: Path, label: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")  # noqa: DTZ005 - a local file name
    return path.with_name(f"{path.stem}.{label}.{stamp}{path.suffix or '.sqlite3'}")


def backup(db: sqlite_utils.Database, destination: Path) -> Path:
    """A consistent copy through SQLite's online backup API."""
    destination = Path(destination)
    target = sqlite3.connect(str(destination))
    try:
        db.conn.backup(target)
    finally:
        target.close()
    return destination
