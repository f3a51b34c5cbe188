"""Work the first screen does not show, done once the window has painted it.

The start shows the window as soon as its first screen is built, and leaves the rest (the
expiry notice, the recent files) to the moment after its first paint: a top-level window
paints on an ``UpdateRequest``; a zero-delay timer started then fires once that paint is
done. A window closed meanwhile (the self-test's, once grabbed) is left as it is.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class AfterFirstPaint(QObject):
    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self.window = window
        self.then = then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.UpdateRequest:
            self.window.removeEventFilter(self)
            QTimer.singleShot(0, self, self._painted)
        return False

    def _painted(self) -> None:
        if self.window.isVisible():
            self.then()
