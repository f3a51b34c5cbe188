"""Every control of the window and of its dialogs has an accessible name (what a screen
reader says), in the window's language."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from tests.ui.walk import every_dialog, open_every_tab

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView,
            QPlainTextEdit, QTextEdit, QTabBar)  # fmt: skip


def spoken_name(widget: QWidget) -> str:
    face = QAccessible.queryAccessibleInterface(widget)
    return face.text(QAccessible.Text.Name).strip() if face is not None else ""


def unnamed(top: QWidget) -> list[str]:
    missing = []
    for widget in top.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox):
            continue  # the line edit inside a spin box or a combo box: its owner is named
        if widget.window() is not top:
            continue  # a combo box's popup list: the combo box is named
        if widget.objectName().startswith("qt_"):
            continue  # Qt's own parts (a scroll area's, a calendar's)
        if not spoken_name(widget):
            parent = widget.parentWidget()
            missing.append(f"{type(top).__name__}: {type(widget).__name__} in "
                           f"{type(parent).__name__ if parent else '-'}")  # fmt: skip
    return missing


def test_every_control_has_a_name(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    demo_window.show()
    open_every_tab(demo_window)
    missing = unnamed(demo_window)
    for dialog in every_dialog(demo_window):
        qtbot.addWidget(dialog)
        missing += unnamed(dialog)
    assert missing == [], "\n".join(missing)
