"""`order list|pay|cancel|pdf`: purchase orders."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.cli import render
from desktop_app.cli.registry import Context, Registry, arg
from desktop_app.cli.serialize import lot_json, order_json, path_json
from desktop_app.cli.values import choice, date_arg
from desktop_app.domain.model import OrderStatus
from desktop_app.services import orders

registry = Registry()
registry.group("order", help="purchase orders")

STATUSES = [s.value for s in OrderStatus]


@registry.command(
    "order",
    "list",
    args=(
        arg("--project"),
        arg(
            "--status",
            type=choice(STATUSES, "order.status_unknown", "status"),
            metavar="{" + ",".join(STATUSES) + "}",
        ),
    ),
)
def list_(ctx: Context, args: argparse.Namespace) -> None:
    found = orders.list_orders(ctx.desk, args.project, args.status)
    ctx.out.emit(
        [order_json(o, ctx.project_name(o.project_id)) for o in found],
        lambda: render.orders_table(found, ctx.project_name),
    )


@registry.command("order", "pay", args=(arg("number"), arg("--date", type=date_arg)))
def pay(ctx: Context, args: argparse.Namespace) -> None:
    lot = orders.pay_order(ctx.desk, args.number, args.date)
    ctx.out.emit(
        lot_json(lot, ctx.project_name(lot.project_id), ctx.today),
        render.order_paid(lot),
    )


@registry.command("order", "cancel", args=(arg("number"),))
def cancel(ctx: Context, args: argparse.Namespace) -> None:
    order = orders.cancel_order(ctx.desk, args.number)
    ctx.out.emit(
        order_json(order, ctx.project_name(order.project_id)), render.order_cancelled(order)
    )


@registry.command("order", "pdf", args=(arg("number"), arg("--output", type=Path)))
def pdf(ctx: Context, args: argparse.Namespace) -> None:
    path = orders.write_order_pdf(ctx.desk, args.number, args.output)
    ctx.out.emit(path_json(path), str(path))
