"""The command registry: every command is its argparse definition and its handler, side by side.

A command module (``cli/commands/<area>.py``) holds a ``Registry`` and adds its commands to it::

    registry = Registry()
    registry.group("credit", help="credit")

    @registry.command("credit", "buy", help="...", args=(arg("--project", required=True),))
    def buy(ctx: Context, args: argparse.Namespace) -> None: ...

``cli/commands/__init__.py`` joins the modules' registries, in the order ``--help`` lists them;
``build_parser`` turns the joined registry into the parser. Every parsed command carries its
``Command`` (``args.command_spec``): ``main`` runs it, with the ledger open (``run``) or, for the
few that do without it (``gui``), before opening anything (``start``).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterable, Mapping
from datetime import date
from typing import Any

from desktop_app.cli.stdout import Output
from desktop_app.cli.values import date_arg
from desktop_app.domain.errors import DomainError
from desktop_app.domain.record import Record, record
from desktop_app.services.desk import Desk, ledger_location
from desktop_app.services.messages import describe

#: The window, started by the composition root (``launcher``) with the parsed arguments.
GuiRunner = Callable[[argparse.Namespace], int]
#: The namespace attribute of each level of a command's path (`account loyalty add`).
LEVELS = ("command", "action", "verb")


class Context:
    """What a handler works with: the open ledger, stdout, and project names read once."""

    __slots__ = ("desk", "names", "out")

    def __init__(self, desk: Desk, out: Output, names: dict[int, str] | None = None) -> None:
        self.desk = desk
        self.out = out
        self.names: dict[int, str] = {} if names is None else names

    @property
    def today(self) -> date:
        return self.desk.today

    def words(self, error: DomainError) -> str:
        """A refusal in words, in the language of the one resolution (``Desk.language``)."""
        return describe(error, self.desk.language())

    def project_name(self, project_id: int | None) -> str:
        """A project's name, read once per command (lists name the same projects again)."""
        if project_id is None:
            return ""
        if project_id not in self.names:
            self.names[project_id] = self.desk.project(project_id).name
        return self.names[project_id]


@record(frozen=True)
class Start(Record):
    """What a command that runs without the ledger gets: the day, and the window if any."""

    today: date | None
    gui: GuiRunner | None


#: A command on the open ledger; it returns the exit code (None: 0).
Handler = Callable[[Context, argparse.Namespace], int | None]
#: A command that does not open the ledger (``gui``); it returns the exit code.
Starter = Callable[[argparse.Namespace, Start], int]


@record(frozen=True)
class Arg(Record):
    """One ``add_argument`` call, kept for when the parser is built."""

    names: tuple[str, ...]
    options: Mapping[str, Any]


def arg(*names: str, **options: Any) -> Arg:
    return Arg(names, options)


@record(frozen=True)
class Command(Record):
    path: tuple[str, ...]
    help: str | None
    args: tuple[Arg, ...]
    run: Handler | None = None
    start: Starter | None = None
    #: Takes any words and options (`credit transfer|refund`: it only explains why not).
    accepts_anything: bool = False

    @property
    def name(self) -> str:
        return " ".join(self.path)


class Registry:
    """One area's commands and the help of its groups, as its module registers them."""

    __slots__ = ("commands", "groups")

    def __init__(self) -> None:
        self.commands: list[Command] = []
        #: The help of a group of commands (`credit`, `account loyalty`), by its path.
        self.groups: dict[tuple[str, ...], str] = {}

    def group(self, *path: str, help: str) -> None:
        self.groups[path] = help

    def command(
        self,
        *path: str,
        help: str | None = None,
        args: Iterable[Arg] = (),
        accepts_anything: bool = False,
    ) -> Callable[[Handler], Handler]:
        """Register the decorated function as the handler of the command ``path``."""

        def register(handler: Handler) -> Handler:
            self.commands.append(
                Command(path, help, tuple(args), run=handler, accepts_anything=accepts_anything)
            )
            return handler

        return register

    def standalone(
        self,
        *path: str,
        help: str | None = None,
        args: Iterable[Arg] = (),
    ) -> Callable[[Starter], Starter]:
        """Register a command that runs before (and without) the ledger being opened."""

        def register(starter: Starter) -> Starter:
            self.commands.append(Command(path, help, tuple(args), start=starter))
            return starter

        return register

    @classmethod
    def joined(cls, registries: Iterable[Registry]) -> Registry:
        whole = cls()
        for registry in registries:
            whole.commands += registry.commands
            whole.groups.update(registry.groups)
        names = [command.path for command in whole.commands]
        duplicates = {" ".join(p) for p in names if names.count(p) > 1}
        if duplicates:
            raise ValueError(f"commands registered twice: {sorted(duplicates)}")
        return whole


def build_parser(registry: Registry) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cloud-credit",
        description="Public Cloud credit, vouchers, purchase orders and invoice simulation.",
    )
    parser.add_argument(
        "--db",
        type=ledger_location,
        help="the ledger: a file, a PostgreSQL URL postgresql://... or service=name "
        "(env CLOUD_CREDIT_DB)",
    )
    parser.add_argument("--today", type=date_arg, help="the date taken as today (YYYY-MM-DD)")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    levels: dict[tuple[str, ...], Any] = {
        (): parser.add_subparsers(dest=LEVELS[0], metavar="COMMAND", required=True)
    }
    for command in registry.commands:
        leaf = _add_parser(
            _level(levels, command.path[:-1], registry), command.path[-1], command.help
        )
        for option in command.args:
            leaf.add_argument(*option.names, **option.options)
        leaf.set_defaults(command_spec=command)
    return parser


def _level(levels: dict[tuple[str, ...], Any], path: tuple[str, ...], registry: Registry) -> Any:
    """The subparsers of the group ``path``, made on first use (so in registration order)."""
    if path not in levels:
        parent = _level(levels, path[:-1], registry)
        group = _add_parser(parent, path[-1], registry.groups.get(path))
        levels[path] = group.add_subparsers(dest=LEVELS[len(path)], required=True)
    return levels[path]


def _add_parser(subparsers: Any, name: str, help: str | None) -> argparse.ArgumentParser:
    # A parser given ``help`` is listed under its parent's commands; none given, it is not.
    if help is None:
        return subparsers.add_parser(name)  # type: ignore[no-any-return]
    return subparsers.add_parser(name, help=help)  # type: ignore[no-any-return]
