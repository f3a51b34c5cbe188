"""What every SQLite repository shares: one transaction's connection, and rows <-> values.

A repository never opens, begins or commits anything: it runs its SQL through the
``Session`` of the transaction it belongs to (``SqliteLedger.read()`` / ``write()``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, Protocol

from desktop_app.domain.money import to_cents

Row = tuple[Any, ...]


class Ran(Protocol):
    """What a write statement tells back: SQLite's cursor, or the server backend's answer."""

    @property
    def lastrowid(self) -> int | None: ...
    @property
    def rowcount(self) -> int: ...


class ReadOnlyTransaction(RuntimeError):
    """A write was attempted inside ``read()``: a bug in the caller, never a refusal."""


class Session:
    """One transaction's access to the connection.

    Reads run as they are; writes are refused in a read transaction (a read snapshot that
    wrote would silently become a write transaction, outside ``write()``'s checks)."""

    __slots__ = ("conn", "path", "writable")

    def __init__(self, conn: sqlite3.Connection, path: Path, *, writable: bool) -> None:
        self.conn = conn
        self.path = path
        self.writable = writable

    def one(self, sql: str, params: Sequence[Any] = ()) -> Row | None:
        row: Row | None = self.conn.execute(sql, params).fetchone()
        return row

    def all(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        return self.conn.execute(sql, params).fetchall()

    def rows(self, sql: str, params: Sequence[Any] = ()) -> Iterator[Row]:
        """Rows read lazily (the caller may stop early: the waterfall stops when paid)."""
        yield from self.conn.execute(sql, params)

    def run(self, sql: str, params: Sequence[Any] = ()) -> Ran:
        self._refuse_in_read()
        return self.conn.execute(sql, params)

    def run_many(self, sql: str, rows: Iterable[Sequence[Any]]) -> Ran:
        self._refuse_in_read()
        return self.conn.executemany(sql, rows)

    def _refuse_in_read(self) -> None:
        if not self.writable:
            raise ReadOnlyTransaction("a write inside a read transaction")


def day_or_none(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def products_of(text: str) -> frozenset[str]:
    return frozenset(text.split(",")) if text else frozenset()


def products_text(products: Iterable[str]) -> str:
    return ",".join(sorted(products))


def rate_bp(rate: Decimal) -> int:
    """A percentage as basis points (20.00 % -> 2000)."""
    return to_cents(rate)


def where(clauses: Sequence[str]) -> str:
    return (" WHERE " + " AND ".join(clauses)) if clauses else ""
