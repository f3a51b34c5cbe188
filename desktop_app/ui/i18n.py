"""Language, translators and locale-aware formatting of money, dates and typed amounts."""

from __future__ import annotations

import functools
from datetime import date, datetime
from decimal import ROUND_HALF_EVEN, Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator

from desktop_app.domain.money import parse_amount
from desktop_app.resources import resource
from desktop_app.services.desk import LANGUAGES

if TYPE_CHECKING:
    from babel.core import Locale

#: The regional variant used for numbers and dates: day/month/year, euro amounts.
_BABEL = {"en": "en_GB", "fr": "fr_FR"}
_QT = {"en": "en_GB", "fr": "fr_FR"}

_state: dict[str, object] = {"language": "en", "translators": []}


def language() -> str:
    return str(_state["language"])


def system_language() -> str:
    """The user's language as the system says it (Qt reads it on every OS)."""
    return "fr" if QLocale.system().language() == QLocale.Language.French else "en"


def translation_file(lang: str) -> str:
    return str(resource("translations", f"cloud_credit_desk_{lang}.qm"))


def set_language(lang: str) -> None:
    """Install the translators for ``lang``; Qt then sends LanguageChange to every widget."""
    if lang not in LANGUAGES:
        lang = "en"
    app = QCoreApplication.instance()
    _state["language"] = lang
    QLocale.setDefault(QLocale(_QT[lang]))
    if app is None:
        return
    old: list[QTranslator] = list(_state["translators"])  # type: ignore[call-overload]
    for translator in old:
        app.removeTranslator(translator)
    fresh: list[QTranslator] = []
    if lang != "en":
        ours = QTranslator(app)
        if ours.load(translation_file(lang)):
            fresh.append(ours)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        base = QTranslator(app)
        if base.load(f"qtbase_{lang}", qt_dir):
            fresh.append(base)
    for translator in fresh:
        app.installTranslator(translator)
    _state["translators"] = fresh
    _relocale(app)


def _relocale(app: QCoreApplication) -> None:
    """Every window in the new locale: a widget keeps the locale it was made with (the
    calendar popup's month names, a date's format), its children follow their window's."""
    from PySide6.QtWidgets import QApplication

    if isinstance(app, QApplication):
        for widget in app.topLevelWidgets():
            widget.setLocale(QLocale())


# -- formatting ---------------------------------------------------------------------------------


# Money, amounts and short dates, the window's every cell, are written here as Babel writes
# them for en_GB and fr_FR (tests/ui/test_i18n.py holds them to Babel's output): Babel and its
# locale data (a tenth of a second to load) are loaded only for what else it formats.
_CENT = Decimal("0.01")


def _amount(amount: Decimal, lang: str) -> str:
    """``#,##0.00`` in ``lang`` (half-even to the cent, as Babel rounds)."""
    cents = amount.quantize(_CENT, rounding=ROUND_HALF_EVEN)
    text = f"{abs(cents):,.2f}"
    if lang == "fr":
        text = text.replace(",", "\u202f").replace(".", ",")
    return ("-" if cents.is_signed() else "") + text


@functools.cache
def _locale(lang: str) -> Locale:
    from babel.core import Locale

    return Locale.parse(_BABEL[lang])


@functools.lru_cache(maxsize=16384)
def _money(amount: Decimal, lang: str) -> str:
    if not amount.is_finite():
        from babel.numbers import format_currency

        return str(format_currency(amount, "EUR", locale=_locale(lang)))
    text = _amount(amount, lang)
    if lang == "fr":
        return f"{text}\u00a0€"
    return f"-€{text[1:]}" if text.startswith("-") else f"€{text}"


def money(amount: Decimal | None) -> str:
    if amount is None:
        return ""
    return _money(amount, language())


def number(amount: Decimal) -> str:
    if not amount.is_finite():
        from babel.numbers import format_decimal

        return str(format_decimal(amount, format="#,##0.00", locale=_locale(language())))
    return _amount(amount, language())


def count(number: int) -> str:
    """A count of lots, codes, rows, grouped as the language groups it (``4,287``,
    ``4 287``): ``#,##0``, as Babel writes it for en_GB and fr_FR."""
    text = f"{number:,}"
    return text.replace(",", " ") if language() == "fr" else text


def unbroken(text: str) -> str:
    """``text`` (an amount, a date) for rich text: escaped, and kept on one line (Qt's rich
    text reads every Unicode space, French amounts' narrow no-break one too, as a place to
    break a line)."""
    from html import escape  # with its entity tables: once there is rich text to write

    return f'<span style="white-space:nowrap">{escape(text)}</span>'


def money_html(amount: Decimal) -> str:
    """An amount for rich text, kept on one line (``unbroken``)."""
    return unbroken(money(amount))


def percent(rate: Decimal) -> str:
    return f"{number(rate)} %"


def share(value: Decimal) -> str:
    """A share of a whole, one decimal: ``41.0%`` in English, ``41,0 %`` in French."""
    from babel.numbers import format_decimal

    text = str(format_decimal(value, format="#,##0.0", locale=_locale(language())))
    return f"{text}\u00a0%" if language() == "fr" else f"{text}%"


def day(value: date | None) -> str:
    if value is None:
        return ""
    return _day(value, language())


@functools.lru_cache(maxsize=4096)
def _day(value: date, lang: str) -> str:
    return f"{value.day:02d}/{value.month:02d}/{value.year:04d}"  # short, en_GB and fr_FR


def moment(iso: str) -> str:
    """A moment a server gave in ISO (a ledger's last write, UTC) in the user's own time zone,
    the locale's short date and time as Babel writes them (``04/12/2026, 01:20`` in en_GB,
    ``04/12/2026 01:20`` in fr_FR); text that is no ISO moment is shown as it came."""
    try:
        local = datetime.fromisoformat(iso).astimezone()
    except ValueError:
        return iso
    joint = ", " if language() == "en" else " "
    return f"{_day(local.date(), language())}{joint}{local.hour:02d}:{local.minute:02d}"


def load_long_days() -> None:
    """Babel and its locale data for ``long_day`` read now (~70 ms the first time, then
    cached): a worker calls it before its result is shown, so that the window does not."""
    from babel.dates import get_date_format

    get_date_format("long", locale=_locale(language()))


def long_day(value: date | None) -> str:
    if value is None:
        return ""
    from babel.dates import format_date

    return str(format_date(value, format="long", locale=_locale(language())))


def parse_money(text: str, *, allow_zero: bool = False) -> Decimal:
    """An amount typed in the window: the domain's one parser (rule 12), with no guess from the
    language, so the English and the French window read the same text as the same amount.

    Raises ``DomainError`` (``amount.*``) with the same codes as the domain.
    """
    return parse_amount(text, allow_zero=allow_zero)


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
