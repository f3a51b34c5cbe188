"""Credit lots on PostgreSQL: SQLite's repository, but what depends on what is left of a lot
is read from ``lot_left`` (schema 9, ``schema.py`` says why), where the indexes on it are.

``lots`` has no index that names ``used_cents`` or ``expired_cents``, so a post updates its
lots in place (HOT); the queries below find lots by what they have left through
``lot_left``'s indexes (``s``), and read the lots themselves (``l``) by their key. The
listing's filters stay SQLite's: they name only columns of ``lots``.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal

from desktop_app.domain.model import CreditLot, LotKind
from desktop_app.domain.money import from_cents
from desktop_app.domain.notice import SOON, URGENT, NewsWindow
from desktop_app.storage.queries import LotQuery
from desktop_app.storage.sqlite.lots import (
    LOT_COLUMNS,
    SqliteLots,
    lot_filter,
    lot_from_row,
)
from desktop_app.storage.sqlite.session import day_or_none

#: ``LOT_COLUMNS`` of ``l``, a lot read by its key from a row ``s`` of ``lot_left``.
_L = ", ".join(f"l.{column}" for column in LOT_COLUMNS.split(", "))
_OPEN_JOINED = "lot_left s JOIN lots l ON l.id = s.lot_id WHERE s.left_cents > 0"
_KEY = "(s.expires_on, s.issued_on, s.lot_id)"
#: The waterfall's first page covers a usual invoice (~250 lots); the next ones are larger.
FIRST_PAGE, NEXT_PAGES = 300, 2000


class PgLots(SqliteLots):
    __slots__ = ()

    def waterfall(self, project_id: int, on: date) -> Iterator[CreditLot]:
        """Vouchers, then credit (``kind DESC``), each in keyset pages of the
        ``lot_left_waterfall`` index: the first page is what an invoice usually needs."""
        day = on.isoformat()
        for kind in (LotKind.VOUCHER, LotKind.CREDIT):
            key: tuple[str, str, int] | None = None
            limit = FIRST_PAGE
            while True:
                after = "" if key is None else f" AND {_KEY} > (?, ?, ?)"
                rows = self._s.all(
                    f"SELECT {_L} FROM {_OPEN_JOINED} AND s.project_id = ? AND s.kind = ? "
                    f"AND s.valid_from <= ? AND s.expires_on > ?{after} "
                    "ORDER BY s.expires_on, s.issued_on, s.lot_id LIMIT ?",
                    [project_id, kind.value, day, day, *(key or ()), limit],
                )
                for row in rows:
                    yield lot_from_row(row)
                if len(rows) < limit:
                    break
                key, limit = (rows[-1][8], rows[-1][9], rows[-1][0]), NEXT_PAGES

    def has_unrecorded_expiries(self, day: date) -> bool:
        """The soonest expiry of a lot with something left (one probe of ``lot_left_due``)."""
        row = self._s.one("SELECT MIN(expires_on) FROM lot_left WHERE left_cents > 0")
        return bool(row and row[0] is not None and row[0] <= day.isoformat())

    def page(self, query: LotQuery, *, limit: int = -1, offset: int = 0) -> list[CreditLot]:
        """SQLite's, but every project's lots sorted by what is available come in the order
        of ``lot_left_sort`` (when the stored rests are what is shown: no expiry left to
        record by ``query.today``). One project's are its rows sorted, as on SQLite: walking
        every lot's rest for a project's few would read the whole index."""
        unrecorded = self.has_unrecorded_expiries(query.today)
        if query.sort != "available" or query.project_id is not None or unrecorded:
            return self._page(query, limit, offset, unrecorded=unrecorded)
        clause, params = lot_filter(query)
        direction = "DESC" if query.descending else "ASC"
        left = "" if query.include_all else " WHERE left_cents > 0"  # a range of the index
        # lot_left's columns renamed away: the filter's names are the lot's, unqualified
        rows = self._s.all(
            f"SELECT {LOT_COLUMNS} FROM lots JOIN (SELECT lot_id, left_cents AS rest "
            f"FROM lot_left{left}) AS s ON s.lot_id = lots.id{clause} "
            f"ORDER BY s.rest {direction}, s.lot_id {direction} LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        return [lot_from_row(r).as_of(query.today) for r in rows]

    def due_expiry(self, up_to: date) -> list[CreditLot]:
        return self._open_by_expiry(None, up_to)

    def expiring(self, today: date, until: date, limit: int = -1) -> list[CreditLot]:
        return self._open_by_expiry(today, until, limit)

    def _open_by_expiry(self, after: date | None, up_to: date, limit: int = -1) -> list[CreditLot]:
        """Lots with something left expiring in (``after``, ``up_to``], soonest first, from
        ``lot_left_due``."""
        since = "" if after is None else " AND s.expires_on > ?"
        rows = self._s.all(
            f"SELECT {_L} FROM {_OPEN_JOINED}{since} AND s.expires_on <= ? "
            "ORDER BY s.expires_on, s.lot_id LIMIT ?",
            [*([] if after is None else [after.isoformat()]), up_to.isoformat(), limit],
        )
        return [lot_from_row(r) for r in rows]

    def notice_news(self, window: NewsWindow, prefix: str) -> list[tuple[int, date, str | None]]:
        rows = self._s.all(
            "SELECT s.lot_id, s.expires_on, n.value FROM lot_left s "
            "LEFT JOIN settings AS n ON n.key = ?1 || s.lot_id "
            "WHERE s.left_cents > 0 AND s.expires_on > ?2 AND s.expires_on <= ?3 "
            "AND (n.value IS NULL OR (n.value <> ?4 AND (n.value <> ?5 OR s.expires_on <= ?6))) "
            "ORDER BY s.expires_on, s.lot_id",
            (prefix, window.today.isoformat(), window.soon_until.isoformat(), URGENT, SOON,
             window.urgent_until.isoformat()),
        )  # fmt: skip
        return [(lot, date.fromisoformat(day), level) for lot, day, level in rows]

    def expiring_totals(self, today: date, until: date, urgent: date) -> tuple[int, int, int, int]:
        row = self._s.one(
            "SELECT COUNT(*), COALESCE(SUM(left_cents), 0), "
            "  COUNT(CASE WHEN expires_on <= ?3 THEN 1 END), "
            "  COALESCE(SUM(CASE WHEN expires_on <= ?3 THEN left_cents END), 0) "
            "FROM lot_left WHERE left_cents > 0 AND expires_on > ?1 AND expires_on <= ?2",
            (today.isoformat(), until.isoformat(), urgent.isoformat()),
        )
        assert row is not None
        return int(row[0]), int(row[1]), int(row[2]), int(row[3])

    def project_summary(self, project_id: int, today: date) -> tuple[Decimal, date | None]:
        row = self._s.one(
            "SELECT COALESCE(SUM(CASE WHEN valid_from <= ?1 THEN left_cents END), 0), "
            "  MIN(expires_on) FROM lot_left "
            "WHERE project_id = ?2 AND left_cents > 0 AND expires_on > ?1",
            (today.isoformat(), project_id),
        )
        assert row is not None
        return from_cents(row[0]), day_or_none(row[1])


#: What each project has available on a day (``PgProjects.with_available``): its lots with
#: something left, valid that day, from ``lot_left_waterfall``.
AVAILABLE_OF_PROJECT = (
    "COALESCE((SELECT SUM(s.left_cents) FROM lot_left s WHERE s.project_id = p.id "
    "  AND s.left_cents > 0 AND s.valid_from <= ?1 AND s.expires_on > ?1), 0)"
)
