"""The ledger's storage: one interface (``interface.LedgerBackend``), one backend per kind of
database (``sqlite/`` now; ``postgres/`` next, behind the same interface)."""

from __future__ import annotations

from pathlib import Path

from desktop_app.storage.interface import LedgerBackend


def open_ledger(location: str | Path) -> LedgerBackend:
    """The ledger at ``location``: a SQLite file (created if missing, migrated if older)."""
    from desktop_app.storage.sqlite.ledger import SqliteLedger

    return SqliteLedger(location)
