"""Account-level balances (Digital LaunchPad, loyalty) and payment methods."""

from __future__ import annotations

from decimal import Decimal

from desktop_app.domain.errors import DomainError
from desktop_app.domain.model import Account, MovementKind, PaymentMethod, PaymentType
from desktop_app.domain.money import check_amount, parse_amount
from desktop_app.domain.postings import Posting
from desktop_app.domain.record import Record, record
from desktop_app.domain.rules import clean_name
from desktop_app.domain.text import clean_text
from desktop_app.services.desk import Desk


@record(frozen=True, slots=True)
class AccountSummary(Record):
    digital_launchpad: Decimal
    loyalty: Decimal
    payment_methods: list[PaymentMethod]


def account_summary(desk: Desk) -> AccountSummary:
    with desk.read() as tx:
        return AccountSummary(
            tx.accounts.balance(Account.DIGITAL_LAUNCHPAD),
            tx.accounts.balance(Account.LOYALTY),
            tx.accounts.payment_methods(),
        )


def top_up(desk: Desk, account: Account | str, amount: Decimal | str, note: str = "") -> Decimal:
    """Add to the Digital LaunchPad or loyalty balance; returns the new balance."""
    try:
        which = Account(account)
    except ValueError:
        raise DomainError("account.unknown", account=str(account)) from None
    value = parse_amount(amount) if isinstance(amount, str) else check_amount(amount)
    note = clean_text(note)
    with desk.write() as tx:
        tx.movements.record(
            [
                Posting(
                    day=desk.today,
                    kind=MovementKind.BONUS,
                    amount=value,
                    reference=which.value,
                    account=which,
                    note=note,
                )
            ]
        )
        return tx.accounts.balance(which)


def add_payment_method(
    desk: Desk, kind: PaymentType | str, label: str, *, default: bool = False
) -> PaymentMethod:
    """The first method registered becomes the default."""
    try:
        which = PaymentType(kind)
    except ValueError:
        raise DomainError("payment_method.type", type=str(kind)) from None
    name = clean_name(label, what="payment_method")
    with desk.write() as tx:
        return tx.accounts.add_payment_method(which, name, default)


def set_default_payment_method(desk: Desk, method_id: int) -> None:
    with desk.write() as tx:
        tx.accounts.set_default_payment_method(method_id)
