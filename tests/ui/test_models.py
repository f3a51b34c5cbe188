"""Every table model passes Qt's model tester; sorting and filtering re-query the ledger."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QModelIndex, Qt

from desktop_app.domain.model import InvoiceLine, LotKind, MovementKind, OrderStatus
from desktop_app.services import invoices, listing
from desktop_app.ui.account.models import PaymentMethodModel
from desktop_app.ui.credits.models import LotModel
from desktop_app.ui.history.models import MovementFilter, MovementModel
from desktop_app.ui.invoices.models import WaterfallModel
from desktop_app.ui.orders.models import OrderModel
from desktop_app.ui.projects.models import ProjectModel
from desktop_app.ui.tables.base import ROW_ROLE
from desktop_app.ui.tables.lines import InvoiceLinesModel


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
    # Qt's tester reads rows from inside its modelReset handler, so each model is checked
    # once, in its final state, rather than across resets.
    project_id = _project_id(demo_desk, "Production web")
    model = LotModel(demo_desk)
    model.PAGE = 2
    model.set_filter(project_id=project_id, include_all=True)
    total = model.total()
    assert total >= 3
    assert model.rowCount() == total  # the scroll bar knows the size at once
    assert model.loaded_rows() == 0  # nothing read until shown
    assert not model.canFetchMore(QModelIndex())
    model.index(0, 0).data()
    assert model.loaded_rows() == 2  # one page
    model.sort(6, Qt.SortOrder.DescendingOrder)  # available, re-queried by SQL
    available = [lot.available for lot in model.rows()]
    assert len(available) == total
    assert available == sorted(available, reverse=True)
    model.set_filter(search="PO-2025")
    assert model.rows()
    assert all("PO-2025" in lot.reference for lot in model.rows())

    checked = LotModel(demo_desk)
    checked.PAGE = 2
    checked.set_filter(project_id=project_id, include_all=True)
    qtmodeltester.check(checked)
    assert checked.rowCount() == total


def test_pages_past_the_middle_are_read_in_reverse_and_agree(demo_desk) -> None:  # type: ignore[no-untyped-def]
    """The last page is the first page of the opposite order, reversed: same rows, same order."""
    straight = LotModel(demo_desk)
    straight.all_projects = True
    straight.PAGE = 1000
    straight.set_filter(include_all=True)
    expected = [lot.id for lot in straight.rows()]
    assert len(expected) > 6
    for column in range(len(LotModel.SORT_KEYS)):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            big = LotModel(demo_desk)
            big.all_projects = True
            big.PAGE = 1000
            big.include_all = True
            big.sort(column, order)
            paged = LotModel(demo_desk)
            paged.all_projects = True
            paged.PAGE = 3
            paged.include_all = True
            paged.sort(column, order)
            assert [lot.id for lot in paged.rows()] == [lot.id for lot in big.rows()]
    assert sorted(expected) == sorted(lot.id for lot in paged.rows())


def test_a_model_keeps_a_bounded_number_of_pages(demo_desk) -> None:  # type: ignore[no-untyped-def]
    model = MovementModel(demo_desk)
    model.PAGE, model.MAX_PAGES = 2, 3
    model.reload()
    assert model.total() > 12
    rows = model.rows()
    assert len(rows) == model.total()
    assert model.loaded_rows() <= 6
    last = model.row_object(model.total() - 1)
    assert last == rows[-1]
    assert model.find_row(lambda m: m.id == rows[5].id) == 5
    model.reload()  # as after a refresh: nothing in memory; the old position is tried first
    wanted = rows[-3].id
    assert model.find_row(lambda m: m.id == wanted, near=model.total() - 3) == model.total() - 3
    assert model.loaded_rows() <= 3 * model.PAGE


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
    dates = [m.date for m in model.rows()]
    assert model.rowCount() == model.total() == len(dates) > 10
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


def test_invoice_lines_are_inserted_and_removed_never_reset(qtmodeltester, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Qt's row protocol (insertRows, removeRows), checked by the model tester as it goes:
    a view keeps its selection and its open editor across a change of the lines."""
    model = InvoiceLinesModel()
    qtmodeltester.check(model)
    inserted: list[tuple[int, int]] = []
    removed: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    model.rowsRemoved.connect(lambda _parent, first, last: removed.append((first, last)))
    with qtbot.assertNotEmitted(model.modelReset):
        assert model.insertRows(0, 2)
        assert [model.index(r, 0).data() for r in range(3)] == ["", "", "compute"]
        assert not model.insertRows(5, 1)  # past the end
        assert not model.removeRows(1, 5)  # more than there are
        assert not model.insertRows(0, 1, model.index(0, 0))  # a table: no children
        assert model.removeRows(0, 2)
        assert model.add_line("storage", "12,50") == 1
        model.remove_line(0)
        model.set_lines([("ai", "1"), ("compute", "2"), ("storage", "3")])
        model.set_lines([])
    assert inserted == [(0, 1), (1, 1), (0, 2)]
    assert removed == [(0, 1), (0, 0), (0, 0), (0, 2)]
    assert model.rowCount() == 0
