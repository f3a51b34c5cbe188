"""Rule 10: what a lot has left at its expiry is recorded as lost (history explains every cent)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from desktop_app.domain.model import CreditLot, MovementKind
from desktop_app.domain.waterfall import expiries_due
from desktop_app.services.desk import Desk
from desktop_app.storage.ledger import Ledger


def record_expiries(ledger: Ledger, up_to: date) -> list[tuple[CreditLot, Decimal]]:
    """Inside an open write transaction: one EXPIRE movement per lot that has expired."""
    due = expiries_due(ledger.lots_due_expiry(up_to), up_to)
    for lot, amount in due:
        ledger.expire_lot(lot.id, amount)
        ledger.add_movement(
            day=lot.expires_on,
            kind=MovementKind.EXPIRE,
            amount=-amount,
            reference=lot.reference,
            project_id=lot.project_id,
            lot_id=lot.id,
            note="unused at expiry",
        )
    return due


def expire(desk: Desk) -> list[tuple[CreditLot, Decimal]]:
    """Record as lost what expired up to today."""
    with desk.write() as ledger:
        return record_expiries(ledger, desk.today)
