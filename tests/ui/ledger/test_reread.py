"""The poll's re-read of the ledger (issue 12): what costs most of a refresh on a big ledger
(every project with what it has available, the notice's figures and news) is read in a
worker; the window's parts are then refreshed from it on the GUI thread."""

from __future__ import annotations

import threading
from datetime import timedelta
from decimal import Decimal
from typing import Any

import pytest

from desktop_app.services import notices
from desktop_app.services.desk import Desk
from desktop_app.services.projects import add_project
from desktop_app.services.vouchers import issue_vouchers, redeem_voucher
from desktop_app.ui.ledger import reread
from tests.helpers.jobs import TIMEOUT_MS
from tests.ui.conftest import TODAY


def _names(window: Any) -> list[str]:
    return [p.name for p, _ in window.projects.model.rows()]


def _threads_reading(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The threads that read the directory and the notice's figures, in order."""
    seen: list[str] = []
    for name in ("directory_rows", "read_alerts"):
        real = getattr(reread, name)

        def spied(desk: Desk, _real: Any = real, _name: str = name) -> Any:
            main = threading.current_thread() is threading.main_thread()
            seen.append(f"{_name} {'gui' if main else 'worker'}")
            return _real(desk)

        monkeypatch.setattr(reread, name, spied)
    return seen


def _written_elsewhere(desk: Desk, name: str = "Written elsewhere") -> None:
    with Desk.open(desk.path, today=TODAY) as other:
        add_project(other, name)


def test_the_timer_s_poll_reads_in_a_worker_and_refreshes_the_window(
    qtbot, window, desk, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window.timer.stop()
    seen = _threads_reading(monkeypatch)
    _written_elsewhere(desk)
    window.poll(in_worker=True)
    assert "Written elsewhere" not in _names(window)  # nothing read on the GUI thread yet
    qtbot.waitUntil(lambda: "Written elsewhere" in _names(window), timeout=TIMEOUT_MS)
    assert seen == ["directory_rows worker", "read_alerts worker"]
    assert "Written elsewhere" in window.directory.names.values()
    assert window.rereader.job is None
    window.poll(in_worker=True)  # nothing new: nothing read
    assert window.rereader.job is None and len(seen) == 2


def test_the_timer_runs_the_poll_in_a_worker(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.timer.stop()
    called: list[str] = []
    window.rereader.start = lambda version: called.append("start")  # type: ignore[method-assign]
    window.timer.timeout.emit()
    assert called == []  # nothing written since the window read the ledger
    window._version -= 1
    window.timer.timeout.emit()
    assert called == ["start"]


def test_news_read_in_the_worker_is_shown_and_recorded_as_announced(qtbot, window, desk) -> None:  # type: ignore[no-untyped-def]
    window.timer.stop()
    with Desk.open(desk.path, today=TODAY) as other:
        code = issue_vouchers(other, Decimal("40.00"), TODAY + timedelta(days=5))[0].code
        redeem_voucher(other, code, "Production web")
    window.poll(in_worker=True)
    qtbot.waitUntil(lambda: window.alerts.count == 1, timeout=TIMEOUT_MS)
    assert window.alerts.urgent_left == Decimal("40.00")
    assert window.alerts.fresh  # news: the notice shows itself
    assert notices.news(desk) == {}  # recorded as announced, once


def _held_read(monkeypatch: Any) -> threading.Event:
    """The worker's read of the directory waits until the event returned is set."""
    gate = threading.Event()
    real = reread.directory_rows
    monkeypatch.setattr(reread, "directory_rows", lambda d: (gate.wait(10), real(d))[1])
    return gate


def test_a_poll_waits_for_the_read_under_way(qtbot, window, desk, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window.timer.stop()
    gate = _held_read(monkeypatch)
    _written_elsewhere(desk)
    window.poll(in_worker=True)
    first = window.rereader.job
    _written_elsewhere(desk, "Second")
    window.poll(in_worker=True)  # one read at a time: this one is left to the next tick
    assert window.rereader.job is first
    gate.set()
    qtbot.waitUntil(lambda: window.rereader.job is None, timeout=TIMEOUT_MS)
    assert "Written elsewhere" in _names(window)
    window.poll(in_worker=True)  # the next tick sees the second write
    qtbot.waitUntil(lambda: "Second" in _names(window), timeout=TIMEOUT_MS)


def test_a_read_overtaken_by_a_refresh_is_dropped(qtbot, window, desk, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The window read the ledger itself meanwhile (a post here): what the worker read is
    older, and is not shown over it."""
    window.timer.stop()
    gate = _held_read(monkeypatch)
    _written_elsewhere(desk)
    window.poll(in_worker=True)
    job = window.rereader.job
    window.refresh()
    assert "Written elsewhere" in _names(window)
    applied: list[object] = []
    monkeypatch.setattr(window, "refresh_from", applied.append)
    gate.set()
    qtbot.waitUntil(lambda: job.done, timeout=TIMEOUT_MS)
    assert applied == [] and window.rereader.job is None


def test_a_read_that_fails_leaves_the_refresh_to_the_gui_thread(
    qtbot, window, desk, monkeypatch, message_mock
) -> None:  # type: ignore[no-untyped-def]
    """A busy file, a server away: the window refreshes as it always did, each part saying
    what it could not read."""
    from desktop_app.domain.errors import EnvironmentFault

    window.timer.stop()

    def busy(_desk: Desk) -> Any:
        raise EnvironmentFault("ledger.busy", path=str(desk.path))

    monkeypatch.setattr(reread, "directory_rows", busy)
    _written_elsewhere(desk)
    window.poll(in_worker=True)
    qtbot.waitUntil(lambda: "Written elsewhere" in _names(window), timeout=TIMEOUT_MS)
    assert message_mock.unread_problems() == []


def test_a_window_closed_before_the_read_ends_is_left_alone(
    qtbot, window, desk, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window.timer.stop()
    gate = _held_read(monkeypatch)
    _written_elsewhere(desk)
    window.poll(in_worker=True)
    job = window.rereader.job
    applied: list[object] = []
    monkeypatch.setattr(window, "refresh_from", applied.append)
    gate.set()
    window.close()
    qtbot.waitUntil(lambda: job.done, timeout=TIMEOUT_MS)
    assert applied == []


def test_on_a_server_the_timer_s_poll_refreshes_at_once(qtbot, window, desk, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A server ledger's connection reconnects on the GUI thread (``storage/postgres/link``):
    its poll refreshes as it did, and says the server is back only with every part read."""
    window.timer.stop()
    monkeypatch.setattr(Desk, "on_server", property(lambda _desk: True))
    _written_elsewhere(desk)
    window.poll(in_worker=True)
    assert window.rereader.job is None
    assert "Written elsewhere" in _names(window)
