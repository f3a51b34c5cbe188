"""Exact money: ``Decimal`` in code, integer cents in storage, half-up rounding once."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from desktop_app.domain.errors import DomainError

CENT = Decimal("0.01")
ZERO = Decimal("0.00")
#: Largest amount a person may type: ten million euros. Anything larger is a typo.
MAX_AMOUNT = Decimal("10000000.00")

# Spaces people and locales use as thousands separators (space, NBSP, narrow NBSP, apostrophe).
_GROUPING = re.compile(r"[ \u00a0\u202f'’]")
_PLAIN = re.compile(r"^\d+(?:\.\d+)?$")


def round_cents(value: Decimal) -> Decimal:
    """Round half-up to the cent. Used once, where VAT is computed."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def to_cents(value: Decimal) -> int:
    """Exact conversion; refuses fractions of a cent instead of hiding them."""
    cents = value * 100
    if cents != cents.to_integral_value():
        raise ValueError(f"{value} has fractions of a cent")
    return int(cents)


def from_cents(cents: int) -> Decimal:
    return Decimal(cents).scaleb(-2)  # exact, always two decimals


def fmt(value: Decimal) -> str:
    """Canonical text form: exactly two decimals, dot separator (JSON, CSV)."""
    return f"{value.quantize(CENT):f}"


def vat_of(amount_ht: Decimal, rate_percent: Decimal) -> Decimal:
    return round_cents(amount_ht * rate_percent / 100)


def parse_amount(text: str, *, allow_zero: bool = False, maximum: Decimal = MAX_AMOUNT) -> Decimal:
    """Read an amount typed by a person: ``100``, ``100.5``, ``100,50``, ``1 234,56``, ``1,234.56``.

    Refuses empty text, signs, NaN/inf, more than two decimals, zero (unless allowed) and
    anything above ``maximum``. Raises ``DomainError`` with code ``amount.*``.
    """
    raw = text.strip()
    if not raw:
        raise DomainError("amount.empty")
    if raw.startswith("-") or raw.startswith("−"):
        raise DomainError("amount.negative", text=text)
    s = _GROUPING.sub("", raw.removeprefix("+").removesuffix("€").strip())
    if "," in s and "." in s:
        # The separator that comes last is the decimal one; the other groups thousands.
        if s.rfind(",") > s.rfind("."):
            s = s.replace(".", "").replace(",", ".")
        else:
            s = s.replace(",", "")
    elif s.count(",") == 1:
        s = s.replace(",", ".")
    if not _PLAIN.match(s) or len(s) > 40:
        raise DomainError("amount.malformed", text=text)
    try:
        value = Decimal(s)
    except InvalidOperation:  # pragma: no cover - the regex already guards this
        raise DomainError("amount.malformed", text=text) from None
    return check_amount(value, allow_zero=allow_zero, maximum=maximum, text=text)


def check_amount(
    value: Decimal,
    *,
    allow_zero: bool = False,
    maximum: Decimal = MAX_AMOUNT,
    text: str | None = None,
) -> Decimal:
    """Validate an amount that is already a ``Decimal`` (from a spin box, a CSV, a test)."""
    shown = text if text is not None else str(value)
    if not value.is_finite():
        raise DomainError("amount.malformed", text=shown)
    if value < 0:
        raise DomainError("amount.negative", text=shown)
    if value == 0 and not allow_zero:
        raise DomainError("amount.zero", text=shown)
    if value != value.quantize(CENT, rounding=ROUND_HALF_UP):
        raise DomainError("amount.too_precise", text=shown)
    if value > maximum:
        raise DomainError("amount.too_large", text=shown, maximum=fmt(maximum))
    return value.quantize(CENT)


def parse_rate(text: str) -> Decimal:
    """A VAT rate in percent, 0 to 100, at most two decimals."""
    value = parse_amount(text, allow_zero=True, maximum=Decimal(100))
    return value


def parse_signed_percent(text: str) -> Decimal:
    """A percentage that may be negative (a monthly growth of -3.5 %), at most two decimals."""
    raw = text.strip().removesuffix("%").strip()
    negative = raw.startswith(("-", "−"))
    value = parse_amount(raw.lstrip("-−+"), allow_zero=True, maximum=Decimal(1000))
    return -value if negative else value
