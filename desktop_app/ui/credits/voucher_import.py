"""Import voucher codes from CSV into the catalogue, with a cancellable progress dialog, then
say what was imported and why each refused line was refused."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import DomainError
from desktop_app.services import vouchers
from desktop_app.services.desk import Desk
from desktop_app.services.vouchers import ImportResult
from desktop_app.ui import i18n, messages
from desktop_app.ui.tables.base import PagedTableModel
from desktop_app.ui.widgets.jobs import Job, Progress, start_job
from desktop_app.ui.widgets.retranslated import Retranslated
from desktop_app.ui.widgets.table_view import setup_table


class RejectedLinesModel(PagedTableModel):
    """The lines of the file that were refused: line number and the reason, in words."""

    def __init__(self, desk: Desk, parent: Any = None) -> None:
        super().__init__(desk, parent)
        self._all: list[tuple[int, DomainError]] = []

    def set_rejected(self, rejected: list[tuple[int, DomainError]]) -> None:
        self._all = list(rejected)
        self.reload()

    def headers(self) -> list[str]:
        return [self.tr("Line"), self.tr("Why it was refused")]

    def _count(self) -> int:
        return len(self._all)

    def _fetch(self, offset: int, limit: int, reverse: bool = False) -> list[Any]:
        return self._all[offset : offset + limit]

    MONEY_COLUMNS = frozenset({0})  # right-aligned, as numbers are

    def cell(self, row: tuple[int, DomainError], column: int) -> str:
        number, error = row
        return i18n.count(number) if column == 0 else messages.sentence(messages.describe(error))

    def extra(self, row: tuple[int, DomainError], column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            return self.cell(row, 1)  # a long reason is cut in the cell
        return None


class ImportResultDialog(Retranslated, QDialog):
    """What the import did; the refused lines in a table. Window-modal, opened with open()."""

    def __init__(self, desk: Desk, path: Path, result: ImportResult, parent: QWidget | None):
        super().__init__(parent)
        self.path = path
        self.outcome = result
        self.model = RejectedLinesModel(desk, self)
        self.model.set_rejected(result.rejected)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableView()
        self.table.setModel(self.model)
        setup_table(self.table)
        self.table.setVisible(bool(result.rejected))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.resize(640, 420 if result.rejected else 160)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Voucher import"))
        text = self.tr("%1 code(s) imported from %2.")
        text = text.replace("%1", i18n.count(self.outcome.imported))
        text = text.replace("%2", self.path.name)
        if self.outcome.rejected:
            text += " " + self.tr(
                "%1 line(s) refused, listed below; the other lines were imported."
            ).replace("%1", i18n.count(len(self.outcome.rejected)))
        self.summary.setText(text)
        self.model.retranslate()
        self.table.setColumnWidth(0, self.table.fontMetrics().horizontalAdvance("000,000") + 30)


def choose_and_import(
    parent: QWidget, desk: Desk, on_imported: Callable[[ImportResultDialog], object] | None = None
) -> Job[ImportResult] | None:
    """Ask for the CSV file, import it in a worker with progress, then show the result (a
    non-blocking dialog, given to ``on_imported``)."""
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QApplication.translate("VoucherImport", "Import voucher codes"),
        str(Path.home()),
        QApplication.translate("VoucherImport", "CSV files (*.csv);;All files (*)"),
    )
    if not path:
        return None
    return import_and_show(parent, desk, Path(path), on_imported)


def import_and_show(
    parent: QWidget,
    desk: Desk,
    path: Path,
    on_imported: Callable[[ImportResultDialog], object] | None = None,
) -> Job[ImportResult]:
    """``path`` imported in a worker with progress, then the result shown (a non-blocking
    dialog, given to ``on_imported``)."""

    def imported(result: ImportResult) -> None:
        dialog = ImportResultDialog(desk, path, result, parent)
        dialog.open()
        if on_imported is not None:
            on_imported(dialog)

    return import_with_progress(parent, desk, path, imported)


def import_with_progress(
    parent: QWidget,
    desk: Desk,
    path: Path,
    on_done: Callable[[ImportResult], object] | None = None,
) -> Job[ImportResult]:
    """The import in a worker with a cancellable progress dialog. ``on_done(result)`` once
    imported; refused or cancelled, the user is told why and nothing was imported (a Cancel
    during the write rolls it back)."""

    def cancelled() -> None:
        messages.show_info(
            parent,
            QApplication.translate("VoucherImport", "Voucher import"),
            QApplication.translate("VoucherImport", "Import cancelled: no code was imported."),
        )

    def finished(result: ImportResult) -> None:
        if result.cancelled:
            cancelled()
        elif on_done is not None:
            on_done(result)

    def work(worker: Desk, progress: Progress) -> ImportResult:
        return vouchers.import_vouchers(worker, path, progress=progress)

    dialog = (
        QApplication.translate("VoucherImport", "Reading the voucher codes…"),
        QApplication.translate("VoucherImport", "Cancel"),
        QApplication.translate("VoucherImport", "Voucher import"),
    )
    return start_job(parent, desk, work, on_done=finished, on_cancelled=cancelled, dialog=dialog)
