"""Rule 16: account numbers are ledger settings with documented French defaults."""

from __future__ import annotations

import pytest

from desktop_app.domain.books.chart import (
    DEFAULT_CHART,
    Role,
    account_label,
    chart_from_settings,
)
from desktop_app.domain.books.defaults import BOOKS_SETTINGS
from desktop_app.domain.errors import DomainError


def test_the_defaults_are_the_pcg_accounts_documented() -> None:
    chart = DEFAULT_CHART
    assert (chart.journal_code, chart.journal_label) == ("HA", "Achats")
    numbers = [
        a.number for a in (chart.prepaid, chart.vat, chart.supplier, chart.expense, chart.loss)
    ]
    assert numbers == ["4091", "44566", "401", "6135", "658"]
    assert chart.prepaid.label == "Fournisseurs - Avances et acomptes versés sur commandes"
    assert chart.vat.label == "TVA sur autres biens et services"
    assert chart.expense.label == "Locations mobilières"
    assert chart.loss.label == "Charges diverses de gestion courante"
    assert (chart.supplier.aux, chart.supplier.aux_label) == ("", "")
    assert chart_from_settings({}) == chart == chart_from_settings(BOOKS_SETTINGS)
    assert chart.expense_for("compute") == chart.expense


def test_settings_change_the_chart() -> None:
    chart = chart_from_settings(
        {
            "books.journal_code": "AC",
            "books.journal_label": "Journal des achats",
            "books.prepaid_account": "40910000",
            "books.supplier_account": "4010000",
            "books.supplier_aux": "OVHCLOUD",
            "books.supplier_aux_label": "OVHcloud SAS",
            "books.expense_by_product": "AI=6156;\n storage = 6135 , network=628",
            "books.loss_account": "6718",
            "books.account_labels": "628=Hébergement réseau",
        }
    )
    assert chart.journal_code == "AC" and chart.journal_label == "Journal des achats"
    assert chart.prepaid.number == "40910000" and chart.prepaid.label.startswith(
        "Fournisseurs - Avances"
    )
    assert (chart.supplier.number, chart.supplier.aux, chart.supplier.aux_label) == (
        "4010000",
        "OVHCLOUD",
        "OVHcloud SAS",
    )
    assert (
        chart.expense_for("ai").number == "6156" and chart.expense_for("ai").label == "Maintenance"
    )
    assert chart.expense_for("network").label == "Hébergement réseau"
    assert chart.expense_for("compute") == chart.expense
    assert chart.loss.label == "Autres charges exceptionnelles sur opérations de gestion"
    assert [a.number for a in chart.accounts()] == [
        "40910000",
        "44566",
        "4010000",
        "6135",
        "6156",
        "628",
        "6718",
    ]
    assert chart_from_settings({"books.supplier_aux": "OVH"}).supplier.aux_label == "OVH"


def test_labels_come_from_the_user_then_the_longest_pcg_number() -> None:
    assert account_label("44566", Role.VAT) == "TVA sur autres biens et services"
    assert account_label("4456600", Role.VAT) == "TVA sur autres biens et services"
    assert (
        account_label("401", Role.SUPPLIER, {"401": "Fournisseurs cloud"}) == "Fournisseurs cloud"
    )
    assert account_label("6999", Role.EXPENSE) == "Services cloud"


@pytest.mark.parametrize(
    ("settings", "code", "params"),
    [
        (
            {"books.prepaid_account": "40"},
            "books.account_malformed",
            {"setting": "books.prepaid_account", "value": "40"},
        ),
        (
            {"books.vat_account": "4456 6"},
            "books.account_malformed",
            {"setting": "books.vat_account", "value": "4456 6"},
        ),
        (
            {"books.expense_account": "4091"},
            "books.account_class",
            {"setting": "books.expense_account", "value": "4091", "expected": "6"},
        ),
        (
            {"books.loss_account": "758"},
            "books.account_class",
            {"setting": "books.loss_account", "value": "758", "expected": "6"},
        ),
        (
            {"books.supplier_account": "601"},
            "books.account_class",
            {"setting": "books.supplier_account", "value": "601", "expected": "4"},
        ),
        (
            {"books.expense_by_product": "ai"},
            "books.table_malformed",
            {"setting": "books.expense_by_product", "text": "ai"},
        ),
        (
            {"books.expense_by_product": "ai=401"},
            "books.account_class",
            {"setting": "books.expense_by_product", "value": "401", "expected": "6"},
        ),
        (
            {"books.account_labels": "=x"},
            "books.table_malformed",
            {"setting": "books.account_labels", "text": "=x"},
        ),
        (
            {"books.account_labels": "abc=x"},
            "books.account_malformed",
            {"setting": "books.account_labels", "value": "abc"},
        ),
        (
            {"books.supplier_aux": "OVH CLOUD"},
            "books.aux_malformed",
            {"setting": "books.supplier_aux", "value": "OVH CLOUD"},
        ),
        ({"books.journal_code": "ha"}, "books.journal_code_malformed", {"value": "ha"}),
        ({"books.journal_code": ""}, "books.journal_code_malformed", {"value": ""}),
    ],
)
def test_a_wrong_setting_is_refused_and_named(
    settings: dict[str, str], code: str, params: dict[str, str]
) -> None:
    with pytest.raises(DomainError) as refused:
        chart_from_settings(settings)
    assert (refused.value.code, refused.value.params) == (code, params)


def test_labels_are_one_line_of_text() -> None:
    with pytest.raises(DomainError) as refused:
        chart_from_settings({"books.journal_label": "Achats\x1b"})
    assert refused.value.code.startswith("text.")
