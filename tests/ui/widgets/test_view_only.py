"""Domain rule 13 in the window: while "as of" is not today every write is off, says why and
how to go back; "Today" goes back; a write reached anyway is refused in words."""

from __future__ import annotations

import re
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest

from desktop_app.domain.errors import DomainError
from desktop_app.domain.model import Account
from desktop_app.services import orders
from desktop_app.services.desk import Desk
from desktop_app.ui import messages
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.widgets.view_only import view_only_error
from tests.services.conftest import dump
from tests.ui.conftest import TODAY

TOMORROW = TODAY + timedelta(days=1)
HEX_COLOUR = re.compile(r"#[0-9a-fA-F]{3,8}\b")


def _ready(window: MainWindow, desk: Desk) -> None:
    """Every write control with what it needs to be enabled: an order, a simulation."""
    order = orders.buy_credit(desk, "Production web", Decimal("100"))
    window.refresh()
    assert window.orders_view.select(order.number)
    account = window.account_view
    account.methods.selectRow(0)
    view = window.invoice_view
    view.lines_model.set_lines([("compute", "10")])
    assert view.simulate() is not None


def _write_controls(window: MainWindow) -> dict[str, Any]:
    account = window.account_view
    return {
        "buy action": window.credits.buy_action,
        "voucher action": window.credits.voucher_action,
        "import vouchers": window.credits.import_vouchers_action,
        "buy button": window.credits.buy_button,
        "voucher button": window.credits.voucher_button,
        "add project": window.projects.add_button,
        "rename project": window.projects.rename_button,
        "archive project": window.projects.archive_button,
        "mark paid": window.orders_view.pay_button,
        "cancel order": window.orders_view.cancel_button,
        "post invoice": window.invoice_view.post_button,
        "top up launchpad": account.launchpad_button,
        "top up loyalty": account.loyalty_button,
        "add payment method": account.method_add,
        "make default": account.method_default,
        "save settings": account.save_button,
        "language": account.language,
    }


def _disabled(window: MainWindow) -> list[str]:
    return sorted(name for name, item in _write_controls(window).items() if not item.isEnabled())


def _every_part_holds(window: MainWindow, desk: Desk) -> None:
    """The window's current desk is the one every part (and every table's model) works on:
    none is left on the day before."""
    parts = [window.projects, window.credits, window.as_of_bar, window.file_menu,
             *window.built_views()]  # fmt: skip
    for part in parts:
        assert part.desk == desk, type(part).__name__
    models = [window.projects.model, window.credits.lot_model, window.orders_view.model,
              window.history_view.model, window.account_view.methods_model]  # fmt: skip
    for model in models:
        assert model.desk == desk, type(model).__name__


def test_as_of_tomorrow_disables_every_write_and_today_enables_them(qtbot, window, desk) -> None:  # type: ignore[no-untyped-def]
    _ready(window, desk)
    assert _disabled(window) == []
    assert not window.as_of_bar.today_action.isEnabled()

    window.set_as_of(TOMORROW)
    assert not window.desk.writable and desk.writable  # another desk: the first is as it was
    assert window.desk.same_ledger(desk)
    _every_part_holds(window, window.desk)
    assert window.invoice_view.simulate() is not None  # simulating is reading: still works
    assert _disabled(window) == sorted(_write_controls(window))
    for name, item in _write_controls(window).items():
        assert "not today" in item.toolTip() and "Today" in item.toolTip(), name
    assert window.as_of_bar.today_action.isEnabled()
    assert not window.as_of_bar.note.isHidden()
    assert "not today" in window.as_of_bar.date.toolTip()

    window.as_of_bar.today_action.trigger()
    assert window.desk.today == TODAY and window.desk.writable
    _every_part_holds(window, window.desk)
    assert window.as_of_bar.date.date().toPython() == TODAY
    assert window.invoice_view.simulate() is not None
    assert _disabled(window) == []
    assert not window.as_of_bar.today_action.isEnabled()
    assert window.as_of_bar.note.isHidden()
    assert "not today" not in window.credits.buy_button.toolTip()


