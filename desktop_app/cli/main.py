"""`cloud-credit`: the command line over the services (contract: shared/spec/cli.md).

Exit 0: done. Exit 1: refused by a rule or bad input, a bad option value included (one
`error:` line, nothing changed). Exit 2: wrong usage (unknown command or option, a required
option missing). A command whose write committed never exits 1 afterwards (``run_command``).

The commands themselves are in ``cli/commands/`` (one module per area, each command its
options and its handler, see ``cli/registry.py``); this module parses, opens the ledger, runs
the command and applies the exit-code rules.
"""

from __future__ import annotations

import argparse
import errno
import os
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.cli import commands
from desktop_app.cli.registry import Command, Context, GuiRunner, Start
from desktop_app.cli.registry import build_parser as build_registry_parser
from desktop_app.cli.report import report_bug
from desktop_app.cli.stdout import Output, OutputFailed, flush, say, silence_stdout
from desktop_app.cli.values import Invalid, date_arg, refuse_invalid
from desktop_app.domain.errors import CodedError, DomainError
from desktop_app.services.desk import Desk, default_ledger_location, environment_language
from desktop_app.services.messages import describe

if TYPE_CHECKING:
    from desktop_app.services.upgrade import Upgraded


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser of the commands ``argv`` may run (its area's alone: a command imports
    only what it needs); with no ``argv``, of every command."""
    return build_registry_parser(
        commands.registry_for(argv) if argv is not None else commands.REGISTRY
    )


def parse(parser: argparse.ArgumentParser, argv: Sequence[str] | None) -> argparse.Namespace:
    """``parse_args``, except that `credit transfer|refund` take anything and explain why not."""
    args, extra = parser.parse_known_args(argv)
    if extra and not args.command_spec.accepts_anything:
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    return args


class Commits:
    """What one command's writes committed, as the desk's one door tells it
    (``Desk.after_commit``): for the after-commit rule (a command that changed the ledger
    never exits 1 afterwards). The desk itself holds no such state."""

    __slots__ = ("count",)

    def __init__(self) -> None:
        self.count = 0

    def note(self) -> None:
        self.count += 1

    @property
    def committed(self) -> bool:
        return self.count > 0


def main(argv: Sequence[str] | None = None, gui: GuiRunner | None = None) -> int:
    """Run one command; returns the exit code (0 done, 1 refused, 2 wrong usage)."""
    parser = build_parser(sys.argv[1:] if argv is None else argv)
    try:
        args = parse(parser, argv)
    except SystemExit as exit_:  # argparse: usage error (2) or --help (0)
        return exit_.code if isinstance(exit_.code, int) else 2
    command: Command = args.command_spec
    try:
        refuse_invalid(args)
        today = _today(args)
        if command.start is not None:  # `gui`: the window opens the ledger itself
            return command.start(args, Start(today, gui))
        # A file absolute (``ledger_location``), a server ledger its URL.
        ledger = args.db or default_ledger_location()
        commits = Commits()
        desk = open_desk(ledger, today, commits)
    except CodedError as error:  # before the ledger is open: the environment's language
        say(f"error: {describe(error, environment_language())}")
        return 1
    except KeyboardInterrupt:
        say("error: interrupted; nothing half-written was kept")
        return 130
    except Exception as error:  # a bug: told as one, never as a refusal
        return report_bug(error, environment_language())
    with desk:
        return run_command(args, desk, commits)


def open_desk(ledger: str | Path, today: date | None, commits: Commits) -> Desk:
    """The ledger open for the command. An older file is upgraded first (a copy of it as it
    was kept beside it), which one ``note:`` line on stderr says, in the ledger's language
    once it is open: stdout is the command's alone (its JSON stays parseable)."""
    from desktop_app.services.upgrade import upgrade_if_due

    upgraded = upgrade_if_due(ledger)
    try:
        desk = Desk.open(ledger, today, after_commit=commits.note)
    except CodedError:
        if upgraded is not None:
            say(f"note: {_upgraded_words(upgraded, environment_language())}")
        raise
    if upgraded is not None:
        say(f"note: {_upgraded_words(upgraded, _language(desk))}")
    return desk


def _upgraded_words(upgraded: Upgraded, language: str) -> str:
    note = DomainError(
        "ledger.upgraded",
        path=str(upgraded.path),
        version=upgraded.from_version,
        supported=upgraded.to_version,
        backup=str(upgraded.backup),
    )
    return describe(note, language)


def _today(args: argparse.Namespace) -> date | None:
    """``--today``, else ``CLOUD_CREDIT_TODAY``, else None (the clock's day)."""
    today: date | None = args.today
    if today is None and os.environ.get("CLOUD_CREDIT_TODAY"):
        parsed = date_arg(os.environ["CLOUD_CREDIT_TODAY"])
        if isinstance(parsed, Invalid):
            raise parsed.error
        today = parsed
    return today


def run(args: argparse.Namespace, desk: Desk, out: Output) -> int:
    """The parsed command on an open ledger; its exit code."""
    command: Command = args.command_spec
    assert command.run is not None
    return command.run(Context(desk, out), args) or 0


def run_command(args: argparse.Namespace, desk: Desk, commits: Commits) -> int:
    """One command on an open ledger, and the one after-commit rule of the command line.

    Refusals are told in the ledger's language. Once a write has committed, nothing makes
    the command exit 1: a full or closed stdout, or a refusal of a later step, is a
    ``warning:`` line and exit 0 (a script that retries on failure must not buy twice).
    Before any commit, stdout failing is an ``error:`` line and exit 1, except a reader that
    went away (``| head``: a closed pipe), which is exit 0.
    """
    try:
        code = run(args, desk, Output(args.json))
        flush()
        return code
    except OutputFailed as failed:
        silence_stdout()
        detail = failed.error.strerror or str(failed.error)
        if commits.committed:
            say(f"warning: {_words(desk, DomainError('output.after_commit', detail=detail))}")
            return 0
        if failed.error.errno == errno.EPIPE:
            return 0
        say(f"error: {_words(desk, DomainError('output.stdout', detail=detail))}")
        return 1
    except CodedError as error:
        if commits.committed:
            then = DomainError("output.then_refused", detail=_words(desk, error))
            say(f"warning: {_words(desk, then)}")
            return 0
        say(f"error: {_words(desk, error)}")
        return 1
    except KeyboardInterrupt:
        say("error: interrupted; nothing half-written was kept")
        return 130
    except Exception as error:  # a bug: told as one, never as a refusal
        return report_bug(error, _language(desk), committed=commits.committed)


def _words(desk: Desk, error: CodedError) -> str:
    """A refusal or a fault in the ledger's language (its ``language`` setting, else the
    user's)."""
    return describe(error, _language(desk))


def _language(desk: Desk) -> str:
    """The language to tell a failure in: a ledger that cannot even be read leaves the
    environment's, and the failure at hand is still the one told."""
    try:
        return desk.language()
    except Exception:
        return environment_language()
