"""The books on the command line (issue 10, cli.md): `report rollforward`, `journal export`,
`invoice list|show|pdf|reverse`, `credit-note show|pdf`, `account loyalty reverse`; every
bad input is one `error:` line, exit 1, the ledger's rows identical and no file written."""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from tests.helpers.ledger import ISO_DATE, MONEY, Cli, dump

ROLL_KEYS = {"opening", "bought", "redeemed", "returned", "used", "expired", "closing"}
FEC_HEADER = (
    "JournalCode\tJournalLib\tEcritureNum\tEcritureDate\tCompteNum\tCompteLib\tCompAuxNum\t"
    "CompAuxLib\tPieceRef\tPieceDate\tEcritureLib\tDebit\tCredit\tEcritureLet\tDateLet\t"
    "ValidDate\tMontantdevise\tIdevise"
)
JANUARY = ("--from", "2026-01-01", "--to", "2026-01-31")


@pytest.fixture
def books(web: Cli) -> Cli:
    """Web: 1000 of credit bought and paid on 2026-01-08, a 50 voucher, 30 of loyalty, and
    invoice INV-2026-00001 of 400 on 2026-01-20: the voucher pays 50, the credit 350 (today:
    2026-01-31)."""
    cli = web
    order = cli.ok("credit", "buy", "--project", "Web", "--amount", "1000", today="2026-01-05")
    cli.ok("order", "pay", order["number"], "--date", "2026-01-08", today="2026-01-08")
    (code,) = cli.ok("voucher", "issue", "--amount", "50", "--expires-on", "2026-12-31",
                     today="2026-01-09")  # fmt: skip
    cli.ok("voucher", "redeem", code["code"], "--project", "Web", today="2026-01-09")
    cli.ok("account", "loyalty", "add", "30", today="2026-01-10")
    cli.ok("invoice", "post", "--project", "Web", "--date", "2026-01-20",
           "--line", "compute=300", "--line", "ai=100", today="2026-01-20")  # fmt: skip
    return cli


def _money(value: Any) -> Decimal:
    assert isinstance(value, str) and MONEY.match(value), value
    return Decimal(value)


# -- report rollforward -----------------------------------------------------------------------
def test_rollforward_json_per_project_and_total(books: Cli) -> None:
    data = books.ok("report", "rollforward", *JANUARY)
    assert set(data) >= {"from", "to", "rows", "total"}
    assert (data["from"], data["to"]) == ("2026-01-01", "2026-01-31")
    web, launchpad, loyalty = data["rows"]
    assert set(web) >= {"project", *ROLL_KEYS} and web["project"] == "Web"
    assert (launchpad["account"], loyalty["account"]) == ("digital_launchpad", "loyalty")
    assert {k: web[k] for k in ROLL_KEYS} == {
        "opening": "0.00", "bought": "1000.00", "redeemed": "50.00", "returned": "0.00",
        "used": "400.00", "expired": "0.00", "closing": "650.00",
    }  # fmt: skip
    assert (loyalty["redeemed"], loyalty["used"], loyalty["closing"]) == ("30.00", "0.00", "30.00")
    for row in [*data["rows"], data["total"]]:
        inflow = _money(row["opening"]) + _money(row["bought"]) + _money(row["redeemed"])
        rolled = inflow + _money(row["returned"]) - _money(row["used"]) - _money(row["expired"])
        assert rolled == _money(row["closing"])
    listed = books.ok("project", "list")
    assert _money(web["closing"]) == _money(listed[0]["available"])


def test_rollforward_of_one_project_has_no_account_rows(books: Cli) -> None:
    data = books.ok("report", "rollforward", *JANUARY, "--project", "Web")
    assert [row["project"] for row in data["rows"]] == ["Web"]
    assert data["total"]["closing"] == "650.00"
    text = books("report", "rollforward", *JANUARY, as_json=False)
    assert text.code == 0 and "Web" in text.out and "total" in text.out


