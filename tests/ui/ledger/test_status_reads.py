"""The status bar reads each of its figures once per need (issue 9, issue 12): at the start,
once (it read the accounts and the last writer three times, the project's summary twice: a
dozen statements more on a server ledger, each a round trip); choosing another project reads
that project's summary alone (the accounts do not depend on it); another program's write
reads each once again; a language change says the figures again in its words."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication

from desktop_app.services import accounts, projects
from desktop_app.services.desk import Desk
from desktop_app.services.projects import add_project
from desktop_app.ui import i18n
from desktop_app.ui.ledger import status as status_module


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    counted: Counter[str] = Counter()

    def counting(name: str, real: Any) -> Any:
        def call(*args: Any, **kwargs: Any) -> Any:
            counted[name] += 1
            return real(*args, **kwargs)

        return call

    monkeypatch.setattr(accounts, "account_summary", counting("accounts", accounts.account_summary))
    monkeypatch.setattr(projects, "project_summary", counting("project", projects.project_summary))
    monkeypatch.setattr(Desk, "last_writer", counting("last_writer", Desk.last_writer))
    assert status_module.accounts is accounts and status_module.projects is projects
    return counted


def _window(qtbot: Any, desk: Desk) -> Any:
    from desktop_app.ui.main_window import MainWindow

    window = MainWindow(desk, later=True)
    qtbot.addWidget(window)
    window.timer.stop()
    window.show()
    qtbot.waitUntil(lambda: window.alerts is not None and window.banner is not None)
    qtbot.wait(50)  # the first paint, and what follows it (the notice)
    return window


def test_the_start_reads_each_figure_once(qtbot, tmp_path, reads) -> None:  # type: ignore[no-untyped-def]
    with Desk.open(tmp_path / "l.sqlite3") as desk:
        add_project(desk, "Web")
        add_project(desk, "Data")
        window = _window(qtbot, desk)
        assert window.status.available.toolTip() or window.status.available.text()
        assert reads == Counter({"accounts": 1, "project": 1})  # a file: no last writer
        reads.clear()
        window.select_project(desk.project("Web").id)
        assert reads == Counter({"project": 1})
        reads.clear()
        with Desk.open(desk.path) as other:  # another program writes
            add_project(other, "Later")
        window.poll()
        assert reads == Counter({"accounts": 1, "project": 1})
        reads.clear()
        i18n.set_language("fr")
        QCoreApplication.sendPostedEvents()
        assert "Web" in window.status.available.text() and "disponible" in (
            window.status.available.text() + window.status.available.toolTip()
        )
        i18n.set_language("en")
        QCoreApplication.sendPostedEvents()
        window.close()


def test_a_server_ledgers_start_reads_its_last_writer_once(qtbot, pg_url, reads) -> None:  # type: ignore[no-untyped-def]
    pytest.importorskip("psycopg")
    with Desk.open(pg_url) as desk:
        add_project(desk, "Web")
        window = _window(qtbot, desk)
        assert reads == Counter({"accounts": 1, "project": 1, "last_writer": 1})
        window.extras.live.stop()
        window.close()
