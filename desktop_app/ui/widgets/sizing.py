"""Sizes for any screen: controls that do not hold the window wider or taller than it has to
be, and the window's first size within the screen it opens on."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtWidgets import QComboBox, QFrame, QScrollArea, QWidget

#: The window's size on a screen with room for it (it opens smaller on a smaller screen).
PREFERRED_SIZE = QSize(1360, 800)


def compact_combo(combo: QComboBox, chars: int = 14) -> None:
    """A combo box as wide as ``chars`` characters at least, not as its longest item (its list
    still shows every item whole)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)


def vertical_scroll(content: QWidget) -> QScrollArea:
    """``content`` in a scroll area that scrolls up and down only, as wide as it needs."""
    area = QScrollArea()
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(content)
    extent = area.verticalScrollBar().sizeHint().width()
    area.setMinimumWidth(content.minimumSizeHint().width() + extent)
    return area


class HideWhenNarrow(QObject):
    """``extra`` (a chart beside a table) shown only while ``container`` is at least
    ``needed()`` wide: on a narrow window the table keeps the room."""

    def __init__(self, container: QWidget, extra: QWidget, needed: Callable[[], int]) -> None:
        super().__init__(container)
        self.container, self.extra, self.needed = container, extra, needed
        container.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.extra.setVisible(self.container.width() >= self.needed())
        return False


def first_geometry(available: QRect, frame: QSize, wanted: QSize = PREFERRED_SIZE) -> QRect:
    """The window's first place (its inside): ``wanted``, or the screen's available room less
    the window manager's ``frame`` (title bar, borders), centred on it."""
    width = min(wanted.width(), available.width() - frame.width())
    height = min(wanted.height(), available.height() - frame.height())
    rect = QRect(0, 0, width, height)
    rect.moveCenter(available.center())
    rect.moveTop(max(rect.top(), available.top() + frame.height() * 3 // 4))
    return rect


def within(frame: QRect, available: QRect) -> QRect:
    """A window's frame moved (then shrunk) to lie within the screen's available room."""
    rect = QRect(frame)
    rect.setWidth(min(rect.width(), available.width()))
    rect.setHeight(min(rect.height(), available.height()))
    rect.moveLeft(min(max(rect.left(), available.left()), available.right() - rect.width() + 1))
    rect.moveTop(min(max(rect.top(), available.top()), available.bottom() - rect.height() + 1))
    return rect
