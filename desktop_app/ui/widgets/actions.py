"""Menu and toolbar actions: made with their slot and shortcut; their tooltip names both."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

Shortcut = QKeySequence | QKeySequence.StandardKey | str


def make_action(
    parent: QObject, slot: Callable[[], object], shortcut: Shortcut | None = None
) -> QAction:
    """An action that calls ``slot`` (with no argument: not Qt's ``checked``)."""
    act = QAction(parent)
    act.triggered.connect(lambda _checked=False: slot())
    if shortcut is not None:
        act.setShortcut(QKeySequence(shortcut))
    return act


def action_tip(act: QAction) -> str:
    """An action's tooltip: its words and its shortcut."""
    shortcut = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    return f"{act.text().replace('&', '')} ({shortcut})"
