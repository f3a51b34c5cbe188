"""Fixtures for the ledger-file tests: a plain environment, a ledger of many pages, a CLI."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.storage import open_ledger
from desktop_app.storage.sqlite.ledger import SqliteLedger
from tests.helpers.ledger import Cli
from tests.storage.ledger_files import build_template
from tests.storage.rows import DAY


@pytest.fixture(autouse=True)
def _plain_environment(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.delenv("CLOUD_CREDIT_DB", raising=False)
    monkeypatch.delenv("CLOUD_CREDIT_TODAY", raising=False)
    yield


@pytest.fixture(scope="session")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real ledger with some history, spread over many pages, WAL folded in."""
    return build_template(tmp_path_factory.mktemp("template") / "ledger.sqlite3")


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    folder = tmp_path / "books"
    folder.mkdir()
    return Cli(folder / "ledger.sqlite3", capsys)


@pytest.fixture
def ledger(location: str | Path) -> Iterator[SqliteLedger]:
    """A ledger of the backend under test with two projects, Web (1) and Data (2).

    The repository tests (``test_<aggregate>.py``) go through the backend's interface
    (``storage.interface``), so a PostgreSQL backend can run them from this fixture; the few
    checks of SQLite's own guards (triggers, raw SQL through ``tx.session`` or ``.conn``)
    are SQLite's and say so by what they touch."""
    with contextlib.closing(open_ledger(location)) as opened:
        with opened.write() as tx:
            tx.projects.add("Web", "", DAY)
            tx.projects.add("Data", "", DAY)
        yield opened
