"""Schema 9: on a server, what is left of each lot has a table of its own (``lot_left``), kept
by triggers, so that no index of ``lots`` names ``used_cents`` and a post updates its lots in
place (HOT). Nothing changes in a SQLite file: it stays at 8 (``FILE_VERSION``)."""

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
from desktop_app.storage import open_ledger, upgrade_due
from desktop_app.storage.interface import LedgerBackend
from desktop_app.storage.queries import LotQuery
from desktop_app.storage.sqlite.schema import FILE_VERSION, SCHEMA_VERSION, changes_file
from tests.helpers.ledger import as_unprivileged, digest, dump, run_program, siblings
from tests.helpers.pg import Server
from tests.storage.ledger_files import READS
from tests.storage.rows import DAY, D, add_lot
from tests.storage.test_migration_v5 import ledger_of_schema

#: A server ledger taken back to schema 8 (its lots' indexes as they were, no ``lot_left``).
UNDO_V9 = """
    DROP TABLE lot_left;
    DROP TRIGGER lots_left_added ON lots;
    DROP TRIGGER lots_left_changed ON lots;
    DROP FUNCTION lot_left_added();
    DROP FUNCTION lot_left_changed();
    ALTER TABLE lots RESET (fillfactor);
    CREATE INDEX lots_waterfall ON lots (project_id, kind DESC, expires_on, issued_on, id)
        WHERE total_cents > used_cents + expired_cents;
    CREATE INDEX lots_due ON lots (expires_on) WHERE total_cents > used_cents + expired_cents;
    CREATE INDEX lots_sort_available ON lots ((total_cents - used_cents - expired_cents), id);
    CREATE INDEX lots_open_amounts
        ON lots (project_id, expires_on, valid_from, total_cents, used_cents, expired_cents)
        WHERE total_cents > used_cents + expired_cents;
    UPDATE ledger_meta SET schema_version = 8;
"""


def _schema_8_file(path: Path) -> Path:
    """A ledger file of schema 8, in WAL mode as the program leaves one."""
    ledger_of_schema(path, 8)
    plain = sqlite3.connect(path)
    plain.execute("PRAGMA journal_mode = WAL")
    plain.close()
    return path


def test_schema_9_is_this_version_and_a_file_stays_at_8() -> None:
    assert SCHEMA_VERSION == 9 and FILE_VERSION == 8
    assert not changes_file(8) and changes_file(7)


def test_a_schema_8_file_is_this_version_as_it_is(tmp_path: Path) -> None:
    """Opened, checked, written, it keeps user_version 8: no backup, no dialog, and the
    program before this one opens it still (it would refuse a 9 as too new)."""
    path = _schema_8_file(tmp_path / "ledger.sqlite3")
    assert upgrade_due(path) is None  # nothing for the window to announce
    with contextlib.closing(open_ledger(path)) as ledger:
        assert ledger.schema_version() == ledger.migrate() == SCHEMA_VERSION
        with ledger.write() as tx:
            tx.projects.add("Other", "", DAY)
    with Desk.open(path) as desk:
        result = check(desk)
        assert result.ok, result.problems
    assert dump(path)["user_version"] == 8
    assert list(tmp_path.glob("*before-v*")) == []
    new = tmp_path / "new.sqlite3"
    open_ledger(new).close()
    assert dump(new)["user_version"] == 8


