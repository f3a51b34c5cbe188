"""Rule 16: what costs money in the books; every entry balances; the journal of a period ties
out to its roll-forward."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.domain.books.chart import DEFAULT_CHART, Chart, chart_from_settings
from desktop_app.domain.books.creditnote import reverse_invoice
from desktop_app.domain.books.entries import (
    JournalEntry,
    JournalLine,
    Memo,
    Tally,
    credit_noted,
    expired,
    invoice_posted,
    order_paid,
    split_expense,
    topped_up,
    voucher_redeemed,
)
from desktop_app.domain.books.rollforward import roll_forward
from desktop_app.domain.model import (
    Account,
    Allocation,
    CreditLot,
    Invoice,
    InvoiceLine,
    LotKind,
    OrderStatus,
    PaymentDue,
    PurchaseOrder,
    Source,
)
from desktop_app.domain.money import ZERO, from_cents
from tests.domain.books.sim import PRODUCTS, Sim, histories, periods, prepaid_net

D = Decimal
SPLIT = chart_from_settings({"books.expense_by_product": "ai=6156, storage=628"})
charts = st.sampled_from([DEFAULT_CHART, SPLIT])


def _lines_of(entry: JournalEntry, chart: Chart) -> dict[str, tuple[Decimal, Decimal]]:
    found: dict[str, tuple[Decimal, Decimal]] = {}
    for line in entry.lines:
        debit, credit = found.get(line.account.number, (ZERO, ZERO))
        found[line.account.number] = (debit + line.debit, credit + line.credit)
    return found


ORDER = PurchaseOrder(
    "PO-2026-00004",
    1,
    OrderStatus.PAID,
    D("1000.00"),
    D("20.00"),
    date(2026, 1, 3),
    paid_on=date(2026, 1, 8),
)
INVOICE = Invoice(
    1,
    date(2026, 1, 31),
    (InvoiceLine("compute", D("300.00")), InvoiceLine("ai", D("100.00"))),
    (
        Allocation(Source.VOUCHER, "WELCOME", 2, D("50.00")),
        Allocation(Source.CREDIT, "PO-2026-00004", 1, D("200.00")),
        Allocation(Source.LOYALTY, "loyalty", None, D("30.00")),
    ),
    PaymentDue("card", D("120.00"), D("24.00")),
    D("20.00"),
    number="INV-2026-00009",
)


def test_paying_an_order_books_prepaid_and_vat_against_the_supplier() -> None:
    entry = order_paid(ORDER, DEFAULT_CHART, "Prod")
    assert (entry.date, entry.piece_ref, entry.piece_date) == (
        date(2026, 1, 8),
        "PO-2026-00004",
        date(2026, 1, 3),
    )
    assert _lines_of(entry, DEFAULT_CHART) == {
        "4091": (D("1000.00"), ZERO),
        "44566": (D("200.00"), ZERO),
        "401": (ZERO, D("1200.00")),
    }
    assert entry.label == "Crédit cloud PO-2026-00004 - Prod" and entry.refs == (
        ("order", "PO-2026-00004"),
    )
    no_vat = order_paid(replace(ORDER, vat_rate=ZERO), DEFAULT_CHART)
    assert [line.account.number for line in no_vat.lines] == ["4091", "401"]
    with pytest.raises(ValueError, match="not paid"):
        order_paid(replace(ORDER, paid_on=None), DEFAULT_CHART)


def test_an_invoice_books_the_credit_used_and_the_payment_methods_part_only() -> None:
    entry, voucher, loyalty = invoice_posted(INVOICE, DEFAULT_CHART)
    assert isinstance(entry, JournalEntry)
    assert _lines_of(entry, DEFAULT_CHART) == {
        "6135": (D("320.00"), ZERO),  # 200 of credit + 120 paid: vouchers and loyalty are discounts
        "4091": (ZERO, D("200.00")),
        "44566": (D("24.00"), ZERO),
        "401": (ZERO, D("144.00")),
    }
    assert (voucher.source, voucher.amount, loyalty.source, loyalty.amount) == (
        "voucher",
        D("50.00"),
        "loyalty",
        D("30.00"),
    )
    assert "50,00 EUR" in voucher.label and voucher.piece_ref == "INV-2026-00009"
    split, *_ = invoice_posted(INVOICE, SPLIT)
    assert isinstance(split, JournalEntry)
    assert _lines_of(split, SPLIT)["6135"] == (D("240.00"), ZERO)  # 3/4 of 320
    assert _lines_of(split, SPLIT)["6156"] == (D("80.00"), ZERO)
    with pytest.raises(ValueError, match="posted"):
        invoice_posted(replace(INVOICE, number=None), DEFAULT_CHART)


def test_an_invoice_paid_by_discounts_alone_is_a_memo() -> None:
    free = replace(
        INVOICE,
        allocations=(Allocation(Source.VOUCHER, "W", 2, D("400.00")),),
        payment=PaymentDue("card", ZERO, ZERO),
    )
    assert [type(item) for item in invoice_posted(free, DEFAULT_CHART)] == [Memo]


def test_a_credit_note_is_the_mirror_of_its_invoice() -> None:
    lots = {
        1: CreditLot(
            1,
            1,
            LotKind.CREDIT,
            "PO-2026-00004",
            D("1000.00"),
            D("200.00"),
            ZERO,
            date(2026, 1, 8),
            date(2027, 2, 8),
            date(2026, 1, 8),
        ),
        2: CreditLot(
            2,
            1,
            LotKind.VOUCHER,
            "WELCOME",
            D("50.00"),
            D("50.00"),
            ZERO,
            date(2026, 1, 1),
            date(2026, 2, 1),
            date(2026, 1, 1),
        ),
    }
    note = reverse_invoice(
        INVOICE, number="CN-2026-00001", on=date(2026, 2, 3), today=date(2026, 2, 3), lots=lots
    )
    for chart in (DEFAULT_CHART, SPLIT):
        posted, *_ = invoice_posted(INVOICE, chart)
        mirror, *memos = credit_noted(note, INVOICE, chart, "Prod")
        assert isinstance(posted, JournalEntry) and isinstance(mirror, JournalEntry)
        assert [(x.account, x.debit, x.credit) for x in mirror.lines] == [
            (x.account, x.credit, x.debit) for x in posted.lines
        ]
        assert (mirror.date, mirror.piece_ref) == (date(2026, 2, 3), "CN-2026-00001")
        assert mirror.refs == (("credit_note", "CN-2026-00001"), ("invoice", "INV-2026-00009"))
        assert [(m.source, m.amount) for m in memos] == [
            ("voucher", D("50.00")),
            ("loyalty", D("30.00")),
        ]
    # The voucher had expired by then: it gets its 50 back and loses them again, a memo too.
    assert note.returned[0].expired_again == D("50.00")
    again = expired(lots[2], D("50.00"), note.date, DEFAULT_CHART, piece=note.number)
    assert isinstance(again, Memo) and again.refs == (
        ("lot", "WELCOME"),
        ("credit_note", "CN-2026-00001"),
    )


def test_expiry_books_a_loss_for_purchased_credit_and_a_memo_for_a_voucher() -> None:
    lot = CreditLot(
        1,
        1,
        LotKind.CREDIT,
        "PO-2025-00001",
        D("90.00"),
        D("30.00"),
        ZERO,
        date(2025, 1, 2),
        date(2026, 2, 2),
        date(2025, 1, 2),
    )
    entry = expired(lot, D("60.00"), lot.expires_on, DEFAULT_CHART)
    assert isinstance(entry, JournalEntry)
    assert _lines_of(entry, DEFAULT_CHART) == {
        "658": (D("60.00"), ZERO),
        "4091": (ZERO, D("60.00")),
    }
    assert entry.piece_ref == "PO-2025-00001" and entry.refs == (("lot", "PO-2025-00001"),)
    memo = expired(replace(lot, kind=LotKind.VOUCHER), D("60.00"), lot.expires_on, DEFAULT_CHART)
    assert isinstance(memo, Memo) and memo.amount == D("60.00")
    assert voucher_redeemed(replace(lot, kind=LotKind.VOUCHER)).amount == D("90.00")
    assert (
        topped_up(Account.LOYALTY, D("-5.00"), date(2026, 1, 1), "CN-2026-00002").piece_ref
        == "CN-2026-00002"
    )


def test_an_entry_that_does_not_balance_cannot_exist() -> None:
    day = date(2026, 1, 1)
    one = JournalLine(DEFAULT_CHART.prepaid, debit=D("1.00"))
    with pytest.raises(ValueError, match="balance"):
        JournalEntry(day, "X", day, "x", (one,))
    with pytest.raises(ValueError, match="one positive side"):
        JournalEntry(
            day, "X", day, "x", (one, JournalLine(DEFAULT_CHART.vat, D("1.00"), D("2.00")))
        )
    with pytest.raises(ValueError, match="one positive side"):
        JournalEntry(
            day,
            "X",
            day,
            "x",
            (
                JournalLine(DEFAULT_CHART.vat, D("-1.00")),
                JournalLine(DEFAULT_CHART.vat, credit=D("-1.00")),
            ),
        )
    with pytest.raises(ValueError, match="no line"):
        JournalEntry(day, "X", day, "x", ())


@given(
    st.lists(st.tuples(st.sampled_from(PRODUCTS), st.integers(1, 10**7)), min_size=1, max_size=6),
    st.integers(0, 10**7),
    charts,
)
def test_the_expense_is_shared_exactly_and_in_proportion(
    lines: list[tuple[str, int]], booked: int, chart: Chart
) -> None:
    typed = [InvoiceLine(p, from_cents(c)) for p, c in lines]
    shares = split_expense(typed, from_cents(booked), chart)
    assert sum((amount for _, amount in shares), ZERO) == from_cents(booked)
    total = sum(c for _, c in lines)
    for account, amount in shares:
        weight = sum(c for p, c in lines if chart.expense_for(p) == account)
        assert abs(amount * 100 - D(booked * weight) / total) < 1  # within a cent of exact


@settings(max_examples=150, deadline=None)
@given(st.data(), charts)
def test_every_entry_balances_and_the_journal_ties_out_to_the_rollforward(
    data: st.DataObject, chart: Chart
) -> None:
    sim: Sim = data.draw(histories())
    period = data.draw(periods(sim))
    items = sim.journal(period, chart)
    tally = Tally()
    for item in tally.count(items):
        if isinstance(item, JournalEntry):
            assert item.debit == item.credit and item.date in period
    assert tally.debit == tally.credit
    purchased = roll_forward(sim.movements, sim.lots.values(), period).purchased
    assert (
        prepaid_net(items, chart)
        == purchased.bought - purchased.used - purchased.expired + purchased.returned
    )
    losses = sum(
        (
            line.debit
            for item in items
            for line in getattr(item, "lines", ())
            if line.account == chart.loss
        ),
        ZERO,
    )
    assert losses == purchased.expired
    orders = [i for i in items if isinstance(i, JournalEntry) and i.refs[0][0] == "order"]
    bought = sum((x.debit for i in orders for x in i.lines if x.account == chart.prepaid), ZERO)
    assert bought == purchased.bought
