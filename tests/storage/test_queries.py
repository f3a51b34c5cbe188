"""The ledger's queries behind rule 18 and the history's order, on rows written directly."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.domain.model import LotKind, MovementKind
from desktop_app.storage.sqlite.ledger import LOT_SORT, Ledger, LotQuery

DAY = date(2026, 11, 26)
D = Decimal


@pytest.fixture
def ledger(tmp_path: Path) -> Iterator[Ledger]:
    with Ledger(tmp_path / "ledger.sqlite3") as opened:
        with opened.write():
            opened.add_project("Web", "", DAY)
            opened.add_project("Data", "", DAY)
        yield opened


def _lot(
    ledger: Ledger, expires_on: date, total: str = "10", used: str = "0", project: int = 1
) -> int:
    with ledger.write():
        lot = ledger.add_lot(
            project_id=project,
            kind=LotKind.CREDIT,
            reference=f"L{expires_on}",
            description="",
            total=D(total),
            valid_from=expires_on - timedelta(days=100),
            expires_on=expires_on,
            issued_on=expires_on - timedelta(days=100),
        )
        if D(used):
            ledger.conn.execute(
                "UPDATE lots SET used_cents = ? WHERE id = ?", (int(D(used) * 100), lot.id)
            )
    return lot.id


def test_last_loss_is_the_latest_expiry_of_a_lot_not_used_up(ledger: Ledger) -> None:
    _lot(ledger, DAY - timedelta(days=30))
    _lot(ledger, DAY - timedelta(days=10), used="10")  # used up: nothing lost
    _lot(ledger, DAY - timedelta(days=20), project=2)  # another project
    _lot(ledger, DAY + timedelta(days=5))  # not expired by the day
    assert ledger.last_loss(1, DAY - timedelta(days=40), DAY) == DAY - timedelta(days=30)
    assert ledger.last_loss(1, DAY - timedelta(days=30), DAY) is None  # after is exclusive
    assert ledger.last_loss(1, DAY - timedelta(days=40), DAY - timedelta(days=30)) == (
        DAY - timedelta(days=30)  # up to is inclusive
    )
    assert ledger.last_loss(2, DAY - timedelta(days=40), DAY) == DAY - timedelta(days=20)
    with ledger.write():
        ledger.expire_lot(1, D("10"))  # recorded: still a loss on that day
    assert ledger.last_loss(1, DAY - timedelta(days=40), DAY) == DAY - timedelta(days=30)


def test_unrecorded_expiries_by_a_day(ledger: Ledger) -> None:
    lot = _lot(ledger, DAY, used="4")
    assert not ledger.has_unrecorded_expiries(DAY - timedelta(days=1))
    assert ledger.has_unrecorded_expiries(DAY)
    with ledger.write():
        ledger.expire_lot(lot, D("6"))
    assert not ledger.has_unrecorded_expiries(DAY)


lots = st.lists(
    st.tuples(st.integers(-30, 30), st.integers(1, 500), st.integers(0, 100)),
    min_size=1,
    max_size=12,
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(specs=lots, shift=st.integers(-40, 40))
def test_lots_are_shown_and_sorted_as_of_the_day(
    tmp_path_factory: pytest.TempPathFactory, specs: list[tuple[int, int, int]], shift: int
) -> None:
    path = tmp_path_factory.mktemp("lots") / "ledger.sqlite3"
    with Ledger(path) as ledger:
        with ledger.write():
            ledger.add_project("Web", "", DAY)
        for days, cents, percent in specs:
            total = D(cents) / 100
            _lot(ledger, DAY + timedelta(days=days), str(total), str(total * percent // 100))
        day = DAY + timedelta(days=shift)
        for sort in LOT_SORT:
            for descending in (False, True):
                query = LotQuery(None, day, include_all=True, sort=sort, descending=descending)
                shown = ledger.lots(query)
                assert all(x.available == 0 for x in shown if x.expires_on <= day)
                assert all(x.total == x.used + x.expired + x.available for x in shown)
                if sort in ("available", "expired"):
                    keys = [(getattr(x, sort), x.id) for x in shown]
                    assert keys == sorted(keys, reverse=descending)
                if not ledger.has_unrecorded_expiries(day):
                    # The stored columns are then what is shown: both orders agree.
                    where, params = query.where()
                    order = query.order_by(unrecorded_expiries=False)
                    raw = ledger.conn.execute(f"SELECT id FROM lots{where}{order}", params)
                    assert [r[0] for r in raw] == [x.id for x in shown]
        movements = ledger.movements(kinds=[MovementKind.EXPIRE])
        assert movements == []  # a view writes nothing
