"""postings(invoice): which lot or account each part of an invoice takes from (domain rule 6).

The domain decides; storage writes one movement per posting and nothing else."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.model import (
    Account,
    Allocation,
    CreditLot,
    Invoice,
    InvoiceLine,
    LotKind,
    MovementKind,
    PaymentDue,
    Source,
    waterfall_key,
)
from desktop_app.domain.money import ZERO, from_cents
from desktop_app.domain.postings import Posting, postings
from desktop_app.domain.waterfall import allocate_invoice

DAY = date(2026, 11, 26)


def _invoice(allocations: tuple[Allocation, ...], number: str | None = "INV-2026-00007") -> Invoice:
    total = sum((a.amount for a in allocations), ZERO) + Decimal("1.00")
    return Invoice(
        project_id=3,
        date=DAY,
        lines=(InvoiceLine("compute", total),),
        allocations=allocations,
        payment=PaymentDue("Visa", Decimal("1.00"), Decimal("0.20")),
        vat_rate=Decimal("20.00"),
        number=number,
    )


def test_lots_are_lots_and_the_two_accounts_are_accounts() -> None:
    invoice = _invoice(
        (
            Allocation(Source.VOUCHER, "AAAA-BBBB-CCCC", 11, Decimal("5.00")),
            Allocation(Source.CREDIT, "PO-2026-00001", 12, Decimal("7.50")),
            Allocation(Source.DIGITAL_LAUNCHPAD, "digital_launchpad", None, Decimal("2.00")),
            Allocation(Source.LOYALTY, "loyalty", None, Decimal("0.25")),
        )
    )

    def use(amount: str, lot_id: int | None = None, account: Account | None = None) -> Posting:
        return Posting(DAY, MovementKind.USE, Decimal(amount), "INV-2026-00007", 3, lot_id, account)

    assert postings(invoice) == (
        use("-5.00", lot_id=11),
        use("-7.50", lot_id=12),
        use("-2.00", account=Account.DIGITAL_LAUNCHPAD),
        use("-0.25", account=Account.LOYALTY),
    )


def test_an_invoice_is_numbered_before_it_is_posted() -> None:
    with pytest.raises(ValueError, match="number"):
        postings(_invoice((), number=None))


@pytest.mark.parametrize("source", [Source.VOUCHER, Source.CREDIT])
def test_a_lot_allocation_without_its_lot_is_a_bug(source: Source) -> None:
    with pytest.raises(ValueError, match="lot"):
        postings(_invoice((Allocation(source, "X", None, Decimal("1.00")),)))


lots = st.lists(
    st.tuples(st.booleans(), st.integers(1, 50_000), st.integers(1, 400)), min_size=0, max_size=8
)


@given(
    specs=lots,
    launchpad=st.integers(0, 20_000),
    loyalty=st.integers(0, 20_000),
    total=st.integers(1, 200_000),
)
def test_the_postings_of_a_waterfall_invoice_take_exactly_what_it_allocated(
    specs: list[tuple[bool, int, int]], launchpad: int, loyalty: int, total: int
) -> None:
    """Through the real waterfall: one posting per allocation, in order; each takes from the
    lot or account the allocation names, the amount it names; together, what the invoice's
    sources pay (the payment method is not a posting: nothing in the ledger pays it)."""
    credit = sorted(
        (
            CreditLot(n, 3, LotKind.VOUCHER if voucher else LotKind.CREDIT, f"R{n}",
                      from_cents(cents), ZERO, ZERO, date(2026, 1, 1),
                      date(2026, 12, 1) + timedelta(days=days), date(2026, 1, 1))
            for n, (voucher, cents, days) in enumerate(specs, 1)
        ),
        key=waterfall_key,
    )  # fmt: skip
    invoice = allocate_invoice(
        3,
        DAY,
        [InvoiceLine("compute", from_cents(total))],
        iter(credit),
        digital_launchpad=from_cents(launchpad),
        loyalty=from_cents(loyalty),
        vat_rate=Decimal("20.00"),
        payment_label=None,
    )
    made = postings(replace(invoice, number="INV-2026-00001"))
    assert len(made) == len(invoice.allocations)
    assert -sum((p.amount for p in made), ZERO) == invoice.allocated
    for posting, allocation in zip(made, invoice.allocations, strict=True):
        assert posting.amount == -allocation.amount < 0
        assert posting.kind is MovementKind.USE and posting.reference == "INV-2026-00001"
        if allocation.source in (Source.VOUCHER, Source.CREDIT):
            assert (posting.lot_id, posting.account) == (allocation.lot_id, None)
        else:
            assert posting.lot_id is None
            assert posting.account is not None and posting.account.value == allocation.source.value
