"""Domain rule 13: an "as of" date other than today is a view, not a licence to write."""

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest

from desktop_app.domain.errors import DomainError
from desktop_app.domain.model import Account, InvoiceLine
from desktop_app.services import accounts, invoices, orders, projects, vouchers
from desktop_app.services.desk import Desk
from desktop_app.services.expiry import expire
from tests.helpers.pg import dump_any

from .conftest import TODAY

WRITES: dict[str, Callable[[Desk], Any]] = {
    "buy": lambda d: orders.buy_credit(d, "Web", "100"),
    "pay": lambda d: orders.pay_order(d, "PO-2026-00001"),
    "cancel": lambda d: orders.cancel_order(d, "PO-2026-00001"),
    "redeem": lambda d: vouchers.redeem_voucher(d, "0000-0000-0000", "Web"),
    "issue": lambda d: vouchers.issue_vouchers(d, "10", TODAY + timedelta(days=90)),
    "post": lambda d: invoices.post_invoice(d, "Web", d.today, [InvoiceLine("compute", 1)]),
    "top_up": lambda d: accounts.top_up(d, Account.LOYALTY, "10"),
    "payment_method": lambda d: accounts.add_payment_method(d, "card", "Visa"),
    "project": lambda d: projects.add_project(d, "Other"),
    "expire": expire,
}


@pytest.mark.parametrize("name", sorted(WRITES))
@pytest.mark.parametrize("shift", [-1, 1])
def test_every_write_is_refused_while_as_of_is_not_today(desk: Desk, name: str, shift: int) -> None:
    projects.add_project(desk, "Web")
    orders.buy_credit(desk, "Web", "50")
    assert desk.writable
    desk = desk.with_today(TODAY + timedelta(days=shift))
    assert not desk.writable
    before = dump_any(desk.shown)
    with pytest.raises(DomainError) as caught:
        WRITES[name](desk)
    assert caught.value.code == "ledger.view_only"
    assert caught.value.params == {
        "as_of": desk.today.isoformat(),
        "today": TODAY.isoformat(),
    }
    assert dump_any(desk.shown) == before


def test_back_to_today_writes_again(desk: Desk) -> None:
    projects.add_project(desk, "Web")
    desk = desk.with_today(TODAY + timedelta(days=3))
    desk = desk.with_today(TODAY)
    assert desk.writable
    assert orders.buy_credit(desk, "Web", "50").number == "PO-2026-00001"


def test_replaying_history_moves_the_calendar_too(desk: Desk) -> None:
    """``on_day`` (the demo replaying a year) is a different calendar day, not a view."""
    projects.add_project(desk, "Web")
    then = desk.on_day(TODAY - timedelta(days=40))
    assert then.writable
    order = orders.buy_credit(then, "Web", "50")
    assert order.created_on == TODAY - timedelta(days=40)
    assert desk.today == TODAY and desk.writable


def test_an_orders_pdf_can_be_read_on_a_view_date(desk: Desk) -> None:
    """Opening an order's PDF is reading: on a view date it is written where asked, and the
    ledger (which records the default copy's path only on a writable day) is left as it is."""
    projects.add_project(desk, "Web")
    blocker = desk.orders_dir()
    blocker.parent.mkdir(parents=True, exist_ok=True)
    blocker.write_text("not a folder")  # the PDF cannot be written: the order has none
    number = orders.buy_credit(desk, "Web", "50").number
    assert orders.get_order(desk, number).pdf is None
    blocker.unlink()
    desk = desk.with_today(TODAY + timedelta(days=1))
    before = dump_any(desk.shown)
    path = orders.write_order_pdf(desk, number)
    assert path.read_bytes().startswith(b"%PDF")
    assert dump_any(desk.shown) == before
    desk = desk.with_today(TODAY)
    orders.write_order_pdf(desk, number)
    assert orders.get_order(desk, number).pdf == str(path)  # recorded on a writable day
