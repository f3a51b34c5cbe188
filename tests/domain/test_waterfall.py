"""The invariants of domain.md on the pure waterfall, for any input."""

import random
from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.domain.errors import DomainError
from desktop_app.domain.model import CreditLot, InvoiceLine, LotKind, Source, waterfall_key
from desktop_app.domain.money import ZERO, from_cents
from desktop_app.domain.waterfall import allocate_invoice, check_invoice_date, expiries_due

DAY = date(2026, 11, 26)
PRODUCTS = ("compute", "storage", "network", "ai")
ORDER = [Source.VOUCHER, Source.CREDIT, Source.DIGITAL_LAUNCHPAD, Source.LOYALTY]

money = st.integers(min_value=1, max_value=500_000).map(from_cents)


@st.composite
def lots(draw: st.DrawFn) -> list[CreditLot]:
    count = draw(st.integers(0, 12))
    result = []
    for i in range(count):
        total_c = draw(st.integers(1, 300_000))
        used_c = draw(st.integers(0, total_c))
        expired_c = draw(st.sampled_from([0, total_c - used_c]))
        start = DAY + timedelta(days=draw(st.integers(-400, 20)))
        end = start + timedelta(days=draw(st.integers(1, 400)))
        issued = start - timedelta(days=draw(st.integers(0, 3)))
        products = frozenset(draw(st.sets(st.sampled_from(PRODUCTS), max_size=2)))
        kind = draw(st.sampled_from(list(LotKind)))
        result.append(
            CreditLot(
                id=i + 1,
                project_id=1,
                kind=kind,
                reference=f"L{i + 1}",
                total=from_cents(total_c),
                used=from_cents(used_c),
                expired=from_cents(expired_c),
                valid_from=start,
                expires_on=end,
                issued_on=issued,
                products=products
                if kind is LotKind.VOUCHER or draw(st.booleans())
                else frozenset(),
            )
        )
    return result


invoice_lines = st.lists(
    st.builds(InvoiceLine, st.sampled_from(PRODUCTS), money), min_size=1, max_size=6
)
balances = st.integers(0, 200_000).map(from_cents)


def allocate(lines, lot_list, launchpad=ZERO, loyalty=ZERO, on=DAY):
    return allocate_invoice(
        1,
        on,
        lines,
        sorted(lot_list, key=waterfall_key),
        digital_launchpad=launchpad,
        loyalty=loyalty,
        vat_rate=Decimal("20.00"),
        payment_label="card",
    )


@settings(max_examples=300)
@given(invoice_lines, lots(), balances, balances)
def test_allocations_plus_payment_equal_total(lines, lot_list, launchpad, loyalty) -> None:
    invoice = allocate(lines, lot_list, launchpad, loyalty)
    assert invoice.allocated + invoice.payment.amount_ht == invoice.total_ht
    assert all(a.amount > 0 for a in invoice.allocations)
    assert invoice.payment.amount_ht >= 0


@settings(max_examples=300)
@given(invoice_lines, lots(), balances, balances)
def test_no_lot_overdrawn_or_used_outside_its_window_or_products(
    lines, lot_list, launchpad, loyalty
) -> None:
    invoice = allocate(lines, lot_list, launchpad, loyalty)
    by_id = {lot.id: lot for lot in lot_list}
    seen = set()
    for a in invoice.allocations:
        if a.lot_id is None:
            continue
        lot = by_id[a.lot_id]
        assert a.lot_id not in seen
        seen.add(a.lot_id)
        assert a.amount <= lot.available
        assert lot.valid_from <= DAY < lot.expires_on
        payable = sum((ln.amount for ln in lines if lot.pays_for(ln.product)), ZERO)
        assert a.amount <= payable
    accounts = {a.source: a.amount for a in invoice.allocations if a.lot_id is None}
    assert accounts.get(Source.DIGITAL_LAUNCHPAD, ZERO) <= launchpad
    assert accounts.get(Source.LOYALTY, ZERO) <= loyalty


@settings(max_examples=300)
@given(invoice_lines, lots(), balances, balances)
def test_sources_in_the_order_of_the_rule(lines, lot_list, launchpad, loyalty) -> None:
    invoice = allocate(lines, lot_list, launchpad, loyalty)
    ranks = [ORDER.index(a.source) for a in invoice.allocations]
    assert ranks == sorted(ranks)
    by_id = {lot.id: lot for lot in lot_list}
    keys = [waterfall_key(by_id[a.lot_id]) for a in invoice.allocations if a.lot_id]
    assert keys == sorted(keys)


@settings(max_examples=300)
@given(invoice_lines, lots(), balances, balances)
def test_nothing_left_unused_that_could_have_paid(lines, lot_list, launchpad, loyalty) -> None:
    """A usable lot keeps money only if every line it may pay is fully paid; the payment
    method pays only what no credit, voucher or account could."""
    invoice = allocate(lines, lot_list, launchpad, loyalty)
    used = {a.lot_id: a.amount for a in invoice.allocations if a.lot_id}
    accounts = {a.source: a.amount for a in invoice.allocations if a.lot_id is None}
    if invoice.payment.amount_ht > 0:
        assert accounts.get(Source.DIGITAL_LAUNCHPAD, ZERO) == launchpad
        assert accounts.get(Source.LOYALTY, ZERO) == loyalty
        for lot in lot_list:
            if lot.usable_on(DAY) and not lot.products:
                assert used.get(lot.id, ZERO) == lot.available


