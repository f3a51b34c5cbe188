"""Purchase orders: pending, then paid (a credit lot) or cancelled; numbers never reused."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

from desktop_app.domain.model import OrderStatus, PurchaseOrder
from desktop_app.domain.money import from_cents, to_cents
from desktop_app.domain.numbering import Series, parse_number
from desktop_app.storage.sqlite.session import Row, Session, day_or_none, rate_bp, where

ORDER_COLUMNS = (
    "number, project_id, status, amount_ht_cents, vat_rate_bp, created_on, paid_on, "
    "cancelled_on, pdf"
)


def order_from_row(row: Row) -> PurchaseOrder:
    return PurchaseOrder(
        number=row[0],
        project_id=row[1],
        status=OrderStatus(row[2]),
        amount_ht=from_cents(row[3]),
        vat_rate=from_cents(row[4]),
        created_on=date.fromisoformat(row[5]),
        paid_on=day_or_none(row[6]),
        cancelled_on=day_or_none(row[7]),
        pdf=row[8],
    )


def _filter(project_id: int | None, status: OrderStatus | None) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if project_id is not None:
        clauses.append("project_id = ?")
        params.append(project_id)
    if status is not None:
        clauses.append("status = ?")
        params.append(status.value)
    return where(clauses), params


class SqliteOrders:
    __slots__ = ("_s",)

    def __init__(self, session: Session) -> None:
        self._s = session

    def last_seq(self, year: int) -> int:
        """The year's last order sequence (0: none yet): ``numbering.next_number`` follows it."""
        row = self._s.one("SELECT COALESCE(MAX(seq), 0) FROM orders WHERE year = ?", (year,))
        return int(row[0]) if row else 0

    def add(self, order: PurchaseOrder) -> None:
        """The order as numbered by the domain; its year and sequence are stored apart too."""
        number = parse_number(Series.ORDER, order.number)
        self._s.run(
            "INSERT INTO orders (number, year, seq, project_id, status, amount_ht_cents, "
            "vat_rate_bp, vat_cents, amount_ttc_cents, created_on) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                order.number,
                number.year,
                number.seq,
                order.project_id,
                order.status.value,
                to_cents(order.amount_ht),
                rate_bp(order.vat_rate),
                to_cents(order.vat),
                to_cents(order.amount_ttc),
                order.created_on.isoformat(),
            ),
        )

    def get(self, number: str) -> PurchaseOrder | None:
        row = self._s.one(f"SELECT {ORDER_COLUMNS} FROM orders WHERE number = ?", (number,))
        return order_from_row(row) if row else None

    def page(
        self,
        *,
        project_id: int | None = None,
        status: OrderStatus | None = None,
        newest_first: bool = False,
        limit: int = -1,
        offset: int = 0,
    ) -> list[PurchaseOrder]:
        """Orders in number order (oldest first unless asked)."""
        clause, params = _filter(project_id, status)
        direction = "DESC" if newest_first else "ASC"
        rows = self._s.all(
            f"SELECT {ORDER_COLUMNS} FROM orders{clause} "
            f"ORDER BY year {direction}, seq {direction} LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        return [order_from_row(r) for r in rows]

    def paid_between(self, date_from: date, date_to: date) -> Iterator[PurchaseOrder]:
        """Orders paid in ``[date_from, date_to]``, by payment day then number (the journal)."""
        rows = self._s.rows(
            f"SELECT {ORDER_COLUMNS} FROM orders WHERE status = 'paid' "
            "AND paid_on >= ? AND paid_on <= ? ORDER BY paid_on, year, seq",
            (date_from.isoformat(), date_to.isoformat()),
        )
        return (order_from_row(r) for r in rows)

    def count(self, *, project_id: int | None = None, status: OrderStatus | None = None) -> int:
        clause, params = _filter(project_id, status)
        row = self._s.one(f"SELECT COUNT(*) FROM orders{clause}", params)
        return int(row[0]) if row else 0

    def mark_paid(self, number: str, paid_on: date, lot_id: int) -> None:
        self._s.run(
            "UPDATE orders SET status = 'paid', paid_on = ?, lot_id = ? "
            "WHERE number = ? AND status = 'pending'",
            (paid_on.isoformat(), lot_id, number),
        )

    def mark_cancelled(self, number: str, on: date) -> None:
        self._s.run(
            "UPDATE orders SET status = 'cancelled', cancelled_on = ? "
            "WHERE number = ? AND status = 'pending'",
            (on.isoformat(), number),
        )

    def set_pdf(self, number: str, pdf: str) -> None:
        self._s.run("UPDATE orders SET pdf = ? WHERE number = ?", (pdf, number))
