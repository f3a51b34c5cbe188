"""`check_post`: the post's own checks, made before the confirmation is asked, writing
nothing; for any invoice, it refuses exactly when and as `post_invoice` would."""

from __future__ import annotations

import tempfile
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.domain.errors import DomainError
from desktop_app.domain.model import InvoiceLine
from desktop_app.services import accounts, invoices, projects, vouchers
from desktop_app.services.desk import Desk
from tests.helpers.files import dump

from .conftest import TODAY

D = Decimal


def _ledger(path: Path) -> None:
    with Desk.open(path, TODAY) as desk:
        projects.add_project(desk, "Web")
        accounts.add_payment_method(desk, "card", "Visa 4242")
        code = vouchers.issue_vouchers(desk, "100", TODAY + timedelta(days=60))[0].code
        vouchers.redeem_voucher(desk, code, "Web")
        day = TODAY - timedelta(days=10)
        invoices.post_invoice(desk, "Web", day, [InvoiceLine("compute", D("5"))])


def _outcome(action) -> str:  # type: ignore[no-untyped-def]
    try:
        action()
    except DomainError as error:
        return error.code
    return "ok"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    invoice_day=st.integers(min_value=-20, max_value=3),
    view_day=st.sampled_from([0, 0, 0, -1, 2]),
    amount=st.decimals(min_value=D("0.01"), max_value=D("500"), places=2),
    changed=st.booleans(),
)
def test_check_post_refuses_as_the_post_would_and_writes_nothing(
    invoice_day: int, view_day: int, amount: Decimal, changed: bool
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "ledger.sqlite3"
        _ledger(path)
        with Desk.open(path, TODAY) as opened:
            desk = opened.with_today(TODAY + timedelta(days=view_day))
            on = TODAY + timedelta(days=invoice_day)
            lines = [InvoiceLine("compute", amount)]
            try:
                draft = invoices.simulate_invoice(desk, "Web", on, lines)
            except DomainError:
                draft = None
            if changed and draft is not None:  # another program used the voucher meanwhile
                with Desk.open(path, TODAY) as other:
                    invoices.post_invoice(other, "Web", TODAY, [InvoiceLine("compute", D("50"))])
            before = dump(path)
            checked = _outcome(lambda: invoices.check_post(desk, "Web", on, lines, expected=draft))
            assert dump(path) == before, "check_post wrote"
            posted = _outcome(lambda: invoices.post_invoice(desk, "Web", on, lines, expected=draft))
            assert checked == posted
            if changed and draft is not None and view_day == 0 and checked != "ok":
                assert checked in {"invoice.changed", "invoice.backdated", "invoice.future"}
