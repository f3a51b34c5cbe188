"""Live refresh of a server ledger (issue 9): two connections, a commit on one, the window
on the other shows it within a second through LISTEN/NOTIFY and a QSocketNotifier on the
watch's socket, in a real event loop (``qtbot.waitUntil``), the window's poll stopped. Also
after an event loop ran to its end (``QApplication.exec``, as ``gui --self-test`` and
another test do), after the watch's connection was ended by the server
(``pg_terminate_backend``), and under X (``-m xcb``). Qt's warnings fail these tests
(``qt_log_level_fail``): a notifier left on a closed socket would say so."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from desktop_app.domain.errors import EnvironmentFault
from desktop_app.services.desk import Desk
from desktop_app.services.projects import add_project
from tests.helpers.pg import Server

pytestmark = pytest.mark.postgres

SECOND_MS = 1000


def _window(qtbot: Any, desk: Desk) -> Any:
    """The window on ``desk``, its poll of the data version and the live follow-up stopped:
    what reaches it can only come through the socket."""
    from desktop_app.ui.main_window import MainWindow

    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.timer.stop()
    window.extras.live.timer.stop()
    assert not window.extras.live.watching, "the watch is made in a thread, not while built"
    qtbot.waitUntil(lambda: window.extras.live.watching, timeout=SECOND_MS)
    return window


def _tick(qtbot: Any, live: Any) -> None:
    """One follow tick, and the try it started (in a thread) told back."""
    live.tick()
    qtbot.waitUntil(lambda: live.trying is None, timeout=SECOND_MS)


def _names(window: Any) -> list[str]:
    model = window.projects.model
    return [model.project_at(row).name for row in range(model.rowCount())]


def _written_elsewhere_shows(qtbot: Any, window: Any, pg_url: str, name: str) -> None:
    seen = window._version
    with Desk.open(pg_url) as other:
        add_project(other, name)
    qtbot.waitUntil(lambda: window._version != seen, timeout=SECOND_MS)
    assert name in _names(window)


def test_a_commit_elsewhere_shows_within_a_second(qtbot, pg_url: str) -> None:  # type: ignore[no-untyped-def]
    with Desk.open(pg_url) as desk:
        add_project(desk, "Web")
        window = _window(qtbot, desk)
        _written_elsewhere_shows(qtbot, window, pg_url, "Written elsewhere")
        _written_elsewhere_shows(qtbot, window, pg_url, "And again")
        window.close()


def test_the_windows_own_commit_reads_nothing_again(qtbot, pg_url: str) -> None:  # type: ignore[no-untyped-def]
    """Its own NOTIFY comes back too: the data version (the others' commits) did not move."""
    with Desk.open(pg_url) as desk:
        window = _window(qtbot, desk)
        refreshed: list[int] = []
        window.refresh = lambda: refreshed.append(1)  # type: ignore[method-assign]
        add_project(window.desk, "Mine")
        qtbot.wait(300)
        assert refreshed == []
        window.close()


def test_after_an_event_loop_ran_to_its_end(qtbot, pg_url: str) -> None:  # type: ignore[no-untyped-def]
    """``QApplication.exec`` ended by ``quit`` (the self-test's way), and a nested loop."""
    QTimer.singleShot(0, QApplication.quit)
    QApplication.exec()
    loop = QEventLoop()
    QTimer.singleShot(0, loop.quit)
    loop.exec()
    with Desk.open(pg_url) as desk:
        window = _window(qtbot, desk)
        _written_elsewhere_shows(qtbot, window, pg_url, "After a loop")
        window.close()


def test_a_watch_ended_by_the_server_is_made_again(qtbot, pg_url: str, pg_server: Server) -> None:  # type: ignore[no-untyped-def]
    import psycopg

    with Desk.open(pg_url) as desk:
        window = _window(qtbot, desk)
        live = window.extras.live
        first = live.watcher
        pid = first.conn.info.backend_pid
        with psycopg.connect(pg_server.admin_of(pg_url), autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
        qtbot.waitUntil(lambda: live.watching and live.watcher is not first, timeout=SECOND_MS)
        assert live.watcher.conn.info.backend_pid != pid
        assert first.conn.closed
        _written_elsewhere_shows(qtbot, window, pg_url, "After the reconnect")
        window.close()


def test_while_the_server_is_away_the_poll_goes_on_and_the_watch_comes_back(  # type: ignore[no-untyped-def]
    qtbot, pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No watch: the window polls at its own pace, and the watch is tried again less and
    less often; once made, the poll slows down and what was missed is read."""
    from desktop_app.ui.ledger import live as live_module
    from desktop_app.ui.main_window import POLL_MS, MainWindow

    real_watch = Desk.watch
    tries: list[int] = []

    def away(desk: Desk) -> Any:
        tries.append(1)
        raise EnvironmentFault("ledger.cannot_connect", path=desk.shown, detail="away")

    monkeypatch.setattr(Desk, "watch", away)
    with Desk.open(pg_url) as desk:
        window = MainWindow(desk)
        qtbot.addWidget(window)
        window.timer.stop()
        live = window.extras.live
        live.timer.stop()
        qtbot.waitUntil(lambda: live.trying is None, timeout=SECOND_MS)
        assert not live.watching and tries == [1]
        for _ in range(6):
            _tick(qtbot, live)
        assert window.timer.interval() == POLL_MS
        assert len(tries) == 3, "tried again after 1, then 2 ticks"
        monkeypatch.setattr(Desk, "watch", real_watch)
        with Desk.open(pg_url) as other:
            add_project(other, "While away")
        for _ in range(8):
            _tick(qtbot, live)
        assert live.watching
        assert window.timer.interval() == live_module.SLOW_POLL_MS
        assert "While away" in _names(window)
        _written_elsewhere_shows(qtbot, window, pg_url, "Once back")
        window.close()


def test_a_closed_window_closes_its_watch(qtbot, pg_url: str) -> None:  # type: ignore[no-untyped-def]
    with Desk.open(pg_url) as desk:
        window = _window(qtbot, desk)
        watcher = window.extras.live.watcher
        window.close()
        assert window.extras.live.watcher is None and watcher.conn.closed
        assert not window.extras.live.timer.isActive()


def test_a_file_ledger_has_no_watch(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.main_window import POLL_MS, MainWindow

    with Desk.open(tmp_path / "ledger.sqlite3") as desk:
        window = MainWindow(desk)
        qtbot.addWidget(window)
        window.extras.live.tick()
        assert not window.extras.live.watching
        assert window.timer.interval() == POLL_MS
        window.close()


@pytest.mark.xcb
def test_under_x_a_commit_elsewhere_shows_within_a_second(qtbot, pg_url: str) -> None:  # type: ignore[no-untyped-def]
    with Desk.open(pg_url) as desk:
        window = _window(qtbot, desk)
        window.show()
        qtbot.waitExposed(window)
        _written_elsewhere_shows(qtbot, window, pg_url, "Under X")
        window.close()
