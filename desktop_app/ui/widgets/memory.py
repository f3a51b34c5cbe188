"""The window as the user left it (QSettings): its size and place, each splitter, each table's
column widths and order. A tab built later is given its own when it is built; a place saved
on a larger screen is brought back within the screen the window opens on."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QObject, QSettings
from PySide6.QtWidgets import QHeaderView, QMainWindow, QSplitter, QTableView, QWidget

from desktop_app.ui.widgets.columns import ColumnFitter
from desktop_app.ui.widgets.sizing import within

GROUP = "layout"


def widget_key(widget: QWidget, root: QWidget) -> str:
    """A name for ``widget`` that is the same at every start: its object name, or its class and
    rank among its siblings of that class, up to ``root``."""
    parts: list[str] = []
    current: QObject | None = widget
    while current is not None and current is not root:
        parent = current.parent()
        name = current.objectName()
        if not name or name.startswith("qt_"):
            kind = type(current)
            siblings = [c for c in parent.children() if type(c) is kind] if parent else [current]
            name = f"{kind.__name__}{siblings.index(current)}"
        parts.append(name)
        current = parent
    return "/".join(reversed(parts))


def _parts(root: QWidget) -> list[tuple[str, QSplitter | QHeaderView]]:
    found: list[tuple[str, QSplitter | QHeaderView]] = []
    for splitter in root.findChildren(QSplitter):
        found.append((f"splitter/{widget_key(splitter, root.window())}", splitter))
    for table in root.findChildren(QTableView):
        found.append((f"columns/{widget_key(table, root.window())}", table.horizontalHeader()))
    return found


class LayoutMemory:
    """``restore`` a part of the window (all of it at start, a tab when built); ``save`` all."""

    def __init__(self, window: QMainWindow) -> None:
        self.window = window

    def restore_window(self) -> bool:
        settings = QSettings()
        geometry = settings.value(f"{GROUP}/window")
        if not isinstance(geometry, QByteArray) or not self.window.restoreGeometry(geometry):
            self.restore(self.window)
            return False
        screen = self.window.screen()
        if screen is not None:  # saved on another screen, or at another scale
            inside = within(self.window.geometry(), screen.availableGeometry())
            self.window.setGeometry(inside)
        self.restore(self.window)
        return True

    def restore(self, root: QWidget) -> None:
        settings = QSettings()
        for key, part in _parts(root):
            state = settings.value(f"{GROUP}/{key}")
            if not (isinstance(state, QByteArray) and part.restoreState(state)):
                continue
            table = part.parent() if isinstance(part, QHeaderView) else None
            fitter = table.findChild(ColumnFitter) if table is not None else None
            if fitter is not None:  # the user's widths are the ones to come back to
                fitter.take_widths()

    def save(self) -> None:
        settings = QSettings()
        settings.setValue(f"{GROUP}/window", self.window.saveGeometry())
        for key, part in _parts(self.window):
            table = part.parent() if isinstance(part, QHeaderView) else None
            fitter = table.findChild(ColumnFitter) if table is not None else None
            state = fitter.natural_state() if fitter is not None else part.saveState()
            settings.setValue(f"{GROUP}/{key}", state)
