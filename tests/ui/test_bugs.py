"""The window tells the three kinds apart: a refusal and a fault in a message box of the one
message channel (the fault's words say what to do), a bug in the report dialog with its details
to copy, never as a refusal and never swallowed by the handlers that show refusals."""

from __future__ import annotations

import contextlib
import sqlite3
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop_app.domain.errors import Bug, CodedError, DomainError, EnvironmentFault
from desktop_app.storage.sqlite.projects import SqliteProjects
from desktop_app.ui import messages
from desktop_app.ui.app import install_excepthook
from tests.helpers.ledger import dump
from tests.helpers.messagemock import MessageMock

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


@dataclass
class Told:
    """What the window showed through the message channel, and the boxes it opened."""

    errors: list[CodedError] = field(default_factory=list)
    bugs: list[BaseException] = field(default_factory=list)
    boxes: list[QMessageBox] = field(default_factory=list)


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch, message_mock: MessageMock) -> Iterator[Told]:
    """The real boxes of the channel (the message mock's ``real``), recorded: these tests
    look at the dialogs themselves."""
    seen = Told()
    show_error, show_bug = message_mock.real.show_error, message_mock.real.show_bug

    def error(parent: Any, refusal: CodedError) -> QMessageBox:
        seen.errors.append(refusal)
        seen.boxes.append(show_error(parent, refusal))
        return seen.boxes[-1]

    def bug(parent: Any, exc: BaseException) -> QMessageBox:
        seen.bugs.append(exc)
        seen.boxes.append(show_bug(parent, exc))
        return seen.boxes[-1]

    monkeypatch.setattr(messages, "show_error", error)
    monkeypatch.setattr(messages, "show_bug", bug)
    yield seen
    for box in seen.boxes:
        with contextlib.suppress(RuntimeError):  # closed (and deleted) by the test
            box.close()


#: The storage method each test breaks: the projects repository's.
METHODS = {"projects": "with_available", "update_project": "set_archived"}


def _broken(monkeypatch: pytest.MonkeyPatch, method: str, sql: str) -> None:
    """``Ledger.<method>`` runs SQL the schema does not have: SQLite's own error."""

    def broken(self: SqliteProjects, *args: Any, **kwargs: Any) -> Any:
        return self._s.all(sql) if sql.startswith("SELECT") else self._s.run(sql)

    monkeypatch.setattr(SqliteProjects, METHODS[method], broken)


def _failing(monkeypatch: pytest.MonkeyPatch, method: str, name: str, text: str) -> None:
    def fail(self: SqliteProjects, *args: Any, **kwargs: Any) -> Any:
        error = sqlite3.OperationalError(text)
        error.sqlite_errorcode = getattr(sqlite3, name)
        error.sqlite_errorname = name
        raise error

    monkeypatch.setattr(SqliteProjects, METHODS[method], fail)


@pytest.mark.qt_no_exception_capture
def test_an_unknown_database_error_reaches_the_report_dialog(
    qtbot, window, told: Told, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    install_excepthook()
    _broken(monkeypatch, "projects", "SELECT x FROM projects")
    window.refresh_action.trigger()  # F5: the handler raises, the hook reports
    assert told.errors == []  # never told as a refusal
    (bug,) = told.bugs
    assert isinstance(bug, Bug) and "no such column: x" in str(bug)
    box = told.boxes[0]
    assert box.windowTitle() == "Unexpected error"
    assert "OperationalError SQLITE_ERROR: no such column: x" in box.informativeText()
    details = box.detailedText()
    assert "Traceback" in details and "sqlite3.OperationalError: no such column: x" in details


@pytest.mark.qt_no_exception_capture
def test_one_report_at_a_time(qtbot, window, told: Told, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """A bug in a table's data() is met once per cell: one dialog, not one per cell."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_excepthook()
    for _ in range(3):
        try:
            raise RuntimeError("boom")
        except RuntimeError as error:
            sys.excepthook(type(error), error, error.__traceback__)
    assert len(told.bugs) == 3
    assert len({id(box) for box in told.boxes}) == 1
    told.boxes[0].close()
    try:
        raise RuntimeError("again")
    except RuntimeError as error:
        sys.excepthook(type(error), error, error.__traceback__)
    assert told.boxes[-1] is not told.boxes[0]  # closed: the next bug gets its own


def test_a_bug_in_a_write_is_not_swallowed_and_leaves_the_ledger(
    qtbot, window, desk, told: Told, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    window.select_project(desk.project("Production web").id)
    before = dump(desk.path)
    _broken(monkeypatch, "update_project", "UPDATE projects SET x = 1")
    with pytest.raises(Bug):  # out of the handler, to the excepthook: not shown as refused
        window.projects.archive_project()
    assert told.errors == []
    assert dump(desk.path) == before


def test_a_full_disk_is_shown_as_a_fault_with_what_to_do(
    qtbot, window, desk, told: Told, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    window.select_project(desk.project("Production web").id)
    before = dump(desk.path)
    _failing(monkeypatch, "update_project", "SQLITE_FULL", "database or disk is full")
    window.projects.archive_project()
    (fault,) = told.errors
    assert isinstance(fault, EnvironmentFault) and fault.code == "ledger.disk_full"
    box = told.boxes[0]
    assert box.windowTitle() == "Ledger problem"
    assert box.icon() == QMessageBox.Icon.Warning
    assert "is full" in box.text() and "free some space on that disk" in box.text()
    assert told.bugs == []
    assert dump(desk.path) == before


def test_a_refusal_is_shown_as_refused(qtbot, window, told: Told) -> None:  # type: ignore[no-untyped-def]
    box = messages.show_error(window, DomainError("order.already_paid", number="PO-2026-00001"))
    assert box.windowTitle() == "Refused"
    assert box.text() == "Order PO-2026-00001 is already paid."
