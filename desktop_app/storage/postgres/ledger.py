"""The server backend: one customer account in one PostgreSQL database
(``storage.interface.LedgerBackend``).

- ``write()``: one transaction whose first statement takes the writer lock (the
  ``ledger_meta`` row, like SQLite's ``BEGIN IMMEDIATE``), records who wrote and when, and
  counts the data version; each statement waits ``LOCK_TIMEOUT`` at most (``ledger.busy``).
  Writers run one after the other, in READ COMMITTED: once it holds the lock, a writer's
  statements see every write committed before it. Numbers are MAX+1 under that lock, never
  a sequence: gapless. A NOTIFY goes out on commit.
- ``read()``: one REPEATABLE READ, READ ONLY snapshot.
- ``migrate()`` (``ledger init``): forward-only, in one transaction, under an advisory lock.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import psycopg

from desktop_app.domain.errors import DomainError, EnvironmentFault
from desktop_app.domain.text import name_key
from desktop_app.storage.interface import Progress
from desktop_app.storage.location import masked
from desktop_app.storage.postgres import connection
from desktop_app.storage.postgres.connection import CHANNEL, LOCK_TIMEOUT, files_path
from desktop_app.storage.postgres.errors import translated
from desktop_app.storage.postgres.link import Link
from desktop_app.storage.postgres.lots import PgLots
from desktop_app.storage.postgres.repositories import (
    PgAccounts,
    PgIntegrity,
    PgInvoices,
    PgMovements,
    PgProjects,
)
from desktop_app.storage.postgres.schema import GRANTS, META, MIGRATIONS
from desktop_app.storage.postgres.session import PgSession
from desktop_app.storage.sqlite.credit_notes import SqliteCreditNotes
from desktop_app.storage.sqlite.orders import SqliteOrders
from desktop_app.storage.sqlite.ovh import SqliteOvh
from desktop_app.storage.sqlite.schema import SCHEMA_VERSION
from desktop_app.storage.sqlite.session import Row
from desktop_app.storage.sqlite.settings import SqliteSettings
from desktop_app.storage.sqlite.vouchers import SqliteVouchers

assert len(MIGRATIONS) == SCHEMA_VERSION, "the PostgreSQL twin has every SQLite version"
#: ``pg_advisory_xact_lock``'s key for migrations ("CCD" + 9).
MIGRATION_LOCK = 0x434344_09
#: The writer lock: the first statement of every write.
TAKE_WRITER_LOCK = (
    "UPDATE ledger_meta SET data_version = data_version + 1, last_writer = current_user, "
    "last_write_at = now() WHERE id = 1"
)


class PgTransaction:
    """One transaction's repositories (``storage.interface.Transaction``)."""

    __slots__ = ("accounts", "credit_notes", "integrity", "invoices", "lots", "movements",
                 "orders", "ovh", "projects", "session", "settings", "vouchers")  # fmt: skip

    def __init__(self, session: PgSession) -> None:
        self.session = session
        self.projects = PgProjects(session)
        self.lots = PgLots(session)
        self.orders = SqliteOrders(session)
        self.vouchers = SqliteVouchers(session)
        self.invoices = PgInvoices(session)
        self.credit_notes = SqliteCreditNotes(session)
        self.accounts = PgAccounts(session)
        self.movements = PgMovements(session)
        self.settings = SqliteSettings(session)
        self.ovh = SqliteOvh(session)
        self.integrity = PgIntegrity(session)

    @property
    def writable(self) -> bool:
        return self.session.writable


def default_files() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("cloud-credit-desk", appauthor=False))


