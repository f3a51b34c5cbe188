"""The split chart of a simulation: each source's share, drawn and listed."""

from __future__ import annotations

from decimal import Decimal

from desktop_app.domain.model import (
    Allocation,
    Invoice,
    InvoiceLine,
    PaymentDue,
    Source,
)
from desktop_app.ui import i18n
from desktop_app.ui.invoices.split_chart import PAYMENT, split_of
from tests.ui.conftest import TODAY
from tests.ui.invoices.simulations import simulate_ml


def test_split_of_an_invoice_sums_each_source() -> None:
    invoice = Invoice(
        project_id=1,
        date=TODAY,
        lines=(InvoiceLine("compute", Decimal("200.00")),),
        allocations=(
            Allocation(Source.VOUCHER, "A", 1, Decimal("20.00")),
            Allocation(Source.VOUCHER, "B", 2, Decimal("30.00")),
            Allocation(Source.LOYALTY, "loyalty", None, Decimal("50.00")),
        ),
        payment=PaymentDue("Card", Decimal("100.00"), Decimal("20.00")),
        vat_rate=Decimal("20.00"),
    )
    shares = split_of(invoice)
    assert [(s.key, s.amount, s.percent) for s in shares] == [
        (Source.VOUCHER.value, Decimal("50.00"), Decimal("25.0")),
        (Source.LOYALTY.value, Decimal("50.00"), Decimal("25.0")),
        (PAYMENT, Decimal("100.00"), Decimal("50.0")),
    ]


def test_simulation_shows_a_chart_of_the_split(qtbot, demo_window, demo_desk) -> None:  # type: ignore[no-untyped-def]
    view, invoice = simulate_ml(demo_window, demo_desk)
    labels = view.chart.labels()
    assert len(labels) == len(split_of(invoice))
    assert any(label.startswith("Voucher: €") for label in labels)
    assert labels[-1].startswith(f"Payment method: {i18n.money(invoice.payment.amount_ht)}")
    legend = view.chart.legend.text()
    assert "Digital LaunchPad" in legend and i18n.money(invoice.payment.amount_ht) in legend
    view.clear_result()
    assert view.chart.labels() == []
    assert not view.chart.legend.isVisible()
