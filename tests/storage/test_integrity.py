"""The integrity repository: what the file and the invariants say, as coded problems."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

import pytest

from desktop_app.domain.problems import Problem
from desktop_app.storage.sqlite.ledger import SqliteLedger
from tests.storage.rows import DAY, add_lot


def _problems(ledger: SqliteLedger) -> list[Problem]:
    with ledger.inspect() as tx:
        return tx.integrity.file_problems(full=True) + tx.integrity.invariant_problems()


def test_a_sound_ledger_has_no_problem(ledger: SqliteLedger) -> None:
    add_lot(ledger, expires_on=DAY + timedelta(days=30), used="4")
    assert _problems(ledger) == []


@pytest.mark.sqlite_only  # SQLite's own SQL, triggers or file
def test_a_cache_that_disagrees_with_the_movements(ledger: SqliteLedger) -> None:
    lot = add_lot(ledger, expires_on=DAY + timedelta(days=30), total="10", used="4")
    ledger.conn.execute("UPDATE lots SET used_cents = 300 WHERE id = ?", (lot.id,))
    ledger.conn.execute("UPDATE accounts SET balance_cents = 99 WHERE name = 'loyalty'")
    assert _problems(ledger) == [
        Problem("check.lot_totals", {
            "lot": lot.id, "reference": lot.reference, "total": "10.00", "used": "3.00",
            "expired": "0.00", "issued": "10.00", "rebuilt_used": "4.00", "lost": "0.00",
        }),
        Problem("check.account_balance", {"account": "loyalty", "stored": "0.99",
                                          "rebuilt": "0.00"}),
    ]  # fmt: skip


@pytest.mark.sqlite_only  # SQLite's own SQL, triggers or file
def test_a_file_cut_short_and_a_broken_foreign_key(ledger: SqliteLedger) -> None:
    conn = sqlite3.connect(ledger.path)
    conn.execute("PRAGMA foreign_keys = OFF")
    with conn:
        conn.execute("INSERT INTO vouchers (code, amount_cents, valid_from, expires_on, "
                     "created_on, lot_id) VALUES ('X', 1, '2026-01-01', '2026-02-01', "
                     "'2026-01-01', 77)")  # fmt: skip
    conn.close()
    ledger.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    with ledger.path.open("ab") as file:
        file.write(b"\0")
    size = ledger.path.stat().st_size
    found = _problems(ledger)
    assert Problem("check.file_cut", {"size": size, "page_size": 4096}) in found
    assert Problem("check.foreign_key", {"table": "vouchers", "row": 1, "parent": "lots"}) in found
