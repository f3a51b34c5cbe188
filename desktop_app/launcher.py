"""The composition root: `cloud-credit` is the command line, `cloud-credit gui` the window.

It lives outside the layers so that the command line never imports the window's package.
`cloud-credit [--db P] [--today D] gui ...` goes straight to the window, without loading the
command line's parser and commands (the window opens faster).
"""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Sequence

#: Global options of the command line that the window takes too (`--json` means nothing there).
WINDOW_OPTIONS = ("--db", "--today")


def gui_arguments(argv: Sequence[str]) -> list[str] | None:
    """The window's arguments if ``argv`` is `[global options] gui [...]`; None otherwise."""
    taken: list[str] = []
    i = 0
    while i < len(argv):
        word = argv[i]
        if word == "gui":
            return taken + list(argv[i + 1 :])
        if word in WINDOW_OPTIONS and i + 1 < len(argv):
            taken += [word, argv[i + 1]]
            i += 2
        elif word.partition("=")[0] in WINDOW_OPTIONS and "=" in word:
            taken.append(word)
            i += 1
        elif word == "--json":
            i += 1
        else:
            return None
    return None


def _run_gui(args: argparse.Namespace) -> int:
    gc.disable()  # until the window is open: see ui.app.collector_on_after_start
    from desktop_app.ui.app import run_from_cli

    return run_from_cli(args)


def main() -> None:
    window = gui_arguments(sys.argv[1:])
    if window is not None:
        gc.disable()  # until the window is open: see ui.app.collector_on_after_start
        from desktop_app.ui.app import main as window_main

        window_main(window)
        return
    from desktop_app.cli.main import main as cli_main

    sys.exit(cli_main(sys.argv[1:], gui=_run_gui))
