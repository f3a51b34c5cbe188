"""The purchase orders table."""

from __future__ import annotations

from desktop_app.domain.model import OrderStatus
from desktop_app.ui.orders.models import OrderModel


def test_order_model(qtmodeltester, demo_desk) -> None:  # type: ignore[no-untyped-def]
    model = OrderModel(demo_desk)
    model.status = OrderStatus.PENDING
    model.reload()
    qtmodeltester.check(model)
    assert model.rowCount() == 1
    assert model.row_object(0).status is OrderStatus.PENDING
