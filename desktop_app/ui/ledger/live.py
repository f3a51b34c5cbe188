"""Live refresh of a server ledger: another accountant's commit reaches the window within a
quarter of a second through LISTEN/NOTIFY (``Desk.watch``: a connection of its own that
only listens). Its notifications are read without a round trip to the server, on a short
timer (a QSocketNotifier on its socket was tried: in the test run it did not fire once
another test had run the application's event loop, and neither did timers there; the tests
tick it by hand, and it is not known which one failed). The window's poll of the data
version stays the fallback, and the only way for a file. Follows the window onto another
ledger (File > Open), and makes the watch again once its connection was lost."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QTimer

from desktop_app.domain.errors import CodedError
from desktop_app.services.desk import Desk

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow


class Watcher(Protocol):
    """What ``Desk.watch`` gives: told when another program commits."""

    def drain(self) -> bool: ...
    def close(self) -> None: ...


#: How often the notifications already received are looked at (no server round trip).
LISTEN_MS = 250


class LiveRefresh(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.desk: Desk | None = None
        self.watcher: Watcher | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(LISTEN_MS)
        self.timer.timeout.connect(self.tick)
        self.follow()
        self.timer.start()

    def follow(self) -> None:
        """Watch the window's ledger (again, when it changed or the watch was lost)."""
        desk = self.window.desk
        if self.desk is not None and desk.same_ledger(self.desk) and self.watcher is not None:
            return
        self.stop()
        self.desk = desk
        if desk.on_server:
            try:
                self.watcher = desk.watch()
            except CodedError:  # the server is away: the poll goes on, a later tick retries
                self.watcher = None

    def tick(self) -> None:
        self.follow()
        watcher = self.watcher
        if watcher is None:
            return
        try:
            if watcher.drain():
                self.window.poll()
        except CodedError:  # the watch's connection was lost: made again at the next tick
            self.stop()

    def stop(self) -> None:
        if self.watcher is not None:
            self.watcher.close()
            self.watcher = None
