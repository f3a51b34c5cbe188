"""The window speaks English and French: texts, money, dates and typed amounts follow."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from desktop_app.domain.errors import DomainError, EnvironmentFault
from desktop_app.services.desk import update_settings
from desktop_app.ui import i18n
from desktop_app.ui.messages import describe


def test_messages_are_in_the_windows_language_with_the_windows_words(desk) -> None:  # type: ignore[no-untyped-def]
    """One catalog (``services.messages``), the window's current language: not the ledger's
    setting, not Qt's translation files; the window's own words where the command line's
    name a command."""
    update_settings(desk, {"language": "fr"})  # the ledger says French, the window is English
    unknown = DomainError("order.unknown", number="PO-2026-00009")
    assert describe(unknown) == "no purchase order PO-2026-00009; refresh the list of orders"
    fault = EnvironmentFault("ledger.busy", path="l.sqlite3")
    assert describe(fault).endswith("try again in a moment")
    i18n.set_language("fr")
    try:
        assert (
            describe(unknown)
            == "aucun bon de commande PO-2026-00009 ; actualisez la liste des bons"
        )
        assert describe(fault).endswith("réessayez dans un instant")
    finally:
        i18n.set_language("en")


def test_money_follows_the_language_and_amounts_read_the_same_in_both() -> None:
    i18n.set_language("fr")
    assert i18n.money(Decimal("1234.5")) == "1\u202f234,50\u00a0€"
    assert i18n.parse_money("1 234,56") == Decimal("1234.56")
    assert i18n.parse_money("100.5") == Decimal("100.50")  # the command line's forms too
    assert i18n.parse_money("1,234.56") == Decimal("1234.56")
    i18n.set_language("en")
    assert i18n.money(Decimal("1234.5")) == "€1,234.50"
    assert i18n.parse_money("1,234.56") == Decimal("1234.56")
    assert i18n.parse_money("100,50") == Decimal("100.50")
    assert i18n.parse_money("1 234,56") == Decimal("1234.56")


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("1,500", "amount.ambiguous"),
        ("1.500", "amount.ambiguous"),
        ("10,000", "amount.ambiguous"),
        ("1.234", "amount.ambiguous_thousands"),
        ("1,23.45", "amount.malformed"),
        ("12 34,56", "amount.malformed"),
        ("1 2 3", "amount.malformed"),
        ("1.2345,67", "amount.malformed"),
        ("9" * 30, "amount.too_large"),
    ],
)
def test_no_language_guesses_an_amount(lang: str, text: str, code: str) -> None:
    """Rule 12: '1,500' was 1,50 € in the French window and 1 500 € in the English one."""
    i18n.set_language(lang)
    try:
        with pytest.raises(DomainError) as refused:
            i18n.parse_money(text)
        assert refused.value.code == code
    finally:
        i18n.set_language("en")


@given(st.integers(min_value=1, max_value=1_000_000_000).map(lambda c: Decimal(c).scaleb(-2)))
def test_what_the_window_writes_reads_back_in_either_language(value: Decimal) -> None:
    written = {}
    try:
        for lang in ("en", "fr"):
            i18n.set_language(lang)
            written[lang] = i18n.number(value)
        for lang in ("en", "fr"):
            i18n.set_language(lang)
            assert {i18n.parse_money(text) for text in written.values()} == {value}
    finally:
        i18n.set_language("en")


def test_refusals_in_french() -> None:
    error = DomainError("voucher.already_used", code="ABCD-EFGH-JKMN", on="2026-11-01")
    assert "already redeemed" in describe(error)
    i18n.set_language("fr")
    assert describe(error).startswith("le voucher ABCD-EFGH-JKMN a déjà été utilisé")


def test_switching_to_french_retranslates_the_window_live(qtbot, window, desk) -> None:  # type: ignore[no-untyped-def]
    assert window.tabs.tabText(1) == "Purchase orders"
    view = window.account_view
    view.language.setCurrentIndex(view.language.findData("fr"))
    view.choose_language()
    qtbot.waitUntil(lambda: window.tabs.tabText(1) == "Commandes")
    assert desk.language() == "fr"
    assert window.credits.buy_action.text() == "&Acheter du crédit…"
    assert window.credits.lot_model.headerData(6, Qt.Orientation.Horizontal) == "Disponible"
    assert "disponibles" in window.status.available.text()
    assert "€" in window.status.launchpad.text() and "0,00" in window.status.launchpad.text()
    qtbot.waitUntil(lambda: view.launchpad_button.text() == "Créditer")

    dialog = window.credits.buy_credit()
    assert dialog.windowTitle() == "Acheter du crédit Public Cloud"
    dialog.amount.setText("1 000,50")
    assert dialog.ttc_value.text() == "1\u202f200,60\u00a0€"
    dialog.amount.setText("abc")
    dialog.create_order()
    assert "n'est pas un montant" in dialog.error.text()
    dialog.reject()

    view.language.setCurrentIndex(view.language.findData("en"))
    view.choose_language()
    qtbot.waitUntil(lambda: window.tabs.tabText(1) == "Purchase orders")


@pytest.mark.parametrize(("system", "expected"), [("en", "is a folder"), ("fr", "est un dossier")])
def test_a_ledger_the_window_cannot_open_is_told_in_the_users_language(  # type: ignore[no-untyped-def]
    qtbot, tmp_path, capsys, monkeypatch, system: str, expected: str
) -> None:
    """No ledger yet to say a language: the user's, as the window would speak."""
    import argparse

    folder = tmp_path / "a folder"
    folder.mkdir()
    args = argparse.Namespace(db=folder, today=None, demo=False, screenshot=None, self_test=False)
    err, said = _refused_at_start(monkeypatch, capsys, system, args)
    assert err.startswith("error: ") and expected in err, err
    assert len(said) == 1 and expected in said[0]  # the start dialog's, in the same words


