"""Expiry notices: the lead times (the ledger's settings, one domain rule) and the lots to
announce, recorded so that a lot is announced once per threshold; a view date records nothing."""

from __future__ import annotations

from desktop_app.domain.notice import (
    STATE_PREFIX,
    NoticeDays,
    levels_of,
    news_window,
    to_announce,
)
from desktop_app.domain.notice import notice_days as lead_times
from desktop_app.services.desk import Desk


def notice_days(desk: Desk) -> NoticeDays:
    """The ledger's lead times (``notice.days``, ``notice.urgent_days``): the window's notice,
    its status bar and highlighted rows, and `alerts`, all from here."""
    return lead_times(desk.settings())


def news(desk: Desk) -> dict[int, str]:
    """The lots within the notice's lead time to announce on ``desk.today``, each with the
    threshold it reached; reads only the lots where news can be (``NewsWindow``: a big
    account has thousands announced already), their ids and expiries."""
    lead = notice_days(desk)
    with desk.read() as tx:
        found = tx.lots.notice_news(news_window(desk.today, lead), STATE_PREFIX)
    noticed = levels_of((lot, level) for lot, _, level in found)
    return to_announce(((lot, day) for lot, day, _ in found), desk.today, lead, noticed)


def announce(desk: Desk) -> dict[int, str]:
    """The lots to announce now (``news``), recorded as announced (``state.notice.<lot>``) in
    one write; on a view date nothing is recorded (they are news again on the day itself)."""
    return record_news(desk, news(desk))


def record_news(desk: Desk, fresh: dict[int, str]) -> dict[int, str]:
    """``fresh`` (what ``news`` found, maybe read in a worker) recorded as announced, in one
    write (none on a view date, none for no news); returns it."""
    if fresh and desk.writable:
        with desk.write() as tx:
            for lot_id, level in fresh.items():
                tx.settings.set(f"{STATE_PREFIX}{lot_id}", level)
    return fresh
