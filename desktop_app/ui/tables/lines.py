"""The invoice lines typed in a table: the invoice simulation's and the forecast's."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from desktop_app.domain.errors import DomainError
from desktop_app.domain.model import InvoiceLine
from desktop_app.ui import i18n
from desktop_app.ui.tables.base import Index, ListTableModel


class InvoiceLinesModel(ListTableModel):
    """The lines typed for a simulation: product and amount excl. VAT, edited in place."""

    MONEY_COLUMNS = frozenset({1})
    TRANSLATED_CELLS = False  # typed text: reformat_amounts() rewrites the amounts

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[list[str]] = [["compute", ""]]
        self._language = i18n.language()  # the language the amounts were typed in

    def headers(self) -> list[str]:
        return [self.tr("Product"), self.tr("Amount excl. VAT")]

    def cell(self, row: list[str], column: int) -> str:
        return row[column]

    def extra(self, number: int, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.EditRole:
            return self._rows[number][column]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        text = str(value).strip()
        if text == self._rows[index.row()][index.column()]:
            return True  # an editor closed as it was opened: nothing changed
        self._rows[index.row()][index.column()] = text
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, role])
        return True

    def add_line(self, product: str = "", amount: str = "") -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append([product, amount])
        self.endInsertRows()
        return row

    def remove_line(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def set_lines(self, lines: Sequence[tuple[str, str]]) -> None:
        self.set_rows([[p, a] for p, a in lines])

    def lines(self) -> list[InvoiceLine]:
        """The typed lines, amounts read as the locale writes them; blank lines skipped."""
        result = []
        for product, amount in self._rows:
            if not product and not amount:
                continue
            result.append(InvoiceLine(product, i18n.parse_money(amount)))
        return result

    def reformat_amounts(self) -> None:
        """Amounts typed in the previous language written the current language's way
        (1,840.50 becomes 1 840,50): both read as the same amount (one parser, rule 12), this
        only shows them as the new language writes them. Called by a view on LanguageChange;
        it emits dataChanged for the amounts it rewrote."""
        old, new = self._language, i18n.language()
        if old == new:
            return
        self._language = new
        for line in self._rows:
            try:
                value = i18n.parse_money(line[1])
            except DomainError:
                continue  # not an amount: left as typed, the simulation will say why
            line[1] = i18n.number(value)
        if self._rows:
            self.dataChanged.emit(self.index(0, 1), self.index(len(self._rows) - 1, 1))
