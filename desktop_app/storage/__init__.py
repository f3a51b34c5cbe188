"""The ledger's storage: one interface (``interface.LedgerBackend``), one backend per kind of
database: ``sqlite/`` (a file, the embedded default) and ``postgres/`` (a team ledger on a
server, psycopg 3 as an optional extra)."""

from __future__ import annotations

from pathlib import Path

from desktop_app.domain.errors import DomainError, EnvironmentFault
from desktop_app.storage.interface import LedgerBackend, Upgraded
from desktop_app.storage.location import check_url, is_server_url, masked, other_scheme


def open_ledger(location: str | Path) -> LedgerBackend:
    """The ledger at ``location``: a PostgreSQL URL (``storage.location``; `ledger init`
    creates its schema), else a SQLite file (created if missing, migrated if older). A URL of
    any other scheme is refused (``ledger.other_scheme``): never a file of that name, nor its
    folders."""
    scheme = other_scheme(location)
    if scheme is not None:
        raise DomainError("ledger.other_scheme", scheme=scheme)
    if is_server_url(location):
        return _server_ledger(check_url(str(location)))
    from desktop_app.storage.sqlite.ledger import SqliteLedger

    return SqliteLedger(location)


def upgrade_due(location: str | Path) -> int | None:
    """The schema version of an existing ledger file older than this program's, which
    opening it will migrate (a backup first); None for a current, new or unreadable file
    and for a server ledger (its administrator runs `ledger init`)."""
    if is_server_url(location):
        return None
    from desktop_app.storage.sqlite.connection import file_version
    from desktop_app.storage.sqlite.schema import changes_file

    version = file_version(Path(location))
    return version if version is not None and version > 0 and changes_file(version) else None


def upgrade(location: str | Path) -> Upgraded | None:
    """Open the ledger file at ``location`` (migrating it if older) and close it; what the
    migration did, None if there was nothing to do (or another program did it first)."""
    from desktop_app.storage.sqlite.ledger import SqliteLedger

    ledger = SqliteLedger(location)
    try:
        return ledger.upgraded
    finally:
        ledger.close()


def _server_ledger(url: str) -> LedgerBackend:
    """psycopg is an optional extra: without it, say how to install it."""
    try:
        from desktop_app.storage.postgres.ledger import PostgresLedger
    except ImportError as error:
        if error.name is not None and error.name.split(".")[0] == "psycopg":
            raise EnvironmentFault("ledger.no_driver", path=masked(url)) from None
        raise
    return PostgresLedger(url)
