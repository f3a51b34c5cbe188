"""Domain rule 18: any view as of D shows what has expired by D, recorded or not, and writes
nothing. The credits table (command line, window, CSV), the project list and summary, the
alerts and the forecast's starting balance agree with each other and with the movements once
the expiries are recorded."""

from __future__ import annotations

import csv
import shutil
import tempfile
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.domain.forecast import starting_balance
from desktop_app.domain.model import CreditLot, InvoiceLine, LotStatus
from desktop_app.domain.money import ZERO, from_cents
from desktop_app.services import forecast, invoices, listing, projects, vouchers
from desktop_app.services.desk import Desk
from desktop_app.services.expiry import expire
from desktop_app.storage.queries import LOT_SORT_KEYS
from tests.helpers.ledger import assert_lot_as_its_history, lot_history
from tests.helpers.pg import dump_any

from .conftest import TODAY

D = Decimal


def _lot(desk: Desk, amount: str, expires_on: date, used: str = "0", project: str = "Web") -> int:
    code = vouchers.issue_vouchers(desk, amount, expires_on)[0].code
    lot = vouchers.redeem_voucher(desk, code, project)
    if D(used):
        invoices.post_invoice(desk, project, desk.today, [InvoiceLine("compute", D(used))])
    return lot.id


def _shown(desk: Desk, lot_id: int) -> CreditLot:
    (lot,) = [x for x in listing.list_credits(desk, None, include_all=True) if x.id == lot_id]
    return lot


def test_an_expired_lot_no_command_wrote_off_shows_nothing_available(
    desk: Desk, tmp_path: Path
) -> None:
    then = desk.on_day(date(2026, 10, 1))
    projects.add_project(then, "Web")
    gone = _lot(then, "100", date(2026, 11, 1), used="55")
    kept = _lot(then, "30", date(2027, 1, 1))
    before = dump_any(desk.shown)
    lot = _shown(desk, gone)
    assert (lot.total, lot.used, lot.expired, lot.available) == (
        D("100.00"),
        D("55.00"),
        D("45.00"),
        D("0.00"),
    )
    assert lot.status(TODAY) is LotStatus.EXPIRED
    assert [x.id for x in listing.list_credits(desk, "Web")] == [kept]
    assert projects.list_projects(desk)[0][1] == D("30.00")
    assert projects.project_summary(desk, "Web") == (D("30.00"), date(2027, 1, 1))
    out = tmp_path / "credits.csv"
    listing.export_csv(desk, "credits", out)
    rows = {r["id"]: r for r in csv.DictReader(out.open(encoding="utf-8"))}
    assert (rows[str(gone)]["expired"], rows[str(gone)]["available"]) == ("45.00", "0.00")
    assert rows[str(gone)]["status"] == "expired"
    assert dump_any(desk.shown) == before, "a view wrote to the ledger"
    # Recording the expiry changes what is stored, not what is shown.
    expire(desk)
    assert _shown(desk, gone) == lot


def test_a_view_of_a_later_day_shows_what_will_have_expired_by_then(desk: Desk) -> None:
    projects.add_project(desk, "Web")
    soon = _lot(desk, "40", TODAY + timedelta(days=10), used="15")
    later = _lot(desk, "60", TODAY + timedelta(days=100))
    before = dump_any(desk.shown)
    desk = desk.with_today(TODAY + timedelta(days=20))  # the window's "as of": a view
    lot = _shown(desk, soon)
    assert (lot.expired, lot.available, lot.status(desk.today)) == (
        D("25.00"),
        D("0.00"),
        LotStatus.EXPIRED,
    )
    assert [x.id for x in listing.list_credits(desk, "Web")] == [later]
    assert projects.list_projects(desk)[0][1] == D("60.00")
    assert projects.project_summary(desk, "Web")[0] == D("60.00")
    assert [x.id for x in listing.expiry_alerts(desk, 120)] == [later]
    run = forecast.forecast(desk, "Web", 1, {"compute": D("1")})
    assert starting_balance(run) == D("60.00")
    assert dump_any(desk.shown) == before, "a view wrote to the ledger"


