"""What every table of the window does, in one place (``setup_table`` gives it to each): a
context menu (Copy, Open where the list has an opener, Export the selection) and Ctrl+C.

Copied and exported cells are values, not what the cell shows: an amount is a plain number
(two decimals, the language's decimal mark when copied, the dialect's when exported; no
thousands separator, no currency sign), a date is ISO, so that the columns a spreadsheet
pastes sum. A list that opens its rows registers its opener: ``opens(view, callback)``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
)
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QMenu

from desktop_app.domain.money import fmt
from desktop_app.ui import i18n
from desktop_app.ui.tables.base import PLAIN_ROLE, Plain, plain_of_text

#: Opens a row: given its index (a double-click, Enter, the menu's Open).
Opener = Callable[[QModelIndex], object]


def cell_value(index: QModelIndex) -> Plain:
    """The value of a cell: the model's ``PLAIN_ROLE`` if it answers, else read back from
    its text (a right-aligned cell as a number where it is one, a shown date as a date)."""
    value = index.data(PLAIN_ROLE)
    if value is not None:
        return value  # type: ignore[no-any-return]
    text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
    align = index.data(Qt.ItemDataRole.TextAlignmentRole)
    right = align is not None and bool(int(align) & int(Qt.AlignmentFlag.AlignRight))
    return plain_of_text(text, right)


def copied_text(value: Plain) -> str:
    """A value as Ctrl+C puts it on the clipboard: an amount in the language's decimal mark,
    a date ISO; a tab or a line break inside a text becomes a space."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        mark = "," if i18n.language() == "fr" else "."
        return fmt(value).replace(".", mark)
    if isinstance(value, date):
        return value.isoformat()
    return " ".join(str(value).replace("\t", " ").splitlines())


def shown_columns(view: QAbstractItemView) -> list[int]:
    """The columns the view shows, in the order it shows them (a moved column where it is,
    a hidden one left out)."""
    model = view.model()
    if model is None:
        return []
    header = getattr(view, "horizontalHeader", lambda: None)()
    if header is None:
        return list(range(model.columnCount()))
    logical = [header.logicalIndex(visual) for visual in range(header.count())]
    return [c for c in logical if not header.isSectionHidden(c)]


def titles(view: QAbstractItemView) -> list[str]:
    model = view.model()
    return [
        str(model.headerData(c, Qt.Orientation.Horizontal) or "").replace("\n", " ")
        for c in shown_columns(view)
    ]


def selected_rows(view: QAbstractItemView) -> list[int]:
    """The rows selected (whole or a cell of them), top to bottom."""
    selection = view.selectionModel()
    if selection is None:
        return []
    return sorted({index.row() for index in selection.selectedIndexes()})


def row_values(model: QAbstractItemModel, row: int, columns: Sequence[int]) -> list[Plain]:
    return [cell_value(model.index(row, column)) for column in columns]


def selection_text(view: QAbstractItemView) -> str:
    """The selected rows as tab-separated text, one line a row (what Ctrl+C copies)."""
    model = view.model()
    columns = shown_columns(view)
    lines = [
        "\t".join(copied_text(v) for v in row_values(model, row, columns))
        for row in selected_rows(view)
    ]
    return "\n".join(lines)


