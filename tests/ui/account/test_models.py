"""The payment methods table."""

from __future__ import annotations

from desktop_app.ui.account.models import PaymentMethodModel


def test_payment_method_model(qtmodeltester, demo_desk) -> None:  # type: ignore[no-untyped-def]
    model = PaymentMethodModel(demo_desk)
    model.reload()
    qtmodeltester.check(model)
    assert model.rowCount() == 2
