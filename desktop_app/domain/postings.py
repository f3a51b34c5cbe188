"""Postings: the movements a use case makes, decided here, written as they are by storage.

Each posting is one movement of the history: what a lot or an account gains (positive) or
gives (negative), and why. Storage keeps its caches (a lot's used and expired, an account's
balance) from the postings it writes, so the history always explains every balance.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from desktop_app.domain.model import Account, Invoice, MovementKind, Source, Wording
from desktop_app.domain.record import Record, record

#: The sources an invoice takes from that are account-level balances, not lots.
ACCOUNT_OF_SOURCE = {
    Source.DIGITAL_LAUNCHPAD: Account.DIGITAL_LAUNCHPAD,
    Source.LOYALTY: Account.LOYALTY,
}


@record(frozen=True, slots=True)
class Posting(Record):
    day: date
    kind: MovementKind
    amount: Decimal
    reference: str
    project_id: int | None = None
    lot_id: int | None = None
    account: Account | None = None
    order_number: str | None = None
    #: Typed text; the program's own words go in ``note_code`` (codes in the ledger).
    note: str = ""
    note_code: Wording | None = None
    #: The credit note a RETURN (or an expiry again under it) is part of.
    credit_note: str | None = None


def postings(invoice: Invoice) -> tuple[Posting, ...]:
    """One USE posting per allocation, in the order applied: from the lot it names, or from
    the Digital LaunchPad or loyalty account; the payment method's part is not a posting
    (nothing in the ledger pays it)."""
    number = invoice.number
    if number is None:
        raise ValueError("an invoice gets its number before it is posted")
    made: list[Posting] = []
    for allocation in invoice.allocations:
        account = ACCOUNT_OF_SOURCE.get(allocation.source)
        if account is None and allocation.lot_id is None:
            raise ValueError(f"a {allocation.source} allocation names no lot")
        made.append(  # in field order: day, kind, amount, reference, project, lot, account
            Posting(
                invoice.date,
                MovementKind.USE,
                -allocation.amount,
                number,
                invoice.project_id,
                None if account else allocation.lot_id,
                account,
            )
        )
    return tuple(made)
