"""Rule 13 in the window: what a control that writes does while "as of" is not today."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QWidget,
)

from desktop_app.domain.errors import DomainError
from desktop_app.services.desk import Desk
from desktop_app.ui import i18n, messages


def view_only_error(desk: Desk) -> DomainError:
    """The services' refusal of a write on a view date (rule 13), for a window that stops the
    write before it reaches them."""
    return DomainError(
        "ledger.view_only", as_of=desk.today.isoformat(), today=desk.calendar_day.isoformat()
    )


def view_only_reason(desk: Desk) -> str:
    """Why a write is off while the window shows another day, and how to write again."""
    text = QCoreApplication.translate(
        "ViewOnly",
        "Shown as of %1, not today (%2): nothing can be written on another day. Click "
        "“Today” beside “As of” to write again.",
    )
    return text.replace("%1", i18n.day(desk.today)).replace("%2", i18n.day(desk.calendar_day))


def refused_on_view_date(parent: QWidget, desk: Desk) -> bool:
    """A write reached while the window shows another day (a shortcut, a program): the
    refusal said through the message channel, and True. False when the ledger is writable."""
    if desk.writable:
        return False
    messages.show_error(parent, view_only_error(desk))
    return True


def set_write_enabled(
    item: QWidget | QAction, desk: Desk, enabled: bool = True, tip: str = ""
) -> None:
    """A control that writes: enabled when ``enabled`` and the ledger is writable (rule 13);
    while the window shows another day its tooltip says why it is off and how to go back."""
    writable = desk.writable
    item.setEnabled(enabled and writable)
    reason = tip if writable else view_only_reason(desk)
    item.setToolTip(reason)
    if isinstance(item, QAction):  # a menu shows no tooltip: the status bar says it
        item.setStatusTip("" if writable else reason)
