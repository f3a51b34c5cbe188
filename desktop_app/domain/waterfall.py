"""The allocation waterfall: who pays what of an invoice.

Order (domain.md rule 6): vouchers (soonest expiry first), purchased credit (soonest expiry
first), the Digital LaunchPad account, the loyalty account, then the default payment method.
A lot restricted to some products pays only those products (rule 7). All amounts are HT;
VAT is added to what the payment method pays, rounded half-up once (rule 8).

Rule 18: the lots' share is a transportation problem from lots to products (the lines of one
product merged). Each lot in rule 6's order takes as much as it can, by augmenting paths: it
may move what earlier lots pay from one product to another, never lowering their totals. The
amounts lots can pay together form a polymatroid, so this greedy gives both the most the lots
can pay (the least left to the payment method) and, among the splits paying that much, the
one that uses each lot as much as possible in rule 6's order. That split is unique and
depends on each product's total only, never on the order of the lines.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
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
from desktop_app.domain.money import ZERO, check_amount, from_cents, to_cents, vat_of
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


#: One augmenting path: the product the new lot pays, the hops (from product, group, to
#: product) along which groups of earlier lots move what they pay, and the product paid.
_Path = tuple[int, list[tuple[int, int, int]], int]


class _Split:
    """What the lots pay of each product, in cents, lots grouped by the products they may pay.

    Only each lot's total is ever reported, so the lots of one group are pooled: how a group
    pays each product can always be shared out among its lots afterwards (they may all pay
    the same products). Products are numbered in name order; a group is the tuple of the
    products its lots may pay on this invoice.
    """

    def __init__(self, demand: Mapping[str, int]) -> None:
        names = sorted(demand)
        self.index = {name: i for i, name in enumerate(names)}
        self.need = [demand[name] for name in names]  # what no lot pays yet, by product
        self.left = sum(self.need)
        self.everything = tuple(range(len(names)))
        self.reach: list[tuple[int, ...]] = []  # group -> the products it may pay
        self.paid: list[dict[int, int]] = [{} for _ in names]  # product -> group -> cents
        # A product from which no path leads to an unpaid product. Paths only ever run
        # between products that reach one, so a dead product stays dead: never searched again.
        self.dead = [False] * len(names)
        self._open = list(reversed(self.everything))  # products that may still need paying
        self._groups: dict[tuple[int, ...], int] = {}
        self._of: dict[frozenset[str], int | None] = {}

    def group_of(self, products: frozenset[str]) -> int | None:
        """The lot's group; None if it may pay none of the invoice's products."""
        if products in self._of:
            return self._of[products]
        reach = tuple(sorted(self.index[p] for p in products if p in self.index))
        if not products or reach == self.everything:
            reach = self.everything  # the one tuple ``_direct`` knows as "any product"
        group = None
        if reach:
            group = self._groups.setdefault(reach, len(self.reach))
            if group == len(self.reach):
                self.reach.append(reach)
        self._of[products] = group
        return group

    def take(self, group: int, budget: int) -> int:
        """A new lot of ``group`` with ``budget`` cents pays as much as it can."""
        taken = self._direct(group, budget)
        while taken < budget and self.left:
            path = self._path(group)
            if path is None:
                break
            taken += self._augment(group, path, budget - taken)
        return taken

    def _pay(self, product: int, group: int, amount: int) -> None:
        self.need[product] -= amount
        self.left -= amount
        paid = self.paid[product]
        paid[group] = paid.get(group, 0) + amount

    def _direct(self, group: int, budget: int) -> int:
        """Pay the group's products that still need paying, without moving anything."""
        need, taken = self.need, 0
        reach = self.reach[group]
        if reach is self.everything:
            opened = self._open
            while taken < budget and opened:
                product = opened[-1]
                amount = min(need[product], budget - taken)
                if amount:
                    self._pay(product, group, amount)
                    taken += amount
                if not need[product]:
                    opened.pop()
            return taken
        for product in reach:
            amount = min(need[product], budget - taken)
            if amount:
                self._pay(product, group, amount)
                taken += amount
                if taken == budget:
                    break
        return taken

    def _path(self, group: int) -> _Path | None:
        """Breadth first from the group's products (all paid in full) to one that is not:
        product -> a group paying it -> another product that group may pay."""
        need, dead, paid, reach = self.need, self.dead, self.paid, self.reach
        start = [p for p in reach[group] if not dead[p]]
        parent: dict[int, tuple[int, int] | None] = dict.fromkeys(start)
        queue = start
        for product in queue:  # the queue grows while it is walked
            for via in paid[product]:
                for nxt in reach[via]:
                    if nxt in parent or dead[nxt]:
                        continue
                    parent[nxt] = (product, via)
                    if need[nxt]:
                        return self._trace(parent, nxt)
                    queue.append(nxt)
        for product in parent:  # everything this lot reaches is paid and cannot move
            dead[product] = True
        return None

    @staticmethod
    def _trace(parent: Mapping[int, tuple[int, int] | None], end: int) -> _Path:
        hops: list[tuple[int, int, int]] = []
        product = end
        step = parent[product]
        while step is not None:
            previous, via = step
            hops.append((previous, via, product))
            product = previous
            step = parent[product]
        return product, hops, end

    def _augment(self, group: int, path: _Path, budget: int) -> int:
        first, hops, end = path
        paid = self.paid
        amount = min(budget, self.need[end], *(paid[a][via] for a, via, _ in hops))
        for a, via, b in hops:  # each product appears once as a hop's origin
            left = paid[a][via] - amount
            if left:
                paid[a][via] = left
            else:
                del paid[a][via]
            paid[b][via] = paid[b].get(via, 0) + amount
        self.need[end] -= amount
        self.left -= amount
        paid[first][group] = paid[first].get(group, 0) + amount
        return amount


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
    stops being read as soon as the invoice is fully paid. The invoice keeps its lines as typed.
    """
    checked = check_lines(lines)
    demand: dict[str, int] = {}
    for line in checked:
        demand[line.product] = demand.get(line.product, 0) + to_cents(line.amount)
    split = _Split(demand)
    allocations: list[Allocation] = []
    previous: tuple[int, date, date, int] | None = None

    for lot in lots:
        key = waterfall_key(lot)
        if previous is not None and key < previous:
            raise ValueError("lots must be given in waterfall order")
        previous = key
        if lot.project_id != project_id or not lot.usable_on(on):
            continue
        group = split.group_of(lot.products)
        taken = 0 if group is None else split.take(group, to_cents(lot.available))
        if taken:
            source = Source.VOUCHER if lot.kind is LotKind.VOUCHER else Source.CREDIT
            allocations.append(Allocation(source, lot.reference, lot.id, from_cents(taken)))
            if not split.left:
                break

    left = from_cents(split.left)
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
