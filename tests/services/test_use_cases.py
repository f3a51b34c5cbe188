"""Use cases end to end on a real ledger file; every refusal leaves the ledger unchanged."""

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest

from desktop_app.domain.codes import new_code
from desktop_app.domain.errors import DomainError, EnvironmentFault
from desktop_app.domain.model import Account, InvoiceLine, LotKind, OrderStatus, Source
from desktop_app.services import accounts, invoices, listing, orders, projects, vouchers
from desktop_app.services.demo import build_demo
from desktop_app.services.desk import Desk, update_settings
from desktop_app.services.expiry import expire
from desktop_app.services.integrity import check
from desktop_app.storage.sqlite.settings import SqliteSettings
from tests.helpers.ledger import peek
from tests.helpers.pg import dump_any

from .conftest import TODAY, refused

D = Decimal


@pytest.mark.sqlite_only  # SQLite's file, its raw SQL or its own backups
def test_buy_then_pay_makes_a_lot_valid_thirteen_months(desk: Desk) -> None:
    project = projects.add_project(desk, "Web")
    order = orders.buy_credit(desk, "Web", "1 234,56")
    assert order.status is OrderStatus.PENDING
    assert order.number == "PO-2026-00001"
    assert (order.amount_ht, order.vat, order.amount_ttc) == (
        D("1234.56"),
        D("246.91"),
        D("1481.47"),
    )
    assert order.pdf and desk.path.parent.joinpath("ledger-orders", "PO-2026-00001.pdf").exists()
    assert listing.list_credits(desk, project.id) == []  # only once paid
    then = desk.on_day(date(2027, 1, 31))
    lot = orders.pay_order(then, order.number)
    assert lot.kind is LotKind.CREDIT
    assert (lot.total, lot.available) == (D("1234.56"), D("1234.56"))
    assert (lot.valid_from, lot.expires_on) == (date(2027, 1, 31), date(2028, 2, 29))
    assert check(desk).ok


def test_order_numbers_are_gapless_per_year_even_across_cancellations(desk: Desk) -> None:
    projects.add_project(desk, "Web")
    numbers = [orders.buy_credit(desk, "Web", "10").number for _ in range(3)]
    orders.cancel_order(desk, numbers[1])
    numbers.append(orders.buy_credit(desk, "Web", "10").number)
    then = desk.on_day(date(2027, 1, 2))
    numbers.append(orders.buy_credit(then, "Web", "10").number)
    assert numbers == [
        "PO-2026-00001",
        "PO-2026-00002",
        "PO-2026-00003",
        "PO-2026-00004",
        "PO-2027-00001",
    ]
    statuses = [o.status.value for o in orders.list_orders(desk)]
    assert statuses == ["pending", "cancelled", "pending", "pending", "pending"]


def test_order_refusals_change_nothing(desk: Desk) -> None:
    projects.add_project(desk, "Web")
    paid = orders.buy_credit(desk, "Web", "100").number
    cancelled = orders.buy_credit(desk, "Web", "100").number
    orders.pay_order(desk, paid)
    orders.cancel_order(desk, cancelled)
    refused(desk, "order.already_paid", lambda: orders.pay_order(desk, paid))
    refused(desk, "order.cancelled", lambda: orders.pay_order(desk, cancelled))
    refused(desk, "order.paid_cannot_cancel", lambda: orders.cancel_order(desk, paid))
    refused(desk, "order.already_cancelled", lambda: orders.cancel_order(desk, cancelled))
    refused(desk, "order.unknown", lambda: orders.pay_order(desk, "PO-2026-00099"))
    refused(desk, "order.malformed", lambda: orders.pay_order(desk, "42"))
    pending = orders.buy_credit(desk, "Web", "100").number
    refused(
        desk,
        "order.paid_before_created",
        lambda: orders.pay_order(desk, pending, TODAY - timedelta(days=1)),
    )
    refused(
        desk,
        "order.paid_in_future",
        lambda: orders.pay_order(desk, pending, TODAY + timedelta(days=1)),
    )
    refused(desk, "project.unknown", lambda: orders.buy_credit(desk, "Nope", "10"))
    for text, code in [
        ("-5", "amount.negative"),
        ("0", "amount.zero"),
        ("1.2345", "amount.too_precise"),
        ("1,500", "amount.ambiguous"),
        ("1.234", "amount.ambiguous_thousands"),
        ("1,23.45", "amount.malformed"),
        ("NaN", "amount.malformed"),
        ("inf", "amount.malformed"),
        ("99999999999", "amount.too_large"),
        ("9" * 27, "amount.too_large"),
    ]:
        refused(desk, code, lambda text=text: orders.buy_credit(desk, "Web", text))