def test_a_schema_8_file_is_not_checked_for_damage_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No migration, so no quick check of the whole file before it (6.4 s on the bench's
    million movements), which opening a file to migrate it takes."""
    from desktop_app.storage.sqlite import connection

    path = _schema_8_file(tmp_path / "ledger.sqlite3")
    checked: list[Path] = []
    monkeypatch.setattr(connection, "refuse_if_damaged", lambda _conn, at: checked.append(at))
    open_ledger(path).close()
    assert checked == []
    ledger_of_schema(older := tmp_path / "older.sqlite3", 7)
    open_ledger(older).close()
    assert checked == [older]  # a migration is, as before


@pytest.mark.parametrize("folder_too", [False, True], ids=["read-only file", "read-only folder"])
def test_a_read_only_schema_8_file_is_read(tmp_path: Path, folder_too: bool) -> None:
    """Read-only media or a file shared read-only (in a real process that obeys
    permissions, as in test_faults): nothing to write, every read answers."""
    folder = tmp_path / "cdrom"
    folder.mkdir()
    path = _schema_8_file(folder / "ledger.sqlite3")
    path.chmod(0o444)
    if folder_too:
        folder.chmod(0o555)
    try:
        before = digest(path)
        for args in READS:
            result = run_program(path, *args, preexec_fn=as_unprivileged())
            assert result.code == 0, (args, result.err)
        assert digest(path) == before
        assert siblings(path) == ["ledger.sqlite3"] or not folder_too
    finally:
        folder.chmod(0o755)


def _left(admin: str) -> list[tuple[int, int, int]]:
    psycopg = pytest.importorskip("psycopg")
    with psycopg.connect(admin) as conn:
        rows = conn.execute(
            "SELECT l.id, s.left_cents, l.total_cents - l.used_cents - l.expired_cents "
            "FROM lots l LEFT JOIN lot_left s ON s.lot_id = l.id ORDER BY l.id"
        ).fetchall()
    return [(int(a), int(b) if b is not None else -1, int(c)) for a, b, c in rows]


def _three_lots(ledger: LedgerBackend) -> list[int]:
    """A lot used up, one half used, one untouched."""
    with ledger.write() as tx:
        tx.projects.add("Web", "", DAY)
    spent = add_lot(ledger, expires_on=DAY + timedelta(days=30), total="10", used="10")
    half = add_lot(ledger, expires_on=DAY + timedelta(days=60), total="10", used="5")
    whole = add_lot(ledger, expires_on=DAY + timedelta(days=90), total="10")
    return [spent.id, half.id, whole.id]


@pytest.mark.postgres
def test_a_schema_8_server_ledger_migrates_with_what_is_left(
    pg_url: str, pg_server: Server
) -> None:
    psycopg = pytest.importorskip("psycopg")
    admin = pg_server.admin_of(pg_url)
    with contextlib.closing(open_ledger(pg_url)) as ledger:
        ids = _three_lots(ledger)
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(UNDO_V9)
    with contextlib.closing(open_ledger(admin)) as ledger:
        assert ledger.migrate() == SCHEMA_VERSION
    assert _left(admin) == [(ids[0], 0, 0), (ids[1], 500, 500), (ids[2], 1000, 1000)]
    with contextlib.closing(open_ledger(pg_url)) as ledger, ledger.read() as tx:
        assert tx.integrity.file_problems() == []
        assert tx.integrity.invariant_problems() == []
        shown = LotQuery(project_id=None, today=DAY, sort="available")
        assert [lot.id for lot in tx.lots.page(shown)] == [ids[1], ids[2]]
        for project in (None, 1):  # every project's from lot_left_sort, one project's sorted
            every = LotQuery(project, DAY, include_all=True, sort="available")
            assert [lot.id for lot in tx.lots.page(every)] == ids
            backwards = LotQuery(project, DAY, include_all=True, sort="available", descending=True)
            assert [lot.id for lot in tx.lots.page(backwards)] == ids[::-1]


@pytest.mark.postgres
def test_a_posts_lots_are_updated_in_place(pg_url: str) -> None:
    """No index of ``lots`` names what a post changes: every lot's update is HOT."""
    with contextlib.closing(open_ledger(pg_url)) as ledger:
        ids = _three_lots(ledger)
        with ledger.write() as tx:
            tx.movements.record([
                Posting(DAY, MovementKind.USE, D("-2"), "INV", 1, ids[1]),
                Posting(DAY, MovementKind.USE, D("-3"), "INV", 1, ids[2]),
            ])  # fmt: skip
            counts = tx.session.pg.execute(  # type: ignore[attr-defined]
                "SELECT n_tup_upd, n_tup_hot_upd FROM pg_stat_xact_user_tables "
                "WHERE relname = 'lots'"
            ).fetchone()
        # counted by this connection, not yet flushed: the lots' earlier writes too
        updated, in_place = counts
        assert updated >= 2 and in_place == updated
        with ledger.read() as tx:
            assert tx.integrity.file_problems() == []


@pytest.mark.postgres
def test_lot_left_follows_any_write_of_the_lots(pg_url: str, pg_server: Server) -> None:
    """The triggers keep it, whoever writes (an administrator's UPDATE too), and ``check``
    finds a row of it that does not follow its lot."""
    psycopg = pytest.importorskip("psycopg")
    admin = pg_server.admin_of(pg_url)
    with contextlib.closing(open_ledger(pg_url)) as ledger:
        ids = _three_lots(ledger)
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute("UPDATE lots SET expired_cents = 500 WHERE id = %s", (ids[1],))
        assert _left(admin)[1] == (ids[1], 0, 0)
        conn.execute("UPDATE lot_left SET left_cents = 1 WHERE lot_id = %s", (ids[2],))
    with contextlib.closing(open_ledger(pg_url)) as ledger, ledger.read() as tx:
        problems = tx.integrity.file_problems()
    assert [(p.code, p.params) for p in problems] == [("check.lot_left", {"lot": ids[2]})]
