"""Where a save dialog opens: in the folder the user last saved that kind of file in
(remembered per kind in QSettings), else beside the ledger (a file the user put in a folder of
theirs), else in Documents. Every save dialog of the window goes through ``ask_save`` (a
folder for many files through ``ask_folder``); the tryout saw each open in the home folder."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop_app.services.desk import Desk, data_folder


class Kind(StrEnum):
    """The kinds of file remembered apart: a spreadsheet, a document, the books' journal,
    a ledger (a new one, a server's copied to a file)."""

    CSV = "csv"
    PDF = "pdf"
    JOURNAL = "journal"
    LEDGER = "ledger"


KEY = "saveFolders/"


def documents() -> Path:
    """The user's Documents folder, where it exists; else the home folder."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def desk_of(widget: QWidget | None) -> Desk | None:
    """The ledger of the window ``widget`` is in (its own, a parent's or its window's)."""
    while widget is not None:
        desk = getattr(widget, "desk", None)
        if isinstance(desk, Desk):
            return desk
        widget = widget.parentWidget()
    return None


def start_folder(kind: Kind, desk: Desk | None) -> Path:
    remembered = str(QSettings().value(KEY + kind, "") or "")
    if remembered and Path(remembered).is_dir():
        return Path(remembered)
    if desk is not None and not desk.on_server:
        folder = desk.path.parent
        # the program's own data folder (the default and the demo ledgers) is no place
        # for a user's documents; for a ledger it is the usual place
        if folder.is_dir() and (kind is Kind.LEDGER or not folder.is_relative_to(data_folder())):
            return folder
    return documents()


def remember(kind: Kind, folder: str | Path) -> None:
    QSettings().setValue(KEY + kind, str(Path(folder)))


def ask_save(
    parent: QWidget | None,
    kind: Kind,
    title: str,
    name: str,
    pattern: str,
    selected: str = "",
    options: QFileDialog.Option | None = None,
) -> tuple[str, str]:
    """``QFileDialog.getSaveFileName`` opened where ``kind`` is saved (``start_folder``),
    suggesting ``name``; the folder chosen is remembered. The path ("" if cancelled) and the
    file type chosen."""
    suggested = str(start_folder(kind, desk_of(parent)) / name)
    if options is None:
        path, chosen = QFileDialog.getSaveFileName(parent, title, suggested, pattern, selected)
    else:
        path, chosen = QFileDialog.getSaveFileName(
            parent, title, suggested, pattern, selected, options=options
        )
    if path:
        remember(kind, Path(path).parent)
    return path, chosen


def ask_folder(parent: QWidget | None, kind: Kind, title: str) -> str:
    """A folder to save many files of ``kind`` in (remembered as the place of that kind)."""
    folder = QFileDialog.getExistingDirectory(
        parent, title, str(start_folder(kind, desk_of(parent)))
    )
    if folder:
        remember(kind, folder)
    return folder
