"""The invoice simulation PDF, read back with pypdf: words, figures, escaping, fonts, writes."""

from __future__ import annotations

import os
import re
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import cast

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from desktop_app.domain.errors import DomainError
from desktop_app.domain.model import (
    Allocation,
    Invoice,
    InvoiceLine,
    Party,
    PaymentDue,
    Project,
    Source,
)
from desktop_app.pdf.invoice_simulation import render_invoice_simulation
from desktop_app.services import documents, invoices
from desktop_app.services.demo import build_demo
from desktop_app.services.desk import Desk
from tests.helpers.ledger import peek

MARKUP = "<b>Acme</b> & Co"
PROJECT = Project(id=3, name=f"{MARKUP} web")
CUSTOMER = Party(name=f"{MARKUP} SARL", address="1 rue <i>Haute</i>\n44000 Nantes")
INVOICE = Invoice(
    project_id=3,
    date=date(2026, 11, 26),
    lines=(InvoiceLine("compute", Decimal("1840.50")), InvoiceLine("gpu <i>&", Decimal("312.20"))),
    allocations=(
        Allocation(Source.VOUCHER, "ABCD-EFGH-JKMN", 11, Decimal("50.00")),
        Allocation(Source.VOUCHER, "WXYZ-2345-6789", 12, Decimal("25.00")),
        Allocation(Source.CREDIT, "PO-2026-00004", 7, Decimal("1500.00")),
        Allocation(Source.DIGITAL_LAUNCHPAD, "digital_launchpad", None, Decimal("400.00")),
        Allocation(Source.LOYALTY, "loyalty", None, Decimal("64.20")),
    ),
    payment=PaymentDue("Visa <u>4242</u> & co", Decimal("113.50"), Decimal("22.70")),
    vat_rate=Decimal("20.00"),
)
EXPIRIES = {11: date(2026, 12, 31), 12: date(2027, 1, 15), 7: date(2027, 9, 28)}
TODAY = date(2026, 11, 20)


def _text(path: Path) -> str:
    """All pages' text, every kind of space (NBSP, narrow NBSP, newline) collapsed to one."""
    raw = " ".join(page.extract_text() for page in PdfReader(path).pages)
    return re.sub(r"\s+", " ", raw.replace("\u00a0", " ").replace("\u202f", " "))


def _write(tmp_path: Path, language: str, invoice: Invoice = INVOICE) -> Path:
    """The rendered bytes in a file, for pypdf (writing files is the services' job)."""
    path = tmp_path / f"sim-{language}.pdf"
    path.write_bytes(
        render_invoice_simulation(invoice, PROJECT, CUSTOMER, EXPIRIES, TODAY, language)
    )
    return path


def test_english_simulation_shows_the_waterfall_source_by_source(tmp_path: Path) -> None:
    text = _text(_write(tmp_path, "en"))
    for expected in [
        "INVOICE SIMULATION",
        "26 November 2026",  # the invoice date
        "20 November 2026",  # the balances used
        "nothing was written to the ledger",
        "compute €1,840.50",
        "Total excl. VAT €2,152.70",
        "1 Vouchers ABCD-EFGH-JKMN 11 31/12/2026 €50.00",
        "2 Vouchers WXYZ-2345-6789 12 15/01/2027 €25.00",
        "Subtotal: Vouchers €75.00",
        "3 Purchased credit PO-2026-00004 7 28/09/2027 €1,500.00",
        "4 Digital LaunchPad account €400.00",
        "5 Loyalty account €64.20",
        "Payment method, excl. VAT €113.50",
        "VAT 20% €22.70",
        "€136.20",  # what the card pays, VAT included
        "Vouchers pay first",
    ]:
        assert expected in text, expected
    assert "digital_launchpad" not in text  # an account is named, not its internal key


def test_french_simulation(tmp_path: Path) -> None:
    text = _text(_write(tmp_path, "fr"))
    for expected in [
        "SIMULATION DE FACTURE",
        "26 novembre 2026",
        "rien n’a été enregistré",
        "1 840,50 €",
        "Total HT 2 152,70 €",
        "Sous-total : Vouchers 75,00 €",
        "Crédit acheté PO-2026-00004 7 28/09/2027 1 500,00 €",
        "Compte Digital LaunchPad",
        "Compte fidélité",
        "Moyen de paiement, HT 113,50 €",
        "TVA 20 % 22,70 €",
        "136,20 €",
        "Les vouchers paient d’abord",
    ]:
        assert expected in text, expected
    assert "Purchased credit" not in text


def test_user_text_is_printed_literally_not_as_markup(tmp_path: Path) -> None:
    text = _text(_write(tmp_path, "en"))
    assert f"{MARKUP} web" in text  # the project
    assert f"{MARKUP} SARL" in text  # the customer
    assert "1 rue <i>Haute</i>" in text
    assert "gpu <i>&" in text  # a product
    assert "Visa <u>4242</u> & co" in text  # the payment method's label
    assert "&amp;" not in text and "&lt;" not in text


