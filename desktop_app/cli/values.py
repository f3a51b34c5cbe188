"""The command line's option values: parsed by argparse's ``type=`` converters, refused after
the parsing. A bad value (a date such as ``2026-13-01``, ``--count two``, ``--status lost``) is
bad input: exit 1 and one ``error:`` line in the user's words, like any refusal; argparse's
exit 2 stays for unknown commands and options and missing required options."""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable, Sequence
from datetime import date

from desktop_app.domain.dates import parse_date
from desktop_app.domain.errors import DomainError

#: Dates the command line takes: wide enough for any what-if, far enough from the calendar's
#: end that 13 months of validity or 30 days of payment terms can always be added.
FIRST_DATE, LAST_DATE = date(1970, 1, 1), date(9000, 12, 31)
MAX_DAYS = 36_500
MAX_ID = 2**63 - 1  # SQLite INTEGER


class Invalid:
    """A value argparse took as text but that is not valid: the refusal is raised after the
    parsing (``refuse_invalid``), so that a bad value is bad input (exit 1, one ``error:``
    line in the user's words), while unknown commands and options stay wrong usage (exit 2)."""

    def __init__(self, error: DomainError) -> None:
        self.error = error


def date_arg(text: str) -> date | Invalid:
    try:
        day = parse_date(text)
    except DomainError as error:
        return Invalid(error)
    if not FIRST_DATE <= day <= LAST_DATE:
        return Invalid(
            DomainError(
                "date.out_of_range",
                text=text,
                first=FIRST_DATE.isoformat(),
                last=LAST_DATE.isoformat(),
            )
        )
    return day


_WHOLE = re.compile(r"-?[0-9]+")


def bounded_int(low: int, high: int) -> Callable[[str], int | Invalid]:
    """A whole number in ``low .. high``, in ASCII digits (``int()`` would take ``٣`` and
    choke on ``²`` or on 5,000 digits)."""
    longest = len(str(max(abs(low), abs(high)))) + 1

    def convert(text: str) -> int | Invalid:
        digits = text.strip()
        if not _WHOLE.fullmatch(digits):
            return Invalid(DomainError("number.malformed", text=text))
        value = int(digits) if len(digits) <= longest else high + 1
        if not low <= value <= high:
            return Invalid(DomainError("number.out_of_range", text=text, low=low, high=high))
        return value

    return convert


def choice(values: Sequence[str], code: str, param: str) -> Callable[[str], str | Invalid]:
    """One of ``values``; anything else is refused with the services' own ``code``."""

    def convert(text: str) -> str | Invalid:
        return text if text in values else Invalid(DomainError(code, **{param: text}))

    return convert


def refuse_invalid(args: argparse.Namespace) -> None:
    """Raise the first bad value's refusal, in the order the options were defined."""
    for value in vars(args).values():
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, Invalid):
                raise item.error
