"""The expiry notices' lead times as settings, and the lots announced once per threshold."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest

from desktop_app.domain.notice import NoticeDays
from desktop_app.services import listing, notices, projects, vouchers
from desktop_app.services.desk import Desk, update_settings
from tests.helpers.pg import dump_any

from .conftest import TODAY, refused


def _lots(desk: Desk, *days: int) -> list[int]:
    projects.add_project(desk, "Web")
    ids = []
    for ahead in days:
        code = vouchers.issue_vouchers(desk, Decimal("10"), TODAY + timedelta(days=ahead))[0].code
        ids.append(vouchers.redeem_voucher(desk, code, "Web").id)
    return ids


def test_the_lead_times_are_settings_checked_together(desk: Desk) -> None:
    assert notices.notice_days(desk) == NoticeDays(30, 7)
    update_settings(desk, {"notice.days": "45", "notice.urgent_days": "10"})
    assert notices.notice_days(desk) == NoticeDays(45, 10)
    update_settings(desk, {"notice.urgent_days": "44"})  # with the stored 45: fine
    refused(desk, "setting.notice_days", lambda: update_settings(desk, {"notice.days": "44"}))
    refused(desk, "setting.notice_day", lambda: update_settings(desk, {"notice.days": "0"}))
    refused(
        desk,
        "setting.notice_days",
        lambda: update_settings(desk, {"notice.days": "5", "notice.urgent_days": "5"}),
    )
    assert notices.notice_days(desk) == NoticeDays(45, 44)


def test_alerts_and_the_summary_use_the_ledger_lead_times(desk: Desk) -> None:
    near, far = _lots(desk, 5, 40)
    assert [lot.id for lot in listing.expiry_alerts(desk)] == [near]
    update_settings(desk, {"notice.days": "60"})
    assert [lot.id for lot in listing.expiry_alerts(desk)] == [near, far]
    summary = listing.expiry_summary(desk)
    assert (summary.count, summary.urgent_count) == (2, 1)


def test_a_lot_is_announced_once_per_threshold(desk: Desk) -> None:
    soon, urgent, _far = _lots(desk, 20, 3, 90)
    assert notices.announce(desk) == {soon: "soon", urgent: "urgent"}
    assert notices.announce(desk) == {}  # recorded: not news any more
    assert f"state.notice.{soon}" not in desk.settings()  # the program's state, not a setting
    later = desk.with_today(TODAY + timedelta(days=14))  # a view date: news, not recorded
    before = dump_any(desk.shown)
    assert notices.announce(later) == {soon: "urgent"}
    assert dump_any(desk.shown) == before, "a view date records nothing"
    with Desk.open(desk.shown, TODAY + timedelta(days=14)) as that_day:  # the day itself
        assert notices.announce(that_day) == {soon: "urgent"}
        assert notices.announce(that_day) == {}


@pytest.mark.parametrize("key", ["state.notice.1", "state.anything"])
def test_the_state_is_not_a_setting_a_person_sets(desk: Desk, key: str) -> None:
    refused(desk, "setting.unknown", lambda: update_settings(desk, {key: "soon"}))
