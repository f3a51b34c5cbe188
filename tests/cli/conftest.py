from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.ledger import TODAY, Cli, copy_ledger, run_quietly


@pytest.fixture(autouse=True)
def _plain_environment(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """English messages, no ledger or date taken from the developer's environment."""
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.delenv("CLOUD_CREDIT_DB", raising=False)
    monkeypatch.delenv("CLOUD_CREDIT_TODAY", raising=False)
    monkeypatch.delenv("CLOUD_CREDIT_DEBUG", raising=False)
    yield


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "ledger.sqlite3"


@pytest.fixture
def cli(db: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    return Cli(db, capsys)


@pytest.fixture
def web(cli: Cli) -> Cli:
    """A ledger with one project, "Web", and a card as default payment method."""
    cli.ok("project", "add", "Web")
    cli.ok("payment-method", "add", "--type", "card", "--label", "Visa 4242")
    return cli


@pytest.fixture(scope="session")
def funded_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Built once: Web, a card, 100.00 of paid credit (PO-2026-00001), one posted invoice."""
    db = tmp_path_factory.mktemp("funded") / "template.sqlite3"
    run_quietly(db, "project", "add", "Web")
    run_quietly(db, "payment-method", "add", "--type", "card", "--label", "Visa 4242")
    order = run_quietly(db, "credit", "buy", "--project", "Web", "--amount", "100")
    run_quietly(db, "order", "pay", order["number"])
    run_quietly(db, "invoice", "post", "--project", "Web", "--date", TODAY, "--line", "compute=10")
    return db


@pytest.fixture
def funded(cli: Cli, funded_template: Path) -> Cli:
    """A copy of the funded template as this test's ledger."""
    copy_ledger(funded_template, cli.db)
    return cli
