"""Every project's name, read once per refresh and shared by the tables that show them."""

from __future__ import annotations

from decimal import Decimal

from desktop_app.domain.errors import CodedError
from desktop_app.domain.model import Project
from desktop_app.services import projects
from desktop_app.services.desk import Desk

Rows = list[tuple[Project, Decimal]]


def directory_rows(desk: Desk) -> Rows:
    """Every project, archived too, with what it has available."""
    return projects.list_projects(desk, include_archived=True)


class ProjectDirectory:
    """Every project (archived too) with what it has available, read once per refresh.

    The project list, the orders and the history all show project names; the window reads
    them once and shares them instead of each table asking the ledger again."""

    def __init__(self) -> None:
        self.rows: Rows = []
        self.names: dict[int, str] = {}

    def reload(self, desk: Desk, rows: Rows | None = None) -> None:
        """Read again (``rows``: read already, by the window's start)."""
        try:
            self.rows = rows if rows is not None else directory_rows(desk)
        except CodedError:
            self.rows = []
        self.names = {project.id: project.name for project, _ in self.rows}
