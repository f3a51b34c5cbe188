"""Connecting to the server: libpq's own URL and secrets (``.pgpass``, ``pg_service.conf``),
rows read as the SQLite backend reads them, and where the ledger's own files go."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import psycopg
from psycopg.adapt import Loader
from psycopg.types.string import TextLoader

from desktop_app.domain.errors import DomainError, EnvironmentFault
from desktop_app.storage.location import database_name, masked, server_name
from desktop_app.storage.postgres.errors import translated
from desktop_app.storage.sqlite.session import Row

#: Every statement of a write waits this long at most for a lock (the writer lock first),
#: then fails as ``ledger.busy`` (SQLite's busy timeout is the same 5 s).
LOCK_TIMEOUT = "5s"
#: How long a connection may take before the server is said unreachable, unless the URL
#: sets its own ``connect_timeout`` (psycopg's default is 130 s, while the window waits).
CONNECT_TIMEOUT_S = 10
#: The channel a committed write notifies (the window LISTENs on it).
CHANNEL = "cloud_credit_ledger"


class CentsLoader(Loader):
    """``numeric`` (a SUM of bigint cents) as an int, as SQLite returns it."""

    def load(self, data: Any) -> int | Decimal:
        text = bytes(data).decode()
        return int(text) if text.lstrip("-").isdigit() else Decimal(text)


def connect(url: str) -> psycopg.Connection[Row]:
    """A connection in autocommit (the ledger issues BEGIN and COMMIT itself, one
    transaction per use case), dates read as ISO text, sums of cents as ints."""
    shown = masked(url)
    try:
        conn = psycopg.connect(
            url, autocommit=True, application_name="cloud-credit-desk", **_timeout(url)
        )
    except psycopg.OperationalError as error:
        detail = str(error).strip().splitlines()[-1] if str(error).strip() else "no answer"
        raise EnvironmentFault(
            "ledger.cannot_connect", path=shown, detail=detail.replace(url, shown)
        ) from None
    except psycopg.ProgrammingError as error:  # libpq could not read the URL itself
        detail = str(error).strip().replace(url, shown) or "unreadable"
        raise DomainError("ledger.bad_url", path=shown, detail=detail) from None
    with translated(shown):
        conn.adapters.register_loader("date", TextLoader)
        conn.adapters.register_loader("numeric", CentsLoader)
    return conn


def _timeout(url: str) -> dict[str, Any]:
    """``connect_timeout``, unless the URL gives its own."""
    given = url.split("?", 1)[1] if "?" in url else ""
    return {} if "connect_timeout=" in given else {"connect_timeout": CONNECT_TIMEOUT_S}


def files_path(url: str, base: Path) -> Path:
    """Where a server ledger's own files go on this machine (its order PDFs, its statements):
    ``base/servers/<server>/<database>`` (``Desk.orders_dir`` puts them beside it)."""
    server = re.sub(r"[^A-Za-z0-9._-]+", "_", server_name(url)).strip("_") or "server"
    database = re.sub(r"[^A-Za-z0-9._-]+", "_", database_name(url)) or "postgres"
    return base / "servers" / server / database
