"""PostgreSQL's errors told apart by SQLSTATE, never by their wording (architecture.md):
an environment fault the user can act on, or else a bug of this program."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import psycopg

from desktop_app.domain.errors import Bug, EnvironmentFault

#: SQLSTATE (exact) -> the fault's code.
_EXACT = {
    "55P03": "ledger.busy",  # lock_not_available: the writer lock's timeout
    "57014": "ledger.busy",  # query_canceled: a statement timeout (or a cancelled job)
    "40P01": "ledger.busy",  # deadlock_detected
    "40001": "ledger.busy",  # serialization_failure
    "25006": "ledger.read_only",  # read_only_sql_transaction: a standby, a read-only database
    "42501": "ledger.permission",  # insufficient_privilege
    "53100": "ledger.disk_full",
    "53200": "ledger.no_memory",
    "57P01": "ledger.connection_lost",  # admin_shutdown, pg_terminate_backend
    "57P02": "ledger.connection_lost",  # crash_shutdown
    "57P03": "ledger.connection_lost",  # cannot_connect_now (starting up, shutting down)
    "3D000": "ledger.cannot_connect",  # invalid_catalog_name: no such database
    "28000": "ledger.cannot_connect",  # invalid_authorization_specification
    "28P01": "ledger.cannot_connect",  # invalid_password
    "53300": "ledger.busy",  # too_many_connections
}
#: SQLSTATE classes (two first characters) -> the fault's code.
_CLASSES = {"08": "ledger.connection_lost", "58": "ledger.disk"}


def fault_code(error: psycopg.Error) -> str | None:
    """The environment fault ``error`` is, or None (a bug)."""
    state = error.sqlstate
    if state is None:
        # No SQLSTATE: raised by libpq itself (the server went away, none answered).
        return "ledger.connection_lost" if isinstance(error, psycopg.OperationalError) else None
    return _EXACT.get(state) or _CLASSES.get(state[:2])


def translate(error: psycopg.Error, shown: str) -> EnvironmentFault | Bug:
    code = fault_code(error)
    detail = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    if code is None:
        what = f"{type(error).__name__} {error.sqlstate or ''}: {detail}"
        return Bug(what, sqlstate=error.sqlstate, path=shown)
    return EnvironmentFault(code, path=shown, detail=detail)


@contextlib.contextmanager
def translated(shown: str) -> Iterator[None]:
    """Around psycopg calls: its errors become an ``EnvironmentFault`` or a ``Bug``.
    ``shown`` is the ledger's URL without its password (the messages print it)."""
    try:
        yield
    except psycopg.Error as error:
        raise translate(error, shown) from error
