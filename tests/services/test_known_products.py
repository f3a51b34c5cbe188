"""The product names an invoice line is completed from: those the ledger's invoices used."""

from __future__ import annotations

from decimal import Decimal

from desktop_app.domain.model import InvoiceLine
from desktop_app.services import accounts, invoices, projects
from desktop_app.services.desk import Desk

from .conftest import TODAY


def test_known_products_most_used_first(desk: Desk) -> None:
    assert invoices.known_products(desk) == []
    projects.add_project(desk, "Web")
    accounts.add_payment_method(desk, "card", "Visa 4242")
    for lines in (["storage", "compute"], ["compute", "ai"], ["compute"]):
        invoices.post_invoice(desk, "Web", TODAY, [InvoiceLine(p, Decimal("1")) for p in lines])
    invoices.simulate_invoice(desk, "Web", TODAY, [InvoiceLine("never-posted", Decimal("1"))])
    assert invoices.known_products(desk) == ["compute", "ai", "storage"]
