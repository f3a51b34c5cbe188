"""A whole ledger copied to an empty one, on either backend (``ledger copy``, File > Backup
of a server ledger): every row of every table, ids, numbers and history kept, read from one
snapshot of the source and written in one transaction of the target.

Onto a server, each table goes through ``COPY ... FROM STDIN`` (``PgSession.copy_in``) in the
target's one transaction: a copy stopped or failed keeps nothing of it; where the role owns
the tables (an administrator filling a new database), the foreign keys are checked once at
the end instead of row by row. Into a file, batches of INSERTs. Either way the triggers and
foreign keys hold, and the identity sequences of a server follow on from the ids copied.

Credit notes and movements point to each other (a top-up reversal names its BONUS movement;
its RETURN movements name it): movements go in id order, each credit note just before the
first movement that names it, after the movement it reverses (the movements' COPY ends
there, the note is written, and another COPY goes on)."""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path

from desktop_app.domain.errors import DomainError
from desktop_app.storage.interface import LedgerBackend, Progress, Transaction
from desktop_app.storage.sqlite.session import Row, Session

#: The tables in an order their references allow (credit notes: with the movements).
TABLES = ("settings", "projects", "accounts", "payment_methods", "lots", "orders", "vouchers",
          "invoices", "invoice_lines", "credit_notes", "movements", "movement_days",
          "ovh_projects", "ovh_lots", "consumption")  # fmt: skip
#: Each table's key, the order its rows are copied in.
_ORDER = {"settings": "key", "accounts": "name", "orders": "number", "vouchers": "code",
          "invoice_lines": "invoice_id, line_no", "credit_notes": "number",
          "movement_days": "day, kind, project_id, lot_kind, account",
          "ovh_projects": "service_name", "ovh_lots": "project_id, credit_id",
          "consumption": "bill_id, detail_id"}  # fmt: skip
#: Flags: 0/1 on SQLite, boolean on PostgreSQL.
_FLAGS = {("projects", "archived"), ("payment_methods", "is_default")}
#: Rows every new ledger already has (the two accounts): updated, not added.
_PRESET = {"accounts"}
_BATCH = 2000


@dataclass(frozen=True)
class Copied:
    rows: dict[str, int]


class _Told:
    """The rows written so far, told to ``progress`` after each batch; its False stops the
    copy (``backup.cancelled``: the target's transaction rolls back)."""

    def __init__(self, progress: Progress | None, total: int) -> None:
        self.progress, self.total, self.done = progress, total, 0

    def add(self, rows: int) -> None:
        self.done += rows
        if self.progress is not None and not self.progress(self.done, self.total):
            raise DomainError("backup.cancelled")


def session_of(tx: Transaction) -> Session:
    session: Session = tx.session  # type: ignore[attr-defined]
    return session


def is_server(session: Session) -> bool:
    return hasattr(session, "pg")


def columns(session: Session, table: str) -> list[str]:
    if is_server(session):
        rows = session.all(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ? "
            "AND table_schema = current_schema() ORDER BY ordinal_position",
            (table,),
        )
    else:
        rows = session.all("SELECT name FROM pragma_table_info(?) ORDER BY cid", (table,))
    return [str(r[0]) for r in rows]


def row_count(session: Session, table: str) -> int:
    row = session.one(f"SELECT COUNT(*) FROM {table}")
    return int(row[0]) if row else 0


def is_empty(tx: Transaction) -> bool:
    """Nothing but what every new ledger has (its two accounts, at zero)."""
    s = session_of(tx)
    if any(row_count(s, t) for t in TABLES if t not in _PRESET):
        return False
    row = s.one("SELECT COUNT(*) FROM accounts WHERE balance_cents != 0")
    return not (row and row[0])


def copy_ledger(
    source: LedgerBackend,
    target: LedgerBackend,
    shown_target: str,
    progress: Progress | None = None,
) -> Copied:
    """Every row of ``source`` into the empty ``target``; refused onto a non-empty one.
    ``progress(rows written, rows in all)`` after each batch."""
    counts: dict[str, int] = {}
    with source.read() as read, target.write() as write:
        src, dst = session_of(read), session_of(write)
        if not is_empty(write):
            raise DomainError("ledger.copy_not_empty", target=shown_target)
        told = _Told(progress, sum(row_count(src, t) for t in TABLES) if progress else 0)
        with _keys_checked_after(dst):
            for table in TABLES:
                if table == "credit_notes":
                    continue  # with the movements
                if table == "movements":
                    counts["credit_notes"], counts[table] = _movements(src, dst, told)
                else:
                    counts[table] = _table(src, dst, table, told)
        if is_server(dst):
            for table in ("projects", "lots", "payment_methods", "invoices", "movements"):
                dst.one(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"COALESCE(MAX(id), 1), MAX(id) IS NOT NULL) FROM {table}"
                )
    return Copied(counts)


