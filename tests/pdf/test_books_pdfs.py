"""The books' PDFs read back with pypdf: the period report (company, SIREN, ledger, period,
every project and account row, the total, "page N of M" on every page) and the credit note
(what went back where, the refund due with its VAT); typed text escaped, fonts embedded."""

from __future__ import annotations

import io
from dataclasses import fields
from datetime import date
from decimal import Decimal

from pypdf import PdfReader

from desktop_app.domain.books.creditnote import CreditNote, Returned
from desktop_app.domain.books.rollforward import Figures, Period, RollForward, RollForwardRow
from desktop_app.domain.model import Account, Party, PaymentDue, Project, Source
from desktop_app.pdf.credit_note import render_credit_note
from desktop_app.pdf.period_report import render_period_report

D = Decimal
MARKUP = "<b>R&D</b> lab"
ROW = Figures(D("100.00"), D("50.00"), D("10.00"), D("5.00"), D("40.00"), D("25.00"), D("100.00"))
COMPANY = Party(name="Acme & Fils SAS", siren="123 456 789")


def _text(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def _report(projects: int) -> RollForward:
    rows = [RollForwardRow(n, None, ROW) for n in range(1, projects + 1)]
    rows += [RollForwardRow(None, account, Figures()) for account in Account]
    total = Figures(*(getattr(ROW, f.name) * projects for f in fields(ROW)))
    return RollForward(Period(date(2026, 1, 1), date(2026, 1, 31)), tuple(rows), total, total,
                       Figures(), Figures())  # fmt: skip


def test_the_period_report_says_whose_which_ledger_when_and_every_row() -> None:
    names = {1: MARKUP, **{n: f"project {n:03d}" for n in range(2, 91)}}
    data = render_period_report(_report(90), names, COMPANY, "acme.sqlite3", date(2026, 2, 2), "en")
    pages = _text(data)
    assert len(pages) >= 2
    first = pages[0]
    wanted = ("Acme & Fils SAS", "123 456 789", "acme.sqlite3", "1 January 2026",
              "31 January 2026", "2 February 2026", MARKUP, "Opening", "Closing")  # fmt: skip
    for expected in wanted:
        assert expected in first, expected
    for number, page in enumerate(pages, 1):
        assert f"page {number} of {len(pages)}" in page
    whole = "\n".join(pages)
    assert "project 090" in whole and "Digital LaunchPad (account)" in whole
    assert "Total" in whole and "€9,000.00" in whole  # 90 x 100.00 closing
    assert "Checked to the cent" in whole
    assert b"DejaVuSans" in data and b"Helvetica" not in data


def test_the_period_report_in_french() -> None:
    data = render_period_report(_report(1), {1: "Web"}, COMPANY, "l", date(2026, 2, 2), "fr")
    (page,) = _text(data)
    assert "Rapport de période" in page and "page 1 sur 1" in page and "Clôture" in page


def test_the_credit_note_shows_what_went_back_and_the_refund_due() -> None:
    note = CreditNote(
        "CN-2026-00003", "INV-2026-00009", 1, date(2026, 3, 5),
        (Returned(Source.VOUCHER, "ABCD-EFGH", 2, D("50.00"), D("50.00")),
         Returned(Source.CREDIT, "PO-2026-00001", 1, D("350.00")),
         Returned(Source.LOYALTY, "loyalty", None, D("30.00"))),
        PaymentDue("Visa 4242", D("70.00"), D("14.00")), D("20.00"), MARKUP,
    )  # fmt: skip
    data = render_credit_note(note, date(2026, 2, 27), Project(1, MARKUP), COMPANY, "en")
    (page,) = _text(data)
    for expected in ("CREDIT NOTE CN-2026-00003", "INV-2026-00009", "27 February 2026",
                     "5 March 2026", MARKUP, "ABCD-EFGH", "€350.00", "Loyalty account",
                     "€70.00", "VAT 20%", "€14.00", "€84.00", "page 1 of 1"):  # fmt: skip
        assert expected in page, expected
    assert b"DejaVuSans" in data and b"Helvetica" not in data
