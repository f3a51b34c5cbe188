"""The credits & vouchers table of a project, paged, sorted and filtered in SQL."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import Qt

from desktop_app.domain.model import CreditLot, LotStatus
from desktop_app.domain.notice import NoticeDays
from desktop_app.domain.record import replace
from desktop_app.services import listing, notices
from desktop_app.services.desk import Desk
from desktop_app.ui import i18n
from desktop_app.ui.tables.base import PagedTableModel
from desktop_app.ui.tables.names import kind_name, shown_text, status_name
from desktop_app.ui.widgets.tones import Hue, cell_muted, cell_tint


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
        self._query: listing.LotFilter | None = None  # the last reload's: count, pages agree
        #: Lots expiring within ``notice.days`` are highlighted (the ledger's lead time).
        self.notice = NoticeDays()

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

    def query(self, *, reverse: bool = False) -> listing.LotFilter:
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
            return 0  # no rows: no lead time to read (the start sorts before it chooses)
        self.notice = notices.notice_days(self.desk)
        self._query = self.query()
        return listing.count_credits(self.desk, self._query)

    def fetch_on(self, desk: Desk, offset: int, limit: int, reverse: bool = False) -> list[Any]:
        if self._query is None:
            return []
        query = (
            replace(self._query, descending=not self._query.descending)
            if reverse
            else (self._query)
        )
        return listing.credits_page(desk, query, limit, offset)

    def totals(self) -> listing.LotTotals | None:
        """Every lot listed (not only the pages read), summed by one SQL aggregate."""
        if self._query is None:
            return None
        return listing.credits_totals(self.desk, self._query)

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
            days=self.notice.days
        )

    def extra(self, lot: CreditLot, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and self.expiring_soon(lot):
            return cell_tint(Hue.WARNING)
        if role == Qt.ItemDataRole.ForegroundRole and lot.status(self.desk.today) in (
            LotStatus.EXPIRED,
            LotStatus.EXHAUSTED,
        ):
            return cell_muted()
        if role == Qt.ItemDataRole.ToolTipRole:
            if self.expiring_soon(lot):
                days = (lot.expires_on - self.desk.today).days
                return self.tr("Expires in %1 day(s)").replace("%1", str(days))
            if lot.products:
                return self.tr("Only for: %1").replace("%1", ", ".join(sorted(lot.products)))
        return None

    def row_of_lot(self, lot_id: int, near: int = -1) -> int:
        return self.find_row(lambda lot: lot.id == lot_id, near)
