"""The ledger's settings: company details, VAT rate, language (key -> text)."""

from __future__ import annotations

from desktop_app.storage.sqlite.session import Session


class SqliteSettings:
    __slots__ = ("_s",)

    def __init__(self, session: Session) -> None:
        self._s = session

    def all(self) -> dict[str, str]:
        return {key: value for key, value in self._s.all("SELECT key, value FROM settings")}

    def set(self, key: str, value: str) -> None:
        self._s.run(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )
