"""A server ledger copied to a SQLite file (File > Backup, `backup --output`): told row by
row; stopped, it leaves no file and the server as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.domain.errors import DomainError
from desktop_app.services import integrity
from desktop_app.services.desk import Desk
from desktop_app.services.projects import add_project
from tests.helpers.pg import dump_server

pytestmark = pytest.mark.postgres


def test_the_copy_is_told_and_can_be_stopped(pg_url: str, tmp_path: Path) -> None:
    with Desk.open(pg_url) as desk:
        for n in range(5):
            add_project(desk, f"Project {n}")
        told: list[tuple[int, int]] = []
        done = integrity.backup(
            desk, tmp_path / "told.sqlite3", lambda d, t: told.append((d, t)) or True
        )
        assert done.exists()
        assert told and told[-1][0] == told[-1][1] >= 5
        assert [d for d, _ in told] == sorted(d for d, _ in told)
        before = dump_server(pg_url)
        stopped = tmp_path / "stopped.sqlite3"
        with pytest.raises(DomainError) as refused:
            integrity.backup(desk, stopped, lambda d, t: False)
        assert refused.value.code == "backup.cancelled"
        assert not stopped.exists() and not Path(f"{stopped}-wal").exists()
        assert dump_server(pg_url) == before
