"""The ledger: rows <-> domain records. The only module that runs SQL.

Every write use case runs inside ``Ledger.write()`` (one ``BEGIN IMMEDIATE`` transaction); reads
that need a consistent view run inside ``Ledger.read()``.
"""

from __future__ import annotations

import contextlib
import functools
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.domain.errors import DomainError, LedgerError
from desktop_app.domain.model import (
    Account,
    CreditLot,
    Invoice,
    LotKind,
    Movement,
    MovementKind,
    OrderStatus,
    PaymentMethod,
    PaymentType,
    Project,
    PurchaseOrder,
    Source,
    Voucher,
)
from desktop_app.domain.money import from_cents, to_cents
from desktop_app.domain.rules import invoice_number
from desktop_app.domain.text import name_key
from desktop_app.storage.sqlite.connection import (
    backup,
    backup_path,
    connect,
    damage,
    end_quietly,
    page_size,
    snapshot,
    translated,
)
from desktop_app.storage.sqlite.files import shape_damage

if TYPE_CHECKING:
    import sqlite_utils

Row = tuple[Any, ...]

LOT_COLUMNS = (
    "id, project_id, kind, reference, total_cents, used_cents, expired_cents, "
    "valid_from, expires_on, issued_on, products, description"
)
#: Sortable lot columns, by the names the table and the command line use.
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
#: The two columns that a lot's expiry changes, as a view of a day shows them (rule 18,
#: ``CreditLot.as_of``): from its expiry on, what a lot had left is expired, recorded or not.
LOT_SORT_AS_OF = {
    "expired": "(CASE WHEN expires_on <= '{day}' THEN total_cents - used_cents "
    "ELSE expired_cents END)",
    "available": "(CASE WHEN expires_on <= '{day}' THEN 0 "
    "ELSE total_cents - used_cents - expired_cents END)",
}
ORDER_COLUMNS = (
    "number, project_id, status, amount_ht_cents, vat_rate_bp, created_on, paid_on, "
    "cancelled_on, pdf"
)
MOVEMENT_COLUMNS = (
    "m.id, m.date, m.kind, m.amount_cents, m.reference, m.project_id, m.lot_id, m.account, "
    "i.number, m.note"
)


