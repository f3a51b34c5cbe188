"""`gui`: the window, started without the command line opening the ledger (the window does)."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.cli.registry import Registry, Start, arg
from desktop_app.cli.stdout import say
from desktop_app.services.desk import default_ledger_location, demo_ledger_path

registry = Registry()


@registry.standalone(
    "gui",
    help="open the window",
    args=(
        arg("--demo", action="store_true"),
        arg("--screenshot", type=Path, metavar="DIR"),
        arg("--self-test", action="store_true"),
    ),
)
def gui(args: argparse.Namespace, start: Start) -> int:
    if start.gui is None:
        say("error: the window is not available in this build")
        return 1
    if args.demo and args.db is None:
        args.db = demo_ledger_path()
    args.db = args.db or default_ledger_location()
    args.today = start.today
    return start.gui(args)
