"""Table models: thin adapters over rows the services fetch in pages.

A model knows how many rows its query has (one COUNT) and fetches the pages the view shows,
when it shows them: scrolling to the end of 100,000 lots reads the last page only, and a page
past the middle is read with the order reversed, so it costs what the first page costs.
Sorting re-queries with another ORDER BY; filtering re-queries with another WHERE. A model
keeps at most ``MAX_PAGES`` pages in memory.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
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
    Wording,
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


class ProjectDirectory:
    """Every project (archived too) with what it has available, read once per refresh.

    The project list, the orders and the history all show project names; the window reads
    them once and shares them instead of each table asking the ledger again."""

    def __init__(self) -> None:
        self.rows: list[tuple[Project, Decimal]] = []
        self.names: dict[int, str] = {}

    def reload(self, desk: Desk) -> None:
        try:
            self.rows = projects.list_projects(desk, include_archived=True)
        except DomainError:
            self.rows = []
        self.names = {project.id: project.name for project, _ in self.rows}


class TableModel(QAbstractTableModel):
    """Columns titled in the current language (``headers()``, read once per language), the
    amounts right-aligned; ``retranslate()`` when the language changes."""

    #: Indexes of the columns that hold amounts (right-aligned).
    MONEY_COLUMNS: frozenset[int] = frozenset()
    #: The cells show words, money or dates: a language change shows them anew.
    TRANSLATED_CELLS = True

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._titles: list[str] | None = None  # headers() in the current language

    def headers(self) -> list[str]:  # pragma: no cover - abstract
        raise NotImplementedError

    def header_tip(self, section: int) -> str | None:
        """A column title's tooltip, if it has one."""
        return None

    def titles(self) -> list[str]:
        """The column titles, translated once per language (Qt asks for them very often)."""
        if self._titles is None:
            self._titles = self.headers()
        return self._titles

    def retranslate(self) -> None:
        """Language changed: words, money and dates are shown anew."""
        self._titles = None
        columns = self.columnCount()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
        rows = self.rowCount()
        if self.TRANSLATED_CELLS and rows:
            self.dataChanged.emit(self.index(0, 0), self.index(rows - 1, columns - 1))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.titles())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            names = self.titles()
            if not 0 <= section < len(names):
                return None
            if role == Qt.ItemDataRole.DisplayRole:
                return names[section]
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return RIGHT if section in self.MONEY_COLUMNS else LEFT
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.header_tip(section)
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None


