"""Long work off the GUI thread: the one pattern for every job that may take more than a blink
(a voucher import, a CSV export, a batch of PDFs, a forecast and its advice, a check of the
ledger, the file's quick check before the first write).

``start_job(parent, desk, work, ...)`` runs ``work(desk, progress)`` in Qt's thread pool on a
desk of its own (``Desk.for_worker``: its own SQLite connection, opened and closed in the
worker thread; a connection belongs to its thread). ``progress(done, total)`` moves the bar
and answers False once the user has pressed Cancel: the service stops there, and a service
that was writing raises inside its write transaction, which rolls back, so the ledger is left
as it was. What the job returns, or the error it raised, comes back to the GUI thread through
queued signals: a refusal or a fault is shown through the window's message channel
(``ui.messages``), anything else is a bug and shows the bug report. The GUI thread never waits
for the worker; the window's event loop runs all along.
"""

from __future__ import annotations

import gc
import sys
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop_app.domain.errors import CodedError
from desktop_app.services.desk import Desk
from desktop_app.ui import messages

T = TypeVar("T")
Progress = Callable[[int, int], bool]
Work = Callable[[Desk, Progress], T]

#: The bar moves in percent: the worker tells the GUI thread only when the percentage
#: changes, at most 101 times a job, however often the service reports (every few thousand
#: rows). Fewer calls into PySide6 matter too: its 6.12 build loses a reference to None for
#: every call of a method returning void, and to True for every ``emit`` (see the report
#: of issue 12): a job must not make thousands of them.
STEPS = 100
#: Python's switch interval while jobs may run (the default is 5 ms): how long the GUI
#: thread may wait for the GIL held by a worker in pure Python, at each of the hundreds of
#: calls a repaint makes into Python (a model's data(), the event filter). At 5 ms a
#: 100k-code import stalled the window up to 837 ms; at 0.1 ms, 43 ms at worst.
SWITCH_INTERVAL_S = 0.0001
#: Codes meaning "the user cancelled", whatever the service (``export.cancelled``...).
CANCELLED_SUFFIX = ".cancelled"


class _Signals(QObject):
    """From the worker to the GUI thread (queued). The outcome itself is left on the runnable
    before ``ended`` is emitted (posting the signal orders the two)."""

    progressed = Signal(int)  # percent
    ended = Signal()


class JobCancelled(Exception):
    """Raised by a job's work that saw the Cancel (``stop_if_cancelled``); also a job
    cancelled before its work began."""


def stop_if_cancelled(progress: Progress, done: int, total: int) -> None:
    """A step of a job's work: the bar moved, and ``JobCancelled`` if the user cancelled."""
    if not progress(done, total):
        raise JobCancelled


