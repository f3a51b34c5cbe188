"""The movements a credit note makes (``credit_note_postings``) are those the books' model
of the ledger records (``sim.Sim.reverse``), for random histories; a credit note dated
before an expiry that has happened since is refused."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings

from desktop_app.domain.books.creditnote import (
    CreditNote,
    Returned,
    check_not_expired_since,
    credit_note_postings,
    reverse_top_up,
    top_up_reversal_postings,
)
from desktop_app.domain.errors import DomainError
from desktop_app.domain.model import Account, CreditLot, LotKind, MovementKind, PaymentDue, Source
from tests.domain.books.sim import Sim, histories

D = Decimal


@settings(max_examples=150, deadline=None)
@given(histories())
def test_a_credit_notes_postings_are_the_movements_it_records(sim: Sim) -> None:
    for note in sim.notes:
        made = [(p.day, p.kind.value, p.amount, p.lot_id, p.account.value if p.account else None)
                for p in credit_note_postings(note)]  # fmt: skip
        recorded = [(m.date, str(m.kind), m.amount, m.lot_id, m.account)
                    for m in sim.movements if m.reference == note.number]  # fmt: skip
        assert made == recorded
        assert all(p.credit_note == note.number for p in credit_note_postings(note))
        given_back = sum((p.amount for p in credit_note_postings(note)
                          if p.kind is MovementKind.RETURN), D(0))  # fmt: skip
        assert given_back == note.total_ht - note.refund.amount_ht


def _lot(expires_on: date) -> CreditLot:
    return CreditLot(7, 1, LotKind.CREDIT, "PO-2026-00001", D(100), D(40), D(0),
                     date(2026, 1, 1), expires_on, date(2026, 1, 1))  # fmt: skip


def _note(on: date) -> CreditNote:
    part = Returned(Source.CREDIT, "PO-2026-00001", 7, D(40))
    return CreditNote("CN-2026-00001", "INV-2026-00001", 1, on, (part,),
                      PaymentDue(None, D(0), D(0)), D(20))  # fmt: skip


def test_a_credit_note_dated_before_an_expiry_since_is_refused() -> None:
    lot = _lot(date(2026, 3, 1))
    with pytest.raises(DomainError) as refused:
        check_not_expired_since(_note(date(2026, 2, 15)), {7: lot}, date(2026, 3, 5))
    assert refused.value.code == "credit_note.before_expiry"
    assert refused.value.params["expiry"] == "2026-03-01"
    check_not_expired_since(_note(date(2026, 3, 1)), {7: lot}, date(2026, 3, 5))  # on it: fine
    check_not_expired_since(_note(date(2026, 2, 15)), {7: lot}, date(2026, 2, 28))  # not yet


def test_a_top_up_reversal_takes_the_amount_back_once_while_unused() -> None:
    day = date(2026, 3, 5)
    common = {"number": "CN-2026-00002", "account": Account.LOYALTY, "amount": D(40),
              "top_up_id": 3, "topped_up_on": day - timedelta(days=3), "today": day}  # fmt: skip
    done = reverse_top_up(on=day, balance=D(40), reversed_by=None, **common)  # type: ignore[arg-type]
    (posting,) = top_up_reversal_postings(done)
    assert (posting.kind, posting.amount, posting.account) == (
        MovementKind.RETURN, D(-40), Account.LOYALTY)  # fmt: skip
    for on, balance, by, code in (
        (day, D(39), None, "top_up.used"),
        (day, D(40), "CN-2026-00001", "top_up.already_reversed"),
        (day - timedelta(days=4), D(40), None, "credit_note.before_top_up"),
        (day + timedelta(days=1), D(40), None, "credit_note.future"),
    ):
        with pytest.raises(DomainError) as refused:
            reverse_top_up(on=on, balance=balance, reversed_by=by, **common)  # type: ignore[arg-type]
        assert refused.value.code == code
