"""Random histories written to a real ledger through the services (orders paid, vouchers
redeemed, account top-ups, invoices posted and reversed, days passing), for the books'
property tests: the same use cases the command line and the window run."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from hypothesis import strategies as st

from desktop_app.domain.errors import DomainError
from desktop_app.domain.model import Account, InvoiceLine
from desktop_app.domain.money import from_cents
from desktop_app.services import accounts, invoices, orders, projects, vouchers
from desktop_app.services.books import reversal
from desktop_app.services.desk import Desk

START = date(2025, 1, 6)
PRODUCTS = ("compute", "storage", "ai")
money = st.integers(min_value=1, max_value=40_000).map(from_cents)


@dataclass(frozen=True)
class Step:
    what: str
    gap: int  # days after the previous step
    project: int
    amount: Decimal
    extra: int
    lines: tuple[tuple[str, Decimal], ...] = ()


steps = st.builds(
    Step,
    st.sampled_from(("order", "order", "voucher", "top_up", "invoice", "invoice", "reverse")),
    st.integers(0, 70),
    st.integers(1, 2),
    money,
    st.integers(1, 200),
    st.lists(st.tuples(st.sampled_from(PRODUCTS), money), min_size=1, max_size=3).map(tuple),
)
histories = st.lists(steps, max_size=14)


def new_ledger(desk: Desk) -> None:
    on = desk.on_day(START)
    projects.add_project(on, "Web")
    projects.add_project(on, "Data")
    accounts.add_payment_method(on, "card", "Visa")


def play(desk: Desk, history: list[Step]) -> date:
    """Each step on its day (``Desk.on_day``: the program's calendar day); refusals that a
    random step may meet (an invoice dated before an expiry...) are skipped, as a user
    would be refused. Returns the last day."""
    day = START
    for step in history:
        day += timedelta(days=step.gap)
        with contextlib.suppress(DomainError):
            _run(desk.on_day(day), step, day)
    return day


def _run(desk: Desk, step: Step, day: date) -> None:
    if step.what == "order":
        order = orders.buy_credit(desk, step.project, step.amount)
        orders.pay_order(desk, order.number)
    elif step.what == "voucher":
        (code,) = vouchers.issue_vouchers(desk, step.amount, day + timedelta(days=step.extra))
        vouchers.redeem_voucher(desk, code.code, step.project)
    elif step.what == "top_up":
        account = Account.LOYALTY if step.extra % 2 else Account.DIGITAL_LAUNCHPAD
        accounts.top_up(desk, account, step.amount)
    elif step.what == "invoice":
        lines = [InvoiceLine(p, a) for p, a in step.lines]
        invoices.post_invoice(desk, step.project, day, lines)
    else:
        posted = [i for i, by in reversal.list_invoices(desk) if by is None]
        if posted:
            reversal.reverse_invoice(desk, posted[step.extra % len(posted)].number)
