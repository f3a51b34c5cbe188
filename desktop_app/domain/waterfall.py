"""The allocation waterfall: who pays what of an invoice.

Order (domain.md rule 6): vouchers (soonest expiry first), purchased credit (soonest expiry
first), the Digital LaunchPad account, the loyalty account, then the default payment method.
A lot restricted to some products pays only those products' lines (rule 7). All amounts are HT;
VAT is added to what the payment method pays, rounded half-up once (rule 8).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal

from desktop_app.domain.errors import DomainError
from desktop_app.domain.model import (
    Allocation,
    CreditLot,
    Invoice,
    InvoiceLine,
    LotKind,
    PaymentDue,
    Source,
    waterfall_key,
)
from desktop_app.domain.money import ZERO, check_amount, vat_of
from desktop_app.domain.text import clean_text

MAX_LINES = 500


def normalise_product(name: str) -> str:
    """A product name as the ledger keeps it: the one text cleaner (``domain.text``), lower case."""
    product = clean_text(name, maximum=None).lower()
    if not product or len(product) > 64:
        raise DomainError("invoice.product_invalid", product=name)
    return product


def check_lines(lines: Sequence[InvoiceLine]) -> tuple[InvoiceLine, ...]:
    if not lines:
        raise DomainError("invoice.no_lines")
    if len(lines) > MAX_LINES:
        raise DomainError("invoice.too_many_lines", maximum=MAX_LINES)
    return tuple(
        InvoiceLine(normalise_product(line.product), check_amount(line.amount)) for line in lines
    )


def allocate_invoice(
    project_id: int,
    on: date,
    lines: Sequence[InvoiceLine],
    lots: Iterable[CreditLot],
    *,
    digital_launchpad: Decimal = ZERO,
    loyalty: Decimal = ZERO,
    vat_rate: Decimal = Decimal("20.00"),
    payment_label: str | None = None,
) -> Invoice:
    """Split an invoice over its sources. Pure: the caller writes the result, or not.

    ``lots`` must come in waterfall order (``waterfall_key``); it may be a lazy iterator, which
    stops being read as soon as the invoice is fully paid.
    """
    checked = check_lines(lines)
    remaining = [line.amount for line in checked]
    left = sum(remaining, ZERO)
    allocations: list[Allocation] = []
    previous: tuple[int, date, date, int] | None = None

    for lot in lots:
        if left == 0:
            break
        key = waterfall_key(lot)
        if previous is not None and key < previous:
            raise ValueError("lots must be given in waterfall order")
        previous = key
        if lot.project_id != project_id or not lot.usable_on(on):
            continue
        budget = lot.available
        taken = ZERO
        for i, line in enumerate(checked):
            if remaining[i] == 0 or not lot.pays_for(line.product):
                continue
            take = min(remaining[i], budget - taken)
            remaining[i] -= take
            taken += take
            if taken == budget:
                break
        if taken > 0:
            left -= taken
            source = Source.VOUCHER if lot.kind is LotKind.VOUCHER else Source.CREDIT
            allocations.append(Allocation(source, lot.reference, lot.id, taken))

    for source, balance in (
        (Source.DIGITAL_LAUNCHPAD, digital_launchpad),
        (Source.LOYALTY, loyalty),
    ):
        take = min(left, max(balance, ZERO))
        if take > 0:
            left -= take
            allocations.append(Allocation(source, source.value, None, take))

    payment = PaymentDue(payment_label, left, vat_of(left, vat_rate))
    return Invoice(project_id, on, checked, tuple(allocations), payment, vat_rate)


def check_invoice_date(on: date, last_posted: date | None, today: date) -> None:
    """Rule 9: no invoice before the project's last posted one; none in the future."""
    if last_posted is not None and on < last_posted:
        raise DomainError("invoice.backdated", date=on.isoformat(), last=last_posted.isoformat())
    if on > today:
        raise DomainError("invoice.future", date=on.isoformat(), today=today.isoformat())


def check_not_before_expiry(on: date, expiry: date | None, project: str) -> None:
    """Rule 18: ``expiry`` is the latest day after ``on`` on which credit of the project was
    lost (recorded, or due by today). An invoice dated before it would take credit that the
    history says expired, or not, depending on which command recorded it first: refused."""
    if expiry is not None and on < expiry:
        raise DomainError(
            "invoice.before_expiry",
            date=on.isoformat(),
            expiry=expiry.isoformat(),
            project=project,
        )


def expiries_due(lots: Iterable[CreditLot], up_to: date) -> list[tuple[CreditLot, Decimal]]:
    """Rule 10: each lot past its ``expires_on`` loses what it has left."""
    return [(lot, lot.available) for lot in lots if lot.expires_on <= up_to and lot.available > 0]