def _refused_at_start(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], system: str, args: Any
) -> tuple[str, list[str]]:
    """The window's start on ``args`` refused (exit 1) in the user's language ``system``,
    the start dialog closed: what stderr said, what the start dialog said at its top."""
    from desktop_app.ui.app import run_from_cli
    from desktop_app.ui.onboarding import start

    monkeypatch.setattr(i18n, "system_language", lambda: system)
    said: list[str] = []
    monkeypatch.setattr(start, "choose_start", lambda problem="": said.append(problem))
    assert run_from_cli(args) == 1
    return capsys.readouterr().err, said


@given(
    st.one_of(
        st.decimals(allow_nan=False, allow_infinity=False, min_value=-(10**12), max_value=10**12),
        st.integers(-(10**14), 10**14).map(lambda c: Decimal(c).scaleb(-2)),
    ),
    st.sampled_from(["en", "fr"]),
)
def test_money_amounts_and_dates_are_written_as_babel_writes_them(
    amount: Decimal, lang: str
) -> None:
    """The window writes its cells without loading Babel (issue 12: the first paint), to the
    character as Babel would for en_GB and fr_FR."""
    from datetime import date, timedelta

    from babel.dates import format_date
    from babel.numbers import format_currency, format_decimal

    locale = {"en": "en_GB", "fr": "fr_FR"}[lang]
    assert i18n._money(amount, lang) == format_currency(amount, "EUR", locale=locale)
    i18n.set_language(lang)
    try:
        assert i18n.number(amount) == format_decimal(amount, format="#,##0.00", locale=locale)
    finally:
        i18n.set_language("en")
    day = date(1990, 1, 1) + timedelta(days=abs(int(amount)) % 20_000)
    assert i18n._day(day, lang) == format_date(day, format="short", locale=locale)


