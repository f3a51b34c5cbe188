"""The embedded backend: one customer account in one SQLite file.

Every write use case runs inside ``write()`` (one ``BEGIN IMMEDIATE`` transaction); reads run
inside ``read()`` (one snapshot). Both yield a ``SqliteTransaction``: the repositories, one
per aggregate, that run their SQL on this connection (``storage.interface.Transaction``).
"""

from __future__ import annotations

import contextlib
import functools
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.domain.errors import EnvironmentFault
from desktop_app.storage.interface import Upgraded
from desktop_app.storage.sqlite.accounts import SqliteAccounts
from desktop_app.storage.sqlite.backups import backup, backup_path
from desktop_app.storage.sqlite.checkpoint import Checkpointer
from desktop_app.storage.sqlite.connection import (
    BUSY_TIMEOUT_MS,
    connect,
    damage,
    end_quietly,
    snapshot,
    translated,
)
from desktop_app.storage.sqlite.credit_notes import SqliteCreditNotes
from desktop_app.storage.sqlite.integrity import SqliteIntegrity
from desktop_app.storage.sqlite.invoices import SqliteInvoices
from desktop_app.storage.sqlite.lots import SqliteLots
from desktop_app.storage.sqlite.movements import SqliteMovements
from desktop_app.storage.sqlite.orders import SqliteOrders
from desktop_app.storage.sqlite.ovh import SqliteOvh
from desktop_app.storage.sqlite.projects import SqliteProjects
from desktop_app.storage.sqlite.schema import SCHEMA_VERSION, changes_file
from desktop_app.storage.sqlite.session import Session
from desktop_app.storage.sqlite.settings import SqliteSettings
from desktop_app.storage.sqlite.vouchers import SqliteVouchers

if TYPE_CHECKING:
    import sqlite_utils

    from desktop_app.storage.interface import Progress


class SqliteTransaction:
    """One transaction's repositories (``with ledger.write() as tx: tx.lots.add(...)``)."""

    __slots__ = (
        "accounts",
        "credit_notes",
        "integrity",
        "invoices",
        "lots",
        "movements",
        "orders",
        "ovh",
        "projects",
        "session",
        "settings",
        "vouchers",
    )

    def __init__(self, session: Session) -> None:
        self.session = session
        self.projects = SqliteProjects(session)
        self.lots = SqliteLots(session)
        self.orders = SqliteOrders(session)
        self.vouchers = SqliteVouchers(session)
        self.invoices = SqliteInvoices(session)
        self.credit_notes = SqliteCreditNotes(session)
        self.accounts = SqliteAccounts(session)
        self.movements = SqliteMovements(session)
        self.settings = SqliteSettings(session)
        self.ovh = SqliteOvh(session)
        self.integrity = SqliteIntegrity(session)

    @property
    def writable(self) -> bool:
        return self.session.writable


class Verdict:
    """SQLite's quick check passed on this file, in this program (taken before the first
    write, once): shared by the connections ``another()`` opens."""

    __slots__ = ("checked",)

    def __init__(self) -> None:
        self.checked = False


