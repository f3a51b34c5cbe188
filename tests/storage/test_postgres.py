"""The server backend's own guarantees (issue 9, rule 17): the schema twin, the history
append-only by triggers and by privileges, versions, the writer lock, lost connections."""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from desktop_app.domain.errors import EnvironmentFault
from desktop_app.storage import open_ledger
from desktop_app.storage.location import database_name, is_server_url, masked
from desktop_app.storage.postgres.dialect import translate
from desktop_app.storage.sqlite.schema import SCHEMA_VERSION
from tests.helpers.pg import Server, dump_server
from tests.storage.rows import DAY, add_lot

psycopg = pytest.importorskip("psycopg")
pytestmark = pytest.mark.postgres

# -- no server needed ----------------------------------------------------------------------------


def test_the_dialect_binds_numbered_and_plain_placeholders_and_no_limit() -> None:
    st = translate("SELECT x FROM lots INDEXED BY lots_due WHERE a = ?1 AND b LIKE '%,' "
                   "|| ? AND c IS NOT d AND e IS NOT NULL AND f = ?1 LIMIT ? OFFSET ?")  # fmt: skip
    assert st.sql == (
        "SELECT x FROM lots WHERE a = %s AND b LIKE '%%,' || %s AND c IS DISTINCT FROM d "
        "AND e IS NOT NULL AND f = %s LIMIT %s OFFSET %s"
    )
    assert st.bind(["A", "B", -1, 5]) == ["A", "B", "A", None, 5]
    assert translate("INSERT INTO lots (a) VALUES (?)").sql.endswith("RETURNING id")
    assert not translate("INSERT INTO settings (a) VALUES (?)").returns_id


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("postgresql://alice:s3cret@db.example/acme", "postgresql://alice@db.example/acme"),
        ("postgresql://db/acme?password=s3cret&sslmode=require",
         "postgresql://db/acme?password=***&sslmode=require"),
        ("postgresql:///acme?host=/run/pg", "postgresql:///acme?host=/run/pg"),
    ],
)  # fmt: skip
def test_a_password_is_never_shown(url: str, shown: str) -> None:
    assert masked(url) == shown
    assert "s3cret" not in masked(url)
    assert is_server_url(url) and database_name(url) == "acme"
    assert not is_server_url(Path("postgresql://x/y"))


# -- the schema twin -----------------------------------------------------------------------------
_FAMILY = {"integer": "INTEGER", "bigint": "INTEGER", "boolean": "INTEGER", "text": "TEXT",
           "date": "TEXT"}  # fmt: skip


def test_the_schema_twins_match_column_for_column(pg_url: str, tmp_path: Path) -> None:
    """Every table and column of SQLite's schema, with its kind and nullability, on the
    server too (and nothing else but the server's ``ledger_meta`` and ``lot_left``, what
    is left of each lot with the indexes on it: schema 9)."""
    open_ledger(tmp_path / "twin.sqlite3").close()
    conn = sqlite3.connect(tmp_path / "twin.sqlite3")
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]  # fmt: skip
    lite = {t: [(r[1], r[2], bool(r[3] or r[5])) for r in conn.execute(
        f"SELECT * FROM pragma_table_info('{t}') ORDER BY cid")] for t in tables}  # fmt: skip
    conn.close()
    with psycopg.connect(pg_url) as pg:
        rows = pg.execute(
            "SELECT table_name, column_name, data_type, is_nullable = 'NO' "
            "FROM information_schema.columns WHERE table_schema = 'public' "
            "ORDER BY table_name, ordinal_position"
        ).fetchall()
    server: dict[str, list[tuple[str, str, bool]]] = {}
    for table, column, kind, not_null in rows:
        server.setdefault(table, []).append((column, _FAMILY.get(kind, kind), not_null))
    assert server.pop("ledger_meta")
    assert [c[0] for c in server.pop("lot_left")][-1] == "left_cents"
    assert sorted(server) == sorted(lite)
    for table, columns in lite.items():
        assert sorted(server[table]) == sorted(columns), table


# -- the history -------------------------------------------------------------------------------


def _movement(url: str) -> None:
    with contextlib.closing(open_ledger(url)) as ledger, ledger.write() as tx:
        tx.projects.add("Web", "", DAY)
    with contextlib.closing(open_ledger(url)) as ledger:
        add_lot(ledger, expires_on=date(2027, 1, 1))


