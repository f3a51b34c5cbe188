"""A bug is told as a bug: never as a refusal, never as a traceback unless asked for.

`error: this is a bug in Cloud Credit Desk, please report it: <type>: <message>` and exit 1;
the traceback before it with CLOUD_CREDIT_DEBUG=1. After a write has committed, the after-commit
rule holds for a bug too (a warning, exit 0: a script that retries must not buy twice).
"""

from __future__ import annotations

from typing import Any

import pytest

from desktop_app.services import orders
from desktop_app.storage.sqlite.ledger import SqliteLedger as Ledger
from desktop_app.storage.sqlite.projects import SqliteProjects
from tests.helpers.ledger import Cli, assert_one_error_line, dump, query

#: The storage method each test breaks: the projects repository's.
METHODS = {"projects": "with_available", "update_project": "set_archived"}

BUG = "this is a bug in cloud credit desk, please report it: "


def _no_such_column(monkeypatch: pytest.MonkeyPatch, method: str, sql: str) -> None:
    """``Ledger.<method>`` runs SQL the schema does not have: SQLite's own error."""

    def broken(self: SqliteProjects, *args: Any, **kwargs: Any) -> Any:
        return self._s.all(sql) if sql.startswith("SELECT") else self._s.run(sql)

    monkeypatch.setattr(SqliteProjects, METHODS[method], broken)


def test_an_unknown_database_error_is_a_bug_not_a_refusal(
    web: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    _no_such_column(monkeypatch, "projects", "SELECT x FROM projects")
    result = web("project", "list")
    assert result.code == 1 and result.out == ""
    line = assert_one_error_line(result.err)  # no traceback by default
    assert line.lower().startswith("error: " + BUG), line
    assert "OperationalError SQLITE_ERROR: no such column: x" in line, line


def test_a_bug_in_a_write_leaves_the_ledger_as_it_was(
    web: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = dump(web.db)
    _no_such_column(monkeypatch, "update_project", "UPDATE projects SET x = 1")
    result = web("project", "archive", "Web")
    assert result.code == 1
    assert BUG in assert_one_error_line(result.err).lower()
    assert dump(web.db) == before


def test_any_exception_that_escapes_is_a_bug(web: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: Any, **kwargs: Any) -> Any:
        raise KeyError("vat_rate")

    monkeypatch.setattr(SqliteProjects, "with_available", broken)
    line = assert_one_error_line(web("project", "list").err)
    assert line.lower() == "error: " + BUG + "keyerror: 'vat_rate'", line


def test_the_traceback_only_when_asked_for(web: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    _no_such_column(monkeypatch, "projects", "SELECT x FROM projects")
    monkeypatch.setenv("CLOUD_CREDIT_DEBUG", "1")
    result = web("project", "list")
    assert result.code == 1
    lines = result.err.splitlines()
    assert lines[0] == "Traceback (most recent call last):"
    assert "sqlite3.OperationalError: no such column: x" in result.err
    assert lines[-1].lower().startswith("error: " + BUG), lines[-1]


def test_a_bug_is_said_in_the_ledgers_language(web: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    web.ok("settings", "--set", "language=fr")
    _no_such_column(monkeypatch, "projects", "SELECT x FROM projects")
    line = assert_one_error_line(web("project", "list").err)
    assert line.startswith("error: c'est un bogue de Cloud Credit Desk"), line
    assert "no such column: x" in line


def test_a_bug_before_the_ledger_is_open(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("no ledger for you")

    monkeypatch.setattr(Ledger, "__init__", broken)
    result = cli("project", "list")
    assert result.code == 1
    line = assert_one_error_line(result.err)
    assert line.lower() == "error: " + BUG + "runtimeerror: no ledger for you", line


def test_a_bug_after_the_commit_is_a_warning_and_exit_0(
    web: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The order is bought; a bug in writing its PDF must not make a script buy again."""

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(orders, "write_order_pdf", broken)
    result = web("credit", "buy", "--project", "Web", "--amount", "100")
    assert result.code == 0
    (line,) = result.err.splitlines()
    assert line.startswith("warning: the change is recorded in the ledger, but then: "), line
    assert BUG + "zerodivisionerror: division by zero" in line.lower(), line
    assert query(web.db, "SELECT count(*) FROM orders") == [(1,)]
