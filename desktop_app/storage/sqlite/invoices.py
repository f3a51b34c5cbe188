"""Posted invoices: final once written, with their lines (their movements: ``movements``)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from desktop_app.domain.model import (
    Allocation,
    Invoice,
    InvoiceLine,
    LotKind,
    PaymentDue,
    Source,
)
from desktop_app.domain.money import from_cents, to_cents
from desktop_app.domain.numbering import Series, parse_number
from desktop_app.storage.sqlite.session import Row, Session, day_or_none, rate_bp, where

if TYPE_CHECKING:  # loaded by _totals when the books read totals (issue 12)
    from desktop_app.domain.books.entries import InvoiceTotals


#: What ``add`` writes of an invoice, in the order of ``invoice_row``.
INVOICE_WRITTEN = (
    "number, year, seq, project_id, date, total_ht_cents, method_ht_cents, vat_rate_bp, "
    "vat_cents, payment_method_id, payment_label, voucher_cents, credit_cents, "
    "launchpad_cents, loyalty_cents"
)
#: How many values that is (``invoice_row``'s length).
INVOICE_WRITTEN_COUNT = INVOICE_WRITTEN.count(",") + 1
_INSERT_INVOICE = (
    f"INSERT INTO invoices ({INVOICE_WRITTEN}) VALUES ({', '.join('?' * INVOICE_WRITTEN_COUNT)})"
)


def invoice_row(invoice: Invoice, payment_method_id: int | None) -> tuple[Any, ...]:
    """The ``INVOICE_WRITTEN`` values of an invoice numbered by the domain (either backend)."""
    assert invoice.number is not None, "numbered before it is written"
    number = parse_number(Series.INVOICE, invoice.number)
    paid = dict.fromkeys(Source, 0)
    for allocation in invoice.allocations:
        paid[allocation.source] += to_cents(allocation.amount)
    return (
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
        *(paid[source] for source in Source),  # the order of the columns
    )


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
        cursor = self._s.run(_INSERT_INVOICE, invoice_row(invoice, payment_method_id))
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

    def products(self, limit: int = 1000) -> list[str]:
        """The product names posted invoices used, most used first (then by name)."""
        rows = self._s.all(
            "SELECT product FROM invoice_lines GROUP BY product "
            "ORDER BY COUNT(*) DESC, product LIMIT ?",
            (limit,),
        )
        return [r[0] for r in rows]

    # -- reading posted invoices back (issue 10: show, pdf, reverse, the journal) ----------
    def get(self, number: str) -> Invoice | None:
        """A posted invoice as it was posted: its lines, and its allocations in the order
        applied (its USE movements, in recording order)."""
        row = self._s.one(f"SELECT {_INVOICE_COLUMNS} FROM invoices WHERE number = ?", (number,))
        if row is None:
            return None
        lines = self._s.all(
            "SELECT invoice_id, product, amount_cents FROM invoice_lines WHERE invoice_id = ? "
            "ORDER BY line_no",
            (row[0],),
        )
        uses = self._s.all(f"{_USES} WHERE m.invoice_id = ?{_USES_KIND} ORDER BY m.id", (row[0],))
        return _invoice(row, lines, uses)

    def id_of(self, number: str) -> int | None:
        row = self._s.one("SELECT id FROM invoices WHERE number = ?", (number,))
        return int(row[0]) if row else None

    def page(
        self, *, project_id: int | None = None, date_from: date | None = None,
        date_to: date | None = None, newest_first: bool = False, limit: int = -1,
        offset: int = 0,
    ) -> list[tuple[InvoiceTotals, str | None]]:  # fmt: skip
        """Posted invoices by date then number (newest first if asked), each with the credit
        note reversing it, as their totals (``totals``: what each source paid, not each
        allocation); one page of them in SQL (``limit`` -1: every one)."""
        clauses, params = _period(date_from, date_to, "i.")
        if project_id is not None:
            clauses.append("i.project_id = ?")
            params.append(project_id)
        way = "DESC" if newest_first else "ASC"
        chosen = (
            f"SELECT i.id FROM invoices i{where(clauses)} ORDER BY i.date {way}, i.year {way}, "
            f"i.seq {way} LIMIT ? OFFSET ?"
        )
        heads = self._s.all(
            f"SELECT {_HEAD_COLUMNS}, cn.number FROM invoices i "
            "LEFT JOIN credit_notes cn ON cn.invoice_id = i.id "
            f"WHERE i.id IN ({chosen}) ORDER BY i.date {way}, i.year {way}, i.seq {way}",
            [*params, limit, offset],
        )
        lines: dict[int, list[Row]] = {}
        for row in self._s.rows(
            "SELECT invoice_id, product, amount_cents FROM invoice_lines "
            f"WHERE invoice_id IN ({chosen}) ORDER BY invoice_id, line_no",
            [*params, limit, offset],
        ):
            lines.setdefault(row[0], []).append(row)
        return [(_totals(head, lines.get(head[0], [])), head[-1]) for head in heads]

    def count(
        self, *, project_id: int | None = None, date_from: date | None = None,
        date_to: date | None = None,
    ) -> int:  # fmt: skip
        clauses, params = _period(date_from, date_to, "")
        if project_id is not None:
            clauses.append("project_id = ?")
            params.append(project_id)
        row = self._s.one(f"SELECT COUNT(*) FROM invoices{where(clauses)}", params)
        return int(row[0]) if row else 0

    def totals(self, date_from: date, date_to: date) -> Iterator[InvoiceTotals]:
        """Invoices dated in the period, by date then id, with their lines and what each
        source paid in all (the invoice's own columns, written with it: a year of a big
        ledger books hundreds of thousands of allocations without reading one), lazily."""
        clauses, params = _period(date_from, date_to, "i.")
        span = where(clauses)
        heads = self._s.rows(
            f"SELECT {_HEAD_COLUMNS} FROM invoices i{span} ORDER BY i.date, i.id",
            params,
        )
        lines = self._s.rows(
            "SELECT il.invoice_id, il.product, il.amount_cents FROM invoices i "
            f"JOIN invoice_lines il ON il.invoice_id = i.id{span} "
            "ORDER BY i.date, i.id, il.line_no",
            params,
        )
        line_rows = _Grouped(lines)
        for head in heads:
            yield _totals(head, line_rows.take(head[0]))

    def reversed_by(self, number: str) -> str | None:
        """The credit note that reverses invoice ``number``, if any (rule 14)."""
        row = self._s.one(
            "SELECT cn.number FROM credit_notes cn JOIN invoices i ON i.id = cn.invoice_id "
            "WHERE i.number = ?",
            (number,),
        )
        return row[0] if row else None


_INVOICE_COLUMNS = (
    "id, number, project_id, date, method_ht_cents, vat_rate_bp, vat_cents, payment_label"
)
#: An invoice's head and what each source paid in all (the order of ``Source``).
_HEAD_COLUMNS = (
    "i.id, i.number, i.project_id, i.date, i.method_ht_cents, i.vat_rate_bp, i.vat_cents, "
    "i.payment_label, i.voucher_cents, i.credit_cents, i.launchpad_cents, i.loyalty_cents"
)
#: An invoice's allocations: its USE movements, with where each came from.
_USES = (
    "SELECT m.invoice_id, m.lot_id, m.account, m.amount_cents, l.kind, l.reference "
    "FROM movements m LEFT JOIN lots l ON l.id = m.lot_id"
)
_USES_KIND = " AND m.kind = 'USE'"


def _period(
    date_from: date | None, date_to: date | None, alias: str
) -> tuple[list[str], list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if date_from is not None:
        clauses.append(f"{alias}date >= ?")
        params.append(date_from.isoformat())
    if date_to is not None:
        clauses.append(f"{alias}date <= ?")
        params.append(date_to.isoformat())
    return clauses, params


def allocation_from_row(lot_id: int | None, account: str | None, cents: int, kind: str | None,
                        reference: str | None) -> Allocation:  # fmt: skip
    """A USE (negative) or a RETURN (positive) as the allocation it takes or gives back."""
    if account is not None:
        return Allocation(Source(account), account, None, from_cents(abs(cents)))
    source = Source.VOUCHER if kind == LotKind.VOUCHER.value else Source.CREDIT
    return Allocation(source, reference or "", lot_id, from_cents(abs(cents)))


def _totals(head: Row, lines: Sequence[Row]) -> InvoiceTotals:
    """An invoice as the books read it, from ``_HEAD_COLUMNS`` and its lines' rows."""
    from desktop_app.domain.books.entries import InvoiceTotals  # the books' only (issue 12)

    _, number, project_id, day, method_cents, _, vat_cents, label = head[:8]
    paid = tuple(
        (source, from_cents(cents))
        for source, cents in zip(Source, head[8:12], strict=True)
        if cents
    )
    return InvoiceTotals(
        number, project_id, date.fromisoformat(day),
        tuple(InvoiceLine(r[1], from_cents(r[2])) for r in lines),
        paid, PaymentDue(label, from_cents(method_cents), from_cents(vat_cents)),
    )  # fmt: skip


def _invoice(head: Row, lines: Sequence[Row], uses: Sequence[Row]) -> Invoice:
    _, number, project_id, day, method_cents, rate, vat_cents, label = head
    return Invoice(
        project_id=project_id,
        date=date.fromisoformat(day),
        lines=tuple(InvoiceLine(r[1], from_cents(r[2])) for r in lines),
        allocations=tuple(allocation_from_row(*r[1:]) for r in uses),
        payment=PaymentDue(label, from_cents(method_cents), from_cents(vat_cents)),
        vat_rate=from_cents(rate),
        number=number,
    )


class _Grouped:
    """Rows of a cursor ordered like the invoices, taken invoice by invoice."""

    __slots__ = ("_next", "_rows")

    def __init__(self, rows: Iterator[Row]) -> None:
        self._rows = rows
        self._next: Row | None = next(rows, None)

    def take(self, invoice_id: int) -> list[Row]:
        taken: list[Row] = []
        while self._next is not None and self._next[0] == invoice_id:
            taken.append(self._next)
            self._next = next(self._rows, None)
        return taken
