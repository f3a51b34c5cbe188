"""The invoice lines typed in a table: the invoice simulation's and the forecast's."""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from desktop_app.domain.errors import CodedError, DomainError
from desktop_app.domain.model import InvoiceLine
from desktop_app.domain.money import check_amount
from desktop_app.domain.waterfall import normalise_product
from desktop_app.ui import i18n
from desktop_app.ui.messages import describe, sentence
from desktop_app.ui.tables.base import Index, ListTableModel
from desktop_app.ui.widgets.tones import Hue, cell_tint


def _amount(text: str) -> Decimal | None:
    """``text`` as an amount, or None (not one)."""
    with contextlib.suppress(CodedError):
        return i18n.parse_money(text, allow_zero=True)
    return None


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
        """A product as typed; an amount as the language writes it (``1840.5`` shown
        ``1,840.50``), or as typed when it is not one (the cell is marked)."""
        if column == 1:
            value = _amount(row[1])
            return row[1] if value is None else i18n.number(value)
        return row[column]

    def extra(self, number: int, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.EditRole:
            return self._rows[number][column]
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole):
            error = self.cell_error(number, column)
            if error is None:
                return None
            if role == Qt.ItemDataRole.BackgroundRole:
                return cell_tint(Hue.ERROR)  # the bad cell, marked
            return sentence(describe(error))
        return None

    def cell_error(self, number: int, column: int) -> CodedError | None:
        """Why line ``number``'s product (column 0) or amount (1) would be refused, if it
        would (a blank line is skipped, not refused; an amount not typed yet is not marked)."""
        product, amount = self._rows[number]
        if not product and not amount:
            return None
        if column == 1 and not amount.strip():
            return None  # not typed yet: not marked (a simulation says it is missing)
        try:
            if column == 0:
                normalise_product(product)
            else:
                check_amount(i18n.parse_money(amount))
        except CodedError as error:
            return error
        return None

    def first_error(self) -> tuple[int, int, CodedError] | None:
        """The first bad cell: its line, its column and why."""
        for number in range(len(self._rows)):
            for column in (0, 1):
                error = self.cell_error(number, column)
                if error is not None:
                    return number, column, error
        return None

    def product(self, number: int) -> str:
        return self._rows[number][0]

    def counted(self) -> int:
        """How many lines the total counts (those whose amount is one)."""
        return sum(1 for _product, amount in self._rows if amount and _amount(amount) is not None)

    def total(self) -> Decimal:
        """What the lines that are amounts add up to (the running total)."""
        values = (_amount(amount) for _product, amount in self._rows)
        return sum((v for v in values if v is not None), Decimal(0))

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

    # -- Qt's row protocol: lines come and go by insertRows and removeRows, never by a reset
    # (a view keeps its selection and its open editor across a change of the lines) -------
    def insertRows(self, row: int, count: int, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        """``count`` blank lines before line ``row`` (``rowCount()`` appends them)."""
        return self._insert(row, [["", ""] for _ in range(count)], parent)

    def removeRows(self, row: int, count: int, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or count < 1 or row < 0 or row + count > len(self._rows):
            return False
        self.beginRemoveRows(QModelIndex(), row, row + count - 1)
        del self._rows[row : row + count]
        self.endRemoveRows()
        return True

    def _insert(self, row: int, lines: list[list[str]], parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or not lines or not 0 <= row <= len(self._rows):
            return False
        self.beginInsertRows(QModelIndex(), row, row + len(lines) - 1)
        self._rows[row:row] = lines
        self.endInsertRows()
        return True

    def add_line(self, product: str = "", amount: str = "") -> int:
        row = len(self._rows)
        self._insert(row, [[product, amount]])
        return row

    def remove_line(self, row: int) -> None:
        self.removeRows(row, 1)

    def set_lines(self, lines: Sequence[tuple[str, str]]) -> None:
        """Every line replaced: the old ones removed, the new ones inserted."""
        self.removeRows(0, len(self._rows))
        self._insert(0, [[product, amount] for product, amount in lines])

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.set_lines([(str(product), str(amount)) for product, amount in rows])

    def lines(self) -> list[InvoiceLine]:
        """The typed lines, amounts read as the locale writes them; blank lines skipped. A
        bad line is refused with its number and product among the refusal's parameters
        (``line``, ``product``: the window names it)."""
        result = []
        for number, (product, amount) in enumerate(self._rows, 1):
            if not product and not amount:
                continue
            try:
                result.append(InvoiceLine(product, i18n.parse_money(amount)))
            except DomainError as error:
                raise self.named(number - 1, error) from error
        return result

    def named(self, number: int, error: CodedError) -> DomainError:
        """``error`` about line ``number`` (from 0), naming it: ``line`` (from 1) and
        ``line_product`` among its parameters (``widgets.fields.worded`` says them)."""
        params = {**error.params, "line": number + 1, "line_product": self._rows[number][0]}
        return DomainError(error.code, **params)

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
            except CodedError:
                continue  # not an amount: left as typed, the simulation will say why
            line[1] = i18n.number(value)
        if self._rows:
            self.dataChanged.emit(self.index(0, 1), self.index(len(self._rows) - 1, 1))