def _issue(desk: Desk, amount: str = "50", days: int = 60, **kw: Any) -> str:
    return vouchers.issue_vouchers(desk, amount, TODAY + timedelta(days=days), **kw)[0].code


def test_redeem_voucher_and_every_refusal(desk: Desk) -> None:
    projects.add_project(desk, "Web")
    projects.add_project(desk, "Data")
    code = _issue(desk, "75", products="compute")
    lot = vouchers.redeem_voucher(desk, code.lower().replace("-", " "), "Web")
    assert (lot.kind, lot.reference, lot.total, lot.products) == (
        LotKind.VOUCHER,
        code,
        D("75.00"),
        frozenset({"compute"}),
    )
    refused(desk, "voucher.already_used", lambda: vouchers.redeem_voucher(desk, code, "Data"))
    refused(desk, "voucher.unknown", lambda: vouchers.redeem_voucher(desk, new_code(), "Web"))
    typo = code[:-1] + ("0" if code[-1] != "0" else "1")
    refused(desk, "voucher.mistyped", lambda: vouchers.redeem_voucher(desk, typo, "Web"))
    refused(desk, "voucher.malformed", lambda: vouchers.redeem_voucher(desk, "HELLO", "Web"))
    later = vouchers.issue_vouchers(
        desk, "10", TODAY + timedelta(days=90), valid_from=TODAY + timedelta(days=5)
    )[0].code
    refused(desk, "voucher.not_yet_valid", lambda: vouchers.redeem_voucher(desk, later, "Web"))
    soon = _issue(desk, "10", days=3)
    then = desk.on_day(TODAY + timedelta(days=3))
    refused(then, "voucher.expired", lambda: vouchers.redeem_voucher(then, soon, "Web"))
    fresh = _issue(desk)
    refused(desk, "project.unknown", lambda: vouchers.redeem_voucher(desk, fresh, "Nope"))


def test_import_vouchers_reports_bad_lines_and_keeps_good_ones(desk: Desk, tmp_path) -> None:
    good = [new_code() for _ in range(3)]
    known = _issue(desk)
    csv_text = "\n".join(
        [
            "code,amount,expires_on,valid_from,products",
            f"{good[0]},100,2027-06-30",
            f'{good[1]},"12,50",2027-06-30,2026-12-01,compute;storage',
            "NOT-A-CODE,10,2027-01-01",
            f"{good[2]},-4,2027-01-01",
            f"{good[0]},100,2027-06-30",
            f"{known},5,2027-06-30",
            f"{new_code()},5,2026-01-01",
            f"{new_code()},5,2027-13-45",
        ]
    )
    path = tmp_path / "codes.csv"
    path.write_text(csv_text, encoding="utf-8")
    result = vouchers.import_vouchers(desk, path)
    assert result.imported == 2
    assert [(n, e.code) for n, e in result.rejected] == [
        (4, "voucher.malformed"),
        (5, "amount.negative"),
        (6, "import.duplicate_in_file"),
        (7, "voucher.exists"),
        (8, "voucher.window_empty"),
        (9, "date.malformed"),
    ]
    second = peek(desk).vouchers.get(good[1])
    assert second is not None
    assert second.amount == D("12.50")
    assert second.products == frozenset({"compute", "storage"})


