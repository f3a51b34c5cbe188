"""Expiry notices: how long before its expiry a lot is announced (two thresholds, the ledger's
``notice.days`` and ``notice.urgent_days`` settings), and which lots are news.

One rule for the window's notice, its status bar, its highlighted rows and `cloud-credit
alerts`: ``notice_days(settings)``. A lot is announced when it reaches a threshold it was not
announced at yet (``to_announce``): once within ``days`` of its expiry, once more within
``urgent_days``; what was announced is kept as ``state.notice.<lot>`` (``noticed_of``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, timedelta

from desktop_app.domain.dates import NOTICE_DAYS, URGENT_NOTICE_DAYS
from desktop_app.domain.errors import DomainError
from desktop_app.domain.record import Record, record
from desktop_app.domain.text import whole_number

DAYS_KEY, URGENT_KEY = "notice.days", "notice.urgent_days"
#: What was announced of a lot: ``state.notice.<lot id>`` = ``soon`` or ``urgent``.
STATE_PREFIX = "state.notice."
SOON, URGENT = "soon", "urgent"
_RANK = {SOON: 1, URGENT: 2}
#: The longest lead time a notice takes (credit lives 13 months).
MAX_NOTICE_DAYS = 365


@record(frozen=True, slots=True)
class NoticeDays(Record):
    """Announced within ``days`` of its expiry; urgent within ``urgent_days`` (fewer)."""

    days: int = NOTICE_DAYS
    urgent_days: int = URGENT_NOTICE_DAYS


def check_notice_days(days: str, urgent_days: str) -> NoticeDays:
    """The two lead times as typed, checked together: whole numbers of days, both more
    than zero, the urgent one fewer than the other, at most a year; else refused
    (``setting.notice_days``, both values named)."""
    soon, urgent = whole_number(days), whole_number(urgent_days)
    if soon is None or urgent is None or not 0 < urgent < soon <= MAX_NOTICE_DAYS:
        raise DomainError(
            "setting.notice_days",
            days=days.strip(),
            urgent_days=urgent_days.strip(),
            maximum=MAX_NOTICE_DAYS,
        )
    return NoticeDays(soon, urgent)


def notice_days(settings: Mapping[str, str]) -> NoticeDays:
    """The lead times the ledger's settings give; the defaults (30 and 7 days) where they
    are unset, or if they were ever stored unchecked."""
    try:
        return check_notice_days(
            settings.get(DAYS_KEY, str(NOTICE_DAYS)),
            settings.get(URGENT_KEY, str(URGENT_NOTICE_DAYS)),
        )
    except DomainError:
        return NoticeDays()


def threshold(expires_on: date, today: date, notice: NoticeDays) -> str | None:
    """The threshold a lot expiring on ``expires_on`` has reached on ``today``: ``urgent``,
    ``soon`` or None (not yet, or expired already)."""
    if not today < expires_on:
        return None
    if expires_on <= today + timedelta(days=notice.urgent_days):
        return URGENT
    if expires_on <= today + timedelta(days=notice.days):
        return SOON
    return None


@record(frozen=True, slots=True)
class NewsWindow(Record):
    """Where ``to_announce`` can find news on ``today``, for the ledger to read only those
    lots: expiring in (``today``, ``soon_until``]; of them, one announced ``soon`` is news
    again only if it expires by ``urgent_until``, and one announced ``urgent`` never is."""

    today: date
    soon_until: date
    urgent_until: date


def news_window(today: date, notice: NoticeDays) -> NewsWindow:
    return NewsWindow(
        today, today + timedelta(days=notice.days), today + timedelta(days=notice.urgent_days)
    )


def noticed_of(settings: Mapping[str, str]) -> dict[int, str]:
    """What was announced of each lot, from the ledger's ``state.notice.<lot>`` settings."""
    return levels_of(
        (whole_number(key.removeprefix(STATE_PREFIX)) if key.startswith(STATE_PREFIX) else None,
         value)
        for key, value in settings.items()
    )  # fmt: skip


def levels_of(announced: Iterable[tuple[int | None, str | None]]) -> dict[int, str]:
    """What was announced of each lot, from (lot, stored level) pairs: a level this program
    does not know (or no lot) is no announcement."""
    return {lot: level for lot, level in announced if lot is not None and level in _RANK}


def to_announce(
    lots: Iterable[tuple[int, date]],
    today: date,
    notice: NoticeDays,
    noticed: Mapping[int, str],
) -> dict[int, str]:
    """The lots (id, expiry) to announce on ``today``: each with the threshold it reached,
    if it was not announced at that one (or a later one) already."""
    news: dict[int, str] = {}
    for lot_id, expires_on in lots:
        level = threshold(expires_on, today, notice)
        if level is not None and _RANK[level] > _RANK.get(noticed.get(lot_id, ""), 0):
            news[lot_id] = level
    return news
