"""The lots repository: what a lot holds, the waterfall, the listings as of a day (rule 18),
expiries due and the losses behind rule 18's invoice date check."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.domain.errors import DomainError
from desktop_app.domain.model import CreditLot, LotKind, MovementKind, Wording, waterfall_key
from desktop_app.domain.notice import NewsWindow
from desktop_app.domain.postings import Posting
from desktop_app.storage.queries import LOT_SORT_KEYS, LotQuery, MovementQuery
from desktop_app.storage.sqlite.ledger import SqliteLedger
from desktop_app.storage.sqlite.lots import lot_filter, lot_order
from tests.storage.rows import DAY, D, add_lot


def _expiry(lot: CreditLot, amount: str) -> Posting:
    return Posting(lot.expires_on, MovementKind.EXPIRE, -D(amount), lot.reference, 1, lot.id)


def _lots(ledger: SqliteLedger, query: LotQuery) -> list[CreditLot]:
    with ledger.read() as tx:
        return tx.lots.page(query)


def test_a_lot_reads_back_as_written(ledger: SqliteLedger) -> None:
    lot = add_lot(
        ledger,
        expires_on=DAY + timedelta(days=30),
        total="12.34",
        used="1.05",
        kind=LotKind.VOUCHER,
        products=frozenset({"compute", "ai"}),
        code=Wording.VOUCHER,
    )
    assert (lot.kind, lot.total, lot.used, lot.expired) == (
        LotKind.VOUCHER, D("12.34"), D("1.05"), D("0.00"),
    )  # fmt: skip
    assert (lot.products, lot.description, lot.description_code) == (
        frozenset({"compute", "ai"}), "", Wording.VOUCHER,
    )  # fmt: skip
    assert (lot.valid_from, lot.expires_on) == (DAY - timedelta(days=70), DAY + timedelta(days=30))
    with ledger.read() as tx:
        assert tx.lots.get(lot.id) == lot
        assert tx.lots.get(lot.id + 1) is None


def test_the_waterfall_is_vouchers_then_soonest_expiry_and_only_usable_lots(
    ledger: SqliteLedger,
) -> None:
    start = DAY - timedelta(days=10)
    late = add_lot(ledger, expires_on=DAY + timedelta(days=90), valid_from=start)
    soon = add_lot(ledger, expires_on=DAY + timedelta(days=10), valid_from=start)
    voucher = add_lot(
        ledger, expires_on=DAY + timedelta(days=200), kind=LotKind.VOUCHER, valid_from=start
    )
    add_lot(ledger, expires_on=DAY + timedelta(days=5), used="10")  # used up
    add_lot(ledger, expires_on=DAY)  # expires today: not usable today
    add_lot(ledger, expires_on=DAY + timedelta(days=300), valid_from=DAY + timedelta(days=1))
    add_lot(ledger, expires_on=DAY + timedelta(days=20), project=2)  # another project
    with ledger.read() as tx:
        ids = [lot.id for lot in tx.lots.waterfall(1, DAY)]
    assert ids == [voucher.id, soon.id, late.id]
    assert ids == [lot.id for lot in sorted([late, soon, voucher], key=waterfall_key)]


def test_a_listing_filters_searches_and_counts(ledger: SqliteLedger) -> None:
    credit = add_lot(ledger, expires_on=DAY + timedelta(days=30), code=Wording.PUBLIC_CLOUD_CREDIT)
    gpu = add_lot(ledger, expires_on=DAY + timedelta(days=40), description="GPU 100%_off")
    used_up = add_lot(ledger, expires_on=DAY + timedelta(days=50), used="10")
    other = add_lot(ledger, expires_on=DAY + timedelta(days=60), project=2)

    def ids(**what: object) -> list[int]:
        query = LotQuery(**{"project_id": None, "today": DAY, **what})  # type: ignore[arg-type]
        with ledger.read() as tx:
            found = [lot.id for lot in tx.lots.page(query)]
            assert tx.lots.count(query) == len(found)
        return found

    assert ids() == [credit.id, gpu.id, other.id]  # something left, by expiry
    assert ids(include_all=True) == [credit.id, gpu.id, used_up.id, other.id]
    assert ids(project_id=2) == [other.id]
    assert ids(search="100%_") == [gpu.id]  # LIKE's wildcards are the typed characters
    assert ids(search="100%x") == []
    assert ids(search="zzz", search_codes=("public_cloud_credit",)) == [credit.id]
    assert ids(search="L2027-", include_all=True) == [gpu.id, used_up.id, other.id]


def test_sorting_by_description_puts_coded_lots_together(ledger: SqliteLedger) -> None:
    a = add_lot(ledger, expires_on=DAY + timedelta(days=30), code=Wording.VOUCHER)
    b = add_lot(ledger, expires_on=DAY + timedelta(days=31), code=Wording.PUBLIC_CLOUD_CREDIT)
    c = add_lot(ledger, expires_on=DAY + timedelta(days=32), description="Alpha")
    d = add_lot(ledger, expires_on=DAY + timedelta(days=33), code=Wording.VOUCHER)
    shown = _lots(ledger, LotQuery(None, DAY, sort="description"))
    assert [lot.id for lot in shown] == [b.id, a.id, d.id, c.id]
    backwards = _lots(ledger, LotQuery(None, DAY, sort="description", descending=True))
    assert [lot.id for lot in backwards] == [c.id, d.id, a.id, b.id]


def test_an_unknown_sort_is_refused(ledger: SqliteLedger) -> None:
    with pytest.raises(DomainError) as refused:
        _lots(ledger, LotQuery(None, DAY, sort="price"))
    assert refused.value.code == "lot.sort_unknown"


def test_expiring_lots_and_their_totals(ledger: SqliteLedger) -> None:
    due = add_lot(ledger, expires_on=DAY - timedelta(days=1), total="5", used="2")
    soon = add_lot(ledger, expires_on=DAY + timedelta(days=3), total="7")
    later = add_lot(ledger, expires_on=DAY + timedelta(days=20), total="11", used="1")
    add_lot(ledger, expires_on=DAY + timedelta(days=60), total="13")
    with ledger.read() as tx:
        assert [lot.id for lot in tx.lots.due_expiry(DAY)] == [due.id]
        expiring = tx.lots.expiring(DAY, DAY + timedelta(days=30))
        assert [lot.id for lot in expiring] == [soon.id, later.id]
        assert [lot.id for lot in tx.lots.expiring(DAY, DAY + timedelta(days=30), 1)] == [soon.id]
        window = NewsWindow(DAY, DAY + timedelta(days=30), DAY + timedelta(days=7))
        assert tx.lots.notice_news(window, "state.notice.") == [
            (soon.id, soon.expires_on, None),
            (later.id, later.expires_on, None),
        ]
        totals = tx.lots.expiring_totals(DAY, DAY + timedelta(days=30), DAY + timedelta(days=7))
        assert totals == (2, 1700, 1, 700)
        assert tx.lots.project_summary(1, DAY) == (D("30.00"), soon.expires_on)
        assert tx.lots.project_summary(2, DAY) == (D("0.00"), None)


def test_last_loss_is_the_latest_expiry_of_a_lot_not_used_up(ledger: SqliteLedger) -> None:
    lost = add_lot(ledger, expires_on=DAY - timedelta(days=30))
    add_lot(ledger, expires_on=DAY - timedelta(days=10), used="10")  # used up: nothing lost
    add_lot(ledger, expires_on=DAY - timedelta(days=20), project=2)  # another project
    add_lot(ledger, expires_on=DAY + timedelta(days=5))  # not expired by the day
    with ledger.read() as tx:
        lots = tx.lots
        assert lots.last_loss(1, DAY - timedelta(days=40), DAY) == DAY - timedelta(days=30)
        assert lots.last_loss(1, DAY - timedelta(days=30), DAY) is None  # after is exclusive
        assert lots.last_loss(1, DAY - timedelta(days=40), DAY - timedelta(days=30)) == (
            DAY - timedelta(days=30)  # up to is inclusive
        )
        assert lots.last_loss(2, DAY - timedelta(days=40), DAY) == DAY - timedelta(days=20)
    with ledger.write() as tx:
        tx.movements.record([_expiry(lost, "10")])  # recorded: still a loss on that day
    with ledger.read() as tx:
        assert tx.lots.last_loss(1, DAY - timedelta(days=40), DAY) == DAY - timedelta(days=30)


def test_unrecorded_expiries_by_a_day(ledger: SqliteLedger) -> None:
    lot = add_lot(ledger, expires_on=DAY, used="4")
    with ledger.read() as tx:
        assert not tx.lots.has_unrecorded_expiries(DAY - timedelta(days=1))
        assert tx.lots.has_unrecorded_expiries(DAY)
    with ledger.write() as tx:
        tx.movements.record([_expiry(lot, "6")])
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
    """Each lot shows what was written: nothing available from its expiry on, what it had
    left then expired; sorted by what is shown, whatever the stored columns say."""
    path = tmp_path_factory.mktemp("lots") / "ledger.sqlite3"
    with SqliteLedger(path) as ledger:
        with ledger.write() as tx:
            tx.projects.add("Web", "", DAY)
        written: dict[int, tuple[date, D, D]] = {}
        for days, cents, percent in specs:
            total = D(cents) / 100
            used = (total * percent / 100).quantize(D("0.01"))
            lot = add_lot(ledger, expires_on=DAY + timedelta(days=days), total=str(total),
                          used=str(used))  # fmt: skip
            written[lot.id] = (lot.expires_on, total, used)
        day = DAY + timedelta(days=shift)
        for sort in LOT_SORT_KEYS:
            for descending in (False, True):
                query = LotQuery(None, day, include_all=True, sort=sort, descending=descending)
                with ledger.read() as tx:
                    shown = tx.lots.page(query)
                    unrecorded = tx.lots.has_unrecorded_expiries(day)
                assert sorted(x.id for x in shown) == sorted(written)
                for x in shown:
                    expires_on, total, used = written[x.id]
                    left = D(0) if expires_on <= day else total - used
                    assert (x.total, x.used, x.available) == (total, used, left)
                    assert x.expired == total - used - left
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


def test_the_notice_reads_only_the_lots_that_can_be_news(ledger: SqliteLedger) -> None:
    """A lot announced urgent is never news again; one announced soon only once urgent; an
    unreadable announcement is none; a lot used up or expiring later is not read."""
    window = NewsWindow(DAY, DAY + timedelta(days=30), DAY + timedelta(days=7))
    near = [add_lot(ledger, expires_on=DAY + timedelta(days=3)) for _ in range(3)]
    far = [add_lot(ledger, expires_on=DAY + timedelta(days=20)) for _ in range(3)]
    add_lot(ledger, expires_on=DAY + timedelta(days=5), total="5", used="5")  # used up
    add_lot(ledger, expires_on=DAY + timedelta(days=31))
    with ledger.write() as tx:
        for lots in (near, far):
            tx.settings.set(f"state.notice.{lots[0].id}", "soon")
            tx.settings.set(f"state.notice.{lots[1].id}", "urgent")
    with ledger.read() as tx:
        found = tx.lots.notice_news(window, "state.notice.")
    assert found == [
        (near[0].id, near[0].expires_on, "soon"),  # soon, now urgent: news
        (near[2].id, near[2].expires_on, None),
        (far[2].id, far[2].expires_on, None),
    ]
