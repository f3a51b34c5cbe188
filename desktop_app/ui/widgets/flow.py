"""A row of controls that wraps onto a second line when the window is narrow (Qt's "flow
layout" example): one line on a wide screen, never a window held wider than the screen."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QRect, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLayout, QLayoutItem, QSizePolicy, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setContentsMargins(QMargins(0, 0, 0, 0))
        #: Each line's items share its spare width and take its height (a row of cards).
        self.fill_rows = False

    def add_group(self, *widgets: QWidget) -> QWidget:
        """Widgets kept together on one line (a label and its field)."""
        group = QWidget()
        row = QHBoxLayout(group)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            row.addWidget(widget)
        self.addWidget(group)
        return group

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _gap(self, item: QLayoutItem, orientation: Qt.Orientation) -> int:
        spacing = self.spacing()
        if spacing >= 0:
            return spacing
        widget = item.widget()
        parent = self.parentWidget()
        if widget is None or parent is None:
            return 6
        kind = QSizePolicy.ControlType.PushButton
        return parent.style().layoutSpacing(kind, kind, orientation)

    def _lines(self, width: int) -> list[list[tuple[QLayoutItem, int]]]:
        """The items line by line, each with its width, as they fit in ``width``."""
        lines: list[list[tuple[QLayoutItem, int]]] = [[]]
        x = 0
        for item in self._items:
            if item.isEmpty():
                continue
            wide = item.sizeHint().width()
            if lines[-1] and x + wide > width:
                lines.append([])
                x = 0
            lines[-1].append((item, wide))
            x += wide + self._gap(item, Qt.Orientation.Horizontal)
        return [line for line in lines if line]

    def _arrange(self, rect: QRect, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        y = area.y()
        for number, found in enumerate(self._lines(area.width())):
            line = found
            if self.fill_rows:  # the line's spare room shared, as a row of cards
                gaps = sum(self._gap(item, Qt.Orientation.Horizontal) for item, _ in line[1:])
                spare = max(area.width() - gaps - sum(w for _, w in line), 0)
                line = [(item, w + spare // len(found)) for item, w in found]
            heights = [_height(item, w) for item, w in line]
            tall = max(heights)
            if number:
                y += self._gap(line[0][0], Qt.Orientation.Vertical)
            x = area.x()
            for (item, wide), high in zip(line, heights, strict=True):
                if move:
                    item.setGeometry(QRect(x, y, wide, tall if self.fill_rows else high))
                x += wide + self._gap(item, Qt.Orientation.Horizontal)
            y += tall
        return y - rect.y() + margins.bottom()


def _height(item: QLayoutItem, width: int) -> int:
    """An item's height at ``width`` (a card of wrapped words is taller when narrow)."""
    if item.hasHeightForWidth():
        return max(item.heightForWidth(width), item.minimumSize().height())
    return item.sizeHint().height()
