"""`forecast`, `advise` and `alerts` on the command line (issue: forecast)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from tests.helpers.ledger import Cli, dump


def _fund(cli: Cli) -> None:
    cli.ok("project", "add", "Web")
    order = cli.ok("credit", "buy", "--project", "Web", "--amount", "1000", today="2025-01-10")
    cli.ok("order", "pay", order["number"], today="2025-01-10")  # expires 2026-02-10
    for month in ("2025-10-15", "2025-11-15", "2025-12-15"):
        cli.ok(
            "invoice",
            "post",
            "--project",
            "Web",
            "--date",
            month,
            "--line",
            "compute=200",
            "--line",
            "storage=40",
            today=month,
        )


def test_forecast_from_history_runs_out_and_loses_nothing_it_can_use(cli: Cli) -> None:
    _fund(cli)
    before = dump(cli.db)
    data = cli.ok("forecast", "--project", "Web", "--from-history", "3", "--months", "4")
    assert dump(cli.db) == before  # a forecast changes nothing
    assert [m["date"] for m in data["months"]] == [
        "2026-01-31",
        "2026-02-28",
        "2026-03-31",
        "2026-04-30",
    ]
    first = data["months"][0]
    assert first["total_ht"] == "240.00"  # the average of the last three months
    assert first["allocations"][0]["source"] == "credit"
    # 1000 - 3 x 240 = 280 left; 240 used on 2026-01-31; 40 lost on 2026-02-10.
    assert data["lost"]["total"] == "40.00"
    assert data["months"][1]["expired"][0]["amount"] == "40.00"
    assert data["run_out"] == "2026-02-28"
    assert data["payment_method_total"]["amount_ht"] == "720.00"
    assert data["payment_method_total"]["amount_ttc"] == "864.00"


def test_forecast_one_month_equals_invoice_simulate(cli: Cli) -> None:
    _fund(cli)
    forecast = cli.ok(
        "forecast",
        "--project",
        "Web",
        "--monthly",
        "compute=120.50",
        "--monthly",
        "ai=30",
        "--months",
        "1",
    )
    simulated = cli.ok(
        "invoice",
        "simulate",
        "--project",
        "Web",
        "--date",
        "2026-01-31",
        "--line",
        "compute=120.50",
        "--line",
        "ai=30",
    )
    month = forecast["months"][0]
    assert month["allocations"] == simulated["allocations"]
    assert month["payment_method"] == simulated["payment_method"]


def test_advise_largest_purchase_and_plan(cli: Cli) -> None:
    _fund(cli)
    data = cli.ok("advise", "--project", "Web", "--monthly", "compute=100", "--months", "24")
    best = data["max_purchase"]
    # Bought 2026-01-31, valid to 2027-02-28: 13 invoices of 100, less the 100 the old lot pays
    # before it expires (its other 180 are lost on 2026-02-10 whatever is bought).
    assert best == {"date": "2026-01-31", "amount": "1200.00", "expires_on": "2027-02-28"}
    assert data["check"] == {"months": 24, "payment_method_ht": "0.00", "lost_from_plan": "0.00"}
    assert sum(Decimal(p["amount"]) for p in data["plan"]) == Decimal(24 * 100 - 100)


def test_forecast_refusals(cli: Cli) -> None:
    _fund(cli)
    cli.refused("forecast", "--project", "Web", "--months", "3", expect="monthly spend")
    cli.refused("forecast", "--project", "Nope", "--monthly", "compute=1", "--months", "3")
    cli.refused("forecast", "--project", "Web", "--monthly", "compute=-1", "--months", "3")
    cli.refused(
        "forecast",
        "--project",
        "Web",
        "--monthly",
        "compute=1",
        "--growth",
        "-100",
        "--months",
        "3",
    )
    # a bad value is bad input (exit 1), not wrong usage
    cli.refused("forecast", "--project", "Web", "--monthly", "compute=1", "--months", "0",
                expect="between 1 and 120")  # fmt: skip


def test_alerts_list_lots_expiring_soon(cli: Cli) -> None:
    _fund(cli)
    data = cli.ok("alerts", "--days", "30", today="2026-01-20")
    assert [(lot["reference"], lot["available"]) for lot in data] == [("PO-2025-00001", "280.00")]
    assert cli.ok("alerts", "--days", "7", today="2026-01-20") == []


# -- the same product typed twice: one rule (domain.forecast.merge_spend) -----------------------
def _totals(data: dict[str, Any]) -> list[str]:
    return [m["total_ht"] for m in data["months"]]


@pytest.mark.parametrize("command", ["forecast", "advise"])
def test_the_same_product_typed_twice_adds_up(cli: Cli, command: str) -> None:
    """`--monthly compute=50 --monthly compute=100` is 150 a month, as two invoice lines are."""
    _fund(cli)
    twice = ["--monthly", "compute=50", "--monthly", "Compute=100", "--months", "3"]
    once = ["--monthly", "compute=150", "--months", "3"]
    assert cli.ok(command, "--project", "Web", *twice) == cli.ok(command, "--project", "Web", *once)
    if command == "forecast":
        assert _totals(cli.ok(command, "--project", "Web", *twice)) == ["150.00"] * 3


def test_a_typed_product_replaces_its_history_average(cli: Cli) -> None:
    """History: compute 200 and storage 40 a month; typing compute replaces its average only."""
    _fund(cli)
    args = ["--project", "Web", "--from-history", "3", "--months", "2"]
    data = cli.ok("forecast", *args, "--monthly", "compute=10", "--monthly", "compute=5")
    assert _totals(data) == ["55.00", "55.00"]  # 10 + 5 typed, storage's 40 kept
    month = cli.ok("invoice", "simulate", "--project", "Web", "--date", "2026-01-31",
                   "--line", "compute=15", "--line", "storage=40")  # fmt: skip
    assert data["months"][0]["allocations"] == month["allocations"]


def test_alerts_follow_the_ledger_lead_time_and_announce_once(web: Cli) -> None:
    """`alerts` without --days: the ledger's notice.days (the window's notice uses the same);
    `--new`: only what reached a threshold not announced yet, recorded."""
    for ahead in ("2026-02-05", "2026-03-17"):  # 5 and 45 days after TODAY (2026-01-31)
        issued = web.ok("voucher", "issue", "--amount", "10", "--expires-on", ahead)
        web.ok("voucher", "redeem", issued[0]["code"], "--project", "Web")
    assert [lot["expires_on"] for lot in web.ok("alerts")] == ["2026-02-05"]
    web.ok("settings", "--set", "notice.days=60", "--set", "notice.urgent_days=10")
    assert len(web.ok("alerts")) == 2
    assert len(web.ok("alerts", "--new")) == 2
    assert web.ok("alerts", "--new") == []  # announced already
    assert len(web.ok("alerts")) == 2  # still listed
    line = web.refused("settings", "--set", "notice.urgent_days=60")
    assert "fewer" in line
