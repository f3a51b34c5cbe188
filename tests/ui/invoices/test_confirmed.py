"""What the user confirmed in the window is what is written: the invoice panel posts the
simulation it showed (an edit clears it; a change by another program takes it down)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from decimal import Decimal
from typing import Any

import pytest

from desktop_app.domain.model import Account
from desktop_app.services import accounts, listing
from desktop_app.services.desk import Desk
from desktop_app.services.projects import add_project
from desktop_app.services.vouchers import issue_vouchers, redeem_voucher
from desktop_app.ui import i18n
from tests.services.conftest import dump
from tests.ui.conftest import TODAY

D = Decimal


def _voucher(desk: Desk, amount: str = "100") -> None:
    code = issue_vouchers(desk, D(amount), TODAY + timedelta(days=60))[0].code
    redeem_voucher(desk, code, "Production web")


def _simulated(window, lines=(("compute", "50"),)):  # type: ignore[no-untyped-def]
    view = window.invoice_view
    view.lines_model.set_lines(list(lines))
    assert view.simulate() is not None
    assert view.post_button.isEnabled()
    assert view.result_model.rowCount() > 0
    return view


def _simulated_then_changed_elsewhere(window, desk):  # type: ignore[no-untyped-def]
    """An invoice simulated on a voucher, then another program tops up the loyalty account
    (the invoice's split would now change)."""
    _voucher(desk, "30")
    window.refresh()
    view = _simulated(window, [("compute", "50")])
    with Desk.open(desk.path, today=TODAY) as other:
        accounts.top_up(other, Account.LOYALTY, "10")
    return view


def _assert_cleared(view) -> None:  # type: ignore[no-untyped-def]
    assert view.invoice is None
    assert not view.post_button.isEnabled()
    assert view.result_model.rowCount() == 0
    assert view.summary.text() == ""


def _edit_amount(view) -> None:  # type: ignore[no-untyped-def]
    view.lines_model.setData(view.lines_model.index(0, 1), "60")


def _edit_product(view) -> None:  # type: ignore[no-untyped-def]
    view.lines_model.setData(view.lines_model.index(0, 0), "storage")


def _add_line(view) -> None:  # type: ignore[no-untyped-def]
    view.add_line()


def _remove_line(view) -> None:  # type: ignore[no-untyped-def]
    view.lines.setCurrentIndex(view.lines_model.index(0, 0))
    view.remove_line()


def _change_date(view) -> None:  # type: ignore[no-untyped-def]
    view.date.setDate(view.date.date().addDays(-1))


CHANGES: dict[str, Callable[[Any], None]] = {
    "edit amount": _edit_amount,
    "edit product": _edit_product,
    "add line": _add_line,
    "remove line": _remove_line,
    "change date": _change_date,
}


@pytest.mark.parametrize("change", sorted(CHANGES))
def test_a_change_after_simulating_clears_the_result_and_disables_post(
    qtbot, window, change: str
) -> None:  # type: ignore[no-untyped-def]
    view = _simulated(window)
    CHANGES[change](view)
    _assert_cleared(view)


def test_choosing_another_project_clears_the_result(qtbot, window, desk) -> None:  # type: ignore[no-untyped-def]
    other = add_project(desk, "Data lake")
    window.refresh()
    view = _simulated(window)
    assert window.select_project(other.id)
    _assert_cleared(view)


def test_what_does_not_change_the_invoice_keeps_it(qtbot, window, desk) -> None:  # type: ignore[no-untyped-def]
    view = _simulated(window, [("compute", "1,840.50")])
    draft = view.invoice
    view.lines_model.setData(view.lines_model.index(0, 1), "1,840.50")  # an editor closed as is
    assert view.invoice is draft
    i18n.set_language("fr")  # the amounts are rewritten the French way: the same amounts
    qtbot.waitUntil(lambda: view.simulate_button.text() == "Simuler")
    assert view.invoice is draft and view.post_button.isEnabled()
    window.refresh()  # the window re-reads the ledger (another program, the poll)
    assert view.invoice is draft and view.post_button.isEnabled()


def test_post_writes_exactly_the_invoice_confirmed(qtbot, window, desk, message_mock) -> None:  # type: ignore[no-untyped-def]
    """The old panel asked about €50.00, then re-read the cells: 70 was posted."""
    _voucher(desk)
    window.refresh()
    view = _simulated(window, [("compute", "50")])

    def yes_while_the_cells_change(_question: str) -> bool:
        view.lines_model.setData(view.lines_model.index(0, 1), "70")
        return True

    message_mock.answer(yes_while_the_cells_change)
    posted = view.post()
    assert posted is not None and posted.number
    (asked,) = message_mock.questions()
    assert "€50.00" in asked
    assert posted.total_ht == D("50.00")
    (lot,) = listing.list_credits(desk, "Production web")
    assert lot.used == D("50.00")


def test_the_question_says_what_the_payment_method_pays(qtbot, window, message_mock) -> None:  # type: ignore[no-untyped-def]
    view = _simulated(window, [("compute", "50")])  # no credit: the card pays it all
    message_mock.answer(False)
    assert view.post() is None
    (asked,) = message_mock.questions()
    assert "€60.00 incl. VAT" in asked and "Visa" in asked


def test_a_change_by_another_program_is_refused_and_nothing_is_posted(
    qtbot, window, desk, message_mock
) -> None:  # type: ignore[no-untyped-def]
    view = _simulated_then_changed_elsewhere(window, desk)
    before = dump(desk.path)
    message_mock.answer(True, True)
    assert view.post() is None
    assert dump(desk.path) == before
    assert "changed since this invoice was simulated" in view.error.text()
    assert not view.post_button.isEnabled()
    assert view.simulate() is not None  # simulated again: the loyalty balance is in it
    assert view.post() is not None


def test_a_simulation_the_ledger_no_longer_gives_is_taken_down(qtbot, window, desk) -> None:  # type: ignore[no-untyped-def]
    """Another program wrote: the window re-reads the ledger (its poll) and does not leave a
    split on screen that posting would refuse."""
    _voucher(desk, "30")
    window.refresh()
    view = _simulated(window, [("compute", "50")])
    draft = view.invoice
    with Desk.open(desk.path, today=TODAY) as other:
        add_project(other, "Unrelated")  # the invoice's split is the same
    window.poll()
    assert view.invoice is draft and view.post_button.isEnabled()
    with Desk.open(desk.path, today=TODAY) as other:
        accounts.top_up(other, Account.LOYALTY, "10")  # now the loyalty balance pays a part
    window.poll()
    _assert_cleared(view)
    assert "simulate again" in view.error.text()


def test_a_post_that_would_be_refused_asks_nothing_and_says_why(
    qtbot, window, desk, message_mock
) -> None:  # type: ignore[no-untyped-def]
    """`check_post` first: the ledger changed (another program posted a later invoice), so
    no confirmation is asked, the refusal is said, and nothing is written."""
    from desktop_app.domain.model import InvoiceLine
    from desktop_app.services import invoices

    view = _simulated(window, [("compute", "50")])
    # the draft is dated today; another program posts an invoice dated a day later
    with Desk.open(desk.path, today=TODAY + timedelta(days=1)) as other:
        invoices.post_invoice(other, "Production web", TODAY + timedelta(days=1),
                              [InvoiceLine("compute", D("5"))])  # fmt: skip
    before = dump(desk.path)
    message_mock.answer(True)
    assert view.post() is None
    assert message_mock.questions() == []  # never asked
    assert dump(desk.path) == before
    assert "before the project's last invoice" in view.error.text()


def test_the_refusal_said_before_the_question_is_the_posts_own(
    qtbot, window, desk, message_mock
) -> None:  # type: ignore[no-untyped-def]
    view = _simulated_then_changed_elsewhere(window, desk)
    assert view.post() is None
    assert message_mock.questions() == []
    assert "changed since this invoice was simulated" in view.error.text()
