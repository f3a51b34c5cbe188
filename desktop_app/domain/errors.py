"""Typed refusals: a stable code and its parameters, never translated text.

The command line and the window turn a code into words (English or French); tests
assert on codes, so rewording a message never breaks a test.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from datetime import date
from decimal import Decimal
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


#: Unicode categories never shown as they are: controls (C0, DEL, C1), format characters
#: (bidi overrides, zero-width), surrogates (undecodable bytes) and line/paragraph separators.
_HIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})
_NAMED_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def escape_controls(text: str) -> str:
    """``text`` on one line, every control or invisible character spelt as an escape.

    ``"a\\nb\\x1b"`` is shown as ``a\\nb\\x1b`` (backslash escapes, as Python's ``repr``
    writes them) while letters of every script stay readable (``Café``, ``東京``); a plain
    space and no-break spaces stay spaces. Backslashes already in ``text`` are kept as they
    are, so that a Windows path reads as typed.
    """
    if text.isprintable():
        return text
    out: list[str] = []
    for char in text:
        if char in _NAMED_ESCAPES:
            out.append(_NAMED_ESCAPES[char])
        elif unicodedata.category(char) in _HIDDEN_CATEGORIES:
            code = ord(char)
            if code < 0x100:
                out.append(f"\\x{code:02x}")
            elif code < 0x10000:
                out.append(f"\\u{code:04x}")
            else:
                out.append(f"\\U{code:08x}")
        else:
            out.append(char)
    return "".join(out)


def shown_params(params: Mapping[str, Any]) -> dict[str, Any]:
    """A refusal's parameters as messages show them: numbers and dates as they are, anything
    else (typed text, paths, details) through ``escape_controls``. One function for the
    command line's and the window's messages."""
    return {
        key: value if isinstance(value, int | Decimal | date) else escape_controls(str(value))
        for key, value in params.items()
    }