def test_posted_invoice_is_titled_with_its_number(tmp_path: Path) -> None:
    posted = replace(INVOICE, number="INV-2026-00042")
    text = _text(_write(tmp_path, "en", posted))
    assert "INVOICE INV-2026-00042" in text
    assert "Posted to the ledger as invoice INV-2026-00042" in text
    assert "nothing was written" not in text
    assert "FACTURE INV-2026-00042" in _text(_write(tmp_path, "fr", posted))


def test_nothing_taken_from_credit_says_so(tmp_path: Path) -> None:
    bare = replace(
        INVOICE,
        allocations=(),
        payment=PaymentDue(None, Decimal("2152.70"), Decimal("430.54")),
    )
    text = _text(_write(tmp_path, "en", bare))
    assert "Nothing is taken from credit" in text
    assert "(no payment method registered)" in text
    assert "€2,583.24" in text


def test_metadata_and_only_embedded_dejavu_fonts(tmp_path: Path) -> None:
    reader = PdfReader(_write(tmp_path, "fr"))
    meta = reader.metadata
    assert meta is not None
    assert meta.title == f"Simulation de facture — {MARKUP} web"
    assert meta.creator == "Cloud Credit Desk"
    seen: set[str] = set()
    for page in reader.pages:
        resources = cast(DictionaryObject, page["/Resources"].get_object())
        fonts = cast(DictionaryObject, resources["/Font"].get_object())
        for ref in fonts.values():
            font = cast(DictionaryObject, ref.get_object())
            name = str(font["/BaseFont"])
            assert "DejaVuSans" in name, name  # a standard font could not print € or U+202F
            descriptor = cast(DictionaryObject, font["/FontDescriptor"].get_object())
            assert "/FontFile2" in descriptor, f"{name} is not embedded"
            seen.add(name.rsplit("+", maxsplit=1)[-1])
    assert seen == {"DejaVuSans", "DejaVuSans-Bold"}


def test_an_invoice_paid_by_many_lots_runs_over_pages_with_every_lot(tmp_path: Path) -> None:
    many = tuple(
        Allocation(Source.CREDIT, f"PO-2026-{n:05d}", n, Decimal("10.00")) for n in range(1, 701)
    )
    invoice = replace(
        INVOICE,
        lines=(InvoiceLine("compute", Decimal("7000.00")),),
        allocations=many,
        payment=PaymentDue("Card", Decimal("0.00"), Decimal("0.00")),
    )
    path = _write(tmp_path, "en", invoice)
    pages = PdfReader(path).pages
    assert len(pages) > 10
    text = _text(path)
    assert "PO-2026-00001" in text and "PO-2026-00700" in text
    assert "Subtotal: Purchased credit €7,000.00" in text
    # the column titles are on every page of the waterfall
    assert all("Paid from" in page.extract_text() for page in pages[1:-1])


# -- the service ---------------------------------------------------------------------------------


@pytest.fixture
def demo(tmp_path: Path):  # type: ignore[no-untyped-def]
    with Desk.open(tmp_path / "demo.sqlite3", today=date(2026, 11, 26)) as desk:
        build_demo(desk)
        yield desk


def test_service_writes_the_simulation_with_each_lots_expiry(demo: Desk, tmp_path: Path) -> None:
    invoice = invoices.simulate_invoice(
        demo, "ML training", demo.today, [InvoiceLine("compute", Decimal("1000.00"))]
    )
    lot_ids = [a.lot_id for a in invoice.allocations if a.lot_id is not None]
    assert lot_ids
    path = documents.write_simulation_pdf(demo, invoice, tmp_path / "out" / "sim.pdf")
    assert path == tmp_path / "out" / "sim.pdf"
    text = _text(path)
    assert "ML training" in text
    assert demo.party("buyer").name in text
    for lot_id in lot_ids:
        lot = peek(demo).lots.get(lot_id)
        assert lot is not None
        assert f"{lot.reference} {lot_id} {lot.expires_on.strftime('%d/%m/%Y')}" in text
    french = documents.write_simulation_pdf(demo, invoice, tmp_path / "fr.pdf", language="fr")
    assert "SIMULATION DE FACTURE" in _text(french)


def test_service_refuses_a_path_it_cannot_write(demo: Desk, tmp_path: Path) -> None:
    invoice = invoices.simulate_invoice(
        demo, "Data lake", demo.today, [InvoiceLine("storage", Decimal("10.00"))]
    )
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    with pytest.raises(DomainError) as refused:
        documents.write_simulation_pdf(demo, invoice, blocker / "sim.pdf")
    assert refused.value.code == "pdf.cannot_write"


def test_service_writes_atomically(
    demo: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    invoice = invoices.simulate_invoice(
        demo, "Data lake", demo.today, [InvoiceLine("storage", Decimal("10.00"))]
    )
    out = tmp_path / "out"
    path = documents.write_simulation_pdf(demo, invoice, out / "sim.pdf")
    before = path.read_bytes()

    def refuse(src: object, dst: object) -> None:
        raise PermissionError(13, "the file is open in a PDF viewer")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(DomainError) as refused:
        documents.write_simulation_pdf(demo, invoice, path, language="fr")
    assert refused.value.code == "pdf.cannot_write"
    assert path.read_bytes() == before
    assert sorted(p.name for p in out.iterdir()) == ["sim.pdf"]
