"""Opening a ledger file of an older schema migrates it, after a copy of it as it was: on a
big ledger, seconds (the copy, an index rebuilt). The window does it in a worker, saying so,
the command line before the command runs, saying so on stderr; these say whether it is due,
and do it."""

from __future__ import annotations

from pathlib import Path

from desktop_app import storage
from desktop_app.storage.interface import Upgraded

__all__ = ["Upgraded", "upgrade", "upgrade_due", "upgrade_if_due"]


def upgrade_due(location: str | Path) -> int | None:
    """The older schema version of the ledger file at ``location``; None if opening it will
    not migrate it."""
    return storage.upgrade_due(location)


def upgrade(location: str | Path) -> Upgraded | None:
    """Migrate the ledger file at ``location`` now, in the calling thread (its own connection,
    closed before returning); refusals and faults are raised as opening it would raise them.
    What was done: the versions and the copy kept (None: nothing was left to do)."""
    return storage.upgrade(location)


def upgrade_if_due(location: str | Path) -> Upgraded | None:
    """``upgrade`` if the file at ``location`` is of an older schema (a cheap look first:
    a current ledger, a new one or a server's is not opened twice)."""
    return upgrade(location) if upgrade_due(location) is not None else None
