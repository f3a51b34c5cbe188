"""Projects: add, list with what is available, rename, archive."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from desktop_app.domain.model import Project
from desktop_app.domain.rules import clean_name
from desktop_app.domain.text import clean_text
from desktop_app.services.desk import Desk


def add_project(desk: Desk, name: str, description: str = "") -> Project:
    """A new project; its name is unique by ``name_key`` (``ALPHA`` is ``Alpha``)."""
    name = clean_name(name)
    description = clean_text(description)
    with desk.write() as tx:
        return tx.projects.add(name, description, desk.today)


def list_projects(desk: Desk, *, include_archived: bool = False) -> list[tuple[Project, Decimal]]:
    with desk.read() as tx:
        return tx.projects.with_available(desk.today, include_archived=include_archived)


def rename_project(desk: Desk, ref: str | int, new_name: str) -> Project:
    name = clean_name(new_name)
    with desk.write() as tx:
        project = desk.project(ref)
        tx.projects.rename(project.id, name)
    return desk.project(project.id)


def archive_project(desk: Desk, ref: str | int, archived: bool = True) -> Project:
    """Archiving hides a project from the lists; its credit and history stay."""
    with desk.write() as tx:
        project = desk.project(ref)
        tx.projects.set_archived(project.id, archived)
    return desk.project(project.id)


def project_summary(desk: Desk, project_ref: str | int) -> tuple[Decimal, date | None]:
    """What the project has available today, and its next expiry (the status bar)."""
    with desk.read() as tx:
        return tx.lots.project_summary(desk.project(project_ref).id, desk.today)
