"""The team ledger's use cases (issue 9): `ledger init` on a server, `ledger copy` between
backends (SQLite <-> PostgreSQL), and where the ledger lives for the window to show."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.domain.errors import DomainError
from desktop_app.domain.problems import Problem
from desktop_app.services import integrity
from desktop_app.services.desk import Desk, ledger_location, shown_location
from desktop_app.storage import open_ledger
from desktop_app.storage.copy import copy_ledger as copy_rows
from desktop_app.storage.location import (
    database_name,
    is_server_url,
    remote_host,
    server_location,
)


@dataclass(frozen=True)
class Initialised:
    ledger: str
    schema_version: int


@dataclass(frozen=True)
class CopyResult:
    target: str
    rows: dict[str, int]
    problems: list[Problem] = field(default_factory=list)
    language: str = "en"

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class ServerPlace:
    """Where a server ledger lives, for a short label (its URL says the rest): its database,
    and the host of the machine it is on (None: this machine, a Unix socket or loopback,
    which the window says in words rather than a socket's folder)."""

    database: str
    host: str | None


def server_parts(url: str) -> ServerPlace:
    return ServerPlace(database_name(url), remote_host(url))


def typed_server_ledger(text: str) -> str:
    """A server ledger as typed in the window (a libpq URL or ``service=name``), as the URL
    ``Desk.open`` takes; refused in words when it is neither."""
    return server_location(text)


def init_ledger(desk: Desk) -> Initialised:
    """Create or upgrade the ledger's schema (a server's: its administrator runs it once;
    a SQLite file was already brought up to date when it was opened)."""
    return Initialised(desk.shown, desk.migrate())


def copy_ledger(desk: Desk, to: str | Path) -> CopyResult:
    """The whole ledger, numbers and history kept, into an empty ledger elsewhere (a new
    SQLite file, or an empty PostgreSQL database: its schema made first), then `check` on
    the copy. Refused onto a ledger that holds anything (nothing written)."""
    location = ledger_location(to)
    shown = shown_location(location)
    if _same(desk, location):
        raise DomainError("ledger.copy_same", target=shown)
    if not is_server_url(location):
        target_file = Path(location)
        if target_file.is_dir():
            raise DomainError("ledger.is_directory", path=shown)
    target = open_ledger(location)
    try:
        target.migrate()
        copied = copy_rows(desk.backend_for_copy(), target, shown)
    finally:
        target.close()
    with Desk.open(location, desk.today) as copy:
        checked = integrity.check(copy)
    return CopyResult(shown, copied.rows, checked.problems, checked.language)


def _same(desk: Desk, location: str | Path) -> bool:
    if is_server_url(location):
        return str(location) == desk.shown or shown_location(location) == desk.shown
    here = desk.shown
    if is_server_url(here):
        return False
    try:
        return Path(location).exists() and os.path.samefile(location, here)
    except OSError:
        return False
