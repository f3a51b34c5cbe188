"""`forecast` and `advise`: month by month ahead, and how much credit to buy."""

from __future__ import annotations

import argparse
from decimal import Decimal

from desktop_app.cli import render
from desktop_app.cli.registry import Context, Registry, arg
from desktop_app.cli.serialize_forecast import advice_json, forecast_json
from desktop_app.cli.values import bounded_int
from desktop_app.domain.forecast import merge_spend
from desktop_app.domain.money import parse_signed_percent
from desktop_app.services import forecast as forecast_service
from desktop_app.services import invoices

registry = Registry()

FORECAST_ARGS = (
    arg("--project", required=True),
    arg("--monthly", action="append", default=[], metavar="PRODUCT=AMOUNT"),
    arg(
        "--from-history",
        type=bounded_int(1, 36),
        metavar="N",
        help="monthly spend = average of the last N months' invoices",
    ),
    arg("--growth", default="0", metavar="PCT", help="monthly growth in percent"),
    arg("--months", type=bounded_int(1, 120), required=True),
)


@registry.command(
    "forecast",
    help="month by month: when the credit runs out, what expires unused",
    args=FORECAST_ARGS,
)
def forecast(ctx: Context, args: argparse.Namespace) -> None:
    spend = _spend(ctx, args)
    growth = parse_signed_percent(args.growth)
    name = ctx.desk.project(args.project).name
    projection = forecast_service.forecast(
        ctx.desk, args.project, args.months, spend, growth=growth
    )
    ctx.out.emit(forecast_json(projection, name), lambda: render.forecast_text(projection))


@registry.command(
    "advise",
    help="how much credit to buy, and when, so that none of it is lost",
    args=FORECAST_ARGS,
)
def advise(ctx: Context, args: argparse.Namespace) -> None:
    spend = _spend(ctx, args)
    growth = parse_signed_percent(args.growth)
    name = ctx.desk.project(args.project).name
    advice = forecast_service.advice(ctx.desk, args.project, args.months, spend, growth=growth)
    ctx.out.emit(advice_json(advice, name), lambda: render.advice_text(advice))


def _spend(ctx: Context, args: argparse.Namespace) -> dict[str, Decimal]:
    """The typed lines over the history's averages, by the one rule (``merge_spend``): the
    same product typed twice adds up; a typed product replaces its average."""
    history: dict[str, Decimal] = {}
    if args.from_history:
        history = forecast_service.spend_from_history(ctx.desk, args.project, args.from_history)
    return merge_spend((invoices.parse_line(text) for text in args.monthly), history)
