"""Every command of `cloud-credit`, one module per area, in the order ``--help`` lists them.

A command imports only its own area's module (``registry_for``): `credit list` never loads
what `invoice post`, `forecast` or `demo` need, and starts faster. ``--help``, no command or
an unknown one loads them all, so that argparse lists (or refuses against) every command.
"""

from __future__ import annotations

from collections.abc import Sequence
from importlib import import_module
from typing import Any

from desktop_app.cli.registry import Registry

#: Each area's module and the top-level words of its commands, in ``--help`` order.
AREAS: dict[str, tuple[str, ...]] = {
    "projects": ("project",),
    "vouchers": ("voucher",),
    "credit": ("credit", "alerts"),
    "orders": ("order",),
    "accounts": ("account", "payment-method"),
    "invoices": ("invoice",),
    "books": ("report", "journal", "invoice", "credit-note", "account"),
    "history": ("movement",),
    "forecast": ("forecast", "advise"),
    "ledger": ("expire", "check", "backup", "export", "settings", "demo", "ledger"),
    "ovh": ("ovh",),
    "gui": ("gui",),
}
#: The global options that take a value (``--db PATH``), before the command word.
VALUED_OPTIONS = ("--db", "--today")


def areas_of(word: str) -> list[str]:
    """The areas with a command under ``word`` (``invoice`` has the books' too)."""
    return [area for area, words in AREAS.items() if word in words]


def command_word(argv: Sequence[str]) -> str | None:
    """The first word of the command in ``argv``, past the global options; None if none."""
    i = 0
    while i < len(argv):
        word = argv[i]
        if word in VALUED_OPTIONS:
            i += 2
        elif word.startswith("-"):
            i += 1
        else:
            return word
    return None


def registry_for(argv: Sequence[str]) -> Registry:
    """The commands ``argv`` may need: its area's alone, or every area's."""
    areas = areas_of(command_word(argv) or "") or list(AREAS)
    return Registry.joined(import_module(f"{__name__}.{name}").registry for name in areas)


def __getattr__(name: str) -> Any:
    """``REGISTRY``: every command (``--help``, the tests of the whole command line)."""
    if name == "REGISTRY":
        return Registry.joined(import_module(f"{__name__}.{n}").registry for n in AREAS)
    raise AttributeError(name)
