"""Three kinds of failure, told apart by SQLite's result code, never by its wording.

A refusal is a rule (``DomainError``), a fault is the environment (``EnvironmentFault``: the disk,
the lock, the file) and says what to do, anything else the database reports is a bug (``Bug``):
it carries SQLite's own name for the error and its message, and is never told as a refusal.
"""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from desktop_app.domain.errors import Bug, CodedError, DomainError, EnvironmentFault
from desktop_app.storage.sqlite import connection
from desktop_app.storage.sqlite.connection import translate
from desktop_app.storage.sqlite.ledger import SqliteLedger as Ledger
from tests.helpers.ledger import dump

DAY = date(2026, 1, 31)


def sqlite_error(name: str, text: str) -> sqlite3.OperationalError:
    error = sqlite3.OperationalError(text)
    error.sqlite_errorcode = getattr(sqlite3, name)
    error.sqlite_errorname = name
    return error


def test_the_three_kinds_are_siblings() -> None:
    kinds = (DomainError, EnvironmentFault, Bug)
    for kind in kinds:
        for other in kinds:
            assert kind is other or not issubclass(kind, other), (kind, other)
    assert issubclass(DomainError, CodedError) and issubclass(EnvironmentFault, CodedError)
    assert not issubclass(Bug, CodedError)
    fault = EnvironmentFault("ledger.busy", path="l.sqlite3")
    assert (fault.code, fault.params) == ("ledger.busy", {"path": "l.sqlite3"})


@pytest.fixture
def roomy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The ledger's disk has room: an I/O error is not taken for a full disk."""
    usage = shutil.disk_usage(tmp_path)
    monkeypatch.setattr(connection.shutil, "disk_usage", lambda _: usage._replace(free=10**9))
    return tmp_path / "l.sqlite3"


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("SQLITE_ERROR", "no such column: x"),
        ("SQLITE_ERROR", "database or disk is full"),  # the words are not looked at
        ("SQLITE_CONSTRAINT_UNIQUE", "UNIQUE constraint failed: projects.name_key"),
        ("SQLITE_MISMATCH", "datatype mismatch"),
        ("SQLITE_RANGE", "column index out of range"),
        ("SQLITE_MISUSE", "bad parameter or other API misuse"),
        ("SQLITE_INTERNAL", "internal logic error"),
    ],
)
def test_an_unknown_database_error_is_a_bug_with_its_details(
    roomy: Path, name: str, text: str
) -> None:
    bug = translate(sqlite_error(name, text), roomy)
    assert isinstance(bug, Bug) and not isinstance(bug, CodedError)
    assert name in str(bug) and text in str(bug)
    assert bug.details["sqlite_errorname"] == name
    assert bug.details["path"] == str(roomy)


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("SQLITE_NOMEM", "ledger.no_memory"),
        ("SQLITE_PROTOCOL", "ledger.busy"),
        ("SQLITE_NOLFS", "ledger.cannot_open"),
        ("SQLITE_IOERR_SHORT_READ", "ledger.disk"),
        ("SQLITE_PERM", "ledger.permission"),
    ],
)
def test_an_environment_condition_is_a_fault(roomy: Path, name: str, code: str) -> None:
    fault = translate(sqlite_error(name, "no such column: x"), roomy)
    assert isinstance(fault, EnvironmentFault)
    assert fault.code == code


def test_an_error_of_pythons_module_is_a_bug(roomy: Path) -> None:
    bug = translate(sqlite3.ProgrammingError("Cannot operate on a closed database."), roomy)
    assert isinstance(bug, Bug)
    assert "ProgrammingError" in str(bug) and "closed database" in str(bug)


def test_a_query_the_schema_does_not_have_is_a_bug_and_leaves_the_ledger(tmp_path: Path) -> None:
    db = tmp_path / "ledger.sqlite3"
    with Ledger(db) as ledger:
        with ledger.write() as tx:
            tx.projects.add("Web", "", DAY)
        before = dump(db)
        with pytest.raises(Bug) as read, ledger.read() as tx:
            tx.session.all("SELECT x FROM projects")
        assert "no such column: x" in str(read.value)
        assert isinstance(read.value.__cause__, sqlite3.OperationalError)
        with pytest.raises(Bug) as written, ledger.write() as tx:
            tx.projects.add("Shop", "", DAY)
            tx.session.run("UPDATE projects SET x = 1")
        assert "no such column: x" in str(written.value)
        assert not ledger.conn.in_transaction
    assert dump(db) == before


def test_a_broken_constraint_is_a_bug_not_a_refusal(tmp_path: Path) -> None:
    """The ledger's own triggers and keys guard rules the code should have kept: a bug."""
    db = tmp_path / "ledger.sqlite3"
    with Ledger(db) as ledger:
        with ledger.write() as tx:
            tx.projects.add("Web", "", DAY)
        before = dump(db)
        with pytest.raises(Bug) as caught, ledger.write() as tx:
            tx.session.run(
                "INSERT INTO projects (name, name_key, created_on) VALUES ('a', 'k', 'd')"
            )
            tx.session.run(
                "INSERT INTO projects (name, name_key, created_on) VALUES ('b', 'k', 'd')"
            )
        assert "SQLITE_CONSTRAINT" in str(caught.value)
    assert dump(db) == before
