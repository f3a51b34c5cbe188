"""Table models: thin adapters over rows the services fetch in pages.

Sorting re-queries with another ORDER BY; filtering re-queries with another WHERE. A view
never holds more rows than it has scrolled to.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from desktop_app.domain.errors import DomainError
from desktop_app.domain.model import (
    Allocation,
    CreditLot,
    InvoiceLine,
    LotKind,
    LotStatus,
    Movement,
    MovementKind,
    OrderStatus,
    PaymentMethod,
    PaymentType,
    Project,
    PurchaseOrder,
    Source,
)
from desktop_app.services import listing, orders, projects
from desktop_app.services.desk import Desk
from desktop_app.ui import i18n

Index = QModelIndex | QPersistentModelIndex
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
#: Lots expiring within this many days are highlighted.
EXPIRY_WARNING_DAYS = 30
SOON = QColor("#fff1c7")
MUTED = QColor("#7a7a7a")
ROW_ROLE = int(Qt.ItemDataRole.UserRole) + 1


class PagedTableModel(QAbstractTableModel):
    """Rows fetched ``PAGE`` at a time; subclasses say how to count, fetch and show them."""

    PAGE = 200
    #: Indexes of the columns that hold amounts (right-aligned).
    MONEY_COLUMNS: frozenset[int] = frozenset()

    def __init__(self, desk: Desk, parent: Any = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self._rows: list[Any] = []
        self._total = 0
        self.last_error: DomainError | None = None

    # -- what subclasses provide ----------------------------------------------------------
    def headers(self) -> list[str]:  # pragma: no cover - abstract
        raise NotImplementedError

    def _count(self) -> int:  # pragma: no cover - abstract
        raise NotImplementedError

    def _fetch(self, offset: int, limit: int) -> list[Any]:  # pragma: no cover - abstract
        raise NotImplementedError

    def cell(self, row: Any, column: int) -> str:  # pragma: no cover - abstract
        raise NotImplementedError

    # -- paging ---------------------------------------------------------------------------
    def set_desk(self, desk: Desk) -> None:
        self.desk = desk
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        try:
            self._total = self._count()
            self._rows = self._fetch(0, self.PAGE) if self._total else []
            self.last_error = None
        except DomainError as error:
            self._rows, self._total, self.last_error = [], 0, error
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        start = len(self._rows)
        batch = self._fetch(start, self.PAGE)
        if not batch:
            self._total = start
            return
        self.beginInsertRows(QModelIndex(), start, start + len(batch) - 1)
        self._rows.extend(batch)
        self.endInsertRows()

    def total(self) -> int:
        return self._total

    def fetch_all(self) -> None:
        while self.canFetchMore():
            self.fetchMore()

    def row_object(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[Any]:
        return list(self._rows)

    def retranslate(self) -> None:
        """Language changed: words, money and dates are shown anew."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._rows:
            last = self.index(len(self._rows) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    # -- Qt's model interface ---------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            names = self.headers()
            if not 0 <= section < len(names):
                return None
            if role == Qt.ItemDataRole.DisplayRole:
                return names[section]
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return RIGHT if section in self.MONEY_COLUMNS else LEFT
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if column in self.MONEY_COLUMNS else LEFT
        if role == ROW_ROLE:
            return row
        return self.extra(row, column, role)

    def extra(self, row: Any, column: int, role: int) -> Any:
        return None


# -- names the accountant reads ------------------------------------------------------------------


def kind_name(kind: LotKind) -> str:
    from PySide6.QtCore import QCoreApplication as Q

    return {
        LotKind.VOUCHER: Q.translate("Names", "Voucher"),
        LotKind.CREDIT: Q.translate("Names", "Credit"),
    }[kind]


def status_name(status: LotStatus) -> str:
    from PySide6.QtCore import QCoreApplication as Q

    return {
        LotStatus.ACTIVE: Q.translate("Names", "Active"),
        LotStatus.EXHAUSTED: Q.translate("Names", "Exhausted"),
        LotStatus.EXPIRED: Q.translate("Names", "Expired"),
        LotStatus.UPCOMING: Q.translate("Names", "Not yet valid"),
    }[status]


def order_status_name(status: OrderStatus) -> str:
    from PySide6.QtCore import QCoreApplication as Q

    return {
        OrderStatus.PENDING: Q.translate("Names", "Pending"),
        OrderStatus.PAID: Q.translate("Names", "Paid"),
        OrderStatus.CANCELLED: Q.translate("Names", "Cancelled"),
    }[status]


def source_name(source: Source) -> str:
    from PySide6.QtCore import QCoreApplication as Q

    return {
        Source.VOUCHER: Q.translate("Names", "Voucher"),
        Source.CREDIT: Q.translate("Names", "Credit"),
        Source.DIGITAL_LAUNCHPAD: Q.translate("Names", "Digital LaunchPad"),
        Source.LOYALTY: Q.translate("Names", "Loyalty account"),
    }[source]


def movement_kind_name(kind: MovementKind) -> str:
    from PySide6.QtCore import QCoreApplication as Q

    return {
        MovementKind.VOUCHER: Q.translate("Names", "Voucher redeemed"),
        MovementKind.ORDER: Q.translate("Names", "Order paid"),
        MovementKind.USE: Q.translate("Names", "Used by an invoice"),
        MovementKind.EXPIRE: Q.translate("Names", "Lost at expiry"),
        MovementKind.BONUS: Q.translate("Names", "Account top-up"),
        MovementKind.CANCEL: Q.translate("Names", "Order cancelled"),
        MovementKind.MANUAL: Q.translate("Names", "Adjustment"),
    }[kind]


def payment_type_name(kind: PaymentType) -> str:
    from PySide6.QtCore import QCoreApplication as Q

    return {
        PaymentType.CARD: Q.translate("Names", "Card"),
        PaymentType.SEPA: Q.translate("Names", "SEPA direct debit"),
        PaymentType.PAYPAL: Q.translate("Names", "PayPal"),
        PaymentType.TRANSFER: Q.translate("Names", "Bank transfer"),
    }[kind]


# -- projects ----------------------------------------------------------------------------------


class ProjectModel(PagedTableModel):
    """Projects by name with what each has available today."""

    MONEY_COLUMNS = frozenset({1})

    def __init__(self, desk: Desk, parent: Any = None) -> None:
        super().__init__(desk, parent)
        self._all: list[tuple[Project, Decimal]] = []
        self.show_archived = False

    def headers(self) -> list[str]:
        return [self.tr("Project"), self.tr("Available")]

    def _count(self) -> int:
        # list_projects has no paging: a ledger holds a handful of projects.
        self._all = projects.list_projects(self.desk, include_archived=self.show_archived)
        return len(self._all)

    def _fetch(self, offset: int, limit: int) -> list[Any]:
        return self._all[offset : offset + limit]

    def cell(self, row: tuple[Project, Decimal], column: int) -> str:
        project, available = row
        if column == 0:
            return project.name + (self.tr(" (archived)") if project.archived else "")
        return i18n.money(available)

    def extra(self, row: tuple[Project, Decimal], column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and row[0].description:
            return row[0].description
        if role == Qt.ItemDataRole.ForegroundRole and row[0].archived:
            return QBrush(MUTED)
        return None

    def project_at(self, row: int) -> Project | None:
        found = self.row_object(row)
        return found[0] if found else None

    def row_of(self, project_id: int) -> int:
        self.fetch_all()
        for number, (project, _) in enumerate(self._rows):
            if project.id == project_id:
                return number
        return -1


# -- credits & vouchers ------------------------------------------------------------------------


class LotModel(PagedTableModel):
    """The credits & vouchers table of one project."""

    SORT_KEYS = (
        "kind", "reference", "description", "total", "used", "expired", "available",
        "valid_from", "expires_on", "expires_on",
    )  # fmt: skip
    MONEY_COLUMNS = frozenset({3, 4, 5, 6})
    EXPIRES_COLUMN = 8

    def __init__(self, desk: Desk, parent: Any = None) -> None:
        super().__init__(desk, parent)
        self.project_id: int | None = None
        self.include_all = False
        self.search = ""
        self.sort_key = "expires_on"
        self.descending = False

    def headers(self) -> list[str]:
        return [
            self.tr("Kind"),
            self.tr("Reference"),
            self.tr("Description"),
            self.tr("Total"),
            self.tr("Used"),
            self.tr("Expired"),
            self.tr("Available"),
            self.tr("Valid from"),
            self.tr("Expires on"),
            self.tr("Status"),
        ]

    def query(self) -> Any:  # storage.ledger.LotQuery, built by the listing service
        return listing.lot_query(
            self.desk,
            self.project_id,
            include_all=self.include_all,
            search=self.search,
            sort=self.sort_key,
            descending=self.descending,
        )

    def _count(self) -> int:
        if self.project_id is None:
            return 0
        return self.desk.ledger.count_lots(self.query())

    def _fetch(self, offset: int, limit: int) -> list[Any]:
        if self.project_id is None:
            return []
        return self.desk.ledger.lots(self.query(), limit=limit, offset=offset)

    def set_filter(
        self,
        *,
        project_id: int | None = None,
        include_all: bool | None = None,
        search: str | None = None,
    ) -> None:
        if project_id is not None:
            self.project_id = project_id
        if include_all is not None:
            self.include_all = include_all
        if search is not None:
            self.search = search
        self.reload()

    def clear_project(self) -> None:
        self.project_id = None
        self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.SORT_KEYS):
            return
        self.sort_key = self.SORT_KEYS[column]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def cell(self, lot: CreditLot, column: int) -> str:
        today = self.desk.today
        match column:
            case 0:
                return kind_name(lot.kind)
            case 1:
                return lot.reference
            case 2:
                return lot.description
            case 3:
                return i18n.money(lot.total)
            case 4:
                return i18n.money(lot.used)
            case 5:
                return i18n.money(lot.expired)
            case 6:
                return i18n.money(lot.available)
            case 7:
                return i18n.day(lot.valid_from)
            case 8:
                return i18n.day(lot.expires_on)
            case _:
                return status_name(lot.status(today))

    def expiring_soon(self, lot: CreditLot) -> bool:
        today = self.desk.today
        return lot.available > 0 and today < lot.expires_on <= today + timedelta(
            days=EXPIRY_WARNING_DAYS
        )

    def extra(self, lot: CreditLot, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and self.expiring_soon(lot):
            return QBrush(SOON)
        if role == Qt.ItemDataRole.ForegroundRole and lot.status(self.desk.today) in (
            LotStatus.EXPIRED,
            LotStatus.EXHAUSTED,
        ):
            return QBrush(MUTED)
        if role == Qt.ItemDataRole.ToolTipRole:
            if self.expiring_soon(lot):
                days = (lot.expires_on - self.desk.today).days
                return self.tr("Expires in %1 day(s)").replace("%1", str(days))
            if lot.products:
                return self.tr("Only for: %1").replace("%1", ", ".join(sorted(lot.products)))
        return None

    def row_of_lot(self, lot_id: int) -> int:
        for number, lot in enumerate(self._rows):
            if lot.id == lot_id:
                return number
        while self.canFetchMore():
            start = len(self._rows)
            self.fetchMore()
            for number, lot in enumerate(self._rows[start:], start):
                if lot.id == lot_id:
                    return number
        return -1


# -- purchase orders -----------------------------------------------------------------------------


class OrderModel(PagedTableModel):
    MONEY_COLUMNS = frozenset({3, 4, 5})

    def __init__(self, desk: Desk, parent: Any = None) -> None:
        super().__init__(desk, parent)
        self.status: OrderStatus | None = None
        self.project_id: int | None = None
        self._all: list[PurchaseOrder] = []
        self._names: dict[int, str] = {}

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
        # list_orders has no limit/offset yet; pages are cut from its result.
        self._all = orders.list_orders(self.desk, self.project_id, self.status)
        self._names = {
            p.id: p.name for p, _ in projects.list_projects(self.desk, include_archived=True)
        }
        return len(self._all)

    def _fetch(self, offset: int, limit: int) -> list[Any]:
        return self._all[offset : offset + limit]

    def cell(self, order: PurchaseOrder, column: int) -> str:
        match column:
            case 0:
                return order.number
            case 1:
                return self._names.get(order.project_id, str(order.project_id))
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
            return QBrush(MUTED)
        return None


# -- history ---------------------------------------------------------------------------------


@dataclass
class MovementFilter:
    project_id: int | None = None
    kinds: tuple[MovementKind, ...] = ()
    date_from: date | None = None
    date_to: date | None = None
    newest_first: bool = True


class MovementModel(PagedTableModel):
    MONEY_COLUMNS = frozenset({3})

    def __init__(self, desk: Desk, parent: Any = None) -> None:
        super().__init__(desk, parent)
        self.filter = MovementFilter()
        self._names: dict[int, str] = {}

    def headers(self) -> list[str]:
        return [
            self.tr("Date"),
            self.tr("Movement"),
            self.tr("Project"),
            self.tr("Amount"),
            self.tr("Reference"),
            self.tr("Invoice"),
            self.tr("Note"),
        ]

    def _count(self) -> int:
        self._names = {
            p.id: p.name for p, _ in projects.list_projects(self.desk, include_archived=True)
        }
        f = self.filter
        return self.desk.ledger.count_movements(
            project_id=f.project_id, kinds=f.kinds, date_from=f.date_from, date_to=f.date_to
        )

    def _fetch(self, offset: int, limit: int) -> list[Any]:
        f = self.filter
        return self.desk.ledger.movements(
            project_id=f.project_id,
            kinds=f.kinds,
            date_from=f.date_from,
            date_to=f.date_to,
            newest_first=f.newest_first,
            limit=limit,
            offset=offset,
        )

    def set_filter(self, movement_filter: MovementFilter) -> None:
        self.filter = movement_filter
        self.reload()

    def cell(self, movement: Movement, column: int) -> str:
        match column:
            case 0:
                return i18n.day(movement.date)
            case 1:
                return movement_kind_name(movement.kind)
            case 2:
                if movement.project_id is None:
                    return self.tr("(account)")
                return self._names.get(movement.project_id, "")
            case 3:
                return i18n.money(movement.amount)
            case 4:
                return movement.reference
            case 5:
                return movement.invoice_number or ""
            case _:
                return movement.note


# -- payment methods ----------------------------------------------------------------------------


class PaymentMethodModel(PagedTableModel):
    def __init__(self, desk: Desk, parent: Any = None) -> None:
        super().__init__(desk, parent)
        self._all: list[PaymentMethod] = []

    def headers(self) -> list[str]:
        return [self.tr("Type"), self.tr("Label"), self.tr("Default")]

    def _count(self) -> int:
        from desktop_app.services.accounts import account_summary

        self._all = account_summary(self.desk).payment_methods
        return len(self._all)

    def _fetch(self, offset: int, limit: int) -> list[Any]:
        return self._all[offset : offset + limit]

    def cell(self, method: PaymentMethod, column: int) -> str:
        if column == 0:
            return payment_type_name(method.type)
        if column == 1:
            return method.label
        return self.tr("Yes") if method.default else ""


# -- invoice simulation ------------------------------------------------------------------------


class InvoiceLinesModel(QAbstractTableModel):
    """The lines typed for a simulation: product and amount excl. VAT, edited in place."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._lines: list[list[str]] = [["compute", ""]]

    def headers(self) -> list[str]:
        return [self.tr("Product"), self.tr("Amount excl. VAT")]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < 2:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.headers()[section]
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return RIGHT if section == 1 else LEFT
            return None
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._lines):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._lines[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if index.column() == 1 else LEFT
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        self._lines[index.row()][index.column()] = str(value).strip()
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, role])
        return True

    def add_line(self, product: str = "", amount: str = "") -> int:
        row = len(self._lines)
        self.beginInsertRows(QModelIndex(), row, row)
        self._lines.append([product, amount])
        self.endInsertRows()
        return row

    def remove_line(self, row: int) -> None:
        if 0 <= row < len(self._lines):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._lines[row]
            self.endRemoveRows()

    def set_lines(self, lines: Sequence[tuple[str, str]]) -> None:
        self.beginResetModel()
        self._lines = [[p, a] for p, a in lines]
        self.endResetModel()

    def lines(self) -> list[InvoiceLine]:
        """The typed lines, amounts read as the locale writes them; blank lines skipped."""
        result = []
        for product, amount in self._lines:
            if not product and not amount:
                continue
            result.append(InvoiceLine(product, i18n.parse_money(amount)))
        return result

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 1)


@dataclass(frozen=True)
class WaterfallRow:
    step: int
    source: str
    reference: str
    lot: str
    amount_ht: Decimal
    vat: Decimal | None = None
    amount_ttc: Decimal | None = None
    is_payment: bool = False


class WaterfallModel(QAbstractTableModel):
    """A simulation's result, source by source and lot by lot, ending with the payment method."""

    MONEY_COLUMNS = frozenset({4, 5, 6})

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[WaterfallRow] = []

    def headers(self) -> list[str]:
        return [
            self.tr("Step"),
            self.tr("Paid from"),
            self.tr("Reference"),
            self.tr("Lot"),
            self.tr("Excl. VAT"),
            self.tr("VAT"),
            self.tr("Incl. VAT"),
        ]

    def set_result(
        self,
        allocations: Sequence[Allocation],
        payment_label: str | None,
        payment: tuple[Decimal, Decimal, Decimal] | None,
    ) -> None:
        self.beginResetModel()
        rows = [
            WaterfallRow(n, source_name(a.source), a.reference, str(a.lot_id or ""), a.amount)
            for n, a in enumerate(allocations, 1)
        ]
        if payment is not None:
            label = payment_label or self.tr("(no payment method registered)")
            ht, vat, ttc = payment
            rows.append(
                WaterfallRow(len(rows) + 1, self.tr("Payment method"), label, "", ht, vat, ttc,
                             True)
            )  # fmt: skip
        self._rows = rows
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._rows = []
        self.endResetModel()

    def rows(self) -> list[WaterfallRow]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < 7:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.headers()[section]
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return RIGHT if section in self.MONEY_COLUMNS else LEFT
            return None
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            values = [
                str(row.step),
                row.source,
                row.reference,
                row.lot,
                i18n.money(row.amount_ht),
                i18n.money(row.vat) if row.vat is not None else "",
                i18n.money(row.amount_ttc if row.amount_ttc is not None else row.amount_ht),
            ]
            return values[column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if column in self.MONEY_COLUMNS else LEFT
        if role == Qt.ItemDataRole.FontRole and row.is_payment:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 6)
