"""The posted invoices' tables: the list (paged in SQL), and an invoice's lines, who paid what
lot by lot, and what its credit note gave back."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import Qt

from desktop_app.domain.books.creditnote import Returned
from desktop_app.domain.books.entries import InvoiceTotals
from desktop_app.domain.model import Allocation, InvoiceLine
from desktop_app.services.books import reversal
from desktop_app.services.desk import Desk
from desktop_app.ui import i18n
from desktop_app.ui.tables.base import ListTableModel, PagedTableModel
from desktop_app.ui.tables.directory import ProjectDirectory
from desktop_app.ui.tables.names import source_name
from desktop_app.ui.widgets.tones import cell_muted


@dataclass(frozen=True)
class InvoiceFilter:
    """A project (None: all) and a period (both ends included; None: open)."""

    project_id: int | None = None
    date_from: date | None = None
    date_to: date | None = None


class PostedInvoiceModel(PagedTableModel):
    """Rows are ``(InvoiceTotals, reversed_by)``, newest first; a reversed one in grey."""

    MONEY_COLUMNS = frozenset({3, 4, 5})
    REVERSIBLE = True

    def __init__(self, desk: Desk, directory: ProjectDirectory, parent: Any = None) -> None:
        super().__init__(desk, parent)
        self.directory = directory
        self.filter = InvoiceFilter()

    def headers(self) -> list[str]:
        return [
            self.tr("Invoice"),
            self.tr("Date"),
            self.tr("Project"),
            self.tr("Total excl. VAT"),
            self.tr("Credit and vouchers"),
            self.tr("Payment method"),
            self.tr("Reversed by"),
        ]

    def header_tip(self, section: int) -> str | None:
        tips = {
            4: self.tr("Paid by vouchers, purchased credit and the account balances"),
            5: self.tr("What the payment method paid, excl. VAT"),
            6: self.tr("The credit note reversing the invoice"),
        }
        return tips.get(section)

    def set_filter(self, wanted: InvoiceFilter) -> None:
        self.filter = wanted
        self.reload()

    def _count(self) -> int:
        f = self.filter
        return reversal.count_invoices(self.desk, f.project_id, f.date_from, f.date_to)

    def fetch_on(self, desk: Desk, offset: int, limit: int, reverse: bool = False) -> list[Any]:
        f = self.filter
        return reversal.list_invoices(
            desk, f.project_id, f.date_from, f.date_to,
            newest_first=not reverse, limit=limit, offset=offset,
        )  # fmt: skip

    def row_of_invoice(self, number: str, near: int = -1) -> int:
        return self.find_row(lambda row: row[0].number == number, near)

    def cell(self, row: tuple[InvoiceTotals, str | None], column: int) -> str:
        invoice, reversed_by = row
        match column:
            case 0:
                return invoice.number
            case 1:
                return i18n.day(invoice.date)
            case 2:
                return self.directory.names.get(invoice.project_id, str(invoice.project_id))
            case 3:
                return i18n.money(invoice.total_ht)
            case 4:
                return i18n.money(invoice.total_ht - invoice.payment.amount_ht)
            case 5:
                return i18n.money(invoice.payment.amount_ht)
            case _:
                return reversed_by or ""

    def extra(self, row: tuple[InvoiceTotals, str | None], column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and row[1] is not None:
            return cell_muted()
        return None


class LinesModel(ListTableModel):
    """An invoice's lines as posted."""

    MONEY_COLUMNS = frozenset({1})

    def headers(self) -> list[str]:
        return [self.tr("Product"), self.tr("Amount excl. VAT")]

    def cell(self, line: InvoiceLine, column: int) -> str:
        return line.product if column == 0 else i18n.money(line.amount)


class PaidByModel(ListTableModel):
    """Who paid what, lot by lot, in the order applied (``Allocation`` rows)."""

    MONEY_COLUMNS = frozenset({2})

    def headers(self) -> list[str]:
        return [self.tr("Paid by"), self.tr("Lot"), self.tr("Amount excl. VAT")]

    def header_tip(self, section: int) -> str | None:
        if section == 1:
            return self.tr("The voucher's code or the order's number; double-click: its movements")
        return None

    def cell(self, allocation: Allocation, column: int) -> str:
        if column == 0:
            return source_name(allocation.source)
        if column == 1:  # an account-level balance is no lot
            return allocation.reference if allocation.lot_id is not None else "–"
        return i18n.money(allocation.amount)


class ReturnedModel(ListTableModel):
    """What a credit note gave back, where it came from (``Returned`` rows)."""

    MONEY_COLUMNS = frozenset({2, 3})

    def headers(self) -> list[str]:
        return [
            self.tr("Given back to"),
            self.tr("Lot"),
            self.tr("Amount excl. VAT"),
            self.tr("Lost again at expiry"),
        ]

    def cell(self, returned: Returned, column: int) -> str:
        values = (
            source_name(returned.source),
            returned.reference if returned.lot_id is not None else "–",
            i18n.money(returned.amount),
            i18n.money(returned.expired_again),
        )
        return values[column]
