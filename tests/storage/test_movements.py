"""The movements repository: the one writer of the history, which keeps the caches the
movements explain; pages in date order; keyset pages for reading all of it."""

from __future__ import annotations

from datetime import timedelta

import pytest

from desktop_app.domain.model import (
    Account,
    Allocation,
    Invoice,
    InvoiceLine,
    MovementKind,
    PaymentDue,
    Source,
    Wording,
)
from desktop_app.domain.postings import Posting, postings
from desktop_app.storage.queries import MovementQuery
from desktop_app.storage.sqlite.ledger import SqliteLedger
from tests.helpers.ledger import query
from tests.storage.rows import DAY, D, add_lot

USE, EXPIRE = MovementKind.USE, MovementKind.EXPIRE


def test_recording_keeps_what_the_movements_explain(ledger: SqliteLedger) -> None:
    lot = add_lot(ledger, expires_on=DAY + timedelta(days=30), total="100")
    launchpad = Account.DIGITAL_LAUNCHPAD
    with ledger.write() as tx:
        tx.movements.record([
            Posting(DAY, MovementKind.BONUS, D("50"), "digital_launchpad", account=launchpad),
            Posting(DAY, USE, D("-30"), "INV-1", 1, lot.id),
            Posting(DAY, USE, D("-5"), "INV-1", 1, account=launchpad),
            Posting(DAY, EXPIRE, D("-20"), lot.reference, 1, lot.id,
                    note_code=Wording.UNUSED_AT_EXPIRY),
            Posting(DAY, MovementKind.ORDER_CREATED, D(0), "PO-2026-00001", 1,
                    order_number=None, note_code=Wording.PURCHASE_ORDER_CREATED),
        ])  # fmt: skip
    with ledger.read() as tx:
        now = tx.lots.get(lot.id)
        assert now is not None and (now.used, now.expired, now.available) == (
            D("30"), D("20"), D("50"),
        )  # fmt: skip
        assert tx.accounts.balance(launchpad) == D("45.00")
        assert tx.accounts.balance(Account.LOYALTY) == D("0.00")
        moves = tx.movements.page()
        assert tx.integrity.invariant_problems() == []
    assert [(m.kind, m.note_code) for m in moves][-2:] == [
        (EXPIRE, Wording.UNUSED_AT_EXPIRY),
        (MovementKind.ORDER_CREATED, Wording.PURCHASE_ORDER_CREATED),
    ]


@pytest.mark.sqlite_only  # SQLite's own SQL, triggers or file
def test_an_invoice_is_written_as_its_postings(ledger: SqliteLedger) -> None:
    """Storage writes what the domain decided: one movement per posting, nothing else."""
    first = add_lot(ledger, expires_on=DAY + timedelta(days=30), total="8")
    second = add_lot(ledger, expires_on=DAY + timedelta(days=60), total="100")
    invoice = Invoice(
        1, DAY, (InvoiceLine("compute", D("20")),),
        (Allocation(Source.CREDIT, first.reference, first.id, D("8")),
         Allocation(Source.CREDIT, second.reference, second.id, D("12"))),
        PaymentDue(None, D(0), D(0)), D(20), "INV-2026-00001",
    )  # fmt: skip
    with ledger.write() as tx:
        invoice_id = tx.invoices.add(invoice, None)
        tx.movements.record(postings(invoice), invoice_id=invoice_id)
    with ledger.read() as tx:
        written = tx.movements.page(MovementQuery(kinds=(USE,)))
        assert tx.integrity.invariant_problems() == []
    assert [(m.lot_id, m.amount, m.reference, m.invoice_number) for m in written] == [
        (first.id, D("-8"), "INV-2026-00001", "INV-2026-00001"),
        (second.id, D("-12"), "INV-2026-00001", "INV-2026-00001"),
    ]
    assert query(ledger.path, "SELECT used_cents FROM lots ORDER BY id") == [(800,), (1200,)]


@pytest.fixture
def history(ledger: SqliteLedger) -> SqliteLedger:
    """Movements recorded out of date order (an order paid on an earlier day)."""
    days = [5, 1, 3, 1, 7, 2, 9, 4]
    with ledger.write() as tx:
        tx.movements.record([
            Posting(DAY + timedelta(days=d), MovementKind.BONUS if d % 2 else MovementKind.MANUAL,
                    D(n), f"R{n}", 1 + n % 2)
            for n, d in enumerate(days)
        ])  # fmt: skip
    return ledger


def test_pages_are_by_date_then_recording_order(history: SqliteLedger) -> None:
    with history.read() as tx:
        every = tx.movements.page()
        keys = [(m.date, m.id) for m in every]
        assert keys == sorted(keys)
        assert tx.movements.page(newest_first=True) == every[::-1]
        assert tx.movements.page(limit=3, offset=2) == every[2:5]
        web = MovementQuery(project_id=2)
        assert tx.movements.page(web) == [m for m in every if m.project_id == 2]
        assert tx.movements.count(web) == len(tx.movements.page(web))
        period = MovementQuery(kinds=(MovementKind.BONUS,), date_from=DAY + timedelta(days=2),
                               date_to=DAY + timedelta(days=7))  # fmt: skip
        assert [m.reference for m in tx.movements.page(period)] == ["R2", "R0", "R4"]


@pytest.mark.parametrize("batch", [1, 3, 100])
def test_keyset_pages_read_every_movement_in_order(history: SqliteLedger, batch: int) -> None:
    with history.read() as tx:
        every = tx.movements.page()
        streamed, key = [], None
        while page := tx.movements.after(MovementQuery(), key, batch):
            streamed += page
            key = (page[-1].date, page[-1].id)
    assert streamed == every
