"""Opening a ledger file safely: pragmas, version checks, migrations, error translation."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from desktop_app.domain.errors import Bug, EnvironmentFault
from desktop_app.domain.text import name_key
from desktop_app.storage.interface import Upgraded
from desktop_app.storage.sqlite.backups import backup, backup_path
from desktop_app.storage.sqlite.checkpoint import JOURNAL_SIZE_LIMIT
from desktop_app.storage.sqlite.files import create_empty, ledger_file, shape_damage
from desktop_app.storage.sqlite.schema import (
    FILE_VERSION,
    MIGRATIONS,
    SCHEMA_VERSION,
    changes_file,
)

BUSY_TIMEOUT_MS = 5000
#: Tables every ledger has had since schema version 1 (a subset of ``LEDGER_TABLES``).
CORE_TABLES = frozenset({"settings", "projects", "lots", "orders", "movements"})


#: SQLite's primary result codes (``sqlite_errorcode & 0xFF``) that are environment faults.
#: Any other code (``SQLITE_ERROR``: ``no such column``, a syntax error; ``SQLITE_CONSTRAINT``:
#: a broken key or trigger; ``SQLITE_MISUSE``, ``SQLITE_RANGE``...) is a bug of this program.
_FAULTS = {
    sqlite3.SQLITE_BUSY: "ledger.busy",
    sqlite3.SQLITE_LOCKED: "ledger.busy",
    sqlite3.SQLITE_PROTOCOL: "ledger.busy",  # a race on the file locks: try again
    sqlite3.SQLITE_READONLY: "ledger.read_only",
    sqlite3.SQLITE_NOTADB: "ledger.not_sqlite",
    sqlite3.SQLITE_CORRUPT: "ledger.corrupted",
    sqlite3.SQLITE_FULL: "ledger.disk_full",
    sqlite3.SQLITE_IOERR: "ledger.disk",
    sqlite3.SQLITE_CANTOPEN: "ledger.cannot_open",
    sqlite3.SQLITE_NOLFS: "ledger.cannot_open",  # a file too large for this system
    sqlite3.SQLITE_PERM: "ledger.permission",
    sqlite3.SQLITE_NOMEM: "ledger.no_memory",
}
#: Under this much free space, an I/O error is taken for what it almost surely is: a full disk
#: (SQLite reports ENOSPC as SQLITE_FULL only for its page writes; growing the ``-shm`` file
#: or syncing on a full disk is an SQLITE_IOERR_* without the errno).
NEARLY_FULL_BYTES = 1 << 20


def translate(error: sqlite3.Error, path: Path) -> EnvironmentFault | Bug:
    """An environment fault (locked, read-only, corrupted, full...) or else a bug.

    By SQLite's result code (``sqlite_errorcode``, named by ``sqlite_errorname``), never by
    the wording of the message. An error that is not a known environment condition, and one
    raised by Python's ``sqlite3`` module itself (no code: a closed connection, a wrong number
    of parameters), is a ``Bug`` carrying SQLite's name for it and its message.
    """
    number = getattr(error, "sqlite_errorcode", None)
    primary = number & 0xFF if isinstance(number, int) else -1  # -1: raised by Python's module
    code = _FAULTS.get(primary)
    if code is None:
        name = getattr(error, "sqlite_errorname", None)
        what = f"{type(error).__name__}{f' {name}' if name else ''}: {error}"
        return Bug(what, sqlite_errorname=name, path=str(path))
    if code == "ledger.disk" and _nearly_full(path):
        code = "ledger.disk_full"
    return EnvironmentFault(code, path=str(path), detail=str(error))


def _nearly_full(path: Path) -> bool:
    folder = Path(path).absolute().parent
    try:
        return shutil.disk_usage(folder).free < NEARLY_FULL_BYTES
    except OSError:
        return False


@contextlib.contextmanager
def translated(path: Path) -> Iterator[None]:
    """Around SQLite calls: its errors become an ``EnvironmentFault`` or a ``Bug``
    (``translate``); a broken key or trigger (``IntegrityError``) is a bug too."""
    try:
        yield
    except sqlite3.Error as error:
        raise translate(error, path) from error


def end_quietly(conn: sqlite3.Connection) -> None:
    """After a failure: roll back what is left of the transaction, never hiding that failure.

    SQLite rolls a transaction back by itself on a full disk or an I/O error (a COMMIT that
    fails so leaves none): a ROLLBACK or COMMIT then would fail with "no transaction is
    active" and that, not the disk, is what the user would be told.
    """
    if conn.in_transaction:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")


@contextlib.contextmanager
def snapshot(conn: sqlite3.Connection) -> Iterator[None]:
    """One read transaction around the block; a failure inside it is the one reported."""
    conn.execute("BEGIN")
    try:
        yield
    except BaseException:
        end_quietly(conn)
        raise
    if conn.in_transaction:
        conn.execute("COMMIT")


def quick_check(conn: sqlite3.Connection) -> str | None:
    """SQLite's own look at every page (``PRAGMA quick_check``); None when it finds nothing.

    Linear in the file's size (about 1 s for 170 MB): callers keep the verdict per connection.
    """
    try:
        rows = [str(r[0]) for r in conn.execute("PRAGMA quick_check(20)")]
    except sqlite3.DatabaseError as error:
        if (getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF in (
            sqlite3.SQLITE_CORRUPT,
            sqlite3.SQLITE_NOTADB,
        ):
            return str(error)
        raise
    problems = [r for r in rows if r != "ok"]
    return one_line(problems) if problems else None


def one_line(problems: list[str], limit: int = 160) -> str:
    """SQLite's findings, as one short line for an error message."""
    lines = [
        line.strip()
        for problem in problems
        for line in problem.splitlines()
        if line.strip() and not line.startswith("*** in database")
    ]
    text = "; ".join(lines[:2]) + (f" (and {len(lines) - 2} more)" if len(lines) > 2 else "")
    return text if len(text) <= limit else text[: limit - 3] + "..."


