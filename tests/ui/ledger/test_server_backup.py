"""File > Backup now on a server ledger (issue 9): a copy to a SQLite file the user names,
in a worker with its progress dialog; Cancel leaves no file; a file ledger's backup unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.services.desk import Desk
from desktop_app.services.projects import add_project, list_projects
from tests.helpers.jobs import finish
from tests.helpers.pg import dump_server

pytestmark = pytest.mark.postgres


@pytest.fixture
def on_server(window, pg_url: str, request):  # type: ignore[no-untyped-def]
    with Desk.open(pg_url) as other:
        add_project(other, "Team web")
    assert window.file_menu.open_server(pg_url)

    def close() -> None:
        window.timer.stop()
        window.extras.live.timer.stop()
        window.extras.live.stop()
        window.desk.close()

    request.addfinalizer(close)
    return window


def test_a_server_ledger_is_copied_to_the_file_chosen(  # type: ignore[no-untyped-def]
    qtbot, on_server, pg_url: str, tmp_path: Path, save_as
) -> None:
    window = on_server
    target = tmp_path / "copy.sqlite3"
    asked = save_as(target)
    before = dump_server(pg_url)
    job = window.file_menu.backup_now()
    assert job is not None and job.progress is not None  # in a worker, its dialog
    steps: list[int] = []
    job.signals.progressed.connect(steps.append)
    assert finish(qtbot, job) == target
    assert asked[0].startswith("Copy the server ledger to a file | ")
    assert asked[0].endswith(".sqlite3")
    assert "Backup written to" in window.statusBar().currentMessage()
    with Desk.open(target) as copy:
        assert [p.name for p, _ in list_projects(copy)] == ["Team web"]
    assert dump_server(pg_url) == before
    assert not steps or steps == sorted(steps)


def test_cancel_leaves_no_file_and_the_server_as_it_was(  # type: ignore[no-untyped-def]
    qtbot, on_server, pg_url: str, tmp_path: Path, save_as, message_mock
) -> None:
    window = on_server
    target = tmp_path / "cancelled.sqlite3"
    save_as(target)
    before = dump_server(pg_url)
    job = window.file_menu.backup_now()
    job.cancel()
    finish(qtbot, job)
    assert job.was_cancelled and job.result is None
    assert not target.exists()
    assert dump_server(pg_url) == before
    assert message_mock.messages == []


def test_an_existing_file_is_refused_in_words(  # type: ignore[no-untyped-def]
    qtbot, on_server, tmp_path: Path, save_as, message_mock
) -> None:
    window = on_server
    target = tmp_path / "someone-elses.sqlite3"
    target.write_bytes(b"not mine")
    save_as(target)
    finish(qtbot, window.file_menu.backup_now())
    assert message_mock.getmsg("error").code is not None
    assert target.read_bytes() == b"not mine"


def test_no_file_chosen_no_backup(qtbot, on_server, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    assert on_server.file_menu.backup_now() is None


def test_cancel_mid_copy_leaves_no_file(  # type: ignore[no-untyped-def]
    qtbot, on_server, pg_url: str, tmp_path: Path, save_as, message_mock, monkeypatch
) -> None:
    """Cancel pressed while the copy is under way (its file made, its first rows written):
    the copy stops at its next step and its file is removed."""
    import threading

    from desktop_app.services import integrity

    real = integrity.backup
    reached, pressed = threading.Event(), threading.Event()

    def held(desk, output, progress):  # type: ignore[no-untyped-def]
        def step(done: int, total: int) -> bool:
            reached.set()
            pressed.wait(30)
            return bool(progress(done, total))

        return real(desk, output, step)

    monkeypatch.setattr(integrity, "backup", held)
    target = tmp_path / "half.sqlite3"
    save_as(target)
    before = dump_server(pg_url)
    job = on_server.file_menu.backup_now()
    assert reached.wait(30)
    assert target.exists()  # under way
    job.cancel()
    pressed.set()
    finish(qtbot, job)
    assert job.was_cancelled and job.result is None
    assert not target.exists()
    assert dump_server(pg_url) == before
    assert message_mock.messages == []


def test_the_dialog_never_offers_to_replace_a_file_the_copy_would_refuse(  # type: ignore[no-untyped-def]
    qtbot, on_server, tmp_path: Path, monkeypatch, message_mock
) -> None:
    """A copy never goes over a file (``ledger.copy_not_empty``): the save dialog must not
    ask "Do you want to replace it?" only for a Yes to be refused."""
    from PySide6.QtWidgets import QFileDialog

    existing = tmp_path / "taken.sqlite3"
    existing.write_bytes(b"someone's file")
    options: list[object] = []

    def get_save(parent, title, suggested="", pattern="", *args, **kwargs):  # type: ignore[no-untyped-def]
        options.append(kwargs.get("options", args[1] if len(args) > 1 else None))
        return str(existing), pattern

    monkeypatch.setattr(QFileDialog, "getSaveFileName", get_save)
    assert finish(qtbot, on_server.file_menu.backup_now()) is None  # refused, and said
    assert "a file with that name exists" in message_mock.getmsg("error").text
    (given,) = options
    assert given is not None and given & QFileDialog.Option.DontConfirmOverwrite
    assert existing.read_bytes() == b"someone's file"
