"""Projects: a name unique by its key, a description, archived or not."""

from __future__ import annotations

import sqlite3
from datetime import date
from decimal import Decimal

from desktop_app.domain.errors import DomainError
from desktop_app.domain.model import Project
from desktop_app.domain.money import from_cents
from desktop_app.domain.text import name_key
from desktop_app.storage.sqlite.session import Row, Session

_COLUMNS = "id, name, description, archived"


def _project(row: Row) -> Project:
    return Project(row[0], row[1], row[2], bool(row[3]))


class SqliteProjects:
    __slots__ = ("_s",)
    #: What the database raises for a name key already taken (another backend's its own).
    _TAKEN: tuple[type[Exception], ...] = (sqlite3.IntegrityError,)

    def __init__(self, session: Session) -> None:
        self._s = session

    def add(self, name: str, description: str, today: date) -> Project:
        """A new project; its name must differ from every other one's by its ``name_key``."""
        key = name_key(name)
        self._refuse_taken(key, None)
        try:
            cursor = self._s.run(
                "INSERT INTO projects (name, name_key, description, created_on) "
                "VALUES (?, ?, ?, ?)",
                (name, key, description, today.isoformat()),
            )
        except self._TAKEN:
            raise DomainError("project.duplicate", name=name) from None
        return Project(int(cursor.lastrowid or 0), name, description)

    def rename(self, project_id: int, name: str) -> None:
        key = name_key(name)
        self._refuse_taken(key, project_id)
        try:
            self._s.run(
                "UPDATE projects SET name = ?, name_key = ? WHERE id = ?", (name, key, project_id)
            )
        except self._TAKEN:
            raise DomainError("project.duplicate", name=name) from None

    def set_archived(self, project_id: int, archived: bool) -> None:
        self._s.run(
            "UPDATE projects SET archived = ? WHERE id = ?", (self._flag(archived), project_id)
        )

    @staticmethod
    def _flag(on: bool) -> int | bool:
        """A flag as the column keeps it: 0/1 here (a ``boolean`` on PostgreSQL)."""
        return int(on)

    def _refuse_taken(self, key: str, project_id: int | None) -> None:
        """``project.duplicate``, naming the project that has the name (``ALPHA``: Alpha)."""
        row = self._s.one("SELECT id, name FROM projects WHERE name_key = ?", (key,))
        if row is not None and row[0] != project_id:
            raise DomainError("project.duplicate", name=row[1])

    def get(self, project_id: int) -> Project | None:
        row = self._s.one(f"SELECT {_COLUMNS} FROM projects WHERE id = ?", (project_id,))
        return _project(row) if row else None

    def by_name(self, name: str) -> Project | None:
        """The project whose name is ``name`` once both are keyed (case, NFC/NFD, invisible
        characters and runs of spaces make no difference)."""
        row = self._s.one(f"SELECT {_COLUMNS} FROM projects WHERE name_key = ?", (name_key(name),))
        return _project(row) if row else None

    def with_available(
        self, today: date, *, include_archived: bool = False
    ) -> list[tuple[Project, Decimal]]:
        """Projects by name, each with what is available on ``today``."""
        rows = self._s.all(
            "SELECT p.id, p.name, p.description, p.archived, "
            "  COALESCE((SELECT SUM(total_cents - used_cents - expired_cents) FROM lots l "
            "    WHERE l.project_id = p.id AND total_cents > used_cents + expired_cents "
            "    AND l.valid_from <= ?1 AND l.expires_on > ?1), 0) "
            "FROM projects p WHERE (?2 OR archived = 0) ORDER BY p.name",
            (today.isoformat(), int(include_archived)),
        )
        return [(_project(r), from_cents(r[4])) for r in rows]
