"""Exact money: ``Decimal`` in code, integer cents in storage, half-up rounding once."""

from __future__ import annotations

import re
import unicodedata
from decimal import ROUND_HALF_UP, Context, Decimal, InvalidOperation

from desktop_app.domain.errors import DomainError

CENT = Decimal("0.01")
ZERO = Decimal("0.00")
#: Largest amount a person may type: ten million euros. Anything larger is a typo.
MAX_AMOUNT = Decimal("10000000.00")

#: Apostrophes that group thousands (Swiss usage: 1'234.56); never a decimal separator.
_APOSTROPHES = "'\u2019"
_DIGITS = frozenset("0123456789")
#: A percentage: ASCII digits, at most one decimal separator, no grouping.
_PERCENT = re.compile(r"([0-9]+)(?:[.,]([0-9]+))?")
#: Exact arithmetic on any value a check meets (the default context has 28 digits).
_EXACT = Context(prec=10_000, traps=[InvalidOperation])


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
    # Exact, always two decimals; most lots' used and expired are 0, read by the hundred.
    return Decimal(cents).scaleb(-2) if cents else ZERO


def fmt(value: Decimal) -> str:
    """Canonical text form: exactly two decimals, dot separator (JSON, CSV)."""
    return f"{value.quantize(CENT):f}"


def vat_of(amount_ht: Decimal, rate_percent: Decimal) -> Decimal:
    return round_cents(amount_ht * rate_percent / 100)


def parse_amount(text: str, *, allow_zero: bool = False, maximum: Decimal = MAX_AMOUNT) -> Decimal:
    """Read an amount typed by a person exactly, or refuse it (domain rule 12).

    ASCII digits; at most one decimal separator (``.`` or ``,``) followed by one or two
    digits; thousands grouped by threes with spaces (any Unicode space separator), apostrophes,
    or the other one of ``.`` and ``,``: ``1234.56``, ``1234,56``, ``1 234,56``, ``1 234.56``,
    ``1,234.56``, ``1.234,56``, ``1'234.56``, ``1 234``, ``1,234,567``. An optional ``€``
    before or after, an optional leading ``+``.

    Refused, each with its code (``amount.*``): empty text, a sign, anything that is not
    digits and separators, misplaced separators (``1,23.45``, ``12 34,56``, ``1 2 3``,
    ``1.2345,67``), more than two decimals, a lone ``.`` or ``,`` followed by exactly three
    digits (``1,500``, ``1.500``, ``10,000``: ambiguous between languages, the message gives
    both readings), zero (unless allowed) and anything above ``maximum``, whatever its length.
    """
    shown = text.strip()
    body = _strip_currency(shown)
    if not body:
        raise DomainError("amount.empty")
    if body[0] in "-\u2212":
        raise DomainError("amount.negative", text=shown)
    value = _read_amount(body.removeprefix("+"), shown)
    return check_amount(value, allow_zero=allow_zero, maximum=maximum, text=shown)


def _strip_currency(text: str) -> str:
    if text.endswith("€"):
        return text[:-1].strip()
    if text.startswith("€"):
        return text[1:].strip()
    return text


def _separator(char: str) -> str | None:
    """The kind of separator a character is: '.', ',', "'" or ' ' (any space); else None."""
    if char in ".,":
        return char
    if char in _APOSTROPHES:
        return "'"
    if unicodedata.category(char) == "Zs":
        return " "
    return None


def _tokens(body: str, shown: str) -> tuple[list[str], list[str]]:
    """Runs of ASCII digits and the one separator between each two of them."""
    runs: list[str] = []
    seps: list[str] = []
    run: list[str] = []
    for char in body:
        if char in _DIGITS:
            run.append(char)
            continue
        kind = _separator(char)
        if kind is None or not run:
            raise DomainError("amount.malformed", text=shown)
        runs.append("".join(run))
        seps.append(kind)
        run = []
    if not run:
        raise DomainError("amount.malformed", text=shown)
    runs.append("".join(run))
    return runs, seps


def _group_head(run: str) -> bool:
    return 1 <= len(run) <= 3 and run[0] != "0"


def _grouped(runs: list[str], seps: list[str]) -> bool:
    """One run of digits, or thousands: one kind of separator, a head of 1-3 digits (not
    starting with 0), then groups of exactly three."""
    if len(runs) == 1:
        return True
    return len(set(seps)) == 1 and _group_head(runs[0]) and all(len(run) == 3 for run in runs[1:])


