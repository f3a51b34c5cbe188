"""History: every movement, paged, filtered by project, kind and period; CSV export."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.dates import add_months
from desktop_app.domain.model import MovementKind
from desktop_app.services.desk import Desk
from desktop_app.ui import i18n
from desktop_app.ui.history.models import MovementFilter, MovementModel
from desktop_app.ui.tables.base import ROW_ROLE
from desktop_app.ui.tables.behaviour import opens
from desktop_app.ui.tables.directory import ProjectDirectory
from desktop_app.ui.tables.names import movement_kind_name
from desktop_app.ui.widgets.flow import FlowLayout
from desktop_app.ui.widgets.jobs import Job
from desktop_app.ui.widgets.progress import export_with_progress
from desktop_app.ui.widgets.project_choice import ProjectChoice
from desktop_app.ui.widgets.retranslated import Retranslated
from desktop_app.ui.widgets.save_places import Kind, ask_save
from desktop_app.ui.widgets.sizing import compact_combo
from desktop_app.ui.widgets.table_view import DAY, MONEY, setup_table, size_columns

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
        self.project = ProjectChoice(self.model.directory)
        self.kind_label = QLabel()
        self.kind = QComboBox()
        self.kind.addItem("", None)  # every kind; the items are worded in retranslate()
        for kind in MovementKind:
            self.kind.addItem("", kind.value)
        compact_combo(self.kind)  # as narrow as a short name: any screen
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
        setup_table(self.table, many=True)
        opens(self.table, self.open_row)  # a double-click, Enter, the menu's Open

        top = FlowLayout()  # one line, or two on a narrow window
        top.add_group(self.project.label, self.project)
        top.add_group(self.kind_label, self.kind)
        self.to_label = QLabel("–")
        top.add_group(self.period, self.date_from, self.to_label, self.date_to)
        top.addWidget(self.newest_first)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addWidget(self.count)

        self.project.chosen.connect(self.apply_filter)
        self.kind.currentIndexChanged.connect(self.apply_filter)
        self.period.toggled.connect(self.apply_filter)
        self.date_from.dateChanged.connect(self.apply_filter)
        self.date_to.dateChanged.connect(self.apply_filter)
        self.newest_first.toggled.connect(self.apply_filter)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.project.retranslate()
        self.table.setAccessibleName(self.tr("History"))
        self.date_from.setAccessibleName(self.tr("Period from"))
        self.date_to.setAccessibleName(self.tr("Period to"))
        self.kind_label.setText(self.tr("Movement:"))
        self.period.setText(self.tr("Period"))
        self.newest_first.setText(self.tr("Newest first"))
        self.export_button.setText(self.tr("Export CSV…"))
        self.kind.setItemText(0, self.tr("All movements"))
        for index, kind in enumerate(MovementKind, 1):
            self.kind.setItemText(index, movement_kind_name(kind))
        self.model.retranslate()
        self.update_count()
        size_columns(self.table, SAMPLES)

    def set_desk(self, desk: Desk) -> None:
        self.desk = desk
        self.model.desk = desk
        self.refresh()

    def set_today(self, day: date) -> None:
        """Another day shown (the window reads the history again)."""
        self.desk = self.desk.with_today(day)
        self.model.desk = self.desk

    def refresh(self) -> None:
        self.apply_filter()  # first: a directory of the model's own is read by the count
        if self.project.fill():  # the project chosen is gone: all of them
            self.apply_filter()

    def current_filter(self) -> MovementFilter:
        kind = self.kind.currentData()
        on = self.period.isChecked()
        for edit in (self.date_from, self.date_to):
            edit.setEnabled(on)
        return MovementFilter(
            project_id=self.project.project_id(),
            kinds=(MovementKind(kind),) if kind else (),
            date_from=i18n.from_qdate(self.date_from.date()) if on else None,
            date_to=i18n.from_qdate(self.date_to.date()) if on else None,
            newest_first=self.newest_first.isChecked(),
        )

    def apply_filter(self) -> None:
        self.model.set_filter(self.current_filter())
        self.update_count()

    def update_count(self) -> None:
        self.count.setText(self.tr("%1 movement(s)").replace("%1", i18n.count(self.model.total())))

    def open_row(self, index: QModelIndex) -> QDialog | None:
        """A double-click: the lot's movements (on its column), else the invoice or credit
        note (``history.opening``)."""
        from desktop_app.ui.history.opening import open_movement

        movement = index.data(ROW_ROLE)
        if movement is None:
            return None
        return open_movement(self.desk, movement, index.column(), self)

    def export_csv(self, on_done: Callable[[Path], object] | None = None) -> Job[Path] | None:
        """The movements the view shows (project, kind, period), oldest first, in a worker
        with progress; cancellable. ``on_done(path)`` once written."""
        path, _ = ask_save(
            self, Kind.CSV, self.tr("Export the history"), "movements.csv",
            self.tr("CSV files (*.csv)"),
        )  # fmt: skip
        if not path:
            return None
        chosen = self.current_filter()

        def written(target: Path) -> None:
            self.last_export = target
            if on_done is not None:
                on_done(target)

        return export_with_progress(
            self,
            self.desk,
            "movements",
            Path(path),
            chosen.project_id,
            kinds=chosen.kinds,
            date_from=chosen.date_from,
            date_to=chosen.date_to,
            on_done=written,
        )
