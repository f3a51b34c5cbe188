"""The books on a real ledger, for random histories written through the services:
post-then-reverse leaves every balance as if never posted (rule 14); the journal of any
period balances and ties out to its roll-forward (rules 15, 16); the roll-forward's closing
is the credits table's available total."""

from __future__ import annotations

import shutil
import tempfile
from datetime import date, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.domain.books.chart import DEFAULT_CHART
from desktop_app.domain.books.entries import JournalEntry, Tally
from desktop_app.domain.books.rollforward import Period
from desktop_app.domain.model import Account, InvoiceLine
from desktop_app.domain.money import ZERO
from desktop_app.services import invoices, projects
from desktop_app.services.accounts import account_summary
from desktop_app.services.books import reversal
from desktop_app.services.books.journal import journal_items
from desktop_app.services.books.rollforward import roll_forward_report
from desktop_app.services.desk import Desk
from desktop_app.services.expiry import expire
from desktop_app.services.integrity import check
from tests.services.books.history import PRODUCTS, START, histories, money, new_ledger, play

SLOW = settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _state(desk: Desk) -> tuple[object, ...]:
    """Every lot (total, used, expired as recorded) and both account balances."""
    with desk.read() as tx:
        lots = tx.lots.many(range(1, 1000))
        balances = tuple(tx.accounts.balance(a) for a in Account)
    return tuple((i, lot.total, lot.used, lot.expired) for i, lot in sorted(lots.items())), balances


@SLOW
@given(histories, st.lists(st.tuples(st.sampled_from(PRODUCTS), money), min_size=1, max_size=3),
       st.integers(0, 400), st.integers(1, 2))  # fmt: skip
def test_post_then_reverse_leaves_every_balance_as_if_never_posted(
    history: list, lines: list, later: int, project: int
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        posted, twin = Path(folder) / "posted.sqlite3", Path(folder) / "twin.sqlite3"
        with Desk.open(posted, START) as desk:
            new_ledger(desk)
            day = play(desk, history)
            expire(desk.on_day(day))
        shutil.copy(posted, twin)
        reverse_on = day + timedelta(days=later)
        with Desk.open(posted, day) as desk:
            try:
                invoice = invoices.post_invoice(
                    desk, project, day, [InvoiceLine(p, a) for p, a in lines]
                )
            except Exception:
                return
            note = reversal.reverse_invoice(desk.on_day(reverse_on), invoice.number or "")
            assert note.total_ht == invoice.total_ht
            assert note.refund == invoice.payment
            assert check(desk).ok
            state = _state(desk)
        with Desk.open(twin, reverse_on) as desk:
            expire(desk)
            assert _state(desk) == state


@SLOW
@given(histories, st.data())
def test_the_journal_balances_and_ties_out_to_the_rollforward(
    history: list, data: st.DataObject
) -> None:
    with (
        tempfile.TemporaryDirectory() as folder,
        Desk.open(Path(folder) / "l.sqlite3", START) as desk,
    ):
        new_ledger(desk)
        last = play(desk, history)
        start = START + timedelta(days=data.draw(st.integers(-10, (last - START).days + 10)))
        end = start + timedelta(days=data.draw(st.integers(0, 400)))
        today = max(last, end)
        on = desk.on_day(today)
        found = roll_forward_report(on, start, end)
        with on.read() as tx:
            items = list(journal_items(tx, Period(start, end), DEFAULT_CHART))
    tally = Tally()
    for item in tally.count(items):
        assert start <= item.date <= end
        if isinstance(item, JournalEntry):
            assert item.debit == item.credit
    assert tally.debit == tally.credit
    assert [i.date for i in items] == sorted(i.date for i in items)
    purchased = found.report.purchased
    prepaid = sum((line.debit - line.credit for i in items if isinstance(i, JournalEntry)
                   for line in i.lines if line.account == DEFAULT_CHART.prepaid), ZERO)  # fmt: skip
    assert prepaid == purchased.closing - purchased.opening
    assert prepaid == purchased.bought + purchased.returned - purchased.used - purchased.expired
    losses = sum((line.debit for i in items if isinstance(i, JournalEntry)
                  for line in i.lines if line.account == DEFAULT_CHART.loss), ZERO)  # fmt: skip
    assert losses == purchased.expired
    for row in (*(r.figures for r in found.report.rows), found.report.total):
        assert row.rolled == row.closing


@SLOW
@given(histories, st.integers(0, 60))
def test_closing_is_the_credits_tables_available_total(history: list, after: int) -> None:
    with (
        tempfile.TemporaryDirectory() as folder,
        Desk.open(Path(folder) / "l.sqlite3", START) as desk,
    ):
        new_ledger(desk)
        today = play(desk, history) + timedelta(days=after)
        on = desk.on_day(today)
        found = roll_forward_report(on, date(2024, 1, 1), today)
        shown = dict(
            (p.id, available) for p, available in projects.list_projects(on, include_archived=True)
        )
        summary = account_summary(on)
    for row in found.report.rows:
        if row.account is None:
            assert row.figures.closing == shown[row.project_id or 0]
        elif row.account is Account.LOYALTY:
            assert row.figures.closing == summary.loyalty
        else:
            assert row.figures.closing == summary.digital_launchpad
