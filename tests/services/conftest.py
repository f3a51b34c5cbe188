from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from desktop_app.services.desk import Desk
from tests.helpers.files import dump  # noqa: F401 - the window tests import it from here

TODAY = date(2026, 11, 26)


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    with Desk.open(tmp_path / "ledger.sqlite3", TODAY) as opened:
        yield opened
