"""The window's poll re-reads the ledger in a worker (issue 12).

When the poll finds the ledger written (by another program, or by a job's worker: a voucher
import commits on a connection of its own), every part of the window reads it again. On the
big ledger that took ~30 ms of the GUI thread, 40-110 ms while a job's worker competed for
the CPU and the GIL: the window's worst stall during a 100k-code import. Two thirds of it are
reads that need no widget: every project with what it has available (the directory, ~10 ms)
and the notice's figures and news (~10 ms). The timer's poll reads those in a worker
(``jobs.start_job``, its own connection), then the window refreshes from them on the GUI
thread (``MainWindow.refresh_from``), the rest of its parts reading as before.

One read at a time; a read the window overtook (it refreshed meanwhile, or shows another
ledger or day) is dropped; a read that failed leaves the refresh to the GUI thread, as before
(each part says what it could not read). A direct ``poll()`` (the server's watch, the tests)
still refreshes at once, and so does a server ledger's poll: its connection reconnects on
the GUI thread (``storage/postgres/link``), and the status bar says it is back once every
part has read it again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.domain.errors import CodedError
from desktop_app.domain.record import Record, record
from desktop_app.services.desk import Desk
from desktop_app.ui.credits.expiry_banner import AlertsRead, read_alerts
from desktop_app.ui.tables.directory import Rows, directory_rows
from desktop_app.ui.widgets.jobs import Job, Progress, start_job

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow


@record(frozen=True, slots=True)
class Reread(Record):
    """What a worker read for the window's refresh, and the window's ``data_version`` when
    the poll started it (a commit after that is seen by the next poll)."""

    version: int
    rows: Rows
    alerts: AlertsRead


def read_for_refresh(desk: Desk, version: int) -> Reread:
    """The worker's part (any ``CodedError`` leaves the refresh to the GUI thread)."""
    return Reread(version, directory_rows(desk), read_alerts(desk))


class Rereader:
    """The window's re-reads in a worker, one at a time."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        #: The read under way, if any.
        self.job: Job[Reread] | None = None
        #: The window closed: nothing read is shown any more.
        self.closed = False
        #: The window's refreshes so far (``refresh_from``): a read overtaken by one is dropped.
        self.refreshes = 0

    def start(self, version: int) -> None:
        """Read for a refresh in a worker; the window refreshes from it once read. A server
        ledger's window refreshes at once, on this thread, where its connection reconnects."""
        window = self.window
        if window.desk.on_server:
            window.refresh()
            return
        desk, refreshes = window.desk, self.refreshes

        def current() -> bool:
            self.job = None
            return not self.closed and window.desk is desk and self.refreshes == refreshes

        def read(worker: Desk, _progress: Progress) -> Reread:
            return read_for_refresh(worker, version)

        def done(ahead: Reread) -> None:
            if current():
                window.refresh_from(ahead)

        def failed(_error: CodedError) -> None:
            if current():
                window.refresh()

        self.job = start_job(
            window, desk, read, on_done=done, on_error=failed, on_cancelled=current
        )
