"""The ledger's storage: one interface (``interface.LedgerBackend``), one backend per kind of
database: ``sqlite/`` (a file, the embedded default) and ``postgres/`` (a team ledger on a
server, psycopg 3 as an optional extra)."""

from __future__ import annotations

from pathlib import Path

from desktop_app.domain.errors import EnvironmentFault
from desktop_app.storage.interface import LedgerBackend
from desktop_app.storage.location import check_url, is_server_url, masked


def open_ledger(location: str | Path) -> LedgerBackend:
    """The ledger at ``location``: a PostgreSQL URL (``storage.location``; `ledger init`
    creates its schema), else a SQLite file (created if missing, migrated if older)."""
    if is_server_url(location):
        return _server_ledger(check_url(str(location)))
    from desktop_app.storage.sqlite.ledger import SqliteLedger

    return SqliteLedger(location)


def _server_ledger(url: str) -> LedgerBackend:
    """psycopg is an optional extra: without it, say how to install it."""
    try:
        from desktop_app.storage.postgres.ledger import PostgresLedger
    except ImportError as error:
        if error.name is not None and error.name.split(".")[0] == "psycopg":
            raise EnvironmentFault("ledger.no_driver", path=masked(url)) from None
        raise
    return PostgresLedger(url)
