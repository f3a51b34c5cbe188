"""CSV exports with a cancellable progress dialog, in a worker (``jobs.py``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.domain.model import MovementKind
from desktop_app.services import listing
from desktop_app.services.desk import Desk
from desktop_app.ui import messages
from desktop_app.ui.widgets.jobs import Job, Progress, start_job


def export_with_progress(
    parent: QWidget,
    desk: Desk,
    what: str,
    path: Path,
    project_id: int | None,
    *,
    kinds: Sequence[MovementKind] = (),
    date_from: date | None = None,
    date_to: date | None = None,
    on_done: Callable[[Path], object] | None = None,
) -> Job[Path]:
    """``credits``, ``orders`` or ``movements`` to CSV in a worker, with a cancellable progress
    dialog; movements narrowed by kind and period as the history view shows them. The job's
    result is ``path`` once written (``on_done(path)`` then); a refusal is shown, a Cancel
    keeps the file that was there. Once written, a message says where, with Open."""

    def work(worker: Desk, progress: Progress) -> Path:
        listing.export_csv(
            worker,
            what,
            path,
            project_id,
            progress=progress,
            kinds=kinds,
            date_from=date_from,
            date_to=date_to,
        )
        return path

    dialog = (
        QApplication.translate("Export", "Writing the CSV file…"),
        QApplication.translate("Export", "Cancel"),
        QApplication.translate("Export", "Export"),
    )

    def written(done: Path) -> None:
        messages.show_written(parent, done)  # the path, and Open
        if on_done is not None:
            on_done(done)

    return start_job(parent, desk, work, on_done=written, dialog=dialog)
