"""Opening a ledger file of an older schema migrates it, after a copy of it as it was: on a
big ledger, seconds (the copy, an index rebuilt). The window does it in a worker, saying so;
these say whether it is due, and do it."""

from __future__ import annotations

from pathlib import Path

from desktop_app import storage


def upgrade_due(location: str | Path) -> int | None:
    """The older schema version of the ledger file at ``location``; None if opening it will
    not migrate it."""
    return storage.upgrade_due(location)


def upgrade(location: str | Path) -> None:
    """Migrate the ledger file at ``location`` now, in the calling thread (its own connection,
    closed before returning); refusals and faults are raised as opening it would raise them."""
    storage.open_ledger(location).close()
