"""The main window's tabs other than credits & vouchers, each built the first time it is shown
(``widgets.lazy_tab``) and wired to the window: what it changes refreshes the window, it
follows the project chosen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.ui import i18n

if TYPE_CHECKING:
    from desktop_app.ui.account.view import AccountView
    from desktop_app.ui.forecast.view import ForecastView
    from desktop_app.ui.history.view import HistoryView
    from desktop_app.ui.invoices.tabs import InvoicesPage
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.orders.view import OrdersView


def make_orders_view(window: MainWindow) -> OrdersView:
    from desktop_app.ui.orders.view import OrdersView

    view = OrdersView(window.desk, directory=window.directory)
    view.changed.connect(window.refresh)
    view.lot_paid.connect(window.show_new_lot)
    view.set_project(window.current_project())  # it follows the project chosen
    return view


def make_invoice_view(window: MainWindow) -> InvoicesPage:
    from desktop_app.ui.invoices.tabs import InvoicesPage

    page = InvoicesPage(window.desk, window.directory)  # a new invoice, and those posted
    page.simulation.posted.connect(window.refresh)
    page.restore_layout = window.extras.memory.restore  # its posted page, built later
    page.set_project(window.current_project())
    return page


def make_forecast_view(window: MainWindow) -> ForecastView:
    from desktop_app.ui.forecast.view import ForecastView

    view = ForecastView(window.desk)
    project = window.current_project()
    view.set_project(project.id if project else None)
    view.purchase_requested.connect(window.prepare_purchase)
    return view


def make_history_view(window: MainWindow) -> HistoryView:
    from desktop_app.ui.history.view import HistoryView

    return HistoryView(window.desk, directory=window.directory)


def make_account_view(window: MainWindow) -> AccountView:
    from desktop_app.ui.account.view import AccountView

    view = AccountView(window.desk)
    view.changed.connect(window.refresh_status)
    view.language_chosen.connect(i18n.set_language)
    return view
