"""The wiring of the window: flows across features, the lazy tabs, the poll."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialogButtonBox

from desktop_app.domain.model import (
    LotKind,
    OrderStatus,
)
from desktop_app.services.desk import Desk
from desktop_app.services.projects import add_project
from desktop_app.ui.tables.directory import ProjectDirectory
from tests.helpers.jobs import finish
from tests.ui.conftest import TODAY


def test_buy_then_pay_then_the_lot_appears(
    qtbot, window, desk, monkeypatch, save_as, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    assert window.credits.lot_model.rowCount() == 0
    dialog = window.credits.buy_credit()
    qtbot.waitExposed(dialog)
    dialog.amount.setText("1,250.50")
    assert dialog.vat_value.text() == "€250.10"
    assert dialog.ttc_value.text() == "€1,500.60"
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    order = dialog.order
    assert order is not None and order.status is OrderStatus.PENDING
    assert order.amount_ht == Decimal("1250.50")
    assert order.number in dialog.done_text.text()

    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True
    )
    dialog.open_button.click()
    assert opened and opened[0].endswith(f"{order.number}.pdf")
    copy = tmp_path / "copies" / "order.pdf"
    save_as(copy)
    dialog.save_button.click()
    assert copy.exists() and copy.read_bytes().startswith(b"%PDF")
    dialog.accept()
    assert window.credits.lot_model.rowCount() == 0  # pending: no credit yet

    window.tabs.setCurrentWidget(window.orders_tab)
    assert window.orders_view.select(order.number)
    assert window.orders_view.pay_button.isEnabled()
    pay = window.orders_view.mark_paid()
    qtbot.waitExposed(pay)
    pay.set_date(TODAY - timedelta(days=1))
    pay.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert pay.lot is not None
    assert window.tabs.currentIndex() == 0
    lot = window.credits.selected_lot()
    assert lot is not None and lot.kind is LotKind.CREDIT and lot.reference == order.number
    assert lot.available == Decimal("1250.50")
    assert "€1,250.50" in window.status.available.text()


def test_polling_refreshes_when_another_program_writes(qtbot, window, desk) -> None:  # type: ignore[no-untyped-def]
    with Desk.open(desk.path, today=TODAY) as other:
        add_project(other, "Written elsewhere")
    window.poll()
    names = [p.name for p, _ in window.projects.model.rows()]
    assert "Written elsewhere" in names


def test_the_project_directory_is_read_once_per_refresh_before_any_part(
    qtbot, window, desk, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """One place reads the project names the list, the orders, the history and the notice
    share: the window's refresh, first. Sorting or redrawing a table does not read them."""
    window.history_view  # noqa: B018 - built: its project filter lists the directory
    window.orders_view  # noqa: B018
    reads: list[str] = []
    real = ProjectDirectory.reload

    def counted(self: ProjectDirectory, on: Desk, rows: object = None) -> None:
        reads.append("directory")
        real(self, on, rows)  # type: ignore[arg-type]

    monkeypatch.setattr(ProjectDirectory, "reload", counted)
    window.orders_view.model.sort(1, Qt.SortOrder.AscendingOrder)
    window.projects.retranslate()
    assert reads == []
    with Desk.open(desk.path, today=TODAY) as other:
        added = add_project(other, "Written elsewhere")
    window.poll()
    assert reads == ["directory"]
    assert window.directory.names[added.id] == "Written elsewhere"
    assert window.projects.model.row_of(added.id) >= 0
    history_filter = window.history_view.project
    assert history_filter.findData(added.id) > 0


def test_posting_refreshes_lots_status_orders_and_history(
    qtbot, demo_window, demo_desk, message_mock
) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    history = window.history_view  # built now, so that its refresh is seen
    orders = window.orders_view
    moves_before = history.model.total()
    project = demo_desk.project("Data lake")
    window.select_project(project.id)
    available_before = window.status.available.text()
    lots_before = [lot.available for lot in window.credits.lot_model.rows()]
    view = window.invoice_view
    view.lines_model.set_lines([("storage", "500")])
    assert view.simulate() is not None
    message_mock.answer(True)
    posted = view.post()
    assert posted is not None and posted.number
    assert [lot.available for lot in window.credits.lot_model.rows()] != lots_before
    assert window.status.available.text() != available_before
    assert history.model.total() > moves_before
    assert history.model.row_object(0).invoice_number == posted.number  # newest first
    assert orders.model.total() == len(orders.model.rows())
    assert view.invoice is posted  # the panel still shows what was posted


def test_tabs_are_built_when_first_shown(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    assert window.built_views() == []
    window.tabs.setCurrentIndex(4)
    assert window.history_tab.built is not None
    assert window.tabs.currentWidget() is window.history_tab
    assert window.tabs.tabText(4) == "History"
    assert window.tabs.tabText(3) == "Forecast"
    assert window.tabs.count() == 7  # ..., Account, Period report
    assert window.forecast_tab.built is None
    window.refresh()  # a built tab is refreshed, the others stay unbuilt
    assert window.orders_tab.built is None


def test_forecast_tab_follows_the_project_and_prepares_the_advised_order(
    qtbot, demo_window, demo_desk
) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    window.select_project(demo_desk.project("Data lake").id)
    window.tabs.setCurrentWidget(window.forecast_tab)
    view = window.forecast_view
    view.fill_from_history()
    finish(qtbot, view.compute())
    window.select_project(demo_desk.project("ML training").id)
    assert view.project_id == demo_desk.project("ML training").id
    dialog = window.prepare_purchase(demo_desk.project("Data lake").id, Decimal("2239.32"))
    assert dialog is not None
    assert window.current_project().name == "Data lake"
    assert dialog.amount.amount() == Decimal("2239.32")
    dialog.reject()


def test_the_start_reads_the_project_list_ahead_and_watches_from_before_it(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    """The start (ui.app) reads the project list in a thread while the window's modules
    import; the window shows that list, and a commit made meanwhile by another program is
    a change its poll sees."""
    import threading

    from desktop_app.services.read_ahead import ReadAhead
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.tables.directory import directory_rows

    add_project(desk, "Web")
    committed = threading.Event()

    def read(worker: Desk):  # type: ignore[no-untyped-def]
        committed.wait(5)  # reads after the other program's commit
        return directory_rows(worker)

    ahead = ReadAhead(desk, read)
    with Desk.open(desk.shown, desk.today) as other:  # another program, meanwhile
        add_project(other, "Data")
    committed.set()
    window = MainWindow(desk, projects=ahead)
    qtbot.addWidget(window)
    shown = [project.name for project, _ in window.directory.rows]
    assert "Data" in shown and "Web" in shown
    refreshed: list[bool] = []
    window.refresh = lambda: refreshed.append(True)  # type: ignore[method-assign]
    window.poll()
    assert refreshed == [True]  # watched from before the read: the commit is a change
    window.timer.stop()
