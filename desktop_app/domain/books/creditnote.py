"""Rule 14: a posted invoice is corrected by a credit note, never by deleting it.

A credit note reverses one invoice, once, whole, on a day on or after the invoice's own (and
not after today). Each allocation goes back where it came from: to its lot, or to its
account. A lot that has expired since (``expires_on`` on or before the credit note's day)
gets its part back and loses it again at once: ``expired_again`` is that part, recorded as an
EXPIRE of the lot on the credit note's day. The payment method's part becomes a refund due,
with the invoice's own HT, VAT and TTC (mirrored to the cent, not computed again).

Credit notes are numbered ``CN-YYYY-NNNNN`` per year of their date, with no gap.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Final

from desktop_app.domain.errors import DomainError
from desktop_app.domain.model import (
    Account,
    Allocation,
    CreditLot,
    Invoice,
    MovementKind,
    PaymentDue,
    Source,
    Wording,
)
from desktop_app.domain.money import ZERO
from desktop_app.domain.postings import ACCOUNT_OF_SOURCE, Posting
from desktop_app.domain.text import clean_text

#: A year and a sequence of at least five digits, ASCII only (as order numbers).
_NUMBER: Final = re.compile(r"CN-([0-9]{4})-([0-9]{5,})")
MAX_REASON: Final = 200


def credit_note_number(year: int, sequence: int) -> str:
    """Sequential per year, no gaps: CN-2026-00001 (more digits past 99,999)."""
    if sequence < 1:
        raise ValueError("credit note sequences start at 1")
    return f"CN-{year:04d}-{sequence:05d}"


def parse_credit_note_number(text: str) -> str:
    """A credit-note number as typed (any case, spaces around), or ``credit_note.malformed``."""
    number = text.strip().upper()
    if not _NUMBER.fullmatch(number):
        raise DomainError("credit_note.malformed", number=text.strip())
    return number


def credit_note_sequence(number: str) -> tuple[int, int]:
    """``CN-2026-00042`` -> ``(2026, 42)``."""
    match = _NUMBER.fullmatch(parse_credit_note_number(number))
    assert match is not None  # parse_credit_note_number checked it
    return int(match[1]), int(match[2])


@dataclass(frozen=True, slots=True)
class Returned:
    """One allocation given back: to lot ``lot_id``, or to the account ``source`` names."""

    source: Source
    reference: str
    lot_id: int | None
    amount: Decimal
    expired_again: Decimal = ZERO


@dataclass(frozen=True, slots=True)
class CreditNote:
    number: str
    invoice_number: str
    project_id: int
    date: date
    returned: tuple[Returned, ...]
    refund: PaymentDue
    vat_rate: Decimal
    reason: str = ""

    @property
    def total_ht(self) -> Decimal:
        """What the credit note reverses: the invoice's total HT."""
        return sum((r.amount for r in self.returned), ZERO) + self.refund.amount_ht


def reverse_invoice(
    invoice: Invoice,
    *,
    number: str,
    on: date,
    today: date,
    lots: Mapping[int, CreditLot],
    reversed_by: str | None = None,
    reason: str = "",
) -> CreditNote:
    """The credit note ``number`` reversing ``invoice`` on ``on``. Pure: the caller writes it.

    ``lots``: the lots the invoice took from, as they are now (after the expiries due by
    ``on`` were recorded); ``reversed_by``: the credit note that already reversed it, if any.
    Refused: ``credit_note.already_reversed``, ``credit_note.before_invoice``,
    ``credit_note.future``. A lot missing from ``lots`` or that has not used what the
    invoice took is a damaged ledger: ``ValueError``."""
    if invoice.number is None:
        raise ValueError("only a posted invoice can be reversed")
    if reversed_by is not None:
        raise DomainError(
            "credit_note.already_reversed", invoice=invoice.number, credit_note=reversed_by
        )
    if on < invoice.date:
        raise DomainError(
            "credit_note.before_invoice",
            invoice=invoice.number,
            date=on.isoformat(),
            invoice_date=invoice.date.isoformat(),
        )
    if on > today:
        raise DomainError("credit_note.future", date=on.isoformat(), today=today.isoformat())
    returned = tuple(_give_back(allocation, lots, on) for allocation in invoice.allocations)
    return CreditNote(
        number=parse_credit_note_number(number),
        invoice_number=invoice.number,
        project_id=invoice.project_id,
        date=on,
        returned=returned,
        refund=invoice.payment,
        vat_rate=invoice.vat_rate,
        reason=clean_text(reason, maximum=MAX_REASON),
    )


