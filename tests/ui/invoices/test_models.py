"""A simulation's result table."""

from __future__ import annotations

from decimal import Decimal

from desktop_app.domain.model import InvoiceLine, LotKind
from desktop_app.services import invoices, listing
from desktop_app.ui.invoices.models import WaterfallModel


def test_waterfall_model(qtmodeltester, demo_desk) -> None:  # type: ignore[no-untyped-def]
    project = demo_desk.project("ML training")
    invoice = invoices.simulate_invoice(
        demo_desk, project.id, demo_desk.today, [InvoiceLine("compute", Decimal("5000.00"))]
    )
    model = WaterfallModel()
    pay = invoice.payment
    model.set_result(invoice.allocations, pay.label, (pay.amount_ht, pay.vat, pay.amount_ttc))
    qtmodeltester.check(model)
    assert model.rowCount() == len(invoice.allocations) + 1
    assert any(a.source.value == "voucher" for a in invoice.allocations) or all(
        lot.kind is LotKind.CREDIT for lot in listing.list_credits(demo_desk, project.id)
    )
