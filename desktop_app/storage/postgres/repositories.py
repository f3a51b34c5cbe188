"""The repositories that differ on PostgreSQL: booleans are ``boolean`` (not 0/1), a broken
unique key is psycopg's error, SQLite's NOCASE order is ``lower()`` under collation "C"
(ASCII letters only, as NOCASE), and the file checks are SQLite's (the server's own is of
``lot_left``). The lots' are in ``lots.py``. Every other repository is SQLite's own, on a
``PgSession``."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from decimal import Decimal

import psycopg

from desktop_app.domain.errors import DomainError
from desktop_app.domain.model import (
    Invoice,
    PaymentMethod,
    PaymentType,
    Project,
)
from desktop_app.domain.money import from_cents, to_cents
from desktop_app.domain.postings import Posting
from desktop_app.domain.problems import Problem
from desktop_app.storage.postgres.lots import AVAILABLE_OF_PROJECT
from desktop_app.storage.sqlite.accounts import SqliteAccounts
from desktop_app.storage.sqlite.integrity import SqliteIntegrity
from desktop_app.storage.sqlite.invoices import (
    INVOICE_WRITTEN,
    INVOICE_WRITTEN_COUNT,
    SqliteInvoices,
    invoice_row,
)
from desktop_app.storage.sqlite.movements import MOVEMENT_WRITTEN, SqliteMovements, movement_rows
from desktop_app.storage.sqlite.projects import SqliteProjects, _project
from desktop_app.storage.sqlite.schema_books import MOVEMENT_DAYS_SUMS


class PgProjects(SqliteProjects):
    __slots__ = ()
    _TAKEN = (psycopg.errors.UniqueViolation,)

    @staticmethod
    def _flag(on: bool) -> int | bool:
        return on

    def with_available(
        self, today: date, *, include_archived: bool = False
    ) -> list[tuple[Project, Decimal]]:
        rows = self._s.all(
            "SELECT p.id, p.name, p.description, p.archived, "
            f"  {AVAILABLE_OF_PROJECT} "
            "FROM projects p WHERE (?2 OR NOT archived) ORDER BY lower(p.name), p.id",
            (today.isoformat(), include_archived),
        )
        return [(_project(r), from_cents(r[4])) for r in rows]


class PgAccounts(SqliteAccounts):
    __slots__ = ()

    def add_payment_method(self, kind: PaymentType, label: str, default: bool) -> PaymentMethod:
        has_default = self._s.one("SELECT 1 FROM payment_methods WHERE is_default")
        make_default = default or has_default is None
        if make_default:
            self._s.run("UPDATE payment_methods SET is_default = false WHERE is_default")
        ran = self._s.run(
            "INSERT INTO payment_methods (type, label, is_default) VALUES (?, ?, ?)",
            (kind.value, label, make_default),
        )
        return PaymentMethod(int(ran.lastrowid or 0), kind, label, make_default)

    def set_default_payment_method(self, method_id: int) -> None:
        if self._s.one("SELECT 1 FROM payment_methods WHERE id = ?", (method_id,)) is None:
            raise DomainError("payment_method.unknown", id=method_id)
        self._s.run("UPDATE payment_methods SET is_default = false WHERE is_default")
        self._s.run("UPDATE payment_methods SET is_default = true WHERE id = ?", (method_id,))

    def default_payment_method(self) -> PaymentMethod | None:
        row = self._s.one(
            "SELECT id, type, label, is_default FROM payment_methods WHERE is_default"
        )
        return PaymentMethod(row[0], PaymentType(row[1]), row[2], True) if row else None


class PgIntegrity(SqliteIntegrity):
    """The server keeps its own pages and keys (a foreign key is enforced as it is written):
    what is left to check is ``lot_left`` against the lots (its triggers' work), and every
    balance rebuilt from the movements, as on SQLite."""

    __slots__ = ()

    def file_problems(self, *, full: bool = True) -> list[Problem]:
        rows = self._s.all(
            "SELECT l.id FROM lots l LEFT JOIN lot_left s ON s.lot_id = l.id "
            "WHERE s.lot_id IS NULL OR (s.left_cents, s.project_id, s.kind, s.valid_from, "
            "  s.expires_on, s.issued_on) IS DISTINCT FROM (l.total_cents - l.used_cents "
            "  - l.expired_cents, l.project_id, l.kind, l.valid_from, l.expires_on, l.issued_on) "
            "ORDER BY l.id"
        )
        return [Problem("check.lot_left", {"lot": row[0]}) for row in rows]


def _rows_of(param: str, columns: str) -> str:
    """The rows of a JSON array of arrays (``columns``: "name type, ..." in their order)."""
    typed = [column.split() for column in columns.split(", ")]
    picked = ", ".join(f"(e->>{n})::{kind} AS {name}" for n, (name, kind) in enumerate(typed))
    return f"SELECT {picked} FROM jsonb_array_elements({param}::jsonb) AS e"


#: ``movement_rows``' columns, in their order.
_MOVED = (
    "date date, kind text, amount_cents bigint, reference text, project_id bigint, "
    "lot_id bigint, account text, invoice_id bigint, order_number text, note text, "
    "note_code text, credit_note text"
)
_MOVED_NAMES = ", ".join(column.split()[0] for column in _MOVED.split(", "))
assert _MOVED_NAMES == MOVEMENT_WRITTEN, "the columns movement_rows writes, typed"
#: What the movements just written add to ``movement_days`` (SQLite's ``_ADD_DAYS``).
_DAYS_OF_WRITTEN = MOVEMENT_DAYS_SUMS.replace("FROM movements m", "FROM written m")
assert _DAYS_OF_WRITTEN.count("FROM written m") == 1, "the sums read the movements"
#: ``record``: the movements, each cache they explain (the lots' used and expired, the
#: accounts' balances) and ``movement_days``, in one statement (data-modifying CTEs, one
#: snapshot: the lots' project and kind read by the sums do not change). Rows come as JSON
#: arrays: psycopg writes one string in C, where a dozen arrays cost it ~3 ms in Python for
#: a 250-lot post.
_RECORD = (
    "WITH lots_moved AS (UPDATE lots SET used_cents = used_cents + d.used, "
    "  expired_cents = expired_cents + d.lost "
    f"  FROM ({_rows_of('%s', 'id bigint, used bigint, lost bigint')}) AS d "
    "  WHERE lots.id = d.id), "
    "accounts_moved AS (UPDATE accounts SET balance_cents = balance_cents + d.delta "
    f"  FROM ({_rows_of('%s', 'name text, delta bigint')}) AS d "
    "  WHERE accounts.name = d.name), "
    f"written AS (INSERT INTO movements ({_MOVED_NAMES}) "
    f"  {_rows_of('%s', _MOVED)} RETURNING date, kind, amount_cents, lot_id, account) "
    "INSERT INTO movement_days (day, kind, project_id, lot_kind, account, amount_cents) "
    f"{_DAYS_OF_WRITTEN} GROUP BY 1, 2, 3, 4, 5 "
    "ON CONFLICT (day, kind, project_id, lot_kind, account) "
    "DO UPDATE SET amount_cents = movement_days.amount_cents + excluded.amount_cents"
)


class PgMovements(SqliteMovements):
    """``record`` in one statement whatever the number of postings: a post of 250 lots is
    one round trip, not 500 statements the server runs one by one (each its own index and
    WAL work), nor the half dozen SQLite's batches are."""

    __slots__ = ()

    def record(self, postings: Sequence[Posting], *, invoice_id: int | None = None) -> None:
        if not postings:
            return
        s = self._s
        s._refuse_in_read()
        rows, used, expired, balances = movement_rows(postings, invoice_id)
        lots: dict[int, list[int]] = {}
        for at, moved in ((0, used), (1, expired)):
            for cents, lot_id in moved:
                lots.setdefault(lot_id, [0, 0])[at] += cents
        # sorted: one order, two writers never lock lots crosswise
        changes = [(i, *lots[i]) for i in sorted(lots)]
        s.pg.execute(  # type: ignore[attr-defined]
            _RECORD,
            (
                json.dumps(changes),
                json.dumps(list(balances.items())),
                json.dumps(rows),
            ),
        )


class PgInvoices(SqliteInvoices):
    """``add``: the invoice and its lines in one statement (one round trip)."""

    __slots__ = ()

    def add(self, invoice: Invoice, payment_method_id: int | None) -> int:
        products = [line.product for line in invoice.lines]
        amounts = [to_cents(line.amount) for line in invoice.lines]
        row = self._s.pg.execute(  # type: ignore[attr-defined]
            _ADD_INVOICE, (*invoice_row(invoice, payment_method_id), products, amounts)
        ).fetchone()
        return int(row[0])


_ADD_INVOICE = (
    f"WITH invoice AS (INSERT INTO invoices ({INVOICE_WRITTEN}) "
    f"  VALUES ({', '.join(['%s'] * INVOICE_WRITTEN_COUNT)}) RETURNING id), "
    "lines AS (INSERT INTO invoice_lines (invoice_id, line_no, product, amount_cents) "
    "  SELECT invoice.id, line.n, line.product, line.cents FROM invoice, "
    "  unnest(%s::text[], %s::bigint[]) WITH ORDINALITY AS line(product, cents, n)) "
    "SELECT id FROM invoice"
)
