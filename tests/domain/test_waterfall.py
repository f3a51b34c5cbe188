"""The invariants of domain.md on the pure waterfall, for any input."""

import functools
import itertools
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


def _paid(invoice):
    """What each source pays and what is left for the payment method: all but the lines."""
    return invoice.allocations, invoice.payment


@settings(max_examples=300)
@given(invoice_lines, lots(), balances, balances, st.data())
def test_permuting_the_lines_changes_nothing(lines, lot_list, launchpad, loyalty, data) -> None:
    """Rule 18: the split does not depend on the order the lines are typed."""
    permuted = data.draw(st.permutations(lines))
    typed = allocate(lines, lot_list, launchpad, loyalty)
    reordered = allocate(permuted, lot_list, launchpad, loyalty)
    assert _paid(reordered) == _paid(typed)
    assert [ln.product for ln in reordered.lines] == [ln.product for ln in permuted]


@settings(max_examples=200)
@given(invoice_lines, lots(), st.randoms(use_true_random=False))
def test_splitting_or_merging_lines_of_a_product_changes_nothing(lines, lot_list, rnd) -> None:
    merged: dict[str, Decimal] = {}
    for line in lines:
        merged[line.product] = merged.get(line.product, ZERO) + line.amount
    split = []
    for product, amount in merged.items():
        cents = int(amount * 100)
        cut = rnd.randint(0, cents)
        split += [InvoiceLine(product, from_cents(c)) for c in (cut, cents - cut) if c]
    rnd.shuffle(split)
    whole = [InvoiceLine(p, a) for p, a in merged.items()]
    assert _paid(allocate(split, lot_list)) == _paid(allocate(whole, lot_list))
    assert _paid(allocate(lines, lot_list)) == _paid(allocate(whole, lot_list))


def test_the_issue_example_costs_nothing_whatever_the_line_order() -> None:
    general = _lot(1, LotKind.VOUCHER, "10", DAY + timedelta(days=5))  # expires first
    compute_only = _lot(2, LotKind.VOUCHER, "10", DAY + timedelta(days=30), {"compute"})
    compute, storage = InvoiceLine("compute", Decimal(10)), InvoiceLine("storage", Decimal(10))
    for lines in ([compute, storage], [storage, compute]):
        invoice = allocate(lines, [general, compute_only])
        assert [(a.reference, a.amount) for a in invoice.allocations] == [
            ("R1", Decimal("10.00")),
            ("R2", Decimal("10.00")),
        ]
        assert invoice.payment.amount_ht == ZERO
        assert invoice.payment.amount_ttc == ZERO


def test_rule_6_order_decides_among_equally_good_splits() -> None:
    general = _lot(1, LotKind.VOUCHER, "10", DAY + timedelta(days=5))
    compute_only = _lot(2, LotKind.VOUCHER, "10", DAY + timedelta(days=30), {"compute"})
    credit = _lot(3, LotKind.CREDIT, "10", DAY + timedelta(days=2))
    # 15 of compute: the voucher expiring first pays all it can, the compute voucher the rest.
    invoice = allocate([InvoiceLine("compute", Decimal(15))], [credit, compute_only, general])
    assert [(a.reference, a.amount) for a in invoice.allocations] == [
        ("R1", Decimal("10.00")),
        ("R2", Decimal("5.00")),
    ]
    # compute 10 + storage 15: both vouchers are used up (the general one moves to storage),
    # and the credit pays the 5 left, not the payment method.
    lines = [InvoiceLine("compute", Decimal(10)), InvoiceLine("storage", Decimal(15))]
    invoice = allocate(lines, [credit, compute_only, general])
    assert [(a.reference, a.amount) for a in invoice.allocations] == [
        ("R1", Decimal("10.00")),
        ("R2", Decimal("10.00")),
        ("R3", Decimal("5.00")),
    ]
    assert invoice.payment.amount_ht == ZERO


def test_rerouting_goes_through_several_lots() -> None:
    """The last lot can pay only a, which an earlier lot paid; that one moves to b, whose
    payer moves to c, which still has something to pay."""
    ab = _lot(1, LotKind.VOUCHER, "5", DAY + timedelta(days=1), {"a", "b"})
    bc = _lot(2, LotKind.VOUCHER, "5", DAY + timedelta(days=2), {"b", "c"})
    a = _lot(3, LotKind.VOUCHER, "5", DAY + timedelta(days=3), {"a"})
    for lines in (
        [InvoiceLine("a", Decimal(5)), InvoiceLine("b", Decimal(5)), InvoiceLine("c", Decimal(5))],
        [InvoiceLine("c", Decimal(5)), InvoiceLine("b", Decimal(5)), InvoiceLine("a", Decimal(5))],
    ):
        invoice = allocate(lines, [ab, bc, a])
        assert [a.amount for a in invoice.allocations] == [Decimal(5)] * 3
        assert invoice.payment.amount_ht == ZERO


def test_stops_reading_lots_once_the_invoice_is_paid() -> None:
    lots_ = [_lot(i, LotKind.CREDIT, "10", DAY + timedelta(days=i)) for i in range(1, 6)]
    read: list[int] = []

    def lazily():
        for lot in lots_:
            read.append(lot.id)
            yield lot

    invoice = allocate_invoice(1, DAY, [InvoiceLine("compute", Decimal(20))], lazily())
    assert invoice.payment.amount_ht == ZERO
    assert read == [1, 2]


# -- brute force on small invoices (rule 18) --------------------------------------------------

SMALL_PRODUCTS = ("compute", "storage", "ai")


