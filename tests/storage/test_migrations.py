"""Opening a ledger of an older schema: a backup first, then the migration, data intact."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from desktop_app.domain.errors import DomainError
from desktop_app.services import projects
from desktop_app.services.demo import build_demo
from desktop_app.services.desk import Desk
from desktop_app.services.integrity import check
from desktop_app.storage.sqlite.connection import _statements
from desktop_app.storage.sqlite.schema import FILE_VERSION, MIGRATIONS
from tests.helpers.ledger import backend

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
        version = backend(desk).conn.execute("PRAGMA user_version").fetchone()[0]
        assert version == FILE_VERSION >= 2
        indexes = {
            r[0]
            for r in backend(desk).conn.execute("SELECT name FROM sqlite_master WHERE type='index'")
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


def _version_2_ledger(path: Path, names: list[str]) -> None:
    """A ledger as schema 2 wrote it, with names only a normalised key tells apart."""
    conn = sqlite3.connect(path)
    for script in MIGRATIONS[:2]:
        for statement in _statements(script):
            conn.execute(statement)
    conn.execute("PRAGMA user_version = 2")
    for name in names:
        conn.execute(
            "INSERT INTO projects (name, description, created_on) VALUES (?, '', '2026-01-02')",
            (name,),
        )
    conn.commit()
    conn.close()


def test_a_version_2_ledger_gets_name_keys_and_keeps_its_near_duplicates(tmp_path: Path) -> None:
    """Schema 4 stores each project's name key, UNIQUE; names that schema 2 let in twice
    (Alpha and Alpha + zero-width space, Café in NFC and NFD) all stay, the first one keeps
    the name, the others are reached by id until renamed."""
    path = tmp_path / "ledger.sqlite3"
    names = ["Alpha", "Alpha\u200b", "Caf\u00e9", "Cafe\u0301", "Stra\u00dfe", "STRASSE", "Web"]
    _version_2_ledger(path, names)
    with Desk.open(path, TODAY) as desk:
        conn = backend(desk).conn
        assert conn.execute("PRAGMA user_version").fetchone()[0] == FILE_VERSION >= 4
        assert [r[0] for r in conn.execute("SELECT name FROM projects ORDER BY id")] == names
        assert check(desk).ok
        assert desk.project("alpha").id == 1
        assert desk.project("Alpha\u200b").id == 1
        assert desk.project("CAF\u00c9").id == 3
        assert desk.project("strasse").id == 5
        assert desk.project("2").name == "Alpha\u200b"  # by id, untouched
        # the twins can be renamed to names of their own, and then found by them
        projects.rename_project(desk, 2, "Alpha two")
        assert desk.project("alpha two").id == 2
        with pytest.raises(DomainError) as caught:
            projects.add_project(desk, "cafe\u0301")
        assert caught.value.code == "project.duplicate"
        with pytest.raises(sqlite3.IntegrityError):  # the key is UNIQUE in the ledger itself
            conn.execute(
                "INSERT INTO projects (name, name_key, created_on) VALUES ('x', 'web', 'd')"
            )
    backups = list(tmp_path.glob("ledger.before-v*.sqlite3"))
    assert len(backups) == 1
    copy = sqlite3.connect(backups[0])
    assert copy.execute("PRAGMA user_version").fetchone()[0] == 2
    assert [r[0] for r in copy.execute("SELECT name FROM projects ORDER BY id")] == names
    copy.close()


def test_a_new_ledger_stores_the_name_key(tmp_path: Path) -> None:
    with Desk.open(tmp_path / "new.sqlite3", TODAY) as desk:
        projects.add_project(desk, " Caf\u00e9\u200b  Bar ")
        row = backend(desk).conn.execute("SELECT name, name_key FROM projects").fetchone()
        assert tuple(row) == ("Caf\u00e9 Bar", "caf\u00e9 bar")
