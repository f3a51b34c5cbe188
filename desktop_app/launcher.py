"""The composition root: `cloud-credit` is the command line, `cloud-credit gui` the window.

It lives outside the layers so that the command line never imports the window's package.
"""

from __future__ import annotations

import argparse
import sys


def _run_gui(args: argparse.Namespace) -> int:
    from desktop_app.ui.app import run_from_cli

    return run_from_cli(args)


def main() -> None:
    from desktop_app.cli.main import main as cli_main

    sys.exit(cli_main(sys.argv[1:], gui=_run_gui))
