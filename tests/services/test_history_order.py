"""The history, "oldest first", is in date order, then recording order: an order paid on an
earlier day or an expiry recorded late sits at its date, in every view that pages it."""

from __future__ import annotations

import csv
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from desktop_app.domain.errors import DomainError
from desktop_app.domain.model import Account, InvoiceLine, Movement, MovementKind
from desktop_app.services import accounts, invoices, listing, orders, projects, vouchers
from desktop_app.services.desk import Desk
from tests.helpers.ledger import Cli
from tests.helpers.pg import query_any

from .conftest import TODAY

D = Decimal
START = TODAY - timedelta(days=40)


@pytest.fixture
def shuffled(desk: Desk) -> Desk:
    """Movements whose recording order is not their date order."""
    then = desk.on_day(START)
    projects.add_project(then, "Web")
    projects.add_project(then, "Data")
    web = orders.buy_credit(then, "Web", "100").number
    data = orders.buy_credit(then, "Data", "50").number
    code = vouchers.issue_vouchers(then, "20", TODAY - timedelta(days=10))[0].code
    vouchers.redeem_voucher(then, code, "Data")
    accounts.top_up(desk, Account.LOYALTY, "5")  # today; records the voucher's expiry first
    invoices.post_invoice(desk, "Web", TODAY, [InvoiceLine("compute", D("30"))])  # loyalty
    orders.pay_order(desk, web, START + timedelta(days=1))  # dated 39 days ago
    orders.pay_order(desk, data, START + timedelta(days=2))
    then = desk.on_day(TODAY + timedelta(days=1))
    accounts.top_up(then, Account.DIGITAL_LAUNCHPAD, "7")
    for where in ("", " WHERE project_id = 1", " WHERE project_id = 2"):
        rows = query_any(desk.shown, f"SELECT id, date FROM movements{where} ORDER BY id")
        assert sorted(rows, key=lambda r: r[1]) != rows, "recorded in date order"
    return desk


def _key(m: Movement) -> tuple[date, int]:
    return m.date, m.id


def test_oldest_first_is_date_order_then_recording_order(shuffled: Desk) -> None:
    moves = listing.list_movements(shuffled)
    assert [_key(m) for m in moves] == sorted(_key(m) for m in moves)
    assert [m.kind for m in moves][:5] == [
        MovementKind.ORDER_CREATED,
        MovementKind.ORDER_CREATED,
        MovementKind.VOUCHER,
        MovementKind.ORDER,
        MovementKind.ORDER,
    ]
    newest = listing.list_movements(shuffled, newest_first=True)
    assert newest == moves[::-1]


@pytest.mark.parametrize("newest_first", [False, True])
@pytest.mark.parametrize("project", [None, "Web", "Data"])
def test_pages_follow_the_same_order(
    shuffled: Desk, newest_first: bool, project: str | None
) -> None:
    every = listing.list_movements(shuffled, project, newest_first=newest_first)
    assert len(every) == listing.count_movements(shuffled, project)
    pages: list[Movement] = []
    for offset in range(0, len(every), 2):
        pages += listing.list_movements(
            shuffled, project, newest_first=newest_first, limit=2, offset=offset
        )
    assert pages == every
    keys = [_key(m) for m in every]
    assert keys == sorted(keys, reverse=newest_first)


@pytest.mark.parametrize("batch", [1, 2, 3, 5000])
@pytest.mark.parametrize("project", [None, 1, 2])
def test_streamed_history_is_in_date_order(shuffled: Desk, batch: int, project: int | None) -> None:
    streamed = list(listing.iter_movements(shuffled, project, batch=batch))
    assert streamed == listing.list_movements(shuffled, project)
    assert [_key(m) for m in streamed] == sorted(_key(m) for m in streamed)


@pytest.mark.parametrize("project", [None, "Web", "Data"])
def test_the_services_stream_is_the_listed_history(shuffled: Desk, project: str | None) -> None:
    """`movement list` streams through the services (the command line never reaches storage)."""
    streamed = listing.iter_movements(shuffled, project, batch=2)
    assert list(streamed) == listing.list_movements(shuffled, project)


def test_a_stream_of_an_unknown_project_is_refused_at_once(shuffled: Desk) -> None:
    """Refused when asked for, not at the first movement: nothing is written before."""
    with pytest.raises(DomainError) as refused:
        listing.iter_movements(shuffled, "Nope")
    assert refused.value.code == "project.unknown"


def test_filtered_stream_keeps_the_order(shuffled: Desk) -> None:
    kinds = (MovementKind.ORDER, MovementKind.EXPIRE, MovementKind.BONUS)
    streamed = list(listing.iter_movements(shuffled, kinds=kinds, date_from=START, batch=1))
    assert streamed == listing.list_movements(shuffled, kinds=kinds, date_from=START)
    assert {m.kind for m in streamed} == set(kinds)


def test_exported_history_is_in_date_order(shuffled: Desk, tmp_path: Path) -> None:
    out = tmp_path / "movements.csv"
    listing.export_csv(shuffled, "movements", out)
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [int(r["id"]) for r in rows] == [m.id for m in listing.list_movements(shuffled)]


def test_movement_list_command_is_in_date_order(
    shuffled: Desk, capsys: pytest.CaptureFixture[str]
) -> None:
    cli = Cli(shuffled.shown, capsys, today=(TODAY + timedelta(days=1)).isoformat())
    listed = cli.ok("movement", "list")
    assert [m["id"] for m in listed] == [m.id for m in listing.list_movements(shuffled)]
    text = cli("movement", "list", as_json=False).out.splitlines()
    assert [line[:10] for line in text] == sorted(line[:10] for line in text)
