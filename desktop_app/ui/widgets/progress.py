"""Long work with a cancellable progress dialog: CSV exports, imports."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from desktop_app.domain.errors import CodedError
from desktop_app.domain.model import MovementKind
from desktop_app.services import listing
from desktop_app.services.desk import Desk
from desktop_app.ui import messages


def progress_dialog(
    parent: QWidget, label: str, cancel: str, title: str
) -> tuple[QProgressDialog, Callable[[int, int], bool]]:
    """A window-modal progress dialog (shown after 300 ms) and the callback a long service
    reports to: it moves the bar and answers False once the user has cancelled."""
    progress = QProgressDialog(label, cancel, 0, 0, parent)
    progress.setWindowTitle(title)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)

    def step(done: int, total: int) -> bool:
        progress.setMaximum(max(total, 1))
        progress.setValue(min(done, max(total, 1)))
        QApplication.processEvents()
        return not progress.wasCanceled()

    return progress, step


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
) -> Path | None:
    """``credits``, ``orders`` or ``movements`` to CSV with a cancellable progress dialog;
    movements narrowed by kind and period as the history view shows them."""
    progress, step = progress_dialog(
        parent,
        QApplication.translate("Export", "Writing the CSV file…"),
        QApplication.translate("Export", "Cancel"),
        QApplication.translate("Export", "Export"),
    )

    try:
        listing.export_csv(
            desk,
            what,
            path,
            project_id,
            progress=step,
            kinds=kinds,
            date_from=date_from,
            date_to=date_to,
        )
    except CodedError as error:
        progress.close()
        if error.code != "export.cancelled":
            messages.show_error(parent, error)
        return None
    progress.close()
    return path
