"""The lists of issue 13 on a real X server (pytest-xvfb's 1024x700 screen): the posted
invoices' table takes the focus when its page opens, Enter opens the invoice chosen, Tab
leaves the table; the lists' dialogs open within the screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.ui.posted import detail

pytestmark = pytest.mark.xcb


def _shown(qtbot, window):  # type: ignore[no-untyped-def]
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def _within_screen(qtbot, dialog: QWidget) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitExposed(dialog)
    room = dialog.screen().availableGeometry()
    frame = dialog.frameGeometry()
    assert frame.width() <= room.width() and frame.height() <= room.height(), (frame, room)


def test_enter_opens_the_posted_invoice_and_tab_leaves_the_table(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    window = _shown(qtbot, demo_window)
    window.tabs.setCurrentWidget(window.invoice_tab)
    page = window.invoice_tab.view
    page.pages.setCurrentIndex(1)  # as a click on "Posted invoices"
    posted = page.posted_view()
    posted.table.setFocus()
    qtbot.waitUntil(posted.table.hasFocus)
    qtbot.keyClick(posted.table, Qt.Key.Key_Down)
    chosen = posted.selected()
    assert chosen is not None
    qtbot.keyClick(posted.table, Qt.Key.Key_Return)
    opened = [d for d in detail._OPEN if isinstance(d, detail.InvoiceDialog)]
    assert opened and opened[-1].number == chosen[0].number
    _within_screen(qtbot, opened[-1])
    opened[-1].close()
    window.activateWindow()
    posted.table.setFocus()
    qtbot.waitUntil(posted.table.hasFocus)
    qtbot.keyClick(posted.table, Qt.Key.Key_Tab)
    assert not posted.table.hasFocus() and posted.selected() == chosen


def test_the_lists_dialogs_fit_the_screen(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    window = _shown(qtbot, demo_window)
    catalogue = window.extras.show_voucher_catalogue()
    _within_screen(qtbot, catalogue)
    catalogue.close()
    window.credits.lots.selectRow(0)
    lot = window.credits.show_lot_movements()
    assert lot is not None
    _within_screen(qtbot, lot)
    lot.close()
