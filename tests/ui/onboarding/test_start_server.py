"""The first start offers a server ledger too: "Open a server ledger…" opens the dialog of
File > Open a server ledger, and what is typed there (a URL or ``service=name``) is the
ledger the window opens; what is wrong with it is said in words, the start screen kept."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from desktop_app.ui.ledger import server_dialog
from desktop_app.ui.ledger.server_dialog import ServerLedgerDialog
from desktop_app.ui.onboarding.start import Start, StartDialog
from tests.ui.onboarding.test_start import _first_start


def _type_in_the_dialog(typed: str, seen: list[str]) -> None:
    """Once the server dialog is up: type ``typed`` and press Open."""

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ServerLedgerDialog)
        seen.append(dialog.windowTitle())
        dialog.url.setText(typed)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Open).click()

    QTimer.singleShot(0, fill)


def test_the_start_screen_opens_a_server_ledger_through_the_same_dialog(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = StartDialog()
    qtbot.addWidget(dialog)
    assert dialog.server_button.text() == "Open a server ledger…"
    seen: list[str] = []
    _type_in_the_dialog(" service=team ", seen)
    dialog.server_button.click()
    assert seen == ["Open a server ledger"]
    assert dialog.start == Start("postgresql://?service=team")


def test_a_cancelled_server_dialog_keeps_the_start_screen(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(server_dialog, "ask_server_url", lambda parent: None)
    dialog = StartDialog()
    qtbot.addWidget(dialog)
    dialog.server_button.click()
    assert dialog.start is None


def test_a_bad_server_ledger_is_said_in_words_and_the_start_screen_stays(  # type: ignore[no-untyped-def]
    qtbot, monkeypatch, message_mock
) -> None:
    monkeypatch.setattr(server_dialog, "ask_server_url", lambda parent: "my ledger")
    dialog = StartDialog()
    qtbot.addWidget(dialog)
    dialog.server_button.click()
    assert message_mock.getmsg("error").code == "ledger.not_server_url"
    assert dialog.start is None


def test_the_server_choice_is_in_french_too(qtbot) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui import i18n

    dialog = StartDialog()
    qtbot.addWidget(dialog)
    i18n.set_language("fr")
    try:
        dialog.retranslate()
        assert dialog.server_button.text() == "Ouvrir un registre serveur…"
        assert "service=nom" in dialog.server_button.description()
    finally:
        i18n.set_language("en")
        dialog.retranslate()


@pytest.mark.postgres
def test_a_first_start_on_a_server_ledger_opens_the_window_on_it(  # type: ignore[no-untyped-def]
    qtbot, tmp_path, monkeypatch, pg_url: str
) -> None:
    seen = _first_start(tmp_path, monkeypatch, Start(pg_url))
    assert [kind for kind, _ in seen] == ["MainWindow"]
    assert "postgresql://" in seen[0][1]
    assert not (tmp_path / "data" / "ledger.sqlite3").exists()
