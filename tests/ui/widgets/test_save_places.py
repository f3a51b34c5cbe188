"""Save dialogs open where the user saves that kind of file (the tryout saw each open in the
home folder): the folder of the last one saved, remembered per kind (a spreadsheet, a
document, the journal, a ledger) from one start to the next; before any, beside the ledger
when it is in a folder of the user's, else in Documents."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog

from desktop_app.ui.widgets import save_places
from desktop_app.ui.widgets.save_places import Kind, start_folder
from tests.helpers.jobs import finish


@pytest.fixture
def documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "Documents"
    folder.mkdir()
    monkeypatch.setattr(save_places, "documents", lambda: folder)
    return folder


class Dialogs:
    """The save dialogs: the file each suggested; each answered with the next of ``answers``."""

    def __init__(self) -> None:
        self.suggested: list[str] = []
        self.answers: list[Path] = []

    def answer(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.answers.append(path)

    @property
    def last(self) -> str:
        return self.suggested[-1]


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    dialogs = Dialogs()

    def get_save(parent, title, suggestion="", pattern="", *args, **kwargs):  # type: ignore[no-untyped-def]
        dialogs.suggested.append(suggestion)
        return str(dialogs.answers.pop(0)), pattern

    monkeypatch.setattr(QFileDialog, "getSaveFileName", get_save)
    return dialogs


def test_first_beside_the_ledger_then_where_that_kind_was_saved(  # type: ignore[no-untyped-def]
    qtbot, window, desk, documents: Path, asked: Dialogs, tmp_path: Path
) -> None:
    ledger_folder = desk.path.parent
    asked.answer(tmp_path / "exports" / "mine.csv")
    finish(qtbot, window.credits.export_csv())
    assert asked.last == str(ledger_folder / "credits.csv")  # the first: beside the ledger

    asked.answer(tmp_path / "exports" / "again.csv")
    finish(qtbot, window.credits.export_csv())
    assert asked.last == str(tmp_path / "exports" / "credits.csv")  # where the last CSV went
    assert start_folder(Kind.PDF, desk) == ledger_folder  # a PDF's place is its own
    # and from one start to the next (QSettings)
    assert QSettings().value("saveFolders/csv") == str(tmp_path / "exports")


def test_the_kinds_are_remembered_apart(  # type: ignore[no-untyped-def]
    qtbot, window, desk, documents: Path, asked: Dialogs, tmp_path: Path
) -> None:
    from desktop_app.services.orders import buy_credit
    from desktop_app.ui.widgets.documents import save_pdf_copy

    order = buy_credit(desk, window.current_project().id, __import__("decimal").Decimal("100"))
    asked.answer(tmp_path / "pdfs" / "copy.pdf")
    assert save_pdf_copy(window, desk, order.number) is not None
    asked.answer(tmp_path / "sheets" / "credits.csv")
    finish(qtbot, window.credits.export_csv())
    asked.answer(tmp_path / "pdfs" / "again.pdf")
    save_pdf_copy(window, desk, order.number)
    assert asked.last == str(tmp_path / "pdfs" / f"{order.number}.pdf")
    assert start_folder(Kind.CSV, desk) == tmp_path / "sheets"
    assert start_folder(Kind.JOURNAL, desk) == desk.path.parent  # none saved yet


def test_a_folder_since_removed_is_not_offered(  # type: ignore[no-untyped-def]
    qtbot, desk, documents: Path, tmp_path: Path
) -> None:
    save_places.remember(Kind.CSV, tmp_path / "gone")
    assert start_folder(Kind.CSV, desk) == desk.path.parent


def test_without_a_folder_of_the_users_documents(  # type: ignore[no-untyped-def]
    qtbot, documents: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A server ledger has no folder; the default and the demo ledgers live in the program's
    own data folder, no place for the user's files (a new ledger is, though)."""
    on_server: Any = SimpleNamespace(on_server=True, path=tmp_path / "files")
    assert start_folder(Kind.CSV, on_server) == documents
    data = tmp_path / "data"
    data.mkdir()
    monkeypatch.setattr(save_places, "data_folder", lambda: data)
    default: Any = SimpleNamespace(on_server=False, path=data / "ledger.sqlite3")
    assert start_folder(Kind.PDF, default) == documents
    assert start_folder(Kind.LEDGER, default) == data
    assert start_folder(Kind.CSV, None) == documents


def test_every_save_dialog_of_the_window_goes_through_it() -> None:
    """No save dialog opens anywhere else (the home folder, as before): the window's code
    asks ``ask_save`` or ``ask_folder``, never Qt directly."""
    root = Path(__file__).resolve().parents[3] / "desktop_app" / "ui"
    direct = [
        str(path.relative_to(root))
        for path in root.rglob("*.py")
        if path.name != "save_places.py"
        and ("getSaveFileName" in (text := path.read_text()) or "getExistingDirectory" in text)
    ]
    # the first start's new ledger goes to the default ledger's place, which it becomes
    assert direct == ["onboarding/start.py"]
