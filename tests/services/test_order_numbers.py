"""The 100,000th order of a year (PO-2026-100000) is an order like any other: it can be paid,
cancelled and printed; invoice numbers past 99,999 go on the same way."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app.domain.errors import DomainError
from desktop_app.domain.model import InvoiceLine, OrderStatus
from desktop_app.services import invoices, orders, projects
from desktop_app.services.desk import Desk
from desktop_app.services.integrity import check
from tests.helpers.ledger import Cli, peek
from tests.helpers.pg import dump_any

from .conftest import TODAY

D = Decimal
LAST = 99_999


@pytest.fixture(scope="module")
def busy_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A ledger that has made 99,999 orders and 99,999 invoices this year (written straight
    into the file: making them one by one would take minutes)."""
    path = tmp_path_factory.mktemp("busy") / "ledger.sqlite3"
    with Desk.open(path, TODAY) as desk:
        projects.add_project(desk, "Web")
    day = TODAY.isoformat()
    conn = sqlite3.connect(path)
    with conn:
        conn.executemany(
            "INSERT INTO orders (number, year, seq, project_id, status, amount_ht_cents, "
            "vat_rate_bp, vat_cents, amount_ttc_cents, created_on, cancelled_on) "
            "VALUES (?, ?, ?, 1, 'cancelled', 100, 2000, 20, 120, ?, ?)",
            ((f"PO-{TODAY.year}-{n:05d}", TODAY.year, n, day, day) for n in range(1, LAST + 1)),
        )
        conn.executemany(
            "INSERT INTO invoices (number, year, seq, project_id, date, total_ht_cents, "
            "method_ht_cents, vat_rate_bp, vat_cents) VALUES (?, ?, ?, 1, ?, 100, 100, 2000, 20)",
            ((f"INV-{TODAY.year}-{n:05d}", TODAY.year, n, day) for n in range(1, LAST + 1)),
        )
        conn.executemany(
            "INSERT INTO invoice_lines (invoice_id, line_no, product, amount_cents) "
            "VALUES (?, 1, 'compute', 100)",
            ((n,) for n in range(1, LAST + 1)),
        )
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    with Desk.open(path, TODAY) as desk:
        assert check(desk, full=False).ok
    return path


@pytest.fixture
def busy_year(busy_template: Path, tmp_path: Path) -> Iterator[Desk]:
    path = tmp_path / "ledger.sqlite3"
    shutil.copyfile(busy_template, path)
    with Desk.open(path, TODAY) as desk:
        yield desk


def test_the_100000th_order_can_be_paid_cancelled_and_printed(
    busy_year: Desk, tmp_path: Path
) -> None:
    desk = busy_year
    first = orders.buy_credit(desk, "Web", "100")
    second = orders.buy_credit(desk, "Web", "50")
    assert (first.number, second.number) == ("PO-2026-100000", "PO-2026-100001")
    assert orders.get_order(desk, " po-2026-100000 ").number == first.number
    lot = orders.pay_order(desk, first.number.lower())
    assert (lot.reference, lot.total) == ("PO-2026-100000", D("100.00"))
    assert orders.cancel_order(desk, second.number).status is OrderStatus.CANCELLED
    printed = orders.write_order_pdf(desk, first.number, tmp_path / "order.pdf")
    text = "".join(page.extract_text() for page in PdfReader(printed).pages)
    assert "PO-2026-100000" in text
    newest = orders.list_orders(desk, newest_first=True, limit=2)
    assert [o.number for o in newest] == ["PO-2026-100001", "PO-2026-100000"]
    assert check(desk, full=False).ok


def test_the_100000th_order_from_the_command_line(
    busy_year: Desk, capsys: pytest.CaptureFixture[str]
) -> None:
    cli = Cli(busy_year.path, capsys, today=TODAY.isoformat())
    number = cli.ok("credit", "buy", "--project", "Web", "--amount", "10")["number"]
    assert number == "PO-2026-100000"
    assert cli.ok("order", "pay", number)["reference"] == number
    assert cli.ok("order", "pdf", number)["path"].endswith(f"{number}.pdf")


def test_the_100000th_invoice_is_numbered_on(busy_year: Desk) -> None:
    posted = invoices.post_invoice(busy_year, "Web", TODAY, [InvoiceLine("compute", D("1"))])
    assert posted.number == "INV-2026-100000"
    assert posted.number in peek(busy_year).invoices.numbers()


@pytest.mark.parametrize(
    "text",
    ["PO-2026-1234", "PO-26-00001", "PO-2026-", "PO-2026-12a45", "2026-00001", "PO-2026-١٢٣٤٥"],
)
def test_malformed_order_numbers_are_still_refused(desk: Desk, text: str) -> None:
    projects.add_project(desk, "Web")
    orders.buy_credit(desk, "Web", "10")
    before = dump_any(desk.shown)
    for action in (orders.pay_order, orders.cancel_order, orders.get_order):
        with pytest.raises(DomainError) as caught:
            action(desk, text)
        assert caught.value.code == "order.malformed"
    assert dump_any(desk.shown) == before
