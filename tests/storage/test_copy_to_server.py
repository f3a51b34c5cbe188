"""`ledger copy` onto a server (issue 9): every table through COPY in the target's one
transaction. Credit notes of both kinds land between the movements naming them; the ids,
numbers and history are the file's; the identity sequences follow on; stopped midway, the
target keeps nothing (its rows identical to before); the history stays append-only."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from desktop_app.storage import open_ledger
from desktop_app.storage.copy import copy_ledger
from tests.helpers.ledger import Cli
from tests.helpers.pg import Server, dump_server, query_any

pytestmark = pytest.mark.postgres

STORY: list[tuple[str, ...]] = [
    ("project", "add", "Web"),
    ("project", "add", "Data"),
    ("payment-method", "add", "--type", "sepa", "--label", "SEPA", "--default"),
    ("account", "launchpad", "add", "30"),
    ("account", "loyalty", "add", "12,50"),
    ("credit", "buy", "--project", "Web", "--amount", "1 500,00"),
    ("order", "pay", "PO-2026-00001"),
    ("invoice", "post", "--project", "Web", "--date", "2026-01-31", "--line", "compute=120"),
    ("invoice", "post", "--project", "Data", "--date", "2026-01-31", "--line", "ai=80"),
    ("invoice", "reverse", "INV-2026-00001", "--reason", "typo"),
    ("account", "loyalty", "add", "5"),
    ("invoice", "post", "--project", "Web", "--date", "2026-01-31", "--line", "compute=10"),
]  # fmt: skip


def _story(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A file ledger whose movements name two credit notes (an invoice's, a top-up's),
    with movements after each."""
    cli = Cli(tmp_path / "ledger.sqlite3", capsys)
    for step in STORY:
        cli.ok(*step)
    cli.ok("account", "launchpad", "add", "9")
    bonus = query_any(cli.db, "SELECT MAX(id) FROM movements WHERE kind = 'BONUS' "
                      "AND account = 'digital_launchpad'")  # fmt: skip
    cli.ok("account", "launchpad", "reverse", str(bonus[0][0]), "--reason", "not used")
    cli.ok("invoice", "post", "--project", "Data", "--date", "2026-01-31", "--line", "ai=7")
    return cli.db


KEYS = (
    "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint "
    "WHERE contype = 'f' ORDER BY 1, 2"
)
MOVEMENTS = "SELECT id, kind, amount_cents, credit_note, invoice_id FROM movements ORDER BY id"
NOTES = (
    "SELECT number, seq, date, invoice_id, top_up_id, refund_ht_cents FROM credit_notes ORDER BY 1"
)


def test_the_copy_keeps_every_row_id_and_number(
    tmp_path: Path, pg_server: Server, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _story(tmp_path, capsys)
    target = pg_server.empty()
    try:
        told: list[tuple[int, int]] = []
        with (
            contextlib.closing(open_ledger(path)) as source,
            contextlib.closing(open_ledger(target)) as server,
        ):
            server.migrate()
            keys = query_any(target, KEYS)
            copied = copy_ledger(source, server, "target", lambda d, t: not told.append((d, t)))
        assert query_any(target, KEYS) == keys, "the owner's keys checked at the end, kept"
        assert copied.rows["credit_notes"] == 2
        for sql in (MOVEMENTS, NOTES, "SELECT id, number FROM invoices ORDER BY id",
                    "SELECT number, status, lot_id FROM orders ORDER BY number",
                    "SELECT name, balance_cents FROM accounts ORDER BY name"):  # fmt: skip
            assert query_any(target, sql) == query_any(path, sql), sql
        notes = query_any(path, "SELECT COUNT(*) FROM movements WHERE credit_note IS NOT NULL")
        assert notes[0][0] >= 2
        assert [d for d, _ in told] == sorted(d for d, _ in told)
        assert told[-1][0] == told[-1][1] == sum(copied.rows.values())
        with psycopg.connect(target, autocommit=True) as conn:
            next_ids = {t: conn.execute(f"SELECT nextval(pg_get_serial_sequence('{t}', 'id'))"
                                        ).fetchone()[0]  # type: ignore[index]
                        for t in ("projects", "lots", "invoices", "movements")}  # fmt: skip
            with pytest.raises(psycopg.errors.RestrictViolation):
                conn.execute("UPDATE movements SET note = 'x' WHERE id = 1")
        for table, next_id in next_ids.items():
            assert next_id == query_any(path, f"SELECT MAX(id) FROM {table}")[0][0] + 1, table
    finally:
        pg_server.drop(target)


REFUSED = 10**9  # no stop: a row that a foreign key refuses


def _bad_lot(monkeypatch: pytest.MonkeyPatch) -> None:
    """The lots copied with one more, of a project that is not there."""
    import desktop_app.storage.copy as copy_module

    real = copy_module._reader

    def bad_reader(src, dst, table):  # type: ignore[no-untyped-def]
        names, rows, insert = real(src, dst, table)
        if table == "lots":
            listed = list(rows)
            bad = list(listed[-1])
            bad[names.index("id")], bad[names.index("project_id")] = 10**6, 10**6
            rows = iter([*listed, tuple(bad)])
        return names, rows, insert

    monkeypatch.setattr(copy_module, "_reader", bad_reader)


@pytest.fixture(params=["application role", "owner"])
def target(request: pytest.FixtureRequest, pg_server: Server) -> Iterator[tuple[str, bool]]:
    """An initialised, empty ledger: the application's role (keys checked row by row) or
    the tables' owner (keys checked once at the end)."""
    if request.param == "application role":
        yield request.getfixturevalue("pg_url"), False
        return
    url = pg_server.empty()
    try:
        with contextlib.closing(open_ledger(url)) as ledger:
            ledger.migrate()
        yield url, True
    finally:
        pg_server.drop(url)


@pytest.mark.parametrize("stop_at", [1, 11, REFUSED])
def test_a_copy_stopped_or_refused_midway_keeps_nothing(
    tmp_path: Path, target: tuple[str, bool], capsys: pytest.CaptureFixture[str], stop_at: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    """Stopped at the first progress call, inside the movements (the 11th: after their
    second run, a credit note written), or a lot of no project refused by its foreign key
    (at its row, or at the end for the owner): the target's rows and keys as they were."""
    url, owner = target
    path = _story(tmp_path, capsys)
    before, keys = dump_server(url), query_any(url, KEYS)
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return len(calls) < stop_at

    if stop_at == REFUSED:
        _bad_lot(monkeypatch)
    with (
        contextlib.closing(open_ledger(path)) as source,
        contextlib.closing(open_ledger(url)) as server,
    ):
        with pytest.raises(Exception) as stopped:
            copy_ledger(source, server, "target", progress)
        code = getattr(stopped.value, "code", None)
        cause = repr(stopped.value.__cause__)
        del stopped  # its traceback holds the source's reading, closed with the source
    if stop_at == REFUSED:
        assert "ForeignKeyViolation" in cause
        done, total = calls[-1]
        assert (done > total) is owner, "the owner's keys refuse it once all (and it) is written"
    else:
        assert code == "backup.cancelled"
        assert len(calls) == stop_at
    assert dump_server(url) == before
    assert query_any(url, KEYS) == keys and len(keys) > 20
