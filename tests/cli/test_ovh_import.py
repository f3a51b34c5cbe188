"""`ovh import` and `ovh reconcile` over dumps in the API's own shapes (tests/helpers/ovh_api)."""

from __future__ import annotations

from pathlib import Path

from tests.helpers.ledger import Cli, dump, query
from tests.helpers.ovh_api import WEB, price, small_account, three_projects, write


def test_a_small_account_is_imported_with_its_ids(cli: Cli, tmp_path: Path) -> None:
    file = write(tmp_path / "ovh.json", small_account())
    done = cli.ok("ovh", "import", str(file))
    assert done["projects"] == {"added": 1, "matched": 0}
    assert done["lots"] == {"added": 3, "matched": 0, "differ": 0}
    assert done["differences"] == []
    assert done["consumption"] == {"added": 2}  # the VPS line is another service's
    assert done["account"]["credit_balances"] == [
        {"name": "FR-PREPAID", "type": "PREPAID_ACCOUNT", "amount": "35.50"}
    ]
    assert done["account"]["fidelity_points"] == 1200
    (project,) = cli.ok("project", "list")
    assert project["name"] == "Web shop"
    lots = {lot["reference"]: lot for lot in cli.ok("credit", "list", "--project", "Web shop",
                                                     "--all")}  # fmt: skip
    bought = lots["FR51234567"]
    assert (bought["kind"], bought["total"], bought["used"], bought["available"]) == (
        "credit",
        "500.00",
        "120.40",
        "379.60",
    )
    # validity 2025-06-12T14:03+02:00 .. 2026-07-12T23:59:59+02:00: usable through 12 July
    assert (bought["valid_from"], bought["expires_on"]) == ("2025-06-12", "2026-07-13")
    voucher = lots["WELCOME-2026-AB12"]
    assert voucher["kind"] == "voucher" and voucher["products"] == ["instance"]
    # ends at midnight exactly: through 4 July, unusable from 5 July
    assert (voucher["valid_from"], voucher["expires_on"]) == ("2026-01-05", "2026-07-05")
    old = lots["TRY-OLD-0001"]
    assert (old["status"], old["used"], old["expired"], old["available"]) == (
        "expired",
        "20.00",
        "30.00",
        "0.00",
    )
    assert query(cli.db, "SELECT service_name FROM ovh_projects") == [(WEB,)]
    assert sorted(r[0] for r in query(cli.db, "SELECT credit_id FROM ovh_lots")) == [101, 102, 103]
    assert cli.ok("check")["ok"] is True


def test_importing_the_same_file_twice_changes_nothing_the_second_time(
    cli: Cli, tmp_path: Path
) -> None:
    file = write(tmp_path / "ovh.json", three_projects())
    first = cli.ok("ovh", "import", str(file))
    assert first["lots"]["added"] == 40 and first["projects"]["added"] == 3
    assert cli.ok("check")["ok"] is True  # every balance rebuilt from the movements
    before = dump(cli.db)
    again = cli.ok("ovh", "import", str(file))
    assert dump(cli.db) == before
    assert again["projects"] == {"added": 0, "matched": 3}
    assert again["lots"] == {"added": 0, "matched": 40, "differ": 0}
    assert again["consumption"] == {"added": 0}


def test_reconcile_changes_nothing_and_reports_each_side(cli: Cli, tmp_path: Path) -> None:
    account = small_account()
    file = write(tmp_path / "ovh.json", account)
    cli.ok("ovh", "import", str(file))
    assert cli.ok("ovh", "reconcile", str(file))["differences"] == []
    # the ledger moves on: an invoice uses the bought credit; a voucher redeemed here only
    cli.ok("invoice", "post", "--project", "Web shop", "--date", "2026-01-31",
           "--line", "storage=10")  # fmt: skip
    ((code,),) = [[v["code"] for v in cli.ok("voucher", "issue", "--amount", "25",
                                            "--expires-on", "2026-12-31")]]  # fmt: skip
    cli.ok("voucher", "redeem", code, "--project", "Web shop")
    # and OVHcloud too: credit 102 was used, a new credit appeared
    credits = account["projects"][WEB]["credits"]
    credits[1]["used_credit"] = price("15.00")
    credits[1]["available_credit"] = price("185.00")
    credits.append(dict(credits[0], id=104, bill="FR59999999"))
    write(file, account)
    before = dump(cli.db)
    found = cli.ok("ovh", "reconcile", str(file))
    assert dump(cli.db) == before
    rows = {(d["reference"], d["field"]): (d["ledger"], d["ovh"]) for d in found["differences"]}
    assert rows == {
        ("FR59999999", "lot"): (None, "FR59999999"),
        (code, "lot"): (code, None),
        ("FR51234567", "used"): ("130.40", "120.40"),
        ("FR51234567", "available"): ("369.60", "379.60"),
        ("WELCOME-2026-AB12", "used"): ("0.00", "15.00"),
        ("WELCOME-2026-AB12", "available"): ("200.00", "185.00"),
    }
    assert (found["matched"], found["missing_in_ledger"], found["missing_at_ovh"],
            found["differ"]) == (3, 1, 1, 2)  # fmt: skip
    assert all(d["project"] == "Web shop" for d in found["differences"])
    # import adds the new credit and reports, never changes, the lots that differ
    done = cli.ok("ovh", "import", str(file))
    assert done["lots"] == {"added": 1, "matched": 3, "differ": 2}
    lots = {lot["reference"]: lot for lot in cli.ok("credit", "list", "--project", "Web shop")}
    assert lots["FR51234567"]["used"] == "130.40"
    assert lots["WELCOME-2026-AB12"]["used"] == "0.00"


