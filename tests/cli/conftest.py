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
def db(location: str | Path) -> str | Path:
    """The ledger of the backend under test: a file, or a fresh server database."""
    return location


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
    _fund(db)
    return db


@pytest.fixture
def funded(cli: Cli, request: pytest.FixtureRequest) -> Cli:
    """A copy of the funded template as this test's ledger (on a server: the same story,
    told again)."""
    if isinstance(cli.db, str):
        _fund(cli.db)
        return cli
    copy_ledger(request.getfixturevalue("funded_template"), cli.db)
    return cli


def _fund(db: str | Path) -> None:
    run_quietly(db, "project", "add", "Web")
    run_quietly(db, "payment-method", "add", "--type", "card", "--label", "Visa 4242")
    order = run_quietly(db, "credit", "buy", "--project", "Web", "--amount", "100")
    run_quietly(db, "order", "pay", order["number"])
    run_quietly(db, "invoice", "post", "--project", "Web", "--date", TODAY, "--line", "compute=10")


#: Command-line tests of the SQLite file itself (that a refusal creates no file, that no
#: output replaces it, what a bug looks like on its raw SQL, its own backups): SQLite only.
#: Every other command-line test runs on both backends.
SQLITE_FILE_TESTS = {
    "test_output_paths.py",
    "test_bad_values.py",
    "test_bugs.py",
    "test_contract.py::test_wrong_usage_exits_2_and_touches_nothing",
    "test_contract.py::test_check_reports_a_broken_invariant_with_exit_1",
    "test_contract.py::test_backup_is_a_consistent_copy",
    "test_books_cli.py::test_documents_default_beside_the_ledger_and_the_history_names_the_credit_note",
    "test_books_cli.py::test_unknown_format_and_outputs_onto_the_ledger_are_refused",
    "test_ovh_fetch.py::test_fetch_never_writes_over_the_ledger_or_without_a_key",
    "test_refusals.py::test_backup_never_overwrites_a_file",
    "test_refusals.py::test_buy_whose_pdf_cannot_be_written_changes_nothing_or_succeeds",
    "test_refusals.py::test_export_to_an_unwritable_place",
    "test_refusals.py::test_unknown_project",
}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        module = item.path.name
        name = f"{module}::{getattr(item, 'originalname', item.name)}"
        if name in SQLITE_FILE_TESTS or module in SQLITE_FILE_TESTS:
            item.add_marker(pytest.mark.sqlite_only)