def test_simulate_changes_nothing_and_post_follows_the_waterfall(desk: Desk) -> None:
    projects.add_project(desk, "Web")
    accounts.add_payment_method(desk, "card", "Visa 4242")
    accounts.top_up(desk, Account.DIGITAL_LAUNCHPAD, "20")
    accounts.top_up(desk, Account.LOYALTY, "5")
    then = desk.on_day(TODAY - timedelta(days=30))
    lot_credit = orders.pay_order(then, orders.buy_credit(then, "Web", "100").number)
    vouchers.redeem_voucher(desk, _issue(desk, "30", days=10), "Web")
    vouchers.redeem_voucher(desk, _issue(desk, "40", days=5, products="storage"), "Web")
    lines = [InvoiceLine("compute", D("150.00")), InvoiceLine("storage", D("10.00"))]
    before = dump_any(desk.shown)
    simulated = invoices.simulate_invoice(desk, "Web", TODAY, lines)
    assert dump_any(desk.shown) == before
    assert [(a.source, a.amount) for a in simulated.allocations] == [
        (Source.VOUCHER, D("10.00")),  # storage-only voucher, expiring first, pays storage only
        (Source.VOUCHER, D("30.00")),
        (Source.CREDIT, D("100.00")),
        (Source.DIGITAL_LAUNCHPAD, D("20.00")),
    ]
    assert simulated.payment.amount_ht == D("0.00")
    posted = invoices.post_invoice(desk, "Web", TODAY, lines)
    assert posted.number == "INV-2026-00001"
    assert posted.allocations == simulated.allocations
    lot = peek(desk).lots.get(lot_credit.id)
    assert lot is not None and lot.available == D("0.00") and lot.used == D("100.00")
    assert peek(desk).accounts.balance(Account.DIGITAL_LAUNCHPAD) == D("0.00")
    third = invoices.post_invoice(desk, "Web", TODAY, [InvoiceLine("compute", D("100.00"))])
    assert [(a.source, a.amount) for a in third.allocations] == [(Source.LOYALTY, D("5.00"))]
    assert (
        third.payment.label,
        third.payment.amount_ht,
        third.payment.vat,
        third.payment.amount_ttc,
    ) == ("Visa 4242", D("95.00"), D("19.00"), D("114.00"))
    assert check(desk).ok


def test_invoice_refusals_change_nothing(desk: Desk) -> None:
    projects.add_project(desk, "Web")
    line = [InvoiceLine("compute", D("10"))]
    invoices.post_invoice(desk, "Web", TODAY, line)
    refused(
        desk,
        "invoice.backdated",
        lambda: invoices.post_invoice(desk, "Web", TODAY - timedelta(days=1), line),
    )
    refused(
        desk,
        "invoice.future",
        lambda: invoices.post_invoice(desk, "Web", TODAY + timedelta(days=1), line),
    )
    refused(desk, "invoice.no_lines", lambda: invoices.post_invoice(desk, "Web", TODAY, []))
    refused(desk, "project.unknown", lambda: invoices.post_invoice(desk, "X", TODAY, line))
    with pytest.raises(DomainError) as caught:
        invoices.parse_line("compute:10")
    assert caught.value.code == "invoice.line_malformed"


def test_expiry_records_what_is_lost(desk: Desk) -> None:
    projects.add_project(desk, "Web")
    start = date(2025, 10, 31)
    then = desk.on_day(start)
    lot = orders.pay_order(then, orders.buy_credit(then, "Web", "300").number)
    assert lot.expires_on == date(2026, 11, 30)
    then = desk.on_day(date(2026, 11, 1))
    invoices.post_invoice(then, "Web", date(2026, 11, 1), [InvoiceLine("compute", D("120"))])
    assert expire(desk) == []  # 2026-11-26: still valid
    then = desk.on_day(date(2026, 11, 30))
    done = expire(then)
    assert [(x.id, amount) for x, amount in done] == [(lot.id, D("180.00"))]
    assert expire(then) == []  # recorded once
    after = peek(then).lots.get(lot.id)
    assert after is not None
    assert (after.used, after.expired, after.available) == (D("120.00"), D("180.00"), D(0))
    assert after.status(then.today).value == "expired"
    kinds = [m.kind.value for m in listing.list_movements(then, "Web")]
    assert kinds == ["ORDER_CREATED", "ORDER", "USE", "EXPIRE"]
    assert check(then).ok


