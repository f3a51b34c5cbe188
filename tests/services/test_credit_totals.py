"""The credits & vouchers table's totals row: one SQL aggregate over what the table lists
(its project, its "show all", its search, its day), equal to the sum of its rows."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.services import listing
from desktop_app.services.demo import build_demo
from desktop_app.services.desk import Desk

TODAY = date(2026, 11, 26)


def summed(desk: Desk, wanted: listing.LotFilter) -> listing.LotTotals:
    lots = listing.credits_page(desk, wanted)
    return listing.LotTotals(
        len(lots),
        sum((lot.total for lot in lots), Decimal(0)),
        sum((lot.used for lot in lots), Decimal(0)),
        sum((lot.expired for lot in lots), Decimal(0)),
        sum((lot.available for lot in lots), Decimal(0)),
    )


_demo: list[Path] = []


def demo_ledger(tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    if not _demo:
        path = tmp_path_factory.mktemp("totals") / "demo.sqlite3"
        with Desk.open(path, TODAY) as desk:
            build_demo(desk)
        _demo.append(path)
    return _demo[0]


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    project=st.sampled_from([None, "Production web", "Data lake", "Staging & tests"]),
    include_all=st.booleans(),
    search=st.sampled_from(["", "PO-", "voucher", "zzz", "2026"]),
    days=st.integers(min_value=-400, max_value=400),
)
def test_the_totals_are_the_sum_of_the_rows_listed(
    tmp_path_factory, project, include_all, search, days
) -> None:  # type: ignore[no-untyped-def]
    with Desk.open(demo_ledger(tmp_path_factory), TODAY) as opened:
        desk = opened.with_today(TODAY + timedelta(days=days))  # a view date: expiries shown
        wanted = listing.lot_query(desk, project, include_all=include_all, search=search)
        totals = listing.credits_totals(desk, wanted)
        assert totals == summed(desk, wanted)
        assert totals.count == listing.count_credits(desk, wanted)
        assert totals.total == totals.used + totals.expired + totals.available
