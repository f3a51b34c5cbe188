import sqlite3
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from desktop_app.domain.errors import DomainError
from desktop_app.services.desk import Desk

TODAY = date(2026, 11, 26)


def dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, to prove a refusal changed nothing."""
    conn = sqlite3.connect(path)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall() for t in tables}
    finally:
        conn.close()


def refused(desk: Desk, code: str, action: Callable[[], Any]) -> DomainError:
    """``action`` is refused with ``code`` and the ledger is left exactly as it was."""
    before = dump(desk.ledger.path)
    with pytest.raises(DomainError) as caught:
        action()
    assert caught.value.code == code
    assert dump(desk.ledger.path) == before, "a refusal changed the ledger"
    return caught.value


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    with Desk.open(tmp_path / "ledger.sqlite3", TODAY) as opened:
        yield opened
