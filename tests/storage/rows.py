"""Rows for the repository tests, written through the repositories as the services would:
each lot with the movement that issued it, each use with its movement (the caches agree)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from desktop_app.domain.model import CreditLot, LotKind, MovementKind, Wording
from desktop_app.domain.postings import Posting
from desktop_app.storage.interface import LedgerBackend

DAY = date(2026, 11, 26)
D = Decimal


def add_lot(
    ledger: LedgerBackend,
    *,
    expires_on: date,
    total: str = "10",
    used: str = "0",
    project: int = 1,
    kind: LotKind = LotKind.CREDIT,
    valid_from: date | None = None,
    issued_on: date | None = None,
    description: str = "",
    code: Wording | None = None,
    products: frozenset[str] = frozenset(),
) -> CreditLot:
    """A lot and its issuing movement (ORDER or VOUCHER); ``used`` taken by a USE movement."""
    start = valid_from or expires_on - timedelta(days=100)
    with ledger.write() as tx:
        lot = tx.lots.add(
            project_id=project,
            kind=kind,
            reference=f"L{expires_on}-{total}",
            description=description,
            total=D(total),
            valid_from=start,
            expires_on=expires_on,
            issued_on=issued_on or start,
            products=products,
            description_code=code,
        )
        issued = MovementKind.VOUCHER if kind is LotKind.VOUCHER else MovementKind.ORDER
        moves = [Posting(start, issued, D(total), lot.reference, project, lot.id)]
        if D(used):
            moves.append(Posting(start, MovementKind.USE, -D(used), "INV", project, lot.id))
        tx.movements.record(moves)
    with ledger.read() as tx:
        found = tx.lots.get(lot.id)
    assert found is not None
    return found