def test_a_local_project_of_the_same_name_is_adopted_and_its_voucher_matched(
    cli: Cli, tmp_path: Path
) -> None:
    cli.ok("project", "add", "WEB SHOP")
    (issued,) = cli.ok("voucher", "issue", "--amount", "200", "--expires-on", "2026-07-05",
                       "--valid-from", "2026-01-05", "--products", "instance")  # fmt: skip
    code = issued["code"]
    cli.ok("voucher", "redeem", code, "--project", "WEB SHOP")
    account = small_account()
    account["projects"][WEB]["credits"][1]["voucher"] = code
    done = cli.ok("ovh", "import", str(write(tmp_path / "ovh.json", account)))
    assert done["projects"] == {"added": 0, "matched": 1}
    assert done["lots"] == {"added": 2, "matched": 1, "differ": 1}
    # redeemed here on the day it was typed in, valid at OVHcloud from 5 January: reported
    assert done["differences"] == [{"project": "WEB SHOP", "reference": code,
                                    "field": "valid_from", "ledger": "2026-01-31",
                                    "ovh": "2026-01-05"}]  # fmt: skip
    assert [p["name"] for p in cli.ok("project", "list")] == ["WEB SHOP"]


def test_a_project_renamed_at_ovhcloud_is_reported_not_renamed(cli: Cli, tmp_path: Path) -> None:
    account = small_account()
    cli.ok("ovh", "import", str(write(tmp_path / "ovh.json", account)))
    account["projects"][WEB]["project"]["description"] = "Boutique"
    found = cli.ok("ovh", "reconcile", str(write(tmp_path / "ovh.json", account)))
    assert found["differences"] == [{"project": "Web shop", "reference": "", "field": "name",
                                     "ledger": "Web shop", "ovh": "Boutique"}]  # fmt: skip
    assert found["differ"] == 0
    done = cli.ok("ovh", "import", str(tmp_path / "ovh.json"))
    assert done["projects"] == {"added": 0, "matched": 1}
    assert [p["name"] for p in cli.ok("project", "list")] == ["Web shop"]


def test_the_bills_consumption_feeds_the_forecast_from_history(cli: Cli, tmp_path: Path) -> None:
    cli.ok("ovh", "import", str(write(tmp_path / "ovh.json", small_account())))
    assert sorted(query(cli.db, "SELECT month, product, amount_cents FROM consumption")) == [
        ("2025-12-01", "compute", 25010),  # "Instance b2-7 - GRA11"
        ("2025-12-01", "storage", 4815),  # "Object Storage Standard"
    ]
    data = cli.ok("forecast", "--project", "Web shop", "--from-history", "1", "--months", "1")
    assert data["months"][0]["total_ht"] == "298.25"  # December's 250.10 + 48.15
    three = cli.ok("forecast", "--project", "Web shop", "--from-history", "3", "--months", "1")
    assert three["months"][0]["total_ht"] == "99.42"  # 250.10 / 3 + 48.15 / 3, to the cent
    # a window without imported bills falls back to the invoices posted here
    cli.ok("invoice", "post", "--project", "Web shop", "--date", "2026-01-31",
           "--line", "compute=1000")  # fmt: skip
    again = cli.ok("forecast", "--project", "Web shop", "--from-history", "1", "--months", "1",
                   today="2026-02-01")  # fmt: skip
    assert again["months"][0]["total_ht"] == "1000.00"  # January: no bill imported, invoices


def test_a_credit_without_validity_is_valid_from_the_dump_with_no_end(
    cli: Cli, tmp_path: Path
) -> None:
    account = small_account()
    account["projects"][WEB]["credits"][0]["validity"] = None
    cli.ok("ovh", "import", str(write(tmp_path / "ovh.json", account)))
    (lot,) = [x for x in cli.ok("credit", "list", "--project", "Web shop")
              if x["reference"] == "FR51234567"]  # fmt: skip
    assert (lot["valid_from"], lot["expires_on"], lot["used"]) == ("2026-01-31", "2199-12-31",
                                                                   "120.40")  # fmt: skip
    assert cli.ok("ovh", "reconcile", str(tmp_path / "ovh.json"))["differences"] == []
