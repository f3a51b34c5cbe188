"""Rule 14: a posted invoice is corrected by a credit note, never by deleting it; an unused
account top-up can be reversed; a paid order cannot (rule 5).

``preview_reversal`` is what the window shows before the user confirms; ``reverse_invoice``
computes it again inside the write and, given the preview as ``expected``, refuses
(``credit_note.changed``, nothing written) unless it is what was shown.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from desktop_app.domain.books import creditnote as notes
from desktop_app.domain.books.creditnote import CreditNote, TopUpReversal
from desktop_app.domain.books.entries import InvoiceTotals
from desktop_app.domain.errors import DomainError
from desktop_app.domain.model import Account, CreditLot, Invoice, MovementKind
from desktop_app.domain.numbering import Series, next_number, parse_number
from desktop_app.services.desk import Desk
from desktop_app.storage.interface import Transaction


def invoice_number(text: str) -> str:
    """An invoice number as typed; an order's number is refused with rule 5's reason (a
    paid order is never reversed), anything else as not an invoice number."""
    try:
        order = parse_number(Series.ORDER, text)
    except DomainError:
        return str(parse_number(Series.INVOICE, text))
    raise DomainError("credit_note.paid_order", number=str(order))


def get_invoice(desk: Desk, number_text: str) -> tuple[Invoice, str | None]:
    """A posted invoice and the credit note reversing it (None: not reversed)."""
    number = invoice_number(number_text)
    with desk.read() as tx:
        return _invoice(tx, number), tx.invoices.reversed_by(number)


def list_invoices(
    desk: Desk,
    project_ref: str | int | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    *,
    newest_first: bool = False,
    limit: int = -1,
    offset: int = 0,
) -> list[tuple[InvoiceTotals, str | None]]:
    """Posted invoices by date, as their totals, each with the credit note reversing it: the
    command line's ``invoice list`` and the window's list of posted invoices, a page of them
    at a time (``limit`` -1: every one)."""
    with desk.read() as tx:
        project = desk.project(project_ref).id if project_ref is not None else None
        return tx.invoices.page(
            project_id=project, date_from=date_from, date_to=date_to,
            newest_first=newest_first, limit=limit, offset=offset,
        )  # fmt: skip


def count_invoices(
    desk: Desk,
    project_ref: str | int | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
) -> int:
    """How many posted invoices ``list_invoices`` lists with the same filters."""
    with desk.read() as tx:
        project = desk.project(project_ref).id if project_ref is not None else None
        return tx.invoices.count(project_id=project, date_from=date_from, date_to=date_to)


def get_credit_note(desk: Desk, number_text: str) -> CreditNote | TopUpReversal:
    number = notes.parse_credit_note_number(number_text)
    with desk.read() as tx:
        found = tx.credit_notes.get(number)
    if found is None:
        raise DomainError("credit_note.unknown", number=number)
    return found


def preview_reversal(
    desk: Desk, number_text: str, on: date | None = None, reason: str = ""
) -> CreditNote:
    """The credit note that reversing the invoice would write now; writes nothing. The
    lots are read as the write would see them: expiries due by today counted as recorded."""
    number = invoice_number(number_text)
    with desk.read() as tx:
        return _credit_note(desk, tx, number, on, reason, as_of_today=True)


def reverse_invoice(
    desk: Desk,
    number_text: str,
    on: date | None = None,
    reason: str = "",
    *,
    expected: CreditNote | None = None,
) -> CreditNote:
    """Write the credit note reversing posted invoice ``number_text`` on ``on`` (today by
    default): its row, and one RETURN per allocation given back (an EXPIRE after it for a
    lot that has expired since), in one transaction."""
    number = invoice_number(number_text)
    with desk.write() as tx:
        note = _credit_note(desk, tx, number, on, reason, as_of_today=False)
        if expected is not None and note != replace(expected, number=note.number):
            raise DomainError("credit_note.changed", invoice=number)
        invoice_id = tx.invoices.id_of(number)
        assert invoice_id is not None  # _credit_note found it
        tx.credit_notes.add(note, invoice_id)
        tx.movements.record(notes.credit_note_postings(note))
        return note


def _credit_note(
    desk: Desk, tx: Transaction, number: str, on: date | None, reason: str, *, as_of_today: bool
) -> CreditNote:
    invoice = _invoice(tx, number)
    day = on or desk.today
    lots = tx.lots.many(a.lot_id for a in invoice.allocations if a.lot_id is not None)
    if as_of_today:  # a preview: what the write records first (rule 10) counted as recorded
        lots = {i: _expired_by(lot, desk.today) for i, lot in lots.items()}
    year = day.year
    sequence = next_number(Series.CREDIT_NOTE, year, tx.credit_notes.last_seq(year))
    note = notes.reverse_invoice(
        invoice,
        number=str(sequence),
        on=day,
        today=desk.today,
        lots=lots,
        reversed_by=tx.invoices.reversed_by(number),
        reason=reason,
    )
    notes.check_not_expired_since(note, lots, desk.today)
    return note


def _expired_by(lot: CreditLot, today: date) -> CreditLot:
    return lot.as_of(today)


def _invoice(tx: Transaction, number: str) -> Invoice:
    invoice = tx.invoices.get(number)
    if invoice is None:
        raise DomainError("invoice.unknown", number=number)
    return invoice


def reverse_top_up(
    desk: Desk,
    account: Account | str,
    movement_id: int,
    on: date | None = None,
    reason: str = "",
) -> TopUpReversal:
    """Reverse an unused top-up (a BONUS movement of ``account``) by a credit note: the
    account gives the amount back (a negative RETURN), once, while it still holds it."""
    try:
        which = Account(account)
    except ValueError:
        raise DomainError("account.unknown", account=str(account)) from None
    with desk.write() as tx:
        top_up = tx.movements.get(movement_id)
        if top_up is None or top_up.kind is not MovementKind.BONUS or top_up.account != which:
            raise DomainError("top_up.unknown", id=movement_id, account=which.value)
        day = on or desk.today
        sequence = next_number(Series.CREDIT_NOTE, day.year, tx.credit_notes.last_seq(day.year))
        reversal = notes.reverse_top_up(
            number=str(sequence),
            account=which,
            amount=top_up.amount,
            top_up_id=top_up.id,
            topped_up_on=top_up.date,
            on=day,
            today=desk.today,
            balance=tx.accounts.balance(which),
            reversed_by=tx.credit_notes.of_top_up(top_up.id),
            reason=reason,
        )
        tx.credit_notes.add_top_up_reversal(reversal)
        tx.movements.record(notes.top_up_reversal_postings(reversal))
        return reversal
