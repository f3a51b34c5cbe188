"""Live refresh of a server ledger: another accountant's commit reaches the window at once
through LISTEN/NOTIFY (``Desk.watch``: a connection of its own that only listens). A
QSocketNotifier watches that connection's socket; when it is readable the notifications are
read (``drain``, no round trip) and the window reads the ledger again. The window's poll of
the data version stays the fallback, slowed down while the socket is watched, and the only
way for a file.

The notifier is off while its socket is read, and off before its connection closes: libpq
closes the socket itself when it meets the end of a connection, and a notifier left on a
closed socket makes Qt warn ("Invalid socket") and drop it (a new connection may get the
same socket number at once). The watch's connection is made in a thread (``WatchTry``),
never on the GUI thread: a server whose host does not answer makes libpq wait its whole
connect_timeout; the notifier is made on the GUI thread once the watch is there. A lost
watch (``pg_terminate_backend``, a server restart) is made again by a timer, sooner at
first, then less often while the server stays away, one try at a time; what was committed
meanwhile is read at once. Follows the window onto another ledger
(File > Open); a closed window's watch is closed.

The 250 ms timer this replaces was there because a notifier "did not fire after another
test's event loop". That did not happen again: the notifier fires in every test, after the
whole UI suite in one process, after ``QApplication.exec`` ended by ``quit``, offscreen and
under X (tests/ui/ledger/test_live.py), on PySide6 6.11.3 and 6.12.0. What does break a
notifier is handled here: one left on a socket that libpq closed at a connection's end
(Qt warns "Invalid socket" and disables it, and the next connection may get the same socket
number); a connection ended by the server makes the socket readable a few times (its last
words, then its end) before ``drain`` says it is lost."""

from __future__ import annotations

import itertools
import threading
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, QObject, QSocketNotifier, Qt, QTimer, Signal

from desktop_app.domain.errors import CodedError
from desktop_app.services.desk import Desk

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow


class Watcher(Protocol):
    """What ``Desk.watch`` gives: told when another program commits."""

    def fileno(self) -> int: ...
    def drain(self) -> bool: ...
    def close(self) -> None: ...


#: How often the window's ledger is looked at (another one opened, a lost watch to make again).
FOLLOW_MS = 1000
#: The window's poll of the data version while the socket is watched: the fallback, slow.
SLOW_POLL_MS = 10_000
#: A watch that could not be made is tried again after this many follow ticks at most.
MOST_TICKS_BETWEEN_TRIES = 16


_TRIES = itertools.count(1)


class _Told(QObject):
    """From a try's thread to the GUI thread (queued)."""

    made = Signal(int)  # the try's number


class WatchTry:
    """``desk.watch()`` in a thread of its own, never on the GUI thread: when the server does
    not answer, libpq waits its whole connect_timeout. What it made (or raised) is left here,
    then ``told.made`` is emitted; a try abandoned meanwhile closes what it made itself."""

    def __init__(self, desk: Desk, parent: QObject) -> None:
        self.desk = desk
        self.number = next(_TRIES)
        self.told = _Told(parent)  # lives on the GUI thread
        self.lock = threading.Lock()
        self.abandoned = False
        self.watcher: Watcher | None = None
        self.error: BaseException | None = None

    def start(self) -> None:
        threading.Thread(target=self._run, name="ccd-watch", daemon=True).start()

    def _run(self) -> None:
        watcher: Watcher | None = None
        error: BaseException | None = None
        try:
            watcher = self.desk.watch()
        except BaseException as raised:  # told to the GUI thread, never lost here
            error = raised
        with self.lock:
            if not self.abandoned:
                self.watcher, self.error = watcher, error
                try:
                    self.told.made.emit(self.number)
                    return
                except RuntimeError:  # its window is gone
                    self.watcher = None
        if watcher is not None:
            watcher.close()

    def abandon(self) -> None:
        """Not wanted any more (another ledger, the window closed): its watch closed, now or
        once made."""
        with self.lock:
            self.abandoned = True
            watcher, self.watcher = self.watcher, None
        if watcher is not None:
            watcher.close()


