"""Rule 14: a credit note gives every allocation back where it came from, once."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.domain.books.creditnote import (
    Returned,
    check_top_up_reversal,
    credit_note_number,
    credit_note_sequence,
    parse_credit_note_number,
    returned_to,
    reverse_invoice,
)
from desktop_app.domain.errors import DomainError
from desktop_app.domain.model import CreditLot, InvoiceLine, LotKind, Source, waterfall_key
from desktop_app.domain.money import ZERO, from_cents
from desktop_app.domain.waterfall import allocate_invoice, expiries_due

D = Decimal
DAY = date(2026, 3, 10)
PRODUCTS = ("compute", "storage")
money = st.integers(min_value=1, max_value=100_000).map(from_cents)


@st.composite
def lots(draw: st.DrawFn) -> list[CreditLot]:
    found = []
    for i in range(draw(st.integers(0, 6))):
        total = draw(st.integers(1, 60_000))
        used = draw(st.integers(0, total - 1))
        start = DAY - timedelta(days=draw(st.integers(0, 200)))
        end = DAY + timedelta(days=draw(st.integers(1, 120)))
        kind = draw(st.sampled_from(list(LotKind)))
        products = frozenset(draw(st.sets(st.sampled_from(PRODUCTS), max_size=1)))
        found.append(
            CreditLot(
                i + 1,
                1,
                kind,
                f"L{i + 1}",
                from_cents(total),
                from_cents(used),
                ZERO,
                start,
                end,
                start,
                products,
            )
        )
    return found


def _posted(before: list[CreditLot], lines: list[InvoiceLine], dlp: Decimal, loyalty: Decimal):  # type: ignore[no-untyped-def]
    invoice = allocate_invoice(
        1,
        DAY,
        lines,
        sorted(before, key=waterfall_key),
        digital_launchpad=dlp,
        loyalty=loyalty,
        payment_label="card",
    )
    invoice = replace(invoice, number="INV-2026-00007")
    after = {lot.id: lot for lot in before}
    for a in invoice.allocations:
        if a.lot_id is not None:
            after[a.lot_id] = replace(after[a.lot_id], used=after[a.lot_id].used + a.amount)
    return invoice, after


@settings(max_examples=200, deadline=None)
@given(
    lots(),
    st.lists(st.tuples(st.sampled_from(PRODUCTS), money), min_size=1, max_size=3),
    money,
    money,
    st.integers(0, 200),
)
def test_post_then_reverse_leaves_every_balance_as_if_never_posted_but_what_expired(
    before: list[CreditLot],
    lines: list[tuple[str, Decimal]],
    dlp: Decimal,
    loyalty: Decimal,
    wait: int,
) -> None:
    invoice, state = _posted(before, [InvoiceLine(p, a) for p, a in lines], dlp, loyalty)
    on = DAY + timedelta(days=wait)
    for lot, amount in expiries_due(state.values(), on):  # the reversal is a write: first this
        state[lot.id] = replace(lot, expired=lot.expired + amount)
    note = reverse_invoice(invoice, number="CN-2026-00001", on=on, today=on, lots=state)
    for r in note.returned:
        if r.lot_id is None:  # an account gets it back whole: accounts do not expire
            assert r.source in (Source.DIGITAL_LAUNCHPAD, Source.LOYALTY)
            assert r.expired_again == ZERO
        else:
            state[r.lot_id] = returned_to(state[r.lot_id], r)
    for lot in before:
        assert state[lot.id] == lot.as_of(on), lot
        assert (
            state[lot.id].total
            == state[lot.id].used + state[lot.id].expired + state[lot.id].available
        )
    assert [(r.source, r.reference, r.lot_id, r.amount) for r in note.returned] == [
        (a.source, a.reference, a.lot_id, a.amount) for a in invoice.allocations
    ]
    assert note.refund == invoice.payment
    assert note.total_ht == invoice.total_ht
    assert note.invoice_number == invoice.number and note.date == on


def _invoice():  # type: ignore[no-untyped-def]
    credit = CreditLot(
        1,
        1,
        LotKind.CREDIT,
        "PO-2026-00001",
        D("100.00"),
        ZERO,
        ZERO,
        date(2025, 3, 1),
        date(2026, 3, 20),
        date(2025, 3, 1),
    )
    invoice, state = _posted([credit], [InvoiceLine("compute", D("130.00"))], D("10.00"), ZERO)
    return invoice, state


def test_a_lot_expired_since_gets_its_part_back_and_loses_it_again() -> None:
    invoice, state = _invoice()
    assert [a.amount for a in invoice.allocations] == [D("100.00"), D("10.00")]
    note = reverse_invoice(
        invoice,
        number="cn-2026-00003 ",
        on=date(2026, 3, 20),
        today=date(2026, 4, 1),
        lots=state,
        reason="wrong project",
    )
    assert note.number == "CN-2026-00003" and note.reason == "wrong project"
    assert note.returned == (
        Returned(Source.CREDIT, "PO-2026-00001", 1, D("100.00"), expired_again=D("100.00")),
        Returned(Source.DIGITAL_LAUNCHPAD, "digital_launchpad", None, D("10.00")),
    )
    assert (note.refund.amount_ht, note.refund.vat, note.refund.amount_ttc) == (
        D("20.00"),
        D("4.00"),
        D("24.00"),
    )
    still = reverse_invoice(
        invoice, number="CN-2026-00004", on=date(2026, 3, 19), today=date(2026, 4, 1), lots=state
    )
    assert still.returned[0].expired_again == ZERO


def test_refusals() -> None:
    invoice, state = _invoice()
    kwargs = {"number": "CN-2026-00001", "lots": state, "today": date(2026, 4, 1)}
    with pytest.raises(DomainError) as twice:
        reverse_invoice(invoice, on=DAY, reversed_by="CN-2026-00001", **kwargs)  # type: ignore[arg-type]
    assert (twice.value.code, twice.value.params) == (
        "credit_note.already_reversed",
        {"invoice": "INV-2026-00007", "credit_note": "CN-2026-00001"},
    )
    with pytest.raises(DomainError) as early:
        reverse_invoice(invoice, on=DAY - timedelta(days=1), **kwargs)  # type: ignore[arg-type]
    assert early.value.code == "credit_note.before_invoice"
    assert early.value.params == {
        "invoice": "INV-2026-00007",
        "date": "2026-03-09",
        "invoice_date": "2026-03-10",
    }
    with pytest.raises(DomainError) as future:
        reverse_invoice(invoice, on=date(2026, 4, 2), **kwargs)  # type: ignore[arg-type]
    assert future.value.code == "credit_note.future"
    with pytest.raises(DomainError) as malformed:
        reverse_invoice(invoice, on=DAY, **{**kwargs, "number": "CN-26-1"})  # type: ignore[arg-type]
    assert malformed.value.code == "credit_note.malformed"
    with pytest.raises(ValueError, match="posted"):
        reverse_invoice(replace(invoice, number=None), on=DAY, **kwargs)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="lot 1"):
        reverse_invoice(invoice, on=DAY, **{**kwargs, "lots": {}})  # type: ignore[arg-type]


@given(st.integers(1000, 9999), st.integers(1, 10**7))
def test_numbers_read_back(year: int, seq: int) -> None:
    number = credit_note_number(year, seq)
    assert parse_credit_note_number(f"  {number.lower()} ") == number
    assert credit_note_sequence(number) == (year, seq)


def test_number_format() -> None:
    assert credit_note_number(2026, 1) == "CN-2026-00001"
    assert credit_note_number(2026, 123456) == "CN-2026-123456"
    with pytest.raises(ValueError):
        credit_note_number(2026, 0)
    for bad in ("CN-2026-0001", "INV-2026-00001", "CN-2026-٠٠٠٠١", "CN-2026-00001x", ""):
        with pytest.raises(DomainError) as refused:
            parse_credit_note_number(bad)
        assert refused.value.code == "credit_note.malformed"


def test_a_top_up_is_reversed_once_while_unused() -> None:
    check_top_up_reversal(D("50.00"), D("50.00"), None)
    with pytest.raises(DomainError) as used:
        check_top_up_reversal(D("50.00"), D("49.99"), None)
    assert used.value.code == "top_up.used" and used.value.params["balance"] == D("49.99")
    with pytest.raises(DomainError) as twice:
        check_top_up_reversal(D("50.00"), D("80.00"), "CN-2026-00002")
    assert twice.value.code == "top_up.already_reversed"
