"""Rule 15: the roll-forward of a period, per project and in total.

For a period ``[start, end]`` (both days included) and each project, and each account-level
balance (Digital LaunchPad, loyalty): ``opening`` is the balance at the start of ``start``
(every movement dated before it), ``closing`` the balance at the end of ``end`` (every
movement dated on or before it), and in between, from the movements dated in the period:

- ``bought``: purchased credit (ORDER: a paid order becomes a lot);
- ``redeemed``: credit granted free: vouchers redeemed (VOUCHER) and account top-ups (BONUS);
- ``returned``: what credit notes gave back (RETURN; negative for a reversed top-up);
- ``used``: what invoices took (USE), shown positive;
- ``expired``: what was lost at expiry (EXPIRE), shown positive.

``opening + bought + redeemed + returned - used - expired == closing`` holds to the cent:
opening and closing are summed on their own, not derived from the flows, so the identity is a
check. Any view as of a day shows what has expired by then, recorded or not (rule 18): a lot
past its expiry whose loss is not recorded yet loses what it has left on its ``expires_on``
here too, so ``closing`` is what the credits & vouchers table shows available on ``end``.

Besides the rows, ``purchased`` totals the purchased credit alone (lots of kind ``credit``):
the only part with a value in the books, the one the prepaid account of the journal follows
(rule 16); ``vouchers`` and ``accounts`` total the rest.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields
from datetime import date
from decimal import Decimal
from typing import Final

from desktop_app.domain.books.movements import COLUMN_OF_KIND, OUTFLOWS, Booked
from desktop_app.domain.dates import add_months
from desktop_app.domain.errors import DomainError
from desktop_app.domain.model import Account, CreditLot, LotKind
from desktop_app.domain.money import ZERO

MAX_PERIOD_YEARS: Final = 10
#: The figures of a row, in the order of the report's columns.
COLUMNS: Final = ("opening", "bought", "redeemed", "returned", "used", "expired", "closing")
_INDEX: Final = {name: i for i, name in enumerate(COLUMNS)}
_OPENING, _CLOSING = _INDEX["opening"], _INDEX["closing"]
_EXPIRED = _INDEX["expired"]
_ACCOUNT_BUCKET: Final = "account"


@dataclass(frozen=True, slots=True)
class Period:
    """Both days included."""

    start: date
    end: date

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end


def check_period(start: date, end: date) -> Period:
    """A period a report or an export may cover: ``end`` not before ``start``, and less than
    ten years long (``period.backwards``, ``period.too_long``)."""
    if end < start:
        raise DomainError("period.backwards", start=start.isoformat(), end=end.isoformat())
    if end >= add_months(start, 12 * MAX_PERIOD_YEARS):
        raise DomainError(
            "period.too_long", start=start.isoformat(), end=end.isoformat(), years=MAX_PERIOD_YEARS
        )
    return Period(start, end)


@dataclass(frozen=True, slots=True)
class Figures:
    """One row of the roll-forward. ``used`` and ``expired`` are positive amounts taken out."""

    opening: Decimal = ZERO
    bought: Decimal = ZERO
    redeemed: Decimal = ZERO
    returned: Decimal = ZERO
    used: Decimal = ZERO
    expired: Decimal = ZERO
    closing: Decimal = ZERO

    def __add__(self, other: Figures) -> Figures:
        return Figures(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(self)))

    @property
    def rolled(self) -> Decimal:
        """``opening + bought + redeemed + returned - used - expired``: equals ``closing``."""
        inflow = self.opening + self.bought + self.redeemed + self.returned
        return inflow - self.used - self.expired


NOTHING: Final = Figures()


@dataclass(frozen=True, slots=True)
class RollForwardRow:
    """A project's row (``project_id``) or an account-level balance's (``account``)."""

    project_id: int | None
    account: Account | None
    figures: Figures


@dataclass(frozen=True, slots=True)
class RollForward:
    period: Period
    rows: tuple[RollForwardRow, ...]
    total: Figures
    purchased: Figures
    vouchers: Figures
    accounts: Figures


#: Where a movement's money sits: a project's or an account's row, and which kind of credit.
_Key = tuple[int | str, str]


def roll_forward(
    movements: Iterable[Booked],
    lots: Iterable[CreditLot],
    period: Period,
    *,
    projects: Iterable[int] = (),
    accounts: bool = True,
) -> RollForward:
    """The roll-forward of ``period`` from the ledger's movements (any order; those after
    the period are skipped) and the lots they name (current state: only their project, kind
    and expiry are read). One pass over the movements, so they may be a lazy iterator.
    ``movements`` may also be ``DaySum`` totals (a day's movements of a kind, per project
    and kind of lot): they name no lot, so the caller gives what expired unrecorded as
    ``DaySum`` EXPIREs too (``movements.DaySum``).

    ``projects``: projects that get a row even with nothing in it (the report lists every
    project); ``accounts``: whether the two account-level rows are shown (always, even
    zero; leave them out for a report on one project). A movement naming a lot that is not
    in ``lots``, or a kind that moves no balance but carries an amount, is a damaged ledger:
    ``ValueError``."""
    by_id = {lot.id: lot for lot in lots}
    table: dict[_Key, list[Decimal]] = {}
    balances: dict[int, Decimal] = {}
    for movement in movements:
        if movement.date > period.end or not movement.amount:
            continue
        key, lot_id = _key(movement, by_id)
        sums = table.get(key)
        if sums is None:
            sums = table[key] = [ZERO] * len(COLUMNS)
        sums[_CLOSING] += movement.amount
        if movement.date < period.start:
            sums[_OPENING] += movement.amount
        else:
            column = COLUMN_OF_KIND[movement.kind]
            signed = -movement.amount if column in OUTFLOWS else movement.amount
            sums[_INDEX[column]] += signed
        if lot_id is not None:
            balances[lot_id] = balances.get(lot_id, ZERO) + movement.amount
    _unrecorded_expiries(table, balances, by_id, period)
    return _assemble(table, period, projects, accounts)


def _key(movement: Booked, lots: dict[int, CreditLot]) -> tuple[_Key, int | None]:
    if movement.kind not in COLUMN_OF_KIND:
        raise ValueError(f"a {movement.kind} movement moves no balance, yet has an amount")
    if movement.account is not None:
        return (Account(movement.account).value, _ACCOUNT_BUCKET), None
    lot_kind = getattr(movement, "lot_kind", None)  # a DaySum names its row, not a lot
    if movement.lot_id is None and lot_kind is not None and movement.project_id is not None:
        return (movement.project_id, LotKind(lot_kind).value), None
    lot = lots.get(movement.lot_id) if movement.lot_id is not None else None
    if lot is None:
        raise ValueError(f"a {movement.kind} movement names lot {movement.lot_id}, not given")
    return (lot.project_id, lot.kind.value), lot.id


def _unrecorded_expiries(
    table: dict[_Key, list[Decimal]],
    balances: dict[int, Decimal],
    lots: dict[int, CreditLot],
    period: Period,
) -> None:
    """A lot past its expiry by the period's end still holding credit has lost it on its
    ``expires_on``, recorded or not (rule 18): the unrecorded loss is counted here."""
    for lot_id, left in balances.items():
        lot = lots[lot_id]
        if left <= 0 or lot.expires_on > period.end:
            continue
        sums = table[(lot.project_id, lot.kind.value)]
        sums[_CLOSING] -= left
        if lot.expires_on < period.start:
            sums[_OPENING] -= left
        else:
            sums[_EXPIRED] += left


def _figures(sums: list[Decimal] | None) -> Figures:
    return Figures(*sums) if sums is not None else NOTHING


def _assemble(
    table: dict[_Key, list[Decimal]], period: Period, projects: Iterable[int], accounts: bool
) -> RollForward:
    project_ids = {key[0] for key in table if key[1] != _ACCOUNT_BUCKET} | set(projects)
    rows: list[RollForwardRow] = []
    purchased = vouchers = NOTHING
    for project_id in sorted(int(p) for p in project_ids):
        credit = _figures(table.get((project_id, LotKind.CREDIT.value)))
        voucher = _figures(table.get((project_id, LotKind.VOUCHER.value)))
        purchased += credit
        vouchers += voucher
        rows.append(RollForwardRow(project_id, None, credit + voucher))
    on_accounts = NOTHING
    for account in Account:
        figures = _figures(table.get((account.value, _ACCOUNT_BUCKET)))
        on_accounts += figures
        if accounts:
            rows.append(RollForwardRow(None, account, figures))
    total = sum((row.figures for row in rows), NOTHING)
    return RollForward(period, tuple(rows), total, purchased, vouchers, on_accounts)