def test_a_lot_issued_after_a_past_view_day_is_upcoming_and_not_counted(desk: Desk) -> None:
    """As of a day before a lot was issued, it is listed as upcoming with what it holds, and
    the project's total (rule 4: usable on that day) leaves it out."""
    projects.add_project(desk, "Web")
    lot_id = _lot(desk, "50", TODAY + timedelta(days=60))
    desk = desk.with_today(TODAY - timedelta(days=5))
    lot = _shown(desk, lot_id)
    assert (lot.available, lot.status(desk.today)) == (D("50.00"), LotStatus.UPCOMING)
    assert projects.list_projects(desk)[0][1] == ZERO


# -- the same money in every view, for random ledgers ------------------------------------------

lot_specs = st.lists(
    st.tuples(
        st.integers(0, 300),  # issued this many days before TODAY
        st.integers(1, 500),  # valid this many days
        st.integers(1, 50_000),  # amount in cents
        st.integers(0, 100),  # percent used on the day it was issued
        st.sampled_from(("Web", "Data")),
    ),
    min_size=1,
    max_size=8,
)


def _sorted_as_shown(lots: list[CreditLot], key: str, descending: bool) -> list[int]:
    def value(lot: CreditLot) -> object:
        return getattr(lot, key) if key != "id" else lot.id

    ordered = sorted(lots, key=lambda lot: (value(lot), lot.id), reverse=descending)
    return [lot.id for lot in ordered]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(specs=lot_specs, view_days=st.integers(0, 400))
def test_every_view_shows_the_same_money_as_the_movements(
    specs: list[tuple[int, int, int, int, str]], view_days: int
) -> None:
    folder = Path(tempfile.mkdtemp(prefix="ccd-views-"))
    try:
        with Desk.open(folder / "ledger.sqlite3", TODAY) as desk:
            then = desk.on_day(TODAY - timedelta(days=400))
            projects.add_project(then, "Web")
            projects.add_project(then, "Data")
            for back, valid, cents, percent, project in sorted(specs, reverse=True):
                then = desk.on_day(TODAY - timedelta(days=back))
                amount = from_cents(cents)
                used = (amount * percent / 100).quantize(D("0.01"))
                _lot(then, str(amount), then.today + timedelta(days=valid), str(used), project)
            _check_views(desk, TODAY + timedelta(days=view_days))
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _check_views(desk: Desk, day: date) -> None:
    before = dump_any(desk.shown)
    desk = desk.with_today(day)  # a view: nothing may be written
    table = listing.list_credits(desk, None, include_all=True)
    history = lot_history(desk.path)
    for lot in table:
        assert_lot_as_its_history(lot, day, history)
    assert all(lot.available == 0 for lot in table if lot.expires_on <= day)
    shown = sum((lot.available for lot in table), ZERO)
    totals = projects.list_projects(desk)
    assert shown == sum((total for _, total in totals), ZERO)
    for project, total in totals:
        assert projects.project_summary(desk, project.id)[0] == total
        mine = [lot for lot in table if lot.project_id == project.id]
        assert total == sum((lot.available for lot in mine), ZERO)
        open_lots = listing.list_credits(desk, project.id)
        assert total == sum((lot.available for lot in open_lots), ZERO)
        run = forecast.forecast(desk, project.id, 1, {"compute": D("0.01")})
        assert starting_balance(run) == total
    for key in LOT_SORT_KEYS:
        for descending in (False, True):
            found = listing.list_credits(
                desk, None, include_all=True, sort=key, descending=descending
            )
            if key in ("available", "expired", "total", "used", "id"):
                assert [lot.id for lot in found] == _sorted_as_shown(table, key, descending)
            page = listing.list_credits(
                desk, None, include_all=True, sort=key, descending=descending, limit=3, offset=1
            )
            assert page == found[1:4]
    assert dump_any(desk.shown) == before, "a view wrote to the ledger"
    # Once the calendar reaches the day and the expiries are recorded, the movements say so.
    desk = desk.on_day(day)
    expire(desk)
    by_lot: dict[int, Decimal] = {}
    for movement in listing.list_movements(desk):
        if movement.lot_id is not None:
            by_lot[movement.lot_id] = by_lot.get(movement.lot_id, ZERO) + movement.amount
    assert shown == sum(by_lot.values(), ZERO)
    assert listing.list_credits(desk, None, include_all=True) == table