def _give_back(allocation: Allocation, lots: Mapping[int, CreditLot], on: date) -> Returned:
    if allocation.lot_id is None:
        return Returned(allocation.source, allocation.reference, None, allocation.amount)
    lot = lots.get(allocation.lot_id)
    if lot is None:
        raise ValueError(f"lot {allocation.lot_id} of the invoice was not given")
    if lot.used < allocation.amount:
        raise ValueError(f"lot {lot.id} has used less than the invoice took from it")
    again = allocation.amount if on >= lot.expires_on else ZERO
    return Returned(allocation.source, allocation.reference, lot.id, allocation.amount, again)


def returned_to(lot: CreditLot, returned: Returned) -> CreditLot:
    """``lot`` once ``returned`` is given back to it: less used, and what it gets back after
    its expiry expired again (``total == used + expired + available`` still holds)."""
    if returned.lot_id != lot.id:
        raise ValueError("this part goes back to another lot")
    return replace(
        lot, used=lot.used - returned.amount, expired=lot.expired + returned.expired_again
    )


def check_top_up_reversal(amount: Decimal, balance: Decimal, reversed_by: str | None) -> None:
    """Rule 14: an account top-up can be reversed once, while it is unused: while the
    account still holds at least its amount (``top_up.already_reversed``, ``top_up.used``)."""
    if reversed_by is not None:
        raise DomainError("top_up.already_reversed", credit_note=reversed_by)
    if balance < amount:
        raise DomainError("top_up.used", amount=amount, balance=balance)


@dataclass(frozen=True, slots=True)
class TopUpReversal:
    """A credit note reversing an unused account top-up (movement ``top_up_id``): the
    account gives back ``amount`` (a negative RETURN on it, dated on the credit note)."""

    number: str
    date: date
    account: Account
    amount: Decimal
    top_up_id: int
    reason: str = ""


def reverse_top_up(
    *,
    number: str,
    account: Account,
    amount: Decimal,
    top_up_id: int,
    topped_up_on: date,
    on: date,
    today: date,
    balance: Decimal,
    reversed_by: str | None,
    reason: str = "",
) -> TopUpReversal:
    """The credit note ``number`` reversing the top-up of ``amount`` on ``account`` (rule 14):
    once, while unused (``check_top_up_reversal``), on a day from the top-up's to today."""
    check_top_up_reversal(amount, balance, reversed_by)
    if on < topped_up_on:
        raise DomainError(
            "credit_note.before_top_up", date=on.isoformat(), top_up_date=topped_up_on.isoformat()
        )
    if on > today:
        raise DomainError("credit_note.future", date=on.isoformat(), today=today.isoformat())
    return TopUpReversal(
        parse_credit_note_number(number),
        on,
        account,
        amount,
        top_up_id,
        clean_text(reason, maximum=MAX_REASON),
    )


def check_not_expired_since(note: CreditNote, lots: Mapping[int, CreditLot], today: date) -> None:
    """A credit note dated before the expiry of a lot it gives back to, written once that
    lot has expired (by ``today``), would hand back credit the history already counts as
    lost on a day it was not: refused, as an invoice dated before an expiry is
    (``credit_note.before_expiry``). Dated on or after the expiry, the lot gets its part back
    and loses it again at once (``expired_again``)."""
    for part in note.returned:
        lot = lots.get(part.lot_id) if part.lot_id is not None else None
        if lot is not None and note.date < lot.expires_on <= today:
            raise DomainError(
                "credit_note.before_expiry",
                invoice=note.invoice_number,
                date=note.date.isoformat(),
                expiry=lot.expires_on.isoformat(),
                lot=lot.reference,
            )


def credit_note_postings(note: CreditNote) -> tuple[Posting, ...]:
    """The movements a credit note makes: per part given back a RETURN (positive) on its lot
    or account, dated on the credit note; a lot's part that expires again, an EXPIRE of the
    same amount right after. The refund due is not a posting (nothing in the ledger pays it)."""
    made: list[Posting] = []
    for part in note.returned:
        account = ACCOUNT_OF_SOURCE.get(part.source)
        common = {"reference": note.number, "project_id": note.project_id,
                  "credit_note": note.number}  # fmt: skip
        if account is None and part.lot_id is None:
            raise ValueError(f"a {part.source} part names no lot")
        lot_id = None if account else part.lot_id
        made.append(
            Posting(note.date, MovementKind.RETURN, part.amount, lot_id=lot_id, account=account,
                    **common)  # type: ignore[arg-type]
        )  # fmt: skip
        if part.expired_again:
            made.append(
                Posting(note.date, MovementKind.EXPIRE, -part.expired_again, lot_id=lot_id,
                        note_code=Wording.UNUSED_AT_EXPIRY, **common)  # type: ignore[arg-type]
            )  # fmt: skip
    return tuple(made)


def top_up_reversal_postings(reversal: TopUpReversal) -> tuple[Posting, ...]:
    """A negative RETURN on the account: the top-up given back."""
    return (
        Posting(
            reversal.date,
            MovementKind.RETURN,
            -reversal.amount,
            reversal.number,
            account=reversal.account,
            credit_note=reversal.number,
        ),
    )
