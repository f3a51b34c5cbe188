"""The window on a server ledger (issue 9): it opens on a PostgreSQL URL, names where the
ledger lives in its title, never with a password."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.services.desk import Desk
from desktop_app.services.projects import add_project

pytestmark = pytest.mark.postgres
REPO = Path(__file__).resolve().parents[2]
LAUNCH = "import sys; from desktop_app.launcher import main; sys.exit(main())"


def test_the_window_opens_on_a_server_ledger(qtbot, pg_url: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
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
    # The self-test in a process of its own: its event loop ends with QApplication.quit().
    done = subprocess.run(
        [sys.executable, "-c", LAUNCH, "--db", pg_url, "gui", "--self-test"],
        capture_output=True, text=True, timeout=120, check=False, cwd=tmp_path,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO),
             "XDG_CONFIG_HOME": str(tmp_path / "config")},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert not (tmp_path / "postgresql:").exists()


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
        # in words: the database and its server (a socket's: this machine), who wrote last;
        # the URL in the tip (and the title)
        database = pg_url.split("?", maxsplit=1)[0].rsplit("/", 1)[-1]
        assert where.text().startswith(f"Server ledger {database} on this machine · ")
        assert "ccd_app" in where.text() and "/tmp/" not in where.text()
        assert "postgresql://" not in where.text() and "postgresql://" in where.toolTip()
        with Desk.open(pg_url) as other:
            add_project(other, "Written elsewhere")
        window.poll()
        names = [p.name for p, _ in __import__("desktop_app.services.projects",
                 fromlist=["x"]).list_projects(window.desk)]  # fmt: skip
        assert "Written elsewhere" in names


def test_a_file_ledger_shows_no_server(window) -> None:  # type: ignore[no-untyped-def]
    assert window.status.where.isHidden()
