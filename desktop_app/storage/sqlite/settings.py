"""The ledger's settings: company details, VAT rate, language (key -> text)."""

from __future__ import annotations

from desktop_app.storage.sqlite.session import Session

#: Where the program keeps its own state among the settings (``state.notice.<lot>``: one row
#: per lot announced, thousands on a big account).
STATE = "state."
#: A key under a prefix, the same in SQLite and PostgreSQL (no collation involved).
_UNDER = "substr(key, 1, length(?)) = ?"


class SqliteSettings:
    __slots__ = ("_s",)

    def __init__(self, session: Session) -> None:
        self._s = session

    def all(self) -> dict[str, str]:
        """The settings a person types; the program's own state (``state.*``) is left out."""
        rows = self._s.all(f"SELECT key, value FROM settings WHERE NOT {_UNDER}", (STATE, STATE))
        return dict(rows)

    def get(self, key: str) -> str | None:
        """One setting by its key (one index probe, however many state rows sit beside it)."""
        row = self._s.one("SELECT value FROM settings WHERE key = ?", (key,))
        return str(row[0]) if row else None

    def set(self, key: str, value: str) -> None:
        self._s.run(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )
