"""Credit notes (rule 14): final once written, like the invoices they reverse.

A credit note's row holds its number, date, reason and refund due; what it gave back is its
RETURN movements (``movements.credit_note``), and what expired again under it the EXPIRE
movements naming it, so that the movements alone still rebuild every balance. An invoice's
``reversed_by`` is the credit note naming it (UNIQUE): never written into the invoice.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, TypeAlias

from desktop_app.domain.model import Account, MovementKind, PaymentDue
from desktop_app.domain.money import ZERO, from_cents, to_cents
from desktop_app.domain.numbering import Series, parse_number
from desktop_app.storage.sqlite.invoices import allocation_from_row
from desktop_app.storage.sqlite.session import Row, Session, rate_bp

if TYPE_CHECKING:  # loaded where a note is read or written: not by everyday commands (issue 12)
    from desktop_app.domain.books.creditnote import CreditNote, Returned, TopUpReversal

_COLUMNS = (
    "cn.number, cn.date, cn.project_id, i.number, cn.top_up_id, cn.reason, "
    "cn.refund_ht_cents, cn.refund_vat_cents, cn.vat_rate_bp, cn.payment_label"
)
_FROM = "FROM credit_notes cn LEFT JOIN invoices i ON i.id = cn.invoice_id"
#: What a credit note gave back: its RETURN movements, with where each went.
_RETURNS = (
    "SELECT m.id, m.lot_id, m.account, m.amount_cents, l.kind, l.reference, m.kind "
    "FROM movements m LEFT JOIN lots l ON l.id = m.lot_id "
    "WHERE m.credit_note = ? ORDER BY m.id"
)

AnyCreditNote: TypeAlias = "CreditNote | TopUpReversal"


class SqliteCreditNotes:
    __slots__ = ("_s",)

    def __init__(self, session: Session) -> None:
        self._s = session

    def last_seq(self, year: int) -> int:
        """The year's last credit-note sequence, 0 if none (``numbering.next_number``)."""
        row = self._s.one("SELECT COALESCE(MAX(seq), 0) FROM credit_notes WHERE year = ?", (year,))
        return int(row[0]) if row else 0

    def add(self, note: CreditNote, invoice_id: int) -> None:
        """The credit note of invoice ``invoice_id`` (its RETURN movements are recorded
        with ``credit_note=note.number`` by ``movements.record``)."""
        number = parse_number(Series.CREDIT_NOTE, note.number)
        self._s.run(
            "INSERT INTO credit_notes (number, year, seq, date, project_id, invoice_id, reason, "
            "refund_ht_cents, refund_vat_cents, vat_rate_bp, payment_label) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                note.number,
                number.year,
                number.seq,
                note.date.isoformat(),
                note.project_id,
                invoice_id,
                note.reason,
                to_cents(note.refund.amount_ht),
                to_cents(note.refund.vat),
                rate_bp(note.vat_rate),
                note.refund.label,
            ),
        )

    def add_top_up_reversal(self, reversal: TopUpReversal) -> None:
        number = parse_number(Series.CREDIT_NOTE, reversal.number)
        self._s.run(
            "INSERT INTO credit_notes (number, year, seq, date, top_up_id, reason) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (
                reversal.number,
                number.year,
                number.seq,
                reversal.date.isoformat(),
                reversal.top_up_id,
                reversal.reason,
            ),
        )

    def get(self, number: str) -> AnyCreditNote | None:
        row = self._s.one(f"SELECT {_COLUMNS} {_FROM} WHERE cn.number = ?", (number,))
        return self._note(row) if row else None

    def of_invoice(self, invoice_number: str) -> CreditNote | None:
        row = self._s.one(f"SELECT {_COLUMNS} {_FROM} WHERE i.number = ?", (invoice_number,))
        from desktop_app.domain.books.creditnote import CreditNote

        note = self._note(row) if row else None
        return note if isinstance(note, CreditNote) else None

    def of_top_up(self, movement_id: int) -> str | None:
        """The credit note reversing the top-up movement ``movement_id``, if any."""
        row = self._s.one("SELECT number FROM credit_notes WHERE top_up_id = ?", (movement_id,))
        return row[0] if row else None

    def stream(self, date_from: date, date_to: date) -> Iterator[AnyCreditNote]:
        """Credit notes dated in ``[date_from, date_to]``, by date then number."""
        rows = self._s.all(
            f"SELECT {_COLUMNS} {_FROM} WHERE cn.date >= ? AND cn.date <= ? "
            "ORDER BY cn.date, cn.number",
            (date_from.isoformat(), date_to.isoformat()),
        )
        return (self._note(row) for row in rows)

    def _note(self, row: Row) -> AnyCreditNote:
        from desktop_app.domain.books.creditnote import CreditNote, TopUpReversal

        number, day, project_id, invoice, top_up_id, reason = row[:6]
        moved = self._s.all(_RETURNS, (number,))
        if invoice is None:
            amount = sum((from_cents(r[3]) for r in moved if r[6] == "RETURN"), ZERO)
            return TopUpReversal(
                number, date.fromisoformat(day), Account(moved[0][2]), -amount, top_up_id, reason
            )
        return CreditNote(
            number=number,
            invoice_number=invoice,
            project_id=project_id,
            date=date.fromisoformat(day),
            returned=_returned(moved),
            refund=PaymentDue(row[9], from_cents(row[6]), from_cents(row[7])),
            vat_rate=from_cents(row[8]),
            reason=reason,
        )


def _returned(moved: list[Row]) -> tuple[Returned, ...]:
    from desktop_app.domain.books.creditnote import Returned

    again: dict[int, Decimal] = {}
    for r in moved:
        if r[6] == MovementKind.EXPIRE.value and r[1] is not None:
            again[r[1]] = again.get(r[1], ZERO) - from_cents(r[3])
    parts = []
    for r in moved:
        if r[6] != MovementKind.RETURN.value:
            continue
        a = allocation_from_row(r[1], r[2], r[3], r[4], r[5])
        lost = again.pop(r[1], ZERO) if r[1] is not None else ZERO
        parts.append(Returned(a.source, a.reference, a.lot_id, a.amount, lost))
    return tuple(parts)
