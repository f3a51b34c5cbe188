"""The window puts the ledger's codes into words: the same English as the command line."""

from __future__ import annotations

import pytest

from desktop_app.domain.model import MovementKind, Wording
from desktop_app.services import listing, orders
from desktop_app.services.wording import WORDS
from desktop_app.ui.credits.models import LotModel
from desktop_app.ui.history.models import MovementModel
from desktop_app.ui.tables.names import movement_kind_name, wording_name
from tests.helpers.jobs import finish


def test_every_code_and_kind_has_words_in_the_window() -> None:
    assert {code: wording_name(code) for code in Wording} == {
        code: english for code, (english, _) in WORDS.items()
    }
    assert movement_kind_name(MovementKind.ORDER_CREATED) == "Order created"
    assert len({movement_kind_name(kind) for kind in MovementKind}) == len(MovementKind)


def test_history_and_credits_show_the_words(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    number = orders.buy_credit(desk, "Production web", "100").number
    lot = orders.pay_order(desk, number)
    history = MovementModel(desk)
    history.reload()
    rows = {(history.index(r, 1).data(), history.index(r, 6).data())
            for r in range(history.rowCount())}  # fmt: skip
    assert ("Order created", "purchase order created") in rows
    assert ("Order paid", "") in rows
    credits = LotModel(desk)
    credits.set_filter(project_id=lot.project_id)
    assert credits.index(0, 2).data() == "Public Cloud credit"
    assert listing.list_credits(desk, lot.project_id, search="public")[0].id == lot.id


@pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")
def test_check_tells_its_problems_in_words(qtbot, window, message_mock) -> None:  # type: ignore[no-untyped-def]
    """File > Check the ledger: each coded problem in the window's words (ui.messages)."""
    import sqlite3

    from desktop_app.services import accounts, integrity
    from desktop_app.ui import messages

    accounts.top_up(window.desk, "loyalty", "5")
    conn = sqlite3.connect(window.desk.path)
    with conn:
        conn.execute("UPDATE accounts SET balance_cents = 700 WHERE name = 'loyalty'")
    conn.close()
    (problem,) = integrity.check(window.desk).problems
    assert problem.code == "check.account_balance"
    said = messages.describe_problem(problem)
    assert said == "account loyalty: stored 7.00 €, its movements say 5.00 €"
    assert finish(qtbot, window.file_menu.check_ledger()).ok is False
    assert said in message_mock.getmsg("info").text