# -- journal export ---------------------------------------------------------------------------
def test_fec_has_the_18_columns_and_balanced_consecutive_entries(
    books: Cli, tmp_path: Path
) -> None:
    out = tmp_path / "fec.txt"
    data = books.ok("journal", "export", *JANUARY, "--format", "fec", "--output", str(out))
    assert set(data) >= {"path", "entries", "debit", "credit"}
    assert data["path"] == str(out) and data["entries"] == 2
    assert data["debit"] == data["credit"] == "1550.00"  # 1200 paid TTC + 350 of credit used
    raw = out.read_bytes()
    assert raw.count(b"\r\n") == raw.count(b"\n")  # CR LF line ends
    lines = raw.decode("iso-8859-15").split("\r\n")[:-1]
    assert lines[0] == FEC_HEADER
    by_entry: dict[str, list[Decimal]] = {}
    for line in lines[1:]:
        cells = line.split("\t")
        assert len(cells) == 18
        assert len(cells[3]) == 8 and cells[3].isdigit() and cells[15] == cells[3]
        debit, credit = (Decimal(c.replace(",", ".")) for c in cells[11:13])
        assert "." not in cells[11] + cells[12]
        sums = by_entry.setdefault(cells[2], [Decimal(0), Decimal(0)])
        sums[0] += debit
        sums[1] += credit
    assert list(by_entry) == ["1", "2"]
    assert all(d == c for d, c in by_entry.values())
    pieces = {line.split("\t")[8] for line in lines[1:]}
    assert pieces == {"PO-2026-00001", "INV-2026-00001"}


