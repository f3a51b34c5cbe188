"""An invoice-lines table from its view: adding and removing lines, completing product
names, the running total, the bad line named and its cell chosen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QCompleter,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from desktop_app.domain.errors import CodedError
from desktop_app.ui import i18n
from desktop_app.ui.tables.lines import InvoiceLinesModel
from desktop_app.ui.widgets.fields import worded
from desktop_app.ui.widgets.retranslated import Retranslated

Index = QModelIndex | QPersistentModelIndex


def edit_new_line(view: QTableView, lines: InvoiceLinesModel) -> None:
    """A blank line added below the others, its product open for typing."""
    index = lines.index(lines.add_line(), 0)
    view.setCurrentIndex(index)
    view.edit(index)


def remove_current_line(view: QTableView, lines: InvoiceLinesModel) -> bool:
    """The line the cursor is on removed; False if it is on none."""
    index = view.currentIndex()
    if not index.isValid():
        return False
    lines.remove_line(index.row())
    return True


class ProductDelegate(QStyledItemDelegate):
    """The product column's editor completes the names the ledger's invoices already used
    (read when the editor opens: one query)."""

    def __init__(self, products: Callable[[], list[str]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.products = products
        self.completer: QCompleter | None = None  # the last editor's

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if index.column() == 0 and isinstance(editor, QLineEdit):
            try:
                names = self.products()
            except CodedError:  # a busy ledger: no completion this time, typing still works
                names = []
            completer = QCompleter(names, editor)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            editor.setCompleter(completer)
            self.completer = completer
        return editor


class LinesTotal(Retranslated, QLabel):
    """Under the lines: what they add up to as they are typed, and the first bad line named
    (its cell is marked in the table)."""

    def __init__(self, lines: InvoiceLinesModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("linesTotal")
        self.setWordWrap(True)
        self.lines = lines
        for signal in (lines.dataChanged, lines.rowsInserted, lines.rowsRemoved):
            signal.connect(self.update_total)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Total of the lines"))
        self.update_total()

    def update_total(self, *_args: object) -> None:
        text = self.tr("Total: %1 excl. VAT (%2 line(s))")
        text = text.replace("%1", i18n.money(self.lines.total()))
        text = text.replace("%2", str(self.lines.counted()))
        bad = self.lines.first_error()
        if bad is not None:
            number, _column, error = bad
            text += " " + self.tr("Not counted:") + " " + worded(self.lines.named(number, error))
        self.setText(text)


def setup_lines_editor(
    view: QTableView, lines: InvoiceLinesModel, products: Callable[[], list[str]]
) -> LinesTotal:
    """An invoice-lines table with its product completion; returns its running total (the
    caller lays it out under the table)."""
    view.setItemDelegate(ProductDelegate(products, view))
    return LinesTotal(lines)


def show_bad_cell(view: QTableView, error: CodedError) -> None:
    """A refusal that names a line (``line``): its cell chosen, in view."""
    line = error.params.get("line")
    if not isinstance(line, int):
        return
    column = 1 if error.code.startswith("amount.") else 0
    index = view.model().index(line - 1, column)
    # the cursor on it, nothing selected: its mark shows (a selection would paint over it)
    view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.Clear)
    view.scrollTo(index)
