"""The credit dialogs: buying credit (a bad amount refused in words, the VAT rate shown is the
one ordered), adding a voucher (checked as it is typed, refused in words)."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from PySide6.QtWidgets import QDialogButtonBox

from desktop_app.domain.model import LotKind
from desktop_app.services import orders
from desktop_app.services.desk import Desk, update_settings
from desktop_app.services.vouchers import issue_vouchers
from tests.services.conftest import dump
from tests.ui.conftest import TODAY


def test_buy_refuses_a_bad_amount_in_words(qtbot, window, desk) -> None:  # type: ignore[no-untyped-def]
    dialog = window.credits.buy_credit()
    dialog.amount.setText("12.345")
    dialog.create_order()
    assert dialog.order is None
    assert dialog.error.isVisible()
    assert "more than two decimals" in dialog.error.text()
    dialog.amount.setText("-5")
    dialog.create_order()
    assert "negative" in dialog.error.text()
    assert orders.list_orders(desk) == []
    dialog.reject()


def test_redeem_a_voucher_with_check_as_you_type(qtbot, window, desk) -> None:  # type: ignore[no-untyped-def]
    code = issue_vouchers(desk, Decimal("75.00"), TODAY + timedelta(days=90), campaign="Partner")[
        0
    ].code
    dialog = window.credits.add_voucher()
    qtbot.waitExposed(dialog)
    dialog.code.setText(code[:6])
    assert dialog.code_state() == "partial"
    wrong = code[:-1] + ("0" if code[-1] != "0" else "1")
    dialog.code.setText(wrong)
    assert dialog.code_state() == "mistyped"
    assert "Typo" in dialog.state.text()
    dialog.redeem()
    assert "typo" in dialog.error.text()
    dialog.code.setText(code.lower().replace("-", ""))
    assert dialog.code_state() == "ok"
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.lot is not None
    lot = window.credits.selected_lot()
    assert lot is not None and lot.reference == code and lot.kind is LotKind.VOUCHER

    again = window.credits.add_voucher()
    again.code.setText(code)
    again.redeem()
    assert again.lot is None
    assert "already redeemed" in again.error.text()
    again.code.setText("ZZZZ")
    again.redeem()
    assert "not a voucher code" in again.error.text()
    again.reject()


def test_unknown_voucher_is_refused(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.domain.codes import new_code

    dialog = window.credits.add_voucher()
    dialog.code.setText(new_code())
    dialog.redeem()
    assert "unknown" in dialog.error.text()
    dialog.reject()


def test_buy_dialog_orders_at_the_rate_it_showed_or_refuses(qtbot, window, desk) -> None:  # type: ignore[no-untyped-def]
    dialog = window.credits.buy_credit()
    dialog.amount.setText("100")
    assert dialog.ttc_value.text() == "€120.00"
    with Desk.open(desk.path, today=TODAY) as other:
        update_settings(other, {"vat_rate": "5.5"})
    before = dump(desk.path)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.click()
    assert dialog.order is None
    assert dump(desk.path) == before
    assert "VAT rate is now 5.50 %" in dialog.error.text()
    assert dialog.ttc_value.text() == "€105.50"  # the dialog now shows the new rate
    assert "5.5" in dialog.vat_label.text()
    ok.click()  # confirmed at the rate now shown
    assert dialog.order is not None
    assert dialog.order.amount_ttc == Decimal("105.50")
    assert orders.get_order(desk, dialog.order.number).vat_rate == Decimal("5.50")
    dialog.reject()
