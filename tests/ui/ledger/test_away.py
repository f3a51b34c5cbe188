"""A server that goes away never freezes the window (issue 9). The window's poll and the
live refresh's watch meet a server whose host does not answer (``tests/helpers/blackhole``:
libpq would wait its whole connect_timeout, 2 s here): the event loop's worst stall stays
well under that, measured by a 10 ms QTimer as ``bench/responsive.py`` measures it (a
behaviour, not a speed figure). The status bar says the connection is lost, then, once the
server is back, every part shows what others committed meanwhile."""

from __future__ import annotations

import time
from typing import Any

import pytest
from PySide6.QtCore import QTimer

from desktop_app.domain.errors import EnvironmentFault
from desktop_app.services.desk import Desk
from desktop_app.services.projects import add_project
from desktop_app.storage.postgres import link
from desktop_app.ui import i18n
from tests.helpers.blackhole import black_hole
from tests.helpers.pg import Server, dump_server

pytestmark = pytest.mark.postgres

SECOND_MS = 1000
LOST = "Connection to the server lost; reconnecting…"
#: The worst stall allowed while a connect hangs 2 s (the event loop's floor is a few ms).
MOST_STALL_S = 0.5


class Stall:
    """The worst lateness of a 10 ms QTimer on the GUI thread."""

    def __init__(self) -> None:
        self.worst = 0.0
        self.last = time.monotonic()
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        now = time.monotonic()
        self.worst = max(self.worst, now - self.last - 0.010)
        self.last = now


def _names(window: Any) -> list[str]:
    model = window.projects.model
    return [model.project_at(row).name for row in range(model.rowCount())]


def _window(qtbot: Any, desk: Desk) -> Any:
    from desktop_app.ui.main_window import MainWindow

    window = MainWindow(desk)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.extras.live.watching, timeout=SECOND_MS)
    return window


def test_a_server_that_does_not_answer_never_freezes_the_window(  # type: ignore[no-untyped-def]
    qtbot, pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(link, "MOST_DELAY_S", 1.0)  # found back within a second
    with black_hole(pg_url) as hole, Desk.open(hole.url) as desk:
        add_project(desk, "Web")
        window = _window(qtbot, desk)
        live = window.extras.live
        stall = Stall()
        hole.go_away()
        qtbot.waitUntil(lambda: window.status.lost, timeout=3 * SECOND_MS)
        assert window.status.away.text() == LOST and not window.status.away.isHidden()
        before = dump_server(pg_url)
        with pytest.raises(EnvironmentFault) as refused:
            add_project(window.desk, "Refused")
        assert refused.value.code == "ledger.reconnecting"
        assert dump_server(pg_url) == before, "a refused write changed the ledger"
        qtbot.wait(3 * SECOND_MS)  # polls, ticks and the watch's tries, each connect hanging
        assert live.failed_tries >= 1, "the watch was tried while the server was away"
        assert window.status.lost
        with Desk.open(pg_url) as other:
            add_project(other, "While away")
        hole.come_back()
        qtbot.waitUntil(lambda: not window.status.lost, timeout=10 * SECOND_MS)
        assert "While away" in _names(window) and "Refused" not in _names(window)
        assert window.status.away.isHidden()
        qtbot.waitUntil(lambda: live.watching, timeout=20 * SECOND_MS)
        stall.timer.stop()
        assert stall.worst < MOST_STALL_S, f"the event loop stalled {stall.worst:.3f} s"
        window.close()


def test_a_connection_ended_by_the_server_is_said_then_back(  # type: ignore[no-untyped-def]
    qtbot, pg_url: str, pg_server: Server
) -> None:
    import psycopg

    with Desk.open(pg_url) as desk:
        add_project(desk, "Web")
        window = _window(qtbot, desk)
        window.timer.stop()
        window.extras.live.timer.stop()
        pid = desk._ledger.conn.info.backend_pid  # type: ignore[attr-defined]
        with psycopg.connect(pg_server.admin_of(pg_url), autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(%s, 5000)", (pid,))
        with Desk.open(pg_url) as other:
            add_project(other, "Meanwhile")
        # its NOTIFY reaches the window's watch: the poll meets the connection's end
        qtbot.waitUntil(lambda: window.status.lost, timeout=SECOND_MS)
        assert window.status.away.text() == LOST
        assert "Meanwhile" not in _names(window)

        def polled_back() -> bool:
            window.poll()
            return not window.status.lost

        qtbot.waitUntil(polled_back, timeout=5 * SECOND_MS)
        assert "Meanwhile" in _names(window)
        assert window.status.away.isHidden() and window.status.away.text() == ""
        assert desk._ledger.conn.info.backend_pid != pid  # type: ignore[attr-defined]
        window.close()


def test_the_status_says_it_in_french(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.status.show_lost(EnvironmentFault("ledger.reconnecting", path="postgresql:///x"))
    assert window.status.away.text() == LOST
    i18n.set_language("fr")
    qtbot.waitUntil(lambda: window.status.away.text() != LOST, timeout=SECOND_MS)
    assert window.status.away.text() == "Connexion au serveur perdue ; reconnexion en cours…"
    window.status.show_lost(EnvironmentFault("ledger.busy", path="x"))  # a busy file: no news
    assert window.status.back()
    assert window.status.away.isHidden()


def test_while_away_the_poll_keeps_its_own_pace_even_when_watched(qtbot, pg_url: str) -> None:  # type: ignore[no-untyped-def]
    """The watch may be back before the ledger's own connection: the poll that finds it back
    must not wait the slow pace (10 s)."""
    from desktop_app.ui.ledger.live import SLOW_POLL_MS
    from desktop_app.ui.main_window import POLL_MS

    with Desk.open(pg_url) as desk:
        window = _window(qtbot, desk)
        live = window.extras.live
        live.timer.stop()
        live.pace()
        assert window.timer.interval() == SLOW_POLL_MS
        window.status.show_lost(EnvironmentFault("ledger.reconnecting", path=desk.shown))
        live.tick()
        assert window.timer.interval() == POLL_MS
        window.poll()  # the ledger reached: back, and slow again at the next tick
        assert not window.status.lost
        live.tick()
        assert window.timer.interval() == SLOW_POLL_MS
        window.close()
