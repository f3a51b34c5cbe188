"""Calendar rules: the 13-month life of purchased credit."""

from __future__ import annotations

from datetime import date, timedelta

from desktop_app.domain.errors import DomainError

CREDIT_LIFETIME_MONTHS = 13
#: Expiry notices: credit expiring within this many days is announced (the window's banner,
#: its status bar and highlighted rows, `cloud-credit alerts`), and within the second it is urgent.
NOTICE_DAYS = 30
URGENT_NOTICE_DAYS = 7


def add_months(day: date, months: int) -> date:
    """Calendar months, clamped to the month's last day (2026-01-31 + 1 -> 2026-02-28), as
    dateutil's ``relativedelta(months=...)`` (whose import cost every command 5 ms)."""
    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    # the month's last day (not calendar.monthrange: importing calendar cost 2 ms a start)
    last = 31 if month == 11 else (date(year, month + 2, 1) - timedelta(days=1)).day
    return date(year, month + 1, min(day.day, last))


def credit_expires_on(issued_on: date) -> date:
    """Purchased credit is lost 13 calendar months after it is issued (the payment date)."""
    return add_months(issued_on, CREDIT_LIFETIME_MONTHS)


def is_usable_on(valid_from: date, expires_on: date, day: date) -> bool:
    """A lot is usable on ``day`` iff ``valid_from <= day < expires_on``."""
    return valid_from <= day < expires_on


def parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise DomainError("date.malformed", text=text) from None
