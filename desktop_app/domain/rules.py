"""Rules for orders, vouchers and projects, as pure checks that raise ``DomainError``.

Document numbers are ``domain.numbering``'s."""

from __future__ import annotations

import re
from datetime import date

from desktop_app.domain.errors import DomainError
from desktop_app.domain.model import OrderStatus, PurchaseOrder, Voucher
from desktop_app.domain.text import clean_text, has_visible, name_key
from desktop_app.domain.waterfall import normalise_product

MAX_NAME = 80


def check_can_pay(order: PurchaseOrder, paid_on: date, today: date) -> None:
    if order.status is OrderStatus.PAID:
        raise DomainError("order.already_paid", number=order.number)
    if order.status is OrderStatus.CANCELLED:
        raise DomainError("order.cancelled", number=order.number)
    if paid_on < order.created_on:
        raise DomainError(
            "order.paid_before_created",
            number=order.number,
            date=paid_on.isoformat(),
            created=order.created_on.isoformat(),
        )
    if paid_on > today:
        raise DomainError("order.paid_in_future", number=order.number, date=paid_on.isoformat())


def check_can_cancel(order: PurchaseOrder) -> None:
    if order.status is OrderStatus.PAID:
        raise DomainError("order.paid_cannot_cancel", number=order.number)
    if order.status is OrderStatus.CANCELLED:
        raise DomainError("order.already_cancelled", number=order.number)


def check_redeemable(voucher: Voucher | None, code: str, on: date) -> Voucher:
    """Rule 3: unknown, already used, expired, not yet valid each get their own code."""
    if voucher is None:
        raise DomainError("voucher.unknown", code=code)
    if voucher.redeemed_on is not None:
        raise DomainError("voucher.already_used", code=code, on=voucher.redeemed_on.isoformat())
    if on >= voucher.expires_on:
        raise DomainError("voucher.expired", code=code, on=voucher.expires_on.isoformat())
    if on < voucher.valid_from:
        raise DomainError("voucher.not_yet_valid", code=code, on=voucher.valid_from.isoformat())
    return voucher


def check_voucher_window(valid_from: date, expires_on: date) -> None:
    if expires_on <= valid_from:
        raise DomainError(
            "voucher.window_empty",
            valid_from=valid_from.isoformat(),
            expires_on=expires_on.isoformat(),
        )


def clean_name(name: str, *, what: str = "project") -> str:
    """A name as stored (``domain.text.clean_text``): one line, at least one visible character,
    at most ``MAX_NAME`` characters, not only digits (whatever digits: ``12``, ``①``, ``²``)."""
    cleaned = clean_text(name, maximum=None)
    if not has_visible(cleaned):
        raise DomainError(f"{what}.name_empty")
    if len(cleaned) > MAX_NAME:
        raise DomainError(f"{what}.name_too_long", maximum=MAX_NAME)
    if name_key(cleaned).isdigit():
        # A project is named by its id or its name on the command line: a numeric name
        # would be ambiguous.
        raise DomainError(f"{what}.name_numeric", name=cleaned)
    return cleaned


def parse_products(text: str | None) -> frozenset[str]:
    if not text:
        return frozenset()
    return frozenset(normalise_product(p) for p in re.split(r"[,;|]", text) if p.strip())
