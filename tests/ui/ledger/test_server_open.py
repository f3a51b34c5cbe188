"""File > Open a server ledger… (issue 9): a libpq URL or ``service=name`` typed, opened as
``--db URL`` opens it; a bad or unreachable one said in words, the window left on its ledger;
a password typed shown nowhere afterwards, and kept out of File > Recent."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.services.projects import add_project
from tests.helpers.files import dump

SECRET = "s3cret-pw"


def _stop_live(window) -> None:  # type: ignore[no-untyped-def]
    window.timer.stop()
    window.extras.live.timer.stop()
    window.extras.live.stop()


@pytest.fixture
def server_window(window, request):  # type: ignore[no-untyped-def]
    """The window; whatever ledger it ends on is closed after the test (a server's too)."""

    def close() -> None:
        _stop_live(window)
        window.desk.close()

    request.addfinalizer(close)
    return window


def _everywhere(window) -> str:  # type: ignore[no-untyped-def]
    """Every text the window shows of its ledger, and what Recent keeps."""
    return " ".join(
        [window.windowTitle(), window.status.where.text(), window.status.where.toolTip(),
         *window.file_menu.recent_paths(),
         *(a.text() for a in window.file_menu.recent_menu.actions())]
    )  # fmt: skip


@pytest.mark.postgres
def test_a_server_url_typed_opens_and_its_password_is_shown_nowhere(  # type: ignore[no-untyped-def]
    server_window, pg_url: str, message_mock
) -> None:
    window = server_window
    with_password = f"{pg_url}&password={SECRET}"
    assert window.file_menu.open_server(with_password)
    assert window.desk.on_server
    assert "postgresql://" in window.windowTitle()
    shown = _everywhere(window)
    assert SECRET not in shown
    remembered = window.file_menu.recent_paths()[0]
    assert remembered.startswith("postgresql://") and "password" not in remembered
    assert message_mock.messages == []


@pytest.mark.postgres
def test_a_service_name_opens_and_recent_opens_it_again(  # type: ignore[no-untyped-def]
    server_window, pg_url: str, tmp_path: Path, monkeypatch, desk
) -> None:
    """``service=name`` (pg_service.conf): the same server ledger; File > Recent keeps it and
    opens it again, back from the file ledger."""
    from urllib.parse import parse_qsl, urlsplit

    parts = urlsplit(pg_url)
    params = dict(parse_qsl(parts.query))
    services = tmp_path / "pg_service.conf"
    services.write_text(
        f"[team]\nhost={params['host']}\nuser={params['user']}\ndbname={parts.path.lstrip('/')}\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("PGSERVICEFILE", str(services))
    window = server_window
    assert window.file_menu.open_server("service=team")
    add_project(window.desk, "Team project")
    assert "service=team" in window.windowTitle()
    assert window.file_menu.recent_paths()[0] == "postgresql://?service=team"
    assert window.open_ledger(desk.path)
    assert not window.desk.on_server
    by_name = {a.text(): a for a in window.file_menu.recent_menu.actions()}
    by_name["postgresql://?service=team"].trigger()
    assert window.desk.on_server
    names = [
        window.projects.model.index(r, 0).data() for r in range(window.projects.model.rowCount())
    ]
    assert any("Team project" in str(n) for n in names)


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("my ledger on the server", "ledger.not_server_url"),
        ("", "ledger.not_server_url"),
        ("postgresql://[::1/credits", "ledger.bad_url"),
        (f"postgresql://?nosuchoption=1&password={SECRET}", "ledger.bad_url"),
        (f"postgresql:///credits?host=/nonexistent-socket-dir&password={SECRET}",
         "ledger.cannot_connect"),
    ],
)  # fmt: skip
def test_a_bad_or_unreachable_server_is_said_in_words_and_the_ledger_stays(  # type: ignore[no-untyped-def]
    window, desk, message_mock, typed: str, code: str
) -> None:
    pytest.importorskip("psycopg")
    before = dump(desk.path)
    title = window.windowTitle()
    assert not window.file_menu.open_server(typed)
    message = message_mock.getmsg("error")
    assert message.code == code
    assert SECRET not in message.text and "Traceback" not in message.text
    assert window.windowTitle() == title and window.desk.path == desk.path
    assert all("postgresql" not in p for p in window.file_menu.recent_paths())
    assert dump(desk.path) == before


def test_the_dialog_hands_over_what_was_typed_once(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialogButtonBox

    from desktop_app.ui.ledger import server_dialog
    from desktop_app.ui.ledger.server_dialog import ServerLedgerDialog

    dialog = ServerLedgerDialog(window)
    qtbot.addWidget(dialog)
    open_button = dialog.buttons.button(QDialogButtonBox.StandardButton.Open)
    assert not open_button.isEnabled()
    dialog.url.setText(f"postgresql://me:{SECRET}@db/credits")
    assert open_button.isEnabled()
    assert dialog.take() == f"postgresql://me:{SECRET}@db/credits"
    assert dialog.url.text() == ""
    opened: list[str] = []
    monkeypatch.setattr(server_dialog, "ask_server_url", lambda parent: "service=team")
    monkeypatch.setattr(window.file_menu, "open_server", lambda text: opened.append(text) or True)
    assert window.file_menu.open_server_dialog()
    assert opened == ["service=team"]
    assert window.file_menu.open_server_action.text() == "Open a &server ledger…"