def test_projects_and_settings(desk: Desk) -> None:
    projects.add_project(desk, "Web")
    refused(desk, "project.duplicate", lambda: projects.add_project(desk, "web"))
    refused(desk, "project.name_empty", lambda: projects.add_project(desk, "  "))
    refused(desk, "project.name_numeric", lambda: projects.add_project(desk, "42"))
    projects.rename_project(desk, "Web", "Web shop")
    assert desk.project("Web shop").id == 1
    projects.archive_project(desk, 1)
    assert projects.list_projects(desk) == []
    assert len(projects.list_projects(desk, include_archived=True)) == 1
    update_settings(desk, {"vat_rate": "5,5", "language": "fr"})
    assert desk.vat_rate() == D("5.50")
    refused(desk, "setting.language", lambda: update_settings(desk, {"language": "de"}))
    refused(desk, "percent.out_of_range", lambda: update_settings(desk, {"vat_rate": "120"}))


def test_demo_account_is_consistent(desk: Desk) -> None:
    summary = build_demo(desk)
    assert summary.projects == 4 and summary.invoices > 20
    assert check(desk).ok
    refused(desk, "demo.not_empty", lambda: build_demo(desk))
    available = {p.name: a for p, a in projects.list_projects(desk)}
    assert sum(available.values()) > 0


def test_export_csv(desk: Desk, tmp_path) -> None:
    build_demo(desk)
    for what in ("credits", "orders", "movements"):
        out = tmp_path / f"{what}.csv"
        rows = listing.export_csv(desk, what, out)
        text = out.read_text(encoding="utf-8").splitlines()
        assert len(text) == rows + 1
    assert listing.export_csv(desk, "movements", tmp_path / "m.csv") == peek(desk).movements.count()


@pytest.mark.sqlite_only  # SQLite's file, its raw SQL or its own backups
def test_check_finds_a_tampered_ledger(desk: Desk) -> None:
    """`check` is only worth something if it fails: tamper with the caches behind its back."""
    import sqlite3

    build_demo(desk)
    assert check(desk).ok
    path = desk.path
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE lots SET used_cents = used_cents - 1 WHERE id = 1")
        conn.execute("UPDATE accounts SET balance_cents = balance_cents + 5 WHERE name = 'loyalty'")
        conn.execute("UPDATE lots SET products = 'ai' WHERE kind = 'voucher' AND used_cents > 0")
    conn.close()
    found = {(p.code, p.params.get("lot") or p.params.get("account")) for p in check(desk).problems}
    assert ("check.lot_totals", 1) in found
    assert ("check.account_balance", "loyalty") in found
    assert any(code == "check.lot_products" for code, _ in found)


def test_history_is_append_only(desk: Desk) -> None:
    import sqlite3

    build_demo(desk)
    conn = sqlite3.connect(desk.path)
    for sql in (
        "UPDATE movements SET amount_cents = 0",
        "DELETE FROM movements",
        "DELETE FROM invoices",
        "UPDATE invoice_lines SET amount_cents = 1",
        "DELETE FROM orders",
        "UPDATE orders SET status = 'pending' WHERE status = 'paid'",
        "DELETE FROM lots",
    ):
        with pytest.raises(sqlite3.DatabaseError):
            conn.execute(sql)
    conn.close()
    assert check(desk).ok


