"""Schema 8: a lot's movements are read through its project's history index, which carries
each movement's lot; the index of their own (one entry per movement, keyed by lot), which
cost every post a quarter of its WAL pages, is gone. A schema-7 ledger opens backed up,
every row kept."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from desktop_app.domain.model import MovementKind
from desktop_app.domain.postings import Posting
from desktop_app.services.desk import Desk
from desktop_app.services.integrity import check
from desktop_app.storage import open_ledger
from desktop_app.storage.queries import MovementQuery
from desktop_app.storage.sqlite.ledger import SqliteLedger
from desktop_app.storage.sqlite.schema import FILE_VERSION, SCHEMA_VERSION
from tests.helpers.ledger import dump
from tests.helpers.pg import Server
from tests.storage.rows import DAY, D, add_lot
from tests.storage.test_migration_v5 import ledger_of_schema
from tests.storage.test_migration_v9 import UNDO_V9


def _version_7_ledger(path: Path) -> None:
    ledger_of_schema(path, 7)


def _indexes(path: Path) -> dict[str, list[str]]:
    conn = sqlite3.connect(path)
    try:
        names = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'movements' "
                "AND sql IS NOT NULL"
            )
        ]
        return {n: [r[2] for r in conn.execute(f"PRAGMA index_info({n})")] for n in names}
    finally:
        conn.close()


def test_a_schema_7_ledger_migrates_whole(tmp_path: Path) -> None:
    path = tmp_path / "ledger.sqlite3"
    _version_7_ledger(path)
    assert "movements_by_lot" in _indexes(path)
    before = dump(path)
    with Desk.open(path) as desk:
        result = check(desk)
        assert result.ok, result.problems
    after = dump(path)
    assert after["user_version"] == FILE_VERSION
    for table in before:
        if table not in ("user_version", "schema"):
            assert after[table] == before[table], table
    indexes = _indexes(path)
    assert "movements_by_lot" not in indexes
    assert indexes["movements_by_project"] == ["project_id", "date", "id", "lot_id"]
    (backup,) = tmp_path.glob(f"ledger.before-v{SCHEMA_VERSION}.*.sqlite3")
    assert dump(backup) == before


def _history(ledger: SqliteLedger) -> tuple[int, int, list[int]]:
    """Two lots of project 1 and one of project 2, each used twice; returns the first lot,
    the other project's lot and the ids of the first lot's movements, oldest first."""
    web = add_lot(ledger, expires_on=DAY + timedelta(days=90), total="100")
    other = add_lot(ledger, expires_on=DAY + timedelta(days=60), total="50")
    data = add_lot(ledger, expires_on=DAY + timedelta(days=30), total="70", project=2)
    for day in (DAY, DAY + timedelta(days=1)):
        with ledger.write() as tx:
            tx.movements.record([
                Posting(day, MovementKind.USE, D("-1"), "INV", 1, other.id),
                Posting(day, MovementKind.USE, D("-2"), "INV", 1, web.id),
                Posting(day, MovementKind.USE, D("-3"), "INV", 2, data.id),
            ])  # fmt: skip
    with ledger.read() as tx:
        ids = [m.id for m in tx.movements.page() if m.lot_id == web.id]
    return web.id, data.id, ids


def test_a_lots_history_is_its_own_movements(ledger: SqliteLedger) -> None:
    web, data, ids = _history(ledger)
    assert len(ids) == 3  # its issue and two uses
    with ledger.read() as tx:
        assert [m.id for m in tx.movements.page(MovementQuery(lot_id=web))] == ids
        assert tx.movements.count(MovementQuery(lot_id=web)) == 3
        assert [m.id for m in tx.movements.after(MovementQuery(lot_id=web), None, 2)] == ids[:2]
        assert [m.amount for m in tx.movements.stream(MovementQuery(lot_id=data))] == [
            D("70"), D("-3"), D("-3"),
        ]  # fmt: skip
        # Asked with the wrong project, a lot has no history there.
        assert tx.movements.count(MovementQuery(project_id=1, lot_id=data)) == 0
        assert tx.integrity.invariant_problems() == []


@pytest.mark.sqlite_only  # SQLite's query plan
def test_a_lots_history_is_read_from_its_projects_index_alone(ledger: SqliteLedger) -> None:
    web, _, _ = _history(ledger)
    statements: list[str] = []
    conn = ledger.conn
    with ledger.read() as tx:
        conn.set_trace_callback(statements.append)
        try:
            tx.movements.count(MovementQuery(lot_id=web))
        finally:
            conn.set_trace_callback(None)
        (counted,) = [s for s in statements if "COUNT" in s]
        plan = " / ".join(r[3] for r in conn.execute(f"EXPLAIN QUERY PLAN {counted}"))
    assert "COVERING INDEX movements_by_project (project_id=?)" in plan, plan
    assert "SCAN" not in plan, plan


@pytest.mark.postgres
def test_a_schema_7_server_ledger_migrates(pg_url: str, pg_server: Server) -> None:
    psycopg = pytest.importorskip("psycopg")
    with contextlib.closing(open_ledger(pg_url)) as ledger:
        with ledger.write() as tx:
            tx.projects.add("Web", "", DAY)
        lot = add_lot(ledger, expires_on=DAY + timedelta(days=30), total="10", used="4")
    with psycopg.connect(pg_server.admin_of(pg_url), autocommit=True) as conn:
        conn.execute(UNDO_V9)
        conn.execute(  # the indexes as schema 7 had them
            "DROP INDEX movements_by_project; "
            "CREATE INDEX movements_by_project ON movements (project_id, date, id); "
            "CREATE INDEX movements_by_lot ON movements (lot_id) WHERE lot_id IS NOT NULL; "
            "UPDATE ledger_meta SET schema_version = 7"
        )
    with contextlib.closing(open_ledger(pg_server.admin_of(pg_url))) as ledger:
        assert ledger.migrate() == SCHEMA_VERSION
    with contextlib.closing(open_ledger(pg_url)) as ledger, ledger.read() as tx:
        assert [m.amount for m in tx.movements.page(MovementQuery(lot_id=lot.id))] == [
            D("10"), D("-4"),
        ]  # fmt: skip
        assert tx.integrity.invariant_problems() == []
    with psycopg.connect(pg_server.admin_of(pg_url)) as conn:
        indexes = dict(
            conn.execute("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'movements'")
        )
    assert "movements_by_lot" not in indexes
    assert indexes["movements_by_project"].endswith("(project_id, date, id) INCLUDE (lot_id)")
