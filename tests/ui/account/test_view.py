"""The account tab: top-ups, payment methods, the details saved as changed."""

from __future__ import annotations

from decimal import Decimal

from desktop_app.domain.model import Account
from desktop_app.services.desk import Desk, update_settings
from tests.ui.conftest import TODAY


def test_account_top_up_payment_method_and_settings(qtbot, window, desk) -> None:  # type: ignore[no-untyped-def]
    view = window.account_view
    view.launchpad_amount.setText("1,000")  # 1 000 or 1,00? refused, never guessed (rule 12)
    assert view.top_up(Account.DIGITAL_LAUNCHPAD) is None
    view.launchpad_amount.setText("1,000.00")
    assert view.top_up(Account.DIGITAL_LAUNCHPAD) == Decimal("1000.00")
    assert "€1,000.00" in window.status.launchpad.text()
    view.method_label.setText("PayPal compta")
    view.method_type.setCurrentIndex(view.method_type.findData("paypal"))
    assert view.add_method() is not None
    assert view.methods_model.rowCount() == 2
    view.methods.selectRow(1)
    view.make_default()
    assert view.methods_model.row_object(1).default
    view.vat.setText("5.5")
    view.fields["buyer.name"].setText("Durand SA")
    assert view.save_settings()
    assert desk.settings()["buyer.name"] == "Durand SA"
    assert desk.vat_rate() == Decimal("5.50")
    view.vat.setText("150")
    assert not view.save_settings()
    assert not view.settings_error.isHidden()


def test_saving_details_writes_what_was_changed_not_a_stale_copy(qtbot, window, desk) -> None:  # type: ignore[no-untyped-def]
    view = window.account_view
    view.fields["buyer.name"].setText("Durand SA")  # typed, not saved yet
    with Desk.open(desk.path, today=TODAY) as other:  # another program meanwhile
        update_settings(other, {"seller.email": "sales@example.org"})
    assert view.save_settings()  # before the window has seen the other program's change
    settings = desk.settings()
    assert settings["buyer.name"] == "Durand SA"
    assert settings["seller.email"] == "sales@example.org"  # not written back as it was
    assert view.fields["seller.email"].text() == "sales@example.org"


def test_a_refresh_keeps_what_is_being_typed(qtbot, window, desk) -> None:  # type: ignore[no-untyped-def]
    view = window.account_view
    view.fields["buyer.name"].setText("Durand SA")
    view.vat.setText("5.5")
    with Desk.open(desk.path, today=TODAY) as other:
        update_settings(other, {"seller.name": "Nuage SAS", "buyer.name": "Someone else"})
    window.refresh()  # the poll saw the other program
    assert view.fields["seller.name"].text() == "Nuage SAS"
    assert view.fields["buyer.name"].text() == "Durand SA"  # the user's typing is not lost
    assert view.vat.text() == "5.5"
    assert view.save_settings()
    assert desk.settings()["buyer.name"] == "Durand SA"
    assert desk.vat_rate() == Decimal("5.50")
    assert view.vat.text() == "5.50"  # shown as saved
