"""Typed refusals: a stable code and its parameters, never translated text.

The command line and the window turn a code into words (English or French); tests
assert on codes, so rewording a message never breaks a test.
"""

from __future__ import annotations

from typing import Any


class DomainError(Exception):
    """A rule refused the request. Nothing has been written when this is raised."""

    def __init__(self, code: str, /, **params: Any) -> None:
        super().__init__(code, params)
        self.code = code
        self.params = params

    def __str__(self) -> str:
        if not self.params:
            return self.code
        inner = ", ".join(f"{k}={v!r}" for k, v in sorted(self.params.items()))
        return f"{self.code} ({inner})"


class LedgerError(DomainError):
    """The ledger file itself is unusable (not SQLite, corrupted, read-only, too new, busy)."""
