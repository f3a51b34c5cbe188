"""A server ledger's lazy reads (``PgSession.rows``) come from a server-side cursor, a batch
at a time: a million movements read for an export, a backup or a copy are never all in the
program's memory at once (File > Backup of the big ledger held 337 MB)."""

from __future__ import annotations

import contextlib
from datetime import timedelta

import pytest

from desktop_app.storage import open_ledger
from desktop_app.storage.interface import LedgerBackend
from tests.storage.rows import DAY, add_lot

psycopg = pytest.importorskip("psycopg")
pytestmark = pytest.mark.postgres


def _open_cursors(ledger: LedgerBackend) -> int:
    with ledger.read() as tx:
        row = tx.session.one("SELECT COUNT(*) FROM pg_cursors")  # type: ignore[attr-defined]
    return int(row[0]) if row else 0


def _ledger_with_lots(pg_url: str, count: int) -> LedgerBackend:
    ledger = open_ledger(pg_url)
    with ledger.write() as tx:
        tx.projects.add("Web", "", DAY)
    for n in range(count):
        add_lot(ledger, expires_on=DAY + timedelta(days=30 + n), total=str(10 + n))
    return ledger


def test_rows_are_fetched_a_batch_at_a_time(pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("desktop_app.storage.postgres.session.ROWS_AT_ONCE", 3)
    with contextlib.closing(_ledger_with_lots(pg_url, 7)) as ledger, ledger.read() as tx:
        session = tx.session  # type: ignore[attr-defined]
        rows = session.rows("SELECT id FROM lots ORDER BY id")
        first = next(rows)
        cursor = session.one("SELECT COUNT(*) FROM pg_cursors")
        rest = list(rows)
        after = session.one("SELECT COUNT(*) FROM pg_cursors")
    assert [first[0], *(r[0] for r in rest)] == list(range(1, 8))
    assert cursor == (1,) and after == (0,)  # open while read, closed once read


def test_two_lazy_reads_interleave_and_one_may_stop_early(pg_url: str) -> None:
    with contextlib.closing(_ledger_with_lots(pg_url, 4)) as ledger:
        with ledger.read() as tx:
            session = tx.session  # type: ignore[attr-defined]
            ids = session.rows("SELECT id FROM lots ORDER BY id")
            totals = session.rows("SELECT total_cents FROM lots ORDER BY id")
            pairs = [(i[0], t[0]) for i, t in zip(ids, totals, strict=True)]
            early = session.rows("SELECT id FROM lots ORDER BY id")
            assert next(early) == (1,)
            early.close()  # the caller stopped: its cursor is closed at once
            assert session.one("SELECT COUNT(*) FROM pg_cursors") == (0,)
        assert pairs == [(1, 1000), (2, 1100), (3, 1200), (4, 1300)]
        assert _open_cursors(ledger) == 0


def test_a_lazy_read_outside_a_transaction_reads_too(pg_url: str) -> None:
    """The autocommit connection (a test's look, ``peek``) has no transaction to hold a
    server-side cursor: its rows come as before."""
    from desktop_app.storage.postgres.session import PgSession

    with contextlib.closing(_ledger_with_lots(pg_url, 2)) as ledger:
        session = PgSession(ledger.conn, ledger.path, writable=False)  # type: ignore[attr-defined]
        assert list(session.rows("SELECT id FROM lots ORDER BY id")) == [(1,), (2,)]


def test_a_read_left_half_done_never_troubles_the_next_transaction(pg_url: str) -> None:
    """Its cursor is closed as its transaction ends; collected later, inside another
    transaction, the iterator sends nothing (a CLOSE there would abort that one)."""
    with contextlib.closing(_ledger_with_lots(pg_url, 3)) as ledger:
        with ledger.read() as tx:
            left = tx.session.rows("SELECT id FROM lots ORDER BY id")  # type: ignore[attr-defined]
            assert next(left) == (1,)
        with ledger.write() as tx:
            left.close()  # as the collector would, now
            tx.projects.add("Data", "", DAY)
        with ledger.read() as tx:
            assert tx.projects.by_name("Data") is not None
