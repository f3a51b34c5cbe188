"""Python's cyclic garbage collector runs on the GUI thread alone.

Left automatic, it runs in whichever thread allocates past its threshold: a job's worker, the
live refresh's watch, a reconnect, the read-ahead. A PySide object it frees there disconnects
its signals on that thread: Qt locks the connection (a mutex of a pool that all objects
share) and PySide then waits for the interpreter, which the GUI thread may hold while it
waits for that same mutex to connect a signal of its own. Both wait for good: a suite run
hung so (the watch's thread collecting inside psycopg's connect while a window was built).

So once the application exists the automatic collector is off, for good, and a timer of the
GUI thread collects as it would have (each generation past its threshold,
``gc.get_threshold``), once a second, never while a job runs (its worker allocates: the
collection waits for its end, when most of what it made is gone already). What is alive all
session was frozen out of the collector's reach at the window's start (``gc.freeze``).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

from desktop_app.ui.widgets import jobs

#: How often the GUI thread looks at the collector's counts.
INTERVAL_MS = 1000


def jobs_running() -> bool:
    return bool(jobs.running())


class GuiThreadCollector(QObject):
    """The collector of one application (``install``); ``collect`` is one look."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName("guiThreadCollector")
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.collect)
        self.timer.start()

    def collect(self) -> int | None:
        """The oldest generation past its threshold collected (what it freed), as the
        automatic collector would; None when none is, or while a job runs."""
        if jobs_running():
            return None
        counts, thresholds = gc.get_count(), gc.get_threshold()
        due = [n for n in range(3) if thresholds[n] and counts[n] > thresholds[n]]
        return gc.collect(max(due)) if due else None


def install(app: QObject) -> GuiThreadCollector:
    """The application's collector, made once (the automatic collector then off)."""
    found = app.findChild(GuiThreadCollector, "guiThreadCollector")
    return found if isinstance(found, GuiThreadCollector) else GuiThreadCollector(app)
