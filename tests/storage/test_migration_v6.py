"""Schema 6 (closing the books): a schema-5 ledger opens backed up, every row kept, with the
RETURN kind, the credit-notes table and the day totals the roll-forward reads."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop_app.services.desk import Desk
from desktop_app.services.integrity import check
from desktop_app.storage.sqlite.schema import FILE_VERSION, SCHEMA_VERSION
from desktop_app.storage.sqlite.schema_books import MOVEMENT_DAYS_SUMS
from tests.helpers.ledger import dump, query
from tests.storage.test_migration_v5 import ledger_of_schema


def _version_5_ledger(path: Path) -> None:
    ledger_of_schema(path, 5)


def test_schema_6_is_in_this_version() -> None:
    assert SCHEMA_VERSION >= 6


def test_a_schema_5_ledger_migrates_whole(tmp_path: Path) -> None:
    path = tmp_path / "ledger.sqlite3"
    _version_5_ledger(path)
    before = dump(path)
    with Desk.open(path) as desk:
        result = check(desk)
        assert result.ok, result.problems
    after = dump(path)
    assert after["user_version"] == FILE_VERSION
    for table in ("projects", "lots", "orders", "vouchers", "invoice_lines",
                  "accounts", "payment_methods", "settings"):  # fmt: skip
        assert after[table] == before[table], table
    # what each source paid: voucher, credit, Digital LaunchPad, loyalty (its USE movements)
    assert [row for row in after["invoices"]] == [(*before["invoices"][0], 0, 3000, 500, 0)]
    assert [row[:-1] for row in after["movements"]] == before["movements"]  # + credit_note
    assert {row[-1] for row in after["movements"]} == {None}
    assert after["credit_notes"] == []
    sums = query(path, f"{MOVEMENT_DAYS_SUMS} GROUP BY 1, 2, 3, 4, 5")
    assert sorted(after["movement_days"]) == sorted(sums) and len(sums) == 7
    (backup,) = tmp_path.glob(f"ledger.before-v{SCHEMA_VERSION}.*.sqlite3")
    assert dump(backup) == before


def test_the_rebuilt_movements_keep_their_guards_and_take_return(tmp_path: Path) -> None:
    path = tmp_path / "ledger.sqlite3"
    _version_5_ledger(path)
    with Desk.open(path):
        pass
    with Desk.open(tmp_path / "new.sqlite3"):
        pass
    conn, fresh = sqlite3.connect(path), sqlite3.connect(tmp_path / "new.sqlite3")
    try:
        shape = "SELECT type, name, tbl_name FROM sqlite_master ORDER BY type, name"
        assert conn.execute(shape).fetchall() == fresh.execute(shape).fetchall()
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute("UPDATE movements SET note = 'x' WHERE id = 1")
        conn.execute(
            "INSERT INTO movements (date, kind, amount_cents, reference) "
            "VALUES ('2026-03-01', 'RETURN', 0, 'CN-2026-00001')"
        )
        with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
            conn.execute(
                "INSERT INTO movements (date, kind, amount_cents, reference) "
                "VALUES ('2026-01-01', 'REFUND', 0, 'x')"
            )
        conn.rollback()
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()
        fresh.close()
