"""The purchase orders tab: cancelling after the question; an order changed elsewhere."""

from __future__ import annotations

from decimal import Decimal

from desktop_app.domain.model import OrderStatus
from desktop_app.services import orders
from desktop_app.services.desk import Desk
from tests.services.conftest import dump
from tests.ui.conftest import TODAY


def test_cancel_an_order_after_confirmation(qtbot, window, desk, message_mock) -> None:  # type: ignore[no-untyped-def]
    order = orders.buy_credit(desk, "Production web", Decimal("100"))
    window.refresh()
    message_mock.answer(True)
    assert window.orders_view.select(order.number)
    assert window.orders_view.cancel_order()
    (asked,) = message_mock.questions()
    assert order.number in asked
    assert orders.get_order(desk, order.number).status is OrderStatus.CANCELLED
    window.orders_view.status.setCurrentIndex(3)  # cancelled only
    assert [o.number for o in window.orders_view.model.rows()] == [order.number]


def test_an_order_changed_by_another_program_is_not_paid_or_cancelled(
    qtbot, window, desk, message_mock
) -> None:  # type: ignore[no-untyped-def]
    first = orders.buy_credit(desk, "Production web", Decimal("100")).number
    second = orders.buy_credit(desk, "Production web", Decimal("200")).number
    window.refresh()
    view = window.orders_view
    assert view.select(first)
    dialog = view.mark_paid()
    with Desk.open(desk.path, today=TODAY) as other:
        orders.cancel_order(other, first)
    before = dump(desk.path)
    dialog.pay()
    assert dialog.lot is None and "cancelled" in dialog.error.text()
    assert dump(desk.path) == before
    dialog.reject()

    window.refresh()
    assert view.select(second)
    message_mock.answer(True)
    with Desk.open(desk.path, today=TODAY) as other:
        orders.pay_order(other, second)  # paid meanwhile, before the window has seen it
    before = dump(desk.path)
    assert not view.cancel_order()
    assert message_mock.codes() == ["order.paid_cannot_cancel"]
    assert dump(desk.path) == before


def test_the_pdfs_of_the_orders_shown_are_saved_in_a_worker(  # type: ignore[no-untyped-def]
    qtbot, window, desk, message_mock, tmp_path
) -> None:
    from tests.helpers.jobs import finish

    numbers = [orders.buy_credit(desk, "Production web", Decimal(a)).number for a in "123"]
    window.refresh()
    view = window.orders_view
    before = dump(desk.path)
    written = finish(qtbot, view.save_pdfs(tmp_path / "pdfs"))
    assert sorted(p.name for p in written) == sorted(f"{n}.pdf" for n in numbers)
    assert all(p.read_bytes().startswith(b"%PDF") for p in written)
    assert "3 PDF(s) saved in" in message_mock.getmsg("info").text
    assert dump(desk.path) == before
