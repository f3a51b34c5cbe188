"""The ledger file seen from outside, for every test: its content (``dump``), queries, bytes.

Tests may open the ledger with sqlite3 directly (the program may not: only storage does).
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any


def _open(path: Path) -> sqlite3.Connection:
    """A plain connection: unlike a `mode=ro` one, closing it removes the -wal/-shm files."""
    path = Path(path)
    assert path.exists(), path
    return sqlite3.connect(path)


def _server(location: Any) -> bool:
    return isinstance(location, str) and location.startswith("postgresql://")


def dump(path: Path) -> dict[str, Any]:
    """Every row of every table (sorted), the schema and user_version: 'the ledger content'.
    (A server ledger's URL: ``pg.dump_server``.)"""
    if _server(path):
        from tests.helpers.pg import dump_server

        return dump_server(str(path))
    conn = _open(path)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        content: dict[str, Any] = {
            "user_version": conn.execute("PRAGMA user_version").fetchone()[0],
            "schema": conn.execute(
                "SELECT type, name, sql FROM sqlite_master ORDER BY type, name"
            ).fetchall(),
        }
        for table in tables:
            rows = conn.execute(f'SELECT * FROM "{table}"').fetchall()
            content[table] = sorted(rows, key=repr)
        return content
    finally:
        conn.close()


def query(path: Path, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
    if _server(path):
        from tests.helpers.pg import query_any

        return query_any(str(path), sql, params)
    conn = _open(path)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def siblings(path: Path) -> list[str]:
    """The ledger's folder listing (a refusal must not leave -wal/-shm or backups behind)."""
    return sorted(p.name for p in path.parent.iterdir())


def checkpoint(path: Path) -> None:
    """Fold the WAL into the main file so that its bytes are the whole ledger."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def copy_ledger(source: Path, target: Path) -> Path:
    if _server(target):  # a server ledger: the rows copied by `ledger copy`'s service
        from desktop_app.services.desk import Desk
        from desktop_app.services.team import copy_ledger as copy_rows

        with Desk.open(source) as desk:
            assert copy_rows(desk, str(target)).ok
        return target
    checkpoint(source)
    shutil.copyfile(source, target)
    return target