class PostgresLedger:
    """One customer account in one PostgreSQL database."""

    def __init__(self, url: str, path: Path | None = None) -> None:
        self.url = url
        #: The URL as shown: never its password.
        self.shown = masked(url)
        self.path = path or files_path(url, default_files())
        #: The connection, made again in the background when lost (``link``).
        self.link = Link(url, self.shown)
        self._current: PgTransaction | None = None
        #: The ``link.renewed`` whose connection's schema version was checked (None: not yet).
        self._version_ok: int | None = None
        #: This connection's own commits: ``data_version`` counts the others' (as SQLite's).
        self._own_writes = 0

    # -- lifecycle -------------------------------------------------------------------------
    @property
    def conn(self) -> psycopg.Connection[Row]:
        """The connection now (perhaps lost: ``_live`` says so)."""
        return self.link.conn

    def close(self) -> None:
        self.link.close()

    def __enter__(self) -> PostgresLedger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def another(self) -> PostgresLedger:
        return PostgresLedger(self.url, self.path)

    def interrupt(self) -> None:
        """Cancel the statement under way (from another thread): it fails, a write rolls
        back."""
        with contextlib.suppress(psycopg.Error):
            self.conn.cancel_safe()

    def verify(self) -> None:
        """Nothing to do: the server checks its own pages."""

    def _live(self) -> psycopg.Connection[Row]:
        """The connection; if the last one was lost (the server restarted, the backend was
        terminated, the network is gone), ``ledger.reconnecting`` at once, never waiting for
        the server: a thread of the link makes it again (``link``)."""
        return self.link.live()

    @contextlib.contextmanager
    def _told(self) -> Iterator[None]:
        """Around a use of the connection: psycopg's errors translated, and a connection
        that met its end made again in the background at once."""
        try:
            with translated(self.shown):
                yield
        except EnvironmentFault:
            self.link.failed()
            raise

    # -- the schema ------------------------------------------------------------------------
    def schema_version(self) -> int:
        with self._told():
            return self._version_in(self._live())

    @staticmethod
    def _version_in(conn: psycopg.Connection[Row]) -> int:
        row = conn.execute("SELECT to_regclass('ledger_meta') IS NOT NULL").fetchone()
        if not (row and row[0]):
            return 0
        row = conn.execute("SELECT schema_version FROM ledger_meta WHERE id = 1").fetchone()
        return int(row[0]) if row else 0

    def _refuse_other_version(self) -> None:
        """A ledger newer than this program, or one that `ledger init` has not brought to
        this program's version: refused, saying which version to install or what to run."""
        renewed = self.link.renewed
        if self._version_ok == renewed:
            return
        version = self.schema_version()
        if version > SCHEMA_VERSION:
            raise EnvironmentFault(
                "ledger.too_new", path=self.shown, version=version, supported=SCHEMA_VERSION
            )
        if version < SCHEMA_VERSION:
            raise EnvironmentFault(
                "ledger.not_initialised", path=self.shown, version=version,
                supported=SCHEMA_VERSION,
            )  # fmt: skip
        self._version_ok = renewed

    def migrate(self) -> int:
        """``ledger init``: create or upgrade the schema, forward only, in one transaction
        under an advisory lock (two admins at once: one migrates, the other finds it done)."""
        with self._told():
            conn = self._live()
            conn.execute("BEGIN")
            try:
                conn.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
                version = self._version_in(conn)
                if version > SCHEMA_VERSION:
                    raise EnvironmentFault(
                        "ledger.too_new", path=self.shown, version=version,
                        supported=SCHEMA_VERSION,
                    )  # fmt: skip
                if version == SCHEMA_VERSION:  # nothing to do: no privilege needed
                    conn.execute("COMMIT")
                    return version
                conn.execute(META)
                for number in range(version, SCHEMA_VERSION):
                    self._run_migration(conn, number)
                conn.execute(
                    "UPDATE ledger_meta SET schema_version = %s WHERE id = 1", (SCHEMA_VERSION,)
                )
                conn.execute(GRANTS)
                conn.execute("COMMIT")
            except BaseException:
                _end_quietly(conn)
                raise
        self._version_ok = None
        return SCHEMA_VERSION

    @staticmethod
    def _run_migration(conn: psycopg.Connection[Row], number: int) -> None:
        script = MIGRATIONS[number]
        before, marker, after = script.partition("-- name keys")
        conn.execute(before)
        if marker:  # version 4: each project's name key, as SQLite's migration computes it
            rows = conn.execute("SELECT id, name FROM projects ORDER BY id").fetchall()
            taken: set[str] = set()
            for project_id, name in rows:
                key = name_key(name)
                key = key if key not in taken else f"{key}\x1f{project_id}"
                taken.add(key)
                conn.execute("UPDATE projects SET name_key = %s WHERE id = %s", (key, project_id))
            conn.execute(after)

    # -- transactions ----------------------------------------------------------------------
    @contextlib.contextmanager
    def write(self) -> Iterator[PgTransaction]:
        """One use case: the writer lock first, then all of it or nothing."""
        with self._told():
            self._refuse_other_version()
            conn = self._live()
            try:  # each a round trip: the BEGIN with the lock, the NOTIFY with the COMMIT
                conn.execute(
                    "BEGIN ISOLATION LEVEL READ COMMITTED; "
                    f"SET LOCAL lock_timeout = '{LOCK_TIMEOUT}'; {TAKE_WRITER_LOCK}"
                )
                with self._open(conn, writable=True) as tx:
                    yield tx
                conn.execute(f"NOTIFY {CHANNEL}; COMMIT")
            except BaseException:
                _end_quietly(conn)
                raise
            self._own_writes += 1

    @contextlib.contextmanager
    def read(self) -> Iterator[PgTransaction]:
        """One consistent snapshot (inside a write: that write)."""
        if self._current is not None:
            yield self._current
            return
        with self._told():
            self._refuse_other_version()
            conn = self._live()
            conn.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            try:
                with self._open(conn, writable=False) as tx:
                    yield tx
                conn.execute("COMMIT")
            except BaseException:
                _end_quietly(conn)
                raise

    def inspect(self) -> contextlib.AbstractContextManager[PgTransaction]:
        return self.read()

    @contextlib.contextmanager
    def _open(self, conn: psycopg.Connection[Row], *, writable: bool) -> Iterator[PgTransaction]:
        session = PgSession(conn, self.path, writable=writable)
        self._current = PgTransaction(session)
        try:
            yield self._current
        finally:
            self._current = None
            session.end()

    # -- what the window shows -------------------------------------------------------------
    def data_version(self) -> int:
        """Changes when another connection commits, as SQLite's does: the writes committed
        (``ledger_meta.data_version``, one row) less this connection's own."""
        with self._told():
            row = self._live().execute("SELECT data_version FROM ledger_meta WHERE id = 1")
            found = row.fetchone()
            return (int(found[0]) if found else 0) - self._own_writes

    def last_writer(self) -> tuple[str, str] | None:
        """Who wrote last (the server's user name) and when (ISO, UTC)."""
        with self._told():
            row = (
                self._live()
                .execute(
                    "SELECT last_writer, to_char(last_write_at AT TIME ZONE 'UTC', "
                    '\'YYYY-MM-DD"T"HH24:MI:SS"Z"\') FROM ledger_meta WHERE id = 1'
                )
                .fetchone()
            )
        return (str(row[0]), str(row[1])) if row and row[0] else None

    def watch(self) -> Watcher:
        """A connection of its own that LISTENs for commits (the window watches its socket)."""
        return Watcher(self.url, self.shown)

    def backup(self, destination: Path | None = None, progress: Progress | None = None) -> Path:
        """A server ledger's backups are the server's (pg_dump); this copies it to a new
        SQLite file (File > Backup), telling ``progress`` row by row."""
        from desktop_app.storage.copy import copy_to_file

        if destination is None:
            raise DomainError("ledger.backup_needs_file", path=self.shown)
        return copy_to_file(self, destination, progress)


class Watcher:
    """LISTEN on the ledger's channel: ``fileno`` becomes readable when another program
    commits (or the server ends the connection); ``drain`` says whether a notification came
    (and empties the queue), never waiting, and raises ``ledger.connection_lost`` once it
    meets the connection's end. libpq then closes the socket itself: whoever watches
    ``fileno`` (a QSocketNotifier) stops watching before ``drain``."""

    def __init__(self, url: str, shown: str) -> None:
        self.shown = shown
        self.conn = connection.connect(url)
        with translated(shown):
            self.conn.execute(f"LISTEN {CHANNEL}")

    def fileno(self) -> int:
        return self.conn.pgconn.socket

    def drain(self) -> bool:
        with translated(self.shown):
            return bool(list(self.conn.notifies(timeout=0)))

    def close(self) -> None:
        self.conn.close()


def _end_quietly(conn: psycopg.Connection[Row]) -> None:
    """After a failure: roll back what is left, never hiding that failure (a connection
    that is gone has nothing left to roll back)."""
    if not conn.closed and not conn.broken:
        with contextlib.suppress(psycopg.Error):
            conn.execute("ROLLBACK")
