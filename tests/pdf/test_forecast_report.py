"""The forecast report PDF, read back with pypdf: figures, words, escaping, fonts, atomic writes."""

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

from desktop_app.domain.advisor import advise
from desktop_app.domain.dates import credit_expires_on
from desktop_app.domain.errors import DomainError
from desktop_app.domain.forecast import Forecast, run_forecast
from desktop_app.domain.model import CreditLot, LotKind
from desktop_app.domain.money import ZERO
from desktop_app.pdf.forecast_report import ForecastReport, render_forecast_report
from desktop_app.services.demo import build_demo
from desktop_app.services.desk import Desk
from desktop_app.services.forecast import advice as advice_service
from desktop_app.services.forecast import forecast as forecast_service
from desktop_app.services.forecast import spend_from_history
from desktop_app.services.forecast_export import forecast_report, write_forecast_pdf

TODAY = date(2026, 11, 26)
MARKUP = "<b>Acme</b> & Co"
PRODUCT = "<i>gpu</i> & co"  # a product name is typed by the user, markup and all
PAID = date(2026, 2, 1)
LOTS = (
    # 400 of vouchers that expire on 16 December: 350 paid in November, 50 lost.
    CreditLot(1, 7, LotKind.VOUCHER, f"{MARKUP} voucher", Decimal("400.00"), ZERO, ZERO,
              date(2026, 9, 1), date(2026, 12, 16), date(2026, 9, 1)),
    # 2,500 of credit left until 1 March 2027: three months of 350, then 1,450 lost.
    CreditLot(2, 7, LotKind.CREDIT, "PO-2026-00001", Decimal("3000.00"), Decimal("500.00"), ZERO,
              PAID, credit_expires_on(PAID), PAID),
)  # fmt: skip
SPEND = {"compute": Decimal("250.00"), PRODUCT: Decimal("100.00")}


def _forecast(months: int = 12) -> Forecast:
    return run_forecast(
        7, TODAY, months, SPEND, LOTS, digital_launchpad=Decimal("100.00"), payment_label="Visa"
    )


def _report(months: int = 12, **changes: object) -> ForecastReport:
    forecast = _forecast(months)
    advice = advise(7, TODAY, months, SPEND, LOTS, digital_launchpad=Decimal("100.00"))
    report = forecast_report(
        forecast,
        company=f"{MARKUP} Établissements",
        project=MARKUP,
        spend=SPEND,
        growth=Decimal("1.50"),
        advice=advice,
    )
    return replace(report, **changes) if changes else report  # type: ignore[arg-type]


def _text(path: Path) -> str:
    """Every page's text, every kind of space (NBSP, narrow NBSP, newline) made one space."""
    raw = " ".join(page.extract_text() for page in PdfReader(path).pages)
    return re.sub(r"\s+", " ", raw.replace("\u00a0", " ").replace("\u202f", " "))


def _write(document: bytes, path: Path) -> Path:
    """The rendered bytes in a file, for pypdf (writing files is the services' job)."""
    path.write_bytes(document)
    return path


def test_the_figures_match_the_forecast(tmp_path: Path) -> None:
    forecast = _forecast()
    assert forecast.run_out == date(2027, 3, 26)
    assert forecast.lost_total == Decimal("1500.00")  # 50 of vouchers, 1,450 of credit
    path = _write(render_forecast_report(_report(), "en"), tmp_path / "forecast.pdf")
    text = _text(path)
    for expected in [
        "CREDIT FORECAST",
        "Made on 26 November 2026",
        "12 months, Nov 2026 to Oct 2027",
        "Credit lasts until",
        "26 March 2027",
        "Lost to expiry",
        "€1,500.00 (2 lots)",
        "by Visa",
        "Monthly spend excl. VAT",
        "€350.00",  # total a month
        "+1.5% a month",
        "€3,000.00",  # credit and accounts today: 400 + 2,500 + 100
        "Purchase advice",
        "Largest purchase today that is never lost",
        "Lots lost to expiry",
        "PO-2026-00001",
        "1 March 2027",
        "1,450.00",
        "Month by month",
        "26/11/2026",
        "26/10/2027",
        "A forecast, not an invoice.",
    ]:
        assert expected in text, expected
    payment = sum((m.invoice.payment.amount_ht for m in forecast.months), ZERO)
    assert f"{payment:,.2f}" in text  # the month table's total


def test_starting_balance_is_what_sources_hold_today() -> None:
    report = _report()
    assert report.starting_balance == Decimal("400.00") + Decimal("2500.00") + Decimal("100.00")


def test_french_words_dates_and_amounts(tmp_path: Path) -> None:
    path = _write(render_forecast_report(_report(), "fr"), tmp_path / "prevision.pdf")
    text = _text(path)
    for expected in [
        "PRÉVISION DE CRÉDIT",
        "Établie le 26 novembre 2026",
        "Le crédit dure jusqu’au",
        "26 mars 2027",
        "Perdu à l’expiration",
        "1 500,00 € (2 lots)",
        "+1,5 % par mois",
        "Conseil d’achat",
        "Mois par mois",
        "1 450,00",
        "Une prévision, pas une facture.",
    ]:
        assert expected in text, expected
    assert PdfReader(path).metadata.title == f"Prévision de crédit — {MARKUP}"  # type: ignore[union-attr]