class ListTableModel(TableModel):
    """A few rows held in a list, replaced whole; subclasses say how to show a row."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def cell(self, row: Any, column: int) -> str:  # pragma: no cover - abstract
        raise NotImplementedError

    def extra(self, number: int, column: int, role: int) -> Any:
        """Any other role of row ``number`` (a tooltip, a colour, a font)."""
        return None

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

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
        return self.extra(index.row(), column, role)


class PagedTableModel(TableModel):
    """Rows fetched ``PAGE`` at a time, when shown; subclasses say how to count, fetch, show."""

    PAGE = 200
    #: Pages kept in memory; the oldest read is dropped first.
    MAX_PAGES = 50

    def __init__(self, desk: Desk, parent: Any = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self._pages: OrderedDict[int, list[Any]] = OrderedDict()
        self._total = 0
        self.last_error: DomainError | None = None
        # Qt asks for a cell's text at every paint (and a grab paints again): format it once.
        # Emptied whenever the rows, the language or the day they are shown for change.
        self._texts: dict[tuple[int, int], str] = {}
        self.modelReset.connect(self._texts.clear)
        self.layoutChanged.connect(self._texts.clear)

    # -- what subclasses provide ----------------------------------------------------------
    def _count(self) -> int:  # pragma: no cover - abstract
        raise NotImplementedError

    def _fetch(self, offset: int, limit: int, reverse: bool = False) -> list[Any]:
        """``limit`` rows from ``offset``; with ``reverse``, counted from the end, in reverse
        order (a subclass that cannot reverse its query never gets ``reverse=True``)."""
        raise NotImplementedError  # pragma: no cover - abstract

    #: Formatted cell texts kept (a few screens' worth).
    MAX_TEXTS = 20_000
    #: The query can run in the opposite order (pages past the middle are read that way).
    REVERSIBLE = False

    def cell(self, row: Any, column: int) -> str:  # pragma: no cover - abstract
        raise NotImplementedError

    def retranslate(self) -> None:
        self._texts.clear()
        super().retranslate()

    # -- paging ---------------------------------------------------------------------------
    def set_desk(self, desk: Desk) -> None:
        self.desk = desk
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._pages.clear()
        try:
            self._total = self._count()
            self.last_error = None
        except DomainError as error:
            self._total, self.last_error = 0, error
        self.endResetModel()

    def _page(self, number: int) -> list[Any]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        start = number * self.PAGE
        size = min(self.PAGE, self._total - start)
        if size <= 0:
            return []
        try:
            if self.REVERSIBLE and start + size / 2 > self._total / 2:
                page = self._fetch(self._total - start - size, size, True)
                page.reverse()
            else:
                page = self._fetch(start, size)
        except DomainError as error:  # busy or gone: show blanks; the next refresh retries
            self.last_error = error
            return []
        self._pages[number] = page
        while len(self._pages) > self.MAX_PAGES:
            self._pages.popitem(last=False)
        return page

    def total(self) -> int:
        return self._total

    def loaded_rows(self) -> int:
        """How many rows are held in memory now (at most ``PAGE * MAX_PAGES``)."""
        return sum(len(page) for page in self._pages.values())

    def row_object(self, row: int) -> Any:
        if not 0 <= row < self._total:
            return None
        page = self._page(row // self.PAGE)
        offset = row % self.PAGE
        return page[offset] if offset < len(page) else None

    def iter_rows(self) -> Iterator[tuple[int, Any]]:
        """Every row with its number, page by page (for searches; holds one page at a time)."""
        for number in range((self._total + self.PAGE - 1) // self.PAGE):
            for offset, row in enumerate(self._page(number)):
                yield number * self.PAGE + offset, row

    def find_row(self, wanted: Callable[[Any], bool], near: int = -1) -> int:
        """The first row for which ``wanted`` holds, or -1. Tried first: the pages around row
        ``near`` (where it was before a reload, say), then the pages in memory."""
        if near >= 0:
            middle = near // self.PAGE
            for number in (middle, middle - 1, middle + 1):
                if 0 <= number * self.PAGE < self._total:
                    for offset, row in enumerate(self._page(number)):
                        if wanted(row):
                            return number * self.PAGE + offset
        for number, page in list(self._pages.items()):
            for offset, row in enumerate(page):
                if wanted(row):
                    return number * self.PAGE + offset
        for number, row in self.iter_rows():
            if wanted(row):
                return number
        return -1

    def rows(self) -> list[Any]:
        """Every row (small tables and tests; a big table is read page by page instead)."""
        return [row for _, row in self.iter_rows()]

    def fetch_all(self) -> None:
        """Kept for callers that want every row at hand: reads every page once."""
        for _ in self.iter_rows():
            pass

    # -- Qt's model interface ---------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if column in self.MONEY_COLUMNS else LEFT
        if role not in self.ROLES:
            return None
        row = self.row_object(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            key = (index.row(), column)
            text = self._texts.get(key)
            if text is None:
                if len(self._texts) > self.MAX_TEXTS:
                    self._texts.clear()
                text = self._texts[key] = self.cell(row, column)
            return text
        if role == ROW_ROLE:
            return row
        return self.extra(row, column, role)

    #: The roles this model answers from a row (others are answered without reading one).
    ROLES: frozenset[int] = frozenset(
        {
            int(Qt.ItemDataRole.DisplayRole),
            ROW_ROLE,
            int(Qt.ItemDataRole.ToolTipRole),
            int(Qt.ItemDataRole.ForegroundRole),
            int(Qt.ItemDataRole.BackgroundRole),
        }
    )

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
        MovementKind.ORDER_CREATED: Q.translate("Names", "Order created"),
    }[kind]


def wording_name(code: Wording) -> str:
    """The words for a code the ledger stores (the English of ``services.wording.WORDS``)."""
    from PySide6.QtCore import QCoreApplication as Q

    return {
        Wording.PUBLIC_CLOUD_CREDIT: Q.translate("Names", "Public Cloud credit"),
        Wording.VOUCHER: Q.translate("Names", "Voucher"),
        Wording.PURCHASE_ORDER_CREATED: Q.translate("Names", "purchase order created"),
        Wording.UNUSED_AT_EXPIRY: Q.translate("Names", "unused at expiry"),
    }[code]


def shown_text(code: Wording | None, typed: str) -> str:
    """What a row says, as ``services.wording.shown`` puts it, in the window's language."""
    said = wording_name(code) if code else ""
    return f"{said} — {typed}" if said and typed else said or typed


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

    def __init__(
        self, desk: Desk, parent: Any = None, directory: ProjectDirectory | None = None
    ) -> None:
        super().__init__(desk, parent)
        #: Shared with the tables that show project names; this model reloads it.
        self.directory = directory or ProjectDirectory()
        self._all: list[tuple[Project, Decimal]] = []
        self.show_archived = False

    def headers(self) -> list[str]:
        return [self.tr("Project"), self.tr("Available")]

    def _count(self) -> int:
        # list_projects has no paging: a ledger holds at most a few hundred projects.
        self.directory.reload(self.desk)
        rows = self.directory.rows
        self._all = [row for row in rows if self.show_archived or not row[0].archived]
        return len(self._all)

    def _fetch(self, offset: int, limit: int, reverse: bool = False) -> list[Any]:
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
        for number, (project, _) in enumerate(self._all):
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
    REVERSIBLE = True

    def __init__(self, desk: Desk, parent: Any = None) -> None:
        super().__init__(desk, parent)
        self.project_id: int | None = None
        #: Every project's lots at once (no project chosen is then not an empty table).
        self.all_projects = False
        self.include_all = False
        self.search = ""
        self.sort_key = "expires_on"
        self.descending = False
        self._query: Any = None  # the LotQuery of the last reload: count and pages agree

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

    def query(self, *, reverse: bool = False) -> Any:  # a LotQuery, built by the listing service
        return listing.lot_query(
            self.desk,
            None if self.all_projects else self.project_id,
            include_all=self.include_all,
            search=self.search,
            sort=self.sort_key,
            descending=self.descending != reverse,
        )

    def _count(self) -> int:
        self._query = None
        if self.project_id is None and not self.all_projects:
            return 0
        self._query = self.query()
        return listing.count_credits(self.desk, self._query)

    def _fetch(self, offset: int, limit: int, reverse: bool = False) -> list[Any]:
        if self._query is None:
            return []
        query = (
            replace(self._query, descending=not self._query.descending)
            if reverse
            else (self._query)
        )
        return listing.credits_page(self.desk, query, limit, offset)

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
                return shown_text(lot.description_code, lot.description)
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

    def row_of_lot(self, lot_id: int, near: int = -1) -> int:
        return self.find_row(lambda lot: lot.id == lot_id, near)


