"""`voucher list [--status available|redeemed|expired] [--campaign T]`: the catalogue, with the
keys of cli.md, the same rows the window's catalogue shows (one services function)."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.services import voucher_catalogue
from desktop_app.services.desk import Desk
from tests.helpers.ledger import Cli

KEYS = {"code", "amount", "valid_from", "expires_on", "products", "campaign", "status",
        "project", "redeemed_on"}  # fmt: skip


@pytest.fixture
def catalogue(web: Cli) -> dict[str, str]:
    """Two Spring codes (one redeemed on Web), a compute code, one that expired unused."""
    spring = web.ok("voucher", "issue", "--amount", "50", "--expires-on", "2027-03-31",
                    "--count", "2", "--campaign", "Spring")  # fmt: skip
    compute = web.ok("voucher", "issue", "--amount", "20", "--expires-on", "2027-03-31",
                     "--products", "compute")  # fmt: skip
    old = web.ok("voucher", "issue", "--amount", "5", "--valid-from", "2025-01-01", "--expires-on",
                 "2025-06-30", "--campaign", "Spring", today="2025-01-02")  # fmt: skip
    web.ok("voucher", "redeem", spring[0]["code"], "--project", "Web")
    return {"redeemed": spring[0]["code"], "spring": spring[1]["code"],
            "compute": compute[0]["code"], "expired": old[0]["code"]}  # fmt: skip


def test_every_code_with_its_status_project_and_campaign(
    web: Cli, catalogue: dict[str, str]
) -> None:
    listed = {row["code"]: row for row in web.ok("voucher", "list")}
    assert set(listed) == set(catalogue.values())
    for row in listed.values():
        assert set(row) == KEYS
    redeemed = listed[catalogue["redeemed"]]
    assert (redeemed["status"], redeemed["project"], redeemed["redeemed_on"]) == (
        "redeemed", "Web", web.today)  # fmt: skip
    spring = listed[catalogue["spring"]]
    assert (spring["status"], spring["project"], spring["redeemed_on"]) == ("available", None, None)
    assert (spring["amount"], spring["campaign"]) == ("50.00", "Spring")
    assert listed[catalogue["compute"]]["products"] == ["compute"]
    assert listed[catalogue["expired"]]["status"] == "expired"


@pytest.mark.parametrize(
    ("status", "names"),
    [("available", {"spring", "compute"}), ("redeemed", {"redeemed"}), ("expired", {"expired"})],
)
def test_by_status(web: Cli, catalogue: dict[str, str], status: str, names: set[str]) -> None:
    listed = {row["code"] for row in web.ok("voucher", "list", "--status", status)}
    assert listed == {catalogue[name] for name in names}


def test_by_campaign_and_status_together(web: Cli, catalogue: dict[str, str]) -> None:
    spring = {row["code"] for row in web.ok("voucher", "list", "--campaign", "Spring")}
    assert spring == {catalogue["redeemed"], catalogue["spring"], catalogue["expired"]}
    both = web.ok("voucher", "list", "--campaign", "Spring", "--status", "available")
    assert [row["code"] for row in both] == [catalogue["spring"]]
    assert web.ok("voucher", "list", "--campaign", "Autumn") == []
    none = web.ok("voucher", "list", "--campaign", "")  # the codes issued without a campaign
    assert [row["code"] for row in none] == [catalogue["compute"]]


def test_a_day_later_a_code_is_expired(web: Cli, catalogue: dict[str, str]) -> None:
    later = web.ok("voucher", "list", "--status", "expired", today="2027-03-31")
    assert {row["code"] for row in later} == {
        catalogue[n] for n in ("spring", "compute", "expired")
    }


def test_an_unknown_status_is_refused(web: Cli, catalogue: dict[str, str]) -> None:
    web.refused("voucher", "list", "--status", "lost", expect="not a voucher status")


def test_text_lines_and_the_window_read_the_same(web: Cli, catalogue: dict[str, str]) -> None:
    text = web("voucher", "list", as_json=False)
    assert text.code == 0
    assert len(text.out.splitlines()) == 4 and "redeemed on Web" in text.out
    with Desk.open(web.db, today=date.fromisoformat(web.today)) as desk:
        wanted = voucher_catalogue.catalogue_filter(desk)
        pages = [
            v.code
            for offset in range(0, 4, 3)
            for v in voucher_catalogue.list_vouchers(desk, wanted, limit=3, offset=offset)
        ]
        assert voucher_catalogue.count_vouchers(desk, wanted) == 4
    assert pages == [row["code"] for row in web.ok("voucher", "list")]
