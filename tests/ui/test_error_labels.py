"""An error label says why something was refused, and goes once its cause is fixed: the
amount, the code, the value or the lines typed again (``ErrorLabel.watch``)."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from PySide6.QtWidgets import QLineEdit

from desktop_app.domain.codes import new_code
from desktop_app.services.vouchers import issue_vouchers
from desktop_app.ui.preferences.dialog import PreferencesDialog
from desktop_app.ui.projects.dialogs import ProjectDialog
from tests.ui.conftest import TODAY


def test_buy_credit_a_bad_amount_said_then_fixed(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    dialog = window.credits.buy_credit()
    dialog.amount.setText("12.345")
    dialog.create_order()
    assert "more than two decimals" in dialog.error.text()
    dialog.amount.setText("12.3")  # still typing: "12.3" is an amount: fixed
    assert dialog.error.text() == "" and not dialog.error.isVisibleTo(dialog)
    dialog.amount.setText("-5")
    dialog.create_order()
    dialog.amount.setText("-50")  # still refused: the message stays (the current reason)
    assert "negative" in dialog.error.text()
    dialog.amount.setText("1,5")
    assert dialog.error.text() == ""
    dialog.reject()


def test_a_refused_voucher_code_stays_said_until_another_code_is_whole(qtbot, window, desk) -> None:  # type: ignore[no-untyped-def]
    dialog = window.credits.add_voucher()
    dialog.code.setText(new_code())
    dialog.redeem()
    assert "unknown" in dialog.error.text()
    good = issue_vouchers(desk, Decimal("10"), TODAY + timedelta(days=30))[0].code
    dialog.code.setText(good[:5])  # typing another one: not yet a code
    assert "unknown" in dialog.error.text()
    dialog.code.setText(good)
    assert dialog.error.text() == ""
    dialog.reject()


def test_a_refused_setting_goes_once_the_value_passes(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    dialog = PreferencesDialog(desk)
    qtbot.addWidget(dialog)
    terms = dialog.page_of("payment.terms_days").fields["payment.terms_days"]
    assert isinstance(terms, QLineEdit)
    terms.setText("forty")
    assert not dialog.save()
    assert "days" in dialog.error.text()
    terms.setText("forty-")  # still not a number of days
    assert "days" in dialog.error.text()
    terms.setText("40")
    assert dialog.error.text() == ""


def test_a_refused_project_name_goes_when_another_is_typed(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    dialog = ProjectDialog(window.desk, parent=window)
    qtbot.addWidget(dialog)
    dialog.name.setText("Production web")  # taken
    dialog.save()
    assert dialog.error.text() != ""
    dialog.name.setText("Production web 2")
    assert dialog.error.text() == ""


def test_an_invoice_line_refused_then_fixed(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    view = window.invoice_view
    view.lines_model.set_lines([("compute", "12.345")])
    assert view.simulate() is None
    assert "more than two decimals" in view.error.text()
    view.lines_model.setData(view.lines_model.index(0, 1), "12.34")
    assert view.error.text() == ""
