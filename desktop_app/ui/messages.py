"""The one message channel of the window: refusals, environment faults and bugs, told apart.

A refusal (``DomainError``) and a fault (``EnvironmentFault``) are worded from the one catalog,
``services.messages``, in the window's current language (``ui.i18n.language()``) and with the
window's words where they differ from the command line's; a bug (anything else) gets the
report dialog, with its details to copy, never the words of a refusal.
"""

from __future__ import annotations

import contextlib
import re
import traceback
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.domain.errors import CodedError, DomainError, EnvironmentFault, bug_summary
from desktop_app.domain.problems import Problem
from desktop_app.services import messages as catalog
from desktop_app.ui import i18n


def describe(error: CodedError) -> str:
    """One sentence, in the window's language: what is wrong and what to do; typed text in
    the parameters is shown escaped, on one line (as the command line's); a date written the
    window's way (26/11/2026 in both languages' locales), not the ledger's ISO."""
    return catalog.describe(with_local_dates(error), i18n.language(), window=True)


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def with_local_dates(error: CodedError) -> CodedError:
    """The same error, its date parameters (dates or ISO text) in the locale's format."""
    params: dict[str, object] = {}
    for key, value in error.params.items():
        shown = value
        if isinstance(value, date):
            shown = i18n.day(value)
        elif isinstance(value, str) and _ISO_DAY.fullmatch(value):
            with contextlib.suppress(ValueError):
                shown = i18n.day(date.fromisoformat(value))
        params[key] = shown
    if params == error.params:
        return error
    copy = type(error)(error.code, **params)
    copy.__cause__ = error
    return copy


def describe_problem(problem: Problem) -> str:
    """What `check` found, in the window's language (``describe``'s catalog)."""
    return describe(DomainError(problem.code, **problem.params))


def sentence(text: str) -> str:
    return text[:1].upper() + text[1:] + ("" if text.endswith((".", "?", "!")) else ".")


def show_error(parent: QWidget | None, error: CodedError) -> QMessageBox:
    """Tell the user why a request was refused, or what failed around it and what to do (a
    fault: "Ledger problem"); never blocks (the box is window-modal)."""
    title = QCoreApplication.translate("Messages", "Refused")
    if isinstance(error, EnvironmentFault):
        title = QCoreApplication.translate("Messages", "Ledger problem")
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        title,
        sentence(describe(error)),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def show_info(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    box = QMessageBox(
        QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def show_written(parent: QWidget | None, path: Path) -> QMessageBox:
    """A file was written (an export): its path, and Open (the system's own program)."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("Messages", "Exported"),
        QCoreApplication.translate("Messages", "Written to %1").replace("%1", str(path)),
        QMessageBox.StandardButton.Close,
        parent,
    )
    opened = box.addButton(
        QCoreApplication.translate("Messages", "Open"), QMessageBox.ButtonRole.ActionRole
    )
    opened.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def confirm(parent: QWidget | None, title: str, question: str) -> bool:
    """A Yes/No question, No by default; True if the user answered Yes."""
    answer = QMessageBox.question(
        parent,
        title,
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


#: The report dialog on screen, if any: a bug met again and again (once per cell of a table, once
#: per tick of a timer) is reported once, not in a pile of dialogs.
_open_report: list[QMessageBox] = []


def show_bug(parent: QWidget | None, exc: BaseException) -> QMessageBox:
    """A bug (never a refusal): say so plainly, with its type and message, and the traceback
    in the details to copy. While one report is open, another bug reuses it."""
    for box in _open_report:
        with contextlib.suppress(RuntimeError):  # RuntimeError: closed and deleted since
            if box.isVisible():
                return box
    _open_report.clear()
    details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("Messages", "Unexpected error"))
    box.setText(
        QCoreApplication.translate(
            "Messages",
            "Something went wrong inside Cloud Credit Desk. Nothing half-written was kept in "
            "the ledger. Please copy the details below and send them to your support.",
        )
    )
    box.setInformativeText(bug_summary(exc))
    box.setDetailedText(details)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    _open_report.append(box)
    return box
