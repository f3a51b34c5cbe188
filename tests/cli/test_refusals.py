"""Every refusal: exit 1, exactly one `error: ` line on stderr, no traceback, ledger unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.domain.codes import ALPHABET, new_code, normalise
from tests.helpers.ledger import TODAY, Cli, assert_one_error_line, dump, run_program

REFUSED_AMOUNTS = {
    "-5": "negative",
    "0": "zero",
    "1.2345": "two decimals",
    "1.234": "could be 1 234.00",
    "1,500": "could be 1 500.00 or 1.50",
    "1,23.45": "not an amount",
    "9" * 27: "maximum",
    "NaN": "not an amount",
    "inf": "not an amount",
    "-inf": "negative",
    "1e9": "not an amount",
    "abc": "not an amount",
    "99999999999": "maximum",
    "": "no amount",
    "1,2,3": "not an amount",
    "0x10": "not an amount",
}
ACCEPTED_AMOUNTS = {
    "100": "100.00",
    "100.5": "100.50",
    "100.50": "100.50",
    "100,50": "100.50",
    "1 234,56": "1234.56",
    "1\u00a0234,56": "1234.56",
}


# -- amounts ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(("amount", "why"), REFUSED_AMOUNTS.items(), ids=list(REFUSED_AMOUNTS))
def test_buy_refuses_bad_amounts(funded: Cli, amount: str, why: str) -> None:
    funded.refused("credit", "buy", "--project", "Web", f"--amount={amount}", expect=why)


@pytest.mark.parametrize(
    "amount", ["-5", "0", "1.234", "1,000", "NaN", "inf", "1e9", "abc", "99999999999", "9" * 27]
)
def test_every_amount_field_refuses_bad_amounts(funded: Cli, amount: str) -> None:
    funded.refused("credit", "buy", "--project", "Web", "--amount", amount)
    funded.refused("account", "launchpad", "add", amount)
    funded.refused("account", "loyalty", "add", amount)
    funded.refused("voucher", "issue", "--amount", amount, "--expires-on", "2026-12-31")
    for verb in ("simulate", "post"):
        funded.refused(
            "invoice", verb, "--project", "Web", "--date", TODAY, "--line", f"a={amount}"
        )


@pytest.mark.parametrize(("amount", "stored"), ACCEPTED_AMOUNTS.items(), ids=list(ACCEPTED_AMOUNTS))
def test_buy_accepts_amounts_as_people_type_them(web: Cli, amount: str, stored: str) -> None:
    order = web.ok("credit", "buy", "--project", "Web", "--amount", amount)
    assert (order["amount_ht"], order["status"]) == (stored, "pending")


# -- vouchers --------------------------------------------------------------------------------------
def test_voucher_refusals_each_with_its_own_message(funded: Cli) -> None:
    cli = funded
    used = cli.ok("voucher", "issue", "--amount", "10", "--expires-on", "2026-12-31")[0]["code"]
    cli.ok("voucher", "redeem", used, "--project", "Web")
    soon = cli.ok(
        "voucher", "issue", "--amount", "10", "--expires-on", "2026-02-15", today="2026-01-01"
    )[0]["code"]
    later = cli.ok(
        "voucher", "issue", "--amount", "10", "--expires-on", "2026-12-31",
        "--valid-from", "2026-03-01",
    )[0]["code"]  # fmt: skip
    redeem = ("voucher", "redeem")
    web = ("--project", "Web")
    typo = used[:-1] + ("0" if used[-1] != "0" else "1")
    messages = {
        "unknown": cli.refused(*redeem, new_code(), *web, expect="unknown"),
        "used": cli.refused(*redeem, used, *web, expect="already"),
        "expired": cli.refused(*redeem, soon, *web, today="2026-02-15", expect="expired"),
        "upcoming": cli.refused(*redeem, later, *web, expect="2026-03-01"),
        "malformed": cli.refused(*redeem, "ZZZZ", *web, expect="ZZZZ"),
        "mistyped": cli.refused(*redeem, typo, *web, expect="typo"),
    }
    assert len(set(messages.values())) == len(messages), messages
    # The not-yet-valid code works once its day has come.
    lot = cli.ok("voucher", "redeem", later, "--project", "Web", today="2026-03-01")
    assert lot["valid_from"] == "2026-03-01"


@pytest.mark.parametrize(
    "text",
    ["", " ", "ABCD", "ABCD-EFGH-JKMN-PQRS", "ABCD-EFGH-JKM!", "ÀBCD-EFGH-JKMN", "12345678901"],
)
def test_malformed_voucher_codes(funded: Cli, text: str) -> None:
    funded.refused("voucher", "redeem", text, "--project", "Web")


def test_every_single_character_typo_is_caught(funded: Cli) -> None:
    code = funded.ok("voucher", "issue", "--amount", "10", "--expires-on", "2026-12-31")[0]["code"]
    plain = normalise(code)
    for position, char in enumerate(plain):
        wrong = ALPHABET[(ALPHABET.index(char) + 7) % len(ALPHABET)]
        typo = plain[:position] + wrong + plain[position + 1 :]
        funded.refused("voucher", "redeem", typo, "--project", "Web", expect="typo")
    lot = funded.ok("voucher", "redeem", code.lower().replace("-", " "), "--project", "Web")
    assert lot["reference"] == code, "codes are read case-insensitively, spaces ignored"


def test_voucher_issue_refusals(funded: Cli) -> None:
    funded.refused("voucher", "issue", "--amount", "5", "--expires-on", "2026-01-31")
    funded.refused(
        "voucher", "issue", "--amount", "5", "--expires-on", "2026-12-31", "--count", "0"
    )
    funded.refused(
        "voucher", "issue", "--amount", "5", "--expires-on", "2026-06-01",
        "--valid-from", "2026-07-01",
    )  # fmt: skip


def test_voucher_import_of_unreadable_files(funded: Cli, tmp_path: Path) -> None:
    funded.refused("voucher", "import", str(tmp_path / "missing.csv"), expect="cannot read")
    binary = tmp_path / "codes.csv"
    binary.write_bytes(b"\xff\xfe\x00code,amount\x00\x81")
    funded.refused("voucher", "import", str(binary), expect="UTF-8")


# -- projects, orders, invoices --------------------------------------------------------------------
def test_unknown_project(funded: Cli) -> None:
    for args in (
        ("credit", "buy", "--project", "Nope", "--amount", "10"),
        ("credit", "buy", "--project", "99", "--amount", "10"),
        ("credit", "list", "--project", "Nope"),
        ("order", "list", "--project", "Nope"),
        ("movement", "list", "--project", "Nope"),
        ("voucher", "redeem", new_code(), "--project", "Nope"),
        ("invoice", "simulate", "--project", "Nope", "--date", TODAY, "--line", "a=1"),
        ("invoice", "post", "--project", "Nope", "--date", TODAY, "--line", "a=1"),
        ("export", "credits", "--output", str(funded.db.parent / "x.csv"), "--project", "Nope"),
    ):
        funded.refused(*args, expect="project")
    assert not (funded.db.parent / "x.csv").exists()


def test_project_name_refusals(funded: Cli) -> None:
    funded.refused("project", "add", "web", expect="already exists")
    funded.refused("project", "add", "  ", expect="name")
    funded.refused("project", "add", "2026", expect="digits")
    funded.refused("project", "add", "x" * 81, expect="longer")


def test_order_state_refusals(funded: Cli) -> None:
    cli = funded
    cancelled = cli.ok("credit", "buy", "--project", "Web", "--amount", "10")["number"]
    cli.ok("order", "cancel", cancelled)
    paid = "PO-2026-00001"
    cli.refused("order", "pay", cancelled, expect="cancelled")
    cli.refused("order", "pay", paid, expect="already paid")
    cli.refused("order", "cancel", paid, expect="paid")
    cli.refused("order", "cancel", cancelled, expect="already cancelled")
    cli.refused("order", "pay", "PO-2026-00099", expect="no purchase order")
    cli.refused("order", "pay", "42", expect="not an order number")
    pending = cli.ok("credit", "buy", "--project", "Web", "--amount", "10")["number"]
    cli.refused("order", "pay", pending, "--date", "2026-01-30", expect="created")
    cli.refused("order", "pay", pending, "--date", "2026-02-01", expect="future")


def test_backdated_invoice(funded: Cli) -> None:
    funded.ok("invoice", "post", "--project", "Web", "--date", "2026-01-31", "--line", "a=1")
    line = funded.refused(
        "invoice", "post", "--project", "Web", "--date", "2026-01-30", "--line", "a=1",
        today="2026-02-10",
    )  # fmt: skip
    assert "2026-01-31" in line
    funded.refused(
        "invoice", "post", "--project", "Web", "--date", "2026-02-01", "--line", "a=1",
        expect="after today",
    )  # fmt: skip


def test_malformed_invoice_lines(funded: Cli) -> None:
    for line in ("compute", "=5", "compute=", " =5"):
        funded.refused("invoice", "post", "--project", "Web", "--date", TODAY, "--line", line)


@pytest.mark.parametrize(("verb", "why"), [("transfer", "transferred"), ("refund", "refunded")])
def test_transfer_and_refund_explain_why(funded: Cli, verb: str, why: str) -> None:
    funded.refused("credit", verb, expect=why)
    funded.refused("credit", verb, "--from", "Web", "--to", "Other", "100", expect=why)


def test_export_to_an_unwritable_place(funded: Cli) -> None:
    blocker = funded.db.parent / "blocker"
    blocker.write_text("a file, not a folder")
    funded.refused("export", "orders", "--output", str(blocker / "orders.csv"), expect="cannot")


def test_settings_refusals(funded: Cli) -> None:
    funded.refused("settings", "--set", "vat_rate=abc")
    funded.refused("settings", "--set", "vat_rate=101")
    funded.refused("settings", "--set", "nope=1", expect="nope")
    funded.refused("settings", "--set", "language=de", expect="de")


def test_bad_today_from_the_environment(funded: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop_app.cli.main import main

    monkeypatch.setenv("CLOUD_CREDIT_TODAY", "31/01/2026")
    before = dump(funded.db)
    funded.capsys.readouterr()
    assert main(["--db", str(funded.db), "project", "add", "Other"]) == 1
    assert_one_error_line(funded.capsys.readouterr().err)
    assert dump(funded.db) == before


def test_refusal_in_a_real_process_is_one_line(tmp_path: Path) -> None:
    db = tmp_path / "ledger.sqlite3"
    assert run_program(db, "project", "add", "Web").code == 0
    before = dump(db)
    for args in (
        ("voucher", "redeem", "ABCD-EFGH-JKMN", "--project", "Web"),
        ("order", "pay", "PO-2026-00001"),
        ("credit", "refund"),
    ):
        result = run_program(db, *args)
        assert (result.code, result.out) == (1, "")
        assert_one_error_line(result.err)
    assert dump(db) == before


def test_buy_whose_pdf_cannot_be_written_changes_nothing_or_succeeds(funded: Cli) -> None:
    orders_dir = funded.db.parent / f"{funded.db.stem}-orders"
    assert not orders_dir.exists()
    orders_dir.write_text("a file where the folder of PDFs goes")
    result = funded("credit", "buy", "--project", "Web", "--amount", "10")
    # The purchase happened: it stands, says so, and warns that its PDF is to be written again.
    assert result.code == 0
    assert result.data["pdf"] is None
    assert result.err.startswith("warning: ") and "order pdf" in result.err


def test_backup_never_overwrites_a_file(funded: Cli, tmp_path: Path) -> None:
    other = tmp_path / "other-ledger.sqlite3"
    other.write_bytes(b"SQLite format 3\x00 someone else's data")
    line = funded.refused("backup", "--output", str(other), expect=str(other))
    assert "exists" in line
    assert other.read_bytes() == b"SQLite format 3\x00 someone else's data"
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes")
    funded.refused("backup", "--output", str(notes), expect=str(notes))
    assert notes.read_text() == "my notes"
    funded.refused("backup", "--output", str(funded.db), expect="is the ledger")


def test_backup_to_an_unwritable_place_names_that_place(funded: Cli, tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("a file, not a folder")
    target = blocker / "backup.sqlite3"
    line = funded.refused("backup", "--output", str(target), expect=str(target))
    assert str(funded.db) not in line, "the ledger is fine; the destination is not"


def test_a_huge_project_id_is_an_unknown_project(funded: Cli) -> None:
    funded.refused("credit", "list", "--project", "99999999999999999999", expect="project")


def test_a_csv_with_a_huge_field_is_refused_or_reported(funded: Cli, tmp_path: Path) -> None:
    huge = tmp_path / "huge.csv"
    huge.write_text('code,amount,expires_on\n"' + "A" * 200_000 + '",5,2026-12-31\n')
    result = funded("voucher", "import", str(huge))
    assert result.code in (0, 1)
    if result.code == 1:
        assert_one_error_line(result.err)
    else:
        assert result.data["imported"] == 0 and result.data["rejected"]


def test_refusals_in_french_keep_the_error_prefix(
    funded: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    line = funded.refused("credit", "buy", "--project", "Web", "--amount", "-5")
    assert "montant" in line, "the message is in French; the `error: ` prefix is not"