@pytest.mark.parametrize(
    "sql", ["UPDATE movements SET amount_cents = 0", "DELETE FROM movements",
            "TRUNCATE movements CASCADE", "UPDATE invoices SET total_ht_cents = 0",
            "DELETE FROM credit_notes", "DELETE FROM lots"],
)  # fmt: skip
def test_the_application_role_cannot_change_the_history(pg_url: str, sql: str) -> None:
    _movement(pg_url)
    before = dump_server(pg_url)
    with psycopg.connect(pg_url) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute(sql)
    assert dump_server(pg_url) == before


@pytest.mark.parametrize(
    "sql", ["UPDATE movements SET amount_cents = 0", "DELETE FROM movements",
            "TRUNCATE movements CASCADE", "DELETE FROM lots", "TRUNCATE invoice_lines"],
)  # fmt: skip
def test_even_the_owner_is_refused_by_the_triggers(
    pg_url: str, pg_server: Server, sql: str
) -> None:
    _movement(pg_url)
    before = dump_server(pg_url)
    admin = psycopg.connect(pg_server.admin_of(pg_url))
    with admin as conn, pytest.raises(psycopg.errors.RestrictViolation):
        conn.execute(sql)
    assert dump_server(pg_url) == before


def test_the_app_role_through_the_backend_is_a_permission_fault(pg_url: str) -> None:
    _movement(pg_url)
    ledger = open_ledger(pg_url)
    with contextlib.closing(ledger), pytest.raises(EnvironmentFault) as got, ledger.write() as tx:
        tx.session.run("DELETE FROM movements")  # type: ignore[attr-defined]
    assert got.value.code == "ledger.permission"
    assert "password" not in str(got.value)


# -- versions ------------------------------------------------------------------------------------


def test_an_empty_database_is_refused_until_ledger_init(pg_server: Server) -> None:
    url = pg_server.empty()
    try:
        with contextlib.closing(open_ledger(url)) as ledger:
            with pytest.raises(EnvironmentFault) as caught, ledger.read():
                pass
            assert caught.value.code == "ledger.not_initialised"
            assert ledger.migrate() == SCHEMA_VERSION
            assert ledger.migrate() == SCHEMA_VERSION  # again: nothing left to do
            with ledger.write() as tx:
                tx.projects.add("Web", "", DAY)
    finally:
        pg_server.drop(url)


def test_a_newer_schema_is_refused_naming_the_version(pg_url: str, pg_server: Server) -> None:
    with psycopg.connect(pg_server.admin_of(pg_url), autocommit=True) as conn:
        conn.execute("UPDATE ledger_meta SET schema_version = %s", (SCHEMA_VERSION + 1,))
    with contextlib.closing(open_ledger(pg_url)) as ledger:
        for attempt in (ledger.read, ledger.write, ledger.migrate):
            with pytest.raises(EnvironmentFault) as caught, contextlib.ExitStack() as stack:
                got: Any = attempt()
                if hasattr(got, "__enter__"):
                    stack.enter_context(got)
            assert caught.value.code == "ledger.too_new"
            assert caught.value.params["version"] == SCHEMA_VERSION + 1


# -- the writer lock, lost connections ---------------------------------------------------------


