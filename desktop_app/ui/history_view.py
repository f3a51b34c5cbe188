"""History: every movement, paged, filtered by project, kind and period; CSV export."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.dates import add_months
from desktop_app.domain.errors import CodedError
from desktop_app.domain.model import MovementKind
from desktop_app.services import listing
from desktop_app.services.desk import Desk
from desktop_app.ui import i18n, messages
from desktop_app.ui.models import (
    MovementFilter,
    MovementModel,
    ProjectDirectory,
    movement_kind_name,
)
from desktop_app.ui.widgets import (
    DAY,
    MONEY,
    Retranslated,
    progress_dialog,
    setup_table,
    size_columns,
)

SAMPLES = [DAY, "Used by an invoice", "Production web", MONEY, "XXXX-XXXX-XXXX", "INV-2026-00000"]


class HistoryView(Retranslated, QWidget):
    def __init__(
        self,
        desk: Desk,
        parent: QWidget | None = None,
        directory: ProjectDirectory | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.model = MovementModel(desk, self, directory)
        self.last_export: Path | None = None
        self.project_label = QLabel()
        self.project = QComboBox()
        self.kind_label = QLabel()
        self.kind = QComboBox()
        self.period = QCheckBox()
        self.date_from = QDateEdit(i18n.to_qdate(add_months(desk.today, -3)))
        self.date_to = QDateEdit(i18n.to_qdate(desk.today))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setEnabled(False)
        self.newest_first = QCheckBox()
        self.newest_first.setChecked(True)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export_csv)
        self.count = QLabel()
        self.table = QTableView()
        self.table.setModel(self.model)
        setup_table(self.table)

        top = QHBoxLayout()
        top.addWidget(self.project_label)
        top.addWidget(self.project)
        top.addWidget(self.kind_label)
        top.addWidget(self.kind)
        top.addWidget(self.period)
        top.addWidget(self.date_from)
        self.to_label = QLabel("–")
        top.addWidget(self.to_label)
        top.addWidget(self.date_to)
        top.addWidget(self.newest_first)
        top.addStretch(1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addWidget(self.count)

        self.project.currentIndexChanged.connect(self.apply_filter)
        self.kind.currentIndexChanged.connect(self.apply_filter)
        self.period.toggled.connect(self.apply_filter)
        self.date_from.dateChanged.connect(self.apply_filter)
        self.date_to.dateChanged.connect(self.apply_filter)
        self.newest_first.toggled.connect(self.apply_filter)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.project_label.setText(self.tr("Project:"))
        self.kind_label.setText(self.tr("Movement:"))
        self.period.setText(self.tr("Period"))
        self.newest_first.setText(self.tr("Newest first"))
        self.export_button.setText(self.tr("Export CSV…"))
        self.fill_projects()
        current = self.kind.currentIndex()
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItem(self.tr("All movements"), None)
        for kind in MovementKind:
            self.kind.addItem(movement_kind_name(kind), kind.value)
        self.kind.setCurrentIndex(max(current, 0))
        self.kind.blockSignals(False)
        self.model.retranslate()
        self.update_count()
        size_columns(self.table, SAMPLES)

    def fill_projects(self) -> None:
        current = self.project.currentData()
        self.project.blockSignals(True)
        self.project.clear()
        self.project.addItem(self.tr("All projects"), None)
        for project, _ in self.model.directory.rows:
            self.project.addItem(project.name, project.id)
        found = self.project.findData(current)
        self.project.setCurrentIndex(max(found, 0))
        self.project.blockSignals(False)

    def set_desk(self, desk: Desk) -> None:
        self.desk = desk
        self.model.desk = desk
        self.refresh()

    def refresh(self) -> None:
        self.apply_filter()
        self.fill_projects()

    def current_filter(self) -> MovementFilter:
        kind = self.kind.currentData()
        on = self.period.isChecked()
        for edit in (self.date_from, self.date_to):
            edit.setEnabled(on)
        return MovementFilter(
            project_id=self.project.currentData(),
            kinds=(MovementKind(kind),) if kind else (),
            date_from=i18n.from_qdate(self.date_from.date()) if on else None,
            date_to=i18n.from_qdate(self.date_to.date()) if on else None,
            newest_first=self.newest_first.isChecked(),
        )

    def apply_filter(self) -> None:
        self.model.set_filter(self.current_filter())
        self.update_count()

    def update_count(self) -> None:
        self.count.setText(self.tr("%1 movement(s)").replace("%1", str(self.model.total())))

    def export_csv(self) -> Path | None:
        """The movements the view shows (project, kind, period), oldest first, with progress;
        cancellable."""
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the history"),
            str(Path.home() / "movements.csv"),
            self.tr("CSV files (*.csv)"),
        )
        if not path:
            return None
        chosen = self.current_filter()
        done = export_with_progress(
            self,
            self.desk,
            "movements",
            Path(path),
            chosen.project_id,
            kinds=chosen.kinds,
            date_from=chosen.date_from,
            date_to=chosen.date_to,
        )
        if done is None:
            return None
        self.last_export = Path(path)
        return self.last_export


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
