from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from desktop_app.domain.errors import DomainError
from desktop_app.services.desk import Desk
from tests.helpers.files import dump  # noqa: F401 - imported from here by some tests
from tests.helpers.pg import dump_any

TODAY = date(2026, 11, 26)


def refused(desk: Desk, code: str, action: Callable[[], Any]) -> DomainError:
    """``action`` is refused with ``code`` and the ledger is left exactly as it was."""
    before = dump_any(desk.shown)
    with pytest.raises(DomainError) as caught:
        action()
    assert caught.value.code == code
    assert dump_any(desk.shown) == before, "a refusal changed the ledger"
    return caught.value


@pytest.fixture
def desk(location: str | Path) -> Iterator[Desk]:
    """A new ledger on the backend under test (``backend``: SQLite, PostgreSQL)."""
    with Desk.open(location, TODAY) as opened:
        yield opened
