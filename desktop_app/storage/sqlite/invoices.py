"""Posted invoices: final once written, with their lines and what each source paid."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from desktop_app.domain.model import Account, Invoice, MovementKind, Source
from desktop_app.domain.money import from_cents, to_cents
from desktop_app.domain.rules import invoice_number
from desktop_app.storage.sqlite.session import Session, day_or_none, rate_bp


class SqliteInvoices:
    __slots__ = ("_s",)

    def __init__(self, session: Session) -> None:
        self._s = session

    def last_date(self, project_id: int) -> date | None:
        row = self._s.one("SELECT MAX(date) FROM invoices WHERE project_id = ?", (project_id,))
        return day_or_none(row[0]) if row else None

    def add(self, invoice: Invoice, payment_method_id: int | None) -> str:
        """Write the invoice, its lines, and one USE movement per source it takes from."""
        year = invoice.date.year
        row = self._s.one("SELECT COALESCE(MAX(seq), 0) + 1 FROM invoices WHERE year = ?", (year,))
        seq = int(row[0]) if row else 1
        number = invoice_number(year, seq)
        cursor = self._s.run(
            "INSERT INTO invoices (number, year, seq, project_id, date, total_ht_cents, "
            "method_ht_cents, vat_rate_bp, vat_cents, payment_method_id, payment_label) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                number,
                year,
                seq,
                invoice.project_id,
                invoice.date.isoformat(),
                to_cents(invoice.total_ht),
                to_cents(invoice.payment.amount_ht),
                rate_bp(invoice.vat_rate),
                to_cents(invoice.payment.vat),
                payment_method_id,
                invoice.payment.label,
            ),
        )
        invoice_id = int(cursor.lastrowid or 0)
        self._s.run_many(
            "INSERT INTO invoice_lines (invoice_id, line_no, product, amount_cents) "
            "VALUES (?, ?, ?, ?)",
            [
                (invoice_id, n, line.product, to_cents(line.amount))
                for n, line in enumerate(invoice.lines, 1)
            ],
        )
        # Batched: a big invoice touches hundreds of lots, and each statement costs a round trip.
        day = invoice.date.isoformat()
        lot_uses: list[tuple[int, int]] = []
        movements: list[tuple[Any, ...]] = []
        for allocation in invoice.allocations:
            cents = to_cents(allocation.amount)
            account = None
            if allocation.source in (Source.DIGITAL_LAUNCHPAD, Source.LOYALTY):
                account = Account(allocation.source.value)
                self._s.run(
                    "UPDATE accounts SET balance_cents = balance_cents - ? WHERE name = ?",
                    (cents, account.value),
                )
            elif allocation.lot_id is not None:
                lot_uses.append((cents, allocation.lot_id))
            movements.append(
                (day, MovementKind.USE.value, -cents, number, invoice.project_id,
                 allocation.lot_id, account.value if account else None, invoice_id)
            )  # fmt: skip
        self._s.run_many("UPDATE lots SET used_cents = used_cents + ? WHERE id = ?", lot_uses)
        self._s.run_many(
            "INSERT INTO movements (date, kind, amount_cents, reference, project_id, lot_id, "
            "account, invoice_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            movements,
        )
        return number

    def spend_by_product(
        self, project_id: int, date_from: date, date_to: date
    ) -> dict[str, Decimal]:
        """Posted invoice lines of a project in ``[date_from, date_to)``, summed by product."""
        rows = self._s.all(
            "SELECT il.product, SUM(il.amount_cents) FROM invoices i "
            "JOIN invoice_lines il ON il.invoice_id = i.id "
            "WHERE i.project_id = ? AND i.date >= ? AND i.date < ? GROUP BY il.product",
            (project_id, date_from.isoformat(), date_to.isoformat()),
        )
        return {product: from_cents(cents) for product, cents in rows}

    def numbers(self) -> set[str]:
        return {r[0] for r in self._s.all("SELECT number FROM invoices")}
