"""Every write first records what expired up to today, in its own transaction (README,
"Decisions"); a refused write rolls those records back with everything else. And, with that
in place, a back-dated invoice meets the same expiries whichever command ran before it
(domain rule 18: an invoice dated before an expiry already recorded for its project is
refused)."""

from __future__ import annotations

import io
import sqlite3
from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from desktop_app.domain.codes import new_code
from desktop_app.domain.errors import DomainError
from desktop_app.domain.model import Account, CreditLot, InvoiceLine, MovementKind, Source
from desktop_app.services import accounts, invoices, orders, projects, vouchers
from desktop_app.services.desk import Desk, update_settings
from desktop_app.services.expiry import expire
from desktop_app.storage.queries import MovementQuery
from tests.helpers.ledger import backend, peek
from tests.helpers.pg import dump_any

from .conftest import TODAY

D = Decimal
#: The day the history below was written: the voucher's lot expires on ``EXPIRES``, before
#: ``TODAY``, with 45.00 left, and no command has run since to record it.
BEFORE = date(2026, 10, 1)
EXPIRES = date(2026, 11, 1)
LATER = date(2027, 6, 30)


@pytest.fixture
def expired_lot(desk: Desk) -> Iterator[CreditLot]:
    """A ledger whose only lot has expired (45.00 left) without a command recording it."""
    then = desk.on_day(BEFORE)
    projects.add_project(then, "Web")
    accounts.add_payment_method(then, "card", "Visa")
    code = vouchers.issue_vouchers(then, "100", EXPIRES)[0].code
    lot = vouchers.redeem_voucher(then, code, "Web")
    invoices.post_invoice(then, "Web", BEFORE, [InvoiceLine("compute", D("55"))])
    orders.buy_credit(then, "Web", "10")  # PO-2026-00001, pending
    orders.buy_credit(then, "Web", "10")  # PO-2026-00002, pending
    paid = orders.buy_credit(then, "Web", "10").number  # PO-2026-00003, paid
    orders.pay_order(then, paid)
    vouchers.issue_vouchers(then, "20", LATER)
    assert peek(desk).movements.count(MovementQuery(kinds=tuple([MovementKind.EXPIRE]))) == 0
    yield lot


def _fresh_code(desk: Desk) -> str:
    row = (
        backend(desk)
        .conn.execute(
            "SELECT code FROM vouchers WHERE redeemed_on IS NULL AND expires_on > ?",
            (TODAY.isoformat(),),
        )
        .fetchone()
    )
    return str(row[0])


WRITES: dict[str, Callable[[Desk], Any]] = {
    "credit buy": lambda d: orders.buy_credit(d, "Web", "100"),
    "order pay": lambda d: orders.pay_order(d, "PO-2026-00001"),
    "order cancel": lambda d: orders.cancel_order(d, "PO-2026-00002"),
    "voucher issue": lambda d: vouchers.issue_vouchers(d, "10", LATER),
    "voucher import": lambda d: vouchers.import_vouchers(d, io.StringIO(f"{new_code()},5,{LATER}")),
    "voucher redeem": lambda d: vouchers.redeem_voucher(d, _fresh_code(d), "Web"),
    "invoice post": lambda d: invoices.post_invoice(d, "Web", TODAY, [InvoiceLine("ai", D(1))]),
    "top-up": lambda d: accounts.top_up(d, Account.LOYALTY, "10"),
    "payment method add": lambda d: accounts.add_payment_method(d, "sepa", "Bank"),
    "payment method default": lambda d: accounts.set_default_payment_method(d, 1),
    "project add": lambda d: projects.add_project(d, "Other"),
    "project rename": lambda d: projects.rename_project(d, "Web", "Web shop"),
    "project archive": lambda d: projects.archive_project(d, "Web"),
    "settings": lambda d: update_settings(d, {"seller.name": "Nuage"}),
    "expire": expire,
}