def test_paged_lists_and_filtered_history(desk: Desk, tmp_path) -> None:
    from desktop_app.domain.model import MovementKind

    build_demo(desk)
    every = orders.list_orders(desk)
    assert orders.count_orders(desk) == len(every)
    assert orders.list_orders(desk, limit=3, offset=2) == every[2:5]
    assert orders.list_orders(desk, newest_first=True, limit=1) == [every[-1]]
    assert orders.count_orders(desk, status="paid") == sum(o.status.value == "paid" for o in every)
    uses = listing.list_movements(desk, kinds=[MovementKind.USE], date_from=date(2026, 6, 1))
    assert uses and all(m.kind is MovementKind.USE and m.date >= date(2026, 6, 1) for m in uses)
    assert listing.count_movements(
        desk, kinds=[MovementKind.USE], date_from=date(2026, 6, 1)
    ) == len(uses)
    rows = listing.export_csv(
        desk,
        "movements",
        tmp_path / "uses.csv",
        kinds=[MovementKind.USE],
        date_from=date(2026, 6, 1),
    )
    assert rows == len(uses)
    available, next_expiry = projects.project_summary(desk, "Data lake")
    assert available > 0 and next_expiry is not None


def test_expiry_summary_agrees_with_the_full_list(desk: Desk) -> None:
    build_demo(desk)
    for days, urgent in ((30, 7), (120, 30), (400, 60)):
        full = listing.expiry_alerts(desk, days)
        near = listing.expiry_alerts(desk, urgent)
        summary = listing.expiry_summary(desk, days, urgent, first=2)
        assert summary.count == len(full) > 0
        assert summary.left == sum((lot.available for lot in full), D(0))
        assert summary.urgent_count == len(near)
        assert summary.urgent_left == sum((lot.available for lot in near), D(0))
        assert list(summary.soonest) == full[:2]


def test_language_is_the_ledgers_else_the_users(desk: Desk, monkeypatch) -> None:
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    assert desk.explicit_language() is None
    assert desk.language() == "en"
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    assert desk.language() == "fr"
    desk = replace(desk, fallback_language="en")  # the window's system language wins
    assert desk.language() == "en"
    update_settings(desk, {"language": "fr"})
    assert desk.explicit_language() == "fr" and desk.language() == "fr"


def test_a_new_ledger_has_no_demo_company_or_bank_details(desk: Desk) -> None:
    """Demo data belongs to the demo alone: a real purchase order never goes out with a
    made-up seller, buyer or IBAN."""
    settings = desk.settings()
    for key in ("seller.name", "buyer.name", "payment.iban", "payment.bic", "seller.siren"):
        assert settings[key] == "", key
    assert settings["vat_rate"] == "20.00"


def test_the_demo_brings_its_own_companies(desk: Desk) -> None:
    build_demo(desk)
    settings = desk.settings()
    assert settings["seller.name"] and settings["buyer.name"] and settings["payment.iban"]
    assert check(desk).ok


def test_a_ledger_that_cannot_be_read_is_told_in_the_users_language(
    desk: Desk, monkeypatch
) -> None:
    """One resolution for every edge: no caller has to catch the ledger failing to say."""
    update_settings(desk, {"language": "en"})
    monkeypatch.setenv("LC_ALL", "fr_FR.UTF-8")

    def unreadable(self: object) -> dict[str, str]:
        raise EnvironmentFault("ledger.corrupted", path=str(desk.path), detail="test")

    monkeypatch.setattr(SqliteSettings, "all", unreadable)
    assert desk.language() == "fr"
    assert replace(desk, fallback_language="en").language() == "en"


def test_every_message_has_words_in_every_language() -> None:
    from desktop_app.services.desk import LANGUAGES
    from desktop_app.services.messages import MESSAGES, describe

    assert all(len(words) == len(LANGUAGES) for words in MESSAGES.values())
    error = DomainError("amount.zero")
    assert [describe(error, lang) for lang in LANGUAGES] == list(MESSAGES["amount.zero"])
