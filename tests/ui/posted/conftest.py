"""A ledger with posted invoices on two projects, one of them reversed by a credit note."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from desktop_app.domain.model import InvoiceLine
from desktop_app.services import invoices, orders, vouchers
from desktop_app.services.books import reversal
from desktop_app.services.desk import Desk
from desktop_app.services.projects import add_project

D = Decimal


@pytest.fixture
def posted(desk: Desk) -> Desk:
    """Production web: 500 of credit (PO-2026-00001), a 50 voucher; INV-2026-00001 (120, on
    2026-10-10: the voucher 50, credit 70) reversed by CN-2026-00001 on 2026-10-12, then
    INV-2026-00003 (30, 2026-11-20). Data lake: 200 of credit, INV-2026-00002 (80, 2026-11-05)."""
    add_project(desk, "Data lake")
    early = desk.on_day(date(2026, 10, 1))
    for project, amount in (("Production web", "500"), ("Data lake", "200")):
        order = orders.buy_credit(early, project, D(amount))
        orders.pay_order(early, order.number)
    (code,) = vouchers.issue_vouchers(early, "50", date(2027, 3, 31), campaign="Spring")
    vouchers.redeem_voucher(early, code.code, "Production web")
    for day, project, amount in ((date(2026, 10, 10), "Production web", "120"),
                                 (date(2026, 11, 5), "Data lake", "80"),
                                 (date(2026, 11, 20), "Production web", "30")):  # fmt: skip
        invoices.post_invoice(desk.on_day(day), project, day, [InvoiceLine("compute", D(amount))])
        if amount == "120":
            reversal.reverse_invoice(desk.on_day(date(2026, 10, 12)), "INV-2026-00001")
    return desk
