"""The window stays responsive during long work (issue 12): the worst event-loop stall while
each long job runs in its worker, on the large ledger.

A ``QTimer`` at 10 ms records how late each tick fires; the figure is the worst lateness seen
while the job runs, started the way the window starts it (``ui/widgets/jobs.py``), until its
outcome is shown (the work of ``on_done`` counts: the loop looks at the clock once more after
it) and the window has polled the ledger once more (a job that wrote makes the window read
the ledger again). The floor is the same timer over an idle event loop. Goal: no stall over
50 ms.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bench.build_ledger import BIG_PROJECT, TODAY
from bench.forecast import SPEND
from bench.measure import copy_ledger, log, ms

if TYPE_CHECKING:
    from collections.abc import Callable

    from bench.run import Context

TICK_MS = 10
GOAL_MS = 50
#: After the outcome: the window's next poll of the ledger (``ui.main_window.POLL_MS``), its
#: read in a worker (``ui/ledger/reread.py``) and the refresh from it, and a tick.
SETTLE_MS = 1300
PDFS = 50
MONTHS = 120
#: Only some of the jobs, by name, comma-separated (e.g. ``voucher_import_100k``): to measure
#: one job again and again without the others. Unset: all of them.
JOBS_ENV = "BENCH_RESPONSIVE_JOBS"


class StallMeter:
    """How late a 10 ms timer fires while the event loop runs."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.worst = 0.0
        self.ticks = 0
        self._last = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, now - self._last - TICK_MS / 1000)
        self.ticks += 1
        self._last = now

    def run(self, start: Callable[[], Any]) -> tuple[float, float, Any]:
        """``start()`` returns a job; the loop runs until it has ended, its outcome shown,
        and ``SETTLE_MS`` more. (worst stall s, wall s from start to outcome, job)."""
        from PySide6.QtCore import QEventLoop, QTimer

        self.worst, self.ticks = 0.0, 0
        loop = QEventLoop()
        self._last = started = time.perf_counter()
        ended = [started]
        self.timer.start()
        job = start()

        def settle() -> None:
            self._tick()  # the outcome's own work (on_done ran just before) counts
            ended[0] = time.perf_counter()
            QTimer.singleShot(SETTLE_MS, loop.quit)

        if job is not None and not job.done:
            job.finished.connect(settle)
        else:
            QTimer.singleShot(0, settle)
        loop.exec()
        self.timer.stop()
        return self.worst, ended[0] - started, job

    def idle(self, seconds: float) -> float:
        """The floor: the same timer over an idle loop."""
        from PySide6.QtCore import QEventLoop, QTimer

        self.worst = 0.0
        loop = QEventLoop()
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        self._last = time.perf_counter()
        self.timer.start()
        loop.exec()
        self.timer.stop()
        return self.worst


def _quiet_messages() -> dict[str, list[Any]]:
    """The window's message boxes recorded instead of shown (the bench reads them)."""
    from desktop_app.ui import messages

    said: dict[str, list[Any]] = {"error": [], "info": [], "bug": []}
    messages.show_error = lambda _p, e: said["error"].append(e)  # type: ignore[assignment]
    messages.show_info = lambda _p, _t, text: said["info"].append(text)  # type: ignore[assignment]
    messages.show_bug = lambda _p, e: said["bug"].append(e)  # type: ignore[assignment]
    return said


def prepare(window: Any, desk: Any) -> None:
    """What the user does before pressing Compute: the big project chosen, the forecast tab
    opened (built on first show) and filled in."""
    window.select_project(desk.project(BIG_PROJECT).id)
    window.tabs.setCurrentWidget(window.forecast_tab)
    view = window.forecast_view
    view.inputs.set_spend(SPEND)
    view.inputs.months.setValue(MONTHS)