def test_user_text_is_escaped_not_read_as_markup(tmp_path: Path) -> None:
    path = _write(render_forecast_report(_report(), "en"), tmp_path / "markup.pdf")
    text = _text(path)
    assert MARKUP in text  # the project, the company, the voucher's reference
    assert f"{MARKUP} voucher" in text
    assert PRODUCT in text


def test_only_embedded_dejavu_fonts_are_used(tmp_path: Path) -> None:
    path = _write(render_forecast_report(_report(), "fr"), tmp_path / "fonts.pdf")
    seen = set()
    for page in PdfReader(path).pages:
        resources = cast(DictionaryObject, page["/Resources"])
        fonts = cast(DictionaryObject, resources["/Font"].get_object())
        for ref in fonts.values():
            font = cast(DictionaryObject, ref.get_object())
            name = str(font["/BaseFont"])
            # Helvetica (ReportLab's default, charts included) could not print "€" or U+202F.
            assert "DejaVu" in name, name
            descriptor = cast(DictionaryObject, font["/FontDescriptor"].get_object())
            assert "/FontFile2" in descriptor, f"{name} is not embedded"
            seen.add(name.rsplit("+", maxsplit=1)[-1])
    assert seen == {"DejaVuSans", "DejaVuSans-Bold"}


def test_a_long_forecast_runs_over_pages_with_its_table_head(tmp_path: Path) -> None:
    path = _write(render_forecast_report(_report(120), "en"), tmp_path / "long.pdf")
    reader = PdfReader(path)
    assert len(reader.pages) >= 3
    table_pages = [p.extract_text() for p in reader.pages if "26/10/2036" in p.extract_text()]
    assert table_pages and "Invoice of" in table_pages[0]  # the head repeats on each page
    last = reader.pages[-1].extract_text()
    assert f"page {len(reader.pages)}" in last
    assert "Lots lost to expiry" in last  # the detail comes after the table


def test_with_the_plan_says_so_and_marks_the_purchases(tmp_path: Path) -> None:
    advice = advise(7, TODAY, 12, SPEND, LOTS, digital_launchpad=Decimal("100.00"))
    assert advice.plan
    report = forecast_report(
        advice.with_plan, company="", project="Web", spend=SPEND, advice=advice,
        planned=advice.plan,
    )  # fmt: skip
    assert report.run_out is None
    assert report.starting_balance == Decimal("3000.00")  # purchases not made yet left out
    assert sum((m.purchased for m in report.months), ZERO) == sum(
        (p.amount for p in advice.plan), ZERO
    )
    text = _text(_write(render_forecast_report(report, "en"), tmp_path / "plan.pdf"))
    assert "Including the advised purchases" in text
    assert "beyond the forecast" in text
    assert "Advised purchase" in text


def test_nothing_to_lose_nothing_to_buy(tmp_path: Path) -> None:
    recent = date(2026, 11, 1)
    big = (
        replace(LOTS[1], total=Decimal("90000.00"), used=ZERO, valid_from=recent,
                issued_on=recent, expires_on=credit_expires_on(recent)),
    )  # fmt: skip
    forecast = run_forecast(7, TODAY, 6, SPEND, big)
    advice = advise(7, TODAY, 6, SPEND, big)
    report = forecast_report(forecast, company="", project="P", spend=SPEND, advice=advice)
    text = _text(_write(render_forecast_report(report, "en"), tmp_path / "calm.pdf"))
    assert "Lost to expiry nothing" in text
    assert "No purchase is needed" in text
    assert "Any purchase today would be partly lost" in text  # nothing more fits in 13 months


def test_a_one_month_forecast_draws(tmp_path: Path) -> None:
    report = _report(1)
    assert len(report.months) == 1
    assert len(render_forecast_report(report, "en")) > 1000


def test_no_month_is_refused() -> None:
    with pytest.raises(ValueError):
        render_forecast_report(replace(_report(), months=()), "en")


# -- the service wrapper ----------------------------------------------------------------------


@pytest.fixture
def demo_desk(tmp_path: Path):  # type: ignore[no-untyped-def]
    with Desk.open(tmp_path / "demo.sqlite3", today=TODAY) as opened:
        build_demo(opened)
        yield opened


def test_service_writes_the_project_report(demo_desk: Desk, tmp_path: Path) -> None:
    spend = spend_from_history(demo_desk, "Data lake", 3)
    forecast = forecast_service(demo_desk, "Data lake", 24, spend)
    advice = advice_service(demo_desk, "Data lake", 24, spend)
    path = write_forecast_pdf(
        demo_desk, "Data lake", forecast, tmp_path / "out" / "lake.pdf", spend=spend,
        advice=advice, language="fr",
    )  # fmt: skip
    text = _text(path)
    assert "Projet Data lake" in text
    assert demo_desk.party("buyer").name in text
    assert "470,55 €" in text  # the lot the demo loses in December


def test_service_refuses_in_words_when_it_cannot_write(demo_desk: Desk, tmp_path: Path) -> None:
    spend = {"compute": Decimal("100.00")}
    forecast = forecast_service(demo_desk, "Data lake", 3, spend)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(DomainError) as refused:
        write_forecast_pdf(demo_desk, "Data lake", forecast, blocker / "x.pdf", spend=spend)
    assert refused.value.code == "pdf.cannot_write"
