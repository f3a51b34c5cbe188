"""The SQLite repositories' ``Session``, run on a PostgreSQL connection: each statement
through ``dialect.translate`` (placeholders, LIMIT -1, RETURNING id...).

Rows come back as SQLite's do (``connect`` registers the loaders): a ``date`` as its ISO
text, a ``numeric`` (PostgreSQL's SUM of bigint cents) as an int, so that the repositories'
row readers serve both backends unchanged."""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import psycopg
from psycopg import sql
from psycopg.pq import TransactionStatus

from desktop_app.storage.postgres.dialect import translate
from desktop_app.storage.sqlite.session import Ran, Row, Session

#: Rows a lazy read (``rows``) fetches from its server-side cursor at a time.
ROWS_AT_ONCE = 2000
#: Each lazy read's cursor has a name of its own (several may be open at once).
_CURSORS = itertools.count(1)


@dataclass(frozen=True, slots=True)
class Answer:
    """What a write statement tells back (``sqlite/session.Ran``)."""

    lastrowid: int | None
    rowcount: int


class PgSession(Session):
    """One transaction's access to the server connection (``Session``'s interface)."""

    __slots__ = ("_cursors", "pg")

    def __init__(self, pg: psycopg.Connection[Row], path: Path, *, writable: bool) -> None:
        # ``conn`` is SQLite's connection: none here (only SQLite's own checks read it).
        super().__init__(cast(Any, None), path, writable=writable)
        self.pg = pg
        self._cursors: list[psycopg.ServerCursor[Row]] = []

    def end(self) -> None:
        """Close the lazy reads still open, before the transaction ends: an iterator left
        half read and collected later would otherwise CLOSE its cursor inside another
        transaction, where it no longer exists (an error that would abort that one)."""
        while self._cursors:
            self._cursors.pop().close()

    def one(self, sql: str, params: Sequence[Any] = ()) -> Row | None:
        statement = translate(sql)
        return self.pg.execute(statement.sql, statement.bind(params)).fetchone()

    def all(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        statement = translate(sql)
        return self.pg.execute(statement.sql, statement.bind(params)).fetchall()

    def rows(self, sql: str, params: Sequence[Any] = ()) -> Iterator[Row]:
        """Rows read lazily from a server-side cursor, ``ROWS_AT_ONCE`` at a time: a
        million movements (an export, a backup, a copy) are never all in memory, other
        statements may run between two rows, and a caller that stops early closes the
        cursor with the iterator. Outside a transaction (an autocommit look) the server
        keeps no cursor: the rows come in one answer, as from ``all``."""
        statement = translate(sql)
        params = statement.bind(params)
        if self.pg.info.transaction_status != TransactionStatus.INTRANS:
            yield from self.pg.execute(statement.sql, params)
            return
        cursor = self.pg.cursor(f"rows_{next(_CURSORS)}")
        cursor.itersize = ROWS_AT_ONCE
        self._cursors.append(cursor)
        try:
            cursor.execute(statement.sql, params)
            yield from cursor
        finally:
            if cursor in self._cursors:
                self._cursors.remove(cursor)
                cursor.close()

    def run(self, sql: str, params: Sequence[Any] = ()) -> Ran:
        self._refuse_in_read()
        statement = translate(sql)
        cursor = self.pg.execute(statement.sql, statement.bind(params))
        new_id = None
        if statement.returns_id:
            row = cursor.fetchone()
            new_id = int(row[0]) if row else None
        return Answer(new_id, cursor.rowcount)

    def run_many(self, sql: str, rows: Iterable[Sequence[Any]]) -> Ran:
        """One batch: psycopg pipelines ``executemany`` (no round trip per row)."""
        self._refuse_in_read()
        statement = translate(sql, returning=False)
        bound = [statement.bind(row) for row in rows]
        if not bound:
            return Answer(None, 0)
        with self.pg.cursor() as cursor:
            cursor.executemany(statement.sql, bound)
            return Answer(None, cursor.rowcount)

    def copy_in(
        self, table: str, names: Sequence[str], rows: Iterable[Sequence[Any]],
        tell: Callable[[int], None], every: int,
    ) -> int:  # fmt: skip
        """``rows`` into ``table`` through one ``COPY ... FROM STDIN`` (text format: a date
        as its ISO text, a flag as a bool), ``tell(rows)`` after each ``every`` rows and at
        the end. Triggers and foreign keys hold as for an INSERT. An exception from ``rows``
        or ``tell`` ends the COPY with an error (nothing of it kept) and is raised."""
        self._refuse_in_read()
        count = 0
        statement = f"COPY {table} ({', '.join(names)}) FROM STDIN"
        with self.pg.cursor() as cursor, cursor.copy(statement) as copy:
            for row in rows:
                copy.write_row(row)
                count += 1
                if count % every == 0:
                    tell(every)
        tell(count % every)
        return count

    @contextlib.contextmanager
    def keys_checked_after(self, tables: Sequence[str]) -> Iterator[None]:
        """Bulk writes into ``tables`` with their foreign keys checked once, after them
        (each key added again, same name and definition: the server checks every row in
        one pass), instead of row by row; in this transaction, so a row a key refuses
        fails the whole of it. Only where this role owns every one of the tables (else
        row by row, as always: the application's role owns none)."""
        names = list(tables)
        owned = self.pg.execute(
            "SELECT bool_and(pg_has_role(relowner, 'USAGE')) FROM pg_class "
            "WHERE oid = ANY(%s::regclass[])",
            (names,),
        ).fetchone()
        if not (owned and owned[0]):
            yield
            return
        keys = self.pg.execute(
            "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) "
            "FROM pg_constraint WHERE contype = 'f' AND conrelid = ANY(%s::regclass[]) "
            "ORDER BY 1, 2",
            (names,),
        ).fetchall()
        for table, name, _ in keys:
            self.pg.execute(
                sql.SQL("ALTER TABLE {} DROP CONSTRAINT {}").format(
                    sql.Identifier(table), sql.Identifier(name)
                )
            )
        yield
        for table, name, definition in keys:
            self.pg.execute(
                sql.SQL("ALTER TABLE {} ADD CONSTRAINT {} {}").format(
                    sql.Identifier(table), sql.Identifier(name), sql.SQL(definition)
                )
            )
