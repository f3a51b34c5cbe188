"""The one pattern for long work (ui/widgets/jobs.py): a worker thread with its own ledger
connection, progress and Cancel, the outcome and errors back on the GUI thread through the
window's message channel; and no processEvents loop anywhere in the program."""

from __future__ import annotations

import re
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

import desktop_app
from desktop_app.domain.codes import new_code
from desktop_app.domain.errors import DomainError
from desktop_app.services.desk import Desk
from desktop_app.ui.widgets.jobs import Progress, running, start_job
from tests.helpers.files import dump
from tests.helpers.jobs import finish, held_at_first_step


@pytest.fixture
def parent(qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_the_work_runs_in_a_worker_on_its_own_connection(qtbot, parent, desk) -> None:  # type: ignore[no-untyped-def]
    seen: dict[str, object] = {}
    delivered: list[object] = []

    def work(worker: Desk, progress: Progress) -> int:
        seen["thread"] = threading.current_thread()
        seen["own_ledger"] = not worker.same_ledger(desk) and worker.path == desk.path
        seen["days"] = (worker.today, worker.calendar_day)
        for step in range(3):
            progress(step, 3)
        with worker.read() as tx:
            return 1 if tx.projects.by_name("Production web") else 0

    def done(count: int) -> None:
        delivered.append((count, threading.current_thread()))

    job = start_job(parent, desk, work, on_done=done, dialog=("Working…", "Cancel", "Test"))
    finish(qtbot, job)
    assert job.error is None
    assert job.result == 1
    assert seen["thread"] is not threading.main_thread()
    assert seen["own_ledger"] is True
    assert seen["days"] == (desk.today, desk.calendar_day)
    assert delivered == [(1, threading.main_thread())]
    assert job.progress is None and job not in running()  # the dialog closed, forgotten


def test_a_refusal_in_the_worker_is_shown_through_the_message_channel(  # type: ignore[no-untyped-def]
    qtbot, parent, desk, message_mock
) -> None:
    def work(worker: Desk, _progress: Progress) -> None:
        worker.project("no such project")

    job = start_job(parent, desk, work)
    finish(qtbot, job)
    assert isinstance(job.error, DomainError)
    assert message_mock.codes() == ["project.unknown"]


def test_a_bug_in_the_worker_shows_the_bug_report(qtbot, parent, desk, message_mock) -> None:  # type: ignore[no-untyped-def]
    def work(_worker: Desk, _progress: Progress) -> None:
        raise ZeroDivisionError("a bug")

    finish(qtbot, start_job(parent, desk, work))
    assert message_mock.getmsg("bug").error.__class__ is ZeroDivisionError


def test_cancel_during_an_import_leaves_the_ledger_as_it_was(  # type: ignore[no-untyped-def]
    qtbot, parent, desk, message_mock, monkeypatch, tmp_path: Path
) -> None:
    """The user's Cancel reaches the service in the worker, which stops inside its write
    transaction: rolled back."""
    from desktop_app.ui.credits.voucher_import import import_with_progress

    codes: set[str] = set()
    while len(codes) < 30_000:
        codes.add(new_code())
    source = tmp_path / "codes.csv"
    source.write_text(
        "code,amount,expires_on\n" + "".join(f"{c},25.00,2027-06-30\n" for c in codes),
        encoding="utf-8",
    )
    before = dump(desk.path)
    imported: list[object] = []
    pressed = held_at_first_step(monkeypatch, from_done=30_001)  # every line read: writing
    job = import_with_progress(parent, desk, source, imported.append)
    assert job.progress is not None
    job.progress.canceled.emit()  # the dialog's Cancel button
    pressed.set()
    finish(qtbot, job)
    assert job.was_cancelled and imported == []
    assert message_mock.getmsg("info").text == "Import cancelled: no code was imported."
    assert dump(desk.path) == before


def test_no_process_events_loop_anywhere_in_the_program() -> None:
    """Long work runs in a worker: nothing pumps the event loop from inside a handler."""
    root = Path(desktop_app.__file__).parent
    found = [
        f"{path.relative_to(root)}:{number}"
        for path in sorted(root.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"processEvents\b", line)
    ]
    assert found == []


def test_the_bar_is_told_in_percent_however_often_the_service_reports(  # type: ignore[no-untyped-def]
    qtbot, parent, desk, monkeypatch
) -> None:
    """At most 101 steps reach the GUI thread, whatever the service's rhythm: each costs
    calls into PySide6 (whose 6.12 build loses a reference to None at every void call)."""
    from desktop_app.ui.widgets import jobs

    told: list[int] = []
    real = jobs.Job._progressed
    monkeypatch.setattr(
        jobs.Job, "_progressed", lambda self, step: told.append(step) or real(self, step)
    )

    def work(_worker: Desk, progress: Progress) -> None:
        for done in range(0, 1_000_001, 50):
            progress(done, 1_000_000)

    finish(qtbot, start_job(parent, desk, work, dialog=("Working…", "Cancel", "Test")))
    assert 0 < len(told) <= 101
    assert told == sorted(set(told)) and told[-1] == 100


def test_a_job_hands_the_gil_back_often_while_it_runs(qtbot, parent, desk) -> None:  # type: ignore[no-untyped-def]
    """A worker parsing rows in pure Python holds the GIL for Python's switch interval (5 ms
    by default) each time the window's repaint calls into Python (data(), the event filter):
    hundreds of such calls a paint stalled the window 26-837 ms in a 100k-code import. From
    the first job on, the interval is 0.1 ms."""
    import sys

    from desktop_app.ui.widgets import jobs

    default = sys.getswitchinterval()
    sys.setswitchinterval(0.005)
    try:
        seen: list[float] = []

        def work(_worker: Desk, _progress: Progress) -> None:
            seen.append(sys.getswitchinterval())

        finish(qtbot, start_job(parent, desk, work))
        assert seen == [pytest.approx(jobs.SWITCH_INTERVAL_S)]
        assert jobs.SWITCH_INTERVAL_S <= 0.0001
    finally:
        sys.setswitchinterval(default)