@given(st.integers(-(10**9), 10**9), st.sampled_from(["en", "fr"]))
def test_counts_are_grouped_as_babel_groups_them(count: int, lang: str) -> None:
    """A count of lots or codes reads in the window's language: 4,287 in English, 4 287 in
    French (where 4,287 reads as four point two)."""
    from babel.numbers import format_decimal

    locale = {"en": "en_GB", "fr": "fr_FR"}[lang]
    i18n.set_language(lang)
    try:
        assert i18n.count(count) == format_decimal(count, locale=locale)
    finally:
        i18n.set_language("en")


@given(
    st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2090, 1, 1)),  # noqa: DTZ001 - naive bounds: hypothesis wants them
    st.sampled_from(["en", "fr"]),
)
def test_a_moment_is_the_locales_short_date_and_time(moment: datetime, lang: str) -> None:
    """When a server ledger was written last: its UTC time in the user's own time zone, as
    Babel writes the short date and time of en_GB (``04/12/2026, 01:20``) and fr_FR
    (``04/12/2026 01:20``), without loading Babel (the status bar says it at every refresh)."""
    from babel.dates import format_datetime

    utc = moment.replace(tzinfo=UTC)
    locale = {"en": "en_GB", "fr": "fr_FR"}[lang]
    i18n.set_language(lang)
    try:
        shown = i18n.moment(utc.isoformat().replace("+00:00", "Z"))
    finally:
        i18n.set_language("en")
    assert shown == format_datetime(utc.astimezone(), format="short", locale=locale)


def test_a_moment_is_told_in_the_local_time_zone(monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    monkeypatch.setenv("TZ", "Europe/Paris")
    time.tzset()
    try:
        assert i18n.moment("2026-12-04T00:20:00Z") == "04/12/2026, 01:20"  # UTC+1 in winter
        assert i18n.moment("2026-07-04T00:20:00Z") == "04/07/2026, 02:20"  # UTC+2 in summer
        assert i18n.moment("not a time") == "not a time"  # as the server said it, if unread
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def _lines(html: str, width: float) -> list[str]:
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setHtml(html)
    document.setTextWidth(width)
    document.size()  # laid out now
    lines: list[str] = []
    block = document.begin()
    while block.isValid():
        layout = block.layout()
        for n in range(layout.lineCount()):
            line = layout.lineAt(n)
            lines.append(block.text()[line.textStart() : line.textStart() + line.textLength()])
        block = block.next()
    return lines


def test_an_amount_in_rich_text_is_never_cut_across_lines(qapp) -> None:  # type: ignore[no-untyped-def]
    """Qt's rich text takes every Unicode space, French amounts' narrow no-break one too, as
    a place to break a line: ``unbroken`` keeps an amount (escaped) on one line."""
    i18n.set_language("fr")
    try:
        amount = i18n.money(Decimal("1982.35"))
        plain = _lines(f"available {amount} and then more words", 90)
        kept = _lines(f"available {i18n.unbroken(amount)} and then more words", 90)
        assert i18n.unbroken("<b>&") == '<span style="white-space:nowrap">&lt;b&gt;&amp;</span>'
    finally:
        i18n.set_language("en")

    def whole(lines: list[str]) -> bool:
        return any("1 982,35 €" in " ".join(line.split()) for line in lines)

    assert not whole(plain), plain  # the layout does break there, as it is
    assert whole(kept), kept


@pytest.mark.parametrize(("system", "expected"), [("en", "is not a ledger"), ("fr", "n'est pas")])
def test_the_window_refuses_a_url_of_another_scheme_and_creates_nothing(  # type: ignore[no-untyped-def]
    qtbot, tmp_path, capsys, monkeypatch, system: str, expected: str
) -> None:
    """``--db mysql://h/db``: refused in the user's language, no ``mysql:`` folder made."""
    from desktop_app.ui.app import parse_args

    monkeypatch.chdir(tmp_path)
    err, said = _refused_at_start(monkeypatch, capsys, system, parse_args(["--db", "mysql://h/db"]))
    assert "mysql://" in err and err.startswith("error: ") and expected in err, err
    assert len(said) == 1 and "mysql://" in said[0] and expected in said[0]
    assert list(tmp_path.iterdir()) == []
