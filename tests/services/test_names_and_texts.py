"""Names and texts (issue 14): one cleaner, one uniqueness key; refusals change nothing."""

from __future__ import annotations

import io
from datetime import timedelta
from decimal import Decimal

import pytest

from desktop_app.domain.codes import new_code
from desktop_app.domain.errors import DomainError
from desktop_app.domain.model import Account, InvoiceLine, PaymentType
from desktop_app.services import accounts, invoices, projects, vouchers
from desktop_app.services.desk import Desk, parse_setting, update_settings
from tests.helpers.ledger import peek

from .conftest import TODAY
from .test_use_cases import refused

CAFE_NFC, CAFE_NFD = "Caf\u00e9", "Cafe\u0301"
D10 = Decimal(10)


def test_near_duplicate_project_names_are_one_name(desk: Desk) -> None:
    alpha = projects.add_project(desk, "Alpha")
    for twin in ("Alpha\u200b", "ALPHA", " alpha ", "Al\u200dpha", "\ufeffAlpha"):
        error = refused(
            desk, "project.duplicate", lambda twin=twin: projects.add_project(desk, twin)
        )
        assert error.params["name"] == "Alpha"  # the project that has the name
    cafe = projects.add_project(desk, CAFE_NFD)
    assert cafe.name == CAFE_NFC  # stored in NFC
    refused(desk, "project.duplicate", lambda: projects.add_project(desk, CAFE_NFC))
    refused(desk, "project.duplicate", lambda: projects.add_project(desk, "CAF\u00c9"))
    refused(desk, "project.duplicate", lambda: projects.rename_project(desk, cafe.id, "alpha"))
    # lookups by name go through the same key
    for typed in ("alpha", "Alpha\u200b", "ALPHA", "Alpha\u00a0"):
        assert desk.project(typed).id == alpha.id
    assert desk.project(CAFE_NFD).id == desk.project("caf\u00e9").id == cafe.id


def test_renaming_a_project_to_another_spelling_of_its_own_name(desk: Desk) -> None:
    alpha = projects.add_project(desk, "alpha")
    assert projects.rename_project(desk, "Alpha", "ALPHA \u200b").name == "ALPHA"
    assert desk.project("alpha").id == alpha.id


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Alpha\x1b[2J", "text.control"),
        ("ring\x07", "text.control"),
        ("del\x7f", "text.control"),
        ("c1\x9b", "text.control"),
        ("invoice\u202egpj.exe", "text.bidi"),
        ("iso\u2066late", "text.bidi"),
        ("broken\udcff", "text.unusable"),
        ("\u200b\u2060", "project.name_empty"),
        ("\u3164", "project.name_empty"),
        ("\u2460", "project.name_numeric"),
        ("\u00b2", "project.name_numeric"),
    ],
)
def test_bad_project_names_are_refused_and_change_nothing(desk: Desk, name: str, code: str) -> None:
    project = projects.add_project(desk, "Web")
    refused(desk, code, lambda: projects.add_project(desk, name))
    refused(desk, code, lambda: projects.rename_project(desk, project.id, name))


def test_descriptions_campaigns_labels_and_notes_are_cleaned(desk: Desk) -> None:
    project = projects.add_project(desk, "Web", "  shop \u200b front\n end ")
    assert project.description == "shop front end"
    refused(desk, "text.control", lambda: projects.add_project(desk, "Data", "a\x1b[31m"))
    refused(desk, "text.bidi", lambda: projects.add_project(desk, "Data", "\u202eevil"))
    refused(desk, "text.too_long", lambda: projects.add_project(desk, "Data", "x" * 501))
    expires = TODAY + timedelta(days=30)
    issued = vouchers.issue_vouchers(desk, "10", expires, campaign=" Spring\u00a0 2026\u200b ")
    assert issued[0].campaign == "Spring 2026"
    refused(
        desk, "text.bidi", lambda: vouchers.issue_vouchers(desk, "10", expires, campaign="\u202e")
    )
    refused(
        desk, "text.control", lambda: vouchers.issue_vouchers(desk, "10", expires, campaign="\x07")
    )
    method = accounts.add_payment_method(desk, PaymentType.CARD, " Visa\u200b  4242 ")
    assert method.label == "Visa 4242"
    for label, code in [
        ("Visa\x1b", "text.control"),
        ("\u202eVisa", "text.bidi"),
        ("\u200b", "payment_method.name_empty"),
    ]:
        refused(
            desk,
            code,
            lambda label=label: accounts.add_payment_method(desk, PaymentType.CARD, label),
        )
    refused(
        desk,
        "text.control",
        lambda: accounts.top_up(desk, Account.LOYALTY, Decimal(5), "note\x1b"),
    )


