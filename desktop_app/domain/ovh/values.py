"""The API's awkward values read exactly, or refused with where they are.

- An amount is ``{"currencyCode", "text", "value"}`` (``order.Price``), ``value`` a float in
  the API. It is read from ``value`` as the JSON literal (``Decimal``, never a float) or
  ``Decimal(str(value))`` for a float already parsed; ``text`` ("12.50 €", "1 234,56 €")
  must say the same amount when it can be read. EUR only; never negative, at most two
  decimals, at most ``MAX_AMOUNT``.
- A datetime is ISO 8601 *with* its offset ("2026-01-15T10:00:00+01:00", "...Z"). Its day
  is the calendar day in its own offset: OVHcloud gives the account's local time.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from desktop_app.domain.errors import DomainError
from desktop_app.domain.money import CENT, MAX_AMOUNT, fmt

#: The only currency the ledger keeps (its amounts are euros HT).
CURRENCY = "EUR"
#: Years a date of the account can be in; outside them the dump is not believable.
FIRST_YEAR, LAST_YEAR = 1999, 2199
#: The largest id the ledger can keep (a 64-bit integer).
MAX_ID = 2**63 - 1
#: "12.50 €", "€12.50", "1 234,56 €", "1,234.56 EUR": digits and separators around a sign.
_TEXT_AMOUNT = re.compile(r"^[^\d\-]*(-?[\d\s\u00a0\u202f.,']*\d)[^\d]*$")


#: Where a value is in the dump: text, or nested parts put into words only for a refusal
#: (20,000 credits are read without building 100,000 sentences).
Place = str | tuple[Any, ...]


def where(*parts: Any) -> Place:
    return parts


def spoken(place: Place) -> str:
    """A place as the refusal says it: ``project abc, credit 12, total_credit``."""
    if isinstance(place, str):
        return place
    return ", ".join(s for s in (spoken(p) for p in place if p is not None) if s)


def need(mapping: Any, key: str, place: Place) -> Any:
    """``mapping[key]``, or ``ovh.shape`` naming what is missing where."""
    try:
        return mapping[key]
    except (KeyError, TypeError, IndexError):
        raise DomainError("ovh.shape", where=spoken(place), expected=key) from None


def text_of(value: Any, place: Place, *, optional: bool = False) -> str | None:
    if value is None and optional:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise DomainError("ovh.shape", where=spoken(place), expected="text")
    return str(value)


def integer_of(value: Any, place: Place) -> int:
    if isinstance(value, str) and value.isascii() and value.isdigit() and len(value) < 20:
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_ID:
        raise DomainError("ovh.shape", where=spoken(place), expected="an integer id")
    return value


def _from_text(text: str) -> Decimal | None:
    """The amount ``text`` shows, or None when it cannot be read unambiguously."""
    found = _TEXT_AMOUNT.match(text.strip())
    if not found:
        return None
    digits = re.sub(r"[\s\u00a0\u202f']", "", found.group(1))
    last = max(digits.rfind("."), digits.rfind(","))
    if last >= 0 and len(digits) - last - 1 in (1, 2):
        whole, cents = digits[:last], digits[last + 1 :]
    else:
        whole, cents = digits, ""
    whole = whole.replace(".", "").replace(",", "")
    try:
        return Decimal(f"{whole}.{cents or '0'}")
    except InvalidOperation:
        return None


def _quick_text(text: str, value: Decimal | None) -> Decimal | None:
    """``_from_text``, quick when the text begins with the value to the cent ("12.50 €")."""
    if value is not None and value.is_finite() and abs(value) <= MAX_AMOUNT:
        cents = f"{value:.2f}"
        if text.startswith(cents) and not text[len(cents) : len(cents) + 1].isdigit():
            return Decimal(cents)
    return _from_text(text)


def _from_value(value: Any) -> Decimal | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int | float):
        return Decimal(str(value))  # the float's shortest text, never its binary value
    return None


def amount_of(price: Any, place: Place, *, signed: bool = False) -> Decimal:
    """An ``order.Price`` in euros, exact to the cent (see the module's rules)."""
    quick = _plain(price)
    if quick is not None:
        return quick
    amount = _amount(price, place, signed)
    if isinstance(amount, DomainError):
        raise amount
    return amount


def _plain(price: Any) -> Decimal | None:
    """The common case at once: EUR, a value read as the JSON literal, not negative, to
    the cent, within the limit, and a text that begins with it ("12.50 €") or none. Any
    other is read by ``_amount``, which says what is wrong."""
    if type(price) is not dict or price.get("currencyCode") != CURRENCY:
        return None
    value, text = price.get("value"), price.get("text")
    if type(value) is not Decimal or not value.is_finite() or not 0 <= value <= MAX_AMOUNT:
        return None
    cents = f"{value:.2f}"
    if text is not None and (
        type(text) is not str
        or not text.startswith(cents)
        or text[len(cents) : len(cents) + 1].isdigit()
    ):
        return None
    amount = Decimal(cents)
    return amount if amount == value else None


def _amount(price: Any, place: Place, signed: bool) -> Decimal | DomainError:
    currency = need(price, "currencyCode", place)
    if currency != CURRENCY:
        raise DomainError("ovh.currency", currency=str(currency), where=spoken(place))
    value = _from_value(price.get("value"))
    text = price.get("text")
    shown = _quick_text(text, value) if isinstance(text, str) else None
    if value is None and shown is None:
        raise DomainError("ovh.amount_malformed", where=spoken(place), text=str(text))
    amount = value if value is not None else shown
    assert amount is not None
    if not amount.is_finite():
        raise DomainError("ovh.amount_malformed", where=spoken(place), text=str(text))
    if shown is not None and value is not None and abs(shown - value) >= Decimal("0.005"):
        raise DomainError(
            "ovh.amount_mismatch", where=spoken(place), text=str(text), value=str(value)
        )
    if amount < 0 and not signed:
        raise DomainError("ovh.amount_negative", where=spoken(place), text=str(text or amount))
    if abs(amount) > MAX_AMOUNT:
        raise DomainError("ovh.amount_too_large", where=spoken(place), text=str(text or amount),
                          maximum=fmt(MAX_AMOUNT))  # fmt: skip
    cents = amount.quantize(CENT)
    if cents != amount:
        if shown is None or shown != shown.quantize(CENT):
            raise DomainError(
                "ovh.amount_too_precise", where=spoken(place), text=str(text or amount)
            )
        cents = shown  # a float's noise (0.30000000000000004): the text is to the cent
    return cents


def moment_of(value: Any, place: Place) -> datetime:
    """An ISO 8601 datetime with its offset; ``ovh.date_no_offset`` without one."""
    if not isinstance(value, str):
        raise DomainError("ovh.date_malformed", where=spoken(place), text=str(value))
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        raise DomainError("ovh.date_malformed", where=spoken(place), text=value) from None
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise DomainError("ovh.date_no_offset", where=spoken(place), text=value)
    if not FIRST_YEAR <= moment.year <= LAST_YEAR:
        raise DomainError("ovh.date_absurd", where=spoken(place), text=value,
                          first=FIRST_YEAR, last=LAST_YEAR)  # fmt: skip
    return moment


def day_of(value: Any, place: Place) -> date:
    """A plain ``YYYY-MM-DD`` date (a bill detail's period), or a datetime's own day."""
    if isinstance(value, str) and len(value.strip()) == 10:
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            raise DomainError("ovh.date_malformed", where=spoken(place), text=value) from None
    return moment_of(value, place).date()
