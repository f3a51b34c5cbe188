"""`invoice simulate|post`: what an invoice takes from where."""

from __future__ import annotations

import argparse

from desktop_app.cli import render
from desktop_app.cli.registry import Context, Registry, arg
from desktop_app.cli.serialize import invoice_json
from desktop_app.cli.values import date_arg
from desktop_app.domain.model import Invoice
from desktop_app.services import invoices

registry = Registry()
registry.group("invoice", help="invoices")

INVOICE_ARGS = (
    arg("--project", required=True),
    arg("--date", type=date_arg, required=True),
    arg("--line", action="append", required=True, metavar="PRODUCT=AMOUNT"),
)


@registry.command("invoice", "simulate", args=INVOICE_ARGS)
def simulate(ctx: Context, args: argparse.Namespace) -> None:
    lines = [invoices.parse_line(text) for text in args.line]
    _emit(ctx, invoices.simulate_invoice(ctx.desk, args.project, args.date, lines))


@registry.command("invoice", "post", args=INVOICE_ARGS)
def post(ctx: Context, args: argparse.Namespace) -> None:
    lines = [invoices.parse_line(text) for text in args.line]
    _emit(ctx, invoices.post_invoice(ctx.desk, args.project, args.date, lines))


def _emit(ctx: Context, inv: Invoice) -> None:
    name = ctx.desk.project(inv.project_id).name
    ctx.out.emit(invoice_json(inv, name), lambda: render.invoice_text(inv))
