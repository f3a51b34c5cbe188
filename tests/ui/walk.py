"""Every screen of the window, for the tests that walk all widgets (mnemonics, accessible
names, colours, tooltips): each tab built, each dialog made (the demo's data in them)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.domain.model import OrderStatus
from desktop_app.services.orders import list_orders


def open_every_tab(window) -> None:  # type: ignore[no-untyped-def]
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
    window.invoice_tab.view.show_posted()  # the Invoices tab's second page
    window.invoice_tab.view.show_simulation()
    window.tabs.setCurrentIndex(0)
    QApplication.processEvents()


def every_dialog(window) -> list[QWidget]:  # type: ignore[no-untyped-def]
    """One of each dialog the window opens (made, not shown: the caller shows or closes)."""
    from desktop_app.ui.credits.dialogs import AddVoucherDialog, BuyCreditDialog
    from desktop_app.ui.onboarding.assistant import FirstRunAssistant
    from desktop_app.ui.onboarding.start import StartDialog
    from desktop_app.ui.orders.dialogs import PayOrderDialog
    from desktop_app.ui.preferences.dialog import PreferencesDialog
    from desktop_app.ui.projects.dialogs import ProjectDialog

    desk = window.desk
    project = window.current_project()
    pending = [o for o in list_orders(desk) if o.status is OrderStatus.PENDING]
    dialogs: list[QWidget] = [
        BuyCreditDialog(desk, project, window),
        AddVoucherDialog(desk, project, window),
        ProjectDialog(desk, parent=window),
        ProjectDialog(desk, project, window),
        PreferencesDialog(desk, window),
        FirstRunAssistant(desk, window),
        StartDialog(window),
    ]
    if pending:
        dialogs.append(PayOrderDialog(desk, pending[0], window))
    dialogs += window_dialogs(window) + list_dialogs(window)
    return dialogs


def list_dialogs(window) -> list[QWidget]:  # type: ignore[no-untyped-def]
    """The lists' dialogs (issue 13): an invoice, a lot's movements, the voucher catalogue."""
    from desktop_app.services import listing
    from desktop_app.services.books import reversal
    from desktop_app.ui.history.lot import LotMovementsDialog
    from desktop_app.ui.posted.detail import InvoiceDialog
    from desktop_app.ui.vouchers.catalogue import VoucherCatalogueDialog

    desk = window.desk
    made: list[QWidget] = [VoucherCatalogueDialog(desk, window)]
    posted = reversal.list_invoices(desk, limit=1)
    if posted:
        invoice, by = reversal.get_invoice(desk, posted[0][0].number)
        made.append(InvoiceDialog(desk, invoice, by, "Production web", window))
    lots = listing.list_credits(desk, None, include_all=True, limit=1)
    if lots:
        made.append(LotMovementsDialog(desk, lots[0], window))
    return made


def window_dialogs(window) -> list[QWidget]:  # type: ignore[no-untyped-def]
    """The Help menu's dialogs, when the window has them."""
    return list(window.extras.help.dialogs())
