"""Schema 5: the ledger stores codes, not English prose; an older ledger migrates whole.

A ledger written by schema 4 holds "purchase order created" under kind MANUAL, "unused at
expiry" on its EXPIRE movements and "Public Cloud credit" / "Voucher" as lot descriptions.
Opened, it is backed up, then each of those becomes a code (kind ORDER_CREATED, note and
description codes); every row stays, with its id, and every other value is as it was."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from desktop_app.domain.text import name_key
from desktop_app.services.desk import Desk
from desktop_app.services.integrity import check
from desktop_app.storage.sqlite.connection import _statements
from desktop_app.storage.sqlite.schema import FILE_VERSION, MIGRATIONS, SCHEMA_VERSION
from tests.helpers.ledger import Cli, dump

TODAY = "2026-03-01"

V4_ROWS = """
INSERT INTO projects (id, name, name_key, description, created_on)
    VALUES (1, 'Web', 'web', 'shop', '2025-05-01');
INSERT INTO lots (id, project_id, kind, reference, description, total_cents, used_cents,
    expired_cents, valid_from, expires_on, issued_on, products) VALUES
    (1, 1, 'credit', 'PO-2026-00001', 'Public Cloud credit', 10000, 3000, 0,
     '2026-01-10', '2027-02-10', '2026-01-10', ''),
    (2, 1, 'voucher', 'AAAA-BBBB-CCCC', 'Voucher', 5000, 0, 5000,
     '2025-06-01', '2025-12-01', '2025-06-01', 'compute'),
    (3, 1, 'voucher', 'DDDD-EEEE-FFFF', 'GPU trial', 2000, 0, 0,
     '2026-01-15', '2026-06-15', '2026-01-15', '');
INSERT INTO vouchers (code, amount_cents, valid_from, expires_on, products, campaign,
    created_on, redeemed_on, project_id, lot_id) VALUES
    ('AAAA-BBBB-CCCC', 5000, '2025-06-01', '2025-12-01', 'compute', '', '2025-05-20',
     '2025-06-01', 1, 2),
    ('DDDD-EEEE-FFFF', 2000, '2026-01-15', '2026-06-15', '', 'GPU trial', '2026-01-01',
     '2026-01-15', 1, 3);
INSERT INTO orders (number, year, seq, project_id, status, amount_ht_cents, vat_rate_bp,
    vat_cents, amount_ttc_cents, created_on, paid_on, cancelled_on, lot_id, pdf) VALUES
    ('PO-2026-00001', 2026, 1, 1, 'paid', 10000, 2000, 2000, 12000, '2026-01-05',
     '2026-01-10', NULL, 1, NULL),
    ('PO-2026-00002', 2026, 2, 1, 'cancelled', 500, 2000, 100, 600, '2026-01-06', NULL,
     '2026-01-07', NULL, NULL),
    ('PO-2026-00003', 2026, 3, 1, 'pending', 700, 2000, 140, 840, '2026-02-01', NULL, NULL,
     NULL, NULL);
INSERT INTO payment_methods (id, type, label, is_default) VALUES (1, 'card', 'Visa', 1);
INSERT INTO invoices (id, number, year, seq, project_id, date, total_ht_cents,
    method_ht_cents, vat_rate_bp, vat_cents, payment_method_id, payment_label) VALUES
    (1, 'INV-2026-00001', 2026, 1, 1, '2026-02-01', 3500, 0, 2000, 0, 1, 'Visa');
INSERT INTO invoice_lines (invoice_id, line_no, product, amount_cents)
    VALUES (1, 1, 'compute', 3500);