def _jobs(ctx: Context, window: Any, desk: Any, vouchers_csv: Path) -> dict[str, Callable[[], Any]]:
    from desktop_app.services import orders
    from desktop_app.ui.widgets.jobs import start_job
    from desktop_app.ui.widgets.progress import export_with_progress

    numbers = [o.number for o in orders.list_orders(desk, limit=PDFS)]

    def forecast() -> Any:  # the tab was opened and filled before (``prepare``)
        return window.forecast_view.compute()

    def pdfs() -> Any:
        folder = ctx.work / "pdf-batch"
        return start_job(
            window,
            desk,
            lambda worker, progress: orders.write_order_pdfs(worker, numbers, folder, progress),
            dialog=("Writing the PDFs…", "Cancel", "Purchase orders"),
        )

    return {
        "quick_check_first_write": window.file_menu.verify_file,
        # as the credits view starts it: its outcome dialog, and the window's re-read
        "voucher_import_100k": lambda: window.credits.import_file(vouchers_csv),
        "csv_export_1m_movements": lambda: export_with_progress(
            window, desk, "movements", ctx.work / "movements.csv", None
        ),
        f"pdf_batch_{PDFS}": pdfs,
        f"forecast_and_advice_{MONTHS}_months": forecast,
        "check_big_ledger": window.file_menu.check_ledger,
    }


def _chosen(jobs: dict[str, Callable[[], Any]]) -> dict[str, Callable[[], Any]]:
    """The jobs named in ``$BENCH_RESPONSIVE_JOBS`` (all when it is unset or empty)."""
    names = [n.strip() for n in os.environ.get(JOBS_ENV, "").split(",") if n.strip()]
    unknown = set(names) - set(jobs)
    if unknown:
        raise RuntimeError(f"{JOBS_ENV}: unknown job(s) {sorted(unknown)}; among {list(jobs)}")
    return {name: start for name, start in jobs.items() if not names or name in names}


def bench_responsive(ctx: Context) -> None:
    from bench.ui import _environment

    with _environment(ctx.work):
        _bench_responsive(ctx)


def _bench_responsive(ctx: Context) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    from bench.run import IMPORT_ROWS, write_voucher_csv
    from desktop_app.services.desk import Desk
    from desktop_app.ui import i18n
    from desktop_app.ui.app import application
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.widgets.jobs import stop_all

    application()
    said = _quiet_messages()
    copy = ctx.work / "responsive.sqlite3"
    copy_ledger(ctx.ledger, copy)
    vouchers_csv = ctx.work / "vouchers.csv"
    if not vouchers_csv.exists():
        write_voucher_csv(vouchers_csv, IMPORT_ROWS)
    desk = Desk.open(copy, TODAY)
    window = MainWindow(desk)
    meter = StallMeter()
    try:
        i18n.set_language("en")
        window.resize(1360, 800)
        window.show()
        prepare(window, desk)
        meter.idle(0.3)  # the window's first paint and its deferred work
        for name, start in _chosen(_jobs(ctx, window, desk, vouchers_csv)).items():
            log(f"event-loop stall during: {name}")
            floor = meter.idle(1.0)
            worst, wall, job = meter.run(start)
            problems = [*said["error"], *said["bug"]]
            if job is None or job.error is not None or problems:
                raise RuntimeError(f"{name}: {job.error if job else None} {problems[:1]}")
            ctx.report.figure(
                f"ui.stall.{name}",
                ms(worst),
                "ms",
                limit=GOAL_MS,
                baseline=ms(max(floor, 0.001)),
                baseline_is=f"the same {TICK_MS} ms timer's worst lateness over 1 s of an idle "
                "event loop, just before",
                note="worst lateness of a 10 ms QTimer on the GUI thread while the job runs "
                "in its worker (ui/widgets/jobs.py), from its start to its outcome shown and "
                f"{SETTLE_MS} ms more (the window's next poll of the ledger)",
                job_s=round(wall, 2),
                ticks=meter.ticks,
            )
            said["info"].clear()
            if window.credits.import_dialog is not None:  # the import's outcome, read
                window.credits.import_dialog.reject()
    finally:
        stop_all()
        window.timer.stop()
        window.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        desk.close()
