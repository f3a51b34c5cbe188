"""Opening a ledger of an older schema: a backup first, then the migration, data intact."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from desktop_app.services.demo import build_demo
from desktop_app.services.desk import Desk
from desktop_app.services.integrity import check
from desktop_app.storage.connection import _statements
from desktop_app.storage.schema import MIGRATIONS, SCHEMA_VERSION

TODAY = date(2026, 11, 26)


def _version_1_ledger(path: Path) -> None:
    """A ledger as the first release wrote it: schema 1 only."""
    conn = sqlite3.connect(path)
    for statement in _statements(MIGRATIONS[0]):
        conn.execute(statement)
    conn.execute("PRAGMA user_version = 1")
    conn.execute(
        "INSERT INTO projects (name, description, created_on) VALUES ('Web', '', '2026-01-02')"
    )
    conn.commit()
    conn.close()


def test_a_version_1_ledger_is_backed_up_then_migrated(tmp_path: Path) -> None:
    path = tmp_path / "ledger.sqlite3"
    _version_1_ledger(path)
    before = path.read_bytes()
    with Desk.open(path, TODAY) as desk:
        assert desk.project("Web").id == 1
        assert check(desk).ok
        version = desk.ledger.conn.execute("PRAGMA user_version").fetchone()[0]
        assert version == SCHEMA_VERSION >= 2
        indexes = {
            r[0]
            for r in desk.ledger.conn.execute("SELECT name FROM sqlite_master WHERE type='index'")
        }
        assert {"lots_sort_expires_on", "lots_open_amounts"} <= indexes
    backups = list(tmp_path.glob("ledger.before-v*.sqlite3"))
    assert len(backups) == 1
    copy = sqlite3.connect(backups[0])
    assert copy.execute("PRAGMA user_version").fetchone()[0] == 1
    assert copy.execute("SELECT name FROM projects").fetchall() == [("Web",)]
    copy.close()
    assert before[:16] == b"SQLite format 3\x00"


def test_a_new_ledger_needs_no_backup(tmp_path: Path) -> None:
    with Desk.open(tmp_path / "new.sqlite3", TODAY) as desk:
        build_demo(desk)
        assert check(desk).ok
    assert list(tmp_path.glob("*.before-v*")) == []
