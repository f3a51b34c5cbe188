"""The orders repository: numbered by the domain, kept in number order, paid or cancelled
once, never deleted."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desktop_app.domain.errors import Bug, DomainError
from desktop_app.domain.model import OrderStatus, PurchaseOrder
from desktop_app.domain.numbering import Series, next_number
from desktop_app.storage.sqlite.ledger import SqliteLedger
from tests.helpers.ledger import query
from tests.storage.rows import DAY, D, add_lot


def _order(ledger: SqliteLedger, year: int = 2026, project: int = 1) -> PurchaseOrder:
    with ledger.write() as tx:
        number = next_number(Series.ORDER, year, tx.orders.last_seq(year))
        order = PurchaseOrder(str(number), project, OrderStatus.PENDING, D("100.00"),
                              D("20.00"), date(year, 3, 1))  # fmt: skip
        tx.orders.add(order)
    return order


@pytest.mark.sqlite_only  # SQLite's own SQL, triggers or file
def test_an_order_reads_back_and_stores_its_year_and_sequence(ledger: SqliteLedger) -> None:
    first, second, other_year = _order(ledger), _order(ledger), _order(ledger, 2027)
    assert [first.number, second.number, other_year.number] == [
        "PO-2026-00001", "PO-2026-00002", "PO-2027-00001",
    ]  # fmt: skip
    with ledger.read() as tx:
        assert tx.orders.get(second.number) == second
        assert tx.orders.get("PO-2026-00009") is None
        assert (tx.orders.last_seq(2026), tx.orders.last_seq(2027), tx.orders.last_seq(2025)) == (
            2, 1, 0,
        )  # fmt: skip
    rows = query(ledger.path, "SELECT number, year, seq, vat_cents, amount_ttc_cents FROM orders")
    assert ("PO-2026-00002", 2026, 2, 2000, 12000) in rows


def test_a_number_the_domain_did_not_make_is_refused(ledger: SqliteLedger) -> None:
    with pytest.raises(DomainError) as refused, ledger.write() as tx:
        tx.orders.add(PurchaseOrder("PO-26-1", 1, OrderStatus.PENDING, D(1), D(20), DAY))
    assert refused.value.code == "order.malformed"


def test_pages_are_in_number_order_and_filtered(ledger: SqliteLedger) -> None:
    made = [_order(ledger, 2027), _order(ledger, 2026), _order(ledger, 2026, project=2)]
    with ledger.read() as tx:
        oldest = [o.number for o in tx.orders.page()]
        newest = [o.number for o in tx.orders.page(newest_first=True, limit=2)]
        assert [o.number for o in tx.orders.page(project_id=2)] == [made[2].number]
        assert tx.orders.count() == 3 and tx.orders.count(status=OrderStatus.PAID) == 0
        assert [o.number for o in tx.orders.page(limit=1, offset=1)] == ["PO-2026-00002"]
    assert oldest == ["PO-2026-00001", "PO-2026-00002", "PO-2027-00001"]
    assert newest == ["PO-2027-00001", "PO-2026-00002"]


@pytest.mark.sqlite_only  # SQLite's own SQL, triggers or file
def test_an_order_is_paid_or_cancelled_once(ledger: SqliteLedger) -> None:
    paid, cancelled = _order(ledger), _order(ledger)
    lot = add_lot(ledger, expires_on=DAY + timedelta(days=400), total="100")
    with ledger.write() as tx:
        tx.orders.mark_paid(paid.number, DAY, lot.id)
        tx.orders.mark_cancelled(cancelled.number, DAY)
        tx.orders.mark_cancelled(paid.number, DAY)  # no longer pending: no effect
        tx.orders.set_pdf(paid.number, "/tmp/po.pdf")
    with ledger.read() as tx:
        now_paid, now_cancelled = tx.orders.get(paid.number), tx.orders.get(cancelled.number)
        assert tx.orders.count(status=OrderStatus.PENDING) == 0
    assert now_paid is not None and now_cancelled is not None
    assert (now_paid.status, now_paid.paid_on, now_paid.pdf) == (OrderStatus.PAID, DAY,
                                                                 "/tmp/po.pdf")  # fmt: skip
    assert (now_cancelled.status, now_cancelled.cancelled_on) == (OrderStatus.CANCELLED, DAY)
    with pytest.raises(Bug, match="cannot change"), ledger.write() as tx:
        tx.session.run("UPDATE orders SET status = 'pending' WHERE number = ?", (paid.number,))
    with pytest.raises(Bug, match="kept"), ledger.write() as tx:
        tx.session.run("DELETE FROM orders WHERE number = ?", (cancelled.number,))