@pytest.mark.sqlite_only  # SQLite's file, its raw SQL or its own backups
@pytest.mark.parametrize("name", sorted(WRITES))
def test_every_write_first_records_what_expired(
    desk: Desk, expired_lot: CreditLot, name: str
) -> None:
    before = dump_any(desk.shown)
    WRITES[name](desk)
    assert dump_any(desk.shown) != before
    expiries = peek(desk).movements.page(MovementQuery(kinds=tuple([MovementKind.EXPIRE])))
    assert [(m.date, m.amount, m.lot_id) for m in expiries] == [
        (EXPIRES, D("-45.00"), expired_lot.id)
    ]
    lot = peek(desk).lots.get(expired_lot.id)
    assert lot is not None and (lot.expired, lot.available) == (D("45.00"), D(0))


@pytest.mark.sqlite_only  # SQLite's file, its raw SQL or its own backups
def test_order_pdf_rewrite_records_expiries_too(desk: Desk, expired_lot: CreditLot) -> None:
    """`order pdf` writes to the ledger only when the stored path changes: then it records."""
    conn = sqlite3.connect(desk.path)
    with conn:
        conn.execute("UPDATE orders SET pdf = NULL WHERE number = 'PO-2026-00001'")
    conn.close()
    orders.write_order_pdf(desk, "PO-2026-00001")
    assert peek(desk).movements.count(MovementQuery(kinds=tuple([MovementKind.EXPIRE]))) == 1


REFUSALS: dict[str, tuple[str, Callable[[Desk], Any]]] = {
    "buy on an unknown project": ("project.unknown", lambda d: orders.buy_credit(d, "X", "1")),
    "pay a paid order": ("order.already_paid", lambda d: orders.pay_order(d, "PO-2026-00003")),
    "cancel a paid order": (
        "order.paid_cannot_cancel",
        lambda d: orders.cancel_order(d, "PO-2026-00003"),
    ),
    "pay an unknown order": ("order.unknown", lambda d: orders.pay_order(d, "PO-2026-00042")),
    "redeem a used code": (
        "voucher.already_used",
        lambda d: vouchers.redeem_voucher(d, expired_reference(d), "Web"),
    ),
    "post before the last invoice": (
        "invoice.backdated",
        lambda d: invoices.post_invoice(d, "Web", date(2026, 9, 30), [InvoiceLine("ai", D(1))]),
    ),
    "post before a recorded expiry": (
        "invoice.before_expiry",
        lambda d: invoices.post_invoice(d, "Web", date(2026, 10, 15), [InvoiceLine("ai", D(1))]),
    ),
    "add a duplicate project": ("project.duplicate", lambda d: projects.add_project(d, "web")),
    "unknown default method": (
        "payment_method.unknown",
        lambda d: accounts.set_default_payment_method(d, 99),
    ),
}


def expired_reference(desk: Desk) -> str:
    row = backend(desk).conn.execute("SELECT reference FROM lots WHERE kind = 'voucher'").fetchone()
    return str(row[0])


@pytest.mark.sqlite_only  # SQLite's file, its raw SQL or its own backups
@pytest.mark.parametrize("name", sorted(REFUSALS))
def test_a_refused_write_rolls_back_the_expiries_it_recorded(
    desk: Desk, expired_lot: CreditLot, name: str
) -> None:
    code, action = REFUSALS[name]
    before = dump_any(desk.shown)
    with pytest.raises(DomainError) as caught:
        action(desk)
    assert caught.value.code == code
    assert dump_any(desk.shown) == before, "a refusal changed the ledger"
    assert peek(desk).movements.count(MovementQuery(kinds=tuple([MovementKind.EXPIRE]))) == 0
    expire(desk)  # the expiry is still there to record: the refusal only rolled it back
    assert peek(desk).movements.count(MovementQuery(kinds=tuple([MovementKind.EXPIRE]))) == 1


# -- a back-dated invoice meets the same expiries whatever ran before it ------------------------

