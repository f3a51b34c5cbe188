"""The first start offers the demo, a new ledger or another one, instead of an empty screen;
a new ledger's file gets its extension and starts with the assistant."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog

from desktop_app.ui import app as app_module
from desktop_app.ui.onboarding import start as start_module
from desktop_app.ui.onboarding.assistant import FirstRunAssistant
from desktop_app.ui.onboarding.start import Start, StartDialog, ledger_file
from tests.ui.conftest import TODAY


@pytest.mark.parametrize(
    ("typed", "kept"),
    [("acme", "acme.sqlite3"), ("acme.sqlite3", "acme.sqlite3"), ("acme.db", "acme.db"),
     ("acme.2026", "acme.2026.sqlite3"), ("Durand & Fils", "Durand & Fils.sqlite3")],
)  # fmt: skip
def test_a_new_ledger_gets_its_extension(typed: str, kept: str, tmp_path: Path) -> None:
    assert ledger_file(tmp_path / typed) == tmp_path / kept


def test_file_new_names_the_file_and_asks_for_the_details(qtbot, window, tmp_path, save_as) -> None:  # type: ignore[no-untyped-def]
    save_as(tmp_path / "acme")
    assert window.file_menu.new_ledger()
    assert window.desk.path == tmp_path / "acme.sqlite3"
    assert (tmp_path / "acme.sqlite3").exists()
    assert isinstance(window.extras.assistant, FirstRunAssistant)
    assert window.desk.settings()["buyer.name"] == ""  # nothing of the demo's
    window.extras.assistant.reject()


def test_the_start_dialog_offers_the_demo_and_a_new_ledger(qtbot, tmp_path, save_as) -> None:  # type: ignore[no-untyped-def]
    dialog = StartDialog()
    qtbot.addWidget(dialog)
    texts = [b.text() for b in (dialog.demo_button, dialog.new_button, dialog.open_button)]
    assert texts == ["Open the demo", "New ledger", "Open a ledger…"]
    save_as(tmp_path / "mine")
    dialog.new_button.click()
    assert dialog.start == Start(tmp_path / "mine.sqlite3", new=True)
    dialog = StartDialog()
    qtbot.addWidget(dialog)
    dialog.demo_button.click()
    assert dialog.start is not None and dialog.start.demo


def test_cancelled_file_dialog_keeps_the_start_dialog(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    dialog = StartDialog()
    qtbot.addWidget(dialog)
    dialog.new_button.click()
    assert dialog.start is None


def _first_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, choice: Start | None
) -> list[tuple[str, str]]:
    """run_from_cli as on a first start; what was on screen when the loop would run."""
    default = tmp_path / "data" / "ledger.sqlite3"
    monkeypatch.setattr(app_module, "default_ledger_path", lambda: default)
    monkeypatch.setattr(start_module, "choose_start", lambda: choice)
    seen: list[tuple[str, str]] = []  # (class, title) of each window shown

    def loop(self) -> int:  # type: ignore[no-untyped-def]
        shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        seen.extend((type(w).__name__, w.windowTitle()) for w in shown)
        for widget in shown:
            if isinstance(widget, FirstRunAssistant):
                widget.reject()
        return 0

    monkeypatch.setattr(QApplication, "exec", loop)
    monkeypatch.setattr(app_module, "install_excepthook", lambda: None)
    args = argparse.Namespace(db=default, today=TODAY, demo=False, screenshot=None,
                              self_test=False)  # fmt: skip
    assert app_module.first_start(args, default)
    assert app_module.run_from_cli(args) == 0
    return seen


def test_first_start_new_ledger_opens_it_with_the_assistant(qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    mine = tmp_path / "mine.sqlite3"
    seen = _first_start(tmp_path, monkeypatch, Start(mine, new=True))
    assert mine.exists()
    assert ("FirstRunAssistant", "First steps") in seen
    assert any(kind == "MainWindow" and str(mine) in title for kind, title in seen)


def test_first_start_demo_opens_the_demo(qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    demo = tmp_path / "demo.sqlite3"
    seen = _first_start(tmp_path, monkeypatch, Start(demo, demo=True))
    assert [kind for kind, _ in seen] == ["MainWindow"]
    assert str(demo) in seen[0][1]


def test_first_start_closed_opens_nothing(qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    assert _first_start(tmp_path, monkeypatch, None) == []
    assert not (tmp_path / "data" / "ledger.sqlite3").exists()


def test_not_a_first_start(tmp_path: Path) -> None:
    args = argparse.Namespace(db=None, demo=True, screenshot=None, self_test=False)
    assert not app_module.first_start(args, tmp_path / "x.sqlite3")


def _start_on(
    ledger: Path | str, monkeypatch: pytest.MonkeyPatch, choice: Start | None,
    *, self_test: bool = False,
) -> tuple[int, list[str]]:  # fmt: skip
    """run_from_cli on ``ledger``; the start dialog answers ``choice``; what it returned and
    the titles of the windows the loop would have shown."""
    asked: list[str] = []

    def choose(problem: str = "") -> Start | None:
        asked.append(problem)
        return choice

    monkeypatch.setattr(start_module, "choose_start", choose)
    seen: list[str] = []

    def loop(self) -> int:  # type: ignore[no-untyped-def]
        seen.extend(w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible())
        return 0

    monkeypatch.setattr(QApplication, "exec", loop)
    monkeypatch.setattr(app_module, "install_excepthook", lambda: None)
    args = argparse.Namespace(db=ledger, today=TODAY, demo=False, screenshot=None,
                              self_test=self_test)  # fmt: skip
    code = app_module.run_from_cli(args)
    return code, [*(f"asked: {problem}" for problem in asked), *seen]


def test_a_ledger_the_start_cannot_open_is_said_then_another_way_in_is_offered(  # type: ignore[no-untyped-def]
    qtbot, tmp_path, monkeypatch, capsys
) -> None:
    """Double-clicked from a menu, the window must not vanish with a line on a terminal no
    one sees: the start dialog says why at its top, and offers the demo, a new ledger,
    another one."""
    folder = tmp_path / "a folder"
    folder.mkdir()
    other = tmp_path / "other.sqlite3"
    code, seen = _start_on(folder, monkeypatch, Start(other, new=True))
    assert code == 0
    assert seen[0] == f"asked: {folder} is a folder; give a ledger file.", seen
    assert any(str(other) in title for title in seen[1:]), seen
    assert "is a folder" in capsys.readouterr().err  # the terminal's line, as before
    assert other.exists()


def test_the_start_dialog_closed_after_a_refusal_ends_the_program(  # type: ignore[no-untyped-def]
    qtbot, tmp_path, monkeypatch
) -> None:
    folder = tmp_path / "a folder"
    folder.mkdir()
    code, seen = _start_on(folder, monkeypatch, None)
    assert (code, seen) == (1, [f"asked: {folder} is a folder; give a ledger file."])


def test_the_self_test_shows_no_box_and_no_start_dialog(  # type: ignore[no-untyped-def]
    qtbot, tmp_path, monkeypatch
) -> None:
    folder = tmp_path / "a folder"
    folder.mkdir()
    code, seen = _start_on(folder, monkeypatch, Start(tmp_path / "x.sqlite3"), self_test=True)
    assert (code, seen) == (1, [])


def test_the_start_dialog_says_why_the_ledger_asked_for_did_not_open(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = StartDialog(problem="/x is a folder; give a ledger file.")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.problem.isVisible() and dialog.problem.text().startswith("/x is a folder")
    plain = StartDialog()
    qtbot.addWidget(plain)
    plain.show()
    assert not plain.problem.isVisible()
