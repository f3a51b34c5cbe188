"""Three kinds of failure, told apart: a refusal, an environment fault, a bug.

- ``DomainError``: a rule refused the request (a voucher already used, a date in the
  future). Coded; the edges say it in the user's words; nothing was written; exit 1.
- ``EnvironmentFault``: the machine, not a rule (the disk is full, the ledger is locked by
  another program, read-only, damaged, not a ledger, too new; later, a lost connection).
  Coded too, and its words say what to do; nothing was written; exit 1.
- ``Bug``: neither (an unknown database error such as ``no such column``, a broken
  invariant). It carries the details for a report and is never told as a refusal: the
  window shows its report dialog, the command line says "this is a bug".

Refusals and faults share ``CodedError`` (a code and parameters, never text: the command
line and the window turn a code into words, and tests assert on codes); a bug does not.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from typing import Any


class CodedError(Exception):
    """A failure the program can put into words: a stable code and its parameters.

    Either a refusal (``DomainError``) or an environment fault (``EnvironmentFault``); the
    one message channel of each edge shows both. Never a bug."""

    def __init__(self, code: str, /, **params: Any) -> None:
        super().__init__(code, params)
        self.code = code
        self.params = params

    def __str__(self) -> str:
        if not self.params:
            return self.code
        inner = ", ".join(f"{k}={v!r}" for k, v in sorted(self.params.items()))
        return f"{self.code} ({inner})"


class DomainError(CodedError):
    """A rule refused the request. Nothing has been written when this is raised."""


class EnvironmentFault(CodedError):
    """The environment failed the request: the disk, the file, the lock, the connection.

    Nothing has been written; the words of its code say what the user can do about it."""


#: The first name of the ledger file's faults, the same class: kept while branches that still
#: say ``LedgerError`` are merged (new code says ``EnvironmentFault``).
LedgerError = EnvironmentFault


class Bug(Exception):
    """A bug in Cloud Credit Desk: not a rule, not the environment.

    ``what`` names the failure (``OperationalError SQLITE_ERROR: no such column: x``);
    ``details`` say where (the ledger's path, SQLite's error name...) for the report."""

    def __init__(self, what: str, /, **details: Any) -> None:
        super().__init__(what)
        self.what = what
        self.details = details

    def __str__(self) -> str:
        if not self.details:
            return self.what
        inner = ", ".join(f"{k}={v!r}" for k, v in sorted(self.details.items()))
        return f"{self.what} ({inner})"


def bug_summary(error: BaseException) -> str:
    """One line for a bug report, control characters escaped: a ``Bug``'s ``what``
    (``OperationalError SQLITE_ERROR: no such column: x``), else the exception's type and
    message (``KeyError: 'x'``)."""
    if isinstance(error, Bug):
        return escape_controls(error.what)
    text = str(error)
    name = type(error).__name__
    return escape_controls(f"{name}: {text}" if text else name)


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