class LiveRefresh(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.desk: Desk | None = None
        self.watcher: Watcher | None = None
        self.notifier: QSocketNotifier | None = None
        self.trying: WatchTry | None = None  # a watch being made, in a thread
        self.failed_tries = 0  # in a row: the server away
        self.wait_ticks = 0  # before the next try
        self.timer = QTimer(self)
        self.timer.setInterval(FOLLOW_MS)
        self.timer.timeout.connect(self.tick)
        window.installEventFilter(self)
        self.follow()
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window:
            if event.type() == QEvent.Type.Close:
                self.timer.stop()
                self.stop()
            elif event.type() == QEvent.Type.Show and not self.timer.isActive():
                self.timer.start()  # shown again: its next tick watches again
        return False

    @property
    def watching(self) -> bool:
        return self.notifier is not None

    def follow(self) -> None:
        """Watch the window's ledger (again, when it changed or the watch was lost): the watch
        is made in a thread (``WatchTry``: a server away makes libpq wait its connect_timeout),
        one try at a time; ``watch_made`` follows on the GUI thread."""
        desk = self.window.desk
        if self.desk is not None and desk.same_ledger(self.desk):
            if self.watcher is not None or self.trying is not None:
                return  # watched, or a try under way
        else:
            self.failed_tries = self.wait_ticks = 0  # another ledger: at once
        self.stop()
        self.desk = desk
        if not desk.on_server or self.wait_ticks > 0:
            self.wait_ticks = max(0, self.wait_ticks - 1)
            return
        self.trying = WatchTry(desk, self)
        self.trying.told.made.connect(self.watch_made, Qt.ConnectionType.QueuedConnection)
        self.trying.start()

    def watch_made(self, number: int) -> None:
        """On the GUI thread, a try ended: the notifier on the new watch's socket, and what was
        committed while there was none read at once; or, the server away, a later tick tries
        again, less often while it stays away (the poll goes on meanwhile)."""
        attempt = self.trying
        if attempt is None or attempt.number != number:
            return  # abandoned: its watch, if any, was closed
        self.trying = None
        attempt.told.deleteLater()
        if attempt.error is not None:
            if not isinstance(attempt.error, CodedError):
                raise attempt.error  # a bug: told as any slot's
            self.failed_tries += 1
            self.wait_ticks = min(2 ** (self.failed_tries - 1), MOST_TICKS_BETWEEN_TRIES)
            return
        watcher = attempt.watcher
        if watcher is None:
            return
        self.failed_tries = 0
        self.watcher = watcher
        self.notifier = QSocketNotifier(watcher.fileno(), QSocketNotifier.Type.Read, self)
        self.notifier.activated.connect(self.read_socket)
        self.pace()
        self.window.poll()  # what was committed while there was no watch

    def read_socket(self) -> None:
        """The socket is readable: a notification, or the connection's end."""
        notifier, watcher = self.notifier, self.watcher
        if notifier is None or watcher is None:
            return
        notifier.setEnabled(False)  # not again while it is read; libpq may close it
        try:
            came = watcher.drain()
        except CodedError:  # the watch's connection was lost: made again at once, or later
            self.stop()
            self.follow()
            return
        notifier.setEnabled(True)
        if came:
            self.window.poll()

    def tick(self) -> None:
        self.follow()
        self.pace()

    def pace(self) -> None:
        """The window's poll: slow while the socket is watched, its own pace otherwise, and
        while its ledger's connection is away (the watch may be back first: the poll finds
        the ledger back)."""
        from desktop_app.ui.main_window import POLL_MS  # loaded: the window is built

        slow = self.watching and not self.window.status.lost
        wanted = SLOW_POLL_MS if slow else POLL_MS
        if self.window.timer.interval() != wanted:  # a stopped poll stays stopped
            self.window.timer.setInterval(wanted)

    def stop(self) -> None:
        """The notifier off and gone first, then the watch's connection closed; a try under
        way abandoned (what it makes is closed)."""
        if self.trying is not None:
            self.trying.abandon()
            self.trying.told.deleteLater()
            self.trying = None
        if self.notifier is not None:
            self.notifier.setEnabled(False)
            self.notifier.activated.disconnect(self.read_socket)
            self.notifier.deleteLater()
            self.notifier = None
        if self.watcher is not None:
            self.watcher.close()
            self.watcher = None