#: Commands that have nothing to do with the invoice: none of them may change its outcome.
UNRELATED: dict[str, Callable[[Desk], Any]] = {
    "nothing": lambda d: None,
    "project add": lambda d: projects.add_project(d, "Other"),
    "credit buy": lambda d: orders.buy_credit(d, "Web", "10"),
    "voucher issue": lambda d: vouchers.issue_vouchers(d, "10", LATER),
    "settings": lambda d: update_settings(d, {"buyer.name": "Durand"}),
    "expire": expire,
}


def _outcome(desk: Desk, on: date) -> tuple[str, Any]:
    lines = [InvoiceLine("compute", D("30"))]
    before = dump_any(desk.shown)
    try:
        posted = invoices.post_invoice(desk, "Web", on, lines)
    except DomainError as error:
        assert dump_any(desk.shown) == before, "a refusal changed the ledger"
        return error.code, error.params
    return "posted", [(a.source, a.reference, a.amount) for a in posted.allocations]


@pytest.mark.parametrize("unrelated", sorted(UNRELATED))
@pytest.mark.parametrize(
    ("on", "expected"),
    [
        (
            date(2026, 10, 15),
            (
                "invoice.before_expiry",
                {"date": "2026-10-15", "expiry": "2026-11-01", "project": "Web"},
            ),
        ),
        (date(2026, 10, 31), ("invoice.before_expiry", None)),
        # The voucher is not usable on its expiry day: the paid order's credit pays.
        (EXPIRES, ("posted", [(Source.CREDIT, "PO-2026-00003", D("10.00"))])),
        (TODAY, ("posted", [(Source.CREDIT, "PO-2026-00003", D("10.00"))])),
    ],
)
def test_a_backdated_invoice_has_one_outcome_whatever_ran_before(
    desk: Desk,
    expired_lot: CreditLot,
    unrelated: str,
    on: date,
    expected: tuple[str, Any],
) -> None:
    UNRELATED[unrelated](desk)
    code, detail = _outcome(desk, on)
    assert code == expected[0]
    if expected[1] is not None:
        assert detail == expected[1]


def test_an_expiry_recorded_on_another_project_does_not_refuse(
    desk: Desk, expired_lot: CreditLot
) -> None:
    then = desk.on_day(BEFORE)
    projects.add_project(then, "Data")
    expire(desk)
    posted = invoices.post_invoice(desk, "Data", date(2026, 10, 15), [InvoiceLine("ai", D(1))])
    assert posted.number is not None


def test_a_lot_used_up_before_its_expiry_records_nothing_and_refuses_nothing(
    desk: Desk,
) -> None:
    then = desk.on_day(BEFORE)
    projects.add_project(then, "Web")
    code = vouchers.issue_vouchers(then, "10", EXPIRES)[0].code
    vouchers.redeem_voucher(then, code, "Web")
    invoices.post_invoice(then, "Web", BEFORE, [InvoiceLine("compute", D("10"))])
    assert expire(desk) == []
    posted = invoices.post_invoice(desk, "Web", date(2026, 10, 15), [InvoiceLine("ai", D(1))])
    assert posted.number is not None


@pytest.mark.parametrize("on", [date(2026, 10, 15), date(2026, 10, 31), EXPIRES, TODAY])
def test_a_simulation_gives_the_outcome_the_post_will_have(
    desk: Desk, expired_lot: CreditLot, on: date
) -> None:
    lines = [InvoiceLine("compute", D("30"))]
    before = dump_any(desk.shown)
    try:
        simulated: Any = invoices.simulate_invoice(desk, "Web", on, lines).allocations
    except DomainError as error:
        simulated = error.code
    assert dump_any(desk.shown) == before, "a simulation wrote to the ledger"
    code, detail = _outcome(desk, on)
    assert simulated == (code if code != "posted" else simulated)
    if code == "posted":
        assert [(a.source, a.reference, a.amount) for a in simulated] == detail
