"""Every table model passes Qt's model tester; sorting and filtering re-query the ledger."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt

from desktop_app.domain.model import InvoiceLine, LotKind, MovementKind, OrderStatus
from desktop_app.services import invoices, listing
from desktop_app.ui.models import (
    ROW_ROLE,
    InvoiceLinesModel,
    LotModel,
    MovementFilter,
    MovementModel,
    OrderModel,
    PaymentMethodModel,
    ProjectModel,
    WaterfallModel,
)


def _project_id(desk, name: str) -> int:  # type: ignore[no-untyped-def]
    return desk.project(name).id


def test_project_model(qtmodeltester, demo_desk) -> None:  # type: ignore[no-untyped-def]
    model = ProjectModel(demo_desk)
    model.reload()
    qtmodeltester.check(model)
    assert model.rowCount() == 4
    assert model.data(model.index(0, 1), Qt.ItemDataRole.TextAlignmentRole) & int(
        Qt.AlignmentFlag.AlignRight
    )


def test_lot_model_pages_sorts_and_searches(qtmodeltester, demo_desk) -> None:  # type: ignore[no-untyped-def]
    # Qt's tester fetches more from inside its modelReset handler, so each model is checked
    # once, in its final state, rather than across resets.
    project_id = _project_id(demo_desk, "Production web")
    model = LotModel(demo_desk)
    model.PAGE = 2
    model.set_filter(project_id=project_id, include_all=True)
    total = model.total()
    assert total >= 3
    assert model.rowCount() == 2  # one page until the view asks for more
    assert model.canFetchMore()
    model.fetch_all()
    assert model.rowCount() == total
    model.sort(6, Qt.SortOrder.DescendingOrder)  # available, re-queried by SQL
    model.fetch_all()
    available = [lot.available for lot in model.rows()]
    assert available == sorted(available, reverse=True)
    model.set_filter(search="PO-2025")
    assert model.rows()
    assert all("PO-2025" in lot.reference for lot in model.rows())

    checked = LotModel(demo_desk)
    checked.PAGE = 2
    checked.set_filter(project_id=project_id, include_all=True)
    qtmodeltester.check(checked)
    assert checked.rowCount() == total


def test_lot_model_highlights_lots_expiring_within_30_days(demo_desk) -> None:  # type: ignore[no-untyped-def]
    model = LotModel(demo_desk)
    soon = listing.expiry_alerts(demo_desk, 30)
    assert soon, "the demo has a lot expiring soon"
    lot = soon[0]
    model.set_filter(project_id=lot.project_id)
    row = model.row_of_lot(lot.id)
    assert row >= 0
    assert model.data(model.index(row, 0), Qt.ItemDataRole.BackgroundRole) is not None
    assert model.data(model.index(row, 0), ROW_ROLE).id == lot.id


def test_order_model(qtmodeltester, demo_desk) -> None:  # type: ignore[no-untyped-def]
    model = OrderModel(demo_desk)
    model.status = OrderStatus.PENDING
    model.reload()
    qtmodeltester.check(model)
    assert model.rowCount() == 1
    assert model.row_object(0).status is OrderStatus.PENDING


def test_movement_model_filters(qtmodeltester, demo_desk) -> None:  # type: ignore[no-untyped-def]
    model = MovementModel(demo_desk)
    model.PAGE = 10
    model.set_filter(MovementFilter(kinds=(MovementKind.EXPIRE,)))
    assert all(m.kind is MovementKind.EXPIRE for m in model.rows())
    model.set_filter(MovementFilter(newest_first=False))
    model.fetch_all()
    dates = [m.date for m in model.rows()]
    assert model.rowCount() == model.total() > 10
    assert dates[0] <= dates[-1]
    qtmodeltester.check(model)


def test_payment_method_model(qtmodeltester, demo_desk) -> None:  # type: ignore[no-untyped-def]
    model = PaymentMethodModel(demo_desk)
    model.reload()
    qtmodeltester.check(model)
    assert model.rowCount() == 2


def test_invoice_lines_model(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = InvoiceLinesModel()
    model.add_line("storage", "12,50")
    qtmodeltester.check(model)
    assert model.setData(model.index(0, 1), "100")
    assert model.lines() == [
        InvoiceLine("compute", Decimal("100.00")),
        InvoiceLine("storage", Decimal("12.50")),
    ]


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
