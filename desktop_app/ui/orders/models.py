"""The purchase orders table, newest first, paged in SQL."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from desktop_app.domain.model import OrderStatus, PurchaseOrder
from desktop_app.services import orders
from desktop_app.services.desk import Desk
from desktop_app.ui import i18n
from desktop_app.ui.tables.base import PagedTableModel
from desktop_app.ui.tables.directory import ProjectDirectory
from desktop_app.ui.tables.names import order_status_name
from desktop_app.ui.widgets.tones import cell_muted


class OrderModel(PagedTableModel):
    """Purchase orders, newest first, paged in SQL."""

    MONEY_COLUMNS = frozenset({3, 4, 5})
    REVERSIBLE = True

    def __init__(
        self, desk: Desk, parent: Any = None, directory: ProjectDirectory | None = None
    ) -> None:
        super().__init__(desk, parent)
        self.status: OrderStatus | None = None
        self.project_id: int | None = None
        self.newest_first = True
        # A directory of its own is read at each reload; a shared one by its owner.
        self._own_directory = directory is None
        self.directory = directory or ProjectDirectory()

    def headers(self) -> list[str]:
        return [
            self.tr("Number"),
            self.tr("Project"),
            self.tr("Status"),
            self.tr("Amount excl. VAT"),
            self.tr("VAT"),
            self.tr("Amount incl. VAT"),
            self.tr("Created on"),
            self.tr("Paid or cancelled on"),
        ]

    def _count(self) -> int:
        if self._own_directory:
            self.directory.reload(self.desk)
        return orders.count_orders(self.desk, self.project_id, self.status)

    def fetch_on(self, desk: Desk, offset: int, limit: int, reverse: bool = False) -> list[Any]:
        return orders.list_orders(
            desk,
            self.project_id,
            self.status,
            newest_first=self.newest_first != reverse,
            limit=limit,
            offset=offset,
        )

    def row_of_order(self, number: str, near: int = -1) -> int:
        return self.find_row(lambda order: order.number == number, near)

    def cell(self, order: PurchaseOrder, column: int) -> str:
        match column:
            case 0:
                return order.number
            case 1:
                return self.directory.names.get(order.project_id, str(order.project_id))
            case 2:
                return order_status_name(order.status)
            case 3:
                return i18n.money(order.amount_ht)
            case 4:
                return i18n.money(order.vat)
            case 5:
                return i18n.money(order.amount_ttc)
            case 6:
                return i18n.day(order.created_on)
            case _:
                return i18n.day(order.paid_on or order.cancelled_on)

    def extra(self, order: PurchaseOrder, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and order.status is OrderStatus.CANCELLED:
            return cell_muted()
        return None
