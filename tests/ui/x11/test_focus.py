"""Keyboard focus as a person meets it, on a real X server: Tab leaves a table without
changing the project, Ctrl+E exports from the search box, the focus never lands in "As of"
(after a tab opens, after posting), Esc leaves a field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

pytestmark = pytest.mark.xcb


def _shown(qtbot, window):  # type: ignore[no-untyped-def]
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def test_tab_leaves_the_projects_table_and_keeps_the_project(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    window = _shown(qtbot, demo_window)
    table = window.projects.table
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    chosen = window.current_project()
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert not table.hasFocus()
    assert window.current_project() == chosen
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Down)  # the arrows move inside
    assert table.hasFocus() and window.current_project() != chosen


def test_ctrl_e_in_the_search_box_exports(qtbot, demo_window, save_as, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = _shown(qtbot, demo_window)
    asked = save_as(tmp_path / "credits.csv")
    search = window.credits.search
    search.setFocus()
    qtbot.waitUntil(search.hasFocus)
    qtbot.keyClicks(search, "PO")
    qtbot.keyClick(search, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert asked and asked[0].startswith("Export the current view")
    assert search.text() == "PO"


def test_opening_tabs_never_focuses_as_of_nor_the_search(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    window = _shown(qtbot, demo_window)
    window.credits.lots.setFocus()
    for _ in range(window.tabs.count() + 1):  # every tab, back to the first
        focused = QApplication.focusWidget()
        qtbot.keyClick(focused, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
        focused = QApplication.focusWidget()
        assert focused is not window.as_of_bar.date
        assert focused is not window.credits.search
    assert window.tabs.currentIndex() == 1


def test_tab_order_never_reaches_as_of(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    window = _shown(qtbot, demo_window)
    window.credits.lots.setFocus()
    seen = set()
    for _ in range(40):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.add(QApplication.focusWidget())
    assert window.as_of_bar.date not in seen
    assert window.credits.search in seen  # reached by Tab, as any field


def test_after_posting_the_focus_is_not_in_as_of(
    qtbot, demo_window, demo_desk, message_mock
) -> None:  # type: ignore[no-untyped-def]
    window = _shown(qtbot, demo_window)
    window.select_project(demo_desk.project("Data lake").id)
    window.tabs.setCurrentWidget(window.invoice_tab)
    view = window.invoice_view
    view.lines_model.set_lines([("storage", "500")])
    assert view.simulate() is not None
    view.post_button.setFocus()
    qtbot.waitUntil(view.post_button.hasFocus)
    message_mock.answer(True)
    qtbot.keyClick(view.post_button, Qt.Key.Key_Space)
    qtbot.wait(50)
    assert QApplication.focusWidget() is not window.as_of_bar.date
    qtbot.keyClicks(QApplication.focusWidget() or window, "7")  # a stray digit
    assert window.desk.today == window.desk.calendar_day


def test_escape_leaves_the_search_box(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    window = _shown(qtbot, demo_window)
    search = window.credits.search
    search.setFocus()
    qtbot.waitUntil(search.hasFocus)
    qtbot.keyClick(search, Qt.Key.Key_Escape)
    assert window.credits.lots.hasFocus()
