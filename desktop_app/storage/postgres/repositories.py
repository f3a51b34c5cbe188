"""The repositories that differ on PostgreSQL: booleans are ``boolean`` (not 0/1), a broken
unique key is psycopg's error, SQLite's NOCASE order is ``lower()`` under collation "C"
(ASCII letters only, as NOCASE), and the file checks are SQLite's alone. Every other
repository is SQLite's own, on a ``PgSession``."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import psycopg

from desktop_app.domain.errors import DomainError
from desktop_app.domain.model import PaymentMethod, PaymentType, Project
from desktop_app.domain.money import from_cents
from desktop_app.domain.problems import Problem
from desktop_app.domain.text import name_key
from desktop_app.storage.sqlite.accounts import SqliteAccounts
from desktop_app.storage.sqlite.integrity import SqliteIntegrity
from desktop_app.storage.sqlite.projects import SqliteProjects, _project


class PgProjects(SqliteProjects):
    __slots__ = ()

    def add(self, name: str, description: str, today: date) -> Project:
        key = name_key(name)
        self._refuse_taken(key, None)
        try:
            ran = self._s.run(
                "INSERT INTO projects (name, name_key, description, created_on) "
                "VALUES (?, ?, ?, ?)",
                (name, key, description, today.isoformat()),
            )
        except psycopg.errors.UniqueViolation:
            raise DomainError("project.duplicate", name=name) from None
        return Project(int(ran.lastrowid or 0), name, description)

    def rename(self, project_id: int, name: str) -> None:
        key = name_key(name)
        self._refuse_taken(key, project_id)
        try:
            self._s.run(
                "UPDATE projects SET name = ?, name_key = ? WHERE id = ?", (name, key, project_id)
            )
        except psycopg.errors.UniqueViolation:
            raise DomainError("project.duplicate", name=name) from None

    def set_archived(self, project_id: int, archived: bool) -> None:
        self._s.run("UPDATE projects SET archived = ? WHERE id = ?", (archived, project_id))

    def with_available(
        self, today: date, *, include_archived: bool = False
    ) -> list[tuple[Project, Decimal]]:
        rows = self._s.all(
            "SELECT p.id, p.name, p.description, p.archived, "
            "  COALESCE((SELECT SUM(total_cents - used_cents - expired_cents) FROM lots l "
            "    WHERE l.project_id = p.id AND total_cents > used_cents + expired_cents "
            "    AND l.valid_from <= ?1 AND l.expires_on > ?1), 0) "
            "FROM projects p WHERE (?2 OR NOT archived) ORDER BY lower(p.name), p.id",
            (today.isoformat(), include_archived),
        )
        return [(_project(r), from_cents(r[4])) for r in rows]


class PgAccounts(SqliteAccounts):
    __slots__ = ()

    def add_payment_method(self, kind: PaymentType, label: str, default: bool) -> PaymentMethod:
        has_default = self._s.one("SELECT 1 FROM payment_methods WHERE is_default")
        make_default = default or has_default is None
        if make_default:
            self._s.run("UPDATE payment_methods SET is_default = false WHERE is_default")
        ran = self._s.run(
            "INSERT INTO payment_methods (type, label, is_default) VALUES (?, ?, ?)",
            (kind.value, label, make_default),
        )
        return PaymentMethod(int(ran.lastrowid or 0), kind, label, make_default)

    def set_default_payment_method(self, method_id: int) -> None:
        if self._s.one("SELECT 1 FROM payment_methods WHERE id = ?", (method_id,)) is None:
            raise DomainError("payment_method.unknown", id=method_id)
        self._s.run("UPDATE payment_methods SET is_default = false WHERE is_default")
        self._s.run("UPDATE payment_methods SET is_default = true WHERE id = ?", (method_id,))

    def default_payment_method(self) -> PaymentMethod | None:
        row = self._s.one(
            "SELECT id, type, label, is_default FROM payment_methods WHERE is_default"
        )
        return PaymentMethod(row[0], PaymentType(row[1]), row[2], True) if row else None


class PgIntegrity(SqliteIntegrity):
    """The server keeps its own pages and keys (a foreign key is enforced as it is written):
    what is left to check is every balance rebuilt from the movements, as on SQLite."""

    __slots__ = ()

    def file_problems(self, *, full: bool = True) -> list[Problem]:
        return []