def test_a_writer_waits_then_is_told_busy(pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("desktop_app.storage.postgres.ledger.LOCK_TIMEOUT", "300ms")
    holder = open_ledger(pg_url)
    waiter = open_ledger(pg_url)
    try:
        before = dump_server(pg_url)
        with holder.write() as tx:
            tx.projects.add("Held", "", DAY)
            with pytest.raises(EnvironmentFault) as caught, waiter.write() as other:
                other.projects.add("Waiting", "", DAY)
            assert caught.value.code == "ledger.busy"
        with waiter.read() as tx:  # the holder's write committed, the waiter's did not
            assert [p.name for p, _ in tx.projects.with_available(DAY)] == ["Held"]
        assert len(dump_server(pg_url)["projects"]) == len(before["projects"]) + 1
    finally:
        holder.close()
        waiter.close()


def test_a_connection_killed_mid_write_keeps_nothing_and_reconnects(
    pg_url: str, pg_server: Server
) -> None:
    ledger = open_ledger(pg_url)
    try:
        pid = ledger.conn.info.backend_pid  # type: ignore[attr-defined]
        before = dump_server(pg_url)
        with pytest.raises(EnvironmentFault) as caught, ledger.write() as tx:
            tx.projects.add("Half", "", DAY)
            killer = threading.Thread(
                target=pg_server.execute, args=(f"SELECT pg_terminate_backend({pid})",)
            )
            killer.start()
            killer.join()
            tx.projects.add("Written", "", DAY)
        assert caught.value.code == "ledger.connection_lost"
        assert dump_server(pg_url) == before
        assert ledger.link.wait(10)  # made again in the background (tests/storage/test_pg_away)
        with ledger.write() as tx:
            tx.projects.add("After", "", DAY)
        with ledger.read() as tx:
            assert [p.name for p, _ in tx.projects.with_available(DAY)] == ["After"]
    finally:
        ledger.close()


def test_who_wrote_last_and_the_data_version(pg_url: str) -> None:
    """Another connection's commit moves the data version, this one's own do not (as
    SQLite's ``PRAGMA data_version``); the server says who wrote last."""
    with contextlib.closing(open_ledger(pg_url)) as ledger:
        version = ledger.data_version()
        with ledger.write() as tx:
            tx.projects.add("Web", "", DAY)
        assert ledger.data_version() == version
        with contextlib.closing(open_ledger(pg_url)) as other, other.write() as tx:
            tx.projects.add("Data", "", DAY)
        assert ledger.data_version() == version + 1
        who = ledger.last_writer()
        assert who is not None and who[0] == "ccd_app"


def test_a_server_that_cannot_be_reached_is_told_without_the_password(
    pg_server: Server, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop_app.cli.main import main
    from tests.helpers.pg import with_database

    url = with_database(pg_server.admin, "no_such_ledger").replace(
        "postgresql://", "postgresql://someone:s3cret@"
    )
    with pytest.raises(EnvironmentFault) as caught:
        open_ledger(url)
    assert caught.value.code == "ledger.cannot_connect"
    assert "s3cret" not in str(caught.value)
    assert main(["--db", url, "project", "list"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: cannot reach the ledger") and "s3cret" not in err


def test_the_waterfall_in_pages_is_the_waterfall(
    pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The server reads the waterfall in keyset pages (vouchers, then credit): pages of 2
    give the order SQLite gives in one read, ties on the expiry broken by issue day, id."""
    from datetime import timedelta

    from desktop_app.domain.model import LotKind

    monkeypatch.setattr("desktop_app.storage.postgres.lots.FIRST_PAGE", 2)
    monkeypatch.setattr("desktop_app.storage.postgres.lots.NEXT_PAGES", 2)
    orders = []
    for where in (tmp_path / "lite.sqlite3", pg_url):
        with contextlib.closing(open_ledger(where)) as ledger:
            with ledger.write() as tx:
                tx.projects.add("Web", "", DAY)
            for n in range(9):
                add_lot(ledger, expires_on=date(2027, 1, 1) + timedelta(days=n % 3),
                        total=str(10 + n), issued_on=date(2026, 1, 1) + timedelta(days=n % 2),
                        valid_from=date(2026, 1, 1),
                        kind=LotKind.VOUCHER if n % 4 == 0 else LotKind.CREDIT)  # fmt: skip
            with ledger.read() as tx:
                orders.append([lot.id for lot in tx.lots.waterfall(1, DAY)])
    assert orders[0] == orders[1] and len(orders[0]) == 9


@pytest.mark.parametrize(
    ("error", "code"),
    [("DiskFull", "ledger.disk_full"), ("LockNotAvailable", "ledger.busy"),
     ("QueryCanceled", "ledger.busy"), ("ReadOnlySqlTransaction", "ledger.read_only"),
     ("InsufficientPrivilege", "ledger.permission"), ("AdminShutdown", "ledger.connection_lost"),
     ("ConnectionFailure", "ledger.connection_lost"), ("UndefinedColumn", None),
     ("UniqueViolation", None)],
)  # fmt: skip
def test_errors_are_told_apart_by_sqlstate(error: str, code: str | None) -> None:
    """An environment fault by its SQLSTATE, never by its words; anything else is a bug."""
    from desktop_app.domain.errors import Bug
    from desktop_app.storage.postgres.errors import translate

    found = translate(getattr(psycopg.errors, error)("words do not matter"), "postgresql://x/y")
    if code is None:
        assert isinstance(found, Bug)
    else:
        assert isinstance(found, EnvironmentFault) and found.code == code
