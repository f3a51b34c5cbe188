"""The projects table: each project with what it has available today."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from desktop_app.domain.model import Project
from desktop_app.services.desk import Desk
from desktop_app.ui import i18n
from desktop_app.ui.tables.base import PagedTableModel
from desktop_app.ui.tables.directory import ProjectDirectory
from desktop_app.ui.widgets.tones import cell_muted


class ProjectModel(PagedTableModel):
    """Projects by name with what each has available today."""

    MONEY_COLUMNS = frozenset({1})

    def __init__(
        self, desk: Desk, parent: Any = None, directory: ProjectDirectory | None = None
    ) -> None:
        super().__init__(desk, parent)
        # A directory of its own is read at each reload; a shared one by its owner (the
        # window, once per refresh), never as a side effect of this list's count.
        self._own_directory = directory is None
        self.directory = directory or ProjectDirectory()
        self._all: list[tuple[Project, Decimal]] = []
        self.show_archived = False

    def headers(self) -> list[str]:
        return [self.tr("Project"), self.tr("Available")]

    def _count(self) -> int:
        # list_projects has no paging: a ledger holds at most a few hundred projects.
        if self._own_directory:
            self.directory.reload(self.desk)
        rows = self.directory.rows
        self._all = [row for row in rows if self.show_archived or not row[0].archived]
        return len(self._all)

    ROLES = PagedTableModel.ROLES | {int(Qt.ItemDataRole.FontRole)}

    def _fetch(self, offset: int, limit: int, reverse: bool = False) -> list[Any]:
        return self._all[offset : offset + limit]

    def cell(self, row: tuple[Project, Decimal], column: int) -> str:
        project, available = row
        if column == 0:
            return project.name + (self.tr(" (archived)") if project.archived else "")
        return i18n.money(available)

    def extra(self, row: tuple[Project, Decimal], column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and row[0].description:
            return row[0].description
        if role == Qt.ItemDataRole.ForegroundRole and row[0].archived:
            return cell_muted()
        if role == Qt.ItemDataRole.FontRole and row[0].archived:
            font = QFont()
            font.setItalic(True)  # archived: muted and italic, as put away
            return font
        return None

    def project_at(self, row: int) -> Project | None:
        found = self.row_object(row)
        return found[0] if found else None

    def row_of(self, project_id: int) -> int:
        for number, (project, _) in enumerate(self._all):
            if project.id == project_id:
                return number
        return -1
