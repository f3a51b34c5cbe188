"""The history: append-only movements, each explaining a change of a lot or an account.

A page of a million movements is picked from an index alone, then only its rows are read.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from desktop_app.domain.model import Account, Movement, MovementKind
from desktop_app.domain.money import from_cents, to_cents
from desktop_app.storage.queries import MovementQuery
from desktop_app.storage.sqlite.session import Row, Session, where

MOVEMENT_COLUMNS = (
    "m.id, m.date, m.kind, m.amount_cents, m.reference, m.project_id, m.lot_id, m.account, "
    "i.number, m.note"
)
_FROM = "FROM movements m LEFT JOIN invoices i ON i.id = m.invoice_id"
#: No filter: every movement.
EVERY = MovementQuery()


def movement_from_row(row: Row) -> Movement:
    return Movement(
        id=row[0],
        date=date.fromisoformat(row[1]),
        kind=MovementKind(row[2]),
        amount=from_cents(row[3]),
        reference=row[4],
        project_id=row[5],
        lot_id=row[6],
        account=row[7],
        invoice_number=row[8],
        note=row[9],
    )


def movement_filter(query: MovementQuery) -> tuple[list[str], list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if query.project_id is not None:
        clauses.append("m.project_id = ?")
        params.append(query.project_id)
    if query.kinds:
        clauses.append(f"m.kind IN ({','.join('?' * len(query.kinds))})")
        params += [k.value for k in query.kinds]
    if query.date_from is not None:
        clauses.append("m.date >= ?")
        params.append(query.date_from.isoformat())
    if query.date_to is not None:
        clauses.append("m.date <= ?")
        params.append(query.date_to.isoformat())
    return clauses, params


class SqliteMovements:
    __slots__ = ("_s",)

    def __init__(self, session: Session) -> None:
        self._s = session

    def add(
        self,
        *,
        day: date,
        kind: MovementKind,
        amount: Decimal,
        reference: str,
        project_id: int | None = None,
        lot_id: int | None = None,
        account: Account | None = None,
        invoice_id: int | None = None,
        order_number: str | None = None,
        note: str = "",
    ) -> int:
        cursor = self._s.run(
            "INSERT INTO movements (date, kind, amount_cents, reference, project_id, lot_id, "
            "account, invoice_id, order_number, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                day.isoformat(),
                kind.value,
                to_cents(amount),
                reference,
                project_id,
                lot_id,
                account.value if account else None,
                invoice_id,
                order_number,
                note,
            ),
        )
        return int(cursor.lastrowid or 0)

    def page(
        self,
        query: MovementQuery = EVERY,
        *,
        newest_first: bool = False,
        limit: int = -1,
        offset: int = 0,
    ) -> list[Movement]:
        """The history by date, then in recording order (oldest first unless asked).

        The page's ids are picked from an index alone (``movements_by_date``, or
        ``movements_by_project``), then only those rows are read: a page deep in a million
        movements costs a few ms, not a join per skipped row."""
        clauses, params = movement_filter(query)
        direction = "DESC" if newest_first else "ASC"
        order = f" ORDER BY m.date {direction}, m.id {direction}"
        rows = self._s.all(
            f"SELECT {MOVEMENT_COLUMNS} {_FROM} WHERE m.id IN "
            f"(SELECT m.id FROM movements m{where(clauses)}{order} LIMIT ? OFFSET ?){order}",
            [*params, limit, offset],
        )
        return [movement_from_row(r) for r in rows]

    def after(
        self, query: MovementQuery, key: tuple[date, int] | None, limit: int
    ) -> list[Movement]:
        """The next ``limit`` movements after ``key`` (a movement's date and id; None: from
        the first), oldest first: keyset pages, for reading every movement in constant
        memory, each page in a transaction of its own if the caller wishes."""
        clauses, params = movement_filter(query)
        if key is not None:
            clauses.append("(m.date, m.id) > (?, ?)")
            params += [key[0].isoformat(), key[1]]
        rows = self._s.all(
            f"SELECT {MOVEMENT_COLUMNS} {_FROM}{where(clauses)} ORDER BY m.date, m.id LIMIT ?",
            [*params, limit],
        )
        return [movement_from_row(r) for r in rows]

    def count(self, query: MovementQuery = EVERY) -> int:
        clauses, params = movement_filter(query)
        row = self._s.one(f"SELECT COUNT(*) FROM movements m{where(clauses)}", params)
        return int(row[0]) if row else 0
