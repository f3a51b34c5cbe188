"""`voucher issue|import|redeem`."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.cli import render
from desktop_app.cli.registry import Context, Registry, arg
from desktop_app.cli.serialize import catalogue_json, import_json, issued_json, lot_json
from desktop_app.cli.values import bounded_int, date_arg
from desktop_app.services import voucher_catalogue, vouchers

registry = Registry()
registry.group("voucher", help="vouchers")


@registry.command(
    "voucher",
    "issue",
    help="create redeemable codes in this ledger's catalogue",
    args=(
        arg("--amount", required=True),
        arg("--expires-on", type=date_arg, required=True),
        arg("--valid-from", type=date_arg),
        arg("--products", default=""),
        arg("--count", type=bounded_int(1, vouchers.MAX_ISSUE), default=1),
        arg("--campaign", default=""),
    ),
)
def issue(ctx: Context, args: argparse.Namespace) -> None:
    issued = vouchers.issue_vouchers(
        ctx.desk,
        args.amount,
        args.expires_on,
        valid_from=args.valid_from,
        products=args.products,
        count=args.count,
        campaign=args.campaign,
    )
    ctx.out.emit(issued_json(issued), lambda: render.issued_text(issued))


@registry.command("voucher", "import", help="add codes from CSV", args=(arg("file", type=Path),))
def import_(ctx: Context, args: argparse.Namespace) -> None:
    result = vouchers.import_vouchers(ctx.desk, args.file)
    ctx.out.emit(import_json(result, ctx.words), lambda: render.import_text(result, ctx.words))


@registry.command(
    "voucher",
    "redeem",
    help="add a voucher to a project",
    args=(arg("code"), arg("--project", required=True)),
)
def redeem(ctx: Context, args: argparse.Namespace) -> None:
    lot = vouchers.redeem_voucher(ctx.desk, args.code, args.project)
    ctx.out.emit(
        lot_json(lot, ctx.project_name(lot.project_id), ctx.today),
        render.redeemed(lot),
    )


@registry.command(
    "voucher",
    "list",
    help="the voucher catalogue: every code, redeemed or not, by campaign",
    args=(
        arg("--status", metavar="{" + ",".join(voucher_catalogue.STATUSES) + "}"),
        arg("--campaign"),
    ),
)
def list_(ctx: Context, args: argparse.Namespace) -> None:
    wanted = voucher_catalogue.catalogue_filter(ctx.desk, args.status, args.campaign)
    found = voucher_catalogue.iter_vouchers(ctx.desk, wanted)
    ctx.out.stream(
        found,
        lambda v: catalogue_json(
            v, ctx.project_name(v.project_id) if v.project_id else None, ctx.today
        ),
        lambda v: render.catalogue_line(v, ctx.project_name(v.project_id), ctx.today),
    )
