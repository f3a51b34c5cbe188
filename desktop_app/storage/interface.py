"""The one small interface every ledger backend implements: SQLite now, PostgreSQL next.

Services hold a ``LedgerBackend`` and nothing more specific: they open a transaction
(``read()`` for a consistent snapshot, ``write()`` for one use case: all of it or nothing)
and reach each aggregate through the ``Transaction`` it yields. No ORM: each backend writes
its own SQL behind the repository protocols of ``storage.repositories``.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Protocol

from desktop_app.domain.record import Record, record
from desktop_app.storage.repositories import (
    Accounts,
    CreditNotes,
    Integrity,
    Invoices,
    Lots,
    Movements,
    Orders,
    Ovh,
    Projects,
    Settings,
    Vouchers,
)

#: ``progress(done, total)`` of a long copy; answers False to stop it.
Progress = Callable[[int, int], bool]


@record(frozen=True, slots=True)
class Upgraded(Record):
    """What opening a ledger file of an older schema did: migrated it from ``from_version``
    to ``to_version``, after a copy of it as it was (``backup``, beside it)."""

    path: Path
    from_version: int
    to_version: int
    backup: Path


class Transaction(Protocol):
    """One transaction's repositories, one per aggregate."""

    @property
    def projects(self) -> Projects: ...
    @property
    def lots(self) -> Lots: ...
    @property
    def orders(self) -> Orders: ...
    @property
    def vouchers(self) -> Vouchers: ...
    @property
    def invoices(self) -> Invoices: ...
    @property
    def credit_notes(self) -> CreditNotes: ...
    @property
    def accounts(self) -> Accounts: ...
    @property
    def movements(self) -> Movements: ...
    @property
    def settings(self) -> Settings: ...
    @property
    def ovh(self) -> Ovh: ...
    @property
    def integrity(self) -> Integrity: ...
    @property
    def writable(self) -> bool:
        """False inside ``read()``: a write there is a bug, refused."""
        ...


class Watcher(Protocol):
    """Told when another program commits (a server ledger's LISTEN)."""

    def fileno(self) -> int: ...
    def drain(self) -> bool: ...
    def close(self) -> None: ...


class LedgerBackend(Protocol):
    """One customer account's ledger, wherever it is kept."""

    @property
    def path(self) -> Path:
        """Where the ledger's own files go: the SQLite file (its order PDFs beside it)."""
        ...

    @property
    def shown(self) -> str:
        """Where the ledger lives, for messages: its file, or its URL without a password."""
        ...

    def last_writer(self) -> tuple[str, str] | None:
        """Who committed last and when (ISO, UTC); None where the backend does not know."""
        ...

    def watch(self) -> Watcher | None:
        """A watcher of other programs' commits, where the backend has one (None: poll)."""
        ...

    def read(self) -> AbstractContextManager[Transaction]:
        """A consistent snapshot; inside an open transaction, that transaction."""
        ...

    def write(self) -> AbstractContextManager[Transaction]:
        """One use case: committed whole, or rolled back whole (and the error raised)."""
        ...

    def inspect(self) -> AbstractContextManager[Transaction]:
        """A snapshot even of a damaged ledger, for ``check`` to say what is wrong."""
        ...

    def data_version(self) -> int:
        """Changes when another program commits (cheap: the window polls it)."""
        ...

    def schema_version(self) -> int:
        """The ledger's schema version (``PRAGMA user_version`` on SQLite)."""
        ...

    def migrate(self) -> int:
        """Bring the schema to this program's version, a backup first where the backend
        takes one; returns the version. (SQLite migrates when the file is opened.)"""
        ...

    def backup(self, destination: Path | None = None, progress: Progress | None = None) -> Path:
        """A consistent copy of an intact ledger; returns where. ``progress(done, total)``:
        told as it goes where the copy is long (a server's, row by row); False stops it."""
        ...

    def another(self) -> LedgerBackend:
        """The same ledger through a connection of its own, for another thread (a connection
        belongs to the thread that opened it). What this one already verified of the file
        (``verify``) is shared: neither verifies it again."""
        ...

    def interrupt(self) -> None:
        """Stop the statement this connection is running, from another thread (a job
        cancelled): it fails, and a write under way rolls back."""
        ...

    def verify(self) -> None:
        """The thorough look at the file a first write takes (SQLite: its quick check, about
        1 s for 170 MB), taken now: a worker thread takes it when the window opens, so that
        the first write does not. ``ledger.corrupted`` if damaged."""
        ...

    def close(self) -> None: ...