class SqliteLedger:
    """One customer account in one SQLite file (``storage.interface.LedgerBackend``)."""

    def __init__(self, path: str | Path, verdict: Verdict | None = None) -> None:
        self.path = Path(path)
        #: What opening the file did to an older schema (None: nothing to do).
        self.upgraded: Upgraded | None
        self.conn, self.upgraded = connect(self.path)
        #: The WAL's checkpoints, off the committing thread (``checkpoint.py``).
        self.checkpointer = Checkpointer(self.path, BUSY_TIMEOUT_MS)
        self._verdict = verdict or Verdict()
        #: Inside ``inspect()``: `check` looks at a damaged file instead of refusing it.
        self._inspecting = False
        #: The transaction open on this connection, if any: a read inside it is part of it.
        self._current: SqliteTransaction | None = None

    @functools.cached_property
    def db(self) -> sqlite_utils.Database:
        """sqlite-utils over this connection, made at the first write: importing it costs
        ~55 ms that opening the window for reading does not need to pay."""
        import sqlite_utils

        return sqlite_utils.Database(self.conn, execute_plugins=False)

    # -- lifecycle -------------------------------------------------------------------------
    def close(self) -> None:
        self.checkpointer.close()  # first: this connection must be the last one to close
        self.conn.close()

    def __enter__(self) -> SqliteLedger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def shown(self) -> str:
        return str(self.path)

    def last_writer(self) -> tuple[str, str] | None:
        """A file does not record who wrote it."""
        return None

    def watch(self) -> None:
        """A file has no notifications: the window polls ``data_version``."""
        return None

    def schema_version(self) -> int:
        """The ledger's schema version: this program's, once open (opening migrates; a
        file carries ``FILE_VERSION``, the last version that changed a file)."""
        with translated(self.path):
            version = int(self.conn.execute("PRAGMA user_version").fetchone()[0])
        return version if changes_file(version) else SCHEMA_VERSION

    def migrate(self) -> int:
        """Opening a SQLite ledger already migrated it (a backup first): nothing is left."""
        version = self.schema_version()
        assert version == SCHEMA_VERSION, version
        return version

    # -- transactions ----------------------------------------------------------------------
    @contextlib.contextmanager
    def write(self) -> Iterator[SqliteTransaction]:
        """One use case, one ``BEGIN IMMEDIATE`` transaction: all of it or nothing.

        Never into a damaged file. A failure (a full disk at COMMIT included) rolls back
        whatever SQLite has not already rolled back, and is the error reported.
        """
        with translated(self.path):
            _ = self.db  # made outside the transaction (it sets a pragma)
            # SQLite's quick check reads every page: before taking the write lock, not under it.
            self.refuse_if_damaged(thorough=True)
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                self.refuse_if_damaged(thorough=False)  # the file as it is now, under the lock
                # sqlite-utils calls inside nest as savepoints of this transaction.
                with self._open(writable=True) as tx:
                    yield tx
                self.conn.execute("COMMIT")
            except BaseException:
                end_quietly(self.conn)
                raise
        self.checkpointer.committed()

    @contextlib.contextmanager
    def read(self) -> Iterator[SqliteTransaction]:
        """A consistent snapshot for several queries (refused on a visibly damaged file).
        Inside a transaction already open, that transaction."""
        if self._current is not None:
            yield self._current
            return
        with translated(self.path):
            self.refuse_if_damaged(thorough=False)
            with snapshot(self.conn), self._open(writable=False) as tx:
                yield tx

    @contextlib.contextmanager
    def inspect(self) -> Iterator[SqliteTransaction]:
        """A snapshot that is not refused on a damaged file: for `check` to say what is wrong."""
        saved, self._inspecting = self._inspecting, True
        try:
            with self.read() as tx:
                yield tx
        finally:
            self._inspecting = saved

    @contextlib.contextmanager
    def _open(self, *, writable: bool) -> Iterator[SqliteTransaction]:
        self._current = SqliteTransaction(Session(self.conn, self.path, writable=writable))
        try:
            yield self._current
        finally:
            self._current = None

    # -- the file --------------------------------------------------------------------------
    def refuse_if_damaged(self, *, thorough: bool) -> None:
        """``ledger.corrupted`` if the file is damaged: its shape every time (a ``stat``), and
        when ``thorough`` (before a write or a backup) SQLite's quick check, once per
        connection: it reads the whole file (about 1 s for 170 MB)."""
        if self._inspecting:
            return
        found = damage(self.conn, self.path, thorough=thorough and not self._verdict.checked)
        if found is not None:
            raise EnvironmentFault("ledger.corrupted", path=str(self.path), detail=found)
        self._verdict.checked = self._verdict.checked or thorough

    def another(self) -> SqliteLedger:
        """The same file through a connection of its own (for another thread), sharing what
        was verified of it."""
        return SqliteLedger(self.path, self._verdict)

    def interrupt(self) -> None:
        """``sqlite3_interrupt``: safe from any thread (a connection closed meanwhile: done)."""
        with contextlib.suppress(sqlite3.ProgrammingError):
            self.conn.interrupt()

    def verify(self) -> None:
        """SQLite's quick check now, if this program has not taken it on this file yet."""
        with translated(self.path):
            self.refuse_if_damaged(thorough=True)

    def data_version(self) -> int:
        """Changes when another connection commits (cheap; for the window's refresh)."""
        with translated(self.path):
            return int(self.conn.execute("PRAGMA data_version").fetchone()[0])

    def backup(self, destination: Path | None = None, progress: Progress | None = None) -> Path:
        """A copy of an intact ledger (a damaged copy would be the backup one restores).
        SQLite's own copy of the pages is quick: ``progress`` is not told."""
        with translated(self.path):
            self.refuse_if_damaged(thorough=True)
            return backup(self.conn, destination or backup_path(self.path, "backup"))
