"""The beancount text loads in beancount 3 with no error, and holds the journal."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

from beancount import loader
from beancount.core import data as bc
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.domain.books.beancount_file import beancount_account, beancount_text, quoted
from desktop_app.domain.books.chart import DEFAULT_CHART, Role, chart_from_settings
from desktop_app.domain.books.entries import JournalEntry, Tally
from desktop_app.domain.books.rollforward import Period
from tests.domain.books.sim import Sim, histories, periods, prepaid_net

CHART = chart_from_settings(
    {
        "books.supplier_aux": "ovh_cloud",
        "books.supplier_aux_label": "OVHcloud",
        "books.expense_by_product": "ai=6156",
    }
)


def _load(text: str) -> list[bc.Directive]:
    entries, errors, _ = loader.load_string(text)
    assert errors == [], errors
    return list(entries)


def test_account_names_keep_the_pcg_numbers() -> None:
    names = [beancount_account(a) for a in CHART.accounts()]
    assert names == [
        "Assets:Prepaid:Cloud:4091",
        "Assets:VAT:Deductible:44566",
        "Liabilities:Suppliers:401:Ovh-cloud",
        "Expenses:Cloud:6135",
        "Expenses:Cloud:6156",
        "Expenses:Cloud:Expired:658",
    ]
    assert beancount_account(DEFAULT_CHART.supplier) == "Liabilities:Suppliers:401"
    assert {a.role for a in CHART.accounts()} == set(Role)


def test_strings_are_escaped() -> None:
    assert quoted('a "b" \\ c\nd') == '"a \\"b\\" \\\\ c d"'


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_a_periods_journal_loads_with_no_error_and_holds_every_entry(data: st.DataObject) -> None:
    sim: Sim = data.draw(histories())
    period = data.draw(periods(sim))
    tally = Tally()
    items = list(tally.count(sim.journal(period, CHART)))
    text = beancount_text(items, CHART, period.start, title='Registre "démo"')
    directives = _load(text)
    transactions = [d for d in directives if isinstance(d, bc.Transaction)]
    notes = [d for d in directives if isinstance(d, bc.Note)]
    assert len(transactions) == tally.entries and len(notes) == tally.memos
    assert len([d for d in directives if isinstance(d, bc.Open)]) == len(CHART.accounts())
    prepaid = beancount_account(CHART.prepaid)
    held = sum(
        (p.units.number for t in transactions for p in t.postings if p.account == prepaid),
        Decimal(0),
    )
    assert held == prepaid_net(items, CHART)
    pieces = sorted(t.meta["piece"] for t in transactions)
    assert pieces == sorted(i.piece_ref for i in items if isinstance(i, JournalEntry))
    for t in transactions:
        assert any(
            t.meta.get(key) == t.meta["piece"] for key in ("order", "invoice", "credit_note", "lot")
        )


def test_bean_check_accepts_the_file(tmp_path: Path) -> None:
    from desktop_app.domain.books.entries import invoice_posted, order_paid
    from tests.domain.books.test_entries import INVOICE, ORDER

    items = [order_paid(ORDER, CHART, "Prod « été »"), *invoice_posted(INVOICE, CHART, "Prod")]
    path = tmp_path / "journal.beancount"
    path.write_text(beancount_text(items, CHART, date(2026, 1, 1)), encoding="utf-8")
    bean_check = Path(sys.executable).with_name("bean-check")
    done = subprocess.run([str(bean_check), str(path)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    directives = _load(path.read_text(encoding="utf-8"))
    invoice = next(d for d in directives if isinstance(d, bc.Transaction) and "invoice" in d.meta)
    assert invoice.meta["invoice"] == "INV-2026-00009" and invoice.meta["piece-date"] == date(
        2026, 1, 31
    )
    note = next(d for d in directives if isinstance(d, bc.Note))
    assert note.meta["memo-source"] == "voucher" and "remise" in note.comment


def test_an_empty_period_is_a_valid_file() -> None:
    text = beancount_text([], DEFAULT_CHART, Period(date(2026, 1, 1), date(2026, 1, 31)).start)
    assert len(_load(text)) == len(DEFAULT_CHART.accounts())
