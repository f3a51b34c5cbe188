"""What the user confirmed is what is written: a write given the figures the user saw
re-computes them inside its transaction and refuses, changing nothing, if they differ."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.domain.model import Account, Invoice, InvoiceLine
from desktop_app.services import accounts, invoices, orders, projects, vouchers
from desktop_app.services.desk import Desk, update_settings

from .conftest import TODAY, refused

D = Decimal
LINES = (InvoiceLine("compute", D("80")), InvoiceLine("storage", D("30")))


def _account(desk: Desk) -> None:
    """A project with a voucher (100, all products), a card and a loyalty balance."""
    projects.add_project(desk, "Web")
    projects.add_project(desk, "Data")
    accounts.add_payment_method(desk, "card", "Visa 4242")
    accounts.top_up(desk, Account.LOYALTY, "5")
    code = vouchers.issue_vouchers(desk, "100", TODAY + timedelta(days=60))[0].code
    vouchers.redeem_voucher(desk, code, "Web")


def _simulated(desk: Desk) -> Invoice:
    return invoices.simulate_invoice(desk, "Web", TODAY, LINES)


def _post(desk: Desk, draft: Invoice) -> Invoice:
    return invoices.post_invoice(desk, "Web", draft.date, draft.lines, expected=draft)


def test_posting_the_simulated_invoice_writes_exactly_it(desk: Desk) -> None:
    _account(desk)
    draft = _simulated(desk)
    posted = _post(desk, draft)
    assert posted.number
    assert replace(posted, number=None) == draft


def test_another_invoice_using_the_lot_meanwhile_is_refused(desk: Desk) -> None:
    _account(desk)
    draft = _simulated(desk)
    assert draft.payment.amount_ht == D("5")  # 100 voucher + 5 loyalty, 5 left to the card
    with Desk.open(desk.shown, TODAY) as other:  # another program, same ledger
        invoices.post_invoice(other, "Web", TODAY, [InvoiceLine("compute", D("40"))])
    refused(desk, "invoice.changed", lambda: _post(desk, draft))


@pytest.mark.parametrize(
    "meanwhile",
    [
        pytest.param(lambda d: accounts.top_up(d, Account.LOYALTY, "10"), id="top-up"),
        pytest.param(lambda d: update_settings(d, {"vat_rate": "5.5"}), id="vat-rate"),
        pytest.param(
            lambda d: accounts.add_payment_method(d, "sepa", "SEPA FR76", default=True),
            id="default-payment-method",
        ),
    ],
)
def test_any_change_to_the_result_between_simulate_and_post_is_refused(
    desk: Desk, meanwhile: Callable[[Desk], Any]
) -> None:
    _account(desk)
    draft = _simulated(desk)
    meanwhile(desk)
    refused(desk, "invoice.changed", lambda: _post(desk, draft))
    again = _simulated(desk)  # simulated again, it posts
    assert _post(desk, again).number


def test_a_draft_for_other_lines_a_date_or_a_project_is_refused(desk: Desk) -> None:
    _account(desk)
    draft = _simulated(desk)
    other_lines = [InvoiceLine("compute", D("81")), LINES[1]]
    refused(
        desk,
        "invoice.changed",
        lambda: invoices.post_invoice(desk, "Web", TODAY, other_lines, expected=draft),
    )
    yesterday = TODAY - timedelta(days=1)
    refused(
        desk,
        "invoice.changed",
        lambda: invoices.post_invoice(desk, "Web", yesterday, LINES, expected=draft),
    )
    refused(
        desk,
        "invoice.changed",
        lambda: invoices.post_invoice(desk, "Data", TODAY, LINES, expected=draft),
    )


def test_without_a_draft_post_works_as_before(desk: Desk) -> None:
    _account(desk)
    assert invoices.post_invoice(desk, "Web", TODAY, LINES).number


AMOUNTS = st.decimals(min_value=D("0.01"), max_value=D("300"), places=2)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    lines=st.lists(
        st.tuples(st.sampled_from(["compute", "storage", "ai"]), AMOUNTS), min_size=1, max_size=4
    ),
    launchpad=st.sampled_from(["0", "3.50", "40"]),
)
def test_property_an_unchanged_ledger_posts_exactly_the_simulation(
    lines: list[tuple[str, Decimal]], launchpad: str
) -> None:
    with (
        tempfile.TemporaryDirectory() as folder,
        Desk.open(Path(folder) / "ledger.sqlite3", TODAY) as desk,
    ):
        _account(desk)
        if launchpad != "0":
            accounts.top_up(desk, Account.DIGITAL_LAUNCHPAD, launchpad)
        typed = [InvoiceLine(p, a) for p, a in lines]
        draft = invoices.simulate_invoice(desk, "Web", TODAY, typed)
        posted = invoices.post_invoice(desk, "Web", TODAY, draft.lines, expected=draft)
        assert replace(posted, number=None) == draft


# -- buying credit: the VAT rate the dialog showed --------------------------------------------


def test_buying_credit_at_the_rate_shown(desk: Desk) -> None:
    projects.add_project(desk, "Web")
    order = orders.buy_credit(desk, "Web", D("100"), vat_rate=D("20.00"))
    assert (order.vat_rate, order.amount_ttc) == (D("20.00"), D("120.00"))


def test_buying_credit_refuses_when_the_rate_changed_since_shown(desk: Desk) -> None:
    projects.add_project(desk, "Web")
    shown = desk.vat_rate()
    with Desk.open(desk.shown, TODAY) as other:
        update_settings(other, {"vat_rate": "5.5"})
    error = refused(
        desk,
        "order.vat_changed",
        lambda: orders.buy_credit(desk, "Web", D("100"), vat_rate=shown),
    )
    assert error.params == {"shown": "20.00", "rate": "5.50"}
    assert orders.buy_credit(desk, "Web", D("100"), vat_rate=D("5.5")).vat_rate == D("5.50")