@st.composite
def small_lots(draw: st.DrawFn, count: int = 4, cents: int = 5) -> list[CreditLot]:
    """Up to ``count`` lots of up to ``cents`` cents; some unusable (other project, expired,
    not started), most restricted to one or two products."""
    result = []
    for i in range(draw(st.integers(0, count))):
        usable = draw(st.sampled_from(["yes", "yes", "yes", "expired", "later", "project"]))
        start = DAY + timedelta(days=5 if usable == "later" else -5)
        end = DAY - timedelta(days=1) if usable == "expired" else DAY + timedelta(days=30)
        end += timedelta(days=draw(st.integers(0, 2)))
        restricted = draw(st.sets(st.sampled_from((*SMALL_PRODUCTS, "network")), max_size=2))
        result.append(
            CreditLot(
                id=i + 1,
                project_id=2 if usable == "project" else 1,
                kind=draw(st.sampled_from(list(LotKind))),
                reference=f"S{i + 1}",
                total=from_cents(draw(st.integers(1, cents))),
                used=ZERO,
                expired=ZERO,
                valid_from=min(start, end - timedelta(days=1)),
                expires_on=end,
                issued_on=start - timedelta(days=draw(st.integers(0, 1))),
                products=frozenset(restricted),
            )
        )
    return result


small_lines = st.lists(
    st.builds(InvoiceLine, st.sampled_from(SMALL_PRODUCTS), st.integers(1, 5).map(from_cents)),
    min_size=1,
    max_size=4,
)


#: Lines about as large as the lots: where a lot paying the wrong product shows.
tight_lines = st.lists(
    st.builds(
        InvoiceLine,
        st.sampled_from((*SMALL_PRODUCTS, "network")),
        st.integers(1, 5000).map(from_cents),
    ),
    min_size=1,
    max_size=8,
)


def _subsets(items):
    return itertools.chain.from_iterable(
        itertools.combinations(items, k) for k in range(len(items) + 1)
    )


@settings(max_examples=300)
@given(tight_lines, small_lots(count=10, cents=3000))
def test_a_split_exists_and_the_lots_pay_the_most_they_can(lines, lot_list) -> None:
    """Independent certificates, for any size (rule 7 and rule 18). Feasible (Hall): the lots
    that may pay only products of a set Q never pay more than Q's lines. The most (min cut):
    what lots pay equals min over Q of (Q's lines + what the lots not confined to Q hold)."""
    invoice = allocate(lines, lot_list)
    names = sorted({ln.product for ln in lines})
    demand = {p: sum((ln.amount for ln in lines if ln.product == p), ZERO) for p in names}
    usable = [lot for lot in lot_list if lot.project_id == 1 and lot.usable_on(DAY)]
    payable = {lot.id: frozenset(p for p in names if lot.pays_for(p)) for lot in usable}
    paid = {a.lot_id: a.amount for a in invoice.allocations if a.lot_id is not None}
    cuts = []
    for subset in _subsets(names):
        chosen = frozenset(subset)
        lines_of = sum((demand[p] for p in chosen), ZERO)
        confined = [lot for lot in usable if payable[lot.id] <= chosen]
        assert sum((paid.get(lot.id, ZERO) for lot in confined), ZERO) <= lines_of
        free = sum((lot.available for lot in usable if not payable[lot.id] <= chosen), ZERO)
        cuts.append(lines_of + free)
    assert sum(paid.values(), ZERO) == min(cuts)


def brute_force(lines, lot_list) -> tuple[int, tuple[int, ...]]:
    """Every integer-cent split of the usable lots over the products, tried: the most the lots
    can pay, and among the splits paying that much, the lexicographically largest lot totals
    in rule 6's order (the first lot as much as it can, then the second...)."""
    names = sorted({ln.product for ln in lines})
    need = tuple(sum(int(ln.amount * 100) for ln in lines if ln.product == p) for p in names)
    usable = [
        lot
        for lot in sorted(lot_list, key=waterfall_key)
        if lot.project_id == 1 and lot.usable_on(DAY)
    ]

    @functools.cache
    def best(i: int, left: tuple[int, ...]) -> tuple[int, tuple[int, ...]]:
        if i == len(usable):
            return 0, ()
        lot = usable[i]
        cap = int(lot.available * 100)
        ranges = [
            range(n + 1) if lot.pays_for(p) else range(1) for p, n in zip(names, left, strict=True)
        ]
        found = (-1, ())
        for split in itertools.product(*ranges):
            taken = sum(split)
            if taken > cap:
                continue
            total, rest = best(i + 1, tuple(n - s for n, s in zip(left, split, strict=True)))
            found = max(found, (taken + total, (taken, *rest)))
        return found

    return best(0, need)


@settings(max_examples=300, deadline=None)
@given(small_lines, small_lots(), st.integers(0, 4).map(from_cents), st.data())
def test_small_invoices_match_brute_force(lines, lot_list, launchpad, data) -> None:
    """The payment method pays the least any split allows; among those splits, rule 6's order
    decides which lots pay."""
    most, totals = brute_force(lines, lot_list)
    invoice = allocate(data.draw(st.permutations(lines)), lot_list, launchpad)
    total = sum(int(ln.amount * 100) for ln in lines)
    assert invoice.payment.amount_ht == from_cents(max(0, total - most - int(launchpad * 100)))
    usable = sorted(
        (lot for lot in lot_list if lot.project_id == 1 and lot.usable_on(DAY)), key=waterfall_key
    )
    paid = {a.lot_id: int(a.amount * 100) for a in invoice.allocations if a.lot_id is not None}
    assert tuple(paid.get(lot.id, 0) for lot in usable) == totals


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
