"""`movement list`: the history, oldest first, streamed (a million movements in flat memory)."""

from __future__ import annotations

import argparse

from desktop_app.cli import render
from desktop_app.cli.registry import Context, Registry, arg
from desktop_app.cli.serialize import movement_json
from desktop_app.cli.stdout import stream_json_list, write

registry = Registry()
registry.group("movement", help="history")


@registry.command("movement", "list", args=(arg("--project"),))
def list_(ctx: Context, args: argparse.Namespace) -> None:
    desk = ctx.desk
    project_id = desk.project(args.project).id if args.project else None
    moves = desk.ledger.iter_movements(project_id=project_id)
    name = ctx.project_name
    if ctx.out.as_json:
        stream_json_list(movement_json(mv, name(mv.project_id) or None) for mv in moves)
    else:
        for mv in moves:
            write(render.movement_line(mv, name(mv.project_id)) + "\n")
