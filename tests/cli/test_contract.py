"""The command-line contract (shared/spec/cli.md): commands, JSON keys, money, dates, exit codes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.helpers.ledger import (
    ISO_DATE,
    MONEY,
    TODAY,
    Cli,
    assert_one_error_line,
    dump,
    query,
    run_program,
)

# Contract keys (cli.md) plus the extras the program adds today. Extras are allowed by the
# contract; listing them here makes adding or dropping one a conscious decision.
LOT_KEYS = {
    "id", "project", "kind", "reference", "description", "total", "used", "expired",
    "available", "valid_from", "expires_on", "products", "status",
}  # fmt: skip
LOT_EXTRA = {"project_id"}
ORDER_KEYS = {
    "number", "project", "status", "amount_ht", "vat_rate", "vat", "amount_ttc",
    "created_on", "paid_on", "pdf",
}  # fmt: skip
ORDER_EXTRA = {"project_id"}
INVOICE_KEYS = {"project", "date", "total_ht", "allocations", "payment_method"}
INVOICE_EXTRA = {"project_id", "lines"}
ALLOCATION_KEYS = {"source", "reference", "lot", "amount"}
PAYMENT_KEYS = {"label", "amount_ht", "vat", "amount_ttc"}
MOVEMENT_KEYS = {"date", "kind", "amount", "reference"}


def money(value: Any) -> str:
    assert isinstance(value, str), f"money must be a string, not {value!r}"
    assert MONEY.match(value), f"money must have exactly two decimals: {value!r}"
    return value


def iso(value: Any) -> str:
    assert isinstance(value, str) and ISO_DATE.match(value), value
    return value


def assert_lot(lot: dict[str, Any]) -> None:
    assert set(lot) == LOT_KEYS | LOT_EXTRA
    assert isinstance(lot["id"], int)
    assert lot["kind"] in ("voucher", "credit")
    assert lot["status"] in ("active", "exhausted", "expired", "upcoming")
    assert isinstance(lot["products"], list)
    for key in ("total", "used", "expired", "available"):
        money(lot[key])
    iso(lot["valid_from"])
    iso(lot["expires_on"])


def assert_order(order: dict[str, Any]) -> None:
    assert set(order) == ORDER_KEYS | ORDER_EXTRA
    assert order["status"] in ("pending", "paid", "cancelled")
    for key in ("amount_ht", "vat_rate", "vat", "amount_ttc"):
        money(order[key])
    iso(order["created_on"])
    assert order["paid_on"] is None or iso(order["paid_on"])


def assert_invoice(invoice: dict[str, Any], *, posted: bool) -> None:
    extra = {"number"} if posted else set()
    assert set(invoice) == INVOICE_KEYS | INVOICE_EXTRA | extra
    iso(invoice["date"])
    money(invoice["total_ht"])
    for allocation in invoice["allocations"]:
        assert set(allocation) == ALLOCATION_KEYS
        assert allocation["source"] in ("voucher", "credit", "digital_launchpad", "loyalty")
        money(allocation["amount"])
    assert set(invoice["payment_method"]) == PAYMENT_KEYS
    for key in ("amount_ht", "vat", "amount_ttc"):
        money(invoice["payment_method"][key])


def sources(invoice: dict[str, Any]) -> list[tuple[str, str, str]]:
    return [(a["source"], a["reference"], a["amount"]) for a in invoice["allocations"]]


def buy_and_pay(cli: Cli, amount: str, *, on: str = TODAY, project: str = "Web") -> dict[str, Any]:
    order = cli.ok("credit", "buy", "--project", project, "--amount", amount, today=on)
    return dict(cli.ok("order", "pay", order["number"], today=on))


def issue(cli: Cli, amount: str, expires_on: str, *extra: str, today: str | None = None) -> str:
    issued = cli.ok(
        "voucher", "issue", "--amount", amount, "--expires-on", expires_on, *extra, today=today
    )
    return str(issued[0]["code"])


# -- the whole flow --------------------------------------------------------------------------------
def test_full_flow_through_every_main_command(cli: Cli, db: Path) -> None:
    project = cli.ok("project", "add", "Web", "--description", "shop")
    assert project == {"id": 1, "name": "Web"}
    method = cli.ok("payment-method", "add", "--type", "card", "--label", "Visa 4242")
    assert {"id", "type", "label", "default"} <= set(method)
    assert method["type"] == "card" and method["label"] == "Visa 4242"
    assert method["default"] is True, "the first payment method becomes the default"

    order = cli.ok("credit", "buy", "--project", "Web", "--amount", "1000")
    assert_order(order)
    assert order["number"] == "PO-2026-00001"
    assert (order["status"], order["amount_ht"], order["vat_rate"]) == (
        "pending",
        "1000.00",
        "20.00",
    )
    assert (order["vat"], order["amount_ttc"]) == ("200.00", "1200.00")
    assert (order["created_on"], order["paid_on"], order["project"]) == (TODAY, None, "Web")
    pdf = Path(order["pdf"])
    assert pdf.is_file() and pdf.read_bytes().startswith(b"%PDF")
    assert cli.ok("credit", "list", "--project", "Web") == [], "credit appears only when paid"

    lot = cli.ok("order", "pay", "PO-2026-00001")
    assert_lot(lot)
    assert (lot["kind"], lot["reference"], lot["total"], lot["available"]) == (
        "credit", "PO-2026-00001", "1000.00", "1000.00",
    )  # fmt: skip
    assert (lot["valid_from"], lot["expires_on"], lot["status"]) == (TODAY, "2027-02-28", "active")
    assert lot["products"] == []
    listed = cli.ok("credit", "list", "--project", "Web")
    assert [x["reference"] for x in listed] == ["PO-2026-00001"]
    assert listed[0] == lot
    paid = cli.ok("order", "list", "--status", "paid")
    assert [o["number"] for o in paid] == ["PO-2026-00001"]
    assert paid[0]["paid_on"] == TODAY
    assert cli.ok("order", "list", "--status", "pending") == []

    code = issue(cli, "50", "2026-12-31", "--products", "compute", "--campaign", "Spring")
    voucher = cli.ok("voucher", "redeem", code, "--project", "Web")
    assert_lot(voucher)
    assert (voucher["kind"], voucher["reference"], voucher["total"]) == ("voucher", code, "50.00")
    assert (voucher["products"], voucher["expires_on"]) == (["compute"], "2026-12-31")
    assert cli.ok("account", "launchpad", "add", "10") == {"digital_launchpad": "10.00"}
    assert cli.ok("account", "loyalty", "add", "20") == {"loyalty": "20.00"}

    lines = ["--line", "compute=80", "--line", "storage=1200"]
    before = dump(db)
    simulated = cli.ok("invoice", "simulate", "--project", "Web", "--date", TODAY, *lines)
    assert dump(db) == before, "a simulation changed the ledger"
    assert_invoice(simulated, posted=False)
    expected = [
        ("voucher", code, "50.00"),
        ("credit", "PO-2026-00001", "1000.00"),
        ("digital_launchpad", "digital_launchpad", "10.00"),
        ("loyalty", "loyalty", "20.00"),
    ]
    assert sources(simulated) == expected
    assert simulated["total_ht"] == "1280.00"
    # VAT only on what the payment method pays: 200.00 HT -> 40.00 VAT.
    assert simulated["payment_method"] == {
        "label": "Visa 4242", "amount_ht": "200.00", "vat": "40.00", "amount_ttc": "240.00",
    }  # fmt: skip

    posted = cli.ok("invoice", "post", "--project", "Web", "--date", TODAY, *lines)
    assert_invoice(posted, posted=True)
    assert posted["number"] == "INV-2026-00001"
    assert {k: v for k, v in posted.items() if k != "number"} == simulated
    assert query(db, "SELECT number, total_ht_cents FROM invoices") == [("INV-2026-00001", 128000)]
    assert cli.ok("credit", "list", "--project", "Web") == [], "both lots are used up"
    assert len(cli.ok("credit", "list", "--project", "Web", "--all")) == 2
    shown = cli.ok("account", "show")
    assert (shown["digital_launchpad"], shown["loyalty"]) == ("0.00", "0.00")
    assert cli.ok("project", "list") == [{"id": 1, "name": "Web", "available": "0.00"}]
    assert cli.ok("check") == {"ok": True, "problems": []}


# -- every command's JSON --------------------------------------------------------------------------
def test_project_list_json(web: Cli) -> None:
    web.ok("project", "add", "Data lake")
    buy_and_pay(web, "12.5", project="Data lake")
    projects = web.ok("project", "list")
    assert all(set(p) == {"id", "name", "available"} for p in projects)
    assert {p["name"]: p["available"] for p in projects} == {"Web": "0.00", "Data lake": "12.50"}
    assert all(isinstance(p["id"], int) and money(p["available"]) for p in projects)


def test_account_show_json(web: Cli) -> None:
    web.ok("payment-method", "add", "--type", "sepa", "--label", "SEPA FR76", "--default")
    shown = web.ok("account", "show")
    assert set(shown) == {"digital_launchpad", "loyalty", "payment_methods"}
    assert (money(shown["digital_launchpad"]), money(shown["loyalty"])) == ("0.00", "0.00")
    methods = shown["payment_methods"]
    assert all(set(m) == {"id", "type", "label", "default"} for m in methods)
    assert [(m["type"], m["default"]) for m in methods] == [("card", False), ("sepa", True)]


def test_voucher_issue_json(web: Cli) -> None:
    issued = web.ok(
        "voucher", "issue", "--amount", "25,5", "--expires-on", "2026-12-31", "--count", "3"
    )
    assert len(issued) == 3
    assert len({v["code"] for v in issued}) == 3
    for voucher in issued:
        assert set(voucher) == {"code", "amount", "expires_on"}
        assert (voucher["amount"], voucher["expires_on"]) == ("25.50", "2026-12-31")
        assert len(voucher["code"]) == 14 and voucher["code"].count("-") == 2


def test_voucher_import_json(web: Cli, tmp_path: Path) -> None:
    from desktop_app.domain.codes import new_code

    good, also_good = new_code(), new_code()
    csv_file = tmp_path / "codes.csv"
    csv_file.write_text(
        "code,amount,expires_on,valid_from,products\n"
        f"{good},50,2026-12-31\n"
        f'{also_good},"12,50",2026-12-31,2026-02-01,compute;storage\n'
        "NOT-A-CODE,10,2026-12-31\n"
        f"{good},50,2026-12-31\n",
        encoding="utf-8",
    )
    result = web.ok("voucher", "import", str(csv_file))
    assert set(result) == {"imported", "rejected"}
    assert result["imported"] == 2
    assert [r["line"] for r in result["rejected"]] == [4, 5]
    assert all(set(r) == {"line", "error"} and r["error"] for r in result["rejected"])
    lot = web.ok("voucher", "redeem", also_good, "--project", "Web", today="2026-02-01")
    assert (lot["total"], lot["products"]) == ("12.50", ["compute", "storage"])


def test_order_cancel_and_pdf_json(web: Cli, tmp_path: Path) -> None:
    order = web.ok("credit", "buy", "--project", "Web", "--amount", "99.99")
    assert (order["vat"], order["amount_ttc"]) == ("20.00", "119.99")  # 19.998 half-up
    cancelled = web.ok("order", "cancel", order["number"])
    assert_order(cancelled)
    assert (cancelled["status"], cancelled["paid_on"]) == ("cancelled", None)
    target = tmp_path / "copy.pdf"
    assert web.ok("order", "pdf", order["number"], "--output", str(target)) == {"path": str(target)}
    assert target.read_bytes().startswith(b"%PDF")
    orders = web.ok("order", "list", "--project", "Web")
    assert [(o["number"], o["status"]) for o in orders] == [(order["number"], "cancelled")]


def test_movement_list_json_oldest_first(web: Cli) -> None:
    buy_and_pay(web, "100")
    web.ok("account", "loyalty", "add", "5")
    web.ok("invoice", "post", "--project", "Web", "--date", TODAY, "--line", "compute=30")
    moves = web.ok("movement", "list")
    assert moves, "the history is not empty"
    for move in moves:
        assert set(move) >= MOVEMENT_KEYS
        iso(move["date"])
        money(move["amount"])
    ids = [m["id"] for m in moves]
    assert ids == sorted(ids)
    kinds = [m["kind"] for m in moves]
    assert kinds.index("ORDER") < kinds.index("USE")
    assert [m["amount"] for m in moves if m["kind"] == "USE"] == ["-30.00"]
    assert web.ok("movement", "list", "--project", "Web") == [
        m for m in moves if m["project"] == "Web"
    ]


def test_empty_movement_list_is_an_empty_json_list(web: Cli) -> None:
    assert web.ok("movement", "list") == []


def test_expire_json(web: Cli) -> None:
    code = issue(web, "40", "2026-03-01")
    lot = web.ok("voucher", "redeem", code, "--project", "Web")
    web.ok("invoice", "post", "--project", "Web", "--date", TODAY, "--line", "compute=15")
    assert web.ok("expire", today="2026-02-28") == {"expired": []}
    expired = web.ok("expire", today="2026-03-01")
    assert expired == {"expired": [{"lot": lot["id"], "amount": "25.00"}]}
    assert web.ok("expire", today="2026-03-02") == {"expired": []}, "expiry is recorded once"
    (after,) = web.ok("credit", "list", "--project", "Web", "--all", today="2026-03-02")
    assert (after["used"], after["expired"], after["available"]) == ("15.00", "25.00", "0.00")
    assert after["status"] == "expired"
    assert web.ok("check") == {"ok": True, "problems": []}


def test_check_reports_a_broken_invariant_with_exit_1(web: Cli, db: Path) -> None:
    import sqlite3

    buy_and_pay(web, "100")
    conn = sqlite3.connect(db)
    conn.execute("UPDATE lots SET used_cents = 1000")  # a cache no movement explains
    conn.commit()
    conn.close()
    result = web("check")
    assert result.code == 1
    report = result.data
    assert report["ok"] is False and report["problems"]
    assert all(isinstance(p, str) for p in report["problems"])


def test_demo_json(cli: Cli) -> None:
    summary = cli.ok("demo")
    assert {"projects"} <= set(summary)
    assert summary["projects"] == 4
    assert cli.ok("check") == {"ok": True, "problems": []}


# -- 13 months, clamped ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("paid_on", "expires_on"),
    [
        ("2026-01-31", "2027-02-28"),
        ("2027-01-31", "2028-02-29"),
        ("2026-03-15", "2027-04-15"),
        ("2026-12-31", "2028-01-31"),
    ],
)
def test_paid_credit_expires_13_months_later_clamped(
    web: Cli, paid_on: str, expires_on: str
) -> None:
    lot = buy_and_pay(web, "10", on=paid_on)
    assert (lot["valid_from"], lot["expires_on"]) == (paid_on, expires_on)


def test_order_paid_later_with_date(web: Cli) -> None:
    order = web.ok("credit", "buy", "--project", "Web", "--amount", "10", today="2026-01-10")
    lot = web.ok("order", "pay", order["number"], "--date", "2026-01-31", today="2026-02-15")
    assert (lot["valid_from"], lot["expires_on"]) == ("2026-01-31", "2027-02-28")
    (listed,) = web.ok("order", "list", today="2026-02-15")
    assert listed["paid_on"] == "2026-01-31"


# -- the waterfall ---------------------------------------------------------------------------
def test_waterfall_vouchers_soonest_first_then_credit_oldest_expiry_first(web: Cli) -> None:
    late_voucher = issue(web, "10", "2028-01-01", today="2026-01-01")
    soon_voucher = issue(web, "10", "2026-06-30", today="2026-01-01")
    web.ok("voucher", "redeem", late_voucher, "--project", "Web", today="2026-01-01")
    web.ok("voucher", "redeem", soon_voucher, "--project", "Web", today="2026-01-01")
    new_credit = buy_and_pay(web, "10", on="2026-01-20")
    old_credit = buy_and_pay(web, "10", on="2026-01-05")
    invoice = web.ok("invoice", "simulate", "--project", "Web", "--date", TODAY, "--line", "x=45")
    assert sources(invoice) == [
        ("voucher", soon_voucher, "10.00"),
        ("voucher", late_voucher, "10.00"),  # before credit that expires sooner than it
        ("credit", old_credit["reference"], "10.00"),
        ("credit", new_credit["reference"], "10.00"),
    ]
    assert invoice["payment_method"] == {
        "label": "Visa 4242", "amount_ht": "5.00", "vat": "1.00", "amount_ttc": "6.00",
    }  # fmt: skip


def test_restricted_voucher_pays_only_its_products(web: Cli) -> None:
    code = issue(web, "100", "2026-12-31", "--products", "compute")
    web.ok("voucher", "redeem", code, "--project", "Web")
    storage_only = web.ok(
        "invoice", "simulate", "--project", "Web", "--date", TODAY, "--line", "storage=30"
    )
    assert storage_only["allocations"] == [], "a compute voucher does not pay storage"
    assert storage_only["payment_method"]["amount_ht"] == "30.00"
    assert storage_only["payment_method"]["vat"] == "6.00"
    mixed = web.ok(
        "invoice", "post", "--project", "Web", "--date", TODAY,
        "--line", "storage=30", "--line", "compute=10",
    )  # fmt: skip
    assert sources(mixed) == [("voucher", code, "10.00")]
    assert mixed["payment_method"]["amount_ttc"] == "36.00"
    (lot,) = web.ok("credit", "list", "--project", "Web")
    assert (lot["used"], lot["available"]) == ("10.00", "90.00")


def test_invoice_without_payment_method_has_null_label(cli: Cli) -> None:
    cli.ok("project", "add", "Web")
    invoice = cli.ok("invoice", "simulate", "--project", "Web", "--date", TODAY, "--line", "a=1")
    assert invoice["payment_method"] == {
        "label": None, "amount_ht": "1.00", "vat": "0.20", "amount_ttc": "1.20",
    }  # fmt: skip


def test_fully_covered_invoice_leaves_zero_to_the_payment_method(web: Cli) -> None:
    buy_and_pay(web, "100")
    invoice = web.ok("invoice", "post", "--project", "Web", "--date", TODAY, "--line", "a=100")
    assert invoice["payment_method"] == {
        "label": "Visa 4242", "amount_ht": "0.00", "vat": "0.00", "amount_ttc": "0.00",
    }  # fmt: skip


def test_project_named_by_id_or_name(web: Cli) -> None:
    by_id = web.ok("credit", "buy", "--project", "1", "--amount", "5")
    by_name = web.ok("credit", "buy", "--project", "web", "--amount", "5")
    assert by_id["project"] == by_name["project"] == "Web"


# -- exit codes ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["frobnicate"],
        ["credit"],
        ["credit", "buy", "--project", "Web"],
        ["invoice", "post", "--project", "Web", "--date", TODAY],
        ["export", "credits"],
        ["project", "list", "--frobnicate"],
        ["--today"],
    ],
)
def test_wrong_usage_exits_2_and_touches_nothing(
    argv: list[str], db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop_app.cli.main import main

    try:
        code = main(["--db", str(db), *argv])
    except SystemExit as exit_:  # pragma: no cover - main returns the code
        code = exit_.code
    assert code == 2
    err = capsys.readouterr().err
    assert "usage:" in err and "Traceback" not in err
    assert not db.exists(), "wrong usage must not even create the ledger"


def test_main_returns_exit_codes_instead_of_raising(db: Path) -> None:
    """In process, `main(argv)` returns the exit code for usage errors and --help too."""
    from desktop_app.cli.main import main

    assert main(["--db", str(db), "credit"]) == 2
    assert main(["--help"]) == 0


def test_text_output_without_json(web: Cli) -> None:
    buy_and_pay(web, "1234.5")
    result = web("project", "list", as_json=False)
    assert result.code == 0
    assert result.out.splitlines()[0].split() == ["id", "name", "available"]
    assert "1234.50" in result.out


def test_real_process_exit_codes(tmp_path: Path) -> None:
    db = tmp_path / "ledger.sqlite3"
    created = run_program(db, "project", "add", "Web")
    assert created.code == 0 and created.data == {"id": 1, "name": "Web"}
    refused = run_program(db, "credit", "buy", "--project", "Web", "--amount", "-5")
    assert refused.code == 1 and refused.out == ""
    assert refused.err.startswith("error: ") and refused.err.count("\n") == 1
    usage = run_program(db, "credit", "buy")
    assert usage.code == 2 and "usage:" in usage.err


# -- where the ledger is -----------------------------------------------------------------------
def test_environment_gives_the_ledger_and_today(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop_app.cli.main import main

    db = tmp_path / "from-env.sqlite3"
    monkeypatch.setenv("CLOUD_CREDIT_DB", str(db))
    monkeypatch.setenv("CLOUD_CREDIT_TODAY", "2026-05-04")
    assert main(["--json", "project", "add", "Web"]) == 0
    capsys.readouterr()
    assert main(["--json", "credit", "buy", "--project", "Web", "--amount", "1"]) == 0
    order = json.loads(capsys.readouterr().out)
    assert order["created_on"] == "2026-05-04"
    assert query(db, "SELECT name FROM projects") == [("Web",)]


def test_a_relative_ledger_path_stores_absolute_pdf_paths(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop_app.cli.main import main

    monkeypatch.chdir(tmp_path)
    base = ["--db", "books/ledger.sqlite3", "--today", TODAY, "--json"]
    assert main([*base, "project", "add", "Web"]) == 0
    capsys.readouterr()
    assert main([*base, "credit", "buy", "--project", "Web", "--amount", "1"]) == 0
    pdf = Path(json.loads(capsys.readouterr().out)["pdf"])
    assert pdf.is_absolute(), "a relative path would break when run from another folder"
    monkeypatch.chdir(tmp_path.parent)
    assert pdf.is_file()


def test_backup_is_a_consistent_copy(funded: Cli, tmp_path: Path) -> None:
    target = tmp_path / "copies" / "backup.sqlite3"
    target.parent.mkdir()
    assert funded.ok("backup", "--output", str(target)) == {"path": str(target)}
    assert dump(target) == dump(funded.db)


def test_a_console_that_cannot_show_every_character(tmp_path: Path) -> None:
    """A Windows console or pipe in cp1252: JSON escapes what it cannot show, text too."""
    db = tmp_path / "ledger.sqlite3"
    cp1252 = {"PYTHONIOENCODING": "cp1252"}
    name = "Équipe ☁ 東京"
    added = run_program(db, "project", "add", name, as_json=False, env=cp1252)
    assert (added.code, added.err) == (0, "")
    listed = run_program(db, "project", "list", env=cp1252)
    assert (listed.code, listed.err) == (0, "")
    assert listed.data == [{"id": 1, "name": name, "available": "0.00"}]
    history = run_program(db, "movement", "list", env={"PYTHONIOENCODING": "ascii"})
    assert (history.code, history.data) == (0, [])
    text = run_program(db, "project", "list", as_json=False, env=cp1252)
    assert text.code == 0 and "Traceback" not in text.err
    refused = run_program(db, "project", "add", name, env=cp1252)
    assert refused.code == 1
    assert_one_error_line(refused.err)


@pytest.mark.parametrize(
    ("today", "expires_on"), [("9000-12-31", "9002-01-31"), ("1970-01-01", "1971-02-01")]
)
def test_the_first_and_last_dates_work_end_to_end(web: Cli, today: str, expires_on: str) -> None:
    lot = buy_and_pay(web, "10", on=today)
    assert lot["expires_on"] == expires_on
    assert web.ok("alerts", "--days", "36500", today=today)[0]["reference"] == lot["reference"]
    invoice = web.ok(
        "invoice", "post", "--project", "Web", "--date", today, "--line", "a=1", today=today
    )
    assert invoice["allocations"][0]["lot"] == lot["id"]


def test_a_far_today_from_the_environment_is_refused(
    db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop_app.cli.main import main

    monkeypatch.setenv("CLOUD_CREDIT_TODAY", "9999-12-31")
    assert main(["--db", str(db), "project", "list"]) == 1
    assert_one_error_line(capsys.readouterr().err)
