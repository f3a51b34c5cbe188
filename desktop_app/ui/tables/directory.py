"""Every project's name, read once per refresh and shared by the tables that show them."""

from __future__ import annotations

from decimal import Decimal

from desktop_app.domain.errors import CodedError
from desktop_app.domain.model import Project
from desktop_app.services import projects
from desktop_app.services.desk import Desk


class ProjectDirectory:
    """Every project (archived too) with what it has available, read once per refresh.

    The project list, the orders and the history all show project names; the window reads
    them once and shares them instead of each table asking the ledger again."""

    def __init__(self) -> None:
        self.rows: list[tuple[Project, Decimal]] = []
        self.names: dict[int, str] = {}

    def reload(self, desk: Desk) -> None:
        try:
            self.rows = projects.list_projects(desk, include_archived=True)
        except CodedError:
            self.rows = []
        self.names = {project.id: project.name for project, _ in self.rows}
