"""Where the keyboard focus goes when a tab opens or a field is left: the tab's table (the list
a user reads and moves in with the arrows), never a search box or a date that a stray key
would change."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QTabWidget, QWidget


def main_view(page: QWidget) -> QAbstractItemView | None:
    """The page's first table or list on screen (not a combo box's popup list)."""
    for view in page.findChildren(QAbstractItemView):
        if isinstance(view.parent(), QComboBox) or isinstance(view.parentWidget(), QComboBox):
            continue
        if view.isVisibleTo(page) and view.focusPolicy() != Qt.FocusPolicy.NoFocus:
            return view
    return None


def focus_home(tabs: QTabWidget) -> None:
    """The focus on the current tab's table, else on the tab bar."""
    page = tabs.currentWidget()
    view = main_view(page) if page is not None else None
    target = view if view is not None else tabs.tabBar()
    target.setFocus(Qt.FocusReason.OtherFocusReason)


def settle_after_switch(tabs: QTabWidget) -> None:
    """A tab just opened: if Qt put the focus in one of its fields (the first of its focus
    chain: a search box), it goes to its table instead; on the tab bar it stays."""
    page = tabs.currentWidget()
    focused = tabs.window().focusWidget()
    if page is None or focused is None or focused is tabs.tabBar():
        return
    if page.isAncestorOf(focused) and not isinstance(focused, QAbstractItemView):
        focus_home(tabs)
