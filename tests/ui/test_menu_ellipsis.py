"""An entry of a menu or of the toolbar ends with "…" exactly when it asks something before it
acts: a file to choose, or a dialog with fields to fill (the tryout saw "Backup now" of a
server ledger open a save dialog without one). An entry that acts at once and then reports
(Check the ledger, Refresh) or shows a window to read (Guide, About) has none; a mere Yes/No
confirmation does not count (the desktops' guidelines, Apple's, GNOME's and Microsoft's,
agree on both). Each entry is triggered, every dialog it would open recorded and closed."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QTextEdit,
    QWidget,
)

from desktop_app.ui import i18n
from desktop_app.ui.widgets import jobs
from tests.ui.walk import open_every_tab

#: Entries left untriggered: they close the window, or list other entries.
NOT_TRIGGERED = {"&Quit", "&Quitter"}


def asks_input(dialog: QWidget) -> bool:
    """A dialog with a field to fill (a line, a number, a choice, a text that can be typed)."""
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisibleTo(dialog) or not widget.isEnabled():
            continue
        if isinstance(widget, QLineEdit | QAbstractSpinBox | QTextEdit | QPlainTextEdit):
            if not widget.isReadOnly():
                return True
        elif isinstance(widget, QComboBox):
            return True
    return False


class Recorder(QObject):
    """What an entry opened: a file dialog (Qt's static functions, answered "cancel"), or
    the dialogs shown or run (run ones answered Cancel; shown ones closed afterwards)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        super().__init__()
        self.asked: list[str] = []
        self.shown: list[QDialog] = []
        for name in ("getSaveFileName", "getOpenFileName"):
            monkeypatch.setattr(QFileDialog, name, self._file(name, ("", "")))
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", self._file("folder", ""))
        monkeypatch.setattr(QDialog, "exec", self._runner())
        QApplication.instance().installEventFilter(self)

    def _file(self, name: str, answer: Any) -> Callable[..., Any]:
        def ask(*_args: Any, **_kwargs: Any) -> Any:
            self.asked.append(name)
            return answer

        return ask

    def _runner(self) -> Callable[[QDialog], int]:
        """``QDialog.exec`` (a function of the class: a bound method would not get the
        dialog): the dialog noted if it asks, answered Cancel."""

        def run(dialog: QDialog) -> int:
            self.asked += [type(dialog).__name__] if asks_input(dialog) else []
            return int(QDialog.DialogCode.Rejected)

        return run

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        shown = event.type() == QEvent.Type.Show and isinstance(watched, QDialog)
        if shown and not isinstance(watched, QProgressDialog | QMessageBox | QFileDialog):
            self.shown.append(watched)
        return False

    def trigger(self, qtbot: Any, action: QAction) -> bool:
        """Whether ``action`` asked something before acting."""
        self.asked, self.shown = [], []
        action.trigger()
        QApplication.processEvents()
        qtbot.waitUntil(lambda: not jobs.running(), timeout=60_000)
        QApplication.processEvents()
        asked = bool(self.asked) or any(asks_input(dialog) for dialog in self.shown)
        for dialog in self.shown:
            dialog.reject()
            dialog.close()
        QApplication.processEvents()
        return asked

    def remove(self) -> None:
        QApplication.instance().removeEventFilter(self)


@pytest.fixture
def recorder(monkeypatch: pytest.MonkeyPatch) -> Iterator[Recorder]:
    found = Recorder(monkeypatch)
    yield found
    found.remove()


def entries(window: Any) -> list[tuple[str, QAction]]:
    """Every entry of the menu bar's menus (as shown), then of the toolbar."""
    found: list[tuple[str, QAction]] = []
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        menu.aboutToShow.emit()
        found += [(menu_action.text(), a) for a in menu.actions()
                  if not a.isSeparator() and a.menu() is None]  # fmt: skip
    found += [("toolbar", a) for a in window.toolbar.actions() if a.text()]
    return found


def misnamed(qtbot: Any, recorder: Recorder, named: list[tuple[str, QAction]]) -> list[str]:
    """The entries whose "…" says otherwise than what they do."""
    wrong: list[str] = []
    for where, action in named:
        text = action.text()
        if not action.isEnabled() or text in NOT_TRIGGERED:
            assert not text.endswith("…") or not action.isEnabled(), text
            continue
        asked = recorder.trigger(qtbot, action)
        if asked != text.endswith("…"):
            wrong.append(f"{where} > {text}: {'asks' if asked else 'asks nothing'}")
    return wrong


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_an_entry_ends_with_an_ellipsis_when_it_asks_first(  # type: ignore[no-untyped-def]
    qtbot, demo_window, recorder: Recorder, message_mock, lang: str
) -> None:
    i18n.set_language(lang)
    demo_window.resize(1024, 700)
    demo_window.show()
    open_every_tab(demo_window)
    wrong = misnamed(qtbot, recorder, entries(demo_window))
    said = message_mock.read()  # what the entries said after acting (a check's result)
    assert [m for m in said if m.level in ("error", "bug")] == []
    assert wrong == []


def test_a_tables_context_menu_too(qtbot, demo_window, recorder: Recorder, message_mock) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.tables.behaviour import behaviour

    demo_window.show()
    view = demo_window.credits.lots
    view.selectRow(0)
    menu = behaviour(view).make_menu()
    named = [("context menu", a) for a in menu.actions() if not a.isSeparator()]
    assert misnamed(qtbot, recorder, named) == []


@pytest.mark.postgres
def test_the_backup_of_a_server_ledger_asks_where_and_says_so(  # type: ignore[no-untyped-def]
    qtbot, pg_url: str, recorder: Recorder, message_mock
) -> None:
    """File > Backup of a file is written at once, beside it; of a server ledger it asks for
    the file to copy it to: "…", in both languages."""
    from desktop_app.services.desk import Desk
    from desktop_app.ui.main_window import MainWindow

    with Desk.open(pg_url) as desk:
        window = MainWindow(desk)
        qtbot.addWidget(window)
        window.timer.stop()
        backup = window.file_menu.backup_action
        for lang in ("fr", "en"):
            i18n.set_language(lang)
            assert recorder.trigger(qtbot, backup) and backup.text().endswith("…"), backup.text()
        window.extras.live.timer.stop()
        window.extras.live.stop()
