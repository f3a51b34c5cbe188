"""`credit buy|list|transfer|refund` and `alerts`: the credit of a project."""

from __future__ import annotations

import argparse

from desktop_app.cli import render
from desktop_app.cli.registry import Context, Registry, arg
from desktop_app.cli.serialize import lot_json, order_json
from desktop_app.cli.stdout import say
from desktop_app.cli.values import MAX_DAYS, bounded_int
from desktop_app.domain.errors import DomainError
from desktop_app.services import listing, notices, orders

registry = Registry()
registry.group("credit", help="credit")


@registry.command(
    "credit",
    "buy",
    help="a pending purchase order and its PDF",
    args=(
        arg("--project", required=True),
        arg("--amount", required=True, help="euros excluding tax (HT)"),
    ),
)
def buy(ctx: Context, args: argparse.Namespace) -> None:
    order = orders.buy_credit(ctx.desk, args.project, args.amount)
    if order.pdf is None:
        say(
            f"warning: order {order.number} was created but its PDF could not be "
            f"written; run `cloud-credit order pdf {order.number}`"
        )
    ctx.out.emit(order_json(order, ctx.project_name(order.project_id)), render.order_created(order))


@registry.command(
    "credit",
    "list",
    help="the credits & vouchers table",
    args=(
        arg("--project", required=True),
        arg("--all", action="store_true", help="keep exhausted and expired lots"),
    ),
)
def list_(ctx: Context, args: argparse.Namespace) -> None:
    lots = listing.list_credits(ctx.desk, args.project, include_all=args.all)
    name = ctx.desk.project(args.project).name
    ctx.out.emit(
        [lot_json(lot, name, ctx.today) for lot in lots],
        lambda: render.lots_table(lots, ctx.today),
    )


def _not_possible(verb: str) -> None:
    code = {"transfer": "credit.no_transfer", "refund": "credit.no_refund"}[verb]

    @registry.command(
        "credit",
        verb,
        help=f"not possible: explains why ({verb})",
        args=(arg("rest", nargs="*"),),
        accepts_anything=True,
    )
    def explain(ctx: Context, args: argparse.Namespace) -> None:
        raise DomainError(code)


_not_possible("transfer")
_not_possible("refund")


@registry.command(
    "alerts",
    help="lots expiring within the ledger's notice.days (30 unless set)",
    args=(
        arg("--days", type=bounded_int(0, MAX_DAYS), default=None),
        arg(
            "--new",
            action="store_true",
            help="only lots that reached a notice threshold not announced yet (then recorded)",
        ),
    ),
)
def alerts(ctx: Context, args: argparse.Namespace) -> None:
    if args.new:  # what the window's notice would announce, announced here instead
        fresh = notices.announce(ctx.desk)
        lots = [lot for lot in listing.expiry_alerts(ctx.desk) if lot.id in fresh]
    else:
        lots = listing.expiry_alerts(ctx.desk, args.days)
    ctx.out.emit(
        [lot_json(lot, ctx.project_name(lot.project_id), ctx.today) for lot in lots],
        lambda: render.alerts_text(lots, ctx.project_name),
    )
