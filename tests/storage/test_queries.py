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
from desktop_app.domain.postings import Posting
from desktop_app.storage.queries import LOT_SORT_KEYS, LotQuery, MovementQuery
from desktop_app.storage.sqlite.ledger import SqliteLedger
from desktop_app.storage.sqlite.lots import lot_filter, lot_order

DAY = date(2026, 11, 26)
D = Decimal


@pytest.fixture
def ledger(tmp_path: Path) -> Iterator[SqliteLedger]:
    with SqliteLedger(tmp_path / "ledger.sqlite3") as opened:
        with opened.write() as tx:
            tx.projects.add("Web", "", DAY)
            tx.projects.add("Data", "", DAY)
        yield opened


def _lot(
    ledger: SqliteLedger, expires_on: date, total: str = "10", used: str = "0", project: int = 1
) -> int:
    with ledger.write() as tx:
        lot = tx.lots.add(
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


def _expiry(lot_id: int, amount: Decimal) -> Posting:
    return Posting(DAY, MovementKind.EXPIRE, -amount, f"L{lot_id}", 1, lot_id)


def test_last_loss_is_the_latest_expiry_of_a_lot_not_used_up(ledger: SqliteLedger) -> None:
    _lot(ledger, DAY - timedelta(days=30))
    _lot(ledger, DAY - timedelta(days=10), used="10")  # used up: nothing lost
    _lot(ledger, DAY - timedelta(days=20), project=2)  # another project
    _lot(ledger, DAY + timedelta(days=5))  # not expired by the day
    with ledger.read() as tx:
        lots = tx.lots
        assert lots.last_loss(1, DAY - timedelta(days=40), DAY) == DAY - timedelta(days=30)
        assert lots.last_loss(1, DAY - timedelta(days=30), DAY) is None  # after is exclusive
        assert lots.last_loss(1, DAY - timedelta(days=40), DAY - timedelta(days=30)) == (
            DAY - timedelta(days=30)  # up to is inclusive
        )
        assert lots.last_loss(2, DAY - timedelta(days=40), DAY) == DAY - timedelta(days=20)
    with ledger.write() as tx:
        tx.movements.record([_expiry(1, D("10"))])  # recorded: still a loss on that day
    with ledger.read() as tx:
        assert tx.lots.last_loss(1, DAY - timedelta(days=40), DAY) == DAY - timedelta(days=30)


def test_unrecorded_expiries_by_a_day(ledger: SqliteLedger) -> None:
    lot = _lot(ledger, DAY, used="4")
    with ledger.read() as tx:
        assert not tx.lots.has_unrecorded_expiries(DAY - timedelta(days=1))
        assert tx.lots.has_unrecorded_expiries(DAY)
    with ledger.write() as tx:
        tx.movements.record([_expiry(lot, D("6"))])
    with ledger.read() as tx:
        assert not tx.lots.has_unrecorded_expiries(DAY)


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
    with SqliteLedger(path) as ledger:
        with ledger.write() as tx:
            tx.projects.add("Web", "", DAY)
        for days, cents, percent in specs:
            total = D(cents) / 100
            _lot(ledger, DAY + timedelta(days=days), str(total), str(total * percent // 100))
        day = DAY + timedelta(days=shift)
        for sort in LOT_SORT_KEYS:
            for descending in (False, True):
                query = LotQuery(None, day, include_all=True, sort=sort, descending=descending)
                with ledger.read() as tx:
                    shown = tx.lots.page(query)
                    unrecorded = tx.lots.has_unrecorded_expiries(day)
                assert all(x.available == 0 for x in shown if x.expires_on <= day)
                assert all(x.total == x.used + x.expired + x.available for x in shown)
                if sort in ("available", "expired"):
                    keys = [(getattr(x, sort), x.id) for x in shown]
                    assert keys == sorted(keys, reverse=descending)
                if not unrecorded:
                    # The stored columns are then what is shown: both orders agree.
                    where, params = lot_filter(query)
                    order = lot_order(query, unrecorded_expiries=False)
                    raw = ledger.conn.execute(f"SELECT id FROM lots{where}{order}", params)
                    assert [r[0] for r in raw] == [x.id for x in shown]
        with ledger.read() as tx:
            movements = tx.movements.page(MovementQuery(kinds=(MovementKind.EXPIRE,)))
        assert movements == []  # a view writes nothing
