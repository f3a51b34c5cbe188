"""Schema 7 (the real OVHcloud account): a schema-6 ledger opens backed up, every row kept,
with the tables that link local projects and lots to OVHcloud's ids and the consumption
history the bills' details give."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop_app.services.desk import Desk
from desktop_app.services.integrity import check
from desktop_app.storage.sqlite.schema import FILE_VERSION, LEDGER_TABLES, SCHEMA_VERSION
from desktop_app.storage.sqlite.schema_ovh import OVH_TABLES
from tests.helpers.ledger import dump
from tests.storage.test_migration_v5 import ledger_of_schema


def _version_6_ledger(path: Path) -> None:
    ledger_of_schema(path, 6)


def test_schema_7_is_this_version() -> None:
    assert SCHEMA_VERSION >= 7
    assert OVH_TABLES <= LEDGER_TABLES


def test_a_schema_6_ledger_migrates_whole(tmp_path: Path) -> None:
    path = tmp_path / "ledger.sqlite3"
    _version_6_ledger(path)
    before = dump(path)
    with Desk.open(path) as desk:
        result = check(desk)
        assert result.ok, result.problems
    after = dump(path)
    assert after["user_version"] == FILE_VERSION
    for table in before:
        if table not in ("user_version", "schema"):
            assert after[table] == before[table], table
    assert after["ovh_projects"] == after["ovh_lots"] == after["consumption"] == []
    (backup,) = tmp_path.glob(f"ledger.before-v{SCHEMA_VERSION}.*.sqlite3")
    assert dump(backup) == before


def test_the_links_are_one_each_way(tmp_path: Path) -> None:
    path = tmp_path / "ledger.sqlite3"
    _version_6_ledger(path)
    with Desk.open(path):
        pass
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("INSERT INTO ovh_projects (service_name, project_id) VALUES ('abc', 1)")
        with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
            conn.execute("INSERT INTO ovh_projects (service_name, project_id) VALUES ('def', 1)")
        with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
            conn.execute("INSERT INTO ovh_projects (service_name, project_id) VALUES ('x', 99)")
        conn.execute(
            "INSERT INTO consumption (bill_id, detail_id, project_id, month, product, "
            "amount_cents) VALUES ('FR1', 'D1', 1, '2026-01-01', 'compute', 1000)"
        )
        with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
            conn.execute(
                "INSERT INTO consumption (bill_id, detail_id, project_id, month, product, "
                "amount_cents) VALUES ('FR1', 'D1', 1, '2026-02-01', 'compute', 5)"
            )
        conn.rollback()
    finally:
        conn.close()