@given(invoice_lines, lots(), st.randoms(use_true_random=False))
def test_deterministic_whatever_the_input_order(lines, lot_list, rnd: random.Random) -> None:
    shuffled = list(lot_list)
    rnd.shuffle(shuffled)
    assert allocate(lines, lot_list) == allocate(lines, shuffled)


@given(invoice_lines)
def test_vat_only_on_what_the_payment_method_pays(lines) -> None:
    invoice = allocate(lines, [])
    assert invoice.payment.amount_ht == invoice.total_ht
    assert invoice.payment.vat == (invoice.total_ht * Decimal("0.2")).quantize(Decimal("0.01"))


def _lot(i, kind, total, expires, products=frozenset(), start=DAY - timedelta(days=10)):
    return CreditLot(
        i, 1, kind, f"R{i}", Decimal(total), ZERO, ZERO, start, expires, start, frozenset(products)
    )


def test_worked_example_of_the_guide() -> None:
    voucher_late = _lot(1, LotKind.VOUCHER, "50", DAY + timedelta(days=90))
    voucher_soon = _lot(2, LotKind.VOUCHER, "30", DAY + timedelta(days=10))
    credit = _lot(3, LotKind.CREDIT, "100", DAY + timedelta(days=5))  # expires first, but credit
    restricted = _lot(4, LotKind.VOUCHER, "40", DAY + timedelta(days=1), {"ai"})
    lines = [InvoiceLine("compute", Decimal("200.00")), InvoiceLine("storage", Decimal("20.00"))]
    invoice = allocate(
        lines, [credit, voucher_late, restricted, voucher_soon], Decimal("15.00"), Decimal("10.00")
    )
    assert [(a.source, a.reference, a.amount) for a in invoice.allocations] == [
        (Source.VOUCHER, "R2", Decimal("30.00")),
        (Source.VOUCHER, "R1", Decimal("50.00")),
        (Source.CREDIT, "R3", Decimal("100.00")),
        (Source.DIGITAL_LAUNCHPAD, "digital_launchpad", Decimal("15.00")),
        (Source.LOYALTY, "loyalty", Decimal("10.00")),
    ]
    assert invoice.payment.amount_ht == Decimal("15.00")
    assert invoice.payment.vat == Decimal("3.00")
    assert invoice.payment.amount_ttc == Decimal("18.00")


def test_restricted_voucher_leaves_other_products_to_the_next_source() -> None:
    compute_only = _lot(1, LotKind.VOUCHER, "100", DAY + timedelta(days=30), {"compute"})
    invoice = allocate([InvoiceLine("storage", Decimal("40.00"))], [compute_only])
    assert invoice.allocations == ()
    assert invoice.payment.amount_ht == Decimal("40.00")


def test_lot_usable_on_its_first_day_not_on_its_expiry_day() -> None:
    lot = _lot(1, LotKind.CREDIT, "10", DAY + timedelta(days=3), start=DAY)
    lines = [InvoiceLine("compute", Decimal("5.00"))]
    assert allocate(lines, [lot], on=DAY).allocated == Decimal("5.00")
    assert allocate(lines, [lot], on=DAY + timedelta(days=3)).allocated == ZERO
    assert allocate(lines, [lot], on=DAY - timedelta(days=1)).allocated == ZERO


def test_lots_out_of_order_are_a_programming_error() -> None:
    a = _lot(1, LotKind.CREDIT, "10", DAY + timedelta(days=3))
    b = _lot(2, LotKind.VOUCHER, "10", DAY + timedelta(days=3))
    with pytest.raises(ValueError):
        allocate_invoice(1, DAY, [InvoiceLine("x", Decimal(20))], [a, b])


@pytest.mark.parametrize(
    ("lines", "code"),
    [
        ([], "invoice.no_lines"),
        ([InvoiceLine("compute", Decimal("-1"))], "amount.negative"),
        ([InvoiceLine("compute", Decimal("0"))], "amount.zero"),
        ([InvoiceLine("compute", Decimal("0.001"))], "amount.too_precise"),
        ([InvoiceLine("  ", Decimal("1"))], "invoice.product_invalid"),
    ],
)
def test_bad_lines_refused(lines, code) -> None:
    with pytest.raises(DomainError) as caught:
        allocate(lines, [])
    assert caught.value.code == code


def test_invoice_dates() -> None:
    check_invoice_date(DAY, DAY, DAY)
    with pytest.raises(DomainError) as caught:
        check_invoice_date(DAY - timedelta(days=1), DAY, DAY)
    assert caught.value.code == "invoice.backdated"
    with pytest.raises(DomainError) as caught:
        check_invoice_date(DAY + timedelta(days=1), None, DAY)
    assert caught.value.code == "invoice.future"


@given(lots())
def test_expiry_takes_exactly_what_is_left(lot_list) -> None:
    due = expiries_due(lot_list, DAY)
    for lot, amount in due:
        assert lot.expires_on <= DAY
        assert amount == lot.available > 0
    assert {lot.id for lot, _ in due} == {
        lot.id for lot in lot_list if lot.expires_on <= DAY and lot.available > 0
    }
