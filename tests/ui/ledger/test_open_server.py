"""Opening a server ledger never freezes the window (issue 9, issue 12): File > Open, Recent
and the window's start connect in a worker. A server that answers opens as before; one whose
host does not answer (``tests/helpers/blackhole``: libpq would wait its connect_timeout, 2 s)
shows a busy dialog, "Connecting to … on …", with Cancel, while the event loop runs: Cancel
gives the window back at once with the ledger it had, and the abandoned connection, if it is
ever made, is closed."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from desktop_app.services.desk import Desk
from desktop_app.services.projects import add_project
from desktop_app.ui.ledger import connecting
from tests.helpers.blackhole import black_hole
from tests.ui.ledger.test_away import MOST_STALL_S, Stall

pytestmark = pytest.mark.postgres


def _dialog() -> QProgressDialog | None:
    for widget in QApplication.topLevelWidgets():
        if (
            isinstance(widget, QProgressDialog)
            and widget.objectName() == "connectingDialog"
            and widget.isVisible()
        ):
            return widget
    return None


def _cancel_when_shown(seen: list[str]) -> None:
    def look() -> None:
        dialog = _dialog()
        if dialog is None:
            QTimer.singleShot(20, look)
            return
        seen.append(dialog.labelText())
        dialog.findChild(QPushButton).click()  # Cancel

    QTimer.singleShot(20, look)


def _window(qtbot: Any, desk: Desk) -> Any:
    from desktop_app.ui.main_window import MainWindow

    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.timer.stop()
    return window


def test_a_server_that_does_not_answer_can_be_cancelled_and_the_window_keeps_its_ledger(  # type: ignore[no-untyped-def]
    qtbot, pg_url: str, tmp_path: Path
) -> None:
    with Desk.open(tmp_path / "mine.sqlite3") as mine, black_hole(pg_url) as hole:
        add_project(mine, "Mine")
        window = _window(qtbot, mine)
        hole.go_away()  # a connection is accepted, and never answered
        seen: list[str] = []
        _cancel_when_shown(seen)
        stall = Stall()
        began = time.monotonic()
        assert window.open_ledger(hole.url) is False
        took = time.monotonic() - began
        stall.timer.stop()
        assert took < 1.5, took  # Cancel, not libpq's 2 s connect_timeout
        assert stall.worst < MOST_STALL_S, stall.worst
        assert len(seen) == 1 and seen[0].startswith("Connecting to "), seen
        assert window.desk is mine and window.projects.current_project().name == "Mine"
        assert _dialog() is None


def test_a_server_that_answers_opens_in_the_window(qtbot, pg_url: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with Desk.open(pg_url) as team:
        add_project(team, "Team")
    with Desk.open(tmp_path / "mine.sqlite3") as mine:
        window = _window(qtbot, mine)
        assert window.open_ledger(pg_url) is True
        assert window.desk.on_server
        assert window.projects.current_project().name == "Team"
        window.extras.live.stop()
        window.desk.close()


def test_a_server_that_refuses_is_said_and_the_window_keeps_its_ledger(  # type: ignore[no-untyped-def]
    qtbot, message_mock, tmp_path: Path
) -> None:
    nowhere = f"postgresql:///credits?host={tmp_path / 'no-server'}"
    with Desk.open(tmp_path / "mine.sqlite3") as mine:
        window = _window(qtbot, mine)
        assert window.open_ledger(nowhere) is False
        assert message_mock.codes() == ["ledger.cannot_connect"]
        assert window.desk is mine


def test_a_file_opens_on_the_gui_thread_without_a_dialog(tmp_path: Path) -> None:
    """A file is local: no thread, no dialog (SQLite's connection belongs to its thread)."""
    desk = connecting.open_desk(None, tmp_path / "a.sqlite3", None)
    assert desk is not None
    desk.close()
    assert _dialog() is None


def test_the_start_on_a_server_that_does_not_answer_can_be_cancelled(  # type: ignore[no-untyped-def]
    qtbot, pg_url: str, capsys, monkeypatch
) -> None:
    """Cancelled: no error box (the user chose), the start dialog (closed here)."""
    import argparse

    from desktop_app.ui.app import run_from_cli
    from desktop_app.ui.onboarding import start

    offered: list[str] = []
    monkeypatch.setattr(start, "choose_start", lambda problem="": offered.append(problem))

    with black_hole(pg_url) as hole:
        hole.go_away()
        seen: list[str] = []
        _cancel_when_shown(seen)
        args = argparse.Namespace(
            db=hole.url, today=None, demo=False, screenshot=None, self_test=False
        )
        began = time.monotonic()
        assert run_from_cli(args) == 1
        assert time.monotonic() - began < 1.5
    assert seen and seen[0].startswith("Connecting to ")
    err = capsys.readouterr().err
    assert err.startswith("error: opening postgresql://") and "not opened" in err, err
    assert offered == [""]  # the start dialog, no problem said: the user cancelled