def _read_amount(body: str, shown: str) -> Decimal:
    runs, seps = _tokens(body, shown)
    if not seps:
        return Decimal(runs[0])
    last = seps[-1]
    if last in ".," and last not in seps[:-1]:
        # A '.' or ',' that appears once, last: the decimal separator (or, alone before
        # three digits, perhaps a thousands one).
        whole, decimals = runs[:-1], runs[-1]
        if not _grouped(whole, seps[:-1]):
            raise DomainError("amount.malformed", text=shown)
        if len(decimals) == 3 and len(whole) == 1 and _group_head(whole[0]):
            _refuse_ambiguous(whole[0], decimals, last, shown)
        if len(decimals) > 2:
            raise DomainError("amount.too_precise", text=shown)
        return Decimal(f"{''.join(whole)}.{decimals}")
    if _grouped(runs, seps):
        return Decimal("".join(runs))
    raise DomainError("amount.malformed", text=shown)


def _refuse_ambiguous(head: str, group: str, sep: str, shown: str) -> None:
    """``1,500``: 1 500.00 in English, 1.50 in French. Say both, and how to type each."""
    plain = head + group
    grouped = f"{Decimal(plain):,.2f}".replace(",", " ")
    if group.endswith("0"):
        raise DomainError(
            "amount.ambiguous",
            text=shown,
            grouped=grouped,
            decimal=f"{head}.{group[:2]}",
            plain=plain,
            cents=f"{head}{sep}{group[:2]}",
        )
    # ``1,234``: read as decimals it has three, so it is no amount; still, it was not written
    # the way the user's language writes a thousand.
    raise DomainError(
        "amount.ambiguous_thousands",
        text=shown,
        grouped=grouped,
        decimal=f"{head}.{group}",
        plain=plain,
    )


def check_amount(
    value: Decimal,
    *,
    allow_zero: bool = False,
    maximum: Decimal = MAX_AMOUNT,
    text: str | None = None,
) -> Decimal:
    """Validate an amount that is already a ``Decimal`` (from a spin box, a CSV, a test).

    Exact whatever the value's size: ``1e30`` is too large, never ``InvalidOperation``.
    """
    shown = text if text is not None else str(value)
    if not value.is_finite():
        raise DomainError("amount.malformed", text=shown)
    if value < 0:
        raise DomainError("amount.negative", text=shown)
    if value == 0:
        if not allow_zero:
            raise DomainError("amount.zero", text=shown)
        return ZERO
    if value > maximum:
        raise DomainError("amount.too_large", text=shown, maximum=fmt(maximum))
    cents = value.quantize(CENT, context=_EXACT)
    if value != cents:
        raise DomainError("amount.too_precise", text=shown)
    return cents


def _read_percent(text: str, minimum: Decimal, maximum: Decimal) -> Decimal:
    """A percentage: ``20``, ``5,5``, ``-3.5 %``; no thousands separator, at most two decimals.
    Raises ``DomainError`` with code ``percent.*``."""
    shown = text.strip()
    body = shown.removesuffix("%").strip()
    if not body:
        raise DomainError("percent.empty")
    negative = body[0] in "-\u2212"
    match = _PERCENT.fullmatch(body[1:] if body[0] in "+-\u2212" else body)
    if not match:
        raise DomainError("percent.malformed", text=shown)
    whole, decimals = match.groups()
    if decimals is not None and len(decimals) > 2:
        raise DomainError("percent.too_precise", text=shown)
    value = Decimal(f"{whole}.{decimals or '0'}")
    value = -value if negative else value
    if not minimum <= value <= maximum:
        raise DomainError(
            "percent.out_of_range", text=shown, minimum=f"{minimum:f}", maximum=f"{maximum:f}"
        )
    return ZERO if value == 0 else value.quantize(CENT, context=_EXACT)


def parse_rate(text: str) -> Decimal:
    """A VAT rate in percent, 0 to 100, at most two decimals (``20``, ``5,5``, ``5.5 %``)."""
    return _read_percent(text, Decimal(0), Decimal(100))


def parse_signed_percent(
    text: str, *, minimum: Decimal = Decimal(-100), maximum: Decimal = Decimal(100)
) -> Decimal:
    """A percentage that may be negative (a monthly growth of -3.5 %), at most two decimals."""
    return _read_percent(text, minimum, maximum)
