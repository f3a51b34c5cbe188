"""Rule 10: what a lot has left at its expiry is recorded as lost (history explains every cent)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from desktop_app.domain.model import CreditLot, MovementKind, Wording
from desktop_app.domain.postings import Posting
from desktop_app.domain.waterfall import expiries_due
from desktop_app.storage.interface import Transaction

if TYPE_CHECKING:  # desk.py calls record_expiries at every write
    from desktop_app.services.desk import Desk


def record_expiries(tx: Transaction, up_to: date) -> list[tuple[CreditLot, Decimal]]:
    """Inside an open write transaction: one EXPIRE movement per lot that has expired by
    ``up_to``, dated on the lot's own expiry."""
    due = expiries_due(tx.lots.due_expiry(up_to), up_to)
    tx.movements.record(
        [
            Posting(
                day=lot.expires_on,
                kind=MovementKind.EXPIRE,
                amount=-amount,
                reference=lot.reference,
                project_id=lot.project_id,
                lot_id=lot.id,
                note_code=Wording.UNUSED_AT_EXPIRY,
            )
            for lot, amount in due
        ]
    )
    return due


def expire(desk: Desk) -> list[tuple[CreditLot, Decimal]]:
    """Record as lost what expired up to today: a write that does only what every write
    does first (``Desk.write``)."""
    with desk.write_recording() as (_tx, expired):
        return expired
