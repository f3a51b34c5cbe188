"""The projects on the left of the window: choose one; add, rename, archive or restore."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import CodedError
from desktop_app.domain.model import OrderStatus, Project
from desktop_app.services import projects
from desktop_app.services.desk import Desk
from desktop_app.ui import messages
from desktop_app.ui.projects.models import ProjectModel
from desktop_app.ui.tables.directory import ProjectDirectory
from desktop_app.ui.widgets.retranslated import Retranslated
from desktop_app.ui.widgets.table_view import MONEY, setup_table, size_columns
from desktop_app.ui.widgets.view_only import refused_on_view_date, set_write_enabled

if TYPE_CHECKING:  # the dialog is imported when first opened
    from desktop_app.ui.projects.dialogs import ProjectDialog

SAMPLES = ["Production web xx", MONEY]


class ProjectsPane(Retranslated, QWidget):
    """``selection_changed`` when another project (or none) is chosen; ``changed`` when the
    list is to be read again: a project added, renamed, archived or restored, or the archived
    ones shown or hidden (the window reads the ledger again)."""

    selection_changed = Signal()
    changed = Signal()

    def __init__(
        self,
        desk: Desk,
        parent: QWidget | None = None,
        directory: ProjectDirectory | None = None,
    ) -> None:
        """``directory``: every project's name, shared with the tables that show names and
        reloaded by its owner (the window) before ``reload``; without one, the list reads
        its own."""
        super().__init__(parent)
        self.desk = desk
        self.dialog: ProjectDialog | None = None
        self.model = ProjectModel(desk, self, directory)
        self.model.reload()
        self.table = QTableView()
        self.table.setModel(self.model)
        setup_table(self.table)
        self.table.selectionModel().selectionChanged.connect(self.selection_changed)
        self.title = QLabel()
        bold = self.title.font()
        bold.setBold(True)
        self.title.setFont(bold)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_project)
        self.rename_button = QPushButton()
        self.rename_button.clicked.connect(self.rename_project)
        self.archive_button = QPushButton()
        self.archive_button.clicked.connect(self.archive_project)
        self.show_archived = QCheckBox()
        self.show_archived.toggled.connect(self.toggle_archived)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.rename_button)
        row.addWidget(self.archive_button)
        layout.addLayout(row)
        layout.addWidget(self.show_archived)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Projects"))
        self.table.setAccessibleName(self.tr("Projects"))
        self.add_button.setText(self.tr("Add…"))
        self.rename_button.setText(self.tr("Rename…"))
        self.show_archived.setText(self.tr("Show archived projects"))
        self.model.retranslate()
        size_columns(self.table, SAMPLES)
        self.update_buttons()

    def set_desk(self, desk: Desk) -> None:
        self.desk = desk
        self.model.set_desk(desk)

    def set_today(self, day: date) -> None:
        """Another day shown: what each project has then (the window reads the list again)."""
        self.desk = self.desk.with_today(day)
        self.model.desk = self.desk
        self.update_buttons()

    # -- the project chosen ------------------------------------------------------------------
    def current_project(self) -> Project | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.project_at(rows[0].row())

    def select_project(self, project_id: int) -> bool:
        row = self.model.row_of(project_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        return True

    def select_first(self) -> None:
        """The first project chosen; with none, the features are told there is none."""
        if self.model.rowCount() > 0:
            self.table.selectRow(0)
        else:
            self.selection_changed.emit()

    def reload(self) -> None:
        """The ledger changed: the list read again, the same project chosen if it is still
        listed, else the first. (A model reset clears the selection without a signal.)"""
        project = self.current_project()
        self.model.reload()
        if project is None or not self.select_project(project.id):
            self.select_first()

    def update_buttons(self) -> None:
        """The buttons write: they need a project, and today as "as of" (rule 13)."""
        project = self.current_project()
        set_write_enabled(self.add_button, self.desk)
        set_write_enabled(self.rename_button, self.desk, project is not None)
        set_write_enabled(self.archive_button, self.desk, project is not None)
        if project is not None and project.archived:
            self.archive_button.setText(self.tr("Restore"))
        else:
            self.archive_button.setText(self.tr("Archive"))

    # -- what the buttons do -------------------------------------------------------------------
    def add_project(self) -> ProjectDialog | None:
        return self._open_dialog(None)

    def rename_project(self) -> ProjectDialog | None:
        project = self.current_project()
        return None if project is None else self._open_dialog(project)

    def _open_dialog(self, project: Project | None) -> ProjectDialog | None:
        if refused_on_view_date(self, self.desk):
            return None
        from desktop_app.ui.projects.dialogs import ProjectDialog

        self.dialog = ProjectDialog(self.desk, project, self)
        self.dialog.saved.connect(self._saved)
        self.dialog.open()
        return self.dialog

    def _saved(self, project: Project) -> None:
        self.changed.emit()
        self.select_project(project.id)

    def archive_project(self) -> None:
        project = self.current_project()
        if project is None or refused_on_view_date(self, self.desk):
            return  # a view date: refused before anything is asked
        if not project.archived and not self._archive_anyway(project):
            return
        try:
            projects.archive_project(self.desk, project.id, not project.archived)
        except CodedError as error:
            messages.show_error(self, error)
            return
        self.changed.emit()

    def _archive_anyway(self, project: Project) -> bool:
        """A project with an order still to pay: asked first (archiving hides it, not the
        order: it can still be paid or cancelled from the Purchase orders tab)."""
        from desktop_app.services.orders import count_orders

        pending = count_orders(self.desk, project.id, OrderStatus.PENDING)
        if not pending:
            return True
        question = self.tr(
            "%1 has %2 purchase order(s) still pending. Archive it anyway? The orders stay "
            "pending: they can still be paid or cancelled in the Purchase orders tab."
        )
        question = question.replace("%1", project.name).replace("%2", str(pending))
        return messages.confirm(self, self.tr("Archive project"), question)

    def toggle_archived(self, checked: bool) -> None:
        self.model.show_archived = checked
        self.changed.emit()
