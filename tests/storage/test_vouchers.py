"""The vouchers repository: the catalogue of codes, each redeemable once."""

from __future__ import annotations

from datetime import timedelta

from desktop_app.domain.codes import new_code
from desktop_app.domain.model import Voucher
from desktop_app.storage.sqlite.ledger import SqliteLedger
from tests.storage.rows import DAY, D, add_lot


def _voucher(code: str, **more: object) -> Voucher:
    fields = {"amount": D("25.50"), "valid_from": DAY, "expires_on": DAY + timedelta(days=90)}
    return Voucher(code, **{**fields, **more})  # type: ignore[arg-type]


def test_a_code_reads_back_as_written(ledger: SqliteLedger) -> None:
    code = new_code()
    written = _voucher(code, products=frozenset({"ai", "compute"}), campaign="GPU trial")
    with ledger.write() as tx:
        assert tx.vouchers.add([written], DAY) == 1
    with ledger.read() as tx:
        assert tx.vouchers.get(code) == written
        assert tx.vouchers.get(new_code()) is None


def test_existing_codes_are_found_past_the_parameter_limit(ledger: SqliteLedger) -> None:
    codes = sorted({new_code() for _ in range(2500)})
    with ledger.write() as tx:
        assert tx.vouchers.add([_voucher(c) for c in codes[::2]], DAY) == len(codes[::2])
    with ledger.read() as tx:
        assert tx.vouchers.existing(codes) == set(codes[::2])
        assert tx.vouchers.existing([]) == set()


def test_a_code_is_redeemed_once(ledger: SqliteLedger) -> None:
    code = new_code()
    lot = add_lot(ledger, expires_on=DAY + timedelta(days=90))
    other = add_lot(ledger, expires_on=DAY + timedelta(days=91), project=2)
    with ledger.write() as tx:
        tx.vouchers.add([_voucher(code)], DAY)
        tx.vouchers.mark_redeemed(code, DAY, 1, lot.id)
        tx.vouchers.mark_redeemed(code, DAY + timedelta(days=1), 2, other.id)  # no effect
    with ledger.read() as tx:
        found = tx.vouchers.get(code)
    assert found is not None and (found.redeemed_on, found.lot_id) == (DAY, lot.id)
