"""The purchase order PDF, read back with pypdf: text, fonts, metadata (the atomic write of
every user file is tested with services.output, in tests/services/test_output.py)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import cast

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from desktop_app.domain.model import (
    OrderStatus,
    Party,
    PaymentInstructions,
    Project,
    PurchaseOrder,
)
from desktop_app.pdf.fonts import register_fonts
from desktop_app.pdf.purchase_order import format_rate, render_purchase_order

MARKUP_NAME = "<b>Acme</b> & Co"

SELLER = Party(
    name="Nimbus Cloud SAS",
    address="2 rue Kellermann\n59100 Roubaix\nFrance",
    siren="424 761 419",
    vat_number="FR22424761419",
    email="billing@nimbus.example",
)
BUYER = Party(
    name=f"{MARKUP_NAME} Établissements",
    address="12, avenue des Champs-Élysées\n<script>alert(1)</script>\n75008 Paris",
    siren="552 100 554",
    vat_number="FR40552100554",
    email="compta@acme.example",
)
PAYMENT = PaymentInstructions(
    bank="Crédit Mutuel", iban="FR76 3000 6000 0112 3456 7890 189", bic="AGRIFRPPXXX"
)
PROJECT = Project(id=7, name=MARKUP_NAME)
ORDER = PurchaseOrder(
    number="2026-0007",
    project_id=7,
    status=OrderStatus.PENDING,
    amount_ht=Decimal("12345.67"),
    vat_rate=Decimal("20.00"),
    created_on=date(2026, 1, 31),
)


def _text(path: Path) -> str:
    """All pages' text with every kind of space (NBSP, narrow NBSP, newline) collapsed to one."""
    raw = " ".join(page.extract_text() for page in PdfReader(path).pages)
    return re.sub(r"\s+", " ", raw.replace("\u00a0", " ").replace("\u202f", " "))


def _save(document: bytes, path: Path) -> Path:
    """The rendered bytes in a file, for pypdf (writing files is the services' job)."""
    path.write_bytes(document)
    return path


def _write(tmp_path: Path, language: str, order: PurchaseOrder = ORDER) -> Path:
    return _save(
        render_purchase_order(order, PROJECT, SELLER, BUYER, PAYMENT, language),
        tmp_path / f"order-{language}.pdf",
    )


def test_french_order_prints_accents_euro_and_amounts(tmp_path: Path) -> None:
    path = _write(tmp_path, "fr")
    text = _text(path)
    for expected in [
        "BON DE COMMANDE",
        "N° 2026-0007",
        "Crédit Public Cloud — projet",
        "12 345,67 €",  # HT
        "2 469,13 €",  # VAT 20 %
        "14 814,80 €",  # TTC
        "Total HT",
        "TVA 20 %",
        "Total TTC",
        "31 janvier 2026",  # order date
        "2 mars 2026",  # valid 30 days
        "Paiement sous 30 jours",
        "Référence à rappeler",
        "FR76 3000 6000 0112 3456 7890 189",
        "AGRIFRPPXXX",
        "13 mois",
        "ni transférable",
        "remboursable",
    ]:
        assert expected in text, expected
    assert "ANNULÉ" not in text and "PAYÉ" not in text


def test_english_order_prints_amounts_and_conditions(tmp_path: Path) -> None:
    text = _text(_write(tmp_path, "en"))
    for expected in [
        "PURCHASE ORDER",
        "No. 2026-0007",
        "Public Cloud credit — project",
        "€12,345.67",
        "€2,469.13",
        "€14,814.80",
        "VAT 20%",
        "31 January 2026",
        "2 March 2026",
        "Payment within 30 days",
        "Reference to quote",
        "13 months",
        "not transferable",
        "not refundable",
    ]:
        assert expected in text, expected
    assert "Crédit Public Cloud" not in text
    assert "CANCELLED" not in text and "PAID" not in text


def test_unknown_language_falls_back_to_english(tmp_path: Path) -> None:
    text = _text(_write(tmp_path, "de"))
    assert "PURCHASE ORDER" in text
    assert "€14,814.80" in text


def test_user_text_is_printed_literally_not_as_markup(tmp_path: Path) -> None:
    text = _text(_write(tmp_path, "fr"))
    assert f"projet {MARKUP_NAME}" in text  # the line
    assert f"{MARKUP_NAME} Établissements" in text  # the buyer block
    assert "<script>alert(1)</script>" in text  # one address line among others
    assert "12, avenue des Champs-Élysées" in text
    assert "&amp;" not in text and "&lt;" not in text


