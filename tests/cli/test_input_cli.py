"""What is typed on the command line is read exactly or refused in words (issue 14)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.domain.codes import new_code
from tests.helpers.ledger import Cli, dump


@pytest.mark.parametrize("ref", ["\u2460", "\u00b2", "\u0661", "\uff11"])
def test_unicode_digits_are_not_project_ids(web: Cli, ref: str) -> None:
    """`--project ①` crashed on int('①'); only ASCII digits are ids, anything else a name."""
    line = web.refused("credit", "buy", "--project", ref, "--amount", "10", expect="no project")
    assert "Traceback" not in line
    web.refused("forecast", "--project", ref, "--months", "3", "--monthly", "compute=1")
    assert web.ok("credit", "list", "--project", "1") == []


def test_a_setting_without_a_value_says_key_equals_value(web: Cli) -> None:
    line = web.refused("settings", "--set", "vat_rate", expect="KEY=VALUE")
    assert "no setting" not in line
    web.refused("settings", "--set", "vat_rat=5", expect="no setting 'vat_rat'")
    web.refused("settings", "--set", "vat_rate=2.555", expect="percentage")
    web.refused("settings", "--set", "payment.terms_days=\u0663\u0660", expect="whole number")
    settings = web.ok("settings", "--set", "vat_rate=5,5", "--set", "payment.terms_days=45")
    assert (settings["vat_rate"], settings["payment.terms_days"]) == ("5.50", "45")


def test_percentages_talk_about_percent_not_euros(web: Cli) -> None:
    base = ("forecast", "--project", "Web", "--months", "3", "--monthly", "compute=10")
    line = web.refused(*base, "--growth=2.555", expect="percentage to the hundredth")
    assert "euro" not in line
    web.refused(*base, "--growth=abc", expect="not a percentage")
    web.refused(*base, "--growth=150", expect="outside -100 % to 100 %")
    assert web.ok(*base, "--growth=2,5")["months"]


def test_a_forecast_over_the_limit_says_which_month_in_the_users_terms(web: Cli) -> None:
    line = web.refused(
        "forecast", "--project", "Web", "--months", "120",
        "--monthly", "compute=9999999", "--growth", "100",
    )  # fmt: skip
    assert "compute would cost 19999998.00 € in month 2 of 120" in line
    line = web.refused(
        "advise", "--project", "Web", "--months", "3",
        "--monthly", "compute=5000000", "--growth", "10",
    )  # fmt: skip
    assert "at least 13 months ahead" in line and "month 9" in line


def test_ambiguous_and_huge_amounts_in_every_form(web: Cli) -> None:
    web.refused(
        "credit", "buy", "--project", "Web", "--amount", "1,500",
        expect="'1,500' could be 1 500.00 or 1.50; type 1500 for the first or 1,50",
    )  # fmt: skip
    for monthly in ("compute=1.000", "compute=" + "9" * 28):
        web.refused("forecast", "--project", "Web", "--months", "3", "--monthly", monthly)
    order = web.ok("credit", "buy", "--project", "Web", "--amount", "1\u202f500,00")
    assert order["amount_ht"] == "1500.00"


def test_names_with_controls_or_twins_are_refused(web: Cli) -> None:
    line = web.refused("project", "add", "Alpha\x1b[31m", expect="control character (U+001B)")
    assert "\x1b" not in line
    web.refused("project", "add", "Web\u200b", expect="already exists")
    web.refused("project", "add", "WEB", expect="a project named 'Web' already exists")
    web.refused("project", "add", "\u202eWeb", expect="direction")
    web.refused("payment-method", "add", "--type", "card", "--label", "\u200b", expect="label")
    assert web.ok("project", "list")[0]["name"] == "Web"


def test_a_voucher_import_with_one_huge_amount_rejects_that_row_only(
    web: Cli, tmp_path: Path
) -> None:
    good = new_code()
    csv = tmp_path / "codes.csv"
    csv.write_text(f"{good},10,2027-06-30\n{new_code()},{'9' * 30},2027-06-30\n", encoding="utf-8")
    result = web.ok("voucher", "import", str(csv))
    assert result["imported"] == 1
    assert [r["line"] for r in result["rejected"]] == [2]
    assert "maximum" in result["rejected"][0]["error"]
    before = dump(web.db)
    assert web.ok("voucher", "redeem", good, "--project", "Web")["available"] == "10.00"
    assert dump(web.db) != before
