"""`export credits|orders|movements --output FILE`: UTF-8 CSV, header row, amounts as 123.45."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from tests.helpers.ledger import MONEY, TODAY, Cli, copy_ledger, run_quietly

HEADERS = {
    "credits": [
        "id", "project", "kind", "reference", "description", "total", "used", "expired",
        "available", "valid_from", "expires_on", "products", "status",
    ],
    "orders": [
        "number", "project", "status", "amount_ht", "vat_rate", "vat", "amount_ttc",
        "created_on", "paid_on", "cancelled_on",
    ],
    "movements": [
        "id", "date", "kind", "amount", "reference", "project", "lot", "account", "invoice", "note",
    ],
}  # fmt: skip
MONEY_COLUMNS = {
    "credits": ["total", "used", "expired", "available"],
    "orders": ["amount_ht", "vat", "amount_ttc"],
    "movements": ["amount"],
}
NAME = "Équipe données ☁ «prod»"


@pytest.fixture(scope="session")
def busy_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two projects, one with a non-ASCII name; orders paid, pending, cancelled; an invoice."""
    db = tmp_path_factory.mktemp("busy") / "template.sqlite3"
    run_quietly(db, "project", "add", NAME)
    run_quietly(db, "project", "add", "Other")
    run_quietly(db, "payment-method", "add", "--type", "sepa", "--label", "Prélèvement")
    for amount in ("1 234,56", "10", "0.05"):
        run_quietly(db, "credit", "buy", "--project", NAME, "--amount", amount)
    run_quietly(db, "order", "pay", "PO-2026-00001")
    run_quietly(db, "order", "cancel", "PO-2026-00003")
    run_quietly(db, "credit", "buy", "--project", "Other", "--amount", "7")
    issued = run_quietly(db, "voucher", "issue", "--amount", "20", "--expires-on", "2026-12-31")
    run_quietly(db, "voucher", "redeem", issued[0]["code"], "--project", NAME)
    run_quietly(db, "account", "loyalty", "add", "3,5")
    run_quietly(db, "invoice", "post", "--project", NAME, "--date", TODAY, "--line", "compute=1300")
    return db


@pytest.fixture
def busy(cli: Cli, busy_template: Path) -> Cli:
    copy_ledger(busy_template, cli.db)
    return cli


def read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    text = raw.decode("utf-8")  # strict: raises if not UTF-8
    return list(csv.reader(io.StringIO(text, newline="")))


def json_count(cli: Cli, what: str, project: str | None) -> int:
    scope = ["--project", project] if project else []
    if what == "credits":
        if project is None:
            return sum(
                len(cli.ok("credit", "list", "--project", p["name"], "--all"))
                for p in cli.ok("project", "list")
            )
        return len(cli.ok("credit", "list", "--all", *scope))
    if what == "orders":
        return len(cli.ok("order", "list", *scope))
    return len(cli.ok("movement", "list", *scope))


@pytest.mark.parametrize("project", [None, NAME, "Other"])
@pytest.mark.parametrize("what", ["credits", "orders", "movements"])
def test_export(busy: Cli, tmp_path: Path, what: str, project: str | None) -> None:
    output = tmp_path / "out" / f"{what}.csv"
    scope = ["--project", project] if project else []
    result = busy.ok("export", what, "--output", str(output), *scope)
    assert set(result) == {"path", "rows"}
    assert Path(result["path"]) == output
    rows = read_csv(output)
    assert rows[0] == HEADERS[what]
    body = rows[1:]
    assert len(body) == result["rows"] == json_count(busy, what, project)
    assert all(len(row) == len(HEADERS[what]) for row in body)
    for column in MONEY_COLUMNS[what]:
        index = HEADERS[what].index(column)
        for row in body:
            assert MONEY.match(row[index]), (column, row[index])
    if project is not None and what != "movements":
        assert {row[1] for row in body} <= {project}
    leftovers = [p.name for p in output.parent.iterdir() if p.name != output.name]
    assert leftovers == [], "the temporary file is gone"


def test_export_keeps_the_name_intact_in_utf8(busy: Cli, tmp_path: Path) -> None:
    output = tmp_path / "orders.csv"
    busy.ok("export", "orders", "--output", str(output))
    assert NAME.encode("utf-8") in output.read_bytes()
    rows = read_csv(output)
    by_number = {row[0]: row for row in rows[1:]}
    assert by_number["PO-2026-00001"][1:4] == [NAME, "paid", "1234.56"]
    assert by_number["PO-2026-00002"][2:7] == ["pending", "10.00", "20.00", "2.00", "12.00"]
    assert by_number["PO-2026-00003"][2] == "cancelled"
    assert by_number["PO-2026-00003"][9] == TODAY


