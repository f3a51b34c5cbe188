"""Posted invoices: final once written, with their lines (their movements: ``movements``)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from desktop_app.domain.model import Invoice
from desktop_app.domain.money import from_cents, to_cents
from desktop_app.domain.numbering import Series, parse_number
from desktop_app.storage.sqlite.session import Session, day_or_none, rate_bp


class SqliteInvoices:
    __slots__ = ("_s",)

    def __init__(self, session: Session) -> None:
        self._s = session

    def last_date(self, project_id: int) -> date | None:
        row = self._s.one("SELECT MAX(date) FROM invoices WHERE project_id = ?", (project_id,))
        return day_or_none(row[0]) if row else None

    def last_seq(self, year: int) -> int:
        """The year's last invoice sequence (0: none yet): ``numbering.next_number`` follows."""
        row = self._s.one("SELECT COALESCE(MAX(seq), 0) FROM invoices WHERE year = ?", (year,))
        return int(row[0]) if row else 0

    def add(self, invoice: Invoice, payment_method_id: int | None) -> int:
        """Write the invoice as numbered by the domain, and its lines; returns its id, which
        its movements (``movements.record(postings(invoice), invoice_id=...)``) refer to."""
        assert invoice.number is not None, "numbered before it is written"
        number = parse_number(Series.INVOICE, invoice.number)
        cursor = self._s.run(
            "INSERT INTO invoices (number, year, seq, project_id, date, total_ht_cents, "
            "method_ht_cents, vat_rate_bp, vat_cents, payment_method_id, payment_label) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                invoice.number,
                number.year,
                number.seq,
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
        return invoice_id

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