# -- purchase orders -----------------------------------------------------------------------------


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

    def _fetch(self, offset: int, limit: int, reverse: bool = False) -> list[Any]:
        return orders.list_orders(
            self.desk,
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
    """The history: a million movements is a count and the pages on screen."""

    MONEY_COLUMNS = frozenset({3})
    REVERSIBLE = True

    def __init__(
        self, desk: Desk, parent: Any = None, directory: ProjectDirectory | None = None
    ) -> None:
        super().__init__(desk, parent)
        self.filter = MovementFilter()
        self._own_directory = directory is None
        self.directory = directory or ProjectDirectory()

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
        if self._own_directory:
            self.directory.reload(self.desk)
        f = self.filter
        return listing.count_movements(
            self.desk, f.project_id, kinds=f.kinds, date_from=f.date_from, date_to=f.date_to
        )

    def _fetch(self, offset: int, limit: int, reverse: bool = False) -> list[Any]:
        f = self.filter
        return listing.list_movements(
            self.desk,
            f.project_id,
            kinds=f.kinds,
            date_from=f.date_from,
            date_to=f.date_to,
            newest_first=f.newest_first != reverse,
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
                return self.directory.names.get(movement.project_id, "")
            case 3:
                return i18n.money(movement.amount)
            case 4:
                return movement.reference
            case 5:
                return movement.invoice_number or ""
            case _:
                return shown_text(movement.note_code, movement.note)


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

    def _fetch(self, offset: int, limit: int, reverse: bool = False) -> list[Any]:
        return self._all[offset : offset + limit]

    def cell(self, method: PaymentMethod, column: int) -> str:
        if column == 0:
            return payment_type_name(method.type)
        if column == 1:
            return method.label
        return self.tr("Yes") if method.default else ""


# -- invoice simulation ------------------------------------------------------------------------


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


class WaterfallModel(ListTableModel):
    """A simulation's result, source by source and lot by lot, ending with the payment method."""

    MONEY_COLUMNS = frozenset({4, 5, 6})

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
        # An account's reference is its own key: "paid from" already names it.
        rows = [
            WaterfallRow(
                n,
                source_name(a.source),
                a.reference if a.lot_id is not None else "",
                str(a.lot_id or ""),
                a.amount,
            )
            for n, a in enumerate(allocations, 1)
        ]
        if payment is not None:
            label = payment_label or self.tr("(no payment method registered)")
            ht, vat, ttc = payment
            rows.append(
                WaterfallRow(len(rows) + 1, self.tr("Payment method"), label, "", ht, vat, ttc,
                             True)
            )  # fmt: skip
        self.set_rows(rows)

    def clear(self) -> None:
        self.set_rows([])

    def rows(self) -> list[WaterfallRow]:
        return list(self._rows)

    def cell(self, row: WaterfallRow, column: int) -> str:
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

    def extra(self, number: int, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and self._rows[number].is_payment:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None