class _Runnable(QRunnable):
    """The part that runs in the pool's thread: open a desk, work, close it, say how it went."""

    def __init__(self, job: Job[Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the job holds it (and reads its outcome) until it ends
        self.desk = job.desk
        self.work = job.work
        self.signals = job.signals
        self.cancelled = job.cancelled
        self._told = -1  # the percentage last told
        #: The worker's own desk while the work runs (Cancel interrupts its statement).
        self.worker_desk: Desk | None = None
        #: The outcome: what the work returned, or what it raised.
        self.result: Any = None
        self.error: BaseException | None = None
        job.runnable = self

    def progress(self, done: int, total: int) -> bool:
        step = min(STEPS, max(0, done * STEPS // total)) if total > 0 else 0
        if step != self._told:
            self._told = step
            self.signals.progressed.emit(step)
        return not self.cancelled.is_set()

    def run(self) -> None:
        try:
            desk = self.worker_desk = self.desk.for_worker()
            try:
                if self.cancelled.is_set():  # cancelled before it began
                    raise JobCancelled
                result = self.work(desk, self.progress)
            finally:
                self.worker_desk = None
                desk.close()
        except BaseException as error:  # delivered to the GUI thread, never lost here
            self.error = error
        else:
            self.result = result
        self.signals.ended.emit()


class Job(QObject, Generic[T]):
    """One long piece of work: its progress dialog (if any), its Cancel, its outcome.

    ``finished`` is emitted on the GUI thread once the job has ended, whatever happened (after
    ``on_done``, the error shown, or the cancellation said)."""

    finished = Signal()

    def __init__(
        self,
        parent: QWidget,
        desk: Desk,
        work: Work[T],
        *,
        on_done: Callable[[T], object] | None = None,
        on_cancelled: Callable[[], object] | None = None,
        on_error: Callable[[CodedError], object] | None = None,
        dialog: tuple[str, str, str] | None = None,
    ) -> None:
        """``dialog``: (label, cancel button, title) of a window-modal progress dialog (shown
        after 300 ms); None for a job that runs unseen (the file's quick check).
        ``on_error``: how a refusal is shown, when not in a message box."""
        super().__init__()  # kept alive by _RUNNING, not by a widget that may go first
        self.parent_widget = parent
        self.desk = desk
        self.work = work
        self.on_done = on_done
        self.on_cancelled = on_cancelled
        self.on_error = on_error
        self.cancelled = threading.Event()
        self.signals = _Signals()
        self.signals.progressed.connect(self._progressed, Qt.ConnectionType.QueuedConnection)
        self.signals.ended.connect(self._ended, Qt.ConnectionType.QueuedConnection)
        #: What the work returned, or the error it raised, once ``done``.
        self.result: T | None = None
        self.error: BaseException | None = None
        self.done = False
        self.progress: QProgressDialog | None = None
        self.runnable: _Runnable | None = None
        if dialog is not None:
            label, cancel, title = dialog
            self.progress = QProgressDialog(label, cancel, 0, 0, parent)
            self.progress.setWindowTitle(title)
            self.progress.setWindowModality(Qt.WindowModality.WindowModal)
            self.progress.setMinimumDuration(300)
            self.progress.setAutoReset(False)
            self.progress.setAutoClose(False)
            self.progress.canceled.connect(self.cancel)

    def start(self) -> Job[T]:
        _freeze_once()
        _hand_the_gil_back_often()
        _RUNNING.add(self)
        if self.progress is not None:
            self.progress.setValue(0)  # starts the 300 ms before it shows
        QThreadPool.globalInstance().start(_Runnable(self))
        return self

    def cancel(self) -> None:
        """The user's Cancel: the service stops at its next step (and rolls back); a long
        statement under way (a check, an insert) is interrupted."""
        self.cancelled.set()
        worker = self.runnable.worker_desk if self.runnable is not None else None
        if worker is not None:
            worker.interrupt()

    @property
    def was_cancelled(self) -> bool:
        return self.cancelled.is_set()

    # -- on the GUI thread ------------------------------------------------------------------------
    def _progressed(self, step: int) -> None:
        if self.progress is None or self.done:
            return
        if self.progress.maximum() != STEPS:  # a busy bar until the first step is told
            self.progress.setMaximum(STEPS)
        self.progress.setValue(step)

    def _ended(self) -> None:
        assert self.runnable is not None
        if self.runnable.error is not None:
            self._failed(self.runnable.error)
        else:
            self._succeeded(self.runnable.result)

    def _succeeded(self, result: T) -> None:
        """The work ended normally: what it did is what happened, even after a Cancel it saw
        too late (a service that stopped says so in its result, or raises)."""
        self.result = result
        self._end()
        if self.on_done is not None:
            self.on_done(result)
        self.finished.emit()

    def _failed(self, error: BaseException) -> None:
        self.error = error
        self._end()
        if (
            self.was_cancelled
            or isinstance(error, JobCancelled)
            or (isinstance(error, CodedError) and error.code.endswith(CANCELLED_SUFFIX))
        ):  # whatever a cancelled job raised on its way out (an interrupted statement)
            if self.on_cancelled is not None:
                self.on_cancelled()
        elif isinstance(error, CodedError):
            if self.on_error is not None:
                self.on_error(error)
            else:
                messages.show_error(self.parent_widget, error)
        else:
            messages.show_bug(self.parent_widget, error)
        self.finished.emit()

    def _end(self) -> None:
        self.done = True
        if self.progress is not None:
            self.progress.canceled.disconnect(self.cancel)  # closing it says "canceled"
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        _RUNNING.discard(self)


def _freeze_once() -> None:
    """Before the first job: what the window is made of (alive all session) leaves the
    collector's reach (``gc.freeze``). A worker allocating millions of objects (an export,
    a batch of PDFs) triggers full collections, which hold the GIL while they walk every
    object of the process: without the window's, they no longer stall it."""
    if not _FROZEN:
        _FROZEN.append(True)
        gc.freeze()


def _hand_the_gil_back_often() -> None:
    """The GUI thread waits at most ``SWITCH_INTERVAL_S`` for a worker's GIL (kept for the
    rest of the session: with no worker running, nothing asks for the GIL, so it costs
    nothing)."""
    if sys.getswitchinterval() > SWITCH_INTERVAL_S:
        sys.setswitchinterval(SWITCH_INTERVAL_S)


_FROZEN: list[bool] = []
#: Jobs under way, kept alive until they end (their widget may be gone by then).
_RUNNING: set[Job[Any]] = set()


def start_job(
    parent: QWidget,
    desk: Desk,
    work: Work[T],
    *,
    on_done: Callable[[T], object] | None = None,
    on_cancelled: Callable[[], object] | None = None,
    on_error: Callable[[CodedError], object] | None = None,
    dialog: tuple[str, str, str] | None = None,
) -> Job[T]:
    """``work(desk, progress)`` in a worker thread; see the module's docstring."""
    job = Job(
        parent,
        desk,
        work,
        on_done=on_done,
        on_cancelled=on_cancelled,
        on_error=on_error,
        dialog=dialog,
    )
    return job.start()


def running() -> list[Job[Any]]:
    """The jobs not ended yet (the window waits for none of them; a test or the bench may)."""
    return list(_RUNNING)


def stop_all() -> None:
    """When the window closes: every job cancelled (its write rolled back), and the worker
    threads waited for, so that none outlives the program's ledger or Python itself."""
    for job in running():
        job.cancel()
    QThreadPool.globalInstance().waitForDone()
