"""The ledger as a whole: `expire`, `check`, `export`, `settings`, `backup`, `demo`,
`ledger init`, `ledger copy`."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.cli import render
from desktop_app.cli.registry import Context, Registry, arg
from desktop_app.cli.serialize import (
    check_json,
    demo_json,
    expired_json,
    export_json,
    path_json,
    settings_json,
)
from desktop_app.cli.values import choice
from desktop_app.services import integrity, listing, team
from desktop_app.services.demo import build_demo
from desktop_app.services.desk import parse_setting, update_settings
from desktop_app.services.expiry import expire as expire_lots
from desktop_app.services.messages import describe_problem
from desktop_app.services.output import DEFAULT_DIALECT

registry = Registry()

EXPORTS = ["credits", "orders", "movements"]


@registry.command("expire", help="record as lost what expired up to today")
def expire(ctx: Context, args: argparse.Namespace) -> None:
    done = expire_lots(ctx.desk)
    ctx.out.emit(expired_json(done), render.expired_text(done))


@registry.command(
    "check",
    help="integrity check",
    args=(arg("--quick", action="store_true", help="quick_check instead of integrity_check"),),
)
def check(ctx: Context, args: argparse.Namespace) -> int:
    checked = integrity.check(ctx.desk, full=not args.quick)
    ctx.out.emit(check_json(checked), render.check_text(checked))
    return 0 if checked.ok else 1


@registry.command(
    "export",
    help="CSV export",
    args=(
        arg(
            "what",
            type=choice(EXPORTS, "export.unknown", "what"),
            metavar="{" + ",".join(EXPORTS) + "}",
        ),
        arg("--output", type=Path, required=True),
        arg("--project"),
        arg(
            "--dialect",
            default=DEFAULT_DIALECT,
            help="standard (',' and 123.45, the default) or excel-fr (';' and 123,45, a BOM)",
        ),
    ),
)
def export(ctx: Context, args: argparse.Namespace) -> None:
    count = listing.export_csv(ctx.desk, args.what, args.output, args.project, dialect=args.dialect)
    ctx.out.emit(export_json(args.output, count), render.export_text(args.output, count))


@registry.command(
    "settings",
    help="show or change ledger settings",
    args=(arg("--set", action="append", default=[], metavar="KEY=VALUE"),),
)
def settings(ctx: Context, args: argparse.Namespace) -> None:
    values = dict(parse_setting(item) for item in args.set)
    current = update_settings(ctx.desk, values) if values else ctx.desk.settings()
    ctx.out.emit(settings_json(current), lambda: render.settings_text(current))


@registry.command(
    "backup", help="a consistent copy of the ledger", args=(arg("--output", type=Path),)
)
def backup(ctx: Context, args: argparse.Namespace) -> None:
    path = integrity.backup(ctx.desk, args.output)
    ctx.out.emit(path_json(path), str(path))


@registry.command("demo", help="fill the ledger with a realistic demo account")
def demo(ctx: Context, args: argparse.Namespace) -> None:
    summary = build_demo(ctx.desk)
    ctx.out.emit(demo_json(summary), render.demo_text(summary))


@registry.command("ledger", "init", help="create or upgrade the ledger's schema (a server's)")
def ledger_init(ctx: Context, args: argparse.Namespace) -> None:
    done = team.init_ledger(ctx.desk)
    ctx.out.emit(
        {"ledger": done.ledger, "schema_version": done.schema_version},
        f"{done.ledger}: schema {done.schema_version}",
    )


@registry.command(
    "ledger",
    "copy",
    help="copy the whole ledger to an empty ledger elsewhere (SQLite <-> PostgreSQL)",
    args=(arg("--to", required=True, metavar="TARGET"),),
)
def ledger_copy(ctx: Context, args: argparse.Namespace) -> int:
    done = team.copy_ledger(ctx.desk, args.to)
    words = [describe_problem(p, done.language) for p in done.problems]
    total = sum(done.rows.values())
    ctx.out.emit(
        {"target": done.target, "rows": done.rows, "ok": done.ok, "problems": words},
        "\n".join(
            [f"{total} rows -> {done.target}: {'ok' if done.ok else 'check failed'}", *words]
        ),
    )
    return 0 if done.ok else 1
