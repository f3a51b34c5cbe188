"""The period report's tables: the roll-forward (a row per project and account, then the
total) and the invoices posted in the period, each with the credit note reversing it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QTableView

from desktop_app.domain.books.entries import InvoiceTotals
from desktop_app.domain.books.rollforward import COLUMNS, RollForwardRow
from desktop_app.domain.model import Account, Source
from desktop_app.services.books.rollforward import RollForwardReport
from desktop_app.ui import i18n
from desktop_app.ui.tables.base import ListTableModel
from desktop_app.ui.tables.names import source_name
from desktop_app.ui.widgets.columns import CELL_PADDING, fit_columns


def account_name(account: Account) -> str:
    """An account-level balance's row name (the sources' own names, translated)."""
    return source_name(Source(account.value))


class RollForwardModel(ListTableModel):
    """Rows are ``RollForwardRow``s and, last, the total (a row without project or account,
    shown in bold)."""

    MONEY_COLUMNS = frozenset(range(1, len(COLUMNS) + 1))

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.found: RollForwardReport | None = None

    def headers(self) -> list[str]:
        return [
            self.tr("Project"),
            self.tr("Opening"),
            self.tr("Bought"),
            self.tr("Redeemed"),
            self.tr("Returned"),
            self.tr("Used"),
            self.tr("Expired"),
            self.tr("Closing"),
        ]

    def header_tip(self, section: int) -> str | None:
        tips = {
            1: self.tr("The balance at the start of the period"),
            2: self.tr("Orders paid in the period"),
            3: self.tr("Vouchers redeemed and account top-ups"),
            4: self.tr("Given back by credit notes"),
            5: self.tr("Taken by invoices"),
            6: self.tr("Lost at expiry, recorded or due"),
            7: self.tr("What the credits table shows available at the end of the period"),
        }
        return tips.get(section)

    def show(self, found: RollForwardReport | None) -> None:
        self.found = found
        if found is None:
            self.set_rows([])
            return
        total = RollForwardRow(None, None, found.report.total)
        self.set_rows([*found.report.rows, total])

    def cell(self, row: RollForwardRow, column: int) -> str:
        if column == 0:
            if row.account is not None:
                return account_name(row.account)
            if row.project_id is None:
                return self.tr("Total")
            return self.found.name(row.project_id) if self.found else str(row.project_id)
        return i18n.money(getattr(row.figures, COLUMNS[column - 1]))

    def extra(self, number: int, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and number == len(self._rows) - 1:
            font = QFont()
            font.setBold(True)
            return font
        return None


class PostedInvoicesModel(ListTableModel):
    """Rows are ``(InvoiceTotals, project name, reversed_by)``."""

    MONEY_COLUMNS = frozenset({3, 4})

    def headers(self) -> list[str]:
        return [
            self.tr("Invoice"),
            self.tr("Date"),
            self.tr("Project"),
            self.tr("Total excl. VAT"),
            self.tr("Payment method excl. VAT"),
            self.tr("Reversed by"),
        ]

    def cell(self, row: tuple[InvoiceTotals, str, str | None], column: int) -> str:
        invoice, project, reversed_by = row
        values = (
            invoice.number or "",
            i18n.day(invoice.date),
            project,
            i18n.money(invoice.total_ht),
            i18n.money(invoice.payment.amount_ht),
            reversed_by or "",
        )
        return values[column]


#: Room around a figure or a title in the roll-forward (the table is not sorted: no room for
#: a sort indicator beside its titles).
REPORT_PADDING = CELL_PADDING + 4


def fit_report(view: QTableView, model: RollForwardModel) -> None:
    """The roll-forward's columns sized to its own figures (the widest shown, the total
    among them) and short titles, not to a sample of a million euros: its seven amounts stay
    whole beside the project's name on a 1024 px screen; a name is cut first (its tooltip
    says it whole)."""
    body, head = view.fontMetrics(), view.horizontalHeader().fontMetrics()
    rows = model.rowCount()
    floors: dict[int, int] = {}
    for column in range(model.columnCount()):
        cells = [str(model.index(r, column).data() or "") for r in range(rows)]
        value = max((body.horizontalAdvance(text) for text in cells), default=0) + REPORT_PADDING
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        width = max(head.horizontalAdvance(title) + REPORT_PADDING, value)
        if column == 0:
            width = min(width, body.averageCharWidth() * 28)
        else:
            floors[column] = value
        view.setColumnWidth(column, width)
    fit_columns(view, floors, set(floors))
