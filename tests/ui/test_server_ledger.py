"""The window on a server ledger (issue 9): it opens on a PostgreSQL URL, names where the
ledger lives in its title, never with a password, and keeps no URL among the recent files."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from desktop_app.services.desk import Desk
from desktop_app.services.projects import add_project

pytestmark = pytest.mark.postgres


def test_the_window_opens_on_a_server_ledger(qtbot, pg_url: str) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.app import run_from_cli
    from desktop_app.ui.main_window import MainWindow

    with Desk.open(pg_url) as desk:
        add_project(desk, "Web")
        window = MainWindow(desk)
        qtbot.addWidget(window)
        assert "postgresql://" in window.windowTitle()
        assert str(desk.path) not in window.windowTitle()
        window.timer.stop()
        window.extras.live.timer.stop()
        window.extras.live.stop()
    secret = pg_url.replace("postgresql://", "postgresql://ccd_app:s3cret@")
    with Desk.open(secret) as desk:
        assert "s3cret" not in desk.shown
    args = argparse.Namespace(db=pg_url, today=None, demo=False, screenshot=None,
                              self_test=True)  # fmt: skip
    assert run_from_cli(args) == 0
    assert not Path("postgresql:").exists()


def test_the_status_bar_says_where_and_who_wrote_last(qtbot, pg_url: str) -> None:  # type: ignore[no-untyped-def]
    """A server ledger: its URL and who wrote last; another accountant's write shows at
    the next poll. A file ledger shows none of it."""
    from desktop_app.ui.main_window import MainWindow

    with Desk.open(pg_url) as desk:
        add_project(desk, "Web")
        window = MainWindow(desk)
        qtbot.addWidget(window)
        window.timer.stop()
        where = window.status.where
        assert not where.isHidden()
        assert "ccd_app" in where.text() and "postgresql://" in where.text()
        with Desk.open(pg_url) as other:
            add_project(other, "Written elsewhere")
        window.poll()
        names = [p.name for p, _ in __import__("desktop_app.services.projects",
                 fromlist=["x"]).list_projects(window.desk)]  # fmt: skip
        assert "Written elsewhere" in names


def test_a_file_ledger_shows_no_server(window) -> None:  # type: ignore[no-untyped-def]
    assert window.status.where.isHidden()


def test_another_accountants_write_shows_at_once_through_listen(qtbot, pg_url: str) -> None:  # type: ignore[no-untyped-def]
    """LISTEN/NOTIFY: the window's poll stopped, a write elsewhere still reaches it."""
    from desktop_app.ui.main_window import MainWindow

    with Desk.open(pg_url) as desk:
        add_project(desk, "Web")
        window = MainWindow(desk)
        qtbot.addWidget(window)
        window.timer.stop()
        assert window.extras.live.watcher is not None
        seen = window._version
        with Desk.open(pg_url) as other:
            add_project(other, "Written elsewhere")
        live = window.extras.live
        live.timer.stop()  # ticked here: timers may not run after another test's app.exec()

        def refreshed() -> bool:
            live.tick()
            return bool(window._version != seen)

        qtbot.waitUntil(refreshed, timeout=3000)
        window.extras.live.timer.stop()
        window.extras.live.stop()
