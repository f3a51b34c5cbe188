"""How the command line tells a bug: one line that says it is one, exit 1.

``error: this is a bug in Cloud Credit Desk, please report it: <type>: <message>``, in the
ledger's language (else the environment's). The traceback is written before that line only
when the environment asks for it (``CLOUD_CREDIT_DEBUG=1``): a refusal or a fault is never a
traceback, and a bug is one only for whoever is going to read it.
"""

from __future__ import annotations

import contextlib
import os
import sys

from desktop_app.cli.stdout import say
from desktop_app.domain.errors import DomainError
from desktop_app.services.messages import describe, describe_bug

#: Set (to anything but ``0`` or nothing) to have a bug's traceback written before its line.
DEBUG_VARIABLE = "CLOUD_CREDIT_DEBUG"


def debugging() -> bool:
    return os.environ.get(DEBUG_VARIABLE, "") not in ("", "0")


def report_bug(error: BaseException, language: str, *, committed: bool = False) -> int:
    """Tell a bug on stderr; the exit code. After a write has committed, the one after-commit
    rule holds for a bug too: a ``warning:`` line and exit 0 (the change is in the ledger;
    a script that retries on failure must not make it twice)."""
    if debugging():
        import traceback  # only for a bug, and only when asked: not every command's start

        with contextlib.suppress(OSError, AttributeError, ValueError):
            traceback.print_exception(error, file=sys.stderr)
            sys.stderr.flush()
    words = describe_bug(error, language)
    if committed:
        say(f"warning: {describe(DomainError('output.then_refused', detail=words), language)}")
        return 0
    say(f"error: {words}")
    return 1
