from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from desktop_app.domain.errors import DomainError
from desktop_app.services.desk import Desk
from tests.helpers.files import dump

TODAY = date(2026, 11, 26)


def refused(desk: Desk, code: str, action: Callable[[], Any]) -> DomainError:
    """``action`` is refused with ``code`` and the ledger is left exactly as it was."""
    before = dump(desk.path)
    with pytest.raises(DomainError) as caught:
        action()
    assert caught.value.code == code
    assert dump(desk.path) == before, "a refusal changed the ledger"
    return caught.value


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    with Desk.open(tmp_path / "ledger.sqlite3", TODAY) as opened:
        yield opened