UPDATE accounts SET balance_cents = 500 WHERE name = 'digital_launchpad';
INSERT INTO movements (id, date, kind, amount_cents, reference, project_id, lot_id, account,
    invoice_id, order_number, note) VALUES
    (1, '2025-06-01', 'VOUCHER', 5000, 'AAAA-BBBB-CCCC', 1, 2, NULL, NULL, NULL, ''),
    (2, '2025-12-01', 'EXPIRE', -5000, 'AAAA-BBBB-CCCC', 1, 2, NULL, NULL, NULL,
     'unused at expiry'),
    (3, '2026-01-05', 'MANUAL', 0, 'PO-2026-00001', 1, NULL, NULL, NULL, 'PO-2026-00001',
     'purchase order created'),
    (4, '2026-01-06', 'MANUAL', 0, 'PO-2026-00002', 1, NULL, NULL, NULL, 'PO-2026-00002',
     'purchase order created'),
    (5, '2026-01-07', 'CANCEL', 0, 'PO-2026-00002', 1, NULL, NULL, NULL, 'PO-2026-00002', ''),
    (6, '2026-01-10', 'ORDER', 10000, 'PO-2026-00001', 1, 1, NULL, NULL, 'PO-2026-00001', ''),
    (7, '2026-01-12', 'BONUS', 1000, 'digital_launchpad', NULL, NULL, 'digital_launchpad',
     NULL, NULL, 'Startup programme'),
    (8, '2026-01-15', 'VOUCHER', 2000, 'DDDD-EEEE-FFFF', 1, 3, NULL, NULL, NULL, ''),
    (9, '2026-02-01', 'USE', -3000, 'INV-2026-00001', 1, 1, NULL, 1, NULL, ''),
    (10, '2026-02-01', 'USE', -500, 'INV-2026-00001', 1, NULL, 'digital_launchpad', 1, NULL,
     ''),
    (11, '2026-02-01', 'MANUAL', 0, 'PO-2026-00003', 1, NULL, NULL, NULL, 'PO-2026-00003',
     'purchase order created'),
    (12, '2026-02-02', 'MANUAL', 0, 'note', 1, NULL, NULL, NULL, NULL, 'unused at expiry');
