"""`movement list`: the history, oldest first, streamed (a million movements in flat memory)."""

from __future__ import annotations

import argparse

from desktop_app.cli import render
from desktop_app.cli.registry import Context, Registry, arg
from desktop_app.cli.serialize import movement_json
from desktop_app.services import listing

registry = Registry()
registry.group("movement", help="history")


@registry.command("movement", "list", args=(arg("--project"),))
def list_(ctx: Context, args: argparse.Namespace) -> None:
    moves = listing.iter_movements(ctx.desk, args.project or None)
    name = ctx.project_name
    ctx.out.stream(
        moves,
        lambda mv: movement_json(mv, name(mv.project_id) or None),
        lambda mv: render.movement_line(mv, name(mv.project_id)),
    )