class TableBehaviour(QObject):
    """A table's context menu and Ctrl+C (one per view: ``behaviour(view)``)."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.setObjectName("tableBehaviour")
        self.view = view
        self.opener: Opener | None = None
        self.menu: QMenu | None = None  # the last one shown
        self.copy_action = QAction(view)
        self.copy_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.copy_action.triggered.connect(lambda _checked=False: self.copy())
        view.addAction(self.copy_action)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self.show_menu)
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            return home_or_end(self.view, event)
        return False

    def copy(self) -> str:
        """The selection to the clipboard (tab-separated); returns what was copied."""
        text = selection_text(self.view)
        if text:
            QGuiApplication.clipboard().setText(text)
        return text

    def make_menu(self) -> QMenu:
        """The context menu, in the current language: Copy, Open (if the list opens its
        rows), Export the selection; the first and last need a selection, Open one row."""
        menu = QMenu(self.view)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        rows = selected_rows(self.view)
        copy = menu.addAction(self.tr("&Copy"))
        copy.setShortcut(self.copy_action.shortcut())
        copy.triggered.connect(lambda _checked=False: self.copy())
        if self.opener is not None:
            opener = self.opener
            opened = menu.addAction(self.tr("&Open"))
            opened.setEnabled(len(rows) == 1)
            opened.triggered.connect(lambda _checked=False: opener(self.chosen_index()))
        menu.addSeparator()
        export = menu.addAction(self.tr("&Export the selection…"))
        export.triggered.connect(lambda _checked=False: self.export_selection())
        copy.setEnabled(bool(rows))
        export.setEnabled(bool(rows))
        return menu

    def chosen_index(self) -> QModelIndex:
        """The row to open: the current cell if selected, else the first selected row's."""
        current = self.view.currentIndex()
        rows = selected_rows(self.view)
        if current.isValid() and current.row() in rows:
            return current
        model = self.view.model()
        return model.index(rows[0], 0) if rows and model is not None else QModelIndex()

    def show_menu(self, pos: QPoint) -> QMenu:
        self.menu = self.make_menu()
        self.menu.popup(self.view.viewport().mapToGlobal(pos))
        return self.menu

    def export_selection(self) -> Path | None:
        """The selected rows, with the shown columns' titles, to a CSV file the user names."""
        from desktop_app.ui.tables.exporting import export_rows

        model = self.view.model()
        columns = shown_columns(self.view)
        rows = [row_values(model, row, columns) for row in selected_rows(self.view)]
        return export_rows(self.view, titles(self.view), rows, self.tr("Export the selection"))


_ENDS = {Qt.Key.Key_Home: False, Qt.Key.Key_End: True}


def home_or_end(view: QAbstractItemView, event: QKeyEvent) -> bool:
    """Home and End choose the list's first and last row (a table's own Home and End move
    along the row, which a list that selects rows does not even show); Shift+Home and
    Shift+End take the rows from the current one, where several can be. True if done;
    Ctrl+Home and Ctrl+End stay Qt's."""
    last = _ENDS.get(Qt.Key(event.key()))
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    model, selection = view.model(), view.selectionModel()
    if last is None or modifiers & ~Qt.KeyboardModifier.ShiftModifier or selection is None:
        return False
    if view.selectionBehavior() != QAbstractItemView.SelectionBehavior.SelectRows:
        return False
    if model.rowCount() == 0:
        return True
    current = view.currentIndex()
    column = max(current.column(), 0)
    target = model.index(model.rowCount() - 1 if last else 0, column)
    flag = QItemSelectionModel.SelectionFlag
    several = view.selectionMode() in (
        QAbstractItemView.SelectionMode.ExtendedSelection,
        QAbstractItemView.SelectionMode.MultiSelection,
    )
    if modifiers & Qt.KeyboardModifier.ShiftModifier and several and current.isValid():
        top, bottom = sorted((current.row(), target.row()))
        span = QItemSelection(model.index(top, 0), model.index(bottom, column))
        selection.setCurrentIndex(target, flag.NoUpdate)
        selection.select(span, flag.ClearAndSelect | flag.Rows)
    else:
        selection.setCurrentIndex(target, flag.ClearAndSelect | flag.Rows)
    view.scrollTo(target)
    return True


def behaviour(view: QAbstractItemView) -> TableBehaviour:
    """The view's behaviour, made on first use."""
    found = view.findChild(TableBehaviour, "tableBehaviour")
    return found if found is not None else TableBehaviour(view)


def opens(view: QAbstractItemView, callback: Opener) -> None:
    """The list opens a row with ``callback``: on a double-click or Enter (Qt's
    ``activated``, once for either) and from its context menu's Open. The row activated
    is selected first: the keyboard may have moved away from the selection (Ctrl+End,
    Ctrl+arrows move the focus alone), and a list opens what is selected."""
    behaviour(view).opener = callback

    def activated(index: QModelIndex) -> None:
        selection = view.selectionModel()
        if index.isValid() and not selection.isRowSelected(index.row(), index.parent()):
            from PySide6.QtCore import QItemSelectionModel  # on a first Enter, not at start

            flag = QItemSelectionModel.SelectionFlag
            selection.select(index, flag.ClearAndSelect | flag.Rows)
        callback(index)

    view.activated.connect(activated)
