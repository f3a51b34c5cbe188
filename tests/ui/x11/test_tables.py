"""The tables' behaviour on a real X server: Ctrl+C typed on a focused table copies its
selection, the context menu opens under the pointer, and the totals row stands column under
column at 1024x700 (pytest-xvfb's screen)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtWidgets import QApplication, QMenu

from desktop_app.ui.tables.behaviour import behaviour

pytestmark = pytest.mark.xcb


def _shown(qtbot, window):  # type: ignore[no-untyped-def]
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def test_ctrl_c_on_the_focused_table_copies_its_rows(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    window = _shown(qtbot, demo_window)
    table = window.credits.lots
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in range(min(2, table.model().rowCount())):
        table.selectionModel().select(table.model().index(row, 0), flags)
    QApplication.clipboard().clear()
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.clipboard().text() != "")
    lines = QApplication.clipboard().text().split("\n")
    assert len(lines) == len(table.selectionModel().selectedRows())
    assert all(line.count("\t") == table.model().columnCount() - 1 for line in lines)


def test_ctrl_c_in_the_search_box_stays_the_fields(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    window = _shown(qtbot, demo_window)
    search = window.credits.search
    search.setFocus()
    qtbot.waitUntil(search.hasFocus)
    qtbot.keyClicks(search, "PO-")
    search.selectAll()
    QApplication.clipboard().clear()
    qtbot.keyClick(search, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.clipboard().text() != "")
    assert QApplication.clipboard().text() == "PO-"


def test_the_context_menu_opens_under_the_pointer(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    window = _shown(qtbot, demo_window)
    table = window.credits.lots
    rect = table.visualRect(table.model().index(0, 1))
    menu = behaviour(table).show_menu(rect.center())
    qtbot.waitExposed(menu)
    assert isinstance(menu, QMenu) and menu.isVisible()
    spot = table.viewport().mapToGlobal(rect.center())
    assert (menu.pos() - spot).manhattanLength() < 40
    menu.close()


def test_the_totals_row_stands_under_its_columns(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    window = _shown(qtbot, demo_window)
    table, row = window.credits.lots, window.credits.totals
    qtbot.waitUntil(row.isVisible)
    QApplication.processEvents()
    for column in sorted(table.model().MONEY_COLUMNS):
        cell = table.visualRect(table.model().index(0, column))
        under = row.visualRect(row.model().index(0, column))
        left = table.viewport().mapToGlobal(QPoint(cell.left(), 0)).x()
        mine = row.viewport().mapToGlobal(QPoint(under.left(), 0)).x()
        assert abs(left - mine) <= 1 and cell.width() == under.width(), column
    assert row.geometry().top() >= table.geometry().bottom()
    assert window.frameGeometry().height() <= window.screen().availableGeometry().height()
