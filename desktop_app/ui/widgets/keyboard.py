"""The window's keyboard rules, in one place for every field of every tab:

- a menu shortcut (Ctrl+E: export, Ctrl+B: buy...) is the menu's, even in a text field (Qt's
  line edits take Ctrl+A/B/D/E/F/H/K for Emacs-style editing on Linux and would swallow it);
  the editing keys everyone knows (copy, paste, undo, select all...) stay the field's;
- Esc leaves a field of the window: the focus goes back to the tab's table;
- a dialog is at least as wide as its title (the window manager would cut it).

The rules watch the field that has the focus (``QApplication.focusChanged``), and a dialog as
the focus enters it, never every event of the program: an application-wide event filter was
a call into Python for each event of every object (a forecast's chart makes thousands), and
while a worker runs each of them waits for the GIL: the window stalled.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QFont, QFontMetrics, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QDialog,
    QFileDialog,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

#: Keys a text field keeps even when an action has them as its shortcut.
EDITING_KEYS = (
    QKeySequence.StandardKey.Copy,
    QKeySequence.StandardKey.Cut,
    QKeySequence.StandardKey.Paste,
    QKeySequence.StandardKey.Undo,
    QKeySequence.StandardKey.Redo,
    QKeySequence.StandardKey.SelectAll,
    QKeySequence.StandardKey.Delete,
)
TEXT_FIELDS = (QLineEdit, QAbstractSpinBox, QPlainTextEdit, QTextEdit)
#: Room the window manager takes beside a title: icon, buttons, margins (at scale 1).
TITLE_ROOM = 150


def is_text_field(widget: QObject) -> bool:
    return isinstance(widget, TEXT_FIELDS)


def title_width(dialog: QWidget) -> int:
    """How wide a dialog must be for the window manager to show its whole title."""
    title = dialog.windowTitle()
    name = QGuiApplication.applicationDisplayName()
    if name and name not in title:
        title = f"{title} — {name}"
    font = QFont(dialog.font())
    font.setBold(True)
    return QFontMetrics(font).horizontalAdvance(title) + TITLE_ROOM


def fit_title(dialog: QWidget) -> None:
    """The dialog's minimum width raised to its title's (never past the screen)."""
    wanted = title_width(dialog)
    screen = dialog.screen()
    if screen is not None:
        wanted = min(wanted, screen.availableGeometry().width() - 40)
    if dialog.minimumWidth() < wanted:
        dialog.setMinimumWidth(wanted)


class KeyboardRules(QObject):
    """For ``window``: its text field that has the focus is watched (menu shortcuts, Esc),
    and each dialog the focus enters is fitted to its title; ``home`` puts the focus back on
    the current tab's table (Esc)."""

    def __init__(self, window: QMainWindow, home: Callable[[], None]) -> None:
        super().__init__(window)
        self.window = window
        self.home = home
        self.watched: QWidget | None = None
        self.following = False
        self.follow(True)

    def follow(self, on: bool) -> None:
        """Watch where the focus goes (while the window is open: a closed window's rules
        have nothing to do, and each focus change hands both widgets to Python, the first
        plain one of Qt's own costing ~15 ms: PySide builds every widget class's type)."""
        app = QApplication.instance()
        if on == self.following or not isinstance(app, QApplication):
            return
        self.following = on
        if on:
            app.focusChanged.connect(self.focus_moved)
        else:
            app.focusChanged.disconnect(self.focus_moved)

    def focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self.watched is not None:
            with contextlib.suppress(RuntimeError):  # deleted meanwhile
                self.watched.removeEventFilter(self)
            self.watched = None
        if new is None:
            return
        top = new.window()
        if isinstance(top, QDialog) and not isinstance(top, QMessageBox | QFileDialog):
            fit_title(top)
        if is_text_field(new) and top is self.window:
            new.installEventFilter(self)
            self.watched = new

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ShortcutOverride:
            return self._menu_first(watched, event)  # type: ignore[arg-type]
        if kind == QEvent.Type.KeyPress:
            return self._escape(watched, event)  # type: ignore[arg-type]
        return False

    def _in_window(self, watched: QObject) -> bool:
        return isinstance(watched, QWidget) and watched.window() is self.window

    def _menu_first(self, watched: QObject, event: QKeyEvent) -> bool:
        """An action's shortcut typed in a field: left to the action. The field never sees
        the override (Qt sends it not accepted), so Qt triggers the shortcut. (No
        ``event.ignore()`` from Python: PySide6 6.12 loses a reference to None at each.)"""
        return self.menu_owns(watched, event)

    def menu_owns(self, watched: QObject, event: QKeyEvent) -> bool:
        """Whether the key typed in ``watched`` is a menu action's, not the field's."""
        if not (is_text_field(watched) and self._in_window(watched)):
            return False
        if any(event.matches(key) for key in EDITING_KEYS):
            return False
        typed = QKeySequence(event.keyCombination())
        return any(
            act.isEnabled() and not act.shortcut().isEmpty() and act.shortcut() == typed
            for act in self.window.findChildren(QAction)
        )

    def _escape(self, watched: QObject, event: QKeyEvent) -> bool:
        if event.key() != Qt.Key.Key_Escape or event.modifiers() != Qt.KeyboardModifier.NoModifier:
            return False
        if not (is_text_field(watched) and self._in_window(watched)):
            return False
        self.home()
        return True