def test_beancount_loads_with_no_error(books: Cli, tmp_path: Path) -> None:
    from beancount import loader

    books.ok("invoice", "reverse", "INV-2026-00001", "--reason", "wrong project")
    out = tmp_path / "books.beancount"
    data = books.ok("journal", "export", *JANUARY, "--format", "beancount", "--output", str(out))
    assert data["entries"] == 3 and data["debit"] == data["credit"]
    entries, errors, _ = loader.load_file(str(out))
    assert errors == []
    assert sum(1 for e in entries if type(e).__name__ == "Transaction") == 3
    bean_check = Path(sys.executable).with_name("bean-check")
    done = subprocess.run([str(bean_check), str(out)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def test_a_period_with_nothing_in_it_writes_a_header_only_file(books: Cli, tmp_path: Path) -> None:
    out = tmp_path / "empty.txt"
    data = books.ok("journal", "export", "--from", "2025-01-01", "--to", "2025-12-31",
                    "--format", "fec", "--output", str(out))  # fmt: skip
    assert (data["entries"], data["debit"], data["credit"]) == (0, "0.00", "0.00")
    assert out.read_bytes().decode("iso-8859-15") == FEC_HEADER + "\r\n"
    text = books("journal", "export", "--from", "2025-01-01", "--to", "2025-12-31", "--format",
                 "beancount", "--output", str(tmp_path / "e.beancount"), as_json=False)  # fmt: skip
    assert text.code == 0 and "header only" in text.out


@pytest.mark.parametrize(
    ("args", "expect"),
    [
        (("--from", "2026-02-01", "--to", "2026-01-01"), "before it starts"),
        (("--from", "2016-01-01", "--to", "2026-01-01"), "longer than 10 years"),
        (("--from", "2026-13-01", "--to", "2026-01-01"), "not a date"),
    ],
)
def test_bad_periods_are_refused_and_nothing_is_written(
    books: Cli, tmp_path: Path, args: tuple[str, ...], expect: str
) -> None:
    out = tmp_path / "fec.txt"
    books.refused("journal", "export", *args, "--format", "fec", "--output", str(out),
                  expect=expect)  # fmt: skip
    books.refused("report", "rollforward", *args, expect=expect)
    assert not out.exists()


def test_unknown_format_and_outputs_onto_the_ledger_are_refused(books: Cli, tmp_path: Path) -> None:
    out = tmp_path / "x.txt"
    books.refused("journal", "export", *JANUARY, "--format", "csv", "--output", str(out),
                  expect="not a journal format")  # fmt: skip
    assert not out.exists()
    for target in (
        books.db,
        Path(f"{books.db}-wal"),
        books.db.parent / "sub" / ".." / books.db.name,
    ):
        books.refused("journal", "export", *JANUARY, "--format", "fec", "--output", str(target),
                      expect="ledger")  # fmt: skip
    books.refused("journal", "export", *JANUARY, "--format", "fec", "--output", str(tmp_path),
                  expect="folder")  # fmt: skip


# -- invoices and credit notes ----------------------------------------------------------------
def test_invoice_list_show_and_pdf(books: Cli, tmp_path: Path) -> None:
    (listed,) = books.ok("invoice", "list")
    assert set(listed) >= {"number", "project", "date", "total_ht", "payment_method_ht",
                           "reversed_by"}  # fmt: skip
    assert (listed["number"], listed["project"], listed["reversed_by"]) == (
        "INV-2026-00001", "Web", None)  # fmt: skip
    assert books.ok("invoice", "list", "--from", "2026-01-21") == []
    shown = books.ok("invoice", "show", "inv-2026-00001")
    assert shown["number"] == "INV-2026-00001" and shown["total_ht"] == "400.00"
    assert [a["source"] for a in shown["allocations"]] == ["voucher", "credit"]
    pdf = books.ok("invoice", "pdf", "INV-2026-00001", "--output", str(tmp_path / "i.pdf"))
    assert Path(pdf["path"]).read_bytes().startswith(b"%PDF")


def test_reverse_gives_back_every_allocation_once(books: Cli, tmp_path: Path) -> None:
    note = books.ok("invoice", "reverse", "INV-2026-00001", "--reason", "wrong project")
    assert set(note) >= {"number", "invoice", "date", "returned", "refund_due"}
    assert (note["number"], note["invoice"], note["date"]) == (
        "CN-2026-00001", "INV-2026-00001", "2026-01-31")  # fmt: skip
    assert [(r["source"], r["amount"], r["expired_again"]) for r in note["returned"]] == [
        ("voucher", "50.00", "0.00"), ("credit", "350.00", "0.00"),
    ]  # fmt: skip
    assert set(note["returned"][0]) >= {"source", "reference", "lot", "amount", "expired_again"}
    assert set(note["refund_due"]) >= {"amount_ht", "vat", "amount_ttc"}
    assert books.ok("invoice", "show", "INV-2026-00001")["reversed_by"] == "CN-2026-00001"
    assert books.ok("account", "show")["loyalty"] == "30.00"
    assert books.ok("credit-note", "show", "CN-2026-00001") == note
    pdf = books.ok("credit-note", "pdf", "CN-2026-00001", "--output", str(tmp_path / "cn.pdf"))
    assert Path(pdf["path"]).read_bytes().startswith(b"%PDF")
    assert books.ok("check")["ok"] is True
    data = books.ok("report", "rollforward", *JANUARY)
    assert data["rows"][0]["returned"] == "400.00" and data["rows"][0]["closing"] == "1050.00"
    books.refused("invoice", "reverse", "INV-2026-00001", expect="already reversed")


def test_reversal_refusals_leave_the_ledger_as_it_was(books: Cli) -> None:
    books.refused("invoice", "reverse", "PO-2026-00001", expect="not refundable")
    books.refused("invoice", "reverse", "INV-2026-00009", expect="no posted invoice")
    books.refused("invoice", "reverse", "INV-26-1", expect="not an invoice number")
    books.refused("invoice", "reverse", "INV-2026-00001", "--date", "2026-01-19",
                  expect="before the invoice")  # fmt: skip
    books.refused("invoice", "reverse", "INV-2026-00001", "--date", "2026-02-01",
                  expect="after today")  # fmt: skip
    books.refused("invoice", "reverse", "INV-2026-00001", today="2026-01-01", expect="")
    books.refused("invoice", "show", "INV-2026-00009", expect="no posted invoice")
    books.refused("credit-note", "show", "CN-2026-00001", expect="no credit note")


def test_a_lot_expired_since_gets_its_part_back_and_loses_it_again(web: Cli) -> None:
    cli = web
    (code,) = cli.ok("voucher", "issue", "--amount", "20", "--expires-on", "2026-03-01",
                     today="2026-01-02")  # fmt: skip
    cli.ok("voucher", "redeem", code["code"], "--project", "Web", today="2026-01-02")
    cli.ok("invoice", "post", "--project", "Web", "--date", "2026-01-10", "--line",
           "compute=25", today="2026-01-10")  # fmt: skip
    books_ = cli.refused("invoice", "reverse", "INV-2026-00001", "--date", "2026-02-01",
                         today="2026-03-05", expect="expired on 2026-03-01")  # fmt: skip
    assert books_
    note = cli.ok("invoice", "reverse", "INV-2026-00001", today="2026-03-05")
    assert [(r["source"], r["amount"], r["expired_again"]) for r in note["returned"]] == [
        ("voucher", "20.00", "20.00")]  # fmt: skip
    assert note["refund_due"] == {"label": "Visa 4242", "amount_ht": "5.00", "vat": "1.00",
                                  "amount_ttc": "6.00"}  # fmt: skip
    lot = cli.ok("credit", "list", "--project", "Web", "--all", today="2026-03-05")[0]
    assert (lot["used"], lot["expired"], lot["available"]) == ("0.00", "20.00", "0.00")
    assert cli.ok("check", today="2026-03-05")["ok"] is True


def test_an_unused_top_up_is_reversed_once_and_a_used_one_not(web: Cli) -> None:
    cli = web
    cli.ok("account", "loyalty", "add", "40")
    (bonus,) = [m for m in cli.ok("movement", "list") if m["kind"] == "BONUS"]
    cli.refused("account", "launchpad", "reverse", str(bonus["id"]), expect="not a top-up")
    note = cli.ok("account", "loyalty", "reverse", str(bonus["id"]), "--reason", "typo")
    assert (note["number"], note["amount"], note["account"]) == ("CN-2026-00001", "40.00",
                                                                 "loyalty")  # fmt: skip
    assert cli.ok("account", "show")["loyalty"] == "0.00"
    cli.refused("account", "loyalty", "reverse", str(bonus["id"]), expect="already reversed")
    cli.ok("account", "loyalty", "add", "10")
    cli.ok("invoice", "post", "--project", "Web", "--date", "2026-01-31", "--line", "ai=4")
    second = [m for m in cli.ok("movement", "list") if m["kind"] == "BONUS"][-1]
    cli.refused("account", "loyalty", "reverse", str(second["id"]), expect="partly used")
    cli.refused("credit-note", "pdf", "CN-2026-00001", expect="no document")
    assert cli.ok("check")["ok"] is True


def test_account_settings_are_checked_and_used_by_the_journal(books: Cli, tmp_path: Path) -> None:
    before = dump(books.db)
    books.refused("settings", "--set", "books.prepaid_account=6135", expect="class 4")
    books.refused("settings", "--set", "books.journal_code=achats", expect="journal code")
    assert dump(books.db) == before
    settings = books.ok("settings", "--set", "books.expense_by_product=ai=6156",
                        "--set", "books.supplier_aux=OVHCLOUD")  # fmt: skip
    assert settings["books.prepaid_account"] == "4091" and settings["books.loss_account"] == "658"
    out = tmp_path / "fec.txt"
    books.ok("journal", "export", *JANUARY, "--format", "fec", "--output", str(out))
    rows = [line.split("\t") for line in out.read_text("iso-8859-15").splitlines()[1:]]
    assert {r[4] for r in rows} == {"4091", "44566", "401", "6135", "6156"}
    assert {r[6] for r in rows if r[4] == "401"} == {"OVHCLOUD"}
    assert all(ISO_DATE.match(f"{r[3][:4]}-{r[3][4:6]}-{r[3][6:]}") for r in rows)


def test_documents_default_beside_the_ledger_and_the_history_names_the_credit_note(
    books: Cli,
) -> None:
    note = books.ok("invoice", "reverse", "INV-2026-00001")
    folder = books.db.parent / f"{books.db.stem}-books"
    assert books.ok("invoice", "pdf", "INV-2026-00001") == {
        "path": str(folder / "INV-2026-00001.pdf")
    }
    assert books.ok("credit-note", "pdf", note["number"]) == {
        "path": str(folder / "CN-2026-00001.pdf")
    }
    returns = [m for m in books.ok("movement", "list") if m["kind"] == "RETURN"]
    assert [(m["credit_note"], m["amount"]) for m in returns] == [
        ("CN-2026-00001", "50.00"), ("CN-2026-00001", "350.00")]  # fmt: skip
    text = books("credit-note", "show", "CN-2026-00001", as_json=False)
    assert text.code == 0 and "refund due: 0.00 HT" in text.out
