"""Credit lots: what each voucher or paid order put on a project, and what is left of it.

``used_cents`` and ``expired_cents`` are caches of the lot's USE and EXPIRE movements, kept
by the one writer of movements (``movements.record``) in the same transaction (``check``
rebuilds them from the movements).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from decimal import Decimal
from typing import Any

from desktop_app.domain.errors import DomainError
from desktop_app.domain.model import CreditLot, LotKind, Wording
from desktop_app.domain.money import from_cents, to_cents
from desktop_app.domain.notice import SOON, URGENT, NewsWindow
from desktop_app.storage.queries import LotQuery
from desktop_app.storage.sqlite.session import (
    Row,
    Session,
    day_or_none,
    products_of,
    products_text,
    where,
)

LOT_COLUMNS = (
    "id, project_id, kind, reference, total_cents, used_cents, expired_cents, "
    "valid_from, expires_on, issued_on, products, description, description_code"
)
#: Sortable lot columns (``storage.queries.LOT_SORT_KEYS``) as SQL.
LOT_SORT = {
    "kind": "kind",
    "reference": "reference",
    "description": "description",
    "total": "total_cents",
    "used": "used_cents",
    "expired": "expired_cents",
    "available": "(total_cents - used_cents - expired_cents)",
    "valid_from": "valid_from",
    "expires_on": "expires_on",
    "issued_on": "issued_on",
    "id": "id",
}
#: A second key where the first ties: lots the program describes have no typed description
#: and sort by their code (the index ``lots_sort_description`` covers both).
LOT_SORT_THEN = {"description": "description_code"}
#: The two columns that a lot's expiry changes, as a view of a day shows them (rule 18,
#: ``CreditLot.as_of``): from its expiry on, what a lot had left is expired, recorded or not.
LOT_SORT_AS_OF = {
    "expired": "(CASE WHEN expires_on <= '{day}' THEN total_cents - used_cents "
    "ELSE expired_cents END)",
    "available": "(CASE WHEN expires_on <= '{day}' THEN 0 "
    "ELSE total_cents - used_cents - expired_cents END)",
}
#: Lots with something left (the partial indexes' condition).
_OPEN = "total_cents > used_cents + expired_cents"


#: Stored codes to their members, looked up instead of called (``LotKind(text)`` is ~25
#: times slower, and a post reads hundreds of lots).
_KINDS = {kind.value: kind for kind in LotKind}
_WORDINGS = {wording.value: wording for wording in Wording}


def lot_from_row(row: Row) -> CreditLot:
    """A lot from ``LOT_COLUMNS``, its fields given in their order (a positional call is the
    record's fast one)."""
    return CreditLot(
        row[0],
        row[1],
        _KINDS[row[2]],
        row[3],
        from_cents(row[4]),
        from_cents(row[5]),
        from_cents(row[6]),
        date.fromisoformat(row[7]),
        date.fromisoformat(row[8]),
        date.fromisoformat(row[9]),
        products_of(row[10]),
        row[11],
        _WORDINGS[row[12]] if row[12] else None,
    )


def lot_filter(query: LotQuery) -> tuple[str, list[Any]]:
    """The WHERE clause of a listing and its parameters."""
    clauses: list[str] = []
    params: list[Any] = []
    if query.project_id is not None:
        clauses.append("project_id = ?")
        params.append(query.project_id)
    if not query.include_all:
        clauses.append(f"{_OPEN} AND expires_on > ?")
        params.append(query.today.isoformat())
    if query.search:
        pattern = "%" + _escape_like(query.search) + "%"
        found = ["reference LIKE ? ESCAPE '\\'", "description LIKE ? ESCAPE '\\'"]
        params += [pattern, pattern]
        if query.search_codes:  # the codes whose words match: the lots shown with those words
            found.append(f"description_code IN ({','.join('?' * len(query.search_codes))})")
            params += list(query.search_codes)
        clauses.append("(" + " OR ".join(found) + ")")
    return where(clauses), params


def lot_order(query: LotQuery, *, unrecorded_expiries: bool = True) -> str:
    """The ORDER BY of a listing. ``unrecorded_expiries=False`` says that no lot with
    something left has expired by ``query.today``: the stored columns are then exactly
    what is shown, and sort from their indexes (the usual case: every write records what
    expired up to its day)."""
    column = LOT_SORT.get(query.sort)
    if column is None:
        raise DomainError("lot.sort_unknown", sort=query.sort)
    if unrecorded_expiries and query.sort in LOT_SORT_AS_OF:
        column = LOT_SORT_AS_OF[query.sort].format(day=query.today.isoformat())
    direction = "DESC" if query.descending else "ASC"
    then = LOT_SORT_THEN.get(query.sort)
    if then:
        column = f"{column} {direction}, {then}"
    return f" ORDER BY {column} {direction}, id {direction}"


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class SqliteLots:
    __slots__ = ("_s",)

    def __init__(self, session: Session) -> None:
        self._s = session

    # -- writes ----------------------------------------------------------------------------
    def add(
        self,
        *,
        project_id: int,
        kind: LotKind,
        reference: str,
        description: str,
        total: Decimal,
        valid_from: date,
        expires_on: date,
        issued_on: date,
        products: frozenset[str] = frozenset(),
        description_code: Wording | None = None,
    ) -> CreditLot:
        cursor = self._s.run(
            "INSERT INTO lots (project_id, kind, reference, description, description_code, "
            "total_cents, valid_from, expires_on, issued_on, products) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                project_id,
                kind.value,
                reference,
                description,
                description_code.value if description_code else "",
                to_cents(total),
                valid_from.isoformat(),
                expires_on.isoformat(),
                issued_on.isoformat(),
                products_text(products),
            ),
        )
        lot = self.get(int(cursor.lastrowid or 0))
        assert lot is not None
        return lot

    # -- one lot, the waterfall ------------------------------------------------------------
    def get(self, lot_id: int) -> CreditLot | None:
        row = self._s.one(f"SELECT {LOT_COLUMNS} FROM lots WHERE id = ?", (lot_id,))
        return lot_from_row(row) if row else None

    def waterfall(self, project_id: int, on: date) -> Iterator[CreditLot]:
        """Usable lots in waterfall order, read lazily: the caller stops when paid."""
        day = on.isoformat()
        for row in self._s.rows(
            f"SELECT {LOT_COLUMNS} FROM lots INDEXED BY lots_waterfall "
            f"WHERE project_id = ? AND {_OPEN} AND valid_from <= ? AND expires_on > ? "
            "ORDER BY kind DESC, expires_on, issued_on, id",
            (project_id, day, day),
        ):
            yield lot_from_row(row)

    # -- listings --------------------------------------------------------------------------
    def page(self, query: LotQuery, *, limit: int = -1, offset: int = 0) -> list[CreditLot]:
        """The credits & vouchers table as of ``query.today`` (``CreditLot.as_of``), sorted
        by what it shows."""
        unrecorded = self.has_unrecorded_expiries(query.today)
        return self._page(query, limit, offset, unrecorded=unrecorded)

    def _page(
        self, query: LotQuery, limit: int, offset: int, *, unrecorded: bool
    ) -> list[CreditLot]:
        clause, params = lot_filter(query)
        order = lot_order(query, unrecorded_expiries=unrecorded)
        sql = f"SELECT {LOT_COLUMNS} FROM lots{clause}{order} LIMIT ? OFFSET ?"
        rows = self._s.all(sql, [*params, limit, offset])
        return [lot_from_row(r).as_of(query.today) for r in rows]

    def count(self, query: LotQuery) -> int:
        clause, params = lot_filter(query)
        row = self._s.one(f"SELECT COUNT(*) FROM lots{clause}", params)
        return int(row[0]) if row else 0

    def totals(self, query: LotQuery) -> tuple[int, int, int, int, int]:
        """The listing's lots counted and summed, as of ``query.today`` as ``page`` shows them
        (a lot expired by then, recorded or not, has its rest expired): count, then cents
        total, used, expired, available. One aggregate, whatever the number of lots."""
        clause, params = lot_filter(query)
        day = query.today.isoformat()
        row = self._s.one(
            "SELECT COUNT(*), COALESCE(SUM(total_cents), 0), COALESCE(SUM(used_cents), 0), "
            "  COALESCE(SUM(CASE WHEN expires_on <= ? THEN total_cents - used_cents "
            "    ELSE expired_cents END), 0), "
            "  COALESCE(SUM(CASE WHEN expires_on <= ? THEN 0 "
            f"    ELSE total_cents - used_cents - expired_cents END), 0) FROM lots{clause}",
            [day, day, *params],
        )
        assert row is not None
        return int(row[0]), int(row[1]), int(row[2]), int(row[3]), int(row[4])

    def has_unrecorded_expiries(self, day: date) -> bool:
        """Whether a lot with something left has expired by ``day`` (one index probe)."""
        row = self._s.one(
            "SELECT EXISTS (SELECT 1 FROM lots INDEXED BY lots_due "
            f"WHERE {_OPEN} AND expires_on <= ?)",
            (day.isoformat(),),
        )
        return bool(row and row[0])

    # -- expiries --------------------------------------------------------------------------
    def many(self, lot_ids: Iterable[int]) -> dict[int, CreditLot]:
        """The lots of ``lot_ids`` by id (those that exist), read in batches."""
        wanted = sorted(set(lot_ids))
        found: dict[int, CreditLot] = {}
        for start in range(0, len(wanted), 500):
            batch = wanted[start : start + 500]
            rows = self._s.all(
                f"SELECT {LOT_COLUMNS} FROM lots WHERE id IN ({','.join('?' * len(batch))})",
                batch,
            )
            found.update((row[0], lot_from_row(row)) for row in rows)
        return found

    def due_expiry(self, up_to: date) -> list[CreditLot]:
        """Lots with something left whose expiry is on or before ``up_to``."""
        rows = self._s.all(
            f"SELECT {LOT_COLUMNS} FROM lots WHERE {_OPEN} AND expires_on <= ? "
            "ORDER BY expires_on, id",
            (up_to.isoformat(),),
        )
        return [lot_from_row(r) for r in rows]

    def expiring(self, today: date, until: date, limit: int = -1) -> list[CreditLot]:
        rows = self._s.all(
            f"SELECT {LOT_COLUMNS} FROM lots WHERE {_OPEN} "
            "AND expires_on > ? AND expires_on <= ? ORDER BY expires_on, id LIMIT ?",
            (today.isoformat(), until.isoformat(), limit),
        )
        return [lot_from_row(r) for r in rows]

    def notice_news(self, window: NewsWindow, prefix: str) -> list[tuple[int, date, str | None]]:
        """(id, expiry, what was announced of it) of the lots where ``window`` says news can
        be: the announcements (``<prefix><id>`` settings) joined in SQL, so that a big account's
        thousands of lots announced already are not read."""
        rows = self._s.all(
            "SELECT l.id, l.expires_on, s.value FROM lots AS l "
            "LEFT JOIN settings AS s ON s.key = ?1 || l.id "
            "WHERE l.total_cents > l.used_cents + l.expired_cents "  # _OPEN, of l
            "AND l.expires_on > ?2 AND l.expires_on <= ?3 "
            "AND (s.value IS NULL OR (s.value <> ?4 AND (s.value <> ?5 OR l.expires_on <= ?6))) "
            "ORDER BY l.expires_on, l.id",
            (prefix, window.today.isoformat(), window.soon_until.isoformat(), URGENT, SOON,
             window.urgent_until.isoformat()),
        )  # fmt: skip
        return [(lot, date.fromisoformat(day), level) for lot, day, level in rows]

    def expiring_totals(self, today: date, until: date, urgent: date) -> tuple[int, int, int, int]:
        """Lots with something left expiring in (today, until]: count and cents left, and the
        same for those expiring by ``urgent``. One aggregate, not every lot."""
        row = self._s.one(
            "SELECT COUNT(*), COALESCE(SUM(total_cents - used_cents - expired_cents), 0), "
            "  COUNT(CASE WHEN expires_on <= ?3 THEN 1 END), "
            "  COALESCE(SUM(CASE WHEN expires_on <= ?3 "
            "    THEN total_cents - used_cents - expired_cents END), 0) "
            f"FROM lots WHERE {_OPEN} AND expires_on > ?1 AND expires_on <= ?2",
            (today.isoformat(), until.isoformat(), urgent.isoformat()),
        )
        assert row is not None
        return int(row[0]), int(row[1]), int(row[2]), int(row[3])

    def project_summary(self, project_id: int, today: date) -> tuple[Decimal, date | None]:
        """Available today, and the next expiry of a lot with something left."""
        row = self._s.one(
            "SELECT COALESCE(SUM(CASE WHEN valid_from <= ?1 "
            "  THEN total_cents - used_cents - expired_cents END), 0), MIN(expires_on) "
            f"FROM lots WHERE project_id = ?2 AND {_OPEN} AND expires_on > ?1",
            (today.isoformat(), project_id),
        )
        assert row is not None
        return from_cents(row[0]), day_or_none(row[1])

    def last_loss(self, project_id: int, after: date, up_to: date) -> date | None:
        """The latest expiry in ``(after, up_to]`` of a project's lot that was not used up:
        what it had left is lost on that day, recorded as EXPIRE (dated on the lot's expiry)
        or about to be by the next write. One index range, backwards, stopped at the first."""
        row = self._s.one(
            "SELECT expires_on FROM lots INDEXED BY lots_by_expiry "
            "WHERE project_id = ? AND expires_on > ? AND expires_on <= ? "
            "AND used_cents < total_cents ORDER BY expires_on DESC LIMIT 1",
            (project_id, after.isoformat(), up_to.isoformat()),
        )
        return day_or_none(row[0]) if row else None
