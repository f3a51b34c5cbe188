"""The accounts repository: the two account-level balances and the payment methods."""

from __future__ import annotations

import pytest

from desktop_app.domain.errors import DomainError
from desktop_app.domain.model import Account, PaymentMethod, PaymentType
from desktop_app.storage.sqlite.ledger import SqliteLedger
from tests.helpers.pg import dump_ledger
from tests.storage.rows import D


def test_balances_start_at_zero(ledger: SqliteLedger) -> None:
    with ledger.read() as tx:
        assert [tx.accounts.balance(a) for a in Account] == [D("0.00"), D("0.00")]


def test_the_first_method_is_the_default_until_another_is_chosen(ledger: SqliteLedger) -> None:
    with ledger.write() as tx:
        card = tx.accounts.add_payment_method(PaymentType.CARD, "Visa", default=False)
        sepa = tx.accounts.add_payment_method(PaymentType.SEPA, "SEPA", default=False)
    assert card == PaymentMethod(card.id, PaymentType.CARD, "Visa", True)
    assert not sepa.default
    with ledger.write() as tx:
        paypal = tx.accounts.add_payment_method(PaymentType.PAYPAL, "PayPal", default=True)
    with ledger.read() as tx:
        assert tx.accounts.default_payment_method() == paypal
        assert [m.default for m in tx.accounts.payment_methods()] == [False, False, True]
    with ledger.write() as tx:
        tx.accounts.set_default_payment_method(sepa.id)
    with ledger.read() as tx:
        assert tx.accounts.default_payment_method() == PaymentMethod(
            sepa.id, PaymentType.SEPA, "SEPA", True
        )


def test_an_unknown_method_cannot_become_the_default(ledger: SqliteLedger) -> None:
    with ledger.write() as tx:
        tx.accounts.add_payment_method(PaymentType.CARD, "Visa", default=True)
    before = dump_ledger(ledger)
    with pytest.raises(DomainError) as refused, ledger.write() as tx:
        tx.accounts.set_default_payment_method(42)
    assert (refused.value.code, refused.value.params) == ("payment_method.unknown", {"id": 42})
    assert dump_ledger(ledger) == before