"""
#: What schema 5 makes of each movement: (kind, note, note_code); the others are unchanged.
V5_MOVEMENTS = {
    2: ("EXPIRE", "", "unused_at_expiry"),
    3: ("ORDER_CREATED", "", "purchase_order_created"),
    4: ("ORDER_CREATED", "", "purchase_order_created"),
    11: ("ORDER_CREATED", "", "purchase_order_created"),
}
V5_LOTS = {1: ("", "public_cloud_credit"), 2: ("", "voucher"), 3: ("GPU trial", "")}


def ledger_of_schema(path: Path, version: int) -> None:
    """A ledger as schema ``version`` (4 or later) wrote it: schema 4's rows (English prose
    and all, every invariant holding), then each later migration over them."""
    conn = sqlite3.connect(path)
    conn.create_function("name_key", 1, name_key)  # schema 4's migration calls it
    for script in MIGRATIONS[:4]:
        for statement in _statements(script):
            conn.execute(statement)
    for statement in _statements(V4_ROWS):
        conn.execute(statement)
    for script in MIGRATIONS[4:version]:
        for statement in _statements(script):
            conn.execute(statement)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()


def _version_4_ledger(path: Path) -> None:
    ledger_of_schema(path, 4)


def _rows(path: Path, table: str) -> dict[int, dict[str, Any]]:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        return {r["id"]: dict(r) for r in conn.execute(f"SELECT * FROM {table} ORDER BY id")}
    finally:
        conn.close()


@pytest.fixture
def migrated(tmp_path: Path) -> tuple[Path, dict[str, Any], Path]:
    """(the migrated ledger, the schema-4 content, the ledger's folder)."""
    path = tmp_path / "ledger.sqlite3"
    _version_4_ledger(path)
    before = dump(path)
    before_movements, before_lots = _rows(path, "movements"), _rows(path, "lots")
    with Desk.open(path) as desk:
        assert check(desk).ok, check(desk).problems
    before["movement_rows"], before["lot_rows"] = before_movements, before_lots
    return path, before, tmp_path


def test_schema_5_is_past() -> None:
    assert SCHEMA_VERSION >= 5


def test_every_row_stays_and_the_prose_becomes_codes(migrated: tuple[Path, Any, Path]) -> None:
    path, before, _ = migrated
    after = dump(path)
    assert after["user_version"] == FILE_VERSION
    for table in ("projects", "orders", "vouchers", "invoice_lines", "accounts",
                  "payment_methods"):  # fmt: skip
        assert after[table] == before[table], table
    assert [row[:12] for row in after["invoices"]] == before["invoices"]  # + schema 6's sums
    assert set(before["settings"]) <= set(after["settings"])  # schema 6 adds the books' ones
    movements = _rows(path, "movements")
    assert set(movements) == set(before["movement_rows"])  # every id, none added
    for mid, old in before["movement_rows"].items():
        new = dict(movements[mid])
        kind, note, code = V5_MOVEMENTS.get(mid, (old["kind"], old["note"], ""))
        assert (new.pop("kind"), new.pop("note"), new.pop("note_code")) == (kind, note, code)
        assert new.pop("credit_note", None) is None  # schema 6's column
        assert new == {k: v for k, v in old.items() if k not in ("kind", "note")}, mid
    lots = _rows(path, "lots")
    assert set(lots) == set(before["lot_rows"])
    for lid, old in before["lot_rows"].items():
        new = dict(lots[lid])
        assert (new.pop("description"), new.pop("description_code")) == V5_LOTS[lid]
        assert new == {k: v for k, v in old.items() if k != "description"}, lid


def test_the_ledger_checks_ok_and_keeps_its_guards(migrated: tuple[Path, Any, Path]) -> None:
    """The movements table was rebuilt (its kind CHECK grew ORDER_CREATED): its indexes and
    append-only triggers are back, and a new ledger's schema is the same."""
    path, _, folder = migrated
    with Desk.open(path) as desk:
        result = check(desk)
        assert result.ok, result.problems
    with Desk.open(folder / "new.sqlite3") as desk:
        pass
    conn = sqlite3.connect(path)
    fresh = sqlite3.connect(folder / "new.sqlite3")
    try:
        shape = "SELECT type, name, tbl_name FROM sqlite_master ORDER BY type, name"
        assert conn.execute(shape).fetchall() == fresh.execute(shape).fetchall()
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute("UPDATE movements SET note = 'x' WHERE id = 1")
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute("DELETE FROM movements WHERE id = 1")
        with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
            conn.execute(
                "INSERT INTO movements (date, kind, amount_cents, reference) "
                "VALUES ('2026-01-01', 'SOMETHING', 0, 'x')"
            )
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()
        fresh.close()


def test_a_backup_of_the_schema_4_ledger_is_taken_first(migrated: tuple[Path, Any, Path]) -> None:
    _, before, folder = migrated
    (backup,) = folder.glob(f"ledger.before-v{SCHEMA_VERSION}.*.sqlite3")
    content = dump(backup)
    assert content["user_version"] == 4
    assert content["movements"] == before["movements"]
    assert content["lots"] == before["lots"]


def test_the_command_line_shows_the_same_words(
    migrated: tuple[Path, Any, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """`movement list --json`: the new kind ORDER_CREATED for an order's creation, every
    other kind as before; notes and descriptions in the same (English) words as schema 4."""
    path, _, _ = migrated
    cli = Cli(path, capsys, today=TODAY)
    moves = cli.ok("movement", "list")
    assert [(m["id"], m["kind"], m["note"]) for m in moves] == [
        (1, "VOUCHER", ""),
        (2, "EXPIRE", "unused at expiry"),
        (3, "ORDER_CREATED", "purchase order created"),
        (4, "ORDER_CREATED", "purchase order created"),
        (5, "CANCEL", ""),
        (6, "ORDER", ""),
        (7, "BONUS", "Startup programme"),
        (8, "VOUCHER", ""),
        (9, "USE", ""),
        (10, "USE", ""),
        (11, "ORDER_CREATED", "purchase order created"),
        (12, "MANUAL", "unused at expiry"),  # a note typed so by hand stays the typed note
    ]
    lots = cli.ok("credit", "list", "--project", "Web", "--all")
    assert {lot["id"]: lot["description"] for lot in lots} == {
        1: "Public Cloud credit",
        2: "Voucher",
        3: "GPU trial",
    }
    assert cli.ok("check") == {"ok": True, "problems": []}