def test_every_setting_text_is_cleaned(desk: Desk) -> None:
    settings = update_settings(
        desk,
        {
            "seller.address": " 2 rue\u00a0des Serveurs \r\n\r\n59100 Roubaix\u200b\n",
            "buyer.name": "  Atelier  Durand ",
            "buyer.email": " compta@example.org\u200b ",
            "payment.iban": "FR76\u00a01350",
            "payment.terms_days": " 45 ",
        },
    )
    assert settings["seller.address"] == "2 rue des Serveurs\n59100 Roubaix"
    assert settings["buyer.name"] == "Atelier Durand"
    assert settings["buyer.email"] == "compta@example.org"
    assert settings["payment.iban"] == "FR76 1350"
    assert settings["payment.terms_days"] == "45"
    for values, code in [
        ({"buyer.name": "Durand\x1b[0m"}, "text.control"),
        ({"buyer.name": "\u200b"}, "company.name_empty"),
        ({"seller.address": "2 rue\n\u202eevil"}, "text.bidi"),
        ({"seller.address": "2 rue\x0b59100"}, "text.control"),
        ({"seller.email": "a@b\x07"}, "text.control"),
        ({"payment.bank": "x" * 201}, "text.too_long"),
        ({"payment.bic": "\udc80"}, "text.unusable"),
        ({"payment.terms_days": "\u0663\u0660"}, "setting.terms_days"),  # Arabic-Indic 30
        ({"payment.terms_days": "30,5"}, "setting.terms_days"),
        ({"payment.terms_days": "366"}, "setting.terms_days"),
        ({"vat_rate": "2.555"}, "percent.too_precise"),
        ({"vat_rate": "1,500"}, "percent.too_precise"),
        ({"vat_rate": "-1"}, "percent.out_of_range"),
        ({"vat_rate": "abc"}, "percent.malformed"),
        ({"buyer.name": "Good", "buyer.email": "bad\x1b"}, "text.control"),  # nothing half-done
    ]:
        refused(desk, code, lambda values=values: update_settings(desk, dict(values)))


def test_a_setting_needs_key_equals_value() -> None:
    assert parse_setting(" vat_rate = 5,5") == ("vat_rate", " 5,5")
    assert parse_setting("buyer.address=a=b") == ("buyer.address", "a=b")
    for item in ("vat_rate", "vat_rate "):
        with pytest.raises(DomainError) as caught:
            parse_setting(item)
        assert (caught.value.code, caught.value.params) == ("setting.no_value", {"key": "vat_rate"})
    with pytest.raises(DomainError) as caught:
        parse_setting("nope=1")
    assert caught.value.code == "setting.unknown"


@pytest.mark.parametrize("ref", ["\u2460", "\u00b2", "\u0661", "\uff11", "1\u200b", "-1", "1.0"])
def test_only_ascii_digits_are_project_ids(desk: Desk, ref: str) -> None:
    projects.add_project(desk, "Web")
    refused(desk, "project.unknown", lambda: desk.project(ref))
    assert desk.project("1").name == desk.project(" 1 ").name == "Web"
    assert desk.project(1).name == "Web"


def test_a_voucher_import_rejects_only_the_row_with_a_huge_amount(desk: Desk) -> None:
    good = [new_code(), new_code()]
    csv_text = "\n".join(
        [
            "code,amount,expires_on",
            f"{good[0]},10,2027-01-31",
            f"{new_code()},{'9' * 30},2027-01-31",
            f'{new_code()},"1,500",2027-01-31',
            f'{good[1]},"1 500,00",2027-01-31',
        ]
    )
    result = vouchers.import_vouchers(desk, io.StringIO(csv_text))
    assert result.imported == 2
    codes = {line: error.code for line, error in result.rejected}
    assert codes == {3: "amount.too_large", 4: "amount.ambiguous"}
    assert peek(desk).vouchers.get(good[1]) is not None
    assert peek(desk).vouchers.get(good[1]).amount == Decimal("1500.00")


def test_product_names_go_through_the_same_cleaner(desk: Desk) -> None:
    projects.add_project(desk, "Web")
    accounts.add_payment_method(desk, PaymentType.CARD, "Visa")
    code = vouchers.issue_vouchers(desk, "10", TODAY + timedelta(days=30), products="compute")
    vouchers.redeem_voucher(desk, code[0].code, "Web")
    for product, error_code in [
        ("comp\x1bute", "text.control"),
        ("\u202ecompute", "text.bidi"),
        ("\u200b", "invoice.product_invalid"),
    ]:
        line = InvoiceLine(product, Decimal(5))
        refused(
            desk, error_code, lambda line=line: invoices.post_invoice(desk, "Web", TODAY, [line])
        )
    # an invisible character does not make another product: the compute-only voucher pays
    invoice = invoices.simulate_invoice(desk, "Web", TODAY, [InvoiceLine("Com\u200bpute", D10)])
    assert invoice.lines[0].product == "compute"
    assert invoice.payment.amount_ht == 0
