"""Opening a server ledger never freezes the window (issue 9): its connection is made in a
thread of its own, while the event loop runs. A server that answers opens as fast as before;
one that takes longer than ``SHOW_AFTER_MS`` shows a busy dialog, "Connecting to acme_credit
on db.example…", with Cancel: libpq may wait its whole ``connect_timeout`` (10 s) for a host
that does not answer, and the window must stay drawn and usable meanwhile. Cancel gives the
window back at once; the abandoned connection, if it is ever made, is closed by its thread.

A file opens on the calling thread, as it always did: it is local, and a SQLite connection
belongs to the thread that made it. Light to import (the window's start asks ``open_desk``):
Qt's types are taken only for a server ledger."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.services.desk import Desk, is_server_ledger

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

#: A connection made within this shows no dialog at all (a server on the same network).
SHOW_AFTER_MS = 400


def open_desk(
    parent: QWidget | None,
    location: str | Path,
    today: date | None,
    *,
    fallback_language: str | None = None,
) -> Desk | None:
    """``Desk.open(location, today)``; for a server ledger, connected in a thread with the
    busy dialog; None when the user cancelled. A refusal or fault is raised here, on the
    calling thread, as ``Desk.open`` raises it."""
    if not is_server_ledger(location):
        return Desk.open(location, today, fallback_language=fallback_language)
    attempt = _Attempt(location, today, fallback_language)
    return attempt.wait(parent)


class _Attempt:
    """One connection in a daemon thread (never waited for at exit), its outcome handed to
    the GUI thread through a queued signal; once cancelled, what it makes is closed."""

    def __init__(self, location: str | Path, today: date | None, language: str | None) -> None:
        self.location = location
        self.today = today
        self.language = language
        self.desk: Desk | None = None
        self.error: BaseException | None = None
        self.lock = threading.Lock()
        self.abandoned = False

    def wait(self, parent: QWidget | None) -> Desk | None:
        from PySide6.QtCore import QEventLoop, QTimer

        ended = _ended_signal()
        loop = QEventLoop()
        ended.ended.connect(loop.quit)
        dialog = _dialog(parent, str(self.location))
        dialog.canceled.connect(loop.quit)
        shown = QTimer()
        shown.setSingleShot(True)
        shown.timeout.connect(dialog.show)
        shown.start(SHOW_AFTER_MS)
        thread = threading.Thread(target=self._run, args=(ended,), name="ccd-connect", daemon=True)
        thread.start()
        loop.exec()
        shown.stop()
        dialog.close()
        dialog.deleteLater()
        with self.lock:
            if self.desk is None and self.error is None:  # cancelled before the end
                self.abandoned = True
                _abandon(ended, thread)
                return None
        # Its last statement was the emit: once it has ended, ``ended`` dies here, on the
        # GUI thread (a PySide object freed in another thread may deadlock: ui/collector.py).
        thread.join()
        if self.error is not None:
            raise self.error
        return self.desk

    def _run(self, ended: Any) -> None:
        desk: Desk | None = None
        error: BaseException | None = None
        try:
            desk = Desk.open(self.location, self.today, fallback_language=self.language)
        except BaseException as caught:  # raised again on the GUI thread
            error = caught
        with self.lock:
            if self.abandoned:
                if desk is not None:
                    desk.close()
            else:
                self.desk, self.error = desk, error
        ended.ended.emit()


#: The signals of attempts cancelled while their thread still ran, kept until it has ended
#: (it emits one last time, to no one), then let go on the GUI thread, never on its own.
_ABANDONED: list[tuple[Any, threading.Thread]] = []


def _abandon(ended: Any, thread: threading.Thread) -> None:
    _ABANDONED[:] = [(e, t) for e, t in _ABANDONED if t.is_alive()]
    _ABANDONED.append((ended, thread))


def _ended_signal() -> Any:
    from PySide6.QtCore import QObject, Signal

    class Ended(QObject):
        ended = Signal()

    return Ended()


def _dialog(parent: QWidget | None, location: str) -> Any:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QProgressDialog

    from desktop_app.services.team import server_parts

    place = server_parts(location)
    server = place.host or QCoreApplication.translate("Connecting", "this machine")
    dialog = QProgressDialog(parent)
    dialog.setObjectName("connectingDialog")
    dialog.setWindowTitle(QCoreApplication.translate("Connecting", "Opening a server ledger"))
    text = QCoreApplication.translate("Connecting", "Connecting to %1 on %2…")
    dialog.setLabelText(text.replace("%1", place.database).replace("%2", server))
    dialog.setCancelButtonText(QCoreApplication.translate("Connecting", "Cancel"))
    dialog.setRange(0, 0)  # busy: libpq tells no progress
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumWidth(dialog.fontMetrics().averageCharWidth() * 64)  # its title whole
    return dialog  # shown by the caller's timer, once the connection is slow
