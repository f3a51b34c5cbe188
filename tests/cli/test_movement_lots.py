"""`movement list` says which lot each movement moved (``lot_reference``: the order's number
or the voucher's code), as the window's history does: an invoice's use names the lot that
paid, not the invoice twice."""

from __future__ import annotations

from tests.helpers.ledger import Cli


def test_an_invoices_use_names_the_lot_that_paid(funded: Cli) -> None:
    moves = funded.ok("movement", "list")
    use = next(m for m in moves if m["kind"] == "USE")
    assert (use["reference"], use["invoice"], use["lot_reference"]) == (
        "INV-2026-00001", "INV-2026-00001", "PO-2026-00001")  # fmt: skip
    paid = next(m for m in moves if m["kind"] == "ORDER")
    assert paid["lot_reference"] == paid["reference"] == "PO-2026-00001"
    text = funded("movement", "list", as_json=False).out.splitlines()
    line = next(t for t in text if "USE" in t)
    assert line.endswith("PO-2026-00001") and "INV-2026-00001" in line


def test_an_account_movement_names_no_lot(web: Cli) -> None:
    web.ok("account", "loyalty", "add", "20")
    (top_up,) = web.ok("movement", "list")
    assert top_up["lot_reference"] is None and top_up["account"] == "loyalty"