def test_export_movements_amounts_are_signed_decimals(busy: Cli, tmp_path: Path) -> None:
    output = tmp_path / "movements.csv"
    busy.ok("export", "movements", "--output", str(output))
    rows = read_csv(output)[1:]
    uses = [row[3] for row in rows if row[2] == "USE"]
    assert uses == ["-20.00", "-1234.56", "-3.50"], "voucher, credit, loyalty in that order"


def test_export_of_an_empty_ledger_has_a_header_only(cli: Cli, tmp_path: Path) -> None:
    cli.ok("project", "add", "Web")
    output = tmp_path / "credits.csv"
    assert cli.ok("export", "credits", "--output", str(output))["rows"] == 0
    assert read_csv(output) == [HEADERS["credits"]]


def test_export_replaces_an_existing_file(busy: Cli, tmp_path: Path) -> None:
    output = tmp_path / "orders.csv"
    output.write_text("old content\n" * 1000, encoding="utf-8")
    result = busy.ok("export", "orders", "--output", str(output))
    assert len(read_csv(output)) == result["rows"] + 1


FORMULAS = [
    '=HYPERLINK("http://evil.example","click")', "+cmd|' /C calc'!A0", "-sum+1 a", "@SUM(A1)",
]  # fmt: skip


def test_cells_a_spreadsheet_would_run_are_neutralised(cli: Cli, tmp_path: Path) -> None:
    """OWASP CSV injection: text starting with = + - @ gets a leading ', amounts stay numbers."""
    for name in FORMULAS:
        cli.ok("project", "add", name)
    cli.ok("payment-method", "add", "--type", "card", "--label", "=card")
    issued = cli.ok("voucher", "issue", "--amount", "20", "--expires-on", "2026-12-31",
                    "--campaign", "=1+1")  # fmt: skip
    cli.ok("voucher", "redeem", issued[0]["code"], "--project", FORMULAS[0])
    cli.ok("invoice", "post", "--project", FORMULAS[0], "--date", TODAY, "--line", "compute=5")
    cli.ok("credit", "buy", "--project", FORMULAS[1], "--amount", "10")
    for what in ("credits", "orders", "movements"):
        output = tmp_path / f"{what}.csv"
        cli.ok("export", what, "--output", str(output))
        header, *rows = read_csv(output)
        for row in rows:
            record = dict(zip(header, row, strict=True))
            for column, cell in record.items():
                if column in MONEY_COLUMNS[what]:
                    assert MONEY.fullmatch(cell), (column, cell)  # -5.00 stays a number
                else:
                    assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), (column, cell)
            if record.get("project"):
                assert record["project"].removeprefix("'") in FORMULAS
    credits = dict(zip(*read_csv(tmp_path / "credits.csv")[:2], strict=True))
    assert credits["project"] == "'" + FORMULAS[0]
    assert credits["description"] == "'=1+1"
    amounts = [row[3] for row in read_csv(tmp_path / "movements.csv")[1:]]
    assert "-5.00" in amounts


@pytest.mark.parametrize("what", ["credits", "orders", "movements"])
def test_the_excel_french_dialect(busy: Cli, tmp_path: Path, what: str) -> None:
    """`--dialect excel-fr`: UTF-8 with a BOM, `;` between cells, amounts with a decimal comma
    (no thousands separator), the same rows as the standard file."""
    standard, french = tmp_path / "standard.csv", tmp_path / "french.csv"
    busy.ok("export", what, "--output", str(standard))
    result = busy.ok("export", what, "--output", str(french), "--dialect", "excel-fr")
    raw = french.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))
    plain = read_csv(standard)
    assert rows[0] == HEADERS[what] and len(rows) == len(plain) == result["rows"] + 1
    for column in MONEY_COLUMNS[what]:
        index = HEADERS[what].index(column)
        for mine, theirs in zip(rows[1:], plain[1:], strict=True):
            assert mine[index] == theirs[index].replace(".", ","), column
            assert "." not in mine[index] and " " not in mine[index]


def test_an_unknown_dialect_is_refused_with_the_known_ones(busy: Cli, tmp_path: Path) -> None:
    output = tmp_path / "orders.csv"
    line = busy.refused("export", "orders", "--output", str(output), "--dialect", "excel-de")
    assert "excel-de" in line and "standard, excel-fr" in line
    assert not output.exists()
