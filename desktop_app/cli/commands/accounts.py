"""`account show`, `account launchpad|loyalty add`, `payment-method add|default`."""

from __future__ import annotations

import argparse

from desktop_app.cli import render
from desktop_app.cli.registry import Context, Registry, arg
from desktop_app.cli.serialize import (
    account_json,
    balance_json,
    default_method_json,
    payment_method_json,
)
from desktop_app.cli.values import MAX_ID, bounded_int, choice
from desktop_app.domain.model import Account, PaymentType
from desktop_app.services import accounts

registry = Registry()
registry.group("account", help="account-level balances")
registry.group("payment-method", help="payment methods")

TYPES = [t.value for t in PaymentType]


@registry.command("account", "show")
def show(ctx: Context, args: argparse.Namespace) -> None:
    s = accounts.account_summary(ctx.desk)
    ctx.out.emit(account_json(s), lambda: render.account_text(s))


def _top_up(account: Account, name: str) -> None:
    @registry.command("account", name, "add", args=(arg("amount"),))
    def add(ctx: Context, args: argparse.Namespace) -> None:
        balance = accounts.top_up(ctx.desk, account, args.amount)
        ctx.out.emit(balance_json(account, balance), render.balance_line(account, balance))


_top_up(Account.DIGITAL_LAUNCHPAD, "launchpad")
_top_up(Account.LOYALTY, "loyalty")


@registry.command(
    "payment-method",
    "add",
    args=(
        arg(
            "--type",
            required=True,
            type=choice(TYPES, "payment_method.type", "type"),
            metavar="{" + ",".join(TYPES) + "}",
        ),
        arg("--label", required=True),
        arg("--default", action="store_true"),
    ),
)
def add_payment_method(ctx: Context, args: argparse.Namespace) -> None:
    pm = accounts.add_payment_method(ctx.desk, args.type, args.label, default=args.default)
    ctx.out.emit(payment_method_json(pm), render.payment_method_added(pm))


@registry.command("payment-method", "default", args=(arg("id", type=bounded_int(1, MAX_ID)),))
def default_payment_method(ctx: Context, args: argparse.Namespace) -> None:
    accounts.set_default_payment_method(ctx.desk, args.id)
    ctx.out.emit(default_method_json(args.id), render.default_method(args.id))
