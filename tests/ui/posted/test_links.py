"""Which lot paid, and the way from a row to its lot or its invoice: the history names the
lot (a voucher's code, an order's number), not the invoice twice; a double-click on a lot
(history, credits & vouchers, an invoice's "who paid what") shows its movements; on an
invoice (history) opens it. The Orders tab follows the project chosen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.domain.model import MovementKind
from desktop_app.services.desk import Desk
from desktop_app.ui.history.lot import LotMovementsDialog, open_lot_movements
from desktop_app.ui.history.models import MovementFilter, MovementModel
from desktop_app.ui.posted.detail import CreditNoteDialog, InvoiceDialog, open_invoice


def _uses(model: MovementModel) -> list[tuple[str, str, str]]:
    return [
        (model.index(r, 4).data(), model.index(r, 5).data(), model.index(r, 3).data())
        for r in range(model.rowCount())
    ]


def test_the_history_names_the_lot_that_paid_and_the_invoice_once(
    qtmodeltester, posted: Desk
) -> None:  # type: ignore[no-untyped-def]
    model = MovementModel(posted)
    model.set_filter(MovementFilter(kinds=(MovementKind.USE,), newest_first=False))
    qtmodeltester.check(model)
    rows = _uses(model)
    assert rows[0][1] == rows[1][1] == "INV-2026-00001"
    assert rows[1][0] == "PO-2026-00001" and rows[0][0] != "INV-2026-00001"
    assert len(rows[0][0]) == 14 and rows[0][0].count("-") == 2  # the voucher's code
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Lot or account"
    returned = MovementModel(posted)
    returned.set_filter(MovementFilter(kinds=(MovementKind.RETURN,)))
    assert {row[1] for row in _uses(returned)} == {"CN-2026-00001"}


def test_a_lots_movements_paged_oldest_first(qtmodeltester, qtbot, posted: Desk) -> None:  # type: ignore[no-untyped-def]
    lot = next(lot for lot in _lots(posted) if lot.reference == "PO-2026-00001")
    dialog = open_lot_movements(posted, lot.id)
    assert isinstance(dialog, LotMovementsDialog)
    qtbot.addWidget(dialog)
    dialog.model.PAGE = 2
    dialog.model.reload()
    qtmodeltester.check(dialog.model)
    kinds = [m.kind for m in dialog.model.rows()]  # INV-2026-00003 took the voucher given back
    assert kinds == [MovementKind.ORDER, MovementKind.USE, MovementKind.RETURN]
    assert {m.lot_id for m in dialog.model.rows()} == {lot.id}
    assert "PO-2026-00001" in dialog.heading.text() and dialog.count.text() == "3 movement(s)"
    opened = dialog.open_document(dialog.model.index(1, 0))  # the invoice that took from it
    assert isinstance(opened, InvoiceDialog) and opened.number == "INV-2026-00001"
    qtbot.addWidget(opened)
    note = dialog.open_document(dialog.model.index(2, 5))
    assert isinstance(note, CreditNoteDialog)
    qtbot.addWidget(note)


def test_double_clicks_in_the_history_open_the_lot_or_the_invoice(
    qtbot, window, posted: Desk
) -> None:  # type: ignore[no-untyped-def]
    view = window.history_view
    view.kind.setCurrentIndex(view.kind.findData(MovementKind.USE.value))
    model = view.model
    row = next(r for r in range(model.rowCount()) if model.index(r, 5).data() == "INV-2026-00003")
    invoice = view.open_row(model.index(row, 5))
    assert isinstance(invoice, InvoiceDialog) and invoice.number == "INV-2026-00003"
    lot = view.open_row(model.index(row, 4))
    assert isinstance(lot, LotMovementsDialog) and lot.lot.kind.value == "voucher"
    assert lot.lot.reference == model.index(row, 4).data()  # the voucher given back, used again
    for dialog in (invoice, lot):
        qtbot.addWidget(dialog)


def test_double_click_a_lot_in_credits_and_in_an_invoice(qtbot, window, posted: Desk) -> None:  # type: ignore[no-untyped-def]
    window.refresh()
    window.select_project(posted.project("Data lake").id)
    credits = window.credits
    credits.lots.selectRow(0)
    dialog = credits.show_lot_movements()
    assert isinstance(dialog, LotMovementsDialog) and dialog.lot.reference == "PO-2026-00002"
    qtbot.addWidget(dialog)
    invoice = open_invoice(posted, "INV-2026-00003")
    assert invoice is not None
    qtbot.addWidget(invoice)
    lot = invoice.show_lot(invoice.paid_model.index(0, 1))
    assert (
        isinstance(lot, LotMovementsDialog)
        and lot.lot.reference == invoice.invoice.allocations[0].reference
    )
    qtbot.addWidget(lot)


def test_an_unknown_lot_is_said(posted: Desk, message_mock) -> None:  # type: ignore[no-untyped-def]
    assert open_lot_movements(posted, 999) is None
    assert message_mock.codes() == ["lot.unknown"]


def test_the_orders_tab_follows_the_project_with_all_projects_a_choice(
    window, posted: Desk
) -> None:  # type: ignore[no-untyped-def]
    window.refresh()
    web, lake = posted.project("Production web").id, posted.project("Data lake").id
    window.select_project(web)
    orders = window.orders_view
    assert [o.number for o in orders.model.rows()] == ["PO-2026-00001"]
    window.select_project(lake)
    assert [o.number for o in orders.model.rows()] == ["PO-2026-00002"]
    assert orders.project.currentText() == "Data lake"
    orders.project.setCurrentIndex(0)
    assert orders.project.currentText() == "All projects" and orders.model.total() == 2
    window.select_project(web)  # the window's choice wins again
    assert orders.model.project_id == web


def test_the_invoices_tab_holds_the_simulation_and_the_posted_list(window, posted: Desk) -> None:  # type: ignore[no-untyped-def]
    window.refresh()
    window.select_project(posted.project("Data lake").id)
    window.show_simulation()
    page = window.invoice_tab.view
    assert page.pages.currentWidget() is window.invoice_view
    listed = page.show_posted("INV-2026-00002")
    assert listed.selected() is not None and listed.model.total() == 1  # Data lake's
    window.select_project(posted.project("Production web").id)
    assert listed.model.total() == 2
    window.show_simulation()
    assert page.pages.currentWidget() is window.invoice_view
    assert QApplication.instance() is not None


def _lots(desk: Desk):  # type: ignore[no-untyped-def]
    from desktop_app.services import listing

    return listing.list_credits(desk, None, include_all=True)


def test_another_ledger_lists_its_own_projects_in_the_orders_tab(
    window, posted: Desk, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.services.projects import add_project

    window.refresh()
    orders = window.orders_view
    assert orders.project.findText("Data lake") > 0
    other = tmp_path / "other.sqlite3"
    with Desk.open(other, today=posted.today) as made:
        add_project(made, "Archive migration")
    assert window.open_ledger(other)
    names = [orders.project.itemText(i) for i in range(orders.project.count())]
    assert names == ["All projects", "Archive migration"]
    assert orders.project.currentText() == "Archive migration"
    posted_list = window.invoice_tab.view.show_posted()
    assert posted_list.project.currentText() == "Archive migration"
    assert posted_list.model.total() == 0


def test_the_period_reports_invoices_open_on_a_double_click(qtbot, posted: Desk) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.books.view import PeriodReportView

    view = PeriodReportView(posted)  # November: INV-2026-00002 and INV-2026-00003
    qtbot.addWidget(view)
    view.invoices.selectRow(1)
    opened = view.open_selected()
    assert isinstance(opened, InvoiceDialog) and opened.number == "INV-2026-00003"
    qtbot.addWidget(opened)


def test_the_posted_lists_columns_are_remembered(qtbot, posted: Desk) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.widgets.columns import ColumnFitter

    first = MainWindow(posted)
    qtbot.addWidget(first)
    first.show()
    first.tabs.setCurrentWidget(first.invoice_tab)
    first.invoice_tab.view.show_posted().table.setColumnWidth(6, 177)
    first.close()
    second = MainWindow(posted)
    qtbot.addWidget(second)
    second.show()
    second.tabs.setCurrentWidget(second.invoice_tab)
    table = second.invoice_tab.view.show_posted().table
    fitter = table.findChild(ColumnFitter)
    assert fitter is not None and fitter.natural[6] == 177  # built later, given its widths
    for window in (first, second):
        window.close()
        window.timer.stop()