def damage(conn: sqlite3.Connection, path: Path, *, thorough: bool = True) -> str | None:
    """What is wrong with the ledger file: its shape (cheap), then SQLite's quick check."""
    found = shape_damage(path, page_size(conn))
    if found is None and thorough:
        found = quick_check(conn)
    return found


def page_size(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA page_size").fetchone()[0])


def refuse_if_damaged(conn: sqlite3.Connection, path: Path) -> None:
    """Before writing into a file: refuse a damaged one (``ledger.corrupted``), untouched."""
    found = damage(conn, path)
    if found is not None:
        raise EnvironmentFault("ledger.corrupted", path=str(path), detail=found)


def connect(path: Path) -> tuple[sqlite3.Connection, Upgraded | None]:
    """Open (creating if missing) and migrate a ledger; what the migration of an existing
    ledger did, if this open did one. Raises ``EnvironmentFault``.

    Only a regular file (or nothing: a new ledger) reaches SQLite, which tells an SQLite
    file from anything else (``ledger.not_sqlite``) before writing a byte; an existing file
    that the open itself would write into (a migration, the switch to WAL) is checked for
    damage first.
    """
    path = Path(path)
    existing = ledger_file(path) or create_empty(path)
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
            with snapshot(conn):
                version = _check_version(conn, path)
            if existing.st_size > 0 and _open_writes(conn, version):
                refuse_if_damaged(conn, path)
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal" and os.access(path, os.W_OK):
                raise EnvironmentFault("ledger.no_wal", path=str(path), detail=str(mode))
            conn.execute("PRAGMA synchronous = FULL")
            # No checkpoint inside a COMMIT: the ledger's Checkpointer runs them (checkpoint.py).
            conn.execute("PRAGMA wal_autocheckpoint = 0")
            conn.execute(f"PRAGMA journal_size_limit = {JOURNAL_SIZE_LIMIT}")
            upgraded = _migrate(conn, path, version) if changes_file(version) else None
        except BaseException:
            conn.close()
            raise
    return conn, upgraded


def _open_writes(conn: sqlite3.Connection, version: int) -> bool:
    """Whether opening will write into the file: a migration, or the switch to WAL."""
    mode = str(conn.execute("PRAGMA journal_mode").fetchone()[0]).lower()
    return changes_file(version) or mode != "wal"


def file_version(path: Path) -> int | None:
    """The schema version of an existing SQLite file, asked of SQLite on a read-only
    connection of its own; None when the file is missing or not SQLite's. Never through a
    descriptor of ours: closing one would release the locks SQLite holds on that file in
    this process (POSIX locks are per process), and the window may have it open."""
    if not path.is_file():
        return None
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return int(conn.execute("PRAGMA user_version").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return None


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
        raise EnvironmentFault(
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
        raise EnvironmentFault("ledger.foreign", path=str(path))


def _migrate(conn: sqlite3.Connection, path: Path, version: int) -> Upgraded | None:
    """The schema brought to this program's version (the file then carries ``FILE_VERSION``);
    what was done to an existing ledger (None for a new one, or one another program migrated
    while this one waited)."""
    copy = None
    if version > 0:  # a copy before touching an existing ledger's schema
        copy = backup(conn, backup_path(path, f"before-v{SCHEMA_VERSION}"), replace=True)
    conn.execute("BEGIN IMMEDIATE")
    try:
        # Another process may have created or migrated the ledger while we waited for the
        # write lock (two programs opening a new file at once): look again, under the lock.
        version = _check_version(conn, path)
        if not changes_file(version):
            conn.execute("COMMIT")
            return None
        # Functions the migration scripts call (schema 4: the project name key).
        conn.create_function("name_key", 1, name_key, deterministic=True)
        for number in range(version, SCHEMA_VERSION):
            for statement in _statements(MIGRATIONS[number]):
                conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {FILE_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    if version == 0:
        # A new ledger ran every migration, rebuilt tables included: the pages they freed
        # would take the first rows while the schema's last pages stay at the end of the
        # file. Compacted now (an empty file: instant), the schema comes first and the
        # history after it, so a file cut short loses history, never the schema.
        conn.execute("VACUUM")
    return None if copy is None else Upgraded(path, version, SCHEMA_VERSION, copy)


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