def test_a_past_day_is_a_view_too(qtbot, window, desk) -> None:  # type: ignore[no-untyped-def]
    _ready(window, desk)
    window.set_as_of(TODAY - timedelta(days=30))
    assert _disabled(window) == sorted(_write_controls(window))


def test_the_programs_day_is_today_not_the_system_clock(qtbot, window, desk) -> None:  # type: ignore[no-untyped-def]
    """``--today`` demos: the window opened on the program's day is not a view."""
    assert desk.calendar_day == TODAY
    assert window.as_of_bar.note.isHidden()
    assert window.as_of_bar.date.styleSheet() == ""
    assert window.credits.buy_button.isEnabled() and window.projects.add_button.isEnabled()
    assert "not today" not in window.credits.buy_button.toolTip()


def test_the_not_today_style_uses_the_palette_not_colours(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.set_as_of(TOMORROW)
    for widget in (window.as_of_bar.date, window.as_of_bar.label, window.as_of_bar.note):
        assert not HEX_COLOUR.search(widget.styleSheet()), widget.styleSheet()
    assert "palette(" in window.as_of_bar.date.styleSheet()
    assert window.as_of_bar.label.font().bold()


def test_a_write_reached_anyway_is_refused_in_words_and_changes_nothing(
    qtbot, window, desk, message_mock
) -> None:  # type: ignore[no-untyped-def]
    _ready(window, desk)
    window.set_as_of(TOMORROW)
    message_mock.default_answer = True  # nothing may be written, whatever the answer
    before = dump(desk.path)
    assert window.credits.buy_credit() is None
    assert window.credits.add_voucher() is None
    assert window.projects.add_project() is None
    assert window.projects.rename_project() is None
    assert window.credits.import_vouchers() is None
    assert window.orders_view.mark_paid() is None
    assert not window.orders_view.cancel_order()
    window.projects.archive_project()
    shown = message_mock.read("error")
    assert [m.code for m in shown] == ["ledger.view_only"] * 8
    assert shown[0].error.params == {"as_of": TOMORROW.isoformat(), "today": TODAY.isoformat()}
    assert message_mock.questions() == []  # refused before anything is asked
    assert window.invoice_view.simulate() is not None  # simulating on a view date is fine
    assert window.invoice_view.post() is None  # posting is told in the panel, same words
    assert "not today" in window.invoice_view.error.text()
    window.account_view.launchpad_amount.setText("10")
    assert window.account_view.top_up(Account.DIGITAL_LAUNCHPAD) is None
    assert "not today" in window.account_view.balances_error.text()
    assert dump(desk.path) == before


def test_the_windows_refusal_is_the_services_own(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    desk = desk.with_today(TOMORROW)
    with pytest.raises(DomainError) as caught, desk.write():
        pass
    ours = view_only_error(desk)
    assert (ours.code, ours.params) == (caught.value.code, caught.value.params)
    assert "Today button" in messages.describe(ours)


def test_opening_another_ledger_keeps_the_programs_day(qtbot, window, desk, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window.set_as_of(TOMORROW)
    assert window.open_ledger(tmp_path / "other.sqlite3")
    assert window.desk.today == TOMORROW
    assert window.desk.calendar_day == TODAY
    assert not window.desk.writable
    assert not window.projects.add_button.isEnabled()
    window.as_of_bar.today_action.trigger()
    assert window.desk.writable and window.projects.add_button.isEnabled()


def test_the_reason_is_said_in_french_too(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui import i18n

    window.set_as_of(TOMORROW)
    i18n.set_language("fr")
    qtbot.waitUntil(lambda: window.as_of_bar.today_action.text() == "&Aujourd'hui")
    window.refresh()
    assert "pas à aujourd'hui" in window.credits.buy_button.toolTip()
    assert window.as_of_bar.note.text() == "Consultation seule"


def test_as_of_date_changes_today_and_is_highlighted(qtbot, window, desk) -> None:  # type: ignore[no-untyped-def]
    window.set_as_of(date(2027, 1, 15))
    assert window.desk.today == date(2027, 1, 15) and desk.today == TODAY
    assert "background" in window.as_of_bar.date.styleSheet()
    assert "Not today" in window.as_of_bar.date.toolTip()
