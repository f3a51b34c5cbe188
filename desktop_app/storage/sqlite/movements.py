"""The history: append-only movements, each explaining a change of a lot or an account.

The only writer of movements (``record``), and so of the caches they explain.

A page of a million movements is picked from an index alone, then only its rows are read.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from desktop_app.domain.model import LotKind, Movement, MovementKind, Wording
from desktop_app.domain.money import from_cents, to_cents
from desktop_app.domain.postings import Posting
from desktop_app.storage.queries import MovementQuery
from desktop_app.storage.sqlite.schema_books import MOVEMENT_DAYS_SUMS
from desktop_app.storage.sqlite.session import Row, Session, where

if TYPE_CHECKING:
    from desktop_app.domain.books.movements import DaySum

MOVEMENT_COLUMNS = (
    "m.id, m.date, m.kind, m.amount_cents, m.reference, m.project_id, m.lot_id, m.account, "
    "i.number, m.note, m.note_code, m.credit_note"
)
_FROM = "FROM movements m LEFT JOIN invoices i ON i.id = m.invoice_id"
#: The history's rows also name the lot each moved (its reference): which lot paid.
_WITH_LOT = f"{MOVEMENT_COLUMNS}, l.reference {_FROM} LEFT JOIN lots l ON l.id = m.lot_id"
#: The movements whose amounts a lot's cache columns add up (the others are its total):
#: what an invoice used, less what a credit note gave back, and what was lost at expiry.
_USED = frozenset({MovementKind.USE, MovementKind.RETURN})
_LOT_CACHES = _USED | {MovementKind.EXPIRE}
#: ``movement_days`` gets what the movements written after ``id`` add up to.
_ADD_DAYS = (
    "INSERT INTO movement_days (day, kind, project_id, lot_kind, account, amount_cents) "
    f"{MOVEMENT_DAYS_SUMS} AND m.id > ? GROUP BY 1, 2, 3, 4, 5 "
    "ON CONFLICT (day, kind, project_id, lot_kind, account) "
    "DO UPDATE SET amount_cents = movement_days.amount_cents + excluded.amount_cents"
)
#: No filter: every movement.
EVERY = MovementQuery()


#: The columns of ``movement_rows``' rows, in their order (both backends write them).
MOVEMENT_WRITTEN = (
    "date, kind, amount_cents, reference, project_id, lot_id, account, invoice_id, "
    "order_number, note, note_code, credit_note"
)
_INSERT_MOVEMENTS = (
    f"INSERT INTO movements ({MOVEMENT_WRITTEN}) "
    f"VALUES ({', '.join('?' * (MOVEMENT_WRITTEN.count(',') + 1))})"
)
#: Stored codes to their members, looked up instead of called (a million rows a listing).
_KINDS = {kind.value: kind for kind in MovementKind}
_WORDINGS = {wording.value: wording for wording in Wording}


def movement_from_row(row: Row) -> Movement:
    """A movement from ``MOVEMENT_COLUMNS`` (and the lot's reference), its fields given in
    their order (a positional call is the record's fast one)."""
    return Movement(
        row[0],
        date.fromisoformat(row[1]),
        _KINDS[row[2]],
        from_cents(row[3]),
        row[4],
        row[5],
        row[6],
        row[7],
        row[8],
        row[9],
        _WORDINGS[row[10]] if row[10] else None,
        row[11],
        row[12] if len(row) > 12 else None,
    )


def movement_filter(query: MovementQuery) -> tuple[list[str], list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if query.project_id is not None:
        clauses.append("m.project_id = ?")
        params.append(query.project_id)
    if query.kinds:
        clauses.append(f"m.kind IN ({','.join('?' * len(query.kinds))})")
        params += [k.value for k in query.kinds]
    if query.date_from is not None:
        clauses.append("m.date >= ?")
        params.append(query.date_from.isoformat())
    if query.date_to is not None:
        clauses.append("m.date <= ?")
        params.append(query.date_to.isoformat())
    if query.lot_id is not None:
        # One range of its project's index (movements_by_project carries the lot): a lot's
        # movements have no index of their own (schema 8).
        if query.project_id is None:
            clauses.append("m.project_id = (SELECT project_id FROM lots WHERE id = ?)")
            params.append(query.lot_id)
        clauses.append("m.lot_id = ?")
        params.append(query.lot_id)
    return clauses, params


def movement_rows(
    postings: Sequence[Posting], invoice_id: int | None
) -> tuple[list[tuple[Any, ...]], list[tuple[int, int]], list[tuple[int, int]], dict[str, int]]:
    """What ``record`` writes, whatever the backend: a row per movement, then ``(cents,
    lot_id)`` to add to lots' used and to their expired, and each account's change."""
    used: list[tuple[int, int]] = []
    expired: list[tuple[int, int]] = []
    balances: dict[str, int] = {}
    rows: list[tuple[Any, ...]] = []
    for p in postings:
        cents = to_cents(p.amount)
        account = p.account.value if p.account else None
        if account is not None:
            balances[account] = balances.get(account, 0) + cents
        elif p.lot_id is not None and p.kind in _LOT_CACHES:
            (used if p.kind in _USED else expired).append((-cents, p.lot_id))
        rows.append(
            (p.day.isoformat(), p.kind.value, cents, p.reference, p.project_id, p.lot_id,
             account, invoice_id, p.order_number, p.note,
             p.note_code.value if p.note_code else "", p.credit_note)
        )  # fmt: skip
    return rows, used, expired, balances


class SqliteMovements:
    __slots__ = ("_s",)

    def __init__(self, session: Session) -> None:
        self._s = session

    def record(self, postings: Sequence[Posting], *, invoice_id: int | None = None) -> None:
        """Write one movement per posting, as the domain decided it, and keep the caches the
        movements explain: an account's balance, a lot's used (USE) and expired (EXPIRE).
        A lot's VOUCHER or ORDER movement is its total, written with the lot; a RETURN gives
        back to its used. ``movement_days`` (the roll-forward's sums) follows, from the rows
        just written. Batched: a big invoice touches hundreds of lots, and each statement
        costs a round trip."""
        rows, used, expired, balances = movement_rows(postings, invoice_id)
        if not rows:
            return
        s = self._s
        last = s.one("SELECT COALESCE(MAX(id), 0) FROM movements")
        if used:
            s.run_many("UPDATE lots SET used_cents = used_cents + ? WHERE id = ?", used)
        if expired:
            s.run_many("UPDATE lots SET expired_cents = expired_cents + ? WHERE id = ?", expired)
        for account, delta in balances.items():
            s.run(
                "UPDATE accounts SET balance_cents = balance_cents + ? WHERE name = ?",
                (delta, account),
            )
        s.run_many(
            _INSERT_MOVEMENTS,
            rows,
        )
        s.run(_ADD_DAYS, (last[0] if last else 0,))

    def page(
        self,
        query: MovementQuery = EVERY,
        *,
        newest_first: bool = False,
        limit: int = -1,
        offset: int = 0,
    ) -> list[Movement]:
        """The history by date, then in recording order (oldest first unless asked).

        The page's ids are picked from an index alone (``movements_by_date``, or
        ``movements_by_project``), then only those rows are read: a page deep in a million
        movements costs a few ms, not a join per skipped row."""
        clauses, params = movement_filter(query)
        direction = "DESC" if newest_first else "ASC"
        order = f" ORDER BY m.date {direction}, m.id {direction}"
        rows = self._s.all(
            f"SELECT {_WITH_LOT} WHERE m.id IN "
            f"(SELECT m.id FROM movements m{where(clauses)}{order} LIMIT ? OFFSET ?){order}",
            [*params, limit, offset],
        )
        return [movement_from_row(r) for r in rows]

    def after(
        self, query: MovementQuery, key: tuple[date, int] | None, limit: int
    ) -> list[Movement]:
        """The next ``limit`` movements after ``key`` (a movement's date and id; None: from
        the first), oldest first: keyset pages, for reading every movement in constant
        memory, each page in a transaction of its own if the caller wishes."""
        clauses, params = movement_filter(query)
        if key is not None:
            clauses.append("(m.date, m.id) > (?, ?)")
            params += [key[0].isoformat(), key[1]]
        rows = self._s.all(
            f"SELECT {_WITH_LOT}{where(clauses)} ORDER BY m.date, m.id LIMIT ?",
            [*params, limit],
        )
        return [movement_from_row(r) for r in rows]

    def stream(self, query: MovementQuery = EVERY) -> Iterator[Movement]:
        """Every movement ``query`` picks, in date order then recording order, read lazily
        from one cursor (a year of a big ledger is a million rows: never a list)."""
        clauses, params = movement_filter(query)
        rows = self._s.rows(
            f"SELECT {MOVEMENT_COLUMNS} {_FROM}{where(clauses)} ORDER BY m.date, m.id", params
        )
        return (movement_from_row(r) for r in rows)

    def period_sums(self, start: date, end: date) -> Iterator[DaySum]:
        """What the movements add up to, per kind and where the money sits: those dated
        before ``start`` (as one sum dated the day before) and those in ``[start, end]`` (as
        one dated ``start``). Read from ``movement_days`` (kept by ``record``), summed by
        SQLite: a few thousand rows for a year of a million movements. Zero sums left out."""
        from desktop_app.domain.books.movements import DaySum  # the books' only (issue 12)

        rows = self._s.rows(
            "SELECT kind, project_id, lot_kind, account, "
            "SUM(CASE WHEN day < ?1 THEN amount_cents ELSE 0 END), "
            "SUM(CASE WHEN day >= ?1 THEN amount_cents ELSE 0 END) "
            "FROM movement_days WHERE day <= ?2 GROUP BY 1, 2, 3, 4",
            (start.isoformat(), end.isoformat()),
        )
        before = start - timedelta(days=1)
        for kind, project_id, lot_kind, account, *sums in rows:
            for day, cents in zip((before, start), sums, strict=True):
                if cents:
                    yield DaySum(
                        day,
                        MovementKind(kind),
                        from_cents(cents),
                        project_id or None,
                        LotKind(lot_kind) if lot_kind else None,
                        account or None,
                    )

    def get(self, movement_id: int) -> Movement | None:
        row = self._s.one(f"SELECT {_WITH_LOT} WHERE m.id = ?", (movement_id,))
        return movement_from_row(row) if row else None

    def count(self, query: MovementQuery = EVERY) -> int:
        clauses, params = movement_filter(query)
        row = self._s.one(f"SELECT COUNT(*) FROM movements m{where(clauses)}", params)
        return int(row[0]) if row else 0