def test_metadata(tmp_path: Path) -> None:
    meta = PdfReader(_write(tmp_path, "fr")).metadata
    assert meta is not None
    assert meta.title == "Bon de commande 2026-0007"
    assert meta.author == "Nimbus Cloud SAS"
    assert meta.subject == f"Crédit Public Cloud — projet {MARKUP_NAME}"
    assert meta.creator == "Cloud Credit Desk"
    meta_en = PdfReader(_write(tmp_path, "en")).metadata
    assert meta_en is not None
    assert meta_en.title == "Purchase order 2026-0007"


def test_only_embedded_dejavu_fonts_are_used(tmp_path: Path) -> None:
    reader = PdfReader(_write(tmp_path, "fr"))
    seen: set[str] = set()
    for page in reader.pages:
        resources = cast(DictionaryObject, page["/Resources"].get_object())
        fonts = cast(DictionaryObject, resources["/Font"].get_object())
        for ref in fonts.values():
            font = cast(DictionaryObject, ref.get_object())
            name = str(font["/BaseFont"])
            # A standard font (Helvetica) would mean a fallback that cannot print "€" or U+202F.
            assert "DejaVuSans" in name, name
            descriptor = cast(DictionaryObject, font["/FontDescriptor"].get_object())
            assert "/FontFile2" in descriptor, f"{name} is not embedded"
            seen.add(name.rsplit("+", maxsplit=1)[-1])
    assert seen == {"DejaVuSans", "DejaVuSans-Bold"}  # bold for the title, <b> and TTC


def test_cancelled_order_is_marked(tmp_path: Path) -> None:
    cancelled = replace(ORDER, status=OrderStatus.CANCELLED, cancelled_on=date(2026, 2, 3))
    text_fr = _text(_write(tmp_path, "fr", cancelled))
    assert "ANNULÉ le 3 février 2026" in text_fr
    text_en = _text(_write(tmp_path, "en", cancelled))
    assert "CANCELLED on 3 February 2026" in text_en
    assert "€14,814.80" in text_en  # the figures stay readable under the mark


def test_paid_order_is_marked_with_credit_expiry(tmp_path: Path) -> None:
    paid = replace(ORDER, status=OrderStatus.PAID, paid_on=date(2026, 1, 31))
    text_en = _text(_write(tmp_path, "en", paid))
    assert "PAID on 31 January 2026" in text_en
    assert "28 February 2027" in text_en  # 13 months, clamped to the month's last day
    assert "PAYÉ le 31 janvier 2026" in _text(_write(tmp_path, "fr", paid))


def test_reduced_vat_rate(tmp_path: Path) -> None:
    order = replace(ORDER, amount_ht=Decimal("100.00"), vat_rate=Decimal("5.5"))
    text_fr = _text(_write(tmp_path, "fr", order))
    assert "TVA 5,5 %" in text_fr
    assert "5,50 €" in text_fr and "105,50 €" in text_fr
    assert "VAT 5.5%" in _text(_write(tmp_path, "en", order))


@pytest.mark.parametrize(
    ("rate", "language", "expected"),
    [
        ("20.00", "fr", "20\u00a0%"),
        ("20.00", "en", "20%"),
        ("5.5", "fr", "5,5\u00a0%"),
        ("5.50", "en", "5.5%"),
        ("0", "fr", "0\u00a0%"),
        ("8.25", "en", "8.25%"),
    ],
)
def test_format_rate(rate: str, language: str, expected: str) -> None:
    assert format_rate(Decimal(rate), language) == expected


def test_empty_optional_fields_are_left_out(tmp_path: Path) -> None:
    bare = Party(name="Solo")
    path = _save(
        render_purchase_order(ORDER, PROJECT, bare, bare, PaymentInstructions(), "en"),
        tmp_path / "po.pdf",
    )
    text = _text(path)
    assert "SIREN" not in text and "VAT number" not in text and "IBAN" not in text
    assert "Reference to quote" in text and "2026-0007" in text


def test_long_project_name_stays_on_one_page(tmp_path: Path) -> None:
    long_project = Project(id=7, name="very-long-project-name " * 12)
    path = _save(
        render_purchase_order(
            replace(ORDER, amount_ht=Decimal("10000000.00")),
            long_project,
            SELLER,
            BUYER,
            PAYMENT,
            "fr",
        ),
        tmp_path / "po.pdf",
    )
    assert len(PdfReader(path).pages) == 1
    assert "12 000 000,00 €" in _text(path)  # the TTC total is not split over two lines


def test_fonts_are_registered_once() -> None:
    assert register_fonts() is register_fonts()