def _d(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _products(text: str) -> frozenset[str]:
    return frozenset(text.split(",")) if text else frozenset()


def products_text(products: Iterable[str]) -> str:
    return ",".join(sorted(products))


def rate_bp(rate: Decimal) -> int:
    return to_cents(rate)


def lot_from_row(row: Row) -> CreditLot:
    return CreditLot(
        id=row[0],
        project_id=row[1],
        kind=LotKind(row[2]),
        reference=row[3],
        total=from_cents(row[4]),
        used=from_cents(row[5]),
        expired=from_cents(row[6]),
        valid_from=date.fromisoformat(row[7]),
        expires_on=date.fromisoformat(row[8]),
        issued_on=date.fromisoformat(row[9]),
        products=_products(row[10]),
        description=row[11],
    )


def order_from_row(row: Row) -> PurchaseOrder:
    return PurchaseOrder(
        number=row[0],
        project_id=row[1],
        status=OrderStatus(row[2]),
        amount_ht=from_cents(row[3]),
        vat_rate=from_cents(row[4]),
        created_on=date.fromisoformat(row[5]),
        paid_on=_d(row[6]),
        cancelled_on=_d(row[7]),
        pdf=row[8],
    )


def movement_from_row(row: Row) -> Movement:
    return Movement(
        id=row[0],
        date=date.fromisoformat(row[1]),
        kind=MovementKind(row[2]),
        amount=from_cents(row[3]),
        reference=row[4],
        project_id=row[5],
        lot_id=row[6],
        account=row[7],
        invoice_number=row[8],
        note=row[9],
    )


@dataclass(frozen=True, slots=True)
class LotQuery:
    """What the credits & vouchers table asks for: filtered, sorted and paged in SQL."""

    project_id: int | None
    today: date
    include_all: bool = False
    search: str = ""
    sort: str = "expires_on"
    descending: bool = False

    def where(self) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if self.project_id is not None:
            clauses.append("project_id = ?")
            params.append(self.project_id)
        if not self.include_all:
            clauses.append("total_cents > used_cents + expired_cents AND expires_on > ?")
            params.append(self.today.isoformat())
        if self.search:
            clauses.append("(reference LIKE ? ESCAPE '\\' OR description LIKE ? ESCAPE '\\')")
            pattern = "%" + _escape_like(self.search) + "%"
            params += [pattern, pattern]
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def order_by(self, *, unrecorded_expiries: bool = True) -> str:
        """``unrecorded_expiries=False`` says that no lot with something left has expired by
        ``today``: the stored columns are then exactly what is shown, and sort from their
        indexes (the usual case: every write records what expired up to its day)."""
        column = LOT_SORT.get(self.sort)
        if column is None:
            raise DomainError("lot.sort_unknown", sort=self.sort)
        if unrecorded_expiries and self.sort in LOT_SORT_AS_OF:
            column = LOT_SORT_AS_OF[self.sort].format(day=self.today.isoformat())
        direction = "DESC" if self.descending else "ASC"
        return f" ORDER BY {column} {direction}, id {direction}"


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class Ledger:
    """One customer account in one SQLite file."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.conn: sqlite3.Connection = connect(self.path)
        #: SQLite's quick check passed on this connection (taken before the first write).
        self._checked = False
        #: Inside ``inspect()``: `check` looks at a damaged file instead of refusing it.
        self._inspecting = False

    @functools.cached_property
    def db(self) -> sqlite_utils.Database:
        """sqlite-utils over this connection, made at the first write: importing it costs
        ~55 ms that opening the window for reading does not need to pay."""
        import sqlite_utils

        return sqlite_utils.Database(self.conn, execute_plugins=False)

    # -- lifecycle -------------------------------------------------------------------------
    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def write(self) -> Iterator[Ledger]:
        """One use case, one ``BEGIN IMMEDIATE`` transaction: all of it or nothing.

        Never into a damaged file. A failure (a full disk at COMMIT included) rolls back
        whatever SQLite has not already rolled back, and is the error reported.
        """
        with translated(self.path):
            _ = self.db  # made outside the transaction (it sets a pragma)
            # SQLite's quick check reads every page: before taking the write lock, not under it.
            self.refuse_if_damaged(thorough=True)
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                self.refuse_if_damaged(thorough=False)  # the file as it is now, under the lock
                # sqlite-utils calls inside nest as savepoints of this transaction.
                yield self
                self.conn.execute("COMMIT")
            except BaseException:
                end_quietly(self.conn)
                raise

    @contextlib.contextmanager
    def read(self) -> Iterator[Ledger]:
        """A consistent snapshot for several queries (refused on a visibly damaged file)."""
        with self._reading():
            if self.conn.in_transaction:
                yield self
                return
            with snapshot(self.conn):
                yield self

    @contextlib.contextmanager
    def inspect(self) -> Iterator[Ledger]:
        """A snapshot that is not refused on a damaged file: for `check` to say what is wrong."""
        saved, self._inspecting = self._inspecting, True
        try:
            with self.read():
                yield self
        finally:
            self._inspecting = saved

    def refuse_if_damaged(self, *, thorough: bool) -> None:
        """``ledger.corrupted`` if the file is damaged: its shape every time (a ``stat``), and
        when ``thorough`` (before a write or a backup) SQLite's quick check, once per
        connection: it reads the whole file (about 1 s for 170 MB)."""
        if self._inspecting:
            return
        found = damage(self.conn, self.path, thorough=thorough and not self._checked)
        if found is not None:
            raise LedgerError("ledger.corrupted", path=str(self.path), detail=found)
        self._checked = self._checked or thorough

    @contextlib.contextmanager
    def _reading(self) -> Iterator[None]:
        """Around a read: outside a transaction, the file's shape is looked at first."""
        with translated(self.path):
            if not self.conn.in_transaction:
                self.refuse_if_damaged(thorough=False)
            yield

    def data_version(self) -> int:
        """Changes when another connection commits (cheap; for the window's refresh)."""
        return int(self.conn.execute("PRAGMA data_version").fetchone()[0])

    def backup(self, destination: Path | None = None) -> Path:
        """A copy of an intact ledger (a damaged copy would be the backup one restores)."""
        with translated(self.path):
            self.refuse_if_damaged(thorough=True)
            return backup(self.conn, destination or backup_path(self.path, "backup"))

    def _one(self, sql: str, params: Sequence[Any] = ()) -> Row | None:
        with self._reading():
            row: Row | None = self.conn.execute(sql, params).fetchone()
        return row

    def _all(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        with self._reading():
            return self.conn.execute(sql, params).fetchall()

    def _exec(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    # -- settings --------------------------------------------------------------------------
    def settings(self) -> dict[str, str]:
        return {k: v for k, v in self._all("SELECT key, value FROM settings")}

    def set_setting(self, key: str, value: str) -> None:
        self._exec(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    # -- projects --------------------------------------------------------------------------
    def add_project(self, name: str, description: str, today: date) -> Project:
        """A new project; its name must differ from every other one's by its ``name_key``."""
        key = name_key(name)
        self._refuse_taken(key, None)
        try:
            cursor = self._exec(
                "INSERT INTO projects (name, name_key, description, created_on) "
                "VALUES (?, ?, ?, ?)",
                (name, key, description, today.isoformat()),
            )
        except sqlite3.IntegrityError:
            raise DomainError("project.duplicate", name=name) from None
        return Project(int(cursor.lastrowid or 0), name, description)

    def update_project(
        self, project_id: int, *, name: str | None = None, archived: bool | None = None
    ) -> None:
        try:
            if name is not None:
                key = name_key(name)
                self._refuse_taken(key, project_id)
                self._exec(
                    "UPDATE projects SET name = ?, name_key = ? WHERE id = ?",
                    (name, key, project_id),
                )
            if archived is not None:
                self._exec(
                    "UPDATE projects SET archived = ? WHERE id = ?", (int(archived), project_id)
                )
        except sqlite3.IntegrityError:
            raise DomainError("project.duplicate", name=name) from None

    def _refuse_taken(self, key: str, project_id: int | None) -> None:
        """``project.duplicate``, naming the project that has the name (``ALPHA``: Alpha)."""
        row = self._one("SELECT id, name FROM projects WHERE name_key = ?", (key,))
        if row is not None and row[0] != project_id:
            raise DomainError("project.duplicate", name=row[1])

    def project(self, project_id: int) -> Project | None:
        row = self._one(
            "SELECT id, name, description, archived FROM projects WHERE id = ?", (project_id,)
        )
        return Project(row[0], row[1], row[2], bool(row[3])) if row else None

    def project_by_name(self, name: str) -> Project | None:
        """The project whose name is ``name`` once both are keyed (case, NFC/NFD, invisible
        characters and runs of spaces make no difference)."""
        row = self._one(
            "SELECT id, name, description, archived FROM projects WHERE name_key = ?",
            (name_key(name),),
        )
        return Project(row[0], row[1], row[2], bool(row[3])) if row else None

    def projects(
        self, today: date, *, include_archived: bool = False
    ) -> list[tuple[Project, Decimal]]:
        """Projects by name, each with what is available on ``today``."""
        rows = self._all(
            "SELECT p.id, p.name, p.description, p.archived, "
            "  COALESCE((SELECT SUM(total_cents - used_cents - expired_cents) FROM lots l "
            "    WHERE l.project_id = p.id AND total_cents > used_cents + expired_cents "
            "    AND l.valid_from <= ?1 AND l.expires_on > ?1), 0) "
            "FROM projects p WHERE (?2 OR archived = 0) ORDER BY p.name",
            (today.isoformat(), int(include_archived)),
        )
        return [(Project(r[0], r[1], r[2], bool(r[3])), from_cents(r[4])) for r in rows]

    # -- lots ------------------------------------------------------------------------------
    def add_lot(
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
    ) -> CreditLot:
        cursor = self._exec(
            "INSERT INTO lots (project_id, kind, reference, description, total_cents, "
            "valid_from, expires_on, issued_on, products) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                project_id,
                kind.value,
                reference,
                description,
                to_cents(total),
                valid_from.isoformat(),
                expires_on.isoformat(),
                issued_on.isoformat(),
                products_text(products),
            ),
        )
        lot = self.lot(int(cursor.lastrowid or 0))
        assert lot is not None
        return lot

    def lot(self, lot_id: int) -> CreditLot | None:
        row = self._one(f"SELECT {LOT_COLUMNS} FROM lots WHERE id = ?", (lot_id,))
        return lot_from_row(row) if row else None

    def waterfall_lots(self, project_id: int, on: date) -> Iterator[CreditLot]:
        """Usable lots in waterfall order, read lazily: the caller stops when paid."""
        day = on.isoformat()
        with self._reading():
            cursor = self.conn.execute(
                f"SELECT {LOT_COLUMNS} FROM lots INDEXED BY lots_waterfall "
                "WHERE project_id = ? AND total_cents > used_cents + expired_cents "
                "AND valid_from <= ? AND expires_on > ? "
                "ORDER BY kind DESC, expires_on, issued_on, id",
                (project_id, day, day),
            )
            for row in cursor:
                yield lot_from_row(row)

    def lots(self, query: LotQuery, *, limit: int = -1, offset: int = 0) -> list[CreditLot]:
        """The credits & vouchers table as of ``query.today`` (``CreditLot.as_of``), sorted
        by what it shows."""
        where, params = query.where()
        order = query.order_by(unrecorded_expiries=self.has_unrecorded_expiries(query.today))
        sql = f"SELECT {LOT_COLUMNS} FROM lots{where}{order} LIMIT ? OFFSET ?"
        return [
            lot_from_row(r).as_of(query.today) for r in self._all(sql, [*params, limit, offset])
        ]

    def has_unrecorded_expiries(self, day: date) -> bool:
        """Whether a lot with something left has expired by ``day`` (one index probe)."""
        row = self._one(
            "SELECT EXISTS (SELECT 1 FROM lots INDEXED BY lots_due "
            "WHERE total_cents > used_cents + expired_cents AND expires_on <= ?)",
            (day.isoformat(),),
        )
        return bool(row and row[0])

    def count_lots(self, query: LotQuery) -> int:
        where, params = query.where()
        row = self._one(f"SELECT COUNT(*) FROM lots{where}", params)
        return int(row[0]) if row else 0

    def lots_due_expiry(self, up_to: date) -> list[CreditLot]:
        rows = self._all(
            f"SELECT {LOT_COLUMNS} FROM lots WHERE total_cents > used_cents + expired_cents "
            "AND expires_on <= ? ORDER BY expires_on, id",
            (up_to.isoformat(),),
        )
        return [lot_from_row(r) for r in rows]

    def lots_expiring(self, today: date, until: date, limit: int = -1) -> list[CreditLot]:
        rows = self._all(
            f"SELECT {LOT_COLUMNS} FROM lots WHERE total_cents > used_cents + expired_cents "
            "AND expires_on > ? AND expires_on <= ? ORDER BY expires_on, id LIMIT ?",
            (today.isoformat(), until.isoformat(), limit),
        )
        return [lot_from_row(r) for r in rows]

    def expiring_totals(self, today: date, until: date, urgent: date) -> tuple[int, int, int, int]:
        """Lots with something left expiring in (today, until]: count and cents left, and the
        same for those expiring by ``urgent``. One aggregate, not every lot."""
        row = self._one(
            "SELECT COUNT(*), COALESCE(SUM(total_cents - used_cents - expired_cents), 0), "
            "  COUNT(CASE WHEN expires_on <= ?3 THEN 1 END), "
            "  COALESCE(SUM(CASE WHEN expires_on <= ?3 "
            "    THEN total_cents - used_cents - expired_cents END), 0) "
            "FROM lots WHERE total_cents > used_cents + expired_cents "
            "AND expires_on > ?1 AND expires_on <= ?2",
            (today.isoformat(), until.isoformat(), urgent.isoformat()),
        )
        assert row is not None
        return int(row[0]), int(row[1]), int(row[2]), int(row[3])

    def project_summary(self, project_id: int, today: date) -> tuple[Decimal, date | None]:
        """Available today, and the next expiry of a lot with something left."""
        day = today.isoformat()
        row = self._one(
            "SELECT COALESCE(SUM(CASE WHEN valid_from <= ?1 "
            "  THEN total_cents - used_cents - expired_cents END), 0), MIN(expires_on) "
            "FROM lots WHERE project_id = ?2 AND total_cents > used_cents + expired_cents "
            "AND expires_on > ?1",
            (day, project_id),
        )
        assert row is not None
        return from_cents(row[0]), _d(row[1])

    def last_loss(self, project_id: int, after: date, up_to: date) -> date | None:
        """The latest expiry in ``(after, up_to]`` of a project's lot that was not used up:
        what it had left is lost on that day, recorded as EXPIRE (dated on the lot's expiry)
        or about to be by the next write. One index range, backwards, stopped at the first."""
        row = self._one(
            "SELECT expires_on FROM lots INDEXED BY lots_by_expiry "
            "WHERE project_id = ? AND expires_on > ? AND expires_on <= ? "
            "AND used_cents < total_cents ORDER BY expires_on DESC LIMIT 1",
            (project_id, after.isoformat(), up_to.isoformat()),
        )
        return _d(row[0]) if row else None

    def expire_lot(self, lot_id: int, amount: Decimal) -> None:
        self._exec(
            "UPDATE lots SET expired_cents = expired_cents + ? WHERE id = ?",
            (to_cents(amount), lot_id),
        )

    # -- accounts and payment methods -------------------------------------------------------
    def balance(self, account: Account) -> Decimal:
        row = self._one("SELECT balance_cents FROM accounts WHERE name = ?", (account.value,))
        return from_cents(row[0] if row else 0)

    def change_balance(self, account: Account, delta: Decimal) -> None:
        self._exec(
            "UPDATE accounts SET balance_cents = balance_cents + ? WHERE name = ?",
            (to_cents(delta), account.value),
        )

    def add_payment_method(self, kind: PaymentType, label: str, default: bool) -> PaymentMethod:
        has_default = self._one("SELECT 1 FROM payment_methods WHERE is_default = 1")
        make_default = default or has_default is None
        if make_default:
            self._exec("UPDATE payment_methods SET is_default = 0 WHERE is_default = 1")
        cursor = self._exec(
            "INSERT INTO payment_methods (type, label, is_default) VALUES (?, ?, ?)",
            (kind.value, label, int(make_default)),
        )
        return PaymentMethod(int(cursor.lastrowid or 0), kind, label, make_default)

    def set_default_payment_method(self, method_id: int) -> None:
        if self._one("SELECT 1 FROM payment_methods WHERE id = ?", (method_id,)) is None:
            raise DomainError("payment_method.unknown", id=method_id)
        self._exec("UPDATE payment_methods SET is_default = 0 WHERE is_default = 1")
        self._exec("UPDATE payment_methods SET is_default = 1 WHERE id = ?", (method_id,))

    def payment_methods(self) -> list[PaymentMethod]:
        rows = self._all("SELECT id, type, label, is_default FROM payment_methods ORDER BY id")
        return [PaymentMethod(r[0], PaymentType(r[1]), r[2], bool(r[3])) for r in rows]

    def default_payment_method(self) -> PaymentMethod | None:
        row = self._one(
            "SELECT id, type, label, is_default FROM payment_methods WHERE is_default = 1"
        )
        return PaymentMethod(row[0], PaymentType(row[1]), row[2], True) if row else None

    # -- movements -------------------------------------------------------------------------
    def add_movement(
        self,
        *,
        day: date,
        kind: MovementKind,
        amount: Decimal,
        reference: str,
        project_id: int | None = None,
        lot_id: int | None = None,
        account: Account | None = None,
        invoice_id: int | None = None,
        order_number: str | None = None,
        note: str = "",
    ) -> int:
        cursor = self._exec(
            "INSERT INTO movements (date, kind, amount_cents, reference, project_id, lot_id, "
            "account, invoice_id, order_number, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                day.isoformat(),
                kind.value,
                to_cents(amount),
                reference,
                project_id,
                lot_id,
                account.value if account else None,
                invoice_id,
                order_number,
                note,
            ),
        )
        return int(cursor.lastrowid or 0)

    def movements(
        self,
        *,
        project_id: int | None = None,
        kinds: Sequence[MovementKind] = (),
        date_from: date | None = None,
        date_to: date | None = None,
        newest_first: bool = False,
        limit: int = -1,
        offset: int = 0,
    ) -> list[Movement]:
        """The history by date, then in recording order (oldest first unless asked).

        The page's ids are picked from an index alone (``movements_by_date``, or
        ``movements_by_project``), then only those rows are read: a page deep in a million
        movements costs a few ms, not a join per skipped row."""
        where, params = _movement_filter(project_id, kinds, date_from, date_to)
        direction = "DESC" if newest_first else "ASC"
        order = f" ORDER BY m.date {direction}, m.id {direction}"
        rows = self._all(
            f"SELECT {MOVEMENT_COLUMNS} FROM movements m "
            "LEFT JOIN invoices i ON i.id = m.invoice_id "
            f"WHERE m.id IN (SELECT m.id FROM movements m{where}{order} LIMIT ? OFFSET ?)"
            f"{order}",
            [*params, limit, offset],
        )
        return [movement_from_row(r) for r in rows]

    def iter_movements(
        self,
        *,
        project_id: int | None = None,
        kinds: Sequence[MovementKind] = (),
        date_from: date | None = None,
        date_to: date | None = None,
        batch: int = 5000,
    ) -> Iterator[Movement]:
        """Every movement, oldest first (by date, then in recording order, as ``movements``),
        read in keyset pages (constant memory)."""
        where, params = _movement_filter(project_id, kinds, date_from, date_to)
        glue = " AND " if where else " WHERE "
        after: tuple[str, int] = ("", 0)  # before every (date, id)
        while True:
            rows = self._all(
                f"SELECT {MOVEMENT_COLUMNS} FROM movements m "
                f"LEFT JOIN invoices i ON i.id = m.invoice_id{where}{glue}(m.date, m.id) > (?, ?) "
                "ORDER BY m.date, m.id LIMIT ?",
                [*params, *after, batch],
            )
            if not rows:
                return
            for row in rows:
                yield movement_from_row(row)
            after = (rows[-1][1], rows[-1][0])

    def count_movements(
        self,
        *,
        project_id: int | None = None,
        kinds: Sequence[MovementKind] = (),
        date_from: date | None = None,
        date_to: date | None = None,
    ) -> int:
        where, params = _movement_filter(project_id, kinds, date_from, date_to)
        row = self._one(f"SELECT COUNT(*) FROM movements m{where}", params)
        return int(row[0]) if row else 0

    # -- orders ----------------------------------------------------------------------------
    def next_order_seq(self, year: int) -> int:
        row = self._one("SELECT COALESCE(MAX(seq), 0) + 1 FROM orders WHERE year = ?", (year,))
        return int(row[0]) if row else 1

    def add_order(self, order: PurchaseOrder, year: int, seq: int) -> None:
        self._exec(
            "INSERT INTO orders (number, year, seq, project_id, status, amount_ht_cents, "
            "vat_rate_bp, vat_cents, amount_ttc_cents, created_on) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                order.number,
                year,
                seq,
                order.project_id,
                order.status.value,
                to_cents(order.amount_ht),
                rate_bp(order.vat_rate),
                to_cents(order.vat),
                to_cents(order.amount_ttc),
                order.created_on.isoformat(),
            ),
        )

    def order(self, number: str) -> PurchaseOrder | None:
        row = self._one(f"SELECT {ORDER_COLUMNS} FROM orders WHERE number = ?", (number,))
        return order_from_row(row) if row else None

    def orders(
        self,
        *,
        project_id: int | None = None,
        status: OrderStatus | None = None,
        newest_first: bool = False,
        limit: int = -1,
        offset: int = 0,
    ) -> list[PurchaseOrder]:
        where, params = _order_filter(project_id, status)
        direction = "DESC" if newest_first else "ASC"
        rows = self._all(
            f"SELECT {ORDER_COLUMNS} FROM orders{where} "
            f"ORDER BY year {direction}, seq {direction} LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        return [order_from_row(r) for r in rows]

    def count_orders(
        self, *, project_id: int | None = None, status: OrderStatus | None = None
    ) -> int:
        where, params = _order_filter(project_id, status)
        row = self._one(f"SELECT COUNT(*) FROM orders{where}", params)
        return int(row[0]) if row else 0

    def mark_order_paid(self, number: str, paid_on: date, lot_id: int) -> None:
        self._exec(
            "UPDATE orders SET status = 'paid', paid_on = ?, lot_id = ? "
            "WHERE number = ? AND status = 'pending'",
            (paid_on.isoformat(), lot_id, number),
        )

    def mark_order_cancelled(self, number: str, on: date) -> None:
        self._exec(
            "UPDATE orders SET status = 'cancelled', cancelled_on = ? "
            "WHERE number = ? AND status = 'pending'",
            (on.isoformat(), number),
        )

    def set_order_pdf(self, number: str, pdf: str) -> None:
        self._exec("UPDATE orders SET pdf = ? WHERE number = ?", (pdf, number))

    # -- vouchers --------------------------------------------------------------------------
    def voucher(self, code: str) -> Voucher | None:
        row = self._one(
            "SELECT code, amount_cents, valid_from, expires_on, products, campaign, "
            "redeemed_on, lot_id FROM vouchers WHERE code = ?",
            (code,),
        )
        if row is None:
            return None
        return Voucher(
            code=row[0],
            amount=from_cents(row[1]),
            valid_from=date.fromisoformat(row[2]),
            expires_on=date.fromisoformat(row[3]),
            products=_products(row[4]),
            campaign=row[5],
            redeemed_on=_d(row[6]),
            lot_id=row[7],
        )

    def existing_codes(self, codes: Sequence[str]) -> set[str]:
        found: set[str] = set()
        for start in range(0, len(codes), 900):
            chunk = codes[start : start + 900]
            marks = ",".join("?" * len(chunk))
            found.update(
                r[0] for r in self._all(f"SELECT code FROM vouchers WHERE code IN ({marks})", chunk)
            )
        return found

    def add_vouchers(self, vouchers: Iterable[Voucher], created_on: date) -> int:
        # A plain executemany: sqlite-utils' insert_all costs ~10 us a row in dict handling,
        # which is a third of a 100,000-code import.
        made = created_on.isoformat()
        cursor = self.conn.executemany(
            "INSERT INTO vouchers (code, amount_cents, valid_from, expires_on, products, "
            "campaign, created_on) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                (
                    v.code,
                    to_cents(v.amount),
                    v.valid_from.isoformat(),
                    v.expires_on.isoformat(),
                    products_text(v.products),
                    v.campaign,
                    made,
                )
                for v in vouchers
            ),
        )
        return max(cursor.rowcount, 0)

    def mark_voucher_redeemed(self, code: str, on: date, project_id: int, lot_id: int) -> None:
        self._exec(
            "UPDATE vouchers SET redeemed_on = ?, project_id = ?, lot_id = ? "
            "WHERE code = ? AND redeemed_on IS NULL",
            (on.isoformat(), project_id, lot_id, code),
        )

    # -- invoices --------------------------------------------------------------------------
    def last_invoice_date(self, project_id: int) -> date | None:
        row = self._one("SELECT MAX(date) FROM invoices WHERE project_id = ?", (project_id,))
        return _d(row[0]) if row else None

    def add_invoice(self, invoice: Invoice, payment_method_id: int | None) -> str:
        """Write the invoice, its lines, and one USE movement per source it takes from."""
        year = invoice.date.year
        row = self._one("SELECT COALESCE(MAX(seq), 0) + 1 FROM invoices WHERE year = ?", (year,))
        seq = int(row[0]) if row else 1
        number = invoice_number(year, seq)
        cursor = self._exec(
            "INSERT INTO invoices (number, year, seq, project_id, date, total_ht_cents, "
            "method_ht_cents, vat_rate_bp, vat_cents, payment_method_id, payment_label) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                number,
                year,
                seq,
                invoice.project_id,
                invoice.date.isoformat(),
                to_cents(invoice.total_ht),
                to_cents(invoice.payment.amount_ht),
                rate_bp(invoice.vat_rate),
                to_cents(invoice.payment.vat),
                payment_method_id,
                invoice.payment.label,
            ),
        )
        invoice_id = int(cursor.lastrowid or 0)
        self.conn.executemany(
            "INSERT INTO invoice_lines (invoice_id, line_no, product, amount_cents) "
            "VALUES (?, ?, ?, ?)",
            [
                (invoice_id, n, line.product, to_cents(line.amount))
                for n, line in enumerate(invoice.lines, 1)
            ],
        )
        # Batched: a big invoice touches hundreds of lots, and each statement costs a round trip.
        day = invoice.date.isoformat()
        lot_uses: list[tuple[int, int]] = []
        movements: list[tuple[Any, ...]] = []
        for allocation in invoice.allocations:
            cents = to_cents(allocation.amount)
            account = None
            if allocation.source in (Source.DIGITAL_LAUNCHPAD, Source.LOYALTY):
                account = Account(allocation.source.value)
                self.change_balance(account, -allocation.amount)
            elif allocation.lot_id is not None:
                lot_uses.append((cents, allocation.lot_id))
            movements.append(
                (day, MovementKind.USE.value, -cents, number, invoice.project_id,
                 allocation.lot_id, account.value if account else None, invoice_id)
            )  # fmt: skip
        self.conn.executemany("UPDATE lots SET used_cents = used_cents + ? WHERE id = ?", lot_uses)
        self.conn.executemany(
            "INSERT INTO movements (date, kind, amount_cents, reference, project_id, lot_id, "
            "account, invoice_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            movements,
        )
        return number

    def spend_by_product(
        self, project_id: int, date_from: date, date_to: date
    ) -> dict[str, Decimal]:
        """Posted invoice lines of a project in ``[date_from, date_to)``, summed by product."""
        rows = self._all(
            "SELECT il.product, SUM(il.amount_cents) FROM invoices i "
            "JOIN invoice_lines il ON il.invoice_id = i.id "
            "WHERE i.project_id = ? AND i.date >= ? AND i.date < ? GROUP BY il.product",
            (project_id, date_from.isoformat(), date_to.isoformat()),
        )
        return {product: from_cents(cents) for product, cents in rows}

    def invoice_numbers(self) -> set[str]:
        return {r[0] for r in self._all("SELECT number FROM invoices")}

    # -- integrity -------------------------------------------------------------------------
    def integrity_problems(self, *, full: bool = True) -> list[str]:
        pragma = "integrity_check" if full else "quick_check"
        shape = shape_damage(self.path, page_size(self.conn))
        problems = [shape] if shape else []
        problems += [r[0] for r in self._all(f"PRAGMA {pragma}") if r[0] != "ok"]
        problems += [
            f"foreign key: {r[0]} row {r[1]} -> {r[2]}"
            for r in self._all("PRAGMA foreign_key_check")
        ]
        return problems

    def invariant_problems(self) -> list[str]:
        """Every balance rebuilt from the movements alone, and compared."""
        problems: list[str] = []
        rows = self._all(
            "SELECT id, reference, total_cents, used_cents, expired_cents, issued, used, lost "
            "FROM (SELECT l.id, l.reference, l.total_cents, l.used_cents, l.expired_cents, "
            "  COALESCE(SUM(CASE WHEN m.kind IN ('VOUCHER', 'ORDER') THEN m.amount_cents END), 0)"
            "    AS issued, "
            "  -COALESCE(SUM(CASE WHEN m.kind = 'USE' THEN m.amount_cents END), 0) AS used, "
            "  -COALESCE(SUM(CASE WHEN m.kind = 'EXPIRE' THEN m.amount_cents END), 0) AS lost "
            "  FROM lots l LEFT JOIN movements m ON m.lot_id = l.id GROUP BY l.id) "
            "WHERE total_cents != issued OR used_cents != used OR expired_cents != lost "
            "OR used_cents + expired_cents > total_cents OR used_cents < 0 OR expired_cents < 0"
        )
        for r in rows:
            problems.append(
                f"lot {r[0]} ({r[1]}): stored total/used/expired {r[2]}/{r[3]}/{r[4]} cents, "
                f"movements say {r[5]}/{r[6]}/{r[7]}"
            )
        for name, stored, rebuilt in self._all(
            "SELECT a.name, a.balance_cents, COALESCE(SUM(m.amount_cents), 0) FROM accounts a "
            "LEFT JOIN movements m ON m.account = a.name GROUP BY a.name"
        ):
            if stored != rebuilt:
                problems.append(f"account {name}: stored {stored} cents, movements say {rebuilt}")
        for number, total, allocated, method in self._all(
            "SELECT i.number, i.total_ht_cents, "
            "  COALESCE((SELECT -SUM(amount_cents) FROM movements WHERE invoice_id = i.id), 0), "
            "  i.method_ht_cents FROM invoices i "
            "WHERE i.total_ht_cents != method_ht_cents + "
            "  COALESCE((SELECT -SUM(amount_cents) FROM movements WHERE invoice_id = i.id), 0) "
            "OR i.total_ht_cents != "
            "  (SELECT SUM(amount_cents) FROM invoice_lines WHERE invoice_id = i.id)"
        ):
            problems.append(
                f"invoice {number}: total {total} != allocated {allocated} + method {method}"
            )
        for number, status, lot_id in self._all(
            "SELECT number, status, lot_id FROM orders "
            "WHERE (status = 'paid') != (lot_id IS NOT NULL)"
        ):
            problems.append(f"order {number}: status {status} but lot {lot_id}")
        for (number,) in self._all(
            "SELECT o.number FROM orders o JOIN lots l ON l.id = o.lot_id "
            "WHERE l.total_cents != o.amount_ht_cents"
        ):
            problems.append(f"order {number}: its lot's total differs from the order")
        for year, count, top in self._all(
            "SELECT year, COUNT(*), MAX(seq) FROM orders GROUP BY year HAVING COUNT(*) != MAX(seq)"
        ):
            problems.append(f"order numbers of {year}: {count} orders but last number {top}")
        for (lot_id,) in self._all(
            "SELECT DISTINCT m.lot_id FROM movements m JOIN lots l ON l.id = m.lot_id "
            "WHERE m.kind = 'USE' AND (m.date < l.valid_from OR m.date >= l.expires_on)"
        ):
            problems.append(f"lot {lot_id}: used outside its validity window")
        for lot_id, number in self._all(
            # A restricted lot may pay at most the invoice's lines of its products.
            "SELECT m.lot_id, i.number FROM movements m JOIN lots l ON l.id = m.lot_id "
            "JOIN invoices i ON i.id = m.invoice_id WHERE m.kind = 'USE' AND l.products != '' "
            "AND -m.amount_cents > (SELECT COALESCE(SUM(il.amount_cents), 0) "
            "  FROM invoice_lines il WHERE il.invoice_id = m.invoice_id "
            "  AND ',' || l.products || ',' LIKE '%,' || il.product || ',%')"
        ):
            problems.append(f"lot {lot_id}: paid more of {number} than its products allow")
        return problems


def _order_filter(project_id: int | None, status: OrderStatus | None) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if project_id is not None:
        clauses.append("project_id = ?")
        params.append(project_id)
    if status is not None:
        clauses.append("status = ?")
        params.append(status.value)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _movement_filter(
    project_id: int | None,
    kinds: Sequence[MovementKind],
    date_from: date | None,
    date_to: date | None,
) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if project_id is not None:
        clauses.append("m.project_id = ?")
        params.append(project_id)
    if kinds:
        clauses.append(f"m.kind IN ({','.join('?' * len(kinds))})")
        params += [k.value for k in kinds]
    if date_from is not None:
        clauses.append("m.date >= ?")
        params.append(date_from.isoformat())
    if date_to is not None:
        clauses.append("m.date <= ?")
        params.append(date_to.isoformat())
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params