def _keys_checked_after(dst: Session) -> AbstractContextManager[None]:
    """A server's foreign keys checked once after the copy where its role owns the tables
    (``PgSession.keys_checked_after``: a third of the time of a big ledger's copy);
    a file's row by row."""
    if not is_server(dst):
        return contextlib.nullcontext()
    from desktop_app.storage.postgres.session import PgSession  # a server's alone

    assert isinstance(dst, PgSession)
    return dst.keys_checked_after(TABLES)


def _reader(src: Session, dst: Session, table: str) -> tuple[list[str], Iterator[Row], str]:
    names = columns(src, table)
    order = _ORDER.get(table, "id")
    rows = src.rows(f"SELECT {', '.join(names)} FROM {table} ORDER BY {order}")
    flags = [i for i, name in enumerate(names) if (table, name) in _FLAGS]
    server = is_server(dst)

    def converted() -> Iterator[Row]:
        for row in rows:
            if not flags:
                yield row
                continue
            values = list(row)
            for i in flags:
                values[i] = bool(values[i]) if server else int(values[i])
            yield tuple(values)

    insert = f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
    return names, converted(), insert


def _table(src: Session, dst: Session, table: str, told: _Told) -> int:
    names, rows, insert = _reader(src, dst, table)
    if table in _PRESET:
        count = 0
        for row in rows:
            values = dict(zip(names, row, strict=True))
            dst.run("UPDATE accounts SET balance_cents = ? WHERE name = ?",
                    (values["balance_cents"], values["name"]))  # fmt: skip
            count += 1
        told.add(count)
        return count
    return _written(dst, table, names, insert, rows, told)


def _written(
    dst: Session, table: str, names: list[str], insert: str, rows: Iterator[Row], told: _Told
) -> int:
    """``rows`` into ``table``: one COPY onto a server, batches of ``insert`` into a file."""
    if is_server(dst):
        from desktop_app.storage.postgres.session import PgSession  # a server's alone

        assert isinstance(dst, PgSession)
        return dst.copy_in(table, names, rows, told.add, _BATCH)
    return _batched(dst, insert, rows, told)


def _batched(dst: Session, insert: str, rows: Iterator[Row], told: _Told) -> int:
    count = 0
    batch: list[Row] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= _BATCH:
            dst.run_many(insert, batch)
            count, batch = count + len(batch), []
            told.add(_BATCH)
    if batch:
        dst.run_many(insert, batch)
        count += len(batch)
        told.add(len(batch))
    return count


def _movements(src: Session, dst: Session, told: _Told) -> tuple[int, int]:
    """Movements in id order, each credit note written before the first movement naming
    it; the credit notes no movement names (none should be) after them."""
    note_names, note_rows, note_insert = _reader(src, dst, "credit_notes")
    notes: dict[str, Row] = {row[note_names.index("number")]: row for row in note_rows}
    names, rows, insert = _reader(src, dst, "movements")
    at = names.index("credit_note")
    written: set[str] = set()
    held: list[Row] = []  # the first movement naming a note not written yet

    def until_a_new_note() -> Iterator[Row]:
        for row in rows:
            number = row[at]
            if number is not None and number not in written:
                held.append(row)
                return
            yield row

    count = 0
    first: list[Row] = []
    while True:  # a note is written before the rows naming it, between two runs of rows
        count += _written(dst, "movements", names, insert,
                          itertools.chain(first, until_a_new_note()), told)  # fmt: skip
        if not held:
            break
        first = [held.pop()]
        number = first[0][at]
        dst.run(note_insert, notes[number])
        written.add(number)
    for number, row in notes.items():
        if number not in written:
            dst.run(note_insert, row)
    told.add(len(notes))
    return len(notes), count


def copy_to_file(
    source: LedgerBackend, destination: Path, progress: Progress | None = None
) -> Path:
    """``source`` copied into a new SQLite file at ``destination`` (an empty one: made).
    A copy that fails or is stopped leaves no file behind (nor its WAL)."""
    from desktop_app.storage.sqlite.ledger import SqliteLedger

    destination = Path(destination)
    if destination.exists() and destination.stat().st_size > 0:
        raise DomainError(
            "export.cannot_write",
            path=str(destination),
            detail="a file with that name exists; choose a new name",
        )
    try:
        with SqliteLedger(destination) as target:
            copy_ledger(source, target, str(destination), progress)
    except BaseException:
        for made in (destination, *(Path(f"{destination}{end}") for end in ("-wal", "-shm"))):
            made.unlink(missing_ok=True)
        raise
    return destination
