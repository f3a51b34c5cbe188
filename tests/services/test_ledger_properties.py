"""Random sequences of use cases: after every step the invariants of domain.md hold, checked
from the movements alone, and every refusal leaves the ledger byte-for-byte the same."""

import shutil
import tempfile
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from desktop_app.domain.errors import DomainError
from desktop_app.domain.model import Account, CreditLot, InvoiceLine, OrderStatus
from desktop_app.domain.money import ZERO, from_cents
from desktop_app.services import accounts, invoices, listing, orders, projects, vouchers
from desktop_app.services.desk import Desk
from desktop_app.services.expiry import expire
from desktop_app.services.integrity import check
from tests.helpers.files import dump
from tests.helpers.ledger import assert_lot_as_its_history, lot_history, peek
from tests.helpers.pg import Server

from .conftest import TODAY

PROJECTS = ("Web", "Data")
PRODUCTS = ("compute", "storage", "ai")
amounts = st.integers(min_value=1, max_value=200_000).map(from_cents)


class LedgerMachine(RuleBasedStateMachine):
    #: The PostgreSQL server (``TestLedgerOnServer``), None: a SQLite file.
    server: Server | None = None

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="ccd-prop-"))
        self.location: str | Path = (
            self.server.fresh() if self.server else self.folder / "ledger.sqlite3"
        )
        self.desk = Desk.open(self.location, TODAY - timedelta(days=500))
        for name in PROJECTS:
            projects.add_project(self.desk, name)
        accounts.add_payment_method(self.desk, "card", "Card")
        self.posted: list[str] = []
        self.paid: list[str] = []

    def teardown(self) -> None:
        self.desk.close()
        if self.server is not None:
            self.server.drop(str(self.location))
        shutil.rmtree(self.folder, ignore_errors=True)

    def _pending(self) -> list[str]:
        return [o.number for o in orders.list_orders(self.desk, status=OrderStatus.PENDING)]

    @rule(project=st.sampled_from(PROJECTS), amount=amounts)
    def buy(self, project: str, amount: Decimal) -> None:
        orders.buy_credit(self.desk, project, amount)

    @rule(data=st.data(), days_back=st.integers(0, 3))
    def pay(self, data: st.DataObject, days_back: int) -> None:
        pending = self._pending()
        if not pending:
            return
        number = data.draw(st.sampled_from(pending))
        order = orders.get_order(self.desk, number)
        day = max(order.created_on, self.desk.today - timedelta(days=days_back))
        lot = orders.pay_order(self.desk, number, day)
        assert lot.total == order.amount_ht
        self.paid.append(number)

    @rule(data=st.data())
    def cancel(self, data: st.DataObject) -> None:
        pending = self._pending()
        if pending:
            orders.cancel_order(self.desk, data.draw(st.sampled_from(pending)))

    @rule(
        project=st.sampled_from(PROJECTS),
        amount=amounts,
        days=st.integers(1, 200),
        products=st.sets(st.sampled_from(PRODUCTS), max_size=1),
    )
    def voucher(self, project: str, amount: Decimal, days: int, products: set[str]) -> None:
        desk = self.desk
        code = vouchers.issue_vouchers(
            desk, amount, desk.today + timedelta(days=days), products=products
        )[0].code
        lot = vouchers.redeem_voucher(desk, code, project)
        assert lot.available == amount
        self._refused("voucher.already_used", lambda: vouchers.redeem_voucher(desk, code, project))

    @rule(account=st.sampled_from(list(Account)), amount=amounts)
    def top_up(self, account: Account, amount: Decimal) -> None:
        before = peek(self.desk).accounts.balance(account)
        assert accounts.top_up(self.desk, account, amount) == before + amount

    @rule(
        project=st.sampled_from(PROJECTS),
        lines=st.lists(st.tuples(st.sampled_from(PRODUCTS), amounts), min_size=1, max_size=4),
    )
    def post(self, project: str, lines: list[tuple[str, Decimal]]) -> None:
        desk = self.desk
        invoice_lines = [InvoiceLine(p, a) for p, a in lines]
        simulated = invoices.simulate_invoice(desk, project, desk.today, invoice_lines)
        posted = invoices.post_invoice(desk, project, desk.today, invoice_lines)
        assert posted.allocations == simulated.allocations  # simulation tells the truth
        assert posted.allocated + posted.payment.amount_ht == posted.total_ht
        assert posted.number is not None
        self.posted.append(posted.number)

    @precondition(lambda self: self.posted)
    @rule(project=st.sampled_from(PROJECTS))
    def backdated_post_refused(self, project: str) -> None:
        desk = self.desk
        last = peek(desk).invoices.last_date(desk.project(project).id)
        if last is None:
            return
        day = last - timedelta(days=1)
        line = [InvoiceLine("compute", Decimal("1.00"))]
        self._refused("invoice.backdated", lambda: invoices.post_invoice(desk, project, day, line))

    @rule(project=st.sampled_from(PROJECTS))
    def post_before_a_loss_refused(self, project: str) -> None:
        self._refuse_before_loss(project)

    def _refuse_before_loss(self, project: str) -> bool:
        """Rule 18: no invoice dated before credit of its project was lost (recorded or due),
        simulated or posted; the expiries the post recorded first are rolled back with it."""
        desk = self.desk
        project_id = desk.project(project).id
        loss = peek(desk).lots.last_loss(project_id, date.min, desk.today)
        last = peek(desk).invoices.last_date(project_id)
        if loss is None or (last is not None and loss - timedelta(days=1) < last):
            return False
        day = loss - timedelta(days=1)
        line = [InvoiceLine("compute", Decimal("1.00"))]
        self._refused(
            "invoice.before_expiry", lambda: invoices.simulate_invoice(desk, project, day, line)
        )
        self._refused(
            "invoice.before_expiry", lambda: invoices.post_invoice(desk, project, day, line)
        )
        return True

    @rule(
        project=st.sampled_from(PROJECTS),
        amount=amounts,
        days=st.integers(1, 30),
        later=st.integers(0, 30),
    )
    def voucher_lapses(self, project: str, amount: Decimal, days: int, later: int) -> None:
        """A voucher nobody uses expires, and no command runs after it: every view shows it
        lost, and an invoice dated before its expiry is refused."""
        desk = self.desk
        code = vouchers.issue_vouchers(desk, amount, desk.today + timedelta(days=days))[0].code
        lot = vouchers.redeem_voucher(desk, code, project)
        self.time_passes(days + later)
        desk = self.desk  # the same ledger, the calendar moved on
        (shown,) = [x for x in listing.list_credits(desk, None, include_all=True) if x.id == lot.id]
        assert (shown.expired, shown.available) == (amount, ZERO)
        assert peek(desk).lots.has_unrecorded_expiries(desk.today)
        assert self._refuse_before_loss(project)

    @precondition(lambda self: self.paid)
    @rule(data=st.data())
    def paid_order_is_final(self, data: st.DataObject) -> None:
        number = data.draw(st.sampled_from(self.paid))
        self._refused("order.already_paid", lambda: orders.pay_order(self.desk, number))
        self._refused("order.paid_cannot_cancel", lambda: orders.cancel_order(self.desk, number))

    @rule(days=st.integers(1, 120))
    def time_passes(self, days: int) -> None:
        # The calendar moves on (not a view of another day: rule 13).
        self.desk = self.desk.on_day(self.desk.today + timedelta(days=days))

    @rule()
    def run_expiry(self) -> None:
        """Recording the expiries changes what is stored, not what any view shows; then the
        movements alone give what the views showed."""
        shown = self._views()
        for lot, amount in expire(self.desk):
            assert lot.expires_on <= self.desk.today and amount > 0
        assert self._views() == shown
        by_movements = sum(
            (m.amount for m in listing.list_movements(self.desk) if m.lot_id is not None), ZERO
        )
        assert by_movements == shown[1]

    def _views(self) -> tuple[list[CreditLot], Decimal]:
        table = listing.list_credits(self.desk, None, include_all=True)
        return table, sum((lot.available for lot in table), ZERO)

    def _refused(self, code: str, action) -> None:  # type: ignore[no-untyped-def]
        before = dump(self.desk.shown)
        try:
            action()
        except DomainError as error:
            assert error.code == code
        else:
            raise AssertionError(f"expected {code}")
        assert dump(self.desk.shown) == before

    @invariant()
    def movements_rebuild_every_balance(self) -> None:
        result = check(self.desk, full=False)
        assert result.ok, result.problems

    @invariant()
    def every_lot_is_what_its_movements_say(self) -> None:
        """What each lot shows (total, used, expired, available) is rebuilt from its
        movements alone, as of the view's day: never from the lot's own columns."""
        history = lot_history(self.desk.shown)
        for lot in listing.list_credits(self.desk, None, include_all=True):
            assert_lot_as_its_history(lot, self.desk.today, history)

    @invariant()
    def the_table_sorted_by_available_is_in_that_order(self) -> None:
        """Sorted by what is available as of today, then id, both ways, open lots or all:
        SQLite's ORDER BY and a server's ``lot_left_sort`` give the lots' own order."""
        for include_all in (False, True):
            table = listing.list_credits(self.desk, None, include_all=include_all)
            for descending in (False, True):
                got = listing.list_credits(
                    self.desk, None, include_all=include_all, sort="available",
                    descending=descending,
                )  # fmt: skip
                want = sorted(table, key=lambda lot: (lot.available, lot.id), reverse=descending)
                assert [lot.id for lot in got] == [lot.id for lot in want]

    @invariant()
    def every_view_shows_the_same_money_as_of_today(self) -> None:
        """Rule 18, recorded or not: what has expired by today is available nowhere."""
        desk = self.desk
        table, shown = self._views()
        assert all(lot.available == 0 for lot in table if lot.expires_on <= desk.today)
        totals = projects.list_projects(desk)
        assert shown == sum((total for _, total in totals), ZERO)
        for project, total in totals:
            assert projects.project_summary(desk, project.id)[0] == total
            open_lots = listing.list_credits(desk, project.id)
            assert sum((lot.available for lot in open_lots), ZERO) == total
        alerts = listing.expiry_alerts(desk, 400)
        assert all(lot.expires_on > desk.today and lot.available > 0 for lot in alerts)

    @invariant()
    def posted_invoices_are_never_lost(self) -> None:
        assert set(self.posted) <= peek(self.desk).invoices.numbers()


LedgerMachine.TestCase.settings = settings(
    max_examples=25,
    stateful_step_count=20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestLedger = LedgerMachine.TestCase


class ServerLedgerMachine(LedgerMachine):
    """The same random stories on a PostgreSQL ledger (a fresh database each)."""


class TestLedgerOnServer(ServerLedgerMachine.TestCase):  # type: ignore[misc,valid-type]
    pytestmark = pytest.mark.postgres

    @pytest.fixture(autouse=True)
    def _on_the_server(self, pg_server: Server, tmp_path: Path, monkeypatch: Any) -> None:
        monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
        ServerLedgerMachine.server = pg_server


ServerLedgerMachine.TestCase.settings = settings(
    max_examples=10,
    stateful_step_count=20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
