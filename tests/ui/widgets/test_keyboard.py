"""Keyboard rules of the window: Tab leaves tables, menu shortcuts beat text fields, Esc leaves
a field, labels' mnemonics are shortcuts (never a literal "&"), a dialog shows its title."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableView

from desktop_app.ui.widgets.keyboard import title_width
from tests.ui.walk import every_dialog, open_every_tab


def _menu_owns(window, widget, key: Qt.Key) -> bool:  # type: ignore[no-untyped-def]
    """Whether the window's keyboard rules give Ctrl+``key`` typed in ``widget`` to a menu."""
    event = QKeyEvent(QEvent.Type.ShortcutOverride, key, Qt.KeyboardModifier.ControlModifier)
    return bool(window.extras.keyboard.menu_owns(widget, event))


def test_every_table_lets_tab_leave(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    open_every_tab(demo_window)
    views = demo_window.findChildren(QTableView)
    assert len(views) >= 5
    for view in views:
        assert not view.tabKeyNavigation(), view.objectName() or type(view.parent()).__name__


def test_ctrl_e_in_the_search_box_is_the_menus(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    search = demo_window.credits.search
    assert _menu_owns(demo_window, search, Qt.Key.Key_E)  # export (Ctrl+E)
    assert _menu_owns(demo_window, search, Qt.Key.Key_B)  # buy credit (Ctrl+B)
    assert not _menu_owns(demo_window, search, Qt.Key.Key_C)  # copy stays the field's
    assert not _menu_owns(demo_window, search, Qt.Key.Key_V)
    assert not _menu_owns(demo_window, search, Qt.Key.Key_A)  # select all
    assert not _menu_owns(demo_window, demo_window.credits.lots, Qt.Key.Key_E)  # not a field


def test_escape_leaves_a_field_for_the_tabs_table(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    demo_window.show()
    qtbot.waitExposed(demo_window)
    demo_window.activateWindow()
    qtbot.waitUntil(demo_window.isActiveWindow)  # keys reach the active window's focus
    search = demo_window.credits.search
    search.setFocus()
    qtbot.keyClick(search, Qt.Key.Key_Escape)
    assert demo_window.focusWidget() is demo_window.credits.lots


def test_opening_a_tab_puts_the_focus_in_its_table(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    demo_window.show()
    qtbot.waitExposed(demo_window)
    demo_window.tabs.setCurrentWidget(demo_window.history_tab)
    demo_window.history_view.project.setFocus()
    demo_window.tabs.setCurrentIndex(0)
    assert demo_window.focusWidget() is demo_window.credits.lots
    assert demo_window.focusWidget() is not demo_window.credits.search


def test_as_of_is_never_reached_by_tab_nor_left_focus(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    date = demo_window.as_of_bar.date
    assert date.focusPolicy() == Qt.FocusPolicy.ClickFocus
    assert not date.keyboardTracking()  # a digit typed is not the date yet


def test_no_literal_ampersand_in_a_label(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    open_every_tab(demo_window)
    for top in [demo_window, *every_dialog(demo_window)]:
        for label in top.findChildren(QLabel):
            text = label.text().replace("&&", "")
            # "&d" is a mnemonic (shown underlined with a buddy, literally without); "& " is
            # an ampersand meant as one
            if re.search(r"&[^\s&]", text) and label.textFormat() != Qt.TextFormat.RichText:
                assert label.buddy() is not None, f"{type(top).__name__}: {label.text()!r}"


def test_a_dialog_is_as_wide_as_its_title(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.domain.model import OrderStatus
    from desktop_app.services.orders import list_orders

    demo_window.tabs.setCurrentWidget(demo_window.orders_tab)
    view = demo_window.orders_view
    pending = [o for o in list_orders(demo_window.desk) if o.status is OrderStatus.PENDING]
    demo_window.select_project(pending[0].project_id)  # the tab shows the project's orders
    assert view.select(pending[0].number)
    dialog = view.mark_paid()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.isActiveWindow)  # fitted as the focus enters it
    assert dialog.width() >= title_width(dialog)
    dialog.reject()


def test_focus_views_are_item_views(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.widgets.focus import main_view

    open_every_tab(demo_window)
    for index in range(demo_window.tabs.count() - 1):  # the account tab's first is its table
        view = main_view(demo_window.tabs.widget(index))
        assert isinstance(view, QAbstractItemView)


def test_the_keyboard_rules_see_the_focused_fields_events_only(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    """Not every event of the program: an application-wide filter was a call into Python for
    each (a chart built for a forecast makes thousands), each waiting for the GIL while a
    worker runs. The rules watch the field that has the focus, and dialogs as they get it."""
    from PySide6.QtWidgets import QWidget

    from desktop_app.ui.widgets.keyboard import KeyboardRules

    seen: list[object] = []

    class Counting(KeyboardRules):
        def eventFilter(self, watched, event):  # type: ignore[no-untyped-def]
            seen.append(watched)
            return super().eventFilter(watched, event)

    rules = Counting(demo_window, lambda: None)
    demo_window.show()
    qtbot.waitExposed(demo_window)
    other = QWidget(demo_window.credits)
    other.resize(50, 20)
    other.show()
    other.update()
    qtbot.wait(20)
    assert other not in seen
    rules.setParent(None)
    rules.deleteLater()


def test_a_closed_window_follows_no_focus_and_follows_again_when_shown(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    """Closing the window stops watching where the focus goes (each focus change hands both
    widgets to Python, and the last ones of a closing window are Qt's own); shown again,
    the rules watch again: Esc in the search box still goes back to the table."""
    rules = demo_window.extras.keyboard
    demo_window.show()
    qtbot.waitExposed(demo_window)
    assert rules.following
    demo_window.close()
    assert not rules.following
    demo_window.show()
    qtbot.waitExposed(demo_window)
    assert rules.following
    search = demo_window.credits.search
    search.setFocus()
    qtbot.waitUntil(lambda: rules.watched is search, timeout=2000)
